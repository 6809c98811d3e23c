"""The Calendar adapter against the emulator over loopback, with the real googleapiclient stack."""

from __future__ import annotations

import http.server
import json
import logging
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import httplib2
import pytest
from googleapiclient.discovery import build

from interview_sync.emulator import Emulator
from interview_sync.emulator.conformance import credentials
from interview_sync.errors import AuthError, RemoteError
from interview_sync.google import client as google_client
from interview_sync.google.calendar import CalendarSource, SyncBatch
from interview_sync.google.client import RetryPolicy

START = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
FORBIDDEN_WITH_TOKEN = {"timeMin", "timeMax", "orderBy", "updatedMin", "q", "iCalUID"}


def make_event(n: int, **overrides: Any) -> dict[str, Any]:
    start = START + timedelta(days=n)
    event: dict[str, Any] = {
        "summary": f"Interview {n}",
        "description": f"SECRET-DESCRIPTION-{n}",
        "start": {"dateTime": start.isoformat()},
        "end": {"dateTime": (start + timedelta(hours=1)).isoformat()},
    }
    event.update(overrides)
    return event


_OPEN: list[Any] = []  # services to close at teardown (httplib2 keeps sockets open)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator({"me": "pat@example.com", "events": [make_event(n) for n in range(7)]}) as e:
        yield e
        while _OPEN:
            _OPEN.pop().close()


def calendar_service(emu: Emulator, scopes: tuple[str, ...] = ("calendar.events.readonly",)
                     ) -> Any:
    services = google_client.build_services(credentials(emu, scopes), endpoint=emu.url,
                                            timeout=5)
    _OPEN.extend([services.calendar, services.gmail])
    return services.calendar


