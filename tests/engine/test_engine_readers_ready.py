"""An opened engine has built the readers' tables before its first cycle (core/readers_ready.py).

Built before the Google client's discovery documents and the first sync make their garbage, the
long-lived tables do not pin that garbage's pages (round 20: the soak's RSS about 3 MB lower,
docs/architecture.md). Checked in a fresh interpreter, since this test process has long built
them: the real engine against the emulator over loopback, the learned word table looked at
before any cycle has run.

Round 21 (mem21): they are built before the engine and the Google client stack are even
imported, since those imports make garbage of their own (the soak's RSS 78.6-78.7 -> 76.6 MB);
an import hook (a finder that only records and finds nothing) looks at the word table when
``googleapiclient`` and the engine's cycle are first imported.
"""

from __future__ import annotations

from engine_world import run_fresh

_SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from engine_world import ME, fresh_settings

from interview_sync.core.detect import wording
from interview_sync.emulator import Emulator
from interview_sync.engine.wiring import open_engine

out = {"before": wording._table.cache_info().currsize}
with Emulator({"me": ME, "events": []}) as emu, tempfile.TemporaryDirectory() as tmp:
    with open_engine(fresh_settings(emu, Path(tmp))):
        out["opened"] = wording._table.cache_info().currsize
print(json.dumps(out))
"""


def test_opening_an_engine_builds_the_word_table_before_any_cycle() -> None:
    out = run_fresh(_SCRIPT)
    assert out == {"before": 0, "opened": 1}


_ORDER_SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from engine_world import ME, fresh_settings

from interview_sync.core.detect import wording
from interview_sync.emulator import Emulator
from interview_sync.engine.wiring import open_engine

WATCHED = ("googleapiclient", "interview_sync.engine.cycle")
seen = {}


class Recorder:
    # Finds nothing: only notes how far the readers were when a watched module was imported.
    def find_spec(self, name, path=None, target=None):
        if name in WATCHED and name not in seen:
            seen[name] = wording._table.cache_info().currsize
        return None


loaded = [name for name in WATCHED if name in sys.modules]
sys.meta_path.insert(0, Recorder())
with Emulator({"me": ME, "events": []}) as emu, tempfile.TemporaryDirectory() as tmp:
    with open_engine(fresh_settings(emu, Path(tmp))):
        pass
print(json.dumps({"loaded before": loaded, "word table when imported": seen}))
"""


def test_the_readers_are_ready_before_the_engine_and_google_client_are_imported() -> None:
    out = run_fresh(_ORDER_SCRIPT)
    assert out == {"loaded before": [],
                   "word table when imported": {"googleapiclient": 1,
                                                "interview_sync.engine.cycle": 1}}
