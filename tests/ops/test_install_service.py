"""install-service against temporary unit directories and fake systemctl/systemd-run executables
that record their argv (the OS edge; our own code runs unpatched)."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_sync.ops import install as si

FAKE = """#!{python}
import json, sys
with open({log!r}, "a") as f:
    f.write(json.dumps(sys.argv[1:]) + "\\n")
sys.exit({code})
"""


def fake_tool(bin_dir: Path, name: str, *, code: int = 0) -> tuple[str, Path]:
    """An executable ``name`` in ``bin_dir`` that appends its argv to a log and exits ``code``."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    log = bin_dir / f"{name}.log"
    script = bin_dir / name
    script.write_text(FAKE.format(python=sys.executable, log=str(log), code=code))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script), log


def calls(log: Path) -> list[list[str]]:
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def plan(tmp_path: Path, systemctl: str, **overrides: object) -> si.InstallPlan:
    args: dict[str, object] = {"unit_dir": tmp_path / "units", "python": "/opt/venv/bin/python",
                               "systemctl": systemctl}
    args.update(overrides)
    scope = args.pop("scope", "user")
    return si.plan_install(scope, **args)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- rendering


@pytest.mark.parametrize(("word", "quoted"), [
    ("/opt/venv/bin/python", "/opt/venv/bin/python"),
    ("/home/a b/venv/bin/python", '"/home/a b/venv/bin/python"'),
    ("/x/100%/py", "/x/100%%/py"),
    ("/x/$HOME/py", "/x/$$HOME/py"),
    ('/x/"q"', '"/x/\\"q\\""'),
])
def test_systemd_quote(word: str, quoted: str) -> None:
    assert si.systemd_quote(word) == quoted


def test_render_fills_every_placeholder() -> None:
    text = si.render(si.template("interview-sync.service"), python="/opt/v/bin/python",
                     config_path="/etc/x/config.toml")
    assert "ExecStart=/opt/v/bin/python -m interview_sync --config /etc/x/config.toml run" in text
    assert "@" not in text.replace("@system-service", "").replace("@privileged", "").replace(
        "@resources", "")


def test_render_without_config_and_with_paths() -> None:
    text = si.render(si.template("hardening.conf"), python="/p",
                     read_write_paths=[Path("/data/notes"), Path("/data/my reminders")])
    assert "ReadWritePaths=-/data/notes\n" in text
    assert 'ReadWritePaths="-/data/my reminders"' in text
    plain = si.render(si.template("interview-sync.service"), python="/p")
    assert "ExecStart=/p -m interview_sync run" in plain


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0\n"),
               min_size=1))
def test_quoted_words_never_leak_specifiers(word: str) -> None:
    quoted = si.systemd_quote(word)
    stripped = quoted.replace("%%", "").replace("$$", "")
    assert "%" not in stripped and "$" not in stripped
    assert (" " not in quoted) or (quoted.startswith('"') and quoted.endswith('"'))


# --------------------------------------------------------------------------- probes


def test_systemd_available(tmp_path: Path) -> None:
    booted = tmp_path / "run-systemd-system"
    assert not si.systemd_available("/usr/bin/systemctl", booted)
    booted.mkdir()
    assert si.systemd_available("/usr/bin/systemctl", booted)
    assert not si.systemd_available(None, booted)


def test_linger(tmp_path: Path) -> None:
    assert not si.linger_enabled("alice", tmp_path)
    (tmp_path / "alice").touch()
    assert si.linger_enabled("alice", tmp_path)


@pytest.mark.parametrize(("code", "expected"), [(0, True), (1, False)])
def test_private_users_probe(tmp_path: Path, code: int, expected: bool) -> None:
    tool, log = fake_tool(tmp_path / "bin", "systemd-run", code=code)
    assert si.probe_private_users(tool) is expected
    (argv,) = calls(log)
    assert argv[:2] == ["--user", "--wait"] and "PrivateUsers=yes" in argv


def test_private_users_probe_without_systemd_run() -> None:
    assert si.probe_private_users(None) is False


def test_default_unit_dirs(tmp_path: Path) -> None:
    assert si.default_unit_dir("user", {"XDG_CONFIG_HOME": str(tmp_path)}) == \
        tmp_path / "systemd" / "user"
    assert si.default_unit_dir("user", {"HOME": "/home/a"}) == Path("/home/a/.config/systemd/user")
    assert si.default_unit_dir("system", {}) == Path("/etc/systemd/system")


# --------------------------------------------------------------------------- planning and doing


