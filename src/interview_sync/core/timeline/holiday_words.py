"""Each language's words for the holidays and seasonal closures people write about, and the day
each stands for: the table behind ``grammar.HOLIDAY_NAMES`` ("after <holiday>") and the names
``holiday_anchors`` reads.

Owns ``HOLIDAYS`` (language → (pattern of the words as people write and inflect them, the
English name whose date rule ``holiday_anchors`` keeps)), ``POSTPOSED`` (the same for the
languages that put "after" behind the name: Hungarian "húsvét után", Finnish "juhannuksen
jälkeen", Turkish "bayramdan sonra"), ``SUMMER`` (each language's summer break),
``english_name`` (a name as written → the English name, from these tables, a country's own
(``country_holidays``: ``COUNTRY_DAYS``, ``BRIDGE_DAYS``, re-exported here) and the generated
ones) and ``home_countries`` (which countries keep a name). Why a table: round 6's misses were
holidays written in a language whose words the grammar had only in part ("påskeferien",
"juhannuksen jälkeen", "po majówce"); a table per language says what is known and what is not.

The English names and their date rules (``holiday_anchors``): "easter" (Easter Monday ends the
break), "christmas" (25 December, with 26 December and New Year one break), "new year",
"whitsun" (Whit Monday), "ascension" (Easter + 39), "corpus christi" (Easter + 60),
"epiphany" (6 January), "may day" (1 May; Poland's "majówka" runs to 3 May, a holiday there),
"all saints" (1 November), "midsummer" (Sweden and Finland: the Friday in 19-25 June),
"sankthans" and "sant joan" (23 and 24 June), "kings day" (Dutch, 27 April), "assomption"
(15 August), "carnival", the lunar feasts ("eid al-adha": Turkish Kurban Bayramı; "eid
al-fitr": Ramazan or Şeker Bayramı), and the school breaks by the ISO week most schools take
them ("school week 42": Danish efterårsferie, Finnish syysloma; 40: Norwegian høstferie; 44:
Swedish höstlov; 7: Danish vinterferie; 8: Norwegian vinterferie; 9: Swedish sportlov and
Finnish hiihtoloma, which vary by region: the commonest week, a known approximation).
"""

from __future__ import annotations

import functools
import re

from interview_sync.core.timeline.country_holidays import BRIDGE_DAYS, COUNTRY_DAYS
from interview_sync.core.timeline.factor import first_chars
from interview_sync.core.timeline.holiday_names import LOCAL_DAYS
from interview_sync.core.timeline.time_words import WEEKDAY_MORE

__all__ = [
    "BRIDGE_DAYS",
    "COUNTRY_DAYS",
    "FIRST_WORKING_DAY_MORE",
    "HOLIDAYS",
    "POSTPOSED",
    "SUMMER",
    "bridge_pattern",
    "english_name",
    "home_countries",
    "names_pattern",
    "own_home_countries",
    "postposed_pattern",
    "summer_pattern",
]

# A compound's break word after the name: "påskeferien", "efterårsferien", "höstlovet",
# "juleferien", "kerstvakantie", "osterferien" (the break is the holiday's).
BREAK_SUFFIX = r"(?:ferien|ferie[nt]?|lovet|lov|helgen|helga|vakantie|pause)?"

