"""JSON (de)serialisation of the model's records for the state database.

Owns: the stored shape of ``Interview`` (and its ``Person`` list). The state database keeps each
interview as one JSON document so that adding a field to the model (additively, with a default)
never needs a schema migration: unknown keys are ignored on the way in and missing ones take the
dataclass default. Datetimes are stored as ISO 8601 with their offset, so they come back aware.

Pure: no I/O. Decoding raises ``ValueError`` on anything it cannot turn back into a model object;
the caller decides whether that is fatal.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import MISSING, fields
from datetime import datetime
from typing import Any

from interview_sync.core.lazy import LAZY_FIELDS, LazyInterview, pending
from interview_sync.core.model import Interview, Person

__all__ = [
    "decode_datetime",
    "encode_datetime",
    "interview_from_dict",
    "interview_from_json",
    "interview_to_dict",
    "interview_to_json",
]

_INTERVIEW_FIELDS = frozenset(f.name for f in fields(Interview))
_PERSON_FIELDS = frozenset(f.name for f in fields(Person))
# The stored key order (sorted): the dicts are built in it, so the JSON comes out key-sorted
# without sorting every dict again (a first sync stores hundreds of interviews at once).
_INTERVIEW_ORDER = tuple(sorted(_INTERVIEW_FIELDS))
_PERSON_ORDER = tuple(sorted(_PERSON_FIELDS))
# What a lazy interview (``core.lazy``) stores before its details are found: every other field.
_KNOWN_ORDER = tuple(name for name in _INTERVIEW_ORDER if name not in LAZY_FIELDS)


def encode_datetime(value: datetime) -> str:
    """ISO 8601 with offset; refuses naive datetimes (they would come back ambiguous)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"refusing to store a naive datetime: {value.isoformat()}")
    return value.isoformat()


def decode_datetime(text: object) -> datetime:
    """The inverse of ``encode_datetime``; ``ValueError`` for anything but an aware ISO string."""
    if not isinstance(text, str):
        raise ValueError(f"expected an ISO 8601 string, got {type(text).__name__}")
    value = datetime.fromisoformat(text)
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"stored datetime has no offset: {text!r}")
    return value


def _person_to_dict(person: Person) -> dict[str, Any]:
    return {name: getattr(person, name) for name in _PERSON_ORDER}


def _person_from_dict(data: object) -> Person:
    if not isinstance(data, dict):
        raise ValueError(f"a stored person must be an object, got {type(data).__name__}")
    known = {k: v for k, v in data.items() if k in _PERSON_FIELDS}
    try:
        return Person(**known)
    except TypeError as exc:  # a required field is missing
        raise ValueError(f"stored person is incomplete: {exc}") from exc


def interview_to_dict(interview: Interview) -> dict[str, Any]:
    """A JSON-able dict of every field of ``interview``; for one whose details are still to be
    found (``core.lazy``), the fields known and, under ``"pending"``, what finding the rest
    needs (read back as the same lazy interview: ``interview_from_dict``)."""
    recipe = pending(interview)
    if recipe is not None:
        data = {name: getattr(interview, name) for name in _KNOWN_ORDER}
        data["pending"] = recipe
        data["start"] = encode_datetime(interview.start)
        data["end"] = encode_datetime(interview.end)
        return data
    data = {name: getattr(interview, name) for name in _INTERVIEW_ORDER}
    data["start"] = encode_datetime(interview.start)
    data["end"] = encode_datetime(interview.end)
    data["people"] = [_person_to_dict(p) for p in interview.people]
    data["reasons"] = list(interview.reasons)
    return data


def interview_from_dict(data: object) -> Interview:
    """Rebuild an ``Interview``; unknown keys are ignored, defaults fill what is missing."""
    if not isinstance(data, dict):
        raise ValueError(f"a stored interview must be an object, got {type(data).__name__}")
    known: dict[str, Any] = {k: v for k, v in data.items() if k in _INTERVIEW_FIELDS}
    for name in ("start", "end"):
        if name not in known:
            raise ValueError(f"stored interview lacks {name!r}")
        known[name] = decode_datetime(known[name])
    recipe = data.get("pending")
    if recipe is not None:
        return _lazy_from(known, recipe)
    people = known.get("people", [])
    if not isinstance(people, list):
        raise ValueError("stored interview 'people' must be a list")
    known["people"] = tuple(_person_from_dict(p) for p in people)
    reasons = known.get("reasons", [])
    if not isinstance(reasons, list):
        raise ValueError("stored interview 'reasons' must be a list")
    known["reasons"] = tuple(str(r) for r in reasons)
    try:
        return Interview(**known)
    except TypeError as exc:
        raise ValueError(f"stored interview is incomplete: {exc}") from exc


def _lazy_from(known: dict[str, Any], recipe: object) -> Interview:
    """A stored interview whose details were never read: found again on first read, by
    detection (imported only then: reading the store does not load detection's tables)."""
    if not isinstance(recipe, dict):
        raise ValueError("stored interview's pending details are not an object")
    for field in fields(Interview):  # a field added since the row was written: its default
        if field.name not in known and field.name not in LAZY_FIELDS:
            if field.default is MISSING:
                raise ValueError(f"stored interview lacks {field.name!r}")
            known[field.name] = field.default
    frame = {k: v for k, v in known.items() if k not in ("cancelled", "confidence", "unsure")}

    def finder() -> Mapping[str, Any]:
        from interview_sync.core.detect.later import details_from

        return details_from(recipe)
    try:
        return LazyInterview.later(frame, finder, recipe, confidence=known["confidence"],
                                   unsure=known["unsure"], cancelled=known["cancelled"])
    except TypeError as exc:
        raise ValueError(f"stored interview is incomplete: {exc}") from exc


def interview_to_json(interview: Interview) -> str:
    """Compact, key-sorted JSON (stable bytes for the same interview)."""
    return _ENCODE(interview_to_dict(interview))


# Key-sorted because ``interview_to_dict`` builds every dict in sorted key order (its values
# are strings, numbers, booleans, None and lists of those or of person dicts).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def interview_from_json(text: str) -> Interview:
    """Parse what ``interview_to_json`` wrote; ``ValueError`` on anything else."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"stored interview is not JSON: {exc}") from exc
    return interview_from_dict(data)
