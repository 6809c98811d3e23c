"""The user's own to-dos around an interview: an entry about an interview is not the interview.

Owns ``is_chore``: an event the user put on their own calendar (they organised it, or nobody
did) whose title is a task: reply, confirm, decline or withdraw, reschedule, prepare, test the
webcam, send the thank-you notes, review the calendar, request a certificate of attendance. A
job seeker's calendar holds many of them next to each interview, and each names the interview
and the employer ("Reply to Harbour Wholesale – confirm interview", "Enviar email de
agradecimento (entrevista de ontem)", "Trekke meg fra intervju hos Fjordbank", "Mülakat
hazırlığı", "Подтвердить собеседование"). Pure data and one function; no I/O.

Theory of operation: a task is written as a verb (the imperative or the infinitive) or a
verbal noun ("preparation", "hazırlık", "příprava"); in English and the Romance, Slavic and
Nordic languages the verb leads the title or one of its parts ("Reply to X – confirm
interview + ask about parking"), in German, Dutch, Turkish, Japanese and Korean it closes it
("Webcam testen", "Mülakat hazırlığı", "면접확인서 발급 요청"). An invitation from an employer is
never a chore, whatever its title says ("Please confirm: interview with ..."), so only the
user's own entries are read. ``classify`` never accepts a chore; ``confidence`` scores it (the
``chore`` feature) and asks about it only if the rest of the evidence is strong.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import LiteralGated
from interview_sync.core.detect.lexicon import NO_SPACES
from interview_sync.core.detect.lexicon_people import CHORES_LATER
from interview_sync.core.detect.not_own_step import INDIC_CHORE
from interview_sync.core.detect.process_roles import prep_chore
from interview_sync.core.detect.rules import TITLE_STRONG

__all__ = ["CHORE_ANYWHERE", "CHORE_FOR_INTERVIEW", "CHORE_LATER", "CHORE_LEADING", "CHORE_PHRASE",
           "is_chore"]

# Where a part of a title starts: its beginning (any case), or after a separator or "and"
# (then in lower case: "Reply to X – confirm interview + ask about parking"; a capital there is
# more often a name, "Final round – Review panel", "Sales Associate (Send Group)").
_FIRST = r"^\W*"
_LATER = r"(?:[+&/|:;,–—(]\s*|\s-\s|\b(?:and|then|und|en|et|y|e|i|og|och|ja|a)\s+)"

# Verbs that lead a task (English, Spanish, Portuguese, French, Italian, Polish, Czech, Nordic,
# Finnish, Russian, Ukrainian, Bulgarian, Romanian, Indonesian, Vietnamese).
_VERBS = (
    r"(?:reply|respond|answer|confirm|reconfirm|decline|withdraw|cancel|reschedule|plan"
    r"|prepare|prep|rehearse|review|send|email|e-mail|write|draft|print|pack|upload|submit|sign"
    r"|request|ask|remind|research|look\s+up|thank|claim|file|fill\s+(?:in|out)|test\s+(?:my\s+|the\s+)?(?:webcam|camera|mic"
    r"|microphone|audio|headset|zoom|teams|setup|connection|link)"
    # Spanish, Portuguese
    r"|responder|contestar|confirmar|enviar|mandar|escribir|escrever|preparar|repasar|revisar"
    r"|cancelar|rechazar|recusar|desistir|reprogramar|remarcar|imprimir|agradecer|solicitar"
    # French, Italian
    r"|r[ée]pondre|confirmer|envoyer|[ée]crire|pr[ée]parer|r[ée]viser|annuler|d[ée]cliner"
    r"|refuser|reporter|imprimer|relancer|remercier|rispondere|confermare|inviare|scrivere"
    r"|preparare|ripassare|annullare|rifiutare|spostare|stampare|ringraziare"
    # Polish, Czech
    r"|odpowiedzie[ćc]|odpisa[ćc]|potwierdzi[ćc]|wys[łl]a[ćc]|napisa[ćc]|przygotowa[ćc]"
    r"|przygotowanie|prze[łl]o[żz]y[ćc]|odwo[łl]a[ćc]|wydrukowa[ćc]|podzi[ęe]kowa[ćc]"
    r"|odpov[ěe]d[ěe]t|potvrdit|poslat|napsat|p[řr]ipravit|p[řr][íi]prava|zru[šs]it|pod[ěe]kovat"
    # Danish, Norwegian, Swedish, Finnish
    r"|svar(?:e|a)?\s+p[åa]|svare|svara|bekr(?:æ|e)fte|bekr[äa]fta|sende|skicka|skrive|skriva"
    r"|forberede(?:lse)?|f[öo]rbereda|f[öo]rberedelse|trekke\s+meg|dra\s+meg|avboka|aflyse|takke"
    r"|tacka|vastaa|vahvista|l[äa]het[äa]|kirjoita|valmistaudu|valmistautuminen|peru"
    # Russian, Ukrainian, Bulgarian
    r"|ответить|подтвердить|отправить|написать|подготовить|подготовка|перенести|отменить"
    r"|отказаться|поблагодарить|распечатать|відповісти|підтвердити|надіслати|підготуватися"
    r"|підготовка|скасувати|отговор\w*|потвърд\w*|изпрат\w*|подготов\w*"
    # Romanian, Indonesian, Vietnamese
    r"|r[ăa]spunde|confirm[ăa]|trimite|preg[ăa]ti|preg[ăa]tire|anula|balas|konfirmasi|kirim"
    r"|siapkan|persiapan|batalkan|tolak|trả\s+lời|xác\s+nhận|gửi|viết|chuẩn\s+bị|từ\s+chối"
    r"|dời\s+lịch|hủy|cảm\s+ơn"
    # round 7, the languages ``lexicon.CHORES`` found without a cell: Slovak, Hungarian,
    # Norwegian, Turkish, Greek, Hebrew, Hindi, Malay, Persian, Croatian, Serbian, Bulgarian
    r"|odpoveda[ťt]|potvrdi[ťt]|priprav(?:i[ťt]|a)|zru[šs]i[ťt]|posla[ťt]"
    r"|v[áa]laszol\w*|visszaigazol\w*|felk[ée]sz[üu]l\w*|lemond\w*|avlys\w*|iptal\s+et\w*"
    r"|απάντησ\w*|επιβεβαίωσ\w*|προετοιμασ\w*|ετοιμασ\w*|ακύρωσ\w*|στείλε|αποστολή"
    # round 8: moving an interview (Greek "αναβολή", "αλλαγή ραντεβού")
    r"|αναβολ\w*|αλλαγ\w*\s+(?:ραντεβού|ημερομηνίας|ώρας)|μετάθεσ\w*"
    r"|להשיב|לענות|לאשר|לבטל|להכין|הכנה|לשלוח|לדחות"
    r"|sahkan|persediaan|sediakan|پاسخ|تأیید|آمادگی|آماده\s+سازی"
    r"|odgovoriti|potvrditi|pripremiti|priprema|otkazati|poslati|одговорити|потврдити|припрема"
    r"|отговори|потвърди"
    # round 10: Lithuanian, Latvian, Estonian, Slovenian, Catalan (``lexicon_people.CHORES``)
    r"|atsakyti|patvirtinti|pasiruo[šs]ti|perkelti|atbild[ēe]t|apstiprin[āa]t|sagatavoties"
    r"|p[āa]rcelt|vasta|kinnita|valmistu\w*|t[üu]hista|potrditi|pripraviti|respondre|ajornar"
    # round 20: the papers for an interview, in Malay and Indonesian (print, arrange, scan,
    # copy, download) and English
    r"|cetak|susun|imbas|fotokopi|muat\s+turun|unduh|scan)\b"
)
CHORE_LEADING = LiteralGated(re.compile(_FIRST + _VERBS, re.IGNORECASE))
CHORE_LATER = LiteralGated(re.compile(_LATER + _VERBS))

# Verbs and verbal nouns that close a task, or are found anywhere in it (German, Dutch and
# Turkish infinitives and nouns; thank-you notes and certificates in any language; Japanese,
# Chinese, Korean and Arabic).
CHORE_ANYWHERE = LiteralGated(re.compile(
    r"\b(?:beantworten|antworten|best[äa]tigen|zusagen|absagen|schicken|senden|verschieben"
    r"|vorbereiten|drucken|bedanken|beantwoorden|antwoorden|bevestigen|sturen|versturen|mailen"
    r"|voorbereiden|testen|afzeggen|verzetten|printen|bedankje|bedankmail"
    r"|haz[ıi]rl[ıi](?:[ğg][ıi]?|k)|haz[ıi]rlan|cevapla|yan[ıi]tla|onayla|g[öo]nder|te[şs]ekk[üu]r"
    r"|thank[\s-]?you\s+(?:notes?|e-?mails?|cards?|letters?)|agradecimiento|agradecimento"
    r"|remerciements?|dankes(?:mail|schreiben|brief)|podzi[ęe]kowani\w*|d[ěe]kovn\w*"
    r"|takkemail|tackmejl|kiitosviesti|благодарств\w*|благодарн\w*\s+письм\w*"
    r"|certificate\s+of\s+attendance|attendance\s+certificate|bescheinigung|attestation\s+de"
    r"|certificado\s+de\s+(?:asistencia|comparecencia)|zaświadczeni\w*|справк\w*"
    # round 8: claiming the interview's travel costs back, and a request to move it
    r"|expenses?\s+(?:claim|form)|reimbursement|reisekosten\w*|fahrtkosten\w*"
    r"|frais\s+de\s+d[ée]placement|note\s+de\s+frais|gastos\s+de\s+(?:viaje|desplazamiento)"
    r"|reiskosten\w*|rimborso\s+spese|reembolso)\b"
    r"|変更(?:の)?(?:お願い|依頼)|メールを送|延期|일정\s*변경|연기\s*요청|推迟"
    r"|확인서|証明書|证明|お礼|辞退|日程調整|回复|婉拒|改期|感谢信|답장|회신|발급|감사\s*메일|거절"
    # (Devanagari vowel signs are no word characters to ``re``: no boundary around them)
    r"|返信|返事|準備|准备|준비|ตอบกลับ|ยืนยัน|เตรียม|जवाब|पुष्टि|तैयारी"
    r"|الرد\s+على|تأكيد|إرسال|التحضير|الاستعداد"
    # round 20: scanning or printing the interview's papers (Bengali, Hindi)
    r"|স্ক্যান\s+কর|প্রিন্ট\s+কর|स्कैन\s+कर|प्रिंट\s+कर",
    re.IGNORECASE,
))


def _phrases() -> str:
    out = []
    for lang, cell in CHORES_LATER.items():
        for phrase in cell:
            body = re.escape(phrase).replace(r"\ ", r"\s+")
            out.append(body if lang in NO_SPACES else r"(?<!\w)" + body)
    return "|".join(sorted(out, key=len, reverse=True))


# Calling back about the interview and tasks set before it, in every ``lexicon`` language
# (round 7): anywhere in the user's own title.
CHORE_PHRASE = LiteralGated(re.compile(_phrases(), re.IGNORECASE))


# Round 12: a task named by what it is for rather than by its verb ("Test webcam, mic and Teams
# link for Thursday's interview", "Separar documentos e roupa p/ entrevista de amanhã", "Tester
# webcam + connexion avant entretien", "Soundcheck laptop + headset voor videosollicitatie",
# "면접 대비 자기소개 연습", "面接用スーツをクリーニングに出す"): the interview word is the object
# of a preposition of purpose or time ("for", "before", "avant", "p/", "voor", "für", "vor",
# "przed", 用/前/대비), up to two words (a day, a possessive, an article) between them, so the
# entry is about the interview, not the interview. Not after an appointment's own noun ("Termin
# für Vorstellungsgespräch", "Cita para entrevista", "Zoom link for interview": the user's
# copy of the interview itself).
CHORE_FOR_INTERVIEW = LiteralGated(re.compile(
    r"(?<!\w)(?:for|before|ahead\s+of|pour|avant|para|pra|p/|antes\s+d[aeo]|f[üu]r|vor|voor|v[óo][óo]r"
    r"|prima\s+del\w*|przed)\s+(?:[^\s/|–—-]+\s+){0,2}?"
    r"(?:\w*interview|entretien|entrevista|colloquio|\w*gespr[äa]ch|\w*sollicitatie\w*|rozmow\w*"
    r"|intervju|haastattelu\w*|m[üu]lakat\w*|собеседовани\w*)"
    r"|面接(?:用|前|に向け|対策)|면접\s*(?:대비|전|용)|面试(?:前|用)|为面试|面試前",
    re.IGNORECASE,
))
_APPOINTMENT_BEFORE = re.compile(
    r"(?:\b(?:appointment|slot|time|link|cita|hora|horario|termin|uhrzeit|rdv"
    r"|rendez-vous|afspraak|appuntamento|orario|spotkanie|call|anruf|llamada|appel|chamada|telefonata)\s*(?:[:,]\s*)?)$",
    re.IGNORECASE,
)


def _for_the_interview(title: str) -> bool:
    """Whether the title is a task for or before an interview (``CHORE_FOR_INTERVIEW``)."""
    found = CHORE_FOR_INTERVIEW.search(title)
    return found is not None and _APPOINTMENT_BEFORE.search(title[: found.start()].rstrip()) is None


# Round 18: an instruction for arriving at the interview is no task ("Audition @ Golden Reef –
# ask for Manny (pit boss)", "– ask for the GM, bring resume", "– ask at the front desk"): the
# object of "ask for" is a person (a capitalised name, or a person's role after an article), or
# "ask" is followed by the place one asks at. A task asks for a thing ("Ask for references",
# "ask for feedback", "Ask For An Extension"), so those objects stay a chore in any case.
_ASK_FOR_THING = (
    r"(?i:feedback|references?|referees?|referrals?|recommendations?|an?\s+extension|extensions?"
    r"|updates?|an?\s+update|details|info\w*|salary|pay|rates?|raise|time\s+off|days?\s+off"
    r"|leave|offers?|letters?|certificates?|reimburse\w*|expenses|help|advice|directions|a\s+new"
    r"|another|more|the\s+(?:offer|salary|package|job\s+description|jd|link|address|results?)"
    r"|zoom|teams|webex|meet|links?|cv|r[ée]sum[ée]|jd|parking|slots?|dates?|times?|reschedul\w*)\b"
)
_PERSON_ROLE = (
    r"(?:(?i:the|a|an|your)\s+)?(?:[\w-]+\s+){0,2}?(?i:gm|agm|manager|supervisor|boss|chef"
    r"|owner|director|recruiter|host(?:ess)?|hr|foreman|forewoman|lead|leader|coordinator"
    r"|captain|officer|superintendent|principal|dean|partner|head|person|floor\s*person"
    r"|pit\s+boss|shift\s+lead|duty\s+manager|interviewer|panel|contact)\b"
)
_ARRIVAL = re.compile(
    r"(?i:\bask)\s+(?:(?i:for)\s+(?!" + _ASK_FOR_THING + r")(?:" + _PERSON_ROLE
    + r"|(?!(?i:a|an|the|my|your|some|any)\b)[A-Z][\w.-]+(?!['’]s\b))"
    r"|(?i:at)\s+(?:(?i:the)\s+)?(?i:reception|front\s+desk|desk"
    r"|door|gate|security|host\s+stand|counter|bar|pit|lobby|entrance|till))"
)


# Round 21: a question to raise at the interview, noted after its step ("Interview – tasting room
# associate (ask re: festival weekends)", "... – ask about parking"): the object of "ask about"
# or "ask re" is a topic, and an explicit step named before it is the entry's event. A title
# led by it ("Ask about the offer") stays a task (only a later "ask" is read so, after a
# separator).
_ASK_IN_STEP = re.compile(
    r"(?<=\w)[^\w]*?(?:[(–—,;]|\s-)\s*(?i:ask)\s+(?i:about|re\b:?|regarding)\b")


def _without_questions_for_the_step(title: str) -> str:
    """The title without a question noted after an explicit hiring step (``_ASK_IN_STEP``); a
    coffee chat's "– ask about the team" names no step, and stays a task."""
    found = _ASK_IN_STEP.search(title)
    if found is None or TITLE_STRONG.search(title[:found.start()]) is None:
        return title
    return title[:found.start()] + " " + title[found.end():]


def is_chore(title: str, organised_by_user: bool) -> bool:
    """Whether the event is the user's own to-do about an interview (see the module's
    docstring): only the user's own entries are read; an instruction for arriving at the
    interview (``_ARRIVAL``) is no task."""
    if not organised_by_user or not title:
        return False
    if "ask" in title.lower():
        title = _without_questions_for_the_step(_ARRIVAL.sub(" ", title))
    return (CHORE_LEADING.search(title) is not None or CHORE_LATER.search(title) is not None
            or CHORE_ANYWHERE.search(title) is not None or CHORE_PHRASE.search(title) is not None
            or _for_the_interview(title) or prep_chore(title)  # round 19: process_roles
            or INDIC_CHORE.search(title) is not None)  # round 22: not_own_step
