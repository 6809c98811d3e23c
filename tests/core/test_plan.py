"""The planner's rules, one table or case per rule (properties live in test_plan_properties)."""

from __future__ import annotations

import dataclasses
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from plan_factories import (
    END,
    JO,
    KIM,
    SAM,
    START,
    apply_all,
    drafts,
    make_interview,
    make_person,
    make_reference,
    make_settings,
    with_status,
)

from interview_sync.core.model import (
    AppendNote,
    CancelReminder,
    DraftKind,
    InboundMessage,
    LedgerEntry,
    LedgerStatus,
    MarkDone,
    Plan,
    ReminderKind,
    UpsertDraft,
    UserNotes,
    WriteNote,
    WriteReminder,
)
from interview_sync.core.plan.planner import action_key, effective_timeline, plan
from interview_sync.errors import UnsafePlan


def run(interviews: list, *, now: datetime = END, ledger: dict | None = None, notes: dict | None = None,
        **kw: object) -> Plan:
    settings = kw.pop("settings", None) or make_settings()
    return plan(interviews, notes=notes or {}, ledger=ledger or {}, now=now,
                settings=settings, **kw)  # type: ignore[arg-type]


def keys(p: Plan) -> list[str]:
    return [a.key for a in p.actions]


def by_key(p: Plan) -> dict[str, object]:
    return {a.key: a for a in p.actions}


def reminder(p: Plan, kind: ReminderKind) -> WriteReminder:
    found = [a for a in p.actions if isinstance(a, WriteReminder) and a.kind is kind]
    assert len(found) == 1, keys(p)
    return found[0]


# --------------------------------------------------------------------------- the key format


@pytest.mark.parametrize(("args", "expected"), [
    (("iv1", "assess"), "iv1/assess"),
    (("iv1", "thank", "kim@acme.example"), "iv1/thank/kim@acme.example"),
    (("iv1", "reminder", "checkin"), "iv1/reminder/checkin"),
])
def test_action_key_format(args: tuple[str, ...], expected: str) -> None:
    assert action_key(*args) == expected


# --------------------------------------------------------------------------- at the end


def test_nothing_is_due_before_the_end_and_the_daemon_wakes_at_it() -> None:
    p = run([make_interview()], now=END - timedelta(minutes=1))
    assert p.actions == ()
    assert p.next_due == END


def test_at_the_end_the_note_thanks_and_reminders_are_due() -> None:
    p = run([make_interview()])
    assert sorted(keys(p)) == sorted([
        "iv1/assess",
        f"iv1/thank/{KIM}", f"iv1/thank/{SAM}", f"iv1/thank/{JO}",
        "iv1/reminder/assess", "iv1/reminder/send_thanks", "iv1/reminder/checkin",
    ])
    assert all(a.due == END for a in p.actions)
    assert [(a.due, a.key) for a in p.actions] == sorted((a.due, a.key) for a in p.actions)
    note = by_key(p)["iv1/assess"]
    assert isinstance(note, WriteNote)
    assert note.covers == (f"iv1/linkedin/{KIM}", f"iv1/linkedin/{SAM}")  # interviewers only


@pytest.mark.parametrize(("email", "kind"), [
    (KIM, DraftKind.THANK_INTERVIEWER),
    (SAM, DraftKind.THANK_HIRING_MANAGER),
    (JO, DraftKind.THANK_SUPPORT),
])
def test_one_thank_you_per_person_of_the_right_kind(email: str, kind: DraftKind) -> None:
    draft = by_key(run([make_interview()]))[f"iv1/thank/{email}"]
    assert isinstance(draft, UpsertDraft)
    assert draft.kind is kind and draft.recipient_email == email


