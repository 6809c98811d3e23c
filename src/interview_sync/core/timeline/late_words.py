"""The words of the languages the timeline reader learnt in round 22 ("tl22i"): Welsh,
Afrikaans, Maltese, Pashto, Amharic, Khmer, Mongolian and Turkmen (Galician is read through
Spanish and Portuguese words, which it mostly shares); and the classes round 22's check set
found missing in languages read before: Tamil, Hebrew, Urdu, Persian and Thai "tomorrow" and
"today", their weekdays, "by the end of the month", Tamil working days, Kazakh "we will get in
touch", Albanian "today".

Owns the tables ``far_counts`` merges into its own, named as ``more_words``' are: ``NUMBERS``,
``UNITS``, ``CUE``, ``NEXT_WEEK``, ``TOMORROW``, ``TODAY``, ``MONTHS``, ``WEEKDAYS``,
``MONTH_END`` (``grammar``'s ``monthend``) and the literals ``needs`` gates them on; and
``SPACED_WORDS``, the Khmer words ``far_counts.thai_spaced`` puts a space before (Khmer, like
Thai, writes no spaces between words). Why a module of its own: ``more_words``, ``far_words``
and ``far_counts`` are near their size limits. The tables join the existing alternations (one
compiled pattern per kind, built on first use), so a text in another script pays nothing but
the gate's literal test.

Scripts whose words end in a vowel sign (Tamil, Thai, Khmer: a combining mark, which is no word
character, so no word boundary follows it) hold that last sign in a look-ahead, as
``more_words`` does for Devanagari ("நாள(?=ை)" is "நாளை", tomorrow, and not "நாள்", a day).
Only the forms a recruiter's promise takes are listed; a word shared with a language read
before keeps that language's value.
"""

from __future__ import annotations

__all__ = ["CUE", "LITERALS", "MONTHS", "MONTH_END", "MONTH_END_LITERALS", "NEXT_WEEK",
           "NUMBERS", "SPACED_WORDS", "TODAY", "TODAY_LITERALS", "TOMORROW",
           "TOMORROW_LITERALS", "UNITS", "WEEKDAYS", "WEEKDAY_LITERALS", "WEEK_LITERALS"]

_ETHIOPIC_NUMBERS = {"አንድ": 1, "ሁለት": 2, "ሦስት": 3, "ሶስት": 3, "አራት": 4, "አምስት": 5,
                     "ስድስት": 6, "ሰባት": 7, "ስምንት": 8, "አስር": 10, "አሥር": 10}

NUMBERS: dict[str, int] = {
    # Welsh, with the soft and nasal mutations a count takes before its noun ("pum diwrnod")
    "dau": 2, "dwy": 2, "tair": 3, "pedwar": 4, "pedair": 4, "pump": 5, "pum": 5, "chwe": 6,
    "chwech": 6, "saith": 7, "wyth": 8, "deg": 10, "pymtheg": 15,
    # Afrikaans (Dutch's words, which the main grammar reads before its own units, are listed
    # again for the Afrikaans units: "twee weke")
    "twee": 2, "drie": 3, "vier": 4, "tien": 10, "vyf": 5, "ses": 6, "sewe": 7, "agt": 8,
    "veertien": 14,
    # Maltese
    "żewġ": 2, "tliet": 3, "tlett": 3, "erbat": 4, "ħames": 5, "sitt": 6, "sebat": 7,
    "tmien": 8, "għaxar": 10, "ħmistax": 15,
    # ... and the construct forms before a plural noun ("għaxart ijiem", "ħamest ijiem")
    "tlitt": 3, "ħamest": 5, "tmint": 8, "għaxart": 10,
    # Pashto (and the oblique a count takes after "په": "په دوو اونیو کې")
    "دوه": 2, "دوو": 2, "درې": 3, "دریو": 3, "څلور": 4, "پنځه": 5, "پنځو": 5, "لس": 10,
    # Amharic (and with "በ", in, glued on: "በሁለት ሳምንት ውስጥ")
    **_ETHIOPIC_NUMBERS, **{"በ" + word: n for word, n in _ETHIOPIC_NUMBERS.items()},
    # Khmer (its digits are read as digits)
    "មួយ": 1, "ពីរ": 2, "បី": 3, "បួន": 4, "ប្រាំ": 5, "ប្រាំពីរ": 7, "ដប់": 10,
    # Mongolian, and the attributive form a count takes before its noun ("таван өдөр")
    "нэг": 1, "хоёр": 2, "гурав": 3, "гурван": 3, "дөрөв": 4, "дөрвөн": 4, "тав": 5,
    "таван": 5, "долоо": 7, "долоон": 7, "арав": 10, "арван": 10,
    # Turkmen
    "iki": 2, "dört": 4, "bäş": 5, "alty": 6, "ýedi": 7, "sekiz": 8,
}

