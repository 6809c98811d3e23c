"""One day counted from a holiday by the words told in front of "after <holiday>" (round 16).

Owns ``day_after_a_holiday``: "the day after the June bank holiday", "the first working day
after Diwali", "the second business day after the Truth and Reconciliation holiday", "the
Wednesday after Easter" name one day, not the rest of the holiday's week that a bare "after
<holiday>" names (``holiday_anchors``). ``extract`` reads the promise so, and
``named_days.last_day_named`` reads the day so when a later word points back at it ("the panel
meets the day after the Ekka holiday and will ring everyone that afternoon", "... on the
Wednesday after Easter and will email you two days later"): a day an event or a holiday names
is an anchor like a date. The break's last day is ``named_days``' (the holiday itself, not the
weekend after it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from interview_sync.core.timeline.businessdays import add_business_days
from interview_sync.core.timeline.grammar import weekday_of
from interview_sync.core.timeline.span import Span, next_weekday

__all__ = ["day_after_a_holiday"]

# The words right before "after <holiday>": "the day", "the first / next / second working day",
# "the Wednesday", "on Tuesday"
_ORDINALS = {"first": 1, "next": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_DAY_BEFORE_RE = re.compile(
    r"(?:\bthe\s+)?(?:(?P<ord>first|next|second|third|fourth|fifth)\s+(?:full\s+)?"
    r"(?:working|business)\s+day|(?<!\w)(?P<day>day)|(?P<wday>monday|tuesday|wednesday|thursday"
    r"|friday))\s+\Z")
_BEFORE = 48  # characters before "after <holiday>" where those words stand


def day_after_a_holiday(lower: str, at: int, last_off: date, *, country: str | None,
                        subdivision: str | None) -> Span | None:
    """The one day the words before ``at`` (where "after <holiday>" starts) count from the
    holiday's last day ``last_off``, or None when they name none."""
    words = _DAY_BEFORE_RE.search(lower, max(0, at - _BEFORE), at)
    if words is None:
        return None
    if words.group("day"):
        return Span(earliest=None, latest=last_off + timedelta(days=1), specificity=3)
    if words.group("ord"):
        n = _ORDINALS[words.group("ord")]
        return Span(earliest=None, specificity=3, latest=add_business_days(
            last_off, n, country=country, subdivision=subdivision))
    return Span(earliest=None, latest=next_weekday(last_off, weekday_of(words.group("wday"))),
                specificity=3)

