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

__all__ = ["mentioned_people", "signer"]

# A cue that a list of the people the candidate meets follows, in a label ("Interviewers:",
# "Gesprächspartner:", "Intervjuare:") or in a sentence ("Vous serez reçu par ...").
_CUE = re.compile(
    r"\b(?:"
    # English
    r"you(?:'ll|\s+will)\s+(?:be\s+)?(?:meet(?:ing)?|speak(?:ing)?|chat(?:ting)?|talk(?:ing)?)"
    r"(?:\s+with)?|you(?:'ll|\s+will)\s+be\s+interviewed\s+by|(?:the|your)\s+interview(?:\s+panel)?"
    r"\s+will\s+(?:be\s+conducted\s+by|be\s+with|consist\s+of|be)|(?:please\s+)?ask\s+for"
    r"|(?:interview\s+)?panel\s+(?:chair|members?)|hiring\s+manager|interviewing\s+with"
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
_SENTENCE_END = re.compile(r"(?<=[\w)])[.!?](?:\s+|$)")


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
    "conversation", "meeting", "screen",
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
                found += people_in(sentence)
                if len(found) >= _MENTIONS_LIMIT:
                    return found[:_MENTIONS_LIMIT]
                at = max(match.start(1) + len(sentence), match.start(1) + 1)
    return found


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
