"""The hostile calendar corpus, end to end: ``sync --once`` over each case against the emulator.

Every case must: not crash (exit 0 or 1, no traceback), write nothing outside the configured
directories, put no injected header in any draft (strict re-parse of each draft's raw MIME:
one To address, no Cc/Bcc, only expected header names), leave only complete, parseable files,
and create nothing more on a second run. Cases live in ``hostile_cases.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import proof_harness as h
import pytest
from hostile_cases import CASES, DELETE, NOW, HostileCase, Op

from interview_sync.emulator import Emulator

WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                    *(f"LPT{i}" for i in range(1, 10))}
SLOW = {"description_5mb", "attendees_1000"}
# Cases that expose a bug in a module other engineers own; kept failing on purpose.
KNOWN_BUGS: dict[str, str] = {}


def apply_ops(emu: Emulator, ops: tuple[Op, ...]) -> None:
    for op in ops:
        if op[0] == "patch":
            emu.patch_event(op[1], op[2])
        elif op[0] == "delete":
            emu.delete_event(op[1])
        elif op[0] == "raw":
            # Google has returned such data; the emulator's own validation would refuse it.
            with emu.lock:
                resource = emu.calendar.calendar("primary").events[op[1]].resource
                for key, value in op[2].items():
                    if value == DELETE:
                        resource.pop(key, None)
                    else:
                        resource[key] = value
        else:
            raise ValueError(op)


def addresses(draft: dict[str, Any]) -> set[str]:
    """Every address the draft would go to or come from (display names are only text)."""
    message = h.parse_raw(draft)
    found: set[str] = set()
    for name in ("from", "to", "cc", "bcc", "reply-to", "sender", "resent-to", "resent-bcc"):
        for header in message.get_all(name) or ():
            found.update(a.addr_spec.lower() for a in getattr(header, "addresses", ()))
    return found


def _params() -> list[Any]:
    out = []
    for case in CASES:
        marks: list[Any] = []
        if case.name in SLOW:
            marks.append(pytest.mark.slow)
        if case.name in KNOWN_BUGS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[case.name]))
        out.append(pytest.param(case, id=case.name, marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_hostile_case(case: HostileCase, tmp_path: Path,
                      emulator_factory: Callable[..., Emulator]) -> None:
    emu = emulator_factory({"me": h.ME, "events": list(case.events)})
    env = h.write_setup(tmp_path / "root", emu)
    apply_ops(emu, case.setup)
    siblings = {p.name for p in tmp_path.parent.iterdir()}
    before = h.snapshot(env.root)
    last = NOW
    for run in case.runs:
        apply_ops(emu, run.ops)
        last = NOW + timedelta(hours=run.hours)
        result = h.sync_once(env, last)
        assert not result.crashed, result.output
        assert result.exit_code in (0, 1), result.output
        assert "Traceback" not in result.output, result.output
    drafts = emu.state()["drafts"]
    first = h.draft_keys(drafts)

    again = h.sync_once(env, last + timedelta(minutes=1))
    assert not again.crashed, again.output
    drafts = emu.state()["drafts"]
    assert h.draft_keys(drafts) == first, "a second run changed the drafts"
    assert len(drafts) == sum(first.values())

    assert h.draft_problems(drafts) == []
    for draft in drafts:
        for needle in case.forbidden:
            assert needle not in addresses(draft), h.parse_raw(draft).items()
    tos = [a.lower() for (a, _subject) in first.elements()]
    for address in case.must_draft_to:
        assert tos.count(address.lower()) >= 1, f"no draft to {address}: {sorted(first)}"
    if case.expect_drafts is not None:
        assert len(drafts) == case.expect_drafts, sorted(first)

    assert h.stray_paths(env, before, h.snapshot(env.root)) == []
    assert [p.name for p in tmp_path.iterdir()] == ["root"]
    assert {p.name for p in tmp_path.parent.iterdir()} == siblings
    assert h.temp_leftovers(env) == []
    assert h.ics_problems(env) == []
    assert h.note_problems(env) == []
    for folder in (env.notes_dir, env.reminders_dir):
        if folder.exists():
            for path in folder.rglob("*"):
                assert path.parent == folder, f"nested output {path}"
                assert path.name.split(".")[0].upper() not in WINDOWS_RESERVED, path.name
                assert len(path.name.encode("utf-8")) <= 255, path.name
    assert h.integrity(env) == "ok"


def test_corpus_is_big_enough() -> None:
    assert len(CASES) >= 40
