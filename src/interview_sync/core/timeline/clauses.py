"""Whether a time expression in a promise sentence is a promise: its clause.

Owns ``clause_start`` (where the clause around a time expression starts: the previous comma,
"and", "und", "et", "y", ";" within ``_CLAUSE_WINDOW`` characters), ``vetoed`` (the clause says
it is no response promise: scheduling chatter, a start date, the candidate's own work or
deadline, the past, a length of something, a lower bound; what lifts a veto: a later "after
which", reported speech, a standing promise), ``attached`` (a cue governs it: anywhere before it
in the sentence, or later in its own clause), ``away`` (someone away until then) and
``has_cue`` (a cue between two offsets). Split from ``extract`` (round 7): ``extract`` reads
sentences and chooses among their promises; this module judges one expression in its clause.
The vocabulary is ``cues``'s.
"""

from __future__ import annotations

import bisect
import functools
import re

from interview_sync.core.literals import Stems
from interview_sync.core.timeline import scan
from interview_sync.core.timeline.cues import (
    ABSENCE_RE,
    ABSENCE_STEMS,
    AFTER_WHICH_RE,
    DUE_ANSWER_RE,
    EFFORT_RE,
    NAMED_DAY_KINDS,
    OWN_STEP_RE,
    OWN_STEP_STEMS,
    PAST_RE,
    PERIODIC_RE,
    PREFIX_END_RE,
    REPORTED_RE,
    SUFFIX_CUE_RE,
    SUFFIX_VETO_RE,
    TAKES_RE,
    prefix_any_re,
)
from interview_sync.core.timeline.english_clauses import not_the_promise
from interview_sync.core.timeline.grammar import DURATION_KINDS, kind_of, number_of
from interview_sync.core.timeline.no_promise import lazy_re
from interview_sync.core.timeline.own_asks import ASK_STEMS, FOLLOW_UP_AFTER_RE, ask_re

__all__ = ["CLAUSE_BREAK_RE", "attached", "away", "clause_start", "has_cue", "vetoed"]

# Opens with a look-ahead for the characters it can start with: ``re`` then skips the other
# positions fast (as ``sentences.SENTENCE_RE`` does).
CLAUSE_BREAK_RE = re.compile(
    r"(?=[,;()\[\]\n\s])(?:[,;()\[\]\n]|\s(?:and|but|so|while|although|though|-|–|und|aber|et|mais"
    r"|y|pero|och|og|men|maar|ale|mas|ma)\s)")


# "Shortlisting starts after the advert closes and usually takes one to three weeks": "takes" with
# no subject of its own shares the sentence's, the step the cue names.
# ... also with a subject of its own that points back at it ("but usually it takes a few days")
_SHARED_TAKES_RE = re.compile(
    r"\s*(?:(?:usually|typically|normally|generally|often|rarely|seldom|can|may|will|should"
    r"|could|it|this|that)\s+){0,3}"
    r"(?:takes?|taking)\b")


# "HR then needs another five business days": the next step of a chain, a wait (round 9)
_ANOTHER_BEFORE_RE = re.compile(r"\b(?:another|further|additional)\s+\Z")


# The cheap tests in front of two patterns, each one Aho-Corasick pass (``core.literals``)
_ABSENCE_GATE, _ASK_GATE = Stems(ABSENCE_STEMS), Stems(ASK_STEMS)
_OWN_STEP_GATE = Stems(OWN_STEP_STEMS)


_CLAUSE_WINDOW = 120  # characters before a time expression that can still govern it

# "On average, candidates hear back about 24 days after": an average set off by a comma still
# makes the rest of its sentence no promise (round 11; unset off, ``prefix_any_re()`` has it)
# ... and so does an exceptional case (round 12: "Dans des cas exceptionnels, la réponse peut
# prendre deux mois", "In exceptional cases, ...")
_AVERAGE_WORDS = ("average", "durchschnitt", "moyenne", "promedio", "média", "media", "gemiddeld",
                  "exceptional", "rare cases", "ausnahmef", "exceptionnel", "excepcional",
                  "eccezional", "uitzonderlijk", "wyjątkow", "wyjatkow")
_AVERAGE_OPENS_RE = re.compile(
    r"\b(?:im\s+(?:durch)?schnitt|en\s+moyenne|en\s+promedio|de\s+media|em\s+m(?:é|e)dia"
    r"|in\s+media|gemiddeld|in\s+(?:exceptional|rare)\s+cases|in\s+ausnahmef(?:ä|a)llen"
    r"|(?:dans\s+des|en)\s+cas\s+exceptionnels?|en\s+casos\s+excepcionales|in\s+casi\s+eccezionali"
    r"|em\s+casos\s+excecionais|in\s+uitzonderlijke\s+gevallen|w\s+wyj(?:ą|a)tkowych\s+przypadkach)\s*,")

