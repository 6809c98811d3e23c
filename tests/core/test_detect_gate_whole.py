"""Round 11's speed gates for detection answer exactly as the patterns they stand in for:
``gate.WholeGated`` (one literal test, then the whole pattern) and ``gate.first_char_grouped``
(an alternation's branches grouped under a look-ahead for their first character)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect import addresses, jobs, panel, rules
from interview_sync.core.detect.gate import (
    LiteralGated,
    WholeGated,
    _case_key,
    first_char_grouped,
)
from interview_sync.core.timeline.factor import branches, first_chars

WHOLE: dict[str, WholeGated] = {"_NON_PERSON_NAME": addresses._NON_PERSON_NAME,
                                "_NON_PERSON_LOCAL": addresses._NON_PERSON_LOCAL,
                                "INTERVIEW_COMPOUND": jobs.INTERVIEW_COMPOUND}
# name -> (the grouped pattern in use, its plain source)
GROUPED: dict[str, tuple[re.Pattern[str], str]] = {
    "DESC_POSITIVE": (rules.DESC_POSITIVE, rules._DESC_POSITIVE),
    "DESC_CANDIDATE": (rules.DESC_CANDIDATE, rules._DESC_CANDIDATE)}
# the Unicode letters that match an ASCII letter case-insensitively, and some case pairs
_ODD = ["ı", "ſ", "İ", "K", "É", "é", "Ä", "ß", "\n", "  ", "-", "@", ".", "_"]


def _pieces(pattern: str) -> list[str]:
    return sorted({w for w in re.findall(r"[^\W\d_][\w'’.\-]*", pattern) if len(w) > 1}
                  | {"you", "the", "with", "Kim", "Ng", "Recruiting", *_ODD})


def _texts(data: st.DataObject, pattern: str) -> list[str]:
    words = data.draw(st.lists(st.sampled_from(_pieces(pattern)), max_size=8))
    text = data.draw(st.sampled_from(["", " ", "\n", "-", "."])).join(words)
    return [text, text.upper(), text.title(), text.lower()]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and a.span() == b.span() and a.group(0) == b.group(0))


def test_the_new_gates_really_gate() -> None:
    for name, gated in WHOLE.items():
        assert gated.gate is not None, name
    assert isinstance(panel.OTHER_SIDE_TITLE, LiteralGated) and panel.OTHER_SIDE_TITLE.gate


@pytest.mark.parametrize("name", sorted(WHOLE))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_whole_gates_agree_with_their_patterns(name: str, data: st.DataObject) -> None:
    gated = WHOLE[name]
    for text in _texts(data, gated.pattern.pattern):
        assert _same(gated.search(text), gated.pattern.search(text)), text
        assert _same(gated.fullmatch(text), gated.pattern.fullmatch(text)), text
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in gated.pattern.finditer(text)], text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_whole_gates_agree_on_any_text(text: str) -> None:
    for gated in WHOLE.values():
        assert _same(gated.search(text), gated.pattern.search(text)), text
        assert _same(gated.fullmatch(text), gated.pattern.fullmatch(text)), text
    other = panel.OTHER_SIDE_TITLE
    assert _same(other.search(text), other.pattern.search(text)), text


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_other_side_title_agrees_on_title_words(data: st.DataObject) -> None:
    other = panel.OTHER_SIDE_TITLE
    for text in _texts(data, other.pattern.pattern):
        assert _same(other.search(text), other.pattern.search(text)), text


@pytest.mark.parametrize("name", sorted(GROUPED))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_grouped_descriptions_agree_with_their_patterns(name: str, data: st.DataObject) -> None:
    grouped, source = GROUPED[name]
    pattern = re.compile(source, grouped.flags)
    assert grouped.pattern != source  # really grouped
    for text in [*_texts(data, source), data.draw(st.text(max_size=80))]:
        assert _same(grouped.search(text), pattern.search(text)), text


_BRANCH = st.text("abkisKIS.éÉıſİσςΣвВᲀ", min_size=1, max_size=5).map(re.escape)


@settings(max_examples=400, deadline=None)
@given(st.lists(_BRANCH, min_size=1, max_size=8), st.booleans(),
       st.text("abkisKIS.éÉıſİKσςΣвВᲀ ", max_size=30))
def test_grouping_keeps_the_leftmost_match_and_its_branch(branches: list[str], folded: bool,
                                                          text: str) -> None:
    # branches sharing first letters in either case, with the Unicode letters that match an
    # ASCII one case-insensitively: the same branch must win at the same place
    pattern = re.compile("|".join(branches), re.IGNORECASE if folded else 0)
    grouped = first_char_grouped(pattern.pattern, pattern.flags)
    assert _same(grouped.search(text), pattern.search(text)), (pattern.pattern, text)
    assert [m.span() for m in grouped.finditer(text)] == [
        m.span() for m in pattern.finditer(text)], (pattern.pattern, text)


# a branch beginning with a class of plain letters ("[iìí]..."), which round 24 keys by those
# letters rather than putting it in every group
_CLASS_BRANCH = st.tuples(st.text("aiksìíIÌKſıé", min_size=1, max_size=3),
                          st.text("abkìé", max_size=3)).map(lambda p: f"[{p[0]}]{p[1]}")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_BRANCH, _CLASS_BRANCH), min_size=1, max_size=8), st.booleans(),
       st.text("abkisKIS.éÉıſİKìíÌ ", max_size=30))
def test_grouping_keys_classes_and_keeps_the_winner(branches: list[str], folded: bool,
                                                    text: str) -> None:
    pattern = re.compile("|".join(branches), re.IGNORECASE if folded else 0)
    grouped = first_char_grouped(pattern.pattern, pattern.flags)
    assert [(m.span(), m.group()) for m in grouped.finditer(text)] == [
        (m.span(), m.group()) for m in pattern.finditer(text)], (pattern.pattern, text)


@pytest.mark.parametrize("name", sorted(GROUPED))
def test_grouping_copies_no_branch_into_every_group(name: str) -> None:
    # memory (round 24): a branch whose first characters cannot be listed goes into every
    # group; one such branch (~16 kB compiled, a class first) made each description pattern
    # ~1.5 MB. Grouped, a pattern may cost a few times its plain compile, not twelve.
    grouped, source = GROUPED[name]
    assert sys.getsizeof(grouped) < 4 * sys.getsizeof(re.compile(source, grouped.flags))


def test_case_keys_are_exclusive_and_cover_their_characters() -> None:
    # why the case-insensitive grouping is exact: over all of Unicode, no character enters two
    # groups, and every character a branch's first character matches enters that branch's group
    # (checked for every ASCII character and every first character of the grouped patterns)
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    firsts = {chr(c) for c in range(128)}
    for _, source in GROUPED.values():
        for branch in branches(source):
            firsts |= first_chars(branch) or set()

    def matched(char: str) -> set[str]:
        return {m.group() for m in re.compile(re.escape(char), re.IGNORECASE).finditer(
            everything)}

    entered: dict[str, str] = {}
    keys = {_case_key(c) for c in firsts} - {""}
    for key in keys:
        for char in matched(key):
            assert entered.setdefault(char, key) == key, (char, key, entered[char])
    for first in firsts:
        key = _case_key(first)
        if key:
            assert matched(first) <= matched(key), first