def test_people_without_an_address_get_no_draft_and_a_notice() -> None:
    iv = make_interview(people=(make_person(KIM), make_person("", "Pat Quinn")))
    p = run([iv])
    assert [d.recipient_email for d in drafts(p.actions)] == [KIM]
    assert any("Pat Quinn" in n and "no email address" in n for n in p.notices)
    note = by_key(p)["iv1/assess"]
    assert isinstance(note, WriteNote)
    assert "iv1/linkedin/name:pat quinn" in note.covers  # LinkedIn needs no address


def test_the_user_is_never_thanked_and_duplicates_get_one_draft() -> None:
    iv = make_interview(people=(make_person(KIM), make_person(KIM.upper(), "Kim again"),
                                make_person("alex@gmail.com", "Alex Doe")))
    assert [d.recipient_email for d in drafts(run([iv]).actions)] == [KIM]


@pytest.mark.parametrize(("end", "expected"), [
    (END, datetime(2026, 6, 10, 18, 0, tzinfo=UTC)),  # ends 15:00 → that evening at 18:00
    (datetime(2026, 6, 10, 18, 30, tzinfo=UTC), datetime(2026, 6, 10, 19, 30, tzinfo=UTC)),
    (datetime(2026, 6, 10, 18, 0, tzinfo=UTC), datetime(2026, 6, 10, 19, 0, tzinfo=UTC)),
])
def test_send_thanks_reminder_is_that_evening_or_an_hour_after_a_late_end(
        end: datetime, expected: datetime) -> None:
    p = run([make_interview(start=end - timedelta(hours=1), end=end)], now=end)
    assert reminder(p, ReminderKind.SEND_THANKS).at == expected
    assert reminder(p, ReminderKind.ASSESS).at == end


def test_evening_is_in_the_users_own_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    p = run([make_interview()], settings=make_settings(timezone="Europe/Berlin"))
    assert reminder(p, ReminderKind.SEND_THANKS).at == datetime(2026, 6, 10, 18, tzinfo=berlin)


def test_all_day_interview_is_over_on_the_evening_of_its_day() -> None:
    day_start = datetime(2026, 6, 10, tzinfo=UTC)
    iv = make_interview(all_day=True, start=day_start, end=day_start + timedelta(days=1))
    evening = datetime(2026, 6, 10, 18, tzinfo=UTC)
    assert run([iv], now=evening - timedelta(minutes=1)).next_due == evening
    assert reminder(run([iv], now=evening), ReminderKind.ASSESS).at == evening


# --------------------------------------------------------------------------- the check-in


@pytest.mark.parametrize(("description", "note_text", "checkin_day", "has_timeline"), [
    ("", None, date(2026, 6, 22), False),  # default: 7 business days (19 Jun), then the next
    ("We will get back to you by Friday.", None, date(2026, 6, 15), True),
    ("We will get back to you by Friday.", "You will hear from us within two weeks",
     date(2026, 6, 25), True),  # the user's note beats the invite
    ("We will get back to you by Friday.", "no idea", date(2026, 6, 15), True),  # unreadable
])
def test_checkin_follows_the_employers_date(description: str, note_text: str | None,
                                            checkin_day: date, has_timeline: bool) -> None:
    notes = {"iv1": UserNotes(interview_key="iv1", timeline_text=note_text)} if note_text else {}
    p = run([make_interview(description=description)], notes=notes)
    checkin = reminder(p, ReminderKind.CHECKIN)
    assert checkin.on == checkin_day
    assert (checkin.timeline is not None) is has_timeline
    assert p.next_due == datetime.combine(checkin_day, datetime.min.time(), tzinfo=UTC).replace(
        hour=9)


def test_holidays_of_the_configured_country_are_skipped() -> None:
    # Friday 25 Dec 2026 is Christmas: "by Thursday" (24 Dec) → check in Monday 28 Dec.
    end = datetime(2026, 12, 21, 15, tzinfo=UTC)
    iv = make_interview(start=end - timedelta(hours=1), end=end,
                        description="We'll get back to you by Thursday.")
    p = run([iv], now=end, settings=make_settings(holiday_country="GB"))
    assert reminder(p, ReminderKind.CHECKIN).on == date(2026, 12, 29)  # 28th is Boxing Day (sub)


