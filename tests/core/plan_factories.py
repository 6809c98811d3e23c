"""Factories and a tiny stand-in engine for the planner's tests (not collected by pytest)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from interview_sync.core.model import (
    Action,
    CancelReminder,
    Interview,
    LedgerEntry,
    LedgerStatus,
    MarkDone,
    Person,
    PlanSettings,
    Reference,
    UpsertDraft,
    WriteNote,
)

# Wednesday 10 June 2026; the interview runs 14:00-15:00 UTC.
START = datetime(2026, 6, 10, 14, 0, tzinfo=UTC)
END = START + timedelta(hours=1)

KIM = "kim@acme.example"
SAM = "sam@acme.example"
JO = "jo@acme.example"


def make_person(email: str = KIM, name: str = "Kim Lee", **overrides: Any) -> Person:
    return Person(email=email, name=name, **overrides)


def default_people() -> tuple[Person, ...]:
    return (
        make_person(KIM, "Kim Lee"),
        make_person(SAM, "Sam Ortiz", hiring_manager=True),
        make_person(JO, "Jo Park", role="support"),
    )


def make_interview(**overrides: Any) -> Interview:
    fields: dict[str, Any] = {
        "key": "iv1", "event_id": "e1", "title": "Interview: Data Engineer", "company": "Acme",
        "role": "Data Engineer", "stage": "phone screen", "start": START, "end": END,
        "timezone": "UTC", "people": default_people(), "organizer_email": JO,
    }
    fields.update(overrides)
    return Interview(**fields)


def make_settings(**overrides: Any) -> PlanSettings:
    fields: dict[str, Any] = {"user_name": "Alex Doe", "user_email": "alex@gmail.com"}
    fields.update(overrides)
    return PlanSettings(**fields)


def make_reference(name: str = "Riley Chen", email: str = "riley@old.example") -> Reference:
    return Reference(name=name, email=email, relationship="former manager")


def apply_all(actions: Iterable[Action], ledger: Mapping[str, LedgerEntry] | None = None,
              ) -> dict[str, LedgerEntry]:
    """What the engine records after carrying out every action successfully."""
    out = dict(ledger or {})
    for action in actions:
        status = LedgerStatus.DONE
        if isinstance(action, MarkDone):
            status = action.status
        elif isinstance(action, CancelReminder):
            status = LedgerStatus.CANCELLED
        out[action.key] = LedgerEntry(key=action.key, content_hash=action.content_hash,
                                      status=status)
        if isinstance(action, WriteNote):
            for covered in action.covers:
                out[covered] = LedgerEntry(key=covered, content_hash=action.content_hash,
                                           status=LedgerStatus.DONE)
    return out


def with_status(ledger: Mapping[str, LedgerEntry], key: str,
                status: LedgerStatus) -> dict[str, LedgerEntry]:
    out = dict(ledger)
    out[key] = dataclasses.replace(out[key], status=status)
    return out


def effectful(actions: Iterable[Action]) -> list[Action]:
    """Actions that change something outside (not bookkeeping)."""
    return [a for a in actions if not isinstance(a, MarkDone)]


def drafts(actions: Iterable[Action]) -> list[UpsertDraft]:
    return [a for a in actions if isinstance(a, UpsertDraft)]
