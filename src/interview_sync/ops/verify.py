"""After ``install-service`` started the unit: did its first cycle really work?

Owns ``wait_first_cycle``: it watches the unit through ``systemctl show`` (a new
``InvocationID``, then the ``STATUS=`` line the daemon sends after each cycle, or the oneshot's
result for the timer variant) until the first cycle finished, the unit failed, or time ran out,
and returns a ``Health`` with the journal's reason (priority err and above) when it failed.

Why: ``READY=1`` comes before the first network call, so "started" alone says nothing about
whether the sandbox lets the service write its folders or Google accepts the token; the issue's
first bug printed success for a unit that died seconds later.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Health", "parse_status", "unit_properties", "wait_first_cycle"]

# daemon.run_loop's STATUS= after each cycle.
_CYCLE = re.compile(r"^last poll \S+: (?P<actions>\d+) actions, (?P<done>\d+) done, "
                    r"(?P<failed>\d+) failed")
_PROPS = ("ActiveState", "SubState", "Result", "ExecMainStatus", "StatusText", "NRestarts",
          "InvocationID")

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False,
                          stdin=subprocess.DEVNULL, timeout=60)


@dataclass(frozen=True, slots=True, kw_only=True)
class Health:
    ok: bool
    finished: bool  # False: no verdict before the time ran out
    summary: str
    reason: str = ""  # the journal's err lines, or the unit's STATUS=


def parse_status(text: str) -> tuple[int, int] | None:
    """``(actions, failed)`` from a cycle's ``STATUS=`` line, or None for any other line."""
    match = _CYCLE.match(text)
    return (int(match["actions"]), int(match["failed"])) if match else None


def unit_properties(ctl: Sequence[str], unit: str, run: Runner = _run) -> dict[str, str]:
    result = run([*ctl, "show", unit, *(f"--property={p}" for p in _PROPS)])
    return dict(line.partition("=")[::2] for line in result.stdout.splitlines() if "=" in line)


def _journal(journalctl: Sequence[str], unit: str, since: float, run: Runner,
             priority: str = "err") -> str:
    result = run([*journalctl, "-u", unit, "-p", priority, "-o", "cat", "--no-pager",
                  "-n", "15", f"--since=@{int(since)}"])
    return result.stdout.strip() if result.returncode == 0 else ""


def wait_first_cycle(ctl: Sequence[str], journalctl: Sequence[str], unit: str, *,
                     before: str, oneshot: bool, timeout: float, started_at: float,
                     run: Runner = _run, clock: Callable[[], float] = time.monotonic,
                     sleep: Callable[[float], object] = time.sleep) -> Health:
    """Wait until the invocation after ``before`` (its InvocationID) finished one cycle."""
    deadline = clock() + timeout
    props: dict[str, str] = {}
    while True:
        props = unit_properties(ctl, unit, run)
        verdict = _verdict(props, before=before, oneshot=oneshot)
        if verdict is not None:
            ok, summary = verdict
            reason = "" if ok else (_journal(journalctl, unit, started_at, run)
                                    or props.get("StatusText", ""))
            if ok is False and not reason:
                reason = _journal(journalctl, unit, started_at, run, priority="warning")
            return Health(ok=ok, finished=True, summary=summary, reason=reason)
        if clock() >= deadline:
            status = props.get("StatusText") or props.get("SubState", "?")
            return Health(ok=False, finished=False,
                          summary=f"no cycle finished within {timeout:.0f} s (now: {status})",
                          reason=_journal(journalctl, unit, started_at, run, priority="warning"))
        sleep(0.5)


def _verdict(props: dict[str, str], *, before: str, oneshot: bool) -> tuple[bool, str] | None:
    invocation = props.get("InvocationID", "")
    if not invocation or invocation == before:
        return None  # the new run has not begun
    active, sub = props.get("ActiveState", ""), props.get("SubState", "")
    code = props.get("ExecMainStatus", "0")
    if active == "failed" or sub == "auto-restart" or props.get("NRestarts", "0") not in {"", "0"}:
        return False, (f"the unit failed ({props.get('Result', '?')}, exit status {code}"
                       f"{', restarted' if sub == 'auto-restart' else ''})")
    if oneshot:
        if active == "inactive":
            if props.get("Result") == "success":
                return True, "the first sync cycle finished"
            return False, f"the cycle failed ({props.get('Result', '?')}, exit status {code})"
        return None
    if active == "inactive":
        return False, f"the unit stopped (exit status {code})"
    counts = parse_status(props.get("StatusText", ""))
    if counts is None:
        return None
    actions, failed = counts
    if failed:
        return False, f"the first cycle ran, but {failed} of {actions} actions failed"
    return True, f"the first cycle finished ({actions} actions, none failed)"
