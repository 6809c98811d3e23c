"""People named in Greek and Hebrew prose, by what marks a name there.

Owns round 18's readers for two scripts ``mentions`` (cased Latin and Cyrillic prose) and
``uncased`` (Thai, Devanagari, Japanese, Chinese, Korean, Arabic) do not read: Greek names after
a courtesy title ("ο Executive Chef κ. Νίκος Σταυρόπουλος", "την κα Ελένη Κωστοπούλου", "με τον
κ. Στέλιο Δρακόπουλο", a masculine accusative after the article returned to the nominative a
thank-you uses), and Hebrew names after "an interview with" and the job that may stand between
("ראיון עם מנהלת המחלקה, דנה כהן"). Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.schedule import PersonDraft

__all__ = ["script_interviewers"]

_LIMIT = 20  # people one description can name this way
_HEAD = 5_000

_GREEK_WORD = r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+"
# an article before the courtesy title says the case: "τον κ." (accusative, masculine), "ο κ.",
# "η κα", "την κα"
_GREEK_NAME = re.compile(
    r"(?:(?<![^\W\d_])(τον|ο|η|την|του|της)\s+)?(?<![^\W\d_])(?:κ\.|κα\.?|κος\.?|κύριος|κυρία|κύριο)"
    r"\s+(" + _GREEK_WORD + r")\s+(" + _GREEK_WORD + r")")
# "Αγαπητέ κ. ...", "Προς την κα ...": the candidate greeted, not an interviewer
_GREEK_GREETING = re.compile(r"(?:Αγαπητ\S*|Προς|Κύριε|Κυρία)\s*(?:τον|την)?\s*$")

_HEBREW_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea'\"\u05be-]+"
_HEBREW_NAME = re.compile(
    r"(?:ראיון|שיחה|פגישה|ראיונות)\s+(?:אישי\s+|מקצועי\s+)?עם\s+(?:([^,\n.]{2,40}),\s*)?"
    r"(" + _HEBREW_WORD + r"\s+" + _HEBREW_WORD + r")")
# what follows "with" that is a team or an office, not a person ("עם צוות הגיוס", "עם מחלקת ...")
_HEBREW_NOT_NAME = re.compile(r"^(?:צוות|מחלקת|הנהלת|ועדת|נציג|נציגי|מנהל|מנהלת|ראש|סמנכ|מכון)")


def _nominative(word: str, article: str | None) -> str:
    """A masculine accusative after "τον" returned to the nominative: Νίκο → Νίκος, Γιάννη →
    Γιάννης, Λουκά → Λουκάς, Σταυρόπουλο → Σταυρόπουλος."""
    if article != "τον" or word.endswith("ς"):
        return word
    return word + "ς" if word[-1] in "οόηήαά" else word


def script_interviewers(text: str) -> list[PersonDraft]:
    """The people a Greek or Hebrew text names as above, in the nominative."""
    head = text[:_HEAD]
    if head.isascii():
        return []
    found: list[PersonDraft] = []
    if "κ" in head:
        for match in _GREEK_NAME.finditer(head):
            article, first, last = match.groups()
            if _GREEK_GREETING.search(head, max(0, match.start() - 16), match.start()):
                continue
            found.append(PersonDraft(email="", name=f"{_nominative(first, article)} "
                                                    f"{_nominative(last, article)}"))
    if "עם" in head:
        for match in _HEBREW_NAME.finditer(head):
            name = match.group(2)
            if not _HEBREW_NOT_NAME.match(name):
                found.append(PersonDraft(email="", name=name))
    return found[:_LIMIT]
