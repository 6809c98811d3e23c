"""The words of the languages the timeline reader learnt in round 19 ("tl19i"): Bulgarian, Thai,
Malay, Hindi, Urdu, Persian, Bengali, Tamil, Swahili, Tagalog, Latvian, and Egyptian Arabic's
spoken numbers.

Owns the tables ``far_words`` merges into its own: ``NUMBERS`` (count words), ``UNITS`` (unit
words by class, including "hour"), ``UNIT_FIRST`` (the languages that put the unit before its
count: Swahili "siku saba", seven days), ``CUE`` (the words that say an answer is coming),
``NEXT_WEEK`` and ``THIS_WEEK`` (the week windows), ``TOMORROW`` and ``TODAY``, and
``LITERALS`` (what ``needs`` gates these alternatives on). Why a module of its own: each of these
languages writes a count its own way (Thai writes no spaces between words, Tamil and Bengali glue
case endings onto the unit, Tagalog ties a number to its noun with "-ng", Malay writes the figure
after the word, "tujuh (7) hari"), and ``far_words`` is near its size limit.

Only the forms a recruiter's promise takes are listed (a unit in the cases a count governs, a
number below 31 or a round one); a word shared with another language keeps that language's value
(Bulgarian "три", "два" are Ukrainian's too).
"""

from __future__ import annotations

import re

from interview_sync.core.timeline import (
    late_words,
    latest_words,
    more_words,
    new_words,
    newest_words,
    ru_words,
)

__all__ = ["CUE", "LITERALS", "MONTHS", "MONTH_END", "MONTH_END_LITERALS",
           "NEXT_WEEK", "NUMBERS", "THIS_WEEK", "TODAY",
           "TODAY_LITERALS", "TOMORROW", "TOMORROW_LITERALS", "UNITS", "UNIT_FIRST",
           "UNIT_FIRST_NUMBERS", "WEEKDAYS", "WEEKDAY_LITERALS", "WEEK_LITERALS", "thai_script",
           "thai_spaced"]

NUMBERS: dict[str, int] = {
    # Bulgarian
    "един": 1, "една": 1, "две": 2, "четири": 4, "пет": 5, "шест": 6, "седем": 7, "осем": 8,
    "девет": 9, "десет": 10, "петнадесет": 15, "двадесет": 20, "тридесет": 30,
    # Malay (Indonesian's words are ``far_words``')
    "empat belas": 14, "dua puluh": 20, "tiga puluh": 30,
    # Hindi
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7, "दस": 10,
    "पंद्रह": 15, "तीस": 30,
    # Urdu
    "ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "سات": 7, "دس": 10, "پندرہ": 15,
    # Persian
    "یک": 1, "سه": 3, "پنج": 5, "هفت": 7, "ده": 10, "پانزده": 15,
    # Bengali
    "এক": 1, "দুই": 2, "তিন": 3, "পাঁচ": 5, "সাত": 7, "দশ": 10,
    # Tamil
    "ஒரு": 1, "இரண்டு": 2, "மூன்று": 3, "ஐந்து": 5, "ஏழு": 7, "பத்து": 10,
    # Tagalog, with the linker a number takes before its noun ("tatlong araw", "apat na araw")
    "isang": 1, "dalawang": 2, "tatlong": 3, "apat na": 4, "limang": 5, "anim na": 6,
    "pitong": 7, "walong": 8, "siyam na": 9, "sampung": 10,
    # Latvian (the genitive a count of days takes: "piecu darba dienu laikā")
    "vienas": 1, "divu": 2, "divām": 2, "trīs": 3, "četru": 4, "piecu": 5, "sešu": 6,
    "septiņu": 7, "desmit": 10,
    # Thai
    "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "เจ็ด": 7, "สิบ": 10, "สิบห้า": 15,
    # Egyptian Arabic, spoken ("تلات أيام شغل")
    "تلات": 3, "تلاتة": 3, "اتنين": 2, "خمستاشر": 15, "عشر": 10,
}
NUMBERS.update({k: v for k, v in ru_words.NUMBERS.items() if k not in NUMBERS})  # round 20
NUMBERS.update({k: v for k, v in more_words.NUMBERS.items() if k not in NUMBERS})  # round 21
NUMBERS.update({k: v for k, v in late_words.NUMBERS.items() if k not in NUMBERS})  # round 22
NUMBERS.update({k: v for k, v in new_words.NUMBERS.items() if k not in NUMBERS})  # round 23
NUMBERS.update({k: v for k, v in newest_words.NUMBERS.items() if k not in NUMBERS})  # round 24
NUMBERS.update({k: v for k, v in latest_words.NUMBERS.items() if k not in NUMBERS})  # round 25

