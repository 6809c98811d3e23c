"""Classes of phrasing added in round 18 by the helper "tl18i" for languages other than English
(check set ``tests/data/real_timeline_t18i.py``):

- Serbian in both of its scripts: Cyrillic read as its Latin spelling (a Serbian-writing country,
  or letters only Serbian has), the one-word future of the response verbs ("javićemo",
  "objavićemo"), "posle" (after), the ekavian "sledeće / naredne nedelje" and Bosnian "naredne
  sedmice" (next week), month genitives ("12. aprila") (``far_words``, ``grammar``,
  ``holiday_words``);
- no promise: a usual length stated as general information in Arabic ("عادةً ما يستغرق"),
  Hebrew ("בדרך כלל ... נמשך"), Croatian and Serbian ("obično traje"), Indonesian ("biasanya
  ... memakan waktu") and "in (nearly) half / most of the cases" in the Romance languages
  (``clauses``); the Nordic, Arabic and Hebrew appeal windows, and the candidate's own wait
  told after the length ("... antes de escribirnos", "... avant de nous relancer") (``own_asks``);
  a count "from the day on which ..." that the text never dates ("מהיום שבו", "desde el día en
  que", "dal giorno in cui") (``context``); a count from a step dated right after it in Italian
  and Spanish ("dalla prova scritta del 30 maggio", "desde la prueba del 30 de mayo")
  (``event_days``);
- the weekdays and "next week" of Indonesian, Arabic, Hebrew and Ukrainian ("Senin depan",
  "يوم الخميس", "ביום שני", "у вівторок", "pekan depan", "наступного тижня") and the Arabic
  result in the singular ("بالنتيجة") (``far_words``, ``time_words``, ``lexicon``, ``grammar``);
- the Romance "week following <holiday>" told with "a" ("la semana siguiente a Fiestas
  Patrias", "la settimana successiva a Ferragosto", "na semana seguinte ao Carnaval"): the week
  after the holiday, not the week after the reference (``grammar``);
- Estonian's "after" glued to the holiday as an adjective ("jaanipäevajärgsel nädalal",
  "lihavõttejärgsel nädalal"): the week after it (``holiday_words``, ``after_holiday``);
- Chinese: "请 ..." (please ...) makes a reply the candidate's own only up to a "we" told after
  it ("请耐心等待，我们将在5个工作日内回复您" is the employer's); Hong Kong's "七一" (1 July) as a
  holiday (``zh_words``);
- Arabic and Hebrew holidays: "بعد (إجازة) عيد الأضحى", "أول يوم عمل بعد", "(בשבוע) שאחרי פסח"
  (Israel's feasts in Hebrew and English, each the day its break ends), and the week of the
  countries whose working week runs Sunday to Thursday ("next week", "the week after
  Passover", "the end of this week": its Thursday) (``holiday_words``, ``grammar``,
  ``named_days``, ``relative``, ``businessdays``); "this week" and its end in Ukrainian, Hebrew,
  Arabic and Indonesian ("до кінця тижня", "עד סוף השבוע", "قبل نهاية الأسبوع") (``far_words``);
- a numbered week ("uge 14", "vecka 14", "KW 14") is its working days: a public holiday at either
  end left out, but "by the end of week n" keeps its Friday (``calendar_dates``); the Swedish
  "v. 20"; "veckan därpå", "uken deretter", "ugen derefter" (the week after the one named)
  (``grammar``).

Each class is tested in wording of its own (not the check set's), with look-alikes that must stay
as they were and bad input; the expected days were worked out by hand with ``datetime`` and the
``holidays`` package (references in 2034: Easter, Western and Orthodox, is 9 April).
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from timeline_check import respond_by as _by

from interview_sync.core.timeline.extract import extract_timeline
from interview_sync.core.timeline.far_words import latin_serbian, serbian_script

# (country, reference, text, first and last day accepted for the day promised)
PROMISES = [
    # Serbian Cyrillic: Monday 6 March + 10 days = Thursday 16
    ("RS", "2034-03-06T10:00+01:00",
     "Одлуку ћемо донети брзо и јавићемо вам се у року од 10 дана.", "2034-03-16", "2034-03-16"),
    # ... without a country: "ћ", "ј" are Serbian letters, none of Ukrainian's is there
    ("", "2034-05-08T10:00+02:00", "Резултате ћемо објавити до 15. маја.",
     "2034-05-14", "2034-05-15"),
    # Serbian Latin: next week, 13 to 17 March
    ("RS", "2034-03-06T10:00+01:00", "Obavestićemo vas o ishodu sledeće nedelje.",
     "2034-03-13", "2034-03-17"),
    # Bosnian "naredne sedmice"
    ("BA", "2034-03-06T10:00+01:00", "Rezultate ćemo objaviti naredne sedmice.",
     "2034-03-13", "2034-03-17"),
    # "posle Uskrsa" introduces a dated day: Wednesday 12 April
    ("RS", "2034-04-05T10:00+02:00", "Javićemo vam se posle Uskrsa, u sredu 12. aprila.",
     "2034-04-12", "2034-04-12"),
    # weekdays: Wednesday 8 March → Monday 13, Sunday 5 → Thursday 9 and Monday 6, Wednesday 8
    # → Tuesday 14
    ("ID", "2034-03-08T10:00+07:00", "Hasilnya akan kami umumkan paling lambat Senin depan.",
     "2034-03-13", "2034-03-13"),
    ("JO", "2034-03-05T10:00+02:00", "سنبلغك بالنتيجة يوم الخميس.", "2034-03-09", "2034-03-09"),
    ("IL", "2034-03-05T10:00+02:00", "נודיע לך על ההחלטה ביום שני.", "2034-03-06", "2034-03-06"),
    ("UA", "2034-03-08T10:00+02:00", "Повідомимо про рішення у вівторок.",
     "2034-03-14", "2034-03-14"),
    # the week following a holiday: Ferragosto (Tuesday 15 August) → 21 to 25 August; Carnival
    # (20-21 February) → the rest of Ash Wednesday's week or the next; Fiestas Patrias (Monday
    # 18 and Tuesday 19 September) → 25 to 29 September
    ("IT", "2034-08-01T10:00+02:00",
     "Vi comunicheremo l'esito nella settimana successiva a Ferragosto.", "2034-08-21",
     "2034-08-25"),
    ("BR", "2034-02-06T10:00-03:00", "A lista dos aprovados sai na semana seguinte ao Carnaval.",
     "2034-02-22", "2034-03-03"),
    ("CL", "2034-09-04T10:00-03:00", "Les avisaremos la semana siguiente a Fiestas Patrias.",
     "2034-09-25", "2034-09-29"),
    # Estonian: Midsummer Day is Saturday 24 June 2034 (Victory Day Friday 23) → 26 to 30 June;
    # Easter Sunday 9 April → 10 to 14 April
    ("EE", "2034-06-07T10:00+03:00", "Tulemustest teavitame jaanipäevajärgsel nädalal.",
     "2034-06-26", "2034-06-30"),
    ("EE", "2034-03-29T10:00+03:00", "Otsusest anname teada lihavõttejärgsel nädalal.",
     "2034-04-10", "2034-04-14"),
    # Chinese: "please wait; we'll reply within 5 working days", Wednesday 8 March → 15 March
    ("CN", "2034-03-08T10:00+08:00", "请耐心等待，我们将在5个工作日内回复您。",
     "2034-03-15", "2034-03-15"),
    # Passover 2034 runs 4 to 10 April (Tuesday to Monday); the week after it in Israel is
    # Sunday 16 to Thursday 20 April; "after Passover" in English too
    ("IL", "2034-03-20T10:00+02:00", "ההחלטה תתקבל בשבוע שאחרי פסח.", "2034-04-16", "2034-04-20"),
    ("IL", "2034-03-20T10:00+02:00", "We'll let you know in the week after Passover.",
     "2034-04-16", "2034-04-20"),
    # next week in Israel and Jordan: Sunday 12 to Thursday 16 March, from Tuesday 7 March
    ("IL", "2034-03-07T10:00+02:00", "נחזור אליך בשבוע הבא.", "2034-03-12", "2034-03-16"),
    ("JO", "2034-03-07T10:00+02:00", "سنبلغك بالنتيجة الأسبوع القادم.", "2034-03-12",
     "2034-03-16"),
    # Saudi Eid al-Adha 2034 (about 28 February to 4 March; observed days to Tuesday 7): the
    # first working day after it; "after the Eid holiday" in Algeria with a dated Sunday
    ("SA", "2034-02-20T10:00+03:00", "سيتم إبلاغ المقبولين في أول يوم عمل بعد إجازة عيد الأضحى.",
     "2034-03-05", "2034-03-08"),
    ("DZ", "2034-02-20T10:00+01:00", "سنتصل بالمقبولين بعد عطلة عيد الأضحى، يوم الأحد 5 مارس.",
     "2034-03-05", "2034-03-05"),
    # ISO week 14 of 2034 is 3 to 7 April; Maundy Thursday and Good Friday close it in Denmark
    ("DK", "2034-03-13T10:00+01:00", "Alle ansøgere får svar senest i uge 14.", "2034-04-03",
     "2034-04-05"),
    # ... "bis Ende der KW 14" is its Friday all the same
    ("DE", "2034-03-13T10:00+01:00", "Das Ergebnis teilen wir Ihnen bis Ende der KW 14 mit.",
     "2034-04-07", "2034-04-07"),
    # "v. 20" and the week after it: week 21 of 2034, 22 to 26 May (Ascension, Thursday 25)
    ("SE", "2034-05-02T10:00+02:00",
     "Intervjuerna hålls v. 20 och besked om anställning lämnas veckan därpå.", "2034-05-22",
     "2034-05-26"),
    ("NO", "2034-05-02T10:00+02:00", "Intervjuer holdes i uke 20, og svar gis uken deretter.",
     "2034-05-22", "2034-05-26"),
    # Hong Kong's 1 July 2034 is a Saturday; the first working day after it is Monday 3 July
    ("HK", "2034-06-26T10:00+08:00", "我们会在七一假期后的第一个工作日通知您结果。", "2034-07-03",
     "2034-07-03"),
    # this week's end, from Tuesday 7 March: Friday 10 in Ukraine, Thursday 9 in Israel and
    # Jordan
    ("UA", "2034-03-07T10:00+02:00", "Ми повернемося до вас зі зворотним зв'язком до кінця тижня.",
     "2034-03-10", "2034-03-10"),
    ("IL", "2034-03-07T10:00+02:00", "נחזור אליך עד סוף השבוע.", "2034-03-09", "2034-03-09"),
    ("JO", "2034-03-07T10:00+02:00", "سنبلغك بالنتيجة قبل نهاية الأسبوع.", "2034-03-09",
     "2034-03-09"),
    # counted from a step dated right after it: Tuesday 30 May 2034 + 5 working days (Republic
    # Day, Friday 2 June, skipped in Italy) → Wednesday 7 June; in Spain → Tuesday 6 June
    ("IT", "2034-05-19T10:00+02:00",
     "Gli ammessi saranno comunicati entro 5 giorni lavorativi dalla prova scritta del 30 maggio.",
     "2034-06-07", "2034-06-07"),
    ("ES", "2034-05-19T10:00+02:00",
     "Los admitidos serán informados en 5 días hábiles desde la prueba escrita del 30 de mayo.",
     "2034-06-06", "2034-06-06"),
    # ... while "la semana siguiente" alone stays next week
    ("ES", "2034-02-06T10:00+01:00", "Le daremos una respuesta la semana siguiente.",
     "2034-02-13", "2034-02-17"),
    # next week: 13 to 17 March
    ("ID", "2034-03-08T10:00+07:00", "Hasil seleksi akan kami umumkan pekan depan.",
     "2034-03-13", "2034-03-17"),
    ("UA", "2034-03-08T10:00+02:00", "Ми зв'яжемося з вами наступного тижня.",
     "2034-03-13", "2034-03-17"),
]


@pytest.mark.parametrize(("country", "ref", "text", "first", "last"), PROMISES)
def test_promises(country: str, ref: str, text: str, first: str, last: str) -> None:
    found = _by(text, country or None, ref)
    assert found is not None, text
    assert date.fromisoformat(first) <= found <= date.fromisoformat(last), (text, found)


NO_PROMISE = [
    # the candidate's own deadline, in Serbian
    ("RS", "2034-05-08T10:00+02:00", "Prijave se podnose do 15. maja."),
    # Croatian "sljedeće nedjelje" is next Sunday, not next week: not read as a week
    ("HR", "2034-05-08T10:00+02:00", "Javit ćemo vam se sljedeće nedjelje."),
    # the candidate's own reply in Chinese
    ("CN", "2034-03-08T10:00+08:00", "请在3个工作日内回复确认是否接受。"),
    # a weekday with no answer promised: the interview's own day
    ("ID", "2034-03-08T10:00+07:00", "Wawancara kedua dijadwalkan hari Senin pukul 10.00."),
    ("JO", "2034-03-05T10:00+02:00", "المقابلة الثانية يوم الخميس الساعة العاشرة."),
    # usual lengths as general information
    ("EG", "2034-02-06T10:00+02:00", "عادةً ما يستغرق اتخاذ القرار النهائي حوالي ثلاثة أسابيع."),
    ("IL", "2034-02-06T10:00+02:00", "בדרך כלל תהליך הגיוס נמשך כחודש."),
    ("RS", "2034-02-06T10:00+01:00", "Izbor kandidata obično traje dve do tri nedelje."),
    ("ID", "2034-02-06T10:00+07:00", "Biasanya pengumuman hasil memakan waktu sekitar dua minggu."),
    ("ES", "2034-02-06T10:00+01:00",
     "En la mayoría de los casos, las empresas tardan unas dos semanas en contestar."),
    # the candidate's own wait before following up
    ("PE", "2034-02-06T10:00-05:00",
     "Si no tienes noticias, espera una semana antes de escribirnos de nuevo."),
    ("FR", "2034-02-06T10:00+01:00",
     "Sans nouvelles de notre part, attendez dix jours avant de nous relancer."),
    # a count from a day a relative clause names
    ("IL", "2034-02-06T10:00+02:00", "נודיע לך תוך 10 ימים מהיום שבו תתקבל ההחלטה."),
    ("IT", "2034-02-06T10:00+01:00",
     "Vi contatteremo entro 15 giorni dal giorno in cui la commissione avrà deciso."),
    # appeal windows
    ("SE", "2034-02-06T10:00+01:00", "Den som vill överklaga ska göra det inom tre veckor."),
    ("NO", "2034-02-06T10:00+01:00", "Klage må sendes innen tre uker etter at vedtaket er kjent."),
    ("SA", "2034-02-06T10:00+03:00", "يحق للمتقدم تقديم اعتراض على النتيجة خلال خمسة أيام."),
]


# ... while the employer's own answer in the same languages stays a promise
OWN_ANSWER = [
    ("EG", "2034-02-06T10:00+02:00", "سنتواصل معك خلال ثلاثة أسابيع.", "2034-02-27"),
    ("IL", "2034-02-06T10:00+02:00", "נחזור אליך תוך שבועיים.", "2034-02-20"),
    ("ID", "2034-02-06T10:00+07:00", "Kami akan menghubungi Anda dalam waktu dua minggu.",
     "2034-02-20"),
    ("SE", "2034-02-06T10:00+01:00", "Vi meddelar beslutet inom tre veckor.", "2034-02-27"),
    ("ES", "2034-02-06T10:00+01:00", "Le daremos una respuesta en una semana.", "2034-02-13"),
    ("IL", "2034-02-06T10:00+02:00", "נחזור אליך תוך שבועיים מהיום.", "2034-02-20"),
]


@pytest.mark.parametrize(("country", "ref", "text", "day"), OWN_ANSWER)
def test_own_answer_stays_a_promise(country: str, ref: str, text: str, day: str) -> None:
    assert _by(text, country, ref) == date.fromisoformat(day)


@pytest.mark.parametrize(("country", "ref", "text"), NO_PROMISE)
def test_no_promise(country: str, ref: str, text: str) -> None:
    assert _by(text, country, ref) is None


def test_ukrainian_is_not_transliterated() -> None:
    text = "Повідомимо результати протягом п'яти робочих днів."
    assert not serbian_script(text, None)
    assert _by(text, None, "2034-05-08T10:00+02:00") == date(2034, 5, 15)


def test_serbian_script() -> None:
    assert latin_serbian("Љубљана, Ђурђевдан, џеп") == "Ljubljana, Đurđevdan, džep"
    assert serbian_script("Резултати", "RS") and not serbian_script("Rezultati", "RS")
    assert not serbian_script("Результати", None)  # no letter only Serbian has


@pytest.mark.parametrize("text", [
    "", "ћ" * 50_000, "Јавићемо " * 5_000, "\x00Ђ\ud800ћ", "Резултати\u200b у року од ∞ дана",
])
def test_bad_input_never_raises_and_stays_fast(text: str) -> None:
    start = time.perf_counter()
    for country in ("RS", None):
        extract_timeline(text, datetime.fromisoformat("2034-05-08T10:00+02:00"), country=country)
    assert time.perf_counter() - start < 2.0