HOLIDAYS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"christmas|xmas", "christmas"), (r"thanksgiving", "thanksgiving"),
        (r"easter", "easter"), (r"new\s+year'?s?", "new year"),
        (r"labou?r\s+day", "labor day"), (r"memorial\s+day", "memorial day"),
        (r"independence\s+day", "independence day"),
        (r"(?:the\s+)?(?:july\s+4(?:th)?|4th\s+of\s+july|fourth\s+of\s+july)", "july 4"),
        (r"whitsun|pentecost", "whitsun"), (r"may\s+day", "may day"),
        (r"all\s+saints'?(?:\s+day)?", "all saints"), (r"epiphany", "epiphany"),
        # round 22 ("tl22e"): a bare "Eid" ("after the Eid holidays") is whichever Eid comes
        # next, as Nigeria's "Sallah" (``feast_days``); "Eid al-Adha / ul-Fitr" are named rows
        (r"eid(?![\s-]*(?:al|ul|el)\b)", "eid"),
    ),
    "de": (
        (r"ostern|osterferien", "easter"), (r"pfingsten|pfingstferien", "whitsun"),
        (r"weihnachten|weihnachtsferien", "christmas"), (r"neujahr|jahreswechsel", "new year"),
        (r"allerheiligen", "all saints"), (r"dreik(?:ö|o)nig(?:stag)?", "epiphany"),
        # round 21 ("tl21i"): "spätestens an Christi Himmelfahrt", "nach Fronleichnam"
        (r"(?:christi\s+)?himmelfahrt", "ascension"), (r"fronleichnam", "corpus christi"),
    ),
    "fr": (
        (r"p(?:â|a)ques", "easter"), (r"pentec(?:ô|o)te", "whitsun"), (r"no(?:ë|e)l", "christmas"),
        (r"toussaint", "toussaint"), (r"nouvel\s+an", "new year"),
    ),
    "es": (
        (r"semana\s+santa|pascua", "easter"), (r"navidad(?:es)?", "christmas"),
        (r"reyes", "epiphany"), (r"a(?:ñ|n)o\s+nuevo", "new year"),
        (r"pentecost(?:é|e)s", "whitsun"), (r"san\s+juan", "sant joan"),
        (r"todos\s+los\s+santos", "all saints"),
    ),
    "ca": (
        (r"setmana\s+santa|p(?:a|à)squa", "easter"), (r"nadal", "christmas"),
        (r"reis", "epiphany"), (r"any\s+nou|cap\s+d'any", "new year"),
        (r"sant\s+joan", "sant joan"), (r"tots\s+sants", "all saints"),
    ),
    "it": (
        (r"natale", "christmas"), (r"pasqua|pasquetta", "easter"), (r"capodanno", "new year"),
        (r"ferragosto", "assomption"), (r"epifania|befana", "epiphany"),
        (r"ognissanti", "all saints"),
        # round 22 ("tl22i"): the Republic's feast by its name or its date
        (r"festa\s+della\s+repubblica|2\s+giugno", "republic day"),
    ),
    "pt": (
        (r"natal", "christmas"), (r"p(?:á|a)scoa", "easter"), (r"ano\s+novo", "new year"),
    ),
    # round 22 ("tl22i"): Afrikaans, the Easter weekend ("ná die Paasnaweek") and Christmas
    "af": (
        (r"paas(?:naweek|fees|vakansie|tyd)?|pase", "easter"),
        (r"kersfees|kersvakansie", "christmas"), (r"nuwejaar", "new year"),
    ),
    "nl": (
        (r"kerst(?:mis|vakantie)?", "christmas"), (r"pasen|paasvakantie", "easter"),
        (r"nieuwjaar|jaarwisseling", "new year"), (r"pinksteren", "whitsun"),
        (r"koningsdag", "kings day"), (r"hemelvaart(?:sdag)?", "ascension"),
    ),
    "pl": (
        (r"wielkanocy|(?:ś|s)wi(?:ę|e)tach\s+wielkanocnych", "easter"),
        (r"nowym\s+roku", "new year"),
        (r"(?:ś|s)wi(?:ę|e)tach\s+bo(?:ż|z)ego\s+narodzenia|bo(?:ż|z)ym\s+narodzeniu", "christmas"),
        (r"maj(?:ó|o)wce|d(?:ł|l)ugim\s+weekendzie\s+majowym|pierwszym\s+maja", "may day"),
        (r"wszystkich\s+(?:ś|s)wi(?:ę|e)tych", "all saints"),
        (r"bo(?:ż|z)ym\s+ciele", "corpus christi"), (r"trzech\s+kr(?:ó|o)li", "epiphany"),
        (r"zielonych\s+(?:ś|s)wi(?:ą|a)tkach", "whitsun"),
        # round 12: the instrumental after "przed" ("przed świętami Bożego Narodzenia")
        (r"(?:ś|s)wi(?:ę|e)tami\s+bo(?:ż|z)ego\s+narodzenia", "christmas"),
        (r"(?:ś|s)wi(?:ę|e)tami\s+wielkanocnymi|wielkanoc(?:ą|a)", "easter"),
    ),
    "cs": (
        (r"v(?:á|a)noc(?:í|i)ch", "christmas"), (r"velikonoc(?:í|i)ch", "easter"),
        (r"nov(?:é|e)m\s+roce", "new year"),
    ),
    "hr": (
        (r"bo(?:ž|z)i(?:ć|c)(?:a|u)?", "christmas"), (r"uskrs(?:a|u)?", "easter"),
        (r"nove\s+godine", "new year"), (r"svih\s+svetih", "all saints"),
        (r"tijelova", "corpus christi"), (r"sveta\s+tri\s+kralja", "epiphany"),
        # round 18 ("tl18i"): Serbian "posle uskršnjih praznika" (the Easter holidays)
        (r"uskr(?:š|s)nj(?:ih|e|i)\s+praznik(?:a|e|i)?", "easter"),
    ),
    # round 17 ("tl17i"): Slovak ("po Veľkej noci", "po Vianociach") and Romanian ("după Paști",
    # "după Rusalii", "după Crăciun"), as people inflect them; Romanian Easter is the Orthodox one
    "sk": (
        (r"ve(?:ľ|l)k(?:ej|ú|u|á|a)\s+noc(?:i|ou)?", "easter"),
        (r"vianoc(?:iach|ami|ach|e)?", "christmas"), (r"nov(?:om|ý|y)\s+rok(?:u)?", "new year"),
        (r"turic(?:iach|ach|e)", "whitsun"),
    ),
    "ro": (
        (r"pa(?:ș|ş|s)t(?:e|i)(?:le|lui|lor)?|sfintele\s+pa(?:ș|ş|s)ti", "easter"),
        (r"rusalii(?:le|lor)?|cincizecime", "whitsun"),
        (r"cr(?:ă|a)ciun(?:ul|ului)?", "christmas"), (r"anul\s+nou|revelion(?:ul)?", "new year"),
        (r"boboteaz(?:ă|a)", "epiphany"),
    ),
    # the Nordic languages; "jul" only where no day follows ("by jul. 4" is July)
    "sv": (
        (r"julen|jul(?!\.?\s*\d)", "christmas"), (r"jullovet|jullov|julledigheten", "christmas"),
        (r"ny(?:å|a)ret|ny(?:å|a)r", "new year"),
        (r"p(?:å|a)sken|p(?:å|a)sk", "easter"), (r"trettondedag(?:en)?(?:\s+jul)?|trettondagen",
                                             "epiphany"),
        (r"pingst(?:en)?", "whitsun"), (r"f(?:ö|o)rsta\s+maj", "may day"),
        (r"allhelgona(?:helgen)?", "all saints"), (r"kristi\s+himmels?f(?:ä|a)rd(?:sdag(?:en)?)?",
                                                  "ascension"),
        (r"h(?:ö|o)stlovet|h(?:ö|o)stlov", "school week 44"),
        (r"sportlovet|sportlov", "school week 9"),
    ),
    "da": (
        (r"nyt(?:å|a)ret|nyt(?:å|a)r", "new year"), (r"p(?:å|a)sken|p(?:å|a)ske", "easter"),
        (r"jule(?:ferien|ferie|helgen|helga|fri)", "christmas"),
        (r"pinsen|pinse", "whitsun"), (r"kristi\s+himmelfart(?:sdag)?", "ascension"),
        (r"efter(?:å|a)rsferien|efter(?:å|a)rsferie", "school week 42"),
        (r"vinterferien|vinterferie", "school week 7"),
    ),
    "no": (
        (r"nytt(?:å|a)ret|nytt(?:å|a)r", "new year"), (r"h(?:ø|o)stferien|h(?:ø|o)stferie",
                                                   "school week 40"),
        (r"vinterferien|vinterferie", "school week 8"),
    ),
    # round 12: the feasts as people write them, not as the ``holidays`` package names them
    # ("μετά το Πάσχα", "μετά τα Θεοφάνια", "pärast jõule", "po prvomajskih praznikih",
    # "przed świętami Bożego Narodzenia"); Greek Easter is the Orthodox one (``holiday_anchors``)
    "el": (
        (r"π(?:ά|α)σχα", "easter"), (r"θεοφ(?:ά|α)νε?ια", "epiphany"),
        (r"χριστο(?:ύ|υ)γεννα", "christmas"), (r"πρωτοχρονι(?:ά|α)", "new year"),
    ),
    "et": (
        (r"j(?:õ|o)ul(?:ude|upühi|upühade|ud|u|e)", "christmas"),
        (r"lihav(?:õ|o)tte(?:id|de)?|lihav(?:õ|o)tted", "easter"),
        (r"aastavahetus(?:t|e)?|uue\s+aasta", "new year"),
    ),
    # round 18 ("tl18i"): the two Eids in Arabic ("بعد عيد الأضحى", "بعد إجازة عيد الفطر"), read
    # by the lunar rule in the text's country's calendar (``holiday_anchors``)
    "ar": (
        (r"عيد\s+(?:ال)?(?:أ|ا)ضحى", "eid al-adha"), (r"عيد\s+(?:ال)?فطر", "eid al-fitr"),
    ),
    # round 20 ("tl20i"): Russian, in the genitive "после" and "до" take ("после Нового года",
    # "до майских праздников"); Russia's own days are ``COUNTRY_DAYS``'
    "ru": (
        (r"нового\s+года|новогодних\s+(?:праздников|каникул)", "new year"),
        (r"майских\s+праздников", "may day"),
    ),
    "sl": (
        (r"prvomajsk(?:ih|e|i)\s+praznik(?:ih|i|ov)?", "may day"),
        (r"velikono(?:č|c)n(?:ih|e|i)\s+praznik(?:ih|i|ov)?|veliki\s+no(?:č|c)i", "easter"),
        (r"bo(?:ž|z)i(?:č|c)n(?:ih|e|i)\s+praznik(?:ih|i|ov)?|bo(?:ž|z)i(?:č|c)u", "christmas"),
        (r"novoletn(?:ih|e|i)\s+praznik(?:ih|i|ov)?", "new year"),
    ),
}



