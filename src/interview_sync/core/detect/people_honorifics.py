"""People a Japanese or Korean text marks by the honorific after their name.

Owns round 19's reader for names that no label introduces: Japanese writes a person's surname
and given name and then 様, さん or 氏 ("人事部 高橋 誠様", "中村 直子さんをお呼びください"),
Korean the name, perhaps a title, and then 님 ("김민준 팀장님", "점장 이서연 님을"). The name is
returned without the honorific or the title, as a thank-you addresses it. A name that opens the
text or a line and is followed by a comma or the line's end greets the candidate ("山田 太郎様\n",
"홍길동님, 안녕하세요"), and the words for the candidate, a customer or everyone ("지원자님",
"고객님", "여러분") are nobody's name. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.schedule import PersonDraft
from interview_sync.core.detect.scripts import HANGUL

__all__ = ["honorific_names"]

_LIMIT = 10  # people one text can name this way
_HEAD = 5_000

_KANJI = r"\u4e00-\u9fff々〆ヶ"
# a surname in kanji, a space, a given name in kanji or kana, then the honorific
_JAPANESE = re.compile(
    r"(?<![" + _KANJI + r"\u30a0-\u30ff])([" + _KANJI + r"]{1,4})[ \u3000]([" + _KANJI
    + r"\u3040-\u309f\u30a0-\u30ff]{1,4})(?:様|さん|氏)")
# a post or a department before the name, not its surname ("人事部長 森様", "看護部 田村様"; a
# two-character surname may end in 部: 阿部, 服部)
_JAPANESE_TITLE = re.compile(r"(?:長|役|担当|係|[" + _KANJI + r"]{2,}部|課|室)$")
# a name of two to four syllables, a title perhaps ("팀장", "점장", "부장님"), then 님
_KOREAN_TITLE = (r"팀장|점장|부장|과장|차장|실장|대표|이사|원장|매니저|대리|주임|본부장|센터장"
                 r"|소장|국장|선생|교수")
_KOREAN = re.compile(
    r"(?<![" + HANGUL + r"])([" + HANGUL + r"]{2,4})\s?(?:(?:" + _KOREAN_TITLE + r")\s?)?님")
_NOT_A_NAME = re.compile(
    r"^(?:지원자|고객|회원|후보자|여러분|담당자|응시자|면접자|관계자|" + _KOREAN_TITLE + r")$")
# the honorific closing a salutation: the end of a line or a comma right after it
_SALUTATION_END = re.compile(r"\s*(?:[,，、]|\n|$)")


def _greets(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` opens the text or a line and the honorific ending at
    ``end`` closes a salutation."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _SALUTATION_END.match(text, end) is not None


def honorific_names(text: str) -> list[PersonDraft]:
    """The people a Japanese or Korean text names with an honorific, by name as written."""
    head = text[:_HEAD]
    if head.isascii():
        return []
    found: list[PersonDraft] = []
    if any(mark in head for mark in ("様", "さん", "氏")):
        for match in _JAPANESE.finditer(head):
            if not _greets(head, match.start(), match.end()) \
                    and not _JAPANESE_TITLE.search(match.group(1)):
                found.append(PersonDraft(email="", name=f"{match.group(1)} {match.group(2)}"))
    if "님" in head:
        for match in _KOREAN.finditer(head):
            name = match.group(1)
            if not _NOT_A_NAME.match(name) and not _greets(head, match.start(), match.end()):
                found.append(PersonDraft(email="", name=name))
    return found[:_LIMIT]
