"""The vocabulary that decides whether a date is a *promise to respond*.

Owns: ``cue_re()`` (the words of a response promise, ``promise_words.CUE``, compiled) and the
vetoes that make a nearby date something else: ``prefix_any_re()`` (scheduling chatter, start
dates, benefits, the candidate's own work or reply, anywhere in the clause before the date; for
the languages past English, German, French and Spanish ``own_asks.ask_re()``), ``PREFIX_END_RE``
(words right before it: "you'll have", "for the past"), ``EFFORT_RE`` (effort in hours),
``PAST_RE`` (the past, for named days) and ``SUFFIX_VETO_RE`` (words right after it: "to
complete", "of PTO", "ago", "-minute interview"); ``NOT_CUE_RE`` (phrases holding a cue word
that promise nothing), ``TAKES_RE``/``SUFFIX_CUE_RE`` (how long something takes, unless a cue
governs it) and ``ABSENCE_RE`` (someone away until a day); and what lifts a veto:
``REPORTED_RE`` (reported speech, a future perfect), ``PERIODIC_RE`` (a standing promise: "I'll
update you every two weeks") and ``AFTER_WHICH_RE`` (a later clause: "the meeting is on the
21st, after which we'll decide"). ``timeline`` applies them; every phrase here is there because
a labelled case in tests/data/timeline_cases.jsonl needed it (the blind batches there say how
well they generalise). """

from __future__ import annotations

import functools
import re

from interview_sync.core.timeline.factor import by_first_char
from interview_sync.core.timeline.promise_words import CUE, LEAD_CUE

__all__ = [
    "ABSENCE_RE",
    "ABSENCE_STEMS",
    "AFTER_WHICH_RE",
    "DECLINED_RE",
    "DECLINE_STEMS",
    "DUE_ANSWER_RE",
    "EFFORT_RE",
    "NAMED_DAY_KINDS",
    "NOT_CUE_RE",
    "NOT_CUE_STEMS",
    "OWN_STEP_RE",
    "OWN_STEP_STEMS",
    "PAST_RE",
    "PERIODIC_RE",
    "PREFIX_END_RE",
    "PROCESS_BACK_RE",
    "PROCESS_STEMS",
    "RARELY_RE",
    "RARELY_STEMS",
    "REPORTED_RE",
    "REVIEWING_RE",
    "SUFFIX_CUE_RE",
    "SUFFIX_VETO_RE",
    "TAKES_RE",
    "THEN_NEXT_RE",
    "cue_re",
    "prefix_any_re",
]

_LEAD_CUE = LEAD_CUE
_CUE = CUE

# Phrases that hold a cue word without being a promise to the candidate: the employer waiting to
# hear from someone else, the candidate reaching out, "we offer relocation", a meeting confirmed.
_NOT_CUE = (
    r"\b(?:we|i)\s+(?:(?:don't|do\s+not|didn't|haven't|have\s+not|can't|cannot)\s+)?hear(?:d)?\s+"
    r"(?:back\s+)?from\s+(?!us\b|me\b)|\bpoint\s+of\s+contact\b|\breach(?:ing)?\s+out\s+to\s+(?:me|us)\b"
    r"|\b(?:we|also|to)\s+offer\b|\bconfirm(?:ing|ed)?\s+(?:your|receipt|attendance|that\s+your"
    r"|the\s+(?:time|date|interview|call|meeting)"
    # round 18: the interview's arrangements ("we'll confirm the panel by Friday", "confirm the
    # venue and the joining link"), logistics rather than an answer
    r"|the\s+(?:[\w-]+\s+)?(?:panel|venue|location|room|link|details|arrangements|slots?|schedule"
    r"|agenda|format|logistics|timetable))\b|\b(?:is|are|been|be|was|were)\s+confirmed\b"
    # ... but an outcome "confirmed in writing" is one (round 11)
    r"(?!\s+in\s+writing)"
    r"|\bplease\s+confirm\b|\bresponse\s+rates?\b"
    r"|\bconfirmez\b|\bconfirmer\s+(?:votre|vos|la|le)\b|\bconf(?:í|i)rm(?:e|enos|en)\b"
    r"|\bbest(?:ä|a)tigen\s+sie\b"
    # round 8: the answers other candidates get ("outcome letters to the other interviewees go
    # out within two days", "we're writing to the candidates who weren't shortlisted this week")
    r"|\b(?:(?:outcome|rejection|regret)\s+)?(?:letters?|e-?mails?|notes|calls)\s+to\s+(?:all\s+)?the"
    r"\s+other\s+(?:candidates|applicants|interviewees)\b"
    r"|\bwriting\s+to\s+(?:the\s+)?(?:other\s+)?(?:candidates|applicants|interviewees|people)\s+who"
    r"\s+(?:weren't|were\s+not|didn't|did\s+not|haven't|have\s+not)\s+(?:been\s+|get\s+|got\s+)?"
    r"(?:shortlisted|selected|successful)\b"
    # round 12: what is told to a colleague, not to the candidate ("then I'll tell Human
    # Resources which candidate I'd like")
    r"|\b(?:tell|inform|notify|update)\s+(?:human\s+resources|hr\b|the\s+(?:hr|panel|committee|board"
    r"|dean|director|hiring\s+manager|recruiter|team)\b|my\s+(?:manager|boss|director))"
)
NOT_CUE_RE = re.compile(by_first_char(_NOT_CUE))
# One of these literals is in every phrase ``NOT_CUE_RE`` matches: the cheap test in front of it.
NOT_CUE_STEMS = ("hear", "contact", "reach", "offer", "conf", "rate", "bestätigen",
                 "bestatigen", "other", "writing", "tell", "inform", "notify", "update")
# A duration after "takes" ("the move typically takes 6-8 weeks") is how long something lasts; it
# is a wait for an answer only when a cue governs it: "our decision process takes two weeks" (a
# cue earlier in the clause) or "it may take up to 4 weeks to get back to everyone" (right after).
TAKES_RE = re.compile(
    r"\b(?:takes?|taking|trv(?:á|a)|trwa|dauert|dure|duurt|tarda|kest(?:ää|aa))\b")
