"""The one address validator (RFC 5321/5322 + IDNA) and the size caps on event resources."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_sync.core.address import header_address, mail_address
from interview_sync.core.bounds import (
    MAX_DEPTH,
    MAX_DESCRIPTION,
    MAX_FIELD,
    MAX_ITEMS,
    _bound,
    bound_event,
)
from interview_sync.core.destinations import token_destination_problem


@pytest.mark.parametrize(("text", "expected"), [
    ("Kim.Ng@Acme.Example", "kim.ng@acme.example"),
    ("  kim@acme.example ", "kim@acme.example"),
    ("o'brien+jobs@acme.example", "o'brien+jobs@acme.example"),
    ("kim@bücher.example", "kim@xn--bcher-kva.example"),
    ("ann@ACME.EXAMPLE.", None),  # the trailing dot of issue #12
    ("ann@acme", None), ("ann@.acme.example", None), ("ann@acme..example", None),
    ("ann@-acme.example", None), ("ann@acme-.example", None), ("ann@acme.123", None),
    (".ann@acme.example", None), ("ann.@acme.example", None), ("a..b@acme.example", None),
    ("josé@acme.example", None), ('"a b"@acme.example', None), ("ann@[192.0.2.1]", None),
    ("kim@acme.example\r\nBcc: evil@attacker.example", None), ("kim@acme.example,x@y.example", None),
    ("<kim@acme.example>", None), ("kim@acme.example>", None), ("", None), ("@", None),
    ("a" * 65 + "@acme.example", None), ("a@" + "b" * 64 + ".example", None),
    ("a@" + ".".join(["b" * 60] * 5) + ".example", None), (None, None), (42, None),
    ("kim@xn--bcher-kva.example", "kim@xn--bcher-kva.example"), ("kim@☃.example", None),
])
def test_the_address_validator(text: Any, expected: str | None) -> None:
    assert mail_address(text) == expected


@given(st.text(max_size=300))
def test_the_validator_never_raises_and_its_answers_are_fixed_points(text: str) -> None:
    found = mail_address(text)
    if found is not None:
        assert mail_address(found) == found and found.isascii() and len(found) <= 254
        assert not any(c.isspace() or c in '<>,;:"()[]\\' for c in found)


@pytest.mark.parametrize(("value", "expected"), [
    ("Kim Ng <Kim@Acme.example>", "kim@acme.example"),
    ("kim@acme.example", "kim@acme.example"),
    ("Kim <kim@bücher.example>", "kim@xn--bcher-kva.example"),  # IDN → A-labels
    ('"kim@acme.example" <eve@evil.example>', "eve@evil.example"),  # a name is only a name
    ("eve@evil.example (kim@acme.example)", "eve@evil.example"),
    ('"Kim, <kim@acme.example>" <eve@evil.example>', "eve@evil.example"),
    ("kim@acme.example\r\nBcc: eve@evil.example", None),  # CRLF
    ("kim@acme.example\nBcc: eve@evil.example", None),
    ("kim@acme.example\x00", None),
    ("kim@acme.example, eve@evil.example", None),  # a second address
    ("Kim <kim@acme.example>, Eve <eve@evil.example>", None),
    ("kim@acme.example <eve@evil.example>", None),  # parseaddr would say Kim
    ("Kim <kim@acme.example> <eve@evil.example>", None),
    ("kim@acme.example@evil.example", None),
    ("Kim <kim@acme.example.>", None),
    ("Kim <ki m@acme.example>", None),
    ("Kim <kím@acme.example>", None),  # non-ASCII local part
    ("undisclosed-recipients:;", None),
    ("Kim <>", None),
    ("", None),
    (None, None),
    ("x" * 5000 + "@acme.example", None),
])
def test_a_header_names_one_valid_address_or_none(value: Any, expected: str | None) -> None:
    assert header_address(value) == expected


@given(st.text(max_size=300))
def test_header_address_never_raises_and_agrees_with_the_validator(text: str) -> None:
    found = header_address(text)
    assert found is None or mail_address(found) == found


def test_every_string_of_an_event_is_bounded_and_self_is_kept() -> None:
    big = "x" * 2_000_000
    guests: list[dict[str, Any]] = [{"email": f"p{i}@acme.example", "displayName": big}
                                    for i in range(MAX_ITEMS + 500)]
    guests.append({"email": "me@example.com", "self": True, "responseStatus": "declined"})
    event = {"id": "e", "summary": big, "location": big, "description": big,
             "organizer": {"email": big, "displayName": big}, "attendees": guests,
             "deep": [[[[[[[[[["x"]]]]]]]]]]}
    out = bound_event(event)
    assert len(out["summary"]) == len(out["location"]) == MAX_FIELD
    assert len(out["description"]) == MAX_DESCRIPTION
    assert len(out["organizer"]["displayName"]) == MAX_FIELD
    assert len(out["attendees"]) == MAX_ITEMS + 1 and out["attendees"][-1]["self"] is True
    assert all(len(a["displayName"]) == MAX_FIELD for a in out["attendees"][:-1])
    assert len(event["summary"]) == 2_000_000  # the input is not changed
    assert out["id"] == "e"


def test_a_lone_surrogate_becomes_the_replacement_character_where_the_event_enters() -> None:
    # JSON allows "\ud800"; no UTF-8 note, mail or hash can hold it.
    event = {"id": "", "summary": "Interview with Acme \ud800",
             "attendees": [{"email": "kim@acme.example", "displayName": "Kim \udfff Ng"}],
             "description": "é" * 10 + "\ud83d"}
    out = bound_event(event)
    assert out is not event
    assert out["summary"] == "Interview with Acme \ufffd"
    assert out["attendees"][0]["displayName"] == "Kim \ufffd Ng"
    assert out["description"] == "é" * 10 + "\ufffd"
    assert all(isinstance(v, str) and v.encode("utf-8") for v in (out["summary"], out["description"]))
    assert event["summary"].endswith("\ud800")  # the input is not changed
    clean = {"id": "e", "summary": "Entretien – Acme, 面接"}
    assert bound_event(clean) is clean


# Strings and lists right at the limits (and past them), keys that are or are not "description",
# nesting past MAX_DEPTH: where the fast "already fits" check could disagree with the copy.
_EDGE_TEXT = st.one_of(st.text(max_size=5), st.sampled_from(["a\ud800", "\udfff", "é\udc80x"]),
                       st.sampled_from(
    [MAX_FIELD - 1, MAX_FIELD, MAX_FIELD + 1, MAX_DESCRIPTION, MAX_DESCRIPTION + 1]).map(
        lambda n: "x" * n))
_KEYS = st.one_of(st.sampled_from(["description", "summary", "email", "self", "x" * (MAX_FIELD + 1),
                                   "k\ud800"]),
                  st.text(max_size=3))
_LEAF = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                  _EDGE_TEXT)
_JSON = st.recursive(
    st.one_of(_LEAF, st.tuples(st.sampled_from([MAX_ITEMS, MAX_ITEMS + 1]), _LEAF,
                               st.booleans()).map(  # long guest lists (of leaves: kept small)
        lambda t: [t[1]] * t[0] + ([{"self": True}] if t[2] else []))),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=12)


@given(st.dictionaries(_KEYS, _JSON, max_size=6))
def test_an_event_that_fits_is_returned_as_is_and_any_other_is_cut_as_before(
        event: dict[str, Any]) -> None:
    copied = _bound(event, 0, "")  # the plain copy: the reference for what "bounded" means
    out = bound_event(event)
    assert out == copied
    if out is event:  # the fast path: only when the copy changed nothing
        assert copied == event


def test_deep_nesting_is_not_taken_for_fitting() -> None:
    deep: Any = "x"
    for _ in range(MAX_DEPTH + 2):
        deep = [deep]
    event = {"id": "e", "deep": deep}
    assert bound_event(event) is not event and bound_event(event) == _bound(event, 0, "")


@pytest.mark.parametrize(("url", "allowed"), [
    ("https://oauth2.googleapis.com/token", True), ("https://www.googleapis.com", True),
    ("https://accounts.google.com/o/oauth2/token", True), ("http://127.0.0.1:8765", True),
    ("http://[::1]:9/token", True), ("http://localhost:1/token", True),
    ("https://127.0.0.1/token", True),
    ("http://oauth2.googleapis.com/token", False),  # plain http off the machine
    ("http://10.0.0.5:8765", False), ("https://evil.example/token", False),
    ("https://googleapis.com.evil.example/token", False), ("https://evilgoogleapis.com", False),
    ("https://user:pw@oauth2.googleapis.com/token", False), ("ftp://127.0.0.1/", False),
    ("", False), ("https://", False), ("http://127.0.0.1:99999/", False), (None, False),
])
def test_tokens_go_only_to_google_or_loopback(url: Any, allowed: bool) -> None:
    problem = token_destination_problem(url)
    assert (problem is None) == allowed, problem
