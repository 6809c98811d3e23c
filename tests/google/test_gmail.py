"""The Gmail adapter against the emulator over loopback, with the real googleapiclient stack."""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.emulator import Emulator
from interview_sync.emulator.conformance import credentials
from interview_sync.errors import AuthError, RemoteError
from interview_sync.google import client as google_client
from interview_sync.google.client import RetryPolicy
from interview_sync.google.gmail import DraftGone, GmailDrafts, GmailInbox, parse_draft

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "interview_sync"
_OPEN: list[Any] = []


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator({"me": "pat@example.com"}) as e:
        yield e
        while _OPEN:
            _OPEN.pop().close()


def gmail_service(emu: Emulator, scopes: tuple[str, ...] = ("gmail.compose",)) -> Any:
    services = google_client.build_services(credentials(emu, scopes), endpoint=emu.url,
                                            timeout=5)
    _OPEN.extend([services.calendar, services.gmail])
    return services.gmail


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def drafts_for(emu: Emulator, **kwargs: Any) -> tuple[GmailDrafts, Sleeps]:
    sleeps = Sleeps()
    return GmailDrafts(gmail_service(emu), sleep=sleeps, **kwargs), sleeps


def make_raw(n: int = 1, *, to: str = "Kim Lee <Kim@Acme.test>", subject: str = "Thank you",
             body: str = "Hi Kim,\n\nThanks for the chat about pipelines.\n",
             message_id: str | None = "<a1b2c3.{n}@interview-sync.local>",
             attachment: bytes | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Pat Lee <pat@example.com>"
    msg["To"] = to
    msg["Subject"] = subject
    if message_id is not None:
        msg["Message-ID"] = message_id.format(n=n)
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="pdf",
                           filename="sample.pdf")
    return msg.as_bytes()


def method_ids(emu: Emulator) -> list[str]:
    return [str(r["method_id"]).removeprefix("gmail.users.") for r in emu.state()["requests"]
            if r["method_id"] != "oauth2.token"]


# ---------------------------------------------------------------- drafts


def test_profile_email(emu: Emulator) -> None:
    drafts, _ = drafts_for(emu)
    assert drafts.profile_email() == "pat@example.com"


@pytest.mark.parametrize(("profile", "expected"), [
    ("Pat@Example.COM", "pat@example.com"),
    ("pat@bücher.example", "pat@xn--bcher-kva.example"),
    ("pat@example.com\r\nBcc: eve@evil.example", None),
    ("pat@example.com, eve@evil.example", None),
    ('"pat@example.com" <eve@evil.example>', None),
    ("pat@example.com.", None),
    ("", None),
])
def test_the_profile_address_is_validated_where_it_enters(emu: Emulator, profile: str,
                                                          expected: str | None) -> None:
    emu.mailbox.me = profile  # what Gmail's users.getProfile answers
    drafts, _ = drafts_for(emu)
    if expected is not None:
        assert drafts.profile_email() == expected
        return
    with pytest.raises(RemoteError) as caught:
        drafts.profile_email()
    assert "not a usable mail address" in caught.value.message
    assert "[user] email" in caught.value.remedy
    assert "\r" not in caught.value.message and "\n" not in caught.value.message
    assert not caught.value.transient


def test_create_find_get_round_trip(emu: Emulator) -> None:
    drafts, _ = drafts_for(emu)
    assert drafts.find_ours("a1b2c3.1@interview-sync.local") is None
    ref = drafts.create(make_raw())
    assert ref.draft_id and ref.message_id
    assert drafts.find_ours("a1b2c3.1@interview-sync.local") == ref
    assert drafts.find_ours("a1b2c3.1@interview-sync.local", known={ref.draft_id}) is None
    content = drafts.get(ref.draft_id)
    assert content is not None
    assert (content.to, content.subject, content.rfc822_message_id) == (
        "kim@acme.test", "Thank you", "a1b2c3.1@interview-sync.local")
    assert content.body_text.replace("\r\n", "\n") == (
        "Hi Kim,\n\nThanks for the chat about pipelines.\n")
    create = next(r for r in emu.state()["requests"] if r["method_id"].endswith("drafts.create"))
    assert create["path"].startswith("/upload/")  # a media upload, never message.raw in JSON
    assert create["query"]["uploadType"] == ["multipart"]
    assert emu.drafts[0]["headers"]["X-Interview-Sync-Key"] == "a1b2c3.1@interview-sync.local"


