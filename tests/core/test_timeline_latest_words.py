"""Round 25's non-English timeline classes ("tl25i"): Igbo, Tok Pisin, Samoan, Setswana, Shona,
Krio and Irish words (``latest_words``), Kinyarwanda working days with the count between the unit
and "of work", and the employer's usual time until its answer reaches the candidate in German,
Chinese, Japanese and Korean (round 23's convention), with its exclusions. The sentences are
not the check set's."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline

# (text, reference, country, the day promised or None); Tuesday 13 March 2046
CASES: list[tuple[str, str, str, date | None]] = [
    # Igbo: the unit before its count ("ụbọchị atọ": three days); tomorrow
    ("Anyị ga-agwa gị mkpebi anyị n'ime ụbọchị atọ.", "2046-03-13T10:00", "NG", date(2046, 3, 16)),
    ("Anyị ga-akpọ gị echi.", "2046-03-13T10:00", "NG", date(2046, 3, 14)),
    # Tok Pisin: three weeks; "long" after "tumora" is its preposition, not English "-long"
    ("Bai mipela i salim tok long yu insait long tripela wik.", "2046-03-13T10:00", "PG",
     date(2046, 4, 3)),
    ("Bai mipela i ringim yu tumora long moning.", "2046-03-13T10:00", "PG", date(2046, 3, 14)),
    # Krio: ten working days (Good Friday, 23 March, and Easter Monday skipped)
    ("Wi go tɛl yu di rizɔlt insay tɛn wok de.", "2046-03-13T10:00", "SL", date(2046, 3, 29)),
    # Samoan: the count after the unit with "e"; next week (Monday 19 March to Thursday 22,
    # Good Friday a holiday)
    ("O le a matou logo atu le taunuuga i totonu o aso faigaluega e tolu.", "2046-03-13T10:00",
     "WS", date(2046, 3, 16)),
    ("O le a matou faafesootai atu i le vaiaso a sau.", "2046-03-13T10:00", "WS",
     date(2046, 3, 22)),
    # Setswana: "dibeke di le tharo" (three weeks); Shona "mazuva mashanu" (five days)
    ("Re tla go itsise ka dipholo mo dibekeng di le tharo.", "2046-03-13T10:00", "BW",
     date(2046, 4, 3)),
    ("Tichakufonerai mukati memazuva mashanu.", "2046-03-13T10:00", "ZW", date(2046, 3, 18)),
    # Shona "mangwanani" is the morning, no tomorrow
    ("Bvunzurudzo ichatanga mangwanani.", "2046-03-13T10:00", "ZW", None),
    # Irish: a fortnight; five working days (from Tuesday 8 May)
    ("Gheobhaidh tú freagra laistigh de choicís.", "2046-03-13T10:00", "IE", date(2046, 3, 27)),
    ("Cuirfimid scéala chugat laistigh de chúig lá oibre.", "2046-05-08T10:00", "IE",
     date(2046, 5, 15)),
    # Maltese: "ġimgħatejn" carries its count (two weeks)
    ("Nagħtuk risposta fi żmien ġimgħatejn.", "2046-03-13T10:00", "MT", date(2046, 3, 27)),
    # Kinyarwanda: five working days with the count inside ("iminsi itanu y'akazi")
    ("Tuzabasubiza mu minsi itanu y'akazi.", "2046-03-13T10:00", "RW", date(2046, 3, 20)),
    # Estonian "homme" beside its pronoun; French "homme" is a man (the answer is "sous
    # huitaine", within a week, not tomorrow)
    ("Anname teile homme vastuse.", "2046-03-13T10:00", "EE", date(2046, 3, 14)),
    ("Nous recherchons un homme ou une femme pour ce poste; réponse sous huitaine.",
     "2046-03-13T10:00", "FR", date(2046, 3, 20)),
    # German: the usual length until the answer reaches you is the employer's own (a promise);
    # until others' answers, none
    ("Normalerweise dauert es zwei Wochen, bis Sie eine Antwort von uns erhalten.",
     "2046-03-13T10:00", "DE", date(2046, 3, 27)),
    ("In der Regel dauert es drei Wochen, bis die Bewerber eine Antwort erhalten.",
     "2046-03-13T10:00", "DE", None),
    # Chinese: "we usually" is the employer's own habit; firms in general, none
    ("我们通常在五个工作日内回复您。", "2046-03-13T10:00", "CN", date(2046, 3, 20)),
    ("多数公司通常在两周内通知面试结果。", "2046-03-13T10:00", "CN", None),
    # Japanese and Korean: the usual length until the result notice; firms in general, none
    ("通常、合否のご連絡まで1週間ほどかかります。", "2046-03-13T10:00", "JP", date(2046, 3, 20)),
    ("보통 결과 안내까지 일주일 정도 걸립니다.", "2046-03-13T10:00", "KR", date(2046, 3, 20)),
    ("보통 중소기업은 결과 발표까지 일주일 정도 걸립니다.", "2046-03-13T10:00", "KR", None),
]


@pytest.mark.parametrize(("text", "reference", "country", "expected"), CASES)
def test_round25_languages(text: str, reference: str, country: str,
                           expected: date | None) -> None:
    timeline = extract_timeline(text, datetime.fromisoformat(reference), country=country)
    got = timeline.respond_by if timeline is not None else None
    assert got == expected, (text, got)
