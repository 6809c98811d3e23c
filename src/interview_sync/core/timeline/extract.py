"""The employer's timeline: what did they promise about when they would respond?

Owns: ``extract_timeline`` (text + the interview's end → ``Timeline`` or None) and re-exports the
business-day arithmetic of ``businessdays`` so the planner has one place to import from.

Theory of operation. A date or duration counts only when it is attached to a *response cue*
("hear back", "get back to you", "decision", "feedback", "next steps", "be in touch", ...):

1. The text is made plain (HTML descriptions → lines), clipped to ``MAX_CHARS`` and lower-cased.
   A text with no cue at all is answered None at once, which is the common case and costs ~µs.
   A cue inside a look-alike phrase (``NOT_CUE_RE``: "if we don't hear from the client", "your
   point of contact", "we offer relocation", "just confirming your interview") does not count.
2. It is split into sentences (line breaks, bullets, sentence punctuation, ";"); a short heading
   line ending in ":" ("Next steps:") is joined to the line after it.
3. In each sentence that holds a cue, every time expression (``timeline_grammar.TIME_RE``) is
   resolved against the reference day, and then vetoed if its own clause (the words between the
   previous comma/"and"/";" and the expression) says it is not a response promise: scheduling
   chatter ("let's schedule a follow-up next week"), start dates, the candidate's own work
   ("you'll have a week to complete"), benefits and tenure, or the past ("thanks for meeting
   Monday", "two weeks ago", "feedback took two weeks"). A duration after "takes" survives only
   when a cue governs it ("our decision process takes two weeks", "it may take 4 weeks to get
   back to everyone"; not "the move takes 6-8 weeks"). Three things lift a veto: a later clause
   that makes the date the start of the answer ("the next meeting is on October 21, after which
   we'll share the decision"; "references take about a week, and then we'll make an offer"),
   reported speech or a future perfect before a named day ("was told to expect feedback by
   Thursday", "once the team has met on Friday"), and a standing promise to the candidate ("I'll
   update you every two weeks": the first update is one period away, so the reminder falls
   there). Context then adjusts a few meanings, reading the day or week named just before
   (``_anchor``): "the following week" / "the week after" is the week after that one ("reviewing
   through June 19, a decision the following week"); "that week" is its week; "the Monday after"
   is the first Monday after it; "when we reopen" is from that day, "while I'm out" within it; a
   duration "of that" counts from it ("the final interview is on May 12; a decision within a
   week of that"), and so does one "of the <event>" the text dates elsewhere ("the assessment
   centre is 14 September; outcomes within a fortnight of the assessment centre"); and a
   deadline weekday told after another day of the same sentence comes after it ("wrap up
   interviews on Tuesday and decide by Friday", said on a Thursday).
4. Choosing among the survivors (the rule for several promises): a day someone is merely away
   until ("out sick until Monday", ``ABSENCE_RE``) loses to any real promise, but is kept when
   it is all there is ("HM out til 9/28, then decision"); then an expression a cue
   governs (a cue earlier in the sentence or later in its own clause) beats one that merely shares
   a sentence with a cue ("The team debriefs Friday and I'll reach out early next week" → next
   week); then the most specific (explicit date > named day > duration or window > bare EOD:
   "in one to two weeks, most likely by Friday, June 19" → June 19); then the latest day, because
   ``respond_by`` is the last day they said they would respond by ("feedback within 2 days, a
   decision within 2 weeks" → 2 weeks; "Monday or Tuesday" → Tuesday); then the earliest sentence.

Business days in GB follow England's calendar unless a subdivision is given (the library's
nationwide GB calendar lacks Easter Monday and the August bank holiday).

Pure and total: any ``str`` and any aware ``datetime`` in, never raises; ``respond_by`` is never
before the reference's own date and ``earliest`` never after ``respond_by``.
"""

from __future__ import annotations

import bisect
import html
import re
from datetime import date, datetime, timedelta

