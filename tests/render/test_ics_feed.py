"""The combined feed: what it remembers of the files ``render_reminder`` wrote is what parsing
them gives, the feed is the one icalendar builds from the parsed files, and its bytes do not
depend on the interpreter's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Timezone
from render_factories import make_interview, make_reminder, make_settings, make_timeline

from interview_sync.core.model import ReminderKind
from interview_sync.render import ics
from interview_sync.render.ics import render_cancelled, render_feed, render_reminder

STAMP = datetime(2026, 6, 10, 20, 0, tzinfo=UTC)
ZONES = ["America/New_York", "UTC", "Etc/UTC", "Etc/GMT+5", "Asia/Kolkata", "Pacific/Chatham",
         "Australia/Lord_Howe", "Nowhere/Zone"]


def reminder(kind: ReminderKind, zone: str, *, key: str = "", summary: str = "",
             company: str | None = "Northwind", sequence: int = 0) -> bytes:
    interview = make_interview(company=company, timezone=zone)
    action = make_reminder(kind, interview=interview, summary=summary,
                           key=key or f"{zone}/{kind.value}",
                           at=None if kind is ReminderKind.CHECKIN else interview.end,
                           on=date(2026, 6, 25) if kind is ReminderKind.CHECKIN else None,
                           timeline=make_timeline())
    return render_reminder(action, make_settings(timezone=zone), sequence=sequence,
                           stamp=STAMP).data


def parsed_facts(data: bytes) -> tuple[str, int, date | None, frozenset[str], bytes]:
    cal = Calendar.from_ical(data)
    (event,) = cal.events
    holder = Calendar()
    holder.add_component(event)
    start = event["DTSTART"].dt
    return (str(event["UID"]), int(event["SEQUENCE"]),
            start.date() if isinstance(start, datetime) else None,
            frozenset(holder.get_used_tzids()), bytes(event.to_ical()))


def reference_feed(items: list[bytes]) -> bytes:
    """The feed as icalendar builds it from every file parsed whole (the feed before files
    were remembered and zones serialised once), its zones added in sorted order."""
    events = {}
    own = {}
    for data in items:
        try:
            cal = Calendar.from_ical(data)
        except Exception:
            continue
        if not (cal.events or cal.todos):
            continue
        for tz in cal.timezones:
            own.setdefault(str(tz["TZID"]), tz)
        for event in cal.events:
            uid = str(event["UID"])
            if uid not in events or int(event.get("SEQUENCE", 0)) >= int(
                    events[uid].get("SEQUENCE", 0)):
                events[uid] = event
    feed = ics._calendar()
    feed.add("X-WR-CALNAME", "Interview reminders")
    starts = []
    for uid in sorted(events):
        feed.add_component(events[uid])
        if isinstance(events[uid]["DTSTART"].dt, datetime):
            starts.append(events[uid]["DTSTART"].dt.date())
    if starts:
        first, last = min(starts) - ics._TZ_WINDOW, max(starts) + ics._TZ_WINDOW
        index = 0
        for tzid in sorted(feed.get_missing_tzids()):
            try:
                tz = Timezone.from_tzid(tzid, first_date=first, last_date=last)
            except ValueError:
                continue
            feed.subcomponents.insert(index, tz)
            index += 1
        for tzid in sorted(feed.get_missing_tzids()):
            if tzid in own:
                feed.add_component(own[tzid])
        for tz in feed.timezones:
            for comp in tz.walk():
                comp.pop("COMMENT", None)
    return bytes(feed.to_ical())


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("kind", list(ReminderKind))
def test_what_the_feed_remembers_is_what_parsing_the_file_gives(zone: str,
                                                                 kind: ReminderKind) -> None:
    for summary in ("", "Ünïcode — a long summary, with; commas\\ and\nlines " * 3):
        data = reminder(kind, zone, summary=summary, sequence=3)
        item = ics._FEED_ITEMS[data]
        assert (item.uid, item.sequence, item.start, item.tzids, item.event) == \
            parsed_facts(data)


@settings(max_examples=40, deadline=None)
@given(summary=st.text(max_size=300), company=st.text(max_size=80),
       zone=st.sampled_from(ZONES), kind=st.sampled_from(list(ReminderKind)),
       sequence=st.integers(0, 10**6))
def test_any_text_remembers_what_parsing_gives(summary: str, company: str, zone: str,
                                               kind: ReminderKind, sequence: int) -> None:
    data = reminder(kind, zone, summary=summary, company=company or None, sequence=sequence)
    item = ics._FEED_ITEMS[data]
    assert (item.uid, item.sequence, item.start, item.tzids, item.event) == parsed_facts(data)


def test_the_feed_is_the_one_built_from_the_parsed_files() -> None:
    items = [reminder(kind, zone, key=f"{zone}/{kind.value}")
             for zone in ZONES for kind in (ReminderKind.ASSESS, ReminderKind.CHECKIN)]
    newer = reminder(ReminderKind.ASSESS, "Asia/Kolkata", key="Asia/Kolkata/assess",
                     summary="moved", sequence=5)
    cancelled = render_cancelled(items[0], sequence=1, stamp=STAMP)
    custom = items[2].replace(b"UTC", b"Custom/Zone")  # not remembered: parsed
    mixed = [*items, newer, cancelled, custom, items[4].replace(b"\r\n", b"\n"), b"garbage",
             items[1]]
    feed = render_feed(mixed)
    assert feed == reference_feed(mixed)
    assert feed == ics._feed([ics._parse(d) for d in mixed if d != b"garbage"])  # none known
    assert b"SUMMARY:moved" in feed and b"STATUS:CANCELLED" in feed
    assert render_feed(list(reversed(items))) == render_feed(items) == reference_feed(items)


def test_the_feed_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """icalendar adds missing zones in set order; the feed sorts them, so two processes with
    different hash seeds write the same bytes (an unchanged feed is not rewritten)."""
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from test_ics_feed import ZONES, reminder\n"
        "from interview_sync.core.model import ReminderKind\n"
        "from interview_sync.render.ics import render_feed\n"
        "sys.stdout.buffer.write(render_feed([reminder(ReminderKind.ASSESS, z) "
        "for z in ZONES]))\n")
    feeds = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        feeds.add(subprocess.run([sys.executable, "-c", script], env=env, check=True,
                                 capture_output=True, timeout=120).stdout)
    assert len(feeds) == 1 and b"TZID:Asia/Kolkata" in next(iter(feeds))


def test_remembered_files_are_bounded() -> None:
    for index in range(ics._FEED_ITEMS_LIMIT + 5):
        reminder(ReminderKind.ASSESS, "UTC", key=f"bound-{index}")
    assert len(ics._FEED_ITEMS) <= ics._FEED_ITEMS_LIMIT



@settings(max_examples=50, deadline=None)
@given(summary=st.text(max_size=200), zone=st.sampled_from(ZONES))
def test_items_are_written_as_icalendar_writes_them(summary: str, zone: str) -> None:
    """``_to_ical`` leaves out icalendar's fold only for lines it would not fold."""
    data = reminder(ReminderKind.ASSESS, zone, summary=summary + "^\\" * 40)
    (event,) = Calendar.from_ical(data).events
    assert ics._to_ical(event) == bytes(event.to_ical())
    assert ics._FEED_ITEMS[data].event == bytes(event.to_ical())


def test_the_control_characters_removed_are_exactly_unicode_cc_but_newline_and_tab() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    kept = "".join(ch for ch in every if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    assert ics._text(every) == kept
