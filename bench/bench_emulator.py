"""Benchmark the Google API emulator: sync speed, capacity, and per-request handler overhead.

Run: .venv/bin/python bench/bench_emulator.py [--events 10000] [--big 100000] [--drafts 10000]

Targets (issue 3): a full sync of 10,000 events through googleapiclient in <= 3 s; 100,000 events
and 10,000 drafts held without trouble; < 1 ms handler overhead over a bare HTTP round trip.
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import resource
import statistics
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

os.environ.setdefault("NO_PROXY", "127.0.0.1")

from interview_sync.emulator import Emulator
from interview_sync.emulator.conformance import services


def events(n: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        day = 1 + i % 28
        hour = 8 + i % 10
        out.append({"id": f"bench{i:07d}", "summary": f"Interview {i} with Acme",
                    "description": "Panel interview. Join: https://meet.google.com/aaa-bbbb-ccc",
                    "start": {"dateTime": f"2026-11-{day:02d}T{hour:02d}:00:00Z"},
                    "end": {"dateTime": f"2026-11-{day:02d}T{hour:02d}:45:00Z"},
                    "attendees": [{"email": "rita@acme.example", "responseStatus": "accepted"},
                                  {"email": "pat.lee@example.com", "self": True}]})
    return out


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def full_sync(emu: Emulator, page: int) -> tuple[float, int, int]:
    cal = services(emu).calendar
    cal.events().list(calendarId="primary", maxResults=1).execute()  # token + warm-up
    started = time.perf_counter()
    token, count, pages = None, 0, 0
    while True:
        body = cal.events().list(calendarId="primary", singleEvents=True, showDeleted=True,
                                 maxResults=page, pageToken=token).execute()
        count += len(body["items"])
        pages += 1
        token = body.get("nextPageToken")
        if token is None:
            assert body.get("nextSyncToken")
            return time.perf_counter() - started, count, pages


def bench_sync(n: int) -> None:
    started = time.perf_counter()
    with Emulator({"events": events(n)}) as emu:
        seeded = time.perf_counter() - started
        print(f"seed {n} events: {seeded:.2f} s")
        for page in (250, 2500):
            took, count, pages = full_sync(emu, page)
            print(f"full sync of {count} events, maxResults={page} ({pages} pages): "
                  f"{took:.2f} s")


def bench_capacity(n_events: int, n_drafts: int) -> None:
    before = rss_mb()
    started = time.perf_counter()
    with Emulator({"events": events(n_events)}) as emu:
        print(f"hold {n_events} events: seeded in {time.perf_counter() - started:.1f} s, "
              f"max RSS +{rss_mb() - before:.0f} MB")
        raw = base64.urlsafe_b64encode(
            b"From: pat.lee@example.com\r\nTo: rita@acme.example\r\nSubject: Thank you\r\n"
            b"Message-ID: <bench-%d@interview-sync>\r\n\r\nThanks for today!\r\n").decode()
        started = time.perf_counter()
        with emu.lock:
            for i in range(n_drafts):
                body = base64.urlsafe_b64decode(raw).replace(b"%d", str(i).encode())
                emu.mailbox.draft_create({"message": {"raw": base64.urlsafe_b64encode(
                    body).decode()}})
        print(f"hold {n_drafts} drafts: created in {time.perf_counter() - started:.1f} s, "
              f"max RSS +{rss_mb() - before:.0f} MB")
        svc = services(emu)
        svc.gmail.users().getProfile(userId="me").execute()
        cal = svc.calendar
        page = cal.events().list(calendarId="primary", maxResults=2500).execute()
        while "nextPageToken" in page:
            page = cal.events().list(calendarId="primary", maxResults=2500,
                                     pageToken=page["nextPageToken"]).execute()
        sync = page["nextSyncToken"]
        drafts = svc.gmail.users().drafts()
        for label, call in [
            ("drafts.list (first page of 100)", lambda: drafts.list(userId="me").execute()),
            ("drafts.list q=rfc822msgid over all drafts", lambda: drafts.list(
                userId="me", q="rfc822msgid:<bench-9999@interview-sync>").execute()),
            (f"events.list syncToken over {n_events} events (no changes)",
             lambda: cal.events().list(calendarId="primary", maxResults=2500,
                                       syncToken=sync).execute()),
        ]:
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                call()
                times.append(time.perf_counter() - t0)
            print(f"  {label}: median {statistics.median(times) * 1000:.1f} ms")


class _Bare(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        body = b'{"emailAddress":"pat.lee@example.com","historyId":"1000"}'
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\n"
                         b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


def round_trips(host: str, port: int, path: str, headers: dict[str, str], n: int) -> list[float]:
    conn = http.client.HTTPConnection(host, port)
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        conn.request("GET", path, headers=headers)
        conn.getresponse().read()
        out.append(time.perf_counter() - t0)
    conn.close()
    return out


def bench_overhead(n: int) -> None:
    bare = ThreadingHTTPServer(("127.0.0.1", 0), _Bare)
    threading.Thread(target=bare.serve_forever, daemon=True).start()
    try:
        base = round_trips("127.0.0.1", bare.server_address[1], "/x", {}, n)
    finally:
        bare.shutdown()
        bare.server_close()
    with Emulator() as emu:
        info = emu.issue_token(["gmail.compose"])
        conn = http.client.HTTPConnection(emu.host, emu.port)
        conn.request("POST", "/token", urllib.parse.urlencode({
            "grant_type": "refresh_token", "refresh_token": info["refresh_token"],
            "client_id": info["client_id"], "client_secret": info["client_secret"]}),
            {"Content-Type": "application/x-www-form-urlencoded"})
        token = json.loads(conn.getresponse().read())["access_token"]
        conn.close()
        emu_times = round_trips(emu.host, emu.port, "/gmail/v1/users/me/profile?alt=json",
                                {"Authorization": f"Bearer {token}"}, n)
        svc = services(emu)
        svc.gmail.users().getProfile(userId="me").execute()
        client = []
        for _ in range(n // 4):
            t0 = time.perf_counter()
            svc.gmail.users().getProfile(userId="me").execute()
            client.append(time.perf_counter() - t0)
        handler = [r.duration_ms for r in emu.requests if r.path.endswith("/profile")]
    med = statistics.median
    print(f"bare HTTP round trip: median {med(base) * 1000:.3f} ms ({n} requests, keep-alive)")
    print(f"emulator getProfile round trip: median {med(emu_times) * 1000:.3f} ms")
    print(f"  handler overhead over bare: {(med(emu_times) - med(base)) * 1000:.3f} ms "
          f"(in-handler time median {med(handler):.3f} ms)")
    print(f"googleapiclient getProfile().execute(): median {med(client) * 1000:.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    bench_sync(args.events)
    bench_capacity(args.big, args.drafts)
    bench_overhead(args.requests)


if __name__ == "__main__":
    main()
