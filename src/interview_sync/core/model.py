"""The data every layer shares: frozen, slotted, keyword-only dataclasses and nothing else.

Owns: ``Person``, ``Interview``, ``Timeline``, ``Reference``, ``PersonNotes``, ``UserNotes``,
``InboundMessage``, ``LedgerEntry``, ``PlanSettings`` and the ``Action`` union the planner returns
(``WriteNote``, ``AppendNote``, ``UpsertDraft``, ``WriteReminder``, ``CancelReminder``,
``MarkDone``).

Rules kept here so that every module agrees on them:

* Every ``datetime`` is timezone-aware (``check_aware`` enforces it in constructors).
* An interview's identity (``Interview.key``) is stable across reschedules and calendars: the
  event's iCalUID plus, for one instance of a recurring series, its original start.
* Every action has a stable ``key`` (interview key + step + person) and a ``content_hash`` of the
  inputs it would be rendered from: same key + same hash means "already done, do nothing";
  same key + new hash means "update what exists, if the user has not touched it".

No I/O, no clock, no Google JSON here: parsing API dicts is ``detect``'s job.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Literal

__all__ = [
    "Action",
    "AppendNote",
    "CancelReminder",
    "DraftKind",
    "InboundMessage",
    "Interview",
    "LedgerEntry",
    "LedgerStatus",
    "MarkDone",
    "Person",
    "PersonNotes",
    "PersonRole",
    "PlanSettings",
    "Reference",
    "ReminderKind",
    "Step",
    "Timeline",
    "UpsertDraft",
    "UserNotes",
    "WriteNote",
    "WriteReminder",
    "check_aware",
    "stable_hash",
]

PersonRole = Literal["interviewer", "support"]

# Words that mark a display name as a shared mailbox, not a person: nobody is greeted
# "Hi Contoso" or "Hi Talent".
_TEAM_WORDS = frozenset({
    "scheduling", "scheduler", "recruiting", "recruitment", "talent", "team", "hr", "careers",
    "people", "hiring", "staffing", "interviews", "calendar", "no-reply", "noreply",
    "acquisition", "operations", "ops",
})
_PARENTHETICAL = re.compile(r"\([^)]*\)")


def check_aware(value: datetime, what: str) -> datetime:
    """Return ``value`` unchanged, or raise ``ValueError`` if it has no time zone."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got naive {value.isoformat()}")
    return value


def stable_hash(*parts: object) -> str:
    """A short, deterministic hash of JSON-able parts (dates become ISO strings).

    Used for content hashes and derived identifiers; the same inputs give the same hash on every
    run, machine and Python version.
    """
    blob = _ENCODER.encode(parts)
    # "surrogatepass": a lone surrogate (JSON allows "\ud800" in an invite) still hashes; every
    # other text encodes exactly as with plain UTF-8, so no existing hash changes.
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _json_default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(value, key=str)
    if hasattr(value, "__dataclass_fields__"):
        return {name: getattr(value, name) for name in value.__dataclass_fields__}
    raise TypeError(f"not hashable as JSON: {type(value).__name__}")


# ``json.dumps(parts, sort_keys=True, default=_json_default, ensure_ascii=False)``, made once:
# ``dumps`` builds a new encoder for every call with options, and the planner hashes ~200 items
# on every idle poll. The encoder keeps no state between calls (safe from several threads).
_ENCODER = json.JSONEncoder(sort_keys=True, default=_json_default, ensure_ascii=False)


