"""The planner: which of the five follow-up steps are due now, as inert actions.

Owns: ``plan`` (interviews + the user's notes + the ledger + ``now`` → ``Plan``), the decision
table ``_decide`` and the safety valve. Which items an interview should have is ``steps``
(one function a step); keys, times and hashes are ``items``; per-company choices ``groups``;
reply matching ``core.replies``. Pure: no I/O, no clock,
no logging; the same inputs in any order give the same plan.

Theory of operation. Every interview is turned into the list of things it *should* have by
now, each an action with a stable key (``<interview>/<step>[/<who>]``) and a ``content_hash``
of exactly what it is rendered from; each is then held against the ledger by one decision
table (``_decide``). Nothing is due before an interview is over (an all-day one: the evening of
its last day). Then, together: the assessment note (written once; it lists every interviewer,
which covers their LinkedIn prompts — an interviewer added later gets an appended section), one
thank-you draft per person with an address, the reminders "write your assessment" (at the end)
and "send your thank-you notes" (that evening, or an hour after a late end), the all-day
"check in" reminder on the business day after the employer's date (the user's note beats the
invite; with no date, ``default_response_business_days`` after the interview), and reference
briefings. References are briefed once per company, on its first interview that ends, and once
more on its first final/onsite round. The check-in draft to the main contact (recruiter, else
hiring manager, else first interviewer) is due at ``checkin_hour`` on the check-in day. The
check-in is retracted for good when the employer writes back (with reply detection on) or a
later interview with the same company is on the calendar: they evidently got back. A
cancelled interview retracts what has not happened: before its end nothing is done at all;
after it, nothing new is made, written reminders are cancelled, pending drafts are settled, and
drafts that exist are left for the user. A reschedule changes hashes: reminders already written
move at once, drafts are refreshed when the new end arrives; a reminder whose moment has passed
is not rewritten. The ledger decides the rest: same
hash and done → nothing; new hash → update; pending or failed → again (the engine finds its own
draft, so this is exactly-once); edited, vanished or cancelled → never touched again.

Backfill: an interview that ended more than ``settings.backfill`` before ``now`` is ignored
unless the ledger already knows it (so a first run over an old calendar does nothing for old
interviews), and a key the ledger does not know is only created while its own due time is
within the backfill (an interviewer added to a month-old event gets no thank-you). An interview
first seen after it ended has its end-of-interview steps dated from when it was first seen.

Contract with the engine: when a ``WriteNote`` is applied, each key in its ``covers`` is
recorded DONE (the note holds those LinkedIn prompts). The "send your thank-you notes" reminder
is withdrawn if every thank-you draft was sent before that evening.

``Plan.next_due`` is the earliest future moment at which replanning would emit something new
(an interview's end, a check-in draft's time), so the daemon can sleep until then. The
reminders themselves are calendar items: their own times need no wake-up.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import defaultdict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime

from interview_sync.core.model import (
    Action,
    CancelReminder,
    DraftKind,
    InboundMessage,
    Interview,
    LedgerEntry,
    LedgerStatus,
    MarkDone,
    Plan,
    PlanSettings,
    ReminderKind,
    Step,
    UpsertDraft,
    UserNotes,
    WriteReminder,
    check_aware,
    stable_hash,
)
from interview_sync.core.plan.groups import earlier_wishes, later_rounds, reference_briefs
from interview_sync.core.plan.items import (
    action_key,
    company_group,
    effective_timeline,
    finish_of,
    label,
    times_for,
    who,
)
from interview_sync.core.plan.steps import (
    REMINDER,
    TASK,
    Item,
    items_for,
    main_contact,
    people_to_thank,
)
from interview_sync.core.replies import heard_back, normalise_address
from interview_sync.errors import UnsafePlan

__all__ = ["MAX_NEW_DRAFTS", "action_key", "effective_timeline", "heard_back", "plan"]

# One event asking for more thank-yous than this is a crowd (an all-hands, a career fair that
# slipped past detection), not an interview: its thank-yous wait for `--force`.
MAX_PEOPLE_PER_INTERVIEW = 25
_THANK_KINDS = frozenset({DraftKind.THANK_INTERVIEWER, DraftKind.THANK_HIRING_MANAGER,
                          DraftKind.THANK_SUPPORT})
MAX_NEW_DRAFTS = 200  # more new drafts than this in one cycle is a bug or a surprise, not a week

_LIVE = frozenset({LedgerStatus.DONE, LedgerStatus.PENDING, LedgerStatus.FAILED})
_SETTLED = frozenset({LedgerStatus.EDITED, LedgerStatus.VANISHED, LedgerStatus.CANCELLED,
                      LedgerStatus.COMPLETED})
_OWN_LABELS = frozenset({"SENT", "DRAFT"})

def _decide(item: Item, entry: LedgerEntry | None, *, now: datetime,
            horizon: datetime) -> Action | None:
    """The decision table: what to do about one key, given what the ledger knows of it."""
    action = item.action
    status = entry.status if entry is not None else None
    if item.retract:
        # The user's changes and earlier settlements stand, whatever the reason to withdraw.
        if status in _SETTLED:
            return None
        # A reminder that is (or may be) in the calendar is marked cancelled there.
        if isinstance(action, WriteReminder) and status in _LIVE:
            return CancelReminder(key=action.key, interview=action.interview, due=now,
                                  content_hash=stable_hash("cancel", action.key, item.retract),
                                  kind=action.kind, reason=item.retract)
        # A draft or note that exists is the user's to review: never deleted behind their back.
        if status is LedgerStatus.DONE:
            return None
        # Started but not confirmed: settle it without touching anything outside.
        if status is not None:
            return _mark_cancelled(action, now, item.retract)
        # Never acted on: settle it for good only when the reason cannot go away (a reply came,
        # a later round exists); a cancelled interview may be restored, so leave it open.
        return _mark_cancelled(action, now, item.retract) if item.permanent else None
    # Edited by the user, sent/deleted by the user, or retracted earlier: never touched again.
    if status in _SETTLED:
        return None
    if now < action.due:
        # Not due yet; only a reminder already written follows a reschedule at once, so the
        # calendar never shows the old date.
        if (item.kind == "reminder" and entry is not None and status in _LIVE
                and entry.content_hash != action.content_hash):
            return dataclasses.replace(action, due=now)
        return None
    # Never done: create it, unless it fell due longer ago than the backfill reaches.
    if entry is None:
        return action if item.since >= horizon else None
    # Made once (the note, a LinkedIn prompt): done is done, whatever changed since.
    if item.once and status is LedgerStatus.DONE:
        return None
    # Done with the same inputs: nothing to do.
    if status is LedgerStatus.DONE and entry.content_hash == action.content_hash:
        return None
    # A reminder whose moment has passed did its job: rewriting it would only churn the calendar.
    if status is LedgerStatus.DONE and item.stale_after is not None and item.stale_after <= now:
        return None
    # Done with other inputs (new notes, a reschedule): update what exists.
    if status is LedgerStatus.DONE:
        return action
    # Pending (outcome unknown) or failed: emit again; the engine finds its own draft or file,
    # so a pending create is never made twice.
    return action


def _decide_all(items: Sequence[Item], ledger: Mapping[str, LedgerEntry], *, now: datetime,
                horizon: datetime, upcoming: list[datetime]) -> list[Action]:
    """The decision table over one interview's items; what is not due yet joins ``upcoming``."""
    decided: list[Action] = []
    for item in items:
        entry = ledger.get(item.action.key)
        action = _decide(item, entry, now=now, horizon=horizon)
        if action is not None:
            decided.append(action)
        elif (now < item.action.due and not item.retract
              and (entry is None or entry.status not in _SETTLED)):
            upcoming.append(item.action.due)
    return decided


