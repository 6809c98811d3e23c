"""Reminders as iCalendar: one VEVENT per file for a vdir, plus one combined feed.

Owns: ``reminder_uid``, ``render_reminder``, ``render_cancelled`` and ``render_feed``.

Rules (measured in ``shared/notes/ics-mime.md``): ``Calendar.new()`` adds a random calendar UID
that vdirsyncer would take as the item's identity, so it is deleted; UIDs use only
``[A-Za-z0-9._+-]`` so the file name can be the UID; timed items carry TZID plus a VTIMEZONE built
for a narrow window (with the COMMENT icalendar adds removed, which libical rejects); all-day
items are ``VALUE=DATE``; the alarm is a *relative* DISPLAY alarm, the one kind khal shows and
every client understands. An update keeps UID and file and moves SEQUENCE, DTSTAMP and
LAST-MODIFIED; a cancellation sets STATUS:CANCELLED. ``stamp`` is an argument, so the bytes are a
pure function of the inputs.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from icalendar import TRANSP, Alarm, Calendar, Event, Timezone

from interview_sync.core.model import Interview, PlanSettings, ReminderKind, WriteReminder
from interview_sync.errors import InterviewSyncError
from interview_sync.render.context import zone
from interview_sync.render.note import note_filename
from interview_sync.render.words import format_date, join_names

__all__ = [
    "PRODID",
    "ReminderError",
    "RenderedReminder",
    "reminder_summary",
    "reminder_uid",
    "render_cancelled",
    "render_feed",
    "render_reminder",
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


def reminder_summary(action: WriteReminder) -> str:
    if action.summary.strip():
        return action.summary.strip()
    company = _company(action.interview)
    return {
        ReminderKind.ASSESS: f"Write your assessment of the {company} interview",
        ReminderKind.SEND_THANKS: "Send your thank-you notes",
        ReminderKind.CHECKIN: f"Check in with {company}",
        ReminderKind.BRIEF_REFERENCES: "Brief your references",
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
    else:
        names = join_names(r.name for r in settings.references)
        lines.append(f"Briefing drafts{f' to {names}' if names else ''} are waiting in Gmail.")
    return "\n".join(lines)


def _calendar() -> Calendar:
    cal = Calendar.new(prodid=PRODID)
    del cal["UID"]  # a random calendar UID would become the vdir item's identity
    return cal


def _strip_comments(cal: Calendar) -> None:
    for tz in cal.timezones:
        for comp in tz.walk():
            comp.pop("COMMENT", None)


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


def render_reminder(action: WriteReminder, settings: PlanSettings, *, sequence: int,
                    stamp: datetime) -> RenderedReminder:
    """One VCALENDAR holding one VEVENT with a DISPLAY alarm, for the vdir."""
    uid = reminder_uid(action.key)
    stamp_utc = stamp.astimezone(UTC)
    summary = reminder_summary(action)
    start: date | datetime
    end: date | datetime
    trigger: timedelta
    if action.on is not None and action.at is None:
        start, end = action.on, action.on + timedelta(days=1)
        trigger = timedelta(hours=settings.checkin_hour)  # relative to local midnight that day
    else:
        moment = action.at if action.at is not None else action.due
        tz = zone(settings.timezone)
        start = moment.astimezone(tz) if tz is not None else moment.astimezone(UTC)
        end = start + _TIMED_LENGTH
        trigger = timedelta(0)
    event = Event.new(uid=uid, stamp=stamp_utc, last_modified=stamp_utc, sequence=sequence,
                      start=start, end=end, summary=summary,
                      description=_description(action, settings), transparency=TRANSP.TRANSPARENT)
    event.add_component(Alarm.new_display(description=summary, trigger=trigger))
    cal = _calendar()
    if isinstance(start, datetime) and start.tzinfo is not UTC:
        vtimezone = _vtimezone(str(start.tzinfo), start.year)
        if vtimezone is not None:
            cal.add_component(vtimezone)
    cal.add_component(event)
    return RenderedReminder(uid=uid, filename=f"{uid}.ics", data=cal.to_ical())


def _parse(data: bytes) -> Calendar:
    try:
        cal = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and friends on garbage
        raise ReminderError(f"reminder file does not parse: {exc}") from exc
    if not isinstance(cal, Calendar) or not cal.events:
        raise ReminderError("reminder file holds no event")
    return cal


def render_cancelled(previous: bytes, *, sequence: int, stamp: datetime) -> bytes:
    """``previous`` with its event(s) STATUS:CANCELLED, alarms removed, revision moved on."""
    cal = _parse(previous)
    stamp_utc = stamp.astimezone(UTC)
    for event in cal.events:
        event.status = "CANCELLED"
        event.sequence = sequence
        event.DTSTAMP = stamp_utc
        event.LAST_MODIFIED = stamp_utc
        event.subcomponents = [c for c in event.subcomponents if c.name != "VALARM"]
    return bytes(cal.to_ical())


def render_feed(items: Sequence[bytes]) -> bytes:
    """One VCALENDAR with every live (not cancelled) reminder, for apps that subscribe to a file.

    Items that do not parse are skipped (a file the user broke must not empty the feed).
    """
    events: dict[str, Event] = {}
    timezones: dict[str, Any] = {}
    for data in items:
        try:
            cal = _parse(data)
        except ReminderError:
            continue
        for tz in cal.timezones:
            timezones.setdefault(str(tz.get("TZID")), tz)
        for event in cal.events:
            uid = str(event.get("UID", ""))
            known = events.get(uid)
            if known is None or int(event.get("SEQUENCE", 0)) >= int(known.get("SEQUENCE", 0)):
                events[uid] = event
    feed = _calendar()
    feed.add("X-WR-CALNAME", "Interview reminders")
    starts: list[date] = []
    for uid in sorted(events):  # the newest revision of each, unless that one is a cancellation
        event = events[uid]
        if str(event.get("STATUS", "")).upper() != "CANCELLED":
            feed.add_component(event)
            start = event.get("DTSTART")
            if start is not None and isinstance(start.dt, datetime):
                starts.append(start.dt.date())
    if starts:
        # One VTIMEZONE per zone covering every event, whatever order the files came in.
        feed.add_missing_timezones(first_date=min(starts) - _TZ_WINDOW,
                                   last_date=max(starts) + _TZ_WINDOW)
        for tzid in sorted(feed.get_missing_tzids()):
            if tzid in timezones:  # a zone zoneinfo does not know: keep the file's own
                feed.add_component(timezones[tzid])
        _strip_comments(feed)
    return bytes(feed.to_ical())
