"""Classes of phrasing added in round 19 by the helper "tl19i" for languages other than English
(check set ``tests/data/real_timeline_t19i.py``):

- durations in Slovak ("do šiestich / siedmich dní", ``lexicon``, ``time_words``), Bulgarian,
  Malay (the figure after the word: "lima (5) hari bekerja"), Hindi, Urdu, Persian, Bengali (its own digits), Tamil, Tagalog ("-ng" tied numbers), Latvian, Thai
  (a unit run into the next word), Egyptian Arabic's spoken numbers, and Swahili, which puts the
  unit before its count ("wiki mbili"); hours counted as days ("48 घंटे": two days)
  (``far_counts``, ``far_words``);
- their cues, "next week" / "this week", "tomorrow" / "today" ("утре", "esok", "kesho",
  "فردا", "днес", "hari ini") (``far_counts``, ``grammar``);
- Thai, written without spaces, read with a space put before each word the reader knows
  (``far_counts.thai_spaced``); Thai month names;
- Bangladesh's Sunday-to-Thursday week (``businessdays``);
- the Bulgarian, Malay, Hindi, Levantine Arabic and Tagalog month names, Bulgarian, Malay,
  Hindi and Swahili weekdays; "after it" ("след него", "selepas itu", "उसके") counts from the day
  named before, "after the decision" ("след решението") from no day, a step dated after it with
  Malay "dari ..., iaitu <date>" or Arabic "من ... يوم <date>" (``context``);
- no promise: a usual length in Bulgarian, Hindi, Urdu, Persian, Bengali, Swahili, Tagalog,
  Latvian, Vietnamese, Catalan ("обикновено ... отнема", "आमतौर पर ... लगते हैं") (``clauses``);
- the region a text names picks the holiday calendar ("in Stuttgart": Baden-Württemberg's Corpus
  Christi; "in Hamburg": none) (``holiday_regions``).

Each class is tested in wording of its own (not the check set's), with look-alikes that must stay
as they were and bad input; the expected days were worked out by hand with ``datetime`` and the
``holidays`` package (references in 2035: Corpus Christi is 24 May, Malaysia's National Day 31
August falls on a Friday).
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
from interview_sync.core.timeline.far_counts import thai_script, thai_spaced
from interview_sync.core.timeline.holiday_regions import region_named


@pytest.mark.parametrize(("text", "country", "ref", "want"), [
    # Bulgarian working days: Tuesday 13 to Monday 19 February
    ("Ще ви отговорим в срок до пет работни дни.", "BG", "2035-02-12T10:00:00+02:00",
     date(2035, 2, 19)),
    # Malay, the figure after the word; National Day (Friday 31 August) skipped
    ("Keputusan akan dimaklumkan dalam tempoh lima (5) hari bekerja.", "MY",
     "2035-08-27T10:00:00+08:00", date(2035, 9, 4)),
    # Hindi hours: 24 hours is the next day
    ("परिणाम 24 घंटे के भीतर बता दिया जाएगा।", "IN", "2035-01-09T11:00:00+05:30",
     date(2035, 1, 10)),
    # Swahili: the unit, then its count
    ("Tutakujulisha matokeo ndani ya wiki mbili.", "TZ", "2035-03-06T10:00:00+03:00",
     date(2035, 3, 20)),
    # Tagalog: "limang araw", five days
    ("Tatawagan ka namin sa loob ng limang araw.", "PH", "2035-06-04T10:00:00+08:00",
     date(2035, 6, 9)),
    # Urdu: a week
    ("ہم ایک ہفتے کے اندر آپ سے رابطہ کریں گے۔", "PK", "2035-05-02T10:00:00+05:00",
     date(2035, 5, 9)),
    # Thai without spaces: two working days
    ("เราจะแจ้งผลให้ท่านทราบภายใน 2 วันทำการ", "TH", "2035-06-05T10:00:00+07:00",
     date(2035, 6, 7)),
    # Bangladesh: next week runs Sunday 7 to Thursday 11 October
    ("আগামী সপ্তাহে ফলাফল জানানো হবে।", "BD", "2035-10-03T10:00:00+06:00", date(2035, 10, 11)),
    # tomorrow and today
    ("Kesho tutakupigia simu na majibu.", "TZ", "2035-09-11T10:00:00+03:00", date(2035, 9, 12)),
    ("Днес следобед ще ви съобщим решението.", "BG", "2035-09-11T10:00:00+03:00",
     date(2035, 9, 11)),
    ("Kami akan hubungi anda esok.", "MY", "2035-09-11T10:00:00+08:00", date(2035, 9, 12)),
    # counted from a step dated after it: Malay "dari ..., iaitu 5 Mac" (Monday 5 March + 10
    # working days)
    ("Keputusan akan dimaklumkan dalam tempoh 10 hari bekerja dari tarikh tutup permohonan, "
     "iaitu 5 Mac.", "MY", "2035-02-20T10:00:00+08:00", date(2035, 3, 19)),
    # ... and from the day named before: Arabic "من انتهائها" (of its end), Wednesday 7 March
    ("تنتهي المقابلات يوم الأربعاء 7 مارس، وتُعلن النتائج خلال أسبوع من انتهائها.", "SA",
     "2035-02-25T10:00:00+03:00", date(2035, 3, 14)),
    # the Maghreb's month names and the announcement with its article
    ("سيتم الإعلان عن أسماء الناجحين يوم 12 شتنبر.", "MA", "2035-09-01T10:00:00+01:00",
     date(2035, 9, 12)),
    # Slovak "šiestich" (six) working days: Tuesday 10 to Tuesday 17 July
    ("Výsledok vám oznámime do šiestich pracovných dní.", "SK", "2035-07-09T10:00:00+02:00",
     date(2035, 7, 17)),
    # counted from the day named before: Thursday 15 March, then three working days
    ("Финалното интервю е в четвъртък, 15 март; резултатът се обявява до три работни дни след "
     "него.", "BG", "2035-03-01T10:00:00+02:00", date(2035, 3, 20)),
])
def test_round19_promises(text: str, country: str, ref: str, want: date) -> None:
    assert _by(text, country, ref) == want


@pytest.mark.parametrize(("text", "country"), [
    ("आमतौर पर चयन प्रक्रिया में तीन सप्ताह लगते हैं।", "IN"),
    ("Обикновено подборът отнема три седмици.", "BG"),
    ("Kwa kawaida mchakato huchukua wiki tatu.", "TZ"),
    ("معمولاً فرآیند استخدام سه هفته طول می‌کشد.", "IR"),
    # counted from a decision the text never dates
    ("Кандидатите ще бъдат уведомени до пет дни след решението на комисията.", "BG"),
    # what candidates in general experience
    ("Thông thường ứng viên sẽ nhận kết quả sau khoảng một tuần.", "VN"),
    # a lower bound
    ("Ще ви уведомим поне пет работни дни преди изпита.", "BG"),
])

def test_round19_no_promise(text: str, country: str) -> None:
    assert _by(text, country, "2035-04-10T10:00:00+02:00") is None


def test_the_employers_own_usual_answer_stays_a_promise() -> None:
    # "usually we reply within five working days": the employer's own habit, a promise
    found = _by("Thông thường bên mình sẽ phản hồi trong vòng 5 ngày làm việc.", "VN",
                "2035-04-09T10:00:00+07:00")
    assert found is not None


def test_the_region_named_picks_the_holidays() -> None:
    # Corpus Christi (Thursday 24 May) is kept in Baden-Württemberg, not in Hamburg
    text = "Sie erhalten innerhalb von drei Arbeitstagen nach dem Gespräch in {} eine Rückmeldung."
    ref = "2035-05-23T10:00:00+02:00"
    assert _by(text.format("Stuttgart"), "DE", ref) == date(2035, 5, 29)
    assert _by(text.format("Hamburg"), "DE", ref) == date(2035, 5, 28)
    assert region_named("unsere Münchner Zentrale", "DE") == "BY"
    assert region_named("Treffpunkt in der Halle, dann Essen", "DE") is None  # common words
    assert region_named("Büros in Köln und Leipzig", "DE") is None  # two regions: none
    assert region_named("l'oficina de Tarragona", "ES") == "CT"
    assert region_named("Barcelona", "FR") is None
    assert region_named("Berlin", None) is None


def test_thai_spacing() -> None:
    assert thai_script("แจ้งผล") and not thai_script("plain text") and not thai_script("日本語")
    assert thai_spaced("จะแจ้งผลภายใน 5 วัน") == "จะ แจ้งผล ภายใน 5 วัน"


@pytest.mark.parametrize("text", [
    "", "ภายใน" * 20_000, "siku " * 20_000, "ndani ya siku " + "saba " * 5_000,
    "\x00\ud800 ١٠ কর্মদিবস" * 2_000, "Münchner " * 10_000 + "Kölner", "१० दिन " * 10_000,
])
def test_round19_bad_input_never_raises_nor_crawls(text: str) -> None:
    started = time.perf_counter()
    extract_timeline(text, datetime(2035, 1, 1, 10), country="TH")
    extract_timeline(text, datetime(2035, 1, 1, 10), country="DE")
    assert time.perf_counter() - started < 5.0
