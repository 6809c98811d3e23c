"""Reading the reminder and task folders back (vdirs): what a file *means*, and what is in them.

Owns: ``semantic_fingerprint`` (what a calendar item says, ignoring how it is written),
``read_item`` (one file → ``Item`` or the reason it is unusable) and ``scan`` (a whole folder →
our items, foreign files, mangled files).

Why semantic: calendar programs rewrite files they did not change in meaning. Thunderbird adds
``X-MOZ-LASTACK`` when you dismiss an alarm, Apple adds ``X-APPLE-*`` and ``ACKNOWLEDGED``, servers
re-serialise (property order, folding, ``P0D`` ↔ ``PT0S``, ``TZID`` ↔ UTC), and every client moves
``DTSTAMP``/``LAST-MODIFIED``/``SEQUENCE``. A byte hash counted each of those as "the user edited
it" and froze the reminder (issue #14). The fingerprint covers only what a person sees and cares
about: which component, UID, start/end/due as instants, summary, description, location, comment,
status and the alarms' action and trigger. A snooze alarm a client adds (``RELATED-TO``) is
bookkeeping too.

Everything a client mangled is reported, never "repaired": unparseable text, no UID, or more
than one event/task in a file (the vdir rule is one item per file).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar, Component

from interview_sync.local import files

__all__ = ["FINGERPRINT_PREFIX", "Item", "Scan", "read_item", "scan", "semantic_fingerprint"]

FINGERPRINT_PREFIX = "ics1:"  # ledger fingerprints of this kind; older rows hold a byte sha256
_ITEM_KINDS = ("VEVENT", "VTODO")
_DEFAULT_STATUS = {"VEVENT": "CONFIRMED", "VTODO": "NEEDS-ACTION"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One usable calendar file: one event or task."""

    kind: str  # "VEVENT" or "VTODO"
    uid: str
    status: str  # upper case; the default for the kind when the file has none
    fingerprint: str  # ``semantic_fingerprint`` of the file


@dataclass(slots=True, kw_only=True)
class Scan:
    """What one folder holds."""

    folder: Path
    exists: bool
    items: dict[str, Item] = field(default_factory=dict)  # file name → item
    mangled: dict[str, str] = field(default_factory=dict)  # file name → what is wrong
    names: set[str] = field(default_factory=set)  # every visible .ics file name


def _instant(value: Any) -> str | None:
    if value is None:
        return None
    moment = getattr(value, "dt", value)
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            return "floating:" + moment.isoformat()
        return repr(moment.timestamp())  # the instant, however the zone is written
    if isinstance(moment, date):
        return "date:" + moment.isoformat()
    if isinstance(moment, timedelta):
        return "duration:" + repr(moment.total_seconds())
    return str(moment)


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    return "\n".join(line.rstrip() for line in str(value).replace("\r\n", "\n").split("\n")).strip()


def _alarms(component: Component) -> list[list[str]]:
    found: list[list[str]] = []
    for alarm in component.subcomponents:
        if alarm.name != "VALARM" or "RELATED-TO" in alarm:
            continue  # a snooze alarm (Apple's RELATED-TO) is the client's bookkeeping
        trigger = alarm.get("TRIGGER")
        related = str(trigger.params.get("RELATED", "START")).upper() if trigger is not None else ""
        found.append([str(alarm.get("ACTION", "")).upper(), related,
                      _instant(trigger) or ""])
    return sorted(found)


def _end(component: Component) -> str | None:
    if "DTEND" in component:
        return _instant(component["DTEND"])
    start, duration = component.get("DTSTART"), component.get("DURATION")
    if start is not None and duration is not None:
        return _instant(start.dt + duration.dt)
    return None


def _meaning(component: Component) -> dict[str, Any]:
    kind = str(component.name)
    status = str(component.get("STATUS", "") or _DEFAULT_STATUS.get(kind, "")).upper()
    return {"kind": kind, "uid": str(component.get("UID", "")),
            "start": _instant(component.get("DTSTART")),
            "end": _end(component) if kind == "VEVENT" else None,
            "due": _instant(component.get("DUE")) if kind == "VTODO" else None,
            "summary": _text(component, "SUMMARY"), "description": _text(component, "DESCRIPTION"),
            "location": _text(component, "LOCATION"), "comment": _text(component, "COMMENT"),
            "status": status, "alarms": _alarms(component)}


