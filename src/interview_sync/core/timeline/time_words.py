"""The word pieces the time grammar is built from: number words and units, weekdays, months,
month parts and other calendars' feasts, in every language ``grammar`` reads.

Owns the regular-expression fragments (strings, not compiled patterns) that ``grammar``'s
alternatives put together: ``NUM``/``UNIT`` and their Nordic, Polish/Czech and Hungarian/Turkish/
Croatian/Catalan variants (each read as a number only before its own units), the weekday and
month lists (branches grouped by first character, ``factor``), ``MONTH_RE`` (the plain month list
``sentences`` splits on), ``MONTH_PART``, ``NOT_COUNTED`` and ``FEASTS``. Split out of
``grammar`` for length: what each alternative matches is there, the words it is made of here.
"""

from __future__ import annotations

from interview_sync.core.timeline.factor import by_first_char
from interview_sync.core.timeline.far_words import FAR_MONTH_WORDS, FAR_WEEKDAY_WORDS

__all__ = ["FEASTS", "LEAD_DAY", "MONTH", "MONTH_AFTER_DAY", "MONTH_FIRST", "MONTH_FOREIGN",
           "MONTH_FULL", "MONTH_HU_TR", "MONTH_PART", "MONTH_PART_AFTER",
           "MONTH_PART_MORE", "MONTH_RE", "MORE_NUM", "MORE_UNIT",
           "NORDIC_NUM", "NORDIC_UNIT", "NOT_COUNTED", "NUM", "NUM_MORE", "ORD", "UNIT", "WEEKDAY",
           "WEEKDAY_LEAD", "WEEKDAY_MORE"]


# Swedish, Danish and Norwegian number words, many of them English or Romance words too ("to",
# "en", "fire", "sex"): read as numbers only before a Nordic unit ("to eller tre dager").
NORDIC_UNIT = (r"(?:arbe(?:ts|jds|ids)dag|hverdag|virkedag|dag|veck|uge|uke|m(?:å|a)na"
                r"|m(?:å|a)ne|timm|timer)")
NORDIC_NUM = (r"(?:ett\s+par|et\s+par|noen\s+få|en|ett|et|ei|to|tv(?:å|a)|tre|fire|fyra|fem"
               r"|sex|seks|sju|syv|(?:å|a)tt[ae]|otte|tio|ti|fjort[oe]n|n(?:å|a)gra|nogle|noen|få)"
               r"(?=\s*(?:(?:-|–|till?|eller)\s*\S+\s+)?" + NORDIC_UNIT + r")")
# Hungarian ("két héten belül", "tíz munkanapon"), Turkish ("iki hafta içinde", "10 iş günü"),
# Croatian ("tri radna dana", "osam dana"), Catalan ("cinc dies hàbils", "dues setmanes"): their
# units, and their number words, which are read as numbers only before one of these units
# ("on", "set", "hat", "nou" are English or Romance words too).
MORE_UNIT = (r"(?:munkanap(?:on|ot|ja|ig)?|nap(?:on|ot|ja|ig)?|h(?:é|e)t(?:en|et|ig)?"
              r"|h(?:ó|o)nap(?:on|ot|ig)?"
              r"|i(?:ş|s)\s+g(?:ü|u)n(?:(?:ü|u)|de|l(?:ü|u)k)?|g(?:ü|u)n(?:(?:ü|u)|de|l(?:ü|u)k)?"
              r"|hafta(?:da|l(?:ı|i)k|ya)?"
              r"|radn(?:a|ih|i|og)\s+dan(?:a)?|dan(?:a)?|tjed(?:an|na|ana)|mjesec(?:a|i)?"
              r"|dies(?:\s+h(?:à|a)bils|\s+laborables|\s+naturals|\s+feiners)?|setman(?:a|es)"
              r"|mesos"
              # round 12: Slovenian, Czech, Slovak and Lithuanian days, for their words for ten
              r"|delovnih\s+dn(?:eh|i)|dneh|pracovn(?:í|i|ý|y)ch\s+dn(?:ů|u|í|i)|dn(?:ů|í)"
              r"|darbo\s+dien(?:as|(?:ų|u))|dien(?:as|(?:ų|u)))")
