"""Mail drafts: strict re-parse, exact headers, hostile header text, personalisation, length."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from render_factories import (
    make_draft,
    make_interview,
    make_notes,
    make_person,
    make_settings,
    make_timeline,
    templates,
)

from interview_sync.core.model import DraftKind
from interview_sync.errors import InterviewSyncError
from interview_sync.render.email import (
    Attachment,
    UnsafeMessage,
    attachment_print,
    check_message,
    draft_fingerprint,
    message_id_for,
    render_draft,
)
from interview_sync.render.words import count_words

STRICT = policy.default.clone(raise_on_defect=True)
SINGLE = {"from", "to", "subject", "date", "message-id", "mime-version", "content-type",
          "content-transfer-encoding"}
MULTI = SINGLE - {"content-transfer-encoding"}


def parse(raw: bytes) -> EmailMessage:
    msg = BytesParser(policy=STRICT).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    return msg


def header_names(msg: EmailMessage) -> list[str]:
    return sorted(k.lower() for k in msg)


def plain_body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


@pytest.mark.parametrize("kind", list(DraftKind))
@pytest.mark.parametrize("with_notes", [True, False])
def test_every_kind_reparses_strictly_with_exactly_the_expected_headers(
        kind: DraftKind, with_notes: bool) -> None:
    interview = make_interview()
    action = make_draft(kind, interview=interview,
                        notes=make_notes(interview) if with_notes else None,
                        timeline=make_timeline())
    draft = render_draft(action, make_settings(), templates())
    msg = parse(draft.raw)
    assert header_names(msg) == sorted(SINGLE)
    assert not [d for part in msg.walk() for d in part.defects]
    assert len(msg["To"].addresses) == 1
    assert msg["To"].addresses[0].addr_spec == action.recipient_email == draft.to
    assert msg["From"].addresses[0].addr_spec == "alex@example.org"
    assert msg["From"].addresses[0].display_name == "Alex Candidate"
    assert msg["Message-ID"] == draft.message_id == message_id_for(action.key)
    assert str(msg["Subject"]) == draft.subject  # (exact for ordinary subjects)
    assert b"\r\n" in draft.raw and b"\n" not in draft.raw.replace(b"\r\n", b"")
    body = plain_body(msg)
    assert body.replace("\r\n", "\n").strip() == draft.body_text.strip()
    assert "{{" not in body and "_(" not in body and "None" not in body
    assert body.startswith(f"Hi {(action.reference or action.person).first_name},")  # type: ignore[union-attr]
    assert body.rstrip().endswith("Alex Candidate")
    for paragraph in draft.body_text.split("\n\n"):  # prose paragraphs are separated
        if not paragraph.startswith(("Best regards", "If they call")):
            assert "\n" not in paragraph.strip(), draft.body_text


@pytest.mark.parametrize(("kind", "subject"), [
    (DraftKind.THANK_INTERVIEWER, "Thank you — Data Engineer interview"),
    (DraftKind.THANK_HIRING_MANAGER, "Thank you — Data Engineer interview"),
    (DraftKind.THANK_SUPPORT, "Thank you for arranging my interview"),
    (DraftKind.REFERENCE_BRIEF, "A reference call may come — Data Engineer at Northwind"),
    (DraftKind.CHECKIN, "Checking in — Data Engineer interview"),
])
def test_subjects_are_plain_and_specific(kind: DraftKind, subject: str) -> None:
    assert render_draft(make_draft(kind), make_settings(), templates()).subject == subject


def test_thank_you_is_personalised_from_the_note() -> None:
    interview = make_interview()
    action = make_draft(DraftKind.THANK_INTERVIEWER, notes=make_notes(interview))
    body = render_draft(action, make_settings(), templates()).body_text
    assert body.startswith("Hi Kim,")
    assert "the streaming pipeline" in body
    assert "my limited dbt experience" in body


def test_without_notes_the_thank_you_has_a_natural_generic_line() -> None:
    body = render_draft(make_draft(DraftKind.THANK_INTERVIEWER), make_settings(),
                        templates()).body_text
    assert "the Data Engineer role" in body and "Northwind" in body
    assert "topic" not in body.lower() and "concern" not in body.lower()


def test_person_notes_only_go_to_their_own_draft() -> None:
    interview = make_interview()
    other = interview.people[1]
    body = render_draft(make_draft(person=other, notes=make_notes(interview)), make_settings(),
                        templates()).body_text
    assert body.startswith("Hi Sam,") and "streaming pipeline" not in body


def test_reference_brief_names_the_job_interviewers_points_and_window() -> None:
    interview = make_interview()
    draft = render_draft(make_draft(DraftKind.REFERENCE_BRIEF, notes=make_notes(interview),
                                    timeline=make_timeline()), make_settings(), templates())
    body = draft.body_text
    assert draft.to == "pat@example.org" and body.startswith("Hi Pat,")
    for text in ("Data Engineer", "Northwind", "Kim Lee", "Sam Ortiz", "led the Kafka migration",
                 "before Wednesday 24 June"):
        assert text in body
    assert "Jo Park" not in body  # support staff are not "interviewers I met"


def test_checkin_mentions_the_date_they_gave() -> None:
    body = render_draft(make_draft(DraftKind.CHECKIN, timeline=make_timeline()), make_settings(),
                        templates()).body_text
    assert "Wednesday 24 June" in body


@pytest.mark.parametrize("kind", [DraftKind.THANK_INTERVIEWER, DraftKind.THANK_HIRING_MANAGER,
                                  DraftKind.THANK_SUPPORT])
def test_thank_yous_stay_under_150_words_even_with_long_notes(kind: DraftKind) -> None:
    interview = make_interview()
    notes = make_notes(interview)
    draft = render_draft(make_draft(kind, notes=notes), make_settings(signature="Alex\nPhone"),
                         templates(), attachments=[Attachment(filename="sample.pdf",
                                                              content_type="application/pdf",
                                                              data=b"%PDF")])
    assert draft.word_count == count_words(draft.body_text) <= 150
    assert draft.problems == ()


def test_an_over_long_thank_you_is_reported_not_dropped() -> None:
    interview = make_interview()
    notes = make_notes(interview, people=(dataclasses.replace(
        make_notes(interview).people[0], topic=" ".join(["word"] * 200)),))
    draft = render_draft(make_draft(notes=notes), make_settings(), templates())
    assert draft.word_count > 150
    assert draft.problems and "150" in draft.problems[0]


def test_bytes_are_deterministic_and_ids_are_hashed() -> None:
    a = render_draft(make_draft(), make_settings(), templates())
    b = render_draft(make_draft(), make_settings(), templates())
    assert a.raw == b.raw
    other = render_draft(make_draft(key="another-key"), make_settings(), templates())
    assert other.message_id != a.message_id
    assert a.message_id.startswith("<is-") and a.message_id.endswith("@interview-sync.invalid>")
    assert "Date: Wed, 10 Jun 2026 16:00:00 -0400" in a.raw.decode("ascii")


def test_attachments_make_a_deterministic_multipart() -> None:
    files = [Attachment(filename="work sample.pdf", content_type="application/pdf",
                        data=b"%PDF-1.4\n%%EOF\n"),
             Attachment(filename="evil\r\nBcc: x@evil.test.txt", content_type="bogus type",
                        data=b"hello")]
    a = render_draft(make_draft(), make_settings(), templates(), attachments=files)
    b = render_draft(make_draft(), make_settings(), templates(), attachments=files)
    assert a.raw == b.raw and b"=_is_" in a.raw
    msg = parse(a.raw)
    assert header_names(msg) == sorted(MULTI)
    parts = list(msg.iter_attachments())
    assert [p.get_filename() for p in parts] == ["work sample.pdf", "evil Bcc: x@evil.test.txt"]
    assert parts[0].get_content() == b"%PDF-1.4\n%%EOF\n"
    assert parts[1].get_content_type() == "application/octet-stream"
    assert "work sample.pdf" in a.body_text


def test_non_ascii_names_are_encoded_and_decode_back() -> None:
    person = make_person(email="zoe@northwind.example", name="Zoë Müller-Lüdenscheidt")
    draft = render_draft(make_draft(person=person), make_settings(user_name="Åsa Ñúñez"),
                         templates())
    assert draft.raw.isascii()
    msg = parse(draft.raw)
    assert msg["To"].addresses[0].display_name == "Zoë Müller-Lüdenscheidt"
    assert msg["From"].addresses[0].display_name == "Åsa Ñúñez"
    assert "Hi Zoë," in plain_body(msg)


HOSTILE = [
    "Kim\r\nBcc: evil@attacker.test",
    "=?utf-8?q?x=0D=0ABcc:_evil@attacker.test?=",
    "=?utf-8?b?eA0KQmNjOiBldmlsQGF0dGFja2VyLnRlc3Q=?=",
    "Kim\x00\x1b[31m\x7f\u0085",
    "K" * 10_000,
    "\u202eevil\u202c مرحبا שלום",
    "😀 Kim 🎉",
    "Kim <evil@attacker.test>, Other <x@y.z>",
    '"Kim" ; Bcc: evil@attacker.test',
]


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("where", ["name", "role", "company", "user_name"])
def test_hostile_header_text_never_adds_a_header(hostile: str, where: str) -> None:
    interview = make_interview()
    person = interview.people[0]
    settings_ = make_settings()
    if where == "name":
        person = make_person(name=hostile)
        interview = make_interview(people=(person,))
    elif where == "user_name":
        settings_ = make_settings(user_name=hostile)
    else:
        interview = make_interview(**{where: hostile})
    for kind in (DraftKind.THANK_INTERVIEWER, DraftKind.REFERENCE_BRIEF):
        action = make_draft(kind, interview=interview,
                            person=person if kind is not DraftKind.REFERENCE_BRIEF else None)
        draft = render_draft(action, settings_, templates())
        msg = parse(draft.raw)
        assert header_names(msg) == sorted(SINGLE)
        assert [a.addr_spec for a in msg["To"].addresses] == [action.recipient_email]
        head = draft.raw.split(b"\r\n\r\n")[0].lower()
        assert b"\r\nbcc" not in head and b"\r\ncc" not in head
        assert b"\r\nbcc:" not in draft.raw.lower()  # not even as a line of the body
        assert "=?" not in str(msg["Subject"]) and "=?" not in msg["To"].addresses[0].display_name
        assert len(str(msg["Subject"])) <= 180


@settings(max_examples=150, deadline=None)
@given(name=st.text(max_size=300), role=st.text(max_size=300))
def test_any_name_or_role_gives_a_clean_message(name: str, role: str) -> None:
    person = make_person(name=name)
    interview = make_interview(role=role or None, people=(person,))
    draft = render_draft(make_draft(interview=interview, person=person), make_settings(),
                         templates())
    msg = parse(draft.raw)
    assert header_names(msg) == sorted(SINGLE)
    assert [a.addr_spec for a in msg["To"].addresses] == ["kim.lee@northwind.example"]


@pytest.mark.parametrize("address", ["", "not-an-address", "a@b@c.d", "kim lee@x.example",
                                     "kim@x.example\r\nBcc: e@v.il", "zoë@x.example",
                                     "a@b.c, d@e.f"])
def test_an_unusable_recipient_address_is_refused(address: str) -> None:
    person = make_person(email=address)
    with pytest.raises(UnsafeMessage) as caught:
        render_draft(make_draft(person=person), make_settings(), templates())
    assert isinstance(caught.value, InterviewSyncError)


def test_the_check_rejects_an_injected_header() -> None:
    good = render_draft(make_draft(), make_settings(), templates())
    expected = [k.lower() for k in parse(good.raw)]
    head, _, rest = good.raw.partition(b"\r\n\r\n")
    injected = head + b"\r\nBcc: evil@attacker.test\r\n\r\n" + rest
    with pytest.raises(UnsafeMessage, match="unexpected headers"):
        check_message(injected, expected_headers=expected, to=good.to, sender="alex@example.org",
                      subject=good.subject)
    second_to = good.raw.replace(b"\r\nTo: Kim Lee <kim.lee@northwind.example>",
                                 b"\r\nTo: Kim Lee <kim.lee@northwind.example>, e@evil.test")
    assert second_to != good.raw
    with pytest.raises(UnsafeMessage, match="exactly the intended person"):
        check_message(second_to, expected_headers=expected, to=good.to,
                      sender="alex@example.org", subject=good.subject)
    check_message(good.raw, expected_headers=expected, to=good.to, sender="alex@example.org",
                  subject=good.subject)


def test_the_check_catches_cve_2024_6923_when_the_interpreter_does_not() -> None:
    """Without our neutralising step, 3.11.7 emits a Bcc from an encoded word; the check stops it."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = "alex@example.org"
    msg["To"] = "kim@example.org"
    msg["Subject"] = "=?utf-8?q?Thanks=0D=0ABcc:_attacker@evil.test?="
    msg.set_content("hi")
    expected = [k.lower() for k in msg]
    try:
        raw = msg.as_bytes()
    except Exception:  # a patched CPython refuses to write it: also safe
        return
    with pytest.raises(UnsafeMessage):
        check_message(raw, expected_headers=expected, to="kim@example.org",
                      sender="alex@example.org", subject=str(msg["Subject"]))


