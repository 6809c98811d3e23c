"""Carry out the planner's actions, each exactly once, through the adapters.

Owns: ``Applier`` (one action at a time: record intent, call the adapter, record the outcome):
notes here, drafts in ``engine.drafts``, reminder files in ``engine.reminders``, ``Outcome`` and
the ``Ledger`` protocol in ``engine.outcome``. It decides nothing about *what* to do: that is
``plan``. It only decides *how* to do one thing safely:

* **Intent before effect, outcome after.** The ledger gets a PENDING row before any call that
  changes something outside. After a crash or a lost response the same action comes back from
  the planner; a draft is found again by our own header in Gmail (``engine.drafts``), a file is
  found already there. Either way nothing is made twice.
* **The user's words win.** Before updating a draft or reminder we compare what is there with the
  fingerprint of what we last wrote. Different → the user edited it → recorded EDITED, never touched
  again. A draft that vanished was sent or deleted by the user → VANISHED, never recreated.
* **One bad action never stops the rest.** Failures are recorded per key and retried next cycle
  (a draft Gmail refused, or a Gmail lockout, waits as ``engine.drafts`` says); only
  ``AuthError`` (the token is dead) stops the batch, because every later call would fail too.
* **Attachments only from the material folder** (``local.material``). A listed file that is
  refused costs that file, not the draft; the draft's outcome (``status``) and a short section
  appended to the note say exactly which files each draft carries and which were refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from interview_sync.core.model import (
    Action,
    AppendNote,
    CancelReminder,
    LedgerStatus,
    MarkDone,
    PlanSettings,
    UpsertDraft,
    WriteNote,
    WriteReminder,
)
from interview_sync.core.plan.planner import action_key
from interview_sync.engine.drafts import (
    GMAIL_HOLD,
    MAX_ATTACHMENT_BYTES,
    MAX_LOCKOUT,
    DraftSteps,
    DraftStore,
)
from interview_sync.engine.outcome import STEP_NAMES as _STEP_NAMES
from interview_sync.engine.outcome import Ledger, Outcome
from interview_sync.engine.outcome import sha256 as _sha256
from interview_sync.engine.outcome import who_for as _who_for
from interview_sync.engine.reminders import FileOutcome, ReminderFiles, is_task_key
from interview_sync.errors import AuthError, InterviewSyncError
from interview_sync.local import files
from interview_sync.local.material import MaterialFolder
from interview_sync.render.note import (
    note_filename,
    note_id,
    render_note,
    render_note_section,
)
from interview_sync.render.templates import Templates

__all__ = ["GMAIL_HOLD", "MAX_ATTACHMENT_BYTES", "MAX_LOCKOUT", "NOTE_HOLD", "Applier",
           "DraftStore", "Ledger", "Outcome", "release_note_holds"]

log = logging.getLogger(__name__)

# Holds on a note path we refused to write through (a link, a FIFO planted at the note):
# "note:<action key>", held while what sits at the path is the same (``files.path_identity``).
NOTE_HOLD = "note:"


def release_note_holds(ledger: Ledger) -> None:
    """A person ran a command: try the held note sections again this cycle."""
    for scope in list(ledger.holds()):
        if scope.startswith(NOTE_HOLD):
            ledger.clear_hold(scope)


class Applier(DraftSteps):
    """Applies actions through narrow adapters. One instance per cycle."""

    def __init__(
        self,
        *,
        ledger: Ledger,
        drafts: DraftStore | None,
        notes_dir: Path,
        reminders_dir: Path,
        templates: Callable[[], Templates],
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
        self._templates = templates
        self.settings = settings
        self.now = now
        self.feed_path = feed_path
        self.dry_run = dry_run
        self.material = material
        self._entries = ledger.ledger()
        self._holds = dict(ledger.holds())
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
        summary = f"Add to note {path.name}"
        hold = NOTE_HOLD + action.key
        identity = files.path_identity(path)
        held = self._holds.get(hold)
        if held is not None and held.content_hash == identity:
            # Refused before and nothing at the path has changed: no retry, no new log line
            # (status shows the hold under "Needs you"); `sync --once` by hand releases it.
            return Outcome(key=action.key, kind="note", result="waiting", target=str(path),
                           summary=summary, detail=held.reason)
        if self.dry_run:
            return Outcome(key=action.key, kind="note", result="would", target=str(path),
                           summary=summary)
        self.ledger.record_intent(action.key, action.content_hash, at=self.now, target=str(path))
        text, _problems = files.read_text_lenient(path)
        if marker not in text and legacy not in text:  # appended before a crash?
            try:
                files.append_text(path, f"\n{marker}\n{section}")
            except files.UnsafePath as error:
                person = action.person
                who = (person.name or person.email) if person is not None else ""
                what = _STEP_NAMES.get(action.section, action.section)
                reason = (f"{error}: the {what} for {who or 'a new interviewer'} was not "
                          f"added. What to do: {error.remedy}; interview-sync tries again once "
                          "that path changes, or when you run `interview-sync sync --once`")
                self.ledger.set_hold(hold, reason=reason, at=self.now, content_hash=identity)
                self._holds = dict(self.ledger.holds())
                return self._failed(action, reason)  # the one journal line
        if held is not None:
            self.ledger.clear_hold(hold)
        self.ledger.record_outcome(action.key, LedgerStatus.DONE, content_hash=action.content_hash,
                                   at=self.now, target=str(path))
        return Outcome(key=action.key, kind="note", result="updated", target=str(path),
                       summary=f"Added to note {path.name}")

    # ------------------------------------------------------------------ drafts


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


_REMINDER_NAMES = {"checkin": "Check-in", "send_thanks": "Thank-you", "assess": "Assessment",
                   "brief_references": "Reference"}



def _reminder_outcome(key: str, summary: str, done: FileOutcome) -> Outcome:
    return Outcome(key=key, kind="reminder", result=done.result, target=done.target,
                   summary=summary, detail=done.detail)
