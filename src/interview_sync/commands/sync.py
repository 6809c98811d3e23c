"""``sync --once``, ``run`` and ``status``: the service's commands.

Owns: turning a cycle's report into what a person reads (``format_report``), the ``run`` loop's
set-up (single-instance lock, signals, sd_notify, journald priorities, exit 78 when a human must
act), and the ``status`` view of every interview's five steps.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import click

from interview_sync.cli import Context
from interview_sync.errors import AuthError, ConfigError

__all__ = ["format_report", "run_cmd", "status_cmd", "sync_cmd"]

log = logging.getLogger(__name__)


def _settings(ctx: click.Context) -> Any:
    from interview_sync.config.loader import load_settings

    obj = ctx.find_object(Context)
    return load_settings(obj.config_path if obj else None)


def _parse_now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date-time "
                                 "(e.g. 2026-06-10T17:00:00-05:00)", param_hint="--now") from None
    if parsed.tzinfo is None:
        raise click.BadParameter("give a time zone offset, e.g. 2026-06-10T17:00:00-05:00 or Z",
                                 param_hint="--now")
    return parsed


@click.command("sync")
@click.option("--once", is_flag=True, required=True,
              help="Run one cycle and exit (the only mode; `run` is the loop).")
@click.option("--now", "now_text", metavar="ISO8601",
              help="Pretend it is this moment (backfill, tests).")
@click.option("--dry-run", is_flag=True, help="Print the plan and change nothing.")
@click.option("--force", is_flag=True,
              help="Go past the safety valves (a crowd of guests, hundreds of new drafts).")
@click.pass_context
def sync_cmd(ctx: click.Context, once: bool, now_text: str | None, dry_run: bool,
             force: bool) -> None:
    """Run one cycle: fetch the calendar, plan, and write drafts, notes and reminders."""
    from interview_sync.cli import under_systemd
    from interview_sync.engine.wiring import open_engine
    from interview_sync.local.instance_lock import instance_lock
    from interview_sync.ops.credstore import adopt_token_credential
    from interview_sync.ops.sandbox import require_writable

    settings = _settings(ctx)
    now = _parse_now(now_text)
    settings.paths.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with instance_lock(settings.paths.state_dir):
        adopt_token_credential(settings.google.token_file)  # the system unit's provisioned token
        if under_systemd() and not dry_run:  # the timer's unit: stop, not fail each action
            require_writable(settings)
        with open_engine(settings) as engine:
            if not dry_run and not under_systemd():  # a person ran it, not the timer
                from interview_sync.engine.apply import release_note_holds

                release_note_holds(engine.store)
            report = engine.cycle(now, dry_run=dry_run, polled_at=datetime.now(UTC),
                                  force=force)
    click.echo(format_report(report, dry_run=dry_run))
    if report.failed:
        sys.exit(1)


def format_report(report: Any, *, dry_run: bool = False) -> str:
    """A short account of one cycle for a person."""
    kind = "full sync" if report.full_sync else "changes since the last poll"
    lines: list[str] = [f"Calendar: {report.events_seen} events ({kind})"]
    found = [d for d in report.detections if d.interview is not None]
    if found:
        lines.append("Interviews:")
        for detection in found:
            iv = detection.interview
            who = ", ".join(p.name for p in iv.people) or "nobody to thank listed"
            lines.append(f"  {iv.start:%Y-%m-%d %H:%M} {iv.company or '?'}"
                         f"{' - ' + iv.role if iv.role else ''} [{detection.change}] ({who})")
    verb = "Would do" if dry_run else "Done"
    if report.outcomes:
        lines.append(f"{verb}:")
        for outcome in report.outcomes:
            text = outcome.summary or outcome.key
            extra = f" ({outcome.detail})" if outcome.detail else ""
            lines.append(f"  [{outcome.result}] {text}{extra}")
    else:
        lines.append("Nothing to do.")
    for notice in report.plan.notices:
        lines.append(f"Note: {notice}")
    if report.plan.next_due is not None:
        lines.append(f"Next due: {report.plan.next_due.isoformat()}")
    return "\n".join(lines)


class _SystemdNotifier:
    """The daemon's ``Notifier`` over ``sdnotify`` (every call a no-op outside systemd)."""

    def ready(self) -> None:
        from interview_sync.ops import sdnotify

        sdnotify.ready("started")

    def status(self, text: str) -> None:
        from interview_sync.ops import sdnotify

        sdnotify.status(text)

    def watchdog(self) -> None:
        from interview_sync.ops import sdnotify

        sdnotify.watchdog()

    def stopping(self) -> None:
        from interview_sync.ops import sdnotify

        sdnotify.stopping()


