"""Wording added in round 9 (tuning on round 8's scored batch and round 9's check set): a
promise counted from an event the text dates, read by the sentence's structure in every language
(an event noun after the preposition, the event's day in apposition or in a relative clause, a
clause opening with the event and its day, "the day after <event>, <its day>"); days counted
from a dated event as precise as it; chains that add up; a duration after a holiday counted from
its last day; holidays with a working day between them as two breaks; "today" ruled out; a
weekday "of the same week"; the candidate's own request and appeal windows; cues.

Each class is tested both ways where it has a look-alike, in wording of its own (not the tuning
or check-set texts). The reference is Tuesday 10 March 2026 unless a case gives its own.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import MAX_CHARS, extract_timeline

REF = datetime.fromisoformat("2026-03-10T15:00:00+01:00")

ANCHORED = [
    # an event noun after the preposition, dated by a verb before it
    ("GB", "The selection committee meets on Thursday 19 March; you will hear from us within "
     "three working days of the committee meeting.", "2026-03-24"),
    ("IT", "La commissione si riunisce giovedì 19 marzo; l'esito sarà comunicato entro due giorni "
     "lavorativi dalla riunione.", "2026-03-23"),
    ("PL", "Rozmowy kończą się 20 marca; wyniki przekażemy w ciągu 5 dni od ich zakończenia.",
     "2026-03-25"),
    # the event's day in apposition ("czyli", a participle) or a relative clause
    ("PL", "Odpowiedź otrzymają Państwo w ciągu 10 dni od zakończenia naboru, czyli od 16 marca.",
     "2026-03-26"),
    ("IT", "Le faremo sapere entro 10 giorni dall'ultimo colloquio, fissato per venerdì 13 marzo.",
     "2026-03-23"),
    ("GB", "We'll let you know within five working days of the panel, which meets on 16 March.",
     "2026-03-23"),
    # the round of interviews, dated after the reference
    ("GB", "Interviews are on 16 and 17 March, and we will decide within a week of the "
     "interviews.", "2026-03-24"),
    # a clause opening with the event and its day
    ("GB", "After the final panel on 17 March, we will let you know within two working days.",
     "2026-03-19"),
    ("DE", "Nach dem Assessment am 16. März melden wir uns innerhalb einer Woche bei Ihnen.",
     "2026-03-23"),
    # the day after an event: the day named before, or the one the event is dated right after
    ("US", "The board votes on Wednesday 18 March and we'll call you the following day.",
     "2026-03-19"),
    ("ES", "Los resultados se publicarán al día siguiente de la entrevista final, prevista para "
     "el lunes 16 de marzo.", "2026-03-17"),
    # a weekday of the same week as the day named before
    ("FR", "Le jury se réunit le mardi 17 mars ; réponse au plus tard le jeudi de la même semaine.",
     "2026-03-19"),
]


@pytest.mark.parametrize(("country", "text", "expect"), ANCHORED)
def test_a_promise_counted_from_an_event_the_text_dates(country: str, text: str,
                                                        expect: str) -> None:
    found = extract_timeline(text, REF, country=country)
    assert found is not None, text
    assert found.respond_by == date.fromisoformat(expect), found


LOOKALIKES = [
    # the candidate's own interview, with another date in the text: from the reference
    ("GB", "Your start date would be 1 April. We'll decide within a week of the interview.",
     "2026-03-17"),
    # an event with no day: from the reference
    ("GB", "After our call, we will let you know within two days.", "2026-03-12"),
    ("FR", "Réponse au plus tard jeudi.", "2026-03-12"),
    ("ES", "Le daremos el resultado dentro de los tres días hábiles siguientes.", "2026-03-13"),
    ("PL", "Wyniki przekażemy w ciągu 6 dni.", "2026-03-16"),
]


@pytest.mark.parametrize(("country", "text", "expect"), LOOKALIKES)
def test_look_alikes_still_count_from_the_reference(country: str, text: str, expect: str) -> None:
    found = extract_timeline(text, REF, country=country)
    assert found is not None, text
    assert found.respond_by == date.fromisoformat(expect), found


def test_a_chain_adds_up() -> None:
    found = extract_timeline("We check references within 2 working days after the interview, and "
                             "the decision follows within 2 working days of that.", REF,
                             country="GB")
    assert found is not None and found.respond_by == date(2026, 3, 16), found


def test_a_duration_after_a_holiday_counts_from_its_last_day() -> None:
    # Chinese New Year 2028 is 26-27 January in Singapore: three working days from the 27th
    ref = datetime.fromisoformat("2028-01-18T10:00:00+08:00")
    found = extract_timeline("Our decision will reach you within three working days after "
                             "Chinese New Year.", ref, country="SG")
    assert found is not None and found.respond_by == date(2028, 2, 1), found


def test_holidays_with_a_working_day_between_are_two_breaks() -> None:
    # Freedom Day (Monday 27 April 2026) and Workers' Day (Friday 1 May): after the first, within
    # its week, not after the second
    ref = datetime.fromisoformat("2026-04-22T10:00:00+02:00")
    found = extract_timeline("We'll be in touch after Freedom Day.", ref, country="ZA")
    assert found is not None and found.respond_by == date(2026, 4, 30), found
    # ... while Christmas to New Year stays one season's break (round 22: the rest of the first
    # working week after it, Friday 8 January; was the third working day, the 6th)
    ref = datetime.fromisoformat("2026-12-15T10:00:00-05:00")
    found = extract_timeline("We'll get back to you after Christmas.", ref, country="US")
    assert found is not None and found.respond_by == date(2027, 1, 8), found


def test_today_ruled_out_is_no_promise() -> None:
    found = extract_timeline("I can't decide today, but you'll have my answer within three "
                             "working days.", REF, country="GB")
    assert found is not None and found.respond_by == date(2026, 3, 13), found
    found = extract_timeline("We'll decide today and call you.", REF, country="GB")
    assert found is not None and found.respond_by == date(2026, 3, 10), found


def test_please_allow_us_is_a_wait() -> None:
    found = extract_timeline("Please allow us three weeks to review everything.", REF,
                             country="GB")
    assert found is not None and found.respond_by == date(2026, 3, 31), found
    assert extract_timeline("Please allow us to contact your referees.", REF,
                            country="GB") is None


def test_the_exception_loses_to_the_usual() -> None:
    found = extract_timeline("Some applicants hear back the same day, but expect about two weeks.",
                             REF, country="GB")
    assert found is not None and found.respond_by == date(2026, 3, 24), found


@pytest.mark.parametrize(("country", "text"), [
    ("ES", "Los aspirantes podrán presentar recurso dentro de los tres días hábiles siguientes."),
    ("GB", "Unsuccessful candidates may request feedback within ten working days."),
    ("PL", "Lista rezerwowa pozostaje ważna przez 6 miesięcy."),
])
def test_the_candidates_own_windows_and_how_long_things_stay_promise_nothing(
        country: str, text: str) -> None:
    assert extract_timeline(text, REF, country=country) is None


@pytest.mark.parametrize(("text", "expect"), [
    ("We will call the candidate we select by Friday.", "2026-03-13"),
    ("The board will announce its decision on 20 March.", "2026-03-20"),
    ("If you have not been called within ten days, assume you were unsuccessful.", "2026-03-20"),
])
def test_new_cues(text: str, expect: str) -> None:
    found = extract_timeline(text, REF, country="US")
    assert found is not None and found.respond_by == date.fromisoformat(expect), found


@pytest.mark.parametrize("text", [
    "then another week, " * 5000,
    "dall'ultimo colloquio, fissato per lunedì 18 gennaio; " * 2000,
    "After the panel on 17 March, within a week; " * 3000,
    "the day after the vote, " * 4000 + "\x00\ud800",
])
def test_bad_input_never_raises(text: str) -> None:
    # repeated anchors and chains are read within the clipped window (MAX_CHARS) and the answer
    # keeps its invariants: never before the reference, earliest never after respond_by
    assert len(text) > MAX_CHARS
    found = extract_timeline(text, REF, country="GB")
    if found is not None:
        assert found.respond_by >= REF.date()
        assert found.earliest is None or found.earliest <= found.respond_by
