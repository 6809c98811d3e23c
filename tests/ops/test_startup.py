"""`interview-sync --help` stays fast by importing no heavy library (behaviour, not timing: the
timing figure is bench/bench_startup.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("googleapiclient", "google.auth", "google.oauth2", "google_auth_oauthlib",
         "google_auth_httplib2", "httplib2", "icalendar", "jinja2")

PROBE = """
import json, sys
from click.testing import CliRunner
from interview_sync import cli
result = CliRunner().invoke(cli.cli, {args!r})
heavy = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in {heavy!r}))
print(json.dumps({{"exit": result.exit_code, "output": result.output, "heavy": heavy}}))
"""


def _probe(args: list[str]) -> dict[str, object]:
    # A fresh interpreter: this test process has long since imported everything.
    out = subprocess.run([sys.executable, "-c", PROBE.format(args=args, heavy=HEAVY)],
                         capture_output=True, text=True, check=True, timeout=60)
    return dict(json.loads(out.stdout))


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["install-service", "--help"],
                                  ["doctor", "--help"]])
def test_help_imports_no_heavy_library(args: list[str]) -> None:
    result = _probe(args)
    assert result["exit"] == 0, result["output"]
    assert result["heavy"] == []


def test_the_probe_would_notice_a_heavy_import() -> None:
    """Guard: the same probe sees jinja2 once something imports it."""
    code = PROBE.format(args=["--help"], heavy=HEAVY).replace(
        "from interview_sync import cli", "from interview_sync import cli\nimport jinja2")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert "jinja2" in json.loads(out.stdout)["heavy"]


def test_importtime_of_the_console_entry_point() -> None:
    """`python -X importtime -m interview_sync --help` lists every module imported: none heavy."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "interview_sync", "--help"],
                         capture_output=True, text=True, check=True, timeout=60)
    assert "Commands" in out.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines()
                if line.startswith("import time:")}
    assert "click" in imported
    assert not [m for m in imported if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_status_does_not_load_the_engine_or_the_renderer() -> None:
    """`status` and `doctor` only read the state file: no Jinja2, icalendar or Google client."""
    code = ("import sys, interview_sync.commands.sync, interview_sync.engine.wiring; "
            "print(','.join(m for m in ('jinja2', 'icalendar', 'googleapiclient', "
            "'interview_sync.engine.daemon', 'interview_sync.engine.cycle') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == ""
