"""Reminders and tasks synced both ways (issue #14), end to end through the real CLI and emulator.

What a user (or their calendar program) does to the folders between two cycles, and what the next
cycle and ``status`` make of it: deletion is a tombstone, client bookkeeping is not an edit, a
real edit is left alone, a ticked-off task marks its step done and cancels its reminder, and
files the project did not write (or that a client mangled) are reported and left alone.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from engine_world import START, World, WorldFactory, make_interview_event
from icalendar import Calendar

AFTER = (START + timedelta(hours=2)).isoformat()
LATER = (START + timedelta(hours=3)).isoformat()


def _component(path: Path) -> Any:
    cal = Calendar.from_ical(path.read_bytes())
    (item,) = [c for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
    return item


def _by_summary(files: list[Path], text: str) -> Path:
    (found,) = [p for p in files if text in str(_component(p)["SUMMARY"])]
    return found


def _move_checkin(w: World) -> None:
    """The user's note names a date: the check-in (event and task) should move to July 1."""
    note = w.files_under("notes")[0]
    note.write_text(note.read_text(encoding="utf-8").replace(
        "## Next steps and timeline\n", "## Next steps and timeline\n\nDecision by June 30\n", 1),
        encoding="utf-8")


def _status(w: World) -> dict[str, Any]:
    result = w.cli("status", "--json")
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


def _first_sync(world: WorldFactory) -> World:
    w = world([make_interview_event(people=[("kim@northwind.com", "Kim Ng")])])
    result = w.sync(AFTER)
    assert result.exit_code == 0, result.output
    return w


def test_every_reminder_is_timed_with_an_alarm_at_its_start_and_every_step_is_a_task(
        world: WorldFactory) -> None:
    w = _first_sync(world)
    events = w.files_under("reminders")
    tasks = w.files_under("tasks")
    assert len(events) == len(tasks) == 3  # assess, thank-yous, check-in
    for path in events + tasks:
        item = _component(path)
        assert item.name == ("VEVENT" if path in events else "VTODO")
        start = item["DTSTART"].dt
        assert start.tzinfo is not None and str(start.tzinfo) == "America/Chicago"
        (alarm,) = [c for c in item.subcomponents if c.name == "VALARM"]
        assert alarm["TRIGGER"].dt == timedelta(0)
        if item.name == "VTODO":
            assert item["DUE"].dt == start + timedelta(minutes=30)
            assert str(item["STATUS"]) == "NEEDS-ACTION"
    checkin = _component(_by_summary(events, "Check in"))
    assert (checkin["DTSTART"].dt.hour, checkin["DTSTART"].dt.minute) == (9, 0)  # checkin_hour


def test_a_deleted_reminder_or_task_is_a_tombstone_never_recreated(world: WorldFactory) -> None:
    w = _first_sync(world)
    event = _by_summary(w.files_under("reminders"), "Check in")
    task = _by_summary(w.files_under("tasks"), "Check in")
    event.unlink()
    task.unlink()
    _move_checkin(w)  # a change that would rewrite both
    result = w.sync(LATER)
    assert result.exit_code == 0, result.output
    assert not event.exists() and not task.exists()
    assert "deleted by you; not recreated" in result.output
    for later in (4, 30 * 24):  # and on every cycle after, whatever happens
        assert w.sync((START + timedelta(hours=later)).isoformat()).exit_code == 0
        assert not event.exists() and not task.exists()
    (row,) = _status(w)["interviews"]
    assert "1 deleted by you (not recreated)" in row["steps"]["reminders (calendar)"]["state"]
    assert "1 deleted by you (not recreated)" in row["steps"]["tasks (to-do app)"]["state"]
    feed = Calendar.from_ical((w.root / "reminders.ics").read_bytes())
    assert not [e for e in feed.events if "Check in" in str(e["SUMMARY"])]


