"""Detection's speed gates: long alternations tried only where the text can match them.

Owns ``SplitPattern`` (a case-insensitive alternation searched with only the alternatives whose
literals the text holds), ``RowsGated`` (a ``SplitPattern`` behind the one-pass scan of its own
rows' literals: a word table's search), ``LiteralGated`` and ``fold_lower``; the one-pass
literal finder they stand on, ``Stems``, lives in ``core/literals.py`` (the timeline uses it
too). Pure; no I/O.

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

import functools
import re
from collections.abc import Iterable, Iterator
from importlib import import_module
from typing import Any

from interview_sync.core.bounds import DETECT_WINDOW
from interview_sync.core.literals import Stems
from interview_sync.core.regex_source import top_branches
from interview_sync.core.timeline.factor import branches, first_chars, grouped

__all__ = ["LiteralGated", "RowsGated", "SplitPattern", "WholeGated", "first_char_grouped",
           "fold_lower"]

_NEVER = re.compile(r"(?!)")


class SplitPattern:
    """An alternation of ``(alternative, "lit1|lit2")`` rows: ``search`` answers as the whole
    alternation's ``search`` would, trying only the alternatives one of whose literals (lower
    case; each alternative cannot match without one) the caller found in the text. A row with
    no literals ("") is always tried."""

    __slots__ = ("_alternatives", "_always", "_cache", "_flags", "_stems")
    _CACHE = 256  # distinct sets of literals seen; a calendar meets a handful

    def __init__(self, rows: Iterable[tuple[str, str]], flags: int = re.IGNORECASE) -> None:
        # Two parallel tuples, each row's literals a tuple: the daemon holds ~4,000 rows for
        # its life, and a frozenset of one literal costs 216 bytes where a tuple costs 48 (a
        # row's tuple 56 more); the soak's memory line is what this saves for (round 18).
        alternatives: list[str] = []
        stems_of: list[tuple[str, ...]] = []
        for alternative, stems in rows:
            alternatives.append(alternative)
            stems_of.append(tuple(dict.fromkeys(s for s in stems.split("|") if s)))
        self._alternatives = tuple(alternatives)
        self._stems = tuple(stems_of)
        self._always = not all(self._stems)
        self._flags = flags
        self._cache: dict[frozenset[str], re.Pattern[str]] = {}

    def source(self) -> str:
        """The whole alternation, every row in order (what ``search`` answers as)."""
        return "|".join(self._alternatives)

    def pattern_for(self, held: frozenset[str]) -> re.Pattern[str]:
        """The alternation of the rows, in their order, that need one of ``held``."""
        found = self._cache.get(held)
        if found is None:
            kept = [alternative for alternative, stems in zip(self._alternatives, self._stems,
                                                              strict=True)
                    if not stems or not held.isdisjoint(stems)]
            found = re.compile("|".join(kept), self._flags) if kept else _NEVER
            if len(self._cache) >= self._CACHE:
                self._cache.clear()  # bounded: odd texts cannot grow it without end
            self._cache[held] = found
        return found

    def search(self, held: frozenset[str], text: str) -> re.Match[str] | None:
        if not held and not self._always:
            return None
        return self.pattern_for(held).search(text)


# ---------------------------------------------------------------------- literal gates for regexes

# The characters ``re`` matches to an ASCII letter case-insensitively whose ``str.lower`` is not
# that letter: dotless i and long s (lookalikes' tests check all of Unicode), and dotted capital
# I, whose full lower case is two characters ("i" and a combining dot) where ``re`` uses the
# simple one ("i"): "HİRİNG" matches ``hiring`` but its ``lower()`` does not hold "hiring".
# A combining dot (U+0307) already in the text is dropped too ("VI\u0307ZE"): a gate may only err
# towards letting text through.
_FOLD = str.maketrans({"ı": "i", "ſ": "s", "İ": "i", "\u0307": ""})


class RowsGated:
    """A ``SplitPattern`` of (alternative, literal) rows searched only where the text, folded as
    ``fold_lower`` folds it, holds one of the rows' literals (``lexicon.table_rows`` gives the
    rows of a word table: ``rules``' step words, ``selection``'s)."""

    __slots__ = ("gate", "split")

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        rows = tuple(rows)
        self.gate = Stems(sorted({literal for _, literal in rows}))
        self.split = SplitPattern(rows)

    def search(self, text: str) -> re.Match[str] | None:
        return self.split.search(self.gate.held(fold_lower(text)), text) if text else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where each match lies, left to right (``finditer``'s spans)."""
        held = self.gate.held(fold_lower(text)) if text else frozenset()
        if not held:
            return []
        return [m.span() for m in self.split.pattern_for(held).finditer(text)]


