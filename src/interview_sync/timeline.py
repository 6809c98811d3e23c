"""The employer's timeline: what did they promise about when they would respond?

Owns: ``extract_timeline`` (text + the interview's end → ``Timeline`` or None) and re-exports the
business-day arithmetic of ``businessdays`` so the planner has one place to import from.

Theory of operation. A date or duration counts only when it is attached to a *response cue*
("hear back", "get back to you", "decision", "feedback", "next steps", "be in touch", ...):

1. The text is made plain (HTML descriptions → lines), clipped to ``MAX_CHARS`` and lower-cased.
   A text with no cue at all is answered None at once, which is the common case and costs ~µs.
2. It is split into sentences (line breaks, bullets, sentence punctuation, ";"); a short heading
   line ending in ":" ("Next steps:") is joined to the line after it.
3. In each sentence that holds a cue, every time expression (``timeline_grammar.TIME_RE``) is
   resolved against the reference day, and then vetoed if its own clause (the words between the
   previous comma/"and"/";" and the expression) says it is not a response promise: scheduling
   chatter ("let's schedule a follow-up next week"), start dates, the candidate's own work
   ("you'll have a week to complete"), benefits and tenure, or the past ("thanks for meeting
   Monday", "two weeks ago").
4. Of the survivors the most specific wins (explicit date > named day > duration or window >
   bare EOD), and among equally specific ones the latest day, because ``respond_by`` is the last
   day they said they would respond by ("feedback within 2 days, a decision within 2 weeks").

Pure and total: any ``str`` and any aware ``datetime`` in, never raises; ``respond_by`` is never
before the reference's own date and ``earliest`` never after ``respond_by``.
"""

from __future__ import annotations

import bisect
import html
import re
from datetime import date, datetime

from interview_sync.businessdays import add_business_days, is_business_day, next_business_day
from interview_sync.model import Timeline
from interview_sync.timeline_grammar import TIME_RE, Span, kind_of, resolve

__all__ = [
    "MAX_CHARS", "add_business_days", "extract_timeline", "is_business_day", "next_business_day",
]

MAX_CHARS = 20_000  # promises sit near the top; the rest of a huge description is boilerplate
_PHRASE_MAX = 160
_MAX_CANDIDATES = 200  # time expressions weighed per text; real texts hold a handful

_CUE_RE = re.compile(
    r"\b(?:hear(?:ing)?\s+(?:back|from|more|something|anything)|heard\s+(?:back|from)"
    r"|get(?:ting)?\s+back|come\s+back\s+to\s+you|revert|(?:be|get|keep|stay)\s+in\s+touch"
    r"|follow(?:ing)?[\s-]?up|let\s+you\s+know|inform|notif|update|decision|decide"
    r"|deciding|feedback|next\s+steps?|respond|response|repl(?:y|ies)|news|outcome|results?\b"
    r"|reach(?:ing)?\s+(?:back\s+)?out|circle\s+back|touch\s+base|finali[sz]|conclu"
    r"|wrap(?:ping|s)?\s+up\s+(?:the\s+|our\s+|all\s+|final\s+|remaining\s+)*(?:interview|process"
    r"|search|hiring|loop|round)|keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)"
    r"|(?:e-?mail|call|message|note|word|ping|text)\s+from\s+(?:us|me|the\s+team|our|the\s+recruit)"
    r"|expect\s+(?:an?\s+)?(?:e-?mail|call|message|note|response|answer|reply|update|decision)"
    r"|reconnect|connect\s+with\s+you|(?:get|be)\s+in\s+contact|come\s+through"
    r"|answer|offers?\b|verdict|timeline|turnaround|status|contact\s+you|ping\s+you"
    r"|e-?mail\s+you|call\s+you|move\s+forward|moving\s+forward|make\s+a\s+call"
    r"|determin|confirm|selection|shortlist|word\s+(?:back|from)|expect\s+to\s+hear|get\s+word"
    r"|come\s+back|be\s+back\s+to\s+you|be\s+back\s+in\s+touch|let\s+(?:you|u)\s+kn"
    # German, French, Spanish
    r"|melden|r(?:ü|u)ckmeldung|entscheid|antwort|bescheid|zur(?:ü|u)ck|reviendr|revenir"
    r"|r(?:é|e)ponse|d(?:é|e)cision|retour|nouvelles|tiendr|contactar|contacto|respuesta"
    r"|decisi(?:ó|o)n|noticias|comentarios|informar|avisar)",
)