def test_client_bookkeeping_does_not_freeze_a_reminder(world: WorldFactory) -> None:
    """Thunderbird's dismiss, Apple's X- properties, a server's re-serialisation: still ours."""
    w = _first_sync(world)
    path = _by_summary(w.files_under("reminders"), "Check in")
    cal = Calendar.from_ical(path.read_bytes())
    (event,) = cal.events
    event.add("X-MOZ-LASTACK", "20260610T170000Z", encode=False)
    event.add("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR", "AUTOMATIC")
    event.DTSTAMP = event.LAST_MODIFIED = START + timedelta(hours=2, minutes=5)
    event["SEQUENCE"] = 7
    (alarm,) = [c for c in event.subcomponents if c.name == "VALARM"]
    alarm.add("ACKNOWLEDGED", START + timedelta(hours=2, minutes=5))
    alarm.add("X-WR-ALARMUID", "0F2C6D3E-1111-2222-3333-444455556666")
    # A server's re-serialisation: properties in another order, P0D written as -PT0S.
    properties = list(event.property_items(recursive=False))[1:-1]  # inside BEGIN/END
    for name, _value in properties:
        del event[name]
    for name, value in reversed(properties):
        event.add(name, value, encode=False)
    path.write_bytes(cal.to_ical().replace(b"TRIGGER:P0D", b"TRIGGER;RELATED=START:-PT0S"))
    assert b"X-MOZ-LASTACK" in path.read_bytes() and b"-PT0S" in path.read_bytes()
    _move_checkin(w)
    result = w.sync(LATER)
    assert result.exit_code == 0, result.output
    moved = _component(path)
    assert moved["DTSTART"].dt.date().isoformat() == "2026-07-01", result.output
    assert int(moved["SEQUENCE"]) == 8
    (row,) = _status(w)["interviews"]
    assert "changed by you" not in row["steps"]["reminders (calendar)"]["state"]


def test_a_real_edit_is_left_alone_and_status_says_so(world: WorldFactory) -> None:
    w = _first_sync(world)
    path = _by_summary(w.files_under("reminders"), "Check in")
    mine = path.read_bytes().replace(b"SUMMARY:Check in with Northwind",
                                     b"SUMMARY:Call Kim about the offer")
    path.write_bytes(mine)
    _move_checkin(w)
    result = w.sync(LATER)
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == mine
    task = _by_summary(w.files_under("tasks"), "Check in")  # the task was not edited: it moves
    assert _component(task)["DUE"].dt.date().isoformat() == "2026-07-01"
    (row,) = _status(w)["interviews"]
    assert "1 changed by you (left alone)" in row["steps"]["reminders (calendar)"]["state"]
    assert "changed by you" in w.cli("status").output


def test_a_ticked_off_task_marks_the_step_done_and_cancels_its_reminder(
        world: WorldFactory) -> None:
    w = _first_sync(world)
    task = _by_summary(w.files_under("tasks"), "Write your assessment")
    event = _by_summary(w.files_under("reminders"), "Write your assessment")
    # What `todo done` writes (measured in shared/notes/ics-mime.md): UTC DUE, COMPLETED, ...
    cal = Calendar.from_ical(task.read_bytes())
    (todo,) = cal.todos
    todo["STATUS"] = "COMPLETED"
    todo.add("COMPLETED", START + timedelta(hours=2, minutes=30))
    todo.add("PERCENT-COMPLETE", 100)
    due = todo["DUE"].dt
    del todo["DUE"]
    todo.add("DUE", due.astimezone(START.tzinfo))
    task.write_bytes(cal.to_ical())
    result = w.sync(LATER)
    assert result.exit_code == 0, result.output
    assert str(_component(event)["STATUS"]) == "CANCELLED"
    assert not [c for c in _component(event).subcomponents if c.name == "VALARM"]
    assert str(_component(task)["STATUS"]) == "COMPLETED"  # the user's file, untouched
    (row,) = _status(w)["interviews"]
    step = row["steps"]["1 assessment note"]
    assert step["done_by_you"] and "you ticked the task off" in step["state"]
    assert "1 ticked off by you" in row["steps"]["tasks (to-do app)"]["state"]
    assert w.sync((START + timedelta(hours=5)).isoformat()).exit_code == 0
    assert str(_component(event)["STATUS"]) == "CANCELLED"  # and it stays so