from interview_sync.core.model import Timeline
from interview_sync.core.timeline import scan
from interview_sync.core.timeline.businessdays import (
    DEFAULT_SUBDIVISION,
    add_business_days,
    is_business_day,
    next_business_day,
)
from interview_sync.core.timeline.cues import (
    ABSENCE_RE,
    ABSENCE_STEMS,
    AFTER_WHICH_RE,
    CUE_RE,
    EFFORT_RE,
    NAMED_DAY_KINDS,
    NOT_CUE_RE,
    PAST_RE,
    PERIODIC_RE,
    PREFIX_ANY_RE,
    PREFIX_END_RE,
    PROCESS_BACK_RE,
    PROCESS_STEMS,
    REPORTED_RE,
    REVIEWING_RE,
    SUFFIX_CUE_RE,
    SUFFIX_VETO_RE,
    TAKES_RE,
)
from interview_sync.core.timeline.dates import Span, resolve
from interview_sync.core.timeline.grammar import MONTH_RE as _MONTH
from interview_sync.core.timeline.grammar import kind_of, number_of, weekday_of

__all__ = [
    "MAX_CHARS", "add_business_days", "extract_timeline", "is_business_day", "next_business_day",
]

MAX_CHARS = 20_000  # promises sit near the top; the rest of a huge description is boilerplate
_PHRASE_MAX = 160
_MAX_CANDIDATES = 200  # time expressions weighed per text; real texts hold a handful

_CLAUSE_BREAK_RE = re.compile(
    r"[,;()\[\]\n]|\s(?:and|but|so|while|although|though|-|–|und|aber|et|mais|y|pero)\s")
_SENTENCE_RE = re.compile(r"\n+|[.!?]+[\s\"')]+(?!\d)|;\s+|\s[•·▪]\s|\s-\s(?=[A-Z])")
# A full stop after one of these is an abbreviation, not the end of a sentence ("Dec. 15th").
_ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "approx", "e.g", "i.e", "etc", "mr", "ms",
    "mrs", "dr", "st", "no", "vs", "a.m", "p.m", "ca", "est", "sr", "jr",
})
# Time words that mean something only from a day named before them ("the week after").
_REFERRING = frozenset({"weekafter", "thatweek", "backref", "wday"})
# "... and make a decision by Friday": a deadline told after another day of the same sentence.
_DEADLINE_BEFORE_RE = re.compile(r"\b(?:by|before|until|till|later\s+than)\s+$")
_FOLLOWING_WEEK_KINDS = frozenset({"nweek", "nwearly", "nwmid", "nwlate"})
_DAY_KINDS = frozenset({"wday", "today", "tomorrow", "dayafter"})
_LAST_WORD_RE = re.compile(r"([\w.]+)$")
_ANCHORED_RE = re.compile(r"\s+(?:of|after|from)\s+(?:that|then|this|it)\b")
# "within two weeks of the closing date (20 March)", "zwei Wochen nach Ende der Bewerbungsfrist am
# 20. März", "two weeks after the application window closes on June 30": counted from that date,
# which may be past already (a closing date usually is).
_NAMED_DATE_RE = re.compile(
    r"\s+(?:of|after|following|from|from\s+the\s+day\s+after|nach|apr(?:è|e)s|despu(?:é|e)s\s+de"
    r"|tras|a\s+partir\s+de)\s+(?:the\s+|our\s+|this\s+|der\s+|dem\s+|des\s+|la\s+|le\s+|el\s+)?"
    r"(?:(?:job|vacancy|advert|posting|application|applications?)\s+)?(?:closing\s+date|close\s+date"
    r"|deadline|close\s+of\s+applications|(?:window|period|deadline|posting)\s+(?:closes|closing)"
    r"|(?:window|posting|advert|vacancy)\s+closes|ende\s+(?:der\s+)?bewerbungsfrist|bewerbungsfrist"
    r"|bewerbungsschluss|date\s+limite|cl(?:ô|o)ture(?:\s+des\s+candidatures)?|fecha\s+l(?:í|i)mite"
    r"|cierre(?:\s+de\s+(?:la\s+)?convocatoria)?)"
    r"[\s,:(]*(?:of|on|is|am|le|el|du|del|,)?[\s(]*")
# "Applications close on 31 March", "closing date: 31 March", "Bewerbungsschluss ist der 20.
# März", "date limite de candidature : 15 mars", "la fecha límite es el 20 de marzo"
_CLOSING_STATED_RE = re.compile(
    r"\b(?:(?:applications?|the\s+(?:vacancy|posting|advert|role|position))\s+(?:will\s+)?(?:close|closes"
    r"|closing)\s+(?:on\s+)?|(?:the\s+)?closing\s+date\s*(?:is|:|of)?\s*|(?:application\s+)?deadline"
    r"(?:\s+for\s+applications)?\s*(?:is|:)\s*|bewerbungsfrist\s+(?:endet|l(?:ä|a)uft)\s+(?:bis\s+)?(?:am\s+|zum\s+)?"
    r"|bewerbungsschluss\s*(?:ist\s+)?(?:der\s+|am\s+|:\s*)?|date\s+limite(?:\s+de\s+candidature)?\s*"
    r"(?::|est\s+(?:le|fix(?:é|e)e\s+au))?\s*|fecha\s+l(?:í|i)mite(?:\s+de\s+(?:presentaci(?:ó|o)n|inscripci(?:ó|o)n))?"
    r"\s*(?:es\s+el|:)?\s*)")
