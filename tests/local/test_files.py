"""Output files on a real file system: containment, atomicity under SIGKILL, the user's edits win."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.errors import ConfigError, InterviewSyncError
from interview_sync.local.files import (
    UnsafePath,
    append_text,
    create_exclusive,
    ensure_dir,
    read_text_lenient,
    remove_stale_temps,
    replace_if_unchanged,
    safe_path,
    sha256_of,
    write_atomic,
)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- containment


@pytest.mark.parametrize("name", ["../x.md", "a/../../x.md", "/etc/passwd", "..", ".", "",
                                  "a\x00b", "sub/../../../x"])
def test_safe_path_refuses_escapes(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnsafePath) as err:
        safe_path(tmp_path, name)
    assert isinstance(err.value, ValueError) and isinstance(err.value, InterviewSyncError)


def test_safe_path_refuses_a_symlink_out(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "link").symlink_to(outside)
    with pytest.raises(UnsafePath):
        safe_path(notes, "link/x.md")


@pytest.mark.parametrize("name", ["2026-11-20 Acme — Data Engineer.md", "..hidden.md",
                                  "a..b.ics", "sub/ok.md"])
def test_safe_path_accepts_names_inside(tmp_path: Path, name: str) -> None:
    assert safe_path(tmp_path, name) == (tmp_path / name).resolve()


@settings(max_examples=300, deadline=None)
@given(name=st.text(alphabet=st.sampled_from(list("./\\a\x00~$ ")), max_size=12))
def test_safe_path_never_returns_a_path_outside(tmp_path_factory: pytest.TempPathFactory,
                                                name: str) -> None:
    base = tmp_path_factory.getbasetemp() / "contain"
    base.mkdir(exist_ok=True)
    try:
        result = safe_path(base, name)
    except UnsafePath:
        return
    assert result.is_relative_to(base.resolve()) and result != base.resolve()


# ---------------------------------------------------------------- writes


def test_write_atomic_replaces_and_returns_the_hash(tmp_path: Path) -> None:
    target = tmp_path / "r.ics"
    assert write_atomic(target, b"one") == sha(b"one")
    assert write_atomic(target, b"two", mode=0o600) == sha(b"two")
    assert target.read_bytes() == b"two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.ics"]


def test_names_near_the_length_limit_still_write(tmp_path: Path) -> None:
    long_name = "é" * 120 + ".md"  # 243 bytes in UTF-8
    assert create_exclusive(tmp_path / long_name, b"x")[0]
    write_atomic(tmp_path / long_name, b"y")
    assert (tmp_path / long_name).read_bytes() == b"y"
    assert [p.name for p in tmp_path.iterdir()] == [long_name]


def test_create_exclusive_never_overwrites(tmp_path: Path) -> None:
    note = tmp_path / "n.md"
    assert create_exclusive(note, b"template") == (True, sha(b"template"))
    note.write_bytes(b"the user's words")
    assert create_exclusive(note, b"template v2") == (False, sha(b"the user's words"))
    assert note.read_bytes() == b"the user's words"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.md"]


def test_replace_if_unchanged_table(tmp_path: Path) -> None:
    f = tmp_path / "x.ics"
    assert replace_if_unchanged(f, b"v1", None)  # absent → written
    assert f.read_bytes() == b"v1"
    assert replace_if_unchanged(f, b"v2", sha(b"v1"))  # ours → replaced
    assert f.read_bytes() == b"v2"
    f.write_bytes(b"STATUS:COMPLETED")  # the user marked it done
    assert not replace_if_unchanged(f, b"v3", sha(b"v2"))
    assert f.read_bytes() == b"STATUS:COMPLETED"
    assert not replace_if_unchanged(f, b"v3", None)  # exists, nothing recorded → hands off
    assert replace_if_unchanged(f, b"STATUS:COMPLETED", sha(b"v2"))  # already what we want


def test_replace_keeps_permissions(tmp_path: Path) -> None:
    f = tmp_path / "x"
    write_atomic(f, b"a", mode=0o640)
    assert replace_if_unchanged(f, b"b", sha(b"a"))
    assert stat.S_IMODE(f.stat().st_mode) == 0o640


def test_append_text_adds_after_a_newline_and_keeps_the_rest(tmp_path: Path) -> None:
    note = tmp_path / "n.md"
    note.write_bytes(b"# Notes\nmy answer without newline")
    append_text(note, "## Added later\n- Kim\n")
    append_text(note, "## Again\n")
    assert note.read_text() == ("# Notes\nmy answer without newline\n## Added later\n- Kim\n"
                                "## Again\n")


def test_append_to_a_missing_note_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="append"):
        append_text(tmp_path / "gone.md", "x")


def test_writing_into_a_missing_directory_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        write_atomic(tmp_path / "nope" / "x.ics", b"x")
    assert "nope" in err.value.remedy


def test_sha256_of(tmp_path: Path) -> None:
    assert sha256_of(tmp_path / "none") is None
    (tmp_path / "f").write_bytes(b"abc" * 100_000)
    assert sha256_of(tmp_path / "f") == sha(b"abc" * 100_000)


# ---------------------------------------------------------------- reading


@pytest.mark.parametrize(("data", "text", "problem"), [
    (b"plain\n", "plain\n", None),
    (b"\xef\xbb\xbfbom", "bom", None),
    (b"caf\xe9 ok", "caf\ufffd ok", "offset 3"),
    (b"a\x00b", "a\x00b", "NUL"),
])
def test_read_text_lenient(tmp_path: Path, data: bytes, text: str, problem: str | None) -> None:
    f = tmp_path / "n.md"
    f.write_bytes(data)
    got, problems = read_text_lenient(f)
    assert got == text
    assert (problem is None and problems == []) or any(problem in p for p in problems if problem)


def test_read_text_lenient_missing_and_directory(tmp_path: Path) -> None:
    assert read_text_lenient(tmp_path / "none")[1][0].endswith("does not exist")
    text, problems = read_text_lenient(tmp_path)
    assert text == "" and "cannot be read" in problems[0]


# ---------------------------------------------------------------- directories


def test_ensure_dir_creates_private(tmp_path: Path) -> None:
    d = tmp_path / "a" / "b"
    ensure_dir(d)
    assert stat.S_IMODE(d.stat().st_mode) == 0o700
    ensure_dir(d)  # idempotent


def test_ensure_dir_on_a_file_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(ConfigError):
        ensure_dir(tmp_path / "f" / "sub")


def test_remove_stale_temps_only_touches_our_hidden_temps(tmp_path: Path) -> None:
    for name in [".a.ics.1234.tmp", "visible.tmp", ".hidden-not-temp", "x.ics"]:
        (tmp_path / name).write_text("x")
    assert [p.name for p in remove_stale_temps(tmp_path)] == [".a.ics.1234.tmp"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".hidden-not-temp", "visible.tmp",
                                                          "x.ics"]


# ---------------------------------------------------------------- atomicity under SIGKILL

WRITER = textwrap.dedent("""
    import hashlib, sys
    from pathlib import Path
    from interview_sync.local.files import create_exclusive, write_atomic
    directory = Path(sys.argv[1])
    i = 0
    while True:
        i += 1
        # megabytes, so that a kill often lands inside a write (a naive open("wb").write
        # loop is caught leaving a partial file in about 1 of 5 kills at this size)
        body = (str(i) * 600_000).encode()[: 2_500_000 + i % 7_000]
        payload = hashlib.sha256(body).hexdigest().encode() + b"\\n" + body
        write_atomic(directory / f"r{i % 4}.ics", payload)
        create_exclusive(directory / f"n{i % 50}.md", payload)
""")


def _complete(data: bytes) -> bool:
    digest, _, body = data.partition(b"\n")
    return hashlib.sha256(body).hexdigest().encode() == digest


def test_sigkill_mid_write_never_leaves_a_partial_file(tmp_path: Path) -> None:
    rng = random.Random(4)
    kills = 0
    for _ in range(15):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)])
        time.sleep(0.25 + rng.random() * 0.3)  # the interpreter start takes ~0.2 s
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL
        kills += 1
    visible = [p for p in tmp_path.iterdir() if not p.name.startswith(".")]
    interrupted = [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    print(f"{kills} kills, {len(interrupted)} interrupted writes left hidden temps")
    assert visible, "the writer never got to write anything"
    for p in visible:
        assert p.suffix in {".ics", ".md"}, f"stray visible file {p.name}"
        assert _complete(p.read_bytes()), f"{p.name} is partial"
    remove_stale_temps(tmp_path)
    assert all(not p.name.startswith(".") for p in tmp_path.iterdir())
    assert kills == 15
