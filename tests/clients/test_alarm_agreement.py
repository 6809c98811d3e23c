"""Every reminder and task fires at the same instant in every client library, in any host zone.

icalendar, ical (strict), recurring-ical-events, khal and libical (Debian's bindings, where
installed) each compute every alarm of every kind of item, for items in Europe/Berlin spanning
both Berlin's and New York's change from summer time, in three host zones none of which is the
items' own. They must agree with each other *and* with the moment the planner asked for. An
all-day item with ``TRIGGER:PT9H`` (the old check-in) is the control: the libraries disagree on
it, so this test can tell.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "render"))

import alarm_instants as a
from render_factories import make_reminder, make_settings

from interview_sync.core.model import ReminderKind, WriteReminder
from interview_sync.render.ics import (
    reminder_moment,
    render_reminder,
    render_task,
)

STAMP = datetime(2026, 10, 1, 12, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
HOST_ZONES = ("America/Chicago", "Asia/Kolkata", "Pacific/Auckland")

OLD_ALL_DAY_CHECKIN = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//interview-sync//reminders//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:is-old-all-day\r\nDTSTAMP:20261001T120000Z\r\n"
    b"DTSTART;VALUE=DATE:20261022\r\nDTEND;VALUE=DATE:20261023\r\n"
    b"SUMMARY:Check in with Northwind\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
    b"DESCRIPTION:Check in\r\nTRIGGER:PT9H\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def _actions() -> list[WriteReminder]:
    return [
        make_reminder(ReminderKind.ASSESS, key="iv/reminder/assess",
                      at=datetime(2026, 10, 21, 15, tzinfo=BERLIN)),
        make_reminder(ReminderKind.SEND_THANKS, key="iv/reminder/send_thanks",
                      at=datetime(2026, 10, 25, 18, tzinfo=BERLIN)),  # Berlin's change day
        make_reminder(ReminderKind.CHECKIN, key="iv/reminder/checkin", at=None,
                      on=date(2026, 10, 26)),
        make_reminder(ReminderKind.BRIEF_REFERENCES, key="iv/reminder/brief_references",
                      at=datetime(2026, 11, 1, 8, tzinfo=UTC)),  # New York's change day
    ]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, int]:
    """Every item on disk, with the instant the planner meant (epoch seconds)."""
    folder = tmp_path_factory.mktemp("vdirs")
    settings = make_settings(timezone="Europe/Berlin")
    expected: dict[Path, int] = {}
    for action in _actions():
        moment = int(reminder_moment(action, settings).timestamp())
        for item in (render_reminder(action, settings, sequence=0, stamp=STAMP),
                     render_task(action, settings, key=action.key.replace("/reminder/", "/task/"),
                                 sequence=0, stamp=STAMP)):
            path = folder / item.filename
            path.write_bytes(item.data)
            expected[path] = moment
    return expected


@pytest.mark.parametrize("host_zone", HOST_ZONES)
def test_every_library_fires_every_alarm_at_the_planned_instant(
        written: dict[Path, int], host_zone: str) -> None:
    found = a.host_zone_report(sorted(written), host_zone)
    assert a.disagreements(found) == []
    libraries = {lib for row in found.values() for lib in row}
    assert {"icalendar", "ical", "recurring-ical-events", "khal"} <= libraries
    for path, moment in written.items():
        for library, answer in found[str(path)].items():
            if library == "khal" and b"BEGIN:VTODO" in path.read_bytes():
                assert answer == {}  # khal shows events only; todoman is tested for tasks
                continue
            assert list(answer.values()) == [[moment]], (path.name, library, answer)
    if not a.libical_available():
        # CI installs the bindings (.ci/run), so there a missing libical is a failure.
        assert not os.environ.get("CI"), "libical's bindings are missing in CI"
        pytest.skip("libical's Python bindings are missing (apt install gir1.2-ical-3.0 "
                    "python3-gi); the other four libraries agreed")
    assert "libical" in libraries


def test_the_old_all_day_alarm_is_caught(tmp_path: Path) -> None:
    """The control: the item issue #14 reported gives different instants (or an error)."""
    path = tmp_path / "old.ics"
    path.write_bytes(OLD_ALL_DAY_CHECKIN)
    found = a.host_zone_report([path], "America/Chicago")
    assert a.disagreements(found) != []
