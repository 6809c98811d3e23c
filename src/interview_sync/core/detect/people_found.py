"""The people found on an invite so far, while ``people.people_of`` reads it.

Owns ``Gathered`` (the people found, keyed by address or ``name:...``, with the names seen, the
guests who declined, the organisations the invite names and the agencies writing for a client;
``merge`` fills what a known person lacks, ``unwanted`` and ``names_organisation`` say who is
never thanked) and ``plausible_address`` (one mailbox a draft can be written to). Shared by
``people`` (the guest list, the organiser, a hidden list's description, the title) and
``people_beside_guests`` (what the description adds beside a visible list); split from
``people`` in round 21. Pure; no I/O.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from interview_sync.core.address import is_mail_address
from interview_sync.core.detect.addresses import domain_of, is_machine_address, registrable_label
from interview_sync.core.detect.people_names import is_organisation
from interview_sync.core.detect.schedule import PersonDraft
from interview_sync.core.detect.spelling import squash

__all__ = ["Gathered", "plausible_address"]


# One mailbox, by the project's one validator (core.address). Google validates addresses, but
# an imported or hand-edited event can carry "kim@x\r\nBcc: ..." or "ann@acme.example."; such a
# guest gets no draft at all (one that could never be rendered would fail on every cycle).
def plausible_address(email: str) -> bool:
    return is_mail_address(email)


@dataclass(slots=True)
class Gathered:
    """The people found so far, keyed by address (or ``name:...`` for a name without one)."""

    me: str
    my_domains: Collection[str]
    drafts: dict[str, PersonDraft] = field(default_factory=dict)
    declined: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    interviewers_listed: int = 0
    # squashed names of the organisations on the invite (domains, the organiser's display
    # name): "your interview with Bracken Health" names the employer, not a person
    organisations: list[str] = field(default_factory=list)
    # domains the text shows to be an agency's writing for its client (``_agency_domains``)
    agencies: frozenset[str] = frozenset()
    title: str = ""
    guest_emails: set[str] = field(default_factory=set)  # the guest list's own addresses

    def unwanted(self, email: str) -> bool:
        """The user, someone who declined, a machine or a colleague of the user's."""
        return (email == self.me or email in self.declined or is_machine_address(email)
                or domain_of(email) in self.my_domains)

    def merge(self, key: str, draft: PersonDraft) -> None:
        """Add ``draft``, or fill what a known person lacks from it."""
        known = self.drafts.get(key)
        self.drafts[key] = draft if known is None else PersonDraft(
            email=known.email or draft.email, name=known.name or draft.name,
            title=known.title or draft.title,
            hiring_manager=known.hiring_manager or draft.hiring_manager,
        )

    def names_organisation(self, name: str, *, job: str | None = None,
                           cued: bool = False) -> bool:
        """Whether ``name`` is an organisation's on this invite (``people_names.is_organisation``
        with the organisations and the title found so far), not a person's."""
        return is_organisation(name, self.organisations, self.title, job=job, cued=cued)

    def note_organisation(self, domain: str) -> None:
        """Keep ``domain``'s registrable name as an organisation's ("bracken-health.example")."""
        label = squash(registrable_label(domain)) if domain else ""
        if len(label) >= 4 and label not in self.organisations:
            self.organisations.append(label)