# round 12: a usual length of the whole process, or of employers in general, is no promise ("Das
# Auswahlverfahren dauert in der Regel vier bis sechs Wochen", "Normalmente el proceso de
# selección tarda ...", "Di solito la selezione richiede circa un mese", "In most cases, hiring
# managers make a decision within ..."), nor the usual time it takes *us* to decide ("it usually
# takes us two weeks to make a decision"); the usual wait for the answer the employer gives
# ("you'll usually hear within a week", "di solito comunichiamo l'esito") stays a promise, and so
# does a promise after "but" ("it usually takes two weeks, but this time ... by Friday").
_USUAL_GATE = Stems(("usual", "normal", "typical", "general", "généra", "most ", "many cases",
                     "on average",
                     "rule", "regel", "wöhnlich", "wohnlich", "üblich", "ublich", "habituel",
                     "solit", "di norma", "geral", "costuma", "meestal", "doorgaans", "gewoonlijk",
                     "zazwyczaj", "zwykle", "przeważnie", "przewaznie",
                     # round 16 ("tl16i")
                     "in genere", "di regola", "vanligtvis", "normalt", "sædvanligvis", "yleensä",
                     "tavallisesti", "normaalisti", "συνήθως", "genellikle", "obvykle",
                     "zpravidla", "általában", "de obicei", "tavaliselt", "tipicamente",
                     # round 18 ("tl18i")
                     "عادة", "غالب", "בדרך כלל", "obično", "obicno", "biasanya", "umumnya",
                     "dos casos", "de los casos", "des cas", "dei casi",
                     # round 19 ("tl19i")
                     "обикновено", "ปกติ", "आम तौर", "आमतौर", "सामान्यत", "عام طور", "عموما",
                     "معمولا", "معمولاً", "সাধারণত", "பொதுவாக", "kwa kawaida", "karaniwan",
                     "kadalasan", "parasti", "thông thường", "habitualment",
                     # round 20 ("tl20i"): Russian
                     "обычно", "как правило",
                     # round 21 ("tl21i"): Marathi, Georgian, Azerbaijani, Kazakh, Uzbek,
                     # Albanian, Macedonian, Icelandic, Armenian (Nepali's is Hindi's stem)
                     "साधारणपणे", "ჩვეულებრივ", "adətən", "әдетте", "odatda", "zakonisht",
                     "обично", "venjulega", "yfirleitt", "սովորաբար",
                     # round 23 ("tl23i"): Spanish "suele(n)" (soler: what is usual)
                     "suele",
                     # round 24 ("tl24i"): German "erfahrungsgemäß" (as experience shows)
                     "erfahrungsgem"))
_USUAL_RE = re.compile(
    r"\b(?:usually|normally|typically|generally|in\s+(?:most|many)\s+cases|as\s+a\s+(?:general\s+)?rule"
    # round 21 ("tl21e"): "most of the time you will wait 1 to 2 weeks"
    r"|most\s+of\s+the\s+time"
    # round 23 ("tl23e"): "on average", no longer a veto of its own (``_AVERAGE_OPENS_RE``):
    # like "usually", a promise when it is the employer's own answer ("on average, our hiring
    # team gets back to candidates within 10 days"), none when it is employers' in general
    r"|on\s+average"
    # round 22 ("tl22e"): what most of a group does ("most of our clients take a week or ten
    # days", "most employers take", "..., but most take about a week")
    r"|most\s+(?:of\s+(?:our|the|their|these)\s+)?(?=(?:clients|employers|companies|firms"
    r"|organi[sz]ations|recruiters|agencies|hiring\s+managers|take|need)\b)"
    # round 16: "most (unsuccessful) candidates hear from us within ten days": what most get
    r"|most\s+(?:[^\W\d_]+\s+)?(?=(?:candidates|applicants|people)\s)"
    r"|in\s+der\s+regel|normalerweise|(?:ü|u)blicherweise|gew(?:ö|o)hnlich|en\s+g(?:é|e)n(?:é|e)ral"
    r"|g(?:é|e)n(?:é|e)ralement|habituellement|normalement|normalmente|generalmente"
    r"|por\s+lo\s+general|habitualmente|di\s+solito|solitamente|di\s+norma|geralmente|costuma"
    r"|meestal|doorgaans|gewoonlijk|normaal\s+gesproken|zazwyczaj|zwykle|przewa(?:ż|z)nie"
    r"|in\s+genere|di\s+regola|tipicamente|vanligtvis|normalt|s(?:æ|ae)dvanligvis|yleens(?:ä|a)"
    r"|tavallisesti|normaalisti|συν(?:ή|η)θως|genellikle|obvykle|zpravidla|(?:á|a)ltal(?:á|a)ban"
    r"|de\s+obicei|tavaliselt"
    # round 18 ("tl18i"): Arabic "عادةً ما يستغرق" (usually takes; the tanween may be written),
    # Hebrew, Serbian and Croatian, Indonesian; "in (nearly) half / most of the cases" in the
    # Romance languages, what employers in general do
    r"|(?:ال)?عادة\u064b?|غالب(?:ا|\u064b|ًا)+|בדרך\s+כלל|obi(?:č|c)no|biasanya|umumnya"
    # round 19 ("tl19i"): Bulgarian, Thai (no spaces: "โดยปกติ"), Hindi, Urdu, Persian, Bengali,
    # Tamil, Swahili, Tagalog, Latvian, Vietnamese, Catalan
    r"|обикновено|(?:โดย)?ปกติ|आम\s*तौर\s+पर|सामान्यत|عام\s+طور\s+پر|عموما\u064b?"
    r"|معمولا\u064b?|সাধারণত|பொதுவாக|kwa\s+kawaida|karaniwan|kadalasan|parasti"
    r"|thông\s+thường|habitualment|обычно|как\s+правило"
    # round 21 ("tl21i"): Nepali "सामान्यतया" (Hindi's stem runs on into a letter there; a last
    # vowel sign goes in a look-ahead, since no word boundary follows one),
    # Marathi, Georgian, Azerbaijani, Kazakh, Uzbek, Albanian, Macedonian, Icelandic, Armenian
    r"|सामान्यतय(?=ा)|साधारणपण(?=े)|ჩვეულებრივ|adətən|әдетте|odatda|zakonisht|обично|venjulega"
    r"|yfirleitt|սովորաբար"
    # round 23 ("tl23i"): Spanish "suele(n) durar / tardar" (it usually lasts / takes)
    r"|suelen?"
    # round 24 ("tl24i"): German "erfahrungsgemäß" ("viele Unternehmen brauchen erfahrungsgemäß
    # vier Wochen": what employers in general take, no promise; the employer's own, one)
    r"|erfahrungsgem(?:ä|a)(?:ß|ss)"
    r"|(?:em|en|dans|in)\s+(?:(?:quase|casi|pr(?:esque|ès)|quasi)\s+)?(?:metade|la\s+mitad|la\s+moiti(?:é|e)"
    r"|a\s+maioria|la\s+mayor(?:í|i)a|la\s+plupart|la\s+maggior\s+parte)\s+(?:dos|de\s+los|des|dei)"
    r"\s+cas(?:os|i)?)\b")
