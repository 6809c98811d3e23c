"""Round 11's extraction rules (issue #15): tools' sending subdomains, notification mailboxes
and placeholder domains; names in Han script kept whole; a title's cued name beside a
recruiting mailbox; instructions and documents that are no names; a client in brackets; a
site after the company's name and a desk instead of one. Each with its own wording and a near
miss."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import company_and_people as _found
from extraction_check import invite

from interview_sync.core.detect.addresses import (
    is_agency_domain,
    is_machine_address,
    is_tool_domain,
    registrable_label,
    writes_for_client,
)
from interview_sync.core.detect.company_names import acceptable
from interview_sync.core.detect.names import is_instruction
from interview_sync.core.detect.uncased import uncased_interviewers


def _event(*args: Any, **kwargs: Any) -> dict[str, Any]:
    return invite(*args, day="2027-05-04", **kwargs)


# ------------------------------------------------- sending domains and mailboxes
@pytest.mark.parametrize("domain", [
    "alerts.hirepond.io", "notificaciones.seleccionar.com", "benachrichtigungen.jobportal.at",
    "meldingen.werkplanner.nl", "rota-alerts.co.uk", "envio.vagasbr.com.br",
])
def test_a_sending_subdomain_or_label_is_a_tools(domain: str) -> None:
    assert is_tool_domain(domain)


@pytest.mark.parametrize("domain", ["careers.northwind.com", "mail.fenwick.co.uk",
                                    "alertsecurity.com", "relay-payments.com"])
def test_an_employers_own_subdomain_is_not_a_tools(domain: str) -> None:
    assert not is_tool_domain(domain)


@pytest.mark.parametrize(("address", "machine"), [
    ("scheduler@tallow.io", True), ("interview-scheduler@tallow.io", True),
    ("updates@tallow.io", True), ("notificacoes@tallow.com.br", True),
    ("benachrichtigung@tallow.de", True),
    ("scheduling@tallow.io", False), ("hr.scheduling@tallow.edu", False),
])
def test_a_scheduling_program_and_notices_are_machines_a_scheduling_team_is_not(
        address: str, machine: bool) -> None:
    assert is_machine_address(address) is machine


@pytest.mark.parametrize(("domain", "label"), [
    ("quarrybrook.example.com", "quarrybrook"), ("fenmoor.example.org", "fenmoor"),
    ("tallowgate.test", "tallowgate"), ("dvsa.example.gov.uk", "dvsa"),
    ("hollin-rsc.gov.example.cn", "hollin-rsc"), ("example.com", "example"),
])
def test_a_placeholder_domain_is_named_by_the_label_before_it(domain: str, label: str) -> None:
    assert registrable_label(domain) == label


def test_a_tools_notice_is_not_thanked_and_its_domain_names_no_employer() -> None:
    company, people = _found(_event(
        "Interview confirmed – Barista – Quayside Roasters",
        {"email": "notices@alerts.shiftpilot.example.com", "displayName": "Quayside Roasters"},
        [{"email": "l.hart@quaysideroasters.com", "displayName": "Lena Hart"}]))
    assert company == "Quayside Roasters"
    assert people == ["l.hart@quaysideroasters.com"]


# ------------------------------------------------- names
def test_a_han_full_name_written_with_a_space_is_kept_whole() -> None:
    people = uncased_interviewers("最終面接は営業本部長の 松本 和也 が担当いたします。")
    assert [p.name for p in people] == ["松本 和也"]


def test_a_han_title_before_a_single_name_is_still_dropped() -> None:
    people = uncased_interviewers("二次面接は総務部長の 岡田 が担当いたします。")
    assert [p.name for p in people] == ["岡田"]


@pytest.mark.parametrize(("text", "instruction"), [
    ("Bitte Lebenslauf", True), ("Please Bring", True), ("Traiga Pasaporte", True),
    ("Gelieve Legitimatiebewijs", True), ("Sabine Roth", False), ("Bettina Bitter", False),
])
def test_an_instruction_or_a_document_is_no_name(text: str, instruction: bool) -> None:
    assert is_instruction(text) is instruction


def test_the_title_names_whom_the_user_meets_beside_a_recruiting_mailbox() -> None:
    _, people = _found(_event("Interview with Tomasz Wilk – Buyer – Harbourline Foods",
                              {"email": "careers@harbourlinefoods.com"}))
    assert people == ["Tomasz Wilk", "careers@harbourlinefoods.com"]


def test_a_company_after_with_in_an_agencys_title_is_no_person() -> None:
    _, people = _found(_event("Interview with Saltmarsh Breweries – Brewer",
                              {"email": "d.ross@northgate-staffing.com",
                               "displayName": "Dee Ross"}))
    assert people == ["d.ross@northgate-staffing.com"]


def test_a_recruiter_for_the_role_beside_a_team_mailbox_is_thanked() -> None:
    _, people = _found(_event(
        "Intro call – Claims Handler", {"email": "bot@relay.tallow.test"},
        [{"email": "talent@moorgateins.com", "displayName": "Moorgate Talent"}],
        description="Your recruiter for this position is Imogen Price."))
    assert people == ["Imogen Price", "talent@moorgateins.com"]


def test_a_with_label_names_the_interviewer() -> None:
    _, people = _found(_event("Colloquio – Magazziniere", {"email": "selezione@ortolani.it"},
                              description="Colloquio con: sig. Marco Bellini (capo magazzino)."))
    assert people == ["Marco Bellini", "selezione@ortolani.it"]


# ------------------------------------------------- agencies, sites and desks
@pytest.mark.parametrize(("text", "client"), [
    ("Interview – Buyer (Client: Saltmarsh Breweries)", True),
    ("Gesprek bij de opdrachtgever in Zwolle", True),
    ("Entrevista en la empresa cliente", True),
    ("Interview – Buyer (Saltmarsh Breweries)", False),
])
def test_the_client_in_brackets_or_its_premises_say_an_agency_writes(text: str,
                                                                       client: bool) -> None:
    assert writes_for_client(text) is client


@pytest.mark.parametrize(("domain", "agency"), [
    ("fellsearch.com", True), ("oakridge-search.co.uk", True), ("tallowresearch.com", False),
])
def test_a_search_firm_is_an_agency_a_research_firm_is_not(domain: str, agency: bool) -> None:
    assert is_agency_domain(domain) is agency


def test_a_site_after_the_company_goes_when_the_rest_is_the_domains_name() -> None:
    company, _ = _found(_event("Interview – Forklift Operator", {"email": "hr@ardenmills.com"},
                               location="Arden Mills Depot 3, 12 Canal Rd, Leeds"))
    assert company == "Arden Mills"


def test_a_company_named_with_a_site_word_keeps_it_when_the_domain_says_so() -> None:
    company, _ = _found(_event("Interview – Clerk – Harbour Terminal",
                               {"email": "hr@harbourterminal.com"}))
    assert company == "Harbour Terminal"


@pytest.mark.parametrize(("name", "ok"), [
    ("Light Industrial", False), ("Clerical Division", False), ("Skilled Trades", False),
    ("Industrial Light & Magic", True), ("Hartwell Logistics", True),
])
def test_a_desk_or_division_is_no_company(name: str, ok: bool) -> None:
    assert acceptable(name, ()) is ok


def test_the_client_named_in_brackets_with_a_job_is_the_company() -> None:
    company, _ = _found(_event("Screening call – Fell Search / Pat Lee (Marrow Robotics CFO)",
                               {"email": "ian@fellsearch.com", "displayName": "Ian Cole"}))
    assert company == "Marrow Robotics"
