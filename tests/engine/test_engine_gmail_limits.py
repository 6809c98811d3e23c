"""The engine against Gmail's real limits: big drafts, drafts Gmail refuses, throttling lockouts,
and exactly-once when search lags and the Message-ID is rewritten (docs/emulator.md)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from engine_world import START, World, WorldFactory, make_interview_event

from interview_sync.local.state import DB_NAME, StateStore

AFTER = (START + timedelta(hours=2)).isoformat()
LATER = (START + timedelta(hours=3)).isoformat()
TWO = [("kim@northwind.com", "Kim Ng"), ("raj@northwind.com", "Raj Iyer")]


def material(w: World) -> Path:
    """The default material folder (beside the notes): the only place attachments come from."""
    return w.files_under("notes")[0].parent.parent / "material"


def attach(w: World, *files: Path) -> None:
    """List ``files`` (in the material folder) under the note's "Material to send"."""
    note = w.files_under("notes")[0]
    lines = "".join(f"- {f.name}\n" for f in files)
    text = note.read_text(encoding="utf-8").replace("## Material to send\n",
                                                    f"## Material to send\n\n{lines}", 1)
    note.write_text(text, encoding="utf-8")


def sized(path: Path, megabytes: int) -> Path:
    with open(path, "wb") as handle:
        handle.write(os.urandom(megabytes * 2**20))  # incompressible, like a real PDF
    return path


def gmail_calls(w: World) -> list[str]:
    return [str(r.method_id) for r in w.emu.requests
            if r.method_id and r.method_id.startswith("gmail.")]


def test_a_20_mb_work_sample_is_drafted(world: WorldFactory, tmp_path: Path) -> None:
    w = world([make_interview_event(people=TWO[:1])])
    assert w.sync(AFTER).exit_code == 0  # the draft and the note
    sample = sized(material(w) / "work-sample.pdf", 20)
    attach(w, sample)
    result = w.sync(LATER)  # the draft is updated with the attachment the note now lists
    assert result.exit_code == 0, result.output
    (draft,) = w.drafts()
    message = BytesParser(policy=policy.default).parsebytes(str(draft["raw"]).encode())
    (part,) = list(message.iter_attachments())
    assert part.get_filename() == "work-sample.pdf"
    assert part.get_content() == sample.read_bytes()
    uploads = [r for r in w.emu.requests if r.path.startswith("/upload/")]
    assert [r.query.get("uploadType") for r in uploads][-1] == ["resumable"]


CONTOSO = make_interview_event("event00002", summary="Contoso - Phone screen",
                               start=START + timedelta(days=1),
                               people=[("amy@contoso.com", "Amy Diaz")])
NEXT_DAY = (START + timedelta(days=1, hours=2)).isoformat()


def test_an_attachment_set_over_the_cap_is_refused_clearly_and_the_rest_are_made(
        world: WorldFactory, tmp_path: Path) -> None:
    w = world([make_interview_event(people=TWO[:1]), CONTOSO])
    assert w.sync(AFTER).exit_code == 0
    (kim,) = w.drafts()
    attach(w, sized(material(w) / "a.pdf", 14), sized(material(w) / "b.pdf", 14))
    result = w.sync(NEXT_DAY)
    assert result.exit_code == 1
    assert "over the 25 MB Gmail takes in one message" in result.output
    assert "to kim@northwind.com for Northwind (2026-06-10)" in result.output
    assert "List fewer" in result.output
    assert sorted(str(d["to"]) for d in w.drafts()) == [
        "Amy Diaz <amy@contoso.com>", "Kim Ng <kim@northwind.com>"]  # the rest went on
    w.emu.clear_requests()
    again = w.sync((START + timedelta(days=1, hours=3)).isoformat())
    assert again.exit_code == 1 and "over the 25 MB" in again.output
    assert gmail_calls(w) == []  # nothing retried against Gmail
    status = w.cli("status")
    assert "Needs you: the thank-you draft to kim@northwind.com for Northwind" in status.output
    (material(w) / "b.pdf").write_bytes(b"%PDF-1.4 small")  # the user trims the set
    assert w.sync((START + timedelta(days=1, hours=4)).isoformat()).exit_code == 0
    message = BytesParser(policy=policy.default).parsebytes(
        str(next(d for d in w.drafts() if d["id"] == kim["id"])["raw"]).encode())
    assert [p.get_filename() for p in message.iter_attachments()] == ["a.pdf", "b.pdf"]
    assert "Needs you: the thank-you" not in w.cli("status").output


@pytest.mark.parametrize(("kind", "said"), [("413", "answered 413"),
                                             ("400", "400 badRequest: Invalid attachment")])
def test_a_draft_gmail_will_not_take_is_reported_once_and_not_retried(
        world: WorldFactory, kind: str, said: str) -> None:
    w = world([make_interview_event(people=TWO)], faults=f"drafts.create:{kind}:count=1")
    result = w.sync(AFTER)
    assert result.exit_code == 1
    assert said in result.output and "Gmail will not take this draft" in result.output
    assert len(w.drafts()) == 1  # the other person's draft was still made
    w.emu.clear_requests()
    assert w.sync(LATER).exit_code == 1
    assert "gmail.users.drafts.create" not in gmail_calls(w)
    assert "Needs you: the thank-you draft to kim@northwind.com" in w.cli("status").output


