"""The concept × language tables of ``core/detect/lexicon.py``, cell by cell (issue #15, round 7).

Every concept has a cell for every language of ``LANGS``; an empty cell must be explained in
``GAPS``. Each cell is then checked against the rule built from it, so that a word a table
lists and a rule does not read fails here by its concept and language: the interview words
and qualified steps are explicit titles; the look-alike settings veto a title that names an
interview and no job; a courtesy-titled name right after the interview word in an employer's
invite is another candidate, and after "with" the interviewer; the chores are the user's own
tasks. Bad input (odd types, empty and enormous text) never raises."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect import lexicon
from interview_sync.core.detect.chores import is_chore
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.lexicon import GAPS, INTERVIEW, LANGS, QUALIFIED, SETTING_CONCEPTS
from interview_sync.core.detect.lexicon_people import (
    CHORES,
    CHORES_LATER,
    COURTESY,
    HIRING_SELF,
    INTERVIEWERS,
    MEET,
    WITH,
)
from interview_sync.core.detect.lexicon_selection import (
    PREPARATION,
    SELECTION_CONTEXT,
    SELECTION_TEST,
)
from interview_sync.core.detect.lexicon_steps import (
    CANCELLED,
    PHONE_SCREEN,
    PROCESS_STEP,
    SKILLS_TEST,
    TECH_CHECK,
    TRIAL,
    TRIAL_TALK,
)
from interview_sync.core.detect.lookalikes import NONJOB_TITLE, NONJOB_TITLE_4, title_is_lookalike
from interview_sync.core.detect.rules import prefilter_title, strong_title, weak_title
from interview_sync.core.detect.sides import courtesy_candidate, names_someone_else, user_hires

CONCEPTS: dict[str, lexicon.Cells] = {
    "interview": INTERVIEW, "qualified": QUALIFIED, **SETTING_CONCEPTS, "courtesy": COURTESY,
    "with": WITH, "chores": CHORES, "chores_later": CHORES_LATER, "hiring_self": HIRING_SELF,
    "cancelled": CANCELLED, "phone_screen": PHONE_SCREEN, "trial": TRIAL,
    "tech_check": TECH_CHECK, "skills_test": SKILLS_TEST, "trial_talk": TRIAL_TALK,
    "process_step": PROCESS_STEP,
    "selection_test": SELECTION_TEST, "selection_context": SELECTION_CONTEXT,
    "preparation": PREPARATION,
    "interviewers": INTERVIEWERS, "meet": MEET,
}
ME = "pat.lee@gmail.com"


def _cells(*names: str) -> list[tuple[str, str, str]]:
    return [(name, lang, word) for name in names for lang in LANGS
            for word in CONCEPTS[name][lang]]


@pytest.mark.parametrize("name", sorted(CONCEPTS))
def test_every_concept_has_a_cell_for_every_language(name: str) -> None:
    table = CONCEPTS[name]
    assert set(table) == set(LANGS), (name, set(LANGS) ^ set(table))
    for lang in LANGS:
        cell = table[lang]
        if not cell:
            assert (name, lang) in GAPS, f"{name}/{lang}: empty cell with no reason in GAPS"
        assert len(set(cell)) == len(cell), (name, lang)
        assert all(word == word.lower() and word.strip() for word in cell), (name, lang, cell)


def test_every_gap_is_an_empty_cell_with_a_reason() -> None:
    for (name, lang), reason in GAPS.items():
        assert CONCEPTS[name][lang] == (), (name, lang)
        assert len(reason) > 20


@pytest.mark.parametrize(("name", "lang", "word"),
                         _cells("interview", "qualified", "phone_screen"))
def test_each_interview_word_and_qualified_step_is_an_explicit_title(
        name: str, lang: str, word: str) -> None:
    title = f"{word.capitalize()} – Acme"
    assert prefilter_title(title.lower()), (name, lang, word)
    assert strong_title(title) is not None, (name, lang, word)


@pytest.mark.parametrize(("name", "lang", "word"), _cells(*SETTING_CONCEPTS))
def test_each_setting_word_vetoes_an_interview_title_that_names_no_job(
        name: str, lang: str, word: str) -> None:
    title = f"{INTERVIEW[lang][0].capitalize()} – {word.strip()} x"
    assert title_is_lookalike(title), (name, lang, word)


@pytest.mark.parametrize("lang", LANGS)
def test_a_job_in_the_title_keeps_every_setting_word_from_vetoing(lang: str) -> None:
    # (a phrase the older title tables veto whatever the title says, "mock interview",
    # "entretien blanc", 模擬面接, stays vetoed: it says what the event is by itself)
    for name in SETTING_CONCEPTS:
        for word in SETTING_CONCEPTS[name][lang]:
            title = f"{INTERVIEW[lang][0].capitalize()} – {word.strip()} – Senior Analyst"
            vetoed_whatever = bool(NONJOB_TITLE.search(title) or NONJOB_TITLE_4.search(title))
            assert title_is_lookalike(title) == vetoed_whatever, (name, lang, word)


def _hiring_event(title: str) -> tuple[list[Any], str]:
    return [{"email": ME, "self": True}, {"email": "a.novak@acme-corp.example"}], "acme-corp.example"


@pytest.mark.parametrize(("name", "lang", "word"), _cells("courtesy"))
def test_a_courtesy_titled_name_after_the_interview_word_is_another_candidate(
        name: str, lang: str, word: str) -> None:
    title = f"{INTERVIEW[lang][0].capitalize()} {word} Novak"
    attendees, domain = _hiring_event(title)
    assert courtesy_candidate(title, attendees, ME, {"pat lee"}, domain), (lang, word)
    assert names_someone_else(title, attendees, ME, {"pat lee"}, domain), (lang, word)
    # the user's own surname is the user, whatever the title
    assert not courtesy_candidate(title, attendees, ME, {"jan novak"}, domain), (lang, word)


@pytest.mark.parametrize("lang", [lang for lang in LANGS if COURTESY[lang]])
def test_a_courtesy_titled_name_after_with_is_the_interviewer(lang: str) -> None:
    for word in COURTESY[lang]:
        for with_word in WITH[lang]:
            title = f"{INTERVIEW[lang][0].capitalize()} {with_word} {word} Novak"
            attendees, domain = _hiring_event(title)
            assert not courtesy_candidate(title, attendees, ME, {"pat lee"}, domain), title


def test_a_courtesy_titled_private_guest_is_another_candidate_anywhere_in_the_title() -> None:
    attendees = [{"email": ME, "self": True}, {"email": "karim.haddad@orange.fr",
                                               "displayName": "Karim Haddad"}]
    title = "Comptable (CDI) – entretien – M. Haddad"
    assert courtesy_candidate(title, attendees, ME, {"pat lee"}, "atelier-lumiere.fr")
    # from the user's own calendar, a name not invited is no sign of the hiring side
    assert not courtesy_candidate(title, [{"email": ME, "self": True}], ME, {"pat lee"},
                                  "gmail.com")


@pytest.mark.parametrize(("name", "lang", "word"), _cells("chores", "chores_later"))
def test_each_chore_is_the_users_own_task(name: str, lang: str, word: str) -> None:
    title = f"{word.capitalize()} – {INTERVIEW[lang][0]} Acme"
    assert is_chore(title, organised_by_user=True), (name, lang, word)
    assert not is_chore(title, organised_by_user=False), (name, lang, word)


@pytest.mark.parametrize(("name", "lang", "word"), _cells("hiring_self"))
def test_each_first_person_hiring_phrase_is_the_hiring_side_in_the_users_own_entry(
        name: str, lang: str, word: str) -> None:
    title = f"{INTERVIEW[lang][0].capitalize()} – {word} x"
    assert user_hires(title, "", organised_by_user=True), (lang, word)
    assert user_hires("Notes", f"Plan: {word} x", organised_by_user=True), (lang, word)
    assert not user_hires(title, "", organised_by_user=False), (lang, word)


def test_setting_rows_match_their_own_literal() -> None:
    import re
    for alternative, literal in lexicon.setting_rows():
        assert literal and literal == literal.lower()
        found = re.search(alternative, f"x {literal} y", re.IGNORECASE)
        assert found is not None or " " in alternative or "\\s" in alternative, alternative


def test_setting_rows_refuse_an_unknown_concept() -> None:
    with pytest.raises(KeyError):
        lexicon.setting_rows(("no-such-concept",))


@pytest.mark.parametrize("attendees", [
    [], [None, 3, "x", {"email": None}, {"email": 5, "displayName": ["x"]}],
    [{"email": "", "displayName": "Novak"}, {"self": True}],
])
@pytest.mark.parametrize("title", ["", "Frau", "Herr 1234", "M." * 5_000, "Entretien M.",
                                   "Vorstellungsgespräch Frau \x00\ud7ff", "Pan " * 2_000])
def test_courtesy_rule_takes_bad_input(title: str, attendees: list[Any]) -> None:
    result = courtesy_candidate(title, attendees, ME, {"pat lee"}, "acme-corp.example")
    assert result in (True, False)


def test_a_candidate_named_by_a_courtesy_title_is_not_drafted_for() -> None:
    event = {
        "id": "lex1", "summary": "Colloquio Sig.ra Bianchi – Impiegata amministrativa",
        "start": {"dateTime": "2026-06-10T15:00:00+02:00"},
        "end": {"dateTime": "2026-06-10T16:00:00+02:00"},
        "organizer": {"email": "hr@ferro-uffici.it"},
        "attendees": [{"email": ME, "self": True},
                      {"email": "giulia.bianchi@libero.it", "displayName": "Giulia Bianchi"}],
    }
    assert detect_interview(event, ME) is None
    event["summary"] = "Colloquio con la Sig.ra Bianchi – Impiegata amministrativa"
    event["attendees"] = [{"email": ME, "self": True},
                          {"email": "g.bianchi@ferro-uffici.it", "displayName": "Giulia Bianchi"}]
    assert detect_interview(event, ME) is not None


@pytest.mark.parametrize(("name", "lang", "word"), _cells("cancelled"))
def test_each_cancellation_word_vetoes_an_interview_title_even_one_naming_a_job(
        name: str, lang: str, word: str) -> None:
    # round 9: "ANNULLATO: Colloquio – Grafico junior – Officine Lumière" drafted to a
    # cancelled interview; no interview will take place, whatever else the title says
    for title in (f"{word.upper()}: {INTERVIEW[lang][0].capitalize()} – Acme",
                  f"{INTERVIEW[lang][0].capitalize()} – Senior Analyst – Acme ({word})"):
        assert title_is_lookalike(title), (lang, word, title)
    assert not title_is_lookalike(f"{INTERVIEW[lang][0].capitalize()} – Senior Analyst – Acme")


def test_a_cancelled_interview_from_the_employer_gives_no_interview() -> None:
    event = {"summary": "Abgesagt: Vorstellungsgespräch – Lagerist – Spedition Kranz",
             "organizer": {"email": "bewerbung@spedition-kranz.de"},
             "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
             "start": {"dateTime": "2027-02-22T09:00:00+01:00"},
             "end": {"dateTime": "2027-02-22T09:45:00+01:00"}}
    assert detect_interview(event, ME) is None
    event["summary"] = "Vorstellungsgespräch – Lagerist – Spedition Kranz"
    assert detect_interview(event, ME) is not None


@pytest.mark.parametrize(("name", "lang", "word"), _cells("trial"))
def test_each_trial_day_is_a_hint_an_employers_invitation_seconds(
        name: str, lang: str, word: str) -> None:
    # round 9: a trial day at the prospective employer, in every language; the user's own
    # entry alone (a child's "Probetag" at a daycare) stays a hint with nothing behind it
    title = f"{word.capitalize()} – Acme"
    assert prefilter_title(title.lower()), (lang, word)
    assert strong_title(title) is None and weak_title(title) is not None, (lang, word)
    event = {"summary": title, "organizer": {"email": "info@acme-bistro.example"},
             "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
             "start": {"dateTime": "2027-01-12T10:00:00+01:00"},
             "end": {"dateTime": "2027-01-12T16:00:00+01:00"}}
    assert detect_interview(event, ME) is not None, (lang, word)
    event["organizer"] = {"email": ME, "self": True}
    assert detect_interview(event, ME) is None, (lang, word)


@pytest.mark.parametrize(("name", "lang", "word"), _cells("tech_check"))
def test_each_technical_check_vetoes_an_interview_title_even_one_naming_a_job(
        name: str, lang: str, word: str) -> None:
    # round 11: a connection test before a video interview (round 10 drafted to a Chinese
    # 设备调试 and a Korean 접속 테스트): no interview happens in it, whatever the title names
    for title in (f"{word.strip().capitalize()} – {INTERVIEW[lang][0]} – Acme",
                  f"{INTERVIEW[lang][0].capitalize()} – Senior Analyst – Acme ({word.strip()})"):
        assert title_is_lookalike(title), (lang, word, title)


@pytest.mark.parametrize(("name", "lang", "word"),
                         _cells("skills_test", "trial_talk", "selection_test"))
def test_each_skills_test_and_trial_lecture_is_a_hint_a_hiring_sender_seconds(
        name: str, lang: str, word: str) -> None:
    # round 11: an in-office skills test and a candidate's trial lecture, in every language: a
    # hint (a driving school's practical test, a course's sample class), which an employer's
    # hiring mailbox seconds; the user's own entry alone stays a hint with nothing behind it
    title = f"{word.strip().capitalize()} – Acme"
    assert prefilter_title(title.lower()), (lang, word)
    assert weak_title(title) is not None, (lang, word)
    event = {"summary": title, "organizer": {"email": "recruiting@acme-works.example"},
             "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
             "start": {"dateTime": "2027-01-12T10:00:00+01:00"},
             "end": {"dateTime": "2027-01-12T12:00:00+01:00"}}
    assert detect_interview(event, ME) is not None, (lang, word)
    event["organizer"] = {"email": ME, "self": True}
    assert detect_interview(event, ME) is None, (lang, word)


@pytest.mark.parametrize(("name", "lang", "word"), _cells("process_step"))
def test_each_process_step_seconds_a_hint_and_is_never_enough_alone(
        name: str, lang: str, word: str) -> None:
    # round 11: "Culture-add conversation – Maplewood Analytics (final step)" was silent
    event = {"summary": f"Conversation with Dana ({word})",
             "organizer": {"email": "dana@loomwell.example"},
             "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
             "start": {"dateTime": "2027-01-12T10:00:00+01:00"},
             "end": {"dateTime": "2027-01-12T10:30:00+01:00"}}
    assert detect_interview(event, ME) is not None, (lang, word)
    event["summary"] = f"Mortgage documents ({word})"
    assert detect_interview(event, ME) is None, (lang, word)
