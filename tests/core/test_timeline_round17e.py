"""Structure added in round 17 ("tl17e", English; tuning on round 16's scored batch and this
round's check set ``real_timeline_t17e.py``): the week after a long weekend, "Labour Day" in
the calendars that spell it so, "that Friday" after a named day, a bare duration counted from
the day a dated step ends, response cues ("calling people back", "will send your feedback",
"make the hiring call", "send its recommendation"), an interview's own day ("are interviewed
on"), and one reader of "the first working day after <holiday>" in every language.

Each class is tested in wording of its own (not the tuning or check-set texts), with look-alikes
that keep their old reading. References are in 2032 (holidays checked with the ``holidays``
package): NSW King's Birthday Monday 14 June, NZ Labour Day Monday 25 October, Canadian
Thanksgiving Monday 11 October, England's late summer bank holiday Monday 30 August, France's
national day Wednesday 14 July.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline


def _by(text: str, ref: str, country: str | None) -> date | None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    return found.respond_by if found else None


PROMISES = [
    # the week after a long weekend that ends on a Monday: the rest of that week
    ("AU", "2032-06-01T10:00:00+10:00",
     "We'll ring the preferred applicant the week after the King's Birthday long weekend.",
     "2032-06-18"),
    # ... but a bare Monday holiday keeps the week after its own (round 10's labels)
    ("CA", "2032-10-01T10:00:00-04:00",
     "We'll get back to all applicants the week after Thanksgiving.", "2032-10-22"),
    # "Labour Day" in New Zealand's calendar
    ("NZ", "2032-10-15T10:00:00+13:00",
     "We'll be in touch within two working days after Labour Day.", "2032-10-27"),
    # "that Thursday" is the Thursday of the week named before; the following Monday after it
    ("US", "2032-07-26T10:00:00-04:00",
     "Interviews run on Tuesday 3 August; the panel meets that Thursday and we'll call you the "
     "following Monday.", "2032-08-09"),
    # a bare duration after a step the text dates as ending
    ("US", "2032-03-01T10:00:00-05:00",
     "The selection board finishes its interviews on Friday 12 March; candidates will be "
     "notified within five working days.", "2032-03-19"),
    # ... and (round 21, "tl21e": round 20's blind batch and round 21's check set label it so)
    # after a round of interviews dated later than the message in the sentence before: from
    # Friday 12 March (round 17 counted it from the message)
    ("US", "2032-03-01T10:00:00-05:00",
     "Interviews are on Friday 12 March. You will hear from us within five working days.",
     "2032-03-19"),
    # response cues
    ("US", "2032-03-01T10:00:00-05:00", "The manager will start calling candidates on Thursday.",
     "2032-03-04"),
    ("US", "2032-03-01T10:00:00-05:00", "We'll send your feedback by Wednesday.", "2032-03-03"),
    ("US", "2032-03-01T10:00:00-05:00", "The partners will make the final call by Friday.",
     "2032-03-05"),
    ("US", "2032-03-01T10:00:00-05:00",
     "The committee will forward its recommendation within two weeks.", "2032-03-15"),
    # a recommendation sent up to HR is not the answer; HR's call is
    ("US", "2032-03-01T10:00:00-05:00",
     "The panel sends its recommendation to HR today, and HR will call you within three business "
     "days.", "2032-03-04"),
    # one reader of the first working day after a holiday, in English and in French
    ("GB", "2032-08-20T10:00:00+01:00",
     "Results go out on the first working day after the August bank holiday.", "2032-08-31"),
    ("FR", "2032-07-05T10:00:00+02:00",
     "Nous vous répondrons le premier jour ouvrable après la fête nationale.", "2032-07-15"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expect"), PROMISES)
def test_round17_promises(country: str, ref: str, text: str, expect: str) -> None:
    assert _by(text, ref, country) == date.fromisoformat(expect)


NO_PROMISE = [
    ("US", "2032-03-01T10:00:00-05:00", "Shortlisted candidates are interviewed on Friday 12 March."),
    ("US", "2032-03-01T10:00:00-05:00", "Please send your feedback on the interview by Wednesday."),
]


@pytest.mark.parametrize(("country", "ref", "text"), NO_PROMISE)
def test_round17_no_promise(country: str, ref: str, text: str) -> None:
    assert _by(text, ref, country) is None


_PIECES = ["that friday", "finishes on", "wraps up on friday 12 march", "the week after the",
           "long weekend", "labour day", "first working day after", "premier jour ouvrable après",
           "calling people back", "your feedback", "make the call", "its recommendation",
           "are interviewed on", "within five working days", "\x00", "\ud7ff", "ß", ";", "."]


def test_round17_words_in_bad_input_never_raise() -> None:
    rng = random.Random(17)
    refs = [datetime(2032, 1, 1, tzinfo=UTC), datetime(2032, 12, 31, 23, tzinfo=UTC),
            datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 20, tzinfo=UTC)]
    for _ in range(300):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        for ref in refs:
            for country in (None, "NZ", "AU", "GB", "FR", "XX"):
                found = extract_timeline(text, ref, country=country)
                assert found is None or found.respond_by >= ref.date()
    extract_timeline("finishes on " * 20000 + "within a week", refs[0], country="US")
