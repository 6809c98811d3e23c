"""Size limits on a Calendar event resource before anything reads it, and the work caps of the
readers after it.

Owns ``bound_event``: a copy of one Events resource (the JSON dict) in which every string is cut
to ``MAX_FIELD`` characters (the description to ``MAX_DESCRIPTION``), every list to
``MAX_ITEMS`` entries (the guest marked ``self`` is always kept) and nesting to ``MAX_DEPTH``
levels, and every lone surrogate replaced by U+FFFD. Pure and total.

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

The work caps (issue #15, bad input): what one event or text can make detection and the
timeline reader do is bounded by counts, not only by characters: the guests detection reads
(``guests_read``; an event judged on the first ones is never confident), the HTML tags it reads
(``markup_read``), and the response cues, characters of sentences and dates the timeline reader
weighs. Each constant says why its number is safe; tests/core/test_bounds_caps.py shows every
labelled case inside each cap with room to spare, and ``bench/bench_hostile.py`` measures the
worst case.

Speed: nearly every event already fits, and copying each one cost a first sync of 10,000 events
about a third of its time over a bare paging loop; so ``bound_event`` first checks whether the
event fits (one walk, no allocation) and returns it as it is when it does. Callers treat events as
read-only either way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["DESC_HEAD", "DETECT_WINDOW", "MAX_DEPTH", "MAX_DESCRIPTION", "MAX_DETECT_GUESTS",
           "MAX_FIELD", "MAX_ITEMS", "MAX_MARKUP_TAGS", "MAX_TIMELINE_CUES", "MAX_TIMELINE_DATES",
           "MAX_TIMELINE_SCAN", "bound_event", "guests_read", "markup_read"]

MAX_FIELD = 1_000  # characters of a title, name, location, address or id
MAX_DESCRIPTION = 16_384  # characters: twice Google Calendar's ~8,192 for a typed description
# Characters of a description detection reads (the first ones): everything Google Calendar lets
# a person type (~8,192, as above). An invite says what it is, who meets and when at its top; the
# rest of a longer one is imported boilerplate (meeting links, legal text) or abuse. The labelled
# sets' longest description is under 700 characters (tests/core/test_detect_window.py), and the
# window bounds what a stranger's enormous description can cost (bench/bench_hostile.py).
DETECT_WINDOW = 8_192
# Characters of that window the description's features read (what an invite says of itself,
# whom it is for and what step it is, it says early; a cost bound): ``detect.features`` and the
# rules it calls (``selection``, ``selection_shape``, ``veto_dispute``) read the same head.
DESC_HEAD = 1_500
# Guests (or any other list) kept per event: Google's own limit on a one-time event's invitees
# (Google Workspace Admin Help, "Invite groups to calendar events", support.google.com/a/answer/
# 172013: "a maximum of 500 invitees"; larger audiences are invited as groups).
MAX_ITEMS = 500
# Tags of an HTML description detection reads (the window's first ones). Turning HTML into text
# (``text.html_to_text``, the standard library's parser) costs about 7 µs a tag, so a window
# packed with tags cost 5-8 ms; an invite's markup is a few paragraphs, links and a schedule
# table (the labelled sets' most is 18 tags, tests/core/test_bounds_caps.py; a rich ATS invite
# a few dozen to a hundred or two). Past the cap the description is read up to that tag, like
# a description past the window.
MAX_MARKUP_TAGS = 256
# Guests detection reads (the user's own entry always among them). Every guest costs detection
# about 25 µs (its address, name and role are weighed for people, company and vetoes), so 500 of
# them cost 13 ms; an interview is a handful of people (the labelled sets' largest guest list is
# 13, tests/core/test_detect_caps.py) and the evidence weighs "a handful of people" only. Reading
# the first ones is what Google's own ``maxAttendees`` parameter offers clients (Calendar API
# reference, Events: "attendeesOmitted ... may be due to a restriction specified by the
# maxAttendee query parameter"). An event with more is judged on these, and never confidently:
# the guests left unread could have vetoed it (another candidate named in the title) or named
# another employer, so detection says unsure (``detect.confidence``).
MAX_DETECT_GUESTS = 30
# The timeline reader (``core.timeline.extract``) reads a description or a note for the
# employer's promise ("we'll get back to you by Friday"). A promise is a sentence or two: the
# labelled timeline texts hold at most 5 response cues and 331 characters of sentences with one
# and 3 dates in them (tests/core/test_bounds_caps.py). Each cue, each character searched for
# a date (about 3 µs where every word could start one) and each date weighed (about 0.2 ms:
# resolved, vetoed, anchored) costs, so a text packed with them cost 10-40 ms. The reader takes
# the first ``MAX_TIMELINE_CUES`` cues (the text stops where the next one starts), searches at
# most ``MAX_TIMELINE_SCAN`` characters of sentences and weighs at most ``MAX_TIMELINE_DATES``
# dates, three to four times what any labelled text needs; the first promises win, as when the
# reader stops at its window. A timeline has no "unsure": a promise left unread is like one
# past the window (the user's own "Next steps" note still wins).
MAX_TIMELINE_CUES = 16
MAX_TIMELINE_SCAN = 1_024
MAX_TIMELINE_DATES = 12
MAX_DEPTH = 8  # the Events resource nests four levels deep at most
_LONG_FIELDS = frozenset({"description"})
# A lone surrogate: JSON allows "\ud800" and Python's json decodes it, but no UTF-8 file, mail
# or hash can hold one, so it becomes U+FFFD (the replacement character) where the event enters.
# Whether Google ever sends one is not documented (it stores UTF-8); this costs one
# ``isascii`` per string when it does not, and the project's emulator never sends one.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> bool:
    """Whether ``text`` holds no lone surrogate (ASCII, nearly every string, in one check;
    encoding the rest is three times faster than searching it)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _bound_text(text: str, limit: int) -> str:
    text = text if len(text) <= limit else text[:limit]
    return text if _clean(text) else _SURROGATE.sub("\ufffd", text)


