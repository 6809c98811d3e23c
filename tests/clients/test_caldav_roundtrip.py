"""The reminders and tasks through real programs: vdirsyncer to a Radicale CalDAV server and back,
todoman ticking a task off, khal listing the calendar, and the engine run again in between.

The scripted run (issue #14's figure "0 files recreated after deletion"): the engine writes,
vdirsyncer uploads; on the server an event is deleted, one is dismissed the way Thunderbird does
it and one is edited; todoman ticks a task off locally; vdirsyncer syncs both ways; a note moves
the check-in; the engine runs again; vdirsyncer syncs again. Then, read back over CalDAV: the
deleted reminder is gone everywhere, the dismissed one was still ours (cancelled because its task
is done), the edited one is the user's text, the check-in task moved, and todoman lists exactly
the open tasks.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import urllib.request
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path
from typing import Any

from client_tools import venv_tool
from engine_world import START, World, WorldFactory, make_interview_event
from icalendar import Calendar

AFTER = (START + timedelta(hours=2)).isoformat()
LATER = (START + timedelta(hours=3)).isoformat()
USER = "sync"
AUTH = "Basic " + base64.b64encode(f"{USER}:unused".encode()).decode()
DAV = "{DAV:}"


def _request(url: str, method: str = "GET", body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"Authorization": AUTH, **(headers or {})})
    with urllib.request.urlopen(request, timeout=30) as response:  # loopback only
        return response.status, response.read()


def _collection(server: str, name: str) -> str:
    return f"{server}{USER}/{name}/"


def _make_calendar(server: str, name: str) -> None:
    _request(_collection(server, name), "MKCALENDAR")


def _caldav_items(server: str, name: str) -> dict[str, tuple[str, Any]]:
    """``{UID: (href, component)}`` of a collection, read over CalDAV (PROPFIND, then GET)."""
    _status, body = _request(_collection(server, name), "PROPFIND", b"""<?xml version="1.0"?>
