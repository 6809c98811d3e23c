"""Cost of a full first Calendar sync through ``gcal.CalendarSource`` vs a bare paging loop.

Seeds the emulator with N events (default 10,000), then alternately runs (a) a bare
googleapiclient loop (``events().list(...).execute()`` following nextPageToken) and (b)
``CalendarSource.sync(None)``, both with the same parameters and page size, over the same
loopback connection type. The requests are the same on both sides, checked from the emulator's
log and printed: ``events.list`` on ``primary`` with ``singleEvents=true``, ``showDeleted=true``,
``maxResults=2500`` and each ``pageToken`` (no ``fields=``: both sides receive whole events). Prints the median wall and CPU time of each and the ratio (target
≤ 1.5x), plus the HTTP requests of one idle incremental poll (target: exactly 1).

Method (round 12, issue #15): each round times both sides back to back in alternating order
(bare first in even rounds), each after a full ``gc.collect()`` outside the timing, so that the
cycle collector's full pass over the emulator's heap (it runs in this process) lands in neither
side by accident of what ran before; the ratio is the median of the rounds' paired ratios
(each round's adapter over the same round's bare loop), printed with their spread (min-max)
and the ratio of the medians. Neither side's work changes.

This is the adapter alone (paging plus bounding each event); the issue's first-sync figure,
the whole engine cycle against the same bare loop, is ``bench/proof_load.py``'s.

Run: .venv/bin/python bench/bench_gcal_sync.py [N] [rounds]
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from interview_sync.emulator import Emulator
from interview_sync.emulator.conformance import credentials
from interview_sync.google import client as google_client
from interview_sync.google.calendar import PAGE_SIZE, CalendarSource

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "proof"))
from proof_daemon import bare_paging_loop, request_shapes  # the one baseline every bench uses


def seed(n: int) -> dict[str, Any]:
    base = datetime(2024, 1, 1, 9, tzinfo=UTC)
    events = []
    for i in range(n):
        start = base + timedelta(hours=3 * i)
        events.append({"summary": f"Meeting {i}", "description": "x" * 200,
                       "start": {"dateTime": start.isoformat()},
                       "end": {"dateTime": (start + timedelta(hours=1)).isoformat()},
                       "attendees": [{"email": f"p{i % 50}@example.com"}]})
    return {"me": "pat@example.com", "events": events}


def service(emu: Emulator) -> Any:
    creds = credentials(emu, ["calendar.events.readonly"])
    return google_client.build_services(creds, endpoint=emu.url, timeout=30).calendar


def timed(fn: Any) -> tuple[float, float, int]:
    gc.collect()  # outside the timing: both sides start from the same heap
    wall, cpu = time.perf_counter(), time.process_time()
    n = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, n


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with Emulator(seed(n)) as emu:
        cal = service(emu)
        source = CalendarSource(cal)
        bare_paging_loop(cal)  # warm up: token, connection, the emulator's first expansion
        results: dict[str, list[tuple[float, float]]] = {"bare": [], "adapter": []}
        made: dict[str, list[str]] = {}
        source.sync(None)  # warm up the adapter's side too (its resource, its first walk)
        sides = {"bare": lambda: bare_paging_loop(cal),
                 "adapter": lambda: len(source.sync(None).events)}
        for r in range(rounds):
            for name in ("bare", "adapter") if r % 2 == 0 else ("adapter", "bare"):
                before = len(emu.requests)
                w, c, got = timed(sides[name])
                assert got == n, got
                results[name].append((w, c))
                made[name] = request_shapes(emu.requests[before:])
            assert made["adapter"] == made["bare"], made  # like for like
        token = source.sync(None).next_sync_token
        emu.clear_requests()
        idle = source.sync(token)
        idle_requests = len(emu.state()["requests"])
        cal.close()
    print(f"full sync of {n} events, {rounds} rounds, page size {PAGE_SIZE}")
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
           for k, v in results.items()}
    for name, (wall, cpu) in med.items():
        print(f"  {name:8s} wall {wall * 1000:8.1f} ms   cpu {cpu * 1000:8.1f} ms (median)")
    pairs = [a / b for (b, _), (a, _) in zip(results["bare"], results["adapter"], strict=True)]
    print(f"  ratio adapter/bare: wall {statistics.median(pairs):.2f}x (median of paired; pairs "
          f"{min(pairs):.2f}-{max(pairs):.2f}x; of medians "
          f"{med['adapter'][0] / med['bare'][0]:.2f}x)   cpu of medians "
          f"{med['adapter'][1] / med['bare'][1]:.2f}x   (target <= 1.5x)")
    print(f"  requests, each side, each round: {len(made['bare'])} x {made['bare'][-1]}")
    print(f"idle incremental poll: {idle_requests} HTTP request(s), {len(idle.events)} events "
          "(target: exactly 1)")


if __name__ == "__main__":
    main()