# Units → the class ``relative`` counts in (the longer unit first in each class). Mongolian's
# week is "seven days" ("долоо хоног"): listed as a week, so "2 долоо хоног" is two weeks.
UNITS: tuple[tuple[str, str], ...] = (
    (r"(?:d|n)?diwrnod(?:au)?\s+gwaith|werksdae|werksdag"
     r"|(?:ijiem|jiem|ġranet)\s+(?:tax-|ta'\s*)xogħol|የሥራ\s+ቀናት|የስራ\s+ቀናት|ថ្ងៃធ្វើការ"
     r"|iş\s+gün(?:i|üniň|ünde)|வேலை\s+நாட்(?:களுக்குள்|களில்|கள்)", "business day"),
    (r"(?:d|n)?diwrnod(?:au)?|dae|ijiem|jiem|ġranet|ورځو|ورځې|ورځ|ቀናት|ቀን|ថ្ងៃ"
     r"|өдрийн|өдөр|хоногийн|хоног|gün(?:üň|de)?|یوم", "day"),
    (r"wythnos(?:au)?|weke|ġimgħat|اونیو|اونۍ|ሳምንታት|ሳምንት|សប្តាហ៍"
     r"|долоо\s+хоног(?:ийн|т)?|hepde(?:niň|de)?|hepdäniň", "week"),
    (r"maande|xhur|میاشتو|میاشتې|ወራት|ወር|ខែ|aý(?:yň)?", "month"),
)

