"""Every word of the grammar passes its kind's literal gate (``timeline.needs.NEEDS``).

``NEEDS`` is read off the grammar by hand; a word added to an alternative and missing from its
kind's literals would be gated out silently ("le jour même" was, until round 6). This test
writes, for every gated kind, phrases that between them take every branch of every alternation
of its pattern at least once (``_cover``), keeps those the kind's own pattern matches, and
checks the gate lets each through: so a grammar word with no literal fails here, naming it.
"""

from __future__ import annotations

import json
import re
import re._constants as sre
import re._parser as sre_parse
from pathlib import Path
from typing import Any

import pytest

from interview_sync.core.timeline import grammar, scan
from interview_sync.core.timeline.extract import _plain_text
from interview_sync.core.timeline.needs import HOLIDAY_NAMES_BIT, NEEDS, bit_of, kinds_held
from interview_sync.core.timeline.needs_derive import covered, minimal, necessary
from interview_sync.core.timeline.needs_holidays import HOLIDAY_NEEDS

_PATTERNS = {re.match(r"\(\?P<(\w+)>", alt).group(1): alt  # type: ignore[union-attr]
             for alt in grammar.ALTERNATIVES}
_CATEGORY = {sre.CATEGORY_DIGIT: "1", sre.CATEGORY_SPACE: " ", sre.CATEGORY_WORD: "a",
             sre.CATEGORY_NOT_DIGIT: "a", sre.CATEGORY_NOT_SPACE: "a", sre.CATEGORY_NOT_WORD: " "}


def _one_char(items: Any) -> str:
    """A character the class ``items`` (an ``IN`` list) holds."""
    negated = any(op is sre.NEGATE for op, _ in items)
    for op, av in items:
        if negated:
            break
        if op is sre.LITERAL:
            return chr(av)
        if op is sre.RANGE:
            return chr(av[0])
        if op is sre.CATEGORY:
            return _CATEGORY.get(av, "a")
    return "a"  # [^\W\d_] and other negated classes: a letter


def _cover(items: Any) -> list[str]:
    """Strings that between them take every branch of every alternation in ``items`` (a
    sequence): the i-th string joins each part's i-th choice (cycling), so the count is the
    largest part's, not the product of all."""
    parts = [_choices(op, av) for op, av in items]
    parts = [p for p in parts if p]
    if not parts:
        return [""]
    width = max(len(p) for p in parts)
    return ["".join(p[i % len(p)] for p in parts) for i in range(width)]


