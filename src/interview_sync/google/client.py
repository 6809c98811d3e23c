"""The Google client factory: scopes, the token file, endpoints, services, and the one retry policy.

Owns: the OAuth scopes we ask for (least privilege), loading and saving the authorized-user token
file safely (0600 in a 0700 directory, written atomically, refused when others can read it),
persisting refreshed tokens, building the Calendar and Gmail services against Google or any base
URL (the emulator), and ``execute``: the only place an API request is sent and retried, and where
``HttpError``/``RefreshError``/socket errors become our ``RemoteError``/``AuthError``.

Why the pieces look the way they do (see notes/google-apis.md):

* ``Credentials.from_authorized_user_info`` silently replaces ``token_uri`` with Google's, so the
  file is parsed here and the credentials are constructed with the endpoint's ``/token``.
* google-auth has no "token refreshed" callback; ``PersistingCredentials.refresh`` saves the
  file when the refresh token changed. Hourly access tokens stay in memory, because under the
  systemd unit the config directory is read-only (ProtectHome=read-only) and a refresh must not
  depend on writing it.
* googleapiclient's own retries (``num_retries``) ignore ``Retry-After``, never cap the wait and
  cannot be stopped by SIGTERM; ``execute`` calls ``request.execute(num_retries=0)`` and retries
  itself with an injectable ``sleep`` (``threading.Event.wait`` works: a True return stops),
  waiting what Google names (``google.throttle``) and at most ``RetryPolicy.budget`` per call.
* Media uploads keep the ``https`` scheme whatever the endpoint says (google-api-python-client
  PR #1992), so a plain-http loopback endpoint gets ``LoopbackHttp`` (``transport``).
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import json
import logging
import os
import random
import stat
import tempfile
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import google_auth_httplib2
import httplib2
from google.auth.exceptions import RefreshError, TransportError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from interview_sync.core.destinations import token_destination_problem
from interview_sync.errors import AuthError, RemoteError
from interview_sync.google.remedies import (
    AUTH_COMMAND,
    DISABLED_REASONS,
    INVALID_GRANT_REMEDY,
    NETWORK_REMEDY,
    SCOPE_REASONS,
    http_remedy,
    refresh_remedy,
)
from interview_sync.google.throttle import Throttled, google_message, server_wait, wall_clock

__all__ = [
    "CALENDAR_SCOPE",
    "COMPOSE_SCOPE",
    "DEFAULT_POLICY",
    "INVALID_GRANT_REMEDY",
    "READ_SCOPE",
    "Endpoints",
    "LoopbackHttp",
    "PersistingCredentials",
    "RetryPolicy",
    "Services",
    "Throttled",
    "auth_error_from_refresh",
    "build_services",
    "endpoints",
    "execute",
    "from_http_error",
    "is_loopback",
    "load_credentials",
    "required_scopes",
    "save_credentials",
    "scope_label",
    "transport",
    "wall_clock",
]

log = logging.getLogger(__name__)

CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.events.readonly"
COMPOSE_SCOPE = "https://www.googleapis.com/auth/gmail.compose"  # drafts.* and getProfile
# Reply detection searches with messages.list(q="from:... after:..."). The narrower
# gmail.metadata scope forbids `q` (Google answers 403 "Metadata scope does not support 'q'"),
# so the one read scope that works is gmail.readonly, asked for only when the user turns it on.
READ_SCOPE = "https://www.googleapis.com/auth/gmail.readonly"

_LABELS = {
    CALENDAR_SCOPE: "see events on your calendars (calendar.events.readonly)",
    COMPOSE_SCOPE: "manage drafts in Gmail (gmail.compose)",
    READ_SCOPE: "read your Gmail messages, for reply detection (gmail.readonly)",
}



def required_scopes(reply_detection: bool) -> tuple[str, ...]:
    """The least-privilege scopes: calendar read + drafts, plus Gmail read for reply detection."""
    return (CALENDAR_SCOPE, COMPOSE_SCOPE, *((READ_SCOPE,) if reply_detection else ()))


def scope_label(scope: str) -> str:
    """What a scope lets us do, in the words of the consent screen."""
    return _LABELS.get(scope, scope)


# --------------------------------------------------------------------------- endpoints


@dataclass(frozen=True, slots=True, kw_only=True)
class Endpoints:
    calendar: str  # client_options api_endpoint for calendar v3 (must include /calendar/v3/)
    gmail: str  # api_endpoint for gmail v1 (method paths already start with gmail/v1/)
    token_uri: str
    auth_uri: str
    loopback: bool  # a 127.0.0.1/localhost base: no proxies, plain http allowed for the flow


GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
GOOGLE_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"


def endpoints(base: str | None) -> Endpoints:
    """Where each API lives: Google's real endpoints, or everything under one ``base`` URL."""
    if not base:
        return Endpoints(calendar="https://www.googleapis.com/calendar/v3/",
                         gmail="https://gmail.googleapis.com/", token_uri=GOOGLE_TOKEN_URI,
                         auth_uri=GOOGLE_AUTH_URI, loopback=False)
    root = base.rstrip("/")
    return Endpoints(calendar=f"{root}/calendar/v3/", gmail=f"{root}/", token_uri=f"{root}/token",
                     auth_uri=f"{root}/o/oauth2/auth", loopback=is_loopback(root))


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --------------------------------------------------------------------------- the token file


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


