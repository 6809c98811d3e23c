"""Reminders as iCalendar: one VEVENT (or VTODO) per file for a vdir, plus one combined feed.

Owns: ``reminder_uid``, ``reminder_moment``, ``render_reminder`` (the calendar event),
``render_task`` (the same step as a to-do, for task apps), ``render_cancelled`` and ``render_feed``.

Rules (measured in ``shared/notes/ics-mime.md``): ``Calendar.new()`` adds a random calendar UID
that vdirsyncer would take as the item's identity, so it is deleted; UIDs use only
``[A-Za-z0-9._+-]`` so the file name can be the UID; timed items carry TZID plus a VTIMEZONE built
for a narrow window (with the COMMENT icalendar adds removed, which libical rejects); *every*
item is timed (issue #14: an all-day item with ``TRIGGER:PT9H`` fired at 09:00 local in
Thunderbird and khal, 09:00 UTC in libecal, midnight in plain ical.js, and made
recurring-ical-events raise), so the check-in is a short event at ``checkin_hour`` on its day; the
alarm is a *relative* DISPLAY alarm at the start (zero), the one kind khal shows and every client
computes the same way. A task (VTODO) starts at the reminder's moment (its alarm, relative to
that start) and is due when the reminder event ends: a DUE equal to DTSTART is "repaired" by
Home Assistant's ``ical`` into a start one day earlier, which moved its alarm by a day (measured,
``tests/clients/test_alarm_agreement.py``), and a RELATED=END trigger is not understood there.
An update keeps UID and file and moves SEQUENCE, DTSTAMP and LAST-MODIFIED; a cancellation sets
STATUS:CANCELLED. ``stamp`` is an argument, so the bytes are a pure function of the inputs.
"""

from __future__ import annotations

import functools
import re
import uuid
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from icalendar import STATUS, TRANSP, Alarm, Calendar, Event, Timezone, Todo

from interview_sync.core.model import Interview, PlanSettings, ReminderKind, WriteReminder
from interview_sync.errors import InterviewSyncError
from interview_sync.render.context import zone
from interview_sync.render.note import note_filename
from interview_sync.render.words import format_date, join_names

__all__ = [
    "PRODID",
    "ReminderError",
    "RenderedReminder",
    "reminder_moment",
    "reminder_summary",
    "reminder_uid",
    "render_cancelled",
    "render_feed",
    "render_reminder",
    "render_task",
]

PRODID = "-//interview-sync//reminders//EN"
_NAMESPACE = uuid.UUID("6f1d4c1e-0000-4000-8000-000000000000")
_TIMED_LENGTH = timedelta(minutes=30)
_TZ_WINDOW = timedelta(days=400)


