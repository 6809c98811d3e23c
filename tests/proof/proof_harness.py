"""The proof suites' harness: an emulator, a real config and token in a temp root, and checks.

Owns what ``tests/proof`` and ``bench/proof_*.py`` share: ``write_setup`` (config + 0600 token in
a 0700 folder + client secrets, as ``interview-sync demo`` writes them), ``sync_once`` (one
``sync --once`` through click's CliRunner, the same path a user's shell takes), ``snapshot`` and
``stray_paths`` (what appeared outside the configured directories), ``draft_problems`` (strict
re-parsing of every draft for header injection), ``outputs`` (the comparable end state: drafts by
To+Subject, notes, reminders; ``reminders_differing`` tells a real difference from a reminder
placed at its first successful write), event factories and the fault-storm SPEC. Subprocesses, the crash
loop and benchmark helpers are in ``proof_daemon``.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from interview_sync.emulator.installation import loopback_bypasses_proxy, write_installation

ME = "pat.lee@example.com"
NAME = "Pat Lee"
SCOPES = ("https://www.googleapis.com/auth/calendar.events.readonly",
          "https://www.googleapis.com/auth/gmail.compose")
READ_SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
# Header names a thank-you or briefing draft may carry; anything else is an injection.
DRAFT_HEADERS = frozenset({
    "from", "to", "subject", "date", "message-id", "mime-version", "content-type",
    "content-transfer-encoding", "in-reply-to", "references", "x-interview-sync-key",
    "x-interview-sync", "auto-submitted", "x-auto-response-suppress", "content-language"})
TEMP_MARKERS = (".tmp", "~", ".part", ".swp")


no_proxy = loopback_bypasses_proxy  # the name the benches and suites use


@dataclass(slots=True)
class ProofEnv:
    """A configured installation under ``root`` (everything the daemon may touch is inside)."""

    root: Path
    config: Path
    url: str
    token_file: Path
    state_dir: Path
    notes_dir: Path
    reminders_dir: Path
    extra_allowed: list[Path] = field(default_factory=list)

    @property
    def feed(self) -> Path:
        return self.reminders_dir.with_name(self.reminders_dir.name + ".ics")

    @property
    def material_dir(self) -> Path:
        """The default ``[paths] material_dir``: ``material`` beside the notes folder."""
        return self.notes_dir.parent / "material"

    @property
    def db(self) -> Path:
        return self.state_dir / "state.sqlite3"


def write_setup(root: Path, emu: Any, *, reply_detection: bool = False, poll_seconds: int = 300,
                backfill_days: int = 30, timezone: str = "UTC",
                references: Sequence[Mapping[str, str]] = (),
                token: Mapping[str, Any] | None = None, url: str | None = None,
                http_timeout: float = 5.0) -> ProofEnv:
    """Config + token + client secrets for ``emu`` (an ``Emulator``, or None with ``url`` and
    ``token`` given, for an emulator running as another process)."""
    scopes = [*SCOPES, READ_SCOPE] if reply_detection else list(SCOPES)
    base = url or emu.url
    info = token if token is not None else emu.issue_token(scopes)
    client = emu.client_secrets() if emu is not None else {"installed": {
        "client_id": info["client_id"], "client_secret": info["client_secret"],
        "auth_uri": base + "/o/oauth2/auth", "token_uri": base + "/token",
        "redirect_uris": ["http://localhost"]}}
    config = write_installation(
        root, url=base, token=info, client_secrets=client, me=ME, name=NAME,
        user_timezone=timezone, reply_detection=reply_detection, poll_seconds=poll_seconds,
        backfill_days=backfill_days, http_timeout=http_timeout, notes_dir="out/notes",
        reminders_dir="out/reminders", tasks_dir="out/tasks", references=references)
    return ProofEnv(root=root, config=config, url=base, token_file=root / "secrets" / "token.json",
                    state_dir=root / "state", notes_dir=root / "out" / "notes",
                    reminders_dir=root / "out" / "reminders")


@dataclass(frozen=True, slots=True)
class SyncResult:
    exit_code: int
    output: str
    exception: BaseException | None

    @property
    def crashed(self) -> bool:
        """A Python exception escaped that the real entry point (``cli.main``) would not turn
        into a message and an exit code."""
        from interview_sync.errors import InterviewSyncError

        return self.exception is not None and not isinstance(
            self.exception, SystemExit | InterviewSyncError)


def iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat().replace("+00:00", "Z")


def sync_once(env: ProofEnv, now: datetime, *, dry_run: bool = False) -> SyncResult:
    """One ``interview-sync --config FILE sync --once --now NOW`` in this process."""
    from click.testing import CliRunner

    from interview_sync.cli import cli

    args = ["--config", str(env.config), "sync", "--once", "--now", iso(now)]
    if dry_run:
        args.append("--dry-run")
    from interview_sync.errors import InterviewSyncError

    result = CliRunner().invoke(cli, args, catch_exceptions=True)
    output, code, error = result.output, result.exit_code, result.exception
    if isinstance(error, InterviewSyncError):
        # What interview_sync.cli.main does for the installed command.
        output += f"interview-sync: {error.message}\nWhat to do: {error.remedy}\n"
        code = error.exit_code
    elif error is not None and not isinstance(error, SystemExit):
        import traceback

        output += "".join(traceback.format_exception(error))
    return SyncResult(code, output, error)


# ------------------------------------------------------------------ the file system

def snapshot(root: Path) -> set[str]:
    """Every path under ``root`` (relative), directories included."""
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def stray_paths(env: ProofEnv, before: set[str], after: set[str]) -> list[str]:
    """New paths outside the state, notes and reminders directories (and the feed beside them)."""
    allowed = [env.state_dir, env.notes_dir, env.reminders_dir, env.feed, env.token_file.parent,
               env.material_dir, env.reminders_dir.with_name("tasks"), *env.extra_allowed]
    stray = []
    for rel in sorted(after - before):
        path = env.root / rel
        if any(path == a or a in path.parents for a in allowed):
            continue
        if any(path == a.parent or path in a.parents for a in allowed):
            continue  # a parent folder of a configured directory, created on the way
        stray.append(rel)
    return stray


def temp_leftovers(env: ProofEnv) -> list[str]:
    out = []
    for folder in (env.notes_dir, env.reminders_dir, env.state_dir, env.feed.parent):
        if not folder.exists():
            continue
        for path in folder.iterdir():
            if (path.name.startswith(".") and path.name not in {".lock"}) or path.name.endswith(
                    TEMP_MARKERS):
                out.append(str(path))
    return out


# ------------------------------------------------------------------ drafts

def parse_raw(draft: Mapping[str, Any]) -> EmailMessage:
    raw = draft.get("raw") or ""
    data = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else bytes(raw)
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def draft_problems(drafts: Iterable[Mapping[str, Any]]) -> list[str]:
    """Header injection and addressing faults in every draft, as readable lines."""
    problems = []
    for draft in drafts:
        ident = draft.get("id")
        message = parse_raw(draft)
        if message.defects:
            problems.append(f"{ident}: parser defects {message.defects}")
        names = [k.lower() for k in message]
        odd = sorted(set(names) - DRAFT_HEADERS)
        if odd:
            problems.append(f"{ident}: unexpected headers {odd}")
        for name in ("to", "from", "subject"):
            if names.count(name) != 1:
                problems.append(f"{ident}: {names.count(name)} {name} headers")
        for name in ("cc", "bcc"):
            if name in names:
                problems.append(f"{ident}: has {name}: {message[name]!r}")
        to = message.get("To")
        if to is not None:
            try:
                addresses = to.addresses
            except Exception as error:
                problems.append(f"{ident}: To unparsable: {error}")
                continue
            if len(addresses) != 1:
                problems.append(f"{ident}: To has {len(addresses)} addresses: {str(to)!r}")
            for address in addresses:
                if "\r" in address.display_name or "\n" in address.display_name:
                    problems.append(f"{ident}: CR/LF in To name {address.display_name!r}")
        subject = str(message.get("Subject", ""))
        if "\r" in subject or "\n" in subject:
            problems.append(f"{ident}: CR/LF in Subject {subject!r}")
    return problems


def draft_keys(drafts: Iterable[Mapping[str, Any]]) -> Counter[tuple[str, str]]:
    """(To address, Subject) of every draft, counted."""
    out: Counter[tuple[str, str]] = Counter()
    for draft in drafts:
        message = parse_raw(draft)
        to = message.get("To")
        address = to.addresses[0].addr_spec.lower() if to is not None and to.addresses else ""
        out[(address, str(message.get("Subject", "")))] += 1
    return out


def outputs(env: ProofEnv, drafts: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The comparable end state of a run."""
    notes = {p.name: p.read_text(encoding="utf-8") for p in sorted(env.notes_dir.glob("*"))} \
        if env.notes_dir.exists() else {}
    reminders = {}
    if env.reminders_dir.exists():
        for path in sorted(env.reminders_dir.glob("*")):
            reminders[path.name] = _stable_ics(path.read_text(encoding="utf-8"))
    return {"drafts": draft_keys(drafts), "notes": notes, "reminders": reminders}


