"""Round 25's silent hiring steps: physical selection tests by their services' names (CPAT, a
physical appraisal or bleep test, a fitness assessment), an exam named for its recruitment, an
online assessment stage or psychometric test inside a recruitment, a graduate scheme or an
application, a competition's oral and written exams in Italian, Spanish, Portuguese, German and
French, Aon's cut-e tests, and Hausa's recruitment exam (``lexicon_selection``, ``selection``,
``interview_tools``, ``thin_languages``). Look-alikes with the same words stay undetected."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.interview_tools import names_tool

ME = "pat.lee@gmail.com"


def _event(summary: str, description: str = "") -> dict[str, Any]:
    return {
        "id": "r25", "summary": summary, "description": description,
        "start": {"dateTime": "2029-03-06T09:00:00+00:00"},
        "end": {"dateTime": "2029-03-06T10:00:00+00:00"},
        "organizer": {"email": ME, "self": True},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
    }


@pytest.mark.parametrize("title", [
    # physical steps a service names, inside its recruitment
    "CPAT – Oakridge Fire Rescue (firefighter applicant)",
    "Beep test – Harbour Police recruitment",
    "Physical appraisal test – Northland police recruitment",
    "Firefighter recruit exam – Elm City FD applicant",
    # online assessments inside a scheme or an application
    "Online assessment – Pellow Bank graduate scheme",
    "Psychometric test – Granton Rail graduate programme",
    "Online tests – Kestrel Foods early careers",
    # a competition's exams
    "Prova orale – concorso 20 istruttori (Comune di Valdora)",
    "Examen de conocimientos – oposiciones bombero (Ayuntamiento de Leira)",
    "Prova escrita – concurso Câmara de Vila Alta",
    "Mündliche Prüfung – Auswahlverfahren Zoll",
    "Épreuve orale – concours de greffier (ministère de la Justice)",
    # Hausa: a recruitment exam, a test of fitness for work
    "Jarabawar daukar ma'aikata – Hukumar Kwastam (Kaduna)",
    "Gwajin cancantar samun aiki – Hukumar Shige da Fice",
])
def test_selection_steps_named_by_their_sector_are_read(title: str) -> None:
    assert detect_interview(_event(title), ME) is not None


@pytest.mark.parametrize("title", [
    "Gym – beep test practice with Sam",
    "Fitness assessment at the gym (new membership)",
    "Online assessment – food hygiene course module 2",
    "Online tests – Spanish A2 (evening class)",
    "Psychometric test – psychology 101 lab",
    "Prova orale – esame di Storia moderna",
    "Examen de conocimientos – francés B1 (academia)",
    "Prova escrita – Física II (turma A)",
    "Mündliche Prüfung – Latein (Klasse 12)",
    "Épreuve orale – bac de philosophie",
    "Jarabawar WAEC – Aisha (lissafi)",
    "Jarabawar TOEFL – Abuja",
])
def test_same_words_without_a_selection_are_not_detected(title: str) -> None:
    assert detect_interview(_event(title), ME) is None


def test_cut_e_is_an_assessment_platform_but_a_cut_is_not() -> None:
    assert names_tool("cut-e tests – Marden Airways cadet pilot application")
    assert not names_tool("Haircut – Eva's salon")