class ReminderError(InterviewSyncError):
    """An existing reminder file could not be read back (so it cannot be cancelled)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderedReminder:
    uid: str
    filename: str  # "<uid>.ics": the same on every update, as the vdir spec asks
    data: bytes


def reminder_uid(key: str) -> str:
    """A stable UID of ``[A-Za-z0-9._+-]`` only (vdirsyncer keeps such a UID as the href)."""
    return f"is-{uuid.uuid5(_NAMESPACE, key)}"


def _company(interview: Interview) -> str:
    return interview.company or interview.title or "the employer"


def _text(value: str) -> str:
    """TEXT as RFC 5545 allows it: no control characters but newline and tab.

    A stranger's invite can hold any (the hostile corpus has NUL, ESC, DEL, C1): icalendar writes
    them raw, and then Home Assistant's ``ical`` rejected the whole file and libical failed to
    build it (measured, ``bench/proof_reminders.py``).
    """
    return _CONTROL.sub("", value)


# Unicode's Cc category (C0, DEL, C1) but for newline and tab; one regex pass, not a
# category lookup per character (tests/render/test_ics_feed.py checks it is the same set).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def reminder_summary(action: WriteReminder) -> str:
    """The planner's words, cleaned; the kind's own words when nothing printable is left."""
    given = _text(action.summary).strip()
    if given:
        return given
    company = _text(_company(action.interview)).strip() or "the employer"
    return {
        ReminderKind.ASSESS: f"Write your assessment of the {company} interview",
        ReminderKind.SEND_THANKS: "Send your thank-you notes",
        ReminderKind.CHECKIN: f"Check in with {company}",
        ReminderKind.BRIEF_REFERENCES: "Brief your references",
        ReminderKind.CONFIRM: f"Was this an interview? {company}",
    }[action.kind]


def _description(action: WriteReminder, settings: PlanSettings) -> str:
    interview = action.interview
    what = " — ".join(x for x in (interview.company, interview.role) if x) or interview.title
    day = format_date(interview.start.astimezone(zone(interview.timezone) or UTC).date())
    lines = [f"{what} ({interview.stage}), {day}." if interview.stage else f"{what}, {day}."]
    if action.kind is ReminderKind.ASSESS:
        lines.append(f"Fill in your note while it is fresh: {note_filename(interview)}")
        lines.append("Topics and concerns you write there personalise your thank-you drafts.")
    elif action.kind is ReminderKind.SEND_THANKS:
        names = join_names(p.name for p in interview.people)
        lines.append(f"Thank-you drafts{f' to {names}' if names else ''} are waiting in Gmail. "
                     "Read them, adjust, and send.")
    elif action.kind is ReminderKind.CHECKIN:
        timeline = action.timeline
        if timeline is not None:
            lines.append(f'They said: "{timeline.phrase.strip()}" '
                         f"(by {format_date(timeline.respond_by)}).")
        lines.append("A check-in draft is waiting in Gmail.")
    elif action.kind is ReminderKind.CONFIRM:
        lines.append("interview-sync was not sure this was a job interview, so it drafted nothing.")
        lines.append(f"If it was: interview-sync confirm {interview.event_id} (or tick the box "
                     f"in {note_filename(interview)}); if not: interview-sync ignore "
                     f"{interview.event_id}.")
    else:
        names = join_names(r.name for r in settings.references)
        lines.append(f"Briefing drafts{f' to {names}' if names else ''} are waiting in Gmail.")
    return "\n".join(lines)


def _calendar() -> Calendar:
    cal = Calendar.new(prodid=PRODID)
    del cal["UID"]  # a random calendar UID would become the vdir item's identity
    return cal


@functools.lru_cache(maxsize=64)
def _vtimezone(tzid: str, year: int) -> Timezone | None:
    """A VTIMEZONE for ``tzid`` valid from 1 Jan of the year before ``year`` to 1 Jan two years
    after: narrow (a few hundred bytes) and, being keyed by year, built once per zone and year.
    The component is shared between calendars, which only ever serialise it."""
    try:
        tz = Timezone.from_tzid(tzid, first_date=date(year - 1, 1, 1),
                                last_date=date(year + 2, 1, 1))
    except Exception:  # an unknown zone: the item keeps its TZID and UTC offsets still apply
        return None
    for comp in tz.walk():
        comp.pop("COMMENT", None)  # libical rejects COMMENT in VTIMEZONE
    return tz


def reminder_moment(action: WriteReminder, settings: PlanSettings) -> datetime:
    """When the reminder fires, in the user's zone: its time, or ``checkin_hour`` on its day."""
    tz = zone(settings.timezone) or UTC
    if action.at is not None:
        return action.at.astimezone(tz)
    if action.on is not None:
        hour = min(max(settings.checkin_hour, 0), 23)
        return datetime.combine(action.on, time(hour), tzinfo=tz)
    return action.due.astimezone(tz)


@functools.lru_cache(maxsize=64)
def _vtimezone_ical(tzid: str, year: int) -> bytes:
    """``_vtimezone`` serialised (b"" for an unknown zone): the same bytes in every file."""
    vtimezone = _vtimezone(tzid, year)
    return b"" if vtimezone is None else bytes(vtimezone.to_ical())


