"""Calendar v3 events: the store, change serials, sync tokens, paging and the events.* methods.

Theory of operation: every write bumps one store-wide change serial and stamps the event with it.
A sync token is an opaque encoding of (calendar, serial at the start of the full listing, epoch);
an incremental list returns the events whose serial is newer. ``invalidate_sync_tokens`` bumps the
epoch, so every older token answers 410 ``fullSyncRequired``. A listing is computed once, on its
first page, and later pages slice that snapshot through a cached page token, which keeps a
10,000-event full sync linear. Recurring masters are expanded (``recurrence.expand``) only when
``singleEvents`` asks; exceptions (moved or cancelled instances) are stored as events of their
own with ``recurringEventId`` and ``originalStartTime``, as Google models them.
"""

from __future__ import annotations

import base64
import itertools
import secrets
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from interview_sync.emulator.recurrence import expand, parse_edt, zone
from interview_sync.emulator.wire import ApiError, clone, rfc3339, utcnow

__all__ = ["CalendarStore"]

JsonObj = dict[str, Any]
Params = dict[str, list[str]]
SYNC_FORBIDDEN = ("iCalUID", "orderBy", "privateExtendedProperty", "q", "sharedExtendedProperty",
                  "timeMin", "timeMax", "updatedMin")
READ_ONLY = ("kind", "etag", "htmlLink", "created", "updated", "creator")
HORIZON = timedelta(days=730)
_B32HEX = "0123456789abcdefghijklmnopqrstuv"


@dataclass(slots=True)
class _Stored:
    resource: JsonObj
    serial: int
    order: int


@dataclass(slots=True)
class _Calendar:
    cal_id: str
    tz_name: str
    events: dict[str, _Stored] = field(default_factory=dict)


