"""A title veto that the rest of the event disputes asks; one the rest agrees with stays silent.

Round 16 (``core.detect.veto_dispute``): a veto word inside a longer phrase ("Training
Contract", "Strategy Analyst", "Calibration Technician", "Hiring Event", "1:1 with ...") used
to silence an invitation written to the user as the candidate. Such an event is now asked
about (the note and a question, never drafts); the same words on the hiring side, or in the
user's own entry, stay silent.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.features import features_of
from interview_sync.core.detect.veto_dispute import veto_disputed

ME = "pat.lee@gmail.com"


def _event(summary: str, description: str, *, organizer: str = "careers@ashdownreeve.com",
           organizer_self: bool = False,
           guests: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    return {
        "id": "vd1", "summary": summary, "description": description,
        "start": {"dateTime": "2027-09-14T10:00:00+01:00"},
        "end": {"dateTime": "2027-09-14T11:00:00+01:00"},
        "organizer": {"email": ME, "self": True} if organizer_self else {"email": organizer},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                      *({"email": e, "displayName": n} for e, n in guests)],
    }


# Invitations to the user as the candidate, each title holding a word the title veto reads
# ("hiring event", "recruiting day", "1:1"); names and firms invented. (Round 16's titles here,
# "Training Contract", "Strategy Associate", "Calibration Engineer", name a scheme or a job:
# since round 17 no veto at all, ``test_detect_title_scope``.)
DISPUTED = [
    ("Hiring Event – Video Interview (Ashdown Reeve LLP)",
     "Dear Pat, thank you for your application for our 2029 training contract. Your video "
     "interview with a partner will last 40 minutes; you will meet Clara Venn, Training Principal."),
    ("Recruiting Day – Case Interview (Ashdown Reeve)",
     "Hi Pat, thanks for your interest in the Strategy Associate role. Your case interview "
     "with our Director of Strategy takes 45 minutes; a Zoom link follows."),
    ("1:1 with Hiring Manager – Calibration Engineer",
     "Hi Pat, your technical interview for the Calibration Engineer opening is confirmed. You "
     "will meet our lab lead, who will ask about traceability and uncertainty budgets."),
]


@pytest.mark.parametrize(("title", "description"), DISPUTED)
def test_a_veto_word_in_a_longer_phrase_against_a_candidates_invitation_is_asked(
        title: str, description: str) -> None:
    event = _event(title, description, guests=(("c.venn@ashdownreeve.com", "Clara Venn"),))
    on, _, _ = features_of(event, ME)
    assert {"title_veto", "veto_disputed"} <= on
    judged = assess_event(event, ME)
    assert judged.tier == "unsure", judged.explain()
    assert judged.interview is not None and judged.interview.unsure
    assert not judged.rules_accept  # asked, never drafted for
    assert any("veto_disputed" in line for line in judged.explain())


# The same words on the hiring side, a practice run, and the user's own entry: silent.
AGREED = [
    ("Interview: Strategy Associate – R. Castillo",
     "You have been scheduled to interview R. Castillo. Please review the candidate's resume "
     "and submit your scorecard after the interview."),
    ("Hiring Event – interview team (Store 88)",
     "Thanks for volunteering to interview at Saturday's hiring event; each candidate's "
     "questionnaire will be passed to you. Submit your feedback before you leave."),
    ("Training Contract practice interview – careers service",
     "A practice interview for students applying for training contracts, with feedback. "
     "Please bring your application form."),
]


@pytest.mark.parametrize(("title", "description"), AGREED)
def test_a_veto_the_rest_of_the_event_agrees_with_stays_silent(title: str,
                                                               description: str) -> None:
    event = _event(title, description)
    on, _, _ = features_of(event, ME)
    assert "veto_disputed" not in on
    judged = assess_event(event, ME)
    assert judged.tier == "below" and judged.interview is None


def test_the_users_own_entry_is_never_a_dispute() -> None:
    title, description = DISPUTED[0]
    event = _event(title, description, organizer_self=True)
    assert "veto_disputed" not in features_of(event, ME)[0]
    # (round 19: a hiring event is a selection step's format, and the shape reads the user's
    # own copy, so this copy of an invitation may be asked about; never drafted for)
    judged = assess_event(event, ME)
    assert judged.tier != "confident" and not judged.rules_accept


def test_another_veto_beside_the_titles_is_never_disputed() -> None:
    """The hiring side read in the description is a veto of its own: no question."""
    title, _ = DISPUTED[1]
    event = _event(title, "Thanks for your interest. You are on the panel; the interview kit "
                          "is attached.")
    on, _, _ = features_of(event, ME)
    assert "hiring_side" in on and "veto_disputed" not in on
    assert assess_event(event, ME).tier == "below"


@pytest.mark.parametrize(("description", "expected"), [
    ("We are pleased to invite you to an interview. Please bring photo ID.", True),
    ("Congratulations on reaching the final stage.", True),
    ("Vielen Dank für Ihre Bewerbung; Ihr Vorstellungsgespräch findet online statt.", True),
    ("Merci pour votre candidature.", True),
    ("Please review the candidate's CV before the interview.", False),
    ("Your interview kit and the scorecard are linked below.", False),
    ("Your mock interview with a careers adviser.", False),
    ("Team lunch after the offsite.", False),
])
def test_the_description_says_whom_it_is_written_to(description: str, expected: bool) -> None:
    assert veto_disputed(description, organizer_email="hr@ashdownreeve.com",
                         organizer_self=False) is expected
    assert not veto_disputed(description, organizer_email="", organizer_self=False)
    assert not veto_disputed(description, organizer_email=ME, organizer_self=True)


@settings(max_examples=200, deadline=None)
# (titles whose own words veto: AGREED's first is vetoed by its description, the hiring side's)
@given(st.sampled_from([t for t, _ in DISPUTED + AGREED[1:]]), st.text(max_size=400))
def test_a_disputed_veto_is_never_drafted_for(title: str, description: str) -> None:
    judged = assess_event(_event(title, description), ME)
    assert judged.tier != "confident"
