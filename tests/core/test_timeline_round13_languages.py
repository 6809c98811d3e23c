"""Language coverage added in round 13 by the language helper "tlz" (check set
``tests/data/real_timeline_t13z.py``): a Chinese reader (``zh``, ``zh_words``: Simplified and
Traditional, Chinese numerals, 工作日 in China's calendar with its make-up working days, weeks,
weekdays, dates, month parts, holidays with 前 / 后 / 后第一个工作日, and what promises nothing),
Finnish "työpäivän" and the numerals 7-9, a month's end after its genitive ("kesäkuun loppuun
mennessä"), the Finnish appeal ("oikaisu"), Polish genitive numerals ("ośmiu dni roboczych") and
"do końca <month>", Portuguese "no próximo dia N".

Each class is tested in wording of its own (not the check set's), with a look-alike where it has
one and bad input (mixed scripts, an enormous Han text); the expected days were worked out by hand
with ``datetime`` and the ``holidays`` package.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from timeline_check import respond_by as _by

from interview_sync.core.timeline.businessdays import add_business_days, is_business_day
from interview_sync.core.timeline.extract import extract_timeline
from interview_sync.core.timeline.zh import holds_han
from interview_sync.core.timeline.zh_words import number

# (country, reference, text, first and last day accepted for the day promised)
CHINESE = [
    ("CN", "2026-11-02T10:00:00+08:00", "三个工作日内我们会电话联系你。", "2026-11-05", "2026-11-05"),
    # National Day (1-7 October 2026) skipped
    ("CN", "2026-09-29T10:00:00+08:00", "两个工作日内给您答复。", "2026-10-08", "2026-10-08"),
    # Saturday 14 February 2026 is a make-up working day before the Spring Festival
    ("CN", "2026-02-12T10:00:00+08:00", "我们会在两个工作日内通知结果。", "2026-02-14", "2026-02-14"),
    # a range: its upper end
    ("CN", "2026-11-02T10:00:00+08:00", "面试结果1-2周内邮件通知。", "2026-11-16", "2026-11-16"),
    ("CN", "2026-11-02T10:00:00+08:00", "十五天内给你回复。", "2026-11-17", "2026-11-17"),
    ("CN", "2026-11-04T10:00:00+08:00", "下周一之前我们会联系你。", "2026-11-09", "2026-11-09"),
    ("CN", "2026-11-04T10:00:00+08:00", "录用结果将于11月20日公布。", "2026-11-20", "2026-11-20"),
    ("CN", "2026-11-04T10:00:00+08:00", "下个月初通知面试结果。", "2026-12-01", "2026-12-10"),
    # before New Year's Day (Friday 1 January 2027): the working day before
    ("CN", "2026-12-21T10:00:00+08:00", "元旦前给你答复。", "2026-12-31", "2026-12-31"),
    # after Mid-Autumn (Wednesday 15 September 2027): the rest of that week
    ("CN", "2027-09-08T10:00:00+08:00", "中秋节后给你们发录用通知。", "2027-09-16", "2027-09-17"),
    # "年后": after the Spring Festival break (5-10 February 2027)
    ("CN", "2027-01-20T10:00:00+08:00", "年后再通知你面试结果。", "2027-02-11", "2027-02-12"),
    # Taiwan: Confucius' Birthday (Tuesday 28 September 2027) skipped
    ("TW", "2027-09-24T10:00:00+08:00", "我們將於五個工作天內以電話通知。", "2027-10-04", "2027-10-04"),
    # mixed scripts, a Chinese promise in an English frame
    ("CN", "2026-11-04T10:00:00+08:00", "Hi Wang Wei, 面试结果下周三前通知你. Best, HR",
     "2026-11-11", "2026-11-11"),
    # no country: China's calendar
    (None, "2026-09-29T10:00:00+08:00", "两个工作日内给您答复。", "2026-10-08", "2026-10-08"),
]


@pytest.mark.parametrize(("country", "ref", "text", "lo", "hi"), CHINESE)
def test_chinese_promises(country: str | None, ref: str, text: str, lo: str, hi: str) -> None:
    found = _by(text, country, ref)
    assert found is not None, text
    assert date.fromisoformat(lo) <= found <= date.fromisoformat(hi), (text, found)


NO_PROMISE = [
    ("CN", "通常面试后一周内会有结果。"),  # a usual length
    ("CN", "请于三个工作日内提交体检报告。"),  # the candidate's own step
    ("CN", "录用名单公示期为五个工作日。"),  # a publicity period
    ("CN", "报到后一个月内完成入职培训，结果另行通知。"),  # counted from an undated step
    ("CN", "公司地址：北京市朝阳区建国路88号，地铁1号线。"),  # logistics
    ("CN", "我们会尽快回复你。"),  # no day
    ("CN", "笔试时间：5月16日上午9点。"),  # a date with no promise word
    # the candidate's appeal ("valinnasta" is a promise word; the window is theirs)
    ("FI", "Valinnasta tehtyyn päätökseen saa hakea oikaisua 14 päivän kuluessa."),
]


@pytest.mark.parametrize(("country", "text"), NO_PROMISE)
def test_what_promises_nothing(country: str, text: str) -> None:
    assert _by(text, country, "2026-11-02T10:00:00+02:00") is None


def test_make_up_working_days_are_business_days() -> None:
    assert is_business_day(date(2026, 2, 14), country="CN")  # a Saturday made a working day
    assert not is_business_day(date(2026, 2, 15), country="CN")
    assert not is_business_day(date(2026, 2, 14), country="DE")
    assert not is_business_day(date(2026, 2, 14))
    assert add_business_days(date(2026, 10, 9), 1, country="CN") == date(2026, 10, 10)


def test_japanese_and_english_look_alikes_keep_their_readers() -> None:
    # kanji with kana: the Japanese reader (Culture Day, 3 November, skipped)
    assert _by("結果は5営業日以内にご連絡します。", "JP",
               "2026-11-02T10:00:00+09:00") == date(2026, 11, 10)
    # a name in Han characters in an English text: the main reader still reads it
    assert _by("Interview with 王伟. We'll get back to you within 3 business days.", "US",
               "2026-11-02T10:00:00-05:00") == date(2026, 11, 5)


def test_han_gate_and_numerals() -> None:
    assert not holds_han("we will call you within three days")
    assert not holds_han("café à 10h")
    assert holds_han("三天内通知")
    assert [number(n) for n in ("三", "十", "十五", "二十", "两", "兩", "12", "x")] == [
        3, 10, 15, 20, 2, 2, 12, None]


def test_bad_input_never_raises() -> None:
    ref = datetime.fromisoformat("2026-11-02T10:00:00+08:00")
    for text in ("通知" * 200_000 + "三个工作日内", "一" * 50_000 + "周内通知",
                 "三个工作日内\x00通知 👍 Привет مرحبا 你好", "999个工作日内通知", "周" * 10_000,
                 "国庆节后" * 5_000 + "通知", "（）" * 1000 + "月底前通知"):
        extract_timeline(text, ref, country="CN")


# (country, reference, text, the day promised)
EUROPEAN = [
    # Finnish 7 and "työpäivän": Midsummer Eve (Friday 25 June 2027) skipped
    ("FI", "2027-06-21T10:00:00+03:00", "Ilmoitamme valinnasta seitsemän työpäivän kuluessa.",
     "2027-07-01"),
    ("FI", "2027-05-10T10:00:00+03:00",
     "Päätös tehdään kesäkuun loppuun mennessä, ja ilmoitamme siitä sähköpostilla.", "2027-06-30"),
    # Polish 8 in the genitive: 1 and 3 May 2027 skipped
    ("PL", "2027-04-28T10:00:00+02:00", "Odpowiemy w ciągu ośmiu dni roboczych.", "2027-05-11"),
    ("PL", "2027-11-03T10:00:00+01:00", "Wyniki ogłosimy do końca listopada.", "2027-11-30"),
    # look-alike: the end of the week is still the week's
    ("PL", "2027-11-03T10:00:00+01:00", "Damy znać do końca tygodnia.", "2027-11-05"),
    ("BR", "2027-05-03T10:00:00-03:00", "A nota final será publicada no próximo dia 20.",
     "2027-05-20"),
]


@pytest.mark.parametrize(("country", "ref", "text", "day"), EUROPEAN)
def test_finnish_polish_portuguese_words(country: str, ref: str, text: str, day: str) -> None:
    assert _by(text, country, ref) == date.fromisoformat(day)
