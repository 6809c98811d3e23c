"""Who an interview-shaped event is for (issue #15, round 16): the user's seat on the hiring side,
interviewing as a topic, a seller's demo (``detect.other_side``), and real interviews worded
like them; bad input never raises."""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.features import FEATURES, features_of
from interview_sync.core.detect.other_side import (
    about_interviews,
    hiring_seat,
    other_side_features,
    vendor_pitch,
)

ME = "pat.lee@gmail.com"


def _event(summary: str, *, organizer: str = "hr@northwind-labs.com", description: str = "",
           guests: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    return {
        "id": "os1", "summary": summary, "description": description,
        "start": {"dateTime": "2026-06-10T15:00:00-05:00"},
        "end": {"dateTime": "2026-06-10T16:00:00-05:00"},
        "organizer": {"email": organizer},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                      *({"email": e, "displayName": n} for e, n in guests)],
    }


# ------------------------------------------------------------------ the user's seat

SEATS = [
    ("Graduate interviews – I'm the second interviewer", ""),
    ("Interview panel – Office Support Assistant (you're on the panel)", ""),
    ("Chair: interview panel – Payroll Officer", ""),
    ("Panel facilitator – Claims Handler interviews", ""),
    ("Oral board panelist – Firefighter recruits", ""),
    ("Selection day – lay member seat", ""),
    ("Hiring manager sync – Data Analyst pipeline", ""),
    ("Interviews – Lab Technician", "Thanks for agreeing to sit on this panel. Forms in the folder."),
    ("Interviews – Lab Technician", "You will act as scorer for the morning session."),
    ("Recruit interviews", "Panelists: arrive 8:30 for the briefing."),
    ("Recruiting committee: evaluate 2L callbacks (forms due)", ""),
]
NOT_SEATS = [
    ("Interview with Chair – Dept. of History (Lakemont College)", ""),
    ("Panel interview – Maintenance Mechanic", "Your interview is with the supervisor and a steward."),
    ("Technical interview – Cloud Engineer", "Interviewers: Dana Cho, Raj Patel"),
    ("Hiring Manager Interview – Support Engineer", ""),
    ("Community interview – Police Recruit applicant",
     "Your interview is with a chairperson and two community members."),
    ("Meet the panellists – Graduate scheme", ""),
]


@pytest.mark.parametrize(("title", "description"), SEATS)
def test_a_hiring_side_seat_is_read(title: str, description: str) -> None:
    assert hiring_seat(title, description)


@pytest.mark.parametrize(("title", "description"), NOT_SEATS)
def test_the_candidate_meeting_the_panel_holds_no_seat(title: str, description: str) -> None:
    assert not hiring_seat(title, description)


# ------------------------------------------------------------------ interviewing as a topic

ABOUT = [
    "Webinar: How to ace your technical interview", "Interview skills workshop for new managers",
    "Members' session: 8 steps to interview success", "Interviews That Wow! – free workshop",
    "Get Hired: Preparing for Job Interviews (library class)",
    "Behavioral interviewing for hiring managers (cohort 3)",
    "Workshop: interviews and assessment centres", "Nailing your virtual interview",
    "Careers: what to expect at an assessment centre (drop-in talk)",
    "Miniseminar: Alt om jobbintervjuet", "Warsztat: rozmowa kwalifikacyjna",
    "Oficina: como se sair bem na dinâmica de grupo", "Atelier : comment réussir son entretien",
]
NOT_ABOUT = [
    "Campus interview – Asst. Professor, Biochemistry (seminar 3:30)",
    "Technical interview – Backend Engineer", "Job talk – Dept. of Neuroscience",
    "Final stage: sales presentation interview – Territory Manager",
    "Interview – Training Coordinator (Harbour Health)", "Teaching demo – Grade 3 math",
    "Training Contract interview – Harcourt Lyle LLP", "Course leader interview – Riverside College",
    "Training Contract Assessment Centre – Harcourt Lyle LLP",
]


@pytest.mark.parametrize("title", ABOUT)
def test_a_talk_about_interviews_is_read(title: str) -> None:
    assert about_interviews(title)


@pytest.mark.parametrize("title", NOT_ABOUT)
def test_a_candidate_interview_is_not_a_topic(title: str) -> None:
    assert not about_interviews(title)


# ------------------------------------------------------------------ a seller's meeting

