"""The demo's sample fortnight: a calendar a job seeker could really have, relative to ``now``.

Owns: ``sample_fortnight(now)`` (an emulator seed: several interviews of different kinds and
from different scheduling tools, one with a hidden guest list and an HTML schedule, one in
Spanish, plus distractors: the user on an interview panel at their current job, a mock interview,
a prep block, a podcast), and ``organiser_changes(now)`` (what the organisers do between the
demo's two cycles: one interview moves, one is cancelled, an employer writes first).
Pure data: no I/O, no clock.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

__all__ = ["DEMO_ME", "DEMO_NAME", "DEMO_REFERENCES", "organiser_changes", "sample_fortnight"]

DEMO_ME = "pat.lee@example.com"
DEMO_NAME = "Pat Lee"
DEMO_REFERENCES = (
    {"name": "Morgan Reyes", "email": "morgan.reyes@example.org",
     "relationship": "my manager at Initrode, 2021-2024"},
)
_ZONE = "America/Chicago"


def _at(now: datetime, days: int, hour: int, minute: int = 0) -> datetime:
    zone = ZoneInfo(_ZONE)
    local_day = now.astimezone(zone).date() + timedelta(days=days)
    return datetime.combine(local_day, time(hour, minute), tzinfo=zone)


def _event(event_id: str, summary: str, start: datetime, minutes: int, *,
           attendees: list[dict[str, Any]], organizer: dict[str, Any] | None = None,
           description: str = "", location: str = "", **extra: Any) -> dict[str, Any]:
    me = {"email": DEMO_ME, "self": True, "responseStatus": "accepted"}
    end = start + timedelta(minutes=minutes)
    body: dict[str, Any] = {
        "kind": "calendar#event", "id": event_id, "status": "confirmed", "summary": summary,
        "start": {"dateTime": start.isoformat(), "timeZone": _ZONE},
        "end": {"dateTime": end.isoformat(), "timeZone": _ZONE},
        "organizer": organizer or {"email": DEMO_ME, "self": True},
        "attendees": [me, *attendees], "iCalUID": f"{event_id}@google.com", "sequence": 0,
        "eventType": "default",
    }
    if description:
        body["description"] = description
    if location:
        body["location"] = location
    body.update(extra)
    return body


def _who(email: str, name: str) -> dict[str, Any]:
    return {"email": email, "displayName": name}


def _guest(email: str, name: str = "", status: str = "accepted", **extra: Any) -> dict[str, Any]:
    guest: dict[str, Any] = {"email": email, "responseStatus": status}
    if name:
        guest["displayName"] = name
    guest.update(extra)
    return guest


def sample_fortnight(now: datetime) -> dict[str, Any]:
    """An emulator seed: ``{"me": ..., "events": [...], "messages": [...]}``."""
    events = [
        _event("demo0northwind", "Pat Lee - Phone Screen - Data Engineer", _at(now, -9, 10), 30,
               organizer=_who("kim.ng@northwind.example", "Kim Ng"),
               attendees=[_guest("kim.ng@northwind.example", "Kim Ng"),
                          _guest("no-reply@greenhouse.io", "Greenhouse")],
               description=("<p>Hi Pat, thanks for applying to Northwind Traders!</p>"
                            "<p>Kim (Technical Recruiter) will walk you through the role. "
                            "We'll get back to you within a week of the call.</p>"
                            "<p>Join Zoom: https://zoom.us/j/4155550123 (ID 415 555 0123, "
                            "passcode 998877)</p>")),
        _event("demo0contoso", "Contoso | Onsite interview loop - Senior Data Engineer",
               _at(now, -6, 9), 180,
               organizer=_who("scheduling@contoso.example", "Contoso Scheduling"),
               attendees=[_guest("amy.diaz@contoso.example", "Amy Diaz"),
                          _guest("raj.iyer@contoso.example", "Raj Iyer", status="declined"),
                          _guest("lee.chen@contoso.example", "Lee Chen"),
                          _guest("c_42@resource.calendar.google.com", "Room 4 (Lakeview)",
                                 resource=True),
                          _guest("sam.ortiz@contoso.example",
                                 "Sam Ortiz (Recruiting Coordinator)")],
               description=("<b>Schedule</b><ul>"
                            "<li>9:00 Amy Diaz, Hiring Manager: team and roadmap</li>"
                            "<li>10:00 Lee Chen, Staff Engineer: system design</li>"
                            "<li>11:00 Lunch with the team</li></ul>"
                            "<p>Next steps: we aim to make a decision within 5 business days.</p>"),
               location="Contoso HQ, 500 Lake Shore Dr, Chicago"),
        _event("demo0fabrikam", "Technical Interview: Pat Lee (Fabrikam)", _at(now, -3, 14), 60,
               organizer=_who("talent@fabrikam.example", "Fabrikam Talent"),
               attendees=[_guest("jordan.blake@fabrikam.example", "Jordan Blake"),
                          _guest("talent@fabrikam.example", "Fabrikam Talent")],
               description="Coding exercise in CoderPad. You'll hear from us in one to two weeks."),
        _event("demo0globex", "Globex - Final Round", _at(now, 2, 11), 90,
               organizer=_who("hr@globex.example", "Globex HR"),
               attendees=[_guest("hank.scorpio@globex.example", "Hank Scorpio")]),
        _event("demo0umbrella", "Interview with Umbrella Corp", _at(now, -2, 15), 45,
               organizer=_who("recruiting@umbrella.example", "Umbrella Recruiting"),
               attendees=[], guestsCanSeeOtherGuests=False,
               description=("<p>Your panel:</p><table>"
                            "<tr><td>3:00 - 3:45 PM</td><td>Alice Wong, Engineering Manager "
                            "(alice.wong@umbrella.example)</td></tr>"
                            "<tr><td></td><td>Bo Park, Senior Engineer (bo.park@umbrella.example)"
                            "</td></tr></table>"
                            "<p>Expect to hear back by the end of next week.</p>")),
        _event("demo0wingtip", "Entrevista - Wingtip Toys - Analista de Datos", _at(now, -1, 9), 45,
               organizer=_who("lucia.garcia@wingtiptoys.example", "Lucía García"),
               attendees=[_guest("lucia.garcia@wingtiptoys.example", "Lucía García")]),
        _event("demo0initech", "Initech HM screen - Analytics Engineer", _at(now, 1, 13), 30,
               organizer=_who("bill.lumbergh@initech.example", "Bill Lumbergh"),
               attendees=[_guest("bill.lumbergh@initech.example", "Bill Lumbergh")]),
        # A bare booking-page title with one outside company and no hiring word: detection is
        # unsure, so the demo shows the "Was this an interview?" question and its confirmation.
        _event("demo0tailspin", "30 Minute Meeting between Pat Lee and Dana Cho",
               _at(now, -2, 11), 30, organizer=_who("dana.cho@tailspin.example", "Dana Cho"),
               attendees=[_guest("dana.cho@tailspin.example", "Dana Cho")],
               description="Powered by Calendly.com"),
        # Distractors: none of these is an interview the user attends as a candidate.
        _event("demo0panel", "Interviewing: Jamie Fox for SRE (you are on the panel)",
               _at(now, -4, 13), 60, organizer={"email": "talent@initrode.example"},
               attendees=[_guest("jamie.fox@gmail.com", "Jamie Fox")]),
        _event("demo0mock", "Mock interview with mentor", _at(now, -8, 18), 60,
               attendees=[_guest("mentor@gmail.com", "Riley Mentor")]),
        _event("demo0prep", "Prep: Contoso onsite", _at(now, -7, 19), 60, attendees=[]),
        _event("demo0podcast", "Podcast interview: Data Talks ep. 41", _at(now, -5, 16), 60,
               organizer=_who("host@datatalks.example", "Data Talks"),
               attendees=[_guest("host@datatalks.example", "Casey Host")]),
    ]
    return {"me": DEMO_ME, "events": events, "messages": []}


def organiser_changes(now: datetime) -> dict[str, Any]:
    """What changes between the demo's two cycles (applied through the emulator's controls)."""
    moved_start = _at(now, -3, 16)
    return {
        "move": {"demo0fabrikam": {
            "start": {"dateTime": moved_start.isoformat(), "timeZone": _ZONE},
            "end": {"dateTime": (moved_start + timedelta(minutes=60)).isoformat(),
                    "timeZone": _ZONE}}},
        "cancel": ["demo0globex"],
        "reply": {"sender": "kim.ng@northwind.example", "subject": "Re: Thank you",
                  "body": "Hi Pat, great news: we'd like to invite you to the next round.",
                  "date": (now - timedelta(hours=2)).isoformat()},
    }