# ... or "it could take up to a month before we come back to you" (round 8)
SUFFIX_CUE_RE = re.compile(r"\s*(?:(?:for\s+\w+(?:\s+\w+)?\s+)?to|before|until|till)\s+")
# Someone away until a day ("out sick until Monday", "HM out til 9/28"): the day the answer can
# start to come, weaker than any promise in the same text but better than nothing.
ABSENCE_RE = re.compile(
    r"(?:\b(?:out|away|off|sick|leave|vacation|holiday|pto|traveling|travelling|ooo|offsite)\b"
    r"(?:\s+[\w']+){0,3}?\s+(?:until|till|til|thru|through)"
    # (round 16: not what is published, "the results will be out the following week")
    r"|(?<!reach\s)(?<!reaching\s)(?<!results\swill\s)(?<!result\swill\s)(?<!list\swill\s)"
    r"(?<!scores\swill\s)(?<!offers\swill\s)(?<!letters\swill\s)"
    r"\b(?:is|are|am|i'm|we're|'s|be|being)\s+(?:out|away|off"
    r"|on\s+(?:leave|vacation|holiday|pto))"
    # an office closed from one day to another ("nos bureaux sont fermés du 24 décembre au 1er
    # janvier", "vom 24.12. bis 6.1. geschlossen" is read by the closure's words before the day)
    r"|\b(?:closed|ferm(?:é|e)e?s?|geschlossen|cerrad[oa]s?|chius[oiea]|fechad[oa]s?|gesloten"
    r"|st(?:ä|a)ngt|lukket|stengt|zamkni(?:ę|e)t[aey]|zav(?:ř|r)en[aoyé]?)\s+(?:(?:du|from|vom|von"
    r"|del?|dal|van|fra|fr(?:å|a)n|od|until|till|bis|jusqu'au|hasta|fino\s+al|tot|do)\s+)?"
    r"(?:[\w.]+\s+){0,4}?(?:(?:au|to|bis|al|a|tot|till|til|do|-|–)\s+)?)\s*$",
)
# One of these is in every text ``ABSENCE_RE`` matches (a cheap test first; hypothesis checks it).
ABSENCE_STEMS = ("out", "away", "off", "sick", "leave", "vacation", "holiday", "pto",
                 "travel", "ooo", "closed", "ferm", "geschlossen", "cerrad", "chius", "fechad",
                 "geslot", "stängt", "stangt", "lukket", "stengt", "zamkni", "zavř", "zavr")