def _items(cal: Calendar) -> list[Component]:
    return [c for c in cal.walk() if c.name in _ITEM_KINDS]


def semantic_fingerprint(data: bytes) -> str:
    """``ics1:<sha256>`` of what the file means; ``ValueError`` if it does not parse."""
    cal = Calendar.from_ical(data)
    meaning = [_meaning(c) for c in _items(cal)]
    blob = json.dumps(sorted(meaning, key=lambda m: (m["kind"], m["uid"])), sort_keys=True)
    return FINGERPRINT_PREFIX + hashlib.sha256(blob.encode("utf-8")).hexdigest()


def read_item(data: bytes) -> Item | str:
    """The one event or task in ``data``, or why the file cannot be used (for ``status``)."""
    try:
        cal = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and friends on garbage
        return f"does not parse as iCalendar ({type(exc).__name__})"
    if not isinstance(cal, Calendar):
        return "is not a VCALENDAR"
    items = _items(cal)
    if not items:
        return "holds no event or task"
    if len(items) > 1:
        return f"holds {len(items)} events/tasks (a vdir file holds one)"
    (component,) = items
    uid = str(component.get("UID", "")).strip()
    if not uid:
        return "has no UID"
    meaning = _meaning(component)
    blob = json.dumps([meaning], sort_keys=True)
    return Item(kind=str(component.name), uid=uid, status=meaning["status"],
                fingerprint=FINGERPRINT_PREFIX + hashlib.sha256(blob.encode()).hexdigest())


# What a cached read is keyed on: a rename (atomic write) changes the inode, an edit in place the
# size or mtime, and the ctime changes on every write even when a client restores the mtime.
StatKey = tuple[int, int, int, int, int]
ScanCache = dict[str, tuple[StatKey, "Item | str"]]


def scan(folder: Path, *, ours: Iterable[str] = (), cache: ScanCache | None = None,
         settled_before_ns: int | None = None) -> Scan:
    """Every visible ``.ics`` file of ``folder``; ``ours`` (file names) are read and checked.

    Hidden files (our temp files, editors' swap files) are skipped, as vdir readers do. With a
    ``cache`` (kept by the caller across polls), a file whose inode, size, mtime and ctime did not
    change is not parsed again: the daemon reads both folders back on every poll. A filesystem
    with coarse timestamps could hide a second same-size edit within one tick, so (as git does
    with "racily clean" entries) a cached read is trusted only for a file whose mtime and ctime
    are before ``settled_before_ns`` (the caller's wall clock less a margin); without it, every
    file is read again.
    """
    folder = Path(folder)
    result = Scan(folder=folder, exists=folder.is_dir())
    if not result.exists:
        return result
    wanted = set(ours)
    with os.scandir(folder) as found:
        entries = sorted(found, key=lambda e: e.name)
    for entry in entries:
        name = entry.name
        if name.startswith(".") or not name.lower().endswith(".ics"):
            continue
        if not entry.is_file():
            continue
        result.names.add(name)
        if name not in wanted:
            continue
        try:
            info = entry.stat()
            key = (info.st_ino, info.st_dev, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
            known = cache.get(entry.path) if cache is not None else None
            if known is not None and known[0] == key and settled_before_ns is not None \
                    and max(info.st_mtime_ns, info.st_ctime_ns) < settled_before_ns:
                read = known[1]
            else:
                read = read_item(files.read_bytes_bounded(files.path_of(entry.path)))
                if cache is not None:
                    cache[entry.path] = (key, read)
        except OSError as exc:
            result.mangled[name] = f"cannot be read ({exc.strerror or exc})"
            continue
        if isinstance(read, str):
            result.mangled[name] = read
        else:
            result.items[name] = read
    return result