# round 16 ("tl16i"): ... or said impersonally, "it takes" with no one who answers: "in genere
# servono due settimane", "normalmente o retorno leva", "en rekrytering tar normalt", "süreç
# genellikle ... sürer", a Turkish passive aorist ("genellikle ... dönüş yapılır": it is done, as
# a rule), "συνήθως διαρκεί" (English is another helper's: its "it usually takes" is labelled
# both ways)
_IMPERSONAL_TAKES_RE = re.compile(
    r"\b(?:serv(?:e|ono)|ci\s+vogliono|ci\s+vuole|occorr(?:e|ono)|richied(?:e|ono)|dura(?:no|m|n)?"
    r"|leva(?:m)?|demora(?:m)?|costuma(?:m)?\s+levar|tarda(?:n)?|lleva(?:n)?|tar|varar|tager|varer"
    r"|kest(?:ää|aa)|vie|s(?:ü|u)r(?:er|(?:ü|u)yor)|al(?:ı|i)r|\w+(?:ıl|il|ul|ül|ın|in|un|ün)(?:ır|ir|ur|ür)"
    r"|διαρκε(?:ί|ι)|χρει(?:ά|α)ζ(?:ονται|εται)|trv(?:á|a)|trwa|tart|dureaz(?:ă|a)|kestab|v(?:õ|o)tab"
    # round 18 ("tl18i"): Arabic, Hebrew, Serbian and Croatian, Indonesian
    r"|(?:ت|ي)ستغرق|(?:ت|ي)أخذ|(?:ت|ي)ستمر|נמשכ(?:ת|ים)?|לוקח(?:ת|ים)?|traj(?:e|u)"
    r"|(?:mem(?:akan|butuhkan)|butuh)\s+waktu|berlangsung"
    # round 19 ("tl19i"): "отнема", "трае", "ใช้เวลา", "लगते हैं", "لگتے ہیں", "طول می‌کشد",
    # "লাগে", "huchukua", "tumatagal", "ilgst", "mengambil masa", "mất", "dura"
    r"|отнема|трае|ใช้เวลา|लगत|लगेंग|لگت(?:ے|ا)|طول|লাগ|huchukua|tumatagal|inaabot"
    r"|ilgst|aizņem|mengambil\s+masa|mất|dura"
    # round 20 ("tl20i"): Russian "занимает", "длится", "составляет" (takes, lasts, amounts to)
    r"|занима(?:ет|ют)|длит(?:ся|ся)|составля(?:ет|ют)"
    # round 21 ("tl21i"): Nepali "लाग्छ", Marathi "लागतो" (its last vowel sign in a look-ahead:
    # no word boundary follows one), Georgian, Azerbaijani "çəkir", Kazakh, Uzbek, Albanian
    # "zgjat", Icelandic "tekur", Armenian
    r"|लाग्छ|लागत(?=ो|ात)|სჭირდება|გრძელდება|çəkir|созылады|davom\s+etadi|zgjat|zgjasin|tekur"
    r"|տևում)\b")
# ... but not the time it takes the employer to answer *you* ("di solito ci vogliono dai 3 ai 10
# giorni lavorativi per darti un feedback"): that is the employer's own step, a promise
_TO_YOU_RE = re.compile(
    r"\s+(?:[\w']+\s+){0,3}?(?:per\s+(?:dar(?:ti|le|vi)|(?:ri)?sponder(?:ti|le|vi)|comunicar(?:ti|le|vi))"
    r"|para\s+(?:(?:te|lhe|lhes|vos)\s+)?(?:dar|responder|retornar)|para\s+(?:darte|darle|darles|responderte)"
    r"|f(?:ö|o)r\s+att\s+(?:ge|svara)\s+(?:dig|er)|for\s+at\s+(?:give|svare)\s+(?:dig|jer))\b")