def fold_lower(text: str) -> str:
    """``text`` lower-cased so that it holds an ASCII literal wherever ``re`` would match that
    literal case-insensitively."""
    if text.isascii():
        return text.lower()
    return _fold_seen(text) if len(text) <= _FOLD_MEMO_CHARS else text.translate(_FOLD).lower()


# Every gated pattern folds the same title and description again, and ``translate`` with a table
# costs ~40 ns a character (0.3 ms for a non-Latin description of 8 kB, a dozen times per event):
# the last few are kept. Only texts up to the detection window are kept (memory stays small).
_FOLD_MEMO_CHARS = 2 * DETECT_WINDOW


@functools.lru_cache(maxsize=16)
def _fold_seen(text: str) -> str:
    return text.translate(_FOLD).lower()


_MIN_STEM = 2  # a one-letter literal is in nearly every text: no gate


def _required(seq: Any) -> frozenset[str] | None:
    """Lower-case ASCII literals one of which every match of the parsed ``seq`` holds (the most
    selective such set found), or None."""
    c = import_module("re._constants")  # the parser's opcodes (private, stable since 3.11)
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and min(map(len, found)) >= _MIN_STEM and (
                best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    run: list[str] = []
    for op, av in [*seq, (None, None)]:
        if op is c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        consider(frozenset({"".join(run)}) if run else None)
        run = []
        if op is c.SUBPATTERN:
            consider(_required(av[3]))
        elif op is c.BRANCH:
            items = [_required(item) for item in av[1]]
            consider(None if any(x is None for x in items)
                     else frozenset().union(*items))  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required(av[2]))
    return best


def _branch_literals(pattern: re.Pattern[str]) -> list[tuple[str, frozenset[str]]] | None:
    """Each top-level alternative of ``pattern`` with the literals it cannot match without
    (``_required``; empty when it has none), or None when the pattern cannot be read so (an
    unbalanced pattern, one the parser refuses, a literal set holding "|")."""
    parser = import_module("re._parser")  # ``re``'s own parser (private, as above)
    parts = top_branches(pattern.pattern)
    if parts is None:
        return None
    rows: list[tuple[str, frozenset[str]]] = []
    for part in parts:
        try:
            found = _required(parser.parse(part, pattern.flags & ~re.UNICODE))
        except Exception:  # anything the analysis does not understand: search it whole
            return None
        if found is not None and any("|" in s for s in found):
            return None
        rows.append((part, found or frozenset()))
    return rows


