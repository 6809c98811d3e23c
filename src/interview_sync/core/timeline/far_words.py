"""The words of the languages the timeline reader learnt in round 17 ("tl17i"): Indonesian,
Vietnamese, Ukrainian, Hebrew and Arabic; and since round 18 ("tl18i") Serbian, in both of its
scripts.

Owns ``FAR_DURATION`` and ``FAR_DATE`` (``grammar``'s alternatives ``durf`` and ``vnday``: "dalam
waktu lima hari kerja", "trong vòng 3 ngày làm việc", "протягом трьох робочих днів", "תוך
שבוע", "خلال أسبوعين", "ngày 3 tháng 2"), ``FAR_MONTHS`` (month names as a date writes them:
"15 Agustus", "20 באפריל", "6 أبريل", "3 березня"), ``FAR_CUE`` (the words that say an answer is
coming) and ``far_count`` (a duration's count and unit; ``relative`` resolves both kinds).
Why a module of their own: each of these languages writes a count its own way (Hebrew and
Arabic put the number inside the word, "שבועיים", "أسبوعين" are two weeks; Indonesian glues
"se-" on, "seminggu" is one week; Vietnamese writes a date as "day 3 month 2"), and the tables
of the older languages are near their size limits.

Round 18: Serbian is written in Cyrillic and in Latin letters, one language in two scripts, so
``latin_serbian`` spells a Serbian text's Cyrillic in Latin letters (one letter for one, the
official correspondence) before the reader reads it, and the Latin words it lacked next to
Croatian's are here: the ekavian "posle" (after) and "nedelja" (week), the month names
("26. aprila"), "sledeće / naredne nedelje" (next week). And the weekdays and "next week" of
the round-17 languages, which read only durations and dates before: ``FAR_WEEKDAYS`` ("Senin
depan", "يوم الأحد القادم", "ביום ראשון", "у п'ятницю"; ``grammar``'s ``wdayx``) and
``FAR_NEXT_WEEK`` ("minggu depan", "الأسبوع القادم", "בשבוע הבא", "наступного тижня"; its
``nweekx``).
"""

from __future__ import annotations

import re

from interview_sync.core.timeline import far_counts, latest_words, newest_words, ru_words

__all__ = ["FAR_CUE", "FAR_DATE", "FAR_DURATION", "FAR_MONTHS", "FAR_MONTH_WORDS",
           "FAR_NEXT_WEEK", "FAR_THIS_WEEK", "FAR_WEEKDAYS", "FAR_WEEKDAY_LITERALS",
           "FAR_WEEKDAY_WORDS", "SERBIAN_NEXT_WEEK", "far_count", "latin_serbian",
           "serbian_script"]

# Number words → value (the forms a count takes before its unit)
_NUMBERS = {
    # Indonesian
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "empat belas": 14, "lima belas": 15,
    # Vietnamese ("năm" is five before a unit; a year is no unit here)
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười bốn": 14, "mười lăm": 15,
    # Ukrainian, nominative and genitive ("три дні", "трьох робочих днів")
    "один": 1, "одного": 1, "одну": 1, "два": 2, "дві": 2, "двох": 2, "три": 3, "трьох": 3,
    "чотири": 4, "чотирьох": 4, "п'ять": 5, "п'яти": 5, "пʼять": 5, "пʼяти": 5, "п’ять": 5,
    "п’яти": 5, "шість": 6, "шести": 6, "сім": 7, "семи": 7, "десять": 10, "десяти": 10,
    "чотирнадцять": 14, "чотирнадцяти": 14, "тридцять": 30, "тридцяти": 30,
    # Hebrew (masculine and feminine, absolute and construct)
    "שלושה": 3, "שלוש": 3, "שלושת": 3, "ארבעה": 4, "ארבע": 4, "ארבעת": 4, "חמישה": 5,
    "חמש": 5, "חמשת": 5, "שישה": 6, "שש": 6, "שבעה": 7, "עשרה": 10, "עשר": 10,
    # Arabic
    "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "سبعة": 7,
    "عشرة": 10,
}
_NUMBERS.update(far_counts.NUMBERS)  # round 19 ("tl19i"): Bulgarian, Malay, Hindi, Urdu, ...
_NUM = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _NUMBERS), key=len,
                       reverse=True))

