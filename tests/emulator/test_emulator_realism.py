"""The emulator behaves as Google is documented and reported to (sources in docs/emulator.md):
size limits, media uploads, search lag, Message-ID rewriting, throttling shapes, crash holds."""

from __future__ import annotations

import base64
import json
import threading
import time
from datetime import UTC, datetime
from typing import Any

import pytest
from googleapiclient.errors import HttpError, MediaUploadSizeError
from googleapiclient.http import MediaInMemoryUpload

from interview_sync.emulator import Emulator
from interview_sync.emulator.conformance import services


def mime(subject: str = "Thank you", size: int = 0, message_id: str = "<ours.1@example.com>",
         key: str = "") -> bytes:
    head = (f"From: pat.lee@example.com\r\nTo: kim@northwind.example\r\nSubject: {subject}\r\n"
            f"Message-ID: {message_id}\r\n")
    if key:
        head += f"X-Interview-Sync-Key: {key}\r\n"
    return (head + "\r\n").encode() + b"hello\r\n" + b"x" * size


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


def test_json_raw_of_six_mib_is_refused_with_html_413(emulator: Emulator) -> None:
    drafts = services(emulator).gmail.users().drafts()
    with pytest.raises(HttpError) as caught:
        drafts.create(userId="me", body={"message": {"raw": b64(mime(size=6 << 20))}}).execute()
    assert caught.value.status_code == 413
    assert b"<H1>Request Entity Too Large</H1>" in caught.value.content
    assert emulator.drafts == []


@pytest.mark.parametrize("resumable", [False, True])
def test_upload_create_and_update_of_20_mb(emulator: Emulator, resumable: bool) -> None:
    drafts = services(emulator).gmail.users().drafts()
    big = mime(size=20 << 20)
    made = drafts.create(userId="me", body={}, media_body=MediaInMemoryUpload(
        big, mimetype="message/rfc822", resumable=resumable)).execute()
    assert len(emulator.drafts) == 1
    kinds = [r.query.get("uploadType") for r in emulator.requests
             if r.path.startswith("/upload/")]
    assert kinds and all(k == ["resumable" if resumable else "multipart"] for k in kinds)
    drafts.update(userId="me", id=made["id"], body={"id": made["id"]},
                  media_body=MediaInMemoryUpload(mime("Updated", size=1 << 20),
                                                 mimetype="message/rfc822",
                                                 resumable=resumable)).execute()
    got = drafts.get(userId="me", id=made["id"], format="metadata").execute()
    assert {"name": "Subject", "value": "Updated"} in got["message"]["payload"]["headers"]


def test_upload_over_35_mb_is_refused(emulator: Emulator) -> None:
    """The library itself refuses media over the discovery maxSize; the emulator refuses the
    bytes too when a client does not check (a session PUT past 35 MB)."""
    drafts = services(emulator).gmail.users().drafts()
    with pytest.raises(MediaUploadSizeError):
        drafts.create(userId="me", body={}, media_body=MediaInMemoryUpload(
            mime(size=36 << 20), mimetype="message/rfc822", resumable=True))
    small = MediaInMemoryUpload(mime(), mimetype="message/rfc822", resumable=True)
    request = drafts.create(userId="me", body={}, media_body=small)
    small._body = mime(size=36 << 20)  # past the check: what a careless client would send
    small._size = len(small._body)
    with pytest.raises(HttpError) as caught:
        request.execute()
    assert caught.value.status_code == 413
    assert emulator.drafts == []


def test_search_lags_but_listing_and_get_do_not(emulator_factory: Any) -> None:
    emu = emulator_factory({"me": "pat.lee@example.com"}, search_lag=0.6)
    drafts = services(emu).gmail.users().drafts()
    made = drafts.create(userId="me", body={"message": {"raw": b64(mime())}}).execute()
    q = "rfc822msgid:ours.1@example.com"
    assert drafts.list(userId="me", q=q).execute().get("drafts") is None
    assert [d["id"] for d in drafts.list(userId="me").execute()["drafts"]] == [made["id"]]
    assert drafts.get(userId="me", id=made["id"], format="minimal").execute()["id"] == made["id"]
    time.sleep(0.7)
    assert [d["id"] for d in drafts.list(userId="me", q=q).execute()["drafts"]] == [made["id"]]


def test_message_id_rewrite_keeps_our_own_header(emulator_factory: Any) -> None:
    emu = emulator_factory({"me": "pat.lee@example.com"}, rewrite_message_id=True)
    drafts = services(emu).gmail.users().drafts()
    made = drafts.create(userId="me", body={"message": {"raw": b64(mime(key="k1"))}}).execute()
    # drafts.get takes no metadataHeaders (gmail.v1 discovery): format=metadata gives them all
    got = drafts.get(userId="me", id=made["id"], format="metadata").execute()
    headers = {h["name"].lower(): h["value"] for h in got["message"]["payload"]["headers"]}
    assert headers["message-id"] != "<ours.1@example.com>"
    assert headers["message-id"].endswith("@mail.gmail.com>")
    assert headers["x-interview-sync-key"] == "k1"
    assert drafts.list(userId="me", q="rfc822msgid:ours.1@example.com").execute().get(
        "drafts") is None


