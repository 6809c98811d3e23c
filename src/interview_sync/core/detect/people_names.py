"""Whose name it is: a person's or an organisation's, which known person, and how it reads.

Owns the naming side of ``people``: a readable name from an address ("kim.ng@x" → Kim Ng),
whether a name read from the text is an organisation's rather than a person's (an
organisation's word, or a name the invite's domains, organiser or title spell), which person
already found a name is (the same name, the one mailbox that spells it, the one full name a
lone first name begins), and a display name without its "(Talent Acquisition)" note. Split
from ``people`` in round 10 (the module was past the size guideline). Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from interview_sync.core.detect.jobs import ROLE_WORD_RE
from interview_sync.core.detect.names import spells_person
from interview_sync.core.detect.schedule import HM_RE, PersonDraft
from interview_sync.core.detect.spelling import spells_by_words, squash

__all__ = ["ORGANISATION_WORD", "display_name", "is_organisation", "job_alone",
           "name_from_address", "name_key", "says_unmonitored"]


@lru_cache(maxsize=16384)
def name_from_address(email: str) -> str:
    """"kim.ng@x" → "Kim Ng"; "kim_ng2@x" → "Kim Ng"; "" when nothing readable is left."""
    local = email.partition("@")[0].split("+", 1)[0]
    words = [w for w in re.split(r"[._\-]+", re.sub(r"\d+", " ", local)) for w in w.split() if w]
    return " ".join(w.capitalize() for w in words)


# Words of an organisation's name, never of a person's ("Brightwell Consulting").
ORGANISATION_WORD = re.compile(
    r"\b(?:inc|llc|ltd|gmbh|plc|group|partners|consulting|solutions|systems|technologies|labs"
    r"|bank|health|healthcare|hospital|clinic|school|district|university|college|council|county"
    r"|city|department|ministry|agency|foundation|institute|company|corporation|studio|studios"
    r"|kommune?|gemeente|gemeinde|stadt|ayuntamiento|comune|grupo|groupe|gruppe|team|ufficio"
    r"|equipo|[ée]quipe|service|abteilung|personalabteilung|afdeling|avdeling|avdelningen"
    r"|careers|recruiting|recruitment|talent|hr"
    # ... nor a department's ("Clinical Research", "Rural Affairs", "Payroll Operations")
    r"|affairs|research|operations|resources|relations|development|finance|payroll|marketing"
    r"|engineering|procurement|compliance|administration|services|sciences|studies"
    # ... nor a place to ask at ("ask for Building Security at the front desk")
    r"|reception|security|front\s+desk|desk|lobby|concierge|building|branch|store"
    # ... nor a place to report to ("report to the Visitor Centre", "the Main Gate", round 19)
    r"|centre|center|gate|entrance|counter|station|office|hall|pforte|empfang|accueil"
    # ... nor an organisation's kind (round 22: "East Fenwick Housing Co-operative", "Bluefin
    # Crew Agency", "Port Sellwood Yacht Club", "Northgate Children's Trust")
    r"|co-?operative|co-?op|cooperativa|coop[ée]rative|genossenschaft|club|trust|society"
    r"|union|board|bureau|authority|secretariat|links|household|family)\b",
    re.IGNORECASE)


def is_organisation(name: str, organisations: list[str], title: str, *,
                    job: str | None = None, cued: bool = False) -> bool:
    """"Bracken Health" at brackenhealth.com, "Sunbelt Grocers" in "Olivia | Sunbelt Grocers
    Careers", "Maplewood School District" at maplewoodsd.org: a name the invite's domains,
    organiser or title spell, the user's own, or one with an organisation's word in it, is no
    interviewer read from the text. A name the text gives a job ("Priya Nair, Engineering
    Manager") or the title a courtesy title ("Hr. Markus Gruber ruft an") is a person's, even
    where the title spells it."""
    if ORGANISATION_WORD.search(name):
        return True
    squashed = squash(name)
    # a job, a courtesy title, or a cue that a person follows ("Interview with Priya Raman –
    # Eastgate Capital"): the title spelling the name does not make it the employer's
    if job or cued or _courtesy_in_title(name, title):
        organisations = organisations[1:]  # the title is the first entry
    return len(squashed) >= 4 and any(
        squashed in known or (len(known) >= 4 and (squashed.startswith(known)
                                                    or spells_by_words(name.split(), known)))
        for known in organisations)


# What makes a name in a title a person's: a courtesy title right before it
# (round 22: a rank too, "Video interview w/ Capt. Joaquim Reis")
_COURTESY_BEFORE = re.compile(r"(?i:\b(?:mr|mrs|ms|dr|hr|herr|frau|mme|m|sra?|dhr|mevr|capt|captain"
                              r"|cpt|sgt|insp|supt|cdr|cmdr|prof|rev)\.?\s+)$")


def _courtesy_in_title(name: str, title: str) -> bool:
    at = title.find(name) if title else -1
    return at > 0 and _COURTESY_BEFORE.search(title, max(0, at - 8), at) is not None


_PARENTHESES = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=16384)
def display_name(raw: str) -> tuple[str, bool, str | None]:
    """A display name without its "(Talent Acquisition)"-style note; whether it flagged the
    hiring manager; and the note, which is their title."""
    if "(" not in raw and not HM_RE.search(raw):
        return " ".join(raw.split()), False, None
    flagged = bool(HM_RE.search(raw))
    note = _PARENTHESES.search(raw)
    title = note.group(0).strip("() ") if note else None
    if title and HM_RE.fullmatch(title):
        title = "Hiring Manager"
    clean = HM_RE.sub(" ", _PARENTHESES.sub(" ", raw)).strip(" -–—,")
    return " ".join((clean or raw).split()), flagged, title or None


def name_key(name: str, drafts: Mapping[str, PersonDraft]) -> str:
    """The key of the known person a name is: one with that name, else the one address on the
    invite whose mailbox spells it ("Rosa Delgado" in the text and rosa@greenlane.com or
    r.delgado@ on the list: ``names.spells_person``), else the one person whose first name a
    lone name is ("Rosa" beside "Rosa Delgado"). Two owners is no match: the name stays apart
    rather than thanked by someone else's address."""
    low = name.lower()
    for key, draft in drafts.items():
        if draft.name.lower() == low or name_from_address(draft.email).lower() == low:
            return key
    if " " in low:
        owners = [key for key, draft in drafts.items()
                  if draft.email and spells_person(draft.email.partition("@")[0], name)]
    else:
        owners = [key for key, draft in drafts.items()
                  if draft.name.lower().partition(" ")[0] == low and " " in draft.name]
    return owners[0] if len(owners) == 1 else "name:" + low


# "This invitation was sent by our scheduling team; replies are not monitored": the sender
# says its own mailbox is a machine's, whatever its address (round 19).
_UNMONITORED = re.compile(
    r"(?i:\breplies\s+(?:to\s+this\s+\w+\s+)?(?:are|is|will\s+be)\s+not\s+(?:monitored|read)"
    r"|\b(?:do\s+not|don't|please\s+don't)\s+reply\s+to\s+this\b"
    r"|\bthis\s+(?:mailbox|address|inbox|e-?mail\s+address)\s+is\s+(?:not|un)\s*monitored"
    r"|\bunmonitored\s+(?:mailbox|inbox|address))")


def says_unmonitored(text: str) -> bool:
    """Whether the text says replies to its sender are not read."""
    return _UNMONITORED.search(text[:5_000]) is not None


def job_alone(name: str) -> bool:
    """"Regional Curator" read from "Priya Nandra, Regional Curator, and Sam Okafor": a short
    name that ends in a job's head word is the job after a person, not another person."""
    words = name.split()
    return 2 <= len(words) <= 3 and ROLE_WORD_RE.fullmatch(words[-1]) is not None
