"""The ``install-service`` and ``doctor`` commands.

Owns option parsing and printing, and the order of an install: the configuration as the unit
will see it, the checks that refuse before anything changes (folders the unit could not write,
a token it could not use, the system unit's missing credentials), the install itself, and the
wait for the first cycle. The pieces are in ``ops.sandbox`` (what the unit may write),
``ops.install`` (units and commands), ``ops.credstore`` (the system unit's token) and
``ops.verify`` (the first cycle's verdict), each testable against temporary directories.
"""

from __future__ import annotations

import getpass
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from interview_sync.cli import Context
from interview_sync.errors import ConfigError, InterviewSyncError, Problem

__all__ = ["doctor_cmd", "install_service_cmd"]


def _config_path(ctx: click.Context) -> str | None:
    obj = ctx.find_object(Context)
    return obj.config_path if obj else None


def _settings_for_unit(config_path: str | None, scope: str, *, force: bool) -> Any:
    """The configuration exactly as the unit will read it (its environment), or None with
    ``--force`` when it does not load."""
    from interview_sync.config.loader import load_settings
    from interview_sync.ops import sandbox

    try:
        return load_settings(config_path, environ=sandbox.unit_environment(
            "user" if scope == "user" else "system"))
    except ConfigError:
        if force:
            return None
        raise


def _preflight(settings: Any, scope: str) -> list[Path]:
    """Refuse (before anything changes) what would stop the unit; returns its writable folders."""
    from interview_sync.ops import sandbox

    paths = sandbox.output_paths(settings)
    problems = sandbox.folder_problems(paths, "user" if scope == "user" else "system")
    if problems:
        raise ConfigError("the unit could not write the folders the configuration names",
                          problems=[Problem(where=f"{p.label} folder {p.path}", what=p.what,
                                            fix=p.fix) for p in problems],
                          remedy="fix the folders (or the config), then run install-service "
                                 "again")
    if scope == "user":
        from interview_sync.google import client as gc
        from interview_sync.google.token_file import load_credentials

        load_credentials(settings.google.token_file,
                         token_uri=gc.endpoints(settings.google.endpoint).token_uri,
                         required_scopes=gc.required_scopes(settings.sync.reply_detection))
        return sandbox.read_write_paths(paths.values())
    return sandbox.read_write_paths(paths.values(), owned=[sandbox.SYSTEM_STATE_DIR])


def _system_credentials(client_secrets: Path | None, token: Path | None
                        ) -> list[tuple[Path, Path]]:
    """What to copy into /etc/credstore; refuses when the unit would start without them."""
    from interview_sync.ops import credstore
    from interview_sync.ops import install as si

    copies: list[tuple[Path, Path]] = []
    missing: list[Problem] = []
    if token is not None:
        credstore.check_token_file(token)
        copies.append((token, si.CREDSTORE_TOKEN))
    elif not si.CREDSTORE_TOKEN.exists():
        missing.append(Problem(
            where=str(si.CREDSTORE_TOKEN), what="the token is missing",
            fix="authorize on a machine with a browser (`interview-sync auth`), copy the "
                "token.json it wrote here and pass --token token.json"))
    if client_secrets is not None:
        copies.append((client_secrets, si.CREDSTORE_FILE))
    elif not si.CREDSTORE_FILE.exists():
        missing.append(Problem(where=str(si.CREDSTORE_FILE),
                               what="the OAuth client JSON is missing",
                               fix="pass --client-secrets client_secret.json"))
    if missing:
        raise ConfigError(
            "the system unit cannot start yet: its credentials are not in place",
            problems=missing,
            remedy="sudo interview-sync install-service --system --client-secrets "
                   "client_secret.json --token token.json   (docs/service.md)")
    return copies


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
@click.option("--client-secrets", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="--system: the OAuth client JSON to put in /etc/credstore.")
@click.option("--token", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="--system: the token.json `interview-sync auth` wrote (on any machine), to "
                   "put in /etc/credstore for the unit.")
@click.option("--wait", "wait_seconds", type=click.FloatRange(0), default=180.0,
              show_default=True,
              help="Seconds to wait for the first cycle to finish (0: do not wait).")
