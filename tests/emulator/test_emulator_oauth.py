"""OAuth: token endpoint grants, revocation and expiry, access-token checks, consent, scopes."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import threading
import urllib.parse
import urllib.request
import webbrowser
from typing import Any

import pytest
from google.auth.exceptions import RefreshError
from googleapiclient.errors import HttpError

from interview_sync.emulator import Emulator
from interview_sync.emulator.conformance import services


def post_form(emu: Emulator, path: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
    conn = http.client.HTTPConnection(emu.host, emu.port, timeout=5)
    try:
        conn.request("POST", path, urllib.parse.urlencode(form),
                     {"Content-Type": "application/x-www-form-urlencoded"})
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read() or b"{}")
    finally:
        conn.close()


def get(emu: Emulator, path: str) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection(emu.host, emu.port, timeout=5)
    conn.request("GET", path)
    resp = conn.getresponse()
    resp.read()
    conn.close()
    return resp


def test_refresh_grant_and_revocation(emulator: Emulator) -> None:
    info = emulator.issue_token(["gmail.compose"])
    status, body = post_form(emulator, "/token", {
        "grant_type": "refresh_token", "refresh_token": info["refresh_token"],
        "client_id": info["client_id"], "client_secret": info["client_secret"]})
    assert status == 200 and body["expires_in"] == 3599 and body["token_type"] == "Bearer"
    assert body["scope"] == "https://www.googleapis.com/auth/gmail.compose"
    emulator.revoke(info["refresh_token"])
    status, body = post_form(emulator, "/token", {
        "grant_type": "refresh_token", "refresh_token": info["refresh_token"],
        "client_id": info["client_id"], "client_secret": info["client_secret"]})
    assert (status, body) == (400, {"error": "invalid_grant",
                                    "error_description": "Token has been expired or revoked."})


@pytest.mark.parametrize("kill", ["revoke_all", "expire"])
def test_dead_refresh_token_surfaces_as_refresh_error(emulator: Emulator, kill: str) -> None:
    gmail = services(emulator).gmail
    gmail.users().getProfile(userId="me").execute()
    if kill == "revoke_all":
        emulator.revoke()
    else:
        emulator.expire_refresh_tokens_after(0)
        emulator.expire_access_tokens()
    with pytest.raises(RefreshError) as caught:
        gmail.users().getProfile(userId="me").execute()
    assert "invalid_grant: Token has been expired or revoked." in str(caught.value)


@pytest.mark.parametrize("by", ["refresh_token", "token"])
def test_revoking_a_grant_kills_its_live_access_token_at_once(emulator: Emulator,
                                                             by: str) -> None:
    """Google revokes the whole grant: a refresh token's access tokens stop working at once, and
    revoking an access token revokes its refresh token (OAuth guides, "Revoking a token")."""
    revoked = services(emulator)
    revoked.gmail.users().getProfile(userId="me").execute()
    token = getattr(revoked.credentials, by)
    assert post_form(emulator, "/revoke", {"token": token})[0] == 200
    emulator.clear_requests()
    with pytest.raises(RefreshError) as caught:
        revoked.gmail.users().getProfile(userId="me").execute()
    assert "invalid_grant: Token has been expired or revoked." in str(caught.value)
    # The old access token got Google's 401, then its refresh was refused.
    assert [(r.path, r.status) for r in emulator.requests] == [
        ("/gmail/v1/users/me/profile", 401), ("/token", 400)]


def test_revoking_an_unknown_token_is_googles_400(emulator: Emulator) -> None:
    assert post_form(emulator, "/revoke", {"token": "ya29.never-issued"}) == (
        400, {"error": "invalid_token", "error_description": "Token expired or revoked"})


def test_expired_access_token_is_refreshed_after_401(emulator: Emulator) -> None:
    gmail = services(emulator).gmail
    gmail.users().getProfile(userId="me").execute()
    emulator.expire_access_tokens()
    emulator.clear_requests()
    gmail.users().getProfile(userId="me").execute()
    assert [(r.path, r.status) for r in emulator.requests] == [
        ("/gmail/v1/users/me/profile", 401), ("/token", 200), ("/gmail/v1/users/me/profile", 200)]


def test_bad_token_gets_google_401_body(emulator: Emulator) -> None:
    conn = http.client.HTTPConnection(emulator.host, emulator.port, timeout=5)
    conn.request("GET", "/gmail/v1/users/me/profile", headers={"Authorization": "Bearer nope"})
    resp = conn.getresponse()
    body = json.loads(resp.read())
    conn.close()
    assert resp.status == 401
    assert body["error"]["errors"][0] == {"domain": "global", "reason": "authError",
                                          "message": "Invalid Credentials",
                                          "locationType": "header", "location": "Authorization"}


@pytest.mark.parametrize(("scopes", "call", "allowed"), [
    (["gmail.compose"], "messages.list", False),
    (["gmail.compose"], "messages.get", False),
    (["gmail.compose"], "history.list", False),
    (["gmail.compose"], "drafts.list", True),
    (["gmail.compose"], "getProfile", True),
    (["gmail.readonly"], "drafts.create", False),
    (["gmail.readonly"], "messages.list", True),
    (["calendar.events.readonly"], "events.insert", False),
    (["calendar.events.readonly"], "events.list", True),
    (["calendar.events.readonly"], "getProfile", False),
    (["gmail.compose"], "events.list", False),
])
def test_scopes_enforced_per_method(emulator: Emulator, scopes: list[str], call: str,
                                    allowed: bool) -> None:
    svc = services(emulator, scopes)
    users, events = svc.gmail.users(), svc.calendar.events()
    requests = {
        "messages.list": lambda: users.messages().list(userId="me"),
        "messages.get": lambda: users.messages().get(userId="me", id="abc"),
        "history.list": lambda: users.history().list(userId="me", startHistoryId="1"),
        "drafts.list": lambda: users.drafts().list(userId="me"),
        "getProfile": lambda: users.getProfile(userId="me"),
        "drafts.create": lambda: users.drafts().create(userId="me", body={}),
        "events.insert": lambda: events.insert(calendarId="primary", body={}),
        "events.list": lambda: events.list(calendarId="primary"),
    }
    try:
        requests[call]().execute()
        status = 200
    except HttpError as exc:
        status = exc.status_code
        if status == 403:
            assert exc.error_details[0]["reason"] == "ACCESS_TOKEN_SCOPE_INSUFFICIENT"
            assert json.loads(exc.content)["error"]["errors"][0]["reason"] == \
                "insufficientPermissions"
    assert (status != 403) is allowed


def pkce() -> tuple[str, str]:
    verifier = "v" * 50
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def auth_query(emu: Emulator, challenge: str, **extra: str) -> str:
    emu.client_secrets()
    return urllib.parse.urlencode({
        "client_id": "emulator-client", "redirect_uri": "http://127.0.0.1:9/",
        "response_type": "code", "state": "xyz", "code_challenge": challenge,
        "code_challenge_method": "S256", "access_type": "offline",
        "scope": "https://www.googleapis.com/auth/gmail.compose "
                 "https://www.googleapis.com/auth/calendar.events.readonly", **extra})


def test_consent_and_code_grant_with_pkce(emulator: Emulator) -> None:
    verifier, challenge = pkce()
    page = get(emulator, "/o/oauth2/auth?" + auth_query(emulator, challenge))
    assert page.status == 200
    emulator.grant_only(["gmail.compose"])
    resp = get(emulator, "/o/oauth2/auth?" + auth_query(emulator, challenge, _auto="allow"))
    assert resp.status == 302
    location = urllib.parse.urlsplit(resp.headers["Location"])
    assert location.netloc == "127.0.0.1:9"
    got = urllib.parse.parse_qs(location.query)
    assert got["state"] == ["xyz"]
    form = {"grant_type": "authorization_code", "code": got["code"][0],
            "redirect_uri": "http://127.0.0.1:9/", "client_id": "emulator-client",
            "client_secret": "emulator-secret"}
    status, body = post_form(emulator, "/token", {**form, "code_verifier": "w" * 50})
    assert (status, body["error"]) == (400, "invalid_grant")
    resp = get(emulator, "/o/oauth2/auth?" + auth_query(emulator, challenge, _auto="allow"))
    form["code"] = urllib.parse.parse_qs(urllib.parse.urlsplit(
        resp.headers["Location"]).query)["code"][0]
    status, body = post_form(emulator, "/token", {**form, "code_verifier": verifier})
    assert status == 200 and body["refresh_token"]
    assert body["scope"] == "https://www.googleapis.com/auth/gmail.compose"  # user unticked one
    status, body = post_form(emulator, "/token", {**form, "code_verifier": verifier})
    assert (status, body["error"]) == (400, "invalid_grant")  # codes are single-use


@pytest.mark.parametrize("bad", [{"redirect_uri": "https://evil.example/"},
                                 {"client_id": "unknown"}, {"response_type": "token"}])
def test_consent_rejects_bad_requests(emulator: Emulator, bad: dict[str, str]) -> None:
    _, challenge = pkce()
    assert get(emulator, "/o/oauth2/auth?" + auth_query(emulator, challenge, **bad)).status in \
        {400, 401}


class _ClickAllow(webbrowser.BaseBrowser):
    """A 'browser' that presses Allow: fetches the consent URL with _auto=allow, follows the
    redirect to the flow's loopback server."""

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        def run() -> None:
            with urllib.request.urlopen(url + "&_auto=allow", timeout=10) as resp:
                resp.read()
        threading.Thread(target=run, daemon=True).start()
        return True


