"""Round 22's extraction rules (issue #15), each with its own wording and a near miss: employers in
Armenian, Georgian, Amharic and Khmer titles (their legal forms and quotation marks left off, their
posts and competition stages never the employer); a title's last segment that opens with its
organisation's kind (Swahili, Indonesian, the Romance languages); an organisation's kind glued to a
domain; a yacht's prefix; a Persian title not read by Arabic's words; people after Amharic and Khmer
courtesy titles, a Tamil initial, posts in Armenian, Georgian and Mongolian, a rank in a title and a
parent's word before a bracket; an interpreter's and an office's shared mailbox. Bad input never
raises."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import company_and_people, make_event

from interview_sync.core.detect.company_clues import hiring_free_label
from interview_sync.core.detect.company_heads import kind_segment
from interview_sync.core.detect.guests import is_shared_mailbox, no_one_to_thank
from interview_sync.core.detect.native import native_names
from interview_sync.core.detect.native_titles import title_segment
from interview_sync.core.detect.people_scripts import script_interviewers


def _names(drafts: list[object]) -> list[str]:
    return [d.name for d in drafts]  # type: ignore[attr-defined]


# ------------------------------------------------------------------ titles in four more scripts
@pytest.mark.parametrize(("title", "expected"), [
    ("Հարցազրույց – ծրագրավորող – «Սևան Սոֆթ» ՍՊԸ", "Սևան Սոֆթ"),
    ("გასაუბრება – იურისტი – შპს „მთის წყარო“", "მთის წყარო"),
    ("የሥራ ቃለ መጠይቅ – ሾፌር – ሀበሻ ትራንስፖርት", "ሀበሻ ትራንስፖርት"),
    ("សម្ភាសន៍ការងារ – អ្នកលក់ – ក្រុមហ៊ុន មេគង្គ ត្រេដ", "ក្រុមហ៊ុន មេគង្គ ត្រេដ"),
])
def test_an_employer_closes_a_title_in_its_own_script(title: str, expected: str) -> None:
    assert title_segment(title) == expected


@pytest.mark.parametrize("title", [
    "გასაუბრება — ბუღალტრის თანამდებობა",  # the post, not who hires
    "კონკურსის მეორე ეტაპი — გასაუბრება",  # a competition's stage and the step
    "Հարցազրույց – Երևան",  # a town alone after the step
])
def test_a_post_a_stage_or_a_town_is_no_employer(title: str) -> None:
    assert title_segment(title) is None


def test_a_persian_title_is_not_read_by_arabic_words() -> None:
    names = native_names("مصاحبه – حسابدار – شرکت تعاونی مصرف کارکنان پالایش", "", [])
    assert names[0][0] == "شرکت تعاونی مصرف کارکنان پالایش"


# ------------------------------------------------------------------ kinds that open or end a name
@pytest.mark.parametrize(("title", "expected"), [
    ("Usaili – Mhasibu – Chama cha Ushirika cha Wafugaji wa Ng'ombe Kagera",
     "Chama cha Ushirika cha Wafugaji wa Ng'ombe Kagera"),
    ("Wawancara – Staf Gudang – Koperasi Serba Usaha Maju Jaya", "Koperasi Serba Usaha Maju Jaya"),
    ("Entretien – Professeur – École Saint-Joseph, Rennes", "École Saint-Joseph"),
])
def test_a_segment_that_opens_with_its_kind(title: str, expected: str) -> None:
    assert [name for name, _ in kind_segment(title, set())] == [expected]


@pytest.mark.parametrize("title", [
    "Chama cha Ushirika – planning meeting",  # no step's words before it
    "Interview – Sales – Acme Trading",  # no kind opens it
])
def test_no_kind_segment(title: str) -> None:
    assert list(kind_segment(title, set())) == []


@pytest.mark.parametrize(("domain", "stem"), [
    ("brightvale-coop.org", "brightvale"), ("kageracoop.or.tz", "kagera"), ("mainbogen.de", ""),
    ("coop.ch", ""),
])
def test_a_kind_glued_to_a_domain(domain: str, stem: str) -> None:
    assert hiring_free_label(domain) == stem


def test_the_title_spells_the_name_a_co_op_domain_glues() -> None:
    company, _ = company_and_people(make_event(
        "Entretien – Conseiller – Coopérative laitière Pays de Bray",
        organizer="rh@paysdebray-coop.fr", organizer_name="Service RH"))
    assert company in {"Pays de Bray", "Coopérative laitière Pays de Bray"}


def test_a_yacht_is_named_with_its_prefix_and_a_ship_is_not_the_employer() -> None:
    company, _ = company_and_people(make_event("Deckhand interview – M/Y Serenade"))
    assert company == "M/Y Serenade"
    company, _ = company_and_people(make_event(
        "Interview – Able Seaman – MV Baltic Dawn", organizer="crew@nordship-mgmt.com",
        organizer_name="Nordship Crewing"))
    assert company != "MV Baltic Dawn"


# ------------------------------------------------------------------ people
@pytest.mark.parametrize(("text", "expected"), [
    ("ቃለ መጠይቁን የሚያደርጉት አቶ ሙሉጌታ አሰፋ ናቸው።", ["ሙሉጌታ አሰፋ"]),
    ("សូមជួប លោកស្រី ចាន់ សុភា នៅការិយាល័យ។", ["ចាន់ សុភា"]),
    ("பிரிவு அலுவலர் திருமதி ரா. மீனாட்சி அவர்களை சந்திக்கவும்.", ["ரா. மீனாட்சி"]),
    ("Բաժնի պետ՝ Կարեն Սարգսյան։", ["Կարեն Սարգսյան"]),
    ("გასაუბრებას ჩაატარებს დირექტორი გიორგი კაპანაძე.", ["გიორგი კაპანაძე"]),
    ("Хүний нөөцийн менежер Д.Оюунчимэг уулзана.", ["Д.Оюунчимэг"]),
])
def test_people_after_a_courtesy_title_or_a_post(text: str, expected: list[str]) -> None:
    assert _names(script_interviewers(text)) == expected


def test_no_post_no_person() -> None:
    assert script_interviewers("გასაუბრება თბილისში, ოთახი 12.") == []


def test_an_interpreter_and_an_office_mailbox() -> None:
    assert no_one_to_thank("interpreting@wordbridge.com", "WordBridge Interpreting")
    assert no_one_to_thank("bookings@signlink.org.uk", "SignLink Sign Language Services")
    assert not no_one_to_thank("concorsi@aslmurgia.it", "ASL Murgia – Ufficio Concorsi")
    assert not no_one_to_thank("maria.ortiz@acme.com", "Maria Ortiz")
    assert is_shared_mailbox("office@harbourclub.org")
    assert is_shared_mailbox("membership@x.org", "Membership Committee")
    assert not is_shared_mailbox("dana.lee@x.org", "Dana Lee")


def test_the_texts_people_beside_an_office_mailbox_and_an_interpreter() -> None:
    _, people = company_and_people(make_event(
        "Interview – Dock Hand – Carrow Bay Sailing Club", organizer="office@carrowbay.org.uk",
        organizer_name="CBSC Office",
        guests=(("office@carrowbay.org.uk", "CBSC Office"),
                ("bookings@wordbridge-interpreting.com", "WordBridge Interpreting")),
        description="The club manager, Hattie Lowe, and chief engineer Sam Oduya will see you."))
    assert people == ["Hattie Lowe", "Sam Oduya", "office@carrowbay.org.uk"]


def test_a_rank_in_a_title_and_a_parent_in_a_bracket() -> None:
    _, people = company_and_people(make_event("Interview w/ Capt. Ines Duarte – S/Y Halcyon"))
    assert people == ["Ines Duarte"]
    _, people = company_and_people(make_event(
        "Nanny interview – the Moreau family",
        description="Mum (Claire Moreau) will show you the routine."))
    assert people == ["Claire Moreau"]


def test_a_department_is_no_one() -> None:
    _, people = company_and_people(make_event(
        "Entrevista – Cajero – Cooperativa de Ahorro San Isidro", organizer="seleccion@coopsanisidro.es",
        organizer_name="Selección", description="Le recibirá Marta Gil, jefa de Recursos Humanos."))
    assert "Recursos Humanos" not in people


@pytest.mark.parametrize("junk", ["", "–", " – – ", "\x00\x01 – \ud7ff", "Հ" * 5000, "ወ/ሮ" * 2000])
def test_bad_input_never_raises(junk: str) -> None:
    title_segment(junk)
    list(kind_segment(junk, set()))
    script_interviewers(junk)
    native_names(junk, junk, [junk])