# Units → the class ``relative`` counts in ("business day", "day", "week", "month")
_OWN_UNITS = (
    (r"hari\s+kerja|ngày\s+làm\s+việc|робоч(?:их|і)\s+дн(?:ів|я|і)|ימי\s+(?:עבודה|עסקים)"
     r"|(?:أ|ا)يام\s+عمل", "business day"),
    (r"hari|ngày|дн(?:ів|я|і)|день|ימים|(?:أ|ا)يام", "day"),
    (r"minggu|pekan|tuần|тижн(?:ів|я|і)|тиждень|שבועות|(?:أ|ا)سابيع", "week"),
    (r"bulan|tháng|місяц(?:ів|я|і)|місяць|חודשים|(?:أ|ا)شهر|شهور", "month"),
)
# round 19 ("tl19i"): each class's new words join it, ahead of the old ones (the longer unit
# first: "hari bekerja" before "hari"); "hour" is a class of its own (``far_count``)
_CLASSES = ("business day", "hour", "day", "week", "month")
_UNITS = tuple(
    ("|".join([w for w, c in far_counts.UNITS if c == cls]
              + [w for w, c in _OWN_UNITS if c == cls]), cls) for cls in _CLASSES)
_UNIT = "|".join(words for words, _ in _UNITS)
_UNIT_RES = tuple((re.compile(rf"(?:{words})\Z"), unit) for words, unit in _UNITS)

# A count the word itself carries: the Hebrew and Arabic duals, Indonesian "se-", and one unit
# after "within" ("תוך שבוע", "خلال أسبوع", "within a week")
_IMPLICIT = {
    "שבועיים": (2, "week"), "יומיים": (2, "day"), "חודשיים": (2, "month"),
    "أسبوعين": (2, "week"), "اسبوعين": (2, "week"), "أسبوعان": (2, "week"), "يومين": (2, "day"),
    "شهرين": (2, "month"), "seminggu": (1, "week"), "sepekan": (1, "week"),
    "sebulan": (1, "month"), "שבוע": (1, "week"), "חודש": (1, "month"), "יום": (1, "day"),
    "أسبوع": (1, "week"), "اسبوع": (1, "week"), "شهر": (1, "month"),
    **ru_words.IMPLICIT,
    **newest_words.IMPLICIT,  # round 24 ("tl24i"): Sinhala "සතියක්", Assamese "এসপ্তাহৰ"
    **latest_words.IMPLICIT,  # round 25 ("tl25i"): Irish "coicís", Maltese "ġimgħatejn"
}
_WITHIN_ONE = (r"(?:(?:תוך|בתוך|בעוד|خلال|في\s+غضون)\s+(?:שבוע|חודש|יום|أسبوع|اسبوع|شهر)"
               # round 20 ("tl20i"): "в течение недели", "binnen de week" (``ru_words``)
               r"|" + ru_words.WITHIN_ONE + r")(?!\w)")

# round 19: Swahili's unit-first counts ("siku saba", "wiki mbili")
_FIRST_NUMBERS = far_counts.UNIT_FIRST_NUMBERS
_FIRST_NUM = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _FIRST_NUMBERS),
                             key=len, reverse=True))
_FIRST_UNIT = "|".join(words for words, _ in far_counts.UNIT_FIRST)
# (matched where the unit stands, in the whole text: round 25's Kinyarwanda "iminsi" looks ahead
# past its count for "y'akazi", of work)
_FIRST_UNIT_RES = tuple((re.compile(rf"(?:{words})"), unit)
                        for words, unit in far_counts.UNIT_FIRST)

FAR_DURATION = (
    # (not the Vietnamese weekdays "thứ hai", "thứ ba", "thứ năm": Monday, Tuesday, Thursday).
    # Round 19: Malay and Indonesian write the figure after the word ("tujuh (7) hari"), and
    # Thai runs words together, so a unit may be followed by a Thai letter ("3 วันหลังจาก")
    # round 21: not the second count of "one or two" (Albanian "një ose dy javësh", Uzbek "bir
    # yoki ikki hafta", Azerbaijani "bir və ya iki həftə"): a vague length
    rf"(?P<durf>(?<![\w$£€.,/:-])(?<!thứ\s)(?<!\bose\s)(?<!\byoki\s)(?<!\bvə\sya\s)"
    rf"(?:(?P<durf_n1>{_NUM}|\d{{1,3}})(?:\s*\(\d{{1,3}}\))?"
    rf"\s*(?P<durf_u>{_UNIT})(?:(?!\w)|(?<=[\u0e00-\u0e7f]))"
    rf"|(?P<durf_f>{_FIRST_UNIT})\s+(?P<durf_n2>{_FIRST_NUM}|\d{{1,3}})(?!\w)"
    # (round 21: not Malay's vague "seminggu dua", "seminggu atau dua": a week or two)
    r"|(?P<durf_k>שבועיים|יומיים|חודשיים|(?:أ|ا)سبوع(?:ين|ان)|يومين|شهرين"
    r"|seminggu(?!\s+(?:atau\s+)?dua\b)|sepekan"
    r"|sebulan|" + newest_words.IMPLICIT_WORDS + r"|" + latest_words.IMPLICIT_WORDS
    + r"|" + _WITHIN_ONE + r")(?!\w)))"
)

