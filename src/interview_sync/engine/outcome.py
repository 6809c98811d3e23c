"""What applying one action produced, and the ledger apply records it in.

Owns ``Outcome`` (one action's result, for the log, ``status`` and the demo), the ``Ledger``
protocol (what apply needs from the state store: ``local.state.StateStore`` in production) and
the few words the draft steps and the rest of apply share.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from interview_sync.core.model import (
    Action,
    AppendNote,
    CancelReminder,
    LedgerEntry,
    LedgerStatus,
    UpsertDraft,
    WriteNote,
    WriteReminder,
)

__all__ = ["STEP_NAMES", "FileLedger", "HoldLike", "Ledger", "Outcome", "kind_of", "sha256",
           "who_for"]


class HoldLike(Protocol):
    @property
    def until(self) -> datetime | None: ...
    @property
    def content_hash(self) -> str | None: ...
    @property
    def reason(self) -> str: ...


class FileLedger(Protocol):
    """The ledger as the reminder and task files need it: read, then intent and outcome."""

    def ledger(self) -> dict[str, LedgerEntry]: ...
    def fingerprint(self, key: str) -> str | None: ...
    def fingerprints(self) -> dict[str, str]: ...
    def record_intent(self, key: str, content_hash: str, *, at: datetime,
                      target: str | None = None) -> None: ...
    def record_outcome(self, key: str, status: LedgerStatus, *, content_hash: str, at: datetime,
                       target: str | None = None, fingerprint: str | None = None,
                       detail: str | None = None) -> None: ...


class Ledger(FileLedger, Protocol):
    """What ``apply`` needs from the state store (``state.StateStore`` in production): the file
    ledger plus the holds (Gmail lockouts and refused drafts)."""

    def holds(self) -> Mapping[str, HoldLike]: ...
    def set_hold(self, scope: str, *, reason: str, at: datetime, until: datetime | None = None,
                 content_hash: str | None = None) -> None: ...
    def clear_hold(self, scope: str) -> None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What happened to one action."""

    key: str
    kind: str  # "note", "draft", "reminder", "mark"
    result: str  # created, updated, unchanged, found, edited, vanished, cancelled, failed, would
    target: str | None = None
    detail: str = ""
    summary: str = ""  # one line for people: "Draft to Kim Ng <kim@northwind.com>: Thank you ..."



STEP_NAMES = {"checkin": "check-in draft", "thank": "thank-you draft",
               "references": "reference briefing", "linkedin": "LinkedIn prompt",
               "assess": "assessment note", "reminder": "reminder"}


def who_for(action: Action) -> str:
    interview = action.interview
    return interview.company or interview.title or "this interview"



def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()



def kind_of(action: Action) -> str:
    if isinstance(action, WriteNote | AppendNote):
        return "note"
    if isinstance(action, UpsertDraft):
        return "draft"
    if isinstance(action, WriteReminder | CancelReminder):
        return "reminder"
    return "mark"

