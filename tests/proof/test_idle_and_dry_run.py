"""Behaviour behind two benchmark figures, asserted cheaply in CI.

An idle incremental poll makes exactly one HTTP request (issue 4), and ``--dry-run`` (d6#33)
goes through the same detection and planning as a real run, writes nothing, drafts nothing,
and announces exactly what the real run then does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import proof_harness as h
from hostile_cases import NOW

from interview_sync.emulator import Emulator


def test_idle_poll_is_one_request(tmp_path: Path,
                                  emulator_factory: Callable[..., Emulator]) -> None:
    emu = emulator_factory(h.interview_seed(3, NOW))
    env = h.write_setup(tmp_path / "root", emu)
    assert h.sync_once(env, NOW).exit_code == 0
    assert h.sync_once(env, NOW + timedelta(minutes=1)).exit_code == 0  # settles
    for i in range(3):
        emu.clear_requests()
        result = h.sync_once(env, NOW + timedelta(minutes=2 + i))
        assert result.exit_code == 0, result.output
        requests = emu.state()["requests"]
        # One process per `sync --once` also refreshes its access token; the daemon does not.
        api = [r for r in requests if r["path"] != "/token"]
        assert len(api) == 1, [(r["method"], r["path"]) for r in requests]
        assert "Nothing to do." in result.output


def _announced(output: str) -> list[str]:
    return sorted(re.sub(r"^\s*\[\w+\]\s*", "", line) for line in output.splitlines()
                  if re.match(r"^\s*\[\w+\] ", line))


def test_dry_run_matches_the_real_run_and_changes_nothing(
        tmp_path: Path, emulator_factory: Callable[..., Emulator]) -> None:
    emu = emulator_factory(h.interview_seed(2, NOW))
    env = h.write_setup(tmp_path / "root", emu)
    before = h.snapshot(env.root)
    dry = h.sync_once(env, NOW, dry_run=True)
    assert dry.exit_code == 0, dry.output
    assert emu.state()["drafts"] == []
    created = h.snapshot(env.root) - before
    assert not any(p.startswith("out") for p in created), created
    real = h.sync_once(env, NOW)
    assert real.exit_code == 0, real.output
    assert _announced(dry.output) and _announced(dry.output) == _announced(real.output)
