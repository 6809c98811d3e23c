"""bench/proof_watchdog.py's raw output lands in bench/RESULTS.md: no machine path in it."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("proof_watchdog_script",
                                                  ROOT / "bench" / "proof_watchdog.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_install_service_output_shows_no_machine_paths() -> None:
    redact = _script().redact
    tmp = tempfile.gettempdir()
    raw = ("wrote /home/wd/.config/systemd/user/interview-sync.service\n"
           "created /home/wd/.local/state/interview-sync\n"
           "ran /usr/bin/systemctl --user daemon-reload\n"
           f"harness at {ROOT}/tests/ops/conftest.py, scratch {tmp}/is-watchdog-1/w\n"
           "Status='cannot write /home/wd'\n"
           "kept: /home/wdx/other and /home/wd2\n")
    out = redact(raw, "/home/wd")
    assert out.splitlines() == [
        "wrote ~/.config/systemd/user/interview-sync.service",
        "created ~/.local/state/interview-sync",
        "ran /usr/bin/systemctl --user daemon-reload",
        "harness at ./tests/ops/conftest.py, scratch $TMPDIR/is-watchdog-1/w",
        "Status='cannot write ~'",
        "kept: /home/wdx/other and /home/wd2",
    ]
