"""Carry out the planner's actions, each exactly once, through the adapters.

Owns: ``Applier`` (one action at a time: record intent, call the adapter, record the outcome) and
``Outcome`` (what happened, for the log, ``status`` and the demo). It decides nothing about *what*
to do: that is ``plan``. It only decides *how* to do one thing safely:

* **Intent before effect, outcome after.** The ledger gets a PENDING row before any call that
  changes something outside. After a crash or a lost response the same action comes back from
  the planner; for a draft we first look for our own deterministic Message-ID in Gmail, for a file
  we find it already there. Either way nothing is made twice.
* **The user's words win.** Before updating a draft or reminder we compare what is there with the
  fingerprint of what we last wrote. Different → the user edited it → recorded EDITED, never touched
  again. A draft that vanished was sent or deleted by the user → VANISHED, never recreated.
* **One bad action never stops the rest.** Failures are recorded per key and retried next cycle;
  only ``AuthError`` (the token is dead) stops the batch, because every later call would fail too.
* **Attachments only from the material folder** (``local.material``). A listed file that is
  refused costs that file, not the draft; the draft's outcome (``status``) and a short section
  appended to the note say exactly which files each draft carries and which were refused.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from interview_sync.core.model import (
    Action,
    AppendNote,
    CancelReminder,
    LedgerEntry,
    LedgerStatus,
    MarkDone,
    PlanSettings,
    UpsertDraft,
    WriteNote,
    WriteReminder,
)
from interview_sync.core.plan.planner import action_key
from interview_sync.engine.reminders import FileOutcome, ReminderFiles, is_task_key
from interview_sync.errors import AuthError, InterviewSyncError, RemoteError
from interview_sync.local import files
from interview_sync.local.material import (
    MAX_ATTACHMENT_BYTES,
    MaterialFolder,
    Refusal,
    files_detail,
    human_size,
)
from interview_sync.render.email import Attachment, draft_fingerprint, render_draft
from interview_sync.render.note import (
    markdown_text,
    note_filename,
    note_id,
    render_note,
    render_note_section,
)
from interview_sync.render.templates import Templates

__all__ = ["MAX_ATTACHMENT_BYTES", "Applier", "DraftStore", "Ledger", "Outcome"]

log = logging.getLogger(__name__)



class DraftRefLike(Protocol):
    @property
    def draft_id(self) -> str: ...


class DraftContentLike(Protocol):
    @property
    def to(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def body_text(self) -> str: ...


class DraftStore(Protocol):
    """What ``apply`` needs from Gmail (``gmail.GmailDrafts`` in production)."""

    def find_by_message_id(self, rfc822_message_id: str) -> DraftRefLike | None: ...
    def create(self, raw: bytes, *, thread_id: str | None = None) -> DraftRefLike: ...
    def get(self, draft_id: str) -> DraftContentLike | None: ...
    def update(self, draft_id: str, raw: bytes) -> DraftRefLike: ...


class Ledger(Protocol):
    """What ``apply`` needs from the state store (``state.StateStore`` in production)."""

    def ledger(self) -> dict[str, LedgerEntry]: ...
    def fingerprint(self, key: str) -> str | None: ...
    def record_intent(self, key: str, content_hash: str, *, at: datetime,
                      target: str | None = None) -> None: ...
    def record_outcome(self, key: str, status: LedgerStatus, *, content_hash: str, at: datetime,
                       target: str | None = None, fingerprint: str | None = None,
                       detail: str | None = None) -> None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What happened to one action."""

    key: str
    kind: str  # "note", "draft", "reminder", "mark"
    result: str  # created, updated, unchanged, found, edited, vanished, cancelled, failed, would
    target: str | None = None
    detail: str = ""
    summary: str = ""  # one line for people: "Draft to Kim Ng <kim@northwind.com>: Thank you ..."


