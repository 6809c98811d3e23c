"""Where a title places an event in a selection process: a step marker, in any language.

Owns ``process_step``: the words of a title that say the event is a step of a process ("final
step", "letzte Runde", "última etapa", 最終選考, ``lexicon_steps.PROCESS_STEP``) or count its
steps ("stage 4 of 4", "Schritt 2/3", "etapa 3 de 4"). ``classify`` reads one as a second
signal behind a hint ("Culture-add conversation – Maplewood Analytics (final step)" was silent
in round 10: a conversation is a hint, and nothing else seconded it); never as enough alone
(a mortgage's "last step" or a course's "step 2 of 5" name no hiring word). Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import SplitPattern, fold_lower
from interview_sync.core.detect.lexicon import table_rows
from interview_sync.core.detect.lexicon_steps import PROCESS_STEP
from interview_sync.core.literals import Stems

__all__ = ["process_step"]

_ROWS = table_rows(PROCESS_STEP)
_GATE = Stems(sorted({literal for _, literal in _ROWS}))
_SPLIT = SplitPattern(_ROWS)
# "stage 4 of 4", "Schritt 2/3", "étape 3 sur 4", "etapa 2 de 3", "fase 2 di 3", "stap 2 van 3"
_COUNTED = re.compile(
    r"\b(?:step|stage|round|phase|etapa|fase|[ée]tape|schritt|stufe|runde|ronde|stap|steg|trin"
    r"|vaihe|etap|kolo|krog|krug)\s*\d{1,2}\s*(?:of|/|von|sur|de|di|van|av|af|z|из|od)\s*\d{1,2}\b",
    re.IGNORECASE)


def process_step(title: str) -> re.Match[str] | None:
    """The words that place the event at a step of a selection process, or None."""
    found = _SPLIT.search(_GATE.held(fold_lower(title)), title)
    if found is None and any(ch.isdigit() for ch in title):
        found = _COUNTED.search(title)
    return found