def _watchdog_pause(stop: threading.Event, notifier: _SystemdNotifier) -> Any:
    """The wait between retries of one Google call: in slices that feed systemd's watchdog (a
    sustained 429 with a long Retry-After must not look like a hang), ended at once by SIGTERM
    (True stops the retries, as ``google.client.execute`` expects)."""
    from interview_sync.ops import sdnotify

    slice_seconds = min(sdnotify.watchdog_interval() or 30.0, 30.0)

    def pause(seconds: float) -> bool:
        notifier.status(f"Google asked us to wait: retrying a call in {seconds:.0f} s")
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            notifier.watchdog()
            if stop.wait(min(left, slice_seconds)):
                return True
        notifier.watchdog()
        return stop.is_set()

    return pause


def _journal_logging(verbose: int) -> None:
    """Under systemd: one line per record on stderr with a ``<N>`` priority, no timestamps."""
    from interview_sync.ops.sdnotify import JournalFormatter

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JournalFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose > 1 else logging.INFO)


@click.command("run")
@click.pass_context
def run_cmd(ctx: click.Context) -> None:
    """Run the service loop (what the systemd unit starts). SIGTERM stops it cleanly."""
    from interview_sync.cli import under_systemd
    from interview_sync.engine.daemon import LoopConfig, run_loop, stop_on_signals
    from interview_sync.engine.wiring import open_engine
    from interview_sync.local.instance_lock import instance_lock
    from interview_sync.ops import sdnotify
    from interview_sync.ops.credstore import adopt_token_credential, auth_remedy
    from interview_sync.ops.desktop import notify_desktop
    from interview_sync.ops.sandbox import require_writable

    obj = ctx.find_object(Context)
    if under_systemd():
        _journal_logging(obj.verbose if obj else 0)
    try:
        settings = _settings(ctx)
        settings.require_complete()
    except ConfigError as error:
        notify_desktop("interview-sync needs you", error.message)
        raise
    stop = threading.Event()
    settings.paths.state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    notifier = _SystemdNotifier()
    with instance_lock(settings.paths.state_dir), stop_on_signals(stop):
        try:
            adopt_token_credential(settings.google.token_file)  # the system unit's token
            require_writable(settings)  # a folder the sandbox hides: stop, do not loop
            with open_engine(settings, pause=_watchdog_pause(stop, notifier)) as engine:
                # Every sleep of the loop is shorter than half of WatchdogSec (sd_notify(3)).
                tick = min(30.0, sdnotify.watchdog_interval() or 30.0)
                code = run_loop(
                    engine, config=LoopConfig(poll_seconds=settings.sync.poll_seconds,
                                              tick_seconds=tick),
                    stop=stop, notifier=notifier,
                    on_auth_error=lambda error: notify_desktop(
                        "interview-sync needs you", f"{error.message} {error.remedy}"),
                    explain=auth_remedy)
        except AuthError as error:  # the token was refused before the loop could start
            error.remedy = auth_remedy(error.remedy)
            notifier.status(f"stopped: {error.message}")
            notify_desktop("interview-sync needs you", f"{error.message} {error.remedy}")
            raise
    sys.exit(code)


# ---------------------------------------------------------------------------- status

_STEPS = (("assess", "1 assessment note"), ("thank", "3 thank-you drafts"),
          ("linkedin", "4 LinkedIn prompts"), ("references", "5 reference briefings"),
          ("checkin", "check-in"), ("reminder", "reminders (calendar)"),
          ("task", "tasks (to-do app)"))
# A task the user ticked off marks its step done; the task keys end in the ReminderKind.
_TASK_STEP = {"assess": "assess", "send_thanks": "thank", "brief_references": "references",
              "checkin": "checkin"}
# How the reminder and task files stand, in the user's words.
_FILE_WORDS = {"done": "written", "pending": "being written", "failed": "failed (retried)",
               "edited": "changed by you (left alone)",
               "vanished": "deleted by you (not recreated)", "cancelled": "cancelled",
               "completed": "ticked off by you"}


