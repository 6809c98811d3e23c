"""A link planted at a note's path: refused, said once, retried only when the path changes or a
person runs a command; everything else keeps working.

The real engine, the real Google client stack against the emulator, real files and links.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from engine_world import ME, START, World, WorldFactory, make_interview_event

from interview_sync.config.loader import load_settings
from interview_sync.engine.daemon import LoopConfig, run_loop
from interview_sync.engine.wiring import open_engine

PEOPLE = [("kim@northwind.com", "Kim Ng"), ("raj@northwind.com", "Raj Iyer")]
LEE = {"email": "lee@northwind.com", "displayName": "Lee Chen", "responseStatus": "accepted"}


def _attendees(*extra: dict[str, str]) -> list[dict[str, str]]:
    return [{"email": ME, "self": True, "responseStatus": "accepted"},
            *({"email": e, "displayName": n, "responseStatus": "accepted"} for e, n in PEOPLE),
            *extra]


def _plant_link(w: World, tmp_path: Path) -> tuple[Path, Path, str]:
    """After the first sync: the note replaced by a link to a victim file; Lee joins."""
    assert w.sync(START + timedelta(hours=2)).exit_code == 0
    (note,) = w.files_under("notes")
    original = note.read_text()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    note.unlink()
    note.symlink_to(victim)
    w.emu.patch_event("event00001", {"attendees": _attendees(LEE)})
    return note, victim, original


def _loop(w: World, start: timedelta, cycles: int) -> int:
    clock = [START + start]

    def sleep(seconds: float) -> None:
        clock[0] += timedelta(seconds=seconds)

    with open_engine(load_settings(w.config)) as engine:
        return run_loop(engine, config=LoopConfig(poll_seconds=300), stop=threading.Event(),
                        clock=lambda: clock[0], sleep=sleep, max_cycles=cycles)


def _needs_you(w: World) -> list[str]:
    return list(json.loads(w.cli("status", "--json").output)["needs_you"])


def _link_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno >= logging.WARNING and "symbolic link" in r.getMessage()]


def test_a_link_at_the_note_is_said_once_and_the_rest_keeps_working(
        world: WorldFactory, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    w = world([make_interview_event(people=PEOPLE)])
    note, victim, original = _plant_link(w, tmp_path)
    caplog.set_level(logging.INFO, logger="interview_sync")
    assert _loop(w, timedelta(hours=3), cycles=5) == 0
    assert victim.read_text() == "precious\n" and note.is_symlink()
    # One journal line for the refusal, and no per-cycle "cycle: N actions" chatter after it.
    assert len(_link_lines(caplog)) == 1, caplog.text
    cycles = [r.getMessage() for r in caplog.records if r.getMessage().startswith("cycle:")]
    assert len(cycles) == 1, cycles
    # Lee's thank-you draft was still made: the rest keeps working.
    assert sorted(d["to"] for d in w.drafts()) == [
        "Kim Ng <kim@northwind.com>", "Lee Chen <lee@northwind.com>",
        "Raj Iyer <raj@northwind.com>"]
    held = [n for n in _needs_you(w) if "LinkedIn prompt for Lee Chen was not added" in n]
    assert len(held) == 1 and "replace the link with the note itself" in held[0]

    # The user puts the note back: the path changed, so the next cycle adds Lee's section.
    caplog.clear()
    note.unlink()
    note.write_text(original)
    assert _loop(w, timedelta(hours=4), cycles=2) == 0
    assert "Lee Chen" in note.read_text() and note.read_text().startswith(original)
    assert _link_lines(caplog) == []
    assert not any("was not added" in n for n in _needs_you(w))
    assert victim.read_text() == "precious\n"


def test_a_person_running_sync_retries_the_held_note_at_once(
        world: WorldFactory, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    w = world([make_interview_event(people=PEOPLE)])
    note, victim, _original = _plant_link(w, tmp_path)
    caplog.set_level(logging.INFO, logger="interview_sync")
    assert _loop(w, timedelta(hours=3), cycles=3) == 0
    assert len(_link_lines(caplog)) == 1
    # The service's later cycles leave it alone; a person's `sync --once` tries again (and
    # says so again, since the link is still there).
    first = w.sync(START + timedelta(hours=5))
    assert first.exit_code == 1
    assert "[failed]" in first.output and "symbolic link" in first.output
    assert len(_link_lines(caplog)) == 2
    # Retargeting the link (a new link at the same name) is a change too: tried, refused.
    other = tmp_path / "other.txt"
    other.write_text("also precious\n")
    note.unlink()
    note.symlink_to(other)
    assert _loop(w, timedelta(hours=6), cycles=2) == 0
    assert len(_link_lines(caplog)) == 3
    assert victim.read_text() == "precious\n" and other.read_text() == "also precious\n"
