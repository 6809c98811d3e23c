"""The system unit's token: provisioned by root into the credstore, adopted by the service.

Owns ``check_token_file`` (what ``install-service --system`` accepts as a token: an
authorized-user JSON with a refresh token, as ``interview-sync auth`` writes it) and
``adopt_token_credential`` (run by the service at start: when systemd passed a ``token.json``
credential, copy it to the configured token file, 0600 in a 0700 folder, owned by the service's
own user, if that copy is missing or the credential changed since it was adopted).

Why a copy: ``LoadCredential=`` hands the service a read-only file, but Google may rotate the
refresh token and the daemon must then rewrite it; and a DynamicUser service's uid is not known
when root provisions the file, so a token root copied into the state directory belongs to the
wrong user (the issue's "belongs to uid 0"). Re-provisioning after a revoked grant is the same
command again: the changed credential is adopted at the next start.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path

from interview_sync.errors import ConfigError

__all__ = ["CREDENTIAL", "adopt_token_credential", "auth_remedy", "check_token_file"]

log = logging.getLogger(__name__)

CREDENTIAL = "token.json"
_ADOPTED_SUFFIX = ".credential-sha256"


def check_token_file(path: Path) -> None:
    """Raise ``ConfigError`` unless ``path`` is an authorized-user token with a refresh token."""
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ConfigError(f"cannot read the token {path}: {error}", remedy=(
            "authorize on a machine with a browser (`interview-sync auth`), then pass the "
            "token.json it wrote (by default ~/.config/interview-sync/token.json)")) from None
    if not isinstance(info, dict) or not info.get("refresh_token") or not info.get("client_id"):
        raise ConfigError(f"{path} is not an authorized-user token (no refresh_token)", remedy=(
            "pass the token.json `interview-sync auth` wrote, not the OAuth client JSON"))


def adopt_token_credential(token_file: Path,
                           environ: Mapping[str, str] | None = None) -> bool:
    """Copy ``$CREDENTIALS_DIRECTORY/token.json`` to ``token_file`` when it is new (True)."""
    env = os.environ if environ is None else environ
    directory = env.get("CREDENTIALS_DIRECTORY", "")
    if not directory:
        return False
    credential = Path(directory) / CREDENTIAL
    try:
        data = credential.read_bytes()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise ConfigError(f"cannot read the token credential {credential}: {error}",
                          remedy="check LoadCredential=token.json:... in the unit") from None
    digest = hashlib.sha256(data).hexdigest()
    marker = token_file.with_name(token_file.name + _ADOPTED_SUFFIX)
    with_marker = marker.read_text(encoding="utf-8").strip() if marker.exists() else ""
    if token_file.exists() and with_marker == digest:
        return False
    token_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    for path, body in ((token_file, data), (marker, digest.encode() + b"\n")):
        tmp = path.with_name(f".{path.name}.new")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    log.info("adopted the provisioned token credential into %s", token_file)
    return True


def auth_remedy(remedy: str, environ: Mapping[str, str] | None = None) -> str:
    """``remedy`` for a refused grant, rewritten for the system unit (which has no browser and
    gets its token from the credstore) when the token came from a credential."""
    env = os.environ if environ is None else environ
    directory = env.get("CREDENTIALS_DIRECTORY", "")
    if not directory or not (Path(directory) / CREDENTIAL).exists():
        return remedy
    return ("authorize again on a machine with a browser (`interview-sync auth`), copy its "
            "token.json here, then: sudo interview-sync install-service --system --token "
            "token.json   (docs/service.md). " + remedy.replace("`interview-sync auth`",
                                                                "`auth`"))
