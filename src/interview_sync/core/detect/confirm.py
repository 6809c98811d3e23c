"""The user's word over detection: an event made an interview because the user said so.

Owns ``confirmed_interview`` (``interview-sync confirm``), re-exported by ``detect.confidence``
beside the tiers it overrules. Pure and total like ``classify``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import Any

from interview_sync.core.bounds import guests_read
from interview_sync.core.detect import classify as _c
from interview_sync.core.model import Interview
from interview_sync.core.text import html_to_text

__all__ = ["confirmed_interview"]


def confirmed_interview(event: Mapping[str, Any], me: str, *, calendar_id: str = "primary",
                        my_domains: Collection[str] = ()) -> Interview | None:
    """The event as an interview because the user said so (``interview-sync confirm``).

    The user's decision wins over every rule: no hiring word is needed and no veto applies; only
    a cancelled or declined event, or one without usable times, gives None. Never raises."""
    try:
        event, _ = guests_read(event, me)  # the user said so: no need to be unsure of it
        seen = _c._first_look(event, me, force=True)
        if seen is None:
            return None
        user_names = {n.lower() for n in (seen.my_name, _c._name_from_me(seen.me)) if n}
        mine = {d.strip().lower() for d in my_domains if isinstance(d, str)}
        organizer_self = seen.organizer.get("self") is True or (
            bool(seen.me) and seen.organizer_email == seen.me)
        description = html_to_text(seen.raw_description) if seen.raw_description else ""
        spellings = [seen.organizer_name] + [
            str(entry.get("displayName") or "") for entry in seen.attendees[:50]
            if isinstance(entry, Mapping)]
        ctx = _c._Context(user_names, False, mine, organizer_self, description, spellings)
        found = _c._extract(event, seen, ctx, ["you confirmed it"], calendar_id)
    except Exception:  # like detect_interview: never raises
        return None
    return None if found is None else replace(found, confidence=1.0, unsure=False)
