"""One cycle of the service: fetch → detect → read notes and reminders → plan → apply → status.

Owns: ``Engine`` (a cycle over explicit adapters: state store, calendar sources, Gmail drafts and
inbox, templates, output directories), how a calendar batch is judged and stored (a first sync
page by page as it arrives, in one transaction with its sync token), ``CycleReport`` and
``Detection`` (what a cycle did, for the commands). Building the adapters is
``engine.wiring``'s; the loop around cycles is ``engine.daemon``'s; reply detection's mail is
``engine.inbox``'s.
"""

from __future__ import annotations

import gc
import json
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from interview_sync.core.address import mail_address
from interview_sync.core.detect.confidence import assess_event, confirmed_interview
from interview_sync.core.model import Interview, Plan, PlanSettings, UserNotes
from interview_sync.core.plan.planner import action_key, plan
from interview_sync.engine.apply import Applier, DraftStore, Outcome
from interview_sync.engine.inbox import Inbox, read_inbox
from interview_sync.engine.reminders import ReminderFiles
from interview_sync.errors import InterviewSyncError
from interview_sync.local import files
from interview_sync.local.material import MaterialFolder
from interview_sync.local.notes import parse_note
from interview_sync.local.state import StateStore
from interview_sync.local.vdir import ScanCache
from interview_sync.render.templates import Templates

__all__ = ["CycleReport", "Detection", "Engine", "EventSource"]

log = logging.getLogger(__name__)

_DECLINED = "declined"
_BELOW_KEPT = 200  # below-tier events remembered for status --all (the latest)
# A reminder file changed this recently is read again on every poll, whatever its stat says: a
# filesystem with coarse timestamps (FAT's 2 s) can hide a same-size edit in the same tick.
_SETTLED_NS = 3_000_000_000


class EventSource(Protocol):
    calendar_id: str

    def sync(self, sync_token: str | None) -> Any: ...


class Detection(NamedTuple):
    """One event's verdict this cycle, for the demo and ``--dry-run`` output.

    A named tuple, immutable like a frozen dataclass but built in a fraction of the time: a
    first sync makes one for every event of the calendar (10,000 cost ~50 ms as a dataclass)."""

    event_id: str
    summary: str
    interview: Interview | None
    change: str  # "new", "moved", "cancelled", "unchanged", "ignored", "no longer an interview"
    tier: str = ""  # "confident", "unsure" or "below" (detect.confidence); "" when not assessed
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()  # detect.confidence's explanation, for status --all


@dataclass(slots=True, kw_only=True)
class CycleReport:
    now: datetime
    events_seen: int = 0
    full_sync: bool = False
    detections: list[Detection] = field(default_factory=list)
    plan: Plan = field(default_factory=Plan)
    outcomes: list[Outcome] = field(default_factory=list)
    note_problems: dict[str, tuple[str, ...]] = field(default_factory=dict)
    folder_problems: list[str] = field(default_factory=list)  # reminder/task folders, for status

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.result == "failed"]


