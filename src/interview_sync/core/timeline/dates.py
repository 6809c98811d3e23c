"""What date each time expression means, seen from a reference day.

Owns: ``Span`` (earliest day, latest day, specificity) and ``resolve``, which turns one
``timeline_grammar.TIME_RE`` match into a ``Span``, plus the calendar arithmetic it needs (month
windows, named holidays, year roll-over). Which matches count as a *promise* is ``timeline``'s
business, not this module's.

Conventions (each checked by tests/data/timeline_cases.jsonl):

* ranges take the later bound ("2-3 weeks" → 21 days; "Monday or Tuesday" → Tuesday);
* days and weeks are calendar days ("in 10 days" → +10); business/working days skip weekends and
  the country's public holidays; hours round up to whole days; months keep the day of month;
* a bare weekday is the next one strictly after the reference ("by Monday" said on a Monday means
  a week later); "next Friday" is the Friday of next week; "this Friday" may be today;
* windows: "this week"/EOW → that Friday; "next week" → Friday of next week (earliest Monday);
  "early next week" → Mon–Tue; "mid next week" → Wednesday; "early/mid/late <month>" → the 1st–7th,
  11th–15th, 21st–last; "first week of <month>" → 1st–7th;
* an explicit date without a year that is before the reference rolls to next year, unless it is
  less than ~2 months back (then it is a past reference and dropped); "8/1" is August 1 in the
  US (and with no country) but 8 January for any other ``country``;
* "after the holidays / Christmas / Thanksgiving / the Easter weekend / the holiday" (and "until /
  in the new year", within 120 days of it): the break
  runs from that holiday through any holidays within a week of it (Christmas, Boxing Day and New
  Year are one break; the country's calendar when given), and the answer is due from its first
  business day through the third (Christmas 2026 → Jan 4–6 2027);
* "before the holiday / the long weekend": the last business day before the country's next
  public holiday; "before the 4th of July" is July 3; "same day or next" is tomorrow;
* "that week", "the week after", "the Monday after" and "when we reopen" name nothing by
  themselves (None here): ``timeline`` resolves them from the day named before them;
* German, French and Spanish month names and month parts ("Anfang April", "mi-décembre",
  "a finales de mes") mean what their English words do.

Specificity (higher wins when a text holds several promises): 4 explicit date, 3 named day
(weekday, today, tomorrow), 2 relative duration or named window, 1 bare EOD/COB/"by 5pm".
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter

from interview_sync.core.timeline.businessdays import (
    add_business_days,
    holidays_in,
    is_business_day,
)
from interview_sync.core.timeline.grammar import kind_of, month_of, number_of, weekday_of

__all__ = ["Span", "resolve"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """What one time expression means: a window of days and how specific the words were."""

    earliest: date | None
    latest: date
    specificity: int


# Days after next Monday that "early/mid/late/-" next week span (Monday = 0).
_NEXT_WEEK_WINDOWS = {"nwearly": (0, 1), "nwmid": (1, 2), "nwlate": (3, 4), "nweek": (0, 4)}
_PAST_GRACE = timedelta(days=62)  # a yearless date this far back is a past reference, not next year



def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, _last_day(year, month)))


def _friday_of(day: date) -> date:
    return day + timedelta(days=4 - day.weekday())


def _monday_next_week(day: date) -> date:
    return day + timedelta(days=7 - day.weekday())


def _dated(ref: date, year: int | None, month: int, day: int) -> date | None:
    """A calendar date; a yearless one rolls to next year when well in the past (or when it only
    exists next year: February 29)."""
    if not 1 <= month <= 12 or day < 1:
        return None
    if year is not None:
        if day > _last_day(year, month) or date(year, month, day) < ref:
            return None  # impossible, or a past reference ("we met on 2026-06-02")
        return date(year, month, day)
    for y in (ref.year, ref.year + 1):
        if day > _last_day(y, month):
            continue
        result = date(y, month, day)
        if result >= ref:
            return result
        if ref - result <= _PAST_GRACE:
            return None  # a past reference ("we met on June 2"), not a promise
    return None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _month_window(ref: date, part: str, month: int, year: int) -> tuple[date, date]:
    last = _last_day(year, month)
    part = " ".join(part.replace("-", " ").split()).removeprefix("the ").removeprefix("very ")
    part = _FOREIGN_PARTS.get(part.removeprefix("a "), part)
    if part.startswith(("early to mid", "mid to late")):
        lo, hi = (1, 15) if part.startswith("early") else (11, last)
    elif part.startswith(("early", "beginning", "start", "first week")):
        lo, hi = 1, 7
    elif part.startswith("second week"):
        lo, hi = 8, 14
    elif part.startswith("third week"):
        lo, hi = 15, 21
    elif part.startswith("first half"):
        lo, hi = 1, 15
    elif part.startswith(("mid", "middle")):
        lo, hi = 11, 15
    elif part.startswith(("late", "second half", "last week")):
        lo, hi = max(1, last - 10) if part.startswith("late") else 16, last
        if part.startswith("last week"):
            lo = last - 6
    else:  # "end of", bare month
        lo, hi = (last - 6, last) if part.startswith("end") else (1, last)
    return date(year, month, lo), date(year, month, hi)


# German, French and Spanish words for the parts of a month, in the English the rules read.
_FOREIGN_PARTS = {
    "anfang": "early", "début": "early", "debut": "early", "principios de": "early",
    "mitte": "mid", "mi": "mid", "mediados de": "mid", "ende": "end of", "fin": "end of",
    "finales de": "end of",
}
# Countries that write 3/4 as March 4; everyone else reads it as 3 April.
_MONTH_FIRST = frozenset({"US", "CA", "PH", "FM", "MH", "PW", "GU", "PR", "AS", "VI", "MP", "UM"})


def _month_span(ref: date, part: str, month: int) -> tuple[date, date] | None:
    year = ref.year
    lo, hi = _month_window(ref, part, month, year)
    if hi < ref:
        if month == ref.month or ref - hi <= _PAST_GRACE:
            return None
        lo, hi = _month_window(ref, part, month, year + 1)
    return lo, hi


def _duration(ref: date, m: re.Match[str], country: str | None,
              subdivision: str | None) -> date | None:
    n = max(number_of(m.group("dur_n1")), number_of(m.group("dur_n2")))
    if m.group("dur_half"):
        n += 0.5
    tail = m.group("dur_or")
    if tail and "so" not in tail:
        n = max(n, number_of(tail.split()[-1]))
    if n <= 0 or n > 400:
        return None
    unit = m.group("dur_u").replace(" ", "").replace("-", "")
    if unit.endswith(("hour", "hours")) and unit.startswith(("business", "working")):
        return add_business_days(ref, math.ceil(n / 24), country=country, subdivision=subdivision)
    if m.group("dur_bd") or unit.startswith((
            "business", "working", "work", "biz", "bday", "weekday", "werk", "arbeits")) or any(
            w in unit for w in ("ouvr", "bil", "labor")):
        return add_business_days(ref, math.ceil(n), country=country, subdivision=subdivision)
    if unit.startswith(("h", "stund")):
        return ref + timedelta(days=math.ceil(n / 24))
    if unit.startswith("f"):
        return ref + timedelta(days=math.ceil(14 * n))
    if unit.startswith(("w", "sem")):
        return ref + timedelta(days=math.ceil(7 * n))
    if unit.startswith("m"):
        whole = math.floor(n)
        extra = round((n - whole) * 30)
        return _add_months(ref, whole) + timedelta(days=extra)
    return ref + timedelta(days=math.ceil(n))


_Resolver = Callable[[re.Match[str], date, str, str | None, str | None], Span | None]


def resolve(m: re.Match[str], ref: date, *, country: str | None = None,
            subdivision: str | None = None) -> Span | None:
    """The days the time expression ``m`` names, seen from ``ref``; None if it names none."""
    kind = kind_of(m)
    resolver = _RESOLVERS.get(kind)
    return resolver(m, ref, kind, country, subdivision) if resolver else None


# One resolver a kind of expression (the kinds are ``grammar.TIME_RE``'s named alternatives).
# Each takes the match, the reference day, the kind, and the country and subdivision whose
# business days count.
def _iso(m: re.Match[str], ref: date, kind: str, country: str | None,
         subdivision: str | None) -> Span | None:
    g = m.group
    day = _dated(ref, int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    return Span(earliest=None, latest=day, specificity=4) if day else None


def _month_day(m: re.Match[str], ref: date, kind: str, country: str | None,
               subdivision: str | None) -> Span | None:
    g = m.group
    month, d = month_of(g(f"{kind}_m")), int(g(f"{kind}_d"))
    day = _dated(ref, _year(g(f"{kind}_y")), month, d)
    if day is None:
        return None
    earliest = None
    if kind == "mdy" and g("mdy_d2") and int(g("mdy_d2")) > d:
        end = _dated(day, day.year, month, int(g("mdy_d2")))
        if end is not None:
            earliest, day = day, end
    if g(f"{kind}_wk"):
        earliest, day = day, max(day, _friday_of(day))
    return Span(earliest=earliest, latest=day, specificity=4)


def _dot(m: re.Match[str], ref: date, kind: str, country: str | None,
         subdivision: str | None) -> Span | None:
    g = m.group
    day = _dated(ref, _year(g("dot_y")), int(g("dot_m")), int(g("dot_d")))
    return Span(earliest=None, latest=day, specificity=4) if day else None


def _hafter(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    return _after_holiday(ref, m, country, subdivision)


def _named(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    g = m.group
    return _named_day_span(ref, g("named_w"), g("named_h"))


def _hbefore(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    return _before_holiday(ref, country, subdivision)


def _dewoche(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    g = m.group
    window = _month_span(ref, "first week of", month_of(g("dewoche_m")))
    return Span(earliest=window[0], latest=window[1], specificity=2) if window else None


def _unanchored(m: re.Match[str], ref: date, kind: str, country: str | None,
                subdivision: str | None) -> Span | None:
    return None  # meaningful only from a day named before it: ``timeline`` resolves it


def _sameday(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    g = m.group
    return Span(earliest=ref, latest=ref + timedelta(days=1 if g("sameday_next") else 0),
                specificity=3)


def _xmasweek(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    if ref.month < 11:  # "between Christmas and New Year" said in spring is no promise
        return None
    return Span(earliest=max(ref, date(ref.year, 12, 27)), latest=date(ref.year, 12, 31),
                specificity=2)


def _monthfirst(m: re.Match[str], ref: date, kind: str, country: str | None,
                subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=_add_months(ref.replace(day=1), 1), specificity=3)


def _xmas(m: re.Match[str], ref: date, kind: str, country: str | None,
          subdivision: str | None) -> Span | None:
    if ref.month < 11:
        return None  # "before the holidays" in June is not about Christmas
    return Span(earliest=None, latest=date(ref.year, 12, 24), specificity=2) if (
        ref <= date(ref.year, 12, 24)) else None


def _newyear(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    if ref.month < 11:
        return None
    first = date(ref.year + 1, 1, 1)
    return Span(earliest=first, latest=first + timedelta(days=9), specificity=2)


def _num(m: re.Match[str], ref: date, kind: str, country: str | None,
         subdivision: str | None) -> Span | None:
    g = m.group
    a, b = int(g("num_a")), int(g("num_b"))
    day_first = bool(country) and str(country).strip().upper() not in _MONTH_FIRST
    month, d = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
    day = _dated(ref, _year(g("num_y")), month, d)
    return Span(earliest=None, latest=day, specificity=4) if day else None


def _nth(m: re.Match[str], ref: date, kind: str, country: str | None,
         subdivision: str | None) -> Span | None:
    g = m.group
    d = int(g("nth_d"))
    if not 1 <= d <= 31:
        return None
    first = ref.replace(day=1) if d >= ref.day else _add_months(ref.replace(day=1), 1)
    if d > _last_day(first.year, first.month):
        return None
    return Span(earliest=None, latest=first.replace(day=d), specificity=4)


def _mpart(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    g = m.group
    window = _month_span(ref, g("mpart_p"), month_of(g("mpart_m")))
    return Span(earliest=window[0], latest=window[1], specificity=2) if window else None


def _mbare(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    g = m.group
    window = _month_span(ref, "", month_of(g("mbare_m")))
    if window is None:
        return None
    if m.group(0).startswith(("by", "before", "until")):
        return Span(earliest=None, latest=window[0], specificity=2)
    return Span(earliest=window[0], latest=window[1], specificity=2)


def _nmonth(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    g = m.group
    which = g("nmonth_w").split()[-1]
    base = ref.replace(day=1)
    if which in {"next", "following"}:
        base = _add_months(base, 1)
    lo, hi = _month_window(ref, g("nmonth_p") or "", base.month, base.year)
    if g("nmonth_p") is None and which in {"this", "the"}:
        lo = ref
    return Span(earliest=max(lo, ref), latest=max(hi, ref), specificity=2)


def _monthend(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref.replace(day=_last_day(ref.year, ref.month)),
                specificity=2)


def _quarter(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    g = m.group
    quarter = int(g("quarter_n")) if g("quarter_n") else (ref.month - 1) // 3 + 1
    year = ref.year if quarter >= (ref.month - 1) // 3 + 1 else ref.year + 1
    end = date(year, quarter * 3, _last_day(year, quarter * 3))
    return Span(earliest=None, latest=end, specificity=2)


def _yearend(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=date(ref.year, 12, 31), specificity=2)


def _wafter(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    monday = _monday_next_week(ref) + timedelta(days=7)
    return Span(earliest=monday, latest=monday + timedelta(days=4), specificity=2)


def _next_week_window(m: re.Match[str], ref: date, kind: str, country: str | None,
                      subdivision: str | None) -> Span | None:
    monday = _monday_next_week(ref)
    lo_day, hi_day = _NEXT_WEEK_WINDOWS[kind]
    return Span(earliest=monday + timedelta(days=lo_day),
                latest=monday + timedelta(days=hi_day), specificity=2)


def _inweek(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    g = m.group
    unit = g("inweek_u")
    n = 2 if g("inweek_or") and "so" not in g("inweek_or") else 1
    days = {"day": 1, "week": 7, "fortnight": 14, "month": 0}[unit] * n
    within = _add_months(ref, n) if unit == "month" else ref + timedelta(days=days)
    return Span(earliest=None, latest=within, specificity=2)


def _tweek(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    friday = _friday_of(ref) if ref.weekday() < 5 else _friday_of(_monday_next_week(ref))
    return Span(earliest=None, latest=friday, specificity=2)


def _aweekend(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=_monday_next_week(ref), specificity=2)


def _coming(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    days = 21 if any(w in m.group(0) for w in ("week", "woch", "semain", "seman")) else 5
    return Span(earliest=None, latest=ref + timedelta(days=days), specificity=1)


def _dur(m: re.Match[str], ref: date, kind: str, country: str | None,
         subdivision: str | None) -> Span | None:
    g = m.group
    anchor, specificity = ref, 2
    if g("dur_from"):  # "two weeks from Friday": count from that day
        word = g("dur_from").split()[-1]
        if word == "tomorrow":
            anchor = ref + timedelta(days=1)
        elif word not in {"today", "now"}:
            modifier = "next" if "next" in g("dur_from") else None
            anchor, specificity = _weekday_span(ref, modifier, word, None).latest, 3
    after = _duration(anchor, m, country, subdivision)
    return Span(earliest=None, latest=after, specificity=specificity) if after else None


def _weekend(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    sunday = ref + timedelta(days=6 - ref.weekday())
    return Span(earliest=sunday - timedelta(days=1), latest=sunday, specificity=2)


def _fortnight(m: re.Match[str], ref: date, kind: str, country: str | None,
               subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref + timedelta(days=14), specificity=2)


def _dayafter(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref + timedelta(days=2), specificity=3)


def _tomorrow(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref + timedelta(days=1), specificity=3)


def _today(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref, specificity=3)


def _wday(m: re.Match[str], ref: date, kind: str, country: str | None,
          subdivision: str | None) -> Span | None:
    g = m.group
    modifier = "next" if g("wday_nw") else g("wday_mod")
    if g("wday_after") and g("wday_after").endswith("next"):  # "the Monday after next"
        day = _monday_next_week(ref) + timedelta(days=7 + weekday_of(g("wday_a")))
        return Span(earliest=None, latest=day, specificity=3)
    return _weekday_span(ref, modifier, g("wday_a"), g("wday_b"))


def _end_of_day(m: re.Match[str], ref: date, kind: str, country: str | None,
                subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref, specificity=1)


def _calendar_week(m: re.Match[str], ref: date, kind: str, country: str | None,
                   subdivision: str | None) -> Span | None:
    """ "KW 13": ISO week 13, Monday to Friday, of this year (or the next once it is past)."""
    week = int(m.group("kw_n"))
    for year in (ref.year, ref.year + 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            return None
        if monday + timedelta(days=4) >= ref:
            return Span(earliest=monday, latest=monday + timedelta(days=4), specificity=2)
    return None


def _huitaine(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    """ "sous huitaine": within a week; "sous quinzaine": within two."""
    days = 7 if m.group("huitaine_n") == "huitaine" else 14
    return Span(earliest=None, latest=ref + timedelta(days=days), specificity=2)


_RESOLVERS: dict[str, _Resolver] = {
    "huitaine": _huitaine,
    "kw": _calendar_week,
    "iso": _iso,
    "mdy": _month_day,
    "dmy": _month_day,
    "dot": _dot,
    "hafter": _hafter,
    "named": _named,
    "hbefore": _hbefore,
    "dewoche": _dewoche,
    "weekafter": _unanchored,
    "thatweek": _unanchored,
    "backref": _unanchored,
    "sameday": _sameday,
    "xmasweek": _xmasweek,
    "monthfirst": _monthfirst,
    "xmas": _xmas,
    "newyear": _newyear,
    "num": _num,
    "nth": _nth,
    "mpart": _mpart,
    "mbare": _mbare,
    "nmonth": _nmonth,
    "monthend": _monthend,
    "quarter": _quarter,
    "yearend": _yearend,
    "wafter": _wafter,
    "nwearly": _next_week_window,
    "nwmid": _next_week_window,
    "nwlate": _next_week_window,
    "nweek": _next_week_window,
    "inweek": _inweek,
    "tweek": _tweek,
    "aweekend": _aweekend,
    "coming": _coming,
    "dur": _dur,
    "weekend": _weekend,
    "fortnight": _fortnight,
    "dayafter": _dayafter,
    "tomorrow": _tomorrow,
    "today": _today,
    "wday": _wday,
    "eod": _end_of_day,
    "clock": _end_of_day,
}


def _weekday_span(ref: date, modifier: str | None, first: str, second: str | None) -> Span:
    mod = " ".join((modifier or "").split())

    def on(word: str) -> date:
        target = weekday_of(word)
        if mod in {"next", "the following"}:
            return _monday_next_week(ref) + timedelta(days=target)
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


def _nth_monday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(0 - first.weekday()) % 7 + 7 * (n - 1))


def _named_day(year: int, name: str) -> date:
    if name.startswith("halloween"):
        return date(year, 10, 31)
    if name.startswith("thanksgiving"):  # US: the fourth Thursday of November
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name.startswith(("labor", "labour")):  # US: the first Monday of September
        first = date(year, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)
    if name.startswith("memorial"):  # US: the last Monday of May
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())
    if name.startswith(("independence", "fourth", "4th", "july")):
        return date(year, 7, 4)
    if name.startswith("veterans"):
        return date(year, 11, 11)
    if name.startswith("juneteenth"):
        return date(year, 6, 19)
    if name.startswith(("columbus", "indigenous")):  # US: the second Monday of October
        return _nth_monday(year, 10, 2)
    if name.startswith(("mlk", "martin")):  # US: the third Monday of January
        return _nth_monday(year, 1, 3)
    if name.startswith("presidents"):  # US: the third Monday of February
        return _nth_monday(year, 2, 3)
    if name.startswith("easter"):  # the break starts on Good Friday
        return easter(year) - timedelta(days=2)
    return date(year, 12, 31)  # new year's (eve): the promise means before the year turns


def _named_day_span(ref: date, word: str, name: str) -> Span | None:
    name = " ".join(name.split())
    day = _named_day(ref.year, name)
    if day < ref:
        day = _named_day(ref.year + 1, name)
    if word.startswith(("before", "ahead", "prior")):  # the working day before it
        day -= timedelta(days=1)
        while day.weekday() >= 5 and day > ref:
            day -= timedelta(days=1)
    elif word == "after":
        day += timedelta(days=4 if name.startswith("thanksgiving") else 1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
    return Span(earliest=None, latest=max(day, ref), specificity=3)


def _after_holiday(ref: date, m: re.Match[str], country: str | None,
                   subdivision: str | None) -> Span | None:
    """ "after the holidays / Christmas / Thanksgiving / the Easter weekend": the first business
    days after that holiday and any holidays that follow within a week of it (Christmas, Boxing
    Day and New Year are one break), through the third business day after the break."""
    named = " ".join((m.group("hafter_n") or "").split())
    season = bool(m.group("hafter_g"))
    if named.startswith(("christmas", "xmas")) or (season and ref.month in (11, 12)):
        start = date(ref.year, 12, 25)
    elif named.startswith("new year"):
        start = date(ref.year + 1, 1, 1) if ref.month > 1 or ref.day > 1 else ref
    elif named.startswith("easter"):
        start = easter(ref.year) + timedelta(days=1)
        if start < ref:
            start = easter(ref.year + 1) + timedelta(days=1)
    elif named:
        name = "independence" if "july" in named else named
        start = _named_day(ref.year, name)
        if start < ref:
            start = _named_day(ref.year + 1, name)
    else:  # "the holiday", "the long weekend": the country's next public holiday
        found = _next_holiday(ref, country, subdivision)
        if found is None:
            return None
        start = found
    if start < ref or start - ref > timedelta(days=120):
        return None
    breaks = _break_days(start, country, subdivision)
    end = start
    for _ in range(10):
        later = [d for d in breaks if end < d <= end + timedelta(days=8)]
        if not later:
            break
        end = max(later)
    first = end + timedelta(days=1)
    while not is_business_day(first, country=country, subdivision=subdivision) or first in breaks:
        first += timedelta(days=1)
    last = add_business_days(first, 2, country=country, subdivision=subdivision)
    return Span(earliest=first, latest=last, specificity=2)


def _break_days(start: date, country: str | None, subdivision: str | None) -> frozenset[date]:
    fixed = {date(start.year, 12, 25), date(start.year, 12, 26), date(start.year + 1, 1, 1)}
    return (frozenset(fixed) | holidays_in(country, subdivision, start.year)
            | holidays_in(country, subdivision, start.year + 1))


def _before_holiday(ref: date, country: str | None, subdivision: str | None) -> Span | None:
    """ "Before the holiday / the long weekend": the last business day before the country's next
    public holiday (the Wednesday before Thanksgiving, the Friday before Memorial Day)."""
    found = _next_holiday(ref, country, subdivision)
    if found is None:
        return None
    day = found - timedelta(days=1)
    while day > ref and not is_business_day(day, country=country, subdivision=subdivision):
        day -= timedelta(days=1)
    return Span(earliest=None, latest=max(day, ref), specificity=2)


def _next_holiday(ref: date, country: str | None, subdivision: str | None) -> date | None:
    days = holidays_in(country, subdivision, ref.year) | holidays_in(
        country, subdivision, ref.year + 1)
    if not days:  # no country: the holidays that close most offices
        days = frozenset({_named_day(y, n) for y in (ref.year, ref.year + 1)
                          for n in ("thanksgiving", "independence", "labor", "memorial")}
                         | {date(y, 12, 25) for y in (ref.year, ref.year + 1)}
                         | {easter(y) + timedelta(days=1) for y in (ref.year, ref.year + 1)})
    ahead = [d for d in days if ref <= d <= ref + timedelta(days=45)]
    return min(ahead) if ahead else None
