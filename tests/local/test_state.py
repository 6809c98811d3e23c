"""The state database on real SQLite files: schema, migrations, transactions, refusal, the lock."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.model import Interview, LedgerStatus, Person
from interview_sync.errors import EX_CONFIG, EX_TEMPFAIL, StateError
from interview_sync.local import codec
from interview_sync.local.instance_lock import instance_lock
from interview_sync.local.state import DB_NAME, SCHEMA_VERSION, StateStore

T0 = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def make_interview(**overrides: object) -> Interview:
    fields: dict[str, object] = {
        "key": "uid-1@google.com", "event_id": "ev1", "calendar_id": "primary",
        "title": "Interview: Data Engineer at Acme", "company": "Acme", "role": "Data Engineer",
        "stage": "onsite", "start": T0, "end": T0 + timedelta(hours=1), "timezone": "Europe/Berlin",
        "people": (Person(email="kim@acme.test", name="Kim Lee", hiring_manager=True),
                   Person(email="", name="Rita Ora", role="support", title="Coordinator")),
        "reasons": ("title says interview",),
    }
    fields.update(overrides)
    return Interview(**fields)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[StateStore]:
    s = StateStore.open(tmp_path / "state" / DB_NAME)
    yield s
    s.close()


# ---------------------------------------------------------------- creation and round trips


def test_new_database_is_private_wal_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "state" / DB_NAME
    with StateStore.open(path) as s:
        s.set_sync_token("primary", "tok1")  # forces a WAL file into existence
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        for extra in path.parent.glob(DB_NAME + "-*"):
            assert stat.S_IMODE(extra.stat().st_mode) == 0o600, extra
        assert s.get_meta("schema_version") == str(SCHEMA_VERSION)
        assert s.integrity_check() == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_existing_loose_permissions_are_tightened(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    path.touch(mode=0o644)
    path.chmod(0o644)
    StateStore.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sync_tokens_per_calendar(store: StateStore) -> None:
    assert store.get_sync_token("primary") is None
    store.set_sync_token("primary", "a")
    store.set_sync_token("work@x", "b", at=T0)
    store.set_sync_token("primary", "c")
    assert (store.get_sync_token("primary"), store.get_sync_token("work@x")) == ("c", "b")
    store.set_sync_token("primary", None)
    assert store.get_sync_token("primary") is None
    assert store.get_sync_token("work@x") == "b"


def test_save_interview_upserts_and_keeps_first_seen(store: StateStore) -> None:
    first = make_interview()
    store.save_interview(first, seen_at=T0)
    moved = make_interview(start=T0 + timedelta(days=1), end=T0 + timedelta(days=1, hours=1),
                           event_id="ev2", cancelled=True)
    store.save_interview(moved, seen_at=T0 + timedelta(days=2))
    assert store.interviews() == [moved]
    assert store.first_seen() == {first.key: T0}
    assert store.interview_for_event("primary", "ev2") == moved
    assert store.interview_for_event("primary", "ev1") is None
    assert store.interview_for_event("other", "ev2") is None


def test_first_seen_converts_to_utc(store: StateStore) -> None:
    seen = datetime(2026, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    store.save_interview(make_interview(), seen_at=seen)
    assert store.first_seen()["uid-1@google.com"] == seen
    with pytest.raises(ValueError, match="naive"):
        store.save_interview(make_interview(key="k2"), seen_at=datetime(2026, 1, 1))


def test_an_unreadable_interview_row_is_skipped_not_fatal(store: StateStore) -> None:
    store.save_interview(make_interview(key="good"), seen_at=T0)
    store.save_interview(make_interview(key="bad", event_id="evb"), seen_at=T0)
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE interviews SET json = '{\"start\": 1}' WHERE key = 'bad'")
    conn.commit()
    conn.close()
    assert [iv.key for iv in store.interviews()] == ["good"]
    assert store.interview_for_event("primary", "evb") is None


def test_ledger_intent_then_outcome(store: StateStore) -> None:
    store.record_intent("k", "h1", at=T0)
    entry = store.ledger()["k"]
    assert (entry.status, entry.content_hash, entry.target, entry.updated_at) == (
        LedgerStatus.PENDING, "h1", None, T0)
    store.record_outcome("k", LedgerStatus.DONE, content_hash="h1", at=T0, target="r-1",
                         fingerprint="fp1")
    assert store.fingerprint("k") == "fp1"
    # a later intent/outcome without target or fingerprint keeps the old ones
    store.record_intent("k", "h2", at=T0 + timedelta(minutes=1))
    assert store.ledger()["k"].target == "r-1"
    store.record_outcome("k", LedgerStatus.FAILED, content_hash="h2", at=T0, detail="503")
    entry = store.ledger()["k"]
    assert (entry.status, entry.content_hash, entry.target, entry.detail) == (
        LedgerStatus.FAILED, "h2", "r-1", "503")
    assert store.fingerprint("k") == "fp1"
    assert store.fingerprint("nope") is None


def test_fingerprints_in_one_read_follow_every_write(store: StateStore, tmp_path: Path) -> None:
    assert store.fingerprints() == {}
    store.record_outcome("a", LedgerStatus.DONE, content_hash="h", at=T0, fingerprint="f1")
    store.record_intent("b", "h", at=T0)  # no fingerprint yet: not listed
    assert store.fingerprints() == {"a": "f1"}
    store.record_outcome("a", LedgerStatus.DONE, content_hash="h", at=T0, fingerprint="f2")
    assert store.fingerprints() == {"a": "f2"}  # the cached read is not stale
    with store.transaction():  # inside a transaction: our own uncommitted write is seen
        store.record_outcome("b", LedgerStatus.DONE, content_hash="h", at=T0, fingerprint="g")
        assert store.fingerprints() == {"a": "f2", "b": "g"}
    with StateStore.open(tmp_path / "state" / DB_NAME) as other:  # another process's write is seen too
        other.record_outcome("a", LedgerStatus.EDITED, content_hash="h", at=T0,
                             fingerprint="f3")
    assert store.fingerprints() == {"a": "f3", "b": "g"}


def test_unknown_ledger_status_reads_as_failed(store: StateStore) -> None:
    store.record_intent("k", "h", at=T0)
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE ledger SET status = 'from-the-future'")
    conn.commit()
    conn.close()
    assert store.ledger()["k"].status is LedgerStatus.FAILED


def test_meta_round_trip(store: StateStore) -> None:
    assert store.get_meta("last_poll") is None
    store.set_meta("last_poll", "x")
    store.set_meta("last_poll", "y")
    assert store.get_meta("last_poll") == "y"


# ---------------------------------------------------------------- transactions


def test_exception_inside_transaction_rolls_everything_back(store: StateStore) -> None:
    store.record_outcome("k", LedgerStatus.DONE, content_hash="h0", at=T0)
    with pytest.raises(RuntimeError), store.transaction():
        store.record_intent("k", "h1", at=T0)
        store.record_intent("k2", "h1", at=T0)
        with store.transaction():  # nested joins the outer one
            store.set_sync_token("primary", "t")
        raise RuntimeError("crash between intent and call")
    assert {k: e.status for k, e in store.ledger().items()} == {"k": LedgerStatus.DONE}
    assert store.get_sync_token("primary") is None


def test_a_process_killed_mid_transaction_leaves_the_ledger_unchanged(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    with StateStore.open(path) as s:
        s.record_outcome("k", LedgerStatus.DONE, content_hash="h0", at=T0)
    script = textwrap.dedent(f"""
        import os, signal
        from datetime import datetime, UTC
        from pathlib import Path
        from interview_sync.local.state import StateStore
        s = StateStore.open(Path({str(path)!r}))
        at = datetime(2026, 1, 1, tzinfo=UTC)
        with s.transaction():
            s.record_intent("k", "h1", at=at)
            s.record_intent("k2", "h1", at=at)
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False)
    assert result.returncode == -9, result.stderr
    with StateStore.open(path) as s:
        ledger = s.ledger()
        assert list(ledger) == ["k"] and ledger["k"].content_hash == "h0"
        assert s.integrity_check() == []