# --------------------------------------------------------------------------- people and events


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """Someone the candidate met (or who arranged the meeting) and should thank."""

    email: str  # lower-cased; "" only when the schedule named someone without an address
    name: str  # display name, else derived from the address, else from the schedule
    role: PersonRole = "interviewer"
    hiring_manager: bool = False
    title: str | None = None  # their job title when the invite or schedule states it

    @property
    def is_team_account(self) -> bool:
        """A shared mailbox ("Contoso Scheduling", "Globex HR") rather than a person."""
        personal = _PARENTHETICAL.sub(" ", self.name).casefold().split()
        return any(word.strip(".,:;-") in _TEAM_WORDS for word in personal)

    @property
    def first_name(self) -> str:
        """The name to greet them by ("Hi Kim"); "" for a team mailbox, which has none."""
        if self.is_team_account:
            return ""
        parts = _PARENTHETICAL.sub(" ", self.name).split()
        return parts[0] if parts else self.name


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline:
    """What the employer promised about when they would respond.

    ``respond_by`` is the last day by which they said they would respond or decide, in the
    reference's time zone; ``earliest`` is the first day of a stated window ("early next week")
    when there was one; ``phrase`` is the employer's own words.
    """

    respond_by: date
    phrase: str
    earliest: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Interview:
    """A calendar event the user attends as a candidate, as ``detect`` understood it."""

    key: str  # stable identity: see the module docstring
    event_id: str
    calendar_id: str = "primary"
    title: str
    company: str | None
    role: str | None  # the job ("Data Engineer")
    stage: str | None  # "phone screen", "onsite", "final round", ...
    start: datetime
    end: datetime
    all_day: bool = False
    timezone: str = "UTC"  # IANA name the event was scheduled in
    description: str = ""  # plain text (HTML stripped), bounded in size
    location: str | None = None
    organizer_email: str | None = None
    people: tuple[Person, ...] = ()
    reasons: tuple[str, ...] = ()  # why detect thinks this is an interview, for humans
    cancelled: bool = False  # set by the engine when a known interview is cancelled or declined
    updated: str | None = None  # the event's `updated` stamp, for status displays
    # How sure detection is (a calibrated probability, see ``detect.confidence``), and whether
    # that is too unsure to act on: an unsure interview gets its note and a "Was this an
    # interview?" reminder, never drafts, until the user confirms it.
    confidence: float = 1.0
    unsure: bool = False

    def __post_init__(self) -> None:
        check_aware(self.start, "Interview.start")
        check_aware(self.end, "Interview.end")

    @property
    def interviewers(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.role == "interviewer")

    @property
    def support(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.role == "support")


# --------------------------------------------------------------------------- what the user wrote


@dataclass(frozen=True, slots=True, kw_only=True)
class Reference:
    """Someone who agreed to vouch for the user (from the config's ``[[references]]``)."""

    name: str
    email: str
    relationship: str = ""

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0] if parts else self.name


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonNotes:
    """The user's notes about one person, read back from the assessment note."""

    email: str
    topic: str | None = None  # what they discussed: mentioned in that person's thank-you
    concern: str | None = None  # what they worried about: answered in that person's thank-you


