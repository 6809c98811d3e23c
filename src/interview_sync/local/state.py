"""The state store: sync tokens, known interviews, the user's decisions, the action ledger and
holds, in one SQLite file.

Owns: every SQL statement on those tables and what their rows mean (``StateStore``, ``Hold``).
The file, its connection, schema, migrations, transactions and read memo are
``local.database.StateDatabase``'s (its base); the single-instance lock is
``local.instance_lock``.

Reads of the ledger and the interviews are cached per table (the base's memo), and an interview
this store just wrote is reused when it is read back instead of decoded again, so an idle daemon
cycle does not decode thousands of rows.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timezone
from pathlib import Path

from interview_sync.core.lazy import pending
from interview_sync.core.model import Interview, LedgerEntry, LedgerStatus, check_aware
from interview_sync.local.codec import (
    decode_datetime,
    encode_datetime,
    interview_from_json,
    interview_to_json,
)
from interview_sync.local.database import StateDatabase
from interview_sync.local.schema import SCHEMA_VERSION

__all__ = ["DB_NAME", "SCHEMA_VERSION", "Hold", "StateStore"]

log = logging.getLogger(__name__)

DB_NAME = "state.sqlite3"


@dataclass(frozen=True, slots=True, kw_only=True)
class Hold:
    """Something that must wait: ``scope`` is ``"gmail"`` (Google's lockout, ``until``) or an
    action key (a draft Gmail refused; held while its content is ``content_hash``)."""

    scope: str
    until: datetime | None
    content_hash: str | None
    reason: str
    since: datetime


def _round_trips(interview: Interview) -> bool:
    if type(interview.start.tzinfo) is not timezone or type(interview.end.tzinfo) is not timezone:
        return False
    # (details still to be found are not read here: decoding finds the same ones)
    return pending(interview) is not None or (
        type(interview.people) is tuple and type(interview.reasons) is tuple)


def _stamp(at: datetime) -> str:
    return encode_datetime(check_aware(at, "a state timestamp").astimezone(UTC))


class StateStore(StateDatabase):
    """One open state database and its tables. Use ``StateStore.open(path)``; not for use across
    processes' forks. Methods may be called from several threads (calls are serialised)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        super().__init__(conn, path)
        self._written: dict[str, Interview] = {}  # interview JSON -> the interview it encodes
        # Rows stored with details still to be found (``core.lazy``): rewritten whole once
        # something in this process has read them (``store_found``).
        self._pending_rows: set[str] = set()

    # ------------------------------------------------------------------ sync tokens

    def get_sync_token(self, calendar_id: str) -> str | None:
        rows = self._read("read a sync token",
                          "SELECT token FROM sync_tokens WHERE calendar_id = ?", (calendar_id,))
        return str(rows[0][0]) if rows else None

    def set_sync_token(self, calendar_id: str, token: str | None, *,
                       at: datetime | None = None) -> None:
        """Store (or with ``None`` forget) the calendar's ``nextSyncToken``."""
        if token is None:
            self._write("clear a sync token", "DELETE FROM sync_tokens WHERE calendar_id = ?",
                        (calendar_id,))
            return
        self._write("store a sync token",
                    "INSERT INTO sync_tokens (calendar_id, token, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (calendar_id) DO UPDATE SET token = excluded.token, "
                    "updated_at = excluded.updated_at",
                    (calendar_id, token, "" if at is None else _stamp(at)))

    # ------------------------------------------------------------------ interviews

    _SAVE_SQL = (
        "INSERT INTO interviews (key, event_id, calendar_id, json, first_seen, updated_at, "
        "cancelled) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
        "event_id = excluded.event_id, calendar_id = excluded.calendar_id, "
        "json = excluded.json, updated_at = excluded.updated_at, "
        "cancelled = excluded.cancelled")

    def save_interview(self, interview: Interview, *, seen_at: datetime) -> None:
        """Insert or update by ``interview.key``; ``first_seen`` keeps its first value."""
        self.save_interviews([interview], seen_at=seen_at)

    def save_interviews(self, interviews: Sequence[Interview], *, seen_at: datetime) -> None:
        """``save_interview`` for each, in order, as one statement run over them all (a first
        sync stores hundreds: one ``executemany`` instead of a round through ``_write`` each)."""
        if not interviews:
            return
        stamp = _stamp(seen_at)
        rows = []
        for interview in interviews:
            text = interview_to_json(interview)
            # What was just written is read back next (planning reads every interview): its
            # JSON is kept so that reading it back need not decode it again. Only when decoding
            # would give back an equal interview with the same kind of offsets (the codec stores
            # a datetime's offset, not a ZoneInfo; everything else round-trips exactly).
            if _round_trips(interview):
                self._written[text] = interview
            if pending(interview) is not None:
                self._pending_rows.add(text)
            rows.append((interview.key, interview.event_id, interview.calendar_id, text, stamp,
                         stamp, int(interview.cancelled)))
        with self.transaction():
            self._dirty.add("interviews")
            try:
                self._conn.executemany(self._SAVE_SQL, rows)
            except sqlite3.Error as exc:
                raise self._error("save an interview", exc) from exc

    def _decode(self, key: object, text: object) -> Interview | None:
        try:
            return interview_from_json(str(text))
        except ValueError as exc:
            # one unreadable row must not hide the others; `integrity` in status shows it
            log.warning("state: skipping stored interview %s: %s", key, exc)
            return None

    def interviews(self) -> list[Interview]:
        """Every stored interview, oldest first seen first (a fresh list each call)."""
        return list(self._cached("interviews", "interviews", self._load_interviews))

    def _load_interviews(self) -> tuple[Interview, ...]:
        rows = self._read("read interviews",
                          "SELECT key, json FROM interviews ORDER BY first_seen, key")
        written, kept = self._written, {}
        out = []
        for key, text in rows:
            # Interviews are immutable, and equal JSON is an equal interview: what this store
            # wrote (or read last time) is reused instead of decoded again.
            iv = written.get(text) if isinstance(text, str) else None
            if iv is None:
                iv = self._decode(key, text)
                if iv is not None and pending(iv) is not None:
                    self._pending_rows.add(str(text))
            if iv is not None:
                out.append(iv)
                kept[str(text)] = iv
        self._written = kept  # only the rows stored now: the memo never outgrows the table
        self._pending_rows &= kept.keys()
        return tuple(out)

    def store_found(self) -> int:
        """Rewrite each row stored with its details still to be found (``core.lazy``) whose
        interview has been read in this process since: the details were found, so the row
        becomes what an eager save writes and no later reader finds them again. Returns how
        many rows were rewritten (only a row still holding what was read is changed)."""
        found = [(text, iv) for text in self._pending_rows
                 if (iv := self._written.get(text)) is not None and pending(iv) is None]
        if not found:
            return 0
        rows = [(interview_to_json(iv), iv.key, text) for text, iv in found]
        with self.transaction():
            self._dirty.add("interviews")
            try:
                self._conn.executemany(
                    "UPDATE interviews SET json = ? WHERE key = ? AND json = ?", rows)
            except sqlite3.Error as exc:
                raise self._error("store an interview's details", exc) from exc
        for (text, iv), (new_text, _key, _old) in zip(found, rows, strict=True):
            self._pending_rows.discard(text)
            self._written[new_text] = iv
        return len(rows)

    def interview_for_event(self, calendar_id: str, event_id: str) -> Interview | None:
        rows = self._read("find an interview",
                          "SELECT key, json FROM interviews WHERE calendar_id = ? AND "
                          "event_id = ? ORDER BY updated_at DESC, key LIMIT 1",
                          (calendar_id, event_id))
        return self._decode(*rows[0]) if rows else None

    def first_seen(self) -> dict[str, datetime]:
        rows = self._read("read first-seen times", "SELECT key, first_seen FROM interviews")
        return {str(key): decode_datetime(stamp) for key, stamp in rows}

    # ------------------------------------------------------------------ decisions

    def set_decision(self, event_id: str, decision: str | None, *, at: datetime) -> None:
        """Record the user's answer for a calendar event ("confirm"/"ignore"; None forgets it)."""
        if decision is None:
            self._write("forget a decision", "DELETE FROM decisions WHERE event_id = ?",
                        (event_id,))
            return
        if decision not in ("confirm", "ignore"):
            raise ValueError(f"a decision is 'confirm' or 'ignore', not {decision!r}")
        self._write("record a decision",
                    "INSERT INTO decisions (event_id, decision, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (event_id) DO UPDATE SET decision = excluded.decision, "
                    "updated_at = excluded.updated_at", (event_id, decision, _stamp(at)))

    def decisions(self) -> dict[str, str]:
        """Every event the user confirmed or ignored: event id -> "confirm" / "ignore"."""
        rows = self._read("read decisions", "SELECT event_id, decision FROM decisions")
        return {str(event_id): str(decision) for event_id, decision in rows}

    # ------------------------------------------------------------------ ledger

    def ledger(self) -> dict[str, LedgerEntry]:
        """Every action key's entry (a fresh dict each call; the entries are immutable)."""
        return dict(self._cached("ledger", "ledger", self._load_ledger))

    def _load_ledger(self) -> dict[str, LedgerEntry]:
        rows = self._read("read the ledger", "SELECT key, content_hash, status, target, "
                                             "updated_at, detail FROM ledger")
        entries: dict[str, LedgerEntry] = {}
        for key, content_hash, status, target, updated_at, detail in rows:
            try:
                parsed_status = LedgerStatus(str(status))
            except ValueError:
                # an unknown status (written by a newer build) is treated as "try again"
                log.warning("state: ledger %s has unknown status %r; treating as failed",
                            key, status)
                parsed_status = LedgerStatus.FAILED
            entries[str(key)] = LedgerEntry(
                key=str(key), content_hash=str(content_hash), status=parsed_status,
                target=None if target is None else str(target),
                updated_at=decode_datetime(updated_at) if updated_at else None,
                detail=None if detail is None else str(detail),
            )
        return entries

    def record_intent(self, key: str, content_hash: str, *, at: datetime,
                      target: str | None = None) -> None:
        """Mark ``key`` PENDING before the outside call; keeps any earlier target/fingerprint."""
        self._write(
            "record an intent",
            "INSERT INTO ledger (key, content_hash, status, target, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
            "content_hash = excluded.content_hash, status = excluded.status, "
            "target = COALESCE(excluded.target, ledger.target), detail = NULL, "
            "updated_at = excluded.updated_at",
            (key, content_hash, LedgerStatus.PENDING.value, target, _stamp(at)),
            table="ledger",
        )

    def record_outcome(self, key: str, status: LedgerStatus, *, content_hash: str,
                       at: datetime, target: str | None = None, fingerprint: str | None = None,
                       detail: str | None = None) -> None:
        """Record what happened; ``target``/``fingerprint`` keep their old value when None."""
        self._write(
            "record an outcome",
            "INSERT INTO ledger (key, content_hash, status, target, fingerprint, detail, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
            "content_hash = excluded.content_hash, status = excluded.status, "
            "target = COALESCE(excluded.target, ledger.target), "
            "fingerprint = COALESCE(excluded.fingerprint, ledger.fingerprint), "
            "detail = excluded.detail, updated_at = excluded.updated_at",
            (key, content_hash, LedgerStatus(status).value, target, fingerprint, detail,
             _stamp(at)),
            table="ledger",
        )

    def fingerprint(self, key: str) -> str | None:
        rows = self._read("read a fingerprint", "SELECT fingerprint FROM ledger WHERE key = ?",
                          (key,))
        return None if not rows or rows[0][0] is None else str(rows[0][0])

    def fingerprints(self) -> dict[str, str]:
        """Every recorded fingerprint by key (one query, cached like ``ledger``): reading the
        reminder folders back on every poll asked for them one query at a time."""
        return dict(self._cached("fingerprints", "ledger", self._load_fingerprints))

    def _load_fingerprints(self) -> dict[str, str]:
        rows = self._read("read the fingerprints", "SELECT key, fingerprint FROM ledger "
                                                   "WHERE fingerprint IS NOT NULL")
        return {str(key): str(value) for key, value in rows}

    # ------------------------------------------------------------------ holds

    def set_hold(self, scope: str, *, reason: str, at: datetime, until: datetime | None = None,
                 content_hash: str | None = None) -> None:
        """Remember that ``scope`` must wait: until ``until`` (a lockout), or, with ``until``
        None, until its content is no longer ``content_hash`` (a draft Gmail refused)."""
        self._write(
            "record a hold",
            "INSERT INTO holds (scope, until, content_hash, reason, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope) DO UPDATE SET until = excluded.until, "
            "content_hash = excluded.content_hash, reason = excluded.reason, "
            "created_at = excluded.created_at",
            (scope, None if until is None else _stamp(until), content_hash, reason[:500],
             _stamp(at)))

    def clear_hold(self, scope: str) -> None:
        self._write("clear a hold", "DELETE FROM holds WHERE scope = ?", (scope,))

    def holds(self) -> dict[str, Hold]:
        """Every recorded hold by scope (ended ones included: the caller compares times)."""
        rows = self._read("read the holds",
                          "SELECT scope, until, content_hash, reason, created_at FROM holds")
        return {str(scope): Hold(scope=str(scope),
                                 until=decode_datetime(str(until)) if until else None,
                                 content_hash=None if digest is None else str(digest),
                                 reason=str(reason), since=decode_datetime(str(created)))
                for scope, until, digest, reason, created in rows}