def test_cached_reads_follow_every_change(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    a, b = StateStore.open(path), StateStore.open(path)
    try:
        a.save_interview(make_interview(), seen_at=T0)
        assert a.ledger() == {} and len(a.interviews()) == 1  # now cached
        b.record_intent("from-b", "h", at=T0)  # another connection commits
        assert set(a.ledger()) == {"from-b"}
        a.set_sync_token("primary", "t")  # a write to another table keeps the caches valid
        with a.transaction():
            a.record_outcome("from-b", LedgerStatus.DONE, content_hash="h", at=T0)
            a.save_interview(make_interview(key="k2", event_id="e2"), seen_at=T0)
            assert a.ledger()["from-b"].status is LedgerStatus.DONE  # own uncommitted write
            assert len(a.interviews()) == 2
        with pytest.raises(RuntimeError), a.transaction():
            a.record_intent("from-b", "h2", at=T0)
            raise RuntimeError
        assert a.ledger()["from-b"].status is LedgerStatus.DONE  # rolled back, not cached
        assert b.ledger()["from-b"].status is LedgerStatus.DONE
        returned = a.ledger()
        returned.clear()  # callers get their own copy
        assert a.ledger() and len(a.interviews()) == 2
    finally:
        a.close()
        b.close()


def test_writers_in_two_connections_do_not_fail_with_locked(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    a, b = StateStore.open(path), StateStore.open(path)
    try:
        with a.transaction():
            a.record_intent("a", "h", at=T0)
        b.record_intent("b", "h", at=T0)
        assert set(a.ledger()) == {"a", "b"}
    finally:
        a.close()
        b.close()


# ---------------------------------------------------------------- refusal and migration


@pytest.mark.parametrize("content", [b"this is not a database\n" * 50, b"SQLite format 3\x00" +
                                     b"\xff" * 4000], ids=["text", "bad-header"])
def test_garbage_file_is_reported_and_never_replaced(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / DB_NAME
    path.write_bytes(content)
    with pytest.raises(StateError) as err:
        StateStore.open(path)
    assert str(path) in str(err.value) and "mv " in err.value.remedy
    assert err.value.exit_code == EX_CONFIG
    assert path.read_bytes() == content


def test_someone_elses_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StateError, match="not an interview-sync state database"):
        StateStore.open(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    with StateStore.open(path) as s:
        s.set_meta("schema_version", str(SCHEMA_VERSION + 1))
    with pytest.raises(StateError, match="newer") as err:
        StateStore.open(path)
    assert "upgrade" in err.value.remedy
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM meta WHERE name='schema_version'").fetchone() == (
        str(SCHEMA_VERSION + 1),)
    conn.close()


V1_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sync_tokens (calendar_id TEXT PRIMARY KEY, token TEXT NOT NULL);
CREATE TABLE interviews (key TEXT PRIMARY KEY, event_id TEXT NOT NULL, calendar_id TEXT NOT NULL,
                         json TEXT NOT NULL, first_seen TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE ledger (key TEXT PRIMARY KEY, content_hash TEXT NOT NULL, status TEXT NOT NULL,
                     target TEXT, updated_at TEXT NOT NULL);
INSERT INTO meta VALUES ('schema_version', '1');
"""


def test_v1_database_is_migrated_forward_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    cancelled = make_interview(key="c", event_id="e2", cancelled=True)
    conn.executemany("INSERT INTO interviews VALUES (?, ?, ?, ?, ?, ?)", [
        ("a", "e1", "primary", codec.interview_to_json(make_interview(key="a")),
         T0.isoformat(), T0.isoformat()),
        ("c", "e2", "primary", codec.interview_to_json(cancelled), T0.isoformat(),
         T0.isoformat())])
    conn.execute("INSERT INTO ledger VALUES ('a/thank/kim', 'h', 'done', 'r-9', ?)",
                 (T0.isoformat(),))
    conn.execute("INSERT INTO sync_tokens VALUES ('primary', 'old-token')")
    conn.commit()
    conn.close()

    with StateStore.open(path) as s:
        assert s.get_meta("schema_version") == str(SCHEMA_VERSION)
        assert s.get_sync_token("primary") == "old-token"
        assert [iv.key for iv in s.interviews()] == ["a", "c"]
        entry = s.ledger()["a/thank/kim"]
        assert (entry.status, entry.target, entry.detail) == (LedgerStatus.DONE, "r-9", None)
        assert s.fingerprint("a/thank/kim") is None
        s.record_outcome("a/thank/kim", LedgerStatus.DONE, content_hash="h", at=T0,
                         fingerprint="f")  # the new column is writable
        assert s.fingerprint("a/thank/kim") == "f"
    conn = sqlite3.connect(path)
    assert dict(conn.execute("SELECT key, cancelled FROM interviews").fetchall()) == {
        "a": 0, "c": 1}
    conn.close()
    backup = sqlite3.connect(tmp_path / f"{DB_NAME}.bak-v1")
    assert backup.execute("SELECT value FROM meta").fetchone() == ("1",)
    backup.close()
    # opening again is a no-op
    StateStore.open(path).close()


def test_unusable_state_dir_is_a_config_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")  # a file where the directory should be (fails even as root)
    with pytest.raises(StateError) as err:
        StateStore.open(blocker / "sub" / DB_NAME)
    assert err.value.exit_code == EX_CONFIG and "state_dir" in err.value.remedy


# ---------------------------------------------------------------- the instance lock


def test_second_holder_gets_exit_75(tmp_path: Path) -> None:
    with instance_lock(tmp_path):
        with pytest.raises(StateError) as err, instance_lock(tmp_path):
            pass
        assert err.value.exit_code == EX_TEMPFAIL
        assert f"pid {os.getpid()}" in str(err.value)
    with instance_lock(tmp_path):  # released afterwards
        pass


def test_lock_is_exclusive_across_processes(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from interview_sync.errors import StateError
        from interview_sync.local.instance_lock import instance_lock
        try:
            with instance_lock(Path({str(tmp_path)!r})):
                print("got it")
        except StateError as e:
            print(e)
            sys.exit(e.exit_code)
    """)
    with instance_lock(tmp_path):
        held = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              check=False)
    assert held.returncode == EX_TEMPFAIL
    assert "another interview-sync is running" in held.stdout
    free = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=False)
    assert (free.returncode, free.stdout.strip()) == (0, "got it")


