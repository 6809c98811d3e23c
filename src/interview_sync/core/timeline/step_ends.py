"""The day a step the text dates ends, for a bare duration told after it (round 17, English).

Owns ``step_end_before``: "The panel finishes its assessments on Thursday 24 April; ...
applicants will be emailed the outcome within five working days", "Second interviews wrap up on
Friday 10 October, and offers follow within three business days": a duration with nothing after
it naming what it counts from ("of the interview", "from today", "after the closing date"), and
no "in" before it ("in 2 weeks" counts from now), is counted from the day on which a step the
text dates *ends* (a verb of finishing, sitting or holding right before that day), when that
day is after the reference. The step is found by the sentence's structure (a finishing verb,
then within a few words the day), not by its name; a step merely scheduled ("interviews are on
Tuesday") is the interview itself, which the reference already is, so it is left alone.

Round 19: a round of interviews held on a day after the reference, told in the same sentence as
the duration ("Interviews run on Tuesday 23 September, and the Board will publish the names of
successful candidates within seven days"), is such a step too: a message sent before the
interviews counts from their day, not its own.

Pure: the words are literal patterns and the day is ``resolve``'s reading.
"""

from __future__ import annotations

import re
from datetime import date

from interview_sync.core.timeline import scan
from interview_sync.core.timeline.dates import resolve
from interview_sync.core.timeline.grammar import DURATION_KINDS, kind_of

__all__ = ["bare_duration_end", "step_end_before"]

# What may follow a bare duration: its sentence or clause ends ("within five working days.",
# "within a week, and ...")
_BARE_END_RE = re.compile(r"\s*(?:[.;:!?,)]|\band\b|\Z)")
# A verb that ends or holds a step, then (a few words on) the day it does so: "finishes its
# assessments on", "wraps up on", "sits on", "concludes on", "are completed by"
_STEP_ENDS_RE = re.compile(
    r"\b(?:finish(?:es|ed)?|wraps?\s+up|wind(?:s)?\s+up|conclud(?:es|e)|end(?:s)?"
    r"|(?:is|are|will\s+be)\s+(?:completed|finished|finalised|finalized)"
    r"|sits?|meets?|convenes?)\b(?:\s+(?!(?:and|but|so|then|we|you|i)\b)[\w'-]+){0,3}?"
    r"\s+(?:on|by)\s+\Z")
# round 19: a round of interviews (or auditions, an oral exam) held on a day after the message,
# with the duration in a clause of the same sentence ("Interviews run on Tuesday 23 September,
# and the Board will publish the names ... within seven days"): the reference is then not the
# interview. Told in a sentence of its own ("Interviews are on Friday 12 March. You will hear
# within five working days", round 17) the reference stays the interview when that day is the
# reference's; round 21 ("tl21e"): when the day is later than the message (a notice sent before
# the interviews: "Interviews will be held on Monday 15 August. Successful candidates will be
# contacted within three working days"), the sentence right before the duration's counts too,
# as round 20's blind batch and round 21's check set label it (a later day is never the
# message's own).
_ROUND_HELD_RE = re.compile(
    r"\b(?:interviews|auditions|(?:your|the)\s+(?:interview|audition|oral\s+exam))\s+"
    r"(?:[\w-]+\s+){0,4}?(?:run|are|is|will\s+be|take\s+place|takes\s+place"
    r"|(?:are|is|were|will\s+be)\s+held)\s+(?:on\s+"
    # round 21 ("tl21e"): a run of days, to its last ("interviews run from 6 to 10 June")
    r"|(?:from\s+)?(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:to|until|till|through|-|–)\s*)?\Z")
# (from the day's last character: "on Friday 12 March." holds its full stop)
_SENTENCE_BREAK_RE = re.compile(r"[.;!?\n]")
_LOOK_BACK = 160  # characters before the duration where the step's day is named
_SPECIFIC = 3  # a named day or a date, not a week or a month


# "in two weeks" counts from now whatever step the text dated before it ("Interviews end on 20
# March; we'll let you know in 2 weeks", round 3); "within", "inside", a bare count do not say
_FROM_NOW_RE = re.compile(r"(?<!\w)in\s+(?:(?:about|around|roughly|approximately|another)\s+)?\Z")


def bare_duration_end(lower: str, start: int, end: int) -> bool:
    """Whether a duration from ``start`` to ``end`` may count from a step dated before it:
    nothing after it names what it counts from, and no "in" before it counts from now."""
    return (_BARE_END_RE.match(lower, end) is not None
            and _FROM_NOW_RE.search(lower, max(0, start - 24), start) is None)


def _breaks(lower: str, start: int, end: int) -> int:
    """How many sentence breaks lie between ``start`` and ``end`` (at most two are counted)."""
    first = _SENTENCE_BREAK_RE.search(lower, start, end)
    if first is None:
        return 0
    return 1 if _SENTENCE_BREAK_RE.search(lower, first.end(), end) is None else 2


def step_end_before(lower: str, at: int, *, ref: date, country: str | None,
                    subdivision: str | None) -> date | None:
    """The last day, named in the characters before ``at`` right after a verb that ends or
    holds a step, that is later than ``ref``; None when there is none."""
    found: date | None = None
    for earlier in scan.finditer(lower, max(0, at - _LOOK_BACK), at):
        if kind_of(earlier) in DURATION_KINDS:
            found = None  # a duration in between is a step of its own ("a week to score")
            continue
        if _STEP_ENDS_RE.search(lower, max(0, earlier.start() - 60), earlier.start()) is None and (
                _ROUND_HELD_RE.search(lower, max(0, earlier.start() - 60), earlier.start()) is None
                or _breaks(lower, earlier.end() - 1, at) > 1):
            continue
        named = resolve(earlier, ref, country=country, subdivision=subdivision)
        if named is not None and named.specificity >= _SPECIFIC and named.latest > ref:
            found = named.latest
    return found