# Units → the class ``relative`` counts in. "hour" is counted in days: 48 hours are two days.
UNITS: tuple[tuple[str, str], ...] = (
    (r"работни\s+дни|hari\s+bekerja|कार्य\s*दिवस(?:ों)?|روز(?:\s+|\u200c)?کاری"
     r"|কর্মদিবস(?:ের)?|কার্যদিবস(?:ের)?|darba\s+dien(?:u|ām|as)|วันทำการ"
     r"|(?:أ|ا)يام\s+شغل", "business day"),
    (r"घंट(?:े|ों)|گھنٹ(?:ے|وں)|ساعت|ঘণ্টা(?:র)?|மணி\s*நேரத்(?:தில்|திற்குள்)"
     r"|stund(?:u|ām|as)|ชั่วโมง|ساعة|ساعات", "hour"),
    (r"дни|дена|ден|दिन(?:ों)?|دن|روز|দিন(?:ের)?|நாட்(?:களுக்குள்|களில்|கள்)|நாள்|araw"
     r"|dien(?:u|ām|as)|วัน", "day"),
    (r"седмици|седмица|सप्ताह|हफ्त(?:े|ों)|ہفت(?:ے|وں|ہ)|هفته|সপ্তাহ(?:ের)?|வாரத்(?:திற்குள்|தில்)"
     r"|வாரங்கள்|linggo|nedēļ(?:u|ām|as)|สัปดาห์", "week"),
    (r"месеца|месец|महीने|مہین(?:ے|وں)|ماه|মাস(?:ের)?|மாதத்(?:திற்குள்|தில்)|buwan"
     r"|mēneš(?:a|u|iem)|เดือน", "month"),
)
# round 20 ("tl20i"): Russian's units (``ru_words``) join their classes
UNITS = tuple((words + "".join("|" + w for w, c in ru_words.UNITS if c == cls), cls)
              for words, cls in UNITS)
# round 21 ("tl21i"): the new languages' units (``more_words``) join their classes too
UNITS = tuple((words + "".join("|" + w for w, c in more_words.UNITS if c == cls), cls)
              for words, cls in UNITS)
# round 22 ("tl22i"): Welsh, Afrikaans, Maltese, Pashto, Amharic, ... (``late_words``)
UNITS = tuple((words + "".join("|" + w for w, c in late_words.UNITS if c == cls), cls)
              for words, cls in UNITS)
# round 23 ("tl23i"): Basque, Punjabi, Gujarati, Telugu, Mongolian working days (``new_words``)
UNITS = tuple((words + "".join("|" + w for w, c in new_words.UNITS if c == cls), cls)
              for words, cls in UNITS)
# round 24 ("tl24i"): Kannada, Malayalam, Odia, Assamese, Kyrgyz, Tajik, Burmese (``newest_words``)
UNITS = tuple((words + "".join("|" + w for w, c in newest_words.UNITS if c == cls), cls)
              for words, cls in UNITS)
# round 25 ("tl25i"): Tok Pisin, Krio, Irish, Samoan (``latest_words``)
UNITS = tuple((words + "".join("|" + w for w, c in latest_words.UNITS if c == cls), cls)
              for words, cls in UNITS)

