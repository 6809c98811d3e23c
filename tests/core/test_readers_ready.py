"""The readers' warm-up (core/readers_ready.py) runs both readers all the way through.

Its worth is in what it sets going before a daemon's first sync (docs/architecture.md, "Speed and
memory"): if a rule change stopped its made-up invite from being an interview, or its sentence
from being a promise, the extraction readers and the timeline's tables would be built amid the
sync again, and nothing else would say so.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from interview_sync.core import readers_ready
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.timeline.extract import extract_timeline

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)


def test_the_made_up_invite_is_an_interview_with_its_details_read() -> None:
    invite = {**readers_ready.INVITE, "start": {"dateTime": NOW.isoformat()},
              "end": {"dateTime": NOW.isoformat()}}
    found = assess_event(invite, readers_ready.ME)
    assert found.tier == "confident" and found.interview is not None
    assert found.interview.company and "Northwind" in found.interview.company
    assert "kim.ng@northwind.example" in [p.email for p in found.interview.people]


def test_the_made_up_promise_is_read_as_one() -> None:
    found = extract_timeline(str(readers_ready.INVITE["description"]), NOW)
    assert found is not None and found.respond_by == date(2026, 12, 14)


def test_prepare_leaves_nothing_behind_but_tables() -> None:
    readers_ready.prepare(NOW)
    readers_ready.prepare(NOW)  # twice: nothing it keeps depends on the first call's answers
    assert readers_ready.INVITE.get("start") is None  # the template is never written to