def interview_status(interviews: Iterable[Any], ledger: Mapping[str, Any],
                     now: datetime, *, references: bool = True) -> list[dict[str, Any]]:
    """Each interview with its steps: done, pending (and since when), or waiting."""
    rows: list[dict[str, Any]] = []
    for iv in sorted(interviews, key=lambda i: (i.start, i.key)):
        entries = [e for k, e in ledger.items() if k.startswith(f"{iv.key}/")]
        steps: dict[str, Any] = {}
        for step, label in _STEPS:
            mine = [e for e in entries if e.key.split("/")[len(iv.key.split("/"))] == step]
            if not mine:
                state = _nothing_yet(step, iv, now, references=references)
            elif step in ("reminder", "task"):
                state = _file_states(mine)
            else:
                statuses = sorted({e.status.value for e in mine})
                state = ", ".join(statuses)
            ticked = [e for e in entries if e.status.value == "completed"
                      and _TASK_STEP.get(e.key.rsplit("/", 1)[-1]) == step]
            if ticked:
                state += "; done: you ticked the task off"
            steps[label] = {"state": state, "done_by_you": bool(ticked), "items": [
                {"key": e.key, "status": e.status.value, "target": e.target, "detail": e.detail,
                 "at": e.updated_at.isoformat() if e.updated_at else None} for e in mine]}
        rows.append({"key": iv.key, "company": iv.company, "role": iv.role, "stage": iv.stage,
                     "start": iv.start.isoformat(), "end": iv.end.isoformat(),
                     "cancelled": iv.cancelled, "people": [
                         {"email": p.email, "name": p.name, "role": p.role} for p in iv.people],
                     "steps": steps})
    return rows


def _file_states(entries: list[Any]) -> str:
    """"3 written, 1 deleted by you (not recreated)": how a step's reminder files stand."""
    counts: dict[str, int] = {}
    for entry in entries:
        words = _FILE_WORDS.get(entry.status.value, entry.status.value)
        counts[words] = counts.get(words, 0) + 1
    return ", ".join(f"{n} {words}" for words, n in sorted(counts.items()))


_TESTING_MODE_DAYS = 7  # refresh tokens of OAuth apps left in "Testing" die after a week


def token_health(path: Path, now: datetime) -> dict[str, Any]:
    """What can be known about the token without a network call: present, private, how old.

    Google does not say whether an app is in Testing mode; a token older than a week that still
    works proves it is not. So the risk is reported while the token is younger than that.
    """
    try:
        info = path.stat()
    except OSError:
        return {"path": str(path), "present": False, "private": None, "age_days": None,
                "testing_mode_expiry": None, "summary": f"missing ({path})",
                "problem": "no token: run `interview-sync auth`"}
    private = not (info.st_mode & 0o077)
    written = datetime.fromtimestamp(info.st_mtime, UTC)
    age_days = (now - written).total_seconds() / 86400
    expiry = written + timedelta(days=_TESTING_MODE_DAYS)
    summary = f"authorized {age_days:.1f} days ago"
    if age_days < _TESTING_MODE_DAYS:
        summary += (f"; if your OAuth app is still in Testing it stops working on "
                    f"{expiry:%Y-%m-%d %H:%M} UTC (publish it 'In production' to avoid that)")
    problem = "" if private else f"{path} is readable by others: chmod 600 {path}"
    return {"path": str(path), "present": True, "private": private,
            "age_days": round(age_days, 2),
            "testing_mode_expiry": expiry.isoformat() if age_days < _TESTING_MODE_DAYS else None,
            "summary": summary, "problem": problem}


def _nothing_yet(step: str, iv: Any, now: datetime, *, references: bool) -> str:
    """What an empty step means: not yet, or nothing to do at all."""
    if iv.end > now:
        return "waiting for the interview to end"
    if iv.cancelled:
        return "none (cancelled)"
    if step == "linkedin" and not iv.interviewers:
        return "none (no interviewers listed)"
    if step == "references":
        return ("briefed at another interview with this company" if references
                else "none (no references configured)")
    if step == "thank" and not iv.people:
        return "none (nobody listed: add people to the note)"
    return "not yet"


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--all", "show_all", is_flag=True,
              help="Also list events left alone, and why (detection's evidence).")
