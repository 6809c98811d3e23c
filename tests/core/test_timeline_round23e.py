"""Structure added in round 23 ("tl23e", English; tuning on round 22's scored batch and this
round's check set ``real_timeline_t23e.py``): round 23's convention that the employer's usual time
for its own answer is a promise however hedged ("usually", "as a rule", "on average", a
recruiter's usual time for *the* client's answer, results as the subject of a usual "take", "it
usually takes us ... after the last interview to ...", an exception after it), and what still
is none (another step's usual length, a sector's, a group's share, a lower bound, a length
counted from an undated event); and a holiday name several countries keep ("Heroes Day") read
in the text's country's calendar first. Each class is tested in wording of its own, with
look-alikes that keep their old reading. References in 2045; weekdays and holidays checked with
the ``holidays`` package.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline
from interview_sync.core.timeline.holiday_words import english_name


def _by(text: str, ref: str, country: str | None) -> date | None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    return found.respond_by if found else None


PROMISES = [
    # as a rule, the employer's own: ten working days from Monday 6 March 2045, Monday 20 March
    ("As a rule, our panel lets every interviewee know within ten working days.",
     "2045-03-06T10:00:00+00:00", "GB", "2045-03-20", "2045-03-20"),
    # on average, the employer's own: eight days, Thursday 11 May
    ("On average, we come back to finalists within eight days.",
     "2045-05-03T10:00:00+01:00", "GB", "2045-05-11", "2045-05-11"),
    # a recruiter's usual time for the client's answer: three business days, Thursday 15 June
    ("Usually the client comes back with a decision within three business days.",
     "2045-06-12T10:00:00-04:00", "US", "2045-06-15", "2045-06-15"),
    # outcomes as the subject of a usual "take": ten days, Friday 15 September
    ("Interview outcomes usually take about ten days.",
     "2045-09-05T10:00:00-04:00", "US", "2045-09-15", "2045-09-15"),
    # an exception after the usual time: a week, Tuesday 14 February
    ("We usually decide within a week, unless the panel needs a second round.",
     "2045-02-07T10:00:00+00:00", "GB", "2045-02-14", "2045-02-14"),
    # the step it counts from between the length and its purpose: ten days, Friday 14 April
    ("It normally takes us ten days after the final round to confirm offers.",
     "2045-04-04T10:00:00+01:00", "GB", "2045-04-14", "2045-04-14"),
    # earlier rounds' "no promise" wordings that round 23's convention makes promises: an
    # exception, a warning that it can run late, a third party's usual time, results' usual time
    ("Answers normally arrive within three days, unless the panel needs a second meeting.",
     "2035-03-05T10:00:00-05:00", "US", "2035-03-08", "2035-03-08"),
    ("We usually reply within five days, though it can take longer in busy periods.",
     "2036-03-03T10:00:00-05:00", "US", "2036-03-08", "2036-03-10"),
    ("Typically, the client needs about ten days to give feedback.",
     "2042-03-11T10:00:00+00:00", "GB", "2042-03-21", "2042-03-21"),
    ("Assessment results usually take up to a month.",
     "2042-03-11T10:00:00+00:00", "GB", "2042-04-11", "2042-04-11"),
    ("Candidates generally hear back within two to three weeks.",
     "2045-03-07T10:00:00+00:00", "GB", "2045-03-21", "2045-03-28"),
    # Zimbabwe's Heroes Day (Monday 14) and Defence Forces Day (Tuesday 15 August): 16 to 18
    ("We'll revert after Heroes Day.", "2045-08-09T10:00:00+02:00", "ZW",
     "2045-08-16", "2045-08-18"),
    # Jamaica's National Heroes Day (Monday 16 October): Tuesday 17 to Friday 20
    ("The committee will write to you after Heroes Day.", "2045-10-11T10:00:00-05:00", "JM",
     "2045-10-17", "2045-10-20"),
]


@pytest.mark.parametrize(("text", "ref", "country", "lo", "hi"), PROMISES)
def test_round23e_promises(text: str, ref: str, country: str, lo: str, hi: str) -> None:
    found = _by(text, ref, country)
    assert found is not None and date.fromisoformat(lo) <= found <= date.fromisoformat(hi), found


@pytest.mark.parametrize("text", [
    # another step's usual length
    "Security clearances generally take three to five weeks.",
    "Reference checks usually take about a week once you've accepted.",
    # a lower bound
    "Candidates often wait longer than six weeks to hear anything.",
    # a sector's, told after the length
    "Results usually take a month in the civil service.",
    # counted from an event the text does not date
    "Applicants usually hear about two weeks after the vacancy closes.",
    # what most of a group gets
    "Most shortlisted candidates hear from us within a fortnight.",
    # clients in the plural, employers in general
    "Most of our clients take about ten days to give feedback.",
])
def test_round23e_no_promise(text: str) -> None:
    assert _by(text, "2045-03-07T10:00:00+00:00", "GB") is None


def test_round23e_look_alikes_keep_their_reading() -> None:
    # an upper bound stays a promise: "no longer than", and "more than" after "rarely"
    assert _by("We'll decide in no longer than a week.", "2045-03-07T10:00:00+00:00",
               "GB") == date(2045, 3, 14)
    assert _by("It rarely takes us more than 48 hours to call back.",
               "2045-03-07T10:00:00+00:00", "GB") == date(2045, 3, 9)
    # shortlisting with the answer after it is still the wait for the answer
    assert _by("Shortlisting generally takes about ten working days, after which everyone will "
               "hear from us.", "2045-03-06T10:00:00+00:00", "GB") == date(2045, 3, 20)


def test_round23e_a_shared_name_is_the_texts_country_first() -> None:
    assert english_name("heroes day", "ZW") == "zimbabwe heroes' day"
    assert english_name("national heroes day", "JM") == "national heroes day"
    assert english_name("heroes day", "UG") == "national heroes' day"
    assert english_name("heroes day") == "national heroes' day"  # no country: the first row


_PIECES = ["usually", "on average", "as a rule", "the client", "longer than", "after heroes day",
           "within a week", "after the final round to", "in the civil service", "unless",
           "after the advert closes", ".", ";", "\x00", "面接", "ß"]


def test_round23e_words_in_bad_input_never_raise() -> None:
    rng = random.Random(23)
    refs = [datetime(2045, 1, 1, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC),
            datetime(9999, 12, 20, tzinfo=UTC)]
    for _ in range(200):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        for ref in refs:
            for country in (None, "ZW", "JM", "GB", "XX"):
                found = extract_timeline(text, ref, country=country)
                assert found is None or found.respond_by >= ref.date()
    extract_timeline("On average the client usually takes longer than a week after the final "
                     "round to decide. " * 20000, refs[0], country="JM")