MORE_NUM = (r"(?:egy|k(?:é|e)t|kett(?:ő|o)|h(?:á|a)rom|n(?:é|e)gy|(?:ö|o)t|hat|h(?:é|e)t|nyolc"
             r"|kilenc"
             r"|t(?:í|i)z|tizen(?:ö|o)t|h(?:ú|u)sz|harminc|n(?:é|e)h(?:á|a)ny|bir|iki|(?:ü|u)(?:ç|c)"
             r"|d(?:ö|o)rt|be(?:ş|s)|alt(?:ı|i)|yedi|sekiz|dokuz|on\s+be(?:ş|s)|on|yirmi|otuz|birka(?:ç|c)"
             r"|jedan|jednog|jednu|dvaju|dva|tri|(?:č|c)etiri|petnaest|pet|(?:š|s)est|sedam|osam|devet"
             r"|deset|dvanaest|(?:č|c)etrnaest"
             r"|dvadeset|trideset|nekoliko|dues|dos|tres|quatre|cinc|sis|set|vuit|nou|deu"
             r"|quinze|vint|trenta|uns|unes|una|un"
             # round 12: ten in Slovenian, Czech, Slovak, Lithuanian ("v desetih delovnih dneh",
             # "do deseti pracovních dnů"): here, read only before their days, not in
             # ``NUM_MORE``, tried at every "de" of a French or Spanish text
             r"|desetih|deseti|desiatich|de(?:š|s)imt)")
NUM = (r"(?:\d{1,3}(?:\.\d)?|another\s+couple(?:\s+of)?|another\s+few|a\s+couple(?:\s+of)?"
        r"|couple(?:\s+of)?|a\s+few|few|several|quelques|ein\s+paar|einige[nr]?|un\s+par\s+de"
        r"|par\s+de|unos\s+pocos|unas\s+pocas|unos|unas|algunos|algunas"
        r"|a\s+handful\s+of|a\s+single|another|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
        r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
        r"|(?:une\s+)?(?:dizaine|quinzaine|vingtaine)\s+de"
        r"|ein(?:e[rmn]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|vierzehn|zwanzig"
        r"|une?|deux|trois|quatre|cinq|six|huit|neuf|dix|douze|quinze|vingt|trente"
        r"|seis|siete|ocho|nueve|doce|catorce|veinte|treinta"
        r"|uno|una|dos|tres|cuatro|cinco|diez|quince"
        r"|uma|um|dois|duas|tr(?:ê|e)s|sete|dez|alguns|algumas|due|tre|quattro|cinque|sette|dieci"
        r"|quindici|alcuni|alcune|qualche|(?:un\s+)?paio\s+di|één|een|twee|drie|vijf|zes|zeven|tien|veertien|enkele"
        # each language's numbers to thirty ("entro trenta giorni", "em quatro semanas",
        # "binnen acht weken", "sous sept jours")
        r"|sept|onze|quatorze|drei(?:ß|ss)ig|elf|sei|otto|undici|dodici|quattordici|venti"
        r"|trenta|quatro|oito|doze|catorze|vinte|trinta|negen|twaalf|twintig|dertig"
        r"|an|a)")