# Swahili puts the unit first and the count after it ("ndani ya siku saba", "wiki mbili")
UNIT_FIRST: tuple[tuple[str, str], ...] = (
    (r"siku\s+za\s+kazi", "business day"), (r"siku", "day"),
    (r"wiki", "week"), (r"mwezi|miezi", "month"),
    # round 23 ("tl23i"): Hausa and Yoruba (``new_words``)
    *new_words.UNIT_FIRST,
    # round 25 ("tl25i"): Igbo, Setswana, Shona, Samoan, and Kinyarwanda's "iminsi itanu
    # y'akazi" (``latest_words``), ahead of round 24's plain "iminsi"
    *latest_words.UNIT_FIRST,
    # round 24 ("tl24i"): Sinhala and Kinyarwanda (``newest_words``)
    *newest_words.UNIT_FIRST,
)
UNIT_FIRST_NUMBERS: dict[str, int] = {
    "moja": 1, "mmoja": 1, "mbili": 2, "miwili": 2, "tatu": 3, "mitatu": 3, "nne": 4, "tano": 5,
    "sita": 6, "saba": 7, "nane": 8, "kumi": 10, "kumi na nne": 14, "ishirini": 20,
    "thelathini": 30, "arobaini na nane": 48, "ishirini na nne": 24,
    **new_words.UNIT_FIRST_NUMBERS,  # round 23 ("tl23i"): Hausa and Yoruba
    **newest_words.UNIT_FIRST_NUMBERS,  # round 24 ("tl24i"): Sinhala and Kinyarwanda
    **latest_words.UNIT_FIRST_NUMBERS,  # round 25 ("tl25i"): Igbo, Setswana, Shona, Samoan
}

# The words that say an answer is coming
CUE = (
    # Bulgarian: "ще получите отговор", "ще ви уведомим", "ще ви се обадим", "резултатите",
    # "класирането ще бъде обявено", "решението"
    r"отговор|уведом|обадим|съобщим|резултат|класиране|обяв|решение"
    # Malay: "dimaklumkan", "akan dihubungi"
    r"|maklum|dihubungi|hubungi"
    # Thai: "แจ้งผล", "ประกาศ", "ติดต่อกลับ" (Thai writes no spaces: matched inside words)
    r"|แจ้ง|ประกาศ|ติดต่อ|ผลการ"
    # Hindi: "परिणाम", "सूचित", "घोषित", "जारी", "फोन", "संपर्क"
    r"|परिणाम|सूचित|घोषित|जारी|फोन|संपर्क|नतीज"
    # Urdu and Persian: "نتیجہ", "آگاہ", "جواب", "رابطہ", "اطلاع", "اعلام", "تماس"
    r"|نتیجہ|نتیجه|آگاہ|جواب|رابطہ|اطلاع|اعلام|تماس|پاسخ"
    # Bengali and Tamil: "ফল প্রকাশ", "জানানো", "முடிவு", "தெரிவிக்க"
    r"|ফল|জানানো|প্রকাশ|முடிவு|தெரிவிக்க"
    # Swahili: "matokeo", "tutakujulisha", "tutakupigia simu", "yatatangazwa", "majibu"
    # (a Swahili verb carries its subject and tense as prefixes: the whole verb is listed)
    r"|matokeo|tuta(?:ku|wa)julisha|(?:m|u|wa)tajulishwa|tutakupigia|tutawapigia"
    r"|(?:ya|i|li|wa)tatangazwa|tutatangaza|majibu"
    # Tagalog: "tatawagan ka namin", "resulta", "babalitaan", "ibibigay namin"
    r"|tatawagan|resulta|babalitaan|ibibigay|aabisuhan|sasabihan"
    # Latvian: "paziņosim", "rezultātus", "atbildi", "sazināsimies"
    r"|paziņo|rezultāt|atbild|sazinā"
    # Egyptian Arabic: "هنبلغك", "هنكلمك", "هنرد"; and the announcement with its article, the
    # list or the names of the successful ("الإعلان عن أسماء الناجحين", "قائمة الناجحين")
    r"|هنبلغ|هنكلم|هنرد|(?:بال|ال)(?:إ|ا)علان|(?:قائمة|أسماء|اسماء)\s+(?:الناجحين|المقبولين)"
    # Greek: "θα το μάθετε" (you will learn it)
    r"|μάθετε|μαθετε"
    # round 20 ("tl20i"): Russian (``ru_words``)
    r"|" + ru_words.CUE
    # round 21 ("tl21i"): Nepali, Marathi, Georgian, Azerbaijani, ... (``more_words``)
    + r"|" + more_words.CUE
    # round 22 ("tl22i"): Welsh, Afrikaans, Maltese, Pashto, Amharic, ... (``late_words``)
    + r"|" + late_words.CUE
    # round 23 ("tl23i"): Basque, Hausa, Yoruba, Punjabi, Gujarati, Telugu, ... (``new_words``)
    + r"|" + new_words.CUE
    # round 24 ("tl24i"): Kannada, Malayalam, Odia, Sinhala, ... (``newest_words``)
    + r"|" + newest_words.CUE
    # round 25 ("tl25i"): Igbo, Tok Pisin, Krio, Samoan, Setswana, Shona, Irish (``latest_words``)
    + r"|" + latest_words.CUE
)

