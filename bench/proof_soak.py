"""Soak and latency: 1,000 idle cycles of the engine, and end-to-draft latency under ``run``.

Idle: the emulator runs as its own process (``interview-sync emulator``) so its request log does
not count against our memory; this process opens the engine once (as ``run`` does) over a
calendar of 200 events and 20 finished interviews whose work is done, then runs N idle cycles,
recording HTTP requests per cycle (from the emulator's log: target exactly 1), CPU per cycle
(median ≤ 20 ms) and RSS at cycle 100 and N (≤ 80 MB, growth < 2 MB).

Latency: ``interview-sync run`` (poll every 300 s) with interviews ending 8, 16 and 24 s after it
starts; the time from each end to its first draft in the emulator (target ≤ 5 s).

Run: .venv/bin/python bench/proof_soak.py [--cycles 1000] [--skip-latency]
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "proof"))

import proof_daemon as d
import proof_harness as h


def start_emulator(seed: dict[str, object], folder: Path) -> tuple[subprocess.Popen[str], str]:
    seed_file = folder / "seed.json"
    seed_file.write_text(json.dumps(seed), encoding="utf-8")
    token = folder / "secrets" / "token.json"
    token.parent.mkdir(mode=0o700)
    proc = subprocess.Popen(h.interview_sync_cmd(
        "emulator", "--port", "0", "--seed", str(seed_file), "--token-out", str(token)),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line.startswith("listening on "), line
    return proc, line.removeprefix("listening on ")


def request_count(url: str) -> int:
    """Requests in the emulator's log, through its inspection endpoint."""
    with urllib.request.urlopen(url + "/_emulator/state", timeout=10) as response:
        return len(json.loads(response.read())["requests"])


def idle_soak(cycles: int) -> None:
    from interview_sync.config.loader import load_settings
    from interview_sync.engine.wiring import open_engine

    now = datetime.now(UTC)
    seed = h.interview_seed(20, now)
    seed["events"] += d.load_seed(180, 0, now)["events"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        emu_proc, url = start_emulator(seed, folder)
        try:
            info = json.loads((folder / "secrets" / "token.json").read_text())
            env = h.write_setup(folder, None, url=url, token=info)
            settings = load_settings(env.config)
            settings.paths.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            cpu: list[float] = []
            per_cycle: list[int] = []
            rss: dict[int, float] = {}
            with open_engine(settings) as engine:
                engine.cycle(datetime.now(UTC))  # the first sync does the work
                engine.cycle(datetime.now(UTC))
                gc.collect()
                # Whether the inspection call logs itself: subtract what two in a row differ by.
                offset = -request_count(url) + request_count(url)
                counts = {0: request_count(url)}
                samples: list[tuple[int, float]] = []
                for i in range(1, cycles + 1):
                    c = time.process_time()
                    report = engine.cycle(datetime.now(UTC))
                    cpu.append(time.process_time() - c)
                    assert not report.outcomes or all(
                        o.result == "unchanged" for o in report.outcomes), report.outcomes
                    if i >= 100 and i % 50 == 0:
                        gc.collect()
                        samples.append((i, d.rss_mb()))
                counts[cycles] = request_count(url)
                # Then per-cycle request counts (kept out of the memory phase: reading the
                # emulator's growing log would put the harness's own garbage into the figure).
                for _ in range(50):
                    before = request_count(url)
                    engine.cycle(datetime.now(UTC))
                    per_cycle.append(request_count(url) - before - offset)
        finally:
            emu_proc.send_signal(signal.SIGTERM)
            emu_proc.wait(timeout=10)
    med = statistics.median(cpu) * 1000
    p90 = statistics.quantiles(cpu, n=10)[-1] * 1000
    reqs = statistics.median(per_cycle)
    steady = (counts[cycles] - counts[0] - offset) / cycles
    rss = {i: v for i, v in samples}
    first = statistics.median(v for _, v in samples[:3])
    last = statistics.median(v for _, v in samples[-3:])
    print(f"{cycles} idle cycles: requests per idle poll median {reqs} (max {max(per_cycle)}) "
          f"over 50 sampled cycles, mean {steady:.3f} over the {cycles} soak cycles,"
          f" CPU median {med:.2f} ms p90 {p90:.2f} ms, RSS at 100: {rss[100]:.1f} MB, at "
          f"{cycles}: {rss[cycles]:.1f} MB")
    d.figure("idle_poll_requests", reqs, "requests", "==1",
             reqs == 1 and max(per_cycle) == 1 and abs(steady - 1) < 1e-9)
    d.figure("idle_cycle_cpu_median", med, "ms", "<=20", med <= 20)
    d.figure("rss_after_soak", rss[cycles], "MB", "<=80", rss[cycles] <= 80)
    print("RSS (MB) every 50 cycles from 100: " + " ".join(f"{v:.1f}" for _, v in samples))
    # Allocator noise moves single readings by a few MB either way: compare the medians of the
    # first three samples (cycles 100-200) and the last three.
    growth = last - first
    d.figure("rss_growth_100_to_end", growth, "MB", "<2", growth < 2)


def latency() -> None:
    from interview_sync.emulator import Emulator

    now = datetime.now(UTC)
    ends = [now + timedelta(seconds=s) for s in (8, 16, 24)]
    events = [h.interview_event(f"soon{i}", end - timedelta(minutes=45), company=f"Soon{i}")
              for i, end in enumerate(ends)]
    with Emulator({"me": h.ME, "events": events}) as emu, \
            tempfile.TemporaryDirectory() as tmp:
        env = h.write_setup(Path(tmp), emu, poll_seconds=300)
        proc = d.spawn_run(env, Path(tmp) / "run.log")
        seen: dict[int, float] = {}
        try:
            deadline = time.time() + 40
            while time.time() < deadline and len(seen) < len(ends):
                for draft in emu.state()["drafts"]:
                    to = str(h.parse_raw(draft)["To"])
                    for i in range(len(ends)):
                        if f"soon{i}.example" in to and i not in seen:
                            seen[i] = time.time()
                time.sleep(0.05)
        finally:
            proc.send_signal(signal.SIGTERM)
            d.finish(proc)
    lat = [seen[i] - ends[i].timestamp() for i in sorted(seen)]
    worst = max(lat) if len(lat) == len(ends) else float("inf")
    print("end-to-draft latency (s): " + ", ".join(f"{x:.2f}" for x in lat)
          + f" ({len(lat)}/{len(ends)} interviews drafted)")
    d.figure("end_to_draft_latency_max", worst, "s", "<=5", worst <= 5)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--skip-latency", action="store_true")
    args = parser.parse_args()
    h.no_proxy()
    logging.disable(logging.WARNING)
    print(f"machine: {d.machine()}")
    idle_soak(args.cycles)
    if not args.skip_latency:
        latency()


if __name__ == "__main__":
    main()