# Polish, Czech and Nordic number words: their own alternative (``durx``), so that the English
# words they share starts with ("to", "de", "se", "ti") do not try them inside ``dur``.
NUM_MORE = (r"(?:"
             # round 10: Slovak ("do piatich pracovných dní"), Slovenian ("v petih delovnih
             # dneh"), Lithuanian ("per tris darbo dienas"), Estonian ("kahe nädala jooksul"),
             # Greek ("εντός πέντε εργάσιμων ημερών")
             # (not their words for ten, "desať", "desetih", "dešimt", nor an unaccented
             # "stirih": "de" and "st" start too many words of other languages to try them all)
             r"jedn(?:é|e)ho|dvoch|troch|štyroch|pia(?:tich|ti)|p(?:ä)(?:ť|t)"
             # round 19 ("tl19i"): Slovak "šiestich", "siedmich", "ôsmich"
             r"|šiestich|siedmich|ôsmich"
             r"|dveh|treh|štirih|petih|šestih|sedmih|osmih|petnajstih"
             r"|vien(?:ą|a)|dvi|tris|trij(?:ų|u)|keturias|penkias|penki(?:ų|u)"
             r"|(?:ü|u)he|kahe|kolme|nelja|viie|kuue|seitsme|kaheksa|k(?:ü|u)mne"
             r"|(?:έ|ε)ν(?:α|ός|ος)|μ(?:ί|ι)α(?:ς)?|δ(?:ύ|υ)ο|τρι(?:ώ|ω)ν|τρεις|τ(?:έ|ε)σσερ(?:ι|ε)ς|π(?:έ|ε)ντε"
             r"|(?:έ|ε)ξι|επτ(?:ά|α)|οκτ(?:ώ|ω)|δ(?:έ|ε)κα(?:π(?:έ|ε)ντε)?|λ(?:ί|ι)γ(?:ω|ε)ς|λ(?:ί|ι)γων|"
             r"jeden|jednego|jedna|dwa|dw(?:ó|o)ch|dwie|trzy|trzech|cztery|czterech"
             r"|pi(?:ę|e)(?:ć|c)|pi(?:ę|e)ciu|siedem|dziesi(?:ę|e)(?:ć|c)|dziesi(?:ę|e)ciu"
             r"|czterna(?:ś|s)cie|czternastu|kilka|kilku|paru|par(?:ę|e)|dva|dvou|dv(?:ě|e)"
             r"|t(?:ř|r)i|t(?:ř|r)(?:í|i)|(?:č|c)ty(?:ř|r)i|(?:č|c)ty(?:ř|r)|p(?:ě|e)ti?"
             rf"|(?:č|c)trn(?:á|a)cti?|n(?:ě|e)kolika?|p(?:á|a)r|{NORDIC_NUM}"
             # Romanian ("o zi lucrătoare", "două săptămâni") and Finnish genitives ("kahden
             # viikon kuluessa"), before their own units only
             r"|o\s(?=\s*(?:zi|s(?:ă|a)pt(?:ă|a)m(?:â|a)n(?:ă|a)|lun(?:ă|a)))|dou(?:ă|a)|trei|patru|cinci"
             r"|zece|yhden|kahden|kolmen|nelj(?:ä|a)n|viiden|kuuden|kymmenen"
             # round 13 ("tlz"): Finnish 7-9 and Polish genitives ("seitsemän työpäivän
             # kuluessa", "w ciągu siedmiu dni roboczych")
             r"|seitsem(?:ä|a)n|kahdeksan|yhdeks(?:ä|a)n|siedmiu|sze(?:ś|s)ciu|sze(?:ś|s)(?:ć|c)"
             r"|o(?:ś|s)miu|osiem|dziewi(?:ę|e)ciu|dziewi(?:ę|e)(?:ć|c)|pi(?:ę|e)tnastu"
             r"|dwudziestu|trzydziestu"
             # round 12: Romanian "următoarea zi lucrătoare" (the next working day: one)
             r"|urm(?:ă|a)toarea(?=\s+zi\b))")

UNIT = (r"(?:(?:business|working|work|biz|week|calendar)[\s-]?days?"
         r"|(?:business|working)[\s-]?hours?|bdays?|days?|d|hours?|hrs?|h"
         # round 17 ("tl17i"): working hours ("sous 48 heures ouvrées", "en 48 horas hábiles")
         r"|heures?(?:\s+ouvr(?:é|e)es|\s+ouvrables)?|horas?(?:\s+h(?:á|a)biles|\s+laborables"
         r"|\s+(?:ú|u)teis)?|stunden?|weeks?|wks?|wk|w|fortnights?|months?|mos?|mths?"
         r"|(?:werk|arbeits)tag(?:e|en)?|tag(?:e|en)?|woche(?:n)?|monat(?:e|en)?"
         r"|jours?(?:\s+ouvr(?:é|e)s|\s+ouvrables)?|semaines?|mois"
         r"|d(?:í|i)as?(?:\s+h(?:á|a)biles|\s+laborables|\s+(?:ú|u)teis)?|semanas?|mes(?:es)?"
         # Italian and Dutch
         r"|giorni(?:\s+lavorativi)?|giorno|settimane|settimana|mesi|mese|ore"
         r"|werkweken|werkweek|(?:werk)?dag(?:en)?|weken|maand(?:en)?"
         # Portuguese hours; Polish, Czech, Swedish, Danish, Norwegian
         r"|dni\s+robocz(?:ych|e)|dni|dzie(?:ń|n)|dnia|tygodni(?:e|a)?|tydzie(?:ń|n)|miesi(?:ą|a)c(?:a|e)?"
         r"|miesi(?:ę|e)cy|godzin(?:y|a)?|pracovn(?:í|i)ch\s+dn(?:ů|u|í|i)|pracovn(?:í|i)\s+dny|dn(?:ů|u|í|i)|dny"
         r"|t(?:ý|y)dn(?:ů|u|y|e)|t(?:ý|y)den|m(?:ě|e)s(?:í|i)c(?:e|ů|u)?|hodin"
         r"|arbetsdag(?:ar)?|arbejdsdage?|arbeidsdag(?:er)?|virkedag(?:er)?|hverdage?|dag(?:ar|e|er)?"
         r"|veck(?:a|or)|uger?|uker?|m(?:å|a)nad(?:er)?|m(?:å|a)ned(?:er)?|timmar|timer"
         # Romanian, Finnish
         r"|zi(?:le)?(?:\s+lucr(?:ă|a)toare|\s+calendaristice)?|s(?:ă|a)pt(?:ă|a)m(?:â|a)n(?:i|a|ă)"
         r"|arkip(?:ä|a)iv(?:ä|a)n|ty(?:ö|o)p(?:ä|a)iv(?:ä|a)n|p(?:ä|a)iv(?:ä|a)n|viikon|kuukauden"
         # round 10: Slovak, Slovenian, Lithuanian, Estonian, Greek
         r"|pracovn(?:ý|y)ch\s+dn(?:í|i)|t(?:ý|y)(?:ž|z)d(?:ň|n)(?:ov|a)|t(?:ý|y)(?:ž|z)de(?:ň|n)|mesiac(?:ov|a|e)?"
         r"|delovnih\s+dn(?:eh|i)|dn(?:eh|i)|tedn(?:ov|ih|a|e)|teden|mesec(?:ev|ih|a)?"
         r"|darbo\s+dien(?:as|(?:ų|u)|(?:ą|a))|dien(?:as|(?:ų|u)|(?:ą|a))|savait(?:es|(?:ė|e)s|(?:ę|e)|(?:č|c)i(?:ų|u))"
         r"|m(?:ė|e)nes(?:(?:į|i)|io|ius|i(?:ų|u))"
         r"|t(?:ö|o)(?:ö|o)p(?:ä|a)eva|p(?:ä|a)eva|n(?:ä|a)dala|kuu"
         r"|εργ(?:ά|α)σιμ(?:ων|ες)\s+ημ(?:ε|έ)ρ(?:ών|ων|ες)|ημ(?:ε|έ)ρ(?:ών|ων|ες|α)|εβδομ(?:ά|α)δ(?:ων|ών|ες|α)"
         r"|μην(?:ών|ων|ός|ος|ες)|μ(?:ή|η)ν(?:α|ες)"
         # Hungarian, Turkish, Croatian, Catalan (``MORE_UNIT``; Turkish "ay", a month, after
         # digits only: "2 ay")
         r"|" + MORE_UNIT[3:-1] + r"|ay(?:da|l(?:ı|i)k)?)")
