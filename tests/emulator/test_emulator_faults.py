"""Fault injection: the SPEC parser, the seeded plan, and what clients see on the wire."""

from __future__ import annotations

import base64
import time
from typing import Any

import pytest
from googleapiclient.errors import HttpError
from hypothesis import given
from hypothesis import strategies as st

from interview_sync.emulator import Emulator, FaultSpecError, parse_faults
from interview_sync.emulator.conformance import services
from interview_sync.emulator.faults import FaultPlan

RAW = base64.urlsafe_b64encode(b"To: a@b.example\r\nSubject: hi\r\n\r\nhello").decode()


def no_sleep(req: Any) -> Any:
    req._sleep = lambda seconds: None
    return req


@pytest.mark.parametrize(("spec", "kinds"), [
    ("drafts.create:commit_drop:count=1;*:503:p=0.3;seed=7", ["commit_drop", "503"]),
    ("  events.list : 429 : retry_after=5 ", ["429"]),
    ("gmail.*:latency:ms=10;token:500", ["latency", "500"]),
    ("", []),
])
def test_parse_valid(spec: str, kinds: list[str]) -> None:
    assert [r.kind for r in parse_faults(spec).rules] == kinds


@pytest.mark.parametrize("spec", ["*:418", "events.list", "*:503:p=2", "*:503:x=1",
                                  "*:503:count=a", "seed=x"])
def test_parse_invalid(spec: str) -> None:
    with pytest.raises(FaultSpecError):
        parse_faults(spec)


@given(seed=st.integers(0, 2**31), p=st.floats(0, 1))
def test_plans_with_one_seed_decide_alike(seed: int, p: float) -> None:
    spec = f"*:503:p={p};seed={seed}"
    a, b = FaultPlan.of(spec), FaultPlan.of(spec)
    assert [a.decide("x.y")[1] is None for _ in range(30)] == \
        [b.decide("x.y")[1] is None for _ in range(30)]


def test_count_and_after() -> None:
    plan = FaultPlan.of("drafts.create:500:after=1:count=2")
    fired = [plan.decide("gmail.users.drafts.create")[1] is not None for _ in range(5)]
    assert fired == [False, True, True, False, False]
    assert plan.decide("gmail.users.drafts.list") == (0, None)


def test_503_twice_then_success_with_client_retries(emulator: Emulator) -> None:
    gmail = services(emulator).gmail
    gmail.users().getProfile(userId="me").execute()  # token first, so the log is only API
    emulator.set_faults("getProfile:503:count=2")
    emulator.clear_requests()
    no_sleep(gmail.users().getProfile(userId="me")).execute(num_retries=3)
    assert [r.status for r in emulator.requests] == [503, 503, 200]


@pytest.mark.parametrize(("kind", "status", "reason"), [
    ("429", 429, "rateLimitExceeded"), ("403", 403, "rateLimitExceeded"),
    ("403user", 403, "userRateLimitExceeded"), ("500", 500, "backendError")])
def test_error_faults_have_google_bodies(emulator: Emulator, kind: str, status: int,
                                         reason: str) -> None:
    cal = services(emulator).calendar
    emulator.set_faults(f"events.list:{kind}:count=1:retry_after=7")
    with pytest.raises(HttpError) as caught:
        cal.events().list(calendarId="primary").execute()
    assert caught.value.status_code == status
    assert caught.value.error_details[0]["reason"] == reason
    record = emulator.requests[-1]
    assert record.fault == kind
    assert record.retry_after == ("7" if status in {403, 429} else None)
    # The client library retries exactly these (403 only for the rate-limit reasons).
    assert no_sleep(cal.events().list(calendarId="primary")).execute(num_retries=1)


def test_reset_before_response(emulator: Emulator) -> None:
    gmail = services(emulator).gmail
    gmail.users().getProfile(userId="me").execute()
    emulator.set_faults("getProfile:reset:count=1")
    with pytest.raises(ConnectionError):
        gmail.users().getProfile(userId="me").execute()
    assert emulator.requests[-1].status == 0
    assert gmail.users().getProfile(userId="me").execute()["emailAddress"] == emulator.me


def test_commit_then_drop_duplicates_a_naively_retried_draft(emulator: Emulator) -> None:
    drafts = services(emulator).gmail.users().drafts()
    emulator.set_faults("drafts.create:commit_drop:count=1")
    with pytest.raises(ConnectionError):
        drafts.create(userId="me", body={"message": {"raw": RAW}}).execute()
    assert len(emulator.drafts) == 1  # the write happened; the response was lost
    emulator.set_faults("drafts.create:commit_drop:count=1")
    no_sleep(drafts.create(userId="me", body={"message": {"raw": RAW}})).execute(num_retries=1)
    assert len(emulator.drafts) == 3  # the retry made a duplicate: what exactly-once prevents
    assert [r.fault for r in emulator.requests if r.method_id and "drafts" in r.method_id] == \
        ["commit_drop", "commit_drop", None]


def test_clean_close_is_resent_by_httplib2_itself(emulator: Emulator) -> None:
    drafts = services(emulator).gmail.users().drafts()
    drafts.list(userId="me").execute()
    emulator.set_faults("drafts.create:close:count=1")
    emulator.clear_requests()
    drafts.create(userId="me", body={"message": {"raw": RAW}}).execute()  # num_retries=0
    assert [r.status for r in emulator.requests] == [0, 200]
    assert len(emulator.drafts) == 1


def test_latency(emulator: Emulator) -> None:
    gmail = services(emulator).gmail
    gmail.users().getProfile(userId="me").execute()
    emulator.set_faults("getProfile:latency:ms=150")
    started = time.monotonic()
    gmail.users().getProfile(userId="me").execute()
    assert time.monotonic() - started >= 0.15
    assert emulator.requests[-1].fault == "latency:150"


def test_token_endpoint_faults(emulator: Emulator) -> None:
    emulator.set_faults("token:503:count=1")
    gmail = services(emulator).gmail
    gmail.users().getProfile(userId="me").execute()  # google-auth retries the token call
    assert [r.status for r in emulator.requests][:2] == [503, 200]
