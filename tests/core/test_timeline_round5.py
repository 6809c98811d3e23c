"""Wording added in round 5 (tuning on round 4's scored batch): promises counted from a day or
an event the text names elsewhere, before or after it; week numbers; the next day; closures;
alternatives joined by "or"; calls, letters and invitations in more languages; Midsummer,
Carnival and a holiday's bridge.

Each class is tested both ways (a promise it must find, a look-alike it must leave alone or
read from the reference instead) in wording of its own, not the tuning texts'. The reference
is Tuesday 10 March 2026 unless a case gives its own.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from timeline_check import check

REF = datetime.fromisoformat("2026-03-10T15:00:00+01:00")

# Counted from the day named before an adverb ("anschließend", "daarna", "em seguida",
# "thereafter") or after the duration ("danach", "da quella data", "od tohoto dne"); with no
# day named, from the reference.
FROM_A_DAY = [
    ("DE", "Wir führen bis zum 20. März Gespräche und melden uns danach innerhalb von zwei "
     "Wochen.", "2026-04-03"),
    ("NL", "De gesprekken lopen tot en met 18 maart; vervolgens laten we je binnen een week "
     "weten hoe het verder gaat.", "2026-03-25"),
    ("PT", "As entrevistas terminam em 20 de março; em seguida, damos retorno em uma semana.",
     "2026-03-27"),
    ("GB", "Interviews finish on 20 March, and thereafter we aim to reach a decision within a "
     "week.", "2026-03-27"),
    ("CH", "Die Gespräche enden am 20. März; wir geben Ihnen innert zehn Tagen danach Bescheid.",
     "2026-03-30"),
    ("IT", "La selezione si chiude il 20 marzo; l'esito sarà comunicato entro 30 giorni da "
     "quella data.", "2026-04-19"),
    ("CZ", "Pohovory skončí 20. března; výsledek oznámíme do 10 dnů od tohoto dne.",
     "2026-03-30"),
    ("FR", "Le jury se réunit le 20 mars ; la décision sera communiquée dans les 15 jours à "
     "compter de cette date.", "2026-04-04"),
    # no day named before: from the reference
    ("DE", "Wir melden uns danach innerhalb von zwei Wochen.", "2026-03-24"),
    ("IT", "L'esito sarà comunicato entro 30 giorni.", "2026-04-09"),
]


@pytest.mark.parametrize(("country", "text", "expect"), FROM_A_DAY)
def test_counted_from_a_day_named_elsewhere(country: str, text: str, expect: str) -> None:
    check(text, REF, country, expect, tolerance=0)


# Counted back from a day: named before ("before that date", "una semana antes") or right after
# the words ("avant l'épreuve orale, fixée au 14 avril"); the candidate's errands stay no promise.
BEFORE_A_DAY = [
    ("GB", "The assessment day is on April 14, and shortlisted candidates are invited one week "
     "before that date.", "2026-04-07"),
    ("ES", "La entrevista final será el 20 de abril; los resultados de la prueba escrita se "
     "publicarán dos semanas antes.", "2026-04-06"),
    ("FR", "Votre convocation vous sera envoyée dix jours avant l'épreuve orale, fixée au 14 "
     "avril.", "2026-04-04"),
    ("GB", "Please send us your references two weeks before your start date.", None),
    ("GB", "Please arrive fifteen minutes before the interview on April 14.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), BEFORE_A_DAY)
def test_counted_back_from_a_day(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect, tolerance=0)


# An event the duration is counted from, dated elsewhere under a word of the same stem (its last
# day); a weekday there may be past, so only a date counts, and with none the reference does.
EVENTS = [
    ("DE", "Die Auswahlgespräche finden am 16. und 17. März statt. Eine Entscheidung erhalten Sie "
     "spätestens zwei Wochen nach dem letzten Auswahlgespräch.", "2026-03-31"),
    ("GB", "The panel interviews are on 18 and 19 March. We will let you know within ten days "
     "of the final panel.", "2026-03-29"),
    ("GB", "Thanks for the interview on Monday; you'll hear within a week of the interview.",
     "2026-03-17"),
    ("GB", "We'll decide within a week of your interview.", "2026-03-17"),
]


@pytest.mark.parametrize(("country", "text", "expect"), EVENTS)
def test_an_event_dated_under_its_stem(country: str, text: str, expect: str) -> None:
    check(text, REF, country, expect, tolerance=0)


# The next day and "dans la foulée": from the day named before, else from the reference.
NEXT_DAY = [
    ("ES", "La prueba es el jueves 12 de marzo y los resultados se publican al día siguiente.",
     "2026-03-13"),
    ("DE", "Das Assessment ist am 12. März, das Ergebnis erhalten Sie am nächsten Tag.",
     "2026-03-13"),
    ("FR", "Le comité se réunit le 19 mars ; nous vous répondrons dans la foulée.", "2026-03-20"),
    ("GB", "You'll hear from us the next day.", "2026-03-11"),
    ("ES", "Los resultados se publican hoy y la lista definitiva al día siguiente.",
     "2026-03-11"),
]


@pytest.mark.parametrize(("country", "text", "expect"), NEXT_DAY)
def test_the_next_day(country: str, text: str, expect: str) -> None:
    check(text, REF, country, expect, tolerance=0)


# Week numbers in every language, the halves and ends of a month, and the Swiss "Ende Monat";
# "week 2 of" a programme is no calendar week.
WINDOWS = [
    ("DK", "Vi giver besked i uge 13.", "2026-03-27"),
    # (round 18: week 14 of 2026 ends on Good Friday, 3 April; a numbered week is its working
    # days, as the corpus labels a week whose Friday is a holiday since round 17: Thursday 2)
    ("SE", "Besked lämnas vecka 14.", "2026-04-02"),
    ("NL", "We nemen een besluit in week 13.", "2026-03-27"),
    ("FR", "Nous vous répondrons en semaine 13.", "2026-03-27"),
    ("CZ", "Výsledek oznámíme v první polovině dubna.", "2026-04-15"),
    ("PL", "Decyzję przekażemy w drugiej połowie kwietnia.", "2026-04-30"),
    ("CZ", "O výsledku vás budeme informovat ve druhé polovině dubna.", "2026-04-30"),
    ("CH", "Sie hören bis Ende Monat von uns.", "2026-03-31"),
    ("CH", "Wir melden uns Ende Woche.", "2026-03-13"),
    ("AT", "Wir informieren Sie bis 15. Jänner 2027.", "2027-01-15"),
    ("GB", "We'll let you know how week 2 of your training went.", None),
    ("DK", "Samtalerne holdes i uge 13.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), WINDOWS)
def test_week_numbers_and_month_parts(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect, tolerance=0)


# Alternatives joined by "or" are due by the latest however vaguely put; an office closed from
# one day to another is no promise when a real one follows.
CHOICES = [
    ("GB", "We reply the same day, the next day or within a week.", "2026-03-17"),
    ("DE", "Wir melden uns heute oder morgen.", "2026-03-11"),
    ("GB", "Feedback by Friday, and a final decision after the panel.", "2026-03-13"),
    ("FR", "Notre cabinet est fermé du 23 mars au 27 mars : vous recevrez notre réponse début "
     "avril.", "2026-04-07"),
    ("GB", "Our office is closed from March 23 to March 27; you'll hear from us in early April.",
     "2026-04-07"),
]


@pytest.mark.parametrize(("country", "text", "expect"), CHOICES)
def test_alternatives_and_closures(country: str, text: str, expect: str) -> None:
    check(text, REF, country, expect, tolerance=0)


# The employer calling, writing or inviting in more languages, "you'll know whether", "haven't
# heard from us"; the candidate's side and a calendar invite stay apart.
CUES = [
    ("BR", "Retornamos em 3 dias úteis.", "2026-03-13"),
    ("BR", "Te ligamos até quinta-feira.", "2026-03-12"),
    ("IT", "La richiameremo entro venerdì.", "2026-03-13"),
    ("NL", "Ik bel je uiterlijk donderdag.", "2026-03-12"),
    ("NL", "Heb je na twee weken nog niets van ons gehoord, neem dan contact op.", "2026-03-24"),
    ("ES", "Te escribimos el jueves.", "2026-03-12"),
    ("ES", "Sabrás si pasas a la siguiente fase antes del 20 de marzo.", "2026-03-20"),
    ("FR", "Vous saurez si vous êtes retenu d'ici vendredi.", "2026-03-13"),
    ("DK", "Kandidater til samtale inviteres i uge 13.", "2026-03-27"),
    ("SE", "Har du inte hört något från oss inom två veckor får du gärna höra av dig.",
     "2026-03-24"),
    ("GB", "Shortlisted candidates are called for an interview within three weeks.",
     "2026-03-31"),
    ("IT", "Per una posizione come questa la selezione richiede più tempo: contiamo di chiudere "
     "entro fine mese.", "2026-03-31"),
    ("NL", "U bent uitgenodigd voor een gesprek op donderdag 12 maart.", None),
    ("GB", "You are invited for an interview on 12 March at 10:00.", None),
    ("GB", "Shortlisted candidates are invited to interview within two weeks.", "2026-03-24"),
    ("BR", "Por favor, confirme até sexta-feira.", None),
    ("IT", "La graduatoria provvisoria resta pubblicata fino al 30 marzo.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), CUES)
def test_calls_letters_and_invitations(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect, tolerance=0)


# Closing dates in French and Danish, counted from; the date alone is no promise.
CLOSING = [
    ("CA", "Vous serez informé dans les trois semaines suivant la date de clôture, le 20 mars.",
     "2026-04-10"),
    ("DK", "Ansøgningsfristen er fredag den 20. marts. Kandidater indkaldes til samtale en uge "
     "efter fristen.", "2026-03-27"),
    ("DK", "Ansøgningsfristen er fredag den 20. marts.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), CLOSING)
def test_closing_dates(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect, tolerance=0)


# Midsummer (its eve, a Friday in Sweden), Carnival (47 days before Easter) and a holiday's
# bridge (the country's next public holiday); after one, the first three business days; the
# feast named with no promise is none.
HOLIDAYS = [
    ("SE", "2026-06-01", "Du får besked före midsommar.", "2026-06-18"),
    ("DE", "2026-02-02", "Wir melden uns nach Fasching.", "2026-02-20"),
    ("BR", "2026-02-02", "Damos retorno depois do Carnaval.", "2026-02-20"),
    # round 22: after the bridge, the rest of that working week (Friday 6; was Wednesday 4)
    ("IT", "2026-10-28", "Le faremo sapere dopo il ponte di Ognissanti.", "2026-11-06"),
    ("DE", "2026-02-02", "Wir feiern Fasching am 17. Februar.", None),
]


@pytest.mark.parametrize(("country", "day", "text", "expect"), HOLIDAYS)
def test_more_holidays(country: str, day: str, text: str, expect: str | None) -> None:
    check(text, datetime.fromisoformat(day + "T15:00:00+01:00"), country, expect, tolerance=0)
