"""A duration read from the days named around it, not only from the reference day.

Owns the context rules of ``extract`` for durations (its docstring, point 3, says what each is
for): durations counted from a named day, an event the text dates elsewhere or in apposition,
or a closing date ("within two weeks of the closing date", "una semana después del cierre, el
30 de octubre"), or counted back from a day ("two weeks before that date"); and which dates
are the days such a duration is counted from, no promise (``a_closing_date``). The words that
name or state a closing date, and the reading of it, are ``closing_dates``'s (split from here,
round 21). Words that mean something only from a day named before them ("the week after",
"that week", "the Monday after", "when we reopen") are ``back_references``'s (split from
here); weekdays and weeks read from the days around them are ``named_days``'s.
"""

from __future__ import annotations

import re
from datetime import date

from interview_sync.core.timeline import scan
from interview_sync.core.timeline.closing_dates import (
    CLOSING_DATE_AFTER_RE,
    THAT_IS,
    UNDATED_CLOSE_RE,
    closes_right_before,
    closing_date,
    closing_told_before,
)
from interview_sync.core.timeline.dates import Span, resolve
from interview_sync.core.timeline.event_days import (
    AN_EVENT_NOUN_RE,
    ANCHOR_LOOKBACK,
    EVENT_ON_RE,
    FURTHER_RE,
    after_a_holiday,
    after_an_event_on,
    dated_right_after,
    day_after,
    event_by_stem,
    event_dated_before,
    event_day,
    its_day_on,
    last_date_before,
    undated_step_before,
)
from interview_sync.core.timeline.factor import by_first_char
from interview_sync.core.timeline.first_days import first_day_anchor, start_counted_back
from interview_sync.core.timeline.grammar import DURATION_KINDS, kind_of
from interview_sync.core.timeline.named_days import day_named, last_day_named
from interview_sync.core.timeline.step_ends import bare_duration_end, step_end_before

__all__ = ["a_closing_date", "counted_from_a_day_named"]

