"""The configuration spec: every option of the TOML file, declared once.

Owns: ``Option`` (section, key, type, default, description, validator), ``SPEC`` (the scalar
options, in the order the example file and the reference list them), ``REFERENCE_SPEC`` (the keys of
each ``[[references]]`` table) and the validators. ``config`` loads and validates files against it
and renders the example file and the Markdown reference from it, so the three never disagree.

Path defaults use ``{config}``, ``{state}`` and ``{data}`` for this app's XDG base directories.
No Google library here; ``holidays`` is imported only when a country is being checked.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from interview_sync.core.address import is_mail_address

__all__ = ["APP", "ENV_CONFIG", "REFERENCE_SPEC", "SECTIONS", "SPEC", "TYPE_NAMES", "Option",
           "OptionType", "Validator", "check_timezone", "render_example",
           "render_reference_markdown", "toml_literal", "write_generated"]

ENV_CONFIG = "INTERVIEW_SYNC_CONFIG"
APP = "interview-sync"


OptionType = Literal["str", "int", "float", "bool", "path", "url", "str_list"]
# A validator returns None when the value is fine, else (what is wrong, how to fix it).
Validator = Callable[[Any], tuple[str, str] | None]


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    """One key of the file. ``default`` None means "unset"; ``{state}``-style tokens in path
    defaults stand for the XDG base directories (resolved by ``config``)."""

    section: str
    key: str
    type: OptionType
    default: Any
    description: str
    validator: Validator | None = None
    example: Any = None  # shown (commented out) in the example file when there is no default

    @property
    def where(self) -> str:
        return f"[{self.section}] {self.key}"


# --------------------------------------------------------------------------- validators

_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _in_range(low: float, high: float, unit: str = "") -> Validator:
    def check(value: Any) -> tuple[str, str] | None:
        if low <= value <= high:
            return None
        return (f"{value}{unit} is out of range", f"use a value from {low} to {high}{unit}")
    return check


def _email(value: Any) -> tuple[str, str] | None:
    if value == "" or is_mail_address(value):
        return None
    return (f"{value!r} is not an email address", "write it as name@example.com")


def closest(word: str, choices: Sequence[str], cutoff: float = 0.6) -> list[str]:
    """The choice most like ``word`` (``difflib``'s, at most one), for "did you mean".

    difflib is imported here: only a config with a mistake needs it, and the daemon would
    otherwise hold it for its whole life (the soak's memory line, bench/proof_soak.py)."""
    import difflib

    return difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)


def check_timezone(value: Any) -> tuple[str, str] | None:
    if value == "":
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        close = closest(value, sorted(available_timezones()))
        hint = f"did you mean {close[0]!r}? " if close else ""
        return (f"{value!r} is not an IANA time zone",
                f"{hint}use a name like 'Europe/Berlin' or 'America/New_York'")
    return None


def _holiday_country(value: Any) -> tuple[str, str] | None:
    if value == "":
        return None
    import holidays  # only when a country is configured: it costs ~50 ms to import

    supported = holidays.list_supported_countries()
    if value.upper() in supported:
        return None
    close = closest(value.upper(), sorted(supported))
    hint = f"did you mean {close[0]!r}? " if close else ""
    return (f"{value!r} is not a country the holidays library knows",
            f"{hint}use an ISO 3166-1 alpha-2 code such as 'US', 'GB' or 'DE', or \"\" for none")


def _non_empty_items(value: Any) -> tuple[str, str] | None:
    if not value:
        return ("the list is empty", 'list at least one calendar id, e.g. ["primary"]')
    if any(not item.strip() for item in value):
        return ("the list contains an empty string", "remove the empty entry")
    return None


def _domains(value: Any) -> tuple[str, str] | None:
    bad = [item for item in value if not _DOMAIN.match(item.lower().lstrip("@"))]
    if bad:
        return (f"not a domain: {', '.join(map(repr, bad))}", "write domains like 'example.com'")
    return None


# --------------------------------------------------------------------------- the spec

SPEC: tuple[Option, ...] = (
    Option(section="google", key="endpoint", type="url", default=None, example="http://127.0.0.1:8765",
           description="One base URL for Calendar, Gmail and the OAuth token endpoint, e.g. the "
                       "built-in emulator. Unset: Google's real endpoints. Tokens go only to "
                       "https://*.googleapis.com or a loopback address; anything else is "
                       "refused."),
    Option(section="google", key="client_secrets", type="path",
           default="{config}/client_secret.json",
           description="The OAuth client JSON of a Desktop app, downloaded from the Google Cloud "
                       "console (APIs & Services → Credentials)."),
    Option(section="google", key="token_file", type="path", default="{config}/token.json",
           description="Where `interview-sync auth` stores the authorization (0600, in a 0700 "
                       "directory; refused if others can read it)."),
    Option(section="paths", key="state_dir", type="path", default="{state}",
           description="The state database, lock and sync tokens."),
    Option(section="paths", key="notes_dir", type="path", default="{data}/notes",
           description="Assessment notes (Markdown you edit; created once, never overwritten)."),
    Option(section="paths", key="reminders_dir", type="path", default="{data}/reminders",
           description="Reminders as a vdir of .ics events, one timed event a file (point khal, "
                       "or vdirsyncer for a CalDAV calendar, here)."),
    Option(section="paths", key="tasks_dir", type="path", default="{data}/tasks",
           description="The same steps as to-dos (VTODO with a due time and an alarm), a vdir "
                       "for task apps: todoman, or vdirsyncer to a CalDAV task list for "
                       "Thunderbird, Apple Reminders, Tasks.org. Ticking one off marks the step "
                       "done. See [reminders] tasks."),
    Option(section="paths", key="material_dir", type="path", default=None,
           example="~/Documents/interview-material",
           description="The only folder files listed under *Material to send* are attached "
                       "from (created 0700). Unset: `material` beside `notes_dir`."),
    Option(section="sync", key="poll_seconds", type="int", default=300,
           description="Seconds between calendar polls. The daemon also wakes at each "
                       "interview's end. Below 10 only with a [google] endpoint (an emulator)."),
    Option(section="sync", key="backfill_days", type="int", default=7,
           validator=_in_range(0, 365, " days"),
           description="How far back the first run (or a run after downtime) may act on "
                       "interviews that already ended."),
    Option(section="sync", key="calendars", type="str_list", default=["primary"],
           validator=_non_empty_items,
           description="Calendar ids to watch (\"primary\" is your main calendar)."),
    Option(section="sync", key="reply_detection", type="bool", default=False,
           description="Notice when an employer or person wrote first (retracts stale drafts "
                       "and reminders). Needs the gmail.readonly permission: re-run "
                       "`interview-sync auth` after turning it on."),
    Option(section="sync", key="http_timeout_seconds", type="float", default=30.0,
           validator=_in_range(1, 300, " s"),
           description="Timeout of every HTTP call to Google."),
    Option(section="user", key="name", type="str", default="", example="Ada Lovelace",
           description="Your name, as it signs your drafts. Required before the first sync."),
    Option(section="user", key="email", type="str", default="", validator=_email,
           example="you@example.com",
           description="Your address. Empty: asked from Gmail (users.getProfile)."),
    Option(section="user", key="signature", type="str", default="",
           description="Text under each draft. Empty: your name."),
    Option(section="user", key="timezone", type="str", default="", validator=check_timezone,
           example="Europe/Berlin",
           description="Your IANA time zone, for reminders and all-day interviews. Empty: the "
                       "system's zone ($TZ, then /etc/localtime), else UTC."),
    Option(section="timeline", key="default_business_days", type="int", default=7,
           validator=_in_range(1, 60, " business days"),
           description="When the employer stated no timeline: business days until the check-in."),
    Option(section="timeline", key="holiday_country", type="str", default="",
           validator=_holiday_country, example="US",
           description="ISO 3166 country whose public holidays are not business days. "
                       "Empty: weekends only."),
    Option(section="timeline", key="holiday_subdivision", type="str", default="", example="CA",
           description="State or province code within holiday_country (e.g. \"CA\", \"BY\"). "
                       "Empty: the whole country, except GB as England, ES as Andalusia, "
                       "CA as Ontario and AU as New South Wales."),
    Option(section="reminders", key="evening_hour", type="int", default=18,
           validator=_in_range(0, 23),
           description="Local hour of the \"send your thank-you notes\" reminder."),
    Option(section="reminders", key="checkin_hour", type="int", default=9,
           validator=_in_range(0, 23),
           description="Local hour of the check-in reminder."),
    Option(section="reminders", key="tasks", type="bool", default=True,
           description="Also write each step as a to-do in [paths] tasks_dir. On by default: "
                       "task apps show only to-dos, and the folder is separate, so a calendar "
                       "synced from reminders_dir does not change. Turn off if one app shows "
                       "both folders and you want each step once."),
    Option(section="templates", key="dir", type="path", default=None,
           example="~/.config/interview-sync/templates",
           description="A directory of your own Jinja templates overriding the built-in ones "
                       "(same file names). Unset: the built-in templates."),
    Option(section="detect", key="my_domains", type="str_list", default=[], validator=_domains,
           example=["mycurrentjob.example"],
           description="Your current employer's domains: meetings organised from them are "
                       "panels you sit on, not interviews you attend."),
)

REFERENCE_SPEC: tuple[Option, ...] = (
    Option(section="references", key="name", type="str", default=None, example="Dana Reyes",
           description="The reference's full name."),
    Option(section="references", key="email", type="str", default=None, validator=_email,
           example="dana@example.org", description="Where their briefing draft is addressed."),
    Option(section="references", key="relationship", type="str", default="",
           example="my manager at Initech 2019–2023",
           description="How they know you; the briefing mentions it."),
)

SECTIONS: dict[str, tuple[Option, ...]] = {}
for _option in SPEC:
    SECTIONS[_option.section] = (*SECTIONS.get(_option.section, ()), _option)

TYPE_NAMES = {"str": "a string", "int": "a whole number", "float": "a number",
               "bool": "true or false", "path": "a path string", "url": "a URL string",
               "str_list": "a list of strings"}


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


def toml_literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_literal(item) for item in value) + "]"
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
            lines.append(f"# {option.key} = {toml_literal(value)}")
    lines += ["", "# People who agreed to be your reference; each gets a briefing draft after an",
              "# interview that mentions references. Repeat the block for each person.",
              "# [[references]]"]
    for option in REFERENCE_SPEC:
        lines.append(f"# {option.key} = {toml_literal(option.example)}  # {option.description}")
    return "\n".join(lines) + "\n"


