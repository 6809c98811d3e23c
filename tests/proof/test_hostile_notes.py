"""Issue #12 end to end: the whole hostile corpus, two syncs, the user editing the notes between.

For every case of ``hostile_cases.CASES`` (the issue's attacks are the ``n12_*`` ones): the
emulator and the real engine (``sync --once`` through the CLI) run the case, then the user edits
every note as a person would (a Topic and a Concern naming each person, a timeline, and a
*Material to send* list holding one real work sample plus every path an attacker would want:
``~/.ssh/id_rsa``, ``..`` paths, the token and config, ``/proc/self/environ``, ``/dev/zero``, a
FIFO and links planted in the material folder, ``mailto:`` and ``file:`` links, a dotfile), and
a second sync runs. The drafts are read back through the emulator and checked byte for byte:

* no private byte: the planted SSH key, the refresh token, the config's canary and the dotfile's
  canary appear in no draft's raw bytes nor any decoded part;
* every attachment is the work sample, byte for byte;
* no user text crosses people: a draft to A carries no Topic or Concern written for anyone else;
* notes, reminders, the feed and the state database are never group- or world-readable.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import proof_harness as h
import pytest
from hostile_cases import CASES, NOW, HostileCase
from test_hostile_calendars import SLOW, apply_ops

from interview_sync.core.address import mail_address
from interview_sync.emulator import Emulator

SSH_KEY = b"-----BEGIN OPENSSH PRIVATE KEY-----\nCANARY-SSH-7f3a9c\n-----END OPENSSH PRIVATE KEY-----\n"
CONFIG_CANARY = "CANARY-CONFIG-51b2e8"
DOTFILE_CANARY = b"CANARY-DOTFILE-c04d11"
SAMPLE = b"%PDF-1.4 the user's real work sample\n"
EDIT_NOTE = 2.0  # hours after the case's last run: the user has filled in the note


def material_list(root: Path) -> list[str]:
    return ["work-sample.pdf", "~/.ssh/id_rsa", "../../.ssh/id_rsa", "../secrets/token.json",
            str(root / "secrets" / "token.json"), str(root / "config.toml"), "~/config.toml",
            "/proc/self/environ", "/dev/zero", "fifo.pdf", "zero-link.pdf", "environ-link",
            "key-link.pdf", ".env", "mailto:evil@attacker.example", "file:///etc/passwd",
            "[spec](~/.ssh/id_rsa)", "[spec](file:///proc/self/environ)"]


@pytest.fixture
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """A shell's usual umask (files must still come out private), or systemd's UMask=0077."""
    value = getattr(request, "param", 0o022)
    old = os.umask(value)
    try:
        yield value
    finally:
        os.umask(old)


def plant(root: Path, env: h.ProofEnv) -> list[bytes]:
    """Secrets where an attacker would look, and the material folder with its traps."""
    (root / ".ssh").mkdir(mode=0o700)
    (root / ".ssh" / "id_rsa").write_bytes(SSH_KEY)
    with env.config.open("a", encoding="utf-8") as config:
        config.write(f"\n# {CONFIG_CANARY}\n")
    token = json.loads(env.token_file.read_text(encoding="utf-8"))
    material = env.material_dir
    material.mkdir(parents=True, mode=0o700, exist_ok=True)
    (material / "work-sample.pdf").write_bytes(SAMPLE)
    (material / ".env").write_bytes(DOTFILE_CANARY)
    os.mkfifo(material / "fifo.pdf")
    (material / "zero-link.pdf").symlink_to("/dev/zero")
    (material / "environ-link").symlink_to("/proc/self/environ")
    (material / "key-link.pdf").symlink_to(root / ".ssh" / "id_rsa")
    return [SSH_KEY.split(b"\n")[1], CONFIG_CANARY.encode(), DOTFILE_CANARY,
            str(token["refresh_token"]).encode(), str(token["client_secret"]).encode()]


_EMAIL_LINE = re.compile(r"^- Email: (.+)$")


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text).strip()


def edit_note(path: Path, listed: list[str], written: list[tuple[str, str]]) -> None:
    """What a user does to the note; ``written`` gets (address, marker) for each person."""
    lines = path.read_text(encoding="utf-8").split("\n")
    email = None
    for i, line in enumerate(lines):
        found = _EMAIL_LINE.match(line)
        if found:
            email = mail_address(unescape(found.group(1))) or unescape(found.group(1))
        elif line.startswith("## "):
            email = None
        elif email and line.startswith("- Topic: _("):
            marker = f"TOPIC{len(written)}X"
            written.append((email, marker))
            lines[i] = f"- Topic: {marker} the pipeline _(" + line[len("- Topic: _("):]
        elif email and line.startswith("- Concern: _("):
            lines[i] = f"- Concern: CONCERN{len(written) - 1}X my dbt _(" + line[13:]
        elif line.startswith("- _(name of a file in your material folder"):
            lines[i] = "\n".join(f"- {item}" for item in listed)
        elif line.startswith("_(what they told you about next steps"):
            lines[i] = "They said two weeks."
    path.write_text("\n".join(lines), encoding="utf-8")


def every_byte(message: EmailMessage) -> bytes:
    parts = [bytes(message)]
    for part in message.walk():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            parts.append(payload)
    return b"\n".join(parts)


def private_modes(env: h.ProofEnv) -> list[str]:
    loose = []
    for folder in (env.notes_dir, env.reminders_dir, env.state_dir, env.material_dir):
        if not folder.exists():
            continue
        # the material folder's files are the user's own (here: the test's planted ones)
        inside = [] if folder == env.material_dir else list(folder.iterdir())
        for path in [folder, *inside]:
            if path.is_symlink() or stat.S_ISFIFO(path.lstat().st_mode):
                continue  # the traps the test planted
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                loose.append(f"{path}: {stat.S_IMODE(path.stat().st_mode):o}")
    if env.feed.exists() and stat.S_IMODE(env.feed.stat().st_mode) & 0o077:
        loose.append(f"{env.feed}: {stat.S_IMODE(env.feed.stat().st_mode):o}")
    return loose


def _params() -> list[Any]:
    out = [pytest.param(c, 0o022, id=c.name, marks=[pytest.mark.slow] if c.name in SLOW else [])
           for c in CASES]
    # The issue's own attacks once more under the unit's UMask=0077.
    out += [pytest.param(c, 0o077, id=f"{c.name}-umask077") for c in CASES
            if c.name.startswith("n12_")]
    return out


@pytest.mark.parametrize(("case", "umask"), _params(), indirect=["umask"])
def test_hostile_case_with_an_edited_note(case: HostileCase, umask: int, tmp_path: Path,
                                          emulator_factory: Callable[..., Emulator],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "root"
    emu = emulator_factory({"me": h.ME, "events": list(case.events)})
    env = h.write_setup(root, emu)
    monkeypatch.setenv("HOME", str(root))  # "~" is this installation's home
    secrets = plant(root, env)
    apply_ops(emu, case.setup)
    last = NOW
    for run in case.runs:
        apply_ops(emu, run.ops)
        last = NOW + timedelta(hours=run.hours)
        assert not h.sync_once(env, last).crashed
    written: list[tuple[str, str]] = []
    notes = sorted(env.notes_dir.glob("*.md")) if env.notes_dir.exists() else []
    for note in notes:
        edit_note(note, material_list(root), written)
    result = h.sync_once(env, last + timedelta(hours=EDIT_NOTE))
    assert not result.crashed and "Traceback" not in result.output, result.output

    drafts = emu.state()["drafts"]
    own = 0  # drafts that carry what the user wrote for their own recipient
    thanked = 0  # interviewers' thank-yous (the template that uses the topic)
    for draft in drafts:
        message = h.parse_raw(draft)
        to = message["To"].addresses[0].addr_spec.lower()
        data = every_byte(message)
        for secret in secrets:
            assert secret not in data, f"{case.name}: a private byte string in the draft to {to}"
        for part in message.iter_attachments():
            assert (part.get_filename(), part.get_content()) == ("work-sample.pdf", SAMPLE)
        body = message.get_body(("plain",))
        text = body.get_content() if body is not None else ""
        own += any(marker in text for email, marker in written if email == to)
        thanked += any(email == to for email, _ in written) and "arranging" not in str(
            message["Subject"])
        for email, marker in written:
            if email != to:
                assert marker not in text, f"{case.name}: {email}'s topic in the draft to {to}"
                assert marker.replace("TOPIC", "CONCERN") not in text
        for word in ("id_rsa", "token.json", "environ", "passwd"):
            assert word not in text, f"{case.name}: {word!r} named in the draft to {to}"
    if notes and written and drafts:
        # The edit was read: some draft carries the work sample and the status says so.
        assert "carries work-sample.pdf" in result.output, result.output
        assert "refused ~/.ssh/id_rsa: outside your material folder" in result.output
        assert own >= 1 or not thanked, f"{case.name}: no draft carries its recipient's topic"
    assert h.draft_problems(drafts) == []
    assert private_modes(env) == []
    # One line per case for the figures (pytest -s): drafts scanned, samples attached.
    attached = sum(1 for d in drafts for _ in h.parse_raw(d).iter_attachments())
    print(f"\nFIGURE-CASE {case.name} umask={umask:03o} drafts={len(drafts)} "
          f"attached={attached} people_with_notes={len(written)} own_topic={own}")
    assert (root / ".ssh" / "id_rsa").read_bytes() == SSH_KEY  # nothing wrote through a link


def test_a_link_planted_at_the_note_is_never_written_through(
        tmp_path: Path, emulator_factory: Callable[..., Emulator]) -> None:
    """Someone replaces the note with a link; a person added later must not be appended there."""
    from hostile_cases import iv
    from proof_harness import person

    emu = emulator_factory({"me": h.ME, "events": [iv()]})
    env = h.write_setup(tmp_path / "root", emu)
    assert not h.sync_once(env, NOW).crashed
    (note,) = env.notes_dir.glob("*.md")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    note.unlink()
    note.symlink_to(victim)
    emu.patch_event("hostile1", {"attendees": [
        {"email": h.ME, "self": True, "responseStatus": "accepted"},
        person("kim.ng@acme.example", "Kim Ng"), person("raj.iyer@acme.example", "Raj Iyer"),
        person("lee.chen@acme.example", "Lee Chen")]})
    result = h.sync_once(env, NOW + timedelta(hours=1))
    assert not result.crashed
    assert victim.read_text() == "precious\n"
    assert note.is_symlink()
