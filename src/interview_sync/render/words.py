"""Small, locale-free text helpers the renderers share.

Owns: English date and time formatting that does not depend on the process locale (``strftime``
``%A`` would follow ``LC_TIME``), name lists ("Kim, Sam and Lee"), word counts, trimming a user's
phrase so it reads inside a sentence, and neutralising text that will become a mail header.
Pure and total.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

__all__ = [
    "clause",
    "count_words",
    "format_date",
    "format_time",
    "header_safe",
    "join_names",
    "single_line",
    "tidy",
]

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

# C0/C1 controls, DEL, and the invisible bidi/format characters that can disguise header text.
_HEADER_BAD = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\S+")


def format_date(day: date, *, year: bool = True) -> str:
    """``Wednesday 10 June 2026`` (or without the year)."""
    text = f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def format_time(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def join_names(names: Iterable[str]) -> str:
    """``Kim``, ``Kim and Sam``, ``Kim, Sam and Lee``."""
    items = [n for n in names if n]
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " and " + items[-1]


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def single_line(text: str) -> str:
    """Collapse any run of whitespace (newlines included) into one space."""
    return _SPACES.sub(" ", text).strip()


def clause(text: str | None) -> str:
    """A user's note trimmed to sit inside a sentence: one line, no trailing full stop."""
    if not text:
        return ""
    return single_line(text).rstrip(" .;:!")


def header_safe(text: str, *, limit: int) -> str:
    """Text that can only ever be one header value, whatever a calendar event put in it.

    Control and bidi-override characters go, whitespace collapses, and ``=?``/``?=`` are broken
    up so no RFC 2047 encoded word survives (Python 3.11.7 decodes a literal encoded word and
    re-emits its CR/LF: CVE-2024-6923). Long text is cut at ``limit`` characters.
    """
    text = unicodedata.normalize("NFC", text)
    text = _HEADER_BAD.sub(" ", text)
    text = single_line(text)
    while "=?" in text or "?=" in text:
        text = text.replace("=?", "= ?").replace("?=", "? =")
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t]+\n")


def tidy(text: str) -> str:
    """Rendered template text with no trailing spaces and at most one blank line in a row.

    Templates can then be written for readability without fighting Jinja's whitespace rules.
    """
    text = _TRAILING.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n") + "\n")
    return _BLANK_RUNS.sub("\n\n", text).strip("\n") + "\n"
