"""The words of the languages the timeline reader learnt in round 21 ("tl21i"): Nepali and
Marathi (Devanagari, next to Hindi's words in ``far_counts``), Georgian, Azerbaijani, Kazakh and
Uzbek (the Turkic languages build their words alike: "beş iş günü", "үш жұмыс күні", "uch ish
kuni" are all "three/five work days"), Albanian, Macedonian (beside Bulgarian's words, whose
spellings it mostly shares), Icelandic and Armenian; and the few words round 21's check set found
missing in languages already read (Bengali weekdays, Tamil "within N weeks").

Owns the tables ``far_counts`` merges into its own, named as ``ru_words``' are: ``NUMBERS``,
``UNITS``, ``CUE``, ``NEXT_WEEK``, ``TOMORROW``, ``MONTHS``, ``WEEKDAYS`` and the literals
``needs`` gates them on. Why a module of its own: ``far_words`` and ``far_counts`` are near their
size limits. The tables join the existing alternations (one compiled pattern per kind, built on
first use by ``grammar.time_re()`` and ``cues.cue_re()``), so a text in another script pays
nothing but the gate's literal test.

Only the forms a recruiter's promise takes are listed (a unit in the cases a count governs, a
number below 31 or a round one); a word shared with a language read before keeps that language's
value. The applicant's own promise ("I will answer within three days") is kept out of ``CUE``
by a look-ahead on the first-person verb where the verb follows the answer word.
"""

from __future__ import annotations

__all__ = ["CUE", "LITERALS", "MONTHS", "NEXT_WEEK", "NUMBERS", "TOMORROW", "TOMORROW_LITERALS",
           "UNITS", "WEEKDAYS", "WEEKDAY_LITERALS", "WEEK_LITERALS"]

NUMBERS: dict[str, int] = {
    # Nepali (Hindi's "एक", "तीन", "चार", "सात", "तीस" are shared) and Marathi
    "दुई": 2, "पाँच": 5, "छ": 6, "आठ": 8, "दश": 10, "पन्ध्र": 15,
    "दोन": 2, "पाच": 5, "सहा": 6, "दहा": 10, "पंधरा": 15,
    # Georgian, full and before a noun in a case ("ხუთ დღეში": in five days)
    "ერთი": 1, "ერთ": 1, "ორი": 2, "ორ": 2, "სამი": 3, "სამ": 3, "ოთხი": 4, "ოთხ": 4,
    "ხუთი": 5, "ხუთ": 5, "ექვსი": 6, "ექვს": 6, "შვიდი": 7, "შვიდ": 7, "რვა": 8, "ათი": 10,
    "ათ": 10, "თოთხმეტი": 14, "თხუთმეტი": 15, "თხუთმეტ": 15, "ოცი": 20, "ოცდაათი": 30,
    # Azerbaijani (Turkish's own words are ``time_words``')
    "beş": 5, "üç": 3, "dörd": 4, "yeddi": 7, "səkkiz": 8, "on beş": 15, "iyirmi": 20,
    # Kazakh
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "он": 10, "он бес": 15, "жиырма": 20, "отыз": 30,
    # Uzbek
    "ikki": 2, "uch": 3, "to'rt": 4, "besh": 5, "olti": 6, "yetti": 7, "sakkiz": 8,
    "o'n": 10, "o'n besh": 15,
    # Albanian
    "një": 1, "dy": 2, "tre": 3, "tri": 3, "katër": 4, "pesë": 5, "gjashtë": 6, "shtatë": 7,
    "tetë": 8, "dhjetë": 10, "pesëmbëdhjetë": 15, "tridhjetë": 30,
    # Macedonian (Bulgarian's "пет", "шест", "десет" are shared)
    "еден": 1, "седум": 7, "осум": 8, "петнаесет": 15, "триесет": 30,
    # Icelandic, nominative and the genitive a count takes ("innan fimm virkra daga")
    "tveggja": 2, "tvo": 2, "þriggja": 3, "þrjá": 3, "fjögurra": 4, "fjóra": 4, "fimm": 5,
    "sjö": 7, "átta": 8, "tíu": 10, "fjórtán": 14, "fimmtán": 15, "þrjátíu": 30,
    # Armenian
    "մեկ": 1, "երկու": 2, "երեք": 3, "չորս": 4, "հինգ": 5, "վեց": 6, "յոթ": 7, "ութ": 8,
    "տասը": 10, "տաս": 10, "տասնհինգ": 15, "երեսուն": 30,
}

