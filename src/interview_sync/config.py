"""The configuration file: loading, validation, ``Settings``, and the documents made from the spec.

Owns: the lookup order (``--config`` → ``$INTERVIEW_SYNC_CONFIG`` →
``$XDG_CONFIG_HOME/interview-sync/config.toml``), validation that reports *every* problem at once
in one ``ConfigError``, the frozen ``Settings`` the rest of the program reads, and the two
documents generated from ``config_spec.SPEC``: the commented example (``render_example``, kept in
``config/interview-sync.toml``) and the Markdown reference (``render_reference_markdown``, kept in
``docs/configuration.md``).

Theory of operation: ``load_settings`` reads TOML, then walks the spec section by section. Each
value goes through its type's coercion and then its validator; a failure becomes a ``Problem``
and the walk carries on, so the user sees the whole list in one go. Keys the spec does not know
are problems too (with a "did you mean"). A missing file at the *default* location is fine
(defaults everywhere, so ``auth`` and ``doctor`` work on a fresh install); what a real sync needs
is checked at use by ``Settings.require_complete``. Nothing here imports a Google library:
``doctor`` and ``status`` import this module and must start fast.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import textwrap
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from interview_sync import model
from interview_sync.config_spec import (
    APP,
    ENV_CONFIG,
    REFERENCE_SPEC,
    SECTIONS,
    SPEC,
    Option,
    OptionType,
    check_timezone,
)
from interview_sync.errors import ConfigError, Problem

__all__ = [
    "ENV_CONFIG",
    "SPEC",
    "DetectSettings",
    "GoogleSettings",
    "Option",
    "PathSettings",
    "ReminderSettings",
    "Settings",
    "SyncSettings",
    "TemplateSettings",
    "TimelineSettings",
    "UserSettings",
    "config_path",
    "load_settings",
    "loads_settings",
    "render_example",
    "render_reference_markdown",
]

# --------------------------------------------------------------------------- settings


@dataclass(frozen=True, slots=True, kw_only=True)
class GoogleSettings:
    endpoint: str | None
    client_secrets: Path
    token_file: Path


@dataclass(frozen=True, slots=True, kw_only=True)
class PathSettings:
    state_dir: Path
    notes_dir: Path
    reminders_dir: Path


@dataclass(frozen=True, slots=True, kw_only=True)
class SyncSettings:
    poll_seconds: int
    backfill_days: int
    calendars: tuple[str, ...]
    reply_detection: bool
    http_timeout_seconds: float


@dataclass(frozen=True, slots=True, kw_only=True)
class UserSettings:
    name: str
    email: str | None  # None: ask Gmail's getProfile
    signature: str
    timezone: str  # always a valid IANA name after loading


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineSettings:
    default_business_days: int
    holiday_country: str | None
    holiday_subdivision: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReminderSettings:
    evening_hour: int
    checkin_hour: int


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplateSettings:
    dir: Path | None


@dataclass(frozen=True, slots=True, kw_only=True)
class DetectSettings:
    my_domains: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything the configuration says, validated and with paths resolved."""

    source: Path | None  # the file read; None when none existed at the default location
    google: GoogleSettings
    paths: PathSettings
    sync: SyncSettings
    user: UserSettings
    timeline: TimelineSettings
    reminders: ReminderSettings
    templates: TemplateSettings
    detect: DetectSettings
    references: tuple[model.Reference, ...] = ()

    def plan_settings(self, user_email: str) -> model.PlanSettings:
        """The part the core needs. ``user_email`` is ``user.email`` or Gmail's getProfile."""
        return model.PlanSettings(
            user_name=self.user.name,
            user_email=user_email.lower(),
            signature=self.user.signature or self.user.name,
            references=self.references,
            holiday_country=self.timeline.holiday_country,
            default_response_business_days=self.timeline.default_business_days,
            backfill=timedelta(days=self.sync.backfill_days),
            evening_hour=self.reminders.evening_hour,
            checkin_hour=self.reminders.checkin_hour,
            reply_detection=self.sync.reply_detection,
            timezone=self.user.timezone,
        )

    def require_complete(self) -> None:
        """Raise ``ConfigError`` unless what a real sync needs is set (loading alone allows it
        missing, so `auth`, `doctor` and `status` work on a fresh install)."""
        file = str(self.source) if self.source else "config.toml"
        problems = []
        if not self.user.name.strip():
            problems.append(Problem(where=f"{file}: [user] name", what="is not set",
                                    fix='add [user] name = "Your Name" (it signs your drafts)'))
        if problems:
            raise ConfigError("the configuration is incomplete", problems=problems,
                              remedy=f"edit {file}")


