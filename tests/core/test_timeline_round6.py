"""Wording added in round 6 (tuning on round 5's scored batch and round 6's own tuning texts):
a date in apposition or named before a closing, the week after an event, a weekday with a week
number or after a named day, next month and its parts in every language, hedges and lower
bounds, the candidate's own time, "the long weekend" pointing back at a holiday, Romanian and
Finnish, a sentence answered by the next one's "then", "that afternoon" and "the day after".

Each class is tested both ways (a promise it must find, a look-alike it must leave alone or
read from the reference instead) in wording of its own, not the tuning texts'. The reference
is Tuesday 10 March 2026 unless a case gives its own.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from interview_sync.core.timeline.extract import extract_timeline

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from timeline_check import check

REF = datetime.fromisoformat("2026-03-10T15:00:00+01:00")

# Counted from a date the sentence gives in apposition after the event ("..., el 20 de marzo",
# "tj. od 16. března", "som är den 20 mars"), or, after a closing named without a statement the
# reader knows, from the last date named before ("jusqu'au 20 mars ... après la clôture").
APPOSED = [
    ("ES", "Les avisaremos dos semanas después del cierre de inscripciones, el 20 de marzo.",
     "2026-04-03"),
    ("CZ", "Výsledek oznámíme do 14 dnů od uzávěrky přihlášek, tj. od 16. března.", "2026-03-30"),
    ("GB", "We'll get back to you within ten days of the panel meeting, 18 March.", "2026-03-28"),
    ("SE", "Du får besked inom tio dagar efter sista ansökningsdag, som är den 20 mars.",
     "2026-03-30"),
    ("FR", "Nous acceptons les candidatures jusqu'au 20 mars et répondrons à chacun dans les deux "
     "semaines après la clôture.", "2026-04-03"),
    ("IT", "Il bando chiude il 20 marzo; l'esito arriverà entro quindici giorni dalla scadenza.",
     "2026-04-04"),
    # nothing in apposition: from the reference
    ("GB", "We'll get back to you within ten days, whatever happens.", "2026-03-20"),
]


@pytest.mark.parametrize(("country", "text", "expect"), APPOSED)
def test_counted_from_a_date_in_apposition_or_named_before(country: str, text: str,
                                                           expect: str) -> None:
    check(text, REF, country, expect, tolerance=0)


# The week after the day an event is dated ("uken etter møtet", "la semaine qui suit", "in the
# week following the meeting", "veckan efter" a week number); a holiday stays a holiday.
WEEK_AFTER = [
    ("NO", "Styret møtes 18. mars. Vi gir beskjed uken etter møtet.", "2026-03-27"),
    ("FR", "Le comité se réunit le mercredi 18 mars ; nous vous répondrons la semaine qui suit.",
     "2026-03-27"),
    ("GB", "The board meets on 18 March and we will contact you in the week following the "
     "meeting.", "2026-03-27"),
    ("SE", "Intervjuerna hålls vecka 13, och vi lämnar besked veckan efter.", "2026-04-03"),
]


@pytest.mark.parametrize(("country", "text", "expect"), WEEK_AFTER)
def test_the_week_after_an_event(country: str, text: str, expect: str) -> None:
    check(text, REF, country, expect, tolerance=0)


def test_the_week_after_a_holiday_is_after_the_holiday() -> None:
    found = extract_timeline("We'll be in touch the week after Easter.", REF, country="GB")
    assert found is not None and found.respond_by > date(2026, 4, 6), found


# A weekday with a week number is that week's day; one told "after" a named day ("de maandag
# daarna", "am Freitag danach") is the first such day after it; alone, the coming one.
WEEKDAYS = [
    ("SE", "Vi ger besked senast torsdag vecka 13.", "2026-03-26"),
    ("DE", "Sie hören von uns bis Freitag, KW 14.", "2026-04-03"),
    ("NL", "Het gesprek is op woensdag 18 maart; je hoort de uitslag de maandag daarna.",
     "2026-03-23"),
    ("DE", "Das Gespräch findet am Mittwoch, 18. März statt; wir melden uns am Freitag danach.",
     "2026-03-20"),
    ("DE", "Wir melden uns bis Freitag.", "2026-03-13"),
]


@pytest.mark.parametrize(("country", "text", "expect"), WEEKDAYS)
def test_weekdays_with_a_week_number_or_after_a_day(country: str, text: str,
                                                    expect: str) -> None:
    check(text, REF, country, expect, tolerance=0)


# Next month and its parts, in the languages past German, French and Spanish.
NEXT_MONTH = [
    ("NL", "We laten het je eind volgende maand weten.", "2026-04-30"),
    ("SE", "Vi återkommer i början av nästa månad.", "2026-04-07"),
    ("PL", "Odezwiemy się w połowie przyszłego miesiąca.", "2026-04-15"),
    ("BR", "Daremos retorno no fim do próximo mês.", "2026-04-30"),
    ("IT", "Le daremo una risposta a metà del mese prossimo.", "2026-04-15"),
    ("CZ", "Ozveme se začátkem příštího měsíce.", "2026-04-07"),
]


@pytest.mark.parametrize(("country", "text", "expect"), NEXT_MONTH)
def test_next_month_and_its_parts(country: str, text: str, expect: str) -> None:
    check(text, REF, country, expect, tolerance=0)


# "Sometimes ..., but usually": the usual wins; a lower bound or "can't give you a date" is no
# promise; an upper bound still is.
HEDGES = [
    ("GB", "Occasionally we decide the same day, but normally it takes about a week.",
     "2026-03-17"),
    ("GB", "We can't give you a firm date yet; it could be two weeks or more.", None),
    ("ES", "La resolución tardará como mínimo tres semanas.", None),
    ("DE", "Bitte rechnen Sie mit mindestens zwei Wochen, bis Sie von uns hören.", None),
    ("GB", "We'll get back to you in at most two weeks.", "2026-03-24"),
]


@pytest.mark.parametrize(("country", "text", "expect"), HEDGES)
def test_hedges_lower_bounds_and_declined_dates(country: str, text: str,
                                                expect: str | None) -> None:
    check(text, REF, country, expect, tolerance=0)


# The candidate's own time ("dispõe de", "vous disposez de") is no promise; ours still is.
CANDIDATE = [
    ("PT", "Dispõe de cinco dias úteis para apresentar os documentos.", None),
    ("FR", "Vous disposez de dix jours pour nous transmettre votre dossier.", None),
    ("FR", "Vous aurez notre réponse dans dix jours.", "2026-03-20"),
]


@pytest.mark.parametrize(("country", "text", "expect"), CANDIDATE)
def test_the_candidates_own_time(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect, tolerance=0)


# "After the long weekend" / "depois do feriado" is the holiday the text named before, else the
# country's next public holiday.
HOLIDAY_BEFORE = [
    ("CA", "2026-10-07T16:00:00-04:00", "The office is closed for the Thanksgiving weekend; we'll "
     "follow up after the long weekend.", "2026-10-15"),
    ("BR", "2026-02-12T16:00:00-03:00", "Por causa do Carnaval, o retorno só vem depois do "
     "feriado.", "2026-02-20"),
    ("US", "2026-05-20T16:00:00-04:00", "We'll follow up after the long weekend.", "2026-05-28"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expect"), HOLIDAY_BEFORE)
def test_the_holiday_named_before(country: str, ref: str, text: str, expect: str) -> None:
    check(text, datetime.fromisoformat(ref), country, expect, tolerance=1)


# Romanian and Finnish: numbers, working days, weekdays, months, answer words.
ROMANIAN_FINNISH = [
    ("RO", "Rezultatul vă va fi comunicat în termen de cinci zile lucrătoare.", "2026-03-17"),
    ("RO", "Vă vom contacta până vineri, 13 martie.", "2026-03-13"),
    ("FI", "Ilmoitamme tuloksista viimeistään perjantaina 20. maaliskuuta.", "2026-03-20"),
    ("FI", "Päätös tehdään kolmen viikon kuluessa.", "2026-03-31"),
    ("RO", "Contestațiile se depun în termen de 24 de ore.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), ROMANIAN_FINNISH)
def test_romanian_and_finnish(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect, tolerance=0)


# A sentence with no cue answered by the next one's "then", or pointed back at ("you should
# receive it"); "that afternoon" and "the day after" are the day named before.
POINTING_BACK = [
    ("GB", "References usually need about a week. Then we'll get back to you.", "2026-03-17"),
    ("GB", "The onsite lasts about three hours. Then we'll get back to you.", None),
    ("GB", "The offer letter goes out once the budget is signed off; you should receive it by "
     "the end of next week.", "2026-03-20"),
    ("GB", "The committee signs off on 18 March, and the recruiter will call successful "
     "candidates that afternoon.", "2026-03-18"),
    ("GB", "The final panel sits on 18 March and offers go out the day after.", "2026-03-19"),
    ("GB", "We will call you back later that day.", "2026-03-10"),
]


@pytest.mark.parametrize(("country", "text", "expect"), POINTING_BACK)
def test_pointing_back(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect, tolerance=0)
