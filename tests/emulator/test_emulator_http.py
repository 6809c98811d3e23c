"""HTTP edges: keep-alive, query parsing, bad input, inspection, and 'nothing crashes it'."""

from __future__ import annotations

import http.client
import json
import urllib.parse
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_sync.emulator import Emulator


class Raw:
    """A keep-alive HTTP/1.1 connection with a bearer token, speaking bytes."""

    def __init__(self, emu: Emulator, scopes: list[str]) -> None:
        self.emu = emu
        self.conn = http.client.HTTPConnection(emu.host, emu.port, timeout=5)
        info = emu.issue_token(scopes)
        self.conn.request("POST", "/token", urllib.parse.urlencode({
            "grant_type": "refresh_token", "refresh_token": info["refresh_token"],
            "client_id": info["client_id"], "client_secret": info["client_secret"]}),
            {"Content-Type": "application/x-www-form-urlencoded"})
        self.token = json.loads(self.conn.getresponse().read())["access_token"]

    def send(self, method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[http.client.HTTPResponse, Any]:
        all_headers = {"Authorization": f"Bearer {self.token}",
                       "Content-Type": "application/json", **(headers or {})}
        self.conn.request(method, path, body, all_headers)
        resp = self.conn.getresponse()
        data = resp.read()
        ctype = resp.getheader("Content-Type") or ""
        return resp, json.loads(data) if data and "json" in ctype else data

    def close(self) -> None:
        self.conn.close()


@pytest.fixture
def raw(emulator: Emulator) -> Any:
    client = Raw(emulator, ["gmail.compose", "gmail.readonly", "calendar.events"])
    yield client
    client.close()


def test_keep_alive_content_length_and_json_type(raw: Raw) -> None:
    first, _ = raw.send("GET", "/gmail/v1/users/me/profile?alt=json")
    second, body = raw.send("GET", "/gmail/v1/users/me/profile?alt=json&prettyPrint=false")
    assert first.status == second.status == 200
    assert second.getheader("Content-Type") == "application/json; charset=UTF-8"
    assert second.getheader("Content-Length") == str(len(json.dumps(
        body, separators=(",", ":"))))
    assert len({r.path for r in raw.emu.requests}) == 2  # one connection carried them all


def test_plus_is_space_and_repeated_keys(raw: Raw) -> None:
    raw.emu.deliver_message(sender="rita@acme.example", subject="Next steps")
    _, body = raw.send("GET", "/gmail/v1/users/me/messages?q=subject%3ANext+from%3Arita")
    assert body["resultSizeEstimate"] == 1
    _, hist = raw.send("GET", "/gmail/v1/users/me/history?startHistoryId=1000"
                              "&historyTypes=labelAdded&historyTypes=messageAdded")
    assert len(hist["history"]) == 1
    assert raw.emu.requests[-1].query["historyTypes"] == ["labelAdded", "messageAdded"]


@pytest.mark.parametrize(("method", "path", "body", "status", "reason"), [
    ("POST", "/gmail/v1/users/me/drafts", b"{not json", 400, "parseError"),
    ("POST", "/calendar/v3/calendars/primary/events", b"[1, 2", 400, "parseError"),
    ("POST", "/calendar/v3/calendars/primary/events", b"[]", 400, "parseError"),
    ("GET", "/nowhere", None, 404, "notFound"),
    ("GET", "/calendar/v3/calendars/nobody@example.com/events", None, 404, "notFound"),
    ("DELETE", "/gmail/v1/users/me/profile", None, 405, "httpMethodNotAllowed"),
    ("GET", "/gmail/v1/users/someone@else.example/profile", None, 403, "forbidden"),
    ("GET", "/gmail/v1/users/me/threads", None, 501, "notImplemented"),
    ("GET", "/calendar/v3/calendars/primary/events?maxResults=abc", None, 400, "invalid"),
    ("GET", "/calendar/v3/calendars/primary/events?timeMin=2026-01-01T00:00:00", None, 400,
     "invalid"),
])
def test_bad_requests_get_google_error_bodies(raw: Raw, method: str, path: str,
                                              body: bytes | None, status: int,
                                              reason: str) -> None:
    resp, got = raw.send(method, path, body)
    assert resp.status == status
    assert got["error"]["code"] == status
    assert got["error"]["errors"][0]["reason"] == reason
    assert raw.emu.requests[-1].status == status


def test_upload_over_35_mb_is_413(emulator: Emulator) -> None:
    conn = http.client.HTTPConnection(emulator.host, emulator.port, timeout=5)
    conn.putrequest("POST", "/upload/gmail/v1/users/me/drafts?uploadType=media")
    conn.putheader("Content-Length", str(60 * 1024 * 1024))
    conn.endheaders()
    resp = conn.getresponse()
    assert resp.status == 413
    assert json.loads(resp.read())["error"]["code"] == 413
    conn.close()


def test_json_body_over_the_limit_is_googles_html_413(emulator: Emulator) -> None:
    conn = http.client.HTTPConnection(emulator.host, emulator.port, timeout=5)
    conn.putrequest("POST", "/gmail/v1/users/me/drafts")
    conn.putheader("Content-Length", str(emulator.json_limit + 1))
    conn.endheaders(b" " * (emulator.json_limit + 1))
    resp = conn.getresponse()
    assert resp.status == 413
    assert resp.getheader("Content-Type", "").startswith("text/html")
    assert b"Request Entity Too Large" in resp.read()
    conn.close()


def test_state_endpoint(raw: Raw) -> None:
    raw.send("POST", "/gmail/v1/users/me/drafts",
             b'{"message": {"raw": "VG86IGFAYi5leGFtcGxlDQpTdWJqZWN0OiBoaQ0KDQpoZWxsbw=="}}')
    resp, state = raw.send("GET", "/_emulator/state")
    assert resp.status == 200
    assert state == raw.emu.state() | {"now": state["now"],
                                       "requests": state["requests"]}
    assert [d["subject"] for d in state["drafts"]] == ["hi"]
    assert state["sent"] == []
    assert {"method", "path", "status", "query", "method_id", "time", "retry_after"} <= \
        set(state["requests"][0])
    assert state["requests"][1]["method_id"] == "gmail.users.drafts.create"


@settings(max_examples=80, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture])
@given(method=st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE"]),
       path=st.sampled_from(["/gmail/v1/users/me/drafts", "/gmail/v1/users/me/drafts/x",
                             "/gmail/v1/users/me/messages", "/gmail/v1/users/me/history",
                             "/calendar/v3/calendars/primary/events",
                             "/calendar/v3/calendars/primary/events/abc_20261102T150000Z",
                             "/token", "/o/oauth2/auth", "/_emulator/state", "/%ff/..//"]),
       query=st.text(max_size=40), body=st.one_of(st.none(), st.binary(max_size=200),
                                                  st.recursive(st.none() | st.text(max_size=5)
                                                               | st.integers(), lambda c:
                                                               st.lists(c, max_size=3)
                                                               | st.dictionaries(
                                                                   st.sampled_from(
                                                                       ["message", "raw",
                                                                        "start", "end", "id",
                                                                        "recurrence"]),
                                                                   c, max_size=3),
                                                               max_leaves=8)))
