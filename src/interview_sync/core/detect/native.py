"""Employers named in their own script: Japanese, Chinese, Korean, Arabic, Cyrillic, Hebrew,
Thai, Devanagari and Greek names.

Owns ``native_names``: the organisation names an invite writes in a non-Latin script, found by
what marks a name as an organisation's in that writing (a legal form such as 株式会社, 有限公司,
주식회사, ООО «...», ЕООД, شركة; a public body's ending such as 局 or 委员会; a Japanese
subject line's 【...】; the name before a hiring team's words in a display name, "川瀬商事
採用担当", "华信贸易 招聘组"). Such a name is the employer as it writes itself, where the domain
only romanises it ("hibari-denki.co.jp" is 株式会社ひばり電機). Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from interview_sync.core.detect.native_titles import (
    stated_client,
    thai_organisations,
    title_segment,
)
from interview_sync.core.detect.scripts import (
    ARABIC,
    ARMENIAN,
    BENGALI,
    CYRILLIC,
    DEVANAGARI,
    ETHIOPIC,
    GEORGIAN,
    GREEK,
    HANGUL,
    HEBREW,
    KHMER,
    SINHALA,
    TAMIL,
    THAI,
)

__all__ = ["native_names"]

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f々〆ヶ"
_ARABIC_WORD = r"\u0621-\u064a\u066e-\u06d3"  # letters, not the Arabic comma that ends a name
_HEBREW = HEBREW + r"\u05f3\u05f4'\""
_HEBREW_WORD = _HEBREW + r"\u05be-"  # a maqaf or a hyphen joins a name's parts ("אלקטרו-ים")

# A legal form or an organisation's kind before or after a name in CJK writing.
_CJK_LEGAL = re.compile(
    r"(?:株式会社|有限会社|合同会社|合資会社|(?:社会福祉|医療|学校|一般社団|一般財団|公益社団|公益財団"
    r"|特定非営利活動|独立行政|国立大学)法人)\s?[" + _CJK + r"Ａ-Ｚａ-ｚ]{1,15}"
    r"|[" + _CJK + r"]{2,15}(?:株式会社|有限会社|股份有限公司|有限责任公司|有限公司|集团|公司)"
    r"|[" + _CJK + r"]{1,10}?(?:局|委员会|政府|银行|医院|大学|学院|研究院|研究所|銀行|病院"
    # round 14: a clinic's ending in Japanese ("さくら台クリニック", "みなと歯科医院")
    r"|クリニック|医院)"
    # round 12: a Korean public body's or institution's ending ("서하구청", "한빛시청")
    r"|[" + HANGUL + r"]{1,10}?(?:구청|시청|군청|도청|병원|의료원|대학교|은행)"
    r"(?![" + HANGUL + r"])"
    r"|(?:주식회사|\(주\)|㈜)\s?[" + HANGUL + r"]{2,15}"
    # round 19: a shop's or practice's kind before its name ("카페 온새미로", "치과 미소가득")
    # (not the step's or the job's words after the kind: "카페 면접" is an interview at a café)
    r"|(?<![" + HANGUL + r"])(?:카페|호텔|레스토랑|베이커리|치과|약국|학원|의원)\s"
    r"(?!면접|안내|채용|일정|알바|아르바이트|근무|방문|직원|매니저)[" + HANGUL
    + r"]{2,12}(?![" + HANGUL + r"])"
    # ... or after it, unless the form opens the next name ("일자리허브 (주)다온푸드" is 다온푸드)
    r"|[" + HANGUL + r"]{2,15}\s?(?:주식회사|\(주\)|㈜)(?!\s?[" + HANGUL + r"])")
# 【株式会社あさひ不動産】 in a Japanese subject line: the company, unless the bracket holds the
# message's kind or a date (【7月22日】, 【重要】, 【面接のご案内】).
_BRACKET = re.compile(r"【([^【】]{2,30})】")
_NOT_A_NAME = re.compile(
    r"[0-9０-９]|面接|面談|選考|案内|連絡|重要|確定|日程|ご|お知らせ|面试|通知|면접|안내")
# A hiring team's words after the employer's name in a display name.
_TEAM = re.compile(
    r"^\s*([" + _CJK + HANGUL + r"][" + _CJK + HANGUL + r"\s]{0,20}?)\s*(?:法人本部\s*)?"
    r"(?:採用担当|採用チーム|採用係|人事部|人事課|人事|採用|招聘组|招聘部|招聘|人力资源部|人力资源"
    r"|인재채용|인재영입팀?|인재개발팀|채용팀|채용|인사팀|인사부)")
# Arabic: a company, group, bank, ministry ... and up to three words of its name.
_ARABIC_NAME = re.compile(
    r"(?:شركة|مجموعة|مؤسسة|بنك|مصرف|وزارة|هيئة|جامعة|مستشفى)(?:\s+[" + _ARABIC_WORD + r"]+){1,3}")
# Cyrillic: a legal form and the quoted name (ООО «Северный Ветер», АО «УСК»), or the name and
# a Bulgarian form after it (Балкан Логистик ООД).
_CYRILLIC_NAME = re.compile(
    r"(?:ООО|АО|ПАО|ЗАО|ОАО|ТОО|ТОВ|ПрАТ|ЕООД|ООД|ЕАД|АД)\s*[«\"„“]([^«»\"„“”]{2,40})[»\"“”]"
    r"|([А-ЯЁ][" + CYRILLIC + r"-]+(?:\s+[А-ЯЁ][" + CYRILLIC + r"-]+){0,3})\s+(?:ЕООД|ООД|ЕАД|АД)"
    r"(?![" + CYRILLIC + r"])"
    # round 20: a business's kind and its quoted name ("в кав'ярні «Простір»", "ресторан «Sole»")
    r"|(?i:кав['’]ярн|кафе|кофейн|ресторан|пекарн|магазин|салон|готел|гостиниц|клінік|клиник"
    r"|аптек|компані|компани|фірм|фирм|студі|студи|агенці|агентств)[" + CYRILLIC + r"]*\s+"
    r"[«\"„“]([^«»\"„“”]{2,40})[»\"“”]")
# Round 10: the word "company" or a legal form around a name in Hebrew ("חברת נתיב לוגיסטיקה",
# "X בע"מ"), Thai ("บริษัท สยามรุ่งเรือง จำกัด"), Devanagari ("गंगा स्टील्स लिमिटेड") and Greek
# ("Καλαμάκι Τρόφιμα Α.Ε."): up to three words of the name, in the same script.
_OTHER_NAME = re.compile(
    # (two words at least: "חברת השמה" is "a placement company", not a name)
    r"חברת((?:\s+[" + _HEBREW + r"]+){2,3})"
    r"|((?:[" + _HEBREW_WORD + r"]+\s+){0,2}[" + _HEBREW_WORD + r"]+)\s+בע\"?מ"
    r"|บริษัท\s*([" + THAI + r"][" + THAI + r"\s]{1,40}?)\s*จำกัด"
    # (the fewest words before the form: "प्राइवेट" is the form's, never the name's, round 19)
    r"|((?:[" + DEVANAGARI + r"]+\s+){0,2}?[" + DEVANAGARI + r"]+)\s+(?:(?:प्राइवेट\s+)?लिमिटेड"
    # round 18: the abbreviated form, "प्रा. लि." (Pvt. Ltd.)
    r"|प्रा\.\s?लि\.?)"
    r"|((?:[" + GREEK + r"]+\s+){0,2}[" + GREEK + r"]+)\s+(?:Α\.\s?Ε|Ε\.\s?Π\.\s?Ε|Ι\.\s?Κ\.\s?Ε"
    r"|Ο\.\s?Ε)\.?(?![" + GREEK + r"])")
_OTHER_MARKS = ("חברת", "בע", "บริษัท", "लिमिटेड", "लि.", "Α.", "Ε.", "Ο.")
_OTHER_LETTER = re.compile("[" + _HEBREW[:-3] + THAI + DEVANAGARI + GREEK + "]")
# The legal form a thank-you leaves off (the labels accept the bare name as well): Japanese
# and Chinese forms, and Arabic's "company" before a name and its line of business after it
# ("شركة الوفاق للتجارة", the Wifaq trading company, is thanked as الوفاق).
_CJK_FORM = re.compile(r"^(?:株式会社|有限会社|合同会社)\s?|\s?(?:株式会社|有限会社|股份有限公司"
                       r"|有限责任公司|有限公司)$|^شركة\s+|\s+لل[" + ARABIC + r"]+$")


# "ראיון עבודה אצל אורן מערכות בע"מ": the preposition before a Hebrew name ("at", "with",
# "for") is the sentence's, not the name's (round 21).
_HEBREW_AT = re.compile(r"^(?:אצל|עם|מול|עבור|של)\s+")


_SCRIPTS = re.compile("[" + _CJK + HANGUL + ARABIC + CYRILLIC + _HEBREW[:-3] + THAI
                      + DEVANAGARI + GREEK + TAMIL + BENGALI + SINHALA + ARMENIAN + GEORGIAN
                      + ETHIOPIC + KHMER + "]")
_EAST_ASIAN = re.compile("[" + _CJK + HANGUL + "]")
_ARABIC_LETTER = re.compile("[" + ARABIC + "]")
# Persian's and Urdu's own letters (keheh, Farsi yeh, pe, che, gaf, zhe), which Arabic never writes
_PERSIAN_LETTER = re.compile("[\u06a9\u06cc\u067e\u0686\u06af\u0698]")
_CYRILLIC_LETTER = re.compile("[" + CYRILLIC + "]")
_THAI_LETTER = re.compile("[" + THAI + "]")
# "我公司", "本公司", "弊社": the writer's own company, not a name
_SELF = re.compile(r"[我本贵貴该該]公司|弊社|当社|御社|貴社")


def _is_plain(text: str) -> bool:
    """No script this module reads (Latin with its accents, digits, punctuation)."""
    return text.isascii() or _SCRIPTS.search(text) is None


# The literals one of ``_CJK_LEGAL``'s alternatives cannot match without: a text with none of
# them is not searched (the pattern, tried at every character of a dense text, costs ~1 ms).
_CJK_MARKS = ("会社", "法人", "公司", "集团", "局", "委员会", "政府", "银行", "医院", "大学",
              "学院", "研究", "銀行", "病院", "주식회사", "(주)", "㈜",
              "구청", "시청", "군청", "도청", "병원", "의료원", "대학교", "은행",
              "クリニック", "医院", "카페", "호텔", "레스토랑", "베이커리", "치과", "약국", "학원",
              "의원")
_ARABIC_MARKS = ("شركة", "مجموعة", "مؤسسة", "بنك", "مصرف", "وزارة", "هيئة", "جامعة", "مستشفى")
_CYRILLIC_MARKS = ("ООО", "АО", "ПАО", "ЗАО", "ТОО", "ТОВ", "ПрАТ", "ООД", "ЕАД", "АД", "«")


def _cjk(text: str, *, title: bool) -> Iterable[str]:
    if title and "【" in text:
        for match in _BRACKET.finditer(text):
            inner = match.group(1).strip()
            if not _NOT_A_NAME.search(inner):
                yield inner
    if any(mark in text for mark in _CJK_MARKS):
        for match in _CJK_LEGAL.finditer(text):
            yield match.group(0).strip()


_DESCRIPTION_HEAD = 2_000  # the employer names itself early; the rest is logistics


def native_names(title: str, description: str, spellings: Iterable[str]) -> list[tuple[str, int]]:
    """Organisation names in a non-Latin script, with where they were read (4: a client the
    title or text states as such, 3: the title, 2: a display name, 1: the description), best
    first."""
    return list(_native_names(title, description, tuple(spellings)))


@lru_cache(maxsize=64)  # the rules and the score both extract the same event
def _native_names(title: str, description: str,
                  spellings: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    found: list[tuple[str, int]] = []
    for text, weight in ((title[:300], 3), *((name[:200], 2) for name in spellings),
                         (description[:_DESCRIPTION_HEAD], 1)):
        if not text or _is_plain(text):
            continue
        names: list[str] = []
        if _EAST_ASIAN.search(text):  # each script's patterns only on text written in it
            names += _cjk(text, title=weight == 3)
            team = _TEAM.match(text) if weight == 2 and not names else None
            if team:
                names.append(team.group(1).strip())
        if _ARABIC_LETTER.search(text) and any(mark in text for mark in _ARABIC_MARKS) \
                and not _PERSIAN_LETTER.search(text):
            # (Arabic's words only: Persian's "مصرف" is consumption, not a bank, round 22)
            names += [m.group(0).strip() for m in _ARABIC_NAME.finditer(text)]
        if _CYRILLIC_LETTER.search(text) and any(mark in text for mark in _CYRILLIC_MARKS):
            names += [next(g for g in m.groups() if g).strip()
                      for m in _CYRILLIC_NAME.finditer(text)]
        if _OTHER_LETTER.search(text) and any(mark in text for mark in _OTHER_MARKS):
            names += [next(g for g in m.groups() if g).strip()
                      for m in _OTHER_NAME.finditer(text)]
        if weight == 3 and _THAI_LETTER.search(text):
            # (the title only: a description's hospital or head office is often where)
            names += thai_organisations(text)
        if weight == 3 and not names:
            # round 18: "step – job – employer" without a legal form
            segment = title_segment(text)
            names += [segment] if segment else []
        if weight != 2:
            client = stated_client(text)  # round 18: "εκ μέρους του πελάτη μας, X"
            if client:
                found.append((_CJK_FORM.sub("", client) or client, 4))
        found += [(_CJK_FORM.sub("", name) or name, weight)
                  for name in (_HEBREW_AT.sub("", n) or n for n in names)
                  if name and not _SELF.search(name)]
    found.sort(key=lambda item: -item[1])
    return tuple(found)
