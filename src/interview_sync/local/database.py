"""The state database's file and connection: opening, schema, migrations, transactions.

Owns: ``StateDatabase``, the base of ``local.state.StateStore``. Opening the SQLite file (0600 in a
0700 directory), its settings, creating the schema or migrating it forward, ``transaction()``, the
translation of ``sqlite3`` errors into ``StateError`` with what to do, the generic ``meta`` table,
the integrity check, and the per-table read memo the store's readers use. Which rows mean what
(interviews, decisions, the ledger, holds, sync tokens) is ``local.state``'s.

Theory of operation. The file lives in the state directory (0700), is itself 0600 and runs in WAL
mode with a busy timeout, ``synchronous=FULL`` (an intent recorded just before a Gmail call must
survive a crash) and ``isolation_level=None``, so that *we* decide where transactions start:
every write is inside ``BEGIN IMMEDIATE`` ... ``COMMIT``, either its own or the caller's
``transaction()`` block (nested blocks join the outer one). A database we cannot read, that is not
ours, or whose schema is newer than this program is reported with the path and what to do; it is
never replaced, because it holds the ledger that keeps drafts exactly-once.

The schema and its migrations live in ``local.schema``; migrating writes a backup copy
(``<db>.bak-v<old>``) first, then runs every step in one transaction.

Reads are cached per table (``_cached``) and invalidated by our own writes and by ``PRAGMA
data_version`` (another connection's commits), so an idle daemon cycle does not decode thousands
of rows.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Self, TypeVar, cast

from interview_sync.errors import EX_CONFIG, EX_TEMPFAIL, StateError
from interview_sync.local.schema import CURRENT_SCHEMA, MIGRATIONS, SCHEMA_VERSION, split_sql

__all__ = ["BUSY_TIMEOUT_MS", "StateDatabase"]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

BUSY_TIMEOUT_MS = 5000


def _corrupt(path: Path, exc: BaseException | str) -> StateError:
    return StateError(
        f"the state database {path} cannot be used: {exc}",
        remedy=(f"check it with `sqlite3 {path} 'PRAGMA integrity_check'`; restore a backup, or "
                f"move it aside (`mv {path} {path}.broken`) to start a fresh one. It is never "
                "replaced automatically because it records which drafts already exist."),
        exit_code=EX_CONFIG,
    )


class StateDatabase:
    """One open state database file. Use ``open(path)``; not for use across processes' forks.
    Methods may be called from several threads (calls are serialised)."""

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

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: Path) -> Self:
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

    def __enter__(self) -> Self:
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

    # ------------------------------------------------------------------ health

    def integrity_check(self) -> list[str]:
        """Problems ``PRAGMA integrity_check`` finds ([] when the file is sound)."""
        rows = self._read("check integrity", "PRAGMA integrity_check")
        problems = [str(r[0]) for r in rows]
        return [] if problems == ["ok"] else problems
