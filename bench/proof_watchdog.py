"""The watchdog under a long throttle, with the shipped unit (WatchdogSec=5min), under a real
systemd 252 manager (tests/ops/real-systemd, the same harness as tests/ops/test_real_systemd.py).

The hardened user unit runs against an emulator that answers every ``events.list`` with 429 and
``Retry-After: 64`` for the whole run, so each cycle spends 6 attempts x 64 s = 320 s inside one
call's retries (longer than WatchdogSec) and then backs off. Figures: watchdog kills
(``Result=watchdog`` / "Watchdog timeout" in the journal), restarts, whether the main PID stayed
the same, the 429s answered and the longest gap between two of them (the wait inside one call).

Run (root, cgroup v2): .venv/bin/python bench/proof_watchdog.py [--minutes 10]

Its output lands in bench/RESULTS.md, so no machine path is printed: the container user's home
shows as ``~``, this checkout as ``.`` and the temp directory as ``$TMPDIR`` (``redact``).
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import re
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The harness lives with the tests (conftest.py of tests/ops); load it by path.
_spec = importlib.util.spec_from_file_location("real_systemd_harness",
                                               ROOT / "tests" / "ops" / "conftest.py")
assert _spec and _spec.loader
harness = importlib.util.module_from_spec(_spec)
sys.modules["real_systemd_harness"] = harness
_spec.loader.exec_module(harness)

PORT = 8811
CLIENT = {"installed": {"client_id": "emulator-client", "client_secret": "emulator-secret",
                       "token_uri": "http://127.0.0.1/token", "redirect_uris": ["http://localhost"]}}


def redact(text: str, home: str) -> str:
    """``text`` with machine paths replaced: ``home`` → ``~``, the repository → ``.``, the
    temp directory → ``$TMPDIR`` (whole path components only: ``/home/wdx`` is not ``~x``)."""
    for prefix, name in ((home, "~"), (str(ROOT), "."), (tempfile.gettempdir(), "$TMPDIR")):
        prefix = prefix.rstrip("/")
        if prefix:
            text = re.sub(re.escape(prefix) + r"(?![^/\s'\"])", name, text)
    return text


def figure(name: str, value: object, unit: str, target: str, ok: bool | None) -> None:
    verdict = "-" if ok is None else ("yes" if ok else "no")
    print(f"FIGURE name={name} value={value} unit={unit} target={target} pass={verdict}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--retry-after", type=int, default=64)
    opts = parser.parse_args()
    reason = harness.unavailable_reason()
    if reason:
        print(f"skipped: {reason}")
        return 0
    from interview_sync.emulator.demo_seed import DEMO_ME, DEMO_NAME, sample_fortnight

    base = Path(tempfile.mkdtemp(prefix="is-watchdog-"))
    share = base / "share"
    (share / "wheels").mkdir(parents=True)
    try:
        harness._build_wheels(share / "wheels")
        machine = harness.boot(base / "w", share)
        try:
            return _run(machine, opts, DEMO_ME, DEMO_NAME, sample_fortnight)
        finally:
            harness.teardown(base / "w")
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _run(machine: Any, opts: argparse.Namespace, me: str, name: str, seed_of: Any) -> int:
    m = machine
    m.sh(f"python3 -m venv {harness.VENV} && {harness.VENV}/bin/pip install -q --no-index "
         "--find-links /mnt/share/wheels interview-sync", timeout=600)
    home = m.add_user("wd")
    (m.share / "seed.json").write_text(json.dumps(seed_of(datetime.now(UTC))))
    conf = f"{home}/.config/interview-sync"
    m.put(f"{conf}/config.toml",
          f'[google]\nendpoint = "http://127.0.0.1:{PORT}"\n[user]\nname = "{name}"\n'
          f'email = "{me}"\ntimezone = "America/Chicago"\n', owner="wd")
    m.put(f"{conf}/client_secret.json", json.dumps(CLIENT), owner="wd", mode="0600")
    m.sh(f"chown -R wd: {home}/.config")
    faults = f"events.list:429:retry_after={opts.retry_after}"
    m.run("systemd-run", "--unit=emu-wd", "--uid=wd", f"{home}/venv/bin/python", "-m",
          "interview_sync", "emulator", "--port", str(PORT), "--seed", "/mnt/share/seed.json",
          "--token-out", f"{conf}/token.json", "--faults", faults)
    m.wait_for("the emulator", lambda: m.run("test", "-s", f"{conf}/token.json",
                                             check=False).returncode == 0)
    time.sleep(2)
    done = m.run(f"{home}/venv/bin/python", "-m", "interview_sync", "install-service",
                 "--hardening", "--wait", "0", user="wd", check=False)

    def say(text: str) -> None:
        print(redact(text, home), flush=True)

    say(done.stdout + done.stderr)
    first = m.show("interview-sync.service", "wd")
    say(f"WatchdogUSec={first.get('WatchdogUSec')} MainPID={first.get('MainPID')}")
    began = time.monotonic()
    while time.monotonic() - began < opts.minutes * 60:
        time.sleep(30)
        now = m.show("interview-sync.service", "wd")
        say(f"t={time.monotonic() - began:5.0f}s {now['ActiveState']}/{now['SubState']} "
            f"NRestarts={now['NRestarts']} MainPID={now['MainPID']} "
            f"Status={now['StatusText']!r}")
    last = m.show("interview-sync.service", "wd")
    log = m.journal("interview-sync.service", "wd")
    uid = m.run("id", "-u", "wd").stdout.strip()
    manager = m.run("journalctl", "--no-pager", "-o", "cat", f"_UID={uid}", check=False).stdout
    kills = manager.count("Watchdog timeout") + (last["Result"] == "watchdog")
    state = m.emulator_state(PORT)
    times = [r["time"] for r in state["requests"] if r.get("status") == 429]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    minutes = opts.minutes
    say(f"throttle: every events.list answered 429 with Retry-After {opts.retry_after} s "
        f"for {minutes:g} min; WatchdogSec={first.get('WatchdogUSec')}")
    figure(f"watchdog_kills_{minutes:g}min_throttle", kills, "kills", "==0", kills == 0)
    figure("watchdog_restarts_during_throttle", last["NRestarts"], "restarts", "==0",
           last["NRestarts"] == "0")
    figure("watchdog_same_main_pid", last["MainPID"] == first["MainPID"], "-", "True",
           last["MainPID"] == first["MainPID"])
    figure("watchdog_429s_answered", len(times), "responses", "-", None)
    figure("watchdog_longest_wait_between_429s", f"{max(gaps, default=0):.0f}", "s", "-", None)
    print("fatal lines in the unit's journal:", sum("Fatal Python error" in ln
                                                     for ln in log.splitlines()))
    return 0 if kills == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
