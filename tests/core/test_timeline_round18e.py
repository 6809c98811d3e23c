"""Structure added in round 18 ("tl18e", English; tuning on round 17's scored batch and this
round's check set ``real_timeline_t18e.py``): durations counted from a day the text gives (a
first day, a closing date told with its hour), a weekday before a break the text dates or before
"it", the first working day after a closure, "N more weeks", the British "a week on Friday",
response cues in the present tense
and a promise made and standing; and texts that promise nothing: negated "before / sooner than"
(a lower bound), a duration counted from any such event ("after a vacancy closes") or back from
an event the text never dates, a first day never dated, a length hedged with "though it
depends", notice given "in advance", the call that is the interview, an interview's arrangements
confirmed ("we'll confirm the panel by Friday"), other employers' habits ("firms take one to three
weeks"), and a step told as a clause the text never dates
("after the panel meets").

Each class is tested in wording of its own (not the tuning or check-set texts), with look-alikes
that keep their old reading. References are in 2033 (holidays checked with the ``holidays``
package): England's Good Friday 15 April and Easter Monday 18 April, its spring bank holiday
Monday 30 May; Ontario's New Year holiday observed Monday 2 January 2034.
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
    # "N more <unit>": the wait still to come, from the reference (Monday 7 March)
    ("US", "2033-03-07T10:00:00-05:00", "You'll hear from us in three more working days.",
     "2033-03-10"),
    # the British "a week on Friday", "two weeks today": counted from that day
    ("GB", "2033-03-07T10:00:00+00:00", "We'll write to you a week on Friday.", "2033-03-18"),
    ("GB", "2033-03-07T10:00:00+00:00", "You'll have our answer two weeks today.", "2033-03-21"),
    # counted from a first day the text gives: ten working days from Monday 4 April over Good
    # Friday and Easter Monday
    ("GB", "2033-03-07T10:00:00+00:00",
     "Our new head of HR joins us on Monday 4 April, and she will write to every candidate "
     "within ten working days of starting.", "2033-04-20"),
    # a closing date told with its hour
    ("AU", "2033-02-14T10:00:00+11:00",
     "The role closes at 5pm on Friday 25 February; applicants will hear back within three "
     "weeks of the closing date.", "2033-03-18"),
    # a weekday before a break the text dates, and before "it"
    ("US", "2033-03-01T10:00:00-05:00",
     "Our winter recess starts on Monday 21 March, and we'll call the finalists by the Thursday "
     "before the recess.", "2033-03-17"),
    ("GB", "2033-05-03T10:00:00+01:00",
     "Half-term begins on 30 May; we will let every applicant know by the Wednesday before it.",
     "2033-05-25"),
    # ... and before a day named earlier, "before" ending the clause (Thursday 21 July)
    ("GB", "2033-07-04T10:00:00+01:00",
     "The school closes for the summer on 21 July, and we'll ring the successful candidate the "
     "Tuesday before.", "2033-07-19"),
    # the first business day after a closure the text states: that day only
    ("CA", "2033-12-15T10:00:00-05:00",
     "Our office is closed from 24 December to 2 January. We'll get back to you on the first "
     "business day after the closure.", "2034-01-03"),
    # "if you don't hear from us before Friday" is still the promise of that day
    ("US", "2033-03-07T10:00:00-05:00",
     "If you don't hear from us before Friday, please give us a call.", "2033-03-11"),
    # a promise made and standing
    ("US", "2033-03-07T10:00:00-05:00",
     "The hiring manager has promised an answer within five business days.", "2033-03-14"),
    # response cues in the present tense and the passive
    ("US", "2033-03-07T10:00:00-05:00",
     "The recruiter calls the shortlisted candidates on Thursday.", "2033-03-10"),
    ("US", "2033-03-07T10:00:00-05:00",
     "Letters will be sent to the candidates on Wednesday 16 March.", "2033-03-16"),
    # ... an employer's own recruiters are no employers in general
    ("US", "2033-03-07T10:00:00-05:00",
     "Recruiters will contact the shortlisted candidates within 5 days.", "2033-03-12"),
    # ... but an outcome confirmed is still the answer
    ("GB", "2033-03-07T10:00:00+00:00", "We'll confirm the outcome by Thursday.", "2033-03-10"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expect"), PROMISES)
def test_round18_promises(country: str, ref: str, text: str, expect: str) -> None:
    assert _by(text, ref, country) == date.fromisoformat(expect)


NO_PROMISE = [
    # a lower bound, negated
    ("US", "2033-03-07T10:00:00-05:00", "We will not make any appointments before Friday 18 March."),
    ("US", "2033-03-07T10:00:00-05:00",
     "Please don't expect a decision earlier than two weeks from now."),
    ("US", "2033-03-07T10:00:00-05:00",
     "We won't be able to tell anyone anything until after 18 March."),
    # counted from a step told as a clause that the text never dates
    ("GB", "2033-03-07T10:00:00+00:00",
     "You'll get our decision ten working days after the selection committee meets."),
    # counted from any such event: general information about a process
    ("GB", "2033-03-07T10:00:00+00:00",
     "Offers are usually made within four weeks of a vacancy closing."),
    # a first day the text never dates
    ("US", "2033-03-07T10:00:00-05:00",
     "The new director will make a decision within a month of starting."),
    # counted back from an event the text never dates
    ("US", "2033-03-07T10:00:00-05:00",
     "We need your decision no later than ten working days before the course begins."),
    # a length hedged at once
    ("US", "2033-03-07T10:00:00-05:00",
     "Most teams get back to people within ten days, though it depends on the season."),
    # others in general, as a rule
    ("US", "2033-03-07T10:00:00-05:00",
     "In our experience, firms take one to three weeks to get back to applicants."),
    ("GB", "2033-03-07T10:00:00+00:00",
     "Councils tend to write to interviewees within ten working days."),
    # notice given in advance
    ("US", "2033-03-07T10:00:00-05:00", "Interview reminders usually go out two days in advance."),
    # an interview's arrangements confirmed, logistics
    ("GB", "2033-03-07T10:00:00+00:00",
     "Your second interview is on Monday 14 March; we'll confirm the room and the panel by "
     "Thursday."),
    # the call that is the interview
    ("GB", "2033-03-07T10:00:00+00:00",
     "Priya will ring you for the phone screen at 10 am on Tuesday."),
]


@pytest.mark.parametrize(("country", "ref", "text"), NO_PROMISE)
def test_round18_no_promise(country: str, ref: str, text: str) -> None:
    assert _by(text, ref, country) is None


_PIECES = ["two more weeks", "of her first day", "starts on monday 4 april", "joins us on",
           "closes at 5pm on", "the friday before it", "before the recess", "recess begins on",
           "first working day after the closure", "closed from 24 december to 2 january",
           "no offers before", "sooner than", "of a vacancy closing", "though it depends",
           "in advance", "call you for the interview", "has promised", "\x00", "\ud7ff", "ß",
           "Ω", "مقابلة", ";", "."]


def test_round18_words_in_bad_input_never_raise() -> None:
    rng = random.Random(18)
    refs = [datetime(2033, 1, 1, tzinfo=UTC), datetime(2033, 12, 31, 23, tzinfo=UTC),
            datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 20, tzinfo=UTC)]
    for _ in range(300):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        for ref in refs:
            for country in (None, "US", "GB", "IN", "XX"):
                found = extract_timeline(text, ref, country=country)
                assert found is None or found.respond_by >= ref.date()
    # enormous and binary: clipped, never raising
    extract_timeline("starts on monday 4 april " * 20000 + "within two weeks of her first day",
                     refs[0], country="US")
    extract_timeline("the friday before it " * 20000, refs[0], country="GB")
    extract_timeline(bytes(range(256)).decode("latin-1") * 200 + " the thursday before the recess",
                     refs[0], country="US")
