"""Business-day arithmetic: weekends, a country's holidays, unknown countries and subdivisions."""

from __future__ import annotations

from datetime import date

import pytest

from interview_sync.core.timeline.extract import (
    add_business_days,
    is_business_day,
    next_business_day,
)


@pytest.mark.parametrize(("day", "n", "country", "subdivision", "expect"), [
    (date(2026, 6, 10), 3, None, None, date(2026, 6, 15)),      # Wed + 3 → Mon
    (date(2026, 6, 12), 1, None, None, date(2026, 6, 15)),      # Fri + 1 → Mon
    (date(2026, 6, 13), 1, None, None, date(2026, 6, 15)),      # Sat + 1 → Mon
    (date(2026, 6, 18), 1, "US", None, date(2026, 6, 22)),      # Juneteenth Friday skipped
    (date(2026, 12, 24), 1, "GB", None, date(2026, 12, 29)),    # Christmas, Boxing Day (Mon 28)
    (date(2026, 12, 24), 1, "ZZ", None, date(2026, 12, 25)),    # unknown country: weekends only
    (date(2026, 8, 14), 1, "DE", "BY", date(2026, 8, 17)),      # Friday → Monday
    (date(2026, 8, 14), 1, "DE", "NOPE", date(2026, 8, 17)),    # unknown subdivision → national
    (date(2026, 6, 15), -1, None, None, date(2026, 6, 12)),     # backwards over a weekend
    (date(2026, 6, 10), 0, None, None, date(2026, 6, 10)),
])
def test_add_business_days(day: date, n: int, country: str | None, subdivision: str | None,
                           expect: date) -> None:
    assert add_business_days(day, n, country=country, subdivision=subdivision) == expect


def test_bavaria_keeps_its_own_holidays() -> None:
    assert not is_business_day(date(2026, 8, 15), country="DE", subdivision="BY")  # Saturday anyway
    assert not is_business_day(date(2026, 1, 6), country="DE", subdivision="BY")   # Epiphany
    assert is_business_day(date(2026, 1, 6), country="DE", subdivision="BE")


def test_next_business_day_is_strictly_after() -> None:
    assert next_business_day(date(2026, 6, 10)) == date(2026, 6, 11)
    assert next_business_day(date(2026, 7, 2), country="US") == date(2026, 7, 6)  # July 3 observed


def test_is_business_day_basics() -> None:
    assert is_business_day(date(2026, 6, 10))
    assert not is_business_day(date(2026, 6, 13))
    assert not is_business_day(date(2026, 12, 25), country="US")
    assert is_business_day(date(2026, 12, 25), country="not-a-country")


def test_the_extremes_of_the_calendar_do_not_raise() -> None:
    assert add_business_days(date.max, 5) == date.max
    assert add_business_days(date.min, -5) == date.min


def test_gb_means_england_so_easter_monday_is_a_holiday_for_the_planner_too() -> None:
    """The reader and the planner agree: GB without a subdivision counts England's holidays."""
    from datetime import date as _d

    from interview_sync.core.timeline.businessdays import is_business_day as _is

    easter_monday_2027 = _d(2027, 3, 29)
    assert not _is(easter_monday_2027, country="GB")
    assert _is(easter_monday_2027, country="GB", subdivision="SCT")