# Russian "со дня (его) завершения" (from the day it ends): counted from a day named before it
# (``_ANCHORED_RE``), else an undated step's end (``_UNDATED_STEP_RE``); round 20 ("tl20i")
_RU_FROM_ITS_END = r"со\s+дня\s+(?:его\s+|её\s+|ее\s+|их\s+)?(?:завершения|окончания|проведения)"
# "within a week of that", and "une à deux semaines plus tard", "dos semanas después", "eine Woche
# später", "two weeks later", "due settimane dopo", "twee weken daarna" at a clause's end: counted
# from the day named before
_ANCHORED_RE = re.compile(
    # round 14: "a few days after the last one" (of the days just listed)
    r"\s+(?:of|after|following)\s+the\s+last\s+(?:one|of\s+(?:them|these|those))\b"
    r"|\s+(?:of|after|from)\s+(?:that|then|this|it)\b|\s+(?:plus\s+tard|apr(?:è|e)s|despu(?:é|e)s"
    r"|m(?:á|a)s\s+tarde|sp(?:ä|a)ter|later|dopo|depois|mais\s+tarde)(?=\s*(?:[.,;:!?)]|$))"
    # adverbs that say "after it" wherever they stand ("innert zwei Wochen danach bei Ihnen")
    r"|\s+(?:depois\s+disso|despu(?:é|e)s\s+de\s+eso|dopo\s+(?:di\s+)?ci(?:ò|o)|apr(?:è|e)s\s+(?:cela|(?:ç|c)a)"
    r"|efter\s+det|etter\s+det|po\s+tym)\b"
    r"|\s+(?:danach|darauf|daarna|erna|thereafter|afterwards?|derefter|d(?:ä|a)refter|deretter"
    r"|pot(?:é|e)|potem|p(?:ó|o)(?:ź|z)niej)\b"
    # "from that date": "entro 180 giorni da quella data", "do 5 dnů od tohoto dne", "à compter
    # de cette date", "ab diesem Tag", "desde esa fecha", "vanaf die datum", "fra den dato"
    r"|\s+(?:from|of|after)\s+(?:that|this|the\s+same)\s+(?:date|day)\b"
    # round 13: "within two days of my return", "after her return", "après son retour",
    # "después de su regreso", "após o seu regresso", "od jej powrotu": from the return day
    r"|\s+(?:of|after|following)\s+(?:my|her|his|our|their)\s+return\b"
    r"|\s+apr(?:è|e)s\s+(?:mon|son|notre|leur)\s+retour\b"
    r"|\s+despu(?:é|e)s\s+de\s+(?:mi|su|nuestra|nuestro)\s+(?:vuelta|regreso)\b"
    r"|\s+ap(?:ó|o)s\s+o\s+(?:meu|seu|nosso)\s+(?:regresso|retorno)\b"
    r"|\s+od\s+(?:jej|jego|mojego|naszego|ich)\s+powrotu\b"
    r"|\s+(?:da|dalla|a\s+partire\s+da)\s+(?:quella|tale|questa)\s+data\b"
    r"|\s+od\s+(?:tohoto|toho|tego|tamtego)\s+dn(?:e|ia)\b|\s+(?:ab|von|nach)\s+diesem\s+(?:tag|datum)\b"
    r"|\s+(?:(?:à|a)\s+(?:partir|compter)\s+de|apr(?:è|e)s)\s+cette\s+date\b"
    r"|\s+(?:desde|a\s+partir\s+de|despu(?:é|e)s\s+de)\s+(?:esa|dicha|esta)\s+fecha\b"
    r"|\s+(?:a\s+partir\s+)?d(?:essa|esta|aquela)\s+data\b|\s+vanaf\s+(?:die|deze)\s+datum\b"
    r"|\s+(?:fra|fr(?:å|a)n)\s+(?:den|denne|det|detta)\s+dat(?:o|um)\b"
    # "dans les deux jours qui suivent", "en los diez días hábiles siguientes", "nei dieci
    # giorni successivi", "nos cinco dias seguintes", "in den zwei Tagen darauf"
    # Finnish "viikon kuluessa siitä / sen jälkeen", Croatian "nakon toga", Catalan "després
    # d'això", Hungarian "azt követően", Turkish "bundan sonra"
    r"|\s+(?:siit(?:ä|a)|sen\s+j(?:ä|a)lkeen|nakon\s+toga|despr(?:é|e)s\s+d'aix(?:ò|o)"
    r"|azt\s+k(?:ö|o)vet(?:ő|o)en|bundan\s+sonra)\b"
    r"|\s+(?:qui\s+suiv(?:ent|ront)|suivants?|siguientes|successivi|seguintes|følgende"
    r"|f(?:ö|o)ljande|nast(?:ę|e)pnych|n(?:á|a)sleduj(?:í|i)c(?:í|i)ch)\b"
    # round 19 ("tl19i"): Bulgarian "след него / нея / това", Malay "selepas itu", Swahili
    # "baada ya hapo", Tagalog "pagkatapos nito", Latvian "pēc tam"
    # ... and Arabic "من انتهائها" (from its end), "من ذلك التاريخ" (from that date)
    r"|\s+من\s+(?:انتهائ(?:ها|ه)|ذلك(?:\s+التاريخ)?)(?!\w)"
    r"|\s+(?:след\s+(?:него|нея|това)|selepas\s+(?:itu|tarikh\s+itu)|baada\s+ya\s+hapo"
    r"|pagkatapos\s+(?:nito|noon)|pēc\s+tam)(?!\w)"
    # round 20 ("tl20i"): Russian "со дня (его) завершения" (from the day it ends), "после этого"
    r"|\s+(?:" + _RU_FROM_ITS_END +
    r"|после\s+(?:этого|него|неё|нее))(?!\w)")
