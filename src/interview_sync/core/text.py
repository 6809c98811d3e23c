"""Plain text out of what calendars and mail carry: HTML descriptions, entities, odd whitespace.

Owns: ``html_to_text`` (block tags become line breaks, list items become "- " lines, scripts and
styles vanish, entities decode, control characters go) and ``clip`` (a bounded prefix, so a 5 MB
description costs what 100 kB costs). Pure and total: any ``str`` in, a ``str`` out, never raises.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["MAX_TEXT", "clip", "html_to_text", "looks_like_html", "text_of"]

MAX_TEXT = 100_000  # characters of a description worth reading; the rest is boilerplate or abuse

_BLOCK_TAGS = frozenset({
    "p", "div", "br", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "hr", "section", "article", "header", "footer", "dl", "dt", "dd",
})
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})
_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
# HTML is recognised by real tag names: "Dana Holt <dana@x.com>" in plain text is an address.
_HTML_RE = re.compile(
    r"<\s*/?\s*(?:p|div|br|span|a|b|i|u|em|strong|font|ul|ol|li|table|tbody|thead|tr|td|th|"
    r"h[1-6]|html|body|head|meta|style|script|img|hr|pre|blockquote|section|article|center|"
    r"small|big|sup|sub|code|dl|dt|dd|label|header|footer)\b[^>]*>", re.IGNORECASE)
# <addr@domain> inside either kind of text: protected so the HTML parser keeps it as text.
_ANGLE_ADDRESS_RE = re.compile(r"<([^<>\s@/]+@[^<>\s]+)>")
_CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _squeeze(line: str) -> str:
    """Runs of spaces as one space. An ASCII line without a double space or a tab has none
    (the usual case): it is returned as it is, sparing a substitution at every single space."""
    if line.isascii() and "  " not in line and "\t" not in line:
        return line
    return _SPACES_RE.sub(" ", line)


def text_of(value: object) -> str:
    """A field of a stranger's JSON as text: the string itself, "" for anything else (a number,
    a list, null where a string belongs)."""
    return value if isinstance(value, str) else ""


def clip(text: str, limit: int = MAX_TEXT) -> str:
    """At most ``limit`` characters of ``text``."""
    return text if len(text) <= limit else text[:limit]


def looks_like_html(text: str) -> bool:
    return bool(_HTML_RE.search(text[:5000])) or "&nbsp;" in text[:5000]


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in {"td", "th"}:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS or tag == "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(text: str | None, *, limit: int = MAX_TEXT) -> str:
    """Readable plain text from an HTML or plain-text description. Never raises."""
    if not text:
        return ""
    if not isinstance(text, str):
        text = str(text)
    text = clip(text, limit)
    if looks_like_html(text):
        text = _ANGLE_ADDRESS_RE.sub(r"&lt;\1&gt;", text)
        extractor = _TextExtractor()
        try:
            extractor.feed(text)
            extractor.close()
            text = "".join(extractor.parts)
        except Exception:  # html.parser is lenient, but a bug in it must not stop detection
            text = html.unescape(_TAG_RE.sub(" ", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    lines = [_squeeze(line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
