"""What else an event says does not silence the interview it is (round 18, ``veto18``).

Three readings silenced interviews in round 17's blind batch: an instruction for arriving read
as the user's own chore ("ask for Manny (pit boss)"), a job opening the user's own title read as
another candidate's name ("Socorrista Arenales: ..."), and a health card to bring read as a
patient's appointment ("Permis + carte vitale"). Each is now read as what it is, and the true
look-alikes with the same words stay out: a chore asking for a thing, a clinic's appointment,
a bank's, the user hiring a lifeguard. Names, firms and places are invented.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.chores import is_chore
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.documents import document_lookalike
from interview_sync.core.detect.everyday_jobs import EVERYDAY_JOB
from interview_sync.core.detect.features import features_of

ME = "pat.lee@gmail.com"


def _event(summary: str, description: str = "", *, organizer: str | None = None,
           guests: tuple[tuple[str, str], ...] = (), location: str = "") -> dict[str, Any]:
    return {
        "id": "ar1", "summary": summary, "description": description, "location": location,
        "start": {"dateTime": "2027-11-04T10:00:00+01:00"},
        "end": {"dateTime": "2027-11-04T11:00:00+01:00"},
        "organizer": {"email": organizer} if organizer else {"email": ME, "self": True},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                      *({"email": e, "displayName": n} for e, n in guests)],
    }


# (1) arriving: whom to ask for, where to ask
ARRIVALS = [
    "Audition @ Red Mesa – craps – ask for Lou (pit boss)",
    "Server interview @ Tin Lantern – ask for the GM, bring resume",
    "2nd interview – Assistant GM – Olive Row (ask for the area director)",
    "Interview Fernhill Depot – ask at the front desk",
]
CHORES = [
    "Ask for references – Priya & Tom – before Friday's interview",
    "Interview follow-up: ask for feedback from Oakridge",
    "Ask For An Extension – take-home for the interview",
    "Ask for Salary Range – Acme interview",
    "Reply to Harbour Wholesale – confirm interview + ask about parking",
    "Ask for Jo's feedback on the interview",
    "Ask for Zoom link – Acme interview",
    "Ask For A Reschedule – Northwind interview",
]


@pytest.mark.parametrize("title", ARRIVALS)
def test_an_instruction_for_arriving_is_no_chore(title: str) -> None:
    assert not is_chore(title, True)
    assert "chore" not in features_of(_event(title), ME)[0]


@pytest.mark.parametrize("title", CHORES)
def test_a_task_asking_for_a_thing_is_still_a_chore(title: str) -> None:
    assert is_chore(title, True)
    assert assess_event(_event(title), ME).tier != "confident"


# (2) a job in the user's own title is no person
JOB_TITLES = [
    "Socorrista Arenales: carrera + natación, luego entrevista – Vigía Salvamento",
    "Bagnino Spiaggia Libera: prova in mare, poi colloquio – Cooperativa Onda Sicura",
    "Lifeguard Westbrook Pool: swim test then interview – Westbrook Leisure Trust",
    "Serveur Brasserie: essai puis entretien – Brasserie du Port",
    "Camarero Extra Banquetes: prueba + entrevista – Hotel Miramar",
]


@pytest.mark.parametrize("title", JOB_TITLES)
def test_a_job_opening_the_users_own_title_is_not_another_candidate(title: str) -> None:
    on, _, _ = features_of(_event(title), ME)
    assert "names_someone_else" not in on
    assert assess_event(_event(title), ME).tier != "below"


def test_a_private_guest_named_in_the_title_is_still_the_candidate() -> None:
    event = _event("Jamie Ortega – Lifeguard – swim test + interview",
                   guests=(("jamie.ortega88@gmail.com", "Jamie Ortega"),))
    assert "names_someone_else" in features_of(event, ME)[0]
    assert detect_interview(event, ME) is None


@pytest.mark.parametrize("surname", ["Koch", "Kellner", "Cook", "Baker", "Porter", "Herrero",
                                     "Pastor", "Boulanger", "Berger", "Ferrari", "Usher"])
def test_surnames_that_are_also_jobs_stay_names(surname: str) -> None:
    assert EVERYDAY_JOB.search(f"Alex {surname}") is None


# (3) a health card to bring
def test_a_health_card_to_bring_to_a_named_job_step_is_no_veto() -> None:
    event = _event("Entretien + test de conduite – Réseau Ondine",
                   "Entretien avec la RH puis test de conduite. Permis + carte vitale.")
    on, _, _ = features_of(event, ME)
    assert "nonjob_context" not in on
    assert assess_event(event, ME).tier == "confident"
    invite = _event("Entretien d'embauche – Agent(e) de propreté – Nettoyage Clairval",
                    "Merci de vous munir de votre pièce d'identité et de votre carte vitale.",
                    organizer="recrutement@clairval-proprete.fr")
    assert detect_interview(invite, ME) is not None


@pytest.mark.parametrize(("title", "description"), [
    ("Entretien – CPAM", "Munissez-vous de votre carte vitale et d'un justificatif."),
    ("Entrevista – Centro de Salud Norte", "Traiga su tarjeta sanitaria."),
    ("Interview – Dr Amin's practice", "Please bring your health card and medication list."),
])
def test_a_health_card_with_nothing_of_a_job_still_vetoes(title: str, description: str) -> None:
    assert document_lookalike(title, "", description)
    assert detect_interview(_event(title, description, organizer="rdv@cabinet-amin.fr"), ME) is None


def test_job_words_in_the_description_lift_the_document_veto() -> None:
    assert not document_lookalike("Interview", "", "Thanks for applying. Bring your health card.")


@settings(max_examples=60, deadline=None)
@given(title=st.text(max_size=80), text=st.text(max_size=200))
def test_the_readers_never_raise(title: str, text: str) -> None:
    assert isinstance(is_chore(title, True), bool)
    assert isinstance(document_lookalike(title, text, text), bool)