# English, German, French, Spanish: also the day in front of a date (``LEAD_DAY``); the other
# languages' weekdays only on their own (a lead day in front of every date costs a try at every
# "to", "on" and "st" of an English text).
WEEKDAY_LEAD = (r"(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday"
                 r"|fri|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi"
                 r"|mercredi|jeudi|vendredi|lunes|martes|mi(?:é|e)rcoles|jueves|viernes)")
WEEKDAY = (r"(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri"
            r"|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi"
            r"|jeudi|vendredi|lunes|martes|mi(?:é|e)rcoles|jueves|viernes)")
# Italian, Portuguese, Dutch, Polish, Czech, Swedish, Danish, Norwegian: their own alternative
# (``wdayx``), so that every "we" and "th" of an English text does not try them.
WEEKDAY_MORE = (r"(?:luned(?:ì|i)|marted(?:ì|i)|mercoled(?:ì|i)|gioved(?:ì|i)|venerd(?:ì|i)"
            r"|segunda-feira|ter(?:ç|c)a(?:-feira)?|quarta-feira|quinta-feira|sexta(?:-feira)?"
            r"|maandag|dinsdag|woensdag|donderdag|vrijdag|poniedzia(?:ł|l)(?:ek|ku)|wtor(?:ek|ku)"
            r"|(?:ś|s)rod(?:a|y|ę|e)|czwart(?:ek|ku)|pi(?:ą|a)t(?:ek|ku)|pond(?:ě|e)l(?:í|i)|(?:ú|u)ter(?:ý|y)"
            r"|st(?:ř|r)ed(?:a|u|y)|(?:č|c)tvrt(?:ek|ka)|p(?:á|a)t(?:ek|ku)"
            # Nordic, also definite ("fredagen efter")
            r"|m(?:å|a)ndag(?:en)?|tisdag(?:en)?|onsdag(?:en)?|torsdag(?:en)?|fredag(?:en)?"
            r"|mandag(?:en)?|tirsdag(?:en)?"
            # Finnish (also "perjantaina": on Friday), Romanian
            r"|maanantai(?:na|hin)?|tiistai(?:na|hin)?|keskiviiko(?:lla|ksi)|keskiviikko(?:na|on)?"
            r"|torstai(?:na|hin)?|perjantai(?:na|hin)?|luni|mar(?:ț|ţ|t)i|miercuri|joi|vineri"
            # Hungarian ("péntekig": by Friday), Turkish, Croatian, Catalan (round 7)
            r"|h(?:é|e)tf(?:ő|o)(?:n|ig)?|kedd(?:en|ig)?|szerd(?:a|án|an|áig|aig)|cs(?:ü|u)t(?:ö|o)rt(?:ö|o)k(?:ön|on|ig)?"
            r"|p(?:é|e)ntek(?:en|ig)?|pazartesi|sal(?:ı|i)|(?:ç|c)ar(?:ş|s)amba|per(?:ş|s)embe|cuma"
            r"|ponedjelj(?:ak|ka)|utor(?:ak|ka)|srijed(?:a|u|e)|(?:č|c)etvrt(?:ak|ka)|pet(?:ak|ka)"
            r"|dilluns|dimarts|dimecres|dijous|divendres"
            # round 10: Slovak, Slovenian, Lithuanian, Estonian, Greek ("do piatku", "do petka",
            # "iki penktadienio", "reedeks", "μέχρι την Παρασκευή")
            r"|pondel(?:ok|ka)|utor(?:ok|ka)|(?:š|s)tvrt(?:ok|ka)|piat(?:ok|ku)"
            r"|ponedelj(?:ek|ka)|tor(?:ek|ka)|sred(?:a|e|o)|(?:č|c)etrt(?:ek|ka)|pet(?:ek|ka)"
            r"|pirmadien\w*|antradien\w*|tre(?:č|c)iadien\w*|ketvirtadien\w*|penktadien\w*"
            r"|esmasp(?:ä|a)ev\w*|teisip(?:ä|a)ev\w*|kolmap(?:ä|a)ev\w*|neljap(?:ä|a)ev\w*|reede\w*"
            r"|δευτ(?:έ|ε)ρα(?:ς)?|τρ(?:ί|ι)τη(?:ς)?|τετ(?:ά|α)ρτη(?:ς)?|π(?:έ|ε)μπτη(?:ς)?|παρασκευ(?:ή|η)(?:ς)?"
            # round 18 ("tl18i"): Indonesian, Arabic, Hebrew, Ukrainian (``far_words``)
            r"|" + FAR_WEEKDAY_WORDS + r")")
