"""doctor against the real emulator, real token files, a real state DB and a fake systemctl."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from interview_sync.emulator import Emulator
from interview_sync.google.client import required_scopes
from interview_sync.local.state import DB_NAME, StateStore
from interview_sync.ops import doctor


class Home:
    """A user's home in tmp_path: a config file pointing at ``endpoint``, and its folders."""

    def __init__(self, root: Path, endpoint: str, extra: str = "") -> None:
        self.root = root
        self.token = root / "secrets" / "token.json"
        self.state = root / "state"
        self.config = root / "config.toml"
        self.config.write_text(
            f'[google]\nendpoint = "{endpoint}"\ntoken_file = "{self.token}"\n'
            f'[paths]\nstate_dir = "{self.state}"\nnotes_dir = "{root / "notes"}"\n'
            f'reminders_dir = "{root / "reminders"}"\n[user]\nname = "Pat Lee"\n{extra}')
        self.environ = {"HOME": str(root), "PATH": os.environ.get("PATH", "")}

    def write_token(self, info: dict[str, object], mode: int = 0o600) -> None:
        self.token.parent.mkdir(mode=0o700, exist_ok=True)
        self.token.write_text(json.dumps(info))
        self.token.chmod(mode)

    def record(self, **meta: str) -> None:
        with StateStore.open(self.state / DB_NAME) as store:
            for key, value in meta.items():
                store.set_meta(key, value)


def env_for(home: Home, *, now: datetime | None = None, systemctl: str | None = None,
            booted: bool = False) -> doctor.Environment:
    booted_dir = home.root / "run-systemd-system"
    if booted:
        booted_dir.mkdir(exist_ok=True)
    return doctor.Environment(now=(lambda: now) if now else (lambda: datetime.now(UTC)),
                              systemctl=systemctl, booted_dir=booted_dir, environ=home.environ,
                              http_timeout=2)


def by_name(checks: list[doctor.Check]) -> dict[str, doctor.Check]:
    return {c.name: c for c in checks}


@pytest.fixture
def home(tmp_path: Path, emulator: Emulator) -> Home:
    return Home(tmp_path, emulator.url)


def test_a_healthy_installation_passes(home: Home, emulator: Emulator) -> None:
    home.write_token(emulator.issue_token(list(required_scopes(False))))
    home.record(last_success=datetime.now(UTC).isoformat())
    checks = doctor.run_checks(str(home.config), env_for(home))
    found = by_name(checks)
    assert found["config"].state == "ok"
    assert found["token"].state == "ok"
    assert found["token refresh"].state == "ok"
    assert found["token expiry risk"].state == "warn"  # just authorized: Testing-mode risk
    assert "Publish app" in found["token expiry risk"].fix
    assert all(c.state == "ok" for c in checks if c.name == "endpoint")
    assert found["clock"].state == "ok"
    assert found["service"].state == "skip"  # not booted with systemd
    assert found["last poll"].state == "ok"
    assert doctor.all_passed(checks), doctor.format_checks(checks)


def test_an_old_token_carries_no_testing_mode_warning(home: Home, emulator: Emulator) -> None:
    home.write_token(emulator.issue_token(list(required_scopes(False))))
    old = (datetime.now(UTC) - timedelta(days=30)).timestamp()
    os.utime(home.token, (old, old))
    found = by_name(doctor.run_checks(str(home.config), env_for(home)))
    assert found["token expiry risk"].state == "ok"


def test_a_previous_invalid_grant_is_a_warning(home: Home, emulator: Emulator) -> None:
    home.write_token(emulator.issue_token(list(required_scopes(False))))
    home.record(last_error="auth: invalid_grant: Token has been expired or revoked")
    found = by_name(doctor.run_checks(str(home.config), env_for(home)))
    assert found["token expiry risk"].state == "warn"
    assert "interview-sync auth" in found["token expiry risk"].fix


