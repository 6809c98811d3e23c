"""Wording added in round 7 (tuning on round 6's scored batch and round 7's check set):
Hungarian, Turkish, Croatian and Catalan durations, weeks and weekdays; each language's holidays
and school breaks (``holiday_words``), postposed "after" (Hungarian, Finnish, Turkish), the
Nordic summer; a duration after an event the text dates by another word; results put on a notice
board; the new languages' requests and appeals as the candidate's own deadlines; bad input.

Each class is tested both ways where it has a look-alike, in wording of its own (not the tuning
or check-set texts). The reference is Tuesday 10 March 2026 unless a case gives its own.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

from interview_sync.core.timeline.extract import MAX_CHARS, extract_timeline
from interview_sync.core.timeline.holiday_words import english_name

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from timeline_check import check

REF = datetime.fromisoformat("2026-03-10T15:00:00+01:00")

NEW_LANGUAGES = [
    ("HU", "Az eredményről két héten belül értesítjük.", "2026-03-24"),
    ("HU", "Öt munkanapon belül visszajelzünk.", "2026-03-17"),
    ("HU", "Pénteken felhívjuk a döntéssel.", "2026-03-13"),
    ("HU", "Jövő héten jelentkezünk.", "2026-03-20"),
    ("HU", "Kérjük, két héten belül küldje vissza az aláírt szerződést.", None),
    ("TR", "Sonucu iki hafta içinde e-posta ile bildireceğiz.", "2026-03-24"),
    # next week less its Friday, 20 March 2026, the first day of Ramazan Bayramı (round 10)
    ("TR", "Önümüzdeki hafta sizi arayacağız.", "2026-03-19"),
    ("TR", "Karar 5 iş günü içinde açıklanacaktır.", "2026-03-17"),
    ("TR", "Lütfen belgelerinizi 3 gün içinde gönderin.", None),
    ("HR", "Rezultate ćemo objaviti u roku od deset dana.", "2026-03-20"),
    ("HR", "Javit ćemo vam se sljedećeg tjedna.", "2026-03-20"),
    ("HR", "Prigovor se može podnijeti u roku od osam dana.", None),
    ("ES", "Us comunicarem la decisió en el termini de deu dies hàbils.", "2026-03-24"),
    ("ES", "Us direm alguna cosa la setmana que ve.", "2026-03-20"),
    ("ES", "Us trucarem dijous.", "2026-03-12"),
]


@pytest.mark.parametrize(("country", "text", "expect"), NEW_LANGUAGES)
def test_hungarian_turkish_croatian_catalan(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect, tolerance=0)


# Each language's holidays and school breaks: the working days after the break. Changed in
# round 22: a plain "after <holiday>" is the rest of that working week (docs/timelines.md
# "Round 22: label conventions"), so each lands on that week's Friday, no longer on the third
# working day back (Easter 8 April, Ramazan Bayramı 24 March, the winter break 17 February, ...).
HOLIDAYS = [
    ("HU", "2026-03-10", "Húsvét után jelentkezünk.", "2026-04-10"),
    ("FI", "2026-03-10", "Ilmoitamme valinnasta pääsiäisen jälkeen.", "2026-04-10"),
    ("TR", "2026-03-10", "Ramazan Bayramı'ndan sonra size geri dönüş yapacağız.", "2026-03-27"),
    ("HR", "2026-03-10", "Odluku donosimo nakon Uskrsa.", "2026-04-10"),
    ("ES", "2026-03-10", "Després de Setmana Santa us direm alguna cosa.", "2026-04-10"),
    ("DK", "2026-01-28", "Du hører fra os efter vinterferien.", "2026-02-20"),
    ("SE", "2026-10-20", "Vi återkommer efter höstlovet.", "2026-11-06"),
    ("NO", "2026-09-22", "Vi gir deg svar etter høstferien.", "2026-10-09"),
    ("PL", "2026-04-22", "Odezwiemy się po majówce.", "2026-05-08"),
    ("NL", "2026-04-20", "Na Koningsdag hoor je van ons.", "2026-05-01"),
    ("HU", "2026-12-10", "Karácsony után jelentkezünk.", "2027-01-08"),
    ("NO", "2026-12-10", "Vi tar kontakt etter juleferien.", "2027-01-08"),
    # the Nordic summer break is July: "after the summer" is August there, September elsewhere
    ("NO", "2026-06-20", "Du hører fra oss etter sommerferien.", "2026-08-14"),
    ("DE", "2026-06-20", "Wir melden uns nach den Sommerferien.", "2026-09-14"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expect"), HOLIDAYS)
def test_each_languages_holidays_and_breaks(country: str, ref: str, text: str,
                                            expect: str) -> None:
    check(text, datetime.fromisoformat(ref + "T12:00:00+01:00"), country, expect, tolerance=1)


def test_every_holiday_word_has_a_date_rule() -> None:
    # a word the table lists but no rule dates would match and then promise nothing
    from interview_sync.core.timeline.feast_days import next_feast
    from interview_sync.core.timeline.holiday_words import HOLIDAYS as TABLE
    from interview_sync.core.timeline.holiday_words import POSTPOSED
    for table in (*TABLE.values(), *POSTPOSED.values()):
        for _, english in table:
            if english in {"july 4", "labor day", "memorial day", "independence day"}:
                english = english.split()[0]
            assert next_feast(REF.date(), english, "US", None) is not None or english in {
                "eid al-adha", "eid al-fitr"}, english
    assert english_name("juhannuksen") == "midsummer"
    assert english_name("kurban bayramı'ndan") == "eid al-adha"


# A duration after an event the text dates by another word counts from that date; after the
# interview itself, from the reference.
ANCHORED = [
    ("GB", "The panel meets on Thursday 19 March; we'll let you know within two working days "
     "of the meeting.", "2026-03-23"),
    ("DE", "Das Gremium tagt am 18. März; Sie hören innerhalb einer Woche nach der Sitzung von "
     "uns.", "2026-03-25"),
    ("HR", "Vijeće zasjeda 17. ožujka, a odluku ćemo vam javiti u roku od dva dana nakon "
     "sjednice.", "2026-03-19"),
    ("GB", "The team offsite is on 20 March. You will hear within a week after your interview.",
     "2026-03-17"),
    ("ES", "Los resultados se publicarán en el tablón de anuncios en cinco días hábiles.",
     "2026-03-17"),
]

# ... and their look-alikes: the board itself, or a Spanish infinitive, is no answer
LOOKALIKES = [
    ("GB", "Please check the notice board in reception on Friday for parking."),
    ("ES", "Gracias por haber verificado tus datos el lunes."),
    ("TR", "Mülakat için ofisimiz cuma günü açık olacak."),
]


@pytest.mark.parametrize(("country", "text"), LOOKALIKES)
def test_lookalikes_of_round_7s_cues_promise_nothing(country: str, text: str) -> None:
    check(text, REF, country, None)


@pytest.mark.parametrize(("country", "text", "expect"), ANCHORED)
def test_counted_from_an_event_dated_by_another_word(country: str, text: str,
                                                     expect: str) -> None:
    check(text, REF, country, expect, tolerance=0)


BAD = [
    "",
    "\x00\x01\xff" * 200,
    "két héten belül " * 100_000,
    "Sonucu 二週間 içinde 🙂 bildireceğiz, két héten belül \ud800 értesítjük",
    "húsvét után " * 5_000,
    "ön" * 50_000 + " hafta",
]


@pytest.mark.parametrize("text", BAD)
def test_bad_input_never_raises(text: str) -> None:
    found = extract_timeline(text, REF, country="HU")
    assert found is None or found.respond_by >= REF.date()


def test_a_huge_text_is_read_up_to_the_window() -> None:
    promise = "Két héten belül értesítjük."
    assert extract_timeline(promise + " x" * MAX_CHARS, REF, country="HU") is not None
    assert extract_timeline("x " * MAX_CHARS + promise, REF, country="HU") is None


# How long a step takes, joined by a semicolon to the promise of its result, is one statement;
# a day or "today" before a semicolon is not ("hoy; nos pondremos en contacto").
SEMICOLON = [
    ("TR", "Teknik değerlendirme iki hafta sürer; sonucu size e-posta ile bildireceğiz.",
     "2026-03-24"),
    ("GB", "The reference check takes about ten days; we'll send you the outcome by email.",
     "2026-03-20"),
    ("ES", "La revisión tarda unos diez días; le comunicaremos el resultado por correo.",
     "2026-03-20"),
    ("ES", "Hoy terminamos las entrevistas; nos pondremos en contacto contigo más adelante.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), SEMICOLON)
def test_a_steps_length_before_a_semicolon(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect, tolerance=0)


NORDIC_WEEKS = [
    ("NO", "Vi tar kontakt i første uka av april.", "2026-04-07"),  # days 1-7, as in English
    ("DK", "Du får svar i første uge i april.", "2026-04-07"),
    ("SE", "Besked lämnas sista veckan i mars.", "2026-03-31"),
]


@pytest.mark.parametrize(("country", "text", "expect"), NORDIC_WEEKS)
def test_nordic_weeks_of_a_month(country: str, text: str, expect: str) -> None:
    check(text, REF, country, expect, tolerance=1)


# An answer sent, offered, received or taken up again; the candidate's own time in the future.
SENT = [
    ("FR", "La décision du jury vous sera transmise dans les cinq jours.", "2026-03-15"),
    ("FR", "Les résultats seront publiés le 20 mars ; vous disposerez ensuite de dix jours pour "
     "confirmer.", "2026-03-20"),
    ("DE", "Das Stellenangebot erhalten Sie innerhalb von zwei Wochen.", "2026-03-24"),
    ("GB", "The application window closes on Monday 16 March; please allow three weeks from that "
     "date for us to review applications.", "2026-04-06"),
    # round 22: the rest of the week after Easter Monday (Friday 10; was Wednesday 8)
    ("GB", "We'll pick this up after Easter.", "2026-04-10"),
    ("GB", "You will receive your results within ten days.", "2026-03-20"),
]


@pytest.mark.parametrize(("country", "text", "expect"), SENT)
def test_an_answer_sent_offered_received_or_taken_up(country: str, text: str,
                                                     expect: str) -> None:
    check(text, REF, country, expect, tolerance=1)
