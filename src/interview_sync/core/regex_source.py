"""Reading a regular expression's source text: where its top-level branches split and where a
group closes.

Owns ``top_branches`` and ``group_end``, shared by detection's literal gates
(``core/detect/gate.py``) and the timeline's first-character grouping
(``core/timeline/factor.py``). Both need the same walk: skip escapes, skip character classes (a
leading ``]`` or ``^]`` is a member, not the end), and count parentheses.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["group_end", "top_branches"]


def _marks(source: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """Each ``(``, ``)`` and ``|`` outside escapes and classes, with its index; a last ``[``
    at ``len(source)`` when a class is left open."""
    index, in_class = start, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[index + 1:index + 2] == "^":
                index += 1
            if source[index + 1:index + 2] == "]":
                index += 1
        elif char in "()|":
            yield index, char
        index += 1
    if in_class:
        yield len(source), "["


def top_branches(source: str) -> list[str] | None:
    """``source`` cut at its top-level ``|``, or None when its groups or classes do not balance."""
    parts, depth, start = [], 0, 0
    for index, char in _marks(source):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "[":
            return None
        elif depth == 0:
            parts.append(source[start:index])
            start = index + 1
    parts.append(source[start:])
    return parts if depth == 0 else None


def group_end(pattern: str, at: int) -> int:
    """The index of the ``)`` that closes the group opened at ``at`` (``len(pattern)`` if none)."""
    depth = 0
    for index, char in _marks(pattern, at):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return len(pattern)
