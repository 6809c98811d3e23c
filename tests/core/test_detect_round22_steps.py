"""Round 22's silent classes (ask22): sector steps named by their format, interview, test and
committee words in more languages, and a rehearsal word naming a part of a real step.

(a) ``core.detect.lexicon_steps`` and ``core.detect.step_parts``: a nanny's working or paid
trial, a newsroom's voice test, a station's studio audition whose sender's domain is in the
title (not a seller's demo). (b) ``core.detect.thin_languages``: Welsh, Afrikaans, Zulu, Tajik,
Somali, Belarusian, Lao and Luxembourgish interviews; South Slavic psychometric testing,
Russian and Ukrainian pre-hire internships, Hebrew selection committees; their look-alikes (a
Welsh mock interview, a car's "onderhoud", a child's school test, a university's psychometric
exam, the press's Tajik "мусоҳиба"). (c) ``step_parts.without_step_part``: "3 mock links" in an
audition's title lifts the rehearsal veto, "Mock interview" and a course's "mock links" keep it.
Names and organisations invented.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.features import features_of
from interview_sync.core.detect.step_parts import PERFORMANCE_STEP, without_step_part
from interview_sync.core.detect.title_negative import TITLE_NEGATIVE
from interview_sync.core.detect.title_veto import title_veto

ME = "pat.lee@gmail.com"


def _event(summary: str, description: str = "", organizer: str = "") -> dict[str, Any]:
    org: dict[str, Any] = {"email": organizer} if organizer else {"email": ME, "self": True}
    return {
        "id": "r22", "summary": summary, "description": description,
        "start": {"dateTime": "2029-02-06T09:00:00+00:00"},
        "end": {"dateTime": "2029-02-06T10:00:00+00:00"},
        "organizer": org,
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
    }


# ---------------------------------------------------------------- (b) more languages
@pytest.mark.parametrize(("title", "organizer"), [
    ("Cyfweliad – Swyddog Cyllid (Cyngor Tref Llanwern)", "swyddi@llanwern.cymru"),
    ("Gwahoddiad i gyfweliad – Caffi'r Harbwr", ""),
    ("Werksonderhoud – Karoo Meubels, verkoopsverteenwoordiger", ""),
    ("Inhlolokhono yomsebenzi – Zululand Timbers", ""),
    ("Мусоҳибаи корӣ – «Ҳисор Агро» (муҳосиб)", ""),
    ("Сумоўе – ТАА «Палессе Мэбля»", ""),
    ("ສຳພາດວຽກ – ບໍລິສັດ ລາວ ໂລຈິສຕິກ", ""),
    # (round 23 removed the Somali and Luxembourgish words, which no public source supported)
    ("Psihometrično testiranje – izbor za delovno mesto tehnolog", "kadri@lipa-mlin.si"),
    ("Стажировка перед трудоустройством – склад «Вектор»", ""),
    ("ועדת מיון – עיריית מגדלור, מזכיר/ה", ""),
])
def test_interview_and_selection_words_in_more_languages_are_read(title: str, organizer: str) -> None:
    judged = assess_event(_event(title, "", organizer), ME)
    assert judged.tier in {"unsure", "confident"}, judged.explain()


@pytest.mark.parametrize("title", [
    "Cyfweliad ffug – gweithdy gyrfaoedd",
    "Motor onderhoud – 90 000 km diens",
    "Pismeni ispit iz matematike – 6. razred",
    "מבחן פסיכומטרי – מועד אביב",
    "Мусоҳиба бо радио дар бораи намоишгоҳ",
])
def test_their_look_alikes_are_never_drafted_for(title: str) -> None:
    assert assess_event(_event(title), ME).tier != "confident"


# ---------------------------------------------------------------- (a) sector steps
@pytest.mark.parametrize(("title", "description", "organizer"), [
    ("Working trial – nanny job (Reyes family)",
     "After our interview we'd love you to do a paid working trial with both kids.",
     "ana.reyes@gmail.com"),
    ("Paid trial – line cook, Brasserie Lune", "", "chef@brasserielune.com"),
    ("Voice test – FM Kilimo (news presenter)", "", "programmes@fmkilimo.co.ke"),
])
def test_sector_steps_named_by_their_format_are_not_silent(title: str, description: str,
                                                           organizer: str) -> None:
    judged = assess_event(_event(title, description, organizer), ME)
    assert judged.tier in {"unsure", "confident"}, judged.explain()


def test_a_stations_audition_with_demo_links_is_no_sellers_demo() -> None:
    event = _event("Studio audition – Coast 98.4 (record 3 demo links)",
                   "Script three links on the day; a chat with the programme director follows.",
                   "programming@coast984.co.uk")
    on, _, _ = features_of(event, ME)
    assert "vendor_pitch" not in on, sorted(on)
    assert assess_event(event, ME).tier in {"unsure", "confident"}


# ---------------------------------------------------------------- (c) a part of a real step
@pytest.mark.parametrize("title", [
    "Studio audition – Coast 104 (3 mock links + travel + a trail)",
    "Audition @ Mix 103 – drive time: 2 mock links + interview w/ station head",
    "Final interview incl. mock client call – Account Manager",
    "Assessment centre – practice case + group exercise (Harwell Partners)",
])
def test_a_rehearsal_word_naming_a_part_of_the_step_vetoes_nothing(title: str) -> None:
    assert title_veto(title, set()) is not None


@pytest.mark.parametrize("title", [
    "Mock interview – careers service",
    "Mock case interview with Sam",
    "Radio presenting course: record mock links",
    "Practice pitch for demo day",
    "Practice assessment – numerical reasoning",
])
def test_a_rehearsal_of_the_step_itself_keeps_its_veto(title: str) -> None:
    assert title_veto(title, set()) is None


def test_the_exception_is_only_for_rehearsal_words() -> None:
    title = "Audition – press links (Radio Zeta)"
    negative = TITLE_NEGATIVE.search(title)
    assert negative is not None and without_step_part(title, negative) is None


@given(st.text(max_size=120))
@settings(max_examples=200, deadline=None)
def test_without_step_part_never_raises_and_only_shortens(title: str) -> None:
    for match in re.finditer(r"mock|practice", title, re.IGNORECASE):
        rest = without_step_part(title, match)
        assert rest is None or len(rest) <= len(title) + 1
    assert PERFORMANCE_STEP.search(title) is None or "test" in title.lower() \
        or "audition" in title.lower()
