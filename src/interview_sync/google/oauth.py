"""The one-time authorization (`interview-sync auth`): Google's installed-app OAuth flow.

Owns: reading the Desktop-app client secrets (pointed at ``[google] endpoint`` when one is set),
running the loopback flow with the least-privilege scopes (``run_local_server`` on 127.0.0.1; on a
headless machine the same flow through an ``ssh -L`` tunnel, or by pasting the redirected URL
back), checking that the user granted every scope, and saving the token with
``google.token_file.save_credentials``. Google removed the copy-a-code ("OOB") flow in 2023 and the
device flow allows no Calendar or Gmail scopes, so a loopback redirect is the only way left.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
from oauthlib.oauth2.rfc6749.errors import OAuth2Error  # type: ignore[import-untyped]

from interview_sync.core.destinations import token_destination_problem
from interview_sync.errors import AuthError, ConfigError
from interview_sync.google.client import endpoints, is_loopback, scope_label
from interview_sync.google.token_file import save_credentials

__all__ = ["DEFAULT_PORT", "AuthResult", "authorize", "load_client_config", "ssh_tunnel_hint"]

DEFAULT_PORT = 8765  # fixed, so an `ssh -L` forward set up in advance keeps working

CREATE_CLIENT_STEPS = (
    "create a Desktop OAuth client: 1) open https://console.cloud.google.com/ and create (or "
    "pick) a project; 2) APIs & Services → Library: enable the \"Google Calendar API\" and the "
    "\"Gmail API\"; 3) Google Auth Platform → Branding: fill in the app name and your email; "
    "Audience: add yourself as a test user, then press \"Publish app\" so tokens do not expire "
    "after 7 days; 4) Clients → Create client → Application type \"Desktop app\"; 5) download "
    "the JSON and save it as {path} (chmod 600); 6) run `interview-sync auth` again.")
PROMPT = "Open this URL in a browser on this machine to authorize interview-sync:\n\n    {url}\n"


class _Flow(InstalledAppFlow):  # type: ignore[misc]
    """The installed-app flow, sending the client credentials in the token request body.

    requests-oauthlib defaults to HTTP Basic client authentication; Google accepts both, and its
    installed-app documentation shows the form-body variant (client_secret_post), which every
    token endpoint we point at (Google, proxies, the emulator) understands.
    """

    def fetch_token(self, **kwargs: Any) -> Any:
        kwargs.setdefault("include_client_id", True)
        return super().fetch_token(**kwargs)


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthResult:
    token_file: Path
    scopes: tuple[str, ...]


def load_client_config(path: Path, *, endpoint: str | None) -> dict[str, Any]:
    """The client secrets JSON, with auth/token URIs rewritten to ``endpoint`` when set."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"the OAuth client secrets file {path} does not exist",
                          remedy=CREATE_CLIENT_STEPS.format(path=path)) from None
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read the OAuth client secrets file {path}: {error}",
                          remedy=CREATE_CLIENT_STEPS.format(path=path)) from None
    kind = next((k for k in ("installed", "web") if isinstance(data, dict) and k in data), None)
    if kind != "installed":
        what = "is a \"Web application\" client" if kind == "web" else "is not an OAuth client JSON"
        raise ConfigError(f"{path} {what}; interview-sync needs a \"Desktop app\" client",
                          remedy=CREATE_CLIENT_STEPS.format(path=path))
    client = dict(data["installed"])
    missing = [k for k in ("client_id", "client_secret") if not client.get(k)]
    if missing:
        raise ConfigError(f"{path} lacks {', '.join(missing)}",
                          remedy=CREATE_CLIENT_STEPS.format(path=path))
    where = endpoints(endpoint)
    if endpoint:
        client["auth_uri"], client["token_uri"] = where.auth_uri, where.token_uri
    client.setdefault("auth_uri", where.auth_uri)
    client.setdefault("token_uri", where.token_uri)
    problem = token_destination_problem(client["token_uri"])
    if problem is not None:  # the code and the client secret would be POSTed there
        raise ConfigError(f"{path} names the token endpoint {str(client['token_uri'])[:200]!r}, "
                          f"but {problem}", remedy=CREATE_CLIENT_STEPS.format(path=path))
    return {"installed": client}


def ssh_tunnel_hint(port: int, *, user: str | None = None, host: str | None = None) -> str:
    """The exact command that forwards the laptop's ``port`` to this machine's loopback."""
    user = user or os.environ.get("USER") or "you"
    host = host or _this_host()
    return f"ssh -N -L {port}:127.0.0.1:{port} {user}@{host}"


def _this_host() -> str:
    # $SSH_CONNECTION = "client_ip client_port server_ip server_port": the address the user
    # reached us at is the one their laptop can reach again
    parts = os.environ.get("SSH_CONNECTION", "").split()
    if len(parts) == 4:
        return parts[2]
    return os.uname().nodename


