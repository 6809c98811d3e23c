"""install-service's verdict on the first cycle, from what `systemctl show` reports (a scripted
systemctl: the OS edge; the real one is exercised in test_real_systemd.py)."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence

from interview_sync.ops.verify import parse_status, wait_first_cycle


def _systemctl(*states: dict[str, str], journal: str = "") -> object:
    shown = list(states)

    def run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        if command[0] == "journalctl":
            return subprocess.CompletedProcess(list(command), 0, journal, "")
        props = shown.pop(0) if len(shown) > 1 else shown[0]
        out = "".join(f"{k}={v}\n" for k, v in props.items())
        return subprocess.CompletedProcess(list(command), 0, out, "")

    return run


def _wait(run: object, *, oneshot: bool = False, timeout: float = 5) -> object:
    clock = iter(range(1000))
    return wait_first_cycle(["systemctl", "--user"], ["journalctl", "--user"], "u.service",
                            before="old", oneshot=oneshot, timeout=timeout, started_at=0,
                            run=run, clock=lambda: float(next(clock)),  # type: ignore[arg-type]
                            sleep=lambda s: None)


RUNNING = {"ActiveState": "active", "SubState": "running", "NRestarts": "0",
           "InvocationID": "new"}


def test_status_line() -> None:
    assert parse_status("last poll 10:00:00Z: 26 actions, 10 done, 16 failed") == (26, 16)
    assert parse_status("started") is None


def test_waits_past_the_old_invocation_and_ready_for_the_first_cycle() -> None:
    health = _wait(_systemctl({**RUNNING, "InvocationID": "old", "StatusText": "last poll x: "
                               "1 actions, 1 done, 0 failed"},
                              {**RUNNING, "StatusText": "started"},
                              {**RUNNING, "StatusText": "last poll 1Z: 3 actions, 3 done, 0 failed"}))
    assert health.ok and health.finished and "3 actions" in health.summary  # type: ignore[attr-defined]


def test_failed_actions_are_a_failure_with_the_journal_reason() -> None:
    health = _wait(_systemctl({**RUNNING, "StatusText": "last poll 1Z: 26 actions, 10 done, "
                               "16 failed"}, journal="cannot write x: Read-only file system\n"))
    assert not health.ok and "16 of 26" in health.summary  # type: ignore[attr-defined]
    assert "Read-only" in health.reason  # type: ignore[attr-defined]


def test_a_unit_that_died_is_a_failure_even_without_a_journal() -> None:
    health = _wait(_systemctl({**RUNNING, "ActiveState": "failed", "SubState": "failed",
                               "Result": "exit-code", "ExecMainStatus": "78",
                               "StatusText": "stopped: token revoked"}))
    assert not health.ok and "exit status 78" in health.summary  # type: ignore[attr-defined]
    assert health.reason == "stopped: token revoked"  # type: ignore[attr-defined]


def test_restarting_is_a_failure() -> None:
    health = _wait(_systemctl({**RUNNING, "ActiveState": "activating",
                               "SubState": "auto-restart", "Result": "signal"}))
    assert not health.ok and "restarted" in health.summary  # type: ignore[attr-defined]


def test_oneshot_success_and_timeout() -> None:
    done = _wait(_systemctl({**RUNNING, "ActiveState": "inactive", "Result": "success"}),
                 oneshot=True)
    assert done.ok  # type: ignore[attr-defined]
    slow = _wait(_systemctl({**RUNNING, "ActiveState": "activating", "SubState": "start"}),
                 oneshot=True, timeout=3)
    assert not slow.ok and not slow.finished  # type: ignore[attr-defined]
