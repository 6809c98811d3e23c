"""The token endpoint's Retry-After is honoured even though google-auth retries on its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from interview_sync.google.token_file import _RetryAfterRequest


@dataclass
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    data: bytes = b"{}"


@pytest.mark.parametrize(("answer", "slept"), [
    (Answer(429, {"Retry-After": "3"}), [3.0]),
    (Answer(503, {"retry-after": "1.5"}), [1.5]),
    (Answer(429, {"Retry-After": "9999"}), [64.0]),  # capped like every other wait
    (Answer(429, {"Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"}), []),
    (Answer(429), []),
    (Answer(200, {"Retry-After": "5"}), []),
    (Answer(400, {"Retry-After": "5"}), []),
])
def test_waits_what_the_server_asked_before_handing_the_answer_back(
        answer: Answer, slept: list[float]) -> None:
    waits: list[float] = []
    calls: list[tuple[Any, ...]] = []

    def transport(*args: Any, **kwargs: Any) -> Answer:
        calls.append(args)
        return answer

    wrapped = _RetryAfterRequest(transport, sleep=waits.append)
    assert wrapped("https://token", method="POST") is answer
    assert calls == [("https://token",)]
    assert waits == slept
