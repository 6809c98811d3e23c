"""Structure added in round 25 ("tl25e", English; tuning on round 24's blind misses and this
round's check set ``real_timeline_t25e.py``): a recruiter's usual time for the client's answer
(a promise) beside employers or agencies in general; answers promised or lodged with someone
else; a week window told right after the sentence or heading that names the answer, beside a
closure in the same words; the appointment letter and the final list as the answer; "the same
day" read back to the day already promised; a target "aiming for" a time; silence as the answer when the invitation has not come; the candidate's time in a test. Each class is tested in wording of its own, not the
check set's. References in 2051 (1 January is a Sunday); weekdays and holidays checked with the
``holidays`` package.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline


def _by(text: str, ref: str, country: str | None) -> date | None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    return found.respond_by if found else None


PROMISES = [
    # the recruiter's clients answering "us": three working days from Monday 6 March, Thursday 9
    ("Hiring managers generally give us their verdict within three working days.",
     "2051-03-06T10:00:00+00:00", "GB", "2051-03-09"),
    # "my clients", no "us": five days from Tuesday 9 May, Sunday 14 May
    ("My clients normally make up their minds within five days of meeting a candidate.",
     "2051-05-09T10:00:00+10:00", "AU", "2051-05-14"),
    # employers answering "me": a week from Wednesday 13 September, Wednesday 20 September
    ("Employers typically get back to me within a week, and I phone you straight after.",
     "2051-09-13T10:00:00-04:00", "US", "2051-09-20"),
    # a hedge "in our experience" before the client's usual time: two days, Thursday 12 October
    ("In our experience the client usually gives an answer within two days.",
     "2051-10-10T10:00:00+01:00", "IE", "2051-10-12"),
    # the heading names the answer; the next line's window is its own: Friday 17 March
    ("Offer decision\nExpected by the end of next week.",
     "2051-03-08T10:00:00+00:00", "GB", "2051-03-17"),
    # the answer named in the sentence before: later this week, by Friday 12 May
    ("We have all the interview scores now. Everything should be wrapped up later this week.",
     "2051-05-09T10:00:00-04:00", "US", "2051-05-12"),
    # an appointment letter is the answer: by the end of the month, Saturday 30 September
    ("The ministry will post appointment letters by the end of the month.",
     "2051-09-12T10:00:00+01:00", "NG", "2051-09-30"),
    # the final list of those selected: Friday 22 September
    ("The final list of selected trainees goes up on the notice board on Friday 22 September.",
     "2051-09-12T10:00:00+01:00", "NG", "2051-09-22"),
    # a panel deliberating, its end the answer's: early next week from Thursday 12 October,
    # Monday 16 to Wednesday 18, which the reader dates by its middle, Tuesday 17
    ("The panel is deliberating and should be done early next week.",
     "2051-10-12T10:00:00-04:00", "US", "2051-10-17"),
    # a target with "aiming for": the end of the week, from Tuesday 12 September, Friday 15
    ("We're aiming for the end of the week with the final decision.",
     "2051-09-12T10:00:00+01:00", "GB", "2051-09-15"),
    # silence as the answer, an invitation not come by a date: Friday 29 September
    ("Anyone who has not been invited to the panel interview by Friday 29 September may assume "
     "their candidature was unsuccessful.",
     "2051-09-12T10:00:00+01:00", "GB", "2051-09-29"),
    # "the same day" after a promised day is that day: a week from Monday 11 September
    ("The board normally decides within a week of the last interview, and we ring the chosen "
     "candidate the same day.",
     "2051-09-11T10:00:00+01:00", "GB", "2051-09-18"),
]

NONE = [
    # agencies or employers in general, with no "us" or "me"
    ("Employers usually take about a week to give recruiters their feedback.",
     "2051-03-06T10:00:00+00:00", "GB"),
    # a quantifier keeps it general even with "us"
    ("Many employers get back to us within a few days, others take weeks.",
     "2051-05-09T10:00:00+10:00", "AU"),
    # promised to the board, lodged with the client
    ("HR has promised the directors an update on the role by Thursday.",
     "2051-09-12T10:00:00+01:00", "NG"),
    ("We'll have the scores with the client within three days.",
     "2051-09-13T10:00:00-04:00", "US"),
    # "give us ... and we'll update the minister": no one answers the candidate
    ("Give us ten days to check the figures and we'll update the minister then.",
     "2051-10-10T10:00:00+01:00", "IE"),
    # the candidate's own time in a test, after the exam's date
    ("The aptitude paper is on 3 October; you will answer forty questions within two hours.",
     "2051-09-13T10:00:00-04:00", "US"),
    # a closure in the window words, right after a sentence naming the decision
    ("We'll share our decision soon. The office is closed until the end of next week.",
     "2051-03-08T10:00:00+00:00", "GB"),
]


@pytest.mark.parametrize(("text", "ref", "country", "day"), PROMISES)
def test_promises_of_round_25(text: str, ref: str, country: str, day: str) -> None:
    assert _by(text, ref, country) == date.fromisoformat(day)


@pytest.mark.parametrize(("text", "ref", "country"), NONE)
def test_no_promise_of_round_25(text: str, ref: str, country: str) -> None:
    assert _by(text, ref, country) is None