def test_fingerprint_ignores_line_endings_and_wrapping_but_not_words() -> None:
    draft = render_draft(make_draft(), make_settings(), templates())
    rewrapped = draft.body_text.replace("\n", "\r\n").replace(". ", ".\r\n")
    assert draft_fingerprint(draft.to.upper(), draft.subject, rewrapped) == draft.fingerprint
    assert draft_fingerprint(f"Kim Lee <{draft.to}>", draft.subject, draft.body_text + "\r\n") \
        == draft.fingerprint
    assert draft_fingerprint(draft.to, draft.subject, draft.body_text + " Cheers") != \
        draft.fingerprint
    assert draft_fingerprint(draft.to, "Other", draft.body_text) != draft.fingerprint


def test_fingerprint_covers_each_attachments_name_size_and_content_in_any_order() -> None:
    one = Attachment(filename="sample.pdf", content_type="application/pdf", data=b"%PDF one")
    two = Attachment(filename="deck.pdf", content_type="application/pdf", data=b"%PDF two")
    draft = render_draft(make_draft(), make_settings(), templates(), attachments=[one, two])
    plain = render_draft(make_draft(), make_settings(), templates())
    text = (draft.to, draft.subject, draft.body_text)
    prints = [attachment_print(a.filename, a.data) for a in (two, one)]
    assert draft_fingerprint(*text, prints) == draft.fingerprint  # order does not matter
    assert draft_fingerprint(*text) != draft.fingerprint  # files missing: not what we wrote
    assert draft_fingerprint(*text, [prints[0], attachment_print("sample.pdf", b"%PDF ONE")]) \
        != draft.fingerprint  # same name and size, other bytes
    assert draft_fingerprint(*text, [prints[0], attachment_print("sample2.pdf", b"%PDF one")]) \
        != draft.fingerprint
    assert draft_fingerprint(plain.to, plain.subject, plain.body_text) == plain.fingerprint