# Words anywhere between the clause start and a time expression that make it something other
# than a response promise: scheduling chatter, start dates, benefits, the candidate's own work.
_PREFIX_ANY = (
    # ... but "an invitation for an interview" is an answer the employer sends
    # (round 22: not an answer scheduled to come out: "interview results are scheduled to be
    # issued on 17 April")
    r"\b(?:schedul(?!ed\b)\w*|scheduled(?!\s+to\s+be\s+(?:issued|released|published"
    r"|announced|sent|communicated|declared|posted|out)\b)|reschedul\w*|calendar\s+invite|invitations?\b(?!\s+(?:for|to)\s+(?:an?\s+|the\s+)?"
    r"(?:\w+\s+)?interview|\s+(?:[\w']+\s+){0,2}?go(?:es)?\s+out\b)|\s@\s|send\s+(?:you\s+)?(?:an?\s+|the\s+)?invit"
    # (round 16: "we'll invite you to interview within three days" is the answer to the step
    # before, "we'll invite you to an interview on Tuesday at 10" still the slot)
    r"|(?<!'ll\s)(?<!will\s)invite\s+you|invite\s+you\s+(?:[\w-]+\s+){0,4}?(?:on|at|for)\b"
    r"|book(?:ed|ing)?\b|set\s+up|arrange|availability|are\s+you\s+(?:free|available)"
    r"|works?\s+for\s+you|(?:start(?:s|ing)?|begin(?:s|ning)?)\b(?!\s+(?:calling|phoning|ringing"
    r"|contacting|notifying))|onboard\w*|joining|join\s+us"  # r17: "start calling us Monday"
    r"|probation\w*|pto\b|vacation|holiday\s+allowance|parental|vest\w*|tenure|notice\s+period"
    # (round 25: not "in my / our experience", a recruiter's hedge before the client's usual
    # time, "in my experience this client usually gives feedback within two days")
    r"|(?<!in\smy\s)(?<!in\sour\s)experience|out\s+of\s+(?:the\s+)?office|ooo\b|traveling|travelling|assignment"
    # (round 22: not the "recruitment exercise", the process itself in Nigerian, Indian and
    # Kenyan English: "the board will conclude the exercise before the end of March"; a hope to
    # conclude it is still none, round 20's "we hope to conclude the exercise before ...")
    r"|take[\s-]?home|homework|(?<!recruitment\s)(?<!selection\s)(?<!screening\s)"
    r"(?<!shortlisting\s)(?<!will\sconclude\sthe\s)(?<!shall\sconclude\sthe\s)exercise|case\s+study|(?:coding|technical)\s+(?:challenge|test)"
    r"|submit|expir\w*|valid\b|\b(?:is|are)\s+due\b|\bdue\s+(?:in|by|within|on|before)\b"
    r"|salary|bonus|equity|grown|growth|founded|hold\s+(?:the\s+)?(?:date|time)"
    r"|feel\s+free|(?:don't|do\s+not)\s+hesitate|if\s+you\s+have\s+(?:any\s+)?questions"
    r"|moved\s+(?:to|up|back)|postponed|pushed\s+(?:to|back)|confirmed\s+for"
    # round 13: what the employer waits to receive from the candidate ("if we don't receive your
    # signed acceptance within five working days, the offer will lapse", "si no recibimos su
    # respuesta en tres días", "si nous ne recevons pas", "se não recebermos", "jeśli nie
    # otrzymamy")
    r"|if\s+(?:we|i)\s+(?:don'?t|do\s+not|haven'?t|have\s+not)\s+(?:yet\s+)?"
    r"(?:receive[ds]?|got|get)\b"
    r"|si\s+no\s+(?:recibimos|hemos\s+recibido)|si\s+nous\s+ne\s+recevons\s+pas"
    r"|se\s+n(?:ã|a)o\s+recebermos|je(?:ś|s)li\s+nie\s+otrzymamy"
    r"|follow[\s-]?up\s+(?:interview|call|meeting|chat|session|round)"
    # round 14: the candidate sitting a test ("successful applicants write the test on Sunday")
    r"|(?:write|writes|take|takes|sit|sits)\s+(?:the|a|an|your|their)\s+(?:[\w-]+\s+)?(?:test|exam"
    r"|examination|aptitude\s+test)s?\b"
    # round 14: how late a wait can run ("which can be as late as the end of June")
    r"|(?:can|could|may|might)\s+(?:be|run|go|stretch|last)\s+(?:as\s+late\s+as|on\s+into|into)\b"
    # a label before its slot ("Interview: Monday 3pm"), not a heading a sentence goes on from
    # ("This is a bulk round: we expect to send outcomes within four weeks", round 11)
    r"|(?:interview|call|meeting|onsite|chat|round|session|availability)\s*:\s*(?:[\w'@-]+\s+){0,3}$"
    r"|(?:please|pls|plz|kindly)\s+(?:reply|respond|confirm|send|submit|complete|return|let\s+us\s+know|provide"
    r"|share|sign|get\s+back)|(?:can|could|would)\s+you\b|get\s+back\s+to\s+us|let\s+us\s+know"
    r"|reach\s+out\s+to\s+us|(?:reply|respond)\s+to\s+(?:us|me|this|confirm|accept)|from\s+you\b"
    # round 19: "we will post your decision", "have your decision posted" (the decision on you)
    r"|(?<!chase\s)(?<!chasing\s)(?<!post\s)(?<!send\s)(?<!release\s)(?<!email\s)(?<!e-mail\s)"
    r"your\s+(?:response|reply|answer|decision(?!\s+(?:posted|sent|released|e-?mailed|mailed|letter)\b)"
    r"|availability|confirmation"
    r"|signature)(?![^,;]{0,40}\b(?:with|to)\s+you\b)"
    r"|(?<!chase\s)(?<!chasing\s)(?<!will\ssend\s)(?<!'ll\ssend\s)(?<!will\sget\s)(?<!'ll\sget\s)"
    r"(?<!will\sgive\s)(?<!'ll\sgive\s)your\s+feedback"  # r17: not "we'll send your feedback"
    # ... but "your feedback will be with you by Tuesday" is ours, on its way to them
    r"(?![^,;]{0,40}\b(?:with|to)\s+you\b)"
    # the candidate's own deadlines in French, German and Spanish
    r"|merci\s+(?:de\s+|d')(?:bien\s+vouloir\s+)?(?:nous\s+|me\s+)?(?!votre|vos\b|notre|nos\b)"
    r"(?:faire|\w+er|\w+ir|\w+re)\b"
    r"|veuillez|votre\s+(?:pr(?:é|e)sence|r(?:é|e)ponse|disponibilit|confirmation)|vos\s+disponibilit"
    r"|por\s+favor|confirme\s+su|su\s+(?:asistencia|respuesta|confirmaci)|env(?:í|i)e(?:nos)?\b"
    r"|bitte\s+(?:best(?:ä|a)tigen|senden|schicken|teilen|reichen|antworten)|ihre\s+(?:teilnahme"
    r"|zusage|r(?:ü|u)ckmeldung\s+bis)|(?:ben(?:ö|o)tigen|brauchen|erwarten|erbitten)\s+(?:wir\s+)?ihre"
    r"|bitten\s+(?:sie\s+)?um|votre\s+retour"
    r"|\bsie\s+(?:uns\s+)?(?:bitte\s+)?ihre\s+(?:\w+\s+)?unterlagen"
    # "muss das Formular binnen 20 Tagen zurücksenden": the candidate's own deadline
    r"|\b(?:muss|m(?:ü|u)ssen\s+sie)\s+(?:das|die|den|ihre?n?|alle)\b"
    r"|best(?:ä|a)tigen\s+sie|confirmez|pourriez-vous|pouvez-vous|rogamos|conf(?:í|i)rm(?:e|enos|en)\b"
    r"|takes?\s+place|taking\s+place|(?:will\s+be|are|is|being)\s+held\b|findet|a\s+lieu|aura\s+lieu|tendr(?:á|a)\s+lugar|se\s+celebrar"
    # ... and in the other languages ("samtalerne holdes i uge 11", "vinden plaats op")
    r"|(?:af|av)?holdes|h(?:å|a)lls\b|(?:ä|a)ger\s+rum|finn?(?:er|es)\s+sted|vind(?:t|en)\s+plaats"
    r"|plaatsvind|si\s+(?:terr|svolger)(?:à|a|anno)\b|ser(?:á|a|ão)\s+realizad|odb(?:ę|e)d(?:zie|(?:ą|a))"
    r"|se\s+uskute(?:č|c)n"
    # "geben Sie uns bis Mittwoch Bescheid", "faites-nous savoir", "indíquenos": the candidate's
    r"|(?:geben|teilen|lassen|senden|schicken|nennen)\s+sie\s+uns|faites-nous|tenez-nous|indiquez-nous"
    r"|envoyez-nous|ind(?:í|i)quenos|h(?:á|a)ganos|comun(?:í|i)quenos|av(?:í|i)senos"
    # ... not the answer about it: "results of the interview will be declared on Friday"
    r"|(?<!\bof\s)(?:your|the|our)\s+(?:next\s+|final\s+|follow[\s-]?up\s+)?(?:interview"
    r"|onsite|on-site|call|meeting|chat|round|visit)\s+(?:is|are|will\s+be|would\s+be)\b"
    r"|(?:next|final|second|third|follow[\s-]?up|another)\s+(?:round|interview|call|meeting|chat)"
    r"\s+(?:on|at|for)\b|move\s+(?:the|our)\s+(?:call|meeting|interview)"
    r"|(?:are|is|will\s+be|get|being)\s+interviewed\s+(?:on|at|in|from|between|during)\b"  # r17
    # "you are invited for an interview on 12 March": the interview's own day, not an answer
    r"|invited\s+(?:to|for)\s+(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,2}?interview(?:\s+\w+){0,3}?"
    r"\s+(?:on|at)\b"
    r"|(?:entrevista|entretien|colloquio|gesprek|intervju|pohovor|rozmow[aeyę])\s+(?:\w+\s+)?"
    r"(?:para\s+(?:el|o|a)|pour\s+le|per\s+(?:il|lo)|op|na|p(?:å|a)|dne)\b"
    # an average is what others waited, no promise (round 11): "on average, candidates hear
    # back about 24 days after", "im Durchschnitt", "en moyenne", "en promedio", "gemiddeld"
    r"|on\s+average|(?:the\s+)?average\s+(?:time|wait|candidate)|im\s+(?:durch)?schnitt"
    # round 16: "an average of eight weeks"
    r"|an?\s+average\s+of\b"
    r"|durchschnittlich|en\s+moyenne|en\s+promedio|por\s+t(?:é|e)rmino\s+medio|em\s+m(?:é|e)dia"
    r"|in\s+media\b|gemiddeld|i\s+genomsnitt|i\s+gennemsnitt?|(?:ś|s)rednio"
    # round 14 ("tl14i"): the average as a noun or an adverb ("i tempi medi di risposta", "el
    # tiempo medio", "o tempo médio", "la durata media", "mediamente", "de media, tardan")
    r"|(?:tempi|tempo|tiempos?|durata|duraci(?:ó|o)n|dura(?:ç|c)(?:ã|a)o|prazo|plazo)\s+m(?:é|e)di(?:[oa]s?|e)?\b"
    r"|mediamente|(?<!\w)de\s+media\b(?!\s+(?:jornada|hora|pensi))|ortalama\b"
    # round 12: what happens in exceptional cases is no promise ("In Ausnahmefällen kann es bis
    # zu zwei Monate dauern", "in exceptional cases", "dans des cas exceptionnels")
    r"|in\s+(?:exceptional|rare)\s+cases|in\s+ausnahmef(?:ä|a)llen|ausnahmsweise"
    r"|(?:dans\s+des|en)\s+cas\s+exceptionnels?|en\s+casos\s+excepcionales|in\s+casi\s+eccezionali"
    r"|em\s+casos\s+excecionais|in\s+uitzonderlijke\s+gevallen|w\s+wyj(?:ą|a)tkowych\s+przypadkach"
    # ... a start day ("se incorporarán el 1 de febrero", "prise de poste", "Dienstantritt")
    r"|(?:se\s+)?incorporar(?:á|a)n?\b|se\s+incorpora|prise\s+de\s+(?:poste|fonctions)|dienstantritt"
    r"|arbeitsbeginn|indiensttreding|presa\s+(?:di\s+)?servizio|entrar(?:á|a)\s+em\s+exerc"
    # ... the candidate coming back for the next round ("we'd like you to come back on Friday
    # at 10 for a second interview")
    r"|(?:you\s+to|can\s+you|could\s+you|would\s+you)\s+come\s+(?:back|in)\b"
    # ... other openings later on ("may contact you about similar openings over the next twelve
    # months", "für künftige Stellen", "pour de futurs postes", "para futuras vacantes")
    r"|(?:similar|future|other|upcoming)\s+(?:openings|vacancies|roles|positions|opportunities)"
    r"|k(?:ü|u)nftige\s+(?:stellen|ausschreibungen)|futur(?:s|es)\s+(?:postes|offres)"
    r"|futuras\s+(?:vacantes|ofertas|oportunidades|vagas)|future\s+posizioni|toekomstige\s+vacatures"
    # ... the rest of the round of interviews ("I have one more interview tomorrow")
    r"|(?:one|two|three|a\s+few|several|some)\s+more\s+(?:interviews?|candidates?)\b"
    # round 18: the call that is the interview ("Hannah will call you for the telephone
    # interview at 2 pm on Thursday"), an invitation's own day
    r"|(?:call|ring|phone)\s+you\s+for\s+(?:the|your|a|an)\s+(?:[\w-]+\s+){0,2}?(?:interview"
    r"|screen(?:ing)?|chat|conversation)\b"
    # ... the earliest an answer can come ("we won't make any offers before then", "don't be put
    # off if you hear nothing before June 9"; not "the panel won't meet until Tuesday", an
    # event's earliest day, which a promise can still count from)
    r"|\bnothing\s+before\s*$|(?:won'?t|will\s+not|can'?t|cannot)\s+(?:[\w']+\s+){0,5}?before\s*$"
    # round 18: any negated "before / sooner than / earlier than" ("no offers will be made before
    # Monday 7 June", "please don't expect to hear anything sooner than ten days after the
    # interview"); not "if you don't hear from us before ...", the promise of that day
    r"|(?:no|not|never|don'?t|do\s+not|won'?t|will\s+not|can'?t|cannot|shouldn'?t)\s+"
    r"(?!(?:yet\s+)?(?:hear|heard|been|receive|received|get|got|gotten)\b)(?:[\w']+\s+){0,8}?"
    r"(?:before|sooner\s+than|earlier\s+than|prior\s+to|until\s+after)\s*$"
    # round 21 ("tl21i"): the schedule or timetable in Macedonian, Serbian, Bulgarian and
    # Devanagari ("за распоредот ... ќе бидете известени во петок", "इंटरव्यू का विस्तृत
    # कार्यक्रम सोमवार को जारी", "मुलाखतीचे वेळापत्रक"): logistics, as "schedule" is above
    r"|распоред|raspored|कार्यक्रम|वेळापत्रक|तालिका)"
)
# Words immediately before a time expression that do the same ("you'll have a week", "for the
# past two weeks", "it should take you 3 hours").
PREFIX_END_RE = re.compile(
    r"(?:\byou(?:'ll|\s+will|\s+would|'d)?\s+(?:have|get)"
    r"|\b(?:disp(?:õ|o)e(?:m)?|dispone(?:n|s)?|dispos(?:ez|e|ent|erez|eront|era)|dispondr(?:á|a)s?|dispondr(?:á|a)n|dispor(?:á|a)s?)(?:\s+(?:ensuite|alors|encore|luego|entonces"
    r"|despu(?:é|e)s|depois|ent(?:ã|a)o))?\s+d[eu]|\b(?:tiene(?:n|s)?|ten(?:é|e)is"
    r"|avete|haben\s+sie|hast\s+du|har\s+(?:du|ni|de)|m(?:á|a)te|masz|macie)"
    # a lower bound is no promise ("wait at least a week", "mindestens zwei Wochen")
    # (round 23, "tl23e": and "longer than", not "no / not longer than", an upper bound:
    # "candidates often wait longer than a month to hear back"; not "more than", which "it
    # rarely takes us more than 48 hours" makes an upper bound too; the look-behinds after the
    # words, since one before them makes the whole pattern twenty times slower to search)
    r"|\blonger\s+than(?<!\bno\slonger\sthan)(?<!\bnot\slonger\sthan)"
    r"|\bat\s+least|\bmindestens|\bau\s+moins|\bal\s+menos|\bcomo\s+m(?:í|i)nimo|\balmeno"
    r"|\bpelo\s+menos|\bminstens|\bminst|\bco\s+najmniej|\balespo(?:ň|n)|\bminim(?:á|a)ln(?:ě|e)|\btakes?\s+you|\bspend|\blasts?"
    # round 17 ("tl17i"): South Slavic, Slovak, Czech, Romanian, Ukrainian, Indonesian
    r"|\bnajmanje|\bnajmenej|\bnejm(?:é|e)n(?:ě|e)|\bvsaj|\bcel\s+pu(?:ț|t|ţ)in|\bщонайменше"
    r"|\bне\s+менше|\bminimal|\bsetidaknya|\bsekurang-kurangnya"
    # round 19 ("tl19i"): Bulgarian, Hindi, Urdu, Persian, Swahili, Tagalog, Latvian, Malay
    # (each branch behind "\b" like the others: one branch without it makes the whole pattern
    # ten times slower to search)
    r"|\bпоне|\bнай-малко|\bकम\s+से\s+कम|\bکم\s+از\s+کم|\bحداقل|\bangalau|\bhindi\s+bababa\s+sa"
    r"|\bvismaz|\bsekurangnya"
    # round 12: the earliest day is a lower bound too ("frühestens Ende Oktober", "at the
    # earliest in March", "au plus tôt", "como muy pronto", "non prima di", "op zijn vroegst",
    # "najwcześniej", "not before")
    r"|\bfr(?:ü|u)hestens|\bat\s+the\s+earliest|\bau\s+plus\s+t(?:ô|o)t|\bcomo\s+(?:muy\s+)?pronto"
    r"|\bnon\s+prima\s+d[ie]l?|\bop\s+(?:zijn|z'n)\s+vroegst|\bnajwcze(?:ś|s)niej|\bnot\s+before"
    r"|\bnicht\s+vor|\bpas\s+avant|\bno\s+antes\s+de(?:l)?|\bn(?:ã|a)o\s+antes\s+d[eo]"
    # round 16: a day things start from ("offers will be made by phone from Monday 11
    # September"), a lower bound with no end; not a duration's anchor, which ``context`` reads
    r"|\b(?:made|sent|issued|released|posted|out|going\s+out)\s+(?:[\w']+\s+){0,3}?from"
    # round 16 ("tl16i"): the same word in the Nordic languages, Finnish, Estonian, Turkish,
    # Greek, Hungarian, Czech and Romanian ("besked tidigast vecka 18", "aikaisintaan")
    r"|\btidigast(?:\s+(?:i|p(?:å|a)|under))?|\btidligst(?:\s+(?:i|p(?:å|a)))?|\baikaisintaan|\bk(?:õ|o)ige\s+varem|\bmitte\s+enne|\ben\s+erken"
    r"|\bτο\s+νωρ(?:ί|ι)τερο|\blegkor(?:á|a)bban|\bnejd(?:ř|r)(?:í|i)ve|\bcel\s+mai\s+devreme"
    # (round 25: not a target, "we're aiming for early next week", "hoping for Friday": a hope
    # with a date is a promise, round 20's convention)
    r"|\bfor(?<!inden\sfor)(?<!innen\sfor)(?<!aiming\sfor)(?<!aim\sfor)(?<!hoping\sfor)"
    r"|\bfor\s+the|\bpast|\blast|\bprevious|\bsince|\bbeen"
    # round 9: how long something stays ("pozostaje dostępne w BIP przez 3 miesiące")
    r"|\bprzez"
    r"|\bevery|\beach|\bper|\bover\s+the\s+(?:past|last)|\bin\s+the\s+(?:past|last)"
    # someone away *during* it ("I'm on leave next week"), not until it (``ABSENCE_RE``)
    r"|\bon\s+(?:annual\s+)?(?:leave|holiday|vacation|pto)|\baway"
    r"|\b(?:took|lasted|waited)(?:\s+(?:us|me|them|him|her))?"
    # ... but "if you have been invited to interview within a week" is still to come
    # (round 18: nor "the client has promised feedback within three working days", a promise
    # made and still standing)
    r"|\b(?:have|has|had|'ve)\s+(?!been\s+(?:invited|selected|shortlisted)\b"
    r"|(?:\w+\s+)?(?:promised|agreed|committed|pledged|guaranteed|undertaken)\b)(?:\w+\s+)?\w+ed"
    r"\s+(?:\w+\s+){0,3}?(?:in|over|within))"
    r"(?:\s+(?:about|around|approximately|roughly|up\s+to|only|just|at\s+least|the))?\s*$",
)
EFFORT_RE = re.compile(
    r"\b(?:(?:take|takes|taking)(?!\s+us\b)|spend|last|lasts|budget|allow\s+yourself)\b")
