"""Every error the Google client can raise says what happened, where, and what to do.

The walk covers every HTTP status from 400 to 599 with every reason the client or the remedy
table names, a reason Google may add later, and no reason at all, for each API; every refresh
failure code; an unreachable network; and a lockout through the real client stack and the CLI.
A new branch in the mapping that forgets its remedy fails here.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import httplib2
import pytest
from google.auth.exceptions import RefreshError
from googleapiclient.errors import HttpError

from interview_sync.emulator import Emulator
from interview_sync.emulator.conformance import services
from interview_sync.emulator.installation import write_installation
from interview_sync.errors import AuthError, RemoteError
from interview_sync.google import remedies
from interview_sync.google.client import (
    RetryPolicy,
    auth_error_from_refresh,
    build_services,
    execute,
    from_http_error,
)
from interview_sync.google.throttle import Throttled
from interview_sync.google.token_file import load_credentials

APIS = {"Gmail": "http://127.0.0.1:1/gmail/v1/users/me/drafts",
        "Calendar": "http://127.0.0.1:1/calendar/v3/calendars/primary/events",
        "Google": "http://127.0.0.1:1/somewhere/else"}
REASONS = sorted(remedies.RATE_REASONS | remedies.QUOTA_REASONS | remedies.SCOPE_REASONS
                 | remedies.DISABLED_REASONS
                 | {"", "backendError", "badRequest", "notFound", "forbidden", "domainPolicy",
                    "authError", "uploadTooLarge", "aReasonGoogleAddsLater"})
STATUSES = range(400, 600)


def _http_error(status: int, reason: str, uri: str, *, errors_list: bool = True) -> HttpError:
    error: dict[str, object] = {"code": status, "message": "Something went wrong."}
    if reason and errors_list:
        error["errors"] = [{"reason": reason, "domain": "global", "message": "x"}]
    elif reason:
        error["status"] = reason
    return HttpError(httplib2.Response({"status": status}),
                     json.dumps({"error": error}).encode(), uri=uri)


def test_every_http_answer_the_client_maps_has_a_what_where_and_fix() -> None:
    seen: set[tuple[type, str]] = set()
    for api, uri in APIS.items():
        for status in STATUSES:
            for reason in REASONS:
                for errors_list in (True, False):
                    failure, _retry = from_http_error(
                        _http_error(status, reason, uri, errors_list=errors_list))
                    case = f"{api} {status} {reason!r}"
                    assert isinstance(failure, RemoteError | AuthError), case
                    assert failure.remedy.strip(), case
                    assert f"{api} answered {status}" in failure.message, case
                    seen.add((type(failure), failure.remedy))
    # The walk reached both kinds and many distinct remedies, not one catch-all.
    assert {kind for kind, _ in seen} == {RemoteError, AuthError}
    assert len({remedy for _, remedy in seen}) >= 10


@pytest.mark.parametrize("reason", ["userRateLimitExceeded", "rateLimitExceeded"])
@pytest.mark.parametrize("api", ["Gmail", "Calendar"])
def test_rate_limit_403_says_it_waits_by_itself(api: str, reason: str) -> None:
    failure, retry = from_http_error(_http_error(403, reason, APIS[api]))
    assert retry and isinstance(failure, RemoteError)
    assert f"{api} is throttling this account" in failure.remedy
    assert "tries again by itself" in failure.remedy


@pytest.mark.parametrize("code", ["invalid_grant", "invalid_client", "unauthorized_client",
                                  "deleted_client", "invalid_scope", "invalid_request",
                                  "server_error", "temporarily_unavailable", ""])
@pytest.mark.parametrize("retryable", [False, True])
def test_every_refresh_failure_has_a_fix(code: str, retryable: bool) -> None:
    error = RefreshError(f"{code}: something", {"error": code} if code else "not json",
                         retryable=retryable)
    failure = auth_error_from_refresh(error)
    assert failure.message.strip() and failure.remedy.strip()
    if code == "invalid_grant":
        assert isinstance(failure, AuthError) and "interview-sync auth" in failure.remedy


def test_an_unreachable_network_says_what_to_check(tmp_path: Path, emulator: Emulator) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    token = tmp_path / "secrets" / "token.json"
    token.parent.mkdir(mode=0o700)
    token.write_text(json.dumps(emulator.issue_token(["gmail.compose"])))
    token.chmod(0o600)
    creds = load_credentials(token, token_uri=dead + "/token", required_scopes=())
    creds.token = "ya29.already-valid"  # skip the refresh: the API call itself must fail
    creds.expiry = None
    gmail = build_services(creds, endpoint=dead, timeout=2.0).gmail
    with pytest.raises(RemoteError) as caught:
        execute(gmail.users().getProfile(userId="me"), policy=RetryPolicy(max_attempts=1))
    assert "cannot reach Google" in caught.value.message
    assert "internet connection" in caught.value.remedy


def test_a_lockout_keeps_its_remedy_through_the_real_client(emulator: Emulator) -> None:
    emulator.set_faults("drafts.list:lockout:code=403:seconds=900")
    gmail = services(emulator).gmail
    with pytest.raises(Throttled) as caught:
        execute(gmail.users().drafts().list(userId="me"), sleep=lambda s: None)
    assert "Gmail is throttling this account" in caught.value.remedy


def test_the_cli_prints_a_non_empty_what_to_do_for_a_throttled_calendar(tmp_path: Path) -> None:
    with Emulator({"me": "pat@example.com"}, faults="events.list:lockout:code=403") as emu:
        config = write_installation(
            tmp_path, url=emu.url, me="pat@example.com", name="Pat", user_timezone="UTC",
            token=emu.issue_token(["calendar.events.readonly", "gmail.compose"]),
            client_secrets=emu.client_secrets())
        done = subprocess.run([sys.executable, "-m", "interview_sync", "--config", str(config),
                               "sync", "--once"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 75, done.stderr
    lines = done.stderr.splitlines()
    assert any(line.startswith("interview-sync: Calendar answered 403") for line in lines)
    fix = [line for line in lines if line.startswith("What to do:")]
    assert len(fix) == 1 and len(fix[0]) > len("What to do: ") + 20, done.stderr