# "next week": Bulgarian "следващата седмица", Urdu "اگلے ہفتے", Bengali "আগামী সপ্তাহে(র)",
# Swahili "wiki ijayo", Tagalog "sa susunod na linggo", Latvian "nākamajā nedēļā", Hindi "अगले
# सप्ताह / हफ्ते", Persian "هفته آینده / بعد", Malay "minggu hadapan", Thai "สัปดาห์หน้า"
NEXT_WEEK = (r"следващата\s+седмица|другата\s+седмица|اگلے\s+ہفتے|আগামী\s+সপ্তাহ(?:ের|ে)?"
             r"|wiki\s+ijayo|susunod\s+na\s+linggo|nākamaj(?:ā|a)\s+nedēļ(?:ā|a)|nākamnedēļ"
             r"|अगले\s+(?:सप्ताह|हफ्ते)|هفته\s+(?:آینده|بعد)|minggu\s+hadapan|สัปดาห์หน้า"
             r"|" + ru_words.NEXT_WEEK + r"|" + more_words.NEXT_WEEK + r"|" + late_words.NEXT_WEEK
             + r"|" + new_words.NEXT_WEEK + r"|" + newest_words.NEXT_WEEK
             + r"|" + latest_words.NEXT_WEEK)

# "this week" and its end, and "before the weekend" in Spanish, Portuguese, Italian:
# Bulgarian "до края на седмицата", "тази седмица", Thai
# "ภายในสัปดาห์นี้", Tagalog "(bago matapos) ang linggong ito", Vietnamese "cuối tuần này",
# Malay "minggu ini", Hindi "इस सप्ताह", Urdu "اس ہفتے", Swahili "wiki hii", Latvian "šonedēļ"
THIS_WEEK = (r"(?:до\s+)?края\s+на\s+(?:тази\s+)?седмицата|тази\s+седмица"
             # (Thai "สัปดาห์นี้" ends in two vowel marks, which no word boundary follows)
             r"|(?:ภายใน)?สัปดาห์น(?=ี้)"
             # before the weekend: its last working day ("antes del fin de semana")
             r"|antes\s+(?:del|do)\s+f(?:in|im)\s+de\s+semana|prima\s+del\s+fine\s+settimana"
             r"|(?:bago\s+matapos\s+)?ang\s+linggong\s+ito|cuối\s+tuần\s+này"
             r"|इस\s+(?:सप्ताह|हफ्ते)|اس\s+ہفتے|wiki\s+hii|šonedēļ"
             r"|" + ru_words.THIS_WEEK + r"|" + new_words.THIS_WEEK)

# Tomorrow and today (the same words in every tense a promise takes); Malay and Indonesian
# "hari ini" only as "this very day" ("hari ini juga", "pada hari ini"): after a noun it says
# which one ("wawancara hari ini": today's interview)
TOMORROW = (r"утре|esok|besok|कल|فردا|kesho|bukas|demà|αύριο|αυριο|ngày\s+mai|rīt"
            r"|rytoj|zajtra|завтра|আগামীকাল|" + ru_words.TOMORROW
            + r"|" + more_words.TOMORROW + r"|" + late_words.TOMORROW + r"|" + new_words.TOMORROW
            + r"|" + newest_words.TOMORROW + r"|" + latest_words.TOMORROW)
