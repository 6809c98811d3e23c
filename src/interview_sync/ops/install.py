"""Installing the systemd unit for *this* installation: what to write, what to run, and running it.

Owns the unit templates shipped in ``interview_sync/units`` (copies of the repository's
``systemd/`` folder), their rendering (``@PYTHON@`` becomes this interpreter, so the service uses
the same venv the user installed into; ``@OPTIONS@`` carries ``--config``; both only on
directive lines, never in comments; the ``# @READ_WRITE_PATHS@`` line becomes one
``ReadWritePaths=`` line per folder the configuration writes, from ``ops.sandbox``, and for the
system unit ``SupplementaryGroups=`` of the group those folders are handed to), the system
unit's credentials copied into ``/etc/credstore``,
the host probes (is systemd running, is linger on, may a user unit use ``PrivateUsers=``), and the
install itself. Planning is separate from doing, so ``--dry-run`` prints exactly what
``install`` would do. Every root path and executable is a parameter, so tests run it against
temporary directories and a fake ``systemctl``.

A file we wrote carries a checksum of its own body in its first line; a unit whose body no longer
matches was edited by a person, and we refuse to overwrite it without ``force``.
"""

from __future__ import annotations

import getpass
import hashlib
import importlib.resources
import os
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from interview_sync.errors import EX_CONFIG, EX_USAGE, InterviewSyncError

__all__ = [
    "BOOTED_DIR",
    "EX_UNAVAILABLE",
    "LINGER_DIR",
    "SERVICE",
    "TIMER",
    "TIMER_SERVICE",
    "InstallPlan",
    "Scope",
    "UnitEdited",
    "UnitFile",
    "default_unit_dir",
    "execute",
    "linger_enabled",
    "no_systemd_advice",
    "plan_install",
    "probe_private_users",
    "render",
    "systemd_available",
    "systemd_quote",
    "template",
    "unit_edited",
    "which",
]

Scope = Literal["user", "system"]

SERVICE = "interview-sync.service"
BOOTED_DIR = Path("/run/systemd/system")  # sd_booted(3): exists iff systemd is PID 1
LINGER_DIR = Path("/var/lib/systemd/linger")
SYSTEM_UNIT_DIR = Path("/etc/systemd/system")
CREDSTORE = Path("/etc/credstore")
CREDSTORE_FILE = CREDSTORE / "interview-sync.client_secret.json"
CREDSTORE_TOKEN = CREDSTORE / "interview-sync.token.json"
EX_UNAVAILABLE = 69  # sysexits.h: a service this needs (systemd) is not there
MARKER = "# Written by `interview-sync install-service`; body sha256="
PROBE_TIMEOUT_SECONDS = 30

TIMER_SERVICE = "interview-sync-once.service"
TIMER = "interview-sync-once.timer"

# (scope, timer variant) -> (template in interview_sync/units, file in the unit directory)
TEMPLATES: dict[tuple[Scope, bool], tuple[tuple[str, str], ...]] = {
    ("user", False): (("interview-sync.service", SERVICE),),
    ("user", True): ((TIMER_SERVICE, TIMER_SERVICE), (TIMER, TIMER)),
    ("system", False): (("interview-sync-system.service", SERVICE),),
}
HARDENING_TEMPLATE = "hardening.conf"


class UnitEdited(InterviewSyncError):
    """A unit file we would replace was changed by a person since we wrote it."""

    exit_code = EX_CONFIG


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitFile:
    path: Path
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class InstallPlan:
    """Everything ``install-service`` would do, in order."""

    scope: Scope
    files: tuple[UnitFile, ...]
    remove: tuple[Path, ...] = ()  # our old hardening drop-in, when the host no longer allows it
    directories: tuple[Path, ...] = ()  # folders the sandbox must find existing (ReadWritePaths)
    group: str | None = None  # system unit: the group given to ``directories`` (setgid 2770)
    credentials: tuple[tuple[Path, Path], ...] = ()  # (source, credstore file), root 0600
    setup: tuple[tuple[str, ...], ...] = ()  # commands before the folders (e.g. groupadd)
    commands: tuple[tuple[str, ...], ...] = ()
    notices: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        """The human-readable account of the plan (what ``--dry-run`` prints)."""
        lines: list[str] = []
        for unit in self.files:
            lines += [f"would write {unit.path}:", *("    " + ln for ln in unit.text.splitlines())]
        lines += [f"would remove {path}" for path in self.remove]
        lines += [f"would copy {src} to {dest} (root, mode 0600)" for src, dest in self.credentials]
        lines += ["would run: " + " ".join(_shell_word(arg) for arg in cmd) for cmd in self.setup]
        mode = f"group {self.group}, mode 2770" if self.group else "mode 0700"
        lines += [f"would create directory {path} ({mode})" for path in self.directories]
        lines += ["would run: " + " ".join(_shell_word(arg) for arg in cmd)
                  for cmd in self.commands]
        lines += self.notices
        return "\n".join(lines)


