"""The words of the languages the timeline reader learnt in round 23 ("tl23i"): Yoruba,
Punjabi, Gujarati and Telugu; and the classes round 23's check set found missing in languages
read before: Basque and Hausa counts, "next week" and "tomorrow", Serbian and Croatian
"tomorrow", Tamil "next week", Galician, Hausa and Basque weekdays, Malay "the month's end",
Latvian, Tamil and Basque answer cues, and Mongolian working days (the word before the count:
"ажлын 5 өдрийн", ``mongolian_counted``).

Owns the tables ``far_counts`` merges into its own, named as ``late_words``' are: ``NUMBERS``,
``UNITS``, ``UNIT_FIRST`` and ``UNIT_FIRST_NUMBERS`` (Yoruba and Hausa, like Swahili, put the
unit before its count: "ọjọ́ márùn-ún", "kwanaki biyar", five days), ``CUE``, ``NEXT_WEEK``,
``TOMORROW``, ``WEEKDAYS``, ``MONTH_END`` and the literals ``needs`` gates them on. Why a module
of its own: ``late_words``, ``more_words`` and ``far_counts`` are near their size limits. The
tables join the existing alternations (one compiled pattern per kind, built on first use), so
a text in another script pays nothing but the gate's literal test.

Only the forms a recruiter's promise takes are listed. Words ending in a combining vowel sign
(the Indic scripts, and Yoruba's tone marks, which are no word characters either) are listed
whole where a pattern ends after them; a word of Basque's that is a common name elsewhere
("Bihar", the Indian state) is read only before a Basque future ("bihar deituko dizugu").
"""

from __future__ import annotations

import re

__all__ = ["CUE", "LITERALS", "MONTH_END", "MONTH_END_LITERALS", "NEXT_WEEK", "NUMBERS",
           "THIS_WEEK", "TOMORROW", "TOMORROW_LITERALS", "UNITS", "UNIT_FIRST",
           "UNIT_FIRST_NUMBERS", "WEEKDAYS", "WEEKDAY_LITERALS", "WEEK_LITERALS",
           "mongolian_counted"]

NUMBERS: dict[str, int] = {
    # Basque ("bi asteko epean": within two weeks; "bost egunetan": in five days)
    "bi": 2, "hiru": 3, "lau": 4, "bost": 5, "sei": 6, "zazpi": 7, "hamar": 10, "hamabost": 15,
    # Punjabi
    "ਇੱਕ": 1, "ਦੋ": 2, "ਤਿੰਨ": 3, "ਚਾਰ": 4, "ਪੰਜ": 5, "ਛੇ": 6, "ਸੱਤ": 7, "ਦਸ": 10, "ਪੰਦਰਾਂ": 15,
    # Gujarati
    "એક": 1, "બે": 2, "ત્રણ": 3, "ચાર": 4, "પાંચ": 5, "છ": 6, "સાત": 7, "દસ": 10, "પંદર": 15,
    # Telugu
    "ఒక": 1, "రెండు": 2, "మూడు": 3, "నాలుగు": 4, "ఐదు": 5, "ఆరు": 6, "ఏడు": 7, "పది": 10,
    "పదిహేను": 15,
}

# Units → the class ``relative`` counts in (the longer unit first in each class). Punjabi's
# "ਫ਼" is written precomposed or as "ਫ" with a nukta: both are listed.
UNITS: tuple[tuple[str, str], ...] = (
    (r"lanegun(?:eko|etan|ean)?|ਕੰਮਕਾਜੀ\s+ਦਿਨ(?:ਾਂ)?|કામકાજના\s+દિવસ(?:ોમાં|ો|માં)?"
     r"|పని\s+(?:దినాల(?:్లో)?|రోజుల(?:్లో)?)"
     # Mongolian "ажлын 5 өдрийн", turned round by ``mongolian_counted``
     r"|ажлын\s+(?:өдрийн|өдөр|хоногийн|хоног)", "business day"),
    (r"egun(?:eko|etan|ean)?|ਦਿਨ(?:ਾਂ)?|દિવસ(?:ોમાં|ો|માં|ના)?|రోజుల్లో|రోజులు|రోజుల|రోజు", "day"),
    (r"aste(?:ko|tan|an)?|ਹਫ਼ਤ(?:ਿਆਂ|ੇ|ਾ)|ਹਫਤ(?:ਿਆਂ|ੇ|ਾ)"
     r"|અઠવાડિય(?:ામાં|ા|ે)|వారాల్లో|వారాలు|వారంలో|వారం", "week"),
    (r"hilabete(?:ko|tan)?|ਮਹੀਨ(?:ਿਆਂ|ੇ|ਾ)|મહિન(?:ામાં|ા|ે)|నెలల్లో|నెలలు|నెల", "month"),
)

