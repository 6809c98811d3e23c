"""Structure added in round 12 (tuning on round 11's scored batch and round 12's check set):
promise verbs in other word orders and words; what promises nothing (lower bounds, exceptional
cases, start days, the next round's slot, the candidate's own step, other openings later on,
the rest of the round of interviews, a colleague told, someone's allotted time, a day named as
an event's owner); the anchor a promise counts from (an event dated right after the words,
"that day" after a window, the end of the week after a day of a later week); month halves and
the bare day of the month in Portuguese, Italian, Dutch and Spanish.

Each class is tested in wording of its own (not the tuning or check-set texts), with a
look-alike where it has one. The reference is Tuesday 10 March 2026 unless a case gives its own.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline

REF = datetime.fromisoformat("2026-03-10T15:00:00+01:00")


def _by(text: str, country: str | None, ref: datetime = REF) -> date | None:
    found = extract_timeline(text, ref, country=country)
    return found.respond_by if found else None


PROMISES = [
    # promise verbs in other word orders and words
    ("DE", "Am Montag entscheidet der Vorstand; am Tag danach rufen wir Sie an.", "2026-03-17"),
    ("DE", "Wer in die nächste Runde kommt, erfährt es bis Freitag.", "2026-03-13"),
    ("DE", "Binnen zwei Wochen bekommen Sie Post von uns.", "2026-03-24"),
    ("GB", "You'll hear via the applicant portal by Thursday.", "2026-03-12"),
    ("GB", "The board will put the names of the appointees on its website on 20 March.",
     "2026-03-20"),
    ("ES", "El tribunal publicará la propuesta de nombramiento el 18 de marzo.", "2026-03-18"),
    ("GB", "I'll ring all four of you on Friday.", "2026-03-13"),
    # look-alikes that stay promises
    ("GB", "We'll come back to you on Thursday.", "2026-03-12"),
    ("GB", "We need to complete the references and will let you know within a week.",
     "2026-03-17"),
    ("GB", "We will let you know by the end of the week.", "2026-03-13"),
    ("GB", "We'll update the hiring manager on Friday and let you know on Monday.", "2026-03-16"),
    # a day named as an event's owner is no day of its own (Monday's: a look-alike)
    ("GB", "Results from today's written test will be emailed within 3 working days.",
     "2026-03-13"),
    ("GB", "Feedback from Monday's written test will reach you within a week.", "2026-03-17"),
    # month halves and the bare day of the month
    ("NL", "Je hoort in de tweede helft van april van ons.", "2026-04-30"),
    ("IT", "Riceverà una risposta nella seconda metà di aprile.", "2026-04-30"),
    ("PT", "Daremos retorno na segunda quinzena de abril.", "2026-04-30"),
    ("IT", "Le comunicheremo l'esito nella prima quindicina di aprile.", "2026-04-15"),
    ("BR", "O resultado sai no dia 20.", "2026-03-20"),
    ("BR", "O resultado sai no dia 5.", "2026-04-05"),
    ("ES", "Te llamaremos el día 20 con la respuesta.", "2026-03-20"),
    ("IT", "Le comunicheremo l'esito il giorno 20.", "2026-03-20"),
    # counted from an event dated right after the words
    ("DE", "Die Ergebnisse hängen zwei Wochen nach dem letzten Gesprächstag am 16. März aus.",
     "2026-03-30"),
    ("FR", "Nous vous répondrons dans les cinq jours qui suivent le comité du 16 mars.",
     "2026-03-21"),
    ("FR", "Nous vous répondrons dans la semaine qui suit le jury du 16 mars.", "2026-03-27"),
    ("IT", "Le comunicheremo l'esito entro tre giorni dopo la riunione del 16 marzo.",
     "2026-03-19"),
    ("NL", "Je hoort binnen een week na het gesprek op 16 maart van ons.", "2026-03-23"),
    # "that day" after a window; the end of the week after a day of a later week
    ("GB", "HR will finalise the offer by the end of next week and call you that day.",
     "2026-03-20"),
    ("GB", "The panel meets next Wednesday and we'll let you know by the end of the week.",
     "2026-03-20"),
    ("IT", "Le faremo sapere l'esito entro la fine della settimana prossima.", "2026-03-20"),
    ("IT", "Le faremo sapere l'esito entro la fine della settimana.", "2026-03-13"),
    # what is mailed, told, chosen or published
    ("GB", "The panel finishes on Friday 13 March, and HR will mail your score within five "
           "business days after that.", "2026-03-20"),
    ("GB", "Those selected will be told by Thursday.", "2026-03-12"),
    ("GB", "We'll be selecting a candidate this week.", "2026-03-13"),
    ("ES", "La puntuación se publicará en la web en un plazo de cinco días hábiles.", "2026-03-17"),
]


@pytest.mark.parametrize(("country", "text", "expect"), PROMISES)
def test_round12_promises(country: str, text: str, expect: str) -> None:
    assert _by(text, country) == date.fromisoformat(expect)


NO_PROMISE = [
    # lower bounds
    ("DE", "Mit einer Entscheidung ist frühestens Mitte April zu rechnen."),
    ("GB", "We will let you know at the earliest in April."),
    ("FR", "Nous vous répondrons au plus tôt fin avril."),
    ("ES", "Te contestaremos como muy pronto a finales de abril."),
    ("NL", "We laten het je op zijn vroegst eind april weten."),
    ("PL", "Damy znać najwcześniej pod koniec kwietnia."),
    ("GB", "We won't make any decisions before 2 April."),
    ("GB", "We won't send any offers before the end of March."),
    # exceptional cases
    ("GB", "In exceptional cases it can take up to three months before you hear back."),
    ("DE", "In Ausnahmefällen dauert die Rückmeldung bis zu acht Wochen."),
    ("FR", "Dans des cas exceptionnels, la réponse peut prendre deux mois."),
    ("ES", "En casos excepcionales la respuesta puede tardar dos meses."),
    # a start day; the next round's slot
    ("ES", "Las personas seleccionadas se incorporarán el 6 de abril, según les confirmaremos."),
    ("GB", "We'd like you to come back on Thursday at 2pm for a final interview."),
    ("GB", "We'd love you to come in on Monday at 11 for a second interview, and we'll confirm "
           "by email."),
    # the candidate's own step
    ("GB", "The offer pack includes a contract to sign and return within five days."),
    ("ES", "Los aspirantes seleccionados deberán aportar el título original en el plazo de diez "
           "días desde que reciban nuestra comunicación."),
    ("FR", "Après notre réponse, les lauréats devront fournir leurs diplômes sous huit jours."),
    # other openings later on; the rest of the round; a colleague told; allotted time
    ("GB", "We'll keep your CV and may get in touch about future vacancies in the next six "
           "months."),
    ("GB", "I have one more interview on Thursday and will be in touch."),
    ("GB", "The panel sits on Thursday, and then I'll tell HR which candidate we'd like."),
    ("GB", "The panel sits on Thursday, and then I'll notify the hiring manager of our choice."),
    ("DE", "Der Personalrat hat ab Eingang des Antrags zehn Tage Zeit, danach erhalten Sie "
           "Bescheid."),
    # the candidate's appeal; nothing heard before a day; counted from the undated hire
    ("GB", "You may contest the decision within five working days of being notified."),
    ("GB", "Petitions about the result go to the board within ten working days."),
    ("BR", "O prazo para recurso contra o resultado será de 16 a 18 de março."),
    ("DE", "Vor Ostern hören Sie nichts von uns."),
    ("PL", "Informację o wyniku opublikujemy w ciągu 14 dni od zatrudnienia wybranego kandydata."),
]


@pytest.mark.parametrize(("country", "text"), NO_PROMISE)
def test_round12_no_promise(country: str, text: str) -> None:
    assert _by(text, country) is None


@pytest.mark.parametrize("text", [
    "frühestens", "at the earliest 31 December", "in de tweede helft van", "no dia 99",
    "el día 0", "qui suit l'entrevue du", "that day" * 500, "nach dem am " * 300,
    "to sign and return within" * 200, "today's" * 400, "\x00\ufffd no dia 15",
])
def test_round12_bad_input_never_raises(text: str) -> None:
    found = extract_timeline(text, REF, country="DE")
    assert found is None or found.respond_by >= REF.date()
