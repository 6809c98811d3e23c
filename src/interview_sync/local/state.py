"""The state database: sync tokens, known interviews and the action ledger, in one SQLite file.

Owns: the schema and its forward migrations, every SQL statement, and the single-instance lock.

Theory of operation. The file lives in the state directory (0700), is itself 0600 and runs in WAL
mode with a busy timeout, ``synchronous=FULL`` (an intent recorded just before a Gmail call must
survive a crash) and ``isolation_level=None``, so that *we* decide where transactions start:
every write is inside ``BEGIN IMMEDIATE`` ... ``COMMIT``, either its own or the caller's
``transaction()`` block (nested blocks join the outer one). A database we cannot read, that is not
ours, or whose schema is newer than this program is reported with the path and what to do; it is
never replaced, because it holds the ledger that keeps drafts exactly-once.

The schema and its migrations live in ``local.schema``; migrating writes a backup copy
(``<db>.bak-v<old>``) first, then runs every step in one transaction.

Reads of the ledger and the interviews are cached per table and invalidated by our own writes
and by ``PRAGMA data_version`` (another connection's commits), so an idle daemon cycle does not
decode thousands of rows.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timezone
from pathlib import Path
from typing import Any, TypeVar, cast

from interview_sync.core.model import Interview, LedgerEntry, LedgerStatus, check_aware
from interview_sync.errors import EX_CONFIG, EX_TEMPFAIL, StateError
from interview_sync.local.codec import (
    decode_datetime,
    encode_datetime,
    interview_from_json,
    interview_to_json,
)
from interview_sync.local.schema import CURRENT_SCHEMA, MIGRATIONS, SCHEMA_VERSION, split_sql

__all__ = ["DB_NAME", "LOCK_NAME", "SCHEMA_VERSION", "Hold", "StateStore", "instance_lock"]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

DB_NAME = "state.sqlite3"
LOCK_NAME = "lock"
BUSY_TIMEOUT_MS = 5000


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
    return type(interview.start.tzinfo) is timezone and type(interview.end.tzinfo) is timezone \
        and type(interview.people) is tuple and type(interview.reasons) is tuple


def _stamp(at: datetime) -> str:
    return encode_datetime(check_aware(at, "a state timestamp").astimezone(UTC))


def _corrupt(path: Path, exc: BaseException | str) -> StateError:
    return StateError(
        f"the state database {path} cannot be used: {exc}",
        remedy=(f"check it with `sqlite3 {path} 'PRAGMA integrity_check'`; restore a backup, or "
                f"move it aside (`mv {path} {path}.broken`) to start a fresh one. It is never "
                "replaced automatically because it records which drafts already exist."),
        exit_code=EX_CONFIG,
    )


class StateStore:
    """One open state database. Use ``StateStore.open(path)``; not for use across processes'
    forks. Methods may be called from several threads (calls are serialised)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        # Decoded ledger/interviews, reused while their table is unchanged: an idle daemon
        # cycle (which stores a new sync token) then costs a PRAGMA, not thousands of row
        # decodes. Key: (our writes to that table, data_version for other connections' commits).
        self._generation = {"ledger": 0, "interviews": 0}
        self._dirty: set[str] = set()
        self._caches: dict[str, tuple[tuple[int, int], Any]] = {}
        self._written: dict[str, Interview] = {}  # interview JSON -> the interview it encodes

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: Path) -> StateStore:
        """Open (creating if absent) and migrate the database at ``path``."""
        path = Path(path).expanduser()
        try:
            if not path.parent.exists():
                path.parent.mkdir(mode=0o700, parents=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            os.close(fd)
            if path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)  # the ledger names the people the user met
        except OSError as exc:
            raise StateError(
                f"cannot create the state database {path}: {exc.strerror or exc}",
                remedy=f"make {path.parent} a directory you can write (or set [paths] state_dir)",
                exit_code=EX_CONFIG,
            ) from exc
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise _corrupt(path, exc) from exc
        store = cls(conn, path)
        try:
            store._setup()
        except StateError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise _corrupt(path, exc) from exc
        return store

    def _setup(self) -> None:
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if not mode or str(mode[0]).lower() != "wal":
            log.warning("state database %s is not in WAL mode (%s)", self.path, mode)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise _corrupt(self.path, "; ".join(problems[:5]))
        tables = {str(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        if not tables:
            with self.transaction():
                for statement in split_sql(CURRENT_SCHEMA):
                    conn.execute(statement)
                self._put_meta("schema_version", str(SCHEMA_VERSION))
            return
        if "meta" not in tables:
            raise _corrupt(self.path, f"not an interview-sync state database (tables: "
                                      f"{', '.join(sorted(tables))})")
        version = self._read_version()
        if version > SCHEMA_VERSION:
            raise StateError(
                f"the state database {self.path} has schema version {version}, newer than this "
                f"interview-sync understands ({SCHEMA_VERSION})",
                remedy=("upgrade interview-sync to the version that wrote it, or point "
                        "[paths] state_dir somewhere else"),
                exit_code=EX_CONFIG,
            )
        if version < SCHEMA_VERSION:
            self._migrate(version)

    def _read_version(self) -> int:
        row = self._conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        try:
            version = int(row[0]) if row else -1
        except ValueError:
            version = -1
        if version < 1:
            raise _corrupt(self.path, f"meta.schema_version is missing or invalid ({row})")
        return version

    def _migrate(self, version: int) -> None:
        backup = self.path.with_name(f"{self.path.name}.bak-v{version}")
        target = sqlite3.connect(backup)
        try:
            self._conn.backup(target)
        finally:
            target.close()
        os.chmod(backup, 0o600)
        with self.transaction():
            # re-read inside the write lock: another process may have migrated meanwhile
            current = self._read_version()
            while current < SCHEMA_VERSION:
                step = MIGRATIONS.get(current)
                if step is None:
                    raise _corrupt(self.path, f"no migration from schema version {current}")
                step(self._conn)
                current += 1
            self._put_meta("schema_version", str(current))
        log.info("migrated state database %s from schema v%d to v%d (backup: %s)",
                 self.path, version, SCHEMA_VERSION, backup)

    def close(self) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._conn.close()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on any exception). Nests."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._error("start a transaction", exc) from exc
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self._settle()
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise
            self._depth = 0
            self._settle()
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise self._error("commit", exc) from exc

    def _settle(self) -> None:
        for table in self._dirty:
            self._generation[table] += 1
        self._dirty.clear()

    def _error(self, doing: str, exc: sqlite3.Error) -> StateError:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            return StateError(f"the state database {self.path} stayed locked while trying to "
                              f"{doing}: {exc}", remedy="another process holds it; try again",
                              exit_code=EX_TEMPFAIL)
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
                exc, sqlite3.OperationalError | sqlite3.IntegrityError):
            return _corrupt(self.path, exc)
        return StateError(f"state database {self.path}: could not {doing}: {exc}",
                          remedy="check free disk space and the file's permissions")

    def _write(self, doing: str, sql: str, params: tuple[object, ...],
               table: str | None = None) -> None:
        with self.transaction():
            if table is not None:
                self._dirty.add(table)
            try:
                self._conn.execute(sql, params)
            except sqlite3.Error as exc:
                raise self._error(doing, exc) from exc

    def _read(self, doing: str, sql: str,
              params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            try:
                return list(self._conn.execute(sql, params).fetchall())
            except sqlite3.Error as exc:
                raise self._error(doing, exc) from exc

    def _version(self, table: str) -> tuple[int, int]:
        # data_version changes when *another* connection commits; _generation covers ours
        rows = self._read("check for changes", "PRAGMA data_version")
        return self._generation[table], int(str(rows[0][0]))

    # ------------------------------------------------------------------ meta

    def _put_meta(self, name: str, value: str) -> None:
        self._conn.execute("INSERT INTO meta (name, value) VALUES (?, ?) "
                           "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                           (name, value))

    def set_meta(self, name: str, value: str) -> None:
        with self.transaction():
            try:
                self._put_meta(name, value)
            except sqlite3.Error as exc:
                raise self._error(f"set {name}", exc) from exc

    def get_meta(self, name: str) -> str | None:
        rows = self._read(f"read {name}", "SELECT value FROM meta WHERE name = ?", (name,))
        return str(rows[0][0]) if rows else None

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

    def _cached(self, name: str, table: str, load: Callable[[], _T]) -> _T:
        """``load()``'s answer, reused while ``table`` is unchanged (the caller copies it)."""
        with self._lock:
            if table in self._dirty:  # our own uncommitted writes: read them, no cache
                return load()
            version = self._version(table)
            hit = self._caches.get(name)
            if hit is None or hit[0] != version:
                hit = self._caches[name] = (version, load())
            return cast(_T, hit[1])

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
            if iv is not None:
                out.append(iv)
                kept[str(text)] = iv
        self._written = kept  # only the rows stored now: the memo never outgrows the table
        return tuple(out)

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

    # ------------------------------------------------------------------ health

    def integrity_check(self) -> list[str]:
        """Problems ``PRAGMA integrity_check`` finds ([] when the file is sound)."""
        rows = self._read("check integrity", "PRAGMA integrity_check")
        problems = [str(r[0]) for r in rows]
        return [] if problems == ["ok"] else problems


@contextlib.contextmanager
def instance_lock(state_dir: Path) -> Iterator[None]:
    """Hold ``state_dir/lock`` (``flock``, non-blocking) for the duration of the block.

    A second holder gets ``StateError`` with exit code 75 naming the running pid. The lock file
    is never deleted (deleting it would let two processes lock two different inodes).
    """
    state_dir = Path(state_dir).expanduser()
    lock_path = state_dir / LOCK_NAME
    try:
        state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StateError(f"cannot create the lock file {lock_path}: {exc.strerror or exc}",
                         remedy=f"make {state_dir} a directory you can write",
                         exit_code=EX_CONFIG) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise StateError(f"cannot lock {lock_path}: {exc.strerror or exc}",
                                 remedy=f"check that {state_dir} is on a local file system",
                                 exit_code=EX_CONFIG) from exc
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise StateError(
                f"another interview-sync is running (pid {holder})",
                remedy=(f"stop it first (e.g. `systemctl --user stop interview-sync`), or wait "
                        f"for it to finish; the lock is {lock_path}"),
                exit_code=EX_TEMPFAIL,
            ) from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