@dataclass(frozen=True, slots=True, kw_only=True)
class UserNotes:
    """What the user wrote in an interview's assessment note, as far as it could be read."""

    interview_key: str
    timeline_text: str | None = None  # their "next steps / timeline" answer; overrides the invite
    people: tuple[PersonNotes, ...] = ()
    wish_i_had_said: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()  # paths the user listed under "material to send"
    # One opaque stamp per listed file (size, mtime, inode, or why it is refused), filled in
    # by the engine from the material folder: a file added or changed there changes the
    # drafts' content hash, so they are looked at again.
    attachment_stamps: tuple[str, ...] = ()
    points_to_stress: tuple[str, ...] = ()  # for the reference briefing
    # the "Was this an interview?" box the user ticked: "confirm", "ignore", or None
    decision: str | None = None
    problems: tuple[str, ...] = ()  # what could not be read, for `status`

    def for_person(self, email: str) -> PersonNotes | None:
        wanted = email.lower()
        return next((p for p in self.people if p.email.lower() == wanted), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class InboundMessage:
    """Metadata of one message in the user's mailbox (reply detection; never the body)."""

    message_id: str
    sender: str  # lower-cased address
    received: datetime
    labels: frozenset[str] = frozenset()  # Gmail label ids: INBOX, SENT, DRAFT, ...
    thread_id: str | None = None

    def __post_init__(self) -> None:
        check_aware(self.received, "InboundMessage.received")


# --------------------------------------------------------------------------- the ledger


class LedgerStatus(StrEnum):
    """Where one action key stands. Only ``pending`` and ``failed`` are ever retried."""

    PENDING = "pending"  # intent recorded, outcome unknown (a crash or a lost response)
    DONE = "done"  # applied with the recorded content hash
    EDITED = "edited"  # the user changed what we wrote: never touch it again
    VANISHED = "vanished"  # the draft was sent or deleted by the user: never recreate it
    CANCELLED = "cancelled"  # retracted (e.g. the employer wrote first)
    FAILED = "failed"  # the last attempt failed; retried on a later cycle
    COMPLETED = "completed"  # the user ticked the task off in their to-do app: never touched again


@dataclass(frozen=True, slots=True, kw_only=True)
class LedgerEntry:
    """What the state ledger knows about one action key."""

    key: str
    content_hash: str
    status: LedgerStatus
    target: str | None = None  # draft id, file path, ...
    updated_at: datetime | None = None
    detail: str | None = None  # last error, for `status`


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanSettings:
    """The part of the configuration the core needs (no paths, no credentials)."""

    user_name: str
    user_email: str
    signature: str = ""
    references: tuple[Reference, ...] = ()
    holiday_country: str | None = None  # ISO 3166 code for business-day arithmetic
    holiday_subdivision: str | None = None  # state/province whose holidays also count
    default_response_business_days: int = 7  # when the employer stated no timeline
    backfill: timedelta = timedelta(days=7)  # how far back from `now` the first run may act
    evening_hour: int = 18  # local hour of the "send your thank-you notes" reminder
    checkin_hour: int = 9  # local hour of the check-in reminder
    reply_detection: bool = False
    timezone: str = "UTC"  # the user's own zone, for all-day interviews and reminders
    tasks: bool = False  # each reminder also as a to-do (its own key: <interview>/task/<kind>)


# --------------------------------------------------------------------------- actions


class Step(StrEnum):
    """The five things a candidate does after an interview, plus the check-in."""

    ASSESS = "assess"  # 1: the assessment note (also carries 2: contacts and next steps)
    THANK = "thank"  # 3: per-person thank-you drafts
    LINKEDIN = "linkedin"  # 4: a LinkedIn prompt per interviewer
    REFERENCES = "references"  # 5: reference briefings
    CHECKIN = "checkin"  # the business day after the employer's date


class DraftKind(StrEnum):
    THANK_INTERVIEWER = "thank_interviewer"
    THANK_HIRING_MANAGER = "thank_hiring_manager"
    THANK_SUPPORT = "thank_support"
    REFERENCE_BRIEF = "reference_brief"
    CHECKIN = "checkin"


class ReminderKind(StrEnum):
    ASSESS = "assess"  # "write your assessment" at the interview's end
    SEND_THANKS = "send_thanks"  # "send your thank-you notes" that evening
    CHECKIN = "checkin"  # "check in with <company>" the business day after their date
    BRIEF_REFERENCES = "brief_references"
    CONFIRM = "confirm"  # "Was this an interview?": detection was unsure, nothing drafted yet


@dataclass(frozen=True, slots=True, kw_only=True)
class _ActionBase:
    key: str
    content_hash: str
    interview: Interview
    due: datetime  # when it became (or becomes) due; apply does them oldest first


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteNote(_ActionBase):
    """Create the interview's assessment note, once. ``covers`` are LinkedIn keys it includes."""

    notes_from_earlier: tuple[str, ...] = ()  # "wish I had said" carried from the same company
    timeline: Timeline | None = None
    covers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class AppendNote(_ActionBase):
    """Append a clearly marked section to an existing note (e.g. a person added later)."""

    person: Person | None = None
    section: Literal["linkedin"] = "linkedin"


@dataclass(frozen=True, slots=True, kw_only=True)
class UpsertDraft(_ActionBase):
    """Create (or update, if the user has not edited it) one Gmail draft to one person."""

    kind: DraftKind
    person: Person | None = None  # the recipient for thank-yous and check-ins
    reference: Reference | None = None  # the recipient for a reference briefing
    notes: UserNotes | None = None
    timeline: Timeline | None = None

    @property
    def recipient_email(self) -> str:
        if self.reference is not None:
            return self.reference.email
        return self.person.email if self.person is not None else ""


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteReminder(_ActionBase):
    """Write or update one ``.ics`` reminder (one VEVENT in its own file)."""

    kind: ReminderKind
    at: datetime | None = None  # a timed reminder
    on: date | None = None  # an all-day reminder
    timeline: Timeline | None = None
    summary: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class CancelReminder(_ActionBase):
    """Mark a reminder we wrote as STATUS:CANCELLED (unless the user changed it)."""

    kind: ReminderKind
    reason: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class MarkDone(_ActionBase):
    """Record a key as settled without touching anything outside (e.g. a skipped draft)."""

    status: LedgerStatus = LedgerStatus.CANCELLED
    reason: str = ""


Action = WriteNote | AppendNote | UpsertDraft | WriteReminder | CancelReminder | MarkDone

Ledger = Mapping[str, LedgerEntry]


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """The planner's answer: what to do now, and when to look again at the latest."""

    actions: tuple[Action, ...] = ()
    next_due: datetime | None = None
    notices: tuple[str, ...] = field(default=())  # things the user should know (for `status`)
