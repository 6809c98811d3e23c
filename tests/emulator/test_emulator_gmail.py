"""Gmail v1 conformance: drafts, search, history, profile and sending, through googleapiclient."""

from __future__ import annotations

import base64
import email
import email.policy
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from googleapiclient.errors import HttpError
from googleapiclient.http import MediaInMemoryUpload

from interview_sync.emulator import Emulator
from interview_sync.emulator.conformance import schema_errors, services

Factory = Callable[..., Emulator]
READ = ["gmail.compose", "gmail.readonly"]


def mime(to: str = "rita@acme.example", subject: str = "Thank you", body: str = "Thanks!",
         msgid: str = "<thanks-1@interview-sync>") -> bytes:
    msg = EmailMessage()
    msg["From"] = "pat.lee@example.com"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = msgid
    msg.set_content(body)
    return msg.as_bytes()


def raw(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode()


def test_draft_lifecycle(emulator: Emulator) -> None:
    gm = services(emulator).gmail.users().drafts()
    made = gm.create(userId="me", body={"message": {"raw": raw(mime())}}).execute()
    assert schema_errors("gmail.v1", "Draft", made) == []
    assert made["message"]["labelIds"] == ["DRAFT"]
    for fmt in ("minimal", "metadata", "full", "raw"):
        got = gm.get(userId="me", id=made["id"], format=fmt).execute()
        assert schema_errors("gmail.v1", "Draft", got) == [], fmt
        assert got["message"]["id"] == made["message"]["id"]
        assert ("payload" in got["message"]) is (fmt in {"metadata", "full"})
        assert ("raw" in got["message"]) is (fmt == "raw")
    full = gm.get(userId="me", id=made["id"]).execute()["message"]
    headers = {h["name"]: h["value"] for h in full["payload"]["headers"]}
    assert headers["Subject"] == "Thank you"
    assert base64.urlsafe_b64decode(full["payload"]["body"]["data"]).decode().strip() == "Thanks!"
    as_raw = gm.get(userId="me", id=made["id"], format="raw").execute()["message"]["raw"]
    assert base64.urlsafe_b64decode(as_raw) == mime()

    updated = gm.update(userId="me", id=made["id"], body={
        "id": made["id"], "message": {"raw": raw(mime(body="Thanks again!"))}}).execute()
    assert updated["id"] == made["id"]
    assert updated["message"]["id"] != made["message"]["id"]
    assert updated["message"]["threadId"] == made["message"]["threadId"]
    listed = gm.list(userId="me").execute()
    assert schema_errors("gmail.v1", "ListDraftsResponse", listed) == []
    assert listed["drafts"] == [{"id": made["id"], "message": {
        "id": updated["message"]["id"], "threadId": made["message"]["threadId"]}}]
    assert emulator.drafts[0]["body"].strip() == "Thanks again!"

    # No response schema → googleapiclient's RawModel, whose 204 value is "".
    assert gm.delete(userId="me", id=made["id"]).execute() == ""
    assert emulator.requests[-1].status == 204
    with pytest.raises(HttpError) as caught:
        gm.get(userId="me", id=made["id"]).execute()
    assert caught.value.status_code == 404
    assert gm.list(userId="me").execute() == {"resultSizeEstimate": 0}


@pytest.mark.parametrize(("q", "hits"), [
    ("rfc822msgid:<thanks-2@interview-sync>", ["b"]),
    ("rfc822msgid:thanks-1@interview-sync", ["a"]),
    ("subject:Recruiter", ["b"]),
    ('subject:"Thank you"', ["a"]),
    ("to:sam@beta.example", ["b"]),
    ("to:acme.example -subject:Recruiter", ["a"]),
    ("in:drafts", ["a", "b"]),
    ("rfc822msgid:<nothing@x>", []),
])
def test_drafts_list_q(emulator: Emulator, q: str, hits: list[str]) -> None:
    gm = services(emulator).gmail.users().drafts()
    a = gm.create(userId="me", body={"message": {"raw": raw(mime())}}).execute()
    b = gm.create(userId="me", body={"message": {"raw": raw(mime(
        to="sam@beta.example", subject="Recruiter chat", msgid="<thanks-2@interview-sync>"))}}
    ).execute()
    names = {a["id"]: "a", b["id"]: "b"}
    listed = gm.list(userId="me", q=q).execute()
    assert sorted(names[d["id"]] for d in listed.get("drafts", [])) == hits


def test_messages_list_operators(emulator_factory: Factory) -> None:
    now = datetime.now(UTC)
    emu = emulator_factory({"messages": [
        {"from": "Rita <rita@acme.example>", "subject": "Next steps", "body": "Soon",
         "date": (now - timedelta(days=1)).isoformat(), "messageId": "<r1@acme.example>"},
        {"from": "sam@beta.example", "subject": "Old news", "body": "x",
         "date": (now - timedelta(days=20)).isoformat()}]})
    gm = services(emu, READ).gmail.users()
    draft = gm.drafts().create(userId="me", body={"message": {"raw": raw(mime())}}).execute()
    emu.send_draft_as_user(draft["id"])
    cutoff = int((now - timedelta(days=5)).timestamp())

    def ids(q: str | None = None, **kw: Any) -> int:
        body = gm.messages().list(userId="me", q=q, **kw).execute()
        assert schema_errors("gmail.v1", "ListMessagesResponse", body) == []
        return len(body.get("messages", []))

    assert ids() == 3
    assert ids("from:rita@acme.example") == 1
    assert ids(f"from:rita@acme.example after:{cutoff}") == 1
    assert ids(f"before:{cutoff}") == 1
    assert ids("newer_than:7d") == 2
    assert ids("in:sent") == 1
    assert ids("in:sent to:rita@acme.example") == 1
    assert ids("in:inbox") == 2
    assert ids("rfc822msgid:<r1@acme.example>") == 1
    assert ids(labelIds=["INBOX", "UNREAD"]) == 2
    assert ids(f"after:{(now - timedelta(days=30)):%Y/%m/%d} subject:news") == 1
    first = gm.messages().list(userId="me", q="from:rita").execute()["messages"][0]
    got = gm.messages().get(userId="me", id=first["id"], format="metadata",
                            metadataHeaders=["From", "Message-ID"]).execute()
    assert schema_errors("gmail.v1", "Message", got) == []
    assert {h["name"] for h in got["payload"]["headers"]} == {"From", "Message-ID"}


def test_history_list(emulator: Emulator) -> None:
    gm = services(emulator, READ).gmail.users()
    profile = gm.getProfile(userId="me").execute()
    assert schema_errors("gmail.v1", "Profile", profile) == []
    start = profile["historyId"]
    assert gm.history().list(userId="me", startHistoryId=start).execute() == {"historyId": start}
    got = emulator.deliver_message(sender="rita@acme.example", subject="Offer", body="Yes")
    body = gm.history().list(userId="me", startHistoryId=start,
                             historyTypes=["messageAdded"]).execute()
    assert schema_errors("gmail.v1", "ListHistoryResponse", body) == []
    assert [h["messagesAdded"][0]["message"]["id"] for h in body["history"]] == [got["id"]]
    assert int(body["historyId"]) > int(start)
    emulator.truncate_history()
    with pytest.raises(HttpError) as caught:
        gm.history().list(userId="me", startHistoryId=start).execute()
    assert caught.value.status_code == 404


def test_every_send_is_recorded(emulator: Emulator) -> None:
    gm = services(emulator, ["gmail.compose"]).gmail.users()
    d1 = gm.drafts().create(userId="me", body={"message": {"raw": raw(mime())}}).execute()
    d2 = gm.drafts().create(userId="me", body={"message": {"raw": raw(mime())}}).execute()
    assert emulator.sent == []
    sent = gm.drafts().send(userId="me", body={"id": d1["id"]}).execute()
    assert schema_errors("gmail.v1", "Message", sent) == [] and sent["labelIds"] == ["SENT"]
    emulator.send_draft_as_user(d2["id"])
    gm.messages().send(userId="me", body={"raw": raw(mime(subject="Direct"))}).execute()
    assert [s["via"] for s in emulator.sent] == ["drafts.send", "user", "messages.send"]
    assert emulator.drafts == []
    assert [s["subject"] for s in emulator.state()["sent"]] == ["Thank you", "Thank you",
                                                                "Direct"]


def test_threaded_draft_and_unknown_thread(emulator: Emulator) -> None:
    inbound = emulator.deliver_message(sender="rita@acme.example", subject="Interview")
    gm = services(emulator).gmail.users().drafts()
    made = gm.create(userId="me", body={"message": {"raw": raw(mime()),
                                                    "threadId": inbound["threadId"]}}).execute()
    assert made["message"]["threadId"] == inbound["threadId"]
    with pytest.raises(HttpError) as caught:
        gm.create(userId="me", body={"message": {"raw": raw(mime()),
                                                 "threadId": "ffff"}}).execute()
    assert caught.value.status_code == 404


def test_media_upload_path(emulator: Emulator) -> None:
    gm = services(emulator).gmail.users().drafts()
    req = gm.create(userId="me", body={},
                    media_body=MediaInMemoryUpload(mime(), mimetype="message/rfc822"))
    assert req.uri.startswith("https://")  # the library keeps https for uploads (PR #1992)
    made = req.execute()
    stored = emulator.drafts[0]
    assert stored["id"] == made["id"]
    parsed = email.message_from_string(stored["raw"], policy=email.policy.default)
    assert parsed["Subject"] == "Thank you"


def test_bad_raw_is_400(emulator: Emulator) -> None:
    gm = services(emulator).gmail.users().drafts()
    for body in ({"message": {}}, {"message": {"raw": "***"}}):
        with pytest.raises(HttpError) as caught:
            gm.create(userId="me", body=body).execute()
        assert caught.value.status_code == 400


def test_user_edits_and_discards_drafts(emulator: Emulator) -> None:
    gm = services(emulator).gmail.users().drafts()
    made = gm.create(userId="me", body={"message": {"raw": raw(mime())}}).execute()
    edited = emulator.edit_draft_as_user(made["id"], body="My own words.", subject="Thanks!")
    assert edited["id"] == made["id"] and edited["message"]["id"] != made["message"]["id"]
    got = gm.get(userId="me", id=made["id"], format="raw").execute()
    parsed = email.message_from_bytes(base64.urlsafe_b64decode(got["message"]["raw"]),
                                      policy=email.policy.default)
    assert parsed["Subject"] == "Thanks!" and parsed["Message-ID"] == "<thanks-1@interview-sync>"
    assert emulator.drafts[0]["body"].strip() == "My own words."
    emulator.delete_draft_as_user(made["id"])
    with pytest.raises(HttpError) as caught:
        gm.get(userId="me", id=made["id"]).execute()
    assert caught.value.status_code == 404
    assert emulator.sent == []
