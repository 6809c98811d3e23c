"""How far a title's veto reaches, and what disputes it (round 17, ``core.detect.title_scope``,
``core.detect.veto_dispute``).

A veto word in an aside the title notes after its main item ("(then lecture at 4)", "; puis
training"), or one that begins a job's or a scheme's name ("Webinar Producer", "Graduate
Training Scheme"), no longer silences the interview; a veto word in the main item still does.
An outside organiser's hiring event whose description gives the candidate's logistics of
attending a selection step (RSVP, ID to bring, a slot, in the corpus's languages) is asked
about; the same logistics for a webinar, a lecture, a job fair without an interview or a
volunteer stay silent. Names and firms invented.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.features import features_of
from interview_sync.core.detect.title_scope import in_named_compound, main_item
from interview_sync.core.detect.title_veto import title_veto
from interview_sync.core.detect.veto_dispute import veto_disputed

ME = "pat.lee@gmail.com"


def _event(summary: str, description: str = "", *, organizer: str = "",
           guests: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "id": "ts1", "summary": summary, "description": description,
        "start": {"dateTime": "2027-10-14T10:00:00+02:00"},
        "end": {"dateTime": "2027-10-14T11:00:00+02:00"},
        "organizer": {"email": organizer} if organizer else {"email": ME, "self": True},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                      *({"email": g, "responseStatus": "accepted"} for g in guests)],
    }


@pytest.mark.parametrize(("title", "main"), [
    ("Northfield Bank – first interview (then lecture at 4)", "Northfield Bank – first interview"),
    ("Interview @ Orchard Logistics – after: weekly sync", "Interview @ Orchard Logistics"),
    ("Final interview – Brindle & Co (skip yoga class)", "Final interview – Brindle & Co"),
    ("Entretien Maison Verlaine; puis training au club", "Entretien Maison Verlaine"),
    ("Phone screen Quarry Labs, followed by webinar", "Phone screen Quarry Labs"),
    ("Vorstellungsgespräch Kern & Falk (danach Seminar)", "Vorstellungsgespräch Kern & Falk"),
    ("Entrevista Grupo Vela, luego clase de inglés", "Entrevista Grupo Vela"),
    # no word of sequence: one item, whatever its brackets say
    ("Mock interview w/ coach (real one Fri)", "Mock interview w/ coach (real one Fri)"),
    ("Interview (cancelled)", "Interview (cancelled)"),
    ("Drinks after the interview", "Drinks after the interview"),
])
def test_the_main_item_is_the_title_before_its_asides(title: str, main: str) -> None:
    assert main_item(title) == main


@pytest.mark.parametrize("title", [
    "Northfield Bank – first interview (then lecture at 4)",
    "Interview @ Orchard Logistics – after: weekly sync",
    "Entretien Maison Verlaine; puis training au club",
    "Phone screen Quarry Labs, followed by webinar on pensions",
    "Vorstellungsgespräch Kern & Falk GmbH (danach Seminar)",
])
def test_an_aside_does_not_veto_the_users_own_interview(title: str) -> None:
    assert title_veto(title, set()) is False
    judged = assess_event(_event(title), ME)
    assert "title_veto" not in dict(judged.evidence)
    assert judged.tier == "unsure"  # the user's own bare entry: asked, never drafted for


@pytest.mark.parametrize("title", [
    "Mock interview w/ career coach (real one Fri)",  # the veto is the main item's
    "Interview prep – Quarry Labs (interview is Thu)",
    "Webinar on interview tips (then gym)",
    "Drinks after the interview",
    "Debrief, then interview notes",  # the main item names no step: nothing to keep
])
def test_a_veto_in_the_main_item_still_vetoes(title: str) -> None:
    assert title_veto(title, set()) is None


@pytest.mark.parametrize("title", [
    "Webinar Producer – video interview (Lumenhall Events)",
    "Graduate Training Scheme – Assessment Centre (Halden Rail)",
    "Training Contract – Video Interview (Ashdown Reeve LLP)",
    "Orientation & Mobility Specialist – Panel Interview",
    "Strategy & Operations Associate – Superday",
    "Onboarding Specialist – First Interview",
])
def test_a_veto_word_that_begins_a_jobs_or_a_schemes_name_does_not_veto(title: str) -> None:
    assert title_veto(title, set()) is False


def test_a_name_read_where_the_words_stand_whatever_letters_come_before() -> None:
    # "İ" lower-cases to two characters: a name found again in the lower-cased title would be
    # looked for one place too far on for each "İ" before it
    assert title_veto("İzmir İİ – Webinar Producer – video interview", set()) is False


@pytest.mark.parametrize("title", [
    "Interview Training For Hiring Managers",  # a joining word: a training for them
    "Strategy meeting",
    "Webinar: Product Manager interviews",
    "Candidate Engineer – Dana Ruiz interview",  # a candidate word is the hiring side's
    "Training session – interviewing skills",
])
def test_the_same_words_as_the_event_still_veto(title: str) -> None:
    assert title_veto(title, set()) is None


def test_a_compound_is_read_at_the_words_end_only() -> None:
    title = "Webinar Producer"
    assert in_named_compound(title, 0, 7)
    assert not in_named_compound(title, 8, 16)  # nothing after the head
    assert not in_named_compound(title, 5, 3) and not in_named_compound(title, -1, 4)
    assert not in_named_compound(title, 0, 99)


HIRING_EVENT = "events@brookfieldfulfil.com"
ASKED = [
    ("Hiring Event – same-day interviews (Brookfield)",
     "Hi Pat, your RSVP is confirmed. Bring a government-issued ID and wear closed-toe shoes."),
    ("Recruiting Day Ausbildung – Hallberg Werke",
     "Hallo Pat, nach dem Rundgang führen wir mit Ihnen ein Einzelgespräch. Bitte bringen Sie "
     "Ihren Personalausweis mit."),
    ("Hiring Event – Dijkstra Logistiek",
     "Hoi Pat, jouw tijdslot is 15:00. Neem je ID mee; je hebt een gesprek met de teamleider."),
    ("Hiring Day – Mercado Roca",
     "Hola Pat: tu entrevista es a las 12:00. Trae tu DNI."),
    ("Recruiting Day – Hotel Baia Verde",
     "Gentile Pat, colloquio individuale alle 11:15. Si presenti con un documento d'identità."),
]
SILENT = [
    ("Webinar: How to ace your job interview",
     "Your registration is confirmed. Bring your questions about interviews."),
    ("Spring Job Fair – City Hall",
     "Thanks for your RSVP! Bring copies of your resume and dress as you would for an interview."),
    ("Career Day – Westbrook High",
     "Thank you for volunteering! Please bring photo ID to sign in."),
    ("Guest lecture – The Future of Hiring",
     "Your place is confirmed. Please bring your student ID and arrive early."),
    ("Hiring Event – interviewer roster",
     "Thanks for helping at the hiring event. Bring your badge; the scorecards are at the desk."),
]


@pytest.mark.parametrize(("title", "description"), ASKED)
def test_a_hiring_event_that_gives_the_candidate_logistics_is_asked(title: str,
                                                                      description: str) -> None:
    event = _event(title, description, organizer=HIRING_EVENT, guests=(HIRING_EVENT,))
    on, _, _ = features_of(event, ME)
    assert {"title_veto", "veto_disputed"} <= on, sorted(on)
    assert assess_event(event, ME).tier != "confident"  # asked at most, never drafted for


@pytest.mark.parametrize(("title", "description"), SILENT)
def test_the_same_logistics_for_something_else_are_no_dispute(title: str,
                                                               description: str) -> None:
    event = _event(title, description, organizer=HIRING_EVENT, guests=(HIRING_EVENT,))
    on, _, _ = features_of(event, ME)
    assert "veto_disputed" not in on, sorted(on)
    assert assess_event(event, ME).tier == "below"


def test_logistics_alone_need_a_step_the_title_or_the_description_names() -> None:
    said = "Your RSVP is confirmed. Please bring photo ID and arrive by 9."
    assert not veto_disputed(said, organizer_email=HIRING_EVENT, organizer_self=False)
    assert veto_disputed(said, organizer_email=HIRING_EVENT, organizer_self=False,
                         step_named=True)
    assert veto_disputed(said + " Interviews run from 9 to 1.", organizer_email=HIRING_EVENT,
                         organizer_self=False)
    assert not veto_disputed(said, organizer_email=ME, organizer_self=True, step_named=True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.integers(-5, 320), st.integers(-5, 320))
def test_bad_input_never_raises(text: str, start: int, end: int) -> None:
    assert isinstance(main_item(text), str)
    assert isinstance(in_named_compound(text, start, end), bool)
    assert title_veto(text, {"pat lee"}) in (None, True, False)
    assert isinstance(veto_disputed(text, organizer_email=HIRING_EVENT, organizer_self=False,
                                    step_named=True), bool)


def test_an_enormous_title_is_read_in_bounded_time() -> None:
    title = "Interview at Acme (then " + "lecture " * 50_000 + ")"
    assert main_item(title).startswith("Interview")
    assert title_veto(title, set()) in (None, False)
