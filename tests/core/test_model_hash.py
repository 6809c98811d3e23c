"""``stable_hash``: content hashes and derived ids, the same on every run, for any text."""

from __future__ import annotations

import hashlib
import json

from interview_sync.core.model import stable_hash


def test_a_lone_surrogate_hashes_and_every_other_hash_is_kept() -> None:
    assert stable_hash("Interview \ud800") != stable_hash("Interview \ufffd")
    assert stable_hash("Interview \ud800") == stable_hash("Interview \ud800")
    # Texts without one hash as plain UTF-8 did (the values a ledger already holds).
    blob = json.dumps(("Entretien – Acme",), sort_keys=True, ensure_ascii=False)
    assert stable_hash("Entretien – Acme") == hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]
