"""``interview-sync emulator`` as a process, and seed validation."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
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