# Units → the class ``relative`` counts in (the longer unit first in each class). Uzbek's month
# "oy" is left out: its letters are in "boy" and "employ", and a gate literal that common would
# wake the whole duration alternative on English text.
UNITS: tuple[tuple[str, str], ...] = (
    (r"कार्य\s*दिन(?:भित्र)?|कामकाजाच्या\s+दिवसां?(?:त|च्या)"
     r"|სამუშაო\s+(?:დღის|დღეში|დღე)|iş\s+gün(?:ü|ündə)|жұмыс\s+күн(?:і|нен|де)?"
     r"|ish\s+kun(?:i|ida)|dit(?:ë|ëve|ësh)\s+pune|работни\s+дена"
     r"|virk(?:ra|um|a)\s+(?:daga|dögum)|աշխատանքային\s+օր(?:վա|ում|ից)?", "business day"),
    (r"दिनभित्र|दिनमा|दिवसां?त|दिवसांच्या|दिवस|დღის|დღეში|დღე|күн(?:нен|де)?|kun(?:da)?"
     r"|dit(?:ë|ëve|ësh)|daga|dögum|sólarhring(?:a|um)|օր(?:վա|ում|ից)?", "day"),
    (r"हप्ता(?:भित्र|मा)?|आठवड्यां?त|आठवड्यां?च्या|კვირის|კვირაში|апта(?:да|дан)?"
     r"|hafta(?:da)?|jav(?:ë|ëve|ësh)|недела|недели|vikna|vikur|vikum|viku"
     r"|շաբաթ(?:վա|ում|ից)?|வாரங்களுக்குள்|வாரங்களில்", "week"),
    (r"महिना(?:भित्र|मा)?|महिन्यां?त|თვის|თვეში|ай(?:да)?|muaj(?:ve|sh)?|месеци"
     r"|mánaða|mánuð(?:i|um)|ամս(?:վա|ում)", "month"),
)

# The words that say an answer is coming
CUE = (
    # Nepali: "नतिजा" (result), "जानकारी" (word), "प्रकाशित" (published), "सार्वजनिक" (made
    # public), "जवाफ" (answer; not the applicant's "जवाफ दिनेछु": I will answer), "सूचना"
    r"नतिजा|जानकारी|प्रकाशित|सार्वजनिक|जवाफ(?!\s+दिनेछु)|सम्पर्क|सूचना"
    # Marathi: "निकाल" (result), "जाहीर" (announced), "कळव" (let know), "प्रसिद्ध"
    r"|निकाल|जाहीर|कळव|प्रसिद्ध"
    # Georgian: "შედეგ" (result), "პასუხ" (answer), "გაცნობებთ" (we will tell you),
    # "დაგიკავშირდებით" (we will contact you), "გამოქვეყნდება" (will be published), a decision
    r"|შედეგ|პასუხ|გაცნობებთ|დაგიკავშირდებით|დაგირეკავთ|გამოქვეყნდ|გადაწყვეტილებ"
    # Azerbaijani: "nəticə" (result), "məlumat veriləcək" (will be told), "zəng edəcəyik" (we
    # will call), "elan edil", "açıqlan" (announced), "cavab" (not in a sentence whose verb is
    # the first person singular, "... cavab verəcəyəm": mine)
    r"|nəticə|məlumat\s+veril|zəng\s+edəcəy|elan\s+edil|açıqlan"
    r"|cavab(?![^.!?]*?\w(?:əcəyəm|acağam)\b)"
    r"|əlaqə\s+saxla"
    # Kazakh: "нәтиже" (result), "хабарла" (inform), "жариялан" (published), "қоңырау шал"
    # (call), "жауап" (answer), "шешім" (decision)
    r"|нәтиже|хабарла|жариялан|қоңырау\s+шал|жауап|шешім"
    # Uzbek: "natija", "xabar ber", "qo'ng'iroq", "e'lon qilin", "javob"
    r"|natija|xabar\s+ber|qo'ng'iroq|e'lon\s+qilin|javob"
    # Albanian: "njoftoj" (notify), "rezultat", "telefonoj", "publikoh", "vendim" (decision),
    # "kontaktoj", "përgjigj" (answer)
    r"|njoftoj|njoftoh|rezultat|telefonoj|publikoh|vendim|kontaktoj|përgjigj"
    # Macedonian: "известиме" (we will tell), "одговор" (answer), "одлука" (decision),
    # "објав" (published), "јавиме" (we will call)
    r"|извест|одговори(?:ме)?\b|одговор\b|одлук|објав|јавиме"
    # Icelandic: "hafa samband" (contact), "svar" (answer), "niðurstað" (result), "hringj"
    # (call), "ákvörðun" (decision), "tilkynn" (notify), "látum þig vita" (we let you know)
    r"|samband|svar|niðurst(?:a|ö)ð|hringj|ákvörðun|tilkynn|látum\s+(?:þig|ykkur)\s+vita"
    # Armenian: "արդյունք" (result), "կտեղեկացն" (will inform), "կզանգ" (will call),
    # "պատասխան" (answer), "որոշում" (decision)
    r"|արդյունք|կտեղեկացն|կզանգ|պատասխան|որոշում"
)

