"""The words for time in recruiter English, German, French, Spanish, Portuguese, Italian and Dutch,
with the basics of Polish, Czech, Swedish, Danish, Norwegian, Finnish, Romanian and (round 7)
Hungarian, Turkish, Croatian and Catalan.

Owns: ``time_re()``, one alternation of every time expression we understand (explicit dates,
weekdays, week/month windows, relative durations, a few named holidays), each alternative one named
group so ``kind_of`` can say which matched; it re-exports ``starts.STARTS`` (what each can begin
with, for ``scan``). The other languages' weekdays, week windows, month parts and number words are
alternatives of their own (``wdayx``, ``tweekx``, ``nweekx``, ``mpartx``, ``durx``) so that the
English words sharing their first letters do not try them. The word pieces the alternatives are
made of (numbers, units, weekdays, months, feasts) are ``time_words``'s; the tables that turn
"ten", "Dec." or "vendredi" into numbers are ``lexicon``'s (re-exported here: ``number_of``,
``month_of``, ``weekday_of``). What a match *means* is ``dates``'s business; whether it is a
*promise* is ``extract``'s.
"""

from __future__ import annotations

import functools
import re

from interview_sync.core.timeline import far_words, holiday_words
from interview_sync.core.timeline.factor import by_first_char
from interview_sync.core.timeline.lexicon import month_of, number_of, weekday_of
from interview_sync.core.timeline.starts import STARTS  # what each kind can start with
from interview_sync.core.timeline.time_words import (
    FEASTS,
    LEAD_DAY,
    MONTH,
    MONTH_FIRST,
    MONTH_FULL,
    MONTH_HU_TR,
    MONTH_PART,
    MONTH_PART_AFTER,
    MONTH_PART_MORE,
    MORE_NUM,
    MORE_UNIT,
    NOT_COUNTED,
    NUM,
    NUM_MORE,
    ORD,
    UNIT,
    WEEKDAY,
    WEEKDAY_MORE,
)

__all__ = ["ALTERNATIVES", "DURATION_KINDS", "HOLIDAY_NAMES", "LEAD", "STARTS",
           "kind_of", "month_of", "number_of", "time_re", "weekday_of"]



# The holidays "after <name>" can name (``hafter``), also what "after the long weekend" or
# "depois do feriado" points back at when the text names one before (``context``).
HOLIDAY_NAMES = (holiday_words.names_pattern()
    # "vacances de Noël", "vacaciones de Semana Santa": the feast's break
    + r"|(?:vacances|cong(?:é|e)s|vacaciones|fiestas)\s+de\s+(?:p(?:â|a)ques|no(?:ë|e)l|navidad"
    r"|semana\s+santa|pascua)"
    r"|" + FEASTS)

# "puente de la Constitución", "ponte dell'Immacolata", "pont de la Toussaint": the holiday a
# bridge is named after (``holiday_words.bridge_pattern``, grouped by first character)
_BRIDGE_OF = r"\s+(?:de(?:l|\s+la|\s+los)?|della|dell'|de\s+l'|do|da|du)\s*"
_BRIDGE = by_first_char(holiday_words.bridge_pattern())

