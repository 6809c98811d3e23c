"""What each person on an invite is to the candidate: an interviewer, support, the hiring manager.

Owns ``SUPPORT_RE`` (the words of a recruiter's, a coordinator's or an HR team's mailbox, name
or title, in the languages of the corpus) and ``role_for`` (a person's role by those words);
``contact_addresses`` (the addresses a description gives as the contact, a coordinator's to
thank when a tool hid the guests); ``support_names`` and ``described_as_support`` (the names a
description gives a recruiting or coordinating job); and ``people_from_drafts`` (the drafts
``people`` gathered made ``Person`` values: clean names, titles, roles and the one hiring
manager). Split from ``schedule`` and ``people`` (both past the size guideline): ``schedule``
reads the lists a description writes, ``people`` gathers whom to thank from every source, this
module says what each of them is. Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache

from interview_sync.core.address import is_mail_address
from interview_sync.core.detect.addresses import domain_of, is_machine_address
from interview_sync.core.detect.gate import LiteralGated  # one-pass literal gate
from interview_sync.core.detect.people_names import (
    display_name as _display_name,
)
from interview_sync.core.detect.people_names import name_from_address
from interview_sync.core.detect.schedule import EMAIL_RE, JOBBY, SESSION_LABEL, PersonDraft
from interview_sync.core.model import Person, PersonRole

__all__ = ["SUPPORT_RE", "contact_addresses", "described_as_support", "people_from_drafts",
           "role_for", "support_names"]

SUPPORT_RE = LiteralGated(re.compile(
    r"recruit|rekrut|rekryt|reclut|recrut|rrhh|talent|coordinat|scheduling|scheduler|sourc(?:er|ing)|people[\s._-]*(?:ops|operations"
    r"|team|partner)|\bhr\b|human\s+resources|\bta\b|careers|\bjobs\b|hiring[\s._-]*team"
    r"|\binterviews?\b|candidate\s+experience|^hr[._-]|[._-]hr$"
    # the shared hiring mailboxes of other languages: bewerbung@, karriere@, seleccion@, drh@
    r"|bewerb|karriere|selecci[oó]n|empleo|emploi|vacature|werving|personalabteilung|^personal$"
    r"|^d?rh$|^rh[._-]|[._-]rh$|^hiring$"
    # round 11: Italian, Portuguese and Dutch selection mailboxes (selezione@, selecao@,
    # risorseumane@, sollicitaties@)
    r"|selezion[ei]|sele[çc][ãa]o|risorse[\s._-]*umane|sollicitati"
    # ... and of the languages round 5 brought: saiyo@ (採用), zhaopin@ (招聘), nabor@, ik@
    # (İnsan Kaynakları), hrd@, tuyendung@, karieri@, the teams' display names in their script
    r"|saiyou?|jinji|zhaopin|^nabor|^ik$|^hrd$|tuyendung|karieri|kadr|insan\s+kaynak"
    r"|採用|人事|招聘|人力资源|채용|인사팀|персонал|кадр|подбор|човешки\s+ресурси|الموارد\s+البشرية"
    r"|nhân\s+sự|tuyển\s+dụng"
    # round 14: the shared mailboxes of apprenticeship and placement desks (ausbildung@,
    # azubi@, praktikum@, a job agency's intermediacion@) and "work with us" (trabaja@, lavora@)
    r"|ausbildung|azubi|praktikum|intermediaci[oó]n|^trabaja|^lavora|werkenbij",
    re.IGNORECASE,
))


# memoised: asked for every guest of every event, and a calendar repeats its guests
@lru_cache(maxsize=16384)
def role_for(email: str, name: str, title: str | None) -> PersonRole:
    local = email.partition("@")[0]
    for text in (local, name, title or ""):
        if text and SUPPORT_RE.search(text):
            return "support"
    return "interviewer"


def contact_addresses(
    text: str, me: str, my_domains: Collection[str], declined: Collection[str]
) -> list[str]:
    out: list[str] = []
    head = text[:20_000]
    for match in EMAIL_RE.finditer(head):
        email = match.group(0).lower().strip(".")
        # a coordinator's mailbox, or anyone the text gives as the contact ("Questions? Contact
        # Rosa Diaz at rosa@x", "Bei Fragen: ...", "contactez ...")
        contact = SUPPORT_RE.search(email.partition("@")[0]) or _CONTACT_BEFORE.search(
            head, max(0, match.start() - 70), match.start())
        if (email != me and email not in declined and not is_machine_address(email)
                and domain_of(email) not in my_domains and contact and email not in out):
            out.append(email)
    return out


_CONTACT_BEFORE = re.compile(
    r"(?i:\b(?:contact|questions?|reach\s+(?:out\s+to|me|us)|write\s+to|bei\s+fragen|kontakt"
    r"|ansprechpartner(?:in)?|contactez|contactar|contacto|preguntas))\b[^\n@]{0,60}$")


# --------------------------------------------------------- recruiters the description names

_SUPPORT_WORDS = (
    r"(?:(?:technical|senior|lead|university|campus|executive|sr\.?)\s+)?(?:recruit(?:er|ing"
    r"(?:\s+(?:coordinator|partner|manager|lead))?|ment\s+(?:coordinator|partner))|talent\s+"
    r"(?:acquisition(?:\s+(?:partner|specialist|manager|lead))?|partner|team|advisor|specialist"
    r"|lead|manager)|(?:interview\s+|scheduling\s+|candidate\s+)?coordinator|sourcer|scheduler"
    r"|people\s+(?:ops|operations|partner)|hr\s+(?:partner|manager|generalist)|recruiter"
    # the recruiter's job in other languages: "Chargée de recrutement", "Personalreferentin",
    # "Responsable de RRHH", "HR-partner", "personeelsadviseur", "Risorse Umane"
    r"|charg[ée]e?\s+de\s+recrutement|recrut(?:eur|euse)|personalreferent(?:in)?"
    r"|recruiter(?:in)?|responsable\s+de\s+(?:rrhh|recursos\s+humanos|selecci[óo]n)"
    r"|reclutador(?:a)?|hr[\s-]partner|personeelsadviseur|adviseur\s+p&o|risorse\s+umane"
    r"|ressources\s+humaines|recursos\s+humanos|human\s+resources(?:\s+officer)?)"
)
# Up to three words. A name starts where no letter precedes (a match inside a word would be
# the tail of one starting a letter earlier, tried first), and a word never gives back letters
# (what follows a name is never a word character): same matches, tried at word starts only,
# which bounds the cost on a long text (bench/bench_hostile.py).
_NAME_WORDS = r"(?<![A-Z])[A-Z][\w'’-]++(?:[ \t]+[A-Z][\w'’-]++){0,2}"
_SUPPORT_MENTIONS = (
    # "Kim (Technical Recruiter) will walk you through", "Kim Ng, Recruiting Coordinator"
    re.compile(r"(" + _NAME_WORDS + r")\s*(?:\(\s*|,\s*|\s[-–—|]\s*)(?:your\s+|our\s+|the\s+)?"
               + _SUPPORT_WORDS + r"\b", re.IGNORECASE),
    # "your recruiter, Kim Ng", "Coordinator: Sam", "Recruiter - Kim Ng"
    re.compile(r"\b" + _SUPPORT_WORDS + r"\s*(?:[,:]|\s[-–—]|\bis)\s*(" + _NAME_WORDS + r")",
               re.IGNORECASE),
    # "Kim from the recruiting team", "Kim is your recruiter", "Sam will be coordinating"
    re.compile(r"(" + _NAME_WORDS + r")\s+(?:from|on|in|of)\s+(?:the\s+|our\s+)?[\w ]{0,20}?"
               r"(?:recruiting|talent|people|hr)\b", re.IGNORECASE),
    re.compile(r"(" + _NAME_WORDS + r")\s+(?:is|will\s+be)\s+(?:your|the|our)\s+(?:main\s+)?"
               r"(?:point\s+of\s+contact|" + _SUPPORT_WORDS + r")", re.IGNORECASE),
    # A signature: "Kim Ng\nTechnical Recruiter | Northwind"
    re.compile(r"(?m)^\W*(" + _NAME_WORDS + r")\s*\n\s*" + _SUPPORT_WORDS + r"\b", re.IGNORECASE),
)
# Behind its literals' one-pass gate: a failed case-insensitive search of this alternation cost
# about 0.5 µs a character (4 ms over a description window without a recruiter in it).
_SUPPORT_HINT = LiteralGated(re.compile(
    r"recruit|talent|coordinat|sourcer|scheduler|people\s+(?:ops|oper|partner)"
    r"|hr\s+(?:partner|manager|generalist)|recrut|personalreferent|rrhh|recursos\s+humanos"
    r"|selecci|reclut|hr-partner|personeels|p&o|risorse|ressources|human\s+resources",
    re.IGNORECASE,
))
_GREETING = re.compile(r"\b(?:hi|hello|hey|dear)[ \t]*$", re.IGNORECASE)
_NOT_A_NAME = re.compile(
    r"^(?:your|our|the|my|a|an|hi|hello|dear|thanks|best|regards|please|this|we|i|you|and"
    r"|interview|technical|senior|lead|recruit\w*|talent|hiring|team|coordinator)$",
    re.IGNORECASE,
)


def support_names(text: str) -> frozenset[str]:
    """Lower-cased names (full, and first) the description gives a recruiting or coordinating
    job: "Kim (Technical Recruiter) will walk you through the role" → {"kim"}."""
    head = text[:20_000]
    if not _SUPPORT_HINT.search(head):
        return frozenset()
    out: set[str] = set()
    for pattern in _SUPPORT_MENTIONS:
        for match in pattern.finditer(head):
            if _GREETING.search(head, max(0, match.start(1) - 8), match.start(1)):
                continue  # "Hi Pat, your recruiter, Kim Ng": Pat is the one greeted
            words = match.group(1).split()
            if words and words[0].lower() in {"hi", "hello", "hey", "dear"}:
                continue
            while words and _NOT_A_NAME.match(words[0]):
                words.pop(0)
            if not words or JOBBY.search(" ".join(words)) or SESSION_LABEL.search(words[0]):
                continue
            # Only the capitalised words are the name ("Kim from" → "Kim").
            name = " ".join(w for w in words if w[:1].isupper())
            if name:
                out.add(name.lower())
    return frozenset(out)


def described_as_support(name: str, described: frozenset[str]) -> bool:
    if not described or not name:
        return False
    low = " ".join(name.lower().split())
    first = low.split()[0]
    return low in described or first in described or any(
        d.split()[0] == first and (len(d.split()) == 1 or d == low) for d in described
    )


def people_from_drafts(
    drafts: Mapping[str, PersonDraft], described: frozenset[str], hiring_manager_hint: bool
) -> tuple[Person, ...]:
    """Drafts become people: clean names, titles, roles, and the one hiring manager."""
    people: list[Person] = []
    for draft in drafts.values():
        if draft.email and not is_mail_address(draft.email):
            continue  # from a schedule or a forwarded invite: the same gate as the guest list
        name, flagged, noted = _display_name(draft.name or name_from_address(draft.email))
        title = draft.title or noted
        hiring_manager = draft.hiring_manager or flagged
        if hiring_manager and title is None:
            title = "Hiring Manager"
        role = role_for(draft.email, draft.name, title)
        if role == "interviewer" and not hiring_manager and described_as_support(name, described):
            role = "support"
        people.append(Person(
            email=draft.email, name=name, role=role, hiring_manager=hiring_manager, title=title,
        ))
    interviewers = [i for i, p in enumerate(people) if p.role == "interviewer"]
    if hiring_manager_hint and len(interviewers) == 1 and not any(p.hiring_manager for p in people):
        p = people[interviewers[0]]
        people[interviewers[0]] = Person(email=p.email, name=p.name, role=p.role,
                                         hiring_manager=True, title=p.title or "Hiring Manager")
    return tuple(people)
