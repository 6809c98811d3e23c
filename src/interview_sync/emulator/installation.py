"""A whole interview-sync installation in one folder, pointed at an emulator.

Owns ``write_installation`` (config TOML, 0600 token in a 0700 ``secrets`` folder, client
secrets: what a user has after ``interview-sync auth``, with ``[google] endpoint`` aimed at the
emulator) and ``write_token``. The demo, the engine tests, the proof suites and the benchmarks
all set up through here, so they run the product exactly as a user's files would configure it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["loopback_bypasses_proxy", "write_installation", "write_token"]


def loopback_bypasses_proxy() -> None:
    """Put 127.0.0.1 and localhost in ``NO_PROXY``/``no_proxy`` (httplib2 reads them), so
    traffic to an emulator never goes to a proxy configured in the environment."""
    for name in ("NO_PROXY", "no_proxy"):
        hosts = [h for h in os.environ.get(name, "").split(",") if h]
        for host in ("127.0.0.1", "localhost"):
            if host not in hosts:
                hosts.append(host)
        os.environ[name] = ",".join(hosts)


def write_token(path: Path, info: Mapping[str, Any]) -> None:
    """An authorized-user token file, private as ``interview-sync auth`` leaves it."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    # Replaced whole, as `auth` does: a daemon reading it meanwhile sees the old or the new one.
    tmp = path.with_name(f".{path.name}.new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(dict(info), handle)
    os.replace(tmp, path)


def _toml(value: object) -> str:
    # JSON's string, number and boolean literals are valid TOML literals.
    return json.dumps(value, ensure_ascii=False)


def write_installation(
    root: Path,
    *,
    url: str,
    token: Mapping[str, Any],
    client_secrets: Mapping[str, Any],
    me: str,
    name: str,
    user_timezone: str = "UTC",
    reply_detection: bool = False,
    poll_seconds: int = 300,
    backfill_days: int = 14,
    http_timeout: float = 5.0,
    holiday_country: str | None = None,
    notes_dir: str = "notes",
    reminders_dir: str = "reminders",
    tasks_dir: str = "tasks",
    references: Sequence[Mapping[str, str]] = (),
    comment: str = "",
) -> Path:
    """Write ``root/config.toml`` and ``root/secrets/``; returns the config file's path."""
    root.mkdir(parents=True, exist_ok=True)
    write_token(root / "secrets" / "token.json", token)
    (root / "secrets" / "client_secret.json").write_text(json.dumps(dict(client_secrets)),
                                                        encoding="utf-8")
    lines = [f"# {line}" for line in comment.splitlines()]
    lines += [
        "[google]", f"endpoint = {_toml(url)}", 'token_file = "secrets/token.json"',
        'client_secrets = "secrets/client_secret.json"', "",
        "[paths]", 'state_dir = "state"', f"notes_dir = {_toml(notes_dir)}",
        f"reminders_dir = {_toml(reminders_dir)}", f"tasks_dir = {_toml(tasks_dir)}", "",
        "[sync]", f"poll_seconds = {poll_seconds}", f"backfill_days = {backfill_days}",
        f"reply_detection = {_toml(reply_detection)}",
        f"http_timeout_seconds = {_toml(float(http_timeout))}", "",
        "[user]", f"name = {_toml(name)}", f"email = {_toml(me)}",
        f"timezone = {_toml(user_timezone)}",
    ]
    if holiday_country:
        lines += ["", "[timeline]", f"holiday_country = {_toml(holiday_country)}"]
    for reference in references:
        lines += ["", "[[references]]"] + [f"{key} = {_toml(reference[key])}"
                                           for key in ("name", "email", "relationship")
                                           if key in reference]
    config = root / "config.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config