_ALTERNATIVES = [
    # explicit dates
    r"(?P<iso>\b(?P<iso_y>\d{4})-(?P<iso_m>\d\d?)-(?P<iso_d>\d\d?)\b)",
    rf"(?P<mdy>(?P<mdy_wk>(?:the\s+)?week\s+of\s+)?{LEAD_DAY}\b(?P<mdy_m>{MONTH_FIRST})\.?\s+(?P<mdy_d>\d{{1,2}})"
    rf"{ORD}\b(?:\s*(?:-|to|through|and|or)\s*(?P<mdy_d2>\d{{1,2}}){ORD}\b(?!\s*(?:am|pm|:)))?"
    rf"(?:,?\s+(?P<mdy_y>(?:19|20|21)\d\d)\b)?(?!\s*(?:am|pm|:\d|%)))",
    rf"(?P<dmy>(?P<dmy_wk>(?:the\s+)?week\s+of\s+)?{LEAD_DAY}\b(?:the\s+)?(?P<dmy_d>\d{{1,2}}){ORD}\.?\s+"
    rf"(?:of\s+|de\s+|d')?(?P<dmy_m>{MONTH})\b\.?(?:,?\s+(?P<dmy_y>(?:19|20|21)\d\d)\b)?)",
    r"(?P<dot>(?<![\d/.:-])(?P<dot_d>\d{1,2})\.(?P<dot_m>\d{1,2})(?:\.(?P<dot_y>(?:19|20|21)\d\d)?"
    r"|(?=,?\s+(?:ora|kl\.?|klo|godz\.?|hod\.?|um|alle|(?:à|a)s?)\s*\d))(?![\d/]|\.\d))",
    r"(?P<hafter>\b(?:(?:after|following|once|when\s+we'?re\s+back\s+from|nach|apr(?:è|e)s"
    r"|despu(?:é|e)s\s+del?|tras|dopo|depois\s+d[oa]s?|ap(?:ó|o)s|na|po|efter|etter|nakon|poslije"
    r"|despr(?:é|e)s\s+del?"
    # round 10: Greek "μετά τα Θεοφάνια", Estonian "pärast jaanipäeva"
    r"|μετ(?:ά|α)|p(?:ä|a)rast"
    # round 17 ("tl17i"): Romanian "după Rusalii", "(săptămâna) de după Paști"
    r"|dup(?:ă|a)"
    # round 18 ("tl18i"): Serbian "posle Uskrsa" (ekavian; Croatian "poslije" is above); the
    # Romance "(the week) following <holiday>", told with "a" ("la semana siguiente a Fiestas
    # Patrias", "la settimana successiva a Ferragosto", "na semana seguinte ao Carnaval")
    r"|posle|(?:siguiente|posterior|successiva|seguinte)\s+(?:a[lo]?|à|alla|allo)"
    # ... Arabic and Hebrew "after (the holiday of)": "بعد (إجازة) عيد الأضحى", "(ש)אחרי (חג) פסח"
    r"|بعد(?:\s+(?:إجازة|اجازة|عطلة))?|(?:ש|ו)?אחרי(?:\s+חג)?|לאחר(?:\s+חג)?"
    # "you won't hear until the new year", "in the New Year"
    r"|(?:until|till|til|in|into)(?=\s+the\s+new\s+year\b))\s+(?:(?:the|den|der|dem|les|le|la|las|los|el"
    r"|il|lo|o|a|os|as|de|het|τα|την|τη|το|τον|τις|τους|του|της)\s+"
    r"|l')?(?:(?P<hafter_n>" + HOLIDAY_NAMES + r")(?:\s+(?:(?:public\s+)?holidays?|break"
    r"|(?:long\s+)?weekend|period|day))?|(?P<hafter_g>holidays|holiday\s+(?:season|period)|festive\s+(?:period"
    r"|season|break)|winter\s+break|christmas\s+break|(?:weihnachts)?feiertagen?|festtagen?"
    r"|f(?:ê|e)tes(?:\s+de\s+fin\s+d'ann(?:é|e)e)?|vacances\s+de\s+no(?:ë|e)l|fiestas(?:\s+navide(?:ñ|n)as)?"
    r"|feste|festas|feestdagen|(?:ś|s)wi(?:ę|e)tach|sv(?:á|a)tc(?:í|i)ch|helgerna|helligdagene)"
    r"|(?P<hafter_s>" + holiday_words.summer_pattern() + r")"
    r"|holiday(?:\s+(?:break|weekend))?|long\s+weekend"
    # the country's next public holiday and its bridge ("dopo il ponte del 2 giugno", "depois do
    # feriado", "nach dem Brückentag", "después del puente")
    r"|(?:ponte|puente|pont|br(?:ü|u)ckentag|feriado|jour\s+f(?:é|e)ri(?:é|e)|festivo)"
    r"(?:(?:\s+(?:del|de|du|do|vom)\s+|\s+dell'\s*)\d{1,2}(?:er|\.)?\s+[^\W\d_]+"
    # round 12: the bridge's holiday named ("después del puente de San José", "dopo il ponte
    # dell'Immacolata"): that holiday, not the next one
    r"|" + _BRIDGE_OF + r"(?P<hafter_b>" + _BRIDGE + r"))?"
    r"|(?:(?:august|may|spring|summer|early\s+may|late\s+may|june|october)\s+)?bank\s+holiday"
    r"(?:\s+weekend)?)"
    # "à la rentrée" (when France is back from the summer), "a la vuelta del verano"
    r"|(?P<hafter_r>(?:(?:à|a|d(?:è|e)s)\s+la\s+rentr(?:é|e)e|a\s+la\s+vuelta\s+del\s+verano)))\b)",
    # Hungarian, Finnish, Turkish: the name, then "after" ("húsvét után", "juhannuksen jälkeen")
    r"(?P<hpost>\b" + holiday_words.postposed_pattern() + r"\b)",
    r"(?P<named>\b(?P<named_w>by|before|until|ahead\s+of|prior\s+to|around|vor|bis|avant"
    r"|antes\s+d(?:el|[eoa])|före|innan|før|inden|przed|p(?:ř|r)ed|prima\s+d(?:i|el)|voor|vóór)\s+"
    r"(?:the\s+|la\s+|el\s+|il\s+|o\s+|het\s+|dem\s+|der\s+|den\s+|l')?"
    r"(?P<named_h>halloween|thanksgiving|labou?r\s+day|memorial\s+day|independence\s+day"
    r"|(?:fourth|4th)\s+of\s+july|july\s+4(?:th)?|new\s+year'?s(?:\s+eve)?"
    r"|veterans'?\s+day|juneteenth|columbus\s+day|indigenous\s+peoples'?\s+day"
    r"|(?:mlk|martin\s+luther\s+king(?:\s+jr\.?)?)\s+day|presidents'?\s+day"
    r"|easter(?:\s+(?:bank\s+holiday|weekend|break|holidays?))?|ostern|p(?:â|a)ques|pascua"
    r"|semana\s+santa|pfingsten|pentec(?:ô|o)te|pentecost(?:é|e)s|whitsun|toussaint|" + FEASTS
    # round 11: any holiday the tables name ("vor dem Tag der Deutschen Einheit", "vóór
    # Koningsdag", "before Canberra Day")
    # (Christmas keeps ``xmas``'s reading, tried after this one)
    # (grouped by first character: tried after every "by", "before", "until", the whole list
    # would cost ~5 µs a time)
    + r"|(?!christmas|xmas|weihnacht|no(?:ë|e)l|navidad)" + by_first_char(
        holiday_words.names_pattern()) + r")\b)",
    r"(?P<xmasweek>\bbetween\s+christmas\s+and\s+(?:the\s+)?new\s+year'?s?\b)",
    # "before the holiday / the long weekend": the country's next public holiday
    r"(?P<hbefore>\b(?:(?:before|ahead\s+of|prior\s+to)\s+the\s+(?:long\s+weekend|(?:bank\s+)?holiday"
    r"(?:\s+weekend)?)\b(?!s)"
    # round 11: "antes del puente (de mayo / de la Constitución)", "prima del ponte", "avant le
    # pont", "antes do feriado": the bridge of the country's next public holiday
    r"|(?:antes\s+del|prima\s+del|avant\s+le|antes\s+do)\s+(?:puente|ponte|pont|feriado)"
    r"(?:" + _BRIDGE_OF + r"(?P<hbefore_b>" + _BRIDGE + r"))?\b))",
    r"(?P<monthfirst>\b(?:the\s+)?(?:first|1st|start|beginning)\s+of\s+(?:the\s+|next\s+)?month\b)",
    r"(?P<xmas>\b(?:(?:before|by|ahead\s+of|prior\s+to)\s+(?:the\s+)?(?:christmas|xmas|holidays"
    r"|holiday\s+(?:break|season)|winter\s+break)|(?:vor|bis)\s+(?:den\s+)?(?:weihnachten"
    r"|(?:weihnachts)?feiertagen|festtagen)|(?:avant|d'ici)\s+(?:les\s+)?(?:no(?:ë|e)l|f(?:ê|e)tes"
    r"|vacances\s+de\s+no(?:ë|e)l)|antes\s+de\s+(?:las\s+)?(?:navidad(?:es)?|fiestas))\b)",
    r"(?P<newyear>\b(?:(?:early\s+)?in\s+the\s+new\s+year"
    r"|(?:at\s+the\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?(?:new|next)\s+year"
    # round 12: the first working day of the new year, after a closure over the year's end
    r"|(?P<newyear_w>(?:the\s+)?first\s+(?:working|business)\s+day\s+(?:of|in)\s+(?:the\s+new\s+year"
    r"|january)|(?:am\s+)?ersten\s+arbeitstag\s+(?:im\s+neuen\s+jahr|des\s+neuen\s+jahres"
    r"|im\s+januar)|(?:le\s+)?premier\s+jour\s+ouvr(?:é|e|able)\s+de\s+(?:la\s+nouvelle\s+ann(?:é|e)e"
    r"|l'ann(?:é|e)e|janvier)|(?:el\s+)?primer\s+d(?:í|i)a\s+h(?:á|a)bil\s+(?:del\s+(?:nuevo\s+)?a(?:ñ|n)o"
    r"|de\s+enero)|(?:o\s+)?primeiro\s+dia\s+(?:ú|u)til\s+(?:do\s+(?:novo\s+)?ano|de\s+janeiro)"
    r"|(?:de\s+)?eerste\s+werkdag\s+(?:van\s+het\s+nieuwe\s+jaar|in\s+januari)"
    r"|(?:il\s+)?primo\s+giorno\s+lavorativo\s+(?:del(?:l')?\s*(?:nuovo\s+)?anno|di\s+gennaio)))\b)",
    rf"(?P<num>{LEAD_DAY}(?<![\d/.:-])(?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})(?:/(?P<num_y>\d{{4}}|\d{{2}}))?"
    r"(?![\d/]))",
    rf"(?P<nth>\b(?:the|by|on|before|until)\s+(?:the\s+)?(?P<nth_d>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?!\s+of\b){NOT_COUNTED})",
    # "até dia 20", "entro il 20", "tot de 20e", "do 20." (the day of this month or the next)
    # ... and the day itself (round 12: "o resultado sai no dia 15", "el día 15", "il giorno 15")
    r"(?P<nthx>\b(?:at(?:é|e)\s+(?:ao?\s+|o\s+)?dia|entro\s+il|tot\s+de|v(?:ó|o)(?:ó|o)r\s+de"
    r"|no\s+(?:pr(?:ó|o)ximo\s+)?dia|(?:en\s+)?el\s+(?:pr(?:ó|o)ximo\s+)?d(?:í|i)a"
    r"|il\s+(?:prossimo\s+)?giorno)\s+"
    r"(?P<nthx_d>\d{1,2})(?:e|de|°|º)?\b(?!\s*(?:[./:-]\s*\d|%|" + MONTH + r"|de\s+" + MONTH
    + r"|d(?:í|i)as|dagen|giorni|settiman|weken|semanas|ore|uur|horas)))",
    # a German calendar week: "in der KW 13", "Kalenderwoche 13"
    # ... and in the other languages: "i uge 49", "vecka 12", "week 49", "la semaine 12", "la
    # semana 12", "settimana 12", "týden 49", "w tygodniu 49", "49. týden" (not "week 2 of")
    # (round 18: the Swedish abbreviation with its full stop, "v. 20", "v.20")
    r"(?P<kw>\b(?:(?:kw|kalenderwoche|uge|uke|veke|viikolla|viikon|viikko|vecka|veckan|v\.(?=\s*\d)"
    r"|(?:calendar\s+)?week|semaine|semana"
    r"|settimana|t(?:ý|y)dnu|t(?:ý|y)den|tygodniu|tydzie(?:ń|n))\s*(?:nr\.?\s*|n(?:o|°|º)\.?\s*)?"
    r"(?P<kw_n>\d{1,2})(?!\s*(?:of|de|di|van|af|av|[:%/-]|\.\d))"
    r"|(?P<kw_m>\d{1,2})\.\s*(?:kw|kalenderwoche|t(?:ý|y)dnu|t(?:ý|y)den|tygodniu))\b)",
    # month windows
    rf"(?P<dewoche>\b(?:in\s+der\s+)?(?P<dewoche_n>erste[nr]?|zweite[nr]?)\s+(?P<dewoche_m>{MONTH})s?"
    rf"(?P<dewoche_u>woche|h(?:ä|a|ae)lfte)\b)",
    rf"(?P<mpart>\b(?P<mpart_p>{MONTH_PART})[\s-]*(?:of\s+|de\s+|del\s+)?(?:(?:el\s+)?mes\s+de\s+)?(?P<mpart_m>{MONTH})\b\.?"
    rf"(?!\s*\d))",
    rf"(?P<mbare>\b(?:(?:in|by|before|until|during|throughout|sometime\s+in|courant|en|im|bis|avant"
    # "a settembre", "entro marzo", "em abril", "até maio", "tegen april", "innan maj" (not the
    # Nordic "i april": every English "I" would try it)
    rf"|a|entro|em|at(?:é|e)|tegen|voor|innan|inden|innen"
    rf"|antes\s+de|durante|im\s+laufe\s+des|a\s+lo\s+largo\s+del?)\s+|dans\s+le\s+courant\s+d'\s*)"
    rf"(?:the\s+month\s+of\s+|(?:el\s+)?mes\s+de\s+|monats\s+)?"
    rf"(?P<mbare_m>{MONTH_FULL})\b(?!\.?\s*\d))",
    rf"(?P<mpartx>\b(?P<mpartx_p>{MONTH_PART_MORE})[\s-]*(?:de\s+|di\s+)?(?P<mpartx_m>{MONTH})\b\.?"
    rf"(?!\s*\d))",
    rf"(?P<mpartpost>\b(?P<mpartpost_m>{MONTH_HU_TR})(?:'?(?:ın|in|un|ün|ı|i|u|ü))?\s+"
    rf"(?P<mpartpost_p>{MONTH_PART_AFTER})\b)",
    rf"(?P<nmonth>\b(?:(?P<nmonth_p>{MONTH_PART})[\s-]*)?(?:the\s+)?(?P<nmonth_w>next|this|the\s+following"
    rf"|the)\s+month\b)",
    rf"(?P<fmonth>\b(?:(?P<fmonth_p>{MONTH_PART}|courant|dans\s+le\s+courant|im\s+laufe|a\s+lo\s+largo)"
    r"[\s-]*(?:(?:des|du|de|del|le|el)\s+)?)?(?P<fmonth_w>(?:n(?:ä|a)chsten|kommenden)\s+monats"
    r"|(?:im\s+)?(?:n(?:ä|a)chsten|kommenden)\s+monat|mois\s+prochain|pr(?:ó|o)ximo\s+mes|mes\s+pr(?:ó|o)ximo"
    r"|mes\s+que\s+viene|(?P<fmonth_this>monats|mois|mes|dieses\s+monats|ce\s+mois(?:-ci)?|este\s+mes))\b)",
    # next month and its parts in the other languages: "eind volgende maand", "i slutet av nästa
    # månad", "w przyszłym miesiącu", "začátkem příštího měsíce", "a metà del mese prossimo",
    # "no início do próximo mês"
    r"(?P<fmonthx>\b(?:(?P<fmonthx_p>begin|half|eind|medio|(?:b(?:ö|o)rjan|slutet|mitten)\s+av"
    r"|(?:starten|slutningen|midten|udgangen)\s+af|(?:begynnelsen|slutten|midten"
    r"|utgangen)\s+av|(?:na\s+)?pocz(?:ą|a)tku|(?:pod\s+)?ko(?:niec|(?:ń|n)c(?:u|a))|w\s+po(?:ł|l)owie"
    r"|za(?:č|c)(?:á|a)tkem|koncem|v\s+polovin(?:ě|e)|(?:all'\s*|a\s+|ad\s+)?inizio"
    r"|(?:a\s+|entro\s+)?met(?:à|a)|(?:entro\s+)?(?:la\s+)?fine|(?:no\s+)?in(?:í|i)cio|(?:em\s+)?meados"
    r"|(?:no\s+)?final|(?:ao\s+|at(?:é|e)\s+o\s+)?fim)\s+(?:(?:del|della|do|de|da)\s+)?)?"
    r"(?P<fmonthx_w>volgende\s+maand|n(?:ä|a)sta\s+m(?:å|a)nad|n(?:æ|ae)ste\s+m(?:å|a)ned"
    r"|neste\s+m(?:å|a)ned|(?:w\s+)?przysz(?:ł|l)(?:ym|ego)\s+miesi(?:ą|a)c(?:u|a)"
    r"|p(?:ř|r)(?:í|i)(?:š|s)t(?:í|i)(?:ho|m)?\s+m(?:ě|e)s(?:í|i)c(?:i|e)?"
    r"|(?:il\s+)?(?:prossimo\s+mese|mese\s+prossimo)|(?:o\s+)?pr(?:ó|o)ximo\s+m(?:ê|e)s"
    r"|m(?:ê|e)s\s+que\s+vem)\b)",
    r"(?P<monthend>\b(?:month[\s-]end|month'?s\s+end|eom|end\s+of\s+month|ende\s+(?:(?:des|dieses)\s+monats|monat\b)"
    r"|fin\s+(?:du|de)\s+mois|(?:a\s+)?fin(?:al|ales)?\s+de(?:l)?\s+mes|monatsende"
    r"|antes\s+de\s+que\s+(?:se\s+)?(?:acabe|termine|finalice|concluya)\s+(?:el|este)\s+mes"
    # "até o fim do mês", "entro fine mese", "eind deze maand", "do końca miesiąca", "do konce
    # měsíce", "i slutet av månaden", "inden udgangen af måneden", "innen utgangen av måneden"
    r"|(?:o\s+)?(?:fim|final)\s+(?:do|deste)\s+m(?:ê|e)s|(?:la\s+)?fine\s+(?:del\s+)?mese"
    r"|eind\s+(?:deze|van\s+de)\s+maand|ko(?:ń|n)ca\s+miesi(?:ą|a)ca"
    r"|konce\s+m(?:ě|e)s(?:í|i)ce|slutet\s+av\s+m(?:å|a)naden"
    r"|udgangen\s+af\s+m(?:å|a)neden|utgangen\s+av\s+m(?:å|a)neden)\b)",
    r"(?P<quarter>\b(?:(?:by|before|until)\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:(?:the\s+)?(?:q(?P<quarter_n>[1-4])"
    r"|(?:this|the)\s+quarter))\b)",
    r"(?P<yearend>\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[\s-]end|eoy)\b)",
    # week windows
    r"(?P<wafter>\b(?:(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?week\s+after\s+next"
    # round 12: "(bis) Ende der übernächsten Woche", "overvolgende week"
    r"|(?:ende\s+(?:der\s+)?)?(?:ü|u)bern(?:ä|a)chste[nr]?\s+woche"
    r"|(?:(?:het\s+)?eind\s+van\s+de\s+)?overvolgende\s+week)\b)",
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
    # "jövő hét végéig", "önümüzdeki haftanın sonuna kadar", "do kraja sljedećeg tjedna",
    # "a finals de la setmana que ve"
    r"|jöv(?:ő|o)\s+h(?:é|e)t\s+v(?:é|e)g(?:é|e)(?:ig|n)|(?:ön(?:ü|u)m(?:ü|u)zdeki|gelecek)\s+haftan(?:ı|i)n\s+sonu"
    r"|kraja\s+(?:sljede(?:ć|c)eg|idu(?:ć|c)eg)\s+tjedna|finals\s+de\s+la\s+setmana\s+(?:que\s+ve|vinent)"
    # round 14 ("tl14i"): Romanian "până la sfârșitul săptămânii viitoare"
    r"|sf(?:â|a)r(?:ș|ş|s)itul\s+s(?:ă|a)pt(?:ă|a)m(?:â|a)nii\s+viitoare)\b)",
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
    r"(?P<tweek>\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+w(?:ee)?k|end\s+of\s+w(?:ee)?k"
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
    r"(?P<backref>\b(?:(?:by|until|till)\s+then\b|bis\s+dahin\b"
    r"|(?:when|once|after|as\s+soon\s+as|the\s+week)\s+(?:we|i|they|she|he|the\s+(?:office|team"
    r"|hiring\s+manager))\s*(?:reopen|return|(?:are|is|'re|'m|'s|am|get|come)\s+back)"
    r"|while\s+(?:i'm|i\s+am|we're|we\s+are|she's|he's|they're)\s+(?:out|away|off)"
    # "à mon retour", "dans la semaine de notre retour", "in der Woche, in der sie zurück ist",
    # "sobald ich zurück bin", "a mi vuelta", "cuando vuelva"
    r"|(?:dans\s+la\s+semaine\s+de\s+|(?:à|a|d(?:è|e)s)\s+)(?:(?:mon|notre|son|leur)\s+retour"
    r"|la\s+reprise)"
    r"|(?:in\s+der\s+woche,?\s+in\s+der|wenn|sobald|nachdem)\s+(?:sie|er|ich|wir)\s+(?:wieder\s+)?"
    r"zur(?:ü|u)ck\s+(?:ist|bin|sind)|nach\s+(?:meiner|ihrer|seiner|unserer)\s+r(?:ü|u)ckkehr"
    r"|a\s+(?:mi|su|nuestra)\s+vuelta|a\s+(?:mi|su|nuestro)\s+regreso"
    r"|cuando\s+(?:vuelva|volvamos|regrese|regresemos))\b"
    # "OOO until the 17th; expect an update shortly after": soon after the day just named
    r"|(?:shortly|soon|right|straight)\s+after(?:wards?|\s+that|\s+this)?(?=\s*(?:[.,;:!?)]|$))"
    # "nous vous ferons un retour dans la foulée", "a seguire", "direkt im Anschluss"
    r"|dans\s+la\s+foul(?:é|e)e|direkt\s+im\s+anschluss|unmittelbar\s+danach)",
    # "the next day", "al día siguiente", "le lendemain", "am nächsten Tag": the day after the
    # day named before it (or the reference)
    r"(?P<nextday>\b(?:the\s+(?:next|following)\s+day(?!\s+or\s+(?:two|2|so)\b)"
    # round 14: "we'll confirm by email the next working day" (``relative``: a business day)
    r"|the\s+(?:next|following)\s+(?:working|business)\s+day\b"
    # round 16: "the day after it" (the holiday or the event named before)
    r"|the\s+(?:day|morning|afternoon)\s+after(?:\s+it)?(?=\s*(?:[.,;:!?)]|$))"
    r"|(?:al|el)\s+d(?:í|i)a\s+siguiente"
    # "the day after the board meets", "the day after the meeting": the day named before
    r"|the\s+day\s+after\s+(?:the|our|their|its|your|that|this)\s+(?:[^\W\d_][\w-]*\s+){0,2}?(?:meets|meeting"
    r"|panel|board|committee|council|session|vote|votes|decision|decides|selection|ranking|review"
    r"|interview|presentation|assessment)\b"
    r"|l'endem(?:à|a)|el\s+dia\s+seg(?:ü|u)ent|sljede(?:ć|c)eg\s+dana|másnap|ertesi\s+g(?:ü|u)n"
    r"|le\s+lendemain|am\s+(?:n(?:ä|a)chsten|folgenden)\s+tag|am\s+tag\s+(?:danach|darauf)"
    r"|de\s+dag\s+(?:erna|daarna|daarop)|il\s+giorno\s+(?:dopo|successivo)"
    r"|no\s+dia\s+seguinte|de\s+volgende\s+dag|dagen\s+(?:efter|etter)"
    r"|n(?:a|o)st(?:ę|e)pnego\s+dnia|n(?:á|a)sleduj(?:í|i)c(?:í|i)\s+den)\b)",
    # "approved on 9 September; the recruiter will call that afternoon", "ce jour-là", "samana
    # päivänä": the day named before (``context``; else the reference's)
    r"(?P<thatday>\b(?:(?:later\s+)?that\s+(?:same\s+)?(?:day|afternoon|evening|morning)"
    r"|ce\s+jour-l(?:à|a)|le\s+jour\s+m(?:ê|e)me|ese\s+mismo\s+d(?:í|i)a|an\s+diesem\s+tag"
    r"|am\s+selben\s+tag|quello\s+stesso\s+giorno|nesse\s+mesmo\s+dia|diezelfde\s+dag|samma\s+dag"
    r"|samme\s+dag(?:en)?|tego\s+samego\s+dnia|t(?:é|e)ho(?:ž|z)\s+dne|samana\s+p(?:ä|a)iv(?:ä|a)n(?:ä|a))\b)",
    r"(?P<thatweek>\b(?:(?:that|the\s+same)\s+week\b(?!\s+(?:of|after|before)\b)"
    # "reopen on 4 January; we'll be in touch in the first week back"
    r"|the\s+first\s+week\s+back\b))",
    # round 14: "assessment days are on 21 and 22 June; we'll write by the end of that month"
    r"(?P<thatmonth>\b(?:the\s+)?end\s+of\s+(?:that|the\s+same)\s+month\b)",
    r"(?P<weekend>\b(?:over|during|on|by|this|at)\s+(?:the\s+|this\s+)?weekend\b)",
    r"(?P<aweekend>\b(?:after|following)\s+the\s+weekend\b)",
    r"(?P<coming>\b(?:(?:in|over|within)\s+the\s+(?:next|coming|following)\s+(?:days|weeks)"
    r"|in\s+den\s+(?:n(?:ä|a)chsten|kommenden)\s+(?:tagen|wochen)|dans\s+les\s+(?:prochains\s+jours"
    r"|prochaines\s+semaines|jours\s+(?:qui\s+viennent|(?:à|a)\s+venir))"
    r"|en\s+los\s+pr(?:ó|o)ximos\s+d(?:í|i)as|en\s+las\s+pr(?:ó|o)ximas\s+semanas"
    # "nos próximos dias", "nei prossimi giorni", "de komende dagen", "w najbliższych dniach",
    # "v nejbližších dnech", "de närmaste dagarna", "i de kommende dage", "de nærmeste dagene"
    r"|nos\s+pr(?:ó|o)ximos\s+dias|nas\s+pr(?:ó|o)ximas\s+semanas|nei\s+prossimi\s+giorni"
    r"|nelle\s+prossime\s+settimane|(?:in\s+)?de\s+komende\s+(?:dagen|weken)"
    r"|w\s+najbli(?:ż|z)szych\s+dniach|v\s+nejbli(?:ž|z)(?:š|s)(?:í|i)ch\s+dnech"
    r"|de\s+(?:n(?:ä|a)rmaste|n(?:æ|ae)rmeste|kommende)\s+(?:dagarna|dagene|dage|dagar)"
    # round 12: "önümüzdeki günlerde", "a következő napokban", "τις επόμενες ημέρες",
    # "lähipäevil", "v prihodnjih dneh", "u narednim danima", "în zilele următoare"
    r"|(?:ö|o)n(?:ü|u)m(?:ü|u)zdeki\s+g(?:ü|u)nlerde|a\s+k(?:ö|o)vetkez(?:ő|o)\s+napokban"
    r"|(?:τις\s+)?επ(?:ό|ο)μενες\s+(?:ημ(?:έ|ε)ρες|μ(?:έ|ε)ρες)|l(?:ä|a)hip(?:ä|a)evil"
    r"|v\s+prihodnjih\s+dneh|u\s+(?:narednim|sljede(?:ć|c)im|idu(?:ć|c)im)\s+danima"
    r"|(?:î|i)n\s+zilele\s+urm(?:ă|a)toare)\b)",
    # relative durations
    rf"(?P<dur>(?<![\w$£€.,/:-])(?P<dur_n1>{NUM})(?:\s*\(\d{{1,3}}\))?"
    rf"(?:\s*(?:-|–|(?<![a-z])(?:to|or|y|e|o|ou|à|a|tot|of|bis|oder|und|eller|till?|albo|lub|a(?:ž|z)|nebo)|/)\s*(?P<dur_n2>{NUM})(?:\s*\(\d{{1,3}}\))?)?"
    # round 18: "in two more weeks", "three further working days": the wait still to come
    r"(?:\s+(?:more|further|additional|extra)(?=\s))?"
    rf"\s*-?\s*(?<![a-z])(?P<dur_u>{UNIT})(?![\w/-])(?P<dur_half>\s+and\s+a\s+half)?"
    rf"(?P<dur_or>\s+or\s+(?:two|2|three|3|so))?"
    rf"(?P<dur_bd>\s*\(?(?:excluding|not\s+counting|excl\.?|minus)\s+(?:the\s+)?weekends?\)?)?"
    # "within two weeks of today", "a week after today's interview": counted from today
    rf"(?P<dur_from>\s+(?:from|after|of)\s+(?:today(?:'s)?|now|tomorrow"
    rf"|(?:this\s+|next\s+)?{WEEKDAY}\b)"
    # round 18: the British "a week today", "two weeks tomorrow", "a fortnight on Friday" (weeks
    # only: "two days today" is no such idiom)
    rf"|(?:(?<=week)|(?<=weeks)|(?<=fortnight))\s+(?:today|tomorrow)\b(?!')"
    rf"|(?:(?<=week)|(?<=weeks)|(?<=fortnight))\s+on\s+(?:this\s+|next\s+)?{WEEKDAY}\b)?)",
    # "w ciągu dwóch tygodni", "do dvou týdnů", "inom två veckor", "to eller tre dager"
    rf"(?P<durx>(?<![\w$£€.,/:-])(?P<durx_n1>{NUM_MORE})(?:\s*(?:-|–|(?<![a-z])(?:eller|till?|albo"
    rf"|lub|a(?:ž|z)|nebo|do)|/)\s*(?P<durx_n2>{NUM_MORE}|\d{{1,3}}))?\s*(?P<durx_u>{UNIT})"
    r"(?![\w/-]))",
    # ... and in Hungarian, Turkish, Croatian, Catalan: "két héten belül", "iki hafta içinde",
    # "tri radna dana", "cinc dies hàbils" (their own alternative, gated by their units' words:
    # their number words start like common English and Romance words)
    rf"(?P<durm>(?<![\w$£€.,/:-])(?P<durm_n1>{MORE_NUM})(?:\s*(?:-|–|vagy|veya|ili|o)\s*"
    rf"(?P<durm_n2>{MORE_NUM}|\d{{1,3}}))?\s+(?P<durm_u>{MORE_UNIT})(?![\w/-]))",
    # round 17 ("tl17i"): Vietnamese dates, then Indonesian, Vietnamese, Ukrainian, Hebrew and
    # Arabic durations (``far_words``)
    far_words.FAR_DATE, far_words.FAR_DURATION,
    r"(?P<fortnight>\b(?:within\s+|in\s+)?(?:the\s+)?fortnight\b)",
    # French "sous huitaine" (a week) and "sous quinzaine" (two weeks)
    r"(?P<huitaine>\b(?:sous|dans\s+la|d'ici|d’ici)\s+(?P<huitaine_n>huitaine|quinzaine)\b)",
    # named days
    r"(?P<sameday>\b(?:the\s+)?same[\s-]day(?P<sameday_next>\s+or\s+(?:the\s+)?next(?:\s+(?:day|one))?)?\b)",
    r"(?P<dayafter>\bthe\s+day\s+after\s+tomorrow\b)",
    r"(?P<tomorrow>\b(?:tomorrow|tmrw|tmr|morgen|demain|ma(?:ñ|n)ana|amanh(?:ã|a)|domani|jutro"
    r"|z(?:í|i)tra|imorgon)\b)",
    r"(?P<today>\b(?:later\s+today|today|tonight|this\s+(?:afternoon|evening)|hoy|aujourd'hui|heute"
    r"|oggi|hoje|vandaag|idag|dzisiaj|dnes"
    # round 16 ("tl16i"): this afternoon or evening in the other languages ("je hoort vanavond
    # nog van ons", "os diremos esta misma tarde", "ce soir", "i kväll", "tänään", "bugün")
    r"|vanavond|vanmiddag|stasera|stamattina|esta\s+(?:misma\s+)?(?:tarde|noche)|ce\s+soir"
    r"|cet\s+apr(?:è|e)s-midi|i\s*kv(?:ä|a)ll|i\s+aften|i\s+kveld|i\s+eftermiddag|t(?:ä|a)n(?:ää|aa)n"
    r"|t(?:ä|a)n(?:ä|a)\s+iltana|dzi(?:ś|s)|bug(?:ü|u)n|σ(?:ή|η)μερα|t(?:ä|a)na)\b)",
    rf"(?P<wday>\b(?:(?P<wday_mod>this\s+coming|this|next|coming|the\s+following|pr(?:ó|o)ximo|este"
    rf"|ce|kommenden|diesen)\s+|(?P<wday_pre>(?:n(?:ä|a)chste[nr]?|kommende[nr]?)\s+woche,?\s+(?:am\s+)?))?"
    rf"(?P<wday_a>{WEEKDAY})\b\.?(?:\s*(?:or|/|-|to|and|,)\s*(?:(?:next|this)\s+)?"
    rf"(?P<wday_b>{WEEKDAY})\b)?(?P<wday_nw>,?\s+(?:of\s+)?(?:next|the\s+following)\s+week\b"
    # "Mittwoch nächster Woche", "mercredi de la semaine prochaine", "el martes de la semana que
    # viene"
    r"|,?\s+(?:der\s+)?(?:n(?:ä|a)chste[nr]?|kommende[nr]?)\s+woche\b|,?\s+de\s+la\s+semaine\s+prochaine\b"
    r"|,?\s+de\s+la\s+(?:pr(?:ó|o)xima\s+semana|semana\s+que\s+viene)\b"
    rf"|\s+week\b(?!\s*(?:of|\d)))?"
    rf"(?P<wday_after>\s+after(?:\s+(?:that|next))?(?=\s*(?:[.,;:!?)]|$|\s+(?:and|or|so|then|at|if"
    rf"|with|to)\b))"
    # round 13: German "am Montag darauf / danach" (after the day named before)
    rf"|\s+(?:darauf|danach)\b)?"
    rf"(?!'s))",
    rf"(?P<wdayx>\b(?P<wdayx_a>{WEEKDAY_MORE})\b)",
    r"(?P<eod>\b(?:eod|cob|eob|end\s+of\s+(?:the\s+)?(?:business\s+)?day|close\s+of\s+business"
    r"|end\s+of\s+business|close\s+of\s+play)\b)",
    r"(?P<clock>\b(?:by|before|until)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w))",
]
# Every alternative starts at the start of a word; saying so once up front lets the engine skip
# the ~80% of positions that are inside a word without trying 35 alternatives at each (5x faster).
LEAD = r"(?<![a-z0-9])"  # every alternative starts a word (or a number)
ALTERNATIVES = tuple(_ALTERNATIVES)


@functools.cache
def time_re() -> re.Pattern[str]:
    """Every alternative as one pattern: the reference ``scan`` answers as (the tests compare
    them). Compiled on first use: about 60 ms at import that reading a timeline never needs."""
    return re.compile(LEAD + "(?:" + "|".join(_ALTERNATIVES) + ")")


_KINDS = frozenset(k for k in re.findall(r"\(\?P<([a-z0-9]+)>", "|".join(_ALTERNATIVES)))

# The kinds of a duration counted from the reference ("two weeks", "dwóch tygodni").
DURATION_KINDS = frozenset({"dur", "durx", "durm", "durf"})


def kind_of(match: re.Match[str]) -> str:
    """The name of the alternative that matched (``"dur"``, ``"wday"``, ...)."""
    # Each alternative is one outer named group, which closes after the groups inside it.
    name = match.lastgroup or ""
    return name if name in _KINDS else ""