# "next week": Nepali "अर्को हप्ता" (its last vowel sign in a look-ahead, as ``TOMORROW``'s),
# Marathi "पुढील / पुढच्या आठवड्यात", Georgian "მომავალ / შემდეგ კვირას", Azerbaijani "gələn /
# növbəti həftə", Kazakh "келесі аптада", Uzbek "keyingi / kelasi hafta(da)", Albanian "javën e
# ardhshme / tjetër", Macedonian "следната / идната недела", Icelandic "í næstu viku",
# Armenian "հաջորդ շաբաթ"
NEXT_WEEK = (r"अर्को\s+हप्त(?=ा)|पुढ(?:ील|च्या)\s+आठवड्या?त|(?:მომავალ|შემდეგ)\s+კვირას"
             r"|(?:gələn|növbəti)\s+həftə|келесі\s+апта(?:да)?|(?:keyingi|kelasi)\s+hafta(?:da)?"
             r"|javën\s+(?:e\s+ardhshme|tjetër)|(?:следната|идната)\s+недела|(?:í\s+)?næstu\s+viku"
             r"|հաջորդ\s+շաբաթ(?:վա)?")

# Tomorrow: Nepali, Marathi (a word ending in a vowel sign, which is no word character, ends
# before it: a look-ahead holds the sign), Georgian, Azerbaijani ("sabah", also "morning": not
# "bu sabah", this morning, nor "sabah saat 10", at ten in the morning; Turkish says "yarın"),
# Kazakh, Uzbek, Albanian, Icelandic ("á morgun"; "í morgun" is this morning), Armenian
TOMORROW = (r"भोल(?=ि)|उद्य(?=ा)|ხვალ|(?<!bu\s)(?<!yarın\s)sabah(?!\s+saat)|ертең|ertaga|nesër"
            r"|á\s+morgun|վաղը")
TOMORROW_LITERALS = ("भोलि", "उद्या", "ხვალ", "sabah", "ертең", "ertaga", "nesër", "á morgun",
                     "վաղը")

# What ``needs`` gates the duration forms on (one of which every match holds)
LITERALS = ("दिन", "दिवस", "हप्ता", "आठवड", "महिना", "महिन्य", "დღ", "კვირ", "თვ", "gün", "күн",
            "апта", "ай", "kun", "hafta", "ditë", "javë", "javës", "muaj", "дена", "недел",
            "месеци", "daga", "dögum", "sólarhring", "vikna", "vikur", "vikum", "viku", "mánað",
            "mánuð", "օր", "շաբաթ", "ամս", "வாரங்கள")
WEEK_LITERALS = ("हप्ता", "आठवड", "კვირას", "həftə", "апта", "hafta", "javën", "недела", "viku",
                 "շաբաթ")

