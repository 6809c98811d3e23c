"""When does each real client say a reminder's alarm fires? One answer per library, per item.

Used by ``test_alarm_agreement.py`` and ``bench/bench_reminder_clients.py``. Each ``by_*``
function takes one ``.ics`` file's bytes and returns ``{uid: [alarm instants as epoch seconds]}``
exactly as that library resolves them (its own parser, its own zone handling):

* icalendar — ``component.alarms.times`` (its alarm helper);
* ical (Home Assistant's strict parser) — the parsed DTSTART/DUE plus the parsed trigger;
* recurring-ical-events — its ``VALARM`` query over a window;
* khal — ``khal.khalendar.event.Event`` (khal shows only relative DISPLAY alarms; tasks: none);
* libical — ``libical_alarms.py`` under Debian's /usr/bin/python3 (GObject bindings).

``host_zone_report(paths, zone)`` runs all of them in a child process whose ``TZ`` is ``zone``,
because a client reads the host's zone for anything the file leaves floating.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

LIBICAL_PYTHON = "/usr/bin/python3"
HERE = Path(__file__).resolve().parent


def _epoch(moment: datetime) -> int:
    return int(moment.timestamp())


def by_icalendar(data: bytes) -> dict[str, list[int]]:
    from icalendar import Calendar

    out: dict[str, list[int]] = {}
    for comp in Calendar.from_ical(data).walk():
        if comp.name in ("VEVENT", "VTODO"):
            out[str(comp["UID"])] = sorted(_epoch(t.trigger) for t in comp.alarms.times)
    return out


def by_ical(data: bytes) -> dict[str, list[int]]:
    from ical.calendar_stream import IcsCalendarStream

    cal = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    out: dict[str, list[int]] = {}
    for item in [*cal.events, *cal.todos]:
        start = item.dtstart
        end = getattr(item, "due", None) or getattr(item, "end", None)
        found = []
        # ical names the list ``alarm`` on events and ``alarms`` on to-dos (14.3)
        for alarm in getattr(item, "alarm", None) or getattr(item, "alarms", []):
            trigger = alarm.trigger
            if isinstance(trigger, datetime):
                found.append(_epoch(trigger))
                continue
            related = str(getattr(alarm, "trigger_related", "") or "").upper()
            base = end if related.endswith("END") else start
            assert isinstance(base, datetime), f"{item.uid}: a date-only base for an alarm"
            found.append(_epoch(base + trigger))
        out[str(item.uid)] = sorted(found)
    return out


def by_recurring_ical_events(data: bytes) -> dict[str, list[int]]:
    import recurring_ical_events
    from icalendar import Calendar

    cal = Calendar.from_ical(data)
    out: dict[str, list[int]] = {str(c["UID"]): [] for c in cal.walk()
                                 if c.name in ("VEVENT", "VTODO")}
    query = recurring_ical_events.of(cal, components=["VALARM"])
    for occurrence in query.between(date(1990, 1, 1), date(2100, 1, 1)):
        for alarm in occurrence.subcomponents:
            out[str(occurrence["UID"])].append(_epoch(alarm["TRIGGER"].dt))
    return {uid: sorted(v) for uid, v in out.items()}


def by_khal(data: bytes, host_zone: str) -> dict[str, list[int]]:
    """Events only: khal ignores VTODO files (measured, shared/notes/ics-mime.md)."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar
    from khal.khalendar.event import Event

    local = ZoneInfo(host_zone)
    locale = {"local_timezone": local, "default_timezone": local, "timeformat": "%H:%M",
              "dateformat": "%Y-%m-%d", "longdateformat": "%Y-%m-%d",
              "datetimeformat": "%Y-%m-%d %H:%M", "longdatetimeformat": "%Y-%m-%d %H:%M",
              "unicode_symbols": True, "weeknumbers": False, "firstweekday": 0}
    out: dict[str, list[int]] = {}
    for comp in Calendar.from_ical(data).walk("VEVENT"):
        event = Event.fromString(data.decode("utf-8"), locale=locale, calendar="c")
        start = event.start_local
        out[str(comp["UID"])] = sorted(
            _epoch(start + delta) for delta, _text in event.alarms if isinstance(delta, timedelta))
    return out