@pytest.mark.parametrize(("people", "contact"), [
    (None, JO),  # the recruiter/support person
    ((make_person(KIM), make_person(SAM, "Sam", hiring_manager=True)), SAM),
    ((make_person(KIM), make_person("zed@acme.example", "Zed")), KIM),
    ((make_person("", "Pat"), make_person("zed@acme.example", "Zed")), "zed@acme.example"),
])
def test_checkin_draft_goes_to_the_main_contact_on_the_day(people: tuple | None,
                                                           contact: str) -> None:
    iv = make_interview(**({"people": people} if people else {}))
    day = datetime(2026, 6, 22, 9, tzinfo=UTC)
    before = apply_all(run([iv]).actions)
    assert run([iv], now=day - timedelta(seconds=1), ledger=before).actions == ()
    p = run([iv], now=day, ledger=before)
    assert [(a.key, a.recipient_email, a.kind) for a in drafts(p.actions)] == [
        ("iv1/checkin", contact, DraftKind.CHECKIN)]


def test_no_checkin_draft_without_anyone_to_write_to() -> None:
    iv = make_interview(people=(make_person("", "Pat"),))
    p = run([iv])
    later = run([iv], now=datetime(2026, 6, 22, 9, tzinfo=UTC), ledger=apply_all(p.actions))
    assert later.actions == () and later.next_due is None
    assert any("no check-in draft" in n for n in p.notices)


def test_a_later_round_with_the_same_company_retracts_the_checkin() -> None:
    first = make_interview()
    ledger = apply_all(run([first]).actions)
    second = make_interview(key="iv2", event_id="e2", stage="onsite",
                            start=START + timedelta(days=5), end=END + timedelta(days=5))
    p = run([first, second], now=END + timedelta(days=1), ledger=ledger)
    assert {type(a).__name__: a.key for a in p.actions} == {
        "CancelReminder": "iv1/reminder/checkin", "MarkDone": "iv1/checkin"}
    assert run([first, second], now=END + timedelta(days=1),
               ledger=apply_all(p.actions, ledger)).actions == ()


# --------------------------------------------------------------------------- the ledger


@pytest.mark.parametrize(("status", "same_hash", "emitted"), [
    (LedgerStatus.DONE, True, False),
    (LedgerStatus.DONE, False, True),
    (LedgerStatus.PENDING, True, True),  # the engine resolves it by finding its own draft
    (LedgerStatus.PENDING, False, True),
    (LedgerStatus.FAILED, True, True),
    (LedgerStatus.FAILED, False, True),
    (LedgerStatus.EDITED, False, False),  # the user's words win
    (LedgerStatus.VANISHED, False, False),  # a sent draft is never recreated
    (LedgerStatus.CANCELLED, False, False),
])
def test_decision_table_for_a_draft(status: LedgerStatus, same_hash: bool, emitted: bool) -> None:
    key = f"iv1/thank/{KIM}"
    action = by_key(run([make_interview()]))[key]
    assert isinstance(action, UpsertDraft)
    entry = LedgerEntry(key=key, content_hash=action.content_hash if same_hash else "old",
                        status=status)
    assert (key in keys(run([make_interview()], ledger={key: entry}))) is emitted


@pytest.mark.parametrize(("status", "emitted"), [
    (LedgerStatus.DONE, False), (LedgerStatus.EDITED, False), (LedgerStatus.PENDING, True),
    (LedgerStatus.FAILED, True), (LedgerStatus.VANISHED, False),
])
def test_the_note_is_written_once(status: LedgerStatus, emitted: bool) -> None:
    entry = LedgerEntry(key="iv1/assess", content_hash="other", status=status)
    assert ("iv1/assess" in keys(run([make_interview()], ledger={"iv1/assess": entry}))) is emitted


