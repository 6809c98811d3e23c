"""``interview-sync auth`` end to end: a real subprocess runs the installed-app flow against the
emulator, and the test plays the browser (GET the printed URL with ``&_auto=allow``; the emulator
redirects to the command's loopback server, or the test pastes the redirect back)."""

from __future__ import annotations

import io
import json
import os
import re
import socket
import stat
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from interview_sync.emulator import Emulator
from interview_sync.errors import AuthError, ConfigError
from interview_sync.google import client as gc
from interview_sync.google import oauth as oauth_flow
from interview_sync.google import token_file

pytest_plugins = ["interview_sync.emulator.pytest_plugin"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Setup:
    home: Path
    config: Path
    secrets: Path
    token: Path

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if k not in {"INVOCATION_ID", "NOTIFY_SOCKET", "INTERVIEW_SYNC_CONFIG"}}
        env.update(HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / ".config"),
                   NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost",
                   PYTHONUNBUFFERED="1")
        return env


def make_setup(tmp_path: Path, emu: Emulator, *, reply_detection: bool = False,
               secrets: dict[str, Any] | None = None) -> Setup:
    home = tmp_path / "home"
    (home / "cfg").mkdir(parents=True)
    secrets_path = home / "cfg" / "client_secret.json"
    secrets_path.write_text(json.dumps(secrets if secrets is not None else emu.client_secrets()))
    config = home / "cfg" / "config.toml"
    config.write_text(f'[google]\nendpoint = "{emu.url}"\nclient_secrets = "client_secret.json"\n'
                      f'token_file = "private/token.json"\n'
                      f"[sync]\nreply_detection = {'true' if reply_detection else 'false'}\n")
    return Setup(home=home, config=config, secrets=secrets_path,
                 token=home / "cfg" / "private" / "token.json")


class AuthProcess:
    """``interview-sync --config CFG auth ARGS`` in a subprocess, read line by line."""

    def __init__(self, setup: Setup, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "interview_sync", "--config", str(setup.config), "auth", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=setup.env())
        self.lines: list[str] = []

    def read_url(self) -> str:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)
            if line.strip().startswith("http") and "/o/oauth2/auth?" in line:
                return line.strip()
        raise AssertionError("no URL printed:\n" + "".join(self.lines) + self.stderr())

    def stderr(self) -> str:
        assert self.proc.stderr is not None
        return self.proc.stderr.read() if self.proc.poll() is not None else ""

    def finish(self, stdin: str | None = None) -> tuple[int, str, str]:
        out, err = self.proc.communicate(stdin, timeout=30)
        return self.proc.returncode, "".join(self.lines) + out, err


@pytest.fixture
def processes() -> Iterator[list[AuthProcess]]:
    started: list[AuthProcess] = []
    yield started
    for p in started:
        if p.proc.poll() is None:
            p.proc.kill()
            p.proc.wait()


