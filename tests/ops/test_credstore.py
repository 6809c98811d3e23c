"""The system unit's token: checked when provisioned, adopted by the service from its
credential into a private copy it owns, again only when the credential changed."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from interview_sync.errors import ConfigError
from interview_sync.ops.credstore import adopt_token_credential, check_token_file

TOKEN = {"type": "authorized_user", "client_id": "c", "client_secret": "s",
         "refresh_token": "1//r"}


def _credentials(tmp_path: Path, body: dict[str, str]) -> dict[str, str]:
    creds = tmp_path / "credentials"
    creds.mkdir(exist_ok=True)
    (creds / "token.json").write_text(json.dumps(body))
    return {"CREDENTIALS_DIRECTORY": str(creds)}


def test_adopts_once_then_again_only_when_the_credential_changes(tmp_path: Path) -> None:
    token = tmp_path / "state" / "token.json"
    env = _credentials(tmp_path, TOKEN)
    assert adopt_token_credential(token, env) is True
    assert json.loads(token.read_text()) == TOKEN
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    assert stat.S_IMODE(token.parent.stat().st_mode) == 0o700
    token.write_text(json.dumps({**TOKEN, "refresh_token": "1//rotated"}))  # Google rotated it
    assert adopt_token_credential(token, env) is False
    assert "rotated" in token.read_text()
    env = _credentials(tmp_path, {**TOKEN, "refresh_token": "1//re-authorized"})
    assert adopt_token_credential(token, env) is True
    assert "re-authorized" in token.read_text()


def test_nothing_to_adopt_outside_the_system_unit(tmp_path: Path) -> None:
    token = tmp_path / "token.json"
    assert adopt_token_credential(token, {}) is False
    assert adopt_token_credential(token, {"CREDENTIALS_DIRECTORY": str(tmp_path)}) is False
    assert not token.exists()


def test_check_token_file_refuses_the_client_json(tmp_path: Path) -> None:
    client = tmp_path / "client_secret.json"
    client.write_text(json.dumps({"installed": {"client_id": "c"}}))
    with pytest.raises(ConfigError) as caught:
        check_token_file(client)
    assert "refresh_token" in caught.value.message and "auth" in caught.value.remedy
    good = tmp_path / "token.json"
    good.write_text(json.dumps(TOKEN))
    check_token_file(good)


def test_a_refused_grant_under_the_system_unit_points_to_the_credstore(tmp_path: Path) -> None:
    from interview_sync.ops.credstore import auth_remedy

    plain = "run `interview-sync auth`"
    assert auth_remedy(plain, {}) == plain
    env = _credentials(tmp_path, TOKEN)
    assert "install-service --system --token" in auth_remedy(plain, env)