class WholeGated:
    """``pattern.search`` and ``finditer`` behind one test, for a pattern met on many different
    short texts (a guest's name, a title): when the text holds none of the literals its
    alternatives cannot match without (``_required``), nothing is searched; otherwise the whole
    pattern is, as it is (no subset compiled per set of literals held, as ``LiteralGated``
    does: on texts that vary, each new subset would cost a compile). A pattern with an
    alternative that needs no literal, or that the analysis cannot read, is always searched.
    Answers exactly as the pattern (tests/core/test_detect_gate_whole.py). Round 11: the
    first look at a new interview's guests and title ran ~10 such patterns of 100-900
    characters over every position of each name (4-14 µs each; ~0.3 µs behind the gate)."""

    __slots__ = ("gate", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        rows = _branch_literals(pattern)
        self.gate: Stems | None = None
        if rows is not None and rows and all(stems for _, stems in rows):
            self.gate = Stems(s for _, stems in rows for s in stems)

    def can_match(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in ``text``."""
        return self.gate is None or self.gate.found_in(fold_lower(text))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.can_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.can_match(text) else iter(())

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text) if self.can_match(text) else None


def _case_key(char: str) -> str:
    """The group a first character belongs to in a case-insensitive pattern: its lower case,
    or for a letter ``re`` gives extra equivalents ("ſ" = "s", "ς" = "σ", "ı" = "i": the table
    ``re._casefix``) the least of them, so that the letters ``re`` matches to each other share a
    group and no text character can enter two groups; "" when that cannot be said (a lower
    case of two characters, or no table): the branch then goes in every group.
    tests/core/test_detect_gate_whole.py checks both over all of Unicode for the keys in use."""
    key = char.lower()
    if len(key) != 1:
        return ""
    if char.isascii() and char not in "iskISK":
        return key
    fixes = _ignorecase_fixes()
    if fixes is None:
        return "" if not char.isascii() else key
    return chr(min((ord(key), *fixes.get(ord(key), ()))))


@functools.cache
def _ignorecase_fixes() -> dict[int, Any] | None:
    """``re``'s extra case-insensitive equivalences (``re._casefix``, private, since 3.11),
    or None (then only ASCII first characters are keyed)."""
    try:
        fixes = getattr(import_module("re._casefix"), "_EXTRA_CASES", None)
    except ImportError:
        return None
    return fixes if isinstance(fixes, dict) else None


def first_char_grouped(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` (an alternation) with its branches grouped under a
    look-ahead for their first character, as ``timeline.factor.by_first_char`` does, so a
    position meets a handful of tests instead of every branch: it matches what the plain
    pattern matches, with the same branch winning. Round 11: the description's hiring words
    (~80 branches, searched over each interview's description twice) cost ~110 µs a labelled
    description, ~26 µs grouped.

    Case-insensitive patterns: a branch's first characters are keyed as ``_case_key`` says (the
    look-ahead is case-insensitive too), so that the groups still exclude each other; a branch
    that may begin with anything else is in every group and in a last one of its own. A
    pattern with groups is compiled plain (a branch in several groups would number its groups
    twice)."""
    folded = bool(flags & re.IGNORECASE)
    rows: list[tuple[str, set[str] | None]] = []
    for branch in branches(source):
        chars = first_chars(branch)
        if chars is not None and folded:
            cased = {_case_key(c) for c in chars}
            chars = None if "" in cased else cased
        rows.append((branch, chars))
    pattern = re.compile(grouped(rows), flags)
    return pattern if not pattern.groups else re.compile(source, flags)


class LiteralGated:
    """``pattern.search`` behind a gate derived from the pattern itself: each top-level
    alternative is parsed for literals a match cannot lack (``_required``); a text holding none
    of an alternative's literals skips it, and one holding none at all skips the regex. An
    alternative with no such literal is always tried. Answers exactly as ``pattern.search``
    (tests/core/test_detect_gate.py checks it on generated text); any pattern the analysis
    does not understand is searched whole."""

    __slots__ = ("_split", "gate", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        parser = import_module("re._parser")  # ``re``'s own parser (private, as above)
        self.pattern = pattern
        self.gate: Stems | None = None
        self._split: SplitPattern | None = None  # both set, or neither: search it whole
        parts = top_branches(pattern.pattern)
        if parts is None or pattern.groups:  # group numbers would shift in a subset
            return
        rows: list[tuple[str, str]] = []
        for part in parts:
            try:
                found = _required(parser.parse(part, pattern.flags & ~re.UNICODE))
            except Exception:  # anything the analysis does not understand: search it whole
                return
            if found is not None and any("|" in s for s in found):
                return
            # An alternative without a literal is tried on every text (``SplitPattern``).
            rows.append((part, "|".join(sorted(found or ()))))
        if all(not stems for _, stems in rows):
            return  # nothing to gate on
        self.gate = Stems(s for _, stems in rows for s in stems.split("|") if s)
        self._split = SplitPattern(rows, pattern.flags)

    def search(self, text: str) -> re.Match[str] | None:
        if self.gate is None or self._split is None:
            return self.pattern.search(text)
        return self._split.search(self.gate.held(fold_lower(text)), text)