def _mark_cancelled(action: Action, now: datetime, reason: str) -> MarkDone:
    return MarkDone(key=action.key, content_hash=action.content_hash, interview=action.interview,
                    due=now, status=LedgerStatus.CANCELLED, reason=reason)


# --------------------------------------------------------------------------- the whole plan


def plan(interviews: Sequence[Interview], *, notes: Mapping[str, UserNotes],
         ledger: Mapping[str, LedgerEntry], now: datetime, settings: PlanSettings,
         inbox: Sequence[InboundMessage] = (), first_seen: Mapping[str, datetime] | None = None,
         force: bool = False, max_new_drafts: int = MAX_NEW_DRAFTS) -> Plan:
    """The actions due at ``now`` (oldest first) and when to look again.

    Pass every interview the engine knows, old ones included: earlier interviews with the same
    company supply carried-forward notes and decide who has been briefed. Raises ``UnsafePlan``
    when more than ``max_new_drafts`` drafts would be created, unless ``force``.
    """
    check_aware(now, "now")
    horizon = now - settings.backfill
    seen = first_seen or {}
    ordered = _dedupe(interviews)
    finishes = {iv.key: finish_of(iv, settings) for iv in ordered}
    thanked = _KeysUnder(ledger)
    touched = {iv.key for iv in ordered if _touched(iv, ledger, settings, thanked)}
    due = [iv for iv in ordered if _planned(iv, finishes[iv.key], iv.key in touched, now=now,
                                            horizon=horizon)]
    groups = _by_company(_grouped(ordered, due, touched, notes))
    earlier = earlier_wishes(groups, notes)
    briefs = reference_briefs(groups, finishes, ledger, settings, now=now, horizon=horizon)
    later = later_rounds(groups)
    replies = _Replies(inbox, settings.user_email) if settings.reply_detection else None

    actions: list[Action] = []
    notices: list[str] = []
    upcoming: list[datetime] = []
    upcoming += [finishes[iv.key] for iv in ordered
                 if not iv.cancelled and now < finishes[iv.key]]
    for iv in due:
        finish = finishes[iv.key]
        first = seen.get(iv.key)
        user_notes = notes.get(iv.key)
        timeline = effective_timeline(iv, user_notes, settings)
        retract_checkin, permanent = ("", False) if iv.cancelled else _checkin_moot(
            iv, ledger, later, replies, tasks=settings.tasks)
        items = items_for(
            iv, times=times_for(iv, settings, timeline,
                                first if first is not None and first > finish else None),
            timeline=timeline, notes=user_notes, ledger=ledger, settings=settings,
            earlier=earlier.get(iv.key, ()), briefs=briefs.get(iv.key, ()), now=now,
            retract_checkin=retract_checkin, permanent=permanent)
        mine = _decide_all(items, ledger, now=now, horizon=horizon, upcoming=upcoming)
        held = _hold_crowd(iv, mine, ledger, force=force)
        if held:
            notices.append(held)
            mine = [a for a in mine if not _is_new_thank_you(a, ledger)]
        actions.extend(mine)
        if finish >= horizon:
            notices.extend(_notices(iv, ledger, settings))

    _check_safety(actions, ledger, force=force, limit=max_new_drafts)
    actions.sort(key=lambda a: (a.due, a.key, type(a).__name__))
    future = [t for t in upcoming if t > now]
    return Plan(actions=tuple(actions), next_due=min(future) if future else None,
                notices=tuple(dict.fromkeys(notices)))


