"""A duration counted from someone's first day, which the text dates (round 18, English).

Owns ``first_day_anchor``: "The new director starts on Monday, October 7, and we'll make the hire
within two weeks of her first day", "the town manager takes up the post on 2 February and will
decide within ten days of starting": a duration told "of / after her first day", "of starting",
"of joining", "of her start date" counts from the day the text gives after "starts (on)", "joins
(us) on", "takes up the post on", "arrives on" before it (that day itself is a start date, no
promise: ``cues`` vetoes it). When the text gives no such day the duration has no day to count
from, and the promise is none ("within two weeks of her first day" alone), as with any other
step a text never dates (``context``).

Round 20 ("tl20e") adds ``start_counted_back``: a duration told "before the start date", "before
the start", "before they start" counts back from that same start day ("We'd like the new hire to
start on Monday 1 October, and we'll confirm who it is two weeks before the start date").

Found by the sentence's structure (a first day pointed back at, a start verb dated before it), not
by who starts: a manager, a director, a coordinator back from leave.
"""

from __future__ import annotations

import re
from datetime import date

from interview_sync.core.timeline import scan
from interview_sync.core.timeline.dates import resolve

__all__ = ["first_day_anchor", "start_counted_back"]

_WHOSE = r"(?:her|his|their|my|our|the\s+new\s+[\w-]+(?:'s)?|the)\s+"
# "of her first day", "after starting", "of joining us", "from his start date", "of her arrival"
_FIRST_DAY_RE = re.compile(
    r"\s+(?:of|after|from|following)\s+(?:" + _WHOSE + r"(?:first\s+day(?:\s+(?:at\s+work|in\s+"
    r"(?:the\s+)?(?:post|role|job|office)))?|start(?:ing)?\s+date|start|arrival)"
    r"|(?:her|him|them|me)?\s*(?:starting|joining|arriving)(?:\s+(?:us|work))?)\b")
# "starts on Monday, October 7", "joins us on 2 February", "takes up the post on", "arrives on";
# the day follows at once (the scan reads it there)
_STARTS_ON_RE = re.compile(
    r"\b(?:starts?|starting|begins?|beginning|joins?(?:\s+us)?|arrives?|takes\s+up\s+(?:the\s+|her\s+"
    r"|his\s+|their\s+)?(?:post|role|position|job))(?:\s+work)?\s+(?:on\s+)?")
_LOOKBACK = 240  # characters before the duration where the start and its day are told


def first_day_anchor(lower: str, at: int, end: int, *, ref: date, country: str | None,
                     subdivision: str | None, pointed: bool = False) -> date | bool | None:
    """The day a duration (``lower[at:end]``) is counted from when the words after it point at
    someone's first day: that day as the text gives it; False when they point at one the text
    never dates (no promise); None when they do not point at a first day at all."""
    if not pointed and _FIRST_DAY_RE.match(lower, end) is None:
        return None
    found: date | None = None
    for start in _STARTS_ON_RE.finditer(lower, max(0, at - _LOOKBACK), at):
        day = scan.match_date(lower, start.end())  # "Monday, October 7": the date
        named = None if day is None else resolve(day, ref, country=country,
                                                 subdivision=subdivision)
        if named is not None and named.specificity >= 3:
            found = named.latest  # the last start told before the duration
    return found if found is not None else False


# round 20 ("tl20e"): what "before" points at when it is the start ("before the start date",
# "before her start", "before they start", "before the first day")
_START_POINTED_RE = re.compile(
    r"\s*(?:" + _WHOSE + r"(?:start(?:ing)?\s+date|start|first\s+day)|(?:they|he|she|you|we"
    r"|the\s+new\s+[\w-]+)\s+(?:starts?|begins?|joins?))\b")


def start_counted_back(lower: str, at: int, after: int, *, ref: date, country: str | None,
                       subdivision: str | None) -> date | None:
    """The start day a duration before "before" (``lower[at:]``, the words after "before" at
    ``after``) is counted back from, when those words point at the start and the text dates it
    before the duration; else None."""
    if _START_POINTED_RE.match(lower, after) is None:
        return None
    found = first_day_anchor(lower, at, at, ref=ref, country=country, subdivision=subdivision,
                             pointed=True)
    return found if isinstance(found, date) else None
