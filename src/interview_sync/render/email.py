"""Gmail drafts as RFC 5322 bytes: one recipient, deterministic, and proven clean before they leave.

Owns: ``render_draft`` (template -> bytes, in the exact layout ``EmailMessage`` writes, each
header parsed and folded by the email package's own header classes), ``check_message`` (the
strict re-parse every message goes through), ``message_id_for`` and ``draft_fingerprint``.

Why so careful: display names and subjects come from calendar events anyone can send, and our
interpreter (3.11.7) still has CVE-2024-6923, where an RFC 2047 encoded word that decodes to CR/LF
is re-emitted raw and becomes a new header (a ``Bcc:``). So header text is neutralised first
(``words.header_safe``), and then every serialised message is re-parsed with a strict policy and
must have exactly the headers we set, one ``To`` address (the intended one) and no defects; a
message that fails is never returned (``UnsafeMessage``). The bytes are a pure function of the
action: Date comes from ``action.due``, Message-ID and MIME boundaries from hashes of its key.
Parsed headers are remembered for one interview's drafts (``_CachedRegistry``), never longer.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy, quoprimime
from email.errors import MessageError
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from typing import TypeVar

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
        self.folded: dict[tuple[str, str], bytes] = {}  # (name, value) -> ``_folded`` bytes
        self.mailboxes: dict[tuple[str, str], str] = {}  # (name, address) -> ``_mailbox``
        self._scope: str | None = None

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        found = self._classes.get(key)
        if found is None:
            found = self._classes[key] = super().__getitem__(name)
        return found

    def __call__(self, name: str, value: str) -> BaseHeader:
        """The parsed header, parsed once per interview: ``email`` parses a header again on
        every read (Content-Type seven times while one draft is built, serialised and checked),
        and an interview's drafts share their From, Date and often Subject and To. A parsed
        header is a function of its name and text and is never changed afterwards, so the same
        object serves every read. ``render_draft`` empties the memo when the interview changes
        (``enter``), so nothing carries from one interview to the next."""
        if type(value) is not str:  # e.g. an Address-built header object: not memoised
            return super().__call__(name, value)
        key = (name.lower(), value)
        found = self._parsed.get(key)
        if found is None:
            found = _remember(self._parsed, key, super().__call__(name, value))
        return found

    def enter(self, scope: str) -> None:
        """Start the drafts of interview ``scope``: forget another interview's headers."""
        if scope != self._scope:
            self.forget()
            self._scope = scope

    def forget(self) -> None:
        self._parsed.clear()
        self.folded.clear()
        self.mailboxes.clear()
        self._scope = None


_PARSED_LIMIT = 256
_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(memo: dict[_K, _V], key: _K, value: _V) -> _V:
    """``memo[key] = value``, emptying ``memo`` first once it holds ``_PARSED_LIMIT`` entries
    (odd inputs cannot grow a memo without end)."""
    if len(memo) >= _PARSED_LIMIT:
        memo.clear()
    memo[key] = value
    return value


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
    _REGISTRY.enter(action.interview.key)  # headers are shared within one interview only
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
    headers = (("From", _mailbox(settings.user_name, sender)),
               ("To", _mailbox(recipient_name, to)),
               ("Subject", subject), ("Date", format_datetime(action.due)),
               ("Message-ID", message_id))
    if attachments:
        checked, raw, expected = _multipart(headers, body, attachments, action.key)
    else:
        checked = raw = _single_part(headers, body)
        expected = _SINGLE_PART_HEADERS
    check_message(checked, expected_headers=expected, to=to, sender=sender, subject=subject)
    prints = [attachment_print(header_safe(a.filename, limit=120) or "attachment", a.data)
              for a in attachments]
    return RenderedDraft(raw=raw, message_id=message_id, to=to, subject=subject, body_text=body,
                         fingerprint=draft_fingerprint(to, subject, body, prints),
                         word_count=words, problems=problems)


_SINGLE_PART_HEADERS = ("from", "to", "subject", "date", "message-id", "mime-version",
                        "content-type", "content-transfer-encoding")
# What a patched CPython's generator refuses in a folded header (``verify_generated_headers``,
# CVE-2024-6923): a line break not followed by folding white space.
_NEWLINE_WITHOUT_FWSP = re.compile(rb"\r\n[^ \t]|\r[^ \n\t]|\n[^ \t]")
_NLCRE = re.compile(r"\r\n|\r|\n")
_LINE_BYTES = 57  # bytes per base64 line (76 characters), as email's base64 encoder writes


