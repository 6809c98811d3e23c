"""How fast `doctor`/`status` can start: import time of interview_sync.config.loader, and load time of
the shipped example configuration. Prints figures; asserts nothing.

Run: .venv/bin/python bench/bench_config.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def import_ms(module: str, runs: int = 7) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    samples = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                    check=True).stdout) * 1000 for _ in range(runs)]
    return statistics.median(samples)


def main() -> None:
    from interview_sync.config import loader as config

    print(f"import interview_sync.config.loader  : {import_ms('interview_sync.config.loader'):7.1f} ms (median of 7)")
    print(f"import interview_sync.google.client : {import_ms('interview_sync.google.client'):7.1f} ms (median of 7)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "config.toml"
        path.write_text(config.render_example().replace("# name = ", "name = ", 1)
                        .replace("# holiday_country = ", "holiday_country = "), encoding="utf-8")
        env = {"HOME": tmp, "TZ": "UTC"}
        config.load_settings(path, environ=env)  # warm: holidays import, zoneinfo cache
        runs = 200
        started = time.perf_counter()
        for _ in range(runs):
            config.load_settings(path, environ=env)
        per = (time.perf_counter() - started) / runs * 1000
    print(f"load_settings(example + country)    : {per:7.2f} ms per load (mean of {runs}, warm)")


if __name__ == "__main__":
    main()
