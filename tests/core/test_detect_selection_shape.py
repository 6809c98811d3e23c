"""A selection step's shape asks about the event, whatever the sector; the same logistics without a
selection stay as they were.

Round 17 (``core.detect.selection_shape``): steps not called interviews (a weld test, a
translation test, a casting, a group discussion, a newsroom's copy test) were silent in four
blind rounds running, each in sectors no earlier rule held. A step in the title, a hiring
context and the step's logistics, sent from outside or copied by the user, make the event at
least unsure (the note and a question, never drafts); a driving test, a school exam, a choir's
audition, a volunteer's orientation or a new starter's first day do not have that shape.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.confidence import assess_event, basis_of
from interview_sync.core.detect.features import features_of
from interview_sync.core.detect.selection_shape import selection_shape, shape_hint

ME = "pat.lee@gmail.com"


def _event(summary: str, description: str, *, organizer: str = "jobs@ridgelinefab.com",
           organizer_self: bool = False, name: str = "") -> dict[str, Any]:
    org: dict[str, Any] = {"email": ME, "self": True} if organizer_self else {"email": organizer}
    if name and not organizer_self:
        org["displayName"] = name
    return {
        "id": "ss1", "summary": summary, "description": description,
        "start": {"dateTime": "2027-10-14T10:00:00+01:00"},
        "end": {"dateTime": "2027-10-14T11:00:00+01:00"},
        "organizer": org,
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
    }


# Steps without an interview word, in several sectors and languages; names invented.
SHAPED = [
    ("Weld test – Fabricator (2nd shift)",
     "Thanks for dropping off your application. Bring your hood, gloves and steel-toe boots; "
     "we bend test the coupons the same day.", "dale@ridgelinefab.com", False),
    ("Testöversättning EN>SV – Norrsken Språk",
     "Tack för din intresseanmälan. Du har valts ut att göra ett test på 250 ord; vi meddelar "
     "resultatet inom 30 dagar.", "leverantorer@norrskensprak.se", False),
    ("Casting Hotel Seeblick – 10 Min. vor der Jury",
     "Nur Bewerbungsmappe mitbringen. Recall ab 14 Uhr.", "", True),
    ("Copy desk test (90 min) – The Harbor Ledger",
     "Grammar, headlines, then edit two stories. Ask for Carla at reception.",
     "newsroom.hiring@harborledger.com", False),
    ("【選考】グループディスカッション – 本社",
     "当日は履歴書をご持参ください。約60分です。", "saiyo@kaiyo-hotel.co.jp", False),
]


@pytest.mark.parametrize(("title", "description", "organizer", "own"), SHAPED)
def test_a_selection_steps_shape_is_asked_about(title: str, description: str, organizer: str,
                                                own: bool) -> None:
    event = _event(title, description, organizer=organizer, organizer_self=own)
    on, _, _ = features_of(event, ME)
    assert "selection_shape" in on
    judged = assess_event(event, ME)
    assert judged.tier in {"unsure", "confident"}, judged.explain()
    assert judged.interview is not None
    assert basis_of(event, ME).shape


def test_an_event_only_the_shape_lets_past_the_first_look_is_never_drafted() -> None:
    event = _event(*SHAPED[0][:2], organizer=SHAPED[0][2])
    on, _, _ = features_of(event, ME)
    assert "shape_first_look" in on
    judged = assess_event(event, ME)
    assert judged.tier == "unsure" and not judged.rules_accept
    assert judged.interview is not None and judged.interview.unsure
    assert any("selection step" in reason for reason in judged.interview.reasons)


def test_the_shape_disputes_the_press_organising_a_newsrooms_test() -> None:
    event = _event(*SHAPED[3][:2], organizer=SHAPED[3][2], name="Harbor Ledger Newsroom")
    on, _, _ = features_of(event, ME)
    judged = assess_event(event, ME)
    assert judged.tier == "unsure", (sorted(on), judged.explain())


# The same logistics where nobody is selected for a job.
NOT_SHAPED = [
    ("Praktische Fahrprüfung Klasse B", "Bitte Personalausweis mitbringen. Prüftermin verbindlich.",
     "termine@fahrschule-lindner.de"),
    ("Chorus audition – new members", "Sing a piece of your choice; outcome within 24 hours.",
     "membership@valleychorus.org"),
    ("First day – induction", "Welcome to the team! Bring your passport for the right-to-work "
     "check. Your role starts at 9.", "hr@brackenfield.ac.uk"),
    ("Lifeguarding course – prerequisite swim test", "Bring goggles. Results the same day.",
     "aquatics@eastlakeymca.org"),
    ("Pre-employment drug test – Cobaltline offer", "Bring photo ID; results in 3 days.",
     "hr@cobaltline.com"),
    ("Mock assessment – graduate scheme practice", "Bring a pen; we will mark your application "
     "test.", "careers@uni-hartfield.ac.uk"),
    ("Test plan review", "Bring the results of the load test for the release.", "qa@gridworks.dev"),
]


@pytest.mark.parametrize(("title", "description", "organizer"), NOT_SHAPED)
def test_the_same_logistics_without_a_selection_have_no_shape(title: str, description: str,
                                                              organizer: str) -> None:
    on, _, _ = features_of(_event(title, description, organizer=organizer), ME)
    assert "selection_shape" not in on


def test_the_users_own_domain_is_never_a_selection() -> None:
    assert not selection_shape("Weld test – Fabricator", "Bring your application and your hood.",
                               organizer_email="dale@ridgelinefab.com", organizer_name="",
                               organizer_self=False, organizer_mine=True)


def test_a_title_without_a_steps_stem_leaves_the_hint_at_once() -> None:
    assert not shape_hint("Weekly sync", "Bring your application and photo ID.", "", "")
    assert shape_hint("Weld test", "Bring your application and your hood.", "", "")


@pytest.mark.parametrize("text", ["", "x" * 2_000_000, "\x00\xff\ufffe" * 50_000,
                                  "test " * 100_000, "面接 테스트 épreuve " * 20_000])
def test_bad_input_never_raises(text: str) -> None:
    for title, description in ((text, text), ("Weld test", text), (text, "")):
        assert isinstance(shape_hint(title, description, text, text), bool)
        assert isinstance(selection_shape(title, description, organizer_email=text,
                                          organizer_name=text, organizer_self=False,
                                          organizer_mine=False), bool)
        judged = assess_event(_event(title, description), ME)
        assert judged.tier in {"below", "unsure", "confident"}


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.text(max_size=600), st.text(max_size=60))
def test_any_text_never_raises(title: str, description: str, organizer: str) -> None:
    assert isinstance(shape_hint(title, description, organizer, organizer), bool)
    assert isinstance(selection_shape(title, description, organizer_email=organizer,
                                      organizer_name=organizer, organizer_self=False,
                                      organizer_mine=False), bool)