# --------------------------------------------------------------------------- services


@dataclass(frozen=True, slots=True, kw_only=True)
class Services:
    calendar: Any  # googleapiclient Resource for calendar v3
    gmail: Any  # googleapiclient Resource for gmail v1


def build_services(creds: Credentials, *, endpoint: str | None, timeout: float,
                   token_file: Path | None = None) -> Services:
    """Calendar and Gmail clients for ``endpoint`` (None: Google), every call with ``timeout``.

    ``token_file``: where a rotated refresh token is saved (``load_credentials`` already sets
    it to the file it read; pass it to persist credentials that came from elsewhere).
    """
    where = endpoints(endpoint)
    if token_file is not None and isinstance(creds, PersistingCredentials):
        creds.persist_to = Path(token_file)

    def http() -> google_auth_httplib2.AuthorizedHttp:
        # httplib2 is not thread-safe: one Http per service. A loopback base never goes via
        # $http_proxy (a proxy cannot reach our 127.0.0.1 anyway).
        return google_auth_httplib2.AuthorizedHttp(creds, http=transport(endpoint, timeout))

    calendar = build("calendar", "v3", http=http(), static_discovery=True, cache_discovery=False,
                     client_options={"api_endpoint": where.calendar})
    gmail = build("gmail", "v1", http=http(), static_discovery=True, cache_discovery=False,
                  client_options={"api_endpoint": where.gmail})
    return Services(calendar=calendar, gmail=gmail)



def transport(endpoint: str | None, timeout: float) -> httplib2.Http:
    """The httplib2 connection object for ``endpoint`` (None: Google).

    For Google this is a plain ``httplib2.Http``. For a plain-http loopback endpoint (the
    emulator, a local test server) it is ``LoopbackHttp``: googleapiclient builds media-upload
    URLs by swapping only the host and port into ``https://...`` (google-api-python-client PR
    #1992), so without it an upload to ``http://127.0.0.1:P`` would go to ``https://127.0.0.1:P``.
    """
    where = endpoints(endpoint)
    if not where.loopback:
        return httplib2.Http(timeout=timeout)
    split = urlsplit(endpoint or "")
    if split.scheme == "http":
        return LoopbackHttp(split.netloc, timeout=timeout, proxy_info=None)
    return httplib2.Http(timeout=timeout, proxy_info=None)


