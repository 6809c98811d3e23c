"""Pytest fixtures for the emulator: ``emulator`` and ``emulator_factory``.

Loaded with ``pytest_plugins = ["interview_sync.emulator.pytest_plugin"]``. Importing this module
also puts 127.0.0.1 and localhost into ``NO_PROXY``/``no_proxy``, so httplib2 never sends
emulator traffic to a proxy configured in the environment. httplib2's keep-alive sockets are
never closed on garbage collection; ``pytest_configure`` ignores their "unclosed socket"
ResourceWarning, and ``pytest_sessionfinish`` collects the rest before pytest's final check.
"""

from __future__ import annotations

import gc
import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

from interview_sync.emulator import DEFAULT_ME, Emulator
from interview_sync.emulator.installation import loopback_bypasses_proxy

__all__ = ["emulator", "emulator_factory"]


loopback_bypasses_proxy()


def pytest_configure(config: pytest.Config) -> None:
    """Ignore only "unclosed socket" ResourceWarnings: httplib2 keeps keep-alive connections
    open and never closes them on garbage collection, so any test that lets a Google client go
    out of scope would otherwise fail under ``filterwarnings = error`` for library behaviour."""
    config.addinivalue_line("filterwarnings", "ignore:unclosed <socket.socket:ResourceWarning")


EmulatorFactory = Callable[..., Emulator]


@pytest.fixture
def emulator_factory() -> Iterator[EmulatorFactory]:
    """Call with a seed (and Emulator keyword arguments); every emulator stops at teardown."""
    started: list[Emulator] = []

    def make(seed: Mapping[str, Any] | None = None, **kwargs: Any) -> Emulator:
        emu = Emulator(seed, **kwargs).start()
        started.append(emu)
        return emu

    yield make
    for emu in started:
        emu.stop()


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Collect leftover httplib2 connections before pytest's end-of-session unraisable check,
    which runs outside the configured warning filters."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.fixture
def emulator(emulator_factory: EmulatorFactory) -> Emulator:
    """A started emulator with an empty calendar and mailbox for pat.lee@example.com."""
    return emulator_factory({"me": DEFAULT_ME})
