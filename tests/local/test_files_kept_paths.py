"""``files.path_of`` and ``files.joined``: a poll's paths kept, the same object for the same text.

Why they exist (local/files.py): pathlib interns each part of a path, and a poll that built its
~60 note and reminder paths anew each time churned the interpreter's interned-string table until
it doubled (the soak's RSS +1.8 MB at cycle ~63, docs/architecture.md round 21). The kept path
must be the very path ``Path`` would build, and the same object when asked again.
"""

from __future__ import annotations

from pathlib import Path

from interview_sync.local import files


def test_path_of_is_the_path_and_the_same_object_each_time(tmp_path: Path) -> None:
    text = str(tmp_path / "notes" / "2026-12-04 Northwind - Analyst.md")
    first = files.path_of(text)
    again = files.path_of("".join(text))  # an equal string, another object
    assert first == Path(text) and str(first) == str(Path(text))
    assert again is first


def test_joined_is_parent_slash_name_and_the_same_object_each_time(tmp_path: Path) -> None:
    parent = tmp_path / "reminders"
    first = files.joined(parent, "interview-sync-abc.ics")
    assert first == parent / "interview-sync-abc.ics"
    assert files.joined(tmp_path / "reminders", "interview-sync-abc.ics") is first
    assert files.joined(parent, "other.ics") != first


def test_kept_paths_are_bounded() -> None:
    info = files.path_of.cache_info()
    assert info.maxsize is not None and info.maxsize <= 10_000
    assert files.joined.cache_info().maxsize == info.maxsize
