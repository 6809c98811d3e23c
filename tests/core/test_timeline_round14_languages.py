"""Classes of phrasing added in round 14 by the helper "tl14i" for languages other than English
(check set ``tests/data/real_timeline_t14i.py``):

- a month's weeks by their ordinal in Italian, Portuguese, Spanish and French ("la terza
  settimana di marzo", "na última semana de abril", "la tercera semana de junio", "la dernière
  semaine de juin") (``time_words``, ``calendar_dates``);
- each language's everyday "we'll answer": Italian "vi risponderemo", "ci risentiamo"; Spanish
  "dará a conocer", a decision or marks that "se publicarán"; Portuguese "serão convocados";
  Turkish "dönüş sağlayacağız"; Romanian "vă vom informa / suna"; German "Sie werden von uns
  hören", Austrian "verständigt"; "os decimos", "lo sabrás", "saberá", "saprete", "resolverá",
  "vi richiamiamo", a list that "sai", "la graduatoria verrà pubblicata", Greek "θα
  αναρτηθούν" (``promise_words``);
- Romanian weeks: "săptămâna viitoare", "(până la) sfârșitul săptămânii (viitoare)" (``grammar``);
- an average as a noun or an adverb promises nothing ("il tempo medio", "la duración media",
  "o tempo médio", "mediamente", Turkish "ortalama") (``cues``);
- a promise counted from a dated selection step other than an interview (a trial day, a test, a
  written exam: "nach dem Probetag am Dienstag, dem 18. Mai", "após o teste de quinta-feira",
  "dopo la prova scritta del 20 maggio"), and the Austrian "Hearing" as the interview itself
  (``event_days``); a clause opening with "once" in the other languages ("una vez cerrado el
  plazo el 9 de diciembre", "sobald die Bewerbungsfrist am 9. Dezember endet").

Each class is tested in wording of its own (not the check set's), with look-alikes that must stay
no promise and bad input; the expected days were worked out by hand with ``datetime`` and the
``holidays`` package.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from timeline_check import respond_by as _by

from interview_sync.core.timeline.extract import extract_timeline

# (country, reference, text, first and last day accepted for the day promised)
PROMISES = [
    # a month's weeks by their ordinal (third week: the 15th to the 21st; last: its last 7 days)
    ("IT", "2027-02-17T12:00:00+01:00", "Le daremo una risposta entro la terza settimana di marzo.",
     "2027-03-19", "2027-03-21"),
    ("PT", "2027-03-10T12:00:00+00:00", "Daremos retorno na última semana de abril.",
     "2027-04-30", "2027-04-30"),
    ("ES", "2027-05-05T12:00:00+02:00", "Le llamaremos la tercera semana de junio.",
     "2027-06-18", "2027-06-21"),
    ("FR", "2027-05-05T12:00:00+02:00", "Nous vous répondrons la dernière semaine de juin.",
     "2027-06-30", "2027-06-30"),
    # each language's "we'll answer"
    ("IT", "2027-05-10T10:00:00+02:00", "Vi risponderemo entro dieci giorni.",
     "2027-05-20", "2027-05-20"),
    ("IT", "2027-05-10T10:00:00+02:00", "Ci risentiamo entro venerdì.", "2027-05-14", "2027-05-14"),
    ("ES", "2027-05-10T10:00:00+02:00",
     "La comisión dará a conocer la lista de seleccionados el 3 de junio.",
     "2027-06-03", "2027-06-03"),
    ("ES", "2027-05-24T10:00:00+02:00", "Las notas del examen se publicarán el viernes 4 de junio.",
     "2027-06-04", "2027-06-04"),
    ("BR", "2027-05-10T10:00:00-03:00", "Os candidatos aprovados serão convocados até 30 de junho.",
     "2027-06-30", "2027-06-30"),
    ("TR", "2027-05-10T10:00:00+03:00", "Size en geç cuma günü dönüş sağlayacağız.",
     "2027-05-14", "2027-05-14"),
    ("DE", "2027-05-10T10:00:00+02:00", "Sie werden spätestens am 30. Juni von uns hören.",
     "2027-06-30", "2027-06-30"),
    ("AT", "2027-05-10T10:00:00+02:00", "Sie werden binnen zwei Wochen schriftlich verständigt.",
     "2027-05-24", "2027-05-24"),
    # Romanian weeks (Wednesday 12 May 2027)
    ("RO", "2027-05-12T10:00:00+03:00", "Vă vom informa până la sfârșitul săptămânii viitoare.",
     "2027-05-21", "2027-05-21"),
    ("RO", "2027-05-12T10:00:00+03:00", "Vă vom suna săptămâna viitoare.",
     "2027-05-17", "2027-05-21"),
    ("RO", "2027-05-12T10:00:00+03:00", "Vă vom anunța rezultatul până la sfârșitul săptămânii.",
     "2027-05-14", "2027-05-14"),
    # counted from a dated selection step (Monday 10 May 2027)
    ("DE", "2027-05-10T10:00:00+02:00",
     "Wir melden uns innerhalb von drei Tagen nach dem Probetag am Dienstag, dem 18. Mai.",
     "2027-05-21", "2027-05-21"),
    ("BR", "2027-05-10T10:00:00-03:00",
     "Responderemos em até três dias úteis após o teste de quinta-feira.",
     "2027-05-18", "2027-05-18"),
    ("IT", "2027-05-10T10:00:00+02:00",
     "Le comunicheremo l'esito entro cinque giorni dopo la prova scritta del 20 maggio.",
     "2027-05-25", "2027-05-25"),
    ("AT", "2027-05-10T10:00:00+02:00", "Nach dem Hearing melden wir uns innerhalb einer Woche.",
     "2027-05-17", "2027-05-17"),
    # a clause opening with "once" and a dated closing: counted from that day (9 December 2027)
    ("ES", "2027-11-22T10:00:00+01:00",
     "Una vez cerrado el plazo el 9 de diciembre, te llamaremos en una semana.",
     "2027-12-16", "2027-12-16"),
    ("DE", "2027-11-22T10:00:00+01:00",
     "Sobald die Bewerbungsfrist am 9. Dezember endet, melden wir uns innerhalb von zwei Wochen.",
     "2027-12-23", "2027-12-23"),
    # more everyday words of an answer (Monday 10 May 2027)
    ("ES", "2027-05-10T10:00:00+02:00", "Os decimos algo el jueves.", "2027-05-13", "2027-05-13"),
    ("ES", "2027-05-10T10:00:00+02:00", "Lo sabrás antes del 20 de mayo.",
     "2027-05-19", "2027-05-20"),
    ("BR", "2027-05-10T10:00:00-03:00", "Você saberá o resultado até sexta-feira.",
     "2027-05-14", "2027-05-14"),
    ("IT", "2027-05-10T10:00:00+02:00", "Saprete l'esito entro il 21 maggio.",
     "2027-05-21", "2027-05-21"),
    ("ES", "2027-05-10T10:00:00+02:00",
     "El tribunal resolverá en un plazo de cinco días hábiles.", "2027-05-17", "2027-05-17"),
    ("IT", "2027-05-10T10:00:00+02:00", "Vi richiamiamo entro giovedì.", "2027-05-13", "2027-05-13"),
    ("BR", "2027-05-10T10:00:00-03:00", "O gabarito preliminar sai na segunda-feira, 17 de maio.",
     "2027-05-17", "2027-05-17"),
    ("IT", "2027-05-10T10:00:00+02:00", "La graduatoria verrà pubblicata entro il 28 maggio.",
     "2027-05-28", "2027-05-28"),
    ("GR", "2027-05-10T10:00:00+03:00", "Οι πίνακες θα αναρτηθούν στις 20 Μαΐου.",
     "2027-05-20", "2027-05-20"),
    # look-alikes of the new vetoes that stay promises
    ("IT", "2027-05-10T10:00:00+02:00", "Le daremo una risposta entro una settimana.",
     "2027-05-17", "2027-05-17"),
    ("ES", "2027-05-12T10:00:00+02:00", "El puesto es de media jornada; te llamaremos el lunes.",
     "2027-05-17", "2027-05-17"),
]


@pytest.mark.parametrize(("country", "ref", "text", "lo", "hi"), PROMISES)
def test_promises(country: str, ref: str, text: str, lo: str, hi: str) -> None:
    got = _by(text, country, ref)
    assert got is not None, text
    assert date.fromisoformat(lo) <= got <= date.fromisoformat(hi), (text, got)


NO_PROMISE = [
    # averages
    ("IT", "Il tempo medio di risposta è di tre settimane."),
    ("IT", "Mediamente rispondiamo in una settimana."),
    ("ES", "La duración media del proceso es de un mes."),
    ("PT", "O tempo médio de retorno é de duas semanas."),
    ("TR", "Bu süreç ortalama üç hafta sürer."),
    # a month's week with no answer in it
    ("IT", "Il corso di formazione si svolge nella prima settimana di marzo."),
    # not a list of results: a later step (round 12)
    ("ES", "La lista de admitidos a la segunda fase solo se publicará el 31 de mayo."),
    # German "we'll talk on Friday" is logistics, not "you'll hear from us"
    ("DE", "Wir hören uns am Freitag um 10 Uhr zum Telefoninterview."),
    # counted from a step the text never dates
    ("BR", "Os aprovados serão convocados em até dez dias após a homologação do resultado."),
]


@pytest.mark.parametrize(("country", "text"), NO_PROMISE)
def test_no_promise(country: str, text: str) -> None:
    assert _by(text, country, "2027-05-10T10:00:00+02:00") is None, text


@pytest.mark.parametrize("text", [
    "ș" * 50_000 + " Vă vom suna săptămâna viitoare.",
    "Vi risponderemo " * 5_000 + "entro la terza settimana di marzo.",
    "após a dinâmica de grupo de " * 3_000 + "sexta",
    "Sie hören \x00\ufffd von uns 9. 9. 9. " * 2_000,
])
def test_bad_input_never_raises(text: str) -> None:
    found = extract_timeline(text, datetime.fromisoformat("2027-05-10T10:00:00+02:00"),
                             country="RO")
    assert found is None or found.respond_by >= date(2027, 5, 10)