def _bound(value: Any, depth: int, key: str) -> Any:
    if isinstance(value, str):
        return _bound_text(value, MAX_DESCRIPTION if key in _LONG_FIELDS else MAX_FIELD)
    if depth >= MAX_DEPTH:
        return None if isinstance(value, dict | list) else value
    if isinstance(value, dict):
        return {_bound_text(str(k), MAX_FIELD): _bound(v, depth + 1, str(k))
                for k, v in value.items()}
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
        return len(value) <= limit and _clean(value)
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
        if type(k) is not str or len(k) > MAX_FIELD or not (k.isascii() or _clean(k)):
            return False
        kind = type(v)
        if kind is str:
            if len(v) > MAX_FIELD and (len(v) > MAX_DESCRIPTION or k not in _LONG_FIELDS):
                return False
            if not v.isascii() and not _clean(v):  # inline test first: this runs on every string
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


def guests_read(event: Any, me: str) -> tuple[Any, bool]:
    """``event`` as detection reads it: at most ``MAX_DETECT_GUESTS`` guests, the first ones and
    the user's own entry (``self``, or ``me``'s address) wherever it stands; and whether any
    were left out. The event itself when it has no more (nearly always; nothing is copied)."""
    attendees = event.get("attendees") if type(event) is dict or isinstance(event, Mapping) \
        else None
    if type(attendees) is not list or len(attendees) <= MAX_DETECT_GUESTS:
        return event, False
    me = me.strip().lower() if isinstance(me, str) else ""
    kept = attendees[:MAX_DETECT_GUESTS]
    if not any(_is_me(entry, me) for entry in kept):  # else the rest need not be looked at
        for entry in attendees[MAX_DETECT_GUESTS:]:
            if _is_me(entry, me):
                kept.append(entry)  # the user's own entry: who they are, whether they declined
                break
    return {**event, "attendees": kept}, True


def _is_me(entry: Any, me: str) -> bool:
    if type(entry) is not dict:
        return False
    if entry.get("self") is True:
        return True
    email = entry.get("email")
    return bool(me) and isinstance(email, str) and email.strip().lower() == me


def markup_read(text: str) -> str:
    """``text`` up to its ``MAX_MARKUP_TAGS``-th tag opening ("<"); ``text`` itself when it has
    no more (one count, no copy)."""
    if text.count("<") <= MAX_MARKUP_TAGS:
        return text
    at = -1
    for _ in range(MAX_MARKUP_TAGS + 1):
        at = text.find("<", at + 1)
    return text[:at]