def test_lock_released_when_holder_is_killed(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from pathlib import Path
        from interview_sync.local.instance_lock import instance_lock
        with instance_lock(Path({str(tmp_path)!r})):
            print("locked", flush=True)
            time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StateError, match=f"pid {holder.pid}"), instance_lock(tmp_path):
            pass
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    with instance_lock(tmp_path):
        pass


# ---------------------------------------------------------------- codec property

_text = st.text(max_size=30)
_aware = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),
                      timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)),
                                                 timezone(timedelta(hours=-8))]))
_person = st.builds(Person, email=_text, name=_text, role=st.sampled_from(["interviewer",
                                                                          "support"]),
                    hiring_manager=st.booleans(), title=st.none() | _text)


@settings(max_examples=150, deadline=None)
@given(key=_text, title=_text, company=st.none() | _text, start=_aware,
       people=st.lists(_person, max_size=4).map(tuple), reasons=st.lists(_text, max_size=3).map(
           tuple), cancelled=st.booleans(), description=st.text(max_size=200))
def test_codec_round_trips_any_interview(key: str, title: str, company: str | None,
                                        start: datetime, people: tuple[Person, ...],
                                        reasons: tuple[str, ...], cancelled: bool,
                                        description: str) -> None:
    iv = make_interview(key=key, title=title, company=company, start=start,
                        end=start + timedelta(minutes=45), people=people, reasons=reasons,
                        cancelled=cancelled, description=description)
    text = codec.interview_to_json(iv)
    # the stored bytes: compact, key-sorted at every level (equal interviews, equal rows)
    assert text == json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False,
                              separators=(",", ":"))
    back = codec.interview_from_json(text)
    assert back == iv
    assert back.start.utcoffset() == iv.start.utcoffset()
    assert codec.interview_to_json(back) == text


