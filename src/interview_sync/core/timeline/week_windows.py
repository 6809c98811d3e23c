"""The time expressions that name a week window: "early next week", "by the end of this week",
"next week" in every language read, "this week", and "the week after" a day or an event.

Owns ``WEEK_WINDOWS``, the alternatives ``grammar.time_re`` holds in this order between the
month and year windows and the back references (``nwearly``, ``nwmid``, ``nwlate``, ``inweek``,
``nweek``, ``nweekx``, ``tweek``, ``tweekx``, ``weekafter``), and ``HOLIDAY_NAMES``, the holidays
a text can name, which "the week after" must leave to ``grammar``'s ``hafter``. Split out of
``grammar`` for its length (round 18); what each kind means is ``dates``'s business. Pure data.
"""

from __future__ import annotations

from interview_sync.core.timeline import far_words, holiday_words
from interview_sync.core.timeline.time_words import FEASTS, WEEKDAY

__all__ = ["HOLIDAY_NAMES", "WEEK_WINDOWS"]

# The holidays "after <name>" can name (``hafter``), also what "after the long weekend" or
# "depois do feriado" points back at when the text names one before (``context``).
HOLIDAY_NAMES = (holiday_words.names_pattern()
    # "vacances de Noël", "vacaciones de Semana Santa": the feast's break
    + r"|(?:vacances|cong(?:é|e)s|vacaciones|fiestas)\s+de\s+(?:p(?:â|a)ques|no(?:ë|e)l|navidad"
    r"|semana\s+santa|pascua)"
    r"|" + FEASTS)

