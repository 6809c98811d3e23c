"""Talking to systemd: sd_notify messages and journal priority prefixes.

Owns the tiny protocol a ``Type=notify`` unit needs (sd_notify(3): one AF_UNIX datagram of
newline-separated ``KEY=value`` lines to ``$NOTIFY_SOCKET``, a leading ``@`` meaning the abstract
namespace), the watchdog interval systemd asks for (``$WATCHDOG_USEC``, ping at half of it), and
the ``<N>`` syslog priority prefix journald strips from each stdout line. Our own ~20 lines rather
than ``sdnotify``/``systemd-python``: see notes/ops.md §1.2. Everything here is a no-op outside
systemd and never raises: a failed notification is logged, because that log once found a real bug.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

__all__ = [
    "PRIORITY",
    "JournalFormatter",
    "journal_prefix",
    "notify",
    "ready",
    "status",
    "stderr_is_journal",
    "stopping",
    "watchdog",
    "watchdog_interval",
]

log = logging.getLogger(__name__)

# How long one notification may wait for room in the socket's queue. systemd reads its socket at
# once; but a datagram to a queue nobody drains (Linux keeps net.unix.max_dgram_qlen of them, 10
# by default) blocks the sender until it is read, and a STOPPING=1 blocked so would hang a clean
# shutdown after SIGTERM. A second is far longer than systemd ever takes, and then we give up.
SEND_TIMEOUT = 1.0

# logging level -> syslog priority (sd-daemon(3): SD_CRIT "<2>", SD_ERR "<3>", ...).
PRIORITY = {logging.CRITICAL: 2, logging.ERROR: 3, logging.WARNING: 4, logging.INFO: 6,
            logging.DEBUG: 7}


def notify(*messages: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send ``messages`` (e.g. ``"READY=1"``, ``"STATUS=..."``) to systemd; False if not sent."""
    env = os.environ if environ is None else environ
    address = env.get("NOTIFY_SOCKET", "")
    if not address or not messages:
        return False
    if address[0] == "@":
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.settimeout(SEND_TIMEOUT)
            sock.connect(address)
            sock.sendall("\n".join(messages).encode("utf-8", "replace"))
    except OSError as error:
        log.warning("sd_notify to %s failed: %s", env.get("NOTIFY_SOCKET"), error)
        return False
    return True


def ready(status_text: str = "") -> bool:
    """Tell systemd start-up finished (config and token loaded, before the first network call)."""
    return notify("READY=1", *([_status_line(status_text)] if status_text else []))


def status(text: str) -> bool:
    """Set the one line ``systemctl status`` shows under the unit."""
    return notify(_status_line(text))


def watchdog() -> bool:
    """Ping the watchdog (call at least every ``watchdog_interval()`` seconds)."""
    return notify("WATCHDOG=1")


def stopping(status_text: str = "") -> bool:
    """Tell systemd we are shutting down on purpose."""
    return notify("STOPPING=1", *([_status_line(status_text)] if status_text else []))


def _status_line(text: str) -> str:
    # STATUS= is one line of the datagram; a newline would start a bogus KEY=value.
    return "STATUS=" + " ".join(text.split())


def watchdog_interval(
    environ: Mapping[str, str] | None = None, pid: int | None = None,
) -> float | None:
    """Seconds between watchdog pings systemd expects (half of ``WatchdogSec``), or None."""
    env = os.environ if environ is None else environ
    try:
        usec = int(env.get("WATCHDOG_USEC") or 0)
    except ValueError:
        return None
    target = env.get("WATCHDOG_PID")
    me = os.getpid() if pid is None else pid
    if usec <= 0 or (target and target != str(me)):
        return None
    return usec / 2_000_000


def journal_prefix(level: int) -> str:
    """The ``<N>`` prefix journald turns into the syslog priority for a logging ``level``."""
    if level in PRIORITY:
        return f"<{PRIORITY[level]}>"
    # Custom levels: the nearest standard level at or below them.
    known = [lvl for lvl in sorted(PRIORITY) if lvl <= level]
    return f"<{PRIORITY[known[-1]] if known else 7}>"


class JournalFormatter(logging.Formatter):
    """Prefix every line (tracebacks too: journald parses per line) with the priority."""

    def __init__(self, fmt: str = "%(name)s: %(message)s") -> None:
        super().__init__(fmt)

    def format(self, record: logging.LogRecord) -> str:
        prefix = journal_prefix(record.levelno)
        return "\n".join(prefix + line for line in super().format(record).splitlines() or [""])


def stderr_is_journal(environ: Mapping[str, str] | None = None, fd: int = 2) -> bool:
    """True when ``fd`` is connected to journald (``$JOURNAL_STREAM`` is its ``dev:ino``)."""
    env = os.environ if environ is None else environ
    stream = env.get("JOURNAL_STREAM")
    if not stream:
        return False
    try:
        st = os.fstat(fd)
    except OSError:
        return False
    return stream == f"{st.st_dev}:{st.st_ino}"
