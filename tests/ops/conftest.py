"""A real systemd 252 manager for the ops tests: booted once per session as PID 1 in fresh
namespaces (``real-systemd/``, a copy of ../shared/tools/real-systemd), with this project
installed inside from wheels built here.

``real_systemd`` skips, with the reason, when this machine cannot boot one (not root, no cgroup
v2, no ``unshare``/``nsenter``/``/lib/systemd/systemd``); CI runs as root on cgroup v2, so it
runs there. The container is always torn down by the fixture's finalizer.

Wheels: the project's own wheel is built every session (``pip wheel --no-deps``); its
dependencies once per dependency set, from the versions installed in this venv, into
``$XDG_CACHE_HOME/interview-sync-tests/wheels-<hash>``. Inside, one venv is really installed
(``/opt/interview-sync/venv``, what the system unit runs); each test user gets a copy of it in
their home (same files, their own interpreter path, owned by them), which is what a
``python3 -m venv ~/venv && pip install`` would leave, minus 20 s per user.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(os.environ.get("REAL_SYSTEMD_TOOLS") or Path(__file__).parent / "real-systemd")
VENV = "/opt/interview-sync/venv"


def unavailable_reason() -> str | None:
    """Why a real systemd cannot be booted here, or None."""
    if os.geteuid() != 0:
        return "booting a real systemd needs root (CI runs these as root)"
    if not any(Path(p, "cgroup.controllers").exists()
               for p in ("/sys/fs/cgroup", "/sys/fs/cgroup/unified")):
        return "booting a real systemd needs cgroup v2 (no cgroup2 mount at /sys/fs/cgroup)"
    missing = [t for t in ("unshare", "nsenter", "runuser", "setpriv") if not shutil.which(t)]
    if missing or not Path("/lib/systemd/systemd").exists():
        return f"needs systemd and util-linux here (missing: {missing or '/lib/systemd/systemd'})"
    if not (TOOLS / "boot").exists():
        return f"the real-systemd scripts are missing ({TOOLS})"
    return None


def _pinned_dependencies() -> list[str]:
    """``name==version`` of every runtime dependency of the project, as installed here."""
    import importlib.metadata as md

    from packaging.markers import Marker

    seen: dict[str, str] = {}

    def walk(name: str) -> None:
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            return
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            return
        seen[key] = dist.version
        for req in dist.requires or []:
            spec, _, marker = req.partition(";")
            if marker and not Marker(marker).evaluate({"extra": ""}):
                continue
            walk(re.split(r"[ <>=!~\[(]", spec.strip(), maxsplit=1)[0])

    walk("interview-sync")
    seen.pop("interview-sync", None)
    return [f"{name}=={version}" for name, version in sorted(seen.items())]


def _build_wheels(into: Path) -> None:
    """The project's wheel (fresh) and its dependencies' (cached) in ``into``, concurrently."""
    pip = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps"]
    pins = _pinned_dependencies()
    digest = hashlib.sha256("\n".join(pins).encode()).hexdigest()[:16]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    deps = cache / "interview-sync-tests" / f"wheels-{digest}"
    jobs = []
    with tempfile.TemporaryDirectory(prefix="is-build-") as build:
        # Build from a copy, so parallel sessions never share a setuptools build/ folder.
        source = Path(build) / "src-copy"
        shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
            ".venv", ".git", "build", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"))
        jobs.append(subprocess.Popen([*pip, "-w", str(into), str(source)],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
        if not (deps / ".complete").exists():
            deps.mkdir(parents=True, exist_ok=True)
            jobs.append(subprocess.Popen([*pip, "-w", str(deps), *pins],
                                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
        for job in jobs:
            out, _ = job.communicate(timeout=600)
            assert job.returncode == 0, out.decode(errors="replace")[-3000:]
    (deps / ".complete").touch()
    for wheel in deps.glob("*.whl"):
        shutil.copy2(wheel, into / wheel.name)


@dataclass
class Machine:
    """One booted container: run commands inside, as root or as a user."""

    work: Path
    share: Path

    def run(self, *cmd: str, user: str | None = None, check: bool = True, timeout: float = 120,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
        inner = ["as-user", user, *cmd] if user else list(cmd)
        result = subprocess.run([str(TOOLS / "in"), str(self.work), *inner], capture_output=True,
                                text=True, timeout=timeout, check=False, input=input)
        if check and result.returncode != 0:
            raise AssertionError(f"{shlex.join(inner)} -> {result.returncode}\n"
                                 f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        return result

    def sh(self, script: str, user: str | None = None, check: bool = True,
           timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return self.run("bash", "-c", script, user=user, check=check, timeout=timeout)

    def put(self, path: str, text: str, *, owner: str = "root", mode: str = "0644") -> None:
        """Write ``text`` to ``path`` inside, owned by ``owner`` (folders created for them)."""
        fd, name = tempfile.mkstemp(dir=self.share, prefix=".put-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(name, 0o644)
        try:
            self.sh(f"install -d -o {owner} -g {owner} -m 0700 {shlex.quote(str(Path(path).parent))}"
                    f" 2>/dev/null || true; install -o {owner} -g {owner} -m {mode} "
                    f"/mnt/share/{Path(name).name} {shlex.quote(path)}")
        finally:
            os.unlink(name)

    def show(self, unit: str, user: str | None = None) -> dict[str, str]:
        scope = ["--user"] if user else []
        out = self.run("systemctl", *scope, "show", unit, user=user).stdout
        return dict(line.partition("=")[::2] for line in out.splitlines())

    def journal(self, unit: str, user: str | None = None, priority: int = 7,
                since: str | None = None) -> str:
        """The unit's journal at ``priority`` or more urgent (a user unit's read by its user,
        from their own journal: its messages and its manager's about it)."""
        extra = [f"--since={since}"] if since else []
        scope = ["--user"] if user else []
        return self.run("journalctl", *scope, "--no-pager", "-o", "cat", "-p", str(priority),
                        "-u", unit, *extra, user=user).stdout

    def wait_for(self, what: str, probe: object, timeout: float = 60, every: float = 0.5
                 ) -> object:
        deadline = time.monotonic() + timeout
        while True:
            value = probe() if callable(probe) else probe
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
            time.sleep(every)

    def add_user(self, name: str) -> str:
        """A user with lingering on and their own copy of the venv in ~/venv; their home."""
        home = f"/home/{name}"
        self.sh(f"useradd -m {name} && cp -a {VENV} {home}/venv && "
                f"chown -R {name}:{name} {home}/venv && loginctl enable-linger {name}")
        self.wait_for(f"{name}'s user manager", lambda: self.run(
            "systemctl", "--user", "is-system-running", user=name, check=False
        ).stdout.strip() in {"running", "degraded"}, timeout=60)
        return home

    def emulator_state(self, port: int) -> dict[str, object]:
        out = self.run("python3", "-c", "import sys, urllib.request; sys.stdout.write("
                       f"urllib.request.urlopen('http://127.0.0.1:{port}/_emulator/state', "
                       "timeout=10).read().decode())").stdout
        state: dict[str, object] = json.loads(out)
        return state