def _mailbox(name: str, address: str) -> str:
    """``Name <address>`` as ``Address`` writes it (quoting the name if it must), built once
    per interview for each person (the sender's is in every draft)."""
    found = _REGISTRY.mailboxes.get((name, address))
    if found is None:
        found = _remember(_REGISTRY.mailboxes, (name, address),
                          str(Address(_display_name(name, address), addr_spec=address)))
    return found


_OUR_MESSAGE_ID = re.compile(rf"<is-[0-9a-f]{{32}}@{re.escape(DOMAIN)}>")


@functools.cache
def _message_id_template() -> tuple[bytes, bytes]:
    """The folded Message-ID line of an id of our one shape, split around its 32 hex digits.
    Folding sees only a dot-atom of fixed length, so every such id folds the same way."""
    folded = _folded("Message-ID", f"<is-{'0' * 32}@{DOMAIN}>")
    before, _, after = folded.partition(b"0" * 32)
    return before, after


def _message_id_line(message_id: str) -> bytes:
    if not _OUR_MESSAGE_ID.fullmatch(message_id):  # never: message_id_for makes every id
        return _folded("Message-ID", message_id)
    before, after = _message_id_template()
    return before + message_id[4:36].encode("ascii") + after


def _header_line(name: str, value: str) -> bytes:
    return _message_id_line(value) if name == "Message-ID" else _folded(name, value)


def _folded(name: str, value: str) -> bytes:
    """``name: value`` as ``EmailMessage`` under ``_BUILD`` serialises it (the same header
    class, the same folder), with the checks its setter and a patched generator make."""
    folded = _REGISTRY.folded.get((name, value))
    if folded is not None:
        return folded
    if len(value.splitlines()) > 1:  # what EmailPolicy.header_store_parse refuses
        raise UnsafeMessage(f"a {name} header would hold a line break")
    folded = _BUILD.fold_binary(name, _REGISTRY(name, value))
    if not folded.endswith(b"\r\n") or _NEWLINE_WITHOUT_FWSP.search(folded[:-2]):
        raise UnsafeMessage(f"refused to write a {name} header that breaks the line")
    return _remember(_REGISTRY.folded, (name, value), folded)


@functools.cache
def _text_part_head() -> bytes:
    """What ``set_content(text, cte="quoted-printable")`` adds after our headers (Content-Type,
    Content-Transfer-Encoding, MIME-Version and the blank line): the same for every draft, so
    taken once from a message the email package built."""
    msg = EmailMessage(policy=_BUILD)
    msg["Message-ID"] = "<head@interview-sync.invalid>"
    msg.set_content("x", cte="quoted-printable")
    raw = msg.as_bytes()
    start = raw.index(b"\r\n") + 2
    return raw[start: raw.index(b"\r\n\r\n") + 4]


def _quoted_printable(body: str) -> bytes:
    """The body as ``set_content(body, cte="quoted-printable")`` encodes it and ``as_bytes``
    writes it (``email.contentmanager._encode_text``, then CRLF line ends)."""
    lines = body.encode("utf-8").splitlines()
    data = quoprimime.body_encode((b"\n".join(lines) + b"\n").decode("latin-1"),
                                  _BUILD.max_line_length or 78)
    return _NLCRE.sub("\r\n", data).encode("ascii", "surrogateescape")


def _base64_lines(data: bytes) -> bytes:
    """``data`` as email's base64 encoder writes it (76 characters, 57 bytes, a line, each
    line ended; CRLF once written): one C call and slices instead of a call per line."""
    encoded = base64.b64encode(data)
    if not encoded:
        return b""
    return b"\r\n".join([encoded[i: i + 76] for i in range(0, len(encoded), 76)]) + b"\r\n"


def _single_part(headers: Sequence[tuple[str, str]], body: str) -> bytes:
    """A draft without attachments, byte for byte what the email package writes for it.

    Written directly because building an ``EmailMessage`` and serialising it was two thirds of
    a draft's cost; each header still goes through the email package's own header classes and
    folder (``_folded``), and the result is re-parsed strictly like any other draft (the check
    does not trust how the bytes were made). ``tests/render/test_email_bytes.py`` compares the
    bytes with an ``EmailMessage`` built the old way.
    """
    try:
        head = b"".join(_header_line(name, value) for name, value in headers)
    except (MessageError, ValueError) as exc:
        raise UnsafeMessage(f"refused to build the draft: {exc}") from exc
    return head + _text_part_head() + _quoted_printable(body)