def _stable_ics(text: str) -> str:
    """An .ics without the lines that legitimately differ between runs (stamps)."""
    keep = [line for line in text.splitlines()
            if not line.startswith(("DTSTAMP", "CREATED", "LAST-MODIFIED"))]
    return "\n".join(keep)


_TIMED = ("DTSTART", "DTEND", "DUE")


def _timed_value(line: str) -> datetime | None:
    """The moment a DTSTART/DTEND/DUE line names (TZID or UTC), or None for another line."""
    name, _, value = line.partition(":")
    prop, *params = name.split(";")
    if prop not in _TIMED:
        return None
    zone_name = next((p[5:] for p in params if p.startswith("TZID=")), "UTC")
    naive = datetime.strptime(value.rstrip("Z"), "%Y%m%dT%H%M%S")
    return naive.replace(tzinfo=UTC if zone_name == "UTC" else ZoneInfo(zone_name))


def reminders_differing(calm: Mapping[str, str], storm: Mapping[str, str], *,
                        first_cycle: datetime, cycle_times: Sequence[datetime],
                        ) -> tuple[list[str], list[str]]:
    """The reminder files of a storm run that differ from the fault-free run, and apart from
    them those that differ only because they were *placed at their first successful write*.

    An interview first seen after it ended has its "write your assessment" reminder dated from
    the moment it was first seen (``core.plan.items.times_for``: ``first_seen`` is recorded by the
    first cycle that gets through). When the storm fails that cycle, the reminder is the same
    item placed at a later cycle: allowed only when every other line is equal, the fault-free
    run placed it at the first cycle, and every time in it moved by the same shift to another
    cycle's moment. Anything else is a difference.
    """
    differ: list[str] = []
    placed_late: list[str] = []
    for name in sorted(set(calm) | set(storm)):
        a, b = calm.get(name), storm.get(name)
        if a == b:
            continue
        if a is not None and b is not None and _placed_later(a, b, first_cycle, cycle_times):
            placed_late.append(name)
        else:
            differ.append(name)
    return differ, placed_late


