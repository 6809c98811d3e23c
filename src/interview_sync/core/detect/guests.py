"""Who on an invite's guest list is no one to thank, by what they are, and whose firm sends it.

Owns telling the people on the hiring side from the other entries a guest list carries: a room
named as one ("HQ-3-Boardroom (10)", "Besprechungsraum 2.14"), whoever only books the slot for
someone else (an AI or virtual scheduling assistant, "Evie (assistant to Sam Patel)"; an
executive or personal assistant is a person and is thanked), a school's career office, and
(``addresses``'s vocabulary) a note-taking bot or an observer body such as a works council; and
``agency_domains``, the organiser's domain when the invite's own words show an agency writing
for its client ("via Pemberton Search", "chez notre client"). Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from interview_sync.core.detect.addresses import (
    domain_of,
    is_bot_or_observer,
    registrable_label,
    writes_for_client,
)
from interview_sync.core.detect.spelling import squash
from interview_sync.core.text import text_of

__all__ = ["agency_domains", "is_room_name", "is_shared_mailbox", "no_one_to_thank", "via_names"]

_MAP = (dict, Mapping)



# A room mailbox booked as a guest without Google's resource flag (Exchange rooms, imports).
_ROOM_NAME_RE = re.compile(
    r"\b(?:conf(?:erence)?\.?\s*(?:room|rm)|meeting\s+room|board\s*room|huddle\s+room"
    r"|besprechungsraum|konferenzraum|salle\s+de\s+r(?:é|e)union|sala\s+de\s+reuniones)\b"
    r"|\broom\s+\w+\s*\(\d+\)", re.IGNORECASE)

# Whoever only books the slot for someone else: "Evie (assistant to Sam Patel)", an AI or
# virtual scheduling assistant. The person they book for is on the list; an assistant named
# by a person's job ("Kim Ng (Recruiting Assistant)", "Executive Assistant to the CEO",
# "Personal Assistant to the Director") is a person on the hiring side, thanked like a
# coordinator.
_ASSISTANT_RE = re.compile(
    r"(?<!executive\s)(?<!personal\s)(?<!administrative\s)(?<!office\s)(?<!team\s)"
    r"\bassistant\s+(?:to|for|of)\s|\b(?:ai|virtual|digital|scheduling|hiring)\s+(?:scheduling\s+"
    r"|hiring\s+|recruiting\s+)?(?:assistant|agent)\b"
    # round 8: a tool's persona or agent by what it is ("Tidewell Recruiting Agent (AI)",
    # "Interview Scheduler", "Smart Invite")
    r"|\b(?:recruiting|scheduling)\s+(?:agent|bot)\b|\binterview\s+scheduler\b|\bsmart\s+invite\b",
    re.IGNORECASE)

# A school's career office that hosts an employer's on-campus interview ("Career Services" at
# careers@school.edu): it books the room; the employer's people are the ones to thank.
_CAREER_OFFICE_RE = re.compile(
    r"\bcareers?\s+(?:services?|cent(?:er|re)|office|development|advising|hub)\b", re.IGNORECASE)


def is_room_name(display: str) -> bool:
    """A room mailbox named as one, without Google's resource flag."""
    return bool(display) and _ROOM_NAME_RE.search(display) is not None


# Round 22: an interpreting or translation service booked for the interview ("LinguaLink
# Interpreting" at interpreting@...): it voices the panel, it is not on the hiring side.
_INTERPRETER_RE = re.compile(
    r"interpret|translat|dolmetsch|[üu]bersetz|interpr[eè]t|traduc|traduz|tolk|tłumacz|переводч"
    r"|sign[\s._-]*language", re.IGNORECASE)  # (not "ASL": ASL Murgia is a health authority)
# ... and a mailbox a whole office shares, which lists no interviewer by itself ("office@",
# "ops@", "info@"): the text then says whom the candidate meets.
_SHARED_LOCAL = re.compile(
    r"^(?:office|ops|operations|info|admin|administration|contact|enquiries|inquiries|hello"
    r"|team|secretary|sekretariat|secretariat|reception|mail|general)$")


