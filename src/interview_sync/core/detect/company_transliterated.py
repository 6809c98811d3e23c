"""The employer's own-script spelling of a name that the invite romanises.

Owns ``own_script_spelling``: when the employer's name was read from a romanised mailbox,
display name or domain ("Balkan Agro" at balkanagro.bg, "Zolotyi Kolos" at zolotyi-kolos.com.ua)
while the title or the description spells the same name in Cyrillic or Greek ("„Балкан Агро“
ЕООД", "Агрохолдинг «Золотий Колос»"), the spelled name is the employer's (round 23: round 22's
blind batch named such employers by their domain's letters). The two are compared by their
consonants after a loose transliteration, so that the schemes' differences (й as i, y or j; х as
h or kh; ж as zh or z) do not matter. Round 24 adds the uncased scripts round 23's blind batch
romanised: Armenian ("Sevan Agro" at sevan-agro.am is «Սևան Ագրո»), Georgian, Devanagari and
Tamil ("Kavin Analytics" is "கவின் அனலிட்டிக்ஸ்"). Pure; no I/O.
"""

from __future__ import annotations

import re

__all__ = ["own_script_spelling"]

_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "e",
    "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "", "ј": "", "к": "k", "л": "l",
    "љ": "l", "м": "m", "н": "n", "њ": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "ћ": "c", "ђ": "d", "у": "u", "ў": "u", "ф": "f", "х": "", "ц": "c", "ч": "c", "ш": "s",
    "щ": "s", "џ": "d", "ъ": "", "ы": "", "ь": "", "э": "e", "ю": "u", "я": "a",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "t", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "", "ψ": "ps", "ω": "o", "ά": "a", "έ": "e",
    "ή": "i", "ί": "i", "ό": "o", "ύ": "i", "ώ": "o",
}
# Round 24: the consonants of the uncased scripts round 23's blind batch romanised (Armenian,
# Georgian, Devanagari, Tamil); their vowels, vowel signs and viramas drop out as the Latin
# vowels do, aspirates fold into their plain consonant ("ख" ~ "kh" ~ "k"), and a glide or an h
# drops as it does for Cyrillic (য়, ह, ஹ, յ, հ).
_LATIN.update(zip(
    "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև",
    ["a", "b", "g", "d", "e", "z", "e", "e", "t", "z", "i", "l", "", "c", "k", "", "z", "g", "c",
     "m", "", "n", "s", "o", "c", "p", "", "r", "s", "v", "t", "r", "c", "", "p", "k", "o", "f",
     "v"], strict=True))
_LATIN.update(zip(
    "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "z", "r", "s",
     "t", "u", "p", "k", "g", "k", "s", "c", "c", "z", "c", "c", "", "", ""], strict=True))
_LATIN.update(zip(
    "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
    ["k", "k", "g", "g", "n", "c", "c", "", "", "n", "t", "t", "d", "d", "n", "t", "t", "d", "d",
     "n", "p", "f", "b", "b", "m", "", "r", "l", "v", "s", "s", "s", ""], strict=True))
_LATIN.update(zip(
    "கஙசஞடணதநபமயரலவழளறனஜஷஸஹ",
    ["k", "n", "s", "n", "t", "n", "t", "n", "p", "m", "", "r", "l", "v", "l", "l", "r", "n", "",
     "s", "s", ""], strict=True))
_LATIN.update(dict.fromkeys("अआइईउऊएऐओऔஅஆஇஈஉஊஎஏஐஒஓஔ", "a"))
_LATIN["ं"] = "n"  # the anusvara is a nasal ("गंगा" ~ "Ganga")
_VOWELS_AND_GLIDES = re.compile(r"[aeiouyjhwx'’\W\d_]+")  # dropped on both sides: "kh" ~ "х" ~ "h"
_UNCASED = r"\u0530-\u058f\u10a0-\u10ff\u0900-\u097f\u0b80-\u0bff"
_OTHER_SCRIPT = re.compile(r"[Ѐ-ӿͰ-Ͽ" + _UNCASED + r"]")
# ... and in the uncased scripts, any run of up to six words, whose every stretch is tried
_UNCASED_RUN = re.compile(r"[" + _UNCASED + r"]+(?:[ \t]+[" + _UNCASED + r"]+){0,5}")
# the quoted name or a run of capitalised words in Cyrillic or Greek
_QUOTED = re.compile(r"[«„“\"]([^«»„“”\"\n]{2,60})[»“”\"]")
_RUN = re.compile(r"(?<![\w-])[Ѐ-ЯΆ-Ω][Ѐ-ӿͰ-Ͽ'’-]+(?:[ \t]+[Ѐ-ЯΆ-Ω][Ѐ-ӿͰ-Ͽ'’-]+){0,3}")


def _skeleton(text: str) -> str:
    # (round 24) "x" as "ks", as ξ and क्ष write it ("Mahalaxmi" ~ "महालक्ष्मी")
    latin = "".join(_LATIN.get(ch, ch) for ch in text.lower()).replace("x", "ks")
    latin = latin.replace("ts", "c").replace("ch", "c").replace("sh", "s").replace("zh", "z")
    # (round 24) "c" and "q" as "k" ("Analytics" ~ "அனலிட்டிக்ஸ்"), a doubled consonant as one
    # and a voiced stop as its voiceless pair, which Tamil's letters do not tell apart ("Murugan"
    # ~ "முருகன்": க is k and g)
    skeleton = _VOWELS_AND_GLIDES.sub("", latin.replace("kh", "")).replace("q", "k")
    return _DOUBLED.sub(r"\1", skeleton.replace("ck", "k").translate(_UNVOICED))


_DOUBLED = re.compile(r"(.)\1+")
_UNVOICED = str.maketrans("cgdb", "kktp")


def own_script_spelling(name: str | None, title: str, description: str) -> str | None:
    """The title's or description's Cyrillic or Greek spelling of the romanised ``name``, else
    None."""
    if not name or not name.isascii():
        return None
    head = f"{title}\n{description[:3_000]}"
    if not _OTHER_SCRIPT.search(head):
        return None
    want = _skeleton(name)
    if len(want) < 4:
        return None  # too few consonants to tell two names apart
    for pattern in (_QUOTED, _RUN, _UNCASED_RUN):
        for match in pattern.finditer(head):
            spelled = (match.group(1) if match.groups() else match.group(0)).strip()
            if _OTHER_SCRIPT.search(spelled) is None:
                continue
            words = spelled.split()
            # the name may sit inside a longer run ("Агрохолдинг Золотий Колос"): its tail words;
            # in an uncased script, where no capital marks where it starts or ends, any stretch
            # ("கவின் அனலிட்டிக்ஸ் நிறுவனத்தின்")
            ends = range(len(words), 0, -1) if pattern is _UNCASED_RUN else (len(words),)
            for end in ends:
                for start in range(end):
                    tail = " ".join(words[start:end])
                    if _skeleton(tail) == want:
                        return tail
    return None
