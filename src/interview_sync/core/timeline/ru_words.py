"""The words of Russian, which the timeline reader learnt in round 20 ("tl20i"), and the few
word classes round 20's check set found missing in languages it already read (Tagalog weekdays
and working days, Tamil and abbreviated Thai month names, Arabic "tomorrow", Greek "by the end
of the week", Dutch "within the week").

Owns the tables ``far_counts`` merges into its own: ``NUMBERS`` (count words in the cases a count
takes: "пять дней", "пяти рабочих дней", "двух недель"), ``UNITS`` (unit words by class:
"рабочих дней", "суток", "недели", "месяцев", "часов"; the adjective "7-дневный срок" is seven
days), ``IMPLICIT`` (one unit after "within": "в течение недели"), ``CUE`` (the words that say an
answer is coming: "сообщим", "свяжемся", "ответ", "итоги", "обратная связь"), ``NEXT_WEEK``,
``THIS_WEEK``, ``TODAY``, ``TOMORROW``, ``MONTHS`` (the genitive a date takes: "25 мая") and
``WEEKDAYS`` (the accusative and genitive a deadline takes: "в пятницу", "до пятницы"), with the
literals ``needs`` gates them on. Why a module of its own: ``far_words`` and ``far_counts`` are
near their size limits, and Russian, close to Ukrainian and Bulgarian, shares few of their
spellings ("рабочих дней", not "робочих днів" or "работни дни").

Only the forms a recruiter's promise takes are listed; a word shared with another language keeps
that language's value ("три", "два", "один" are Ukrainian's too, with the same values).
"""

from __future__ import annotations

__all__ = ["CUE", "IMPLICIT", "LITERALS", "MONTHS", "NEXT_WEEK", "NUMBERS", "THIS_WEEK",
           "TODAY", "TOMORROW", "UNITS", "WEEKDAYS", "WEEKDAY_LITERALS", "WEEK_LITERALS",
           "WITHIN_ONE"]

NUMBERS: dict[str, int] = {
    # Russian, nominative/accusative and genitive ("пять дней", "в течение пяти дней")
    "одна": 1, "одной": 1, "одних": 1, "двух": 2, "трёх": 3, "трех": 3, "четыре": 4,
    "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "четырнадцать": 14,
    "четырнадцати": 14, "пятнадцать": 15, "пятнадцати": 15, "двадцать": 20, "двадцати": 20,
    "тридцать": 30, "тридцати": 30, "сорок восемь": 48, "сорока восьми": 48,
    "двадцать четыре": 24, "двадцати четырёх": 24, "двадцати четырех": 24,
    # Tagalog's seven (``far_counts`` has its other linked numbers)
    "pitong": 7,
}

# Units → the class ``relative`` counts in. "7-дневный срок" (a seven-day term) is seven days.
UNITS: tuple[tuple[str, str], ...] = (
    # (and Urdu's English loan in its own script, "تین ورکنگ ڈیز": three working days)
    (r"рабоч(?:их|ие|ий|его)\s+(?:дн(?:ей|я|и)|день)|araw\s+ng\s+trabaho|ورکنگ\s+ڈیز",
     "business day"),
    (r"час(?:а|ов)?", "hour"),
    (r"дней|суток|-?дневн(?:ый|ого|ом)\s+срок(?:а|е)?", "day"),
    (r"недел(?:и|ь|ю|я)", "week"),
    (r"месяц(?:а|ев)?", "month"),
)

# One unit after "within", the count left out: "в течение недели / месяца / суток", Dutch
# "binnen de week" (the last word says which unit, ``far_words.far_count``)
# round 21: "через неделю" (in a week's time), the count left out the same way
WITHIN_ONE = (r"в\s+течение\s+(?:недели|месяца|суток|дня)|binnen\s+de\s+week"
              r"|через\s+(?:неделю|месяц|сутки)")
