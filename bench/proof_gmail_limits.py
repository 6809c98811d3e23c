"""Gmail as it is (issue 13): a 20 MB work sample drafted, calls during a lockout, idle poll.

1. A finished interview whose note lists a 20 MB work sample: the draft is made (a resumable
   media upload) with the attachment byte for byte; prints the size and the cycle's time.
2. Gmail answers the first drafts call with a 15-minute lockout ("User-rate limit exceeded.
   Retry after <time>", no Retry-After): counts the Gmail calls made by the cycles that follow
   during the lockout (target 0), and checks notes and reminders were still written.
3. An idle poll afterwards: HTTP requests per cycle (target 1).

All against the emulator with search lag 5 s and Message-ID rewriting on.

Run: .venv/bin/python bench/proof_gmail_limits.py
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "proof"))

import proof_daemon as d
import proof_harness as h

from interview_sync.emulator import Emulator


def gmail_calls(emu: Emulator) -> int:
    return sum(1 for r in emu.requests if (r.method_id or "").startswith("gmail."))


def main() -> None:
    h.no_proxy()
    logging.disable(logging.CRITICAL)
    print(f"machine: {d.machine()}")
    now = datetime.now(UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory() as tmp:
        # 1. a 20 MB work sample
        seed = {"me": h.ME, "events": [h.interview_event(
            "big0001", now - timedelta(hours=2), people=[("kim.ng@northwind.example",
                                                          "Kim Ng")])]}
        with Emulator(seed, search_lag=5.0, rewrite_message_id=True) as emu:
            env = h.write_setup(Path(tmp) / "big", emu)
            h.sync_once(env, now)
            sample = env.material_dir / "work-sample.pdf"  # attachments come only from there
            sample.write_bytes(os.urandom(20 * 2**20))
            note = next(env.notes_dir.glob("*.md"))
            text = note.read_text(encoding="utf-8").replace(
                "## Material to send\n", f"## Material to send\n\n- {sample.name}\n", 1)
            note.write_text(text, encoding="utf-8")
            began = time.perf_counter()
            result = h.sync_once(env, now + timedelta(minutes=1))
            seconds = time.perf_counter() - began
            # Kim's thank-you carries the sample (the recruiter's template attaches nothing)
            (kim,) = [x for x in emu.drafts if "kim.ng@" in str(x["to"])]
            parts = list(BytesParser(policy=policy.default).parsebytes(
                str(kim["raw"]).encode()).iter_attachments())
            ok = (result.exit_code == 0 and len(parts) == 1
                  and parts[0].get_content() == sample.read_bytes())
            intact = int(ok)
            print(f"20 MB work sample: exit {result.exit_code}, attached intact to Kim's draft: "
                  f"{ok} ({len(str(kim['raw'])) / 1e6:.1f} MB message); cycle {seconds:.1f} s")
            d.figure("gmail_20mb_sample_drafted", intact, "drafts", "1", ok)
            d.figure("gmail_20mb_sample_cycle", seconds, "s")

        # 2. a lockout, then 3. the idle poll
        seed = h.interview_seed(3, now)
        for event in seed["events"]:
            start = now - timedelta(hours=3)
            event["start"]["dateTime"] = start.isoformat()
            event["end"]["dateTime"] = (start + timedelta(minutes=45)).isoformat()
        with Emulator(seed, search_lag=5.0, rewrite_message_id=True,
                      faults="drafts.*:lockout:seconds=900:count=1") as emu:
            env = h.write_setup(Path(tmp) / "lock", emu)
            first = h.sync_once(env, now)
            met = gmail_calls(emu)
            emu.clear_requests()
            for minutes in (1, 5, 14):
                h.sync_once(env, now + timedelta(minutes=minutes))
            during = gmail_calls(emu)
            notes = len(list(env.notes_dir.glob("*.md")))
            print(f"lockout: the first cycle made {met} Gmail call(s) (exit {first.exit_code}), "
                  f"3 cycles during the lockout made {during}; {notes} notes written meanwhile")
            d.figure("gmail_calls_during_lockout", during, "calls", "0", during == 0)
            emu.set_faults(None)
            h.sync_once(env, now + timedelta(minutes=16))
            made = len(emu.drafts)
            emu.clear_requests()
            h.sync_once(env, now + timedelta(minutes=17))
            idle = [r for r in emu.requests if r.path != "/token"]
            print(f"after the lockout: {made} drafts; an idle poll then made {len(idle)} "
                  f"request(s): {[r.path for r in idle]}")
            d.figure("gmail_drafts_after_lockout", made, "drafts", "9", made == 9)
            d.figure("idle_poll_requests_after_issue13", len(idle), "requests", "1",
                     len(idle) == 1)


if __name__ == "__main__":
    main()