_ANCHOR_LOOKBACK = timedelta(days=180)  # a named closing date is read as within six months back
# "within a fortnight of the assessment centre": an event, dated elsewhere in the text when the
# same words are followed by "is/will be ... <day>" ("the assessment centre is 14 September").
_EVENT_OF_RE = re.compile(
    r"\s+(?:of|after|following)\s+(?:the|your)\s+(?P<event>(?:(?:final|last|second|third|next|panel"
    r"|onsite|on-site)\s+)?(?:interview|assessment(?:\s+(?:centre|center|day))?|panel|meeting"
    r"|session|round|onsite|on-site|presentation)s?)\b")
_EVENT_DATED = (r"\s+(?:is|are|will\s+be|'s|takes\s+place|has\s+been)\s+"
                r"(?:(?:scheduled|planned|booked|set|due|taking\s+place|held)\s+)?(?:for\s+|on\s+)?")
# "bis zum 27. März": a full stop after a day number, before a month name, ends no sentence.
_DAY_DOT_RE = re.compile(r"\d{1,2}$")
_MONTH_AHEAD_RE = re.compile(r"\s*(?:" + _MONTH + r")\b")
_CLAUSE_WINDOW = 120  # characters before a time expression that can still govern it
_SCRIPT_RE = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG_RE = re.compile(
    r"<\s*/?\s*(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|blockquote|pre|hr|dt|dd"
    r"|header|footer)\b[^>]*>", re.IGNORECASE)
_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_HEADING_RE = re.compile(r"[^\n]{0,40}:\s*$")
_BULLET_RE = re.compile(r"^\s*(?:[-*•·▪>]+|\d{1,2}[.)])\s*")
_TRANSLATE = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
})


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
        return _extract(text, reference, country, subdivision, assume_promise)
    except Exception:  # a bug in a heuristic must never stop the planner; no promise found
        return None


def _extract(text: str, reference: datetime, country: str | None, subdivision: str | None,
             assume_promise: bool = False) -> Timeline | None:
    if not isinstance(text, str) or not text:
        return None
    plain = _plain_text(text[:MAX_CHARS * 2])[:MAX_CHARS]
    lower = plain.lower()
    if len(lower) != len(plain):  # rare case-mappings that change length: keep offsets aligned
        plain = lower
    cues = _cue_starts(lower)
    if not cues and not assume_promise:
        return None
    ref = reference.date()
    if subdivision is None and isinstance(country, str):
        subdivision = DEFAULT_SUBDIVISION.get(country.strip().upper())
    best: tuple[bool, bool, int, date, int] | None = None
    best_span: Span | None = None
    best_phrase, budget = "", _MAX_CANDIDATES
    for start, end in _sentences(lower):
        if budget <= 0:  # a pathological text (hundreds of dated promises): stop reading
            break
        first_cue = bisect.bisect_left(cues, start)
        if not assume_promise and (first_cue == len(cues) or cues[first_cue] >= end):
            continue
        sentence = lower[start:end]
        previous_day: date | None = None
        counted_from: set[int] = set()  # closing dates a duration is counted from: not promises
        for match in scan.finditer(sentence):
            budget -= 1
            clause_start = _clause_start(sentence, match)
            if _a_closing_date(sentence, match, counted_from) or _vetoed(
                    sentence, match, clause_start, cues, start):
                continue
            span = resolve(match, ref, country=country, subdivision=subdivision)
            if kind_of(match) in _REFERRING:
                span = _referred_back(lower, start + match.start(), match, span, ref=ref,
                                      country=country, subdivision=subdivision)
            if span is None or span.latest < ref:
                continue
            span = _after_the_week_named(lower, start + match.start(), match, span, ref=ref,
                                         country=country, subdivision=subdivision)
            if _DEADLINE_BEFORE_RE.search(sentence, max(0, match.start() - 20), match.start()):
                span = _after_the_day_named(match, span, previous_day)
            if kind_of(match) in _DAY_KINDS:
                previous_day = max(previous_day or span.latest, span.latest)
            span = _counted_from_a_day_named(lower, start, match, span, ref=ref,
                                             country=country, subdivision=subdivision)
            attached = assume_promise or _attached(sentence, match, cues, start)
            # someone "out until Monday": when the answer can start, weaker than any promise
            strong = not _away(sentence, clause_start, match.start())
            rank = (strong, attached, span.specificity, span.latest, -start)
            if best is None or rank > best:
                best, best_span = rank, span
                best_phrase = _phrase(plain[start:end], match.start(), match.end())
    if best_span is None:
        return None
    latest = max(best_span.latest, ref)
    earliest = best_span.earliest
    if earliest is not None:
        earliest = min(max(earliest, ref), latest)
    return Timeline(respond_by=latest, phrase=best_phrase, earliest=earliest)