def test_bad_files_are_reported_left_alone_and_the_rest_keeps_working(
        world: WorldFactory) -> None:
    w = _first_sync(world)
    reminders = w.root / "reminders"
    foreign = reminders / "someone-else.ics"
    foreign.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\n"
                        b"UID:x1\r\nDTSTAMP:20260610T000000Z\r\nDTSTART:20260611T100000Z\r\n"
                        b"SUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    checkin_path = _by_summary(w.files_under("reminders"), "Check in")
    mangled = _by_summary(w.files_under("reminders"), "Send your thank-you")
    mangled.write_bytes(b"\x00\xffthis is not a calendar")
    doubled = _by_summary(w.files_under("tasks"), "Send your thank-you")
    text = doubled.read_bytes()
    head, _, tail = text.partition(b"BEGIN:VTODO")
    body = b"BEGIN:VTODO" + tail[:tail.index(b"END:VTODO")] + b"END:VTODO\r\n"
    doubled.write_bytes(head + body + body.replace(b"UID:is-", b"UID:copy-") +
                        tail[tail.index(b"END:VTODO") + len(b"END:VTODO\r\n"):])
    before = {p: p.read_bytes() for p in (foreign, mangled, doubled)}
    _move_checkin(w)
    result = w.sync(LATER)
    assert result.exit_code == 0, result.output
    assert {p: p.read_bytes() for p in before} == before  # left alone
    checkin = _component(checkin_path)
    assert checkin["DTSTART"].dt.date().isoformat() == "2026-07-01"  # the rest keeps working
    notices = " | ".join(_status(w)["notices"])
    assert "1 file(s) interview-sync did not write, left alone: someone-else.ics" in notices
    assert f"{mangled.name} does not parse" in notices or f"{mangled.name} holds no" in notices
    assert f"{doubled.name} holds 2 events/tasks" in notices
    feed = Calendar.from_ical((w.root / "reminders.ics").read_bytes())
    assert "Dentist" not in [str(e["SUMMARY"]) for e in feed.events]


def test_an_emptied_folder_is_reported_and_not_refilled(world: WorldFactory) -> None:
    w = _first_sync(world)
    for path in w.files_under("reminders"):
        path.unlink()
    _move_checkin(w)
    result = w.sync(LATER)
    assert result.exit_code == 0, result.output
    assert w.files_under("reminders") == []
    assert len(w.files_under("tasks")) == 3  # the other folder keeps working
    notices = " | ".join(_status(w)["notices"])
    assert "was emptied: its 3 reminder(s) are treated as deleted by you" in notices


def test_a_missing_folder_is_not_a_deletion(world: WorldFactory) -> None:
    w = _first_sync(world)
    tasks = w.root / "tasks"
    hidden = w.root / "tasks-unmounted"
    tasks.rename(hidden)
    result = w.sync(LATER)
    assert result.exit_code == 0, result.output
    assert not tasks.exists()
    assert "has gone" in " | ".join(_status(w)["notices"])
    hidden.rename(tasks)  # the disk is back: the tasks are still ours and follow changes
    _move_checkin(w)
    result = w.sync((START + timedelta(hours=4)).isoformat())
    assert result.exit_code == 0, result.output
    task = _by_summary(w.files_under("tasks"), "Check in")
    assert _component(task)["DUE"].dt.date().isoformat() == "2026-07-01"


def test_pointing_the_config_at_another_folder_is_not_a_deletion(world: WorldFactory) -> None:
    w = _first_sync(world)
    text = w.config.read_text(encoding="utf-8")
    w.config.write_text(text.replace('reminders_dir = "reminders"', 'reminders_dir = "moved"'),
                        encoding="utf-8")
    _move_checkin(w)
    result = w.sync(LATER)
    assert result.exit_code == 0, result.output
    assert "vanished" not in result.output and "not recreated" not in result.output
    checkin = _by_summary(w.files_under("moved"), "Check in")
    assert _component(checkin)["DTSTART"].dt.date().isoformat() == "2026-07-01"
