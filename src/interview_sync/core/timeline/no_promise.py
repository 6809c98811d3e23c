"""English times that promise this candidate nothing, by the wording around them (round 24).

Owns ``promises_nothing(sentence, match)``: whether the English time ``match`` in the lower-case
``sentence`` is one of four classes round 23's blind batch read as promises (docs/timelines.md
"Round 23: label conventions", "Round 24: English"):

- *a lower bound*: "will take a week or more", "a minimum of 15 working days", "no less than
  four weeks", "unlikely in less than a fortnight", "until next week at the earliest" (the
  earliest the answer can come, not when);
- *employers or a sector in general*, with words between the quantifier and the noun or a sector
  named first: "most banks take", "most graduate employers let applicants know", "smaller firms
  tend to", "in the public service it normally takes" (``english_clauses``' older rule takes
  "most employers" and "employers tend to" with nothing between);
- *an answer or a shortlist handed to someone else*: "I'll send my shortlist to the client by
  Friday", "forward the names to the President within two weeks", "give the client feedback on
  Monday" (the candidate's answer comes later, undated; "... and let you know their answer by
  Wednesday" is still a promise: "you" comes between); since round 25 also "promised the board
  an answer", "have my shortlist with the client", and "give us a week ... and we'll update the
  minister" in a sentence with no "you";
- *the candidate's own window*: "you must do so within five working days", "please accept or
  decline the offer within three days", "requests for a breakdown of marks must reach the
  Director within ten working days"; since round 25 also the candidate's time in a test ("you
  will answer two questions within three hours").

Each pattern is gated on literals every match holds, so a sentence that cannot match costs a
few ``in`` tests; the patterns compile on first need (``lazy_re``). Pure: no I/O.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from interview_sync.core.timeline.grammar import DURATION_KINDS, kind_of

__all__ = ["promises_nothing", "speaks_of_itself_after"]


def lazy_re(pattern: str) -> Callable[[], re.Pattern[str]]:
    """``pattern`` compiled on its first use (most texts never reach it)."""
    return functools.cache(lambda: re.compile(pattern))


# ---- lower bounds: "a week or more" after the time, "a minimum of" / "no less than" before it
_OR_MORE_AFTER = lazy_re(r"\s+or\s+(?:more|longer)\b")
# "until next week at the earliest", "by the 15th at the earliest": the earliest day, said after
_EARLIEST_AFTER = lazy_re(r"[^.;!?,]{0,12}?\bat\s+the\s+earliest\b")
_LOWER_BEFORE = lazy_re(
    r"(?:\ba\s+minimum\s+of|\b(?:no|not)\s+less\s+than"
    # "unlikely in less than a fortnight": a negated upper bound is a lower bound
    r"|\bunlikely\s+(?:[\w']+\s+){0,3}?(?:less|fewer)\s+than)\s+\Z")

# ---- employers or a sector in general
_ACTORS = (r"(?:employers|companies|firms|banks|recruiters|agencies|organi[sz]ations|businesses"
           r"|hospitals|councils|universities|schools|insurers|retailers|start-?ups|corporates"
           r"|hiring\s+managers|departments|ministries)")
# a quantifier, then up to two words ("most graduate employers"), or a comparative or size word
# opening the sentence or a clause ("smaller firms tend to"); not "our / the / this" (the
# employer's own)
_OTHERS_BEFORE = lazy_re(
    r"\b(?:most|many|some|other|few)\s+(?:(?!our\b|the\b|my\b)[a-z-]+\s+){0,2}" + _ACTORS
    + r"\b|(?:^|[,:;]\s*)(?:(?:big|bigger|large|larger|small|smaller|major|top|local|private"
    r"|public|global|international|tech|government)\s+)(?:[a-z-]+\s+)?" + _ACTORS
    + r"\s+(?:\w+\s+)?(?:tend|usually|generally|typically|often|normally|can|may|might|take"
    r"|aim)\b")
# ... unless the employer speaks of itself after them ("unlike most banks, we give every
# finalist an answer within five working days": its own time, a promise)
_OWN_AFTER = lazy_re(r"[.;!?]|\b(?:we|we'll|we're|we've|us|our|i|i'll|me)\b")
_SECTOR_FIRST = lazy_re(
    r"^(?:[\w']+\s+){0,2}?in\s+(?:the\s+)?(?:(?:public|civil|federal|state|government|private"
    r"|banking|financial)\s+(?:service|sector)|government|banking|finance|academia"
    r"|(?:this|the|your)\s+(?:sector|industry))\b,?\s+(?:it\s+)?(?:\w+\s+)?"
    r"(?:usually|normally|generally|typically|often|can|may|tends?)\b[^.;!?]*\Z")

# ---- handed to someone else: a verb of handing over, its object, "to the <third party>"
_THIRD = (r"(?:the|our|my|their|his|her)\s+(?:clients?|hiring\s+managers?|board|president"
          r"|minister|(?:department(?:al)?|section|unit)\s+heads?|head\s+of\s+[a-z]+"
          r"|committee|partners?|line\s+managers?|ceo|directors?|management|appointing\s+authority"
          r"|selection\s+committee|council|governors|auditors?)")
_HANDED_BEFORE = lazy_re(
    r"\b(?:send|forward|submit|present|pass|hand|report|refer|recommend|put\s+(?:[\w']+\s+)"
    r"{0,3}?forward|give|provide|share|take)\s+(?:[\w',-]+\s+){0,8}?to\s+" + _THIRD + r"\b"
    # ... or the third party as the indirect object ("give the client feedback")
    r"|\b(?:give|send|provide|show)\s+" + _THIRD + r"\s+(?:[\w'-]+\s+){0,6}?"
    # round 25 ("tl25e"): ... or promised to them, or lodged with them ("the client has promised
    # the board an answer by Friday", "I'll have my shortlist with the client within two days")
    r"|\bpromised\s+" + _THIRD + r"\s+(?:[\w'-]+\s+){0,6}?"
    r"|\b(?:have|get|put|lodge)\s+(?:[\w']+\s+){1,3}?with\s+" + _THIRD + r"\s+")
# round 25 ("tl25e"): ... or named after the time, in a sentence that never speaks to the
# candidate ("give us a week to verify the documents and we'll update the minister then", "give
# us until the end of next week to compile the scores for the auditors": round 24's blind "...
# and we'll brief you then" said to a minister's office is the same class, but its "you" is the
# office, which the words cannot tell)
_HANDED_AFTER = lazy_re(
    r"[^.;!?]{0,80}?\b(?:update|brief|inform|tell|report\s+to|for)\s+" + _THIRD + r"\b")
_YOU_BETWEEN = lazy_re(r"\b(?:you|your|and|then|so|once|after|which)\b|,")

# ---- the candidate's own window
_OWN_WINDOW_BEFORE = lazy_re(
    r"(?:\byou\s+(?:must|need\s+to|are\s+required\s+to|have\s+to|should)\s+(?:do\s+so"
    r"|appeal|accept|decline|respond|reply|confirm|submit|send|return|sign|lodge|apply|request"
    r"|complete|upload)"
    r"|(?:^|[,:;]\s*)(?:kindly\s+|please\s+)(?:accept|decline|confirm|return|sign|submit|send"
    r"|complete|upload|reply|respond|lodge)(?:\s+or\s+(?:accept|decline|reject))?"
    # ... or the candidate's request as the subject ("requests for a breakdown of marks must
    # reach the Director within ten working days", "appeals should be lodged within")
    r"|\b(?:requests?|appeals?|complaints?|acceptances?)\b[^.;!?]{0,60}?\b(?:must|should"
    r"|need\s+to|have\s+to)\s+(?:be\s+[a-z]+ed|reach|arrive))\b"
    r"[^.;!?]*\Z")

# round 25 ("tl25e"): ... or the candidate's own time in a test ("you will answer one question in
# Chinese and one in English within three hours": round 24's blind exam text), up to the time
# with no comma between (", and we'll reply within a week" is still the employer's)
_OWN_TEST_BEFORE = lazy_re(
    r"\byou(?:'ll|\s+will|\s+have\s+to|\s+must)\s+(?:answer|write|complete|sit|attempt)\b"
    r"[^.;!?,]*\Z")


def _last(pattern: re.Pattern[str], sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``sentence[start:end]``, or None."""
    found = None
    for found in pattern.finditer(sentence, start, end):  # noqa: B007 (the last one is kept)
        pass
    return found


