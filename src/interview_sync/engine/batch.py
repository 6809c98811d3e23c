"""Judging a calendar batch: each event's verdict, worked out while the next page downloads.

Owns ``Detection`` (one event's verdict for the cycle's report), ``BatchContext`` (what every
verdict of one batch depends on: the interviews already known, the user's decisions, who the
user is), ``judge`` (one event → its verdict: what to store, what to report; it reads the event
and the context only - no store, no logging, no clock) and ``PageJudge`` (the verdicts of a
multi-page sync, judged in a worker thread page by page while the calendar adapter downloads
the next page).

Why a thread: a first sync is download, then judgement. Downloading a page is mostly waiting on
the network (Google builds and sends 2,500 events), during which the interpreter is free;
judging 10,000 events is ~0.5 s of CPU (detection). Judging page *n* while page *n + 1*
downloads hides all but the last page's judgement behind the download. Only a sync of more
than one page starts the thread (``google.calendar`` hands over every page but the last), so an
idle or ordinary poll runs exactly as before, on the caller's thread.

What stays the same: the verdicts are applied (stored, reported, logged) by the caller on its
own thread, in calendar order, after the download; the store is never touched by the worker.
The worker's verdicts are used only for the events the returned batch holds, at the same
positions (the very same objects); anything else - a 410 resync that restarted the listing,
a page the adapter never handed over - is judged again on the caller's thread. Detection is
pure and deterministic, so where an event is judged changes nothing. When the download fails
the worker is stopped and joined before the error goes on: no thread outlives a sync.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from interview_sync.core.detect.confidence import assess_event, confirmed_interview
from interview_sync.core.model import Interview

__all__ = ["BatchContext", "Detection", "PageJudge", "Verdict", "judge"]

_DECLINED = "declined"
_RETRACTED = frozenset({"cancelled", "no longer an interview"})
# The worker lets the downloading thread run after this many events: a thread that waits on the
# network needs the interpreter back to read each chunk, and would otherwise wait out the
# interpreter's switch interval (5 ms) every time.
_YIELD_EVERY = 8


class Detection(NamedTuple):
    """One event's verdict this cycle, for the demo and ``--dry-run`` output.

    A named tuple, immutable like a frozen dataclass but built in a fraction of the time: a
    first sync makes one for every event of the calendar (10,000 cost ~50 ms as a dataclass)."""

    event_id: str
    summary: str
    interview: Interview | None
    change: str  # "new", "moved", "cancelled", "unchanged", "ignored", "no longer an interview"
    tier: str = ""  # "confident", "unsure" or "below" (detect.confidence); "" when not assessed
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()  # detect.confidence's explanation, for status --all


class Verdict(NamedTuple):
    """What to do with one event: ``save`` it (an interview, or a known one now cancelled) and
    report ``detection``; or, when judging it raised, log ``error`` and skip it. ``found``: the
    event was judged an interview (its guests with unusable addresses are logged)."""

    event: Any
    event_id: str
    detection: Detection | None
    save: Interview | None
    found: bool = False
    error: Exception | None = None


@dataclass(frozen=True, slots=True)
class BatchContext:
    """What every verdict of one batch reads (read-only while the batch is judged)."""

    known: Mapping[str, Interview]  # the calendar's stored interviews by event id
    decisions: Mapping[str, str]  # the user's confirm/ignore by event id
    calendar_id: str
    me: str
    my_domains: tuple[str, ...]


def judge(event: Any, ctx: BatchContext) -> Verdict:
    """``event``'s verdict; an error judging it is returned, never raised."""
    event_id = str(event.get("id") or "") if isinstance(event, dict) else ""
    try:
        detection, save = _judge(event, event_id, ctx)
    except Exception as error:  # a malformed event must never stop the others
        return Verdict(event, event_id, None, None, error=error)
    return Verdict(event, event_id, detection, save, found=save is not None and not (
        detection is not None and detection.change in _RETRACTED))


