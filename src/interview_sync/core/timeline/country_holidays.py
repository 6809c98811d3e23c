"""The holidays a country or a region keeps, by the names people there write: read in that
country's calendar, not by a rule every language shares.

Owns ``COUNTRY_DAYS`` (country, or country and region → (the words as people write them, the
holiday's English name in the ``holidays`` package's calendar there): "Matariki", "Canberra
Day", "la Saint-Jean", "San José", "Fiestas Patrias", "после Дня России") and ``BRIDGE_DAYS``
(names read only after a bridge word: "puente de la Constitución", "ponte della Liberazione").
Split from ``holiday_words`` (round 21), which reads these tables with each language's own
(``english_name``, ``names_pattern``) and says which countries keep a name (``home_countries``).
Pure data; no I/O.
"""

from __future__ import annotations

__all__ = ["BRIDGE_DAYS", "COUNTRY_DAYS"]

# The English-speaking countries' own holidays (round 7's misses: "after Labour Weekend", "after
# Matariki", "after the Republic Day holiday", "because of Heritage Day"): country, or country
# and state for a state's own ("AU-VIC": Melbourne Cup), → (the words
# as people write them, the holiday's name as the ``holidays`` library's English calendar of that
# country begins it). The day is looked up in the text's country's calendar, else in the first
# country that keeps it: the name says where the text is from ("after Matariki" is New Zealand),
# and its calendar then also counts the business days around it
# (``holiday_words.home_countries``).
COUNTRY_DAYS: dict[str, tuple[tuple[str, str], ...]] = {
    "NZ": ((r"labou?r\s+weekend", "labour day"), (r"matariki", "matariki"),
           (r"waitangi(?:\s+day)?", "waitangi day"), (r"anzac(?:\s+day)?", "anzac day"),
           (r"king'?s\s+birthday", "king's birthday")),
    "AU": ((r"anzac(?:\s+day)?", "anzac day"), (r"king'?s\s+birthday", "king's birthday")),
    "AU-VIC": ((r"melbourne\s+cup(?:\s+day)?", "melbourne cup"),),
    "IN": ((r"republic\s+day", "republic day"), (r"holi\b", "holi"),
           (r"dussehra|dasara|vijayadashami", "dussehra"),
           (r"gandhi\s+jayanti", "mahatma gandhi's birthday"),
           (r"guru\s+nanak(?:'?s)?\s+(?:jayanti|birthday)|gurpurab", "guru nanak's birthday"),
           (r"janmashtami", "janmashtami"), (r"ram\s+navami", "ram navami")),
    "ZA": ((r"heritage\s+day", "heritage day"), (r"freedom\s+day", "freedom day"),
           (r"youth\s+day", "youth day"), (r"(?:national\s+)?women'?s\s+day",
                                            "national women's day"),
           (r"day\s+of\s+reconciliation", "day of reconciliation"),
           (r"day\s+of\s+goodwill", "day of goodwill"),
           (r"human\s+rights\s+day", "human rights day"), (r"workers'?\s+day", "workers' day")),
    "IE": ((r"s(?:ain)?t\.?\s+patrick'?s(?:\s+day)?|paddy'?s\s+day", "saint patrick's day"),
           (r"s(?:ain)?t\.?\s+brigid'?s(?:\s+day)?", "saint brigid's day"),
           (r"s(?:ain)?t\.?\s+stephen'?s(?:\s+day)?", "saint stephen's day"),
           (r"june\s+bank\s+holiday", "june bank holiday"),
           (r"october\s+bank\s+holiday", "october bank holiday")),
    "CA": ((r"family\s+day", "family day"),),
    "CA-BC": ((r"remembrance\s+day", "remembrance day"),
              (r"civic\s+holiday|b\.?c\.?\s+day|british\s+columbia\s+day", "british columbia day"),
              (r"truth\s+and\s+reconciliation(?:\s+day)?", "national day for truth")),
    # round 21 ("tl21e"): holidays named in English in Uganda, Pakistan, the Philippines and
    # Ghana ("after Martyrs' Day", "before Pakistan Day", "after Holy Week": the Philippines'
    # Maundy Thursday, which the Good Friday and Black Saturday after it join into one break)
    "UG": ((r"(?:uganda\s+)?martyrs'?\s+day", "uganda martyrs' day"),
           (r"(?:national\s+)?heroes'?\s+day", "national heroes' day")),
    "PK": ((r"pakistan\s+day", "pakistan day"), (r"iqbal\s+day", "iqbal day"),
           (r"quaid(?:-e-azam)?\s+day", "quaid-e-azam day")),
    "PH": ((r"holy\s+week", "maundy thursday"), (r"day\s+of\s+valou?r", "day of valor"),
           (r"(?:national\s+)?heroes'?\s+day", "national heroes day")),
    "GH": ((r"founders'?\s+day", "founder's day"), (r"farmers'?\s+day", "farmers' day")),
    # round 22 ("tl22e"): Zimbabwe's "Heroes holidays" (Heroes' Day and Defence Forces Day, one
    # break)
    "ZW": ((r"(?:zimbabwe\s+)?heroes(?:'|\b)(?!\s+day)", "zimbabwe heroes' day"),
           # round 23 ("tl23e"): and "Heroes Day" itself, read in Zimbabwe's calendar first
           # (``holiday_words.english_name``), as Jamaica's below is in Jamaica's
           (r"(?:zimbabwe\s+)?heroes'?\s+day", "zimbabwe heroes' day")),
    "JM": ((r"(?:national\s+)?heroes'?\s+day", "national heroes day"),),
    # round 24 ("tl24e"): Scotland's St Andrew's Day (round 23's blind miss, "before St Andrew's
    # Day"), read in Scotland's calendar from any British text (its day is the same in England,
    # where it is no holiday), and Nigeria's Independence Day, which Nigeria's calendar names
    # "National Day" (without the row the name fell to another country's Independence Day)
    "GB-SCT": ((r"s(?:ain)?t\.?\s+andrew'?s(?:\s+day)?|andermas", "saint andrew's day"),),
    # ... Zambia's Heroes' and Unity Days (the first Monday and Tuesday of July: "after the
    # Heroes and Unity holidays" is one break)
    "ZM": ((r"heroes'?(?:\s+and\s+unity)?(?:\s+(?:days?|holidays?))?", "heroes' day"),
           (r"unity\s+day", "unity day")),
    # ... and Nigeria's "Sallah" (either Eid: "the Sallah break" is whichever comes next;
    # ``holiday_anchors`` resolves it)
    "NG": ((r"(?:big\s+|ileya\s+)sallah|sallah\s+el[\s-]kabir", "eid al-adha"),
           (r"independence\s+day", "national day"),
           (r"(?:small\s+)?sallah", "sallah")),
    "SG": ((r"hari\s+raya\s+puasa", "eid al-fitr"), (r"hari\s+raya\s+haji", "eid al-adha"),
           (r"national\s+day", "national day"), (r"vesak(?:\s+day)?", "vesak")),
    "US": ((r"juneteenth", "juneteenth"), (r"(?:mlk|martin\s+luther\s+king(?:\s+jr\.?)?)\s+day",
                                         "martin luther king"),
           (r"presidents'?\s+day", "washington's birthday"), (r"columbus\s+day", "columbus day"),
           (r"veterans'?\s+day", "veterans day")),
    # round 12: the names people use for other countries' holidays, which the package's official
    # names ("Inmaculada Concepción", "Fête nationale du Québec") do not match, and holidays only
    # a region keeps, read in that region's calendar ("Canberra Day", "la Saint-Jean", "San José")
    "AU-ACT": ((r"canberra\s+day", "canberra day"),),
    # round 16: Brisbane's show day, as people call it (round 15: "the Ekka public holiday")
    "AU-QLD": ((r"ekka|royal\s+queensland\s+show(?:\s+day)?", "the royal queensland show"),),
    "CA-QC": ((r"(?:la\s+)?s(?:ain)?t[\s.-]+jean(?:[\s-]+baptiste)?(?!-(?:sur|de|du|d'))",
               "saint john the baptist day"),),
    "ES": ((r"(?:la\s+)?inmaculada(?:\s+concepci(?:ó|o)n)?", "immaculate conception"),
           (r"(?:la\s+)?hispanidad|(?:el\s+)?d(?:í|i)a\s+del\s+pilar", "national day"),
           (r"jueves\s+santo", "maundy thursday")),
    "ES-VC": ((r"san\s+jos(?:é|e)", "saint joseph's day"),),
    "ES-CT": ((r"(?:la\s+)?diada", "national day of catalonia"),),
    "ES-AN": ((r"d(?:í|i)a\s+de\s+andaluc(?:í|i)a", "andalusia day"),),
    "IT": ((r"(?:l'\s*)?immacolata", "immaculate conception"),
           (r"(?:la\s+)?festa\s+della\s+liberazione", "liberation day")),
    "CL": ((r"fiestas\s+patrias", "independence day"),),
    "GR": ((r"δεκαπενταύγουστο(?:ς|υ)?|δεκαπενταυγουστο(?:ς|υ)?",
            "dormition of the mother of god"),
           # round 17 ("tl17i"): the national days by their dates, as Greeks name them ("μετά
           # την 28η Οκτωβρίου", "πριν από την 25η Μαρτίου")
           (r"28(?:η|ης)?\s+οκτωβρ(?:ί|ι)ου|επ(?:έ|ε)τει(?:ο|ου)\s+του\s+(?:ό|ο)χι", "ohi day"),
           (r"25(?:η|ης)?\s+μαρτ(?:ί|ι)ου", "independence day")),
    # round 17: the holiday's name inflected as the genitive after "nakon" ("nakon Dana
    # državnosti"), which the package's nominative does not match
    # round 18 ("tl18i"): Israel's feasts in Hebrew and English, each read as the day its break
    # ends in Israel's calendar ("אחרי פסח": after its seventh day; "after Sukkot": after Simchat
    # Torah)
    "IL": ((r"(?:ה|ו)?פסח|passover|pesach", "seventh day of pesach"),
           (r"(?:ה|ו)?סוכות|sukkot|succot", "simchat torah"),
           (r"(?:ה|ו)?שבועות|shavuot", "shavuot"), (r"ראש\s+השנה|rosh\s+hashanah", "rosh hashanah"),
           (r"יום\s+(?:ה)?כיפורים|yom\s+kippur", "yom kippur")),
    # round 20 ("tl20i"): holidays by the names people write, in the case "after" takes, which
    # the package's nominative names do not match: Russia's ("после Дня России"), Lithuania's
    # Joninės ("po Joninių"), Latvia's Jāņi ("pēc Jāņiem"), Malaysia's Hari Raya ("selepas Hari
    # Raya Aidilfitri"), Vietnam's Tết ("sau Tết Nguyên đán"), each read in that country's calendar
    "RU": ((r"дня\s+россии", "russia day"), (r"дня\s+народного\s+единства", "unity day"),
           (r"дня\s+защитника\s+отечества|23\s+февраля", "defender of the fatherland day"),
           (r"международного\s+женского\s+дня|8\s+марта", "international women's day")),
    "LT": ((r"jonini(?:ų|u)|jonin(?:ė|e)s|rasos\s+(?:ir\s+jonini(?:ų|u)\s+)?(?:dienos|šventės)",
            "day of dew and saint john"),),
    "LV": ((r"jāņ(?:iem|u|i)|j(?:ā|a)ņu\s+dien(?:as|ai)|līgo(?:\s+svētk(?:iem|u))?",
            "midsummer eve"),),
    "MY": ((r"hari\s+raya\s+(?:aidil)?adha|hari\s+raya\s+haji", "eid al-adha"),
           (r"hari\s+raya(?:\s+aidilfitri|\s+puasa)?|aidilfitri", "eid al-fitr"),
           # round 24 ("tl24e"): "Merdeka (Day)", Malaysia's National Day
           (r"(?:hari\s+)?merdeka(?:\s+day)?", "national day")),
    "VN": ((r"tết(?:\s+nguyên\s+đán)?|tết\s+âm\s+lịch", "lunar new year"),),
    # round 21 ("tl21i"): Bulgaria's days in the definite form "след" takes ("след Деня на
    # Съединението"), Iceland's National Day by its name or its date ("fyrir 17. júní")
    "BG": ((r"деня\s+на\s+съединението|съединението", "unification day"),
           (r"деня\s+на\s+независимостта", "independence day")),
    "IS": ((r"þjóðhátíðardag(?:inn|sins|urinn)?|17\.?\s+júní", "national day"),
           # round 22 ("tl22i"): the Commerce weekend ("eftir verslunarmannahelgina")
           (r"verslunarmannahelg(?:ina|inni|arinnar|in|i)|frídag(?:ur|inn)?\s+verslunarmanna",
            "commerce day")),
    # ... and the spring feast by its people's name, which the Turkic languages put before
    # "after" (``POSTPOSED``): Azerbaijan's "Novruz", Kazakhstan's "Наурыз"
    "AZ": ((r"novruz", "spring festival"),),
    "KZ": ((r"наурыз", "nowruz holiday"),),
    # round 22 ("tl22i"): national days by their people's names ("wara s-Sette Giugno", "pas
    # Ditës së Verës", "despois do Día da Patria Galega"), Khmer New Year, Songkran, Naadam and
    # Turkmenistan's spring feast, each read in its country's (or region's) calendar
    "MT": ((r"(?:i?s-)?sette\s+giugno", "sette giugno"),
           (r"(?:il-)?jum\s+ir-repubblika", "republic day"),
           (r"(?:il-)?jum\s+l-indipendenza", "independence day")),
    "AL": ((r"dit(?:ës|ës|a|ën)\s+s(?:ë|e)\s+ver(?:ës|es)", "summer day"),),
    "ES-GA": ((r"d(?:í|i)a\s+da\s+patria(?:\s+galega)?|d(?:í|i)a\s+nacional\s+de\s+galicia",
               "galician national day"),),
    "KH": ((r"(?:បុណ្យ\s*)?ចូលឆ្នាំ(?:ខ្មែរ)?", "khmer new year's day"),),
    "TH": ((r"(?:เทศกาล\s*)?สงกรานต(?:์)?", "songkran festival"),),
    "MN": ((r"наадм(?:ын)?|наадам", "national festival"),),
    "TM": ((r"nowruz|novruz|milli\s+bahar", "spring festival"),),
    "HR": ((r"dan(?:a|u)?\s+dr(?:ž|z)avnosti", "statehood day"),
           (r"dan(?:a|u)?\s+antifa(?:š|s)isti(?:č|c)ke\s+borbe", "anti-fascist struggle day"),
           (r"dan(?:a|u)?\s+pobjede", "victory and homeland thanksgiving day")),
}

# Names read only after a bridge word ("después del puente de la Constitución", "antes del puente
# de Andalucía", "dopo il ponte della Liberazione"): on their own they are common words ("la
# constitución del tribunal", "el pilar", "mayo"). Country (or country and region) → (words,
# the holiday's name in the ``holidays`` package's English calendar there).
BRIDGE_DAYS: dict[str, tuple[tuple[str, str], ...]] = {
    "ES": ((r"(?:la\s+)?constituci(?:ó|o)n", "constitution day"),
           (r"(?:el\s+)?pilar", "national day"),
           (r"(?:la\s+)?asunci(?:ó|o)n|agosto", "assumption day"),
           (r"mayo|(?:el\s+)?primero\s+de\s+mayo", "labor day")),
    "ES-AN": ((r"andaluc(?:í|i)a", "andalusia day"),),
    "ES-MD": ((r"madrid|(?:la\s+)?comunidad", "madrid day"),),
    "IT": ((r"(?:la\s+)?liberazione", "liberation day"),
           (r"(?:la\s+)?repubblica", "republic day")),
    "MX": ((r"(?:la\s+)?revoluci(?:ó|o)n", "revolution day"),
           (r"(?:la\s+)?independencia", "independence day")),
}
