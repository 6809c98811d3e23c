"""A day counted within a month: "the second Tuesday of next month", "the first Monday of
May", "the last Friday of the month", "the 20th of the following month" (round 16).

Owns ``nth_weekday_of_month``, ``day_of_next_month`` and (round 19) ``working_day_of_month``
("the last working day of the month", "the first business day of next month"). Committees
and boards meet on such days, and promises are counted from them ("the committee meets on the
first Tuesday of next month, and we'll let you know the day after"); read alone, the weekday
would be the coming one and "the following month" its whole month. ``extract`` reads the promise so,
and ``named_days.last_day_named`` the day a later word points back at. English words; the
month is this year's or, once past, next year's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from interview_sync.core.timeline.businessdays import is_business_day
from interview_sync.core.timeline.grammar import weekday_of
from interview_sync.core.timeline.span import Span

__all__ = ["day_of_next_month", "nth_weekday_of_month", "working_day_of_month"]

_ORDINAL_BEFORE_RE = re.compile(
    r"(?:\bthe\s+)?\b(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|last)\s+\Z")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_OF_MONTH_RE = re.compile(
    r"\s+of\s+(?:(?P<rel>next|this|the\s+following|the)\s+month\b|(?:each|every)\s+month\b"
    r"|(?P<month>" + "|".join(_MONTHS) + r")\b)")
_NTH = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
        "4th": 3, "last": -1}


def nth_weekday_of_month(lower: str, start: int, end: int, weekday_name: str,
                         ref: date) -> Span | None:
    """The day "the <nth> <weekday> of <month>" names when the weekday at ``start:end`` is told
    so, else None. "Of each month" is the next such day from ``ref``."""
    if not lower.startswith(" of ", end):  # the cheap test first: most weekdays stop here
        return None
    nth = _ORDINAL_BEFORE_RE.search(lower, max(0, start - 16), start)
    month = None if nth is None else _OF_MONTH_RE.match(lower, end)
    if nth is None or month is None:
        return None
    weekday = weekday_of(weekday_name)
    n = _NTH[nth.group("nth")]
    if month.group("month"):
        first = date(ref.year, _MONTHS.index(month.group("month")) + 1, 1)
        day = _nth_in(first, weekday, n)
        if day < ref:
            day = _nth_in(first.replace(year=ref.year + 1), weekday, n)
    elif " ".join((month.group("rel") or "").split()) in ("next", "the following"):
        day = _nth_in(_next_month(ref), weekday, n)
    else:  # "this month", "the month", "each month": this month's, else next month's
        day = _nth_in(ref.replace(day=1), weekday, n)
        if day <= ref:
            day = _nth_in(_next_month(ref), weekday, n)
    return Span(earliest=None, latest=day, specificity=4)


# "by the 20th of the following month": the day told before "next / the following month"
_DAY_OF_BEFORE_RE = re.compile(r"\bthe\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+\Z")


def day_of_next_month(lower: str, start: int, ref: date) -> Span | None:
    """The day of next month told right before the "next month" expression at ``start`` ("the
    20th of the following month"), else None; a day past the month's end is its last day."""
    told = _DAY_OF_BEFORE_RE.search(lower, max(0, start - 16), start)
    if told is None:
        return None
    first = _next_month(ref)
    last = _next_month(first) - timedelta(days=1)
    day = min(int(told.group("day")), last.day)
    return Span(earliest=None, latest=first.replace(day=day), specificity=4)


# "by the last working day of the month", "on the first business day of next month" (round 19):
# read alone, "the month" would be its whole window
_WORKING_DAY_OF_BEFORE_RE = re.compile(
    r"\bthe\s+(?P<which>first|last)\s+(?:working|business|work)\s+day\s+of\s+\Z")


def working_day_of_month(lower: str, start: int, span: Span, *, country: str | None,
                         subdivision: str | None) -> Span | None:
    """The first or last working day of the month ``span`` (a "next / this / the month"
    expression at ``start``) covers, when told right before it, else None."""
    told = _WORKING_DAY_OF_BEFORE_RE.search(lower, max(0, start - 32), start)
    if told is None:
        return None
    first = span.latest.replace(day=1)
    if told.group("which") == "first":
        day, step = first, timedelta(days=1)
    else:
        day, step = _next_month(first) - timedelta(days=1), timedelta(days=-1)
    for _ in range(10):  # a month never opens or closes with ten days off
        if is_business_day(day, country=country, subdivision=subdivision):
            break
        day += step
    return Span(earliest=None, latest=day, specificity=4)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _nth_in(first: date, weekday: int, n: int) -> date:
    """The n-th (0-based; -1 the last) ``weekday`` of the month that starts on ``first``."""
    if n < 0:
        last = _next_month(first) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * n)
