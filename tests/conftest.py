"""Suite-wide set-up: the emulator fixtures, and hypothesis settings that cannot flake.

Timing is measured by ``bench/``, never asserted here, so hypothesis's per-example deadline is
off (a loaded 2-core CI machine would otherwise fail a correct property). Under CI (``CI`` set)
examples are derandomized: the same examples every run, so a red CI is always reproducible.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

pytest_plugins = ["interview_sync.emulator.pytest_plugin"]

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")
