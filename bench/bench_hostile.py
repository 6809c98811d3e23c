"""Detection and timeline cost of hostile input: the worst case of each, capped and not.

Detection: every event of ``tests/proof/hostile_cases.py`` (after its ``raw`` setup edits),
synthetic events holding 2 MB in the title, a display name and the location (issue #12: "a 2 MB
title takes 3.5 s"), and dense ones (issue #15, bad input: a description window packed with
hiring words, names, addresses, mixed scripts, binary or HTML; 500 guests) go through what the
daemon does: ``core.bounds.bound_event`` (applied where ``google.calendar`` hands events over)
then ``detect_interview`` (the rules) and ``assess_event`` (the tiers the daemon acts on).
Timelines: ``extract_timeline`` on texts packed with promises, dates, cues, headings, numbers,
mixed scripts, binary and HTML, and a 5 MB one. Each input is timed best of ``--repeat`` runs;
each figure is the slowest input. The 2 MB events without the cap are timed with ``--contrast``.

Run: .venv/bin/python bench/bench_hostile.py [--repeat 3] [--contrast]
Prints ``FIGURE name=hostile_classify_worst``, ``hostile_assess_worst`` and
``hostile_timeline_worst`` (ms; issue #15's aim for each: 1 ms).
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path
from typing import Any

from interview_sync.core.bounds import bound_event
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.timeline.extract import extract_timeline

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "proof"))

from hostile_cases import CASES, DELETE  # noqa: E402
from proof_harness import ME, interview_event, person  # noqa: E402

TARGET_MS = 50.0  # the old bound (issue #12); issue #15 aims at 1 ms, printed as AIM_MS
AIM_MS = 1.0
MB2 = 2_000_000
WINDOW = 8_192  # core.bounds.DETECT_WINDOW (a literal: this script also runs on older code)
HIRING = ("Interview with the recruiter for the Data Engineer role: phone screen, onsite, final "
          "round, hiring manager, candidate, entrevista, Vorstellungsgespräch. ")
MIXED = "日本語 面接 English interview العربية مقابلة Русский собеседование 한국어 면접 "
BINARY = bytes(range(256)).decode("latin-1")
ADDRESSES = " ".join(f"Interviewer{i} <kim{i}@acme{i}.example>" for i in range(400))
NAMES = "Kim Ng\nRaj Iyer - Hiring Manager\nPat Lee, Recruiter\n"
TAGS = "<div style='x'><p>Interview <b>with</b> <a href='mailto:k@acme.example'>Kim</a></p></div>"


def fill(unit: str, size: int = WINDOW) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def corpus_events() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for case in CASES:
        events = {e["id"]: copy.deepcopy(e) for e in case.events}
        for op in case.setup:
            if op[0] == "raw" and op[1] in events:
                for key, value in op[2].items():
                    if value == DELETE:
                        events[op[1]].pop(key, None)
                    else:
                        events[op[1]][key] = value
        out += [(f"{case.name}/{event_id}", event) for event_id, event in events.items()]
    return out


def synthetic_events() -> list[tuple[str, dict[str, Any]]]:
    from datetime import UTC, datetime

    start = datetime(2026, 11, 18, 15, tzinfo=UTC)
    title = interview_event("big1", start, company="Acme")
    title["summary"] = "Interview - Acme - " + "Data Engineer " * (MB2 // 14)
    name = interview_event("big2", start, company="Acme")
    name["attendees"] = [{"email": ME, "self": True, "responseStatus": "accepted"},
                         person("kim.ng@acme.example", "Kim Ng " * (MB2 // 7))]
    where = interview_event("big3", start, company="Acme")
    where["location"] = "Room 4, 1 Main St, " * (MB2 // 19)
    alls = interview_event("big4", start, company="Acme")
    alls["summary"] = "Interview " * (MB2 // 10)
    alls["organizer"] = {"email": "recruiting@acme.example", "displayName": "R " * (MB2 // 2)}
    alls["location"] = "[x](~/.ssh/id_rsa) " * (MB2 // 19)
    return [("2MB_title", title), ("2MB_display_name", name), ("2MB_location", where),
            ("2MB_everything", alls)]


def dense_events() -> list[tuple[str, dict[str, Any]]]:
    """Events as large as the caps let through, packed with what detection looks for."""
    from datetime import UTC, datetime

    start = datetime(2026, 11, 18, 15, tzinfo=UTC)

    def event(**fields: Any) -> dict[str, Any]:
        return {**interview_event("dense", start, company="Acme"), **fields}

    corporate = [{"email": ME, "self": True, "responseStatus": "accepted"}] + [
        person(f"p{i}.q{i}@corp{i % 40}.example", f"Pat{i} Lee{i}") for i in range(499)]
    personal = [{"email": ME, "self": True, "responseStatus": "accepted"}] + [
        person(f"pat.lee{i}@gmail.com", f"Pat Lee{i}") for i in range(499)]
    return [
        ("dense_hiring_description", event(description=fill(HIRING))),
        ("dense_hiring_title", event(summary=fill(HIRING, 1_000))),
        ("dense_names_description", event(description=fill(NAMES))),
        ("dense_addresses_description", event(description=fill(ADDRESSES))),
        ("dense_mixed_script", event(summary="面接 Interview مقابلة Собеседование",
                                     description=fill(MIXED))),
        ("dense_binary", event(summary="\x00\xff\x89PNG Interview" * 20,
                               description=fill(BINARY))),
        ("dense_html", event(description=fill(TAGS, 2 * WINDOW))),
        ("guests_500_corporate", event(attendees=corporate)),
        ("guests_500_personal", event(attendees=personal)),
        ("guests_500_coffee_chat", event(summary="Coffee chat", attendees=corporate,
                                         description=fill("Let's chat. "))),
        ("dense_everything", event(summary=fill(HIRING, 1_000), location=fill(HIRING, 1_000),
                                   description=fill(HIRING + ADDRESSES[:500] + MIXED),
                                   attendees=corporate)),
    ]


def timeline_texts() -> list[tuple[str, str]]:
    """Texts packed with what the timeline reader looks for, or with nothing it can use."""
    return [
        ("promises", fill("We'll get back to you by Friday, June 19 or within two weeks. ")),
        ("one_sentence_of_dates", fill("we will get back to you by friday and monday and june 19 "
                                       "and next week and in two days and ")),
        ("cues_without_dates", fill("We will get back to you with feedback and next steps and a "
                                    "decision soon. ")),
        ("dates_without_cues", fill("Monday June 1, Tuesday June 2, next week, in two days, by "
                                    "Friday. ")),
        ("vetoed_dates", fill("Let's schedule a follow-up next week; we will get back to you. You "
                              "start on Monday; feedback soon. ")),
        ("numbers", fill("1/2 3/4 5.6.7 12:30 2026-06-10 10 11 12 feedback ")),
        ("headings_and_bullets", fill("Next steps:\n- hear back\n- 2 weeks\n")),
        ("mixed_script", fill(MIXED + " feedback by Friday ")),
        ("binary", fill(BINARY)),
        ("html", fill(TAGS, WINDOW) + " we'll get back to you by Friday"),
        ("5MB", "We will follow up by Friday. " * 180_000),
    ]


def timed(event: dict[str, Any], repeat: int, *, capped: bool = True, assess: bool = False) -> float:
    best = float("inf")
    judge = assess_event if assess else detect_interview
    for _ in range(repeat):
        t0 = time.perf_counter()
        judge(bound_event(event) if capped else event, ME)
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def timed_text(text: str, repeat: int) -> float:
    from datetime import UTC, datetime

    reference = datetime(2026, 6, 10, 14, tzinfo=UTC)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        extract_timeline(text, reference)
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def worst(title: str, results: list[tuple[float, str]], figure: str, target: float) -> bool:
    results = sorted(results, reverse=True)
    print(title)
    for ms, name in results[:8]:
        print(f"  {ms:8.2f} ms  {name}")
    print(f"  over the {AIM_MS:g} ms aim: {sum(1 for ms, _ in results if ms > AIM_MS)} of "
          f"{len(results)}")
    value = results[0][0]
    print(f"FIGURE name={figure} value={value:.2f} unit=ms target={target:g} "
          f"pass={value <= target}")
    return value <= target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--contrast", action="store_true",
                        help="also time the 2 MB events without the cap (about 30 s)")
    args = parser.parse_args()
    events = corpus_events() + synthetic_events() + dense_events()
    print(f"{len(events)} hostile events (corpus of {len(CASES)} cases, 4 synthetic 2 MB, "
          f"{len(dense_events())} dense), bound_event then detection, best of {args.repeat}:")
    ok = worst("detect_interview:", [(timed(e, args.repeat), name) for name, e in events],
               "hostile_classify_worst", TARGET_MS)
    ok &= worst("assess_event (what the daemon runs):",
                [(timed(e, args.repeat, assess=True), name) for name, e in events],
                "hostile_assess_worst", TARGET_MS)
    texts = timeline_texts()
    ok &= worst(f"extract_timeline, {len(texts)} hostile texts:",
                [(timed_text(t, args.repeat), name) for name, t in texts],
                "hostile_timeline_worst", TARGET_MS)
    if args.contrast:
        print("without the cap (for contrast):")
        for name, event in synthetic_events():
            print(f"  {timed(event, 1, capped=False):8.1f} ms  {name}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
