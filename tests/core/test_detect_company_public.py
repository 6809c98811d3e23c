"""Round 16: the employer of a public-sector hiring step, as public bodies name themselves.

The shapes (``company_public``), the domain's place, a step's own name, and the whole of
``detect_interview`` on invented invitations (none from a check set); then bad input.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import ME, make_event

from interview_sync.core.detect.addresses import registrable_label
from interview_sync.core.detect.company_public import (
    is_step_name,
    public_bodies,
    public_core,
    public_domain_name,
)
from interview_sync.core.detect.confirm import confirmed_interview


def company(event: dict[str, object]) -> str | None:
    """The employer extraction reads (the event taken as an interview: what is tested here is
    whose it is, not whether detection accepts it)."""
    found = confirmed_interview(event, ME)
    assert found is not None
    return found.company


@pytest.mark.parametrize(("text", "name", "place"), [
    ("Personnel Office | City of Maple Ridge", "City of Maple Ridge", "Maple Ridge"),
    ("County of Santa Inez Human Resources", "County of Santa Inez", "Santa Inez"),
    ("Recruiting Unit – Elm Hollow Police Department", "Elm Hollow Police Department", "Elm Hollow"),
    ("Regards,\nTalent Team\nKestrel Moor Fire and Rescue Service", "Kestrel Moor Fire and Rescue Service",
     "Kestrel Moor"),
    ("Ayto. Villaseca - Personal", "Ayuntamiento de Villaseca", "Villaseca"),
    ("Tribunal. Excmo. Ayuntamiento de Loma Alta. Lugar: IES", "Ayuntamiento de Loma Alta", "Loma Alta"),
    ("Comune di Pietrasanta – Ufficio Personale", "Comune di Pietrasanta", "Pietrasanta"),
    ("Dotation - Ministère de la Culture", "Ministère de la Culture", "Ministère de la Culture"),
    ("Ostmark Ambulance Service NHS Trust", "Ostmark Ambulance Service NHS Trust",
     "Ostmark Ambulance Service"),
    ("Bereitschaftspolizei Einstellungsberatung", "Bereitschaftspolizei", "Bereitschaftspolizei"),
    ("Batalhão de Polícia Militar, Av. Brasil", "Polícia Militar", "Polícia Militar"),
    ("Tallbergs kommun - Rekrytering", "Tallbergs kommun", "Tallbergs"),
])
def test_public_bodies_are_read_in_their_own_shapes(text: str, name: str, place: str) -> None:
    assert (name, place) in public_bodies(text)


def test_a_kind_of_body_alone_names_no_body() -> None:
    # "City Council" is who sits on the panel, not a place's council
    assert public_bodies("finalist interview with City Council") == []


@pytest.mark.parametrize(("domain", "core"), [
    ("cityofmapleridgewa.gov", "mapleridge"),
    ("elmhollowok.gov", "elmhollow"),
    ("aytovillaseca.es", "villaseca"),
    ("gemeentelindeburg.nl", "lindeburg"),
    ("northwind.com", ""),       # no public body's shape: no place
    ("texas.gov", ""),           # nothing glued to take off
])
def test_public_core_is_the_place_the_domain_spells(domain: str, core: str) -> None:
    assert public_core(registrable_label(domain), domain) == core


def test_public_suffixes_leave_the_body_its_name() -> None:
    assert registrable_label("ashgroveroyal.nhs.uk") == "ashgroveroyal"
    assert registrable_label("ville.beaupre.qc.ca") == "beaupre"
    assert public_domain_name("ayto-valdecerro") == "Ayuntamiento de Valdecerro"
    assert public_domain_name("northwind-traders") == ""


@pytest.mark.parametrize("name", ["Teste de Aptidão Física", "Pruebas físicas", "Prova orale",
                                  "Civil Service Exam", "Written Test", "Bleep test"])
def test_a_steps_own_name_is_a_step(name: str) -> None:
    assert is_step_name(name)


@pytest.mark.parametrize("name", ["Fitness First", "Northwind Traders", "Testbirds",
                                  "City of Maple Ridge", ""])
def test_an_employers_name_is_not_a_step(name: str) -> None:
    assert not is_step_name(name)


def test_a_city_domain_with_its_states_letters_gives_the_stated_city() -> None:
    event = make_event("Physical Agility Test – Police Officer",
                       organizer="recruit@cityofmapleridgewa.gov",
                       organizer_name="Maple Ridge Police Recruitment",
                       description="You passed the written exam.\n\nPersonnel | City of Maple Ridge")
    assert company(event) in {"City of Maple Ridge", "Maple Ridge Police"}


def test_a_signature_beats_an_abbreviated_domain() -> None:
    event = make_event("Fitness test – Wholetime Firefighter", organizer="fitness@kmfr.org.uk",
                       description="Bring kit.\n\nRecruitment Team\nKestrel Moor Fire and Rescue Service")
    assert company(event) == "Kestrel Moor Fire and Rescue Service"


def test_an_nhs_trusts_full_name_beats_a_phrase_cut_short() -> None:
    event = make_event("Interview – Band 6 Physiotherapist", organizer="jobs@ashgroveroyal.nhs.uk",
                       organizer_name="Recruitment",
                       description="Thank you for applying to Ashgrove Royal Hospital NHS Foundation Trust.")
    assert company(event) == "Ashgrove Royal Hospital NHS Foundation Trust"


def test_the_owners_copy_names_the_body_from_its_text_not_the_step() -> None:
    event = make_event("Pruebas físicas – Agente de Policía Local",
                       description="Convocatoria. Excmo. Ayuntamiento de Loma Alta. Traer DNI.",
                       location="Polideportivo municipal")
    assert company(event) == "Ayuntamiento de Loma Alta"


def test_an_ampersand_spells_the_domains_and() -> None:
    event = make_event("Interview – Barista – Fig & Thistle", organizer="jobs@figandthistle.com.au",
                       organizer_name="Jobs")
    assert company(event) == "Fig & Thistle"


def test_a_private_domain_keeps_its_name_beside_a_city_mentioned() -> None:
    event = make_event("Interview – Analyst – Springvale Labs", organizer="talent@springvalelabs.com",
                       description="Our office is next to the City of Springvale library.")
    assert company(event) == "Springvale Labs"


@pytest.mark.parametrize("text", ["", "\x00\x01\x02" * 500, "City of " * 5_000,
                                  "Ayuntamiento de " + "Á" * 10_000, "市政府 City of 東京 Police",
                                  "Fire and Rescue Service " * 3_000])
def test_bad_input_never_raises(text: str) -> None:
    # (its speed is bench/bench_detect.py's to measure, not a test's)
    public_bodies(text)
    is_step_name(text[:200])
    public_core(text[:200], text[:50])
    public_domain_name(text[:200])
    event = make_event("Interview – " + text[:500], organizer="hr@cityofx.gov", description=text)
    assert company(event) is None or isinstance(company(event), str)
