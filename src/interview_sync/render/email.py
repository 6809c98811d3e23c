"""Gmail drafts as RFC 5322 bytes: one recipient, deterministic, and proven clean before they leave.

Owns: ``render_draft`` (template -> ``EmailMessage`` -> bytes), ``check_message`` (the strict
re-parse every message goes through), ``message_id_for`` and ``draft_fingerprint``.

Why so careful: display names and subjects come from calendar events anyone can send, and our
interpreter (3.11.7) still has CVE-2024-6923, where an RFC 2047 encoded word that decodes to CR/LF
is re-emitted raw and becomes a new header (a ``Bcc:``). So header text is neutralised first
(``words.header_safe``), and then every serialised message is re-parsed with a strict policy and
must have exactly the headers we set, one ``To`` address (the intended one) and no defects; a
message that fails is never returned (``UnsafeMessage``). The bytes are a pure function of the
action: Date comes from ``action.due``, Message-ID and MIME boundaries from hashes of its key.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.errors import MessageError
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

from interview_sync.core.address import mail_address
from interview_sync.core.model import DraftKind, PlanSettings, UpsertDraft
from interview_sync.errors import InterviewSyncError
from interview_sync.render.context import mail_context
from interview_sync.render.templates import (
    THANK_YOU_TEMPLATES,
    THANK_YOU_WORD_LIMIT,
    Templates,
    split_subject,
)
from interview_sync.render.words import count_words, header_safe, single_line, tidy

__all__ = [
    "FINGERPRINT_V2",
    "Attachment",
    "RenderedDraft",
    "UnsafeMessage",
    "attachment_print",
    "check_message",
    "draft_fingerprint",
    "legacy_draft_fingerprint",
    "message_id_for",
    "render_draft",
    "safe_address",
]

DOMAIN = "interview-sync.invalid"
NAME_LIMIT = 100
SUBJECT_LIMIT = 180


class _CachedRegistry(HeaderRegistry):
    """``HeaderRegistry`` builds a new class on every lookup (about half of a draft's cost in
    3.11); the classes are stateless, so build each one once."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type[BaseHeader]] = {}
        self._parsed: dict[tuple[str, str], BaseHeader] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        found = self._classes.get(key)
        if found is None:
            found = self._classes[key] = super().__getitem__(name)
        return found

    def __call__(self, name: str, value: str) -> BaseHeader:
        """The parsed header, parsed once per draft: ``email`` parses a header again on every
        read (Content-Type seven times while one draft is built, serialised and checked). A
        parsed header is a function of its name and text and is never changed afterwards, so
        the same object serves every read. ``render_draft`` empties the memo for each draft,
        so nothing carries from one draft to the next."""
        if type(value) is not str:  # e.g. an Address-built header object: not memoised
            return super().__call__(name, value)
        key = (name.lower(), value)
        found = self._parsed.get(key)
        if found is None:
            if len(self._parsed) >= _PARSED_LIMIT:
                self._parsed.clear()
            found = self._parsed[key] = super().__call__(name, value)
        return found

    def forget(self) -> None:
        self._parsed.clear()


_PARSED_LIMIT = 256
_REGISTRY = _CachedRegistry()
_BUILD = policy.SMTP.clone(header_factory=_REGISTRY)
_STRICT = policy.default.clone(raise_on_defect=True, header_factory=_REGISTRY)
_MIME_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$")
_PART_HEADERS = frozenset({"content-type", "content-transfer-encoding", "content-disposition"})


class UnsafeMessage(InterviewSyncError):
    """A message failed the post-serialisation check (or has no usable recipient): not drafted."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderedDraft:
    raw: bytes
    message_id: str
    to: str
    subject: str
    body_text: str
    fingerprint: str  # how the engine later tells whether the user edited the draft
    word_count: int = 0
    problems: tuple[str, ...] = ()  # e.g. a thank-you over the word limit: for `status`


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def message_id_for(key: str) -> str:
    """``<is-<32 hex>@interview-sync.invalid>``: the same key always gives the same id."""
    return f"<is-{_digest('message-id', key)[:32]}@{DOMAIN}>"


def _normal(text: str) -> str:
    return single_line(unicodedata.normalize("NFC", text.replace("\r", "\n")))


FINGERPRINT_V2 = "f2-"  # fingerprints that cover the attachments carry this prefix
AttachmentPrint = tuple[str, int, str]  # (file name, size in bytes, SHA-256 hex of the bytes)


def attachment_print(filename: str, data: bytes) -> AttachmentPrint:
    """What a draft's fingerprint knows of one attachment: its name, size and content hash."""
    return (filename, len(data), hashlib.sha256(data).hexdigest())


