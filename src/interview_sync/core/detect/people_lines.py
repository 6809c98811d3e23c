"""Which lines and sentences of a description name the people a visible guest list adds.

Owns the text-side tests ``people`` applies when guests are listed: the lines that name a guest
and the block or timed schedule they sit in (``lines_naming``), the sentences that say whom the
candidate meets (``meet_sentences``), whether the sender signs as an interviewer
(``signs_as_interviewer``), and a street's name, which is no person's (``is_street``). Split from
``people`` in round 14 (the module was past the size guideline). Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.jobs import ROLE_WORD_RE
from interview_sync.core.detect.lexicon_people import ARRIVAL
from interview_sync.core.detect.people_names import display_name as _display_name
from interview_sync.core.detect.roles import SUPPORT_RE

__all__ = ["is_street", "lines_naming", "meet_sentences", "panel_lines", "signs_as_interviewer"]


# a street's or a square's word ends an address, not a name ("Main Street", "Harbour Rd")
_STREET = re.compile(r"\s(?i:street|st|road|rd|avenue|ave|lane|ln|drive|dr|square|sq|plaza|place"
                     r"|boulevard|blvd|way|straße|strasse|platz|weg|calle|rue|via|rua|straat|plein)\.?$")


_YOU_MEET = re.compile(
    r"\b(?i:you(?:'ll|\s+will)\s+(?:be\s+)?(?:meet(?:ing)?|speak(?:ing)?\s+with"
    r"|interviewed\s+by)|te\s+entrevistar[áa]n?|vous\s+rencontrerez|vous\s+serez\s+re[çc]ue?\s+par"
    r"|sie\s+(?:sprechen|treffen)\s+(?:mit|auf)|ihre?\s+gespr[äa]chspartner|incontrerai"
    r"|(?:voc[êe]\s+)?(?:vai|ir[áa])\s+conversar\s+com|je\s+spreekt\s+met"
    # "Rhonda Tate will meet you", "Du møder konsulent Rikke Holt", "Du träffar ..."
    r"|will\s+(?:meet|greet|welcome|interview)\s+you|du\s+(?:m[øo]der|m[øo]ter|tr[äa]ffar)"
    r"|(?:le|la|te)\s+recibir[áa]|vous\s+recevr[ao]|wird\s+(?:Sie|dich)\s+empfangen"
    # round 18: "Интервью проведёт ...", "Співбесіду проведе ...", "вы встретитесь с ..."
    r"|(?:интервью|собеседование|співбесіду|інтерв'ю)\s+(?:провед[её]т|проведут|проведе|проведуть)"
    r"|вы\s+встретитесь\s+с|ви\s+зустрінетеся\s+з"
    # round 19: whom to ask for on arrival ("ask for Denise Marlow", "chiedere di Nino Ferri")
    r"|will\s+interview\s+you|"
    + "|".join(re.escape(w) for w in sorted({w for cell in ARRIVAL.values() for w in cell},
                                             key=len, reverse=True))
    + r")(?!\w)")


# Round 17: a line that labels the interviewers ("Panel: Rhonda Fisk (Sales), Tom Averill (HR)",
# "Interviewer: Lars Holm", "Assessors: ..."): as good as a sentence saying whom one meets. A
# hiring manager's or a contact's label names the role's manager or a recruiter: not read here.
_PANEL_LABEL = re.compile(
    r"^\W{0,3}(?i:(?:your\s+|the\s+|interview\s+)?panel(?:\s+members?)?|interviewers?|assessors?"
    r"|examiners?|gespr[äa]chspartner(?:in|innen)?|entrevistador(?:es|as|a)?|intervjuare"
    r"|intervieweurs?|selezionator[ei]|interviewer(?:in|innen))[ \t]*:[ \t]*\S")


def panel_lines(text: str) -> str:
    """The lines that label the interviewers, one a line."""
    return "\n".join(line.strip() for line in text.split("\n")
                     if _PANEL_LABEL.match(line.strip()[:300]))


def signs_as_interviewer(text: str, name: str) -> bool:
    """"Sophie Garnier\nLead Developer": the sender signs with a job of the other side (not a
    recruiter's), so she is the interviewer the list shows and the text adds no one."""
    name = _display_name(name)[0]
    at = text.rfind(name) if name else -1
    if at < 0:
        return False
    job = text[at + len(name):].lstrip(" ,\n")[:60].split("\n", 1)[0]
    return bool(ROLE_WORD_RE.search(job)) and not SUPPORT_RE.search(job)


def is_street(name: str) -> bool:
    return _STREET.search(name) is not None


def meet_sentences(text: str) -> str:
    """The sentences that say whom the candidate meets, one a line. The cue is found first and
    its sentence read outwards from it (a pattern that opened with the sentence's run of
    characters was quadratic in a text without a full stop)."""
    out: list[str] = []
    at = 0
    while (match := _YOU_MEET.search(text, at)) is not None:
        start = max(text.rfind(c, 0, match.start()) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, match.end()) for c in ".!?\n") if i >= 0]
        end = min(ends) if ends else len(text)
        out.append(text[start:end])
        at = max(end, match.end())
    return "\n".join(out)


def lines_naming(all_lines: list[str], listed: set[str]) -> list[str]:
    """The lines that name a guest; a line inside a block that opens with a label ("Your
    panel:", "Teilnehmer:", "Comité de selección:") brings the whole block: its other lines are
    the same list's members."""
    n = len(all_lines)
    # the run of non-blank lines just before and just after each line, counted once: walking
    # the block from every naming line was quadratic in a description of names with no blank
    # line (bench/bench_hostile.py's dense names: 7 -> 14 ms before this)
    filled = [bool(line.strip()) for line in all_lines]
    before = [0] * n
    for i in range(1, n):
        before[i] = before[i - 1] + 1 if filled[i - 1] else 0
    after = [0] * n
    for i in range(n - 2, -1, -1):
        after[i] = after[i + 1] + 1 if filled[i + 1] else 0
    picked: set[int] = set()
    for i, line in enumerate(all_lines):
        low = line.lower()
        if not any(name in low for name in listed):
            continue
        picked.add(i)
        start, end = i - before[i], i + after[i]
        if start < i and all_lines[start].rstrip().endswith((":", "：")) and end - start <= 12:
            picked.update(range(start, end + 1))
        elif _TIMED_ROW.match(line) and end - start <= 12:
            # a timed schedule with a guest in one row is the current one: its other timed
            # rows name whom the candidate meets too ("9:30 Meeting with Dean Sarah Kim")
            picked.update(j for j in range(start, end + 1) if _TIMED_ROW.match(all_lines[j]))
    return [all_lines[i] for i in sorted(picked)]


_TIMED_ROW = re.compile(r"^\W{0,3}\d{1,2}(?:[:.h]\d{2}|\s*[ap]\.?m\.?)", re.IGNORECASE)