# German, French and Spanish month names, longest first so "juillet" is not read as "juil".
MONTH_FOREIGN = (r"janvier|januar|j(?:ä|a)nner|enero|f(?:é|e)vrier|februar|febrero|m(?:ä|a)rz"
                  r"|mars|marzo"
                  r"|avril|abril|mai|mayo|juin|juni|junio|juillet|juli|julio|ao(?:û|u)t|agosto"
                  r"|septembre|septiembre|setiembre|oktober|octobre|octubre|novembre|noviembre"
                  r"|dezember|d(?:é|e)cembre|diciembre"
                  # Dutch, Italian, Portuguese
                  r"|januari|februari|maart|mei|augustus|gennaio|febbraio|aprile|maggio|giugno"
                  r"|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar(?:ç|c)o|maio|junho"
                  r"|julho|setembro|outubro|novembro|dezembro"
                  # Hungarian ("március 20-án"), Catalan ("18 de novembre", "5 d'octubre")
                  r"|j(?:á|a)nu(?:á|a)r|febru(?:á|a)r|m(?:á|a)rcius|(?:á|a)prilis|m(?:á|a)jus|j(?:ú|u)nius"
                  r"|j(?:ú|u)lius|augusztus|szeptember|okt(?:ó|o)ber|gener|febrer|mar(?:ç|c)|maig"
                  r"|juny|juliol|agost|setembre|desembre"
                  # round 17 ("tl17i"): Indonesian, Ukrainian, Hebrew, Arabic (``far_words``)
                  r"|" + FAR_MONTH_WORDS)