# "melden uns anschließend innerhalb einer Woche", "depois disso, precisamos de cerca de uma
# semana", "daarna nodigen we ... binnen tien werkdagen uit": an adverb shortly before a duration
# counts it from the day named before the adverb.
_THEN_BEFORE_RE = re.compile(r"\b" + by_first_char(
    r"anschlie(?:ß|ss)end|danach|daraufhin|im\s+anschluss|thereafter|afterwards|after\s+that"
    r"|ensuite|apr(?:è|e)s\s+(?:cela|quoi)|despu(?:é|e)s\s+de\s+eso|luego|depois\s+disso"
    # round 17 ("tl17i"): a bare "después" / "depois" / "posteriormente" (no "de" after it:
    # "será el jueves 15 de mayo; después le daremos una respuesta en diez días")
    r"|despu(?:é|e)s(?!\s+d)|depois(?!\s+d)|posteriormente"
    r"|em\s+seguida|dopo\s+di\s+che|successivamente|daarna|vervolgens|d(?:ä|a)refter|derefter"
    r"|deretter|nast(?:ę|e)pnie|potem|pot(?:é|e)|pak"
    # round 7: "ezt követően 8 napon belül", "kapanıştan sonraki iki hafta içinde", "nakon
    # toga", "després", "sen jälkeen"
    r"|ezt\s+k(?:ö|o)vet(?:ő|o)en|ezut(?:á|a)n|majd|sonra(?:ki)?"
    r"|nakon\s+toga|zatim|a\s+continuaci(?:ó|o)|despr(?:é|e)s|sen\s+j(?:ä|a)lkeen"
    # "de uitslag daarvan hoor je binnen drie werkdagen", "das Ergebnis davon", "the outcome of
    # that": the answer about the event named before
    r"|daarvan|davon|thereof|ervan|of\s+that\s+(?:day|meeting|interview|round)"
    # round 19 ("tl19i"): Hindi "उसके 15 दिनों के अंदर" (within 15 days of it), Urdu "اس کے"
    # (round 20: "उसके" ends in a vowel sign, after which no word boundary stands: "उसके बाद",
    # after it, or the count right after it)
    r"|उसके\s+(?:बाद|(?=\d))|اس\s+کے"
    # round 13: a return told before the duration counts it from the return day named before
    # ("vuelve el lunes 12 de julio; a su vuelta ... en cinco días hábiles", "wraca w
    # poniedziałek 23 sierpnia. Po jej powrocie odezwiemy się w ciągu tygodnia")
    r"|a\s+(?:mi|su|nuestra)\s+vuelta|a\s+(?:mi|su|nuestro)\s+regreso"
    r"|po\s+(?:jej|jego|moim|naszym|ich)\s+powrocie|(?:à|a)\s+(?:mon|son|notre|leur)\s+retour"
    r"|ap(?:ó|o)s\s+o\s+(?:meu|seu|nosso)\s+(?:regresso|retorno)") + r"\b")
# "invited two to three weeks before that date", "una semana antes", "une quinzaine de jours
# avant la première épreuve, fixée au 3 février", "zwei Wochen vor dem Gespräch": a duration
# counted back from a day named before it (``_BACK_TO_NAMED_RE``: "that date", or nothing more in
# the clause) or right after the words (else).
_BEFORE_RE = re.compile(
    r"\s+(?:before|prior\s+to|ahead\s+of|avant|antes|vorher|davor|vor|prima|voor(?:af)?|f(?:ø|ö)r"
    r"|innan|przed|p(?:ř|r)ed"
    # round 19 ("tl19i"): Bulgarian "преди", Malay "sebelum", Swahili "kabla ya", Latvian "pirms"
    r"|преди|sebelum|kabla\s+ya|pirms)\b")
_BACK_TO_NAMED_RE = re.compile(
    r"(?:\s+(?:that|this|the\s+same|cette|esa|dicha|essa|esta|quella|tale|diesem|dem|die|deze|den"
    r"|denne|det|tym|t(?:í|i)m|tohoto)\s+(?:date|day|datum|dag|tag|data|fecha|dato|dniem|dnem)\b"
    r"|\s+(?:that|it|then|cela|ella|dann)\b)|(?=\s*(?:[.,;:!?)]|$))")