# Vietnamese "ngày 3 tháng 2 (năm 2031)": day 3 of month 2
FAR_DATE = (r"(?P<vnday>\bngày\s+(?P<vnday_d>\d{1,2})\s+tháng\s+(?P<vnday_m>\d{1,2})"
            r"(?:\s+năm\s+(?P<vnday_y>\d{4}))?(?!\d))")

# Month names as a date writes them: Indonesian (the ones Dutch and English do not share),
# Ukrainian genitives, Hebrew (also with "ב", "in", glued on: "20 באפריל"), Egyptian Arabic
FAR_MONTHS = {
    "maret": 3, "agustus": 8, "nopember": 11,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7,
    "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}
FAR_MONTHS.update({"ב" + name: month for name, month in list(FAR_MONTHS.items())
                   if "\u05d0" <= name[0] <= "\u05ea"})
# round 18: Serbian (and Bosnian, Montenegrin) months, nominative and the genitive a date takes
# ("26. aprila", "3. jun"); Croatian has its own ("travnja", ``lexicon``)
FAR_MONTHS.update({
    "januar": 1, "januara": 1, "februar": 2, "februara": 2, "marta": 3, "aprila": 4,
    "juna": 6, "jula": 7, "avgust": 8, "avgusta": 8, "septembar": 9, "septembra": 9,
    "oktobar": 10, "oktobra": 10, "novembar": 11, "novembra": 11, "decembar": 12,
    "decembra": 12,
})
# round 19 ("tl19i"): Bulgarian, Malay, Hindi, Levantine Arabic, Tagalog (``far_counts``)
FAR_MONTHS.update({k: v for k, v in far_counts.MONTHS.items() if k not in FAR_MONTHS})
FAR_MONTH_WORDS = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                           for name in sorted(FAR_MONTHS, key=len, reverse=True))

# The words that say an answer is coming
FAR_CUE = (
    # Indonesian: "menghubungi", "mengabari", "kabar", "pengumuman", "hasil", "memberi tahu"
    r"menghubungi|mengabari|dikabari|kabar(?:i|kan)?\b|pengumuman|diumumkan|umumkan|hasil\b"
    r"|memberi(?:\s+|kan\s+)?(?:tahu|kabar|informasi)|keputusan"
    # Vietnamese: "trả lời", "thông báo", "liên hệ", "phản hồi", "kết quả", "gửi thư mời"
    r"|trả\s+lời|thông\s+báo|liên\s+(?:hệ|lạc)\s+(?:với\s+)?(?:bạn|anh|chị|em)|phản\s+hồi"
    r"|kết\s+quả|gửi\s+thư\s+mời"
    # Ukrainian: "повідомимо", "зв'яжемося", "відповідь", "результати", "рішення"
    r"|повідом|зв['ʼ’]яж|відповід(?:ь|і|ати)\b|результат|рішенн"
    # (round 18: "зі зворотним зв'язком", with feedback)
    r"|зворотн"
    # Hebrew (with the prefixes ה, ו, ב, ל spelled out: a branch with a known first letter is
    # cheap to skip, ``factor``): "נחזור אליך", "נודיע", "נעדכן", "תשובה", "החלטה", "תוצאות"
    r"|נחזור|נודיע|נעדכן|ניצור\s+קשר|תשובה|התשובה|ותשובה|בתשובה|לתשובה|החלטה|ההחלטה|וההחלטה"
    r"|בהחלטה|תוצאות|התוצאות|ותוצאות"
    # Arabic (the future "س" and the article "ال" spelled out): "سنتواصل", "نبلغك", "إعلان",
    # "نتائج", "الرد", "القرار"
    r"|نتواصل|سنتواصل|نبلغ|سنبلغ|نخبر|سنخبر|نرد|سنرد|إعلان|اعلان|نتائج|النتائج|رد\b|الرد\b"
    r"|قرار|القرار"
    # round 18: Serbian's one-word future, where Croatian writes two ("javićemo" for "javit
    # ćemo", "objavićemo", "obavestićemo"), and the ekavian "obaveštenje" (notice)
    r"|javi(?:ć|c)(?:emo|e|u)\b|objavi(?:ć|c)(?:emo|e)\b|obavesti(?:ć|c)|obave(?:š|s)t(?:en|avam)"
    # ... and the Arabic result in the singular ("ستصلك النتيجة", "سنبلغك بالنتيجة"), informing
    # and calling ("سيتم إبلاغ المرشحين", "سنتصل بالمقبولين")
    r"|نتيجة|النتيجة|بالنتيجة|إبلاغ|ابلاغ|نتصل|سنتصل"
    # round 19 ("tl19i"): Bulgarian, Malay, Thai, Hindi, Urdu, Persian, ... (``far_counts``)
    r"|" + far_counts.CUE
)


