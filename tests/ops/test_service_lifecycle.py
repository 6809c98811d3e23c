"""What the units rely on from the commands, checked without systemd: the combined feed exists
after every cycle, a recovered service clears "a human must act", fatal errors reach the journal
at priority err, and the wait between retries feeds the watchdog (real CLI, real emulator, a
real AF_UNIX notify socket)."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from interview_sync.emulator.installation import loopback_bypasses_proxy, write_installation
from interview_sync.local.state import DB_NAME


def _install(tmp_path: Path, emu: Any) -> Path:
    loopback_bypasses_proxy()
    return write_installation(tmp_path / "inst", url=emu.url,
                              token=emu.issue_token(["calendar.events.readonly", "gmail.compose"]),
                              client_secrets=emu.client_secrets(), me=emu.me, name="Pat")


def _cli(config: Path, *args: str, env: dict[str, str] | None = None,
         stderr: Any = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    full = {"PATH": os.environ.get("PATH", ""), "HOME": str(config.parent),
            "NO_PROXY": "127.0.0.1,localhost", "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run([sys.executable, "-m", "interview_sync", "--config", str(config),
                           *args], env=full, stdout=subprocess.PIPE, stderr=stderr, text=True,
                          check=False, timeout=120)


def test_the_feed_is_written_every_cycle_it_is_missing(tmp_path: Path, emulator: Any) -> None:
    config = _install(tmp_path, emulator)
    feed = config.parent / "reminders.ics"
    assert _cli(config, "sync", "--once").returncode == 0
    assert feed.read_text().startswith("BEGIN:VCALENDAR")  # no reminder yet, still a feed
    feed.unlink()
    assert _cli(config, "sync", "--once").returncode == 0
    assert feed.exists()


def test_a_successful_cycle_clears_a_human_must_act(tmp_path: Path, emulator: Any) -> None:
    config = _install(tmp_path, emulator)
    assert _cli(config, "sync", "--once").returncode == 0
    db = config.parent / "state" / DB_NAME
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = 'run `interview-sync auth`' "
                     "WHERE name = 'needs_human'")
        if conn.total_changes == 0:
            conn.execute("INSERT INTO meta(name, value) VALUES ('needs_human', 'x')")
    assert _cli(config, "sync", "--once").returncode == 0
    with sqlite3.connect(db) as conn:
        (value,) = conn.execute("SELECT value FROM meta WHERE name = 'needs_human'").fetchone()
    assert value == ""


def test_fatal_errors_reach_the_journal_at_err(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[sync]\npoll_seconds = "often"\n')
    with open(tmp_path / "stderr", "w+", encoding="utf-8") as err:
        st = os.fstat(err.fileno())
        journal = {"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}", "INVOCATION_ID": "x"}
        result = _cli(config, "run", env=journal, stderr=err)
        err.seek(0)
        lines = [ln for ln in err.read().splitlines() if ln]
    assert result.returncode == 78
    assert lines and all(ln.startswith("<3>") for ln in lines), lines
    assert any("poll_seconds" in ln for ln in lines)
    plain = _cli(config, "run")
    assert plain.returncode == 2 and "<3>" not in plain.stderr  # at a terminal: no prefixes


def test_the_retry_wait_feeds_the_watchdog_and_stops_on_sigterm(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from interview_sync.commands.sync import _SystemdNotifier, _watchdog_pause

    address = str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(address)
        server.settimeout(0.01)
        monkeypatch.setenv("NOTIFY_SOCKET", address)
        monkeypatch.setenv("WATCHDOG_USEC", "200000")  # pings every 0.1 s
        monkeypatch.delenv("WATCHDOG_PID", raising=False)
        stop = threading.Event()
        pause = _watchdog_pause(stop, _SystemdNotifier())
        assert pause(0.5) is False
        pings = 0
        while True:
            try:
                pings += server.recv(100) == b"WATCHDOG=1"
            except TimeoutError:
                break
        assert pings >= 4, pings
        threading.Timer(0.2, stop.set).start()
        started = time.monotonic()
        assert pause(30) is True  # SIGTERM (the stop event) ends a 30 s wait at once
        assert time.monotonic() - started < 5
