"""The variables each kind of template sees, built from model objects in one place.

Owns: ``mail_context`` (thank-yous, reference briefing, check-in, LinkedIn note), ``note_context``
(the assessment note), ``section_context`` (a section appended to a note later), and the sample
contexts ``render.templates`` validates every template against. Real and sample contexts come from
the same builders, so a template that renders against the samples can only fail at run time on a
branch the samples do not reach; the samples are chosen "everything filled in" and "nothing known"
to reach both sides of every ``{% if %}`` the defaults use.

All values are ``str``, ``bool``, lists of ``str`` or lists of small ``dict``; missing facts are
``""`` or ``[]`` (never ``None``), so a template writes ``{% if topic %}``, not ``is not none``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from interview_sync.core.model import (
    DraftKind,
    Interview,
    Person,
    PersonNotes,
    PlanSettings,
    Reference,
    Timeline,
    UserNotes,
)
from interview_sync.render.words import (
    clause,
    format_date,
    format_time,
    join_names,
    single_line,
)

__all__ = [
    "CONTEXT_KINDS",
    "NOTE_FORMAT",
    "Context",
    "linkedin_search_url",
    "mail_context",
    "note_context",
    "person_entry",
    "sample_contexts",
    "section_context",
    "zone",
]

Context = dict[str, Any]
NOTE_FORMAT = "interview-sync note v2"  # the note header names it: notes with inert invite text


def zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _local(moment: datetime, tz_name: str) -> datetime:
    tz = zone(tz_name)
    return moment.astimezone(tz) if tz is not None else moment


def linkedin_search_url(person: Person, company: str | None) -> str:
    """A LinkedIn people search for this person at this company (no scraping, just a link)."""
    from urllib.parse import urlencode

    words = " ".join(w for w in (person.name, company or "") if w).strip()
    return "https://www.linkedin.com/search/results/people/?" + urlencode({"keywords": words})


def _job(interview: Interview) -> str:
    role = single_line(interview.role or "")
    return f"the {role} role" if role else "the role"


def _base(interview: Interview, settings: PlanSettings) -> Context:
    start = _local(interview.start, interview.timezone)
    user_name = single_line(settings.user_name)
    return {
        "user_name": user_name,
        "user_first_name": user_name.split()[0] if user_name else "",
        "signature": settings.signature.strip() or user_name,
        "company": single_line(interview.company or ""),
        "role": single_line(interview.role or ""),
        "stage": single_line(interview.stage or ""),
        "job": _job(interview),
        "interview_day": format_date(start.date()).split()[0],
        "interview_date": format_date(start.date(), year=False),
    }


def mail_context(*, kind: str, interview: Interview, settings: PlanSettings,
                 person: Person | None = None, reference: Reference | None = None,
                 notes: UserNotes | None = None, timeline: Timeline | None = None,
                 attachments: tuple[str, ...] = ()) -> Context:
    """What every mail-like template (and the LinkedIn note) may use."""
    recipient_name = single_line(reference.name if reference else (person.name if person else ""))
    first = single_line(reference.first_name if reference else
                        (person.first_name if person else ""))
    mine = notes.for_person(person.email) if (notes and person and person.email) else None
    manager = next((single_line(p.name) for p in interview.interviewers if p.hiring_manager), "")
    respond_by = format_date(timeline.respond_by, year=False) if timeline else ""
    call_window = (f"before {respond_by}" if respond_by else "over the next couple of weeks")
    ctx = _base(interview, settings)
    ctx.update({
        "kind": kind,
        "recipient_name": recipient_name,
        # A team mailbox is greeted as the team ("Hi Contoso team"), never by the company name
        # alone as if it were a person.
        "first_name": first or (f"{single_line(interview.company)} team"
                                if person is not None and interview.company else "there"),
        "recipient_title": (person.title or "") if person else "",
        "relationship": reference.relationship if reference else "",
        "topic": clause(mine.topic) if mine else "",
        "concern": clause(mine.concern) if mine else "",
        "interviewers": [single_line(p.name) for p in interview.interviewers],
        "interviewer_names": join_names(single_line(p.name) for p in interview.interviewers),
        "hiring_manager": manager,
        "points_to_stress": [clause(p) for p in (notes.points_to_stress if notes else ())],
        "timeline_phrase": clause(timeline.phrase) if timeline else "",
        "respond_by": respond_by,
        "call_window": call_window,
        "attachments": list(attachments),
    })
    return ctx


def person_entry(person: Person, interview: Interview, linkedin_note: str = "") -> dict[str, str]:
    labels = ["hiring manager" if person.hiring_manager else person.role]
    return {
        "name": single_line(person.name) or person.email,
        "first_name": single_line(person.first_name),
        "email": single_line(person.email),
        "title": single_line(person.title or ""),
        "role_label": ", ".join(labels),
        # A team mailbox has no LinkedIn profile to look for.
        "linkedin_url": "" if person.is_team_account else linkedin_search_url(
            person, interview.company),
        "linkedin_note": single_line(linkedin_note),
    }


def note_context(*, interview: Interview, settings: PlanSettings, timeline: Timeline | None,
                 notes_from_earlier: tuple[str, ...],
                 linkedin_notes: Mapping[str, str]) -> Context:
    start = _local(interview.start, interview.timezone)
    end = _local(interview.end, interview.timezone)
    ctx = _base(interview, settings)
    heading = " — ".join(x for x in (interview.company, interview.role) if x) or interview.title
    ctx.update({
        "key": interview.key,
        "format": NOTE_FORMAT,
        "event_id": single_line(interview.event_id),
        "heading": single_line(heading),
        "event_title": single_line(interview.title),
        "date": format_date(start.date()),
        "all_day": interview.all_day,
        "start_time": "" if interview.all_day else format_time(start),
        "end_time": "" if interview.all_day else format_time(end),
        "timezone": interview.timezone,
        "location": single_line(interview.location or ""),
        "organizer": interview.organizer_email or "",
        "people": [person_entry(p, interview, linkedin_notes.get(p.email, ""))
                   for p in interview.people],
        # detection was unsure: the note carries the "Was this an interview?" checkboxes
        "unsure": interview.unsure,
        "confidence": f"{interview.confidence:.0%}",
        "timeline_phrase": timeline.phrase.strip() if timeline else "",
        "respond_by": format_date(timeline.respond_by) if timeline else "",
        "notes_from_earlier": [n.strip() for n in notes_from_earlier if n.strip()],
        "references": [{"name": single_line(r.name), "email": single_line(r.email),
                        "relationship": single_line(r.relationship)}
                       for r in settings.references],
    })
    return ctx


def section_context(*, interview: Interview, settings: PlanSettings, people: list[Person],
                    stamp: datetime, linkedin_notes: Mapping[str, str]) -> Context:
    ctx = _base(interview, settings)
    ctx.update({
        "key": interview.key,
        "format": NOTE_FORMAT,
        "added_on": format_date(_local(stamp, settings.timezone).date()),
        "people": [person_entry(p, interview, linkedin_notes.get(p.email, "")) for p in people],
    })
    return ctx


# --------------------------------------------------------------------------- samples

CONTEXT_KINDS: dict[str, str] = {
    DraftKind.THANK_INTERVIEWER.value: "mail",
    DraftKind.THANK_HIRING_MANAGER.value: "mail",
    DraftKind.THANK_SUPPORT.value: "mail",
    DraftKind.REFERENCE_BRIEF.value: "mail",
    DraftKind.CHECKIN.value: "mail",
    "linkedin_note": "mail",
    "note": "note",
    "note_section": "section",
}


def _sample_interview(full: bool) -> Interview:
    tz = ZoneInfo("Europe/London")
    people = (
        Person(email="kim.lee@northwind.example", name="Kim Lee", hiring_manager=True,
               title="Head of Data"),
        Person(email="sam@northwind.example", name="Sam Ortiz"),
        Person(email="jo@northwind.example", name="Jo Park", role="support", title="Recruiter"),
    )
    return Interview(
        key="sample-key", event_id="sample", title="Interview: Data Engineer",
        company="Northwind" if full else None, role="Data Engineer" if full else None,
        stage="onsite" if full else None,
        start=datetime(2026, 6, 10, 14, 0, tzinfo=tz), end=datetime(2026, 6, 10, 15, 0, tzinfo=tz),
        timezone="Europe/London", location="1 Main St" if full else None,
        organizer_email="jo@northwind.example" if full else None,
        people=people if full else people[:1],
    )


def sample_contexts(kind: str) -> tuple[Context, ...]:
    """Two contexts per kind: every optional fact present, then every optional fact missing."""
    out: list[Context] = []
    for full in (True, False):
        interview = _sample_interview(full)
        person = interview.people[0]
        settings = PlanSettings(
            user_name="Alex Candidate", user_email="alex@example.org",
            signature="Alex Candidate\n+44 20 0000 0000" if full else "",
            references=(Reference(name="Pat Doe", email="pat@example.org",
                                  relationship="former manager"),) if full else ())
        timeline = (Timeline(respond_by=date(2026, 6, 24), phrase="within two weeks")
                    if full else None)
        notes = UserNotes(
            interview_key=interview.key,
            points_to_stress=("shipped the Kafka migration",),
            people=(PersonNotes(email=person.email, topic="the streaming pipeline",
                                concern="my limited dbt experience"),),
        ) if full else None
        if kind == "mail":
            out.append(mail_context(
                kind="sample", interview=interview, settings=settings, person=person,
                reference=settings.references[0] if settings.references else None,
                notes=notes, timeline=timeline, attachments=("work-sample.pdf",) if full else ()))
        elif kind == "note":
            out.append(note_context(
                interview=interview, settings=settings, timeline=timeline,
                notes_from_earlier=("how I would test the pipeline",) if full else (),
                linkedin_notes={person.email: "Hi Kim, thank you for today."} if full else {}))
        else:
            stamp = datetime(2026, 6, 11, 9, 0, tzinfo=UTC)
            out.append(section_context(interview=interview, settings=settings, people=[person],
                                       stamp=stamp, linkedin_notes={}))
    return tuple(out)
