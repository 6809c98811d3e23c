"""How long one planning cycle takes: 500 interviews over a year, with a full ledger.

Run: .venv/bin/python bench/bench_plan.py
Prints the median of several runs, cold (timeline cache empty, as after a restart) and warm (the
daemon's steady state), for an empty ledger (first run) and a full one (everything done).
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta

from interview_sync.core.model import (
    CancelReminder,
    InboundMessage,
    Interview,
    LedgerEntry,
    LedgerStatus,
    MarkDone,
    Person,
    PlanSettings,
    Reference,
    UserNotes,
    WriteNote,
)
from interview_sync.core.plan.items import _timeline_of
from interview_sync.core.plan.planner import plan

N = 500
BASE = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)
DESCRIPTIONS = (
    "Thanks for your time! We'll get back to you by Friday.",
    "<p>Join Zoom: https://zoom.us/j/123456789 Passcode: 4411</p><p>Next steps: you will hear "
    "from us within two weeks.</p>",
    "Agenda: 45 minutes technical, 15 minutes questions.",
    "",
)


def build() -> tuple[list[Interview], PlanSettings, dict[str, UserNotes], list[InboundMessage]]:
    interviews = []
    for i in range(N):
        company = f"Company{i % 120}"
        domain = f"c{i % 120}.example"
        start = BASE + timedelta(hours=17 * i)
        people = (
            Person(email=f"a{i}@{domain}", name=f"Ann {i}"),
            Person(email=f"b{i}@{domain}", name=f"Ben {i}", hiring_manager=True),
            Person(email=f"r@{domain}", name="Rita Recruiter", role="support"),
            Person(email="", name="Hidden Guest"),
        )
        interviews.append(Interview(
            key=f"uid{i}@google.com", event_id=f"e{i}", title=f"Interview with {company}",
            company=company, role="Data Engineer",
            stage=("phone screen", "technical", "onsite", "final round")[i % 4],
            start=start, end=start + timedelta(hours=1), timezone="Europe/London",
            description=DESCRIPTIONS[i % len(DESCRIPTIONS)], people=people,
            organizer_email=f"r@{domain}"))
    settings = PlanSettings(
        user_name="Alex Doe", user_email="alex@gmail.com", holiday_country="GB",
        references=(Reference(name="Riley", email="riley@old.example"),
                    Reference(name="Max", email="max@old.example")),
        reply_detection=True, backfill=timedelta(days=3650))
    notes = {iv.key: UserNotes(interview_key=iv.key, wish_i_had_said=("say more",),
                               timeline_text="They said within 3 business days" if i % 3 else None)
             for i, iv in enumerate(interviews[::2])}
    inbox = [InboundMessage(message_id=f"m{i}", sender=f"x@c{i % 200}.example",
                            received=BASE + timedelta(hours=40 * i)) for i in range(1000)]
    return interviews, settings, notes, inbox


def main() -> None:
    interviews, settings, notes, inbox = build()
    now = interviews[-1].end + timedelta(days=30)

    def once(ledger: dict[str, LedgerEntry]) -> tuple[float, int]:
        t0 = time.perf_counter()
        p = plan(interviews, notes=notes, ledger=ledger, now=now, settings=settings, inbox=inbox,
                 force=True)
        return (time.perf_counter() - t0) * 1000, len(p.actions)

    _timeline_of.cache_clear()
    cold_empty, first_actions = once({})
    warm_empty = statistics.median(once({})[0] for _ in range(5))
    ledger: dict[str, LedgerEntry] = {}
    p = plan(interviews, notes=notes, ledger={}, now=now, settings=settings, inbox=inbox,
             force=True)
    for a in p.actions:
        status = (a.status if isinstance(a, MarkDone) else
                  LedgerStatus.CANCELLED if isinstance(a, CancelReminder) else LedgerStatus.DONE)
        ledger[a.key] = LedgerEntry(key=a.key, content_hash=a.content_hash, status=status)
        if isinstance(a, WriteNote):
            for k in a.covers:
                ledger[k] = LedgerEntry(key=k, content_hash=a.content_hash,
                                        status=LedgerStatus.DONE)
    _timeline_of.cache_clear()
    cold_full, left = once(ledger)
    warm_full = statistics.median(once(ledger)[0] for _ in range(7))
    print(f"plan(): {N} interviews, {len(inbox)} inbox messages, ledger of {len(ledger)} keys")
    print(f"  first run (empty ledger, {first_actions} actions): cold {cold_empty:.0f} ms, "
          f"warm {warm_empty:.0f} ms")
    print(f"  steady state (full ledger, {left} actions): cold {cold_full:.0f} ms, "
          f"warm {warm_full:.0f} ms")


if __name__ == "__main__":
    main()
