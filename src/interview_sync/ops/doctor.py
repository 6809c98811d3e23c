"""``interview-sync doctor``: every check a person needs before trusting the service, with its fix.

Owns the checks (config, token, refresh, endpoints, folders, template overrides, clock, the
systemd unit, the last successful poll) and their presentation. Each check returns a ``Check``
(ok / warn / fail / skip, what it saw, the exact fix); a check never raises, so a broken config,
a missing token or an unreachable endpoint is reported, not a traceback. Orchestration: it
reads the clock and the network. The Google libraries are imported only by the refresh check.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from interview_sync.errors import InterviewSyncError

__all__ = ["Check", "Environment", "all_passed", "format_checks", "run_checks"]

State = Literal["ok", "warn", "fail", "skip"]
SYMBOL: dict[State, str] = {"ok": "✓", "warn": "!", "fail": "✗", "skip": "–"}
TESTING_MODE_DAYS = 7
MAX_SKEW = timedelta(minutes=2)
HTTP_TIMEOUT = 5.0
SERVICE = "interview-sync.service"
TIMER = "interview-sync-once.timer"
TIMER_SERVICE = "interview-sync-once.service"


@dataclass(frozen=True, slots=True, kw_only=True)
class Check:
    name: str
    state: State
    detail: str
    fix: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Environment:
    """The outside world doctor looks at; tests point it at temporary things."""

    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    systemctl: str | None = field(default_factory=lambda: shutil.which("systemctl"))
    booted_dir: Path = Path("/run/systemd/system")
    http_timeout: float = HTTP_TIMEOUT
    environ: Mapping[str, str] | None = None


def all_passed(checks: Sequence[Check]) -> bool:
    """Exit 0 only when nothing failed (warnings and skipped checks do not fail)."""
    return not any(check.state == "fail" for check in checks)


def format_checks(checks: Sequence[Check]) -> str:
    lines = []
    for check in checks:
        lines.append(f"{SYMBOL[check.state]} {check.name}: {check.detail}")
        if check.fix and check.state in ("fail", "warn"):
            lines += [f"    fix: {line}" for line in check.fix.splitlines()]
    failed = sum(check.state == "fail" for check in checks)
    lines.append("")
    lines.append("all checks passed" if not failed else f"{failed} check(s) failed")
    return "\n".join(lines)


def _guard(name: str, fn: Callable[[], list[Check]]) -> list[Check]:
    """Run one check; whatever it raises becomes a failed check, never a crash."""
    try:
        return fn()
    except InterviewSyncError as error:
        return [Check(name=name, state="fail", detail=error.message, fix=error.remedy)]
    except Exception as error:  # doctor must report, not crash
        return [Check(name=name, state="fail", detail=f"{type(error).__name__}: {error}",
                      fix="please report this as a bug, with the line above")]


def run_checks(config_path: str | None, env: Environment | None = None) -> list[Check]:
    """Every check, in the order a person would fix them."""
    env = env or Environment()
    from interview_sync.config.loader import load_settings

    try:
        settings = load_settings(config_path, environ=env.environ)
    except InterviewSyncError as error:
        problems = "\n".join(str(p) for p in error.problems)
        detail = error.message + (f"\n    {problems}" if problems else "")
        return [Check(name="config", state="fail", detail=detail,
                      fix=error.remedy or "fix the problems listed above"),
                Check(name="everything else", state="skip",
                      detail="not checked until the configuration loads")]
    source = str(settings.source) if settings.source else "none found, using the defaults"
    checks = [Check(name="config", state="ok", detail=source)]
    try:
        settings.require_complete()
    except InterviewSyncError as error:
        problems = "; ".join(str(p) for p in error.problems)
        checks = [Check(name="config", state="fail", detail=f"{source}: {error.message}"
                        + (f" ({problems})" if problems else ""), fix=error.remedy)]
    checks += _guard("token", lambda: _token_checks(settings, env))
    dates: list[datetime] = []  # the endpoints' Date headers, for the clock check
    checks += _guard("endpoints", lambda: _endpoint_checks(settings, env, dates))
    checks += _guard("clock", lambda: [_clock_check(dates, env)])
    checks += _guard("folders", lambda: _folder_checks(settings))
    checks += _guard("templates", lambda: [_template_check(settings)])
    checks += _guard("service", lambda: [_service_check(env)])
    checks += _guard("sandbox", lambda: [_sandbox_check(config_path, env)])
    checks += _guard("last poll", lambda: [_last_poll_check(settings, env)])
    return checks


# --------------------------------------------------------------------------- token


def _token_checks(settings: Any, env: Environment) -> list[Check]:
    from interview_sync.google import client as gc
    from interview_sync.google.token_file import load_credentials

    path = Path(settings.google.token_file)
    where = gc.endpoints(settings.google.endpoint)
    creds = load_credentials(path, token_uri=where.token_uri,
                             required_scopes=gc.required_scopes(settings.sync.reply_detection))
    checks = [Check(name="token", state="ok",
                    detail=f"{path} is private (0600) and has every scope needed")]
    checks.append(_refresh_check(creds, gc, settings))
    checks.append(_testing_mode_check(path, settings, env))
    return checks


def _refresh_check(creds: Any, gc: Any, settings: Any) -> Check:
    import google_auth_httplib2
    import httplib2
    from google.auth.exceptions import RefreshError, TransportError

    # The new access token stays in memory; PersistingCredentials rewrites the file only when
    # Google rotates the refresh token, exactly as the daemon would.
    http = httplib2.Http(timeout=min(settings.sync.http_timeout_seconds, 15))
    request = google_auth_httplib2.Request(http)
    try:
        creds.refresh(request)
    except RefreshError as error:
        mapped = gc.auth_error_from_refresh(error)
        return Check(name="token refresh", state="fail", detail=mapped.message,
                     fix=mapped.remedy or "try again later")
    except (TransportError, OSError) as error:
        return Check(name="token refresh", state="fail",
                     detail=f"could not reach the token endpoint: {error}",
                     fix="check the network (and [google] endpoint); the token itself may be "
                         "fine")
    finally:
        http.close()  # httplib2 keeps connections open otherwise
    return Check(name="token refresh", state="ok", detail="Google issued a fresh access token")


def _testing_mode_check(path: Path, settings: Any, env: Environment) -> Check:
    from interview_sync.google import client as gc

    now = env.now()
    written = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    age = now - written
    last_error = ""
    with contextlib.suppress(InterviewSyncError):  # a broken state DB is the last check's news
        last_error = _meta(settings, "last_error") or ""
    saw_invalid_grant = "invalid_grant" in last_error
    if saw_invalid_grant:
        return Check(name="token expiry risk", state="warn",
                     detail="Google refused this installation's authorization before "
                            "(invalid_grant)", fix=gc.INVALID_GRANT_REMEDY)
    if age < timedelta(days=TESTING_MODE_DAYS):
        dies = (written + timedelta(days=TESTING_MODE_DAYS)).strftime("%Y-%m-%d %H:%M UTC")
        return Check(
            name="token expiry risk", state="warn",
            detail=f"authorized {age.days} day(s) ago: if your OAuth app is still in "
                   f"\"Testing\", Google will stop accepting it on {dies}",
            fix="in the Google Cloud console (Google Auth Platform → Audience) press "
                "\"Publish app\" so it is \"In production\", then run `interview-sync auth`")
    return Check(name="token expiry risk", state="ok",
                 detail=f"authorized {age.days} days ago, past the 7-day Testing-mode limit")


# --------------------------------------------------------------------------- network and clock


def _endpoint_checks(settings: Any, env: Environment, dates: list[datetime]) -> list[Check]:
    from interview_sync.google.client import endpoints

    where = endpoints(settings.google.endpoint)
    urls = dict.fromkeys([where.calendar, where.gmail, where.token_uri])
    checks = []
    for url in urls:
        try:
            status, date = _probe(url, env.http_timeout)
        except OSError as error:
            checks.append(Check(
                name="endpoint", state="fail", detail=f"{url} unreachable: {error}",
                fix="check the network, DNS and any proxy"
                    + ("; is the emulator running (`interview-sync emulator`)?"
                       if where.loopback else "")))
            continue
        if date is not None:
            dates.append(date)
        checks.append(Check(name="endpoint", state="ok", detail=f"{url} answered (HTTP {status})"))
    return checks


def _probe(url: str, timeout: float) -> tuple[int, datetime | None]:
    """GET ``url``; any HTTP answer means reachable. Returns the status and the Date header."""
    parts = urlsplit(url)
    conn_type = http.client.HTTPSConnection if parts.scheme == "https" else \
        http.client.HTTPConnection
    conn = conn_type(parts.hostname or "", parts.port, timeout=timeout)
    try:
        conn.request("GET", parts.path or "/", headers={"User-Agent": "interview-sync doctor"})
        response = conn.getresponse()
        response.read(65536)
        date = None
        with contextlib.suppress(TypeError, ValueError, IndexError):
            header = response.getheader("Date")
            date = parsedate_to_datetime(header) if header else None
        return response.status, date
    except http.client.HTTPException as error:
        raise OSError(f"not an HTTP answer ({error})") from error
    finally:
        conn.close()


def _clock_check(dates: Sequence[datetime], env: Environment) -> Check:
    if not dates:
        return Check(name="clock", state="skip", detail="no endpoint answered with a Date header")
    skew = env.now() - dates[0]
    seconds = abs(skew.total_seconds())
    if abs(skew) > MAX_SKEW:
        direction = "ahead of" if skew.total_seconds() > 0 else "behind"
        return Check(name="clock", state="warn",
                     detail=f"this machine's clock is {seconds:.0f} s {direction} the server's",
                     fix="turn on time synchronisation: sudo timedatectl set-ntp true")
    return Check(name="clock", state="ok", detail=f"within {seconds:.0f} s of the server's")


# --------------------------------------------------------------------------- folders


def _folder_checks(settings: Any) -> list[Check]:
    folders = {"state": settings.paths.state_dir, "token": settings.google.token_file.parent,
               "notes": settings.paths.notes_dir, "reminders": settings.paths.reminders_dir}
    if settings.paths.tasks_dir is not None:
        folders["tasks"] = settings.paths.tasks_dir
    checks = []
    for label, folder in folders.items():
        checks.append(_writable(label, Path(folder)))
    checks.append(_privacy_check(settings))
    return checks


def _template_check(settings: Any) -> Check:
    """The user's template overrides compile. The service compiles templates only when it first
    has something to write (round 19: Jinja2 stays out of an idle daemon), so a broken override
    would otherwise first show in the log hours later; here it shows at once, with where."""
    folder = settings.templates.dir
    if folder is None:
        return Check(name="templates", state="ok", detail="the built-in templates")
    from interview_sync.local.templates import load_templates

    problems = load_templates(Path(folder)).problems
    if not problems:
        return Check(name="templates", state="ok", detail=f"your overrides in {folder} compile")
    shown = "; ".join(str(p) for p in problems[:3])
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return Check(name="templates", state="warn", detail=f"{shown}{more}",
                 fix="correct the template named, or delete it: the built-in one is used "
                     "until then")


def _readable_by_others(path: Path) -> bool:
    try:
        mode = path.lstat().st_mode
    except OSError:
        return False
    return bool(mode & 0o044) if not path.is_dir() else bool(mode & 0o055)


def _privacy_check(settings: Any) -> Check:
    """Data folders (and the files in them) other local users can read or list."""
    reminders = Path(settings.paths.reminders_dir)
    folders = [Path(settings.paths.state_dir), Path(settings.paths.notes_dir), reminders,
               Path(getattr(settings.paths, "material_dir", settings.paths.notes_dir))]
    loose: list[Path] = []
    for folder in folders:
        if folder.is_dir() and not folder.is_symlink():
            loose += [folder] if _readable_by_others(folder) else []
            with contextlib.suppress(OSError):
                loose += [p for p in sorted(folder.iterdir())[:10_000] if _readable_by_others(p)]
    feed = reminders.with_name(reminders.name + ".ics")
    loose += [feed] if feed.is_file() and _readable_by_others(feed) else []
    if not loose:
        return Check(name="privacy", state="ok",
                     detail="data folders and files are readable only by you")
    where = sorted({p if p.is_dir() else p.parent for p in loose} & set(folders))
    fix = [f"chmod -R go-rwx {folder}" for folder in where]
    fix += [f"chmod go-rwx {p}" for p in loose if p.parent not in where and p not in where]
    shown = ", ".join(str(p) for p in loose[:3]) + (f" and {len(loose) - 3} more"
                                                     if len(loose) > 3 else "")
    return Check(name="privacy", state="warn",
                 detail=f"others on this machine can read {shown} (whom you met, what you "
                        "promised)", fix="\n".join(dict.fromkeys(fix)))


def _writable(label: str, folder: Path) -> Check:
    name = f"{label} folder"
    if not folder.exists():
        parent = folder
        while not parent.exists() and parent != parent.parent:
            parent = parent.parent
        if parent.is_dir() and os.access(parent, os.W_OK | os.X_OK):
            return Check(name=name, state="ok", detail=f"{folder} (will be created)")
        return Check(name=name, state="fail", detail=f"{folder} cannot be created ({parent} is "
                     "not writable)", fix=f"mkdir -p -m 700 {folder}   (as a user who may)")
    if not folder.is_dir():
        return Check(name=name, state="fail", detail=f"{folder} is not a directory",
                     fix=f"move {folder} away, or choose another folder in the config")
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-"):
            pass
    except OSError as error:
        return Check(name=name, state="fail", detail=f"{folder} is not writable ({error.strerror})",
                     fix=f"chmod u+rwx {folder}")
    return Check(name=name, state="ok", detail=f"{folder} is writable")


# --------------------------------------------------------------------------- service and state


def _show(env: Environment, scope: tuple[str, ...], unit: str) -> dict[str, str] | None:
    """The unit's properties in ``scope``, or None when it is not installed there."""
    assert env.systemctl
    try:
        result = subprocess.run(
            [env.systemctl, *scope, "show", unit,
             "--property=LoadState,ActiveState,SubState,Result,StatusText,ExecMainStatus"],
            capture_output=True, text=True, timeout=10, check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    props = dict(line.partition("=")[::2] for line in result.stdout.splitlines())
    if result.returncode != 0 or props.get("LoadState") != "loaded":
        return None  # no user manager here, or not installed in this scope
    return props


def _service_check(env: Environment) -> Check:
    """The live state of the installed unit (the service, or the timer and its last run)."""
    if not env.systemctl or not env.booted_dir.is_dir():
        return Check(name="service", state="skip",
                     detail="systemd is not running here; run `interview-sync run` under your "
                            "supervisor, or `interview-sync sync --once` from cron")
    for scope in (("--user",), ()):
        where, ctl = ("user", "systemctl --user") if scope else ("system", "systemctl")
        journal = "journalctl --user" if scope else "journalctl"
        props = _show(env, scope, SERVICE)
        if props is not None:
            return _unit_verdict(SERVICE, where, ctl, journal, props)
        timer = _show(env, scope, TIMER) if scope else None
        if timer is not None:
            once = _show(env, scope, TIMER_SERVICE) or {}
            if timer.get("ActiveState") != "active":
                return Check(name="service", state="fail", detail=f"{TIMER} is "
                             f"{timer.get('ActiveState', '?')}",
                             fix=f"{ctl} enable --now {TIMER}")
            return _unit_verdict(TIMER_SERVICE, where, ctl, journal, once, oneshot=True)
    return Check(name="service", state="fail", detail=f"{SERVICE} is not installed",
                 fix="interview-sync install-service   (or --system, as root, for a home server)")


def _unit_verdict(unit: str, where: str, ctl: str, journal: str, props: dict[str, str], *,
                  oneshot: bool = False) -> Check:
    active, status = props.get("ActiveState", "unknown"), props.get("StatusText", "")
    healthy = active == "active" or (oneshot and active in {"inactive", "activating"}
                                     and props.get("Result", "success") == "success")
    said = f"; it says: {status}" if status else ""
    if healthy:
        return Check(name="service", state="ok",
                     detail=f"{unit} ({where}) is {active} ({props.get('SubState', '?')}){said}")
    name = unit.removesuffix(".service")
    return Check(name="service", state="fail",
                 detail=f"{unit} ({where}) is {active} (exit status "
                        f"{props.get('ExecMainStatus', '?')}){said}",
                 fix=f"see why: {journal} -u {name} -p err -e\nthen: {ctl} restart {unit}")


def _sandbox_check(config_path: str | None, env: Environment) -> Check:
    """Every folder the configuration writes is writable for the installed unit's sandbox."""
    from interview_sync.config.loader import load_settings
    from interview_sync.ops import install as si
    from interview_sync.ops import sandbox

    environ = os.environ if env.environ is None else env.environ
    installed = [("user", si.default_unit_dir("user", environ) / f"{unit}.d" / "hardening.conf")
                 for unit in (SERVICE, TIMER_SERVICE)]
    installed.append(("system", si.SYSTEM_UNIT_DIR / SERVICE))
    for scope, unit_file in installed:
        try:
            text = unit_file.read_text(encoding="utf-8")
        except OSError:
            continue
        allowed = [Path(v.strip().strip('"').lstrip("-")) for line in text.splitlines()
                   if line.startswith("ReadWritePaths=") for v in [line.partition("=")[2]]]
        if scope == "system":
            allowed.append(sandbox.SYSTEM_STATE_DIR)
        settings = load_settings(config_path, environ=sandbox.unit_environment(
            "user" if scope == "user" else "system", environ))
        missing = [f"{label} {path}" for label, path in sandbox.output_paths(settings).items()
                   if not any(path == a or a in path.parents for a in allowed)]
        again = "install-service" + (" --system" if scope == "system" else "")
        if missing:
            return Check(name="sandbox", state="fail",
                         detail=f"{unit_file} does not let the service write: "
                                + ", ".join(missing),
                         fix=f"interview-sync {again}   (it lists the configured folders in "
                             "ReadWritePaths=)")
        if scope == "system":
            absent = [str(f) for f in (si.CREDSTORE_FILE, si.CREDSTORE_TOKEN)
                      if os.access(f.parent, os.X_OK) and not f.exists()]
            if absent:
                return Check(name="sandbox", state="fail",
                             detail="the system unit's credentials are missing: "
                                    + ", ".join(absent),
                             fix="sudo interview-sync install-service --system --client-secrets "
                                 "client_secret.json --token token.json")
        return Check(name="sandbox", state="ok",
                     detail=f"{unit_file} lets the service write every configured folder")
    return Check(name="sandbox", state="skip", detail="no hardened unit installed")


def _meta(settings: Any, name: str) -> str | None:
    from interview_sync.local.state import DB_NAME, StateStore

    db = Path(settings.paths.state_dir) / DB_NAME
    if not db.exists():  # opening would create it
        return None
    with StateStore.open(db) as store:
        return store.get_meta(name)


def _last_poll_check(settings: Any, env: Environment) -> Check:
    needs_human = _meta(settings, "needs_human")
    if needs_human:
        return Check(name="last poll", state="fail", detail="the service stopped: a human must act",
                     fix=needs_human)
    last = _meta(settings, "last_success")
    if not last:
        return Check(name="last poll", state="fail", detail="no successful poll recorded yet",
                     fix="interview-sync sync --once   (then start the service)")
    try:
        at = datetime.fromisoformat(last)
    except ValueError:
        return Check(name="last poll", state="fail", detail=f"unreadable timestamp {last!r}",
                     fix="interview-sync sync --once")
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    age = env.now() - at
    allowed = max(timedelta(seconds=3 * settings.sync.poll_seconds), timedelta(minutes=15))
    if age > allowed:
        error = _meta(settings, "last_error") or "no error recorded"
        return Check(name="last poll", state="fail",
                     detail=f"last success {_ago(age)} ago (expected within {_ago(allowed)}); "
                            f"last error: {error}",
                     fix="is the service running? systemctl --user status interview-sync")
    return Check(name="last poll", state="ok", detail=f"{_ago(age)} ago")


def _ago(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    if seconds < 172800:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"