def _judge(event: Any, event_id: str, ctx: BatchContext) -> tuple[Detection | None,
                                                                  Interview | None]:
    known = ctx.known.get(event_id) if event_id else None
    if isinstance(event, dict):
        summary = str(event.get("summary") or "")
        gone = event.get("status") == "cancelled" or _self_declined(event, ctx.me)
    else:
        summary, gone = "", False
    decision = ctx.decisions.get(event_id) if event_id and ctx.decisions else None
    tier, confidence = "", 0.0
    evidence: tuple[str, ...] = ()
    if gone or decision == "ignore":
        interview = None
    elif decision == "confirm":
        interview = confirmed_interview(event, ctx.me, calendar_id=ctx.calendar_id,
                                        my_domains=ctx.my_domains)
        tier, confidence = "confident", 1.0
    else:
        judged = assess_event(event, ctx.me, calendar_id=ctx.calendar_id,
                              my_domains=ctx.my_domains)
        interview, tier, confidence = judged.interview, judged.tier, judged.confidence
        # Most of a calendar has no evidence at all (the first look let it out).
        evidence = tuple(judged.explain()) if judged.evidence or judged.phrases else ()
    if interview is None:
        if known is None or known.cancelled:
            return (Detection(event_id, summary, None, "ignored", tier, confidence, evidence)
                    if summary else None), None
        # A known interview was cancelled, declined, or edited into something else.
        retracted = replace(known, cancelled=True)
        change = "cancelled" if gone else "no longer an interview"
        return Detection(event_id, summary or known.title, retracted, change), retracted
    if known is None:
        change = "new"
    elif known.cancelled:
        change = "restored"
    elif (known.start, known.end) != (interview.start, interview.end):
        change = "moved"
    else:
        change = "unchanged"
    return Detection(event_id, summary, interview, change, tier, confidence, evidence), interview


def _self_declined(event: dict[str, Any], me: str) -> bool:
    attendees = event.get("attendees")
    if not isinstance(attendees, list):
        return False
    me = me.lower()
    for attendee in attendees:
        # (the address is lower-cased only for a guest not marked as the user: runs on every
        # event of a first sync)
        if isinstance(attendee, dict) and (attendee.get("self") is True or (
                me and str(attendee.get("email") or "").lower() == me)):
            return attendee.get("responseStatus") == _DECLINED
    return False


class PageJudge:
    """Judges the pages a sync hands over (``page``) in a worker thread; ``finish`` returns
    the verdict of every event of the batch, in order; ``abandon`` stops after a failure.

    The worker starts with the first page handed over, so a one-page sync never starts it."""

    def __init__(self, ctx: BatchContext) -> None:
        self._ctx = ctx
        self._pages: queue.SimpleQueue[list[Any] | None] = queue.SimpleQueue()
        self._verdicts: list[Verdict] = []
        self._thread: threading.Thread | None = None
        self._stop = False
        self._crash: BaseException | None = None

    def page(self, events: list[Any]) -> None:
        """A downloaded page (the sync goes on to the next one meanwhile)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="interview-sync-judge",
                                            daemon=True)
            self._thread.start()
        self._pages.put(events)

    def finish(self, events: Sequence[Any]) -> list[Verdict]:
        """Every event's verdict, in order: the worker's where it judged that very event at
        that position, judged here otherwise."""
        self._join()
        if self._crash is not None:
            raise self._crash
        done = self._verdicts
        agree = 0
        for verdict, event in zip(done, events, strict=False):
            if verdict.event is not event:
                break
            agree += 1
        ctx = self._ctx
        return [*done[:agree], *(judge(event, ctx) for event in events[agree:])]

    def abandon(self) -> None:
        """Stop the worker (the download failed) and wait for it; its verdicts are dropped."""
        self._stop = True
        self._join()

    def _join(self) -> None:
        if self._thread is not None:
            self._pages.put(None)
            self._thread.join()
            self._thread = None

    def _work(self) -> None:
        ctx, out = self._ctx, self._verdicts
        try:
            while (events := self._pages.get()) is not None:
                for index, event in enumerate(events):
                    if self._stop:
                        return
                    out.append(judge(event, ctx))
                    if index % _YIELD_EVERY == 0:
                        time.sleep(0)  # let the download read its next chunk (see above)
        except BaseException as crash:  # e.g. MemoryError: the caller raises it
            self._crash = crash
