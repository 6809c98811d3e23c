"""Gmail message views and search: MIME → ``payload`` parts, snippets, and the ``q`` operators.

Owns ``MessageView`` (one parsed RFC 2822 message with the facts search and formats need) and
``matches(view, q, now)``, which understands the Gmail search operators the service uses:
``from: to: cc: subject: rfc822msgid: after: before: newer_than: older_than: in: label: is:``,
quoted phrases, a leading ``-`` for negation, and bare words (matched in headers and body).
``after:``/``before:`` take epoch seconds or ``YYYY/MM/DD`` (midnight US Pacific, as Gmail says).
"""

from __future__ import annotations

import email
import email.header
import email.policy
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import Message
from typing import Any
from zoneinfo import ZoneInfo

from interview_sync.emulator.wire import b64url_encode

__all__ = ["MessageView", "epoch_ms", "matches", "payload"]

JsonObj = dict[str, Any]
_TOKEN = re.compile(r'(-?)(?:(\w+):("[^"]*"|\([^)]*\)|\S+)|"([^"]*)"|(\S+))')
_PACIFIC = ZoneInfo("America/Los_Angeles")
_UNITS = {"d": 1, "m": 31, "y": 366}


@dataclass(slots=True)
class MessageView:
    """A stored message's bytes plus what searching needs, parsed once."""

    raw: bytes
    headers: list[tuple[str, str]]
    text: str
    root: Message

    @classmethod
    def parse(cls, raw: bytes) -> MessageView:
        root = email.message_from_bytes(raw, policy=email.policy.compat32)
        headers = [(k, _unfold(_utf8(v))) for k, v in root.raw_items()]
        return cls(raw=raw, headers=headers, text=_body_text(root), root=root)

    def header(self, name: str) -> str:
        low = name.lower()
        return ", ".join(v for k, v in self.headers if k.lower() == low)

    def snippet(self) -> str:
        return " ".join(self.text.split())[:200]

    def describe(self) -> JsonObj:
        """The inspection view: decoded headers, body text and raw MIME."""
        return {"headers": dict(self.headers), "from": self.header("From"),
                "to": self.header("To"), "cc": self.header("Cc"),
                "subject": self.header("Subject"), "rfc822MessageId": self.header("Message-ID"),
                "body": self.text, "raw": self.raw.decode("utf-8", "replace")}


def _utf8(value: object) -> str:
    """A raw 8-bit header (RFC 6532 UTF-8, e.g. an internationalised address) as text: the API
    returns header values as JSON strings, so Gmail hands such a header back decoded."""
    text = str(value)
    try:
        return text.encode("ascii", "surrogateescape").decode("utf-8")
    except UnicodeError:
        return text


def _unfold(value: str) -> str:
    text = re.sub(r"\r?\n[ \t]+", " ", value)
    try:
        decoded = str(email.header.make_header(email.header.decode_header(text)))
    except (ValueError, LookupError, UnicodeError):
        return text
    return decoded


def _body_text(root: Message) -> str:
    for part in root.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            return _decoded(part)
    for part in root.walk():
        if part.get_content_type() == "text/html":
            return re.sub(r"<[^>]+>", " ", _decoded(part))
    return ""


def _decoded(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def payload(view: MessageView, *, metadata_only: bool = False,
            wanted: list[str] | None = None) -> JsonObj:
    """The Message.payload MessagePart tree (``format=full``), or headers only (``metadata``)."""
    if metadata_only:
        low = {w.lower() for w in wanted or []}
        headers = [{"name": k, "value": v} for k, v in view.headers
                   if not low or k.lower() in low]
        return {"mimeType": view.root.get_content_type(), "headers": headers}
    return _part(view.root, "", top=True)


def _part(msg: Message, part_id: str, *, top: bool = False) -> JsonObj:
    headers = [{"name": k, "value": _unfold(str(v))} for k, v in msg.items()]
    out: JsonObj = {"partId": part_id, "mimeType": msg.get_content_type(),
                    "filename": msg.get_filename() or "", "headers": headers}
    if msg.is_multipart():
        subparts = msg.get_payload()
        assert isinstance(subparts, list)
        prefix = "" if top else part_id + "."
        out["body"] = {"size": 0}
        out["parts"] = [_part(p, f"{prefix}{i}") for i, p in enumerate(subparts)]
    else:
        data = msg.get_payload(decode=True)
        data = data if isinstance(data, bytes) else b""
        out["body"] = {"size": len(data), "data": b64url_encode(data)} if data else {"size": 0}
    return out


def matches(view: MessageView, labels: list[str], internal_ms: int, q: str,
            now: datetime) -> bool:
    """Whether a message satisfies every term of a Gmail query (terms are ANDed)."""
    for neg, op, value, phrase, word in _TOKEN.findall(q):
        if op:
            ok = _operator(view, labels=labels, internal_ms=internal_ms, op=op.lower(),
                           value=value.strip('"()'), now=now)
        else:
            needle = (phrase or word).lower()
            if needle in {"and", "or"}:
                continue
            ok = needle in _haystack(view)
        if ok == bool(neg):
            return False
    return True


def _haystack(view: MessageView) -> str:
    return " ".join([view.header("From"), view.header("To"), view.header("Subject"),
                     view.text]).lower()


def _operator(view: MessageView, *, labels: list[str], internal_ms: int, op: str, value: str,
              now: datetime) -> bool:
    low = value.lower()
    if op in {"from", "to", "cc", "bcc", "subject"}:
        fields = {"to": ("To", "Cc", "Bcc")}.get(op, (op.capitalize(),))
        return any(low in view.header(f).lower() for f in fields)
    if op == "rfc822msgid":
        return view.header("Message-ID").strip().strip("<>").lower() == low.strip("<>")
    if op in {"after", "before", "newer", "older"}:
        bound = _when(value)
        if bound is None:
            return False
        return internal_ms >= bound * 1000 if op in {"after", "newer"} else \
            internal_ms < bound * 1000
    if op in {"newer_than", "older_than"}:
        m = re.fullmatch(r"(\d+)([dmy])", low)
        if not m:
            return False
        edge = now - timedelta(days=int(m.group(1)) * _UNITS[m.group(2)])
        edge_ms = int(edge.timestamp() * 1000)
        return internal_ms >= edge_ms if op == "newer_than" else internal_ms < edge_ms
    if op in {"in", "label"}:
        if low == "anywhere":
            return True
        name = {"sent": "SENT", "inbox": "INBOX", "drafts": "DRAFT", "draft": "DRAFT",
                "spam": "SPAM", "trash": "TRASH", "starred": "STARRED"}.get(low, value.upper())
        return name in labels or value in labels
    if op == "is":
        return {"unread": "UNREAD" in labels, "read": "UNREAD" not in labels,
                "starred": "STARRED" in labels}.get(low, False)
    return f"{op}:{low}" in _haystack(view)


def _when(value: str) -> int | None:
    if value.isdigit():
        return int(value)
    for fmt in ("%Y/%m/%d", "%Y-%m-%d", "%m/%d/%Y"):
        try:
            day = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return int(day.replace(tzinfo=_PACIFIC).timestamp())
    return None


def epoch_ms(moment: datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)
