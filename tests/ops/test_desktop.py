"""Desktop notifications through fake notify-send/gdbus executables that record their argv."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from interview_sync.ops.desktop import notify_desktop

RECORDER = """#!{python}
import json, sys
with open({log!r}, "a") as f:
    f.write(json.dumps(sys.argv) + "\\n")
sys.exit({code})
"""


def _fake(bin_dir: Path, name: str, log: Path, code: int = 0) -> None:
    import sys
    script = bin_dir / name
    script.write_text(RECORDER.format(python=sys.executable, log=str(log), code=code))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


def _calls(log: Path) -> list[list[str]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines()]


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    path = tmp_path / "bin"
    path.mkdir()
    return path


def test_notify_send_gets_summary_and_body(bin_dir: Path, tmp_path: Path) -> None:
    log = tmp_path / "calls"
    _fake(bin_dir, "notify-send", log)
    env = {"PATH": str(bin_dir), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nowhere"}
    assert notify_desktop("Re-authorize", "run: interview-sync auth", environ=env)
    (argv,) = _calls(log)
    assert argv[-3:] == ["--", "Re-authorize", "run: interview-sync auth"]
    assert "--urgency=critical" in argv


def test_falls_back_to_gdbus_when_notify_send_fails(bin_dir: Path, tmp_path: Path) -> None:
    log = tmp_path / "calls"
    _fake(bin_dir, "notify-send", log, code=1)
    _fake(bin_dir, "gdbus", log)
    env = {"PATH": str(bin_dir), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nowhere"}
    assert notify_desktop("It's broken", "line1\nline2", environ=env)
    first, second = _calls(log)
    assert first[0].endswith("notify-send")
    assert second[0].endswith("gdbus")
    assert "org.freedesktop.Notifications.Notify" in second
    assert "'It\\'s broken'" in second and "'line1\\nline2'" in second


def test_without_a_session_bus_nothing_runs(bin_dir: Path, tmp_path: Path) -> None:
    log = tmp_path / "calls"
    _fake(bin_dir, "notify-send", log)
    assert notify_desktop("x", "y", environ={"PATH": str(bin_dir)}) is False
    assert _calls(log) == []


def test_no_notifier_installed_is_a_quiet_false(bin_dir: Path) -> None:
    env = {"PATH": str(bin_dir), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nowhere"}
    assert notify_desktop("x", "y", environ=env) is False


def test_a_notifier_that_cannot_execute_never_raises(bin_dir: Path) -> None:
    broken = bin_dir / "notify-send"
    broken.write_text("#!/nonexistent/interpreter\n")
    broken.chmod(0o755)
    env = {"PATH": str(bin_dir), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nowhere"}
    assert notify_desktop("x", "y", environ=env) is False
