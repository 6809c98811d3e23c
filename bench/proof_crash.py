"""Crash loop: SIGKILL ``interview-sync run`` at random moments, then let it finish cleanly.

Part 1: ≥ 200 kills over a changing calendar (a new finished interview every 3 kills).
Part 2 (issue 4): 100 kills while syncing 30 interviews with 20% injected faults, commit-then-drop
included. Each part then lets ``run`` finish, compares the drafts with one fault-free
``sync --once`` over the same final calendar (0 duplicates, 0 missing), checks for temp files,
unparseable .ics, incomplete notes, and ``PRAGMA integrity_check``.

Part 3 (issue 13): Gmail as it really is: search lags 5 s, the Message-ID of every draft is
rewritten, ~30% of requests fail (Google's throttling shapes and commit-then-drop included).
First one kill at each step of the draft protocol (before create; stored by Gmail but not
recorded; after record), then kills aimed inside the draft window until ≥ 200 landed there.

Run: .venv/bin/python bench/proof_crash.py [--kills 200] [--fault-kills 100] [--window-kills 200]
     [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "proof"))

import proof_daemon as d

# Issue 13: about 30% of requests fail, Google's own throttling shapes included (no
# Retry-After), and commit-then-drop on creates; Gmail's search lags 5 s and it rewrites the
# Message-ID of every draft.
REAL_FAULTS = ("*:429:p=0.06:retry_after=1; *:exhausted:p=0.03; *:usage403:p=0.03; "
               "*:500:p=0.05; *:503:p=0.05; *:reset:p=0.04; drafts.create:commit_drop:p=0.1; "
               "*:commit_drop:p=0.06")
FAULTS = ("*:429:p=0.04:retry_after=1; *:503:p=0.04; *:500:p=0.03; *:reset:p=0.03; "
          "drafts.create:commit_drop:p=0.1; *:commit_drop:p=0.03")


def show(tag: str, report: d.CrashReport) -> None:
    if report.points:
        print(f"{tag}: crash points (kill landed where intended): {report.points}")
    print(f"{tag}: {report.kills} kills, {report.window_kills} inside the draft window "
          f"({report.busy_kills} while drafting, work left) in "
          f"{report.seconds:.0f} s; duplicates "
          f"{len(report.duplicates)}, missing {len(report.missing)}, extra {len(report.extra)}, "
          f"temp files {len(report.temp_files)}, bad .ics {len(report.ics)}, incomplete notes "
          f"{len(report.notes)}, integrity {report.integrity}, final exit {report.final_exit}")
    for name in ("duplicates", "missing", "extra", "temp_files", "ics", "notes"):
        for item in getattr(report, name)[:5]:
            print(f"  {name}: {item}")
    d.figure(f"{tag}_kills", report.kills, "kills")
    d.figure(f"{tag}_kills_while_drafting", report.busy_kills, "kills")
    d.figure(f"{tag}_kills_in_draft_window", report.window_kills, "kills")
    d.figure(f"{tag}_duplicate_drafts", len(report.duplicates), "drafts", "0",
             not report.duplicates)
    d.figure(f"{tag}_missing_drafts", len(report.missing), "drafts", "0", not report.missing)
    d.figure(f"{tag}_partial_files", len(report.temp_files) + len(report.ics) + len(report.notes),
             "files", "0", not (report.temp_files or report.ics or report.notes))
    d.figure(f"{tag}_integrity", report.integrity, "-", "ok", report.integrity == "ok")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--fault-kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--window-kills", type=int, default=200,
                        help="kills inside the draft window with search lag 5 s, Message-ID "
                             "rewriting and ~30%% faults (0: skip)")
    args = parser.parse_args()
    print(f"machine: {d.machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        if args.kills:
            report = d.crash_loop(Path(tmp) / "a", interviews=10, kills=args.kills,
                                  rng=random.Random(args.seed), max_alive=1.8)
            show("crash", report)
        if args.fault_kills:
            report = d.crash_loop(Path(tmp) / "b", interviews=30, kills=args.fault_kills,
                                  rng=random.Random(args.seed + 1), faults=FAULTS,
                                  change_every=10**9, max_alive=2.5)
            show("crash_faults", report)
        if args.window_kills:
            report = d.crash_loop(Path(tmp) / "c", interviews=20, kills=args.window_kills,
                                  rng=random.Random(args.seed + 2), faults=REAL_FAULTS,
                                  change_every=1, batch=2, max_alive=1.5, search_lag=5.0,
                                  rewrite_message_id=True, aim=True, points=True,
                                  min_window=args.window_kills)
            show("crash_real", report)
            d.figure("crash_real_points_landed", sum(report.points.values()), "points", "3",
                     all(report.points.values()) and len(report.points) == 3)
            d.figure("crash_real_window_kills_ok", report.window_kills, "kills",
                     f">={args.window_kills}", report.window_kills >= args.window_kills)


if __name__ == "__main__":
    main()
