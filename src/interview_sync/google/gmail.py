"""The Gmail adapter: our drafts (gmail.compose) and, when allowed, reply metadata (gmail.readonly).

Owns: ``GmailDrafts`` (create, find by our deterministic Message-ID, read back, update) and
``GmailInbox`` (metadata of messages received since a moment, for reply detection). It never
sends: there is no call to ``drafts.send`` or ``messages.send`` anywhere in this package
(``tests/adapters/test_gmail.py`` checks the source), and it never logs a message body or token.

Exactly-once creation. ``drafts.create`` is not idempotent: if the server commits the draft and
the response is lost, a blind retry makes a second draft. So ``create`` sends the request with
retries switched off, and after any transient failure it waits (the policy's backoff), then looks
for the Message-ID the renderer put in the draft (``drafts.list(q="rfc822msgid:...")``, allowed
with gmail.compose) before trying again. ``update`` replaces a draft by id, so it may be retried.

Drafts are sent as ``message.raw`` (base64url) in the JSON body, not as a media upload: media
uploads ignore the configured endpoint's scheme (notes/google-apis.md §0.6).
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any

from interview_sync.core.model import InboundMessage
from interview_sync.errors import RemoteError
from interview_sync.google.client import DEFAULT_POLICY, RetryPolicy, execute

__all__ = ["MAX_INBOUND", "DraftContent", "DraftGone", "DraftRef", "GmailDrafts", "GmailInbox"]

log = logging.getLogger(__name__)

MAX_INBOUND = 500  # messages examined per reply-detection pass; newest first
_MSGID_RE = re.compile(r"^<?([^<>\s\"()]+@[^<>\s\"()]+)>?$")


class DraftGone(RemoteError):
    """The draft no longer exists (404): the user sent or deleted it."""


@dataclass(frozen=True, slots=True)
class DraftRef:
    """Where a draft is: its stable id and the id of its current message (changes on update)."""

    draft_id: str
    message_id: str
    thread_id: str | None


@dataclass(frozen=True, slots=True)
class DraftContent:
    """What a draft says now, decoded: ``to`` is the bare addresses, lower-cased, ", "-joined."""

    draft_id: str
    to: str
    subject: str
    body_text: str
    rfc822_message_id: str | None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _clean_message_id(value: str) -> str:
    """``<id@host>`` or ``id@host`` → ``id@host``; ``ValueError`` for anything unsearchable."""
    match = _MSGID_RE.match(value.strip())
    if not match:
        raise ValueError(f"not a searchable Message-ID: {value[:100]!r}")
    return match.group(1)


def _header_message_id(raw: bytes) -> str | None:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
    value = parsed.get("Message-ID")
    if value is None:
        return None
    try:
        return _clean_message_id(str(value))
    except ValueError:
        return None


def _ref(response: Any, what: str) -> DraftRef:
    if not isinstance(response, dict) or not isinstance(response.get("id"), str):
        raise RemoteError(f"Gmail {what} answered without a draft id", transient=True)
    inner = response.get("message")
    message: dict[str, Any] = inner if isinstance(inner, dict) else {}
    thread = message.get("threadId")
    return DraftRef(draft_id=response["id"], message_id=str(message.get("id") or ""),
                    thread_id=thread if isinstance(thread, str) and thread else None)


def _plain_body(message: Message) -> str:
    if isinstance(message, EmailMessage):
        body = message.get_body(preferencelist=("plain",))
        if isinstance(body, EmailMessage):
            try:
                content = body.get_content()
                return content if isinstance(content, str) else ""
            except (LookupError, ValueError):
                pass
    for part in message.walk():  # a malformed draft: take the first text/plain we can decode
        if part.get_content_type() == "text/plain" and not part.get_filename():
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                try:
                    return data.decode(part.get_content_charset() or "utf-8", errors="replace")
                except LookupError:  # a charset Python does not know
                    return data.decode("utf-8", errors="replace")
    return ""


def parse_draft(draft_id: str, raw: bytes) -> DraftContent:
    """Decode a draft's RFC 822 bytes into what the user sees (lenient: the user may edit it)."""
    try:
        message: Message = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
        to_values = [str(v) for v in message.get_all("To", [])]
        subject = str(message.get("Subject", ""))
        message_id = message.get("Message-ID")
    except (TypeError, ValueError, IndexError, AttributeError):
        # header parsing in policy.default can raise on odd input; compat32 never does
        message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
        to_values = [str(v) for v in message.get_all("To", [])]
        subject = str(message.get("Subject", ""))
        message_id = message.get("Message-ID")
    addresses = [addr.lower() for _, addr in getaddresses(to_values) if addr]
    clean_id: str | None = None
    if message_id is not None:
        try:
            clean_id = _clean_message_id(str(message_id))
        except ValueError:
            clean_id = None
    return DraftContent(draft_id=draft_id, to=", ".join(addresses), subject=subject,
                        body_text=_plain_body(message), rfc822_message_id=clean_id)


