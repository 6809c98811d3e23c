"""Shared pytest configuration: the Google API emulator fixtures (``emulator``, ``emulator_factory``)."""

from __future__ import annotations

pytest_plugins = ["interview_sync.emulator.pytest_plugin"]
