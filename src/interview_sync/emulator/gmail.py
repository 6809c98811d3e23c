"""Gmail v1 for one mailbox: messages, drafts, history, profile, and sending (by anyone).

Theory of operation: a message is immutable bytes plus labels. A draft is a stable id pointing at
its current message; ``drafts.update`` replaces that message with a new id, as Gmail does. Every
change appends history records under a rising ``historyId``; ``history.list`` answers 404 for a
``startHistoryId`` older than the oldest record kept (``truncate_history`` moves that edge).
Sending (``drafts.send``, ``messages.send``, or the user in the Gmail UI via
``send_draft_as_user``) is always recorded in ``sent`` with who did it, so tests can prove the
service never sends.
"""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime, make_msgid
from typing import Any

from interview_sync.emulator.gmail_mime import MessageView, epoch_ms, matches, payload
from interview_sync.emulator.wire import ApiError, b64url_decode, b64url_encode, utcnow

__all__ = ["MAX_MESSAGE_BYTES", "Mailbox"]

JsonObj = dict[str, Any]
Params = dict[str, list[str]]
MAX_MESSAGE_BYTES = 36_700_160  # Gmail's 35 MB limit (discovery mediaUpload.maxSize)
FORMATS = ("minimal", "full", "raw", "metadata")


@dataclass(slots=True)
class _Msg:
    id: str
    thread_id: str
    labels: list[str]
    view: MessageView
    internal_ms: int
    history_id: int
    written: float = 0.0  # time.monotonic() when stored: search sees it search_lag later


