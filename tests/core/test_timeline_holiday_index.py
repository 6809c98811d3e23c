"""Round 11's faster reading of holiday names answers as the slow one did: ``english_name``
(the rows a name's first character can begin, one pattern) against trying every row in turn,
and the look-alike test of a cue (``promise_sentences._inside_a_lookalike``) against its full
window."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.timeline import holiday_words, promise_sentences
from interview_sync.core.timeline.cues import NOT_CUE_RE


def _slow(name: str) -> str | None:
    name = " ".join(name.split())
    for pattern, english in holiday_words._readers():
        if pattern.match(name):
            return english
    return None


def _words() -> list[str]:
    """The tables' words as written: each row's pattern with its regex marks dropped."""
    out = set()
    for pattern, english in holiday_words._readers():
        out.add(english)
        for branch in pattern.pattern[3:-1].split("|"):
            plain = re.sub(r"\(\?[:=!<]*|[()?*+\[\]\\]|\{\d*,?\d*\}", "", branch)
            out.add(plain.replace("s+", " ").replace("'", "'"))
    return sorted(w for w in out if w)


WORDS = _words()


def test_every_name_of_the_tables_reads_as_before() -> None:
    for word in WORDS:
        for variant in (word, word + "n", word + "s day", word[:-1], " " + word, word + " "):
            assert holiday_words.english_name(variant) == _slow(variant), variant


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
       st.sampled_from(["", " ", "'s", "en", ".", "\n"]))
def test_names_joined_read_as_before(words: list[str], glue: str) -> None:
    name = glue.join(words).lower()
    assert holiday_words.english_name(name) == _slow(name)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30))
def test_any_text_reads_as_before(name: str) -> None:
    assert holiday_words.english_name(name) == _slow(name)


def _covered_slow(lower: str, at: int, end: int) -> bool:
    return any(fake.start() <= at < fake.end()
               for fake in NOT_CUE_RE.finditer(lower, max(0, at - 60), end + 60))


_CUE_WORDS = ["we", "will", "hear", "from", "you", "the", "client", "if", "don't", "contact",
              "point", "of", "your", "back", "get", "to", "offer", "relocation", "decision",
              "feedback", "by", "friday", "wait", "for", " ", ".", ",", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CUE_WORDS), max_size=30), st.data())
def test_lookalike_window_stops_early_with_the_same_answer(words: list[str],
                                                          data: st.DataObject) -> None:
    lower = " ".join(words)
    at = data.draw(st.integers(0, len(lower)))
    end = data.draw(st.integers(at, len(lower)))
    assert promise_sentences._inside_a_lookalike(lower, at, end) == _covered_slow(lower, at, end)