# Words anywhere between the clause start and a time expression that make it something other
# than a response promise: scheduling chatter, start dates, benefits, the candidate's own work.
_PREFIX_ANY_RE = re.compile(
    r"\b(?:schedul\w*|reschedul\w*|calendar\s+invite|send\s+(?:you\s+)?(?:an?\s+|the\s+)?invite"
    r"|invite\s+you|book(?:ed|ing)?\b|set\s+up|arrange|availability|are\s+you\s+(?:free|available)"
    r"|works?\s+for\s+you|start(?:s|ing)?\b|begin(?:s|ning)?\b|onboard\w*|joining|join\s+us"
    r"|probation\w*|pto\b|vacation|holiday\s+allowance|parental|vest\w*|tenure|notice\s+period"
    r"|experience|out\s+of\s+(?:the\s+)?office|ooo\b|traveling|travelling|assignment"
    r"|take[\s-]?home|homework|coding\s+(?:exercise|challenge)|submit|expires?\b|valid\b"
    r"|salary|bonus|equity|grown|growth|founded|hold\s+(?:the\s+)?(?:date|time)"
    r"|feel\s+free|(?:don't|do\s+not)\s+hesitate|if\s+you\s+have\s+(?:any\s+)?questions"
    r"|moved\s+(?:to|up|back)|postponed|pushed\s+(?:to|back)|confirmed\s+for"
    r"|follow[\s-]?up\s+(?:interview|call|meeting|chat|session|round)"
    r"|(?:interview|call|meeting|onsite|chat|round|session|availability)\s*:"
    r"|please\s+(?:reply|respond|confirm|send|submit|complete|return|let\s+us\s+know|provide"
    r"|share|sign|get\s+back)|(?:can|could|would)\s+you\b|get\s+back\s+to\s+us|let\s+us\s+know"
    r"|reach\s+out\s+to\s+us|(?:reply|respond)\s+to\s+(?:us|me|this)|from\s+you\b"
    r"|your\s+(?:response|reply|answer|decision|availability|confirmation|signature|feedback)"
    r"|(?:your|the|our)\s+(?:next\s+|final\s+|follow[\s-]?up\s+)?(?:interview|onsite|on-site"
    r"|call|meeting|chat|round|visit)\s+(?:is|are|will\s+be|would\s+be)\b"
    r"|(?:next|final|second|third|follow[\s-]?up|another)\s+(?:round|interview|call|meeting|chat)"
    r"\s+(?:on|at|for)\b|move\s+(?:the|our)\s+(?:call|meeting|interview))",
)
# Words immediately before a time expression that do the same ("you'll have a week", "for the
# past two weeks", "it should take you 3 hours").
_PREFIX_END_RE = re.compile(
    r"(?:\byou(?:'ll|\s+will|\s+would|'d)?\s+(?:have|get)|\btakes?\s+you|\bshould\s+take"
    r"|\btakes?|\bspend|\blasts?|\bfor|\bfor\s+the|\bpast|\blast|\bprevious|\bsince|\bbeen"
    r"|\bevery|\beach|\bper|\bover\s+the\s+(?:past|last)|\bin\s+the\s+(?:past|last))"
    r"(?:\s+(?:about|around|approximately|roughly|up\s+to|only|just|at\s+least|the))?\s*$",
)
# Past-tense words that make a named day a reference to what happened ("thanks for Monday").
_PAST_RE = re.compile(
    r"\b(?:thanks?|thank\s+you|was|were|had|met|spoke|came|chatted|enjoyed|earlier|last"
    r"|since|ago|interviewed|talked|visited)\b",
)
# Words right after a time expression that say it is not a response date.
_SUFFIX_VETO_RE = re.compile(
    r"\s*(?:to\s+(?:complete|submit|finish|work\s+on|do\b|return|turn\s+(?:it\s+)?around"
    r"|prepare|review\s+the\s+offer|decide\s+on\s+(?:the|our|an?)\s+offer|accept|consider"
    r"|think|sign)|of\s+(?:pto|vacation|paid|leave|parental|experience|notice|onboarding"
    r"|training)|probation|notice|ago\b|-?long\b|in\s+(?:the\s+)?office|(?:a|per)\s+(?:week"
    r"|month|year)\b|onsite|on-site|remote|from\s+(?:home|the\s+office)|off\b|pto\b|vacation"
    r"|leave\b|ramp|cliff|vesting|before\s+(?:you|your)\s+start|'s\s+(?:interview|call|meeting|chat|onsite|session)|-?(?:interview|call"
    r"|meeting|chat|session|workshop|sprint|cadence|cycle|rotation|shift)s?\b|of\s+each"
    r"|of\s+every|earlier)",
)
_NAMED_DAY_KINDS = frozenset({"wday", "today", "tomorrow", "eod", "clock", "tweek"})
_CLAUSE_BREAK_RE = re.compile(r"[,;()\[\]\n]|\s(?:and|but|so|while|although|though|-|–)\s")
_SENTENCE_RE = re.compile(r"\n+|[.!?]+[\s\"')]+|;\s+|\s[•·▪]\s|\s-\s(?=[A-Z])")
# A full stop after one of these is an abbreviation, not the end of a sentence ("Dec. 15th").
_ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "approx", "e.g", "i.e", "etc", "mr", "ms",
    "mrs", "dr", "st", "no", "vs", "a.m", "p.m", "ca", "est", "sr", "jr",
})
_LAST_WORD_RE = re.compile(r"([\w.]+)$")
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
                     subdivision: str | None = None) -> Timeline | None:
    """The response date ``text`` promises, seen from ``reference`` (the interview's end).

    ``reference`` must be timezone-aware; days are counted in its time zone. Business days skip
    the public holidays of ``country`` (ISO code; unknown codes mean weekends only). Returns None
    when the text promises nothing. Never raises.
    """
    try:
        return _extract(text, reference, country, subdivision)
    except Exception:  # a bug in a heuristic must never stop the planner; no promise found
        return None