# a duration, then "after / from / of" an event in up to five words, a comma, then its date
_APPOSED_RE = re.compile(
    r"\s+(?:of|after|following|from|od|po|nach|ab|apr(?:è|e)s|(?:à|a)\s+compter\s+d[eu]|depuis|desde"
    r"|siguientes?\s+al?|suivant|successiv[io]\s+al(?:la)?|nakon|despr(?:é|e)s\s+de"
    r"|despu(?:é|e)s\s+del?|tras|a\s+partir\s+d[eo]l?|dopo|dall[ao']?|dal|da|ap(?:ó|o)s|depois\s+d[oa]"
    r"|na|vanaf|efter|etter|fr(?:å|a)n|fra"
    # round 19 ("tl19i"): Malay and Indonesian "dari", Arabic "من" (from); Arabic dates the
    # event with "يوم" (on the day of) and no comma ("من تاريخ المقابلة يوم الثلاثاء 14 ...")
    r"|dari|من)(?:\s+|(?<=dal)(?=l'))(?:[^\W\d_]+(?:'|\s+)){0,4}?[^\W\d_]+(?:,\s*|\s+(?=يوم\s))"
    + THAT_IS + r"(?:(?:prevista|previsto|planned|expected|scheduled|due|pr(?:é|e)vue?|fix(?:é|e)e?"
    r"|vorgesehen|geplant|gepland|planerad|planlagt|zaplanowan[aey]|pl(?:á|a)novan[aéý]"
    r"|fissat[oa]|programad[oa]|marcad[oa]|agendad[oa])\s+"
    r"(?:per|for|pour|para|f(?:ü|u)r|op|till|til|na|au|on)?\s*"
    # round 9: a relative clause that dates the event ("komise, které padne 2. listopadu",
    # "the panel, which meets on 14 May", "la réunion, qui aura lieu le 3 mars")
    r"|(?:which|that|who|som|qui|que|die|der|das|che|care|kter(?:é|ý|á)|kt(?:ó|o)r[aey]|ki)\s+"
    r"(?:[^\W\d_]+\s+){1,3}?)?"
    r"(?:(?:od|from|on|am|le|el|il|den|the|o|a|op|på|du|del|dne|dia|يوم)\s+)?")
# "two weeks after the panel meets", "within a week of the committee deciding", "ten days after
# the board has met": a duration counted from a step told as a clause, whose day the text does not
# give when nothing else dated it (round 18)
_UNDATED_CLAUSE_RE = re.compile(
    r"\s+(?:of|after|following|from)\s+(?:the|our|your|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meets|sits|convenes|decides|deciding|meeting|sitting|has\s+(?:met|sat|decided|finished)"
    r"|finishes|concludes|reports|votes|ends|closes|closing|wraps\s+up|is\s+(?:over|complete|done)"
    # round 19: the step in the passive ("three to four weeks after the application is
    # verified", "after the references have been checked"), not the candidate's interview
    r"|(?<!interview\s)(?<!interviews\s)(?:is|are|has\s+been|have\s+been)\s+(?!over\b|complete\b"
    r"|done\b)[a-z]+(?:ed|en)\b)\b")
# the event a duration is counted back from, with no day: "before the semester ends", "before
# your start", "prior to the interview"
_AN_EVENT_AFTER_RE = re.compile(r"\s*(?:the|your|our|its|their|an?)\s+[^\W\d_]{3,}")
_THEN_WINDOW = 60  # characters before a duration where "anschließend" / "thereafter" stands
# "within three weeks after an advert closes", "of a vacancy being posted": a duration counted from
# any such event, general information about a process (round 18); not "of an interview", the
# candidate's own (the reference)
_ANY_EVENT_RE = re.compile(
    r"\s+(?:of|after|following|from)\s+an?\s+(?!(?:few|couple|week|day|month|year|fortnight|half"
    r"|interview|phone|screening|call|meeting)\b)[^\W\d_]{3,}")


