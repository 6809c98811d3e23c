"""What one interview should have, step by step, before the ledger has its say.

Owns: ``Item`` (one wanted output and the rules for withdrawing it), ``ItemContext`` (what every
step reads) and ``items_for``, which lists the five steps in the order the candidate takes them:
the assessment note (with a LinkedIn prompt for everyone added later), the thank-you drafts, the
reference briefings, the reminders, and the check-in draft. Each step is a small function, so a
rule is found by its step's name and changed there. ``planner`` decides *whether* each item is
emitted; this module says *which* items there are. Pure: no I/O, no clock.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from interview_sync.core.model import (
    Action,
    AppendNote,
    DraftKind,
    Interview,
    LedgerEntry,
    LedgerStatus,
    Person,
    PlanSettings,
    ReminderKind,
    Step,
    Timeline,
    UpsertDraft,
    UserNotes,
    WriteNote,
    WriteReminder,
    stable_hash,
)
from interview_sync.core.plan.items import (
    Times,
    action_key,
    attachments_of,
    facts_digest,
    label,
    mail_digest,
    person_notes,
    reference_points,
    reference_row,
    who,
)
from interview_sync.core.replies import normalise_address

__all__ = ["REMINDER", "TASK", "Item", "ItemContext", "ItemKind", "items_for", "main_contact",
           "people_to_thank"]

REMINDER = "reminder"  # the step part of reminder keys: <interview>/reminder/<ReminderKind>
TASK = "task"  # the same step as a to-do: <interview>/task/<ReminderKind> (settings.tasks)

ItemKind = Literal["note", "linkedin", "draft", "reminder"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One thing an interview should have, before the ledger has its say."""

    action: Action  # what to emit to create or update it
    kind: ItemKind
    since: datetime  # its due time ignoring first-seen: the backfill limit applies to this
    once: bool = False  # made once; a new hash never re-emits it (the note, LinkedIn prompts)
    stale_after: datetime | None = None  # a reminder: past this, updating it is pointless
    retract: str = ""  # why it must be withdrawn instead ("" = it is wanted)
    permanent: bool = False  # the withdrawal also settles keys never acted on


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemContext:
    """What every step reads about one (ended, or rescheduled after acting) interview."""

    iv: Interview
    times: Times
    timeline: Timeline | None
    notes: UserNotes | None
    ledger: Mapping[str, LedgerEntry]
    settings: PlanSettings
    earlier: tuple[str, ...]  # what the user wished they had said to this company before
    briefs: tuple[int, ...]  # indexes of the references this interview briefs
    now: datetime
    retract_checkin: str  # why the check-in is moot ("" if it is not)
    permanent: bool  # ... and whether for good
    people: tuple[Person, ...]
    mail: str  # the digest of everything a draft is rendered from

    @property
    def cancel(self) -> str:
        return "interview cancelled" if self.iv.cancelled else ""

    def item(self, action: Action, kind: ItemKind, *, once: bool = False,
             retract: str | None = None, permanent: bool = False,
             since: datetime | None = None, stale_after: datetime | None = None) -> Item:
        return Item(action=action, kind=kind, since=self.times.finish if since is None else since,
                    once=once, retract=self.cancel if retract is None else retract,
                    permanent=permanent, stale_after=stale_after)


def items_for(iv: Interview, *, times: Times, timeline: Timeline | None,
              notes: UserNotes | None, ledger: Mapping[str, LedgerEntry],
              settings: PlanSettings, earlier: tuple[str, ...], briefs: tuple[int, ...],
              now: datetime, retract_checkin: str, permanent: bool) -> list[Item]:
    """Everything this interview should have, step by step."""
    ctx = ItemContext(
        iv=iv, times=times, timeline=timeline, notes=notes, ledger=ledger, settings=settings,
        earlier=earlier, briefs=briefs, now=now, retract_checkin=retract_checkin,
        permanent=permanent, people=people_to_thank(iv, normalise_address(settings.user_email)),
        mail=mail_digest(iv, settings))
    if iv.unsure:
        return _unsure(ctx)
    return [*_note(ctx), *_linkedin_for_latecomers(ctx), *_thank_yous(ctx),
            *_reference_briefs(ctx), *_reminders(ctx), *_checkin_draft(ctx), *_confirmed(ctx)]


def _unsure(ctx: ItemContext) -> list[Item]:
    """Detection was unsure: the note and a "Was this an interview?" reminder, never drafts.

    Drafts to people who did not interview the user would be the worst mistake this program can
    make; a question costs one click (``interview-sync confirm``/``ignore``, or the note's box).
    """
    what = label(ctx.iv)
    return [*_note(ctx), _reminder(ctx, ReminderKind.CONFIRM, f"Was this an interview? {what}",
                                   at=ctx.times.anchor)]