def test_a_20_mb_work_sample_goes_as_a_resumable_upload(emu: Emulator) -> None:
    drafts, _ = drafts_for(emu)
    sample = bytes(range(256)) * (20 * 4096)  # 20 MiB
    ref = drafts.create(make_raw(attachment=sample), key="k-20mb")
    content = drafts.get(ref.draft_id)
    assert content is not None and content.subject == "Thank you"
    kinds = [r["query"].get("uploadType") for r in emu.state()["requests"]
             if r["path"].startswith("/upload/")]
    assert ["resumable"] in kinds
    stored = emu.mailbox.messages[emu.mailbox.drafts[ref.draft_id]].view.raw
    assert len(stored) > 20 * 2**20


def test_a_message_over_35_mb_is_refused_before_any_call(emu: Emulator) -> None:
    drafts, _ = drafts_for(emu)
    emu.clear_requests()
    with pytest.raises(RemoteError) as err:
        drafts.create(make_raw(attachment=b"x" * (27 * 2**20)))  # ~36.5 MB in base64
    assert (err.value.status, err.value.transient) == (413, False)
    assert "35 MB" in str(err.value)
    assert method_ids(emu) == [] and emu.drafts == []


def test_found_by_our_header_when_search_lags_and_the_message_id_is_rewritten(
        emu: Emulator) -> None:
    emu.set_search_lag(30)
    emu.set_rewrite_message_id(True)
    drafts, _ = drafts_for(emu)
    for n in range(3):
        drafts.create(make_raw(n + 10))
    emu.set_faults("drafts.create:commit_drop:count=1")
    ref = drafts.create(make_raw())
    assert len(emu.drafts) == 4 and ref.draft_id in {d["id"] for d in emu.drafts}
    assert drafts.find_ours("a1b2c3.1@interview-sync.local") == ref
    assert all(not r["query"].get("q") for r in emu.state()["requests"])  # never searched


def test_non_ascii_and_attachments_decode(emu: Emulator) -> None:
    drafts, _ = drafts_for(emu)
    raw = make_raw(to="Zoë Ångström <zoe@example.org>, b@example.org",
                   subject="Merci — entretien 🎉", body="Bonjour Zoë,\nà bientôt\n",
                   attachment=b"%PDF-1.4 fake")
    content = drafts.get(drafts.create(raw).draft_id)
    assert content is not None
    assert content.to == "zoe@example.org, b@example.org"
    assert content.subject == "Merci — entretien 🎉"
    assert content.body_text.replace("\r\n", "\n") == "Bonjour Zoë,\nà bientôt\n"


def test_update_keeps_the_draft_id(emu: Emulator) -> None:
    drafts, _ = drafts_for(emu)
    ref = drafts.create(make_raw())
    new = drafts.update(ref.draft_id, make_raw(body="Hi Kim,\nUpdated.\n"))
    assert new.draft_id == ref.draft_id and new.message_id != ref.message_id
    content = drafts.get(ref.draft_id)
    assert content is not None and "Updated." in content.body_text
    assert len(emu.drafts) == 1


def test_a_sent_or_deleted_draft_reads_as_none_and_update_says_gone(emu: Emulator) -> None:
    drafts, _ = drafts_for(emu)
    ref = drafts.create(make_raw())
    emu.send_draft_as_user(ref.draft_id)  # the *user* sends it, in Gmail
    assert drafts.get(ref.draft_id) is None
    with pytest.raises(DraftGone) as err:
        drafts.update(ref.draft_id, make_raw())
    assert err.value.status == 404 and not err.value.transient
    assert drafts.find_ours("a1b2c3.1@interview-sync.local") is None