# --------------------------------------------------------------------------- loading


def config_path(explicit: str | os.PathLike[str] | None = None,
                environ: Mapping[str, str] | None = None) -> tuple[Path, bool]:
    """The file to read and whether the user named it (a named file must exist)."""
    env = os.environ if environ is None else environ
    if explicit:
        return _expand(str(explicit), env), True
    if env.get(ENV_CONFIG):
        return _expand(env[ENV_CONFIG], env), True
    return _xdg(env)["config"] / "config.toml", False


def load_settings(explicit: str | os.PathLike[str] | None = None, *,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Find, read and validate the configuration; one ``ConfigError`` lists every problem."""
    env = os.environ if environ is None else environ
    path, named = config_path(explicit, env)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if named:
            raise ConfigError(f"configuration file {path} does not exist", remedy=(
                f"create it (an example: `interview-sync --help` names the docs; copy "
                f"config/interview-sync.toml) or fix the path given to --config/${ENV_CONFIG}")
            ) from None
        return _build({}, None, env, [])
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read configuration file {path}: {error}",
                          remedy=f"check the permissions and encoding (UTF-8) of {path}") from None
    return loads_settings(text, path=path, environ=env)


def loads_settings(text: str, *, path: Path, environ: Mapping[str, str] | None = None) -> Settings:
    """Validate TOML ``text`` as if read from ``path`` (relative paths resolve against its dir)."""
    env = os.environ if environ is None else environ
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        where = f"{path}:{found.group(1)}:{found.group(2)}" if found else str(path)
        what = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error)) or "not valid TOML"
        raise ConfigError(f"{path} is not valid TOML", problems=[Problem(
            where=where, what=what, fix="see https://toml.io; strings need \"quotes\"")],
            remedy=f"fix the syntax in {path}") from None
    problems: list[Problem] = []
    settings = _build(data, path, env, problems)
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        raise ConfigError(f"{path} has {count}", problems=problems, remedy=f"edit {path}")
    return settings


def _build(data: Mapping[str, Any], path: Path | None, env: Mapping[str, str],
           problems: list[Problem]) -> Settings:
    file = str(path) if path else "config.toml"
    base = path.parent if path else _xdg(env)["config"]
    _unknown(data, file, problems)
    values: dict[tuple[str, str], Any] = {}
    for section, options in SECTIONS.items():
        table = data.get(section, {})
        if not isinstance(table, dict):
            problems.append(Problem(where=f"{file}: [{section}]", what="must be a table",
                                    fix=f"write it as a [{section}] header followed by keys"))
            table = {}
        for option in options:
            values[(section, option.key)] = _value(option, table, file=file, base=base, env=env,
                                                      problems=problems)
    endpoint = values["google", "endpoint"]
    poll = values["sync", "poll_seconds"]
    low = 1 if endpoint else 10
    if isinstance(poll, int) and not low <= poll <= 86_400:
        problems.append(Problem(
            where=f"{file}: [sync] poll_seconds", what=f"{poll} s is out of range",
            fix=f"use {low}–86400 seconds" + ("" if endpoint else
                                              " (below 10 only with a [google] endpoint)")))
    country = values["timeline", "holiday_country"]
    return Settings(
        source=path,
        google=GoogleSettings(endpoint=endpoint, client_secrets=values["google", "client_secrets"],
                              token_file=values["google", "token_file"]),
        paths=PathSettings(state_dir=values["paths", "state_dir"],
                           notes_dir=values["paths", "notes_dir"],
                           reminders_dir=values["paths", "reminders_dir"]),
        sync=SyncSettings(poll_seconds=poll, backfill_days=values["sync", "backfill_days"],
                          calendars=tuple(values["sync", "calendars"]),
                          reply_detection=values["sync", "reply_detection"],
                          http_timeout_seconds=values["sync", "http_timeout_seconds"]),
        user=UserSettings(name=values["user", "name"].strip(),
                          email=values["user", "email"].lower() or None,
                          signature=values["user", "signature"],
                          timezone=values["user", "timezone"] or _system_timezone(env)),
        timeline=TimelineSettings(
            default_business_days=values["timeline", "default_business_days"],
            holiday_country=country.upper() or None,
            holiday_subdivision=values["timeline", "holiday_subdivision"].upper() or None),
        reminders=ReminderSettings(evening_hour=values["reminders", "evening_hour"],
                                   checkin_hour=values["reminders", "checkin_hour"]),
        templates=TemplateSettings(dir=values["templates", "dir"]),
        detect=DetectSettings(my_domains=tuple(
            d.lower().lstrip("@") for d in values["detect", "my_domains"])),
        references=_references(data.get("references", []), file, problems),
    )


def _unknown(data: Mapping[str, Any], file: str, problems: list[Problem]) -> None:
    known_sections = [*SECTIONS, "references"]
    for name, table in data.items():
        if name not in known_sections:
            problems.append(Problem(where=f"{file}: [{name}]", what="unknown section",
                                    fix=_did_you_mean(name, known_sections, "remove it")))
            continue
        if name == "references" or not isinstance(table, dict):
            continue
        keys = [option.key for option in SECTIONS[name]]
        for key in table:
            if key not in keys:
                problems.append(Problem(where=f"{file}: [{name}] {key}", what="unknown key",
                                        fix=_did_you_mean(key, keys, f"remove it; [{name}] "
                                                          f"knows {', '.join(keys)}")))


def _did_you_mean(word: str, choices: Sequence[str], otherwise: str) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else otherwise


def _value(option: Option, table: Mapping[str, Any], *, file: str, base: Path,
           env: Mapping[str, str], problems: list[Problem]) -> Any:
    where = f"{file}: {option.where}"
    if option.key not in table:
        return _default(option, env)
    raw = table[option.key]
    value, error = _coerce(option.type, raw)
    if error is None and option.validator is not None:
        found = option.validator(value)
        if found is not None:
            error = found
    if error is not None:
        problems.append(Problem(where=where, what=error[0], fix=error[1]))
        return _default(option, env)
    if option.type == "path":
        resolved = _expand(value, env)
        return resolved if resolved.is_absolute() else (base / resolved)
    return value


_TYPE_NAMES = {"str": "a string", "int": "a whole number", "float": "a number",
               "bool": "true or false", "path": "a path string", "url": "a URL string",
               "str_list": "a list of strings"}


def _coerce(kind: OptionType, raw: Any) -> tuple[Any, tuple[str, str] | None]:
    wrong = (f"must be {_TYPE_NAMES[kind]}, not {type(raw).__name__} {raw!r}",
             f"write it as {_example_literal(kind)}")
    if kind in ("str", "path", "url"):
        if not isinstance(raw, str):
            return None, wrong
        if kind == "path" and not raw.strip():
            return None, ("the path is empty", "remove the key to use the default")
        if kind == "url":
            return _url(raw)
        return raw, None
    if kind == "int":
        return (raw, None) if isinstance(raw, int) and not isinstance(raw, bool) else (None, wrong)
    if kind == "float":
        ok = isinstance(raw, int | float) and not isinstance(raw, bool)
        return (float(raw), None) if ok else (None, wrong)
    if kind == "bool":
        return (raw, None) if isinstance(raw, bool) else (None, wrong)
    if isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        return list(raw), None
    return None, wrong


def _example_literal(kind: OptionType) -> str:
    return {"str": '"text"', "path": '"~/some/dir"', "url": '"http://127.0.0.1:8765"',
            "int": "300", "float": "30", "bool": "true", "str_list": '["a", "b"]'}[kind]


def _url(raw: str) -> tuple[Any, tuple[str, str] | None]:
    parts = urlsplit(raw.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None, (f"{raw!r} is not an http(s) URL", 'write it as "http://127.0.0.1:8765"')
    if parts.query or parts.fragment:
        return None, (f"{raw!r} has a query or fragment", "give only scheme://host:port[/path]")
    return raw.strip().rstrip("/"), None


def _references(raw: Any, file: str, problems: list[Problem]) -> tuple[model.Reference, ...]:
    if not isinstance(raw, list):
        problems.append(Problem(where=f"{file}: [[references]]", what="must be an array of tables",
                                fix="write each reference under its own [[references]] header"))
        return ()
    found: list[model.Reference] = []
    keys = [option.key for option in REFERENCE_SPEC]
    for number, table in enumerate(raw, start=1):
        where = f"{file}: [[references]] #{number}"
        if not isinstance(table, dict):
            problems.append(Problem(where=where, what="must be a table", fix="use [[references]]"))
            continue
        for key in table:
            if key not in keys:
                problems.append(Problem(where=f"{where} {key}", what="unknown key",
                                        fix=_did_you_mean(key, keys, f"use {', '.join(keys)}")))
        fields: dict[str, str] = {}
        for option in REFERENCE_SPEC:
            if option.key not in table:
                if option.default is None:
                    problems.append(Problem(where=f"{where} {option.key}", what="is missing",
                                            fix=f'add {option.key} = "{option.example}"'))
                fields[option.key] = option.default or ""
                continue
            value, error = _coerce(option.type, table[option.key])
            if error is None and option.validator is not None:
                error = option.validator(value)
            if error is None and not value.strip() and option.default is None:
                error = ("is empty", f'write e.g. {option.key} = "{option.example}"')
            if error is not None:
                problems.append(Problem(where=f"{where} {option.key}", what=error[0], fix=error[1]))
                value = ""
            fields[option.key] = value.strip()
        found.append(model.Reference(name=fields["name"], email=fields["email"].lower(),
                                     relationship=fields["relationship"]))
    return tuple(found)


# --------------------------------------------------------------------------- paths and zones


def _home(env: Mapping[str, str]) -> Path:
    return Path(env["HOME"]) if env.get("HOME") else Path.home()


def _expand(value: str, env: Mapping[str, str]) -> Path:
    if value == "~" or value.startswith("~/"):
        return _home(env) / value[2:]
    return Path(value)


def _xdg(env: Mapping[str, str]) -> dict[str, Path]:
    """The XDG base directories for this app (non-absolute $XDG_* values are ignored, per spec)."""
    def base(var: str, fallback: str) -> Path:
        value = env.get(var, "")
        return Path(value) if value and Path(value).is_absolute() else _home(env) / fallback
    return {"config": base("XDG_CONFIG_HOME", ".config") / APP,
            "state": base("XDG_STATE_HOME", ".local/state") / APP,
            "data": base("XDG_DATA_HOME", ".local/share") / APP}


def _default(option: Option, env: Mapping[str, str]) -> Any:
    if option.type == "path" and isinstance(option.default, str):
        token, _, rest = option.default.partition("/")
        root = _xdg(env)[token.strip("{}")]
        return root / rest if rest else root
    return list(option.default) if isinstance(option.default, list) else option.default


def _system_timezone(env: Mapping[str, str]) -> str:
    """$TZ, else the zone /etc/localtime links to, else UTC (a sensible zone for a server)."""
    candidates = [env.get("TZ", "").lstrip(":")]
    try:
        target = os.readlink("/etc/localtime")
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    for name in candidates:
        if name and check_timezone(name) is None:
            return name
    return "UTC"



# --------------------------------------------------------------------------- generated documents

_DOC_ROOTS = {"{config}": "~/.config/interview-sync", "{state}": "~/.local/state/interview-sync",
              "{data}": "~/.local/share/interview-sync"}
_XDG_VARS = {"{config}": "$XDG_CONFIG_HOME", "{state}": "$XDG_STATE_HOME",
             "{data}": "$XDG_DATA_HOME"}


def _shown_default(option: Option) -> Any:
    if option.type == "path" and isinstance(option.default, str):
        token, _, rest = option.default.partition("/")
        return _DOC_ROOTS[token] + (f"/{rest}" if rest else "")
    return option.default


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    # JSON string escapes are a subset of TOML's; TOML also forbids a raw DEL character
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")


def _comment(text: str, width: int = 96) -> list[str]:
    return ["# " + line for line in textwrap.wrap(text, width - 2)]


def render_example() -> str:
    """The commented example configuration (kept in ``config/interview-sync.toml``).

    Every key is commented out at its default (or, when it has none, at an example value), so an
    untouched copy behaves exactly like no file at all; uncomment what you change.
    """
    lines = [
        "# interview-sync configuration. Generated from interview_sync/config_spec.py:",
        "# edit that, then run `python -m interview_sync.config` to regenerate this file.",
        "#",
        f"# Looked up from `interview-sync --config FILE`, then ${ENV_CONFIG}, then",
        "# $XDG_CONFIG_HOME/interview-sync/config.toml (~/.config/interview-sync/config.toml).",
        "# Every key is optional except [user] name, which a sync needs. Paths may start with ~;",
        "# relative paths are relative to this file's directory.",
    ]
    for section, options in SECTIONS.items():
        lines += ["", f"[{section}]"]
        for index, option in enumerate(options):
            if index:
                lines.append("")
            lines += _comment(option.description)
            shown = _shown_default(option)
            value = shown if shown not in (None, [], "") else option.example
            if value is None:
                value = ""
            lines.append(f"# {option.key} = {_toml(value)}")
    lines += ["", "# People who agreed to be your reference; each gets a briefing draft after an",
              "# interview that mentions references. Repeat the block for each person.",
              "# [[references]]"]
    for option in REFERENCE_SPEC:
        lines.append(f"# {option.key} = {_toml(option.example)}  # {option.description}")
    return "\n".join(lines) + "\n"


def render_reference_markdown() -> str:
    """The configuration reference in Markdown (kept in ``docs/configuration.md``)."""
    out = [
        "# Configuration reference",
        "",
        "<!-- Generated from src/interview_sync/config_spec.py by "
        "`python -m interview_sync.config`; do not edit by hand. -->",
        "",
        "interview-sync reads one TOML file, looked up in this order: the top-level "
        f"`--config FILE` option, then `${ENV_CONFIG}`, then "
        "`$XDG_CONFIG_HOME/interview-sync/config.toml` (`~/.config/interview-sync/config.toml`). "
        "A missing file at the default location means \"all defaults\"; a file you name must "
        "exist. Every problem in the file is reported at once, each with the file, the key, "
        "what is wrong and how to fix it (exit status 2 at a terminal, 78 under systemd).",
        "",
        "Paths may start with `~`; relative paths are relative to the config file's directory. "
        "Default directories follow the XDG base directory variables "
        "(`$XDG_CONFIG_HOME`, `$XDG_STATE_HOME`, `$XDG_DATA_HOME`) when they are set.",
        "An annotated example is in `config/interview-sync.toml`.",
    ]
    for section, options in [*SECTIONS.items(), ("[references]", REFERENCE_SPEC)]:
        out += ["", f"## `[{section}]`", ""]
        if options is REFERENCE_SPEC:
            out += ["Repeat the table for each reference. `name` and `email` are required.", ""]
        out += ["| key | type | default | description |", "|---|---|---|---|"]
        for option in options:
            description = option.description.replace("|", "\\|")
            out.append(f"| `{option.key}` | {_TYPE_NAMES[option.type]} | {_doc_default(option)} "
                       f"| {description} |")
    return "\n".join(out) + "\n"


def _doc_default(option: Option) -> str:
    shown = _shown_default(option)
    if shown is None:
        return "unset" if option.section != "references" else "required"
    if option.type == "path" and isinstance(option.default, str):
        token = option.default.split("/", 1)[0]
        return f"`{_toml(shown)}` (or under `{_XDG_VARS[token]}`)"
    return f"`{_toml(shown)}`"


def _write_generated(root: Path) -> list[Path]:
    """Regenerate the example and the reference under ``root`` (the repository)."""
    written = []
    for relative, text in (("config/interview-sync.toml", render_example()),
                           ("docs/configuration.md", render_reference_markdown())):
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":  # python -m interview_sync.config [REPO_ROOT]
    import sys

    for written_path in _write_generated(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        sys.stdout.write(f"wrote {written_path}\n")