@pytest.mark.parametrize(("title", "organizer", "name"), [
    ("Talview Interview Rooms – live demo for your TA team", "sdr.mira@talview.com", "Mira"),
    ("Demo: Virtual Interview module", "sales@youtestme.com", ""),
    ("GeekTest product demo – programming tests", "d.novak@geektest.co", "David Novak"),
    ("Your OneWay Interview trial – kickoff call", "hello@onewayinterview.com", ""),
    ("Structured interview walkthrough", "alex@vendorly.io", "Vendorly Sales"),
])
def test_a_sellers_demo_is_read(title: str, organizer: str, name: str) -> None:
    assert vendor_pitch(title, organizer, name)


@pytest.mark.parametrize(("title", "organizer"), [
    ("Technical demo round – Product Engineer (Fernwood)", "recruiting@fernwood.dev"),
    ("Teaching demo – Grade 3 math", "principal@riverside-elem.org"),
    ("Trial shift – Chef de Partie", "conor@saltmarshkitchen.ie"),
    ("Final interview – Account Executive", "sales@brightlane.ai"),
    ("Demo", ""),
])
def test_a_candidates_demo_is_no_sellers(title: str, organizer: str) -> None:
    assert not vendor_pitch(title, organizer)


# ------------------------------------------------------------------ wiring and the decision

def test_every_feature_is_explained() -> None:
    assert {"about_interviews", "vendor_pitch"} <= set(FEATURES)


def test_features_of_carries_them() -> None:
    on, _, _ = features_of(_event("Whitefield demo – structured interviews + work samples",
                                  organizer="demo@whitefield.io"), ME)
    assert "vendor_pitch" in on


@pytest.mark.parametrize("event", [
    _event("Panel facilitator – Risk Analyst interviews (3 candidates)",
           organizer="talent@harbourmutual.com",
           description="You open each interview and keep time.",
           guests=(("j.price@harbourmutual.com", "Jolene Price"),)),
    _event("Members' webinar: 8 steps to interview success", organizer="events@weunion.org.uk"),
    _event("Vendorly demo – interview scorecards for your hiring team",
           organizer="demo@vendorly.io", guests=(("demo@vendorly.io", "Vendorly Sales"),)),
])
def test_the_other_side_is_never_drafted_for(event: dict[str, Any]) -> None:
    assert assess_event(event, ME).tier != "confident"


def test_a_candidates_presentation_round_is_still_drafted_for() -> None:
    event = _event("Final stage: presentation interview – Territory Manager",
                   organizer="talent@norvale-medical.com",
                   description="Hi Pat, congratulations on reaching the final stage. Your interview "
                               "is a 15-minute pitch to Gwen and a regional director.",
                   guests=(("g.ferris@norvale-medical.com", "Gwen Ferris"),))
    assert assess_event(event, ME).tier == "confident"


# ------------------------------------------------------------------ bad input

@pytest.mark.parametrize("text", ["", "\x00\x01\xff" * 50, "面接官として " * 200,
                                  "you are the " * 20_000, "interview " * 50_000])
def test_bad_input_never_raises_and_is_quick(text: str) -> None:
    started = time.perf_counter()
    other_side_features(text, text, text, text)
    other_side_features(text, "", "", "")
    assert time.perf_counter() - started < 2.0  # generous: no pathological backtracking


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300), st.text(max_size=60))
def test_any_text_gives_a_subset_of_the_three(title: str, description: str, org: str) -> None:
    assert other_side_features(title, description, org) <= {
        "about_interviews", "vendor_pitch"}


_PIECES = ["interview", "interviews", "how", "to", "ace", "your", "workshop", ":", "–", "for",
           "hiring", "managers", "I'm", "second", "interviewer", "chair", "panel", "you're",
           "on", "the", "Panelists", "arrive", "demo", "walk-through", "Miniseminar", "jobbintervjuet",
           "evaluate", "callbacks", "lay", "member", "seat", "\n", "\t", "\u00a0", "Oficina", "como"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from([" ", "  ", "\t", "\n"]))
def test_the_word_tests_never_change_an_answer(words: list[str], sep: str) -> None:
    # each function tests a word with "in" before its regex; the answer must be the regex's
    from interview_sync.core.detect import other_side as o
    text = sep.join(words)
    head = text[:600]
    raw_seat = bool(o.HIRING_SEAT.pattern.search(text) or o._TITLE_LABEL.search(text)
                    or o._TITLE_SEAT.search(text) or o.HIRING_SEAT.pattern.search(head)
                    or o._VOCATIVE.search(head))
    assert hiring_seat(text, text) == raw_seat
    assert about_interviews(text) == bool(o.ABOUT_INTERVIEWS.pattern.search(text))