<propfind xmlns="DAV:"><prop><getetag/></prop></propfind>""", {"Depth": "1"})
    hrefs = [r.findtext(f"{DAV}href") or "" for r in ET.fromstring(body).iter(f"{DAV}response")]
    found: dict[str, tuple[str, Any]] = {}
    base = server.rstrip("/")
    for href in hrefs:
        if not href.endswith(".ics"):
            continue
        _status, data = _request(base + href)
        (item,) = [c for c in Calendar.from_ical(data).walk() if c.name in ("VEVENT", "VTODO")]
        found[str(item["UID"])] = (base + href, item)
    return found


def _put(url: str, component: Any, original: bytes) -> None:
    cal = Calendar.from_ical(original)
    cal.subcomponents = [c for c in cal.subcomponents if c.name == "VTIMEZONE"] + [component]
    _request(url, "PUT", cal.to_ical(), {"Content-Type": "text/calendar; charset=utf-8"})


class VdirSyncer:
    """vdirsyncer 0.21 with one pair per folder, ``collections = null`` (one collection each)."""

    def __init__(self, tmp: Path, world: World, server: str) -> None:
        self.binary = venv_tool("vdirsyncer")
        self.config = tmp / "vdirsyncer.conf"
        lines = ["[general]", f'status_path = "{tmp / "vds-status"}/"']
        for name in ("reminders", "tasks"):
            lines += [f"[pair {name}]", f'a = "{name}_local"', f'b = "{name}_remote"',
                      "collections = null", 'conflict_resolution = "b wins"',
                      f"[storage {name}_local]", 'type = "filesystem"',
                      f'path = "{world.root / name}/"', 'fileext = ".ics"',
                      f"[storage {name}_remote]", 'type = "caldav"',
                      f'url = "{_collection(server, name)}"', f'username = "{USER}"',
                      'password = "unused"']
        self.config.write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.env = {**os.environ, "HOME": str(tmp), "NO_PROXY": "127.0.0.1,localhost",
                    "no_proxy": "127.0.0.1,localhost"}

    def run(self, *args: str) -> str:
        result = subprocess.run([str(self.binary), "-c", str(self.config), *args],
                                capture_output=True, text=True, timeout=120, check=False,
                                env=self.env, input="")
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout + result.stderr


class Todoman:
    def __init__(self, tmp: Path, world: World) -> None:
        self.binary = venv_tool("todo")
        self.config = tmp / "todoman.py"
        self.config.write_text(
            f'path = "{world.root / "tasks"}"\ndate_format = "%Y-%m-%d"\ntime_format = "%H:%M"\n'
            f'default_list = "tasks"\ncache_path = "{tmp / "todoman.sqlite3"}"\n'
            "humanize = False\n", encoding="utf-8")
        self.env = {**os.environ, "HOME": str(tmp), "TZ": "America/Chicago"}

    def run(self, *args: str) -> str:
        result = subprocess.run([str(self.binary), "--config", str(self.config), *args],
                                capture_output=True, text=True, timeout=120, check=False,
                                env=self.env)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def open_tasks(self) -> list[dict[str, Any]]:
        return list(json.loads(self.run("--porcelain", "list")))


def _summaries(items: dict[str, tuple[str, Any]]) -> dict[str, str]:
    return {str(c["SUMMARY"]): uid for uid, (_href, c) in items.items()}


def _find(items: dict[str, tuple[str, Any]], text: str) -> tuple[str, str, Any]:
    (uid,) = [u for u, (_h, c) in items.items() if text in str(c["SUMMARY"])]
    href, component = items[uid]
    return uid, href, component


def _move_checkin(w: World) -> None:
    note = w.files_under("notes")[0]
    note.write_text(note.read_text(encoding="utf-8").replace(
        "## Next steps and timeline\n", "## Next steps and timeline\n\nDecision by June 30\n", 1),
        encoding="utf-8")


def test_delete_dismiss_edit_and_tick_off_through_caldav(
        world: WorldFactory, radicale: str, tmp_path: Path) -> None:
    w = world([make_interview_event(people=[("kim@northwind.com", "Kim Ng")])])
    assert w.sync(AFTER).exit_code == 0
    for name in ("reminders", "tasks"):
        _make_calendar(radicale, name)
    vds = VdirSyncer(tmp_path, w, radicale)
    vds.run("discover")
    vds.run("sync")

    # Everything arrived, readable over CalDAV, one item per file, same UIDs.
    events, tasks = _caldav_items(radicale, "reminders"), _caldav_items(radicale, "tasks")
    assert sorted(events) == sorted(p.stem for p in w.files_under("reminders"))
    assert sorted(tasks) == sorted(p.stem for p in w.files_under("tasks"))
    assert {c.name for _h, c in events.values()} == {"VEVENT"} and len(events) == 3
    assert {c.name for _h, c in tasks.values()} == {"VTODO"} and len(tasks) == 3
    todoman = Todoman(tmp_path, w)
    assert sorted(t["summary"] for t in todoman.open_tasks()) == \
        sorted(str(c["SUMMARY"]) for _h, c in tasks.values())

    # On the server (a phone, Thunderbird): delete one, dismiss one, edit one.
    deleted_uid, href, _c = _find(events, "Check in")
    _request(href, "DELETE")
    dismissed_uid, href, component = _find(events, "Write your assessment")
    component.add("X-MOZ-LASTACK", "20260610T170500Z", encode=False)
    component.add("X-MOZ-GENERATION", "1", encode=False)
    _put(href, component, _request(href)[1])
    edited_uid, href, component = _find(events, "Send your thank-you")
    component["SUMMARY"] = "Thank Kim (mention the data platform)"
    _put(href, component, _request(href)[1])
    # Locally, todoman ticks off the assessment task.
    (assess_task,) = [t for t in todoman.open_tasks() if "assessment" in t["summary"]]
    todoman.run("done", str(assess_task["id"]))
    vds.run("sync")
    assert not (w.root / "reminders" / f"{deleted_uid}.ics").exists()  # vdirsyncer deleted it

    _move_checkin(w)  # a change that would rewrite the deleted check-in event
    result = w.sync(LATER)
    assert result.exit_code == 0, result.output
    vds.run("sync")
    assert w.sync((START + timedelta(hours=4)).isoformat()).exit_code == 0
    vds.run("sync")

    events, tasks = _caldav_items(radicale, "reminders"), _caldav_items(radicale, "tasks")
    # 0 files recreated after deletion: not in the folder, not on the server.
    assert deleted_uid not in events
    assert not (w.root / "reminders" / f"{deleted_uid}.ics").exists()
    # Dismissed was still ours: cancelled now, because its task was ticked off.
    assert str(events[dismissed_uid][1]["STATUS"]) == "CANCELLED", result.output
    # Edited is the user's words, untouched.
    assert str(events[edited_uid][1]["SUMMARY"]) == "Thank Kim (mention the data platform)"
    # The check-in task followed the note; the ticked-off task stayed completed.
    _uid, _href, checkin_task = _find(tasks, "Check in")
    assert checkin_task["DUE"].dt.date().isoformat() == "2026-07-01"
    _uid, _href, done_task = _find(tasks, "assessment")
    assert str(done_task["STATUS"]) == "COMPLETED"
    open_summaries = sorted(t["summary"] for t in todoman.open_tasks())
    assert open_summaries == sorted(str(c["SUMMARY"]) for _h, c in tasks.values()
                                    if str(c.get("STATUS", "")) == "NEEDS-ACTION")
    assert len(open_summaries) == 2

    status = json.loads(w.cli("status", "--json").output)
    (row,) = status["interviews"]
    assert row["steps"]["1 assessment note"]["done_by_you"]
    reminders_state = row["steps"]["reminders (calendar)"]["state"]
    assert "1 deleted by you (not recreated)" in reminders_state
    assert "1 changed by you (left alone)" in reminders_state

    # khal reads the synced folder: the cancelled reminder is marked, the deleted one absent.
    khal_lines = _khal(tmp_path, w.root / "reminders")
    assert any("CANCELLED" in line and "assessment" in line for line in khal_lines), khal_lines
    assert not any("Check in" in line for line in khal_lines), khal_lines
    assert any("Thank Kim" in line for line in khal_lines), khal_lines


def _khal(tmp: Path, folder: Path) -> list[str]:
    khal = venv_tool("khal")
    config = tmp / "khal.conf"
    config.write_text(f"""[calendars]
[[reminders]]
path = {folder}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = America/Chicago
default_timezone = America/Chicago
[default]
default_calendar = reminders
[sqlite]
path = {tmp / "khal.db"}
""", encoding="utf-8")
    result = subprocess.run(
        [str(khal), "-c", str(config), "list", "--format", "{start} {title} {status}",
         "--day-format", "", "2026-06-01", "60d"],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "HOME": str(tmp), "TZ": "Asia/Tokyo"})
    assert result.returncode == 0, result.stderr
    return [" ".join(line.split()) for line in result.stdout.splitlines() if line.strip()]
