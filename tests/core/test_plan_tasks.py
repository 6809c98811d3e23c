"""The planner's to-dos (issue #14): each reminder's twin under its own key, only when asked for,
settled for good once the user ticks it off, deletes or changes it, and cancelled with its
interview."""

from __future__ import annotations

import dataclasses
import sys
from datetime import timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from plan_factories import END, apply_all, make_interview, make_settings, with_status

from interview_sync.core.model import CancelReminder, LedgerStatus, WriteReminder
from interview_sync.core.plan.planner import plan

TASKS = make_settings(tasks=True)
KINDS = ("assess", "send_thanks", "checkin")


def _reminders(p: object) -> dict[str, object]:
    return {a.key: a for a in p.actions  # type: ignore[attr-defined]
            if isinstance(a, WriteReminder | CancelReminder)}


def test_tasks_come_only_when_asked_for_each_the_twin_of_a_reminder() -> None:
    off = _reminders(plan([make_interview()], notes={}, ledger={}, now=END,
                          settings=make_settings()))
    assert sorted(off) == sorted(f"iv1/reminder/{k}" for k in KINDS)
    on = _reminders(plan([make_interview()], notes={}, ledger={}, now=END, settings=TASKS))
    assert sorted(on) == sorted([*off, *(f"iv1/task/{k}" for k in KINDS)])
    for kind in KINDS:
        event, task = on[f"iv1/reminder/{kind}"], on[f"iv1/task/{kind}"]
        assert isinstance(event, WriteReminder) and isinstance(task, WriteReminder)
        assert dataclasses.replace(task, key=event.key) == event  # same moment, words, hash


@pytest.mark.parametrize("status", [LedgerStatus.COMPLETED, LedgerStatus.VANISHED,
                                    LedgerStatus.EDITED])
def test_a_task_the_user_settled_never_follows_a_reschedule(status: LedgerStatus) -> None:
    interview = make_interview()
    first = plan([interview], notes={}, ledger={}, now=END, settings=TASKS)
    ledger = with_status(apply_all(first.actions), "iv1/task/checkin", status)
    moved = make_interview(start=interview.start + timedelta(days=1),
                           end=interview.end + timedelta(days=1))
    again = _reminders(plan([moved], notes={}, ledger=ledger, now=END + timedelta(hours=1),
                            settings=TASKS))
    assert "iv1/task/checkin" not in again
    assert "iv1/reminder/checkin" in again  # the event is its own key: it still moves


def test_a_cancelled_interview_cancels_its_open_tasks_but_not_a_completed_one() -> None:
    first = plan([make_interview()], notes={}, ledger={}, now=END, settings=TASKS)
    ledger = with_status(apply_all(first.actions), "iv1/task/assess", LedgerStatus.COMPLETED)
    cancelled = make_interview(cancelled=True)
    later = plan([cancelled], notes={}, ledger=ledger, now=END + timedelta(hours=1),
                 settings=TASKS)
    cancels = {a.key for a in later.actions if isinstance(a, CancelReminder)}
    assert "iv1/task/checkin" in cancels and "iv1/reminder/checkin" in cancels
    assert "iv1/task/assess" not in cancels
