"""Structure added in round 22 ("tl22e", English; tuning on round 21's scored batch and this
round's check set ``real_timeline_t22e.py``): a plain "after <holiday>" is the rest of that working
week (round 22's convention), holidays named in English in more countries (the ``holidays``
package's English names for Ghana, Uganda, Zimbabwe, Tanzania, Pakistan, Malaysia and others,
Zimbabwe's "Heroes holidays", a bare "Eid"), answer words ("an indication", a list released, a bare
"call" told with its time), usual lengths of a group or a third party, the candidate's own
follow-up advised, the interviews' own length and a promise told as broken. Each class is tested in
wording of its own, with look-alikes that keep their old reading. References in 2042; weekdays and
holidays checked with the ``holidays`` package (its 2042 Islamic holidays are estimates).
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
    # Zimbabwe's Heroes holidays (Monday 11 and Tuesday 12 August 2042): Wednesday 13 to Friday 15
    ("We'll come back to you after the Heroes holidays.", "2042-08-05T10:00:00+02:00", "ZW",
     "2042-08-13", "2042-08-15"),
    # a bare "Eid": the next one (Eid al-Adha, Monday 24 to Wednesday 26 November 2042)
    ("Shortlisted applicants will hear from us after the Eid holidays.",
     "2042-11-18T10:00:00+05:00", "PK", "2042-11-27", "2042-11-28"),
    # Mashujaa Day (Monday 20 October 2042): Tuesday 21 to Friday 24
    ("Expect an email from the county board after Mashujaa Day.", "2042-10-14T10:00:00+03:00",
     "KE", "2042-10-21", "2042-10-24"),
    # a name only the holidays package gives: Tanzania's Peasants' Day (Friday 8 August 2042)
    ("We will send the outcome after Peasants' Day.", "2042-08-04T10:00:00+03:00", "TZ",
     "2042-08-11", "2042-08-15"),
    # a bare "call" after "would", told with its time and a condition after it
    ("They said they'd call by Wednesday at the latest, once the director has signed off.",
     "2042-03-13T10:00:00-04:00", "US", "2042-03-19", "2042-03-19"),
    # "an indication" is an answer
    ("You'll get an indication from us by the end of the week.", "2042-03-11T10:00:00+00:00",
     "GB", "2042-03-14", "2042-03-14"),
    # a list released is an answer
    ("The county commission will release the list on Friday.",
     "2042-06-02T10:00:00+03:00", "KE", "2042-06-06", "2042-06-06"),
    # the recruitment exercise the board concludes (Saturday 31 May 2042, so Monday 2 June too)
    ("The board will conclude the recruitment exercise by the end of May.",
     "2042-04-10T10:00:00+01:00", "NG", "2042-05-30", "2042-06-02"),
    # an answer scheduled to come out
    ("Exam results are scheduled to be released on 20 May.", "2042-05-01T10:00:00+08:00", "MY",
     "2042-05-20", "2042-05-20"),
    # the look-alikes keep their reading: the answer's own usual time, a follow-up after silence
    ("Interview feedback typically takes two business days.", "2042-03-11T10:00:00+00:00", "GB",
     "2042-03-13", "2042-03-13"),
    ("If you haven't heard from us within ten days, you may want to send a polite follow-up.",
     "2042-03-11T10:00:00+00:00", "GB", "2042-03-21", "2042-03-24"),
]


@pytest.mark.parametrize(("text", "ref", "country", "lo", "hi"), PROMISES)
def test_round22e_promises(text: str, ref: str, country: str, lo: str, hi: str) -> None:
    found = _by(text, ref, country)
    assert found is not None and date.fromisoformat(lo) <= found <= date.fromisoformat(hi), found


@pytest.mark.parametrize(("text", "ref", "country", "expect"), [
    # Easter Monday 7 April 2042: Tuesday 8 to Friday 11
    ("We'll be in touch after the Easter weekend.", "2042-04-01T10:00:00+10:00", "AU",
     "2042-04-11"),
    # a Friday left alone after Thanksgiving (Thursday 27 November 2042) runs into the next week
    ("We'll get back to you after Thanksgiving.", "2042-11-20T10:00:00-05:00", "US",
     "2042-12-05"),
    # "right after" keeps its first two working days
    ("We'll reply right after Easter.", "2042-04-01T10:00:00+10:00", "AU", "2042-04-09"),
])
def test_round22e_after_a_holiday_is_the_rest_of_that_week(text: str, ref: str, country: str,
                                                           expect: str) -> None:
    assert _by(text, ref, country) == date.fromisoformat(expect)


def test_round22e_in_the_new_year_keeps_its_first_days() -> None:
    # "in the new year" is no "after <holiday>": the year's first working days (Friday 2 to
    # Tuesday 6 January 2043), not through the next week's Friday
    found = _by("You'll hear from us in the new year.", "2042-12-10T10:00:00+00:00", "GB")
    assert found is not None and date(2043, 1, 2) <= found <= date(2043, 1, 6)


@pytest.mark.parametrize("text", [
    # usual lengths of a group (round 23: not "Typically, the client needs about ten days to give
    # feedback" nor "Assessment results usually take up to a month", the employer's own answer's
    # usual time, a promise by round 23's convention: test_timeline_round23e.py)
    "Most of the agencies we work with take two to three weeks to reply after a panel.",
    "Some employers reply the same day, but most take a fortnight.",
    # the candidate's own follow-up, advised (no silence named)
    "After two weeks it is fine to send a short follow-up note.",
    "You may want to chase the recruiter about five days after the interview.",
    # the interviews' own length
    "Interviews will last no more than 40 minutes each.",
    # a promise told as broken
    "The bank said it would call within a week, but nobody got back to me.",
    # a hope to conclude the exercise stays none (round 20)
    "We hope to conclude the exercise before Easter.",
])
def test_round22e_no_promise(text: str) -> None:
    assert _by(text, "2042-03-11T10:00:00+00:00", "GB") is None


_PIECES = ["after the heroes holidays", "after the eid holidays", "after mashujaa day",
           "most of our clients take", "it is safe to send a follow-up", "an indication",
           "said they'd call by thursday", "but nobody called", "interviews will last",
           "scheduled to be issued on 17 april", "the recruitment exercise", "within a week",
           ".", ";", "\x00", "面接", "интервью", "مقابلة", "ß"]


def test_round22e_words_in_bad_input_never_raise() -> None:
    rng = random.Random(22)
    refs = [datetime(2042, 1, 1, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC),
            datetime(9999, 12, 20, tzinfo=UTC)]
    for _ in range(200):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        for ref in refs:
            for country in (None, "ZW", "PK", "KE", "TZ", "BD", "XX"):
                found = extract_timeline(text, ref, country=country)
                assert found is None or found.respond_by >= ref.date()
    extract_timeline("Most of our clients take a week. We'll revert after the Heroes holidays. "
                     * 20000, refs[0], country="ZW")
    extract_timeline(bytes(range(256)).decode("latin-1") * 200 + " after the eid holidays",
                     refs[0], country="PK")
    extract_timeline("they said they'd call by Friday, but nobody called 面接 интервью " * 5000,
                     refs[0], country="KE")
