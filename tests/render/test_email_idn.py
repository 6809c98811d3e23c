"""Internationalised domains are drafted in their ASCII (punycode) form; others are refused."""

from __future__ import annotations

import pytest

from interview_sync.render.email import safe_address


@pytest.mark.parametrize(("given", "expected"), [
    ("kim@northwind.com", "kim@northwind.com"),
    ("Kim@Northwind.COM", "kim@northwind.com"),
    ("kim@bücher.example", "kim@xn--bcher-kva.example"),
    ("kim@例え.jp", "kim@xn--r8jz45g.jp"),
    ("kím@bücher.example", None),
    ("kim@", None),
    ("not an address", None),
    ("kim@exa..mple.com", None),
])
def test_safe_address(given: str, expected: str | None) -> None:
    assert safe_address(given) == expected