@functools.cache
def _calendar_head() -> bytes:
    """``_calendar()`` serialised, without its closing line."""
    data = bytes(_calendar().to_ical())
    assert data.endswith(_CALENDAR_END)
    return data[: -len(_CALENDAR_END)]


_CALENDAR_END = b"END:VCALENDAR\r\n"


def _to_ical(component: Event | Todo) -> bytes:
    """``component.to_ical()``, without icalendar's character-by-character fold for the lines
    that need none: its ``_foldline`` splits a line only once it reaches 75 octets, so a
    shorter line (without a newline, which it refuses) is written as it is."""
    return b"\r\n".join([
        line.encode("utf-8") if len(line.encode("utf-8")) < 75 and "\n" not in line
        else line.to_ical()
        for line in component.content_lines() if line]) + b"\r\n"


def _finish(component: Event | Todo, moment: datetime) -> tuple[bytes, bytes]:
    """The VCALENDAR around ``component`` (and its zone's VTIMEZONE), with its alarm.

    The bytes are what icalendar writes for the whole calendar (each component's lines in turn,
    ``tests/render/test_ics.py`` compares them), put together from the parts: the calendar's
    head and the zone's VTIMEZONE are serialised once, not for every reminder (they were most
    of its cost). Returns the file and the component's own bytes."""
    component.add_component(Alarm.new_display(description=str(component.get("SUMMARY", "")),
                                              trigger=timedelta(0)))
    zone_part = b"" if moment.tzinfo is UTC else _vtimezone_ical(str(moment.tzinfo),
                                                                   moment.year)
    item = _to_ical(component)
    return b"".join((_calendar_head(), zone_part, item, _CALENDAR_END)), item


def render_reminder(action: WriteReminder, settings: PlanSettings, *, sequence: int,
                    stamp: datetime) -> RenderedReminder:
    """One VCALENDAR holding one timed VEVENT with a DISPLAY alarm at its start, for the vdir."""
    uid = reminder_uid(action.key)
    stamp_utc = stamp.astimezone(UTC)
    start = reminder_moment(action, settings)
    event = Event.new(uid=uid, stamp=stamp_utc, last_modified=stamp_utc, sequence=sequence,
                      start=start, end=start + _TIMED_LENGTH, summary=reminder_summary(action),
                      description=_text(_description(action, settings)),
                      transparency=TRANSP.TRANSPARENT)
    data, item = _finish(event, start)
    _remember_feed_item(data, event, item, sequence)
    return RenderedReminder(uid=uid, filename=f"{uid}.ics", data=data)


def render_task(action: WriteReminder, settings: PlanSettings, *, key: str, sequence: int,
                stamp: datetime) -> RenderedReminder:
    """The same step as one VTODO (from the moment to DUE 30 minutes later, alarm at the
    start), for task apps.

    ``key`` is the task's own ledger key: its UID differs from the event's, so a server or app
    that holds both collections never sees one UID twice.
    """
    uid = reminder_uid(key)
    stamp_utc = stamp.astimezone(UTC)
    due = reminder_moment(action, settings)
    todo = Todo.new(uid=uid, stamp=stamp_utc, last_modified=stamp_utc, sequence=sequence,
                    start=due, end=due + _TIMED_LENGTH, summary=reminder_summary(action),
                    description=_text(_description(action, settings)),
                    status=STATUS.NEEDS_ACTION)
    data, _ = _finish(todo, due)
    return RenderedReminder(uid=uid, filename=f"{uid}.ics", data=data)


def _parse(data: bytes) -> Calendar:
    try:
        cal = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and friends on garbage
        raise ReminderError(f"reminder file does not parse: {exc}") from exc
    if not isinstance(cal, Calendar) or not (cal.events or cal.todos):
        raise ReminderError("reminder file holds no event or task")
    return cal