# --------------------------------------------------------------------------- rendering


def template(name: str) -> str:
    """The text of one shipped unit template."""
    return importlib.resources.files("interview_sync").joinpath("units", name).read_text("utf-8")


def systemd_quote(word: str, *, command: bool = True) -> str:
    """``word`` as one systemd word: ``%`` specifiers escaped, ``$`` too on command lines (the
    only place systemd expands variables), quoted if it has spaces or quotes
    (systemd.service(5) "Command lines", systemd.unit(5) "Specifiers")."""
    escaped = word.replace("%", "%%")
    if command:
        escaped = escaped.replace("$", "$$")
    if escaped and not any(ch.isspace() or ch in "\"'\\;" for ch in escaped):
        return escaped
    return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'


RW_MARKER = "# @READ_WRITE_PATHS@"
DATA_GROUP = "interview-sync-data"  # the system unit's group for folders outside its state dir


def render(text: str, *, python: str, config_path: str | None = None,
           read_write_paths: Sequence[Path] = (), group: str | None = None) -> str:
    """Fill a template's placeholders for this installation: ``@PYTHON@`` and ``@OPTIONS@`` on
    directive lines only (never inside comments), and the ``# @READ_WRITE_PATHS@`` line with
    one ``ReadWritePaths=`` per folder (plus ``SupplementaryGroups=`` when ``group``)."""
    options = f"--config {systemd_quote(os.path.abspath(config_path))} " if config_path else ""
    rw = [f"ReadWritePaths={systemd_quote('-' + str(p), command=False)}"
          for p in read_write_paths]
    if rw and group:
        rw.insert(0, f"SupplementaryGroups={group}")
    out: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped == RW_MARKER:
            out += rw or ["# (no folder outside the defaults to add)"]
        elif stripped.startswith(("#", ";")):
            out.append(line)
        else:
            out.append(line.replace("@PYTHON@", systemd_quote(python))
                       .replace("@OPTIONS@", options))
    return "\n".join(out) + "\n"


def _body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _stamp(body: str) -> str:
    return f"{MARKER}{_body_hash(body)}\n{body}"


def unit_edited(existing: str) -> bool:
    """True when ``existing`` is not a file we wrote, or was changed after we wrote it."""
    first, _, body = existing.partition("\n")
    return not first.startswith(MARKER) or first[len(MARKER):].strip() != _body_hash(body)


# --------------------------------------------------------------------------- host probes


