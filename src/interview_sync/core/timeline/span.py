"""The answer a time expression resolves to, and the calendar arithmetic all resolvers share.

Owns ``Span`` (earliest day, latest day, how specific the words were), ``Resolver`` (the shape of
every resolver: match, reference day, kind, country, subdivision → ``Span`` or None) and the
small date helpers: month lengths and month steps, the Friday of a week, next week's Monday, a
yearless date rolled forward, and a weekday seen from a day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from interview_sync.core.timeline.grammar import weekday_of

__all__ = ["PAST_GRACE", "Resolver", "Span", "add_months", "dated", "friday_of", "last_day",
           "monday_next_week", "next_weekday", "weekday_span", "year_of"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """What one time expression means: a window of days and how specific the words were."""

    earliest: date | None
    latest: date
    specificity: int


PAST_GRACE = timedelta(days=62)  # a yearless date this far back is a past reference, not next year


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, last_day(year, month)))


def friday_of(day: date) -> date:
    return day + timedelta(days=4 - day.weekday())


def next_weekday(day: date, weekday: int) -> date:
    """The first ``weekday`` (Monday 0) after ``day``, a week on when ``day`` is one."""
    return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)


def monday_next_week(day: date) -> date:
    return day + timedelta(days=7 - day.weekday())


def dated(ref: date, year: int | None, month: int, day: int) -> date | None:
    """A calendar date; a yearless one rolls to next year when well in the past (or when it only
    exists next year: February 29)."""
    if not 1 <= month <= 12 or day < 1:
        return None
    if year is not None:
        if day > last_day(year, month) or date(year, month, day) < ref:
            return None  # impossible, or a past reference ("we met on 2026-06-02")
        return date(year, month, day)
    for y in (ref.year, ref.year + 1):
        if day > last_day(y, month):
            continue
        result = date(y, month, day)
        if result >= ref:
            return result
        if ref - result <= PAST_GRACE:
            return None  # a past reference ("we met on June 2"), not a promise
    return None


def year_of(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


Resolver = Callable[[re.Match[str], date, str, str | None, str | None], Span | None]


def weekday_span(ref: date, modifier: str | None, first: str, second: str | None) -> Span:
    mod = " ".join((modifier or "").split())

    def on(word: str) -> date:
        target = weekday_of(word)
        if mod in {"next", "the following"}:
            return monday_next_week(ref) + timedelta(days=target)
        ahead = (target - ref.weekday()) % 7
        if ahead == 0 and not mod.startswith("this"):
            ahead = 7  # "by Monday" said on a Monday means next Monday
        return ref + timedelta(days=ahead)

    a = on(first)
    if second is None:
        return Span(earliest=None, latest=a, specificity=3)
    b = on(second)
    if b < a:
        b += timedelta(days=7)
    return Span(earliest=a, latest=b, specificity=3)
