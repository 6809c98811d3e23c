"""The word tables behind ``grammar``: number words, month and weekday names in every language
the timeline reader knows (English, German, French, Spanish, Portuguese, Italian, Dutch, Polish,
Czech, Swedish, Danish, Norwegian, Finnish, Romanian; since round 7 Hungarian, Turkish, Croatian,
Catalan), and the functions that read them (``number_of``,
``month_of``, ``weekday_of``). Which words make a *time expression* is ``grammar``'s business.
"""

from __future__ import annotations

from interview_sync.core.timeline.far_words import FAR_MONTHS, FAR_WEEKDAYS

__all__ = ["month_of", "number_of", "weekday_of"]

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "couple": 2, "few": 3, "several": 4,
    "handful": 4, "single": 1, "another": 1,
    # German, French, Spanish (a bonus: the words recruiters there use most)
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "zehn": 10, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "dix": 10, "quinze": 15, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "diez": 10, "quince": 15,
    # "quelques jours", "ein paar Tage", "einigen Wochen", "un par de semanas", "unos días"
    "quelques": 3, "paar": 3, "einige": 3, "einigen": 3, "einiger": 3, "par": 2, "unos": 3,
    "unas": 3, "algunos": 3, "algunas": 3, "pocos": 3,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zwölf": 12, "vierzehn": 14, "zwanzig": 20,
    "huit": 8, "neuf": 9, "douze": 12, "vingt": 20, "trente": 30, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "doce": 12, "catorce": 14, "veinte": 20, "treinta": 30,
    # "une dizaine de jours" (about ten days), "une quinzaine de jours"
    "dizaine": 10, "quinzaine": 15, "vingtaine": 20,
    # Portuguese, Italian, Dutch (the basics: "em sete dias", "tra due settimane", "binnen twee
    # weken"); words shared with the languages above keep their meaning there
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "sete": 7, "dez": 10, "alguns": 3,
    "algumas": 3,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "dieci": 10, "quindici": 15,
    "alcuni": 3, "alcune": 3, "qualche": 3, "paio": 2,
    "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "tien": 10,
    "veertien": 14, "enkele": 3,
    "sept": 7, "onze": 11, "quatorze": 14, "dreißig": 30, "dreissig": 30, "elf": 11, "sei": 6,
    "otto": 8, "undici": 11, "dodici": 12, "quattordici": 14, "venti": 20,
    "trenta": 30, "quatro": 4, "oito": 8, "doze": 12, "catorze": 14, "vinte": 20, "trinta": 30,
    "negen": 9, "twaalf": 12, "twintig": 20, "dertig": 30,
    # Romanian and Finnish (``time_words.NUM_MORE``: before their own units only)
    "o": 1, "două": 2, "doua": 2, "trei": 3, "patru": 4, "cinci": 5, "zece": 10, "yhden": 1,
    "kahden": 2, "kolmen": 3, "neljän": 4, "viiden": 5, "kuuden": 6, "kymmenen": 10,
    # round 13 ("tlz"): Finnish 7-9, Polish genitives
    "seitsemän": 7, "seitseman": 7, "kahdeksan": 8, "yhdeksän": 9, "yhdeksan": 9,
    "siedmiu": 7, "sześciu": 6, "szesciu": 6, "sześć": 6, "szesc": 6, "ośmiu": 8, "osmiu": 8,
    "osiem": 8, "dziewięciu": 9, "dziewieciu": 9, "dziewięć": 9, "dziewiec": 9,
    "piętnastu": 15, "pietnastu": 15, "dwudziestu": 20, "trzydziestu": 30,
    # Polish, Czech, and the Nordic languages (their short words only before their own units:
    # ``_NORDIC_NUM``)
    "jeden": 1, "jednego": 1, "jedna": 1, "dwa": 2, "dwóch": 2, "dwie": 2, "trzy": 3,
    "trzech": 3, "cztery": 4, "czterech": 4, "pięć": 5, "pięciu": 5, "siedem": 7,
    "dziesięć": 10, "dziesięciu": 10, "czternaście": 14, "czternastu": 14, "kilka": 3,
    "kilku": 3, "paru": 2, "parę": 2, "dva": 2, "dvou": 2, "dvě": 2, "tři": 3, "tří": 3,
    "čtyři": 4, "čtyř": 4, "pět": 5, "pěti": 5, "deset": 10, "deseti": 10, "čtrnáct": 14,
    "čtrnácti": 14, "několik": 3, "několika": 3, "pár": 2,
    "en": 1, "ett": 1, "et": 1, "ei": 1, "to": 2, "två": 2, "fire": 4, "fyra": 4, "fem": 5,
    "sex": 6, "seks": 6, "sju": 7, "syv": 7, "åtta": 8, "åtte": 8, "otte": 8, "ti": 10,
    "tio": 10, "fjorton": 14, "fjorten": 14, "några": 3, "nogle": 3, "noen": 3, "få": 3,
    # Hungarian, Turkish, Croatian, Catalan (round 7; ``time_words.NUM_MORE``: before their own
    # units only)
    "egy": 1, "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7,
    "nyolc": 8, "kilenc": 9, "tíz": 10, "tizenöt": 15, "húsz": 20, "harminc": 30,
    "néhány": 3, "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7,
    "sekiz": 8, "dokuz": 9, "on": 10, "on beş": 15, "yirmi": 20, "otuz": 30, "birkaç": 3,
    "jedan": 1, "jednog": 1, "jednu": 1, "dvaju": 2, "četiri": 4, "pet": 5, "šest": 6,
    "sedam": 7, "osam": 8, "devet": 9, "petnaest": 15, "dvanaest": 12, "četrnaest": 14,
    "dvadeset": 20, "trideset": 30,
    "nekoliko": 3, "dues": 2, "cinc": 5, "sis": 6, "set": 7, "vuit": 8, "nou": 9, "deu": 10,
    "vint": 20, "uns": 3, "unes": 3,
    # round 10: Slovak, Slovenian, Lithuanian, Estonian, Greek (``time_words.NUM_MORE``: before
    # their own units only)
    "jedného": 1, "dvoch": 2, "troch": 3, "štyroch": 4, "piatich": 5, "piati": 5, "päť": 5,
    "šiestich": 6, "siedmich": 7, "ôsmich": 8,  # round 19 ("tl19i"): Slovak 6-8
    "dveh": 2, "treh": 3, "štirih": 4, "petih": 5, "šestih": 6,
    "sedmih": 7, "osmih": 8, "petnajstih": 15, "vieną": 1, "dvi": 2, "tris": 3,
    "trijų": 3, "keturias": 4, "penkias": 5, "penkių": 5, "ühe": 1, "kahe": 2,
    "kolme": 3, "nelja": 4, "viie": 5, "kuue": 6, "seitsme": 7, "kaheksa": 8, "kümne": 10,
    "ένα": 1, "ενός": 1, "μία": 1, "μιας": 1, "μίας": 1, "δύο": 2, "τριών": 3, "τρεις": 3,
    "τέσσερις": 4, "τέσσερες": 4, "πέντε": 5, "έξι": 6, "επτά": 7, "οκτώ": 8, "δέκα": 10,
    "δεκαπέντε": 15, "λίγες": 3, "λίγων": 3,
    # round 12: ten in Slovenian, Slovak, Lithuanian (Czech "deseti" is above)
    "één": 1, "următoarea": 1, "urmatoarea": 1,
    "desetih": 10, "desiatich": 10, "dešimt": 10, "desimt": 10,
}

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_FOREIGN_MONTHS = {
    "janvier": 1, "januar": 1, "jänner": 1, "janner": 1, "enero": 1, "février": 2, "fevrier": 2,
    "februar": 2, "febrero": 2,
    "märz": 3, "marz": 3, "mars": 3, "marzo": 3, "avril": 4, "abril": 4, "mai": 5, "mayo": 5,
    "juin": 6, "juni": 6, "junio": 6, "juillet": 7, "juli": 7, "julio": 7, "août": 8, "aout": 8,
    "agosto": 8, "septembre": 9, "septiembre": 9, "setiembre": 9, "oktober": 10, "octobre": 10,
    "octubre": 10, "novembre": 11, "noviembre": 11, "dezember": 12, "décembre": 12,
    "decembre": 12, "diciembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "gennaio": 1,
    "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3,
    "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "wrzesnia": 9, "października": 10, "pazdziernika": 10,
    "listopada": 11, "grudnia": 12, "ledna": 1, "února": 2, "unora": 2, "března": 3,
    "brezna": 3, "dubna": 4, "května": 5, "kvetna": 5, "června": 6, "cervna": 6,
    "července": 7, "cervence": 7, "srpna": 8, "září": 9, "zari": 9, "října": 10, "rijna": 10,
    "listopadu": 11, "prosince": 12,
    "tammikuun": 1, "helmikuun": 2, "maaliskuun": 3, "huhtikuun": 4, "toukokuun": 5,
    "kesäkuun": 6, "kesakuun": 6, "heinäkuun": 7, "heinakuun": 7, "elokuun": 8, "syyskuun": 9,
    "lokakuun": 10, "marraskuun": 11, "joulukuun": 12,
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "kesakuuta": 6, "heinäkuuta": 7, "heinakuuta": 7, "elokuuta": 8,
    "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12, "ianuarie": 1,
    "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
    "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    "marts": 3, "maj": 5, "augusti": 8, "desember": 12,
    # Hungarian (before the day: "március 20-án"), Turkish, Croatian (genitive), Catalan
    "január": 1, "február": 2, "március": 3, "marcius": 3, "április": 4, "aprilis": 4,
    "május": 5, "majus": 5, "június": 6, "junius": 6, "július": 7, "julius": 7,
    "augusztus": 8, "szeptember": 9, "október": 10, "ocak": 1, "şubat": 2, "subat": 2,
    "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12,
    "aralik": 12, "siječnja": 1, "sijecnja": 1, "veljače": 2, "veljace": 2, "ožujka": 3,
    "ozujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6, "srpnja": 7, "kolovoza": 8,
    "rujna": 9, "studenoga": 11, "studenog": 11, "prosinca": 12, "gener": 1, "febrer": 2,
    "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8, "setembre": 9,
    "desembre": 12,
    # round 10: Slovak and Slovenian genitives, Lithuanian, Greek
    "januára": 1, "januara": 1, "februára": 2, "februara": 2, "apríla": 4, "aprila": 4,
    "mája": 5, "júna": 6, "juna": 6, "júla": 7, "jula": 7, "augusta": 8,
    "septembra": 9, "októbra": 10, "oktobra": 10, "novembra": 11, "decembra": 12,
    "januarja": 1, "februarja": 2, "junija": 6, "julija": 7, "avgusta": 8,
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "balandzio": 4, "gegužės": 5,
    "geguzes": 5, "birželio": 6, "birzelio": 6, "liepos": 7, "rugpjūčio": 8, "rugpjucio": 8,
    "rugsėjo": 9, "rugsejo": 9, "spalio": 10, "lapkričio": 11, "lapkricio": 11,
    "gruodžio": 12, "gruodzio": 12, "ιανουαρίου": 1, "ιανουαριου": 1, "φεβρουαρίου": 2,
    "φεβρουαριου": 2, "μαρτίου": 3, "μαρτιου": 3, "απριλίου": 4, "απριλιου": 4, "μαΐου": 5,
    "μαϊου": 5, "μαιου": 5, "ιουνίου": 6, "ιουνιου": 6, "ιουλίου": 7, "ιουλιου": 7,
    "αυγούστου": 8, "αυγουστου": 8, "σεπτεμβρίου": 9, "σεπτεμβριου": 9, "οκτωβρίου": 10,
    "οκτωβριου": 10, "νοεμβρίου": 11, "νοεμβριου": 11, "δεκεμβρίου": 12, "δεκεμβριου": 12,
}
# round 16 ("tl16i"): Estonian months by their stems, in the genitive ("juuni") and the cases
# that follow a day: adessive "on" ("25. juunil"), translative "by" ("juuniks"), terminative
# "until" ("juunini")
_ESTONIAN_MONTHS = {"jaanuar": 1, "veebruar": 2, "märts": 3, "marts": 3, "aprill": 4,
                    "juun": 6, "juul": 7, "august": 8, "septembr": 9, "oktoobr": 10,
                    "novembr": 11, "detsembr": 12}
