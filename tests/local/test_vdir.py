"""``local.vdir``: what counts as a change to a reminder file, and what a folder scan reports."""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

sys.path.insert(0, str(Path(__file__).parents[1] / "render"))
from render_factories import make_reminder, make_settings

from interview_sync.core.model import ReminderKind
from interview_sync.local.vdir import Item, read_item, scan, semantic_fingerprint
from interview_sync.render.ics import render_reminder, render_task

STAMP = datetime(2026, 6, 10, 20, tzinfo=UTC)


def _event() -> bytes:
    action = make_reminder(ReminderKind.CHECKIN, at=None, on=date(2026, 6, 25))
    return render_reminder(action, make_settings(), sequence=0, stamp=STAMP).data


def _rewrite(data: bytes, change: str) -> bytes:
    cal = Calendar.from_ical(data)
    (event,) = cal.events
    (alarm,) = [c for c in event.subcomponents if c.name == "VALARM"]
    if change == "bookkeeping":
        event.add("X-MOZ-LASTACK", "20260625T130500Z", encode=False)
        event.add("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR", "AUTOMATIC")
        event.DTSTAMP = event.LAST_MODIFIED = STAMP + timedelta(days=3)
        event["SEQUENCE"] = 9
        alarm.add("ACKNOWLEDGED", STAMP + timedelta(days=3))
        snooze = Calendar.from_ical(cal.to_ical()).events[0].subcomponents[0]
        snooze.add("RELATED-TO", "snoozed-from")
        event.add_component(snooze)  # Apple's snooze alarm
        return bytes(cal.to_ical()).replace(b"TRIGGER:P0D", b"TRIGGER;RELATED=START:-PT0S")
    if change == "utc":  # todoman and some servers write the same instant in UTC
        start, end = event.start, event.end
        del event["DTSTART"], event["DTEND"]
        event.add("DTSTART", start.astimezone(UTC))
        event.add("DTEND", end.astimezone(UTC))
        return bytes(cal.to_ical())
    if change == "time":
        event["DTSTART"].dt += timedelta(hours=1)
    elif change == "summary":
        event["SUMMARY"] = "Call Kim"
    elif change == "description":
        event["DESCRIPTION"] = "my own words"
    elif change == "status":
        event["STATUS"] = "CANCELLED"
    elif change == "alarm":
        alarm["TRIGGER"].dt = timedelta(minutes=-15)
    elif change == "no alarm":
        event.subcomponents = []
    return bytes(cal.to_ical())


@pytest.mark.parametrize("change", ["bookkeeping", "utc"])
def test_client_bookkeeping_keeps_the_meaning(change: str) -> None:
    data = _event()
    changed = _rewrite(data, change)
    assert changed != data
    assert semantic_fingerprint(changed) == semantic_fingerprint(data)


@pytest.mark.parametrize("change", ["time", "summary", "description", "status", "alarm",
                                    "no alarm"])
def test_a_change_a_person_sees_changes_the_meaning(change: str) -> None:
    data = _event()
    assert semantic_fingerprint(_rewrite(data, change)) != semantic_fingerprint(data)


def test_a_completed_task_reads_as_completed() -> None:
    action = make_reminder(ReminderKind.ASSESS, key="iv/task/assess")
    data = render_task(action, make_settings(), key=action.key, sequence=0, stamp=STAMP).data
    item = read_item(data)
    assert isinstance(item, Item) and (item.kind, item.status) == ("VTODO", "NEEDS-ACTION")
    done = read_item(data.replace(b"STATUS:NEEDS-ACTION", b"STATUS:COMPLETED"))
    assert isinstance(done, Item) and done.status == "COMPLETED"
    assert done.fingerprint != item.fingerprint