def test_new_notes_update_the_persons_draft_only() -> None:
    ledger = apply_all(run([make_interview()]).actions)
    notes = {"iv1": UserNotes(interview_key="iv1", people=(
        __import__("interview_sync.core.model", fromlist=["PersonNotes"]).PersonNotes(
            email=KIM, topic="the Kafka migration"),))}
    p = run([make_interview()], now=END + timedelta(hours=2), ledger=ledger, notes=notes)
    assert keys(p) == [f"iv1/thank/{KIM}"]
    draft = p.actions[0]
    assert isinstance(draft, UpsertDraft) and draft.notes is notes["iv1"]


def test_an_interviewer_added_after_the_note_gets_an_appended_linkedin_section() -> None:
    ledger = apply_all(run([make_interview()]).actions)
    newcomer = make_person("lee@acme.example", "Lee Wu")
    iv = make_interview(people=(*make_interview().people, newcomer))
    p = run([iv], now=END + timedelta(hours=1), ledger=ledger)
    appended = [a for a in p.actions if isinstance(a, AppendNote)]
    assert [(a.key, a.person) for a in appended] == [("iv1/linkedin/lee@acme.example", newcomer)]
    assert "iv1/thank/lee@acme.example" in keys(p)
    assert run([iv], now=END + timedelta(hours=1), ledger=apply_all(p.actions, ledger)).actions == ()


# --------------------------------------------------------------------------- references


def test_references_are_briefed_once_per_company_and_again_for_the_final_round() -> None:
    refs = (make_reference(), make_reference("Max Roe", "max@else.example"))
    settings = make_settings(references=refs)
    day = timedelta(days=2)
    screen = make_interview()
    tech = make_interview(key="iv2", event_id="e2", stage="technical", company="ACME ",
                          start=START + day, end=END + day)
    final = make_interview(key="iv3", event_id="e3", stage="Final round", start=START + 2 * day,
                           end=END + 2 * day)
    other = make_interview(key="iv4", event_id="e4", company="Globex", start=START + day,
                           end=END + day)
    ledger: dict[str, LedgerEntry] = {}
    briefed: list[str] = []
    for now in (END, END + day, END + 2 * day):
        p = run([screen, tech, final, other], now=now, ledger=ledger, settings=settings)
        briefed += [a.key for a in drafts(p.actions) if a.kind is DraftKind.REFERENCE_BRIEF]
        ledger = apply_all(p.actions, ledger)
    assert sorted(briefed) == sorted([
        "iv1/references/riley@old.example", "iv1/references/max@else.example",
        "iv4/references/riley@old.example", "iv4/references/max@else.example",
        "iv3/references/riley@old.example", "iv3/references/max@else.example"])
    assert "iv1/reminder/brief_references" in ledger
    assert "iv2/reminder/brief_references" not in ledger


# --------------------------------------------------------------------------- reschedules and cancellations


def test_a_reschedule_moves_written_reminders_at_once_and_refreshes_drafts_at_the_new_end() -> None:
    ledger = apply_all(run([make_interview()]).actions)
    week = timedelta(days=7)
    moved = make_interview(start=START + week, end=END + week)
    p = run([moved], now=END + timedelta(hours=1), ledger=ledger)
    assert all(isinstance(a, WriteReminder) for a in p.actions) and p.actions
    assert all(a.due == END + timedelta(hours=1) for a in p.actions)
    assert reminder(p, ReminderKind.ASSESS).at == END + week
    assert p.next_due == END + week
    ledger = apply_all(p.actions, ledger)
    at_end = run([moved], now=END + week, ledger=ledger)
    assert sorted(keys(at_end)) == sorted(f"iv1/thank/{e}" for e in (KIM, SAM, JO))


def test_cancelled_before_the_end_does_nothing_at_all() -> None:
    p = run([make_interview(cancelled=True)], now=END - timedelta(minutes=5))
    assert p.actions == () and p.next_due is None
    assert run([make_interview(cancelled=True)], now=END + timedelta(days=1)).actions == ()


