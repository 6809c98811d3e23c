"""The state database's schema: the current DDL and the forward migrations to it.

Owns: ``SCHEMA_VERSION``, ``CURRENT_SCHEMA`` (what a new database is created with) and
``MIGRATIONS`` (``MIGRATIONS[n]`` turns a version-n database into version n+1, run by
``StateStore.open`` inside one transaction after a backup copy). To change the schema: bump
``SCHEMA_VERSION``, update ``CURRENT_SCHEMA``, add the step, and add a fixture test that opens a
database of the old version (see tests/adapters/test_state.py).

History: v1 had ``interviews`` without ``cancelled``, ``ledger`` without ``fingerprint`` and
``detail``, ``sync_tokens`` without ``updated_at``; v2 adds them; v3 adds ``decisions``,
the user's answer to "Was this an interview?" per calendar event (``confirm`` or ``ignore``),
which always wins over detection; v4 (current) adds ``holds``: what must not be tried before a
time (Gmail's lockout) or before its content changes (a draft Gmail refused).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

__all__ = ["CURRENT_SCHEMA", "MIGRATIONS", "SCHEMA_VERSION", "split_sql"]

SCHEMA_VERSION = 4

CURRENT_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sync_tokens (
    calendar_id TEXT PRIMARY KEY,
    token TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE interviews (
    key TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    calendar_id TEXT NOT NULL,
    json TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX interviews_by_event ON interviews (calendar_id, event_id);
CREATE TABLE ledger (
    key TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    target TEXT,
    fingerprint TEXT,
    detail TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE decisions (
    event_id TEXT PRIMARY KEY,
    decision TEXT NOT NULL CHECK (decision IN ('confirm', 'ignore')),
    updated_at TEXT NOT NULL
);
CREATE TABLE holds (
    scope TEXT PRIMARY KEY,
    until TEXT,
    content_hash TEXT,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE interviews ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        "UPDATE interviews SET cancelled = "
        "CASE WHEN json_valid(json) AND json_extract(json, '$.cancelled') THEN 1 ELSE 0 END"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS interviews_by_event "
                 "ON interviews (calendar_id, event_id)")
    conn.execute("ALTER TABLE ledger ADD COLUMN fingerprint TEXT")
    conn.execute("ALTER TABLE ledger ADD COLUMN detail TEXT")
    conn.execute("ALTER TABLE sync_tokens ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''")


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS decisions (event_id TEXT PRIMARY KEY, "
                 "decision TEXT NOT NULL CHECK (decision IN ('confirm', 'ignore')), "
                 "updated_at TEXT NOT NULL)")


def _migrate_3_to_4(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS holds (scope TEXT PRIMARY KEY, until TEXT, "
                 "content_hash TEXT, reason TEXT NOT NULL, created_at TEXT NOT NULL)")


# MIGRATIONS[n] turns a version-n database into version n+1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_1_to_2,
                                                               2: _migrate_2_to_3,
                                                               3: _migrate_3_to_4}


def split_sql(script: str) -> list[str]:
    # executescript() would COMMIT our open transaction, so statements run one by one
    return [s.strip() for s in script.split(";") if s.strip()]
