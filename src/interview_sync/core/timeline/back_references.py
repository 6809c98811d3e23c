"""Words that mean a day only from a day named before them: "the Monday after", "that week".

Owns ``referred_back``, the rules ``extract`` applies to an expression of a ``REFERRING`` kind
(``named_days``; ``extract``'s docstring, point 3, says what each is for): "the Monday after",
"that week", "that month", "the week after", "the next day" / "the next working day", "that
afternoon", "when we reopen", "while I'm out", "shortly after" / "right after", "by then",
each resolved from the last day the text names before it (or, for "the next day" and "the week
after", the event's day named after it). Split from ``context`` (past the size guideline),
which keeps the durations counted from a named day.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from interview_sync.core.timeline.businessdays import add_business_days
from interview_sync.core.timeline.dates import Span
from interview_sync.core.timeline.event_days import event_dated_after, event_then_date, its_day_on
from interview_sync.core.timeline.grammar import kind_of, weekday_of
from interview_sync.core.timeline.holiday_anchors import first_day_after
from interview_sync.core.timeline.named_days import last_day_named
from interview_sync.core.timeline.returns import away_until_only
from interview_sync.core.timeline.span import next_weekday

__all__ = ["referred_back"]

# "the first business day after we reopen / after the closure": that one day, not the days after
FIRST_WORKING_DAY_RE = re.compile(r"\bfirst\s+(?:business|working|work)\s+day\s+\Z")
# round 20 ("tl20e"): "the day after" in apposition to the weekday just named ("posted on
# Wednesday, the day after [the holiday]") is that weekday, not the day after it
_APPOSED_WEEKDAY_RE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                                 r",\s*\Z")
_RIGHT_AFTER = ("right", "straight", "dans", "direkt", "unmittel")  # one business day, not two


@functools.cache
def _closed_for_re() -> re.Pattern[str]:
    # built the first time "the first week back" is read (rare): the holiday names are long
    from interview_sync.core.timeline.week_windows import HOLIDAY_NAMES
    return re.compile(r"\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|off|away|out)\s+(?:for|over)\s+"
                      r"(?:the\s+)?(?P<name>" + HOLIDAY_NAMES + r")\b")


def _closed_for(lower: str, at: int, *, ref: date, country: str | None,
                subdivision: str | None) -> date | None:
    """The first working day after the holiday the text closes for before ``at``, or None."""
    found = None
    for closing in _closed_for_re().finditer(lower, max(0, at - 200), at):
        found = closing  # the last one before "the first week back"
    if found is None:
        return None
    return first_day_after(ref, found.group("name"), country, subdivision)


def referred_back(lower: str, at: int, match: re.Match[str], span: Span | None, *, ref: date,
                   country: str | None, subdivision: str | None) -> Span | None:
    """Words that point back at a day named just before them, resolved from that day.

    "Interviews next week; an update the Monday after" → the Monday after next week; "the
    hiring manager is back on the 12th; we'll be in touch that week" → the week of the 12th;
    "the team is offsite next week, so expect us the week after" → the week after next; "our
    office reopens on 4 January; we'll get back to you when we reopen" → from 4 January.
    """
    kind = kind_of(match)
    if kind == "wday" and (not match.group("wday_after")
                           or match.group("wday_after").endswith("next")):
        return span
    anchor = last_day_named(lower, at, ref=ref, country=country, subdivision=subdivision,
                     specificity=3 if kind in {"backref", "nextday", "thatday"} else 2)
    if kind == "nextday" and anchor is None:  # "al día siguiente de la última entrevista,
        anchor = event_dated_after(lower, at + len(match.group(0)), ref=ref, country=country,
                                    subdivision=subdivision)  # prevista para el 20 de mayo"
    if kind == "nextday" and anchor is None:  # "the day after your interview on Wednesday"
        anchor = its_day_on(lower, at + len(match.group(0)), ref=ref, country=country,
                            subdivision=subdivision)
    # a day counted from a day named before is as precise as that day, which is no promise by
    # itself (round 9: "the panel decides on Thursday 28 May; I'll phone the following day")
    precise = 3 if anchor is None else max(3, anchor.specificity)
    if kind == "thatday" and anchor is None:  # "a selection by the end of next week, and we
        anchor = last_day_named(lower, at, ref=ref, country=country,  # will let you know
                                subdivision=subdivision, specificity=2)  # that day" (round 12)
        precise = 3
    if kind == "thatday":  # "approved on 9 September; a call that afternoon"
        return span if anchor is None else Span(earliest=None, latest=anchor.latest,
                                                specificity=precise)
    if kind == "nextday" and anchor is not None and _APPOSED_WEEKDAY_RE.search(
            lower, max(0, at - 14), at):  # round 20: "posted on Wednesday, the day after"
        return Span(earliest=None, latest=anchor.latest, specificity=precise)  # (that Wednesday)
    if kind == "nextday":  # "results today, the list the next day": else the reference's
        if anchor is not None and match.group(0).endswith(("working day", "business day")):
            return Span(earliest=None, specificity=precise, latest=add_business_days(
                anchor.latest, 1, country=country, subdivision=subdivision))
        return span if anchor is None else Span(
            earliest=None, latest=anchor.latest + timedelta(days=1), specificity=precise)
    if kind == "wday":
        if anchor is None:
            return span
        return Span(earliest=None, latest=next_weekday(anchor.latest,
                                                       weekday_of(match.group("wday_a"))),
                    specificity=precise)
    if kind == "weekafter" and anchor is None:  # "dans la semaine qui suit l'entrevue du 15
        anchor = event_then_date(lower, at + len(match.group(0)), ref=ref,  # janvier"
                                 country=country, subdivision=subdivision)
    if kind == "weekafter":
        base = anchor.latest if anchor is not None else ref
        monday = base + timedelta(days=7 - base.weekday())
        # as specific as the day it is counted from ("the panel meets on 14 October; ... in the
        # week following the panel": that day is no promise by itself)
        return Span(earliest=monday, latest=monday + timedelta(days=4),
                    specificity=max(2, anchor.specificity) if anchor is not None else 2)
    if anchor is None:
        return None
    if kind == "thatmonth":  # the last day of the month of the day named before (round 14)
        following = (anchor.latest.replace(day=28) + timedelta(days=4)).replace(day=1)
        return Span(earliest=None, latest=following - timedelta(days=1), specificity=2)
    if kind == "thatweek" and match.group(0).endswith("back"):
        # round 21 ("tl21e"): "we close for the Sallah break next week; ... in the first week
        # back": the week the break ends in, not the week named before it (a reopening day
        # the text names later than that wins: "closed for the Thanksgiving break until Monday")
        closed = _closed_for(lower, at, ref=ref, country=country, subdivision=subdivision)
        if closed is not None and anchor is not None:
            closed = max(closed, anchor.latest)
        if closed is not None:
            monday = closed - timedelta(days=closed.weekday())
            return Span(earliest=closed, latest=max(closed, monday + timedelta(days=4)),
                        specificity=2)
    if kind == "thatweek":
        monday = anchor.latest - timedelta(days=anchor.latest.weekday())
        friday = max(monday + timedelta(days=4), anchor.latest)
        return Span(earliest=max(monday, anchor.earliest or anchor.latest), latest=friday,
                    specificity=2)
    # backref: "when we reopen" / "while I'm out" / "shortly after" / "right after"; "by then"
    # (round 11: "please wait until 20 November; HR will call you by then") is that day
    if match.group(0).endswith(("then", "dahin")):
        return Span(earliest=None, latest=anchor.latest, specificity=anchor.specificity)
    if match.group(0).startswith("while"):
        return Span(earliest=anchor.earliest, latest=anchor.latest, specificity=2)
    if match.group(0).startswith("the week"):  # round 16: "emailed the week we reopen": the
        monday = anchor.latest - timedelta(days=anchor.latest.weekday())  # week of that day
        return Span(earliest=anchor.latest, specificity=2,
                    latest=max(anchor.latest, monday + timedelta(days=4)))
    if away_until_only(lower, at, match.group(0)):
        return None
    if FIRST_WORKING_DAY_RE.search(lower, max(0, at - 40), at):  # round 18: "on the first
        return Span(earliest=None, specificity=3, latest=add_business_days(  # business day
            anchor.latest, 1, country=country, subdivision=subdivision))  # after we reopen"
    days = 1 if match.group(0).startswith(_RIGHT_AFTER) else 2
    return Span(earliest=anchor.latest, specificity=2, latest=add_business_days(
        anchor.latest, days, country=country, subdivision=subdivision))
