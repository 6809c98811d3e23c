"""One long alternation made cheap to search: its branches grouped by their first character.

Owns ``by_first_char``. Why: ``re`` tries every branch of an alternation at every position it
searches (the response cues are 200-odd branches, tried at every word of a text), though at any
one position only the branches that can begin with the character there can match. Grouping the
branches under a look-ahead for that character (``(?=h)(?:hear...|heard...)|(?=d)(?:...)``)
lets the engine skip the other groups after one test each, about half the cost of the cue pass.

Exactness: at a position whose character is ``c`` only the group of ``c`` can match, and it
holds, in their original order, every branch that can begin with ``c`` (a branch whose first
characters cannot be listed, or that can match nothing, is in every group and in a last group
of its own), so the leftmost match and the branch that wins there are the alternation's own
(tests/core/test_timeline_factor.py compares them on every labelled text).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# Python's own regex parser (untyped, internal; stable since 3.11): which first characters a
# branch can have.
sre: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

__all__ = ["branches", "by_first_char"]

_RUN = 5  # characters under one class test


def branches(alternation: str) -> list[str]:
    """The top-level branches of ``alternation`` (a regex with no outer group)."""
    found: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(alternation):
        char = alternation[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(alternation[start:index])
            start = index + 1
        index += 1
    found.append(alternation[start:])
    return found


def _firsts(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a parsed pattern can begin with (None: any), and whether it can be
    empty."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            if any(kind is not sre.LITERAL for kind, _ in av):
                return None, False
            return chars | {chr(code) for _, code in av}, False
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # look-arounds and \b take no character
            continue
        if op is sre.SUBPATTERN:
            options, empty = [av[3]], False
        elif op is sre.BRANCH:
            options, empty = list(av[1]), False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            options, empty = [av[2]], av[0] == 0
        else:
            return None, False
        for option in options:
            first, can_be_empty = _firsts(option)
            if first is None:
                return None, False
            chars |= first
            empty = empty or can_be_empty
        if not empty:
            return chars, False
    return chars, True


def by_first_char(alternation: str) -> str:
    """``(?:alternation)`` with its branches grouped under a look-ahead for their first
    character; it matches what the plain group matches, with the same branch winning."""
    rows: list[tuple[str, set[str] | None]] = []
    for branch in branches(alternation):
        first, empty = _firsts(list(sre_parse.parse(branch)))
        rows.append((branch, None if empty else first))
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
