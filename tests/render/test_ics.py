"""Reminders: strict icalendar parse, vdir rules (UIDs, no calendar UID), updates, cancellation,
the combined feed, and real ``khal`` showing each at the right local time."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar
from render_factories import make_interview, make_reminder, make_settings, make_timeline

from interview_sync.core.model import ReminderKind, WriteReminder
from interview_sync.render.ics import (
    ReminderError,
    reminder_uid,
    render_cancelled,
    render_feed,
    render_reminder,
)

STAMP = datetime(2026, 6, 10, 20, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def strict(data: bytes) -> Calendar:
    cal = Calendar.from_ical(data)
    assert isinstance(cal, Calendar)
    errors = [(c.name, c.errors) for c in cal.walk() if c.errors]
    assert not errors, errors
    cal.validate()  # type: ignore[no-untyped-call]
    return cal


def all_kinds() -> list[WriteReminder]:
    interview = make_interview()
    return [
        make_reminder(ReminderKind.ASSESS, interview=interview),
        make_reminder(ReminderKind.SEND_THANKS, interview=interview,
                      at=interview.end.replace(hour=18)),
        make_reminder(ReminderKind.CHECKIN, interview=interview, at=None, on=date(2026, 6, 25),
                      timeline=make_timeline(phrase="We'll decide by the 24th; call me, OK?")),
        make_reminder(ReminderKind.CHECKIN, interview=interview, key="timed-checkin",
                      at=datetime(2026, 6, 25, 9, tzinfo=ZoneInfo("America/New_York")),
                      timeline=make_timeline()),
        make_reminder(ReminderKind.BRIEF_REFERENCES, interview=interview, at=None,
                      on=date(2026, 6, 11)),
    ]


@pytest.mark.parametrize("action", all_kinds(), ids=lambda a: a.key.rsplit("/", 1)[-1])
def test_every_reminder_parses_strictly_and_follows_the_vdir_rules(action: WriteReminder) -> None:
    item = render_reminder(action, make_settings(), sequence=0, stamp=STAMP)
    assert re.fullmatch(r"[A-Za-z0-9._+-]+", item.uid)
    assert item.filename == f"{item.uid}.ics"
    cal = strict(item.data)
    assert "UID" not in cal and cal["PRODID"] and str(cal["VERSION"]) == "2.0"
    uids = re.findall(rb"^UID:(.*)\r$", item.data, re.MULTILINE)
    assert uids == [item.uid.encode()]  # exactly one UID line: the event's
    (event,) = cal.events
    assert str(event["UID"]) == item.uid
    assert event["SEQUENCE"] == 0
    assert event.DTSTAMP == STAMP and event.LAST_MODIFIED == STAMP
    (alarm,) = [c for c in event.subcomponents if c.name == "VALARM"]
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert isinstance(alarm["TRIGGER"].dt, timedelta)  # type: ignore[union-attr]  # relative: the kind khal shows
    assert alarm["TRIGGER"].dt == timedelta(0)  # type: ignore[union-attr]  # at the start
    assert b"COMMENT" not in item.data
    # Every reminder is timed (issue #14: an all-day alarm fired at different moments in
    # different clients); the check-in is at checkin_hour on its day, in the user's zone.
    assert b"VALUE=DATE:" not in item.data
    assert b"DTSTART;TZID=America/New_York:" in item.data
    assert [str(tz["TZID"]) for tz in cal.timezones] == ["America/New_York"]
    if action.on is not None:
        assert event.start == datetime(action.on.year, action.on.month, action.on.day, 9,
                                       tzinfo=ZoneInfo("America/New_York"))
    else:
        assert action.at is not None and event.start == action.at
    assert event.end - event.start == timedelta(minutes=30)
    assert len(item.data) < 2000  # a narrow VTIMEZONE window


def test_summaries_and_the_employers_own_words() -> None:
    texts = {a.kind: render_reminder(a, make_settings(), sequence=0, stamp=STAMP)
             for a in all_kinds()[:3] + all_kinds()[4:]}
    events = {k: strict(v.data).events[0] for k, v in texts.items()}
    assert str(events[ReminderKind.ASSESS]["SUMMARY"]) == \
        "Write your assessment of the Northwind interview"
    assert str(events[ReminderKind.SEND_THANKS]["SUMMARY"]) == "Send your thank-you notes"
    assert str(events[ReminderKind.CHECKIN]["SUMMARY"]) == "Check in with Northwind"
    assert str(events[ReminderKind.BRIEF_REFERENCES]["SUMMARY"]) == "Brief your references"
    assert "We'll decide by the 24th; call me, OK?" in str(
        events[ReminderKind.CHECKIN]["DESCRIPTION"])
    assert "2026-06-10 Northwind - Data Engineer.md" in str(
        events[ReminderKind.ASSESS]["DESCRIPTION"])
    assert "Pat Doe" in str(events[ReminderKind.BRIEF_REFERENCES]["DESCRIPTION"])


def test_an_update_keeps_uid_and_file_and_moves_the_revision() -> None:
    action = make_reminder(ReminderKind.CHECKIN, at=None, on=date(2026, 6, 25))
    first = render_reminder(action, make_settings(), sequence=0, stamp=STAMP)
    again = render_reminder(action, make_settings(), sequence=0, stamp=STAMP)
    assert first.data == again.data  # deterministic bytes
    later = STAMP + timedelta(days=2)
    moved = render_reminder(make_reminder(ReminderKind.CHECKIN, at=None, on=date(2026, 6, 29)),
                            make_settings(), sequence=1, stamp=later)
    assert (moved.uid, moved.filename) == (first.uid, first.filename)
    event = strict(moved.data).events[0]
    assert event["SEQUENCE"] == 1 and later == event.DTSTAMP and later == event.LAST_MODIFIED


def test_cancellation_keeps_the_uid_and_sets_status() -> None:
    item = render_reminder(all_kinds()[0], make_settings(), sequence=0, stamp=STAMP)
    later = STAMP + timedelta(days=1)
    cancelled = render_cancelled(item.data, sequence=1, stamp=later)
    cal = strict(cancelled)
    (event,) = cal.events
    assert str(event["STATUS"]) == "CANCELLED" and event["SEQUENCE"] == 1
    assert str(event["UID"]) == item.uid and later == event.DTSTAMP
    assert not [c for c in event.subcomponents if c.name == "VALARM"]
    assert "UID" not in cal and cal.timezones  # still self-contained


@pytest.mark.parametrize("garbage", [b"", b"not ical", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"])
def test_cancelling_an_unreadable_file_raises_our_error(garbage: bytes) -> None:
    with pytest.raises(ReminderError):
        render_cancelled(garbage, sequence=1, stamp=STAMP)


def test_feed_holds_every_reminder_once_as_the_folder_does() -> None:
    items = [render_reminder(a, make_settings(), sequence=0, stamp=STAMP).data
             for a in all_kinds()]
    cancelled = render_cancelled(items[1], sequence=1, stamp=STAMP)
    feed = render_feed([*items, cancelled, b"garbage", items[0]])
    cal = strict(feed)
    assert "UID" not in cal
    uids = sorted(str(e["UID"]) for e in cal.events)
    assert uids == sorted({reminder_uid(a.key) for a in all_kinds()})
    # The cancelled one is in the feed as the folder (and a CalDAV server) holds it.
    statuses = {str(e["UID"]): str(e.get("STATUS", "")) for e in cal.events}
    assert statuses[reminder_uid(all_kinds()[1].key)] == "CANCELLED"
    assert [k for k, v in statuses.items() if v == "CANCELLED"] == \
        [reminder_uid(all_kinds()[1].key)]
    assert [str(t["TZID"]) for t in cal.timezones] == ["America/New_York"]
    assert render_feed([*items]) == render_feed(list(reversed(items)))  # order-independent


@given(st.text(max_size=200))
def test_uids_are_vdir_safe_and_stable(key: str) -> None:
    uid = reminder_uid(key)
    assert re.fullmatch(r"[A-Za-z0-9._+-]+", uid) and uid == reminder_uid(key)


@given(summary=st.text(max_size=300), company=st.text(max_size=100))
def test_any_text_makes_a_valid_calendar(summary: str, company: str) -> None:
    interview = make_interview(company=company or None)
    action = make_reminder(ReminderKind.CHECKIN, interview=interview, summary=summary,
                           timeline=make_timeline(phrase=company))
    data = render_reminder(action, make_settings(), sequence=3, stamp=STAMP).data
    strict(data)
    # Home Assistant's strict parser rejected a whole file over one control character.
    (event,) = IcsCalendarStream.calendar_from_ics(data.decode("utf-8")).events
    assert not [ch for ch in event.summary or "" if ch not in "\n\t" and (ord(ch) < 32 or 127 <= ord(ch) < 160)]


# --------------------------------------------------------------------------- real khal


def _khal(tmp_path: Path, host_tz: str, start: str) -> list[str]:
    khal = Path(sys.executable).parent / "khal"
    if not khal.exists():
        pytest.skip("khal is not installed in this venv")
    config = tmp_path / "khal.conf"
    config.write_text(f"""[calendars]
