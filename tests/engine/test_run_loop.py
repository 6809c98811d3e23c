"""``interview-sync run`` as systemd runs it: a real subprocess, sd_notify, SIGTERM, timeliness.

The daemon polls every 300 s, yet drafts must exist long before the next poll: it sleeps until
the next due moment. (How many seconds it takes is a benchmark figure, bench/proof_soak.py;
this test checks the behaviour with a margin a loaded CI machine cannot break.)
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from engine_world import WorldFactory, make_interview_event


def _start_run(config: Path, notify: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "NOTIFY_SOCKET": str(notify), "NO_PROXY": "127.0.0.1,localhost",
           "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "interview_sync", "--config", str(config),
                             "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)


def test_drafts_seconds_after_the_end_then_sigterm_stops_cleanly(
        world: WorldFactory, tmp_path: Path) -> None:
    end = datetime.now(UTC) + timedelta(seconds=4)
    event = make_interview_event(start=end - timedelta(minutes=30), minutes=30,
                                 people=[("kim@northwind.com", "Kim Ng")])
    w = world([event])
    notify = tmp_path / "notify.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(notify))
    listener.settimeout(0.2)
    process = _start_run(w.config, notify)
    messages: list[str] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not w.drafts():
            with contextlib.suppress(TimeoutError):
                messages.append(listener.recv(4096).decode())
            assert process.poll() is None, process.communicate()[0]
        drafted_at = datetime.now(UTC)
        assert w.drafts(), "no draft within 120 s of starting"
        assert (drafted_at - end).total_seconds() < 120, f"drafted {drafted_at - end} after end"
        process.send_signal(signal.SIGTERM)
        # Keep reading the notify socket while it stops, as systemd does: a queue nobody drains
        # fills (10 datagrams on Linux by default) and the daemon's notifications give up.
        deadline = time.monotonic() + 30
        while process.poll() is None and time.monotonic() < deadline:
            with contextlib.suppress(TimeoutError):
                messages.append(listener.recv(4096).decode())
        output = process.communicate(timeout=5)[0]
        code = process.returncode
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
        while True:
            try:
                messages.append(listener.recv(4096).decode())
            except (TimeoutError, OSError):
                break
        listener.close()
    assert code == 0, output
    joined = "\n".join(messages)
    assert "READY=1" in joined and "STOPPING=1" in joined
    assert "STATUS=" in joined
    assert len(w.drafts()) == 1 and w.emu.sent == []


def test_a_revoked_token_stops_run_with_78_and_the_remedy(
        world: WorldFactory, tmp_path: Path) -> None:
    w = world([make_interview_event()])
    w.emu.revoke()
    w.emu.expire_access_tokens()
    process = _start_run(w.config, tmp_path / "absent.sock")
    try:
        output = process.communicate(timeout=60)[0]
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 78, output
    assert "interview-sync auth" in output and "In production" in output
    assert "Traceback" not in output
