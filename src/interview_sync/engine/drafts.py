"""Gmail drafts, exactly once, of any size Gmail takes, and patient with its throttling.

Owns ``DraftSteps`` (the draft half of ``Applier``) and the ``DraftStore`` protocol it calls
(``google.gmail.GmailDrafts`` in production). Theory of operation:

* **Exactly once without search.** The intent is recorded (PENDING) before ``drafts.create`` and
  the draft id the moment Gmail answers. A key with an intent but no draft id may have had its
  draft stored before the answer was lost or the daemon was killed, so it is looked for first,
  by our own ``X-Interview-Sync-Key`` header among the newest drafts (``find_ours``), never by
  Gmail's search (it lags) or the Message-ID (Gmail may rewrite it). A key with no record at
  all (a state database started afresh) is looked for among the drafts to that person.
* **Any size Gmail takes.** Attachments are capped at 25 MB together and the message at 35 MB;
  over either, or when Gmail refuses a draft (400, 413), the draft is held (``holds``) against
  exactly that content: reported in ``status`` each cycle, not retried until the note or its
  files change, while every other draft is made.
* **Throttling.** A ``Throttled`` answer (Gmail named a time minutes away) becomes a lockout in
  ``holds``: no draft action calls Gmail before it ends (more than a day away: re-checked after
  a day, with a pointer to the project's quota).
* **The user's words win.** Before updating, the draft is compared with the fingerprint of what
  we last wrote (its text and its attached files: name, size, content hash): edited → EDITED,
  gone → VANISHED, and never touched again. A draft the user left alone is updated when what we
  would write now differs, attachments included, so a work sample added to or changed in the
  material folder reaches it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from interview_sync.core.model import Action, LedgerEntry, LedgerStatus, PlanSettings, UpsertDraft
from interview_sync.core.plan.planner import action_key
from interview_sync.engine.outcome import (
    STEP_NAMES,
    HoldLike,
    Ledger,
    Outcome,
    kind_of,
    sha256,
    who_for,
)
from interview_sync.errors import InterviewSyncError, RemoteError
from interview_sync.google.throttle import Throttled
from interview_sync.local import files
from interview_sync.local.material import (
    MAX_ATTACHMENT_BYTES,
    MaterialFolder,
    Refusal,
    files_detail,
    human_size,
)
from interview_sync.render.email import (
    FINGERPRINT_V2,
    Attachment,
    RenderedDraft,
    draft_fingerprint,
    legacy_draft_fingerprint,
    render_draft,
)
from interview_sync.render.note import markdown_text, note_id
from interview_sync.render.templates import Templates

__all__ = [
    "GMAIL_HOLD",
    "MAX_ATTACHMENT_BYTES",
    "MAX_LOCKOUT",
    "MAX_MESSAGE_BYTES",
    "DraftSteps",
    "DraftStore",
]

log = logging.getLogger("interview_sync.engine.apply")

# MAX_ATTACHMENT_BYTES (local.material): Gmail takes 25 MB of attachments in one message
# (support.google.com/mail/answer/6584). The material folder caps each file; this module caps
# the total, so one check covers one big file and many small ones alike.
# The largest message a media upload takes (gmail.v1 discovery mediaUpload.maxSize: 35 MB).
MAX_MESSAGE_BYTES = 35 * 1024 * 1024
MAX_LOCKOUT = timedelta(days=1)  # a longer lockout is re-checked after a day
GMAIL_HOLD = "gmail"  # the holds row of a Gmail lockout


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
    @property
    def attachments(self) -> tuple[tuple[str, int, str], ...]: ...


class DraftStore(Protocol):
    """What ``apply`` needs from Gmail (``gmail.GmailDrafts`` in production)."""

    def find_ours(self, key: str, *, known: Collection[str] = (), to: str | None = None,
                  older: Collection[str] = ()) -> DraftRefLike | None: ...
    def create(self, raw: bytes, *, key: str | None = None, thread_id: str | None = None,
               known: Collection[str] = ()) -> DraftRefLike: ...
    def get(self, draft_id: str) -> DraftContentLike | None: ...
    def update(self, draft_id: str, raw: bytes, *, key: str | None = None) -> DraftRefLike: ...



class DraftSteps:
    """The draft actions of ``Applier`` (which sets these attributes)."""

    ledger: Ledger
    drafts: DraftStore | None
    notes_dir: Path
    settings: PlanSettings
    now: datetime
    dry_run: bool
    material: MaterialFolder | None
    _entries: dict[str, LedgerEntry]
    _holds: dict[str, HoldLike]
    _templates: Callable[[], Templates]  # the engine's loader, which keeps what it compiled

    @property
    def templates(self) -> Templates:
        """The compiled templates, asked of the engine when an action first renders (a cycle
        with nothing to write compiles none, and never imports Jinja2)."""
        return self._templates()

    def _failed(self, action: Action, detail: str) -> Outcome:
        log.warning("action %s failed: %s", action.key, detail)
        if not self.dry_run:
            previous = self._entries.get(action.key)
            self.ledger.record_outcome(
                action.key, LedgerStatus.FAILED, content_hash=action.content_hash, at=self.now,
                target=previous.target if previous else None,
                fingerprint=self.ledger.fingerprint(action.key), detail=detail[:500])
        return Outcome(key=action.key, kind=kind_of(action), result="failed", detail=detail)


    # ------------------------------------------------------------------ drafts

    def _attachments(self, action: UpsertDraft) -> tuple[list[Attachment], list[Refusal]]:
        """The note's files that the material folder allows, and why the rest were refused."""
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
        who = action.recipient_email
        attachments, refused = self._attachments(action)
        # What would be sent: a refusal is remembered against exactly this.
        refused_as = sha256("\n".join(
            [action.content_hash, *(f"{a.filename}:{len(a.data)}" for a in attachments),
             *(str(r) for r in refused)]).encode("utf-8"))
        held = self._holds.get(action.key)
        if held is not None and held.content_hash == refused_as:
            # Refused before (by Gmail or by the size cap) and nothing has changed since:
            # say so again, without another call to Gmail.
            return Outcome(key=action.key, kind="draft", result="failed",
                           summary=f"Draft to {who}", detail=held.reason)
        label = _draft_label(action)
        total = sum(len(a.data) for a in attachments)
        if total > MAX_ATTACHMENT_BYTES:
            return self._refuse(action, refused_as, (
                f"{label}: its attachments are {total / 1e6:.1f} MB together, over the "
                f"{MAX_ATTACHMENT_BYTES // 2**20} MB Gmail takes in one message. List fewer "
                "or smaller files under the note's attachments (or share a link); the draft "
                "is made once they fit"))
        rendered = render_draft(action, self.settings, self.templates, attachments=attachments)
        summary = f"Draft to {who}: {rendered.subject}"
        detail = files_detail(attachments, refused) if action.notes and \
            action.notes.attachments else ""
        if len(rendered.raw) > MAX_MESSAGE_BYTES:
            return self._refuse(action, refused_as, (
                f"{label}: the message would be {len(rendered.raw) / 1e6:.1f} MB, over "
                "Gmail's 35 MB limit. List fewer or smaller attachments in the note"))
        if self.dry_run or self.drafts is None:
            return Outcome(key=action.key, kind="draft", result="would", summary=summary,
                           detail=detail)
        try:
            self._report_files(action, attachments, refused)
        except InterviewSyncError as error:  # the report is a courtesy; the draft still goes
            log.warning("could not add the file list to the note: %s", error)
        lockout = self._holds.get(GMAIL_HOLD)
        if lockout is not None and lockout.until is not None and lockout.until > self.now:
            return Outcome(key=action.key, kind="draft", result="waiting", summary=summary,
                           detail=lockout.reason)  # no call to Gmail before it ends
        try:
            outcome = self._draft_protocol(action, rendered, summary, detail)
        except Throttled as error:
            return self._throttled(action, error, label, summary)
        except RemoteError as error:
            if error.transient or error.status not in (400, 413):
                raise
            return self._refuse(action, refused_as, (
                f"{label}: Gmail will not take this draft ({error}). Check its attachments in "
                "the note (size, unusual files); it is tried again once the note or its files "
                "change"))
        if held is not None:
            self.ledger.clear_hold(action.key)
        return outcome

    def _refuse(self, action: UpsertDraft, refused_as: str, reason: str) -> Outcome:
        """A draft that cannot be made as it stands: remembered against exactly this content
        (no retry until the note or its files change), reported once per cycle."""
        if not self.dry_run:
            self.ledger.set_hold(action.key, reason=reason, at=self.now, content_hash=refused_as)
            self._holds = dict(self.ledger.holds())
        return self._failed(action, reason)

    def _draft_protocol(self, action: UpsertDraft, rendered: RenderedDraft, summary: str,
                        detail: str) -> Outcome:
        """Exactly once: intent recorded before the create, the draft id the moment Gmail
        answers; after a crash or an ambiguous failure our draft is found by its own header
        (``find_ours``), never by search or by its Message-ID."""
        assert self.drafts is not None
        previous = self._entries.get(action.key)
        draft_id = previous.target if previous is not None else None
        key = rendered.message_id.strip("<>")
        if draft_id is None:
            # An earlier attempt that recorded its intent and never its outcome may have had
            # its draft stored before the answer was lost or we were killed: look among the
            # newest drafts. With no record at all (a state database started afresh), look
            # among drafts to this person, which search has long since indexed.
            ref = self.drafts.find_ours(
                key, known=self._known_drafts(action.key),
                to=None if previous is not None else action.recipient_email,
                older=self._known_drafts(action.key, before=previous)
                if previous is not None else ())
            if ref is None:
                self.ledger.record_intent(action.key, action.content_hash, at=self.now)
                ref = self.drafts.create(rendered.raw, key=key,
                                         known=self._known_drafts(action.key))
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
        if not _as_we_left_it(existing, self.ledger.fingerprint(action.key)):
            return self._edited(action, draft_id, summary)
        if _fingerprint_of(existing) == rendered.fingerprint:
            self._done(action, draft_id, rendered.fingerprint, detail)
            return Outcome(key=action.key, kind="draft", result="unchanged", target=draft_id,
                           summary=summary, detail=detail)
        self.ledger.record_intent(action.key, action.content_hash, at=self.now, target=draft_id)
        try:
            self.drafts.update(draft_id, rendered.raw, key=key)
        except RemoteError as error:
            if error.status == 404:  # sent or discarded between our look and our update
                return self._vanished(action, draft_id, summary)
            raise
        self._done(action, draft_id, rendered.fingerprint, detail)
        return Outcome(key=action.key, kind="draft", result="updated", target=draft_id,
                       summary=summary, detail=detail)

    def _known_drafts(self, key: str, *, before: LedgerEntry | None = None) -> frozenset[str]:
        """Draft ids recorded for other actions: never ours to find for ``key``. With
        ``before``: only those recorded before that entry's intent (so stored before any draft
        that intent could have made)."""
        if before is not None and before.updated_at is None:
            return frozenset()
        return frozenset(
            e.target for k, e in self._entries.items() if e.target and k != key
            and (before is None or (e.updated_at is not None and before.updated_at is not None
                                    and e.updated_at < before.updated_at)))

    def _throttled(self, action: UpsertDraft, error: Throttled, label: str,
                   summary: str) -> Outcome:
        """Remember Gmail's lockout: no draft action calls Gmail before it ends."""
        until = error.until
        if until - self.now > MAX_LOCKOUT:
            reason = (f"Gmail refuses drafts until {until:%Y-%m-%d %H:%M} UTC, more than a day "
                      f"away ({error.reason or error.status}), while making {label}. This is "
                      "usually your Cloud project's daily Gmail quota: see Google Cloud console "
                      "→ APIs & Services → Gmail API → Quotas. Drafts wait and are tried again "
                      "in a day; nothing is lost")
            until = self.now + MAX_LOCKOUT
        else:
            reason = (f"Gmail asked to wait until {until:%Y-%m-%d %H:%M} UTC "
                      f"({error.reason or error.status}) while making {label}; drafts wait "
                      "until then, nothing to do")
        self.ledger.set_hold(GMAIL_HOLD, reason=reason, at=self.now, until=until)
        self._holds = dict(self.ledger.holds())
        log.warning("%s", reason)
        previous = self._entries.get(action.key)
        self.ledger.record_outcome(
            action.key, LedgerStatus.FAILED, content_hash=action.content_hash, at=self.now,
            target=previous.target if previous else None,
            fingerprint=self.ledger.fingerprint(action.key), detail=reason[:500])
        return Outcome(key=action.key, kind="draft", result="waiting", summary=summary,
                       detail=reason)

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



def _draft_label(action: UpsertDraft) -> str:
    """Which draft, in words: "the thank-you draft to kim@x.com for Northwind (2026-12-01)"."""
    step = action.key[len(action.interview.key) + 1:].split("/", 1)[0]
    when = f"{action.interview.start:%Y-%m-%d}"
    return (f"the {STEP_NAMES.get(step, step + ' draft')} to {action.recipient_email} for "
            f"{who_for(action)} ({when})")



def _fingerprint_of(content: DraftContentLike) -> str:
    return draft_fingerprint(content.to, content.subject, content.body_text, content.attachments)


def _as_we_left_it(content: DraftContentLike, recorded: str | None) -> bool:
    """True when the draft is exactly what we recorded writing: text and attached files.

    A fingerprint recorded before attachments were covered (no ``FINGERPRINT_V2`` prefix) is
    judged as it was then, on the text alone; the next write records the full one."""
    if recorded is None:
        return False
    if recorded.startswith(FINGERPRINT_V2):
        return _fingerprint_of(content) == recorded
    return legacy_draft_fingerprint(content.to, content.subject, content.body_text) == recorded
