"""Where template sources come from: the package defaults and the user's override directory.

Owns: reading ``interview_sync/templates/*.j2`` through ``importlib.resources`` and
``<config dir>/templates/*.j2`` from disk, and handing the text to the pure
``render.templates.Templates``. An override that cannot be read (permissions, not UTF-8) is
reported as a problem and the default is used, like one that does not compile.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from interview_sync.errors import Problem
from interview_sync.render.templates import Templates

__all__ = ["default_template_sources", "default_templates", "load_template_sources",
           "load_templates", "user_template_sources"]

SUFFIX = ".j2"
_MAX_TEMPLATE_BYTES = 256 * 1024  # a template is a page of text; anything bigger is a mistake

Sources = dict[str, tuple[str, str]]


def default_template_sources() -> Sources:
    """The package's own templates: name -> (text, origin for messages)."""
    out: Sources = {}
    root = resources.files("interview_sync") / "templates"
    for entry in root.iterdir():
        if entry.name.endswith(SUFFIX):
            name = entry.name[: -len(SUFFIX)]
            out[name] = (entry.read_text(encoding="utf-8"), f"(default) templates/{entry.name}")
    return out


def user_template_sources(user_dir: Path | None) -> tuple[Sources, tuple[Problem, ...]]:
    """The user's overrides in ``user_dir`` (missing directory = no overrides)."""
    if user_dir is None or not user_dir.is_dir():
        return {}, ()
    out: Sources = {}
    problems: list[Problem] = []
    for path in sorted(user_dir.glob("*" + SUFFIX)):
        try:
            if path.stat().st_size > _MAX_TEMPLATE_BYTES:
                problems.append(Problem(str(path), "template file is larger than 256 kB; ignored"))
                continue
            out[path.name[: -len(SUFFIX)]] = (path.read_text(encoding="utf-8"), str(path))
        except UnicodeDecodeError as exc:
            problems.append(Problem(str(path), f"not UTF-8 text ({exc.reason}); default used",
                                    "save the file as UTF-8"))
        except OSError as exc:
            problems.append(Problem(str(path), f"cannot read: {exc.strerror}; default used"))
    return out, tuple(problems)


def load_template_sources(user_dir: Path | None) -> Sources:
    """Defaults with the user's overrides laid over them (no fallback information)."""
    merged = default_template_sources()
    merged.update(user_template_sources(user_dir)[0])
    return merged


def load_templates(user_dir: Path | None) -> Templates:
    """Compiled templates: user overrides where they work, package defaults otherwise."""
    overrides, read_problems = user_template_sources(user_dir)
    built = Templates.from_sources(overrides, defaults=default_template_sources())
    if read_problems:
        built.problems = read_problems + built.problems
    return built


def default_templates() -> Templates:
    """The package defaults only."""
    return Templates.from_sources(default_template_sources())
