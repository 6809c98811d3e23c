"""The units under a real systemd 252 manager (PID 1 in fresh namespaces; see conftest.py).

Installed the way the README says (`interview-sync install-service`, as each user, from the
user's own venv), against the project's emulator started inside the container, one emulator and
one user per variant so they run side by side:

* alice: the user unit without the PrivateUsers drop-in (kill -9 restarts it, stop is prompt);
* bob: the user unit with the drop-in (a revoked grant stops it for good, a new token recovers);
* carol: the timer variant (a short timer drop-in, so three cycles take seconds, not 15 min);
* dave: the user unit under a throttle whose Retry-After outlasts a short WatchdogSec;
* erin: bad input (unwritable folder, token of another owner, broken config);
* the system unit: DynamicUser, credentials from /etc/credstore, folders under /srv.

Test drop-ins only shorten waits (RestartSec, timer intervals, WatchdogSec); `bench/` measures the
watchdog with the shipped values. The tests in this file share one container and run in order.
"""

from __future__ import annotations

import concurrent.futures
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

from interview_sync.emulator.demo_seed import DEMO_ME, DEMO_NAME, sample_fortnight

pytestmark = pytest.mark.slow

SERVICE = "interview-sync.service"
ONCE = "interview-sync-once.service"
CLIENT = {"installed": {"client_id": "emulator-client", "client_secret": "emulator-secret",
                       "auth_uri": "http://127.0.0.1/o/oauth2/auth",
                       "token_uri": "http://127.0.0.1/token", "redirect_uris": ["http://localhost"]}}
FAST_RESTART = "[Service]\nRestartSec=1s\n"
FAST_TIMER = ("[Timer]\nOnStartupSec=\nOnActiveSec=1s\nOnUnitInactiveSec=2s\n"
              "RandomizedDelaySec=0\nAccuracySec=1s\n")
SHORT_WATCHDOG = "[Service]\nWatchdogSec=4s\n"
THROTTLE = "events.list:429:count=2:retry_after=10"  # Retry-After 10 s > WatchdogSec 4 s


def config(port: int, **paths: str) -> str:
    lines = ["[google]", f'endpoint = "http://127.0.0.1:{port}"']
    if paths:
        lines += ["[paths]", *(f"{k} = {json.dumps(v)}" for k, v in paths.items())]
    lines += ["[sync]", "poll_seconds = 10", "backfill_days = 14", "http_timeout_seconds = 5.0",
              "[user]", f'name = "{DEMO_NAME}"', f'email = "{DEMO_ME}"',
              'timezone = "America/Chicago"']
    return "\n".join(lines) + "\n"


@dataclass
class Variant:
    user: str | None  # None: the system unit
    port: int
    unit: str = SERVICE
    home: str = "/"
    install: list[str] = field(default_factory=list)
    result: Any = None
    started: float = 0.0

    @property
    def config_dir(self) -> str:
        return f"{self.home}/.config/interview-sync"

    @property
    def data_dir(self) -> str:
        return "/srv/interview" if self.user is None else f"{self.home}/.local/share/interview-sync"


def start_emulator(machine: Any, variant: Variant, token_out: str, faults: str = "") -> None:
    name = f"emu-{variant.user or 'system'}"
    machine.run("systemctl", "stop", name, check=False)
    machine.run("systemctl", "reset-failed", name, check=False)
    python = f"{variant.home}/venv/bin/python" if variant.user else "/opt/interview-sync/venv/bin/python"
    command = ["systemd-run", f"--unit={name}", "--collect",
               *([f"--uid={variant.user}"] if variant.user else []),
               python, "-m", "interview_sync", "emulator", "--port", str(variant.port),
               "--seed", "/mnt/share/seed.json", "--token-out", token_out,
               *(["--faults", faults] if faults else [])]
    machine.run(*command)
    machine.wait_for(f"{name} listening", lambda: machine.run(
        "test", "-s", token_out, check=False).returncode == 0 and machine.run(
        "python3", "-c", f"import urllib.request; urllib.request.urlopen("
        f"'http://127.0.0.1:{variant.port}/_emulator/state', timeout=2)", check=False
    ).returncode == 0, timeout=60)


