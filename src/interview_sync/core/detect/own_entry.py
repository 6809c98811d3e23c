"""The user's own bare entry: an event the user typed alone, with nothing but its title behind it.

Owns ``typed_alone``, the rule that caps such an event at "unsure" in ``detect.confidence``
(asked about, never drafted for). The user's calendar holds their own to-dos about an
interview beside their notes of interviews: round 10's blind batch had four ("Re-book Redline
interview in the portal", "Lindenhof anrufen: Probearbeit bezahlt?", a microphone test "before
the interview", a dress check for a "カジュアル面談"), each the user's own entry with no guest and
the title's hiring words only, each scored 0.74 and drafted for; round 9's code asked at 0.68.
Whether such an entry is an interview is what only its title says, and a title written for
oneself is a to-do as often as a meeting: the probability cannot tell them apart, so a rule
keeps them from drafts whatever the fit's margin.

What lifts the cap (corroboration from outside the title): another person on the event (a
guest, or an organiser who is not the user), any of ``confidence``'s corroborating features
(hiring text or people at an organisation's address in the description, a job or the user's
name in the title, an interview tool named, ...), a video-meeting link (Google Meet, Zoom,
Teams, ...: someone else will be on that call), a hiring or interview tool's link in the place
or description, and a person the extraction names as whom the user meets (a description's
signature, "Frau Keller"). What does not: a company named in the title (two of round 10's four
to-dos name theirs; the to-do is about it), and a bare place (a to-do has one too: the dry
cleaner's). Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from interview_sync.core.detect.addresses import is_tool_domain
from interview_sync.core.text import text_of

__all__ = ["ALONE", "someone_else_on", "typed_alone"]

ALONE = "typed_alone"  # the evidence line's name (``confidence.LIMITS``)

# A link's host, as the wording tokens read it (scheme or "www." first).
_LINK_HOST = re.compile(r"(?:https?://|www\.)([\w.-]+)", re.IGNORECASE)
# Video-meeting services that are no hiring tool (``addresses.is_tool_domain`` knows Zoom,
# Teams, Webex, Whereby and BlueJeans already).
_MEETING_HOST = re.compile(
    r"(?:^|\.)(?:meet\.google\.com|teams\.live\.com|gotomeeting\.com|meet\.goto\.com"
    r"|join\.skype\.com|meet\.jit\.si|chime\.aws|vc\.ru|telemost\.yandex\.ru|meet\.lync\.com)$")
_LINKS_READ = 20  # links looked at per event (bounded: a hostile description has thousands)


def typed_alone(event: Mapping[str, Any], *, me: str, organizer_email: str, organizer_self: bool,
                location: str, description: str, corroborated: bool,
                people_named: Sequence[str] = ()) -> bool:
    """Whether ``event`` is the user's own entry with nothing but its title behind it: organised
    by the user or by nobody, no other guest, no corroborating feature (``corroborated``), no
    video-meeting or hiring-tool link (in the event's conference data, its place or
    ``description``, as plain text), and nobody named whom the user meets (``people_named``)."""
    if corroborated or any(name.strip() for name in people_named):
        return False
    if organizer_email and not organizer_self:
        return False
    if _has_guest(event.get("attendees"), me):
        return False
    if event.get("hangoutLink") or event.get("conferenceData"):
        return False
    return not _meeting_or_tool_link(location, description)


def _has_guest(attendees: Any, me: str) -> bool:
    """Anyone on the guest list but the user and the rooms (a room is booked, not met)."""
    if not isinstance(attendees, list):
        return False
    for entry in attendees:
        if not isinstance(entry, Mapping) or entry.get("self") is True \
                or entry.get("resource") is True:
            continue
        email = text_of(entry.get("email")).strip().lower()
        if email == me or email.endswith("@resource.calendar.google.com"):
            continue
        if email or text_of(entry.get("displayName")).strip():
            return True
    return False


def _meeting_or_tool_link(location: str, description: str) -> bool:
    text = f"{location[:2_000]}\n{description[:2_000]}"
    if "://" not in text and "www." not in text:
        return False
    for i, m in enumerate(_LINK_HOST.finditer(text)):
        if i >= _LINKS_READ:
            break
        host = m.group(1).lower().rstrip(".")
        if is_tool_domain(host) or _MEETING_HOST.search(host):
            return True
    return False


def someone_else_on(organizer_email: str, organizer_self: bool, me: str, attendees: Any) -> bool:
    """Whether anyone but the user is on the event: its organiser, or a guest with an address
    (``confidence`` asks about an informational interview only when there is someone to thank)."""
    if organizer_email and organizer_email != me and not organizer_self:
        return True
    return isinstance(attendees, list) and any(
        isinstance(entry, Mapping) and entry.get("self") is not True
        and text_of(entry.get("email")).strip().lower() not in ("", me) for entry in attendees)
