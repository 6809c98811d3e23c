"""The service's loop: cycles of the engine, and the sleeps, back-offs and stops between them.

Owns: ``run_loop`` (sleep until the next poll or the next due moment, whichever is first; catch
up after sleep or downtime; back off on Google errors, honouring Retry-After; stop cleanly on
SIGTERM; exit 78 when a human must act), ``LoopConfig``, ``Notifier`` (sd_notify's calls) and
``stop_on_signals``. One cycle is ``engine.cycle``'s. It reads the wall clock, and is with
``engine.cycle``, ``cli`` and ``commands`` among the only modules that do.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from interview_sync.engine.cycle import CycleReport
from interview_sync.errors import AuthError, ConfigError, RemoteError

__all__ = ["CycleRunner", "LoopConfig", "Notifier", "run_loop", "stop_on_signals"]

log = logging.getLogger(__name__)


class Notifier(Protocol):
    """sd_notify and friends; a no-op outside systemd."""

    def ready(self) -> None: ...
    def status(self, text: str) -> None: ...
    def watchdog(self) -> None: ...
    def stopping(self) -> None: ...


class _NullNotifier:
    def ready(self) -> None: ...
    def status(self, text: str) -> None: ...
    def watchdog(self) -> None: ...
    def stopping(self) -> None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class LoopConfig:
    poll_seconds: float
    max_backoff: float = 64.0 * 5
    tick_seconds: float = 30.0  # longest single sleep: wall-clock jumps (suspend) are noticed


class CycleRunner(Protocol):
    """What the loop drives: an ``Engine`` (a test may pass any object with these)."""

    store: Any

    def cycle(self, now: datetime, *, polled_at: datetime | None = None,
              should_stop: Callable[[], bool] = ...) -> CycleReport: ...


def run_loop(
    engine: CycleRunner,
    *,
    config: LoopConfig,
    stop: threading.Event,
    notifier: Notifier | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    sleep: Callable[[float], object] | None = None,
    on_auth_error: Callable[[AuthError], object] = lambda error: None,
    max_cycles: int | None = None,
    explain: Callable[[str], str] = lambda remedy: remedy,
) -> int:
    """Run cycles until ``stop`` is set. Returns the exit code (0, or 78 when a human must act).

    After each cycle it sleeps until the next poll or the plan's next due moment, whichever
    comes first; a Google failure of the whole cycle backs off (honouring Retry-After, never
    longer than a poll interval). ``clock`` and ``sleep`` are the wall clock and
    ``stop.wait`` unless a test passes its own; ``explain`` adapts a refused grant's remedy to
    how this installation gets its token.
    """
    notify = notifier or _NullNotifier()
    pause = sleep or stop.wait
    notify.ready()
    failures = 0
    cycles = 0

    def between_actions() -> bool:
        # A long cycle (many actions, each with its own retries) must not look hung to
        # systemd's watchdog; the same hook lets SIGTERM end the cycle after the call in flight.
        notify.watchdog()
        return stop.is_set()

    while not stop.is_set():
        now = clock()
        wait = float(config.poll_seconds)
        try:
            report = engine.cycle(now, polled_at=now, should_stop=between_actions)
            failures = 0
            done = sum(1 for o in report.outcomes
                       if o.result not in {"failed", "unchanged", "waiting"})
            notify.status(f"last poll {now:%H:%M:%S}Z: {len(report.outcomes)} actions, "
                          f"{done} done, {len(report.failed)} failed")
            acted = [o for o in report.outcomes if o.result != "waiting"]  # held: said once
            if acted:
                log.info("cycle: %d actions (%d failed)", len(acted), len(report.failed))
            if report.plan.next_due is not None:
                until_due = (report.plan.next_due - clock()).total_seconds()
                wait = max(0.5, min(wait, until_due + 0.5))
        except AuthError as error:
            remedy = explain(error.remedy)  # e.g. the system unit's way to a new token
            engine.store.set_meta("last_error", f"auth: {error.message}")
            engine.store.set_meta("needs_human", remedy or error.message)
            notify.status(f"stopped: {error.message} What to do: {remedy}")
            log.critical("%s What to do: %s", error.message, remedy)
            on_auth_error(error)
            notify.stopping()
            return error.exit_code
        except ConfigError:
            notify.stopping()
            raise
        except RemoteError as error:
            failures += 1
            hint = error.retry_after or 0.0
            backoff = min(config.max_backoff, (2 ** min(failures, 10)) + random.uniform(0, 1))
            wait = min(float(config.poll_seconds), max(hint, backoff))
            engine.store.set_meta("last_error", f"{error.message} (retrying in {wait:.0f} s)")
            notify.status(f"Google error, retrying in {wait:.0f} s: {error.message}")
            log.warning("cycle failed: %s; retrying in %.0f s", error.message, wait)
        cycles += 1
        if max_cycles is not None and cycles >= max_cycles:
            break
        _sleep_until(clock() + timedelta(seconds=wait), stop=stop, clock=clock, notify=notify,
                     tick=config.tick_seconds, pause=pause)
    notify.stopping()
    return 0


def _sleep_until(deadline: datetime, *, stop: threading.Event, clock: Callable[[], datetime],
                 notify: Notifier, tick: float, pause: Callable[[float], object]) -> None:
    """Sleep in short ticks against the wall clock, so a laptop's suspend is caught up at once."""
    while not stop.is_set():
        remaining = (deadline - clock()).total_seconds()
        if remaining <= 0:
            return
        notify.watchdog()
        pause(min(remaining, tick))


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM/SIGINT set ``stop``; the call in flight finishes, then the loop ends with 0."""
    import signal

    def handler(signum: int, frame: object) -> None:
        log.info("signal %d: finishing the call in flight, then stopping", signum)
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
