"""People an invite's text marks by grammar rather than by a cue phrase before them.

Owns the markers ``mentions``'s cue phrases cannot hold because they sit *after* the name or
around it: a postposition ("bölge müdürümüz Emre Kaya ile", Turkish "with"); a verb at the
end of the clause whose object is the interview (Hungarian "az interjút Tóth Gábor ... tartja",
"... fogja lebonyolítani"); an agent after "by" with a courtesy title (Indonesian and Malay
"oleh Bapak Hendra Wijaya", "oleh Ibu Rina"); a person who will call or receive the candidate
("Frau Svenja Rohde (Personal) ruft Sie ... an", "Megan Hughes will call you"); a contact label
with words before its colon ("Ansprechpartnerin vor Ort: Mira Seidel"); a job title in front
of the name where Slavic and Hungarian write it in lower case ("personalistka Jana Vargová");
a role, a comma and the name ("the Chair of the Board, Dame Helen Ashworth"); a dash signature
with a hiring job ("— Ravi Menon, HR, Indus Weave Exports"); and Chinese interviewer labels
with the job in front of the name ("面试官：技术总监周明", "复试官为行政经理王芳"). Whether a
name is a person or the employer is for ``people`` to judge. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.jobs import ROLE_WORD_RE
from interview_sync.core.detect.lexicon_people import COURTESY, WITH
from interview_sync.core.detect.names import strip_courtesy_titles
from interview_sync.core.detect.schedule import PersonDraft

__all__ = ["marked_people"]

_HEAD = 5_000  # characters of a text read for marked names
_LIMIT = 20  # people one text can name this way
_UP = r"A-ZÀ-ÞĀ-Žİ"  # capitals of the Latin scripts the corpus uses
_LOW = r"a-zß-ÿā-žı'’-"
_WORD = rf"[{_UP}][{_LOW}]+"
_FULL = rf"{_WORD}\s+{_WORD}"
# meeting tools and products read like a capitalised pair ("Microsoft Teams ile")
_PRODUCT = re.compile(r"\b(?:teams|meet|zoom|webex|skype|whatsapp|google|microsoft)\b",
                      re.IGNORECASE)

_POSTPOSITION = re.compile(rf"({_FULL})\s+ile\b")
_HU_OBJECT = re.compile(
    r"\b(?:interjú|beszélgetés|elbeszélgetés|megbeszélés|állásinterjú)t\b(.{3,160}?)"
    r"\b(?:tartj|vezet|fogj|bonyolítj|folytatj)\w*", re.IGNORECASE)
_HU_NAME = re.compile(rf"\b{_FULL}\b")
def _words(cells: tuple[str, ...]) -> str:
    """A lexicon cell as alternatives, capitalised as a name's title is ("Bapak", "Bpk.")."""
    words = sorted({w.rstrip(".") for w in cells}, key=len, reverse=True)
    return "|".join(re.escape(w.capitalize()) + r"\.?" for w in words)


# Indonesian and Malay "by"/"with" and the courtesy titles, from ``lexicon_people`` ("oleh"
# is "by": the table's "with" cell says who the candidate meets, "oleh" who runs it)
_AGENT = re.compile(
    r"\b(?:oleh|" + "|".join(sorted({*WITH["id"], *WITH["ms"]})) + r")\s+"
    r"(?:" + _words(COURTESY["id"] + COURTESY["ms"]) + r")"
    rf"\s+({_WORD}(?:\s+{_WORD}){{0,2}})")
_CALLER = re.compile(
    rf"(?:\b(?:Frau|Herr|Mr\.?|Mrs\.?|Ms\.?)\s+)?((?:Dr\.\s+)?{_FULL})(?:\s*\([^()\n]{{1,40}}\))?"
    r"(?:,[^,\n]{2,40},)?\s+(?:ruft\s+Sie|meldet\s+sich|wird\s+Sie\s+(?:anrufen|kontaktieren"
    r"|empfangen|begr[üu][ßs]en)|empf[äa]ngt\s+Sie|will\s+(?:call|phone|ring|contact|meet"
    r"|interview|greet)\s+you)\b")
_CONTACT_LABEL = re.compile(
    r"\b(?:Ansprechpartner(?:in)?|Kontaktperson|contact(?:\s+person)?)(?:\s+[\wäöü]+){1,2}\s*:\s*"
    rf"({_FULL})")
_LOWER_JOB = re.compile(
    r"\b(?:personalist(?:k)?a|person[áa]lna|person[áa]ln[ií]k|n[áa]bor[áa][řr](?:ka)?"
    r"|person[áa]listka|HR-es|HR\s+munkat[áa]rs|toborz[óo]|recruiterka|rekrut[ée]rka)\s+"
    rf"({_FULL})")
_ROLE_COMMA = re.compile(
    r"\b(?i:the|our|your|their)\s+(?:Chair(?:man|woman|person)?|Director|Head|Dean|Principal"
    r"|Headteacher|Manager)\b"
    rf"[^,.\n]{{0,40}},\s+(?:(?:Dame|Sir|Lady|Lord|Dr\.?|Prof\.?)\s+)?({_FULL})\b")
_DASH_SIGNATURE = re.compile(rf"[—–]\s*({_FULL}),\s+([^,.\n]{{2,40}})")
_HIRING_JOB = re.compile(r"\bHR\b|recruit|talent|people|hiring", re.IGNORECASE)
_CJK = r"\u4e00-\u9fff"
_CJK_LABELLED = re.compile(
    rf"(?:面试官|复试官|初试官|终面官|考官)\s*(?:[:：]|为|是)\s*"
    rf"(?:[{_CJK}A-Za-z]{{0,6}}?(?:总监|经理|主管|总经理|主任|专员|负责人|HRBP|HR|人事))?"
    rf"\s*([{_CJK}]{{2,3}})(?=[，。,、；;（(\s]|$)")


def marked_people(text: str) -> list[PersonDraft]:
    """People the text marks by a postposition, a clause-final verb, an agent, a call, a
    contact label, a lower-case job, a role and a comma, a dash signature or a Chinese label."""
    head = text[:_HEAD]
    if not head:
        return []
    names: list[tuple[str, str | None]] = []
    for pattern in (_POSTPOSITION, _AGENT, _CALLER, _CONTACT_LABEL, _LOWER_JOB, _ROLE_COMMA,
                    _CJK_LABELLED):
        names += [(m.group(1), None) for m in pattern.finditer(head)]
    for match in _HU_OBJECT.finditer(head):
        names += [(m.group(0), None) for m in _HU_NAME.finditer(match.group(1))]
    for match in _DASH_SIGNATURE.finditer(head):
        job = match.group(2).strip()
        if _HIRING_JOB.search(job) or ROLE_WORD_RE.search(job):
            names.append((match.group(1), job))
    found: list[PersonDraft] = []
    seen: set[str] = set()
    for raw, job in names:
        name = " ".join(strip_courtesy_titles(raw).split())
        # "Your Interview Engineer will meet you", "Their Lettings Director, Gareth Owen, ...":
        # a job in a name's place names nobody
        if not name or _PRODUCT.search(name) or ROLE_WORD_RE.search(name) \
                or name.lower() in seen:
            continue
        seen.add(name.lower())
        found.append(PersonDraft(email="", name=name, title=job))
        if len(found) >= _LIMIT:
            break
    return found
