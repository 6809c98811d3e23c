"""sd_notify over a real AF_UNIX datagram socket, the watchdog interval, journal prefixes."""

from __future__ import annotations

import logging
import os
import socket
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_sync.ops import sdnotify


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    """A datagram socket bound where NOTIFY_SOCKET will point, like systemd's."""
    path = tmp_path / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(2)
    yield sock, str(path)
    sock.close()


def test_messages_arrive_as_one_newline_separated_datagram(
        listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    assert sdnotify.notify("READY=1", "STATUS=hello", environ={"NOTIFY_SOCKET": path})
    assert sock.recv(4096) == b"READY=1\nSTATUS=hello"


@pytest.mark.skipif(sys.platform != "linux", reason="abstract sockets are Linux-only")
def test_abstract_namespace_address() -> None:
    name = f"interview-sync-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(2)
        assert sdnotify.notify("WATCHDOG=1", environ={"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(4096) == b"WATCHDOG=1"


def test_helpers_use_the_environment(listener: tuple[socket.socket, str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    sock, path = listener
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    assert sdnotify.ready("loaded config")
    assert sock.recv(4096) == b"READY=1\nSTATUS=loaded config"
    assert sdnotify.status("cycle 2 done;\nsleeping")
    assert sock.recv(4096) == b"STATUS=cycle 2 done; sleeping"  # one line, never a new KEY=
    assert sdnotify.watchdog()
    assert sock.recv(4096) == b"WATCHDOG=1"
    assert sdnotify.stopping("bye")
    assert sock.recv(4096) == b"STOPPING=1\nSTATUS=bye"


@pytest.mark.parametrize("environ", [{}, {"NOTIFY_SOCKET": ""}])
def test_no_socket_is_a_silent_no_op(environ: dict[str, str]) -> None:
    assert sdnotify.notify("READY=1", environ=environ) is False


def test_a_dead_socket_is_logged_not_raised(tmp_path: Path,
                                            caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="interview_sync.ops.sdnotify"):
        sent = sdnotify.notify("READY=1", environ={"NOTIFY_SOCKET": str(tmp_path / "gone")})
    assert sent is False
    assert "sd_notify" in caplog.text


def test_a_queue_nobody_reads_gives_up_instead_of_blocking(
        listener: tuple[socket.socket, str], caplog: pytest.LogCaptureFixture) -> None:
    sock, path = listener
    environ = {"NOTIFY_SOCKET": path}
    sent = 0
    with caplog.at_level(logging.WARNING, logger="interview_sync.ops.sdnotify"):
        started = time.monotonic()
        while sdnotify.notify("WATCHDOG=1", environ=environ):  # until the queue is full
            sent += 1
            assert sent < 100_000, "the queue never filled"
        waited = time.monotonic() - started
    assert sent >= 1
    assert waited < sdnotify.SEND_TIMEOUT + 5  # gave up, did not block
    assert "sd_notify" in caplog.text
    assert sock.recv(4096) == b"WATCHDOG=1"  # what was queued is intact
    assert sdnotify.notify("STOPPING=1", environ=environ)  # room again once it is read


@pytest.mark.parametrize(("environ", "pid", "expected"), [
    ({}, 1, None),
    ({"WATCHDOG_USEC": "300000000"}, 1, 150.0),
    ({"WATCHDOG_USEC": "300000000", "WATCHDOG_PID": "1"}, 1, 150.0),
    ({"WATCHDOG_USEC": "300000000", "WATCHDOG_PID": "2"}, 1, None),  # meant for another process
    ({"WATCHDOG_USEC": "0"}, 1, None),
    ({"WATCHDOG_USEC": "junk"}, 1, None),
])
def test_watchdog_interval(environ: dict[str, str], pid: int, expected: float | None) -> None:
    assert sdnotify.watchdog_interval(environ, pid=pid) == expected


@pytest.mark.parametrize(("level", "prefix"), [
    (logging.CRITICAL, "<2>"), (logging.ERROR, "<3>"), (logging.WARNING, "<4>"),
    (logging.INFO, "<6>"), (logging.DEBUG, "<7>"), (25, "<6>"), (5, "<7>"),
])
def test_journal_prefix(level: int, prefix: str) -> None:
    assert sdnotify.journal_prefix(level) == prefix


def test_formatter_prefixes_every_traceback_line() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord("interview_sync.engine.daemon", logging.ERROR, __file__, 1,
                                   "cycle failed", None, sys.exc_info())
    lines = sdnotify.JournalFormatter().format(record).splitlines()
    assert lines[0] == "<3>interview_sync.engine.daemon: cycle failed"
    assert len(lines) > 3
    assert all(line.startswith("<3>") for line in lines)


@given(st.integers(min_value=0, max_value=100), st.text())
def test_formatter_never_emits_an_unprefixed_line(level: int, message: str) -> None:
    record = logging.LogRecord("x", level, __file__, 1, message, None, None)
    out = sdnotify.JournalFormatter().format(record)
    prefix = sdnotify.journal_prefix(level)
    assert all(line.startswith(prefix) for line in out.splitlines())


def test_stderr_is_journal_compares_device_and_inode(tmp_path: Path) -> None:
    with (tmp_path / "stream").open("w") as handle:
        st_ = os.fstat(handle.fileno())
        match = {"JOURNAL_STREAM": f"{st_.st_dev}:{st_.st_ino}"}
        assert sdnotify.stderr_is_journal(match, fd=handle.fileno())
        assert not sdnotify.stderr_is_journal({"JOURNAL_STREAM": "1:2"}, fd=handle.fileno())
        assert not sdnotify.stderr_is_journal({}, fd=handle.fileno())