def default_unit_dir(scope: Scope, environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME/systemd/user`` for a user unit, ``/etc/systemd/system`` otherwise."""
    if scope == "system":
        return SYSTEM_UNIT_DIR
    env = os.environ if environ is None else environ
    xdg = env.get("XDG_CONFIG_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path(
        env.get("HOME") or Path.home()) / ".config"
    return base / "systemd" / "user"


def systemd_available(systemctl: str | None, booted_dir: Path = BOOTED_DIR) -> bool:
    """True when ``systemctl`` exists and systemd is the init system (sd_booted(3))."""
    return bool(systemctl) and booted_dir.is_dir()


def linger_enabled(user: str | None = None, linger_dir: Path = LINGER_DIR) -> bool:
    """True when the user's manager runs from boot and survives logout (loginctl(1))."""
    return (linger_dir / (user or getpass.getuser())).exists()


def probe_private_users(systemd_run: str | None,
                        timeout: float = PROBE_TIMEOUT_SECONDS) -> bool:
    """Can this user manager apply ``PrivateUsers=yes`` (needs unprivileged user namespaces)?

    Runs a transient unit that leaves nothing behind. False on any failure, including hosts
    such as Ubuntu >= 24.04 that restrict unprivileged user namespaces by default.
    """
    if not systemd_run:
        return False
    command = [systemd_run, "--user", "--wait", "--quiet", "--collect",
               "-p", "PrivateUsers=yes", "-p", "ProtectSystem=strict", "true"]
    try:
        result = subprocess.run(command, capture_output=True, timeout=timeout, check=False,
                                stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


# --------------------------------------------------------------------------- planning


def plan_install(scope: Scope, *, unit_dir: Path, python: str, systemctl: str,
                 config_path: str | None = None, hardening: bool = False, timer: bool = False,
                 read_write_paths: Sequence[Path] = (), lingering: bool = True,
                 user: str = "", credstore_file: Path = CREDSTORE_FILE,
                 credentials: Sequence[tuple[Path, Path]] = (),
                 group_exists: bool = True) -> InstallPlan:
    """What installing the ``scope`` unit (or the user timer pair) into ``unit_dir`` means.

    ``read_write_paths`` are the folders the configuration writes (``sandbox``): the user
    unit's hardening drop-in and the system unit list them; the system unit also gets them
    handed to ``DATA_GROUP``."""
    if (scope, timer) not in TEMPLATES:
        raise InterviewSyncError("the timer variant is a user unit",
                                 remedy="use --user --timer, or --system without --timer",
                                 exit_code=EX_USAGE)
    templates = list(TEMPLATES[scope, timer])
    service = TIMER_SERVICE if timer else SERVICE
    drop_in = f"{service}.d/{HARDENING_TEMPLATE}"
    if scope == "user" and hardening:
        templates.append((HARDENING_TEMPLATE, drop_in))
    group = DATA_GROUP if scope == "system" and read_write_paths else None
    files = tuple(
        UnitFile(path=unit_dir / target, text=_stamp(render(
            template(name), python=python, config_path=config_path,
            read_write_paths=read_write_paths, group=group)))
        for name, target in templates)
    remove: tuple[Path, ...] = ()
    old_drop_in = unit_dir / drop_in
    if scope == "user" and not hardening and old_drop_in.exists() and not unit_edited(
            old_drop_in.read_text(encoding="utf-8")):
        remove = (old_drop_in,)
    ctl = (systemctl, "--user") if scope == "user" else (systemctl,)
    started = TIMER if timer else SERVICE
    commands = ((*ctl, "daemon-reload"), (*ctl, "reset-failed", service),
                (*ctl, "enable", started), (*ctl, "restart", started))
    notices: list[str] = []
    unit = service.removesuffix(".service")
    journal = f"journalctl --user -u {unit} -e" if scope == "user" else f"journalctl -u {unit} -e"
    notices.append(f"check it any time with: interview-sync doctor   (logs: {journal})")
    if scope == "user":
        if not hardening:
            notices.append("note: the PrivateUsers= hardening drop-in is not installed (this "
                           "host failed the probe, or --no-hardening); the unit still runs "
                           "sandboxed by seccomp and NoNewPrivileges.")
        if not lingering:
            who = user or "$USER"
            notices.append(f"note: the service runs only while you are logged in. To run it "
                           f"from boot and after you log out: sudo loginctl enable-linger {who}")
    elif python.startswith(("/home/", "/root/")):
        notices.append(f"warning: {python} is under a home directory, which the system "
                       "unit hides (ProtectHome=yes); install interview-sync into a venv "
                       "such as /opt/interview-sync/venv and run install-service from it.")
    if scope == "system":
        directories = tuple(read_write_paths)
    else:
        directories = tuple(p for p in read_write_paths if not p.exists()) if hardening else ()
    setup = (("groupadd", "--system", DATA_GROUP),) if group and not group_exists else ()
    return InstallPlan(scope=scope, files=files, remove=remove, directories=directories,
                       group=group, credentials=tuple(credentials), setup=setup,
                       commands=commands, notices=tuple(notices))


def no_systemd_advice(python: str, config_path: str | None = None) -> str:
    """What to do on a host without systemd."""
    config = f" --config {_shell_word(config_path)}" if config_path else ""
    base = f"{_shell_word(python)} -m interview_sync{config}"
    return (
        "systemd is not running here, so there is no unit to install. Instead:\n"
        f"  - run the service under any supervisor (runit, s6, supervisord, a container):\n"
        f"      {base} run\n"
        f"    it exits 78 when a human must act (do not restart it then), 75 when another\n"
        f"    instance holds the lock;\n"
        f"  - or poll from cron, e.g. every 5 minutes (crontab -e):\n"
        f"      */5 * * * * {base} sync --once\n"
        "  - `--dry-run` still shows the unit this command would write.")


# --------------------------------------------------------------------------- doing


Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False,
                          stdin=subprocess.DEVNULL, timeout=120)


def execute(plan: InstallPlan, *, force: bool = False, run: Runner = _run) -> list[str]:
    """Carry out ``plan``; returns what was done, one line each. Raises before changing
    anything when a person edited a unit file we would replace (unless ``force``)."""
    if not force:
        edited = [unit.path for unit in plan.files if unit.path.exists()
                  and unit.path.read_text(encoding="utf-8") != unit.text
                  and unit_edited(unit.path.read_text(encoding="utf-8"))]
        if edited:
            raise UnitEdited(
                "refusing to overwrite " + ", ".join(map(str, edited))
                + ": it was edited since install-service wrote it",
                remedy=(f"keep your changes in a drop-in (systemctl "
                        f"{'--user ' if plan.scope == 'user' else ''}edit interview-sync) "
                        "and re-run with --force, or move the file away first"))
    done: list[str] = []
    for unit in plan.files:
        if unit.path.exists() and unit.path.read_text(encoding="utf-8") == unit.text:
            done.append(f"unchanged {unit.path}")
            continue
        _write_atomic(unit.path, unit.text)
        done.append(f"wrote {unit.path}")
    for path in plan.remove:
        path.unlink(missing_ok=True)
        done.append(f"removed {path}")
    for source, dest in plan.credentials:
        _install_private(source, dest)
        done.append(f"installed {dest} (root, 0600)")
    for command in plan.setup:
        _checked(run, command)
        done.append("ran " + " ".join(_shell_word(arg) for arg in command))
    for directory in plan.directories:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if plan.group:
            # The dynamic user is in this group (SupplementaryGroups=); setgid keeps new files'
            # group, and its UMask=0077 keeps them private to the service.
            shutil.chown(directory, group=plan.group)
            directory.chmod(0o2770)
            done.append(f"made {directory} writable by group {plan.group} (2770)")
        else:
            done.append(f"created {directory}")
    for command in plan.commands:
        if "reset-failed" in command:
            # Clears a failed state and the start limit after a person fixed the cause; it
            # fails harmlessly when the unit was never loaded (a first install).
            run(command)
        else:
            _checked(run, command)
        done.append("ran " + " ".join(_shell_word(arg) for arg in command))
    return done


def _checked(run: Runner, command: Sequence[str]) -> None:
    result = run(command)
    if result.returncode != 0:
        line = " ".join(_shell_word(arg) for arg in command)
        detail = (result.stderr or result.stdout or "").strip()
        user = "--user" in command
        raise InterviewSyncError(
            f"`{line}` failed (exit {result.returncode}): {detail}",
            remedy=("see `journalctl --user -u interview-sync -e`; for a user unit over ssh or "
                    "sudo, log in as the user (systemctl --user needs the user's manager and "
                    "$XDG_RUNTIME_DIR)") if user else
                   "see `journalctl -u interview-sync -e` (run install-service --system as root)",
            exit_code=EX_UNAVAILABLE)


def _install_private(source: Path, dest: Path) -> None:
    """Copy ``source`` to ``dest`` as a root-only 0600 file in a 0700 folder, atomically."""
    data = source.read_bytes()
    dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, dest)


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.chmod(0o644)
    os.replace(tmp, path)


def _shell_word(word: str) -> str:
    import shlex
    return shlex.quote(word)


def which(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    """``shutil.which`` on the given environment's PATH."""
    env = os.environ if environ is None else environ
    return shutil.which(name, path=env.get("PATH"))