def a_closing_date(sentence: str, match: re.Match[str], counted_from: set[int]) -> bool:
    """True for the closing date or event day a duration before it is counted from ("within
    two weeks of the closing date, 27 March", "14 Tage nach dem Auswahltag am 20. März"): that
    date is no promise. A duration notes where its date is."""
    if kind_of(match) in DURATION_KINDS:
        for anchor_re in (CLOSING_DATE_AFTER_RE, EVENT_ON_RE):  # a closing date, an event's day
            named_date = anchor_re.match(sentence, match.end())
            if named_date is not None:
                counted_from.add(named_date.end())
        before = _BEFORE_RE.match(sentence, match.end())
        if before is not None and not _BACK_TO_NAMED_RE.match(sentence, before.end()):
            day = day_after(sentence, before.end())  # the day counted back from
            if day is not None:
                counted_from.add(day.start())
    if match.start() in counted_from:
        return True
    return kind_of(match) not in DURATION_KINDS and closes_right_before(
        sentence[max(0, match.start() - 120):match.start()])


# A step after the interview that a duration can be counted from, and that no text dates when it
# is only counted from (round 11): the decision, the candidate's acceptance, an approval, the
# references ("the offer letter usually follows within a week of the final decision")
_UNDATED_STEP_RE = re.compile(
    r"\s+(?:of|after|following|from|nach|apr(?:è|e)s|despu(?:é|e)s\s+de|tras|d[ao]s?|desde\s+a|od"
    # round 14 ("tl14i"): "após a homologação", "dopo l'approvazione"
    r"|ap(?:ó|o)s|depois\s+d[ao]|dopo)\s+"
    r"(?:the\s+|your\s+|o\s+|il\s+|lo\s+"
    r"|a\s+|our\s+|their\s+|der\s+|dem\s+|ihrer\s+|ihrem\s+|la\s+|le\s+|l'|votre\s+|su\s+"
    # round 21 ("tl21e"): "the day of" ("w terminie 14 dni od dnia zatrudnienia wybranego
    # kandydata", round 20's blind batch; "the day of the decision")
    r"|dnia\s+|dne\s+|the\s+day\s+of\s+(?:the\s+)?)?"
    r"(?:(?:final|hiring|formal|verbal|written|endg(?:ü|u)ltigen)\s+)?(?:decision|acceptance"
    r"|approval|sign[\s-]?off|offer|reference\s+checks?|references|vote|ratification|entscheidung"
    r"|freigabe|genehmigung|d(?:é|e)cision|acceptation|validation|decisi(?:ó|o)n|aceptaci(?:ó|o)n"
    r"|aprobaci(?:ó|o)n|homologa(?:ç|c)(?:ã|a)o|homologaci(?:ó|o)n|approvazione|aprova(?:ç|c)(?:ã|a)o"
    # round 12: the hire itself ("w ciągu 14 dni od zatrudnienia wybranego kandydata", "within
    # two weeks of hiring"; not "appointment", in English often the interview itself)
    r"|hiring|zatrudnienia|nombramiento|contrataci(?:ó|o)n|assunzione|einstellung"
    r"|embauche|contrata(?:ç|c)(?:ã|a)o|meeting\s+(?:her|him|them))\b"
    # round 19 ("tl19i"): Bulgarian "след решението", Swahili "baada ya uamuzi", Malay
    # "selepas keputusan", Latvian "pēc lēmuma"
    r"|\s+(?:след\s+решението|baada\s+ya\s+uamuzi|selepas\s+keputusan|pēc\s+lēmuma)(?!\w)"
    # round 20 ("tl20i"): the end of a step no day is given for, in Russian ("со дня его
    # завершения", "после заседания комиссии"), Arabic ("من انتهاء المقابلات"), Persian ("پس از
    # برگزاری آزمون"), Dutch ("na het tweede gesprek": a later interview, not this one) and
    # Estonian ("pärast komisjoni koosolekut"); read only when no day was named before
    r"|\s+(?:" + _RU_FROM_ITS_END +
    r"|после\s+(?:завершения|окончания|заседания|решения)|من\s+انتهاء\s+ال"
    r"|پس\s+از\s+(?:برگزاری|پایان|اتمام)|na\s+(?:het|de)\s+(?:tweede|volgende|laatste)\s+"
    r"(?:gesprek|ronde)|(?:jooksul\s+)?p(?:ä|a)rast\s+(?:[^\W\d_]+\s+)?(?:koosolekut|otsust"
    r"|otsuse\s+tegemist))"
    # round 14: the candidate's file becoming complete ("within eight weeks of receiving a
    # complete application"), which the text does not date
    r"|\s+of\s+(?:us\s+)?receiving\s+(?:a|your|the)\s+(?:complete|completed|full)\b")