for _stem, _month in _ESTONIAN_MONTHS.items():
    for _case in ("i", "il", "iks", "ini"):
        _FOREIGN_MONTHS.setdefault(_stem + _case, _month)
_FOREIGN_MONTHS.update({"oktoober": 10, "detsember": 12})
# round 20 ("tl20i"): May, whose stem "mai" ends in a vowel ("24. mail": on 24 May)
_FOREIGN_MONTHS.update({"mail": 5, "maiks": 5, "maini": 5})
_FOREIGN_MONTHS.update(FAR_MONTHS)  # round 17: Indonesian, Ukrainian, Hebrew, Arabic
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_FOREIGN_WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "lundi": 0,
    "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "lunes": 0, "martes": 1,
    "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
}
_FOREIGN_WEEKDAYS.update(FAR_WEEKDAYS)  # round 18: Indonesian, Arabic, Hebrew, Ukrainian
# The rest by their first letters (Italian, Portuguese, Dutch, Polish, Czech, Nordic; longest
# first): "venerdì", "sexta-feira", "vrijdag", "piątku", "pátek", "fredag".
_WEEKDAY_STEMS = (
    ("poniedz", 0), ("pond", 0), ("maan", 0), ("måndag", 0), ("mandag", 0), ("lun", 0),
    ("segunda", 0), ("marted", 1), ("terç", 1), ("terc", 1), ("dins", 1), ("wtor", 1),
    ("úter", 1), ("uter", 1), ("tisdag", 1), ("tirsdag", 1), ("mercol", 2), ("quarta", 2),
    ("woens", 2), ("środ", 2), ("srod", 2), ("střed", 2), ("stred", 2), ("onsdag", 2),
    ("gioved", 3), ("quinta", 3), ("donder", 3), ("czwart", 3), ("čtvrt", 3), ("ctvrt", 3),
    ("torsdag", 3), ("venerd", 4), ("sexta", 4), ("vrij", 4), ("piąt", 4), ("piat", 4),
    ("pát", 4), ("pat", 4), ("fredag", 4), ("maanantai", 0), ("tiistai", 1), ("keskiviik", 2),
    ("torstai", 3), ("perjantai", 4), ("luni", 0), ("marți", 1), ("marţi", 1), ("marti", 1),
    ("miercuri", 2), ("joi", 3), ("vineri", 4),
    # Hungarian, Turkish, Croatian, Catalan
    ("hétf", 0), ("hetf", 0), ("kedd", 1), ("szerd", 2), ("csüt", 3), ("csut", 3),
    ("pént", 4), ("pent", 4), ("pazartesi", 0), ("salı", 1), ("sali", 1), ("çarşamba", 2),
    ("carsamba", 2), ("perşembe", 3), ("persembe", 3), ("cuma", 4), ("ponedjelj", 0),
    ("utor", 1), ("srijed", 2), ("četvrt", 3), ("cetvrt", 3), ("petak", 4), ("petk", 4),
    ("dilluns", 0), ("dimarts", 1), ("dimecres", 2), ("dijous", 3), ("divendres", 4),
    # round 10: Slovak, Slovenian, Lithuanian, Estonian, Greek
    ("štvrt", 3), ("stvrt", 3), ("ponedel", 0), ("torek", 1), ("tork", 1), ("sred", 2),
    ("četrt", 3), ("cetrt", 3), ("petek", 4), ("pirmad", 0), ("antrad", 1), ("treč", 2),
    ("trec", 2), ("ketvirt", 3), ("penkt", 4), ("esmasp", 0), ("teisip", 1), ("kolmap", 2),
    ("neljap", 3), ("reede", 4), ("δευτ", 0), ("τρίτ", 1), ("τριτ", 1), ("τετ", 2), ("πέμπ", 3),
    ("πεμπ", 3), ("παρασκ", 4),
)
_FOLD = str.maketrans("ąćęłńóśźżčďěňřšťůýíáéúåæøäöüıç", "acelnoszzcdenrstuyiaeuaaoaouic")
_FOLDED_NUMBERS = {word.translate(_FOLD): n for word, n in _NUMBER_WORDS.items()}


