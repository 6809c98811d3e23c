"""Round 23's non-English timeline classes ("tl23i"): Yoruba, Punjabi, Gujarati and Telugu
words, Basque and Hausa counts, Mongolian working days, Serbian, Tamil and Latvian week words,
the day after a dated holiday or a Korean break, Japanese dispatch, and the employer's usual
time for its own answer in other languages. The sentences are not the check set's."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline
from interview_sync.core.timeline.new_words import mongolian_counted

# (text, reference, country, the day promised or None)
CASES: list[tuple[str, str, str, date | None]] = [
    # Yoruba: tomorrow, and a unit before its count ("ọ̀sẹ̀ méjì": two weeks)
    ("A ó pè ọ́ lọ́la láti sọ èsì fún ọ.", "2045-04-11T10:00", "NG", date(2045, 4, 12)),
    ("A ó fi èsì ránṣẹ́ láàárín ọ̀sẹ̀ méjì.", "2045-04-11T10:00", "NG", date(2045, 4, 25)),
    # Punjabi: a count of days; "ਕੱਲ੍ਹ" before a past verb is yesterday, no promise
    ("ਅਸੀਂ ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਨਤੀਜਾ ਦੱਸਾਂਗੇ।", "2045-04-11T10:00", "IN", date(2045, 4, 14)),
    ("ਨਤੀਜਾ ਕੱਲ੍ਹ ਐਲਾਨਿਆ ਗਿਆ ਸੀ।", "2045-04-11T10:00", "IN", None),
    # Gujarati: two weeks
    ("અમે બે અઠવાડિયામાં પરિણામ જણાવીશું.", "2045-04-11T10:00", "IN", date(2045, 4, 25)),
    # Telugu: three days, and next week (Monday 17 to Friday 21 April)
    ("మేము మూడు రోజుల్లో ఫలితం తెలియజేస్తాము.", "2045-04-11T10:00", "IN", date(2045, 4, 14)),
    ("వచ్చే వారం మీకు ఫోన్ చేస్తాము.", "2045-04-11T10:00", "IN", date(2045, 4, 21)),
    # Hausa: "makonni biyu" (two weeks); Basque "bost egunetan" (in five days)
    ("Za mu sanar da kai sakamako cikin makonni biyu.", "2045-04-11T10:00", "NG",
     date(2045, 4, 25)),
    ("Bost egunetan emango dizugu erantzuna.", "2045-04-11T10:00", "ES", date(2045, 4, 16)),
    # "Bihar", the Indian state, is no Basque "tomorrow"
    ("Our Bihar office will contact you about the result.", "2045-04-11T10:00", "IN", None),
    # Mongolian: three working days from Monday 13 March
    ("Хариуг ажлын 3 өдрийн дотор мэдэгдэнэ.", "2045-03-13T10:00", "MN", date(2045, 3, 16)),
    # Serbian: by the end of this week (Friday); Latvian: by the end of next week (Friday)
    ("Odgovorićemo vam do kraja ove nedelje.", "2045-04-11T10:00", "RS", date(2045, 4, 14)),
    ("Lēmumu paziņosim līdz nākamās nedēļas beigām.", "2045-04-11T10:00", "LV",
     date(2045, 4, 21)),
    # the day after a dated holiday (Thursday 12 October in Spain): Friday
    ("Le daremos una respuesta el día siguiente al 12 de octubre.", "2045-10-02T10:00", "ES",
     date(2045, 10, 13)),
    # the day after the Lunar New Year break (16-19 February) ends: Monday 20 February
    ("설 연휴가 끝난 다음날 연락드리겠습니다.", "2045-02-08T10:00", "KR", date(2045, 2, 20)),
    # Japanese: the dispatch of the result letter; the candidate's own dispatch is no promise
    ("結果は書面でお送りします。発送は4月20日の予定です。", "2045-04-11T10:00", "JP",
     date(2045, 4, 20)),
    ("必要書類は4月20日までに発送してください。", "2045-04-11T10:00", "JP", None),
    # the employer's usual time for its own answer is a promise; employers in general are not
    ("通常、面接後5日以内にご案内しております。", "2045-04-11T10:00", "JP", date(2045, 4, 16)),
    ("一般的に選考結果の通知には2週間かかります。", "2045-04-11T10:00", "JP", None),
    ("Normalmente a resposta demora cinco dias.", "2045-04-11T10:00", "PT", date(2045, 4, 16)),
    ("Las empresas suelen tardar tres semanas en responder.", "2045-04-11T10:00", "ES", None),
]


@pytest.mark.parametrize(("text", "reference", "country", "expected"), CASES)
def test_round_23_classes(text: str, reference: str, country: str,
                          expected: date | None) -> None:
    found = extract_timeline(text, datetime.fromisoformat(reference), country=country)
    if expected is None:
        assert found is None
    else:
        assert found is not None and found.respond_by == expected


def test_mongolian_count_moves_before_its_unit_and_keeps_the_length() -> None:
    text = "Ажлын 10 өдрийн дотор хариу өгнө."
    turned = mongolian_counted(text)
    assert turned == "10 ажлын өдрийн дотор хариу өгнө."
    assert len(turned) == len(text)
    assert mongolian_counted("Маргааш хариу өгнө.") == "Маргааш хариу өгнө."