# round 23 ("tl23i"): ... nor when what takes that time is the employer's own answer ("a decisão
# demora entre uma e duas semanas", "la decisión suele tardar", "l'esito richiede"): round 23's
# convention, the employer's usual time for its own answer is a promise
_ANSWER_TAKES_RE = re.compile(
    r"\b(?:a\s+decis(?:ã|a)o|a\s+resposta|o\s+resultado|la\s+decisi(?:ó|o)n|la\s+respuesta"
    r"|el\s+resultado|la\s+decisione|la\s+risposta|l['’]esito|il\s+riscontro|die\s+entscheidung"
    r"|die\s+r(?:ü|u)ckmeldung|la\s+d(?:é|e)cision|la\s+r(?:é|e)ponse|решение|ответ"
    r"|decyzja|odpowied(?:ź|z)|de\s+beslissing|het\s+antwoord"
    # round 24 ("tl24i"): Russian "обратная связь" (feedback)
    r"|обратная\s+связь)\s+(?:\w+\s+){0,2}?"
    r"(?:demora|leva|tarda|lleva|richiede|dauert|prend|занимает|zajmuje|duurt)\b")
# round 24 ("tl24i"): ... nor when the length runs until the employer's answer reaches you
# ("in der Regel dauert es ein bis zwei Wochen, bis Sie eine Zu- oder Absage bekommen", "... bis
# wir uns zurückmelden"), or what the impersonal passive does is the answer itself (Turkish
# "genellikle iki ila dört hafta içinde dönüş yapılır": an answer is given, as a rule); round
# 23's convention, as ``_ANSWER_TAKES_RE``
_UNTIL_ANSWER_RE = re.compile(
    r",?\s*bis\s+(?:sie|wir|du|ihr|ich)\b[^.;!?]{0,60}?\b(?:zu-\s+oder\s+absage|zusage|absage"
    r"|r(?:ü|u)ckmeldung|antwort|bescheid|nachricht|zur(?:ü|u)ckmelden|melden"
    # round 25: "bis Sie unsere Entscheidung erhalten", "... das Ergebnis"
    r"|entscheidung|ergebnis)\b")
_ANSWER_PASSIVE_RE = re.compile(
    r"\b(?:geri\s+)?d(?:ö|o)n(?:ü|u)(?:ş|s)\s+yap(?:ı|i)l(?:ı|i)r\b"
    r"|\bsonu(?:ç|c)(?:lar)?(?:\s+\w+)?\s+bildirilir\b")
# ... whose subject is the whole selection process or employers in general
_WHOSE_RE = re.compile(
    r"\b(?:(?:hiring|recruitment|recruiting|selection|application|interview)\s+(?:process|procedure)"
    # (round 23: not "our recruitment team", nor "our (hiring) managers": the employer's own)
    r"|(?<!\bour\s)recruitment(?!\s+(?:team|office|officers?|unit|department|section|panel|staff))"
    r"|(?<!\bour )(?<!\bour hiring )(?:hiring\s+)?managers|employers|companies|recruiters"
    r"|(?:auswahl|bewerbungs|einstellungs)(?:verfahren|prozess)|unternehmen|arbeitgeber"
    r"|(?:processus|proc(?:é|e)dure)\s+de\s+(?:recrutement|s(?:é|e)lection)|recrutement|entreprises"
    r"|employeurs|(?:proceso|procedimiento)\s+de\s+selecci(?:ó|o)n|empresas|reclutadores"
    r"|processo\s+(?:seletivo|de\s+sele(?:ç|c)(?:ã|a)o|de\s+recrutamento)|recrutamento"
    r"|(?:procedura|processo)\s+di\s+selezione|selezione|aziende|sollicitatie(?:procedure|proces)"
    r"|werkgevers|bedrijven|rekrutacj\w*|proces\s+rekrutac\w*|firmy|pracodawcy"
    # round 16: what candidates in general experience, told with them as the subject
    # ("candidates usually hear back about two weeks after a posting closes", "assessment
    # results generally come through within one to three weeks"); not what the employer does
    # to them ("candidates are usually contacted within", "results are usually sent within": the
    # employer's own habit, a promise, as the labels have it)
    # (round 23: their usual wait, "candidates usually wait"; not the usual time they hear from
    # the employer, "candidates typically hear back within one to two weeks of the final round",
    # which is the employer's own answer: a promise, docs/timelines.md "Round 23: label
    # conventions")
    r"|(?:candidates|applicants|people)\s+(?:usually\s+|generally\s+|typically\s+"
    r"|normally\s+)?wait\b"
    # ... nor what most of them get ("most unsuccessful candidates hear from us within ten
    # days", round 15's label: a group's share, not this candidate's answer)
    r"|most\s+(?:[^\W\d_]+\s+)?(?:candidates|applicants|people)\s+(?:hear|get|receive)\b"
    # round 21 ("tl21e"): the wait itself, what candidates can expect, and public offices in
    # general, told as a rule ("most of the time you will wait 1 to 2 weeks", "generally,
    # candidates can expect to hear back within a week or two", "typically, government
    # departments take about three months")
    r"|you(?:['’]ll|\s+(?:will|may|might|can|could|should))\s+(?:\w+\s+)?wait"
    # round 22 ("tl22e"): a third party's or most people's habit ("typically, the client takes
    # seven to ten working days", "most of our clients take", "but most take about a week"),
    # and results as the subject of a usual "take" ("results from the assessment centre usually
    # take two to three weeks": the process's length, not this employer's step)
    # (round 23: clients in the plural only: a recruiter's usual time for *the* client's answer,
    # "typically, the client takes seven to ten working days to share interview feedback", is
    # that employer's own answer, and so are results as the subject of a usual "take")
    r"|(?:the\s+|our\s+)?clients|firms|organi[sz]ations|most\s+(?:take|need)"
    # round 23 ("tl23e"): the usual length of a step other than the answer, as its subject
    # ("reliability status clearance generally takes two to four weeks", "notice periods usually
    # run one to three months"; not shortlisting, which the labels read as the wait for the
    # answer when the answer follows it: "shortlisting generally takes around 14 working days,
    # after which everyone will hear from us")
    r"|(?:pre-?employment\s+)?screening|vetting|(?:background|reference|security"
    r"|police|dbs|medical|character|criminal\s+record)\s+(?:checks?|clearances?|screening"
    r"|verifications?)|(?:status\s+)?clearances?|notice\s+periods?"
    r"|(?:candidates|applicants|people)\s+(?:can|may|might|should|will)\s+(?:\w+\s+)?expect"
    r"|(?:(?:government|public|state|federal)\s+)?(?:departments|ministries|agencies)"
    # round 19 ("tl19i"): Vietnamese "ứng viên (thường) sẽ biết / nhận kết quả" (candidates
    # will know / receive the result), what candidates in general experience
    r"|ứng\s+viên\s+(?:thường\s+)?(?:sẽ\s+)?(?:biết|nhận)"
    # round 20 ("tl20i"): Russian employers and the selection process in general
    r"|работодател\w*|компании|(?:процесс|процедура)\s+(?:отбора|подбора|найма))\b")