IMPLICIT: dict[str, tuple[int, str]] = {
    "недели": (1, "week"), "месяца": (1, "month"), "суток": (1, "day"), "дня": (1, "day"),
    "week": (1, "week"), "неделю": (1, "week"), "месяц": (1, "month"), "сутки": (1, "day"),
}

# The words that say an answer is coming: "сообщим", "свяжемся", "позвоним", "перезвоним",
# "ответ", "итоги", "обратная связь", "известим", "напишем", "решение" is Bulgarian's too
# (``far_counts``), and "результат" Ukrainian's (``far_words``); Tagalog "sagot" (an answer)
CUE = (r"сообщ|свяж|позвон|перезвон|ответ|итог|обратн(?:ую|ая)\s+связ|извест|напишем"
       r"|уведом|sagot"
       # Hindi "बता देंगे" (we will tell), Urdu "ای میل کر دیا جائے گا" (will be e-mailed)
       r"|बता|ای\s+میل")

# "next week": "на следующей неделе", "на будущей неделе", "следующей недели"
NEXT_WEEK = r"(?:на\s+)?(?:следующей|будущей)\s+неделе|в\s+течение\s+следующей\s+недели"

# "this week" and its end: "до конца (этой) недели", "на этой неделе"; Greek "μέχρι το τέλος
# της εβδομάδας" (the end of the week, not "της επόμενης": the next one)
THIS_WEEK = (r"(?:до\s+)?конца\s+(?:этой\s+|текущей\s+)?недели|на\s+этой\s+неделе"
             r"|(?:μέχρι\s+|ως\s+)?(?:το\s+)?τέλος\s+(?:αυτής\s+)?της\s+εβδομάδας")

TOMORROW = r"غدا(?:ً)?|غدًا"
TODAY = r"сегодня"

# What ``needs`` gates the duration forms on (one of which every match holds)
LITERALS = ("дней", "дня", "день", "суток", "дневн", "недел", "месяц", "час", "trabaho",
            "течение", "binnen de week", "ڈیز", "через")
WEEK_LITERALS = ("недел", "εβδομάδας")

# Month names as a date writes them: the Russian genitive ("не позднее 25 мая"); Tamil
# ("ஜூலை 16"); the abbreviated Thai months ("15 ก.ค. 2580": a Buddhist-era year follows)
MONTHS: dict[str, int] = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "ஜனவரி": 1, "பிப்ரவரி": 2, "மார்ச்": 3, "ஏப்ரல்": 4, "ஜூன்": 6, "ஜூலை": 7,
    "ஆகஸ்ட்": 8, "செப்டம்பர்": 9, "அக்டோபர்": 10, "நவம்பர்": 11, "டிசம்பர்": 12,
    # (the last dot left to the date's own optional "." : no word boundary follows a dot)
    "ม.ค": 1, "ก.พ": 2, "มี.ค": 3, "เม.ย": 4, "พ.ค": 5, "มิ.ย": 6, "ก.ค": 7, "ส.ค": 8,
    "ก.ย": 9, "ต.ค": 10, "พ.ย": 11, "ธ.ค": 12,
}

# Weekdays (0 Monday ... 6 Sunday): Russian, in the cases a deadline takes ("в пятницу", "до
# пятницы", "в понедельник"); Tagalog ("sa Biyernes")
WEEKDAYS: dict[str, int] = {
    "понедельник": 0, "понедельника": 0, "вторника": 1, "среду": 2, "среды": 2, "среда": 2,
    "четверг": 3, "четверга": 3, "пятницу": 4, "пятницы": 4, "пятница": 4,
    # (Tagalog's "Lunes" and "Martes" are Spanish's, read as such)
    "miyerkules": 2, "huwebes": 3, "biyernes": 4,
}
WEEKDAY_LITERALS = ("понедельн", "вторник", "сред", "четверг", "пятниц", "miyerkules",
                    "huwebes", "biyernes")
