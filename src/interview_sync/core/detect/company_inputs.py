"""What extraction hands ``company_of`` from the invite's people: domains and names.

Owns ``employer_domains`` (the employer-looking domains, best first: the organiser's, then the
guests' by frequency, a search firm's after its client's, else the addresses the description
gives) and ``person_names`` (the names, and the parts of human names, that must not be taken
for a company). Split from ``classify`` (past the size guideline), whose extraction step calls
them. Pure; no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping
from typing import Any

from interview_sync.core.bounds import DETECT_WINDOW
from interview_sync.core.detect.addresses import (
    domain_of,
    is_agency_domain,
    is_free_mail,
    is_machine_address,
    is_platform_domain,
    is_tool_domain,
)
from interview_sync.core.detect.company_clues import names_domain
from interview_sync.core.detect.sides import not_a_name
from interview_sync.core.text import text_of

__all__ = ["employer_domains", "person_names"]

# dict first: JSON gives dicts, and an ABC isinstance check is slow on the hot path.
_MAP = (dict, Mapping)


def employer_domains(
    organizer_email: str, organizer_self: bool, attendees: list[Any], me: str, *,
    mine: Collection[str], description: str,
) -> list[str]:
    """Employer-looking domains, best first: the organiser's, then the guests' by frequency."""

    def usable(email: str) -> str:
        domain = domain_of(email)
        calendar_system = domain.endswith("google.com") and "calendar" in email
        if (not domain or email == me or domain in mine or is_free_mail(domain)
                or is_tool_domain(domain) or is_platform_domain(domain) or calendar_system):
            return ""
        return domain

    out: list[str] = []
    if organizer_email and not organizer_self:
        domain = usable(organizer_email)
        if domain:
            out.append(domain)
    counts: Counter[str] = Counter()
    for entry in attendees:
        if isinstance(entry, _MAP) and entry.get("self") is not True \
                and entry.get("resource") is not True:
            email = text_of(entry.get("email")).strip().lower()
            domain = usable(email)
            if domain and not is_machine_address(email):
                counts[domain] += 1
    out += [d for d, _ in counts.most_common() if d not in out]
    # A search firm recruits for the company whose people are also invited: theirs comes first.
    if len(out) > 1:
        out.sort(key=is_agency_domain)
    if not out and description:
        for match in re.finditer(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)", description[:DETECT_WINDOW]):
            domain = usable(match.group(0).lower())
            if domain and domain not in out:
                out.append(domain)
    return out


def person_names(
    people: tuple[Any, ...], names: tuple[str, ...], user_names: set[str], domains: list[str]
) -> set[str]:
    """Lower-cased names (and, for humans, their parts) that must not be taken for a company."""
    stems = {d.split(".")[0] for d in domains}
    # "Bellweather Bakery" as a display name is the business, not a person to keep out.
    out = {name for name in names if not not_a_name(name)} | user_names
    for name in list(user_names) + [p.name.lower() for p in people if p.role == "interviewer"]:
        if not_a_name(name) or names_domain(name, domains):
            continue
        for part in name.split():
            if len(part) > 1 and part not in stems:
                out.add(part)
    return out
