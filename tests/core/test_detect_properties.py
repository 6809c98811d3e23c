"""Properties of ``detect_interview``: it never raises, and what it returns is well-formed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.classify import _detect, detect_interview

ME = "pat.lee@gmail.com"

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
nasty_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8")),
    st.sampled_from([
        "", "\x00\x01\x1f", "<div><b>Interview</b", "&nbsp;&amp;&#0;&#x110000;", "🙂 مقابلة עם",
        "\u202eweivretni", "Interview: <> | [] - –", "面接", "<<<>>>", "<script>x</script>",
        "10:00 - 10:45 Kim Ng, Staff Engineer (kim@x.com)", "@", "a@", "@b", "a@b@c",
    ]),
)
moments = st.one_of(
    json_values,
    st.fixed_dictionaries({}, optional={
        "dateTime": st.one_of(st.text(), st.sampled_from([
            "2026-06-10T10:00:00-05:00", "2026-06-10T10:00:00", "9999-12-31T23:59:59+00:00",
            "0001-01-01T00:00:00-14:00", "2026-02-30T10:00:00Z", "2026-06-10T25:00:00Z"])),
        "date": st.one_of(st.text(), st.sampled_from(["2026-06-10", "9999-12-31", "0001-01-01",
                                                      "2026-13-01"])),
        "timeZone": st.one_of(st.text(), st.sampled_from([
            "America/Chicago", "Bogus/Zone", "../../etc/passwd", "America", "", "UTC\x00"])),
    }),
)
attendee = st.one_of(
    json_values,
    st.fixed_dictionaries({}, optional={
        "email": st.one_of(nasty_text, st.emails(), st.just(ME), st.just(ME.upper())),
        "displayName": nasty_text,
        "self": json_values,
        "resource": json_values,
        "responseStatus": st.sampled_from(["accepted", "declined", "tentative", "needsAction", 3]),
        "organizer": st.booleans(),
    }),
)
events = st.fixed_dictionaries({}, optional={
    "id": st.one_of(st.text(), json_values),
    "iCalUID": st.one_of(st.text(), json_values),
    "status": st.sampled_from(["confirmed", "tentative", "cancelled", None, 1]),
    "eventType": st.sampled_from(["default", "outOfOffice", "fromGmail", None, []]),
    "summary": st.one_of(nasty_text, json_values, st.sampled_from([
        "Phone Screen", "Interview", "Pat Lee - Onsite - SRE", "[Acme] Coding Interview"])),
    "description": st.one_of(nasty_text, json_values),
    "location": st.one_of(nasty_text, json_values),
    "organizer": st.one_of(json_values, attendee),
    "attendees": st.one_of(json_values, st.lists(attendee, max_size=6)),
    "start": moments,
    "end": moments,
    "recurringEventId": st.one_of(st.text(), json_values),
    "originalStartTime": moments,
    "guestsCanSeeOtherGuests": json_values,
    "updated": json_values,
})


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event=st.one_of(events, json_values), me=st.one_of(st.just(ME), st.text(), json_values))
def test_never_raises_and_returns_sound_interviews(event: Any, me: Any) -> None:
    # The inner function has no safety net, so a bug shows here rather than hiding as None.
    found = _detect(event, me, "primary", ()) if isinstance(event, dict) else None
    assert found == detect_interview(event, me)
    if found is not None:
        assert found.start.tzinfo is not None and found.end.tzinfo is not None
        assert found.end > found.start
        assert found.key
        emails = [p.email for p in found.people if p.email]
        assert len(emails) == len(set(emails))
        assert all(e == e.lower() for e in emails)
        # The user is never someone to thank (with no user given, Pat is just another guest).
        if isinstance(me, str) and me.strip():
            assert me.strip().lower() not in emails
        assert all(p.role in {"interviewer", "support"} for p in found.people)


@settings(max_examples=150, deadline=None)
@given(title=nasty_text, description=nasty_text, start=st.datetimes(timezones=st.timezones()))
def test_realistic_shapes_never_raise(title: str, description: str, start: Any) -> None:
    event = {
        "id": "x", "summary": title, "description": description,
        "start": {"dateTime": start.isoformat()},
        "end": {"dateTime": (start + timedelta(minutes=30)).isoformat()
                if start.year < 9999 else start.isoformat()},
        "organizer": {"email": "kim@northwind.com"},
        "attendees": [{"email": ME, "self": True}, {"email": "kim@northwind.com"}],
    }
    found = _detect(event, ME, "primary", ())
    if found is not None:
        assert found.end > found.start


def test_huge_and_broken_inputs_are_handled() -> None:
    event: dict[str, Any] = {
        "id": "big", "summary": "Interview " * 10_000,
        "description": "<div>" * 200_000 + "recruiting team",
        "start": {"dateTime": "2026-06-10T10:00:00Z"},
        "attendees": [{"email": f"p{i}@x.com"} for i in range(1000)] + [None, 1, "x", {}],
    }
    found = detect_interview(event, ME)
    assert found is None or len(found.description) <= 20_000
