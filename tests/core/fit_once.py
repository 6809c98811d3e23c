"""One fit of ``bench/fit_detect_weights.py`` per test process, for the tests that read it.

The fit reads every tuning event's features and words, scores each event's words with a table
fitted without its round (one table per round, ~70) and fits the weights: over a minute on CI's
machine. Six tests read that same result; each computing it anew was most of ten minutes of the
suite. They share this module's one computation (and one ``xdist_group``, ``GROUP``, so that
under pytest-xdist they run on one worker and it is computed once). The results are read-only:
a test that changed them would change the others' input. ``test_the_fit_is_reproducible``
still fits a second time from scratch and compares."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
GROUP = pytest.mark.xdist_group("tuning-fit")


@functools.cache
def script() -> Any:
    """The fitting script, loaded as a module (it is a script in bench/, not a package)."""
    spec = importlib.util.spec_from_file_location("fit_detect_weights",
                                                  ROOT / "bench" / "fit_detect_weights.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def tune_rows() -> tuple[Any, ...]:
    """``word_rows("tune")``: (features, words, is-interview, round) per event past the first look."""
    return tuple(script().word_rows("tune"))


@functools.cache
def cross_fitted() -> tuple[float, ...]:
    """Each tuning row's words scored by a table fitted without its round."""
    return tuple(script().cross_fitted(list(tune_rows())))


@functools.cache
def stacked() -> tuple[list[float], dict[str, float]]:
    """``fit_stacked`` on the tuning rows, words enabled: the weights and the word table the
    script ships."""
    weights, table = script().fit_stacked(list(tune_rows()), enabled=True)
    return weights, table
