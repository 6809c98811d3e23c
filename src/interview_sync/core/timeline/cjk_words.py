"""The words of Japanese and Korean promises, for ``cjk``: numbers, units, weeks, days, holidays.

Owns the patterns ``cjk`` reads a sentence with (``EXPRESSIONS``, in the order they are tried:
an earlier kind keeps the characters it took), the promise words (``CUE_RE``), the words that
make a sentence no promise (``NO_PROMISE_RE``), the words for "after" that count a duration
from a date named before it (``AFTER_WORDS_RE``), and ``number`` (Arabic, full-width and kanji
numerals). Full-width digits and brackets are folded to ASCII before these patterns run
(``WIDTH``, one character for one, so offsets stay put).

Japanese: N営業日 / N日 / N週間 / Nか月 (ヶ月, ケ月, カ月) with 以内, 後, ほど, 程度, まで; a bare
"N日" is a date's day ("7日に"), not a duration. Dates 3月10日 (曜日 in brackets allowed), month
parts 上旬 / 中旬 / 下旬 / 末 / 中, 来週中 / 今週金曜日 / 再来週 / 週明け, weekdays, 翌営業日,
明日, 本日中, and the breaks GW / ゴールデンウィーク, 年末年始, お盆, 連休 with 明け / 後 / 前.
Korean: N영업일 / N일 / N주 / N개월 with 이내, 안에, 내로, 후; the native counts 하루 ... 열흘,
보름, 일주일, 한 달; dates 12월 4일, 이달 말 / N월 중순, 다음 주 / 차주 / 이번 주 (+ 요일),
요일, 내일, 익일, 다음 영업일, 오늘 중, and 추석 / 설 / 연휴 with 이후 / 후 / 끝나면 / 전 / 까지.
"""

from __future__ import annotations

import re

__all__ = [
    "AFTER_WORDS_RE",
    "CARRIED_AFTER_RE",
    "CUE_RE",
    "EXPRESSIONS",
    "HANGUL_RE",
    "LOWER_BOUND_RE",
    "NATIVE",
    "NO_PROMISE_RE",
    "SENTENCE_END_RE",
    "UNDATED_AFTER_RE",
    "WIDTH",
    "number",
    "unit_of",
    "weekday_index",
]

WIDTH = str.maketrans("０１２３４５６７８９（）～〜－", "0123456789()~~-")
HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
SENTENCE_END_RE = re.compile(r"[。！？!?\n]|\.(?=\s|$)")

_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                 "九": 9}
_NUM = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
_RANGE = rf"(?P<a>{_NUM})(?:\s*[~\-–ー]\s*(?P<b>{_NUM}))?"
_WEEKDAYS = "月火水木金土日"
_WEEKDAYS_KO = "월화수목금토일"

# Native Korean counts: (how many, unit)
NATIVE = {"하루": (1, "day"), "이틀": (2, "day"), "사흘": (3, "day"), "나흘": (4, "day"),
          "닷새": (5, "day"), "엿새": (6, "day"), "이레": (7, "day"), "여드레": (8, "day"),
          "아흐레": (9, "day"), "열흘": (10, "day"), "보름": (15, "day"), "일주일": (1, "week"),
          "이주일": (2, "week"), "한달": (1, "month"), "두달": (2, "month"), "석달": (3, "month"),
          "한주": (1, "week"), "두주": (2, "week"), "세주": (3, "week")}

_JA_WITHIN = r"以内|内|後|ほど|程度|くらい|ぐらい|前後|で|間|まで|中に"
_KO_WITHIN = r"이내|안|내|후|뒤|만|정도|쯤|가량|동안"

# round 12: a closure the text dates in brackets, then "after" or "before" it: "年末年始休業
# (12月29日〜1月3日)明けに", "연말 휴무(12월 29일~1월 1일) 이후" (tried before the dates, which
# are the closure's days, not the promise's)
_CLOSURE_DAYS = (r"\s*\(\s*(?P<m1>\d{1,2})\s*[月월]\s*(?P<d1>\d{1,2})\s*[日일][^)~\-]{0,6}[~\-]\s*"
                 r"(?:(?P<m2>\d{1,2})\s*[月월]\s*)?(?P<d2>\d{1,2})\s*[日일][^)]{0,6}\)\s*")

EXPRESSIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("closure", re.compile(
        r"(?:休業|休暇|休み|休日|休館|閉庁)(?:期間)?" + _CLOSURE_DAYS
        + r"の?\s*(?P<rel>明け|あけ|終了後|以降|後|前|まで)")),
    ("closure", re.compile(
        r"(?:휴무|휴가|휴업|연휴|휴관|휴일)(?:\s*기간)?" + _CLOSURE_DAYS
        + r"(?P<rel>이후|후|뒤|끝나면|끝난\s*후|이전|전|까지)")),
    ("date", re.compile(
        # round 16 ("tl16i"): also this or next month's day ("이달 20일에", "今月20日", "来月5日")
        r"(?<!\d)(?:(?:(?P<y>\d{4})\s*[年년]\s*)?(?P<mo>\d{1,2})\s*[月월]"
        r"|(?P<relmo>今月|来月|当月|이달|이번\s*달|다음\s*달|내달|금월)\s*の?)\s*(?P<d>\d{1,2})\s*[日일]"
        r"(?:\s*\([^)]{1,3}\))?")),
    ("month", re.compile(
        r"(?:(?<!\d)(?P<mo>\d{1,2})\s*[月월]|(?P<which>今月|来月|当月|이달|이번\s*달|다음\s*달|내달"
        r"|금월))\s*の?\s*(?P<part>上旬|初旬|中旬|下旬|末|中|いっぱい|중순|상순|하순|초|말|중|안|내)")),
    ("month", re.compile(r"(?P<which>月末|월말|月内|今月内|이달\s*내|年内|연내|올해\s*안)")),
    ("holiday", re.compile(
        r"(?P<h>ゴールデンウィーク|gw|年末年始|お盆|盆休み|連休)の?\s*(?P<rel>明け|あけ|終了後|以降|後|前"
        r"|まで)(?P<first>の?\s*(?:初営業日|最初の営業日|1営業日目|一営業日目))?")),
    ("holiday", re.compile(
        r"(?<![가-힣])(?P<h>추석|설날|설|연휴)(?:\s*연휴)?(?:\s*[이가])?\s*(?P<rel>이후|후|뒤|끝나면"
        r"|끝난\s*(?:후|뒤)|끝난(?=\s*(?:다음\s*날|이튿날|익일))|끝나고|지나면|지나고|직후|이전|전|까지)"
        # round 16 ("tl16i"): "연휴가 끝난 뒤 첫 영업일에": the first working day after, that
        # day only; round 23 ("tl23i"): "연휴가 끝난 다음날" (the day after the break ends) too
        r"(?P<first>\s*(?:(?:첫|최초의?)\s*(?:영업|근무|업무|출근)\s*일|다음\s*날|이튿날|익일))?")),
    ("week", re.compile(
        r"(?P<w>再来週|来週|今週|翌週|次週|週明け)の?\s*(?P<part>中|内|いっぱい|末|前半|後半|初め|明け"
        rf"|[{_WEEKDAYS}]曜日?)?")),
    ("week", re.compile(
        # round 17 ("tl17i"): "다음 주에" (the particle 에 glued on; not "다음 주말", a weekend)
        r"(?<![가-힣])(?P<w>다다음\s*주|다음\s*주|차주|내주|이번\s*주|금주)(?:(?![가-힣])|(?=에))\s*"
        rf"(?P<part>중|안|내|초|말|[{_WEEKDAYS_KO}]요일)?")),
    ("dur", re.compile(
        r"(?<![\d月年])" + _RANGE + r"\s*(?:(?P<bday>営業日|稼働日)|(?P<wk>週間|週)"
        r"|(?P<mon>か月|ヶ月|ケ月|カ月|ヵ月|箇月|ケ月)|(?P<dd>日)(?=\s*(?:" + _JA_WITHIN + r")))"
        r"間?\s*(?P<rel>" + _JA_WITHIN + r")?")),
    ("dur", re.compile(
        r"(?<![\d월년])(?<!월\s)" + _RANGE + r"\s*(?:(?P<bday>영업\s*일|근무\s*일|업무\s*일)"
        r"|(?P<wk>주일|주)|(?P<mon>개월|달)|(?P<dd>일)(?=\s*(?:" + _KO_WITHIN + r")))"
        r"(?:\s*(?P<rel>" + _KO_WITHIN + r"))?")),
    ("native", re.compile(
        r"(?<![가-힣])(?P<nat>하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름|일주일|이주일"
        r"|한\s*달|두\s*달|석\s*달|한\s*주|두\s*주|세\s*주)(?!빨리|속히|종일)")),
    ("day", re.compile(r"(?P<dw>翌々営業日|翌営業日|本日中|今日中|明後日|明日|翌日)(?!の)")),
    ("day", re.compile(
        r"(?<![가-힣])(?P<dw>다음\s*영업일|익영업일|오늘\s*중|내일|모레|익일|다음\s*날"
        # round 22 ("tl22i"): "오늘 저녁 / 오후 / 밤" (this evening, afternoon, tonight): today
        r"|오늘\s*(?:저녁|오후|밤))")),
    ("wday", re.compile(rf"(?P<wd>[{_WEEKDAYS}])曜日?")),
    ("wday", re.compile(rf"(?P<wd>[{_WEEKDAYS_KO}])요일")),
)

