"""The words for a job interview, a selection step and another candidate, in every language read.

Owns the multilingual vocabularies ``rules`` builds its title and description patterns from:
the word for a job interview (``FOREIGN``, matched as a substring where the script has no
spaces), selection and assessment days (``SELECTION_DAY``), interview words in the plural (the
hiring side's day, ``PLURAL_INTERVIEWS``), the words for another candidate or applicant
(``CANDIDATE_WORDS``), and what an invitation tells the candidate about their application
(``APPLICATION``, ``POSITION``). Each is a regex source string; ``rules`` compiles and gates
them. Pure data; no I/O.

Why a module of its own: every blind round brought an interview in a language or an
inflection the patterns lacked ("rozmowy kwalifikacyjnej", "Покана за интервю",
"Einladung zum persönlichen Gespräch"), and these lists grow with each language, apart from
the English rules around them.
"""

from __future__ import annotations

import re

from interview_sync.core.detect import thin_languages

__all__ = ["APPLICATION", "CANDIDATE_WORDS", "FOREIGN", "FOREIGN_STEMS", "PLURAL_INTERVIEWS",
           "PLURAL_INTERVIEWS_TEXT", "PLURAL_STEMS", "POSITION", "SELECTION_DAY"]

# Non-English words for a job interview, matched as substrings where the script has no spaces.
FOREIGN = (
    r"entrevista|entrevue|entretien(?!\s+(?:annuel|de\s+la\s+voiture|voiture|mensuel))"
    r"|vorstellungsgespr[äa]ch|bewerbungsgespr[äa]ch|kennenlerngespr[äa]ch|telefoninterview"
    r"|zweitgespr[äa]ch|auswahlgespr[äa]ch|(?:tweede|eerste|derde|vervolg|kennismakings)\s*gesprek"
    r"|colloquio|sollicitatiegesprek|sollicitatie"
    # Polish is inflected: "rozmowy kwalifikacyjnej", "na rozmowę rekrutacyjną"
    r"|rozmow\w*\s+kwalifikacyjn|rozmow\w*\s+rekrutacyjn"
    r"|spotkanie\s+rekrutacyjne|rozmow\w*\s+o\s+prac[eęy]"
    r"|собеседовани|интервью|интервю|інтерв.ю|співбесід|m[üu]lakat|intervju|haastattelu"
    r"|jobsamtale|anst[äa]llningsintervju"
    r"|συνέντευξη|pohovor|interjú|wawancara|phỏng vấn"
    # Romanian "interviu", Latvian/Slovene/Croatian "intervija/intervju", Malay "temu duga",
    # South Slavic "razgovor za posao", Persian, Thai
    r"|interviu|intervij|temu\s*duga|razgovor\w*\s+za\s+(?:posao|delo|zaposlen)|مصاحبه|สัมภาษณ์"
    r"|面接|面试|面談|면접|실무진?\s*면담|임원진?\s*면담|مقابلة|ראיון|साक्षात्कार"
    # Danish/Norwegian hiring talks, Turkish "iş görüşmesi" (the dotted capital lowers to i +
    # U+0307), a Polish recruitment stage ("II etap rekrutacji", "etap procesu rekrutacji")
    r"|ansættelsessamtale|ansettelsesintervju|(?:i\u0307?|ı)ş\s+g[öo]r[üu]şme"
    r"|etap\w*\s+(?:procesu\s+)?rekrutac"
    # round 7: Macedonian/Serbian Cyrillic "интервју", "разговор за посао"; Bengali "ভাইভা"
    # (viva voce, the oral interview for a post), "সাক্ষাৎকার"; Hindi "इंटरव्यू"; Chinese rounds
    # (终面 final, 二面/三面, 复试/初试: a university's 研究生复试 is an admission, ``lexicon``)
    r"|интервј|разговор\w*\s+за\s+(?:посао|работа|вработување)|ভাইভা|সাক্ষাৎকার|মৌখিক\s+পরীক্ষা"
    r"|इंटरव्यू|终面|二面|三面|复试|初试|hr面|技术面"
    # a conversation named by its hiring qualifier: Polish, Romanian, Czech, Hungarian,
    # Portuguese, Italian, Dutch, Turkish ("Rozmowa finałowa", "Discuție tehnică")
    r"|rozmow\w*\s+(?:fina[łl]ow|techniczn|ko[ńn]cow|z\s+(?:dyrektor|kierownik|prze[łl]o[żz]on))"
    r"|discu[țţt]i[ea]?\s+(?:final|tehnic)|(?:z[áa]v[ěe]re[čc]n|technick)\w*\s+rozhovor"
    r"|(?:szakmai|szem[ée]lyes)\s+(?:beszélgetés|interj)|conversa\s+(?:final|t[ée]cnica)"
    r"|incontro\s+(?:conoscitivo|tecnico|finale)|technisch\s+gesprek"
    r"|teknik\s+g[öo]r[üu][şs]me"
    # round 10 (``lexicon.INTERVIEW``): Lithuanian "darbo pokalbis", "pokalbis dėl darbo",
    # "atrankos pokalbis", "antras pokalbis"; Latvian "darba pārrunas"; Estonian "töövestlus";
    # Slovenian "razgovor za službo", "zaposlitveni razgovor" (Latvian "intervija", Estonian
    # "tööintervjuu" and Catalan "entrevista de feina" were read already)
    r"|darbo\s+pokalb|pokalb\w*\s+d[ėe]l\s+darbo|atrankos\s+pokalb"
    r"|(?:antr|tre[čc]i|galutin)\w*\s+pokalb|darba\s+p[āa]rrun|t[öo][öo]vestlus"
    r"|razgovor\w*\s+za\s+slu[žz]bo|zaposlitven\w*\s+(?:razgovor|intervju)"
    # round 19: the interview in languages the corpus was thin in (a Tamil district scheme's
    # "நேர்காணல்", a department's "நேர்முகத் தேர்வு"; Urdu "انٹرویو"; Swahili "usaili" (and its
    # spelling "usahili"), "mahojiano ya kazi"; Tagalog "panayam sa trabaho"; the Bengali loan
    # "ইন্টারভিউ"; traditional Chinese "面試", the simplified "面试" was read already).
    # Sources: dinamalar.com, tamilmixereducation.com, jahan-e-urdu.com, fursazaajira.com,
    # serviciofilipino.com, blog.e-cab.net (tests/data/real_cases_t19a.py)
    r"|நேர்காணல்|நேர்முகத்\s*தேர்வு|நேர்முக\s+தேர்வு|انٹرویو|\busah?ili\b|mahojiano\s+ya\s+kazi"
    r"|\bpanayam\s+sa\s+trabaho|\bpakikipanayam\b|ইন্টারভিউ|面試"
    # round 20: the interview in more South Asian and African languages and their loans: Nepali
    # "अन्तर्वार्ता" (also "अन्तरवार्ता", the loan "इन्टरभ्यु"), Marathi "मुलाखत", Gujarati
    # "ઇન્ટરવ્યૂ", Punjabi "ਇੰਟਰਵਿਊ", Kannada "ಸಂದರ್ಶನ", Malayalam "അഭിമുഖം", Telugu
    # "ఇంటర్వ్యూ", Sinhala "සම්මුඛ පරීක්ෂණ", Amharic "ቃለ መጠይቅ", the Tamil loan "இன்டர்வியூ",
    # the Japanese "グループインタビュー" (a staffing firm's group interview); Nepal's Public
    # Service Commission, Marathi notices (tests/data/real_cases_t20a.py: gyanpark.com.np,
    # webdunia) and each language's own word for the job interview
    r"|अन्तर्वार्ता|अन्तरवार्ता|इन्टरभ्यु|मुलाखत|ઇન્ટરવ્યૂ|ઇન્ટરવ્યુ|ਇੰਟਰਵਿਊ|ಸಂದರ್ಶನ|അഭിമുഖ"
    r"|ఇంటర్వ్యూ|සම්මුඛ\s*පරීක්ෂණ|ቃለ\s*መጠይቅ|இன்டர்வியூ|グループインタビュー"
    # round 21: languages outside ``lexicon.LANGS`` (``thin_languages``: Georgian, Icelandic,
    # Albanian, Azerbaijani, Kazakh, Uzbek, Armenian, Mongolian, Khmer, Burmese, Basque, Irish,
    # Maltese, Lithuanian's qualification interview)
    r"|" + thin_languages.INTERVIEW
)
# The ASCII-spelled words of FOREIGN, as stems (a literal each cannot match without).
FOREIGN_STEMS = ("entre", "gespr", "colloquio", "sollicitatie", "rozmow", "spotkanie", "lakat",
                 "intervju", "haastattelu", "jobsamtale", "pohovor", "wawancara", "interview",
                 "rekrutac", "interviu", "intervij", "temu", "razgovor",
                 "discu", "rozhovor", "szakmai", "szem", "conversa", "incontro", "technisch",
                 "teknik", "pokalb", "parrun", "vestlus", "zaposlitven",
                 "usaili", "usahili", "mahojiano", "panayam", *thin_languages.INTERVIEW_STEMS)

