"""Whom the candidate met: the people on an interview invite worth a thank-you.

Owns turning attendees, the organiser and (when the guest list is hidden) the schedule in the
description into ``Person`` values: the user, rooms, groups, lists, tools and no-reply senders and
people who declined are left out; names come from the display name, else the address, else the
schedule; coordinators, recruiters, talent, scheduling, people-ops and HR are ``support``; a stated
hiring manager is flagged. Pure; no I/O.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from interview_sync.detect_company import domain_of, is_machine_address
from interview_sync.model import Person, PersonRole
from interview_sync.text import html_to_text

__all__ = ["PersonDraft", "mailto_names", "name_from_address", "people_of", "schedule_people"]

# dict first: JSON gives dicts, and an ABC isinstance check is slow on the hot path.
_MAP = (dict, Mapping)
_SUPPORT_RE = re.compile(
    r"recruit|rekrut|reclut|recrut|rrhh|talent|coordinat|scheduling|scheduler|sourc(?:er|ing)|people[\s._-]*(?:ops|operations"
    r"|team|partner)|\bhr\b|human\s+resources|\bta\b|careers|\bjobs\b|hiring[\s._-]*team"
    r"|\binterviews?\b|candidate\s+experience|^hr[._-]|[._-]hr$",
    re.IGNORECASE,
)
_HM_RE = re.compile(r"\bhiring[\s-]+manager\b|\bHM\b|\(hm\)", re.IGNORECASE)
_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_RESOURCE_RE = re.compile(r"@(?:resource|group(?:\.v)?|import)\.calendar\.google\.com$")


class PersonDraft(NamedTuple):
    """A person as the invite describes them, before roles are settled (a tuple: it is made for
    every guest of every event, and tuples are cheap)."""

    email: str
    name: str
    title: str | None = None
    hiring_manager: bool = False


@lru_cache(maxsize=16384)
def name_from_address(email: str) -> str:
    """"kim.ng@x" → "Kim Ng"; "kim_ng2@x" → "Kim Ng"; "" when nothing readable is left."""
    local = email.partition("@")[0].split("+", 1)[0]
    words = [w for w in re.split(r"[._\-]+", re.sub(r"\d+", " ", local)) for w in w.split() if w]
    return " ".join(w.capitalize() for w in words)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


@lru_cache(maxsize=16384)
def _role_for(email: str, name: str, title: str | None) -> PersonRole:
    local = email.partition("@")[0]
    for text in (local, name, title or ""):
        if text and _SUPPORT_RE.search(text):
            return "support"
    return "interviewer"


# ------------------------------------------------------------------- schedules in descriptions

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
    r"(?:^|[.!?]\s+)\W*(?:your\s+)?(?:interview\s+(?:schedule|panel|team)|interviewers?"
    r"|panel(?:ists)?|you(?:'ll|\s+will)\s+(?:meet|speak|be\s+(?:meeting|speaking))(?:\s+with)?"
    r"|schedule|agenda|itinerary|who\s+you(?:'ll|\s+will)\s+meet|meeting\s+with)\b"
    r"(?:[^:\n]*:)?\s*(.*)$",
    re.IGNORECASE,
)
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
# A schedule cell or line that names a session or a day, not a person: it neither ends a
# schedule nor is anyone's name ("Technical Interview", "Tuesday, June 10", "Lunch").
_SESSION_LABEL = re.compile(
    r"\b(?:interview|screen(?:ing)?|coding|technical|design|behaviou?ral|culture|values|lunch"
    r"|break|presentation|review|chat|panel|round|session|assessment|case|pairing|programming"
    r"|q\s*&\s*a|tour|welcome|wrap|debrief|conversation|discussion|deep\s+dive|exercise"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|schedule|agenda|break)\b",
    re.IGNORECASE,
)
_JOBBY = re.compile(
    r"\b(?:engineer\w*|manager|director|recruit\w*|coordinat\w*|lead|head|vp|founder|ceo|cto"
    r"|cfo|coo|designer|scientist|analyst|architect|product|partner|talent|staff|principal"
    r"|senior|sr|developer|officer|president|specialist|consultant|owner|hr|people|intern"
    r"|associate|researcher|sre|sourcer|hiring)\b",
    re.IGNORECASE,
)
_PERSON_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}$")
_CELL = re.compile(r"\s+(?:\||–|—|-)\s+|\s*\|\s*")


def _split_person(chunk: str) -> PersonDraft | None:
    """"Kim Ng, Staff Engineer (kim@x.com)" → a draft with name, title and address."""
    email_match = _EMAIL_RE.search(chunk)
    email = email_match.group(0).lower().strip(".") if email_match else ""
    text = _EMAIL_RE.sub(" ", chunk)
    text = re.sub(r"[<>\[\]]|\(\s*\)|mailto:", " ", text).strip(" -–—:|,;")
    hiring_manager = bool(_HM_RE.search(text))
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
    parts = re.split(r"\s*(?:,|\s[-–—|]\s)\s*", text, maxsplit=1)
    name = parts[0].strip(" -–—:|,;.")
    if len(parts) > 1 and parts[1].strip():
        title = parts[1].strip(" -–—:|,;.") if title is None else f"{parts[1].strip()} ({title})"
    if title and _HM_RE.fullmatch(title.strip()):
        title = "Hiring Manager"
    if not name or _SESSION_WORDS.match(name) or not _PERSON_NAME.match(name):
        return None
    if _SESSION_LABEL.search(name) or (not email and _JOBBY.search(name)):
        return None
    # Without an address, only a capitalised full name is trusted ("Best," is a sign-off).
    if not email and (not name[:1].isupper() or " " not in name):
        return None
    return PersonDraft(email=email, name=name, title=title or None, hiring_manager=hiring_manager)


def _drop_labels(rest: str) -> str:
    """"Coding | Kim Ng, Raj Iyer" → "Kim Ng, Raj Iyer": session cells before the people go."""
    cells = [c for c in _CELL.split(rest) if c.strip()]
    while len(cells) > 1 and _SESSION_LABEL.search(cells[0]) and not _EMAIL_RE.search(cells[0]) \
            and not re.search(r"\bwith\s", cells[0], re.IGNORECASE):
        cells.pop(0)
    return ", ".join(cells) if len(cells) > 1 and "|" in rest else " - ".join(cells)


def _chunks(rest: str) -> list[str]:
    """Several people on one line: "Kim Ng (HM), Raj Iyer" or "Kim Ng & Raj Iyer"."""
    pieces = re.split(r"\s*(?:;|\s&\s|\sand\s|/)\s*", _drop_labels(rest))
    out: list[str] = []
    for piece in pieces:
        sub = [s.strip() for s in piece.split(",")]
        # A comma followed by a job title or a bare address belongs to the person before it;
        # "Alice (a@x), Bo Park (b@x)" are two people.
        current = ""
        for part in sub:
            bare = _EMAIL_RE.sub("", part).strip(" ()<>[]")
            extends = not part or not bare or (
                _JOBBY.search(part) is not None
                and not (_EMAIL_RE.search(current) and _EMAIL_RE.search(part))
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


def _people_in(rest: str) -> list[PersonDraft]:
    return [d for d in map(_split_person, _chunks(rest)) if d is not None]


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
    for raw_line in text[:20_000].split("\n"):
        line = raw_line.strip().strip("|").strip()
        if not line:
            blank = True
            continue
        after_blank, blank = blank, False
        if in_list and _FIELD_LINE.match(line):
            in_list = False
            continue
        match = _SCHEDULE_LINE.match(line)
        if match:
            in_list = timed = True
            found += _people_in(match.group(1))
            continue
        header = _HEADER.search(line)
        if header:
            in_list, timed = True, False
            found += _people_in(header.group(1))
            continue
        if not in_list:
            continue
        bullet = _BULLET.match(line)
        if bullet is None and after_blank and not timed and found and not _EMAIL_RE.search(line):
            in_list = False
            continue
        people = _people_in(bullet.group(1) if bullet else line)
        if people:
            found += people
        elif not _SESSION_LABEL.search(line):
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
_NAMED_ADDRESS = re.compile(r"(?:\"?([^\";<>,]{1,60}?)\"?\s*)?<\s*([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\s*>"
                            r"|([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)")


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


# --------------------------------------------------------- recruiters the description names

_SUPPORT_WORDS = (
    r"(?:(?:technical|senior|lead|university|campus|executive|sr\.?)\s+)?(?:recruit(?:er|ing"
    r"(?:\s+(?:coordinator|partner|manager|lead))?|ment\s+(?:coordinator|partner))|talent\s+"
    r"(?:acquisition(?:\s+(?:partner|specialist|manager|lead))?|partner|team|advisor|specialist"
    r"|lead|manager)|(?:interview\s+|scheduling\s+|candidate\s+)?coordinator|sourcer|scheduler"
    r"|people\s+(?:ops|operations|partner)|hr\s+(?:partner|manager|generalist)|recruiter)"
)
_NAME_WORDS = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
_SUPPORT_MENTIONS = (
    # "Kim (Technical Recruiter) will walk you through", "Kim Ng, Recruiting Coordinator"
    re.compile(r"(" + _NAME_WORDS + r")\s*(?:\(\s*|,\s*|\s[-–—|]\s*)(?:your\s+|our\s+|the\s+)?"
               + _SUPPORT_WORDS + r"\b", re.IGNORECASE),
    # "your recruiter, Kim Ng", "Coordinator: Sam", "Recruiter - Kim Ng"
    re.compile(r"\b" + _SUPPORT_WORDS + r"\s*(?:[,:]|\s[-–—]|\bis)\s*(" + _NAME_WORDS + r")",
               re.IGNORECASE),
    # "Kim from the recruiting team", "Kim is your recruiter", "Sam will be coordinating"
    re.compile(r"(" + _NAME_WORDS + r")\s+(?:from|on|in|of)\s+(?:the\s+|our\s+)?[\w ]{0,20}?"
               r"(?:recruiting|talent|people|hr)\b", re.IGNORECASE),
    re.compile(r"(" + _NAME_WORDS + r")\s+(?:is|will\s+be)\s+(?:your|the|our)\s+(?:main\s+)?"
               r"(?:point\s+of\s+contact|" + _SUPPORT_WORDS + r")", re.IGNORECASE),
    # A signature: "Kim Ng\nTechnical Recruiter | Northwind"
    re.compile(r"(?m)^\W*(" + _NAME_WORDS + r")\s*\n\s*" + _SUPPORT_WORDS + r"\b", re.IGNORECASE),
)
_SUPPORT_HINT = re.compile(r"recruit|talent|coordinat|sourcer|scheduler|people\s+(?:ops|oper|partner)"
                           r"|hr\s+(?:partner|manager|generalist)", re.IGNORECASE)
_GREETING = re.compile(r"\b(?:hi|hello|hey|dear)[ \t]*$", re.IGNORECASE)
_NOT_A_NAME = re.compile(
    r"^(?:your|our|the|my|a|an|hi|hello|dear|thanks|best|regards|please|this|we|i|you|and"
    r"|interview|technical|senior|lead|recruit\w*|talent|hiring|team|coordinator)$",
    re.IGNORECASE,
)


def support_names(text: str) -> frozenset[str]:
    """Lower-cased names (full, and first) the description gives a recruiting or coordinating
    job: "Kim (Technical Recruiter) will walk you through the role" → {"kim"}."""
    head = text[:20_000]
    if not _SUPPORT_HINT.search(head):
        return frozenset()
    out: set[str] = set()
    for pattern in _SUPPORT_MENTIONS:
        for match in pattern.finditer(head):
            if _GREETING.search(head, max(0, match.start(1) - 8), match.start(1)):
                continue  # "Hi Pat, your recruiter, Kim Ng": Pat is the one greeted
            words = match.group(1).split()
            if words and words[0].lower() in {"hi", "hello", "hey", "dear"}:
                continue
            while words and _NOT_A_NAME.match(words[0]):
                words.pop(0)
            if not words or _JOBBY.search(" ".join(words)) or _SESSION_LABEL.search(words[0]):
                continue
            # Only the capitalised words are the name ("Kim from" → "Kim").
            name = " ".join(w for w in words if w[:1].isupper())
            if name:
                out.add(name.lower())
    return frozenset(out)


def _described_as_support(name: str, described: frozenset[str]) -> bool:
    if not described or not name:
        return False
    low = " ".join(name.lower().split())
    first = low.split()[0]
    return low in described or first in described or any(
        d.split()[0] == first and (len(d.split()) == 1 or d == low) for d in described
    )


# ------------------------------------------------------------------------------- all together


def _is_me(email: str, me: str, flagged_self: object) -> bool:
    return flagged_self is True or (bool(me) and email == me)


def people_of(
    event: Mapping[str, Any],
    me: str,
    my_domains: Collection[str],
    description_text: str,
    *,
    hiring_manager_hint: bool = False,
    raw_description: str = "",
) -> tuple[tuple[Person, ...], tuple[str, ...]]:
    """The people to thank, and the lower-cased names of everyone on the invite (for company)."""
    raw_attendees = event.get("attendees")
    attendees: Sequence[Any] = raw_attendees if isinstance(raw_attendees, list) else ()
    drafts: dict[str, PersonDraft] = {}
    declined: set[str] = set()
    names: list[str] = []
    others = 0
    for entry in attendees:
        if not isinstance(entry, _MAP):
            continue
        email = _text(entry.get("email")).strip().lower()
        display = " ".join(_text(entry.get("displayName")).split())
        if display:
            names.append(display.lower())
        if not email or "@" not in email or _is_me(email, me, entry.get("self")):
            continue
        if entry.get("resource") is True:
            continue
        if entry.get("responseStatus") == "declined":
            declined.add(email)
            continue
        # Also rooms, groups and imports: their domains end in calendar.google.com.
        if is_machine_address(email) or domain_of(email) in my_domains:
            continue
        if _role_for(email, display, None) == "interviewer":
            others += 1
        if email in drafts:
            if display and not drafts[email].name:
                drafts[email] = PersonDraft(email=email, name=display)
            continue
        drafts[email] = PersonDraft(email=email, name=display)

    organizer = event.get("organizer")
    if isinstance(organizer, _MAP):
        email = _text(organizer.get("email")).strip().lower()
        display = " ".join(_text(organizer.get("displayName")).split())
        if display:
            names.append(display.lower())
        if (
            email and "@" in email and email not in drafts and email not in declined
            and not _is_me(email, me, organizer.get("self"))
            and not _RESOURCE_RE.search(email) and not is_machine_address(email)
            and domain_of(email) not in my_domains
        ):
            drafts[email] = PersonDraft(email=email, name=display)

    hidden = event.get("guestsCanSeeOtherGuests") is False or others == 0
    if hidden and description_text:
        linked = mailto_names(raw_description)
        listed = schedule_people(table_text(raw_description) or description_text)
        for found in forwarded_people(raw_description or description_text) + listed:
            draft = found
            if not draft.email and draft.name.lower() in linked:
                draft = draft._replace(email=linked[draft.name.lower()])
            if draft.email and (
                draft.email == me or draft.email in declined or is_machine_address(draft.email)
                or domain_of(draft.email) in my_domains
            ):
                continue
            key = draft.email or _name_key(draft.name, drafts)
            known = drafts.get(key)
            if known is not None:
                drafts[key] = PersonDraft(
                    email=known.email or draft.email, name=known.name or draft.name,
                    title=known.title or draft.title,
                    hiring_manager=known.hiring_manager or draft.hiring_manager,
                )
            else:
                drafts[key] = draft
            names.append(draft.name.lower())
    elif description_text and drafts:
        # A visible guest list can still carry titles and the hiring manager in the description.
        for draft in schedule_people(description_text):
            key = draft.email or _name_key(draft.name, drafts)
            known = drafts.get(key)
            if known is not None and key.find("@") >= 0:
                drafts[key] = PersonDraft(
                    email=known.email, name=known.name or draft.name,
                    title=known.title or draft.title,
                    hiring_manager=known.hiring_manager or draft.hiring_manager,
                )

    described = support_names(description_text) if description_text else frozenset()
    people: list[Person] = []
    for draft in drafts.values():
        name, flagged, noted = _display_name(draft.name or name_from_address(draft.email))
        title = draft.title or noted
        hiring_manager = draft.hiring_manager or flagged
        if hiring_manager and title is None:
            title = "Hiring Manager"
        role = _role_for(draft.email, draft.name, title)
        if role == "interviewer" and not hiring_manager and _described_as_support(name, described):
            role = "support"
        people.append(Person(
            email=draft.email, name=name, role=role, hiring_manager=hiring_manager, title=title,
        ))
    interviewers = [i for i, p in enumerate(people) if p.role == "interviewer"]
    if hiring_manager_hint and len(interviewers) == 1 and not any(p.hiring_manager for p in people):
        i = interviewers[0]
        p = people[i]
        people[i] = Person(email=p.email, name=p.name, role=p.role, hiring_manager=True,
                           title=p.title or "Hiring Manager")
    for p in people:
        names.append(p.name.lower())
    return tuple(people), tuple(names)


_PARENTHESES = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=16384)
def _display_name(raw: str) -> tuple[str, bool, str | None]:
    """A display name without its "(Talent Acquisition)"-style note; whether it flagged the
    hiring manager; and the note, which is their title."""
    if "(" not in raw and not _HM_RE.search(raw):
        return " ".join(raw.split()), False, None
    flagged = bool(_HM_RE.search(raw))
    note = _PARENTHESES.search(raw)
    title = note.group(0).strip("() ") if note else None
    if title and _HM_RE.fullmatch(title):
        title = "Hiring Manager"
    clean = _HM_RE.sub(" ", _PARENTHESES.sub(" ", raw)).strip(" -–—,")
    return " ".join((clean or raw).split()), flagged, title or None


def _name_key(name: str, drafts: Mapping[str, PersonDraft]) -> str:
    """The key of a known person with this name (matching the schedule to the guest list)."""
    low = name.lower()
    for key, draft in drafts.items():
        if draft.name.lower() == low or name_from_address(draft.email).lower() == low:
            return key
    return "name:" + low
