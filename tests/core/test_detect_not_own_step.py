"""Interviews that are not the user's own hiring step (round 22, ``not_own_step``): ratings of the
user's skill, seats beside someone else's interview, candidacies for office, workshops in the
newest languages, Indic interview chores; and the true hiring steps worded like them."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.chores import is_chore
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.lookalikes import title_is_lookalike

ME = "pat.lee@gmail.com"


def _event(summary: str, *, organizer: str | None = "jobs@northwind-example.com",
           description: str = "") -> dict[str, Any]:
    return {
        "id": "nos1", "summary": summary, "description": description, "location": "",
        "start": {"dateTime": "2028-03-07T10:00:00+01:00"},
        "end": {"dateTime": "2028-03-07T11:00:00+01:00"},
        "organizer": {"email": organizer} if organizer else {"email": ME, "self": True},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
    }


# (a) an interview that rates the user's own skill
RATINGS = [
    "Sign Language Proficiency Interview – staff rating",
    "SLPI: BSL rating session",
    "ACTFL OPI – Mandarin, for the licence",
    "Oral proficiency interview (Arabic) – end of term",
    "Entrevista de dominio oral – certificado de francés",
    "Entretien d'évaluation en langue des signes – niveau",
    "Sprachstandsgespräch Deutsch (Integrationskurs)",
    "Instrument checkride + oral with the examiner",
]
# (b) the user's seat beside someone else's interview
SEATS = [
    "ASL interpreting – applicant interview at Contoso",
    "Terp: job interview, deaf applicant (Fabrikam)",
    "Interpreting assignment – panel interview, Room 4",
    "Support worker: accompany a service user to his interview",
    "Job coach – attend the interview with her (Tailspin)",
    "Note-taking for the interview panel – HR Officer",
    "Interpretación en lengua de signos – entrevista de un candidato sordo",
    "Dolmetscheinsatz: Vorstellungsgespräch, Stadtbibliothek",
    "Interprétariat LSF – entretien d'embauche",
    "बधिर अभ्यर्थी का साक्षात्कार – दुभाषिया सेवा",
]
# (c) a candidacy for office
CANDIDACIES = [
    "Councillor selection interview – branch panel",
    "Parliamentary candidate selection – hustings and interview",
    "Pre-selection interview for the party's list (constituency committee)",
    "लोकसभा टिकट दावेदारों का साक्षात्कार",
    "इच्छुक उमेदवार मुलाखती – पक्ष कार्यालय",
    "நாடாளுமன்றத் தேர்தல் – விருப்ப மனு அளித்தவர்களுடன் நேர்காணல்",
]
# (d) workshops, webinars, courses and trainings in the newest languages
WORKSHOPS = [
    "Obradoiro: preparar a entrevista de traballo",
    "وبینار مصاحبه شغلی موفق",
    "دوره آموزشی مصاحبه استخدامی",
    "Gweithdy cyfweliadau i raddedigion",
    "Werkswinkel oor werksonderhoude",
    "Sessjoni ta' taħriġ: l-intervista tax-xogħol",
    "Сургалт – ажлын ярилцлага",
    "Դասընթաց՝ աշխատանքային հարցազրույց",
    "សិក្ខាសាលា៖ សម្ភាសន៍ការងារ",
    "ስልጠና፡ የሥራ ቃለ መጠይቅ",
    "ورکشاپ: نوکری انٹرویو کی تیاری",
    "ওয়েবিনার: চাকরির ইন্টারভিউ",
]


@pytest.mark.parametrize("title", RATINGS + SEATS + CANDIDACIES + WORKSHOPS)
def test_an_interview_that_is_not_the_users_hiring_step_is_a_look_alike(title: str) -> None:
    assert title_is_lookalike(title)
    assert assess_event(_event(title), ME).tier != "confident"


# the true hiring steps carrying the same words
HIRING = [
    "Interview + Spanish language test – Bilingual Claims Handler",
    "Interview – Sign Language Interpreter (staff post), Fabrikam Health",
    "Interview – BSL Interpreter, Contoso Council",
    "Interview – Support Worker (supported living), Tailspin Care",
    "Interview – Job Coach, Northwind Employment Services",
    "Interview – Minute-taker (Committee Services)",
    "Entrevista – Intérprete de lengua de signos, Ayuntamiento",
    "Vorstellungsgespräch – Gebärdensprachdolmetscherin (Festanstellung)",
    "Interview – Campaigns Officer (staff), party head office",
    "Entrevista de selección – alumnado traballador, Obradoiro de Emprego Lalín",
    "Interview – Training Coordinator",
    "साक्षात्कार – विधानसभा सचिवालय, सहायक पद",
]


@pytest.mark.parametrize("title", HIRING)
def test_a_hiring_step_worded_like_one_stays_an_interview(title: str) -> None:
    assert not title_is_lookalike(title)


INDIC_CHORES = [
    "मुलाखतीसाठी प्रमाणपत्रांच्या प्रती काढणे",
    "साक्षात्कार के लिए दस्तावेज सत्यापित कराना",
    "ভাইভার জন্য কাগজপত্র গুছানো",
    "நேர்காணலுக்கான ஆவணங்கள் நகல் எடுத்தல்",
]


@pytest.mark.parametrize("title", INDIC_CHORES)
def test_an_indic_task_for_the_interview_is_a_chore(title: str) -> None:
    assert is_chore(title, True)
    assert not is_chore(title, False)


@pytest.mark.parametrize("title", ["मुलाखत – लिपिक पद, सहकारी बँक", "टिकट के लिए साक्षात्कार नहीं, नौकरी: साक्षात्कार – लेखाकार"])
def test_an_indic_interview_is_no_chore(title: str) -> None:
    assert not is_chore(title, True)
