"""Google's throttling answers, read the way Google writes them.

Owns ``Throttled`` (Google named a wait longer than one call may wait: a lockout, with its end)
and ``server_wait`` (the wait a 429/403 rate-limit answer asks for: its ``Retry-After`` header, or
the "Retry after <ISO time>" in its message, whichever is given). Gmail's per-user throttle
answers "User-rate limit exceeded.  Retry after 2023-03-07T18:18:23.688Z", minutes ahead and
often without a ``Retry-After`` header (taers232c/GAMADV-XTD3#337, bettergov/foiamail#36);
docs/emulator.md lists the shapes and their sources.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from googleapiclient.errors import HttpError

from interview_sync.errors import RemoteError

if TYPE_CHECKING:
    from interview_sync.google.client import RetryPolicy

__all__ = ["Throttled", "google_message", "server_wait", "wall_clock"]


class Throttled(RemoteError):
    """Google asked us to wait longer than one call may (a lockout): ``until`` says till when.

    Gmail's per-user throttle names the moment in its message ("User-rate limit exceeded.
    Retry after 2023-03-07T18:18:23.688Z", taers232c/GAMADV-XTD3#337), usually minutes away and
    often without a ``Retry-After`` header. Waiting that out inside one call would stall the
    daemon past its watchdog, so the caller remembers it and makes no call before ``until``.
    """

    def __init__(self, message: str, *, until: datetime, status: int | None = None,
                 reason: str | None = None, remedy: str = "") -> None:
        super().__init__(message, status=status, reason=reason, transient=True, remedy=remedy)
        self.until = until


def wall_clock() -> datetime:
    """Now, aware UTC: only to turn a server's "Retry after <time>" into a wait."""
    return datetime.now(UTC)  # noqa: TID251 - a deadline Google names in wall-clock time


_RETRY_AT = re.compile(
    r"Retry after (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d))", re.IGNORECASE)


def server_wait(error: HttpError, failure: RemoteError, clock: Callable[[], datetime],
                policy: RetryPolicy) -> RemoteError:
    """``failure`` with the server's wait: ``Retry-After`` or the message's time, whichever is
    given; a ``Throttled`` when that wait is longer than one call may wait."""
    wait = failure.retry_after
    until: datetime | None = None
    if wait is None:
        found = _RETRY_AT.search(google_message(error))
        if found:
            with contextlib.suppress(ValueError):
                until = datetime.fromisoformat(found.group(1).replace("Z", "+00:00"))
                wait = max(0.0, (until - clock()).total_seconds())
    if wait is None:
        return failure
    if wait > policy.cap:
        until = until or clock() + timedelta(seconds=wait)
        return Throttled(f"{failure}: Google asks to wait until "
                         f"{until.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC",
                         until=until, status=failure.status, reason=failure.reason,
                         remedy=failure.remedy)
    failure.retry_after = wait
    return failure


def google_message(error: HttpError) -> str:
    """``error.message`` of Google's JSON error body ("" for an HTML page or no body)."""
    try:
        body = json.loads(error.content.decode("utf-8") if isinstance(error.content, bytes)
                          else error.content)
        message = body["error"]["message"]
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return ""
    return message if isinstance(message, str) else ""
