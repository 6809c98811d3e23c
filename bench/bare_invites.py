"""How the plainest real invites score: a title, the interviewer's calendar, a line of text.

Many interviews reach a calendar as nothing more than "Northwind - Onsite interview" from the
hiring manager's own Google Calendar, with one sentence or none. They carry little evidence, so
they sit near the draft line (0.70), and the learned word table (refitted each round from the
labelled sets) moves them: round 19's start refit took "We'll get back to you within a week."
under "Northwind - Onsite interview" from 0.73 (drafted) to 0.63 (asked). This script prints
the confidence and tier of a grid of such invites (titles × texts × who organises), and how
many are drafted for, asked about or left alone, so each round's figure can be compared with
the last (bench/RESULTS.md). The grid is synthetic on purpose: it is the shape, not the words,
being watched; the labelled sets judge accuracy.

Run: PYTHONPATH=src .venv/bin/python bench/bare_invites.py [-v]
"""

from __future__ import annotations

import sys
from collections import Counter

from interview_sync.core.detect.confidence import assess_event

ME = "pat.lee@example.com"
TITLES = ("Northwind - Onsite interview", "Interview with Northwind", "Phone screen - Northwind",
          "Northwind: Technical interview", "Video interview – Northwind",
          "Hiring manager interview (Northwind)", "Second interview at Northwind",
          "Final interview - Northwind")
TEXTS = ("", "We'll get back to you within a week.", "Looking forward to speaking with you.",
         "Please arrive 10 minutes early and bring ID.")
ORGANISERS = {"the interviewer": "kim@northwind.com", "a recruiting mailbox": "recruiting@northwind.com",
              "the user (a copy)": ME}


def event(title: str, text: str, organiser: str) -> dict[str, object]:
    return {"id": "bare", "status": "confirmed", "summary": title, "description": text,
            "start": {"dateTime": "2026-03-02T10:00:00-06:00"},
            "end": {"dateTime": "2026-03-02T11:00:00-06:00"}, "organizer": {"email": organiser},
            "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                          {"email": "kim@northwind.com", "displayName": "Kim Ng",
                           "responseStatus": "accepted"}]}


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    tiers: Counter[str] = Counter()
    by_organiser: dict[str, Counter[str]] = {}
    for who, organiser in ORGANISERS.items():
        counts = by_organiser.setdefault(who, Counter())
        for title in TITLES:
            row = []
            for text in TEXTS:
                judged = assess_event(event(title, text, organiser), ME)
                tiers[judged.tier] += 1
                counts[judged.tier] += 1
                row.append(f"{judged.confidence:.2f} {judged.tier[:4]}")
            if verbose:
                print(f"  {who:20s} {title:38s} " + " | ".join(row))
    total = sum(tiers.values())
    for who, counts in by_organiser.items():
        n = sum(counts.values())
        print(f"organised by {who}: {counts['confident']}/{n} drafted for, "
              f"{counts['unsure']}/{n} asked, {n - counts['confident'] - counts['unsure']}/{n} "
              "left alone")
    print(f"FIGURE name=bare_invites_drafted value={tiers['confident']}/{total} unit=- "
          "target=- pass=-")


if __name__ == "__main__":
    main(sys.argv[1:])
