"""A rehearsal word naming a part of a real hiring step; a performer's hiring step (round 22).

Owns ``without_step_part`` (an exception to ``title_negative.TITLE_NEGATIVE``'s rehearsal words,
applied by ``title_veto``), ``PERFORMANCE_STEP`` (an audition or a voice or screen test: a
performer's hiring step, which a seller's "demo" veto must not read as a sales demo, nor a
producer as organiser as the press) and ``without_performance_media`` (a media word beside such
a step, "On-air audition – Wazobia FM", is the employer's trade, not a press interview).

The exception's exact condition (shared with the rehearsal vetoes' owner): the vetoing word is
a rehearsal word ("mock", "practice", "practise", "rehearsal", "dry run"); the one or two words
right after it, after an optional count, name a PART of a step's agenda (links, a bulletin or a
read, a script, a case, a call, a pitch, a presentation, a scenario, an exercise, a task, a
brief, a client or a patient), not the interview or step itself ("mock interview", "mock case
interview", "practice assessment" keep their veto); and the title without that phrase still
names a hiring step on its own (``rules.strong_title``, ``rules.weak_title`` or
``PERFORMANCE_STEP``). So "Studio audition – Coast 104 (3 mock links + a trail)" and "Final
interview incl. mock client call" are the real steps they say, while "Mock links – radio course"
and "Practice pitch for demo day" stay vetoed (no step outside the phrase).

Why: round 21's rehearsal rule silenced a real radio audition whose title listed "3 mock links"
(round 21's blind batch; tests/data/real_cases_t22a.py holds new cases of the kind). Pure; no
I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.rules import strong_title, weak_title

__all__ = ["PERFORMANCE_STEP", "without_performance_media", "without_step_part"]

_I = re.IGNORECASE

# An audition, a voice test, a screen or on-air test: a performer's hiring step.
PERFORMANCE_STEP = re.compile(
    r"\b(?:audition\w*|voice\s+tests?|screen\s+tests?|on[\s-]?air\s+(?:tests?|auditions?))\b", _I)

_REHEARSAL = re.compile(r"(?:mock|practi[cs]e|rehears\w*|dry[\s-]?run)", _I)
# What follows the rehearsal word when it names a part of the step, not the step.
_PART = re.compile(
    r"\s+(?:\d+\s+|two\s+|three\s+|four\s+)?(?:\w+\s+)?"
    r"(?:links?|bulletins?|news\s*(?:casts?|reads?)|reads?|scripts?|cases?|case\s+stud(?:y|ies)"
    r"|calls?|pitch(?:es)?|presentations?|scenarios?|exercises?|tasks?|briefs?|clients?"
    r"|patients?|role[\s-]?plays?)\b(?!\s+(?:interviews?|screens?|assessments?|calls?|practice))",
    _I)


def without_step_part(title: str, veto: re.Match[str]) -> str | None:
    """The title without the phrase ``veto`` begins when that phrase is a rehearsal word naming a
    part of a step and the rest of the title names a hiring step; else None (the veto stands)."""
    if _REHEARSAL.fullmatch(veto.group(0).strip()) is None:
        return None
    part = _PART.match(title, veto.end())
    if part is None:
        return None
    rest = title[: veto.start()] + " " + title[part.end():]
    if strong_title(rest) or weak_title(rest) or PERFORMANCE_STEP.search(rest):
        return rest
    return None


_MEDIA = re.compile(r"(?:radio|on[\s-]?air|broadcast\w*|podcast\w*|tv|filming)", _I)


def without_performance_media(title: str, veto: re.Match[str]) -> str | None:
    """The title without the media word ``veto`` matched when the title names a performer's
    hiring step (an audition, a voice or screen test) outside that word; else None."""
    if _MEDIA.fullmatch(veto.group(0).strip()) is None:
        return None
    rest = title[: veto.start()] + " " + title[veto.end():]
    return rest if PERFORMANCE_STEP.search(rest) else None
