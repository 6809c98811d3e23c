"""The words of the languages the timeline reader learnt in round 24 ("tl24i"): Kannada,
Malayalam, Odia, Sinhala, Assamese, Kyrgyz, Tajik, Burmese and Kinyarwanda.

Owns the tables ``far_counts`` merges into its own, named as ``new_words``' are: ``NUMBERS``,
``UNITS``, ``UNIT_FIRST`` and ``UNIT_FIRST_NUMBERS`` (Sinhala and Kinyarwanda, like Swahili,
put the unit before its count: "දින දහයක්", "iminsi itanu", five days), ``IMPLICIT`` (the
words that carry their count, ``far_words``' "שבועיים": Sinhala "සතියක්", a week; Assamese
"এসপ্তাহৰ"), ``CUE``, ``NEXT_WEEK``, ``TOMORROW``, ``WEEKDAYS``, ``MONTH_END`` and the literals
``needs`` gates them on. Why a module of its own: ``new_words`` and ``far_counts`` are near their
size limits. The tables join the existing alternations (one compiled pattern per kind, built
on first use), so a text in another script pays nothing but the gate's literal test.

Only the forms a recruiter's promise takes are listed. The Indic scripts, Sinhala and Burmese
end many words in a vowel sign or a virama, which are no word characters: a unit is listed
with the case endings it takes whole ("ದಿನಗಳಲ್ಲಿ", in days; Burmese "ပတ်အတွင်း", within the
week), and a pattern a word boundary must follow stops before its last sign and looks ahead for
it ("ನಾಳ(?=ೆ)", tomorrow). Malayalam fuses a count with "ആഴ്ച" (week): "രണ്ടാഴ്ച" is read as
"രണ്ട" and a unit that starts with the vowel sign. Words with another meaning are read only
where they cannot have it: Kinyarwanda "ejo" (tomorrow and yesterday) before a future verb,
Tajik "душанбе" (Monday, and the capital) only after "рӯзи" (the day of).
"""

from __future__ import annotations

__all__ = ["CUE", "IMPLICIT", "IMPLICIT_WORDS", "LITERALS", "MONTH_END", "MONTH_END_LITERALS",
           "NEXT_WEEK", "NUMBERS", "TOMORROW", "TOMORROW_LITERALS", "UNITS", "UNIT_FIRST",
           "UNIT_FIRST_NUMBERS", "WEEKDAYS", "WEEKDAY_LITERALS", "WEEK_LITERALS"]

NUMBERS: dict[str, int] = {
    # Kannada
    "ಒಂದು": 1, "ಎರಡು": 2, "ಮೂರು": 3, "ನಾಲ್ಕು": 4, "ಐದು": 5, "ಆರು": 6, "ಏಳು": 7, "ಹತ್ತು": 10,
    "ಹದಿನೈದು": 15,
    # Malayalam (with and without the final "u" sound: "ഏഴ്", "ഏഴു"; "രണ്ട" before a fused
    # "ആഴ്ച")
    "ഒരു": 1, "രണ്ട്": 2, "രണ്ടു": 2, "രണ്ട": 2, "മൂന്ന്": 3, "മൂന്നു": 3, "നാല്": 4,
    "നാലു": 4, "അഞ്ച്": 5, "അഞ്ചു": 5, "ആറ്": 6, "ആറു": 6, "ഏഴ്": 7, "ഏഴു": 7,
    "പത്ത്": 10, "പത്തു": 10, "പതിനഞ്ച്": 15,
    # Odia
    "ଏକ": 1, "ଦୁଇ": 2, "ତିନି": 3, "ଚାରି": 4, "ପାଞ୍ଚ": 5, "ଛଅ": 6, "ସାତ": 7, "ଦଶ": 10,
    "ପନ୍ଦର": 15,
    # Assamese (Bengali's "এক", "দুই", "পাঁচ", "সাত" are ``far_counts``')
    "তিনি": 3, "চাৰি": 4, "ছয়": 6, "দহ": 10, "পোন্ধৰ": 15,
    # Kyrgyz (not "он", ten, which is Russian's "he": each word here is a start the scan tries)
    "бир": 1, "эки": 2, "үч": 3, "төрт": 4, "беш": 5, "алты": 6, "жети": 7,
    # Tajik (not "ду", "се", two and three, for the same reason)
    "як": 1, "чор": 4, "панҷ": 5, "шаш": 6, "ҳафт": 7, "даҳ": 10, "понздаҳ": 15,
    # Burmese (written without a space before the unit: "တစ်ပတ်", one week)
    "တစ်": 1, "နှစ်": 2, "သုံး": 3, "လေး": 4, "ငါး": 5, "ခြောက်": 6, "ခုနစ်": 7, "ဆယ်": 10,
    "ဆယ့်ငါး": 15,
}