class LoopbackHttp(httplib2.Http):  # type: ignore[misc]
    """``httplib2.Http`` that sends ``https://NETLOC/...`` as ``http://NETLOC/...`` for one
    loopback ``NETLOC`` (the configured plain-http endpoint); every other URL is untouched."""

    def __init__(self, netloc: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._https = f"https://{netloc}/"
        self._http = f"http://{netloc}/"

    def request(self, uri: str, *args: Any, **kwargs: Any) -> Any:
        if uri.startswith(self._https):
            uri = self._http + uri[len(self._https):]
        return super().request(uri, *args, **kwargs)


# --------------------------------------------------------------------------- retries


@dataclass(frozen=True, slots=True, kw_only=True)
class RetryPolicy:
    """Truncated exponential backoff with jitter (Google's recommendation), one for the engine.

    Attempt ``n`` (1-based) that failed transiently waits ``min(cap, base * 2**(n-1))`` seconds,
    scaled into ``[half, full]`` of that when ``jitter`` (so retries spread out but never come
    back instantly), and at least the server's ``Retry-After`` (itself capped at ``cap``).
    """

    max_attempts: int = 6
    base: float = 1.0
    cap: float = 64.0  # the longest single wait inside a call; longer asks become Throttled
    jitter: bool = True
    # The most one call may spend waiting between attempts, all waits together: the daemon's
    # watchdog (WatchdogSec=5min) must hear from it long before a call could stall it.
    budget: float = 120.0

    def delay(self, attempt: int, *, retry_after: float | None = None,
              rng: Callable[[], float] = random.random) -> float:
        wait = min(self.cap, self.base * 2 ** (attempt - 1))
        if self.jitter:
            wait *= 0.5 + rng() / 2
        if retry_after is not None:
            wait = max(wait, retry_after)
        return float(min(self.cap, wait))


DEFAULT_POLICY = RetryPolicy()
_RATE_REASONS = {"rateLimitExceeded", "userRateLimitExceeded"}


def execute(request: Any, *, policy: RetryPolicy = DEFAULT_POLICY,
            sleep: Callable[[float], object] = time.sleep,
            rng: Callable[[], float] = random.random,
            clock: Callable[[], datetime] = wall_clock) -> Any:
    """Send one googleapiclient request, retrying what is worth retrying; return its JSON.

    Retries 429, 403 rateLimitExceeded/userRateLimitExceeded, 5xx, connection errors and
    timeouts, up to ``policy.max_attempts`` attempts and ``policy.budget`` seconds of waiting.
    The wait is the server's, when it names one (a ``Retry-After`` header, or "Retry after
    <time>" in the message), else the policy's backoff; a server wait longer than
    ``policy.cap`` is not waited out here but raised as ``Throttled``. Raises ``RemoteError``
    (``status``, ``reason``, ``transient``) or ``AuthError``; never ``HttpError`` or
    ``RefreshError``. ``sleep`` returning True (as ``threading.Event.wait`` does once the event
    is set) stops retrying at once, so a shutdown never waits out a backoff.
    """
    attempt = 0
    waited = 0.0
    while True:
        attempt += 1
        try:
            return request.execute(num_retries=0)
        except HttpError as error:
            failure, retry = from_http_error(error)
            if retry and isinstance(failure, RemoteError):
                failure = server_wait(error, failure, clock, policy)
                retry = not isinstance(failure, Throttled)
        except RefreshError as error:
            failure = auth_error_from_refresh(error)
            retry = isinstance(failure, RemoteError)
        except (OSError, TransportError, httplib2.HttpLib2Error,
                http.client.HTTPException) as error:
            # socket timeouts, refused/reset connections, DNS (ServerNotFoundError), TLS
            failure = RemoteError(f"cannot reach Google: {type(error).__name__}: {error}",
                                  transient=True, remedy=NETWORK_REMEDY)
            retry = True
        if not retry or attempt >= policy.max_attempts:
            raise failure
        retry_after = failure.retry_after if isinstance(failure, RemoteError) else None
        delay = policy.delay(attempt, retry_after=retry_after, rng=rng)
        if waited + delay > policy.budget:
            raise failure
        waited += delay
        if sleep(delay) is True:
            raise failure


def auth_error_from_refresh(error: RefreshError) -> AuthError | RemoteError:
    """Classify a refresh failure: a dead grant → AuthError (exit 78); a hiccup → RemoteError."""
    data = error.args[1] if len(error.args) > 1 and isinstance(error.args[1], dict) else {}
    code = str(data.get("error") or "")
    # no JSON answer at all is a proxy page or an outage, not a dead grant
    transient = code != "invalid_grant" and (getattr(error, "retryable", False) or not code)
    remedy = refresh_remedy(code, transient=transient)
    if code == "invalid_grant":
        return AuthError("Google no longer accepts the authorization (invalid_grant: the token "
                         "was revoked or has expired); drafting has stopped, nothing is lost",
                         remedy=remedy)
    if transient:
        said = f"Google's token endpoint failed: {code}" if code \
            else f"refreshing the token failed: {error}"
        return RemoteError(said, transient=True, remedy=remedy)
    if code in ("invalid_client", "unauthorized_client", "deleted_client"):
        return AuthError(f"Google rejected the OAuth client ({code})", remedy=remedy)
    return AuthError(f"refreshing the authorization failed ({code})", remedy=remedy)


def from_http_error(error: HttpError) -> tuple[RemoteError | AuthError, bool]:
    """Our error for ``error`` (what, which API, and what to do) and whether to retry it now."""
    status = int(error.resp.status)
    reason = _reason(error)
    where = _api_name(error)
    retry_after = _retry_after(error)
    message = f"{where} answered {status}" + (f" {reason}" if reason else "")
    remedy = http_remedy(status, reason, where, _permission_for(where))
    if status == 401:
        # AuthorizedHttp already refreshed and resent once; a second 401 means the grant is bad
        return AuthError(f"{message}: the authorization was not accepted", remedy=remedy), False
    if status == 403 and reason in SCOPE_REASONS:
        return AuthError(f"{message}: the token lacks a permission {where} needs",
                         remedy=remedy), False
    if status == 403 and reason in DISABLED_REASONS:
        return AuthError(f"{message}: the {where} API is not enabled for your OAuth client's "
                         "Cloud project", remedy=remedy), False
    if status == 400 and (said := google_message(error)):
        message += f": {said[:200]}"  # what Google objects to, e.g. "Invalid attachment"
    retry = status == 429 or status >= 500 or (status == 403 and reason in _RATE_REASONS)
    transient = retry or reason in ("quotaExceeded", "dailyLimitExceeded", "backendError")
    return RemoteError(message, status=status, reason=reason or None, transient=transient,
                       retry_after=retry_after, remedy=remedy), retry


def _reason(error: HttpError) -> str:
    """Google's machine-readable reason: ``error.errors[0].reason``, else ``details[].reason``,
    else ``error.status`` (the order googleapiclient itself uses)."""
    try:
        body = json.loads(error.content.decode("utf-8") if isinstance(error.content, bytes)
                          else error.content)
        err = body.get("error", {}) if isinstance(body, dict) else {}
    except (ValueError, AttributeError, UnicodeDecodeError):
        return ""
    if not isinstance(err, dict):
        return ""
    errors = err.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict) and errors[0].get(
            "reason"):
        return str(errors[0]["reason"])
    for detail in err.get("details") or []:
        if isinstance(detail, dict) and detail.get("reason"):
            return str(detail["reason"])
    return str(err.get("status") or "")


def _retry_after(error: HttpError) -> float | None:
    value = error.resp.get("retry-after") if hasattr(error.resp, "get") else None
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP-date: our own backoff applies
    return seconds if seconds is not None and seconds >= 0 else None


def _api_name(error: HttpError) -> str:
    path = urlsplit(getattr(error, "uri", "") or "").path
    if "/gmail/" in path:
        return "Gmail"
    if "/calendar/" in path:
        return "Calendar"
    return "Google"


def _permission_for(api: str) -> str:
    if api == "Gmail":
        return (f"{scope_label(COMPOSE_SCOPE)} (and {scope_label(READ_SCOPE)} if reply "
                "detection is on)")
    if api == "Calendar":
        return scope_label(CALENDAR_SCOPE)
    return "every permission interview-sync asks for"