class Engine:
    """One cycle of the service over explicit, narrow adapters."""

    def __init__(
        self,
        *,
        store: StateStore,
        sources: Sequence[EventSource],
        drafts: DraftStore | None,
        inbox: Inbox | None,
        templates: Templates | Callable[[], Templates],
        settings: PlanSettings,
        notes_dir: Path,
        reminders_dir: Path,
        feed_path: Path | None = None,
        my_domains: Sequence[str] = (),
        material: MaterialFolder | None = None,
        tasks_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.sources = list(sources)
        self.drafts = drafts
        self.inbox = inbox
        self._templates = templates
        self.settings = settings
        self.notes_dir = notes_dir
        self.reminders_dir = reminders_dir
        self.feed_path = feed_path
        self.tasks_dir = tasks_dir
        self.my_domains = tuple(my_domains)
        self.material = material
        self._note_cache: dict[str, tuple[float, int, UserNotes]] = {}
        self._file_cache: ScanCache = {}  # reminder/task reads, kept across polls
        self._unsaved: dict[str, Interview] = {}  # a dry run's detections, never stored
        self._decisions: dict[str, str] = {}  # the user's confirm/ignore per event id
        self._pending: list[Interview] | None = None  # a calendar batch's interviews to store

    @property
    def templates(self) -> Templates:
        """The compiled templates, loaded (and any broken override reported) the first time a
        cycle has something to render: a daemon restarted with nothing to write compiles none
        and never imports Jinja2 (round 19). Kept for the engine's life once loaded."""
        if not isinstance(self._templates, Templates):
            self._templates = self._templates()
        return self._templates

    # ------------------------------------------------------------------ one cycle

    def cycle(self, now: datetime, *, dry_run: bool = False, polled_at: datetime | None = None,
              force: bool = False,
              should_stop: Callable[[], bool] = lambda: False) -> CycleReport:
        """One turn: fetch, plan, apply. ``now`` is the planning time (``--now`` may move it);
        ``polled_at`` is the wall-clock moment recorded as the last successful poll."""
        report = CycleReport(now=now)
        self._unsaved = {}
        self._decisions = self.store.decisions()
        for source in self.sources:
            with _gc_paused():
                self._sync_calendar(source, now, report, dry_run=dry_run)
        # A dry run saves nothing, so what it detected this turn is laid over the stored state
        # here: it plans exactly what a real run would.
        merged = {i.key: i for i in self.store.interviews()}
        merged.update(self._unsaved)
        interviews = sorted(merged.values(), key=lambda i: (i.start, i.key))
        first_seen = {**{k: now for k in self._unsaved}, **self.store.first_seen()}
        notes = self._read_notes(interviews, report)
        interviews = self._decided(interviews, notes, now, dry_run=dry_run)
        inbox = read_inbox(self.store, self.inbox, self.settings, interviews, now,
                           dry_run=dry_run)
        self._read_reminders(now, report, dry_run=dry_run)
        report.plan = plan(interviews, notes=notes, ledger=self.store.ledger(), now=now,
                           settings=self.settings, inbox=inbox, first_seen=first_seen,
                           force=force)
        applier = Applier(ledger=self.store, drafts=self.drafts, notes_dir=self.notes_dir,
                          reminders_dir=self.reminders_dir,
                          templates=lambda: self.templates,
                          settings=self.settings, now=now, feed_path=self.feed_path,
                          dry_run=dry_run, material=self.material, tasks_dir=self.tasks_dir)
        for action in report.plan.actions:
            if should_stop():
                log.info("stopping: %d actions left for the next run",
                         len(report.plan.actions) - len(report.outcomes))
                break
            report.outcomes.append(applier.apply_one(action))
        applier.finish()
        if not dry_run:
            with self.store.transaction():  # one commit (and fsync) for the cycle's status
                self.store.set_meta("last_success", (polled_at or now).isoformat())
                self.store.set_meta("last_error", "")
                self.store.set_meta("needs_human", "")  # recovered: whatever stopped it was fixed
                self.store.set_meta("notices", json.dumps(list(report.plan.notices)))
                self.store.set_meta("note_problems", json.dumps(
                    {k: list(v) for k, v in report.note_problems.items()}))
                self.store.set_meta("folder_problems", json.dumps(report.folder_problems))
                self._remember_below(report)
                # Interviews stored before their details were read, read since: stored whole.
                self.store.store_found()
        return report

    def _read_reminders(self, now: datetime, report: CycleReport, *, dry_run: bool) -> None:
        """Read the reminder and task folders back before planning: what the user deleted,
        changed or ticked off is settled first, so the plan never undoes it."""
        files_ = ReminderFiles(ledger=self.store, settings=self.settings, now=now,
                               reminders_dir=self.reminders_dir, tasks_dir=self.tasks_dir,
                               feed_path=self.feed_path, dry_run=dry_run,
                               cache=self._file_cache,
                               settled_before_ns=time.time_ns() - _SETTLED_NS)
        for done in files_.reconcile():
            report.outcomes.append(Outcome(key=done.key, kind="reminder", result=done.result,
                                           target=done.target, detail=done.detail,
                                           summary=f"Read back {Path(done.target or '').name}"))
        report.folder_problems = files_.problems
        if files_.changed:
            files_.write_feed()

    def _sync_calendar(self, source: EventSource, now: datetime, report: CycleReport, *,
                       dry_run: bool) -> None:
        token = self.store.get_sync_token(source.calendar_id)
        batch = source.sync(token)
        report.events_seen += len(batch.events)
        report.full_sync = report.full_sync or bool(batch.full)
        if not batch.events and batch.next_sync_token == token:
            return  # an idle poll: nothing to store, not even a new token (no commit, no fsync)
        calendar_id = source.calendar_id
        me = self.settings.user_email
        # One transaction for the batch and its sync token: a crash replays the whole batch
        # (harmless, saving an interview is idempotent) and never stores a token past events
        # that were not saved. It is also one fsync instead of one per event. One read of what
        # is known instead of one query per event (10,000 on a first sync).
        known = {i.event_id: i for i in self.store.interviews()
                 if i.calendar_id == calendar_id}
        pending: list[Interview] = []
        self._pending = pending  # _save collects the batch's interviews here
        try:
            with self.store.transaction():
                for event in batch.events:
                    try:
                        detection = self._absorb_event(event, known, calendar_id, me,
                                                       now, dry_run=dry_run)
                    except InterviewSyncError as error:
                        log.warning("event %s skipped: %s", _event_id(event), error)
                        continue
                    except Exception:  # a malformed event must never stop the others
                        log.exception("event %s skipped: unexpected error", _event_id(event))
                        continue
                    if detection is not None:
                        report.detections.append(detection)
                if not dry_run:
                    # The batch's interviews in one statement, in the batch's transaction.
                    self.store.save_interviews(pending, seen_at=now)
                    self.store.set_sync_token(calendar_id, batch.next_sync_token)
        finally:
            self._pending = None

    def _absorb_event(self, event: Any, known_by_id: dict[str, Interview], calendar_id: str,
                      me: str, now: datetime, *, dry_run: bool) -> Detection | None:
        # (runs on every event of a first sync: each look-up is made once, the empty tables of a
        # fresh installation are not searched at all)
        if isinstance(event, dict):
            get = event.get
            event_id = str(get("id") or "")
            summary = str(get("summary") or "")
            gone = get("status") == "cancelled" or _self_declined(event, me.lower())
        else:
            event_id, summary, gone = "", "", False
        known = known_by_id.get(event_id) if event_id and known_by_id else None
        decision = self._decisions.get(event_id) if event_id and self._decisions else None
        tier, confidence = "", 0.0
        evidence: tuple[str, ...] = ()
        if gone or decision == "ignore":
            interview = None
        elif decision == "confirm":
            interview = confirmed_interview(event, me, calendar_id=calendar_id,
                                            my_domains=self.my_domains)
            tier, confidence = "confident", 1.0
        else:
            # Each interview's people and employer are found when first read (``core.lazy``):
            # by planning when something is due for it, by `status`, the note, the drafts.
            judged = assess_event(event, me, calendar_id=calendar_id, my_domains=self.my_domains,
                                  later=True)
            interview, tier, confidence = judged.interview, judged.tier, judged.confidence
            # Most of a calendar has no evidence at all (the first look let it out).
            evidence = tuple(judged.explain()) if judged.evidence or judged.phrases else ()
        if interview is not None:
            _log_unusable_guests(event, event_id)
        if interview is None:
            if known is None or known.cancelled:
                # (positional: nearly every event of a first sync ends here, and a named tuple
                # built from keywords costs twice as much; the order is Detection's fields')
                return Detection(event_id, summary, None, "ignored", tier, confidence,
                                 evidence) if summary else None
            # A known interview was cancelled, declined, or edited into something else.
            retracted = replace(known, cancelled=True)
            self._save(retracted, now, dry_run=dry_run)
            change = "cancelled" if gone else "no longer an interview"
            return Detection(event_id=event_id, summary=summary or known.title,
                             interview=retracted, change=change)
        if known is None:
            change = "new"
        elif known.cancelled:
            change = "restored"
        elif (known.start, known.end) != (interview.start, interview.end):
            change = "moved"
        else:
            change = "unchanged"
        self._save(interview, now, dry_run=dry_run)
        return Detection(event_id=event_id, summary=summary, interview=interview, change=change,
                         tier=tier, confidence=confidence, evidence=evidence)

    def _decided(self, interviews: list[Interview], notes: dict[str, UserNotes], now: datetime,
                 *, dry_run: bool) -> list[Interview]:
        """The user's decisions always win, also for interviews no sync delivered again; a box
        ticked in the note is recorded like `interview-sync confirm`/`ignore`."""
        for iv in interviews:
            ticked = notes[iv.key].decision if iv.key in notes else None
            if ticked and iv.event_id and self._decisions.get(iv.event_id) is None:
                self._decisions[iv.event_id] = ticked
                if not dry_run:
                    self.store.set_decision(iv.event_id, ticked, at=now)
        out: list[Interview] = []
        for iv in interviews:
            decision = self._decisions.get(iv.event_id)
            if decision == "confirm" and iv.unsure:
                iv = replace(iv, unsure=False, confidence=1.0)
            elif decision == "ignore" and not iv.cancelled:
                iv = replace(iv, cancelled=True)
            out.append(iv)
        return out

    def _remember_below(self, report: CycleReport) -> None:
        """Events with a hiring word that were left alone, and why (``status --all``)."""
        seen = {d.event_id: d for d in report.detections
                if d.interview is None and d.tier == "below" and d.evidence}
        if not seen:
            return  # nothing new to remember (an idle poll): the stored list stands
        try:
            old = json.loads(self.store.get_meta("below_tier") or "[]")
        except ValueError:
            old = []
        rows = [r for r in old if isinstance(r, dict) and r.get("event_id") not in seen]
        rows += [{"event_id": d.event_id, "summary": d.summary[:200],
                  "confidence": round(d.confidence, 3), "evidence": list(d.evidence)}
                 for d in seen.values()]
        self.store.set_meta("below_tier", json.dumps(rows[-_BELOW_KEPT:]))

    def _save(self, interview: Interview, now: datetime, *, dry_run: bool) -> None:
        if dry_run:
            self._unsaved[interview.key] = interview
        elif self._pending is not None:  # inside a calendar batch: stored at its end
            self._pending.append(interview)
        else:
            self.store.save_interview(interview, seen_at=now)

    def _read_notes(self, interviews: Sequence[Interview],
                    report: CycleReport) -> dict[str, UserNotes]:
        """The user's answers, read back from every note we created (cached by mtime and size)."""
        ledger = self.store.ledger()
        notes: dict[str, UserNotes] = {}
        for interview in interviews:
            entry = ledger.get(action_key(interview.key, "assess"))
            if entry is None or not entry.target:
                continue
            path = files.path_of(entry.target)
            try:
                stat = path.stat()
            except OSError:
                report.note_problems[interview.key] = (f"{path}: the note is gone",)
                continue
            cached = self._note_cache.get(interview.key)
            if cached is not None and cached[:2] == (stat.st_mtime, stat.st_size):
                parsed = cached[2]
            else:
                text, problems = files.read_text_lenient(path)
                parsed = parse_note(text, interview_key=interview.key, people=interview.people)
                if problems:
                    parsed = replace(parsed, problems=(*problems, *parsed.problems))
                self._note_cache[interview.key] = (stat.st_mtime, stat.st_size, parsed)
            if parsed.attachments and self.material is not None:
                # each cycle: a work sample added or changed replans the drafts that carry it
                parsed = replace(parsed, attachment_stamps=tuple(
                    self.material.stamp(listed) for listed in parsed.attachments))
            notes[interview.key] = parsed
            if parsed.problems:
                report.note_problems[interview.key] = parsed.problems
        return notes


def _log_unusable_guests(event: Any, event_id: str) -> None:
    """One line for the guests of an interview who get no draft: their address is unusable."""
    entries = event.get("attendees") if isinstance(event, dict) else None
    bad = [e["email"] for e in (entries if isinstance(entries, list) else [])
           if isinstance(e, dict) and isinstance(e.get("email"), str) and e["email"].strip()
           and mail_address(e["email"]) is None]
    if bad:
        log.warning("event %s: no draft for %d guest(s) with an unusable address (%s)",
                    event_id[:80], len(bad), ", ".join(repr(b[:80]) for b in bad[:3]))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cycle collector held off while a calendar batch is fetched and judged.

    A first sync holds every event of the calendar (10,000 parsed JSON objects, ~150,000
    containers) while it allocates more for each one judged; each time the allocations pass the
    collector's threshold it walks the heap again, which cost a first sync of 10,000 events
    about 200 ms (a fifth of its CPU beyond the bare paging loop). Nothing in a batch makes
    reference cycles worth collecting (JSON, frozen dataclasses, tuples; reference counting
    frees the rest), and the collector is back on when the batch ends, errors included."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _event_id(event: Any) -> str:
    return str(event.get("id") or "") if isinstance(event, dict) else ""


def _self_declined(event: dict[str, Any], me_lower: str) -> bool:
    attendees = event.get("attendees")
    if not isinstance(attendees, list):
        return False
    for attendee in attendees:
        # (the address is lower-cased only for a guest not marked as the user: runs on every
        # event of a first sync)
        if isinstance(attendee, dict) and (attendee.get("self") is True or (
                me_lower and str(attendee.get("email") or "").lower() == me_lower)):
            return attendee.get("responseStatus") == _DECLINED
    return False
