"""Draft bytes: the direct writer and the attachment stand-ins give exactly what ``EmailMessage``
gives when the whole draft is built and serialised by the email package (the way drafts were
made before; ``reference`` below is that code), for ordinary, hostile and random text."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from render_factories import make_draft, make_interview, make_person, make_settings, templates

from interview_sync.core.model import DraftKind, PlanSettings, UpsertDraft
from interview_sync.render import email as email_module
from interview_sync.render.email import Attachment, render_draft
from interview_sync.render.words import header_safe

STRICT = policy.default.clone(raise_on_defect=True)


def reference(action: UpsertDraft, settings_: PlanSettings, subject: str, body: str,
              attachments: Sequence[Attachment] = ()) -> bytes:
    """The draft as the email package builds it from end to end (no stand-ins, no memo)."""
    to = action.recipient_email.lower()
    sender = settings_.user_email.lower()
    name = (action.reference.name if action.reference
            else action.person.name if action.person else "")
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = Address(email_module._display_name(settings_.user_name, sender),
                          addr_spec=sender)
    msg["To"] = Address(email_module._display_name(name, to), addr_spec=to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(action.due)
    msg["Message-ID"] = email_module.message_id_for(action.key)
    msg.set_content(body, cte="quoted-printable")
    for item in attachments:
        ctype = item.content_type.lower().strip()
        maintype, subtype = (ctype if email_module._MIME_TYPE.match(ctype)
                             else "application/octet-stream").split("/", 1)
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype,
                           filename=header_safe(item.filename, limit=120) or "attachment")
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(
                f"=_is_{email_module._digest('boundary', action.key, str(index))[:24]}")
        if part is not msg:
            del part["MIME-Version"]
    return msg.as_bytes()


def same_as_reference(action: UpsertDraft, settings_: PlanSettings,
                      attachments: Sequence[Attachment] = ()) -> bytes:
    draft = render_draft(action, settings_, templates(), attachments=attachments)
    assert draft.raw == reference(action, settings_, draft.subject, draft.body_text, attachments)
    return draft.raw


NAMES = ["Kim Lee", "Zoë Müller-Lüdenscheidt", "Kim J. Ng", "😀 Kim 🎉", "",
         "Dr. Jane A. B. C. Smith-Jones, PhD (Engineering Manager, Platform Infrastructure)",
         "Kim\r\nBcc: evil@attacker.test", "=?utf-8?q?x=0D=0ABcc:_evil@attacker.test?=",
         "\u202eevil\u202c مرحبا שלום", '"Kim" ; Bcc: evil@attacker.test', "K" * 500]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("kind", list(DraftKind))
def test_drafts_are_the_bytes_the_email_package_writes(name: str, kind: DraftKind) -> None:
    person = make_person(name=name)
    interview = make_interview(people=(person,), role=name or None)
    action = make_draft(kind, interview=interview,
                        person=person if kind is not DraftKind.REFERENCE_BRIEF else None)
    same_as_reference(action, make_settings(user_name=name or "Alex"))


@settings(max_examples=120, deadline=None)
@given(name=st.text(max_size=200), role=st.text(max_size=200), user=st.text(max_size=120))
def test_any_text_gives_the_bytes_the_email_package_writes(name: str, role: str,
                                                           user: str) -> None:
    person = make_person(name=name)
    interview = make_interview(people=(person,), role=role or None)
    same_as_reference(make_draft(interview=interview, person=person),
                      make_settings(user_name=user or "Alex"))


def test_large_attachments_are_put_in_whole_and_parse_back() -> None:
    """A large attachment is built as a one-line stand-in and its base64 put in afterwards; the
    result is the email package's own bytes, parses strictly and gives the file back."""
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 800 + b"\n%%EOF\n"
    files = [Attachment(filename="work sample.pdf", content_type="application/pdf", data=pdf),
             Attachment(filename="wörk—sämple " + "x" * 150 + ".bin",
                        content_type="bogus type", data=b"\x00" * (57 * 4 + 1)),
             Attachment(filename="small.txt", content_type="text/plain", data=b"hello"),
             Attachment(filename="empty.txt", content_type="text/plain", data=b"")]
    for size in (57 * 4 + 1, 57 * 10, 57 * 10 + 1, 57 * 10 + 2):  # every base64 line ending
        files.append(Attachment(filename=f"f{size}", content_type="application/octet-stream",
                                data=bytes(range(256))[:size % 256] * (size // 256 + 1)))
    raw = same_as_reference(make_draft(), make_settings(), files)
    msg = BytesParser(policy=STRICT).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    assert not [d for part in msg.walk() for d in part.defects]
    got = [part.get_content() for part in msg.iter_attachments()]
    assert got == [f.data if f.content_type != "text/plain" else f.data.decode() for f in files]
    assert b"%PDF" not in raw  # the stand-in never reaches the draft; the real base64 does


def test_a_stand_in_line_elsewhere_in_the_message_changes_nothing() -> None:
    """The stand-in is swapped inside its own part only: the same line in the body (or in
    another attachment) stays where it is."""
    action = make_draft()
    pdf = bytes(range(256)) * 10
    files = [Attachment(filename="a.bin", content_type="application/pdf", data=pdf)]
    headers = [("From", "alex@example.org"), ("To", "kim.lee@northwind.example"),
               ("Subject", "Hi"), ("Date", format_datetime(action.due)),
               ("Message-ID", email_module.message_id_for(action.key))]
    checked, raw, _ = email_module._multipart(headers, "body", files, action.key)
    assert checked != raw and checked.count(b"\r\n--=_is_") == raw.count(b"\r\n--=_is_")
    stand_in = next(line for line in checked.split(b"\r\n") if len(line) == 76)
    body = "x\n" + stand_in.decode()
    files.append(Attachment(filename="b.bin", content_type="application/octet-stream",
                            data=base64.b64decode(stand_in)))  # small: written as it is
    _, raw2, _ = email_module._multipart(headers, body, files, action.key)
    assert raw2.count(stand_in) == 2  # in the body and as the second file, not the first
    msg = BytesParser(policy=STRICT).parsebytes(raw2)
    assert [p.get_content() for p in msg.iter_attachments()] == [pdf, files[1].data]
    assert stand_in.decode() in str(msg.get_body(preferencelist=("plain",)).get_content())


@settings(max_examples=200, deadline=None)
@given(key=st.text(max_size=60))
def test_every_message_id_folds_as_the_email_package_folds_it(key: str) -> None:
    message_id = email_module.message_id_for(key)
    email_module._REGISTRY.forget()
    assert email_module._message_id_line(message_id) == policy.SMTP.fold_binary(
        "Message-ID", policy.SMTP.header_factory("Message-ID", message_id))
