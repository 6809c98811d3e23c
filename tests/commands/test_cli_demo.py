"""``interview-sync demo``: the unsure event is asked about, confirmed, then drafted once."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from interview_sync.cli import cli


def test_the_demo_shows_an_unsure_event_being_confirmed(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "out")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "? Tailspin [new]: UNSURE (confidence 0." in out
    assert "interview-sync confirm demo0tailspin" in out
    assert "you confirmed it" in out
    assert "To: Dana Cho <dana.cho@tailspin.example>" in out, "drafted only after confirming"
    assert "0 new drafts, notes or reminders" in out
    assert "Emails sent by interview-sync: 0" in out
