"""Round 10's decision rules (issue #15), each both ways, with wording of its own and bad input.

Round 9's blind misses, as classes: the user on the other side of the questions (a rater on an
oral board, the residents hosting a residency's applicants, a recruiter presenting the
shortlist to a client, a journalist interviewing a source, a meeting about interviewing),
interviews and seminars in Lithuanian, Latvian, Estonian, Slovenian and Catalan (new lexicon
cells), and the candidate's own turn at a hiring event or an open house and the debrief after
their demonstration lesson. The wording here is not the check set's
(tests/data/real_cases_t10d.py) nor round 9's batch."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.fairs import without_fair
from interview_sync.core.detect.panel import OTHER_SIDE_TITLE
from interview_sync.core.detect.sides import hiring_side_text
from interview_sync.core.detect.title_negative import TITLE_NEGATIVE

ME = "pat.lee@gmail.com"


def _event(summary: str, *, organizer: str = "careers@ostrava-steel.example", description: str = "",
           guests: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    me: dict[str, Any] = {"email": ME, "self": True, "responseStatus": "accepted"}
    return {
        "id": "r10", "summary": summary, "description": description,
        "start": {"dateTime": "2027-03-03T10:00:00+02:00"},
        "end": {"dateTime": "2027-03-03T11:00:00+02:00"},
        "organizer": {"email": organizer, "self": organizer == ME},
        "attendees": [me, *({"email": e, "displayName": n} for e, n in guests)],
    }


# ------------------------------------------ the user on the other side of the questions

@pytest.mark.parametrize(("title", "description"), [
    ("Oral board – Firefighter entry exam", "Thank you for serving as an assessor; score sheets "
                                             "are at the front desk."),
    ("Interview day – Family Medicine residency", "Residents: please host the applicants at "
                                                   "lunch and send your impressions of the "
                                                   "applicants to the coordinator."),
    ("Client meeting – Controller search (Brightwell Foods)", "Take Sam through the three "
                                                               "shortlisted candidates before "
                                                               "first interviews."),
    ("Interview – Mayor Ito", "For my piece on the flood budget; my editor wants it by Friday."),
])
def test_a_description_putting_the_user_on_the_other_side_vetoes(title: str, description: str) -> None:
    assert hiring_side_text(description, title)
    assert detect_interview(_event(title, description=description), ME) is None
    assert assess_event(_event(title, description=description), ME).tier == "below"


@pytest.mark.parametrize("title", [
    "Interview panel – warehouse applicants (4)",
    "Review interviewees – Graduate Scheme",
    "Present shortlist – CFO search",
    "Candidate review – Site Reliability Engineer",
    "Interview: Councillor Park – parking levy story",
    "Phone interview – Prof. Adeyemi (source)",
    "Interviewing working group – structured questions",
    "Interview skills – job club",
    "Vorstellungsgespräche mit Kandidaten – Lager",
])
def test_a_title_naming_other_peoples_applications_or_a_story_is_not_the_users_interview(
        title: str) -> None:
    assert OTHER_SIDE_TITLE.search(title), title
    assert detect_interview(_event(title, organizer=ME), ME) is None


@pytest.mark.parametrize(("title", "description"), [
    # the candidate is told about others, or is the one shortlisted: still their interview
    ("Interview – Payroll Officer – Ostrava Steel", "You have been shortlisted. Shortlisted "
                                                     "candidates are told five days ahead."),
    ("Shortlist interview – Payroll Officer – Ostrava Steel", "Your panel: HR and Finance."),
    ("Interview – Feature Engineer – Ostrava Steel", "Thanks for applying; the panel has the "
                                                      "score of your online test."),
    ("Interview – Storyboard Artist – Ostrava Games", "You will meet the art director."),
])
def test_the_candidates_own_invitation_is_not_read_as_the_other_side(
        title: str, description: str) -> None:
    assert not hiring_side_text(description, title), title
    assert detect_interview(_event(title, description=description), ME) is not None


# ------------------------------------------------------- round 10's languages, both ways

@pytest.mark.parametrize("title", [
    "Darbo pokalbis – sandėlininkas – UAB Vilkas",
    "Antras pokalbis – UAB Vilkas",
    "Darba pārrunas – grāmatvede – SIA Egle",
    "Töövestlus – müüja – Kivi OÜ",
    "Zaposlitveni razgovor – skladiščnik – Jelka d.o.o.",
    "Razgovor za službo – Jelka d.o.o.",
    "Entrevista de feina – cambrer/a – Hotel Miramar",
])
def test_an_employers_invitation_in_the_new_languages_is_an_interview(title: str) -> None:
    assert detect_interview(_event(title), ME) is not None
    assert assess_event(_event(title), ME).tier != "below"


@pytest.mark.parametrize("title", [
    "Seminaras: darbo pokalbis be streso",
    "Seminārs – darba intervija",
    "Koolitus: tööintervjuu",
    "Delavnica: razgovor za službo",
    "Taller: l'entrevista de feina",
    "Вебінар: співбесіда з рекрутером",
])
def test_a_seminar_about_the_interview_in_the_new_languages_is_not_one(title: str) -> None:
    assert detect_interview(_event(title, organizer="events@jobclub.example"), ME) is None


# ------------------------------------------- the candidate's own turn at a hiring event

@pytest.mark.parametrize("title", [
    "Hiring event – your interview at 9:40 – Pinecone Grocers",
    "Open house – group interview – Pinecone Grocers",
    "Open house – interview 14:20 – Pinecone Grocers (Cashier)",
])
def test_the_candidates_turn_at_a_hiring_event_is_an_interview(title: str) -> None:
    veto = TITLE_NEGATIVE.search(title)
    assert veto is not None and without_fair(title, veto) is not None
    assert detect_interview(_event(title, organizer="jobs@pineconegrocers.example"), ME) is not None


@pytest.mark.parametrize("title", [
    "Hiring event – greeters and check-in desk",
    "Open house – interviews all day (panel rota)",
    "Spring open house – Pinecone Grocers",
])
def test_the_event_itself_or_its_staff_rota_stays_vetoed(title: str) -> None:
    assert detect_interview(_event(title, organizer="jobs@pineconegrocers.example"), ME) is None


def test_the_debrief_after_the_candidates_demonstration_lesson_is_part_of_the_interview() -> None:
    title = "Debrief after sample lesson – Year 5 vacancy"
    assert detect_interview(_event(title, organizer="head@oakfield-primary.example"), ME) is not None
    # the panel's debrief about its candidates stays the hiring side's
    for other in ("Debrief – Year 5 candidates", "Debrief: sample lessons (3 candidates)"):
        assert detect_interview(_event(other, organizer="head@oakfield-primary.example"), ME) is None


@pytest.mark.parametrize("text", ["", "x" * 50_000, "\x00\ud7ff" * 100, "story" * 3_000,
                                  "(source)" * 1_000])
def test_the_new_rules_take_bad_input(text: str) -> None:
    assert hiring_side_text(text, text) in (True, False)
    assessed = assess_event(_event(text, description=text), ME)
    assert assessed.tier in ("confident", "unsure", "below")
