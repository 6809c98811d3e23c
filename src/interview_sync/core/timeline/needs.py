"""Which words each kind of time expression cannot match without: ``scan``'s literal gate.

Owns ``NEEDS`` (kind → literals, lower case, one of which every match of that kind holds),
and ``kinds_held`` (the gated kinds whose literals a text holds, as a bit mask, in one pass). Why:
``scan`` tries at each word every alternative that can start there, and most of those tries fail
(a month name alternative at every "de", "a" and "in" of a text that names no month); one
Aho-Corasick pass (``ahocorasick-rs``) over the text says which alternatives can match at all.
Kinds not listed here are always tried. The gate never changes an answer: an alternative whose
every literal is missing from the text cannot match in it (tests/core/test_timeline_scan.py
compares the gated scan with ``grammar.time_re()`` on every labelled text and on generated ones;
tests/core/test_timeline_needs.py writes phrases taking every branch of each gated kind's pattern
and checks each passes its gate, so a word added to the grammar and missing here fails a test).
"""

from __future__ import annotations

from operator import itemgetter

from ahocorasick_rs import MATCHKIND_STANDARD, AhoCorasick

from interview_sync.core.literals import no_surrogates
from interview_sync.core.timeline import far_counts
from interview_sync.core.timeline.far_words import FAR_MONTHS, FAR_WEEKDAY_LITERALS
from interview_sync.core.timeline.needs_holidays import HOLIDAY_NEEDS

__all__ = ["ALWAYS", "HOLIDAY_NAMES_BIT", "NEEDS", "bit_of", "kinds_held"]