def _placed_later(calm: str, storm: str, first_cycle: datetime,
                  cycle_times: Sequence[datetime]) -> bool:
    calm_lines, storm_lines = calm.splitlines(), storm.splitlines()
    if len(calm_lines) != len(storm_lines):
        return False
    shifts: set[timedelta] = set()
    starts: list[datetime] = []
    for a, b in zip(calm_lines, storm_lines, strict=True):
        if a == b:  # e.g. a VTIMEZONE's own DTSTART lines
            continue
        when_a, when_b = _timed_value(a), _timed_value(b)
        if when_a is None or when_b is None:
            return False
        if a.partition(":")[0] != b.partition(":")[0]:
            return False
        shifts.add(when_b - when_a)
        if a.startswith("DTSTART"):
            starts.append(when_a)
    if len(shifts) != 1 or not starts or any(s != first_cycle for s in starts):
        return False
    shift = shifts.pop()
    return shift > timedelta(0) and first_cycle + shift in cycle_times


def ics_problems(env: ProofEnv) -> list[str]:
    from icalendar import Calendar

    problems: list[str] = []
    uids: Counter[str] = Counter()
    if not env.reminders_dir.exists():
        return problems
    for path in sorted(env.reminders_dir.glob("*.ics")):
        try:
            cal = Calendar.from_ical(path.read_bytes())
        except Exception as error:
            problems.append(f"{path.name}: does not parse: {error}")
            continue
        for component in cal.walk():
            if component.name in {"VEVENT", "VTODO"}:
                uids[str(component.get("UID"))] += 1
    problems.extend(f"UID {uid} in {n} files" for uid, n in uids.items() if n > 1)
    return problems


