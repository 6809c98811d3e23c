"""The words for time in recruiter English, and what date each one means.

Owns: ``TIME_RE`` (one precompiled alternation of every time expression we understand: explicit
dates, weekdays, week/month windows, relative durations) and ``resolve``, which turns one match
into a ``Span`` (earliest, latest day, specificity) relative to a reference day. Which matches
count as a *promise* is ``timeline``'s business, not this module's.

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
  less than ~2 months back (then it is a past reference and dropped).

Specificity (higher wins when a text holds several promises): 4 explicit date, 3 named day
(weekday, today, tomorrow), 2 relative duration or named window, 1 bare EOD/COB/"by 5pm".
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from interview_sync.businessdays import add_business_days

__all__ = ["TIME_RE", "Span", "resolve"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """What one time expression means: a window of days and how specific the words were."""

    earliest: date | None
    latest: date
    specificity: int


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "couple": 2, "few": 3, "several": 4,
    "handful": 4, "single": 1, "another": 1,
    # German, French, Spanish (a bonus: the words recruiters there use most)
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "zehn": 10, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "dix": 10, "quinze": 15, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "diez": 10, "quince": 15,
}
_NUM = (r"(?:\d{1,3}(?:\.\d)?|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|several"
        r"|a\s+handful\s+of|a\s+single|another|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
        r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
        r"|ein(?:e[rmn]?)?|zwei|drei|vier|fünf|zehn|une?|deux|trois|quatre|cinq|dix|quinze"
        r"|uno|una|dos|tres|cuatro|cinco|diez|quince|an|a)")
_UNIT = (r"(?:(?:business|working|work|biz|week)[\s-]?days?|bdays?|days?|d|hours?|hrs?|h"
         r"|weeks?|wks?|wk|w|fortnights?|months?|mos?|mths?"
         r"|(?:werk|arbeits)tag(?:e|en)?|tag(?:e|en)?|woche(?:n)?|monat(?:e|en)?"
         r"|jours?(?:\s+ouvr(?:é|e)s|\s+ouvrables)?|semaines?|mois"
         r"|d(?:í|i)as?(?:\s+h(?:á|a)biles|\s+laborables)?|semanas?|mes(?:es)?)")
_WEEKDAY = (r"(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri"
            r"|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi"
            r"|jeudi|vendredi|lunes|martes|mi(?:é|e)rcoles|jueves|viernes)")
_MONTH = (r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug"
          r"|september|sept|sep|october|oct|november|nov|december|dec)")
_MONTH_FULL = (r"(?:january|february|march|april|may|june|july|august|september|october"
               r"|november|december)")
_ORD = r"(?:st|nd|rd|th)?"
# A weekday in front of a date ("Thursday, December 3rd") belongs to the date.
_LEAD_DAY = rf"(?:\b{_WEEKDAY}\.?,?\s+(?:the\s+)?)?"
_NOT_COUNTED = (r"(?!\s*(?:round|interview|stage|step|floor|time|call|person|candidate|party"
                r"|place|year|grade|edition|anniversary|percent|%))")
_MONTH_PART = (r"(?:the\s+)?(?:very\s+)?(?:early[\s-]+to[\s-]+mid|mid[\s-]+to[\s-]+late|early"
               r"|beginning\s+of|start\s+of|mid|middle\s+of|late|end\s+of|last\s+week\s+of"
               r"|first\s+week\s+of|second\s+week\s+of|third\s+week\s+of|first\s+half\s+of"
               r"|second\s+half\s+of)")

_ALTERNATIVES = [
    # explicit dates
    r"(?P<iso>\b(?P<iso_y>20\d\d)-(?P<iso_m>\d\d?)-(?P<iso_d>\d\d?)\b)",
    rf"(?P<mdy>(?P<mdy_wk>(?:the\s+)?week\s+of\s+)?{_LEAD_DAY}\b(?P<mdy_m>{_MONTH})\.?\s+(?P<mdy_d>\d{{1,2}})"
    rf"{_ORD}\b(?:\s*(?:-|to|through|and|or)\s*(?P<mdy_d2>\d{{1,2}}){_ORD}\b(?!\s*(?:am|pm|:)))?"
    rf"(?:,?\s+(?P<mdy_y>20\d\d)\b)?(?!\s*(?:am|pm|:\d|%)))",
    rf"(?P<dmy>(?P<dmy_wk>(?:the\s+)?week\s+of\s+)?{_LEAD_DAY}\b(?:the\s+)?(?P<dmy_d>\d{{1,2}}){_ORD}\s+"
    rf"(?:of\s+)?(?P<dmy_m>{_MONTH})\b\.?(?:,?\s+(?P<dmy_y>20\d\d)\b)?)",
    r"(?P<dot>(?<![\d/.:-])(?P<dot_d>\d{1,2})\.(?P<dot_m>\d{1,2})\.(?P<dot_y>20\d\d)?(?![\d/]|\.\d))",
    r"(?P<named>\b(?P<named_w>by|before|until|ahead\s+of|prior\s+to|around|after)\s+(?:the\s+)?"
    r"(?P<named_h>halloween|thanksgiving|labou?r\s+day|memorial\s+day|independence\s+day"
    r"|fourth\s+of\s+july|new\s+year'?s(?:\s+eve)?)\b)",
    r"(?P<xmas>\b(?:before|by|ahead\s+of|prior\s+to)\s+(?:the\s+)?(?:christmas|xmas|holidays"
    r"|holiday\s+(?:break|season)|winter\s+break)\b)",
    r"(?P<newyear>\b(?:(?:after|following)\s+(?:the\s+)?(?:christmas|xmas|holidays|holiday\s+break"
    r"|winter\s+break|new\s+year(?:'s)?)|(?:early\s+)?in\s+the\s+new\s+year"
    r"|(?:at\s+the\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?(?:new|next)\s+year)\b)",
    rf"(?P<num>{_LEAD_DAY}(?<![\d/.:-])(?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})(?:/(?P<num_y>\d{{4}}|\d{{2}}))?"
    r"(?![\d/]))",
    rf"(?P<nth>\b(?:the|by|on|before|until)\s+(?:the\s+)?(?P<nth_d>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?!\s+of\b){_NOT_COUNTED})",
    # month windows
    rf"(?P<mpart>\b(?P<mpart_p>{_MONTH_PART})[\s-]*(?:of\s+)?(?P<mpart_m>{_MONTH_FULL}|{_MONTH}\.)"
    rf"(?!\s*\d))",
    rf"(?P<mbare>\b(?:in|by|before|until|during|throughout|sometime\s+in)\s+(?:the\s+month\s+of\s+)?"
    rf"(?P<mbare_m>{_MONTH_FULL})\b(?!\s*\d))",
    rf"(?P<nmonth>\b(?P<nmonth_p>{_MONTH_PART})?[\s-]*(?:the\s+)?(?P<nmonth_w>next|this|the\s+following"
    rf"|the)\s+month\b)",
    r"(?P<monthend>\b(?:month[\s-]end|eom|end\s+of\s+month|ende\s+(?:des|dieses)\s+monats"
    r"|fin\s+(?:du|de)\s+mois|fin(?:al)?\s+de(?:l)?\s+mes)\b)",
    r"(?P<quarter>\b(?:(?:by|before|until)\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:(?:the\s+)?(?:q(?P<quarter_n>[1-4])"
    r"|(?:this|the)\s+quarter))\b)",
    r"(?P<yearend>\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[\s-]end|eoy)\b)",
    # week windows
    r"(?P<wafter>\b(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?week\s+after\s+next\b)",
    r"(?P<nwearly>\b(?:early|beginning\s+of|start\s+of|first\s+thing|first\s+half\s+of"
    r"|the\s+beginning\s+of|the\s+start\s+of)\s+(?:next|the\s+following|the\s+coming)"
    r"(?:\s+week\b|(?!\s+(?:month|year|quarter|round|step|stage|interview))\b))",
    r"(?P<nwmid>\b(?:mid|middle\s+of|the\s+middle\s+of)[\s-]*(?:next|the\s+following)\s+week\b)",
    r"(?P<nwlate>\b(?:late|end\s+of|the\s+end\s+of|later|latter\s+part\s+of|second\s+half\s+of)"
    r"\s+(?:next|the\s+following)\s+week\b)",
    r"(?P<inweek>\b(?:within|in|over|during)\s+the\s+(?:next|coming)\s+(?P<inweek_u>day|week"
    r"|month|fortnight)(?P<inweek_or>\s+or\s+(?:two|2|so))?\b)",
    r"(?P<nweek>\b(?:(?:next|the\s+following|the\s+coming|this\s+coming)\s+week\b(?!\s+or\b)"
    r"|n(?:ä|a)chste[nr]?\s+woche|(?:la\s+)?semaine\s+prochaine|(?:la\s+)?pr(?:ó|o)xima\s+semana"
    r"|la\s+semana\s+que\s+viene))",
    r"(?P<tweek>\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+week|end\s+of\s+week"
    r"|end-of-week|eow|week'?s\s+end|later\s+(?:this|in\s+the)\s+week|this\s+week"
    r"|within\s+the\s+week|(?:by|before)\s+the\s+weekend|ende\s+(?:der|dieser)\s+woche"
    r"|diese\s+woche|cette\s+semaine|fin\s+de\s+(?:la\s+)?semaine|esta\s+semana"
    r"|fin(?:al)?\s+de\s+(?:la|esta)\s+semana)\b(?!\s+after\b))",
    r"(?P<aweekend>\b(?:after|following)\s+the\s+weekend\b)",
    r"(?P<coming>\b(?:in|over|within)\s+the\s+(?:next|coming|following)\s+(?P<coming_u>days|weeks)\b)",
    # relative durations
    rf"(?P<dur>(?<![\w$£€.,/:-])(?P<dur_n1>{_NUM})(?:\s*\(\d{{1,3}}\))?"
    rf"(?:\s*(?:-|to|or|/)\s*(?P<dur_n2>{_NUM})(?:\s*\(\d{{1,3}}\))?)?"
    rf"\s*-?\s*(?<![a-z])(?P<dur_u>{_UNIT})(?![\w/-])(?P<dur_half>\s+and\s+a\s+half)?"
    rf"(?P<dur_or>\s+or\s+(?:two|2|three|3|so))?)",
    r"(?P<fortnight>\b(?:within\s+|in\s+)?(?:the\s+)?fortnight\b)",
    # named days
    r"(?P<dayafter>\bthe\s+day\s+after\s+tomorrow\b)",
    r"(?P<tomorrow>\b(?:tomorrow|tmrw|tmr|morgen|demain|ma(?:ñ|n)ana)\b)",
    r"(?P<today>\b(?:later\s+today|today|tonight|this\s+(?:afternoon|evening))\b)",
    rf"(?P<wday>\b(?:(?P<wday_mod>this\s+coming|this|next|coming|the\s+following)\s+)?"
    rf"(?P<wday_a>{_WEEKDAY})\b\.?(?:\s*(?:or|/|-|to|and|,)\s*(?:(?:next|this)\s+)?"
    rf"(?P<wday_b>{_WEEKDAY})\b)?(?P<wday_nw>,?\s+(?:of\s+)?(?:next|the\s+following)\s+week\b)?"
    rf"(?!'s))",
    r"(?P<eod>\b(?:eod|cob|eob|end\s+of\s+(?:the\s+)?(?:business\s+)?day|close\s+of\s+business"
    r"|end\s+of\s+business|close\s+of\s+play)\b)",
    r"(?P<clock>\b(?:by|before|until)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w))",
]
# Every alternative starts at the start of a word; saying so once up front lets the engine skip
# the ~80% of positions that are inside a word without trying 35 alternatives at each (5x faster).
TIME_RE = re.compile(r"(?<![a-z0-9])(?:" + "|".join(_ALTERNATIVES) + ")")

_KINDS = frozenset(k for k in re.findall(r"\(\?P<([a-z0-9]+)>", "|".join(_ALTERNATIVES)))

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_FOREIGN_WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "lundi": 0,
    "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "lunes": 0, "martes": 1,
    "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
}
# Days after next Monday that "early/mid/late/-" next week span (Monday = 0).
_NEXT_WEEK_WINDOWS = {"nwearly": (0, 1), "nwmid": (1, 2), "nwlate": (3, 4), "nweek": (0, 4)}
_PAST_GRACE = timedelta(days=62)  # a yearless date this far back is a past reference, not next year


def kind_of(match: re.Match[str]) -> str:
    """The name of the alternative that matched (``"dur"``, ``"wday"``, ...)."""
    # Each alternative is one outer named group, which closes after the groups inside it.
    name = match.lastgroup or ""
    return name if name in _KINDS else ""


def _number(word: str | None) -> float:
    if not word:
        return 0.0
    word = " ".join(word.split())
    try:
        return float(word)
    except ValueError:
        pass
    for token in reversed(word.replace(" of", "").split()):
        if token in _NUMBER_WORDS:
            return float(_NUMBER_WORDS[token])
    return 0.0


def _month(word: str) -> int:
    return _MONTHS.get(word.rstrip(".")[:3], 0)


def _weekday(word: str) -> int:
    if word in _FOREIGN_WEEKDAYS:
        return _FOREIGN_WEEKDAYS[word]
    return _WEEKDAYS.get(word[:3], 0)


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
    """A calendar date; yearless ones roll to next year when well in the past."""
    if not 1 <= month <= 12 or day < 1:
        return None
    y = year if year is not None else ref.year
    if day > _last_day(y, month):
        return None
    result = date(y, month, day)
    if result < ref:
        if year is not None or ref - result <= _PAST_GRACE:
            return None  # a past reference ("we met on June 2"), not a promise
        if day > _last_day(y + 1, month):
            return None
        result = date(y + 1, month, day)
    return result


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _month_window(ref: date, part: str, month: int, year: int) -> tuple[date, date]:
    last = _last_day(year, month)
    part = " ".join(part.replace("-", " ").split()).removeprefix("the ").removeprefix("very ")
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
    n = max(_number(m.group("dur_n1")), _number(m.group("dur_n2")))
    if m.group("dur_half"):
        n += 0.5
    tail = m.group("dur_or")
    if tail and "so" not in tail:
        n = max(n, _number(tail.split()[-1]))
    if n <= 0 or n > 400:
        return None
    unit = m.group("dur_u").replace(" ", "").replace("-", "")
    if unit.startswith(("business", "working", "work", "biz", "bday", "weekday", "werk",
                        "arbeits")) or any(w in unit for w in ("ouvr", "bil", "labor")):
        return add_business_days(ref, math.ceil(n), country=country, subdivision=subdivision)
    if unit.startswith("h"):
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


def resolve(m: re.Match[str], ref: date, *, country: str | None = None,
            subdivision: str | None = None) -> Span | None:
    """The days the time expression ``m`` names, seen from ``ref``; None if it names none."""
    kind = kind_of(m)
    g = m.group
    if kind == "iso":
        day = _dated(ref, int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        return Span(earliest=None, latest=day, specificity=4) if day else None
    if kind in {"mdy", "dmy"}:
        month, d = _month(g(f"{kind}_m")), int(g(f"{kind}_d"))
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
    if kind == "dot":
        day = _dated(ref, _year(g("dot_y")), int(g("dot_m")), int(g("dot_d")))
        return Span(earliest=None, latest=day, specificity=4) if day else None
    if kind == "named":
        return _named_day_span(ref, g("named_w"), g("named_h"))
    if kind == "xmas":
        if ref.month < 11:
            return None  # "before the holidays" in June is not about Christmas
        return Span(earliest=None, latest=date(ref.year, 12, 24), specificity=2) if (
            ref <= date(ref.year, 12, 24)) else None
    if kind == "newyear":
        if ref.month < 11:
            return None
        first = date(ref.year + 1, 1, 1)
        return Span(earliest=first, latest=first + timedelta(days=9), specificity=2)
    if kind == "num":
        a, b = int(g("num_a")), int(g("num_b"))
        month, d = (a, b) if a <= 12 else (b, a)
        day = _dated(ref, _year(g("num_y")), month, d)
        return Span(earliest=None, latest=day, specificity=4) if day else None
    if kind == "nth":
        d = int(g("nth_d"))
        if not 1 <= d <= 31:
            return None
        first = ref.replace(day=1) if d >= ref.day else _add_months(ref.replace(day=1), 1)
        if d > _last_day(first.year, first.month):
            return None
        return Span(earliest=None, latest=first.replace(day=d), specificity=4)
    if kind == "mpart":
        window = _month_span(ref, g("mpart_p"), _month(g("mpart_m")))
        return Span(earliest=window[0], latest=window[1], specificity=2) if window else None
    if kind == "mbare":
        window = _month_span(ref, "", _month(g("mbare_m")))
        if window is None:
            return None
        if m.group(0).startswith(("by", "before", "until")):
            return Span(earliest=None, latest=window[0], specificity=2)
        return Span(earliest=window[0], latest=window[1], specificity=2)
    if kind == "nmonth":
        which = g("nmonth_w").split()[-1]
        base = ref.replace(day=1)
        if which in {"next", "following"}:
            base = _add_months(base, 1)
        lo, hi = _month_window(ref, g("nmonth_p") or "", base.month, base.year)
        if g("nmonth_p") is None and which in {"this", "the"}:
            lo = ref
        return Span(earliest=max(lo, ref), latest=max(hi, ref), specificity=2)
    if kind == "monthend":
        return Span(earliest=None, latest=ref.replace(day=_last_day(ref.year, ref.month)),
                    specificity=2)
    if kind == "quarter":
        quarter = int(g("quarter_n")) if g("quarter_n") else (ref.month - 1) // 3 + 1
        year = ref.year if quarter >= (ref.month - 1) // 3 + 1 else ref.year + 1
        end = date(year, quarter * 3, _last_day(year, quarter * 3))
        return Span(earliest=None, latest=end, specificity=2)
    if kind == "yearend":
        return Span(earliest=None, latest=date(ref.year, 12, 31), specificity=2)
    if kind == "wafter":
        monday = _monday_next_week(ref) + timedelta(days=7)
        return Span(earliest=monday, latest=monday + timedelta(days=4), specificity=2)
    if kind in {"nwearly", "nwmid", "nwlate", "nweek"}:
        monday = _monday_next_week(ref)
        lo_day, hi_day = _NEXT_WEEK_WINDOWS[kind]
        return Span(earliest=monday + timedelta(days=lo_day),
                    latest=monday + timedelta(days=hi_day), specificity=2)
    if kind == "inweek":
        unit = g("inweek_u")
        n = 2 if g("inweek_or") and "so" not in g("inweek_or") else 1
        days = {"day": 1, "week": 7, "fortnight": 14, "month": 0}[unit] * n
        within = _add_months(ref, n) if unit == "month" else ref + timedelta(days=days)
        return Span(earliest=None, latest=within, specificity=2)
    if kind == "tweek":
        friday = _friday_of(ref) if ref.weekday() < 5 else _friday_of(_monday_next_week(ref))
        return Span(earliest=None, latest=friday, specificity=2)
    if kind == "aweekend":
        return Span(earliest=None, latest=_monday_next_week(ref), specificity=2)
    if kind == "coming":
        days = 5 if g("coming_u") == "days" else 21
        return Span(earliest=None, latest=ref + timedelta(days=days), specificity=1)
    if kind == "dur":
        after = _duration(ref, m, country, subdivision)
        return Span(earliest=None, latest=after, specificity=2) if after else None
    if kind == "fortnight":
        return Span(earliest=None, latest=ref + timedelta(days=14), specificity=2)
    if kind == "dayafter":
        return Span(earliest=None, latest=ref + timedelta(days=2), specificity=3)
    if kind == "tomorrow":
        return Span(earliest=None, latest=ref + timedelta(days=1), specificity=3)
    if kind == "today":
        return Span(earliest=None, latest=ref, specificity=3)
    if kind == "wday":
        modifier = "next" if g("wday_nw") else g("wday_mod")
        return _weekday_span(ref, modifier, g("wday_a"), g("wday_b"))
    if kind in {"eod", "clock"}:
        return Span(earliest=None, latest=ref, specificity=1)
    return None


def _weekday_span(ref: date, modifier: str | None, first: str, second: str | None) -> Span:
    mod = " ".join((modifier or "").split())

    def on(word: str) -> date:
        target = _weekday(word)
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
    if name.startswith(("independence", "fourth")):
        return date(year, 7, 4)
    return date(year, 12, 31)  # new year's (eve): the promise means before the year turns


def _named_day_span(ref: date, word: str, name: str) -> Span | None:
    name = " ".join(name.split())
    day = _named_day(ref.year, name)
    if day < ref:
        day = _named_day(ref.year + 1, name)
    if word.startswith(("before", "ahead", "prior")):
        day -= timedelta(days=1)
    elif word == "after":
        day += timedelta(days=4 if name.startswith("thanksgiving") else 1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
    return Span(earliest=None, latest=max(day, ref), specificity=3)
