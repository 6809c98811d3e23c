"""The unsure tier in the planner: a question and the note, never drafts, until confirmed."""

from __future__ import annotations

import dataclasses
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from plan_factories import END, apply_all, make_interview, make_settings

from interview_sync.core.model import (
    CancelReminder,
    Plan,
    ReminderKind,
    UpsertDraft,
    WriteNote,
    WriteReminder,
)
from interview_sync.core.plan.planner import plan


def run(interviews: list, *, now: datetime = END, ledger: dict | None = None) -> Plan:
    return plan(interviews, notes={}, ledger=ledger or {}, now=now, settings=make_settings())


def test_an_unsure_interview_gets_its_note_and_a_question_but_no_draft() -> None:
    p = run([make_interview(unsure=True, confidence=0.5)])
    assert not [a for a in p.actions if isinstance(a, UpsertDraft)]
    kinds = {a.kind for a in p.actions if isinstance(a, WriteReminder)}
    assert kinds == {ReminderKind.CONFIRM}
    assert [a.key for a in p.actions if isinstance(a, WriteNote)] == ["iv1/assess"]
    question = next(a for a in p.actions if isinstance(a, WriteReminder))
    assert question.summary.startswith("Was this an interview?")
    assert question.at == END


def test_once_confirmed_the_drafts_follow_and_the_question_is_withdrawn() -> None:
    unsure = make_interview(unsure=True, confidence=0.5)
    ledger = apply_all(run([unsure]).actions)
    confirmed = dataclasses.replace(unsure, unsure=False, confidence=1.0)
    p = run([confirmed], ledger=ledger)
    assert len([a for a in p.actions if isinstance(a, UpsertDraft)]) == 3
    withdrawn = [a for a in p.actions if isinstance(a, CancelReminder)]
    assert [(a.kind, a.reason) for a in withdrawn] == [(ReminderKind.CONFIRM, "you confirmed it")]
    assert not [a for a in p.actions if isinstance(a, WriteNote)], "the note is made once"


def test_an_ignored_unsure_interview_withdraws_its_question() -> None:
    unsure = make_interview(unsure=True, confidence=0.5)
    ledger = apply_all(run([unsure]).actions)
    p = run([dataclasses.replace(unsure, cancelled=True)], ledger=ledger)
    assert not [a for a in p.actions if isinstance(a, UpsertDraft)]
    assert [a.kind for a in p.actions if isinstance(a, CancelReminder)] == [ReminderKind.CONFIRM]