# ---------------------------------------------------------------- exactly-once under faults


def test_commit_then_drop_finds_the_draft_instead_of_creating_another(emu: Emulator) -> None:
    drafts, sleeps = drafts_for(emu)
    emu.set_faults("drafts.create:commit_drop:count=1")
    ref = drafts.create(make_raw())
    assert len(emu.drafts) == 1 and emu.drafts[0]["id"] == ref.draft_id
    assert method_ids(emu) == ["drafts.create", "drafts.list", "drafts.get"]
    assert len(sleeps) == 1


def test_every_create_dropped_after_commit_still_makes_one_draft_each(emu: Emulator) -> None:
    drafts, _ = drafts_for(emu)
    emu.set_faults("drafts.create:commit_drop")
    refs = [drafts.create(make_raw(n)) for n in range(3)]
    assert sorted(d["id"] for d in emu.drafts) == sorted(r.draft_id for r in refs)


@pytest.mark.parametrize(("spec", "min_sleep"), [
    ("drafts.create:503:count=2", 0.0),
    ("drafts.create:429:count=1:retry_after=4", 4.0),
    ("drafts.create:403:count=1:retry_after=2", 2.0),
    ("drafts.create:reset:count=1", 0.0),
])
def test_transient_create_failures_make_exactly_one_draft(emu: Emulator, spec: str,
                                                          min_sleep: float) -> None:
    drafts, sleeps = drafts_for(emu)
    emu.set_faults(spec)
    ref = drafts.create(make_raw())
    assert [d["id"] for d in emu.drafts] == [ref.draft_id]
    assert sleeps and min(sleeps) >= min_sleep and max(sleeps) <= 64


@pytest.mark.parametrize(("spec", "drafts_made"), [("drafts.create:commit_drop:count=1", 1),
                                                    ("drafts.create:503:count=1", 0)])
def test_ambiguous_failure_without_message_id_is_not_retried(emu: Emulator, spec: str,
                                                             drafts_made: int) -> None:
    drafts, _ = drafts_for(emu)
    emu.set_faults(spec)
    with pytest.raises(RemoteError):
        drafts.create(make_raw(message_id=None))
    assert len(emu.drafts) == drafts_made  # never blindly re-sent


def test_a_definite_rejection_without_message_id_is_retried(emu: Emulator) -> None:
    drafts, sleeps = drafts_for(emu)
    emu.set_faults("drafts.create:429:count=1:retry_after=1")
    drafts.create(make_raw(message_id=None))
    assert len(emu.drafts) == 1 and len(sleeps) == 1 and sleeps[0] >= 1


def test_persistent_create_failure_gives_up_after_the_policy(emu: Emulator) -> None:
    drafts, sleeps = drafts_for(emu, policy=RetryPolicy(max_attempts=3))
    emu.set_faults("drafts.create:503")
    with pytest.raises(RemoteError) as err:
        drafts.create(make_raw())
    assert err.value.transient and len(sleeps) == 2 and emu.drafts == []


def test_get_and_update_retry_transient_faults(emu: Emulator) -> None:
    drafts, sleeps = drafts_for(emu)
    ref = drafts.create(make_raw())
    emu.set_faults("drafts.get:503:count=1;drafts.update:reset:count=1")
    assert drafts.get(ref.draft_id) is not None
    drafts.update(ref.draft_id, make_raw(body="v2\n"))
    assert len(sleeps) == 2 and len(emu.drafts) == 1


# ---------------------------------------------------------------- parsing what the user left


