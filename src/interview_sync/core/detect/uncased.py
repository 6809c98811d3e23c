"""People named in text written without capital letters: Thai, Devanagari, Japanese, Chinese,
Korean, Arabic.

Owns reading the people an invitation's text names in scripts where no capital marks a
name, by what marks one there instead: an honorific before it in Thai (คุณ, นาย, นางสาว) and
Devanagari (श्री, श्रीमती, सुश्री, डॉ.), read only beside an interviewer or contact word (Thai คุณ
is also "you"), past the greeting; in Japanese and Chinese, the subject of the sentence
that says who conducts the interview ("部長の中島と人事部の藤井が面接を担当いたします", "终面由
总经理陈静与HRBP刘洋共同面试"), each name taken from behind its department and title; the
names after a Japanese, Chinese or Korean interviewer or contact label ("面接官：...",
``cjk_interviewers``); and Arabic names after an honorific (``arabic_interviewers``). The last
two moved here from ``mentions`` (past the size guideline), whose cues read cased prose.
Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.schedule import PersonDraft

__all__ = ["arabic_interviewers", "cjk_interviewers", "uncased_interviewers"]

_LIMIT = 20  # people one description can name this way
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_HEAD = 5_000  # characters of a description read

# Thai: a label for the interviewer(s), the panel or the contact, then honorific + two words
# (given name and surname, as Thai writes them, separated by a space).
_THAI_LABEL = re.compile(
    r"(?:ผู้สัมภาษณ์|คณะกรรมการสัมภาษณ์|กรรมการสัมภาษณ์|สัมภาษณ์โดย|ผู้ติดต่อ|ติดต่อ|ผู้ประสานงาน)")
# (the name after the last honorific: "นายสถานี คุณอนุชา แก้วมณี" is a station master, Khun
# Anucha Kaewmanee, round 19)
# ... or the given name alone before a department ("คุณวิภาวรรณ ฝ่ายบุคคล", round 20)
_THAI_NAME = re.compile(r"(?:คุณ|นางสาว|นาย|นาง|ดร\.?)\s?([\u0e00-\u0e7f]+)\s"
                        r"(?:(?=ฝ่าย|แผนก)|(?!คุณ|นาย|นาง|ดร)([\u0e00-\u0e7f]+))")
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
            found.append(PersonDraft(email="", name=" ".join(g for g in match.groups() if g)))
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


# people the labels or honorifics of one text can name (a hostile one repeats them)
_LABEL_LIMIT = 40


# The interviewer label of Japanese, Chinese and Korean invitations ("面接官：物流管理部 部長
# 高橋", "面试官：王敏（运营总监）", "면접관: 이수진 팀장, 정민호 CTO"): the names after it, with
# departments, titles, honorifics and Latin job letters (CTO, HR) dropped.
_CJK_LABEL = re.compile(
    r"(?:面接官|面接担当者?|面试官|面試官|면접관|면접위원)\s*(?:[:：]|は|为|為|是)\s*([^\n。.]{1,120})"
    # the contact person, the recruiter to thank ("担当：人事部 小林", "请联系：人力资源部 张丽")
    r"|(?:^|[\n。、，])\s*(?:担当者?|联系人|请联系|請聯繫|담당자)\s*[:：]\s*([^\n。.]{1,60})")
_CJK_WORDS = ("面接", "面试", "面試", "면접", "担当", "联系", "聯繫", "담당자")
# "代表の中島です", "中島が担当します": the particle between a title and the name, and the
# sentence's copula after it
_CJK_COPULA = re.compile(r"(?:です|でございます|となります|が担当(?:いた)?します|になります)\s*$")
# A bare 和, 及 or 与 joins two Chinese names ("刘洋和李强"); after a space it begins a given
# name ("佐野 和也"), first it begins a surname ("和田 花子"); Chinese joins names without a
# space (round 12).
_CJK_SPLIT = re.compile(
    r"\s*(?:[、，,；;／/]|\s(?:및|와|과|和|及)\s|(?<=[^\s:：、，,])(?:和|及|与))\s*")
_CJK_PAREN = re.compile(r"[（(][^（）()]*[）)]")
_CJK_TITLE = re.compile(
    r"^(?:.*(?:部|課|室|局|グループ|チーム|センター|팀|본부|부서|实验室|科)"
    # titles, also compounded ("代表取締役", "常務執行役員") or after a field ("财务经理")
    r"|(?:部長|課長|係長|主任|次長|社長|取締役|代表|役員|専務|常務|執行役員|所長|店長|園長|院長|校長"
    r"|会長|理事長|理事|マネージャー|リーダー|担当|採用担当|人事)+"
    # ... or after a field or department ("営業部長", "総務課長")
    r"|.+(?:部長|課長|係長|次長|社長|取締役|所長|店長|園長|院長|校長|会長|理事長|執行役員|マネージャー"
    r"|リーダー)"
    r"|팀장|부장|과장|차장|대리|이사|상무|전무|대표|실장|본부장|매니저|사원|주임|선임|책임|수석"
    # ... also after a field or department ("총무과장", "인사팀장", round 12)
    r"|[\uac00-\ud7af]+(?:팀장|부장|과장|차장|실장|본부장|국장|소장|원장|위원장)"
    # ... and a clinic's or a school's posts, alone or compounded ("수간호사", "책임간호사",
    # "교수", "병원장", round 14)
    r"|[\uac00-\ud7af]*(?:간호사|의사|약사|교수|원장|위원|센터장|파트장)"
    r"|.*(?:总监|经理|主管|总经理|主任|专员|总裁|董事|负责人|董事长|经理人)|.*[A-Za-z0-9].*"
    # "to be decided", not a name
    r"|未定|調整中|待定|未确定|미정)$")
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af々〆]{1,5}")  # 佐々木
_HANGUL_NAME = re.compile(r"[\uac00-\ud7af]{2,4}")
_ZH_GLUED_TITLE = re.compile(
    r"^[\u4e00-\u9fff]*(?:总监|经理|主管|总经理|主任|专员|总裁|董事长|董事|负责人|工程师)"
    r"([\u4e00-\u9fff]{2,3})$")
_HONORIFIC = re.compile(r"(?:様|さん|氏|先生|님|先生|女士)$")


def cjk_interviewers(text: str) -> list[PersonDraft]:
    """The people a Japanese, Chinese or Korean interviewer label names, by name as written."""
    found: list[PersonDraft] = []
    if not any(word in text for word in _CJK_WORDS):
        return found
    for match in _CJK_LABEL.finditer(text[:20_000]):
        listed = _CJK_COPULA.sub("", _CJK_PAREN.sub(" ", match.group(1) or match.group(2)))
        for item in _CJK_SPLIT.split(listed.replace("の", " ")):
            first = _HONORIFIC.sub("", item.split()[0]) if item.split() else ""
            if _HANGUL_NAME.fullmatch(first) and not _CJK_TITLE.match(first):
                # Korean writes the name first, then the title ("김도윤 리드", "이수진 팀장")
                found.append(PersonDraft(email="", name=first))
                continue
            # (the honorific off before the title is tested: "김민준 팀장님" is 김민준, round 20)
            words = [_HONORIFIC.sub("", w) for w in item.split()]
            words = [w for w in words if w and not _CJK_TITLE.match(w)]
            if 1 <= len(words) <= 2 and all(_CJK_NAME.fullmatch(w) for w in words):
                found.append(PersonDraft(email="", name=" ".join(words)))
            elif len(words) == 1 and (glued := _ZH_GLUED_TITLE.match(words[0])):
                # "运营副总裁张伟": Chinese writes the title and the name without a space (round 18)
                found.append(PersonDraft(email="", name=glued.group(1)))
            elif len(words) >= 2 and _CJK_NAME.fullmatch(words[-1]) and len(words[-1]) <= 4:
                # "さくら保育園 園長 野口": a workplace before the title, the name last
                found.append(PersonDraft(email="", name=words[-1]))
        if len(found) >= _LABEL_LIMIT:
            break
    return found[:_LABEL_LIMIT]


# Arabic names come after an honorific ("مع الأستاذ خالد القحطاني (المدير المالي)", "المهندس سامي
# العتيبي"): two words of the name, three with a "bin" or "abd" inside. One that opens the text
# greets the candidate ("السيد/ة ..."), and a Latin name after it is the candidate's own.
_ARABIC_NAME = re.compile(
    r"(?:الأستاذة?|المهندسة?|الدكتورة?|السيدة?|د\.|أ\.)\s*([\u0621-\u064a]{2,}\s+(?:(?:بن|عبد|أبو)\s+)?"
    r"[\u0621-\u064a]{2,})")
# "مع السيد ...": a name after "with" is met, not greeted, wherever it stands (round 20)
_ARABIC_WITH = re.compile(r"(?:^|\s)مع\s*$")


def arabic_interviewers(text: str) -> list[PersonDraft]:
    """The people an Arabic text names after an honorific, past its greeting."""
    if text.isascii() or "ال" not in text:
        return []
    return [PersonDraft(email="", name=m.group(1)) for m in _ARABIC_NAME.finditer(text[:20_000])
            if (m.start() > 8 or _ARABIC_WITH.search(text, 0, m.start()))
            and not _ARABIC_GREETING.search(text, max(0, m.start() - 16), m.start())][:_LABEL_LIMIT]


# "مرحباً السيد ...", "عزيزي الأستاذ ...", "حضرة ...": the candidate greeted, not an interviewer
_ARABIC_GREETING = re.compile(r"(?:مرحب\S*|عزيز\S*|حضرة|إلى|أهلا\S*|السلام\s+عليكم)\s*$")
