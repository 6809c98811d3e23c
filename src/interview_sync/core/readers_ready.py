"""Builds the long-lived tables of detection and the timeline reader in one go.

Both readers build much on first use: the learned word table, lazily compiled patterns, the
extraction readers an interview sets going, a country's holidays. A daemon that builds them in
the middle of its first full sync interleaves them with that sync's short-lived objects (the
pages of events, their parsed JSON, the drafts' text), and the allocator cannot return the
pages they pin once the sync's garbage is freed: round 20 measured the soak's resident memory
at 80.9-81.0 MB that way against 77.3-77.6 MB with the tables built first
(``bench/proof_soak.py``; docs/architecture.md, "Speed and memory"). ``prepare`` runs one
made-up interview and one promise through both readers before the first sync; it is pure and
reads no clock (the engine passes ``now``), and the answers it gets are thrown away.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

__all__ = ["INVITE", "ME", "prepare"]

ME = "candidate@example.org"
# An invite with everything a real one sets going: a step in the title, the employer, an
# interviewer from the employer's domain, a scheduling mailbox, a call link and a promise.
INVITE: dict[str, Any] = {
    "id": "readers-ready", "status": "confirmed", "summary": "Onsite interview - Northwind",
    "description": ("Your onsite interview for the Analyst role at Northwind Traders.\n"
                    "Join: https://meet.google.com/abc-defg-hij\n"
                    "We'll get back to you within a week."),
    "location": "Northwind Traders, 1 Main Street",
    "organizer": {"email": "recruiting@northwind.example"},
    "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                  {"email": "kim.ng@northwind.example", "displayName": "Kim Ng",
                   "responseStatus": "accepted"}],
}


def prepare(now: datetime) -> None:
    """Run both readers once, so that their lazily built tables exist before a big sync."""
    from interview_sync.core.detect.confidence import assess_event
    from interview_sync.core.timeline.extract import extract_timeline

    invite = {**INVITE, "start": {"dateTime": now.isoformat()},
              "end": {"dateTime": now.isoformat()}}
    assess_event(invite, ME)
    extract_timeline(str(invite["description"]), now)