def test_parse_draft_is_lenient_with_what_a_user_can_produce() -> None:
    odd = (b"To: =?utf-8?q?broken?= <x@y.z>, undisclosed-recipients:;\r\n"
           b"Subject: =?x-unknown?q?hi?=\r\nContent-Type: text/plain; charset=x-nonsense\r\n"
           b"\r\nbody \xff\r\n")
    content = parse_draft("r1", odd)
    assert content.to == "x@y.z" and content.rfc822_message_id is None
    assert "body" in content.body_text
    assert parse_draft("r2", b"").to == ""


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=1500) | st.text(max_size=800).map(lambda t: t.encode("utf-8",
                                                                                  "replace")))
def test_parse_draft_never_raises(raw: bytes) -> None:
    content = parse_draft("r", raw)
    assert isinstance(content.body_text, str) and isinstance(content.to, str)


_header_text = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
                       min_size=1, max_size=60).map(str.strip).filter(bool)


@settings(max_examples=200, deadline=None)
@given(subject=_header_text, body=st.text(st.characters(blacklist_categories=["Cs"]),
                                          max_size=300))
def test_parse_draft_reads_back_what_the_renderer_would_write(subject: str, body: str) -> None:
    raw = make_raw(subject=subject, body=body)
    content = parse_draft("r", raw)
    assert content.subject == " ".join(subject.split()) or content.subject == subject
    assert content.to == "kim@acme.test"
    normal = body.replace("\r\n", "\n").replace("\r", "\n")
    assert content.body_text.replace("\r\n", "\n").rstrip("\n") == normal.rstrip("\n")


# ---------------------------------------------------------------- reply metadata


def test_messages_since_returns_inbound_metadata_only(emu: Emulator) -> None:
    when = datetime.now(UTC) - timedelta(hours=2)
    emu.deliver_message(sender="Old Recruiter <old@acme.test>", subject="earlier",
                        date=when - timedelta(days=3), body="SECRET-BODY-OLD")
    emu.deliver_message(sender="Kim Lee <Kim@Acme.test>", subject="Re: next steps",
                        date=when + timedelta(minutes=30), body="SECRET-BODY")
    compose = GmailDrafts(gmail_service(emu), sleep=Sleeps())
    ref = compose.create(make_raw())
    emu.send_draft_as_user(compose.create(make_raw(2)).draft_id)
    inbox = GmailInbox(gmail_service(emu, scopes=("gmail.readonly",)), sleep=Sleeps())
    emu.clear_requests()
    found = inbox.messages_since(when)
    assert [(m.sender, m.received >= when) for m in found] == [("kim@acme.test", True)]
    assert found[0].labels >= {"INBOX"} and found[0].thread_id
    requests = emu.state()["requests"]
    listed = [r for r in requests if r["method_id"] == "gmail.users.messages.list"]
    assert listed and re.search(r"after:\d+ -in:sent -in:drafts", listed[0]["query"]["q"][0])
    for r in requests:
        if r["method_id"] == "gmail.users.messages.get":
            assert r["query"]["format"] == ["metadata"]
    assert ref.draft_id


def test_hostile_senders_are_skipped_and_the_rest_kept(emu: Emulator) -> None:
    """A From: header is a stranger's text: one valid address or the message is skipped, and
    skipping one never loses the others."""
    when = datetime.now(UTC) - timedelta(hours=2)
    hostile = ["kim@acme.test, eve@evil.test", "kim@acme.test <eve@evil.test>",
               "Kim <kim@acme.test> <eve@evil.test>", "Kim <kim@acme.test.>",
               "kim@acme.test@evil.test", "Kim Lee", "Kim\x00 <kim@acme.test>"]
    for n, sender in enumerate(hostile):
        emu.deliver_message(sender=sender, subject=f"hostile {n}",
                            date=when + timedelta(minutes=n + 1))
    emu.deliver_message(sender='"kim@acme.test" <eve@evil.test>', subject="name injection",
                        date=when + timedelta(minutes=20))
    emu.deliver_message(sender="Kim Lee <Kim@bücher.test>", subject="idn",
                        date=when + timedelta(minutes=21))
    emu.deliver_message(sender="Kim Lee <Kim@Acme.test>", subject="good",
                        date=when + timedelta(minutes=22))
    inbox = GmailInbox(gmail_service(emu, scopes=("gmail.readonly",)), sleep=Sleeps())
    found = inbox.messages_since(when)
    # Only the three with exactly one valid address survive, each as whom it is really from.
    assert sorted(m.sender for m in found) == ["eve@evil.test", "kim@acme.test",
                                               "kim@xn--bcher-kva.test"]


