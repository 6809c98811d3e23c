"""The lexicon's concepts as wording tokens, and the words no name can be.

Owns ``concepts_in`` (which of the lexicon's concepts a text names, in any of its languages:
"Vorstellungsgespräch", "Mülakat" and "面接" all name ``interview``), which ``wording`` adds to
an event's tokens so that what the learned table weighs of a concept in one language carries
to the languages the labelled corpus has few events in, and ``known_word`` (whether a word is
one the vocabularies know, so that a capitalised one next to a person's name is not taken for
part of it). Built once from ``lexicon``, ``lexicon_steps`` and ``lexicon_people`` on first
use, not at import: building the tables costs ~25 ms, which the daemon's start and short
commands would pay; the first event past detection's first look does. Pure; no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from interview_sync.core.detect import lexicon, lexicon_people, lexicon_steps
from interview_sync.core.detect.lexicon import Cells

__all__ = ["CONCEPTS", "concepts_in", "fold_words", "known_word"]

# Concept name -> its cells. The look-alike settings, the hiring steps, and the user's chores.
CONCEPTS: dict[str, Cells] = {
    "interview": lexicon.INTERVIEW, "qualified": lexicon.QUALIFIED,
    **lexicon.SETTING_CONCEPTS,
    "phone_screen": lexicon_steps.PHONE_SCREEN, "trial": lexicon_steps.TRIAL,
    "cancelled": lexicon_steps.CANCELLED, "chore": lexicon_people.CHORES,
    "hiring_self": lexicon_people.HIRING_SELF, "interviewers": lexicon_people.INTERVIEWERS,
}


_ACCENTS = re.compile(r"[\u0300-\u036f]+")  # the marks accents decompose to (not Thai's vowels)


def fold_words(text: str) -> str:
    """Lower case with accents dropped ("é" -> "e"), as ``wording`` folds its tokens; other
    scripts' marks and Hangul syllables are kept whole."""
    low = text.casefold()
    if low.isascii():
        return low
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", low)))


def _spaced(stem: str) -> bool:
    """Whether ``stem`` is in a script written with spaces (not Chinese, Japanese, Thai)."""
    return not re.search(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]", stem)


_KEY = 4  # a one-word stem is looked up by its first characters (up to four)
Stems = dict[str, list[tuple[str, tuple[str, ...]]]]


@cache
def _tables() -> tuple[Stems, Stems, list[tuple[str, str]], tuple[int, ...]]:
    """The stems, folded, in three tables built once, on first use: one-word stems by their
    first characters (concept -> the stems, checked as prefixes together), longer stems by
    their first word, and the unspaced stems (concept, stem); with the lengths of the one-word
    keys shorter than ``_KEY``, longest first."""
    single: dict[str, dict[str, set[str]]] = {}
    multi: Stems = {}
    unspaced: list[tuple[str, str]] = []
    for concept, cells in CONCEPTS.items():
        for stems in cells.values():
            for stem in stems:
                words = tuple(re.findall(r"\w+", fold_words(stem)))
                if not words:
                    continue
                if not _spaced(stem):
                    unspaced.append((concept, stem.strip()))
                elif len(words) == 1:
                    single.setdefault(words[0][:_KEY], {}).setdefault(concept, set()).add(
                        words[0])
                elif (concept, words[1:]) not in multi.get(words[0], []):
                    multi.setdefault(words[0], []).append((concept, words[1:]))
    short = tuple(sorted({len(key) for key in single if len(key) < _KEY}, reverse=True))
    return ({key: [(c, tuple(sorted(s))) for c, s in by.items()] for key, by in single.items()},
            multi, sorted(set(unspaced)), short)


_CACHE: dict[str, tuple[str, ...]] = {}  # word -> the concepts its one-word stems give (bounded)


def _one_word(word: str) -> tuple[str, ...]:
    """The concepts whose one-word stems ``word`` starts with."""
    single, _, _, short = _tables()
    found = [concept for key in (word[:_KEY], *(word[:k] for k in short if len(word) >= k))
             for concept, stems in single.get(key, ()) if word.startswith(stems)]
    return tuple(dict.fromkeys(found))


def _follows(words: Sequence[str], i: int, rest: tuple[str, ...]) -> bool:
    """Whether ``rest`` follows word ``i`` (its last word as a prefix)."""
    last = len(rest)
    return i + last < len(words) and words[i + last].startswith(rest[-1]) \
        and all(words[i + j + 1] == rest[j] for j in range(last - 1))


def concepts_in(words: Sequence[str], runs: Sequence[str] = ()) -> set[str]:
    """The concepts the folded ``words`` (and the unspaced ``runs``) name: a one-word stem as
    a word's prefix ("vizum" in "vizuminterju"), a longer stem's words in a row (the last as a
    prefix); an unspaced stem anywhere in a run."""
    found: set[str] = set()
    _, by_first, unspaced, _ = _tables()
    get, multi = _CACHE.get, by_first.get
    for i, word in enumerate(words):
        hit = get(word)
        if hit is None:
            hit = _one_word(word)
            if len(_CACHE) < 20_000:  # memoised: a calendar repeats its words
                _CACHE[word] = hit
        if hit:
            found.update(hit)
        more = multi(word)
        if more:
            found.update(concept for concept, rest in more if _follows(words, i, rest))
    for run in runs:
        found.update(concept for concept, stem in unspaced if stem in run)
    return found


# Words of every vocabulary cell, and the hiring words events are titled with: a capitalised
# word that is one of them is not a name ("Pat Lee Onsite", "Dana Cho Recruiter Screen").
_HIRING = frozenset(re.findall(r"\w+", """
interview interviews onsite screen screening call chat meeting round loop panel final technical
recruiter recruiting hr intro introduction introductory follow up catch sync coffee lunch zoom
teams phone video virtual assessment case study presentation debrief offer job role position
candidate hiring manager team manager director engineer engineering product design sales
session conversation discussion review meet greet talk the a an of for and with at to in on
by via re fw fwd invitation invite updated canceled cancelled confirmed tentative new
"""))


@cache
def _vocabulary() -> frozenset[str]:
    return frozenset(fold_words(w) for cells in CONCEPTS.values() for stems in cells.values()
                     for s in stems for w in re.findall(r"\w+", s.lower())) | _HIRING


@lru_cache(maxsize=4096)
def known_word(word: str) -> bool:
    """Whether the (folded or not) ``word`` is a vocabulary word, not a name."""
    low = fold_words(word)
    vocabulary = _vocabulary()
    return low in vocabulary or low.rstrip("s") in vocabulary