TODAY = (r"днес|hari\s+ini\s+juga|pada\s+hari\s+ini|आज|آج|امروز|leo\s+hii|ngayon|avui"
         r"|hôm\s+nay|šodien|šiandien"
         r"|сьогодні|আজ|இன்று|วันนี้|(?:في\s+)?(?:ال)?يوم\s+(?:نفسه|ذاته)|في\s+نفس\s+اليوم"
         r"|" + ru_words.TODAY + r"|" + late_words.TODAY)

# What ``needs`` gates the new duration forms on (one of which every match holds)
LITERALS = ("дни", "дена", "ден", "седмиц", "месец", "bekerja", "दिन", "दिवस", "घंट", "सप्ताह",
            "हफ्त", "महीने", "دن", "روز", "گھنٹ", "ساعت", "ساعة", "ساعات", "ہفت", "هفته", "مہین",
            "ماه", "দিন", "দিবস", "ঘণ্টা", "সপ্তাহ", "মাস", "நாட்", "நாள்", "மணி", "வார",
            "மாத", "araw", "linggo", "buwan", "dienu", "dienām", "dienas", "stund", "nedēļ",
            "mēneš", "วัน", "ชั่วโมง", "สัปดาห์", "เดือน", "siku", "wiki", "mwezi", "miezi", "شغل",
            *ru_words.LITERALS, *more_words.LITERALS, *late_words.LITERALS, *new_words.LITERALS,
            *newest_words.LITERALS, *latest_words.LITERALS)
# ... and the week windows on (``NEXT_WEEK``, ``THIS_WEEK``)
WEEK_LITERALS = ("седмиц", "ہفت", "সপ্তাহ", "wiki", "linggo", "nedēļ", "सप्ताह", "हफ्त", "هفته",
                 "minggu", "สัปดาห์", "tuần", "fin de semana", "fim de semana",
                 "fine settimana", *ru_words.WEEK_LITERALS, *more_words.WEEK_LITERALS,
                 *late_words.WEEK_LITERALS, *new_words.WEEK_LITERALS,
                 *newest_words.WEEK_LITERALS, *latest_words.WEEK_LITERALS)
# ... and "tomorrow" and "today" on
# (``TOMORROW`` is plain words: its alternatives, spaced, are its literals)
TOMORROW_LITERALS = (*(word.replace(r"\s+", " ") for word in TOMORROW.split("|")
                       if "(" not in word), "غد", *more_words.TOMORROW_LITERALS,
                     *late_words.TOMORROW_LITERALS, *new_words.TOMORROW_LITERALS,
                     *newest_words.TOMORROW_LITERALS, *latest_words.TOMORROW_LITERALS)
TODAY_LITERALS = ("днес", "hari ini juga", "pada hari ini", "आज", "آج", "امروز", "leo hii",
                  "ngayon", "avui", "hôm nay",
                  "šodien", "šiandien", "сьогодні", "আজ", "இன்று", "วันนี้", "يوم", "сегодня",
                  *late_words.TODAY_LITERALS)

# Month names as a date writes them: Bulgarian, Malay, Hindi, the Levantine Arabic months
# ("14 تشرين الثاني", "10 أيلول"), Tagalog ("ika-4 ng Disyembre" holds "4 ng Disyembre")
MONTHS: dict[str, int] = {
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7,
    "август": 8, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    "januari": 1, "februari": 2, "mac": 3, "mei": 5, "julai": 7, "ogos": 8, "oktober": 10,
    "disember": 12,
    "जनवरी": 1, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8,
    "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12,
    "दिसम्बर": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    # (and the Maghreb's, from French: "ماي", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر")
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    "enero": 1, "pebrero": 2, "marso": 3, "abril": 4, "mayo": 5, "hunyo": 6, "hulyo": 7,
    "agosto": 8, "setyembre": 9, "oktubre": 10, "nobyembre": 11, "disyembre": 12,
    # Thai (a Buddhist-era year after it, "19 เมษายน 2577", is no year the grammar reads: the
    # next such day is meant)
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
}
MONTHS.update({k: v for k, v in ru_words.MONTHS.items() if k not in MONTHS})  # round 20
MONTHS.update({k: v for k, v in more_words.MONTHS.items() if k not in MONTHS})  # round 21
MONTHS.update({k: v for k, v in late_words.MONTHS.items() if k not in MONTHS})  # round 22

