"""A desktop notification when a human must act (token dead, config broken).

Owns one best-effort side channel: ``notify-send``, else ``gdbus call`` to
``org.freedesktop.Notifications.Notify``, and only where a session bus exists
(``$DBUS_SESSION_BUS_ADDRESS``). A lingering user manager at boot or an ssh-only box has no bus,
so this is never the only place the message goes: the journal and ``status`` always carry it.
It never raises and never blocks for long.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Mapping

__all__ = ["APP_NAME", "notify_desktop"]

log = logging.getLogger(__name__)

APP_NAME = "interview-sync"
TIMEOUT_SECONDS = 5


def _gvariant_string(text: str) -> str:
    # gdbus parses its arguments as GVariant text: a quoted string with backslash escapes.
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    return f"'{escaped}'"


def _commands(summary: str, body: str, urgency: str, path: str | None) -> list[list[str]]:
    commands: list[list[str]] = []
    notify_send = shutil.which("notify-send", path=path)
    if notify_send:
        commands.append([notify_send, f"--app-name={APP_NAME}", f"--urgency={urgency}",
                         "--icon=dialog-warning", "--", summary, body])
    gdbus = shutil.which("gdbus", path=path)
    if gdbus:
        level = {"low": 0, "normal": 1, "critical": 2}.get(urgency, 1)
        commands.append([
            gdbus, "call", "--session",
            "--dest", "org.freedesktop.Notifications",
            "--object-path", "/org/freedesktop/Notifications",
            "--method", "org.freedesktop.Notifications.Notify",
            _gvariant_string(APP_NAME), "0", _gvariant_string("dialog-warning"),
            _gvariant_string(summary), _gvariant_string(body), "[]",
            f"{{'urgency': <byte {level}>}}", "-1",
        ])
    return commands


def notify_desktop(summary: str, body: str, *, urgency: str = "critical",
                   environ: Mapping[str, str] | None = None) -> bool:
    """Show ``summary``/``body`` on the user's desktop; True if a notifier accepted it."""
    env = dict(os.environ if environ is None else environ)
    if not env.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    for command in _commands(summary, body, urgency, env.get("PATH")):
        try:
            result = subprocess.run(command, env=env, timeout=TIMEOUT_SECONDS, check=False,
                                    stdin=subprocess.DEVNULL, capture_output=True)
        except (OSError, subprocess.SubprocessError) as error:
            log.debug("desktop notification via %s failed: %s", command[0], error)
            continue
        if result.returncode == 0:
            return True
        log.debug("desktop notification via %s exited %s", command[0], result.returncode)
    return False
