"""Benchmark: render every output of one interview with five people.

One run = the assessment note (with 4 LinkedIn notes inside), 5 thank-you drafts (4 interviewers
+ 1 support person; a second figure adds a 200 kB PDF to one of them), 2 reference briefings, a check-in draft, 4
LinkedIn notes, 4 reminders and the combined feed. Templates are compiled once (as the daemon
does at start) and that cost is printed separately. Each run is a new interview (its key,
and so every draft's and reminder's key, changes): what render remembers within one
interview never serves the next run. Prints the median and p90 in milliseconds; the target
is a median ≤ 20 ms.

    .venv/bin/python bench/bench_render.py [runs]
"""

from __future__ import annotations

import dataclasses
import itertools
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from interview_sync.core.model import (
    DraftKind,
    Interview,
    Person,
    PersonNotes,
    PlanSettings,
    Reference,
    ReminderKind,
    Timeline,
    UpsertDraft,
    UserNotes,
    WriteNote,
    WriteReminder,
)
from interview_sync.local.templates import default_templates
from interview_sync.render import (
    Attachment,
    render_draft,
    render_feed,
    render_linkedin_note,
    render_note,
    render_reminder,
)

NY = ZoneInfo("America/New_York")


def scenario() -> tuple[Interview, PlanSettings, UserNotes, Timeline]:
    people = (
        Person(email="kim@northwind.example", name="Kim Lee", hiring_manager=True),
        Person(email="sam@northwind.example", name="Sam Ortiz"),
        Person(email="zoe@northwind.example", name="Zoë Müller-Lüdenscheidt"),
        Person(email="raj@northwind.example", name="Raj Patel"),
        Person(email="jo@northwind.example", name="Jo Park", role="support"),
    )
    interview = Interview(key="evt-1@google.com", event_id="evt1", title="Onsite: Data Engineer",
                          company="Northwind", role="Data Engineer", stage="onsite",
                          start=datetime(2026, 6, 10, 10, tzinfo=NY),
                          end=datetime(2026, 6, 10, 14, tzinfo=NY), timezone="America/New_York",
                          people=people)
    settings = PlanSettings(user_name="Alex Candidate", user_email="alex@example.org",
                            timezone="America/New_York", references=(
                                Reference(name="Pat Doe", email="pat@example.org"),
                                Reference(name="Lou Kim", email="lou@example.org")))
    notes = UserNotes(interview_key=interview.key, points_to_stress=("led the migration",),
                      people=tuple(PersonNotes(email=p.email, topic="the pipeline",
                                               concern="my dbt experience") for p in people))
    return interview, settings, notes, Timeline(respond_by=date(2026, 6, 24),
                                                phrase="within two weeks")


def one_run(attach: bool = False) -> int:
    interview, settings, notes, timeline = SCENARIO
    # A new interview (key) each run: render's per-interview memo never carries between runs.
    interview = dataclasses.replace(interview, key=f"evt-{next(RUN)}@google.com")
    notes = dataclasses.replace(notes, interview_key=interview.key)
    key = interview.key
    outputs = 0
    stamp = datetime(2026, 6, 10, 18, tzinfo=UTC)
    render_note(WriteNote(key="n", content_hash="h", interview=interview, due=interview.end,
                          timeline=timeline), settings, TEMPLATES)
    outputs += 1
    for i, person in enumerate(interview.people):
        kind = (DraftKind.THANK_SUPPORT if person.role == "support" else
                DraftKind.THANK_HIRING_MANAGER if person.hiring_manager else
                DraftKind.THANK_INTERVIEWER)
        render_draft(UpsertDraft(key=f"{key}/d{i}", content_hash="h", interview=interview,
                                 due=interview.end, kind=kind, person=person, notes=notes),
                     settings, TEMPLATES, attachments=[PDF] if attach and i == 0 else ())
        outputs += 1
    for j, ref in enumerate(settings.references):
        render_draft(UpsertDraft(key=f"{key}/r{j}", content_hash="h", interview=interview,
                                 due=interview.end, kind=DraftKind.REFERENCE_BRIEF, reference=ref,
                                 notes=notes, timeline=timeline), settings, TEMPLATES)
        outputs += 1
    render_draft(UpsertDraft(key=f"{key}/c", content_hash="h", interview=interview,
                             due=interview.end, kind=DraftKind.CHECKIN, person=interview.people[0],
                             timeline=timeline), settings, TEMPLATES)
    outputs += 1
    for person in interview.interviewers:
        render_linkedin_note(interview, person, settings, TEMPLATES)
        outputs += 1
    items = []
    for reminder, at, on in ((ReminderKind.ASSESS, interview.end, None),
                         (ReminderKind.SEND_THANKS, interview.end + timedelta(hours=4), None),
                         (ReminderKind.CHECKIN, None, date(2026, 6, 25)),
                         (ReminderKind.BRIEF_REFERENCES, interview.end, None)):
        items.append(render_reminder(WriteReminder(key=f"{key}/m{reminder}", content_hash="h",
                                                   interview=interview, due=interview.end,
                                                   kind=reminder, at=at, on=on, timeline=timeline),
                                     settings, sequence=0, stamp=stamp).data)
        outputs += 1
    render_feed(items)
    return outputs + 1


t0 = time.perf_counter()
TEMPLATES = default_templates()
COMPILE_MS = (time.perf_counter() - t0) * 1000
SCENARIO = scenario()
RUN = itertools.count()
PDF = Attachment(filename="work-sample.pdf", content_type="application/pdf",
                 data=b"%PDF-1.4\n" + b"x" * 200_000 + b"\n%%EOF\n")


def _measure(runs: int, attach: bool) -> tuple[float, float, float]:
    """(median wall ms, p90 wall ms, median CPU ms): CPU time is steadier on a busy machine."""
    one_run(attach)  # warm-up (zoneinfo, lazy imports)
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        one_run(attach)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    wall.sort()
    return statistics.median(wall), wall[int(runs * 0.9) - 1], statistics.median(cpu)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print(f"templates compiled+validated once: {COMPILE_MS:.1f} ms")
    print(f"outputs per run: {one_run()} (note, 5 thank-yous, 2 reference briefs, check-in, "
          "4 LinkedIn notes, 4 reminders, feed)")
    for attach, label in ((False, "no attachment"), (True, "+200 kB PDF on one draft")):
        median, p90, cpu = _measure(runs, attach)
        print(f"{label:>26}: runs {runs}  median {median:.2f} ms  p90 {p90:.2f} ms  "
              f"median CPU {cpu:.2f} ms  (target: median <= 20 ms)")


if __name__ == "__main__":
    main()