def _multipart(headers: Sequence[tuple[str, str]], body: str,
               attachments: Sequence[Attachment],
               key: str) -> tuple[bytes, bytes, tuple[str, ...]]:
    """A draft with attachments: (the bytes to check, the draft's bytes, its header names).

    Written like ``_single_part``, in the layout the email package gives ``set_content`` then
    ``add_attachment`` (the text moves into the first part; ``_handle_multipart`` writes each
    part after ``--boundary``): our headers, the multipart Content-Type, the text part, then
    each attachment as the email package builds and writes that part on its own.
    """
    boundary = f"=_is_{_digest('boundary', key, '0')[:24]}"  # index 0 of walk(): the message
    try:
        head = b"".join([*(_header_line(name, value) for name, value in headers),
                         _folded("MIME-Version", "1.0"),
                         _folded("Content-Type", f'multipart/mixed; boundary="{boundary}"')])
    except (MessageError, ValueError) as exc:
        raise UnsafeMessage(f"refused to build the draft: {exc}") from exc
    separator = b"\r\n--" + boundary.encode("ascii") + b"\r\n"
    checked = [head, b"\r\n--", boundary.encode("ascii"), b"\r\n", _text_part_headers(),
               _quoted_printable(body)]
    raw = list(checked)
    for index, item in enumerate(attachments):
        stand_in, real = _attachment_part(item, key, index)
        checked += [separator, stand_in]
        raw += [separator, real]
    end = b"\r\n--" + boundary.encode("ascii") + b"--\r\n"
    return b"".join([*checked, end]), b"".join([*raw, end]), _MULTIPART_HEADERS


_MULTIPART_HEADERS = ("from", "to", "subject", "date", "message-id", "mime-version",
                      "content-type")


@functools.cache
def _text_part_headers() -> bytes:
    """The text part's headers and blank line: ``_text_part_head`` without MIME-Version (the
    email package moves only the Content-* headers into the part)."""
    head = _text_part_head()
    assert head.count(b"MIME-Version: 1.0\r\n") == 1
    return head.replace(b"MIME-Version: 1.0\r\n", b"")


def _attachment_part(item: Attachment, key: str, index: int) -> tuple[bytes, bytes]:
    """One attachment's part as ``add_attachment`` builds it and the generator writes it:
    (with a stand-in, as checked; with the file's own base64, as sent).

    An attachment bigger than a few lines is built with a one-line stand-in and its base64
    lines are put in place of that line afterwards: the email package split, wrote and
    re-parsed a 200 kB PDF line by line (most of such a draft's cost). The strict check reads
    the message with the stand-ins: parts, headers and boundaries are the same, and base64
    lines (``[A-Za-z0-9+/=]``) can never form a boundary (``--``) or a header, so the bytes
    sent parse to the same structure.
    """
    ctype = item.content_type.lower().strip()
    maintype, subtype = (ctype if _MIME_TYPE.match(ctype)
                         else "application/octet-stream").split("/", 1)
    data = item.data
    swap = len(data) > 4 * _LINE_BYTES
    if swap:
        data = hashlib.sha512(f"attachment\x1f{key}\x1f{index}".encode()).digest()[:_LINE_BYTES]
    part = EmailMessage(policy=_BUILD)
    part.set_content(data, maintype=maintype, subtype=subtype,
                     filename=header_safe(item.filename, limit=120) or "attachment")
    del part["MIME-Version"]  # add_attachment's parts carry it too; drafts always dropped it
    try:
        written = part.as_bytes()
    except (MessageError, ValueError) as exc:  # a patched CPython refusing to write a header
        raise UnsafeMessage(f"refused to build the draft for {key}: {exc}") from exc
    if not swap:
        return written, written
    line = base64.b64encode(data) + b"\r\n"  # exactly one base64 line: the part's payload
    assert written.endswith(b"\r\n\r\n" + line)
    return written, written[: -len(line)] + _base64_lines(item.data)


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
