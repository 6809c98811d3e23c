"""Wording added in round 4: Polish, Czech, Swedish, Danish and Norwegian promises; Italian,
Portuguese and Dutch weekdays, week and month windows, working days and holidays; anchors in
Dutch and English; answers the employer sends (letters, "be advised").

Each class is tested both ways (a promise it must find, a look-alike it must leave alone); the
reference is Tuesday 10 March 2026 unless a case gives its own. A promise may land within two
days of the expected day (the tolerance of "a few days").
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from timeline_check import check

from interview_sync.core.timeline.extract import extract_timeline

REF = datetime.fromisoformat("2026-03-10T15:00:00+01:00")



NEW_LANGUAGES = [
    # Polish: within N days/weeks, next week, by Friday, a few days, working days
    ("PL", "Odezwiemy się w ciągu dwóch tygodni.", "2026-03-24"),
    ("PL", "Skontaktujemy się z Panem w przyszłym tygodniu.", "2026-03-20"),
    ("PL", "Odpowiedź przekażemy do piątku.", "2026-03-13"),
    ("PL", "Decyzję przekażemy w ciągu tygodnia.", "2026-03-17"),
    ("PL", "Wyniki prześlemy w ciągu 5 dni roboczych.", "2026-03-17"),
    # Czech: "do týdne" (within a week), next week, early next week
    ("CZ", "Ozveme se vám do týdne.", "2026-03-17"),
    ("CZ", "Výsledek vám oznámíme do 14 dnů.", "2026-03-24"),
    ("CZ", "Zpětnou vazbu vám pošleme příští týden.", "2026-03-20"),
    ("CZ", "Na začátku příštího týdne vám dáme vědět.", "2026-03-17"),
    # Swedish, Danish, Norwegian
    ("SE", "Vi hör av oss inom två veckor.", "2026-03-24"),
    ("SE", "Du får besked senast på fredag.", "2026-03-13"),
    ("SE", "Vi återkommer om några dagar.", "2026-03-13"),
    ("DK", "Vi vender tilbage inden for en uge.", "2026-03-17"),
    ("DK", "Du får svar i næste uge.", "2026-03-20"),
    ("NO", "Vi tar en beslutning i løpet av to eller tre dager.", "2026-03-13"),
    ("NO", "Du får tilbakemelding innen to uker.", "2026-03-24"),
    # look-alikes: the candidate's own deadlines, a retention period, no promise at all
    ("PL", "Prosimy o przesłanie dokumentów w ciągu 3 dni.", None),
    ("PL", "Dokumenty przechowujemy przez 6 miesięcy.", None),
    ("CZ", "Prosíme, potvrďte nám svou účast do pátku.", None),
    ("CZ", "O výsledku vás bez zbytečného odkladu vyrozumíme.", None),
    ("SE", "Skicka in dina betyg inom en vecka.", None),
    ("DK", "Giv os venligst besked inden fredag, om du kan komme.", None),
    ("NO", "Husk å sende inn politiattest innen 14 dager.", None),
    # the Nordic short number words are English words too: no number outside a Nordic unit
    ("GB", "We'll get back to you on to days like these.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), NEW_LANGUAGES)
def test_polish_czech_nordic_promises(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect)


ROMANCE_DUTCH = [
    # working days in Portuguese and Italian are working days (20 March is a Friday)
    ("BR", "A resposta sai em até 8 dias úteis.", "2026-03-20"),
    ("IT", "La ricontatteremo entro 8 giorni lavorativi.", "2026-03-20"),
    ("NL", "Binnen twee werkweken ontvang je bericht.", "2026-03-24"),
    ("IT", "Le comunicheremo l'esito entro venerdì.", "2026-03-13"),
    ("NL", "Wij laten je vrijdag weten hoe het verder gaat.", "2026-03-13"),
    ("PT", "Daremos uma resposta até sexta-feira.", "2026-03-13"),
    ("IT", "Le comunicheremo l'esito entro la fine della prossima settimana.", "2026-03-20"),
    ("PT", "Entraremos em contacto até ao final da próxima semana.", "2026-03-20"),
    ("BR", "A decisão deve sair até o fim do mês.", "2026-03-31"),
    ("NL", "Wij laten je volgende week weten of je door bent.", "2026-03-20"),
    ("IT", "Le faremo avere una risposta tra un paio di settimane.", "2026-03-24"),
    ("IT", "Le daremo un riscontro nei prossimi giorni.", "2026-03-15"),
    ("NL", "U ontvangt binnen vijf werkdagen een antwoord.", "2026-03-17"),
    # month parts
    ("BR", "Daremos retorno na primeira semana de abril.", "2026-04-07"),
    ("BR", "A decisão sai em meados de abril.", "2026-04-15"),
    ("IT", "Le daremo una risposta entro fine aprile.", "2026-04-30"),
    ("NL", "Je hoort begin april van ons.", "2026-04-07"),
    ("PL", "Decyzję przekażemy w połowie kwietnia.", "2026-04-15"),
    ("CZ", "Výsledek vám oznámíme koncem dubna.", "2026-04-30"),
    ("SE", "Vi ger besked i slutet av april.", "2026-04-30"),
    # look-alikes
    ("GB", "We'll begin April 3 with the panel; a decision within two weeks.", "2026-03-24"),
    ("IT", "La preghiamo di confermare la sua presenza entro venerdì.", None),
    ("NL", "Wil je uiterlijk vrijdag laten weten of je kunt?", None),
    ("BR", "Envie a documentação em até dois dias úteis.", None),
    ("NL", "Sollicitatiebrieven worden vier weken bewaard.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), ROMANCE_DUTCH)
def test_italian_portuguese_dutch_windows(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect)


HOLIDAYS = [
    # Ferragosto (15 August 2026, a Saturday): the working week after it
    ("IT", "Le daremo un riscontro dopo Ferragosto.", "2026-08-04T11:00:00+02:00", "2026-08-19"),
    ("NL", "Je hoort pas na de jaarwisseling van ons.", "2026-12-17T11:00:00+01:00",
     "2027-01-06"),
    # Poland and Sweden keep 6 January (Epiphany) too: the break ends there (round 22: and the
    # rest of that working week is Thursday 7 and Friday 8; was the third working day, the 11th)
    ("PL", "Odezwiemy się po świętach.", "2026-12-17T11:00:00+01:00", "2027-01-08"),
    ("SE", "Vi hör av oss efter jul.", "2026-12-17T11:00:00+01:00", "2027-01-08"),
    # "after Jul 4" is July, not the Nordic Christmas ("jul")
    ("US", "We'll decide after Jul 4.", "2026-06-20T11:00:00-04:00", "2026-07-04"),
]


@pytest.mark.parametrize(("country", "text", "ref", "expect"), HOLIDAYS)
def test_holidays_in_more_languages(country: str, text: str, ref: str, expect: str) -> None:
    check(text, datetime.fromisoformat(ref), country, expect)


def test_belgian_working_days_skip_ascension() -> None:
    ref = datetime.fromisoformat("2026-05-07T10:00:00+02:00")
    text = "U ontvangt binnen vijf werkdagen na het gesprek een antwoord."
    check(text, ref, "BE", "2026-05-15")  # 14 May, Ascension Day, is no working day
    found = extract_timeline(text, ref, country="BE")
    assert found is not None and found.respond_by == date(2026, 5, 15)


ANCHORS = [
    # a Dutch closing date and interview day named elsewhere
    ("NL", "De sluitingsdatum is vrijdag 6 maart. Binnen twee werkweken na de sluitingsdatum "
     "ontvang je een uitnodiging of afwijzing.", "2026-03-02T10:00:00+01:00", "2026-03-20"),
    ("NL", "De laatste gesprekken zijn op donderdag 12 maart; binnen een dag na het laatste "
     "gesprek ontvang je bericht over de uitslag.", "2026-03-10T10:00:00+01:00", "2026-03-13"),
    ("NL", "Uiterlijk drie weken na sluiting van de aanmeldingsperiode op 15 april ontvang je "
     "bericht.", "2026-04-10T10:00:00+02:00", "2026-05-06"),
    # the same durations with nothing named count from the reference
    ("NL", "Binnen een dag na het gesprek ontvang je bericht over de uitslag.",
     "2026-03-10T10:00:00+01:00", "2026-03-11"),
    ("US", "Interviews run through Friday, January 23. Applicants are notified approximately 4 "
     "weeks following interviews.", "2026-01-20T10:00:00-06:00", "2026-02-20"),
    ("US", "Applicants are notified approximately 4 weeks following interviews.",
     "2026-01-20T10:00:00-06:00", "2026-02-17"),
    ("GB", "The hiring manager will inform you if you have been invited to interview within "
     "approximately one week of the closing date for applications. The closing date is 30 "
     "September.", "2026-09-25T10:00:00+01:00", "2026-10-07"),
]


@pytest.mark.parametrize(("country", "text", "ref", "expect"), ANCHORS)
def test_anchors_named_elsewhere(country: str, text: str, ref: str, expect: str) -> None:
    check(text, datetime.fromisoformat(ref), country, expect)


ANSWERS = [
    ("US", "Acceptance letters will be sent the end of March to late April.",
     "2026-03-02T10:00:00-06:00", "2026-04-30"),
    ("GB", "All candidates should have received a letter of rejection or an invitation for an "
     "interview by the end of February.", "2026-01-27T10:00:00+00:00", "2026-02-28"),
    ("AU", "If you have not been successful, you will be advised by email. This process can take "
     "up to two weeks from the date of the interview.", "2026-06-12T10:00:00+10:00",
     "2026-06-26"),
    # look-alikes: a calendar invitation, the whole hiring process, a contract's arrival
    ("GB", "I'll send you an invitation for an interview next Tuesday.",
     "2026-01-27T10:00:00+00:00", None),
    ("GB", "It generally takes around 3-4 weeks from the closing date until the job is filled.",
     "2026-09-25T10:00:00+01:00", None),
    ("GB", "The move is a long process. This process can take up to two weeks.",
     "2026-06-12T10:00:00+01:00", None),
]


@pytest.mark.parametrize(("country", "text", "ref", "expect"), ANSWERS)
def test_answers_the_employer_sends(country: str, text: str, ref: str,
                                    expect: str | None) -> None:
    check(text, datetime.fromisoformat(ref), country, expect)


ENGLISH = [
    # a bare weekday told after "next week" is that week's day (Tuesday 10 March: Wed 18 March)
    ("US", "We hope to get back to you sometime next week, probably Wednesday.", "2026-03-18"),
    ("GB", "We'll decide early next week, Monday or Tuesday.", "2026-03-17"),
    # ... with no week named, the coming one
    ("US", "We hope to get back to you probably Wednesday.", "2026-03-11"),
    # "takes" with no subject of its own shares the sentence's: counted from the closing date
    ("GB", "Shortlisting starts after the advert closes on 13 March and usually takes one to two "
     "weeks.", "2026-03-27"),
    # ... but a subject of its own is how long something else lasts
    ("GB", "We'll decide next week, and the relocation usually takes six weeks.", "2026-03-20"),
    # "the time ..." after a promise just made (a clause after ";") is the wait for it
    ("AU", "Applications close on 13 March. After the position closes, applicants are contacted "
     "for interview; the time varies but is usually around 2-3 weeks.", "2026-04-03"),
    ("AU", "Thanks for your time; the time varies but is usually around 2-3 weeks.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), ENGLISH)
def test_english_week_named_and_shared_subjects(country: str, text: str,
                                                expect: str | None) -> None:
    check(text, REF, country, expect)


WAITING_FOR_THE_CANDIDATE = [
    # the employer waiting for the candidate's answer: no promise
    ("BR", "Aguardamos sua resposta até sexta-feira.", None),
    ("BR", "Nos dê um retorno até sexta-feira.", None),
    ("NL", "Graag ontvangen wij uw reactie vóór vrijdag.", None),
    ("IT", "Attendiamo una sua risposta entro venerdì.", None),
    ("PL", "Czekamy na Pani odpowiedź do piątku.", None),
    ("CZ", "Očekáváme vaši odpověď do pátku.", None),
    ("SE", "Vi ser fram emot ditt svar senast fredag.", None),
    ("NO", "Vi ser frem til ditt svar innen fredag.", None),
    # ... while the candidate receiving the employer's answer is a promise
    ("BR", "Você receberá sua resposta até sexta-feira.", "2026-03-13"),
    ("SE", "Du får ditt svar senast fredag.", "2026-03-13"),
    ("PL", "Otrzyma Pani odpowiedź do piątku.", "2026-03-13"),
    ("CZ", "Dáme vám vědět v průběhu příštího týdne.", "2026-03-20"),
]


@pytest.mark.parametrize(("country", "text", "expect"), WAITING_FOR_THE_CANDIDATE)
def test_waiting_for_the_candidate_is_no_promise(country: str, text: str,
                                                 expect: str | None) -> None:
    check(text, REF, country, expect)


def test_office_closure_days_are_no_business_days() -> None:
    """Closed on Thursday and Friday (26-27 November 2026; only the Thursday is a US holiday):
    three business days from Monday 23 November end on Monday 30, not on Friday 27."""
    ref = datetime.fromisoformat("2026-11-23T10:00:00-05:00")
    closed = extract_timeline("Our office is closed Thursday and Friday for Thanksgiving, but "
                              "you'll hear from us within three business days.", ref, country="US")
    assert closed is not None and closed.respond_by == date(2026, 11, 30)
    # without the closure, or with calendar days, the count is as before
    plain = extract_timeline("You'll hear from us within three business days.", ref, country="US")
    assert plain is not None and plain.respond_by == date(2026, 11, 27)
    calendar = extract_timeline("Our office is closed Thursday and Friday for Thanksgiving, but "
                                "you'll hear from us within three days.", ref, country="US")
    assert calendar is not None and calendar.respond_by == date(2026, 11, 26)


MORE_WORDING = [
    ("BR", "Daremos um retorno até dia 20.", "2026-03-20"),
    ("IT", "La contatteremo entro il 20.", "2026-03-20"),
    ("PT", "Entraremos em contacto daqui a uma semana.", "2026-03-17"),
    ("IT", "Le daremo un riscontro entro 48 ore.", "2026-03-12"),
    ("IT", "Le daremo un riscontro a settembre.", "2026-09-30"),
    ("NL", "We laten uiterlijk maandag iets weten.", "2026-03-16"),
    ("NL", "We laten het je volgende week dinsdag weten.", "2026-03-17"),
    ("PL", "Odezwiemy się za tydzień.", "2026-03-17"),
    ("CZ", "Ozveme se za týden.", "2026-03-17"),
    # look-alikes: the 20 days of a task, the candidate letting the employer know, a greeting
    ("BR", "Você tem até dia 20 dias para enviar os documentos.", None),
    ("NL", "Laat ons uiterlijk maandag weten of je kunt.", None),
    ("NL", "Kun je ons vóór vrijdag laten weten of je beschikbaar bent?", None),
    ("DK", "Vi hører fra dig om en uge.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), MORE_WORDING)
def test_more_romance_dutch_slavic_wording(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect)


EVENTS_AND_LOGISTICS = [
    # an event dated elsewhere in a Nordic text, its results in Italian
    ("NO", "Intervjuet blir 20. mars kl. 10, og du får svar innen en uke etter intervjuet.",
     "2026-03-27"),
    ("IT", "I risultati della prova saranno pubblicati entro il 30 marzo.", "2026-03-30"),
    # exam dates, interview logistics, retention and probation periods promise nothing
    ("BR", "A prova será realizada no dia 20 de março.", None),
    ("IT", "L'esame si terrà il 20 marzo alle ore 9.", None),
    ("NL", "Het assessment vindt plaats op 20 maart.", None),
    ("PL", "Rozmowa odbędzie się 20 marca o godzinie 10.", None),
    ("SE", "Intervjun äger rum den 20 mars kl. 10.", None),
    ("IT", "I suoi dati saranno conservati per 24 mesi e poi cancellati.", None),
    ("DK", "Vi opbevarer din ansøgning i 6 måneder.", None),
    ("CZ", "Zkušební doba je 3 měsíce.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), EVENTS_AND_LOGISTICS)
def test_events_and_logistics(country: str, text: str, expect: str | None) -> None:
    check(text, REF, country, expect)