# Past-tense words that make a named day a reference to what happened ("thanks for Monday").
PAST_RE = re.compile(
    r"\b(?:thanks?|thank\s+you|was|were|had|met|spoke|came|chatted|enjoyed|earlier|last"
    r"|since|ago|interviewed|talked|visited)\b",
)
# An hour of the day ("10", "11 a.m.", "14 h", "10:00", "9 Uhr"), for ``SUFFIX_VETO_RE``.
_CLOCK = r"\d{1,2}(?:[:.h]\d\d)?\s*(?:am\b|pm\b|a\.m\.|p\.m\.|h\b|uhr\b)?"
# Words right after a time expression that say it is not a response date.
SUFFIX_VETO_RE = re.compile(
    r"\s*(?:to\s+(?:complete|submit|finish|work\s+on|do\b|return|turn\s+(?:it\s+)?around"
    r"|prepare|review\s+the\s+offer|decide\s+on\s+(?:the|our|an?)\s+offer|accept|consider"
    r"|think|sign)|of\s+(?:pto|vacation|paid|leave|parental|experience|notice|onboarding"
    r"|training)|probation|notice|ago\b"
    # ("two weeks long", but not Tok Pisin's "long", its all-purpose "to, at, in": "tumora
    # long moning", tomorrow morning; round 25)
    r"|(?<!tumora\s)(?<!tumoro\s)(?<!\swik\s)-?long\b(?!\s+weekend)|in\s+(?:the\s+)?office|(?:a|per)\s+(?:week"
    r"|month|year)\b|onsite|on-site|remote|from\s+(?:home|the\s+office)|off\b|pto\b|vacation"
    r"|leave\b|ramp|cliff|vesting|before\s+(?:you|your)\s+start"
    r"|'s\s+(?:\w+\s+)?(?:interview|call|meeting|chat|onsite|session|round|panel)|-?(?:interview|call"
    r"|meeting|chat|session|workshop|sprint|cadence|cycle|rotation|shift)s?\b|of\s+each"
    r"|of\s+every|earlier|statt\b"
    # round 18: notice given before something ("invitations usually go out about a week ahead",
    # "two days in advance"), not a response date
    r"|ahead\b(?!\s+of)|in\s+advance\b|beforehand\b"
    r"|(?<=\dh)\s+(?:do|del|du|des|de)\s+(?:dia\s+)?\d"
    # round 12: nothing heard before it, a lower bound ("vor Pfingsten hören Sie nichts von
    # uns", "before Easter you won't hear from us")
    r"|,?\s*(?:h(?:ö|o)ren\s+sie\s+nichts|you\s+won'?t\s+hear|you\s+will\s+not\s+hear"
    r"|n'aurez\s+pas\s+de\s+nouvelles|no\s+tendr(?:á|a)s?\s+noticias)\b"
    # round 12: someone's allotted time ("der Personalrat hat zwei Wochen Zeit")
    r"|zeit\b(?!\s+(?:von|bis))"
    # a lower bound ("un mes como mínimo", "two weeks at least")
    r"|(?:,\s*)?(?:at\s+(?:the\s+)?least|como\s+m(?:í|i)nimo|au\s+minimum|minimum|mindestens|al\s+menos"
    # (not English "until Tuesday at the earliest": that week is read, tests/data/timeline_cases)
    r"|come\s+minimo|no\s+m(?:í|i)nimo|fr(?:ü|u)hestens|au\s+plus\s+t(?:ô|o)t"
    r"|como\s+(?:muy\s+)?pronto|al\s+m(?:á|a)s\s+pronto|op\s+(?:zijn|z'n)\s+vroegst|najwcze(?:ś|s)niej)\b"
    # round 12: the next round's slot ("on Friday at 10 for a second interview")
    r"|(?:,?\s*at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)?\s+for\s+(?:an?\s+|the\s+|your\s+)?"
    r"(?:second|third|final|next|follow[\s-]?up|further|another)\s+(?:interview|round|meeting|conversation)"
    # round 13: the phone screen's own slot, a call at an hour *for* the screen ("on Tuesday
    # between 10 and 11 a.m. for a fifteen-minute screening call", "jeudi entre 14 h et 15 h pour
    # l'entretien téléphonique", "el lunes a las 10:00 para hacer la entrevista telefónica",
    # "am Mittwoch zwischen 9 und 10 Uhr für ein Telefoninterview"): logistics, no answer
    r"|,?\s*(?:(?:between|entre|zwischen|entre\s+as|mi(?:ę|e)dzy)\s+" + _CLOCK
    + r"\s+(?:and|et|und|y|e|a)\s+" + _CLOCK
    + r"|(?:at|(?:à|a)|a\s+las?|um|(?:à|a)s|o)\s+" + _CLOCK + r")?"
    r",?\s+(?:for|pour|para|f(?:ü|u)r|na|(?:ż|z)eby|aby)\s+(?:[\w'-]+\s+|l'){0,3}?"
    r"(?:(?:phone|telephone|video|screening)[\s-]*(?:screen|call|interview|chat)\b|screening\b"
    r"|(?:entretien|entrevue)\s+t(?:é|e)l(?:é|e)phonique|entrevista\s+(?:telef(?:ó|o)nica|por\s+tel(?:é|e)fono)"
    r"|telefon(?:interview|gespr(?:ä|a)ch)|rozmow\w*\s+telefoniczn\w*)"
    # the interview's own day and its length ("la entrevista para el miércoles 4 ...; dura unas
    # tres horas") is ``PREFIX_ANY``'s; here its hour ("a las 9:00", "à 9h")
    r")",
)
# The candidate's own step right before a time expression (round 12): "a contract to sign and
# return within 7 days", "deberán presentar sus documentos originales dentro de 48 horas",
# "devront fournir ... sous huit jours" (``clauses`` reads it only with no cue in between:
# "we need to complete the references and will let you know within a week" is a promise).
OWN_STEP_RE = re.compile(
    r"\b(?:(?:to|must|should|need\s+to|required\s+to)\s+(?:then\s+|also\s+|please\s+)?"
    r"(?:sign|return|submit|complete|bring|provide|present|send\s+back|hand\s+in)"
    r"(?:\s+and\s+(?:sign|return|submit|send\s+back))?(?P<own_end>)"
    # round 14: asked of the candidate ("please decide within two weeks", "kindly confirm")
    r"|(?:please|kindly)\s+(?:decide|confirm|reply|respond|accept|sign|return|submit|complete"
    r"|let\s+us\s+know|get\s+back\s+to\s+us)(?P<ask_end>)"
    r"|deber(?:á|a)n?\s+(?:\w+\s+)?(?:presentar|aportar|entregar|enviar|remitir|acreditar|firmar)"
    r"|dever(?:á|a|ão|ao)\s+(?:\w+\s+)?(?:apresentar|entregar|enviar|assinar|comprovar)"
    r"|devr(?:a|ont|ez)\s+(?:\w+\s+)?(?:fournir|pr(?:é|e)senter|transmettre|envoyer|remettre|signer)"
    r"|dovr(?:à|a|anno)\s+(?:\w+\s+)?(?:presentare|consegnare|inviare|firmare|produrre)"
    r"|(?:einreichen|vorlegen|nachreichen|mitbringen|unterschreiben|zur(?:ü|u)cksenden)\s+(?:sie\s+)?(?:bitte\s+)?"
    r"|(?:moet(?:en)?|dien(?:t|en))\s+(?:je|u|jij|de\s+kandidaat\s+)?(?:\w+\s+){0,3}?(?:inleveren|aanleveren|ondertekenen)"
    r"|(?:musi|muszą|musza|b(?:ę|e)dzie\s+musia(?:ł|l)(?:a)?)\s+(?:\w+\s+)?(?:dostarczy(?:ć|c)|przedstawi(?:ć|c)|z(?:ł|l)o(?:ż|z)y(?:ć|c)|podpisa(?:ć|c)))"
    r"\b[^,;.!?]{0,70}\Z")

