"""The words of the languages the timeline reader learnt in round 25 ("tl25i"): Igbo, Tok Pisin,
Samoan, Setswana, Shona, Krio and Irish (new in round 24's blind batch), and the basic classes
thin languages lacked (Maltese's construct counts and duals, Icelandic "innan viku", Estonian
"homme", Kyrgyz "жумуш күн", Kinyarwanda's "iminsi itanu y'akazi").

Owns the tables ``far_counts`` and ``far_words`` merge into their own, named as
``newest_words``' are: ``NUMBERS`` and ``UNITS`` (count before unit: Tok Pisin "tupela wik",
Krio "fayv wok de", Irish "cúig lá oibre", Samoan "lua vaiaso"; no bare Irish "lá" or Tok
Pisin "mun", which the gate could only find with the space before them), ``UNIT_FIRST`` and
``UNIT_FIRST_NUMBERS`` (unit before count, with the concord each language gives the count:
Igbo "izu abụọ", Setswana "malatsi a le supa", "dibeke di le pedi", Shona "mazuva manomwe",
Samoan "aso faigaluega e lima"), ``IMPLICIT`` (the words that carry their count: Irish
"coicís", a fortnight; Maltese "ġimgħatejn", two weeks; Icelandic "innan viku"), ``CUE``,
``NEXT_WEEK``, ``TOMORROW`` and the literals ``needs`` gates them on. Why a module of its own:
``newest_words`` and ``far_counts`` are near their size limits. The tables join the existing
alternations (one compiled pattern per kind, built on first use), so a text holding none of
the literals pays nothing but the gate's literal test.

Only the forms a recruiter's promise takes are listed. Words with another meaning are read only
where they cannot have it: Shona "mangwana" (tomorrow) but not "mangwanani" (morning); Samoan
"taeao" (morning) only as "a taeao" (tomorrow); the English-based creoles' short numbers ("tu",
"fo", "wan") only before their own unit words ("wik", "wok de"), never before English "week".
"""

from __future__ import annotations

__all__ = ["CUE", "IMPLICIT", "IMPLICIT_WORDS", "LITERALS", "NEXT_WEEK", "NUMBERS", "TOMORROW",
           "TOMORROW_LITERALS", "UNITS", "UNIT_FIRST", "UNIT_FIRST_NUMBERS", "WEEK_LITERALS"]

NUMBERS: dict[str, int] = {
    # Tok Pisin (the "-pela" a number takes before its noun)
    "wanpela": 1, "tupela": 2, "tripela": 3, "fopela": 4, "faipela": 5, "sikispela": 6,
    "sevenpela": 7, "etpela": 8, "tenpela": 10,
    # Krio ("tu wik": two weeks; read only before the Krio and Tok Pisin units below)
    "wan": 1, "tu": 2, "tri": 3, "fo": 4, "fayv": 5, "siks": 6, "sɛvin": 7, "tɛn": 10,
    # Irish, plain and lenited after "de", "laistigh de" ("de chúig lá", "de dheich lá")
    "aon": 1, "dhá": 2, "dá": 2, "trí": 3, "thrí": 3, "ceithre": 4, "cheithre": 4, "cúig": 5,
    "chúig": 5, "sé": 6, "sheacht": 7, "seacht": 7, "ocht": 8, "deich": 10, "dheich": 10,
    # Samoan, before its noun ("i totonu o le lua vaiaso")
    "lua": 2, "tolu": 3, "fitu": 7, "sefulu": 10,
}

# Units → the class ``relative`` counts in (the longer unit first in each class)
UNITS: tuple[tuple[str, str], ...] = (
    (r"wok\s+de|l(?:á|ae)\s+oibre"
     # Kyrgyz "жумуш күн" (round 24 had "жумушчу күн"), with the genitive a count takes
     r"|жумуш\s+күн(?:үнүн|дүн|дөрү|дө|ү)?", "business day"),
    (r"wik|sheachtain|seachtaine?|vaiaso", "week"),
    (r"mɔnt|masina", "month"),
)

