"""The Google Calendar adapter: one calendar's changes since the last sync, as raw event dicts.

Owns: the ``events.list`` sync protocol (notes/google-apis.md §1). A ``None`` token means a full
sync; otherwise an incremental one. Every call sends the *same* parameters (``singleEvents``,
``showDeleted``, ``maxResults``) and never ``timeMin``/``timeMax``/``orderBy``/``updatedMin``/``q``,
which Google refuses together with a ``syncToken``. Every ``nextPageToken`` is followed; the
``nextSyncToken`` arrives only on the last page. A 410 (the token expired, or
``updatedMinTooLongAgo``) is answered inside ``sync`` by exactly one full resync, returned with
``full=True`` so that the caller treats it as the complete picture rather than a delta; a second
410 is raised, never looped on.

A full sync can also be read page by page as it arrives (``stream``, a ``PageFeed``): one thread
of its own owns the HTTP connection and fetches the next page while the caller judges the last,
so a first sync's waiting on Google overlaps its own work. The pages, the requests and the
errors are exactly those of ``sync(None)``; an error ends the feed (the caller sees it when it
reaches that page) and the sync token is known only after the last page.

It decides nothing about interviews: parsing events is ``detect``'s job. Items that are not
objects or have no ``id`` are dropped here (logged by position and id, never by content); every
other item is cut to sane sizes (``core.bounds``) before anyone reads it.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from interview_sync.core.bounds import bound_event
from interview_sync.errors import RemoteError
from interview_sync.google.client import DEFAULT_POLICY, RetryPolicy, execute
from interview_sync.google.remedies import REPORT_IF_REPEATS

__all__ = ["MAX_PAGES", "PAGE_SIZE", "CalendarSource", "PageFeed", "SyncBatch"]

log = logging.getLogger(__name__)

PAGE_SIZE = 2500  # Google's maximum; fewer round trips for a full sync
MAX_PAGES = 1000  # 2.5 million events: far past any person's calendar, so a server loop ends


@dataclass(frozen=True, slots=True)  # positional too: fakes in tests build it that way
class SyncBatch:
    """What one ``sync`` call learned.

    ``full``: the events are the whole calendar (a first sync or a 410 resync), not a delta.
    ``requests``: events.list calls made by this sync (pages, including a failed incremental
    attempt before a resync; not counting transport-level retries).
    """

    events: list[dict[str, Any]]
    next_sync_token: str
    full: bool
    pages: int
    requests: int
    skipped: int = 0  # items dropped as malformed


class _Gone(Exception):
    """The sync token is no longer valid (410)."""


class CalendarSource:
    """One calendar, synced by change (``updated``), not by creation time."""

    def __init__(self, service: Any, *, calendar_id: str = "primary",
                 policy: RetryPolicy | None = None,
                 sleep: Callable[[float], object] = time.sleep,
                 page_size: int = PAGE_SIZE) -> None:
        if not 1 <= page_size <= PAGE_SIZE:
            raise ValueError(f"page_size must be 1..{PAGE_SIZE}, got {page_size}")
        self.service = service
        self.calendar_id = calendar_id
        self.policy = policy or DEFAULT_POLICY
        self.sleep = sleep
        self.page_size = page_size
        # googleapiclient builds every method of a resource (from the discovery document) on
        # each ``service.events()`` call: a sixth of an idle poll's CPU. The resource is
        # stateless between requests, so it is built once.
        self._events: Any = None

    def sync(self, sync_token: str | None) -> SyncBatch:
        """Everything that changed since ``sync_token`` (everything, when it is ``None``)."""
        if sync_token is None:
            return self._list(None, spent=0)
        try:
            return self._list(sync_token, spent=0)
        except _Gone as gone:
            log.info("calendar %s: sync token expired (%s); doing one full sync",
                     self.calendar_id, gone)
            spent = int(gone.args[1]) if len(gone.args) > 1 else 1
        try:
            return self._list(None, spent=spent)
        except _Gone as again:
            raise RemoteError(
                f"calendar {self.calendar_id}: a full sync was refused with 410 ({again.args[0]})",
                status=410, reason=str(again.args[0]), transient=True,
                remedy=REPORT_IF_REPEATS) from None

    def stream(self) -> PageFeed:
        """A full sync, page by page as each arrives (``with source.stream() as feed: for
        events in feed: ...; feed.result()``), the next page fetched meanwhile."""
        return PageFeed(self)

    def _params(self, sync_token: str | None, page_token: str | None) -> dict[str, Any]:
        params: dict[str, Any] = {"calendarId": self.calendar_id, "singleEvents": True,
                                  "showDeleted": True, "maxResults": self.page_size}
        if sync_token is not None:
            params["syncToken"] = sync_token
        if page_token is not None:
            params["pageToken"] = page_token
        return params

    def _list(self, sync_token: str | None, *, spent: int,
              on_page: Callable[[list[dict[str, Any]]], object] | None = None) -> SyncBatch:
        events: list[dict[str, Any]] = []
        skipped = 0
        page_token: str | None = None
        seen_tokens: set[str] = set()
        requests = spent
        pages = 0
        while True:
            if self._events is None:
                self._events = self.service.events()
            request = self._events.list(**self._params(sync_token, page_token))
            requests += 1
            try:
                page = execute(request, policy=self.policy, sleep=self.sleep)
            except RemoteError as error:
                if error.status == 410:
                    raise _Gone(error.reason or "gone", requests) from None
                raise
            pages += 1
            if not isinstance(page, dict):
                raise RemoteError(f"calendar {self.calendar_id}: events.list answered "
                                  f"{type(page).__name__}, not an object", transient=True,
                                  remedy=REPORT_IF_REPEATS)
            kept, dropped = self._items(page.get("items"), pages)
            events.extend(kept)
            skipped += dropped
            if on_page is not None:
                on_page(kept)
            next_page = page.get("nextPageToken")
            if isinstance(next_page, str) and next_page:
                if next_page in seen_tokens or pages >= MAX_PAGES:
                    raise RemoteError(f"calendar {self.calendar_id}: events.list kept paging "
                                      f"({pages} pages); giving up this cycle", transient=True,
                                      remedy=REPORT_IF_REPEATS)
                seen_tokens.add(next_page)
                page_token = next_page
                continue
            token = page.get("nextSyncToken")
            if not isinstance(token, str) or not token:
                raise RemoteError(f"calendar {self.calendar_id}: the last page of events.list "
                                  "had no nextSyncToken", transient=True,
                                  remedy=REPORT_IF_REPEATS)
            return SyncBatch(events=events, next_sync_token=token, full=sync_token is None,
                             pages=pages, requests=requests, skipped=skipped)

    def _items(self, items: object, page: int) -> tuple[list[dict[str, Any]], int]:
        if items is None:
            return [], 0
        if not isinstance(items, list):
            log.warning("calendar %s: page %d has 'items' of type %s; skipped the page's items",
                        self.calendar_id, page, type(items).__name__)
            return [], 1
        kept: list[dict[str, Any]] = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                log.warning("calendar %s: skipped item %d on page %d: a %s, not an event",
                            self.calendar_id, index, page, type(item).__name__)
                continue
            event_id = item.get("id")
            if not isinstance(event_id, str) or not event_id:
                log.warning("calendar %s: skipped item %d on page %d: no event id "
                            "(iCalUID %r)", self.calendar_id, index, page,
                            str(item.get("iCalUID"))[:120])
                continue
            kept.append(bound_event(item))  # sizes capped before anyone reads it
        return kept, len(items) - len(kept)


class _Closed(Exception):
    """The feed's reader has gone: the fetch thread stops before its next request."""