# One of these is in every text ``OWN_STEP_RE`` matches (a cheap test first).
OWN_STEP_STEMS = ("sign", "return", "submit", "complete", "bring", "provide", "present", "please",
                  "kindly",
                  "send back", "hand in", "deber", "dever", "devr", "dovr", "einreich", "vorleg",
                  "nachreich", "mitbring", "unterschreib", "zurücksend", "zurucksend", "inlever",
                  "aanlever", "ondertek", "dostarczy", "przedstawi", "złoży", "zlozy", "podpisa")

# Reported speech: "the candidate was told to expect feedback by Thursday" is a promise, even
# though "was" would otherwise make Thursday a day in the past; only words after it are read.
# A future perfect ("once the team has met on Friday") is not the past either.
REPORTED_RE = re.compile(
    r"\b(?:told|said|says|mentioned|promised|advised|informed|assured)\b"
    r"|\b(?:once|after|when|until|till|as\s+soon\s+as)\s+(?:[\w']+\s+){0,4}?(?:has|have)\s+"
    r"(?:met|spoken|talked|chatted|interviewed|visited|had)\b")
# "I'll update you every two weeks": a standing promise, whose first update is one period away.
# Only a promise made *to the candidate* counts ("the team ships updates every 2 weeks" does not).
PERIODIC_RE = re.compile(
    r"\b(?:update\s+you|keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|check\s+in"
    r"|touch\s+base|be\s+in\s+touch|follow\s+up\s+with\s+you|reach\s+out|get\s+back\s+to\s+you)\b"
    r"[^,;]*\b(?:every|each)(?:\s+(?:about|around|roughly))?\s*$")
