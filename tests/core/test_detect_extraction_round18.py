"""Round 18's extraction rules (issue #15), each with its own wording and a near miss: an employer a
non-Latin title names in its own segment (Greek, Arabic, Cyrillic, Thai, Devanagari, Hebrew with a
hyphen), a Thai organisation by its kind, a client stated in Greek, Arabic or Hindi, the one a firm
acts for ("on behalf of", "im Auftrag des", "pour le compte de", "processo seletivo para"), a firm
named for recruiting never beating a named employer; Greek names after a courtesy title, Hebrew
names after "an interview with", Russian "the interview will be conducted by", Chinese names glued
to their title. Bad input never raises."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import company_and_people as _found
from extraction_check import invite
from extraction_check import names_of as _names

from interview_sync.core.detect.addresses import is_agency_domain
from interview_sync.core.detect.company import company_of
from interview_sync.core.detect.company_clues import stated_clients
from interview_sync.core.detect.native import native_names
from interview_sync.core.detect.native_titles import (
    stated_client,
    thai_organisations,
    title_segment,
)
from interview_sync.core.detect.people_scripts import script_interviewers
from interview_sync.core.detect.uncased import cjk_interviewers


# ------------------------------------------------------------------ a non-Latin title's own segment
@pytest.mark.parametrize(("title", "employer"), [
    ("Συνέντευξη – Υπεύθυνη Αποθήκης – Πελαγος Διανομές", "Πελαγος Διανομές"),
    ("Δεύτερη συνέντευξη με τον διευθυντή – Κρητικά Αρτοποιεία (πρωί)", "Κρητικά Αρτοποιεία"),
    ("مقابلة – فني صيانة – طيران الواحة الجديد", "طيران الواحة الجديد"),
    ("Собеседование – Бухгалтер – Уральские Мельницы", "Уральские Мельницы"),
    ("Співбесіда – бухгалтер | ТОВ Дніпро Трейд", "Дніпро Трейд"),
    ("นัดสัมภาษณ์ – พนักงานขาย – ร้านบ้านขนมไทย สาขาสีลม", "บ้านขนมไทย"),
    ("इंटरव्यू – लेखाकार – गंगा ट्रेडर्स", "गंगा ट्रेडर्स"),
])
def test_the_employer_in_a_title_segment(title: str, employer: str) -> None:
    assert title_segment(title) == employer
    assert native_names(title, "", [])[0] == (employer, 3)


@pytest.mark.parametrize("title", [
    "Συνέντευξη – Πάτρα",                              # one word after the step: a town as often
    "Συνέντευξη – Υπάλληλος Υποδοχής",                 # a job, not an employer
    "ראיון שני – חברת השמה (משרה אצל לקוח)",           # a placement firm's kind
    "ראיון מקצועי מול ראש הצוות – שלב שני",            # the step's own stage
    "Αθήνα – Θεσσαλονίκη μετ' επιστροφής",             # no step: a trip
    "Interview – Acme Foods",                          # Latin titles are the Latin rules'
])
def test_no_employer_segment(title: str) -> None:
    assert title_segment(title) is None


def test_a_hebrew_name_joined_by_a_hyphen() -> None:
    assert native_names('ראיון – מנהל/ת חשבונות – גל-אור בע"מ', "", [])[0] == ("גל-אור", 3)


def test_a_thai_organisation_by_its_kind() -> None:
    assert thai_organisations("สอบข้อเขียน – กรมพัฒนาฝีมือแรงงาน") == ["กรมพัฒนาฝีมือแรงงาน"]
    assert thai_organisations("สอบสัมภาษณ์ – ธนาคารออมทรัพย์ภาคใต้") == ["ธนาคารออมทรัพย์ภาคใต้"]
    assert thai_organisations("ไปสำนักงานใหญ่ก่อนเก้าโมง") == []  # a head office is where


# ------------------------------------------------------------------ clients stated in their script
@pytest.mark.parametrize(("text", "client"), [
    ("Εκ μέρους του πελάτη μας, Αλυκές Μεσολογγίου, σας καλούμε σε συνέντευξη.", "Αλυκές Μεσολογγίου"),
    ("نيابة عن عميلنا شركة الأفق للأغذية، نؤكد الموعد.", "شركة الأفق للأغذية"),
    ("हमारे ग्राहक कावेरी स्टील्स के साथ आपका इंटरव्यू तय है।", "कावेरी स्टील्स"),
    ("ग्राहक कंपनी: सूर्या फूड्स – प्लांट मैनेजर", "सूर्या फूड्स"),
])
def test_a_client_stated_in_its_script(text: str, client: str) -> None:
    assert stated_client(text) == client


def test_no_client_without_the_word() -> None:
    assert stated_client("Σας καλούμε σε συνέντευξη στα γραφεία μας.") is None


@pytest.mark.parametrize(("text", "client"), [
    ("Brightpath runs this assessment centre on behalf of Oakhurst Water.", "Oakhurst Water"),
    ("Im Auftrag des Seehotel Rosenau führen wir den Auswahltag durch.", "Seehotel Rosenau"),
    ("Nous recrutons pour le compte de Verreries Delmas un responsable.", "Verreries Delmas"),
    ("A consultoria conduz o processo seletivo para a Padaria Aurora.", "Padaria Aurora"),
])
def test_the_one_a_firm_acts_for(text: str, client: str) -> None:
    assert client in stated_clients("", text, set())


def test_on_behalf_of_no_name() -> None:
    assert stated_clients("", "I write on behalf of the hiring team.", set()) == set()


def test_a_firm_named_for_recruiting_never_beats_a_named_employer() -> None:
    assert is_agency_domain("lumen-rh.fr") and is_agency_domain("stafflink-hr.gr")
    assert not is_agency_domain("hrblock.com")
    name, _ = company_of("Entretien – Chef d'équipe – Fromageries Vauclair", "Cabinet Lumen RH", "",
                         ["lumen-rh.fr"], set())
    assert name == "Fromageries Vauclair"
    # ... and answers when nobody else is named (its own screen)
    name, _ = company_of("Entretien de présélection", "Cabinet Lumen RH", "", ["lumen-rh.fr"], set())
    assert name is not None and "Lumen" in name


def test_a_greek_agency_invite_end_to_end() -> None:
    event = invite("Συνέντευξη – Μάγειρας – Ξενοδοχεία Λευκή Άμμος",
                   {"email": "k.ioannou@stafflink-hr.gr", "displayName": "Κατερίνα Ιωάννου"},
                   [{"email": "k.ioannou@stafflink-hr.gr", "displayName": "Κατερίνα Ιωάννου"}],
                   "Εκ μέρους του πελάτη μας, Ξενοδοχεία Λευκή Άμμος, σας καλούμε. Θα είναι "
                   "παρών ο σεφ κ. Μάρκος Αντωνίου.\nΚατερίνα Ιωάννου, StaffLink HR")
    assert _found(event) == ("Ξενοδοχεία Λευκή Άμμος", ["k.ioannou@stafflink-hr.gr", "Μάρκος Αντωνίου"])


@pytest.mark.parametrize(("title", "employer"), [
    ("Camarero Extra Banquetes: prueba de servicio + entrevista – Hotel Costa Brava Sitges",
     "Hotel Costa Brava Sitges"),
    ("Bagnino Spiaggia Libera: prova in mare, poi colloquio – Cooperativa Mare Sicuro",
     "Cooperativa Mare Sicuro"),
    ("Serveur Brasserie: essai puis entretien – Brasserie des Quais", "Brasserie des Quais"),
])
def test_a_title_that_opens_with_the_job_names_the_employer_after_it(title: str,
                                                                       employer: str) -> None:
    # the user's own entry: the job applied for and its place first, the employer last
    name, _ = company_of(title, "", "", [], set())
    assert name == employer


def test_an_organisation_named_after_a_job_still_answers() -> None:
    # "Carers Trust" opens with a job's noun, but its last word is an organisation's
    name, _ = company_of("Interview – Support Worker – Carers Trust", "", "", [], set())
    assert name == "Carers Trust"


# ------------------------------------------------------------------ people in Greek, Hebrew, Russian, Chinese
@pytest.mark.parametrize(("text", "names"), [
    ("Θα σας δει ο διευθυντής κ. Πέτρος Λαμπράκης.", ["Πέτρος Λαμπράκης"]),
    ("Ραντεβού με τον κ. Γιάννη Σταματόπουλο στις 10.", ["Γιάννης Σταματόπουλος"]),
    ("Ζητήστε την κα Σοφία Αλεξίου στην υποδοχή.", ["Σοφία Αλεξίου"]),
    ("Αγαπητέ κ. Γιάννη Παππά, σας ευχαριστούμε.", []),     # the candidate greeted
    ("ראיון עם ראש הצוות, יואב לוי, בשעה 10.", ["יואב לוי"]),
    ("שיחה עם מיכל ברק מצוות הפיתוח", ["מיכל ברק"]),
    ("ראיון עם צוות הגיוס", []),                            # a team, not a person
])
def test_greek_and_hebrew_names(text: str, names: list[str]) -> None:
    assert _names(script_interviewers(text)) == names


def test_a_chinese_name_glued_to_its_title() -> None:
    assert _names(cjk_interviewers("面试官为技术总监王芳。")) == ["王芳"]
    assert _names(cjk_interviewers("面试官：人力资源部")) == []


def test_the_russian_conductor_is_thanked() -> None:
    event = invite("Собеседование – Инженер – ООО «Волжский Берег»",
                   {"email": "o.lebedeva@volbereg.ru", "displayName": "Ольга Лебедева"},
                   [{"email": "o.lebedeva@volbereg.ru", "displayName": "Ольга Лебедева"}],
                   "Добрый день! Собеседование проведёт главный инженер Павел Соколов.")
    assert _found(event)[1] == ["o.lebedeva@volbereg.ru", "Павел Соколов"]


@pytest.mark.parametrize("text", ["", "κ.", "κ. " * 5000, "עם " * 5000, "\x00\ud800" * 50,
                                  "面试官为" * 3000, "πελάτη μας, " * 3000])
def test_bad_input_never_raises(text: str) -> None:
    script_interviewers(text)
    stated_client(text)
    title_segment(text)
    native_names(text, text, [text])
