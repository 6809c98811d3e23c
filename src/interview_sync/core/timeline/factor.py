"""One long alternation made cheap to search: its branches grouped by their first character.

Owns ``by_first_char`` (and ``grouped``, its grouping of branches already keyed). Why: ``re``
tries every branch of an alternation at every position it searches (the response cues are
200-odd branches, tried at every word of a text), though at any one position only the
branches that can begin with the character there can match. Grouping the
branches under a look-ahead for that character (``(?=h)(?:hear...|heard...)|(?=d)(?:...)``)
lets the engine skip the other groups after one test each, about half the cost of the cue pass.

Exactness: at a position whose character is ``c`` only the group of ``c`` can match, and it
holds, in their original order, every branch that can begin with ``c`` (a branch whose first
characters cannot be listed, or that can match nothing, is in every group and in a last group
of its own), so the leftmost match and the branch that wins there are the alternation's own
(tests/core/test_timeline_factor.py compares them on every labelled text).
"""

from __future__ import annotations

import re

from interview_sync.core.regex_source import group_end, top_branches

__all__ = ["branches", "by_first_char", "first_chars", "grouped"]

_RUN = 5  # characters under one class test


def branches(alternation: str) -> list[str]:
    """The top-level branches of ``alternation`` (a regex with no outer group); one branch, the
    whole, when it does not balance (then nothing is grouped by it)."""
    return top_branches(alternation) or [alternation]


_ZERO_WIDTH = ("(?<!", "(?<=", "(?!", "(?=")
_CLASS_SYNTAX = frozenset("\\^-[]&~|")  # what makes a class more than its characters


def _firsts(branch: str) -> set[str] | None:
    """The characters ``branch`` can begin with, or None when it cannot say (anything, or
    nothing at all): a superset is all the grouping needs, so anything unusual gives up."""
    index = 0
    while True:  # look-arounds and \b take no character
        if branch.startswith("\\b", index):
            index += 2
        elif branch.startswith(_ZERO_WIDTH, index):
            index = group_end(branch, index) + 1
        else:
            break
    if index >= len(branch):
        return None
    char = branch[index]
    if char == "(":
        end = group_end(branch, index)
        inner = branch[index + 1:end]
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?P<"):
            inner = inner[inner.index(">") + 1:]
        elif inner.startswith("?"):
            return None
        chars = first_chars(inner)  # the group's own alternation
        if chars is None:
            return None
        return _or_after(branch, end + 1, chars)
    if char == "\\":
        escaped = branch[index + 1:index + 2]
        if escaped.isalnum() or not escaped:
            return None
        return _or_after(branch, index + 2, {escaped})
    if char == "[":
        # a class of plain characters ("[iìí]", "[eèéẹ]"): its characters, as an alternation
        # of them would give (round 24: a branch beginning with one went into every group,
        # ~16 kB compiled copied into each of ~90: 1.5 MB in each of two description patterns)
        end = branch.find("]", index + 1)
        members = branch[index + 1:end]
        if end < 0 or not members or any(c in _CLASS_SYNTAX for c in members):
            return None  # a range, an escape, a negation or a set operation: give up
        return _or_after(branch, end + 1, set(members))
    if char in ".^$|)*+?{":
        return None
    return _or_after(branch, index + 1, {char})


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` (an alternation, no outer group) can begin with,
    or None when that cannot be said (a superset: see ``_firsts``)."""
    chars: set[str] = set()
    for branch in branches(pattern):
        first = _firsts(branch)
        if first is None:
            return None
        chars |= first
    return chars


def _or_after(branch: str, at: int, chars: set[str]) -> set[str] | None:
    """``chars``, or with what follows them too when a "?" or "*" (or "{0,") after them makes
    them optional."""
    if branch.startswith(("?", "*"), at):
        rest = branch[at + 1:]
    elif branch.startswith(("{0", "{,"), at):  # "{,3}" is "{0,3}" to ``re``
        rest = branch[branch.index("}", at) + 1:]
    else:
        return chars
    rest = rest[1:] if rest.startswith(("?", "+")) else rest  # a lazy or possessive mark
    after = _firsts(rest)
    return None if after is None else chars | after


def by_first_char(alternation: str) -> str:
    """``(?:alternation)`` with its branches grouped under a look-ahead for their first
    character; it matches what the plain group matches, with the same branch winning."""
    return grouped([(branch, _firsts(branch)) for branch in branches(alternation)])


def grouped(rows: list[tuple[str, set[str] | None]]) -> str:
    """``(?:...)`` of the branches in ``rows`` (each with the characters it can begin with,
    or None: anything), grouped under a look-ahead for those characters, in their order.
    ``by_first_char`` keys them by ``_firsts``; detection's ``gate.first_char_grouped`` by
    case-folded keys, for a case-insensitive pattern."""
    chars = sorted({char for _, first in rows if first for char in first})
    groups = ["(?=" + re.escape(char) + ")(?:" + "|".join(
        branch for branch, first in rows if first is None or char in first) + ")"
        for char in chars]
    # a second level: a class test for each run of a few characters, so a position meets a
    # handful of tests, not one a character (the groups exclude each other: one character each)
    runs = ["(?=[" + re.escape("".join(chars[i:i + _RUN])) + "])(?:" + "|".join(
        groups[i:i + _RUN]) + ")" for i in range(0, len(groups), _RUN)]
    anywhere = [branch for branch, first in rows if first is None]
    if anywhere:
        runs.append("(?:" + "|".join(anywhere) + ")")
    return "(?:" + "|".join(runs) + ")"
