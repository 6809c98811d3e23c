"""Attachments come only from the material folder: every way out of it is refused, with why."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from interview_sync.local.material import MaterialFolder, Refusal
from interview_sync.render.email import Attachment

SECRET = b"-----BEGIN OPENSSH PRIVATE KEY----- planted"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_bytes(SECRET)
    config = home / ".config" / "interview-sync"
    config.mkdir(parents=True)
    (config / "token.json").write_bytes(SECRET)
    material = home / "material"
    material.mkdir()
    (material / "work-sample.pdf").write_bytes(b"%PDF-1.4 sample")
    (material / "sub").mkdir()
    (material / "sub" / "deck.pdf").write_bytes(b"%PDF deck")
    (material / ".env").write_bytes(SECRET)
    (material / "out-link.pdf").symlink_to(home / ".ssh" / "id_rsa")
    (material / "in-link.pdf").symlink_to(material / "work-sample.pdf")
    (material / "dir-link").symlink_to(home / ".ssh")
    (material / "environ").symlink_to("/proc/self/environ")
    (material / "zero").symlink_to("/dev/zero")
    os.mkfifo(material / "fifo.pdf")
    (material / "big.pdf").write_bytes(b"x" * 2048)
    return home


def folder(home: Path, **kw: object) -> MaterialFolder:
    return MaterialFolder(home / "material",
                          forbidden=[home / ".config" / "interview-sync"], **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("listed", "name", "data"), [
    ("work-sample.pdf", "work-sample.pdf", b"%PDF-1.4 sample"),
    ("sub/deck.pdf", "deck.pdf", b"%PDF deck"),
    ("in-link.pdf", "work-sample.pdf", b"%PDF-1.4 sample"),  # a link that stays inside
])
def test_files_in_the_folder_are_attached(home: Path, listed: str, name: str, data: bytes) -> None:
    got = folder(home).load(listed)
    assert isinstance(got, Attachment) and (got.filename, got.data) == (name, data)


@pytest.mark.parametrize(("listed", "why"), [
    ("~/.ssh/id_rsa", "outside your material folder"),
    ("../.ssh/id_rsa", "outside your material folder"),
    ("sub/../../.ssh/id_rsa", "outside your material folder"),
    ("{home}/.ssh/id_rsa", "outside your material folder"),
    ("{home}/.config/interview-sync/token.json", "outside your material folder"),
    ("out-link.pdf", "outside your material folder"),
    ("dir-link/id_rsa", "outside your material folder"),
    ("environ", "outside your material folder"),
    ("/proc/self/environ", "outside your material folder"),
    ("zero", "outside your material folder"),
    ("/dev/zero", "outside your material folder"),
    (".env", "hidden files"),
    ("fifo.pdf", "not a regular file"),
    ("sub", "not a regular file"),
    ("missing.pdf", "no such file"),
    ("mailto:evil@attacker.example", "mailto: link"),
    ("file:///etc/passwd", "file: link"),
    ("https://evil.example/x.pdf", "https: link"),
    ("", "not a file name"),
])
def test_every_way_out_is_refused_with_why(home: Path, listed: str, why: str) -> None:
    got = folder(home).load(listed.format(home=home))
    assert isinstance(got, Refusal) and why in got.reason, got
    assert str(home / "material") in got.reason or why in ("hidden files", "not a regular file",
                                                             "no such file", "not a file name")


def test_size_is_checked_on_the_opened_file_and_the_read_is_bounded(home: Path) -> None:
    got = folder(home, limit=1024).load("big.pdf")
    assert isinstance(got, Refusal) and "limit" in got.reason


def test_a_material_folder_set_to_home_still_refuses_secrets(home: Path) -> None:
    wide = MaterialFolder(home, forbidden=[home / ".config" / "interview-sync"])
    for listed in ("~/.ssh/id_rsa", ".ssh/id_rsa", ".config/interview-sync/token.json"):
        assert isinstance(wide.load(listed), Refusal), listed
    assert isinstance(wide.load("material/work-sample.pdf"), Attachment)


def test_forbidden_places_are_refused_even_inside_the_folder(tmp_path: Path) -> None:
    root = tmp_path / "m"
    (root / "state").mkdir(parents=True)
    (root / "state" / "state.sqlite3").write_bytes(SECRET)
    got = MaterialFolder(root, forbidden=[root / "state"]).load("state/state.sqlite3")
    assert isinstance(got, Refusal) and "never attached" in got.reason


def test_the_folder_is_created_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        MaterialFolder(tmp_path / "a" / "material").create()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a" / "material").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
