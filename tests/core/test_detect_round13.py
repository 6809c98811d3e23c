"""Round 13's decision rules (issue #15, ``detect.about_hiring``): a meeting of the hiring side's
roles (a training or rehearsal of interviewers, assessors, facilitators or jury members) and a
committee's own sitting are not the user's interview; nor is a pre-employment psychological
check or a mock interview with words between "mock" and "interview"; a public competition's oral
exam or jury interview is a hiring step when the title names the competition. Each with a case
it must accept (or reject) and a near miss, in their own wording (not the check set's)."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.about_hiring import competition_oral
from interview_sync.core.detect.classify import detect_interview

ME = "pat.lee@gmail.com"
SELF = {"email": ME, "self": True}
HR = {"email": "selection@northwind-group.com", "displayName": "Northwind Group – Selection"}


def _event(summary: str, organizer: dict[str, Any], description: str = "",
           location: str = "") -> dict[str, Any]:
    return {"id": "e13", "summary": summary, "organizer": organizer,
            "attendees": [{"email": ME, "self": True, "displayName": "Pat Lee"},
                          {"email": "kim.ng@northwind-group.com", "displayName": "Kim Ng",
                           "responseStatus": "accepted"}],
            "description": description, "location": location,
            "start": {"dateTime": "2027-06-08T10:00:00+02:00"},
            "end": {"dateTime": "2027-06-08T11:00:00+02:00"}}


# ---------------------------------------------------------------- meetings about interviews
@pytest.mark.parametrize("title", [
    "Treinamento de entrevistadores – seleção de estagiários",
    "Briefing assessors: assessment centre graduates",
    "Schulung für Prüfer – Auswahlgespräche Azubis",
    "Formazione selezionatori – colloqui di gruppo",
    "Interviewers calibration – Backend Engineer",
    "Seduta della commissione – valutazione candidati",
    "Sitzung der Auswahlkommission – Sachbearbeitung",
    "Selection committee meeting – shortlist",
    "Ensaio dos avaliadores – dinâmica de grupo",
    "Sitzung der Auswahlkommission – Vorstellungsgespräche Sachbearbeitung",
])
def test_a_meeting_of_the_hiring_side_is_not_the_users_interview(title: str) -> None:
    assert detect_interview(_event(title, HR), ME) is None


@pytest.mark.parametrize("title", [
    "Interview with the selection committee – Policy Officer",  # the candidate meets them
    "Entrevista con los seleccionadores – Analista",
    "Vorstellungsgespräch mit der Auswahlkommission – Sachbearbeitung",
])
def test_meeting_the_hiring_side_is_still_an_interview(title: str) -> None:
    assert detect_interview(_event(title, HR), ME) is not None


# ---------------------------------------------------------------- checks and practice
@pytest.mark.parametrize("title", [
    "Psychological evaluation – Firefighter recruit",
    "Psychological evaluation (written test + interview) – Deputy Sheriff hiring",
    "Test psicotécnico – proceso de selección Agente de Policía Local",
    "Prueba psicotécnica – bolsa de empleo (Ayuntamiento)",
    "Avaliação psicológica – concurso Guarda Municipal",
    "模擬グループ面接（就活塾）",
    "모의 임원면접 연습",
])
def test_a_psychological_check_or_a_mock_with_words_between_is_no_interview(title: str) -> None:
    assert detect_interview(_event(title, SELF), ME) is None


@pytest.mark.parametrize("title", [
    "Interview – Clinical Psychologist (Northwind Group)",  # a psychologist's job
    "グループ面接（ノースウィンド株式会社）",  # a real group interview
])
def test_the_near_misses_of_checks_and_practice_stay_interviews(title: str) -> None:
    assert detect_interview(_event(title, HR), ME) is not None


# ---------------------------------------------------------------- a competition's oral exam
@pytest.mark.parametrize("title", [
    "Prova orale – concorso pubblico Istruttore amministrativo",
    # (round 19: a territorial concours's oral only puts winners on an aptitude list, round 18's
    # decision; tests/core/test_detect_process_roles.py holds it; the State's appoints them)
    "Épreuve orale – concours d'attaché d'administration de l'État",
    "Ejercicio oral – oposición Auxiliar administrativo",
    "Entretien avec le jury – concours interne de rédacteur",
])
def test_a_competitions_oral_exam_is_a_hiring_step(title: str) -> None:
    assert competition_oral(title) is not None
    assert detect_interview(_event(title, HR), ME) is not None


@pytest.mark.parametrize("title", [
    "Prova orale – esame di Diritto privato",  # a university exam: no competition
    "Oral blanc – concours de rédacteur (prépa)",  # practice for one
    "Concorso fotografico – premiazione",  # a competition, no oral exam
    "Prova orale – concorso di ammissione alla scuola di specializzazione",  # a school's
])
def test_an_oral_exam_without_a_competition_or_for_practice_is_not_one(title: str) -> None:
    assert competition_oral(title) is None


# ---------------------------------------------------------------- an agency's client in brackets
def _agency_call(title: str) -> dict[str, Any]:
    event = _event(title, {"email": "l.moens@staffbridge.be", "displayName": "Lien Moens (Staffbridge)"})
    event["attendees"] = [{"email": ME, "self": True, "displayName": "Pat Lee"},
                          {"email": "l.moens@staffbridge.be", "displayName": "Lien Moens"},
                          {"email": "r.aerts@bouwgroep-lier.be", "displayName": "Rik Aerts"}]
    return event


@pytest.mark.parametrize("title", [
    "Teams-gesprek – Planner (klant: Bouwgroep Lier)",
    "Video call – Site Manager (client: Bouwgroep Lier)",
])
def test_an_agency_call_naming_its_client_in_brackets_is_the_users_interview(title: str) -> None:
    found = detect_interview(_agency_call(title), ME)
    assert found is not None


def test_a_project_call_naming_a_client_without_a_job_is_not() -> None:
    assert detect_interview(_agency_call("Sprint review (client: Bouwgroep Lier)"), ME) is None
