"""An interview booked at a job fair is an interview; the fair itself is not.

Owns ``without_fair``: the exception to the title's fair veto (``rules.TITLE_NEGATIVE``'s
"career fair", "job expo", "hiring event") for a title that names an interview and a job
besides the fair ("Job fair interview – Ridgeway Foods (Supply Chain Analyst)", "Interview
Day after the Career Fair – Plainsview Engineering (Field Engineer Intern)"). Round 6's blind
batch brought a "Career Fair 1:1 interview" with a named employer and role that the fair rule
vetoed; the fair's other languages (``practice``) are a setting that a job in the title
overrides in the same way (``lookalikes.title_is_lookalike``). Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.rules import strong_title
from interview_sync.core.detect.sides import names_job

__all__ = ["FAIR", "without_fair"]

FAIR = re.compile(r"(?:career|job|hiring|recruiting|graduate)\s+(?:fair|expo|day|event|night)",
                  re.IGNORECASE)


def without_fair(title: str, veto: re.Match[str]) -> str | None:
    """The title without its fair words when ``veto`` (the title's veto match) is a fair and
    the rest still names an interview and a job; else None (the fair vetoes)."""
    if FAIR.fullmatch(veto.group(0)) is None:
        return None
    rest = FAIR.sub(" ", title)
    if strong_title(rest) is None or names_job(rest) is None:
        return None
    return rest
