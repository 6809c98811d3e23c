"""The Google Calendar adapter: one calendar's changes since the last sync, as raw event dicts.

Owns: the ``events.list`` sync protocol (notes/google-apis.md §1). A ``None`` token means a full
sync; otherwise an incremental one. Every call sends the *same* parameters (``singleEvents``,
``showDeleted``, ``maxResults``) and never ``timeMin``/``timeMax``/``orderBy``/``updatedMin``/``q``,
which Google refuses together with a ``syncToken``. Every ``nextPageToken`` is followed; the
``nextSyncToken`` arrives only on the last page. A 410 (the token expired, or
``updatedMinTooLongAgo``) is answered inside ``sync`` by exactly one full resync, returned with
``full=True`` so that the caller treats it as the complete picture rather than a delta; a second
410 is raised, never looped on.

It decides nothing about interviews: parsing events is ``detect``'s job. Items that are not
objects or have no ``id`` are dropped here (logged by position and id, never by content); every
other item is cut to sane sizes (``core.bounds``) before anyone reads it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from interview_sync.core.bounds import bound_event
from interview_sync.errors import RemoteError
from interview_sync.google.client import (
    DEFAULT_POLICY,
    RetryPolicy,
    execute,
    without_docstrings,
)
from interview_sync.google.remedies import REPORT_IF_REPEATS

__all__ = ["MAX_PAGES", "PAGE_SIZE", "CalendarSource", "SyncBatch"]

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
        # stateless between requests, so it is built once (without its docstrings: see
        # ``client.without_docstrings``).
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

    def _params(self, sync_token: str | None, page_token: str | None) -> dict[str, Any]:
        params: dict[str, Any] = {"calendarId": self.calendar_id, "singleEvents": True,
                                  "showDeleted": True, "maxResults": self.page_size}
        if sync_token is not None:
            params["syncToken"] = sync_token
        if page_token is not None:
            params["pageToken"] = page_token
        return params

    def _list(self, sync_token: str | None, *, spent: int) -> SyncBatch:
        events: list[dict[str, Any]] = []
        skipped = 0
        page_token: str | None = None
        seen_tokens: set[str] = set()
        requests = spent
        pages = 0
        while True:
            if self._events is None:
                self._events = without_docstrings(self.service.events())
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
