"""Fixtures for the engine tests; the world itself lives in ``engine_world``."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make engine_world importable

from engine_world import (
    ME,
    READ_SCOPE,
    SCOPES,
    World,
    WorldFactory,
)

from interview_sync.emulator import Emulator
from interview_sync.emulator.installation import write_installation


@pytest.fixture
def world(tmp_path: Path) -> Iterator[WorldFactory]:
    started: list[Emulator] = []

    def make(events: Sequence[dict[str, Any]] = (), *, references: bool = False,
             reply_detection: bool = False, faults: str | None = None) -> World:
        emu = Emulator({"me": ME, "events": list(events)}, faults=faults).start()
        started.append(emu)
        config = write_installation(
            tmp_path, url=emu.url, me=ME, name="Pat Lee", user_timezone="America/Chicago",
            token=emu.issue_token(SCOPES + ([READ_SCOPE] if reply_detection else [])),
            client_secrets=emu.client_secrets(), reply_detection=reply_detection,
            references=[{"name": "Morgan Reyes", "email": "morgan@example.org",
                         "relationship": "former manager"}] if references else ())
        return World(root=tmp_path, emu=emu, config=config,
                     token=tmp_path / "secrets" / "token.json")

    yield make
    for emu in started:
        emu.stop()