def _now_world(world: WorldFactory, faults: str) -> tuple[World, datetime]:
    """Interviews that ended an hour ago, real time: a lockout's end is Google's wall clock."""
    now = datetime.now(UTC).replace(microsecond=0)
    events = [make_interview_event("event00001", start=now - timedelta(hours=2), people=TWO),
              make_interview_event("event00002", summary="Contoso - Phone screen",
                                   start=now - timedelta(hours=3),
                                   people=[("amy@contoso.com", "Amy Diaz")])]
    return world(events, faults=faults), now


def test_a_lockout_is_remembered_and_no_call_reaches_gmail_before_it_ends(
        world: WorldFactory) -> None:
    w, now = _now_world(world, "drafts.*:lockout:seconds=600:count=1")
    result = w.sync(now.isoformat())
    assert result.exit_code == 0, result.output
    calls = gmail_calls(w)
    assert len(calls) == 1  # the one call that met the lockout, no more
    assert "[waiting]" in result.output and "asked to wait until" in result.output
    assert w.drafts() == [] and len(w.files_under("notes")) == 2  # other work continues
    status = w.cli("status").output
    assert "Notice: Gmail asked to wait until" in status
    w.emu.clear_requests()
    assert w.sync((now + timedelta(minutes=5)).isoformat()).exit_code == 0
    assert gmail_calls(w) == []  # 0 calls during the lockout
    w.emu.set_faults(None)
    assert w.sync((now + timedelta(minutes=11)).isoformat()).exit_code == 0
    assert sorted(str(d["to"]) for d in w.drafts()) == [
        "Amy Diaz <amy@contoso.com>", "Kim Ng <kim@northwind.com>", "Raj Iyer <raj@northwind.com>"]


def test_a_lockout_longer_than_a_day_says_what_to_do_and_is_checked_daily(
        world: WorldFactory) -> None:
    w, now = _now_world(world, "drafts.*:lockout:seconds=259200:code=403:count=1")
    result = w.sync(now.isoformat())
    assert "more than a day away" in result.output and "Quotas" in result.output
    with StateStore.open(w.root / "state" / DB_NAME) as store:
        hold = store.holds()["gmail"]
    assert hold.until is not None and hold.until <= now + timedelta(days=1, minutes=1)
    w.emu.clear_requests()
    assert w.sync((now + timedelta(hours=23)).isoformat()).exit_code == 0
    assert gmail_calls(w) == []


def test_exactly_once_with_search_lag_rewritten_ids_and_lost_answers(
        world: WorldFactory) -> None:
    w = world([make_interview_event(people=TWO)],
              faults="drafts.create:commit_drop:count=2")
    w.emu.set_search_lag(5)
    w.emu.set_rewrite_message_id(True)
    w.sync(AFTER)
    w.emu.set_faults("drafts.create:commit_drop")  # every answer lost from now on
    for hours in (3, 4):
        w.sync((START + timedelta(hours=hours)).isoformat())
    assert sorted(str(d["to"]) for d in w.drafts()) == [
        "Kim Ng <kim@northwind.com>", "Raj Iyer <raj@northwind.com>"]
    assert not [r for r in w.emu.requests if "rfc822msgid" in str(r.query.get("q"))]


def test_reply_detection_waits_out_a_lockout_too(world: WorldFactory) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    w = world([make_interview_event(start=now - timedelta(hours=2), people=TWO[:1])],
              reply_detection=True, faults="messages.list:lockout:seconds=600:count=1")
    first = w.sync(now.isoformat())
    assert first.exit_code == 0, first.output  # the cycle goes on: notes and reminders
    assert w.files_under("notes") and w.files_under("reminders")
    assert w.drafts() == [] and "[waiting]" in first.output  # one user, one Gmail lockout
    w.emu.clear_requests()
    assert w.sync((now + timedelta(minutes=2)).isoformat()).exit_code == 0
    assert gmail_calls(w) == []


def test_a_state_database_started_afresh_finds_the_drafts_already_made(
        world: WorldFactory) -> None:
    """The database is moved aside (README troubleshooting): the drafts in Gmail are found by
    our header among the drafts to each person, even with their Message-IDs rewritten."""
    w = world([make_interview_event(people=TWO)])
    w.emu.set_rewrite_message_id(True)
    assert w.sync(AFTER).exit_code == 0
    made = sorted(str(d["id"]) for d in w.drafts())
    db = w.root / "state" / DB_NAME
    for suffix in ("", "-wal", "-shm"):
        path = db.with_name(db.name + suffix)
        if path.exists():
            path.rename(path.with_name(path.name + ".broken"))
    result = w.sync(LATER)
    assert result.exit_code == 0, result.output
    assert sorted(str(d["id"]) for d in w.drafts()) == made
    assert "[found]" in result.output
