"""Promises anchored to a holiday or a break: "after Easter", "before Thanksgiving", "nach
Ostern", "après les fêtes", "después de Semana Santa", "after Diwali", "before the long weekend".

Owns the named feasts (German, French and Spanish names read as English ones, ``_english``);
their days are ``feast_days``' (Easter and the feasts around it by the computus, US Mondays by
rule, fixed days by date, feasts several countries keep on their own days from the country's
calendar first, lunar feasts as the country's holiday calendar names them, else Singapore's;
split from here in round 21). And the break around a feast: it and the public holidays within
a week of it are one break (Christmas, Boxing Day and New Year), the country's calendar when
given; the answer is due in the rest of the working week after it (round 22's convention).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter

from interview_sync.core.timeline.after_holiday import what_follows
from interview_sync.core.timeline.businessdays import (
    add_business_days,
    holiday_names_on,
    holidays_in,
    is_business_day,
    working_week,
)
from interview_sync.core.timeline.feast_days import home_place, named_day, next_feast
from interview_sync.core.timeline.holiday_days import (
    day_after_a_holiday,
    last_day_off,
)
from interview_sync.core.timeline.holiday_words import english_name, home_countries
from interview_sync.core.timeline.span import (
    Resolver,
    Span,
)

__all__ = ["RESOLVERS", "first_day_after"]


# (round 22: and Arabic "مباشرة بعد", "directly after", which round 18's label reads so)
_RIGHT_RE = re.compile(r"\b(?:right|immediately|straight|directly|just|مباشرة)\s+\Z")
# "in / into / until the new year" is no "after <holiday>": the year's first working days (three,
# as its labels since round 6 take them), not round 22's rest of that week
_INTO_NEW_YEAR_RE = re.compile(r"(?:until|till|til|in|into)\s", re.IGNORECASE)


def _hafter(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    g = m.group
    if g("hafter_s") or g("hafter_r"):
        return _after_summer(ref, country, subdivision)
    named = _english(g("hafter_n") or g("hafter_b") or "", country)
    if not country and home_countries(named):  # "after Matariki": New Zealand's calendar
        country, subdivision = home_place(home_countries(named)[0])
    span = _after_holiday(ref, named, bool(g("hafter_g")), country, subdivision)
    if span is None or span.earliest is None:
        return span
    if _RIGHT_RE.search(m.string, max(0, m.start() - 16), m.start()):
        # round 21 ("tl21e"): "right / immediately / straight after the Sallah break": its
        # first two working days, not the rest of the week (round 20's blind batch, round 21's
        # check set)
        return Span(earliest=span.earliest, latest=add_business_days(
            span.earliest, 1, country=country, subdivision=subdivision), specificity=3)
    if _INTO_NEW_YEAR_RE.match(m.group(0)):
        return Span(earliest=span.earliest, latest=min(span.latest, add_business_days(
            span.earliest, 2, country=country, subdivision=subdivision)), specificity=2)
    # "the first working day / the day / the Wednesday after <holiday>", "le premier jour
    # ouvrable après la fête nationale": the one day (round 17: one reader, ``holiday_days``,
    # for every language and every caller of ``resolve``)
    return day_after_a_holiday(m.string, m.start(), last_day_off(
        span.earliest, ref, country, subdivision), country=country, subdivision=subdivision) or span


def _hpost(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    named = _english(m.group("hpost_n"), country)
    if named == "summer":
        return _after_summer(ref, country, subdivision)
    span = _after_holiday(ref, named, False, country, subdivision)
    if span is None or span.earliest is None:
        return span
    return what_follows(m.group("hpost_t") or "", span.earliest, ref, country,
                         subdivision) or span


def _named(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    g = m.group
    return _named_day_span(ref, g("named_w"), g("named_h"), country, subdivision)


def _hbefore(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    bridge = m.group("hbefore_b")
    if bridge:  # "antes del puente de Andalucía": the working day before that holiday's bridge
        return _named_day_span(ref, "before", bridge, country, subdivision)
    return _before_holiday(ref, country, subdivision)


def _xmasweek(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    if ref.month < 11:  # "between Christmas and New Year" said in spring is no promise
        return None
    return Span(earliest=max(ref, date(ref.year, 12, 27)), latest=date(ref.year, 12, 31),
                specificity=2)


def _xmas(m: re.Match[str], ref: date, kind: str, country: str | None,
          subdivision: str | None) -> Span | None:
    if ref.month < 11:
        return None  # "before the holidays" in June is not about Christmas
    return Span(earliest=None, latest=date(ref.year, 12, 24), specificity=2) if (
        ref <= date(ref.year, 12, 24)) else None


def _newyear(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    if m.group("newyear_w"):  # "am ersten Arbeitstag im neuen Jahr": that day, the country's
        if ref.month < 11:
            return None
        day = date(ref.year + 1, 1, 1)
        while not is_business_day(day, country=country, subdivision=subdivision):
            day += timedelta(days=1)
        return Span(earliest=None, latest=day, specificity=3)
    if ref.month < 11:
        return None
    first = date(ref.year + 1, 1, 1)
    return Span(earliest=first, latest=first + timedelta(days=9), specificity=2)


# German, French and Spanish feasts and lead words, as the English the rules read.
_FEASTS = (
    (("ostern", "osterferien", "pâques", "paques", "pascua", "semana santa"), "easter"),
    (("weihnacht", "noël", "noel", "navidad"), "christmas"),
    (("neujahr", "jahreswechsel", "nouvel an", "año nuevo", "ano nuevo"), "new year"),
    (("pfingst", "pentec", "whit"), "whitsun"),
    (("reyes",), "epiphany"),
    (("himmelfahrt", "christi himmelfahrt", "ascensi"), "ascension"),
    (("fronleichnam", "corpus"), "corpus christi"), (("tag der",), "einheit"),
    (("deepavali",), "diwali"), (("chinese new year", "lunar new year", "spring festival"),
                                 "lunar new year"),
    (("eid al adha", "eid al-adha", "eid ul adha"), "eid al-adha"),
    (("eid", "ramadan"), "eid al-fitr"), (("14 juillet", "fête nationale", "fete nationale"),
                                          "bastille"),
    (("15 août", "15 aout", "ferragosto"), "assomption"),
    (("midsommar", "midsommer", "juhannus", "midsummer"), "midsummer"),
    (("carnaval", "carnevale", "karneval", "fasching", "mardi gras"), "carnival"),
    # Italian, Portuguese, Dutch, Polish, Czech, Nordic
    (("natal", "kerst", "vánoc", "vanoc", "jul"), "christmas"),
    (("pasqua", "páscoa", "pascoa", "pasen", "paas", "wielkanoc", "velikonoc", "påsk", "pask"),
     "easter"),
    (("capodanno", "ano novo", "nieuwjaar", "jaarwisseling", "nowym roku", "novém roce",
      "novem roce", "nyår", "nyar", "nytår", "nytar", "nyttår", "nyttar"), "new year"),
)
_LEADS = {"vor": "before", "avant": "before", "antes de": "before", "bis": "by",
          "antes do": "before", "antes da": "before", "före": "before", "innan": "before",
          "før": "before", "inden": "before",
          "przed": "before", "před": "before", "pred": "before", "prima di": "before",
          "prima del": "before", "voor": "before", "vóór": "before", "antes del": "before",
          # round 20 ("tl20i"): Estonian, Russian/Bulgarian, Latvian, Lithuanian, Malay,
          # Vietnamese, Arabic
          "enne": "before", "до": "before", "pirms": "before", "prieš": "before",
          "sebelum": "before", "trước": "before", "قبل": "before", "hiljemalt": "by"}


# A month that starts like the Nordic "jul" (Christmas): "by July 4" is a date, not Christmas.
_JUL_MONTH = re.compile(r"ju(?:ly|li|lio|lho)\b")


def _english(name: str, country: str | None = None) -> str:
    name = " ".join(name.split())
    if _JUL_MONTH.match(name):
        return name
    known = english_name(name, country)  # each language's table (``holiday_words``)
    if known is not None:
        return known
    for holidays_of in ("vacances de ", "congés de ", "conges de ", "vacaciones de ",
                        "fiestas de "):
        name = name.removeprefix(holidays_of)
    for foreign, english in _FEASTS:
        if name.startswith(foreign):
            return english
    return name


def _named_day_span(ref: date, word: str, name: str, country: str | None,
                    subdivision: str | None) -> Span | None:
    name = _english(name, country)
    word = _LEADS.get(" ".join(word.split()), word)
    found = next_feast(ref, name, country, subdivision)
    if found is None:
        return None
    day = found
    if word.startswith(("before", "ahead", "prior")):  # the working day before it
        day -= timedelta(days=1)
        # round 12: the country's holidays skipped too (Poland's Christmas Eve), but not the
        # feast's own day kept early ("before the 4th of July" on a Saturday: Friday the 3rd)
        while day > ref and (day.weekday() >= 5 or not (
                is_business_day(day, country=country, subdivision=subdivision)
                or any("observed" in name for name in holiday_names_on(country, subdivision,
                                                                         day)))):
            day -= timedelta(days=1)
    elif word == "after":
        # after a Thursday Thanksgiving, the Monday after its long weekend
        day += timedelta(days=4 if name.startswith("thanksgiving") and day.weekday() == 3 else 1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
    return Span(earliest=None, latest=max(day, ref), specificity=3)


# round 12: the countries whose Easter is the Orthodox one ("μετά το Πάσχα" in Greece is in May
# 2027, five weeks after the Western feast)
_ORTHODOX = frozenset({"GR", "CY", "RO", "BG", "RS", "MK", "ME", "UA", "RU", "BY", "GE", "MD"})

def _easter(year: int, orthodox: bool) -> date:
    return easter(year, 2) if orthodox else easter(year)  # 2: ``dateutil``'s Orthodox method


_NEXT_EIGHT = tuple(timedelta(days=n) for n in range(1, 9))


def first_day_after(ref: date, name: str, country: str | None,
                    subdivision: str | None) -> date | None:
    """The first working day after the break of the holiday written ``name`` (round 21: "we
    close for the Sallah break next week; ... in the first week back")."""
    span = _after_holiday(ref, _english(name, country), False, country, subdivision)
    return None if span is None else span.earliest


def _after_holiday(ref: date, named: str, season: bool, country: str | None,
                   subdivision: str | None) -> Span | None:
    """ "after the holidays / Christmas / Thanksgiving / the Easter weekend": the business days
    after that holiday and any holidays that follow within a week of it (Christmas, Boxing Day
    and New Year are one break), from the first one to the end of its working week (round 22's
    convention, docs/timelines.md "Round 22: label conventions": "after Easter" said before
    Easter Monday is Tuesday to Friday); a first day that is its week's last working day (a
    Friday after a Thursday's holiday or a bridge) runs into the next week, since nobody
    promises "after Ascension" meaning that Friday alone. Until round 22 it ran through the
    third business day after the break, and round 21's non-English labels took two."""
    if named.startswith(("christmas", "xmas")) or (season and ref.month in (11, 12)):
        start = date(ref.year, 12, 25)
    elif named.startswith("new year"):
        start = date(ref.year + 1, 1, 1) if ref.month > 1 or ref.day > 1 else ref
    elif named.startswith("easter"):
        orthodox = (country or "").strip().upper() in _ORTHODOX
        start = _easter(ref.year, orthodox) + timedelta(days=1)
        if start < ref:
            start = _easter(ref.year + 1, orthodox) + timedelta(days=1)
        if is_business_day(start, country=country, subdivision=subdivision):
            start -= timedelta(days=1)  # round 21: no Easter Monday off there (Madrid, the US)
    elif named:
        found = next_feast(ref, "independence" if "july" in named else named, country,
                            subdivision)
        if found is None:
            return None
        start = found
        if named.startswith("school week"):  # the whole week is the break: from its Friday
            start += timedelta(days=4)
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
        # the eight days after ``end`` looked up, not the two years of holidays walked
        later = [d for step in _NEXT_EIGHT if (d := end + step) in breaks
                 and _one_break(end, d, breaks)]
        if not later:
            break
        end = max(later)
    first = end + timedelta(days=1)
    while not is_business_day(first, country=country, subdivision=subdivision) or first in breaks:
        first += timedelta(days=1)
    last = _week_end(first, country, subdivision)
    if last == first:
        last = _week_end(first + timedelta(days=3), country, subdivision)
    return Span(earliest=first, latest=last, specificity=2)


def _week_end(first: date, country: str | None, subdivision: str | None) -> date:
    """The last working day of the working week ``first`` falls in (Friday, or Thursday / Wednesday
    where the week runs Sunday / Saturday to it; a holiday at its end left out)."""
    monday = first - timedelta(days=first.weekday())
    # a Sunday or Saturday first day opens the next Monday's week where the week starts then
    for start in (monday, monday + timedelta(days=7)):
        days = working_week(start, country=country, subdivision=subdivision)
        if days and days[0] <= first <= days[-1]:
            return days[-1]
    return first


# The Nordic countries take their summer break in July: "after the summer" is August there.
_AUGUST_BACK = frozenset({"NO", "SE", "DK", "FI", "IS"})
# round 20 ("tl20i"): the Netherlands stagger their school summer holidays by region (north,
# middle, south: nine weeks from early July to early September), so "na de zomervakantie" names
# no day there (round 19's blind batch and round 20's check set label it so)
_STAGGERED_SUMMER = frozenset({"NL"})


def _after_summer(ref: date, country: str | None, subdivision: str | None) -> Span | None:
    """ "After the summer", "nach der Sommerpause", "à la rentrée", "después del verano": the
    first two working weeks of September (said in September, from that day)."""
    if (country or "").strip().upper() in _STAGGERED_SUMMER:
        return None
    month = 8 if (country or "").strip().upper() in _AUGUST_BACK else 9
    if ref.month > month or (ref.month == month and ref.day > 15):
        return None
    first = max(ref, date(ref.year, month, 1))
    while not is_business_day(first, country=country, subdivision=subdivision):
        first += timedelta(days=1)
    last = add_business_days(first, 9, country=country, subdivision=subdivision)
    # a season, vaguer than any part of a month the same text names ("à la rentrée : début
    # septembre")
    return Span(earliest=first, latest=last, specificity=1)


def _one_break(end: date, later: date, breaks: frozenset[date]) -> bool:
    """Whether a holiday ``later`` runs on from the break ending ``end``: Christmas to
    Epiphany is one season; otherwise only with no working day between them (round 9: Freedom
    Day and Workers' Day, four days apart, are two breaks)."""
    if (end.month == 12 and end.day >= 24) or (end.month == 1 and end.day <= 6):
        return True
    day = end + timedelta(days=1)
    while day < later:
        if day.weekday() < 5 and day not in breaks:
            return False
        day += timedelta(days=1)
    return True


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
        days = frozenset({d for y in (ref.year, ref.year + 1)
                          for n in ("thanksgiving", "independence", "labor", "memorial")
                          if (d := named_day(y, n)) is not None}
                         | {date(y, 12, 25) for y in (ref.year, ref.year + 1)}
                         | {easter(y) + timedelta(days=1) for y in (ref.year, ref.year + 1)})
    ahead = [d for d in days if ref <= d <= ref + timedelta(days=45)]
    return min(ahead) if ahead else None


RESOLVERS: dict[str, Resolver] = {
    "hafter": _hafter,
    "hpost": _hpost,
    "named": _named,
    "hbefore": _hbefore,
    "xmasweek": _xmasweek,
    "xmas": _xmas,
    "newyear": _newyear,
}