def test_date_comes_from_the_action_not_the_clock() -> None:
    action = make_draft()
    later = dataclasses.replace(action, due=action.due + timedelta(days=1))
    assert b"Thu, 11 Jun 2026" in render_draft(later, make_settings(), templates()).raw


def test_parsed_headers_are_reused_within_an_interview_only() -> None:
    """Headers parsed and folded while one interview's drafts are built and checked are
    remembered for that interview alone (``render_draft`` speed): a draft of another interview
    parses its own, and the bytes are the same either way."""
    from interview_sync.render import email as email_module

    people = make_interview().people
    first = render_draft(make_draft(person=people[0]), make_settings(), templates())
    memo = email_module._REGISTRY._parsed
    assert any(people[0].email in value for _, value in memo)
    second = render_draft(make_draft(person=people[1]), make_settings(), templates())
    assert any(people[0].email in value for _, value in memo)  # same interview: kept
    assert any(people[1].email in value for _, value in memo)
    other = make_interview(key="another-event@google.com", people=(people[2],))
    render_draft(make_draft(interview=other, person=people[2]), make_settings(), templates())
    assert not any(people[1].email in value for _, value in memo)  # another interview: gone
    assert not any(people[1].email in value for _, value in email_module._REGISTRY.folded)
    email_module._REGISTRY.forget()
    assert render_draft(make_draft(person=people[1]), make_settings(), templates()) == second
    assert first.to != second.to