def _choices(op: Any, av: Any) -> list[str]:
    if op is sre.LITERAL:
        return [chr(av)]
    if op is sre.NOT_LITERAL:
        return ["b" if av == ord("a") else "a"]
    if op is sre.IN:
        return [_one_char(av)]
    if op is sre.ANY:
        return ["a"]
    if op is sre.BRANCH:
        return [s for branch in av[1] for s in _cover(branch)]
    if op is sre.SUBPATTERN:
        return _cover(av[-1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, item = av
        once = _cover(item)
        if low == 0:
            return ["", *once]
        return [s * low for s in once]
    return [""]  # anchors, look-arounds, back references: take no characters


@pytest.mark.parametrize("kind", sorted(NEEDS))
def test_every_wording_of_a_gated_kind_passes_its_gate(kind: str) -> None:
    pattern = re.compile(grammar.LEAD + "(?:" + _PATTERNS[kind] + ")")
    phrases = _cover(list(sre_parse.parse(_PATTERNS[kind])))
    matched = 0
    for phrase in phrases:
        for text in (phrase, phrase + " ", " " + phrase + " 1"):
            found = pattern.search(text)
            if found is None:
                continue
            matched += 1
            held = kinds_held(found.group(0)) & bit_of(kind)
            assert held, f"{kind}: {found.group(0)!r} holds none of NEEDS[{kind!r}]"
            break
    # the phrases are real wordings: most of them match (so the test checks something)
    assert matched >= max(1, len(phrases) // 3), (kind, matched, len(phrases))


def test_the_cover_takes_every_branch() -> None:
    phrases = _cover(list(sre_parse.parse(r"(?:le\s+jour\s+m(?:ê|e)me|ce\s+jour-l(?:à|a))\b")))
    assert {"le jour même", "ce jour-là"} <= set(phrases)


# round 23: the holiday alternatives' gates, derived (``needs_derive``) and stored
# (``needs_holidays``, written by bench/gen_needs.py)

_DATA = Path(__file__).resolve().parents[1] / "data"


def _labelled_texts() -> list[str]:
    return [_plain_text(json.loads(line)["text"]).lower()
            for name in ("timeline_cases.jsonl", "real_timeline.jsonl")
            for line in (_DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("kind", ["hafter", "named", "hbefore", "holidaynames"])
def test_the_stored_holiday_gates_cover_the_grammar(kind: str) -> None:
    pattern = _PATTERNS.get(kind, "(?:" + grammar.HOLIDAY_NAMES + ")")
    derived = necessary(pattern)
    assert derived is not None, kind
    assert covered(derived, HOLIDAY_NEEDS[kind]), (
        f"{kind}: the holiday words changed; run bench/gen_needs.py",
        sorted(w for w in derived if not any(g in w for g in HOLIDAY_NEEDS[kind]))[:10])


def test_every_labelled_holiday_match_passes_its_gate() -> None:
    """Every tuning text that a holiday alternative (or ``HOLIDAY_NAMES`` inside ``weekafter``)
    matches with the gate off still matches with it on: the gate's bit is held."""
    texts = _labelled_texts()
    assert len(texts) > 1000
    kinds = ("hafter", "named", "hbefore")
    alone = {kind: re.compile(grammar.LEAD + "(?:" + _PATTERNS[kind] + ")") for kind in kinds}
    names = re.compile(r"(?<!\w)(?:" + grammar.HOLIDAY_NAMES + r")")
    seen = dict.fromkeys((*kinds, "holidaynames"), 0)
    for text in texts:
        held = kinds_held(text)
        for kind in kinds:
            if alone[kind].search(text):
                seen[kind] += 1
                assert held & bit_of(kind), (kind, text[:200])
        if names.search(text):
            seen["holidaynames"] += 1
            assert held & HOLIDAY_NAMES_BIT, text[:200]
    assert all(count >= 5 for count in seen.values()), seen  # the check checked something


@pytest.mark.parametrize("text", [
    "we decide the week after and write to you", "la semana siguiente a la reunión",
    "the week after the panel on 3 may", "de week na het gesprek", "uken etter møtet",
])
def test_week_after_reads_the_same_without_the_holiday_names(text: str) -> None:
    """Where the text holds no holiday word, ``scan`` tries ``weekafter`` with its holiday
    look-aheads as "(?!)"; it finds what ``time_re()`` finds."""
    assert not kinds_held(text) & HOLIDAY_NAMES_BIT, text
    found = [(m.span(), grammar.kind_of(m)) for m in scan.finditer(text)]
    assert found == [(m.span(), grammar.kind_of(m)) for m in grammar.time_re().finditer(text)]
    assert any(kind == "weekafter" for _, kind in found), found


def test_a_holiday_across_a_line_break_passes_the_gate() -> None:
    # the copy ``kinds_held`` reads has one space for each run ("may\\s+day" spans a line)
    held = kinds_held("we reply after the may\n  day holiday")
    assert held & bit_of("hafter") and held & HOLIDAY_NAMES_BIT
    assert not kinds_held("we reply after the interview") & bit_of("hafter")


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"a(?:b|c)d", {"abd", "acd"}),
    (r"may\s+day", {"may day"}),
    (r"(?:foo)?barn", {"barn"}),
    (r"\bf(?:ê|e)tes\b|holidays?", {"fêtes", "fetes", "holiday"}),
    (r"(?:x|y)\s*\d+", {"x", "y"}),
    (r"after|\d+", None),
    (r"(?:the\s+)?", None),
])
def test_necessary_reads_the_literals_every_match_holds(pattern: str,
                                                        expected: set[str] | None) -> None:
    derived = necessary(pattern)
    assert (None if derived is None else set(minimal(derived))) == expected