def note_problems(env: ProofEnv) -> list[str]:
    """Notes that look cut short (a complete note ends with a newline and has its title)."""
    problems = []
    if env.notes_dir.exists():
        for path in sorted(env.notes_dir.glob("*.md")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if not text.endswith("\n") or not text.lstrip().startswith(("#", "---")):
                problems.append(f"{path.name}: incomplete ({len(text)} chars)")
    return problems


def integrity(env: ProofEnv) -> str:
    with sqlite3.connect(env.db) as db:
        row = db.execute("PRAGMA integrity_check").fetchone()
    db.close()
    return str(row[0])


# ------------------------------------------------------------------ events

def person(email: str, name: str = "", **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"email": email, "responseStatus": "accepted"}
    if name:
        out["displayName"] = name
    out.update(extra)
    return out


def interview_event(event_id: str, start: datetime, *, minutes: int = 45,
                    company: str = "Northwind", domain: str | None = None,
                    summary: str | None = None, people: Sequence[tuple[str, str]] | None = None,
                    description: str | None = None, tz: str = "UTC",
                    **extra: Any) -> dict[str, Any]:
    """A plain, recognisable interview: recruiter-organised, the user accepted, 1-2 interviewers."""
    dom = domain or f"{company.lower().replace(' ', '')}.example"
    guests = people if people is not None else [(f"kim.ng@{dom}", "Kim Ng"),
                                                (f"raj.iyer@{dom}", "Raj Iyer")]
    end = start + timedelta(minutes=minutes)
    event: dict[str, Any] = {
        "id": event_id, "status": "confirmed",
        "summary": summary if summary is not None else f"Interview - {company} - Data Engineer",
        "start": {"dateTime": start.isoformat(), "timeZone": tz},
        "end": {"dateTime": end.isoformat(), "timeZone": tz},
        "organizer": {"email": f"recruiting@{dom}", "displayName": f"{company} Recruiting"},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                      *(person(e, n) for e, n in guests)],
        "description": description if description is not None else (
            f"Thanks for interviewing with {company}! We will get back to you within a week."),
        "iCalUID": f"{event_id}@google.com",
    }
    event.update(extra)
    return event


def interview_seed(n: int, base: datetime, *, prefix: str = "iv") -> dict[str, Any]:
    """``n`` interviews from distinct companies on consecutive hours before ``base``."""
    events = [interview_event(f"{prefix}{i:04d}", base - timedelta(days=2, hours=n - i),
                              company=f"Company{i:03d}") for i in range(n)]
    return {"me": ME, "events": events, "messages": []}


# ------------------------------------------------------------------ subprocesses

STORM = ("*:429:p=0.06:retry_after=1; *:403user:p=0.06:retry_after=1; *:500:p=0.06; "
         "*:503:p=0.06; *:reset:p=0.05; *:commit_drop:p=0.05; *:latency:p=0.02:ms=2500")


def storm_spec(seed: int, scale: float = 1.0) -> str:
    """About 30% of calls failing (scale 1), every kind the emulator has, seeded."""
    clauses = []
    for clause in STORM.split(";"):
        parts = clause.strip().split(":")
        parts = [f"p={float(p[2:]) * scale:.4f}" if p.startswith("p=") else p for p in parts]
        clauses.append(":".join(parts))
    return "; ".join(clauses) + f"; seed={seed}"


def retry_after_violations(requests: Sequence[Mapping[str, Any]]) -> list[str]:
    """Requests retried sooner than the Retry-After of the answer before them."""
    bad = []
    for i, rec in enumerate(requests):
        if not rec.get("retry_after"):
            continue
        answered = rec["time"] + rec.get("duration_ms", 0) / 1000
        wait = float(rec["retry_after"])
        for later in requests[i + 1:]:
            if later["method"] == rec["method"] and later["path"] == rec["path"]:
                if later["time"] + 0.05 < answered + wait:
                    bad.append(f"{rec['method']} {rec['path']} retried after "
                               f"{later['time'] - answered:.2f}s < Retry-After {wait}s")
                break
    return bad


def interview_sync_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "interview_sync", *args]

