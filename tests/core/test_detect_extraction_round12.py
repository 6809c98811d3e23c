"""Round 12's extraction rules (issue #15): a client stated as such beats the supplier's, the
agency's and the platform's names; "<employer> via <tool>"; a domain that glues a long head keeps
its own spelling; hyphenated domains spelled in another order; school-district qualifiers; a
civic building before a town's name; a display name that spells the employer is no person; a
job's word before a name in the title; two-word jobs; greetings, "D.ª", ranks and offices; 和
in Japanese names and Korean posts; a public body's panel by its name; an indefinite article
describes someone unnamed. Each with its own wording and a near miss."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import ME, invite
from extraction_check import company_and_people as _found

from interview_sync.core.detect.addresses import prettify_domain
from interview_sync.core.detect.mentions import job_before, titled_people
from interview_sync.core.detect.names import strip_capitalised_job, strip_courtesy_titles
from interview_sync.core.detect.native import native_names
from interview_sync.core.detect.schedule import schedule_people
from interview_sync.core.detect.spelling import spells_parts, spells_stem
from interview_sync.core.detect.uncased import cjk_interviewers

_event = invite


# ------------------------------------------------- the client, the supplier, the platform
def test_a_client_stated_on_its_line_beats_the_suppliers_name() -> None:
    event = _event("Interview Confirmed – Req 8812 – Field Service Technician",
                   {"email": "alerts@vms.staffgrid.example.com", "displayName": "StaffGrid VMS"},
                   [{"email": "n.okoro@brightmoorit.com", "displayName": "Nia Okoro (Brightmoor IT)"},
                    {"email": "g.hale@tamberco.com", "displayName": "Gus Hale"}],
                   description="Client: Tamber Mills Co\nSupplier: Brightmoor IT\n"
                               "Hiring Manager: Gus Hale")
    company, _ = _found(event)
    assert company is not None and company.startswith("Tamber Mills")


def test_an_agencys_client_in_a_sentence_beats_the_agency_in_the_title() -> None:
    event = _event("Entrevista no cliente – Técnico de Qualidade (Rumo Talentos)",
                   {"email": "a.reis@rumotalentos.com.br", "displayName": "Ana Reis | Rumo Talentos"},
                   [{"email": "p.lobo@ceramicaserrana.com.br", "displayName": "Paulo Lobo"}],
                   description="Cliente: Cerâmica Serrana. Entrevistador: Paulo Lobo.")
    assert _found(event)[0] == "Cerâmica Serrana"


def test_a_client_word_inside_a_job_names_no_client() -> None:
    event = _event("Interview – Client Success Manager – Larchmont Software",
                   {"email": "talent@larchmontsoftware.com", "displayName": "Larchmont Talent"},
                   description="Client Success Manager interview with the support team.")
    assert _found(event)[0] == "Larchmont Software"


def test_an_employer_via_a_tool_in_the_senders_name() -> None:
    event = _event("AI interview – Warehouse Associate",
                   {"email": "no-reply@askbot.example.ai", "displayName": "Quarry Lane Foods via AskBot"},
                   description="Open your link to begin; about 15 minutes.")
    assert _found(event)[0] == "Quarry Lane Foods"


# ------------------------------------------------- domains
def test_a_long_head_before_a_known_tail_keeps_the_domains_spelling() -> None:
    assert prettify_domain("northfieldcityhealth.org") == "Northfieldcityhealth"
    assert prettify_domain("larkspanhealth.com") == "Larkspan Health"  # a short head splits


@pytest.mark.parametrize(("name", "parts", "spelled"), [
    ("Mesto Lipany", ("lipany", "mesto"), True),
    ("Sygehuset Vestby", ("vestby", "sygehus"), True),
    ("Mestská polícia Lipany", ("lipany", "mesto"), False),  # "mesto" is no part of it
    ("Vestbyhus", ("vestby", "hus"), False),  # no part is a whole word of it
])
def test_a_hyphenated_domains_parts_in_another_order(name: str, parts: tuple[str, ...],
                                                      spelled: bool) -> None:
    assert spells_parts(name, parts) is spelled


def test_a_school_districts_qualifier_may_be_left_out() -> None:
    assert spells_stem("Oakdale Area School District", ["oakdalesd"])
    assert not spells_stem("Oakdale Area Rotary Club", ["oakdalesd"])


def test_a_town_named_beside_its_hall_and_its_mailbox() -> None:
    event = _event("Sollicitatiegesprek – Medewerker Burgerzaken",
                   {"email": "personeel@gemeenteveenwijk.nl",
                    "displayName": "Gemeente Veenwijk – Personeelszaken"},
                   location="Gemeentehuis Veenwijk, Markt 2")
    assert _found(event)[0] == "Gemeente Veenwijk"


def test_the_organisers_label_that_spells_a_hyphenated_domain_is_no_person() -> None:
    event = _event("Výberové konanie – účtovník/čka | Mesto Lipany",
                   {"email": "personalne@lipany-mesto.sk",
                    "displayName": "Mesto Lipany – personálne oddelenie"},
                   description="Pozývame Vás na osobný pohovor.")
    assert _found(event)[0] == "Mesto Lipany"


# ------------------------------------------------- names in titles and texts
@pytest.mark.parametrize(("summary", "person"), [
    ("Interview with Principal Aiden Cole – Grade 2 – Maple Run Elementary", "Aiden Cole"),
    ("Vorstellungsgespräch bei Bürgermeister Jonas Fried – Bauhof", "Jonas Fried"),
    ("Entrevista con el gerente Tomás Lago – Hostal Brisa", "Tomás Lago"),
    ("Trial shift w/ Head Chef Ana Moretti – Trattoria Sole", "Ana Moretti"),
])
def test_a_jobs_word_before_a_name_in_the_title_marks_a_person(summary: str,
                                                               person: str) -> None:
    event = _event(summary, {"email": ME, "self": "true"})
    assert person in _found(event)[1]


def test_a_job_after_a_company_in_the_title_names_nobody() -> None:
    assert not job_before("Video interview – Tallis Foods, shift supervisor", "Tallis Foods")
    event = _event("Video interview – Tallis Foods, shift supervisor", {"email": ME, "self": "true"})
    assert _found(event)[1] == []


def test_a_two_word_job_before_a_name() -> None:
    found = titled_people("2. mülakat – Satış Müdürü Emre Koç (Ege Gıda)")
    assert [d.name for d in found] == ["Emre Koç"]


def test_a_greeting_is_no_persons_first_word() -> None:
    found = titled_people("Sayın Ayşe Demir, görüşmeniz Satış Müdürü Can Yılmaz ile yapılacak.")
    assert all("Ayşe" not in d.name for d in found)


def test_spanish_short_courtesy_titles() -> None:
    assert strip_courtesy_titles("D.ª Elena Ros y D. Mario Gil") == "Elena Ros y Mario Gil"
    assert strip_courtesy_titles("D. Smith") == "D. Smith"  # an initial stays


def test_a_bare_he_after_a_space_begins_a_japanese_given_name() -> None:
    assert [d.name for d in cjk_interviewers("面接官：総務部長 川口 和美、人事 森 直樹")] \
        == ["川口 和美", "森 直樹"]
    assert [d.name for d in cjk_interviewers("面试官：王芳和赵磊")] == ["王芳", "赵磊"]


def test_a_korean_post_after_a_department_is_no_name() -> None:
    assert [d.name for d in cjk_interviewers("면접관: 인사팀장 박서연")] == ["박서연"]


@pytest.mark.parametrize(("text", "names"), [
    ("Search committee: Dr. Ann Lowe (chair), Ben Ruiz, Cara Diaz.",
     ["Ann Lowe", "Ben Ruiz", "Cara Diaz"]),
    ("The review board will consist of Sgt. Lee Park and Lieutenant Omar Vance.",
     ["Lee Park", "Omar Vance"]),
    ("The panel: an Independent Assessor and Sir Tom Hale.", ["Tom Hale"]),
])
def test_a_public_bodys_panel_by_its_name(text: str, names: list[str]) -> None:
    assert [d.name for d in schedule_people(text)] == names


def test_a_list_headers_label_stops_at_its_sentence() -> None:
    found = schedule_people("The interview panel will be Cllr Jo Hart and Cllr Sam Ives. "
                            "Venue: Council Chamber, Oldbury Town Hall.")
    assert [d.name for d in found] == ["Jo Hart", "Sam Ives"]


def test_a_public_bodys_office_before_a_name_is_its_job() -> None:
    assert strip_capitalised_job("Chief Dana Okoye") == ("Dana Okoye", "Chief")
    assert strip_capitalised_job("Mayor Rhea Stone") == ("Rhea Stone", "Mayor")


def test_a_korean_public_bodys_ending_marks_its_name() -> None:
    assert native_names("2차 면접 – 동해시청 청원경찰", "", []) == [("동해시청", 3)]
    assert native_names("시청역 근처 카페 면접", "", []) == []  # a station named after one
