"""Round 19's extraction rules (issue #15), each with its own wording and a near miss: organisation
names kept whole through their head word (a domain's name and its "Library" or "Services", a
title's last segment naming a museum or a trattoria, a German name with "Am" inside), a letterhead
line, a place after a comma, Korean and Thai organisations by their kind, Devanagari's legal form;
people named after an arrival phrase in several languages, after a police or fire rank, with a
Japanese or Korean honorific, a job after a name, a place to report to, a mailbox the text says is
not read. Bad input never raises."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import found, make_event, thanked

from interview_sync.core.detect.company import company_of
from interview_sync.core.detect.company_heads import (
    before_place,
    boosted,
    headed,
    letterhead,
    not_organisations,
    through_head,
)
from interview_sync.core.detect.company_names import trim
from interview_sync.core.detect.mentions import mentioned_people
from interview_sync.core.detect.native import native_names
from interview_sync.core.detect.native_titles import title_segment
from interview_sync.core.detect.people_honorifics import honorific_names
from interview_sync.core.detect.people_names import job_alone, says_unmonitored


# ------------------------------------------------------------------ head words
@pytest.mark.parametrize(("name", "expected"), [
    ("Greyfriars Natural History Museum", True),
    ("Oakhill Funeral Home", True),
    ("Trattoria Il Cortile", True),
    ("Stadtbibliothek Neuwerk", True),
    ("Clínica Veterinaria Los Olmos", True),
    ("Museum", False),  # one word names no one
    ("Greyfriars Consulting", False),
])
def test_a_head_word_says_what_kind_of_body(name: str, expected: bool) -> None:
    assert headed(name) is expected


def test_the_domains_name_and_its_head_word_are_one_name() -> None:
    assert through_head("Lowmoor Vale Library", ["lowmoorvale"])
    assert through_head("Brackwell Pest Services", ["brackwellpest"])
    assert not through_head("Lowmoor Vale Library", ["lowmoorlibrary"])
    assert not through_head("Lowmoor Vale", ["lowmoorvale"])  # nothing after it
    # the domain's name ends in a head word itself: it is the whole name
    assert not through_head("Peppercorn Home Studio", ["peppercornhome"])


def test_a_domain_spelled_name_keeps_its_head_word() -> None:
    name, _ = company_of("Library Assistant interview – Lowmoor Vale Library", "", "",
                         ["lowmoorvale.gov"], set())
    assert name == "Lowmoor Vale Library"


def test_a_last_segment_naming_an_organisation_beats_the_domains_guess() -> None:
    name, _ = company_of("Gallery Attendant interview – Greyfriars Natural History Museum", "",
                         "", ["greyfriarsmuseum.org.uk"], set())
    assert name == "Greyfriars Natural History Museum"
    # ... but a unit's words ("Children's Services") do not strengthen a segment
    assert boosted("Children's Services", 2, "Interview – Children's Services") == 2
    # ... nor a name in brackets (the unit a post is in)
    assert boosted("Willow Spa", 2, "Interview – Therapist (Willow Spa)") == 2


def test_a_german_preposition_inside_a_name_is_kept() -> None:
    assert trim("Gasthaus Zur Alten Mühle") == "Gasthaus Zur Alten Mühle"
    assert trim("Seniorenheim Am Park") == "Seniorenheim Am Park"
    assert trim("Brenner am Montag") == "Brenner"  # a lower-case stop word still ends it


def test_an_organisations_display_name_is_no_person() -> None:
    names = {"seniorenheim am park", "jessica hall", "oakhill funeral home"}
    assert not_organisations(names) == {"jessica hall"}


def test_a_letterhead_line_names_the_employer() -> None:
    assert list(letterhead("Oakhill Funeral Home, 4 Vine St, Leeds\nBring ID", set())) == [
        ("Oakhill Funeral Home", 3)]
    # a hall or a hotel on the first line says where, not who
    assert list(letterhead("St Mark's Church Hall, Hope Street", set())) == []
    assert list(letterhead("Bring your CV and ID", set())) == []


def test_a_place_after_a_comma_is_left_off() -> None:
    assert list(before_place("Interview – Barista – Osteria del Ponte, Oltrarno", set())) == [
        ("Osteria del Ponte", 4)]
    assert list(before_place("Interview – Cook – The Salt House, Leith", set())) == [
        ("Salt House", 2)]
    # one word before the comma is as often the job
    assert list(before_place("Jobbintervju – Lagerarbetare, Borås", set())) == []
    name, _ = company_of("Colloquio – Aiuto cuoco – Osteria del Ponte, Oltrarno", "", "", [], set())
    assert name == "Osteria del Ponte"


@pytest.mark.parametrize(("title", "employer"), [
    ("카페 달빛정원 면접", "카페 달빛정원"),
    ("สัมภาษณ์งาน แม่บ้าน โรงแรมสวนสนวิลล์", "โรงแรมสวนสนวิลล์"),
    ("สัมภาษณ์ – สายการบินนกทะเล", "สายการบินนกทะเล"),
    ("साक्षात्कार – क्लर्क – शारदा टेक्सटाइल्स प्राइवेट लिमिटेड", "शारदा टेक्सटाइल्स"),
])
def test_an_employer_in_its_own_script_by_its_kind_or_form(title: str, employer: str) -> None:
    assert native_names(title, "", ())[0][0] == employer


def test_a_building_after_a_comma_in_a_non_latin_title() -> None:
    assert title_segment("साक्षात्कार – राज्य लोक सेवा आयोग, शास्त्री भवन") == "राज्य लोक सेवा आयोग"


# ------------------------------------------------------------------ people
@pytest.mark.parametrize(("text", "name"), [
    ("Please ask for Moira Kettle at the front desk.", "Moira Kettle"),
    ("On arrival report to Insp. Gavin Rudd.", "Gavin Rudd"),
    ("In reception chiedere di Paolo Serra.", "Paolo Serra"),
    ("En recepción, preguntar por Lucía Martos.", "Lucía Martos"),
    ("À l'accueil, demander Madame Inès Royer.", "Inès Royer"),
    ("Bitte melden Sie sich am Empfang bei Frau Ute Brandl.", "Ute Brandl"),
    ("Vraag bij de balie naar Sanne Vos.", None),  # the phrase split by other words: not read
    ("Two assessors will interview you: Omar Haddad and Lena Frost.", "Omar Haddad"),
])
def test_a_person_named_after_an_arrival_phrase(text: str, name: str | None) -> None:
    names = [d.name for d in mentioned_people(text)]
    if name is None:
        assert names == []
    else:
        assert name in names


def test_a_rank_before_a_name_is_left_off() -> None:
    event = make_event("Call Handler interview", organizer="recruitment@northfell.police.uk",
                       organizer_name="Northfell Police Recruitment",
                       description="Your panel: Supt. Dawn Achebe and Battalion Chief Ray Olsen.")
    assert thanked(event) == {"recruitment@northfell.police.uk", "Dawn Achebe", "Ray Olsen"}


def test_a_place_to_report_to_and_a_job_after_a_name_are_no_people() -> None:
    assert job_alone("Senior Archivist")
    assert not job_alone("Priya Nandra")
    event = make_event("Collections interview", organizer="jobs@fenmuseum.org.uk",
                       organizer_name="Fen Museum Jobs",
                       description="Report to the Visitor Centre and ask for Tom Hale. You will "
                                   "meet Ana Ruiz, Senior Curator, and Tom Hale.")
    assert thanked(event) == {"jobs@fenmuseum.org.uk", "Tom Hale", "Ana Ruiz"}


@pytest.mark.parametrize(("text", "names"), [
    ("当日は総務部 佐藤 健一様をお呼びください。", ["佐藤 健一"]),
    ("受付で店長の小林 美咲さんにお声がけください", ["小林 美咲"]),
    ("山田 太郎様\n\n面接のご案内です。", []),  # the candidate greeted
    ("受付で人事部長 森様をお呼びください", []),  # a post before a surname alone
    ("2차 면접 – 박지훈 부장님", ["박지훈"]),
    ("도착하시면 매니저 최유나 님을 찾아주세요", ["최유나"]),
    ("지원자님, 안녕하세요", []),
    ("홍길동님,\n면접 안내드립니다", []),  # the candidate greeted
    ("plain ascii text", []),
])
def test_japanese_and_korean_names_by_their_honorific(text: str, names: list[str]) -> None:
    assert [d.name for d in honorific_names(text)] == names


def test_a_title_with_an_honorific_names_whom_to_thank() -> None:
    event = make_event("最終面接 株式会社あおば電機（技術部 松本 大輔様）")
    assert thanked(event) == {"松本 大輔"}
    assert found(event).company == "あおば電機"


def test_a_mailbox_the_text_says_is_not_read_is_not_thanked() -> None:
    assert says_unmonitored("Replies to this message are not monitored.")
    assert says_unmonitored("Please do not reply to this email.")
    assert not says_unmonitored("Reply to this email to reschedule.")
    event = make_event("Warehouse Operative interview – Dunmore Logistics",
                       organizer="scheduling@dunmorelogistics.com",
                       organizer_name="Dunmore Logistics Scheduling",
                       description="You will meet Carl Moss (Shift Manager). Replies to this "
                                   "message are not monitored.")
    assert thanked(event) == {"Carl Moss"}


@pytest.mark.parametrize("text", ["", "\x00" * 50, "様" * 5_000, "님" * 5_000,
                                  "ask for " * 2_000, "Museum, " * 500])
def test_bad_input_never_raises(text: str) -> None:
    honorific_names(text)
    mentioned_people(text)
    list(letterhead(text, set()))
    list(before_place(text, set()))
    company_of(text, text, text, [], set())