# round 20 ("tl20i"): a count told after Lithuanian "prieš" or Latvian "pirms" (before) is counted
# back from an event ("ne vėliau kaip prieš 5 darbo dienas": at least five working days before
# the interview) or is past ("prieš 3 dienas": three days ago): no answer's day either way
_COUNTED_BACK_RE = re.compile(r"(?<!\w)(?:prieš|pirms)\s+\Z")

# round 18 ("tl18i"): "from the day on which ...", a day a relative clause names and the text
# never dates ("תוך 14 ימים מהיום שבו מועמד אחר התקבל", "desde el día en que se contrate",
# "dal giorno in cui", "à compter du jour où", "ab dem Tag, an dem", "a partir do dia em que");
# tried first: the Hebrew "מהיום" is also "from today"
_FROM_THE_DAY_WHEN_RE = re.compile(
    r"\s+(?:מ(?:ה)?יום\s+ש(?:בו|ב)?|desde\s+el\s+d(?:í|i)a\s+(?:en\s+)?(?:que|el\s+que)"
    r"|dal\s+giorno\s+in\s+cui|(?:à\s+compter\s+)?du\s+jour\s+o(?:ù|u)|ab\s+dem\s+tag,?\s+an\s+dem"
    r"|a\s+partir\s+do\s+dia\s+em\s+que|od\s+dana\s+kad)")