def home_countries(name: str) -> tuple[str, ...]:
    """The countries (or "country-state") whose table (``COUNTRY_DAYS``) gives ``name`` (an
    English name as ``english_name`` returns it), in the table's order; empty for the others."""
    return _homes().get(name, ())


def own_home_countries(name: str) -> tuple[str, ...]:
    """``home_countries`` from the project's own rows only (``COUNTRY_DAYS``)."""
    return tuple(code for code in home_countries(name)
                 if any(row[1] == name for table in (COUNTRY_DAYS, BRIDGE_DAYS)
                        for row in table.get(code, ())))


@functools.cache
def _homes() -> dict[str, tuple[str, ...]]:
    """English name → the countries whose rows give it: the project's own rows first, then the
    ``holidays`` package's names (``holiday_names``, generated: every country's holidays in its
    own language and in English, round 10). A generated name whose English is a feast
    ``holiday_anchors`` keeps a rule for ("easter", "epiphany": Romania's "Paștele", Greece's
    "Θεοφάνεια") keeps that rule: it gets no home."""
    ruled = {name for table in (*HOLIDAYS.values(), *POSTPOSED.values()) for _, name in table}
    homes: dict[str, tuple[str, ...]] = {}
    for rows, generated in ((COUNTRY_DAYS, False), (BRIDGE_DAYS, False), (LOCAL_DAYS, True)):
        for code, table in rows.items():
            for _, name in table:
                if code not in homes.get(name, ()) and not (generated and name in ruled):
                    homes[name] = (*homes.get(name, ()), code)
    return homes

