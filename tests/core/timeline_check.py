"""The checks the timeline round tests share: a text's promise lands on the expected day.

A promise may land within ``tolerance`` days of the expected day (two by default: the tolerance
of "a few days"); ``expect=None`` means the text promises nothing. ``respond_by`` is the day a text's promise
lands on (None when it promises nothing), for the tables that name the exact day.
"""

from __future__ import annotations

from datetime import date, datetime

from interview_sync.core.timeline.extract import extract_timeline


def check(text: str, ref: datetime, country: str, expect: str | None, tolerance: int = 2) -> None:
    found = extract_timeline(text, ref, country=country)
    if expect is None:
        assert found is None, found
    else:
        assert found is not None, text
        assert abs((found.respond_by - date.fromisoformat(expect)).days) <= tolerance, found


def respond_by(text: str, country: str | None, ref: str) -> date | None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    return None if found is None else found.respond_by