def counted_from_a_day_named(lower: str, offset: int, match: re.Match[str], span: Span, *,
                              ref: date, country: str | None,
                              subdivision: str | None) -> Span | None:
    """ "The final interview is on May 12; a decision will follow within a week of that": a
    duration counted from the day named just before it, not from the reference. So is one
    counted from an event the text dates elsewhere: "the assessment centre is 14 September;
    outcomes within a fortnight of the assessment centre", "a decision within 5 business days
    of your final interview. Your final interview is scheduled for March 26"."""
    if kind_of(match) not in DURATION_KINDS:
        return span
    at = offset + match.start()
    before = _BEFORE_RE.match(lower, offset + match.end())
    if before is not None:
        return _counted_back(lower, at, before.end(), span, ref=ref, country=country,
                             subdivision=subdivision)
    if _COUNTED_BACK_RE.search(lower, max(0, at - 10), at):
        return None  # round 20: "ne vėliau kaip prieš 3 darbo dienas" (before an event, or ago)
    if _FROM_THE_DAY_WHEN_RE.match(lower, offset + match.end()):
        return None  # "within 14 days from the day another candidate is hired": never dated
    anchor: date | None = None
    if _ANY_EVENT_RE.match(lower, offset + match.end()):
        return None  # round 18: "one to three weeks after an advert closes": any advert, no day
    first = first_day_anchor(lower, at, offset + match.end(), ref=ref, country=country,
                             subdivision=subdivision)
    if first is False:  # round 18: "within two weeks of her first day", a day never given
        return None
    if isinstance(first, date):  # "starts on Monday, October 7; ... within two weeks of her
        moved = resolve(match, first, country=country, subdivision=subdivision)  # first day"
        return span if moved is None else Span(earliest=moved.earliest, latest=moved.latest,
                                               specificity=4)
    named_date = CLOSING_DATE_AFTER_RE.match(lower, offset + match.end())
    if named_date is not None:
        closing = closing_date(lower, named_date.end(), ref=ref, country=country,
                                subdivision=subdivision) or last_date_before(
            lower, at, ref=ref, country=country, subdivision=subdivision)
        if closing is not None:
            moved = resolve(match, closing, country=country, subdivision=subdivision)
            return moved if moved is not None else span
        if UNDATED_CLOSE_RE.match(lower, offset + match.end()):
            return None  # "six weeks after the closing date", which the text never dates
    apposed = _apposed_date(lower, offset + match.end(), ref=ref, country=country,
                            subdivision=subdivision)
    if apposed is not None:
        moved = resolve(match, apposed, country=country, subdivision=subdivision)
        return span if moved is None else Span(earliest=moved.earliest, latest=moved.latest,
                                               specificity=4)
    closing = closing_told_before(lower, at, ref=ref, country=country, subdivision=subdivision)
    if closing is not None:
        moved = resolve(match, closing, country=country, subdivision=subdivision)
        return moved if moved is not None else span
    holiday = after_a_holiday(lower, offset + match.end(), ref=ref, country=country,
                               subdivision=subdivision)
    if holiday is not None:  # "within five working days after the Chinese New Year holiday"
        moved = resolve(match, holiday, country=country, subdivision=subdivision)
        return span if moved is None else Span(earliest=moved.earliest, latest=moved.latest,
                                               specificity=4)
    then = _THEN_BEFORE_RE.search(lower, max(0, at - _THEN_WINDOW), at)
    further = FURTHER_RE.search(lower, max(0, at - 24), at)
    anchored = _ANCHORED_RE.match(lower, offset + match.end())
    if anchored is not None and "return" in anchored.group(0):  # "within two business days of
        on = its_day_on(lower, anchored.end(), ref=ref, country=country,  # her return on
                        subdivision=subdivision)  # Tuesday" (round 13): that day
        if on is not None and on.latest > ref:
            moved = resolve(match, on.latest, country=country, subdivision=subdivision)
            return span if moved is None else Span(earliest=moved.earliest, latest=moved.latest,
                                                   specificity=4)
    if then is not None or further is not None or anchored is not None:
        until = then.start() if then is not None else at
        for earlier in scan.finditer(lower, max(0, until - 200), until):
            # round 16: "the Wednesday after Easter" is that Wednesday ("... two days later")
            named = day_named(lower, earlier, ref=ref, country=country, subdivision=subdivision)
            if named is not None and named.specificity >= 3:
                anchor = named.latest
        if anchor is None:  # a chain: "a week to score, then another five business days"
            anchor = _end_of_step_before(lower, at, ref=ref, country=country,
                                         subdivision=subdivision)
    else:
        anchor = event_day(lower, offset + match.end(), ref=ref, country=country,
                            subdivision=subdivision) or event_by_stem(
            lower, offset + match.end(), ref=ref, country=country, subdivision=subdivision
        ) or event_dated_before(lower, at, offset + match.end(), ref=ref, country=country,
                                 subdivision=subdivision)
    if anchor is None:  # "Nach dem letzten Vorstellungsgespräch am 8. Juni entscheiden wir
        anchor = after_an_event_on(lower, at, ref=ref, country=country,  # innerhalb einer
                                    subdivision=subdivision)  # Woche"
    if anchor is None:  # "within ten working days of the final interview board, which sits
        anchor = dated_right_after(lower, offset + match.end(), ref=ref,  # on 22 October"
                                    country=country, subdivision=subdivision)
    if anchor is None and bare_duration_end(lower, at, offset + match.end()):  # round 17: "the
        anchor = step_end_before(lower, at, ref=ref, country=country,  # panel finishes on
                                 subdivision=subdivision)  # 24 April; ... within five days"
    if anchor is None and _UNDATED_STEP_RE.match(lower, offset + match.end()):
        return None  # "within a week of the final decision": a step the text never dates
    if anchor is None and anchored is not None and AN_EVENT_NOUN_RE.match(lower, anchored.end()):
        return None  # "within a week of that meeting" (round 14), a meeting the text never dates
    if anchor is None and undated_step_before(lower, at):
        return None  # "Once the hiring manager has met the last candidate, ... within a week"
    if anchor is None and _UNDATED_CLAUSE_RE.match(lower, offset + match.end()):
        return None  # round 18: "two weeks after the panel meets", a meeting the text never dates
    if anchor is None or anchor <= ref:
        return span
    # counted again from that day: a shift by calendar days would break business-day counts;
    # as precise as the day it is counted from (it beats that day, no promise by itself)
    moved = resolve(match, anchor, country=country, subdivision=subdivision)
    return span if moved is None else Span(earliest=moved.earliest, latest=moved.latest,
                                           specificity=4)


