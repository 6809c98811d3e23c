"""Concept × language tables for the interview decision: one row per concept, one cell per language.

Owns the words, per language, of the concepts the decision turns on where round 6's blind
batch showed the vocabularies had been filled one wording at a time: the places and purposes
that hold interviews without hiring anyone (a course or a training about interviews, a career
office or counselling, a school's or a programme's admission, a visa or a consulate, the
press), and (in ``lexicon_people``) the courtesy titles a hiring side names its candidate
with, the word "with" that makes such a name the interviewer, and the user's own chores;
in ``lexicon_steps`` (round 9) the words of a cancelled event, a phone screen and a trial day;
the look-alike settings' tables themselves live in ``lexicon_settings`` (split in round 10,
re-exported here).
``LANGS`` lists the languages the corpus speaks; every concept has a cell for each of them,
and a language whose cell is empty says why in ``GAPS`` (tests/core/test_detect_lexicon.py
fails on a cell that is neither there nor explained, and checks each cell's words against
the rule built from it).

Cells are lower-case literal stems, matched at a word start in scripts with spaces (so a stem
also catches its compounds and inflections: "vízum" in "Vízuminterjú", "μεταπτυχιακ" in
"Μεταπτυχιακών") and anywhere in Chinese, Japanese and Thai text. ``setting_rows`` turns the
look-alike concepts into (alternative, stems) rows for ``lookalikes``' gated tables. Pure
data; no I/O.

Why tables and not one word per miss: every blind round brought a look-alike whose kind the
rules knew in other languages (a Turkish interview-skills course, a Greek career office, a
Hebrew MBA admission) and the fix was a word in one more language. Written as a table, the
missing cell shows before a blind batch does.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import fold_lower
from interview_sync.core.detect.lexicon_settings import (
    ADMISSION,
    AWARD,
    CAREER_OFFICE,
    COURSE,
    MEDIA,
    MEDICAL,
    PRACTICE,
    SETTING_CONCEPTS,
    VISA,
)

__all__ = [
    "ADMISSION",
    "AWARD",
    "CAREER_OFFICE",
    "COURSE",
    "GAPS",
    "INTERVIEW",
    "LANGS",
    "MEDIA",
    "MEDICAL",
    "NO_SPACES",
    "PRACTICE",
    "QUALIFIED",
    "SETTING_CONCEPTS",
    "VISA",
    "ascii_literals",
    "setting_rows",
    "table_rows",
]

LANGS: tuple[str, ...] = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ro", "hu", "fi", "sv", "no",
    "da", "tr", "el", "ru", "uk", "he", "ar", "hi", "th", "vi", "id", "ms", "ja", "zh", "ko",
    "fa", "hr", "sr", "bg",
    # round 10: round 9's blind batch brought Lithuanian, Latvian and Estonian interviews and
    # Catalan and Latvian seminars about interviews; Slovenian's timelines were there already
    "lt", "lv", "et", "sl", "ca",
)
# Scripts written without spaces between words: a stem matches anywhere.
NO_SPACES = frozenset({"ja", "zh", "th"})

Cells = dict[str, tuple[str, ...]]

# The word for a job interview, as a title says it (``words.FOREIGN`` and ``rules.TITLE_STRONG``
# must read each as explicit; the first is the plainest, for the tests' titles).
INTERVIEW: Cells = {
    "en": ("interview", "job interview", "video interview"),
    "de": ("vorstellungsgespräch", "bewerbungsgespräch", "telefoninterview"),
    "fr": ("entrevue", "entretien", "entretien d'embauche"),
    "es": ("entrevista", "entrevista de trabajo"),
    "it": ("colloquio", "colloquio di lavoro"),
    "pt": ("entrevista", "entrevista de emprego"),
    "nl": ("sollicitatiegesprek", "kennismakingsgesprek"),
    "pl": ("rozmowa kwalifikacyjna", "rozmowa rekrutacyjna", "spotkanie rekrutacyjne"),
    "cs": ("pohovor", "pracovní pohovor"),
    "sk": ("pohovor", "pracovný pohovor"),
    "ro": ("interviu", "interviu de angajare"),
    "hu": ("interjú", "állásinterjú"),
    "fi": ("haastattelu", "työhaastattelu"),
    "sv": ("intervju", "anställningsintervju"),
    "no": ("intervju", "jobbintervju", "ansettelsesintervju"),
    "da": ("jobsamtale", "ansættelsessamtale"),
    "tr": ("mülakat", "iş görüşmesi"),
    "el": ("συνέντευξη", "συνέντευξη εργασίας"),
    "ru": ("собеседование", "интервью"),
    "uk": ("співбесіда", "інтерв'ю"),
    "he": ("ראיון", "ראיון עבודה"),
    "ar": ("مقابلة", "مقابلة عمل"),
    "hi": ("साक्षात्कार", "इंटरव्यू"),
    "th": ("สัมภาษณ์", "สัมภาษณ์งาน"),
    "vi": ("phỏng vấn",),
    "id": ("wawancara", "wawancara kerja"),
    "ms": ("temu duga", "temuduga"),
    "ja": ("面接", "一次面接"),
    "zh": ("面试", "终面"),
    "ko": ("면접", "1차 면접"),
    "fa": ("مصاحبه", "مصاحبه کاری"),
    "hr": ("razgovor za posao", "intervju"),
    "sr": ("razgovor za posao", "intervju", "интервју", "разговор за посао"),
    "bg": ("интервю",),
    # round 10
    "lt": ("darbo pokalbis", "pokalbis dėl darbo", "atrankos pokalbis"),
    "lv": ("darba intervija", "darba pārrunas", "intervija"),
    "et": ("tööintervjuu", "töövestlus", "intervjuu"),
    "sl": ("razgovor za službo", "zaposlitveni razgovor", "razgovor za delo"),
    "ca": ("entrevista", "entrevista de feina", "entrevista de treball"),
}

# A hiring step named by its qualifier: technical, final, second round, HR, including the
# conversations some languages name without the interview word ("Rozmowa techniczna",
# "Discuție finală"); each is explicit on its own.
QUALIFIED: Cells = {
    "en": ("technical interview", "final round", "second round", "hr screen"),
    "de": ("zweitgespräch", "auswahlgespräch", "technisches interview"),
    "fr": ("entretien technique", "entretien final", "second entretien"),
    "es": ("entrevista técnica", "entrevista final", "segunda entrevista"),
    "it": ("colloquio tecnico", "secondo colloquio", "incontro conoscitivo"),
    "pt": ("entrevista técnica", "conversa final", "conversa técnica"),
    "nl": ("tweede gesprek", "technisch gesprek", "vervolggesprek"),
    "pl": ("rozmowa techniczna", "rozmowa finałowa", "ii etap rekrutacji"),
    "cs": ("technický pohovor", "závěrečný rozhovor", "výběrové řízení"),
    "sk": ("technický pohovor", "výberové konanie"),
    "ro": ("discuție tehnică", "discuție finală", "interviu tehnic"),
    "hu": ("szakmai beszélgetés", "személyes interjú"),
    "fi": ("jatkohaastattelu", "soveltuvuusarviointi"),
    "sv": ("slutintervju", "andra intervju"),
    "no": ("2. samtale", "andre intervju"),
    "da": ("2. samtale", "anden samtale"),
    "tr": ("teknik görüşme", "teknik mülakat"),
    "el": ("τεχνική συνέντευξη", "δεύτερη συνέντευξη"),
    "ru": ("техническое собеседование", "финальное интервью"),
    "uk": ("технічна співбесіда", "фінальна співбесіда"),
    "he": ("ראיון מקצועי", "ראיון שני"),
    "ar": ("المقابلة النهائية", "مقابلة فنية"),
    "hi": ("अंतिम साक्षात्कार", "तकनीकी इंटरव्यू"),
    "th": ("สัมภาษณ์รอบสุดท้าย", "สัมภาษณ์รอบสอง"),
    "vi": ("phỏng vấn vòng 2", "phỏng vấn kỹ thuật"),
    "id": ("wawancara akhir", "interview user"),
    "ms": ("temu duga akhir", "temu duga kedua"),
    # round 14: a numbered selection round (一次選考, 2차 전형) is a step the candidate attends
    "ja": ("最終面接", "二次面接", "技術面接", "一次選考", "二次選考", "三次選考"),
    "zh": ("终面", "二面", "复试", "技术面"),
    "ko": ("최종 면접", "2차 면접", "기술 면접", "2차 전형", "3차 전형"),
    "fa": ("مصاحبه نهایی", "مصاحبه فنی"),
    "hr": ("završni razgovor za posao", "drugi krug intervjua"),
    "sr": ("drugi krug intervjua", "други круг интервјуа"),
    "bg": ("финално интервю", "техническо интервю"),
    # round 10
    "lt": ("antras pokalbis", "antrasis pokalbis", "galutinis pokalbis"),
    "lv": ("otrā intervija", "noslēguma intervija"),
    "et": ("teine intervjuu", "lõppintervjuu", "teine töövestlus"),
    "sl": ("drugi intervju", "tehnični intervju"),
    "ca": ("entrevista tècnica", "segona entrevista", "entrevista final"),
}


# Cells left empty on purpose, and why (a test fails on an empty cell not listed here).
_NO_TRIAL_WORD = ("no one common word for an unpaid trial day at a prospective employer was "
                  "found in public hiring material for this language; not guessed (round 9)")
GAPS: dict[tuple[str, str], str] = {
    ("trial", "ar"): _NO_TRIAL_WORD,
    ("trial", "hi"): _NO_TRIAL_WORD,
    ("trial", "th"): _NO_TRIAL_WORD,
    ("trial", "vi"): _NO_TRIAL_WORD,
    ("trial", "id"): _NO_TRIAL_WORD,
    ("trial", "ms"): _NO_TRIAL_WORD,
    ("trial", "ja"): _NO_TRIAL_WORD,
    ("trial", "ko"): _NO_TRIAL_WORD,
    ("trial", "fa"): _NO_TRIAL_WORD,
    ("trial", "lv"): _NO_TRIAL_WORD,
    ("trial", "sl"): _NO_TRIAL_WORD,
    ("courtesy", "lv"): "Latvian writes the title after the name (Bērziņa kundze, Ozola kungs): "
                        "not read as a prefix, and not yet in lexicon_people.COURTESY_AFTER",
    ("with", "et"): "Estonian writes 'with' as a case suffix (-ga: 'Tammega'), not a word",
    ("courtesy", "hu"): "Hungarian writes the title after the name (Kovács úr): read from "
                        "lexicon_people.COURTESY_AFTER (round 8), not as a prefix",
    ("with", "hu"): "Hungarian writes 'with' as a suffix (-val/-vel), and has no prefix title",
    ("courtesy", "tr"): "Turkish writes the title after the name (Ahmet Bey): read from "
                        "lexicon_people.COURTESY_AFTER (round 8), not as a prefix",
    ("courtesy", "ja"): "様/さん follow the name and honour the candidate too: no hiring-side sign",
    ("courtesy", "zh"): "先生/女士 follow the name and honour both sides: no hiring-side sign",
    ("courtesy", "ko"): "님/씨 follow the name and honour both sides: no hiring-side sign",
}


def _alternative(stem: str, lang: str) -> str:
    escaped = re.escape(stem).replace(r"\ ", r"\s+")
    # a stem that ends in a space is a whole word ("visa ", "cours "): it must end there
    if stem.endswith(" "):
        escaped = re.escape(stem.rstrip()).replace(r"\ ", r"\s+") + r"\b"
    return escaped if lang in NO_SPACES else r"(?<!\w)" + escaped


def setting_rows(concepts: tuple[str, ...] = tuple(SETTING_CONCEPTS)) -> tuple[tuple[str, str],
                 ...]:
    """(alternative, literal) rows, one per distinct stem of the concepts' cells, in the form
    ``lookalikes``' gated tables take: the literal is the stem itself (up to its first space),
    which the alternative cannot match without."""
    return table_rows(*(SETTING_CONCEPTS[concept] for concept in concepts))


def _stems(tables: tuple[Cells, ...]) -> dict[str, str]:
    """Each distinct stem of the tables' cells, with the first language that lists it."""
    seen: dict[str, str] = {}
    for table in tables:
        for lang, stems in table.items():
            for stem in stems:
                seen.setdefault(stem, lang)
    return seen


def table_rows(*tables: Cells) -> tuple[tuple[str, str], ...]:
    """``setting_rows`` for any tables (``lexicon_steps.CANCELLED`` for ``lookalikes``)."""
    # (the literal folded as the gates fold the text: a Turkish "ı" is held as "i")
    return tuple((_alternative(stem, lang), fold_lower(stem.strip().split(" ")[0]))
                 for stem, lang in _stems(tables).items())


def ascii_literals(*tables: Cells) -> tuple[str, ...]:
    """The ASCII first words of the tables' stems: what ``rules``' title gate looks for (a
    title that is not ASCII always goes to the regex)."""
    return tuple(sorted({w for w in (fold_lower(s.strip().split(" ")[0])
                                     for s in _stems(tables)) if w.isascii()}))