class GmailDrafts:
    """The user's Gmail drafts, through a gmail v1 service (gmail.compose is enough)."""

    def __init__(self, service: Any, *, policy: RetryPolicy | None = None,
                 sleep: Callable[[float], object] = time.sleep) -> None:
        self.service = service
        self.policy = policy or DEFAULT_POLICY
        self.sleep = sleep
        self._once = replace(self.policy, max_attempts=1)

    def _drafts(self) -> Any:
        return self.service.users().drafts()

    def profile_email(self) -> str:
        """The mailbox's own address (lower-cased)."""
        profile = execute(self.service.users().getProfile(userId="me"), policy=self.policy,
                          sleep=self.sleep)
        address = profile.get("emailAddress") if isinstance(profile, dict) else None
        if not isinstance(address, str) or "@" not in address:
            raise RemoteError("Gmail getProfile answered without an email address",
                              transient=True)
        return address.strip().lower()

    def find_by_message_id(self, rfc822_message_id: str) -> DraftRef | None:
        """Our draft carrying this Message-ID, if it exists (``None`` when it does not)."""
        wanted = _clean_message_id(rfc822_message_id)
        found = execute(self._drafts().list(userId="me", q=f"rfc822msgid:{wanted}",
                                            maxResults=10),
                        policy=self.policy, sleep=self.sleep)
        drafts = found.get("drafts") if isinstance(found, dict) else None
        if not isinstance(drafts, list) or not drafts:
            return None
        refs = [_ref(d, "drafts.list") for d in drafts if isinstance(d, dict)]
        if len(refs) > 1:
            log.warning("Gmail holds %d drafts with Message-ID %s; using %s", len(refs), wanted,
                        refs[0].draft_id)
        return refs[0] if refs else None

    def create(self, raw: bytes, *, thread_id: str | None = None) -> DraftRef:
        """Create a draft from RFC 822 bytes, at most once per Message-ID (module docstring)."""
        message: dict[str, Any] = {"raw": _b64(raw)}
        if thread_id:
            message["threadId"] = thread_id
        message_id = _header_message_id(raw)
        attempt = 0
        while True:
            attempt += 1
            try:
                response = execute(self._drafts().create(userId="me", body={"message": message}),
                                   policy=self._once, sleep=self.sleep)
                return _ref(response, "drafts.create")
            except RemoteError as error:
                failure = error
            if not failure.transient or attempt >= self.policy.max_attempts:
                raise failure
            ambiguous = failure.status is None or failure.status >= 500
            if message_id is None and ambiguous:
                # Google may have stored the draft before failing, and we cannot look for it
                raise failure
            delay = self.policy.delay(attempt, retry_after=failure.retry_after)
            if self.sleep(delay) is True:
                raise failure
            if message_id is not None:
                existing = self.find_by_message_id(message_id)
                if existing is not None:
                    log.info("drafts.create failed (%s) after Gmail stored the draft; found %s",
                             failure, existing.draft_id)
                    return existing

    def get(self, draft_id: str) -> DraftContent | None:
        """The draft decoded, or ``None`` if it is gone (sent or deleted by the user)."""
        try:
            response = execute(self._drafts().get(userId="me", id=draft_id, format="raw"),
                               policy=self.policy, sleep=self.sleep)
        except RemoteError as error:
            if error.status == 404:
                return None
            raise
        message = response.get("message") if isinstance(response, dict) else None
        raw = message.get("raw") if isinstance(message, dict) else None
        if not isinstance(raw, str):
            raise RemoteError(f"Gmail drafts.get {draft_id} answered without message.raw",
                              transient=True)
        try:
            data = _unb64(raw)
        except ValueError as exc:
            raise RemoteError(f"Gmail drafts.get {draft_id}: message.raw is not base64url",
                              transient=True) from exc
        return parse_draft(draft_id, data)

    def update(self, draft_id: str, raw: bytes, *, thread_id: str | None = None) -> DraftRef:
        """Replace the draft's message. ``DraftGone`` if the user sent or deleted it meanwhile."""
        message: dict[str, Any] = {"raw": _b64(raw)}
        if thread_id:
            message["threadId"] = thread_id
        try:
            response = execute(self._drafts().update(userId="me", id=draft_id,
                                                     body={"id": draft_id, "message": message}),
                               policy=self.policy, sleep=self.sleep)
        except RemoteError as error:
            if error.status == 404:
                raise DraftGone(f"the draft {draft_id} is gone (sent or deleted)", status=404,
                                reason=error.reason, transient=False) from None
            raise
        return _ref(response, "drafts.update")


