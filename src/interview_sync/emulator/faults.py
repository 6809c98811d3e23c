"""Fault injection for the emulator: a compact SPEC string, parsed into rules, and a seeded plan.

SPEC grammar (clauses separated by ``;``, whitespace ignored)::

    SPEC    := CLAUSE (";" CLAUSE)*
    CLAUSE  := "seed=" INT                      # RNG seed for probabilistic rules (default 0)
             | TARGET ":" KIND (":" PARAM)*
    TARGET  := "*" | "token" | METHOD           # METHOD matches the end of a discovery method id:
                                                #   "drafts.create" = gmail.users.drafts.create,
                                                #   "events.list", "gmail.*", "calendar.*",
                                                #   "drafts.*" (every drafts method)
    KIND    := "400" | "413" | "429" | "403" | "403user" | "500" | "503"
             | "latency" | "reset" | "close" | "commit_drop"
             | "lockout" | "exhausted" | "usage403"   # Google's throttling as reported
             | "hold_before" | "hold_after"           # crash points for the crash suite
    PARAM   := "p=" FLOAT                       # probability per matching request (default 1)
             | "count=" INT                     # fire on at most INT matching requests
             | "after=" INT                     # let the first INT matching requests through
             | "retry_after=" INT               # Retry-After seconds on 429/403 (default 1)
             | "ms=" INT                        # latency to add (KIND latency; default 200)
             | "seconds=" INT                   # lockout length (KIND lockout; default 900)
             | "code=" INT                      # lockout status, 429 (default) or 403

Kinds: ``400`` answers badRequest "Invalid attachment" and ``413`` Google's HTML "Request Entity
Too Large" page (a message Gmail will not take); ``429`` and ``403`` answer rateLimitExceeded,
``403user`` userRateLimitExceeded (both with Retry-After); ``500``/``503`` answer backendError;
``latency`` sleeps then carries on; ``reset``
aborts the connection with a TCP RST before any response; ``close`` closes it cleanly (httplib2
silently resends once after a clean close, exactly as it would against Google); ``commit_drop``
performs the request, then resets the connection so the response is lost.

Throttling as Google really answers it (sources in docs/emulator.md), none with ``Retry-After``:
``lockout`` answers ``code`` (429 or 403) rateLimitExceeded "User-rate limit exceeded.  Retry
after <ISO time>" and keeps answering it, same time, to every request the rule targets until
``seconds`` have passed (taers232c/GAMADV-XTD3#337, bettergov/foiamail#36); ``exhausted`` answers
429 ``RESOURCE_EXHAUSTED`` "Resource has been exhausted (e.g. check quota)." with no
``errors[]``; ``usage403`` answers 403 usageLimits userRateLimitExceeded (Gmail's quota page).

Crash points: ``hold_before`` stops the matching request before it is carried out and
``hold_after`` after (the draft is stored, the answer not sent); either waits until the test
calls ``Emulator.release_held`` (or 60 s), then drops the connection with no answer. The crash
suite kills the client while it waits (``Emulator.wait_held``).

Example: ``"drafts.create:commit_drop:count=1;*:503:p=0.3;seed=7"``.
Rules are tried in order; the first that fires decides. ``latency`` rules stack with the rest.
"""

from __future__ import annotations

import math
import random
import threading
import time
from dataclasses import dataclass, field

__all__ = ["KINDS", "Fault", "FaultPlan", "FaultSpec", "FaultSpecError", "parse_faults"]

KINDS = frozenset({"400", "413", "429", "403", "403user", "500", "503", "latency", "reset",
                   "close",
                   "commit_drop", "lockout", "exhausted", "usage403", "hold_before",
                   "hold_after"})


class FaultSpecError(ValueError):
    """A fault SPEC string that does not parse; the message names the clause."""



def lock_end_after(seconds: float) -> float:
    """A lockout's end, ``seconds`` from now, on a whole millisecond: the "Retry after" stamp
    names milliseconds, so a client that waits exactly until it must find the lock over (an end
    between two milliseconds made the stamp up to 1 ms early and the retry a second 403)."""
    return math.ceil((time.time() + seconds) * 1000) / 1000

@dataclass(frozen=True, slots=True, kw_only=True)
class Fault:
    """One rule: which requests it targets, what it does, and how often."""

    target: str
    kind: str
    p: float = 1.0
    count: int | None = None
    after: int = 0
    retry_after: int = 1
    ms: int = 200
    seconds: int = 900
    code: int = 429

    def matches(self, method_id: str) -> bool:
        if self.target == "*":
            return True
        if self.target.endswith(".*"):  # "gmail.*", or a resource: "drafts.*"
            prefix = self.target[:-1]
            return method_id.startswith(prefix) or f".{prefix}" in method_id
        return method_id == self.target or method_id.endswith("." + self.target)


