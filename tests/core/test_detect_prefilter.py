"""The stem gate in front of PREFILTER never rejects text PREFILTER would accept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.rules import (
    _PREFILTER,
    _WEAK_EXECUTIVE,
    DESC_CANDIDATE_GATED,
    DESC_POSITIVE_GATED,
    PREFILTER,
    PREFILTER_TITLE,
    prefilter_match,
    prefilter_title,
)

# Words from every PREFILTER alternative, split and recombined with everyday words, so the
# generator reaches the regex's matches and their near misses.
PIECES = sorted({w for w in re.findall(r"[a-zäöüא-ת×<>.\-]+", _PREFILTER) if len(w) > 1}
                | {"x", "×", "weekly", "planning", "sync", "the", "with", "a", "-", "\n", "  "})


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(PIECES), max_size=8), st.sampled_from([" ", "", "\n", "\t"]))
def test_gate_agrees_with_the_regex_on_recombined_pieces(words: list[str], sep: str) -> None:
    text = sep.join(words).lower()
    assert prefilter_match(text) == (PREFILTER.search(text) is not None), text


@given(st.text(max_size=200))
def test_gate_agrees_with_the_regex_on_any_text(text: str) -> None:
    lowered = text.lower()
    assert prefilter_match(lowered) == (PREFILTER.search(lowered) is not None)


TITLE_PIECES = sorted(set(PIECES) | {
    w for pattern in (PREFILTER_TITLE.pattern, _WEAK_EXECUTIVE.pattern)
    for w in re.findall(r"[a-zäöüא-ת×<>.\-/&+]+", pattern) if len(w) > 1
} | {"/", "&", "+", "ceo", "cfo", "founders", "dinner", "with", "the"})


def _title_regex(lowered: str) -> bool:
    return PREFILTER_TITLE.search(lowered) is not None or _WEAK_EXECUTIVE.search(lowered) is not None


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=6), st.sampled_from([" ", "", "\t"]))
def test_title_gate_agrees_with_the_regexes_on_recombined_pieces(words: list[str], sep: str) -> None:
    text = sep.join(words).lower()
    assert prefilter_title(text) == _title_regex(text), text


@given(st.text(max_size=80))
def test_title_gate_agrees_with_the_regexes_on_any_text(text: str) -> None:
    lowered = text.lower()
    assert prefilter_title(lowered) == _title_regex(lowered)


GATED = {"positive": DESC_POSITIVE_GATED, "candidate": DESC_CANDIDATE_GATED}
DESC_PIECES = sorted({w for g in GATED.values() for w in re.findall(r"[a-zA-Z.\-:]+", g.pattern.pattern)
                      if len(w) > 1} | {"the", "for", "your", "with", "you", "Thanks", "ROLE", "-", ":"})


@pytest.mark.parametrize("name", sorted(GATED))
@settings(max_examples=2000)
@given(words=st.lists(st.sampled_from(DESC_PIECES), max_size=10), sep=st.sampled_from([" ", "\n", "  "]))
def test_description_gates_agree_with_their_patterns(name: str, words: list[str], sep: str) -> None:
    gated = GATED[name]
    text = sep.join(words)
    assert (gated.search(text) is None) == (gated.pattern.search(text) is None), text


@pytest.mark.parametrize("name", sorted(GATED))
@given(text=st.text(max_size=200))
def test_description_gates_agree_on_any_text(name: str, text: str) -> None:
    gated = GATED[name]
    assert (gated.search(text) is None) == (gated.pattern.search(text) is None)
