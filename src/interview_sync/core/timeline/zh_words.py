"""The words of Chinese promises, for ``zh``: numbers, units, weeks, days, months and holidays.

Owns the patterns ``zh`` reads a sentence with (``EXPRESSIONS``, in the order they are tried: an
earlier kind keeps the characters it took), the promise words (``CUE_RE``), the words that make a
sentence no promise (``NO_PROMISE_RE``), the words for "after" that count a duration from a date
named before it (``AFTER_WORDS_RE``), the holidays by the names people use (``HOLIDAYS``) and
``number`` (Arabic and Chinese numerals, 两 / 兩 included). Simplified and Traditional characters
are both written out. Full-width digits and brackets are folded to ASCII first
(``cjk_words.WIDTH``).

Read: N个工作日 / 工作天 / 营业日, N天, N周 / 星期 / 礼拜, N个月 with 内 / 之内 / 以内 / 后 /
左右 (a bare "N日" or "N天" is no duration: "5月16日", "需要三天"); ranges (一到两周, 1-2周: the
upper end); dates (12月18日, 18号, a weekday in brackets allowed); month parts (3月底, 月底, 下月初,
上旬 / 中旬 / 下旬, 年底); 下周 / 本周 / 这周 (+ 一 ... 五 / 内 / 末); weekdays (周五, 星期三,
礼拜一); 明天 / 后天 / 今天 / 次日 / 下个工作日; holidays (春节, 过年, 年后, 国庆, 中秋, 五一,
劳动节, 清明, 端午, 元旦, with 假期 / 长假) with 后 / 之后 / 前 / 之前, and "后第一个工作日".
"""

from __future__ import annotations

import re

__all__ = [
    "AFTER_WORDS_RE",
    "CUE_RE",
    "EXPRESSIONS",
    "FIRST_DAY_RE",
    "HOLIDAYS",
    "NO_PROMISE_RE",
    "UNDATED_AFTER_RE",
    "number",
    "weekday_index",
]

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(?:\d{1,3}|[一二两兩三四五六七八九十]{1,3})"
_RANGE = rf"(?P<a>{_NUM})(?:\s*(?:到|至|或|-|~|–|—)\s*(?P<b>{_NUM}))?"
_WEEKDAY = "一二三四五六日天"
_WITHIN = r"之内|之內|以内|以內|内|內|之后|之後|以后|以後|后|後|左右"

# Holidays by the names people use → the library's English names (``businessdays.holiday_named``)
HOLIDAYS: dict[str, tuple[str, ...]] = {
    "春节": ("chinese new year",), "春節": ("chinese new year",), "过年": ("chinese new year",),
    "過年": ("chinese new year",), "农历新年": ("chinese new year",),
    "農曆新年": ("chinese new year",), "年": ("chinese new year",),
    "国庆": ("national day",), "國慶": ("national day",), "中秋": ("mid-autumn festival",),
    "五一": ("labor day", "labour day"), "劳动节": ("labor day", "labour day"),
    "勞動節": ("labor day", "labour day"), "清明": ("tomb-sweeping day",),
    "端午": ("dragon boat festival",), "元旦": ("new year's day",),
    # round 18 ("tl18i"): Hong Kong's 1 July ("七一假期后"), Christmas in Hong Kong and Macau
    "七一": ("hong kong s.a.r. establishment day",), "圣诞": ("christmas day",),
    "聖誕": ("christmas day",),
}

EXPRESSIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("holiday", re.compile(
        r"(?P<h>春节|春節|过年|過年|农历新年|農曆新年|国庆|國慶|中秋|五一|劳动节|勞動節|清明|端午|元旦"
        r"|(?<![\d一二两兩三四五六七八九十第])七一|圣诞|聖誕"
        r"|(?<![\d一二两兩三四五六七八九十今明去当當同本每半])年)"
        r"[节節日]?(?:假期|长假|長假|小长假|小長假|连假|連假|假|黄金周|黃金週)?(?:结束|結束|过|過)?"
        r"(?P<rel>之后|之後|以后|以後|后|後|之前|以前|前)")),
    ("date", re.compile(
        r"(?<!\d)(?:(?P<y>\d{4})\s*年\s*)?(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]"
        r"(?:\s*\([^)]{1,4}\))?")),
    ("month", re.compile(
        r"(?<!\d)(?P<mo>\d{1,2})\s*月份?\s*(?P<part>上旬|中旬|下旬|初|中|底|末)")),
    ("month", re.compile(
        r"(?<![\d一二两兩三四五六七八九十个個])(?P<which>本|这个|這個|当|當|下个|下個|下)?月"
        r"(?P<part>底|末|初|中)")),
    ("month", re.compile(r"(?P<which>年底|年末|年内|年內|今年内|今年內)")),
    ("week", re.compile(
        r"(?P<w>下下周|下下週|下下星期|下周|下週|下星期|下个星期|下個星期|下礼拜|下禮拜|下个礼拜"
        r"|下個禮拜|本周|本週|本星期|这周|這週|这个星期|這個星期|这礼拜|這禮拜)"
        rf"(?P<part>[{_WEEKDAY}]|内|內|末|初)?")),
    ("dur", re.compile(
        _RANGE + r"\s*(?:个|個)?\s*(?:(?P<bday>工作日|工作天|营业日|營業日)|(?P<wk>周|週|星期|礼拜"
        r"|禮拜)|(?P<mon>(?<=[个個])月)|(?P<dd>天|日))\s*(?P<rel>" + _WITHIN + r")")),
    ("day", re.compile(
        r"(?P<dw>下一个工作日|下一個工作日|下个工作日|下個工作日|次一工作日|明天|明日|后天|後天"
        r"|今天|今日|当天|當天|次日|第二天)")),
    ("wday", re.compile(rf"(?:星期|礼拜|禮拜|周|週)(?P<wd>[{_WEEKDAY}])")),
)

# A promise: the employer will tell the candidate something
CUE_RE = re.compile(
    r"通知|答复|答覆|回复|回覆|反馈|反饋|回馈|回饋|联系|聯繫|联络|聯絡|告知|告诉|告訴|结果|結果|公布"
    r"|公佈|发布|發布|公告|录用|錄用|录取|錄取|offer|消息|给你|給你|给您|給您|发到|發到|寄出|发放"
    r"|發放|回音")
# ... and what makes a sentence none: a usual length or an average, the candidate's own step, a
# publicity, probation or validity period, retention
NO_PROMISE_RE = re.compile(
    # (round 25, "tl25i": not "usually" with the employer as its subject, "我们通常会在面试后一周内
    # 通知结果", "面试结果我们一般在三个工作日内通知您": the employer's usual time for its own
    # answer is a promise, round 23's convention, as the Japanese and Korean readers have it;
    # employers in general, "大多数企业", stay none)
    r"(?<!我们)(?<!我們)(?<!我司)(?<!本公司)(?:一般|通常)|平均|往往|大多|多数|多數|普遍|常见|常見|据统计|據統計|大约需要|大約需要"
    # (round 18: not across "we" told after it, "请耐心等待，我们将在5个工作日内回复您": the reply
    # is then the employer's)
    r"|请(?:(?!我们|我們|我司|本公司)[^。！？]){0,24}?(?:回复|回覆|提交|确认|確認|提供|报到|報到|缴|繳"
    r"|签|簽|完成)"
    r"|請(?:(?!我们|我們|我司|本公司)[^。！？]){0,24}?(?:回复|回覆|提交|确认|確認|提供|报到|報到|缴|繳"
    r"|签|簽|完成)"
    r"|逾期|务必|務必|须于|須於|应于|應於"
    r"|公示期|试用期|試用期|有效期|保存|保留|销毁|銷毀|保管")
# A duration after a date and one of these counts from that date
AFTER_WORDS_RE = re.compile(r"后|後|起|开始|開始")
# A duration after one of these counts from a step the text never dates: no day promised
UNDATED_AFTER_RE = re.compile(
    r"体检[^。，,]{0,4}?后|體檢[^。，,]{0,4}?後|考察[^。，,]{0,4}?后|入职后|入職後|报到后|報到後"
    r"|收到[^。！？]{0,12}?[后後]|截止[^。，,]{0,4}?[后後]|报名结束后|報名結束後")
# "国庆节后第一个工作日": the first working day after the break, not the rest of its week
FIRST_DAY_RE = re.compile(r"\s*(?:的)?(?:第一个工作日|第一個工作日|第一天上班|上班第一天|开工第一天"
                          r"|開工第一天|首个工作日|首個工作日)")


def number(text: str) -> int | None:
    """An Arabic or Chinese numeral (十, 二十, 十五, 两) as an int; None if neither."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(c not in _DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:
        value = 0
        for c in text:
            value = value * 10 + _DIGITS[c]
        return value
    tens, _, ones = text.partition("十")
    return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)


def weekday_index(word: str) -> int:
    """Monday 0 ... Sunday 6, for 一 ... 六 and 日 / 天."""
    index = _WEEKDAY.find(word[:1])
    return 6 if index >= 6 else max(0, index)