# The words that say an answer is coming
CUE = (
    # Welsh: "cysylltu" (contact), "rhoi gwybod" (let know), "cewch wybod" (you will learn),
    # "canlyniad" (result), "penderfyniad" (decision), "ateb" (answer), "ffonio" (phone)
    r"cysylltu|rhoi\s+gwybod|cewch\s+wybod|canlyniad|penderfyniad|ateb\b|ffonio"
    # Afrikaans: "laat weet" (let know), "skakel" (call), "uitslag" (result), "in kennis stel"
    # (notify), "terugvoer" (feedback), "van ons hoor" (hear from us)
    r"|laat\s+weet|skakel|uitslag|in\s+kennis\s+stel|terugvoer|van\s+ons\s+hoor"
    # Galician: the future with a pronoun glued on ("comunicarémosche", "chamarémoste",
    # "informarémoste", "darémosche"), "resposta" (answer)
    r"|comunicarémo|informarémo|chamarémo|darémo|contactarémo|enviarémo|resposta"
    # Maltese: "nikkuntattjawk" (we will contact you), "ninfurmawk", "nagħtuk" (we give you),
    # "tweġiba" (answer), "riżultat", "deċiżjoni", "ncemplulek" (we call you)
    r"|nikkuntattjaw|ninfurmaw|nagħtuk|tweġiba|riżultat|deċiżjoni|nċemplu"
    # Pashto: "پایله" (result), "ځواب" (answer), "اړیکه" (contact), "خبر" (word), "اعلان"
    r"|پایل(?:ه|ې)|ځواب|اړیکه|خبر(?:ول)?"
    # Amharic: "ውጤት" (result), "እናሳውቅ" (we will tell), "ምላሽ" (answer), "እንደውል" (we will
    # call), "እናገኝ" (we will reach), "ውሳኔ" (decision)
    r"|ውጤት|እናሳውቅ|ምላሽ|እንደውል|እናገኝ|ውሳኔ"
    # Khmer: "លទ្ធផល" (result), "ជូនដំណឹង" (inform), "ទាក់ទង" (contact), "ឆ្លើយតប" (answer),
    # "ប្រកាស" (announce)
    r"|លទ្ធផល|ជូនដំណឹង|ទាក់ទង|ឆ្លើយតប|ប្រកាស"
    # Mongolian: "хариу" (answer), "мэдэгдэнэ" (will be told), "холбогдоно" (will contact),
    # "дүн" (result), "шийдвэр" (decision), "мэдээлнэ" (will inform)
    r"|хариу|мэдэгд|холбогдоно|дүн(?:г|гийн)?\b|шийдвэр|мэдээлнэ"
    # Turkmen: "netije" (result), "habar ber" (inform), "habarlaş" (contact), "jogap" (answer),
    # "yglan" (announce)
    r"|netij|habar\s+ber|habarlaş|joga(?:p|b)|yglan"
    # Tamil: "தெரிவிப்போம்" (we will tell), "தொடர்பு கொள்வோம்" (we will contact), "அறிவிக்கப்படும்"
    # (will be announced), "பதில்" (answer)
    r"|தெரிவிப்ப|தொடர்பு\s+கொள்வ|அறிவிக்கப்படும்|பதில்"
    # Urdu: "مطلع" (informed), "فیصلہ" (decision); Kazakh "байланысамыз" (we will get in touch)
    r"|مطلع|فیصلہ|байланыс"
    # Hebrew "ניצור איתך קשר" (we will get in touch with you: the object between the words)
    r"|ניצור\s+(?:איתך|אתך|עמך|איתכם|אתכם|עמכם)\s+קשר"
    # ... and the first person's "I will call / get back to you" ("אתקשר", "אחזור אליך")
    r"|(?:א|נ)תקשר|אחזור\s+(?:אליך|אלייך|אליכם)"
    # Dutch "(de directeur) belt je / u" (calls you)
    r"|\bbel(?:t|len)\s+(?:je|u|jou)\b"
    # a list or a decision published: Catalan "es publicarà", Portuguese "é afixada" (posted),
    # Latvian "publicēsim" (we will publish)
    r"|publicar(?:à|an)\b|afixad(?:a|o)s?\b|publicē(?:sim|s)\b"
    # Azerbaijani active future "elan edəcəyik" (we will announce; ``more_words`` has the
    # passive) and "qərar" (decision)
    r"|elan\s+edəcəy|qərar"
)

# "next week": Welsh "yr wythnos nesaf", Afrikaans "volgende week", Maltese "il-ġimgħa
# d-dieħla", Pashto "راتلونکې اونۍ", Amharic "በሚቀጥለው ሳምንት", Khmer "សប្តាហ៍ក្រោយ / ក្រោយ",
# Mongolian "ирэх долоо хоног", Turkmen "indiki / geljek hepde"
NEXT_WEEK = (r"(?:yr\s+)?wythnos\s+nesaf|volgende\s+week|il-ġimgħa\s+d-dieħla"
             r"|راتلونکې\s+اونۍ|(?:በ)?ሚቀጥለው\s+ሳምንት|សប្តាហ៍ក្រោយ"
             r"|ирэх\s+долоо\s+хоног(?:т|ийн)?|(?:indiki|geljek)\s+hepde")
WEEK_LITERALS = ("wythnos", "volgende week", "ġimgħa", "اونۍ", "ሳምንት", "សប្តាហ៍", "долоо хоног",
                 "hepde")

# Tomorrow: Welsh "yfory", Afrikaans "môre" (not "goeie môre", good morning), Galician "mañá",
# Maltese "għada", Pashto "سبا", Amharic "ነገ", Khmer "ថ្ងៃស្អែក", Mongolian "маргааш", Turkmen
# "ertir", Tamil "நாளை", Hebrew "מחר" (not
# "מחרתיים", the day after), Urdu "کل" (also yesterday: only before a future verb), Thai
# "พรุ่งนี้" (Thai's word, moved here from ``far_counts`` with its last marks in a look-ahead)
TOMORROW = (r"yfory|(?<!goeie\s)môre|mañá|għada|سبا|ነገ|ថ្ងៃស្អែក|маргааш|ertir|நாள(?=ை)"
            r"|מחר(?!תיים)"
            r"|(?:(?<=ہم\s)|(?=کل\s+(?:آپ|تک|صبح|شام|دوپہر)(?!\w)))کل(?=[^.۔!?]{0,60}?(?:گے|گی|گا)(?!\w))"
            r"|พรุ่งน(?=ี้)")
