"""Round 23's silent hiring steps: sector tests and trials named by their trade, a job word in
the title as a step hint's second signal, a menu's courses, and the interview words of Uzbek,
Yoruba, Kyrgyz and Albanian (``lexicon_steps``, ``selection``, ``title_veto``,
``thin_languages``). Look-alikes with the same words stay below the drafting tier."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event

ME = "pat.lee@gmail.com"


def _event(summary: str, description: str = "", organizer: str = "") -> dict[str, Any]:
    org = {"email": organizer} if organizer else {"email": ME, "self": True}
    return {
        "id": "r23", "summary": summary, "description": description,
        "start": {"dateTime": "2029-02-06T09:00:00+00:00"},
        "end": {"dateTime": "2029-02-06T10:00:00+00:00"},
        "organizer": org,
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
    }


@pytest.mark.parametrize(("title", "organizer"), [
    # a trade's test or trial, seconded by a job word in the title or a hiring sender
    ("Swim test – summer lifeguard job, Eastside Pool", ""),
    ("Lifeguard tryout (pool attendant position) – Lakeview Aquatic Centre", ""),
    ("Translation test – EN>DE, Polyglot Partners", "vendormanagement@polyglotpartners.de"),
    ("Road test for the driver position – Kestrel Haulage", ""),
    ("Kitchen trial – Saffron House (chef de partie role)", ""),
    ("Excel test – Northgate Finance (analyst role)", ""),
    ("Cooking trial: five-course menu, Harbour Hotel (head chef role)", ""),
    # Uzbek's trial interview in both scripts, Yoruba's job interview with and without marks,
    # an invitation to a Kyrgyz interview, the Albanian written test
    ("Sinov suhbati – «Yashil Bog» MChJ (kassir)", ""),
    ("Синов суҳбати – «Самарқанд Чой»", ""),
    ("Ìfọ̀rọ̀wánilẹ́nuwò iṣẹ́ – Ìbàdàn Textiles", ""),
    ("Iforowanilenuwo fun ipo akowe – Eko Motors", ""),
    ("Testim me shkrim – Bashkia Fier, specialist", "burimet.njerezore@fier.gov.al"),
])
def test_trade_steps_and_thin_language_words_are_read(title: str, organizer: str) -> None:
    assert assess_event(_event(title, "", organizer), ME).tier != "below"


@pytest.mark.parametrize("title", [
    "Swim lesson – Leo, level 2",
    "Driving test – practical, car licence",
    "Translation exercise – MA seminar, week 3",
    "Cooking class – pasta from scratch",
    "Excel course – week 2",
    "Ìdánwò WAEC – Physics",
    "Testim – matematikë, klasa 8",
    "Dastlabki sinov muddati tugaydi",
])
def test_same_words_without_hiring_are_not_drafted(title: str) -> None:
    assert detect_interview(_event(title), ME) is None


def test_a_trial_seconded_by_a_job_word_is_accepted() -> None:
    found = detect_interview(_event("Pool tryout – Westbrook Leisure Centre (lifeguard job)"), ME)
    assert found is not None and found.company == "Westbrook Leisure Centre"


def test_a_menus_courses_are_not_a_class_but_a_course_is() -> None:
    assert detect_interview(_event("Cooking trial: 3-course menu (sous chef role) – Bramble"), ME) is not None
    assert detect_interview(_event("Cooking trial course (sous chef role) – Bramble"), ME) is None