def _end_of_step_before(lower: str, at: int, *, ref: date, country: str | None,
                        subdivision: str | None) -> date | None:
    """The day the step before a duration ends: a chain adds up ("about a week to review, then
    another five business days to prepare the offer"; "within 3 working days after the
    interview, and the outcome within 3 working days of that")."""
    last: re.Match[str] | None = None
    for earlier in scan.finditer(lower, max(0, at - 160), at):
        if kind_of(earlier) in DURATION_KINDS:
            last = earlier
    if last is None:
        return None
    step = resolve(last, ref, country=country, subdivision=subdivision)
    if step is None:
        return None
    counted = counted_from_a_day_named(lower, 0, last, step, ref=ref, country=country,
                                       subdivision=subdivision)
    return (counted or step).latest


# "today", "tomorrow", "the day after tomorrow": days counted from the reference itself
_RELATIVE_DAY_KINDS = frozenset({"today", "tomorrow", "dayafter"})


def _apposed_date(lower: str, at: int, *, ref: date, country: str | None,
                  subdivision: str | None) -> date | None:
    """The date a duration is counted from when the words after it name an event and then,
    in apposition, its date ("una semana después del cierre de postulaciones, el 30 de
    octubre", "do 6 týdnů od zveřejnění oznámení, tj. od 2. března", "within two weeks of the
    panel meeting, 14 May"): found by the sentence's structure, not by the event's name."""
    apposed = _APPOSED_RE.match(lower, at)
    if apposed is None:
        return None
    day = scan.match_date(lower, apposed.end())  # "lunedì 18 gennaio": the date
    if day is None or kind_of(day) in DURATION_KINDS:
        return None
    if kind_of(day) in _RELATIVE_DAY_KINDS:  # round 19: "of the oral exam, which is today":
        told = resolve(day, ref, country=country, subdivision=subdivision)  # from now, not
        return None if told is None else told.latest  # from half a year back
    named = resolve(day, ref - ANCHOR_LOOKBACK, country=country, subdivision=subdivision)
    return named.latest if named is not None and named.specificity >= 4 else None


def _counted_back(lower: str, at: int, after: int, span: Span, *, ref: date,
                  country: str | None, subdivision: str | None) -> Span | None:
    """A duration before a day ("two to three weeks before that date", "une quinzaine de jours
    avant la première épreuve, fixée au 3 février"): that day less the duration. The day is
    the one named before (``_BACK_TO_NAMED_RE``) or right after the words; else as it was,
    unless the words name an event and no day at all (round 18: "no later than 25 business
    days before the semester ends"), which leaves no day to count back from: None."""
    day: Span | None
    start = start_counted_back(lower, at, after, ref=ref, country=country,
                               subdivision=subdivision)
    if start is not None:  # round 20: "two weeks before the start date", a start dated before
        day = Span(earliest=None, latest=start, specificity=4)
    elif _BACK_TO_NAMED_RE.match(lower, after):
        day = last_day_named(lower, at, ref=ref, country=country, subdivision=subdivision,
                      specificity=3)
    else:
        found = day_after(lower, after)
        if found is None and _AN_EVENT_AFTER_RE.match(lower, after):
            return None
        day = None if found is None else resolve(found, ref, country=country,
                                                  subdivision=subdivision)
    if day is None or day.specificity < 3:
        return span
    latest = day.latest - (span.latest - ref)
    return span if latest < ref else Span(earliest=None, latest=latest, specificity=4)
