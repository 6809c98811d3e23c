"""Wording added in round 8 (tuning on round 7's scored batch and round 8's check set): the
English-speaking countries' own holidays (``holiday_words.COUNTRY_DAYS``), read from the text's
calendar or the holiday's own; "after" a single day's holiday within its week; a duration "of
today"; a weekday "the week after" the week named; appeal windows; a present that promises in
French; a wait whose cue follows it; a part after a semicolon pointing back at the step before;
the results "of the interview"; Spanish scores published; the look-alike gate; bad input.

Each class is tested both ways where it has a look-alike, in wording of its own (not the tuning
or check-set texts). The reference is Tuesday 10 March 2026 unless a case gives its own.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from interview_sync.core.bounds import MAX_TIMELINE_CUES
from interview_sync.core.timeline.cues import NOT_CUE_RE, NOT_CUE_STEMS, cue_re
from interview_sync.core.timeline.extract import MAX_CHARS, _cue_starts, extract_timeline
from interview_sync.core.timeline.holiday_words import COUNTRY_DAYS, english_name, home_countries

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from timeline_check import check

REF = datetime.fromisoformat("2026-03-10T15:00:00+01:00")

COUNTRY_HOLIDAYS = [
    # Changed in round 22: a plain "after <holiday>" is the rest of that working week
    # (docs/timelines.md "Round 22: label conventions"), no longer the third working day back:
    # Labour Weekend 30 October (was 29), the June bank holiday 5 June (was 4), the King's
    # Birthday 12 June (was 11), Juneteenth 26 June (was 24).
    ("NZ", "2026-10-20T10:00:00+13:00", "We'll come back to you after Labour Weekend.", "2026-10-30"),
    ("IN", "2027-01-19T10:00:00+05:30", "Results will be declared after Republic Day.", "2027-01-29"),
    ("ZA", "2026-06-10T10:00:00+02:00", "You'll hear from us after Youth Day.", "2026-06-19"),
    ("IE", "2026-03-10T10:00:00+00:00", "We'll be in touch after St Patrick's Day.", "2026-03-20"),
    ("IE", "2026-05-27T10:00:00+01:00", "We'll let you know after the June bank holiday weekend.",
     "2026-06-05"),
    ("AU", "2026-06-01T10:00:00+10:00", "We'll share the decision after the King's Birthday long "
     "weekend.", "2026-06-12"),
    ("SG", "2027-03-03T10:00:00+08:00", "We will get back to you after Hari Raya Puasa.",
     "2027-03-12"),
    ("AU", "2026-10-28T10:00:00+11:00", "We'll call you after Melbourne Cup Day.", "2026-11-06"),
    ("US", "2026-06-15T10:00:00-04:00", "We'll make our decision after Juneteenth.", "2026-06-26"),
    # a Wednesday's holiday: the Thursday and Friday after it, not the next week
    ("ZA", "2026-12-14T10:00:00+02:00", "Feedback comes after the Day of Reconciliation.",
     "2026-12-18"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expect"), COUNTRY_HOLIDAYS)
def test_english_speaking_countries_own_holidays(country: str, ref: str, text: str,
                                                 expect: str) -> None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    assert found is not None, text
    assert found.respond_by == date.fromisoformat(expect), found


def test_the_holiday_says_which_calendar_when_the_text_does_not() -> None:
    # Matariki (Friday 10 July 2026) is New Zealand's: the Monday after it starts the answer
    found = extract_timeline("Expect an answer after Matariki.",
                             datetime.fromisoformat("2026-07-01T10:00:00+12:00"))
    assert found is not None and found.earliest == date(2026, 7, 13), found
    assert home_countries("matariki") == ("NZ",)
    assert home_countries("christmas") == ()


def test_every_country_holiday_has_a_day_in_its_calendar() -> None:
    # each row's name is one the ``holidays`` library's English calendar of that country (or of
    # its most populous state) begins with, in 2026 or 2027
    from interview_sync.core.timeline.feast_days import feast_day
    for country, rows in COUNTRY_DAYS.items():
        for _, name in rows:
            assert any(feast_day(year, name, country.split("-")[0], None) for year in (2026, 2027)), (
                country, name)


@pytest.mark.parametrize("text", [
    "Matariki is a lovely time to visit Wellington.",
    "Our offices close for Heritage Day.",
    "The Republic Day parade starts at nine.",
    "We're closed on the holiday, so please send your documents after it.",
])
def test_holiday_lookalikes_promise_nothing(text: str) -> None:
    assert extract_timeline(text, REF, country="NZ") is None


def test_holiday_words_are_not_read_inside_other_words() -> None:
    assert english_name("holidays") != "holi"
    assert english_name("holi") == "holi"
    assert english_name("labour weekend") == "labour day"


WORDING = [
    ("GB", "You'll hear from us within ten days of today.", "2026-03-20"),
    ("GB", "We'll tell everyone the outcome no more than a week after today's panel.", "2026-03-17"),
    ("GB", "We'll take references next week and reply by Friday the week after.", "2026-03-27"),
    ("GB", "We'll take references next week and reply by Friday.", "2026-03-20"),
    ("SE", "Vi tar referenser nästa vecka och lämnar besked senast fredagen veckan därpå.",
     "2026-03-27"),
    ("FR", "Je vous appelle jeudi pour vous dire si vous êtes retenu.", "2026-03-12"),
    ("GB", "It may take up to three weeks before we come back to you.", "2026-03-31"),
    ("ES", "La decisión la toma el pleno; esto puede tardar hasta un mes.", "2026-04-10"),
    ("IN", "Results of the interview will be declared on Friday.", "2026-03-13"),
    ("ES", "Las calificaciones se publicarán en el tablón en el plazo de tres días hábiles.",
     "2026-03-13"),
    ("GB", "After the appeal period we will decide within a week.", "2026-03-17"),
    ("DE", "Wir denken, dass Sie in etwa zehn Tagen von uns hören.", "2026-03-20"),
    ("GB", "Outcome letters go out within two days.", "2026-03-12"),
    # the closing date the text dates elsewhere: counted from it
    ("GB", "Applications close on 20 March. We'll reply within two weeks of the closing date.",
     "2026-04-03"),
]


@pytest.mark.parametrize(("country", "text", "expect"), WORDING)
def test_round_8_wording(country: str, text: str, expect: str) -> None:
    check(text, REF, country, expect, tolerance=0)


@pytest.mark.parametrize(("country", "text"), [
    ("GB", "Candidates may appeal within five working days of the decision."),
    ("GB", "Appeals must be lodged within 10 days."),
    ("RO", "Contestațiile se pot depune în termen de două zile lucrătoare."),
    ("GB", "It takes three weeks before the contract starts."),
    ("ES", "La decisión la toma el pleno; el contrato dura un mes."),
    ("FR", "Je m'appelle Claire et je travaille jeudi."),
    ("GB", "The interview will be on Friday."),
    # what the other candidates get
    ("GB", "Rejection emails to the other applicants go out within two days."),
    ("GB", "We're writing to the people who weren't selected this week; you're still in."),
    # counted from a closing date the text never gives
    ("GB", "If you have not heard from us within six weeks of the closing date, please assume "
           "you were unsuccessful."),
    ("GB", "Shortlisted applicants will be contacted within 3 weeks after the close of "
           "applications."),
])
def test_round_8_lookalikes_promise_nothing(country: str, text: str) -> None:
    check(text, REF, country, None)


LOOKALIKES = [  # one phrase for each branch of ``cues._NOT_CUE``
    "if we don't hear back from the client", "your point of contact", "reaching out to us",
    "we offer relocation", "confirming your attendance", "the time is confirmed",
    "please confirm", "our response rate", "confirmez", "confirmer votre venue", "confírmenos",
    "bestätigen sie den termin", "outcome letters to the other interviewees",
    "writing to the candidates who weren't shortlisted",
]


@pytest.mark.parametrize("phrase", LOOKALIKES)
def test_the_lookalike_gate_holds_a_word_of_every_lookalike(phrase: str) -> None:
    # ``extract`` skips the look-alike check when a text holds none of NOT_CUE_STEMS
    assert NOT_CUE_RE.search(phrase), phrase
    assert any(stem in phrase for stem in NOT_CUE_STEMS), phrase


def test_the_gated_cue_scan_equals_the_full_one_on_every_labelled_text() -> None:
    data = Path(__file__).resolve().parents[1] / "data"
    texts = [json.loads(line)["text"] for name in ("timeline_cases.jsonl", "real_timeline.jsonl")
             for line in (data / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [f"Thanks! {phrase}; we'll get back to you by Friday." for phrase in LOOKALIKES]
    for text in texts:
        lower = text.lower()
        full = [cue.start() for cue in cue_re().finditer(lower)
                if not any(fake.start() <= cue.start() < fake.end()
                           for fake in NOT_CUE_RE.finditer(lower))]
        assert _cue_starts(lower)[:len(full)] == full[:MAX_TIMELINE_CUES + 1], text


@pytest.mark.parametrize("text", [
    "", "after", "after Matariki", "\x00after Labour Weekend\x00", "we'll decide after " * 500,
    "We'll be in touch after the Day of Reconciliation." + " x" * MAX_CHARS,
    "Contestațiile" * 1000, "; das kann sich bis zu zwei Monate hinziehen",
])
@pytest.mark.parametrize("country", [None, "", "ZZ", "NZ"])
def test_bad_input_never_raises(text: str, country: str | None) -> None:
    found = extract_timeline(text, REF, country=country)
    assert found is None or found.respond_by >= REF.date()