# round 18: weekdays (0 Monday ... 6 Sunday) in Indonesian, Arabic (Sunday to Thursday, the
# working week there), Hebrew ("יום ראשון": day one, Sunday; also with "ב", on, glued on) and
# Ukrainian (the cases a deadline takes: "до п'ятниці", "у п'ятницю"). Not Indonesian "Minggu"
# (also "week") nor the Arabic and Hebrew weekend days.
FAR_WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الأحد": 6, "الاحد": 6,
    "понеділок": 0, "понеділка": 0, "вівторок": 1, "вівторка": 1, "середа": 2, "середи": 2,
    "середу": 2, "четвер": 3, "четверга": 3, "п'ятниця": 4, "п'ятниці": 4, "п'ятницю": 4,
    "пʼятниця": 4, "пʼятниці": 4, "пʼятницю": 4, "п’ятниця": 4, "п’ятниці": 4, "п’ятницю": 4,
}
for _day, _n in (("ראשון", 6), ("שני", 0), ("שלישי", 1), ("רביעי", 2), ("חמישי", 3)):
    FAR_WEEKDAYS["יום " + _day] = _n
    FAR_WEEKDAYS["ביום " + _day] = _n
FAR_WEEKDAYS.update(far_counts.WEEKDAYS)  # round 19 ("tl19i"): Bulgarian, Malay, Hindi, Swahili
FAR_WEEKDAY_WORDS = "|".join(
    re.escape(word).replace(r"\ ", r"\s+") for word in sorted(FAR_WEEKDAYS, key=len, reverse=True))
# ... the literals ``needs`` gates them on (one of which every match holds)
FAR_WEEKDAY_LITERALS = ("senin", "selasa", "rabu", "kamis", "jum", "الاثنين", "الإثنين",
                        "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الأحد", "الاحد", "יום",
                        "понеділ", "вівтор", "серед", "четвер", "ятниц",
                        *far_counts.WEEKDAY_LITERALS)

# ... and "next week": "minggu depan", "pekan depan", "الأسبوع القادم / المقبل", "(ב)שבוע הבא",
# "наступного тижня", "на наступному тижні"
FAR_NEXT_WEEK = (r"(?:minggu|pekan)\s+depan|(?:في\s+)?(?:ال)?أسبوع\s+(?:القادم|المقبل)"
                 r"|(?:ב|ו)?שבוע\s+הבא|наступного\s+тижня|на\s+наступному\s+тижні"
                 # round 19 ("tl19i"): ``far_counts``
                 r"|" + far_counts.NEXT_WEEK)

# ... and this week and its end: "до кінця тижня", "цього тижня", "akhir minggu ini", "minggu
# ini", "עד סוף השבוע", "השבוע", "بنهاية الأسبوع", "هذا الأسبوع"
FAR_THIS_WEEK = (r"(?:до\s+)?кінця\s+(?:цього\s+)?тижня|цього\s+тижня|на\s+цьому\s+тижні"
                 r"|(?:akhir\s+)?(?:minggu|pekan)\s+ini"
                 r"|(?:עד\s+)?סוף\s+השבוע(?!\s+הבא)|(?:ב|ו)?השבוע(?!\s+הבא)"
                 r"|(?:ب|في\s+|قبل\s+)?نهاية\s+(?:هذا\s+)?(?:ال)?أسبوع(?:\s+(?:الحالي|الجاري))?"
                 r"(?!\s+(?:القادم|المقبل))|(?:في\s+)?هذا\s+الأسبوع"
                 # round 19 ("tl19i"): ``far_counts``
                 r"|" + far_counts.THIS_WEEK)

