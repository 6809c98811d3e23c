"""``interview-sync emulator``: run the Google API emulator in the foreground.

Prints exactly one line, ``listening on http://HOST:PORT``, once it accepts connections, so a
script can wait for it; stops cleanly (exit 0) on SIGTERM or SIGINT. ``--token-out`` writes an
authorized-user token file (mode 0600, atomically) for browser-less runs. The realism options
(search lag, Message-ID rewriting, token lifetimes, the JSON size limit, narrowed consent) are the
``Emulator``'s own switches; docs/emulator.md gives each one's source.
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
@click.option("--search-lag", default=0.0, show_default=True, metavar="SECONDS",
              type=click.FloatRange(0, 3600),
              help="Gmail search (q=, e.g. rfc822msgid:) finds a draft or message only this long "
                   "after it was written, as Gmail's index trails writes.")
@click.option("--rewrite-message-id/--keep-message-id", default=False, show_default=True,
              help="Replace the Message-ID of every stored draft with Gmail's own "
                   "<CA+...@mail.gmail.com>, as Gmail does.")
@click.option("--access-token-lifetime", default=3599, show_default=True, metavar="SECONDS",
              type=click.IntRange(1, 86400), help="expires_in of each access token.")
@click.option("--refresh-token-max-age", default=None, metavar="SECONDS",
              type=click.FloatRange(0, None),
              help="Refresh tokens older than this answer invalid_grant (Google's 7-day expiry "
                   "for apps in Testing is 604800). Default: never.")
@click.option("--json-limit", default=None, metavar="BYTES", type=click.IntRange(1, None),
              help="Largest JSON request body; above it Google's HTML 413 page. "
                   "Default: 5 MiB.")
@click.option("--grant-only", "grant_only", multiple=True, metavar="SCOPE",
              help="The consent screen grants only these of the requested scopes, as if the "
                   "user unticked the rest (repeatable; short names work).")
def emulator_cmd(*, host: str, port: int, seed_path: str | None, token_out: Path | None,
                 scopes: tuple[str, ...], faults: str | None, search_lag: float,
                 rewrite_message_id: bool, access_token_lifetime: int,
                 refresh_token_max_age: float | None, json_limit: int | None,
                 grant_only: tuple[str, ...]) -> None:
    """Run the local Google API emulator (Calendar, Gmail, OAuth) in the foreground.

    The realism options make it behave more like Google where Google is less kind
    (docs/emulator.md names the source of each)."""
    from interview_sync.emulator import Emulator, FaultSpecError, parse_faults
    from interview_sync.emulator.server import DEFAULT_JSON_LIMIT

    try:
        spec = parse_faults(faults) if faults else None
    except FaultSpecError as exc:
        raise click.BadParameter(str(exc), param_hint="--faults") from None
    emu = Emulator(seed_path, host=host, port=port, faults=spec,
                   access_token_lifetime=access_token_lifetime,
                   json_limit=json_limit or DEFAULT_JSON_LIMIT, search_lag=search_lag,
                   rewrite_message_id=rewrite_message_id)
    emu.expire_refresh_tokens_after(refresh_token_max_age)
    if grant_only:
        emu.grant_only(grant_only)
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
