"""Seed data for the emulator: ``{"me": address, "timeZone"?, "events": [...], "messages": [...]}``.

Events are Calendar Event resources (an optional ``calendarId`` puts one on another calendar);
messages are inbound mail ``{"from", "to"?, "subject", "date"? (ISO 8601), "body"?,
"threadId"?, "messageId"?}``. Unknown keys are ignored. Anything malformed raises ``SeedError``
naming the file and the item, so a bad demo file says what to fix.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from interview_sync.errors import ConfigError, Problem

__all__ = ["DEFAULT_ME", "Seed", "SeedError", "load_seed", "parse_seed"]

JsonObj = dict[str, Any]
DEFAULT_ME = "pat.lee@example.com"


class SeedError(ConfigError):
    """The seed file (or mapping) is not what the emulator can load."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Seed:
    me: str = DEFAULT_ME
    time_zone: str = "UTC"
    events: tuple[JsonObj, ...] = ()
    messages: tuple[JsonObj, ...] = ()


def load_seed(path: str | Path) -> Seed:
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SeedError(f"cannot read seed file {source}: {exc.strerror or exc}",
                        remedy="pass --seed with a readable JSON file") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SeedError(f"seed file {source} is not valid JSON: {exc}",
                        remedy="fix the JSON syntax at the position shown") from None
    return parse_seed(data, source=source)


def parse_seed(data: Any, *, source: str = "seed") -> Seed:
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        raise SeedError(f"{source}: the seed must be a JSON object with \"me\", \"events\" and "
                        "\"messages\"", remedy="wrap the seed in {...}")
    me = data.get("me", DEFAULT_ME)
    if not isinstance(me, str) or "@" not in me:
        problems.append(Problem(f"{source}: me", f"must be an email address, got {me!r}"))
    tz = data.get("timeZone", "UTC")
    if not isinstance(tz, str):
        problems.append(Problem(f"{source}: timeZone", "must be an IANA zone name"))
    events = _list(data, "events", source, problems)
    for i, event in enumerate(events):
        where = f"{source}: events[{i}]"
        if not isinstance(event, Mapping):
            problems.append(Problem(where, "must be an object (a Calendar Event resource)"))
            continue
        for key in ("start", "end"):
            edt = event.get(key)
            if event.get("status") == "cancelled" and "recurringEventId" in event:
                break
            if not isinstance(edt, Mapping) or not ("dateTime" in edt or "date" in edt):
                problems.append(Problem(where, f"needs {key}.dateTime or {key}.date",
                                        fix='e.g. "start": {"dateTime": "2026-11-20T14:00:00Z"}'))
    messages = _list(data, "messages", source, problems)
    for i, message in enumerate(messages):
        where = f"{source}: messages[{i}]"
        if not isinstance(message, Mapping):
            problems.append(Problem(where, "must be an object with from, subject, date, body"))
            continue
        for key in ("from", "subject"):
            if not isinstance(message.get(key), str):
                problems.append(Problem(where, f'needs a string "{key}"'))
        date = message.get("date")
        if date is not None:
            try:
                datetime.fromisoformat(str(date))
            except ValueError:
                problems.append(Problem(where, f"date {date!r} is not ISO 8601"))
    if problems:
        raise SeedError(f"{source}: the seed has {len(problems)} problem(s)", problems=problems,
                        remedy=f"fix {source} and start the emulator again")
    return Seed(me=str(me), time_zone=str(tz), events=tuple(dict(e) for e in events),
                messages=tuple(dict(m) for m in messages))


def _list(data: Mapping[str, Any], key: str, source: str, problems: list[Problem]) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        problems.append(Problem(f"{source}: {key}", "must be a list"))
        return []
    return value
