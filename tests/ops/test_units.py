"""The shipped systemd units: packaged copies in sync, the directives we rely on, and systemd's own
verdicts (``systemd-analyze verify`` and ``security --offline=true``) on the files install-service
actually writes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from interview_sync.ops import install as si

ROOT = Path(__file__).resolve().parents[2]
SYSTEMD = ROOT / "systemd"
PACKAGED = ROOT / "src" / "interview_sync" / "units"
ANALYZE = shutil.which("systemd-analyze")
needs_analyze = pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze is not installed")


def test_packaged_templates_are_the_repository_units() -> None:
    shipped = {p.name: p.read_text() for p in SYSTEMD.rglob("*") if p.is_file()}
    packaged = {p.name: p.read_text() for p in PACKAGED.iterdir() if p.is_file()}
    assert shipped, "systemd/ is empty"
    assert packaged == shipped


def _directives(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.lstrip().startswith(("#", ";", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key.strip(), []).append(value.strip())
    return found


COMMON = {
    "Type": "notify", "NotifyAccess": "main", "WatchdogSec": "5min", "Restart": "on-failure",
    "RestartSec": "30s", "RestartPreventExitStatus": "78", "TimeoutStopSec": "60s",
    "SyslogIdentifier": "interview-sync", "StartLimitBurst": "5",
    "StartLimitIntervalSec": "15min", "NoNewPrivileges": "yes",
    "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
}


@pytest.mark.parametrize("name", ["interview-sync.service", "interview-sync-system.service"])
@pytest.mark.parametrize(("key", "value"), sorted(COMMON.items()))
def test_both_units_have(name: str, key: str, value: str) -> None:
    assert value in _directives(si.template(name)).get(key, [])


@pytest.mark.parametrize(("name", "command"), [("interview-sync.service", "run"),
                                             ("interview-sync-system.service", "run"),
                                             ("interview-sync-once.service", "sync --once")])
def test_environment_and_exec_start(name: str, command: str) -> None:
    found = _directives(si.template(name))
    env = " ".join(found["Environment"])
    assert "PYTHONUNBUFFERED=1" in env and "PYTHONFAULTHANDLER=1" in env
    assert "INTERVIEW_SYNC_STATE_DIR=" in env
    assert found["ExecStart"] == [f"@PYTHON@ -m interview_sync @OPTIONS@{command}"]


def test_timer_variant() -> None:
    service = _directives(si.template("interview-sync-once.service"))
    timer = _directives(si.template("interview-sync-once.timer"))
    assert service["Type"] == ["oneshot"] and "Restart" not in service
    assert timer["OnUnitInactiveSec"] == ["5min"]  # cycles never overlap
    assert timer["WantedBy"] == ["timers.target"]


def test_user_unit_pins_the_state_directory_and_avoids_what_user_managers_reject() -> None:
    found = _directives(si.template("interview-sync.service"))
    assert "INTERVIEW_SYNC_STATE_DIR=%h/.local/state/interview-sync" in found["Environment"]
    # In systemd 252 StateDirectory= of a user unit is ~/.config/NAME (notes/ops.md §1.5);
    # CapabilityBoundingSet= without PrivateUsers fails the unit with 218/CAPABILITIES.
    for key in ("StateDirectory", "CapabilityBoundingSet", "PrivateUsers", "User"):
        assert key not in found
    assert found["WantedBy"] == ["default.target"]


def test_hardening_drop_in_is_private_users_based() -> None:
    found = _directives(si.template("hardening.conf"))
    assert found["PrivateUsers"] == ["yes"]
    assert found["ProtectHome"] == ["read-only"]  # "yes" hides ~/.local, "tmpfs" NOTIFY_SOCKET
    # Every writable folder comes from the configuration (ops.sandbox), the state dir included,
    # so the template lists none itself: the state folder is listed once, not twice.
    assert "ReadWritePaths" not in found
    assert si.RW_MARKER in si.template("hardening.conf").splitlines()


def test_system_unit_uses_a_dynamic_user_and_a_credential() -> None:
    found = _directives(si.template("interview-sync-system.service"))
    assert found["DynamicUser"] == ["yes"]
    assert found["StateDirectory"] == ["interview-sync"]
    assert any(v.startswith("client_secret.json:/") for v in found["LoadCredential"])
    assert found["CapabilityBoundingSet"] == [""]
    assert found["WantedBy"] == ["multi-user.target"]


# --------------------------------------------------------------------------- systemd-analyze


def _install_files(tmp_path: Path, scope: si.Scope, *, hardening: bool,
                   timer: bool = False) -> Path:
    unit_dir = tmp_path / "units"
    plan = si.plan_install(scope, unit_dir=unit_dir, python=sys.executable,
                           systemctl="systemctl", config_path=str(tmp_path / "my config.toml"),
                           hardening=hardening, timer=timer,
                           read_write_paths=[tmp_path / "notes", tmp_path / "rem 100%"])
    for unit in plan.files:
        unit.path.parent.mkdir(parents=True, exist_ok=True)
        unit.path.write_text(unit.text)
    return unit_dir / (si.TIMER_SERVICE if timer else si.SERVICE)


def _analyze(tmp_path: Path, scope: si.Scope, *args: str) -> subprocess.CompletedProcess[str]:
    assert ANALYZE is not None
    env = dict(os.environ)
    flags = []
    if scope == "user":
        # The analyzer's user mode needs a runtime directory even offline.
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        flags = ["--user"]
    return subprocess.run([ANALYZE, *flags, *args], capture_output=True, text=True, env=env,
                          check=False, timeout=60)


def _score(output: str) -> float:
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", output)
    assert match, output[-2000:]
    return float(match.group(1))


@needs_analyze
@pytest.mark.parametrize(("scope", "hardening", "timer"), [
    ("user", False, False), ("user", True, False), ("system", False, False),
    ("user", False, True), ("user", True, True),
])
def test_systemd_analyze_verify_passes(tmp_path: Path, scope: si.Scope, hardening: bool,
                                       timer: bool) -> None:
    unit = _install_files(tmp_path, scope, hardening=hardening, timer=timer)
    units = [unit, unit.with_name(si.TIMER)] if timer else [unit]
    result = _analyze(tmp_path, scope, "verify", *map(str, units))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "interview-sync" not in result.stderr, result.stderr  # no warnings about our unit


@needs_analyze
@pytest.mark.parametrize(("scope", "hardening", "timer", "limit"), [
    ("system", False, False, 1.5),
    ("user", True, False, 2.0),
    ("user", True, True, 2.0),
])
def test_exposure_score(tmp_path: Path, scope: si.Scope, hardening: bool, timer: bool,
                        limit: float) -> None:
    unit = _install_files(tmp_path, scope, hardening=hardening, timer=timer)
    result = _analyze(tmp_path, scope, "security", "--offline=true", str(unit))
    assert _score(result.stdout + result.stderr) <= limit, result.stdout[-3000:]


@needs_analyze
def test_the_drop_in_is_what_brings_the_user_unit_down(tmp_path: Path) -> None:
    bare = _install_files(tmp_path / "bare", "user", hardening=False)
    hardened = _install_files(tmp_path / "hard", "user", hardening=True)
    scores = [_score(_analyze(tmp_path, "user", "security", "--offline=true", str(u)).stdout)
              for u in (bare, hardened)]
    assert scores[1] < scores[0] - 3