def promises_nothing(sentence: str, match: re.Match[str]) -> bool:
    """Whether the English time ``match`` in ``sentence`` (lower case) is a lower bound, a
    habit of employers or a sector in general, an answer handed to someone else, or the
    candidate's own window: no promise to this candidate."""
    at = match.start()
    window = max(0, at - 160)
    if " or " in sentence and kind_of(match) in DURATION_KINDS and _OR_MORE_AFTER().match(
            sentence, match.end()):
        return True
    if "earliest" in sentence and _EARLIEST_AFTER().match(sentence, match.end()):
        return True
    if (" than" in sentence or "minimum" in sentence) and _LOWER_BEFORE().search(
            sentence, max(0, at - 60), at):
        return True
    if _ACTOR_WORDS.search(sentence, window, at):
        others = _last(_OTHERS_BEFORE(), sentence, window, at)
        if others is not None and not _OWN_AFTER().search(sentence, others.end(), at):
            return True
    if (sentence.startswith("in ") or " in " in sentence[:40]) and _SECTOR_FIRST().search(
            sentence, 0, at):
        return True
    if (" to " in sentence or "give " in sentence or "send " in sentence
            or "promised " in sentence or " with " in sentence):
        handed = _last(_HANDED_BEFORE(), sentence, window, at)
        if handed is not None and not _YOU_BETWEEN().search(sentence, handed.end(), at):
            return True
    if "give us " in sentence and "you" not in sentence and _HANDED_AFTER().match(
            sentence, match.end()):
        return True
    if "you" in sentence and _OWN_TEST_BEFORE().search(sentence, window, at):
        return True
    return ("you " in sentence or "please " in sentence or "kindly " in sentence
            or "must " in sentence or "should " in sentence) and bool(
        _OWN_WINDOW_BEFORE().search(sentence, window, at))


# the cheap test before ``_OTHERS_BEFORE``: one of its nouns must come before the time
_ACTOR_WORDS = re.compile(
    r"employers|compan|firms|banks|recruiters|agencies|organi[sz]ations|businesses|hospitals"
    r"|councils|universities|schools|insurers|retailers|start-?ups|corporates|managers"
    r"|departments|ministries")


def speaks_of_itself_after(sentence: str, start: int, at: int) -> bool:
    """Whether the employer speaks of itself ("we", "our", "I") between the last employers' noun
    in ``sentence[start:at]`` and ``at`` ("unlike most agencies, we reply within three working
    days"): the time is its own, not theirs."""
    last = _last(_ACTOR_WORDS, sentence, start, at)
    return last is not None and _OWN_AFTER().search(sentence, last.end(), at) is not None