# Unit first, the count after it with its concord: Igbo "ụbọchị asaa" (seven days), "izu abụọ"
# (two weeks), "ụbọchị ọrụ ise" (five working days); Setswana "malatsi a le supa", "dibeke di
# le pedi"; Shona "(me)mazuva manomwe", "(me)mavhiki maviri"; Samoan "aso faigaluega e lima";
# Kinyarwanda's count between the unit and "of work" ("iminsi itanu y'akazi": the unit looks
# ahead past the count, and stands first so that plain "iminsi" does not take it)
UNIT_FIRST: tuple[tuple[str, str], ...] = (
    (r"(?:i|(?<=mu\s))minsi(?=\s+\w+\s+y['’]akazi)|ụbọchị\s+ọrụ|malatsi(?:ng)?\s+a\s+tiro"
     r"|(?:me)?mazuva\s+ebasa|aso\s+faigaluega", "business day"),
    (r"ụbọchị|malatsi(?:ng)?|(?:me)?mazuva|aso(?=\s+e\s)", "day"),
    (r"izu|(?:di)?beke(?:ng)?|(?:me)?mavhiki|vhiki", "week"),
    (r"ọnwa|dikgwedi|kgwedi|mwedzi", "month"),
)
UNIT_FIRST_NUMBERS: dict[str, int] = {
    # Igbo
    "otu": 1, "abụọ": 2, "atọ": 3, "anọ": 4, "ise": 5, "isii": 6, "asaa": 7, "asatọ": 8,
    "iri": 10,
    # Setswana (the concord of "malatsi" is "a le", of "dibeke" "di le"; "e le nngwe", one)
    "e le nngwe": 1, "a le mabedi": 2, "di le pedi": 2, "a le mararo": 3, "di le tharo": 3,
    "a le mane": 4, "di le nne": 4, "a le matlhano": 5, "di le tlhano": 5, "a le supa": 7,
    "a le lesome": 10,
    # Shona (class 6 concord: "mazuva maviri", "mavhiki matatu"; "vhiki rimwe", one week)
    "rimwe": 1, "maviri": 2, "matatu": 3, "mana": 4, "mashanu": 5, "matanhatu": 6,
    "manomwe": 7, "gumi": 10,
    # Samoan ("e" before a count after its noun)
    "e tasi": 1, "e lua": 2, "e tolu": 3, "e fa": 4, "e lima": 5, "e fitu": 7, "e sefulu": 10,
}

# The words that carry their count: Irish "coicís" (a fortnight), Maltese "ġimgħatejn" (two
# weeks), "jumejn" (two days), "ġimgħa" after "fi żmien" (within a week), Icelandic "innan
# viku" (within a week), Estonian "nädala jooksul", Latvian "nedēļas laikā" (in a week's time)
IMPLICIT: dict[str, tuple[int, str]] = {
    "coicís": (2, "week"), "choicís": (2, "week"), "ġimgħatejn": (2, "week"),
    "jumejn": (2, "day"), "xahrejn": (2, "month"),
}
IMPLICIT_WORDS = ("|".join(sorted(IMPLICIT, key=len, reverse=True))
                  + r"|(?<=fi\sżmien\s)ġimgħa(?!\s+d-)|(?<=innan\s)viku(?!\s+\d)"
                  + r"|nädala(?=\s+jooksul)|nedēļas(?=\s+laikā)")
# (the three phrases' counts: one week each, read by ``far_words`` with the dict's)
IMPLICIT.update({"ġimgħa": (1, "week"), "viku": (1, "week"), "nädala": (1, "week"),
                 "nedēļas": (1, "week")})

