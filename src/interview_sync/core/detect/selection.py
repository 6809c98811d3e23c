"""Whether a step's hint sits inside a selection the user applied to: round 16's second signal.

Owns ``selection_context`` (the words of ``lexicon_selection.SELECTION_CONTEXT`` in the title
outside the hint, or in the description's head: the applicant, the public competition, the
eligibility list), ``in_selection_test`` (whether a title veto's word is part of a selection
test's own name, "Candidate Physical Ability Test", "written exam", so that the word does not
veto the test it names; ``title_veto``) and the hint words themselves (``SELECTION_TEST``,
searched with the other step hints by ``rules``).

Why: round 15's largest silent class was steps an employer holds for its applicants without the
interview word (police written exams, physical agility and climbing tests), in sectors earlier
rounds did not hold; each round's rules had learnt the last sector's nouns. The structure they
share is a step noun (a test, an exam, a trial) plus a selection around it, and the look-alikes
(a school exam, a driving test, a gym's trial session) have the noun without the selection. A
course or mock exam for a competition has both, so ``PREPARATION`` words cancel the context.
Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import SplitPattern, fold_lower
from interview_sync.core.detect.lexicon import table_rows
from interview_sync.core.detect.lexicon_selection import (
    PREPARATION,
    SELECTION_CONTEXT,
    SELECTION_TEST,
)
from interview_sync.core.literals import Stems

__all__ = ["SELECTION_TEST", "in_selection_test", "selection_context"]

HEAD = 1_500  # characters of description read (as ``features.DESC_HEAD``)


class _Words:
    """A table's words, searched only where the text holds one's stem (``rules._StepWords``)."""

    __slots__ = ("gate", "split")

    def __init__(self, table: dict[str, tuple[str, ...]]) -> None:
        rows = table_rows(table)
        self.gate = Stems(sorted({literal for _, literal in rows}))
        self.split = SplitPattern(rows)

    def search(self, text: str) -> re.Match[str] | None:
        return self.split.search(self.gate.held(fold_lower(text)), text) if text else None

    def finditer_spans(self, text: str) -> list[tuple[int, int]]:
        held = self.gate.held(fold_lower(text))
        if not held:
            return []
        return [m.span() for m in self.split.pattern_for(held).finditer(text)]


_CONTEXT = _Words(SELECTION_CONTEXT)
_PREPARATION = _Words(PREPARATION)
_TEST = _Words(SELECTION_TEST)


def selection_context(title: str, description: str, hint: re.Match[str] | None = None
                      ) -> re.Match[str] | None:
    """The words that place the event in a selection: in the title outside ``hint`` (so that
    "Test di selezione" does not second itself), else in the description's head; None where
    the title or the description's head speaks of a course, a mock or a preparation for one."""
    head = description[:HEAD]
    if _PREPARATION.search(title) or _PREPARATION.search(head):
        return None
    rest = title if hint is None else title[: hint.start()] + " " + title[hint.end():]
    return _CONTEXT.search(rest) or _CONTEXT.search(head)


def in_selection_test(title: str, veto: re.Match[str]) -> bool:
    """Whether the veto's word lies inside the name of a selection test ("Candidate Physical
    Abilities Test", "Entry-level firefighter written exam"): the word names the test, it does
    not say the event is a school exam or the hiring side's candidate review."""
    return any(start <= veto.start() and veto.end() <= end
               for start, end in _TEST.finditer_spans(title))
