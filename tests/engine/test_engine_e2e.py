"""The engine end to end: the real CLI, the real Google client stack, the emulator on loopback.

Each test is one of the issue's promises (exactly once, the user's words win, never send,
cancellations, resync, dry run, single instance, token death) or a peers.md §d failure mode.
"""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from engine_world import ME, READ_SCOPE, SCOPES, START, WorldFactory, make_interview_event

from interview_sync.local.instance_lock import instance_lock
from interview_sync.local.state import DB_NAME, StateStore

AFTER = (START + timedelta(hours=2)).isoformat()


def _recipients(drafts: list[dict[str, object]]) -> list[str]:
    return sorted(str(d["to"]) for d in drafts)


def test_one_draft_per_person_each_to_that_person_and_a_rerun_creates_nothing(
        world: WorldFactory) -> None:
    w = world([make_interview_event()], references=True)
    first = w.sync(AFTER)
    assert first.exit_code == 0, first.output
    drafts = w.drafts()
    tos = _recipients(drafts)
    assert tos == sorted(["Kim Ng <kim@northwind.com>", "Raj Iyer <raj@northwind.com>",
                          "Morgan Reyes <morgan@example.org>"])
    for draft in drafts:
        message = BytesParser(policy=policy.default).parsebytes(str(draft["raw"]).encode())
        assert len(message.get_all("To") or []) == 1
        assert message["Cc"] is None and message["Bcc"] is None
        first_name = str(draft["to"]).split()[0]
        assert f"Hi {first_name}," in str(draft["body"]), "greeted by their own first name"
    notes = w.files_under("notes")
    reminders = w.files_under("reminders")
    assert len(notes) == 1 and reminders
    before = {p: p.read_bytes() for p in notes + reminders}
    again = w.sync((START + timedelta(hours=3)).isoformat())
    assert again.exit_code == 0, again.output
    assert _recipients(w.drafts()) == tos
    assert {p: p.read_bytes() for p in w.files_under("notes") + w.files_under("reminders")} \
        == before
    assert w.emu.sent == []