# Units → the class ``relative`` counts in (the longer unit first in each class)
UNITS: tuple[tuple[str, str], ...] = (
    (r"ಕೆಲಸದ\s+ದಿನ(?:ಗಳ(?:ಲ್ಲಿ|ೊಳಗೆ)?|ದೊಳಗೆ)?|പ്രവൃത്തി\s+ദിവസ(?:ത്തിനകം|ത്തിനുള്ളിൽ"
     r"|ങ്ങൾക്കുള്ളിൽ|ങ്ങൾക്കകം|ങ്ങളിൽ|ം)|କାର୍ଯ୍ୟ\s+ଦିବସ(?:ରେ|ର)?|କାର୍ଯ୍ୟଦିବସ(?:ରେ|ର)?"
     r"|কৰ্মদিৱস(?:ৰ)?|жумушчу\s+күн(?:дүн|дө|ү)?|рӯзи\s+корӣ|အလုပ်ရက်(?:အတွင်း)?",
     "business day"),
    (r"ದಿನ(?:ಗಳ(?:ಲ್ಲಿ|ೊಳಗೆ)?|ದೊಳಗೆ|ದಲ್ಲಿ)?|ദിവസ(?:ത്തിനകം|ത്തിനുള്ളിൽ|ങ്ങൾക്കുള്ളിൽ"
     r"|ങ്ങൾക്കകം|ങ്ങളിൽ|ം)|ଦିନ(?:ରେ|ର)?|ଦିବସ(?:ରେ|ର)?|দিনৰ|күн(?:дүн|дө|ү)?|рӯз(?:и)?"
     r"|ရက်(?:အတွင်း)?", "day"),
    (r"ವಾರ(?:ಗಳ(?:ಲ್ಲಿ|ೊಳಗೆ)?|ದೊಳಗೆ|ದಲ್ಲಿ)?|[ആാ]ഴ്ച(?:യ്ക്കുള്ളിൽ|യ്ക്കകം|ക്കുള്ളിൽ"
     r"|ക്കകം|യിൽ)?|ସପ୍ତାହ(?:ରେ|ର)?|সপ্তাহৰ|жума(?:нын|да)?|ҳафта|ပတ်(?:အတွင်း)?", "week"),
    (r"ತಿಂಗಳ(?:ುಗಳ(?:ಲ್ಲಿ|ೊಳಗೆ)?|ೊಳಗೆ|ಲ್ಲಿ)?|ತಿಂಗಳು|മാസ(?:ത്തിനകം|ത്തിനുള്ളിൽ"
     r"|ങ്ങൾക്കുള്ളിൽ|ങ്ങൾക്കകം|ം)|ମାସ(?:ରେ|ର)?|মাহৰ|ай(?:дын|да)?|моҳ(?:и)?"
     r"|လ(?:အတွင်း)", "month"),
)

