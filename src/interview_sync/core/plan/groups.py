"""What the planner decides per company rather than per interview.

Owns: ``earlier_wishes`` ("wish I had said" carried forward to the same company's later
interviews), ``reference_briefs`` (which interview briefs which reference: once per company, and
again for its first final/onsite round) and ``later_rounds`` (a later interview with the same
company means the employer got back, so the earlier check-in is moot). Groups come from
``items.company_group``; every list is in (start, end, key) order. Pure.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime

from interview_sync.core.model import Interview, LedgerEntry, PlanSettings, Step, UserNotes
from interview_sync.core.plan.items import action_key, is_final_stage

__all__ = ["earlier_wishes", "later_rounds", "reference_briefs"]


def earlier_wishes(groups: Mapping[str, list[Interview]],
                   notes: Mapping[str, UserNotes]) -> dict[str, tuple[str, ...]]:
    """Per interview: the "wish I had said" items of the same company's earlier interviews."""
    found: dict[str, tuple[str, ...]] = {}
    for members in groups.values():
        carried: dict[str, None] = {}  # an ordered set: first mention wins
        for iv in members:  # already in start order
            found[iv.key] = tuple(carried)
            mine = notes.get(iv.key)
            for wish in mine.wish_i_had_said if mine is not None else ():
                if wish.strip():
                    carried.setdefault(wish.strip(), None)
    return found


def reference_briefs(groups: Mapping[str, list[Interview]], finishes: Mapping[str, datetime],
                     ledger: Mapping[str, LedgerEntry], settings: PlanSettings, *,
                     now: datetime, horizon: datetime) -> dict[str, tuple[int, ...]]:
    """Per interview: which configured references (by index) get a briefing on it.

    Per company and reference: every interview that already has a briefing in the ledger keeps
    it (so it can still be updated), plus the first interview that ended within the backfill if
    the company has none yet, plus the first such final/onsite round if none of the briefed ones
    was final.
    """
    wanted: dict[str, set[int]] = defaultdict(set)
    for members in groups.values():
        by_end = sorted(members, key=lambda iv: (finishes[iv.key], iv.start, iv.key))
        fresh = [iv for iv in by_end if not iv.cancelled and horizon <= finishes[iv.key] <= now]
        for index, ref in enumerate(settings.references):
            briefed = [iv for iv in by_end
                       if action_key(iv.key, Step.REFERENCES, ref.email.lower()) in ledger]
            chosen = list(briefed)
            if not briefed and fresh:
                chosen.append(fresh[0])
            if not any(is_final_stage(iv) for iv in chosen):
                chosen += [iv for iv in fresh if is_final_stage(iv)][:1]
            for iv in chosen:
                wanted[iv.key].add(index)
    return {k: tuple(sorted(v)) for k, v in wanted.items()}


def later_rounds(groups: Mapping[str, list[Interview]]) -> dict[str, Interview]:
    """Per interview: a later interview with the same company (the employer got back), if any."""
    found: dict[str, Interview] = {}
    for name, members in groups.items():
        if not name.startswith("company:") or len(members) < 2:
            continue
        starts = [iv.start for iv in members]  # members are in start order
        for iv in members:
            at = bisect.bisect_left(starts, iv.end)
            later = next((m for m in members[at:] if m.key != iv.key), None)
            if later is not None:
                found[iv.key] = later
    return found