# "The next meeting is on October 21, after which we'll share the decision": a date that a later
# clause makes the start of the answer.
# "The panel's decision is due on 22 January", "the final list is due on 15 December": the
# answer itself is due, not the candidate's work ("your exercise is due on Friday").
DUE_ANSWER_RE = re.compile(
    r"\b(?:decision|outcome|results?|list|shortlist|offers?|feedback|answer|response|verdict"
    r"|report|recommendation|ranking|announcement)\b(?:\s+of\s+(?:[\w']+\s+){0,3}?[\w']+)?"
    r"\s+(?:is|are|will\s+be)"
    r"\s+due\s*(?:(?:on|by|in|within|before)\s*)?$")
AFTER_WHICH_RE = re.compile(
    r"\s*,?\s*(?:after\s+which|following\s+which|after\s+that|afterwards?|and\s+then|then)\b")
# "Your application is being reviewed by HR. This process can take up to 4 weeks": a process
# named by pointing back at a review of the application just described is a wait for its answer
# (``REVIEWING_RE`` in the 200 characters before); "the whole process takes 3-4 weeks" is not.
PROCESS_BACK_RE = re.compile(
    r"\b(?:this|that|dieses|dieser|diese|ce|cette|este|esta|dicho|dicha|questo|deze|dit)\s+(?:process|procedure|stage"
    r"|step|phase|review|processo|prozess|verfahren|schritt|phase|processus|proc(?:é|e)dure|(?:é|e)tape|proceso"
    r"|procedimiento|etapa|fase)\b"
    # "...applicants are contacted for interview; the time varies but is usually around 3-4 weeks"
    r"|\bthe\s+(?:time(?:frame|line|scale)?|wait(?:ing\s+time)?|timing|turnaround)\s+(?:varies|differs"
    r"|depends|is|can|may|will|should)\b"
    # "the offer letter can only go out once the budget opens; you can expect it in early January"
    r"|\b(?:can|will|should|may|'ll)\s+(?:expect|receive)\s+(?:it|them)\b")
