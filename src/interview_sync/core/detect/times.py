"""When an interview event happens, and its stable identity.

Owns turning a Google Calendar Event's ``start``/``end`` (timed or all-day, with or without a
zone, an IANA name or only an offset) into aware datetimes and a zone name, and the event's
stable key (the iCalUID or id, one per instance of a recurring series). Total like the rest of
``detect``: an unknown zone falls back, an impossible date gives None, nothing raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from interview_sync.core.model import stable_hash
from interview_sync.core.text import text_of

__all__ = ["event_key", "event_times"]

# dict first: JSON gives dicts, and an ABC isinstance check is slow on the hot path.
_MAP = (dict, Mapping)


@lru_cache(maxsize=512)
def _zone(name: str) -> tzinfo | None:
    if not name or len(name) > 64:
        return None
    try:
        return ZoneInfo(name)
    except Exception:  # unknown, malformed or a directory name: fall back, never raise
        return None


def _offset_zone_name(value: datetime) -> str:
    """An IANA name for a fixed offset ("Etc/GMT+5" is UTC-5), else "UTC"."""
    offset = value.utcoffset()
    if offset is None or not offset:
        return "UTC"
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest or not -14 <= hours <= 12:
        return "UTC"
    return f"Etc/GMT{-hours:+d}"


def _parse_moment(field: object, fallback: tzinfo | None) -> tuple[datetime, bool, str] | None:
    if not isinstance(field, _MAP):
        return None
    zone_name = text_of(field.get("timeZone")).strip()
    zone = _zone(zone_name) or fallback
    raw = field.get("dateTime")
    try:
        if isinstance(raw, str) and raw.strip():
            value = datetime.fromisoformat(raw.strip())
            if value.tzinfo is None:
                value = value.replace(tzinfo=zone or UTC)
            name = zone_name if _zone(zone_name) else _offset_zone_name(value)
            return value, False, name
        raw_date = field.get("date")
        if isinstance(raw_date, str) and raw_date.strip():
            day = date.fromisoformat(raw_date.strip()[:10])
            value = datetime.combine(day, time(0), zone or UTC)
            return value, True, zone_name if _zone(zone_name) else "UTC"
    except (ValueError, OverflowError, TypeError):
        return None
    return None


def event_times(event: Mapping[str, Any]) -> tuple[datetime, datetime, bool, str] | None:
    start_field = event.get("start")
    start_zone = _zone(text_of(start_field.get("timeZone"))) if isinstance(start_field, _MAP) \
        else None
    start = _parse_moment(start_field, None)
    if start is None:
        return None
    start_at, all_day, zone_name = start
    end = _parse_moment(event.get("end"), start_zone or start_at.tzinfo)
    default = timedelta(days=1) if all_day else timedelta(hours=1)
    try:
        end_at = end[0] if end is not None and end[0] > start_at else start_at + default
        end_at.astimezone(UTC)  # an end past year 9999 in UTC is no real event either
        start_at.astimezone(UTC)
    except (OverflowError, TypeError, ValueError):
        return None
    return start_at, end_at, all_day, zone_name


def event_key(event: Mapping[str, Any], title: str, start: datetime) -> str:
    base = text_of(event.get("iCalUID")) or text_of(event.get("id"))
    if not base:
        base = "anon-" + stable_hash(title, start.isoformat())
    if event.get("recurringEventId"):
        original = event.get("originalStartTime")
        if isinstance(original, _MAP):
            moment = text_of(original.get("dateTime")) or text_of(original.get("date"))
            if moment:
                return f"{base}@{moment}"
        return f"{base}@{start.isoformat()}"
    return base
