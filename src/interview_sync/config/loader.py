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

import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from interview_sync.config.spec import (
    APP,
    ENV_CONFIG,
    REFERENCE_SPEC,
    SECTIONS,
    SPEC,
    TYPE_NAMES,
    Option,
    OptionType,
    check_timezone,
    closest,
    render_example,
    render_reference_markdown,
)
from interview_sync.core import model
from interview_sync.core.destinations import token_destination_problem
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
    material_dir: Path  # the only place attachments come from (local/material.py)
    tasks_dir: Path | None  # None: [reminders] tasks = false


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
            holiday_subdivision=self.timeline.holiday_subdivision,
            default_response_business_days=self.timeline.default_business_days,
            backfill=timedelta(days=self.sync.backfill_days),
            evening_hour=self.reminders.evening_hour,
            checkin_hour=self.reminders.checkin_hour,
            reply_detection=self.sync.reply_detection,
            timezone=self.user.timezone,
            tasks=self.paths.tasks_dir is not None,
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
    templates = values["templates", "dir"]
    if templates is not None and not templates.is_dir():
        problems.append(Problem(where=f"{file}: [templates] dir",
                                what=f"{templates} is not a directory",
                                fix="create it, fix the path, or remove the key to use the "
                                    "built-in templates"))
    country = values["timeline", "holiday_country"]
    subdivision = values["timeline", "holiday_subdivision"]
    if subdivision and not country:
        problems.append(Problem(where=f"{file}: [timeline] holiday_subdivision",
                                what="is set but holiday_country is not",
                                fix="set holiday_country too, or remove holiday_subdivision"))
    elif subdivision and country and not _known_subdivision(country, subdivision):
        problems.append(Problem(where=f"{file}: [timeline] holiday_subdivision",
                                what=f"{subdivision!r} is not a subdivision of {country.upper()}",
                                fix=f"use one of: {', '.join(_subdivisions(country)) or 'none'}"))
    return Settings(
        source=path,
        google=GoogleSettings(endpoint=endpoint, client_secrets=values["google", "client_secrets"],
                              token_file=values["google", "token_file"]),
        paths=PathSettings(state_dir=values["paths", "state_dir"],
                           notes_dir=values["paths", "notes_dir"],
                           reminders_dir=values["paths", "reminders_dir"],
                           material_dir=values["paths", "material_dir"]
                           or values["paths", "notes_dir"].parent / "material",
                           tasks_dir=values["paths", "tasks_dir"]
                           if values["reminders", "tasks"] else None),
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
    close = closest(word, choices)
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


def _coerce(kind: OptionType, raw: Any) -> tuple[Any, tuple[str, str] | None]:
    wrong = (f"must be {TYPE_NAMES[kind]}, not {type(raw).__name__} {raw!r}",
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
    problem = token_destination_problem(raw)
    if problem is not None:
        return None, (f"{raw!r} would receive your Google tokens, but {problem}",
                      "remove the key to use Google, or point it at the emulator on "
                      "http://127.0.0.1:PORT")
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


def _subdivisions(country: str) -> list[str]:
    import holidays  # only when a subdivision is configured

    return list(holidays.list_supported_countries().get(country.upper(), []))


def _known_subdivision(country: str, subdivision: str) -> bool:
    known = _subdivisions(country)
    return not known or subdivision.upper() in known  # an unknown country is reported already


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


def _service_override(option: Option, env: Mapping[str, str]) -> Path | None:
    """Defaults the systemd units steer: the state folder they pin, the credential they load.

    ``$INTERVIEW_SYNC_STATE_DIR`` (both units) and ``$STATE_DIRECTORY`` (set by systemd for
    ``StateDirectory=``) beat the XDG default; ``$CREDENTIALS_DIRECTORY/client_secret.json``
    (``LoadCredential=`` in the system unit) beats the default client secrets path.
    """
    if (option.section, option.key) == ("paths", "state_dir"):
        for var in ("INTERVIEW_SYNC_STATE_DIR", "STATE_DIRECTORY"):
            value = env.get(var, "").split(":")[0]
            if value and Path(value).is_absolute():
                return Path(value)
    if (option.section, option.key) == ("google", "client_secrets"):
        creds = env.get("CREDENTIALS_DIRECTORY", "")
        if creds and (Path(creds) / "client_secret.json").is_file():
            return Path(creds) / "client_secret.json"
    return None


def _default(option: Option, env: Mapping[str, str]) -> Any:
    override = _service_override(option, env)
    if override is not None:
        return override
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