# Polish and Czech genitives follow the day ("12 maja"): never a month in front of one.
MONTH_AFTER_DAY = (r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze(?:ś|s)nia"
                    r"|pa(?:ź|z)dziernika|listopada|grudnia|ledna|(?:ú|u)nora|b(?:ř|r)ezna|dubna"
                    r"|kv(?:ě|e)tna|(?:č|c)ervence|(?:č|c)ervna|srpna|z(?:á|a)(?:ř|r)(?:í|i)"
                    r"|(?:ř|r)(?:í|i)jna|listopadu|prosince"
                    # Finnish (partitive, after "5."), Romanian
                    r"|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kes(?:ä|a)kuuta"
                    r"|hein(?:ä|a)kuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta"
                    r"|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie"
                    r"|noiembrie|decembrie"
                    # Turkish ("15 Mayıs'ta") and Croatian genitives ("14. svibnja")
                    r"|ocak|(?:ş|s)ubat|mart|nisan|may(?:ı|i)s|haziran|temmuz|a(?:ğ|g)ustos|eyl(?:ü|u)l"
                    r"|ekim|kas(?:ı|i)m|aral(?:ı|i)k|sije(?:č|c)nja|velja(?:č|c)e|o(?:ž|z)ujka|travnja"
                    r"|svibnja|lipnja|srpnja|kolovoza|rujna|studenog?a?|prosinca"
                    # round 10: Slovak and Slovenian genitives ("do 15. júna", "12. junija"),
                    # Lithuanian, Greek ("15 Ιουνίου")
                    r"|janu(?:á|a)ra|febru(?:á|a)ra|apr(?:í|i)la|m(?:á|a)ja|j(?:ú|u)na|j(?:ú|u)la"
                    r"|augusta|septembra|okt(?:ó|o)bra|novembra|decembra"
                    r"|januarja|februarja|aprila|junija|julija|avgusta|oktobra"
                    r"|sausio|vasario|kovo|baland(?:ž|z)io|gegu(?:ž|z)(?:ė|e)s|bir(?:ž|z)elio|liepos"
                    r"|rugpj(?:ū|u)(?:č|c)io|rugs(?:ė|e)jo|spalio|lapkri(?:č|c)io|gruod(?:ž|z)io"
                    r"|ιανουαρ(?:ί|ι)ου|φεβρουαρ(?:ί|ι)ου|μαρτ(?:ί|ι)ου|απριλ(?:ί|ι)ου|μα(?:ΐ|ϊ|ι)ου"
                    r"|ιουν(?:ί|ι)ου|ιουλ(?:ί|ι)ου|αυγο(?:ύ|υ)στου|σεπτεμβρ(?:ί|ι)ου|οκτωβρ(?:ί|ι)ου"
                    r"|νοεμβρ(?:ί|ι)ου|δεκεμβρ(?:ί|ι)ου"
                    # round 16 ("tl16i"): Estonian after the day, in the genitive and the cases
                    # that say "on", "by" and "until" ("25. juunil", "15. jaanuariks",
                    # "31. augustini")
                    r"|(?:jaanuar|veebruar|m(?:ä|a)rts|aprill|juun|juul|august|septembr|oktoobr"
                    r"|novembr|detsembr)i(?:l|ks|ni)?(?!\w)|oktoober|detsember"
                    # round 20 ("tl20i"): May, whose stem ends in a vowel ("24. mail": on 24 May)
                    r"|mai(?:l|ks|ni)(?!\w)")
# round 20 ("tl20i"): Lithuanian writes the month's genitive before the day ("iki gruodžio
# 21 d.": by 21 December), and so does Latvian's ordinal style less often; read as month-first
_LT_MONTH_FIRST = (r"|sausio|vasario|kovo|baland(?:ž|z)io|gegu(?:ž|z)(?:ė|e)s|bir(?:ž|z)elio"
                   r"|liepos|rugpj(?:ū|u)(?:č|c)io|rugs(?:ė|e)jo|spalio|lapkri(?:č|c)io"
                   r"|gruod(?:ž|z)io")
MONTH_FIRST = (r"(?:" + MONTH_FOREIGN + _LT_MONTH_FIRST
               + r"|marts|maj|augusti|desember|january|jan|february|feb"
               r"|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep"
               r"|october|oct|november|nov|december|dec)")
MONTH = (r"(?:" + MONTH_FOREIGN + MONTH_AFTER_DAY + r"|marts|maj|augusti|desember"
          r"|january|jan|february|feb|march|mar|april|apr|may|june|jun"
          r"|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)")
MONTH_RE = MONTH  # for ``timeline``'s sentence splitter
MONTH_FULL = (r"(?:" + MONTH_FOREIGN + r"|marts|maj|augusti|desember|january|february|march"
               r"|april|may|june|july|august|september|october|november|december)")
ORD = r"(?:st|nd|rd|th|er)?"  # "1er juin"
# A weekday in front of a date ("Thursday, December 3rd") belongs to the date.
LEAD_DAY = rf"(?:\b{WEEKDAY_LEAD}\.?,?\s+(?:the\s+)?)?"
NOT_COUNTED = (r"(?!\s*(?:round|interview|stage|step|floor|time|call|person|candidate|party"
                r"|place|year|grade|edition|anniversary|percent|%))")