def _planned(iv: Interview, finish: datetime, touched: bool, *, now: datetime,
             horizon: datetime) -> bool:
    """Whether the plan looks at ``iv``'s steps at all (the rest only wait for their end)."""
    if iv.cancelled and now < finish:
        return False  # cancelled before it happened: nothing at all
    if now < finish:
        return touched  # nothing is due before the end, unless something was written earlier
    # ended before the backfill reaches and never acted on: history
    return finish >= horizon or touched


def _grouped(ordered: Sequence[Interview], due: Sequence[Interview], touched: AbstractSet[str],
             notes: Mapping[str, UserNotes]) -> list[Interview]:
    """The interviews whose company the per-company choices (``groups``) can need, in order.

    Those choices are read only for the interviews planned (``due``), and they look at the
    same company's interviews with notes (wishes carried forward), with ledger entries or
    planned (reference briefings), and starting after a planned one ends (a later round). Any
    other interview's company changes no answer, so it is not read: an interview's company is
    found on first read (``core.lazy``), and a first sync of a calendar whose interviews are
    all ahead or long past plans nothing and reads none."""
    if not due:
        return []
    after = min(iv.end for iv in due)
    wanted = {iv.key for iv in due}
    return [iv for iv in ordered
            if iv.key in wanted or iv.key in touched or iv.key in notes or iv.start >= after]


