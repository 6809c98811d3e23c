"""The closing date of a posting: the day a duration told after it is counted from.

Owns the words that name a closing date ("within two weeks of the closing date, 20 March",
"zwei Wochen nach Ende der Bewerbungsfrist am 20. März", "una semana después del cierre de
postulaciones, el 30 de octubre": ``CLOSING_DATE_AFTER_RE``; one the text never dates:
``UNDATED_CLOSE_RE``), the statements that give it elsewhere ("Applications close on 31 March",
"Bewerbungsschluss ist der 20. März") and the words before a duration that count it from the
closing ("after the position closes", "nach Ablauf der Bewerbungsfrist am 15. Mai"):
``closing_date``, ``closing_told_before``, ``closes_right_before``. Why its own module: a
closing date is usually past, so it is read from half a year back, and the date right after
these words is no promise. Split from ``context`` (round 21), which counts durations from the
days these functions find; ``THAT_IS`` ("i.e.", "c'est-à-dire") is shared with its apposition
reader. Pure; no I/O.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from interview_sync.core.timeline import scan
from interview_sync.core.timeline.dates import resolve
from interview_sync.core.timeline.event_days import ANCHOR_LOOKBACK

__all__ = ["CLOSING_DATE_AFTER_RE", "THAT_IS", "UNDATED_CLOSE_RE", "closes_right_before",
           "closing_date", "closing_told_before"]

# "i.e.", "tj.", "d.h.", "c'est-à-dire", "es decir", "cioè", "dvs.", "tzn.": the same day put
# another way ("od zveřejnění oznámení, tj. od 2. března")
THAT_IS = (
    r"(?:(?:i\.\s?e\.?|tj\.?|d\.\s?h\.?|dvs\.?|tzn\.?|cio(?:è|e)|c'est-(?:à|a)-dire|es\s+decir"
    r"|isto\s+(?:é|e)|that\s+is"
    # round 9: "od zakończenia rozmów, czyli od 4 grudnia", "ossia", "namely", "nämlich"
    r"|czyli|ossia|ovvero|namely|n(?:ä|a)mlich|o\s+sea|ou\s+seja|alts(?:å|a)|eli|vagyis|yani"
    # round 19 ("tl19i"): Malay and Indonesian "iaitu / yaitu" (that is)
    r"|iaitu|yaitu)"
    r"\s*,?\s*)?")
# ... a closing date of the posting the text never dates: the promise has no day (round 8:
# "if you do not hear within six weeks after the closing date", "notified within 4-6 weeks of
# the closing date of the job posting")
UNDATED_CLOSE_RE = re.compile(
    r"\s+(?:of|after|from|following)\s+the\s+(?:closing\s+date|close\s+of\s+applications)\b")
# "within two weeks of the closing date (20 March)", "zwei Wochen nach Ende der Bewerbungsfrist am
# 20. März", "two weeks after the application window closes on June 30": counted from that date,
# which may be past already (a closing date usually is).
CLOSING_DATE_AFTER_RE = re.compile(
    r"\s+(?:of|after|following|from|from\s+the\s+day\s+after|nach|apr(?:è|e)s|despu(?:é|e)s\s+de"
    r"|suivant(?:e|s|es)?|siguientes?\s+al?|efter|etter|po|od"
    r"|tras|a\s+partir\s+de|na|dopo|depois\s+d[oa]|ap(?:ó|o)s|despu(?:é|e)s\s+del|del|dall[ao]|dal|da)\s+"
    r"(?:the\s+|our\s+|this\s+|der\s+|dem\s+|des\s+|la\s+|le\s+|el\s+|de\s+|il\s+|o\s+|a\s+)?"
    r"(?:(?:job|vacancy|advert|posting|application|applications?)\s+)?(?:closing\s+date|close\s+date"
    r"|deadline|close\s+of\s+applications|(?:window|period|deadline|posting)\s+(?:closes|closing)"
    r"|(?:window|posting|advert|vacancy)\s+closes|ende\s+(?:der\s+)?bewerbungsfrist|bewerbungsfrist"
    r"|bewerbungsschluss|date\s+limite|date\s+de\s+cl(?:ô|o)ture|cl(?:ô|o)ture(?:\s+(?:des\s+candidatures"
    r"|de\s+l'(?:annonce|offre|affichage)))?|fecha\s+l(?:í|i)mite"
    r"|(?:ans(?:ø|o)gnings|s(?:ø|o)knads|ans(?:ö|o)knings)?fristen|sista\s+ans(?:ö|o)kningsdag(?:en)?"
    r"|cierre(?:\s+de\s+(?:la\s+)?convocatoria)?|sluitingsdatum|scadenza(?:\s+del\s+bando)?"
    r"|chiusura\s+(?:del\s+bando|delle\s+candidature)|encerramento\s+das\s+candidaturas"
    r"|sluiting\s+van\s+de\s+(?:aanmeldingsperiode|vacature|inschrijving|reactietermijn))"
    # "del cierre de postulaciones, el 30 de octubre", "efter sista ansökningsdag, som är den 21
    # maj": the noun's complement, then the date in apposition (also "which is", "i.e.")
    r"(?:\s+(?:for|of|de|des|der|van|di|delle|dei|do|das|dos)\s+[^\W\d_]+(?![\w.]*\s*\d)){0,2}[\s,:(]*"
    r"(?:(?:which|that|som|qui|que|die|der|das|che|care)\s+(?:is|was|(?:ä|a)r|er|est|es|ist|(?:è|e)|(?:é|e)"
    r"|este)\s+)?" + THAT_IS + r"(?:of|on|is|am|le|el|il|du|del|van|op|den|the|,)?[\s(]*")
# "Applications close on 31 March", "closing date: 31 March", "Bewerbungsschluss ist der 20.
# März", "date limite de candidature : 15 mars", "la fecha límite es el 20 de marzo"
_CLOSING_STATED_RE = re.compile(
    r"\b(?:(?:applications?|the\s+(?:vacancy|posting|advert|role|position|post|job|competition))"
    r"\s+(?:will\s+)?(?:close|closes|closing)"
    # round 18: "close at 5 p.m. on April 15", "closes at noon on Monday 19 April"
    r"(?:\s+at\s+(?:noon|midday|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?))?\s+(?:on\s+)?|(?:the\s+)?closing\s+date\s*(?:is|:|of)?\s*|(?:application\s+)?deadline"
    r"(?:\s+for\s+applications)?\s*(?:is|:)\s*|bewerbungsfrist\s+(?:endet|l(?:ä|a)uft)\s+(?:bis\s+)?(?:am\s+|zum\s+)?"
    r"|bewerbungsschluss\s*(?:ist\s+)?(?:der\s+|am\s+|:\s*)?|date\s+limite(?:\s+de\s+candidature)?\s*"
    r"(?::|est\s+(?:le|fix(?:é|e)e\s+au))?\s*|fecha\s+l(?:í|i)mite(?:\s+de\s+(?:presentaci(?:ó|o)n|inscripci(?:ó|o)n))?"
    r"\s*(?:es\s+el|:)?\s*|(?:de\s+)?sluitingsdatum\s*(?:is|:)?\s*(?:op\s+)?"
    # "Ansøgningsfristen er søndag den 1. marts", "Sista ansökningsdag är 12 maj"
    r"|(?:ans(?:ø|o)gnings|s(?:ø|o)knads|ans(?:ö|o)knings)frist(?:en)?\s*(?:er|är|:)?\s*"
    r"(?:[^\W\d_]+dag\s+)?(?:den\s+)?|sista\s+ans(?:ö|o)kningsdag(?:en)?\s*(?:är|:)?\s*)")
# "After the position closes, ... usually around 3-4 weeks", "Nach Ablauf der Bewerbungsfrist am
# 15. Mai ... ca. 2 Wochen", "Una vez finalizado el plazo de presentación, el 16 de marzo, ... en
# el plazo máximo de un mes", "après la clôture des candidatures le 15 mars": a duration told after
# these words is counted from the closing date (right after them, or stated elsewhere), and the
# date right after them is that closing date, no promise.
_CLOSES_BEFORE = (
    r"\b(?:(?:after|once|when)\s+(?:the\s+)?(?:position|advert|vacancy|posting|role|job"
    r"|application\s+window|applications?)\s+(?:has\s+|have\s+)?(?:closes|closed|close)(?:\s+on)?"
    r"|nach\s+(?:ablauf|ende)\s+der\s+bewerbungsfrist(?:\s+am)?|nach\s+(?:dem\s+)?bewerbungsschluss"
    r"(?:\s+am)?|(?:apr(?:è|e)s|d(?:è|e)s)\s+la\s+cl(?:ô|o)ture(?:\s+des\s+candidatures)?(?:\s+le)?"
    r"|una\s+vez\s+(?:finalizado|terminado|cerrado|concluido)\s+el\s+plazo(?:\s+de\s+presentaci(?:ó|o)n)?"
    r"(?:\s+de\s+(?:solicitudes|instancias|candidaturas))?(?:\s*,\s*el)?"
    r"|(?:tras|despu(?:é|e)s\s+de)\s+(?:el\s+)?cierre(?:\s+de\s+(?:la\s+)?convocatoria)?(?:\s+el)?)"
    r"[\s,:]*")
_CLOSES_BEFORE_RE = re.compile(_CLOSES_BEFORE)
_CLOSES_RIGHT_BEFORE_RE = re.compile(_CLOSES_BEFORE + r"\Z")
_CLOSES_STEMS = ("clos", "bewerbungs", "cl\u00f4ture", "cloture", "plazo", "cierre")
_MAX_STATEMENTS = 3


def closing_date(lower: str, at: int, *, ref: date, country: str | None,
                  subdivision: str | None) -> date | None:
    """The closing date a duration is counted from: the date right after the words ("two weeks
    after the closing date, 20 March"), else the one the text states elsewhere ("Applications
    close on 31 March; ... within two weeks of the closing date")."""
    # the first few statements only: a text that states hundreds is no real notice, and each
    # duration would read them all again
    stated = (found.end() for found in _CLOSING_STATED_RE.finditer(lower))
    for start in itertools.chain((at,), itertools.islice(stated, _MAX_STATEMENTS)):
        day = scan.match_date(lower, start)  # "vrijdag 6 maart": the date after the day
        # resolved from half a year back, so that a closing date just past stays this year's
        named = day and resolve(day, ref - ANCHOR_LOOKBACK, country=country,
                                subdivision=subdivision)
        if named and named.specificity >= 3:
            return named.latest
    return None


def closing_told_before(lower: str, at: int, *, ref: date, country: str | None,
                        subdivision: str | None) -> date | None:
    """The closing date a duration at ``at`` is counted from when the words before it say so
    ("After the position closes on 3 March, ... within three weeks"), or None."""
    start = max(0, at - 200)
    window = lower[start:at]
    if not any(stem in window for stem in _CLOSES_STEMS):
        return None
    closes = _CLOSES_BEFORE_RE.search(window)
    return None if closes is None else closing_date(
        lower, start + closes.end(), ref=ref, country=country, subdivision=subdivision)


def closes_right_before(window: str) -> bool:
    """Whether ``window`` (the text before a date) ends in words that count from a closing
    ("nach Ablauf der Bewerbungsfrist am"): the date after them is that closing date."""
    return (any(stem in window for stem in _CLOSES_STEMS)
            and _CLOSES_RIGHT_BEFORE_RE.search(window) is not None)
