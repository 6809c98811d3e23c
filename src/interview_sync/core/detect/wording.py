"""Learned wording evidence: the words of an event, and what the fitted table makes of them.

Owns ``words_of`` (the tokens an event's title, place and the start of its description give)
and ``wording_score`` (their summed weights from ``wording_weights.py``, which
``bench/fit_detect_weights.py`` writes beside the rule weights, fitted together with them by
L2-regularised logistic regression on the labelled tuning sets; no fitting library at runtime).

Tokens are lower-cased words with accents folded ("entretien", "bewerbungsgespräch" ->
"bewerbungsgesprach"), prefixed by where they stand ("t:" title, "d:" description or place),
the title's word pairs ("t:phone_screen"), and, for scripts written without spaces (Chinese,
Japanese, Thai) and for Korean, whose words carry particles, character pairs of each run
("t:面接" from "面接日程"). What is read is bounded (``_TITLE``, ``_BODY``, ``_MAX_TOKENS``), so
an enormous, binary or mixed-script event costs no more than an ordinary one. Pure and total:
any input gives a set of strings, never an error.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import pairwise

from interview_sync.core.detect.wording_weights import WORDING

__all__ = ["wording_score", "words_of"]

_TITLE = 300  # characters of the title read
_BODY = 400  # characters of the description (as text) and of the place read
_MAX_TOKENS = 160  # per event: the head of a text says what it is
_MAX_WORD = 24  # a longer "word" is an address, a link or noise: cut

# Letters and digits in runs; the unspaced scripts are split out so each run can give pairs.
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_ASCII_WORD = re.compile(r"[a-z]{2,}")  # the same on lower-case ASCII text, and faster
_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\uac00-\ud7af]+")


_ACCENTS = re.compile(r"[\u0300-\u036f]+")  # the marks accents decompose to (not Thai's vowels)


def _fold(text: str) -> str:
    """Lower case with accents dropped, as ``evidence._fold`` compares words ("é" -> "e");
    other scripts' marks and Hangul syllables are kept whole."""
    low = text.casefold()
    if low.isascii():
        return low
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", low)))


def _tokens(text: str, prefix: str, pairs: bool) -> list[str]:
    """Words (and with ``pairs`` adjacent word pairs) of ``text``; character pairs of the runs
    of unspaced scripts, and the run itself when it is one or two characters."""
    out: list[str] = []
    if text.isascii():
        words = [word[:_MAX_WORD] for word in _ASCII_WORD.findall(text)]
    else:
        for run in _UNSPACED.findall(text):
            if len(run) <= 2:
                out.append(prefix + run)
            out += [prefix + run[i:i + 2] for i in range(len(run) - 1)]
        words = [word[:_MAX_WORD] for word in _WORD.findall(_UNSPACED.sub(" ", text))]
    out += [prefix + word for word in words]
    if pairs:
        out += [f"{prefix}{a}_{b}" for a, b in pairwise(words)]
    return out


def words_of(title: str, place: str, description: str) -> frozenset[str]:
    """The tokens of an event: its title's (with word pairs), and its place's and description's
    start (``description`` already as plain text). Bounded (the texts are cut first, then the
    tokens) and total."""
    tokens = _tokens(_fold(title[:_TITLE]), "t:", True) if title else []
    if place or description:  # one pass over both (a line break keeps their words apart)
        tokens += _tokens(_fold(f"{place[:_BODY]}\n{description[:_BODY]}"), "d:", False)
    if len(tokens) <= _MAX_TOKENS:
        return frozenset(tokens)
    return frozenset(list(dict.fromkeys(tokens))[:_MAX_TOKENS])  # the first distinct ones


def wording_score(tokens: Iterable[str]) -> float:
    """The summed fitted weights of ``tokens`` (a logit, added to the rule features')."""
    get = WORDING.get
    return sum(get(token, 0.0) for token in tokens)