def no_one_to_thank(email: str, display: str) -> bool:
    """A booking assistant, a school's career office, an interpreting service, a bot or an
    observer body."""
    return bool(display and (_ASSISTANT_RE.search(display) or _CAREER_OFFICE_RE.search(display)
                             or _INTERPRETER_RE.search(display))) \
        or _INTERPRETER_RE.search(email.partition("@")[0]) is not None \
        or is_bot_or_observer(email, display)


_SHARED_NAME = re.compile(r"(?i:\b(?:committee|office|ops|team|secretariat|panel))$")


def is_shared_mailbox(email: str, display: str = "") -> bool:
    """A mailbox a whole office or committee shares ("office@psyc.org.uk", "EFHC Membership
    Committee"), not one interviewer's."""
    return _SHARED_LOCAL.match(email.partition("@")[0]) is not None \
        or (bool(display) and _SHARED_NAME.search(display[:80]) is not None)


# Round 17: a video or assessment tool signs with its brand and its product ("TalentClip
# Interviews", "RecordRound Video", "Skillcheck Assessments") from its own domain (not
# "Screening", which an employer's own screening team signs with): a machine
# that sends for the employer, never a person to thank, and its domain never the employer's.
_PRODUCT = re.compile(r"\s+(?i:(?:video\s+)?interviews?|video|assessments?|testing"
                      r"|recordings?)$")


def is_tool_product(email: str, display: str, title: str) -> bool:
    """The display name is the sender domain's brand followed by a tool's product noun, and the
    title names someone else (an employer's own "Brightwave Interviews" mailbox sends invites
    whose title names Brightwave: a team to thank)."""
    product = _PRODUCT.search(display[:80]) if display else None
    if product is None:
        return False
    brand = squash(display[: product.start()])
    label = squash(registrable_label(domain_of(email)))
    return len(brand) >= 4 and brand == label and brand not in squash(title[:300])


# "Interview – Finance Manager – Harrowgate Foods (via Pemberton Search)", "(arranged by V2
# Overseas)", "Globex (Dover Interviewer)": the firm named so sends or interviews for the
# employer. The one reading of it: ``agency_domains`` here and ``company`` (never the employer).
_VIA_NAME = re.compile(
    r"\b(?:via|through|arranged\s+by|booked\s+by|organi[sz]ed\s+by)\s+([^()\n|–—,;:]{2,60})"
    r"|\(([^()\n]{2,40}?)\s+(?:interviewer|recruiter)s?\)", re.IGNORECASE)
_VIA_WORDS = ("via", "through", "by", "interviewer", "recruiter")


def via_names(title: str) -> list[str]:
    """The firms a title says send or interview for the employer, as written."""
    low = title.lower()
    if not any(word in low for word in _VIA_WORDS):
        return []
    names = []
    for match in _VIA_NAME.finditer(title[:300]):
        names.append(" ".join((match.group(1) or match.group(2)).split()))
        if match.group(2):  # "(Dover Interviewer)" as a whole is no employer either
            names.append(" ".join(match.group(0).strip("() ").split()))
    return names


def agency_domains(event: Mapping[str, Any], description_text: str) -> frozenset[str]:
    """The organiser's domain when the invite says it writes for a client ("Client Interview",
    "chez notre client", "bei unserem Kunden") or names its firm after "via": an agency's
    consultant is then no interviewer, whatever the firm's name says."""
    organizer = event.get("organizer")
    email = text_of(organizer.get("email")).lower() if isinstance(organizer, _MAP) else ""
    domain = domain_of(email)
    if not domain:
        return frozenset()
    title = text_of(event.get("summary"))[:300]
    via = False
    names = via_names(title)
    if names:
        label = squash(registrable_label(domain))
        via = any(len(squash(name)) >= 4 and label.startswith(squash(name)) for name in names)
    if via or writes_for_client(title) or writes_for_client(description_text):
        return frozenset({domain})
    return frozenset()
