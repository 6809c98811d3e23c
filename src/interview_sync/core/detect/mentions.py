"""People an invite's prose names as the ones the candidate will meet, in the languages it uses.

Owns the cue phrases that introduce interviewers in running text, beyond the schedules and
"Interviewers:" lists ``schedule`` reads: "you'll meet with X (Head of Y)", "Panel chair: X",
"ask for X on arrival", "your interview ... with X, Store Manager", "Ihre Gesprächspartner sind
Frau X und Herr Y", "Sie sprechen mit", "vous serez reçu par", "vous rencontrerez", "te
entrevistará", "a entrevista será conduzida por", "il colloquio sarà condotto da", "het gesprek
wordt gevoerd door", "Intervjuare:", "gjennomføres av", "til stede"; and the courtesy titles
that precede names in them (Frau, Herr, Mme, M., Dr., dott.ssa, Sra.). Each cue reads one
sentence. Whether a name read this way is a person or the employer is for ``people`` to judge
(it knows the invite's domains). Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.schedule import PersonDraft, people_in, strip_courtesy_titles

__all__ = ["cjk_interviewers", "mentioned_people", "signer"]

# A cue that a list of the people the candidate meets follows, in a label ("Interviewers:",
# "Gesprächspartner:", "Intervjuare:") or in a sentence ("Vous serez reçu par ...").
_CUE = re.compile(
    r"\b(?:"
    # English
    r"you(?:'ll|\s+will)\s+(?:be\s+)?(?:meet(?:ing)?|speak(?:ing)?|chat(?:ting)?|talk(?:ing)?)"
    r"(?:\s+with)?|you(?:'ll|\s+will)\s+be\s+interviewed\s+by|(?:the|your)\s+interview(?:\s+panel)?"
    r"\s+will\s+(?:be\s+conducted\s+by|be\s+with|consist\s+of|be)|(?:please\s+)?ask\s+for"
    r"|(?:interview\s+)?panel\s+(?:chair|members?)|hiring\s+manager|interviewing\s+with"
    # "a 45-minute panel interview (Mrs K. Doyle, Headteacher; Mr R. Patel, ...)"
    r"|panel\s+interview(?=\s*\()"
    # German
    r"|(?:ihre?\s+)?gespr[äa]chspartner(?:in|innen)?(?:\s+(?:sind|ist|werden\s+sein))?"
    r"|(?:ihre?\s+)?interviewpartner(?:in|innen)?(?:\s+(?:sind|ist))?"
    r"|sie\s+(?:sprechen|treffen)(?:\s+(?:mit|auf))?|das\s+gespr[äa]ch\s+f[üu]hr(?:en|t)"
    # French
    r"|vous\s+serez\s+re[çc]ue?s?\s+par|vous\s+rencontrerez|l'entretien\s+sera\s+(?:men[ée]|conduit"
    r"|anim[ée])\s+par|en\s+pr[ée]sence\s+de"
    # Spanish and Portuguese
    r"|(?:te|le|les|os)\s+entrevistar[áa]n?|la\s+entrevista\s+(?:ser[áa]\s+con|la\s+realizar[áa]n?)"
    r"|(?:a\s+)?entrevista\s+ser[áa]\s+(?:conduzida|realizada|feita)\s+por"
    # Italian
    r"|il\s+colloquio\s+sar[àa]\s+(?:condotto|tenuto|svolto)\s+da"
    # Dutch
    r"|het\s+gesprek\s+wordt\s+gevoerd\s+door|(?:bij\s+het\s+gesprek\s+zijn\s+)?aanwezig(?:\s+zijn)?"
    # Norwegian, Swedish, Danish
    r"|intervju(?:et)?\s+(?:gjennomf[øo]res|holdes|ledes|genomf[öo]rs)\s+av|til\s+stede"
    r"|n[äa]rvarande|du\s+(?:m[øo]ter|tr[äa]ffar|m[øo]der)|samtalen\s+f[øo]res\s+av"
    # Finnish ("Haastattelijoina HR-asiantuntija Leena Koski ja ...", "tapaat"), Polish,
    # Czech, Italian, Portuguese and Dutch sentence cues
    r"|haastattelij(?:a|at|oina)(?:\s+(?:ovat|on|toimivat|toimii))?|tapaat"
    r"|rozmow[ęe]\s+(?:kwalifikacyjn[ąa]\s+)?przeprowadz[iąa]|spotkasz\s+si[ęe]\s+z"
    r"|pohovor\s+pov(?:ede|edou)|setk[áa]te\s+se\s+s|incontrer(?:ai|à|a)"
    r"|(?:voc[êe]\s+)?(?:vai|ir[áa])\s+conversar\s+com|(?:je|u)\s+(?:spreekt|maakt\s+kennis)\s+met"
    r")\b\s*(?:(?:the|de|la|el|die|der|den)?\s*(?:selection\s+committee|selectiecommissie"
    r"|commission|comit[ée]|kommission|panel)\s*)?[:\-–]?\s*(.+)$",
    re.IGNORECASE,
)
# A label alone: the interviewer(s), in each language ("Entrevistadores:", "Intervjuare:").
_LABEL = re.compile(
    r"(?:^|[.!?]\s+)\W{0,3}(?:entrevistador(?:es|as|a)?|intervieweurs?|intervistator[ei]"
    r"|selezionator[ei]|intervjuare|intervjuere|interviewer(?:in|innen)?|gesprekspartners?)"
    r"\s*:\s*(.+)$",
    re.IGNORECASE,
)
# "your interview ... with Marcus Bell, Store Manager": a meeting word, then "with" and a name
# within the sentence.
_WITH_NAME = re.compile(
    r"\b(?:interview|call|chat|conversation|meeting|screen|entretien|entrevista|colloquio"
    r"|gespr[äa]ch|gesprek|intervju)\b[^.!?\n]{0,90}?\b(?:with|mit|avec|con|com|met|med)\s+"
    r"(?=[A-ZÀ-Ý])(.+)$",
    re.IGNORECASE,
)
# ... but not after an initial: "Mrs K. Doyle, Headteacher" is one sentence
_SENTENCE_END = re.compile(r"(?<=[\w)])(?<!\b[A-Z])[.!?](?:\s+|$)")


_SENTENCE_LIMIT = 300  # characters of a cue's sentence worth reading for names
_MENTIONS_LIMIT = 40  # people a description can name this way (a hostile one repeats cues)


def _first_sentence(rest: str) -> str:
    """The sentence a cue starts, courtesy titles gone ("Frau Dr." is no sentence end)."""
    rest = strip_courtesy_titles(rest[:_SENTENCE_LIMIT])
    return _SENTENCE_END.split(rest, maxsplit=1)[0]


# Cheap substring tests in front of the cues: a line with none of them names nobody this way
# (the cue patterns, tried at every position of a long line, cost far more).
_CUE_WORDS = (
    "you'll", "you will", "interview", "ask for", "panel", "hiring manager", "gespr",
    "sprechen", "treffen", "reçu", "recu", "rencontrer", "présence", "presence", "entrevist",
    "colloquio", "intervist", "selezionat", "gesprek", "aanwezig", "intervju", "til stede",
    "rvarande", "träffar", "traffar", "møter", "moter", "møder", "samtalen", " call", " chat",
    "conversation", "meeting", "screen", "haastattel", "tapaat", "rozmow", "spotkasz",
    "pohovor", "setkáte", "setkate", "incontrer", "conversar", "spreekt", "kennis",
)
_LINE_LIMIT = 5_000  # characters of one line read for cues (a sentence of names is short)


def mentioned_people(text: str) -> list[PersonDraft]:
    """People the prose says the candidate will meet, each cue reading its own sentence:
    "Vous serez reçu par Mme Claire Dubois, responsable RH, et M. Hugo Martin." → Claire Dubois,
    Hugo Martin. Names the cue's sentence gives without a capitalised full name are skipped."""
    found: list[PersonDraft] = []
    for raw_line in text[:20_000].split("\n"):
        line = raw_line.strip()[:_LINE_LIMIT]
        if len(line) < 6:
            continue
        low = line.lower()
        if not any(word in low for word in _CUE_WORDS):
            continue
        for pattern in (_CUE, _LABEL, _WITH_NAME):
            at = 0
            while (match := pattern.search(line, at)) is not None:
                # one sentence a cue: "... interview with Bracken Health. Your interview is
                # with Anya Ivanova" reads both sentences
                sentence = _first_sentence(match.group(1))
                named = people_in(sentence)
                if not named and pattern is _CUE:
                    named = _first_name_with_title(sentence)
                found += named
                if len(found) >= _MENTIONS_LIMIT:
                    return found[:_MENTIONS_LIMIT]
                at = max(match.start(1) + len(sentence), match.start(1) + 1)
    return found


