"""Heavy libraries stay off the import path until they are needed (issue #15: import time)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"],
                         check=True, capture_output=True, text=True).stdout
    return set(out.split())


def test_the_timeline_reader_imports_without_the_holidays_library() -> None:
    loaded = _modules_after("import interview_sync.core.timeline.extract")
    assert "interview_sync.core.timeline.businessdays" in loaded
    assert "holidays" not in loaded


def test_the_holidays_library_loads_when_a_holiday_is_needed() -> None:
    loaded = _modules_after(
        "from datetime import date\n"
        "from interview_sync.core.timeline.businessdays import is_business_day\n"
        "assert not is_business_day(date(2026, 12, 25), country='GB')")
    assert "holidays" in loaded


def test_holidays_are_still_skipped_in_process() -> None:
    from interview_sync.core.timeline.businessdays import is_business_day, next_business_day

    assert not is_business_day(date(2026, 12, 25), country="DE")
    assert next_business_day(date(2026, 12, 24), country="DE") == date(2026, 12, 28)


def test_the_learned_word_table_loads_on_first_use_not_at_import() -> None:
    # ~1,700 fitted words and the lexicon's concept tables: the daemon's start and every short
    # command would pay for them; the first event past detection's first look does instead.
    loaded = _modules_after("import interview_sync.core.detect.confidence")
    assert "interview_sync.core.detect.wording_weights" not in loaded
    loaded = _modules_after(
        "from interview_sync.core.detect.confidence import assess_event\n"
        "e = {'summary': 'Phone screen', 'start': {'dateTime': '2026-06-10T10:00:00Z'},\n"
        "     'end': {'dateTime': '2026-06-10T11:00:00Z'}, 'organizer': {'email': 'k@nw.com'}}\n"
        "assess_event(e, 'pat@gmail.com')")
    assert "interview_sync.core.detect.wording_weights" in loaded
