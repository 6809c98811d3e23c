"""Planning interviews whose details are found on first read (``core.lazy``; issue #15, first-sync
speed) gives the plan eager interviews give, with and without a ledger, and reads no interview's
details when nothing is due (a first sync of a calendar whose interviews are all ahead)."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import given

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from plan_factories import apply_all
from test_plan_properties import PROPS, run, scenarios

from interview_sync.core.lazy import LAZY_FIELDS, LazyInterview, pending
from interview_sync.core.model import Interview


def lazy_copy(iv: Interview, reads: list[str]) -> LazyInterview:
    """``iv`` with its details found on first read (each read of them logged in ``reads``)."""
    frame = {name: getattr(iv, name) for name in Interview.__dataclass_fields__
             if name not in (*LAZY_FIELDS, "cancelled", "confidence", "unsure")}

    def finder() -> dict[str, Any]:
        reads.append(iv.key)
        return {name: getattr(iv, name) for name in LAZY_FIELDS}
    return LazyInterview.later(frame, finder, {"kept": iv.key}, confidence=iv.confidence,
                               unsure=iv.unsure, cancelled=iv.cancelled)


@PROPS
@given(scenarios())
def test_lazy_interviews_plan_exactly_as_eager_ones(s: dict[str, Any]) -> None:
    eager = run(s)
    reads: list[str] = []
    lazy = run(s, interviews=[lazy_copy(iv, reads) for iv in s["interviews"]])
    assert lazy == eager
    # again with what the first plan recorded (touched interviews, thank-you keys by person)
    ledger = apply_all(eager.actions)
    later = s["now"] + timedelta(days=3)
    assert run(s, ledger, interviews=[lazy_copy(iv, reads) for iv in s["interviews"]],
               now=later) == run(s, ledger, now=later)


@PROPS
@given(scenarios())
def test_nothing_is_read_of_interviews_that_are_all_ahead(s: dict[str, Any]) -> None:
    ahead = [replace(iv, start=iv.start + timedelta(days=400), end=iv.end + timedelta(days=400))
             for iv in s["interviews"]]
    reads: list[str] = []
    copies = [lazy_copy(iv, reads) for iv in ahead]
    result = run(s, interviews=copies, notes={})
    assert not result.actions
    assert reads == [] and all(pending(iv) is not None for iv in copies)
    assert result == run(s, interviews=ahead, notes={})
