"""The ``interview-sync`` command line: a lazy click group and the one error handler.

Owns: the top-level group (``--config``, ``--verbose``), the table from command name to the module
that implements it (imported only when that command runs, so ``--help`` stays fast and the Google
libraries are never loaded for ``detect`` or ``timeline``), and ``handle_error``, the single place
where an ``InterviewSyncError`` becomes a message, a remedy and an exit code.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from interview_sync import __version__
from interview_sync.errors import EX_USAGE, ConfigError, InterviewSyncError

__all__ = ["Context", "handle_error", "main"]

# name -> (module, attribute, one-line help). Help text lives here so `--help` imports nothing.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "detect": ("interview_sync.commands.detect", "detect_cmd",
               "Show which events in a file are interviews, and with whom."),
    "timeline": ("interview_sync.commands.timeline", "timeline_cmd",
                 "Show the response date an employer's words promise."),
    "auth": ("interview_sync.commands.auth", "auth_cmd",
             "Authorize access to Google Calendar and Gmail drafts (once)."),
    "sync": ("interview_sync.commands.sync", "sync_cmd",
             "Run one cycle: fetch, plan, and write drafts, notes and reminders."),
    "run": ("interview_sync.commands.sync", "run_cmd",
            "Run the service loop (what the systemd unit starts)."),
    "status": ("interview_sync.commands.sync", "status_cmd",
               "Show each interview's five steps, and anything that needs you."),
    "confirm": ("interview_sync.commands.decide", "confirm_cmd",
                "Say an event detection was unsure about was an interview."),
    "ignore": ("interview_sync.commands.decide", "ignore_cmd",
               "Say an event was not an interview: nothing is made for it."),
    "demo": ("interview_sync.commands.demo", "demo_cmd",
             "See everything offline against the built-in Google emulator."),
    "emulator": ("interview_sync.commands.emulator", "emulator_cmd",
                 "Run the local Google API emulator in the foreground."),
    "install-service": ("interview_sync.commands.service", "install_service_cmd",
                        "Install and enable the systemd unit for this installation."),
    "doctor": ("interview_sync.commands.service", "doctor_cmd",
               "Check config, token, endpoints, directories, templates and the service."),
}


class Context:
    """What the top-level group hands every command (``click.Context.obj``)."""

    def __init__(self, *, config_path: str | None, verbose: int) -> None:
        self.config_path = config_path
        self.verbose = verbose


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module_name, attribute, _ = entry
        command = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Configuration file (default: $INTERVIEW_SYNC_CONFIG, then "
                   "$XDG_CONFIG_HOME/interview-sync/config.toml).")
@click.option("-v", "--verbose", count=True, help="More log detail (repeat for debug).")
@click.version_option(__version__, prog_name="interview-sync")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, verbose: int) -> None:
    """After every job interview: an assessment note, a personalised thank-you draft in Gmail for
    each person you met, a LinkedIn prompt, reference briefings, and reminders that follow the
    employer's own timeline. Nothing is ever sent for you."""
    ctx.obj = Context(config_path=config_path, verbose=verbose)
    if not logging.getLogger().handlers:
        level = logging.WARNING - 10 * min(verbose, 2)
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def under_systemd() -> bool:
    """True when systemd started us (it sets INVOCATION_ID for every unit it runs)."""
    return bool(os.environ.get("INVOCATION_ID") or os.environ.get("NOTIFY_SOCKET"))


def handle_error(error: InterviewSyncError) -> int:
    """Print ``error`` for a person (what, each problem, the remedy) and return the exit code.

    Under systemd each line carries the ``<3>`` (err) priority prefix, so ``journalctl -p err``
    and ``systemctl status`` show why the service stopped, and ``STATUS=`` says it too."""
    from interview_sync.ops import sdnotify

    journal = sdnotify.stderr_is_journal()
    prefix = sdnotify.journal_prefix(logging.ERROR) if journal else ""
    lines = [f"interview-sync: {error.message}", *(f"  - {p}" for p in error.problems)]
    if error.remedy:
        lines += ["", f"What to do: {error.remedy}"] if not journal else \
            [f"What to do: {error.remedy}"]
    for line in "\n".join(lines).split("\n"):  # journald reads the prefix per line
        click.echo(prefix + line if line else line, err=True)
    if under_systemd():
        sdnotify.status(f"stopped: {error.message}"
                        + (f" What to do: {error.remedy}" if error.remedy else ""))
    if isinstance(error, ConfigError) and not under_systemd():
        # 78 tells systemd "do not restart, a human must act"; at a terminal the
        # conventional code for "your input is wrong" is click's 2.
        return EX_USAGE
    return error.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    """Console-script entry point; returns the exit code (``ctx.exit(n)`` included)."""
    try:
        result: Any = cli.main(args=list(argv) if argv is not None else None,
                               standalone_mode=False)
    except InterviewSyncError as error:
        sys.exit(handle_error(error))
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Exit as error:
        sys.exit(error.exit_code)
    return result if isinstance(result, int) else 0
