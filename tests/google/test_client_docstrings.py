"""``client.without_docstrings``: a kept resource drops googleapiclient's help text, nothing else.

Why: the calendar adapter keeps its ``events()`` resource for the daemon's life, and the help text
googleapiclient writes into each method (~450 kB for Calendar's events) is memory nothing reads.
"""

from __future__ import annotations

from google.oauth2.credentials import Credentials

from interview_sync.google.client import build_services, without_docstrings

ENDPOINT = "http://127.0.0.1:9"  # never contacted: building a request sends nothing


def _doc_chars(resource: object) -> int:
    names = getattr(resource, "_dynamic_attrs", ())
    return sum(len(getattr(resource, name).__doc__ or "") for name in names)


def test_the_kept_resource_has_no_help_text_and_builds_the_same_requests() -> None:
    services = build_services(Credentials("token"), endpoint=ENDPOINT, timeout=5)
    plain = services.calendar.events()
    kept = without_docstrings(services.calendar.events())
    assert _doc_chars(plain) > 100_000  # what is dropped (googleapiclient's own help text)
    assert _doc_chars(kept) == 0
    params = {"calendarId": "primary", "singleEvents": True, "showDeleted": True,
              "maxResults": 2500, "pageToken": "p2"}
    a, b = plain.list(**params), kept.list(**params)
    assert (a.uri, a.method, a.body, a.headers) == (b.uri, b.method, b.body, b.headers)


def test_other_resources_keep_their_help_text() -> None:
    services = build_services(Credentials("token"), endpoint=ENDPOINT, timeout=5)
    without_docstrings(services.calendar.events())
    assert _doc_chars(services.calendar.events()) > 100_000