# Selection and assessment days, a hiring step whatever the language. Titles only (the first
# look's title filter and TITLE_STRONG): a description names them beside an interview word, and
# every description stem costs each everyday event a scan of its description.
SELECTION_DAY = (
    r"auswahltag|auswahlverfahren|assessment[\s-]?(?:cent(?:er|re|rum)|zentrum)|assessmentdag"
    r"|probearbeit"
    r"|journ[ée]e\s+(?:de\s+)?(?:recrutement|s[ée]lection)|journ[ée]e\s+d['’][ée]valuation"
    r"|jornada\s+de\s+(?:selecci[óo]n|evaluaci[óo]n|reclutamiento)|din[âáa]mica\s+de\s+grupo"
    r"|dinamica\s+di\s+gruppo|giornata\s+di\s+selezione|selectiedag"
    # appointments and selection processes named as such
    r"|vorstellungstermin|bewerbungstermin|einstellungsgespr[äa]ch|selectiegesprek"
    r"|proceso\s+de\s+selecci[óo]n|processo\s+seletivo|processo\s+di\s+selezione"
    # a Czech selection procedure, a Finnish aptitude assessment, a Danish/Norwegian "2. samtale"
    # (round 14: in every case the noun phrase takes, "2. kolo výběrového řízení", "ve
    # výběrovém řízení", Slovak "výberového konania": round 13's silent Czech second round)
    r"|v[ýy]b[ěe]rov(?:[ée]ho|[ée]m|[ée]|[ýy]ch)\s+(?:[řr][íi]zen|konan)|soveltuvuusarvio"
    r"|\b[1-3]\.\s*samtale\b|\b(?:anden|andre|tredje)\s+samtale\b"
    # round 14: a numbered selection round in Japanese and Korean job hunting (一次選考,
    # 二次選考, 2차 전형): the round's sitting, a test or an interview, not the paper screening
    r"|[一二三四1-4１-４]次選考|[2-4]\s*차\s*전형"
    # round 21: a selection and a competence check in languages outside ``lexicon.LANGS``
    r"|" + thin_languages.SELECTION
)