@dataclass(slots=True)
class Mailbox:
    """All Gmail state of the emulated user. Not thread-safe: the server serialises access."""

    me: str
    history_id: int = 1000
    oldest_history: int = 1000
    messages: dict[str, _Msg] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)  # draft id -> message id
    threads: set[str] = field(default_factory=set)  # outlive their messages, as in Gmail
    history: list[JsonObj] = field(default_factory=list)
    sent: list[JsonObj] = field(default_factory=list)
    # Search trails writes: a new draft's message matches a ``q`` only after this many seconds.
    # Listing without ``q`` and drafts.get see it at once (they read the mailbox, not the index).
    search_lag: float = 0.0
    # Gmail does not keep a caller's Message-ID (FlowCrypt/flowcrypt-browser#4273): with this on,
    # every draft create/update stores Gmail's own instead.
    rewrite_message_id: bool = False
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    # -- building blocks ------------------------------------------------------------------
    def _new_message(self, raw: bytes, labels: list[str], thread_id: str | None,
                     when: datetime | None = None) -> _Msg:
        if len(raw) > MAX_MESSAGE_BYTES:
            raise ApiError(413, "uploadTooLarge", "Message too large")
        if thread_id and thread_id not in self.threads:
            raise ApiError.not_found("Requested entity was not found.")
        n = next(self._ids)
        msg_id = f"{0x19a0000000000000 + n * 7919:x}"
        self.history_id += 1
        if self.rewrite_message_id and "DRAFT" in labels:
            raw = _replace_message_id(raw, f"<CA+draft{n:010d}@mail.gmail.com>")
        msg = _Msg(id=msg_id, thread_id=thread_id or msg_id, labels=labels,
                   view=MessageView.parse(raw), internal_ms=epoch_ms(when or utcnow()),
                   history_id=self.history_id, written=time.monotonic())
        self.messages[msg_id] = msg
        self.threads.add(msg.thread_id)
        self._record("messagesAdded", msg)
        return msg

    def _indexed(self, msg: _Msg) -> bool:
        """Whether search has caught up with this message yet (``search_lag``)."""
        return time.monotonic() - msg.written >= self.search_lag

    def _drop(self, msg_id: str) -> None:
        msg = self.messages.pop(msg_id)
        self.history_id += 1
        self._record("messagesDeleted", msg)

    def _record(self, kind: str, msg: _Msg) -> None:
        stub = {"id": msg.id, "threadId": msg.thread_id, "labelIds": list(msg.labels)}
        self.history.append({"id": str(self.history_id),
                             "messages": [{"id": msg.id, "threadId": msg.thread_id}],
                             kind: [{"message": stub}]})

    def _message_json(self, msg: _Msg, fmt: str, wanted: list[str] | None = None) -> JsonObj:
        if fmt not in FORMATS:
            raise ApiError.bad(f"Invalid value at 'format' ({fmt})", location="format")
        out: JsonObj = {"id": msg.id, "threadId": msg.thread_id, "labelIds": list(msg.labels)}
        out.update({"snippet": msg.view.snippet(), "sizeEstimate": len(msg.view.raw),
                    "historyId": str(msg.history_id), "internalDate": str(msg.internal_ms)})
        if fmt == "raw":
            out["raw"] = b64url_encode(msg.view.raw)
        elif fmt in ("full", "metadata"):
            out["payload"] = payload(msg.view, metadata_only=fmt == "metadata", wanted=wanted)
        return out

    @staticmethod
    def _raw_of(body: Any, *, media: bytes | None = None, required: bool = True) -> bytes:
        if media is not None:
            return media
        message = body.get("message") if isinstance(body, dict) else None
        raw = message.get("raw") if isinstance(message, dict) else None
        if not isinstance(raw, str) or not raw:
            if required:
                raise ApiError.bad("Invalid draft: message.raw is required",
                                   reason="invalidArgument")
            return b""
        try:
            return b64url_decode(raw)
        except ValueError:
            raise ApiError.bad("Invalid value for ByteString: message.raw",
                               reason="invalidArgument") from None

    @staticmethod
    def _thread_of(body: Any) -> str | None:
        message = body.get("message") if isinstance(body, dict) else None
        tid = message.get("threadId") if isinstance(message, dict) else None
        return tid if isinstance(tid, str) and tid else None

    def _draft_msg(self, draft_id: str) -> _Msg:
        msg_id = self.drafts.get(draft_id)
        if msg_id is None:
            raise ApiError.not_found("Requested entity was not found.")
        return self.messages[msg_id]

    # -- drafts ---------------------------------------------------------------------------
    def draft_create(self, body: Any, media: bytes | None = None) -> JsonObj:
        msg = self._new_message(self._raw_of(body, media=media), ["DRAFT"], self._thread_of(body))
        draft_id = f"r{5432100000000000000 + next(self._ids) * 104729}"
        self.drafts[draft_id] = msg.id
        return {"id": draft_id, "message": {"id": msg.id, "threadId": msg.thread_id,
                                            "labelIds": ["DRAFT"]}}

    def draft_update(self, draft_id: str, body: Any, media: bytes | None = None) -> JsonObj:
        old = self._draft_msg(draft_id)
        thread = self._thread_of(body) or old.thread_id
        if isinstance(body, dict) and body.get("id") not in (None, draft_id):
            raise ApiError.bad("Draft id in body does not match the path")
        msg = self._new_message(self._raw_of(body, media=media), ["DRAFT"], thread)
        self._drop(old.id)
        self.drafts[draft_id] = msg.id
        return {"id": draft_id, "message": {"id": msg.id, "threadId": msg.thread_id,
                                            "labelIds": ["DRAFT"]}}

    def draft_get(self, draft_id: str, params: Params) -> JsonObj:
        msg = self._draft_msg(draft_id)
        fmt = (params.get("format") or ["full"])[-1]
        return {"id": draft_id, "message": self._message_json(msg, fmt)}

    def draft_delete(self, draft_id: str) -> None:
        msg = self._draft_msg(draft_id)
        del self.drafts[draft_id]
        self._drop(msg.id)

    def draft_list(self, params: Params) -> JsonObj:
        q = (params.get("q") or [""])[-1]
        now = utcnow()
        found = [(d, self.messages[m]) for d, m in self.drafts.items()]
        found = [(d, m) for d, m in found
                 if not q or (self._indexed(m)
                              and matches(m.view, m.labels, m.internal_ms, q, now))]
        found.sort(key=lambda pair: pair[1].internal_ms, reverse=True)
        items, token = _page(found, params, default=100)
        out: JsonObj = {"drafts": [{"id": d, "message": {"id": m.id, "threadId": m.thread_id}}
                                   for d, m in items]} if items else {}
        if token:
            out["nextPageToken"] = token
        out["resultSizeEstimate"] = len(found)
        return out

    def draft_send(self, body: Any, media: bytes | None, *, via: str) -> JsonObj:
        draft_id = body.get("id") if isinstance(body, dict) else None
        if not isinstance(draft_id, str):
            raise ApiError.bad("Invalid draft: id is required", reason="invalidArgument")
        msg = self._draft_msg(draft_id)
        raw = self._raw_of(body, media=media, required=False) or msg.view.raw
        del self.drafts[draft_id]
        self._drop(msg.id)
        return self._send(raw, msg.thread_id, via=via, draft_id=draft_id)

    def message_send(self, body: Any, media: bytes | None) -> JsonObj:
        """messages.send takes a Message ({"raw", "threadId"}), not a Draft."""
        wrapped = {"message": body}
        raw = self._raw_of(wrapped, media=media)
        return self._send(raw, self._thread_of(wrapped), via="messages.send", draft_id=None)

    def _send(self, raw: bytes, thread_id: str | None, *, via: str,
              draft_id: str | None) -> JsonObj:
        view = MessageView.parse(raw)
        if not view.header("Message-ID"):
            raw = f"Message-ID: {make_msgid(domain='mail.gmail.com')}\r\n".encode() + raw
        msg = self._new_message(raw, ["SENT"], thread_id)
        self.sent.append({"id": msg.id, "threadId": msg.thread_id, "via": via,
                          "draftId": draft_id, **msg.view.describe()})
        return {"id": msg.id, "threadId": msg.thread_id, "labelIds": ["SENT"]}

    # -- messages, history, profile -------------------------------------------------------
    def deliver(self, *, sender: str, to: str | None, subject: str, body: str,
                date: datetime | None, thread_id: str | None,
                message_id: str | None = None, headers: dict[str, str] | None = None) -> JsonObj:
        when = date or utcnow()
        lines = {"From": sender, "To": to or self.me, "Subject": subject,
                 "Date": format_datetime(when if when.tzinfo else when.astimezone()),
                 "Message-ID": message_id or make_msgid(domain="mail.example"),
                 "MIME-Version": "1.0", "Content-Type": 'text/plain; charset="utf-8"',
                 "Content-Transfer-Encoding": "8bit", **(headers or {})}
        head = "".join(f"{k}: {v}\r\n" for k, v in lines.items())
        raw = (head + "\r\n" + body.replace("\r\n", "\n").replace("\n", "\r\n")).encode()
        msg = self._new_message(raw, ["INBOX", "UNREAD"], thread_id, when)
        return self._message_json(msg, "minimal")

    def message_get(self, msg_id: str, params: Params) -> JsonObj:
        msg = self.messages.get(msg_id)
        if msg is None:
            raise ApiError.not_found("Requested entity was not found.")
        fmt = (params.get("format") or ["full"])[-1]
        return self._message_json(msg, fmt, params.get("metadataHeaders"))

    def message_list(self, params: Params) -> JsonObj:
        q = (params.get("q") or [""])[-1]
        labels = params.get("labelIds") or []
        spam = (params.get("includeSpamTrash") or ["false"])[-1].lower() == "true"
        now = utcnow()
        found = [m for m in self.messages.values()
                 if all(lab in m.labels for lab in labels)
                 and (spam or not {"SPAM", "TRASH"} & set(m.labels))
                 and (not q or (self._indexed(m)
                                and matches(m.view, m.labels, m.internal_ms, q, now)))]
        found.sort(key=lambda m: (m.internal_ms, m.id), reverse=True)
        items, token = _page(found, params, default=100)
        out: JsonObj = {"messages": [{"id": m.id, "threadId": m.thread_id} for m in items]} \
            if items else {}
        if token:
            out["nextPageToken"] = token
        out["resultSizeEstimate"] = len(found)
        return out

    def history_list(self, params: Params) -> JsonObj:
        start_text = (params.get("startHistoryId") or [""])[-1]
        if not start_text.isdigit():
            raise ApiError.bad("Missing or invalid startHistoryId", location="startHistoryId",
                               reason="invalidArgument")
        start = int(start_text)
        if start < self.oldest_history:
            raise ApiError.not_found("Requested entity was not found.")
        kinds = params.get("historyTypes") or []
        label = (params.get("labelId") or [""])[-1]
        records = []
        for rec in self.history:
            if int(rec["id"]) <= start:
                continue
            keys = [k for k in ("messagesAdded", "messagesDeleted", "labelsAdded",
                                "labelsRemoved") if k in rec]
            if kinds and not any(k == kind + "s" or k == kind.replace("message", "messages")
                                 for k in keys for kind in kinds):
                continue
            if label and not any(label in e["message"]["labelIds"] for k in keys
                                 for e in rec[k]):
                continue
            records.append(rec)
        items, token = _page(records, params, default=100)
        out: JsonObj = {"history": items} if items else {}
        if token:
            out["nextPageToken"] = token
        out["historyId"] = str(self.history_id)
        return out

    def truncate_history(self) -> None:
        """Forget history so far: older startHistoryIds now answer 404."""
        self.history.clear()
        self.oldest_history = self.history_id

    def profile(self) -> JsonObj:
        return {"emailAddress": self.me, "messagesTotal": len(self.messages),
                "threadsTotal": len({m.thread_id for m in self.messages.values()}),
                "historyId": str(self.history_id)}

    def draft_views(self) -> list[JsonObj]:
        out = []
        for draft_id, msg_id in self.drafts.items():
            msg = self.messages[msg_id]
            out.append({"id": draft_id, "messageId": msg.id, "threadId": msg.thread_id,
                        "labelIds": list(msg.labels), **msg.view.describe()})
        return out


_MESSAGE_ID_LINE = re.compile(rb"^Message-ID:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*",
                              re.IGNORECASE | re.MULTILINE)


def _replace_message_id(raw: bytes, new_id: str) -> bytes:
    """``raw`` with its Message-ID header (in the head only) replaced by ``new_id``."""
    cut = raw.find(b"\r\n\r\n")
    cut = cut + 2 if cut >= 0 else len(raw)
    head, body = raw[:cut], raw[cut:]
    head = _MESSAGE_ID_LINE.sub(b"", head)
    return f"Message-ID: {new_id}\r\n".encode() + head + body


def _page(items: list[Any], params: Params, *, default: int) -> tuple[list[Any], str | None]:
    try:
        size = int((params.get("maxResults") or [str(default)])[-1])
        offset = int((params.get("pageToken") or ["0"])[-1] or 0)
    except ValueError:
        raise ApiError.bad("Invalid maxResults or pageToken", reason="invalidArgument") from None
    size = max(1, min(size, 500))
    chunk = items[offset:offset + size]
    return chunk, str(offset + size) if offset + size < len(items) else None