TOMORROW_LITERALS = ("yfory", "môre", "mañá", "għada", "سبا", "ነገ", "ថ្ងៃស្អែក", "маргааш", "ertir",
                     "நாள", "מחר", "کل", "พรุ่งน")

# Today (this afternoon, this evening): Tamil "இன்று", Hebrew "היום", Albanian "sot", Welsh
# "heddiw", Afrikaans "vandag", Maltese "illum", Mongolian "өнөөдөр", Turkmen "şu gün",
# Khmer "ថ្ងៃនេះ"
TODAY = (r"இன்ற(?=ு)|היום(?!\s+ה)|sot|heddiw|vandag|illum|өнөөдөр|şu\s+gün|ថ្ងៃ\s*នេ(?=ះ)")
TODAY_LITERALS = ("இன்ற", "היום", "sot", "heddiw", "vandag", "illum", "өнөөдөр", "şu gün",
                  "ថ្ងៃ")

# "by the end of the month": Welsh "diwedd y mis", Afrikaans "einde van die maand", Maltese
# "tmiem ix-xahar", Pashto "میاشتې ... پای", Amharic "በወሩ መጨረሻ", Khmer "ចុងខែ", Mongolian
# "сарын сүүл", Turkmen "aýyň ahyry", Tamil "மாத இறுதி", Hebrew "סוף החודש", Urdu "مہینے کے
# آخر", Thai "สิ้นเดือน"
MONTH_END = (r"diwedd\s+y\s+mis|einde\s+van\s+die\s+maand|tmiem\s+ix-xahar"
             r"|میاشتې\s+(?:تر\s+)?پای|(?:በ)?ወሩ\s+መጨረሻ|ចុងខ(?=ែ)|сарын\s+сүүл\w*|aýyň\s+ahyr\w*"
             r"|மாத\s+இறுதி|סוף\s+החודש|مہینے\s+کے\s+آخر|สิ้นเดือน"
             # Serbian, Bosnian, Croatian "do kraja (ovog) meseca / mjeseca"
             r"|kraja\s+(?:ovog(?:a)?\s+|teku(?:ć|c)eg\s+)?mj?eseca")
MONTH_END_LITERALS = ("diwedd", "einde van die maand", "tmiem", "پای", "መጨረሻ", "ចុងខ",
                      "сүүл", "ahyr", "இறுதி", "סוף החודש", "آخر", "สิ้นเดือน", "kraja")

# What ``needs`` gates the duration forms on (one of which every match holds)
LITERALS = ("diwrnod", "werksda", "dae", "jiem", "ġranet", "ورځ", "ቀን", "ቀናት", "ថ្ងៃ", "өдр",
            "өдөр", "хоног", "gün", "wythnos", "weke", "ġimgħat", "اونیو", "اونۍ", "ሳምን",
            "សប្តាហ៍", "hepde", "hepdä", "maande", "xhur", "میاشت", "ወር", "ወራት", "ខែ", "aý",
            "வேலை", "یوم")

# Month names as a date writes them: Welsh ("12 Mehefin"), Afrikaans, Maltese ("20 ta' Marzu"
# holds "Marzu"), Turkmen, Kazakh
MONTHS: dict[str, int] = {
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mehefin": 6, "gorffennaf": 7,
    "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
    "januarie": 1, "februarie": 2, "maart": 3, "junie": 6, "julie": 7, "augustus": 8,
    "januar": 1, "frar": 2, "marzu": 3, "mejju": 5, "ġunju": 6, "lulju": 7, "awwissu": 8,
    "settembru": 9, "ottubru": 10, "novembru": 11, "diċembru": 12,
    "ýanwar": 1, "fewral": 2, "mart": 3, "aprel": 4, "maý": 5, "iýun": 6, "iýul": 7,
    "awgust": 8, "sentýabr": 9, "oktýabr": 10, "noýabr": 11, "dekabr": 12,
    # Kazakh March ("25 наурызда": on 25 March; also the spring feast's name, read as a holiday
    # only without a day before it), with the locative a date takes
    "наурыз": 3, "наурызда": 3,
}