# Words one of which ``PROCESS_BACK_RE`` needs: a cheap test before the pattern runs.
PROCESS_STEMS = ("proc", "verfahren", "prozess", "stage", "step", "phase", "schritt", "tape",
                 "etapa", "fase", "review", "the time", "the wait", "the timing", "the turnaround",
                 "expect it", "expect them", "receive it", "receive them")
REVIEWING_RE = re.compile(
    r"\b(?:review|assess|evaluat|consider|screen|shortlist|pr(?:ü|u)f|sicht|examin|(?:é|e)tudi"
    r"|analys|analis|revis|evalu|valora)")
# "Sometimes the same day, but usually a few days": the exception, weaker than any promise.
RARELY_RE = re.compile(
    r"\b(?:sometimes|occasionally|at\s+times|in\s+(?:some|rare)\s+cases|parfois|manchmal|a\s+veces"
    r"|a\s+volte|(?:à|a)s\s+vezes|soms|ibland|nogle\s+gange|noen\s+ganger|czasami|n(?:ě|e)kdy"
    # round 9: "some candidates hear back the same day, but ...": the exception
    r"|some\s+(?:candidates|applicants|people|interviewees))\b")
# "I can't give you a date yet", "no podemos darle una fecha todavía", "je ne peux pas encore
# vous donner de date", "ich kann Ihnen noch keinen Termin nennen"
DECLINED_RE = re.compile(
    r"\b(?:(?:can'?t|cannot|can\s+not|unable\s+to|not\s+able\s+to)\s+(?:yet\s+)?(?:give|offer|promise"
    r"|commit\s+to|put)\s+(?:you\s+)?(?:a|an|any)\s+(?:firm\s+|exact\s+|specific\s+|precise\s+|definite\s+)?"
    # round 13: "a decision date", "a response date"
    r"(?:(?:decision|response|answer|offer)\s+)?(?:date|timeline|time\s*frame|timescale|deadline)"
    r"|(?:kann|k(?:ö|o)nnen)\s+(?:ihnen\s+|dir\s+)?(?:noch\s+)?kein(?:en|e)?\s+(?:genauen?\s+)?(?:termin"
    r"|zeitpunkt|datum)|(?:peux|pouvons|pourrai)\s+pas\s+(?:encore\s+)?vous\s+donner\s+de\s+date"
    r"|no\s+(?:puedo|podemos)\s+(?:darle|darte|darles|dar)\s+(?:todav(?:í|i)a\s+)?una\s+fecha"
    # round 13: "não podemos ainda dar uma data", "nie możemy jeszcze podać terminu"
    r"|n(?:ã|a)o\s+(?:posso|podemos)\s+(?:ainda\s+)?(?:lhe\s+|te\s+|vos\s+)?(?:dar|indicar)\s+"
    r"(?:ainda\s+)?uma\s+data|nie\s+(?:mo(?:ż|z)emy|mog(?:ę|e))\s+(?:jeszcze\s+)?poda(?:ć|c)\s+"
    r"(?:(?:dok(?:ł|l)adnego|konkretnego|dok(?:ł|l)adnej|konkretnej)\s+)?(?:terminu|daty)"
    # round 9: "We won't decide today", "we can't finalise today, so ...": today is ruled out
    r"|(?:won'?t|will\s+not|can'?t|cannot|not\s+able\s+to)\s+(?:be\s+able\s+to\s+)?(?:decide"
    r"|finali[sz]e|confirm|make\s+(?:a|our|the)\s+decision)(?:\s+\w+)?\s+today"
    # round 18: a length hedged at once ("within a week or so, though it really depends on the
    # role"): general information, not a promise
    r"|(?:though|but|although)\s+it\s+(?:really\s+|all\s+|very\s+much\s+)?depends\b"
    # round 24 ("tl24i"): ... in the other languages ("di solito rispondiamo entro una
    # settimana, ma dipende da quanti candidati ci sono", "pero depende", "mais cela dépend",
    # "ale to zależy")
    r"|(?:ma|per(?:ò|o)|pero|mas|mais|ale)\s+(?:(?:ça|cela|tout|to)\s+)?(?:(?:molto|mucho"
    r"|muito|beaucoup)\s+)?(?:dipende|depende|d(?:é|e)pend|zale(?:ż|z)y)\b)")