[[reminders]]
path = {tmp_path / "vdir"}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = America/New_York
default_timezone = America/New_York
[default]
default_calendar = reminders
[sqlite]
path = {tmp_path / "khal.db"}
""", encoding="utf-8")
    env = {"TZ": host_tz, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    result = subprocess.run(
        [str(khal), "-c", str(config), "list", "--format",
         "{start} {end} {title} {alarm-symbol}{status}", "--day-format", "", start, "20d"],
        capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return [" ".join(line.split()) for line in result.stdout.splitlines() if line.strip()]


def test_khal_shows_each_reminder_at_the_right_local_time_across_dst(tmp_path: Path) -> None:
    """Items in Europe/Berlin, khal's zone America/New_York, the host in Asia/Tokyo.

    Berlin leaves summer time on 25 Oct 2026 and New York on 1 Nov, so 15:00 in Berlin is 09:00
    in New York on the 21st and 10:00 on the 28th.
    """
    vdir = tmp_path / "vdir"
    vdir.mkdir()
    settings_ = make_settings(timezone="Europe/Berlin")
    actions = [
        make_reminder(ReminderKind.ASSESS, key="a", at=datetime(2026, 10, 21, 15, tzinfo=BERLIN)),
        make_reminder(ReminderKind.SEND_THANKS, key="b",
                      at=datetime(2026, 10, 28, 15, tzinfo=BERLIN)),
        make_reminder(ReminderKind.CHECKIN, key="c", at=None, on=date(2026, 10, 22)),
        make_reminder(ReminderKind.BRIEF_REFERENCES, key="d",
                      at=datetime(2026, 11, 3, 8, tzinfo=UTC)),
    ]
    for action in actions:
        item = render_reminder(action, settings_, sequence=0, stamp=STAMP)
        (vdir / item.filename).write_bytes(item.data)
    cancelled_src = render_reminder(make_reminder(ReminderKind.CHECKIN, key="e", at=None,
                                                  on=date(2026, 10, 30)), settings_,
                                    sequence=0, stamp=STAMP)
    (vdir / cancelled_src.filename).write_bytes(
        render_cancelled(cancelled_src.data, sequence=1, stamp=STAMP))
    lines = _khal(tmp_path, "Asia/Tokyo", "2026-10-20")
    # The check-in is 09:00 Berlin (the user's zone): 03:00 in New York in summer time, and
    # the cancelled one a week later 04:00 (Berlin has left summer time, New York not yet).
    assert lines == [
        "2026-10-21 09:00 2026-10-21 09:30 Write your assessment of the Northwind interview ⏰",
        "2026-10-22 03:00 2026-10-22 03:30 Check in with Northwind ⏰",
        "2026-10-28 10:00 2026-10-28 10:30 Send your thank-you notes ⏰",
        "2026-10-30 04:00 2026-10-30 04:30 Check in with Northwind CANCELLED",
        "2026-11-03 03:00 2026-11-03 03:30 Brief your references ⏰",
    ], lines


def _whole_calendar(data: bytes) -> bytes:
    """What icalendar writes for the calendar ``render_reminder``/``render_task`` assemble from
    parts: the calendar, the zone's VTIMEZONE and the item, serialised as one."""
    from interview_sync.render import ics

    parsed = Calendar.from_ical(data)
    cal = ics._calendar()
    for tz in parsed.timezones:
        first = min(c["DTSTART"].dt for c in tz.walk() if "DTSTART" in c)
        zone_ = ics._vtimezone(str(tz["TZID"]), first.year + 1)
        assert zone_ is not None
        cal.add_component(zone_)
    for item in [*parsed.events, *parsed.todos]:
        cal.add_component(item)
    return bytes(cal.to_ical())