def number_of(word: str | None) -> float:
    """The number in "3", "1.5", "ten", "a couple of", "zwei"; 0 when there is none."""
    if not word:
        return 0.0
    known = _NUMBER_WORDS.get(word)  # the common case, one word: no split, no exception
    if known is not None:
        return float(known)
    word = " ".join(word.split())
    if word[:1].isdecimal():
        try:
            return float(word)
        except ValueError:
            pass
    for token in reversed(word.replace(" of", "").split()):
        if token in _NUMBER_WORDS:
            return float(_NUMBER_WORDS[token])
        if token.translate(_FOLD) in _FOLDED_NUMBERS:  # "dwoch" typed without its accent
            return float(_FOLDED_NUMBERS[token.translate(_FOLD)])
    return 0.0


def month_of(word: str) -> int:
    """1-12 for a month name or abbreviation ("Dec.", "september", "März"); 0 when unknown."""
    word = word.rstrip(".")
    return _FOREIGN_MONTHS.get(word) or _MONTHS.get(word[:3], 0)


def weekday_of(word: str) -> int:
    """0 (Monday) to 6 for a weekday name or abbreviation in any language we read."""
    if word in _FOREIGN_WEEKDAYS:
        return _FOREIGN_WEEKDAYS[word]
    if " " in word or "\t" in word or "\n" in word:  # "יום  ראשון": the table's one space
        return _FOREIGN_WEEKDAYS.get(" ".join(word.split()), 0)
    if word[:3] in _WEEKDAYS:  # English (no other language's weekday starts like one)
        return _WEEKDAYS[word[:3]]
    for stem, day in _WEEKDAY_STEMS:
        if word.startswith(stem):
            return day
    return _WEEKDAYS.get(word[:3], 0)
