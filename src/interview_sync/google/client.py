"""The Google client factory: scopes, endpoints, services, and the one retry policy.

Owns: the OAuth scopes we ask for (least privilege), the endpoints (Google's, or any base URL such
as the emulator's), building the Calendar and Gmail services, and ``execute``: the only place an
API request is sent and retried, and where ``HttpError``/``RefreshError``/socket errors become our
``RemoteError``/``AuthError``. The token file is ``google.token_file``'s.

Why the pieces look the way they do (see notes/google-apis.md):

* googleapiclient's own retries (``num_retries``) ignore ``Retry-After``, never cap the wait and
  cannot be stopped by SIGTERM; ``execute`` calls ``request.execute(num_retries=0)`` and retries
  itself with an injectable ``sleep`` (``threading.Event.wait`` works: a True return stops),
  waiting what Google names (``google.throttle``) and at most ``RetryPolicy.budget`` per call.
* Media uploads keep the ``https`` scheme whatever the endpoint says (google-api-python-client
  PR #1992), so a plain-http loopback endpoint gets ``LoopbackHttp`` (``transport``).
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import google_auth_httplib2
import httplib2
from google.auth.exceptions import RefreshError, TransportError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from interview_sync.errors import AuthError, RemoteError
from interview_sync.google.remedies import (
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
    "RetryPolicy",
    "Services",
    "auth_error_from_refresh",
    "build_services",
    "endpoints",
    "execute",
    "from_http_error",
    "is_loopback",
    "required_scopes",
    "scope_label",
    "transport",
    "without_docstrings",
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


# --------------------------------------------------------------------------- services


@dataclass(frozen=True, slots=True, kw_only=True)
class Services:
    calendar: Any  # googleapiclient Resource for calendar v3
    gmail: Any  # googleapiclient Resource for gmail v1


def build_services(creds: Credentials, *, endpoint: str | None, timeout: float) -> Services:
    """Calendar and Gmail clients for ``endpoint`` (None: Google), every call with ``timeout``.

    A rotated refresh token is saved by the credentials themselves
    (``google.token_file.load_credentials`` sets where).
    """
    where = endpoints(endpoint)

    def http() -> google_auth_httplib2.AuthorizedHttp:
        # httplib2 is not thread-safe: one Http per service. A loopback base never goes via
        # $http_proxy (a proxy cannot reach our 127.0.0.1 anyway).
        return google_auth_httplib2.AuthorizedHttp(creds, http=transport(endpoint, timeout))

    calendar = build("calendar", "v3", http=http(), static_discovery=True, cache_discovery=False,
                     client_options={"api_endpoint": where.calendar})
    gmail = build("gmail", "v1", http=http(), static_discovery=True, cache_discovery=False,
                  client_options={"api_endpoint": where.gmail})
    return Services(calendar=calendar, gmail=gmail)


def without_docstrings(resource: Any) -> Any:
    """``resource`` (a googleapiclient Resource) with its methods' docstrings dropped.

    Why: googleapiclient writes each method's help text, the whole response schema pretty-printed,
    into the method's ``__doc__`` when it builds a resource (``discovery.createMethod``): Calendar's
    ``events()`` carries ~450 kB of it. Nothing reads it at run time (only ``help()`` would), and a
    resource the daemon keeps for its life (``calendar.CalendarSource``) would hold it as long;
    the soak's memory line (bench/proof_soak.py) is what this is for. Each method is a function
    built for this resource alone, so no other resource loses anything.
    """
    for name in getattr(resource, "_dynamic_attrs", ()):
        function = getattr(getattr(resource, name, None), "__func__", None)
        if function is not None:
            function.__doc__ = None
    return resource


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