# Hausa and Yoruba put the unit first ("cikin kwanaki biyar", "láàárín ọjọ́ márùn-ún")
UNIT_FIRST: tuple[tuple[str, str], ...] = (
    (r"kwanakin\s+aiki|ọjọ́\s+iṣẹ́", "business day"), (r"kwanaki|kwana|ọjọ́", "day"),
    (r"makonni|mako|ọ̀sẹ̀", "week"), (r"watanni|oṣù", "month"),
)
UNIT_FIRST_NUMBERS: dict[str, int] = {
    # Hausa
    "biyu": 2, "uku": 3, "hudu": 4, "huɗu": 4, "biyar": 5, "shida": 6, "bakwai": 7,
    "takwas": 8, "goma": 10,
    # Yoruba (with and without the tone marks)
    "méjì": 2, "meji": 2, "mẹ́ta": 3, "meta": 3, "mẹ́rin": 4, "merin": 4, "márùn-ún": 5,
    "márùún": 5, "marun": 5, "mẹ́fà": 6, "mefa": 6, "méje": 7, "meje": 7, "mẹ́wàá": 10,
    "mewa": 10,
}

# The words that say an answer is coming
CUE = (
    # Basque: "erantzun(a)" (answer), "deituko" (will call), "jakinarazi(ko)" (let know),
    # "emaitza" (result), "erabaki(a)" (decision)
    r"erantzun|deituko|jakinaraz|emaitz|erabaki"
    # Hausa: "za mu kira / sanar / tuntube / aiko" (we will call / tell / contact / send),
    # "sakamako" (result)
    r"|za\s+mu\s+(?:kira|sanar|tuntub|aiko|ba\s+ka)|sakamako"
    # Yoruba: "kàn sí" (contact), "pè ọ́" (call you), "èsì" (answer, result), "ìdáhùn"
    r"|kàn\s+sí|pè\s+ọ́|èsì|ìdáhùn"
    # Punjabi: "ਨਤੀਜਾ" (result), "ਦੱਸਾਂਗੇ" (we will tell), "ਸੰਪਰਕ" (contact), "ਫ਼ੋਨ", "ਐਲਾਨ"
    # (announce), "ਸੂਚਿਤ" (inform)
    r"|ਨਤੀਜ|ਦੱਸਾਂਗੇ|ਸੰਪਰਕ|ਫ਼ੋਨ|ਫੋਨ|ਐਲਾਨ|ਸੂਚਿਤ"
    # Gujarati: "પરિણામ" (result), "જણાવીશું" (we will tell), "સંપર્ક" (contact), "જાણ કરીશું"
    # (we will inform), "જાહેર" (announced)
    r"|પરિણામ|જણાવીશ|સંપર્ક|જાણ\s+કરીશ|જાહેર"
    # Telugu: "ఫలితం" (result), "తెలియజేస్తాము" (we will tell), "సమాచారం" (word), "ఫోన్",
    # "ప్రకటిస్తాము" (we will announce)
    r"|ఫలిత|తెలియజేస్త|సమాచారం|ఫోన్|ప్రకటిస్త|ప్రకటించ"
    # Tamil "அறிவிப்போம்" (we will announce; ``late_words`` has the passive), Latvian
    # "piezvanīsim" (we will call), "informēsim" (we will inform)
    r"|அறிவிப்ப|piezvanī|informē"
    # Serbian, Bosnian and Croatian "odgovaramo" (we answer: the employer's habit, which round
    # 23's convention reads as a promise when it says how long: "obično odgovaramo u roku od")
    r"|odgovaramo\b"
)

# "next week": Basque "datorren astean", Hausa "mako mai zuwa", Yoruba "ọ̀sẹ̀ tó ń bọ̀", Punjabi
# "ਅਗਲੇ ਹਫ਼ਤੇ", Gujarati "આવતા અઠવાડિયે", Telugu "వచ్చే వారం", Tamil "அடுத்த வாரம்"
# (each ending in a mark holds it in a look-ahead: the pattern ends at a word boundary)
NEXT_WEEK = (r"datorren\s+astean|mako\s+mai\s+zuwa|ọ̀sẹ̀\s+tó\s+ń\s*bọ(?=\u0300)"
             r"|ਅਗਲੇ\s+(?:ਹਫ਼ਤ|ਹਫਤ)(?=ੇ)|આવતા\s+અઠવાડિય(?=[ેા])|వచ్చే\s+వార(?=ం)"
             r"|அடுத்த\s+வாரம(?=்)")

# "by the end of the week": Serbian, Bosnian and Croatian "do kraja (ove) nedelje / sedmice /
# tjedna" (``far_counts.THIS_WEEK``)
THIS_WEEK = r"(?:do\s+)?kraja\s+(?:ove\s+|teku(?:ć|c)e\s+)?(?:nedelje|sedmice|tjedna)"
WEEK_LITERALS: tuple[str, ...] = ("datorren astean", "mako mai", "ọ̀sẹ̀", "ਹਫ਼ਤ", "ਹਫਤ", "અઠવાડિય",
                 "వారం", "வாரம்", "kraja")

# Tomorrow: Basque "bihar" (before a future: "bihar deituko dizugu"), Hausa "gobe", Yoruba
# "ọ̀la" ("lọ́la", "ní ọ̀la"), Punjabi "ਕੱਲ੍ਹ" (also yesterday: before a future verb only),
# Gujarati "આવતીકાલે", Telugu "రేపు", Serbian and Croatian "sutra"
TOMORROW = (r"bihar(?=\s+(?:\w+\s+)?\w+(?:ko|go)\b)|gobe|lọ́la|ní\s+ọ̀la|ọ̀la"
            r"|ਕੱਲ੍ਹ(?=[^.।!?]{0,60}?(?:ਗੇ|ਗਾ|ਗੀ)(?!\w))|આવતીકાલ|రేప(?=ు)|sutra")
