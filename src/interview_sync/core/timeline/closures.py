"""Office closures a text states, and the business-day counts they lengthen.

Owns the days a text says the office is closed: weekdays ("our office is closed Thursday and
Friday", "we're closed next Monday") and, since round 12, a range of dates in every language the
reader knows ("our offices are closed from 24 December to 1 January", "vom 24.12. bis 6.1.
geschlossen", "Betriebsferien vom 3. bis 21. August", "fermés du 1er au 15 août", "cerradas del 24
de diciembre al 6 de enero", "chiusi dal 10 al 21 agosto", "fechado de 24 de dezembro a 1 de
janeiro", "gesloten van 24 december tot en met 1 januari", "zamknięte od 24 grudnia do 1
stycznia"). A count of business days ("within five working days") skips them like public
holidays. The closure's words are a cheap literal test first: most texts pay one pass.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from interview_sync.core.literals import Stems
from interview_sync.core.model import Timeline
from interview_sync.core.timeline import scan
from interview_sync.core.timeline.back_references import FIRST_WORKING_DAY_RE
from interview_sync.core.timeline.businessdays import add_business_days, is_business_day
from interview_sync.core.timeline.dates import Span, resolve
from interview_sync.core.timeline.grammar import DURATION_KINDS, kind_of, number_of, weekday_of
from interview_sync.core.timeline.span import friday_of, next_weekday

__all__ = ["after_the_closure", "after_the_reopening", "closed_days", "closure_days"]

_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "Our office is closed Thursday and Friday for Thanksgiving", "we're closed next Monday for a
# staff day": weekdays the office is closed on (the next such days after the reference)
_CLOSED_RE = re.compile(
    r"\b(?:office|offices|we|team|recruiting|hr)(?:\s+(?:is|are|will\s+be)|'re|'ll\s+be)\s+"
    r"(?:closed|shut)"  # round 14: "the office is shut Thursday and Friday for Thanksgiving"
    r"\s+(?:on\s+|next\s+|this\s+(?:coming\s+)?)?(?P<days>" + _DAYS + r"(?:\s*(?:,|and|&)\s*"
    + _DAYS + r")*)")
_BUSINESS_UNIT_RE = re.compile(r"business|working|work|werk|arbeit|arbets|arbejd|arbeid|virke"
                               r"|hverdag|ouvr|h(?:á|a)bil|laborab|(?:ú|u)teis|lavorativ|robocz|pracovn")
# The words of a closure in the languages read (one of them is in every text a range is read
# from): closed, a company holiday, a shutdown
_CLOSURE_STEMS = ("closed", "closure", "shut", "ferm", "geschlossen", "betriebsferien",
                  "betriebsurlaub", "cerrad", "cierre", "chius", "fechad", "gesloten", "sluiting",
                  "zamkni", "out of the office", "out of office")
_CLOSURE_GATE = Stems(_CLOSURE_STEMS)
_CLOSURE_RE = re.compile(
    r"\b(?:closed|closure|shut(?:\s+down)?|ferm(?:é|e)e?s?|fermeture|geschlossen|betriebsferien"
    r"|betriebsurlaub|cerrad[oa]s?|cierre|chius[oiea]|chiusura|fechad[oa]s?|gesloten|sluiting"
    r"|zamkni(?:ę|e)t[aey]|out\s+of\s+(?:the\s+)?office)\b")
# What joins the two ends of a range ("to", "bis", "au", "al", "a", "tot en met", "do", "-")
_JOIN_RE = re.compile(
    r"\s*(?:to|until|till|through|thru|and|bis(?:\s+(?:zum|einschlie(?:ß|ss)lich))?|au|al|a|y|e"
    r"|tot(?:\s+en\s+met)?|t/m|do|[-–])\s*\Z")
# "du 1er au 15 août", "dal 10 al 21 agosto", "vom 3. bis 21. August": the first end a bare day
_BARE_FIRST_RE = re.compile(
    r"\b(?:from|between|vom|von|du|del|dal|de|van|od|entre)\s+(?P<day>\d{1,2})(?:\.|er|º|°|st|nd"
    r"|rd|th)?\s*(?:to|and|bis|au|al|a|y|e|tot(?:\s+en\s+met)?|t/m|do|[-–])\s*\Z")
_WINDOW = 90  # characters each side of the closure's word where its dates are
_MOST_WORDS = 8  # closure words read for a range
_LONGEST = 62  # days: a longer "closure" is something else (a season, a posting's window)


def closure_days(lower: str, ref: date, *, country: str | None,
                 subdivision: str | None) -> tuple[date, date] | None:
    """The first and last day of the closure the text states as a range of dates, if any."""
    if not _CLOSURE_GATE.found_in(lower):
        return None
    for tried, word in enumerate(_CLOSURE_RE.finditer(lower)):
        if tried >= _MOST_WORDS:  # a hostile text full of "closed": stop
            break
        lo, hi = max(0, word.start() - _WINDOW), min(len(lower), word.end() + _WINDOW)
        found = _range_in(lower, lo, hi, ref, country=country, subdivision=subdivision)
        if found is not None:
            return found
    return None


def _range_in(lower: str, lo: int, hi: int, ref: date, *, country: str | None,
              subdivision: str | None) -> tuple[date, date] | None:
    """Two dates joined by "to / bis / au ..." between ``lo`` and ``hi``, or a bare day and a
    date ("du 1er au 15 août")."""
    prev: tuple[re.Match[str], date] | None = None
    for match in scan.finditer(lower, lo, hi):
        if kind_of(match) in DURATION_KINDS:
            prev = None
            continue
        span = resolve(match, ref, country=country, subdivision=subdivision)
        if span is None or span.specificity < 4:
            prev = None
            continue
        day = span.latest
        if prev is not None and _JOIN_RE.match(lower[prev[0].end():match.start()]):
            return _checked(prev[1], day)
        bare = _BARE_FIRST_RE.search(lower, max(lo, match.start() - 40), match.start())
        if bare is not None:
            first = int(bare.group("day"))
            if 1 <= first <= day.day:
                return _checked(day.replace(day=first), day)
        prev = (match, day)
    return None


def _checked(first: date, last: date) -> tuple[date, date] | None:
    """The range, its first day a year back when it reads after its last ("from 24 December to
    6 January" read on 28 December); none when longer than a closure is."""
    if first > last:
        try:
            first = first.replace(year=first.year - 1)
        except ValueError:  # 29 February
            return None
    return (first, last) if (last - first).days <= _LONGEST else None


def closed_days(lower: str, match: re.Match[str], span: Span, *, ref: date, country: str | None,
                subdivision: str | None) -> Span:
    """A count of business days moved past the days the text says the office is closed (the
    weekdays' next occurrences after ``ref``, a range's days), when ``match`` counts business
    days: each closed business day inside the count adds one."""
    if kind_of(match) not in DURATION_KINDS or not _BUSINESS_UNIT_RE.search(match.group(0)):
        return span
    closed: set[date] = set()
    if "closed" in lower or "shut" in lower:
        found = _CLOSED_RE.search(lower)
        if found is not None:
            closed |= {next_weekday(ref, weekday_of(word))
                       for word in re.findall(_DAYS, found.group("days"))}
    ends = closure_days(lower, ref, country=country, subdivision=subdivision)
    if ends is not None:
        closed |= {ends[0] + timedelta(days=i) for i in range((ends[1] - ends[0]).days + 1)}
    if not closed or not _counted_from(match, span, ref, country, subdivision):
        return span
    owed = sum(1 for day in closed if ref < day <= span.latest
               and is_business_day(day, country=country, subdivision=subdivision))
    latest = span.latest
    while owed > 0:
        latest = add_business_days(latest, 1, country=country, subdivision=subdivision)
        if latest not in closed:
            owed -= 1
    return Span(earliest=span.earliest, latest=latest, specificity=span.specificity)


def _counted_from(match: re.Match[str], span: Span, ref: date, country: str | None,
                  subdivision: str | None) -> bool:
    """Whether the count of business days starts at the reference: a count from the reopening
    ("en los tres días hábiles siguientes a la reapertura") is past the closure already."""
    groups = match.groupdict()
    kind = kind_of(match)
    n = int(max(number_of(groups.get(kind + "_n1")), number_of(groups.get(kind + "_n2"))))
    return 0 < n <= 60 and add_business_days(ref, n, country=country,
                                             subdivision=subdivision) == span.latest


# "nach den Betriebsferien melden wir uns", "we'll be in touch after the closure", "à la
# réouverture", "tras el cierre", "dopo la chiusura", "na de sluiting", "po przerwie": the first
# working days after the closure the text states (the rest of that week)
_AFTER_CLOSURE_RE = re.compile(
    r"\b(?:(?:after|following)\s+the\s+(?:[\w-]+\s+)?(?:closure|shutdown|break)|when\s+we\s+reopen"
    r"|nach\s+(?:den|dem|der|unseren|unserem|unserer)\s+(?:betriebsferien|betriebsurlaub"
    r"|schlie(?:ß|ss)ung|sommerpause)|apr(?:è|e)s\s+(?:la\s+fermeture|les\s+cong(?:é|e)s)"
    r"|(?:(?:à|a|d(?:è|e)s)\s+la|tras\s+la|a\s+la|alla|na\s+de)\s+r(?:é|e|i)?(?:ouverture|apertura"
    r"|heropening)|(?:tras|despu(?:é|e)s\s+del?)\s+(?:el\s+)?cierre|dopo\s+la\s+chiusura"
    r"|(?:ap(?:ó|o)s|depois\s+d)o?\s+(?:o\s+)?(?:fechamento|encerramento|recesso)"
    r"|na\s+de\s+(?:sluiting|vakantie|bedrijfsvakantie)|po\s+(?:przerwie|zamkni(?:ę|e)ciu|urlopie))")
_CUE_REACH = 80  # characters between the words and a response cue


def after_the_closure(plain: str, lower: str, cues: list[int], *, ref: date,
                      country: str | None, subdivision: str | None) -> Timeline | None:
    """The answer promised "after the closure" the text states: from its first working day to
    the end of that week, when a response cue is near the words (read only when the text holds
    no other promise)."""
    if not cues or not _CLOSURE_GATE.found_in(lower):
        return None
    for words in _AFTER_CLOSURE_RE.finditer(lower):
        if not any(words.start() - _CUE_REACH <= cue <= words.end() + _CUE_REACH
                   for cue in cues):
            continue
        ends = closure_days(lower, ref, country=country, subdivision=subdivision)
        if ends is None or ends[1] < ref:
            return None
        first = add_business_days(ends[1], 1, country=country, subdivision=subdivision)
        if FIRST_WORKING_DAY_RE.search(lower, max(0, words.start() - 40), words.start()):
            friday = first  # round 18: "on the first working day after the closure": that day
        else:
            friday = max(first, friday_of(first))
        return Timeline(respond_by=friday, phrase=plain[words.start():words.end()],
                        earliest=max(first, ref))
    return None


# round 20 ("tl20e"): the day the text says the office reopens ("we close on 18 December and
# reopen on 11 January", "our office reopens on Monday 4 January")
_REOPENS_RE = re.compile(r"\breopen(?:s|ing)?\s+(?:on\s+)?")
_MOST_REOPENINGS = 3
_REOPENING_REACH = 21  # days past the calendar's break that the office's own may run


def after_the_reopening(lower: str, span: Span, *, ref: date, country: str | None,
                        subdivision: str | None) -> Span:
    """"After the holidays" read from the calendar (``span``), moved to the office's own
    reopening when the text dates one a little later: from that day to the end of its week (the
    text's own break wins over the calendar's, as in ``days_before``)."""
    for tried, words in enumerate(_REOPENS_RE.finditer(lower)):
        if tried >= _MOST_REOPENINGS:
            break
        day = scan.match_date(lower, words.end())
        named = None if day is None else resolve(day, ref, country=country,
                                                 subdivision=subdivision)
        if named is None or named.specificity < 4:
            continue
        reopens = named.latest
        if span.latest < reopens <= span.latest + timedelta(days=_REOPENING_REACH):
            first = reopens if is_business_day(reopens, country=country, subdivision=subdivision) \
                else add_business_days(reopens, 1, country=country, subdivision=subdivision)
            return Span(earliest=first, latest=max(first, friday_of(first)),
                        specificity=span.specificity)
        return span
    return span
