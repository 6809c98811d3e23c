"""Files as private as the data: modes under every umask, links and devices refused."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_sync.local import files


@pytest.fixture(params=[0o022, 0o077, 0o002, 0o000, 0o027])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_are_0600_in_0700_folders_or_stricter(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "data" / "interview-sync" / "notes"
    files.ensure_dir(folder)
    for made in (folder, folder.parent, folder.parent.parent):  # parents we created too
        assert mode(made) == 0o700 & ~umask
    note = folder / "n.md"
    files.create_exclusive(note, b"x")
    files.write_atomic(folder / "r.ics", b"y")
    for path in (note, folder / "r.ics"):
        assert mode(path) == 0o600 & ~umask
        assert not mode(path) & 0o077


def test_an_existing_folder_is_never_changed(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o750)
    files.ensure_dir(folder)
    assert mode(folder) == 0o750


def test_append_refuses_a_link_planted_at_the_note(tmp_path: Path) -> None:
    target = tmp_path / "victim"
    target.write_text("precious\n")
    link = tmp_path / "note.md"
    link.symlink_to(target)
    with pytest.raises(files.UnsafePath, match="symbolic link"):
        files.append_text(link, "## injected\n")
    assert target.read_text() == "precious\n"


def test_append_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "note.md"
    os.mkfifo(fifo)
    with pytest.raises(files.UnsafePath, match="not a regular file"):
        files.append_text(fifo, "x")


@pytest.mark.parametrize("kind", ["link_to_dev_zero", "fifo", "too_big"])
def test_reads_of_our_files_are_bounded_and_refuse_links_and_devices(tmp_path: Path,
                                                                    kind: str) -> None:
    path = tmp_path / "note.md"
    if kind == "link_to_dev_zero":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)  # nobody writes: a blocking read would hang forever
    else:
        path.write_bytes(b"x" * (files.MAX_READ + 1))
    text, problems = files.read_text_lenient(path)
    assert text == "" and len(problems) == 1, problems
    if kind != "too_big":
        assert files.sha256_of(path) == files.IRREGULAR
    with pytest.raises(OSError):
        files.read_bytes_bounded(path)


def test_the_umask_is_read_without_being_changed() -> None:
    old = os.umask(0o027)
    try:
        assert files.current_umask() == 0o027
        assert files.private_mode(0o600) == 0o600 and files.private_mode(0o755) == 0o750
    finally:
        os.umask(old)
