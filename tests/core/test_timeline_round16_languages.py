"""Classes of phrasing added in round 16 by the helper "tl16i" for languages other than English
(check set ``tests/data/real_timeline_t16i.py``):

- each language's everyday "we'll call / tell / contact you", by its grammar: Finnish first
  person plural and impersonal passive ("soitamme", "kerrotaan"), Greek "θα σας" + the verb,
  Estonian "helistame", Turkish "bilgi vereceğiz", the Nordic verb-second order ("efter intervjun
  hör vi av oss"), the Romance present ("vi facciamo sapere", "te ligo"), German separable
  "anrufen", French "vous dira" (``promise_words``); Turkish capital "İ" (``extract``);
- a usual length said impersonally ("in genere servono", "genellikle ... sürer") and "at the
  earliest" in the other languages are no promise (``clauses``, ``cues``);
- next week's day told either way ("gelecek haftanın salı günü", "ensi viikon keskiviikkona",
  "torsdag nästa vecka", "fredag i næste uge") (``grammar``, ``named_days``);
- Estonian months after the day ("3. juunil", "10. septembriks") (``lexicon``, ``time_words``);
- a postposed "after <holiday>" and what it names next: the first working day, the week, a
  weekday (``holiday_words``, ``holiday_anchors``); Korean and Japanese "first working day after
  the break" and this or next month's day; a kanji-only Japanese line (``cjk``, ``cjk_words``);
- this afternoon or evening in the other languages ("vanavond", "i kväll") (``grammar``).

Each class is tested in wording of its own (not the check set's), with look-alikes that must stay
no promise and bad input; the expected days were worked out by hand with ``datetime`` and the
``holidays`` package (references in 2030).
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
    # the employer's usual time for its own answer is a promise (round 23's convention,
    # docs/timelines.md; this wording was a no-promise case before it)
    ("PT", "2030-03-04T10:00:00+01:00", "A resposta normalmente leva uma semana.",
     "2030-03-11", "2030-03-11"),
    # Turkish: a capital İ, a count of business days; next week's Tuesday (the genitive); the
    # first working day after Ramazan Bayramı (4-6 February 2030): Thursday the 7th
    ("TR", "2030-03-04T10:00:00+03:00", "İki iş günü içinde size bilgi vereceğiz.",
     "2030-03-06", "2030-03-06"),
    ("TR", "2030-03-07T10:00:00+03:00", "Gelecek haftanın salı günü sizi arayacağız.",
     "2030-03-12", "2030-03-12"),
    ("TR", "2030-01-28T10:00:00+03:00",
     "Sonucu Ramazan Bayramı'ndan sonraki ilk iş günü bildireceğiz.", "2030-02-07", "2030-02-07"),
    # Finnish: "soitamme", three working days; next week's Wednesday; the week after Midsummer
    # (21-22 June 2030) and after Easter (Easter Monday 22 April: Tuesday to Friday)
    ("FI", "2030-03-04T10:00:00+02:00", "Soitamme sinulle kolmen työpäivän kuluessa.",
     "2030-03-07", "2030-03-07"),
    ("FI", "2030-03-04T10:00:00+02:00", "Kerromme tuloksesta ensi viikon keskiviikkona.",
     "2030-03-13", "2030-03-13"),
    ("FI", "2030-06-10T10:00:00+03:00", "Valinnoista kerrotaan juhannuksen jälkeisellä viikolla.",
     "2030-06-24", "2030-06-28"),
    ("FI", "2030-04-10T10:00:00+03:00", "Kerromme päätöksestä pääsiäisen jälkeisellä viikolla.",
     "2030-04-23", "2030-04-26"),
    ("FI", "2030-06-10T10:00:00+03:00", "Soitamme juhannuksen jälkeisenä tiistaina.",
     "2030-06-25", "2030-06-25"),
    # Greek: three working days from Friday 15 March
    ("GR", "2030-03-15T10:00:00+02:00",
     "Θα σας πούμε το αποτέλεσμα μέσα σε τρεις εργάσιμες ημέρες.", "2030-03-20", "2030-03-20"),
    # Estonian months after the day
    ("EE", "2030-05-20T10:00:00+03:00", "Helistame teile 3. juunil.", "2030-06-03", "2030-06-03"),
    ("EE", "2030-05-20T10:00:00+03:00", "Anname otsusest teada 10. septembriks.",
     "2030-09-10", "2030-09-10"),
    # Nordic verb-second and a weekday before "next week"
    ("SE", "2030-03-04T10:00:00+01:00",
     "Efter intervjun hör vi av oss senast torsdag nästa vecka.", "2030-03-14", "2030-03-14"),
    ("DK", "2030-03-04T10:00:00+01:00", "Vi ringer dig fredag i næste uge.",
     "2030-03-15", "2030-03-15"),
    ("SE", "2030-03-04T10:00:00+01:00", "Vi ringer dig i kväll.", "2030-03-04", "2030-03-04"),
    # Korean: the first working day after Seollal (2-5 February 2030), next month's 3rd
    ("KR", "2030-01-28T10:00:00+09:00", "설 연휴가 끝난 뒤 첫 영업일에 연락드리겠습니다.",
     "2030-02-06", "2030-02-06"),
    ("KR", "2030-05-20T10:00:00+09:00", "다음 달 3일에 결과를 알려 드립니다.",
     "2030-06-03", "2030-06-03"),
    # Japanese: next month's 10th; a kanji-only line, with and without a country
    ("JP", "2030-05-20T10:00:00+09:00", "結果は来月10日までにご連絡します。",
     "2030-06-10", "2030-06-10"),
    ("JP", "2030-03-04T10:00:00+09:00", "選考結果連絡：三営業日以内", "2030-03-07", "2030-03-07"),
    (None, "2030-03-04T10:00:00+09:00", "選考結果連絡：三営業日以内", "2030-03-07", "2030-03-07"),
    # the Romance present, German "anrufen", French "vous dira", Dutch "vanavond"
    ("IT", "2030-03-04T10:00:00+01:00", "Vi facciamo sapere entro giovedì.",
     "2030-03-07", "2030-03-07"),
    ("BR", "2030-03-04T10:00:00-03:00", "Te ligo na sexta-feira, dia 8.",
     "2030-03-08", "2030-03-08"),
    ("DE", "2030-03-04T10:00:00+01:00", "Wir rufen Sie spätestens am Mittwoch an.",
     "2030-03-06", "2030-03-06"),
    ("FR", "2030-03-04T10:00:00+01:00", "Le jury vous dira sous huitaine si vous êtes retenu.",
     "2030-03-11", "2030-03-12"),
    ("NL", "2030-03-04T10:00:00+01:00", "Je hoort vanavond van ons.", "2030-03-04", "2030-03-04"),
    # round 24: the usual time of the employer's own answer ("a return is usually made within two
    # weeks") is a promise (the round-23 convention, applied to other languages by tl24i)
    ("TR", "2030-03-04T10:00:00+01:00", "Genellikle iki hafta içinde geri dönüş yapılır.",
     "2030-03-18", "2030-03-18"),
]


@pytest.mark.parametrize(("country", "ref", "text", "lo", "hi"), PROMISES)
def test_promises(country: str | None, ref: str, text: str, lo: str, hi: str) -> None:
    found = _by(text, country, ref)
    assert found is not None, text
    assert date.fromisoformat(lo) <= found <= date.fromisoformat(hi), (text, found)


# Look-alikes: usual lengths said impersonally, "at the earliest", the candidate's own claim, a
# negated condition, a Chinese text that merely shares a character with Japanese
NO_PROMISE = [
    ("IT", "In genere servono tre settimane per concludere la selezione."),
    ("TR", "Değerlendirme genellikle on gün sürer."),
    ("GR", "Η επιλογή συνήθως διαρκεί δύο εβδομάδες."),
    ("SE", "Du får besked tidigast i vecka 20."),
    ("DK", "Svar gives tidligst fredag."),
    ("FI", "Päätös tehdään aikaisintaan ensi viikolla."),
    ("KR", "불합격자 서류 반환 청구는 30일 이내에 가능합니다."),
    ("IT", "Se non ti chiamiamo entro lunedì, non preoccuparti."),
]


@pytest.mark.parametrize(("country", "text"), NO_PROMISE)
def test_no_promise(country: str, text: str) -> None:
    assert _by(text, country, "2030-03-04T10:00:00+01:00") is None


def test_italian_time_to_answer_you_stays_a_promise() -> None:
    """ "It takes 3 to 10 working days to give you feedback": the employer's own step."""
    found = _by("Di solito ci vogliono dai 3 ai 5 giorni lavorativi per darti un riscontro.",
                "IT", "2030-03-04T10:00:00+01:00")
    assert found == date(2030, 3, 11)


def test_korean_results_you_may_check_stay_a_promise() -> None:
    found = _by("최종 합격자 발표는 3월 8일 홈페이지에서 확인하실 수 있습니다.", "KR",
                "2030-03-04T10:00:00+09:00")
    assert found == date(2030, 3, 8)


@pytest.mark.parametrize("text", [
    "İ" * 5000, "İİ iş günü içinde" * 300, "ensi viikon " * 500, "juhannuksen jälkeisellä " * 300,
    "合否連絡" * 2000, "이달 " * 1000 + "20일", "rufen wir " * 800, "\x00İ\ud800",
])
def test_bad_input_never_raises(text: str) -> None:
    for country in (None, "TR", "FI", "JP", "KR"):
        extract_timeline(text, datetime(2030, 3, 4, 10, 0), country=country)