def test_messages_since_needs_the_read_scope(emu: Emulator) -> None:
    inbox = GmailInbox(gmail_service(emu), sleep=Sleeps())
    with pytest.raises(AuthError):
        inbox.messages_since(datetime(2026, 1, 1, tzinfo=UTC))


def test_messages_since_caps_how_many_it_reads(emu: Emulator) -> None:
    for n in range(5):
        emu.deliver_message(sender=f"r{n}@acme.test", subject=f"m{n}")
    inbox = GmailInbox(gmail_service(emu, scopes=("gmail.readonly",)), sleep=Sleeps(),
                       max_messages=3)
    assert len(inbox.messages_since(datetime(2000, 1, 1, tzinfo=UTC))) == 3


def test_no_body_or_token_is_logged(emu: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        drafts, _ = drafts_for(emu)
        emu.set_faults("drafts.create:commit_drop:count=1;drafts.get:503:count=1")
        ref = drafts.create(make_raw(body="SECRET-BODY-TEXT\n"))
        drafts.get(ref.draft_id)
    creds = drafts.service._http.credentials
    assert creds.token and creds.refresh_token
    assert "drafts.create failed" in caplog.text  # something was logged, so the check means it
    for secret in ("SECRET-BODY-TEXT", creds.token, creds.refresh_token):
        assert secret not in caplog.text


# ---------------------------------------------------------------- never sends

_SEND = re.compile(r"""(drafts|messages)\s*\(\s*\)\s*\.\s*send\b|["']send["']""")


def _send_calls(source: str) -> list[int]:
    """Lines calling ``<x>.drafts().send`` / ``.messages().send`` or naming "send" as a string."""
    tree = ast.parse(source)
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "send" and isinstance(
                node.value, ast.Call) and isinstance(node.value.func, ast.Attribute) and \
                node.value.func.attr in {"drafts", "messages"}:
            lines.append(node.lineno)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id == "getattr" and any(isinstance(a, ast.Constant) and a.value == "send"
                                                  for a in node.args):
            lines.append(node.lineno)
    return lines


def test_no_code_path_sends_mail() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "emulator" in path.relative_to(PACKAGE).parts:
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}:{n}" for n in _send_calls(text)]
        offenders += [f"{path.name}: {m.group(0)}" for m in _SEND.finditer(text)
                      if m.group(1)]
    assert offenders == []


def test_the_send_detector_itself_catches_a_send() -> None:
    assert _send_calls("s.users().drafts().send(userId='me', body={}).execute()") == [1]
    assert _send_calls("s.users().messages().send(userId='me')") == [1]
    assert _send_calls("getattr(s.users().drafts(), 'send')") == [1]
    assert _send_calls("s.users().drafts().create(userId='me')") == []
    assert _SEND.search("x.drafts() . send(")


def test_the_scan_stops_at_a_draft_known_to_be_older(emu: Emulator) -> None:
    drafts, _ = drafts_for(emu)
    old = drafts.create(make_raw(1))
    for n in (2, 3):
        drafts.create(make_raw(n))
    emu.clear_requests()
    assert drafts.find_ours("nobody@x", known={old.draft_id}, older={old.draft_id}) is None
    assert method_ids(emu) == ["drafts.list", "drafts.get", "drafts.get"]  # not the old one
    emu.clear_requests()
    assert drafts.find_ours("a1b2c3.3@interview-sync.local", older={old.draft_id}) is not None
    assert method_ids(emu) == ["drafts.list"]  # headers already read: cached by message id