# "Húsvét után", "juhannuksen jälkeen", "Kurban Bayramı'ndan sonra": the name, inflected (its
# case ending, an apostrophe and a suffix), then the word for "after".
POSTPOSED: dict[str, tuple[tuple[str, str], ...]] = {
    "hu": (
        (r"h(?:ú|u)sv(?:é|e)t", "easter"), (r"kar(?:á|a)csony", "christmas"),
        (r"p(?:ü|u)nk(?:ö|o)sd", "whitsun"), (r"(?:ú|u)j(?:é|e)v|szilveszter", "new year"),
        (r"mindenszentek", "all saints"), (r"vízkereszt|vizkereszt", "epiphany"),
    ),
    "fi": (
        (r"p(?:ää|aa)si(?:ä|a)i", "easter"), (r"joulu", "christmas"),
        (r"juhannu", "midsummer"), (r"vapu|vappu", "may day"), (r"loppiai", "epiphany"),
        (r"uudenvuode|uudenvuoden|uusivuosi", "new year"), (r"helatorstai", "ascension"),
        (r"helluntai", "whitsun"), (r"py(?:hä|ha)inp(?:äi|ai)v", "all saints"),
        (r"syyslom", "school week 42"), (r"hiihtolom", "school week 9"),
    ),
    "tr": (
        (r"kurban\s+bayram", "eid al-adha"), (r"(?:ramazan|(?:ş|s)eker)\s+bayram", "eid al-fitr"),
        (r"y(?:ı|i)lba(?:ş|s)", "new year"), (r"yeni\s+y(?:ı|i)l", "new year"),
    ),
    # round 18 ("tl18i"): Estonian glues "after" on as an adjective ("jõulujärgsel nädalal",
    # "lihavõttejärgsel nädalal": in the week after Christmas, Easter); its calendar's own names
    # ("jaanipäev", "võidupüha") come from the generated table (``_POSTPOSED_COUNTRIES``)
    "et": (
        (r"j(?:õ|o)ulu", "christmas"), (r"lihav(?:õ|o)tte", "easter"),
    ),
    # round 21 ("tl21i"): Azerbaijani "Novruz bayramından sonra", Kazakh "Наурыз мерекесінен
    # кейін" (the Turkic languages put "after" behind the name, as Turkish does; the day is
    # ``COUNTRY_DAYS``', read in its country's calendar)
    "az": ((r"novruz", "spring festival"),),
    "kk": ((r"наурыз", "nowruz holiday"),),
    # round 22 ("tl22i"): Turkmen "Nowruz baýramyndan soň", Mongolian "Наадмын дараа"
    "tk": ((r"nowruz|novruz", "spring festival"),),
    "mn": ((r"наадм|наадам", "national festival"),),
}
# (and the adjectives "utáni", "jälkeinen" / "jälkeisenä" / "jälkeisellä", round 16)
_AFTER_POSTPOSED = (r"(?:ut(?:á|a)n(?:i)?|j(?:ä|a)lkeen"
                    r"|j(?:ä|a)lkei(?:nen|se(?:n(?:ä|a)|ll(?:ä|a))?)|sonra(?:k(?:i|ı))?"
                    # round 21 ("tl21i"): Kazakh "кейін", Uzbek "keyin"
                    r"|кейін|keyin"
                    # round 22 ("tl22i"): Turkmen "soň", Mongolian "дараа"
                    r"|soň|дараа)")