WEEK_WINDOWS = [
    r"(?P<nwearly>\b(?:anfang\s+(?:der\s+)?(?:n(?:ä|a)chste[nr]|kommenden|folgenden)\s+woche\b|(?:au\s+)?d(?:é|e)but\s+de\s+(?:la\s+)?semaine"
    r"\s+prochaine\b|(?:a\s+)?principios\s+de\s+la\s+pr(?:ó|o)xima\s+semana\b"
    # "all'inizio della prossima settimana", "no início da próxima semana", "begin volgende week",
    # "na początku przyszłego tygodnia", "na začátku příštího týdne", "i början av nästa vecka",
    # "i starten af næste uge", "i begynnelsen av neste uke", "tidlig neste uke"
    r"|(?:all'\s*|a\s+|ad\s+)inizio\s+(?:della\s+)?(?:prossima\s+settimana|settimana\s+prossima)\b"
    r"|no\s+in(?:í|i)cio\s+da\s+pr(?:ó|o)xima\s+semana\b|begin\s+volgende\s+week\b"
    r"|(?:na\s+)?pocz(?:ą|a)tku\s+(?:przysz(?:ł|l)ego|nast(?:ę|e)pnego)\s+tygodnia\b"
    r"|(?:na\s+)?za(?:č|c)(?:á|a)tku\s+p(?:ř|r)(?:í|i)(?:š|s)t(?:í|i)ho\s+t(?:ý|y)dne\b"
    r"|b(?:ö|o)rjan\s+av\s+n(?:ä|a)sta\s+vecka\b|starten\s+af\s+n(?:æ|ae)ste\s+uge\b"
    r"|begynnelsen\s+av\s+neste\s+uke\b|tidlig\s+neste\s+uke\b"
    # round 12: "jövő hét elején", "önümüzdeki haftanın başında", "početkom sljedećeg tjedna"
    r"|jöv(?:ő|o)\s+h(?:é|e)t\s+elej(?:é|e)n\b|(?:ön(?:ü|u)m(?:ü|u)zdeki|gelecek)\s+haftan(?:ı|i)n"
    r"\s+ba(?:ş|s)(?:ı|i)nda\b|po(?:č|c)etkom\s+(?:sljede(?:ć|c)eg|idu(?:ć|c)eg)\s+tjedna\b"
    # round 14 ("tl14i"): Romanian "la începutul săptămânii viitoare"
    r"|(?:î|i)nceputul\s+s(?:ă|a)pt(?:ă|a)m(?:â|a)nii\s+viitoare\b"
    # round 19 ("tl19i"): Latvian "nākamās nedēļas sākumā", Bulgarian "в началото на
    # следващата седмица", Malay and Indonesian "awal minggu hadapan / depan", Tagalog "sa
    # simula ng susunod na linggo"
    r"|n(?:ā|a)kam(?:ā|a)s\s+ned(?:ē|e)(?:ļ|l)as\s+s(?:ā|a)kum(?:ā|a)\b"
    r"|началото\s+на\s+следващата\s+седмица\b|awal\s+(?:minggu|pekan)\s+(?:hadapan|depan)\b"
    r"|simula\s+ng\s+susunod\s+na\s+linggo\b"
    r"|(?:early|beginning\s+of|start\s+of|first\s+thing|first\s+half\s+of"
    r"|the\s+beginning\s+of|the\s+start\s+of)\s+(?:next|the\s+following|the\s+coming)"
    r"(?:\s+week\b|(?!\s+(?:month|year|quarter|round|step|stage|interview))\b)))",
    r"(?P<nwmid>\b(?:(?:mid|middle\s+of|the\s+middle\s+of)[\s-]*(?:next|the\s+following)\s+w(?:ee)?k"
    r"|mitte\s+(?:der\s+)?(?:n(?:ä|a)chste[nr]|kommenden|folgenden)\s+woche|(?:au\s+)?milieu\s+de\s+(?:la\s+)?semaine\s+prochaine"
    r"|(?:a\s+)?mediados\s+de\s+la\s+pr(?:ó|o)xima\s+semana"
    # "half volgende week", "mitten av nästa vecka", "midt i næste uge", "w połowie przyszłego
    # tygodnia", "a metà della prossima settimana", "no meio da próxima semana"
    r"|(?:half|midden)\s+volgende\s+week|mitten\s+av\s+n(?:ä|a)sta\s+vecka|midt\s+i\s+n(?:æ|ae)ste\s+uge"
    r"|midt\s+i\s+neste\s+uke|w\s+po(?:ł|l)owie\s+(?:przysz(?:ł|l)ego|nast(?:ę|e)pnego)\s+tygodnia"
    r"|v\s+polovin(?:ě|e)\s+p(?:ř|r)(?:í|i)(?:š|s)t(?:í|i)ho\s+t(?:ý|y)dne"
    r"|a\s+met(?:à|a)\s+(?:della\s+)?(?:prossima\s+settimana|settimana\s+prossima)"
    r"|(?:no\s+)?meio\s+da\s+pr(?:ó|o)xima\s+semana"
    # round 12: "jövő hét közepén", "önümüzdeki haftanın ortasında", "sredinom sljedećeg tjedna"
    r"|jöv(?:ő|o)\s+h(?:é|e)t\s+k(?:ö|o)zep(?:é|e)n|(?:ön(?:ü|u)m(?:ü|u)zdeki|gelecek)\s+haftan(?:ı|i)n"
    r"\s+ortas(?:ı|i)nda|sredinom\s+(?:sljede(?:ć|c)eg|idu(?:ć|c)eg)\s+tjedna"
    # round 14 ("tl14i"): Romanian "la mijlocul săptămânii viitoare"
    r"|mijlocul\s+s(?:ă|a)pt(?:ă|a)m(?:â|a)nii\s+viitoare)\b)",
    r"(?P<nwlate>\b(?:(?:late|end\s+of|the\s+end\s+of|later|latter\s+part\s+of|second\s+half\s+of)"
    r"\s+(?:next|the\s+following)\s+w(?:ee)?k|ende\s+(?:der\s+)?(?:n(?:ä|a)chste[nr]|kommenden|folgenden)\s+woche"
    r"|(?:a\s+)?finales\s+de\s+la\s+pr(?:ó|o)xima\s+semana"
    r"|(?:(?:à\s+)?la\s+)?fin\s+de\s+(?:la\s+)?semaine\s+prochaine"
    # "entro la fine della prossima settimana", "até ao final da próxima semana", "eind volgende
    # week", "do końca przyszłego tygodnia", "do konce příštího týdne", "i slutet av nästa vecka",
    # "i slutningen af næste uge", "i slutten av neste uke"
    r"|(?:la\s+)?fine\s+(?:della\s+)?(?:prossima\s+settimana|settimana\s+prossima)"
    r"|(?:o\s+|ao\s+)?(?:final|fim)\s+da\s+pr(?:ó|o)xima\s+semana|eind\s+volgende\s+week"
    r"|(?:pod\s+)?ko(?:ń|n)c(?:a|u)\s+(?:przysz(?:ł|l)ego|nast(?:ę|e)pnego)\s+tygodnia"
    r"|konce\s+p(?:ř|r)(?:í|i)(?:š|s)t(?:í|i)ho\s+t(?:ý|y)dne|koncem\s+p(?:ř|r)(?:í|i)(?:š|s)t(?:í|i)ho\s+t(?:ý|y)dne"
    r"|slutet\s+av\s+n(?:ä|a)sta\s+vecka|slutningen\s+af\s+n(?:æ|ae)ste\s+uge"
    r"|slutten\s+av\s+neste\s+uke"
    # round 23 ("tl23i"): Latvian "līdz nākamās nedēļas beigām" (by the end of next week)
    r"|(?:līdz\s+)?nākam(?:ās|as)\s+nedēļas\s+beig(?:ām|ās|as)"
    # "jövő hét végéig", "önümüzdeki haftanın sonuna kadar", "do kraja sljedećeg tjedna",
    # "a finals de la setmana que ve"
    r"|jöv(?:ő|o)\s+h(?:é|e)t\s+v(?:é|e)g(?:é|e)(?:ig|n)|(?:ön(?:ü|u)m(?:ü|u)zdeki|gelecek)\s+haftan(?:ı|i)n\s+sonu"
    r"|kraja\s+(?:sljede(?:ć|c)eg|idu(?:ć|c)eg)\s+tjedna|finals\s+de\s+la\s+setmana\s+(?:que\s+ve|vinent)"
    # round 14 ("tl14i"): Romanian "până la sfârșitul săptămânii viitoare"
    r"|sf(?:â|a)r(?:ș|ş|s)itul\s+s(?:ă|a)pt(?:ă|a)m(?:â|a)nii\s+viitoare"
    # round 20 ("tl20i"): "до конца следующей недели", "до края на следващата седмица", "до
    # кінця наступного тижня", Persian "(تا) پایان هفته آینده"
    r"|конца\s+следующей\s+недели|края\s+на\s+следващата\s+седмица"
    r"|кінця\s+наступного\s+тижня|پایان\s+هفته\s+(?:آینده|بعد))\b)",
    r"(?P<inweek>\b(?:(?:within|in|over|during)\s+the\s+(?:next|coming)\s+(?P<inweek_u>day|week"
    r"|month|fortnight)(?P<inweek_or>\s+or\s+(?:two|2|so))?"
    # "do týdne", "do měsíce" (Czech: within a week, a month), "w ciągu tygodnia / miesiąca"
    r"|(?:do|w\s+ci(?:ą|a)gu|za)\s+(?P<inweek_cs>t(?:ý|y)dne|m(?:ě|e)s(?:í|i)ce|tygodnia|miesi(?:ą|a)ca"
    r"|tydzie(?:ń|n)|t(?:ý|y)den|miesi(?:ą|a)c|m(?:ě|e)s(?:í|i)c))\b)",
    r"(?P<nweek>\b(?:(?:next|the\s+following|the\s+coming|this\s+coming)\s+w(?:ee)?k\b(?!\s+or\b)"
    # ... but "nächste Woche Mittwoch" is a day of that week (``wday``)
    rf"|(?:n(?:ä|a)chste[nr]?|kommende[nr]?)\s+woche(?!,?\s+(?:am\s+)?{WEEKDAY}\b)"
    r"|(?:la\s+)?semaine\s+prochaine|(?:la\s+)?pr(?:ó|o)xima\s+semana"
    r"|la\s+semana\s+que\s+viene|this\s+week\s+or\s+(?:early\s+)?next(?:\s+week)?))",
    # "la prossima settimana", "volgende week", "w przyszłym tygodniu", "příští týden", "nästa
    # vecka", "næste uge", "neste uke"
    r"(?P<nweekx>\b(?:(?:la\s+)?(?:prossima\s+settimana|settimana\s+prossima)|(?:volgende|komende)\s+week"
    r"|(?:w\s+)?przysz(?:ł|l)ym\s+tygodniu|(?<!w\s)nast(?:ę|e)pnym\s+tygodniu|p(?:ř|r)(?:í|i)(?:š|s)t(?:í|i)(?:m)?\s+t(?:ý|y)dnu?"
    r"|p(?:ř|r)(?:í|i)(?:š|s)t(?:í|i)\s+t(?:ý|y)den|p(?:ř|r)(?:í|i)(?:š|s)t(?:í|i)ho\s+t(?:ý|y)dne|n(?:ä|a)sta\s+vecka|n(?:æ|ae)ste\s+uge|neste\s+uke"
    # Hungarian, Turkish, Croatian, Catalan (round 7): "jövő héten", "önümüzdeki hafta",
    # "sljedeći tjedan", "la setmana que ve"
    r"|jöv(?:ő|o)\s+h(?:é|e)t(?:en)?|(?:ön(?:ü|u)m(?:ü|u)zdeki|gelecek)\s+hafta(?:ya|da)?"
    # round 16 ("tl16i"): the genitive before a day of that week ("önümüzdeki haftanın cuma
    # günü", next week's Friday; its start, middle and end are ``nwearly`` ... ``nwlate``), and
    # Finnish "ensi viikolla" / "ensi viikon perjantaina" (next week / next week's Friday)
    r"|(?:ön(?:ü|u)m(?:ü|u)zdeki|gelecek)\s+haftan(?:ı|i)n(?!\s+(?:ba(?:ş|s)|orta|sonu))"
    r"|ensi\s+viiko(?:lla|n)"
    r"|(?:sljede(?:ć|c)(?:i|eg)|idu(?:ć|c)(?:i|eg))\s+tjed(?:an|na)|(?:la\s+)?setmana\s+(?:que\s+ve|vinent)"
    r"|(?:la\s+)?propera\s+setmana"
    # round 18 ("tl18i"): Serbian and Bosnian "sledeće nedelje", "naredne sedmice" (``far_words``)
    r"|" + far_words.SERBIAN_NEXT_WEEK + r"|" + far_words.FAR_NEXT_WEEK +
    # round 10: Slovak, Slovenian, Lithuanian, Estonian, Greek ("budúci týždeň", "naslednji
    # teden", "kitą savaitę", "järgmisel nädalal", "την επόμενη εβδομάδα")
    r"|(?:(?:v|na)\s+)?(?:bud(?:ú|u)c(?:i|om)|nasleduj(?:ú|u)c(?:i|om))\s+t(?:ý|y)(?:ž|z)d(?:eň|en|ni)"
    r"|(?:v\s+)?(?:naslednj|prihodnj)(?:i|em)\s+ted(?:en|nu)"
    r"|(?:kit(?:ą|a)|kitos|ateinan(?:č|c)i(?:ą|a))\s+savait(?:ę|e|(?:ė|e)s)"
    r"|(?:j(?:ä|a)rgmis(?:el|e)|j(?:ä|a)rgmine|tuleval)\s+n(?:ä|a)dal(?:al|a)?"
    r"|(?:την\s+)?(?:επ(?:ό|ο)μενη|ερχ(?:ό|ο)μενη)\s+εβδομ(?:ά|α)δα"
    # round 14 ("tl14i"): Romanian "săptămâna viitoare", "în cursul săptămânii viitoare"
    r"|(?:(?:î|i)n\s+cursul\s+)?s(?:ă|a)pt(?:ă|a)m(?:â|a)n(?:a|ii)\s+viitoare)\b)",
    r"(?P<tweek>\b(?:(?:by\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:the|this)\s+(?:(?:working|business|work)\s+)?w(?:ee)?k|end\s+of\s+w(?:ee)?k"
    r"|end-of-week|eow|week'?s\s+end|later\s+(?:this|in\s+the)\s+week|this\s+week"
    r"|within\s+the\s+week|(?:by|before)\s+the\s+weekend|ende\s+(?:(?:der|dieser)\s+)?woche"
    r"|diese\s+woche|cette\s+semaine|fin\s+de\s+(?:la\s+)?semaine|esta\s+semana"
    r"|fin(?:al)?\s+de\s+(?:la|esta)\s+semana|dans\s+la\s+semaine(?!\s+(?:de\s+(?:mon|notre|son|leur|la)\s+(?:retour|reprise)|qui\s+suit|suivante))|im\s+laufe\s+(?:der|dieser)\s+woche"
    r"|antes\s+de\s+que\s+(?:se\s+)?(?:acabe|termine|finalice|concluya)\s+(?:la|esta)\s+semana)\b"
    r"(?!\s+after\b))",
    # ... Italian, Portuguese, Dutch, Polish, Czech, Nordic
    # ... not "entro la fine della settimana prossima" (next week's end: ``nwlate``, round 12)
    r"(?P<tweekx>\b(?:entro\s+(?:la\s+)?fine\s+(?:della\s+)?settimana(?!\s+(?:prossima|successiva"
    r"|seguente|dopo)\b)|questa\s+settimana"
    r"|(?:o\s+)?(?:final|fim)\s+(?:da|desta)\s+semana|eind\s+deze\s+week|deze\s+week"
    r"|ko(?:ń|n)ca\s+tygodnia|w\s+tym\s+tygodniu|konce\s+t(?:ý|y)dne|tento\s+t(?:ý|y)den"
    r"|slutet\s+av\s+veckan|denna\s+vecka|den\s+h(?:ä|a)r\s+veckan|denne\s+uge"
    r"|slutningen\s+af\s+ugen|denne\s+uken|slutten\s+av\s+uken"
    # round 14 ("tl14i"): Romanian "până la sfârșitul săptămânii", "săptămâna aceasta"
    r"|sf(?:â|a)r(?:ș|ş|s)itul\s+s(?:ă|a)pt(?:ă|a)m(?:â|a)nii(?!\s+viitoare)"
    r"|s(?:ă|a)pt(?:ă|a)m(?:â|a)na\s+aceasta|aceast(?:ă|a)\s+s(?:ă|a)pt(?:ă|a)m(?:â|a)n(?:ă|a)"
    # round 18 ("tl18i"): Ukrainian, Indonesian, Hebrew, Arabic (``far_words``)
    r"|" + far_words.FAR_THIS_WEEK + r")\b)",
    r"(?P<weekafter>\bthe\s+week\s+after(?:\s+that)?\b(?=\s*(?:[.,;:!?)]|$|\s+(?:and|or|so|then|at|if"
    r"|with|to|before|once|when|until)\b"
    # round 14: an event dated right after ("the week after the last interview date, 28
    # January", "the week after the panel on 3 May")
    r"|\s+(?:the|your|our)\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+(?:\s+on|,)\s+\d"
    r"|\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+,\s+which\s+(?:ends|finishes|is|falls)\s+on\s))"
    # "in der Woche darauf", "la semaine suivante", "la semana siguiente", "la settimana
    # successiva", "de week daarna": the week after the day named before
    r"|\b(?:in\s+der\s+(?:woche\s+darauf|woche\s+danach|darauffolgenden\s+woche)|la\s+semaine\s+(?:suivante"
    r"|d'apr(?:è|e)s)|(?:la\s+semana\s+(?:siguiente|posterior)|la\s+settimana\s+(?:successiva|dopo)"
    r"|na\s+semana\s+seguinte)"
    # round 18 ("tl18i"): not when a holiday follows with "a" ("la semana siguiente a Fiestas
    # Patrias", "la settimana successiva a Ferragosto", "na semana seguinte ao Carnaval"): the
    # week after that holiday, ``hafter``'s
    r"(?!\s+(?:a|al|ao|à|alla|allo|agli|aos)\s+(?:la\s+|il\s+|o\s+|el\s+)?(?:"
    + HOLIDAY_NAMES + r")\b)"
    r"|de\s+week\s+(?:daarna|erna)"
    # round 13: "w następnym / kolejnym tygodniu" (not "w przyszłym tygodniu", next week)
    r"|w\s+(?:nast(?:ę|e)pnym|kolejnym)\s+tygodniu"
    # "la setmana següent", "sljedeći tjedan nakon toga", "a következő héten", "sonraki hafta"
    r"|la\s+setmana\s+(?:seg(?:ü|u)ent|despr(?:é|e)s)|következ(?:ő|o)\s+h(?:é|e)ten"
    # "la semaine qui suit", "i uken etter møtet", "the week following the panel": the week after
    # the day named before (the event's day), in every language; a holiday is ``hafter``'s
    r"|la\s+semaine\s+qui\s+suit|la\s+semana\s+que\s+sigue"
    r"|(?:veckan|uken|uka|ugen|veka|veke)\s+(?:efter|etter)(?=\s*(?:[.,;:!?)]|$))"
    # round 18 ("tl18i"): "veckan därpå", "uken deretter", "ugen derefter" (the week after that)
    r"|(?:veckan|uken|uka|ugen|veka|veke)\s+(?:d(?:ä|a)rp(?:å|a)|d(?:ä|a)refter|derp(?:å|a)|deretter"
    r"|derefter)"
    r"|(?:(?:in\s+)?the\s+week\s+(?:after|following)\s+(?:the|our|your|this|that)"
    r"|(?:uken|uka|veckan|ugen|veka|veke)\s+(?:etter|efter)"
    r"|in\s+der\s+woche\s+nach\s+(?:dem|der|den)"
    r"|la\s+settimana\s+(?:dopo|successiva\s+a)\s+(?:il|la|lo|l')|de\s+week\s+na\s+(?:de|het))"
    r"(?!\s*(?:" + HOLIDAY_NAMES + r"|long\s+weekend|holiday|break|summer|next)\b)"
    r"\s*[^\W\d_]{3,})\b)",
]
