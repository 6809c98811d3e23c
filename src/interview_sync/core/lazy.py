"""An interview whose costly details are found when first read, not when it is detected.

Owns ``LazyInterview``: an ``Interview`` (a subclass, equal to and hashing like the eager one)
built with everything read straight off the event (identity, times, title, place, confidence)
and, for ``company``, ``role``, ``stage``, ``people`` and ``reasons``, a function that finds
them. The first read of any of the five runs it once and fills all five in; nothing else changes.
``pending`` gives what is needed to find them again in another process (the bounded event and
what detection was told), for the state store to keep until then.

Why (issue #15, first-sync speed): a first sync detects every interview of a calendar, but only
those that something is due for (ended within the backfill, or already acted on) are planned
in that cycle; the others' people and employer (about half of detection's time for an
interview: ~0.25 ms each) are read later, if at all (``status``, the note, the drafts when the
interview ends). Pure: no I/O; the function is detection's (``detect.later``).

Theory of operation: the five fields are slots left unset, so reading one raises inside the
slot and Python falls back to ``__getattr__``, which fills them in. ``dataclasses.replace``,
equality, hashing, ``repr`` and the codec read every field, so each of them finishes the
interview first and sees exactly what eager extraction gives.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from interview_sync.core.model import Interview

__all__ = ["LAZY_FIELDS", "LazyInterview", "pending"]

LAZY_FIELDS = ("company", "role", "stage", "people", "reasons")
_LAZY = frozenset(LAZY_FIELDS)


class LazyInterview(Interview):
    """An ``Interview`` whose ``LAZY_FIELDS`` are found on first read (see the module)."""

    __slots__ = ("_finder", "_recipe")

    @classmethod
    def later(cls, frame: Mapping[str, Any], finder: Callable[[], Mapping[str, Any]],
              recipe: Mapping[str, Any], *, confidence: float, unsure: bool,
              cancelled: bool = False) -> LazyInterview:
        """An interview with ``frame``'s fields now and ``finder()``'s (the ``LAZY_FIELDS``)
        on first read; ``recipe`` is what ``pending`` gives until then."""
        made = object.__new__(cls)
        for name, value in frame.items():
            object.__setattr__(made, name, value)
        object.__setattr__(made, "cancelled", cancelled)
        object.__setattr__(made, "confidence", confidence)
        object.__setattr__(made, "unsure", unsure)
        object.__setattr__(made, "_finder", finder)
        object.__setattr__(made, "_recipe", recipe)
        made.__post_init__()
        return made

    def __getattr__(self, name: str) -> Any:
        # Only reached when a slot is unset: one of the five before they were found (or, for an
        # instance built by ``replace``, the two private slots, which then mean "nothing left").
        if name not in _LAZY:
            if name in ("_finder", "_recipe"):
                return None
            raise AttributeError(name)
        finder = self._finder
        if finder is None:  # (cannot happen: the five are set whenever the finder is gone)
            raise AttributeError(name)
        found = finder()
        for field in LAZY_FIELDS:
            object.__setattr__(self, field, found[field])
        object.__setattr__(self, "_finder", None)
        object.__setattr__(self, "_recipe", None)
        return found[name]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Interview):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _FIELDS)

    def __hash__(self) -> int:
        return Interview.__hash__(self)

    def __repr__(self) -> str:
        shown = Interview.__repr__(self)
        return "Interview" + shown[shown.index("("):]


_FIELDS = tuple(Interview.__dataclass_fields__)


def pending(interview: Interview) -> Mapping[str, Any] | None:
    """What finding ``interview``'s details still needs (``LazyInterview.later``'s recipe), or
    None when they are known (any eager interview, or a lazy one already read)."""
    if type(interview) is not LazyInterview:
        return None
    recipe: Mapping[str, Any] | None = interview._recipe
    return recipe