def draft_fingerprint(to: str, subject: str, body_text: str,
                      attachments: Sequence[AttachmentPrint] = ()) -> str:
    """A stable hash of what the user would see, blind to line endings, wrapping and spacing,
    and of the files attached (name, size, content; in any order).

    It serves both sides of the draft protocol (``engine.drafts``): a draft read back from
    Gmail that no longer matches the fingerprint we recorded was edited by the user (never
    touched again), and one that matches what we would write now needs no update. Covering the
    attachments makes a work sample the user added or changed reach a draft they did not
    edit. ``to`` may be a bare address or a full ``Name <address>`` header value; only the
    address counts (Gmail may hand back either).
    """
    address = parseaddr(to)[1] or to
    files = "\x1e".join(sorted(f"{_normal(name)}\x1d{size}\x1d{digest}"
                               for name, size, digest in attachments))
    return FINGERPRINT_V2 + _digest("draft-v2", address.strip().lower(), _normal(subject),
                                    _normal(body_text), files)[:32]


def legacy_draft_fingerprint(to: str, subject: str, body_text: str) -> str:
    """The fingerprint releases before attachments were covered recorded (text only)."""
    address = parseaddr(to)[1] or to
    return _digest("draft", address.strip().lower(), _normal(subject), _normal(body_text))[:32]


def safe_address(address: str) -> str | None:
    """``address`` lower-cased as a plain ASCII ``local@domain``, else ``None``.

    The project's one validator (``core.address.mail_address``): an internationalised domain
    (``kim@bücher.example``) is written in its ASCII form (``kim@xn--bcher-kva.example``); a
    non-ASCII local part, a trailing dot or anything else unusable is refused.
    """
    return mail_address(address)


_TEMPLATE_FOR: dict[DraftKind, str] = {kind: kind.value for kind in DraftKind}


def render_draft(action: UpsertDraft, settings: PlanSettings, templates: Templates, *,
                 attachments: Sequence[Attachment] = ()) -> RenderedDraft:
    """The draft for one action, to one person, already re-parsed and checked."""
    _REGISTRY.forget()  # each draft parses its own headers (see _CachedRegistry.__call__)
    name = _TEMPLATE_FOR[action.kind]
    to = safe_address(action.recipient_email)
    sender = safe_address(settings.user_email)
    if to is None or sender is None:
        bad = action.recipient_email if to is None else settings.user_email
        raise UnsafeMessage(f"not a usable mail address: {bad[:80]!r}",
                            remedy="check the address in the calendar invite or config")
    recipient_name = (action.reference.name if action.reference
                      else action.person.name if action.person else "")
    context = mail_context(kind=name, interview=action.interview, settings=settings,
                           person=action.person, reference=action.reference, notes=action.notes,
                           timeline=action.timeline,
                           attachments=tuple(header_safe(a.filename, limit=120)
                                             for a in attachments))
    subject, body = split_subject(templates.render(name, context))
    subject = header_safe(subject, limit=SUBJECT_LIMIT) or "Thank you"
    body = tidy(body)
    words = count_words(body)
    problems: tuple[str, ...] = ()
    if name in THANK_YOU_TEMPLATES and words > THANK_YOU_WORD_LIMIT:
        problems = (f"{templates.origin(name)}: this thank-you is {words} words "
                    f"(aim for {THANK_YOU_WORD_LIMIT} or fewer)",)

    message_id = message_id_for(action.key)
    msg = EmailMessage(policy=_BUILD)
    msg["From"] = Address(_display_name(settings.user_name, sender), addr_spec=sender)
    msg["To"] = Address(_display_name(recipient_name, to), addr_spec=to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(action.due)
    msg["Message-ID"] = message_id
    msg.set_content(body, cte="quoted-printable")
    for item in attachments:
        ctype = item.content_type.lower().strip()
        maintype, subtype = (ctype if _MIME_TYPE.match(ctype)
                             else "application/octet-stream").split("/", 1)
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype,
                           filename=header_safe(item.filename, limit=120) or "attachment")
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_is_{_digest('boundary', action.key, str(index))[:24]}")
        if part is not msg:
            del part["MIME-Version"]  # add_attachment copies it into sub-parts; harmless but noise
    expected = tuple(k.lower() for k in msg)
    try:
        raw = msg.as_bytes()
    except (MessageError, ValueError) as exc:  # a patched CPython refusing to write a header
        raise UnsafeMessage(f"refused to build the draft for {action.key}: {exc}") from exc
    check_message(raw, expected_headers=expected, to=to, sender=sender, subject=subject)
    prints = [attachment_print(header_safe(a.filename, limit=120) or "attachment", a.data)
              for a in attachments]
    return RenderedDraft(raw=raw, message_id=message_id, to=to, subject=subject, body_text=body,
                         fingerprint=draft_fingerprint(to, subject, body, prints),
                         word_count=words, problems=problems)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def _display_name(name: str, address: str) -> str:
    """A display name that serialises without defects, whatever an invite put in it.

    CPython's header folder drops the quotes of a quoted phrase it has to fold, which turns the
    dots and other RFC 5322 specials in a long name into "obsolete" defects (and the draft would
    be refused on every cycle). A name with specials that would not fit on one line loses the
    specials instead; a real name ("Kim J. Ng") is short and keeps them.
    """
    text = header_safe(name, limit=NAME_LIMIT)
    if _SPECIALS.search(text) and len(text) + len(address) + 12 > 76:
        text = " ".join(_SPECIALS.sub(" ", text).split())
    return text


