"""Classes of phrasing added in round 20 by the helper "tl20i" for languages other than English
(check set ``tests/data/real_timeline_t20i.py``):

- Russian in full (``ru_words``): counts in the cases they take ("пяти рабочих дней", "двух
  недель", "48 часов", "7-дневный срок"), one unit after "в течение" ("в течение недели"), its
  cues, "на следующей неделе", "до конца (следующей) недели / месяца", weekdays in the
  accusative, months in the genitive ("не позднее 3 июля"), "сегодня";
- month end in Russian, Bulgarian, Slovenian, Ukrainian (``grammar``);
- "N working days after <holiday>" and "after <holiday>, within N working days" in Russian,
  Malay, Vietnamese, Lithuanian, Arabic, with the holidays by the names people write in the case
  "after" takes ("после Дня народного единства", "selepas Hari Raya Aidilfitri", "po Joninių")
  (``holiday_words``, ``grammar``, ``event_days``); "before <holiday>" in Estonian, Russian,
  Latvian, Lithuanian, Malay, Vietnamese, Arabic (``holiday_anchors``);
- Lithuanian month-first dates ("iki birželio 30 d."), abbreviated Thai months before a
  Buddhist-era year ("3 ส.ค. 2579"), Tamil months, Tagalog weekdays;
- Iran's Saturday-to-Wednesday week (``businessdays``, ``relative``);
- no promise: a count from a step the text does not date ("после заседания комиссии", "من
  انتهاء الاختبارات", "na het tweede gesprek"), a Russian usual length ("обычно ... занимает"),
  the Dutch summer holiday (regionally staggered) (``context``, ``clauses``,
  ``holiday_anchors``).

Each class is tested in wording of its own (not the check set's), with look-alikes and bad
input; the expected days were worked out by hand with ``datetime`` and the ``holidays`` package
(references in 2036: Russia Day is Thursday 12 June, Unity Day Tuesday 4 November, Malaysia's
Eid al-Fitr 19-20 November, Tet 27 January to 1 February, Estonia's Victory Day and Midsummer
Day 23-24 June).
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from timeline_check import respond_by as _by

from interview_sync.core.timeline.businessdays import working_week
from interview_sync.core.timeline.extract import extract_timeline


@pytest.mark.parametrize(("text", "country", "ref", "want"), [
    # three working days from Tuesday 10 June skip Russia Day (Thursday 12): 11, 13, 16 June
    ("Мы дадим ответ в течение трёх рабочих дней.", "RU", "2036-06-10T12:00:00+03:00",
     date(2036, 6, 16)),
    # the end of the week, from Tuesday 4 March
    ("Мы перезвоним вам до конца недели.", "RU", "2036-03-04T12:00:00+03:00", date(2036, 3, 7)),
    # a weekday in the accusative, from Tuesday 4 March: Wednesday 5 March
    ("Решение руководителя сообщим в среду.", "RU", "2036-03-04T12:00:00+03:00",
     date(2036, 3, 5)),
    # a date in the genitive
    ("Итоги подведём не позднее 3 июля.", "RU", "2036-06-09T12:00:00+03:00", date(2036, 7, 3)),
    # one unit after "в течение": a month from 9 June
    ("Ответ вы получите в течение месяца.", "RU", "2036-06-09T12:00:00+03:00", date(2036, 7, 9)),
    # next week, from Wednesday 17 September: Monday 22 to Friday 26
    ("Напишем вам на следующей неделе.", "RU", "2036-09-17T12:00:00+03:00", date(2036, 9, 26)),
    # the end of next week
    ("Свяжемся с вами до конца следующей недели.", "RU", "2036-09-17T12:00:00+03:00",
     date(2036, 9, 26)),
    # hours: 24 hours is the next day
    ("Обратную связь дадим в течение 24 часов.", "RU", "2036-09-17T12:00:00+03:00",
     date(2036, 9, 18)),
    # a seven-day term
    ("Результат сообщим в 5-дневный срок.", "RU", "2036-09-17T12:00:00+03:00",
     date(2036, 9, 22)),
    # the month's end in Russian and Bulgarian
    ("Ответ направим до конца месяца.", "RU", "2036-10-22T12:00:00+03:00", date(2036, 10, 31)),
    ("Ще ви отговорим до края на месеца.", "BG", "2036-10-22T12:00:00+03:00",
     date(2036, 10, 31)),
    # two working days after Unity Day (Tuesday 4 November): 5, 6 November
    ("Сообщим решение в течение двух рабочих дней после Дня народного единства.", "RU",
     "2036-10-29T12:00:00+03:00", date(2036, 11, 6)),
    # three working days after Hari Raya (19-20 November): 21, 24, 25 November
    ("Kami akan memaklumkan keputusan dalam tempoh tiga hari bekerja selepas Hari Raya "
     "Aidilfitri.", "MY", "2036-11-12T10:00:00+08:00", date(2036, 11, 25)),
    # after Tet, then a count: 4, 5, 6 February
    ("Chúng tôi sẽ phản hồi sau Tết, trong vòng 3 ngày làm việc.", "VN",
     "2036-01-20T10:00:00+07:00", date(2036, 2, 6)),
    # before Jaanipäev (Tuesday 24 June; Victory Day on Monday 23): Friday 20 June
    ("Otsusest anname teada enne jaanipäeva.", "EE", "2036-06-09T10:00:00+03:00",
     date(2036, 6, 20)),
    # Lithuanian: the month's genitive, then the day
    ("Sprendimą pranešime iki birželio 30 d.", "LT", "2036-06-09T10:00:00+03:00",
     date(2036, 6, 30)),
    # Thai: an abbreviated month and a Buddhist-era year (2579 = 2036)
    ("จะแจ้งผลภายในวันที่ 3 ส.ค. 2579", "TH", "2036-07-22T10:00:00+07:00", date(2036, 8, 3)),
    # Tamil: the month, then the day
    ("முடிவுகள் ஆகஸ்ட் 5 அன்று அறிவிக்கப்படும்.", "IN", "2036-07-22T10:00:00+05:30",
     date(2036, 8, 5)),
    # Tagalog: "sa Huwebes", on Thursday, from Tuesday 22 July
    ("Tatawagan ka namin sa Huwebes.", "PH", "2036-07-22T10:00:00+08:00", date(2036, 7, 24)),
    # Iran's next week from Saturday 10 May: Saturday 17 to Wednesday 21 May
    ("نتیجه را هفته آینده اعلام می‌کنیم.", "IR", "2036-05-10T10:00:00+03:30", date(2036, 5, 21)),
    # the end of a named month in Russian and Bulgarian ("до конца ноября", "до края на януари")
    ("Решение сообщим до конца ноября.", "RU", "2036-10-15T10:00:00+03:00", date(2036, 11, 30)),
    ("Ще ви уведомим до края на януари.", "BG", "2036-12-10T10:00:00+02:00", date(2037, 1, 31)),
    # Hindi "बता देंगे" (we will tell) by this Thursday, from Monday 9 June
    ("हम आपको इस गुरुवार तक बता देंगे।", None, "2036-06-09T10:00:00+05:30", date(2036, 6, 12)),
    # Urdu's English loan "ورکنگ ڈیز" (working days), from Tuesday 10 June
    ("نتیجہ دو ورکنگ ڈیز میں ای میل کر دیا جائے گا۔", None, "2036-06-10T10:00:00+05:00",
     date(2036, 6, 12)),
    # Estonian "hiljemalt" (at the latest) with a date in May's adessive and with Jaanipäev
    ("Valituid teavitame hiljemalt 28. mail.", "EE", "2036-05-12T10:00:00+03:00",
     date(2036, 5, 28)),
    ("Vastuse saate hiljemalt jaanipäevaks.", "EE", "2036-06-09T10:00:00+03:00",
     date(2036, 6, 24)),
])
def test_round20_promises(text: str, country: str, ref: str, want: date) -> None:
    assert _by(text, country, ref) == want


@pytest.mark.parametrize(("text", "country"), [
    # counted from a step the text does not date
    ("О результатах сообщим в течение недели после заседания комиссии.", "RU"),
    ("سنبلغك بالنتيجة خلال أسبوع من انتهاء الاختبارات.", "SA"),
    ("Binnen drie werkdagen na het laatste gesprek bellen we je.", "NL"),
    # a usual length of the process
    ("Обычно процесс отбора занимает около месяца.", "RU"),
    # the Netherlands' staggered summer holidays
    ("Na de zomervakantie hoor je van ons.", "NL"),
    # a count back from an event: at least two working days before the test
    ("Apie testo laiką pranešime ne vėliau kaip prieš 2 darbo dienas.", "LT"),
    # logistics, no answer promised
    ("Собеседование пройдёт в пятницу в 11:00, возьмите с собой паспорт.", "RU"),
])
def test_round20_no_promise(text: str, country: str) -> None:
    assert _by(text, country, "2036-06-09T10:00:00+03:00") is None


def test_the_date_named_before_anchors_a_russian_count() -> None:
    # "the competition ends on 20 June; results within five days of its end": 25 June
    assert _by("Конкурс завершится 20 июня; результаты сообщим в 5-дневный срок со дня его "
               "завершения.", "RU", "2036-06-09T10:00:00+03:00") == date(2036, 6, 25)


def test_irans_week_runs_saturday_to_wednesday() -> None:
    days = working_week(date(2036, 5, 19), country="IR")  # the week of Monday 19 May
    assert days[0] == date(2036, 5, 17) and days[-1] == date(2036, 5, 21)
    assert all(day.weekday() not in (3, 4) for day in days)  # no Thursday, no Friday


@pytest.mark.parametrize("text", [
    "", "в течение", "до конца", "в течение " * 2000, "пяти рабочих дней " * 500,
    "Результаты\x00 сообщим\u202e в течение 5 рабочих дней после Дня России" * 50,
    "จะแจ้งผลภายในวันที่ ก.ค. ก.ค. 2580 " * 300, "iki gruodžio d. " * 400,
    "بعد انتهاء إجازة عيد الفطر خلال " * 300,
])
def test_round20_bad_input_never_raises_nor_crawls(text: str) -> None:
    start = time.perf_counter()
    for country in (None, "RU", "IR", "TH"):
        extract_timeline(text, datetime.fromisoformat("2036-06-09T10:00:00+03:00"),
                         country=country)
    assert time.perf_counter() - start < 2.0