# ... and Estonian's, glued to the name ("jaanipäevajärgsel"): the name's letters end in it
_AFTER_GLUED = r"(?<=j(?:ä|a)rgse[lt])"

# round 17 ("tl17i"): the first working day written before a prepositional "after <holiday>"
# in the languages ``holiday_days``' own table leaves out, read by it ("prima zi
# lucrătoare după Rusalii", "την πρώτη εργάσιμη (ημέρα) μετά", "prvi radni dan nakon", "prvý
# pracovný deň po", "el primer día laborable después de", "o primeiro dia de trabalho após",
# "il primo giorno utile dopo", "esimesel tööpäeval pärast"): that one day
FIRST_WORKING_DAY_MORE = (
    r"(?:prima\s+zi\s+lucr(?:ă|a)toare|πρ(?:ώ|ω)τη\s+εργ(?:ά|α)σιμη(?:\s+η?μ(?:έ|ε)ρα)?"
    r"|prv(?:i|og|om)\s+radn(?:i|og|om)\s+dan(?:a|u)?|prv(?:ý|y|om)\s+pracovn(?:ý|y|om)\s+d(?:eň|en|ni)"
    r"|prvi\s+delovni\s+dan|primer\s+d(?:í|i)a\s+laborable|primeiro\s+dia\s+de\s+trabalho"
    r"|primo\s+giorno\s+(?:utile|feriale)|premier\s+jour\s+de\s+travail"
    r"|esimese(?:l)?\s+t(?:ö|o)(?:ö|o)p(?:ä|a)eva(?:l)?"
    # round 18 ("tl18i"): Arabic "أول يوم عمل بعد", Hebrew "ביום העבודה הראשון אחרי"
    r"|(?:أ|ا)ول\s+يوم\s+عمل|יום\s+העבודה\s+הראשון)\s+\Z")