# A promise: the employer will tell the candidate something
CUE_RE = re.compile(
    r"連絡|知らせ|通知|回答|返事|返答|発表|案内|伝え|合否|結果|内定|報告|返信|合格|掲載|公表"
    r"|연락|안내|통보|알려|발표|결과|회신|답변|통지|공지|확인하실|합격|게시"
    # round 16 ("tl16i"): a call promised ("土曜日までにお電話します", "전화 드리겠습니다"), not a
    # phone number
    r"|[おご]?電話(?:します|いたします|を(?:差し上げ|いたし|し)|で(?:ご連絡|お知らせ))|전화\s*(?:드리|드릴|하겠|할\s*예정)"
    # round 23 ("tl23i"): the dispatch of the result letter, said after the notification
    # ("郵送にてお知らせします。発送は3月10日を予定しております"): the employer's own sending, not
    # the candidate's ("発送してください")
    r"|発送(?:は|を予定|予定|いたします|します)")
# ... and what makes a sentence none: a usual length, a request to the candidate, retention
# (round 23, "tl23i": the employer's usual time for its own answer is a promise, as round 23's
# convention has it: "通常、1週間以内にご連絡しております", "보통 일주일 안에 안내해 드립니다", the
# humble verb of the employer's own giving; not "usually" of anything else)
_OWN_HABIT = (r"(?![^。.]*?(?:[ごお](?:連絡|案内|通知|知らせ|返事|回答)(?:し|いたし|を差し上げ)"
              r"|しております|いたしております|드립니다|드리고\s*있|드려요"
              # round 25 ("tl25i"): the length runs until the answer reaches the candidate
              # ("通常、結果通知まで2週間程度かかります", "보통 면접 후 결과 통보까지는 1~2주
              # 정도 걸립니다"), as German "dauert es ..., bis Sie eine Rückmeldung bekommen"
              r"|(?:結果|合否)?の?(?:ご連絡|ご通知|通知|お知らせ|連絡|発表)まで"
              r"|(?:결과\s*)?(?:통보|안내|연락|발표|통지)\s*까지))"
              # ... or it came before "usually" ("結果のご連絡までは、通常一週間ほど")
              r"(?<!までは、)(?<!まで、)(?<!までは)")
