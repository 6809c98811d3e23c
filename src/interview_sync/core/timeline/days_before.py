"""A weekday told before a break or a day: "the Friday before it", "by the Friday before the
Easter holidays, which begin on Monday 5 April" (round 18, English).

Owns ``weekday_before``: the last such weekday before the day the words after "before" point at,
which is, in this order,

* the day named before the weekday, for "before it / that / then / that date" or a bare "before"
  ("Spring break begins March 18; placements are confirmed by the Friday before it"): March 15;
* the first day of a break the text dates ("the Easter holidays, which begin on Monday 5 April",
  "half-term starts on 18 October; ... the Friday before half-term"): the text's own day wins
  over the calendar's, since a school's or an office's break need not start where the public
  holiday does;
* the first day of the holiday the calendar knows ("the Friday before Labor Day"), read by
  ``holiday_anchors`` as "before <holiday>".

Found by the sentence's structure (a weekday, "before", what it points at and where the text
dates that), not by the name of any one break.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from interview_sync.core.timeline import scan
from interview_sync.core.timeline.dates import Span, resolve
from interview_sync.core.timeline.grammar import kind_of
from interview_sync.core.timeline.lexicon import weekday_of

__all__ = ["weekday_before"]

_BEFORE_RE = re.compile(r"\s+before\b\s*")
_BACK_RE = re.compile(r"(?:it|that|then|this|that\s+(?:date|day))\b|(?=\s*(?:[.,;:!?)]|\Z))")
# the last word of a break's name: "spring break", "the Easter holidays", "half-term", "recess",
# "the Christmas closure", "the summer shutdown", "the long weekend"
_BREAK_RE = re.compile(
    r"(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?P<head>break|holidays?|recess|half[\s-]?term|vacation"
    r"|closure|shutdown|shut-?down)\b")
# where the text dates the break: "..., which begin(s) on", "starting", "begins", "runs from",
# "is from", "falls on", "from"
_DATED_RE = (r"[^.;!?]{0,40}?\b(?:begins?|starts?|starting|beginning|commences?|commencing"
             r"|runs?\s+from|(?:is|are)\s+(?:from|on)|falls?\s+on|from)\s+(?:on\s+)?")
_LOOKBACK = 200


def _day_at(lower: str, at: int, *, ref: date, country: str | None,
            subdivision: str | None) -> date | None:
    """The date told at ``at`` ("Monday 5 April", "March 18"), or None."""
    day = scan.match_date(lower, at)  # "Monday 5 April": the date
    named = None if day is None else resolve(day, ref, country=country, subdivision=subdivision)
    return named.earliest or named.latest if named is not None and named.specificity >= 3 else None


def _named_before(lower: str, at: int, *, ref: date, country: str | None,
                  subdivision: str | None) -> date | None:
    """The last date told in the characters before ``at``."""
    found: date | None = None
    for earlier in scan.finditer(lower, max(0, at - _LOOKBACK), at):
        named = resolve(earlier, ref, country=country, subdivision=subdivision)
        if named is not None and named.specificity >= 4:
            found = named.earliest or named.latest
    return found


def _break_dated(lower: str, head: str, *, ref: date, country: str | None,
                 subdivision: str | None) -> date | None:
    """The first day of the break whose name ends in ``head``, where the text dates it."""
    for told in re.finditer(r"\b" + re.escape(head) + r"\b" + _DATED_RE, lower):
        day = _day_at(lower, told.end(), ref=ref, country=country, subdivision=subdivision)
        if day is not None:
            return day
    return None


def weekday_before(lower: str, offset: int, match: re.Match[str], *, ref: date,
                   country: str | None, subdivision: str | None) -> Span | None:
    """The day a plain weekday (``match``, found at ``offset`` of ``lower``) names when "before"
    follows it and points at a day the text or the calendar gives; None otherwise."""
    if kind_of(match) != "wday" or match.group("wday_mod"):
        return None
    before = _BEFORE_RE.match(lower, offset + match.end())
    if before is None:
        return None
    start: date | None = None
    if _BACK_RE.match(lower, before.end()):
        start = _named_before(lower, offset + match.start(), ref=ref, country=country,
                              subdivision=subdivision)
    elif (named := _BREAK_RE.match(lower, before.end())) is not None:
        start = _break_dated(lower, named.group("head"), ref=ref, country=country,
                             subdivision=subdivision)
    if start is None:  # the calendar's holiday: "before Labor Day" is the day before it
        holiday = scan.match(lower, before.start() + 1)
        if holiday is None or kind_of(holiday) != "named":
            return None
        told = resolve(holiday, ref, country=country, subdivision=subdivision)
        if told is None:
            return None
        start = told.latest + timedelta(days=1)
    weekday = weekday_of(match.group("wday_a") or match.group("wday_b"))
    day = start - timedelta(days=1)
    day -= timedelta(days=(day.weekday() - weekday) % 7)
    return None if day < ref else Span(earliest=None, latest=day, specificity=4)