# (not "our decision process typically takes around two weeks" or "the review process normally
# takes 10 business days": labelled promises, the length of the employer's own step; round 23:
# nor, any more, the usual time it takes *us* to decide, "it usually takes us two to three weeks
# to make a decision", the employer's own answer)
# round 23 ("tl23e"): ... or said, after the length, of a sector in general ("results usually
# take three to four weeks in the public service": round 23's convention names it)
_SECTOR_RE = re.compile(
    r"\bin\s+(?:the\s+)?(?:(?:public|civil|federal|state|government)\s+(?:service|sector)"
    r"|government|this\s+(?:sector|industry)|(?:most|many)\s+(?:companies|organi[sz]ations))\b")
# round 23 ("tl23e"): ... or the length is counted from an event the text does not date ("about
# three weeks after the advert closes", "two to three weeks after applications close")
_UNDATED_FROM_RE = re.compile(
    r"\s+(?:[\w']+\s+){0,2}?(?:after|of|from|following)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:posting|advert(?:isement)?|vacancy|job\s+(?:ad|advert|posting)|applications?|ad)\s+"
    r"(?:closes|close|closed|has\s+closed|have\s+closed)\b")
# What ends the stretch of a sentence a usual-length word governs: "but", ";", "however"
# (round 24: and an "unlike ..." phrase set against the employer's own time, "unlike most
# agencies, we reply within three working days")
_CONTRAST_RE = re.compile(r";|\b(?:but|however|aber|jedoch|mais|pero|sin\s+embargo|ma|mas"
                          r"|por(?:é|e)m|maar|echter|ale|jednak)\b|\bunlike\s[^,;]*,")


# round 25 ("tl25e"): ... but not a recruiter's own clients answering the recruiter ("clients
# generally give me their feedback within three working days", "employers usually send us their
# decision within a week", "my clients typically confirm their decision within five working
# days"): round 23's convention, a recruiter's usual time for the client's answer is a promise.
# "Most (of our) clients take a week" and "companies take one to two weeks to give an agency
# feedback" stay others' habits (a quantifier, or no "us" / "me" / "my"). Compiled on first need:
# only a usual length whose subject is one of these nouns asks.
_ANSWERS_US = lazy_re(r"\bmy\s+clients\b|\b(?:clients|employers|companies|(?:hiring\s+)?managers)\b"
                      r"(?:\s+[\w']+){0,8}?\s+(?:us|me)\b")
_QUANTIFIED = lazy_re(r"\b(?:most|many|some|few|other)\b")


def _answers_the_speaker(region: str, whose: re.Match[str]) -> bool:
    """Whether the usual-length subject ``whose`` (in ``region``) is the recruiter's client
    answering the recruiter ("us", "me", "my clients"), not others as a rule."""
    if not ("us" in region or "me" in region or "my " in region):  # the cheap test first
        return False
    return (_ANSWERS_US().search(region, max(0, whose.start() - 3)) is not None
            and _QUANTIFIED().search(region, 0, whose.start()) is None)


@functools.lru_cache(maxsize=16)
def _holds_usual(sentence: str) -> bool:
    """The literal test for ``_USUAL_RE``, once per sentence (its time expressions ask it)."""
    return _USUAL_GATE.found_in(sentence)


