"""``interview-sync timeline``: show the response date an employer's words promise.

Owns the command's argument checking (an aware ISO 8601 ``--reference``) and its two outputs, a
short human summary and a JSON object for scripts. The reading itself is
``interview_sync.core.timeline.extract``.
"""

from __future__ import annotations

import json
from datetime import datetime

import click

from interview_sync.core.timeline.extract import extract_timeline

__all__ = ["timeline_cmd"]


def _parse_reference(value: str) -> datetime:
    try:
        reference = datetime.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an ISO 8601 date-time; use e.g. 2026-06-10T14:00:00-04:00",
            param_hint="'--reference'") from None
    if reference.tzinfo is None or reference.utcoffset() is None:
        raise click.BadParameter(
            f"{value!r} has no time zone; add one, e.g. {reference.isoformat()}+00:00 or ...Z",
            param_hint="'--reference'")
    return reference


@click.command("timeline")
@click.argument("text")
@click.option("--reference", required=True, metavar="ISO8601",
              help="When the interview ended, with its time zone (2026-06-10T14:00:00-04:00).")
@click.option("--country", metavar="CC", default=None,
              help="Skip this country's public holidays in business days (US, GB, DE...).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object instead of text.")
def timeline_cmd(text: str, reference: str, country: str | None, as_json: bool) -> None:
    """Show by when TEXT says the employer will respond (from the interview's end)."""
    when = _parse_reference(reference)
    found = extract_timeline(text, when, country=country)
    if as_json:
        click.echo(json.dumps({
            "respond_by": found.respond_by.isoformat() if found else None,
            "earliest": found.earliest.isoformat() if found and found.earliest else None,
            "phrase": found.phrase if found else None,
        }, ensure_ascii=False))
        return
    if found is None:
        click.echo("No response date promised.")
        return
    click.echo(f"respond_by: {found.respond_by.isoformat()} ({found.respond_by:%A})")
    if found.earliest is not None:
        click.echo(f"earliest:   {found.earliest.isoformat()} ({found.earliest:%A})")
    click.echo(f"phrase:     {found.phrase}")
