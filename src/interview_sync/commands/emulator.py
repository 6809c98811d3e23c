"""``interview-sync emulator``: run the Google API emulator in the foreground.

Prints exactly one line, ``listening on http://HOST:PORT``, once it accepts connections, so a
script can wait for it; stops cleanly (exit 0) on SIGTERM or SIGINT. ``--token-out`` writes an
authorized-user token file (mode 0600, atomically) for browser-less runs.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
import threading
from pathlib import Path
from types import FrameType

import click

from interview_sync.errors import ConfigError

__all__ = ["DEFAULT_SCOPES", "emulator_cmd", "write_token_file"]

DEFAULT_SCOPES = ("https://www.googleapis.com/auth/calendar.events.readonly",
                  "https://www.googleapis.com/auth/gmail.compose")


def write_token_file(path: Path, info: dict[str, object]) -> None:
    """Write ``info`` as JSON to ``path`` with mode 0600, via a temp file and rename."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=".token-", dir=directory)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(info, handle, indent=2)
            handle.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.command("emulator")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=0, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0 picks a free one).")
@click.option("--seed", "seed_path", type=click.Path(dir_okay=False),
              help='JSON seed: {"me": ..., "events": [...], "messages": [...]}.')
@click.option("--token-out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write an authorized-user token file here (mode 0600).")
@click.option("--scope", "scopes", multiple=True,
              help="Scope for --token-out (repeatable; short names like gmail.readonly work). "
                   "Default: calendar.events.readonly and gmail.compose.")
@click.option("--faults", default=None,
              help='Fault plan, e.g. "drafts.create:commit_drop:count=1;*:503:p=0.3;seed=7".')
def emulator_cmd(*, host: str, port: int, seed_path: str | None, token_out: Path | None,
                 scopes: tuple[str, ...], faults: str | None) -> None:
    """Run the local Google API emulator (Calendar, Gmail, OAuth) in the foreground."""
    from interview_sync.emulator import Emulator, FaultSpecError, parse_faults

    try:
        spec = parse_faults(faults) if faults else None
    except FaultSpecError as exc:
        raise click.BadParameter(str(exc), param_hint="--faults") from None
    emu = Emulator(seed_path, host=host, port=port, faults=spec)
    try:
        emu.start()
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                          remedy="pick another --port, or stop what is using it") from None
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        if token_out is not None:
            write_token_file(token_out, emu.issue_token(list(scopes) or list(DEFAULT_SCOPES)))
        click.echo(f"listening on {emu.url}")
        sys.stdout.flush()
        while not stop.wait(0.5):
            pass
    finally:
        emu.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
