"""Size limits on a Calendar event resource before anything reads it.

Owns ``bound_event``: a copy of one Events resource (the JSON dict) in which every string is cut
to ``MAX_FIELD`` characters (the description to ``MAX_DESCRIPTION``), every list to
``MAX_ITEMS`` entries (the guest marked ``self`` is always kept) and nesting to ``MAX_DEPTH``
levels. Pure and total.

Why: anyone can put an event on the user's calendar, and detection's cost grows with the length
of the title, names and location (about 1.7 s per MB before this existed). A real title, display
name or room is far below 1,000 characters, so the cut changes nothing a person wrote and bounds
what a stranger can make the daemon spend (``bench/bench_hostile.py`` measures the worst case).
The description keeps twice what Google Calendar lets a person type (about 8,192 characters,
per Nylas's note on provider limits: support.nylas.com, "Event Description Limits in Google
Calendar and Microsoft Exchange"); only an imported or API-written event is longer, and 100 kB
of tag-dense HTML costs detection about 80 ms. An event with more than 500 guests is a town
hall, not an interview; the first 500 are read. It is applied where a resource enters the
program (``google.calendar``), so every later reader (detection, status, the note) sees the
bounded copy.

Speed: nearly every event already fits, and copying each one cost a first sync of 10,000 events
about a third of its time over a bare paging loop; so ``bound_event`` first checks whether the
event fits (one walk, no allocation) and returns it as it is when it does. Callers treat events as
read-only either way.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DETECT_WINDOW", "MAX_DEPTH", "MAX_DESCRIPTION", "MAX_FIELD", "MAX_ITEMS",
           "bound_event"]

MAX_FIELD = 1_000  # characters of a title, name, location, address or id
MAX_DESCRIPTION = 16_384  # characters: twice Google Calendar's ~8,192 for a typed description
# Characters of a description detection reads (the first ones): everything Google Calendar lets
# a person type (~8,192, as above). An invite says what it is, who meets and when at its top; the
# rest of a longer one is imported boilerplate (meeting links, legal text) or abuse. The labelled
# sets' longest description is under 700 characters (tests/core/test_detect_window.py), and the
# window bounds what a stranger's enormous description can cost (bench/bench_hostile.py).
DETECT_WINDOW = 8_192
MAX_ITEMS = 500  # guests (or any other list) kept per event
MAX_DEPTH = 8  # the Events resource nests four levels deep at most
_LONG_FIELDS = frozenset({"description"})


def _bound(value: Any, depth: int, key: str) -> Any:
    if isinstance(value, str):
        limit = MAX_DESCRIPTION if key in _LONG_FIELDS else MAX_FIELD
        return value if len(value) <= limit else value[:limit]
    if depth >= MAX_DEPTH:
        return None if isinstance(value, dict | list) else value
    if isinstance(value, dict):
        return {str(k)[:MAX_FIELD]: _bound(v, depth + 1, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        kept = [item for i, item in enumerate(value)
                if i < MAX_ITEMS or (isinstance(item, dict) and item.get("self") is True)]
        return [_bound(item, depth + 1, key) for item in kept]
    return value


def _fits(value: Any, depth: int, limit: int) -> bool:
    """Whether ``_bound`` would return ``value`` unchanged (a strict check: ``False`` whenever
    unsure, e.g. for a type JSON does not produce, and ``_bound`` decides)."""
    kind = type(value)
    if kind is str:
        return len(value) <= limit
    if kind is dict:
        return depth < MAX_DEPTH and _fits_dict(value, depth)
    if kind is list:
        return depth < MAX_DEPTH and len(value) <= MAX_ITEMS and all(
            _fits(item, depth + 1, limit) for item in value)
    return kind is bool or kind is int or kind is float or value is None


def _fits_dict(value: dict[Any, Any], depth: int) -> bool:
    """``_fits`` for a dict at ``depth`` (below ``MAX_DEPTH``), with the shapes of an Events
    resource (strings, objects, lists of objects) checked inline: this runs on every event."""
    for k, v in value.items():
        if type(k) is not str or len(k) > MAX_FIELD:
            return False
        kind = type(v)
        if kind is str:
            if len(v) > MAX_FIELD and (len(v) > MAX_DESCRIPTION or k not in _LONG_FIELDS):
                return False
        elif kind is dict:
            if depth + 1 >= MAX_DEPTH or not _fits_dict(v, depth + 1):
                return False
        elif kind is list:
            if depth + 1 >= MAX_DEPTH or len(v) > MAX_ITEMS:
                return False
            limit = MAX_DESCRIPTION if k in _LONG_FIELDS else MAX_FIELD
            for item in v:
                if type(item) is dict:
                    if depth + 2 >= MAX_DEPTH or not _fits_dict(item, depth + 2):
                        return False
                elif not _fits(item, depth + 2, limit):
                    return False
        elif not (kind is bool or kind is int or kind is float or v is None):
            return False
    return True


def bound_event(event: dict[str, Any]) -> dict[str, Any]:
    """``event`` with every field cut to a sane size: ``event`` itself when it already fits,
    else a bounded copy (the input is never changed)."""
    if type(event) is dict and _fits_dict(event, 0):
        return event
    bounded = _bound(event, 0, "")
    return bounded if isinstance(bounded, dict) else {}
