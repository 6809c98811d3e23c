"""A full sync read page by page (``CalendarSource.stream``, a ``PageFeed``) against the emulator
over loopback: the same pages, order, requests, retries and errors as ``sync(None)``, and a fetch
thread that stops when its reader goes."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_calendar import _OPEN, list_requests, make_event, source

from interview_sync.emulator import Emulator
from interview_sync.errors import RemoteError
from interview_sync.google.client import RetryPolicy


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator({"me": "pat@example.com", "events": [make_event(n) for n in range(7)]}) as e:
        yield e
        while _OPEN:
            _OPEN.pop().close()


def _feed_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("calendar-pages:")]


def test_the_feed_yields_every_page_in_order_as_sync_does(emu: Emulator) -> None:
    for n in range(7, 11):
        emu.insert_event(make_event(n))
    cal, _ = source(emu)
    listed = cal.sync(None)
    emu.clear_requests()
    with cal.stream() as feed:
        pages = list(feed)
        batch = feed.result()
    assert [len(p) for p in pages] == [3, 3, 3, 2]
    assert [e["id"] for p in pages for e in p] == [e["id"] for e in listed.events]
    assert batch.events == listed.events and batch.full
    assert (batch.pages, batch.requests, batch.skipped) == (4, 4, 0) and batch.next_sync_token
    made = list_requests(emu)
    assert len(made) == 4 and "pageToken" not in made[0]["query"]
    assert all(r["query"]["maxResults"] == ["3"] for r in made)
    assert not _feed_threads()
    # the token it ends with works for the next incremental sync
    assert cal.sync(batch.next_sync_token).events == []


def test_retries_and_retry_after_happen_on_the_fetch_thread_as_in_sync(emu: Emulator) -> None:
    cal, sleeps = source(emu)
    emu.set_faults("events.list:429:count=1:after=1:retry_after=3")
    with cal.stream() as feed:
        ids = [e["id"] for p in feed for e in p]
    assert len(ids) == 7 and sleeps and min(sleeps) >= 3.0
    assert feed.result().requests == 3


def test_an_error_on_a_later_page_reaches_the_reader_after_the_pages_before(
        emu: Emulator) -> None:
    cal, _ = source(emu, policy=RetryPolicy(max_attempts=2))
    emu.set_faults("events.list:503:after=1")
    got: list[int] = []
    with pytest.raises(RemoteError) as err, cal.stream() as feed:
        for page in feed:
            got.append(len(page))
    assert got == [3] and err.value.status == 503
    with pytest.raises(RuntimeError):
        feed.result()  # no sync token from a failed feed
    assert not _feed_threads()
    emu.set_faults(None)
    assert len(cal.sync(None).events) == 7  # the connection is free and works again


def test_a_reader_that_stops_early_stops_the_fetch_thread(emu: Emulator) -> None:
    for n in range(7, 30):
        emu.insert_event(make_event(n))
    cal, _ = source(emu)  # 30 events, 10 pages of 3
    emu.clear_requests()
    with cal.stream() as feed:
        first = next(iter(feed))
    assert len(first) == 3 and not _feed_threads()
    # at most the page read, the one waiting and the one being handed over were fetched
    assert len(list_requests(emu)) <= 3
    emu.clear_requests()
    assert len(cal.sync(None).events) == 30
