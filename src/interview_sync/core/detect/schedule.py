"""People the description of an interview names: schedules, labelled lists, forwarded invites.

Owns reading plain-text (and, for tables, lightly marked-up) descriptions for people when the
guest list does not show them: timed schedules in their table, list and GoodTime-block forms
(``schedule_people``), "Interviewers:" lines, the From/To lines of a forwarded invite
(``forwarded_people``), names linked to their mail (``mailto_names``); and how one list entry
reads as a person (``people_in``: courtesy titles, "and" in each language, a title in brackets
or after a comma, a name's particles). Pure; no I/O. ``people`` combines these with the guest
list; ``mentions`` reads running prose; ``roles`` says who of them is a recruiter or
coordinator (the support words, the contact the text gives, the names it gives those jobs).
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from interview_sync.core.detect.lexicon_people import INTERVIEWERS
from interview_sync.core.detect.names import (
    has_courtesy_title,
    name_words,
    strip_capitalised_job,
    strip_courtesy_titles,
    strip_leading_job,
)
from interview_sync.core.text import html_to_text

__all__ = [
    "EMAIL_RE",
    "HM_RE",
    "JOBBY",
    "SESSION_LABEL",
    "PersonDraft",
    "forwarded_people",
    "mailto_names",
    "people_in",
    "schedule_people",
    "strip_courtesy_titles",  # re-exported (names owns it); callers of old import it here
    "table_text",
]

HM_RE = re.compile(r"\bhiring[\s-]+manager\b|\bHM\b|\(hm\)", re.IGNORECASE)
EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


class PersonDraft(NamedTuple):
    """A person as the invite describes them, before roles are settled (a tuple: it is made for
    every guest of every event, and tuples are cheap)."""

    email: str
    name: str
    title: str | None = None
    hiring_manager: bool = False


_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?"
# A time standing alone must look like one ("3:00", "3 PM"), not a bare count ("5 days").
_CLOCK = r"\d{1,2}(?:[:.h]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
_ZONE_ABBREVIATION = (
    r"(?-i:\s*(?:[ECMPA][SD]?T|UTC|GMT|BST|CES?T|IST|JST|KST|SGT|HKT|AES?T|AEDT)\b)?"
)
# "10:00 - 10:45 AM Kim Ng", "3:00 PM | Alice Wong", "10:00–10:45 PDT: Coding with Kim Ng": one
# row of a schedule, each row with its own time (or a range). The rest may be empty when the
# names follow on the next lines, as GoodTime lays out its blocks.
_SCHEDULE_LINE = re.compile(
    r"^\W{0,3}(?:(?:" + _TIME + r")\s*(?:-|–|—|to|~)\s*(?:" + _TIME + r")|" + _CLOCK + r")"
    + _ZONE_ABBREVIATION + r"(?![\w:])\s*[:|\-–—]?\s*(.*)$",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:(?:your|the|our)\s+)?(?:interview\s+(?:schedule|panel|team)|interviewers?"
    r"|panel(?:ists)?|you(?:'ll|\s+will)\s+(?:meet|speak|be\s+(?:meeting|speaking))(?:\s+with)?"
    r"|schedule|agenda|itinerary|who\s+you(?:'ll|\s+will)\s+meet|meeting\s+with"
    # round 12: a public body's panel by its name ("Your selection panel:", "Search committee:",
    # "Board:", "The oral board will consist of ...", "Appointments Committee members:")
    r"|(?:selection|search|hiring|appointments?|interview|oral|review)\s+(?:panel|committee|board)"
    r"|committee|board"
    # round 13: a list's label in other words and languages ("Who: Ms Tan Siew Ling", "Teilnehmer:",
    # "Participants :", "Condução: Renata Castilho", "Comité de selección:")
    r"|(?:who|participants?|teilnehmer(?:innen)?|teilnehmende|condu[çc][ãa]o)(?=\s*:)"
    r"|comit[ée](?:\s+de\s+(?:selecci[óo]n|s[ée]lection|contrataci[óo]n))?)\b"
    r"(?:\s+(?:will\s+be|is|are|includes?|today\s+(?:is|are)|members|(?:will\s+)?consists?\s+of"
    r"|comprises?))?(?:[^:\n.!?]*:)?\s*(.*)$",
    re.IGNORECASE,
)


def _labelled_list() -> re.Pattern[str]:
    """"Entrevistadores:", "Intervenants :", "Rozmowę przeprowadzą:": a label of
    ``lexicon_people.INTERVIEWERS``, in every language but Japanese, Chinese and Korean (whose
    names are written without spaces and read by ``uncased.cjk_interviewers``), and a colon."""
    labels = sorted({w for lang, cell in INTERVIEWERS.items() if lang not in ("ja", "zh", "ko")
                     for w in cell}, key=len, reverse=True)
    return re.compile(r"(?:^|[.!?]\s+)\W{0,3}(?:" + "|".join(map(re.escape, labels))
                      + r")\s*[:：]\s*(.*)$", re.IGNORECASE)


_LABELLED = _labelled_list()
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦]|\d{1,2}[.)])\s+(.+)$")
_WITH = re.compile(r"^.*?\bwith\s+", re.IGNORECASE)
_SESSION_WORDS = re.compile(
    r"^(?:lunch|break|welcome|wrap[\s-]*up|q\s*&\s*a|office\s+tour|tour|intro(?:duction)?s?"
    r"|coffee|check[\s-]*in|debrief|closing|buffer|travel|tbd|tba|best|thanks|thank|regards"
    r"|cheers|sincerely|hi|hello|dear|join|zoom|meeting|passcode|password|dial|phone|location"
    r"|address|please|note|looking|see\s+you|talk\s+soon|kind|warm|the\s+team|our\s+team"
    r"|microsoft|google|teams|webex|skype|bluejeans|whereby|hangouts?)\b",
    re.IGNORECASE,
)
# "Format: Microsoft Teams", "Where: ...": a field of the invite, which ends a list of people.
_FIELD_LINE = re.compile(
    r"^\W*(?:format|location|where|when|date|time|duration|length|dial[\s-]*in|meeting\s+(?:id"
    r"|link)|link|join|passcode|password|pin|address|parking|dress\s+code|platform|video|phone"
    r"|conference|subject|what|timezone|time\s+zone|notes?|agenda\s+link|directions)\s*:",
    re.IGNORECASE,
)
# "Local: Av. Brasil, 1200", "Ort: Empfang", "Lugar: ...": a one-word field label of any
# language also ends a list (a person's line does not start with one word and a colon)
_ONE_WORD_FIELD = re.compile(r"^\W*[^\W\d_][^\W\d_]*\s*[:：]\s*\S")
# A schedule cell or line that names a session or a day, not a person: it neither ends a
# schedule nor is anyone's name ("Technical Interview", "Tuesday, June 10", "Lunch").
SESSION_LABEL = re.compile(
    r"\b(?:interview|screen(?:ing)?|coding|technical|design|behaviou?ral|culture|values|lunch"
    r"|break|presentation|review|chat|panel|round|session|assessment|case|pairing|programming"
    r"|q\s*&\s*a|tour|welcome|wrap|debrief|conversation|discussion|deep\s+dive|exercise"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|schedule|agenda|break"
    r"|hiring\s+manager)\b",
    re.IGNORECASE,
)
# A job's words: a cell or a name holding one is someone's title, not their name (``roles``
# reads the names a description gives a recruiting job with it too).
JOBBY = re.compile(
    r"\b(?:engineer\w*|manager|director|recruit\w*|coordinat\w*|lead|head|vp|founder|ceo|cto"
    r"|cfo|coo|designer|scientist|analyst|architect|product|partner|talent|staff|principal"
    r"|senior|sr|developer|officer|president|specialist|consultant|owner|hr|people|intern"
    r"|associate|researcher|sre|sourcer|hiring)\b",
    re.IGNORECASE,
)
_PERSON_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}$")
_CELL = re.compile(r"\s+(?:\||–|—|-)\s+|\s*\|\s*")


# A name of two capitalised words, then "of", "from" or "at" and an organisation: cut there.
_OF_EMPLOYER = re.compile(r"^(.{0,80}?[A-ZÀ-Þ][\w'’-]{1,30} [A-ZÀ-Þ][\w'’-]{1,30})"
                          r"\s+(?:of|from|at)\s+[A-ZÀ-Þ].*$")


def _split_person(chunk: str) -> PersonDraft | None:
    """"Kim Ng, Staff Engineer (kim@x.com)" → a draft with name, title and address."""
    if has_courtesy_title(chunk):
        chunk = strip_courtesy_titles(chunk)
    email_match = EMAIL_RE.search(chunk)
    email = email_match.group(0).lower().strip(".") if email_match else ""
    text = EMAIL_RE.sub(" ", chunk)
    text = re.sub(r"[<>\[\]]|\(\s*\)|mailto:", " ", text).strip(" -–—:|,;")
    hiring_manager = bool(HM_RE.search(text))
    title: str | None = None
    paren = re.search(r"\(([^()]{1,60})\)", text)
    if paren:
        title = paren.group(1).strip()
        text = (text[: paren.start()] + text[paren.end():]).strip(" -–—:|,;")
    # "Coding: Kim Ng" or "Coding with Kim Ng" — a session label before the name.
    if ":" in text:
        _, _, tail = text.partition(":")
        if tail.strip():
            text = tail.strip()
    session = _WITH.search(text)
    if session:
        text = text[session.end():]
    if title is not None and _BRACKETED_PERSON.fullmatch(title) \
            and _POST_ALONE.fullmatch(text.strip()):
        # "breakfast with Chair (Dr. Paul Serrano)", "Meeting with the Dean (Rosa Whitfield)": a
        # post, then who holds it in brackets (round 14)
        text, title = title, text.strip()
    if _INDEFINITE.match(text):
        return None  # "an Independent Public Appointments Assessor": someone described, unnamed
    parts = re.split(r"\s*(?:,|\s[-–—|]\s)\s*", text, maxsplit=1)
    # "Chief Engineer Pavel Novak of Hollandia Shipping": the employer after the name (round 17)
    if len(parts[0]) < 200:
        parts[0] = _OF_EMPLOYER.sub(r"\1", parts[0])
    name, job = strip_capitalised_job(parts[0].strip(" -–—:|,;.("))
    if job and title is None:
        title = job
    stripped = strip_leading_job(name)
    if name[:1].isupper() or stripped is not name:
        name = name_words(stripped)
    if _THAI.match(name):
        # Thai puts no spaces between words, only between a given name and a surname and
        # between phrases: a third space-separated part is the next phrase (a job).
        name = " ".join(name.split()[:2])
    if len(parts) > 1 and parts[1].strip():
        tail = parts[1].strip(" -–—:|,;.")
        tail = tail.rstrip(")") if "(" not in tail else tail  # "Governor) and ..." ends a list
        title = tail if title is None else f"{parts[1].strip()} ({title})"
    if title and HM_RE.fullmatch(title.strip()):
        title = "Hiring Manager"
    if not name or _SESSION_WORDS.match(name) or not _PERSON_NAME.match(name):
        return None
    if SESSION_LABEL.search(name) or (not email and JOBBY.search(name)):
        return None
    # Without an address, only a capitalised full name is trusted ("Best," is a sign-off); a
    # script without case (Arabic, Hebrew, Devanagari, Thai) has no capital to show, so there
    # the name only must not start in lower case.
    if not email and (name[:1].islower() or not (name[:1].isupper() or _uncased(name))
                      or " " not in name):
        return None
    return PersonDraft(email=email, name=name, title=title or None, hiring_manager=hiring_manager)


# a post alone (a seat, a head, an office), possibly with its article, before a bracketed name
_POST_ALONE = re.compile(
    r"(?i:(?:the|our|your|la|le|el|die|der)\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"(?i:chair(?:person)?|dean|provost|president|director|head|principal|manager|chef|chief"
    r"|supervisor|superintendent|rector|rektor|leiter(?:in)?|directeur|directrice|directora?)")
# ... and the bracket holding a full name (the courtesy title is gone by now)
_BRACKETED_PERSON = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# An indefinite article opens a description of someone, never a name (round 12); not "a",
# which is also Portuguese's definite article before a woman's name ("com a Inês Carvalho").
_INDEFINITE = re.compile(r"(?i:an|un|une|una|uno|ein|eine|einen|een|um|uma)\s")


def _uncased(name: str) -> bool:
    """A name in a script without capitals: its letters are neither upper nor lower case."""
    return all(not (c.isupper() or c.islower()) for c in name if c.isalpha())


def _drop_labels(rest: str) -> str:
    """"Coding | Kim Ng, Raj Iyer" → "Kim Ng, Raj Iyer": session cells before the people go."""
    cells = [c for c in _CELL.split(rest) if c.strip()]
    while len(cells) > 1 and SESSION_LABEL.search(cells[0]) and not EMAIL_RE.search(cells[0]) \
            and not re.search(r"\bwith\s", cells[0], re.IGNORECASE):
        cells.pop(0)
    return ", ".join(cells) if len(cells) > 1 and "|" in rest else " - ".join(cells)


# "and" in the languages of the corpus: "Kari Nilsen og Ola Berg", "Marco Ferri ed Elena Conti".
_AND = re.compile(r"\s*(?:;|(?:\s&\s|\s(?:and|und|sowie|et|y|e|ed|en|og|och|ja|oraz|i|a|и|dan|và|ve"
                  r"|та|και"
                  # "together with" in the languages of the corpus: "enhetschef Karin Lundqvist
                  # tillsammans med Erik Sjöberg", "zusammen mit", "samen met", "junto con"
                  r"|together\s+with|along\s+with|zusammen\s+mit|gemeinsam\s+mit|tillsammans\s+med"
                  r"|sammen\s+med|samen\s+met|junto\s+con|junto\s+a|insieme\s+a|ainsi\s+que"
                  r"|accompagn[ée]e?\s+de|razem\s+z|spolu\s+s|вместе\s+с)\s)"
                  # not at the end of a bracketed title: "Renata Castilho (Gente e Gestão)" is
                  # one person (round 13)
                  r"(?![^(),;]{0,30}\))|/)\s*")
# "Paul Grant (Team Leader, Collections)" is one; the Arabic and the CJK commas split too
_COMMA_OUTSIDE = re.compile(r"[,،、](?![^()]*\))")


def _chunks(rest: str) -> list[str]:
    """Several people on one line: "Kim Ng (HM), Raj Iyer" or "Kim Ng & Raj Iyer"."""
    pieces = _AND.split(_drop_labels(rest))
    out: list[str] = []
    for piece in pieces:
        sub = [s.strip() for s in _COMMA_OUTSIDE.split(piece)]
        # A comma followed by a job title or a bare address belongs to the person before it;
        # "Alice (a@x), Bo Park (b@x)" are two people.
        current = ""
        for part in sub:
            bare = EMAIL_RE.sub("", part).strip(" ()<>[]")
            # "Omar Haddad (Staff Engineer)" is a person with a title, not a title alone.
            unbracketed = _PARENTHESISED.sub("", part)
            # ... unless a name follows the job: "Cllr Moira Blake, Head of Communities Sean
            # Duffy" are two people
            extends = not part or not bare or (
                JOBBY.search(unbracketed) is not None
                and not (EMAIL_RE.search(current) and EMAIL_RE.search(part))
                and strip_capitalised_job(unbracketed.strip(" .;"))[1] is None
            )
            if current and extends:
                current = f"{current}, {part}"
            else:
                if current:
                    out.append(current)
                current = part
        if current:
            out.append(current)
    return out


_PARENTHESISED = re.compile(r"\([^()]*\)")
# a full stop after a lower-case letter of any Latin script ("Kế toán trưởng. Địa điểm: ..."),
# not after an initial ("Mrs K. Doyle")
_LOWER = "".join(chr(c) for r in ((0x61, 0x250), (0x1E00, 0x1F00)) for c in range(*r)
                 if chr(c).islower())
# ... nor after a courtesy title or a rank ("Search committee: Dr. Ann Lowe", "Sgt. Lee Park")
_SENTENCE_END = re.compile(r"(?<=[" + _LOWER + r")])"
                           + "".join(rf"(?<!\b{t})" for t in (
                               "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Sgt", "Lt", "Capt", "Cpt",
                               "Det", "Col", "Cmdr", "Hon", "Revd", "Rev", "Dra", "Sra", "Sr",
                               "Srta", "Mme", "Mlle", "St"))
                           + r"\.\s+(?=[^\W\d_])")


def people_in(rest: str) -> list[PersonDraft]:
    """The people one line or sentence of a list names ("Kim Ng (HM), Raj Iyer")."""
    return [d for d in map(_split_person, _chunks(rest)) if d is not None]


# "9:30 Ellen Park (Partner); 10:00 David Kranz (Partner)": a schedule's rows on one line,
# each after a semicolon and its time (round 13)
_INLINE_ROW = re.compile(r";\s*(?=" + _CLOCK + r"\s)", re.IGNORECASE)


def _rows(text: str) -> list[str]:
    return [row for line in text.split("\n")
            for row in (_INLINE_ROW.split(line) if ";" in line else (line,))]


def schedule_people(text: str) -> list[PersonDraft]:
    """People named in an interview schedule or an "Interviewers:" list in plain text.

    A list starts at a header ("Interviewers:", "Your schedule") or at a line that starts with a
    time; it goes on over blank lines (HTML tables and lists leave them between rows) while its
    lines name people, sessions or days, and ends at the first line that names none of them.
    After a header, a blank line followed by a plain line (a sign-off) also ends it.
    """
    found: list[PersonDraft] = []
    in_list = False
    timed = False  # the list is a timed schedule (rows may leave the time cell empty)
    blank = False
    for raw_line in _rows(text[:20_000]):
        line = raw_line.strip().strip("|").strip()
        if not line:
            blank = True
            continue
        after_blank, blank = blank, False
        if in_list and (_FIELD_LINE.match(line) or _ONE_WORD_FIELD.match(line)):
            in_list = False
            continue
        match = _SCHEDULE_LINE.match(line)
        if match:
            in_list = timed = True
            found += people_in(match.group(1))
            continue
        header = _HEADER.search(line) or (
            _LABELLED.search(line) if ":" in line or "：" in line else None)
        if header:
            in_list, timed = True, False
            rest = header.group(1)
            first_row = _SCHEDULE_LINE.match(rest)  # "Schedule: 9:30 Ellen Park (Partner); ..."
            if first_row:
                rest, timed = first_row.group(1), True
            # "Your interviewer will be Hugo Lind (Principal). Please bring ...": one sentence.
            found += people_in(_SENTENCE_END.split(rest, maxsplit=1)[0])
            continue
        if not in_list:
            continue
        bullet = _BULLET.match(line)
        if bullet is None and after_blank and not timed and found and not EMAIL_RE.search(line):
            in_list = False
            continue
        people = people_in(bullet.group(1) if bullet else line)
        if people:
            found += people
        elif not SESSION_LABEL.search(line):
            in_list = False
    return found


_FORWARDED = re.compile(
    r"original\s+appointment|forwarded\s+(?:message|meeting|invitation|event)|^\s*subject\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESS_LINE = re.compile(
    r"^\W*(?:from|to|cc|required(?:\s+attendees)?|optional(?:\s+attendees)?|organi[sz]er"
    r"|attendees|invitees|guests)\s*:\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_NAMED_ADDRESS = re.compile(
    r"(?:\"?([^\";<>,]{1,60}?)\"?\s*)?<\s*([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\s*>"
    r"|([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)"
)


# Only layout tags: a plain-text "Dana Holt <dana@x>" keeps its address, which an HTML parser
# would take for a tag.
_LIGHT_TAGS = re.compile(r"</?(?:p|br|div|span|b|i|u|a|font|table|tbody|tr|td|th|ul|ol|li|hr|strong"
                         r"|em|o:p)\b[^>]*>", re.IGNORECASE)


def forwarded_people(text: str) -> list[PersonDraft]:
    """The From/To/Cc lines of an invite forwarded as text ("-----Original Appointment-----"),
    as Outlook and Gmail forward them to a personal calendar: every address on them."""
    head = _LIGHT_TAGS.sub("\n", html.unescape(text[:20_000]))
    if not _FORWARDED.search(head):
        return []
    found: list[PersonDraft] = []
    for line in _ADDRESS_LINE.finditer(head):
        for match in _NAMED_ADDRESS.finditer(line.group(1)):
            email = (match.group(2) or match.group(3) or "").lower().strip(".")
            name = " ".join((match.group(1) or "").split()).strip(" ;,")
            found.append(PersonDraft(email=email, name=name))
    return found

def table_text(raw_description: str) -> str:
    """The description as text with table cells kept apart by " | " (html_to_text joins them
    with a space, which runs "3:00 PM" into "Alice Wong"), or "" when it has no table."""
    if "<td" not in raw_description and "<TD" not in raw_description:
        return ""
    return html_to_text(_CELL_END.sub(" | ", raw_description))


_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)


_MAILTO = re.compile(
    r"<a\b[^>]*?href\s*=\s*[\"']?mailto:([^\"'?>\s]+)[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL
)
_TAGS = re.compile(r"<[^>]*>")


def mailto_names(raw_description: str) -> dict[str, str]:
    """Lower-cased link text → address, for schedules whose names link to their mail."""
    if "mailto:" not in raw_description:
        return {}
    out: dict[str, str] = {}
    for match in _MAILTO.finditer(raw_description[:100_000]):
        name = " ".join(_TAGS.sub(" ", match.group(2)).split()).lower()
        if name and "@" not in name:
            out[name] = match.group(1).strip().lower()
    return out


# ------------------------------------------------------------------------------- all together