def test_nothing_is_due_before_the_interview_ends(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    result = w.sync((START + timedelta(minutes=30)).isoformat())
    assert result.exit_code == 0, result.output
    assert w.drafts() == [] and w.files_under("notes") == []
    (row,) = json.loads(w.cli("status", "--json").output)["interviews"]
    if datetime.fromisoformat(row["end"]) > datetime.now(UTC):  # status reads the real clock
        assert {s["state"] for s in row["steps"].values()} == {"waiting for the interview to end"}
    else:
        assert row["steps"]["3 thank-you drafts"]["state"] == "not yet"


def test_a_draft_the_user_edited_is_never_overwritten(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    assert w.sync(AFTER).exit_code == 0
    kim = next(d for d in w.drafts() if "kim@" in str(d["to"]))
    w.emu.edit_draft_as_user(str(kim["id"]), body="Hi Kim, my own words.\n")
    # New notes would change Kim's draft; the edit must win.
    note = w.files_under("notes")[0]
    note.write_text(note.read_text(encoding="utf-8").replace(
        "- Topic: _(", "- Topic: the streaming pipeline _(", 1), encoding="utf-8")
    assert w.sync((START + timedelta(hours=3)).isoformat()).exit_code == 0
    kim_now = next(d for d in w.drafts() if d["id"] == kim["id"])
    assert "my own words" in str(kim_now["body"])
    assert "streaming pipeline" not in str(kim_now["body"])
    assert len(w.drafts()) == 2


def test_notes_personalise_drafts_the_user_has_not_touched(world: WorldFactory) -> None:
    w = world([make_interview_event(people=[("kim@northwind.com", "Kim Ng")])])
    assert w.sync(AFTER).exit_code == 0
    (draft,) = w.drafts()
    note = w.files_under("notes")[0]
    text = note.read_text(encoding="utf-8")
    text = text.replace("- Topic: _(", "- Topic: the streaming pipeline _(", 1)
    text = text.replace("- Concern: _(", "- Concern: my limited dbt experience _(", 1)
    note.write_text(text, encoding="utf-8")
    assert w.sync((START + timedelta(hours=3)).isoformat()).exit_code == 0
    (updated,) = w.drafts()
    assert updated["id"] == draft["id"], "the same draft is updated, not a second one made"
    assert "streaming pipeline" in str(updated["body"])
    assert "dbt" in str(updated["body"])


def test_a_sent_draft_is_never_recreated(world: WorldFactory) -> None:
    w = world([make_interview_event(people=[("kim@northwind.com", "Kim Ng")])])
    assert w.sync(AFTER).exit_code == 0
    (draft,) = w.drafts()
    w.emu.send_draft_as_user(str(draft["id"]))
    note = w.files_under("notes")[0]
    note.write_text(note.read_text(encoding="utf-8").replace(
        "- Topic: _(", "- Topic: the roadmap _(", 1), encoding="utf-8")
    assert w.sync((START + timedelta(hours=3)).isoformat()).exit_code == 0
    assert w.drafts() == []
    assert len(w.emu.sent) == 1 and w.emu.sent[0].get("via", "user") == "user"


def test_cancelled_before_it_ends_produces_nothing(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    assert w.sync((START - timedelta(hours=1)).isoformat()).exit_code == 0
    w.emu.delete_event("event00001")
    assert w.sync(AFTER).exit_code == 0
    assert w.drafts() == [] and w.files_under("notes") == [] and \
        w.files_under("reminders") == []


def test_cancelled_afterwards_deletes_nothing_and_status_says_so(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    assert w.sync(AFTER).exit_code == 0
    drafts = _recipients(w.drafts())
    w.emu.delete_event("event00001")
    assert w.sync((START + timedelta(hours=3)).isoformat()).exit_code == 0
    assert _recipients(w.drafts()) == drafts
    assert w.files_under("notes")
    status = w.cli("status", "--json")
    assert status.exit_code == 0, status.output
    document = json.loads(status.output)
    (row,) = document["interviews"]
    assert row["cancelled"] is True
    assert any("cancelled after drafts" in n for n in document["notices"])


def test_a_rescheduled_interview_acts_at_its_new_end(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    assert w.sync((START - timedelta(hours=1)).isoformat()).exit_code == 0
    later = START + timedelta(hours=4)
    w.emu.patch_event("event00001", {
        "start": {"dateTime": later.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": (later + timedelta(hours=1)).isoformat(),
                "timeZone": "America/Chicago"}})
    assert w.sync(AFTER).exit_code == 0  # after the old end, before the new one
    assert w.drafts() == []
    assert w.sync((later + timedelta(hours=2)).isoformat()).exit_code == 0
    assert len(w.drafts()) == 2


def test_a_410_is_answered_by_one_full_resync_that_duplicates_nothing(
        world: WorldFactory) -> None:
    w = world([make_interview_event()])
    assert w.sync(AFTER).exit_code == 0
    drafts = _recipients(w.drafts())
    idle = w.sync((START + timedelta(hours=2, minutes=30)).isoformat())
    assert "(changes since the last poll)" in idle.output
    w.emu.invalidate_sync_tokens()
    w.emu.clear_requests()
    resync = w.sync((START + timedelta(hours=3)).isoformat())
    assert resync.exit_code == 0 and "(full sync)" in resync.output
    statuses = [r.status for r in w.emu.requests if "/events" in r.path]
    assert statuses.count(410) == 1
    assert _recipients(w.drafts()) == drafts


def test_a_lost_create_response_still_makes_exactly_one_draft(world: WorldFactory) -> None:
    w = world([make_interview_event(people=[("kim@northwind.com", "Kim Ng")])],
              faults="drafts.create:commit_drop:count=1")
    result = w.sync(AFTER)
    # Whether the engine recovered in this cycle or records a failure for the next, the
    # mailbox must never hold two drafts for Kim.
    assert len(w.drafts()) <= 1
    w.emu.set_faults(None)
    assert w.sync((START + timedelta(hours=3)).isoformat()).exit_code == 0, result.output
    assert _recipients(w.drafts()) == ["Kim Ng <kim@northwind.com>"]


def test_dry_run_prints_the_plan_and_changes_nothing(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    result = w.sync(AFTER, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Would do" in result.output and "kim@northwind.com" in result.output
    assert w.drafts() == [] and w.files_under("notes") == []
    assert w.files_under("reminders") == []
    with StateStore.open(w.root / "state" / DB_NAME) as store:
        assert store.ledger() == {} and store.get_sync_token("primary") is None
    # The real run afterwards does exactly what the dry run said.
    assert w.sync(AFTER).exit_code == 0
    assert len(w.drafts()) == 2


def test_a_second_instance_exits_75(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    (w.root / "state").mkdir(mode=0o700)
    with instance_lock(w.root / "state"):
        result = w.runner.invoke(__import__("interview_sync.cli", fromlist=["cli"]).cli,
                                 ["--config", str(w.config), "sync", "--once", "--now", AFTER])
    assert result.exit_code == 75 or (result.exception is not None
                                      and getattr(result.exception, "exit_code", None) == 75)
    assert w.drafts() == []


def test_token_death_keeps_everything_pending_and_resumes_without_doubles(
        world: WorldFactory) -> None:
    from interview_sync.cli import main

    first = make_interview_event("event00001")
    second = make_interview_event("event00002", summary="Contoso - Phone screen",
                                  start=START + timedelta(days=1),
                                  people=[("amy@contoso.com", "Amy Diaz")])
    w = world([first, second])
    assert w.sync(AFTER).exit_code == 0
    assert len(w.drafts()) == 2
    w.emu.revoke()
    with pytest.raises(SystemExit) as stopped:
        main(["--config", str(w.config), "sync", "--once", "--now",
              (START + timedelta(days=1, hours=2)).isoformat()])
    assert stopped.value.code == 78
    assert len(w.drafts()) == 2
    w.new_token()
    assert w.sync((START + timedelta(days=1, hours=2)).isoformat()).exit_code == 0
    assert _recipients(w.drafts()) == sorted([
        "Kim Ng <kim@northwind.com>", "Raj Iyer <raj@northwind.com>",
        "Amy Diaz <amy@contoso.com>"])


def test_a_grant_revoked_under_a_running_daemon_stops_it_at_its_next_call(
        world: WorldFactory) -> None:
    """The daemon holds a live access token; revoking the refresh token kills it too (as at
    Google), so the very next call fails: the loop stops with 78 and the remedy, state kept."""
    import threading

    from interview_sync.config.loader import load_settings
    from interview_sync.engine.daemon import LoopConfig, run_loop
    from interview_sync.engine.wiring import open_engine

    w = world([make_interview_event()])
    refresh = json.loads(w.token.read_text())["refresh_token"]
    clock = [START + timedelta(hours=2)]
    revoked: list[bool] = []

    def sleep(seconds: float) -> None:
        if not revoked:  # between the first and second cycle: new work, then the revocation
            w.emu.insert_event(make_interview_event(
                "event00002", summary="Contoso - Phone screen", start=START + timedelta(hours=1),
                people=[("amy@contoso.com", "Amy Diaz")]))
            revoked.append(w.emu.revoke(refresh))
        clock[0] += timedelta(seconds=seconds)

    with open_engine(load_settings(w.config)) as engine:
        w.emu.clear_requests()
        code = run_loop(engine, config=LoopConfig(poll_seconds=60), stop=threading.Event(),
                        clock=lambda: clock[0], sleep=sleep, max_cycles=3)
        needs_you = engine.store.get_meta("needs_human") or ""
    assert revoked == [True] and code == 78
    assert "interview-sync auth" in needs_you
    # One access token for the first cycle; the second cycle's call with it got Google's 401,
    # and the refresh that followed was refused.
    statuses = [(r.path == "/token", r.status) for r in w.emu.requests]
    assert [s for is_token, s in statuses if is_token] == [200, 400]
    assert statuses[-2:] == [(False, 401), (True, 400)]
    assert _recipients(w.drafts()) == ["Kim Ng <kim@northwind.com>", "Raj Iyer <raj@northwind.com>"]
    w.new_token()
    assert w.sync(START + timedelta(hours=3)).exit_code == 0
    assert _recipients(w.drafts()) == sorted(["Kim Ng <kim@northwind.com>",
                                              "Raj Iyer <raj@northwind.com>",
                                              "Amy Diaz <amy@contoso.com>"])


def test_an_unusable_gmail_profile_address_stops_with_the_fix_and_a_stale_one_is_reasked(
        world: WorldFactory, capsys: pytest.CaptureFixture[str]) -> None:
    """The profile address enters through core.address: a hostile one is refused where it
    enters, with what to do; one remembered from before is checked again, not trusted."""
    from interview_sync.cli import main

    w = world([make_interview_event()])
    text = w.config.read_text()
    w.config.write_text(text.replace(f'email = "{ME}"', 'email = ""', 1))
    w.emu.mailbox.me = f"{ME}\r\nBcc: eve@evil.example"
    with pytest.raises(SystemExit) as stopped:
        main(["--config", str(w.config), "sync", "--once", "--now", AFTER])
    err = capsys.readouterr().err
    assert stopped.value.code in (2, 78), err  # a ConfigError (2 at a terminal)
    assert "not a usable mail address" in err and "[user] email" in err
    assert "\nBcc:" not in err and w.drafts() == []
    # Remembered from an older version without the check: asked again, then drafts go out.
    store = StateStore.open(w.root / "state" / DB_NAME)
    store.set_meta("me", f"{ME}, eve@evil.example")
    store.close()
    w.emu.mailbox.me = ME.upper()
    assert w.sync(AFTER).exit_code == 0
    store = StateStore.open(w.root / "state" / DB_NAME)
    assert store.get_meta("me") == ME
    store.close()
    assert len(w.drafts()) == 2 and all(f"<{ME}>" in d["from"] for d in w.drafts())


def test_an_idle_poll_is_one_request(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    assert w.sync(AFTER).exit_code == 0
    w.emu.clear_requests()
    assert w.sync((START + timedelta(hours=3)).isoformat()).exit_code == 0
    api = [r for r in w.emu.requests if not r.path.startswith("/token")]
    assert [r.path.split("?")[0] for r in api] == ["/calendar/v3/calendars/primary/events"]


def test_reply_detection_cancels_the_check_in(world: WorldFactory) -> None:
    w = world([make_interview_event(people=[("kim@northwind.com", "Kim Ng")])],
              reply_detection=True)
    assert w.sync(AFTER).exit_code == 0
    checkins = [p for p in w.files_under("reminders") if "CANCELLED" not in p.read_text()
                and "Check in" in p.read_text()]
    assert len(checkins) == 1
    w.emu.deliver_message(sender="kim@northwind.com", subject="Next round",
                          body="We'd like to move forward.",
                          date=START + timedelta(days=1))
    own = w.drafts()
    assert w.sync((START + timedelta(days=1, hours=2)).isoformat()).exit_code == 0
    assert "STATUS:CANCELLED" in checkins[0].read_text()
    assert _recipients(w.drafts()) == _recipients(own)


def test_reply_detection_ignores_the_users_own_mail(world: WorldFactory) -> None:
    w = world([make_interview_event(people=[("kim@northwind.com", "Kim Ng")])],
              reply_detection=True)
    assert w.sync(AFTER).exit_code == 0
    (draft,) = w.drafts()
    w.emu.send_draft_as_user(str(draft["id"]))  # the user's own thank-you, to Kim
    assert w.sync((START + timedelta(days=1)).isoformat()).exit_code == 0
    checkin = [p for p in w.files_under("reminders") if "Check in" in p.read_text()]
    assert checkin and "STATUS:CANCELLED" not in checkin[0].read_text()


def test_an_attachment_listed_in_the_note_is_attached_and_a_missing_one_reported(
        world: WorldFactory, tmp_path: Path) -> None:
    w = world([make_interview_event(people=[("kim@northwind.com", "Kim Ng")])])
    assert w.sync(AFTER).exit_code == 0
    material = w.files_under("notes")[0].parent.parent / "material"  # beside the notes
    assert material.is_dir() and stat.S_IMODE(material.stat().st_mode) == 0o700
    (material / "work-sample.pdf").write_bytes(b"%PDF-1.4 sample")
    outside = tmp_path / "secret.pdf"
    outside.write_bytes(b"%PDF-1.4 not to be sent")
    note = w.files_under("notes")[0]
    text = note.read_text(encoding="utf-8")
    text = text.replace("## Material to send\n",
                        f"## Material to send\n\n- work-sample.pdf\n- missing.pdf\n- {outside}\n",
                        1)
    note.write_text(text, encoding="utf-8")
    result = w.sync((START + timedelta(hours=3)).isoformat())
    assert result.exit_code == 0, result.output
    assert "missing.pdf" in result.output
    (draft,) = w.drafts()
    message = BytesParser(policy=policy.default).parsebytes(str(draft["raw"]).encode())
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == ["work-sample.pdf"]
    assert "carries work-sample.pdf (1 kB)" in result.output, result.output
    assert f"refused {outside}: outside your material folder" in result.output
    after = note.read_text(encoding="utf-8")
    assert "## Files in your drafts" in after and "refused: missing.pdf" in after
    status = w.cli("status").output
    assert "kim@northwind.com: carries work-sample.pdf (1 kB); refused missing.pdf" in status


def test_a_malformed_event_is_skipped_and_the_rest_proceed(world: WorldFactory) -> None:
    # Google validates times on insert, so what can reach us broken is the rest: junk attendee
    # entries, a null title, a description that is not text.
    broken = make_interview_event("broken0001", summary="Acme - Interview")
    broken["attendees"] = [42, None, {"email": None}, "x", {"displayName": "No Address"}]
    broken["summary"] = None
    broken["description"] = {"not": "text"}
    w = world([broken, make_interview_event()])
    result = w.sync(AFTER)
    assert result.exit_code == 0, result.output
    assert len(w.drafts()) == 2


def test_status_shows_each_interviews_steps(world: WorldFactory) -> None:
    w = world([make_interview_event()], references=True)
    assert w.sync(AFTER).exit_code == 0
    document = json.loads(w.cli("status", "--json").output)
    (row,) = document["interviews"]
    assert row["company"] == "Northwind"
    steps = row["steps"]
    assert steps["1 assessment note"]["state"] == "done"
    assert steps["3 thank-you drafts"]["state"] == "done"
    assert steps["5 reference briefings"]["state"] == "done"
    assert document["last_success"] and document["needs_you"] == []
    token = document["token"]
    assert token["present"] and token["private"] and token["age_days"] < 1
    assert token["testing_mode_expiry"], "a fresh token carries the Testing-mode warning"
    text = w.cli("status").output
    assert "Northwind" in text and "Last successful poll" in text and "In production" in text
    w.token.chmod(0o644)
    lax = json.loads(w.cli("status", "--json").output)
    assert any("chmod 600" in item for item in lax["needs_you"])


def test_a_corrupt_state_database_is_reported_never_replaced(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    db = w.root / "state" / DB_NAME
    db.parent.mkdir(mode=0o700)
    db.write_bytes(b"this is not a database" * 100)
    result = w.runner.invoke(__import__("interview_sync.cli", fromlist=["cli"]).cli,
                             ["--config", str(w.config), "sync", "--once", "--now", AFTER])
    assert result.exit_code != 0
    assert db.read_bytes() == b"this is not a database" * 100
    assert w.drafts() == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("select * from sqlite_master").fetchall()


def test_scopes_are_least_privilege(world: WorldFactory) -> None:
    w = world([make_interview_event()])
    info = json.loads(w.token.read_text())
    assert sorted(info["scopes"]) == sorted(SCOPES)
    assert READ_SCOPE not in info["scopes"]
    assert w.sync(AFTER).exit_code == 0
    assert not any(r.status == 403 for r in w.emu.requests)
    assert ME == "pat.lee@example.com"


def test_everything_lands_in_the_configured_folders(world: WorldFactory) -> None:
    w = world([make_interview_event(summary="../../etc/passwd - Interview at Northwind")])
    before = {p for p in w.root.rglob("*")}
    assert w.sync(AFTER).exit_code == 0
    made = {p for p in w.root.rglob("*")} - before
    allowed = [w.root / "notes", w.root / "reminders", w.root / "tasks", w.root / "state",
               w.root / "reminders.ics", w.root / "material"]
    for path in made:
        assert any(path == a or a in path.parents for a in allowed), path


def _unused(now: datetime) -> None:  # pragma: no cover - keeps START's type visible to readers
    del now


def test_a_reminder_the_user_changed_is_left_alone(world: WorldFactory) -> None:
    w = world([make_interview_event(people=[("kim@northwind.com", "Kim Ng")])])
    assert w.sync(AFTER).exit_code == 0
    (checkin,) = [p for p in w.files_under("reminders") if "Check in" in p.read_text()]
    mine = checkin.read_bytes().replace(b"END:VEVENT", b"COMMENT:called them\r\nEND:VEVENT")
    checkin.write_bytes(mine)
    # The user's note moves the employer's date, which would move the check-in.
    note = w.files_under("notes")[0]
    note.write_text(note.read_text(encoding="utf-8").replace(
        "## Next steps and timeline\n", "## Next steps and timeline\n\nDecision by June 30\n", 1),
        encoding="utf-8")
    result = w.sync((START + timedelta(hours=3)).isoformat())
    assert result.exit_code == 0, result.output
    assert checkin.read_bytes() == mine
    assert "[edited]" in result.output


def test_a_reminder_we_wrote_moves_with_the_users_timeline(world: WorldFactory) -> None:
    w = world([make_interview_event(people=[("kim@northwind.com", "Kim Ng")])])
    assert w.sync(AFTER).exit_code == 0
    (checkin,) = [p for p in w.files_under("reminders") if "Check in" in p.read_text()]
    before = checkin.read_text()
    note = w.files_under("notes")[0]
    note.write_text(note.read_text(encoding="utf-8").replace(
        "## Next steps and timeline\n", "## Next steps and timeline\n\nDecision by June 30\n", 1),
        encoding="utf-8")
    assert w.sync((START + timedelta(hours=3)).isoformat()).exit_code == 0
    after = checkin.read_text()
    assert after != before
    assert "DTSTART;TZID=America/Chicago:20260701T090000" in after  # the business day after June 30, at checkin_hour
    assert "SEQUENCE:1" in after
