"""People named with a patronymic in Russian, Ukrainian or Belarusian text, in the nominative.

Owns ``patronymic_people`` (the names a description writes as given name, patronymic and
surname, or surname, given name and patronymic: "Ольга Викторовна Глебова", "Сидорова Анна
Петровна") and ``nominative_patronymic`` (such a name returned to the nominative from the case a
sentence puts it in: "к Сергею Николаевичу Морозову", "с Николаем Ивановичем Орловым", "у Ольги
Василівни Гнатюк"). A patronymic marks a person by itself, so no job or courtesy word is needed
around it (round 23: round 22's review found such contacts left out, or thanked in the dative).
The patronymic's own ending tells the case; the given name and the surname are returned to the
nominative by the endings of that case for the usual name types (-ов/-ев/-ин/-ский surnames,
Ukrainian -енко and -юк ones, which do not decline for women). Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.schedule import PersonDraft

__all__ = ["nominative_patronymic", "patronymic_people"]

_LIMIT = 10  # people one text can name this way
_HEAD = 5_000
_UPPER = "А-ЯЁІЇЄҐЎ"
_LOWER = "а-яёіїєґўʼ'"
_WORD = "[" + _UPPER + "][" + _LOWER + "]+(?:-[" + _UPPER + "][" + _LOWER + "]+)?"
# masculine: -ович/-евич/-ич + case; feminine: -овна/-евна/-ична/-івна/-ївна + case
_PATRONYMIC = ("[" + _UPPER + "][" + _LOWER + "]+?(?:(?:ов|ев|єв)ич|ьич|ич)(?:а|у|ем|ом|е)?"
               "|[" + _UPPER + "][" + _LOWER + "]+?(?:ов|ев|ич|ін|ів|їв)н(?:а|ы|и|е|і|ой|ою|у)")
_PATRONYMIC_RE = re.compile("(?:" + _PATRONYMIC + ")$")
_NAME = re.compile(
    "(?<![" + _UPPER + _LOWER + "-])(?:"
    # "Ольга Викторовна Глебова", then "Сидорова Анна Петровна"
    "(" + _WORD + r")[ \t]+(" + _PATRONYMIC + r")[ \t]+(" + _WORD + ")"
    "|(" + _WORD + r")[ \t]+(" + _WORD + r")[ \t]+(" + _PATRONYMIC + ")"
    ")(?![" + _UPPER + _LOWER + "-])")
_MASCULINE = re.compile("(?:ов|ев|єв)?ич(?:а|у|ем|ом|е)?$|ьич")


def _case(patronymic: str) -> tuple[str, str]:
    """The patronymic's gender ("m" or "f") and case ("nom", "gen", "dat", "ins", "acc")."""
    if _MASCULINE.search(patronymic):
        ending = patronymic[patronymic.rfind("ич") + 2:]
        return "m", {"": "nom", "а": "gen", "у": "dat", "ем": "ins", "ом": "ins",
                     "е": "dat"}[ending]
    ending = patronymic[patronymic.rfind("н") + 1:]
    return "f", {"а": "nom", "ы": "gen", "и": "gen", "е": "dat", "і": "dat", "ой": "ins",
                 "ою": "ins", "у": "acc"}[ending]


def _given(word: str, gender: str, case: str) -> str:
    if case == "nom":
        return word
    if gender == "m":
        for ending, nominative in (("ем", "й"), ("ом", ""), ("ю", "й"), ("у", ""), ("я", "й"),
                                   ("а", "")):
            if word.endswith(ending) and (ending != "ем" or word[-3:-2] in "аеоиуяє"):
                return word[: -len(ending)] + nominative
        return word
    for ending, nominative in (("ией", "ия"), ("ии", "ия"), ("ією", "ія"), ("ії", "ія"),
                               ("ей", "я"), ("єю", "я"), ("ой", "а"), ("ою", "а"), ("ы", "а"),
                               ("и", "а"), ("і", "а"), ("е", "а"), ("ю", "я"), ("у", "а")):
        if word.endswith(ending):
            return word[: -len(ending)] + nominative
    return word


def _surname(word: str, gender: str, case: str) -> str:
    if case == "nom":
        return word
    if gender == "m":
        for ending, nominative in (("ским", "ский"), ("ому", "ой"), ("енком", "енко"),
                                   ("енка", "енко"), ("енку", "енко"), ("ым", ""), ("им", ""),
                                   ("ом", ""), ("ем", ""), ("у", ""), ("а", "")):
            if word.endswith(ending):
                return word[: -len(ending)] + nominative
        return word
    for ending, nominative in (("ской", "ская"), ("ою", "а"), ("ой", "а"), ("у", "а")):
        if word.endswith(ending) and (ending != "у" or word[-3:-1] in ("ов", "ев", "ин")):
            return word[: -len(ending)] + nominative
    return word  # "Гнатюк", "Коваленко": a woman's surname that does not decline


def nominative_patronymic(name: str) -> str:
    """``name`` in the nominative when it holds a patronymic in another case, else unchanged."""
    words = name.split()
    if len(words) not in (2, 3) or not any(_PATRONYMIC_RE.match(w) for w in words[1:]):
        return name
    at = 1 if _PATRONYMIC_RE.match(words[1]) else 2
    gender, case = _case(words[at])
    if case == "nom":
        return name
    out = list(words)
    if gender == "m":
        out[at] = words[at][: words[at].rfind("ич") + 2]
    else:
        out[at] = words[at][: words[at].rfind("н") + 1] + "а"
    given = 0 if at == 1 else 1
    out[given] = _given(words[given], gender, case)
    surname = 2 if at == 1 else 0
    if surname < len(words):
        out[surname] = _surname(words[surname], gender, case)
    return " ".join(out)


def patronymic_people(text: str) -> list[PersonDraft]:
    """The people a text names with a patronymic, in the nominative."""
    head = text[:_HEAD]
    if head.isascii() or ("ич" not in head and "вн" not in head):
        return []
    found: list[PersonDraft] = []
    for match in _NAME.finditer(head):
        name = " ".join(g for g in match.groups() if g)
        found.append(PersonDraft(email="", name=nominative_patronymic(name)))
        if len(found) >= _LIMIT:
            break
    return found
