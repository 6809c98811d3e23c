"""The Gmail adapter: our drafts (gmail.compose) and, when allowed, reply metadata (gmail.readonly).

Owns: ``GmailDrafts`` (create, find by our deterministic Message-ID, read back, update) and
``GmailInbox`` (metadata of messages received since a moment, for reply detection). It never
sends: there is no call to ``drafts.send`` or ``messages.send`` anywhere in this package
(``tests/adapters/test_gmail.py`` checks the source), and it never logs a message body or token.

Exactly-once creation. ``drafts.create`` is not idempotent: if the server commits the draft and
the response is lost, a blind retry makes a second draft. So every draft carries our own header,
``X-Interview-Sync-Key``; ``create`` sends the request with retries switched off, and after an
ambiguous failure (no answer, or a 5xx) it waits (the policy's backoff), then looks for that header
among the newest drafts (``find_ours``: drafts.list without ``q``, then drafts.get
format=metadata) before trying again. Neither Gmail's search (it trails writes by seconds) nor
the Message-ID (Gmail may replace it, FlowCrypt/flowcrypt-browser#4273) is relied on. ``update``
replaces a draft by id, so it may be retried.

Drafts go as media uploads (``message/rfc822``), never as ``message.raw`` in a JSON body, which
Google refuses above a few MB; see ``_upload``.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import hashlib
import logging
import re
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from googleapiclient.errors import MediaUploadSizeError
from googleapiclient.http import MediaInMemoryUpload

from interview_sync.core.address import header_address, mail_address
from interview_sync.core.model import InboundMessage
from interview_sync.errors import RemoteError
from interview_sync.google.client import DEFAULT_POLICY, RetryPolicy, execute
from interview_sync.google.remedies import REPORT_IF_REPEATS, http_remedy
from interview_sync.google.throttle import Throttled

__all__ = ["KEY_HEADER", "MAX_INBOUND", "DraftContent", "DraftGone", "DraftRef", "GmailDrafts",
           "GmailInbox"]

log = logging.getLogger(__name__)

MAX_INBOUND = 500  # messages examined per reply-detection pass; newest first
KEY_HEADER = "X-Interview-Sync-Key"  # our own header: how a draft is found again
KEY_HEADER_LOW = KEY_HEADER.lower()
SCAN_LIMIT = 100  # newest drafts read when looking for ours after an ambiguous failure
MULTIPART_MAX = 5 * 1024 * 1024  # above this a draft goes as a resumable upload
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
    # (file name, size, SHA-256 hex) of each attached file, as the draft carries them now
    attachments: tuple[tuple[str, int, str], ...] = ()


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


def _with_key(raw: bytes, key: str) -> bytes:
    """``raw`` with our ``X-Interview-Sync-Key`` header first (unless it already has one)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].lower()
    if b"\n" + KEY_HEADER_LOW.encode() + b":" in b"\n" + head:
        return raw
    clean = "".join(ch for ch in key if 32 < ord(ch) < 127)  # one header line, nothing else
    newline = b"\r\n" if b"\r\n" in raw[:2000] else b"\n"
    return f"{KEY_HEADER}: {clean}".encode("ascii") + newline + raw


def _ref(response: Any, what: str) -> DraftRef:
    if not isinstance(response, dict) or not isinstance(response.get("id"), str):
        raise RemoteError(f"Gmail {what} answered without a draft id", transient=True,
                          remedy=REPORT_IF_REPEATS)
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
                        body_text=_plain_body(message), rfc822_message_id=clean_id,
                        attachments=_attached(message))


def _attached(message: Message) -> tuple[tuple[str, int, str], ...]:
    """Name, size and SHA-256 of each attachment (what the draft fingerprint compares)."""
    found: list[tuple[str, int, str]] = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() != "attachment":
            continue
        try:
            name = part.get_filename() or "attachment"
            data = part.get_payload(decode=True)
        except (LookupError, ValueError, TypeError):
            name, data = "attachment", None
        blob = data if isinstance(data, bytes) else b""
        found.append((str(name), len(blob), hashlib.sha256(blob).hexdigest()))
    return tuple(found)


