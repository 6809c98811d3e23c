"""Language coverage added in round 12 (the language helper; tuning on round 11's scored batch
and the check set ``tests/data/real_timeline_t12l.py``): holidays by the names people use and
bridges by the holiday they are named after, regional holidays read where they are kept, the
Orthodox Easter, "before <holiday>" past the country's other holidays, ten in Slovenian, Czech and
Slovak, month parts in Portuguese, Dutch, Greek, Slovenian, Hungarian and Turkish, the week after
next in German and Dutch, early and mid next week in Hungarian and Turkish, the first working day
of the new year, Japanese and Korean closures dated in brackets, a holiday named with "after" as
the day the words after it count from, and a Slovenian promise word.

Each class is tested in wording of its own (not the check set's), with a look-alike where it has
one; the expected days were worked out by hand with ``datetime`` and the ``holidays`` package.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline


def _found(text: str, country: str | None, ref: str) -> tuple[date | None, date] | None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    return None if found is None else (found.earliest, found.respond_by)


def _by(text: str, country: str | None, ref: str) -> date | None:
    found = _found(text, country, ref)
    return None if found is None else found[1]


# (country, reference, text, first and last day accepted for the day promised)
HOLIDAYS_AND_BRIDGES = [
    # "después del puente": the next public holiday's bridge (Andalusia: Monday 7 and Tuesday 8
    # December 2026), then the rest of that week
    ("ES", "2026-12-01T10:00:00+01:00", "Te escribiremos después del puente.",
     "2026-12-09", "2026-12-11"),
    # the bridge's holiday named: San José (Friday 19 March 2027) is Valencia's, not the next
    # holiday of the default region (Holy Thursday, 25 March)
    ("ES", "2027-03-15T10:00:00+01:00", "Después del puente de San José te llamamos.",
     "2027-03-22", "2027-03-26"),
    # a name read only after a bridge word: All Saints' (Sunday 1 November 2026), not the next
    # holiday (12 October): the Friday before
    ("ES", "2026-10-01T10:00:00+02:00", "Te llamamos antes del puente de Todos los Santos.",
     "2026-10-30", "2026-10-30"),
    ("IT", "2026-12-03T10:00:00+01:00", "Le faremo sapere dopo l'Immacolata.",
     "2026-12-09", "2026-12-11"),
    ("IT", "2026-12-03T10:00:00+01:00", "L'esito arriverà dopo il ponte dell'8 dicembre.",
     "2026-12-09", "2026-12-11"),
    # Chile's Fiestas Patrias: Friday 18 and Saturday 19 September 2026
    ("CL", "2026-09-14T10:00:00-03:00", "Le daremos la respuesta después de Fiestas Patrias.",
     "2026-09-21", "2026-09-25"),
    # Quebec's Saint-Jean (Wednesday 24 June) in a text from Canada naming no province
    ("CA", "2026-06-18T10:00:00-04:00", "Nous vous rappellerons après la Saint-Jean.",
     "2026-06-25", "2026-06-26"),
    # Canberra Day (Monday 9 March 2026) is the ACT's: read there
    ("AU", "2026-03-02T10:00:00+11:00", "You'll hear from us after Canberra Day.",
     "2026-03-10", "2026-03-13"),
    # the Dormition (Saturday 15 August 2026) as Greeks name it
    ("GR", "2026-08-03T10:00:00+03:00", "Θα σας ενημερώσουμε μετά τον Δεκαπενταύγουστο.",
     "2026-08-17", "2026-08-21"),
    # Greek Easter is the Orthodox one (2 May 2027; Monday 3 and Labour Day kept on Tuesday 4)
    ("GR", "2027-04-20T10:00:00+03:00", "Θα σας ενημερώσουμε μετά το Πάσχα.",
     "2027-05-05", "2027-05-07"),
    ("GR", "2026-12-22T10:00:00+02:00", "Θα σας απαντήσουμε μετά τα Θεοφάνια.",
     "2027-01-07", "2027-01-08"),
    # Slovenia's May Day holidays (Friday 1 and Saturday 2 May 2026)
    ("SI", "2026-04-27T10:00:00+02:00", "Odgovor boste prejeli po prvomajskih praznikih.",
     "2026-05-04", "2026-05-08"),
    # "before Christmas" in Poland, where Christmas Eve is a public holiday since 2025
    ("PL", "2026-12-10T10:00:00+01:00", "Damy znać przed świętami Bożego Narodzenia.",
     "2026-12-23", "2026-12-23"),
    # Hungarian: the days off named between the feast and "után"
    ("HU", "2026-12-15T10:00:00+01:00", "A karácsonyi ünnepek után jelentkezünk.",
     "2027-01-04", "2027-01-08"),
]


@pytest.mark.parametrize(("country", "ref", "text", "lo", "hi"), HOLIDAYS_AND_BRIDGES)
def test_holidays_by_their_common_names_and_bridges(country: str, ref: str, text: str, lo: str,
                                                    hi: str) -> None:
    found = _by(text, country, ref)
    assert found is not None and date.fromisoformat(lo) <= found <= date.fromisoformat(hi), found


def test_the_western_easter_elsewhere() -> None:
    # 28 March 2027: Easter Monday 29 March in Germany
    found = _by("Wir melden uns nach Ostern.", "DE", "2027-03-22T10:00:00+01:00")
    assert found is not None and date(2027, 3, 30) <= found <= date(2027, 4, 2), found


def test_a_bridge_only_name_is_no_holiday_on_its_own() -> None:
    # "la constitución del tribunal" is the board sitting, not Constitution Day
    found = _by("Tras la constitución del tribunal te llamaremos en cinco días hábiles.", "ES",
                "2026-11-25T10:00:00+01:00")
    assert found != date(2026, 12, 4) and found != date(2026, 12, 9), found


def test_before_a_holiday_keeps_its_observed_day() -> None:
    # 4 July 2026 is a Saturday, kept on Friday the 3rd: still the day before it
    assert _by("We'll let you know before the 4th of July.", "US",
               "2026-06-25T10:00:00-04:00") == date(2026, 7, 3)


NUMBERS = [
    # ten in Slovenian and Czech, before their days (Reformation Day and All Saints' fall on a
    # weekend; Czechia's 28 October is a Wednesday)
    ("SI", "2026-10-26T10:00:00+01:00", "Odgovor vam bomo poslali v desetih delovnih dneh.",
     "2026-11-09"),
    ("CZ", "2026-10-26T10:00:00+01:00", "Výsledek vám oznámíme do deseti pracovních dnů.",
     "2026-11-10"),
    # Slovenian "sklep o izbiri": the employer's decision
    ("SI", "2026-10-26T10:00:00+01:00", "Sklep o izbiri bomo izdali v petih delovnih dneh.",
     "2026-11-02"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expect"), NUMBERS)
def test_ten_and_the_slovenian_decision(country: str, ref: str, text: str, expect: str) -> None:
    assert _by(text, country, ref) == date.fromisoformat(expect)


def test_ten_is_read_only_before_days() -> None:
    assert _by("Na razgovor smo povabili desetih kandidatov.", "SI",
               "2026-10-26T10:00:00+01:00") is None
    # French "de" is not tried as a number
    assert _by("Nous vous répondrons dans les deux jours de la semaine prochaine.", "FR",
               "2026-10-26T10:00:00+01:00") is not None


MONTH_PARTS = [
    ("BR", "2026-12-10T10:00:00-03:00", "O resultado sai na segunda quinzena de janeiro.",
     "2027-01-31"),
    ("NL", "2027-05-26T10:00:00+02:00", "De uitslag maken we in de tweede helft van juni bekend.",
     "2027-06-30"),
    ("GR", "2026-07-20T10:00:00+03:00", "Τα αποτελέσματα θα ανακοινωθούν στα μέσα Σεπτεμβρίου.",
     "2026-09-15"),
    ("SI", "2026-07-20T10:00:00+02:00", "Odgovor boste dobili sredi septembra.", "2026-09-15"),
    ("HU", "2026-07-20T10:00:00+02:00", "Az eredményről szeptember közepén értesítjük.",
     "2026-09-15"),
    # 1 January 2027 is a Friday: the first week of January is 1-7 January
    ("HU", "2026-12-15T10:00:00+01:00", "Január első hetében értesítjük.", "2027-01-07"),
    ("TR", "2026-07-20T10:00:00+03:00", "Sonuçları Eylül ortasında size bildireceğiz.",
     "2026-09-15"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expect"), MONTH_PARTS)
def test_month_parts_in_more_languages(country: str, ref: str, text: str, expect: str) -> None:
    assert _by(text, country, ref) == date.fromisoformat(expect)


def test_greek_within_is_no_month_part() -> None:
    # "μέσα σε" is "within": two weeks from Monday 20 July
    assert _by("Θα σας ενημερώσουμε μέσα σε δύο εβδομάδες.", "GR",
               "2026-07-20T10:00:00+03:00") == date(2026, 8, 3)


WEEKS = [
    ("DE", "2026-09-09T10:00:00+02:00", "Sie hören bis Ende der übernächsten Woche von uns.",
     "2026-09-25", "2026-09-25"),
    ("NL", "2026-09-09T10:00:00+02:00", "Je hoort overvolgende week van ons.",
     "2026-09-25", "2026-09-25"),
    # early next week: Monday to Wednesday; mid next week: Tuesday to Thursday
    ("HU", "2026-09-17T10:00:00+02:00", "Jövő hét elején értesítjük.", "2026-09-21", "2026-09-23"),
    ("TR", "2026-09-17T10:00:00+03:00", "Önümüzdeki haftanın ortasında size bildireceğiz.",
     "2026-09-22", "2026-09-24"),
]


@pytest.mark.parametrize(("country", "ref", "text", "lo", "hi"), WEEKS)
def test_weeks_in_more_languages(country: str, ref: str, text: str, lo: str, hi: str) -> None:
    found = _by(text, country, ref)
    assert found is not None and date.fromisoformat(lo) <= found <= date.fromisoformat(hi), found


NEW_YEAR = [
    ("DE", "2025-12-19T10:00:00+01:00", "Wir melden uns am ersten Arbeitstag im neuen Jahr.",
     "2026-01-02"),
    ("ES", "2025-12-19T10:00:00+01:00", "Le responderemos el primer día hábil de enero.",
     "2026-01-02"),
    # 1 January 2027 is a Friday: Monday 4 January
    ("GB", "2026-12-18T10:00:00+00:00", "We'll call you on the first working day of the new year.",
     "2027-01-04"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expect"), NEW_YEAR)
def test_the_first_working_day_of_the_new_year(country: str, ref: str, text: str,
                                               expect: str) -> None:
    assert _by(text, country, ref) == date.fromisoformat(expect)


def test_the_first_working_day_is_no_promise_in_spring() -> None:
    assert _by("Wir melden uns am ersten Arbeitstag im neuen Jahr.", "DE",
               "2026-04-10T10:00:00+02:00") is None


CLOSURES = [
    # a summer closure to Sunday 16 August: the week after it
    ("JP", "2026-08-05T10:00:00+09:00", "夏季休業（8月13日〜8月16日）明けに結果をご連絡します。",
     "2026-08-17", "2026-08-21"),
    ("KR", "2026-12-22T10:00:00+09:00", "연말 휴무(12월 29일~1월 1일) 이후에 결과를 안내드리겠습니다.",
     "2027-01-04", "2027-01-08"),
    # before it: the working day before its first day
    ("KR", "2026-12-22T10:00:00+09:00", "연말 휴무(12월 29일~1월 1일) 전까지 결과를 안내드리겠습니다.",
     "2026-12-28", "2026-12-28"),
]


@pytest.mark.parametrize(("country", "ref", "text", "lo", "hi"), CLOSURES)
def test_closures_dated_in_brackets(country: str, ref: str, text: str, lo: str, hi: str) -> None:
    found = _by(text, country, ref)
    assert found is not None and date.fromisoformat(lo) <= found <= date.fromisoformat(hi), found


FROM_THE_HOLIDAY = [
    # Corpus Christi, Thursday 4 June 2026: the Tuesday after it (not Tuesday 2 June)
    ("AT", "2026-06-01T10:00:00+02:00", "Nach Fronleichnam berät das Gremium; Sie hören am "
     "darauffolgenden Dienstag von uns.", "2026-06-09", "2026-06-09"),
    # the Assumption, Saturday 15 August 2026: the week after it
    ("AT", "2026-08-10T10:00:00+02:00", "Nach Mariä Himmelfahrt entscheiden wir; wir melden uns "
     "in der Woche darauf.", "2026-08-17", "2026-08-21"),
    # Whit Monday, 25 May 2026: the Friday after it
    ("NL", "2026-05-19T10:00:00+02:00", "De commissie komt na Pinksteren samen; de "
     "daaropvolgende vrijdag hoort u van ons.", "2026-05-29", "2026-05-29"),
    # Midsummer, Thursday 24 June 2027: the Thursday of the week after it
    ("EE", "2027-06-17T10:00:00+03:00", "Otsuse teeme pärast jaanipäeva ja anname teada "
     "hiljemalt jaanipäevale järgneva nädala neljapäeval.", "2027-07-01", "2027-07-01"),
]


@pytest.mark.parametrize(("country", "ref", "text", "lo", "hi"), FROM_THE_HOLIDAY)
def test_days_counted_from_a_holiday_named_before(country: str, ref: str, text: str, lo: str,
                                                  hi: str) -> None:
    found = _by(text, country, ref)
    assert found is not None and date.fromisoformat(lo) <= found <= date.fromisoformat(hi), found


def test_the_following_weekday_with_no_day_named_is_the_coming_one() -> None:
    # nothing named before "darauffolgenden": read as the coming Monday
    found = _by("Sie hören am darauffolgenden Montag von uns.", "DE", "2026-06-03T10:00:00+02:00")
    assert found == date(2026, 6, 8), found


@pytest.mark.parametrize("text", [
    "", "puente de " * 2000, "Después del puente de " + "la " * 3000,
    "연말 휴무(" + "12월 29일~" * 500, "szeptember " * 3000 + "közepén",
])
def test_bad_input_never_raises(text: str) -> None:
    extract_timeline(text, datetime.fromisoformat("2026-12-01T10:00:00+01:00"), country="ES")


MORE_WORDS = [
    # Dutch "één" (one, accented); King's Day, Tuesday 27 April 2027, skipped
    ("NL", "2027-04-26T10:00:00+02:00", "Uiterlijk één werkdag na het gesprek laten we het je "
     "weten.", "2027-04-28"),
    # Romanian "the next working day": St Andrew's (30 November) and National Day (1 December)
    ("RO", "2026-11-27T10:00:00+02:00", "Vă vom comunica rezultatul în următoarea zi lucrătoare.",
     "2026-12-02"),
    # "sai no dia 15", "el día 20": the day of this month
    ("BR", "2027-05-05T10:00:00-03:00", "O resultado final sai no dia 21.", "2027-05-21"),
    ("ES", "2027-05-05T10:00:00+02:00", "Te llamamos el día 20 con la decisión.", "2027-05-20"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expect"), MORE_WORDS)
def test_more_number_and_day_words(country: str, ref: str, text: str, expect: str) -> None:
    assert _by(text, country, ref) == date.fromisoformat(expect)


@pytest.mark.parametrize(("country", "text"), [
    ("TR", "Sonuçlar önümüzdeki günlerde duyurulacak."),
    ("HU", "A következő napokban értesítjük."),
    ("SI", "Odgovor boste prejeli v prihodnjih dneh."),
])
def test_the_coming_days_in_more_languages(country: str, text: str) -> None:
    # a few days: two to seven after Thursday 8 January 2026
    found = _by(text, country, "2026-01-08T10:00:00+02:00")
    assert found is not None and date(2026, 1, 10) <= found <= date(2026, 1, 15), found


def test_a_day_word_without_a_number_is_no_date() -> None:
    assert _by("No dia da entrevista, traga os documentos.", "BR",
               "2027-05-05T10:00:00-03:00") is None


JAPANESE_AND_KOREAN_MORE = [
    # a duration after a break: counted from its end (Seollal 6-9 February 2027)
    ("KR", "2027-02-03T10:00:00+09:00", "합격 여부는 설 연휴가 끝난 뒤 2영업일 이내에 알려 드립니다.",
     "2027-02-11"),
    # a results page open from one day to another: its first day
    ("KR", "2027-09-30T10:00:00+09:00", "최종 결과는 10월 8일부터 14일까지 홈페이지에서 확인하실 수 "
     "있습니다.", "2027-10-08"),
    ("JP", "2027-02-25T10:00:00+09:00", "合否は3月2日から9日まで、マイページで確認できます。",
     "2027-03-02"),
]


@pytest.mark.parametrize(("country", "ref", "text", "expect"), JAPANESE_AND_KOREAN_MORE)
def test_japanese_and_korean_breaks_and_windows(country: str, ref: str, text: str,
                                                expect: str) -> None:
    assert _by(text, country, ref) == date.fromisoformat(expect)


def test_a_lower_bound_is_still_no_promise() -> None:
    assert _by("合否は3月2日以降にお知らせします。", "JP", "2027-02-25T10:00:00+09:00") is None
    assert _by("전형 결과는 10월 8일부터 확인하실 수 있습니다.", "KR",
               "2027-09-30T10:00:00+09:00") is None
