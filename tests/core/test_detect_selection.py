"""Hiring steps not called interviews, inside a selection (issue #15, round 16).

Round 15's largest silent class was steps an employer holds for its applicants without the
interview word: police written exams, physical agility and climbing tests, in sectors earlier
rounds did not hold. ``selection`` reads their shared structure, a step's noun in the title
(``lexicon_selection.SELECTION_TEST`` with the other step hints) and a selection around it
(``SELECTION_CONTEXT``, in the title outside the noun or the description's head), and lets a
course or a mock exam for a competition (``PREPARATION``) second nothing. The words are checked
cell by cell in tests/core/test_detect_lexicon.py; here, the rule and its look-alikes.
"""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.features import features_of
from interview_sync.core.detect.lexicon import LANGS
from interview_sync.core.detect.lexicon_selection import PREPARATION, SELECTION_CONTEXT
from interview_sync.core.detect.selection import selection_context
from interview_sync.core.detect.title_veto import title_veto

ME = "pat.lee@gmail.com"


def _event(title: str, description: str = "", organizer: str = "office@harlowfalls.example",
           **extra: Any) -> dict[str, Any]:
    return {"summary": title, "description": description, "organizer": {"email": organizer},
            "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
            "start": {"dateTime": "2027-07-06T08:00:00+02:00"},
            "end": {"dateTime": "2027-07-06T11:00:00+02:00"}, **extra}


@pytest.mark.parametrize(("lang", "word"),
                         [(lang, word) for lang in LANGS for word in SELECTION_CONTEXT[lang]])
def test_each_selection_word_seconds_a_steps_hint(lang: str, word: str) -> None:
    # A physical test from an office address (no recruiter, no job, no hiring text): the
    # selection's word in the description is the second signal the hint needs.
    event = _event("Physical agility test – Harlow Falls", f"Details: {word.strip()} 27-4418.")
    assert detect_interview(event, ME) is not None, (lang, word)
    assert "selection_step" in features_of(event, ME)[0], (lang, word)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt", "nl", "pl"])
def test_a_course_or_mock_exam_for_a_competition_is_no_selection(lang: str) -> None:
    context, preparation = SELECTION_CONTEXT[lang][0], PREPARATION[lang][0]
    title = "Physical agility test – Harlow Falls"
    assert selection_context(title, f"{context.strip()} 27") is not None
    assert selection_context(title, f"{preparation.strip()}: {context.strip()} 27") is None
    assert selection_context(f"{title} ({preparation.strip()})", f"{context.strip()} 27") is None


def test_the_steps_own_noun_does_not_second_itself() -> None:
    # "selezione" is a selection word, but in "Test di selezione" it is the test's own name
    title = "Test di selezione – Acme"
    hint_free = selection_context(title, "")
    assert hint_free is not None  # read without the hint: the noun's own word
    from interview_sync.core.detect.rules import step_hint
    assert selection_context(title, "", step_hint(title)) is None
    own = _event(title, organizer=ME)
    own["organizer"] = {"email": ME, "self": True}
    assert detect_interview(own, ME) is None


@pytest.mark.parametrize("title", [
    "Entry-level firefighter written exam – Sierra Vista County Fire",
    "Candidate Physical Abilities Test – Firefighter/EMT",
    "Written exam + essay – Police Officer – City of Lakeshore",
])
def test_a_veto_word_inside_a_selection_tests_name_does_not_veto(title: str) -> None:
    assert title_veto(title, set()) is False


@pytest.mark.parametrize("title", [
    "Final exam – Biology 101", "Candidate debrief – Firefighter/EMT", "Exam prep – written exam",
])
def test_the_same_words_outside_a_tests_name_still_veto(title: str) -> None:
    assert title_veto(title, set()) is None


def test_round_15s_public_safety_steps_are_at_least_asked_about() -> None:
    exam = _event("Entry-level firefighter written exam – Sierra Vista County Fire",
                  "You passed the Physical Ability Test. Report with your applicant number and ID.",
                  organizer="hr-testing@sierravistacounty.example")
    assert assess_event(exam, ME).tier != "below"
    taf = _event("TAF – Concurso Guarda Civil Municipal",
                 "Prezado candidato, você está convocado para o Teste de Aptidão Física.",
                 organizer="concursos@igecon.example")
    assert assess_event(taf, ME).tier != "below"


@pytest.mark.parametrize(("title", "description"), [
    ("Simulacro de examen tipo test – Bombero", "Simulacro para los alumnos: oposiciones 2027."),
    ("Theory test + hazard perception", "Candidates must bring a provisional licence."),
    ("Practical driving test – Kidlington", "Bring your licence and appointment letter."),
    ("Fitness test – Monday bootcamp", "Members only: track your progress."),
])
def test_look_alikes_with_a_steps_noun_are_not_drafted_for(title: str, description: str) -> None:
    event = _event(title, description, organizer="info@ironbark.example")
    assert assess_event(event, ME).tier != "confident"
    assert "selection_step" not in features_of(event, ME)[0]


@pytest.mark.parametrize("text", ["", "x" * 200_000, "\x00\ud800", "épreuves écrites " * 500])
def test_bad_input_never_raises(text: str) -> None:
    selection_context(text, text)
    title_veto(text, set())