@click.pass_context
def install_service_cmd(ctx: click.Context, *, scope: str, dry_run: bool, force: bool,
                        hardening: bool | None, timer: bool, unit_dir: Path | None,
                        client_secrets: Path | None, token: Path | None,
                        wait_seconds: float) -> None:
    """Install and start the systemd unit that runs `interview-sync run` for this installation
    (its own Python and venv), then wait for its first cycle and report how it went."""
    from interview_sync.ops import install as si

    config_path = _config_path(ctx)
    python = sys.executable
    systemctl = si.which("systemctl")
    available = si.systemd_available(systemctl)
    user_scope = scope == "user"
    if (client_secrets or token) and user_scope:
        raise InterviewSyncError("--client-secrets and --token are for --system",
                                 remedy="a user unit reads the files `interview-sync auth` "
                                        "wrote; drop these options", exit_code=2)
    if not available and not dry_run:
        raise InterviewSyncError("systemd is not running on this machine",
                                 remedy=si.no_systemd_advice(python, config_path),
                                 exit_code=si.EX_UNAVAILABLE)
    if not user_scope and not dry_run and os.geteuid() != 0:
        raise InterviewSyncError("a system unit needs root",
                                 remedy="run: sudo " + " ".join([python, "-m", "interview_sync",
                                                                 "install-service", "--system"]),
                                 exit_code=si.EX_UNAVAILABLE)
    if hardening is None:
        hardening = user_scope and available and si.probe_private_users(si.which("systemd-run"))
    try:
        settings = _settings_for_unit(config_path, scope, force=force)
        rw_paths = _preflight(settings, scope) if settings is not None else []
    except InterviewSyncError as error:
        if not dry_run:
            raise
        click.echo(f"note: without --dry-run this would stop here: {error.message}", err=True)
        rw_paths = []
    if user_scope and not hardening:
        rw_paths = []  # without the drop-in nothing is read-only: no ReadWritePaths= needed
    credentials = [] if user_scope or dry_run else _system_credentials(client_secrets, token)
    user = getpass.getuser()
    plan = si.plan_install(
        "user" if user_scope else "system",
        unit_dir=unit_dir or si.default_unit_dir("user" if user_scope else "system"),
        python=python, systemctl=systemctl or "systemctl", config_path=config_path,
        hardening=bool(hardening and user_scope), timer=timer, read_write_paths=rw_paths,
        lingering=si.linger_enabled(user), user=user, credentials=credentials,
        group_exists=_group_exists(si.DATA_GROUP))
    if dry_run:
        click.echo(plan.describe())
        if not available:
            click.echo("\n" + si.no_systemd_advice(python, config_path))
        return
    ctl = [systemctl or "systemctl", *(["--user"] if user_scope else [])]
    service = si.TIMER_SERVICE if timer else si.SERVICE
    before = _invocation(ctl, service)
    started_at = time.time()
    for line in si.execute(plan, force=force):
        click.echo(line)
    if timer:  # the timer's first run is minutes away: run the first cycle now
        si.execute(si.InstallPlan(scope=plan.scope, files=(),
                                  commands=((*ctl, "start", "--no-block", service),)))
    for notice in plan.notices:
        click.echo(notice)
    if wait_seconds > 0:
        _report_first_cycle(ctl, service, before=before, oneshot=timer, timeout=wait_seconds,
                            started_at=started_at, user_scope=user_scope)


def _group_exists(name: str) -> bool:
    import grp

    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


def _invocation(ctl: Sequence[str], unit: str) -> str:
    from interview_sync.ops.verify import unit_properties

    return unit_properties(ctl, unit).get("InvocationID", "")


def _report_first_cycle(ctl: Sequence[str], unit: str, *, before: str, oneshot: bool,
                        timeout: float, started_at: float, user_scope: bool) -> None:
    from interview_sync.ops.verify import wait_first_cycle

    journalctl = ["journalctl", *(["--user"] if user_scope else [])]
    click.echo(f"waiting for the first cycle of {unit} (up to {timeout:.0f} s) ...")
    health = wait_first_cycle(ctl, journalctl, unit, before=before, oneshot=oneshot,
                              timeout=timeout, started_at=started_at)
    if health.ok:
        click.echo(f"ok: {health.summary}")
        return
    logs = " ".join([*journalctl, "-u", unit.removesuffix(".service"), "-e"])
    raise InterviewSyncError(
        f"{unit} was installed, but {health.summary}",
        problems=[Problem(where="journal", what=line)
                  for line in health.reason.splitlines() if line.strip()][-10:],
        remedy=("fix what the lines above say (e.g. run `interview-sync doctor`"
                + ("" if user_scope else " as the service's configuration sees it")
                + f"), then: {' '.join(ctl)} restart {unit}   (full log: {logs})"),
        exit_code=1 if health.finished else 75)


@click.command("doctor")
@click.pass_context
def doctor_cmd(ctx: click.Context) -> None:
    """Check config, token, endpoints, directories, templates, clock and the service; print each
    fix."""
    from interview_sync.ops.doctor import all_passed, format_checks, run_checks

    checks = run_checks(_config_path(ctx))
    click.echo(format_checks(checks))
    if not all_passed(checks):
        # SystemExit, not ctx.exit: cli.main runs click with standalone_mode=False, where
        # ctx.exit's code is returned rather than exited with (`python -m` drops it).
        sys.exit(1)
