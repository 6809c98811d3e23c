"""Reply detection's inbound mail: what arrived since the last look, remembered in the state store.

Owns: ``Inbox`` (what the cycle needs of Gmail's reader) and ``read_inbox`` (one look per cycle
while an interview waits for an answer, none while Gmail's lockout lasts, mail older than the
backfill window forgotten) and how the facts are kept in the store's ``inbox`` meta row.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

from interview_sync.core.model import InboundMessage, Interview, PlanSettings
from interview_sync.engine.apply import GMAIL_HOLD, MAX_LOCKOUT
from interview_sync.google.throttle import Throttled
from interview_sync.local.state import StateStore

__all__ = ["Inbox", "read_inbox"]

log = logging.getLogger(__name__)


class Inbox(Protocol):
    def messages_since(self, after: datetime, *, query: str = "") -> list[InboundMessage]: ...


def read_inbox(store: StateStore, inbox: Inbox | None, settings: PlanSettings,
               interviews: Sequence[Interview], now: datetime, *,
               dry_run: bool) -> list[InboundMessage]:
    """Reply detection: inbound mail since the last look, remembered in the state store."""
    if inbox is None or not settings.reply_detection:
        return []
    known = _load_inbox(store.get_meta("inbox"))
    waiting = [i.end for i in interviews if not i.cancelled and i.end <= now]
    if not waiting:
        return known
    lockout = store.holds().get(GMAIL_HOLD)
    if lockout is not None and lockout.until is not None and lockout.until > now:
        return known  # Gmail asked us to wait: no call before then (issue 13)
    last = store.get_meta("inbox_checked")
    since = datetime.fromisoformat(last) - timedelta(hours=1) if last else min(waiting)
    try:
        fresh = inbox.messages_since(since)
    except Throttled as error:
        if not dry_run:
            store.set_hold(GMAIL_HOLD, reason=(
                f"Gmail asked to wait until {error.until:%Y-%m-%d %H:%M} UTC while "
                "reading replies; drafts and reply checks wait until then"),
                at=now, until=min(error.until, now + MAX_LOCKOUT))
        return known
    merged = {m.message_id: m for m in [*known, *fresh]}
    # Mail older than the backfill window can no longer change any decision.
    horizon = now - settings.backfill - timedelta(days=90)
    kept = sorted((m for m in merged.values() if m.received >= horizon),
                  key=lambda m: (m.received, m.message_id))
    if not dry_run:
        store.set_meta("inbox", _dump_inbox(kept))
        store.set_meta("inbox_checked", now.isoformat())
    return kept


def _dump_inbox(messages: Sequence[InboundMessage]) -> str:
    return json.dumps([
        {"id": m.message_id, "from": m.sender, "at": m.received.isoformat(),
         "labels": sorted(m.labels), "thread": m.thread_id}
        for m in messages])


def _load_inbox(blob: str | None) -> list[InboundMessage]:
    if not blob:
        return []
    try:
        rows = json.loads(blob)
        return [InboundMessage(message_id=r["id"], sender=r["from"],
                               received=datetime.fromisoformat(r["at"]),
                               labels=frozenset(r.get("labels") or ()), thread_id=r.get("thread"))
                for r in rows]
    except (ValueError, KeyError, TypeError):
        log.warning("the remembered inbox facts were unreadable; starting afresh")
        return []
