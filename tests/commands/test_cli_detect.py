"""``interview-sync detect``: the file shapes it reads, its table and JSON, and bad files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from interview_sync.cli import cli, main
from interview_sync.errors import ConfigError

ME = "pat.lee@gmail.com"
INTERVIEW: dict[str, Any] = {
    "id": "ev1", "iCalUID": "ev1@google.com", "status": "confirmed",
    "summary": "Pat Lee - Phone Screen - Data Engineer",
    "start": {"dateTime": "2026-06-10T10:00:00-05:00", "timeZone": "America/Chicago"},
    "end": {"dateTime": "2026-06-10T10:30:00-05:00", "timeZone": "America/Chicago"},
    "organizer": {"email": "kim@northwind.com", "displayName": "Kim Ng"},
    "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                  {"email": "kim@northwind.com", "displayName": "Kim Ng"},
                  {"email": "recruiting@northwind.com", "displayName": "Northwind Recruiting"}],
    "description": "Scheduled by the Northwind Traders recruiting team.",
}
STANDUP: dict[str, Any] = {"id": "ev2", "summary": "Standup",
                           "start": {"dateTime": "2026-06-10T09:00:00Z"},
                           "end": {"dateTime": "2026-06-10T09:15:00Z"}}


def write(tmp_path: Path, data: object, name: str = "events.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "shape",
    [
        lambda events: events,
        lambda events: {"kind": "calendar#events", "items": events},
        lambda events: {"me": ME, "events": events},
    ],
    ids=["list", "events.list", "events-object"],
)
def test_json_output_for_every_file_shape(tmp_path: Path, shape: Any) -> None:
    path = write(tmp_path, shape([INTERVIEW, STANDUP]))
    result = CliRunner().invoke(cli, ["detect", path, "--me", ME, "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert len(out) == 1
    item = out[0]
    assert {"event_id", "company", "role", "stage", "start", "end", "people"} <= set(item)
    assert item["event_id"] == "ev1"
    assert item["company"] == "Northwind Traders"
    assert item["role"] == "Data Engineer"
    assert item["stage"] == "phone screen"
    assert item["start"] == "2026-06-10T10:00:00-05:00"
    assert item["end"] == "2026-06-10T10:30:00-05:00"
    assert [{k: p[k] for k in ("email", "name", "role")} for p in item["people"]] == [
        {"email": "kim@northwind.com", "name": "Kim Ng", "role": "interviewer"},
        {"email": "recruiting@northwind.com", "name": "Northwind Recruiting", "role": "support"},
    ]


def test_me_comes_from_the_file_when_not_given(tmp_path: Path) -> None:
    path = write(tmp_path, {"me": ME, "events": [INTERVIEW]})
    result = CliRunner().invoke(cli, ["detect", path, "--json"])
    assert result.exit_code == 0
    assert len(json.loads(result.output)) == 1


def test_missing_me_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["detect", write(tmp_path, [INTERVIEW])])
    assert result.exit_code == 2
    assert "--me" in result.output


def test_table_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["detect", write(tmp_path, [INTERVIEW, STANDUP]), "--me", ME])
    assert result.exit_code == 0
    for text in ("ev1", "Northwind Traders", "Data Engineer", "phone screen",
                 "2026-06-10T10:00:00-05:00", "kim@northwind.com", "Kim Ng", "support",
                 "1 interview(s) among 2 events"):
        assert text in result.output
    assert "Standup" not in result.output


def test_no_interviews(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["detect", write(tmp_path, [STANDUP]), "--me", ME])
    assert result.exit_code == 0
    assert "No interviews among 1 events." in result.output


def test_my_domain_option(tmp_path: Path) -> None:
    path = write(tmp_path, [INTERVIEW])
    result = CliRunner().invoke(cli, ["detect", path, "--me", ME, "--json",
                                      "--my-domain", "northwind.com"])
    assert json.loads(result.output) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON (line 1"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'"a string"', "expected a list or an object, found str"),
        (b'{"kind": "x"}', 'without an "items" or "events" list'),
        (b'{"items": {"a": 1}}', "the event list is a dict"),
        (b"[1, 2, {}]", "2 of 3 events are not JSON objects"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON"),
    ],
    ids=["syntax", "encoding", "scalar", "no-list", "dict-items", "non-objects", "deep"],
)
def test_malformed_files_name_the_path_and_problem(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["detect", str(path), "--me", ME],
                                standalone_mode=False)
    assert isinstance(result.exception, ConfigError)
    assert result.exception.exit_code == 2
    assert str(path) in str(result.exception)
    assert message in str(result.exception)


def test_missing_file_exits_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nope.json"
    with pytest.raises(SystemExit) as exited:
        main(["detect", str(path), "--me", ME])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert str(path) in err and "cannot read the file" in err
    assert "Traceback" not in err


def test_malformed_file_through_main_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, {"oops": 1}, name="weird.json")
    with pytest.raises(SystemExit) as exited:
        main(["detect", path, "--me", ME])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert path in err and "Traceback" not in err


def test_explain_shows_tier_confidence_and_evidence_for_every_hinted_event(tmp_path: Path) -> None:
    visa = {**STANDUP, "id": "ev3", "summary": "Visa interview at the consulate"}
    path = write(tmp_path, {"me": ME, "events": [INTERVIEW, STANDUP, visa]})
    result = CliRunner().invoke(cli, ["detect", path, "--explain"])
    assert result.exit_code == 0, result.output
    assert "an interview (confidence 0." in result.output
    assert "not an interview" in result.output and "(title_veto)" in result.output
    assert "Standup" not in result.output, "no hiring word: nothing to explain"
    as_json = json.loads(CliRunner().invoke(cli, ["detect", path, "--explain", "--json"]).output)
    assert [row["tier"] for row in as_json] == ["confident", "below"]
    assert as_json[0]["evidence"]["strong_title"] > 0 > as_json[1]["evidence"]["title_veto"]
