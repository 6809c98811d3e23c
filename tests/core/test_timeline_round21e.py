"""Structure added in round 21 ("tl21e", English; tuning on round 20's scored batch and this
round's check set ``real_timeline_t21e.py``): a count told in the sentence after a dated round of
interviews later than the message counts from that day; "right / immediately after <holiday>" is
the holiday's first two working days; holidays named in English in Uganda, Pakistan, the
Philippines and Ghana. Each class is tested in wording of its own, with look-alikes that keep their
old reading. References in 2038; weekdays and holidays checked with the ``holidays`` package.
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
    # the count in the next sentence counts from the later interview day (Thursday 3 June 2038)
    ("Your interview will be held on Thursday 3 June. We will let you know the outcome within "
     "five working days.", "2038-05-24T10:00:00+03:00", "KE", "2038-06-10", "2038-06-10"),
    # ... from the last day of a run of interview days (Monday 7 to Friday 11 June 2038)
    ("Interviews will be held from 7 to 11 June. Every candidate will get an email within ten "
     "days.", "2038-05-24T10:00:00+03:00", "KE", "2038-06-21", "2038-06-21"),
    # "right after": the first two working days after Founder's Day (Tuesday 21 September)
    ("We'll call you immediately after Founders' Day.", "2038-09-13T10:00:00+00:00", "GH",
     "2038-09-23", "2038-09-23"),
    # before Pakistan Day (Tuesday 23 March): Monday 22
    ("Shortlisted candidates will hear from us before Pakistan Day.",
     "2038-03-15T10:00:00+05:00", "PK", "2038-03-22", "2038-03-22"),
    # after Holy Week (Maundy Thursday 22 to Black Saturday 24 April): the next week
    ("We'll send you the results after Holy Week.", "2038-04-12T10:00:00+08:00", "PH",
     "2038-04-26", "2038-04-30"),
    # Nigeria's "Sallah": whichever Eid comes next (Eid al-Fitr, estimated Monday 9 and
    # Tuesday 10 November 2037): the rest of that week
    ("We'll get back to you after the Sallah holiday.", "2037-11-02T10:00:00+01:00", "NG",
     "2037-11-11", "2037-11-13"),
    # after Martyrs' Day (Thursday 3 June; National Heroes' Day follows on Wednesday 9)
    ("We'll be in touch after Martyrs' Day.", "2038-05-31T10:00:00+03:00", "UG",
     "2038-06-04", "2038-06-15"),
]


@pytest.mark.parametrize(("text", "ref", "country", "lo", "hi"), PROMISES)
def test_round21e_promises(text: str, ref: str, country: str, lo: str, hi: str) -> None:
    found = _by(text, ref, country)
    assert found is not None and date.fromisoformat(lo) <= found <= date.fromisoformat(hi)


def test_round21e_count_two_sentences_on_stays_from_the_message() -> None:
    # a sentence in between: the count is the message's own again
    found = _by("Your interview will be held on Thursday 3 June. Please bring your ID. We will "
                "let you know the outcome within five working days.",
                "2038-05-24T10:00:00+03:00", "KE")
    assert found is not None and found < date(2038, 6, 3)


def test_round21e_plain_after_holiday_keeps_the_rest_of_the_week() -> None:
    # without "right", the answer may come later that week (Wednesday 22 to Friday 24)
    found = _by("We'll call you after Founders' Day.", "2038-09-13T10:00:00+00:00", "GH")
    assert found is not None and date(2038, 9, 22) <= found <= date(2038, 9, 24)


_PIECES = ["right after", "immediately after", "martyrs' day", "pakistan day", "holy week",
           "founders' day", "interviews will be held on thursday 3 june.", "within five days",
           "within a week", ".", ";", "\x00", "面接", "интервью", "مقابلة", "ß"]


def test_round21e_words_in_bad_input_never_raise() -> None:
    rng = random.Random(21)
    refs = [datetime(2038, 1, 1, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC),
            datetime(9999, 12, 20, tzinfo=UTC)]
    for _ in range(200):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        for ref in refs:
            for country in (None, "UG", "PK", "PH", "GH", "XX"):
                found = extract_timeline(text, ref, country=country)
                assert found is None or found.respond_by >= ref.date()
    extract_timeline("Interviews will be held on Monday 15 August. We will call within a week. "
                     * 20000, refs[0], country="UG")
    extract_timeline(bytes(range(256)).decode("latin-1") * 200 + " right after holy week",
                     refs[0], country="PH")
    extract_timeline("right after the Eid holiday 面接 интервью " * 5000, refs[0], country="NG")


@pytest.mark.parametrize(("text", "ref", "expect"), [
    # November 2038 starts on a Monday: its first week ends on Friday 5
    ("We'll confirm in the first week of November, once the director is back.",
     "2038-10-20T10:00:00+00:00", "2038-11-05"),
    # a second week ending on a weekday keeps its last day (Tuesday 14 September 2038)
    ("We'll confirm in the second week of September.", "2038-08-20T10:00:00+01:00",
     "2038-09-14"),
    # ... and one ending on a weekend ends on its Friday (8-14 August 2038: Friday 13)
    ("We'll confirm in the second week of August.", "2038-07-20T10:00:00+01:00",
     "2038-08-13"),
    # March 2038 starts on a Monday: its second week is 8-12
    ("Expect our call in the second week of March.", "2038-02-15T10:00:00+00:00", "2038-03-12"),
])
def test_round21e_ordinal_week_of_month_ends_on_its_friday(text: str, ref: str,
                                                           expect: str) -> None:
    assert _by(text, ref, "GB") == date.fromisoformat(expect)


@pytest.mark.parametrize("text", [
    # the wait told as a rule
    "Most of the time you'll wait about ten days for an answer.",
    # what candidates in general can expect
    "Typically, applicants can expect feedback within three weeks of the panel.",
    # public offices in general
    "Generally, state agencies take around two months to respond.",
    # alternatives
    "Sometimes we reply on the day, sometimes it takes two weeks.",
    # the candidate's own follow-up, advised
    "You can chase the recruiter about ten days after your final round.",
])
def test_round21e_general_information_is_no_promise(text: str) -> None:
    assert _by(text, "2038-05-24T10:00:00+00:00", "GB") is None


@pytest.mark.parametrize("text", [
    # look-alikes that stay promises: the employer's own habit, the exception before "usually"
    "We'll usually get back to you within a week.",
    "Sometimes the panel decides on the day, but usually it takes two or three days.",
    # the follow-up told after silence: the day to act (round 20's convention)
    "If you haven't heard anything within ten days, you should follow up with us.",
])
def test_round21e_own_habit_stays_a_promise(text: str) -> None:
    assert _by(text, "2038-05-24T10:00:00+00:00", "GB") is not None


def test_round21e_count_after_a_dated_meeting_in_russian() -> None:
    # "after the meeting", dated before it (Thursday 3 June 2038): from that day
    assert _by("Заседание комиссии пройдёт 3 июня; ответ дадим в течение пяти рабочих дней после "
               "заседания.", "2038-05-24T10:00:00+03:00", "RU") == date(2038, 6, 10)
    # the meeting never dated: no day to count from
    assert _by("Ответ дадим в течение пяти рабочих дней после заседания.",
               "2038-05-24T10:00:00+03:00", "RU") is None


@pytest.mark.parametrize(("text", "country"), [
    # counted from the day of a step the text never dates
    ("Wynik ogłosimy w ciągu 7 dni od dnia zatrudnienia kandydata.", "PL"),
    ("We will write to everyone within ten days from the day of the final decision.", "GB"),
])
def test_round21e_count_from_the_day_of_an_undated_step(text: str, country: str) -> None:
    assert _by(text, "2038-05-24T10:00:00+02:00", country) is None


@pytest.mark.parametrize(("text", "ref", "country", "lo", "hi"), [
    # closed for a holiday named before: the week the break ends in (Easter Monday 26 April
    # 2038 in Ghana: Tuesday 27 to Friday 30)
    ("The office shuts for Easter next week; we'll call you in the first week back.",
     "2038-04-16T10:00:00+00:00", "GH", "2038-04-27", "2038-04-30"),
    # a reopening day the text names after the holiday wins (Monday 3 May)
    ("We're closed for Easter until Monday 3 May, and will write to you in our first week back.",
     "2038-04-16T10:00:00+00:00", "GH", "2038-05-03", "2038-05-07"),
])
def test_round21e_first_week_back_after_a_named_closure(text: str, ref: str, country: str,
                                                        lo: str, hi: str) -> None:
    found = _by(text, ref, country)
    assert found is not None and date.fromisoformat(lo) <= found <= date.fromisoformat(hi)
