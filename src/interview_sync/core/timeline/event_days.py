"""Where an event a promise is counted from is dated in the text (round 9 split it out of
``context``): its noun after the duration ("within a week after the meeting") and its day before
it, under the same word elsewhere ("the assessment centre is 14 September"), right after it
("after your interview on 26 March"), right after "the day after" ("al día siguiente de la
última entrevista, prevista para el 20 de mayo"), opening the clause ("Nach dem letzten
Gespräch am 8. Juni ..."), or a holiday's last day ("within five working days after Chinese New
Year"), or (round 12) right after the words of "the week after" ("la semaine qui suit
l'entrevue du 15 janvier"), or (round 14) a few words after "of / after <event>" ("of the last
campus visit on Friday the 12th", moved here from ``context``), and the steps a text gives no
day for ("once the manager has met the last candidate", "of that meeting"); and the day told
right after an event's words ("your in-person interview on Wednesday", ``its_day_on``, moved
from ``context``). ``context`` and ``back_references`` decide what a duration or a word is
counted from; this module finds the days.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

from interview_sync.core.timeline import scan
from interview_sync.core.timeline.businessdays import holidays_in
from interview_sync.core.timeline.dates import Span, resolve
from interview_sync.core.timeline.grammar import DURATION_KINDS, kind_of
from interview_sync.core.timeline.named_days import REFERRING, holiday_name_at, last_day_off

__all__ = ["ANCHOR_LOOKBACK", "AN_EVENT_NOUN_RE", "EVENT_ON_RE", "FURTHER_RE", "after_a_holiday",
           "after_an_event_on", "dated_right_after", "day_after", "event_by_stem",
           "event_dated_after", "event_dated_before", "event_day", "event_then_date",
           "its_day_on", "last_date_before", "names_the_interview", "undated_step_before"]

ANCHOR_LOOKBACK = timedelta(days=180)  # a named closing date is read as within six months back

# "within a fortnight of the assessment centre": an event, dated elsewhere in the text when the
# same words are followed by "is/will be ... <day>" ("the assessment centre is 14 September").
# Also with no article ("4 weeks following interviews") and in Dutch ("binnen een dag na het
# laatste gesprek": "de laatste gesprekken zijn op donderdag 12 maart").
# ... and in Italian, Portuguese and the Nordic languages, whose definite forms repeat ("innen en
# uke etter intervjuet": "intervjuet blir 20. mars").
_EVENT_OF_RE = re.compile(
    r"\s+(?:of|after|following|na|etter|efter|dopo|ap(?:ó|o)s|depois\s+d[ao])\s+(?:(?:the|your|het|de"
    r"|uw|je|il|l'|o|a|da)\s*)?(?P<event>(?:(?:final|last|second|third|next|panel|onsite|on-site"
    r"|laatste|tweede)\s+)?(?:interview|assessment(?:\s+(?:centre|center|day))?|panel|meeting"
    r"|session|round|onsite|on-site|presentation|gesprek|intervju(?:et|n)?|samtal(?:et|en)?"
    r"|colloquio|entrevista|prova|prov(?:et|en))s?)\b")
# "nach dem Auswahltag am 20. März", "after your final interview on 26 March", "après
# l'entretien du 20 mars", "tras la entrevista del 20 de marzo": the event's day right after it.
EVENT_ON_RE = re.compile(
    r"\s+(?:of|after|following|nach|apr(?:è|e)s|despu(?:é|e)s\s+del?|tras"
    # round 14 ("tl14i"): Portuguese and Italian ("após a dinâmica de grupo de sexta", "dopo la
    # prova pratica di giovedì")
    r"|ap(?:ó|o)s|depois\s+d[ao]|dopo)\s+(?:the\s+|your\s+|dem\s+"
    r"|der\s+|den\s+|ihrem\s+|l'|le\s+|la\s+|el\s+|su\s+|votre\s+|o\s+|a\s+|il\s+|lo\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:interview"
    r"|assessment(?:\s+(?:centre|center|day))?|assessment-center|panel|auswahltag"
    r"|vorstellungsgespr(?:ä|a)ch|gespr(?:ä|a)ch|entretien|entrevista|session|meeting|presentation"
    # ... and the other selection steps a promise is counted from: a trial day, a hearing, a
    # test or an exam, a group exercise ("nach dem Probearbeiten am Freitag, dem 9. Juli")
    r"|probearbeiten|probetag|hearing|eignungstest|test|examen|prueba|din(?:â|a)mica|prova|teste"
    r"|colloquio)s?(?:\s+(?:d[eiao]\s+)?(?!(?:on|am|le|el|del|du|de|di|do|da|il)\s)[^\W\d_]+)?"
    r"\s*,?\s*(?:on|am|le|el|del\s+d(?:í|i)a|del|du|held\s+on|d[eo]\s+dia|no\s+dia|de|di|do|da|il)\s+")
# (round 19: also after a short "for this round" / "in our region", and in the past, "were held
# on Thursday, August 3", which a message sent before them may still say)
_EVENT_DATED = (r"(?:s|ken|en)?(?:\s+(?:for|in)\s+(?:this|the|our|each)\s+[^\W\d_]+)?"
                r"\s+(?:is|are|will\s+be|'s|takes\s+place|has\s+been|runs?|end|ends|were|was"
                r"|finish|finishes|zijn|is|worden|wordt|blir|bliver|är|er|hålls|holdes|afholdes"
                r"|avholdes|si\s+terr(?:à|a)|è|sar(?:à|a)|ser(?:á|a)|é|acontece)\s+"
                r"(?:(?:den|il|no\s+dia|dia|em|op|på)\s+)?"
                r"(?:(?:scheduled|planned|booked|set|due|taking\s+place|held|gepland)\s+)?"
                r"(?:for\s+|on\s+|through\s+|until\s+|till\s+|op\s+)?")
_DATED_AFTER = 80  # characters after "before" where the day counted back from is named
# "innerhalb von drei Wochen nach dem letzten Gesprächstag" with "Nach den Gesprächen am 3. und
# 4. März": an event named after a duration and dated elsewhere under a word of the same stem.
_EVENT_NOUN_RE = re.compile(
    r"\s+(?:of|after|following|nach|apr(?:è|e)s|suivant|despu(?:é|e)s\s+de|tras|dopo|depois\s+d[ao]"
    r"|ap(?:ó|o)s|na|efter|etter|po|od|nakon|despr(?:é|e)s\s+de|dalla|dalle|dai|dagli|dal"
    # round 21 ("tl21e"): "after" in the languages round 20 added ("через три рабочих дня после
    # заседания", "pēc intervijām", "selepas temuduga", "pärast vestlust"), as
    # ``_AFTER_HOLIDAY_RE`` reads them
    r"|после|pēc|selepas|p(?:ä|a)rast)"
    r"(?:\s+|(?<=dal)(?=l'))(?:(?:the|your|our|der|dem|den|des|la|le|les|el|il|lo|o|a|ich|jego|jej"
    r"|da|do|het|de|uw|je|its|their|this|that|jej(?:í|i)m?|jeho|jejich|tego|tej|tohoto|t(?:é|e)to"
    r"|dieses|diesem|dieser|ihrem|ihrer|seinem|seiner|ce|cette|este|esta|questo|questa|deze|dit"
    r"|denne|dette|detta|dess|hans|hennes|dens|dets)\s+|l')?(?P<last>(?:last|final|letzten|dernier|derni(?:è|e)re|(?:ú|u)ltim[ao]"
    r"|laatste|sidste|sista|siste|ostatni\w*|posledn\w*)\s+)?"
    # round 16: a four-letter event too ("ten business days after the exam"), not a word of time
    # or a pronoun
    r"(?P<noun>[^\W\d_]{5,}|(?!(?:that|this|them|then|they|when|with|your|date|week|days|time"
    r"|year|next|each|work|call|hire|ours|mine)\b)[^\W\d_]{4}\b)")
_STEM = 5
_MAX_MENTIONS = 8
_DATED_NEAR = 50  # characters after the event's word where its day is named
# "the day after the last interview, scheduled for Thursday 20 May": an event, then its day
_EVENT_THEN_DAY_RE = re.compile(r"\s+(?:of|after|de|del|da|di|du|nach|na|efter|etter|po|od)\s")


def event_dated_after(lower: str, at: int, *, ref: date, country: str | None,
                       subdivision: str | None) -> Span | None:
    """The day an event named right after "the day after" is dated, a few words on, or None."""
    if _EVENT_THEN_DAY_RE.match(lower, at) is None:
        return None
    day = day_after(lower, at)
    if day is None or kind_of(day) in DURATION_KINDS:
        return None
    named = resolve(day, ref, country=country, subdivision=subdivision)
    return named if named is not None and named.specificity >= 4 else None


# "After the last interview on 8 June, ...", "Nach dem Auswahltag am 20. März ...", "Après le
# comité du 3 février, ...", "Tras la entrevista final del 12 de abril, ...": an event and its day
# opening the clause a duration is told in
_LEAD_AFTER_RE = re.compile(
    r"(?:^|[.;:!?\n]\s*|,\s*)(?:after|following|once|nach|apr(?:è|e)s|despu(?:é|e)s\s+de"
    r"|tras|dopo|depois\s+d[aeo]s?|ap(?:ó|o)s|na|efter|etter|po"
    # round 14 ("tl14i"): "once" in the other languages ("una vez cerrado el plazo de inscripción
    # el 9 de diciembre", "uma vez encerradas as inscrições", "une fois", "una volta", "sobald")
    r"|una\s+vez|uma\s+vez|une\s+fois|una\s+volta|sobald|nachdem)\s+(?:[^\W\d_]+\s+){0,5}?"
    r"(?:on|am|le|el|il|op|den|the|del|du|dne|dia|di|på)?\s*\Z"
    # round 14: a longer English step with a verb ("once all the interviews for the spring
    # course are done on", "once she's back on"): an "on" must then close it
    r"|(?:^|[.;:!?\n]\s*|,\s*)(?:after|once|when)\s+(?:[^\W\d_]+(?:'[a-z]+)?\s+){1,10}?on\s+\Z")
_LEAD_WINDOW = 160  # characters before a duration where the event and its day stand
_OPENS_RE = re.compile(r"(?:^|[.;:!?\n]\s*|,\s*)\Z")  # where a clause opens
# round 20 ("tl20i"): ... or a holiday that closes the clause before the duration's ("thông báo
# kết quả sau Tết Nguyên đán, trong vòng 5 ngày làm việc": after Tet, within five working days)
_CLOSES_RE = re.compile(r",\s*(?:[^\W\d_]+\s+){0,3}\Z")


def after_an_event_on(lower: str, at: int, *, ref: date, country: str | None,
                       subdivision: str | None) -> date | None:
    """The date of the event a clause opens with ("After the final interview on 8 June, we
    will decide within a week"), when the duration comes later in that sentence."""
    start = max(0, at - _LEAD_WINDOW)
    # the cheap tests first: a date holds a digit, and the clause opens with an "after" word
    if _LEAD_WORD_RE.search(lower, start, at) is None:
        return None
    for day in scan.finditer(lower, start, at):
        if kind_of(day) in DURATION_KINDS or (kind_of(day) in REFERRING and kind_of(day) != "wday"):
            continue
        if _SENTENCE_END_RE.search(lower, day.end(), at):
            continue  # the event's day is in another sentence
        if kind_of(day) == "hafter" and (_OPENS_RE.search(lower, max(0, day.start() - 4),
                                                          day.start())
                                         or _CLOSES_RE.match(lower, day.end(), at)):
            # round 16: a clause opening with a holiday ("after Heritage Day the panel will ...
            # phone the recommended candidate within three working days"): from its last day off
            named = resolve(day, ref, country=country, subdivision=subdivision)
            if named is not None and named.earliest is not None:
                return last_day_off(named.earliest, ref, country, subdivision)
            continue
        lead = _LEAD_AFTER_RE.search(lower, max(0, day.start() - 90), day.start())
        if lead is None:
            continue
        named = resolve(day, ref, country=country, subdivision=subdivision)
        if named is not None and named.specificity >= 4:
            return named.latest
        # round 14: a weekday still to come, for a step other than the candidate's interview
        # ("once she's back on Monday, ... within two business days")
        if named is not None and kind_of(day) in {"wday", "wdayx"} and named.latest > ref \
                and not any(stem in lead.group(0) for stem in _THE_INTERVIEW):
            return named.latest
    return None


_SENTENCE_END_RE = re.compile(r"[.;!?\n](?:\s|$)")
_DIGIT_RE = re.compile(r"\d")
_LEAD_WORD_RE = re.compile(
    r"(?<!\w)(?:after|following|once|nach|apr(?:è|e)s|despu(?:é|e)s|tras|dopo|depois|ap(?:ó|o)s|na"
    r"|efter|etter|po|una\s+vez|uma\s+vez|une\s+fois|una\s+volta|sobald|nachdem"
    # round 20 ("tl20i"): Russian, Malay, Vietnamese, Latvian, Estonian, Arabic
    r"|после|selepas|sau|pēc|p(?:ä|a)rast|بعد)\s")


def event_dated_before(lower: str, at: int, end: int, *, ref: date, country: str | None,
                        subdivision: str | None) -> date | None:
    """ "The committee meets on 24 June; an answer within a week after the meeting", "se
    sastaje 14. svibnja ... u roku od tri radna dana nakon sastanka": a duration after an
    event the text names by another word (a verb: "meets", "tagt", "se reúne") counts from the
    last date named before it. Not the interview itself, which is the reference, unless the
    words name the whole round ("the last interview", "the interviews", "i colloqui") and the
    text dates it after the reference ("meeting the shortlist on the 3rd and 4th of June")."""
    event = _EVENT_NOUN_RE.match(lower, end)
    if event is None:
        return None
    noun = event.group("noun")
    if not noun.startswith(_THE_INTERVIEW):  # round 14: "the panel meets on Tuesday" counts too
        return last_date_before(lower, at, ref=ref, country=country, subdivision=subdivision,
                                weekdays=True)
    if not (event.group("last") or noun.endswith(_PLURAL_ENDINGS)):
        return None
    day = last_date_before(lower, at, ref=ref, country=country, subdivision=subdivision,
                           weekdays=True)  # round 14: "the rest of the loop tomorrow"
    return day if day is not None and day > ref else None


# The plural of the interview words: a round of interviews, not the candidate's own
_PLURAL_ENDINGS = ("ws", "qui", "che", "ken", "rne", "ene", "rna", "ów", "owy", "tas", "tiens")
# "another week", "a further five business days", "noch zwei Wochen": a step after the one before
FURTHER_RE = re.compile(
    r"\b(?:another|a\s+further|an?\s+additional|weitere|noch|encore|otr[oa]s"
    r"|outr[oa]s|altr[ie]|ancora|nog|ytterligare|yderligere|ytterligere|kolejn[eya]|dal(?:š|s)(?:í|i))"
    r"\s+(?:[^\W\d_]+\s+)?\Z")
# "within ten days after Jamhuri Day", "binnen vijf werkdagen na de kerstvakantie": from the
# holiday's last day (a holiday of several days: its last)
_AFTER_HOLIDAY_RE = re.compile(
    r"\s+(?=(?:after|following|nach|apr(?:è|e)s|despu(?:é|e)s|dopo|depois|ap(?:ó|o)s|na|efter|etter"
    r"|po|od"
    # round 20 ("tl20i"): Russian, Malay, Vietnamese, Latvian, Estonian, Arabic
    r"|после|selepas|sau|pēc|p(?:ä|a)rast|بعد)(?!\w))")


_OF_HOLIDAY_RE = re.compile(r"\s+of\s+(?:the\s+)?")


def after_a_holiday(lower: str, at: int, *, ref: date, country: str | None,
                     subdivision: str | None) -> date | None:
    """The last day of the holiday named right after a duration ("within five working days
    after the Chinese New Year holiday"), or None."""
    gap = _AFTER_HOLIDAY_RE.match(lower, at)
    of = None if gap is not None else _OF_HOLIDAY_RE.match(lower, at)
    name = None if of is None else holiday_name_at(lower, of.end())
    if gap is None and name is None:
        return None
    # round 16: "within five working days of the October bank holiday", as "after" it
    found = scan.match(lower, gap.end()) if gap is not None else scan.match("after " + (name or ""))
    if found is None or kind_of(found) != "hafter":
        return None
    after = resolve(found, ref, country=country, subdivision=subdivision)
    if after is None or after.earliest is None:
        return None
    day = after.earliest - timedelta(days=1)  # back over the weekend to the holiday's last day
    closed = holidays_in(country, subdivision, day.year)
    for _ in range(3):
        if day in closed or day.weekday() < 5:
            break
        day -= timedelta(days=1)
    return day


# The interview in each language: counted from the reference (the interview's end), not a date
# (round 14: "Hearing", the public-sector interview in Austria and Switzerland)
_THE_INTERVIEW = ("interv", "gespr", "entret", "entrev", "colloq", "samtal", "rozmow", "pohov",
                  "hearing", "haastat", "razgov", "mülak", "mulak", "interj", "sollic", "conversa")


def last_date_before(lower: str, at: int, *, ref: date, country: str | None,
                      subdivision: str | None, weekdays: bool = False) -> date | None:
    """ "Nous recevons les candidatures jusqu'au 31 janvier et convoquons ... sous un mois
    après la clôture", "Il bando scade il 19 gennaio; ... entro trenta giorni dalla scadenza":
    a closing the text names without stating it in a known way is the last date named before
    the duration (a date, not a weekday unless ``weekdays``; it may be past)."""
    last: date | None = None
    for earlier in scan.finditer(lower, max(0, at - 300), at):
        if weekdays and kind_of(earlier) in {"wday", "tomorrow"}:  # "meets on Tuesday", "tomorrow"
            day = resolve(earlier, ref, country=country, subdivision=subdivision)
            if day is not None and day.latest > ref:
                last = day.latest
            continue
        if kind_of(earlier) in DURATION_KINDS or kind_of(earlier) in REFERRING:
            continue
        named = resolve(earlier, ref - ANCHOR_LOOKBACK, country=country,
                        subdivision=subdivision)
        if named is not None and named.specificity >= 4:
            last = named.latest
    return last


def day_after(text: str, at: int) -> re.Match[str] | None:
    """The first day (not a duration) named in the few characters after ``at``."""
    for day in scan.finditer(text, at, at + _DATED_AFTER):
        if kind_of(day) not in DURATION_KINDS and kind_of(day) not in REFERRING:
            return day
    return None


def event_by_stem(lower: str, at: int, *, ref: date, country: str | None,
                   subdivision: str | None) -> date | None:
    """The day of an event a duration is counted from, dated elsewhere in the text under a word
    of the same stem ("nach dem letzten Gesprächstag" ← "Nach den Gesprächen am 3. und 4.
    März"; the last day named there)."""
    event = _EVENT_NOUN_RE.match(lower, at)
    if event is None:
        return None
    stem = event.group("noun")[:_STEM]
    latest: date | None = None
    # the first few mentions only: a text that repeats the word hundreds of times is no notice
    mentions = itertools.islice(re.finditer(r"(?<!\w)" + re.escape(stem), lower), _MAX_MENTIONS)
    for found in mentions:
        if found.start() == event.start("noun"):
            continue
        for day in scan.finditer(lower, found.end(), found.end() + _DATED_NEAR):
            named = resolve(day, ref, country=country, subdivision=subdivision)
            if named is not None and named.specificity >= 4:  # a date ("Monday" may be past)
                latest = max(latest or named.latest, named.latest)
    return latest


def event_day(lower: str, at: int, *, ref: date, country: str | None,
               subdivision: str | None) -> date | None:
    """The day of the event a duration right before ``at`` is counted from: dated right after
    it ("innerhalb von 14 Tagen nach dem Auswahltag am 20. März", "after your interview on 26
    March") or elsewhere in the text ("the assessment centre is 14 September")."""
    days: list[re.Match[str]] = []
    on = EVENT_ON_RE.match(lower, at)
    if on is not None:
        days = [day for day in (scan.match(lower, on.end()),) if day is not None]
        # "am Dienstag, dem 18. Mai", "de quinta-feira, 13 de maio": the date the weekday stands
        # beside, not the next such weekday (round 14)
        beside = _BESIDE_RE.match(lower, days[0].end()) if days else None
        apposed = None if beside is None else scan.match(lower, beside.end())
        if apposed is not None and kind_of(apposed) not in DURATION_KINDS:
            days = [apposed]
    event = _EVENT_OF_RE.match(lower, at)
    if not days and event is not None:
        dated = re.compile(re.escape(event.group("event")) + _EVENT_DATED)
        days = [day for found in dated.finditer(lower) if found.start() != event.start("event")
                and (day := scan.match(lower, found.end())) is not None]
    for day in days:
        named = resolve(day, ref, country=country, subdivision=subdivision)
        if named is not None and named.specificity >= 3:
            return named.latest
    return None


# A date in apposition to a weekday ("Dienstag, dem 18. Mai", "jeudi, le 20 mai", "Tuesday, 18 May")
_BESIDE_RE = re.compile(r",?\s+(?:(?:dem|den|le|el|il|the)\s+)?(?=\d)")


# "la semaine qui suit l'entrevue du 15 janvier", "the week following the panel on 3 May": the
# week after a dated event (round 12), the event's words and then its date
_EVENT_THEN_DATE_RE = re.compile(
    r"\s*(?:the|your|our|l'|le|la|les|el|la|der|die|das|dem|den|il|lo|o|a|het|de)?\s*"
    r"(?:[^\W\d_]+(?:'|\s+)){0,3}?[^\W\d_]+(?:\s+(?:on|du|del|de|vom|am|op|del|della|do|da)"
    r"|,(?:\s+which\s+(?:ends|finishes|is|falls)\s+on)?)\s+")


def event_then_date(lower: str, at: int, *, ref: date, country: str | None,
                    subdivision: str | None) -> Span | None:
    """The date right after an event's few words at ``at`` ("l'entrevue du 15 janvier", "the
    panel on 3 May"), as precise as a date; None when the words are not that."""
    return _day_after(_EVENT_THEN_DATE_RE, lower, at, ref=ref, country=country,
                      subdivision=subdivision, least=4)


def _day_after(words: re.Pattern[str], lower: str, at: int, *, ref: date, country: str | None,
               subdivision: str | None, least: int) -> Span | None:
    """The day told right after ``words`` match at ``at``, when it is a day (no duration) at
    least as precise as ``least``."""
    lead = words.match(lower, at)
    day = None if lead is None else scan.match(lower, lead.end())
    if day is None or kind_of(day) in DURATION_KINDS:
        return None
    named = resolve(day, ref, country=country, subdivision=subdivision)
    return named if named is not None and named.specificity >= least else None


# Round 14: steps a duration is counted from that the text gives no day for, and the
# candidate's own interview named right before "on" (the reference, not a later day).
# "of that meeting" / "of this decision": a noun after "of that", an event pointed back at
AN_EVENT_NOUN_RE = re.compile(r"\s+(?!date\b|day\b|week\b|time\b|point\b)[^\W\d_]{4,}\b")
# "Once the hiring manager has met the last candidate, ...", "after they have interviewed
# everyone, ...": a step of the employer's that the clause gives no day for (round 14; the
# candidate's own step, "once you've completed the assessment", stays counted from today)
_UNDATED_ONCE_RE = re.compile(
    r"(?:^|[.;:!?\n]\s*)(?:once|when|after)\s+(?!you\b|you'|your\b)(?:[\w']+\s+){0,5}?"
    r"(?:has|have|had|'s|'ve)\s+(?:[\w]+\s+){0,2}?(?:met|seen|interviewed|finished|completed"
    r"|reviewed|checked|approved|signed|decided|spoken|talked)\b[^.;:!?\d\n]*\Z")


def undated_step_before(lower: str, at: int) -> bool:
    """Whether the sentence opens, before ``at``, with an employer's step it gives no day for."""
    start = max(0, at - 160)
    if "once" not in lower[start:at] and "when" not in lower[start:at] \
            and "after" not in lower[start:at]:
        return False
    found = _UNDATED_ONCE_RE.search(lower, start, at)
    return found is not None and scan.search(lower[found.start():at]) is None


def names_the_interview(words: str) -> bool:
    """Whether the words name the candidate's own interview (the reference, not a later day)."""
    return _THE_INTERVIEW_ON_RE.search(words) is not None and not any(
        late in words for late in ("last", "final", "all "))


# "your interview on": the interview's own word right before "on" (not "interview week ends on")
_THE_INTERVIEW_ON_RE = re.compile(
    r"(?:interview|gespr\w*|entretien|entrevista|colloquio)s?\s+on\s+\Z")


_GAP_RE = re.compile(r"[\s,]*")


# "within 10 working days after the Director-General approves the recommendation on 18 November",
# "of the final interview board, which sits on Thursday 22 October": a duration counted from an
# event whose date the same clause gives a few words on (round 11)
# ... and in other languages (round 12: "drei Wochen nach dem letzten Gesprächstag am 4. Mai",
# "dans les trois jours qui suivent le jury du 15 janvier", "tras la reunión del 15 de enero",
# "entro tre giorni dopo la riunione del 21 ottobre", "binnen een week na het gesprek op 3 mei")
_COUNTED_FROM_RE = re.compile(
    r"\s+(?:of|after|following|nach|apr(?:è|e)s|qui\s+suit|qui\s+suivent|suivant|tras"
    r"|despu(?:é|e)s\s+de|dopo|ap(?:ó|o)s|depois\s+d[eoa]|na|po"
    # round 18 ("tl18i"): Italian "dalla prova scritta del 30 maggio", Spanish "desde la prueba
    # del 30 de mayo" (counted from the step, dated right after it)
    r"|dalla|dalle|dal|dai|dagli|desde)\s+"
    r"(?!(?:today|now|receipt|heute|aujourd'hui|hoy|oggi|hoje|vandaag|dzisiaj)\b)")
_DATED_ON_RE = re.compile(
    r"(?:\bon|,|\bis|\bsits|\bmeets|\bam|\bvom|\bdu|\bdel|\bdella|\bdello|\bdo|\bda|\bop"
    r"|\bvan|\bz\s+dnia|\bdnia)\s+\Z")
_EVENT_WORDS = 90  # characters after the duration where the event's date can be
# round 16: an event and its day told with no "on" ("of the last interview this Thursday",
# "of your unit tour tomorrow"): a day counted from the reference's week, right after the noun
_DEICTIC_DAY_RE = re.compile(r"(?:this|next|coming|tomorrow)\b")
_AN_EVENT_RE = re.compile(r"(?:the|your|our|its|their)\s+(?:[^\W\d_][\w-]*\s+){1,3}")


def dated_right_after(lower: str, at: int, *, ref: date, country: str | None,
                       subdivision: str | None) -> date | None:
    """The date a few words after "of / after <event>", told "on <date>" or ", <date>", when no
    sentence or clause ends between; None if there is none."""
    counted = _COUNTED_FROM_RE.match(lower, at)
    if counted is None:
        return None
    end = min(len(lower), counted.end() + _EVENT_WORDS)
    day = scan.search(lower[counted.end():end])
    if day is None or kind_of(day) in DURATION_KINDS:
        return None
    between = lower[counted.end():counted.end() + day.start()]
    if any(stop in between for stop in (".", ";", "!", "?", " and ", " but ")) or not (
            _DATED_ON_RE.search(between) or (_DEICTIC_DAY_RE.match(day.group(0))
            and _AN_EVENT_RE.fullmatch(between))):
        return None
    named = resolve(day, ref, country=country, subdivision=subdivision)
    if kind_of(day) in {"wday", "wdayx"}:  # round 14: "the last campus visit on Friday the 12th"
        at_day = counted.end() + day.end()
        gap = _GAP_RE.match(lower, at_day)
        dated = scan.match(lower, gap.end() if gap else at_day)
        if dated is not None and kind_of(dated) not in DURATION_KINDS:
            named = resolve(dated, ref, country=country, subdivision=subdivision) or named
        elif named is not None and named.latest > ref and not names_the_interview(between):
            return named.latest  # "of the panel's meeting on Tuesday": a weekday still to come
    return named.latest if named is not None and named.specificity >= 4 else None


_ON_RE = re.compile(r"\s+(?:on|am|le|el|op)\s+")


def its_day_on(lower: str, at: int, *, ref: date, country: str | None,
               subdivision: str | None) -> Span | None:
    """The day told right after an event the words before ``at`` name ("... your in-person
    interview on Wednesday"): a weekday or a date (round 11)."""
    return _day_after(_ON_RE, lower, at, ref=ref, country=country, subdivision=subdivision,
                      least=3)