@dataclass(frozen=True, slots=True, kw_only=True)
class FaultSpec:
    """A parsed SPEC: ordered rules plus the RNG seed."""

    rules: tuple[Fault, ...] = ()
    seed: int = 0
    text: str = ""


def parse_faults(text: str) -> FaultSpec:
    """Parse a SPEC string (grammar in the module docstring)."""
    rules: list[Fault] = []
    seed = 0
    for raw in text.split(";"):
        clause = "".join(raw.split())
        if not clause:
            continue
        if clause.startswith("seed="):
            try:
                seed = int(clause[5:])
            except ValueError:
                raise FaultSpecError(f"fault clause {clause!r}: seed must be an integer") from None
            continue
        parts = clause.split(":")
        if len(parts) < 2:
            raise FaultSpecError(f"fault clause {clause!r}: expected TARGET:KIND[:PARAM...]")
        target, kind, params = parts[0], parts[1], parts[2:]
        if kind not in KINDS:
            known = ", ".join(sorted(KINDS))
            raise FaultSpecError(f"fault clause {clause!r}: unknown kind {kind!r} (one of {known})")
        values: dict[str, float] = {}
        for param in params:
            name, eq, value = param.partition("=")
            if not eq or name not in {"p", "count", "after", "retry_after", "ms", "seconds",
                                     "code"}:
                raise FaultSpecError(f"fault clause {clause!r}: bad parameter {param!r}")
            try:
                values[name] = float(value)
            except ValueError:
                raise FaultSpecError(f"fault clause {clause!r}: {name} needs a number") from None
        p = values.get("p", 1.0)
        if not 0.0 <= p <= 1.0:
            raise FaultSpecError(f"fault clause {clause!r}: p must be within 0..1")
        rules.append(Fault(
            target=target or "*", kind=kind, p=p,
            count=int(values["count"]) if "count" in values else None,
            after=int(values.get("after", 0)), retry_after=int(values.get("retry_after", 1)),
            ms=int(values.get("ms", 200)), seconds=int(values.get("seconds", 900)),
            code=int(values.get("code", 429))))
    return FaultSpec(rules=tuple(rules), seed=seed, text=text)


@dataclass(slots=True)
class FaultPlan:
    """The live plan: per-rule counters and one seeded RNG, so a run is reproducible."""

    spec: FaultSpec = field(default_factory=FaultSpec)
    _seen: list[int] = field(default_factory=list)
    _fired: list[int] = field(default_factory=list)
    _rng: random.Random = field(default_factory=random.Random)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # An active lockout: (the rule, when it ends as time.time()); every request it targets is
    # refused with the same end time until then.
    locked: tuple[Fault, float] | None = None

    @classmethod
    def of(cls, spec: str | FaultSpec | None) -> FaultPlan:
        if spec is None:
            parsed = FaultSpec()
        elif isinstance(spec, str):
            parsed = parse_faults(spec)
        else:
            parsed = spec
        n = len(parsed.rules)
        return cls(spec=parsed, _seen=[0] * n, _fired=[0] * n, _rng=random.Random(parsed.seed))

    def lock_end(self) -> float | None:
        """When the active lockout ends (``time.time()``), or None."""
        with self._lock:
            return self.locked[1] if self.locked is not None else None

    def decide(self, method_id: str) -> tuple[int, Fault | None]:
        """Return (latency ms to add, the fault that fires or None) for one request."""
        latency = 0
        with self._lock:
            if self.locked is not None:
                rule, until = self.locked
                if time.time() >= until:
                    self.locked = None
                elif rule.matches(method_id):
                    return 0, rule
            for i, rule in enumerate(self.spec.rules):
                if not rule.matches(method_id):
                    continue
                self._seen[i] += 1
                if self._seen[i] <= rule.after:
                    continue
                if rule.count is not None and self._fired[i] >= rule.count:
                    continue
                if rule.p < 1.0 and self._rng.random() >= rule.p:
                    continue
                self._fired[i] += 1
                if rule.kind == "latency":
                    latency += rule.ms
                    continue
                if rule.kind == "lockout":
                    self.locked = (rule, lock_end_after(rule.seconds))
                return latency, rule
        return latency, None
