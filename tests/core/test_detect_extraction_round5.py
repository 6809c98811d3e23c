"""Round 5's extraction rules (issue #15): each with the case it fixes and a near miss it must
leave alone. The events are shaped like the round-4 tuning cases, names invented."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from interview_sync.core.detect.addresses import (
    is_machine_address,
    is_tool_domain,
    registrable_label,
)
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.mentions import mentioned_people
from interview_sync.core.detect.schedule import people_in
from interview_sync.core.detect.uncased import cjk_interviewers

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import ME, found, make_event, thanked

# ------------------------------------------------------------------------------ addresses

@pytest.mark.parametrize(("email", "machine"), [
    ("scheduling@brackenhealth.com", False), ("interview-scheduling@acme.io", False),
    ("recruiting@brackenhealth.com", False), ("talent@acme.io", False),
    ("no-reply@acme.io", True), ("notifications@acme.io", True),
])
def test_an_employers_scheduling_team_is_read_by_people_a_no_reply_is_not(
        email: str, machine: bool) -> None:
    # The published examples thank "scheduling@contoso.com" (docs/detection.md, "Who to thank").
    assert is_machine_address(email) is machine


def test_a_scheduling_organiser_at_the_employer_is_thanked_with_its_interviewers() -> None:
    event = make_event("Interview Confirmation: Pat Lee – Data Engineer",
                       organizer="scheduling@brackenhealth.com",
                       organizer_name="Bracken Health Scheduling",
                       guests=(("a.ivanova@brackenhealth.com", "Anya Ivanova"),))
    assert thanked(event) == {"a.ivanova@brackenhealth.com", "scheduling@brackenhealth.com"}
    tool = make_event("Interview Confirmation: Pat Lee – Data Engineer",
                      organizer="no-reply@goodtime.io", organizer_name="GoodTime",
                      guests=(("a.ivanova@brackenhealth.com", "Anya Ivanova"),))
    assert thanked(tool) == {"a.ivanova@brackenhealth.com"}


@pytest.mark.parametrize(("domain", "tool"), [
    ("cruitive.com", True), ("greetinghr.com", True), ("roundhr.com", True),
    ("hifinity.ai", True), ("greeting.com", False), ("cruitivegroup.com", False),
])
def test_booking_and_video_interview_platforms_are_tools(domain: str, tool: bool) -> None:
    assert is_tool_domain(domain) is tool


def test_a_platforms_booking_names_the_employer_in_the_text() -> None:
    event = make_event("Interview booked: Vastra Energi – Trainee Programme 2026",
                       organizer="no-reply@cruitive.com", organizer_name="Cruitive",
                       description="You booked an interview time with Vastra Energi. "
                                   "Interviewer: Elin Sjöberg, Talent Acquisition.")
    assert found(event).company == "Vastra Energi"


@pytest.mark.parametrize(("domain", "label"), [
    ("fjordvik.kommune.no", "fjordvik"), ("postmottak.fjordvik.kommune.no", "fjordvik"),
    ("kommunekraft.no", "kommunekraft"), ("nordland.fylke.no", "nordland"),
])
def test_norwegian_municipal_domains_are_named_by_the_municipality(domain: str,
                                                                   label: str) -> None:
    assert registrable_label(domain) == label


# ------------------------------------------------------------------------------ the employer

def test_a_councils_library_in_the_location_is_a_place() -> None:
    kwargs: dict[str, Any] = {"organizer": "recruitment@eastmere.gov.uk",
                              "organizer_name": "Eastmere Borough Council Recruitment"}
    library = make_event("Interview – Library Assistant (Ref LIB/0426)",
                         location="Eastmere Central Library, Market Square", **kwargs)
    assert found(library).company != "Eastmere Central Library"
    assert (found(library).company or "").startswith("Eastmere")
    # a business named in the location is still the employer
    shop = make_event("Interview – Sales Assistant", organizer="jobs@eastmeresoftware.com",
                      location="Eastmere Software, Market Square")
    assert found(shop).company == "Eastmere Software"


def test_a_name_after_a_comma_in_the_title_is_a_segment() -> None:
    event = make_event("Intervju – Rådgiver innkjøp, Vestlandsnett",
                       organizer="rekruttering@vestlandsnett.no",
                       guests=(("ingrid.haugen@vestlandsnett.no", "Ingrid Haugen"),
                               ("kari@fjellhr.no", "Kari Moe (Fjell HR)")),
                       description="Du møter Ingrid Haugen og Kari Moe fra rekrutteringsbyrået "
                                   "Fjell HR.")
    assert found(event).company == "Vestlandsnett"


def test_the_organisation_the_title_names_and_the_text_repeats_beats_the_sender() -> None:
    text = ("I am pleased to confirm your first stage interview with Ravensworth Insurance for "
            "the Claims Team Leader role.\n\nKind regards,\nOwen Hughes, Senior Consultant, "
            "Pennine Select Recruitment")
    agency = make_event("Interview - Pat Lee - Ravensworth Insurance - 1st Stage",
                        organizer="o.hughes@pennineselect.co.uk", organizer_name="Owen Hughes",
                        description=text)
    assert found(agency).company == "Ravensworth Insurance"
    assessor = make_event("Soveltuvuusarviointi – Talouspäällikkö (Revontuli Group)",
                          organizer="arvioinnit@mielipsykologit.fi",
                          organizer_name="Mieli Psykologit",
                          description="Revontuli Group on pyytänyt meitä tekemään sinulle "
                                      "soveltuvuusarvioinnin.")
    assert found(assessor).company == "Revontuli Group"


def test_a_repeated_title_segment_that_is_no_organisation_leaves_the_domain() -> None:
    job = make_event("Interview - Data Platform - 1st Stage", organizer="kim@ravensworth.co.uk",
                     organizer_name="Kim Ng",
                     description="Your interview for the Data Platform team is confirmed.")
    assert found(job).company == "Ravensworth"
    own = make_event("Interview - Pat Lee - Northwind Group - 1st Stage",
                     organizer="kim@northwindgroup.com", organizer_name="Kim Ng",
                     description="Your interview with Northwind Group is confirmed.")
    assert found(own).company == "Northwind Group"


# ------------------------------------------------------------------------------ the people

def test_a_sentence_naming_a_guest_names_the_rest_of_the_panel() -> None:
    event = make_event("Pat Lee and Northmark Studio – Portfolio Interview",
                       organizer="ines.kaur@northmarkstudio.com", organizer_name="Ines Kaur",
                       guests=(("ines.kaur@northmarkstudio.com", "Ines Kaur"),),
                       description="You'll be chatting with Ines Kaur (Design Director) and "
                                   "Theo Blanc (Senior Product Designer).")
    assert thanked(event) == {"ines.kaur@northmarkstudio.com", "Theo Blanc"}
    # a text that names none of the guests may be stale: the visible list stands
    stale = make_event("Pat Lee and Northmark Studio – Portfolio Interview",
                       organizer="ines.kaur@northmarkstudio.com", organizer_name="Ines Kaur",
                       guests=(("ines.kaur@northmarkstudio.com", "Ines Kaur"),),
                       description="You'll be chatting with Marta Ruiz and Theo Blanc.")
    assert thanked(stale) == {"ines.kaur@northmarkstudio.com"}
    # a guest's title after a comma is no second person
    titled = make_event("Interview: Pharmacy Technician", organizer="recruiting@bwh.org",
                        guests=(("k.huang@bwh.org", "Kevin Huang"),),
                        description="Interviewer: Kevin Huang, Pharmacy Operations Supervisor.")
    assert thanked(titled) == {"k.huang@bwh.org", "recruiting@bwh.org"}


def test_a_scheduling_assistant_is_not_thanked_a_recruiting_assistant_is() -> None:
    guests = (("sam.patel@cobaltline.com", "Sam Patel"), ("n.rossi@cobaltline.com", "Nadia Rossi"))
    evie = make_event("Interview: Pat Lee / Cobaltline – Product Manager",
                      organizer="evie@cobaltline.com", organizer_name="Evie (assistant to Sam Patel)",
                      guests=(*guests, ("evie@cobaltline.com", "Evie (assistant to Sam Patel)")))
    assert thanked(evie) == {"sam.patel@cobaltline.com", "n.rossi@cobaltline.com"}
    kim = make_event("Interview: Pat Lee / Cobaltline – Product Manager",
                     organizer="kim@cobaltline.com", organizer_name="Kim Ng (Recruiting Assistant)",
                     guests=guests)
    assert "kim@cobaltline.com" in thanked(kim)


def test_a_coordinator_linked_in_an_ats_body_is_thanked() -> None:
    body = ("<p>This is a conversation with our CEO, <b>Gwen Whitfield</b>.</p><p>Questions? "
            "<a href=\"mailto:noah.bright@aurorakitchens.com\">Noah Bright</a>, Recruiting "
            "Coordinator</p>")
    guests = (("g.whitfield@aurorakitchens.com", "Gwen Whitfield"),)
    event = make_event("Final Round – Leadership conversation", organizer="talent@aurorakitchens.com",
                       guests=guests, description=body)
    assert "noah.bright@aurorakitchens.com" in thanked(event)
    # a linked name with no recruiting job is not
    other = make_event("Final Round – Leadership conversation",
                       organizer="talent@aurorakitchens.com", guests=guests,
                       description=body.replace("Recruiting Coordinator", "for directions"))
    assert "noah.bright@aurorakitchens.com" not in thanked(other)


@pytest.mark.parametrize(("text", "names"), [
    ("Du har bokat en plats. Du träffar butikschef Sara Nyberg. Ta med dig ett glatt humör!",
     {"Sara Nyberg"}),
    ("Haastattelijoina HR-asiantuntija Leena Koski ja rekrytoiva esihenkilö Mikko Lehtinen.",
     {"Leena Koski", "Mikko Lehtinen"}),
    ("a 45-minute panel interview (Mrs K. Doyle, Headteacher; Mr R. Patel, Head of Science; "
     "Cllr J. Moss, Governor) and time for your questions.", {"K. Doyle", "R. Patel", "J. Moss"}),
    ("Ask for Travis, our Kitchen Manager, at the host stand.", {"Travis"}),
    # a Slavic "with" takes the instrumental: the name is thanked in the nominative
    ("Spotkasz się z kierownik Anną Nowak.", {"Anna Nowak"}),
    # ... and the near misses
    ("Please ask for Reception, the front desk.", set()),
    ("Ask for Travis at the host stand.", set()),
    ("You'll meet the panel interview team in room 4.", set()),
    ("Du träffar oss i butiken.", set()),
])
def test_interviewers_named_in_more_languages(text: str, names: set[str]) -> None:
    assert {d.name for d in mentioned_people(text)} == names


def test_a_job_before_a_name_goes_but_a_verb_does_not_make_a_name() -> None:
    assert [d.name for d in people_in("butikschef Sara Nyberg")] == ["Sara Nyberg"]
    assert people_in("please bring your Photo ID") == []
    assert people_in("uns über Ihre Erfahrung") == []


@pytest.mark.parametrize(("text", "names"), [
    ("場所：本社2階\n面接官：物流管理部 部長 高橋\n持ち物：筆記用具", ["高橋"]),
    ("面试地点：上海\n面试官：王敏（运营总监）\n请携带身份证", ["王敏"]),
    ("면접관: 이수진 팀장, 정민호 CTO. 장소: 본사 7층", ["이수진", "정민호"]),
    ("面接官：未定\n", []),
    ("面接日程のご案内：一次面接", []),
])
def test_cjk_interviewer_labels(text: str, names: list[str]) -> None:
    assert [d.name for d in cjk_interviewers(text)] == names


def test_a_casework_job_after_a_dash_names_no_other_candidate() -> None:
    def evidence(title: str) -> set[str]:
        event = make_event(title, organizer="hr@dds.texas.gov", organizer_name="DDS HR")
        return {name for name, _ in assess_event(event, ME).evidence}

    assert "names_someone_else" not in evidence("Interview – Disability Claims Examiner")
    assert "names_someone_else" not in evidence("Interview – Insurance Claims Adjuster")
    # a person's name there still reads as another candidate's
    assert "names_someone_else" in evidence("Interview – Jamie Taylor")


def test_korean_names_come_before_their_title_japanese_after() -> None:
    assert [d.name for d in cjk_interviewers("면접관: 김도윤 리드, 박서연 매니저\n")] == \
        ["김도윤", "박서연"]
    # a team before the name is a title, not the name
    assert [d.name for d in cjk_interviewers("면접관: 인사팀 김민지\n")] == ["김민지"]
    assert [d.name for d in cjk_interviewers("面接官：人事部 課長 森田\n")] == ["森田"]


def test_an_interview_word_of_another_language_before_a_colon_then_the_employer() -> None:
    booked = make_event("Intervju: Nordkust Bygg – Sommarjobb 2026",
                        organizer="no-reply@cruitive.com", organizer_name="Cruitive",
                        description="Du har bokat en intervjutid. Intervjun hålls i Teams.")
    assert found(booked).company == "Nordkust Bygg"
    # a job after the colon is still no employer
    job = make_event("Intervju: Rådgiver økonomi", organizer="no-reply@cruitive.com",
                     organizer_name="Cruitive", description="Velkommen til intervju.")
    assert found(job).company != "Rådgiver økonomi"


@pytest.mark.parametrize(("text", "names"), [
    ("Pohovor povede ředitel Petr Dvořák.", {"Petr Dvořák"}),
    ("Incontrerai la responsabile HR Giulia Russo.", {"Giulia Russo"}),
    ("Você vai conversar com Ana Souza, gerente de vendas.", {"Ana Souza"}),
    ("Je spreekt met Eva Jansen (teamleider planning).", {"Eva Jansen"}),
    ("Je spreekt met ons over je ervaring.", set()),
    ("Incontrerai il team in ufficio.", set()),
])
def test_czech_italian_portuguese_and_dutch_cues(text: str, names: set[str]) -> None:
    assert {d.name for d in mentioned_people(text)} == names


def test_a_lower_case_name_with_its_address_is_kept_as_written() -> None:
    assert [(d.email, d.name) for d in people_in("kim ng (kim@x.com)")] == [("kim@x.com", "kim ng")]