@pytest.mark.parametrize("zone_name", ["UTC", "America/New_York", "Asia/Kolkata",
                                       "Pacific/Auckland", "Europe/Berlin"])
@pytest.mark.parametrize("kind", list(ReminderKind))
def test_the_assembled_file_is_what_icalendar_writes_for_the_whole_calendar(
        zone_name: str, kind: ReminderKind) -> None:
    from interview_sync.render.ics import render_task

    settings = make_settings(timezone=zone_name)
    action = make_reminder(kind, summary="Ünïcode — a long summary " * 4,
                           on=date(2026, 6, 25) if kind is ReminderKind.CHECKIN else None,
                           at=None if kind is ReminderKind.CHECKIN else make_interview().end)
    for data in (render_reminder(action, settings, sequence=2, stamp=STAMP).data,
                 render_task(action, settings, key=action.key + "/t", sequence=0,
                             stamp=STAMP).data):
        strict(data)
        assert b"BEGIN:VTIMEZONE" in data  # each zone, ZoneInfo("UTC") too, has its VTIMEZONE
        assert data.count(b"BEGIN:VCALENDAR") == data.count(b"END:VCALENDAR") == 1
        assert data == _whole_calendar(data)


def test_the_feed_skips_parsing_known_zones_and_says_exactly_the_same() -> None:
    """``render_feed`` leaves out the VTIMEZONE blocks of zones zoneinfo knows before parsing;
    the feed must be byte-equal to the one built from the files parsed whole, also with a zone
    zoneinfo does not know (its block is kept and used) and a file with LF line ends."""
    from interview_sync.render import ics

    items = []
    for zone_name in ("America/New_York", "Asia/Kolkata", "Pacific/Auckland", "UTC"):
        for kind in (ReminderKind.ASSESS, ReminderKind.CHECKIN):
            action = make_reminder(kind, on=date(2026, 6, 25) if kind is ReminderKind.CHECKIN
                                   else None, at=None if kind is ReminderKind.CHECKIN
                                   else make_interview().end, key=f"k-{zone_name}-{kind}")
            items.append(render_reminder(action, make_settings(timezone=zone_name),
                                         sequence=1, stamp=STAMP).data)
    custom = items[0].replace(b"America/New_York", b"Custom/Zone").replace(
        reminder_uid("k-America/New_York-assess").encode(), b"is-custom")
    items += [custom, items[2].replace(b"\r\n", b"\n"), b"garbage"]
    feed = render_feed(items)
    whole = ics._feed([ics._parse(d) for d in items if d != b"garbage"])
    assert feed == whole
    assert b"TZID:Custom/Zone" in feed and b"TZID:Asia/Kolkata" in feed
    strict(feed)
