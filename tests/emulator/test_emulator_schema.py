"""The schema checker the conformance tests rely on must itself catch departures."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.emulator.conformance import schema_errors


@pytest.mark.parametrize(("api", "schema", "body", "says"), [
    ("calendar.v3", "Event", {"id": "a", "bogus": 1}, "unknown property 'bogus'"),
    ("calendar.v3", "Event", {"sequence": "1"}, "expected integer"),
    ("calendar.v3", "Event", {"start": {"dateTime": 5}}, "Event.start.dateTime"),
    ("calendar.v3", "Events", {"items": [{"attendees": [{"email": 1}]}]}, "attendees[0].email"),
    ("gmail.v1", "Profile", {"historyId": "12a"}, "decimal uint64"),
    ("gmail.v1", "Message", {"labelIds": "DRAFT"}, "expected array"),
    ("gmail.v1", "Draft", {"message": {"payload": {"headers": [{"nom": "x"}]}}}, "'nom'"),
    ("calendar.v3", "Event", {"sequence": True}, "expected integer"),
])
def test_checker_reports(api: str, schema: str, body: Any, says: str) -> None:
    errors = schema_errors(api, schema, body)
    assert any(says in e for e in errors), errors


def test_checker_accepts_a_good_event() -> None:
    assert schema_errors("calendar.v3", "Event", {
        "id": "a", "start": {"dateTime": "2026-11-20T14:00:00Z"}, "sequence": 0,
        "extendedProperties": {"private": {"k": "v"}}, "reminders": {"useDefault": True}}) == []
