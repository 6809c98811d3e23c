"""Load: the cost of a full first sync (the real engine) vs a bare googleapiclient paging loop.

For 1k, 5k and 10k events (1 in 20 an interview: 500 at 10k) with 5,000 unrelated drafts in the
mailbox, times one first cycle of the engine (``Engine.cycle`` after ``open_engine``: every
page through the gcal adapter, detection, the state store, plan) on a fresh state directory,
and the bare loop over the same emulator; prints wall and CPU of each, the ratio (target
≤ 1.5×) and the growth per event (1k → 10k should be no worse than linear). Run:
.venv/bin/python bench/proof_load.py [--sizes 1000,5000,10000] [--rounds 3]
[--paused-baseline] [--emulator thread|process|both]

Where the emulator runs (``--emulator``, default both, printed one after the other):
- ``thread`` (the FIGURE rows ``first_sync_*``): in this process, as the tests run it. The
  emulator's work (building and encoding each page: two thirds of the bare loop's CPU) then
  shares this process's interpreter lock with the engine, so nothing the engine does can
  overlap it: this compares CPU spent, like for like.
- ``process`` (the FIGURE rows ``first_sync_remote_*``): in a process of its own, as Google is
  a server elsewhere. The engine judges each page while the next one downloads
  (``engine.batch``); this shows what that overlap buys against a server that works while the
  client waits. CPU figures here are this process's only (the emulator's is not counted).

With the emulator in this process, Python's cycle collector walks its heap too, on whichever
thread allocates. The engine holds the collector off while it judges a calendar batch, which
also spares the emulator's share during that time; ``--paused-baseline`` also times the bare
loop with the collector held off and prints that ratio (the engine's own cost, like for like).
"""

from __future__ import annotations

import argparse
import gc
import logging
import multiprocessing
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "proof"))

import proof_daemon as d
import proof_harness as h

from interview_sync.config.loader import load_settings
from interview_sync.emulator import Emulator
from interview_sync.engine.wiring import open_engine


class Remote:
    """An emulator serving from a child process (forked before this process starts a thread):
    its URL and the tokens it issued, which is all the engine and the bare loop need of it."""

    def __init__(self, n: int, drafts: int, now: datetime) -> None:
        self._conn, child = multiprocessing.Pipe()
        self._proc = multiprocessing.get_context("fork").Process(
            target=_serve, args=(child, n, drafts, now), daemon=True)
        self._proc.start()
        self.url, self.token, self.bare_token = self._conn.recv()

    def close(self) -> None:
        self._conn.send("stop")
        self._proc.join(30)


