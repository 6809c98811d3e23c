"""Structure added in round 14 ("tl14", English; tuning on round 13's scored batch and this
round's check set ``real_timeline_t14.py``): a duration counted from a step a clause opens with
and dates ("once she's back on Monday", "once all the interviews ... are done on 19 February"),
from a weekday the text names for a meeting ("the panel meets on Tuesday ... within two working
days of the meeting") or from "<event> on Friday the 12th"; the one picked as the person called
("call our first choice", "call whoever she picks"); what the candidate is asked to do ("please
decide within two weeks", "must sign and return their contracts within five days") promises
nothing.

Each class is tested in wording of its own (not the tuning or check-set texts), with look-alikes
that stay promises. The reference is Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline

REF = datetime.fromisoformat("2026-03-10T15:00:00+00:00")


def _by(text: str, country: str | None) -> date | None:
    found = extract_timeline(text, REF, country=country)
    return found.respond_by if found else None


PROMISES = [
    # a step a clause opens with and dates, then a duration: counted from the step's day
    ("US", "Once the director is back on Thursday, we'll give you an answer within two business "
           "days.", "2026-03-16"),
    ("GB", "Once all the interviews for the graduate scheme wrap up on 20 March, we'll write to "
           "everyone within a week.", "2026-03-27"),
    ("US", "After the board signs off on Friday, you'll hear from us within three days.",
     "2026-03-16"),
    # an event dated "on <weekday> the <n>th", and a meeting dated by a weekday before it
    ("US", "We'll email you within two business days of the final site visit on Friday the 13th.",
     "2026-03-17"),
    ("GB", "The committee meets on Wednesday, and we'll phone you within two working days of the "
           "meeting.", "2026-03-13"),
    # the one picked, called
    ("US", "HR will call whoever the panel picks by Friday.", "2026-03-13"),
    ("GB", "The head will ring our first choice on Thursday.", "2026-03-12"),
    ("IN", "The recruiters will tell the selected students tomorrow evening.", "2026-03-11"),
    # "the week after <event> on <date>"; "hear about"
    ("US", "We'll let you know the week after the final panel on 18 March.", "2026-03-27"),
    ("GB", "You'll hear about the outcome by Friday.", "2026-03-13"),
    ("US", "You'll have our answer the week after the conference, which ends on the 20th.",
     "2026-03-27"),
    # "tell you"; results that go out, are mailed or published; interview invitations
    ("US", "We'll tell you on Thursday whether you got the role.", "2026-03-12"),
    ("US", "Test scores go out by post within five business days.", "2026-03-17"),
    ("GB", "Your result letter is mailed within three working days.", "2026-03-13"),
    ("GB", "The list of finalists will be published within a week.", "2026-03-17"),
    ("CA", "Interview invitations go out within ten days.", "2026-03-20"),
    # "by the end of that month": the month of the day named before
    ("GB", "Assessment days are on 23 and 24 April, and we'll let you know by the end of that "
           "month.", "2026-04-30"),
    ("US", "Final interviews are in mid-May and we'll call all finalists by the end of the same "
           "month.", "2026-05-31"),
    # a holiday named bare, then "the day after"
    ("US", "Our office is closed on Memorial Day; we'll call you the day after.", "2026-05-26"),
    # "the next working day" skips the weekend and holidays; "we'll write"; a period's end
    ("GB", "Results are pass or fail, and we'll email yours the next working day.", "2026-03-11"),
    ("US", "We'll write within five business days after assessment week ends on Friday.",
     "2026-03-20"),
    # a step's length, then the answer "as soon as it's done"; "the day after that meeting";
    # "within 24 hours of your last interview" when the text puts it tomorrow
    ("CA", "Scoring takes two weeks, and we'll call you as soon as it's finished.", "2026-03-24"),
    ("US", "The board meets on the 16th; we'll phone the finalists the day after that meeting.",
     "2026-03-17"),
    ("US", "We'll hold the last two interviews tomorrow and decide within 24 hours of your last "
           "interview.", "2026-03-12"),
    # "of / after the last one": the last of the days just listed
    ("GB", "Interviews are on 16, 17 and 18 March, and we'll make offers within two days of the "
           "last one.", "2026-03-20"),
    # "give us N days", as "allow us"; an office "shut" on weekdays is skipped like "closed"
    ("GB", "Please give us five working days to compare notes.", "2026-03-17"),
    ("US", "Please give us three business days; the office is shut Thursday and Friday for a "
           "retreat.", "2026-03-17"),
    # the answer, not the test the candidates sit after it
    ("ZA", "Shortlisting results go up on Thursday, and shortlisted applicants sit the test on "
           "Saturday.", "2026-03-12"),
    # the selection itself, not the body named after it
    ("US", "We'll make our selection by Friday.", "2026-03-13"),
    ("CA", "The selection board sits on Thursday. You'll hear from us in the week after Easter.",
     "2026-04-10"),
    # look-alikes of an undated step: the candidate's own; a step dated before "of that"
    ("GB", "Once you've completed the online test, we'll reply within five working days.",
     "2026-03-17"),
    ("GB", "The panel meets on Friday 13 March; we'll let you know within a week of that.", "2026-03-20"),
    # look-alikes: a question of the employer's own; a promise with a "?" later on
    ("US", "We'll decide by Friday. Any questions?", "2026-03-13"),
    # look-alikes: a plain duration; the employer's own step with "to present"
    ("US", "We'll let you know within two business days.", "2026-03-12"),
    ("CA", "References are checked for the finalist only, and we expect to present the offer "
           "during the week of 16 March.", "2026-03-20"),
]


@pytest.mark.parametrize(("country", "text", "expect"), PROMISES)
def test_round14_promises(country: str, text: str, expect: str) -> None:
    assert _by(text, country) == date.fromisoformat(expect)


NO_PROMISE = [
    # what the candidate is asked or obliged to do
    ("GB", "Please decide within two weeks whether you accept the place."),
    ("US", "Kindly confirm within 48 hours which of the slots suits you."),
    ("IN", "Successful candidates must sign and return their contracts within five days."),
    ("US", "You need to complete and return the forms within a week."),
    # a question put to the candidate; managers in general; a wait from an undated receipt
    ("GB", "Could you manage a two-week wait for our answer, or is that too long?"),
    ("US", "Hiring managers generally take two to four weeks to make up their minds."),
    ("GB", "We reply within six weeks of receiving a completed application."),
    # counted from an employer's step the text never dates; how late a wait can run
    ("GB", "Once the panel has interviewed everyone, we'll get back to you within two weeks."),
    ("US", "If the director agrees, we'll call you within a week of that conversation."),
    ("GB", "Decisions can be as late as the end of May for some courses."),
    # a step's length with no answer after it
    ("US", "The background check takes two weeks once you start."),
    # the candidate's test
    ("IN", "Shortlisted candidates take the aptitude test on Monday 16 March."),
    # "give us a call": the candidate's step
    ("US", "Give us a call on Friday if anything changes."),
    # a body named after the selection, meeting
    ("GB", "The selection day is on Thursday in room 2."),
    # the candidate's test, written
    ("GH", "Successful applicants write the test on Sunday."),
    # "that month" with no month named before
    ("GB", "We'll let you know by the end of that month."),
    # logistics told, not an answer
    ("US", "We'll tell you the address and the parking code tomorrow."),
    ("US", "Please send us your availability; calendar invites go out tomorrow."),
]


@pytest.mark.parametrize(("country", "text"), NO_PROMISE)
def test_round14_no_promise(country: str, text: str) -> None:
    assert _by(text, country) is None


def test_round14_next_working_day_over_a_weekend() -> None:
    friday = datetime.fromisoformat("2026-03-13T16:00:00+00:00")
    found = extract_timeline("We'll confirm by email the next working day.", friday, country="GB")
    assert found is not None and found.respond_by == date(2026, 3, 16)


@pytest.mark.parametrize("text", [
    "Once " * 400 + "on Monday, within two days.",
    "please decide " * 300,
    "The panel meets on " + "Tuesday, " * 300 + "within two working days of the meeting.",
    "",
    "\x00\ufffd once back on Monday within",
])
def test_round14_bad_input_never_raises(text: str) -> None:
    _by(text, "US")


# Canada read as Ontario and Australia as New South Wales when no province or state is given
# (as GB is read as England): Thanksgiving and the King's Birthday are days off for most.
@pytest.mark.parametrize(("country", "ref", "text", "expect"), [
    ("CA", "2026-10-08T10:00:00-04:00", "We'll get back to you within five business days.",
     "2026-10-16"),
    ("AU", "2027-06-10T16:00:00+10:00", "We'll post your result within ten working days.",
     "2027-06-25"),
    ("CA", "2026-10-22T10:00:00-04:00", "We'll get back to you within five business days.",
     "2026-10-29"),
])
def test_round14_default_provinces(country: str, ref: str, text: str, expect: str) -> None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    assert found is not None and found.respond_by == date.fromisoformat(expect)
