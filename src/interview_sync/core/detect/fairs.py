"""An interview booked at a job fair is an interview; the fair itself is not.

Owns ``without_fair``: the exception to the title's fair veto (``title_negative.TITLE_NEGATIVE``'s
"career fair", "job expo", "hiring event") for a title that names an interview and a job
besides the fair ("Job fair interview – Ridgeway Foods (Supply Chain Analyst)", "Interview
Day after the Career Fair – Plainsview Engineering (Field Engineer Intern)"). Round 6's blind
batch brought a "Career Fair 1:1 interview" with a named employer and role that the fair rule
vetoed; the fair's other languages (``practice``) are a setting that a job in the title
overrides in the same way (``lookalikes.title_is_lookalike``). Round 8: the fairs of other
languages (``practice``: 채용박람회, 招聘会, 就職フェア, Jobmesse, feira de emprego) veto
outright, and so vetoed "[현장면접] 채용박람회 – 한빛소프트 백엔드 개발자", an on-site interview
booked at a fair for a named job; ``without_fair_abroad`` lifts them the same way (an
interview word and a job besides the fair, a job named in Chinese, Japanese or Korean too).
Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.rules import strong_title
from interview_sync.core.detect.sides import names_job

__all__ = ["FAIR", "FAIR_ABROAD", "without_fair", "without_fair_abroad"]

FAIR = re.compile(r"(?:career|job|hiring|recruiting|graduate)\s+(?:fair|expo|day|event|night)"
                  r"|(?:hiring\s+)?open\s+house", re.IGNORECASE)
# Round 10: the candidate's own turn at a hiring event or an open house, where the title names
# no job ("Seasonal hiring event – group interview 10:30 – Harborline Apparel"): one interview
# at a time of day, "your" interview, or a group interview (the event's staff have
# "interviews" in the plural, never one at 10:30).
_OWN_TURN = re.compile(
    r"\b(?:your|my)\s+(?:\w+\s+)?interview\b|\binterview\b(?:\s+slot)?[\s:,–-]*(?:at\s+)?"
    r"\d{1,2}[:.]\d{2}\b|\bgroup\s+interview\b", re.IGNORECASE)


def without_fair(title: str, veto: re.Match[str]) -> str | None:
    """The title without its fair words when ``veto`` (the title's veto match) is a fair and
    the rest still names an interview and a job; else None (the fair vetoes)."""
    if FAIR.fullmatch(veto.group(0)) is None:
        return None
    rest = FAIR.sub(" ", title)
    if strong_title(rest) is None or (names_job(rest) is None and _OWN_TURN.search(rest) is None):
        return None
    return rest


# The fair words of ``practice``'s job-fair row (the other languages' fairs), and the "on-site"
# or "booth" words around them that say nothing of the interview itself.
FAIR_ABROAD = re.compile(
    r"\btarg(?:i|ach|ów|ow)\s+pracy|\bveletrh\w*\s+(?:pracovn|pr[áa]ce)\w*|\brekrytointimessu\w*"
    r"|\b(?:kariyer|i[şs])\s+fuar\w*|\bярмар\w*\s+(?:ваканси|труда)\w*|\bbursa\s+kerja"
    r"|\bpameran\s+kerja|\bjobbm[äa]ss\w*|\bjobmesse\w*|\bfeira\s+de\s+(?:emprego|carreiras)"
    r"|招聘会|双选会|就職フェア|合同説明会|合同企業説明会|就活イベント|\w*박람회",
    re.IGNORECASE)
# Jobs as Chinese, Japanese and Korean titles name them (the role vocabulary reads Latin script).
_CJK_JOB = re.compile(
    r"工程师|开发|经理|专员|设计师|岗位|职位|助理|主管|会计|销售|エンジニア|デザイナー|営業|職|担当"
    r"|개발자|엔지니어|디자이너|매니저|직무|사원|기획|연구원|회계|영업")


def without_fair_abroad(title: str) -> str | None:
    """The title without another language's fair words when the rest still names an
    interview and a job ("[현장면접] 채용박람회 – 한빛소프트 백엔드 개발자"); else None."""
    rest = FAIR_ABROAD.sub(" ", title)
    if rest == title or strong_title(rest) is None:
        return None
    if names_job(rest) is None and _CJK_JOB.search(rest) is None:
        return None
    return rest
