"""Every word of the grammar passes its kind's literal gate (``timeline.needs.NEEDS``).

``NEEDS`` is read off the grammar by hand; a word added to an alternative and missing from its
kind's literals would be gated out silently ("le jour même" was, until round 6). This test
writes, for every gated kind, phrases that between them take every branch of every alternation
of its pattern at least once (``_cover``), keeps those the kind's own pattern matches, and
checks the gate lets each through: so a grammar word with no literal fails here, naming it.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

import pytest

from interview_sync.core.timeline import grammar
from interview_sync.core.timeline.needs import NEEDS, bit_of, kinds_held

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