_PAGE, _DONE, _FAILED = "page", "done", "failed"


class PageFeed:
    """A full sync's pages in order, each fetched while the caller reads the one before.

    One thread owns the calendar's HTTP connection (httplib2 is not thread-safe; nothing else
    uses this service while the feed is open) and runs ``sync(None)``'s own loop: the same
    requests, retries and Retry-After waits, the same checks. It hands each page's kept events
    over a queue of one, so at most two pages wait unread. Iterating yields each page's events;
    an error raised on the fetch thread is raised to the reader at that point, after the pages
    before it; ``result()`` is the whole ``SyncBatch`` once the last page has been read. Leaving
    the ``with`` block (also on an error) stops the thread before its next request and waits
    for the one in flight, so the connection is free again when it returns.

    The interpreter's thread switch interval is left at its 5 ms: a 1 ms interval while a feed
    was open cost a first sync ~3-5% more CPU with the emulator in the same process and showed
    no steady gain with it in another (docs/architecture.md, "A first sync").
    """

    def __init__(self, source: CalendarSource) -> None:
        self._source = source
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=1)
        self._closed = threading.Event()
        self._batch: SyncBatch | None = None
        self._thread = threading.Thread(target=self._fetch, daemon=True,
                                        name=f"calendar-pages:{source.calendar_id[:40]}")

    def __enter__(self) -> PageFeed:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._closed.set()
        while self._thread.is_alive():  # unblock a waiting hand-over, then let it end
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.05)
        if self._thread.ident is not None:
            self._thread.join()

    def __iter__(self) -> Iterator[list[dict[str, Any]]]:
        while True:
            kind, value = self._queue.get()
            if kind == _PAGE:
                yield value
            elif kind == _DONE:
                self._batch = value
                return
            else:
                raise value

    def result(self) -> SyncBatch:
        """What ``sync(None)`` returns, once every page has been read."""
        if self._batch is None:
            raise RuntimeError("PageFeed.result() before its last page was read")
        return self._batch

    def _hand_over(self, item: tuple[str, Any]) -> None:
        while not self._closed.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return
            except queue.Full:
                continue
        raise _Closed

    def _fetch(self) -> None:
        try:
            batch = self._source._list(None, spent=0,
                                       on_page=lambda kept: self._hand_over((_PAGE, kept)))
            self._hand_over((_DONE, batch))
        except _Closed:
            return
        except BaseException as error:  # the reader raises it, on its own thread
            try:
                self._hand_over((_FAILED, error))
            except _Closed:
                return
