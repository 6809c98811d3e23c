"""The employer's own-script spelling of a name that the invite romanises.

Owns ``own_script_spelling``: when the employer's name was read from a romanised mailbox,
display name or domain ("Balkan Agro" at balkanagro.bg, "Zolotyi Kolos" at zolotyi-kolos.com.ua)
while the title or the description spells the same name in Cyrillic or Greek ("„Балкан Агро“
ЕООД", "Агрохолдинг «Золотий Колос»"), the spelled name is the employer's (round 23: round 22's
blind batch named such employers by their domain's letters). The two are compared by their
consonants after a loose transliteration, so that the schemes' differences (й as i, y or j; х as
h or kh; ж as zh or z) do not matter. Pure; no I/O.
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
_VOWELS_AND_GLIDES = re.compile(r"[aeiouyjhwx'’\W\d_]+")  # dropped on both sides: "kh" ~ "х" ~ "h"
_OTHER_SCRIPT = re.compile(r"[Ѐ-ӿͰ-Ͽ]")
# the quoted name or a run of capitalised words in Cyrillic or Greek
_QUOTED = re.compile(r"[«„“\"]([^«»„“”\"\n]{2,60})[»“”\"]")
_RUN = re.compile(r"(?<![\w-])[Ѐ-ЯΆ-Ω][Ѐ-ӿͰ-Ͽ'’-]+(?:[ \t]+[Ѐ-ЯΆ-Ω][Ѐ-ӿͰ-Ͽ'’-]+){0,3}")


def _skeleton(text: str) -> str:
    latin = "".join(_LATIN.get(ch, ch) for ch in text.lower())
    latin = latin.replace("ts", "c").replace("ch", "c").replace("sh", "s").replace("zh", "z")
    return _VOWELS_AND_GLIDES.sub("", latin.replace("kh", ""))


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
    for pattern in (_QUOTED, _RUN):
        for match in pattern.finditer(head):
            spelled = (match.group(1) if match.groups() else match.group(0)).strip()
            if _OTHER_SCRIPT.search(spelled) is None:
                continue
            words = spelled.split()
            # the name may sit inside a longer run ("Агрохолдинг Золотий Колос"): its tail words
            for start in range(len(words)):
                tail = " ".join(words[start:])
                if _skeleton(tail) == want:
                    return tail
    return None
