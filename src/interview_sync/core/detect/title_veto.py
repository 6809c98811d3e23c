"""What the title alone says against an event: a look-alike, the hiring side, and the exceptions.

Owns ``title_veto`` (step 2a of ``classify``, replayed by ``confidence``): None when the title
vetoes the event, else whether it names the user as the candidate. A veto comes from a
non-job "interview" (``lookalikes.title_is_lookalike``), the hiring side's words
(``title_negative.TITLE_NEGATIVE``, ``sides.cjk_hiring_side``), each with the exceptions
that name the candidate's own interview after all: a media job ("Interview – Podcast
Producer", ``title_negative.without_media_job``), an interview booked at a job fair
(``fairs.without_fair``), a booking confirmation of an interview slot (``without_booking``,
round 8: "Booking confirmed: Interview slot – Warehouse Supervisor (Kestrel Parcel)" was read
as the user offering slots to candidates), a veto word inside the organiser's own name
(``without_own_name``, round 14: "Behavioral Interview – Brightwater Strategy" from
brightwaterstrategy.com is not a strategy meeting), and the user's own name after a candidate
word.
Split from ``classify`` in round 8 (that module had reached the size guideline). Pure; no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from interview_sync.core.detect.agency import PRESENTS_OTHER
from interview_sync.core.detect.everyday_jobs import EVERYDAY_JOB
from interview_sync.core.detect.fairs import without_fair, without_fair_abroad
from interview_sync.core.detect.lookalikes import lookalike_span, title_is_lookalike
from interview_sync.core.detect.rules import strong_title, weak_title
from interview_sync.core.detect.selection import in_selection_test
from interview_sync.core.detect.sides import CANDIDATE_WORD, cjk_hiring_side, names_job
from interview_sync.core.detect.spelling import squash
from interview_sync.core.detect.step_parts import without_performance_media, without_step_part
from interview_sync.core.detect.title_negative import TITLE_NEGATIVE, without_media_job
from interview_sync.core.detect.title_scope import in_named_compound, main_item

__all__ = ["BOOKED", "title_veto", "without_booking", "without_own_name"]

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


_WORD = re.compile(r"\S+")
_NAME_WORDS = 4  # a company name glued from at most this many words


def without_own_name(title: str, veto: re.Match[str], domain: str) -> str | None:
    """The title with the capitalised words around ``veto`` glued into one when the organiser's
    ``domain`` spells them ("Brightwater Strategy" at brightwaterstrategy.com: the company's
    name, not a strategy meeting; round 13's two silent consultancy interviews, as round 12's
    "Marine Surveyor" had been a survey); else None (the veto stands). Only two to four
    capitalised words, and only a whole label of the domain's host, so "Strategy Meeting" at
    acme.com, or a name a long domain merely contains, still vetoes."""
    if not domain:
        return None
    labels = {label for label in domain.lower().split(".") if len(label) >= 6}
    # the words overlapping the veto, with up to three capitalised neighbours on each side
    words = [w for w in _WORD.finditer(title)
             if w.end() > veto.start() - 60 and w.start() < veto.end() + 60]
    inside = [i for i, w in enumerate(words) if w.start() < veto.end() and w.end() > veto.start()]
    if not inside:
        return None
    for first in range(max(0, inside[0] - _NAME_WORDS + 1), inside[0] + 1):
        for last in range(max(inside[-1], first + 1), min(len(words), first + _NAME_WORDS)):
            span = words[first:last + 1]
            if not all(w.group(0)[0].isupper() for w in span):
                continue
            if "".join(squash(w.group(0)) for w in span) in labels:
                glued = "".join(w.group(0) for w in span)
                return title[: span[0].start()] + glued + title[span[-1].end():]
    return None


def _in_compound(title: str, veto: re.Match[str]) -> bool:
    """``title_scope.in_named_compound`` for a veto that is an event's or a topic's word (never
    a candidate word or an interview phrase: "Candidate Engineer", "Interview Training Lead"
    stay the hiring side's)."""
    said = veto.group(0)
    return ("interview" not in said.lower() and CANDIDATE_WORD.match(said) is None
            and in_named_compound(title, veto.start(), veto.end()))


# Round 24: "candidate" as the label of the seat an employer invites to, beside the job and no
# one's name: "Candidate Interview: Barista – Copperpot Café", "2nd interview – Dental Nurse
# candidate". A name beside it ("nurse candidate Tariq", "Candidate interview: Alex P. –
# warehouse associate") stays the hiring side's. English only: the other languages' words
# decline for the person ("Bewerberin", "candidata").
@lru_cache(maxsize=1)
def _seat_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Built on first use (only titles the candidate word vetoes are read): the step and job
    after "Candidate …:", and a title's last three words."""
    return (re.compile(r"\s+(?:interview|call|assessment|screening)\s*[:–—|-]\s*([^–—|:(]+)",
                       re.IGNORECASE),
            re.compile(r"[\w&/-]+(?:\s+[\w&/-]+){0,2}\s*$"))


_STEP_WORDS = re.compile(
    r"\b(?:interview|call|screen(?:ing)?|round|stage|final|first|second|third|follow[\s-]?up"
    r"|phone|video|panel|on[\s-]?site|oral|in[\s-]person|assessment|meeting|with)\b",
    re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"\b[A-Z]")


def _names_a_job(text: str) -> bool:
    return bool(names_job(text) or EVERYDAY_JOB.search(text))


def _seat_label(title: str, found: re.Match[str]) -> bool:
    """Whether the candidate word ``found`` labels the seat beside a job (above)."""
    if found.group(0).lower() != "candidate":
        return False
    seat_after, last_words = _seat_patterns()
    after = title[found.end():]
    if not after.strip(" .)]"):  # "… – Dental Nurse candidate"
        head = last_words.search(title[:found.start()])
        # and nothing capitalised before the job but the step ("Follow-up interview: Jordan
        # Pike – Shift Supervisor candidate" names the candidate: a hiring tool's title)
        return head is not None and _names_a_job(head.group(0)) \
            and not _NAMED_BEFORE.search(_STEP_WORDS.sub(" ", title[:head.start()]))
    seat = seat_after.match(after)  # "Candidate Interview: Barista – …"
    return seat is not None and _names_a_job(seat.group(1))


# The user marking themself in their own title: "(me)", "(myself)", "candidate: me" (a pattern
# string, compiled by ``re``'s cache when a candidate word first vetoes).
_SELF_MARK = r"\((?:me|myself)\)|\b(?:candidate|applicant)\s*[:=]\s*(?:me|myself)\b"


_MEAL_COURSES = re.compile(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)-courses?\b", re.IGNORECASE)


def _without_named_lookalikes(title: str) -> str:
    """The title without the look-alike words that begin a job's or a scheme's name
    ("Webinar Producer", "Training Contract"), at most three of them."""
    for _ in range(3):
        span = lookalike_span(title)
        if span is None or span[0] == span[1] or "interview" in title[span[0]:span[1]].lower() \
                or not in_named_compound(title, *span):
            break
        title = title[:span[0]] + " " + title[span[1]:]
    return title


def title_veto(title: str, user_names: set[str], domain: str = "") -> bool | None:
    """None when the title vetoes; else whether it names the user as the candidate.
    ``domain`` is the organiser's, for a veto word inside its own name (``without_own_name``)."""
    if PRESENTS_OTHER.search(title) and not any(name in title.lower() for name in user_names):
        return None  # round 12: "Entretien client – présentation de notre consultant H. Marchal"
    # round 17: the vetoes read the main item only, when it names a hiring step of its own
    # ("… first interview (then lecture at 4)", "…; puis training au club": ``title_scope``)
    main = main_item(title)
    if main != title and (strong_title(main) or weak_title(main)):
        title = main
    # round 23: a menu's courses ("3-course menu", "five-course tasting") are a meal's, not a
    # class: a chef's "Cooking trial: 3-course menu … (head chef role)" is the hiring step
    title = _MEAL_COURSES.sub(" ", title)
    if title_is_lookalike(title):
        title = _without_named_lookalikes(title)  # round 17: "Graduate Training Scheme"
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
    while negative and (rest := without_own_name(title, negative, domain)) is not None:
        title, negative = rest, TITLE_NEGATIVE.search(rest)  # "... – Brightwater Strategy"
    while negative and (rest := without_step_part(title, negative)) is not None:
        # round 22: a rehearsal word naming a part of a real step ("Studio audition (3 mock
        # links)", ``step_parts``), not a rehearsal of the step
        title, negative = rest, TITLE_NEGATIVE.search(rest)
    while negative and (rest := without_performance_media(title, negative)) is not None:
        title, negative = rest, TITLE_NEGATIVE.search(rest)  # "On-air audition – Wazobia FM"
    while negative and in_selection_test(title, negative):
        # round 16: the word names a selection's test ("Candidate Physical Abilities Test",
        # "Entry-level firefighter written exam"), not the hiring side or a school's exam
        title = title[: negative.start()] + " " + title[negative.end():]
        negative = TITLE_NEGATIVE.search(title)
    while negative and _seat_label(title, negative):
        # round 24: the candidate's own seat beside the job, no one's name (``_seat_label``)
        title = title[: negative.start()] + " " + title[negative.end():]
        negative = TITLE_NEGATIVE.search(title)
    while negative and _in_compound(title, negative):
        # round 17: the word begins a job's or a scheme's name ("Webinar Producer", "Graduate
        # Training Scheme", "Strategy & Operations Associate"), not the event's
        title = title[: negative.start()] + " " + title[negative.end():]
        negative = TITLE_NEGATIVE.search(title)
    if not negative:
        negative = cjk_hiring_side(title)  # 面试官, 候选人, "対象者5名"
    if not negative:
        return False
    # "Interview with Northwind (Candidate: Pat Lee)": the candidate it names is the user.
    low_title = title.lower()
    # (the same for "Bewerber", "kandidaat", "candidato", 候选人: the words of other languages;
    # round 24: and the user's own mark for themself, "Candidate interview – Harlan Tools (me)")
    if not (CANDIDATE_WORD.match(negative.group(0))
            and (any(name in low_title for name in user_names)
                 or re.search(_SELF_MARK, title, re.IGNORECASE))):
        return None
    rest = title[: negative.start()] + title[negative.end():]
    if TITLE_NEGATIVE.search(rest) or cjk_hiring_side(rest):
        return None
    return True
