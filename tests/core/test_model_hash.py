"""``stable_hash``: content hashes and derived ids, the same on every run, for any text."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from datetime import UTC, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from plan_factories import make_interview, make_settings

from interview_sync.core.model import Person, _json_default, stable_hash
from interview_sync.core.plan.items import facts_digest, mail_digest


def test_a_lone_surrogate_hashes_and_every_other_hash_is_kept() -> None:
    assert stable_hash("Interview \ud800") != stable_hash("Interview \ufffd")
    assert stable_hash("Interview \ud800") == stable_hash("Interview \ud800")
    # Texts without one hash as plain UTF-8 did (the values a ledger already holds).
    blob = json.dumps(("Entretien – Acme",), sort_keys=True, ensure_ascii=False)
    assert stable_hash("Entretien – Acme") == hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


# ``stable_hash`` encodes with one encoder made up front: every hash must stay what
# ``json.dumps`` with the same options gave (the ledger holds those values).
_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=2)),
                                            ZoneInfo("Europe/Berlin")])),
    st.dates(), st.frozensets(st.text(max_size=5), max_size=3),
    st.builds(Person, email=st.text(max_size=20), name=st.text(max_size=20)))
_PARTS = st.recursive(_LEAVES, lambda inner: st.lists(inner, max_size=4)
                      | st.tuples(inner, inner)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=12)


def _reference(*parts: object) -> str:
    blob = json.dumps(parts, sort_keys=True, default=_json_default, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@given(st.lists(_PARTS, max_size=6))
def test_the_kept_encoder_hashes_as_json_dumps_did(parts: list[object]) -> None:
    assert stable_hash(*parts) == _reference(*parts)


def test_an_interviews_digests_follow_its_content_not_its_identity() -> None:
    iv = make_interview()
    settings = make_settings()
    facts, mail = facts_digest(iv), mail_digest(iv, settings)
    assert facts_digest(iv) == facts and mail_digest(iv, settings) == mail  # looked up
    # An equal interview whose start is written in another zone renders another note: equal
    # datetimes, different text, so a memo keyed by equality would have been wrong here.
    moved = dataclasses.replace(iv, start=iv.start.astimezone(timezone(timedelta(hours=2))))
    assert moved == iv
    assert facts_digest(moved) != facts and mail_digest(moved, settings) != mail
    changed = dataclasses.replace(iv, company="Globex")
    assert facts_digest(changed) == _reference(
        "facts", changed.title, "Globex", changed.role, changed.stage, changed.start,
        changed.end, changed.all_day, changed.timezone, changed.location,
        changed.organizer_email, changed.people)
    assert mail_digest(changed, dataclasses.replace(settings, signature="-- P")) not in {
        mail, mail_digest(changed, settings)}