def test_cancelled_after_drafts_cancels_reminders_and_leaves_drafts() -> None:
    ledger = apply_all(run([make_interview()]).actions)
    ledger = with_status(ledger, f"iv1/thank/{KIM}", LedgerStatus.PENDING)
    p = run([make_interview(cancelled=True)], now=END + timedelta(hours=1), ledger=ledger)
    cancelled = sorted(a.kind for a in p.actions if isinstance(a, CancelReminder))
    assert cancelled == sorted([ReminderKind.ASSESS, ReminderKind.SEND_THANKS,
                                ReminderKind.CHECKIN])
    assert [(a.key, a.status) for a in p.actions if isinstance(a, MarkDone)] == [
        (f"iv1/thank/{KIM}", LedgerStatus.CANCELLED)]
    assert not drafts(p.actions)
    assert any("review them in Gmail" in n for n in p.notices)


# --------------------------------------------------------------------------- replies


def _reply(sender: str, at: datetime, labels: frozenset[str] = frozenset({"INBOX"})
           ) -> InboundMessage:
    return InboundMessage(message_id=f"m-{sender}-{at.isoformat()}", sender=sender, received=at,
                          labels=labels)


@pytest.mark.parametrize(("message", "detection", "retracted"), [
    (_reply("offers@acme.example", END + timedelta(days=1)), True, True),
    (_reply("offers@acme.example", END + timedelta(days=1)), False, False),  # opt-in
    (_reply("offers@acme.example", END - timedelta(minutes=1)), True, False),  # before the end
    (_reply("someone@gmail.com", END + timedelta(days=1)), True, False),
    (_reply("offers@acme.example", END + timedelta(days=1), frozenset({"SENT"})), True, False),
])
def test_heard_back_retracts_the_checkin(message: InboundMessage, detection: bool,
                                         retracted: bool) -> None:
    settings = make_settings(reply_detection=detection)
    ledger = apply_all(run([make_interview()], settings=settings).actions)
    now = END + timedelta(days=2)
    p = run([make_interview()], now=now, ledger=ledger, settings=settings, inbox=[message])
    expected = [("CancelReminder", "iv1/reminder/checkin"), ("MarkDone", "iv1/checkin")]
    assert sorted((type(a).__name__, a.key) for a in p.actions) == (expected if retracted else [])
    if retracted:
        later = run([make_interview()], now=datetime(2026, 6, 22, 9, tzinfo=UTC),
                    ledger=apply_all(p.actions, ledger), settings=settings, inbox=())
        assert later.actions == ()  # settled for good, even when the mail is no longer listed


def test_heard_back_before_the_reminder_was_written_settles_both() -> None:
    settings = make_settings(reply_detection=True)
    p = run([make_interview()], now=END + timedelta(hours=2), settings=settings,
            inbox=[_reply(KIM, END + timedelta(hours=1))])
    assert [(type(a).__name__, a.key) for a in p.actions if "checkin" in a.key] == [
        ("MarkDone", "iv1/checkin"), ("MarkDone", "iv1/reminder/checkin")]


def test_all_thanks_sent_before_the_evening_withdraws_that_reminder() -> None:
    ledger = apply_all(run([make_interview()]).actions)
    for email in (KIM, SAM, JO):
        ledger = with_status(ledger, f"iv1/thank/{email}", LedgerStatus.VANISHED)
    p = run([make_interview()], now=END + timedelta(hours=1), ledger=ledger)
    assert [(type(a).__name__, a.key) for a in p.actions] == [
        ("CancelReminder", "iv1/reminder/send_thanks")]


# --------------------------------------------------------------------------- backfill and first sight


@pytest.mark.parametrize(("ago", "acted"), [
    (timedelta(days=3), True), (timedelta(days=6, hours=23), True), (timedelta(days=8), False)])
