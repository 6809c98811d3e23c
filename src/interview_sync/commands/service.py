"""The ``install-service`` and ``doctor`` commands: thin click wrappers.

Owns only option parsing and printing; the logic is in ``ops.install`` and ``doctor``, whose
functions take every root path and executable as a parameter so tests can run them in temporary
directories.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import click

from interview_sync.cli import Context
from interview_sync.errors import ConfigError, InterviewSyncError

__all__ = ["doctor_cmd", "install_service_cmd"]


def _config_path(ctx: click.Context) -> str | None:
    obj = ctx.find_object(Context)
    return obj.config_path if obj else None


def _read_write_paths(config_path: str | None, *, force: bool) -> list[Path]:
    """The folders the sandboxed unit must be able to write, from the configuration."""
    from interview_sync.config.loader import load_settings
    try:
        settings = load_settings(config_path)
    except ConfigError:
        if force:
            return []
        raise
    wanted = [settings.paths.state_dir, settings.google.token_file.parent,
              settings.paths.notes_dir, settings.paths.reminders_dir,
              *([settings.paths.tasks_dir] if settings.paths.tasks_dir is not None else [])]
    unique: list[Path] = []
    for path in wanted:
        path = path.expanduser().absolute()
        if path not in unique:
            unique.append(path)
    return unique


@click.command("install-service")
@click.option("--user", "scope", flag_value="user", default=True,
              help="Install a user unit in $XDG_CONFIG_HOME/systemd/user (default).")
@click.option("--system", "scope", flag_value="system",
              help="Install a hardened system unit in /etc/systemd/system (home server; root).")
@click.option("--dry-run", is_flag=True, help="Print every file and command; change nothing.")
@click.option("--force", is_flag=True, help="Overwrite a unit file you edited.")
@click.option("--hardening/--no-hardening", default=None,
              help="Install the PrivateUsers= drop-in for the user unit (default: when a probe "
                   "shows this host supports it).")
@click.option("--timer", is_flag=True,
              help="Install a oneshot `sync --once` service and a 5-minute timer instead of the "
                   "long-running service (user units only).")
@click.option("--unit-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write the unit here instead of the default directory.")
@click.pass_context
def install_service_cmd(ctx: click.Context, *, scope: str, dry_run: bool, force: bool,
                        hardening: bool | None, timer: bool, unit_dir: Path | None) -> None:
    """Install and enable the systemd unit that runs `interview-sync run` for this installation
    (its own Python and venv)."""
    from interview_sync.ops import install as si

    config_path = _config_path(ctx)
    python = sys.executable
    systemctl = si.which("systemctl")
    available = si.systemd_available(systemctl)
    if not available and not dry_run:
        raise InterviewSyncError("systemd is not running on this machine",
                                 remedy=si.no_systemd_advice(python, config_path),
                                 exit_code=si.EX_UNAVAILABLE)
    if scope == "system" and not dry_run and os.geteuid() != 0:
        raise InterviewSyncError("a system unit needs root",
                                 remedy="run: sudo " + " ".join([python, "-m", "interview_sync",
                                                                 "install-service", "--system"]),
                                 exit_code=si.EX_UNAVAILABLE)
    user_scope = scope == "user"
    if hardening is None:
        hardening = user_scope and available and si.probe_private_users(si.which("systemd-run"))
    rw_paths = _read_write_paths(config_path, force=force) if user_scope and hardening else []
    user = getpass.getuser()
    plan = si.plan_install(
        "user" if user_scope else "system",
        unit_dir=unit_dir or si.default_unit_dir("user" if user_scope else "system"),
        python=python, systemctl=systemctl or "systemctl", config_path=config_path,
        hardening=bool(hardening and user_scope), timer=timer, read_write_paths=rw_paths,
        lingering=si.linger_enabled(user), user=user)
    if dry_run:
        click.echo(plan.describe())
        if not available:
            click.echo("\n" + si.no_systemd_advice(python, config_path))
        return
    for line in si.execute(plan, force=force):
        click.echo(line)
    for notice in plan.notices:
        click.echo(notice)


@click.command("doctor")
@click.pass_context
def doctor_cmd(ctx: click.Context) -> None:
    """Check config, token, endpoints, directories, clock and the service; print each fix."""
    from interview_sync.ops.doctor import all_passed, format_checks, run_checks

    checks = run_checks(_config_path(ctx))
    click.echo(format_checks(checks))
    if not all_passed(checks):
        # SystemExit, not ctx.exit: cli.main runs click with standalone_mode=False, where
        # ctx.exit's code is returned rather than exited with (`python -m` drops it).
        sys.exit(1)
