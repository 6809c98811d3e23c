"""Interview and assessment platforms named in a title: a second signal behind a hiring hint.

Owns ``names_tool``. A candidate often types a screen into their own calendar by the tool that
runs it ("Karat screen – Brightline Mobility", "HackerRank live coding – Brightwater Bank",
"CoderPad interview – Pellucid Systems"): the title's hint is weak ("screen", "coding") and the
user's own entry has nobody from the company on it, so round 7 left such screens silent. The
tool's name says the hint is a hiring step, as a recruiter organising it would
(``classify._weak_evidence``; the ``tool_title`` feature of ``confidence``). Practice on the
same sites ("HackerRank practice", "mock interview on Pramp") is vetoed before this is read.
Pure data and one function; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import LiteralGated

__all__ = ["INTERVIEW_TOOL", "TOOL_NEEDLES", "names_tool"]

# Live-interview, coding-interview and assessment platforms whose names a candidate writes
# (vendors' public product names; interview-as-a-service firms whose engineers interview).
INTERVIEW_TOOL = LiteralGated(re.compile(
    r"\b(?:karat|hirevue|coderpad|codility|hackerrank|codesignal|codinggame|coderbyte"
    r"|testgorilla|byteboard|spark\s*hire|vidcruiter|willo|sonru|talview|mettl|pymetrics"
    r"|harver|modern\s*hire|cappfinity|arctic\s+shores|devskiller|qualified\.io|hireflix"
    r"|myinterview|interviewer\.ai|vervoe|shl|criteria\s+corp|wonderlic"
    # round 25: Aon's cut-e tests, an early-careers scheme's online stage (npowerjobs.com)
    r"|cut-e)\b",
    re.IGNORECASE,
))

# A literal of each name above, for a cheap test before a pattern built on them is tried
TOOL_NEEDLES = ("karat hirevue coderpad codility hackerrank codesignal codinggame coderbyte"
                " testgorilla byteboard spark vidcruiter willo sonru talview mettl pymetrics"
                " harver modern cappfinity arctic devskiller qualified myinterview vervoe shl"
                " criteria wonderlic hireflix interviewer.ai cut-e")


def names_tool(title: str) -> re.Match[str] | None:
    """The interview or assessment platform a title names, if any."""
    return INTERVIEW_TOOL.search(title) if title else None