def _confirmed(ctx: ItemContext) -> list[Item]:
    """Once the user confirmed an unsure interview, its question is withdrawn."""
    key = action_key(ctx.iv.key, REMINDER, ReminderKind.CONFIRM)
    if key not in ctx.ledger:
        return []
    return [_reminder(ctx, ReminderKind.CONFIRM, f"Was this an interview? {label(ctx.iv)}",
                      at=ctx.times.anchor, retract="you confirmed it", permanent=True)]


def _interviewers(ctx: ItemContext) -> list[Person]:
    return [p for p in ctx.people if p.role == "interviewer"]


def _note(ctx: ItemContext) -> list[Item]:
    """Steps 1, 2 and 4: the note, which lists every interviewer known now (their LinkedIn)."""
    iv, settings = ctx.iv, ctx.settings
    covers = tuple(action_key(iv.key, Step.LINKEDIN, who(p)) for p in _interviewers(ctx))
    refs = tuple(reference_row(r) for r in settings.references)
    return [ctx.item(WriteNote(
        key=action_key(iv.key, Step.ASSESS), interview=iv, due=ctx.times.anchor,
        notes_from_earlier=ctx.earlier, timeline=ctx.timeline, covers=covers,
        content_hash=stable_hash("note", facts_digest(iv), ctx.timeline, ctx.earlier, covers,
                                 refs, settings.user_name, settings.signature)),
        "note", once=True)]


def _linkedin_for_latecomers(ctx: ItemContext) -> list[Item]:
    """Step 4 for someone added after the note was written: a section appended to it."""
    iv = ctx.iv
    note = ctx.ledger.get(action_key(iv.key, Step.ASSESS))
    if note is None or note.status not in (LedgerStatus.DONE, LedgerStatus.EDITED):
        return []
    out: list[Item] = []
    for p in _interviewers(ctx):
        key = action_key(iv.key, Step.LINKEDIN, who(p))
        # A failed append is emitted again (the engine decides when to retry: a link planted
        # at the note holds it until that path changes); anything else recorded is settled.
        entry = ctx.ledger.get(key)
        if (entry is not None and entry.status is not LedgerStatus.FAILED) or (
                ctx.notes is not None and p.email and ctx.notes.for_person(p.email)):
            continue
        out.append(ctx.item(AppendNote(
            key=key, interview=iv, due=ctx.times.anchor, person=p, section="linkedin",
            content_hash=stable_hash("linkedin", p, iv.company, iv.role,
                                     ctx.settings.user_name)),
            "linkedin", once=True))
    return out


def _thank_yous(ctx: ItemContext) -> list[Item]:
    """Step 3: one thank-you per person with an address."""
    out: list[Item] = []
    for p in ctx.people:
        if not p.email:
            continue
        kind = (DraftKind.THANK_SUPPORT if p.role == "support" else
                DraftKind.THANK_HIRING_MANAGER if p.hiring_manager else
                DraftKind.THANK_INTERVIEWER)
        out.append(ctx.item(UpsertDraft(
            key=action_key(ctx.iv.key, Step.THANK, who(p)), interview=ctx.iv,
            due=ctx.times.anchor, kind=kind, person=p, notes=ctx.notes,
            content_hash=stable_hash(kind, ctx.mail, p, person_notes(ctx.notes, p),
                                     attachments_of(ctx.notes))),
            "draft"))
    return out


def _reference_briefs(ctx: ItemContext) -> list[Item]:
    """Step 5: reference briefings (which interviews brief whom is decided per company)."""
    out: list[Item] = []
    for index in ctx.briefs:
        ref = ctx.settings.references[index]
        out.append(ctx.item(UpsertDraft(
            key=action_key(ctx.iv.key, Step.REFERENCES, ref.email.lower()), interview=ctx.iv,
            due=ctx.times.anchor, kind=DraftKind.REFERENCE_BRIEF, reference=ref,
            notes=ctx.notes, timeline=ctx.timeline,
            content_hash=stable_hash("brief", ctx.mail, reference_row(ref),
                                     reference_points(ctx.notes), ctx.timeline)),
            "draft"))
    return out