def _a_usual_length(sentence: str, match: re.Match[str]) -> bool:
    """A usual length of the process or of employers in general, or the usual time it takes to
    decide (no promise); the stretch read starts after the last "but" or ";" before ``match``."""
    if not _holds_usual(sentence):  # the cheap test first: most sentences stop here
        return False
    start = 0
    for cut in _CONTRAST_RE.finditer(sentence, 0, match.start()):
        start = cut.end()
    region = sentence[start:match.start()]
    if not _USUAL_RE.search(region):
        return False
    # the verb may come after the length (Turkish puts it last: "genellikle iki hafta sürer")
    after = _CONTRAST_RE.search(sentence, match.end())
    rest = sentence[match.end():after.start() if after else len(sentence)]
    whose = _WHOSE_RE.search(region)
    if whose is not None and _answers_the_speaker(region, whose):
        whose = None
    return bool(whose or _SECTOR_RE.search(rest) or (
        (_IMPERSONAL_TAKES_RE.search(region) or _IMPERSONAL_TAKES_RE.search(rest))
        and not _TO_YOU_RE.match(sentence, match.end())
        and not _UNTIL_ANSWER_RE.match(sentence, match.end())
        and not _ANSWER_PASSIVE_RE.search(rest)
        and not _ANSWER_TAKES_RE.search(region)) or (
        _UNDATED_FROM_RE.match(sentence, match.end())))


def away(sentence: str, start: int, end: int) -> bool:
    """``ABSENCE_RE`` in ``sentence[start:end]``, behind a cheap test for the words it needs."""
    clause = sentence[start:end]
    return _ABSENCE_GATE.found_in(clause) and bool(
        ABSENCE_RE.search(sentence, start, end))