# The words that say an answer is coming (stems: each language glues its endings on)
CUE = (
    # Igbo: the future "ga-" before "tell", "call", "send to", "hear", "inform"; "nsonaazụ"
    # (result), "mkpebi" (decision), "azịza" (answer)
    r"ga-(?:agwa|akpọ|ezitere|eziga|anụ|ama|ọkwa|kọwa)|nsonaazụ|mkpebi|azịza"
    # Tok Pisin: "salim tok", "salim pas" (send word, a letter), "ringim" (ring), "tokim"
    # (tell), "bekim" (answer), "toktok wantaim" (talk with)
    r"|salim\s+(?:tok|pas|leta)|ringim|tokim|bekim|toktok\s+wantaim"
    # Krio (its open vowels are its own letters): "kɔl" (call), "tɛl" (tell), "kɔntakt",
    # "rizɔlt", "ansa"
    r"|kɔl|tɛl|kɔntakt|rizɔlt|ansa\b"
    # Samoan: "logo atu" (inform), "faafesootai" (contact), "taunuuga" (result), "faailoa"
    r"|logo\s+atu|faafesootai|taunuuga|faailoa"
    # Setswana: "itsise" (inform), "founela" (phone), "araba" (answer), "dipholo" (results),
    # "tshwetso" (decision), "ikgolaganya" (contact)
    r"|itsise|founela|re\s+tla\s+go\s+araba|dipholo|tshwetso|ikgolaganya"
    # Shona, whose verb carries subject, tense and object: "tichakuzivisai" (we will inform
    # you), "tichakufonerai" (we will phone you), "tichakupindurai" (we will answer you);
    # "mhedzisiro" (result), "mhinduro" (answer)
    r"|ticha\w{0,4}?(?:zivis|foner|pindur|daira)|mhedzisiro|mhinduro"
    # Irish: "cuirfimid" (we will send), "scéala" (news), "toradh", "torthaí" (result),
    # "freagra" (answer), "glao" (call), "cinneadh" (decision)
    r"|cuirfimid|scéala|toradh|torthaí|freagra|glao\b|cinneadh"
    # Maltese: "ninfurmawk" (we will inform you), "inċemplulek" (we will ring you)
    r"|ninfurmaw|inċemplu"
    # Icelandic: "svörum" (we answer), "látum þig vita" is ``more_words``'
    r"|svörum|svarað"
    # Kyrgyz: "чалып" (calling), "айтабыз" (we will say), "чечим" (decision)
    r"|чалып|айтабыз|чечим"
)

# "next week": Igbo "izu na-abịa", "izu ọzọ"; Tok Pisin "neks wik", Krio "nɛks wik"; Samoan
# "vaiaso fou", "vaiaso a sau"; Setswana "beke e e tlang"; Shona "vhiki rinouya", "svondo
# rinouya"; Irish "an tseachtain seo chugainn"; Maltese "l-ġimgħa d-dieħla", "li ġejja"
NEXT_WEEK = (r"izu\s+na-ab(?:ịa|ia)|izu\s+ọzọ|n(?:e|ɛ)ks\s+wik|vaiaso\s+(?:fou|a\s+sau)"
             r"|(?:beke|bekeng)\s+e\s+e\s+tlang|(?:vhiki|svondo)\s+rinouya"
             r"|(?:an\s+)?tseachtain\s+seo\s+chugainn|(?:i)?l-ġimgħa\s+(?:d-dieħla|li\s+ġejja)")
WEEK_LITERALS: tuple[str, ...] = ("izu", "wik", "vaiaso", "beke", "rinouya", "tseachtain",
                                  "ġimgħa")

# Tomorrow: Igbo "echi", Tok Pisin "tumora", Krio "tumara", Samoan "a taeao", Setswana
# "kamoso", Shona "mangwana" (not "mangwanani", morning), Irish "amárach", Estonian "homme"
TOMORROW = (r"echi|tumora|tumoro|tumara|tumɔra|(?<=\ba\s)taeao|kamoso|mangwana(?!ni)"
            r"|amárach"
            # (Estonian "homme" beside its pronoun or verb: French "homme" is a man)
            r"|(?<=\bteile\s)homme|(?<=\bteid\s)homme|(?<=\bsulle\s)homme"
            r"|homme(?=\s+(?:teile|teid|sulle|helista|anname|saadame|võtame|ühendust))")
TOMORROW_LITERALS = ("echi", "tumora", "tumoro", "tumara", "tumɔra", "taeao", "kamoso",
                     "mangwana", "amárach", "homme")

# What ``needs`` gates the duration forms on (one of which every match holds)
LITERALS: tuple[str, ...] = ("wik", "wok de", "oibre", "faigaluega", "vaiaso", "masina",
                             "seachtain", "sheachtain", "mɔnt", "ụbọchị", "izu", "ọnwa",
                             "malatsi", "beke", "kgwedi", "mazuva", "mavhiki", "vhiki",
                             "mwedzi", "aso e ", "y'akazi", "y’akazi", "coicís", "choicís",
                             "ġimgħa", "jumejn", "xahrejn", "viku", "nädala",
                             "nedēļas")
