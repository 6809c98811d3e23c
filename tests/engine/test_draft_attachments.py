"""The draft fingerprint covers attachments: a work sample added to or changed in the material
folder reaches a draft the user left alone, and never one the user edited.

The real CLI, the real Google client stack against the emulator, real files.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

from engine_world import START, World, WorldFactory, make_interview_event

from interview_sync.core.model import LedgerStatus
from interview_sync.local.state import DB_NAME, StateStore
from interview_sync.render.email import legacy_draft_fingerprint

KIM = [("kim@northwind.com", "Kim Ng")]


def _attached(draft: dict[str, object]) -> dict[str, str]:
    """File name → SHA-256 of what the draft in Gmail carries."""
    message = BytesParser(policy=policy.default).parsebytes(str(draft["raw"]).encode())
    out: dict[str, str] = {}
    for part in message.iter_attachments():
        data = part.get_payload(decode=True)
        out[str(part.get_filename())] = hashlib.sha256(
            data if isinstance(data, bytes) else b"").hexdigest()
    return out


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _listing(w: World, *names: str) -> Path:
    """A first sync, then the note lists ``names`` under Material to send; the material dir."""
    assert w.sync(START + timedelta(hours=2)).exit_code == 0
    note = w.files_under("notes")[0]
    listed = "".join(f"- {n}\n" for n in names)
    note.write_text(note.read_text(encoding="utf-8").replace(
        "## Material to send\n", f"## Material to send\n\n{listed}", 1), encoding="utf-8")
    return note.parent.parent / "material"


def test_a_changed_or_newly_added_work_sample_reaches_a_draft_the_user_left_alone(
        world: WorldFactory) -> None:
    w = world([make_interview_event(people=KIM)])
    material = _listing(w, "sample.pdf", "later.pdf")
    (material / "sample.pdf").write_bytes(b"%PDF-1.4 first version")
    assert w.sync(START + timedelta(hours=3)).exit_code == 0
    (draft,) = w.drafts()
    assert _attached(draft) == {"sample.pdf": _sha(b"%PDF-1.4 first version")}
    # The user replaces the file, keeping its name, and adds the one the note already listed.
    (material / "sample.pdf").write_bytes(b"%PDF-1.4 second version, longer")
    (material / "later.pdf").write_bytes(b"%PDF-1.4 added later")
    result = w.sync(START + timedelta(hours=4))
    assert result.exit_code == 0, result.output
    (updated,) = w.drafts()
    assert updated["id"] == draft["id"], "the same draft is updated, not a second one made"
    assert _attached(updated) == {"sample.pdf": _sha(b"%PDF-1.4 second version, longer"),
                                  "later.pdf": _sha(b"%PDF-1.4 added later")}
    assert "[updated] Draft to kim@northwind.com" in result.output
    # Nothing changed since: nothing to do, and the draft is left as it is.
    again = w.sync(START + timedelta(hours=5))
    assert "Draft to kim@northwind.com" not in again.output, again.output
    assert w.drafts()[0]["raw"] == updated["raw"]


def test_a_draft_the_user_edited_keeps_its_files_when_the_work_sample_changes(
        world: WorldFactory) -> None:
    w = world([make_interview_event(people=KIM)])
    material = _listing(w, "sample.pdf")
    (material / "sample.pdf").write_bytes(b"%PDF-1.4 first version")
    assert w.sync(START + timedelta(hours=3)).exit_code == 0
    (draft,) = w.drafts()
    w.emu.edit_draft_as_user(str(draft["id"]), subject="Thanks, Kim!")
    (material / "sample.pdf").write_bytes(b"%PDF-1.4 second version")
    result = w.sync(START + timedelta(hours=4))
    assert result.exit_code == 0, result.output
    (kept,) = w.drafts()
    assert kept["subject"] == "Thanks, Kim!"
    assert _attached(kept) == {"sample.pdf": _sha(b"%PDF-1.4 first version")}
    assert "[edited]" in result.output


def test_removing_only_the_attachment_in_gmail_counts_as_an_edit(world: WorldFactory) -> None:
    """The text is untouched, the file is gone: the user edited the draft, so a later change of
    the work sample must not put it back."""
    w = world([make_interview_event(people=KIM)])
    material = _listing(w, "sample.pdf")
    (material / "sample.pdf").write_bytes(b"%PDF-1.4 first version")
    assert w.sync(START + timedelta(hours=3)).exit_code == 0
    (draft,) = w.drafts()
    w.emu.edit_draft_as_user(str(draft["id"]), drop_attachments=True)
    assert _attached(w.drafts()[0]) == {}
    (material / "sample.pdf").write_bytes(b"%PDF-1.4 second version")
    result = w.sync(START + timedelta(hours=4))
    assert "[edited]" in result.output, result.output
    assert _attached(w.drafts()[0]) == {}


def test_a_fingerprint_recorded_by_an_earlier_release_is_judged_on_the_text(
        world: WorldFactory) -> None:
    """Upgrading must not make every draft with files look edited: a text-only fingerprint
    from before still matches an untouched draft, which is then updated."""
    w = world([make_interview_event(people=KIM)])
    material = _listing(w, "sample.pdf")
    (material / "sample.pdf").write_bytes(b"%PDF-1.4 first version")
    assert w.sync(START + timedelta(hours=3)).exit_code == 0
    (draft,) = w.drafts()
    store = StateStore.open(w.root / "state" / DB_NAME)
    key, entry = next((k, e) for k, e in store.ledger().items() if "/thank/" in k)
    store.record_outcome(key, LedgerStatus.DONE, content_hash=entry.content_hash,
                         at=START + timedelta(hours=3), target=entry.target,
                         fingerprint=legacy_draft_fingerprint(
                             str(draft["to"]), str(draft["subject"]), str(draft["body"])))
    store.close()
    (material / "sample.pdf").write_bytes(b"%PDF-1.4 second version")
    result = w.sync(START + timedelta(hours=4))
    assert "[updated] Draft to kim@northwind.com" in result.output, result.output
    assert _attached(w.drafts()[0]) == {"sample.pdf": _sha(b"%PDF-1.4 second version")}
