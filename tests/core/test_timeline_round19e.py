"""Structure added in round 19 ("tl19e", English; tuning on round 18's scored batch and this
round's check set ``real_timeline_t19e.py``): period ends ("the close of the week", "the end of
the working week", "the end of next quarter", "quarter-end", "the end of the calendar month",
the first / last working day of the month), promises counted from a step the text dates (a round
of interviews or auditions held on a day after the message, an event "which is tomorrow", an
interview round told in the past tense), response words ("you'll find out", notices or letters
sent, "be offered the post", the names of the successful candidates published, the employer
posting "your decision", announcing "the scholarship winners"), a promise's subject named by its
step ("candidates selected for the group exercise"); and texts that promise nothing: a first
step's booking told after the time ("to arrange a video interview"), a usual length with its
exception ("unless", "but it depends"), a step told in the passive with no day, employers in
general in the present simple, and the interviews' own day ("the finalists interview on
Thursday").

Each class is tested in wording of its own (not the tuning or check-set texts), with look-alikes
that keep their old reading. References are in 2035 (weekdays and US holidays checked with the
``holidays`` package): Monday 5 March, Monday 12 March; 31 March and 30 June 2035 are Saturdays
and 1 April a Sunday.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline

MON = "2035-03-05T10:00:00-05:00"
MON2 = "2035-03-12T10:00:00-04:00"


def _by(text: str, ref: str, country: str | None = "US") -> date | None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    return found.respond_by if found else None


PROMISES = [
    # period ends
    ("We'll get back to every applicant by the close of this week.", MON, "2035-03-09"),
    ("Expect our answer by the end of the business week.", MON, "2035-03-09"),
    ("We'll confirm the outcome by the last working day of the month.", MON2, "2035-03-30"),
    ("We'll write to you on the first business day of next month.", MON2, "2035-04-02"),
    ("Final decisions will be made by the end of next quarter.", MON2, "2035-06-30"),
    ("You'll have our answer by the end of the calendar month.", MON2, "2035-03-31"),
    # response words
    ("You should find out by Thursday.", MON, "2035-03-08"),
    ("Selection letters will be sent within five working days.", MON, "2035-03-12"),
    ("We'll have your decision emailed to you by Friday.", MON, "2035-03-09"),
    ("The trustees will announce the scholarship winners on Wednesday.", MON, "2035-03-07"),
    # counted from a step the text dates
    ("Results are mailed within ten days of the written test, which is tomorrow.", MON,
     "2035-03-16"),
    ("Auditions are held on Saturday 10 March, and the conductor will publish the names of the "
     "selected applicants within three days.", MON, "2035-03-13"),
    ("Panel interviews for the role will be held on Thursday 15 March. Offers are made two weeks "
     "after the interview.", MON, "2035-03-29"),
    # who is promised, named by the step
    ("Candidates selected for the group exercise will hear from us by Friday.", MON,
     "2035-03-09"),
    # look-alikes that keep their reading: a later round booked, an answer named, a decision day
    ("The recruiter will call you on Friday to book the final interview.", MON, "2035-03-09"),
    ("We'll ring you tomorrow to arrange a video interview if you're through.", MON, "2035-03-06"),
    ("We interview on Friday and will decide by Monday.", MON, "2035-03-12"),
    ("Answers normally arrive within three days.", MON, "2035-03-08"),
]


@pytest.mark.parametrize(("text", "ref", "expect"), PROMISES)
def test_round19e_promises(text: str, ref: str, expect: str) -> None:
    assert _by(text, ref) == date.fromisoformat(expect)


NO_PROMISE = [
    # a first step booked
    ("The coordinator will ring you tomorrow to arrange a video interview.", MON),
    ("HR will email you on Monday to book a screening call.", MON),
    # a usual length disowned ("Answers normally arrive within three days, unless ..." is a
    # promise since round 23's convention: test_timeline_round23e.py)
    ("Typically we reply within 48 hours, but it depends on the season.", MON),
    # a step in the passive that the text never dates
    ("Offers usually follow two weeks after the references are checked.", MON),
    # employers in general, in the present simple
    ("Employers contact successful applicants in May and June.", MON),
    # the interviews' own day
    ("The finalists interview on Thursday and the result will be shared later.", MON),
    # the candidate's decision stays the candidate's
    ("Please send your decision by Friday.", MON),
]


@pytest.mark.parametrize(("text", "ref"), NO_PROMISE)
def test_round19e_no_promise(text: str, ref: str) -> None:
    assert _by(text, ref) is None


_PIECES = ["the close of the week", "the end of the business week", "next quarter", "quarter-end",
           "the last working day of the month", "the first business day of next month",
           "you'll find out", "letters will be sent", "which is tomorrow", "interviews are held on",
           "to arrange a video interview", "unless", "but it depends", "is verified",
           "employers interview", "they interview on", "within two weeks", "friday", "\x00",
           "\ud7ff", "ß", "Ω", "مقابلة", "面接", "интервью", ";", "."]


def test_round19e_words_in_bad_input_never_raise() -> None:
    rng = random.Random(19)
    refs = [datetime(2035, 1, 1, tzinfo=UTC), datetime(2035, 12, 31, 23, tzinfo=UTC),
            datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 20, tzinfo=UTC)]
    for _ in range(300):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        for ref in refs:
            for country in (None, "US", "GB", "CA", "XX"):
                found = extract_timeline(text, ref, country=country)
                assert found is None or found.respond_by >= ref.date()
    # enormous, binary and mixed-script: clipped, never raising
    extract_timeline("interviews are held on friday 9 march " * 20000 + "within two weeks",
                     refs[0], country="US")
    extract_timeline("the last working day of the month " * 20000, refs[0], country="GB")
    extract_timeline(bytes(range(256)).decode("latin-1") * 200 + " by quarter-end",
                     refs[0], country="US")
    extract_timeline("Мы сообщим by the close of the week 面接 مقابلة " * 3000, refs[0],
                     country="CA")
    extract_timeline("x", datetime(9999, 12, 31, 23, tzinfo=UTC), country="US")
    extract_timeline("by the end of next quarter", datetime(9999, 12, 31, 23, tzinfo=UTC),
                     country="US")