def test_user_install_writes_the_unit_and_runs_systemctl(tmp_path: Path) -> None:
    systemctl, log = fake_tool(tmp_path / "bin", "systemctl")
    the_plan = plan(tmp_path, systemctl, config_path="/cfg/c.toml")
    done = si.execute(the_plan)
    unit = tmp_path / "units" / "interview-sync.service"
    text = unit.read_text()
    assert "ExecStart=/opt/venv/bin/python -m interview_sync --config /cfg/c.toml run" in text
    assert not (tmp_path / "units" / "interview-sync.service.d").exists()
    assert calls(log) == [["--user", "daemon-reload"],
                          ["--user", "reset-failed", "interview-sync.service"],
                          ["--user", "enable", "interview-sync.service"],
                          ["--user", "restart", "interview-sync.service"]]
    assert done[0] == f"wrote {unit}"


def test_reinstall_is_idempotent_and_refreshes_our_own_older_file(tmp_path: Path) -> None:
    systemctl, _ = fake_tool(tmp_path / "bin", "systemctl")
    si.execute(plan(tmp_path, systemctl))
    assert si.execute(plan(tmp_path, systemctl))[0].startswith("unchanged")
    # a new interpreter (e.g. a new venv) replaces a file we wrote, without --force
    done = si.execute(plan(tmp_path, systemctl, python="/new/venv/bin/python"))
    assert done[0].startswith("wrote")
    assert "/new/venv/bin/python" in (tmp_path / "units" / si.SERVICE).read_text()


def test_a_unit_the_user_edited_needs_force(tmp_path: Path) -> None:
    systemctl, log = fake_tool(tmp_path / "bin", "systemctl")
    si.execute(plan(tmp_path, systemctl))
    unit = tmp_path / "units" / si.SERVICE
    unit.write_text(unit.read_text().replace("RestartSec=30s", "RestartSec=5s"))
    before = len(calls(log))
    with pytest.raises(si.UnitEdited) as caught:
        si.execute(plan(tmp_path, systemctl, python="/other/python"))
    assert "--force" in caught.value.remedy
    assert "RestartSec=5s" in unit.read_text()
    assert len(calls(log)) == before  # refused before running anything
    si.execute(plan(tmp_path, systemctl, python="/other/python"), force=True)
    assert "RestartSec=30s" in unit.read_text() and "/other/python" in unit.read_text()


def test_a_hand_written_unit_is_not_overwritten(tmp_path: Path) -> None:
    systemctl, _ = fake_tool(tmp_path / "bin", "systemctl")
    unit = tmp_path / "units" / si.SERVICE
    unit.parent.mkdir(parents=True)
    unit.write_text("[Service]\nExecStart=/my/own\n")
    with pytest.raises(si.UnitEdited):
        si.execute(plan(tmp_path, systemctl))


def test_hardening_adds_the_drop_in_and_creates_the_folders(tmp_path: Path) -> None:
    systemctl, _ = fake_tool(tmp_path / "bin", "systemctl")
    notes = tmp_path / "notes"
    the_plan = plan(tmp_path, systemctl, hardening=True, read_write_paths=[notes])
    assert the_plan.directories == (notes,)
    si.execute(the_plan)
    drop_in = tmp_path / "units" / "interview-sync.service.d" / "hardening.conf"
    assert f"ReadWritePaths=-{notes}" in drop_in.read_text()
    assert notes.is_dir() and stat.S_IMODE(notes.stat().st_mode) == 0o700
    # the host stops supporting it (e.g. after an upgrade): our drop-in goes away
    later = plan(tmp_path, systemctl, hardening=False)
    assert later.remove == (drop_in,)
    si.execute(later)
    assert not drop_in.exists()


def test_timer_variant(tmp_path: Path) -> None:
    systemctl, log = fake_tool(tmp_path / "bin", "systemctl")
    the_plan = plan(tmp_path, systemctl, timer=True, hardening=True)
    assert [u.path.name for u in the_plan.files] == [si.TIMER_SERVICE, si.TIMER, "hardening.conf"]
    si.execute(the_plan)
    units = tmp_path / "units"
    assert "sync --once" in (units / si.TIMER_SERVICE).read_text()
    assert (units / f"{si.TIMER_SERVICE}.d" / "hardening.conf").exists()
    assert ["--user", "enable", si.TIMER] in calls(log)
    with pytest.raises(si.InterviewSyncError):
        plan(tmp_path, systemctl, scope="system", timer=True)


def test_linger_notice(tmp_path: Path) -> None:
    lingering = plan(tmp_path, "systemctl", lingering=True, user="alice")
    not_lingering = plan(tmp_path, "systemctl", lingering=False, user="alice")
    assert not any("enable-linger" in n for n in lingering.notices)
    assert any("sudo loginctl enable-linger alice" in n for n in not_lingering.notices)


def test_system_plan(tmp_path: Path) -> None:
    the_plan = plan(tmp_path, "/bin/systemctl", scope="system", python="/home/a/venv/bin/python")
    (unit,) = the_plan.files
    assert "DynamicUser=yes" in unit.text
    assert not [ln for ln in unit.text.splitlines()
                if ln.startswith(("SupplementaryGroups=", "ReadWritePaths="))]
    assert the_plan.commands[0] == ("/bin/systemctl", "daemon-reload")
    assert any("ProtectHome=yes" in n for n in the_plan.notices)
    assert any("--system" in n or "journalctl -u" in n for n in the_plan.notices)
    assert not any("--user" in n for n in the_plan.notices)