def prepare_user(machine: Any, variant: Variant, *, drop_ins: dict[str, str],
                 faults: str = "") -> None:
    assert variant.user
    variant.home = machine.add_user(variant.user)
    machine.put(f"{variant.config_dir}/config.toml", config(variant.port), owner=variant.user)
    machine.put(f"{variant.config_dir}/client_secret.json", json.dumps(CLIENT),
                owner=variant.user, mode="0600")
    for path, text in drop_ins.items():
        machine.put(f"{variant.home}/.config/systemd/user/{path}", text, owner=variant.user)
    machine.sh(f"chown -R {variant.user}: {variant.home}/.config")
    start_emulator(machine, variant, f"{variant.config_dir}/token.json", faults)


def install(machine: Any, variant: Variant) -> Any:
    variant.started = time.time()
    python = f"{variant.home}/venv/bin/python" if variant.user else \
        "/opt/interview-sync/venv/bin/python"
    variant.result = machine.run(python, "-m", "interview_sync", "install-service",
                                 "--wait", "120", *variant.install, user=variant.user,
                                 check=False, timeout=300)
    return variant.result


def wait_props(machine: Any, unit: str, user: str | None, what: str,
               good: Callable[[dict[str, str]], bool], timeout: float = 60) -> dict[str, str]:
    """The unit's properties once ``good`` holds for them."""
    deadline = time.monotonic() + timeout
    while True:
        props: dict[str, str] = machine.show(unit, user)
        if good(props):
            return props
        assert time.monotonic() < deadline, f"timed out waiting for {what}: {props}"
        time.sleep(0.5)


def events_lists(machine: Any, variant: Variant) -> int:
    state = machine.emulator_state(variant.port)
    return sum(1 for r in state["requests"]  # type: ignore[union-attr]
               if r.get("method_id") == "calendar.events.list" and r.get("status") == 200)


@pytest.fixture(scope="module")
def stack(real_systemd: Any) -> dict[str, Variant]:
    machine = real_systemd
    seed = sample_fortnight(datetime.now(UTC))
    (machine.share / "seed.json").write_text(json.dumps(seed), encoding="utf-8")
    variants = {
        "alice": Variant("alice", 8801, install=["--no-hardening"]),
        "bob": Variant("bob", 8802, install=["--hardening"]),
        "carol": Variant("carol", 8803, unit=ONCE, install=["--timer"]),
        "dave": Variant("dave", 8804, install=["--hardening"]),
        "system": Variant(None, 8890, install=["--system", "--client-secrets",
                                              "/root/prov/client_secret.json",
                                              "--token", "/root/prov/token.json"]),
    }
    prepare_user(machine, variants["alice"],
                 drop_ins={f"{SERVICE}.d/fast-restart.conf": FAST_RESTART})
    prepare_user(machine, variants["bob"], drop_ins={})
    prepare_user(machine, variants["carol"],
                 drop_ins={"interview-sync-once.timer.d/fast.conf": FAST_TIMER})
    prepare_user(machine, variants["dave"],
                 drop_ins={f"{SERVICE}.d/short-watchdog.conf": SHORT_WATCHDOG}, faults=THROTTLE)
    system = variants["system"]
    machine.put("/etc/interview-sync/config.toml", config(
        system.port, notes_dir="/srv/interview/notes", reminders_dir="/srv/interview/reminders"))
    machine.sh("chmod 0755 /etc/interview-sync")
    machine.put("/root/prov/client_secret.json", json.dumps(CLIENT), mode="0600")
    start_emulator(machine, system, "/root/prov/token.json")
    with concurrent.futures.ThreadPoolExecutor(max_workers=5) as pool:
        list(pool.map(lambda v: install(machine, v), variants.values()))
    return variants


def _outcome(variant: Variant) -> str:
    return f"exit {variant.result.returncode}\n{variant.result.stdout}\n{variant.result.stderr}"


