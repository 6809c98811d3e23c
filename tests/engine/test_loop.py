"""The service loop's timing: wake at the next due moment, back off on Google errors, catch up
after a suspend, stop for a human on a dead token. A fake clock and a scripted engine are handed
to ``run_loop`` (its parameters), so no test waits in real time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from interview_sync.core.model import Plan
from interview_sync.engine.cycle import CycleReport
from interview_sync.engine.daemon import LoopConfig, run_loop
from interview_sync.errors import AuthError, RemoteError

T0 = datetime(2026, 6, 10, 15, 0, tzinfo=UTC)


@dataclass
class FakeClock:
    now: datetime = T0
    slept: list[float] = field(default_factory=list)

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += timedelta(seconds=seconds)


@dataclass
class Meta:
    values: dict[str, str] = field(default_factory=dict)

    def set_meta(self, name: str, value: str) -> None:
        self.values[name] = value


@dataclass
class ScriptedEngine:
    """Each cycle runs the next step of ``script``: a Plan's next_due, or an error to raise."""

    script: list[Callable[[datetime], Any]]
    store: Meta = field(default_factory=Meta)
    cycles: list[datetime] = field(default_factory=list)

    def cycle(self, now: datetime, *, polled_at: datetime | None = None,
              should_stop: Callable[[], bool] = lambda: False) -> CycleReport:
        self.cycles.append(now)
        step = self.script[min(len(self.cycles) - 1, len(self.script) - 1)]
        outcome = step(now)
        if isinstance(outcome, Exception):
            raise outcome
        return CycleReport(now=now, plan=Plan(next_due=outcome))


def idle(now: datetime) -> None:
    return None


@dataclass
class Recorder:
    events: list[str] = field(default_factory=list)

    def ready(self) -> None:
        self.events.append("ready")

    def status(self, text: str) -> None:
        self.events.append(f"status:{text}")

    def watchdog(self) -> None:
        self.events.append("watchdog")

    def stopping(self) -> None:
        self.events.append("stopping")


def _run(engine: ScriptedEngine, clock: FakeClock, *, cycles: int, poll: float = 300,
         notifier: Recorder | None = None) -> int:
    return run_loop(engine, config=LoopConfig(poll_seconds=poll, tick_seconds=30),
                    stop=threading.Event(), clock=clock, sleep=clock.sleep,
                    notifier=notifier, max_cycles=cycles)


def test_it_wakes_at_the_next_due_moment_not_the_next_poll() -> None:
    clock = FakeClock()
    end = T0 + timedelta(seconds=42)
    engine = ScriptedEngine([lambda now: end, idle])
    _run(engine, clock, cycles=2)
    assert engine.cycles[1] - end <= timedelta(seconds=1)
    assert engine.cycles[1] >= end


def test_idle_cycles_are_a_poll_interval_apart_in_ticks_that_feed_the_watchdog() -> None:
    clock = FakeClock()
    recorder = Recorder()
    engine = ScriptedEngine([idle])
    _run(engine, clock, cycles=3, notifier=recorder)
    gaps = [(b - a).total_seconds() for a, b in zip(engine.cycles, engine.cycles[1:], strict=False)]
    assert gaps == [300.0, 300.0]
    assert max(clock.slept) <= 30
    assert recorder.events[0] == "ready" and recorder.events[-1] == "stopping"
    assert recorder.events.count("watchdog") >= 20


def test_a_failed_cycle_backs_off_honouring_retry_after_but_never_past_a_poll() -> None:
    clock = FakeClock()
    error = RemoteError("backendError", status=503, retry_after=45.0)
    engine = ScriptedEngine([lambda now: error, lambda now: error, idle])
    _run(engine, clock, cycles=3, poll=60)
    first_gap = (engine.cycles[1] - engine.cycles[0]).total_seconds()
    assert 45.0 <= first_gap <= 60.0
    assert "retrying" in engine.store.values["last_error"]


def test_after_a_suspend_it_catches_up_at_once() -> None:
    clock = FakeClock()
    engine = ScriptedEngine([idle])

    def suspend_then_sleep(seconds: float) -> None:
        if len(clock.slept) == 0:
            clock.now += timedelta(hours=3)  # the lid closed mid-sleep
        clock.sleep(seconds)

    run_loop(engine, config=LoopConfig(poll_seconds=300, tick_seconds=30),
             stop=threading.Event(), clock=clock, sleep=suspend_then_sleep, max_cycles=2)
    # One tick after waking it notices the wall clock is past the deadline: no 300 s wait.
    assert (engine.cycles[1] - engine.cycles[0]) < timedelta(hours=3, seconds=31)
    assert len(clock.slept) == 1


def test_a_dead_token_stops_with_78_and_says_what_to_do() -> None:
    clock = FakeClock()
    told: list[AuthError] = []
    engine = ScriptedEngine([lambda now: AuthError(
        "Google refused the saved authorization (invalid_grant)",
        remedy="run `interview-sync auth`")])
    code = run_loop(engine, config=LoopConfig(poll_seconds=300), stop=threading.Event(),
                    clock=clock, sleep=clock.sleep, on_auth_error=told.append)
    assert code == 78
    assert engine.store.values["needs_human"] == "run `interview-sync auth`"
    assert len(told) == 1 and len(engine.cycles) == 1


def test_stop_ends_the_loop_with_0() -> None:
    stop = threading.Event()
    clock = FakeClock()

    def stop_after_first(now: datetime) -> None:
        stop.set()

    engine = ScriptedEngine([stop_after_first])
    code = run_loop(engine, config=LoopConfig(poll_seconds=300), stop=stop, clock=clock,
                    sleep=clock.sleep)
    assert code == 0 and len(engine.cycles) == 1
