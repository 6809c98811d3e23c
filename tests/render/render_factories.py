"""Factories for the render tests: model objects with sensible defaults and keyword overrides."""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from interview_sync.core.model import (
    DraftKind,
    Interview,
    Person,
    PersonNotes,
    PlanSettings,
    Reference,
    ReminderKind,
    Timeline,
    UpsertDraft,
    UserNotes,
    WriteNote,
    WriteReminder,
)
from interview_sync.local.templates import default_templates
from interview_sync.render.templates import Templates

NY = ZoneInfo("America/New_York")


@functools.cache
def templates() -> Templates:
    return default_templates()


def make_person(**overrides: Any) -> Person:
    values: dict[str, Any] = {"email": "kim.lee@northwind.example", "name": "Kim Lee"}
    values.update(overrides)
    return Person(**values)


def five_people() -> tuple[Person, ...]:
    return (
        make_person(hiring_manager=True, title="Head of Data"),
        make_person(email="sam@northwind.example", name="Sam Ortiz"),
        make_person(email="zoe@northwind.example", name="Zoë Müller-Lüdenscheidt"),
        make_person(email="raj@northwind.example", name="Raj Patel", title="Staff Engineer"),
        make_person(email="jo@northwind.example", name="Jo Park", role="support",
                    title="Recruiter"),
    )


def make_interview(**overrides: Any) -> Interview:
    values: dict[str, Any] = {
        "key": "evt-123@google.com", "event_id": "evt123", "title": "Interview: Data Engineer",
        "company": "Northwind", "role": "Data Engineer", "stage": "onsite",
        "start": datetime(2026, 6, 10, 14, 0, tzinfo=NY),
        "end": datetime(2026, 6, 10, 15, 0, tzinfo=NY),
        "timezone": "America/New_York", "people": five_people(),
    }
    values.update(overrides)
    return Interview(**values)


def make_settings(**overrides: Any) -> PlanSettings:
    values: dict[str, Any] = {
        "user_name": "Alex Candidate", "user_email": "alex@example.org",
        "timezone": "America/New_York",
        "references": (Reference(name="Pat Doe", email="pat@example.org",
                                 relationship="former manager"),),
    }
    values.update(overrides)
    return PlanSettings(**values)


def make_timeline(**overrides: Any) -> Timeline:
    values: dict[str, Any] = {"respond_by": date(2026, 6, 24), "phrase": "within two weeks"}
    values.update(overrides)
    return Timeline(**values)


def make_notes(interview: Interview, **overrides: Any) -> UserNotes:
    values: dict[str, Any] = {
        "interview_key": interview.key,
        "people": (PersonNotes(email=interview.people[0].email, topic="the streaming pipeline",
                               concern="my limited dbt experience"),),
        "points_to_stress": ("led the Kafka migration",),
    }
    values.update(overrides)
    return UserNotes(**values)


def make_draft(kind: DraftKind = DraftKind.THANK_INTERVIEWER, *, interview: Interview | None = None,
               person: Person | None = None, **overrides: Any) -> UpsertDraft:
    interview = interview or make_interview()
    if person is None and kind is not DraftKind.REFERENCE_BRIEF:
        person = interview.people[0]
    values: dict[str, Any] = {
        "key": f"{interview.key}/{kind.value}/{person.email if person else 'ref'}",
        "content_hash": "h", "interview": interview, "due": interview.end + timedelta(hours=1),
        "kind": kind, "person": person,
    }
    if kind is DraftKind.REFERENCE_BRIEF:
        values["reference"] = make_settings().references[0]
    values.update(overrides)
    return UpsertDraft(**values)


def make_reminder(kind: ReminderKind = ReminderKind.ASSESS, *,
                  interview: Interview | None = None, **overrides: Any) -> WriteReminder:
    interview = interview or make_interview()
    values: dict[str, Any] = {
        "key": f"{interview.key}/reminder/{kind.value}", "content_hash": "h",
        "interview": interview, "due": interview.end, "kind": kind, "at": interview.end,
    }
    values.update(overrides)
    return WriteReminder(**values)


def make_write_note(interview: Interview | None = None, **overrides: Any) -> WriteNote:
    interview = interview or make_interview()
    values: dict[str, Any] = {"key": f"{interview.key}/assess", "content_hash": "h",
                              "interview": interview, "due": interview.end,
                              "timeline": make_timeline()}
    values.update(overrides)
    return WriteNote(**values)
