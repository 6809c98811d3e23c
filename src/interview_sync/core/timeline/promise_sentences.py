"""Which sentences of a text may hold a promise: where its response cues are, and the
sentences that promise without a cue of their own.

Owns ``cue_starts`` (where each response cue starts, a cue inside a look-alike phrase left out:
"if we don't hear from the client", "your point of contact") and ``promise_sentence`` (a
sentence holds a cue, or points back at a review or a process just described, or is answered
by the next sentence's "then", or is a step's length joined by a semicolon to the clause that
names the step; a cue is then noted where it starts). ``extract`` reads the sentences this
module lets through and chooses among their promises (its docstring, points 1 and 3). Split
from ``extract`` (past the size guideline). Pure; no I/O.
"""

from __future__ import annotations

import bisect
import re

from interview_sync.core.bounds import MAX_TIMELINE_CUES
from interview_sync.core.literals import Stems
from interview_sync.core.timeline import scan
from interview_sync.core.timeline.clauses import has_cue
from interview_sync.core.timeline.cues import (
    NOT_CUE_RE,
    NOT_CUE_STEMS,
    PROCESS_BACK_RE,
    PROCESS_STEMS,
    REVIEWING_RE,
    THEN_NEXT_RE,
    cue_re,
)
from interview_sync.core.timeline.grammar import DURATION_KINDS, kind_of
from interview_sync.core.timeline.no_promise import lazy_re
from interview_sync.core.timeline.sentences import SENTENCE_RE as _SENTENCE_RE

__all__ = ["cue_starts", "promise_sentence"]

_SEMICOLON_RE = re.compile(r"[ \t]*;")
# A part after a semicolon that points back at the one before (round 8)
_SEMICOLON_BEFORE_RE = re.compile(r";\s*$")
_POINTS_BACK_RE = re.compile(
    r"(?:das|dies|this|that|it|which|ce|cela|ça|esto|eso|isso|isto|dit|dat|det|to)\s+"
    r"(?:can|could|may|might|will|should|kann|könnte|wird|peut|pourrait|puede|podría|pode"
    r"|kan|kunnen|kan|mag|może|takes?|dauert|prend|tarda|leva|duurt|tar)\b")
_PROCESS_GATE = Stems(PROCESS_STEMS)  # the cheap test in front of ``PROCESS_BACK_RE``
# One of these is in every phrase ``NOT_CUE_RE`` matches (tests/core/test_timeline_round8.py
# checks each branch of it): without them, no cue of the text is a look-alike.
_NOT_CUE_GATE = Stems(NOT_CUE_STEMS)


def promise_sentence(lower: str, start: int, end: int, cues: list[int],
                      processes: bool) -> bool:
    """Whether the sentence may hold a promise: it holds a cue, or it points back at a process
    or is answered by the next sentence's "then" (a cue is then noted where it starts)."""
    if has_cue(cues, start, end):
        return True
    back = _process_back(lower, start, end, cues) if processes else None
    if back is None:
        back = _answered_next(lower, start, end, cues)
    if back is None and _POINTS_BACK_RE.match(lower, start) and _SEMICOLON_BEFORE_RE.search(
            lower, max(0, start - 4), start) and has_cue(cues, max(0, start - 200), start):
        back = start  # "Die Entscheidung trifft der Gemeinderat; das kann sich bis zu zwei
        # Monate hinziehen": the length of the step the clause before names
    if back is None and "week" in lower[start:end]:
        back = _window_after_cue(lower, start, end, cues)
    if back is None:
        return False
    bisect.insort(cues, back)
    return True


# round 25 ("tl25e"): a week window said with no cue of its own, right after a sentence or a
# heading that names the answer ("Interview outcome / We expect this early next week", "Results
# of the final interview / To be released by the end of next week", "... The panel will settle
# the matter later this week"): the window is that answer's. Not a sentence about a closure, an
# absence or a move ("our office is closed until the end of next week"); the candidate's own
# tasks and logistics in the window are vetoed later, clause by clause, like any promise's.
# Compiled on first need: only a sentence holding "week" with no cue asks.
_WINDOW = lazy_re(r"\b(?:(?:by|before|at|towards?|around)\s+the\s+(?:end|close|middle)\s+of\s+"
                  r"(?:next|this|the)\s+week|(?:early|later|late|mid-?)\s*(?:next|this)\s+week"
                  r"|later\s+in\s+the\s+week|(?:the\s+)?week\s+after\s+next)\b")
