"""What the sandboxed units must be able to write, derived from the configuration.

Owns ``PATH_ROLES`` (every ``path`` option of ``config/spec.py``, with what the service does to
it), ``output_paths`` (the folders a configuration makes the service write: each written folder,
the parent of each written file, the combined feed's folder), ``read_write_paths`` (those
folders as ``ReadWritePaths=`` wants them: absolute, nested ones folded into their parent,
folders the unit already owns left out), ``unit_environment`` (the variables the units set, so
the installer resolves the configuration exactly as the service will) and ``folder_problems``
(the checks ``install-service`` and ``doctor`` run before a unit starts).

Why one table: a path option added to the spec without a role here is *written* by default
(the safe side: the unit can write it), and a test fails until someone decides its role.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from interview_sync.config.spec import SPEC

__all__ = [
    "PATH_ROLES",
    "SYSTEM_STATE_DIR",
    "FolderProblem",
    "folder_problems",
    "output_paths",
    "read_write_paths",
    "require_writable",
    "unit_environment",
    "unknown_path_options",
]

Role = Literal["dir", "file", "read"]

# (section, key) -> what the service does with the path:
#   "dir": writes files inside it;  "file": writes (replaces) the file, so its folder;
#   "read": only reads it.
PATH_ROLES: dict[tuple[str, str], Role] = {
    ("google", "client_secrets"): "read",
    ("google", "token_file"): "file",  # rewritten when Google rotates the refresh token
    ("paths", "state_dir"): "dir",
    ("paths", "notes_dir"): "dir",
    ("paths", "reminders_dir"): "dir",
    ("templates", "dir"): "read",
    # Planned options (issues #12, #14): covered as soon as they appear in the spec.
    ("paths", "tasks_dir"): "dir",
    ("paths", "material_dir"): "dir",
}

SYSTEM_STATE_DIR = Path("/var/lib/interview-sync")  # StateDirectory=interview-sync


def unknown_path_options() -> list[tuple[str, str]]:
    """``path`` options of the spec that ``PATH_ROLES`` does not classify."""
    return [(o.section, o.key) for o in SPEC if o.type == "path"
            and (o.section, o.key) not in PATH_ROLES]


def _feed_folder(reminders_dir: Path) -> Path:
    # engine.wiring.feed_path_for: the combined feed sits *beside* the vdir.
    return reminders_dir.parent


def output_paths(settings: Any) -> dict[str, Path]:
    """Every folder this configuration makes the service write, by label (absolute)."""
    found: dict[str, Path] = {}
    for option in SPEC:
        if option.type != "path":
            continue
        role = PATH_ROLES.get((option.section, option.key), "dir")
        if role == "read":
            continue
        value = getattr(getattr(settings, option.section, None), option.key, None)
        if value is None:
            continue  # an optional folder left unset
        path = Path(value).expanduser().absolute()
        found[option.key] = path.parent if role == "file" else path
        if (option.section, option.key) == ("paths", "reminders_dir"):
            found["reminders feed"] = _feed_folder(path)
    return found


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def read_write_paths(paths: Iterable[Path], *, owned: Sequence[Path] = ()) -> list[Path]:
    """``paths`` once each, without those inside another listed path or an ``owned`` one."""
    unique = sorted({Path(os.path.normpath(p)) for p in paths}, key=lambda p: len(p.parts))
    kept: list[Path] = []
    for path in unique:
        if any(_inside(path, other) for other in [*owned, *kept]):
            continue
        kept.append(path)
    return sorted(kept)


def unit_environment(scope: Literal["user", "system"],
                     base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment the unit gives the service (the ``Environment=`` lines of the units)."""
    env = dict(os.environ if base is None else base)
    if scope == "user":
        home = env.get("HOME") or str(Path.home())
        env["INTERVIEW_SYNC_STATE_DIR"] = f"{home}/.local/state/interview-sync"
        return env
    state = str(SYSTEM_STATE_DIR)
    env.update({"INTERVIEW_SYNC_STATE_DIR": state, "XDG_STATE_HOME": "/var/lib",
                "XDG_DATA_HOME": "/var/lib", "XDG_CONFIG_HOME": "/var/lib", "HOME": "/"})
    env.setdefault("INTERVIEW_SYNC_CONFIG", "/etc/interview-sync/config.toml")
    return env


@dataclass(frozen=True, slots=True, kw_only=True)
class FolderProblem:
    label: str
    path: Path
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.label} folder {self.path}: {self.what} (fix: {self.fix})"


# Where a system unit can never write (ProtectHome=yes hides homes; the rest is the OS).
_SYSTEM_FORBIDDEN = (Path("/home"), Path("/root"), Path("/run/user"), Path("/etc"), Path("/usr"),
                     Path("/boot"), Path("/proc"), Path("/sys"), Path("/dev"))


def folder_problems(paths: Mapping[str, Path], scope: Literal["user", "system"]
                    ) -> list[FolderProblem]:
    """What would stop the unit writing a configured folder, found before it starts.

    A user unit writes as this user: each folder must exist and be writable, or be creatable.
    A system unit runs as a dynamic user that cannot see homes (``ProtectHome=yes``) and must
    not write the OS; the installer creates and hands over the folders it may write.
    """
    problems: list[FolderProblem] = []
    for label, path in paths.items():
        if scope == "system":
            bad = next((f for f in _SYSTEM_FORBIDDEN if _inside(path, f)), None)
            if bad is not None:
                problems.append(FolderProblem(
                    label=label, path=path,
                    what=f"the system unit cannot write under {bad}",
                    fix=f"set [paths] {label} (or [google] token_file) in the config to a folder "
                        f"under {SYSTEM_STATE_DIR} or /srv"))
            continue
        existing = path
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        if not existing.is_dir():
            problems.append(FolderProblem(label=label, path=path,
                                          what=f"{existing} is not a folder",
                                          fix=f"move {existing} away or choose another folder"))
        elif not os.access(existing, os.W_OK | os.X_OK):
            action = "is not writable" if existing == path else f"cannot be created in {existing}"
            problems.append(FolderProblem(label=label, path=path,
                                          what=f"{action} by you (uid {os.getuid()})",
                                          fix=f"chown you {existing}, or choose another folder"))
    return problems


def require_writable(settings: Any) -> None:
    """Create each output folder and prove a file can be made in it; ``ConfigError`` (exit 78:
    a human must act, so no restart loop) naming every folder that cannot be written.

    Run when the service starts: a folder added to the config after the unit was installed is
    read-only inside its sandbox, and every cycle would otherwise fail its actions while the
    unit looks healthy."""
    from interview_sync.errors import ConfigError, Problem

    problems: list[Problem] = []
    for label, folder in output_paths(settings).items():
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".interview-sync-probe-"):
                pass
        except OSError as error:
            problems.append(Problem(where=f"{label} {folder}",
                                    what=f"cannot be written ({error.strerror or error})"))
    if problems:
        under_unit = bool(os.environ.get("INVOCATION_ID"))
        raise ConfigError(
            "the service cannot write the folders the configuration names", problems=problems,
            remedy=("run `interview-sync install-service` again (with --system for the system "
                    "unit): it lets the unit write every configured folder" if under_unit else
                    "fix the folders' permissions, or choose other folders in the config"))