def test_backfill_limits_a_first_run(ago: timedelta, acted: bool) -> None:
    assert bool(run([make_interview()], now=END + ago).actions) is acted


def test_a_known_old_interview_still_gets_its_checkin_but_no_late_thank_yous() -> None:
    ledger = apply_all(run([make_interview()]).actions)
    iv = make_interview(people=(*make_interview().people, make_person("new@acme.example", "N", role="support")))
    p = run([iv], now=datetime(2026, 6, 22, 9, tzinfo=UTC), ledger=ledger)
    assert keys(p) == ["iv1/checkin"]


def test_an_interview_first_seen_after_it_ended_is_dated_from_first_sight() -> None:
    seen = END + timedelta(days=2, hours=5)  # Friday 20:00, after the evening hour
    p = run([make_interview()], now=seen, first_seen={"iv1": seen})
    assert reminder(p, ReminderKind.ASSESS).at == seen
    assert reminder(p, ReminderKind.SEND_THANKS).at == seen + timedelta(hours=1)
    assert reminder(p, ReminderKind.CHECKIN).on == date(2026, 6, 22)  # still from the end
    assert all(a.due == seen for a in p.actions)


def test_a_first_run_ignores_old_interviews_even_if_first_seen_now() -> None:
    now = END + timedelta(days=30)
    assert run([make_interview()], now=now, first_seen={"iv1": now}).actions == ()


# --------------------------------------------------------------------------- notes carried forward


def test_wishes_carry_forward_from_earlier_interviews_with_the_same_company() -> None:
    day = timedelta(days=1)
    first = make_interview()
    second = make_interview(key="iv2", event_id="e2", start=START + day, end=END + day)
    third = make_interview(key="iv3", event_id="e3", start=START + 2 * day, end=END + 2 * day)
    elsewhere = make_interview(key="x", event_id="x", company="Globex")
    notes = {
        "iv1": UserNotes(interview_key="iv1", wish_i_had_said=("mention Airflow", "ask about on-call")),
        "iv2": UserNotes(interview_key="iv2", wish_i_had_said=("ask about on-call", "team size")),
        "x": UserNotes(interview_key="x", wish_i_had_said=("unrelated",)),
    }
    p = run([third, elsewhere, second, first], now=END + 2 * day, notes=notes)
    note = by_key(p)["iv3/assess"]
    assert isinstance(note, WriteNote)
    assert note.notes_from_earlier == ("mention Airflow", "ask about on-call", "team size")


def test_effective_timeline_prefers_the_users_note() -> None:
    iv = make_interview(description="We'll get back to you by Friday.")
    user = UserNotes(interview_key="iv1", timeline_text="You will hear from us within two weeks")
    timeline = effective_timeline(iv, user, make_settings())
    assert timeline is not None and timeline.respond_by == date(2026, 6, 24)
    fallback = effective_timeline(iv, None, make_settings())
    assert fallback is not None and fallback.respond_by == date(2026, 6, 12)
    assert effective_timeline(make_interview(), None, make_settings()) is None


# --------------------------------------------------------------------------- safety valve and duplicates


def test_safety_valve_stops_a_flood_of_drafts_unless_forced() -> None:
    # 15 plausible interviews of 14 people each: no single one is a crowd, together a flood.
    flood = [make_interview(key=f"iv{n}", event_id=f"e{n}", people=tuple(
        make_person(f"p{n}x{i}@acme.example", f"P {n} {i}") for i in range(14)))
        for n in range(15)]
    with pytest.raises(UnsafePlan) as caught:
        run(flood)
    assert "--force" in caught.value.remedy
    assert len(drafts(run(flood, force=True).actions)) == 15 * 14


def test_duplicate_interview_keys_keep_the_latest_copy_whatever_the_order() -> None:
    old = make_interview(updated="2026-06-01T00:00:00Z", role="Old role")
    new = make_interview(updated="2026-06-02T00:00:00Z", role="New role")
    assert run([old, new]) == run([new, old])
    note = by_key(run([old, new]))["iv1/assess"]
    assert isinstance(note, WriteNote) and note.interview.role == "New role"


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        run([make_interview()], now=END.replace(tzinfo=None))