@pytest.mark.parametrize("config_text", [
    "[google\n",  # not TOML
    "[sync]\npoll_seconds = 'often'\n",  # wrong type
    "[sink]\nx = 1\n",  # unknown section
])
def test_a_broken_config_is_reported_not_raised(tmp_path: Path, config_text: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(config_text)
    checks = doctor.run_checks(str(path), doctor.Environment(environ={"HOME": str(tmp_path)}))
    assert checks[0].name == "config" and checks[0].state == "fail"
    assert checks[0].fix
    assert not doctor.all_passed(checks)
    assert "✗ config" in doctor.format_checks(checks)


def test_an_incomplete_config_fails_but_the_rest_is_still_checked(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(  # no [user] name; no traffic to Google
        f'[google]\nendpoint = "http://127.0.0.1:{_closed_port()}"\n')
    checks = doctor.run_checks(str(tmp_path / "config.toml"),
                               doctor.Environment(environ={"HOME": str(tmp_path)}))
    found = by_name(checks)
    assert found["config"].state == "fail" and "name" in found["config"].detail
    assert "token" in found  # still checked


def test_missing_token_says_run_auth(home: Home) -> None:
    found = by_name(doctor.run_checks(str(home.config), env_for(home)))
    assert found["token"].state == "fail"
    assert "interview-sync auth" in found["token"].fix


def test_a_readable_token_is_refused_with_chmod(home: Home, emulator: Emulator) -> None:
    home.write_token(emulator.issue_token(list(required_scopes(False))), mode=0o644)
    found = by_name(doctor.run_checks(str(home.config), env_for(home)))
    assert found["token"].state == "fail"
    assert found["token"].fix == f"chmod 600 {home.token}"


def test_missing_scopes(home: Home, emulator: Emulator) -> None:
    home.write_token(emulator.issue_token(list(required_scopes(False))[:1]))
    found = by_name(doctor.run_checks(str(home.config), env_for(home)))
    assert found["token"].state == "fail" and "auth" in found["token"].fix


def test_a_revoked_grant_fails_the_refresh_with_the_testing_mode_hint(
        home: Home, emulator: Emulator) -> None:
    home.write_token(emulator.issue_token(list(required_scopes(False))))
    emulator.revoke()
    found = by_name(doctor.run_checks(str(home.config), env_for(home)))
    assert found["token refresh"].state == "fail"
    assert "invalid_grant" in found["token refresh"].detail
    assert "In production" in found["token refresh"].fix


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_endpoint_is_reported(tmp_path: Path, emulator: Emulator) -> None:
    home = Home(tmp_path, f"http://127.0.0.1:{_closed_port()}")
    home.write_token(emulator.issue_token(list(required_scopes(False))))
    checks = doctor.run_checks(str(home.config), env_for(home))
    endpoints = [c for c in checks if c.name == "endpoint"]
    assert endpoints and all(c.state == "fail" for c in endpoints)
    assert "emulator" in endpoints[0].fix
    found = by_name(checks)
    assert found["token refresh"].state == "fail"
    assert found["clock"].state == "skip"


def test_clock_skew_is_a_warning(home: Home, emulator: Emulator) -> None:
    home.write_token(emulator.issue_token(list(required_scopes(False))))
    skewed = datetime.now(UTC) + timedelta(minutes=10)
    found = by_name(doctor.run_checks(str(home.config), env_for(home, now=skewed)))
    assert found["clock"].state == "warn"
    assert "ahead" in found["clock"].detail and "timedatectl" in found["clock"].fix


def test_an_unwritable_folder(home: Home) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    (home.root / "notes").mkdir()
    (home.root / "notes").chmod(0o500)
    found = [c for c in doctor.run_checks(str(home.config), env_for(home))
             if c.name == "notes folder"]
    assert found[0].state == "fail" and "chmod" in found[0].fix


def test_a_file_where_a_folder_should_be(home: Home) -> None:
    (home.root / "reminders").write_text("oops")
    (check,) = [c for c in doctor.run_checks(str(home.config), env_for(home))
                if c.name == "reminders folder"]
    assert check.state == "fail"


@pytest.mark.parametrize(("meta", "state", "needle"), [
    ({}, "fail", "sync --once"),
    ({"last_success": "2000-01-01T00:00:00+00:00", "last_error": "boom"}, "fail", "status"),
    ({"needs_human": "run `interview-sync auth`"}, "fail", "interview-sync auth"),
    ({"last_success": "garbage"}, "fail", "sync --once"),
])
def test_last_poll(home: Home, meta: dict[str, str], state: str, needle: str) -> None:
    if meta:
        home.record(**meta)
    (check,) = [c for c in doctor.run_checks(str(home.config), env_for(home))
                if c.name == "last poll"]
    assert check.state == state and needle in check.fix


def test_last_poll_check_does_not_create_the_database(home: Home) -> None:
    doctor.run_checks(str(home.config), env_for(home))
    assert not (home.state / DB_NAME).exists()


SYSTEMCTL = """#!{python}
import sys
args = sys.argv[1:]
user = "--user" in args
answer = {answers!r}.get("user" if user else "system")
if answer is None:
    print("Failed to connect to bus", file=sys.stderr)
    sys.exit(1)
print(answer)
"""


@pytest.mark.parametrize(("answers", "state", "needle"), [
    ({"user": "LoadState=loaded\nActiveState=active\nSubState=running"}, "ok", "active"),
    ({"user": "LoadState=loaded\nActiveState=failed\nSubState=failed"}, "fail", "failed"),
    ({"user": "LoadState=not-found\nActiveState=inactive\nSubState=dead",
      "system": "LoadState=not-found\nActiveState=inactive\nSubState=dead"}, "fail",
     "not installed"),
    ({"system": "LoadState=loaded\nActiveState=active\nSubState=running"}, "ok", "(system)"),
])
def test_service_state(home: Home, answers: dict[str, str], state: str, needle: str) -> None:
    fake = home.root / "systemctl"
    fake.write_text(SYSTEMCTL.format(python=sys.executable, answers=answers))
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    (check,) = [c for c in doctor.run_checks(str(home.config),
                                             env_for(home, systemctl=str(fake), booted=True))
                if c.name == "service"]
    assert check.state == state and needle in check.detail
    if state == "fail":
        assert check.fix


def test_the_command_exits_non_zero_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("[google\n")
    result = subprocess.run(
        [sys.executable, "-m", "interview_sync", "--config", str(tmp_path / "config.toml"),
         "doctor"], capture_output=True, text=True, env={"HOME": str(tmp_path), "PATH": ""},
        check=False, timeout=60)
    assert result.returncode == 1
    assert "✗ config" in result.stdout and "Traceback" not in result.stderr


def test_data_folders_others_can_read_are_reported_with_the_chmod(home: Home) -> None:
    notes = home.root / "notes"
    notes.mkdir(mode=0o755)
    notes.chmod(0o755)  # what a shell with umask 022 made before this release
    (notes / "2026-06-10 Northwind.md").write_text("whom I met")
    (notes / "2026-06-10 Northwind.md").chmod(0o644)
    reminders = home.root / "reminders"
    reminders.mkdir(mode=0o700)
    reminders.chmod(0o700)
    found = by_name(doctor.run_checks(str(home.config), env_for(home)))
    privacy = found["privacy"]
    assert privacy.state == "warn" and str(notes) in privacy.detail
    assert f"chmod -R go-rwx {notes}" in privacy.fix and str(reminders) not in privacy.fix
    notes.chmod(0o700)
    (notes / "2026-06-10 Northwind.md").chmod(0o600)
    assert by_name(doctor.run_checks(str(home.config), env_for(home)))["privacy"].state == "ok"


def test_sandbox_check_names_a_configured_folder_the_installed_unit_cannot_write(
        tmp_path: Path) -> None:
    from interview_sync.config.loader import load_settings
    from interview_sync.ops import install as si
    from interview_sync.ops import sandbox

    home = Home(tmp_path, "http://127.0.0.1:9")
    env = env_for(home)
    assert doctor._sandbox_check(str(home.config), env).state == "skip"  # nothing installed
    unit_dir = si.default_unit_dir("user", home.environ)
    settings = load_settings(str(home.config),
                             environ=sandbox.unit_environment("user", home.environ))
    rw = sandbox.read_write_paths(sandbox.output_paths(settings).values())
    plan = si.plan_install("user", unit_dir=unit_dir, python="/p", systemctl="systemctl",
                           hardening=True, read_write_paths=rw)
    for unit in plan.files:
        unit.path.parent.mkdir(parents=True, exist_ok=True)
        unit.path.write_text(unit.text)
    assert doctor._sandbox_check(str(home.config), env).state == "ok"
    # the config now names a folder the installed unit was never told about
    home.config.write_text(home.config.read_text().replace(
        f'notes_dir = "{tmp_path / "notes"}"', 'notes_dir = "/srv/elsewhere/notes"'))
    check = doctor._sandbox_check(str(home.config), env)
    assert check.state == "fail" and "/srv/elsewhere/notes" in check.detail
    assert "install-service" in check.fix


def test_a_broken_template_override_is_a_warning_naming_the_file(tmp_path: Path,
                                                                  emulator: Emulator) -> None:
    # The service compiles templates only when it first has something to write, so doctor is
    # where a person learns at once that an override they wrote does not compile.
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "thank_interviewer.j2").write_text("Subject: Thanks {{ name\n\nHello")
    home = Home(tmp_path, emulator.url, extra=f'[templates]\ndir = "{templates}"\n')
    check = by_name(doctor.run_checks(str(home.config), env_for(home)))["templates"]
    assert check.state == "warn", check
    assert "thank_interviewer" in check.detail and "built-in" in check.fix


def test_overrides_that_compile_and_no_overrides_both_pass(tmp_path: Path,
                                                           emulator: Emulator) -> None:
    (tmp_path / "a").mkdir()
    plain = Home(tmp_path / "a", emulator.url)
    assert by_name(doctor.run_checks(str(plain.config), env_for(plain)))["templates"].state == "ok"
    templates = tmp_path / "b" / "templates"
    templates.mkdir(parents=True)
    (templates / "linkedin_note.j2").write_text("Hello {{ first_name }}, good to meet you.")
    home = Home(tmp_path / "b", emulator.url, extra=f'[templates]\ndir = "{templates}"\n')
    check = by_name(doctor.run_checks(str(home.config), env_for(home)))["templates"]
    assert check.state == "ok" and str(templates) in check.detail, check