@click.pass_context
def status_cmd(ctx: click.Context, as_json: bool, show_all: bool) -> None:
    """Show the last poll, token health, each interview's steps, and what needs you."""
    from interview_sync.engine.wiring import open_store

    settings = _settings(ctx)
    now = datetime.now(UTC)
    with open_store(settings) as store:
        meta = {name: store.get_meta(name) for name in (
            "last_success", "last_error", "needs_human", "notices", "note_problems", "me",
            "folder_problems", "below_tier")}
        decisions = store.decisions()
        stored = store.interviews()
        rows = interview_status(stored, store.ledger(), now,
                                references=bool(settings.references))
        holds = list(store.holds().values())
    unsure = [iv for iv in stored if iv.unsure and not iv.cancelled
              and iv.event_id not in decisions]
    last = meta["last_success"]
    age = (now - datetime.fromisoformat(last)).total_seconds() if last else None
    needs: list[str] = []
    if meta["needs_human"]:
        needs.append(meta["needs_human"])
    if age is None:
        needs.append("no successful poll yet: run `interview-sync sync --once` "
                     "or start the service")
    elif age > max(3 * settings.sync.poll_seconds, 900):
        needs.append(f"the last successful poll was {age / 60:.0f} minutes ago: "
                     "check `systemctl --user status interview-sync` and `interview-sync doctor`")
    for key, problems in json.loads(meta["note_problems"] or "{}").items():
        needs.extend(f"note for {key}: {p}" for p in problems)
    needs.extend(f"was {iv.title!r} ({iv.start.date()}) an interview? (confidence "
                 f"{iv.confidence:.2f}) `interview-sync confirm {iv.event_id}` or "
                 f"`interview-sync ignore {iv.event_id}`" for iv in unsure)
    notices = json.loads(meta["notices"] or "[]")
    notices.extend(json.loads(meta["folder_problems"] or "[]"))
    # A draft Gmail refused needs the user; Gmail's lockout only needs patience.
    needs.extend(h.reason for h in holds if h.until is None)
    notices.extend(h.reason for h in holds if h.until is not None and h.until > now)
    for row in rows:
        if row["cancelled"] and any(s["items"] for s in row["steps"].values()):
            notices.append(f"{row['company']} ({row['start'][:10]}) was cancelled after drafts "
                           "were made: review them in Gmail")
    token = token_health(settings.google.token_file, now)
    if token["problem"]:
        needs.append(token["problem"])
    account = settings.user.email or meta["me"]
    document = {"last_success": last, "last_error": meta["last_error"] or None,
                "seconds_since_success": age, "account": account, "token": token,
                "needs_you": needs, "notices": notices, "interviews": rows}
    if show_all:
        document["decisions"] = decisions
        document["unsure"] = [{"event_id": iv.event_id, "title": iv.title,
                               "confidence": iv.confidence} for iv in unsure]
        try:
            document["left_alone"] = json.loads(meta["below_tier"] or "[]")
        except ValueError:
            document["left_alone"] = []
    if as_json:
        click.echo(json.dumps(document, indent=2, ensure_ascii=False))
        return
    click.echo(f"Account: {account or 'unknown (not polled yet)'}")
    click.echo(f"Last successful poll: {last or 'never'}")
    click.echo(f"Token: {token['summary']}")
    if meta["last_error"]:
        click.echo(f"Last error: {meta['last_error']}")
    for row in rows:
        flag = " [CANCELLED]" if row["cancelled"] else ""
        click.echo(f"\n{row['start'][:16]} {row['company'] or '?'}"
                   f"{' - ' + row['role'] if row['role'] else ''}{flag}")
        for label, step in row["steps"].items():
            click.echo(f"  {label:<24} {step['state']}")
            for item in step["items"]:  # which files each draft carries (issue #12)
                if (item["detail"] or "").startswith("carries "):
                    who = item["key"].rsplit("/", 1)[-1]
                    click.echo(f"    {who}: {item['detail']}")
    for item in needs:
        click.echo(f"\nNeeds you: {item}")
    for item in notices:
        click.echo(f"Notice: {item}")
    if show_all:
        _print_all(document)


def _print_all(document: dict[str, Any]) -> None:
    """``status --all``: the user's decisions and the events left alone, with the evidence."""
    for event_id, decision in sorted(document["decisions"].items()):
        click.echo(f"\nYou {'confirmed' if decision == 'confirm' else 'ignored'}: {event_id}")
    left = document["left_alone"]
    click.echo(f"\nLeft alone ({len(left)} events with a hiring word, not judged interviews):")
    for row in left:
        click.echo(f"  {row.get('summary') or '(no title)'}  [{row.get('event_id')}] "
                   f"confidence {float(row.get('confidence') or 0):.2f}")
        for line in row.get("evidence") or ["no evidence either way"]:
            click.echo(f"      {line}")
