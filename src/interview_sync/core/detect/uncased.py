"""People named in prose written without capital letters: Thai, Devanagari, Japanese, Chinese.

Owns reading the people an invitation's running text names in scripts where no capital marks a
name, by what marks one there instead: an honorific before it in Thai (คุณ, นาย, นางสาว) and
Devanagari (श्री, श्रीमती, सुश्री, डॉ.), read only beside an interviewer or contact word (Thai คุณ
is also "you"), past the greeting; and in Japanese and Chinese, the subject of the sentence
that says who conducts the interview ("部長の中島と人事部の藤井が面接を担当いたします", "终面由
总经理陈静与HRBP刘洋共同面试"), each name taken from behind its department and title. The
labelled lists ("面接官：...") are ``mentions``'s. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.schedule import PersonDraft

__all__ = ["uncased_interviewers"]

_LIMIT = 20  # people one description can name this way
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_HEAD = 5_000  # characters of a description read

# Thai: a label for the interviewer(s), the panel or the contact, then honorific + two words
# (given name and surname, as Thai writes them, separated by a space).
_THAI_LABEL = re.compile(
    r"(?:ผู้สัมภาษณ์|คณะกรรมการสัมภาษณ์|กรรมการสัมภาษณ์|สัมภาษณ์โดย|ผู้ติดต่อ|ติดต่อ|ผู้ประสานงาน)")
_THAI_NAME = re.compile(r"(?:คุณ|นางสาว|นาย|นาง|ดร\.?)\s?([\u0e00-\u0e7f]+)\s([\u0e00-\u0e7f]+)")
# Devanagari: honorific + two words; a greeting before it addresses the candidate
_DEVANAGARI_NAME = re.compile(
    r"(?:श्रीमती|सुश्री|श्री|कुमारी|डॉ\.?)\s+([\u0900-\u0963\u0966-\u097f]+)\s+"
    r"([\u0900-\u0963\u0966-\u097f]+)")
_DEVANAGARI_GREETING = re.compile(r"(?:प्रिय|आदरणीय|माननीय)\s*$")
# A word of the second Devanagari word that is a job, not a surname ("श्री अनिल प्रबंधक")
_DEVANAGARI_JOB = re.compile(r"प्रबंधक|अधिकारी|निदेशक|सहायक|विभाग|प्रमुख")

# Japanese: "<who>が(面接を)担当/対応/同席/お会い..." with <who> after the sentence's topic (は).
_JA_SUBJECT = re.compile(
    r"([^。\n！？]{1,80}?)が\s*(?:面接|面談|選考)?(?:を)?\s*(?:担当|対応|同席|お会い|伺|実施)")
_JA_SPLIT = re.compile(r"と|、|，|及び|および|ならびに")
# Chinese: "由<who>(共同|一起)?(面试|负责|主持|担任)"
_ZH_SUBJECT = re.compile(
    r"由([^。\n，,；;]{2,40}?)(?:共同|一起|联合)?(?:进行)?(?:面试|负责|主持|担任|面谈)")
_ZH_SPLIT = re.compile(r"与|和|及|、|以及")
_HAN_NAME = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff々〆]{1,4}")
# A title or department before a Chinese or Japanese name (the name is what follows it)
_CJK_TITLE_TAIL = re.compile(
    r"^.*(?:经理|总监|主管|总裁|董事长|董事|主任|专员|部长|负责人|组长|老师|工程师|HRBP|HR|CEO|CTO|CFO"
    r"|COO|[A-Za-z]+|部|課|室|長|役|代表|社長|取締役|担当)")
_LATIN_PREFIX = re.compile(r"^[A-Za-z]+")
_NOT_A_NAME = re.compile(
    r"面接|面试|面試|当日|弊社|我们|我司|本公司|担当|人事|以下|下記|皆様|候補|^私|^我|^僕|^わたくし")


def _thai(text: str) -> list[PersonDraft]:
    found: list[PersonDraft] = []
    for label in _THAI_LABEL.finditer(text):
        span = text[label.end(): label.end() + 200]
        for match in _THAI_NAME.finditer(span):
            found.append(PersonDraft(email="", name=f"{match.group(1)} {match.group(2)}"))
        if len(found) >= _LIMIT:
            break
    return found


def _devanagari(text: str) -> list[PersonDraft]:
    found: list[PersonDraft] = []
    for match in _DEVANAGARI_NAME.finditer(text):
        if _DEVANAGARI_GREETING.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _DEVANAGARI_JOB.search(match.group(2)):
            continue
        found.append(PersonDraft(email="", name=f"{match.group(1)} {match.group(2)}"))
        if len(found) >= _LIMIT:
            break
    return found


def _han_names(listed: str, split: re.Pattern[str]) -> list[PersonDraft]:
    """"代表取締役の高橋と人事部長の森" → 高橋, 森; "总经理陈静与HRBP刘洋" → 陈静, 刘洋."""
    out: list[PersonDraft] = []
    for item in split.split(listed.rsplit("は", 1)[-1]):
        words = item.rsplit("の", 1)[-1].split()
        if len(words) >= 2 and all(_is_name_word(w) for w in words[-2:]):
            # a full name written family name, space, given name ("製造部長の 長谷川 誠"): both
            # words are the name (round 10 thanked "誠" alone)
            out.append(PersonDraft(email="", name=" ".join(words[-2:])))
            continue
        item = words[-1] if words else ""
        item = _LATIN_PREFIX.sub("", item)  # "HR王芳", "HRBP刘洋"
        name = _CJK_TITLE_TAIL.sub("", item) if len(item) > 4 else item
        if _HAN_NAME.fullmatch(name) and not _NOT_A_NAME.search(name):
            out.append(PersonDraft(email="", name=name))
    return out


def _is_name_word(word: str) -> bool:
    """One word of a Han-script name: short, in the script, no title or department."""
    return bool(_HAN_NAME.fullmatch(word)) and not _CJK_TITLE_TAIL.fullmatch(word) \
        and not _NOT_A_NAME.search(word)


def uncased_interviewers(text: str) -> list[PersonDraft]:
    """The people a Thai, Devanagari, Japanese or Chinese text names as whom the candidate
    meets; each script's patterns run only on text written in it."""
    head = text[:_HEAD]
    if head.isascii():
        return []
    found: list[PersonDraft] = []
    if _THAI.search(head):
        found += _thai(head)
    if _DEVANAGARI.search(head):
        found += _devanagari(head)
    if "が" in head:
        for match in _JA_SUBJECT.finditer(head):
            found += _han_names(match.group(1), _JA_SPLIT)
    if "由" in head:
        for match in _ZH_SUBJECT.finditer(head):
            found += _han_names(match.group(1), _ZH_SPLIT)
    return found[:_LIMIT]