_NOT_AN_ANSWER = lazy_re(r"\b(?:clos(?:e|ed|es|ing)|reopen\w*|until|till|away|leave|holidays?"
                         r"|out\s+of\s+(?:the\s+)?office|mov(?:e|es|ing)|interview\s+(?:times?|slots?"
                         r"|schedules?)|schedul\w*)\b")
_CUE_BEFORE = 160  # characters before the sentence where the answer's cue may be


def _window_after_cue(lower: str, start: int, end: int, cues: list[int]) -> int | None:
    """Where a cue-less sentence's week window starts, when a cue ends the stretch just before
    it (the sentence before or a heading) and the sentence is not about a closure or a move."""
    if not has_cue(cues, max(0, start - _CUE_BEFORE), start):
        return None
    found = _WINDOW().search(lower, start, end)
    if found is None or _NOT_AN_ANSWER().search(lower, start, end) is not None:
        return None
    return found.start()


def cue_starts(lower: str) -> list[int]:
    """Where each response cue starts, leaving out those inside a phrase that only looks like one
    ("if we don't hear from the client", "your point of contact", "we offer relocation")."""
    # Only the characters around each cue (60 each side: the longest look-alike) are searched for
    # a look-alike, and only when the text holds a word of one: a full pass over a
    # long invite would cost as much as finding the cues.
    # At most one past ``MAX_TIMELINE_CUES`` (core.bounds): where reading stops.
    out: list[int] = []
    if not _NOT_CUE_GATE.found_in(lower):  # no look-alike can be there: every cue counts
        for cue in cue_re().finditer(lower):
            out.append(cue.start())
            if len(out) > MAX_TIMELINE_CUES:
                break
        return out
    for cue in cue_re().finditer(lower):
        if not _inside_a_lookalike(lower, cue.start(), cue.end()):
            out.append(cue.start())
            if len(out) > MAX_TIMELINE_CUES:
                break
    return out


def _inside_a_lookalike(lower: str, at: int, end: int) -> bool:
    """Whether a look-alike found in the window around the cue at ``at`` covers ``at``. The
    look-alikes come left to right, so the search stops at the first one starting past ``at``
    (none after it can cover it): the window's second half is read only when one reaches it."""
    for fake in NOT_CUE_RE.finditer(lower, max(0, at - 60), end + 60):
        if fake.start() > at:
            return False
        if at < fake.end():
            return True
    return False


def _process_back(lower: str, start: int, end: int, cues: list[int]) -> int | None:
    """Where a sentence with no cue points back at a review or an answer just described ("Your
    application is being reviewed. This stage can take 1-3 weeks"; "you will be advised by
    email. This process can take up to two weeks"), if it does: a cue there. Only such
    sentences are searched, behind a cheap test for the words the pattern needs."""
    if not _PROCESS_GATE.found_in(lower[start:end]):
        return None
    found = PROCESS_BACK_RE.search(lower, start, end)
    if found is None:
        return None
    before = max(0, found.start() - 200)
    if not (REVIEWING_RE.search(lower, before, found.start())
            or has_cue(cues, before, found.start())):
        return None
    return found.start()


def _answered_next(lower: str, start: int, end: int, cues: list[int]) -> int | None:
    """A sentence with no cue whose time the next sentence answers from, pointing back with
    "then" and naming no time of its own ("Der Prozess wird ca. drei Wochen in Anspruch nehmen.
    Danach hören Sie von uns."): a cue there."""
    # ... or, for how long a step takes, joined to it by a semicolon ("Ön değerlendirme en fazla
    # 3 hafta sürer; sonucu size bildireceğiz": one statement in two parts)
    then = THEN_NEXT_RE.match(lower, end)
    if then is None:
        then = _SEMICOLON_RE.match(lower, end)
        # ... the length of a step only: "hoy; nos pondremos en contacto" promises no day
        own = None if then is None else scan.search(lower[start:end])
        if then is None or own is None or kind_of(own) not in DURATION_KINDS:
            return None
    rest = lower[then.end():then.end() + 60]
    stop = _SENTENCE_RE.search(rest)
    rest = rest[:stop.start()] if stop else rest
    if not has_cue(cues, then.end(), then.end() + len(rest)) or scan.search(rest) is not None:
        return None
    return start