def boot(work: Path, share: Path) -> Machine:
    result = subprocess.run([str(TOOLS / "boot"), str(work), str(share)], capture_output=True,
                            text=True, timeout=180, check=False)
    if result.returncode != 0:
        raise AssertionError(f"real systemd did not boot: {result.stdout}{result.stderr}")
    machine = Machine(work=work, share=share)
    shutil.copy2(TOOLS / "as-user", share / "as-user")
    machine.run("install", "-m", "0755", "/mnt/share/as-user", "/usr/local/bin/as-user")
    return machine


def teardown(work: Path) -> None:
    """Power the manager off, then make sure its cgroup is gone (its last processes can take a
    moment to leave after PID 1 died, and the tool's one removal attempt then fails)."""
    subprocess.run([str(TOOLS / "teardown"), str(work)], capture_output=True, timeout=120,
                   check=False)
    with contextlib.suppress(OSError):
        cgroup = Path((work / "cgroup").read_text().strip())
        for _ in range(40):
            if not cgroup.exists():
                break
            for folder in [*sorted(cgroup.rglob("*"), key=lambda p: -len(p.parts)), cgroup]:
                if folder.is_dir():
                    with contextlib.suppress(OSError):
                        folder.rmdir()
            time.sleep(0.25)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist, keep every test that uses the booted manager on one worker: booting it,
    building the wheels and installing the venv inside is most of these tests' cost, and a second
    worker would pay it again (``--dist loadgroup`` in the README's command honours the group)."""
    for item in items:
        if "real_systemd" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("real-systemd"))


@pytest.fixture(scope="session")
def real_systemd() -> Iterator[Machine]:
    """A booted manager with the project installed in ``/opt/interview-sync/venv``."""
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    base = Path(tempfile.mkdtemp(prefix="is-real-systemd-"))
    share = base / "share"
    (share / "wheels").mkdir(parents=True)
    try:
        _build_wheels(share / "wheels")
        machine = boot(base / "w", share)
        try:
            machine.sh(f"python3 -m venv {VENV} && {VENV}/bin/pip install -q --no-index "
                       f"--find-links /mnt/share/wheels interview-sync", timeout=600)
            yield machine
        finally:
            teardown(base / "w")
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(base)


def quoted(words: Sequence[str]) -> str:
    return " ".join(shlex.quote(w) for w in words)