# Every month name the grammar knows (``_MONTH``, ``_MONTH_FIRST``, ``_MONTH_FULL``), shortest
# forms only ("jan" stands for "january" and "januar").
MONTHS = (
    "abril", "agosto", "aout", "août", "apr", "aug", "avril", "brezna", "března", "cervence",
    "cervna", "czerwca", "dec", "desember", "dezembro", "dezember", "dicembre", "diciembre",
    "dubna",
    "décembre", "enero", "feb", "fevereiro", "fevrier", "février", "gennaio", "giugno", "grudnia",
    "jan", "juillet", "juin", "jul", "jun", "jänner", "kvetna", "května", "kwietnia", "ledna",
    "lipca", "listopada", "listopadu", "luglio", "lutego", "maart", "maggio", "mai", "maj", "mar",
    "may", "mei", "märz", "nov", "oct", "oktober", "ottobre", "outubro", "pazdziernika",
    "października", "prosince", "rijna", "ríjna", "sep", "setembro", "setiembre", "settembre",
    "sierpnia", "srpna", "stycznia", "unora", "wrzesnia", "września", "zari", "zarí", "zaři",
    "zaří", "zári", "zárí", "záři", "září", "února", "července", "června", "řijna", "října",
    "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
    "kesakuuta", "heinäkuuta", "heinakuuta", "elokuuta", "syyskuuta", "lokakuuta",
    "marraskuuta", "joulukuuta", "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie",
    "septembrie", "octombrie", "noiembrie", "decembrie",
    # round 7: Hungarian, Catalan, Turkish, Croatian (those no shorter form above holds)
    "jánu", "márc", "ápr", "máj", "jún", "júl", "szept", "októ", "gener", "agost", "setem",
    "desem", "ocak", "şubat", "subat", "nisan", "haziran", "temmuz", "ağustos", "agus", "eylül",
    "eylul", "ekim", "kasım", "kasim", "aralık", "aralik", "siječnja", "sijecnja", "veljače",
    "veljace", "ožujka", "ozujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
    "studen", "prosinca",
    # round 10: Slovak, Slovenian, Lithuanian, Greek (those no shorter form above holds)
    "oktobra", "avgust", "sausio", "vasario", "kovo", "baland", "gegu", "birž", "birz",
    "liepos", "rugpj", "rugs", "spalio", "lapkri", "gruod", "ιανουαρ", "φεβρουαρ", "μαρτ",
    "απριλ", "μαΐου", "μαϊου", "μαιου", "ιουν", "ιουλ", "αυγο", "σεπτεμβρ", "οκτωβρ",
    "νοεμβρ", "δεκεμβρ",
    # round 16 ("tl16i"): Estonian ("25. juunil", "15. jaanuariks")
    "jaanuar", "veebruar", "märts", "juun", "juul", "oktoob", "detsemb",
    # round 17 ("tl17i"): Indonesian, Ukrainian, Hebrew, Arabic (``far_words``; the Hebrew
    # names with "ב" glued on hold the bare ones)
    *(name for name in FAR_MONTHS if not name.startswith("ב")),
)
# ``_WEEKDAY`` (English, German, French, Spanish) and ``_WEEKDAY_MORE`` (the other languages).
WEEKDAYS = (
    "dienstag", "donnerstag", "freitag", "fri", "jeudi", "jueves", "lundi", "lunes", "mardi",
    "martes", "mercredi", "miercoles", "mittwoch", "miércoles", "mon", "saturday", "sunday",
    "thu", "tue", "vendredi", "viernes", "wed",
)
WEEKDAYS_MORE = (
    "ctvrtek", "ctvrtka", "czwartek", "czwartku", "dinsdag", "donderdag", "fredag", "giovedi",
    "giovedì", "lunedi", "lunedì", "maandag", "mandag", "martedi", "martedì", "mercoledi",
    "mercoledì", "måndag", "onsdag", "patek", "patku", "piatek", "piatku", "piątek", "piątku",
    "pondeli", "pondelí", "ponděli", "pondělí", "poniedzialek", "poniedzialku", "poniedziałek",
    "poniedziałku", "pátek", "pátku", "quarta-feira", "quinta-feira", "segunda-feira", "sexta",
    "sroda", "srode", "srody", "srodę", "streda", "stredu", "stredy", "středa", "středu",
    "středy", "terca", "terça", "tirsdag", "tisdag", "torsdag", "utery", "uterý", "venerdi",
    "venerdì", "vrijdag", "woensdag", "wtorek", "wtorku", "útery", "úterý", "čtvrtek",
    "čtvrtka", "środa", "środe", "środy", "środę",
    "maanantai", "tiistai", "keskiviik", "torstai", "perjantai", "luni", "marți", "marţi", "marti",
    "miercuri", "joi", "vineri",
    # round 7: Hungarian, Turkish, Croatian, Catalan
    "hétf", "hetf", "kedd", "szerd", "csüt", "csut", "pént", "pentek", "pazartesi", "salı",
    "sali", "çarşamba", "carsamba", "perşembe", "persembe", "cuma", "ponedjelj", "utorak",
    "utorka", "srijed",
    "četvrt", "cetvrt", "petak", "petk", "dilluns", "dimarts", "dimecres", "dijous", "divendres",
    # round 10: Slovak, Slovenian, Lithuanian, Estonian, Greek
    "pondel", "utorok", "štvrt", "stvrt", "piatok", "ponedelj", "torek", "torka", "sreda",
    "srede", "sredo", "četrt", "cetrt", "petek", "petka", "pirmadien", "antradien",
    "trečiadien", "treciadien", "ketvirtadien", "penktadien", "esmasp", "teisip", "kolmap",
    "neljap", "reede", "δευτ", "τρίτη", "τριτη", "τετάρτη", "τεταρτη", "πέμπτη", "πεμπτη",
    "παρασκευ",
)
_WEEK = ("week", "wk", "woche", "semaine", "semana", "settimana", "tygod", "týd", "tyd", "veck",
         "uge", "uke")
# Round 7's languages' words for week: after "next" ("jövő héten", "önümüzdeki hafta")
_WEEK_MORE = ("jöv", "hafta", "tjed", "setmana",
              # round 10: Slovak, Slovenian, Lithuanian, Estonian, Greek
              "týž", "tyz", "týz", "tyž", "teden", "tednu", "savait", "nädal", "nadal", "εβδομ",
              # round 14 ("tl14i"): Romanian, with and without its diacritics
              "săptămân", "saptaman", "săptamân", "saptămân", "săptaman", "saptamân")
_RO_WEEK = ("săptămân", "saptaman", "săptamân", "saptămân", "săptaman", "saptamân")

