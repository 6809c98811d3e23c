"""Extraction put off until something reads the interview (``core.lazy``).

Owns ``extract_later`` (``classify._extract`` with its costly part, ``classify._details``, run on
first read instead of now) and ``details_from`` (the same part in another process, from what the
state store kept: the bounded event and what detection was told). Both give exactly what
``_extract`` gives: the same functions on the same inputs (``tests/core/test_detect_later.py``
compares them over every labelled event). Pure and total.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from interview_sync.core.bounds import guests_read
from interview_sync.core.detect import classify as _c
from interview_sync.core.detect.confirm import confirmed_interview
from interview_sync.core.detect.features import features_of, veto_context
from interview_sync.core.lazy import LazyInterview

__all__ = ["details_from", "extract_later"]


def extract_later(event: Mapping[str, Any], seen: Any, ctx: Any, reasons: list[str],
                  calendar_id: str, *, confidence: float, unsure: bool, me: str,
                  my_domains: Collection[str], vetoed: bool = False) -> LazyInterview | None:
    """``classify._extract``'s interview, its people and employer found on first read. ``event``
    is the event as detection read it (``guests_read``'s), ``me`` and ``my_domains`` what
    detection was told: kept so that another process can find them (``details_from``).
    ``vetoed``: asked about although a veto fired (``confidence.OUTWEIGHED``), its context the
    one ``features.veto_context`` rebuilds; the recipe says so."""
    frame = _c._frame(event, seen, ctx, calendar_id)
    if frame is None:
        return None
    kept = list(reasons)  # (``_details`` extends its list: the recipe keeps the rules' own)
    recipe: dict[str, Any] = {"event": event, "me": me, "my_domains": list(my_domains),
                              "reasons": kept}
    if vetoed:
        recipe["vetoed"] = True
    return LazyInterview.later(frame, lambda: _c._details(event, seen, ctx, list(kept)), recipe,
                               confidence=confidence, unsure=unsure)


def details_from(recipe: Mapping[str, Any]) -> Mapping[str, Any]:
    """``LAZY_FIELDS`` for a kept ``recipe`` (``core.lazy.pending``): the first look and the
    vetoes' context read again (as detection read them), then ``classify._details``. Never
    raises: should the event no longer read as an interview (the rules changed between storing
    and reading), its details are read as for an event the user confirmed, and failing that
    left empty (the rules' reasons kept)."""
    try:
        event, me = recipe.get("event"), recipe.get("me")
        mine, reasons = recipe.get("my_domains"), recipe.get("reasons")
        if not isinstance(event, dict) or not isinstance(me, str) or not isinstance(mine, list) \
                or not isinstance(reasons, list):
            return _nothing(())
        kept = [str(r) for r in reasons]
        event, _cut = guests_read(event, me)
        on, seen, ctx = features_of(event, me, mine)
        if seen is not None and ctx is None and recipe.get("vetoed") is True:
            ctx = veto_context(seen, on, me, mine)  # (round 20: as detection rebuilt it)
        if seen is not None and ctx is not None:
            return _c._details(event, seen, ctx, kept)
        confirmed = confirmed_interview(event, me, my_domains=mine)
        if confirmed is None:
            return _nothing(kept)
        return {"company": confirmed.company, "role": confirmed.role, "stage": confirmed.stage,
                "people": confirmed.people, "reasons": tuple(kept)}
    except Exception:  # as detection: one odd row must never stop a reader
        return _nothing(())


def _nothing(reasons: Sequence[str]) -> Mapping[str, Any]:
    return {"company": None, "role": None, "stage": None, "people": (), "reasons": tuple(reasons)}
