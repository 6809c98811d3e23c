"""The reminder and task files, synced both ways like a sync tool: write, cancel, read back.

Owns: ``ReminderFiles`` (one per cycle): writing a reminder as an event in ``reminders_dir`` and
the same step as a to-do in ``tasks_dir``, cancelling both, ``reconcile`` (reading both folders
back before planning) and the combined feed.

The rules (issue #14, ``docs/reminders.md``):

* **A file we wrote and the user deleted is a tombstone.** It is recorded VANISHED and never
  written again, whatever the planner asks later: a CalDAV sync tool would otherwise push it
  straight back to the phone it was deleted on.
* **Change is judged by meaning** (``local.vdir.semantic_fingerprint``): a dismissed alarm, a
  server's re-serialisation or a client's ``X-`` properties leave a reminder ours to move and
  cancel; a changed time, summary, description, status or alarm makes it the user's (EDITED),
  left alone and shown by ``status``.
* **A completed task is read back**: the task's key becomes COMPLETED (``status`` shows the step
  as done) and the matching calendar reminder is cancelled, unless the user changed that too.
* **Bad input is reported, never touched**: files we did not write, files a client mangled, a
  folder that was emptied or has gone. A missing folder is not a deletion (an unmounted disk must
  not turn every reminder into a tombstone): nothing is written there until it is back.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from interview_sync.core.model import (
    CancelReminder,
    LedgerEntry,
    LedgerStatus,
    PlanSettings,
    WriteReminder,
)
from interview_sync.engine.outcome import FileLedger
from interview_sync.errors import InterviewSyncError
from interview_sync.local import files, vdir
from interview_sync.render.ics import (
    RenderedReminder,
    render_cancelled,
    render_feed,
    render_reminder,
    render_task,
)

__all__ = ["FileOutcome", "ReminderFiles", "is_task_key"]

log = logging.getLogger(__name__)

_SEQUENCE_RE = re.compile(rb"^SEQUENCE:(\d+)\r?$", re.MULTILINE)
_HANDS_OFF = frozenset({LedgerStatus.EDITED, LedgerStatus.VANISHED, LedgerStatus.CANCELLED,
                        LedgerStatus.COMPLETED})
_COMPLETED_REASON = "you ticked the task off"


@dataclass(frozen=True, slots=True, kw_only=True)
class FileOutcome:
    """What happened to one file (the event or the task of one reminder key)."""

    key: str
    result: str  # created, updated, unchanged, found, edited, vanished, cancelled, completed, ...
    target: str | None = None
    detail: str = ""


def is_task_key(key: str) -> bool:
    """``<interview>/task/<kind>`` (a to-do), as opposed to ``<interview>/reminder/<kind>``."""
    parts = key.rsplit("/", 2)
    return len(parts) == 3 and parts[1] == "task"


def _is_reminder_key(key: str) -> bool:
    parts = key.rsplit("/", 2)
    return len(parts) == 3 and parts[1] in ("reminder", "task")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fingerprint(data: bytes) -> str | None:
    try:
        return vdir.semantic_fingerprint(data)
    except Exception:  # unparseable: no meaning to compare
        return None


def _ours_unchanged(expected: str | None, current: bytes) -> bool:
    """Does ``current`` still say what we wrote? Old ledger rows hold a byte hash."""
    if expected is None:
        return False
    if expected.startswith(vdir.FINGERPRINT_PREFIX):
        return _fingerprint(current) == expected
    return _sha256(current) == expected


def _read(path: Path) -> bytes | None:
    """The file's bytes, None if it is not there; a link, FIFO or huge file is an error."""
    try:
        return files.read_bytes_bounded(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise InterviewSyncError(f"{path} cannot be read: {error.strerror or error}",
                                 remedy="it is not a file interview-sync wrote; move it away") \
            from error


def _next_sequence(data: bytes) -> int:
    match = _SEQUENCE_RE.search(data)
    return int(match.group(1)) + 1 if match else 0


@dataclass(slots=True)
class ReminderFiles:
    """The two folders and the feed, for one cycle."""

    ledger: FileLedger
    settings: PlanSettings
    now: datetime
    reminders_dir: Path
    tasks_dir: Path | None = None
    feed_path: Path | None = None
    dry_run: bool = False
    changed: bool = False
    problems: list[str] = field(default_factory=list)
    cache: vdir.ScanCache | None = None  # the folders' reads, kept across polls (vdir.scan)
    settled_before_ns: int | None = None  # files changed before this may be served from cache

    # ------------------------------------------------------------------ writing

    def write(self, action: WriteReminder) -> FileOutcome:
        """The event (a ``reminder`` key) or the to-do (a ``task`` key) of one step."""
        if not is_task_key(action.key):
            return self._write_one(action.key, action.content_hash, self.reminders_dir,
                                   lambda seq: render_reminder(action, self.settings,
                                                               sequence=seq, stamp=self.now))
        if self.tasks_dir is None:
            raise InterviewSyncError("a task is due but [reminders] tasks is off",
                                     remedy="this is a bug; please report it")
        return self._write_one(action.key, action.content_hash, self.tasks_dir,
                               lambda seq: render_task(action, self.settings, key=action.key,
                                                       sequence=seq, stamp=self.now))

    def _write_one(self, key: str, content_hash: str, folder: Path,
                   render: Callable[[int], RenderedReminder]) -> FileOutcome:
        entry = self.ledger.ledger().get(key)
        if entry is not None and entry.status in _HANDS_OFF:
            return FileOutcome(key=key, result=entry.status.value, target=entry.target,
                               detail=entry.detail or "left alone")
        first = render(0)
        path = files.safe_path(folder, first.filename)
        moved = entry is not None and entry.target is not None and entry.target != str(path)
        if entry is not None and entry.target and not moved and not path.parent.is_dir():
            raise InterviewSyncError(
                f"the folder {path.parent} has gone; nothing is written there",
                remedy="mount or restore it, or point [paths] at a new folder")
        if self.dry_run:
            return FileOutcome(key=key, result="would", target=str(path))
        # [paths] now names another folder: what we wrote in the old one says nothing about
        # this file, so it is written as new (not taken for a deletion).
        expected = None if moved else self.ledger.fingerprint(key)
        current = _read(path)
        if current is not None and expected is not None and not _ours_unchanged(expected, current):
            if _fingerprint(current) == _fingerprint(first.data):
                # Our own newer write, from before a crash: nothing to do but record it.
                return self._record(key, content_hash, path, current, "found")
            return self._hand_off(key, content_hash, path, LedgerStatus.EDITED,
                                  "changed by you; left alone")
        if current is None and expected is not None:
            return self._hand_off(key, content_hash, path, LedgerStatus.VANISHED,
                                  "deleted by you; not recreated")
        rendered = render(_next_sequence(current) if current is not None else 0)
        files.ensure_dir(folder)
        self.ledger.record_intent(key, content_hash, at=self.now, target=str(path))
        if current is None:
            created, _digest = files.create_exclusive(path, rendered.data)
            if not created:  # someone put a file with our UID's name there just now
                return self._hand_off(key, content_hash, path, LedgerStatus.EDITED,
                                      "a file with this name appeared; left alone")
            return self._record(key, content_hash, path, rendered.data, "created")
        if expected is None:
            # A file with our UID's name and no record of writing it: ours from a crash if it
            # means what we would write; otherwise not ours to overwrite.
            if _fingerprint(current) == _fingerprint(rendered.data):
                return self._record(key, content_hash, path, current, "found")
            return self._hand_off(key, content_hash, path, LedgerStatus.EDITED,
                                  "a file we have no record of writing; left alone")
        if _fingerprint(current) == _fingerprint(rendered.data):
            return self._record(key, content_hash, path, current, "unchanged")
        if not files.replace_if_unchanged(path, rendered.data, _sha256(current)):
            return self._hand_off(key, content_hash, path, LedgerStatus.EDITED,
                                  "changed by you; left alone")
        return self._record(key, content_hash, path, rendered.data, "updated")

    def _record(self, key: str, content_hash: str, path: Path, data: bytes,
                result: str) -> FileOutcome:
        self.ledger.record_outcome(key, LedgerStatus.DONE, content_hash=content_hash,
                                   at=self.now, target=str(path),
                                   fingerprint=_fingerprint(data) or _sha256(data))
        self.changed = self.changed or result != "unchanged"
        return FileOutcome(key=key, result=result, target=str(path))

    def _hand_off(self, key: str, content_hash: str, path: Path, status: LedgerStatus,
                  why: str) -> FileOutcome:
        """The user took this file over (changed or deleted it): never touched again."""
        if not self.dry_run:
            self.ledger.record_outcome(key, status, content_hash=content_hash, at=self.now,
                                       target=str(path), detail=why)
        self.changed = True
        return FileOutcome(key=key, result=status.value, target=str(path), detail=why)

    # ------------------------------------------------------------------ cancelling

    def cancel(self, action: CancelReminder) -> FileOutcome:
        return self._cancel_one(action.key, action.content_hash, action.reason)

    def _cancel_one(self, key: str, content_hash: str, reason: str) -> FileOutcome:
        entry = self.ledger.ledger().get(key)
        if entry is not None and entry.status in _HANDS_OFF:
            return FileOutcome(key=key, result=entry.status.value, target=entry.target,
                               detail=entry.detail or "left alone")
        path = Path(entry.target) if entry is not None and entry.target else None
        if self.dry_run:
            return FileOutcome(key=key, result="would", target=str(path) if path else None)
        if path is None or not path.exists():
            if entry is not None and path is not None and path.parent.is_dir() and \
                    self.ledger.fingerprint(key) is not None:
                return self._hand_off(key, content_hash, path, LedgerStatus.VANISHED,
                                      "deleted by you; not recreated")
            if entry is not None or not is_task_key(key):
                self.ledger.record_outcome(key, LedgerStatus.CANCELLED, content_hash=content_hash,
                                           at=self.now, detail=reason or None)
            return FileOutcome(key=key, result="cancelled", detail=reason)
        previous = _read(path)
        if previous is None:
            return self._cancel_one(key, content_hash, reason)  # gone since we looked
        if not _ours_unchanged(self.ledger.fingerprint(key), previous):
            return self._hand_off(key, content_hash, path, LedgerStatus.EDITED,
                                  "changed by you; left alone")
        data = render_cancelled(previous, sequence=_next_sequence(previous), stamp=self.now)
        if not files.replace_if_unchanged(path, data, _sha256(previous)):
            return self._hand_off(key, content_hash, path, LedgerStatus.EDITED,
                                  "changed by you; left alone")
        self.ledger.record_outcome(key, LedgerStatus.CANCELLED, content_hash=content_hash,
                                   at=self.now, target=str(path),
                                   fingerprint=_fingerprint(data) or _sha256(data),
                                   detail=reason or None)
        self.changed = True
        return FileOutcome(key=key, result="cancelled", target=str(path), detail=reason)

    # ------------------------------------------------------------------ reading back

    def reconcile(self) -> list[FileOutcome]:
        """Read both folders back: tombstones, the user's edits, completed tasks, bad files.

        Run before planning, so the planner already sees what the user did. Problems (for
        ``status``) are collected in ``self.problems``. This runs on every poll, so it works on
        the ledger's target strings and builds a ``Path`` only for a file that needs action.
        """
        entries: dict[str, tuple[LedgerEntry, Path, str]] = {}
        parents: dict[str, Path] = {}
        for key, entry in self.ledger.ledger().items():
            if not entry.target or not _is_reminder_key(key):
                continue
            head, name = os.path.split(entry.target)
            parent = parents.get(head)
            if parent is None:
                parent = parents[head] = files.path_of(entry.target).parent
            entries[key] = (entry, parent, name)
        folders: dict[Path, list[str]] = {}
        for _entry, parent, name in entries.values():
            folders.setdefault(parent, []).append(name)
        for folder in (self.reminders_dir, self.tasks_dir):
            if folder is not None:
                folders.setdefault(Path(folder).expanduser().resolve(), [])
        scans = {folder: vdir.scan(folder, ours=names, cache=self.cache,
                                   settled_before_ns=self.settled_before_ns)
                 for folder, names in folders.items()}
        self._report_folders(scans, entries)
        fingerprints = self.ledger.fingerprints()
        outcomes: list[FileOutcome] = []
        for key, (entry, parent, name) in sorted(entries.items()):
            if entry.status not in (LedgerStatus.DONE, LedgerStatus.FAILED):
                continue
            found = scans[parent]
            if not found.exists:
                continue  # reported once for the folder; no tombstones for a missing folder
            outcome = self._reconcile_one(key, entry, files.joined(parent, name), found,
                                          fingerprints.get(key))
            if outcome is not None:
                outcomes.append(outcome)
        return outcomes

    def _reconcile_one(self, key: str, entry: LedgerEntry, path: Path, found: vdir.Scan,
                       expected: str | None) -> FileOutcome | None:
        if path.name not in found.names:
            return self._hand_off(key, entry.content_hash, path, LedgerStatus.VANISHED,
                                  "deleted by you; not recreated")
        if path.name in found.mangled:
            return self._hand_off(key, entry.content_hash, path, LedgerStatus.EDITED,
                                  f"changed into a file that {found.mangled[path.name]}; "
                                  "left alone")
        item = found.items[path.name]
        if item.kind == "VTODO" and item.status == "COMPLETED":
            return self._completed(key, entry, path)
        unchanged = item.fingerprint == expected if expected and expected.startswith(
            vdir.FINGERPRINT_PREFIX) else _ours_unchanged(expected, _read(path) or b"")
        if not unchanged:
            return self._hand_off(key, entry.content_hash, path, LedgerStatus.EDITED,
                                  "changed by you; left alone")
        return None

    def _completed(self, key: str, entry: LedgerEntry, path: Path) -> FileOutcome:
        if self.dry_run:
            return FileOutcome(key=key, result="completed", target=str(path))
        self.ledger.record_outcome(key, LedgerStatus.COMPLETED, content_hash=entry.content_hash,
                                   at=self.now, target=str(path), detail=_COMPLETED_REASON)
        head, _step, kind = key.rsplit("/", 2)
        reminder = f"{head}/reminder/{kind}"
        # The calendar reminder for a step that is done would only nag: cancel it.
        self._cancel_one(reminder, self.ledger.ledger()[reminder].content_hash
                         if reminder in self.ledger.ledger() else entry.content_hash,
                         _COMPLETED_REASON)
        return FileOutcome(key=key, result="completed", target=str(path),
                           detail=_COMPLETED_REASON)

    def _report_folders(self, scans: Mapping[Path, vdir.Scan],
                        entries: Mapping[str, tuple[LedgerEntry, Path, str]]) -> None:
        by_folder: dict[Path, list[tuple[LedgerEntry, str]]] = {}
        for entry, parent, name in entries.values():
            by_folder.setdefault(parent, []).append((entry, name))
        for folder, found in sorted(scans.items()):
            mine = by_folder.get(folder, [])
            live = [e for e, _ in mine if e.status in (LedgerStatus.DONE, LedgerStatus.FAILED)]
            if not found.exists:
                if mine:
                    self.problems.append(f"{folder} has gone: nothing is written there and "
                                         "nothing in it counts as deleted until it is back")
                continue
            ours = {name for _, name in mine}
            foreign = sorted(found.names - ours)
            if foreign:
                self.problems.append(f"{folder}: {len(foreign)} file(s) interview-sync did not "
                                     f"write, left alone: {', '.join(foreign[:5])}")
            for name, why in sorted(found.mangled.items()):
                self.problems.append(f"{folder / name} {why}: left alone")
            if live and not (found.names & ours):
                self.problems.append(f"{folder} was emptied: its {len(live)} reminder(s) are "
                                     "treated as deleted by you and are not recreated")

    # ------------------------------------------------------------------ the feed

    def write_feed(self) -> None:
        """One combined .ics beside the vdir, for calendar apps that subscribe to a single file.

        Only our own files (by UID) go in, cancelled ones included, so feed and folder agree.
        """
        if self.feed_path is None or self.dry_run:
            return
        items: list[bytes] = []
        if self.reminders_dir.is_dir():
            for path in sorted(self.reminders_dir.glob("is-*.ics")):
                try:
                    data = files.read_bytes_bounded(path)
                except OSError as error:  # a link, FIFO or device someone put there: not ours
                    log.warning("feed: skipped %s (%s)", path.name, error.strerror or error)
                    continue
                item = vdir.read_item(data)
                if isinstance(item, vdir.Item) and item.uid == path.stem:
                    items.append(data)
        self.feed_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a first, empty run
        files.write_atomic(self.feed_path, render_feed(items))
