"""Plain text out of calendar descriptions: HTML flattened, addresses in angle brackets kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_sync.core.text import html_to_text, looks_like_html


@pytest.mark.parametrize(("given_text", "expected"), [
    ("Dana Holt <dana@x.com>", "Dana Holt <dana@x.com>"),
    ("<p>Contact: Dana Holt <dana@x.com></p>", "Contact: Dana Holt <dana@x.com>"),
    ("<div>Thanks!<br>We'll follow up <i>early next week</i>.</div>",
     "Thanks!\nWe'll follow up early next week."),
    ("<ul><li>Kim</li><li>Raj &amp; Amy</li></ul>", "- Kim\n\n- Raj & Amy"),
    ("<script>alert(1)</script>Hello", "Hello"),
    ("a\x00b\u202ec", "abc"),
    ("", ""),
])
def test_html_to_text(given_text: str, expected: str) -> None:
    assert html_to_text(given_text) == expected


def test_plain_text_with_angle_addresses_is_not_html() -> None:
    assert not looks_like_html("From: Dana Holt <dana@x.com>\nTo: Pat <pat@y.org>")
    assert looks_like_html("<P>Hi</P>")


@given(st.text(max_size=400))
def test_never_raises_and_never_grows_unboundedly(text: str) -> None:
    out = html_to_text(text)
    assert isinstance(out, str) and len(out) <= len(text) + text.count("<") * 3 + 8