def _by_company(ordered: Sequence[Interview]) -> dict[str, list[Interview]]:
    groups: dict[str, list[Interview]] = defaultdict(list)
    for iv in ordered:
        groups[company_group(iv)].append(iv)
    return groups


def _dedupe(interviews: Sequence[Interview]) -> list[Interview]:
    """One interview per key (the most recently updated copy), in (start, end, key) order."""
    chosen: dict[str, Interview] = {}
    for iv in interviews:
        other = chosen.get(iv.key)
        if other is None or _rank(iv) > _rank(other):
            chosen[iv.key] = iv
    return sorted(chosen.values(), key=lambda iv: (iv.start, iv.end, iv.key))


def _rank(iv: Interview) -> tuple[str, str]:
    return (iv.updated or "", stable_hash(iv))


class _KeysUnder:
    """The ledger's keys in order, to ask whether any starts with a prefix (sorted once, when
    first asked)."""

    def __init__(self, ledger: Mapping[str, LedgerEntry]) -> None:
        self.ledger = ledger
        self.keys: list[str] | None = None

    def any(self, prefix: str) -> bool:
        if self.keys is None:
            self.keys = sorted(self.ledger)
        at = bisect.bisect_left(self.keys, prefix)
        return at < len(self.keys) and self.keys[at].startswith(prefix)


def _touched(iv: Interview, ledger: Mapping[str, LedgerEntry], settings: PlanSettings,
             thanked: _KeysUnder) -> bool:
    """Has anything for this interview ever been recorded? (Cheap: no hashing; its people,
    found on first read (``core.lazy``), are read only when the ledger holds a thank-you key
    under the interview's.)"""
    if not ledger:
        return False
    probes = [action_key(iv.key, Step.ASSESS), action_key(iv.key, Step.CHECKIN)]
    probes += [action_key(iv.key, step, kind) for kind in ReminderKind for step in (REMINDER, TASK)]
    probes += [action_key(iv.key, Step.REFERENCES, r.email.lower()) for r in settings.references]
    if any(k in ledger for k in probes):
        return True
    return thanked.any(action_key(iv.key, Step.THANK) + "/") and any(
        action_key(iv.key, Step.THANK, who(p)) in ledger for p in iv.people)


class _Replies:
    """The inbox, sorted once, so each interview only scans mail received after it ended."""

    def __init__(self, inbox: Sequence[InboundMessage], me: str) -> None:
        mine = normalise_address(me)
        kept = [m for m in inbox
                if not (m.labels & _OWN_LABELS) and normalise_address(m.sender) != mine]
        # A total order, so the plan never depends on the order the adapter listed the mail
        # in, even for two messages with one id and one time (Hypothesis found that tie).
        self.messages = sorted(kept, key=lambda m: (m.received, m.message_id, m.sender,
                                                   m.thread_id or "", sorted(m.labels)))
        self.times = [m.received for m in self.messages]
        self.me = me

    def first_after(self, iv: Interview) -> InboundMessage | None:
        tail = self.messages[bisect.bisect_right(self.times, iv.end):]
        return heard_back(iv, tail, me=self.me) if tail else None