# Sinhala and Kinyarwanda put the unit first ("දින දහයක් ඇතුළත", "mu minsi irindwi")
UNIT_FIRST: tuple[tuple[str, str], ...] = (
    # (Kinyarwanda's "minsi" after "mu", "in": its bare first letters, "mi", start English
    # words too, and each is a place the scan tries; "by(umweru)" and "me(zi)" likewise)
    (r"වැඩ\s+කරන\s+දින", "business day"), (r"දින|iminsi|(?<=mu\s)minsi", "day"),
    (r"සති|icyumweru|cyumweru|ibyumweru", "week"),
    (r"මාස|amezi|ukwezi", "month"),
)
UNIT_FIRST_NUMBERS: dict[str, int] = {
    # Sinhala (with the indefinite "-ක්" a count takes: "දෙකක්", two)
    "දෙකක්": 2, "තුනක්": 3, "හතරක්": 4, "පහක්": 5, "හයක්": 6, "හතක්": 7, "දහයක්": 10,
    "පහළොවක්": 15, "දෙක": 2, "තුන": 3, "පහ": 5, "දහය": 10,
    # Kinyarwanda (the agreement prefix each noun class gives its count)
    "kimwe": 1, "umwe": 1, "rimwe": 1, "ibiri": 2, "bibiri": 2, "abiri": 2, "itatu": 3,
    "bitatu": 3, "atatu": 3, "ine": 4, "bine": 4, "ane": 4, "itanu": 5, "bitanu": 5,
    "atanu": 5, "itandatu": 6, "irindwi": 7, "birindwi": 7, "icumi": 10,
}

# The words that carry their count (``far_words``' "שבועיים"): Sinhala "සතියක්" (a week),
# "මාසයක්" (a month); Assamese "এসপ্তাহৰ" (of one week), "এমাহৰ"
IMPLICIT: dict[str, tuple[int, str]] = {
    "සතියක්": (1, "week"), "සතියකින්": (1, "week"), "මාසයක්": (1, "month"),
    "এসপ্তাহৰ": (1, "week"), "এমাহৰ": (1, "month"),
}
IMPLICIT_WORDS = "|".join(sorted(IMPLICIT, key=len, reverse=True))

# The words that say an answer is coming (stems: each language glues its endings on)
CUE = (
    # Kannada: "ತಿಳಿಸುತ್ತೇವೆ" (we will tell), "ಫಲಿತಾಂಶ" (result), "ಕರೆ ಮಾಡುತ್ತೇವೆ" (we will
    # call), "ಪ್ರಕಟಿಸಲಾಗುವುದು" (will be published), "ಉತ್ತರ" (answer), "ನಿರ್ಧಾರ" (decision)
    r"ತಿಳಿಸ|ಫಲಿತಾಂಶ|ಕರೆ\s+ಮಾಡ|ಪ್ರಕಟಿಸ|ಉತ್ತರ|ನಿರ್ಧಾರ|ಸಂಪರ್ಕಿಸ"
    # Malayalam: "അറിയിക്കും" (will inform), "ഫലം" (result), "വിളിക്കും" (will call),
    # "പ്രസിദ്ധീകരിക്കും" (will publish), "മറുപടി" (reply), "തീരുമാനം" (decision)
    r"|അറിയിക്ക|ഫലം|വിളിക്ക|പ്രസിദ്ധീകരിക്ക|മറുപടി|തീരുമാന|ബന്ധപ്പെട"
    # Odia: "ଜଣାଇଦିଆଯିବ" (will be told), "ଫଳାଫଳ" (result), "ଫୋନ" (phone), "ପ୍ରକାଶ" (publish),
    # "ଉତ୍ତର" (answer), "ଯୋଗାଯୋଗ" (contact)
    r"|ଜଣାଇ|ଫଳାଫଳ|ଫୋନ|ପ୍ରକାଶ|ଉତ୍ତର|ଯୋଗାଯୋଗ"
    # Sinhala (its "ර" after a virama with or without the joiner): "දැනුම් දෙ" (inform),
    # "ප්‍රතිඵල" (result), "කතා කර" (call), "පිළිතුරු" (answer), "ප්‍රකාශයට" (published)
    r"|දැනුම්\s+දෙ|ප්\u200d?රතිඵල|කතා\s+කර|පිළිතුරු|ප්\u200d?රකාශයට|දන්වන"
    # Assamese: "জনোৱা" (told), "ঘোষণা" (announce), "উত্তৰ" (answer), "প্ৰকাশ" (publish)
    r"|জনোৱা|ঘোষণা|উত্তৰ|প্ৰকাশ|ফোন"
    # Kyrgyz: "билдиребиз" (we will tell), "кабарлайбыз", "кабарланат" (inform), "жыйынтык"
    # (result), "чалабыз" (we will call), "жарыяланат" (announced), "жооп" (answer)
    r"|билдиреб|кабарла|жыйынтыг|чалабыз|жарыяла|жооп"
    # Tajik: "хабар медиҳем" (we will inform), "хабар дода" (informed), "натиҷа" (result),
    # "занг мезанем" (we will call), "эълон" (announce), "ҷавоб" (answer)
    r"|хабар\s+(?:меди|дода)|натиҷа|занг\s+мезан|эълон|ҷавоб"
    # Burmese: "အကြောင်းကြား" (inform), "ဖုန်းဆက်" (phone), "ထုတ်ပြန်" (publish), "အဖြေ"
    # (answer), "ရလဒ်" (result)
    r"|အကြောင်းကြား|ဖုန်းဆက်|ထုတ်ပြန်|အဖြေ|ရလဒ်"
    # Kinyarwanda, whose verb carries its subject, tense and object as prefixes (the whole
    # word is listed): "tuzabamenyesha" (we will inform you), "tuzabahamagara" (we will call
    # you), "tuzabasubiza" (we will answer you), "ibisubizo" (answers, results),
    # "ruzatangazwa" (will be announced)
    r"|tuza\w{0,6}?(?:menyesha|hamagara|subiza)|tuzatangaza|\w{0,3}zatangazwa"
    r"|(?:ibi|igi)subizo"
    # Italian "rispondiamo", Polish "odpowiadamy" (we answer): the employer's habit, which round
    # 23's convention reads as a promise when it says how long ("solitamente rispondiamo entro
    # cinque giorni lavorativi"), as Serbian "odgovaramo" (``new_words``)
    r"|rispondiamo\b|odpowiadamy\b"
)