# "Ask for Travis, our Kitchen Manager": a first name alone, made a person by the title the
# sentence gives them ("our", "the", "your" and a capitalised job); a first name without one
# ("ask for Reception") is not trusted.
_TITLED_FIRST_NAME = re.compile(
    r"\(?([A-ZÀ-Þ][a-zà-ÿ'’-]{1,20}),\s+(?:our|the|your)\s+((?:[A-Z][\w&-]*\s*){1,4})")


def _first_name_with_title(sentence: str) -> list[PersonDraft]:
    match = _TITLED_FIRST_NAME.match(sentence)
    if match is None:
        return []
    return [PersonDraft(email="", name=match.group(1), title=match.group(2).strip())]


# The interviewer label of Japanese, Chinese and Korean invitations ("面接官：物流管理部 部長
# 高橋", "面试官：王敏（运营总监）", "면접관: 이수진 팀장, 정민호 CTO"): the names after it, with
# departments, titles, honorifics and Latin job letters (CTO, HR) dropped.
_CJK_LABEL = re.compile(
    r"(?:面接官|面接担当者?|面试官|面試官|면접관|면접위원)\s*[:：]\s*([^\n。.]{1,120})")
_CJK_WORDS = ("面接", "面试", "面試", "면접")
_CJK_SPLIT = re.compile(r"\s*(?:[、，,；;／/]|\s(?:및|와|과|和|及)\s|和|及|与)\s*")
_CJK_PAREN = re.compile(r"[（(][^（）()]*[）)]")
_CJK_TITLE = re.compile(
    r"^(?:.*(?:部|課|室|局|グループ|チーム|センター|팀|본부|부서|实验室)|部長|課長|係長|主任|次長|社長"
    r"|取締役|代表|役員|専務|常務|執行役員|所長|店長|マネージャー|リーダー|担当|採用担当|人事"
    r"|팀장|부장|과장|차장|대리|이사|상무|전무|대표|실장|본부장|매니저|사원|주임|선임|책임|수석"
    r"|总监|经理|主管|总经理|主任|专员|总裁|董事|负责人|.*[A-Za-z].*"
    # "to be decided", not a name
    r"|未定|調整中|待定|未确定|미정)$")
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,5}")
_HANGUL_NAME = re.compile(r"[\uac00-\ud7af]{2,4}")
_HONORIFIC = re.compile(r"(?:様|さん|氏|先生|님|先生|女士)$")