@pytest.mark.parametrize("bad", ["", "[]", '{"start": "2026-01-01T00:00:00"}',
                                 json.dumps({"start": "x", "end": "y"}),
                                 json.dumps({**codec.interview_to_dict(make_interview()),
                                             "people": [{"name": "no email"}]}),
                                 json.dumps({**codec.interview_to_dict(make_interview()),
                                             "people": "nope"}),
                                 json.dumps({k: v for k, v in codec.interview_to_dict(
                                     make_interview()).items() if k != "title"})])
def test_codec_rejects_malformed_documents_with_value_error(bad: str) -> None:
    with pytest.raises(ValueError):
        codec.interview_from_json(bad)


def test_codec_ignores_unknown_keys() -> None:
    data = {**codec.interview_to_dict(make_interview()), "added_in_v9": 1}
    assert codec.interview_from_dict(data) == make_interview()


# ------------------------------------------------------------------ the user's decisions


def test_decisions_are_kept_replaced_and_forgotten(store: StateStore) -> None:
    assert store.decisions() == {}
    store.set_decision("ev1", "confirm", at=T0)
    store.set_decision("ev2", "ignore", at=T0)
    store.set_decision("ev1", "ignore", at=T0 + timedelta(minutes=1))
    assert store.decisions() == {"ev1": "ignore", "ev2": "ignore"}
    store.set_decision("ev2", None, at=T0)
    assert store.decisions() == {"ev1": "ignore"}
    with pytest.raises(ValueError, match="confirm"):
        store.set_decision("ev3", "maybe", at=T0)


