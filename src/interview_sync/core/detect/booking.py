"""Booking pages: an event someone booked through a scheduling tool's page.

Owns ``booked_by_page``, the ``booking_page`` feature of ``detect.confidence``. A recruiter's
screen is very often booked this way: the recruiter sends a link to their page (Calendly,
SavvyCal, Cal.com, YouCanBookMe, Microsoft Bookings, HubSpot Meetings, Chili Piper, ...), the
candidate picks a slot, and the event's title is the page's template ("30 Minute Meeting
between Pat Lee and Dana Cho", "Intro Call"), its description the tool's footer ("Powered by
Calendly.com", cancel and reschedule links). The template's words say nothing of what the
meeting is for, so the learned wording score (``detect.wording``) reads such an event mostly
by generic words ("meeting"); how it was booked is evidence of its own: another party set
time aside for the user and the user took it. In the labelled tuning sets, every booking-page
event with an outside company and no veto or counter-evidence is an interview; a financial
adviser's or a contractor's page says what it is for in its answers, which the rules read.
The fit weighs the feature (a sign fixed non-negative: a booking is never evidence against).
Only the start of the description and the place are read, as for the other description
features. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import LiteralGated

__all__ = ["booked_by_page"]

# Scheduling-page services, by the name their footer or their links carry. Vendors' public
# product names and page hosts (Microsoft Bookings' "outlook.office365.com/owa/calendar/...",
# and "book.ms"; HubSpot's "meetings.hubspot.com").
# Behind its literals' gate (``gate.LiteralGated``: the same matches): nearly every description
# names no such service, and the case-insensitive alternation cost ~5 µs on each.
_BOOKING_SERVICE = LiteralGated(re.compile(
    r"\b(?:calendly|savvycal|youcanbook\.?me|acuityscheduling|tidycal|zcal|chili\s?piper"
    r"|oncehub|scheduleonce|appointlet|koalendar|setmore|simplybook|calendesk|doodle\.com"
    r"|meetings\.hubspot\.com|book\.ms|cal\.com/)"
    r"|outlook\.office(?:365)?\.com/(?:owa/calendar|book)",
    re.IGNORECASE))


def booked_by_page(description_head: str, location: str) -> bool:
    """Whether the description's start or the place shows a scheduling page booked the event."""
    return bool(_BOOKING_SERVICE.search(description_head)
                or (location and _BOOKING_SERVICE.search(location[:300])))
