"""The planner's building blocks: keys, times, timelines and content hashes for one interview.

Owns: ``action_key`` (the one key format), ``effective_timeline``, ``Times`` (when each step of
one interview is due) and the ``*_hash`` functions that fingerprint exactly what each output is
rendered from. ``plan`` decides *whether* to emit; this module only says *what* and *when*.
Pure: no I/O, no clock.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from interview_sync.core.model import (
    Interview,
    Person,
    PlanSettings,
    Reference,
    Timeline,
    UserNotes,
    stable_hash,
)
from interview_sync.core.timeline.extract import (
    add_business_days,
    extract_timeline,
    next_business_day,
)

__all__ = [
    "FINAL_STAGE_WORDS",
    "Times",
    "action_key",
    "company_group",
    "effective_timeline",
    "facts_digest",
    "finish_of",
    "is_final_stage",
    "label",
    "mail_digest",
    "times_for",
    "who",
    "zone",
]

# A stage with one of these words is the last round: references get briefed again for it,
# because that is when employers actually call them.
FINAL_STAGE_WORDS = ("final", "onsite", "on-site", "on site", "superday", "super day")


def action_key(interview_key: str, step: str, who: str = "") -> str:
    """The one key format: ``<interview key>/<step>[/<who>]``.

    ``step`` is a ``Step`` value or ``"reminder"``; ``who`` is a lower-cased address, a
    ``ReminderKind`` value, or ``name:<name>`` for a person the schedule named without an address.
    """
    return f"{interview_key}/{step}/{who}" if who else f"{interview_key}/{step}"


def who(person: Person) -> str:
    """The ``who`` part of a person's keys: their address, else their (case-folded) name."""
    email = person.email.strip().lower()
    return email if email else "name:" + " ".join(person.name.split()).casefold()


