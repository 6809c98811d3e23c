"""Cost of the state-store calls one daemon cycle makes, on a well-used database.

Fills a fresh database with I interviews (default 300) and 10 ledger entries each, then times
(median of 200 runs) what an idle cycle reads and writes: ``interviews()``, ``ledger()`` (cached
while nothing changed; also timed after a write, when they are decoded again),
``first_seen()``, ``get_sync_token`` and ``set_sync_token`` (one fsynced transaction), plus a
record_intent + record_outcome pair (what one applied action costs). CPU and wall are printed
separately: wall includes fsync, which costs the disk, not the CPU budget (idle cycle ≤ 20 ms).

Run: .venv/bin/python bench/bench_state.py [interviews]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from interview_sync.core.model import Interview, LedgerStatus, Person
from interview_sync.local.state import DB_NAME, StateStore

T0 = datetime(2026, 1, 5, 15, tzinfo=UTC)


def fill(store: StateStore, n: int) -> None:
    with store.transaction():
        for i in range(n):
            start = T0 + timedelta(days=i)
            iv = Interview(key=f"uid{i}@google.com", event_id=f"ev{i}", title=f"Interview {i}",
                           company="Acme", role="Engineer", stage=None, start=start,
                           end=start + timedelta(hours=1),
                           people=tuple(Person(email=f"p{j}@acme.test", name=f"P {j}")
                                        for j in range(4)), description="d" * 500)
            store.save_interview(iv, seen_at=start)
            for j in range(10):
                store.record_outcome(f"{iv.key}/step{j}", LedgerStatus.DONE,
                                     content_hash="h" * 20, at=start, target=f"r-{i}-{j}",
                                     fingerprint="f" * 32)


def measure(name: str, fn: Callable[[], object], runs: int = 200) -> None:
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    print(f"  {name:28s} wall {statistics.median(walls) * 1000:7.2f} ms   "
          f"cpu {statistics.median(cpus) * 1000:7.2f} ms")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        store = StateStore.open(Path(tmp) / DB_NAME)
        fill(store, n)
        store.set_sync_token("primary", "tok")
        print(f"state store with {n} interviews, {n * 10} ledger entries (median of 200)")
        measure("interviews()", store.interviews)
        measure("ledger()", store.ledger)
        measure("first_seen()", store.first_seen)

        some = store.interviews()[0]

        def after_a_write() -> None:
            store.record_outcome("touch", LedgerStatus.DONE, content_hash="h", at=T0)
            store.save_interview(some, seen_at=T0)
            store.ledger()
            store.interviews()

        measure("2 writes + both reads uncached", after_a_write, runs=50)
        measure("get_sync_token", lambda: store.get_sync_token("primary"))
        measure("set_sync_token (fsync)", lambda: store.set_sync_token("primary", "tok2"))

        def one_action() -> None:
            store.record_intent("k", "h", at=T0)
            store.record_outcome("k", LedgerStatus.DONE, content_hash="h", at=T0, target="t")

        measure("intent + outcome (2 fsyncs)", one_action)
        measure("open + close", lambda: StateStore.open(Path(tmp) / DB_NAME).close(), runs=50)
        store.close()


if __name__ == "__main__":
    main()
