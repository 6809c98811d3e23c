"""``interview-sync emulator`` as a process, and seed validation."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from interview_sync.emulator import Emulator, SeedError, parse_seed
from interview_sync.emulator.conformance import services

SEED = {"me": "sam@example.org", "unknown": 1, "events": [
    {"id": "ev00001", "summary": "Interview", "calendarId": "primary",
     "start": {"dateTime": "2026-11-20T14:00:00Z"}, "end": {"dateTime": "2026-11-20T15:00:00Z"}}],
    "messages": [{"from": "rita@acme.example", "subject": "Hi", "date": "2026-11-21T10:00:00Z",
                  "body": "Hello"}]}


def launch(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "interview_sync", "emulator", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "NO_PROXY": "127.0.0.1"})


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_command_serves_writes_token_and_stops_cleanly(tmp_path: Path, sig: int) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps(SEED))
    token = tmp_path / "token.json"
    proc = launch("--seed", str(seed), "--token-out", str(token), "--scope", "gmail.readonly",
                  "--scope", "calendar.events.readonly")
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("listening on http://127.0.0.1:")
        url = line.split()[-1]
        assert stat.S_IMODE(token.stat().st_mode) == 0o600
        info = json.loads(token.read_text())
        assert info["token_uri"] == url + "/token"
        assert info["scopes"] == ["https://www.googleapis.com/auth/gmail.readonly",
                                  "https://www.googleapis.com/auth/calendar.events.readonly"]
        from google.oauth2.credentials import Credentials
        from googleapiclient.discovery import build

        creds = Credentials.from_authorized_user_info(info).with_token_uri(info["token_uri"])
        gmail = build("gmail", "v1", credentials=creds, static_discovery=True,
                      cache_discovery=False, client_options={"api_endpoint": url + "/"})
        assert gmail.users().getProfile(userId="me").execute()["emailAddress"] == \
            "sam@example.org"
        assert gmail.users().messages().list(userId="me").execute()["resultSizeEstimate"] == 1
        proc.send_signal(sig)
        out, _ = proc.communicate(timeout=10)
        assert proc.returncode == 0
        assert out == ""  # exactly one line in all
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


@pytest.mark.parametrize(("content", "says"), [
    ("{", "not valid JSON"),
    ('{"me": "nobody"}', "must be an email address"),
    ('{"events": [{"summary": "x"}]}', "events[0]"),
    ('{"messages": [{"subject": 1}]}', "messages[0]"),
])
def test_bad_seed_names_file_and_problem(tmp_path: Path, content: str, says: str) -> None:
    seed = tmp_path / "bad-seed.json"
    seed.write_text(content)
    proc = launch("--seed", str(seed))
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 2
    assert str(seed) in err and says in err


def test_bad_fault_spec_is_a_usage_error() -> None:
    proc = launch("--faults", "*:418")
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 2 and "unknown kind" in err


@pytest.mark.parametrize(("seed", "says"), [
    ([], "must be a JSON object"),
    ({"events": {}}, "must be a list"),
    ({"events": [{"start": {"dateTime": "2026-11-20T14:00:00Z"}}]}, "end"),
    ({"messages": [{"from": "a@b", "subject": "s", "date": "yesterday"}]}, "ISO 8601"),
])
def test_parse_seed_problems(seed: Any, says: str) -> None:
    with pytest.raises(SeedError) as caught:
        parse_seed(seed, source="demo.json")
    text = str(caught.value) + " ".join(str(p) for p in caught.value.problems)
    assert "demo.json" in text and says in text


def test_seeded_state_and_other_calendars(emulator_factory: Any) -> None:
    emu: Emulator = emulator_factory({**SEED, "events": [*SEED["events"], {
        **SEED["events"][0], "id": "other1", "calendarId": "team@example.org"}]})
    cal = services(emu).calendar
    assert [e["id"] for e in cal.events().list(calendarId="primary").execute()["items"]] == \
        ["ev00001"]
    assert [e["id"] for e in cal.events().list(
        calendarId="team@example.org").execute()["items"]] == ["other1"]
    assert emu.state()["messages"] == 1


def _started(*args: str) -> tuple[subprocess.Popen[str], str, dict[str, Any]]:
    """A running `interview-sync emulator` with a token for gmail.compose; (proc, url, token)."""
    token = Path(args[args.index("--token-out") + 1])
    proc = launch(*args)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("listening on "), proc.communicate(timeout=10)
    return proc, line.split()[-1], json.loads(token.read_text())


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=10)
    assert proc.returncode == 0


def _call(url: str, method: str, path: str, body: bytes = b"",
          headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    import http.client

    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request(method, path, body, headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def _gmail(url: str, info: dict[str, Any]) -> Any:
    from google.oauth2.credentials import Credentials
    from googleapiclient.discovery import build

    creds = Credentials.from_authorized_user_info(info).with_token_uri(info["token_uri"])
    return build("gmail", "v1", credentials=creds, static_discovery=True,
                 cache_discovery=False, client_options={"api_endpoint": url + "/"})


RAW = (b"From: sam@example.org\r\nTo: kim@acme.example\r\nSubject: Thanks\r\n"
       b"Message-ID: <ours-1@interview-sync.invalid>\r\n\r\nThank you.\r\n")


@pytest.mark.parametrize("realism", [False, True])
def test_realism_options_reach_the_emulator(tmp_path: Path, realism: bool) -> None:
    """Each knob, on and off: search lag, Message-ID rewriting, access-token lifetime, JSON
    limit and narrowed consent are what a client sees through the real stack."""
    import base64

    from googleapiclient.errors import HttpError

    token = tmp_path / "token.json"
    knobs = ["--search-lag", "600", "--rewrite-message-id", "--access-token-lifetime", "120",
             "--json-limit", "4096", "--grant-only", "gmail.compose"] if realism else []
    proc, url, info = _started("--token-out", str(token), "--scope", "gmail.compose", *knobs)
    try:
        gmail = _gmail(url, info)
        raw = base64.urlsafe_b64encode(RAW).decode()
        draft = gmail.users().drafts().create(userId="me", body={"message": {"raw": raw}}).execute()
        got = gmail.users().drafts().get(userId="me", id=draft["id"], format="metadata").execute()
        ids = [h["value"] for h in got["message"]["payload"]["headers"]
               if h["name"].lower() == "message-id"]
        found = gmail.users().drafts().list(userId="me", q="to:kim@acme.example").execute()
        assert (ids[0] != "<ours-1@interview-sync.invalid>") is realism
        assert ("drafts" not in found) is realism  # the search index has not caught up yet
        # The access-token lifetime, as the token endpoint reports it.
        form = urllib.parse.urlencode({
            "grant_type": "refresh_token", "refresh_token": info["refresh_token"],
            "client_id": info["client_id"], "client_secret": info["client_secret"]}).encode()
        status, _, body = _call(url, "POST", "/token", form,
                                {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 200 and json.loads(body)["expires_in"] == (120 if realism else 3599)
        # A JSON body above the limit gets Google's HTML 413 page.
        big = base64.urlsafe_b64encode(RAW + b"x" * 5000).decode()
        try:
            gmail.users().drafts().create(userId="me", body={"message": {"raw": big}}).execute()
            refused = None
        except HttpError as error:
            refused = error.resp.status
        assert refused == (413 if realism else None)
        # Consent grants only what --grant-only names.
        query = urllib.parse.urlencode({
            "client_id": "emulator-client", "response_type": "code", "_auto": "allow",
            "redirect_uri": "http://127.0.0.1:9/",
            "scope": "https://www.googleapis.com/auth/calendar.events.readonly "
                     "https://www.googleapis.com/auth/gmail.compose"})
        status, headers, _ = _call(url, "GET", "/o/oauth2/auth?" + query)
        granted = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["Location"]).query)
        assert status == 302
        assert (granted["scope"] == ["https://www.googleapis.com/auth/gmail.compose"]) is realism
    finally:
        if proc.poll() is None:
            _stop(proc)


def test_refresh_token_max_age_makes_the_token_endpoint_refuse(tmp_path: Path) -> None:
    token = tmp_path / "token.json"
    proc, url, info = _started("--token-out", str(token), "--refresh-token-max-age", "0")
    try:
        form = urllib.parse.urlencode({
            "grant_type": "refresh_token", "refresh_token": info["refresh_token"],
            "client_id": info["client_id"], "client_secret": info["client_secret"]}).encode()
        status, _, body = _call(url, "POST", "/token", form,
                                {"Content-Type": "application/x-www-form-urlencoded"})
        assert (status, json.loads(body)["error"]) == (400, "invalid_grant")
    finally:
        if proc.poll() is None:
            _stop(proc)


@pytest.mark.parametrize(("args", "says"), [
    (["--search-lag", "-1"], "--search-lag"),
    (["--access-token-lifetime", "0"], "--access-token-lifetime"),
    (["--json-limit", "zero"], "--json-limit"),
])
def test_bad_realism_values_are_usage_errors(args: list[str], says: str) -> None:
    proc = launch(*args)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 2 and says in err


def test_help_documents_every_realism_option() -> None:
    done = subprocess.run([sys.executable, "-m", "interview_sync", "emulator", "--help"],
                          capture_output=True, text=True, timeout=20)
    for option in ("--search-lag", "--rewrite-message-id", "--access-token-lifetime",
                   "--refresh-token-max-age", "--json-limit", "--grant-only", "--faults"):
        assert option in done.stdout
