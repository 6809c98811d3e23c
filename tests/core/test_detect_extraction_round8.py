"""Round 8's extraction rules (issue #15): tools' mailboxes as a class, one person by name and
address, agencies and their clients, legal forms, names marked by grammar; each with its own
wording, a near miss, and bad input."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.addresses import (
    is_machine_address,
    is_tool_domain,
    registrable_label,
)
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.company import company_of
from interview_sync.core.detect.guests import no_one_to_thank, via_names
from interview_sync.core.detect.markers import marked_people
from interview_sync.core.detect.names import spells_person

ME = "pat.lee@gmail.com"


def _event(summary: str, organizer: dict[str, str], guests: list[dict[str, str]],
           description: str = "") -> dict[str, Any]:
    return {"id": "e1", "summary": summary, "organizer": organizer,
            "attendees": [{"email": ME, "self": True}, *guests], "description": description,
            "start": {"dateTime": "2026-08-04T10:00:00+01:00"},
            "end": {"dateTime": "2026-08-04T11:00:00+01:00"}}


# ---------------------------------------------------------------- tools' mailboxes, a class
@pytest.mark.parametrize("domain", ["cronofy-mail.com", "karat-mail.com", "byteboard-mail.dev",
                                    "cobaltcold-paradox.ai", "cronofy.com"])
def test_a_tools_sending_domain_is_a_tool(domain: str) -> None:
    assert is_tool_domain(domain)


@pytest.mark.parametrize("domain", ["royalmail.com", "northwind-traders.com", "lever-industries.com",
                                    "acme.com", "mail-order.com"])
def test_firms_with_mail_or_a_tools_word_in_the_name_are_not_tools(domain: str) -> None:
    assert not is_tool_domain(domain)


@pytest.mark.parametrize("email", ["warmup@hs-spreetal.de", "av-check@fairhaventrust.org.uk",
                                   "recruiting-agent@tidewell.io", "hiring-ai@acme.com",
                                   "tech.check@acme.com",
                                   "LibraryHiring@ashcombe.onmicrosoft.com".lower()])
def test_machine_mailboxes_by_their_role(email: str) -> None:
    assert is_machine_address(email)


@pytest.mark.parametrize("email", ["j.smith@ashcombe.onmicrosoft.com", "agentina@acme.com",
                                   "aisha.begum@marlowfoods.co.uk", "scheduling@contoso.com"])
def test_people_and_team_mailboxes_stay(email: str) -> None:
    assert not is_machine_address(email)


def test_a_tenant_domain_is_named_by_its_tenant() -> None:
    assert registrable_label("harbourviewhotels.onmicrosoft.com") == "harbourviewhotels"


@pytest.mark.parametrize("display", ["Aria | Brookhollow Market Hiring Assistant",
                                     "Ava (AI scheduling assistant)", "Tidewell Recruiting Agent",
                                     "Digital Assistant"])
def test_assistants_and_agents_by_name_are_not_thanked(display: str) -> None:
    assert no_one_to_thank("x@example.org", display)


@pytest.mark.parametrize("display", ["Kim Ng (Recruiting Assistant)", "Executive Assistant to the CEO",
                                     "Sam Patel"])
def test_a_person_whose_job_is_assistant_is_thanked(display: str) -> None:
    assert not no_one_to_thank("kim.ng@acme.com", display)


def test_a_cronofy_relay_is_neither_thanked_nor_the_company() -> None:
    found = detect_interview(_event(
        "Video Interview – Claims Handler – Harwell Insurance",
        {"email": "smart-invite@cronofy-mail.com", "displayName": "Harwell via Cronofy"},
        [{"email": "m.osei@harwellinsurance.co.uk", "displayName": "Martha Osei"}]), ME)
    assert found is not None
    assert [p.email for p in found.people] == ["m.osei@harwellinsurance.co.uk"]
    assert found.company == "Harwell Insurance"


# ---------------------------------------------------------------- one person, name and address
@pytest.mark.parametrize(("local", "name"), [("rosa", "Rosa Delgado"), ("h.wendler", "Hanna Wendler"),
                                             ("rdelgado", "Rosa Delgado"), ("delgado", "Rosa Delgado")])
def test_a_mailbox_spells_its_owner(local: str, name: str) -> None:
    assert spells_person(local, name)


@pytest.mark.parametrize(("local", "name"), [("rosa", "Rosanna Delgado"), ("hr", "Hanna Roth"),
                                             ("rosa", "Rosa"), ("", ""), ("\x00\x01", "Ann Lee")])
def test_near_misses_spell_nobody(local: str, name: str) -> None:
    assert not spells_person(local, name)


def test_named_and_invited_by_address_is_one_person() -> None:
    found = detect_interview(_event(
        "Follow-up interview with Greenlane Bakery",
        {"email": "rosa@greenlanebakery.com"}, [{"email": "rosa@greenlanebakery.com"}],
        "Your interview is with Rosa Delgado, Store Manager."), ME)
    assert found is not None
    assert [p.email for p in found.people] == ["rosa@greenlanebakery.com"]


# ---------------------------------------------------------------- agencies and clients
def test_via_names_one_reading() -> None:
    assert via_names("Marlow Foods (via Keystone Staffing)") == ["Keystone Staffing"]
    assert "V2 Overseas" in via_names("Nurse – Al Noor Hospital (arranged by V2 Overseas)")
    assert "Dover" in via_names("Phone screen (Dover Interviewer)")
    assert via_names("Interview with Viabank") == []


def test_the_client_named_beats_the_agency() -> None:
    name, _ = company_of("First-stage interview with Thornbury Estates (at Pinnacle Recruitment)",
                         "", "", ["pinnaclerecruitment.co.uk"], set())
    assert name == "Thornbury Estates"


def test_an_agencys_own_screen_names_the_agency() -> None:
    name, _ = company_of("Screening call with Robert Half", "", "", ["roberthalf.com"], set())
    assert name == "Robert Half"


def test_an_agency_for_an_unnamed_client_is_the_answer() -> None:
    name, _ = company_of("Confidential search – initial conversation",
                         "the VP Finance role with our client", "", ["northgate-exec.com"], set(),
                         spellings=["Rachel Adams | Northgate Executive Search"],
                         agency_domains=["northgate-exec.com"])
    assert name is not None and name.startswith("Northgate")


# ---------------------------------------------------------------- legal forms, names cut short
@pytest.mark.parametrize(("title", "want"), [
    ("Állásinterjú – Dunamenti Ipari Szerelő Nyrt. – karbantartó mérnök", "Dunamenti Ipari Szerelő"),
    ("Felvételi beszélgetés – Tisza Vagyonkezelő Zrt. – asszisztens", "Tisza Vagyonkezelő"),
    ("Nurse – Al Noor Specialist Hospital", "Al Noor Specialist Hospital"),
])
def test_names_with_legal_forms_and_organisation_tails(title: str, want: str) -> None:
    assert company_of(title, "", "", [], set())[0] == want


@pytest.mark.parametrize("title", ["Client interview – Staff Nurse", "Interview Confirmation"])
def test_what_kind_of_interview_is_no_company(title: str) -> None:
    assert company_of(title, "", "", [], set())[0] not in {"Client", "Confirmation"}


def test_a_possessive_ends_a_name_but_not_a_saints() -> None:
    name, _ = company_of("Interview", "This invite was sent by Tidewell's AI recruiting agent",
                         "", ["tidewell.io"], set())
    assert name == "Tidewell"


# ---------------------------------------------------------------- names marked by grammar
@pytest.mark.parametrize(("text", "want"), [
    ("Görüşmeniz Finans Müdürü Selin Aksoy ile yapılacaktır.", "Selin Aksoy"),
    ("Az interjút Tóth Gábor műszaki igazgató és Kiss Éva HR-vezető tartja.", "Kiss Éva"),
    ("A telefonos interjút Szűcs Anna HR-munkatárs fogja lebonyolítani.", "Szűcs Anna"),
    ("Interview akan dilakukan oleh Bapak Hendra Wijaya (Manajer).", "Hendra Wijaya"),
    ("Dikonfirmasi via telepon oleh Ibu Rina (HRD).", "Rina"),
    ("Frau Svenja Rohde (Personal) ruft Sie zum Termin an.", "Svenja Rohde"),
    ("Ansprechpartnerin vor Ort: Mira Seidel (Early Careers).", "Mira Seidel"),
    ("Telefonický pohovor (personalistka Jana Vargová)", "Jana Vargová"),
    ("and the Chair of the Board, Dame Helen Ashworth.", "Helen Ashworth"),
    ("Join on time. — Ravi Menon, HR, Indus Weave Exports.", "Ravi Menon"),
    ("面试官：技术总监周明。请携带简历。", "周明"),
    ("复试官为行政经理王芳，地点：南山区科技园。", "王芳"),
])
def test_marked_people(text: str, want: str) -> None:
    assert want in [p.name for p in marked_people(text)]


@pytest.mark.parametrize("text", [
    "Toplantı Microsoft Teams ile yapılacaktır.",  # a product, not a person
    "Your Interview Engineer will meet you at the link below.",  # a job in a name's place
    "Hiring manager – Ken Watanabe (Director, Data Platform)",  # no article before the role
    "oleh karena itu, mohon datang tepat waktu.",  # "oleh" without a courtesy title
])
def test_near_misses_mark_nobody(text: str) -> None:
    assert marked_people(text) == []


@pytest.mark.parametrize("text", ["", "\x00\xff" * 5000, "ile " * 100_000,
                                  "Az interjút " + "Kovács Péter " * 10_000 + "tartja",
                                  "面试官：" * 20_000, "Ωμέγα Selin Aksoy ile 周明 ملف"])
def test_bad_input_never_raises_and_stays_bounded(text: str) -> None:
    assert len(marked_people(text)) <= 20