def render_cancelled(previous: bytes, *, sequence: int, stamp: datetime) -> bytes:
    """``previous`` with its event(s) or task(s) STATUS:CANCELLED, alarms removed, revision on."""
    cal = _parse(previous)
    stamp_utc = stamp.astimezone(UTC)
    items: list[Event | Todo] = [*cal.events, *cal.todos]
    for event in items:
        event.status = STATUS.CANCELLED
        event.sequence = sequence
        event.DTSTAMP = stamp_utc
        event.LAST_MODIFIED = stamp_utc
        event.subcomponents = [c for c in event.subcomponents if c.name != "VALARM"]
    return bytes(cal.to_ical())


def render_feed(items: Sequence[bytes]) -> bytes:
    """One VCALENDAR with every reminder of the folder, for apps that subscribe to a file.

    Cancelled reminders stay in, as STATUS:CANCELLED, exactly as the folder (and a CalDAV server
    synced from it) holds them: feed and folder agree. Items that do not parse are skipped (a
    file the user broke must not empty the feed). A file that is exactly what
    ``render_reminder`` wrote in this process is not parsed again (``_FeedItem``).
    """
    entries: list[Calendar | _FeedItem] = []
    for data in items:
        known = _FEED_ITEMS.get(data)
        if known is not None:
            entries.append(known)
            continue
        try:
            entries.append(_parse(_without_known_zones(data)))
        except ReminderError:
            continue
    return _feed(entries)


@dataclass(frozen=True, slots=True)
class _FeedItem:
    """What the feed needs of one reminder file ``render_reminder`` wrote, taken from the event
    it built: parsing that file gives an event that serialises to these same bytes, with the
    same UID, SEQUENCE, start and zones (tested for every kind, zone and hostile text,
    ``tests/render/test_ics_feed.py``), and its VTIMEZONE is one the feed builds itself."""

    uid: str
    sequence: int
    start: date | None
    tzids: frozenset[str]
    event: bytes


_FEED_ITEMS: dict[bytes, _FeedItem] = {}  # file bytes -> what the feed needs of it
_FEED_ITEMS_LIMIT = 512


def _remember_feed_item(data: bytes, event: Event, item: bytes, sequence: int) -> None:
    if len(_FEED_ITEMS) >= _FEED_ITEMS_LIMIT:
        _FEED_ITEMS.clear()
    _FEED_ITEMS[data] = _FeedItem(uid=str(event["UID"]), sequence=sequence,
                                  start=_start_date(event), tzids=_times_tzids(event),
                                  event=item)


def _start_date(event: Event) -> date | None:
    start = event.get("DTSTART")
    return start.dt.date() if start is not None and isinstance(start.dt, datetime) else None


def _times_tzids(event: Event) -> frozenset[str]:
    """The zones of DTSTART and DTEND: the only properties with a zone in the event
    ``render_reminder`` builds (the rest are UTC stamps, text and a relative alarm)."""
    found = (event.get(name) for name in ("DTSTART", "DTEND"))
    return frozenset(str(value.params["TZID"]) for value in found
                     if value is not None and "TZID" in value.params)


def _used_tzids(event: Event) -> frozenset[str]:
    holder = Calendar()
    holder.add_component(event)
    return frozenset(holder.get_used_tzids())


_VTIMEZONE_BLOCK = re.compile(rb"^BEGIN:VTIMEZONE\r\n.*?^END:VTIMEZONE\r\n", re.S | re.M)
_TZID_LINE = re.compile(rb"^TZID:([A-Za-z0-9_+/-]+)\r\n", re.M)


@functools.lru_cache(maxsize=256)
def _known_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _known_zone_block(block: re.Match[bytes]) -> bytes:
    found = _TZID_LINE.search(block.group(0))
    return b"" if found is not None and _known_zone(found.group(1).decode()) else \
        block.group(0)