def has_cue(cues: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(cues, lo)
    return i < len(cues) and cues[i] < hi

def clause_start(sentence: str, match: re.Match[str]) -> int:
    clause_start = max(0, match.start() - _CLAUSE_WINDOW)
    for brk in CLAUSE_BREAK_RE.finditer(sentence, clause_start, match.start()):
        clause_start = brk.end()
    return clause_start

def vetoed(sentence: str, match: re.Match[str], clause_start: int, cues: list[int],
            offset: int) -> bool:
    """True when the clause around ``match`` says it is not a response promise."""
    prefix = sentence[clause_start:match.start()]
    kind = kind_of(match)
    if any(word in sentence for word in _AVERAGE_WORDS) and _AVERAGE_OPENS_RE.search(
            sentence, 0, clause_start):
        return True
    if kind in DURATION_KINDS and _a_usual_length(sentence, match):
        return True
    if "?" in sentence and _ASKS_THE_CANDIDATE_RE.match(sentence):
        return True  # "Would you be happy to wait a week?" (round 14): a question, no promise
    if not_the_promise(sentence, match, cues, offset):
        return True  # round 16: a past cycle, the candidate's duty, a condition's own time
    group = _GROUP_NAMED_RE.match(prefix) if prefix else None
    if group is not None:  # round 19: "Applicants invited to the advocacy exercise will hear
        prefix = prefix[group.end():]  # within ...": who hears, not what the time is for
    if prefix and not _silence_answers(sentence, prefix) and (
            _vetoing(prefix) or _asks(prefix)) and not _answered_after(
            sentence, match, cues, offset):
        return True
    ending = PREFIX_END_RE.search(prefix) if prefix else None
    if ending and not (kind in DURATION_KINDS and PERIODIC_RE.search(prefix)) and not _within(
            ending, match, kind):
        return True
    told = 0  # "was told to expect feedback by Thursday": only the words after "told" count
    for reported in REPORTED_RE.finditer(prefix):  # also "once the team has met on Friday"
        told = reported.end()
    if kind in NAMED_DAY_KINDS and PAST_RE.search(prefix, told):
        return True
    if kind in DURATION_KINDS and FOLLOW_UP_AFTER_RE.match(sentence, match.end()):
        return True  # "espera cinco días hábiles antes de escribirnos": the candidate's wait
    if kind in DURATION_KINDS and sentence[max(0, match.start() - 1):match.start()] == "(":
        return True  # "onsite (4 hours)": a parenthetical length, not a wait
    if (kind == "dur" and match.group("dur_u").startswith("h")
            and max(number_of(match.group("dur_n1")), number_of(match.group("dur_n2"))) < 24
            and EFFORT_RE.search(prefix)):
        return True  # "should take about 3 hours": the candidate's effort, not a wait
    if (kind == "dur" and match.group("dur_u").startswith("h")
            and _BETWEEN_BEFORE_RE.search(sentence, max(0, match.start() - 10), match.start())
            and _CLOCK_RANGE_RE.match(sentence, match.end())):
        return True  # "jeudi entre 14 h et 15 h" (round 13): an hour of the day, not 14 hours
    if (kind in DURATION_KINDS and TAKES_RE.search(prefix)
            # "it may take another couple of weeks": more of a wait already under way
            and not match.group(0).startswith("another")
            and not _ANOTHER_BEFORE_RE.search(sentence, max(0, match.start() - 12), match.start())
            and not has_cue(cues, offset + clause_start, offset + match.start())
            and not (_SHARED_TAKES_RE.match(sentence, clause_start)
                     and has_cue(cues, offset, offset + clause_start))
            and not _cue_follows(sentence, match.end(), cues, offset)
            and not _answered_after(sentence, match, cues, offset)
            # round 25 ("tl25i"): "in der Regel dauert es eine Woche, bis Sie eine Rückmeldung
            # bekommen": the length runs until the employer's answer reaches you (round 23's
            # convention; ``_a_usual_length`` still takes employers in general and other steps)
            and not _UNTIL_ANSWER_RE.match(sentence, match.end())
            and not _AS_SOON_AS_DONE_RE.search(sentence, match.end())):
        return True  # "the move typically takes 6-8 weeks": how long something lasts
    if (kind not in DURATION_KINDS and any(word in sentence for word in _BACK_WORDS)
            and _UNTIL_BEFORE_RE.search(sentence, max(0, match.start() - 24), match.start())
            and _BACK_AFTER_RE.search(sentence, match.end())):
        return True  # "absent jusqu'au 20 mars, je réponds à mon retour" (round 13): a bound
    if kind in NAMED_DAY_KINDS and _POSSESSIVE_RE.match(sentence, match.end()):
        return True  # "your results from today's assessment centre": an event, not a day
    window = max(0, match.start() - 110)
    own = OWN_STEP_RE.search(sentence, window, match.start()) if _OWN_STEP_GATE.found_in(
        sentence[window:match.start()]) else None
    if own is not None:
        # the cues after the step's verb (its own "decide" or "confirm" is no promise), bar
        # its object ("must sign and return their offer letters within three days", round 14)
        verb_end = own.end("ask_end") if own.group("ask_end") is not None else (
            own.end("own_end") if own.group("own_end") is not None else own.start())
        if (not has_cue(cues, offset + verb_end, offset + match.start())
                or (own.group(0).startswith(_MUST_WORDS)
                    and _OBJECT_ONLY_RE.match(sentence, verb_end, match.start()))):
            return True  # "a contract to sign and return within 7 days": the candidate's step
    # "within two working days of today's interview": the event it counts from, no length
    return bool(SUFFIX_VETO_RE.match(sentence, match.end())) and not match.group(0).endswith("'s")


# The promise's subject, a group named by the step it was picked for ("Applicants invited to the
# advocacy exercise will hear", "candidates selected for the assessment day will be told"): its
# words ("exercise", "assessment") say who is promised, not that the time is the step's (round 19)
_GROUP_NAMED_RE = re.compile(
    r"\s*(?:(?:all|the|any)\s+)?(?:applicants|candidates|those|students|people|interviewees)\s+"
    r"(?:who\s+(?:are|were|have\s+been)\s+)?(?:invited|selected|shortlisted|chosen|called|asked)\s+"
    r"(?:to|for)\s+[^,;]{0,60}?(?=\s(?:will|shall|can\s+expect|are\s+to|hear|get)\b)")


# A question put to the candidate, the whole sentence ("Would you be happy to wait a week for
# feedback, or would three days feel more reasonable?"); not "Can we call you on Friday?" (a
# promise told as a question the lead-in words decide) nor a statement with a "?" further on
_ASKS_THE_CANDIDATE_RE = re.compile(
    r"\s*(?:would|could|can|do|does|are|is|will|did|have)\s+(?:you|it|that|this)\b[^.!;]*\?\s*\Z")


# "Marking takes three weeks, and we'll contact you as soon as it's done" (round 14): the step's
# length is the wait for the answer that follows it
_AS_SOON_AS_DONE_RE = re.compile(
    r"\b(?:we|i)(?:'ll|\s+will)\s+[^.;!?]{0,60}?\b(?:as\s+soon\s+as|once|when)\s+"
    r"(?:it|that|they|this)(?:'s|\s+is|'re|\s+are)\s+(?:done|complete|completed|finished|over"
    r"|marked)\b")


# The object of the candidate's own step and nothing else up to the time ("their offer letters")
_MUST_WORDS = ("must", "should", "need", "required")
_OBJECT_ONLY_RE = re.compile(r"\s+(?:your|their|the|his|her)\s+(?:[\w-]+\s+){0,4}\Z")


# Someone away *until* a day who answers "when I'm back", with no length (round 13): the day is
# the last one away, a lower bound ("bis zum 21. April nicht im Büro ... nach meiner Rückkehr")
_BACK_WORDS = ("return", "back", "retour", "ckkehr", "regreso", "vuelta", "powrocie", "voltar",
               "regressar", "regresso")
_UNTIL_BEFORE_RE = re.compile(
    r"\b(?:until|till|til|jusqu'(?:au|à|a)|bis\s+(?:zum|zur|einschlie(?:ß|ss)lich)|hasta(?:\s+el)?"
    r"|at(?:é|e)(?:\s+(?:o\s+|ao\s+)?dia)?|do)\s+(?:(?:the|le|el|den|dem)\s+)?\Z")
_BACK_AFTER_RE = re.compile(
    r"\b(?:(?:when|once|after|as\s+soon\s+as)\s+(?:i|we|she|he|they)\s*(?:return|'m\s+back"
    r"|am\s+back|'s\s+back|is\s+back|are\s+back|'re\s+back|get\s+back|come\s+back)"
    r"|(?:upon|on)\s+my\s+return|(?:à|a|d(?:è|e)s)\s+(?:mon|son|notre|leur)\s+retour"
    r"|nach\s+(?:meiner|ihrer|seiner|unserer)\s+r(?:ü|u)ckkehr|a\s+(?:mi|su|nuestra|nuestro)\s+"
    r"(?:regreso|vuelta)|po\s+(?:moim\s+|jej\s+|jego\s+|naszym\s+)?powrocie"
    r"|(?:assim\s+que|quando)\s+(?:voltar|regressar)|(?:no|ap(?:ó|o)s\s+o)\s+(?:meu|seu)\s+regresso)"
    r"(?![^.;]*\d)")
# An hour range ("entre 14 h et 15 h", "between 2 and 4 pm", "zwischen 9 und 10 Uhr"): its first
# hour is read as a duration by the grammar; here it is a time of day (round 13)
_BETWEEN_BEFORE_RE = re.compile(r"\b(?:entre|between|zwischen)\s+\Z")
_CLOCK_RANGE_RE = re.compile(
    r"\s+(?:et|and|und|y|e)\s+\d{1,2}(?:[:.h]\d\d)?\s*(?:h|uhr|am|pm|a\.m\.|p\.m\.)(?!\w)")
# "today's assessment centre", "Friday's panel" (round 12): a day named as an event's owner
_POSSESSIVE_RE = re.compile(r"(?:'|’)s\b")

# Lithuanian units ("per tris darbo dienas", "per dvi savaites"): there "per" is "within", not
# the rate it is in English and Italian ("per week", "per due settimane").
_LITHUANIAN_UNITS = ("darbo", "dien", "savait", "mėnes", "menes")


def _within(ending: re.Match[str], match: re.Match[str], kind: str) -> bool:
    if ending.group(0).strip() != "per" or kind not in ("dur", "durx"):
        return False
    return match.group(f"{kind}_u").startswith(_LITHUANIAN_UNITS)

def _vetoing(prefix: str) -> bool:
    """``prefix_any_re()`` in ``prefix``, but not an answer that "is due" on the day that follows
    ("the panel's decision is due on 22 January") when nothing else in the prefix vetoes."""
    veto = prefix_any_re().search(prefix)
    if veto is None:
        return False
    if "due" not in veto.group(0) or not DUE_ANSWER_RE.search(prefix):
        return True
    return prefix_any_re().search(prefix, veto.end()) is not None

def _asks(prefix: str) -> bool:
    """``ask_re()`` in ``prefix`` (the candidate's deadline in a language other than English),
    behind a cheap test for the words it needs."""
    return _ASK_GATE.found_in(prefix) and bool(ask_re().search(prefix))

# round 25 ("tl25e"): "those who have not been invited to the typing test by the end of
# February may assume their applications were unsuccessful": the invitation not come by then is
# the answer (silence as the answer, round 20), so the invitation's words veto nothing there
_NOT_PICKED = lazy_re(r"\b(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+(?:invited|called"
                      r"|shortlisted|selected|contacted)\b")


def _silence_answers(sentence: str, prefix: str) -> bool:
    """Whether ``prefix`` says the candidate has not been picked by the time that follows and
    the sentence reads that silence as the outcome ("... may assume ... unsuccessful")."""
    return ("not been " in prefix and "unsuccessful" in sentence
            and _NOT_PICKED().search(prefix) is not None)


# round 23 ("tl23e"): the step the length counts from, told between it and what it takes the
# time to do ("we normally take two to three weeks after the last interview to reach a final
# decision", "it usually takes us two weeks after the interviews to send out the results")
_FROM_THE_INTERVIEW_RE = re.compile(
    r"\s+(?:after|following|from|of)\s+(?:the|your|our)\s+(?:(?:last|final|first|second|panel)\s+)?"
    r"(?:interviews?|rounds?)\b")


def _cue_follows(sentence: str, end: int, cues: list[int], offset: int) -> bool:
    """ "It takes us two weeks [after the interviews] to send out the results": what the length
    is for, a cue, told right after it (or after the step it counts from)."""
    step = _FROM_THE_INTERVIEW_RE.match(sentence, end)
    if step is not None:
        end = step.end()
    return bool(SUFFIX_CUE_RE.match(sentence, end)) and has_cue(cues, offset + end,
                                                                   offset + end + 40)


def _answered_after(sentence: str, match: re.Match[str], cues: list[int], offset: int) -> bool:
    """ "The next meeting is on October 21, after which we'll share the decision": a date the
    words after it make the start of the answer (when they name no time of their own)."""
    after = AFTER_WHICH_RE.match(sentence, match.end())
    if after is None:
        return False
    rest = sentence[after.end():after.end() + 60]
    return (has_cue(cues, offset + after.end(), offset + after.end() + len(rest))
            and scan.search(rest) is None)

def attached(sentence: str, match: re.Match[str], cues: list[int], offset: int) -> bool:
    """True when a cue governs ``match``: anywhere before it, or later in its own clause.

    "The team will debrief on Friday and I'll reach out early next week": Friday's clause
    promises nothing, so the week wins even though a weekday is more specific.
    """
    if has_cue(cues, offset, offset + match.start()):
        return True
    brk = CLAUSE_BREAK_RE.search(sentence, match.end())
    return has_cue(cues, offset + match.end(), offset + (brk.start() if brk else len(sentence)))
