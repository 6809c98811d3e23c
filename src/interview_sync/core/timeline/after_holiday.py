"""What a text names right after a holiday: its first working day, its week, or a weekday.

Owns ``what_follows`` (the tail of a postposed "after <holiday>" in Turkish, Finnish and
Hungarian: "Kurban Bayramı'ndan sonraki ilk iş günü", "juhannuksen jälkeisellä viikolla",
"húsvét utáni hétfőn"); the first working day written before a prepositional "after
<holiday>" ("le premier jour ouvrable après la fête nationale") is ``holiday_days``' (round 17).
``holiday_anchors`` resolves the holiday and asks these; split out of it (round 16, for length).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from interview_sync.core.timeline.businessdays import working_week
from interview_sync.core.timeline.lexicon import weekday_of
from interview_sync.core.timeline.span import Span

__all__ = ["what_follows"]

# round 16 ("tl16i"): what the languages that put "after" behind the holiday say next (the
# match's tail, ``hpost_t``): its first working day ("Kurban Bayramı'ndan sonraki ilk iş günü",
# "pääsiäisen jälkeisenä ensimmäisenä työpäivänä", "húsvét utáni első munkanapon"), its week
# ("juhannuksen jälkeisellä viikolla", "bayramdan sonraki hafta", "húsvét utáni héten") or a
# weekday ("juhannuksen jälkeisenä maanantaina", "bayramdan sonraki salı")
_FIRST_WORKING_DAY_RE = re.compile(r"\s+(?:ilk|ensimm|els)")
_THE_WEEK_RE = re.compile(r"\s+(?:viiko|hafta|het|n(?:ä|a)dal)")  # round 18: Estonian "nädalal"


def what_follows(tail: str, first: date, ref: date, country: str | None,
                  subdivision: str | None) -> Span | None:
    """The first working day, the week or the weekday ``tail`` names after a postposed "after
    <holiday>" whose first working day after is ``first``; None when it names none."""
    if not tail:
        return None
    if _FIRST_WORKING_DAY_RE.match(tail):
        return Span(earliest=first, latest=first, specificity=3)
    last_off = first - timedelta(days=1)
    while last_off.weekday() >= 5 and last_off > ref:
        last_off -= timedelta(days=1)  # a weekend after the break is no part of it
    if _THE_WEEK_RE.match(tail):
        # a break that ends on a Monday (Easter Monday) leaves the rest of its own week
        monday = last_off + timedelta(days=(7 - last_off.weekday()) % 7)
        days = working_week(monday, country=country, subdivision=subdivision)
        return Span(earliest=days[0], latest=days[-1], specificity=2) if days else None
    ahead = (weekday_of(tail.strip()) - last_off.weekday() - 1) % 7 + 1
    return Span(earliest=None, latest=last_off + timedelta(days=ahead), specificity=3)