def _checkin_moot(iv: Interview, ledger: Mapping[str, LedgerEntry],
                  later: Mapping[str, Interview], replies: _Replies | None, *,
                  tasks: bool = False) -> tuple[str, bool]:
    """Why the check-in is no longer needed ("" if it is), and whether that is for good."""
    keys = (action_key(iv.key, Step.CHECKIN), action_key(iv.key, REMINDER, ReminderKind.CHECKIN),
            *([action_key(iv.key, TASK, ReminderKind.CHECKIN)] if tasks else []))
    if all(k in ledger and ledger[k].status in _SETTLED for k in keys):
        return "", False  # both settled: nothing to decide (and no inbox scan)
    if replies is not None:
        reply = replies.first_after(iv)
        if reply is not None:
            return (f"heard back: mail from {reply.sender} on "
                    f"{reply.received.date().isoformat()}"), True
    nxt = later.get(iv.key)
    if nxt is not None:
        return (f"a later interview with {nxt.company or 'them'} is on the calendar "
                f"({nxt.start.date().isoformat()})"), True
    return "", False


def _notices(iv: Interview, ledger: Mapping[str, LedgerEntry],
             settings: PlanSettings) -> list[str]:
    """What the user should know about a recent interview (shown by ``status``)."""
    head = f"{label(iv)} ({iv.start.date().isoformat()})"
    me = normalise_address(settings.user_email)
    people = people_to_thank(iv, me)
    found: list[str] = []
    if iv.cancelled:
        drafts = [action_key(iv.key, Step.THANK, who(p)) for p in people if p.email]
        drafts += [action_key(iv.key, Step.REFERENCES, r.email.lower())
                   for r in settings.references]
        drafts.append(action_key(iv.key, Step.CHECKIN))
        made = {LedgerStatus.DONE, LedgerStatus.EDITED, LedgerStatus.PENDING}
        if any(k in ledger and ledger[k].status in made for k in drafts):
            found.append(f"{head}: interview cancelled after drafts were made — review them in "
                         "Gmail")
        return found
    for p in people:
        if not p.email:
            found.append(f"{head}: no thank-you draft for {p.name or 'someone'}: the invite "
                         "has no email address for them")
    if people and main_contact(people) is None:
        found.append(f"{head}: no check-in draft: nobody on the invite has an email address")
    return found


def _is_new_thank_you(action: Action, ledger: Mapping[str, LedgerEntry]) -> bool:
    return (isinstance(action, UpsertDraft) and action.key not in ledger
            and action.kind in _THANK_KINDS)


def _hold_crowd(iv: Interview, actions: Sequence[Action], ledger: Mapping[str, LedgerEntry], *,
                force: bool) -> str:
    """A notice when one event would thank a crowd; its thank-yous are then held.

    Per interview, not per cycle: one company-wide event with a thousand guests must not stop
    the drafts of every real interview in the same cycle (invariant 6).
    """
    crowd = sum(1 for a in actions if _is_new_thank_you(a, ledger))
    if force or crowd <= MAX_PEOPLE_PER_INTERVIEW:
        return ""
    return (f"{iv.company or iv.title or iv.key} ({iv.start:%Y-%m-%d}) has {crowd} people to "
            f"thank, more than the {MAX_PEOPLE_PER_INTERVIEW} any real interview has: no "
            "thank-you drafts were made for it. If it really was an interview, run "
            "`interview-sync sync --once --force`.")


def _check_safety(actions: Sequence[Action], ledger: Mapping[str, LedgerEntry], *,
                  force: bool, limit: int) -> None:
    new = sum(1 for a in actions if isinstance(a, UpsertDraft) and a.key not in ledger)
    if new > limit and not force:
        raise UnsafePlan(
            f"this cycle would create {new} new Gmail drafts (the limit is {limit}); that is "
            "more than a person's interviews explain",
            remedy="check the calendars and `backfill` in config.toml, preview with "
                   "`interview-sync sync --dry-run`, and if it is right run "
                   "`interview-sync sync --once --force`")
