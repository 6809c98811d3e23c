"""Interview detection on labelled events and on the details each field must get right."""

from __future__ import annotations

import importlib.util
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from interview_sync.core.bounds import MAX_DETECT_GUESTS
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.model import Interview

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = Path(__file__).resolve().parents[3] / "shared" / "examples" / "events.json"  # ../shared beside the checkout


def _load_cases() -> Any:
    spec = importlib.util.spec_from_file_location("detect_cases", DATA / "detect_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CASES = _load_cases()
LABELLED = CASES.build()
ME = CASES.ME


def _labelled(data: dict[str, Any]) -> list[Any]:
    context = data.get("context", {})
    return [pytest.param(e, data["labels"][e["id"]], context.get(e["id"], {}).get("me", data["me"]),
                         tuple(context.get(e["id"], {}).get("my_domains", ())),
                         id=str(e.get("summary"))[:60])
            for e in data["events"]]


def _check(event: dict[str, Any], label: dict[str, Any] | None, me: str,
           my_domains: tuple[str, ...] = ()) -> None:
    found = detect_interview(event, me, my_domains=my_domains)
    if label is None:
        assert found is None, f"not an interview, but detected: {found and found.reasons}"
        return
    assert found is not None, "an interview, but not detected"
    assert found.company is not None
    assert found.company.lower() in {c.lower() for c in label["company"]}, found.company
    assert {p.email or p.name for p in found.people} == set(label["recipients"])
    assert found.reasons


@pytest.mark.parametrize(("event", "label", "me", "my_domains"), _labelled(LABELLED))
def test_labelled_event(event: dict[str, Any], label: dict[str, Any] | None, me: str,
                        my_domains: tuple[str, ...]) -> None:
    _check(event, label, me, my_domains)


@pytest.mark.skipif(not EXAMPLES.exists(), reason="shared examples not present")
def test_public_examples() -> None:
    data = json.loads(EXAMPLES.read_text(encoding="utf-8"))
    for event in data["events"]:
        _check(event, data["labels"][event["id"]], data["me"])


def test_json_copy_of_the_cases_is_current() -> None:
    on_disk = json.loads((DATA / "detect_cases.json").read_text(encoding="utf-8"))
    assert on_disk == json.loads(json.dumps(LABELLED)), "run: python tests/data/detect_cases.py"


def test_the_labelled_set_is_big_and_balanced() -> None:
    labels = list(LABELLED["labels"].values())
    assert len(labels) >= 60
    assert sum(1 for x in labels if x) >= 40
    assert sum(1 for x in labels if x is None) >= 20


# ---------------------------------------------------------------------------- field details


def ev(**overrides: Any) -> dict[str, Any]:
    """A plain candidate interview, changed by ``overrides``."""
    base = CASES.event(
        "Phone Screen - Data Engineer",
        organizer=CASES.org("kim.ng@northwind.com", "Kim Ng"),
        guests=[CASES.guest("kim.ng@northwind.com", "Kim Ng")],
    )
    base.update(overrides)
    return base


def detect(event: dict[str, Any], **kw: Any) -> Interview:
    found = detect_interview(event, ME, **kw)
    assert found is not None
    return found


def test_every_field_is_filled() -> None:
    found = detect(ev(description="<p>Hi Pat,<br>Looking forward!</p>", location="Zoom"))
    assert found.key == found.event_id + "@google.com"
    assert found.calendar_id == "primary"
    assert found.title == "Phone Screen - Data Engineer"
    assert (found.company, found.role, found.stage) == ("Northwind", "Data Engineer", "phone screen")
    assert found.start == datetime(2026, 6, 10, 15, 0, tzinfo=UTC)
    assert found.end - found.start == timedelta(hours=1)
    assert found.timezone == "America/Chicago"
    assert found.description == "Hi Pat,\nLooking forward!"
    assert found.location == "Zoom"
    assert found.organizer_email == "kim.ng@northwind.com"
    assert found.updated == "2026-06-01T12:00:00.000Z"
    assert not found.all_day
    assert "title says 'Phone Screen'" in found.reasons
    assert "organiser is at northwind.com" in found.reasons


def test_recurring_instance_key_carries_the_original_start() -> None:
    found = detect(ev(recurringEventId="series1",
                      originalStartTime={"dateTime": "2026-06-09T10:00:00-05:00"}))
    assert found.key.endswith("@google.com@2026-06-09T10:00:00-05:00")
    all_day = detect(ev(recurringEventId="series1", originalStartTime={"date": "2026-06-09"}))
    assert all_day.key.endswith("@2026-06-09")


def test_key_survives_a_reschedule_and_falls_back_to_id() -> None:
    moved = ev(start={"dateTime": "2026-06-12T09:00:00-05:00"},
               end={"dateTime": "2026-06-12T09:30:00-05:00"})
    assert detect(moved).key == detect(ev()).key
    no_uid = ev()
    del no_uid["iCalUID"]
    assert detect(no_uid).key == no_uid["id"]


def test_all_day_event_is_midnight_in_its_zone() -> None:
    found = detect(ev(start={"date": "2026-06-15", "timeZone": "Europe/Berlin"},
                      end={"date": "2026-06-16"}))
    assert found.all_day
    assert found.start.isoformat() == "2026-06-15T00:00:00+02:00"
    assert found.end.isoformat() == "2026-06-16T00:00:00+02:00"
    assert found.timezone == "Europe/Berlin"


@pytest.mark.parametrize(
    ("start", "expected_start", "zone"),
    [
        ({"dateTime": "2026-06-10T10:00:00", "timeZone": "Bogus/Zone"}, "2026-06-10T10:00:00+00:00",
         "UTC"),
        ({"dateTime": "2026-06-10T10:00:00-05:00"}, "2026-06-10T10:00:00-05:00", "Etc/GMT+5"),
        ({"dateTime": "2026-06-10T10:00:00Z"}, "2026-06-10T10:00:00+00:00", "UTC"),
        ({"dateTime": "2026-06-10T10:00:00", "timeZone": "Asia/Tokyo"},
         "2026-06-10T10:00:00+09:00", "Asia/Tokyo"),
        ({"date": "2026-06-10"}, "2026-06-10T00:00:00+00:00", "UTC"),
    ],
)
def test_times_are_always_aware(start: dict[str, str], expected_start: str, zone: str) -> None:
    found = detect(ev(start=start, end={"bad": True}))
    assert found.start.isoformat() == expected_start
    assert found.end > found.start
    assert found.timezone == zone


def test_end_before_start_becomes_an_hour() -> None:
    found = detect(ev(end={"dateTime": "2026-06-10T09:00:00-05:00"}))
    assert found.end - found.start == timedelta(hours=1)
    assert found.start.utcoffset() == timezone(timedelta(hours=-5)).utcoffset(None)


def test_event_without_a_start_is_not_an_interview() -> None:
    assert detect_interview(ev(start=None), ME) is None


@pytest.mark.parametrize(
    "change",
    [
        {"status": "cancelled"},
        {"eventType": "outOfOffice"},
        {"eventType": "focusTime"},
        {"eventType": "workingLocation"},
        {"eventType": "birthday"},
        {"attendees": [{"email": ME, "self": True, "responseStatus": "declined"}]},
        {"attendees": [{"email": ME.upper(), "responseStatus": "declined"}]},
        {"summary": "Canceled: Phone Screen - Data Engineer"},
    ],
)
def test_cancelled_declined_and_special_types_are_none(change: dict[str, Any]) -> None:
    assert detect_interview(ev(**change), ME) is None


def test_organiser_at_my_domain_means_i_am_on_the_panel() -> None:
    assert detect_interview(ev(), ME, my_domains=["northwind.com"]) is None
    # My own work address counts as one of my domains.
    assert detect_interview(ev(), "pat@northwind.com") is None
    assert detect_interview(ev(), ME, my_domains=["contoso.com"]) is not None


def test_people_roles_titles_and_hiring_manager() -> None:
    found = detect(ev(
        summary="Hiring Manager Interview - Pat Lee",
        organizer=CASES.org("scheduling@northwind.com"),
        attendees=[
            CASES.ME_ATTENDEE,
            CASES.guest("lena.park@northwind.com", "Lena Park"),
            CASES.guest("recruiting.coordinator@northwind.com"),
            CASES.guest("jo@northwind.com", "Jo Bell (People Ops)"),
            CASES.guest("noreply@northwind.com"),
            CASES.guest("team-eng@northwind.com", "Engineering"),
            CASES.guest("c_9@resource.calendar.google.com", "Room"),
            CASES.guest("eng@group.calendar.google.com", "Eng calendar"),
            {"displayName": "No Address"},
            "not even a dict",
        ],
    ))
    people = {p.email: p for p in found.people}
    assert set(people) == {"lena.park@northwind.com", "recruiting.coordinator@northwind.com",
                           "jo@northwind.com", "scheduling@northwind.com"}
    assert people["lena.park@northwind.com"].role == "interviewer"
    assert people["lena.park@northwind.com"].hiring_manager
    assert people["recruiting.coordinator@northwind.com"].role == "support"
    assert people["recruiting.coordinator@northwind.com"].name == "Recruiting Coordinator"
    assert people["jo@northwind.com"].role == "support"
    assert found.stage == "hiring manager screen"


def test_hidden_guest_list_reads_the_schedule() -> None:
    event = CASES.CASES[[e.get("summary") for e, _ in CASES.CASES].index(
        "Onsite Interview - Pat Lee")][0]
    found = detect(event)
    people = {p.email: p for p in found.people}
    assert people["kim@vandelay.com"].name == "Kim Ng"
    assert people["kim@vandelay.com"].title == "Staff Engineer"
    assert people["lena.park@vandelay.com"].hiring_manager
    assert people["lena.park@vandelay.com"].name == "Lena Park"
    assert people["coordinator@vandelay.com"].role == "support"


def test_schedule_names_without_addresses_become_people() -> None:
    event = ev(
        attendees=[CASES.ME_ATTENDEE], guestsCanSeeOtherGuests=False,
        organizer=CASES.org("talent@northwind.com"),
        description="You'll meet with:\n- Kim Ng, Staff Engineer\n- Raj Iyer (HM)\n",
    )
    people = {p.name: p for p in detect(event).people}
    assert set(people) == {"Kim Ng", "Raj Iyer", "Talent"}
    assert people["Kim Ng"].email == "" and people["Kim Ng"].title == "Staff Engineer"
    assert people["Raj Iyer"].hiring_manager


@pytest.mark.parametrize("omitted", [True, False])
def test_attendees_omitted_reads_the_schedule_too(omitted: bool) -> None:
    """Google cut the guest list (attendeesOmitted): the description's schedule adds who is
    missing; a complete list (no flag) keeps the description to titles only."""
    event = ev(
        attendees=[CASES.ME_ATTENDEE, CASES.guest("kim@northwind.com", "Kim Ng")],
        organizer=CASES.org("talent@northwind.com"),
        description="Schedule:\n- Kim Ng (kim@northwind.com), Staff Engineer\n"
                    "- Raj Iyer (raj@northwind.com), Engineering Manager\n",
        **({"attendeesOmitted": True} if omitted else {}),
    )
    emails = {p.email for p in detect(event).people}
    assert {"kim@northwind.com", "talent@northwind.com"} <= emails
    assert ("raj@northwind.com" in emails) is omitted


def test_a_thousand_attendees_are_deduplicated_and_read_up_to_the_cap() -> None:
    guests = [CASES.guest(f"Person.{i % 10}@northwind.com", f"Person {i % 10}")
              for i in range(1000)]
    found = detect(ev(attendees=[CASES.ME_ATTENDEE, *guests]))
    assert len(found.people) == 11  # ten people, each once, and the organiser
    assert all(p.email == p.email.lower() for p in found.people)
    # core.bounds.MAX_DETECT_GUESTS: the first guests are read, and the answer says it is unsure
    assert found.unsure
    many = [CASES.guest(f"person.{i}@northwind.com", f"Person {i}") for i in range(1000)]
    found = detect(ev(attendees=[CASES.ME_ATTENDEE, *many]))
    assert len(found.people) == MAX_DETECT_GUESTS  # the user's entry is one of those read


@pytest.mark.parametrize(
    ("title", "description", "organiser", "company"),
    [
        ("Phone Screen", "Scheduled by the Northwind Traders recruiting team.", "kim@northwind.com",
         "Northwind Traders"),
        ("Northwind | Onsite interview loop", "", "kim@northwind.com", "Northwind"),
        ("[Acme] Technical Interview with Pat", "", "kim@acmerobotics.com", "Acme"),
        ("[Acme] Technical Interview with Pat", "", "kim@gmail.com", "Acme"),
        ("Interview: Pat Lee <> Fabrikam", "", "kim@gmail.com", "Fabrikam"),
        ("Interview at Globex Corporation", "", "kim@gmail.com", "Globex Corporation"),
        # An agency recruiter: an unambiguous name in the text beats the agency's domain.
        ("Interview at Globex Corporation", "", "kim@hirewell.com", "Globex Corporation"),
        ("Phone interview", "Client: Contoso\nRole: SRE", "kim@hirewell.com", "Contoso"),
        # A name in a weak position that disagrees with the domain loses to it.
        ("Phone Screen with Jamie", "", "kim@northwind.com", "Northwind"),
        ("Phone Screen", "", "kim@northwind-traders.co.uk", "Northwind Traders"),
        ("Phone Screen", "", "kim@careers.northwind.com", "Northwind"),
    ],
)
def test_company_sources(title: str, description: str, organiser: str, company: str) -> None:
    event = ev(summary=title, description=description, organizer=CASES.org(organiser),
               attendees=[CASES.ME_ATTENDEE, CASES.guest(organiser, "Kim Ng")])
    assert detect(event).company == company


def test_company_never_from_free_mail_or_tools() -> None:
    event = ev(organizer=CASES.org("no-reply@greenhouse.io"),
               attendees=[CASES.ME_ATTENDEE, CASES.guest("kim@gmail.com", "Kim Ng"),
                          CASES.guest("x@calendly.com")])
    found = detect(event)
    assert found.company is None
    assert [p.email for p in found.people] == ["kim@gmail.com"]


@pytest.mark.parametrize(
    ("title", "role", "stage"),
    [
        ("Pat Lee - Phone Screen - Data Engineer", "Data Engineer", "phone screen"),
        ("Onsite - Senior Software Engineer (Platform)", "Senior Software Engineer (Platform)",
         "onsite"),
        ("Final round interview", None, "final round"),
        ("System Design Interview", None, "system design interview"),
        ("Behavioral interview - Product Designer", "Product Designer", "behavioral interview"),
        ("Take-home review", None, "take-home review"),
        ("Entrevista", None, "interview"),
    ],
)
def test_role_and_stage(title: str, role: str | None, stage: str) -> None:
    found = detect(ev(summary=title))
    assert (found.role, found.stage) == (role, stage)


def test_description_is_plain_and_bounded() -> None:
    found = detect(ev(description="<b>Interview</b>&nbsp;details " + "x" * 6_000_000))
    assert found.description.startswith("Interview details")
    assert len(found.description) <= 20_000


OTHER_ME = "sam.rivera@outlook.com"


def _as_sam(summary: str, organiser: str, guests: list[tuple[str, str | None]]) -> dict[str, Any]:
    return {
        "id": summary, "summary": summary, "start": {"dateTime": "2026-06-10T10:00:00Z"},
        "organizer": {"email": organiser},
        "attendees": [{"email": OTHER_ME, "self": True}]
        + [CASES.guest(email, name) for email, name in guests],
    }


@pytest.mark.parametrize(
    ("event", "company", "recipients"),
    [
        (_as_sam("Sam Rivera - Phone Screen - UX Designer", "coord@brightpath.com",
                 [("nora@brightpath.com", "Nora Quinn")]),
         "Brightpath", {"coord@brightpath.com", "nora@brightpath.com"}),
        (_as_sam("Interview: Sam Rivera <> Lumen", "no-reply@ashbyhq.com",
                 [("ivy@lumen.dev", "Ivy Cole")]), "Lumen", {"ivy@lumen.dev"}),
        (_as_sam("Sam Rivera - Onsite", "talent@orca.io", [("zed@orca.io", "Zed Ali")]),
         "Orca", {"talent@orca.io", "zed@orca.io"}),
        (_as_sam("Jordan Blake - Onsite - SRE", "talent@mycurrentjob.com",
                 [("x@mycurrentjob.com", "X Y")]), None, None),
        (_as_sam("Interview: Jordan Blake", "recruiting@mycurrentjob.com",
                 [("jblake@icloud.com", "Jordan Blake")]), None, None),
    ],
    # Sets print in hash order, which differs between processes: an id built from one would
    # differ between pytest-xdist's workers, which then refuse to run the suite.
    ids=lambda value: str(sorted(value) if isinstance(value, set) else value)[:40],
)
def test_the_user_is_whoever_me_says(
    event: dict[str, Any], company: str | None, recipients: set[str] | None
) -> None:
    found = detect_interview(event, OTHER_ME)
    if company is None:
        assert found is None
        return
    assert found is not None
    assert found.company == company
    assert {p.email for p in found.people} == recipients


@pytest.mark.parametrize(
    ("title", "organiser"),
    [
        ("Interview with Pat Lee - The Verge", "reporter@theverge.com"),
        ("Interview", "podcast@dataweekly.fm"),
        ("Interview", "research@shopwise.com"),
    ],
)
def test_press_and_research_organisers_are_not_employers(title: str, organiser: str) -> None:
    assert detect_interview(ev(summary=title, organizer=CASES.org(organiser)), ME) is None


@pytest.mark.parametrize(
    ("description", "interview"),
    [
        ("You are interviewing for the Data Engineer role.", True),
        ("You're interviewing with Kim and Raj.", True),
        ("<p>Thank you for your interest in Northwind!</p>", True),
        ("You will be interviewing Jamie Fox for SRE.", False),
        ("Please submit your scorecard within 24 hours.", False),
        ("Interview kit: https://northwind.greenhouse.io/kits/1", False),
        ("Please review the candidate's resume before the call.", False),
    ],
)
def test_descriptions_written_for_the_hiring_side(description: str, interview: bool) -> None:
    found = detect_interview(ev(summary="Technical Interview", description=description), ME)
    assert (found is not None) is interview