MONTH_PART = (r"(?:the\s+)?(?:very\s+)?(?:early[\s-]+to[\s-]+mid|mid[\s-]+to[\s-]+late|early"
               r"|beginning\s+of|start\s+of|mid|middle\s+of|late|end\s+of|last\s+week\s+of"
               r"|first\s+(?:full\s+)?week\s+of|second\s+week\s+of|third\s+week\s+of|first\s+half\s+of"
               r"|second\s+half\s+of|anfang|mitte|ende|d(?:é|e)but|mi|fin"
               r"|(?:a\s+)?(?:principios|mediados|finales)\s+del?"
               r"|(?:la\s+)?(?:primera|segunda)\s+(?:semana|quincena|mitad)\s+del?"
               # round 14 ("tl14i"): a month's third and last week ("la última semana de junio",
               # "la dernière semaine d'août")
               r"|(?:la\s+)?(?:tercera|(?:ú|u)ltima)\s+semana\s+del?"
               r"|(?:la\s+)?(?:premi(?:è|e)re|deuxi(?:è|e)me|seconde|troisi(?:è|e)me|derni(?:è|e)re)\s+(?:semaine|quinzaine|moiti(?:é|e))"
               r"\s+d(?:e\s|u\s|')\s*|(?:der\s+)?(?:ersten|zweiten)\s+h(?:ä|a|ae)lfte\s+(?:des|im)?)")
# Portuguese, Italian, Dutch, Polish, Czech, Nordic: "no início de março", "em meados de abril",
# "a metà aprile", "entro fine giugno", "begin mei", "w połowie maja", "koncem června", "i slutet
# av maj" (their own alternative, ``mpartx``: in ``MONTH_PART`` every "a", "in" and "the" of an
# English text would try them).
MONTH_PART_MORE = (
    r"(?:(?:no|em|ao|at(?:é|e)\s+(?:o|ao))\s+(?:in(?:í|i)cio|meados|final|fim)"
    # round 12: the halves of a month ("na segunda quinzena de maio", "nella seconda metà di
    # maggio", "in de tweede helft van mei")
    r"|(?:na\s+|a\s+)?segunda\s+quinzena|(?:nella\s+|la\s+)?(?:prima|seconda)\s+(?:met(?:à|a)|quindicina)"
    r"|(?:in\s+de\s+|de\s+)?(?:eerste|tweede)\s+helft\s+van"
    r"|(?:a\s+)?primeira\s+(?:semana|quinzena)|(?:all'\s*|a\s+|ad\s+|verso\s+)inizio"
    # round 14 ("tl14i"): a month's weeks by their ordinal ("nella prima settimana di marzo",
    # "entro la terza settimana di maggio", "na segunda semana de junho", "até a última semana de")
    r"|(?:(?:nella|entro\s+la|la)\s+)?(?:prima|seconda|terza|ultima)\s+settimana"
    r"|(?:(?:na|a|at(?:é|e)\s+a)\s+)?(?:segunda|terceira|(?:ú|u)ltima)\s+semana"
    r"|(?:a|verso|entro)\s+met(?:à|a)|(?:a|entro|verso)\s+(?:la\s+)?fine|begin|half|eind"
    r"|(?:na\s+)?pocz(?:ą|a)tku|w\s+po(?:ł|l)owie|pod\s+koniec|ko(?:ń|n)ca(?=\s)|za(?:č|c)(?:á|a)tkem|koncem"
    r"|ve?\s+(?:(?:prvn(?:í|i)|druh(?:é|e))\s+)?polovin(?:ě|e)|w\s+(?:pierwszej|drugiej)\s+po(?:ł|l)owie|(?:b(?:ö|o)rjan|slutet|mitten|begynnelsen|slutten|midten)\s+av"
    r"|(?:starten|slutningen|midten)\s+af"
    # round 17 ("tl17i"): "innen utgangen av mai", "inden udgangen af maj", "före utgången av maj"
    r"|(?:utgangen|utg(?:å|a)ngen)\s+av|udgangen\s+af"
    # round 20 ("tl20i"): Bulgarian "до края на ноември", "в началото на", "в средата на";
    # Russian "до конца ноября", "в начале / середине / конце"
    r"|края\s+на|началото\s+на|средата\s+на|конца|начала|середины|начале|середине|конце"
    # round 12: "na segunda quinzena de janeiro", "in de tweede helft van juni", "στα μέσα
    # Σεπτεμβρίου", "sredi septembra", "v začetku / ob koncu oktobra"
    r"|(?:a\s+|na\s+)?segunda\s+quinzena|(?:in\s+)?de\s+(?:eerste|tweede)\s+helft\s+van"
    r"|(?:στις\s+|στα\s+)?(?:αρχ(?:έ|ε)ς|μ(?:έ|ε)σα|τ(?:έ|ε)λη)"
    r"|sredi|v\s+za(?:č|c)etku|ob\s+koncu"
    # "i første uka av januar", "første uge i marts", "första veckan i maj" (round 7)
    r"|(?:f(?:ø|o)rste|f(?:ö|o)rsta|andre|anden|andra|siste|sidste|sista)\s+(?:uka|uken|uke|uge"
    r"|ugen|veckan|veka|veke)\s+(?:av|af|i))")