def by_libical(paths: Sequence[Path]) -> dict[str, dict[str, Any]] | None:
    """None when Debian's libical bindings are not installed (``gir1.2-ical-3.0``)."""
    if not libical_available():
        return None
    result = subprocess.run([LIBICAL_PYTHON, str(HERE / "libical_alarms.py"), *map(str, paths)],
                            capture_output=True, text=True, timeout=300, check=False,
                            env={**os.environ})
    if result.returncode == 0:
        return dict(json.loads(result.stdout))
    if len(paths) == 1:  # this file makes the libical script fail: report how
        return {str(paths[0]): {"errors": [result.stderr.strip().splitlines()[-1:]]}}
    out: dict[str, dict[str, Any]] = {}
    for path in paths:
        found = by_libical([path])
        assert found is not None
        out.update(found)
    return out


def libical_available() -> bool:
    if not Path(LIBICAL_PYTHON).exists():
        return False
    probe = subprocess.run(
        [LIBICAL_PYTHON, "-c",
         "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib"],
        capture_output=True, timeout=60, check=False)
    return probe.returncode == 0


def report(paths: Sequence[Path], host_zone: str) -> dict[str, dict[str, Any]]:
    """``{path: {library: {uid: [instants]} | "error: ..."}}`` in this process's zone."""
    out: dict[str, dict[str, Any]] = {}
    for path in paths:
        data = path.read_bytes()
        row: dict[str, Any] = {}
        for name, fn in (("icalendar", by_icalendar), ("ical", by_ical),
                         ("recurring-ical-events", by_recurring_ical_events),
                         ("khal", lambda d: by_khal(d, host_zone))):
            try:
                row[name] = fn(data)
            except Exception as exc:
                row[name] = f"error: {type(exc).__name__}: {exc}"
        out[str(path)] = row
    libical = by_libical(paths)
    if libical is not None:
        for path, found in libical.items():
            problems = found.pop("errors")
            out[path]["libical"] = f"error: {problems}" if problems else found
    return out


def host_zone_report(paths: Sequence[Path], zone: str) -> dict[str, dict[str, Any]]:
    """``report`` run in a child process with ``TZ=zone``."""
    script = ("import json, sys, time; sys.path.insert(0, sys.argv[1]); time.tzset(); "
              "import alarm_instants as a; from pathlib import Path; "
              "print(json.dumps(a.report([Path(p) for p in sys.argv[3:]], sys.argv[2])))")
    env = {**os.environ, "TZ": zone}
    result = subprocess.run([sys.executable, "-c", script, str(HERE), zone, *map(str, paths)],
                            capture_output=True, text=True, timeout=600, check=False, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(json.loads(result.stdout))


def disagreements(found: dict[str, dict[str, Any]], *, require_alarm: bool = True) -> list[str]:
    """Every item on which two libraries differ (khal is silent on tasks, by design); with
    ``require_alarm``, also every item no library finds an alarm on (a cancelled reminder has
    none, on purpose)."""
    problems: list[str] = []
    for path, row in sorted(found.items()):
        answers: dict[str, dict[str, list[int]]] = {}
        for library, value in row.items():
            if isinstance(value, str):
                problems.append(f"{Path(path).name}: {library} {value}")
            else:
                answers[library] = value
        uids = sorted({u for v in answers.values() for u in v})
        for uid in uids:
            seen = {lib: v[uid] for lib, v in answers.items() if uid in v}
            if len({json.dumps(v) for v in seen.values()}) > 1:
                problems.append(f"{Path(path).name} {uid}: {seen}")
            if require_alarm and not any(seen.values()):
                problems.append(f"{Path(path).name} {uid}: no alarm at all")
    return problems


def khal_installed() -> bool:
    return shutil.which("khal", path=str(Path(sys.executable).parent)) is not None
