"""How far a title's veto word reaches: the title's main item, and the compounds a word names.

Owns ``main_item`` (the title without its asides: a second item the title notes after a word
of sequence, "(then lecture at 4)", "– after: weekly sync", "; puis training", ", followed by
webinar", "(danach Seminar)", or a to-do in brackets, "(skip yoga class)") and
``in_named_compound`` (a veto word that is the modifier of a longer name: a job's, "Webinar
Producer", "Strategy & Operations Associate", "Orientation & Mobility Specialist", or a
hiring scheme's, "Graduate Training Scheme", "Training Contract"). ``title_veto`` reads the
veto words only in the main item, and passes over a word inside such a compound.

Why (round 17): a title veto reads one word anywhere in the title, and in four rounds running
a word outside the event's main item silenced an interview: an aside about something else the
same day in the user's own entry, or one word of a job's or a scheme's name. Both are
structure, not vocabulary: an aside is opened by a word of sequence (any language's "then",
"after", "before", "followed by") or is a to-do in brackets, and a compound ends in the head
noun it names (a job's head, "… Specialist", "… Associate", or a scheme's, "… Scheme",
"… Contract"). The main item must still name a hiring step for the aside to be dropped; a
veto word in the main item ("Mock interview w/ coach (real one Fri)") still vetoes. Pure;
no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.compound_title import interview_part

__all__ = ["in_named_compound", "main_item"]

_I = re.IGNORECASE

# Words of sequence that open a second item: adverbs ("then", "afterwards"), which may stand
# anywhere between words, and prepositions ("after", "before"), which open an aside only after
# a separator or a bracket (elsewhere they tie the title's words together: "Coffee after the
# interview"). English, German, French, Spanish, Italian, Dutch, Portuguese, Scandinavian.
_THEN = (r"(?:then|afterwards|later|followed\s+by|dann|danach|anschlie(?:ß|ss)end|sp[äa]ter"
         r"|puis|ensuite|suivi\s+(?:de|d['’]|par)|luego|despu[ée]s|seguido\s+(?:de|por)|poi"
         r"|dopo(?:diché)?|seguito\s+da|daarna|vervolgens|depois|em\s+seguida|deretter"
         r"|efter(?:på|åt)|senere)")  # (never a word that is also a name: "erna", "sen")
_AFTER = (r"(?:after|before|nach|vor|vorher|davor|apr[èe]s|avant|antes|prima|na|voor|daarvoor"
          r"|f[øö]r)")
# A to-do in brackets: a verb with its object ("skip yoga class", "cancel gym", "move dentist").
_TODO = r"(?:skip|cancel|move|miss|reschedule|drop|absagen|verschieben|annuler|d[ée]caler)\s+(?=\w)"
_OPEN = r"[(\[{]"
_CLOSE = r"[)\]}]"
# The aside itself: a bracket opened by one of those, or a separator then one of those, to the
# end of the title (or of its bracket).
_ASIDE = re.compile(
    _OPEN + r"\s*(?:" + _THEN + r"|" + _AFTER + r"|\+|&|" + _TODO + r")\b[^)\]}]*" + _CLOSE + r"?"
    r"|(?:\s[–—-]|[;,|/:]|\s\+)\s*(?:and\s+|und\s+|et\s+|y\s+|e\s+|en\s+)?(?:" + _THEN + r"|"
    + _AFTER + r")\b:?.*"
    r"|\s(?:and\s+|und\s+|et\s+|y\s+|e\s+|en\s+)?" + _THEN + r"\b.*",
    _I,
)


def main_item(title: str) -> str:
    """``title`` without the asides it notes after its main item (the whole title when it
    has none), and of a compound title the part that names the interview when a veto word
    stands only in another part (``compound_title.interview_part``, round 19). A bracketed
    aside is dropped and the rest read on; an aside after a separator or an adverb of sequence
    runs to the end. Only a title's first ``_READ`` characters and ``_ASIDES`` asides are read
    (a title is short; a longer one is not a person's)."""
    main = _without_asides(title)
    return interview_part(main) or main


def _without_asides(title: str) -> str:
    kept: list[str] = []
    rest = title[:_READ]
    for _ in range(_ASIDES):
        found = _ASIDE.search(rest)
        if found is None or (found.start() == 0 and not kept):
            break
        kept.append(rest[: found.start()])
        said = found.group(0)
        if not (said[:1] in "([{" and said[-1:] in ")]}"):
            return " ".join(" ".join(kept).split())  # to the end: the second item
        rest = rest[found.end():]
    else:
        return title
    if not kept:
        return title
    return " ".join(" ".join([*kept, rest]).split())


_READ = 400
_ASIDES = 8


# The head nouns that make a veto word the modifier of a longer name: a job's (beside
# ``title_negative._JOB_HEAD``'s) or a hiring scheme's.
_HEAD = (r"(?:associate|analyst|specialist|producer|coordinator|manager|officer|technician"
         r"|engineer|consultant|director|assistant|advisor|adviser|scientist|executive|lead"
         r"|planner|designer|developer|writer|editor|trainer|instructor|nurse|cook|chef"
         r"|welder|agent|administrator|supervisor|representative|clerk|inspector|surveyor"
         r"|scheme|contract|programme|program|apprenticeship|traineeship|internship|fellowship"
         r"|graduate\s+scheme)s?")
# (words that join a phrase, never a name's: "Training For Hiring Managers" is a training)
_JOINER = (r"(?:for|with|on|about|to|the|a|an|of|our|your|my|all|new|or|in|at|by|from|f[üu]r"
           r"|mit|pour|avec|para|con|per|voor|met|van|de|des|du|la|le|les|der|die|das)\b")
_COMPOUND = re.compile(
    # lower or title case, one word away: "webinar producer", "Training Contract"
    r"\s*(?i:" + _HEAD + r")\b"
    # title case, coordinated or with up to two capitalised words: "& Operations Associate"
    r"|\s*(?:(?:&|and|/|und|et|y|e|en)\s*)?(?:(?!(?i:" + _JOINER + r"))[A-Z][\w-]*\s+){1,2}"
    r"(?i:" + _HEAD + r")\b"
)


def in_named_compound(title: str, start: int, end: int) -> bool:
    """Whether the veto word at ``title[start:end]`` is the first part of a longer name that a
    head noun ends ("Webinar Producer", "Graduate Training Scheme", "Strategy & Operations
    Associate"): the name of a job or of a hiring scheme, not the event."""
    if start < 0 or end <= start or end > len(title):
        return False
    return _COMPOUND.match(title, end) is not None
