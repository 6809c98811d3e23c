"""``interview-sync demo``: the whole product, offline, in a few seconds.

Owns the demo's story: start the bundled Google API emulator in-process with a sample fortnight
(``emulator.demo_seed``), write a real configuration and token into the output folder, run
the *real* engine for a cycle three days ago, let the organisers change things (an interview
moves, one is cancelled, an employer writes first), run a cycle now, run it once more to show
nothing doubles, and print what a user would see. Nothing leaves the machine: the emulator
listens on 127.0.0.1.
"""

from __future__ import annotations

import os
import tempfile
import textwrap
from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import click

__all__ = ["demo_cmd"]

_SCOPES = (
    "https://www.googleapis.com/auth/calendar.events.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/gmail.readonly",
)


def _prepare_out(out: Path | None, force: bool) -> Path:
    if out is None:
        return Path(tempfile.mkdtemp(prefix="interview-sync-demo-"))
    if out.exists() and not out.is_dir():
        raise click.UsageError(f"--out {out} is a file, not a folder")
    if out.exists() and any(out.iterdir()) and not force:
        raise click.UsageError(
            f"--out {out} is not empty; choose an empty folder or add --force to write into it")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _write_setup(out: Path, emu: Any) -> Path:
    """A real config, token and client-secrets file, as `interview-sync auth` would leave them."""
    from interview_sync.emulator.demo_seed import DEMO_ME, DEMO_NAME, DEMO_REFERENCES
    from interview_sync.emulator.installation import write_installation

    return write_installation(
        out, url=emu.url, token=emu.issue_token(list(_SCOPES)),
        client_secrets=emu.client_secrets(), me=DEMO_ME, name=DEMO_NAME,
        user_timezone="America/Chicago", reply_detection=True, backfill_days=14,
        holiday_country="US", references=DEMO_REFERENCES,
        comment="Written by `interview-sync demo`: the same file a real user has, pointed at\n"
                "the bundled emulator instead of Google.")


@click.command("demo")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the notes, reminders, state and config "
                   "(default: a new temp folder).")
@click.option("--force", is_flag=True, help="Write into --out even if it is not empty.")
def demo_cmd(out: Path | None, force: bool) -> None:
    """See everything offline against the built-in Google emulator (no account needed)."""
    from interview_sync.config.loader import load_settings
    from interview_sync.emulator import Emulator
    from interview_sync.emulator.demo_seed import organiser_changes, sample_fortnight
    from interview_sync.engine.wiring import open_engine
    from interview_sync.local.instance_lock import instance_lock

    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    folder = _prepare_out(out, force)
    now = datetime.now(UTC)
    zone = ZoneInfo("America/Chicago")
    earlier = datetime.combine(now.astimezone(zone).date() - timedelta(days=3), time(12, 0),
                               tzinfo=zone)
    with Emulator(sample_fortnight(now)) as emu:
        settings = load_settings(_write_setup(folder, emu))
        settings.paths.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        with instance_lock(settings.paths.state_dir), open_engine(settings) as engine:
            _say(f"interview-sync demo: a sample fortnight for {engine.settings.user_name} "
                 f"<{engine.settings.user_email}>, against the bundled Google emulator at "
                 f"{emu.url}")
            first = engine.cycle(earlier)
            _section(f"Cycle 1, three days ago ({earlier:%a %d %b %H:%M %Z})")
            _print_detections(first)
            _print_outcomes(first)

            changes = organiser_changes(now)
            for event_id, patch in changes["move"].items():
                emu.patch_event(event_id, patch)
            for event_id in changes["cancel"]:
                emu.delete_event(event_id)
            reply = changes["reply"]
            emu.deliver_message(sender=reply["sender"], subject=reply["subject"],
                                body=reply["body"], date=datetime.fromisoformat(reply["date"]))
            _section("Meanwhile: Fabrikam moved their interview two hours later, Globex "
                     "cancelled the final round, and Northwind wrote back")

            second = engine.cycle(now)
            _section(f"Cycle 2, now ({now.astimezone(zone):%a %d %b %H:%M %Z})")
            _print_detections(second)
            _print_outcomes(second)

            unsure = [iv for iv in engine.store.interviews() if iv.unsure and not iv.cancelled]
            for iv in unsure:
                engine.store.set_decision(iv.event_id, "confirm", at=now)
            if unsure:
                _section("You answer the question: interview-sync confirm "
                         + " ".join(iv.event_id for iv in unsure))
                confirmed = engine.cycle(now + timedelta(milliseconds=500))
                _print_outcomes(confirmed)
            third = engine.cycle(now + timedelta(seconds=1))
            created = [o for o in third.outcomes if o.result in {"created", "updated"}]
            _section("Cycle 3, run again at once")
            _say(f"  {len(created)} new drafts, notes or reminders: every action happens once.")
            for outcome in created:
                _say(f"    [{outcome.result}] {outcome.summary or outcome.key}")

            _print_timelines(engine)
        state = emu.state()
    _print_drafts(state["drafts"])
    _print_files(settings.paths.notes_dir, settings.paths.reminders_dir, settings.paths.tasks_dir)
    sends = [r for r in state["requests"] if str(r.get("path", "")).endswith("/send")]
    _section("Safety")
    _say(f"  Emails sent by interview-sync: {len(state['sent'])} "
         f"(send calls in the emulator's log: {len(sends)}). Drafts wait for you in Gmail.")
    _say(f"\nEverything is in {folder}\n  config: {folder / 'config.toml'}\n"
         f"  try:    interview-sync --config {folder / 'config.toml'} status")