def test_unknown_time_zone_names_fall_back_to_utc() -> None:
    p = run([make_interview(timezone="Mars/Olympus")],
            settings=make_settings(timezone="Nowhere/Else"))
    assert reminder(p, ReminderKind.SEND_THANKS).at == datetime(2026, 6, 10, 18, tzinfo=UTC)


def test_replace_keeps_actions_comparable() -> None:  # guards the property tests' equality
    a = run([make_interview()]).actions[0]
    assert dataclasses.replace(a) == a


def test_all_day_dates_are_the_events_own_and_the_evening_the_users() -> None:
    day_start = datetime(2026, 6, 10, tzinfo=UTC)  # how detect stores an all-day date
    iv = make_interview(all_day=True, start=day_start, end=day_start + timedelta(days=1))
    p = run([iv], now=datetime(2026, 6, 10, 16, 0, tzinfo=UTC),
            settings=make_settings(timezone="Europe/Berlin"))
    assert reminder(p, ReminderKind.ASSESS).at == datetime(2026, 6, 10, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize(("hours_later", "rewritten"), [(1, True), (4, False)])
def test_a_reminder_is_only_rewritten_while_its_moment_is_ahead(hours_later: int,
                                                                rewritten: bool) -> None:
    ledger = apply_all(run([make_interview()]).actions)  # send-thanks at 18:00, three hours on
    renamed = make_interview(people=(make_person(KIM, "Kimberly Lee"),
                                     *make_interview().people[1:]))
    p = run([renamed], now=END + timedelta(hours=hours_later), ledger=ledger)
    assert ("iv1/reminder/send_thanks" in keys(p)) is rewritten
    assert f"iv1/thank/{KIM}" in keys(p)


def test_a_bare_duration_in_the_users_timeline_note_counts() -> None:
    """The user's "Next steps and timeline" answer is about the response by definition."""
    from datetime import date as _date

    from interview_sync.core.model import PlanSettings, UserNotes
    from interview_sync.core.plan.planner import effective_timeline

    interview = make_interview(description="")
    settings = PlanSettings(user_name="Pat Lee", user_email="pat@example.com")
    notes = UserNotes(interview_key=interview.key, timeline_text="2 weeks")
    found = effective_timeline(interview, notes, settings)
    assert found is not None
    end_day = interview.end.date()
    assert found.respond_by == end_day + (_date(2026, 1, 15) - _date(2026, 1, 1))


def test_a_crowd_event_holds_only_its_own_thank_yous() -> None:
    """Invariant 6: an event with a thousand guests must not stop the other interviews."""
    from interview_sync.core.model import UpsertDraft
    from interview_sync.core.plan.planner import MAX_PEOPLE_PER_INTERVIEW

    crowd = make_interview(key="crowd", event_id="c", company="Initech", people=tuple(
        make_person(email=f"guest{i}@initech.example", name=f"Guest {i}") for i in range(1000)))
    normal = make_interview(key="normal", event_id="n")
    now = END + timedelta(hours=1)
    result = plan([crowd, normal], notes={}, ledger={}, now=now, settings=make_settings())
    drafts = [a for a in result.actions if isinstance(a, UpsertDraft)]
    assert drafts and all(a.interview.key == "normal" for a in drafts)
    assert any("Initech" in n and str(MAX_PEOPLE_PER_INTERVIEW) in n for n in result.notices)
    assert any(a.interview.key == "crowd" for a in result.actions), "its note still comes"
    forced = plan([crowd, normal], notes={}, ledger={}, now=now, settings=make_settings(),
                  force=True, max_new_drafts=5000)
    assert sum(1 for a in forced.actions if isinstance(a, UpsertDraft)
               and a.interview.key == "crowd") == 1000