class GmailInbox:
    """Metadata of received mail, for reply detection (needs gmail.readonly). Never bodies."""

    def __init__(self, service: Any, *, policy: RetryPolicy | None = None,
                 sleep: Callable[[float], object] = time.sleep,
                 max_messages: int = MAX_INBOUND) -> None:
        self.service = service
        self.policy = policy or DEFAULT_POLICY
        self.sleep = sleep
        self.max_messages = max_messages

    def messages_since(self, after: datetime, *, query: str = "") -> list[InboundMessage]:
        """Messages received at or after ``after`` (not sent by us, not drafts), newest first."""
        if after.tzinfo is None:
            raise ValueError("messages_since needs an aware datetime")
        # epoch seconds: Gmail reads dates as midnight Pacific, seconds are exact
        q = f"after:{int(after.timestamp())} -in:sent -in:drafts"
        if query.strip():
            q = f"{q} {query.strip()}"
        ids: list[str] = []
        page_token: str | None = None
        while len(ids) < self.max_messages:
            params: dict[str, Any] = {"userId": "me", "q": q,
                                      "maxResults": min(100, self.max_messages - len(ids))}
            if page_token:
                params["pageToken"] = page_token
            page = execute(self.service.users().messages().list(**params), policy=self.policy,
                           sleep=self.sleep)
            if not isinstance(page, dict):
                break
            for item in page.get("messages") or []:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    ids.append(item["id"])
            next_page = page.get("nextPageToken")
            if not isinstance(next_page, str) or not next_page or next_page == page_token:
                break
            page_token = next_page
        found: list[InboundMessage] = []
        for message_id in ids[: self.max_messages]:
            inbound = self._metadata(message_id)
            if inbound is not None and inbound.received >= after:
                found.append(inbound)
        return found

    def _metadata(self, message_id: str) -> InboundMessage | None:
        try:
            message = execute(self.service.users().messages().get(
                userId="me", id=message_id, format="metadata",
                metadataHeaders=["From", "Date", "Message-ID"]),
                policy=self.policy, sleep=self.sleep)
        except RemoteError as error:
            if error.status == 404:  # deleted between list and get
                return None
            raise
        if not isinstance(message, dict):
            return None
        labels = frozenset(str(x) for x in message.get("labelIds") or [] if isinstance(x, str))
        if labels & {"SENT", "DRAFT"}:
            return None  # our own mail never counts as a reply
        headers: dict[str, str] = {}
        payload = message.get("payload")
        for header in (payload.get("headers") if isinstance(payload, dict) else None) or []:
            if isinstance(header, dict) and isinstance(header.get("name"), str):
                headers.setdefault(header["name"].lower(), str(header.get("value", "")))
        sender = parseaddr(headers.get("from", ""))[1].strip().lower()
        received = _received(message.get("internalDate"), headers.get("date"))
        if not sender or received is None:
            log.info("Gmail message %s skipped: no usable From or date", message_id)
            return None
        thread = message.get("threadId")
        return InboundMessage(message_id=message_id, sender=sender, received=received,
                              labels=labels,
                              thread_id=thread if isinstance(thread, str) and thread else None)


def _received(internal_date: object, date_header: str | None) -> datetime | None:
    """When Gmail received it (``internalDate``, ms), else the Date header, else ``None``."""
    try:
        return datetime.fromtimestamp(int(str(internal_date)) / 1000, tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        pass
    if date_header:
        try:
            parsed = parsedate_to_datetime(date_header)
        except (TypeError, ValueError, IndexError):
            return None
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    return None