# ------------------------------------------------------------------------ every variant works


@pytest.mark.parametrize("name", ["alice", "bob", "carol", "dave", "system"])
def test_install_service_verifies_the_first_cycle(real_systemd: Any, stack: dict[str, Variant],
                                                  name: str) -> None:
    variant = stack[name]
    assert variant.result.returncode == 0, _outcome(variant)
    assert "ok: the first" in variant.result.stdout, _outcome(variant)
    props = real_systemd.show(variant.unit, variant.user)
    if variant.unit == ONCE:  # between two timer runs, or in one
        assert props["Result"] == "success", props
        assert real_systemd.show("interview-sync-once.timer", variant.user)["ActiveState"] == \
            "active"
    else:
        assert props["ActiveState"] == "active" and props["NRestarts"] == "0", props


def test_the_drop_in_is_installed_where_asked(real_systemd: Any, stack: dict[str, Variant]) -> None:
    units = "/.config/systemd/user"
    drop_in = f"{SERVICE}.d/hardening.conf"
    assert real_systemd.run("test", "-e", f"/home/alice{units}/{drop_in}", check=False
                            ).returncode != 0
    text = real_systemd.run("cat", f"/home/bob{units}/{drop_in}").stdout
    rw = [ln for ln in text.splitlines() if ln.startswith("ReadWritePaths=")]
    # state, the token's folder, and the data folder (notes, reminders and the feed beside them)
    assert rw == ["ReadWritePaths=-/home/bob/.config/interview-sync",
                  "ReadWritePaths=-/home/bob/.local/share/interview-sync",
                  "ReadWritePaths=-/home/bob/.local/state/interview-sync"], text


@pytest.mark.parametrize("name", ["alice", "bob", "carol", "system"])
def test_three_cycles_write_everything_and_fail_nothing(real_systemd: Any,
                                                        stack: dict[str, Variant],
                                                        name: str) -> None:
    machine, variant = real_systemd, stack[name]
    machine.wait_for("three cycles", lambda: events_lists(machine, variant) >= 3, timeout=90)
    log = machine.journal(variant.unit, variant.user)
    if variant.unit == ONCE:
        # each run of `sync --once` prints its report; one that failed an action exits 1
        assert log.count("Calendar: ") >= 3, log[-3000:]
        failed_total = log.count("[failed]")
        assert failed_total == 0, log[-3000:]
        assert "Failed with result" not in machine.journal(variant.unit, variant.user), log
    else:
        failed = [int(n) for n in re.findall(r"cycle: \d+ actions \((\d+) failed\)", log)]
        failed_total = sum(failed)
        assert failed and failed_total == 0, log[-3000:]
        assert re.search(r", 0 failed$", machine.show(variant.unit, variant.user)["StatusText"])
    print(f"{name}: {events_lists(machine, variant)} cycles (events.list answered), "
          f"{failed_total} failed actions")
    data = variant.data_dir
    listing = machine.sh(f"ls {data}/notes {data}/reminders {data}/reminders.ics").stdout
    assert ".md" in listing and ".ics" in listing, listing
    feed = machine.run("cat", f"{data}/reminders.ics").stdout
    assert "BEGIN:VCALENDAR" in feed and "BEGIN:VEVENT" in feed
    drafts = machine.emulator_state(variant.port)["drafts"]
    assert drafts, "no Gmail draft in the emulator"


# ------------------------------------------------------------------------ the user unit's life


def test_kill_9_is_restarted(real_systemd: Any, stack: dict[str, Variant]) -> None:
    machine, user = real_systemd, "alice"
    before = machine.show(SERVICE, user)
    machine.run("systemctl", "--user", "kill", "-s", "KILL", SERVICE, user=user)
    after = wait_props(machine, SERVICE, user, "the restart",
                       lambda p: p["NRestarts"] == "1" and p["ActiveState"] == "active")
    assert after["MainPID"] != before["MainPID"]


