"""Round 24's extraction rules (issue #15), each with its own wording and a near miss: a romanised
employer the text spells in an uncased script (Armenian, Georgian, Devanagari, Tamil), and a
name in its own script that spells the employer's domain over another one; a place beside the
employer (a street address, a hotel, a café, a meeting room, a tower) that never or only last
names it; the word for "example" glued to a domain; a Chinese name read with the job after it.
Bad input never raises."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import company_and_people, make_event

from interview_sync.core.detect.addresses import prettify_domain
from interview_sync.core.detect.company import company_of
from interview_sync.core.detect.company_clues import hiring_free_label
from interview_sync.core.detect.company_places import is_street_address, is_venue
from interview_sync.core.detect.company_transliterated import own_script_spelling
from interview_sync.core.detect.native import native_names


# ------------------------------------------------------------------ uncased scripts
@pytest.mark.parametrize(("name", "description", "expected"), [
    ("Ararat Trans", "«Արարատ Տրանս» ՍՊԸ-ն հրավիրում է հարցազրույցի։", "Արարատ Տրանս"),
    ("Kartuli Puri", "შპს ქართული პური გიწვევთ გასაუბრებაზე.", "ქართული პური"),
    ("Mahalaxmi Steels", "महालक्ष्मी स्टील्स में आपका इंटरव्यू है।", "महालक्ष्मी स्टील्स"),
    ("Murugan Stores", "முருகன் ஸ்டோர்ஸ் நிறுவனத்தில் நேர்காணல்.", "முருகன் ஸ்டோர்ஸ்"),
])
def test_a_romanised_name_takes_its_uncased_spelling(name: str, description: str,
                                                     expected: str) -> None:
    assert own_script_spelling(name, "", description) == expected


@pytest.mark.parametrize(("name", "description"), [
    ("Ararat Trans", "«Սևան Ագրո» ՍՊԸ"),  # another name
    ("Mahalaxmi Steels", "गंगा मोटर्स में इंटरव्यू"),  # another name
    ("Murugan Stores", "Interview at the Chennai office."),  # nothing in another script
])
def test_other_uncased_names_keep_the_name(name: str, description: str) -> None:
    assert own_script_spelling(name, "", description) is None


def test_the_own_script_name_spelling_the_domain_beats_a_job_segment() -> None:
    company, _ = company_and_people(make_event(
        "साक्षात्कार: महालक्ष्मी स्टील्स – क्वालिटी इंस्पेक्टर", organizer="jobs@mahalaxmisteels.in",
        organizer_name="Jobs", guests=(("jobs@mahalaxmisteels.in", "Jobs"),)))
    assert company == "महालक्ष्मी स्टील्स"


# ------------------------------------------------------------------ places beside the employer
@pytest.mark.parametrize("name", [
    "221 Baker Street", "WeWork 600 Congress Ave", "Unit 7", "Suite 310", "3rd floor",
])
def test_a_street_address_is_where(name: str) -> None:
    assert is_street_address(name)


@pytest.mark.parametrize("name", ["Workshop 3", "Studio 54 Records", "Route 66 Diner", "Acme"])
def test_a_number_in_a_name_is_no_address(name: str) -> None:
    assert not is_street_address(name)


@pytest.mark.parametrize(("name", "expected"), [
    ("Hampton Inn", True), ("Cafe Luma", True), ("Meridian Tower", True),
    # a roaster's name is an employer of baristas (round 17: "Barista at Copperleaf Coffee")
    ("Blue Bottle Coffee", False),
    ("国贸大厦", True), ("برج المملكة", True), ("Northwind Traders", False), ("Harbor Dental", False),
])
def test_a_venue_is_told_by_its_word(name: str, expected: bool) -> None:
    assert is_venue(name) is expected


def test_a_hotel_after_at_loses_to_the_organisation_the_text_names() -> None:
    company, _ = company_and_people(make_event(
        "Interview @ Hampton Inn lobby",
        description="Meeting Joan Park, engineering manager at Corvex Robotics."))
    assert company == "Corvex Robotics"


def test_the_name_before_an_address_after_at_is_the_employer() -> None:
    company, _ = company_of("Interview – Linden Physio @ 88 Harbour Road", "", "", [], set())
    assert company == "Linden Physio"


def test_a_cafe_named_alone_still_answers() -> None:
    # the café may be the employer: nothing else names an organisation
    company, _ = company_and_people(make_event("Interview @ Copper Kettle Cafe"))
    assert company == "Copper Kettle Cafe"


# ------------------------------------------------------------------ "example" glued to a domain
@pytest.mark.parametrize(("domain", "expected"), [
    ("tallpine-example.com", "Tallpine"), ("nordica-serwis-przyklad.pl", "Nordica Serwis"),
    ("acme-careers-example.com", "Acme"), ("example.com", "Example"),
])
def test_the_word_for_example_is_no_part_of_the_name(domain: str, expected: str) -> None:
    assert prettify_domain(domain) == expected


def test_a_display_name_spells_a_domain_without_its_example_word() -> None:
    assert hiring_free_label("quarry-lane-example.co.uk") == "quarrylane"
    company, _ = company_and_people(make_event(
        "Second interview – Analyst", organizer="talent@quarry-lane-example.co.uk",
        organizer_name="Quarry Lane Talent", guests=(("talent@quarry-lane-example.co.uk", "Quarry Lane Talent"),)))
    assert company == "Quarry Lane"


# ------------------------------------------------------------------ a job after a Chinese name
def test_a_chinese_name_drops_the_job_after_it() -> None:
    assert native_names("面试 – 蓝海物流 运营专员", "", ()) == [("蓝海物流", 3)]
    assert native_names("面试 – 星河数据 数据工程师", "", ()) == [("星河数据", 3)]
    assert native_names("面试 – 运营专员", "", ()) == []  # a job alone names no one


@pytest.mark.parametrize("text", ["", "@", "@ @ @", "Interview @ " + "9" * 5000, "ա" * 10_000])
def test_bad_input_never_raises(text: str) -> None:
    assert isinstance(is_street_address(text), bool)
    assert own_script_spelling("Sevan Agro", text, text) in (None, "Սևան Ագրո")
    company_and_people(make_event("Interview", description=text, location=text))
