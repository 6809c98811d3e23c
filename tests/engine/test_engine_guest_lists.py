"""Recipients from what the user can actually see (issue 13): the emulator hides guest lists as
Google does, and the drafts go to the people the description and the sender name."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from engine_world import ME, START, WorldFactory, make_interview_event

AFTER = (START + timedelta(hours=2)).isoformat()
SCHEDULE = ("Your onsite schedule:\n"
            "- 10:00 Kim Ng (kim@northwind.com), Staff Engineer\n"
            "- 10:30 Raj Iyer (raj@northwind.com), Engineering Manager\n")
RECRUITER = {"email": "dana.recruiter@northwind.com", "displayName": "Dana Cole"}


def recipients(w: Any) -> list[str]:
    return sorted(str(d["to"]) for d in w.drafts())


def hidden_event(**extra: Any) -> dict[str, Any]:
    event = make_interview_event(description=SCHEDULE, **extra)
    event["organizer"] = dict(RECRUITER)
    event["attendees"].append(dict(RECRUITER, responseStatus="accepted"))
    return event


def test_a_hidden_guest_list_falls_back_to_the_schedule_and_the_scheduler(
        world: WorldFactory) -> None:
    w = world([hidden_event(guestsCanSeeOtherGuests=False)])
    seen = w.emu.calendar.as_seen(w.emu.events()[0])
    assert [a["email"] for a in seen["attendees"]] == [ME]  # what Google shows the candidate
    assert w.sync(AFTER).exit_code == 0
    assert recipients(w) == ["Dana Cole <dana.recruiter@northwind.com>",
                             "Kim Ng <kim@northwind.com>", "Raj Iyer <raj@northwind.com>"]


def test_attendees_omitted_adds_who_the_description_names(world: WorldFactory) -> None:
    event = hidden_event(attendeesOmitted=True)
    event["attendees"] = [a for a in event["attendees"]
                          if a["email"] in (ME, "kim@northwind.com")]
    w = world([event])
    assert w.sync(AFTER).exit_code == 0
    assert recipients(w) == ["Dana Cole <dana.recruiter@northwind.com>",
                             "Kim Ng <kim@northwind.com>", "Raj Iyer <raj@northwind.com>"]


def test_an_imported_invite_without_organizer_still_yields_its_people(
        world: WorldFactory) -> None:
    event = make_interview_event(description=SCHEDULE, people=[])
    event["organizer"] = None  # an .ics from outside Google: no organizer at all
    w = world([event])
    assert "organizer" not in w.emu.events()[0]
    assert w.sync(AFTER).exit_code == 0
    assert recipients(w) == ["Kim Ng <kim@northwind.com>", "Raj Iyer <raj@northwind.com>"]


def test_group_and_list_addresses_never_get_a_thank_you(world: WorldFactory) -> None:
    event = make_interview_event(people=[
        ("kim@northwind.com", "Kim Ng"), ("eng-interviewers@northwind.com", "Eng Interviewers"),
        ("hiring-panel@googlegroups.com", "Hiring Panel"), ("all-staff@northwind.com", "")])
    w = world([event])
    assert w.sync(AFTER).exit_code == 0
    assert recipients(w) == ["Kim Ng <kim@northwind.com>"]
