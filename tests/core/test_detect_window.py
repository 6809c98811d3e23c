"""Detection reads a bounded window of a description (``core.bounds.DETECT_WINDOW``): chosen so
that no labelled case changes, and what lies past it changes nothing (issue #15, bad input)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from interview_sync.core.bounds import DETECT_WINDOW, MAX_DESCRIPTION, bound_event
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event

DATA = Path(__file__).resolve().parents[1] / "data"
# What would make any event an interview if detection read it: hiring words, a schedule, people.
LOUD = ("Interview with the recruiter for the Data Engineer role: phone screen, onsite, final "
        "round. Interviewers: Kim Ng <kim@acme.example>, Raj Iyer <raj@acme.example>.\n")


def _labelled() -> list[tuple[str, dict[str, Any]]]:
    """Every labelled tuning event (the blind batch stays unread)."""
    out: list[tuple[str, dict[str, Any]]] = []
    real = json.loads((DATA / "real_detect.json").read_text(encoding="utf-8"))
    meta = real.get("meta", {})
    out += [(real["me"], e) for e in real["events"]
            if meta.get(e["id"], {}).get("batch") != "blind"]
    cases = json.loads((DATA / "detect_cases.json").read_text(encoding="utf-8"))
    out += [(cases["me"], e) for e in cases["events"]]
    return out


def _verdict(event: dict[str, Any], me: str) -> tuple[object, ...]:
    judged = assess_event(bound_event(event), me)
    return judged.tier, round(judged.confidence, 6), judged.interview


def test_the_window_is_inside_what_the_program_keeps() -> None:
    assert 0 < DETECT_WINDOW <= MAX_DESCRIPTION


def test_every_labelled_description_fits_in_the_window() -> None:
    # So the window changes no labelled answer: detection reads each of them whole.
    events = _labelled()
    assert len(events) > 500
    longest = max(len(e.get("description") or "") for _, e in events)
    assert longest <= DETECT_WINDOW // 4, longest  # with room to spare


@pytest.mark.parametrize("chunk", range(4))
def test_what_lies_past_the_window_changes_no_labelled_answer(chunk: int) -> None:
    events = _labelled()[chunk::4]
    for me, event in events:
        description = event.get("description") or ""
        if not isinstance(description, str):
            continue
        padded = dict(event, description=description.ljust(DETECT_WINDOW) + LOUD * 400)
        assert _verdict(padded, me) == _verdict(event, me), event.get("id")


def _garbage(rng: random.Random, size: int) -> str:
    return bytes(rng.getrandbits(8) for _ in range(size)).decode("latin-1")


@pytest.mark.parametrize("seed", range(3))
def test_enormous_binary_or_mixed_script_text_never_raises(seed: int) -> None:
    rng = random.Random(seed)
    texts = [_garbage(rng, 50_000) * 100, "\x00" * 5_000_000,
             ("Interview 面接 собеседование مقابلة " * 200_000),
             LOUD * 60_000, "<p>" * 1_000_000, ""]
    for text in texts:
        event = {"id": f"big{seed}", "summary": text[:5000] or "Interview",
                 "description": text, "location": text[:3000],
                 "start": {"dateTime": "2026-12-10T10:00:00Z"},
                 "end": {"dateTime": "2026-12-10T11:00:00Z"},
                 "attendees": [{"email": "pat@example.com", "self": True}],
                 "organizer": {"email": "recruiting@acme.example"}}
        judged = assess_event(bound_event(event), "pat@example.com")
        assert judged.tier in {"confident", "unsure", "below"}
        detect_interview(bound_event(event), "pat@example.com")  # never raises either


def test_the_timeline_reader_reads_the_same_window() -> None:
    from interview_sync.core.timeline.extract import MAX_CHARS

    assert MAX_CHARS == DETECT_WINDOW


def test_the_timeline_reader_ignores_what_lies_past_its_window() -> None:
    from datetime import datetime

    from interview_sync.core.timeline.extract import extract_timeline

    reference = datetime.fromisoformat("2026-06-10T14:00:00-04:00")
    promise = "We will get back to you by Friday."
    assert extract_timeline(promise, reference) is not None
    assert extract_timeline("Thanks for coming in. " * 400 + promise, reference) is None
    assert extract_timeline(promise + " Thanks for coming in." * 250_000, reference) is not None