def _reminder(ctx: ItemContext, kind: ReminderKind, summary: str, *,
              at: datetime | None = None, on_timeline: bool = False,
              retract: str | None = None, permanent: bool = False) -> Item:
    iv, times = ctx.iv, ctx.times
    day = times.checkin_day if kind is ReminderKind.CHECKIN else None
    tl = ctx.timeline if on_timeline else None
    # The .ics description names the interview, its date and stage, and whom the waiting
    # drafts are to: those are hashed along with the reminder's own time and words.
    names: tuple[str, ...] = ()
    if kind is ReminderKind.SEND_THANKS:
        names = tuple(p.name for p in iv.people)
    elif kind is ReminderKind.BRIEF_REFERENCES:
        names = tuple(r.name for r in ctx.settings.references)
    return ctx.item(WriteReminder(
        key=action_key(iv.key, REMINDER, kind), interview=iv, due=times.anchor, kind=kind,
        at=at, on=day, timeline=tl, summary=summary,
        # "timed": the shape of the file (issue #14 made every reminder timed); a new shape
        # rewrites reminders still ahead, once.
        # The check-in's time of day is the user's checkin_hour in their zone.
        content_hash=stable_hash("reminder", "timed", kind, at, day, tl, summary, label(iv),
                                 iv.stage, iv.start, iv.timezone, names,
                                 (ctx.settings.checkin_hour, ctx.settings.timezone) if day
                                 else None)),
        "reminder", retract=retract, permanent=permanent,
        stale_after=at if at is not None else times.checkin_over)


def _with_tasks(ctx: ItemContext, reminders: list[Item]) -> list[Item]:
    """Each reminder, and (with ``settings.tasks``) its twin to-do under its own key, so the
    user can delete, change or tick off either without the other following."""
    if not ctx.settings.tasks:
        return reminders
    out: list[Item] = []
    for item in reminders:
        action = item.action
        assert isinstance(action, WriteReminder)
        kind = action.kind
        out += [item, dataclasses.replace(item, action=dataclasses.replace(
            action, key=action_key(ctx.iv.key, TASK, kind)))]
    return out


def _reminders(ctx: ItemContext) -> list[Item]:
    """Assess now, thank-yous tonight, references tonight, check in on the employer's day."""
    return _with_tasks(ctx, _reminder_events(ctx))


def _reminder_events(ctx: ItemContext) -> list[Item]:
    iv, times, what = ctx.iv, ctx.times, label(ctx.iv)
    thanks = [action_key(iv.key, Step.THANK, who(p)) for p in ctx.people if p.email]
    all_sent = bool(thanks) and all(
        k in ctx.ledger and ctx.ledger[k].status is LedgerStatus.VANISHED for k in thanks)
    evening_moot = "all thank-you notes sent" if all_sent and ctx.now < times.evening else ""
    out = [
        _reminder(ctx, ReminderKind.ASSESS, f"Write your assessment: {what}", at=times.anchor),
        _reminder(ctx, ReminderKind.SEND_THANKS, f"Send your thank-you notes: {what}",
                  at=times.evening, retract=ctx.cancel or evening_moot),
    ]
    if ctx.briefs:
        out.append(_reminder(ctx, ReminderKind.BRIEF_REFERENCES,
                             f"Brief your references: {what}", at=times.evening))
    out.append(_reminder(ctx, ReminderKind.CHECKIN, f"Check in with {iv.company or what}",
                         on_timeline=True, retract=ctx.cancel or ctx.retract_checkin,
                         permanent=ctx.permanent and not ctx.cancel))
    return out


def _checkin_draft(ctx: ItemContext) -> list[Item]:
    """The check-in draft to the main contact, due on the check-in day."""
    contact = main_contact(ctx.people)
    if contact is None:
        return []
    return [ctx.item(UpsertDraft(
        key=action_key(ctx.iv.key, Step.CHECKIN), interview=ctx.iv, due=ctx.times.checkin_at,
        kind=DraftKind.CHECKIN, person=contact, notes=ctx.notes, timeline=ctx.timeline,
        content_hash=stable_hash("checkin", ctx.mail, contact, ctx.timeline)),
        "draft", retract=ctx.cancel or ctx.retract_checkin,
        permanent=ctx.permanent and not ctx.cancel, since=ctx.times.checkin_at)]


def people_to_thank(iv: Interview, me: str) -> tuple[Person, ...]:
    """The people to thank: the user never, each address once (first mention wins)."""
    seen: set[str] = set()
    kept: list[Person] = []
    for p in iv.people:
        ident = who(p)
        if ident in seen or (me and p.email.strip().lower() == me):
            continue
        seen.add(ident)
        kept.append(p)
    return tuple(kept)


def main_contact(people: Sequence[Person]) -> Person | None:
    """Whom to check in with: the recruiter/coordinator, else the hiring manager, else the first
    interviewer; only someone with an address can get a draft."""
    reachable = [p for p in people if p.email]
    for wanted in (lambda p: p.role == "support", lambda p: p.hiring_manager, lambda p: True):
        found = next((p for p in reachable if wanted(p)), None)
        if found is not None:
            return found
    return None
