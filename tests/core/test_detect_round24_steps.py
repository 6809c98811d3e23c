"""Round 24's silent hiring steps: an orchestra's chair and a locum's post named in the title, a
locum or staffing agency's registration or compliance call, an agency's paid or sample
translation seconded by the firm's trade name, a practice's ride-along or shadow day for a post,
the clinical radio- trades (no radio), and the interview words of Odia and Malayalam and the
Amharic written test for a vacancy (``sides``, ``rules``, ``lexicon_steps``, ``selection``,
``title_negative``, ``lookalikes``, ``thin_languages``). Look-alikes with the same words stay
undetected."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.lookalikes import title_is_lookalike

ME = "pat.lee@gmail.com"


def _event(summary: str, description: str = "", organizer: str = "") -> dict[str, Any]:
    org = {"email": organizer} if organizer else {"email": ME, "self": True}
    return {
        "id": "r24", "summary": summary, "description": description,
        "start": {"dateTime": "2029-03-06T09:00:00+00:00"},
        "end": {"dateTime": "2029-03-06T10:00:00+00:00"},
        "organizer": org,
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
    }


@pytest.mark.parametrize("title", [
    # an orchestra's chair, a locum's post
    "Audition – Principal Oboe, Harbourside Sinfonia",
    "Audition (section violin) – Northern Opera Orchestra",
    "Registration call – Pennine Locums (locum optometrist)",
    "Compliance call – Crestview Staffing (locum midwife)",
    # an agency's paid or sample translation, named by the firm's trade
    "Paid test – Fjord Translations (NO>EN technical)",
    "Sample translation – Rosetta Localization (IT>EN)",
    # a practice's shadow or ride-along day for a post
    "Shadowing day – Hillside Dental (dental nurse job)",
    "Ride-along day – Meadow Vets (large animal vet position)",
    # Odia and Malayalam interviews, an Amharic written test for an open post
    "ସାକ୍ଷାତ୍କାର – ଉତ୍କଳ ସିମେଣ୍ଟ (ଇଞ୍ଜିନିୟର)",
    "ഇന്റർവ്യൂ – ക്യാഷ്യർ, ഗ്രീൻവാലി സൂപ്പർമാർക്കറ്റ്",
    "የጽሁፍ ፈተና – ጣና ባንክ (ክፍት ቦታ፡ ሂሳብ ሠራተኛ)",
])
def test_sector_steps_and_thin_language_words_are_read(title: str) -> None:
    assert detect_interview(_event(title), ME) is not None


@pytest.mark.parametrize("title", [
    "Youth orchestra audition – Leo (cello placement)",
    "Harbourside Sinfonia concert – Mahler 2",
    "Locum shift – Pennine Locums (Saturday clinic)",
    "Translation homework – NO>EN technical (week 2)",
    "Ride-along – Ella's school career day",
    "Job shadow day – Lakeside Clinic",
    "Audition panel – 3rd trumpet finals (screened)",
    "ମକ୍ ସାକ୍ଷାତ୍କାର – ପ୍ରସ୍ତୁତି",
    "ଟିଭି ସାକ୍ଷାତକାର – ନୂଆ ବହି",
    "മോക്ക് ഇന്റർവ്യൂ – കോളേജ്",
    "የጽሁፍ ፈተና – 10ኛ ክፍል ሂሳብ",
    "ቃለ መጠይቅ – ፋና ሬዲዮ",
])
def test_same_words_without_hiring_are_not_detected(title: str) -> None:
    assert detect_interview(_event(title), ME) is None


def test_clinical_radio_trades_are_no_radio_but_the_station_is() -> None:
    assert not title_is_lookalike("Intro call – locum radiographer, Kent")
    assert title_is_lookalike("Interview on Radio Kent about the book")