@dataclass(slots=True)
class CalendarStore:
    """All calendars of the emulated user. Not thread-safe: the server serialises access."""

    me: str
    tz_name: str = "UTC"
    serial: int = 1
    epoch: int = 0
    calendars: dict[str, _Calendar] = field(default_factory=dict)
    _order: itertools.count[int] = field(default_factory=itertools.count)
    _pages: OrderedDict[str, tuple[str, list[JsonObj], int]] = field(default_factory=OrderedDict)

    # -- calendars ------------------------------------------------------------------------
    def calendar(self, cal_id: str, *, create: bool = False) -> _Calendar:
        key = self.me if cal_id == "primary" else cal_id
        found = self.calendars.get(key)
        if found is None:
            if not create and key != self.me:
                raise ApiError.not_found()
            found = self.calendars[key] = _Calendar(key, self.tz_name)
        return found

    def _bump(self) -> int:
        self.serial += 1
        return self.serial

    def _stamp(self, res: JsonObj, serial: int, now: datetime) -> None:
        res["etag"] = f'"{3390000000000000 + serial}"'
        res["updated"] = rfc3339(now)

    # -- writes ---------------------------------------------------------------------------
    def insert(self, cal_id: str, body: JsonObj, *, organiser_side: bool = False,
               create: bool = False) -> JsonObj:
        """events.insert; with ``organiser_side`` (seeds, test controls) given fields are kept."""
        cal = self.calendar(cal_id, create=create)
        res = clone(body)
        res.pop("calendarId", None)
        if not organiser_side:
            for key in READ_ONLY:
                res.pop(key, None)
        event_id = res.get("id") or "".join(secrets.choice(_B32HEX) for _ in range(26))
        if not isinstance(event_id, str) or not 5 <= len(event_id) <= 1024:
            raise ApiError.bad("Invalid resource id value.", reason="invalid")
        if event_id in cal.events:
            raise ApiError(409, "duplicate", "The requested identifier already exists.")
        self._validate(res, cal)
        now = utcnow()
        serial = self._bump()
        me = {"email": self.me, "self": True}
        res.update({"kind": "calendar#event", "id": event_id})
        res.setdefault("status", "confirmed")
        res.setdefault("htmlLink", f"https://www.google.com/calendar/event?eid={event_id}")
        res.setdefault("created", rfc3339(now))
        res.setdefault("creator", dict(me))
        res.setdefault("organizer", dict(me))
        if res["organizer"] is None:
            # An invite imported from an .ics sent outside Google can show no organizer at all
            # (issue 13; seeds say "organizer": null).
            del res["organizer"]
        res.setdefault("iCalUID", f"{event_id}@google.com")
        res.setdefault("sequence", 0)
        res.setdefault("reminders", {"useDefault": True})
        res.setdefault("eventType", "default")
        updated = res.get("updated") if organiser_side else None
        self._stamp(res, serial, now)
        if isinstance(updated, str):
            res["updated"] = updated
        cal.events[event_id] = _Stored(res, serial, next(self._order))
        return clone(res)

    def _validate(self, res: JsonObj, cal: _Calendar) -> None:
        tz = zone(cal.tz_name)
        if res.get("status") == "cancelled" and "recurringEventId" in res:
            return
        start, start_day = parse_edt(res.get("start"), tz)
        end, end_day = parse_edt(res.get("end"), tz, field="end")
        if start_day != end_day:
            raise ApiError.bad("Start and end times must either both be date or both be dateTime.")
        if end < start:
            raise ApiError.bad("The specified time range is empty.", reason="timeRangeEmpty")
        if res.get("recurrence") and not start_day and not res["start"].get("timeZone"):
            raise ApiError.bad("Missing time zone definition for start time.")

    def _locate(self, cal: _Calendar, event_id: str) -> _Stored | None:
        """A stored event, or a virtual instance materialised as an exception event."""
        stored = cal.events.get(event_id)
        if stored is not None:
            return stored
        master_id, _, suffix = event_id.rpartition("_")
        master = cal.events.get(master_id)
        if not master_id or master is None or not master.resource.get("recurrence"):
            return None
        tz = zone(cal.tz_name)
        start, _ = parse_edt(master.resource.get("start"), tz)
        horizon = max(utcnow(), start) + HORIZON * 5
        for occ in expand(master.resource, tz, horizon):
            if occ.suffix == suffix:
                return _Stored(self._instance(master.resource, occ), master.serial, master.order)
        return None

    def change(self, cal_id: str, event_id: str, body: JsonObj, *, replace: bool) -> JsonObj:
        """events.patch (replace=False, nested merge) or events.update (replace=True)."""
        cal = self.calendar(cal_id)
        stored = self._locate(cal, event_id)
        if stored is None:
            raise ApiError.not_found()
        old = stored.resource
        if replace:
            keep: JsonObj = {k: old[k] for k in ("kind", "id", "created", "creator", "iCalUID",
                                        "htmlLink", "recurringEventId", "originalStartTime")
                    if k in old}
            new = {k: v for k, v in clone(body).items() if k not in READ_ONLY}
            new.setdefault("organizer", old.get("organizer"))
            new.setdefault("status", "confirmed")
            new.setdefault("sequence", old.get("sequence", 0))
            new.setdefault("reminders", {"useDefault": True})
            new.setdefault("eventType", old.get("eventType", "default"))
            new.update(keep)
        else:
            new = _merge(clone(old),
                         {k: v for k, v in body.items() if k not in (*READ_ONLY, "id")})
        self._validate(new, cal)
        if any(new.get(k) != old.get(k) for k in ("start", "end", "recurrence")) and \
                new.get("sequence", 0) <= old.get("sequence", 0):
            new["sequence"] = int(old.get("sequence", 0)) + 1
        serial = self._bump()
        self._stamp(new, serial, utcnow())
        cal.events[event_id] = _Stored(new, serial, stored.order)
        return clone(new)

    def delete(self, cal_id: str, event_id: str) -> None:
        cal = self.calendar(cal_id)
        stored = self._locate(cal, event_id)
        if stored is None:
            raise ApiError.not_found()
        if stored.resource.get("status") == "cancelled":
            raise ApiError(410, "deleted", "Resource has been deleted")
        res = clone(stored.resource)
        res["status"] = "cancelled"
        serial = self._bump()
        self._stamp(res, serial, utcnow())
        cal.events[event_id] = _Stored(res, serial, stored.order)

    def get(self, cal_id: str, event_id: str) -> JsonObj:
        stored = self._locate(self.calendar(cal_id), event_id)
        if stored is None:
            raise ApiError.not_found()
        return self.as_seen(stored.resource)

    def invalidate_sync_tokens(self) -> None:
        self.epoch += 1
        self._pages.clear()

    def event_count(self) -> int:
        return sum(len(c.events) for c in self.calendars.values())

    # -- events.list ----------------------------------------------------------------------
    def list_events(self, cal_id: str, params: Params, *, only: str | None = None) -> JsonObj:
        """events.list, or events.instances of the series ``only``."""
        cal = self.calendar(cal_id)
        one = {k: v[-1] for k, v in params.items() if v}
        if only is not None:
            if only not in cal.events:
                raise ApiError.not_found()
            one["singleEvents"] = "true"
        fingerprint = repr((only, sorted((k, v) for k, v in params.items()
                                         if k not in {"pageToken", "alt", "prettyPrint",
                                                      "fields"})))
        max_results = _int(one.get("maxResults", "250"), "maxResults")
        if max_results < 1:
            raise ApiError.bad("Invalid value for: maxResults", location="maxResults")
        max_results = min(max_results, 2500)
        page_token = one.get("pageToken")
        cached = self._pages.get(page_token) if page_token else None
        if page_token and cached is None:
            raise ApiError.bad("Invalid page token value.", location="pageToken")
        if cached is not None:
            if cached[0] != fingerprint:
                raise ApiError.bad("Invalid page token value.", location="pageToken")
            items, snapshot = cached[1], cached[2]
            offset = int(page_token.rsplit(".", 1)[1]) if page_token else 0
        else:
            items, snapshot = self._compute(cal, one, only), self.serial
            offset = 0
        page = items[offset:offset + max_results]
        body: JsonObj = {"kind": "calendar#events", "etag": f'"p{snapshot}"',
                         "summary": cal.cal_id, "description": "",
                         "updated": rfc3339(utcnow()), "timeZone": cal.tz_name,
                         "accessRole": "owner", "defaultReminders": []}
        if offset + max_results < len(items):
            key = f"{secrets.token_urlsafe(12)}.{offset + max_results}"
            self._pages[key] = (fingerprint, items, snapshot)
            while len(self._pages) > 64:
                self._pages.popitem(last=False)
            body["nextPageToken"] = key
        elif "orderBy" not in one and only is None:
            body["nextSyncToken"] = _sync_token(cal.cal_id, snapshot, self.epoch)
        limit = one.get("maxAttendees")
        body["items"] = [self.as_seen(item, _int(limit, "maxAttendees") if limit else None)
                         for item in page]
        return body

    def as_seen(self, res: JsonObj, max_attendees: int | None = None) -> JsonObj:
        """The event as the user's copy shows it.

        With ``guestsCanSeeOtherGuests`` false and someone else organising, a guest sees only
        themself ("Whether attendees other than the organizer can see who the event's attendees
        are", Calendar API Events resource). ``maxAttendees`` keeps that many attendees and sets
        ``attendeesOmitted`` ("Whether attendees may have been omitted from the event's
        representation ... due to a restriction specified by the maxAttendee query parameter").
        """
        out = clone(res)
        attendees = out.get("attendees")
        if not isinstance(attendees, list):
            return out
        organizer = out.get("organizer")
        mine = isinstance(organizer, dict) and (organizer.get("self") is True
                                                or organizer.get("email") == self.me)
        if out.get("guestsCanSeeOtherGuests") is False and not mine:
            out["attendees"] = attendees = [
                a for a in attendees if isinstance(a, dict)
                and (a.get("self") is True or a.get("email") == self.me)]
        if max_attendees is not None and len(attendees) > max_attendees:
            out["attendees"] = attendees[:max_attendees]
            out["attendeesOmitted"] = True
        return out

    def _compute(self, cal: _Calendar, one: dict[str, str],
                 only: str | None = None) -> list[JsonObj]:
        tz = zone(cal.tz_name)
        single = _bool(one.get("singleEvents"))
        show_deleted = _bool(one.get("showDeleted"))
        order_by = one.get("orderBy")
        since: int | None = None
        if "syncToken" in one:
            bad = [k for k in SYNC_FORBIDDEN if k in one]
            if bad:
                raise ApiError.bad(f"The parameter {bad[0]} cannot be used together with "
                                   "syncToken.", location=bad[0])
            since = self._since(cal.cal_id, one["syncToken"])
        if order_by not in (None, "startTime", "updated"):
            raise ApiError.bad(f"Invalid value for: orderBy: {order_by}", location="orderBy")
        if order_by == "startTime" and not single:
            raise ApiError.bad("The requested ordering is not available for the particular "
                               "query.", location="orderBy")
        lo = _time_param(one, "timeMin")
        hi = _time_param(one, "timeMax")
        if lo is not None and hi is not None and lo >= hi:
            raise ApiError.bad("The specified time range is empty.", reason="timeRangeEmpty",
                               location="timeMax")
        updated_min = _time_param(one, "updatedMin")
        ical = one.get("iCalUID")
        text = one.get("q", "").lower()
        horizon = hi or (utcnow() + HORIZON)
        with_deleted = show_deleted or since is not None or updated_min is not None
        out: list[tuple[tuple[Any, ...], JsonObj]] = []
        stored_ids = cal.events.keys()
        for stored in sorted(cal.events.values(), key=lambda s: s.order):
            res = stored.resource
            if only is not None and only not in (res["id"], res.get("recurringEventId")):
                continue
            if since is not None and stored.serial <= since:
                continue
            if updated_min is not None and _parse_rfc(res.get("updated")) < updated_min:
                continue
            if ical and res.get("iCalUID") != ical:
                continue
            if text and text not in _haystack(res):
                continue
            cancelled = res.get("status") == "cancelled"
            if single and res.get("recurrence"):
                for occ in expand(res, tz, horizon):
                    inst_id = f"{res['id']}_{occ.suffix}"
                    if inst_id in stored_ids:
                        continue  # the exception event stands in for this instance
                    if cancelled and not with_deleted:
                        continue
                    inst = self._instance(res, occ)
                    if not cancelled and not _overlaps(inst, tz, lo, hi):
                        continue
                    out.append(((stored.order, occ.start_at), _minimal(inst) if cancelled
                                else inst))
                continue
            is_exception = "recurringEventId" in res
            if cancelled and not with_deleted and not (is_exception and not single):
                continue
            if not cancelled and not res.get("recurrence") and not _overlaps(res, tz, lo, hi):
                continue
            if res.get("recurrence") and hi is not None and \
                    parse_edt(res.get("start"), tz)[0] >= hi:
                continue
            start_at = _start_at(res, tz)
            out.append(((stored.order, start_at), _minimal(res) if cancelled else res))
        if order_by == "startTime":
            out.sort(key=lambda pair: (_start_at(pair[1], tz), pair[1]["id"]))
        elif order_by == "updated":
            out.sort(key=lambda pair: (str(pair[1].get("updated", "")), pair[1]["id"]))
        return [item for _, item in out]

    def _since(self, cal_id: str, token: str) -> int:
        try:
            raw = base64.urlsafe_b64decode(token.encode() + b"==").decode()
            tok_cal, serial, epoch = raw.rsplit("|", 2)
            value = int(serial)
            valid = tok_cal == cal_id and int(epoch) == self.epoch and value <= self.serial
        except (ValueError, UnicodeDecodeError):
            valid = False
        if not valid:
            raise ApiError(410, "fullSyncRequired",
                           "Sync token is no longer valid, a full sync is required.",
                           domain="calendar", location="syncToken")
        return value

    def _instance(self, master: JsonObj, occ: Any) -> JsonObj:
        inst = {k: v for k, v in master.items() if k != "recurrence"}
        inst["id"] = f"{master['id']}_{occ.suffix}"
        inst["start"] = dict(occ.start)
        inst["end"] = dict(occ.end)
        inst["recurringEventId"] = master["id"]
        inst["originalStartTime"] = dict(occ.original)
        return inst


