"""Crash loop and token death, with ``interview-sync run`` as a real subprocess.

Crash loop (d1#5, d4#24, d6#31): SIGKILL ``run`` at random moments while the calendar changes
under it, then let it finish: no duplicate or missing draft, no temp file, every ``.ics``
parses, every note is complete, ``PRAGMA integrity_check`` is ok. ``bench/proof_crash.py``
runs 200 kills (and 100 with 20% faults), and ≥ 200 kills aimed inside the draft window with
search lag and Message-ID rewriting on (issue 13).

Token death (d4#20): the refresh token is revoked mid-run → ``run`` exits 78 naming
``interview-sync auth``; with a new token the pending work completes with nothing doubled.
"""

from __future__ import annotations

import json
import random
import signal
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import proof_daemon as d
import proof_harness as h
import pytest
from click.testing import CliRunner

from interview_sync.cli import cli
from interview_sync.emulator import Emulator
from interview_sync.emulator.installation import write_token


@pytest.mark.slow
def test_crash_loop_15_kills(tmp_path: Path) -> None:
    report = d.crash_loop(tmp_path, interviews=4, kills=15, rng=random.Random(7))
    assert report.kills == 15
    assert report.duplicates == []
    assert report.missing == []
    assert report.extra == []
    assert report.temp_files == []
    assert report.ics == []
    assert report.notes == []
    assert report.integrity == "ok"
    assert report.final_exit == 0


def test_crash_points_and_aimed_kills_with_lagging_search_and_rewritten_ids(
        tmp_path: Path) -> None:
    """Issue 13: Gmail's search lags 5 s and it replaces our Message-ID; the daemon is killed
    at each step of the draft protocol (before create, stored but not recorded, after record),
    then at random moments inside the draft window with commit-then-drop faults on. Nothing is
    doubled or lost."""
    report = d.crash_loop(tmp_path, interviews=3, kills=4, rng=random.Random(13),
                          faults="drafts.create:commit_drop:p=0.3; *:503:p=0.1; seed=13",
                          search_lag=5.0, rewrite_message_id=True, aim=True, points=True,
                          max_alive=0.6)
    assert report.points == {"before_create": True, "stored_not_recorded": True,
                             "after_record": True}
    assert report.kills == 7 and report.window_kills >= 3
    assert report.duplicates == []
    assert report.missing == []
    assert report.extra == []
    assert report.integrity == "ok"
    assert report.final_exit == 0


def test_token_death_exits_78_and_recovers(
        tmp_path: Path, emulator_factory: Callable[..., Emulator]) -> None:
    now = datetime.now(UTC)
    emu = emulator_factory(h.interview_seed(1, now))
    env = h.write_setup(tmp_path / "root", emu, poll_seconds=1, http_timeout=2.0)
    log = tmp_path / "daemon.log"
    proc = d.spawn_run(env, log)
    try:
        assert d.wait_for(lambda: len(emu.state()["drafts"]) == 3,
                          timeout=d.PATIENCE), log.read_text()
        # Pending work arrives, and the grant is revoked by its refresh token: as at Google,
        # the daemon's live access token dies with it (no separate expiry needed).
        emu.insert_event(h.interview_event("pending1", now - timedelta(hours=3),
                                           company="Pending"))
        assert emu.revoke(json.loads(env.token_file.read_text())["refresh_token"])
        code = d.finish(proc, timeout=d.PATIENCE)
    finally:
        if proc.poll() is None:
            proc.kill()
            d.finish(proc)
    text = log.read_text(encoding="utf-8", errors="replace")
    assert code == 78, text
    assert "interview-sync auth" in text, text
    assert "Traceback" not in text, text
    assert len(emu.state()["drafts"]) == 3  # nothing drafted without a token

    status = CliRunner().invoke(cli, ["--config", str(env.config), "status", "--json"])
    assert status.exit_code == 0, status.output
    assert json.loads(status.output)["needs_you"], status.output

    write_token(env.token_file, emu.issue_token(list(h.SCOPES)))
    proc = d.spawn_run(env, log)
    try:
        assert d.wait_for(lambda: len(emu.state()["drafts"]) >= 6,
                          timeout=d.PATIENCE), log.read_text()
        d.wait_for(lambda: False, timeout=2.0)  # anything doubled would appear now
        proc.send_signal(signal.SIGTERM)
        assert d.finish(proc, timeout=d.PATIENCE) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            d.finish(proc)
    drafts = h.draft_keys(emu.state()["drafts"])
    assert sum(drafts.values()) == 6 and max(drafts.values()) == 1, drafts
    assert {to for to, _ in drafts} >= {"kim.ng@pending.example", "raj.iyer@pending.example"}


def test_second_instance_exits_75(tmp_path: Path,
                                  emulator_factory: Callable[..., Emulator]) -> None:
    emu = emulator_factory(h.interview_seed(1, datetime.now(UTC)))
    env = h.write_setup(tmp_path / "root", emu, poll_seconds=1)
    first = d.spawn_run(env, tmp_path / "first.log")
    try:
        assert d.wait_for(lambda: len(emu.state()["drafts"]) == 3, timeout=d.PATIENCE)
        second = d.spawn_run(env, tmp_path / "second.log")
        assert d.finish(second, timeout=d.PATIENCE) == 75, (tmp_path / "second.log").read_text()
        first.send_signal(signal.SIGTERM)
        assert d.finish(first, timeout=d.PATIENCE) == 0
    finally:
        if first.poll() is None:
            first.kill()
            d.finish(first)
