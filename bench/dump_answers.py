"""Every detection and timeline answer, printed one per line, to prove a speed change kept them.

Prints ``repr`` of ``detect_interview`` and ``assess_event`` (after ``core.bounds.bound_event``,
as the daemon runs them, and on the raw event) for every event of ``tests/data/real_detect.json``,
``tests/data/detect_cases.json``, the hostile events of ``bench/bench_hostile.py`` and the
proof_load calendar's kinds of event, and of ``extract_timeline`` for every text of
``tests/data/real_timeline.jsonl``. Run it under ``PYTHONHASHSEED=0`` before and after a
change and diff the two outputs: a pure speed change leaves the diff empty.

Run: PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/dump_answers.py > answers.txt
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from interview_sync.core.bounds import bound_event
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.timeline.extract import extract_timeline

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "proof"))

import bench_hostile  # noqa: E402
import proof_daemon  # noqa: E402


def labelled(path: Path) -> list[tuple[str, dict[str, Any], str, tuple[str, ...]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    context = data.get("context", {})
    out = []
    for i, event in enumerate(data["events"]):
        ctx = context.get(event.get("id"), {}) if isinstance(event, dict) else {}
        out.append((f"{path.name}#{i}", event, ctx.get("me", data["me"]),
                    tuple(ctx.get("my_domains", ()))))
    return out


def main() -> None:
    events = labelled(ROOT / "tests/data/real_detect.json")
    events += labelled(ROOT / "tests/data/detect_cases.json")
    hostile = (bench_hostile.corpus_events() + bench_hostile.synthetic_events()
               + bench_hostile.dense_events())
    events += [(f"hostile/{name}", e, bench_hostile.ME, ()) for name, e in hostile]
    load = proof_daemon.load_seed(200, 10, datetime(2026, 12, 7, tzinfo=UTC))
    events += [(f"load/{e['id']}", e, load["me"], ()) for e in load["events"]]
    for name, event, me, mine in events:
        bounded = bound_event(event)
        print(name, "detect", repr(detect_interview(bounded, me, my_domains=mine)))
        print(name, "assess", repr(assess_event(bounded, me, my_domains=mine)))
        if not name.startswith("hostile/2MB"):  # (the raw 2 MB events take seconds each)
            print(name, "assess-raw", repr(assess_event(event, me, my_domains=mine)))
    for i, line in enumerate((ROOT / "tests/data/real_timeline.jsonl").read_text(
            encoding="utf-8").splitlines()):
        case = json.loads(line)
        found = extract_timeline(case["text"], datetime.fromisoformat(case["reference"]),
                                 country=case.get("country"),
                                 assume_promise=case.get("assume_promise", False))
        print(f"timeline#{i}", repr(found))


if __name__ == "__main__":
    main()
