"""The helpers the extraction tests share: an invitation as Google Calendar holds it, and whom
detection would thank for it.

The user is ``ME``; ``calendar_entry`` is an event the user is an accepted guest of, organised by
the given organiser (or by the user, ``SELF``), at the given times; ``make_event`` puts them on the guest list (accepted) beside the given
guests, with the organiser given (or the user, when none is); ``found`` is the interview detection
finds (it must find one), ``thanked`` the addresses, or names when there is no address, of the
people it would thank.
"""

from __future__ import annotations

from typing import Any

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.model import Interview

ME = "pat.lee@gmail.com"
SELF = {"email": ME, "self": True}


def calendar_entry(title: str, description: str = "", organizer: dict[str, Any] | None = None, *,
                   start: str, end: str, **extra: Any) -> dict[str, Any]:
    return {"summary": title, "description": description, "organizer": organizer or SELF,
            "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
            "start": {"dateTime": start}, "end": {"dateTime": end}, **extra}


def make_event(title: str, *, organizer: str = "", organizer_name: str = "",
               guests: tuple[tuple[str, str], ...] = (), description: str = "",
               location: str = "", hidden: bool = False) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": "x1", "summary": title, "description": description,
        "start": {"dateTime": "2026-06-10T15:00:00+02:00"},
        "end": {"dateTime": "2026-06-10T16:00:00+02:00"},
        "organizer": ({"email": organizer, "displayName": organizer_name} if organizer
                      else {"email": ME, "self": True}),
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                      *({"email": e, "displayName": n, "responseStatus": "accepted"}
                        for e, n in guests)],
    }
    if location:
        event["location"] = location
    if hidden:
        event["guestsCanSeeOtherGuests"] = False
    return event


def found(event: dict[str, Any]) -> Interview:
    result = detect_interview(event, ME)
    assert result is not None
    return result


def thanked(event: dict[str, Any]) -> set[str]:
    return {p.email or p.name for p in found(event).people}


def invite(summary: str, organizer: dict[str, str], guests: list[dict[str, str]] | None = None,
           description: str = "", location: str = "", *, day: str = "2027-06-08"
           ) -> dict[str, Any]:
    """An invitation with the organiser and guests as Google Calendar gives them (display names
    and all), the user on the list, from 10:00 to 11:00 (UTC+1) on ``day``."""
    return {"id": "e" + day.replace("-", ""), "summary": summary, "organizer": organizer,
            "attendees": [{"email": ME, "self": True}, *(guests or [])],
            "description": description, "location": location,
            "start": {"dateTime": f"{day}T10:00:00+01:00"},
            "end": {"dateTime": f"{day}T11:00:00+01:00"}}


def company_and_people(event: dict[str, Any]) -> tuple[str | None, list[str]]:
    """The company found and whom it would thank (addresses, or names without one), sorted."""
    interview = found(event)
    return interview.company, sorted(p.email or p.name for p in interview.people)


def names_of(drafts: list[Any]) -> list[str]:
    return [d.name for d in drafts]
