"""How long `interview-sync --help` takes (target ≤ 0.3 s): the median of 10 runs.

Run: .venv/bin/python bench/bench_startup.py [--runs N]
Prints the median, min and max wall time of a fresh `python -m interview_sync --help`, and of a
bare `python -c pass` for comparison (the interpreter's own start-up).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def _times(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    for label, command in [("interview-sync --help", [sys.executable, "-m", "interview_sync",
                                                      "--help"]),
                           ("python -c pass (baseline)", [sys.executable, "-c", "pass"])]:
        times = _times(command, runs)
        print(f"{label:28s} median {statistics.median(times) * 1000:6.1f} ms   "
              f"min {min(times) * 1000:6.1f} ms   max {max(times) * 1000:6.1f} ms   "
              f"({runs} runs)")


if __name__ == "__main__":
    main()