@functools.lru_cache(maxsize=256)
def zone(name: str | None) -> tzinfo:
    """The named IANA zone; UTC for an unknown or empty name (a wrong zone beats a crash)."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def company_group(interview: Interview) -> str:
    """Interviews with the same (case-folded) company share notes and reference briefings."""
    company = " ".join((interview.company or "").split()).casefold()
    return f"company:{company}" if company else f"interview:{interview.key}"


def is_final_stage(interview: Interview) -> bool:
    stage = (interview.stage or "").casefold()
    return any(word in stage for word in FINAL_STAGE_WORDS)


def label(interview: Interview) -> str:
    """How reminders and notices name the interview: "Acme — Data Engineer", else its title."""
    return " — ".join(x for x in (interview.company, interview.role) if x) or interview.title


# --------------------------------------------------------------------------- the timeline


@functools.lru_cache(maxsize=4096)
def _timeline_of(text: str, reference: datetime, country: str | None, subdivision: str | None,
                 users_words: bool) -> Timeline | None:
    # Cached: the same description is planned every cycle; extraction is the planner's costliest
    # step and is a pure function of these values.
    return extract_timeline(text, reference, country=country, subdivision=subdivision,
                            assume_promise=users_words)


def effective_timeline(interview: Interview, notes: UserNotes | None,
                       settings: PlanSettings) -> Timeline | None:
    """What the employer promised: the user's own note text first, then the invite's description.

    Days are counted from the interview's end in the interview's time zone, skipping the public
    holidays of ``settings.holiday_country``. None when neither text promises anything.
    """
    reference = interview.end.astimezone(zone(interview.timezone))
    country, subdivision = settings.holiday_country, settings.holiday_subdivision
    if notes is not None and notes.timeline_text and notes.timeline_text.strip():
        # What the user typed under "Next steps and timeline" is about the response by
        # definition, so a bare "2 weeks" or "Friday" counts there (assume_promise).
        found = _timeline_of(notes.timeline_text, reference, country, subdivision, True)
        if found is not None:
            return found
    if interview.description.strip():
        return _timeline_of(interview.description, reference, country, subdivision, False)
    return None


# --------------------------------------------------------------------------- times


@dataclass(frozen=True, slots=True, kw_only=True)
class Times:
    """When each thing about one interview happens."""

    finish: datetime  # the interview is over: nothing is due before this
    anchor: datetime  # max(finish, first seen): when the end-of-interview steps became due
    evening: datetime  # the "send your thank-you notes" / "brief your references" reminder
    checkin_day: date  # the business day after the employer's date (or the default)
    checkin_at: datetime  # when the check-in draft becomes due
    checkin_over: datetime  # midnight after the check-in day, the user's time


def _at_hour(day: date, hour: int, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(min(max(hour, 0), 23)), tzinfo=tz)


def finish_of(interview: Interview, settings: PlanSettings) -> datetime:
    """When the interview is over; for an all-day one, the evening hour of its last day."""
    if not interview.all_day:
        return interview.end
    # An all-day event's dates are calendar dates in its own zone (detect puts them at midnight
    # there); the evening is the user's, wherever they are.
    last_day = (interview.end.astimezone(zone(interview.timezone)) - timedelta(seconds=1)).date()
    evening = _at_hour(last_day, settings.evening_hour, zone(settings.timezone))
    return min(interview.end, max(interview.start, evening))


def times_for(interview: Interview, settings: PlanSettings, timeline: Timeline | None,
              first_seen: datetime | None) -> Times:
    """Every due time of one interview.

    An all-day interview "finishes" at the evening hour of its last day rather than at midnight
    after it, so the prompts arrive the same evening. An interview first seen after it finished
    (logged late, or found on the first run) has its end-of-interview steps dated from when it
    was first seen, so the reminders do not land silently in the past; ``first_seen`` is stable,
    so the dates (and hashes) are too.
    """
    mine = zone(settings.timezone)
    finish = finish_of(interview, settings)
    anchor = max(finish, first_seen) if first_seen is not None else finish
    evening = _at_hour(anchor.astimezone(mine).date(), settings.evening_hour, mine)
    if anchor >= evening:  # it ended after the evening hour: remind an hour later
        evening = anchor + timedelta(hours=1)
    end_day = interview.end.astimezone(zone(interview.timezone)).date()
    country = settings.holiday_country
    if timeline is not None:
        respond_by = max(timeline.respond_by, end_day)
    else:
        respond_by = add_business_days(end_day, max(settings.default_response_business_days, 0),
                                       country=country, subdivision=settings.holiday_subdivision)
    checkin_day = next_business_day(respond_by, country=country,
                                    subdivision=settings.holiday_subdivision)
    checkin_at = max(_at_hour(checkin_day, settings.checkin_hour, mine), anchor)
    checkin_over = datetime.combine(checkin_day + timedelta(days=1), time(0), tzinfo=mine)
    return Times(finish=finish, anchor=anchor, evening=evening, checkin_day=checkin_day,
                 checkin_at=checkin_at, checkin_over=checkin_over)


# --------------------------------------------------------------------------- content hashes


# The two digests of an interview, kept with the interview object they were computed from: the
# state store hands the planner the same (immutable) interview objects on every poll while
# their rows are unchanged, so an idle poll looks its digests up instead of encoding and hashing
# every interview's facts again (two of the ~10 hashes per interview, the two largest). Keyed
# by identity and holding the objects, so a key can never stand for another object; bounded.
_DIGESTS: dict[tuple[str, int, int], tuple[Interview, object, str]] = {}
_DIGESTS_KEPT = 2048


def _kept_digest(kind: str, interview: Interview, other: object,
                 compute: Callable[[], str]) -> str:
    key = (kind, id(interview), id(other))
    hit = _DIGESTS.get(key)
    if hit is not None and hit[0] is interview and hit[1] is other:
        return hit[2]
    digest = compute()
    if len(_DIGESTS) >= _DIGESTS_KEPT:
        _DIGESTS.clear()  # interviews replaced since (a reschedule, an edit): start afresh
    _DIGESTS[key] = (interview, other, digest)
    return digest


def facts_digest(interview: Interview) -> str:
    """Everything the assessment note shows about the interview itself."""
    return _kept_digest("facts", interview, None, lambda: stable_hash(
        "facts", interview.title, interview.company, interview.role, interview.stage,
        interview.start, interview.end, interview.all_day, interview.timezone,
        interview.location, interview.organizer_email, interview.people))


def mail_digest(interview: Interview, settings: PlanSettings) -> str:
    """What every email may say about the interview and its sender (not the recipient)."""
    return _kept_digest("mail", interview, settings, lambda: stable_hash(
        "mail", interview.company, interview.role, interview.stage, interview.start,
        interview.timezone,
        [(p.name, p.email, p.hiring_manager) for p in interview.interviewers],
        settings.user_name, settings.user_email, settings.signature))


def person_notes(notes: UserNotes | None, person: Person) -> tuple[str | None, str | None]:
    """The topic and concern the user noted for this person (what personalises their mail)."""
    mine = notes.for_person(person.email) if notes is not None and person.email else None
    return (mine.topic, mine.concern) if mine is not None else (None, None)


def attachments_of(notes: UserNotes | None) -> Sequence[str]:
    """What a draft's attachments depend on: the names listed and each file's stamp."""
    return (*notes.attachments, *notes.attachment_stamps) if notes is not None else ()


def reference_points(notes: UserNotes | None) -> Sequence[str]:
    return notes.points_to_stress if notes is not None else ()


def reference_row(reference: Reference) -> tuple[str, str, str]:
    return (reference.name, reference.email.lower(), reference.relationship)