def test_stop_is_prompt_and_clean(real_systemd: Any, stack: dict[str, Variant]) -> None:
    machine, user = real_systemd, "alice"
    machine.wait_for("active", lambda: machine.show(SERVICE, user)["ActiveState"] == "active")
    started = time.monotonic()
    machine.run("systemctl", "--user", "stop", SERVICE, user=user)
    took = time.monotonic() - started
    props = machine.show(SERVICE, user)
    # SIGTERM ends the sleep at once: a clean exit, not the 60 s TimeoutStopSec's SIGKILL
    assert props["Result"] == "success" and props["ExecMainStatus"] == "0", props
    assert took < 30, took
    print(f"systemctl --user stop took {took:.2f} s")


def _stays_down(machine: Any, user: str | None, unit: str = SERVICE) -> dict[str, str]:
    props = wait_props(machine, unit, user, "the unit to stop",
                       lambda p: p["ActiveState"] in {"failed", "inactive"}
                       and p["SubState"] != "auto-restart", timeout=90)
    time.sleep(3)  # RestartSec=30s would show as auto-restart at once; it must not
    later = machine.show(unit, user)
    assert later["ActiveState"] == "failed" and later["NRestarts"] == "0", later
    assert later["ExecMainStatus"] == "78", later
    return props


def test_revoked_grant_stays_down_then_a_new_token_recovers(real_systemd: Any,
                                                          stack: dict[str, Variant]) -> None:
    machine, bob = real_systemd, stack["bob"]
    machine.wait_for("bob's first cycles", lambda: events_lists(machine, bob) >= 2, timeout=60)
    # A new emulator has never seen bob's grant (Google after a revocation): the next call is
    # refused and the refresh answers invalid_grant. It writes a fresh token, as a new
    # `interview-sync auth` would, for the recovery below.
    start_emulator(machine, bob, f"{bob.config_dir}/token.json")
    _stays_down(machine, "bob")
    urgent = machine.journal(SERVICE, "bob", priority=3)
    assert "expired or revoked" in urgent or "invalid_grant" in urgent, urgent
    status = machine.run("systemctl", "--user", "status", SERVICE, user="bob", check=False).stdout
    assert "stopped:" in status and "interview-sync auth" in status, status
    doctor = machine.run(f"{bob.home}/venv/bin/interview-sync", "doctor", user="bob", check=False)
    assert doctor.returncode == 1 and "a human must act" in doctor.stdout, doctor.stdout
    machine.run("systemctl", "--user", "restart", SERVICE, user="bob")
    machine.wait_for("a healthy cycle", lambda: machine.show(SERVICE, "bob")[
        "StatusText"].startswith("last poll"), timeout=60)
    doctor = machine.run(f"{bob.home}/venv/bin/interview-sync", "doctor", user="bob", check=False)
    assert doctor.returncode == 0, doctor.stdout  # a recovered service is healthy
    assert "a human must act" not in doctor.stdout


def test_watchdog_is_fed_while_waiting_out_a_long_retry_after(real_systemd: Any,
                                                             stack: dict[str, Variant]) -> None:
    machine, dave = real_systemd, stack["dave"]
    props = machine.show(SERVICE, "dave")
    assert props["WatchdogUSec"] == "4s", props
    requests = machine.emulator_state(dave.port)["requests"]
    throttled = [r for r in requests if r.get("status") == 429]  # type: ignore[union-attr]
    assert len(throttled) == 2, throttled
    # the first cycle waited 2 x 10 s inside one call, 5 times WatchdogSec, and was not killed
    assert props["NRestarts"] == "0" and props["ActiveState"] == "active", props
    assert "atchdog" not in machine.journal(SERVICE, "dave"), machine.journal(SERVICE, "dave")
    assert "ok: the first cycle finished" in dave.result.stdout


# ------------------------------------------------------------------------ bad input


