"""The employer's timeline: what did they promise about when they would respond?

Owns: ``extract_timeline`` (text + the interview's end → ``Timeline`` or None) and re-exports the
business-day arithmetic of ``businessdays`` so the planner has one place to import from.

Theory of operation. A date or duration counts only when it is attached to a *response cue*
("hear back", "get back to you", "decision", "feedback", "next steps", "be in touch", ...):

1. The text is made plain (HTML descriptions → lines), clipped to ``MAX_CHARS`` and lower-cased.
   A text with no cue at all is answered None at once, which is the common case and costs ~µs.
   A text holding kana or Hangul is read by ``cjk`` first (Japanese and Korean glue their
   particles to the words this grammar finds by their boundaries); if it finds no promise
   there, the rest of this reader still runs.
   A process pointed back at a review just described is a cue too ("Your application is being
   reviewed. This process can take up to 4 weeks"; ``cues.PROCESS_BACK_RE``).
   A cue inside a look-alike phrase (``NOT_CUE_RE``: "if we don't hear from the client", "your
   point of contact", "we offer relocation", "just confirming your interview") does not count.
2. It is split into sentences (line breaks, bullets, sentence punctuation, ";"); a short heading
   line ending in ":" ("Next steps:") is joined to the line after it.
3. In each sentence that holds a cue, every time expression (``grammar.time_re()``, found by
   ``scan``, which tries only the alternatives that can start at each word) is
   resolved against the reference day, and then vetoed if its own clause (the words between the
   previous comma/"and"/"und"/"et"/"y"/";" and the expression) says it is not a response
   promise: scheduling
   chatter ("let's schedule a follow-up next week"), start dates, the candidate's own work
   ("you'll have a week to complete"), benefits and tenure, or the past ("thanks for meeting
   Monday", "two weeks ago", "feedback took two weeks"). A duration after "takes" survives only
   when a cue governs it ("our decision process takes two weeks", "it may take 4 weeks to get
   back to everyone"; not "the move takes 6-8 weeks"; "it may take another couple of weeks" is
   more of a wait already under way). Three things lift a veto: a later clause
   that makes the date the start of the answer ("the next meeting is on October 21, after which
   we'll share the decision"; "references take about a week, and then we'll make an offer"),
   reported speech or a future perfect before a named day ("was told to expect feedback by
   Thursday", "once the team has met on Friday"), and a standing promise to the candidate ("I'll
   update you every two weeks": the first update is one period away, so the reminder falls
   there). Context then adjusts a few meanings, reading the day or week named just before
   (``context``): "the following week" / "the week after" is the week after that one ("reviewing
   through June 19, a decision the following week"); "that week" is its week; "the Monday after"
   is the first Monday after it; "when we reopen" is from that day, "while I'm out" within it; a
   duration "of that" counts from it ("the final interview is on May 12; a decision within a
   week of that"), and so does one "of the <event>" the text dates elsewhere ("the assessment
   centre is 14 September; outcomes within a fortnight of the assessment centre"), and one "of
   the closing date" from the closing date the text states anywhere ("Applications close on 31
   March; ... within two weeks of the closing date"); "shortly after" / "right after" is two /
   one business days from the day named before it ("OOO until the 17th; expect an update
   shortly after"); a duration after "anschließend" / "thereafter" or before "danach" / "from
   that date" counts from the day named before, one before "before that date" / "avant
   l'épreuve, fixée au 3 février" counts back from that day, and "the next day" is the day after
   it (``context``); and a
   deadline weekday told after another day of the same sentence comes after it ("wrap up
   interviews on Tuesday and decide by Friday", said on a Thursday). Since round 6 also: a
   duration followed by an event and, after a comma, its date counts from that date ("una
   semana después del cierre, el 30 de octubre"); "the week after <event>", "the Friday after",
   "that afternoon", "the day after" read the day named before; a weekday with a week number
   is that week's day; "the long weekend" is the holiday named before; a sentence answered by
   the next one's "then" is a promise sentence; times told before "I can't give you a date
   yet" are no promise, nor is a lower bound ("at least") or the candidate's own time.
4. Choosing among the survivors (the rule for several promises): a day someone is merely away
   until ("out sick until Monday", ``ABSENCE_RE``) loses to any real promise, but is kept when
   it is all there is ("HM out til 9/28, then decision"); then an expression a cue
   governs (a cue earlier in the sentence or later in its own clause) beats one that merely shares
   a sentence with a cue ("The team debriefs Friday and I'll reach out early next week" → next
   week); then the most specific (explicit date > named day > duration or window > bare EOD:
   "in one to two weeks, most likely by Friday, June 19" → June 19); then the latest day, because
   ``respond_by`` is the last day they said they would respond by ("feedback within 2 days, a
   decision within 2 weeks" → 2 weeks; "Monday or Tuesday" → Tuesday); then the earliest sentence.
   An exception ("sometimes the same day, but usually a few days") loses to any other promise.

Business days in GB follow England's calendar unless a subdivision is given (the library's
nationwide GB calendar lacks Easter Monday and the August bank holiday).

Pure and total: any ``str`` and any aware ``datetime`` in, never raises; ``respond_by`` is never
before the reference's own date and ``earliest`` never after ``respond_by``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from interview_sync.core.bounds import (
    DETECT_WINDOW,
    MAX_TIMELINE_CUES,
    MAX_TIMELINE_DATES,
    MAX_TIMELINE_SCAN,
)
from interview_sync.core.literals import Stems
from interview_sync.core.model import Timeline
from interview_sync.core.timeline import scan
from interview_sync.core.timeline.back_references import referred_back
from interview_sync.core.timeline.businessdays import (
    DEFAULT_SUBDIVISION,
    add_business_days,
    is_business_day,
    next_business_day,
)
from interview_sync.core.timeline.cjk import cjk_timeline, holds_cjk, holds_japanese_kanji
from interview_sync.core.timeline.clauses import (
    attached,
    away,
    clause_start,
    vetoed,
)
from interview_sync.core.timeline.closures import (
    after_the_closure,
    after_the_reopening,
    closed_days,
)
from interview_sync.core.timeline.context import a_closing_date, counted_from_a_day_named
from interview_sync.core.timeline.cues import (
    DECLINE_STEMS,
    DECLINED_RE,
    PROCESS_STEMS,
    RARELY_RE,
    RARELY_STEMS,
)
from interview_sync.core.timeline.dates import Span, resolve
from interview_sync.core.timeline.days_before import weekday_before
from interview_sync.core.timeline.far_counts import thai_script, thai_spaced
from interview_sync.core.timeline.far_words import latin_serbian, serbian_script
from interview_sync.core.timeline.grammar import kind_of
from interview_sync.core.timeline.holiday_regions import region_named
from interview_sync.core.timeline.month_weekdays import (
    day_of_next_month,
    nth_weekday_of_month,
    working_day_of_month,
)
from interview_sync.core.timeline.named_days import (
    FOLLOWING_BEFORE_RE,
    REFERRING,
    SAME_WEEK_RE,
    WEEK_AFTER_BEFORE_RE,
    WEEKDAY_AFTER_RE,
    after_the_day_named,
    after_the_holiday_named,
    after_the_week_named,
    in_the_next_week_told_after,
    in_the_same_week,
    in_the_week_named,
    in_the_week_numbered,
    in_the_week_of_the_day_named,
    names_a_holiday,
    the_week_after_a_holiday,
    the_weekday_after,
    the_weekday_after_a_holiday,
    the_weekday_of_the_week_after,
)
from interview_sync.core.timeline.new_words import mongolian_counted
from interview_sync.core.timeline.promise_sentences import cue_starts as _cue_starts
from interview_sync.core.timeline.promise_sentences import (
    promise_sentence as _promise_sentence,
)
from interview_sync.core.timeline.sentences import plain_text as _plain_text
from interview_sync.core.timeline.sentences import sentences as _sentences
from interview_sync.core.timeline.zh import holds_han, zh_timeline

__all__ = [
    "MAX_CHARS", "add_business_days", "extract_timeline", "is_business_day", "next_business_day",
]

# Promises sit near the top; the rest of a huge description is boilerplate or abuse. The same
# window as detection's (core.bounds.DETECT_WINDOW: an interview's description is detection's
# window of the invite), which bounds what an enormous text costs. Labelled texts: under 600.
MAX_CHARS = DETECT_WINDOW
_PHRASE_MAX = 160

# "... and make a decision by Friday": a deadline told after another day of the same sentence.
_DEADLINE_BEFORE_RE = re.compile(r"\b(?:by|before|until|till|later\s+than)\s+$")
_WEEKDAY_KINDS = frozenset({"wday", "wdayx"})
# round 23 ("tl23i"): "the day after" a date ("no dia a seguir ao feriado de 5 de outubro", "the
# day after the 5 October holiday", "al día siguiente al 12 de octubre"): the next day
_DAY_AFTER_BEFORE_RE = re.compile(
    r"(?:\bthe\s+day\s+after|\bdia\s+(?:a\s+seguir|seguinte)\s+a|\bd(?:í|i)a\s+(?:despu(?:é|e)s|siguiente)"
    r"\s+a|\ble\s+lendemain\s+d|\bam\s+tag\s+nach|\bil\s+giorno\s+dopo|\bdzie(?:ń|n)\s+po)"
    r"[^.;,!?\d]{0,30}\Z")
_DATE_KINDS = frozenset({"dmy", "mdy", "iso", "dot", "num"})
_DAY_KINDS = frozenset({"wday", "wdayx", "today", "tomorrow", "dayafter"})
# "released the same day, the next day or within a week": alternatives joined by "or" are one
# promise, due by the latest of them however vaguely that one is put.
_OR_GAP_RE = re.compile(  # round 20: "today itself or within two to three days"
    r"\s*(?:itself\s*)?,?\s*(?:or|oder|ou|o|of|eller|lub|albo|nebo|anebo|oppure)\s+(?:[^\W\d_]+\s+){0,2}")
_WEEK_KINDS = frozenset({"nweek", "nweekx", "nwearly", "nwmid", "nwlate"})
# One pass over a text says which of three things it may hold: a process pointed back at, words
# declining to give a date, a "sometimes" clause
_TEXT_GATE = Stems(PROCESS_STEMS + DECLINE_STEMS + RARELY_STEMS)
_PROCESS_SET, _DECLINE_SET, _RARELY_SET = (frozenset(PROCESS_STEMS), frozenset(DECLINE_STEMS),
                                           frozenset(RARELY_STEMS))
_BULLET_RE = re.compile(r"^\s*(?:[-*•·▪>]+|\d{1,2}[.)])\s*")


def extract_timeline(text: str, reference: datetime, *, country: str | None = None,
                     subdivision: str | None = None,
                     assume_promise: bool = False) -> Timeline | None:
    """The response date ``text`` promises, seen from ``reference`` (the interview's end).

    ``reference`` must be timezone-aware; days are counted in its time zone. Business days skip
    the public holidays of ``country`` (ISO code; unknown codes mean weekends only). Returns None
    when the text promises nothing. Never raises.

    ``assume_promise=True`` is for text already known to answer "when will they respond?" (the
    user's own "Next steps and timeline" note: "2 weeks", "Friday"): no response cue is needed
    there, though start dates, scheduling chatter and the past are still ignored.
    """
    try:
        if subdivision is None and isinstance(country, str):
            # round 19: the region the text names ("in unserer Münchner Zentrale": Bavaria's
            # holidays), else the country's default
            subdivision = (region_named(text, country)
                           or DEFAULT_SUBDIVISION.get(country.strip().upper()))
        if isinstance(text, str) and serbian_script(text, country):
            text = latin_serbian(text)  # one language, two scripts: read its Latin (round 18)
        if isinstance(text, str) and thai_script(text):
            text = thai_spaced(text)  # round 19: Thai writes no spaces between its words
        if isinstance(text, str) and not text.isascii():
            text = mongolian_counted(text)  # round 23: "ажлын 5 өдөр", the count moved first
        return _extract(text, reference, country, subdivision, assume_promise)
    except Exception:  # a bug in a heuristic must never stop the planner; no promise found
        return None


def _extract(text: str, reference: datetime, country: str | None, subdivision: str | None,
             assume_promise: bool = False) -> Timeline | None:
    if not isinstance(text, str) or not text:
        return None
    plain, lower, cues = _prepared(text)
    if holds_cjk(lower):  # Japanese or Korean: a reader of its own (``cjk``)
        found = cjk_timeline(plain, lower, reference.date(), country, subdivision)
        if found is not None:
            return found
    elif holds_han(lower):  # Chinese: Han without kana or Hangul (``zh``, round 13)
        found = None
        if country == "JP" or holds_japanese_kanji(lower):  # Japanese in kanji alone (round 16)
            found = cjk_timeline(plain, lower, reference.date(), country, subdivision)
        found = found or zh_timeline(plain, lower, reference.date(), country, subdivision)
        if found is not None:
            return found
    held = _TEXT_GATE.held(lower)
    processes = not held.isdisjoint(_PROCESS_SET)  # whether any sentence can point back at one
    if not (cues or assume_promise or processes):
        return None
    ref = reference.date()
    best: tuple[bool, bool, int, date, int] | None = None
    best_found: tuple[Span, re.Match[str], int, int] | None = None  # ... and its sentence
    budget, unread = MAX_TIMELINE_DATES, MAX_TIMELINE_SCAN
    declined = -1 if held.isdisjoint(_DECLINE_SET) else _declined(lower)
    rare = not held.isdisjoint(_RARELY_SET)  # whether any clause can say "sometimes"
    for start, end in _sentences(lower):
        if budget <= 0 or unread <= 0:  # a pathological text (hundreds of promises): stop
            break
        if not (assume_promise or _promise_sentence(lower, start, end, cues, processes)):
            continue
        end = min(end, start + unread)  # core.bounds.MAX_TIMELINE_SCAN
        unread -= end - start
        sentence = lower[start:end]
        previous_day: date | None = None
        week_named: date | None = None  # the Monday of "next week" said earlier in the sentence
        counted_from: set[int] = set()  # closing dates a duration is counted from: not promises
        alternative: tuple[int, int, date] = (-1, 0, ref)  # the last one read: end, rank, day
        for match in scan.finditer(sentence):
            budget -= 1
            if budget < 0:  # one enormous sentence too
                break
            if start + match.start() < declined:  # "..., so I can't give you a date yet"
                continue
            clause_at = clause_start(sentence, match)
            if a_closing_date(sentence, match, counted_from) or vetoed(
                    sentence, match, clause_at, cues, start):
                continue
            if best is not None and kind_of(match) == "sameday" and best[0]:
                continue  # round 25: "decides within a week ...; I'll let you know the same day"
                # is the day already read, not today
            span = _resolved(lower, start, match, ref=ref, country=country,
                             subdivision=subdivision)
            if span is None or span.latest < ref:
                continue
            if "reopen" in lower and kind_of(match) == "hafter":  # round 20: the office's own
                span = after_the_reopening(lower, span, ref=ref, country=country,  # break
                                           subdivision=subdivision)
            span = _in_context(lower, start, sentence, match, span, ref=ref, country=country,
                               subdivision=subdivision, named=(previous_day, week_named))
            previous_day, week_named = _days_named(match, span, previous_day, week_named)
            counted = counted_from_a_day_named(lower, start, match, span, ref=ref,
                                               country=country, subdivision=subdivision)
            if counted is None:  # counted from a day the text never gives
                continue
            # counted from a day named before: the promise, whichever clause its cue is in
            governed = assume_promise or counted is not span or attached(
                sentence, match, cues, start)
            span = counted
            # someone "out until Monday": when the answer can start, weaker than any promise
            strong = not away(sentence, clause_at, match.start())
            alternative = _alternative(sentence, match, span, alternative)
            # "sometimes the same day, but usually a few days": the exception loses to the rest
            usual = 0 if rare and RARELY_RE.search(sentence, clause_at, match.start()) else 1
            rank = (strong, governed, usual * alternative[1], span.latest, -start)
            if best is None or rank > best:
                best, best_found = rank, (span, match, start, end)
    back = None if best is not None and best[0] else after_the_closure(  # round 12: "nach den
        plain, lower, cues, ref=ref, country=country, subdivision=subdivision)  # Betriebsferien"
    return back or _answer(plain, lower, best_found, ref=ref, country=country,
                   subdivision=subdivision)


def _prepared(text: str) -> tuple[str, str, list[int]]:
    """The text made plain and clipped (``MAX_CHARS``), lower-cased, and where its cues start
    (read up to the cue past ``MAX_TIMELINE_CUES``, core.bounds)."""
    plain = _plain_text(text[:MAX_CHARS * 2])[:MAX_CHARS]
    # Turkish capital "İ" lower-cases to "i" plus a combining dot, which no word of the grammar
    # spells ("İki hafta içinde": round 15's blind miss); its Turkish small letter is "i"
    lower = plain.replace("İ", "i").lower()
    if len(lower) != len(plain):  # rare case-mappings that change length: keep offsets aligned
        plain = lower
    cues = _cue_starts(lower)
    if len(cues) > MAX_TIMELINE_CUES:
        plain, lower, cues = plain[:cues[-1]], lower[:cues[-1]], cues[:-1]
    return plain, lower, cues


def _in_context(lower: str, offset: int, sentence: str, match: re.Match[str], span: Span, *,
                named: tuple[date | None, date | None], ref: date, country: str | None,
                subdivision: str | None) -> Span:
    """``span`` read from the day and the week the sentence named before it (``named``): "the
    following week", a deadline weekday after another day, a weekday after "next week", a
    weekday with a week number (``named_days``)."""
    previous_day, week_named = named
    span = after_the_week_named(lower, offset + match.start(), match, span, ref=ref,
                                country=country, subdivision=subdivision)
    if _DEADLINE_BEFORE_RE.search(sentence, max(0, match.start() - 20), match.start()):
        span = after_the_day_named(match, span, previous_day)
    if (span.earliest in (None, span.latest) and kind_of(match) in _DATE_KINDS
            and _DAY_AFTER_BEFORE_RE.search(sentence, max(0, match.start() - 60), match.start())):
        day = span.latest + timedelta(days=1)
        span = Span(earliest=day, latest=day, specificity=span.specificity)
    span = in_the_week_named(match, span, week_named)
    span = in_the_next_week_told_after(match, span, ref)
    span = in_the_week_of_the_day_named(match, span, previous_day)
    if kind_of(match) in _WEEKDAY_KINDS:  # "fredag vecka 10"
        span = in_the_week_numbered(sentence, match, span, ref=ref)
    return span


# round 16: "Second interviews are on Thursday 6 July; ... phone you on the Friday": a plain
# weekday with "the" is the one after the day named before (not "the Monday after", its own)
_ON_THE_RE = re.compile(r"\bon\s+the\s+\Z")
# "she'll ring you the Monday she's back", "the Tuesday we reopen": the first such weekday after
# the day the text says someone is away until (round 16)
_BACK_AFTER_RE = re.compile(r"\s+(?:she|he|they|we|i)(?:'s|'re|'m|\s+is|\s+are|\s+am)\s+back\b"
                            r"|\s+(?:we|the\s+office)\s+reopens?\b")
_PHRASE_END_RE = re.compile(r"\s*(?:[.,;:!?)]|\Z)")  # not "on the Friday of that week"


def _on_the_weekday(lower: str, offset: int, match: re.Match[str]) -> bool:
    return (kind_of(match) == "wday" and not match.group("wday_after")
            and not match.group("wday_mod") and _ON_THE_RE.search(
                lower, max(0, offset + match.start() - 8), offset + match.start()) is not None
            and _PHRASE_END_RE.match(lower, offset + match.end()) is not None)


def _resolved(lower: str, offset: int, match: re.Match[str], *, ref: date, country: str | None,
              subdivision: str | None) -> Span | None:
    """What ``match`` names, read from the day named before it when it refers back."""
    span = resolve(match, ref, country=country, subdivision=subdivision)
    kind = kind_of(match)
    if kind == "hafter":
        named = after_the_holiday_named(lower, offset + match.start(), match, span, ref=ref,
                                        country=country, subdivision=subdivision)
        week = the_week_after_a_holiday(lower, offset + match.start(), match, named, ref=ref,
                                        country=country, subdivision=subdivision)
        # "the day / the first working day / the Wednesday after <holiday>" is read by the
        # resolver itself (``holiday_days``, round 17)
        return week or named
    if kind == "nmonth" and (told := day_of_next_month(  # "the 20th of the following month"
            lower, offset + match.start(), ref)) is not None:
        return told
    if kind == "nmonth" and span is not None and (working := working_day_of_month(  # round 19
            lower, offset + match.start(), span, country=country,
            subdivision=subdivision)) is not None:
        return working
    if kind == "wday" and (nth := nth_weekday_of_month(  # round 16: "the second Tuesday of May"
            lower, offset + match.start(), offset + match.end(),
            match.group("wday_b") or match.group("wday_a"), ref)) is not None:
        return nth
    if kind == "wday" and (before := weekday_before(  # round 18: "the Friday before it"
            lower, offset, match, ref=ref, country=country, subdivision=subdivision)) is not None:
        return before
    if kind in _WEEKDAY_KINDS:  # "am Freitag nach Auffahrt"; "after Thanksgiving Monday"
        if names_a_holiday(lower, offset + match.start()):
            return None
        holiday = the_weekday_after_a_holiday(lower, offset + match.end(), match, ref=ref,
                                              country=country, subdivision=subdivision)
        if holiday is not None:
            return holiday
    if kind in _WEEKDAY_KINDS and (WEEKDAY_AFTER_RE.match(lower, offset + match.end())
                                   or match.group(0).startswith("the following")
                                   or _on_the_weekday(lower, offset, match)
                                   or _BACK_AFTER_RE.match(lower, offset + match.end())
                                   or FOLLOWING_BEFORE_RE.search(
                                       lower, max(0, offset + match.start() - 24),
                                       offset + match.start())):
        return the_weekday_after(lower, offset + match.start(), match, span, ref=ref,
                                 country=country, subdivision=subdivision)
    if kind in _WEEKDAY_KINDS and WEEK_AFTER_BEFORE_RE.search(
            lower, max(0, offset + match.start() - 24), offset + match.start()):
        return the_weekday_of_the_week_after(lower, offset + match.start(), match, span, ref=ref,
                                             country=country, subdivision=subdivision)
    if kind in _WEEKDAY_KINDS and SAME_WEEK_RE.match(lower, offset + match.end()):
        return in_the_same_week(lower, offset + match.start(), match, span, ref=ref,
                                country=country, subdivision=subdivision)
    if kind in REFERRING:
        span = referred_back(lower, offset + match.start(), match, span, ref=ref,
                             country=country, subdivision=subdivision)
    return span


def _alternative(sentence: str, match: re.Match[str], span: Span,
                 before: tuple[int, int, date]) -> tuple[int, int, date]:
    """``match`` as the last alternative read (its end, specificity, day): one told after "or"
    ("the same day, the next day or within a week") and later than the one before it is as
    specific as that one, so the latest of them wins however vaguely it is put."""
    specificity = span.specificity
    if (before[0] >= 0 and span.latest >= before[2]
            and _OR_GAP_RE.fullmatch(sentence, before[0], match.start())):
        specificity = max(specificity, before[1])
    return match.end(), specificity, span.latest


def _days_named(match: re.Match[str], span: Span, previous_day: date | None,
                week: date | None) -> tuple[date | None, date | None]:
    """The latest day and the week a sentence has named so far, with ``match`` read."""
    kind = kind_of(match)
    if kind in _DAY_KINDS:
        previous_day = max(previous_day or span.latest, span.latest)
    if kind in _WEEK_KINDS:
        anchor = span.earliest or span.latest
        week = anchor - timedelta(days=anchor.weekday())
    return previous_day, week


def _answer(plain: str, lower: str, found: tuple[Span, re.Match[str], int, int] | None, *,
            ref: date, country: str | None, subdivision: str | None) -> Timeline | None:
    """The chosen promise as a ``Timeline`` (past any days the text says the office is closed),
    its phrase cut from the sentence it was read in (once, for the one chosen)."""
    if found is None:
        return None
    span, match, start, end = found
    span = closed_days(lower, match, span, ref=ref, country=country, subdivision=subdivision)
    return _timeline(span, _phrase(plain[start:end], match.start(), match.end()), ref)


def _timeline(span: Span, phrase: str, ref: date) -> Timeline:
    """The answer, never before the reference's day, its earliest day inside the range."""
    latest = max(span.latest, ref)
    earliest = None if span.earliest is None else min(max(span.earliest, ref), latest)
    return Timeline(respond_by=latest, phrase=phrase, earliest=earliest)


def _declined(lower: str) -> int:
    """Where the last words saying no date can be given yet end ("it depends on how many people
    we see, so I can't give you a date yet"), or -1: the times told before them are examples
    or hopes, no promise (one told after them still is)."""
    last = -1
    for found in DECLINED_RE.finditer(lower):
        last = found.end()
    return last


def _phrase(sentence: str, lo: int, hi: int) -> str:
    """The sentence, without its bullet, cut to a window around the time words if long."""
    text = sentence.strip()
    offset = len(sentence) - len(sentence.lstrip())
    bullet = _BULLET_RE.match(text)
    if bullet:
        offset += bullet.end()
        text = text[bullet.end():]
    lo, hi = max(0, lo - offset), max(0, hi - offset)
    if len(text) > _PHRASE_MAX:
        begin = max(0, min(lo - 80, len(text) - _PHRASE_MAX))
        text = text[begin:begin + _PHRASE_MAX]
        text = ("…" if begin else "") + text.strip() + ("…" if begin + _PHRASE_MAX < len(
            sentence) else "")
    return " ".join(text.split()).rstrip(".,;")
