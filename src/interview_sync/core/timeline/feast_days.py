"""The day a named feast falls on in a year, in the text's country's calendar or by its rule.

Owns ``feast_day`` (a feast's day in a year: by rule, from the country's calendar first for
the feasts several countries keep on their own days, a country's own holiday from its calendar
(``holiday_words.home_countries``), the lunar feasts as the country's calendar names them, else
Singapore's), ``next_feast`` (its next day on or after a reference), ``named_day`` (the feasts
with a fixed rule: a date, the n-th weekday, Easter's computus) and ``home_place`` (the country
and state whose calendar a country's own holiday is read in). Split from ``holiday_anchors``
(round 21), which reads "after / before <holiday>" and the break around a feast from these
days; the names arrive in English (``holiday_anchors._english``). Pure; no I/O.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

from interview_sync.core.timeline.businessdays import holiday_named
from interview_sync.core.timeline.holiday_words import home_countries, own_home_countries

__all__ = ["feast_day", "home_place", "named_day", "next_feast"]


def _nth_monday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(0 - first.weekday()) % 7 + 7 * (n - 1))


def named_day(year: int, name: str) -> date | None:
    """The day of a feast with a fixed rule (a date, the n-th weekday, Easter's computus)."""
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
    if name.startswith("whitsun"):  # Whit Monday, seven weeks after Easter Monday
        return easter(year) + timedelta(days=50)
    if name.startswith("toussaint"):  # All Saints' Day
        return date(year, 11, 1)
    if name.startswith("epiphany"):  # Los Reyes
        return date(year, 1, 6)
    if name.startswith("christmas"):
        return date(year, 12, 25)
    return _more_named_day(year, name)


def _more_named_day(year: int, name: str) -> date | None:
    if name.startswith("new year"):  # new year's (eve): the promise means before the year turns
        return date(year, 12, 31)
    if name.startswith("ascension"):  # Christi Himmelfahrt, 39 days after Easter
        return easter(year) + timedelta(days=39)
    if name.startswith("corpus christi"):  # Fronleichnam
        return easter(year) + timedelta(days=60)
    if name.startswith("midsummer"):  # Sweden, Finland: its eve, the Friday in 19-25 June
        day = date(year, 6, 19)
        return day + timedelta(days=(4 - day.weekday()) % 7)
    if name.startswith("sankthans"):  # Denmark, Norway: St John's Eve
        return date(year, 6, 23)
    if name.startswith("carnival"):  # Shrove Tuesday, 47 days before Easter
        return easter(year) - timedelta(days=47)
    if name.startswith("kings day"):  # Koningsdag: 27 April, the 26th when that is a Sunday
        return date(year, 4, 26 if date(year, 4, 27).weekday() == 6 else 27)
    if name.startswith("school week"):  # a school break by its ISO week: from its Monday
        return date.fromisocalendar(year, int(name.rsplit(maxsplit=1)[-1]), 1)
    if name.startswith("victoria"):  # CA: the last Monday before May 25
        day = date(year, 5, 24)
        return day - timedelta(days=day.weekday())
    if name.startswith("national day of catalonia"):  # round 21: La Diada, 11 September even
        return date(year, 9, 11)  # on a Sunday, which the calendar then leaves out
    return None


# Feasts on a fixed day of the year, by their first word (as ``holiday_anchors._english``
# names them).
_FIXED_DAYS = {"canada": (7, 1), "australia": (1, 26), "boxing": (12, 26), "bastille": (7, 14),
               "assomption": (8, 15), "einheit": (10, 3), "may": (5, 1), "all": (11, 1),
               "sant": (6, 24)}


def feast_day(year: int, name: str, country: str | None, subdivision: str | None) -> date | None:
    """The day of a named feast in ``year``: by rule, else as the country's calendar names it,
    else as Singapore's does (it keeps Chinese New Year, Eid, Diwali and Vesak)."""
    if name in ("sallah", "eid"):  # Nigeria's "Sallah", a bare "Eid": the year's first Eid
        return min((eid for feast in ("eid al-fitr", "eid al-adha")
                    if (eid := feast_day(year, feast, country or "NG", subdivision)) is not None),
                   default=None)
    first_word = name.split(maxsplit=1)[0] if name else ""
    code = country.strip().upper() if country else ""
    homes = home_countries(name)
    if homes:  # a country's own holiday: its calendar, else the first country keeping it
        places = [(code, subdivision), (code, _MOST_PEOPLE.get(code))] if code else []
        # a text from another country reads another's holiday from the project's own rows
        # only ("after Matariki" in a British text); a name only the ``holidays`` package gives
        # (Ireland's "August Bank Holiday") is that country's, else read as before
        own = own_home_countries(name)
        places += [home_place(home) for home in homes if not code or home in own]
        # a Sunday's holiday a region keeps on the Monday ("monday following constitution
        # day"): the day it is kept
        kept: tuple[str, ...] = (name, f"monday following {name}")
        if name.startswith("labor"):  # round 17: New Zealand's calendar spells it "Labour Day"
            kept += (name.replace("labor", "labour", 1),)
        found = next((found for where, part in places
                      if (found := holiday_named(where, part, year, kept)) is not None), None)
        found = found or _more_named_day(year, name)  # (a fixed day the calendar skips)
        if found is not None or own or not code:
            return found
    if (code, first_word) in _COUNTRY_RULES:  # Canada's Thanksgiving is in October
        return _COUNTRY_RULES[code, first_word](year)
    if first_word in _CALENDAR_FIRST and code:  # India's Independence Day is not July 4
        named = holiday_named(country, subdivision, year, _CALENDAR_FIRST[first_word])
        if named is not None:
            return named
    if first_word in _FIXED_DAYS:
        month, day = _FIXED_DAYS[first_word]
        return date(year, month, day)
    fixed = named_day(year, name)
    if fixed is not None:
        return fixed
    needles = _LOOKED_UP.get(name)
    if needles is None:
        return None
    return (holiday_named(country, subdivision, year, needles)
            or holiday_named("SG", None, year, needles))


# The state whose calendar names a holiday the country's own calendar leaves to its states
# (Australia's King's Birthday, Canada's Family Day) when the text names no state: the most
# populous one.
_MOST_PEOPLE = {"AU": "NSW", "CA": "ON", "ES": "AN"}


def home_place(home: str) -> tuple[str, str | None]:
    """ "AU-VIC" as (country, state); "NZ" as NZ and its most populous state, if it needs one."""
    country, _, state = home.partition("-")
    return country, state or _MOST_PEOPLE.get(country)


# Feasts several countries keep on their own days: the country's calendar first, then the rule.
_CALENDAR_FIRST = {"independence": ("independence day",), "labor": ("labor day", "labour day"),
                   "labour": ("labor day", "labour day"), "thanksgiving": ("thanksgiving",)}
_COUNTRY_RULES = {("CA", "thanksgiving"): lambda year: _nth_monday(year, 10, 2)}


# Feasts whose day follows a lunar calendar: looked up by these words in the holiday names.
_LOOKED_UP = {
    "diwali": ("diwali", "deepavali"), "eid al-fitr": ("eid al-fitr",),
    "eid al-adha": ("eid al-adha",), "lunar new year": ("chinese new year", "lunar new year"),
    "vesak": ("vesak", "buddha"),
}


def next_feast(ref: date, name: str, country: str | None, subdivision: str | None) -> date | None:
    """The feast's next day on or after ``ref`` (this year's or next year's)."""
    if name in ("sallah", "eid"):  # round 21: "Sallah" is whichever Eid comes next (round 22:
        # and a bare "Eid")
        either = [day for feast in ("eid al-fitr", "eid al-adha")
                  if (day := next_feast(ref, feast, country or "NG", subdivision)) is not None]
        return min(either, default=None)
    for year in (ref.year, ref.year + 1):
        day = feast_day(year, name, country, subdivision)
        if day is not None and day >= ref:
            return day
    return None
