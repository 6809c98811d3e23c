"""Round 21's extraction rules (issue #15), each with its own wording and a near miss: a court the
text names hires through a judge's chambers, and the judge a title names when no court is; the
name a short mailbox domain abbreviates beats the abbreviation; an ampersand the domain spells;
a department's institution; employers leading or closing titles in Nepali, Sinhala and Bengali,
after a Swahili job and comma, with Swahili's "of"; a Hebrew preposition before a name; people
after a judge's or an academic's rank (beside the chambers' mailbox), a Swahili, Devanagari or
Bengali courtesy title, and in a title's brackets beside their roles. Bad input never raises."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import company_and_people, make_event

from interview_sync.core.detect.company_clues import judge_named
from interview_sync.core.detect.company_public import public_bodies
from interview_sync.core.detect.native_titles import title_segment
from interview_sync.core.detect.people_ranks import bracketed_people, ranked_people
from interview_sync.core.detect.spelling import initialled_phrases, initials_spell


def _names(drafts: list[object]) -> list[str]:
    return [d.name for d in drafts]  # type: ignore[attr-defined]


# ------------------------------------------------------------------ courts and judges
@pytest.mark.parametrize(("text", "expected"), [
    ("a clerkship with the U.S. District Court for the District of Oregon. Bring a sample",
     "U.S. District Court for the District of Oregon"),
    ("Superior Court of Vermont, 2nd floor", "Superior Court of Vermont"),
    ("the U.S. Court of Appeals for the Fifth Circuit", "U.S. Court of Appeals for the Fifth Circuit"),
])
def test_a_court_by_its_seat(text: str, expected: str) -> None:
    assert (expected, expected) in public_bodies(text)


@pytest.mark.parametrize("text", ["the County Courthouse, Room 4", "the food Court", "Court of Appeals",
                                  "County Court"])
def test_a_bare_court_or_a_courthouse_is_no_court_named(text: str) -> None:
    assert public_bodies(text) == []


def test_the_court_beats_the_chambers_mailbox_domain() -> None:
    company, people = company_and_people(make_event(
        "Clerkship interview – Judge Tomas Brandt", organizer="brandt.chambers@or-crt.net",
        organizer_name="Chambers of Judge Brandt",
        guests=(("brandt.chambers@or-crt.net", "Chambers of Judge Brandt"),),
        description="Thank you for applying to clerk for the U.S. District Court for the District of "
                    "Oregon. The judge will see you in chambers."))
    assert company == "U.S. District Court for the District of Oregon"
    assert people == ["Tomas Brandt", "brandt.chambers@or-crt.net"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Clerkship interview – Judge Ada Pruitt (chambers)", "Judge Ada Pruitt"),
    ("Interview – Justice Kwame Mensah, Court of Appeal", "Justice Kwame Mensah"),
    ("Judge Lowe, 9th floor", "Judge Lowe"),
])
def test_the_judge_a_title_names(title: str, expected: str) -> None:
    assert judge_named(title) == expected


@pytest.mark.parametrize("title", ["Interview – Department of Justice Canada", "Judge Advocate interview",
                                   "Interview – paralegal"])
def test_no_judge_named(title: str) -> None:
    assert judge_named(title) is None


# ------------------------------------------------------------------ spelled names over mailboxes
@pytest.mark.parametrize(("name", "stem"), [
    ("Pemberton Valley Mutual Insurance Co.", "pvmi"),
    ("Kaldera Marine Services", "kms"),
    ("Ülemiste Kinnisvara AS", "ukin"),
    ("Harrow & Lyle Building Supplies", "hlbs"),
])
def test_a_short_label_is_the_names_initials(name: str, stem: str) -> None:
    assert initials_spell(name, stem)


@pytest.mark.parametrize(("name", "stem"), [
    ("Igecon Concursos", "igecon"),  # spells the domain in full: no initials
    ("Kaldera", "kms"),  # one word
    ("Kaldera Marine Services", "kmsx"),
])
def test_no_initials(name: str, stem: str) -> None:
    assert not initials_spell(name, stem)


def test_initials_read_in_a_text_keep_the_domains_words() -> None:
    assert initialled_phrases("Tere! Ootame Sind Ülemiste Kinnisvara AS kontorisse.", ["ukin"]) \
        == ["Ülemiste Kinnisvara AS"]
    assert initialled_phrases("at Baltic European Cargo Agency today", ["bec"], ["becagency"]) \
        == ["Baltic European Cargo Agency"]


def test_the_spelled_name_beats_the_mailbox_abbreviation() -> None:
    company, _ = company_and_people(make_event(
        "Phone screen – Underwriter", organizer="talent@pvmi-jobs.com", organizer_name="PVMI Talent",
        guests=(("talent@pvmi-jobs.com", "PVMI Talent"),),
        description="Thanks for applying to Pemberton Valley Mutual Insurance Co. We will call you."))
    assert company == "Pemberton Valley Mutual Insurance"


def test_an_ampersand_the_domain_spells() -> None:
    company, _ = company_and_people(make_event(
        "Interview – Barista", organizer="jobs@mossandkiln.com", organizer_name="Moss & Kiln Coffee",
        guests=(("jobs@mossandkiln.com", "Moss & Kiln Coffee"),)))
    assert company == "Moss & Kiln"


def test_a_department_hires_for_its_institution() -> None:
    company, _ = company_and_people(make_event(
        "Faculty interview – Dr. Lena Vos, Department of Physics, Westmarch University"))
    assert company == "Westmarch University"


# ------------------------------------------------------------------ employers in other scripts
@pytest.mark.parametrize(("title", "expected"), [
    ("लोक सेवा आयोग – कम्प्युटर अपरेटर अन्तर्वार्ता", "लोक सेवा आयोग"),  # the employer leads
    ("සම්මුඛ පරීක්ෂණය – ලිපිකරු – රුහුණු පොල් සමාගම", "රුහුණු පොල් සමාගම"),  # Sinhala
    ("ভাইভা – বাংলাদেশ রেলওয়ে", "বাংলাদেশ রেলওয়ে"),  # the step from the detection lexicon
    ("انٹرویو – سیلز آفیسر کی آسامی، مہران فوڈز", "مہران فوڈز"),  # the post, a comma, the employer
])
def test_native_title_employers(title: str, expected: str) -> None:
    assert title_segment(title) == expected


@pytest.mark.parametrize("title", [
    "प्राथमिक शिक्षक भर्ती – साक्षात्कार",  # a recruitment drive, not an employer
    "সহকারী শিক্ষক নিয়োগ – মৌখিক পরীক্ষা",
])
def test_a_recruitment_drive_leading_a_title_is_no_employer(title: str) -> None:
    assert title_segment(title) is None


@pytest.mark.parametrize(("title", "expected"), [
    ("Usaili – Afisa Mipango, Halmashauri ya Manispaa ya Moshi", "Halmashauri ya Manispaa ya Moshi"),
    ("Usaili wa mdomo – Shirika la Reli Tanzania", "Shirika la Reli Tanzania"),
])
def test_swahili_employers(title: str, expected: str) -> None:
    company, _ = company_and_people(make_event(title))
    assert company == expected


def test_a_hebrew_preposition_is_no_part_of_the_name() -> None:
    company, _ = company_and_people(make_event('ראיון עבודה אצל גל-עד תעשיות בע"מ'))
    assert company == "גל-עד תעשיות"


# ------------------------------------------------------------------ people
@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Hon. Miriam Osei – clerkship call", True, ["Miriam Osei"]),
    ("Interview – Judge Lowe, 9th floor", True, ["Lowe"]),
    ("Judge Lowe will call you", False, []),  # a text's lone surname repeats the title's judge
    ("Mahojiano yataongozwa na Bw. Juma Kombo, Mkurugenzi.", False, ["Juma Kombo"]),
    ("श्रीमती सुनीता जोशी मुलाखत घेतील.", False, ["सुनीता जोशी"]),
    ("জনাব কামরুল হাসান সাক্ষাৎকার নেবেন।", False, ["কামরুল হাসান"]),
    ("Interview – Chef de Partie – Hotel Alba", True, []),
])
def test_people_after_a_rank_or_a_courtesy_title(text: str, title: bool, expected: list[str]) -> None:
    assert _names(ranked_people(text, title=title)) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Trial shift – Copper Pot (with Ines, sous chef + owner Raj Patel)", ["Ines", "Raj Patel"]),
    ("Interview [Ola Berg + hiring manager]", ["Ola Berg"]),
    ("Vestlus: Tiina Mets + osakonnajuhataja", ["Tiina Mets"]),
    ("Interview (with Northgate Freight)", []),  # no role beside it: as likely the employer
    ("Lunch + Learn", []),
])
def test_people_in_a_titles_brackets(title: str, expected: list[str]) -> None:
    assert _names(bracketed_people(title)) == expected


def test_the_judge_is_thanked_beside_the_clerk_who_invites() -> None:
    _, people = company_and_people(make_event(
        "Hon. Miriam Osei – clerkship phone interview", organizer="clerk.osei@ga-chambers.net",
        organizer_name="Leo Park", guests=(("clerk.osei@ga-chambers.net", "Leo Park"),)))
    assert people == ["Miriam Osei", "clerk.osei@ga-chambers.net"]


@pytest.mark.parametrize("junk", ["", "Judge", "Hon.", "(with )", "+ + +", "श्री", "Usaili – ,",
                                  "Judge " * 500, "\x00\ufffd" * 50])
def test_bad_input_never_raises(junk: str) -> None:
    ranked_people(junk, title=True)
    ranked_people(junk)
    bracketed_people(junk)
    judge_named(junk)
    title_segment(junk)
    initialled_phrases(junk, ["abc"])
    public_bodies(junk)


@pytest.mark.parametrize(("title", "expected"), [
    ("Töövestlus – kassapidaja, Saare Kaubamaja", "Saare Kaubamaja"),  # a job in lower case, a comma
    ("Usaili – Dereva, Kampuni ya Mabasi Kilimanjaro", "Kampuni ya Mabasi Kilimanjaro"),
])
def test_a_step_word_is_never_the_employer_after_it_the_job_and_a_comma(title: str,
                                                                        expected: str) -> None:
    company, _ = company_and_people(make_event(title))
    assert company == expected
