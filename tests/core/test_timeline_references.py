"""The employer's timeline: words that point back at a day named before them, and the promises
that only a later clause, a reported speech or a standing arrangement makes (issue 2, round 3)."""

from __future__ import annotations

from datetime import datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline

WED = datetime.fromisoformat("2026-06-10T14:00:00-04:00")


def _respond_by(text: str, *, country: str | None = "US", reference: datetime = WED,
                assume_promise: bool = False) -> str | None:
    found = extract_timeline(text, reference, country=country, assume_promise=assume_promise)
    return found.respond_by.isoformat() if found else None


@pytest.mark.parametrize(("text", "respond_by"), [
    # "the Monday after", "that week", "the week after", "the following week": from the day
    # or week named just before, not from the reference
    ("Interviews wrap up next week; I'll have an update for you the Monday after.",
     "2026-06-22"),
    ("We'll reach out the Monday after next.", "2026-06-22"),
    ("The hiring manager is back on the 15th; we'll be in touch that week.", "2026-06-19"),
    ("We'll be in touch that week.", None),  # nothing named before: no week to point at
    ("The team is offsite next week, so expect to hear from us the week after.", "2026-06-26"),
    ("We're reviewing candidates through June 19 and will decide the following week.",
     "2026-06-26"),
    # "when we reopen", "while I'm out": the day named before, or two business days after it
    ("Our office reopens on June 22; we'll get back to you when we reopen.", "2026-06-24"),
    ("I'll be on vacation 6/15-6/19; Priya will reach out with the decision while I'm out.",
     "2026-06-15"),
])
def test_words_that_point_back_at_a_named_day(text: str, respond_by: str | None) -> None:
    assert _respond_by(text) == respond_by


@pytest.mark.parametrize(("text", "respond_by"), [
    # a deadline told after another day of the same sentence comes after that day ...
    ("We'll wrap up interviews next Tuesday and make a decision by Thursday.", "2026-06-18"),
    # ... but a remark about another day does not move the promise
    ("We'll be in touch on Tuesday (Monday is a holiday).", "2026-06-16"),
])
def test_days_told_in_sequence(text: str, respond_by: str) -> None:
    assert _respond_by(text) == respond_by


@pytest.mark.parametrize(("text", "respond_by"), [
    # a meeting date that a later clause makes the start of the answer
    ("The next committee meeting is on June 17, after which we'll share the decision.",
     "2026-06-17"),
    ("We need to check references, which takes about a week, and then we'll make an offer.",
     "2026-06-17"),
    ("Please submit the exercise by Friday, after which we'll review it.", None),  # no cue
    # reported speech and the future perfect are not the past
    ("Candidate was told to expect feedback by Thursday.", "2026-06-11"),
    ("We'll be back in touch once the team has met on Friday.", "2026-06-12"),
    ("Thanks for meeting with us on Monday.", None),
    # a standing promise: the first update is one period away (a reminder then is useful)
    ("I'll update you every two weeks until we have an answer.", "2026-06-24"),
    ("The team ships updates every 2 weeks.", None),
    ("Decisions about promotions are made every six months.", None),
    # "your feedback will be with you" is the employer's feedback on its way
    ("Your feedback will be with you by Tuesday.", "2026-06-16"),
    ("Please send your feedback on the offer by Tuesday.", None),
    # more ways of saying "we will answer"
    ("We should know more by mid-July.", "2026-07-15"),
    ("Give us a week.", "2026-06-17"),
    ("Give us a call if you have questions.", None),
    ("We aim to close the role by end of June.", "2026-06-30"),
    ("We're a results-driven team launching a new product next month.", None),
    # the day before the country's next public holiday (Juneteenth, Friday 19 June 2026)
    ("We'll let you know before the holiday.", "2026-06-18"),
    ("We'll let you know before the 4th of July.", "2026-07-03"),
])
def test_promises_made_by_other_words(text: str, respond_by: str | None) -> None:
    assert _respond_by(text) == respond_by


def test_same_day_or_next_in_the_users_own_note() -> None:
    assert _respond_by("told me same day or next", assume_promise=True) == "2026-06-11"
    assert _respond_by("same day", assume_promise=True) == "2026-06-10"


def test_gb_business_days_follow_englands_calendar() -> None:
    # Easter Monday (6 April 2026) is a bank holiday in England, Wales and Northern Ireland
    thursday = datetime.fromisoformat("2026-04-02T15:00:00+01:00")
    assert _respond_by("We'll be in touch within 5 working days.", country="GB",
                       reference=thursday) == "2026-04-13"
    assert _respond_by("Your feedback will be with you by Tues 14/4.", country="GB",
                       reference=thursday) == "2026-04-14"