def _without_known_zones(data: bytes) -> bytes:
    """``data`` without the VTIMEZONE blocks of zones zoneinfo knows: parsing them was most of
    the feed's cost, and the feed never uses them (icalendar reads such a TZID from zoneinfo,
    and ``_feed`` builds the feed's own VTIMEZONEs). A zone zoneinfo does not know, or a block
    written in any other way (folded, LF line ends), stays and is parsed as before."""
    if b"BEGIN:VTIMEZONE\r\n" not in data:
        return data
    return _VTIMEZONE_BLOCK.sub(_known_zone_block, data)


def _feed(entries: Sequence[Calendar | _FeedItem]) -> bytes:
    """The feed of parsed reminder files (``render_feed`` without the reading).

    Assembled like ``_finish``: the feed's head, one VTIMEZONE per zone the events use
    (covering every event, whatever order the files came in; serialised once per zone and
    window), the newest revision of each event, then the file's own VTIMEZONE of any zone
    zoneinfo does not know. The zones go in sorted order (icalendar's
    ``add_missing_timezones`` took them in set order, which changed with the hash seed).
    """
    events: dict[str, Event | _FeedItem] = {}
    timezones: dict[str, Any] = {}
    for entry in entries:
        if isinstance(entry, _FeedItem):
            found: list[tuple[str, int, Event | _FeedItem]] = [
                (entry.uid, entry.sequence, entry)]
        else:
            for tz in entry.timezones:
                timezones.setdefault(str(tz.get("TZID")), tz)
            found = [(str(e.get("UID", "")), int(e.get("SEQUENCE", 0)), e)
                     for e in entry.events]
        for uid, sequence, event in found:
            known = events.get(uid)
            if known is None or sequence >= _sequence(known):
                events[uid] = event
    starts: list[date] = []
    body: list[bytes] = []
    tzids: set[str] = set()
    for uid in sorted(events):  # the newest revision of each
        item = events[uid]
        if not isinstance(item, _FeedItem):
            item = _FeedItem(uid=uid, sequence=0, start=_start_date(item),
                             tzids=_used_tzids(item), event=_to_ical(item))
        body.append(item.event)
        tzids |= item.tzids
        if item.start is not None:
            starts.append(item.start)
    zones: list[bytes] = []
    own: list[bytes] = []
    if starts:
        first, last = min(starts) - _TZ_WINDOW, max(starts) + _TZ_WINDOW
        for tzid in sorted(tzids - {"UTC"}):
            known_zone = _feed_vtimezone(tzid, first, last)
            if known_zone is not None:
                zones.append(known_zone)
            elif tzid in timezones:  # a zone zoneinfo does not know: keep the file's own
                tz = timezones[tzid]
                for comp in tz.walk():
                    comp.pop("COMMENT", None)
                own.append(bytes(tz.to_ical()))
    return b"".join((_feed_head(), *zones, *body, *own, _CALENDAR_END))


def _sequence(item: Event | _FeedItem) -> int:
    return item.sequence if isinstance(item, _FeedItem) else int(item.get("SEQUENCE", 0))


@functools.cache
def _feed_head() -> bytes:
    """The feed's calendar with its name, serialised, without its closing line."""
    feed = _calendar()
    feed.add("X-WR-CALNAME", "Interview reminders")
    data = bytes(feed.to_ical())
    assert data.endswith(_CALENDAR_END)
    return data[: -len(_CALENDAR_END)]


@functools.lru_cache(maxsize=64)
def _feed_vtimezone(tzid: str, first: date, last: date) -> bytes | None:
    """The VTIMEZONE ``add_missing_timezones`` adds for ``tzid`` over first..last (without the
    COMMENT libical rejects), serialised; ``None`` for a zone it cannot build."""
    try:
        tz = Timezone.from_tzid(tzid, first_date=first, last_date=last)
    except ValueError:  # what add_missing_timezones skips
        return None
    for comp in tz.walk():
        comp.pop("COMMENT", None)
    return bytes(tz.to_ical())