def render_reference_markdown() -> str:
    """The configuration reference in Markdown (kept in ``docs/configuration.md``)."""
    out = [
        "# Configuration reference",
        "",
        "<!-- Generated from src/interview_sync/config/spec.py by "
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
        "",
        "Under systemd two defaults follow the unit: `state_dir` is `$INTERVIEW_SYNC_STATE_DIR` "
        "(set by both shipped units) or `$STATE_DIRECTORY`, and `client_secrets` is "
        "`$CREDENTIALS_DIRECTORY/client_secret.json` when the system unit loaded that "
        "credential. A value written in the file always wins.",
    ]
    for section, options in [*SECTIONS.items(), ("[references]", REFERENCE_SPEC)]:
        out += ["", f"## `[{section}]`", ""]
        if options is REFERENCE_SPEC:
            out += ["Repeat the table for each reference. `name` and `email` are required.", ""]
        out += ["| key | type | default | description |", "|---|---|---|---|"]
        for option in options:
            description = option.description.replace("|", "\\|")
            out.append(f"| `{option.key}` | {TYPE_NAMES[option.type]} | {_doc_default(option)} "
                       f"| {description} |")
    return "\n".join(out) + "\n"


def _doc_default(option: Option) -> str:
    shown = _shown_default(option)
    if shown is None:
        return "unset" if option.section != "references" else "required"
    if option.type == "path" and isinstance(option.default, str):
        token = option.default.split("/", 1)[0]
        return f"`{toml_literal(shown)}` (or under `{_XDG_VARS[token]}`)"
    return f"`{toml_literal(shown)}`"


README_START = "<!-- config-reference:start -->"
README_END = "<!-- config-reference:end -->"


def readme_reference() -> str:
    """The reference as it stands in README.md: under its "## Configuration reference"
    heading, so the title goes and every heading moves down one level."""
    body = render_reference_markdown().split("\n", 1)[1].lstrip("\n")
    lines = [("#" + line) if line.startswith("## ") else line for line in body.splitlines()]
    return "\n".join(lines) + "\n"


def splice_readme(text: str) -> str:
    """``text`` (README.md) with the block between the markers replaced by the reference."""
    head, start, rest = text.partition(README_START)
    _, end, tail = rest.partition(README_END)
    if not start or not end:
        raise ValueError(f"README.md lacks the {README_START} ... {README_END} markers")
    return f"{head}{start}\n{readme_reference()}{end}{tail}"


def write_generated(root: Path) -> list[Path]:
    """Regenerate the example, the reference and README's copy of it under ``root``."""
    written = []
    for relative, text in (("config/interview-sync.toml", render_example()),
                           ("docs/configuration.md", render_reference_markdown())):
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    readme = root / "README.md"
    if readme.exists():
        readme.write_text(splice_readme(readme.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(readme)
    return written

