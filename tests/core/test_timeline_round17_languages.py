"""Classes of phrasing added in round 17 by the helper "tl17i" for languages other than English
(check set ``tests/data/real_timeline_t17i.py``):

- the first working day after a holiday in Romanian, Greek, Croatian, Slovak and more; Romanian
  "după" and the Romanian and Slovak holiday names; Greek national days by their dates; Croatian
  genitive names ("nakon Dana državnosti") (``holiday_words``, ``holiday_anchors``, ``grammar``);
- "the week after <holiday>" in the languages without articles, and a bridge's week (the one its
  Monday opens) (``named_days``);
- working hours ("72 heures ouvrables") as whole working days (``time_words``, ``relative``);
  "utgangen av <month>" (``time_words``); a bare "posteriormente" / "después" counting from the
  day named before (``context``); Korean "다음 주에" (``cjk_words``);
- no promise: "a few / several weeks" in any language, Spanish objection windows, lower bounds
  in the Slavic languages (``relative``, ``cues``);
- Indonesian, Vietnamese, Ukrainian, Hebrew and Arabic durations, dates and response words
  (``far_words``).

Each class is tested in wording of its own (not the check set's), with look-alikes that must stay
no promise and bad input; the expected days were worked out by hand with ``datetime`` and the
``holidays`` package (references in 2032, and 2028 for a Monday bridge).
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from timeline_check import respond_by as _by

from interview_sync.core.timeline.extract import extract_timeline

# (country, reference, text, first and last day accepted for the day promised)
PROMISES = [
    # Orthodox Easter Monday is 3 May 2032: Tuesday 4
    ("RO", "2032-04-20T10:00", "Vă contactăm în prima zi lucrătoare după Paști.",
     "2032-05-04", "2032-05-04"),
    # Independence Day, Thursday 25 March: Friday 26
    ("GR", "2032-03-18T10:00", "Θα σας ενημερώσουμε την πρώτη εργάσιμη μετά την 25η Μαρτίου.",
     "2032-03-26", "2032-03-26"),
    # Anti-Fascist Struggle Day, Tuesday 22 June: Wednesday 23
    ("HR", "2032-06-15T10:00", "Odgovor ćete dobiti prvi radni dan nakon Dana antifašističke borbe.",
     "2032-06-23", "2032-06-23"),
    # Easter Monday 29 March: Tuesday 30
    ("SK", "2032-03-20T10:00", "Ozveme sa prvý pracovný deň po Veľkej noci.",
     "2032-03-30", "2032-03-30"),
    # Labour Day is Monday 1 May 2028: the bridge's week is Tuesday 2 to Friday 5
    ("ES", "2028-04-20T10:00", "Te escribimos la semana después del puente de mayo.",
     "2028-05-02", "2028-05-05"),
    # the week after Easter in Polish and Romanian (Easter Monday a holiday: Tuesday to Friday)
    ("PL", "2032-03-15T10:00", "Odezwiemy się w tygodniu po Wielkanocy.", "2032-03-30", "2032-04-02"),
    # three working days from Thursday 1 July: 2, 5, 6 July
    ("FR", "2032-07-01T10:00", "Vous aurez une réponse sous 72 heures ouvrables.",
     "2032-07-06", "2032-07-06"),
    # counted from the dated meeting: Tuesday 9 March + 5 days = Sunday 14 (Monday 15 too)
    ("ES", "2032-03-01T10:00", "La comisión se reúne el martes 9 de marzo; posteriormente le "
     "comunicaremos el resultado en cinco días.", "2032-03-14", "2032-03-15"),
    ("NO", "2032-05-10T10:00", "Du får svar innen utgangen av juni.", "2032-06-30", "2032-06-30"),
    ("KR", "2032-03-10T10:00", "다음 주에 결과를 알려드릴게요.", "2032-03-15", "2032-03-19"),
    # Ascension Day is Thursday 6 May: 7, 10, 11
    ("SE", "2032-05-03T10:00", "Vi hör av oss inom tre arbetsdagar efter Kristi himmelsfärd.",
     "2032-05-11", "2032-05-11"),
    # Indonesian, Vietnamese, Ukrainian, Hebrew, Arabic
    ("ID", "2032-03-04T10:00", "Kami akan mengabari Anda dalam waktu tiga hari kerja.",
     "2032-03-09", "2032-03-09"),
    ("ID", "2032-03-01T10:00", "Keputusan akan kami kirim paling lambat 10 Maret.",
     "2032-03-10", "2032-03-10"),
    ("VN", "2032-03-01T10:00", "Chúng tôi sẽ phản hồi trong vòng 5 ngày làm việc.",
     "2032-03-08", "2032-03-08"),
    ("VN", "2032-03-30T10:00", "Kết quả sẽ được gửi vào ngày 12 tháng 4.", "2032-04-12", "2032-04-12"),
    # "thứ hai" is Monday, not "two days"
    ("VN", "2032-01-20T10:00", "Chúng tôi sẽ thông báo kết quả vào thứ hai ngày 9 tháng 2.",
     "2032-02-09", "2032-02-09"),
    ("UA", "2032-02-02T10:00", "Ми зв'яжемося з вами протягом двох тижнів.", "2032-02-16", "2032-02-16"),
    ("IL", "2032-02-01T10:00", "נעדכן אותך בתוך שבועיים.", "2032-02-15", "2032-02-15"),
    ("EG", "2032-02-01T10:00", "سنبلغك بالقرار خلال ثلاثة أيام.", "2032-02-04", "2032-02-04"),
]


@pytest.mark.parametrize(("country", "ref", "text", "first", "last"), PROMISES)
def test_the_promised_day(country: str, ref: str, text: str, first: str, last: str) -> None:
    found = _by(text, country, ref)
    assert found is not None, text
    assert date.fromisoformat(first) <= found <= date.fromisoformat(last), (text, found)


NO_PROMISE = [
    # too wide to name a day
    ("SE", "Alla som söker får besked inom några veckor."),
    ("DE", "Sie erhalten in einigen Wochen eine Antwort von uns."),
    ("PL", "Odpowiemy w ciągu kilku tygodni."),
    ("US", "We'll let you know within a few weeks."),
    # the candidates' objections, a lower bound
    ("ES", "Los reclamos pueden presentarse durante tres días hábiles tras la publicación."),
    ("HR", "O terminu ćemo vas obavijestiti najmanje pet dana prije razgovora."),
    # a weekend, not a week; an invitation, not an answer
    ("KR", "다음 주말에 면접 일정을 잡을게요."),
    ("ID", "Wawancara berlangsung selama dua hari di kantor pusat."),
    ("UA", "Співбесіда триватиме три дні."),
]


@pytest.mark.parametrize(("country", "text"), NO_PROMISE)
def test_no_promise(country: str, text: str) -> None:
    assert _by(text, country, "2032-03-01T10:00") is None, text


def test_a_couple_of_weeks_is_still_a_promise() -> None:
    assert _by("We'll be in touch over the next couple of weeks.", "US",
               "2032-03-01T10:00") == date(2032, 3, 15)


BAD = [
    "נחזור אליך תוך שבועיים " * 4000,
    "سنتواصل معك خلال أسبوعين \x00\xff\ud800 ngày 3 tháng 2 " * 2000,
    "thứ hai ngày 99 tháng 99 năm 99999 " * 500,
    "Ми зв'яжемося протягом 999 робочих днів; prima zi lucrătoare după după după " * 1000,
    "\x00\x01\x02" * 10000 + "la semaine après la Pentecôte",
    "다음 주에" * 10000,
    "48 heures ouvrées " * 5000,
]


@pytest.mark.parametrize("text", BAD)
def test_bad_input_never_raises(text: str) -> None:
    started = time.perf_counter()
    extract_timeline(text, datetime(2032, 3, 1, 10), country="IL")
    extract_timeline(text, datetime(2032, 3, 1, 10))
    assert time.perf_counter() - started < 5  # a generous bound: no runaway backtracking