class Sleeps(list[float]):
    """A ``sleep`` that records instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def source(emu: Emulator, **kwargs: Any) -> tuple[CalendarSource, Sleeps]:
    sleeps = Sleeps()
    kwargs.setdefault("page_size", 3)
    return CalendarSource(calendar_service(emu), sleep=sleeps, **kwargs), sleeps


def list_requests(emu: Emulator) -> list[dict[str, Any]]:
    return [r for r in emu.state()["requests"] if r["method_id"] == "calendar.events.list"]


def summaries(batch: SyncBatch) -> list[str]:
    return sorted(e.get("summary", "") for e in batch.events if e.get("status") != "cancelled")


# ---------------------------------------------------------------- full and incremental


def test_full_sync_follows_every_page(emu: Emulator) -> None:
    cal, _ = source(emu)
    batch = cal.sync(None)
    assert batch.full and batch.pages == 3 and batch.requests == 3
    assert summaries(batch) == [f"Interview {n}" for n in range(7)]
    assert batch.next_sync_token
    seen = list_requests(emu)
    assert len(seen) == 3
    for r in seen:
        q = r["query"]
        assert q["singleEvents"] == ["true"] and q["showDeleted"] == ["true"]
        assert q["maxResults"] == ["3"] and r["path"].endswith("/calendars/primary/events")
        assert not FORBIDDEN_WITH_TOKEN & set(q)
    assert "pageToken" not in seen[0]["query"] and "pageToken" in seen[2]["query"]


def test_incremental_sync_returns_only_changes_with_the_same_parameters(emu: Emulator) -> None:
    cal, _ = source(emu)
    first = cal.sync(None)
    ids = {e["summary"]: e["id"] for e in first.events}
    emu.insert_event(make_event(10))
    emu.patch_event(ids["Interview 1"], {"summary": "Interview 1 (moved)"})
    emu.delete_event(ids["Interview 2"])
    emu.clear_requests()

    delta = cal.sync(first.next_sync_token)
    assert not delta.full and delta.pages == 1 and delta.requests == 1
    assert summaries(delta) == ["Interview 1 (moved)", "Interview 10"]
    cancelled = [e for e in delta.events if e.get("status") == "cancelled"]
    assert [e["id"] for e in cancelled] == [ids["Interview 2"]]
    (req,) = list_requests(emu)
    q = req["query"]
    assert q["syncToken"] == [first.next_sync_token]
    assert (q["singleEvents"], q["showDeleted"], q["maxResults"]) == (["true"], ["true"], ["3"])
    assert not FORBIDDEN_WITH_TOKEN & set(q)


def test_idle_incremental_poll_is_exactly_one_request(emu: Emulator) -> None:
    cal, _ = source(emu)
    token = cal.sync(None).next_sync_token
    emu.clear_requests()
    idle = cal.sync(token)
    assert idle.events == [] and idle.requests == 1 and not idle.full
    assert [r["method_id"] for r in emu.state()["requests"]] == ["calendar.events.list"]


def test_a_sync_token_can_be_reused_after_a_crash(emu: Emulator) -> None:
    """The caller stores the new token only after processing; replaying the old one is safe."""
    cal, _ = source(emu)
    token = cal.sync(None).next_sync_token
    emu.insert_event(make_event(20))
    once, twice = cal.sync(token), cal.sync(token)
    assert summaries(once) == summaries(twice) == ["Interview 20"]


def test_many_changes_page_within_an_incremental_sync(emu: Emulator) -> None:
    cal, _ = source(emu, page_size=2)
    token = cal.sync(None).next_sync_token
    for n in range(30, 35):
        emu.insert_event(make_event(n))
    delta = cal.sync(token)
    assert delta.pages == 3 and not delta.full
    assert summaries(delta) == [f"Interview {n}" for n in range(30, 35)]


def test_event_accepted_long_after_creation_is_seen(emu: Emulator) -> None:
    """Sync by change: an old event the user accepts today shows up in the next delta."""
    cal, _ = source(emu)
    old = cal.sync(None)
    target = next(e for e in old.events if e["summary"] == "Interview 0")
    emu.patch_event(target["id"], {"attendees": [{"email": "pat@example.com", "self": True,
                                                  "responseStatus": "accepted"}]})
    delta = cal.sync(old.next_sync_token)
    assert [e["id"] for e in delta.events] == [target["id"]]


# ---------------------------------------------------------------- 410 and faults


def test_expired_token_gets_exactly_one_full_resync(emu: Emulator) -> None:
    cal, _ = source(emu)
    token = cal.sync(None).next_sync_token
    emu.insert_event(make_event(40))
    emu.invalidate_sync_tokens()
    emu.clear_requests()
    batch = cal.sync(token)
    assert batch.full and batch.pages == 3 and batch.requests == 4
    assert summaries(batch) == sorted([f"Interview {n}" for n in range(7)] + ["Interview 40"])
    assert [r["status"] for r in list_requests(emu)] == [410, 200, 200, 200]
    assert "syncToken" not in list_requests(emu)[1]["query"]
    # and the new token works incrementally again
    assert cal.sync(batch.next_sync_token).events == []


@pytest.mark.parametrize(("spec", "min_sleep"), [
    ("events.list:503:count=2", 0.0),
    ("events.list:500:count=1", 0.0),
    ("events.list:429:count=1:retry_after=3", 3.0),
    ("events.list:403user:count=1:retry_after=2", 2.0),
    ("events.list:reset:count=1", 0.0),
])
def test_transient_faults_are_retried_with_backoff(emu: Emulator, spec: str,
                                                   min_sleep: float) -> None:
    cal, sleeps = source(emu)
    emu.set_faults(spec)
    batch = cal.sync(None)
    assert summaries(batch) == [f"Interview {n}" for n in range(7)]
    assert sleeps and min(sleeps) >= min_sleep and max(sleeps) <= 64
    assert batch.requests == 3  # logical calls; transport retries are the policy's business


def test_a_persistent_outage_raises_remote_error_after_the_policy(emu: Emulator) -> None:
    cal, sleeps = source(emu, policy=RetryPolicy(max_attempts=3))
    emu.set_faults("events.list:503")
    with pytest.raises(RemoteError) as err:
        cal.sync(None)
    assert err.value.status == 503 and err.value.transient
    assert len(sleeps) == 2


def test_missing_scope_is_an_auth_error(emu: Emulator) -> None:
    cal = CalendarSource(calendar_service(emu, scopes=("gmail.compose",)), sleep=Sleeps())
    with pytest.raises(AuthError):
        cal.sync(None)


# ---------------------------------------------------------------- what the emulator cannot say


class Scripted(http.server.BaseHTTPRequestHandler):
    """Answers each request with the next canned (status, body); records the query strings."""

    script: ClassVar[list[tuple[int, Any]]] = []
    seen: ClassVar[list[dict[str, list[str]]]] = []

    def do_GET(self) -> None:
        self.seen.append(parse_qs(urlsplit(self.path).query))
        status, body = self.script.pop(0) if self.script else (500, {})
        payload = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def scripted() -> Iterator[Callable[[list[tuple[int, Any]]], CalendarSource]]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Scripted)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    services: list[Any] = []

    def make(script: list[tuple[int, Any]]) -> CalendarSource:
        Scripted.script[:] = script
        Scripted.seen.clear()
        svc = build("calendar", "v3", http=httplib2.Http(timeout=5, proxy_info=None),
                    static_discovery=True, cache_discovery=False,
                    client_options={"api_endpoint":
                                    f"http://127.0.0.1:{server.server_address[1]}/calendar/v3/"})
        services.append(svc)
        return CalendarSource(svc, sleep=Sleeps(), policy=RetryPolicy(max_attempts=2))

    yield make
    for svc in services:
        svc.close()
    server.shutdown()
    server.server_close()


GONE = {"error": {"code": 410, "message": "Sync token is no longer valid, a full sync is "
                  "required.", "errors": [{"domain": "calendar", "reason": "fullSyncRequired",
                                           "message": "Sync token is no longer valid"}]}}


def test_a_persistent_410_is_raised_not_looped(scripted: Any) -> None:
    cal = scripted([(410, GONE), (410, GONE), (410, GONE)])
    with pytest.raises(RemoteError) as err:
        cal.sync("old")
    assert err.value.status == 410 and "fullSyncRequired" in str(err.value)
    assert len(Scripted.seen) == 2 and "syncToken" not in Scripted.seen[1]


def test_malformed_items_are_dropped_and_logged_without_content(
        scripted: Any, caplog: pytest.LogCaptureFixture) -> None:
    items: list[object] = [{"id": "a", "summary": "ok"}, "junk", None,
                           {"summary": "x", "description": "SECRET-DESCRIPTION", "iCalUID": "u1"},
                           {"id": "", "description": "SECRET-DESCRIPTION"}, {"id": "b"}]
    cal = scripted([(200, {"items": items, "nextPageToken": "p2"}),
                    (200, {"items": {"not": "a list"}, "nextPageToken": "p3"}),
                    (200, {"nextSyncToken": "s1"})])
    with caplog.at_level(logging.WARNING, logger="interview_sync.google.calendar"):
        batch = cal.sync(None)
    assert [e["id"] for e in batch.events] == ["a", "b"]
    assert (batch.skipped, batch.pages, batch.next_sync_token) == (5, 3, "s1")
    assert "SECRET" not in caplog.text and "u1" in caplog.text
    assert "item 1 on page 1" in caplog.text


@pytest.mark.parametrize("script", [
    [(200, {"items": []})],  # no token at all
    [(200, {"nextPageToken": "same"}), (200, {"nextPageToken": "same"})],  # a paging loop
    [(200, ["not", "an", "object"])],
], ids=["no-sync-token", "page-loop", "not-an-object"])
def test_a_broken_listing_is_a_transient_remote_error(scripted: Any,
                                                      script: list[tuple[int, Any]]) -> None:
    cal = scripted(script)
    with pytest.raises(RemoteError) as err:
        cal.sync(None)
    assert err.value.transient


def test_page_size_is_validated() -> None:
    with pytest.raises(ValueError):
        CalendarSource(object(), page_size=2501)


def test_a_lone_surrogate_escape_arrives_as_the_replacement_character(scripted: Any) -> None:
    # JSON allows "\ud800" and googleapiclient decodes it; no note, mail or hash could hold it.
    cal = scripted([(200, b'{"items": [{"id": "a", "summary": "Interview \\ud800 Acme"}], '
                          b'"nextSyncToken": "s1"}')])
    batch = cal.sync(None)
    assert [e["summary"] for e in batch.events] == ["Interview \ufffd Acme"]
