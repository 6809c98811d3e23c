"""The unsure tier end to end: a question instead of drafts, and the user's answer winning."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from engine_world import START, WorldFactory, make_interview_event

from interview_sync.cli import cli
from interview_sync.errors import ConfigError

AFTER = (START + timedelta(hours=2)).isoformat()
LATER = (START + timedelta(hours=3)).isoformat()
# A bare booking page title with one outside company: a hint, no hiring word (see
# tests/core/test_detect_confidence.py, which pins its tier).
BOOKING = dict(summary="30 Minute Meeting between Pat Lee and Kim Ng",
               description="Powered by Calendly.com",
               people=(("kim@northwind.com", "Kim Ng"),))


def test_an_unsure_event_gets_a_question_and_no_drafts(world: WorldFactory) -> None:
    w = world([make_interview_event(**BOOKING)])
    result = w.sync(AFTER)
    assert result.exit_code == 0, result.output
    assert w.drafts() == []
    assert len(w.files_under("notes")) == 1
    questions = [p for p in w.files_under("reminders")
                 if "Was this an interview?" in p.read_text(encoding="utf-8")]
    assert len(questions) == 1
    unfolded = questions[0].read_text(encoding="utf-8").replace("\r\n ", "").replace("\n ", "")
    assert "interview-sync confirm event00001" in unfolded.replace("\\n", " ")
    status = json.loads(w.cli("status", "--json", "--all").output)
    assert [u["event_id"] for u in status["unsure"]] == ["event00001"]
    assert any("an interview?" in item for item in status["needs_you"])
    assert w.emu.sent == []


def test_confirming_it_drafts_the_thank_you_on_the_next_sync(world: WorldFactory) -> None:
    w = world([make_interview_event(**BOOKING)])
    assert w.sync(AFTER).exit_code == 0
    confirmed = w.cli("confirm", "event00001")
    assert confirmed.exit_code == 0, confirmed.output
    assert "Confirmed" in confirmed.output
    assert w.sync(LATER).exit_code == 0
    assert [d["to"] for d in w.drafts()] == ["Kim Ng <kim@northwind.com>"]
    status = json.loads(w.cli("status", "--json", "--all").output)
    assert status["unsure"] == [] and status["decisions"] == {"event00001": "confirm"}


def test_ignoring_a_confident_interview_wins_over_detection(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    # before any sync the title is unknown, so a piece of it names nothing; the id always works
    assert w.runner.invoke(cli, ["--config", str(w.config), "ignore", "Northwind"]).exit_code
    assert w.cli("ignore", "event00001").exit_code == 0
    assert w.sync(AFTER).exit_code == 0
    assert w.drafts() == [] and w.files_under("notes") == []


def test_a_title_piece_that_matches_nothing_is_a_clear_error(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    result = w.runner.invoke(cli, ["--config", str(w.config), "confirm", "no such event"])
    assert isinstance(result.exception, ConfigError)
    assert "no event matches" in str(result.exception)
    assert "status --all" in (result.exception.remedy or "")


def test_status_all_shows_what_was_left_alone_and_why(world: WorldFactory) -> None:
    w = world([make_interview_event(), make_interview_event(
        "event00002", summary="Visa interview", people=(), description="Bring your passport.")])
    assert w.sync(AFTER).exit_code == 0
    text = w.cli("status", "--all").output
    assert "Left alone" in text and "Visa interview" in text
    assert "title_veto" in text


def test_ticking_yes_in_the_note_confirms_it(world: WorldFactory) -> None:
    w = world([make_interview_event(**BOOKING)])
    assert w.sync(AFTER).exit_code == 0
    (note,) = w.files_under("notes")
    text = note.read_text(encoding="utf-8")
    assert "## Was this an interview?" in text and "- [ ] Yes" in text
    note.write_text(text.replace("- [ ] Yes", "- [x] Yes"), encoding="utf-8")
    assert w.sync(LATER).exit_code == 0
    assert [d["to"] for d in w.drafts()] == ["Kim Ng <kim@northwind.com>"]
    status = json.loads(w.cli("status", "--json", "--all").output)
    assert status["decisions"] == {"event00001": "confirm"}


def test_ticking_no_in_the_note_ignores_it(world: WorldFactory) -> None:
    w = world([make_interview_event(**BOOKING)])
    assert w.sync(AFTER).exit_code == 0
    (note,) = w.files_under("notes")
    note.write_text(note.read_text(encoding="utf-8").replace("- [ ] No", "- [X] No"),
                    encoding="utf-8")
    assert w.sync(LATER).exit_code == 0
    assert w.drafts() == []
    cancelled = [p for p in w.files_under("reminders")
                 if "Was this an interview?" in p.read_text(encoding="utf-8")]
    assert cancelled and all("STATUS:CANCELLED" in p.read_text(encoding="utf-8")
                             for p in cancelled)
