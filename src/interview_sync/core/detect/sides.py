"""Whose interview is it: hiring-side words in any language; meetings that are no job interview.

Owns what tells "I am the candidate" from "an interview-shaped event about someone else" beyond
the English vocabularies of ``rules``: another candidate or the user as interviewer named in
Chinese, Japanese or Korean (kept apart from ``rules.TITLE_NEGATIVE`` and
``rules.DESC_HIRING_SIDE``, whose literal gates read ASCII literals only: searched only in text
that is not ASCII), whether a title names the user, and informational interviews and networking
meetings (the user's own meetings, not job interviews: ``confidence`` asks about them, never
drafts). Pure data and small functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from interview_sync.core.detect.gate import LiteralGated
from interview_sync.core.detect.rules import (
    CANDIDATE_WORDS,
    DESC_CANDIDATE_GATED,
    DESC_HIRING_SIDE,
)

__all__ = ["CANDIDATE_WORD", "INFORMATIONAL", "TITLE_HIRING_SIDE_CJK", "cjk_hiring_side",
           "hiring_side_text", "is_informational", "names_user"]

_CANDIDATE_CJK = r"候选人|候選人|候補者|応募者|지원자|후보자"
CANDIDATE_WORD = re.compile(r"candidate|" + CANDIDATE_WORDS + "|" + _CANDIDATE_CJK, re.IGNORECASE)
# The same hiring-side words in Chinese, Japanese and Korean: another candidate, the user as the
# interviewer, interviews to prepare, a head count ("二次面接対象者5名"). Apart from
# TITLE_NEGATIVE because its literal gate reads ASCII literals only (an alternative without one
# is tried on every title); searched only in titles that are not ASCII (``cjk_hiring_side``).
TITLE_HIRING_SIDE_CJK = re.compile(
    _CANDIDATE_CJK + r"|面试官|面試官|面接官|면접관|考官|準備|准备|준비|\d\s*(?:名|人|명)(?!\w)")


def cjk_hiring_side(title: str) -> re.Match[str] | None:
    """TITLE_HIRING_SIDE_CJK's match in a title that is not ASCII (an ASCII one cannot hold it)."""
    return None if title.isascii() else TITLE_HIRING_SIDE_CJK.search(title)


# The same told in Chinese, Japanese and Korean (您为本场面试的面试官, 面接官として, 면접관으로, an
# assessment form), apart for the reason given at TITLE_HIRING_SIDE_CJK.
_DESC_HIRING_SIDE_CJK = re.compile(
    r"(?:您|你)(?:为|是|作为|担任)[^。\n]{0,15}面试官|面接官(?:として|を担当|をお願い)"
    r"|면접관(?:으로|을\s*맡)|评价表|評価シート|평가표")


def hiring_side_text(description: str) -> bool:
    """Whether a description is written for the hiring side (DESC_HIRING_SIDE, and its CJK
    words in a description that is not ASCII)."""
    return DESC_HIRING_SIDE.search(description) is not None or (
        not description.isascii() and _DESC_HIRING_SIDE_CJK.search(description) is not None)


# An informational interview or a networking meeting: the user's own meeting, worth a thank-you,
# but no job interview (the blind labellers' convention since round 4, the project's since round
# 5). ``confidence`` asks about one rather than drafting; ``classify`` does not accept it.
INFORMATIONAL = LiteralGated(re.compile(
    r"\binformation(?:al)?\s+(?:interview|chat|call|coffee|meeting|conversation)|\binfo\s+interview"
    r"|\bnetworking\s+(?:call|chat|coffee|meeting|conversation|lunch)"
    r"|\binformationsgespr[äa]ch|\bentretien\s+(?:informatif|d['’]information|r[ée]seau)"
    r"|\bentrevista\s+informativa|\binformatief\s+gesprek|\bcolloquio\s+informativo"
    r"|\bconversa\s+informativa",
    re.IGNORECASE,
))


def names_user(title: str, user_names: Collection[str]) -> bool:
    """Whether the title names the user by full name, as hiring tools title a candidate's
    event: then what its description tells the other guests (a faculty's "submit feedback")
    is about the user as the candidate."""
    low = title.lower()
    return any(" " in name and name in low for name in user_names)


def is_informational(title: str, description: str) -> bool:
    """An informational interview or a networking meeting, by the title or the description's
    head: the user's own meeting, not a job interview (asked about, never drafted)."""
    if not (INFORMATIONAL.search(title) or INFORMATIONAL.search(description[:300])):
        return False
    # "Thanks for applying to the ... role": a recruiter's call, whatever it is called
    return DESC_CANDIDATE_GATED.search(description[:_INFO_HEAD]) is None


_INFO_HEAD = 1_500
