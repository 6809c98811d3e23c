"""What a daemon with nothing to write does not load: Jinja2 and the compiled templates.

The engine imports the renderers, but compiles its templates (and imports Jinja2) the first time a
cycle has an action to render (round 19: ~2.3 MB of a daemon's memory and its start-up time,
docs/architecture.md). Checked in a fresh interpreter, since this test process has long imported
Jinja2: the real engine against the emulator over loopback, a cycle before the interview (nothing
to write), then one after it (the note to fill in: the templates load then, and it is written).
"""

from __future__ import annotations

from engine_world import run_fresh

_SCRIPT = r"""
import json, sys, tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from engine_world import ME, START, fresh_settings, make_interview_event

from interview_sync.emulator import Emulator
from interview_sync.engine.wiring import open_engine

events = [make_interview_event(), make_interview_event(
    "event00002", summary="Dentist", people=(("desk@smiles.example", "Front Desk"),),
    description="", start=START + timedelta(days=1))]
out = {}
with Emulator({"me": ME, "events": events}) as emu, tempfile.TemporaryDirectory() as tmp:
    with open_engine(fresh_settings(emu, Path(tmp))) as engine:
        out["opened"] = "jinja2" in sys.modules
        report = engine.cycle(START - timedelta(days=3))
        out["idle_actions"] = len(report.plan.actions)
        out["idle"] = "jinja2" in sys.modules
        report = engine.cycle(START + timedelta(hours=3))
        out["after_actions"] = len(report.plan.actions)
        out["after"] = "jinja2" in sys.modules
        out["written"] = sorted(f"{o.kind} {o.result}" for o in report.outcomes)
print(json.dumps(out))
"""


def test_a_cycle_with_nothing_to_write_never_imports_jinja2() -> None:
    out = run_fresh(_SCRIPT)
    assert out["idle_actions"] == 0, out  # the premise: the first cycle has nothing to write
    assert not out["opened"] and not out["idle"], out
    # ... and when there is something, the templates load and the drafts are made.
    assert out["after_actions"] > 0 and out["after"], out
    assert out["written"] and all(w.endswith(" created") for w in out["written"]), out
