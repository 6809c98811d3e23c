"""Round 10's extraction rules (issue #15): names in scripts without case after a label,
courtesy titles from the lexicon's cells, possessives, check-in mailboxes, the shapes no
employer's name has, legal forms and company words around a name; each with its own wording
and a near miss."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import company_and_people as _found
from extraction_check import invite

from interview_sync.core.detect.addresses import is_machine_address
from interview_sync.core.detect.company_names import acceptable, trim
from interview_sync.core.detect.names import strip_courtesy_titles, strip_possessive


def _event(*args: Any, **kwargs: Any) -> dict[str, Any]:
    return invite(*args, day="2027-03-04", **kwargs)


# ------------------------------------------------- names in scripts without capitals
@pytest.mark.parametrize(("title", "domain", "description", "names"), [
    ("دعوة لمقابلة – مهندس موقع", "qimam-build.sa",
     "أعضاء اللجنة: منى الحربي، فيصل العتيبي", ["فيصل العتيبي", "منى الحربي"]),
    ("ראיון עבודה – אנליסט/ית", "galil-data.co.il", "מראיין: יונתן ברק", ["יונתן ברק"]),
    ("สัมภาษณ์งาน – นักบัญชี", "chaophraya-trade.co.th",
     "ผู้สัมภาษณ์: คุณมาลี ศรีสุข ผู้จัดการฝ่ายการเงิน", ["มาลี ศรีสุข"]),
])
def test_a_labelled_name_in_a_script_without_case_is_a_person(
        title: str, domain: str, description: str, names: list[str]) -> None:
    _, people = _found(_event(title, {"email": f"hr@{domain}"}, description=description))
    assert people == sorted([f"hr@{domain}", *names])


def test_a_lower_case_latin_line_after_a_label_is_still_no_one() -> None:
    _, people = _found(_event("Interview – Analyst", {"email": "hr@brookfarm.com"},
                              description="Panel: to be confirmed"))
    assert people == ["hr@brookfarm.com"]


# ------------------------------------------------- courtesy titles and possessives
@pytest.mark.parametrize(("raw", "name"), [
    ("Pani Agnieszka Wróbel", "Agnieszka Wróbel"),
    ("κα Ελένη Γεωργίου", "Ελένη Γεωργίου"),
    ("श्री राजेश वर्मा", "राजेश वर्मा"),
    ("الأستاذ خالد المنصوري", "خالد المنصوري"),
    ("คุณสมชาย ใจดี", "สมชาย ใจดี"),
    # a first name that is a title elsewhere stays ("Don" is Spanish "Mr" too)
    ("Don Miller", "Don Miller"),
    ("Pan-European Logistics", "Pan-European Logistics"),
])
def test_courtesy_titles_of_the_lexicons_languages_come_off(raw: str, name: str) -> None:
    assert strip_courtesy_titles(raw) == name


def test_a_possessive_ends_a_person_named_in_the_text() -> None:
    assert strip_possessive("Omar Haddad's") == "Omar Haddad"
    assert strip_possessive("Omar Haddad’s") == "Omar Haddad"
    assert strip_possessive("Rhys") == "Rhys"
    _, people = _found(_event("Working interview – Hollow Oak Dental", {"email": "jobs@hollowoak.com"},
                              description="Interviewers: Mei Tanaka's assistant Ivo Berg"))
    assert "Mei Tanaka's assistant Ivo Berg" not in people


# ------------------------------------------------- check-in mailboxes and services
@pytest.mark.parametrize("email", ["checkin@freshlook-events.example.com", "frontdesk-checkin@x.com",
                                   "visitors@harbourview.com", "visits@envoy.com",
                                   "noreply@tractionguest.com"])
def test_a_check_in_mailbox_or_service_is_a_tool(email: str) -> None:
    assert is_machine_address(email)


@pytest.mark.parametrize("email", ["vincent@harbourview.com", "checkers.lin@x.com"])
def test_a_person_is_no_check_in_mailbox(email: str) -> None:
    assert not is_machine_address(email)


def test_a_check_in_tool_on_the_invite_is_neither_thanked_nor_the_employer() -> None:
    company, people = _found(_event(
        "Check-in confirmed: interview 10:40 with Sarah Quinn – Lumen Retail",
        {"email": "checkin@lumen-events.example.com", "displayName": "Check-in"}))
    assert company == "Lumen Retail"
    assert not any("checkin" in p for p in people)


# ------------------------------------------------- shapes no employer's name has
@pytest.mark.parametrize("name", ["I'd", "We’ll", "Req 4471", "Job #2231", "Telefonintervija",
                                  "Videointervju"])
def test_shapes_no_employer_has(name: str) -> None:
    assert not acceptable(name, ())


@pytest.mark.parametrize("name", ["PS 214", "Interval Partners", "McDonald's", "Forever 21"])
def test_names_of_near_shape_stay(name: str) -> None:
    assert acceptable(name, ())


def test_one_word_after_the_interview_word_says_what_kind() -> None:
    assert trim("Oral Interview Board") == ""
    assert trim("Interview Panel") == ""
    assert trim("Interview Hollisford Police Department") == "Hollisford Police Department"


def test_an_oral_board_title_leaves_the_employer_to_the_domain() -> None:
    company, _ = _found(_event("Oral Interview Board – Hollisford PD",
                               {"email": "hr@hollisford.gov"}))
    assert company != "Board"


# ------------------------------------------------- legal forms and company words
@pytest.mark.parametrize(("title", "domain", "company"), [
    ("Entrevista – Analista – Vialtra S.A.", "vialtra.es", "Vialtra"),
    ("Rozmowa rekrutacyjna – Księgowa – Wisłomar S.A", "wislomar.pl", "Wisłomar"),
    ("Συνέντευξη – Πωλητής – Δέλτα Τρόφιμα Α.Ε.", "delta-trofima.gr", "Δέλτα Τρόφιμα"),
    ("ראיון – מנהל/ת חשבונות – חברת גשר מערכות", "gesher.co.il", "גשר מערכות"),
    ("สัมภาษณ์ – บริษัท ทองไทย จำกัด", "thongthai.co.th", "ทองไทย"),
    ("साक्षात्कार – सहायक – कावेरी फूड्स लिमिटेड", "kaverifoods.in", "कावेरी फूड्स"),
    ("مقابلة – محاسب – شركة النخيل للتجارة", "alnakheel.com", "النخيل"),
    ("面试 – 会计 – 远航物流有限公司", "yuanhang.cn", "远航物流"),
])
def test_legal_forms_and_company_words_come_off(title: str, domain: str, company: str) -> None:
    assert _found(_event(title, {"email": f"hr@{domain}"}))[0] == company


def test_a_generic_company_phrase_is_no_name() -> None:
    # "חברת השמה" is "a placement company": one word after "company" names no one
    assert _found(_event("ראיון – חברת השמה", {"email": "jobs@hasama-plus.co.il"}))[0] != "השמה"
