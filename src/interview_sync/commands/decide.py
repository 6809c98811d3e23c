"""``interview-sync confirm EVENT`` / ``ignore EVENT``: the answer to "Was this an interview?".

Owns resolving what the user typed (an event id, an interview key, or a unique piece of a title,
as ``status --all`` lists them) to one calendar event id, and recording the decision in the state
database, where it wins over detection from the next cycle on: a confirmed event becomes a
confident interview (drafts follow), an ignored one is never acted on again (what was made for it
is withdrawn like a cancelled interview's). Nothing is sent and nothing is drafted here.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import click

from interview_sync.cli import Context
from interview_sync.errors import EX_USAGE, ConfigError

__all__ = ["confirm_cmd", "ignore_cmd", "resolve_event"]

# A Calendar event id: base32hex, 5-1024 characters, and a recurring instance's "_<when>" suffix.
_EVENT_ID = re.compile(r"[a-v0-9]{5,1024}(?:_[0-9tz]{8,16})?")


def _candidates(store: Any) -> list[tuple[str, str]]:
    """(event id, title) of every event a decision can be about: stored interviews first."""
    out = [(iv.event_id, iv.title) for iv in store.interviews()]
    try:
        below = json.loads(store.get_meta("below_tier") or "[]")
    except ValueError:
        below = []
    out += [(str(r.get("event_id", "")), str(r.get("summary", ""))) for r in below
            if isinstance(r, dict) and r.get("event_id")]
    return out


def resolve_event(store: Any, typed: str) -> tuple[str, str]:
    """The (event id, title) ``typed`` names; a ConfigError saying why when none or several do."""
    typed = typed.strip()
    candidates = _candidates(store)
    keys = {iv.key: iv.event_id for iv in store.interviews()}
    for event_id, title in candidates:
        if typed in (event_id, next((k for k, e in keys.items() if e == event_id), None)):
            return event_id, title
    low = typed.lower()
    matches = {e: t for e, t in candidates if low and low in t.lower()}
    if len(matches) == 1:
        return next(iter(matches.items()))
    remedy = "Run `interview-sync status --all` to see each event's id, then use that id."
    if not matches:
        # An event no sync has judged yet (or a brand-new id): record it as typed, if it is one.
        if _EVENT_ID.fullmatch(typed):
            return typed, ""
        raise ConfigError(f"no event matches {typed!r}", remedy=remedy, exit_code=EX_USAGE)
    names = "; ".join(f"{t!r} ({e})" for e, t in list(matches.items())[:5])
    raise ConfigError(f"{typed!r} matches {len(matches)} events: {names}", remedy=remedy,
                      exit_code=EX_USAGE)


def _decide(ctx: click.Context, typed: str, decision: str) -> None:
    from interview_sync.config.loader import load_settings
    from interview_sync.engine.wiring import open_store

    obj = ctx.find_object(Context)
    settings = load_settings(obj.config_path if obj else None)
    settings.paths.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with open_store(settings) as store:
        event_id, title = resolve_event(store, typed)
        store.set_decision(event_id, decision, at=datetime.now(UTC))
    what = f"{title!r} ({event_id})" if title else event_id
    if decision == "confirm":
        click.echo(f"Confirmed: {what} is an interview. The next sync drafts its thank-you notes.")
    else:
        click.echo(f"Ignored: {what} is not an interview. Nothing more will be made for it.")


@click.command("confirm")
@click.argument("event")
@click.pass_context
def confirm_cmd(ctx: click.Context, event: str) -> None:
    """Say EVENT was an interview (an id, key or title piece from `status --all`)."""
    _decide(ctx, event, "confirm")


@click.command("ignore")
@click.argument("event")
@click.pass_context
def ignore_cmd(ctx: click.Context, event: str) -> None:
    """Say EVENT was not an interview: nothing is made for it, now or later."""
    _decide(ctx, event, "ignore")
