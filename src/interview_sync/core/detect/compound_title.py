"""Which part of a compound title is the interview: round 19's reach of a title's veto.

Owns ``interview_part``: for a title that joins two items ("Info session & on-the-spot
interviews", "Final interview + mock customer call", "Interview with brew-day shadow",
"Sollicitatiegesprek + meeloopdag"), the part that names the hiring step, when the title's
look-alike word (an info session, a mock, a shadowing, a tour, a class) sits only in another
part and no part says the user is on the hiring side. ``title_scope.main_item`` returns it, so
``title_veto`` reads its vetoes in the interview's part, as it reads them in a title's main item
without its asides (round 17).

Why (round 19): four of round 18's silent interviews were titles that named the interview *and*
a second activity of the same visit, and a look-alike word of the second part (an "Info
session", a "shadow" day, a "mock call") vetoed the whole title. That is structure, not
vocabulary: the parts are joined by a conjunction or a plus ("+", "&", "and", "with", "incl.",
"plus", the same in other languages), and the look-alike word belongs to the part it stands in.
The interview's part wins only when it is itself free of every veto word (a "Mock interview +
coffee" stays a mock: its look-alike is the interview's own part) and the rest holds nothing of
the hiring side (a candidate, an interviewer, a debrief, feedback, a scorecard, slots to offer:
"Interview + candidate debrief" stays the interviewer's). Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.lookalikes import title_is_lookalike
from interview_sync.core.detect.rules import strong_title
from interview_sync.core.detect.sides import cjk_hiring_side
from interview_sync.core.detect.title_negative import TITLE_NEGATIVE
from interview_sync.core.detect.words import CANDIDATE_WORDS, PLURAL_INTERVIEWS

__all__ = ["interview_part"]

_I = re.IGNORECASE

# What joins two items of one visit: a plus or an ampersand anywhere, a conjunction or "with"
# between spaces (English, German, French, Spanish, Italian, Dutch, Portuguese, Polish,
# Scandinavian), "incl." and "including", "plus", and a slash between spaces.
_JOIN = re.compile(
    r"\s*[+&]\s*|\s+/\s+|\s+w/\s*"
    r"|\s+(?:and|with|incl(?:\.|uding)?|plus|und|mit|inkl\.?|et|avec|y|con|e|met|oraz|og"
    r"|och|med|samt)\s+",  # (never "en", "i", "z": a preposition in a neighbour language)
    _I)

# The other item of the same visit whose word vetoes a title: an info session or presentation,
# a shadowing, a mock exercise, a tour, a class, a demo, a webinar or workshop, an open day, a
# meal, a welcome. Only these are read past: a veto of another kind (the press, research, a
# vetting or a polygraph, a medical) says what the whole visit is.
_ACTIVITY = re.compile(
    r"\binfo(?:rmation)?\s+(?:session|evening|day)|\bpresentation\b|\bshadow\w*"
    r"|\b(?:mock|role[\s-]?play(?:ed)?|simulated)\s+(?:\w+\s+)?(?:call|exercise|meeting|scenario|sale)s?\b"
    r"|\bmock\b|\brole[\s-]?play\b"
    r"|\b(?:site|office|plant|kitchen|campus|facility|ward|store)?\s*tour\b|\bclass\b"
    r"|\b(?:product\s+)?demo\b|\bwebinar\b|\bworkshop\b|\bopen\s+(?:day|house)\b|\blunch\b"
    r"|\bdinner\b|\bcoffee\b|\bwelcome\b|\bmeet\s*(?:&|and|\+)\s*greet\b|\bq\s*&\s*a\b"
    r"|\binfosessie\b|\bmeeloop\w*|\binformationsveranstaltung\b|\bhospitation\b|\bvisite\b",
    _I)

# The hiring side in the other part: another candidate or applicant, the interviewer's seat,
# a debrief, feedback, a scorecard, a calibration, slots to offer.
_HIRING_SIDE = re.compile(
    r"\bcandidates?\b|\bapplicants?\b|\binterviewers?\b|\bdebrief|\bfeedback\b|\bscorecard"
    r"|\bcalibration\b|\bhiring\s+(?:committee|manager|panel)|\bpanel(?:l)?ists?\b|\bslots?\b"
    r"|\bwash-?up\b|\bassessor|\bshortlist|" + CANDIDATE_WORDS,
    _I)

_MAX_PARTS = 4  # a title joins two or three items; more is a list, not one visit


def interview_part(title: str) -> str | None:
    """The part of ``title`` that names the interview, when the title joins two or more items
    and a veto word stands only outside that part (``title_veto``'s look-alike or negative
    words), with nothing of the hiring side anywhere else; else None (read the whole title)."""
    if len(title) > 300 or _JOIN.search(title) is None:
        return None
    parts = [p for p in _JOIN.split(title) if p and p.strip()]
    if not 2 <= len(parts) <= _MAX_PARTS:
        return None
    if not (title_is_lookalike(title) or TITLE_NEGATIVE.search(title) is not None):
        return None  # nothing to read past
    found = None
    for at, part in enumerate(parts):
        if not (strong_title(part) or PLURAL_INTERVIEWS.search(part)):
            continue
        if title_is_lookalike(part) or TITLE_NEGATIVE.search(part) is not None \
                or cjk_hiring_side(part) is not None:
            return None  # the interview's own part is vetoed: a mock interview stays one
        found = at
        break
    if found is None:
        return None
    rest = " ".join(p for at, p in enumerate(parts) if at != found)
    if _HIRING_SIDE.search(rest) is not None or cjk_hiring_side(rest) is not None:
        return None
    left = _ACTIVITY.sub(" ", rest)  # the rest's veto must be an activity's word, all of it
    if left == rest or title_is_lookalike(left) or TITLE_NEGATIVE.search(left) is not None:
        return None
    return parts[found].strip()
