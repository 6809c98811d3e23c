"""Calendar arithmetic over business days: weekends and a country's public holidays skipped.

Owns: ``is_business_day``, ``next_business_day`` and ``add_business_days``. Holidays come from the
maintained ``holidays`` library, imported the first time one is needed; the holiday set for one
(country, subdivision, year) is built once and cached at module level (building it costs ~1 ms,
a lookup ~100 ns). Pure: no I/O, no clock.

An unknown country or subdivision never raises: an unknown subdivision falls back to the
country's national holidays, an unknown country to weekends only, because a reminder a day early
is better than a crash in the daemon.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

__all__ = [
    "SATURDAY_WEEK",
    "add_business_days",
    "holiday_named",
    "holiday_names_on",
    "holidays_in",
    "is_business_day",
    "next_business_day",
    "weekend_workdays_in",
    "working_week",
]

_ONE_DAY = timedelta(days=1)
_MAX_STEPS = 10_000  # business days we will ever walk; keeps a silly ``n`` from looping for ages


# The library's nationwide GB calendar leaves out Easter Monday and the August bank holiday,
# which England, Wales and Northern Ireland (97% of the UK) all keep: read GB as England
# unless a subdivision is given. The timeline reader and the planner share this default.
# Spain's nationwide calendar lacks Holy Thursday, which 17 of its 19 regions keep: read ES as
# its most populous region, Andalusia (round 11; "diez días hábiles" across Semana Santa).
DEFAULT_SUBDIVISION = {"GB": "ENG", "UK": "ENG", "ES": "AN", "CA": "ON", "AU": "NSW"}


_NO_DAYS: tuple[frozenset[date], frozenset[date]] = (frozenset(), frozenset())


def holidays_in(country: str | None, subdivision: str | None, year: int) -> frozenset[date]:
    """The public holidays of ``country`` (ISO 3166 code) in ``year``; empty when unknown."""
    return _calendar(country, subdivision, year)[0]


def weekend_workdays_in(country: str | None, subdivision: str | None,
                        year: int) -> frozenset[date]:
    """The Saturdays and Sundays ``country`` makes working days in ``year`` (the library's
    ``weekend_workdays``: China's 调休 before and after its long holidays); empty when none."""
    return _calendar(country, subdivision, year)[1]


@functools.lru_cache(maxsize=512)
def _calendar(country: str | None, subdivision: str | None,
              year: int) -> tuple[frozenset[date], frozenset[date]]:
    """``country``'s holidays and make-up weekend days in ``year``, from one library calendar:
    the subdivision asked for (or the country's default), else the nationwide one."""
    if not country:
        return _NO_DAYS
    code = country.strip().upper()
    sub = subdivision.strip().upper() if subdivision and subdivision.strip() else None
    sub = sub or DEFAULT_SUBDIVISION.get(code)
    for attempt in (sub, None) if sub else (None,):
        found = _try_country_holidays(code, attempt, year)
        if found is not None:
            return found
    return _NO_DAYS


def holiday_named(country: str | None, subdivision: str | None, year: int,
                  needles: tuple[str, ...]) -> date | None:
    """The first day in ``year`` whose holiday name (in the library's English) starts with one
    of ``needles`` ("diwali", "chinese new year"; not "juneteenth national independence day"
    for "independence day"), in ``country``'s calendar; None if none does."""
    for day, name in _holiday_names(country.strip().upper() if country else "", subdivision,
                                    year):
        if name.startswith(needles):
            return day
    return None


def holiday_names_on(country: str | None, subdivision: str | None, day: date) -> tuple[str, ...]:
    """The names (the library's English, lower case) of ``country``'s holidays on ``day``."""
    return tuple(name for found, name in _holiday_names(
        country.strip().upper() if country else "", subdivision, day.year) if found == day)


@functools.lru_cache(maxsize=128)
def _holiday_names(code: str, subdivision: str | None, year: int) -> tuple[tuple[date, str], ...]:
    if not code:
        return ()
    # Imported the first time a holiday is needed: importing ``holidays`` costs ~70 ms, a third
    # of the timeline reader's import, and most texts never need one.
    import holidays

    try:
        found = holidays.country_holidays(code, subdiv=subdivision, years=year, language="en_US")
    except Exception:  # unknown code or subdivision, or no English names: nothing to name
        return ()
    # a day with two holidays has their names joined by "; " ("independent czech state
    # restoration day; new year's day"): each is a name of that day
    return tuple(sorted((day, part.strip().lower()) for day, name in found.items()
                        for part in name.split(";")))


def _try_country_holidays(code: str, subdivision: str | None,
                          year: int) -> tuple[frozenset[date], frozenset[date]] | None:
    import holidays  # on first need, as above

    try:
        found = holidays.country_holidays(code, subdiv=subdivision, years=year)
    except Exception:  # NotImplementedError for unknown codes; anything else means the same to us
        return None
    workdays = getattr(found, "weekend_workdays", ())
    return frozenset(found.keys()), frozenset(day for day in workdays if day.year == year)


def is_business_day(day: date, *, country: str | None = None,
                    subdivision: str | None = None) -> bool:
    """True on a weekday that is not a public holiday of ``country``, and on a weekend day the
    country makes a working day (China's make-up days, 调休)."""
    if day.weekday() >= 5:
        return bool(country) and day in weekend_workdays_in(country, subdivision, day.year)
    return day not in holidays_in(country, subdivision, day.year)


def next_business_day(day: date, *, country: str | None = None,
                      subdivision: str | None = None) -> date:
    """The first business day strictly after ``day``."""
    return add_business_days(day, 1, country=country, subdivision=subdivision)


def add_business_days(day: date, n: int, *, country: str | None = None,
                      subdivision: str | None = None) -> date:
    """``day`` moved by ``n`` business days (backwards when ``n < 0``; ``n == 0`` gives ``day``).

    Counting starts after ``day``: three business days from Wednesday is Monday.
    """
    step = _ONE_DAY if n >= 0 else -_ONE_DAY
    remaining = min(abs(n), _MAX_STEPS)
    current = day
    while remaining:
        try:
            current = current + step
        except OverflowError:  # date.max / date.min: nowhere further to go
            return current
        if is_business_day(current, country=country, subdivision=subdivision):
            remaining -= 1
    return current


# round 18 ("tl18i"): the countries whose working week runs Sunday to Thursday (Israel and most
# of the Arab world; the UAE moved to Monday-Friday in 2022): "next week" and "the week after
# Passover" are their Sunday to Thursday there. Business-day counts keep Monday to Friday (the
# corpus labels both readings where they differ).
# Round 19 ("tl19i"): Bangladesh too (its weekend is Friday and Saturday).
SUNDAY_WEEK = frozenset({"IL", "SA", "JO", "EG", "KW", "QA", "OM", "BH", "DZ", "IQ", "LY", "YE",
                         "BD"})
# Round 20 ("tl20i"): Iran's and Afghanistan's week runs Saturday to Wednesday (Thursday is a
# half day or off, Friday the weekend): "next week" and its end are read there so.
SATURDAY_WEEK = frozenset({"IR", "AF"})


def working_week(monday: date, *, country: str | None = None,
                 subdivision: str | None = None) -> list[date]:
    """The working days of the week ``monday`` starts, holidays left out: Monday to Friday, or
    Sunday (the day before ``monday``) to Thursday, or Saturday to Wednesday, where the week runs
    so."""
    code = country.strip().upper() if isinstance(country, str) else ""
    if code in SUNDAY_WEEK or code in SATURDAY_WEEK:
        first = -1 if code in SUNDAY_WEEK else -2
        days = [monday + timedelta(days=i) for i in range(first, first + 5)]
        return [day for day in days if day not in holidays_in(country, subdivision, day.year)]
    return [day for day in (monday + timedelta(days=i) for i in range(5))
            if is_business_day(day, country=country, subdivision=subdivision)]

