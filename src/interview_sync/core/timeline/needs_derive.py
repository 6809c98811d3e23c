"""Reading a pattern's literal gate off its parse tree: the words one of which every match holds.

Owns ``necessary`` (pattern → literals, or None when some match can hold none of them) and
``covered`` (whether a gate's literals stand for a derived set). Why (issue #15, round 23,
memory): ``needs.NEEDS`` is written by hand, which is fine for a month or a week word, but the
holiday alternatives (``hafter``, ``named``, ``hbefore``, and the holiday look-ahead of
``weekafter``) name some 700 holidays in 40 languages; their literals are derived here, written
to ``needs_holidays`` by ``bench/gen_needs.py``, and tests/core/test_timeline_needs.py derives
them again and checks the stored table still covers the grammar. Parsing the holiday
alternatives takes seconds on the shared machine, so nothing at run time imports this module.

Theory: a sequence's match holds the match of each of its mandatory parts, so any one part's
literals will do (the longest and fewest are taken); an alternation's match is one branch's, so
it needs the union of theirs; a run of fixed characters (a word, "f(?:ê|e)tes") is its own
literal, spelled every way it can be (a few). Optional parts, classes of many characters,
look-arounds and back references give nothing; a branch giving nothing makes the whole None.
"""

from __future__ import annotations

import re._constants as sre  # type: ignore[import-not-found]  # (no stubs: private)
import re._parser as sre_parse  # type: ignore[import-not-found]
from typing import Any

__all__ = ["covered", "minimal", "necessary"]

_MAX_SPELLINGS = 48  # a fixed run's spellings ("(?:é|e)" doubles them): beyond, not worth it


def necessary(pattern: str) -> frozenset[str] | None:
    """Literals one of which every match of ``pattern`` holds, or None if none can be found."""
    return _sequence(list(sre_parse.parse(pattern)))


def minimal(words: frozenset[str]) -> tuple[str, ...]:
    """``words`` without those holding another of them (which that one stands for), sorted."""
    kept: list[str] = []
    for word in sorted(words, key=lambda w: (len(w), w)):
        if not any(short in word for short in kept):
            kept.append(word)
    return tuple(sorted(kept))


def covered(derived: frozenset[str], gate: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether every derived literal holds one of ``gate``'s: then a text holding none of the
    gate's holds none of the derived ones, and cannot match."""
    return all(any(word in literal for word in gate) for literal in derived)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    # the rarer gate: its shortest literal longest, then the fewest literals
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: set[str] | None = {""}
    for op, av in items:
        exact = _exact(op, av)
        if exact is not None and run is not None and len(run) * len(exact) <= _MAX_SPELLINGS:
            run = {a + b for a in run for b in exact}
            continue
        best = _better(best, _run_literals(run))
        run = set(exact) if exact is not None else {""}
        if exact is None:
            best = _better(best, _needed(op, av))
    return _better(best, _run_literals(run))


def _run_literals(run: set[str] | None) -> frozenset[str] | None:
    # a space at either end may be the text's edge, which ``needs.kinds_held``'s normalised copy
    # strips: a literal keeps only its inner spaces (one for every run of them)
    words = {" ".join(spelling.split()) for spelling in run or ()}
    if not words or "" in words:
        return None
    return frozenset(words)


def _needed(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            words = _sequence(list(branch))
            if words is None:
                return None
            found |= words
        return frozenset(found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    return None


def _exact(op: Any, av: Any) -> set[str] | None:
    """Every string ``op`` can match, when they are few and fixed ("e", "é"; "", "s")."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        if av == [(sre.CATEGORY, sre.CATEGORY_SPACE)]:
            return {" "}  # one space in ``kinds_held``'s copy, where every run of them is one
        if any(o is not sre.LITERAL for o, _ in av) or len(av) > 4:
            return None
        return {chr(a) for _, a in av}
    if op is sre.SUBPATTERN:
        return _exact_sequence(list(av[-1]))
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            words = _exact_sequence(list(branch))
            if words is None:
                return None
            found |= words
        return found if len(found) <= _MAX_SPELLINGS else None
    if op is sre.MAX_REPEAT and list(av[2]) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]:
        return {" "} if av[0] >= 1 else {"", " "}  # "\\s+", "\\s*": one space, or none
    if op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
        once = _exact_sequence(list(av[2]))
        return None if once is None else {"", *once}
    return None


def _exact_sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    found = {""}
    for op, av in items:
        exact = _exact(op, av)
        if exact is None or len(found) * len(exact) > _MAX_SPELLINGS:
            return None
        found = {a + b for a in found for b in exact}
    return found