def test_installed_app_flow_runs_against_the_emulator(emulator: Emulator,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from google_auth_oauthlib.flow import InstalledAppFlow

    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # http token_uri on loopback
    webbrowser.register("emulator-allow", None, _ClickAllow("emulator-allow"))
    flow = InstalledAppFlow.from_client_config(
        emulator.client_secrets(), scopes=["https://www.googleapis.com/auth/gmail.compose"])
    try:
        creds = flow.run_local_server(host="127.0.0.1", port=0, browser="emulator-allow",
                                      authorization_prompt_message=None, timeout_seconds=10)
    finally:
        flow.oauth2session.close()  # requests keeps the token connection alive otherwise
    assert creds.refresh_token and creds.token
    assert services(emulator).gmail.users().getProfile(userId="me").execute()["emailAddress"]


def test_revoke_endpoint(emulator: Emulator) -> None:
    info = emulator.issue_token(["gmail.compose"])
    form = {"grant_type": "refresh_token", "refresh_token": info["refresh_token"],
            "client_id": info["client_id"], "client_secret": info["client_secret"]}
    assert post_form(emulator, "/token", form)[0] == 200
    assert post_form(emulator, "/revoke", {"token": info["refresh_token"]})[0] == 200
    assert post_form(emulator, "/token", form)[1]["error"] == "invalid_grant"
