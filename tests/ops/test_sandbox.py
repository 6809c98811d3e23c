"""What the sandboxed units may write: derived from the configuration, every path option of the
spec classified, nested folders listed once, unwritable folders refused before a unit starts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interview_sync.config.loader import loads_settings
from interview_sync.config.spec import SPEC
from interview_sync.ops import install as si
from interview_sync.ops import sandbox


def test_every_path_option_of_the_spec_has_a_role() -> None:
    # A new path setting (tasks_dir, material_dir, ...) must say whether the service writes it;
    # until then this fails (and output_paths treats it as written, the safe side).
    assert sandbox.unknown_path_options() == []


def _settings(tmp_path: Path, body: str, env: dict[str, str] | None = None) -> object:
    return loads_settings(body, path=tmp_path / "config.toml",
                          environ=env or {"HOME": str(tmp_path / "home")})


def test_each_written_path_option_is_an_output_folder(tmp_path: Path) -> None:
    written = [o for o in SPEC if o.type == "path"
               and sandbox.PATH_ROLES[(o.section, o.key)] != "read"]
    sections: dict[str, list[str]] = {}
    for option in written:
        sections.setdefault(option.section, []).append(
            f'{option.key} = "/out/{option.section}/{option.key}"')
    body = "\n".join(f"[{s}]\n" + "\n".join(lines) for s, lines in sections.items())
    paths = sandbox.output_paths(_settings(tmp_path, body))
    for option in written:
        where = Path(f"/out/{option.section}/{option.key}")
        expected = where.parent if sandbox.PATH_ROLES[(option.section, option.key)] == "file" \
            else where
        assert paths[option.key] == expected, option.key
    assert paths["reminders feed"] == Path("/out/paths")  # reminders.ics sits beside the vdir


def test_read_only_paths_are_not_written(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    (mine / "templates").mkdir(parents=True)
    paths = sandbox.output_paths(_settings(
        tmp_path, f'[templates]\ndir = "{mine}/templates"\n'
                  f'[google]\nclient_secrets = "{mine}/c.json"\n'))
    assert not [p for p in paths.values() if mine in p.parents or p == mine]


def test_defaults_cover_the_feed_beside_the_reminders(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = sandbox.unit_environment("user", {"HOME": str(home)})
    paths = sandbox.output_paths(_settings(tmp_path, "", env))
    data = home / ".local/share/interview-sync"
    assert paths["reminders_dir"] == data / "reminders" and paths["reminders feed"] == data
    assert paths["state_dir"] == home / ".local/state/interview-sync"
    assert sandbox.read_write_paths(paths.values()) == [
        home / ".config/interview-sync", data, home / ".local/state/interview-sync"]


def test_system_environment_keeps_everything_in_the_state_directory(tmp_path: Path) -> None:
    env = sandbox.unit_environment("system", {})
    paths = sandbox.output_paths(_settings(tmp_path, "", env))
    state = sandbox.SYSTEM_STATE_DIR
    assert all(p == state or state in p.parents for p in paths.values()), paths
    assert sandbox.read_write_paths(paths.values(), owned=[sandbox.SYSTEM_STATE_DIR]) == []
    elsewhere = sandbox.output_paths(_settings(
        tmp_path, '[paths]\nnotes_dir = "/srv/i/notes"\nreminders_dir = "/srv/i/rem"\n', env))
    assert sandbox.read_write_paths(elsewhere.values(), owned=[sandbox.SYSTEM_STATE_DIR]) == \
        [Path("/srv/i")]


def test_read_write_paths_lists_each_folder_once() -> None:
    got = sandbox.read_write_paths([Path("/a/b"), Path("/a"), Path("/a/./b/c"), Path("/x/y"),
                                    Path("/x/y/")], owned=[Path("/x")])
    assert got == [Path("/a")]


def test_system_unit_folders_it_can_never_write_are_refused() -> None:
    problems = sandbox.folder_problems({"notes_dir": Path("/home/al/notes"),
                                        "reminders_dir": Path("/srv/rem")}, "system")
    assert [p.label for p in problems] == ["notes_dir"]
    assert "/home" in problems[0].what and "[paths] notes_dir" in problems[0].fix


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_user_unit_folder_without_permission_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    problems = sandbox.folder_problems({"notes_dir": locked / "notes"}, "user")
    assert problems and "cannot be created" in problems[0].what


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    problems = sandbox.folder_problems({"notes_dir": tmp_path / "file" / "notes"}, "user")
    assert problems and "is not a folder" in problems[0].what


def test_placeholders_are_filled_on_directive_lines_only() -> None:
    text = "# runs @PYTHON@ @OPTIONS@\n[Service]\nExecStart=@PYTHON@ -m x @OPTIONS@run\n" \
           "# @READ_WRITE_PATHS@\n"
    out = si.render(text, python="/v/py", config_path="/c.toml",
                    read_write_paths=[Path("/d")], group="g")
    assert out.splitlines() == ["# runs @PYTHON@ @OPTIONS@", "[Service]",
                                "ExecStart=/v/py -m x --config /c.toml run",
                                "SupplementaryGroups=g", "ReadWritePaths=-/d"]


def test_require_writable_creates_the_folders_or_names_those_it_cannot(tmp_path: Path) -> None:
    from interview_sync.errors import ConfigError

    body = (f'[paths]\nstate_dir = "{tmp_path}/s"\nnotes_dir = "{tmp_path}/d/notes"\n'
            f'reminders_dir = "{tmp_path}/d/reminders"\n')
    sandbox.require_writable(_settings(tmp_path, body))
    assert (tmp_path / "d" / "notes").is_dir() and (tmp_path / "d" / "reminders").is_dir()
    assert not list((tmp_path / "d" / "notes").iterdir())  # the probe leaves nothing behind
    (tmp_path / "blocker").write_text("a file where a folder should be")
    with pytest.raises(ConfigError) as caught:
        sandbox.require_writable(_settings(tmp_path, body.replace(
            f"{tmp_path}/d/notes", f"{tmp_path}/blocker/notes")))
    assert caught.value.exit_code == 78
    wheres = [p.where for p in caught.value.problems]
    assert f"notes_dir {tmp_path}/blocker/notes" in wheres
    assert not [w for w in wheres if "/d/" in w]  # the folders that are fine are not named