def _merge(base: JsonObj, patch: JsonObj) -> JsonObj:
    for key, value in patch.items():
        if value is None:
            base.pop(key, None)
        elif isinstance(value, dict) and isinstance(base.get(key), dict) and \
                key not in ("start", "end", "originalStartTime"):
            base[key] = _merge(base[key], value)
        else:
            base[key] = clone(value)
    return base


def _minimal(res: JsonObj) -> JsonObj:
    keep = ("kind", "etag", "id", "status", "recurringEventId", "originalStartTime")
    return {k: res[k] for k in keep if k in res}


def _sync_token(cal_id: str, serial: int, epoch: int) -> str:
    return base64.urlsafe_b64encode(f"{cal_id}|{serial}|{epoch}".encode()).decode().rstrip("=")


def _bool(value: str | None) -> bool:
    return (value or "").lower() == "true"


def _int(value: str, name: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ApiError.bad(f"Invalid value for: {name}", location=name) from None


def _parse_rfc(value: Any) -> datetime:
    if not isinstance(value, str):
        return datetime.min.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _time_param(one: dict[str, str], name: str) -> datetime | None:
    value = one.get(name)
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise ApiError.bad(f"Bad Request: {name} must be an RFC3339 timestamp with a time zone "
                           "offset", location=name)
    return parsed.replace(microsecond=0)


def _start_at(res: JsonObj, tz: tzinfo) -> datetime:
    edt = res.get("start") or res.get("originalStartTime")
    try:
        return parse_edt(edt, tz)[0]
    except ApiError:
        return datetime.min.replace(tzinfo=UTC)


def _overlaps(res: JsonObj, tz: tzinfo, lo: datetime | None, hi: datetime | None) -> bool:
    """timeMin bounds the event's end (exclusive), timeMax bounds its start (exclusive)."""
    if lo is None and hi is None:
        return True
    try:
        start = parse_edt(res.get("start"), tz)[0]
        end = parse_edt(res.get("end"), tz, field="end")[0]
    except ApiError:
        return False
    return (lo is None or end > lo) and (hi is None or start < hi)


def _haystack(res: JsonObj) -> str:
    parts = [str(res.get(k, "")) for k in ("summary", "description", "location")]
    for person in [res.get("organizer") or {}, *(res.get("attendees") or [])]:
        if isinstance(person, dict):
            parts += [str(person.get("email", "")), str(person.get("displayName", ""))]
    return " ".join(parts).lower()