# Each kind's literals, read off its alternative in ``grammar`` (a mandatory month or weekday
# group, or words every branch holds).
NEEDS: dict[str, tuple[str, ...]] = {
    "mdy": MONTHS, "dmy": MONTHS, "mpart": MONTHS, "mbare": MONTHS, "mpartx": MONTHS,
    # round 12: Hungarian and Turkish parts after the month ("szeptember közepén")
    "mpartpost": ("elej", "közep", "kozep", "végé", "vege", "felében", "feleben", "hetében",
                  "heteben", "başında", "basinda", "başinda", "ortası", "ortasi", "sonun",
                  "haftası", "haftasi", "yarısı", "yarisi",
                  # round 13 ("tlz"): Finnish ("toukokuun loppuun", "alussa", "puolivälissä")
                  "loppu", "lopu", "alussa", "alkupuol", "puoliv"),
    "dewoche": MONTHS,
    "wday": WEEKDAYS, "wdayx": (*WEEKDAYS_MORE, *FAR_WEEKDAY_LITERALS),
    "num": ("/",),
    "monthfirst": ("month",), "nmonth": ("month",),
    "fmonth": ("monat", "mois", "mes"),
    "fmonthx": ("maand", "månad", "manad", "måned", "maned", "miesi", "měsí", "mesi", "mese",
                "ximo m", "que vem"),
    "monthend": ("month", "eom", "monat", "mois", "mes", "mês", "měs", "maand", "miesi", "måna",
                 "mana", "måne", "mane", "месяц", "месеца", "місяц", "месецот",
                 *far_counts.MONTH_END_LITERALS),
    "yearend": ("year", "eoy"),
    "newyear": ("year", "january", "jahr", "januar", "année", "annee", "janvier", "año", "ano",
                "enero", "janeiro", "jaar", "januari", "anno", "gennaio"),
    "quarter": ("q1", "q2", "q3", "q4", "quarter"),
    "fortnight": ("fortnight",), "weekend": ("weekend",), "aweekend": ("weekend",),
    "thatday": ("that day", "that same", "that afternoon", "that evening", "that morning",
                "ce jour", "jour m", "mismo d", "diesem tag", "selben tag", "stesso giorno",
                "mesmo dia", "zelfde dag", "samma dag", "samme dag", "samego dnia", "tého", "teho",
                "samana"),
    "weekafter": ("week", "woche", "semaine", "semana", "settimana", "uken", "uka", "veckan",
                  "ugen", "veka", "veke", "setmana", "héten", "heten", "tygodniu"),
    "sameday": ("same",), "dayafter": ("tomorrow",), "thatweek": ("week", "semana"),
    "thatmonth": ("that month", "same month"),
    "wafter": ("week", "woche"),
    "huitaine": ("huitaine", "quinzaine"),
    # round 17 ("tl17i"): ``far_words``' units and the words that carry their count
    "durf": ("hari", "minggu", "pekan", "bulan", "ngày", "tuần", "tháng", "дн", "день", "тижн",
             "тиждень", "місяц", "ימי", "ימים", "יום", "יומיים", "שבוע", "חודש", "أيام", "ايام",
             "سابيع", "سبوع", "شهر", "شهور", "يومين",
             # round 19 ("tl19i"): ``far_counts``' units
             *far_counts.LITERALS),
    "vnday": ("ngày",),
    "nweek": ("week", "wk", "woche", "semaine", "semana"),
    "nweekx": ("settimana", "week", "tygodniu", "týd", "tyd", "vecka", "uge", "uke",
               "ensi viiko", "nedelj", "sedmic", "minggu depan", "pekan depan", "أسبوع",
               "שבוע", "тижн", *_WEEK_MORE, *far_counts.WEEK_LITERALS),
    "tweek": ("week", "wk", "eow", "woche", "semaine", "semana"),
    "tweekx": (*_WEEK, *_RO_WEEK, "тиж", "minggu", "pekan", "שבוע", "أسبوع",
               *far_counts.WEEK_LITERALS),
    "nwmid": _WEEK + _WEEK_MORE,
    "nwlate": (*_WEEK, *_WEEK_MORE, "недел", "седмиц", "тижн", "هفته", "nedēļ"),
    "inweek": ("day", "week", "month", "fortnight", "týd", "tyd", "měs", "mes", "tygod", "miesi"),
    "coming": ("day", "week", "tag", "woche", "jour", "semaine", "día", "dia", "semana", "giorn",
               "settiman", "dag", "wek", "dniach", "dnech",
               "günler", "gunler", "napokban", "ημέρες", "ημερες", "μέρες", "μερες", "lähipäev",
               "lahipaev", "dneh", "danima", "zilele"),
    "nextday": ("day", "morning", "afternoon", "siguiente", "lendemain", "tag", "giorno",
                "seguinte", "dag", "dnia",
                "sleduj", "endem", "següent", "seguent", "dana", "másnap", "ertesi"),
    "tomorrow": ("tomorrow", "tmr", "morgen", "demain", "mañana", "manana", "amanhã", "amanha",
                 "domani", "jutro", "zítra", "zitra", "imorgon", *far_counts.TOMORROW_LITERALS),
    "today": ("today", "tonight", "within the day", "afternoon", "evening", "hoy", "aujourd'hui",
              "heute", "oggi",
              "hoje", "vandaag", "idag", "dzisiaj", "dnes", "vanavond", "vanmiddag", "stasera",
              "stamattina", "tarde", "noche", "soir", "midi", "kväll", "kvall", "aften", "kveld",
              "eftermiddag", "tänään", "tanaan", "iltana", "dziś", "dzis", "bugün", "bugun",
              "σήμερα", "σημερα", "täna", "tana", *far_counts.TODAY_LITERALS),
    "eod": ("eod", "cob", "eob", "day", "business", "play"),
    "clock": ("am", "pm", "a.m", "p.m"),
    # round 7: a holiday then "after" (Hungarian, Finnish, Turkish); durations in Hungarian,
    # Turkish, Croatian, Catalan words, by their units
    "hpost": ("után", "utan", "jälkeen", "jalkeen", "jälkei", "jalkei", "sonra", "järgse",
              "кейін", "keyin", "soň", "дараа",
              "jargse"),
    # round 23: the holiday alternatives (~2 MB compiled), by their derived literals
    # (``needs_holidays``, generated: some 900 holiday words in 40 languages each)
    "hafter": HOLIDAY_NEEDS["hafter"], "named": HOLIDAY_NEEDS["named"],
    "hbefore": HOLIDAY_NEEDS["hbefore"],
    "durm": ("nap", "hét", "het", "hón", "hon", "gün", "gun", "hafta", "dan", "tjed", "mjesec",
             "dies", "setman", "mesos", "delovn", "dneh", "pracovn", "dnů", "dní", "dien"),
}