def _serve(conn: Any, n: int, drafts: int, now: datetime) -> None:
    with Emulator(d.load_seed(n, n // 20, now)) as emu:
        d.add_unrelated_drafts(emu, drafts)
        conn.send((emu.url, emu.issue_token(list(h.SCOPES)),
                   emu.issue_token(["calendar.events.readonly"])))
        conn.recv()


def remote_calendar_service(remote: Remote) -> Any:
    from google.oauth2.credentials import Credentials

    from interview_sync.google import client as google_client

    info = remote.bare_token
    creds = Credentials(  # type: ignore[no-untyped-call]
        token=None, refresh_token=info["refresh_token"], token_uri=info["token_uri"],
        client_id=info["client_id"], client_secret=info["client_secret"], scopes=info["scopes"])
    return google_client.build_services(creds, endpoint=remote.url, timeout=60).calendar


def first_sync(emu: Emulator | Remote, root: Path, now: datetime
               ) -> tuple[float, float, int, int]:
    if isinstance(emu, Remote):
        env = h.write_setup(root, None, url=emu.url, token=emu.token, http_timeout=60.0)
    else:
        env = h.write_setup(root, emu, http_timeout=60.0)
    settings = load_settings(env.config)
    settings.paths.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with open_engine(settings) as engine:
        # Timed: the cycle alone (setup - token refresh, client build - is a one-off per start).
        wall, cpu = time.perf_counter(), time.process_time()
        report = engine.cycle(now)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    found = sum(1 for d in report.detections if d.interview is not None)
    return wall, cpu, report.events_seen, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--drafts", type=int, default=5000)
    parser.add_argument("--paused-baseline", action="store_true")
    parser.add_argument("--emulator", choices=("thread", "process", "both"), default="both")
    args = parser.parse_args()
    h.no_proxy()
    logging.disable(logging.WARNING)
    now = datetime.now(UTC)
    print(f"machine: {d.machine()}")
    # The child process is forked first, while this process has no other thread.
    modes = ["process", "thread"] if args.emulator == "both" else [args.emulator]
    for mode in modes:
        print(f"emulator in {'a process of its own' if mode == 'process' else 'this process'}:")
        run(args, now, remote=mode == "process")


def run(args: argparse.Namespace, now: datetime, *, remote: bool) -> None:
    per_event: dict[int, float] = {}
    prefix = "first_sync_remote" if remote else "first_sync"
    for n in (int(x) for x in args.sizes.split(",")):
        emu: Emulator | Remote
        if remote:
            emu = Remote(n, args.drafts, now)
        else:
            emu = Emulator(d.load_seed(n, n // 20, now)).__enter__()
            d.add_unrelated_drafts(emu, args.drafts)
        try:
            bare, engine, paused, found = measure(args, emu, n, now)
        finally:
            if isinstance(emu, Remote):
                emu.close()
            else:
                emu.__exit__(None, None, None)
        bw = statistics.median(x for x, _ in bare)
        bc = statistics.median(x for _, x in bare)
        ew = statistics.median(x for x, _ in engine)
        ec = statistics.median(x for _, x in engine)
        per_event[n] = ew / n
        print(f"{n:6d} events, {found} interviews, {args.drafts} drafts: bare {bw * 1000:.0f} ms "
              f"(cpu {bc * 1000:.0f}), engine first sync {ew * 1000:.0f} ms (cpu {ec * 1000:.0f}),"
              f" ratio wall {ew / bw:.2f}x cpu {ec / max(bc, 1e-9):.2f}x")
        if paused:
            pw = statistics.median(x for x, _ in paused)
            pc = statistics.median(x for _, x in paused)
            print(f"{'':6s} bare with the collector paused {pw * 1000:.0f} ms (cpu {pc * 1000:.0f}):"
                  f" ratio wall {ew / pw:.2f}x cpu {ec / max(pc, 1e-9):.2f}x")
        d.figure(f"{prefix}_wall_{n}", ew * 1000, "ms")
        d.figure(f"{prefix.replace('first_sync', 'bare_loop')}_wall_{n}", bw * 1000, "ms")
        d.figure(f"{prefix}_ratio_{n}", ew / bw, "x", "<=1.5", ew / bw <= 1.5)
    sizes = sorted(per_event)
    if len(sizes) >= 2:
        growth = per_event[sizes[-1]] / per_event[sizes[0]]
        print(f"time per event {sizes[-1]} vs {sizes[0]}: {growth:.2f}x (<= ~1.2 = linear)")
        d.figure(f"{prefix}_per_event_growth", growth, "x", "<=1.2(linear)", growth <= 1.2)


Timing = list[tuple[float, float]]


def measure(args: argparse.Namespace, emu: Emulator | Remote, n: int, now: datetime
            ) -> tuple[Timing, Timing, Timing, int]:
    """Bare loop and engine first sync, alternated ``args.rounds`` times."""
    found = 0
    with tempfile.TemporaryDirectory() as tmp:
        cal = remote_calendar_service(emu) if isinstance(emu, Remote) \
            else d.bare_calendar_service(emu)
        d.bare_paging_loop(cal)  # warm up the emulator's listing path and the connection
        bare: Timing = []
        engine: Timing = []
        paused: Timing = []
        for r in range(args.rounds):
            w, c = time.perf_counter(), time.process_time()
            got = d.bare_paging_loop(cal)
            bare.append((time.perf_counter() - w, time.process_time() - c))
            assert got == n, got
            if args.paused_baseline:
                gc.disable()
                w, c = time.perf_counter(), time.process_time()
                d.bare_paging_loop(cal)
                paused.append((time.perf_counter() - w, time.process_time() - c))
                gc.enable()
            w, c, seen, found = first_sync(emu, Path(tmp) / f"r{r}", now)
            engine.append((w, c))
            assert seen == n, seen
        cal.close()
    return bare, engine, paused, found


if __name__ == "__main__":
    main()
