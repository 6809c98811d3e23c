"""A first sync stores interviews before their people and employer are found (``core.lazy``;
issue #15, first-sync speed): whoever reads them later (this process, another one, ``status``)
gets exactly what eager detection gives, and once this process has read them the rows are
stored whole, as an eager save writes them."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from engine_world import ME, START, WorldFactory
from test_first_sync_batch import mixed_calendar

from interview_sync.commands.sync import interview_status
from interview_sync.config.loader import load_settings
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.lazy import pending
from interview_sync.engine.wiring import open_engine, open_store
from interview_sync.local.codec import interview_to_json

NOW = START - timedelta(days=1)  # before every interview: nothing is due, nothing is read


def _eager(settings: object, listed: list[dict[str, object]]) -> dict[str, object]:
    mine = settings.detect.my_domains  # type: ignore[attr-defined]
    found = (assess_event(e, ME, my_domains=mine).interview for e in listed)
    return {iv.key: iv for iv in found if iv is not None}


def _rows(settings: object) -> dict[str, str]:
    with open_store(settings) as store:  # type: ignore[arg-type]
        return {str(k): str(j) for k, j in store._read("test", "SELECT key, json FROM interviews")}


def test_stored_before_read_then_read_back_as_detection_finds_them(world: WorldFactory) -> None:
    w = world(mixed_calendar())
    settings = load_settings(w.config)
    with open_engine(settings) as engine:
        engine.cycle(NOW)
        listed = engine.sources[0].sync(None).events
        kept = engine.store.interviews()
        assert kept and all(pending(iv) is not None for iv in kept)  # nothing read them
    eager = _eager(settings, listed)
    rows = _rows(settings)
    assert set(rows) == set(eager)
    assert all('"pending":' in text for text in rows.values())

    # another process: the store reads the rows back as the eager interviews
    with open_store(settings) as store:
        again = store.interviews()
        assert {iv.key: iv for iv in again} == eager
        assert interview_status(again, store.ledger(), NOW) == interview_status(
            list(eager.values()), {}, NOW)
    result = w.cli("status", "--json")
    assert result.exit_code == 0
    shown = json.loads(result.output)["interviews"]  # (its steps are as of the wall clock)
    assert [{k: v for k, v in row.items() if k != "steps"} for row in shown] == [
        {k: v for k, v in row.items() if k != "steps"}
        for row in interview_status(list(eager.values()), {}, NOW)]

    # a cycle that read them (here: after the interviews ended) stores them whole
    with open_engine(settings) as engine:
        engine.cycle(START + timedelta(days=2))
        assert {iv.key: iv for iv in engine.store.interviews()} == eager
    rows = _rows(settings)
    assert rows == {key: interview_to_json(iv) for key, iv in eager.items()}  # type: ignore[arg-type]
