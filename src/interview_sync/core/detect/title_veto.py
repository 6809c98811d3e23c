"""What the title alone says against an event: a look-alike, the hiring side, and the exceptions.

Owns ``title_veto`` (step 2a of ``classify``, replayed by ``confidence``): None when the title
vetoes the event, else whether it names the user as the candidate. A veto comes from a
non-job "interview" (``lookalikes.title_is_lookalike``), the hiring side's words
(``title_negative.TITLE_NEGATIVE``, ``sides.cjk_hiring_side``), each with the exceptions
that name the candidate's own interview after all: a media job ("Interview – Podcast
Producer", ``title_negative.without_media_job``), an interview booked at a job fair
(``fairs.without_fair``), a booking confirmation of an interview slot (``without_booking``,
round 8: "Booking confirmed: Interview slot – Warehouse Supervisor (Kestrel Parcel)" was read
as the user offering slots to candidates), and the user's own name after a candidate word.
Split from ``classify`` in round 8 (that module had reached the size guideline). Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.agency import PRESENTS_OTHER
from interview_sync.core.detect.fairs import without_fair, without_fair_abroad
from interview_sync.core.detect.lookalikes import title_is_lookalike
from interview_sync.core.detect.sides import CANDIDATE_WORD, cjk_hiring_side, names_job
from interview_sync.core.detect.title_negative import TITLE_NEGATIVE, without_media_job

__all__ = ["BOOKED", "title_veto", "without_booking"]

# One interview slot that was booked or confirmed: the candidate's, not slots to offer. (The
# plural, "interview slots", "3 slots", stays the hiring side's.)
_SLOT = re.compile(r"interview\s+slot", re.IGNORECASE)
BOOKED = re.compile(
    r"\b(?:booking\s+confirmed|confirmed|booked|your|reserved|scheduled|best[äa]tigt|gebucht"
    r"|confirm[ée]e?|r[ée]serv[ée]e?|confirmad[oa]|reservad[oa]|bevestigd|geboekt|confermat[oa]"
    r"|prenotat[oa])\b", re.IGNORECASE)


_COUNTED = re.compile(r"\d|\b(?:open|available|free|offer|block)\b", re.IGNORECASE)


def without_booking(title: str, veto: re.Match[str]) -> str | None:
    """The title with its "interview slot" read as "interview" when ``veto`` is that phrase and
    the title says the slot was booked or confirmed ("Confirmed: your interview slot – ...") or
    names the one job the slot is for (round 12: "Interview slot – Care Assistant (Meadowbank
    House)", a portal's booking; slots offered to candidates are counted or plural); else None
    (the veto stands)."""
    if _SLOT.fullmatch(veto.group(0)) is None:
        return None
    rest = title[: veto.start()] + " " + title[veto.end():]
    if BOOKED.search(rest) is None and (names_job(rest) is None or _COUNTED.search(rest)):
        return None
    return title[: veto.start()] + "Interview" + title[veto.end():]


def title_veto(title: str, user_names: set[str]) -> bool | None:
    """None when the title vetoes; else whether it names the user as the candidate."""
    if PRESENTS_OTHER.search(title) and not any(name in title.lower() for name in user_names):
        return None  # round 12: "Entretien client – présentation de notre consultant H. Marchal"
    if title_is_lookalike(title):
        # "Parent-teacher interview", "Entretien préalable", "Mitarbeitergespräch"; but an
        # interview booked at a fair abroad for a named job is one
        rest = without_fair_abroad(title)
        if rest is None or title_is_lookalike(rest):
            return None
        title = rest
    negative = TITLE_NEGATIVE.search(title)
    if negative and (rest := without_media_job(title, negative.start())) is not None:
        title, negative = rest, TITLE_NEGATIVE.search(rest)  # "Interview – Podcast Producer"
    if negative and (rest := without_fair(title, negative)) is not None:
        title, negative = rest, TITLE_NEGATIVE.search(rest)  # an interview booked at a fair
    if negative and (rest := without_booking(title, negative)) is not None:
        title, negative = rest, TITLE_NEGATIVE.search(rest)  # "Booking confirmed: Interview slot"
    if not negative:
        negative = cjk_hiring_side(title)  # 面试官, 候选人, "対象者5名"
    if not negative:
        return False
    # "Interview with Northwind (Candidate: Pat Lee)": the candidate it names is the user.
    low_title = title.lower()
    # (the same for "Bewerber", "kandidaat", "candidato", 候选人: the words of other languages)
    if not (CANDIDATE_WORD.match(negative.group(0))
            and any(name in low_title for name in user_names)):
        return None
    rest = title[: negative.start()] + title[negative.end():]
    if TITLE_NEGATIVE.search(rest) or cjk_hiring_side(rest):
        return None
    return True