# Hungarian and Turkish put the part after the month: "szeptember közepén", "január első
# hetében", "Eylül ortasında", "Mart sonunda" (``mpartpost``).
MONTH_HU_TR = (
    r"(?:janu(?:á|a)r|febru(?:á|a)r|m(?:á|a)rcius|(?:á|a)prilis|m(?:á|a)jus|j(?:ú|u)nius"
    r"|j(?:ú|u)lius|augusztus|szeptember|okt(?:ó|o)ber|november|december|ocak|(?:ş|s)ubat|mart"
    r"|nisan|may(?:ı|i)s|haziran|temmuz|a(?:ğ|g)ustos|eyl(?:ü|u)l|ekim|kas(?:ı|i)m|aral(?:ı|i)k"
    # round 13 ("tlz"): Finnish genitives before a part ("toukokuun loppuun mennessä")
    r"|tammikuun|helmikuun|maaliskuun|huhtikuun|toukokuun|kes(?:ä|a)kuun|hein(?:ä|a)kuun"
    r"|elokuun|syyskuun|lokakuun|marraskuun|joulukuun)")
MONTH_PART_AFTER = (
    r"(?:elej(?:é|e)n|k(?:ö|o)zep(?:é|e)n|v(?:é|e)g(?:é|e)(?:n|ig)"
    r"|(?:els(?:ő|o)|m(?:á|a)sodik)\s+fel(?:é|e)ben|(?:els(?:ő|o)|utols(?:ó|o))\s+het(?:é|e)ben"
    r"|ba(?:ş|s)(?:ı|i)nda|ortas(?:ı|i)nda|sonunda|sonuna\s+kadar"
    r"|(?:ilk|son)\s+haftas(?:ı|i)nda|(?:ilk|ikinci)\s+yar(?:ı|i)s(?:ı|i)nda"
    r"|loppuun(?:\s+menness(?:ä|a))?|lopussa|loppupuolella|alussa|alkupuolella"
    r"|puoliv(?:ä|a)liss(?:ä|a))")

# Feasts of other countries and calendars ("after Diwali", "vor Christi Himmelfahrt", "après le
# 14 juillet"): ``holiday_anchors`` knows their days.
FEASTS = (r"diwali|deepavali|eid(?:\s+(?:al|ul)[\s-]?(?:fitr|adha))?|ramadan"
           r"|(?:chinese|lunar)\s+new\s+year|spring\s+festival|vesak|canada\s+day|australia\s+day"
           r"|boxing\s+day|victoria\s+day|bastille\s+day|(?:christi\s+)?himmelfahrt"
           r"|ascension(?:\s+day)?|ascensi(?:ó|o)n|fronleichnam"
           r"|corpus\s+christi|tag\s+der\s+(?:deutschen\s+)?einheit|assomption|14\s+juillet"
           r"|f(?:ê|e)te\s+nationale|15\s+ao(?:û|u)t"
           # Midsummer (Sweden and Finland: its eve, a Friday; Denmark and Norway: 23 June) and
           # Carnival (its Tuesday, 47 days before Easter)
           r"|midsommar(?:afton)?|midsommer(?:aften)?|juhannus|midsummer(?:\s+eve)?"
           r"|sankthans(?:aften)?|carnaval|carnevale|karneval|fasching|mardi\s+gras")

# The month and weekday lists, their branches grouped by first character (``factor``): the engine
# then tests a few look-aheads instead of every name wherever it tries them (not the number and
# unit lists: grouped, they compile half again as slowly for no gain).
MONTH, MONTH_FIRST, MONTH_FULL, WEEKDAY, WEEKDAY_MORE = (
    by_first_char(words[3:-1]) for words in (MONTH, MONTH_FIRST, MONTH_FULL, WEEKDAY,
                                             WEEKDAY_MORE))
LEAD_DAY = rf"(?:\b{by_first_char(WEEKDAY_LEAD[3:-1])}\.?,?\s+(?:the\s+)?)?"