def _away(sentence: str, start: int, end: int) -> bool:
    """``ABSENCE_RE`` in ``sentence[start:end]``, behind a cheap test for the words it needs."""
    clause = sentence[start:end]
    return any(stem in clause for stem in ABSENCE_STEMS) and bool(
        ABSENCE_RE.search(sentence, start, end))


def _a_closing_date(sentence: str, match: re.Match[str], counted_from: set[int]) -> bool:
    """True for the closing date a duration before it is counted from ("within two weeks of
    the closing date, 27 March"): that date is no promise. A duration notes where its date is."""
    if kind_of(match) == "dur":
        named_date = _NAMED_DATE_RE.match(sentence, match.end())
        if named_date is not None:
            counted_from.add(named_date.end())
    return match.start() in counted_from


def _cue_starts(lower: str) -> list[int]:
    """Where each response cue starts, leaving out those inside a phrase that only looks like one
    ("if we don't hear from the client", "your point of contact", "we offer relocation")."""
    # Only the few characters around each cue are searched for a look-alike: a full pass over a
    # long invite would cost as much as finding the cues.
    cues = [cue.start() for cue in CUE_RE.finditer(lower)
            if not any(fake.start() <= cue.start() < fake.end() for fake in NOT_CUE_RE.finditer(
                lower, max(0, cue.start() - 30), cue.end() + 30))]
    if any(stem in lower for stem in PROCESS_STEMS):  # a cheap gate before the pattern
        cues += [ref.start() for ref in PROCESS_BACK_RE.finditer(lower)
                 if REVIEWING_RE.search(lower, max(0, ref.start() - 200), ref.start())]
        cues.sort()
    return cues


