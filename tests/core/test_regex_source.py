"""The regex-source reader shared by detection's gates and the timeline's grouping."""

from __future__ import annotations

import re

import pytest

from interview_sync.core.regex_source import group_end, top_branches


@pytest.mark.parametrize(("source", "expected"), [
    ("a|b|c", ["a", "b", "c"]),
    ("(?:a|b)|c", ["(?:a|b)", "c"]),
    (r"a\|b|c", [r"a\|b", "c"]),
    ("[|]x|y", ["[|]x", "y"]),
    ("[]|]x|y", ["[]|]x", "y"]),  # a leading "]" is a class member
    ("[^]|]x|y", ["[^]|]x", "y"]),
    ("(a|b", None), ("a)|b", None), ("[ab|c", None),
])
def test_top_branches(source: str, expected: list[str] | None) -> None:
    assert top_branches(source) == expected
    if expected is not None:  # the branches are the pattern's own: each compiles and they rejoin
        assert "|".join(expected) == source
        for branch in expected:
            re.compile(branch)


def test_group_end_finds_the_matching_parenthesis() -> None:
    pattern = r"x(?:a(b)[)]\)c)y"
    end = group_end(pattern, 1)
    assert pattern[end] == ")" and pattern[end + 1:] == "y"
    assert group_end("(open", 0) == len("(open")