class GmailDrafts:
    """The user's Gmail drafts, through a gmail v1 service (gmail.compose is enough)."""

    def __init__(self, service: Any, *, policy: RetryPolicy | None = None,
                 sleep: Callable[[float], object] = time.sleep,
                 scan_limit: int = SCAN_LIMIT) -> None:
        self.service = service
        self.policy = policy or DEFAULT_POLICY
        self.sleep = sleep
        self.scan_limit = scan_limit
        self._once = replace(self.policy, max_attempts=1)
        self._keys: dict[str, str | None] = {}  # message id -> its key header (immutable)

    def _drafts(self) -> Any:
        return self.service.users().drafts()

    def profile_email(self) -> str:
        """The mailbox's own address, through the one validator (lower-cased, IDN as A-labels).

        It becomes the From of every draft, so it is checked here, where it enters; an
        unusable one stops with the fix rather than failing each draft at render."""
        profile = execute(self.service.users().getProfile(userId="me"), policy=self.policy,
                          sleep=self.sleep)
        said = profile.get("emailAddress") if isinstance(profile, dict) else None
        address = mail_address(said)
        if address is None:
            shown = ascii(said)[:120] if said is not None else "nothing"
            raise RemoteError(f"Gmail's profile (users.getProfile) gave {shown}, not a usable "
                              "mail address for this account", transient=False,
                              remedy="set `[user] email` in the configuration to your Gmail "
                                     "address; interview-sync then does not ask Gmail for it")
        return address

    def find_ours(self, key: str, *, known: Collection[str] = (), to: str | None = None,
                  older: Collection[str] = ()) -> DraftRef | None:
        """The draft carrying ``X-Interview-Sync-Key: key``, if one exists.

        Neither the search index (it trails writes by seconds) nor the Message-ID (Gmail may
        replace it) is trusted: this lists the newest ``scan_limit`` drafts and reads each one's
        headers (``drafts.get format=metadata``, allowed with gmail.compose), skipping the ids
        in ``known`` (drafts already recorded for other actions). A message's headers never
        change (an update makes a new message), so each is read once per instance.

        ``to``: list only drafts to that address, through search. For a key the state has no
        record of at all (a fresh or restored state database), whose drafts, if any, are far
        older than the index's lag; a recent attempt always left a record, and is looked for
        without ``to``.

        ``older``: ids of drafts known to have been stored before ours could have been. Drafts
        are listed newest first, so the scan stops at the first of them: after a lost answer
        it reads the few drafts made since, not the whole page.
        """
        params: dict[str, Any] = {"userId": "me", "maxResults": self.scan_limit}
        if to:
            params["q"] = f"in:drafts to:{to}"
        listing = execute(self._drafts().list(**params), policy=self.policy, sleep=self.sleep)
        drafts = listing.get("drafts") if isinstance(listing, dict) else None
        for item in drafts if isinstance(drafts, list) else []:
            if isinstance(item, dict) and item.get("id") in older:
                break
            if not isinstance(item, dict) or item.get("id") in known:
                continue
            ref = _ref(item, "drafts.list")
            if ref.message_id not in self._keys:
                self._keys[ref.message_id] = self._key_of(ref.draft_id)
            if self._keys[ref.message_id] == key:
                return ref
        return None

    def _key_of(self, draft_id: str) -> str | None:
        try:
            response = execute(self._drafts().get(userId="me", id=draft_id, format="metadata"),
                               policy=self.policy, sleep=self.sleep)
        except RemoteError as error:
            if error.status == 404:  # sent or deleted between list and get
                return None
            raise
        message = response.get("message") if isinstance(response, dict) else None
        payload = message.get("payload") if isinstance(message, dict) else None
        for header in (payload.get("headers") if isinstance(payload, dict) else None) or []:
            if isinstance(header, dict) and str(header.get("name", "")).lower() == KEY_HEADER_LOW:
                return str(header.get("value", "")).strip()
        return None

    def create(self, raw: bytes, *, key: str | None = None, thread_id: str | None = None,
               known: Collection[str] = ()) -> DraftRef:
        """Create a draft from RFC 822 bytes, at most once per ``key`` (module docstring).

        ``key`` (default: the message's Message-ID) goes into an ``X-Interview-Sync-Key``
        header; after an ambiguous failure the draft is looked for by it (``find_ours``)
        before trying again. ``Throttled`` and definite refusals are raised at once.
        """
        key = key or _header_message_id(raw)
        if key is not None:
            raw = _with_key(raw, key)
        attempt = 0
        waited = 0.0
        while True:
            attempt += 1
            try:
                response = execute(self._upload("create", raw, thread_id=thread_id),
                                   policy=self._once, sleep=self.sleep)
                return _ref(response, "drafts.create")
            except Throttled:
                raise
            except RemoteError as error:
                failure = error
            if not failure.transient or attempt >= self.policy.max_attempts:
                raise failure
            ambiguous = failure.status is None or failure.status >= 500
            if key is None and ambiguous:
                # Google may have stored the draft before failing, and we cannot look for it
                raise failure
            delay = self.policy.delay(attempt, retry_after=failure.retry_after)
            if waited + delay > self.policy.budget or self.sleep(delay) is True:
                raise failure
            waited += delay
            if key is not None and ambiguous:
                existing = self.find_ours(key, known=known, older=known)
                if existing is not None:
                    log.info("drafts.create failed (%s) after Gmail stored the draft; found %s",
                             failure, existing.draft_id)
                    return existing

    def _upload(self, method: str, raw: bytes, *, thread_id: str | None,
                draft_id: str | None = None) -> Any:
        """A drafts.create/update request carrying the message as a media upload.

        Always an upload, never ``message.raw`` in JSON: Google refuses JSON bodies of a few MB
        (googleapis/google-api-go-client#374, FlowCrypt/flowcrypt-browser#1688), uploads take
        35 MB. Multipart up to 5 MB, resumable above (developers.google.com/gmail/api/guides/
        uploads recommends resumable for larger files) and for any message with 8-bit bytes:
        googleapiclient builds the multipart body with an ASCII-only generator, which raises
        UnicodeEncodeError on them; a resumable upload sends the bytes as they are.
        """
        message: dict[str, Any] = {"threadId": thread_id} if thread_id else {}
        body: dict[str, Any] = {"message": message} if message else {}
        if draft_id is not None:
            body["id"] = draft_id
        media = MediaInMemoryUpload(raw, mimetype="message/rfc822",
                                    resumable=len(raw) > MULTIPART_MAX or not raw.isascii())
        params: dict[str, Any] = {"userId": "me", "body": body, "media_body": media}
        if draft_id is not None:
            params["id"] = draft_id
        try:
            return getattr(self._drafts(), method)(**params)
        except MediaUploadSizeError:
            raise RemoteError(
                f"the draft is {len(raw) / 1e6:.1f} MB, over Gmail's 35 MB limit for a message",
                status=413, reason="uploadTooLarge", transient=False,
                remedy=http_remedy(413, "uploadTooLarge", "Gmail", "")) from None

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
                              transient=True, remedy=REPORT_IF_REPEATS)
        try:
            data = _unb64(raw)
        except ValueError as exc:
            raise RemoteError(f"Gmail drafts.get {draft_id}: message.raw is not base64url",
                              transient=True, remedy=REPORT_IF_REPEATS) from exc
        return parse_draft(draft_id, data)

    def update(self, draft_id: str, raw: bytes, *, key: str | None = None,
               thread_id: str | None = None) -> DraftRef:
        """Replace the draft's message. ``DraftGone`` if the user sent or deleted it meanwhile."""
        key = key or _header_message_id(raw)
        if key is not None:
            raw = _with_key(raw, key)
        try:
            response = execute(self._upload("update", raw, thread_id=thread_id,
                                            draft_id=draft_id),
                               policy=self.policy, sleep=self.sleep)
        except RemoteError as error:
            if error.status == 404:
                raise DraftGone(f"the draft {draft_id} is gone (sent or deleted)", status=404,
                                reason=error.reason, transient=False,
                                remedy="nothing to do: a draft you sent or deleted is never "
                                       "recreated") from None
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
        # A stranger writes this header: exactly one valid address, or the message is skipped
        # (a second address or a CR/LF must not let it pass for someone the user met).
        sender = header_address(headers.get("from", ""))
        received = _received(message.get("internalDate"), headers.get("date"))
        if sender is None or received is None:
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
