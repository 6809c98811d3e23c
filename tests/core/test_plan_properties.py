"""Properties of the planner over generated calendars, and a state machine of real-life mishaps.

Idempotent, deterministic, order-independent, unique keys, nothing before the end, nothing for
an interview cancelled before it happened; and across reschedules, cancellations, sends, edits
and crashes between effect and ledger record, never two creates for one key.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from plan_factories import apply_all, make_reference, make_settings

from interview_sync.core.model import (
    Action,
    CancelReminder,
    InboundMessage,
    Interview,
    LedgerEntry,
    LedgerStatus,
    MarkDone,
    Person,
    PersonNotes,
    PlanSettings,
    ReminderKind,
    UpsertDraft,
    UserNotes,
    WriteReminder,
)
from interview_sync.core.plan.items import finish_of
from interview_sync.core.plan.planner import plan

BASE = datetime(2026, 6, 8, 8, 0, tzinfo=UTC)  # a Monday
POOL = (
    Person(email="kim@acme.example", name="Kim Lee"),
    Person(email="sam@acme.example", name="Sam Ortiz", hiring_manager=True),
    Person(email="jo@acme.example", name="Jo Park", role="support"),
    Person(email="", name="Pat Quinn"),
    Person(email="lee@globex.example", name="Lee Wu"),
    Person(email="alex@gmail.com", name="Alex Doe"),  # the user, whom detect might leave in
)
DESCRIPTIONS = ("", "We'll get back to you by Friday.", "You will hear from us within two weeks",
                "<p>Next steps: a decision by <b>June 30</b></p>")


@st.composite
def interviews(draw: st.DrawFn) -> Interview:
    start = BASE + timedelta(minutes=30 * draw(st.integers(0, 48 * 20)))
    all_day = draw(st.integers(0, 9)) == 0
    if all_day:
        start = start.replace(hour=0, minute=0)
        end = start + timedelta(days=1)
    else:
        end = start + timedelta(minutes=draw(st.sampled_from([0, 30, 45, 60, 240])))
    return Interview(
        key=draw(st.sampled_from([f"iv{i}" for i in range(8)])), event_id="e",
        title=draw(st.sampled_from(["Interview", "Onsite"])),
        company=draw(st.sampled_from(["Acme", "acme", "Globex", None])),
        role=draw(st.sampled_from(["Data Engineer", None])),
        stage=draw(st.sampled_from([None, "phone screen", "onsite", "Final round"])),
        start=start, end=end, all_day=all_day,
        timezone=draw(st.sampled_from(["UTC", "Europe/Berlin", "America/New_York"])),
        description=draw(st.sampled_from(DESCRIPTIONS)),
        people=tuple(draw(st.lists(st.sampled_from(POOL), max_size=5))),
        organizer_email=draw(st.sampled_from([None, "jo@acme.example"])),
        cancelled=draw(st.integers(0, 5)) == 0,
    )


def plan_settings() -> st.SearchStrategy[PlanSettings]:
    return st.builds(
        make_settings,
        references=st.sampled_from([(), (make_reference(),),
                                    (make_reference(), make_reference("Max", "max@x.example"))]),
        reply_detection=st.booleans(),
        holiday_country=st.sampled_from([None, "US", "DE"]),
        backfill=st.sampled_from([timedelta(days=1), timedelta(days=7), timedelta(days=30)]),
        timezone=st.sampled_from(["UTC", "Europe/Berlin"]),
        evening_hour=st.integers(0, 23))


def user_notes() -> st.SearchStrategy[dict[str, UserNotes]]:
    one = st.builds(
        lambda key, timeline, topic, wishes: UserNotes(
            interview_key=key, timeline_text=timeline, wish_i_had_said=wishes,
            people=(PersonNotes(email="kim@acme.example", topic=topic),) if topic else ()),
        st.sampled_from([f"iv{i}" for i in range(8)]),
        st.sampled_from([None, "", "They will let me know within 3 business days"]),
        st.sampled_from([None, "Airflow"]), st.sampled_from([(), ("ask about on-call",)]))
    return st.lists(one, max_size=3).map(lambda ns: {n.interview_key: n for n in ns})


def inboxes() -> st.SearchStrategy[list[InboundMessage]]:
    return st.lists(st.builds(
        InboundMessage, message_id=st.sampled_from(["a", "b", "c"]),
        sender=st.sampled_from(["kim@acme.example", "x@globex.example", "alex@gmail.com"]),
        received=st.integers(0, 24 * 30).map(lambda h: BASE + timedelta(hours=h)),
        labels=st.sampled_from([frozenset({"INBOX"}), frozenset({"SENT"})])), max_size=3)


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, Any]:
    ivs = draw(st.lists(interviews(), max_size=6, unique_by=lambda iv: iv.key))
    now = BASE + timedelta(minutes=30 * draw(st.integers(0, 48 * 30)))
    seen = {iv.key: draw(st.sampled_from([iv.start - timedelta(days=1), iv.end + timedelta(hours=3),
                                          now]))
            for iv in ivs if draw(st.booleans())}
    return {"interviews": ivs, "now": now, "settings": draw(plan_settings()),
            "notes": draw(user_notes()), "inbox": draw(inboxes()),
            "first_seen": {k: min(v, now) for k, v in seen.items()}}


def run(s: dict[str, Any], ledger: dict[str, LedgerEntry] | None = None, **changes: Any) -> Any:
    args = {**s, **changes}
    return plan(args["interviews"], notes=args["notes"], ledger=ledger or {}, now=args["now"],
                settings=args["settings"], inbox=args["inbox"], first_seen=args["first_seen"],
                force=True)


PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(scenarios(), st.randoms(use_true_random=False))
def test_deterministic_and_independent_of_input_order(s: dict[str, Any], rnd: Any) -> None:
    first = run(s)
    shuffled = list(s["interviews"])
    rnd.shuffle(shuffled)
    inbox = list(s["inbox"])
    rnd.shuffle(inbox)
    assert run(s, interviews=shuffled, inbox=inbox) == first
    assert run(s) == first


@PROPS
@given(scenarios())
def test_keys_are_unique_and_actions_sorted_oldest_first(s: dict[str, Any]) -> None:
    p = run(s)
    keys = [a.key for a in p.actions]
    assert len(keys) == len(set(keys))
    assert [(a.due, a.key) for a in p.actions] == sorted((a.due, a.key) for a in p.actions)
    assert p.next_due is None or p.next_due > s["now"]


@PROPS
@given(scenarios())
def test_idempotent_apply_then_replan_does_nothing(s: dict[str, Any]) -> None:
    ledger = apply_all(run(s).actions)
    again = run(s, ledger)
    assert again.actions == (), [a.key for a in again.actions]


@PROPS
@given(scenarios())
def test_nothing_is_due_before_the_end_and_nothing_for_cancelled_before_end(
        s: dict[str, Any]) -> None:
    now = s["now"]
    for action in run(s).actions:
        finish = finish_of(action.interview, s["settings"])
        assert finish <= now and action.due <= now, action.key
        assert not (action.interview.cancelled and now < finish)


@PROPS
@given(scenarios(), st.integers(0, 5))
def test_changed_content_updates_and_unchanged_does_not(s: dict[str, Any], pick: int) -> None:
    p = run(s)
    thanks = [a for a in p.actions if isinstance(a, UpsertDraft) and "/thank/" in a.key]
    assume(thanks)
    target = thanks[pick % len(thanks)]
    ledger = apply_all(p.actions)
    person = target.person
    assert person is not None
    renamed = dataclasses.replace(person, name=person.name + " Jr")
    iv = target.interview
    changed = dataclasses.replace(iv, people=tuple(renamed if q == person else q
                                                   for q in iv.people))
    others = [x for x in s["interviews"] if x.key != iv.key]
    again = run(s, ledger, interviews=[*others, changed])
    assert target.key in [a.key for a in again.actions]
    for a in again.actions:  # the drafts that name them and the reminder listing them
        assert (a.interview.key != iv.key or isinstance(a, UpsertDraft)
                or (isinstance(a, WriteReminder) and a.kind is ReminderKind.SEND_THANKS)), a.key


# --------------------------------------------------------------------------- the state machine


class Life(RuleBasedStateMachine):
    """A few weeks of one user's calendar, with everything that goes wrong in real life."""

    def __init__(self) -> None:
        super().__init__()
        self.now = BASE
        self.settings = make_settings(references=(make_reference(),), reply_detection=True)
        self.interviews: dict[str, Interview] = {}
        self.ledger: dict[str, LedgerEntry] = {}
        self.world: dict[str, str] = {}  # key → "exists" | "sent" | "cancelled" (outside)
        self.creates: Counter[str] = Counter()
        self.inbox: list[InboundMessage] = []

    def _plan(self) -> tuple[Action, ...]:
        return plan(list(self.interviews.values()), notes={}, ledger=self.ledger, now=self.now,
                    settings=self.settings, inbox=self.inbox, force=True).actions

    def _effect(self, action: Action) -> None:
        if isinstance(action, MarkDone):
            return
        if isinstance(action, CancelReminder):
            self.world[action.key] = "cancelled"
            return
        # The engine looks for its own object first (deterministic Message-ID, file name): an
        # existing one is updated; only a missing one is created. A sent draft counts as there.
        if action.key not in self.world:
            self.creates[action.key] += 1
            self.world[action.key] = "exists"
        elif self.world[action.key] == "sent":
            self.creates[action.key] += 1  # recreating what the user sent: the bug we hunt

    @initialize(hours=st.integers(1, 48))
    def first_interview(self, hours: int) -> None:
        self.schedule("a", "Acme", hours, "phone screen")

    @rule(key=st.sampled_from(["a", "b", "c"]), company=st.sampled_from(["Acme", "Globex"]),
          hours=st.integers(1, 24 * 4), stage=st.sampled_from(["phone screen", "onsite"]))
    def schedule(self, key: str, company: str, hours: int, stage: str) -> None:
        start = self.now + timedelta(hours=hours)
        self.interviews[key] = Interview(
            key=key, event_id=key, title="Interview", company=company, role="Engineer",
            stage=stage, start=start, end=start + timedelta(hours=1),
            people=POOL[:3] if company == "Acme" else (POOL[4],))

    @rule(hours=st.integers(1, 24 * 3))
    def time_passes(self, hours: int) -> None:
        self.now += timedelta(hours=hours)

    @precondition(lambda self: self.interviews)
    @rule(data=st.data(), hours=st.integers(-48, 24 * 5))
    def reschedule(self, data: st.DataObject, hours: int) -> None:
        key = data.draw(st.sampled_from(sorted(self.interviews)))
        iv = self.interviews[key]
        self.interviews[key] = dataclasses.replace(iv, start=iv.start + timedelta(hours=hours),
                                                   end=iv.end + timedelta(hours=hours))

    @precondition(lambda self: self.interviews)
    @rule(data=st.data(), flag=st.booleans())
    def cancel_or_restore(self, data: st.DataObject, flag: bool) -> None:
        key = data.draw(st.sampled_from(sorted(self.interviews)))
        self.interviews[key] = dataclasses.replace(self.interviews[key], cancelled=flag)

    @precondition(lambda self: self.interviews)
    @rule(data=st.data())
    def someone_joins(self, data: st.DataObject) -> None:
        key = data.draw(st.sampled_from(sorted(self.interviews)))
        iv = self.interviews[key]
        newcomer = Person(email=f"new{len(iv.people)}@acme.example", name="New Person")
        self.interviews[key] = dataclasses.replace(iv, people=(*iv.people, newcomer))

    @precondition(lambda self: any(v == "exists" and "/thank/" in k
                                   for k, v in self.world.items()))
    @rule(data=st.data(), edit=st.booleans())
    def user_sends_or_edits_a_draft(self, data: st.DataObject, edit: bool) -> None:
        key = data.draw(st.sampled_from(sorted(
            k for k, v in self.world.items() if v == "exists" and "/thank/" in k)))
        if key not in self.ledger:
            return  # the engine only learns about drafts it recorded
        if not edit:
            self.world[key] = "sent"
        status = LedgerStatus.EDITED if edit else LedgerStatus.VANISHED
        self.ledger[key] = dataclasses.replace(self.ledger[key], status=status)

    @rule(sender=st.sampled_from(["kim@acme.example", "x@globex.example"]))
    def employer_writes(self, sender: str) -> None:
        self.inbox.append(InboundMessage(message_id=f"m{len(self.inbox)}", sender=sender,
                                         received=self.now))

    @rule(crash_at=st.none() | st.integers(0, 30), after_effect=st.booleans())
    def cycle(self, crash_at: int | None, after_effect: bool) -> None:
        actions = self._plan()
        for index, action in enumerate(actions):
            if index == crash_at:
                # Intent recorded, then the process died before (or just after) the effect.
                self.ledger[action.key] = LedgerEntry(
                    key=action.key, content_hash=action.content_hash,
                    status=LedgerStatus.PENDING)
                if after_effect:
                    self._effect(action)
                return
            self._effect(action)
            self.ledger = apply_all([action], self.ledger)
        assert self._plan() == (), "a clean cycle must leave nothing to do at the same moment"

    @invariant()
    def never_two_creates_for_one_key(self) -> None:
        twice = [k for k, n in self.creates.items() if n > 1]
        assert not twice, twice


TestLife = Life.TestCase
TestLife.settings = settings(max_examples=80, stateful_step_count=40, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])


def test_two_replies_tied_on_id_and_time_give_one_plan_in_either_order() -> None:
    """Hypothesis's find (round 12): two messages with one id and one time, from two senders,
    gave a check-in reason naming whichever the adapter listed first."""
    iv = Interview(key="iv1", event_id="e", title="Interview", company="Acme", role=None, stage=None,
                   start=BASE.replace(hour=0), end=BASE.replace(hour=0) + timedelta(days=1),
                   all_day=True, timezone="UTC", people=(POOL[0], POOL[4]))
    mail = [InboundMessage(message_id="c", sender=s, received=BASE + timedelta(hours=17),
                           labels=frozenset({"INBOX"}))
            for s in ("kim@acme.example", "x@globex.example")]
    s = {"interviews": [iv], "now": BASE, "notes": {}, "first_seen": {}, "inbox": mail,
         "settings": make_settings(reply_detection=True, timezone="UTC", evening_hour=0)}
    forward, backward = run(s), run(s, inbox=mail[::-1])
    assert forward == backward
    assert any("heard back" in str(a) for a in forward.actions)
