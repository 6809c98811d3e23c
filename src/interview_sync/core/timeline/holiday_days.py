"""One day counted from a holiday by the words told in front of "after <holiday>" (round 16).

Owns ``day_after_a_holiday``: "the day after the June bank holiday", "the first working day
after Diwali", "the second business day after the Truth and Reconciliation holiday", "the
Wednesday after Easter", "le premier jour ouvrable après la fête nationale", "am ersten Werktag
nach Ostern" name one day, not the rest of the holiday's week that a bare "after <holiday>"
names; and ``last_day_off``, the break's last day (the holiday itself, not the weekend after
it) they count from. Round 17 made this the one reader of those words: ``holiday_anchors``
asks it when it resolves "after <holiday>", so the promise (``extract``) and a later word
pointing back at the day (``named_days.last_day_named``: "the panel meets the day after the
Ekka holiday and will ring everyone that afternoon") read the same day: a day an event or a
holiday names is an anchor like a date. (Round 16 had two readers with different spans: this
one, English, and ``after_holiday``'s first working day for the other languages.)
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from interview_sync.core.timeline.businessdays import add_business_days, holidays_in
from interview_sync.core.timeline.grammar import weekday_of
from interview_sync.core.timeline.holiday_words import FIRST_WORKING_DAY_MORE
from interview_sync.core.timeline.span import Span, next_weekday

__all__ = ["day_after_a_holiday", "last_day_off"]

# The words right before "after <holiday>": "the day", "the first / next / second working day",
# "the Wednesday", "on Tuesday"
_ORDINALS = {"first": 1, "next": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_DAY_BEFORE_RE = re.compile(
    r"(?:\bthe\s+)?(?:(?P<ord>first|next|second|third|fourth|fifth)\s+(?:full\s+)?"
    r"(?:working|business)\s+day|(?<!\w)(?P<day>day)|(?P<wday>monday|tuesday|wednesday|thursday"
    r"|friday)"
    # round 16 ("tl16i"), folded in here in round 17: "le premier jour ouvrable après la fête
    # nationale", "el primer día hábil después de", "o primeiro dia útil após", "il primo giorno
    # lavorativo dopo", "am ersten Werktag nach", "de eerste werkdag na", "första arbetsdagen
    # efter", "pierwszy dzień roboczy po", "první pracovní den po": the first working day
    r"|(?P<first>premier\s+jour\s+ouvr(?:é|e|able)|primer\s+d(?:í|i)a\s+h(?:á|a)bil"
    r"|primeiro\s+dia\s+(?:ú|u)til|primo\s+giorno\s+lavorativo|ersten\s+(?:werk|arbeits)tag"
    r"|eerste\s+werkdag|f(?:ö|o)rsta\s+arbetsdag(?:en)?"
    r"|f(?:ø|o)rste\s+(?:arbejds|arbeids|virke)dag(?:en)?"
    r"|pierwszy\s+dzie(?:ń|n)\s+roboczy|prvn(?:í|i)\s+pracovn(?:í|i)\s+den))\s+\Z"
    # round 17 ("tl17i"): the same in ro, el, hr/sr, sk, sl, es "laborable", pt, it, fr, et
    rf"|(?P<more>{FIRST_WORKING_DAY_MORE})")
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
    if words.group("ord") or words.group("first") or words.group("more"):
        n = _ORDINALS[words.group("ord")] if words.group("ord") else 1
        return Span(earliest=None, specificity=3, latest=add_business_days(
            last_off, n, country=country, subdivision=subdivision))
    return Span(earliest=None, latest=next_weekday(last_off, weekday_of(words.group("wday"))),
                specificity=3)


def last_day_off(first_back: date, ref: date, country: str | None,
                 subdivision: str | None) -> date:
    """The last day of the break before ``first_back`` (its first working day after): the
    holiday itself, not the weekend after it."""
    day = first_back - timedelta(days=1)
    off = holidays_in(country, subdivision, day.year)
    while day.weekday() >= 5 and day not in off and day - timedelta(days=1) > ref:
        day -= timedelta(days=1)
    return day