def _has_cue(cues: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(cues, lo)
    return i < len(cues) and cues[i] < hi


def _after_the_week_named(lower: str, at: int, match: re.Match[str], span: Span, *, ref: date,
                          country: str | None, subdivision: str | None) -> Span:
    """ "An offsite next week; we'll be in touch the following week", "reviewing candidates
    through June 19, a decision the following week": the week after the day or week just
    named, not next week again."""
    if kind_of(match) not in _FOLLOWING_WEEK_KINDS or "following" not in match.group(0):
        return span
    anchor = _anchor(lower, at, ref=ref, country=country, subdivision=subdivision, specificity=2)
    if anchor is None:
        return span
    monday = anchor.latest + timedelta(days=7 - anchor.latest.weekday())
    shift = monday - (ref + timedelta(days=7 - ref.weekday()))
    if shift <= timedelta(0):
        return span
    return Span(earliest=span.earliest + shift if span.earliest else None,
                latest=span.latest + shift, specificity=span.specificity)


def _after_the_day_named(match: re.Match[str], span: Span, previous: date | None) -> Span:
    """ "We'll wrap up interviews on Tuesday and make a decision by Friday" (said on a Thursday):
    a plain weekday told after another day in the same sentence comes after it, the Friday
    after that Tuesday rather than tomorrow."""
    if (previous is None or kind_of(match) != "wday" or match.group("wday_mod")
            or match.group("wday_pre")
            or match.group("wday_nw") or match.group("wday_after") or span.latest >= previous):
        return span
    shift = timedelta(days=7 * ((previous - span.latest).days // 7 + 1))
    return Span(earliest=span.earliest + shift if span.earliest else None,
                latest=span.latest + shift, specificity=span.specificity)


def _anchor(lower: str, at: int, *, ref: date, country: str | None, subdivision: str | None,
            specificity: int) -> Span | None:
    """The last day or window named in the 200 characters before ``at``, if any."""
    anchor: Span | None = None
    for earlier in scan.finditer(lower, max(0, at - 200), at):
        if kind_of(earlier) in _REFERRING:
            continue
        named = resolve(earlier, ref, country=country, subdivision=subdivision)
        if named is not None and named.specificity >= specificity:
            anchor = named
    return anchor


def _referred_back(lower: str, at: int, match: re.Match[str], span: Span | None, *, ref: date,
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
    anchor = _anchor(lower, at, ref=ref, country=country, subdivision=subdivision,
                     specificity=3 if kind == "backref" else 2)
    if kind == "wday":
        if anchor is None:
            return span
        target = weekday_of(match.group("wday_a"))
        ahead = (target - anchor.latest.weekday()) % 7 or 7
        return Span(earliest=None, latest=anchor.latest + timedelta(days=ahead), specificity=3)
    if kind == "weekafter":
        base = anchor.latest if anchor is not None else ref
        monday = base + timedelta(days=7 - base.weekday())
        return Span(earliest=monday, latest=monday + timedelta(days=4), specificity=2)
    if anchor is None:
        return None
    if kind == "thatweek":
        monday = anchor.latest - timedelta(days=anchor.latest.weekday())
        friday = max(monday + timedelta(days=4), anchor.latest)
        return Span(earliest=max(monday, anchor.earliest or anchor.latest), latest=friday,
                    specificity=2)
    # backref: "when we reopen" / "while I'm out" / "shortly after" / "right after"
    if match.group(0).startswith("while"):
        return Span(earliest=anchor.earliest, latest=anchor.latest, specificity=2)
    days = 1 if match.group(0).startswith(("right", "straight")) else 2
    return Span(earliest=anchor.latest, specificity=2, latest=add_business_days(
        anchor.latest, days, country=country, subdivision=subdivision))


def _counted_from_a_day_named(lower: str, offset: int, match: re.Match[str], span: Span, *,
                              ref: date, country: str | None, subdivision: str | None) -> Span:
    """ "The final interview is on May 12; a decision will follow within a week of that": a
    duration counted from the day named just before it, not from the reference. So is one
    counted from an event the text dates elsewhere: "the assessment centre is 14 September;
    outcomes within a fortnight of the assessment centre", "a decision within 5 business days
    of your final interview. Your final interview is scheduled for March 26"."""
    if kind_of(match) != "dur":
        return span
    at = offset + match.start()
    anchor: date | None = None
    named_date = _NAMED_DATE_RE.match(lower, offset + match.end())
    if named_date is not None:
        closing = _closing_date(lower, named_date.end(), ref=ref, country=country,
                                subdivision=subdivision)
        if closing is not None:
            moved = resolve(match, closing, country=country, subdivision=subdivision)
            return moved if moved is not None else span
    if _ANCHORED_RE.match(lower, offset + match.end()):
        for earlier in scan.finditer(lower, max(0, at - 200), at):
            named = resolve(earlier, ref, country=country, subdivision=subdivision)
            if named is not None and named.specificity >= 3:
                anchor = named.latest
    else:
        event = _EVENT_OF_RE.match(lower, offset + match.end())
        if event is None:
            return span
        dated = re.compile(re.escape(event.group("event")) + _EVENT_DATED)
        for found in dated.finditer(lower):
            if found.start() == event.start("event"):
                continue
            day = scan.match(lower, found.end())
            named = day and resolve(day, ref, country=country, subdivision=subdivision)
            if named and named.specificity >= 3:
                anchor = named.latest
                break
    if anchor is None or anchor <= ref:
        return span
    # counted again from that day: a shift by calendar days would break business-day counts
    moved = resolve(match, anchor, country=country, subdivision=subdivision)
    return moved if moved is not None else span


def _closing_date(lower: str, at: int, *, ref: date, country: str | None,
                  subdivision: str | None) -> date | None:
    """The closing date a duration is counted from: the date right after the words ("two weeks
    after the closing date, 20 March"), else the one the text states elsewhere ("Applications
    close on 31 March; ... within two weeks of the closing date")."""
    starts = [at] + [stated.end() for stated in _CLOSING_STATED_RE.finditer(lower)]
    for start in starts:
        day = scan.match(lower, start)
        # resolved from half a year back, so that a closing date just past stays this year's
        named = day and resolve(day, ref - _ANCHOR_LOOKBACK, country=country,
                                subdivision=subdivision)
        if named and named.specificity >= 3:
            return named.latest
    return None


def _plain_text(text: str) -> str:
    """Text with HTML tags turned into line breaks and entities decoded.

    Deliberately lighter than ``text.html_to_text`` (a regex pass, ~5x faster than
    ``html.parser`` on a long invite): all we need is sentence boundaries where blocks end.
    """
    if "<" in text:
        text = _SCRIPT_RE.sub(" ", text)
        text = _BLOCK_TAG_RE.sub("\n", text)
        text = _TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)


def _sentences(plain: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence; a heading line joins the line after it."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for sep in _SENTENCE_RE.finditer(plain):
        if sep.group(0)[0] == "." and pos < sep.start():
            word = _LAST_WORD_RE.search(plain, max(pos, sep.start() - 12), sep.start())
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            if (word and _DAY_DOT_RE.search(word.group(1))
                    and _MONTH_AHEAD_RE.match(plain, sep.end() - 1)):
                continue
        if sep.start() > pos:
            spans.append((pos, sep.start()))
        pos = sep.end()
    if pos < len(plain):
        spans.append((pos, len(plain)))
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _HEADING_RE.match(plain, joined[-1][0], joined[-1][1]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _clause_start(sentence: str, match: re.Match[str]) -> int:
    clause_start = max(0, match.start() - _CLAUSE_WINDOW)
    for brk in _CLAUSE_BREAK_RE.finditer(sentence, clause_start, match.start()):
        clause_start = brk.end()
    return clause_start


def _vetoed(sentence: str, match: re.Match[str], clause_start: int, cues: list[int],
            offset: int) -> bool:
    """True when the clause around ``match`` says it is not a response promise."""
    prefix = sentence[clause_start:match.start()]
    kind = kind_of(match)
    if prefix and PREFIX_ANY_RE.search(prefix) and not _answered_after(sentence, match, cues,
                                                                        offset):
        return True
    ending = PREFIX_END_RE.search(prefix) if prefix else None
    if ending and not (kind == "dur" and PERIODIC_RE.search(prefix)):
        return True
    told = 0  # "was told to expect feedback by Thursday": only the words after "told" count
    for reported in REPORTED_RE.finditer(prefix):  # also "once the team has met on Friday"
        told = reported.end()
    if kind in NAMED_DAY_KINDS and PAST_RE.search(prefix, told):
        return True
    if kind == "dur" and sentence[max(0, match.start() - 1):match.start()] == "(":
        return True  # "onsite (4 hours)": a parenthetical length, not a wait
    if (kind == "dur" and match.group("dur_u").startswith("h")
            and max(number_of(match.group("dur_n1")), number_of(match.group("dur_n2"))) < 24
            and EFFORT_RE.search(prefix)):
        return True  # "should take about 3 hours": the candidate's effort, not a wait
    if (kind == "dur" and TAKES_RE.search(prefix)
            # "it may take another couple of weeks": more of a wait already under way
            and not match.group(0).startswith("another")
            and not _has_cue(cues, offset + clause_start, offset + match.start())
            and not (SUFFIX_CUE_RE.match(sentence, match.end())
                     and _has_cue(cues, offset + match.end(), offset + match.end() + 40))
            and not _answered_after(sentence, match, cues, offset)):
        return True  # "the move typically takes 6-8 weeks": how long something lasts
    return bool(SUFFIX_VETO_RE.match(sentence, match.end()))


def _answered_after(sentence: str, match: re.Match[str], cues: list[int], offset: int) -> bool:
    """ "The next meeting is on October 21, after which we'll share the decision": a date the
    words after it make the start of the answer (when they name no time of their own)."""
    after = AFTER_WHICH_RE.match(sentence, match.end())
    if after is None:
        return False
    rest = sentence[after.end():after.end() + 60]
    return (_has_cue(cues, offset + after.end(), offset + after.end() + len(rest))
            and scan.search(rest) is None)


def _attached(sentence: str, match: re.Match[str], cues: list[int], offset: int) -> bool:
    """True when a cue governs ``match``: anywhere before it, or later in its own clause.

    "The team will debrief on Friday and I'll reach out early next week": Friday's clause
    promises nothing, so the week wins even though a weekday is more specific.
    """
    if _has_cue(cues, offset, offset + match.start()):
        return True
    brk = _CLAUSE_BREAK_RE.search(sentence, match.end())
    return _has_cue(cues, offset + match.end(), offset + (brk.start() if brk else len(sentence)))


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
