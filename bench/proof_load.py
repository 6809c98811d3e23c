"""Load: the cost of a full first sync (the real engine) vs a bare googleapiclient paging loop.

For 1k, 5k and 10k events (1 in 20 an interview: 500 at 10k) with 5,000 unrelated drafts in the
mailbox, times one first cycle of the engine (``Engine.cycle`` after ``open_engine``: every
page through the gcal adapter, detection, the state store, plan) on a fresh state directory, and the bare loop over the same
emulator. Both sides make the same requests, checked every round from the emulator's log and
printed: ``events.list`` on ``primary`` with ``singleEvents=true``, ``showDeleted=true``,
``maxResults=2500`` and each ``pageToken`` (no ``fields=``: both get whole events), nothing
else during the timed cycle (its client build and token refresh happen before, as the bare
loop's happen at its warm-up). Prints wall and CPU of each, the ratio (target ≤ 1.5×) and the growth per event
(1k → 10k should be no worse than linear). Run: .venv/bin/python bench/proof_load.py
[--sizes 1000,5000,10000] [--rounds 7] [--paused-baseline] [--breakdown] [--emulator-process]

Method (round 12, issue #15: one run each gave 1.28x-2.70x and the bare loop alone moved
250-445 ms from run to run). Each round times the two sides back to back, in alternating order
(bare first in even rounds, the cycle first in odd ones), each after a full ``gc.collect()``
outside the timing: the emulator's heap (every event it holds, the 5,000 drafts) and the
previous side's garbage are then in the same state before either side, so whether the cycle
collector's full pass (~0.1 s over this heap) lands inside a bare loop no longer depends on
what ran before it. Both sides warm up once, untimed: the bare loop (the connection, the
emulator's listing path) and one engine first sync on its own state directory (detection's
tables built on first use, ~20 ms once per process: a daemon pays them in its first cycle, and
the warm-up's time is printed so the one-off stays visible). The ratio reported as the figure
is the median of the rounds' paired ratios (each round's cycle over the same round's bare loop:
the two ran within a second of each other, so a load spike from the machine's other users
moves both or shows as an outlier pair); the spread of the paired ratios (min-max) and the
ratio of the medians are printed beside it. Neither side's work changes: the bare loop runs
with the collector on, as any plain loop does; the engine holds it off during a batch, which is
its own design (``--paused-baseline`` shows the bare loop with it off too).

Read the CPU ratio on a busy machine. With the emulator in this process, both sides run on one
interpreter lock (the client and the emulator's serving take turns), so on an idle machine a
side's wall time is its process CPU time plus a little socket latency; what the wall adds on a
shared machine is time the process waited for a core, which lands on either side at random
(the 2-core machine of round 12, at load 1-5, gave paired wall ratios of 1.1-7.7x and CPU
ratios within ~0.3x of each other). The figure stays the wall ratio the issue names; the CPU
ratio is printed beside it with its spread.

``--emulator-process`` runs the emulator as its own process (``interview-sync emulator``, as
``proof_soak.py`` does), the way Google is another machine: its serving no longer shares this
process's interpreter lock with the client (round 8 measured a page feed, judging each page
while the next was fetched, this way and removed it: docs/architecture.md). The request log is read through the emulator's inspection endpoint; the 5,000 drafts are left out
there (a first sync of future interviews asks Gmail nothing, which the request check shows).

The emulator runs in this process, so Python's cycle collector walks its heap too, on whichever
thread allocates. The engine holds the collector off while it judges a calendar batch, which
also spares the emulator's share during that time; ``--paused-baseline`` also times the bare
loop with the collector held off and prints that ratio (the engine's own cost, like for like).

``--breakdown`` also prints where the CPU goes (medians over the rounds): the bare loop's
client (this thread) and the emulator's share (its threads), the calendar adapter alone
(``CalendarSource.sync``: the bare loop plus bounding each event), detection alone
(``assess_event`` over the listed events as the engine runs it, interviews and the rest apart;
and, not part of the cycle, what finding the interviews' details costs when something reads
them: ``core.lazy``) and the engine's
remainder (its cycle on this thread minus adapter and detection: verdicts, state, planning; a
residual, so it also takes the other parts' noise and any difference in detection's memo
caches between a cycle and the separate runs: read it as an estimate, ~0.1 s at 10,000 on a
quiet machine).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import google_auth_httplib2
import httplib2

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "proof"))

import proof_daemon as d
import proof_harness as h

from interview_sync.config.loader import load_settings
from interview_sync.emulator import Emulator
from interview_sync.engine.wiring import open_engine
from interview_sync.google import client as google_client


class EmulatorProcess:
    """``interview-sync emulator`` as its own process, with what this bench reads of it."""

    def __init__(self, seed: dict[str, Any], folder: Path) -> None:
        seed_file = folder / "seed.json"
        seed_file.write_text(json.dumps(seed), encoding="utf-8")
        token = folder / "secrets" / "token.json"
        token.parent.mkdir(mode=0o700)
        self.proc = subprocess.Popen(h.interview_sync_cmd(
            "emulator", "--port", "0", "--seed", str(seed_file), "--token-out", str(token)),
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line.startswith("listening on "), line
        self.url = line.removeprefix("listening on ")
        self.token = json.loads(token.read_text(encoding="utf-8"))
        self.me = str(seed["me"])

    @property
    def requests(self) -> list[Any]:
        """The emulator's request log, without this bench's own inspection calls."""
        with urllib.request.urlopen(self.url + "/_emulator/state", timeout=60) as response:
            rows = json.loads(response.read())["requests"]
        return [SimpleNamespace(**r) for r in rows if not r["path"].startswith("/_emulator")]

    def calendar(self) -> Any:
        from google.oauth2.credentials import Credentials

        # (built by hand: from_authorized_user_info would put Google's token endpoint in)
        creds = Credentials(None, refresh_token=self.token["refresh_token"],
                            token_uri=self.url + "/token", client_id=self.token["client_id"],
                            client_secret=self.token["client_secret"],
                            scopes=self.token["scopes"])
        return google_client.build_services(creds, endpoint=self.url, timeout=30).calendar

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=10)


@contextmanager
def emulator(seed: dict[str, Any], folder: Path, *, own_process: bool,
             drafts: int) -> Iterator[tuple[Any, Any]]:
    """The emulator (in this process, or as its own) and a bare calendar service on it."""
    if own_process:
        remote = EmulatorProcess(seed, folder)
        try:
            yield remote, remote.calendar()
        finally:
            remote.stop()
        return
    with Emulator(seed) as emu:
        d.add_unrelated_drafts(emu, drafts)
        yield emu, d.bare_calendar_service(emu)


def first_sync(emu: Any, root: Path, now: datetime
               ) -> tuple[float, float, int, int, float, list[str]]:
    """Wall, CPU, events seen, interviews found, this thread's CPU and the requests of one
    first cycle."""
    env = (h.write_setup(root, None, url=emu.url, token=emu.token, http_timeout=60.0)
           if isinstance(emu, EmulatorProcess) else h.write_setup(root, emu, http_timeout=60.0))
    settings = load_settings(env.config)
    settings.paths.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with open_engine(settings) as engine:
        # The access token is fetched here, as the bare loop's was at its warm-up: the
        # credentials refresh lazily, on the first request, which would put a token request
        # (and its round trip) into the engine's timed cycle only.
        source: Any = engine.sources[0]  # the gcal adapter, over google_auth_httplib2
        creds = source.service._http.credentials
        if not creds.valid:
            creds.refresh(google_auth_httplib2.Request(httplib2.Http(timeout=60)))
        before = len(emu.requests)
        # Timed: the cycle alone (setup - token refresh, client build - is a one-off per start).
        wall, cpu, mine = time.perf_counter(), time.process_time(), time.thread_time()
        report = engine.cycle(now)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        mine = time.thread_time() - mine
        made = d.request_shapes(emu.requests[before:])
    found = sum(1 for d in report.detections if d.interview is not None)
    return wall, cpu, report.events_seen, found, mine, made


def breakdown(cal: Any, me: str, rounds: int) -> dict[str, float]:
    """Median CPU (ms) of the parts of a first sync, each timed on its own with the cycle
    collector held off as the engine holds it (``--breakdown``)."""
    from interview_sync.core.detect.confidence import assess_event
    from interview_sync.google.calendar import CalendarSource

    parts: dict[str, list[float]] = {}

    def timed(name: str, work: Callable[[], object]) -> None:
        t = time.thread_time()
        work()
        parts.setdefault(name, []).append(time.thread_time() - t)

    source = CalendarSource(cal)
    events = source.sync(None).events
    found = [e for e in events if assess_event(e, me).interview is not None]
    others = [e for e in events if assess_event(e, me).interview is None]
    gc.disable()
    try:
        for _ in range(rounds):
            c, t = time.process_time(), time.thread_time()
            d.bare_paging_loop(cal)
            client = time.thread_time() - t
            parts.setdefault("bare client", []).append(client)
            parts.setdefault("bare emulator", []).append(time.process_time() - c - client)
            timed("adapter", lambda: source.sync(None))
            # as the engine judges them: each interview's details found on first read
            judged: list[Any] = []
            timed("detect interviews", lambda out=judged: out.extend(
                assess_event(e, me, later=True).interview for e in found))
            timed("their details when read",
                  lambda out=judged: [iv.people for iv in out])
            timed("detect others", lambda: [assess_event(e, me, later=True) for e in others])
    finally:
        gc.enable()
    return {k: statistics.median(v) * 1000 for k, v in parts.items()}


def timed_bare(emu: Any, cal: Any, n: int, into: list[tuple[float, float]]) -> list[str]:
    """One timed bare paging loop (after a full collection, outside the timing), its wall and
    CPU appended to ``into``; returns the requests it made."""
    gc.collect()
    before = len(emu.requests)
    w, c = time.perf_counter(), time.process_time()
    got = d.bare_paging_loop(cal)
    into.append((time.perf_counter() - w, time.process_time() - c))
    assert got == n, got
    return d.request_shapes(emu.requests[before:])


def paired_ratios(bare: list[tuple[float, float]], engine: list[tuple[float, float]], *,
                  cpu: bool = False) -> list[float]:
    """Each round's engine wall (or process CPU) over the same round's bare loop's."""
    at = 1 if cpu else 0
    return [e[at] / max(b[at], 1e-9) for b, e in zip(bare, engine, strict=True)]


