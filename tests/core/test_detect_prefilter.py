"""The stem gate in front of PREFILTER never rejects text PREFILTER would accept."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.rules import _PREFILTER, PREFILTER, prefilter_match

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