# Interview words in the plural: the hiring side's day ("today's interviews",
# "Sollicitatiegesprekken voorbereiden", "Ansættelsessamtaler", "مقابلات"); a candidate attends
# one. ``rules.strong_title`` does not count them as explicit; TITLE_WEAK lists them as a hint.
PLURAL_INTERVIEWS_TEXT = (
    r"\binterviews\b|\b\w*gesprekken\b|\b\w*gespr[äa]che\b|\bentrevistas\b|\bentretiens\b"
    r"|\bcolloqui\b|\bintervjuer\b|\bhaastattelut\b|\b\w*samtaler\b|\brozmowy\s+kwalifikacyjne\b"
    r"|\bpohovory\b|\bm[üu]lakatlar\w*|\binterviuri\w*|مقابلات|\bentrevues\b"
)
PLURAL_INTERVIEWS = re.compile(PLURAL_INTERVIEWS_TEXT, re.IGNORECASE)
PLURAL_STEMS = ("interviews", "gesprekken", "gespräche", "gesprache", "entrevistas",
                "entretiens", "colloqui", "intervjuer", "haastattelut", "samtaler", "rozmowy",
                "pohovory", "lakatlar", "interviuri", "مقابلات", "entrevues")

# The words for another candidate or applicant (the English "candidate" sits in
# TITLE_NEGATIVE with its "screen" exception): someone else's interview, unless the title names
# the user (``classify._title_veto``; the Chinese, Japanese and Korean words, and the Cyrillic,
# Arabic and Vietnamese ones, are in ``sides``). Plurals included: "4 kandidater".
CANDIDATE_WORDS = (
    r"\b(?:kandidaa?t(?:en|in)?|bewerber(?:in|innen)?|candidat(?:s|es)?|candidat[oa]s?"
    r"|sollicitant(?:en|e)?|solicitantes?|kandydat(?:ka|ów|ki|em|ami|a|om)?|s[öo]kande"
    r"|kandidater(?:ne|nes)?|ans[øo]gere(?:ne)?|s[øo]kere(?:ne)?|aspirantes|candidati"
    r"|uchaze[čc]\w*|adaylar\w*|hakijat|hakijoi\w*)\b"
)

