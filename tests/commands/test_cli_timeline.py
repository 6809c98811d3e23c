"""``interview-sync timeline`` through the real click group."""

from __future__ import annotations

import json

from click.testing import CliRunner

from interview_sync.cli import cli

REF = "2026-06-10T14:00:00-04:00"


def test_prints_the_date_and_the_phrase() -> None:
    result = CliRunner().invoke(cli, ["timeline", "We'll get back to you within a week.",
                                      "--reference", REF])
    assert result.exit_code == 0, result.output
    assert "respond_by: 2026-06-17 (Wednesday)" in result.output
    assert "phrase:     We'll get back to you within a week" in result.output
    assert "earliest" not in result.output


def test_json_with_a_window() -> None:
    result = CliRunner().invoke(cli, ["timeline", "We'll follow up early next week.",
                                      "--reference", REF, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"respond_by": "2026-06-16", "earliest": "2026-06-15",
                                         "phrase": "We'll follow up early next week"}


def test_country_changes_business_days() -> None:
    args = ["timeline", "Expect feedback within 1 business day.", "--json",
            "--reference", "2026-09-04T17:00:00+02:00"]
    plain = CliRunner().invoke(cli, args)
    us = CliRunner().invoke(cli, [*args, "--country", "US"])
    assert json.loads(plain.output)["respond_by"] == "2026-09-07"
    assert json.loads(us.output)["respond_by"] == "2026-09-08"


def test_nothing_promised() -> None:
    runner = CliRunner()
    text = runner.invoke(cli, ["timeline", "We're still interviewing.", "--reference", REF])
    as_json = runner.invoke(cli, ["timeline", "We're still interviewing.", "--reference", REF,
                                  "--json"])
    assert text.exit_code == 0 and "No response date promised" in text.output
    assert as_json.exit_code == 0
    assert json.loads(as_json.output) == {"respond_by": None, "earliest": None, "phrase": None}


def test_naive_reference_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["timeline", "by Friday", "--reference",
                                      "2026-06-10T14:00:00"])
    assert result.exit_code == 2
    assert "no time zone" in result.output
    assert "Traceback" not in result.output


def test_malformed_reference_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["timeline", "by Friday", "--reference", "next tuesday"])
    assert result.exit_code == 2
    assert "not an ISO 8601 date-time" in result.output


def test_missing_reference_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["timeline", "by Friday"])
    assert result.exit_code == 2
