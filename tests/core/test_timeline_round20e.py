"""Structure added in round 20 ("tl20e", English; tuning on round 19's scored batch and this
round's check set ``real_timeline_t20e.py``): a week named by its first day ("the week beginning /
commencing / starting <date>"), "within the day" and "late tonight", "SMS / WhatsApp you",
"call every one of you", silence told in a condition that holds the contact ("if you have not
received a call by ...", "if we don't call within ..."), a duration "before the start date"
counted back from the start the text dates, a holiday told in apposition after a date ("on
Tuesday 27 May, after the bank holiday ... that afternoon"), "on Wednesday, the day after",
"the first full week of <month>", "our first week back"; and texts that promise nothing more
than before: a usual length hedged with "though it can take longer", and a day after "whether
you've made it to the <step>" when the answer's own time comes first.

Each class is tested in wording of its own (not the tuning or check-set texts), with look-alikes
that keep their old reading. References: Monday 3 March 2036 (US), Tuesday 20 May 2036 (England,
Spring bank holiday Monday 26 May), Monday 17 December 2035 (US); weekdays and holidays checked
with the ``holidays`` package.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline

MON = "2036-03-03T10:00:00-05:00"
MAY = "2036-05-20T10:00:00+01:00"
DEC = "2035-12-17T10:00:00-05:00"


def _by(text: str, ref: str, country: str | None = "US") -> date | None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    return found.respond_by if found else None


PROMISES = [
    # a week named by its first day: that week's Friday
    ("Expect to hear from us in the week beginning 17 March.", MON, "US", "2036-03-21"),
    ("We'll phone you the week commencing 24 March.", MON, "US", "2036-03-28"),
    # today's words
    ("We'll message you within the day.", MON, "US", "2036-03-03"),
    ("We'll let you know late tonight.", MON, "US", "2036-03-03"),
    # contacts
    ("We'll WhatsApp you tomorrow with the outcome.", MON, "US", "2036-03-04"),
    ("We'll email each of you on Thursday.", MON, "US", "2036-03-06"),
    # silence as the answer, the contact in the condition
    ("If you have not received an email from us by 20 March, the post has been filled.", MON,
     "US", "2036-03-20"),
    ("If we don't contact you within ten days, we have gone with someone else.", MON, "US",
     "2036-03-13"),
    # counted back from a start the text dates
    ("The new manager starts on Monday 7 April, and we'll let you know two weeks before the "
     "start date.", MON, "US", "2036-03-24"),
    # a holiday in apposition: the date stands
    ("The board sits again on Tuesday 27 May, after the bank holiday, and we'll phone you that "
     "afternoon.", MAY, "GB", "2036-05-27"),
    # "the day after" in apposition to a weekday
    ("The names will be announced on Tuesday, the day after.", MON, "US", "2036-03-04"),
    # the first full week of a month that starts on a Sunday: 2 to 6 June
    ("We'll circle back during the first full week of June.", MON, "US", "2036-06-06"),
    # our first week back: Monday 7 to Friday 11 January
    ("The office reopens on 7 January; we'll be in touch in our first week back.", DEC, "US",
     "2036-01-11"),
    # the answer's time first; the step's day after "whether" is the step's
    ("We'll text you this evening about whether you're through to the workshop on Friday.", MON,
     "US", "2036-03-03"),
    # a text message, an SMS to the chosen, the list of those chosen handed over
    ("The assessment is on Thursday 13 March; shortlisted applicants will get a text message "
     "three working days after it.", MON, "US", "2036-03-18"),
    ("We'll SMS the chosen interns on Friday.", MON, "US", "2036-03-07"),
    ("The firm will hand the list of selected students to the college on Wednesday.", MON, "US",
     "2036-03-05"),
    # "after the holidays" with the office's own reopening dated a little later: that week
    ("We close on 19 December and reopen on 12 January; you'll hear from us after the "
     "holidays.", DEC, "US", "2036-01-18"),
    # the condition's contact: "haven't heard anything"; the final list released
    ("If you haven't heard anything within a week, do drop us a line.", MON, "US", "2036-03-10"),
    ("We plan to publish the final list in mid-April.", MON, "US", "2036-04-15"),
    # "today itself or within ...": the later alternative
    ("The panel will share the result today itself or within four days.", MON, "US",
     "2036-03-07"),
    # look-alikes that keep their reading
    ("We'll confirm whether you're through to the final round the week after next.", MON, "US",
     "2036-03-21"),
    ("We usually reply within five days.", MON, "US", "2036-03-08"),
    ("The names will be announced on Tuesday.", MON, "US", "2036-03-04"),
    ("We'll be in touch in the first week of April.", MON, "US", "2036-04-07"),
]


@pytest.mark.parametrize(("text", "ref", "country", "expect"), PROMISES)
def test_round20e_promises(text: str, ref: str, country: str, expect: str) -> None:
    assert _by(text, ref, country) == date.fromisoformat(expect)


NO_PROMISE = [
    # (round 23: "We usually reply within five days, though it can take longer in busy periods"
    # is a promise now, the employer's usual time hedged: test_timeline_round23e.py)
    # a start date alone
    ("The new manager starts on Monday 7 April.", MON),
    # a week named for something that is not an answer
    ("Training runs in the week beginning 17 March.", MON),
    ("We'll send the list of documents to bring on Friday.", MON),
]


@pytest.mark.parametrize(("text", "ref"), NO_PROMISE)
def test_round20e_no_promise(text: str, ref: str) -> None:
    assert _by(text, ref) is None


_PIECES = ["the week beginning", "week commencing 24 march", "within the day", "late tonight",
           "sms you", "whatsapp you", "every one of you", "if you have not received a call by",
           "if we don't call within", "before the start date", "starts on monday 7 april",
           "after the bank holiday", "that afternoon", "on wednesday, the day after",
           "the first full week of", "our first week back", "reopens on 7 january", "whether",
           "you've made it to the", "though it can take longer", "usually", "within two weeks",
           "\x00", "\ud7ff", "ß", "Ω", "مقابلة", "面接", "интервью", ";", ".", ","]


def test_round20e_words_in_bad_input_never_raise() -> None:
    rng = random.Random(20)
    refs = [datetime(2036, 1, 1, tzinfo=UTC), datetime(2036, 12, 31, 23, tzinfo=UTC),
            datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 20, tzinfo=UTC)]
    for _ in range(300):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        for ref in refs:
            for country in (None, "US", "GB", "NG", "XX"):
                found = extract_timeline(text, ref, country=country)
                assert found is None or found.respond_by >= ref.date()
    # enormous, binary and mixed-script: clipped, never raising
    extract_timeline("starts on monday 7 april and we'll call two weeks before the start date "
                     * 20000, refs[0], country="US")
    extract_timeline("on tuesday 27 may, after the bank holiday, that afternoon " * 20000,
                     refs[0], country="GB")
    extract_timeline(bytes(range(256)).decode("latin-1") * 200 + " in the week beginning 3 march",
                     refs[0], country="US")
    extract_timeline("Мы сообщим within the day 面接 whether you've made it to the مقابلة tomorrow "
                     * 3000, refs[0], country="SG")
    extract_timeline("the first full week of december", datetime(9999, 12, 31, 23, tzinfo=UTC),
                     country="US")
    extract_timeline("reopens on 7 january; our first week back",
                     datetime(9999, 12, 31, 23, tzinfo=UTC), country="US")