class Applier:
    """Applies actions through narrow adapters. One instance per cycle."""

    def __init__(
        self,
        *,
        ledger: Ledger,
        drafts: DraftStore | None,
        notes_dir: Path,
        reminders_dir: Path,
        templates: Templates,
        settings: PlanSettings,
        now: datetime,
        feed_path: Path | None = None,
        tasks_dir: Path | None = None,
        dry_run: bool = False,
        material: MaterialFolder | None = None,
    ) -> None:
        self.ledger = ledger
        self.drafts = drafts
        self.notes_dir = notes_dir
        self.reminders_dir = reminders_dir
        self.templates = templates
        self.settings = settings
        self.now = now
        self.feed_path = feed_path
        self.dry_run = dry_run
        self.material = material
        self._entries = ledger.ledger()
        self.reminders = ReminderFiles(ledger=ledger, settings=settings, now=now,
                                       reminders_dir=reminders_dir, tasks_dir=tasks_dir,
                                       feed_path=feed_path, dry_run=dry_run)

    # ------------------------------------------------------------------ the batch

    def finish(self) -> None:
        """End of a batch: refresh the combined feed if any reminder changed, or if it is
        missing (a first run with no reminders yet, or a feed the user deleted)."""
        feed = self.reminders.feed_path
        missing = feed is not None and not feed.exists()
        if (self.reminders.changed or missing) and not self.dry_run:
            self.reminders.write_feed()
            self.reminders.changed = False

    def apply_one(self, action: Action) -> Outcome:
        handler: Callable[[], Outcome]
        if isinstance(action, WriteNote):
            handler = lambda: self._write_note(action)  # noqa: E731
        elif isinstance(action, AppendNote):
            handler = lambda: self._append_note(action)  # noqa: E731
        elif isinstance(action, UpsertDraft):
            handler = lambda: self._upsert_draft(action)  # noqa: E731
        elif isinstance(action, WriteReminder):
            handler = lambda: self._write_reminder(action)  # noqa: E731
        elif isinstance(action, CancelReminder):
            handler = lambda: self._cancel_reminder(action)  # noqa: E731
        else:
            handler = lambda: self._mark(action)  # noqa: E731
        try:
            return handler()
        except AuthError:
            raise  # every later call would fail the same way: stop the batch, keep it pending
        except InterviewSyncError as error:
            return self._failed(action, str(error))
        except Exception as error:  # a bug: record it against this key and keep going
            log.exception("unexpected error applying %s", action.key)
            return self._failed(action, f"{type(error).__name__}: {error}")

    def _failed(self, action: Action, detail: str) -> Outcome:
        log.warning("action %s failed: %s", action.key, detail)
        if not self.dry_run:
            previous = self._entries.get(action.key)
            self.ledger.record_outcome(
                action.key, LedgerStatus.FAILED, content_hash=action.content_hash, at=self.now,
                target=previous.target if previous else None,
                fingerprint=self.ledger.fingerprint(action.key), detail=detail[:500])
        return Outcome(key=action.key, kind=_kind(action), result="failed", detail=detail)

    # ------------------------------------------------------------------ notes

    def _write_note(self, action: WriteNote) -> Outcome:
        text = render_note(action, self.settings, self.templates)
        data = text.encode("utf-8")
        previous = self._entries.get(action.key)
        name = note_filename(action.interview)
        path = files.safe_path(self.notes_dir, name)
        summary = f"Note {path.name}"
        if self.dry_run:
            return Outcome(key=action.key, kind="note", result="would", target=str(path),
                           summary=summary)
        files.ensure_dir(self.notes_dir)
        if self.material is not None:
            self.material.create()  # beside the notes, so the user sees where files go
        if previous is not None and previous.target:
            # A crash after the file was created but before the outcome was recorded: the
            # file named in our intent is ours, whatever is in it now.
            path = Path(previous.target)
        self.ledger.record_intent(action.key, action.content_hash, at=self.now, target=str(path))
        created, digest = files.create_exclusive(path, data)
        if not created and not (previous is not None and previous.target == str(path)):
            # Someone else's file (or another interview's note) has this name: find a free one.
            path, created, digest = self._free_note_path(name, data)
        result = "created" if created else "found"
        self.ledger.record_outcome(action.key, LedgerStatus.DONE, content_hash=action.content_hash,
                                   at=self.now, target=str(path), fingerprint=digest)
        for covered in action.covers:
            self.ledger.record_outcome(covered, LedgerStatus.DONE, content_hash=action.content_hash,
                                       at=self.now, target=str(path), detail="in the note")
        return Outcome(key=action.key, kind="note", result=result, target=str(path),
                       summary=f"Note {path.name}")

    def _free_note_path(self, name: str, data: bytes) -> tuple[Path, bool, str]:
        stem, dot, suffix = name.rpartition(".")
        for n in range(2, 100):
            candidate = files.safe_path(self.notes_dir, f"{stem} ({n}){dot}{suffix}")
            created, digest = files.create_exclusive(candidate, data)
            if created or digest == _sha256(data):
                return candidate, created, digest
        raise InterviewSyncError(f"no free note file name for {name!r} in {self.notes_dir}")

    def _append_note(self, action: AppendNote) -> Outcome:
        note_key = action_key(action.interview.key, "assess")
        note = self._entries.get(note_key)
        if note is None or not note.target:
            return Outcome(key=action.key, kind="note", result="failed",
                           detail="the note does not exist yet")
        path = Path(note.target)
        # The project's own id, never the action key: that starts with the invite's iCalUID.
        marker = f"<!-- interview-sync:{note_id(action.key)} -->"
        legacy = f"<!-- interview-sync:{action.key} -->"  # written by earlier releases
        section = render_note_section(action, self.settings, self.templates, stamp=self.now)
        if self.dry_run:
            return Outcome(key=action.key, kind="note", result="would", target=str(path),
                           summary=f"Add to note {path.name}")
        self.ledger.record_intent(action.key, action.content_hash, at=self.now, target=str(path))
        text, _problems = files.read_text_lenient(path)
        if marker not in text and legacy not in text:  # appended before a crash?
            files.append_text(path, f"\n{marker}\n{section}")
        self.ledger.record_outcome(action.key, LedgerStatus.DONE, content_hash=action.content_hash,
                                   at=self.now, target=str(path))
        return Outcome(key=action.key, kind="note", result="updated", target=str(path),
                       summary=f"Added to note {path.name}")

    # ------------------------------------------------------------------ drafts

    def _attachments(self, action: UpsertDraft) -> tuple[list[Attachment], list[Refusal]]:
        found: list[Attachment] = []
        refused: list[Refusal] = []
        if action.notes is None:
            return found, refused
        for listed in action.notes.attachments:
            if self.material is None:
                refused.append(Refusal(listed, "no material folder is configured"))
                continue
            loaded = self.material.load(listed)
            if isinstance(loaded, Refusal):
                log.warning("draft %s: attachment refused: %s", note_id(action.key), loaded)
                refused.append(loaded)
            else:
                found.append(loaded)
        return found, refused

    def _report_files(self, action: UpsertDraft, attached: list[Attachment],
                      refused: list[Refusal]) -> None:
        """Append to the note which files this draft carries, once per distinct listing."""
        if action.notes is None or not action.notes.attachments:
            return
        entry = self._entries.get(action_key(action.interview.key, "assess"))
        if entry is None or not entry.target:
            return
        lines = [f"- To {markdown_text(action.recipient_email)}: "
                 + (", ".join(markdown_text(f"{a.filename} ({human_size(len(a.data))})")
                              for a in attached) or "no files")]
        lines += [f"  - refused: {markdown_text(str(r))}" for r in refused]
        listing = "\n".join(lines)
        marker = f"<!-- interview-sync:files {note_id(action.key + chr(31) + listing)} -->"
        path = Path(entry.target)
        text, _problems = files.read_text_lenient(path)
        if marker in text:
            return
        stamp = self.now.date().isoformat()
        files.append_text(path, f"\n{marker}\n\n## Files in your drafts (interview-sync, {stamp})"
                                f"\n\n{listing}\n")

    def _upsert_draft(self, action: UpsertDraft) -> Outcome:
        attachments, refused = self._attachments(action)
        rendered = render_draft(action, self.settings, self.templates, attachments=attachments)
        who = action.recipient_email
        summary = f"Draft to {who}: {rendered.subject}"
        detail = files_detail(attachments, refused) if action.notes and \
            action.notes.attachments else ""
        if self.dry_run or self.drafts is None:
            return Outcome(key=action.key, kind="draft", result="would", summary=summary,
                           detail=detail)
        try:
            self._report_files(action, attachments, refused)
        except InterviewSyncError as error:  # the report is a courtesy; the draft still goes
            log.warning("could not add the file list to the note: %s", error)
        previous = self._entries.get(action.key)
        draft_id = previous.target if previous is not None else None
        if draft_id is None:
            self.ledger.record_intent(action.key, action.content_hash, at=self.now)
            ref = self.drafts.find_by_message_id(rendered.message_id)
            if ref is None:
                ref = self.drafts.create(rendered.raw)
                self._done(action, ref.draft_id, rendered.fingerprint, detail)
                return Outcome(key=action.key, kind="draft", result="created",
                               target=ref.draft_id, summary=summary, detail=detail)
            # Our own draft from a run that crashed (or lost the response) before recording it.
            draft_id = ref.draft_id
            existing = self.drafts.get(draft_id)
            if existing is None:
                return self._vanished(action, draft_id, summary)
            if _fingerprint_of(existing) == rendered.fingerprint:
                self._done(action, draft_id, rendered.fingerprint, detail)
                return Outcome(key=action.key, kind="draft", result="found", target=draft_id,
                               summary=summary, detail=detail)
            # It differs from what we would write now and we have no record of what we wrote
            # then: the safe reading is that the user may have edited it. Leave it alone.
            return self._edited(action, draft_id, summary)
        # An update of a draft we made.
        existing = self.drafts.get(draft_id)
        if existing is None:
            return self._vanished(action, draft_id, summary)
        if _fingerprint_of(existing) != self.ledger.fingerprint(action.key):
            return self._edited(action, draft_id, summary)
        if _fingerprint_of(existing) == rendered.fingerprint:
            self._done(action, draft_id, rendered.fingerprint, detail)
            return Outcome(key=action.key, kind="draft", result="unchanged", target=draft_id,
                           summary=summary, detail=detail)
        self.ledger.record_intent(action.key, action.content_hash, at=self.now, target=draft_id)
        try:
            self.drafts.update(draft_id, rendered.raw)
        except RemoteError as error:
            if error.status == 404:  # sent or discarded between our look and our update
                return self._vanished(action, draft_id, summary)
            raise
        self._done(action, draft_id, rendered.fingerprint, detail)
        return Outcome(key=action.key, kind="draft", result="updated", target=draft_id,
                       summary=summary, detail=detail)

    def _done(self, action: Action, target: str, fingerprint: str, detail: str = "") -> None:
        self.ledger.record_outcome(action.key, LedgerStatus.DONE, content_hash=action.content_hash,
                                   at=self.now, target=target, fingerprint=fingerprint,
                                   detail=detail or None)

    def _hands_off(self, action: Action, status: LedgerStatus, *, kind: str, target: str,
                   summary: str, why: str) -> Outcome:
        """Record that the user took this one over (edited, sent or deleted it): never again."""
        self.ledger.record_outcome(action.key, status, content_hash=action.content_hash,
                                   at=self.now, target=target,
                                   fingerprint=self.ledger.fingerprint(action.key), detail=why)
        return Outcome(key=action.key, kind=kind, result=status.value, target=target,
                       summary=summary, detail=why)

    def _vanished(self, action: UpsertDraft, draft_id: str, summary: str) -> Outcome:
        return self._hands_off(action, LedgerStatus.VANISHED, kind="draft", target=draft_id,
                               summary=summary, why="sent or deleted in Gmail; not recreated")

    def _edited(self, action: UpsertDraft, draft_id: str, summary: str) -> Outcome:
        return self._hands_off(action, LedgerStatus.EDITED, kind="draft", target=draft_id,
                               summary=summary, why="edited by you in Gmail; never overwritten")

    # ------------------------------------------------------------------ reminders

    def _write_reminder(self, action: WriteReminder) -> Outcome:
        noun = "Task" if is_task_key(action.key) else "Reminder"
        summary = f"{noun} {action.summary or action.kind.value}"
        return _reminder_outcome(action.key, summary, self.reminders.write(action))

    def _cancel_reminder(self, action: CancelReminder) -> Outcome:
        noun = "task" if is_task_key(action.key) else "reminder"
        summary = (f"{_REMINDER_NAMES.get(action.kind.value, action.kind.value)} {noun} for "
                   f"{_who_for(action)} cancelled: {action.reason}")
        return _reminder_outcome(action.key, summary, self.reminders.cancel(action))

    # ------------------------------------------------------------------ bookkeeping

    def _mark(self, action: MarkDone) -> Outcome:
        if not self.dry_run:
            previous = self._entries.get(action.key)
            self.ledger.record_outcome(action.key, action.status, content_hash=action.content_hash,
                                       at=self.now, target=previous.target if previous else None,
                                       detail=action.reason or None)
        step = action.key[len(action.interview.key) + 1:].split("/", 1)[0]
        return Outcome(key=action.key, kind="mark", result=action.status.value,
                       detail=action.reason,
                       summary=f"No {_STEP_NAMES.get(step, step)} for {_who_for(action)}: "
                               f"{action.reason}")


_STEP_NAMES = {"checkin": "check-in draft", "thank": "thank-you draft",
               "references": "reference briefing", "linkedin": "LinkedIn prompt",
               "assess": "assessment note", "reminder": "reminder"}
_REMINDER_NAMES = {"checkin": "Check-in", "send_thanks": "Thank-you", "assess": "Assessment",
                   "brief_references": "Reference"}


def _who_for(action: Action) -> str:
    interview = action.interview
    return interview.company or interview.title or "this interview"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _kind(action: Action) -> str:
    if isinstance(action, WriteNote | AppendNote):
        return "note"
    if isinstance(action, UpsertDraft):
        return "draft"
    if isinstance(action, WriteReminder | CancelReminder):
        return "reminder"
    return "mark"


def _fingerprint_of(content: DraftContentLike) -> str:
    return draft_fingerprint(content.to, content.subject, content.body_text)


def _reminder_outcome(key: str, summary: str, done: FileOutcome) -> Outcome:
    return Outcome(key=key, kind="reminder", result=done.result, target=done.target,
                   summary=summary, detail=done.detail)