# Each language's summer break ("after the summer"): ``holiday_anchors._after_summer``.
SUMMER: dict[str, str] = {
    "en": r"summer(?:\s+(?:break|holidays?|vacation|period))?",
    "de": r"sommer(?:pause|ferien|urlaub)?",
    "fr": r"(?:é|e)t(?:é|e)|vacances\s+d'(?:é|e)t(?:é|e)|grandes\s+vacances",
    "es": r"verano|vacaciones\s+de\s+verano",
    "ca": r"estiu|vacances\s+d'estiu",
    "it": r"pausa\s+estiva|vacanze\s+estive|ferie\s+estive",
    "pt": r"f(?:é|e)rias(?:\s+de\s+ver(?:ã|a)o)?",
    "nl": r"zomervakantie|zomer",
    "pl": r"wakacjach|wakacjami",
    "cs": r"pr(?:á|a)zdnin(?:á|a)ch",
    "hr": r"ljeta|godi(?:š|s)njih\s+odmora|ljetnih\s+praznika",
    "sv": r"semestern|sommaren",
    "no": r"sommerferien|sommeren|fellesferien",
}
# ... and written before "after": "nyári szünet után", "kesälomien jälkeen", "yaz tatilinden sonra"
SUMMER_POSTPOSED = r"ny(?:á|a)ri\s+sz(?:ü|u)net|ny(?:á|a)r|kes(?:ä|a)lom|yaz\s+tatil"


def _alternation(patterns: list[str]) -> str:
    return "|".join(patterns)


def names_pattern() -> str:
    """Every language's holiday words, as one alternation (``grammar.HOLIDAY_NAMES``)."""
    return _alternation([f"(?:{words}){BREAK_SUFFIX}" if "(?!" not in words else words
                         for table in HOLIDAYS.values() for words, _ in table]
                        + [words for table in COUNTRY_DAYS.values() for words, _ in table]
                        + _local_words())


# The languages that put "after" behind the name: their countries' generated names are read
# there too ("itsenäisyyspäivän jälkeen", "Kurban Bayramı'ndan sonra").
_POSTPOSED_COUNTRIES = ("HU", "FI", "TR", "EE")  # round 18: Estonia


def _local_words(codes: tuple[str, ...] | None = None) -> list[str]:
    seen: dict[str, None] = {}
    for code, rows in LOCAL_DAYS.items():
        if codes is None or code in codes:
            for words, _ in rows:
                seen.setdefault(words)
    return list(seen)


def postposed_pattern() -> str:
    """A holiday word, its endings, then "after" (Hungarian, Finnish, Turkish); the name's
    group is ``hpost_n``."""
    names = _alternation([words for table in POSTPOSED.values() for words, _ in table]
                         + [SUMMER_POSTPOSED] + _local_words(_POSTPOSED_COUNTRIES))
    # round 12: and a word for the days off between ("a karácsonyi ünnepek után", "joulun
    # pyhien jälkeen", "yılbaşı tatilinden sonra")
    return (rf"(?P<hpost_n>(?:{names})[^\W\d_]*(?:'[^\W\d_]+)?)"
            # (round 21: and Azerbaijani "bayramı", Kazakh "мерекесі", the feast)
            rf"(?:(?:\s+(?:(?:ü|u)nnep|sz(?:ü|u)net|pyh|tatil|loma|ba(?:ý|y)ram|мереке|баяр)[^\W\d_]*)?"
            rf"\s+{_AFTER_POSTPOSED}"
            rf"|{_AFTER_GLUED})"
            # round 16 ("tl16i"): and what it names after the holiday (``holiday_anchors``)
            rf"(?P<hpost_t>\s+(?:ilk\s+i(?:ş|s)\s+g(?:ü|u)n(?:(?:ü|u)|de)?"
            r"|ensimm(?:ä|a)i(?:nen|sen(?:ä|a))\s+(?:ty(?:ö|o)|arki)p(?:ä|a)iv(?:ä|a)(?:n(?:ä|a))?"
            r"|els(?:ő|o)\s+munkanap(?:on|j(?:á|a)n)?"
            r"|viiko(?:lla|n)|hafta(?:s(?:ı|i)(?:nda)?|da)?|het(?:é|e)(?:ben|n)|n(?:ä|a)dala[lt]?"
            rf"|{WEEKDAY_MORE}))?")