# round 18: Serbian and Bosnian "next week" ("sledeće nedelje", "naredne sedmice", "iduće
# sedmice"). The ekavian "nedelja" is a week as well as a Sunday; the ijekavian "nedjelja" is
# only Sunday ("sljedeće nedjelje": next Sunday), so it is left out.
SERBIAN_NEXT_WEEK = (r"(?:sled(?:e|i)(?:ć|c)|sljede(?:ć|c)|naredn|idu(?:ć|c))(?:e|oj|u)\s+"
                     r"(?:nedelj(?:e|i|u)|sedmic(?:e|i|u))")

# Serbian Cyrillic → Latin, letter for letter (the official correspondence; lower case is enough:
# the reader reads a lower-cased copy, and an upper-case letter keeps its case below)
_SR_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
}
_SR_LATIN.update({k.upper(): v.capitalize() for k, v in list(_SR_LATIN.items())})
_SR_TABLE = str.maketrans(_SR_LATIN)
# The countries that write Serbian (or Bosnian, Montenegrin) in Cyrillic
_SERBIAN_COUNTRIES = frozenset({"RS", "BA", "ME", "XK"})
# Letters only Serbian Cyrillic (and Macedonian) has, and letters only Ukrainian, Russian and
# Belarusian have: a text without a country is Serbian when it holds the first and not the second
_SERBIAN_ONLY = frozenset("ђћџјљњЂЋЏЈЉЊ")
_NOT_SERBIAN = frozenset("іїєґыэъёщйІЇЄҐЫЭЪЁЩЙ")
_MACEDONIAN_ONLY = frozenset("ќѓѕЌЃЅ")


def serbian_script(text: str, country: str | None) -> bool:
    """Whether ``text`` is Serbian in Cyrillic: Cyrillic from a country that writes Serbian, or
    Cyrillic with letters only Serbian has and none only its neighbours have."""
    if text.isascii():  # most texts: one C-level pass
        return False
    letters = set(text)
    if not any("\u0400" <= ch <= "\u04ff" for ch in letters):
        return False
    if isinstance(country, str) and country.strip().upper() in _SERBIAN_COUNTRIES:
        return True
    # round 21 ("tl21i"): Macedonian shares "ј", "љ", "њ" with Serbian but is read in its own
    # Cyrillic, beside Bulgarian ("во рок од пет работни дена"): North Macedonia's texts, and
    # any text with a letter only Macedonian has ("ќ", "ѓ", "ѕ"), are not Serbian
    if (isinstance(country, str) and country.strip().upper() == "MK") \
            or not letters.isdisjoint(_MACEDONIAN_ONLY):
        return False
    return not letters.isdisjoint(_SERBIAN_ONLY) and letters.isdisjoint(_NOT_SERBIAN)


def latin_serbian(text: str) -> str:
    """``text`` with its Serbian Cyrillic spelt in Latin letters ("Резултате објавићемо у року
    од 15 дана" → "Rezultate objavićemo u roku od 15 dana"); other characters kept."""
    return text.translate(_SR_TABLE)


def _unit(word: str) -> str:
    word = " ".join(word.split())
    return next((unit for pattern, unit in _UNIT_RES if pattern.match(word)), "day")


def far_count(m: re.Match[str]) -> tuple[int, str]:
    """The count and the unit class of a ``durf`` match ("lima hari kerja": 5, "business
    day"; "שבועיים": 2, "week"); ``relative`` counts them from the reference."""
    implicit = m.group("durf_k")
    if implicit:
        return _IMPLICIT.get(implicit.split()[-1], (0, "day"))
    first = m.group("durf_f")
    if first:  # Swahili: the unit, then its count
        word = " ".join((m.group("durf_n2") or "").split())
        n = int(word) if word.isdecimal() else _FIRST_NUMBERS.get(word, 0)
        at, end = m.start("durf_f"), m.end("durf_f")
        unit = next((u for pattern, u in _FIRST_UNIT_RES
                     if (unit_m := pattern.match(m.string, at)) and unit_m.end() == end), "day")
    else:
        word = " ".join((m.group("durf_n1") or "").split())
        n = int(word) if word.isdecimal() else _NUMBERS.get(word, 0)
        unit = _unit(m.group("durf_u") or "")
    if unit == "hour":  # "within 48 hours": the day 48/24 days on (a part day rounds up)
        return -(-n // 24), "day"
    return n, unit
