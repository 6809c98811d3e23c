"""The emulator package loads its parts on first use (``emulator/__init__``'s ``__getattr__``).

Why it matters: the proof harness imports ``emulator.installation`` into the process whose memory
``bench/proof_soak.py`` reads as the daemon's; the package's own import must not drag the whole
emulator (servers, stores, MIME) into that figure.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import interview_sync.emulator as emulator_package
from interview_sync.emulator.account import Emulator as AccountEmulator


def test_a_sibling_import_does_not_load_the_emulator() -> None:
    code = ("import sys, interview_sync.emulator.installation\n"
            "print(sorted(m for m in sys.modules if m.startswith('interview_sync.emulator')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "['interview_sync.emulator', 'interview_sync.emulator.installation']"


def test_every_export_resolves_to_its_home() -> None:
    from interview_sync.emulator import Emulator, SeedError, parse_faults

    assert Emulator is AccountEmulator
    assert SeedError.__module__ == "interview_sync.emulator.seed"
    assert parse_faults.__module__ == "interview_sync.emulator.faults"
    for name in emulator_package.__all__:
        assert getattr(emulator_package, name) is not None


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        emulator_package.NoSuchThing  # noqa: B018
