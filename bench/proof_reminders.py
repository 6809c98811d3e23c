#!/usr/bin/env python3
"""Issue #14's figures: reminders and tasks as real clients read them, over the demo and the
hostile calendar corpus.

1. ``reminder_alarm_agreement``: for every item (event and task) the demo and every hostile case
   write, the alarm instant that icalendar, ical, recurring-ical-events, khal (events; it ignores
   tasks) and libical (where installed) compute, in three host zones. An item agrees when every
   library gives the same instants in all three zones.
2. ``reminder_files_recreated_after_deletion``: a scripted run over every hostile case: delete
   every second reminder and task file, dismiss (X-MOZ-LASTACK, ACKNOWLEDGED, new DTSTAMP) every
   third of the rest, edit every fifth, move every check-in through the note, then sync an hour,
   a day and thirty days later. Counts deleted files that came back (target 0), and check-ins that
   were only dismissed and still moved (bookkeeping does not freeze them).
3. ``todoman_open_tasks_listed``: todoman's ``--porcelain list`` over each tasks folder against
   the VTODO files whose STATUS is NEEDS-ACTION.

Run: python bench/proof_reminders.py [--cases N] (N: only the first N hostile cases).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "proof"))
sys.path.insert(0, str(ROOT / "tests" / "clients"))

import alarm_instants as a  # noqa: E402
import proof_harness as h  # noqa: E402
from hostile_cases import CASES, NOW  # noqa: E402
from icalendar import Calendar  # noqa: E402
from test_hostile_calendars import SLOW, apply_ops  # noqa: E402

from interview_sync.emulator import Emulator  # noqa: E402

HOST_ZONES = ("America/Chicago", "Asia/Kolkata", "Pacific/Auckland")


def figure(name: str, value: str, unit: str, target: str, ok: bool) -> None:
    print(f"FIGURE name={name} value={value} unit={unit} target={target} pass={ok}")


def run_demo(tmp: Path) -> Path:
    out = tmp / "demo"
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost"}
    done = subprocess.run([sys.executable, "-m", "interview_sync", "demo", "--out", str(out)],
                          capture_output=True, text=True, timeout=600, env=env, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return out


def item_of(path: Path) -> object:
    cal = Calendar.from_ical(path.read_bytes())
    (item,) = [c for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
    return item


def scripted_edits(env: h.ProofEnv) -> tuple[set[Path], set[Path]]:
    """Delete, dismiss, edit; returns (deleted, dismissed check-ins)."""
    tasks = env.reminders_dir.with_name("tasks")
    paths = sorted([*env.reminders_dir.glob("*.ics"), *tasks.glob("*.ics")])
    deleted, dismissed_checkins = set(paths[::2]), set()
    for path in deleted:
        path.unlink()
    rest = [p for p in paths if p not in deleted]
    for n, path in enumerate(rest):
        cal = Calendar.from_ical(path.read_bytes())
        (item,) = [c for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
        checkin = "Check in" in str(item["SUMMARY"]) and \
            str(item.get("STATUS", "")) != "CANCELLED"  # a cancelled one has nowhere to move
        if n % 3 == 0 or checkin:  # Thunderbird's and Apple's dismiss
            item.add("X-MOZ-LASTACK", "20261120T170000Z", encode=False)
            for alarm in item.subcomponents:
                alarm.add("ACKNOWLEDGED", NOW)
            item.DTSTAMP = NOW
            if checkin:
                dismissed_checkins.add(path)
        elif n % 5 == 1:
            item["SUMMARY"] = str(item["SUMMARY"]) + " (my words)"
        else:
            continue
        path.write_bytes(cal.to_ical())
    for note in sorted(env.notes_dir.glob("*.md")):
        text = note.read_text(encoding="utf-8")
        moved = re.sub(r"(## Next steps and timeline\n)", r"\1\nDecision by December 20\n", text,
                       count=1)
        note.write_text(moved, encoding="utf-8")
    return deleted, dismissed_checkins


def run_case(case: object, root: Path, snapshot: Path) -> dict[str, int]:
    emu = Emulator({"me": h.ME, "events": list(case.events)}).start()  # type: ignore[attr-defined]
    try:
        env = h.write_setup(root, emu)
        apply_ops(emu, case.setup)  # type: ignore[attr-defined]
        last = NOW
        for run in case.runs:  # type: ignore[attr-defined]
            apply_ops(emu, run.ops)
            last = NOW + timedelta(hours=run.hours)
            h.sync_once(env, last)
        tasks = env.reminders_dir.with_name("tasks")
        for folder in (env.reminders_dir, tasks):
            for path in folder.glob("*.ics"):
                shutil.copy(path, snapshot / f"{case.name}-{folder.name}-{path.name}")  # type: ignore[attr-defined]
        open_tasks = sum(1 for p in tasks.glob("*.ics")
                         if str(item_of(p).get("STATUS", "")) == "NEEDS-ACTION")  # type: ignore[attr-defined]
        listed = todoman_count(tasks, root.parent) if tasks.is_dir() else 0
        before = {p: item_of(p)["DTSTART"].dt for p in tasks.parent.glob("*/*.ics")}  # type: ignore[index]
        deleted, dismissed = scripted_edits(env)
        for hours in (1, 24, 24 * 30):
            h.sync_once(env, last + timedelta(hours=hours))
        recreated = sum(1 for p in deleted if p.exists())
        moved = sum(1 for p in dismissed
                    if p.exists() and item_of(p)["DTSTART"].dt != before[p])  # type: ignore[index]
        return {"deleted": len(deleted), "recreated": recreated, "dismissed_checkins":
                len(dismissed), "dismissed_moved": moved, "open_tasks": open_tasks,
                "listed": listed}
    finally:
        emu.stop()


def todoman_count(tasks: Path, scratch: Path) -> int:
    todo = Path(sys.executable).parent / "todo"
    config = scratch / "todoman.py"
    config.write_text(f'path = "{tasks}"\ndate_format = "%Y-%m-%d"\ntime_format = "%H:%M"\n'
                      f'cache_path = "{scratch / "todoman.sqlite3"}"\nhumanize = False\n',
                      encoding="utf-8")
    (scratch / "todoman.sqlite3").unlink(missing_ok=True)
    done = subprocess.run([str(todo), "--config", str(config), "--porcelain", "list"],
                          capture_output=True, text=True, timeout=120, check=True,
                          env={**os.environ, "HOME": str(scratch)})
    return len(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=0)
    args = parser.parse_args()
    cases = [c for c in CASES if c.name not in SLOW]
    if args.cases:
        cases = cases[:args.cases]
    with tempfile.TemporaryDirectory(prefix="proof-reminders-") as scratch:
        tmp = Path(scratch)
        snapshot = tmp / "all"
        snapshot.mkdir()
        demo = run_demo(tmp)
        demo_open = 0
        for folder in (demo / "reminders", demo / "tasks"):
            for path in folder.glob("*.ics"):
                shutil.copy(path, snapshot / f"demo-{folder.name}-{path.name}")
                demo_open += folder.name == "tasks" and \
                    str(item_of(path).get("STATUS", "")) == "NEEDS-ACTION"  # type: ignore[attr-defined]
        demo_listed = todoman_count(demo / "tasks", tmp)
        totals = {"deleted": 0, "recreated": 0, "dismissed_checkins": 0, "dismissed_moved": 0,
                  "open_tasks": demo_open, "listed": demo_listed}
        for n, case in enumerate(cases):
            case_dir = tmp / "cases" / f"{n:03d}"
            case_dir.mkdir(parents=True)
            for key, value in run_case(case, case_dir / "root", snapshot).items():
                totals[key] += value
        files = sorted(snapshot.glob("*.ics"))
        per_zone = {zone: a.host_zone_report(files, zone) for zone in HOST_ZONES}
        items = agreeing = silent = 0
        problems: list[str] = []
        for path in files:
            answers = [per_zone[zone][str(path)] for zone in HOST_ZONES]
            items += 1
            found = [a.disagreements({str(path): row}, require_alarm=False) for row in answers]
            silent += all(not v for row in answers for v in row.values() if isinstance(v, dict)
                          for v in v.values())
            flat = {json.dumps({lib: v for lib, v in row.items()
                                if not (lib == "khal" and v == {})}, sort_keys=True)
                    for row in answers}
            if not any(found) and len(flat) == 1:
                agreeing += 1
            else:
                problems.extend(p for f in found for p in f)
        libraries = sorted({lib for row in per_zone[HOST_ZONES[0]].values() for lib in row})
    print(f"items: {items} files from the demo and {len(cases)} hostile cases "
          f"(libraries: {', '.join(libraries)}; host zones: {', '.join(HOST_ZONES)}); "
          f"{agreeing} agree, of which {silent} are cancelled and have no alarm in any library")
    for problem in problems[:20]:
        print("  disagreement:", problem)
    print(f"scripted run: {totals['deleted']} files deleted, {totals['recreated']} recreated; "
          f"{totals['dismissed_moved']}/{totals['dismissed_checkins']} dismissed check-ins moved "
          "with the note")
    print(f"todoman: {totals['listed']} of {totals['open_tasks']} open tasks listed")
    figure("reminder_alarm_agreement", f"{agreeing}/{items}", "items", "all",
           agreeing == items and items > 0)
    figure("reminder_files_recreated_after_deletion", str(totals["recreated"]), "files", "==0",
           totals["recreated"] == 0 and totals["deleted"] > 0)
    figure("todoman_open_tasks_listed", f"{totals['listed']}/{totals['open_tasks']}", "tasks",
           "all", totals["listed"] == totals["open_tasks"] and totals["open_tasks"] > 0)


if __name__ == "__main__":
    main()