def test_bad_input_is_refused_before_the_unit_starts(real_systemd: Any,
                                                    stack: dict[str, Variant]) -> None:
    machine = real_systemd
    erin = Variant("erin", 8805)
    prepare_user(machine, erin, drop_ins={f"{SERVICE}.d/fast-restart.conf": FAST_RESTART})
    python = f"{erin.home}/venv/bin/python"
    machine.sh("install -d -m 0755 /srv/locked")

    def install_service() -> Any:
        return machine.run(python, "-m", "interview_sync", "install-service", "--wait", "60",
                           "--hardening", user="erin", check=False, timeout=200)

    machine.put(f"{erin.config_dir}/config.toml", config(erin.port, notes_dir="/srv/locked/n"),
                owner="erin")
    refused = install_service()
    assert refused.returncode != 0 and "/srv/locked" in refused.stderr, refused.stderr
    assert machine.run("systemctl", "--user", "is-active", SERVICE, user="erin",
                       check=False).stdout.strip() != "active"
    machine.put(f"{erin.config_dir}/config.toml", config(erin.port), owner="erin")
    token = f"{erin.config_dir}/token.json"
    machine.run("chown", "root:root", token)
    refused = install_service()
    assert refused.returncode != 0 and "belongs to uid 0" in refused.stderr, refused.stderr
    doctor = machine.run(f"{python}", "-m", "interview_sync", "doctor", user="erin", check=False)
    assert doctor.returncode == 1 and "belongs to uid 0" in doctor.stdout
    machine.run("chown", "erin:erin", token)

    # a token that looks right but Google refuses: the unit starts, its first cycle stops it,
    # and install-service says so (exit 1, the journal's reason) instead of "ok"
    start_emulator(machine, erin, f"{erin.home}/other-token.json")
    failed = install_service()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "invalid_grant" in failed.stderr and "ok:" not in failed.stdout, failed.stderr
    assert machine.show(SERVICE, "erin")["ActiveState"] == "failed"
    start_emulator(machine, erin, token)  # a new `interview-sync auth`
    done = install_service()
    assert done.returncode == 0, done.stdout + done.stderr

    # a folder added to the config after install is read-only in the sandbox: the unit stops
    # for good at start (not a cycle of failed actions), doctor names it, install-service fixes it
    machine.put(f"{erin.config_dir}/config.toml",
                config(erin.port, notes_dir=f"{erin.home}/elsewhere/notes"), owner="erin")
    machine.run("systemctl", "--user", "restart", SERVICE, user="erin", check=False)
    _stays_down(machine, "erin")
    urgent = machine.journal(SERVICE, "erin", priority=3)
    assert f"{erin.home}/elsewhere" in urgent and "install-service" in urgent, urgent
    doctor = machine.run(python, "-m", "interview_sync", "doctor", user="erin", check=False)
    assert doctor.returncode == 1 and "does not let the service write" in doctor.stdout
    again = install_service()
    assert again.returncode == 0, again.stdout + again.stderr
    machine.run("test", "-d", f"{erin.home}/elsewhere/notes")

    # broken after install: stays down, says why at err, and recovers once fixed
    machine.put(f"{erin.config_dir}/config.toml",
                config(erin.port).replace("poll_seconds = 10", 'poll_seconds = "often"'),
                owner="erin")
    machine.run("systemctl", "--user", "restart", SERVICE, user="erin", check=False)
    _stays_down(machine, "erin")
    urgent = machine.journal(SERVICE, "erin", priority=3)
    assert "poll_seconds" in urgent, urgent
    status = machine.run("systemctl", "--user", "status", SERVICE, user="erin", check=False).stdout
    assert "poll_seconds" in status, status
    machine.put(f"{erin.config_dir}/config.toml", config(erin.port), owner="erin")
    again = install_service()  # what a person does after fixing it; it reports the health
    assert again.returncode == 0, again.stdout + again.stderr