def test_system_plan_hands_folders_outside_the_state_dir_to_a_group(tmp_path: Path) -> None:
    secret, token = tmp_path / "client.json", tmp_path / "token.json"
    store = tmp_path / "credstore" / "interview-sync.token.json"
    the_plan = plan(tmp_path, "/bin/systemctl", scope="system",
                    read_write_paths=[Path("/srv/x/notes"), Path("/srv/x")],
                    credentials=[(secret, tmp_path / "credstore" / "c.json"), (token, store)],
                    group_exists=False)
    (unit,) = the_plan.files
    lines = unit.text.splitlines()
    assert f"SupplementaryGroups={si.DATA_GROUP}" in lines
    assert "ReadWritePaths=-/srv/x/notes" in lines and "ReadWritePaths=-/srv/x" in lines
    assert the_plan.setup == (("groupadd", "--system", si.DATA_GROUP),)
    assert the_plan.group == si.DATA_GROUP and Path("/srv/x") in the_plan.directories
    described = the_plan.describe()
    assert f"would copy {token} to {store} (root, mode 0600)" in described
    assert "mode 2770" in described


def test_credentials_are_copied_root_only(tmp_path: Path) -> None:
    systemctl, _ = fake_tool(tmp_path / "bin", "systemctl")
    token = tmp_path / "token.json"
    token.write_text('{"refresh_token": "r", "client_id": "c"}')
    token.chmod(0o644)
    store = tmp_path / "credstore" / "interview-sync.token.json"
    si.execute(plan(tmp_path, systemctl, scope="system", credentials=[(token, store)]))
    assert store.read_text() == token.read_text()
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.parent.stat().st_mode) == 0o700


def test_a_failing_systemctl_is_reported_with_its_message(tmp_path: Path) -> None:
    systemctl, _ = fake_tool(tmp_path / "bin", "systemctl", code=1)
    with pytest.raises(si.InterviewSyncError) as caught:
        si.execute(plan(tmp_path, systemctl))
    assert caught.value.exit_code == si.EX_UNAVAILABLE
    assert "daemon-reload" in caught.value.message


def test_describe_lists_every_file_and_command(tmp_path: Path) -> None:
    text = plan(tmp_path, "/bin/systemctl", hardening=True,
                read_write_paths=[tmp_path / "n"]).describe()
    assert f"would write {tmp_path / 'units' / si.SERVICE}:" in text
    assert "would write" in text and "hardening.conf" in text
    assert "would run: /bin/systemctl --user enable interview-sync.service" in text
    assert f"would create directory {tmp_path / 'n'}" in text


# --------------------------------------------------------------------------- the command


def _cli(tmp_path: Path, *args: str, path: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": path, "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8",
           "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    return subprocess.run([sys.executable, "-m", "interview_sync", *args], env=env,
                          capture_output=True, text=True, check=False, timeout=60)


def test_without_systemd_it_explains_the_alternatives(tmp_path: Path) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    result = _cli(tmp_path, "install-service", path=str(empty))
    assert result.returncode == si.EX_UNAVAILABLE
    assert "Traceback" not in result.stderr
    assert "sync --once" in result.stderr and " run" in result.stderr
    assert not (tmp_path / "xdg").exists()


def test_dry_run_prints_the_unit_and_changes_nothing(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    _, log = fake_tool(bin_dir, "systemctl")
    result = _cli(tmp_path, "--config", str(tmp_path / "c.toml"), "install-service", "--dry-run",
                  "--no-hardening", path=str(bin_dir))
    assert result.returncode == 0, result.stderr
    assert f"ExecStart={sys.executable} -m interview_sync --config {tmp_path / 'c.toml'} run" \
        in result.stdout
    assert "would run:" in result.stdout and "daemon-reload" in result.stdout
    assert not (tmp_path / "xdg").exists()
    assert calls(log) == []


def test_the_sandbox_may_write_the_tasks_folder_too(tmp_path: Path) -> None:
    """Issue #14 added [paths] tasks_dir: the hardened unit must list it among ReadWritePaths."""
    from interview_sync.config.loader import load_settings
    from interview_sync.ops import sandbox

    def written(body: str) -> list[Path]:
        config = tmp_path / "config.toml"
        config.write_text(body)
        settings = load_settings(str(config), environ={"HOME": str(tmp_path / "home")})
        return list(sandbox.output_paths(settings).values())

    tasks = tmp_path / "data" / "t"
    on = written(f'[paths]\nreminders_dir = "r/r"\ntasks_dir = "{tasks}"\n')
    assert tasks in on and tasks in sandbox.read_write_paths(on)
    assert tasks not in written(f'[paths]\ntasks_dir = "{tasks}"\n[reminders]\ntasks = false\n')
