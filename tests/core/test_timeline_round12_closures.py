"""Round 12's closure and usual-length classes (helper "tl3"): office closures a text states
(a range of dates in every language read, a weekday) are skipped in a business-day count from the
reference; a usual length of the process or of employers in general promises nothing unless a
promise of its own follows; the candidate's appeal lodged or filed, in more languages.

Each class in wording of its own (not the check set's texts, ``tests/data/real_timeline_t12c.py``),
with look-alikes: a closure does not move a calendar count or a count from the reopening, a
closing date is no closure, a usual wait for the employer's own answer stays a promise. Dates
checked with ``datetime`` and the ``holidays`` package.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline

REF = datetime.fromisoformat("2026-03-10T15:00:00+01:00")  # a Tuesday


def _by(text: str, country: str | None, ref: datetime = REF) -> date | None:
    found = extract_timeline(text, ref, country=country)
    return found.respond_by if found else None


CLOSURES = [
    # 21-31 December closed (25 December and 1 January holidays anyway): 15-18 Dec, 4-6 Jan
    ("US", "2026-12-14T10:00:00-05:00", "The studio will be closed from 21 December to 31 "
     "December, and you will hear from us within seven business days.", "2027-01-06"),
    ("DE", "2026-07-24T10:00:00+02:00", "Vom 27.7. bis 7.8. ist die Praxis geschlossen. Eine "
     "Rückmeldung bekommen Sie binnen vier Arbeitstagen.", "2026-08-13"),
    # the first end a bare day ("du 3 au 14 août")
    ("FR", "2026-07-30T10:00:00+02:00", "L'agence est fermée du 3 au 14 août ; nous vous "
     "répondrons dans un délai de trois jours ouvrés.", "2026-08-18"),
    ("IT", "2026-12-22T10:00:00+01:00", "Siamo chiusi dal 24 dicembre al 6 gennaio; le daremo una "
     "risposta entro due giorni lavorativi.", "2027-01-07"),
    ("NL", "2026-06-05T10:00:00+02:00", "Van 8 juni tot en met 12 juni zijn wij gesloten. Je "
     "hoort binnen drie werkdagen van ons.", "2026-06-17"),
    ("PL", "2026-08-07T10:00:00+02:00", "Firma jest zamknięta od 10 do 14 sierpnia. Odpowiemy w "
     "ciągu 2 dni roboczych.", "2026-08-18"),
    ("ES", "2026-03-27T10:00:00+01:00", "La oficina estará cerrada del 30 de marzo al 3 de abril. "
     "Te contestaremos en 3 días hábiles.", "2026-04-08"),
    # a weekday: "this Friday"
    ("US", "2026-03-11T10:00:00-05:00", "We're closed this Friday for a team offsite; we'll still "
     "let you know within two business days.", "2026-03-16"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expected"), CLOSURES)
def test_a_closure_the_text_states_is_skipped_in_a_business_day_count(
        country: str, ref: str, text: str, expected: str) -> None:
    assert _by(text, country, datetime.fromisoformat(ref)) == date.fromisoformat(expected)


CLOSURE_LOOKALIKES = [
    # a calendar count is not moved (two weeks from 18 December)
    ("US", "2026-12-18T10:00:00-05:00", "Our office is closed from 24 December to 1 January; "
     "we will reply within two weeks.", "2027-01-01"),
    # a closing date is no closure
    ("US", "2026-09-08T10:00:00-04:00", "The posting closed on 4 September; we will reply within "
     "five working days.", "2026-09-15"),
    # a range longer than a closure is something else
    ("GB", "2026-03-10T10:00:00+00:00", "The office is closed to visitors from 1 April to 30 "
     "September; we will reply within five working days.", "2026-03-17"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expected"), CLOSURE_LOOKALIKES)
def test_what_is_no_closure_or_no_business_count_is_not_moved(
        country: str, ref: str, text: str, expected: str) -> None:
    assert _by(text, country, datetime.fromisoformat(ref)) == date.fromisoformat(expected)


NO_PROMISE = [
    ("DE", "Bis zur Entscheidung dauert ein Bewerbungsverfahren normalerweise drei Wochen."),
    ("DE", "In der Regel dauert der Auswahlprozess einen Monat."),
    ("FR", "Généralement, la procédure de recrutement prend un mois jusqu'à la réponse."),
    ("ES", "Por lo general, las empresas tardan dos semanas en responder."),
    ("PT", "Normalmente o processo seletivo leva de três a quatro semanas até a resposta."),
    ("IT", "Solitamente la procedura di selezione richiede tre settimane prima della risposta."),
    # (these two are no promise on round 11's code already: "duurt" / "trwa" with no cue)
    ("NL", "Doorgaans duurt de sollicitatieprocedure vier weken tot de uitslag."),
    ("PL", "Przeważnie proces rekrutacji trwa miesiąc, zanim przekażemy odpowiedź."),
    ("GB", "As a rule, employers make their decision within a fortnight."),
    ("ES", "De media, los reclutadores dan una respuesta en diez días."),
    # the candidate's appeal
    ("GB", "Unsuccessful applicants can file an appeal against the decision within ten working "
     "days."),
    ("GB", "You may lodge a written objection to the result within 14 days."),
    ("PT", "É possível interpor recurso contra o resultado no prazo de cinco dias."),
    ("NL", "U kunt in beroep gaan binnen zes weken na de uitslag."),
]


@pytest.mark.parametrize(("country", "text"), NO_PROMISE)
def test_a_usual_length_or_an_appeal_promises_nothing(country: str, text: str) -> None:
    assert _by(text, country) is None


STILL_PROMISES = [
    # the employer's usual time for its own decision (round 23's convention, docs/timelines.md;
    # a no-promise case before it)
    ("GB", "It normally takes us a week to reach a decision.", "2026-03-17"),
    ("GB", "You'll usually hear from us within a week.", "2026-03-17"),
    ("IT", "Di solito le comunichiamo l'esito entro una settimana.", "2026-03-17"),
    ("DE", "Das Verfahren dauert in der Regel drei Wochen, aber Ihnen sagen wir bis Freitag "
     "Bescheid.", "2026-03-13"),
    ("GB", "We will file your application and reply within a week.", "2026-03-17"),
    # the length of the employer's own step is its promise (labelled cases of round 1)
    ("GB", "Our review process usually takes five working days.", "2026-03-17"),
]


@pytest.mark.parametrize(("country", "text", "expected"), STILL_PROMISES)
def test_the_employers_own_usual_wait_or_a_later_promise_stays_a_promise(
        country: str, text: str, expected: str) -> None:
    assert _by(text, country) == date.fromisoformat(expected)


AFTER_THE_CLOSURE = [
    ("FR", "2026-07-29T10:00:00+02:00", "Le cabinet est fermé du 3 au 21 août ; nous reprendrons "
     "contact avec vous dès la réouverture.", "2026-08-28"),
    # 15 August (a Saturday) is Assumption: the week of Monday 17 August
    ("ES", "2026-07-29T10:00:00+02:00", "Cerramos del 3 al 14 de agosto; tras el cierre te "
     "daremos una respuesta.", "2026-08-21"),
    ("GB", "2026-12-15T10:00:00+00:00", "We are closed from 24 December to 4 January and will be "
     "in touch after the winter closure.", "2027-01-08"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expected"), AFTER_THE_CLOSURE)
def test_after_the_closure_is_the_week_it_ends_in(country: str, ref: str, text: str,
                                                   expected: str) -> None:
    assert _by(text, country, datetime.fromisoformat(ref)) == date.fromisoformat(expected)


def test_after_a_closure_the_text_never_dates_is_no_day() -> None:
    assert _by("We'll be in touch after the office closure.", "GB") is None