def test_system_unit_refuses_to_start_without_credentials(real_systemd: Any,
                                                          stack: dict[str, Variant]) -> None:
    # The stack installed it with --client-secrets/--token; take the token away and re-run.
    machine = real_systemd
    machine.run("mv", "/etc/credstore/interview-sync.token.json", "/root/prov/held.json")
    try:
        before = machine.show(SERVICE)["InvocationID"]
        refused = machine.run("/opt/interview-sync/venv/bin/python", "-m", "interview_sync",
                              "install-service", "--system", check=False)
        assert refused.returncode != 0, refused.stdout
        assert "--token" in refused.stderr and "--user" not in refused.stderr, refused.stderr
        assert machine.show(SERVICE)["InvocationID"] == before  # nothing was restarted
    finally:
        machine.run("mv", "/root/prov/held.json", "/etc/credstore/interview-sync.token.json")


# ------------------------------------------------------------------------ the system unit


def test_system_unit_runs_as_a_dynamic_user_and_writes_only_its_folders(
        real_systemd: Any, stack: dict[str, Variant]) -> None:
    machine = real_systemd
    props = machine.show(SERVICE)
    pid = props["MainPID"]
    status = machine.run("cat", f"/proc/{pid}/status").stdout
    uid = re.search(r"^Uid:\s+(\d+)", status, re.M)
    assert uid and int(uid.group(1)) >= 61184, status  # systemd's DynamicUser range
    creds = machine.run("ls", f"/run/credentials/{SERVICE}").stdout.split()
    assert creds == ["client_secret.json", "token.json"]
    token = machine.run("stat", "-c", "%u %a", "/var/lib/private/interview-sync/token.json"
                        ).stdout.split()
    assert token == [uid.group(1), "600"]
    writable = _writable_as_the_service(machine, int(pid), int(uid.group(1)))
    assert writable == {"/srv/interview", "/tmp", "/var/tmp", "/var/lib/private/interview-sync",
                        "/var/cache/private/interview-sync"}, writable
    owner = machine.run("stat", "-c", "%G %a", "/srv/interview").stdout.split()
    assert owner == ["interview-sync-data", "2770"]


def _writable_as_the_service(machine: Any, pid: int, uid: int) -> set[str]:
    """Every folder a file can be created in from the service's mount namespace, with its uid
    and groups: each mount point, each top-level folder, and the usual suspects."""
    points = {line.split()[4] for line in machine.run("cat", f"/proc/{pid}/mountinfo"
                                                      ).stdout.splitlines()}
    top = set(machine.run("ls", "-1", "/").stdout.split())
    candidates = sorted({p for p in points if not p.startswith(("/proc", "/sys", "/dev"))}
                        | {f"/{d}" for d in top if d not in {"proc", "sys", "dev"}}
                        | {"/etc/interview-sync", "/etc/credstore", "/var/lib", "/var/log",
                           "/srv", "/srv/interview/notes", "/run/lock", "/home/alice",
                           "/opt/interview-sync/venv", "/var/lib/private"})
    gid = machine.run("getent", "group", "interview-sync-data").stdout.split(":")[2]
    script = ("for d in \"$@\"; do f=\"$d/.probe-$$\"; "
              "if (: > \"$f\") 2>/dev/null; then rm -f \"$f\"; echo \"$d\"; fi; done")
    out = machine.run("nsenter", "-t", str(pid), "-m", "--", "setpriv", f"--reuid={uid}",
                      f"--regid={uid}", f"--groups={gid}", "--", "bash", "-c", script, "_",
                      *candidates).stdout
    # a folder inside a writable one says nothing new
    found = sorted(set(out.split()), key=len)
    return {d for d in found if not any(d.startswith(o + "/") for o in found if o != d)}


def test_exposure_under_the_live_manager(real_systemd: Any, stack: dict[str, Variant]) -> None:
    machine = real_systemd
    system = machine.run("systemd-analyze", "security", SERVICE, check=False).stdout
    user = machine.run("systemd-analyze", "--user", "security", SERVICE, user="bob",
                       check=False).stdout
    scores = [float(re.search(r"Overall exposure level for \S+: (\d+\.\d+)", text).group(1))
              for text in (system, user)]  # type: ignore[union-attr]
    print(f"exposure under the live manager: system {scores[0]}, user + drop-in {scores[1]}")
    assert scores[0] <= 1.5 and scores[1] <= 2.0, (system[-2000:], user[-2000:])