TOMORROW_LITERALS = ("bihar", "gobe", "lọ́la", "ọ̀la", "ਕੱਲ੍ਹ", "આવતીકાલ", "రేపు", "sutra")

# "by the end of the month": Malay "(sebelum) hujung bulan"
MONTH_END = r"hujung\s+bulan"
MONTH_END_LITERALS = ("hujung",)

# What ``needs`` gates the duration forms on (one of which every match holds; Basque "egun" and
# "aste" bare, as the units can be: "bost egun", "bi aste")
LITERALS: tuple[str, ...] = ("aste", "egun", "hilabete",
            "ਦਿਨ", "ਹਫ਼ਤ", "ਹਫਤ", "ਮਹੀਨ", "દિવસ", "અઠવાડિય", "મહિન", "రోజు", "దిన", "వార", "నెల",
            "kwana", "mako", "watanni", "ọjọ́", "ọ̀sẹ̀", "oṣù", "ажлын")

# Weekdays (0 Monday ... 6 Sunday): Galician, Basque (with the inessive a day takes:
# "ostiralean", on Friday), Hausa, Yoruba ("ọjọ́ ẹtì"), Punjabi (both spellings of "ਸ਼"),
# Gujarati and Telugu (without their last sign where a case ending follows: "શુક્રવારે",
# "శుక్రవారం")
WEEKDAYS: dict[str, int] = {
    "luns": 0, "mércores": 2, "xoves": 3, "venres": 4,
    **{day + end: n for day, n in (("astelehen", 0), ("astearte", 1), ("asteazken", 2),
                                   ("ostegun", 3), ("ostiral", 4))
       for end in ("", "ean", "a", "erako")},
    "litinin": 0, "talata": 1, "laraba": 2, "alhamis": 3, "juma'a": 4, "jummaʼa": 4,
    "ọjọ́ ajé": 0, "ọjọ́ ìṣẹ́gun": 1, "ọjọ́rú": 2, "ọjọ́bọ̀": 3, "ọjọ́ ẹtì": 4,
    "ਸੋਮਵਾਰ": 0, "ਮੰਗਲਵਾਰ": 1, "ਬੁੱਧਵਾਰ": 2, "ਵੀਰਵਾਰ": 3, "ਸ਼ੁੱਕਰਵਾਰ": 4,
    "સોમવાર": 0, "મંગળવાર": 1, "બુધવાર": 2, "ગુરુવાર": 3, "શુક્રવાર": 4,
    "సోమవార": 0, "మంగళవార": 1, "బుధవార": 2, "గురువార": 3, "శుక్రవార": 4,
}
WEEKDAY_LITERALS = ("luns", "mércores", "xoves", "venres", "astelehen", "astearte", "asteazken",
                    "ostegun", "ostiral", "litinin", "talata", "laraba", "alhamis", "juma",
                    "ọjọ́", "ਵਾਰ", "વાર", "వార")

# Mongolian says "working" before the count ("ажлын 5 өдрийн дотор": within 5 working days);
# the grammar reads a count before its unit, so the word moves after the count
_MN_COUNTED_RE = re.compile(
    r"(?i)\bажлын\s+(\d{1,3}|нэг|хоёр|гурван|дөрвөн|таван|долоон|арван)\s+(өдр|өдөр|хоног)")


def mongolian_counted(text: str) -> str:
    """``text`` with Mongolian "ажлын N өдөр" written "N ажлын өдөр" (same length)."""
    # ("жлын": the capital "Ажлын" that starts a sentence too)
    return _MN_COUNTED_RE.sub(r"\1 ажлын \2", text) if "жлын" in text else text


# Punjabi's "ਫ਼" and "ਸ਼" are written with a nukta (NFC keeps that) or precomposed (U+0A5E,
# U+0A36): the tables above spell the first; the second joins them here
_NUKTA = (("\u0a2b\u0a3c", "\u0a5e"), ("\u0a38\u0a3c", "\u0a36"))


def _precomposed(word: str) -> str:
    for pair, single in _NUKTA:
        word = word.replace(pair, single)
    return word


def _either(pattern: str) -> str:
    for pair, single in _NUKTA:
        pattern = pattern.replace(pair, f"(?:{pair}|{single})")
    return pattern


UNITS = tuple((_either(words), cls) for words, cls in UNITS)
CUE, NEXT_WEEK = _either(CUE), _either(NEXT_WEEK)
WEEKDAYS.update({_precomposed(k): v for k, v in WEEKDAYS.items()})
LITERALS = (*LITERALS, *{_precomposed(w) for w in LITERALS} - set(LITERALS))
WEEK_LITERALS = (*WEEK_LITERALS, *{_precomposed(w) for w in WEEK_LITERALS} - set(WEEK_LITERALS))