# What an invitation tells the candidate about their own application, in the languages read:
# enough on its own, as "your application" is in English (``rules.DESC_CANDIDATE``).
APPLICATION = (
    r"\b(?:ihre|deine|ihrer|deiner)\s+bewerbung|\bbewerbungsunterlagen\b"
    r"|\b(?:votre|ta)\s+candidature|\b(?:su|tu|sua|la\s+sua|tua|vuestra)\s+candidatura"
    r"|\bsu\s+solicitud\b|\b(?:uw|je|jouw)\s+sollicitatie\b"
    r"|\b(?:pana|pani|twoj[aąe]|pa[ńn]stwa)\s+(?:aplikacj|kandydatur|zg[łl]oszeni)"
    r"|\bva[šs][ií]\s+(?:[žz][áa]dost|p[řr]ihl[áa][šs]k)|\bdin\s+(?:ans[øö]k|s[øo]knad)"
    r"|\bhakemuk(?:sesi|sestasi)\b|\bba[şs]vurunuz|\blamaran\s+(?:anda|kamu|saudara)"
    r"|\baplicarea\s+la|\baplicarea\s+dumneavoastr|\bcandidatura\s+dumneavoastr"
    r"|\bвашу?\s+(?:резюме|отклик|кандидатур)|\bза\s+кандидатурата|\bвідгук\s+на\s+ваканс"
    r"|\bбла?годар\w*\s+за\s+(?:интерес|отклик|кандидатур|резюме)"
    r"|\bứng\s+tuyển\b|ご応募|応募いただ|您的申请|感谢您的应聘|지원해\s*주셔서|지원하신"
    r"|\bτην\s+αίτησή\s+σας|מועמדותך|طلبك\s+(?:ل|على)"
)
# The position it is for ("für die Stelle", "al puesto de", "na stanowisko"): a second signal.
POSITION = (
    r"\b(?:zur|f[üu]r\s+die|auf\s+die)\s+stelle\b|\b(?:pour\s+le|au)\s+poste\b"
    r"|\b(?:al|para\s+el|del)\s+puesto\b|\b(?:à|a|para\s+a|da)\s+vaga\b|\bper\s+la\s+posizione\b"
    r"|\bvoor\s+de\s+(?:functie|vacature)\b|\bna\s+stanowisk|\bna\s+pozic|\bstillingen\s+som\b"
    r"|\btj[äa]nsten\s+som\b|\bpozisyonu\s+i[çc]in|\bpentru\s+postul\b|\bla\s+postul\b"
    r"|\bна\s+(?:ваканси|позици|посад|длъжност)|\bposisi\s+\w|لوظيفة|للوظيفة"
)
