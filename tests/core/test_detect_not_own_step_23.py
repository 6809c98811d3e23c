"""Round 23's side rules (``seat_as``, ``demos``, ``not_own_step.proficiency_for_post``, the
workshop row of ``kinds``): the user leading the interview, demos of recruitment software,
proficiency interviews that are a post's selection step, rooms called workshop; each with the
true hiring step worded like it. Wordings differ from the check set (tests/data/real_cases_t23s.py)."""

from __future__ import annotations

import pytest

from interview_sync.core.detect.demos import software_demo
from interview_sync.core.detect.lookalikes import title_is_lookalike
from interview_sync.core.detect.seat_as import seat_as_role
from interview_sync.core.detect.sides import user_hires

LEADS = [
    "I lead the technical interview – backend candidate",
    "I'm running the screen for the SRE role",
    "Leading the panel interview for Finance Manager",
    "Je dirige l'entretien final – commercial",
    "Ich moderiere das Auswahlgespräch (Vertrieb)",
    "Yo dirijo la entrevista del candidato a contable",
    "Conduco io il colloquio – magazziniere",
    "Я модерирую интервью – кандидат в бэкенд",
]
CANDIDATE_LEADS = [
    "Case interview – you lead the case (Business Analyst)",
    "Candidate-led case: I lead the case, 45 min (Bain)",
    "Interview for Team Lead – I'll run a short stand-up exercise",
    "Interview with Jordan, who leads the platform team",
]


@pytest.mark.parametrize("title", LEADS)
def test_the_user_leading_the_interview_is_a_seat(title: str) -> None:
    assert seat_as_role(title)


@pytest.mark.parametrize("title", CANDIDATE_LEADS)
def test_a_candidate_leading_the_case_is_no_seat(title: str) -> None:
    assert not seat_as_role(title)


def test_the_users_own_entry_saying_it_leads_the_talk_is_the_hiring_side() -> None:
    assert user_hires("Gespräch Herr Adler", "Ich führe das Gespräch, Frau Ebert schreibt mit.", True)
    assert not user_hires("Gespräch Herr Adler", "Ich führe das Gespräch, Frau Ebert schreibt mit.",
                          False)  # an invite's "I" is the interviewer's


DEMOS = [
    "ATS demo with Brightpipe sales",
    "Product walkthrough: hiring platform (Recruitly)",
    "Démonstration du logiciel de recrutement",
    "Demostración del sistema de selección – proveedor",
    "Демо платформы для подбора персонала",
    "دموی سامانه استخدام آنلاین",
    "عرض توضيحي لمنصة المقابلات بالفيديو",
]
DEMO_INTERVIEWS = [
    "Interview – Sales Engineer (ATS vendor), includes a live demo",
    "Account Manager interview: demo of our recruiting software",
    "Entrevista: demo de la plataforma, puesto de preventa",
    "Собеседование – пресейл, демо системы",
]


@pytest.mark.parametrize("title", DEMOS)
def test_a_software_demo_is_a_lookalike(title: str) -> None:
    assert software_demo(title)
    assert title_is_lookalike(title)


@pytest.mark.parametrize("title", DEMO_INTERVIEWS)
def test_a_job_interview_with_a_demo_is_left_alone(title: str) -> None:
    assert not software_demo(title)


@pytest.mark.parametrize("title", [
    "Oral proficiency interview – Apprentice Dispatcher intake",
    "Language proficiency interview for the Flight Attendant recruitment",
    "Proficiency interview (German) – Customer Service Agent vacancy",
])
def test_a_proficiency_interview_for_a_post_is_no_lookalike(title: str) -> None:
    assert not title_is_lookalike(title)


@pytest.mark.parametrize("title", [
    "English proficiency interview – licence revalidation",
    "ACTFL OPI Spanish – teacher certification",
    "Proficiency rating – Court Interpreter registry renewal",
])
def test_a_proficiency_rating_of_the_users_skill_stays_a_lookalike(title: str) -> None:
    assert title_is_lookalike(title)


@pytest.mark.parametrize("title", [
    "Interview – Store Manager (Workshop Room 2)",
    "Interview @ Workshop, 3rd floor",
    "Final interview – Buyer, in the Board Room Workshop",
    "Interview – Analyst (Workshop B)",
])
def test_a_room_called_workshop_is_no_lookalike(title: str) -> None:
    assert not title_is_lookalike(title)


@pytest.mark.parametrize("title", [
    "Workshop – interview techniques for graduates",
    "Mock interview workshop (careers)",
])
def test_a_workshop_about_interviews_stays_a_lookalike(title: str) -> None:
    assert title_is_lookalike(title)
