"""Inside someone else's selection (issue #15, round 19): the user's role in it, steps that hire
nobody, preparation around a step (``detect.process_roles``), and true hiring steps worded like
them; the pure readings, the decisions they lead to, and bad input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.chores import is_chore
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.lookalikes import title_is_lookalike
from interview_sync.core.detect.process_roles import hires_nobody, prep_chore, seat_in_process

ME = "pat.lee@gmail.com"


def _event(summary: str, *, organizer: str = "hr@northwind-labs.com", description: str = "",
           self_organised: bool = False) -> dict[str, Any]:
    return {
        "id": "pr1", "summary": summary, "description": description,
        "start": {"dateTime": "2026-06-10T15:00:00-05:00"},
        "end": {"dateTime": "2026-06-10T16:00:00-05:00"},
        "organizer": {"email": ME, "self": True} if self_organised else {"email": organizer},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
    }


# ------------------------------------------------------------- (a) the user's role in it

ROLES = [
    ("Role-player – Halden Bank assessment centre (difficult customer brief)", ""),
    ("Assessor briefing + assessment centre – graduate scheme", ""),
    ("Einsatz Rollenspieler – AC Vertrieb (Rolle: Reklamation)", ""),
    ("Assessment Center Führungskräfte – Beobachter (Gruppe 2)", ""),
    ("Jury – épreuves orales concours attaché", ""),
    ("Probespiel Solo-Oboe – Jury (Orchestervorstand)", ""),
    ("Tribunal oposición Auxiliar Administrativo – corrección (vocal titular)", ""),
    ("Constitución del tribunal – Técnico Superior (soy vocal)", ""),
    ("Commissione – prove orali concorso (componente esperto)", ""),
    ("Banca – prova oral (sou examinadora)", ""),
    ("Selectiecommissie teamleider (ik zit in de commissie)", ""),
    ("Career day – volunteer interviewer", ""),
    ("Assessment centre – I'm role-play customer", ""),
    ("Write interview questions + scoring rubric for the analyst panel", ""),
    ("صياغة أسئلة المقابلة – وظيفة مهندس", ""),
    ("Assessment day", "Thanks for volunteering as an assessor: two candidates per exercise."),
    ("Oraux", "Madame, en votre qualité de membre du jury, vous êtes convoquée aux épreuves."),
    ("AC", "Sie sind als Beobachterin eingeteilt; Beobachtungsbögen liegen aus."),
    ("Prove orali", "Gentile componente, la commissione si riunisce alle 8:30."),
    ("Audizioni", "Grazie per far parte della commissione: 40 candidati."),
    ("Sesión", "Se convoca a los miembros del tribunal a la sesión de corrección."),
]
# The same nouns in a candidate's invitation: the candidate meets them, holds none.
CANDIDATE_STEPS = [
    ("Assessment Centre – Customer Adviser – Halden Bank",
     "You are invited to a role-play exercise in which an actor plays a customer, then a panel "
     "interview. An assessor will observe."),
    ("Role-play exercise + interview – Store Manager – Fennick Home",
     "You will play the store manager dealing with an upset customer."),
    ("Einladung zum Assessment Center – Trainee (m/w/d)",
     "Ein Rollenspiel (Kundengespräch); unsere Beobachter geben Ihnen Feedback."),
    ("Entretien devant la commission de recrutement – gestionnaire RH", ""),
    ("Entretien avec le jury – oral d'admission", ""),
    ("Colloquio con la commissione – istruttore tecnico", ""),
    ("Entrevista com a banca – Analista de RH", "Você será entrevistada por uma banca de três gestores."),
    ("Sollicitatiegesprek met de selectiecommissie – Teamleider", ""),
    ("Interview – Examiner", ""),
    ("Assessor – interview – Valuation Office", ""),
    ("Panel interview – Policy Officer", "Two managers will join as assessors."),
    ("Interview", "You will act as a team leader while an assessor observes."),
    ("Interview – TÜV", "Sie bewerben sich als Prüferin (m/w/d); wir freuen uns auf das Gespräch."),
    ("Interview – Valuation Office", "Thank you for your application as Assessor."),
]


@pytest.mark.parametrize(("title", "description"), ROLES)
def test_a_role_in_someone_elses_selection_is_read(title: str, description: str) -> None:
    assert seat_in_process(title, description)


@pytest.mark.parametrize(("title", "description"), CANDIDATE_STEPS)
def test_the_candidate_meeting_the_same_roles_holds_none(title: str, description: str) -> None:
    assert not seat_in_process(title, description)


def test_a_role_player_is_never_drafted_for() -> None:
    event = _event("Role-player – Halden Bank assessment centre (angry customer brief)",
                   organizer="bookings@castpoint-roleplay.co.uk",
                   description="Confirming your booking as role-player for 6 candidates.")
    assert detect_interview(event, ME) is None
    assert assess_event(event, ME).tier != "confident"


def test_a_candidates_assessment_centre_is_still_drafted_for() -> None:
    event = _event("Assessment Centre – Customer Service Adviser – Halden Bank",
                   organizer="resourcing@haldenbank.co.uk",
                   description="Dear Pat, you are invited to our assessment centre: a role-play "
                               "exercise in which an actor plays a customer, and a panel interview.")
    assert detect_interview(event, ME) is not None


# ------------------------------------------------------------- (b) steps that hire nobody

NO_HIRE = [
    "Säkerhetsprövningsintervju – säkerhetsklass 2",
    "Security clearance subject interview – investigator",
    "Sicherheitsgespräch Ü2 – Geheimschutzbeauftragte",
    "기술사 면접시험 (전기) – 국가자격시험장",
    "토목구조기술사 2차 면접시험",
    "Experience Review Interview – P.Eng registration",
    "Professional review interview – CEng",
    "Oral d'admission – concours externe de rédacteur territorial",
    "Concours caporal SPP – oral d'entretien avec le jury",
    "Épreuve orale – concours d'attaché territorial",
]
HIRING_STEPS = [
    "최종 면접 – 한빛엔지니어링 (기술사 우대)",
    "Intervju – IT-tekniker (säkerhetsklassad tjänst)",
    "Vorstellungsgespräch – Sachbearbeitung Sicherheitsüberprüfung (m/w/d)",
    "Subject interview – Maths teacher",
    "Oral Board Interview – Police Officer – Vantor PD",
    "Interview – Structural Engineer (P.Eng)",
    "Concours d'inspecteur des finances publiques – oral",
]


@pytest.mark.parametrize("title", NO_HIRE)
def test_a_step_that_hires_nobody_is_read(title: str) -> None:
    assert hires_nobody(title, "")


@pytest.mark.parametrize("title", HIRING_STEPS)
def test_a_hiring_step_that_names_a_licence_or_a_clearance_is_not(title: str) -> None:
    assert not hires_nobody(title, "")


def test_a_list_of_laureates_hires_nobody_but_an_employer_after_it_does() -> None:
    assert hires_nobody("Oral", "Les lauréats seront inscrits sur la liste d'aptitude; il leur "
                                "appartiendra ensuite de postuler auprès des collectivités.")
    assert not hires_nobody("Entretien de recrutement – rédacteur – Mairie",
                            "Lauréate du concours, inscrite sur liste d'aptitude, vous êtes reçue "
                            "par le DGS.")


def test_a_vetting_interview_is_never_drafted_for() -> None:
    event = _event("Säkerhetsprövningsintervju – säkerhetsklass 2", organizer="sakerhet@nordkraft.se",
                   description="Som en del av säkerhetsprövningen genomför vi en intervju.")
    assert detect_interview(event, ME) is None
    assert assess_event(event, ME).tier != "confident"


def test_a_job_interview_for_a_vetted_post_is_still_found() -> None:
    event = _event("Intervju – IT-tekniker (säkerhetsklassad tjänst) – Mälarkraft",
                   organizer="rekrytering@malarkraft.se",
                   description="Tjänsten är placerad i säkerhetsklass; säkerhetsprövning sker innan "
                               "anställning. Intervjun hålls med Eva Lund.")
    assert detect_interview(event, ME) is not None


# ------------------------------------------------------------- (c) preparation around a step

PREP = [
    "Test drive route to Sentinel Guard (same time as interview, check parking)",
    "Trial run: drive to Harlow Foods for Thursday interview",
    "Practice commute – Westbury Medical interview route",
    "Download + print RRB e-call letter (interview on 21st)",
    "यूपीएससी इंटरव्यू ई-समन लेटर डाउनलोड करना",
]
NOT_PREP = ["Driving test + interview – Metro Transit bus operator", "Road test – courier",
            "Interview – Route Sales Driver – Harlow Foods"]


@pytest.mark.parametrize("title", PREP)
def test_a_route_rehearsal_or_a_summons_download_is_a_chore(title: str) -> None:
    assert prep_chore(title)
    assert is_chore(title, True)
    assert detect_interview(_event(title, self_organised=True), ME) is None


@pytest.mark.parametrize("title", NOT_PREP)
def test_a_driving_step_is_no_rehearsal(title: str) -> None:
    assert not prep_chore(title)


@pytest.mark.parametrize("title", ["Mentaltraining vor dem Probespiel – Sitzung 3",
                                   "Coaching – préparer l'entretien avec le jury",
                                   "Coaching: Vorbereitung Assessment Center"])
def test_coaching_before_a_step_is_a_lookalike(title: str) -> None:
    assert title_is_lookalike(title)


@pytest.mark.parametrize("title", ["Interview – Career Coach – Riverside College",
                                   "Coaching Assistant interview – Youth Football Club"])
def test_a_coachs_job_is_no_coaching(title: str) -> None:
    assert not title_is_lookalike(title)


# ------------------------------------------------------------- bad input

@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=600))
def test_any_text_never_raises(title: str, description: str) -> None:
    seat_in_process(title, description)
    hires_nobody(title, description)
    prep_chore(title)