# "next week": Kannada "ಮುಂದಿನ ವಾರ(ದಲ್ಲಿ)", Malayalam "അടുത്ത ആഴ്ച(യിൽ)", Odia "ଆସନ୍ତା ସପ୍ତାହ(ରେ)",
# Sinhala "ලබන සතියේ", Assamese "অহা সপ্তাহত", Kyrgyz "кийинки жумада", Tajik "ҳафтаи оянда",
# Burmese "နောက်အပတ်", Kinyarwanda "icyumweru gitaha" (each ending in a sign stops before it)
NEXT_WEEK = (r"ಮುಂದಿನ\s+ವಾರದಲ್ಲ(?=ಿ)|ಮುಂದಿನ\s+ವಾರ|അടുത്ത\s+ആഴ്ചയിൽ|അടുത്ത\s+ആഴ്ച"
             r"|ଆସନ୍ତା\s+ସପ୍ତାହର(?=େ)|ଆସନ୍ତା\s+ସପ୍ତାହ|ଆଗାମୀ\s+ସପ୍ତାହ|ලබන\s+සති(?=ය)"
             r"|অহা\s+সপ্তাহত|অহা\s+সপ্তাহ|кийинки\s+жума(?:да)?|ҳафтаи\s+(?:оянда|дигар)"
             r"|နောက်(?:တစ်)?အပတ(?=်)|(?:mu\s+)?i?cyumweru\s+gitaha")
WEEK_LITERALS: tuple[str, ...] = ("ವಾರ", "ആഴ്ച", "ସପ୍ତାହ", "ලබන", "অহা", "кийинки", "ҳафтаи",
                                  "အပတ", "gitaha")

# Tomorrow: Kannada "ನಾಳೆ", Malayalam "നാളെ", Odia "ଆସନ୍ତାକାଲି", Sinhala "හෙට", Assamese
# "কাইলৈ", Kyrgyz "эртең", Tajik "фардо", Burmese "မနက်ဖြန်", Kinyarwanda "ejo" (before a future:
# "ejo tuzabahamagara")
TOMORROW = (r"ನಾಳ(?=ೆ)|നാള(?=െ)|ଆସନ୍ତାକାଲ(?=ି)|හෙට|কাইল(?=ৈ)|эртең|фардо|မနက်ဖြန(?=်)"
            r"|ejo(?=\s+(?:\w+\s+)?(?:tu|mu|a|ba|i|bi|ru)za)")