def spread(times: list[tuple[float, float]]) -> str:
    """The walls' range, "min-max ms"."""
    walls = [w * 1000 for w, _ in times]
    return f"{min(walls):.0f}-{max(walls):.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--drafts", type=int, default=5000)
    parser.add_argument("--paused-baseline", action="store_true")
    parser.add_argument("--breakdown", action="store_true")
    parser.add_argument("--emulator-process", action="store_true")
    args = parser.parse_args()
    h.no_proxy()
    logging.disable(logging.WARNING)
    now = datetime.now(UTC)
    per_event: dict[int, float] = {}
    print(f"machine: {d.machine()}")
    for n in (int(x) for x in args.sizes.split(",")):
        seed = d.load_seed(n, n // 20, now)
        with tempfile.TemporaryDirectory() as tmp, emulator(
                seed, Path(tmp), own_process=args.emulator_process,
                drafts=args.drafts) as (emu, cal):
            d.bare_paging_loop(cal)  # warm up the emulator's listing path and the connection
            warm = first_sync(emu, Path(tmp) / "warm", now)[0]  # detection's one-off tables
            bare, engine, paused, mine = [], [], [], []
            for r in range(args.rounds):
                bare_first = r % 2 == 0  # alternate the order: no side always runs second
                if bare_first:
                    bare_made = timed_bare(emu, cal, n, bare)
                gc.collect()  # both sides start from the same heap (see the docstring)
                w, c, seen, found, t, made = first_sync(emu, Path(tmp) / f"r{r}", now)
                engine.append((w, c))
                mine.append(t)
                assert seen == n, seen
                if not bare_first:
                    bare_made = timed_bare(emu, cal, n, bare)
                # Like for like: the cycle asks Google for exactly what the bare loop asks.
                assert made == bare_made, (made, bare_made)
                if args.paused_baseline:
                    gc.collect()
                    gc.disable()
                    w, c = time.perf_counter(), time.process_time()
                    d.bare_paging_loop(cal)
                    paused.append((time.perf_counter() - w, time.process_time() - c))
                    gc.enable()
            parts = breakdown(cal, emu.me, args.rounds) if args.breakdown else {}
            cal.close()
        bw = statistics.median(x for x, _ in bare)
        bc = statistics.median(x for _, x in bare)
        ew = statistics.median(x for x, _ in engine)
        ec = statistics.median(x for _, x in engine)
        pairs = paired_ratios(bare, engine)
        ratio = statistics.median(pairs)
        per_event[n] = ew / n
        shown = 0 if args.emulator_process else args.drafts
        print(f"{n:6d} events, {found} interviews, {shown} drafts, {args.rounds} rounds: "
              f"bare {bw * 1000:.0f} ms (cpu {bc * 1000:.0f}; {spread(bare)}), engine first sync "
              f"{ew * 1000:.0f} ms (cpu {ec * 1000:.0f}; {spread(engine)}; warm-up "
              f"{warm * 1000:.0f})")
        cpu_pairs = paired_ratios(bare, engine, cpu=True)
        print(f"{'':6s} ratio wall: median of paired {ratio:.2f}x (pairs {min(pairs):.2f}-"
              f"{max(pairs):.2f}x), of medians {ew / bw:.2f}x, of bests "
              f"{min(x for x, _ in engine) / min(x for x, _ in bare):.2f}x; ratio cpu: median "
              f"of paired {statistics.median(cpu_pairs):.2f}x (pairs {min(cpu_pairs):.2f}-"
              f"{max(cpu_pairs):.2f}x)")
        print(f"{'':6s} requests, each side, each round: {len(bare_made)} x "
              f"{bare_made[-1] if bare_made else '-'} (the same list both sides)")
        if paused:
            pw = statistics.median(x for x, _ in paused)
            pc = statistics.median(x for _, x in paused)
            print(f"{'':6s} bare with the collector paused {pw * 1000:.0f} ms (cpu {pc * 1000:.0f}):"
                  f" ratio wall {ew / pw:.2f}x cpu {ec / max(pc, 1e-9):.2f}x")
        if parts:
            rest = statistics.median(mine) * 1000 - parts["adapter"] - parts["detect interviews"] \
                - parts["detect others"]
            print(f"{'':6s} cpu ms: " + ", ".join(f"{k} {v:.0f}" for k, v in parts.items())
                  + f", engine remainder {rest:.0f} (engine cycle on this thread "
                  f"{statistics.median(mine) * 1000:.0f})")
        d.figure(f"first_sync_wall_{n}", ew * 1000, "ms")
        d.figure(f"bare_loop_wall_{n}", bw * 1000, "ms")
        d.figure(f"first_sync_ratio_{n}", ratio, "x", "<=1.5", ratio <= 1.5)
        d.figure(f"first_sync_ratio_spread_{n}", f"{min(pairs):.2f}-{max(pairs):.2f}", "x")
        d.figure(f"first_sync_cpu_ratio_{n}", statistics.median(cpu_pairs), "x", "-")
    sizes = sorted(per_event)
    if len(sizes) >= 2:
        growth = per_event[sizes[-1]] / per_event[sizes[0]]
        print(f"time per event {sizes[-1]} vs {sizes[0]}: {growth:.2f}x (<= ~1.2 = linear)")
        d.figure("first_sync_per_event_growth", growth, "x", "<=1.2(linear)", growth <= 1.2)


if __name__ == "__main__":
    main()