# Weekdays (0 Monday ... 6 Sunday): Bulgarian (with the accusative a deadline takes), Malay,
# Hindi, Swahili
WEEKDAYS: dict[str, int] = {
    "понеделник": 0, "вторник": 1, "сряда": 2, "четвъртък": 3, "петък": 4,
    "isnin": 0, "khamis": 3, "jumaat": 4,
    "सोमवार": 0, "मंगलवार": 1, "बुधवार": 2, "गुरुवार": 3, "शुक्रवार": 4,
    "jumatatu": 0, "jumanne": 1, "jumatano": 2, "alhamisi": 3, "ijumaa": 4,
}
WEEKDAYS.update({k: v for k, v in ru_words.WEEKDAYS.items() if k not in WEEKDAYS})  # round 20
WEEKDAYS.update({k: v for k, v in more_words.WEEKDAYS.items() if k not in WEEKDAYS})  # round 21
WEEKDAYS.update({k: v for k, v in late_words.WEEKDAYS.items() if k not in WEEKDAYS})  # round 22
WEEKDAYS.update({k: v for k, v in new_words.WEEKDAYS.items() if k not in WEEKDAYS})  # round 23
WEEKDAYS.update({k: v for k, v in newest_words.WEEKDAYS.items() if k not in WEEKDAYS})  # round 24
WEEKDAY_LITERALS = ("понеделник", "вторник", "сряда", "четвъртък", "петък", "isnin", "khamis",
                    "jumaat", "वार", "juma", "alhamisi", "ijumaa", *ru_words.WEEKDAY_LITERALS,
                    *more_words.WEEKDAY_LITERALS, *late_words.WEEKDAY_LITERALS,
                    *new_words.WEEKDAY_LITERALS, *newest_words.WEEKDAY_LITERALS)

# Thai writes no spaces between words, and every word the reader knows starts a word (its
# patterns look behind for a non-letter): a Thai text gets a space before each of these (the
# cues, "within", the week words, the usual-length and conditional words)
_THAI_WORDS = ("แจ้ง", "ประกาศ", "ติดต่อ", "ผลการ", "ภายใน", "สัปดาห์นี้", "สัปดาห์หน้า",
               "โดยปกติ", "ใช้เวลา", "หาก", "กรุณา", "พรุ่งนี้", "วันนี้",
               # round 22 ("tl22i"): the weekdays, the month's end, "after"; and Khmer's words
               "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "สิ้นเดือน", "หลัง", "เทศกาล",
               "สงกรานต์",
               *late_words.SPACED_WORDS)


_THAI_LETTER = re.compile("[\u0e00-\u0e7f\u1780-\u17ff]")  # round 22: and Khmer


def thai_script(text: str) -> bool:
    """Whether ``text`` holds Thai (or, since round 22, Khmer) letters (one C-level pass for
    the ASCII texts most are)."""
    return not text.isascii() and _THAI_LETTER.search(text) is not None


def thai_spaced(text: str) -> str:
    """``text`` with a space before each Thai word of ``_THAI_WORDS`` ("จะแจ้งผลภายใน 5
    วันทำการ" → "จะ แจ้งผล ภายใน 5 วันทำการ"); other characters kept."""
    for word in _THAI_WORDS:
        if word in text:
            text = text.replace(word, " " + word)
    return text



# round 22 ("tl22i"): "by the end of the month" in the languages of ``late_words`` (``grammar``'s
# ``monthend``)
MONTH_END = (late_words.MONTH_END + r"|" + new_words.MONTH_END  # round 23: Malay
             + r"|" + newest_words.MONTH_END)  # round 24: Malayalam, Odia, Kannada, Assamese
MONTH_END_LITERALS = (*late_words.MONTH_END_LITERALS, *new_words.MONTH_END_LITERALS,
                      *newest_words.MONTH_END_LITERALS)