TOMORROW_LITERALS = ("ನಾಳೆ", "നാളെ", "ଆସନ୍ତାକାଲି", "හෙට", "কাইলৈ", "эртең", "фардо", "မနက်ဖြန်",
                     "ejo")

# "by the end of the month": Malayalam "(ഈ) മാസം അവസാനത്തോടെ", Odia "(ଏହି) ମାସ ଶେଷ (ସୁଦ୍ଧା)",
# Kannada "ತಿಂಗಳ ಅಂತ್ಯದೊಳಗೆ", Assamese "মাহৰ শেষ"
MONTH_END = (r"മാസം\s+അവസാനത്തോട(?=െ)|മാസാവസാനത്തോട(?=െ)|ମାସ\s+ଶେଷ|ತಿಂಗಳ\s+ಅಂತ್ಯದೊಳಗ(?=ೆ)"
             r"|ತಿಂಗಳಾಂತ್ಯದೊಳಗ(?=ೆ)|মাহৰ\s+শেষ")
MONTH_END_LITERALS = ("അവസാന", "ଶେଷ", "ಅಂತ್ಯ", "মাহৰ")

# What ``needs`` gates the duration forms on (one of which every match holds; the Kyrgyz month
# "ай" with the space before it, as the word stands after its count)
LITERALS: tuple[str, ...] = ("ದಿನ", "ವಾರ", "ತಿಂಗಳ", "ദിവസ", "ഴ്ച", "മാസ", "ଦିନ", "ଦିବସ",
            "ସପ୍ତାହ", "ମାସ", "দিনৰ", "সপ্তাহৰ", "মাহৰ", "কৰ্মদিৱস", "күн", "жума", " ай", "рӯз",
            "ҳафта", "моҳ", "ရက်", "ပတ်", "လအတွင်း", "දින", "සති", "මාස", "minsi", "cyumweru",
            "byumweru", "mezi", "kwezi")

# Weekdays (0 Monday ... 6 Sunday): Kannada and Odia (ending in a letter), Malayalam, Assamese
# (its "ৰ"; the locative "মঙলবাৰে" adds a sign after it), Kyrgyz, Tajik, Kinyarwanda ("ku wa
# gatanu": on the fifth, Friday)
WEEKDAYS: dict[str, int] = {
    "ಸೋಮವಾರ": 0, "ಮಂಗಳವಾರ": 1, "ಬುಧವಾರ": 2, "ಗುರುವಾರ": 3, "ಶುಕ್ರವಾರ": 4,
    "തിങ്കളാഴ്ച": 0, "ചൊവ്വാഴ്ച": 1, "ബുധനാഴ്ച": 2, "വ്യാഴാഴ്ച": 3, "വെള്ളിയാഴ്ച": 4,
    "ସୋମବାର": 0, "ମଙ୍ଗଳବାର": 1, "ବୁଧବାର": 2, "ଗୁରୁବାର": 3, "ଶୁକ୍ରବାର": 4,
    "সোমবাৰ": 0, "মঙলবাৰ": 1, "মঙ্গলবাৰ": 1, "বুধবাৰ": 2, "বৃহস্পতিবাৰ": 3, "শুক্ৰবাৰ": 4,
    "дүйшөмбү": 0, "шейшемби": 1, "шаршемби": 2, "бейшемби": 3, "жума күнү": 4,
    "рӯзи душанбе": 0, "сешанбе": 1, "чоршанбе": 2, "панҷшанбе": 3, "ҷумъа": 4,
    "ku wa mbere": 0, "ku wa kabiri": 1, "ku wa gatatu": 2, "ku wa kane": 3,
    "ku wa gatanu": 4,
}
WEEKDAY_LITERALS = ("ವಾರ", "ാഴ്ച", "ବାର", "বাৰ", "дүйшөмбү", "шейшемби", "шаршемби",
                    "бейшемби", "жума күнү", "душанбе", "сешанбе", "чоршанбе", "панҷшанбе",
                    "ҷумъа", "ku wa")