@pytest.mark.parametrize(("data", "why"), [
    (b"\x00\xffgarbage", "does not parse"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n", "holds no event"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nDTSTART:20260101T100000Z"
     b"\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "has no UID"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\n"
     b"BEGIN:VEVENT\r\nUID:b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "holds 2 events/tasks"),
])
def test_mangled_files_say_what_is_wrong(data: bytes, why: str) -> None:
    found = read_item(data)
    assert isinstance(found, str) and why in found


def test_scan_reads_ours_lists_the_rest_and_skips_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "is-1.ics").write_bytes(_event())
    (tmp_path / "is-2.ics").write_bytes(b"garbage")
    (tmp_path / "theirs.ics").write_bytes(b"garbage")
    (tmp_path / ".is-3.ics.abc.tmp").write_bytes(b"half")
    (tmp_path / "notes.txt").write_text("x")
    found = scan(tmp_path, ours=["is-1.ics", "is-2.ics", "is-gone.ics"])
    assert found.exists and found.names == {"is-1.ics", "is-2.ics", "theirs.ics"}
    assert list(found.items) == ["is-1.ics"] and list(found.mangled) == ["is-2.ics"]
    assert not scan(tmp_path / "missing").exists


def _settle(path: Path) -> None:
    """Date the file's mtime back an hour (its ctime stays: the kernel sets it)."""
    old = path.stat().st_mtime_ns - 3600 * 10**9
    os.utime(path, ns=(old, old))


def test_scan_cache_rereads_a_file_only_when_it_changed(tmp_path: Path) -> None:
    path = tmp_path / "is-1.ics"
    path.write_bytes(_event())
    _settle(path)
    cache: dict = {}
    later = time.time_ns() + 10**9  # everything on disk counts as settled
    first = scan(tmp_path, ours=["is-1.ics"], cache=cache, settled_before_ns=later)
    assert list(cache) == [str(path)]
    again = scan(tmp_path, ours=["is-1.ics"], cache=cache, settled_before_ns=later)
    assert again.items["is-1.ics"] is first.items["is-1.ics"]  # not parsed again
    path.write_bytes(_rewrite(_event(), "summary"))
    changed = scan(tmp_path, ours=["is-1.ics"], cache=cache, settled_before_ns=time.time_ns())
    assert changed.items["is-1.ics"].fingerprint != first.items["is-1.ics"].fingerprint


def _same_size_edit(data: bytes) -> bytes:
    edited = data.replace(b"SUMMARY:", b"SUMMARY:X", 1)
    assert edited != data
    # Drop one character elsewhere so the size is the same as before.
    edited = edited.replace(b"UID:", b"UID", 1)
    assert len(edited) == len(data)
    return edited


@pytest.mark.parametrize("how", ["in place", "renamed over"])
def test_a_same_size_edit_with_the_old_mtime_is_still_seen(tmp_path: Path, how: str) -> None:
    """A client that rewrites a file to the same size and restores its mtime (as rsync -t and
    some sync tools do) within the same second: the cached read must not hide the change."""
    path = tmp_path / "is-1.ics"
    path.write_bytes(_event())
    _settle(path)
    before = path.stat()
    cache: dict = {}
    first = scan(tmp_path, ours=["is-1.ics"], cache=cache, settled_before_ns=time.time_ns())
    assert first.items["is-1.ics"].uid
    edited = _same_size_edit(path.read_bytes())
    if how == "in place":
        with path.open("r+b") as handle:
            handle.write(edited)
    else:
        (tmp_path / ".tmp").write_bytes(edited)
        os.replace(tmp_path / ".tmp", path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    found = scan(tmp_path, ours=["is-1.ics"], cache=cache, settled_before_ns=time.time_ns())
    assert "is-1.ics" in found.mangled  # the edit (no UID any more) is seen at once


def test_a_recently_changed_file_is_never_served_from_the_cache(tmp_path: Path) -> None:
    """Coarse timestamps: a file changed after ``settled_before_ns`` is parsed on every scan."""
    path = tmp_path / "is-1.ics"
    path.write_bytes(_event())
    cache: dict = {}
    earlier = path.stat().st_mtime_ns - 10**9
    first = scan(tmp_path, ours=["is-1.ics"], cache=cache, settled_before_ns=earlier)
    again = scan(tmp_path, ours=["is-1.ics"], cache=cache, settled_before_ns=earlier)
    assert again.items["is-1.ics"] is not first.items["is-1.ics"]  # read again
    assert again.items["is-1.ics"] == first.items["is-1.ics"]
