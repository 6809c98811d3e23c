"""Structure added in round 16 ("tl16e", English; tuning on round 15's scored batch and this
round's check set ``real_timeline_t16e.py``): a promise counted from a day an event or a holiday
names ("the day / the first working day / the Thursday after <holiday>", "the week after
<holiday> ... the Thursday of that week", "within three working days of <holiday>", a clause
opening "after <holiday>", "the third Wednesday of January", "five business days after the
exam"), and sentences that promise nothing however a cue sits in them: what candidates in
general experience, averages, a past cycle, the candidate's duty, a condition's own time, a
hedged window, the day an answer is about, a lower bound ("from Monday").

Each class is tested in wording of its own (not the tuning or check-set texts), with look-alikes
that stay promises. References are in 2030 (holidays checked with the ``holidays`` package).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline


def _by(text: str, ref: str, country: str | None) -> date | None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    return found.respond_by if found else None


PROMISES = [
    # one day counted from a holiday by the words before "after <holiday>"
    ("IE", "2030-05-29T10:00:00+01:00",
     "We'll phone every candidate the day after the June bank holiday.", "2030-06-04"),
    ("IN", "2030-09-30T10:00:00+05:30",
     "Offer letters go out on the second working day after Dussehra.", "2030-10-08"),
    # ... and as an anchor a later word points back at (Easter Monday is 22 April)
    ("GB", "2030-04-10T10:00:00+01:00",
     "The board sits on the Thursday after Easter, and you'll get its decision the day after.",
     "2030-04-26"),
    ("SG", "2030-07-31T10:00:00+08:00",
     "Shortlisting happens the week after National Day; we'll email you on the Thursday of that "
     "week.", "2030-08-15"),
    ("AU", "2030-08-05T10:00:00+10:00", "We'll ring everyone the day after the Ekka.",
     "2030-08-15"),
    # a duration "of <holiday>", and one told after a clause that opens with the holiday
    ("IE", "2030-10-22T10:00:00+01:00",
     "Expect our call within three working days of the October bank holiday.", "2030-10-31"),
    ("ZA", "2030-09-18T10:00:00+02:00",
     "After Heritage Day, the committee will notify the chosen applicant within two working "
     "days.", "2030-09-26"),
    # "the long weekend" is the holiday named before; ", after the long weekend" too
    ("CA", "2030-06-26T10:00:00-04:00",
     "Because of Canada Day we'll email you on the Thursday after the long weekend.",
     "2030-07-04"),
    ("US", "2030-01-16T10:00:00-05:00",
     "The principal will call her choice on Tuesday, after the long weekend.", "2030-01-22"),
    # the n-th weekday of a month, and a day counted from it
    ("US", "2030-01-08T10:00:00-05:00",
     "Our board meets on the third Wednesday of January and we'll phone you the following day.",
     "2030-01-17"),
    # a day of next month
    ("IN", "2030-03-05T10:00:00+05:30",
     "Results are declared by the 12th of the following month.", "2030-04-12"),
    # a four-letter event dated elsewhere in the text
    ("US", "2030-03-05T10:00:00-05:00",
     "The exam is on Monday, March 11. Scores will be posted five business days after the exam.",
     "2030-03-18"),
    # people told in the passive; an invitation to the next step, future, with a duration
    ("US", "2030-03-05T10:00:00-05:00", "Finalists will be emailed by Friday.", "2030-03-08"),
    ("AU", "2030-03-05T10:00:00+11:00",
     "If you pass the test, we'll invite you to a panel interview within a week.", "2030-03-12"),
    # a plural step that wraps up on its day is not the answer; the Monday after it is
    ("GB", "2030-03-05T10:00:00+00:00",
     "The interviews wrap up on Friday 8 March, and we'll call you the Monday after.",
     "2030-03-11"),
    ("US", "2030-03-05T10:00:00-05:00",
     "Your file goes to the board on Thursday the 7th, and HR will call you the morning after.",
     "2030-03-08"),
    # "on the Friday" after a day named before; an event told with "this Thursday", no "on"
    ("GB", "2030-03-05T10:00:00+00:00",
     "Final interviews are on Wednesday 13 March; we'll ring you on the Friday.", "2030-03-15"),
    ("US", "2030-03-05T10:00:00-05:00",
     "We'll decide within three business days of the site visit this Thursday.", "2030-03-12"),
    # "a six-month contract" describes the contract; the week is the wait
    ("GB", "2030-03-05T10:00:00+00:00",
     "You'll hear within a week whether the six-month contract is yours.", "2030-03-12"),
    # the weekday someone is back, after the day they are away until (St Patrick's Day is
    # Sunday 17 March 2030)
    ("IE", "2030-03-05T10:00:00+00:00",
     "The principal is away until after St Patrick's Day; he'll phone you the Wednesday he's "
     "back.", "2030-03-20"),
    # "the week we reopen" is the week of the day the office reopens (Monday 7 January 2030)
    ("GB", "2029-12-12T10:00:00+00:00",
     "We shut on 21 December and reopen on 7 January; you'll hear from us the week we reopen.",
     "2030-01-11"),
    # the answer known or made public
    ("US", "2030-03-05T10:00:00-05:00",
     "You'll know within five business days whether you made the eligibility list.",
     "2030-03-12"),
    ("US", "2030-03-05T10:00:00-05:00", "The board posts the oral-exam scores on Friday.",
     "2030-03-08"),
    ("GB", "2030-03-05T10:00:00+00:00",
     "The shortlist will be announced within two working days.", "2030-03-07"),
    # look-alikes that stay promises: what the employer usually does, a condition holding the cue
    ("GB", "2030-03-05T10:00:00+00:00", "Results are usually sent within ten working days.",
     "2030-03-19"),
    ("US", "2030-03-05T10:00:00-05:00", "We usually decide within a week.", "2030-03-12"),
    ("US", "2030-03-05T10:00:00-05:00",
     "If you haven't heard from us by Friday, please give us a call.", "2030-03-08"),
    # the answer comes by Friday; the day inside "whether ..." is what it is about
    ("GB", "2030-08-20T10:00:00+01:00",
     "We'll tell you by Friday whether your placement begins on 1 September.", "2030-08-23"),
]

NO_PROMISE = [
    ("GB", "Most applicants hear from us within a fortnight."),
    ("US", "Applicants wait an average of six weeks for a decision."),
    ("GB", "Last year the offers were sent in early June."),
    ("US", "Applicants who do not reply within three days will lose their place on the list."),
    ("AU", "If a vacancy comes up over the next six months, we'll contact you."),
    ("NZ", "You might be called for a further interview right up until the end of term."),
    ("CA", "Offers will be sent from Monday 3 June."),
    ("US", "We'd like to invite you to an interview on Thursday at 10."),
    ("US", "The interviews wrap up on Friday 8 March."),
    # (round 23: "Candidates generally hear back within two to three weeks" is the employer's
    # usual time for its own answer, a promise by round 23's convention:
    # test_timeline_round23e.py)
    ("GB", "Candidates generally wait two to three weeks."),
]


@pytest.mark.parametrize(("country", "ref", "text", "expected"), PROMISES)
def test_promise_counted_from_the_day_named(country: str, ref: str, text: str,
                                            expected: str) -> None:
    assert _by(text, ref, country) == date.fromisoformat(expected)


@pytest.mark.parametrize(("country", "text"), NO_PROMISE)
def test_no_promise(country: str, text: str) -> None:
    assert _by(text, "2030-03-05T10:00:00+00:00", country) is None


@pytest.mark.parametrize("text", [
    "the day after the", "the second working day after", "on the third Wednesday of",
    "within three working days of the October bank holiday of the",
    "last year" * 300, "if " * 500 + ", we'll let you know", "whether " * 400,
    "candidates who fail to " * 200 + "within a week",
])
def test_bad_input_never_raises(text: str) -> None:
    _by(text, "2030-03-05T10:00:00+00:00", "GB")