# round 23: gates of a part, not a kind: "holidaynames" (``grammar.HOLIDAY_NAMES``) is held
# when the text can name a holiday; ``scan`` tries ``weekafter`` (whose look-aheads hold the
# names) without them otherwise, sparing their ~0.8 MB
_GATES = {**NEEDS, "holidaynames": HOLIDAY_NEEDS["holidaynames"]}
_KINDS = tuple(_GATES)
ALWAYS = ~((1 << len(_KINDS)) - 1)  # every bit but the gated kinds' (ungated kinds: all bits)
_LITERALS = tuple(sorted({word for words in _GATES.values() for word in words}))
_SETS = {kind: frozenset(words) for kind, words in _GATES.items()}
_BITS = tuple(sum(1 << i for i, kind in enumerate(_KINDS) if word in _SETS[kind])
              for word in _LITERALS)
del _SETS
_AUTOMATON = AhoCorasick(list(_LITERALS), matchkind=MATCHKIND_STANDARD)
HOLIDAY_NAMES_BIT = 1 << _KINDS.index("holidaynames")
_FIRST = itemgetter(0)


def bit_of(kind: str) -> int:
    """The bit a kind's alternative needs in ``kinds_held``'s mask (all bits if ungated)."""
    return 1 << _KINDS.index(kind) if kind in _GATES else -1


def kinds_held(text: str) -> int:
    """``ALWAYS`` with the bit of every gated kind whose literals ``text`` holds."""
    mask = ALWAYS
    # every run of whitespace as one space (round 23): a literal spans words as "may day",
    # which the patterns write "may\s+day" (a line break or two spaces between); no literal
    # holds other whitespace, so the copy holds every literal the text does, and those
    # (always: looking for such runs first cost twice what the copy does)
    text = " ".join(text.split())
    try:
        found = _AUTOMATON.find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:  # a lone surrogate, which no literal holds
        found = _AUTOMATON.find_matches_as_indexes(no_surrogates(text), overlapping=True)
    # each literal once (a text holds "day" or "jul" many times): the set is built in C
    for index in set(map(_FIRST, found)):
        mask |= _BITS[index]
    return mask
