"""An opened engine has built the readers' tables before its first cycle (core/readers_ready.py).

Built before the Google client's discovery documents and the first sync make their garbage, the
long-lived tables do not pin that garbage's pages (round 20: the soak's RSS about 3 MB lower,
docs/architecture.md). Checked in a fresh interpreter, since this test process has long built
them: the real engine against the emulator over loopback, the learned word table looked at
before any cycle has run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(Path(__file__).parent)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out == {"before": 0, "opened": 1}