def _extract(text: str, reference: datetime, country: str | None,
             subdivision: str | None) -> Timeline | None:
    if not isinstance(text, str) or not text:
        return None
    plain = _plain_text(text[:MAX_CHARS * 2])[:MAX_CHARS]
    lower = plain.lower()
    if len(lower) != len(plain):  # rare case-mappings that change length: keep offsets aligned
        plain = lower
    cues = [cue.start() for cue in _CUE_RE.finditer(lower)]
    if not cues:
        return None
    ref = reference.date()
    best: tuple[bool, int, date, int] | None = None
    best_span: Span | None = None
    best_phrase = ""
    budget = _MAX_CANDIDATES
    for start, end in _sentences(plain):
        if budget <= 0:  # a pathological text (hundreds of dated promises): stop reading
            break
        first_cue = bisect.bisect_left(cues, start)
        if first_cue == len(cues) or cues[first_cue] >= end:
            continue
        sentence = lower[start:end]
        for match in TIME_RE.finditer(sentence):
            budget -= 1
            if _vetoed(sentence, match):
                continue
            span = resolve(match, ref, country=country, subdivision=subdivision)
            if span is None or span.latest < ref:
                continue
            rank = (_attached(sentence, match), span.specificity, span.latest, -start)
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


def _vetoed(sentence: str, match: re.Match[str]) -> bool:
    """True when the clause around ``match`` says it is not a response promise."""
    clause_start = max(0, match.start() - _CLAUSE_WINDOW)
    for brk in _CLAUSE_BREAK_RE.finditer(sentence, clause_start, match.start()):
        clause_start = brk.end()
    prefix = sentence[clause_start:match.start()]
    if prefix and (_PREFIX_ANY_RE.search(prefix) or _PREFIX_END_RE.search(prefix)):
        return True
    kind = kind_of(match)
    if kind in _NAMED_DAY_KINDS and _PAST_RE.search(prefix):
        return True
    if kind == "dur" and sentence[max(0, match.start() - 1):match.start()] == "(":
        return True  # "onsite (4 hours)": a parenthetical length, not a wait
    return bool(_SUFFIX_VETO_RE.match(sentence, match.end()))


def _attached(sentence: str, match: re.Match[str]) -> bool:
    """True when a cue governs ``match``: anywhere before it, or later in its own clause.

    "The team will debrief on Friday and I'll reach out early next week": Friday's clause
    promises nothing, so the week wins even though a weekday is more specific.
    """
    if _CUE_RE.search(sentence, 0, match.start()):
        return True
    brk = _CLAUSE_BREAK_RE.search(sentence, match.end())
    return bool(_CUE_RE.search(sentence, match.end(), brk.start() if brk else len(sentence)))


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