def bridge_pattern() -> str:
    """What names a bridge ("puente de la Constitución", "ponte dell'Immacolata"): a holiday
    the tables name, or one of the names read only there (``BRIDGE_DAYS``)."""
    return _alternation([names_pattern()]
                        + [words for table in BRIDGE_DAYS.values() for words, _ in table])


def summer_pattern() -> str:
    """Every language's summer break, as one alternation."""
    return _alternation(list(SUMMER.values()))


@functools.cache
def _readers() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Every table's (words, English name), in the order ``english_name`` tries them."""
    rows = [(words, english) for table in (*HOLIDAYS.values(), *POSTPOSED.values(),
                                           *COUNTRY_DAYS.values())
            for words, english in table]
    rows.append((SUMMER_POSTPOSED, "summer"))
    rows += [(words, english) for table in BRIDGE_DAYS.values() for words, english in table]
    rows += [(words, english) for table in LOCAL_DAYS.values() for words, english in table]
    return tuple((re.compile(rf"(?:{words})"), english) for words, english in rows)


# By a name's first character: one pattern of the rows that can begin with it, each row its own
# group in the table's order, so the first row that matches is the group that closes
# (``lastindex``). Why: trying the ~720 rows one by one cost ~20 µs a name (round 10's generated
# names), and a holiday text asks two or three names; only the few rows a name's first character
# can begin are worth trying. A row whose first characters cannot be listed is in every group.
_FirstCharReader = tuple[re.Pattern[str], tuple[str, ...]]
_BY_FIRST: dict[str, _FirstCharReader] = {}


def _reader(first: str) -> _FirstCharReader:
    found = _BY_FIRST.get(first)
    if found is None:
        rows = [(pattern, english) for pattern, english, chars in _first_chars()
                if chars is None or first in chars]
        found = (re.compile("|".join(f"({pattern.pattern})" for pattern, _ in rows) or "(?!)"),
                 tuple(english for _, english in rows))
        if len(_BY_FIRST) >= 4096:  # one per character met: bounded all the same
            _BY_FIRST.clear()
        _BY_FIRST[first] = found
    return found


@functools.cache
def _first_chars() -> tuple[tuple[re.Pattern[str], str, frozenset[str] | None], ...]:
    out = []
    for pattern, english in _readers():
        chars = first_chars(pattern.pattern[3:-1])  # the row's words, without "(?:" and ")"
        out.append((pattern, english, None if chars is None else frozenset(chars)))
    return tuple(out)


@functools.cache
def _own_readers(code: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A country's own rows (``COUNTRY_DAYS``: the country's, then its regions'), compiled."""
    return tuple((re.compile(rf"(?:{words})"), english) for key, table in COUNTRY_DAYS.items()
                 if key == code or key.startswith(f"{code}-") for words, english in table)


@functools.cache
def _empty_name() -> str | None:
    return next((english for pattern, english in _readers() if pattern.match("")), None)


def english_name(name: str, country: str | None = None) -> str | None:
    """The English name of a holiday written ``name`` (lower case, as matched), or None: the
    first row of ``country``'s own table (``COUNTRY_DAYS``) whose words match at its start, else
    the first row of all the tables (own, then generated)."""
    name = " ".join(name.split())
    if not name:  # "after the holidays" asks with no name: the same answer every time
        return _empty_name()
    if country:
        # round 23 ("tl23e"): a name several countries keep under their own calendars' names
        # ("Heroes Day": Uganda's "National Heroes' Day", Zimbabwe's "Zimbabwe Heroes' Day",
        # Jamaica's and the Philippines' "National Heroes Day") is the text's country's first;
        # the first table's row read it in Uganda's calendar, ten months off in Zimbabwe
        for pattern, english in _own_readers(country.strip().upper()[:2]):
            if pattern.match(name):
                return english
    pattern, names = _reader(name[0])
    found = pattern.match(name)
    return None if found is None or found.lastindex is None else names[found.lastindex - 1]
