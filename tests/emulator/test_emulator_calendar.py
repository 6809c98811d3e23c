"""Calendar v3 conformance: the emulator driven only through google-api-python-client."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from googleapiclient.errors import HttpError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_sync.emulator import Emulator
from interview_sync.emulator.calendar import SYNC_FORBIDDEN, CalendarStore
from interview_sync.emulator.conformance import schema_errors, services

Factory = Callable[..., Emulator]


def event(i: int, **over: Any) -> dict[str, Any]:
    day = 1 + i % 28
    base = {"id": f"ev{i:05d}", "summary": f"Interview {i}",
            "start": {"dateTime": f"2026-11-{day:02d}T14:00:00-05:00"},
            "end": {"dateTime": f"2026-11-{day:02d}T15:00:00-05:00"}}
    base.update(over)
    return base


def series(**over: Any) -> dict[str, Any]:
    base = {"id": "series1", "summary": "Weekly panel",
            "start": {"dateTime": "2026-11-02T10:00:00-05:00", "timeZone": "America/New_York"},
            "end": {"dateTime": "2026-11-02T10:30:00-05:00", "timeZone": "America/New_York"},
            "recurrence": ["RRULE:FREQ=WEEKLY;COUNT=3"]}
    base.update(over)
    return base


def full_sync(cal: Any, **params: Any) -> tuple[list[dict[str, Any]], str | None, int]:
    items: list[dict[str, Any]] = []
    token = None
    pages = 0
    while True:
        page = cal.events().list(calendarId="primary", pageToken=token, **params).execute()
        pages += 1
        assert schema_errors("calendar.v3", "Events", page) == []
        assert not ("nextPageToken" in page and "nextSyncToken" in page)
        items += page["items"]
        token = page.get("nextPageToken")
        if token is None:
            return items, page.get("nextSyncToken"), pages


def test_full_sync_pages_and_gives_sync_token_only_on_last_page(emulator_factory: Factory) -> None:
    emu = emulator_factory({"events": [event(i) for i in range(600)]})
    cal = services(emu).calendar
    first = cal.events().list(calendarId="primary").execute()
    assert len(first["items"]) == 250 and "nextSyncToken" not in first
    items, sync, pages = full_sync(cal)
    assert pages == 3 and sync
    assert len({i["id"] for i in items}) == 600
    big = cal.events().list(calendarId="primary", maxResults=5000).execute()
    assert len(big["items"]) == 600 and "nextSyncToken" in big  # capped at 2500 per page


def test_incremental_sync_returns_changes_and_minimal_cancellations(
        emulator_factory: Factory) -> None:
    emu = emulator_factory({"events": [event(i) for i in range(5)]})
    cal = services(emu).calendar
    _, sync, _ = full_sync(cal, singleEvents=True, showDeleted=True)
    emu.insert_event(event(9))
    emu.patch_event("ev00001", {"summary": "Moved"})
    emu.delete_event("ev00002")
    items, sync2, _ = full_sync(cal, singleEvents=True, showDeleted=True, syncToken=sync)
    by_id = {i["id"]: i for i in items}
    assert set(by_id) == {"ev00009", "ev00001", "ev00002"}
    assert by_id["ev00001"]["summary"] == "Moved"
    assert set(by_id["ev00002"]) <= {"kind", "etag", "id", "status"}
    assert by_id["ev00002"]["status"] == "cancelled"
    again, _, _ = full_sync(cal, singleEvents=True, showDeleted=True, syncToken=sync2)
    assert again == []


@pytest.mark.parametrize("param", SYNC_FORBIDDEN)
def test_sync_token_with_forbidden_parameter_is_400(emulator: Emulator, param: str) -> None:
    cal = services(emulator).calendar
    _, sync, _ = full_sync(cal)
    value = {"timeMin": "2026-01-01T00:00:00Z", "timeMax": "2027-01-01T00:00:00Z",
             "updatedMin": "2026-01-01T00:00:00Z", "orderBy": "updated",
             "privateExtendedProperty": "a=b", "sharedExtendedProperty": "a=b"}.get(param, "x")
    with pytest.raises(HttpError) as caught:
        cal.events().list(calendarId="primary", syncToken=sync, **{param: value}).execute()
    assert caught.value.status_code == 400


def test_invalidated_sync_token_is_410_full_sync_required(emulator: Emulator) -> None:
    cal = services(emulator).calendar
    _, sync, _ = full_sync(cal)
    emulator.invalidate_sync_tokens()
    with pytest.raises(HttpError) as caught:
        cal.events().list(calendarId="primary", syncToken=sync).execute()
    assert caught.value.status_code == 410
    assert caught.value.error_details[0]["reason"] == "fullSyncRequired"
    _, fresh, _ = full_sync(cal)
    assert cal.events().list(calendarId="primary", syncToken=fresh).execute()["items"] == []


def test_single_events_expands_series_with_exceptions(emulator_factory: Factory) -> None:
    emu = emulator_factory({"events": [series(recurrence=[
        "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=America/New_York:20261116T100000"])]})
    emu.delete_event("series1_20261109T150000Z")
    emu.patch_event("series1_20261123T150000Z", {
        "start": {"dateTime": "2026-11-24T11:00:00-05:00", "timeZone": "America/New_York"},
        "end": {"dateTime": "2026-11-24T11:30:00-05:00", "timeZone": "America/New_York"}})
    cal = services(emu).calendar
    items, _, _ = full_sync(cal, singleEvents=True)
    assert [i["id"] for i in items] == ["series1_20261102T150000Z", "series1_20261123T150000Z"]
    moved = items[1]
    assert moved["recurringEventId"] == "series1"
    assert moved["originalStartTime"]["dateTime"] == "2026-11-23T10:00:00-05:00"
    assert moved["start"]["dateTime"] == "2026-11-24T11:00:00-05:00"
    assert "recurrence" not in moved
    with_deleted, _, _ = full_sync(cal, singleEvents=True, showDeleted=True)
    cancelled = [i for i in with_deleted if i["status"] == "cancelled"]
    assert [c["id"] for c in cancelled] == ["series1_20261109T150000Z"]
    assert set(cancelled[0]) <= {"kind", "etag", "id", "status", "recurringEventId",
                                 "originalStartTime"}
    masters, _, _ = full_sync(cal)
    # Not expanded: the master plus its exceptions (a cancelled one even without showDeleted).
    assert sorted(i["id"] for i in masters) == ["series1", "series1_20261109T150000Z",
                                                "series1_20261123T150000Z"]


@pytest.mark.parametrize(("rule", "expected"), [
    ("RRULE:FREQ=DAILY;COUNT=3", ["20261102", "20261103", "20261104"]),
    ("RRULE:FREQ=DAILY;UNTIL=20261104T235959Z", ["20261102", "20261103", "20261104"]),
    ("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4", ["20261102", "20261104", "20261109", "20261111"]),
    ("RRULE:FREQ=WEEKLY;UNTIL=20261116T100000", ["20261102", "20261109", "20261116"]),
])
def test_rrules_expand(emulator_factory: Factory, rule: str, expected: list[str]) -> None:
    emu = emulator_factory({"events": [series(recurrence=[rule])]})
    items, _, _ = full_sync(services(emu).calendar, singleEvents=True)
    assert [i["id"][8:16] for i in items] == expected


def test_weekly_series_keeps_wall_time_across_dst(emulator_factory: Factory) -> None:
    emu = emulator_factory({"events": [series(
        start={"dateTime": "2026-10-26T10:00:00-04:00", "timeZone": "America/New_York"},
        end={"dateTime": "2026-10-26T11:00:00-04:00", "timeZone": "America/New_York"},
        recurrence=["RRULE:FREQ=WEEKLY;COUNT=2"])]})
    items, _, _ = full_sync(services(emu).calendar, singleEvents=True)
    assert [i["start"]["dateTime"] for i in items] == ["2026-10-26T10:00:00-04:00",
                                                      "2026-11-02T10:00:00-05:00"]
    assert [i["id"] for i in items] == ["series1_20261026T140000Z", "series1_20261102T150000Z"]


def test_unbounded_series_is_capped_by_time_max(emulator_factory: Factory) -> None:
    emu = emulator_factory({"events": [series(recurrence=["RRULE:FREQ=DAILY"])]})
    items, _, _ = full_sync(services(emu).calendar, singleEvents=True,
                            timeMin="2026-11-01T00:00:00Z", timeMax="2026-11-08T00:00:00Z")
    assert len(items) == 6  # Nov 2..7


@pytest.mark.parametrize(("time_min", "time_max", "visible"), [
    ("2026-11-01T20:00:00Z", None, False),      # event ends exactly at timeMin: excluded
    ("2026-11-01T19:59:00Z", None, True),
    (None, "2026-11-01T19:00:00Z", False),      # event starts exactly at timeMax: excluded
    (None, "2026-11-01T19:01:00Z", True),
    ("2026-11-01T19:30:00Z", "2026-11-01T19:40:00Z", True),  # window inside the event
])
def test_time_min_and_max_bound_end_and_start(emulator_factory: Factory, time_min: str | None,
                                              time_max: str | None, visible: bool) -> None:
    emu = emulator_factory({"events": [event(0)]})  # 19:00Z-20:00Z on Nov 1
    params = {k: v for k, v in (("timeMin", time_min), ("timeMax", time_max)) if v}
    items, _, _ = full_sync(services(emu).calendar, **params)
    assert bool(items) is visible


def test_order_by_start_time_needs_single_events(emulator_factory: Factory) -> None:
    emu = emulator_factory({"events": [event(3), event(1), event(2)]})
    cal = services(emu).calendar
    with pytest.raises(HttpError) as caught:
        cal.events().list(calendarId="primary", orderBy="startTime").execute()
    assert caught.value.status_code == 400
    page = cal.events().list(calendarId="primary", orderBy="startTime",
                             singleEvents=True).execute()
    assert [i["id"] for i in page["items"]] == ["ev00001", "ev00002", "ev00003"]
    assert "nextSyncToken" not in page


def test_writes_move_updated_etag_and_sequence(emulator: Emulator) -> None:
    cal = services(emulator, ["calendar.events"]).calendar
    made = cal.events().insert(calendarId="primary", body=event(1, id=None)).execute()
    assert schema_errors("calendar.v3", "Event", made) == []
    assert made["sequence"] == 0 and made["organizer"]["self"] is True
    renamed = cal.events().patch(calendarId="primary", eventId=made["id"],
                                 body={"summary": "Renamed"}).execute()
    assert renamed["etag"] != made["etag"] and renamed["sequence"] == 0
    assert renamed["updated"] >= made["updated"]
    moved = cal.events().update(calendarId="primary", eventId=made["id"], body={
        **renamed, "start": {"dateTime": "2026-11-03T09:00:00Z"},
        "end": {"dateTime": "2026-11-03T10:00:00Z"}}).execute()
    assert moved["sequence"] == 1 and moved["summary"] == "Renamed"
    assert cal.events().delete(calendarId="primary", eventId=made["id"]).execute() == ""
    assert cal.events().get(calendarId="primary", eventId=made["id"]).execute()["status"] == \
        "cancelled"
    with pytest.raises(HttpError) as caught:
        cal.events().delete(calendarId="primary", eventId=made["id"]).execute()
    assert caught.value.status_code == 410
    with pytest.raises(HttpError) as missing:
        cal.events().get(calendarId="primary", eventId="nope1").execute()
    assert missing.value.status_code == 404


def test_insert_validates_times(emulator: Emulator) -> None:
    cal = services(emulator, ["calendar"]).calendar
    bad = event(1, id=None, end={"dateTime": "2026-11-01T13:00:00-05:00"})
    with pytest.raises(HttpError) as caught:
        cal.events().insert(calendarId="primary", body=bad).execute()
    assert caught.value.status_code == 400
    assert caught.value.error_details[0]["reason"] == "timeRangeEmpty"


# -- property: incremental sync converges on the same state as a fresh full sync -----------

OPS = st.lists(st.tuples(st.sampled_from(["insert", "patch", "delete", "sync"]),
                         st.integers(0, 7)), max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS, page=st.integers(1, 4))
def test_incremental_sync_converges_to_full_sync(ops: list[tuple[str, int]], page: int) -> None:
    store = CalendarStore(me="pat.lee@example.com")
    params = {"singleEvents": ["true"], "showDeleted": ["true"], "maxResults": [str(page)]}

    def sync(token: str | None, mirror: dict[str, dict[str, Any]]) -> str:
        page_token = None
        while True:
            query = dict(params)
            if token:
                query["syncToken"] = [token]
            if page_token:
                query["pageToken"] = [page_token]
            body = store.list_events("primary", query)
            for item in body["items"]:
                mirror[item["id"]] = item
            page_token = body.get("nextPageToken")
            if page_token is None:
                return str(body["nextSyncToken"])

    mirror: dict[str, dict[str, Any]] = {}
    token = sync(None, mirror)
    for op, n in ops:
        ident = f"ev{n:05d}"
        live = store.calendar("primary").events.get(ident)
        if op == "insert" and live is None:
            store.insert("primary", event(n))
        elif op == "patch" and live is not None:
            store.change("primary", ident, {"summary": f"v{len(ops)}"}, replace=False)
        elif op == "delete" and live is not None and live.resource["status"] != "cancelled":
            store.delete("primary", ident)
        elif op == "sync":
            token = sync(token, mirror)
    sync(token, mirror)
    fresh: dict[str, dict[str, Any]] = {}
    sync(None, fresh)
    assert {k: v.get("etag") for k, v in mirror.items()} == \
        {k: v.get("etag") for k, v in fresh.items()}


def test_instances_and_master_change_in_incremental_sync(emulator_factory: Factory) -> None:
    emu = emulator_factory({"events": [series(), event(1)]})
    emu.delete_event("series1_20261109T150000Z")
    cal = services(emu).calendar
    inst = cal.events().instances(calendarId="primary", eventId="series1").execute()
    assert schema_errors("calendar.v3", "Events", inst) == []
    assert [i["id"][8:] for i in inst["items"]] == ["20261102T150000Z", "20261116T150000Z"]
    assert "nextSyncToken" not in inst
    _, sync, _ = full_sync(cal, singleEvents=True, showDeleted=True)
    emu.patch_event("series1", {"summary": "Renamed panel"})
    items, _, _ = full_sync(cal, singleEvents=True, showDeleted=True, syncToken=sync)
    assert sorted(i["id"][8:] for i in items) == ["20261102T150000Z", "20261116T150000Z"]
    assert {i["summary"] for i in items} == {"Renamed panel"}


def test_access_tokens_expire(emulator_factory: Factory) -> None:
    import http.client
    import json
    import time
    import urllib.parse

    emu = emulator_factory(None, access_token_lifetime=1)
    info = emu.issue_token(["gmail.compose"])
    conn = http.client.HTTPConnection(emu.host, emu.port, timeout=5)
    conn.request("POST", "/token", urllib.parse.urlencode({
        "grant_type": "refresh_token", "refresh_token": info["refresh_token"],
        "client_id": info["client_id"], "client_secret": info["client_secret"]}),
        {"Content-Type": "application/x-www-form-urlencoded"})
    body = json.loads(conn.getresponse().read())
    assert body["expires_in"] == 1
    auth = {"Authorization": f"Bearer {body['access_token']}"}
    conn.request("GET", "/gmail/v1/users/me/profile", headers=auth)
    assert conn.getresponse().read() and emu.requests[-1].status == 200
    time.sleep(1.05)
    conn.request("GET", "/gmail/v1/users/me/profile", headers=auth)
    resp = conn.getresponse()
    assert resp.status == 401 and json.loads(resp.read())["error"]["errors"][0]["reason"] == \
        "authError"
    conn.close()
