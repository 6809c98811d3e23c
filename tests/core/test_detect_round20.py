"""Silent hiring steps (issue #15, round 20): a veto the score outweighs, steps named by format.

Round 19's blind batch left 16 of 90 interviews with neither drafts nor a question. Three paths
led there, each tested here as a class, not as those cases' words: a veto on one word of the
text ("seminar", "job fair", "Training") silencing an event everything else scored as an
interview (``confidence.OUTWEIGHED``); a step named by its format that the first look and the
shape did not know (a performer's callback or open call, a walk-in, "ask for" a manager, a
faculty fly-out, South Asian recruitments' physical tests and verifications:
``selection_shape``); the interview's own word in languages thin in the corpus (``words``).
Each is only asked about; the look-alikes (a walk-in clinic, a community theatre's callbacks, a
pupils' board exam) stay silent.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import ME, calendar_entry

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import OUTWEIGHED, UNSURE, assess_event, tier_of
from interview_sync.core.detect.features import VETOES, features_of


def _event(title: str, description: str = "", organizer: dict[str, Any] | None = None,
           **extra: Any) -> dict[str, Any]:
    return calendar_entry(title, description, organizer, start="2028-05-09T10:00:00-05:00", end="2028-05-09T11:00:00-05:00", **extra)


# ------------------------------------------------------------------ a veto the score outweighs
def test_a_vetoed_event_is_asked_only_when_its_score_still_reaches_even_odds() -> None:
    for p in (OUTWEIGHED, 0.8, 0.99):
        assert tier_of(p, rules_accept=False, askable=False, thank=False, vetoed=True) == "unsure"
    for p in (0.0, UNSURE, OUTWEIGHED - 0.01):
        assert tier_of(p, rules_accept=False, askable=False, thank=False, vetoed=True) == "below"
    # without a veto to outweigh nothing changes
    assert tier_of(0.9, rules_accept=False, askable=False, thank=False) == "below"


def test_an_interview_whose_title_veto_is_one_word_of_its_programme_is_asked_not_drafted() -> None:
    # a faculty candidate's campus visit, its research seminar in the title: the title's veto
    # reads "seminar"; a search committee's invitation outweighs it
    event = _event(
        "On-campus interview – Assistant Professor of Ecology (research seminar 11:00)",
        "Dear Dr. Lee, thank you for your application. Your interview day: meetings with the "
        "search committee and the dean, then your research seminar. We look forward to "
        "meeting you.",
        {"email": "ecology-search@lindenhall.edu", "displayName": "Ecology Search Committee"},
        attendees=[{"email": ME, "self": True, "responseStatus": "accepted"},
                   {"email": "j.ortiz@lindenhall.edu", "displayName": "Jo Ortiz"}])
    on = features_of(event, ME)[0]
    judged = assess_event(event, ME)
    assert on & VETOES
    assert detect_interview(event, ME) is None  # the rules' no stands
    if judged.confidence >= OUTWEIGHED:
        assert judged.tier == "unsure" and judged.interview is not None
        assert judged.interview.unsure and not judged.rules_accept
    else:
        assert judged.tier in {"below", "unsure"}


@pytest.mark.parametrize("title", [
    "Mock interview – Retail District Manager (careers service)",
    "Webinar: how we run our interviews",
    "Podcast interview – Business Daily (guest: Pat Lee)",
])
def test_a_veto_the_score_agrees_with_stays_silent(title: str) -> None:
    judged = assess_event(_event(title), ME)
    assert judged.confidence < OUTWEIGHED
    assert judged.tier == "below"


# ------------------------------------------------------------------ steps named by their format
@pytest.mark.parametrize(("title", "description", "organizer"), [
    ("Callback – Azure Tide Cruises production cast (dancers)",
     "Congratulations on your callback. Bring headshot and resume.",
     {"email": "casting@azuretide.example", "displayName": "Azure Tide Casting"}),
    ("Walk in – Sunbelt Chevrolet service dept (porter/detailer)",
     "Bring driver's licence + resume. Talk to the service manager before 11.", None),
    ("Riverbend Motors – sales consultant (ask for Gus Palmer)",
     "Walk in thru showroom. 3 clean copies of resume.", None),
    ("अग्निवीर भर्ती – शारीरिक परीक्षा", "प्रवेश पत्र + मूल दस्तावेज़। रिपोर्टिंग सुबह 4 बजे।", None),
    ("सिपाही भर्ती – PET दौड़ (प्रथम चरण)", "ई-प्रवेश पत्र लाना अनिवार्य।", None),
    ("म्यादी प्रहरी छनोट – स्वास्थ्य तथा शारीरिक परीक्षण", "नागरिकताको प्रतिलिपि, २ प्रति फोटो।", None),
    ("ஆசிரியர் தேர்வு வாரியம் – பட்டதாரி ஆசிரியர் சான்றிதழ் சரிபார்ப்பு",
     "அசல் சான்றிதழ்கள், அழைப்புக் கடிதம்.", None),
    ("Aufnahmeverfahren Justiz – Sporttest", "Sportzeug und Ausweis mitbringen.", None),
])
def test_a_step_named_by_its_format_for_a_post_is_asked(
        title: str, description: str, organizer: dict[str, Any] | None) -> None:
    judged = assess_event(_event(title, description, organizer), ME)
    assert judged.tier in {"unsure", "confident"}, (title, judged.confidence)
    assert judged.interview is not None


@pytest.mark.parametrize(("title", "description"), [
    ("Walk in clinic w/ Jonah – ear", "Health card + list of meds. Ask for Dr. Singh."),
    ("Walk-in clinic – sore throat (bring health card)", "No appointment. Arrive early."),
    ("Callbacks – Little Shop (Huron Community Players)",
     "Director emailed the callback list. Movement clothes, 16 bars. Rehearsals Mon-Thu."),
    ("Test drive – Riverbend Motors (ask for Gus)", "Bring driver's licence."),
    ("Campus tour + info session – Westbrook University", "Prospective students, park in lot C."),
    ("बोर्ड परीक्षा – गणित (कक्षा 10)", "प्रवेश पत्र लाना अनिवार्य। छात्र 8 बजे पहुँचें।"),
])
def test_the_same_formats_where_nobody_is_hired_stay_silent(title: str, description: str) -> None:
    judged = assess_event(_event(title, description), ME)
    assert judged.tier == "below", (title, judged.confidence)


# ------------------------------------------------------------------ the interview's own word
@pytest.mark.parametrize("title", [
    "लोक सेवा आयोग – नायब सुब्बा अन्तर्वार्ता",  # Nepali
    "मुलाखत – लिपिक पद, सह्याद्री सहकारी बँक",  # Marathi
    "ಸಂದರ್ಶನ – ಸಹಾಯಕ ಹುದ್ದೆ",  # Kannada
    "അഭിമുഖം – ക്ലർക്ക് തസ്തിക",  # Malayalam
    "ቃለ መጠይቅ – የሂሳብ ሠራተኛ",  # Amharic
    "人材派遣会社グループインタビュー(ケアギバー)",  # Japanese
])
def test_the_interview_word_in_thin_languages_is_read(title: str) -> None:
    on, seen, _ = features_of(_event(title), ME)
    assert seen is not None and "strong_title" in on, title
    assert assess_event(_event(title), ME).tier in {"unsure", "confident"}