def test_lockout_names_its_end_without_retry_after_and_holds(emulator: Emulator) -> None:
    gmail = services(emulator).gmail
    gmail.users().getProfile(userId="me").execute()
    emulator.set_faults("drafts.*:lockout:seconds=600:count=1")
    before = datetime.now(UTC)
    ends = []
    for _ in range(3):
        with pytest.raises(HttpError) as caught:
            gmail.users().drafts().list(userId="me").execute()
        assert caught.value.status_code == 429
        assert caught.value.resp.get("retry-after") is None
        error = json.loads(caught.value.content)["error"]
        assert error["errors"][0]["reason"] == "rateLimitExceeded"
        assert error["message"].startswith("User-rate limit exceeded.  Retry after ")
        ends.append(error["message"].rsplit(" ", 1)[1])
    assert len(set(ends)) == 1  # the same end, however often we ask
    end = datetime.fromisoformat(ends[0].replace("Z", "+00:00"))
    assert 590 <= (end - before).total_seconds() <= 610
    gmail.users().getProfile(userId="me").execute()  # other methods are not locked


def test_resource_exhausted_and_usage_limits_shapes(emulator: Emulator) -> None:
    gmail = services(emulator).gmail
    gmail.users().getProfile(userId="me").execute()
    emulator.set_faults("drafts.list:exhausted:count=1;drafts.get:usage403:count=1")
    with pytest.raises(HttpError) as caught:
        gmail.users().drafts().list(userId="me").execute()
    body = json.loads(caught.value.content)["error"]
    assert (caught.value.status_code, body["status"], "errors" in body) == (
        429, "RESOURCE_EXHAUSTED", False)
    with pytest.raises(HttpError) as caught:
        gmail.users().drafts().get(userId="me", id="r1").execute()
    item = json.loads(caught.value.content)["error"]["errors"][0]
    assert (caught.value.status_code, item["domain"], item["reason"]) == (
        403, "usageLimits", "userRateLimitExceeded")
    assert caught.value.resp.get("retry-after") is None


@pytest.mark.parametrize(("kind", "stored"), [("hold_before", 0), ("hold_after", 1)])
def test_hold_points(emulator: Emulator, kind: str, stored: int) -> None:
    drafts = services(emulator).gmail.users().drafts()
    drafts.list(userId="me").execute()
    emulator.set_faults(f"drafts.create:{kind}:count=1")
    outcome: list[Any] = []

    def call() -> None:
        try:
            outcome.append(drafts.create(userId="me",
                                         body={"message": {"raw": b64(mime())}}).execute())
        except Exception as error:  # the dropped connection, as the killed client never sees
            outcome.append(error)

    thread = threading.Thread(target=call)
    thread.start()
    assert emulator.wait_held(timeout=10)
    assert len(emulator.drafts) == stored  # held: stored (after) or not (before)
    emulator.release_held()
    thread.join(10)
    assert isinstance(outcome[0], Exception)
    assert len(emulator.drafts) == stored


def _guest_event(**extra: Any) -> dict[str, Any]:
    return {"id": "hidden00001", "summary": "Onsite", **extra,
            "start": {"dateTime": "2026-06-10T10:00:00Z"},
            "end": {"dateTime": "2026-06-10T11:00:00Z"},
            "organizer": {"email": "talent@northwind.com"},
            "attendees": [{"email": "pat.lee@example.com", "self": True},
                          {"email": "kim@northwind.com"}, {"email": "raj@northwind.com"}]}


def test_guest_views_hidden_lists_max_attendees_and_no_organizer(emulator_factory: Any) -> None:
    hidden = _guest_event(guestsCanSeeOtherGuests=False)
    imported = dict(_guest_event(), id="imported0001", organizer=None)
    emu = emulator_factory({"me": "pat.lee@example.com", "events": [hidden, imported]})
    cal = services(emu).calendar.events()
    items = {e["id"]: e for e in cal.list(calendarId="primary").execute()["items"]}
    assert [a["email"] for a in items["hidden00001"]["attendees"]] == ["pat.lee@example.com"]
    assert "organizer" not in items["imported0001"]
    assert len(items["imported0001"]["attendees"]) == 3
    got = cal.get(calendarId="primary", eventId="hidden00001").execute()
    assert [a["email"] for a in got["attendees"]] == ["pat.lee@example.com"]
    cut = cal.list(calendarId="primary", maxAttendees=2).execute()["items"]
    assert {e["id"]: (len(e["attendees"]), e.get("attendeesOmitted")) for e in cut} == {
        "hidden00001": (1, None), "imported0001": (2, True)}
