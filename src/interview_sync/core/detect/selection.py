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

from interview_sync.core.bounds import DESC_HEAD
from interview_sync.core.detect.gate import RowsGated
from interview_sync.core.detect.lexicon import table_rows
from interview_sync.core.detect.lexicon_selection import (
    PREPARATION,
    SELECTION_CONTEXT,
    SELECTION_TEST,
)

__all__ = ["SELECTION_TEST", "in_selection_test", "selection_context"]


_CONTEXT = RowsGated(table_rows(SELECTION_CONTEXT))
_PREPARATION = RowsGated(table_rows(PREPARATION))
_TEST = RowsGated(table_rows(SELECTION_TEST))


def selection_context(title: str, description: str, hint: re.Match[str] | None = None
                      ) -> re.Match[str] | None:
    """The words that place the event in a selection: in the title outside ``hint`` (so that
    "Test di selezione" does not second itself), else in the description's head; None where
    the title or the description's head speaks of a course, a mock or a preparation for one."""
    head = description[:DESC_HEAD]
    if _PREPARATION.search(title) or _PREPARATION.search(head):
        return None
    rest = title if hint is None else title[: hint.start()] + " " + title[hint.end():]
    return (_CONTEXT.search(rest) or _JOB_WORD.search(rest)
            or (_TRADE_FIRM.search(rest) if any(w in rest for w in _FIRM_GATE) else None)
            or _CONTEXT.search(head))


# Round 23: the title names the job the step is for by the word itself ("Pool tryout – summer
# lifeguard job", "Cooking trial (head chef role)", "Driving assessment for delivery driver
# job"): a candidate's own entry says so where no applicant or competition word is; read in
# the title only (a description's "job" is everywhere).
# Round 25: or the application it belongs to ("Fitness assessment – probationer constable
# application", "cut-e tests – … cadet pilot application": policetrainingscotland,
# npowerjobs.com), in the title only as the job is.
_JOB_WORD = re.compile(r"\b(?:job|role|position|vacancy|application)\b", re.IGNORECASE)

# Round 24: the title names the firm that tests the candidate by its trade's own name, a
# capitalised name before "Translations", "Localization", "Language Services", "Agency",
# "Locums", "Staffing" ("Paid test – Lexico Translations (DE>EN …)", "Sample translation for
# Albion Localisation", round 23's silent "Translation test for Verbum Agency"): a vendor pool
# or an agency's books the candidate applies to (resourceful-l10n.blogspot.com,
# translationsnz.co.nz), or an Estonian employer by its legal form "OÜ" ("Proovitöö – …, Lõuna
# Puit OÜ"). Case-sensitive: "review test translations – 4 agencies" names none.
_TRADE_FIRM = re.compile(
    r"\b[A-Z][\w&'’-]*\s+(?:Translations?|Locali[sz]ation|Language\s+Services|Agency|Locums"
    r"|Staffing|OÜ)\b")
_FIRM_GATE = ("Transl", "Locali", "Language", "Agency", "Locums", "Staffing", "OÜ")


def in_selection_test(title: str, veto: re.Match[str]) -> bool:
    """Whether the veto's word lies inside the name of a selection test ("Candidate Physical
    Abilities Test", "Entry-level firefighter written exam"): the word names the test, it does
    not say the event is a school exam or the hiring side's candidate review."""
    return any(start <= veto.start() and veto.end() <= end
               for start, end in _TEST.spans(title))
