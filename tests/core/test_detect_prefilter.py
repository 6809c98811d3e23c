"""The stem gate in front of PREFILTER never rejects text PREFILTER would accept."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.rules import (
    _PHONE,
    _PREFILTER,
    _STEP_HINT,
    _TITLE_GATE,
    _WEAK_EXECUTIVE,
    DESC_CANDIDATE_GATED,
    DESC_POSITIVE_GATED,
    PREFILTER,
    PREFILTER_TITLE,
    _no_cross,
    _spaced,
    prefilter_match,
    prefilter_title,
    strong_title,
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
    # every regex prefilter_title answers for: the title pattern, phone screens and trial days
    # (round 9), skills tests and trial lectures (round 11, searched with the trial days' words)
    # and the executive hints
    return any(p.search(lowered) is not None
               for p in (PREFILTER_TITLE, _PHONE, _STEP_HINT, _WEAK_EXECUTIVE))


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=6), st.sampled_from([" ", "", "\t"]))
def test_title_gate_agrees_with_the_regexes_on_recombined_pieces(words: list[str], sep: str) -> None:
    text = sep.join(words).lower()
    assert prefilter_title(text) == _title_regex(text), text


@given(st.text(max_size=80))
@example("zi de probă")  # a Romanian trial day: the regexes the gate stands for must include _TRIAL
@example("practical\ttest")  # a tab where the skills test's phrase has a space
@example("probno predavanje")  # a Croatian trial lecture: and round 11's skills tests and trial talks
def test_title_gate_agrees_with_the_regexes_on_any_text(text: str) -> None:
    lowered = text.lower()
    assert prefilter_title(lowered) == _title_regex(lowered)


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=6), st.sampled_from([" ", "", "\t"]))
@example(["fly", "out"], "\t")  # "\s" in the pattern is a tab too: the gate's stems must say so
def test_the_long_title_pattern_never_matches_without_its_own_stems(words: list[str],
                                                                    sep: str) -> None:
    # prefilter_title skips PREFILTER_TITLE for a title holding only the executive hints'
    # stems ("team", "board", "ceo"): sound only while PREFILTER_TITLE cannot match there.
    text = sep.join(words).lower()
    if text.isascii() and PREFILTER_TITLE.search(text):
        assert _TITLE_GATE.found_in(_spaced(text)) or not _no_cross(text), text


@pytest.mark.parametrize(("title", "expected"), [
    ("team sync 12", False), ("board meeting prep", False), ("ceo offsite", False),
    ("lunch with the team", True), ("dinner with the founders", True),
    ("coffee with the ceo", True), ("vp search - acme", True), ("team interview", True),
    # "team" alone, or with "with" elsewhere: the regex decides after the cheap "with" test
    ("team offsite", False), ("team lunch with snacks", False), ("drinks with the board", True),
])
def test_titles_with_only_executive_stems(title: str, expected: bool) -> None:
    assert prefilter_title(title) is expected
    assert _title_regex(title) is expected


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


def test_strong_title_answers_from_its_memo_as_a_fresh_search_does() -> None:
    # strong_title keeps its last answers (an interview's title is asked three times): a kept
    # answer is the one the search gives, for every labelled title, asked again and again.
    data = Path(__file__).resolve().parents[1] / "data"
    titles = [" ".join(str(e.get("summary") or "").split())
              for name in ("real_detect.json", "detect_cases.json")
              for e in json.loads((data / name).read_text(encoding="utf-8"))["events"]]
    assert len(titles) > 1000
    for title in titles:
        fresh = strong_title.__wrapped__(title)
        for _ in range(2):
            kept = strong_title(title)
            assert (kept is None) == (fresh is None), title
            if kept is not None and fresh is not None:
                assert (kept.span(), kept.group(0)) == (fresh.span(), fresh.group(0)), title
