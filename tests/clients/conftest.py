"""Fixtures for the real-client tests: the engine tests' ``world`` (emulator + real config), and
a Radicale CalDAV server on loopback (``radicale``), started per test in a temp folder."""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ENGINE = Path(__file__).parents[1] / "engine"
sys.path.insert(0, str(ENGINE))  # engine_world, as the engine tests import it
sys.path.insert(0, str(Path(__file__).parent))

_spec = importlib.util.spec_from_file_location("engine_conftest", ENGINE / "conftest.py")
assert _spec is not None and _spec.loader is not None
_engine_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_engine_conftest)
world = _engine_conftest.world  # the same fixture, not a copy

from client_tools import venv_tool  # noqa: E402


def _free_port() -> int:
    # Radicale needs a concrete port in its listen address; the OS picks a free one. Another
    # process could take it before Radicale binds: then the start-up check below fails loudly.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[str]:
    """``http://127.0.0.1:<port>/``: Radicale 3 with no auth, storage under tmp_path."""
    server = venv_tool("radicale")
    port = _free_port()
    storage = tmp_path / "radicale-storage"
    log = (tmp_path / "radicale.log").open("wb")
    process = subprocess.Popen(
        [str(server), "--config", "", "--server-hosts", f"127.0.0.1:{port}",
         "--auth-type", "none", "--storage-filesystem-folder", str(storage),
         "--rights-type", "owner_only", "--logging-level", "warning"],
        stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).close()
                break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.close()
                    raise RuntimeError("Radicale did not start: " +
                                       (tmp_path / "radicale.log").read_text()[-2000:]) from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
