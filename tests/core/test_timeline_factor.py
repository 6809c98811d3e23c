"""``factor.by_first_char`` matches what the plain alternation matches, with the same branch
winning: on the response cues and the clause vetoes, over every labelled text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.timeline import cues
from interview_sync.core.timeline.factor import branches, by_first_char, first_chars

_DATA = Path(__file__).resolve().parents[1] / "data"


def _texts() -> list[str]:
    return [json.loads(line)["text"].lower() for name in ("timeline_cases.jsonl",
                                                           "real_timeline.jsonl")
            for line in (_DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in pattern.finditer(text)]


def test_the_cues_and_vetoes_match_as_the_plain_alternations_do() -> None:
    plain_cue = re.compile(cues._CUE)
    plain_veto = re.compile(cues._PREFIX_ANY)
    plain_not_cue = re.compile(cues._NOT_CUE)
    texts = _texts()
    assert len(texts) > 1000
    for text in texts:
        assert _spans(cues.cue_re(), text) == _spans(plain_cue, text)
        assert _spans(cues.NOT_CUE_RE, text) == _spans(plain_not_cue, text)
        for start in range(0, len(text), 40):
            clause = text[start:start + 120]
            assert (bool(cues.prefix_any_re().search(clause))
                    == bool(plain_veto.search(clause)))


def test_the_branch_that_wins_is_the_same() -> None:
    # "ab" and "a" both start with "a": the first listed wins, grouped or not; "(?:x)?y" can
    # begin with x or y; "\\d" has no listable first characters and is tried everywhere
    alternation = r"ab|a|(?:x)?y|\d+|b"
    grouped = re.compile(by_first_char(alternation))
    plain = re.compile("(?:" + alternation + ")")
    for text in ("ab", "a", "xy", "y", "12", "b", "zzab", "x"):
        assert _spans(grouped, text) == _spans(plain, text)
    assert branches(r"a(?:b|c)|[|]|\||d") == ["a(?:b|c)", "[|]", r"\|", "d"]


def test_a_class_of_plain_characters_is_keyed_by_them() -> None:
    # round 24: "[iìí]" begins with one of three characters; a range, an escape or a
    # negation is not listed (the branch then goes into every group, as before)
    assert first_chars("[iìí]x|b") == {"i", "ì", "í", "b"}
    assert first_chars("[ab]?c") == {"a", "b", "c"}
    assert first_chars("[ab]{,2}c") == first_chars("a{,2}c|b{0,2}c") == {"a", "b", "c"}
    for unlisted in ("[a-z]x", "[^a]", r"[\s-]", "[]a]", "[a&&b]"):
        assert first_chars(unlisted) is None, unlisted
    alternation = r"[iì]b|i|[xy]z|\d+|[^q]"
    grouped = re.compile(by_first_char(alternation))
    plain = re.compile("(?:" + alternation + ")")
    for text in ("ib", "ìb", "i", "xz", "yz", "y", "12", "q", "qìbq", "ii"):
        assert _spans(grouped, text) == _spans(plain, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abdehilnorstuwy |-.,'\n", max_size=120))
def test_the_cues_match_as_plain_on_any_text(text: str) -> None:
    assert _spans(cues.cue_re(), text) == _spans(re.compile(cues._CUE), text)
