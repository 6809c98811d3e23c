"""Round 20's extraction rules (issue #15), each with its own wording and a near miss: employers
in Tamil, Bengali, Persian, Korean and CJK title segments, a Cyrillic business's quoted name after
its kind, a household named by its family name rather than its suburb; people after courtesy
titles and "with" in Arabic (also at a text's start), Hebrew (the name before the job), Tamil,
Persian and Bengali, in titles as well as descriptions; a Korean title and a Thai department left
off a name. Bad input never raises."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import company_and_people, found, make_event

from interview_sync.core.detect.company_clues import household
from interview_sync.core.detect.native import native_names
from interview_sync.core.detect.native_titles import title_segment
from interview_sync.core.detect.people_readers import title_marked
from interview_sync.core.detect.people_scripts import script_interviewers
from interview_sync.core.detect.uncased import (
    arabic_interviewers,
    cjk_interviewers,
    uncased_interviewers,
)


def _names(drafts: list[object]) -> list[str]:
    return [d.name for d in drafts]


# ------------------------------------------------------------------ employers in title segments
@pytest.mark.parametrize(("title", "expected"), [
    ("நேர்முகத் தேர்வு – வேலன் மின்சாதனங்கள்", "வேலன் மின்சாதனங்கள்"),
    ("সাক্ষাৎকার – হিসাবরক্ষক – মেঘনা এগ্রো ফুডস", "মেঘনা এগ্রো ফুডস"),
    ("مصاحبه حضوری – کارخانه نساجی البرز", "کارخانه نساجی البرز"),
    ("면접 – 한결치과", "한결치과"),  # one unspaced word ending in an organisation's kind
    ("面试 – 华腾电子有限公司", "华腾电子有限公司"),
])
def test_an_employer_in_a_non_latin_title_segment(title: str, expected: str) -> None:
    assert title_segment(title) == expected


@pytest.mark.parametrize("title", [
    "면접 – 서울",  # one word after the step alone is as often a town
    "நேர்முகத் தேர்வு – மதுரை",
    "ঢাকা – চট্টগ্রাম",  # no step before the last segment, only places
    "Interview – Brightwater Foods",  # Latin titles are the other rules'
])
def test_a_town_or_a_latin_title_is_no_segment_employer(title: str) -> None:
    assert title_segment(title) is None


def test_a_quoted_business_after_its_kind_in_cyrillic() -> None:
    assert ("Смачна хата", 3) in native_names("Співбесіда в ресторані «Смачна хата»", "", ())
    assert not native_names("Співбесіда «завтра» о 10", "", ())  # a quote without a kind


def test_the_title_segment_is_the_employer_over_the_domains_letters() -> None:
    company, people = company_and_people(make_event(
        "நேர்முகத் தேர்வு – வேலன் மின்சாதனங்கள்", organizer="hr@velanelec.in",
        organizer_name="வேலன் மின்சாதனங்கள்", guests=(("hr@velanelec.in", "வேலன் மின்சாதனங்கள்"),)))
    assert company == "வேலன் மின்சாதனங்கள்"
    assert people == ["hr@velanelec.in"]


# ------------------------------------------------------------------ households
@pytest.mark.parametrize(("title", "expected"), [
    ("Au pair interview – the Lindqvist family (Wimbledon)", "Lindqvist family"),
    ("Babysitter trial with Moreau family, Lyon", "Moreau family"),
    ("Entretien baby-sitting – famille Garnier", "famille Garnier"),
    ("Vorstellung Kinderfrau bei Familie Albrecht", "Familie Albrecht"),
])
def test_a_household_names_itself_by_its_family_name(title: str, expected: str) -> None:
    assert household(title, "") == expected


@pytest.mark.parametrize("title", [
    "Interview – Family Dollar store 4411",
    "Interview – Johnson Family Dental",  # a business named for a family, read by other rules
    "Interview with our host family coordinator",
    "Family Services caseworker interview",
])
def test_a_business_named_family_is_no_household(title: str) -> None:
    assert household(title, "") is None


def test_the_household_beats_the_suburb_and_the_street() -> None:
    event = make_event("Nanny interview – the Lindqvist family (Wimbledon)",
                       description="Meet at 9 Cedar Walk. Two boys, 2 and 4.",
                       location="9 Cedar Walk, Wimbledon")
    assert found(event).company == "Lindqvist family"


# ------------------------------------------------------------------ people in non-Latin scripts
def test_arabic_name_after_with_at_the_texts_start_and_in_a_title() -> None:
    assert _names(arabic_interviewers("مع السيد فهد الشمري، مدير المبيعات.")) == ["فهد الشمري"]
    assert _names(title_marked("مقابلة مع أ. ليلى الحربي – أكاديمية النور")) == ["ليلى الحربي"]
    # a greeting still addresses the candidate
    assert arabic_interviewers("مرحباً السيد فهد الشمري، نود دعوتك") == []


def test_hebrew_name_before_its_job() -> None:
    assert _names(script_interviewers("ראיון עם רונית אלון, מנהלת הכספים, בקומה 4.")) == ["רונית אלון"]
    assert _names(script_interviewers("ראיון עם מנהלת הכספים, רונית אלון.")) == ["רונית אלון"]
    assert script_interviewers("ראיון עם צוות הגיוס, מחלקת כספים.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("கணக்காளர் திருமதி கலா சுந்தரம் அவர்களைச் சந்திக்கவும்", ["கலா சுந்தரம்"]),
    ("با خانم مریم کریمی تماس بگیرید.", ["مریم کریمی"]),
    ("পরিচালক সুমন দাসের সাথে দেখা করুন।", ["সুমন দাস"]),
    # no courtesy title, no job: an instruction or a phrase is nobody's name
    ("مدارک را همراه داشته باشید.", []),
    ("জীবনবৃত্তান্ত সঙ্গে আনুন।", []),
    ("சான்றிதழ்கள் கொண்டு வரவும்.", []),
])
def test_names_in_tamil_persian_and_bengali_need_evidence(text: str, expected: list[str]) -> None:
    assert _names(script_interviewers(text)) == expected


def test_a_korean_title_and_a_thai_department_are_left_off() -> None:
    assert _names(cjk_interviewers("면접관: 영업팀 이서윤 과장님")) == ["이서윤"]
    assert _names(uncased_interviewers("ติดต่อคุณพรทิพย์ แผนกบุคคล ชั้น 2")) == ["พรทิพย์"]
    assert _names(uncased_interviewers("ติดต่อคุณพรทิพย์ ใจดี ชั้น 2")) == ["พรทิพย์ ใจดี"]


def test_a_title_only_name_in_persian_is_thanked() -> None:
    event = make_event("مصاحبه با آقای کامران نوری – شرکت آروین")
    assert {p.name for p in found(event).people} == {"کامران نوری"}


@pytest.mark.parametrize("junk", ["", "\x00\x01", "«" * 5000, "مع " * 3000, "Familie " * 2000,
                                  "面接 – " * 500, "the the family " * 1000])
def test_bad_input_never_raises(junk: str) -> None:
    household(junk, junk)
    title_segment(junk)
    native_names(junk, junk, ())
    script_interviewers(junk)
    title_marked(junk)
    arabic_interviewers(junk)
