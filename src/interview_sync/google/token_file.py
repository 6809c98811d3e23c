"""The authorized-user token file: reading it safely, and writing it back when Google rotates it.

Owns ``load_credentials`` (refuses, with the exact fix, a token file that is missing, not a regular
file, someone else's, readable by others, in a directory others can write, malformed, without a
refresh token, lacking a scope we need, or naming a token endpoint that is neither Google nor this
machine), ``save_credentials`` (0600 in a 0700 directory, fsynced, renamed, the rename fsynced) and
``PersistingCredentials``, the credentials that save themselves when a refresh rotates the refresh
token.

Why (see notes/google-apis.md): ``Credentials.from_authorized_user_info`` silently replaces
``token_uri`` with Google's, so the file is parsed here and the credentials are built with the
endpoint's ``/token``; google-auth has no "token refreshed" callback, so ``refresh`` is wrapped.
Hourly access tokens stay in memory: under the systemd unit the config directory is read-only
(ProtectHome=read-only) and a refresh must not depend on writing it. google-auth retries a
429/5xx from the token endpoint itself after about a second, so ``_RetryAfterRequest`` waits what
the server named first.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import tempfile
import time
from collections.abc import Collection
from datetime import datetime
from pathlib import Path
from typing import Any

from google.oauth2.credentials import Credentials

from interview_sync.core.destinations import token_destination_problem
from interview_sync.errors import AuthError
from interview_sync.google.client import DEFAULT_POLICY, scope_label
from interview_sync.google.remedies import AUTH_COMMAND

__all__ = ["PersistingCredentials", "load_credentials", "save_credentials"]

log = logging.getLogger(__name__)


class PersistingCredentials(Credentials):
    """User credentials that rewrite their token file when a refresh rotates the refresh token."""

    persist_to: Path | None = None

    def refresh(self, request: Any) -> None:
        before = self.refresh_token
        super().refresh(_RetryAfterRequest(request))  # type: ignore[no-untyped-call]
        if self.persist_to is not None and self.refresh_token != before:
            try:
                save_credentials(self, self.persist_to)
            except OSError as error:  # e.g. a read-only config dir under systemd
                log.warning("could not save the rotated refresh token to %s: %s",
                            self.persist_to, error.strerror or error)


class _RetryAfterRequest:
    """A google-auth transport that honours the token endpoint's ``Retry-After``.

    google-auth retries a 429/5xx from the token endpoint itself, after about a second,
    whatever the server asked for (its retry is outside our ``RetryPolicy``). Waiting here for
    the time the server named, before handing the answer back, makes that retry come no sooner
    than ``Retry-After`` (capped like every other wait in the engine).
    """

    def __init__(self, inner: Any, sleep: Any = time.sleep) -> None:
        self._inner = inner
        self._sleep = sleep

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        response = self._inner(*args, **kwargs)
        status = getattr(response, "status", 200)
        if status == 429 or status >= 500:
            wait = _retry_after_seconds(getattr(response, "headers", {}) or {})
            if wait:
                self._sleep(min(wait, DEFAULT_POLICY.cap))
        return response


def _retry_after_seconds(headers: Any) -> float:
    for name, value in dict(headers).items():
        if str(name).lower() == "retry-after":
            try:
                return max(0.0, float(str(value).strip()))
            except ValueError:
                return 0.0  # an HTTP-date: rare here, and the default backoff then applies
    return 0.0


def _refuse(path: Path, what: str, remedy: str) -> AuthError:
    return AuthError(f"the token file {path} {what}", remedy=remedy)


def load_credentials(path: str | os.PathLike[str], *, token_uri: str,
                     required_scopes: Collection[str]) -> PersistingCredentials:
    """Read and check the token file; refuse (``AuthError`` with the exact fix) anything unsafe."""
    path = Path(path)
    reauth = f"run `{AUTH_COMMAND}`"
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise _refuse(path, "does not exist (not authorized yet)",
                      f"{reauth} to authorize access to Google Calendar and Gmail drafts") from None
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(path, "is not a regular file", f"remove it, then {reauth}")
    if info.st_uid != os.getuid():
        raise _refuse(path, f"belongs to uid {info.st_uid}, not you (uid {os.getuid()})",
                      f"chown {os.getuid()} {path}   (or remove it and {reauth})")
    if info.st_mode & 0o077:
        mode = f"{stat.S_IMODE(info.st_mode):o}"
        raise _refuse(path, f"is readable or writable by others (mode {mode})",
                      f"chmod 600 {path}")
    directory = path.parent
    if directory.stat().st_mode & 0o022:
        raise _refuse(path, f"is in a directory others can write to ({directory})",
                      f"chmod 700 {directory}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (ValueError, UnicodeDecodeError) as error:
        raise _refuse(path, f"is not a valid token file ({error})",
                      f"remove it, then {reauth}") from None
    missing = [key for key in ("client_id", "client_secret") if not data.get(key)]
    if missing:
        raise _refuse(path, f"lacks {', '.join(missing)}", f"remove it, then {reauth}")
    # The refresh token goes to token_uri on every refresh: only to Google or this machine.
    problem = token_destination_problem(token_uri)
    if problem is not None:
        raise AuthError(f"refusing to send your refresh token to {token_uri[:200]!r}: {problem}",
                        remedy="fix [google] endpoint in the configuration (remove it to use "
                               "Google)")
    stored = data.get("token_uri")
    problem = None if stored is None else token_destination_problem(stored)
    if problem is not None:
        raise _refuse(path, f"names the token endpoint {str(stored)[:200]!r}, but {problem}",
                      f"remove it, then {reauth}")
    if not data.get("refresh_token"):
        raise _refuse(path, "has no refresh token, so access would end within the hour",
                      f"{reauth} (it asks Google for offline access)")
    scopes = data.get("scopes") or []
    if isinstance(scopes, str):
        scopes = scopes.split()
    lacking = [scope for scope in required_scopes if scope not in scopes]
    if lacking:
        raise AuthError(
            f"the token in {path} lacks permission to "
            + "; ".join(scope_label(scope) for scope in lacking),
            remedy=f"{reauth} and allow every permission on Google's consent screen")
    expiry = None
    if data.get("expiry"):
        with contextlib.suppress(ValueError, TypeError):
            expiry = datetime.strptime(str(data["expiry"]).rstrip("Z").split(".")[0],
                                       "%Y-%m-%dT%H:%M:%S")
    creds = PersistingCredentials(  # type: ignore[no-untyped-call]
        data.get("token"), refresh_token=data["refresh_token"], token_uri=token_uri,
        client_id=data["client_id"], client_secret=data["client_secret"], scopes=list(scopes),
        expiry=expiry, account=data.get("account") or "",
        universe_domain=data.get("universe_domain") or "googleapis.com")
    creds.persist_to = path
    return creds


def save_credentials(creds: Credentials, path: str | os.PathLike[str]) -> None:
    """Write the token file atomically: 0600, in a 0700 directory, fsynced, then renamed."""
    path = Path(path)
    directory = path.parent
    if not directory.exists():
        directory.mkdir(mode=0o700, parents=True)
        os.chmod(directory, 0o700)  # mkdir's mode is filtered by the umask
    data = json.loads(creds.to_json())  # type: ignore[no-untyped-call]
    if getattr(creds, "granted_scopes", None) and not data.get("scopes"):
        data["scopes"] = list(creds.granted_scopes)
    payload = (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=".token-", suffix=".tmp", dir=directory)  # 0600, O_EXCL
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    dir_fd = os.open(directory, os.O_DIRECTORY)
    try:
        os.fsync(dir_fd)  # make the rename itself durable
    finally:
        os.close(dir_fd)