# Weekdays (0 Monday ... 6 Sunday): Welsh ("dydd Gwener"), Afrikaans, Maltese ("il-Ġimgħa" is
# Friday and also a week: only after "sal-", "nhar il-", "il-... li ġej"), Pashto, Amharic,
# Khmer, Mongolian, Turkmen ("anna güni" is Friday; not "anna" alone, a name), Tamil, Thai and
# Khmer without their last vowel sign (the word boundary falls before it), Urdu,
# Persian ("سه‌شنبه" with its joiner), Thai, Kazakh (with a possessive and a case glued on:
# "сәрсенбісіне", "жұмаға": by Wednesday, by Friday)
WEEKDAYS: dict[str, int] = {
    "dydd llun": 0, "dydd mawrth": 1, "dydd mercher": 2, "dydd iau": 3, "dydd gwener": 4,
    "vrydag": 4,
    "it-tnejn": 0, "it-tlieta": 1, "l-erbgħa": 2, "il-ħamis": 3, "sal-ġimgħa": 4,
    "sal-erbgħa": 2, "sal-ħamis": 3, "sat-tnejn": 0, "sat-tlieta": 1,
    "دوشنبې": 0, "سه شنبې": 1, "چهارشنبې": 2, "پنجشنبې": 3, "جمعې": 4,
    "ሰኞ": 0, "ማክሰኞ": 1, "ረቡዕ": 2, "ሐሙስ": 3, "ዓርብ": 4, "አርብ": 4,
    "ថ្ងៃច័ន្ទ": 0, "ថ្ងៃអង្គារ": 1, "ថ្ងៃពុធ": 2, "ថ្ងៃព្រហស្បត": 3, "ថ្ងៃសុក្រ": 4,
    **{day + " " + form: n for day, n in (("даваа", 0), ("мягмар", 1), ("лхагва", 2), ("пүрэв", 3),
                                           ("баасан", 4)) for form in ("гараг", "гарагт")},
    "duşenbe": 0, "sişenbe": 1, "çarşenbe": 2, "penşenbe": 3, "anna güni": 4,
    "anna gününe": 4, "anna günü": 4,
    "திங்கட்கிழம": 0, "செவ்வாய்க்கிழம": 1, "புதன்கிழம": 2, "வியாழக்கிழம": 3, "வெள்ளிக்கிழம": 4,
    "پیر کو": 0, "پیر تک": 0, "منگل": 1, "بدھ": 2, "جمعرات": 3, "جمعہ": 4,
    "دوشنبه": 0, "سه‌شنبه": 1, "سه شنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3, "پنج‌شنبه": 3,
    "جمعه": 4,
    "วันจันทร": 0, "วันอังคาร": 1, "วันพุธ": 2, "วันพฤหัสบด": 3, "วันศุกร": 4,
    "дүйсенбісіне": 0, "сейсенбісіне": 1, "сәрсенбісіне": 2, "бейсенбісіне": 3, "жұмасына": 4,
    "дүйсенбіге": 0, "сейсенбіге": 1, "сәрсенбіге": 2, "бейсенбіге": 3, "жұмаға": 4,
}
WEEKDAY_LITERALS = ("dydd ", "vrydag", "it-t", "l-erbgħa", "il-ħamis", "sal-", "sat-", "شنبې",
                    "جمعې", "ሰኞ", "ረቡዕ", "ሐሙስ", "ርብ", "ថ្ងៃ", "гараг", "şenbe", "anna gün",
                    "கிழம", "پیر", "منگل", "بدھ", "جمع", "شنبه", "วัน", "сенбісіне",
                    "жұмасына", "сенбіге", "жұмаға")

# Khmer runs its words together as Thai does: ``far_counts.thai_spaced`` puts a space before
# each of these (the cues, the days, "within", the week and month words)
SPACED_WORDS = ("លទ្ធផល", "ជូនដំណឹង", "ទាក់ទង", "ឆ្លើយតប", "ប្រកាស", "ថ្ងៃ", "ក្នុង", "សប្តាហ៍",
                "ចុងខែ", "មុន", "បន្ទាប់ពី", "នេះ", "បុណ្យ")
