"""The one-pass literal gates (core/detect/gate.py) answer exactly as what they stand in for."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect import evidence, jobs, roles, rules, sides, title_negative
from interview_sync.core.detect.gate import LiteralGated, SplitPattern
from interview_sync.core.literals import Stems

GATED = {"DESC_HIRING_SIDE": rules.DESC_HIRING_SIDE, "DESC_NEGATIVE": rules.DESC_NEGATIVE,
         "COUNTER": evidence.COUNTER, "HIRING_DESCRIBED": evidence.HIRING_DESCRIBED,
         "TITLE_STRONG": rules.TITLE_STRONG, "TITLE_WEAK": rules.TITLE_WEAK,
         "TITLE_NEGATIVE": title_negative.TITLE_NEGATIVE, "MEDIA_PERSON": rules.MEDIA_PERSON,
         "SUPPORT_RE": roles.SUPPORT_RE, "INFORMATIONAL": sides.INFORMATIONAL}


def _pieces(pattern: str) -> list[str]:
    return sorted({w for w in re.findall(r"[a-zA-Z'’.\-]+", pattern) if len(w) > 1}
                  | {"you", "are", "the", "a", "Weekly", "planning", "ı", "ſ", "İ", "K", "\n", "  "})


def test_every_description_pattern_is_really_gated() -> None:
    # A pattern the analysis gave up on would be searched whole: correct, but no faster.
    for name, gated in GATED.items():
        assert gated.gate is not None, name


@pytest.mark.parametrize("name", sorted(GATED))
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_literal_gates_agree_with_their_patterns(name: str, data: st.DataObject) -> None:
    gated = GATED[name]
    words = data.draw(st.lists(st.sampled_from(_pieces(gated.pattern.pattern)), max_size=8))
    text = data.draw(st.sampled_from([" ", "", "\n", "-"])).join(words)
    for variant in (text, text.upper(), text.title()):
        found, whole = gated.search(variant), gated.pattern.search(variant)
        assert (found is None) == (whole is None), variant
        if found is not None and whole is not None:
            assert found.span() == whole.span(), variant


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_literal_gates_agree_on_any_text(text: str) -> None:
    for gated in GATED.values():
        assert (gated.search(text) is None) == (gated.pattern.search(text) is None), text


@given(st.lists(st.text("abcxyz ", min_size=1, max_size=4), min_size=1, max_size=6),
       st.text("abcxyz ", max_size=40))
def test_stems_find_what_substring_tests_find(literals: list[str], text: str) -> None:
    stems = Stems(literals)
    assert stems.found_in(text) == any(w in text for w in literals)
    assert stems.held(text) == {w for w in literals if w in text}


def test_a_split_pattern_tries_only_the_alternatives_whose_literals_are_held() -> None:
    split = SplitPattern([(r"\bexit\s+interview", "exit"), (r"\bmock\b", "mock")])
    assert split.search(frozenset({"mock"}), "Mock interview").group(0) == "Mock"
    # Told that "exit" is absent, it does not try that alternative: the caller vouches for it.
    assert split.search(frozenset({"mock"}), "exit interview") is None
    assert split.search(frozenset(), "mock") is None


def test_patterns_the_analysis_cannot_vouch_for_are_searched_whole() -> None:
    for source in (r"(a)b\1", r"(?:|foo)b|q", r"\s[x×]\s|\bx\b"):
        gated = LiteralGated(re.compile(source, re.IGNORECASE))
        assert gated.gate is None, source
        for text in ("aab", "pat x kim", "bar", "q", "nothing"):
            assert (gated.search(text) is None) == (gated.pattern.search(text) is None)


def test_an_alternative_without_a_literal_is_tried_on_every_text() -> None:
    gated = LiteralGated(re.compile(r"\s[x×]\s|interview", re.IGNORECASE))
    assert gated.gate is not None
    assert gated.search("Pat x Kim") is not None
    assert gated.search("INTERVIEW") is not None
    assert gated.search("weekly sync") is None


def test_non_ascii_case_folds_are_gated_like_re_folds_them() -> None:
    gated = LiteralGated(re.compile(r"\bsubscription\b|\bpricing\b", re.IGNORECASE))
    for text in ("PRıCING", "ſubſcription", "Pricing", "prıcıng page", "PRİCİNG", "SUBSCRİPTİON"):
        assert (gated.search(text) is None) == (gated.pattern.search(text) is None), text


_JOB_AD_PIECES = ["(m/w/d)", "(H/F)", "Referent*in", "Sachbearbeiter/in", "Bürokauffrau/-mann",
                  "Technicien(ne)", "Técnico(a)", "W2-Professur", "PROFEſſUR", "Lehrſtuhl",
                  "professorship", "Data", "Engineer", "Interview", "-", "Kim:", "in", "_in",
                  "İn", "(", ")", "/", "*", ":", "_", "a", "o", "ne"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_JOB_AD_PIECES), max_size=6), st.sampled_from(["", " ", "-"]),
       st.text(max_size=40))
def test_the_job_ad_gate_agrees_with_its_pattern(words: list[str], sep: str, noise: str) -> None:
    for text in (sep.join(words), noise, sep.join(words) + noise):
        for variant in (text, text.upper(), text.lower()):
            found, whole = jobs.job_ad_mark(variant), jobs.JOB_AD_MARK.search(variant)
            assert (found is None) == (whole is None), variant
            if found is not None and whole is not None:
                assert found.span() == whole.span(), variant
