"""What the daemon does not keep for its whole life: the source lines a library caches at import.

pyparsing (imported under the Google client, through httplib2) reads its own source into
``linecache`` when it loads; ``open_engine`` drops that cache once the engine is built
(round 18, docs/architecture.md). The real engine against the emulator over loopback.
"""

from __future__ import annotations

import linecache

from engine_world import START, WorldFactory

from interview_sync.config.loader import load_settings
from interview_sync.engine.wiring import open_engine


def test_opening_the_engine_drops_source_lines_cached_at_import(world: WorldFactory) -> None:
    w = world()
    settings = load_settings(w.config)
    assert linecache.getline(__file__, 1)  # a source read into the cache, as an import leaves one
    assert __file__ in linecache.cache
    with open_engine(settings) as engine:
        assert __file__ not in linecache.cache
        assert engine.cycle(START).full_sync  # the engine works without the cache
    # a traceback logged later reads again what it needs
    assert linecache.getline(__file__, 1).startswith('"""')
