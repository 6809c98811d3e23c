"""Finding time expressions fast: ``grammar.time_re()``'s matches, without its cost.

Owns ``finditer``, ``match`` and ``search``, which answer exactly as the same methods of
``time_re()`` do, and ``match_date``, ``match`` that prefers the date told after a weekday.
Why: ``time_re()`` tries its ~45 alternatives, each with nested optional parts, at every place a
word starts (15-30 µs a word on the shared machine), and most words ("thanks",
"your", "process") can start none of them. ``grammar.STARTS`` lists the two characters each
alternative can begin with, so one cheap literal scan finds the few places worth trying, and at
each only the alternatives that can begin there are tried, in ``time_re()``'s order (the same one
wins, with the same span). Each alternative is its own pattern, compiled the first time it is
tried (all of them cost about what ``time_re()`` does; one pattern per start would cost ten times
that).

Exactness: every match ``time_re()`` finds starts where ``grammar.LEAD`` allows, with a first
character and a second (a letter, or none: "_") that ``STARTS`` lists for its kind
(tests/core/test_timeline_scan.py derives ``STARTS`` from the patterns and compares the scans).
The patterns share their group names with ``time_re()``, though each holds only its own
alternative's groups: read a group only for the kind that matched (``grammar.kind_of``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from interview_sync.core.timeline.grammar import (
    ALTERNATIVES,
    HOLIDAY_NAMES,
    LEAD,
    STARTS,
    kind_of,
)
from interview_sync.core.timeline.needs import HOLIDAY_NAMES_BIT, bit_of, kinds_held
from interview_sync.core.timeline.needs_holidays import HOLIDAY_NEEDS

__all__ = ["finditer", "match", "match_date", "search"]

_KINDS = tuple(re.match(r"\(\?P<(\w+)>", alt).group(1)  # type: ignore[union-attr]
               for alt in ALTERNATIVES)


def _alternatives_by_start() -> dict[str, tuple[int, ...]]:
    by_start: dict[str, list[int]] = {}
    for index, kind in enumerate(_KINDS):
        for start in STARTS[kind].split():
            by_start.setdefault(start, []).append(index)
    return {start: tuple(indices) for start, indices in by_start.items()}


_BY_START = _alternatives_by_start()


def _start_scan() -> re.Pattern[str]:
    """A digit, or a first letter followed by a second one some alternative can begin with (or
    by no letter, for the "_" starts); it consumes one character, so no start hides another."""
    seconds: dict[str, set[str]] = {}
    for start in _BY_START:
        if start != "0":
            seconds.setdefault(start[0], set()).add(start[1])
    branches = [r"\d"]
    for first, following in sorted(seconds.items()):
        letters = "".join(sorted(c for c in following if c != "_"))
        options = ([f"(?=[{re.escape(letters)}])"] if letters else []) + (
            [r"(?![^\W\d_])"] if "_" in following else [])
        branches.append(re.escape(first) + "(?:" + "|".join(options) + ")")
    return re.compile(LEAD + "(?:" + "|".join(branches) + ")")


_START_RE = _start_scan()


@functools.cache
def _alternative(index: int, named: bool = True) -> re.Pattern[str]:
    pattern = ALTERNATIVES[index]
    if not named:
        # round 23: a text holding none of ``HOLIDAY_NAMES``' literals (``needs``) cannot match
        # them anywhere, so "(?!)" (nothing) answers as they do, in a look-ahead too
        # (``weekafter``'s "not when a holiday follows"); ~0.8 MB not compiled
        pattern = pattern.replace(HOLIDAY_NAMES, "(?!)")
    return re.compile(LEAD + "(?:" + pattern + ")")


# the alternatives holding ``HOLIDAY_NAMES`` as a part (``weekafter``); those gated on holiday
# words as a whole (``hafter``) keep one pattern: two would both stay compiled
_NAMES_INSIDE = frozenset(i for i, alt in enumerate(ALTERNATIVES)
                          if HOLIDAY_NAMES in alt and _KINDS[i] not in HOLIDAY_NEEDS)


def _key(text: str, at: int, endpos: int) -> str:
    """The start at ``at`` as ``grammar.STARTS`` writes it: "0", "th", "a_", or after "the "
    (the commonest word, which ~25 alternatives can start with) "the+" and the next word's
    first character ("the+w": "the week of", "the+0": "the 15th")."""
    first = text[at]
    if first.isdecimal():
        return "0"
    second = text[at + 1] if at + 1 < endpos else ""
    if (second == "h" and first == "t" and at + 3 < endpos and text[at + 2] == "e"
            and text[at + 3].isspace()):
        after = at + 4
        while after < endpos and text[after].isspace():
            after += 1
        following = text[after] if after < endpos else ""
        return "the+" + ("0" if following.isdecimal() else following if following.isalpha()
                         else "_")
    return first + (second if second.isalpha() else "_")


# by start and the text's gate mask (``needs.kinds_held``), filled as they are met: the
# alternatives to try there, in ``time_re()``'s order, those whose words the text lacks left out
# (a mask holds one bit per gated kind: texts share a few dozen masks; the table is bounded).
_TRIES: dict[tuple[str, int], tuple[re.Pattern[str], ...]] = {}
_MAX_TRIES = 8192
_BITS = tuple(bit_of(kind) for kind in _KINDS)


def _tries(key: str, held: int) -> tuple[re.Pattern[str], ...]:
    found = _TRIES.get((key, held))
    if found is None:
        named = bool(held & HOLIDAY_NAMES_BIT)
        found = tuple(_alternative(i, named or i not in _NAMES_INSIDE)
                      for i in _BY_START.get(key, ()) if _BITS[i] & held)
        if len(_TRIES) >= _MAX_TRIES:
            _TRIES.clear()
        _TRIES[key, held] = found
    return found


# ... and by the start's first two characters as written (all but "th", whose key reads on to
# the next word): ``_key`` and ``_tries`` in one look-up, the commonest path (round 8); one table
# per gate mask, so a scan picks its table once and looks up each start by its two characters
# alone (round 11: no key tuple built and hashed at every start).
_BY_PAIR: dict[int, dict[str, tuple[re.Pattern[str], ...]]] = {}


def _pairs(held: int) -> dict[str, tuple[re.Pattern[str], ...]]:
    table = _BY_PAIR.get(held)
    if table is None:
        if len(_BY_PAIR) >= _MAX_MASKS:
            _BY_PAIR.clear()
        table = _BY_PAIR[held] = {}
    elif len(table) >= _MAX_TRIES:
        table.clear()
    return table


_MAX_MASKS = 256


def _match_at(text: str, at: int, endpos: int, held: int,
              pairs: dict[str, tuple[re.Pattern[str], ...]]) -> re.Match[str] | None:
    pair = text[at:at + 2] if at + 2 <= endpos else text[at:endpos]
    tries = pairs.get(pair) if pair != "th" else None
    if tries is None:
        tries = _tries(_key(text, at, endpos), held)
        if pair != "th":
            pairs[pair] = tries
    for pattern in tries:
        found = pattern.match(text, at, endpos)
        if found is not None:  # the first alternative that matches, as in an alternation
            return found
    return None


def finditer(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``time_re().finditer(text, pos, endpos)``: every time expression, left to right."""
    end = len(text) if endpos is None else min(endpos, len(text))
    held = kinds_held(text[pos:end])
    pairs = _pairs(held)
    taken = pos
    for start in _START_RE.finditer(text, pos, end):
        at = start.start()
        if at < taken:
            continue
        found = _match_at(text, at, end, held, pairs)
        if found is not None:
            taken = found.end()
            yield found


def match(text: str, pos: int = 0) -> re.Match[str] | None:
    """``time_re().match(text, pos)``: the time expression starting right at ``pos``, if any."""
    if pos >= len(text) or _START_RE.match(text, pos) is None:
        return None
    held = kinds_held(text[pos:])
    return _match_at(text, pos, len(text), held, _pairs(held))


_WEEKDAY_KINDS = frozenset({"wday", "wdayx"})
_GAP_RE = re.compile(r"[\s,]*")


def match_date(text: str, pos: int = 0) -> re.Match[str] | None:
    """``match``, but where a weekday is followed by its date ("Monday, October 7", "lunedì 18
    gennaio", "vrijdag 6 maart"), the date: the more specific of the two, which every reader of
    a day the text gives wants."""
    day = match(text, pos)
    if day is not None and kind_of(day) in _WEEKDAY_KINDS:
        gap = _GAP_RE.match(text, day.end())
        day = match(text, gap.end() if gap else day.end()) or day
    return day


def search(text: str, pos: int = 0) -> re.Match[str] | None:
    """``time_re().search(text, pos)``: the first time expression at or after ``pos``."""
    return next(finditer(text, pos), None)
