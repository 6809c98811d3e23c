"""Structure added in round 13 ("tl13", tuning on round 12's scored batch and this round's check
set ``real_timeline_t13.py``): a duration counted from a return the text dates; someone away
*until* a day, then "when I'm back" with no length, promises nothing; a call at an hour *for* a
phone screen is logistics (and the first hour of "entre 9 h et 10 h" is a time of day); "no
decision date yet" in more words; what the employer waits to receive from the candidate; German
"am Montag darauf"; Polish "w następnym tygodniu" after a day and "zadzwonimy".

Each class is tested in wording of its own (not the tuning or check-set texts), with look-alikes
that stay promises. The reference is Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline

REF = datetime.fromisoformat("2026-03-10T15:00:00+01:00")


def _by(text: str, country: str | None) -> date | None:
    found = extract_timeline(text, REF, country=country)
    return found.respond_by if found else None


PROMISES = [
    # a duration counted from the return the text dates
    ("GB", "I'm away until Friday 13 March and back on Monday 16 March; expect our decision "
           "within three days of my return.", "2026-03-19"),
    ("ES", "El director vuelve el lunes 16 de marzo; a su vuelta te daremos la respuesta en un "
           "plazo de dos días hábiles.", "2026-03-18"),
    ("PT", "A coordenadora volta na segunda-feira, 16 de março; após o seu regresso, daremos uma "
           "resposta em até dois dias úteis.", "2026-03-18"),
    ("GB", "Our manager is off until midweek; we'll decide within two working days of his "
           "return on Thursday.", "2026-03-16"),
    # look-alikes: a return day with no "until", a call with the decision, an undated wait
    ("US", "We'll call you on Thursday with our decision.", "2026-03-12"),
    ("FR", "Nous vous appellerons jeudi pour vous donner notre réponse.", "2026-03-12"),
    ("US", "Two more finalists come in next week, and we'll give you a decision by Friday 20 "
           "March.", "2026-03-20"),
    ("GB", "Once we receive your references, we'll confirm the offer within two days.",
     "2026-03-12"),
    ("GB", "If you have not heard from us within two weeks, please assume you were not "
           "selected.", "2026-03-24"),
    # German "am <Wochentag> darauf / danach": after the day named before
    ("DE", "Die Gespräche laufen bis Freitag, am Montag darauf melden wir uns bei allen.",
     "2026-03-16"),
    ("DE", "Der Ausschuss tagt am Mittwoch, den 18. März; am Freitag danach erhalten Sie "
           "Bescheid.", "2026-03-20"),
    ("DE", "Wir melden uns am Montag.", "2026-03-16"),
    # Polish: the week after the day named before; "zadzwonimy"
    ("PL", "Rozmowy kończymy w piątek 20 marca; w następnym tygodniu poinformujemy o wyniku.",
     "2026-03-27"),
    ("PL", "Zadzwonimy w czwartek.", "2026-03-12"),
    ("PL", "Damy znać w przyszłym tygodniu.", "2026-03-20"),
]


@pytest.mark.parametrize(("country", "text", "expected"), PROMISES)
def test_promises(country: str, text: str, expected: str) -> None:
    assert _by(text, country) == date.fromisoformat(expected)


NO_PROMISE = [
    # away *until* a day, then "when I'm back": a lower bound, no day
    ("US", "Our recruiter is on leave until the 20th and will reply once she's back."),
    ("ES", "Estoy de vacaciones hasta el 23 de marzo; contestaré a tu mensaje a mi regreso."),
    ("FR", "Absent jusqu'au 20 mars, je traiterai votre demande à mon retour."),
    # a call at an hour for the phone screen: logistics
    ("US", "Our coordinator will phone you on Thursday at 3 pm for a short phone screen."),
    ("FR", "Le responsable vous appellera vendredi entre 9 h et 10 h pour un entretien "
           "téléphonique."),
    ("ES", "Te llamará la coordinadora el jueves a las 12:30 para una entrevista telefónica."),
    # no decision date yet
    ("US", "Two more finalists come in next week, so I can't give you a decision date until "
           "after that."),
    ("BR", "Ainda há entrevistas na próxima semana, por isso não podemos dar uma data por "
           "enquanto."),
    ("PL", "W przyszłym tygodniu mamy jeszcze rozmowy, więc nie możemy jeszcze podać terminu."),
    # what the employer waits to receive from the candidate
    ("GB", "If we don't receive your completed forms within seven days, we will withdraw the "
           "offer."),
    ("FR", "Si nous ne recevons pas votre accord sous huit jours, la proposition sera annulée."),
    ("BR", "Se não recebermos os documentos em até cinco dias, a vaga passará ao próximo "
           "candidato."),
]


@pytest.mark.parametrize(("country", "text"), NO_PROMISE)
def test_no_promise(country: str, text: str) -> None:
    assert _by(text, country) is None


@pytest.mark.parametrize("text", [
    "until " * 500 + "when I return",
    "entre 9 h et " * 300 + "pour un entretien téléphonique",
    "à mon retour; " * 400,
    "w następnym tygodniu " * 300 + "zadzwonimy",
    "\x00\ufffd am Montag darauf \u202e",
])
def test_bad_input_never_raises(text: str) -> None:
    for country in (None, "FR", "PL", "DE"):
        extract_timeline(text, REF, country=country)