def check_message(raw: bytes, *, expected_headers: Sequence[str], to: str, sender: str,
                  subject: str) -> EmailMessage:
    """Re-parse ``raw`` strictly; raise ``UnsafeMessage`` unless it is exactly what we meant.

    Exactly ``expected_headers`` (each once) at the top, one ``To`` address equal to ``to``, one
    ``From`` equal to ``sender``, the subject unchanged, no defects anywhere, and sub-parts that
    carry only content headers.
    """
    try:
        msg = BytesParser(policy=_STRICT).parsebytes(raw)
    except (MessageError, ValueError, TypeError) as exc:
        raise UnsafeMessage(f"the generated message does not parse strictly: {exc}") from exc
    if not isinstance(msg, EmailMessage):  # pragma: no cover - the default policy's factory
        raise UnsafeMessage("the generated message did not parse as an EmailMessage")
    found = sorted(name.lower() for name in msg)  # names only: no value parsing yet
    if found != sorted(h.lower() for h in expected_headers):
        raise UnsafeMessage(f"the generated message has unexpected headers: {found}")
    try:
        # Only the headers built from outside text are parsed (parsing is the slow part);
        # the rest are fixed formats we produced from our own values.
        values = [msg["To"], msg["From"], msg["Subject"]]
        addresses = list(values[0].addresses)
        senders = list(values[1].addresses)
        if len(addresses) != 1 or addresses[0].addr_spec.lower() != to.lower():
            raise UnsafeMessage("the generated message does not go to exactly the intended person")
        if len(senders) != 1 or senders[0].addr_spec.lower() != sender.lower():
            raise UnsafeMessage("the generated message has an unexpected sender")
        # Whitespace-blind: CPython's folder can drop a space between two encoded words.
        if "".join(str(values[2]).split()) != "".join(subject.split()):
            raise UnsafeMessage("the subject changed in serialisation")
        header_defects = [d for value in values for d in getattr(value, "defects", ())]
    except (MessageError, ValueError, AttributeError, IndexError, KeyError) as exc:
        raise UnsafeMessage(f"the generated message has a malformed header: {exc}") from exc
    if header_defects:
        raise UnsafeMessage(f"the generated message has header defects: {header_defects}")
    for part in msg.walk():
        if part.defects:
            raise UnsafeMessage(f"the generated message has defects: {part.defects}")
        if part is not msg and not {k.lower() for k in part} <= _PART_HEADERS:
            raise UnsafeMessage(f"a message part has unexpected headers: {part.keys()}")
    return msg