NO_PROMISE_RE = re.compile(
    r"一般的|平均|目安(?!に)|通常" + _OWN_HABIT + r"|多くの場合|ことが多い|ケースが多い|傾向"
    r"|[ごお](?:回答|提出|連絡|返信|返事|申し込み|申込)[をは]?[^。、待]{0,12}?(?:ください|下さい"
    r"|お願い|願います)"
    r"|提出|破棄|保管|削除|返却"
    r"|(?:보통|대개|통상)" + _OWN_HABIT + r"|평균|일반적|대부분|제출|보관|파기"
    # round 25 ("tl25i"): firms in general as the subject ("보통 대기업은 ... 2주 정도 걸립니다",
    # "企業によって"): no promise, however the length ends
    r"|(?:대|중소|중견)?기업(?:은|들은|들|마다)|企業(?:によって|ごとに|は)"
    # round 22 ("tl22i"): the candidate asked to tell the employer something ("입사 여부를
    # 알려주시기 바랍니다": please let us know whether you accept), as Japanese "ご回答ください"
    r"|알려\s*주시기\s*바랍니다|알려\s*주세요|회신\s*(?:해\s*)?주시기\s*바랍니다"
    # round 16 ("tl16i"): the candidate's own claim ("채용서류 반환 청구는 ... 180일 이내에"), an
    # objection: no answer of the employer's (not the honorific "you may" alone: "발표는 8월 26일
    # 홈페이지에서 확인하실 수 있습니다" promises the results that day)
    r"|반환|청구|이의\s*신청"
    r"|(?:회신|답변|연락|답장)(?:을|를)?\s*(?:해\s*)?(?:주시기|주세요|주십시오|부탁)")
# A duration after a date and one of these counts from that date
AFTER_WORDS_RE = re.compile(r"その後|後|から|以降|のち|후|이후|뒤|부터|지나")
# ... and one of these from a date an earlier sentence gave ("最終面接は5月18日です。結果はその後
# 1週間以内に"; "면접은 12월 2일입니다. 결과는 면접 후 5일 이내에")
CARRIED_AFTER_RE = re.compile(
    r"その後|終了後|実施後|面接後|面接の後|그\s*후|이후|면접\s*후|종료\s*후")
# A duration after one of these counts from a step the text does not date (the closing date, the
# papers' arrival): no day promised ("応募締切後2週間以内", "서류 마감 후 2주 이내")
UNDATED_AFTER_RE = re.compile(
    r"締切後|締め切り後|締切日から|受付終了後|受領後|到着後|受理後|마감\s*후|마감일로부터|마감\s*이후"
    r"|접수\s*후|도착\s*후")
# A date then one of these is a lower bound ("6月20日以降", "20일 이후"), no day of its own
LOWER_BOUND_RE = re.compile(r"\s*(?:以降|以後|이후|부터)")
# ... but not a window it opens ("10월 8일부터 14일까지 확인하실 수 있습니다", "3月2日から9日まで"):
# the results are there from its first day (round 12)
WINDOW_RE = re.compile(r"\s*(?:부터|から)\s*(?:\d{1,2}\s*[月월]\s*)?\d{1,2}\s*[日일]\s*"
                       r"(?:\([^)]{1,3}\)\s*)?(?:까지|まで)")


def number(text: str) -> int | None:
    """An Arabic or kanji numeral (十, 二十, 十五, 二週間's 二) as an int; None if neither."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(c not in _KANJI_DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:
        value = 0
        for c in text:
            value = value * 10 + _KANJI_DIGITS[c]
        return value
    tens, _, ones = text.partition("十")
    return (_KANJI_DIGITS.get(tens, 1) if tens else 1) * 10 + (_KANJI_DIGITS.get(ones, 0)
                                                                 if ones else 0)


def unit_of(groups: dict[str, str | None]) -> str:
    """The unit a duration's groups name: "bday", "week", "month" or "day"."""
    if groups.get("bday"):
        return "bday"
    if groups.get("wk"):
        return "week"
    if groups.get("mon"):
        return "month"
    return "day"


def weekday_index(word: str) -> int:
    """Monday 0 ... Sunday 6, for 月 ... 日 and 월 ... 일."""
    index = _WEEKDAYS.find(word[:1])
    return index if index >= 0 else max(0, _WEEKDAYS_KO.find(word[:1]))