DECLINE_STEMS = ("give", "promise", "commit", "put you", "termin", "zeitpunkt", "datum",
                  "donner", "fecha", "uma data", "poda", "t decide", "not decide", "t finali",
                  "not finali", "t confirm", "not confirm", "t make a", "not make a",
                  "able to decide", "depends", "dipende", "depende", "dépend", "zależy",
                  "zalezy")
# "... drei Wochen in Anspruch nehmen. Danach hören Sie von uns": the next sentence's "then"
THEN_NEXT_RE = re.compile(
    r"[\s.;:!?]*(?:danach|dann|anschlie(?:ß|ss)end|then|after\s+that|afterwards|ensuite|apr(?:è|e)s\s+quoi"
    r"|despu(?:é|e)s|luego|dopo|poi|depois|daarna|d(?:ä|a)refter|derefter|deretter|potem|pot(?:é|e)|pak)\b")
RARELY_STEMS = ("sometimes", "occasionally", "at times", "cases", "parfois", "manchmal", "some ",
                 "a veces", "a volte", "vezes", "soms", "ibland", "nogle gange", "noen ganger",
                 "czasami", "někdy", "nekdy")
NAMED_DAY_KINDS = frozenset({"wday", "wdayx", "today", "tomorrow", "eod", "clock", "tweek",
                             "tweekx"})


# The three largest patterns are compiled on first use, not at import (tens of milliseconds that
# the daemon's start need not pay; the first timeline read does).
@functools.cache
def cue_re() -> re.Pattern[str]:
    """``CUE_RE``: the words of a response promise (see the module's docstring)."""
    return re.compile(_LEAD_CUE + by_first_char(_CUE[len(_LEAD_CUE) + 3:-1]))


@functools.cache
def prefix_any_re() -> re.Pattern[str]:
    """``PREFIX_ANY_RE``: words in the clause before a time expression that make it no promise."""
    return re.compile(r"\b" + by_first_char(_PREFIX_ANY[len(r"\b(?:"):-1]))
