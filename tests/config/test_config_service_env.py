"""The systemd units steer two defaults through the environment; explicit config still wins."""

from __future__ import annotations

from pathlib import Path

from interview_sync.config.loader import loads_settings


def test_unit_state_dir_variable_beats_xdg_default(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "INTERVIEW_SYNC_STATE_DIR": str(tmp_path / "pinned")}
    settings = loads_settings("", path=tmp_path / "c.toml", environ=env)
    assert settings.paths.state_dir == tmp_path / "pinned"


def test_systemd_state_directory_used_when_no_pin(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "STATE_DIRECTORY": "/var/lib/interview-sync"}
    settings = loads_settings("", path=tmp_path / "c.toml", environ=env)
    assert settings.paths.state_dir == Path("/var/lib/interview-sync")


def test_explicit_state_dir_beats_the_unit(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "INTERVIEW_SYNC_STATE_DIR": str(tmp_path / "pinned")}
    text = f'[paths]\nstate_dir = "{tmp_path / "mine"}"\n'
    settings = loads_settings(text, path=tmp_path / "c.toml", environ=env)
    assert settings.paths.state_dir == tmp_path / "mine"


def test_loaded_credential_is_the_default_client_secrets(tmp_path: Path) -> None:
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "client_secret.json").write_text("{}", encoding="utf-8")
    env = {"HOME": str(tmp_path), "CREDENTIALS_DIRECTORY": str(creds)}
    settings = loads_settings("", path=tmp_path / "c.toml", environ=env)
    assert settings.google.client_secrets == creds / "client_secret.json"


def test_credentials_directory_without_the_file_is_ignored(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "CREDENTIALS_DIRECTORY": str(tmp_path / "empty")}
    settings = loads_settings("", path=tmp_path / "c.toml", environ=env)
    assert settings.google.client_secrets.name == "client_secret.json"
    assert "empty" not in str(settings.google.client_secrets)
