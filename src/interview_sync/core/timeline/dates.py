"""What date each time expression means, seen from a reference day.

Owns ``resolve``, which turns one ``grammar.time_re()`` match into a ``span.Span`` by the
resolver of its kind: ``relative`` (durations and windows counted from the reference day),
``calendar_dates`` (dates and months the calendar names) and ``holiday_anchors`` (holidays and
breaks). Which matches count as a *promise* is ``extract``'s business, not this module's.

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
  "a finales de mes", "la primera quincena de abril", "in der zweiten Aprilhälfte", "courant
  avril", "Anfang nächsten Monats") mean what their English words do; "antes de que acabe el
  mes" and "bis Monatsende" are the month's last day;
* feasts of other countries and languages are anchors like Easter and Christmas ("nach Ostern",
  "après la Toussaint", "después de Semana Santa", "after Diwali", "vor Pfingsten"): Easter and
  the feasts around it by the computus, fixed days by date, lunar feasts (Diwali, Eid, Chinese
  New Year, Vesak) as the country's holiday calendar names them, else Singapore's; "after the
  summer" / "à la rentrée" / "nach der Sommerpause" is the first two working weeks of September.

Specificity (higher wins when a text holds several promises): 4 explicit date, 3 named day
(weekday, today, tomorrow), 2 relative duration or named window, 1 bare EOD/COB/"by 5pm".
"""

from __future__ import annotations

import re
from datetime import date

from interview_sync.core.timeline import calendar_dates, holiday_anchors, relative
from interview_sync.core.timeline.grammar import kind_of
from interview_sync.core.timeline.span import Resolver, Span

__all__ = ["Span", "resolve"]


def _unanchored(m: re.Match[str], ref: date, kind: str, country: str | None,
                subdivision: str | None) -> Span | None:
    return None  # meaningful only from a day named before it: ``extract`` resolves it


# One resolver a kind of expression (the kinds are ``grammar.time_re()``'s named alternatives).
_RESOLVERS: dict[str, Resolver] = {
    **relative.RESOLVERS, **calendar_dates.RESOLVERS, **holiday_anchors.RESOLVERS,
    "weekafter": _unanchored, "thatweek": _unanchored, "thatmonth": _unanchored,
    "backref": _unanchored,
}


def resolve(m: re.Match[str], ref: date, *, country: str | None = None,
            subdivision: str | None = None) -> Span | None:
    """The days the time expression ``m`` names, seen from ``ref``; None if it names none."""
    resolver = _RESOLVERS.get(kind_of(m))
    return resolver(m, ref, kind_of(m), country, subdivision) if resolver else None