def test_no_request_crashes_the_server(raw: Raw, method: str, path: str, query: str,
                                       body: Any) -> None:
    data = body if isinstance(body, bytes | None) else json.dumps(body).encode()
    target = path + "?" + urllib.parse.quote(query, safe="=&+")
    resp, _ = raw.send(method, target, data)
    assert resp.status < 500 or resp.status == 501, (resp.status, target, data)
    ok, _ = raw.send("GET", "/gmail/v1/users/me/profile")
    assert ok.status == 200


def test_stop_ends_keep_alive_connections() -> None:
    emu = Emulator().start()
    conn = http.client.HTTPConnection(emu.host, emu.port, timeout=5)
    conn.request("GET", "/_emulator/state")
    assert conn.getresponse().read()
    emu.stop()
    with pytest.raises((ConnectionError, http.client.HTTPException, OSError)):
        conn.request("GET", "/_emulator/state")
        conn.getresponse().read()
    conn.close()


def test_consent_form_post_allows(emulator: Emulator) -> None:
    emulator.client_secrets()
    form = {"client_id": "emulator-client", "redirect_uri": "http://localhost:8080/",
            "response_type": "code", "scope": "https://www.googleapis.com/auth/gmail.compose",
            "state": "s1"}
    conn = http.client.HTTPConnection(emulator.host, emulator.port, timeout=5)
    conn.request("GET", "/o/oauth2/auth?" + urllib.parse.urlencode(form))
    page = conn.getresponse().read().decode()
    assert 'id="allow"' in page and "gmail.compose" in page
    conn.request("POST", "/o/oauth2/auth", urllib.parse.urlencode({**form, "decision": "allow"}),
                 {"Content-Type": "application/x-www-form-urlencoded"})
    resp = conn.getresponse()
    resp.read()
    conn.close()
    assert resp.status == 302
    assert resp.getheader("Location", "").startswith("http://localhost:8080/?state=s1&code=")
