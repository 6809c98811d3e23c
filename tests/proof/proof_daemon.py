"""The proof suites' subprocess and benchmark helpers: ``run`` as a child, the crash loop, figures.

Owns ``spawn_run``/``finish``/``wait_for`` (``interview-sync run`` as a real subprocess),
``crash_loop`` (SIGKILL at random moments over a changing calendar, then a clean finish compared
with a fault-free reference), and what ``bench/proof_*.py`` share: ``figure`` (the
``FIGURE name=... value=...`` lines ``bench/run_all`` collects), load seeds, a bare
googleapiclient paging loop, RSS and machine description.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from proof_harness import (
    ME,
    ProofEnv,
    draft_keys,
    ics_problems,
    integrity,
    interview_event,
    interview_seed,
    interview_sync_cmd,
    no_proxy,
    note_problems,
    sync_once,
    temp_leftovers,
    write_setup,
)


def spawn_run(env: ProofEnv, log: Path) -> Any:
    """``interview-sync --config FILE run`` as a subprocess (stdout+stderr appended to ``log``)."""
    import subprocess

    no_proxy()
    handle = open(log, "ab")  # noqa: SIM115 - the child owns it; closed by finish()
    proc = subprocess.Popen(interview_sync_cmd("--config", str(env.config), "run"),
                            stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    proc._proof_log = handle  # type: ignore[attr-defined]
    return proc


def finish(proc: Any, timeout: float = 30.0) -> int:
    try:
        code = proc.wait(timeout=timeout)
    finally:
        proc._proof_log.close()
    return int(code)


# How long a test waits for a daemon to get somewhere: a bound on waiting, never a speed claim
# (speed is bench/'s). The suite runs on two workers on a 2-core CI machine, so a daemon's start
# (the Google client and the readers' tables) shares the CPU with the other worker's tests; under
# that load 30 s was seen to run out before a first cycle.
PATIENCE = 180.0


def wait_for(predicate: Any, timeout: float, interval: float = 0.1) -> bool:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


@dataclass(slots=True)
class CrashReport:
    kills: int = 0
    busy_kills: int = 0  # lives that created drafts and were killed with drafts still to make
    # Kills inside the draft window: this life had already sent a drafts.* request and drafts
    # were still to be made when it was killed.
    window_kills: int = 0
    points: dict[str, bool] = field(default_factory=dict)  # crash point -> the kill landed there
    final_exit: int | None = None
    duplicates: list[Any] = field(default_factory=list)
    missing: list[Any] = field(default_factory=list)
    extra: list[Any] = field(default_factory=list)
    temp_files: list[str] = field(default_factory=list)
    ics: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    integrity: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return (self.final_exit == 0 and not (self.duplicates or self.missing or self.extra
                                              or self.temp_files or self.ics or self.notes)
                and self.integrity == "ok")


def _drafting(emu: Any, since: int) -> bool:
    """Whether a drafts.* request arrived after the first ``since`` logged requests."""
    return any((r.method_id or "").startswith("gmail.users.drafts.")
               for r in emu.requests[since:])


def crash_points(emu: Any, env: ProofEnv, log: Path, report: CrashReport) -> None:
    """Kill ``run`` at each step of the draft protocol, deterministically, through the
    emulator's hold points: before Gmail stores a draft; after Gmail stored it but before the
    answer reaches us (so before we record it); and after a draft was recorded (the next
    create is held once the ledger shows a draft done)."""
    import signal

    for name, spec in (("before_create", "drafts.create:hold_before:count=1"),
                       ("stored_not_recorded", "drafts.create:hold_after:count=1"),
                       ("after_record", "drafts.create:hold_before:after=1:count=1")):
        emu.set_faults(spec)
        stored, recorded = len(emu.drafts), _drafts_done(env)
        proc = spawn_run(env, log)
        held = emu.wait_held(timeout=60)
        # Where the kill lands, checked rather than assumed: Gmail's drafts and our ledger.
        landed = held and {
            "before_create": len(emu.drafts) == stored,
            "stored_not_recorded": len(emu.drafts) == stored + 1
            and _drafts_done(env) == recorded,
            "after_record": _drafts_done(env) > recorded,
        }[name]
        proc.send_signal(signal.SIGKILL)
        finish(proc)
        emu.release_held()
        report.points[name] = landed
        report.kills += 1
        report.window_kills += landed
    emu.set_faults(None)


def _drafts_done(env: ProofEnv) -> int:
    """Drafts the ledger records as made (0 before the database exists)."""
    import sqlite3

    if not env.db.exists():
        return 0
    conn = sqlite3.connect(f"file:{env.db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT count(*) FROM ledger WHERE status = 'done' AND target "
                           "LIKE 'r%'").fetchone()
    finally:
        conn.close()
    return int(row[0]) if row else 0


def crash_loop(root: Path, *, interviews: int, kills: int, rng: Any, faults: str | None = None,
               change_every: int = 3, max_alive: float = 2.5, search_lag: float = 0.0,
               rewrite_message_id: bool = False, aim: bool = False,
               points: bool = False, min_window: int = 0, batch: int = 1) -> CrashReport:
    """SIGKILL ``run`` at random moments over a changing calendar, then let it finish; compare
    the drafts with one fault-free ``sync --once`` over the same final calendar.

    ``search_lag``/``rewrite_message_id`` make the emulator's Gmail as unhelpful as the real
    one (docs/emulator.md). ``aim``: each life is killed a random 0..``max_alive`` s after its
    first drafts.* request, so kills land inside the draft window rather than during start-up.
    ``points``: first kill once at each step of the draft protocol (``crash_points``).
    ``batch``: interviews added at each change. ``min_window``: keep killing past ``kills`` until that many landed in the draft window
    (at most ``3 * kills`` lives).
    """
    import signal
    import time

    from interview_sync.emulator import Emulator

    no_proxy()
    began = time.monotonic()
    now = datetime.now(UTC)
    seed = interview_seed(interviews, now)
    added: list[dict[str, Any]] = []
    report = CrashReport()
    with Emulator(seed, search_lag=search_lag, rewrite_message_id=rewrite_message_id) as emu:
        env = write_setup(root / "crash", emu, poll_seconds=1, http_timeout=2.0)
        log = root / "daemon.log"
        if points:
            crash_points(emu, env, log, report)
        k = -1
        while True:
            k += 1
            if k >= kills and (report.window_kills >= min_window or k >= 3 * kills):
                break
            backlog = 3 * (interviews + len(added)) - len(emu.drafts)
            if k % change_every == change_every - 1 and backlog < 60:
                # (only while the backlog is small: a cycle wanting more than 200 new drafts
                # is refused by the planner's safety valve)
                # The calendar changes under the daemon: new interviews that just ended.
                for b in range(batch):
                    event = interview_event(f"late{k:04d}x{b}",
                                            datetime.now(UTC) - timedelta(hours=2),
                                            company=f"Late{k:04d}x{b}")
                    emu.insert_event(event)
                    added.append(event)
            emu.set_faults(faults)
            drafts_before = len(emu.drafts)
            since = len(emu.requests)
            proc = spawn_run(env, log)
            if aim:
                wait_for(lambda p=proc, n=since: _drafting(emu, n) or p.poll() is not None,
                         timeout=10, interval=0.02)
            time.sleep(rng.uniform(0.0 if aim else 0.05, max_alive))
            proc.send_signal(signal.SIGKILL)
            finish(proc)
            report.kills += 1
            made = len(emu.drafts)
            left = made < 3 * (interviews + len(added))
            if made > drafts_before and left:
                report.busy_kills += 1
            if left and _drafting(emu, since):
                report.window_kills += 1
        emu.set_faults(None)
        proc = spawn_run(env, log)
        expected_total = None

        def settled() -> bool:
            return len(emu.state()["drafts"]) >= (expected_total or 1)

        # Let the daemon finish: the reference run below tells how many drafts to wait for.
        with Emulator(seed) as ref:
            ref_env = write_setup(root / "reference", ref)
            sync_once(ref_env, datetime.now(UTC))
            # In chunks, as the daemon met them: one cycle wanting more than the UnsafePlan
            # valve allows (200 drafts) would be refused.
            for start in range(0, len(added), 20):
                for event in added[start:start + 20]:
                    ref.insert_event(event)
                sync_once(ref_env, datetime.now(UTC))
            expected = draft_keys(ref.state()["drafts"])
        expected_total = sum(expected.values())
        wait_for(settled, timeout=PATIENCE)
        time.sleep(2.0)  # a little longer: anything extra would show up now
        proc.send_signal(signal.SIGTERM)
        report.final_exit = finish(proc)
        got = draft_keys(emu.state()["drafts"])
        report.duplicates = sorted(k for k, n in got.items() if n > 1)
        report.missing = sorted(set(expected) - set(got))
        report.extra = sorted(set(got) - set(expected))
        report.temp_files = temp_leftovers(env)
        report.ics = ics_problems(env)
        report.notes = note_problems(env)
        report.integrity = integrity(env)
    report.seconds = time.monotonic() - began
    return report


# ------------------------------------------------------------------ benchmarks

def figure(name: str, value: float | int | str, unit: str = "", target: str = "",
           ok: bool | None = None) -> None:
    """One figure for ``bench/run_all``: ``FIGURE name=... value=... unit=... target=... pass=...``
    (no spaces inside fields)."""
    shown = f"{value:.4g}" if isinstance(value, float) else str(value)
    verdict = "-" if ok is None else ("yes" if ok else "no")
    print(f"FIGURE name={name} value={shown} unit={unit or '-'} target={target or '-'} "
          f"pass={verdict}", flush=True)


def add_unrelated_drafts(emu: Any, n: int) -> None:
    import base64

    with emu.lock:
        for i in range(n):
            raw = (f"From: {ME}\r\nTo: friend{i}@example.org\r\nSubject: note {i}\r\n\r\n"
                   f"hello {i}\r\n").encode()
            emu.mailbox.draft_create(
                {"message": {"raw": base64.urlsafe_b64encode(raw).decode()}})


def load_seed(n_events: int, n_interviews: int, now: datetime) -> dict[str, Any]:
    """``n_events`` over the coming months, ``n_interviews`` of them interviews (all in the
    future, so a first sync detects and stores them but has nothing to draft yet)."""
    events: list[dict[str, Any]] = []
    step = max(1, n_events // max(1, n_interviews))
    for i in range(n_events):
        start = now + timedelta(hours=1 + 2 * i // 3, minutes=(i % 3) * 20)
        if i % step == 0 and i // step < n_interviews:
            events.append(interview_event(f"load{i:06d}", start, company=f"Co{i:06d}"))
        else:
            end = start + timedelta(minutes=30)
            events.append({"id": f"evt{i:06d}", "summary": f"Team sync {i}",
                           "description": "Weekly planning. " * 10,
                           "start": {"dateTime": start.isoformat(), "timeZone": "UTC"},
                           "end": {"dateTime": end.isoformat(), "timeZone": "UTC"},
                           "attendees": [{"email": ME, "self": True,
                                          "responseStatus": "accepted"},
                                         {"email": f"colleague{i % 40}@mycorp.example"}]})
    return {"me": ME, "events": events, "messages": []}


def bare_calendar_service(emu: Any) -> Any:
    from interview_sync.emulator.conformance import credentials
    from interview_sync.google import client as google_client

    creds = credentials(emu, ["calendar.events.readonly"])
    return google_client.build_services(creds, endpoint=emu.url, timeout=30).calendar


def bare_paging_loop(cal: Any) -> int:
    """The least a first sync must do: follow every page of events.list."""
    from interview_sync.google.calendar import PAGE_SIZE

    count, token = 0, None
    while True:
        kwargs: dict[str, Any] = {"calendarId": "primary", "singleEvents": True,
                                  "showDeleted": True, "maxResults": PAGE_SIZE}
        if token:
            kwargs["pageToken"] = token
        page = cal.events().list(**kwargs).execute()
        count += len(page.get("items", []))
        token = page.get("nextPageToken")
        if not token:
            return count


def request_shapes(records: Any) -> list[str]:
    """What each logged request asked for (method, path, parameters; a page token's value
    left out, it differs by run), sorted: equal lists mean both sides made the same requests."""
    out = []
    for r in records:
        query = ", ".join(f"{k}={'…' if k == 'pageToken' else ','.join(v)}"
                          for k, v in sorted(r.query.items()))
        out.append(f"{r.method} {r.path}?{query}")
    return sorted(out)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def machine() -> str:
    import platform

    return (f"{platform.machine()}, {os.cpu_count()} CPUs, Python "
            f"{platform.python_version()}, {platform.system()} {platform.release()}")