# Month names as a date writes them: Icelandic ("17. júní"), Albanian ("10 shkurt"), Macedonian
# (the ones Bulgarian does not share), Georgian (also with the dative "-ს": "15 მარტს"),
# Azerbaijani, Kazakh
MONTHS: dict[str, int] = {
    "janúar": 1, "febrúar": 2, "mars": 3, "apríl": 4, "maí": 5, "júní": 6, "júlí": 7,
    "ágúst": 8, "september": 9, "október": 10, "nóvember": 11, "desember": 12,
    "janar": 1, "shkurt": 2, "prill": 4, "maj": 5, "qershor": 6, "korrik": 7, "gusht": 8,
    "shtator": 9, "tetor": 10, "nëntor": 11, "dhjetor": 12,
    "јануари": 1, "февруари": 2, "мај": 5, "јуни": 6, "јули": 7,
    "იანვარი": 1, "თებერვალი": 2, "მარტი": 3, "აპრილი": 4, "მაისი": 5, "ივნისი": 6,
    "ივლისი": 7, "აგვისტო": 8, "სექტემბერი": 9, "ოქტომბერი": 10, "ნოემბერი": 11,
    "დეკემბერი": 12, "იანვარს": 1, "თებერვალს": 2, "მარტს": 3, "აპრილს": 4, "მაისს": 5,
    "ივნისს": 6, "ივლისს": 7, "აგვისტოს": 8, "სექტემბერს": 9, "ოქტომბერს": 10,
    "ნოემბერს": 11, "დეკემბერს": 12,
    "yanvar": 1, "fevral": 2, "aprel": 4, "iyun": 6, "iyul": 7, "avqust": 8, "sentyabr": 9,
    "oktyabr": 10, "noyabr": 11, "dekabr": 12,
    "қаңтар": 1, "ақпан": 2, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7, "тамыз": 8,
    "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}

# Weekdays (0 Monday ... 6 Sunday), in the forms "on <day>" takes: Nepali ("शुक्रबार"), Marathi
# (Hindi's "शुक्रवार" is shared; its "-ी" ending is no letter the pattern minds), Bengali,
# Georgian (the dative: "პარასკევს"), Azerbaijani ("cümə axşamı" is Thursday, "cümə" Friday),
# Kazakh, Uzbek (not its "juma", Friday: Swahili's week), Albanian ("të premten"), Macedonian,
# Icelandic ("á föstudaginn"), Armenian
WEEKDAYS: dict[str, int] = {
    "सोमबार": 0, "मंगलबार": 1, "बुधबार": 2, "बिहीबार": 3, "शुक्रबार": 4, "आइतबार": 6,
    "मंगळवार": 1, "रविवार": 6,
    "সোমবার": 0, "মঙ্গলবার": 1, "বুধবার": 2, "বৃহস্পতিবার": 3, "শুক্রবার": 4, "রবিবার": 6,
    "ორშაბათს": 0, "სამშაბათს": 1, "ოთხშაბათს": 2, "ხუთშაბათს": 3, "პარასკევს": 4,
    "bazar ertəsi": 0, "çərşənbə axşamı": 1, "çərşənbə": 2, "cümə axşamı": 3, "cümə": 4,
    "дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4,
    "dushanba": 0, "seshanba": 1, "chorshanba": 2, "payshanba": 3,
    "hënën": 0, "martën": 1, "mërkurën": 2, "enjten": 3, "premten": 4,
    "четврток": 3, "петок": 4,
    "mánudaginn": 0, "mánudag": 0, "þriðjudaginn": 1, "þriðjudag": 1, "miðvikudaginn": 2,
    "miðvikudag": 2, "fimmtudaginn": 3, "fimmtudag": 3, "föstudaginn": 4, "föstudag": 4,
    "երկուշաբթի": 0, "երեքշաբթի": 1, "չորեքշաբթի": 2, "հինգշաբթի": 3, "ուրբաթ": 4,
}
WEEKDAY_LITERALS = ("बार", "वार", "বার", "შაბათს", "პარასკევს", "ertəsi", "çərşənbə", "cümə",
                    "сенбі", "жұма", "shanba", "hënën", "martën", "mërkurën", "enjten",
                    "premten", "четврток", "петок", "udag", "շաբթի", "ուրբաթ")