def cjk_interviewers(text: str) -> list[PersonDraft]:
    """The people a Japanese, Chinese or Korean interviewer label names, by name as written."""
    found: list[PersonDraft] = []
    if not any(word in text for word in _CJK_WORDS):
        return found
    for match in _CJK_LABEL.finditer(text[:20_000]):
        for item in _CJK_SPLIT.split(_CJK_PAREN.sub(" ", match.group(1))):
            first = _HONORIFIC.sub("", item.split()[0]) if item.split() else ""
            if _HANGUL_NAME.fullmatch(first) and not _CJK_TITLE.match(first):
                # Korean writes the name first, then the title ("김도윤 리드", "이수진 팀장")
                found.append(PersonDraft(email="", name=first))
                continue
            words = [_HONORIFIC.sub("", w) for w in item.split() if not _CJK_TITLE.match(w)]
            words = [w for w in words if w]
            if 1 <= len(words) <= 2 and all(_CJK_NAME.fullmatch(w) for w in words):
                found.append(PersonDraft(email="", name=" ".join(words)))
        if len(found) >= _MENTIONS_LIMIT:
            break
    return found[:_MENTIONS_LIMIT]


# A sign-off in the languages of the corpus, alone on its line ("Best,", "Mit freundlichen
# Grüßen", "Cordialement,"), and the name on the line after it.
_SIGN_OFF = re.compile(
    r"^\W*(?:best(?:\s+regards)?|kind\s+regards|regards|thanks|thank\s+you|cheers|sincerely"
    r"|warm(?:est)?\s+regards|looking\s+forward\s+to\s+[\w\s]{0,40}|mit\s+freundlichen\s+gr[üu](?:ß|ss)en"
    r"|viele\s+gr[üu](?:ß|ss)e|beste\s+gr[üu](?:ß|ss)e|cordialement|bien\s+[àa]\s+vous|bien\s+cordialement"
    r"|saludos(?:\s+cordiales)?|atentamente|un\s+saludo|cordiali\s+saluti|distinti\s+saluti"
    r"|met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet|med\s+vennlig\s+hilsen"
    r"|v[äa]nliga\s+h[äa]lsningar|med\s+venlig\s+hilsen|atenciosamente"
    r"|com\s+os\s+melhores\s+cumprimentos|cumprimentos)\W*$",
    re.IGNORECASE)


def signer(text: str) -> PersonDraft | None:
    """The person who signs the invitation ("Looking forward to speaking with you,\n\nMaria
    Santos\nOffice Manager"): a capitalised full name on the first line after a sign-off."""
    lines = [line.strip() for line in text[:20_000].split("\n")]
    for i, line in enumerate(lines):
        if len(line) > 80 or not _SIGN_OFF.match(line):
            continue
        following = [candidate for candidate in lines[i + 1: i + 3] if candidate][:1]
        for candidate in following:
            name = candidate.strip(" ,.;–—-")
            if _SIGNED_NAME.fullmatch(name) and not _DETERMINER.match(name):
                return PersonDraft(email="", name=name)
    return None


# A signature's name line: two or three capitalised words, particles between ("Joost van
# Leeuwen"), nothing else ("The Harbor & Vine Talent Team", "Ingrid, Talent Acquisition").
_SIGNED_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le|ter|ten)\s+)*"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}")
_DETERMINER = re.compile(r"(?:the|your|our|ihre?|unser|le|la|les|el|los|il|het|de|die|das"
                         r"|team|equipo|[ée]quipe|ufficio|service)\b", re.IGNORECASE)
