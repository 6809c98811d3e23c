"""``interview-sync detect FILE --me EMAIL [--json]``: which events in a file are interviews.

Owns reading the events file (a list of Event resources, an ``events.list`` response with
``items``, or an object with an ``"events"`` list and an optional ``"me"``), running
``detect_interview`` on each, and printing a readable table or JSON; ``--explain`` adds, for every
event with a hiring word, detection's tier, calibrated confidence and the evidence behind it
(``detect.confidence``), including the events it left alone. A file that cannot be read or
has the wrong shape is a ``ConfigError`` naming the path and what is wrong (exit 2 at a terminal).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import click

from interview_sync.core.bounds import bound_event
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.model import Interview
from interview_sync.errors import EX_USAGE, ConfigError

__all__ = ["detect_cmd", "interview_to_json", "load_events"]


def _bad(path: str, what: str) -> ConfigError:
    return ConfigError(
        f"{path}: {what}",
        remedy="Give a JSON file holding a list of Calendar events, an events.list response "
               '(with "items"), or an object with an "events" list.',
        exit_code=EX_USAGE,
    )


def load_events(path: str) -> tuple[list[Mapping[str, Any]], str | None]:
    """The events in ``path`` and the file's own ``"me"`` if it names one."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise _bad(path, f"cannot read the file ({error.strerror or error})") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise _bad(path, f"not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise _bad(path, f"not valid JSON (line {error.lineno}, column {error.colno}: "
                         f"{error.msg})") from None
    except RecursionError:
        raise _bad(path, "JSON nested too deeply") from None
    me: str | None = None
    events: object
    if isinstance(data, list):
        events = data
    elif isinstance(data, dict):
        me = data.get("me") if isinstance(data.get("me"), str) else None
        if "items" in data:
            events = data["items"]
        elif "events" in data:
            events = data["events"]
        else:
            raise _bad(path, 'a JSON object without an "items" or "events" list')
    else:
        raise _bad(path, f"expected a list or an object, found {type(data).__name__}")
    if not isinstance(events, list):
        raise _bad(path, f"the event list is a {type(events).__name__}, not a list")
    # the same size caps as events from Google (core.bounds)
    good: list[Mapping[str, Any]] = [bound_event(e) for e in events if isinstance(e, dict)]
    if len(good) != len(events):
        raise _bad(path, f"{len(events) - len(good)} of {len(events)} events are not JSON objects")
    return good, me


def interview_to_json(interview: Interview) -> dict[str, Any]:
    """The ``--json`` shape of one interview."""
    return {
        "event_id": interview.event_id,
        "key": interview.key,
        "title": interview.title,
        "company": interview.company,
        "role": interview.role,
        "stage": interview.stage,
        "start": interview.start.isoformat(),
        "end": interview.end.isoformat(),
        "all_day": interview.all_day,
        "timezone": interview.timezone,
        "people": [
            {"email": p.email, "name": p.name, "role": p.role,
             "hiring_manager": p.hiring_manager, "title": p.title}
            for p in interview.people
        ],
        "reasons": list(interview.reasons),
        "confidence": interview.confidence,
        "unsure": interview.unsure,
    }


def _table(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
            for row in rows]


def _render(interview: Interview) -> str:
    lines = [
        f"{interview.title or '(no title)'}",
        f"  event    {interview.event_id}",
        f"  company  {interview.company or '-'}",
        f"  role     {interview.role or '-'}",
        f"  stage    {interview.stage or '-'}",
        f"  start    {interview.start.isoformat()}",
        f"  end      {interview.end.isoformat()}",
    ]
    if interview.people:
        rows = [("email", "name", "role")] + [
            (p.email or "-", p.name, p.role + (" (hiring manager)" if p.hiring_manager else ""))
            for p in interview.people
        ]
        lines.append("  people")
        lines += ["    " + line for line in _table(rows)]
    else:
        lines.append("  people   none found")
    return "\n".join(lines)


@click.command("detect")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--me", "me", metavar="EMAIL", help="Your address (default: the file's \"me\").")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.option("--my-domain", "my_domains", multiple=True, metavar="DOMAIN",
              help="A domain you work at: its own hiring events are not your interviews.")
@click.option("--explain", is_flag=True,
              help="For every event with a hiring word: tier, confidence and the evidence.")
def detect_cmd(file: str, me: str | None, as_json: bool, my_domains: tuple[str, ...],
               explain: bool) -> None:
    """Show which events in FILE are interviews you attend as a candidate, and with whom."""
    events, file_me = load_events(file)
    user = me or file_me
    if not user:
        raise click.UsageError('--me EMAIL is required (the file names no "me").')
    if explain:
        _explain(events, user, my_domains, as_json=as_json)
        return
    interviews = [
        found for found in (detect_interview(e, user, my_domains=my_domains) for e in events)
        if found is not None
    ]
    if as_json:
        click.echo(json.dumps([interview_to_json(i) for i in interviews], indent=2,
                              ensure_ascii=False))
        return
    if not interviews:
        click.echo(f"No interviews among {len(events)} events.")
        return
    click.echo("\n\n".join(_render(i) for i in interviews))
    click.echo(f"\n{len(interviews)} interview(s) among {len(events)} events.")


def _explain(events: Sequence[Mapping[str, Any]], user: str, my_domains: tuple[str, ...], *,
             as_json: bool) -> None:
    """Every event past the first look: its tier, confidence and evidence (unsure says so)."""
    judged = [(e, assess_event(e, user, my_domains=my_domains)) for e in events]
    judged = [(e, a) for e, a in judged if a.evidence or a.tier != "below"]
    if as_json:
        click.echo(json.dumps([{"event_id": str(e.get("id") or ""),
                                "title": str(e.get("summary") or ""), "tier": a.tier,
                                "confidence": round(a.confidence, 3),
                                "evidence": dict(a.evidence)} for e, a in judged],
                              indent=2, ensure_ascii=False))
        return
    for event, a in judged:
        verdict = {"confident": "an interview", "unsure": "UNSURE: will ask you",
                   "below": "not an interview"}[a.tier]
        click.echo(f"{event.get('summary') or '(no title)'!s}  [{event.get('id')}]")
        click.echo(f"  {verdict} (confidence {a.confidence:.2f})")
        for line in a.explain():
            click.echo(f"    {line}")
    click.echo(f"\n{len(judged)} of {len(events)} events have a hiring word; the rest are "
               "not interviews.")
