"""Fixtures for the engine tests; the world itself lives in ``engine_world``."""

from __future__ import annotations

import json
import sys
import textwrap
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
    write_token,
)

from interview_sync.emulator import Emulator


@pytest.fixture
def world(tmp_path: Path) -> Iterator[WorldFactory]:
    started: list[Emulator] = []

    def make(events: Sequence[dict[str, Any]] = (), *, references: bool = False,
             reply_detection: bool = False, extra_config: str = "",
             faults: str | None = None) -> World:
        emu = Emulator({"me": ME, "events": list(events)}, faults=faults).start()
        started.append(emu)
        token = tmp_path / "secrets" / "token.json"
        write_token(token, emu.issue_token(SCOPES + ([READ_SCOPE] if reply_detection else [])))
        (tmp_path / "secrets" / "client_secret.json").write_text(
            json.dumps(emu.client_secrets()), encoding="utf-8")
        refs = ('\n[[references]]\nname = "Morgan Reyes"\nemail = "morgan@example.org"\n'
                'relationship = "former manager"\n') if references else ""
        config = tmp_path / "config.toml"
        config.write_text(textwrap.dedent(f"""\
            [google]
            endpoint = "{emu.url}"
            token_file = "secrets/token.json"
            client_secrets = "secrets/client_secret.json"
            [paths]
            state_dir = "state"
            notes_dir = "notes"
            reminders_dir = "reminders"
            [sync]
            poll_seconds = 300
            backfill_days = 14
            reply_detection = {"true" if reply_detection else "false"}
            http_timeout_seconds = 5
            [user]
            name = "Pat Lee"
            email = "{ME}"
            timezone = "America/Chicago"
            """) + extra_config + refs, encoding="utf-8")
        return World(root=tmp_path, emu=emu, config=config, token=token)

    yield make
    for emu in started:
        emu.stop()
