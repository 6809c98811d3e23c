"""Round 23's extraction rules (issue #15), each with its own wording and a near miss: a romanised
employer name the text spells in Cyrillic or Greek; people named with a patronymic, returned to
the nominative from the case the sentence puts them in; a panel's members listed in a bracket
after "committee", "panel" or "board". Bad input never raises."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import company_and_people, make_event

from interview_sync.core.detect.company_transliterated import own_script_spelling
from interview_sync.core.detect.native_titles import thai_organisations
from interview_sync.core.detect.people_patronymics import nominative_patronymic, patronymic_people
from interview_sync.core.detect.people_ranks import panel_bracket_people


# ------------------------------------------------------------------ romanised names spelled in their script
@pytest.mark.parametrize(("name", "description", "expected"), [
    ("Volzhskie Zori", "АО «Волжские Зори» приглашает на собеседование.", "Волжские Зори"),
    ("Lvivska Pekarnia", "Компанія Львівська Пекарня, вул. Городоцька 5.", "Львівська Пекарня"),
    ("Dunav Trans", "Фирма „Дунав Транс“ ООД търси шофьор.", "Дунав Транс"),
    ("Kritiki Elaia", "Η Κρητική Ελαία σας καλεί σε συνέντευξη.", "Κρητική Ελαία"),
])
def test_a_romanised_name_takes_the_texts_own_spelling(name: str, description: str,
                                                         expected: str) -> None:
    assert own_script_spelling(name, "Собеседование", description) == expected


@pytest.mark.parametrize(("name", "description"), [
    ("Volzhskie Zori", "ООО «Северный Ветер» приглашает на собеседование."),  # another name
    ("Volzhskie Zori", "Interview at the Samara office."),  # nothing in another script
    ("Волжские Зори", "АО «Волжские Зори»."),  # already spelled in its script
    ("Ab", "«Аб»"),  # too few letters to tell names apart
])
def test_other_names_and_latin_texts_keep_the_name(name: str, description: str) -> None:
    assert own_script_spelling(name, "", description) is None


def test_an_invite_from_a_romanised_mailbox_names_the_spelled_employer() -> None:
    company, _ = company_and_people(make_event(
        "Собеседование – логист", organizer="hr@volzhskie-zori.ru", organizer_name="Volzhskie Zori",
        guests=(("hr@volzhskie-zori.ru", "Volzhskie Zori"),),
        description="АО «Волжские Зори». Адрес: Самара, ул. Мичурина 12."))
    assert company == "Волжские Зори"


# ------------------------------------------------------------------ patronymics
@pytest.mark.parametrize(("text", "expected"), [
    ("Обратитесь к Андрею Васильевичу Кравцову.", "Андрей Васильевич Кравцов"),
    ("Беседа с Татьяной Игоревной Соколовой, главным бухгалтером.", "Татьяна Игоревна Соколова"),
    ("Приём ведёт Павлова Ирина Олеговна, инспектор по кадрам.", "Павлова Ирина Олеговна"),
    ("Зустріч із Олегом Івановичем Шевченком.", "Олег Іванович Шевченко"),
    ("Співбесіду проведе Наталія Олегівна Мельник.", "Наталія Олегівна Мельник"),
])
def test_a_patronymic_marks_a_person_in_the_nominative(text: str, expected: str) -> None:
    assert [d.name for d in patronymic_people(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Отдел кадров, кабинет 12. Возьмите паспорт.",  # no one named
    "Роман Абрамович",  # two words: a surname in -ович, not a patronymic between names
    "Contact Ivan Petrovich Sidorov",  # romanised: not read here
])
def test_no_patronymic_no_person(text: str) -> None:
    assert patronymic_people(text) == []


def test_a_nominative_name_stays_as_written() -> None:
    assert nominative_patronymic("Ольга Викторовна Глебова") == "Ольга Викторовна Глебова"
    assert nominative_patronymic("Anna Kovács") == "Anna Kovács"


def test_an_owner_entry_thanks_the_contact_in_the_nominative() -> None:
    _, people = company_and_people(make_event(
        "Собеседование в ООО «Северстрой»",
        description="Подойти к Андрею Васильевичу Кравцову в 10:00, кабинет 3."))
    assert people == ["Андрей Васильевич Кравцов"]


# ------------------------------------------------------------------ panels in a bracket
@pytest.mark.parametrize(("text", "expected"), [
    ("The hiring committee (Grace Holt, chair, and Ben Ashby) will meet you.",
     ["Grace Holt", "Ben Ashby"]),
    ("Interview panel (Chair: Prof. Nia Obi; members: Sam Reyes & Lena Vogt).",
     ["Nia Obi", "Sam Reyes", "Lena Vogt"]),
    ("Board (Hugh Marsh (chair), Ada Kerr and Raj Patel) at 3pm.",
     ["Hugh Marsh", "Ada Kerr", "Raj Patel"]),
])
def test_a_bracket_after_a_panel_lists_its_members(text: str, expected: list[str]) -> None:
    assert [d.name for d in panel_bracket_people(text)] == expected


@pytest.mark.parametrize("text", [
    "The panel (about 45 minutes) will ask about your portfolio.",  # a length, no one
    "Meet the team (Design and Research) after lunch.",  # no panel's word before the bracket
    "Board (Main Street entrance)",  # a place: no full name alone in an item
])
def test_a_bracket_without_members_names_no_one(text: str) -> None:
    assert panel_bracket_people(text) == []


@pytest.mark.parametrize("junk", ["", "(", "committee ((((", "Иван " * 2000, "ич" * 3000])
def test_bad_input_never_raises(junk: str) -> None:
    patronymic_people(junk)
    panel_bracket_people(junk)
    assert own_script_spelling(junk or None, junk, junk) is None or junk


# ------------------------------------------------------------------ Thai abbreviations of the kind
@pytest.mark.parametrize(("text", "expected"), [
    ("สอบสัมภาษณ์ พนักงานเภสัชกรรม รพ.นครปฐมเวช", ["รพ.นครปฐมเวช"]),
    ("สัมภาษณ์งาน บจก. ไทยวัสดุภัณฑ์", ["บจก. ไทยวัสดุภัณฑ์"]),
])
def test_a_thai_abbreviated_kind_opens_the_name(text: str, expected: list[str]) -> None:
    assert thai_organisations(text) == expected


def test_a_thai_abbreviation_without_its_dot_is_no_kind() -> None:
    assert thai_organisations("นัดสัมภาษณ์ รพ นครปฐม") == []