def authorize(*, client_secrets: Path, token_file: Path, scopes: Sequence[str],
              endpoint: str | None = None, port: int = DEFAULT_PORT, open_browser: bool = True,
              paste: bool = False, out: TextIO | None = None,
              read_line: Callable[[], str] | None = None,
              timeout_seconds: float | None = 600) -> AuthResult:
    """Run the flow, check the granted scopes, save the token; return where and what was saved."""
    out = out or sys.stdout
    config = load_client_config(client_secrets, endpoint=endpoint)
    flow = _Flow.from_client_config(config, scopes=list(scopes))
    loopback = is_loopback(config["installed"]["token_uri"])
    with _oauthlib_env(insecure=loopback):
        try:
            if paste:
                _paste_flow(flow, port=port, out=out, read_line=read_line or sys.stdin.readline)
            else:
                with contextlib.redirect_stdout(out):  # run_local_server print()s its prompt
                    flow.run_local_server(
                        host="127.0.0.1", bind_addr="127.0.0.1", port=port,
                        open_browser=open_browser, authorization_prompt_message=PROMPT,
                        success_message="interview-sync is authorized. You may close this tab.",
                        timeout_seconds=timeout_seconds, access_type="offline",
                        prompt="consent")
        except OAuth2Error as error:
            raise _flow_error(error) from None
        except OSError as error:
            raise AuthError(f"cannot listen on 127.0.0.1:{port}: {error.strerror or error}",
                            remedy="pick another port with `interview-sync auth --port N` "
                                   "(and use the same N in the ssh tunnel)") from None
        except WSGITimeoutError:
            raise AuthError("no answer from the browser before the time limit",
                            remedy="run `interview-sync auth` again and finish in the browser "
                                   "within 10 minutes") from None
    creds = flow.credentials
    granted = _granted(creds, scopes)
    missing = [s for s in scopes if s not in granted]
    if missing:
        raise AuthError(
            "Google granted less than interview-sync needs: missing permission to "
            + "; ".join(scope_label(s) for s in missing),
            remedy="run `interview-sync auth` again and tick every box on Google's consent "
                   "screen (nothing is sent for you: messages only ever become drafts)")
    if not creds.refresh_token:
        raise AuthError("Google returned no refresh token",
                        remedy="remove interview-sync at https://myaccount.google.com/permissions, "
                               "then run `interview-sync auth` again")
    save_credentials(creds, token_file)
    return AuthResult(token_file=token_file, scopes=tuple(scopes))


def _paste_flow(flow: _Flow, *, port: int, out: TextIO,
                read_line: Callable[[], str]) -> None:
    flow.redirect_uri = f"http://127.0.0.1:{port}/"
    url, _ = flow.authorization_url(access_type="offline", prompt="consent")
    out.write(PROMPT.format(url=url))
    out.write("\nAfter you press Allow, the browser tries to open http://127.0.0.1:"
              f"{port}/?... and may show an error page. Copy that whole address from the "
              "address bar and paste it here:\n> ")
    out.flush()
    answer = read_line().strip()
    if not answer.startswith(("http://127.0.0.1", "http://localhost", "https://127.0.0.1")):
        raise AuthError("that is not the address the browser was sent to",
                        remedy=f"paste the full address starting with http://127.0.0.1:{port}/")
    # oauthlib insists on https for the response URL; the loopback hop is http by design
    flow.fetch_token(authorization_response=answer.replace("http://", "https://", 1))


def _flow_error(error: OAuth2Error) -> AuthError:
    if error.error == "access_denied":
        return AuthError("authorization was cancelled in the browser",
                         remedy="run `interview-sync auth` again and press Allow")
    if error.error in ("invalid_client", "unauthorized_client"):
        return AuthError(f"Google rejected the OAuth client ({error.error})",
                         remedy="check the client secrets file is a Desktop-app client of your "
                                "project, then run `interview-sync auth` again")
    return AuthError(f"the authorization failed: {error.error}"
                     + (f" ({error.description})" if error.description else ""),
                     remedy="run `interview-sync auth` again")


def _granted(creds: Any, requested: Sequence[str]) -> set[str]:
    granted = getattr(creds, "granted_scopes", None)
    if granted is None:
        return set(requested)  # the token response named no scopes: all were granted
    return set(granted.split() if isinstance(granted, str) else granted)


@contextlib.contextmanager
def _oauthlib_env(*, insecure: bool) -> Iterator[None]:
    """Relax oauthlib for the duration of the flow.

    OAUTHLIB_RELAX_TOKEN_SCOPE turns oauthlib's bare ``Warning("Scope has changed")`` into a
    result we inspect ourselves (and explain). OAUTHLIB_INSECURE_TRANSPORT allows plain http
    only when the token endpoint is on this machine (the emulator).
    """
    wanted = {"OAUTHLIB_RELAX_TOKEN_SCOPE": "1"}
    if insecure:
        wanted["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    saved = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
