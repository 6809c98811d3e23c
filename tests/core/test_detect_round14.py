"""Round 14's decision rules (issue #15), written as classes from round 13's misses and the round's
own check set (``tests/data/real_cases_t14d.py``): hiring steps not called "interview" (an
orchestra's audition, a shadow or immersion day, a reasoning test, a simulator check, a Czech or
Slovak selection procedure in any case), a hiring step's nouns never read as another candidate's
name, the hiring side of the same words (assessors and observers, their briefing and wash-up,
an interview rehearsed by role play), and a restaurant's dinner service as the shift it is.
Each with cases that must stay as they were, in their own wording (not the check set's)."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.evidence import counter_evidence
from interview_sync.core.detect.sides import names_someone_else

ME = "pat.lee@gmail.com"
SELF = {"email": ME, "self": True}
USER_NAMES = {"pat lee", "pat"}


def _event(summary: str, organizer: dict[str, Any], description: str = "",
           guests: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    return {"id": "e14", "summary": summary, "organizer": organizer,
            "attendees": [{"email": ME, "self": True, "displayName": "Pat Lee"},
                          *({"email": email, "displayName": name, "responseStatus": "accepted"}
                            for email, name in guests)],
            "description": description,
            "start": {"dateTime": "2027-06-08T10:00:00+02:00"},
            "end": {"dateTime": "2027-06-08T12:00:00+02:00"}}


# ---------------------------------------------------------------- hiring steps, other names
@pytest.mark.parametrize(("title", "organizer"), [
    ("3. kolo výběrového řízení – Analytik rizik", "nabor@severka-pojistovna.cz"),
    ("Pozvánka do 2. kola výběrového řízení – Účetní", "kariera@hradni-stavby.cz"),
    ("2. kolo výberového konania – Projektový manažér", "hr@tatrastav.sk"),
    ("Probespiel Solo-Horn – Staatskapelle Weiden", "orchesterbuero@staatskapelle-weiden.de"),
    ("Meeloopdag – Verpleegkundige – Zorggroep Delta", "werving@zorggroepdelta.nl"),
    ("Journée d'immersion – Assistante de gestion (Atelier Sorel)", "rh@ateliersorel.fr"),
    ("Provspelning tutti-violin – Norrlandsoperan", "orkester@norrsymfoni.se"),
    ("Sim check – A320 First Officer – Brisa Air", "pilotrecruitment@brisa-air.pt"),
    ("Situational judgement test – Graduate Scheme (Halden Water)", "graduates@haldenwater.co.uk"),
    ("Verbal Reasoning Test – Harlow Partners", "talent@harlowpartners.com"),
    ("Logiktest – Trainee Controlling (Weser Logistik)", "karriere@weser-logistik.de"),
])
def test_a_hiring_step_not_called_interview_is_one(title: str, organizer: str) -> None:
    assert detect_interview(_event(title, {"email": organizer}), ME) is not None


@pytest.mark.parametrize(("title", "organizer", "description"), [
    ("2. kolo – turnaj ve squashi", {"email": "info@squash-brno.cz"}, ""),  # no selection word
    ("Meeloopdag school Daan", SELF, ""),  # the user's own entry: a child's
    ("Numerical reasoning practice (book 3)", SELF, ""),  # practice
    ("Language assessment B1 – citizenship", SELF, ""),
    ("Probespiel Solo-Oboe – Vorhangrunde", {"email": "vorstand@orchester-rheinau.de"},
     "Liebe Jury, bitte die Bewertungsbögen mitbringen; Abstimmung nach jeder Runde."),
])
def test_the_same_words_not_as_the_candidate_stay_no(
        title: str, organizer: dict[str, Any], description: str) -> None:
    assert detect_interview(_event(title, organizer, description), ME) is None


# ---------------------------------------------------------------- a step's nouns are no names
@pytest.mark.parametrize("title", [
    "Numerical Reasoning Test – Meridian Partners",
    "Sim Check – Direct Entry Captain – Coastal Air",
    "Group Exercise – Graduate Scheme – Halden Water",
    "Written Assessment – Policy Officer",
])
def test_a_steps_nouns_are_not_another_candidates_name(title: str) -> None:
    assert not names_someone_else(title, [], ME, USER_NAMES, "meridianpartners.com")


@pytest.mark.parametrize("title", [
    "Jordan Blake – Onsite – SRE",
    "Casey Wu – Phone screen",
])
def test_a_candidates_name_leading_the_title_still_is_one(title: str) -> None:
    assert names_someone_else(title, [], ME, USER_NAMES, "acme.com")


# ---------------------------------------------------------------- the hiring side
@pytest.mark.parametrize(("title", "description"), [
    ("Observers – Assessment Day (graduates)", ""),
    ("Beobachter – Assessment-Center Vertrieb", ""),
    ("Assessment Centre – Graduate intake", "Assessors briefing at 8:00; wash-up at 16:00."),
    ("Assessment Centre – Graduate intake", "Please bring the observation forms for each group."),
    ("Interview role play – new interview guide (Ops Analyst)",
     "Sam plays the candidate; we time each question."),
    ("Rollenspiel Vorstellungsgespräch – neuer Leitfaden",
     "Ich bin die Interviewerin, Jonas spielt den Bewerber."),
    ("Colloquio – prova della traccia",
     "Marta fa la candidata, io l'intervistatrice."),
])
def test_assessors_and_a_rehearsed_interview_are_the_hiring_side(title: str, description: str) -> None:
    hr = {"email": "earlycareers@haldenwater.co.uk"}
    assert detect_interview(_event(title, hr, description), ME) is None


@pytest.mark.parametrize(("title", "description"), [
    ("Assessment Centre – Graduate Sales (Halden Water)",
     "You will be observed by trained assessors in a group exercise and a presentation."),
    ("Assessment centre: role play + interview – Halden Water",
     "You will play the account manager in a customer role play, then meet the hiring manager."),
])
def test_the_candidates_assessment_centre_stays_an_interview(title: str, description: str) -> None:
    hr = {"email": "graduates@haldenwater.co.uk"}
    assert detect_interview(_event(title, hr, description), ME) is not None


# ---------------------------------------------------------------- a restaurant's service
def test_a_dinner_service_is_a_shift_not_a_meal() -> None:
    event = _event("Trial shift – Line Cook (Bistro Nord)", {"email": "chef@bistronord.ie"})
    assert not counter_evidence(event, event["summary"], "Friday dinner service, bring knives.", [])
    assert not counter_evidence(event, event["summary"], "You'll cover the lunch shift.", [])
    assert counter_evidence(event, event["summary"], "Dinner with Sam after the tour.", [])


# ---------------------------------------------------------------- vetting, and the user's hiring
@pytest.mark.parametrize(("title", "organizer"), [
    ("Subject interview – background investigation (SF-86)", SELF),
    ("Clearance interview with the investigator", SELF),
    ("Polygraph + background investigator interview – Harlow PD", {"email": "hr@harlowpd.gov"}),
    ("Sicherheitsüberprüfung – Befragung (Ü2)", SELF),
    ("Entretien – enquête administrative (habilitation secret)", SELF),
    ("Demo: one-way video interviews for our support hiring", {"email": "sales@vidhire.example"}),
    ("Interview tool walkthrough for our spring recruiting", {"email": "cs@screenly.example"}),
    ("Demo Videointerview-Software für unser Recruiting", {"email": "vertrieb@clipjob.example"}),
    ("Démo entretiens vidéo pour notre recrutement", {"email": "ventes@videorecrute.example"}),
])
def test_vetting_and_the_users_own_hiring_are_no_interview(
        title: str, organizer: dict[str, Any]) -> None:
    assert detect_interview(_event(title, organizer), ME) is None


@pytest.mark.parametrize("title", [
    "Final interview – Systems Engineer (clearance required) – Corvan Defense",
    "Interview – Polygraph Examiner – State Police",  # the job
    "Interview for our team's Data Analyst role – Corvan",  # no "hiring" after "our": the job
])
def test_a_job_that_needs_clearance_is_still_an_interview(title: str) -> None:
    assert detect_interview(_event(title, {"email": "recruiting@corvandefense.com"}), ME) is not None