def click_allow(url: str, decision: str = "allow") -> int:
    """The browser: open the consent URL, press the button; follow the redirect to the CLI."""
    with urllib.request.urlopen(f"{url}&_auto={decision}", timeout=10) as answer:
        return int(answer.status)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def redirect_target(url: str) -> str:
    """Press Allow, but (as on a headless box) never reach the loopback: return the address."""
    opener = urllib.request.build_opener(_NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as caught:
        opener.open(f"{url}&_auto=allow", timeout=10)
    assert caught.value.code == 302
    return str(caught.value.headers["Location"])


# --------------------------------------------------------------------------- end to end


@pytest.mark.parametrize("reply_detection", [False, True])
def test_loopback_flow_writes_a_private_working_token(
        emulator: Emulator, tmp_path: Path, processes: list[AuthProcess],
        reply_detection: bool) -> None:
    setup = make_setup(tmp_path, emulator, reply_detection=reply_detection)
    port = free_port()
    auth = AuthProcess(setup, "--no-browser", "--port", str(port))
    processes.append(auth)
    url = auth.read_url()
    assert f"redirect_uri=http%3A%2F%2F127.0.0.1%3A{port}%2F" in url
    assert "access_type=offline" in url and "prompt=consent" in url
    assert click_allow(url) == 200  # the CLI's loopback server answered the browser
    code, out, err = auth.finish()
    assert code == 0, out + err
    assert f"ssh -N -L {port}:127.0.0.1:{port} " in out
    assert "Authorized." in out
    assert stat.S_IMODE(setup.token.stat().st_mode) == 0o600
    assert stat.S_IMODE(setup.token.parent.stat().st_mode) == 0o700
    scopes = gc.required_scopes(reply_detection)
    saved = json.loads(setup.token.read_text())
    assert sorted(saved["scopes"]) == sorted(scopes)
    creds = token_file.load_credentials(setup.token, token_uri=gc.endpoints(emulator.url).token_uri,
                                required_scopes=scopes)
    services = gc.build_services(creds, endpoint=emulator.url, timeout=5)
    assert gc.execute(services.gmail.users().getProfile(userId="me"))["emailAddress"] == emulator.me


def test_paste_fallback(emulator: Emulator, tmp_path: Path,
                        processes: list[AuthProcess]) -> None:
    setup = make_setup(tmp_path, emulator)
    auth = AuthProcess(setup, "--paste", "--port", str(free_port()))
    processes.append(auth)
    target = redirect_target(auth.read_url())
    code, out, err = auth.finish(target + "\n")
    assert code == 0, out + err
    assert setup.token.exists()


def test_an_unticked_permission_is_named_and_nothing_is_saved(
        emulator: Emulator, tmp_path: Path, processes: list[AuthProcess]) -> None:
    emulator.grant_only(["calendar.events.readonly"])
    setup = make_setup(tmp_path, emulator)
    auth = AuthProcess(setup, "--no-browser", "--port", str(free_port()))
    processes.append(auth)
    click_allow(auth.read_url())
    code, out, err = auth.finish()
    assert code == 78, out + err
    assert "manage drafts in Gmail (gmail.compose)" in err
    assert "tick every box" in err
    assert not setup.token.exists()


def test_cancel_in_the_browser(emulator: Emulator, tmp_path: Path,
                               processes: list[AuthProcess]) -> None:
    setup = make_setup(tmp_path, emulator)
    auth = AuthProcess(setup, "--no-browser", "--port", str(free_port()))
    processes.append(auth)
    click_allow(auth.read_url(), decision="deny")
    code, out, err = auth.finish()
    assert code == 78, out + err
    assert "cancelled in the browser" in err
    assert not setup.token.exists()


def test_missing_client_secrets_gives_the_steps_to_create_one(emulator: Emulator,
                                                              tmp_path: Path) -> None:
    setup = make_setup(tmp_path, emulator)
    setup.secrets.unlink()
    result = subprocess.run(
        [sys.executable, "-m", "interview_sync", "--config", str(setup.config), "auth",
         "--no-browser"], capture_output=True, text=True, env=setup.env(), timeout=30, check=False)
    assert result.returncode == 2  # a ConfigError at a terminal
    assert f"{setup.secrets} does not exist" in result.stderr
    assert "Desktop app" in result.stderr and "Gmail API" in result.stderr


# --------------------------------------------------------------------------- the pieces


def test_client_config_is_pointed_at_the_endpoint(tmp_path: Path) -> None:
    path = tmp_path / "cs.json"
    path.write_text(json.dumps({"installed": {
        "client_id": "c", "client_secret": "s", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token"}}))
    pointed = oauth_flow.load_client_config(path, endpoint="http://127.0.0.1:9")["installed"]
    assert (pointed["auth_uri"], pointed["token_uri"]) == (
        "http://127.0.0.1:9/o/oauth2/auth", "http://127.0.0.1:9/token")
    real = oauth_flow.load_client_config(path, endpoint=None)["installed"]
    assert real["token_uri"] == "https://oauth2.googleapis.com/token"


@pytest.mark.parametrize(("content", "what"), [
    ({"web": {"client_id": "c", "client_secret": "s"}}, "Web application"),
    ({"installed": {"client_id": "c"}}, "lacks client_secret"),
    ([], "not an OAuth client JSON"),
    ("{broken", "cannot read"),
])
def test_wrong_client_files_are_explained(tmp_path: Path, content: Any, what: str) -> None:
    path = tmp_path / "cs.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    with pytest.raises(ConfigError, match=what) as caught:
        oauth_flow.load_client_config(path, endpoint=None)
    assert "Desktop app" in caught.value.remedy


def test_ssh_tunnel_hint() -> None:
    assert oauth_flow.ssh_tunnel_hint(8765, user="ada", host="box.example") == \
        "ssh -N -L 8765:127.0.0.1:8765 ada@box.example"


def test_insecure_transport_is_allowed_only_during_a_loopback_flow() -> None:
    assert "OAUTHLIB_INSECURE_TRANSPORT" not in os.environ
    with oauth_flow._oauthlib_env(insecure=True):
        assert os.environ["OAUTHLIB_INSECURE_TRANSPORT"] == "1"
    assert "OAUTHLIB_INSECURE_TRANSPORT" not in os.environ
    with oauth_flow._oauthlib_env(insecure=False):
        assert "OAUTHLIB_INSECURE_TRANSPORT" not in os.environ


def test_in_process_flow_with_a_thread(emulator: Emulator, tmp_path: Path) -> None:
    """The same flow without a subprocess: ``authorize`` in a thread, the browser in this one."""
    setup = make_setup(tmp_path, emulator)
    written: list[str] = []
    ready = threading.Event()

    class Out:
        def write(self, text: str) -> int:
            written.append(text)
            if "/o/oauth2/auth?" in text:
                ready.set()
            return len(text)

        def flush(self) -> None:
            pass

    results: list[object] = []

    def run() -> None:
        try:
            results.append(oauth_flow.authorize(
                client_secrets=setup.secrets, token_file=setup.token,
                scopes=gc.required_scopes(False), endpoint=emulator.url, port=free_port(),
                open_browser=False, out=Out(), timeout_seconds=20))  # type: ignore[arg-type]
        except BaseException as error:  # reported below
            results.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    assert ready.wait(10), written
    url = next(line.strip() for line in "".join(written).splitlines() if "/o/oauth2/auth?" in line)
    click_allow(url)
    worker.join(20)
    (result,) = results
    assert isinstance(result, oauth_flow.AuthResult), result
    assert result.token_file == setup.token and setup.token.exists()


def test_a_busy_port_is_explained(emulator: Emulator, tmp_path: Path) -> None:
    setup = make_setup(tmp_path, emulator)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = int(busy.getsockname()[1])
        with pytest.raises(AuthError, match=f"cannot listen on 127.0.0.1:{port}") as caught:
            oauth_flow.authorize(client_secrets=setup.secrets, token_file=setup.token,
                                 scopes=gc.required_scopes(False), endpoint=emulator.url,
                                 port=port, open_browser=False, out=io.StringIO())
    assert "--port" in caught.value.remedy
    assert not setup.token.exists()


@pytest.mark.parametrize(("pasted", "what"), [
    ("the code is 1234", "not the address"),
    ("http://127.0.0.1:8765/?state=wrong&code=4/x", "mismatching_state"),
    ("http://127.0.0.1:8765/?state={state}&error=access_denied", "cancelled in the browser"),
    ("http://127.0.0.1:8765/?state={state}&code=4/forged", "invalid_grant"),
])
def test_a_wrong_paste_is_explained(emulator: Emulator, tmp_path: Path, pasted: str,
                                    what: str) -> None:
    setup = make_setup(tmp_path, emulator)
    out = io.StringIO()

    def read_line() -> str:  # the user copies from the address bar after seeing the URL
        state = re.search(r"[?&]state=([^&\s]+)", out.getvalue())
        assert state is not None
        return pasted.format(state=state.group(1)) + "\n"

    with pytest.raises(AuthError, match=what):
        oauth_flow.authorize(client_secrets=setup.secrets, token_file=setup.token,
                             scopes=gc.required_scopes(False), endpoint=emulator.url,
                             paste=True, out=out, read_line=read_line)
    assert not setup.token.exists()