# ---------------------------------------------------------------------------- printing


def _say(text: str = "") -> None:
    click.echo(text)


def _section(title: str) -> None:
    click.echo("")
    click.secho(title, bold=True)


def _print_detections(report: Any) -> None:
    for detection in report.detections:
        iv = detection.interview
        if iv is None:
            _say(f"  - not an interview: {detection.summary!r}")
            continue
        if detection.change == "unchanged":
            continue
        if iv.cancelled:
            _say(f"  x {iv.company or '?'}: {detection.summary!r} was {detection.change}; "
                 "nothing is made for it")
            continue
        people = ", ".join(f"{p.name} ({p.role}{', hiring manager' if p.hiring_manager else ''})"
                           for p in iv.people) or "nobody listed"
        what = " - ".join(x for x in (iv.company, iv.role, iv.stage) if x) or iv.title
        if iv.unsure:
            _say(f"  ? {what} [{detection.change}]: UNSURE (confidence {iv.confidence:.2f}), "
                 "so a note and a \"Was this an interview?\" reminder, no drafts until you say")
            continue
        _say(f"  * {what} [{detection.change}], "
             f"{iv.start.astimezone(ZoneInfo(iv.timezone)):%a %d %b %H:%M}")
        _say(f"      people: {people}")
        if iv.reasons:
            _say(f"      why: {'; '.join(iv.reasons[:3])}")


def _print_outcomes(report: Any) -> None:
    if not report.outcomes:
        _say("  nothing due yet")
        return
    counts: dict[str, int] = {}
    for outcome in report.outcomes:
        counts[f"{outcome.kind} {outcome.result}"] = counts.get(
            f"{outcome.kind} {outcome.result}", 0) + 1
    _say("  done: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    for outcome in report.outcomes:
        if outcome.result in {"failed", "cancelled", "vanished", "edited"}:
            _say(f"    [{outcome.result}] {outcome.summary or outcome.key}")


def _print_timelines(engine: Any) -> None:
    from interview_sync.core.plan.planner import effective_timeline

    _section("Employer timelines understood")
    for iv in sorted(engine.store.interviews(), key=lambda i: i.start):
        if iv.cancelled:
            continue
        timeline = effective_timeline(iv, None, engine.settings)
        if timeline is None:
            _say(f"  {iv.company}: no promise stated; check in after "
                 f"{engine.settings.default_response_business_days} business days")
        else:
            _say(f"  {iv.company}: \"{timeline.phrase}\" -> respond by "
                 f"{timeline.respond_by:%a %d %b %Y}")


def _print_drafts(drafts: Iterable[dict[str, Any]]) -> None:
    from email import policy
    from email.parser import BytesParser

    _section("Drafts waiting in Gmail (one per person, never sent)")
    for draft in drafts:
        raw = draft.get("raw_bytes") or draft.get("raw") or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "replace")
        message = BytesParser(policy=policy.default).parsebytes(raw)
        body = message.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
        first = " ".join(line.strip() for line in text.strip().splitlines()[:3] if line.strip())
        _say(f"  To: {message['To']}")
        _say(f"    Subject: {message['Subject']}")
        _say(f"    {textwrap.shorten(first, 110)}")


def _print_files(notes_dir: Path, reminders_dir: Path, tasks_dir: Path | None) -> None:
    _section(f"Assessment notes ({notes_dir})")
    for path in sorted(notes_dir.glob("*.md")):
        _say(f"  {path.name}")
    folders = [(reminders_dir, "timed events with an alarm; khal, or vdirsyncer to a CalDAV "
                               "calendar")]
    if tasks_dir is not None:
        folders.append((tasks_dir, "the same steps as to-dos; todoman, or vdirsyncer to a CalDAV "
                                   "task list"))
    for folder, what in folders:
        _section(f"{folder.name.capitalize()} ({folder}; {what})")
        rows = sorted(_ics_summary(path.read_bytes()) for path in folder.glob("*.ics"))
        for when, summary, status in rows:
            _say(f"  {when:<17} {summary}{' [cancelled]' if status == 'CANCELLED' else ''}")
    _say("  Tested with khal, todoman, vdirsyncer + Radicale (CalDAV), icalendar, ical, "
         "recurring-ical-events, libical: docs/reminders.md says how to connect each.")


def _ics_summary(data: bytes) -> tuple[str, str, str]:
    """(local start, summary, status) of the one VEVENT or VTODO in a reminder or task file."""
    from icalendar import Calendar

    for event in Calendar.from_ical(data).walk():
        if event.name not in ("VEVENT", "VTODO"):
            continue
        start = event.decoded("DTSTART")
        when = f"{start:%Y-%m-%d %H:%M}" if isinstance(start, datetime) else f"{start:%Y-%m-%d}"
        return when, str(event.get("SUMMARY", "")), str(event.get("STATUS", ""))
    return "", "(no event)", ""
