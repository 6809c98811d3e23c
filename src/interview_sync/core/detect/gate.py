"""Detection's speed gates: which of many literals a text holds, found in one pass.

Owns ``Stems`` (does a lower-cased text hold any of a set of literals, and which) and
``SplitPattern`` (a case-insensitive alternation searched with only the alternatives whose
literals the text holds). Pure; no I/O.

Why: nearly every event on a calendar is an ordinary meeting, and detection lets it out after
checking that its title, place and description hold none of the hiring vocabulary's literals
(``rules.prefilter_match``); a hiring event then meets a few hundred look-alike alternatives
(``lookalikes``). Testing fifty literals with ``in`` one by one cost 15 µs on a 170-character
description and 90 µs on 2,200 characters; ``re`` tried every alternative of a 180-phrase
look-alike pattern at every position of a title (0.3 ms on each interview's title). An
Aho-Corasick automaton (the ``ahocorasick-rs`` library, Rust) finds every literal in one pass
over the text, about 1 µs for a description of 170 characters and 8 µs for 2,200.

The gates never change an answer: ``Stems.found_in`` is ``any(s in text for s in literals)``,
and ``SplitPattern.search`` returns what the whole alternation's ``search`` returns, because an
alternative whose every literal is missing cannot match anywhere in the text, so dropping it
changes neither the leftmost position nor which alternative wins there (each table's literals
are checked against its alternatives by tests/core/test_detect_lookalikes.py and
tests/core/test_detect_prefilter.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ahocorasick_rs import MATCHKIND_STANDARD, AhoCorasick

__all__ = ["SplitPattern", "Stems"]

_NEVER = re.compile(r"(?!)")


class Stems:
    """Whether (and which of) a set of lower-case literals a lower-cased text holds."""

    __slots__ = ("_automaton", "_every", "literals")

    def __init__(self, literals: Iterable[str]) -> None:
        unique = {w for w in literals if w}
        self._every = tuple(sorted(unique))
        # A literal that contains another is redundant for ``found_in`` (the shorter one is in
        # the text whenever the longer is); ``held`` still reports both.
        self.literals = tuple(w for w in self._every if not any(o != w and o in w for o in unique))
        self._automaton = AhoCorasick(list(self._every), matchkind=MATCHKIND_STANDARD) \
            if unique else None

    def found_in(self, lowered: str) -> bool:
        """``any(literal in lowered for literal in self.literals)``, in one pass."""
        if self._automaton is None:
            return False
        return bool(self._automaton.find_matches_as_indexes(lowered))

    def held(self, lowered: str) -> frozenset[str]:
        """Every literal ``lowered`` holds (overlapping ones included)."""
        if self._automaton is None:
            return frozenset()
        every = self._every
        return frozenset(every[i] for i, _, _ in
                         self._automaton.find_matches_as_indexes(lowered, overlapping=True))


class SplitPattern:
    """An alternation of ``(alternative, "lit1|lit2")`` rows: ``search`` answers as the whole
    alternation's ``search`` would, trying only the alternatives one of whose literals (lower
    case; each alternative cannot match without one) the caller found in the text."""

    __slots__ = ("_cache", "_flags", "_rows")
    _CACHE = 256  # distinct sets of literals seen; a calendar meets a handful

    def __init__(self, rows: Iterable[tuple[str, str]], flags: int = re.IGNORECASE) -> None:
        self._rows = tuple((alternative, frozenset(stems.split("|")))
                           for alternative, stems in rows)
        self._flags = flags
        self._cache: dict[frozenset[str], re.Pattern[str]] = {}

    def pattern_for(self, held: frozenset[str]) -> re.Pattern[str]:
        """The alternation of the rows, in their order, that need one of ``held``."""
        found = self._cache.get(held)
        if found is None:
            kept = [alternative for alternative, stems in self._rows if stems & held]
            found = re.compile("|".join(kept), self._flags) if kept else _NEVER
            if len(self._cache) >= self._CACHE:
                self._cache.clear()  # bounded: odd texts cannot grow it without end
            self._cache[held] = found
        return found

    def search(self, held: frozenset[str], text: str) -> re.Match[str] | None:
        return self.pattern_for(held).search(text) if held else None
