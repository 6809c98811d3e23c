"""A selection step that names its post is asked about without logistics; the user assessing,
certificates, grades, entrances and a developer's "test job" are not.

Round 18 (``core.detect.selection_post``): most selection steps still silent after round 17 were
a user's terse copy or an employer's one-line notice, a test or an exam for a named post in a
language the step's class lacked (Hebrew, Czech, Ukrainian, Turkish, Thai, Greek, Vietnamese),
with neither the hiring words nor the logistics round 17's shape read. A post beside the step
now stands for both, unless the user is on the assessing side or the exam selects nobody for a
job. Names and organisations invented.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.features import features_of
from interview_sync.core.detect.selection_post import post_step
from interview_sync.core.detect.selection_shape import shape_hint

ME = "pat.lee@gmail.com"


def _event(summary: str, description: str = "", organizer: str = "") -> dict[str, Any]:
    org: dict[str, Any] = {"email": organizer} if organizer else {"email": ME, "self": True}
    return {
        "id": "sp1", "summary": summary, "description": description,
        "start": {"dateTime": "2027-11-16T09:00:00+01:00"},
        "end": {"dateTime": "2027-11-16T11:00:00+01:00"},
        "organizer": org,
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
    }


# A step and a post, nothing else: the user's copies and one-line notices.
POSTED = [
    ("Písemný test – referentka odboru školství, Městský úřad Dolní Brod", "", ""),
    ("מבחני כישורים למשרת נהג/ת אוטובוס – גבעות תחבורה", "", "miun@givot-bus.co.il"),
    ("Тестування – посада провідного спеціаліста відділу кадрів", "", "kadry@oblrada-demo.gov.ua"),
    ("Yazılı sınav – Veri Giriş Görevlisi (Deniz Lojistik)", "", ""),
    ("Online assessments – Graduate trainee, Harrowgate Water", "~60 min, quiet room", ""),
    ("สอบคัดเลือกพนักงานขับรถ – การประปาเมืองใหม่", "", ""),
    ("Γραπτή εξέταση – θέση διοικητικού υπαλλήλου, Δήμος Νέας Άκρης", "", ""),
    ("Skills test – Air Cargo Specialist (Northwind Freight)", "", ""),
]


@pytest.mark.parametrize(("title", "description", "organizer"), POSTED)
def test_a_step_that_names_its_post_is_asked_about(title: str, description: str,
                                                   organizer: str) -> None:
    event = _event(title, description, organizer)
    on, _, _ = features_of(event, ME)
    assert "selection_shape" in on, sorted(on)
    judged = assess_event(event, ME)
    assert judged.tier in {"unsure", "confident"}, judged.explain()
    assert judged.interview is not None


def test_a_post_alone_never_drafts() -> None:
    judged = assess_event(_event(*POSTED[1]), ME)
    assert judged.tier == "unsure" and not judged.rules_accept
    assert judged.interview is not None and judged.interview.unsure


# The same step and post where the user assesses, or where nobody is hired.
NOT_POSTED = [
    ("Exam invigilation – written test for clerk posts (room 4)", ""),
    ("Selection committee – score the written test, trainee officers", ""),
    ("Run the typing test for 3 applicants (clerk vacancy)", ""),
    ("Sınav komisyonu – memur alım yazılı sınavı", ""),
    ("Coi thi tuyển công chức – phòng 7", ""),
    ("ועדת מבחן – מועמדים למשרת נהג", ""),
    ("CompTIA Network+ certification exam – Specialist track", "Two forms of ID."),
    ("Entrance exam – apprentice electrician college", "Bring a calculator."),
    ("Physical for new job – urgent care", ""),
    ("Grade 5 piano exam", "Arrive 10 min early."),
    ("Load test – nightly batch job", ""),  # (with "results" below, round 17's shape asks)
    ("Blog post – test draft for the careers page", ""),
]


@pytest.mark.parametrize(("title", "description"), NOT_POSTED)
def test_the_assessing_side_and_exams_that_hire_nobody_are_not_asked_by_the_post(
        title: str, description: str) -> None:
    on, _, _ = features_of(_event(title, description), ME)
    assert "selection_shape" not in on, sorted(on)


def test_the_post_is_read_beside_the_step_not_from_the_description() -> None:
    # a press interview "on the new apprenticeship scheme" names no post of the user's
    assert not shape_hint("Press office briefing – Evening Herald", "Print interview on the new "
                          "apprenticeship scheme.", "press@kingsmere.example", "")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.text(max_size=400))
def test_any_text_never_raises(title: str, head: str) -> None:
    import re
    step = re.search(r".", title)
    if step is not None:
        assert isinstance(post_step(title, step, head), bool)
    assert isinstance(shape_hint(title, head, "", ""), bool)