V2_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sync_tokens (calendar_id TEXT PRIMARY KEY, token TEXT NOT NULL,
                          updated_at TEXT NOT NULL DEFAULT '');
CREATE TABLE interviews (key TEXT PRIMARY KEY, event_id TEXT NOT NULL, calendar_id TEXT NOT NULL,
                         json TEXT NOT NULL, first_seen TEXT NOT NULL, updated_at TEXT NOT NULL,
                         cancelled INTEGER NOT NULL DEFAULT 0);
CREATE TABLE ledger (key TEXT PRIMARY KEY, content_hash TEXT NOT NULL, status TEXT NOT NULL,
                     target TEXT, fingerprint TEXT, detail TEXT, updated_at TEXT NOT NULL);
INSERT INTO meta VALUES ('schema_version', '2');
"""


def test_v2_database_gains_the_decisions_table_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.executescript(V2_SCHEMA)
    conn.execute("INSERT INTO interviews VALUES (?, ?, ?, ?, ?, ?, 0)",
                 ("a", "e1", "primary", codec.interview_to_json(make_interview(key="a")),
                  T0.isoformat(), T0.isoformat()))
    conn.commit()
    conn.close()
    with StateStore.open(path) as s:
        assert s.get_meta("schema_version") == str(SCHEMA_VERSION) == "4"
        assert [iv.key for iv in s.interviews()] == ["a"]
        assert s.interviews()[0].unsure is False and s.interviews()[0].confidence == 1.0
        s.set_decision("e1", "confirm", at=T0)
        assert s.decisions() == {"e1": "confirm"}
    assert list(tmp_path.glob(f"{DB_NAME}*bak*")) or list(tmp_path.glob("*.bak*")), \
        "a backup copy is made before migrating"


def test_holds_round_trip_and_are_replaced_or_cleared(tmp_path: Path) -> None:
    with StateStore.open(tmp_path / DB_NAME) as s:
        assert s.holds() == {}
        s.set_hold("gmail", reason="wait", at=T0, until=T0 + timedelta(minutes=15))
        s.set_hold("iv/thank/kim", reason="refused", at=T0, content_hash="h1")
        holds = s.holds()
        assert holds["gmail"].until == T0 + timedelta(minutes=15)
        assert (holds["iv/thank/kim"].until, holds["iv/thank/kim"].content_hash) == (None, "h1")
        s.set_hold("gmail", reason="longer", at=T0, until=T0 + timedelta(hours=1))
        assert s.holds()["gmail"].reason == "longer"
        s.clear_hold("iv/thank/kim")
        assert set(s.holds()) == {"gmail"}
    with StateStore.open(tmp_path / DB_NAME) as s:  # it survives a restart
        assert s.holds()["gmail"].until == T0 + timedelta(hours=1)


def test_v3_database_gains_the_holds_table(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    with StateStore.open(path) as s:
        s.record_outcome("a/thank/kim", LedgerStatus.DONE, content_hash="h", at=T0,
                         target="r-1")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE holds")
    conn.execute("UPDATE meta SET value = '3' WHERE name = 'schema_version'")
    conn.commit()
    conn.close()
    with StateStore.open(path) as s:
        assert s.get_meta("schema_version") == str(SCHEMA_VERSION) == "4"
        assert s.ledger()["a/thank/kim"].target == "r-1"
        s.set_hold("gmail", reason="wait", at=T0, until=T0)
        assert set(s.holds()) == {"gmail"}
    assert (tmp_path / f"{DB_NAME}.bak-v3").exists()
