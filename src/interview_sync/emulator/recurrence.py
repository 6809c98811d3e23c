"""Event times and recurrence expansion (RRULE/EXRULE/RDATE/EXDATE via dateutil.rrule).

Owns the translation of Calendar ``EventDateTime`` objects into aware datetimes, and the expansion
of a series master into instances the way Google names them: id ``<master>_<YYYYMMDDTHHMMSSZ>``
(``<master>_<YYYYMMDD>`` for all-day series), ``recurringEventId`` and ``originalStartTime``.
Instances keep the master's wall-clock time across DST changes in the series' ``timeZone``.
Expansion stops at the caller's horizon and after ``MAX_INSTANCES`` per series.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule

from interview_sync.emulator.wire import ApiError

__all__ = ["MAX_INSTANCES", "Occurrence", "expand", "instance_suffix", "parse_edt", "zone"]

JsonObj = dict[str, Any]
MAX_INSTANCES = 3000
_UNTIL_LOCAL = re.compile(r"UNTIL=(\d{8}T\d{6})(?!Z)")


def zone(name: str | None, default: tzinfo = UTC) -> tzinfo:
    if not name:
        return default
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ApiError.bad(f"Invalid time zone definition: {name}",
                           location="timeZone") from None


def parse_edt(edt: Any, cal_tz: tzinfo, *, field: str = "start") -> tuple[datetime, bool]:
    """An EventDateTime as (aware datetime, is_all_day). All-day dates are midnight in cal_tz."""
    if not isinstance(edt, dict):
        raise ApiError.bad(f"Missing {field} time.", reason="required")
    if isinstance(edt.get("dateTime"), str):
        try:
            moment = datetime.fromisoformat(edt["dateTime"])
        except ValueError:
            raise ApiError.bad(f"Invalid {field} time.") from None
        if moment.tzinfo is None:
            if not edt.get("timeZone"):
                raise ApiError.bad(f"Missing time zone definition for {field} time.")
            moment = moment.replace(tzinfo=zone(edt["timeZone"]))
        return moment, False
    if isinstance(edt.get("date"), str):
        try:
            day = date.fromisoformat(edt["date"])
        except ValueError:
            raise ApiError.bad(f"Invalid {field} date.") from None
        return datetime(day.year, day.month, day.day, tzinfo=cal_tz), True
    raise ApiError.bad(f"Missing {field} time.", reason="required")


def instance_suffix(start: datetime, all_day: bool) -> str:
    return start.strftime("%Y%m%d") if all_day else start.astimezone(UTC).strftime(
        "%Y%m%dT%H%M%SZ")


class Occurrence:
    """One expanded instance: its id suffix and its start/end EventDateTime objects."""

    __slots__ = ("end", "original", "start", "start_at", "suffix")

    def __init__(self, start_at: datetime, suffix: str, start: JsonObj, end: JsonObj) -> None:
        self.start_at = start_at
        self.suffix = suffix
        self.start = start
        self.end = end
        self.original = start


def _edt(moment: datetime, all_day: bool, tz_name: str | None) -> JsonObj:
    if all_day:
        return {"date": moment.date().isoformat()}
    out: JsonObj = {"dateTime": moment.isoformat()}
    if tz_name:
        out["timeZone"] = tz_name
    return out


def expand(master: JsonObj, cal_tz: tzinfo, horizon: datetime) -> Iterator[Occurrence]:
    """Occurrences of a series master starting before ``horizon``, in time order."""
    start, all_day = parse_edt(master.get("start"), cal_tz)
    end, _ = parse_edt(master.get("end"), cal_tz, field="end")
    tz_name = master["start"].get("timeZone")
    local_tz = zone(tz_name) if tz_name else start.tzinfo
    assert local_tz is not None
    local_start = start.astimezone(local_tz)
    wall = end.astimezone(local_tz).replace(tzinfo=None) - local_start.replace(tzinfo=None)
    lines = [str(line) for line in master.get("recurrence") or [] if isinstance(line, str)]
    if all_day:
        dtstart: datetime = local_start.replace(tzinfo=None)
        lines = [line.replace("Z", "") if line.startswith(("RRULE", "EXRULE")) else line
                 for line in lines]
    else:
        dtstart = local_start
        lines = [_UNTIL_LOCAL.sub(lambda m: "UNTIL=" + _utc_until(m.group(1), local_tz), line)
                 for line in lines]
    try:
        rset = rrule.rrulestr("\n".join(lines), dtstart=dtstart, forceset=True,
                              tzids=_tzids, ignoretz=all_day)
    except (ValueError, TypeError) as exc:
        raise ApiError.bad(f"Invalid recurrence rule: {exc}") from None
    limit = horizon.replace(tzinfo=None) if all_day else horizon
    for n, moment in enumerate(rset):
        if n >= MAX_INSTANCES or moment >= limit:
            break
        if all_day:
            inst_start = moment.replace(tzinfo=cal_tz)
            inst_end = inst_start + wall
        else:
            naive = moment.astimezone(local_tz).replace(tzinfo=None)
            inst_start = naive.replace(tzinfo=local_tz)
            inst_end = (naive + wall).replace(tzinfo=local_tz)
        yield Occurrence(inst_start, instance_suffix(inst_start, all_day),
                         _edt(inst_start, all_day, tz_name), _edt(inst_end, all_day, tz_name))


def _utc_until(text: str, local_tz: tzinfo) -> str:
    local = datetime.strptime(text, "%Y%m%dT%H%M%S").replace(tzinfo=local_tz)
    return local.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _tzids(name: str) -> tzinfo:
    return zone(name)
