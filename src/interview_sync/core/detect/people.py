"""Whom the candidate met: the people on an interview invite worth a thank-you.

Owns turning attendees, the organiser and (when the guest list is hidden, Google says
``attendeesOmitted``, or the list holds no interviewer: only recruiters, coordinators or an
agency's consultant) the description into ``Person`` values: its schedule, the people its prose
says the candidate meets or marks by a job or courtesy title (``mentions``, ``uncased``), an
address it gives, or the one who signs it (``signature``); with nobody else, the person the
title names. The user, rooms, groups, lists, tools and no-reply senders, booking assistants,
bots and observer bodies (``guests``), people who declined, and names the invite's domains or
title spell (the employer) are left out; names come from the display name, else the address,
else the text; coordinators, recruiters, talent, scheduling, people-ops and HR are
``support``; a stated hiring manager is flagged. What the description adds beside a visible
guest list is ``people_beside_guests``'s, and the people found so far ``people_found``'s (both
split from here, round 21). Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from interview_sync.core.detect.addresses import (
    domain_of,
    is_agency_domain,
    is_machine_address,
)
from interview_sync.core.detect.guests import (
    agency_domains,
    is_room_name,
    is_shared_mailbox,
    is_tool_product,
    no_one_to_thank,
)
from interview_sync.core.detect.jobs import ROLE_WORD_RE
from interview_sync.core.detect.markers import marked_people
from interview_sync.core.detect.mentions import (
    DEPARTMENT,
    job_before,
    mentioned_people,
    strip_job,
    titled_people,
)
from interview_sync.core.detect.names import (
    is_instruction,
    spells_person,
    strip_possessive,
)
from interview_sync.core.detect.people_beside_guests import (
    add_linked_coordinator,
    add_met_through_sender,
    add_panel_named_with_guests,
    add_team_mailbox,
    annotate_from_schedule,
)
from interview_sync.core.detect.people_found import Gathered, plausible_address
from interview_sync.core.detect.people_names import (
    display_name as _display_name,
)
from interview_sync.core.detect.people_names import (
    job_alone,
    name_from_address,
    says_unmonitored,
)
from interview_sync.core.detect.people_names import (
    name_key as _name_key,
)
from interview_sync.core.detect.people_patronymics import nominative_patronymic
from interview_sync.core.detect.people_ranks import COURT_RANKS, key_by_name, ranked_people
from interview_sync.core.detect.people_readers import described_people, title_marked
from interview_sync.core.detect.roles import (
    contact_addresses,
    described_as_support,
    people_from_drafts,
    role_for,
    support_names,
)
from interview_sync.core.detect.schedule import (
    EMAIL_RE,
    PersonDraft,
    mailto_names,
    schedule_people,
)
from interview_sync.core.detect.signature import signer
from interview_sync.core.detect.spelling import squash
from interview_sync.core.model import Person
from interview_sync.core.text import text_of

__all__ = ["PersonDraft", "mailto_names", "name_from_address", "people_of", "schedule_people"]

# dict first: JSON gives dicts, and an ABC isinstance check is slow on the hot path.
_MAP = (dict, Mapping)
_RESOURCE_RE = re.compile(r"@(?:resource|group(?:\.v)?|import)\.calendar\.google\.com$")


def _get(entry: object, key: str) -> object:
    return entry.get(key) if isinstance(entry, _MAP) else None


def _is_me(email: str, me: str, flagged_self: object) -> bool:
    return flagged_self is True or (bool(me) and email == me)


def people_of(
    event: Mapping[str, Any],
    me: str,
    my_domains: Collection[str],
    description_text: str,
    *,
    hiring_manager_hint: bool = False,
    raw_description: str = "",
    agencies: frozenset[str] | None = None,
) -> tuple[tuple[Person, ...], tuple[str, ...]]:
    """The people to thank, and the lower-cased names of everyone on the invite (for company).

    The sources, in order: the guest list, the organiser, then the description — its schedule
    when the guest list is hidden (or lists only the user), else only the titles it adds.
    ``agencies``: ``agency_domains(event, description_text)``, when the caller has it already.
    """
    found = Gathered(me=me, my_domains=my_domains,
                     agencies=agency_domains(event, description_text) if agencies is None
                     else agencies,
                     title=text_of(event.get("summary"))[:300])
    # The title and the user's own name are no interviewer's: "Interview – Northwind Traders"
    # with "your interview with Northwind Traders", "Interview – Pat Lee".
    found.organisations += [squash(text_of(event.get("summary"))[:300]),
                            squash(name_from_address(me))]
    raw_attendees = event.get("attendees")
    described = support_names(description_text) if description_text else frozenset()
    _add_guests(found, raw_attendees if isinstance(raw_attendees, list) else (), described)
    _add_organiser(found, event.get("organizer"))
    if description_text and says_unmonitored(description_text):
        # the organiser's mailbox the text says is not read: no one to thank (round 19); a
        # guest with the same address stays (the list says someone reads it)
        organiser = text_of(_get(event.get("organizer"), "email")).strip().lower()
        if organiser not in found.guest_emails:
            found.drafts.pop(organiser, None)
    # attendeesOmitted: Google left guests out of this copy (maxAttendees, or a list it will
    # not show), so the description may name people the guest list does not. A list of only
    # the recruiter, the coordinator or an agency's consultant lists no interviewer either.
    hidden = (event.get("guestsCanSeeOtherGuests") is False
              or event.get("attendeesOmitted") is True or found.interviewers_listed == 0)
    if hidden and description_text:
        _add_described(found, description_text, raw_description)
        add_linked_coordinator(found, raw_description, described)
        _add_contact_fallback(found, description_text)
        _add_any_address(found, description_text)
    elif description_text and found.drafts:
        annotate_from_schedule(found, description_text)
        add_panel_named_with_guests(found, description_text, raw_description)
        add_met_through_sender(found, description_text, event.get("organizer"))
        add_linked_coordinator(found, raw_description, described)
        add_team_mailbox(found, description_text)
    # The title names whom the user meets ("Interview with Priya Raman – Eastgate Capital")
    # also when only a recruiting mailbox or a coordinator is on the invite: nobody else on it
    # is that person (round 10 left such interviewers out).
    if not found.drafts or found.interviewers_listed == 0:
        _add_from_title(found)
    elif COURT_RANKS.search(found.title):
        _add_ranked_from_title(found)
    people = people_from_drafts(found.drafts, described, hiring_manager_hint)
    found.names += [p.name.lower() for p in people]
    return people, tuple(found.names)


def _add_guests(found: Gathered, attendees: Sequence[Any], described: frozenset[str]) -> None:
    for entry in attendees:
        if not isinstance(entry, _MAP):
            continue
        email = text_of(entry.get("email")).strip().lower()
        display = " ".join(text_of(entry.get("displayName")).split())
        if display:
            found.names.append(display.lower())
        if not plausible_address(email) or _is_me(email, found.me, entry.get("self")):
            continue
        if entry.get("resource") is True or is_room_name(display):
            continue  # a room, flagged or only named so ("City Hall Conference Room B")
        if no_one_to_thank(email, display):
            continue  # a booking assistant, a career office, a bot, a works council
        if entry.get("responseStatus") == "declined":
            found.declined.add(email)
            continue
        # Also rooms, groups and imports: their domains end in calendar.google.com.
        if is_machine_address(email) or domain_of(email) in found.my_domains:
            continue
        domain = domain_of(email)
        found.note_organisation(domain)
        if role_for(email, display, None) == "interviewer" and not is_agency_domain(domain) \
                and not is_shared_mailbox(email, display) \
                and domain not in found.agencies \
                and not described_as_support(_display_name(display)[0], described):
            found.interviewers_listed += 1
        known = found.drafts.get(email)
        found.guest_emails.add(email)
        if known is None or (display and not known.name):
            found.drafts[email] = PersonDraft(email=email, name=display)


def _add_organiser(found: Gathered, organizer: object) -> None:
    if not isinstance(organizer, _MAP):
        return
    email = text_of(organizer.get("email")).strip().lower()
    display = " ".join(text_of(organizer.get("displayName")).split())
    if display:
        found.names.append(display.lower())
        found.organisations.append(squash(display))
    found.note_organisation(domain_of(email))
    if (
        plausible_address(email) and email not in found.drafts and email not in found.declined
        and not _is_me(email, found.me, organizer.get("self"))
        and not _RESOURCE_RE.search(email) and not is_machine_address(email)
        and domain_of(email) not in found.my_domains and not no_one_to_thank(email, display)
        and not is_tool_product(email, display, found.title)
    ):
        found.drafts[email] = PersonDraft(email=email, name=display)


def _add_described(found: Gathered, description_text: str, raw_description: str) -> None:
    """A hidden guest list: the schedule, forwarded invites, the people the prose says the
    candidate meets and mailto links name the people."""
    linked = mailto_names(raw_description)
    drafts = described_people(description_text, raw_description)
    # "Secretario Álvaro Pineda" beside "Álvaro Pineda": one reader kept the post's word before
    # a name another read without it (round 22)
    bare = {d.name for d in drafts if not d.email and len(d.name.split()) >= 2}
    for draft in drafts:
        if not draft.email and any(draft.name.endswith(" " + name) for name in bare):
            continue
        # "Vorstand Jürgen Albers": a reader may keep the job's word before the name (round 22)
        draft = strip_job(draft._replace(name=strip_possessive(draft.name)))
        # "к Сергею Николаевичу Морозову": a name with a patronymic in the nominative, whichever
        # reader found it (round 23)
        draft = draft._replace(name=nominative_patronymic(draft.name))
        if not draft.email and draft.name.lower() in linked:
            draft = draft._replace(email=linked[draft.name.lower()])
        if draft.email and found.unwanted(draft.email):
            continue
        if not draft.email and (found.names_organisation(draft.name, job=draft.title)
                                or ROLE_WORD_RE.match(draft.name) or job_alone(draft.name)
                                or DEPARTMENT.match(draft.name)
                                or is_instruction(draft.name)):
            continue  # "Frau Sabine Krüger, Leiterin Einkauf, und ...": a job, not a person
        if draft.email:
            _fold_named(found.drafts, draft.email, draft.name)
        found.merge(draft.email or _name_key(draft.name, found.drafts), draft)
        found.names.append(draft.name.lower())


def _fold_named(drafts: dict[str, PersonDraft], email: str, name: str) -> None:
    """An address arrives after its owner's name ("Your interviewer: Rosa Delgado (owner),
    rosa@x" read once by name, once with the address): the named entry becomes the address's,
    when its name is this one or the only one the mailbox spells (``_name_key``'s rule)."""
    named = [key for key, d in drafts.items() if not d.email and d.name
             and (d.name.lower() == name.lower()
                  or spells_person(email.partition("@")[0], d.name))]
    if len(named) == 1 and email not in drafts:
        drafts[email] = drafts.pop(named[0])._replace(email=email)


def _add_from_title(found: Gathered) -> None:
    """Nobody on the invite or in its text (the user's own entry): the person the title says
    the user meets ("Telefoninterview Brunnhuber Bau – Hr. Markus Gruber ruft an", "Second
    round Fenwick & Rowe – call with Priya Nair")."""
    # A name after a cue ("with") is a person's even though the title spells it, when the
    # invite's own addresses can tell it from the employer (someone from the employer is on
    # it, and no agency, whose titles name the client after "with", wrote it).
    vouched = any("@" in key for key in found.drafts) and not found.agencies and not any(
        is_agency_domain(domain_of(email)) for email in found.drafts if "@" in email)
    if vouched:  # the addresses the text gave spell the employer as the guests' do
        for email in [key for key in found.drafts if "@" in key]:
            found.note_organisation(domain_of(email))
    titled = titled_people(found.title)
    # ... and a name a job's word before it marks is a person's wherever the title spells it
    # ("Entrevista con la gerente Rocío Valdés", "Interview w/ Head Chef Marco Bellini")
    # ... and one a Japanese or Korean honorific follows ("高橋 誠様", "김민준 팀장님", round 19)
    # ... and (round 20) one an Arabic, Hebrew, Tamil, Persian or Bengali courtesy title marks
    honoured = title_marked(found.title)
    cued = (mentioned_people(found.title) if vouched else []) \
        + [d for d in titled if job_before(found.title, d.name)] + honoured
    # a judge or a professor the title names is thanked beside the chambers' mailbox (round 21)
    ranked = {d.name.lower() for d in ranked_people(found.title, title=True)} \
        if COURT_RANKS.search(found.title) else set()
    for draft in mentioned_people(found.title) + titled + marked_people(found.title) + honoured:
        draft = draft._replace(name=strip_possessive(draft.name))
        if not found.names_organisation(draft.name, cued=draft in cued) \
                and not is_instruction(draft.name):
            low = draft.name.lower()
            found.merge(key_by_name(draft.name, found.drafts) if low in ranked
                        else _name_key(draft.name, found.drafts), draft)
            found.names.append(low)


def _add_ranked_from_title(found: Gathered) -> None:
    """A judge, a justice or a professor the title names interviews, whoever else is on the
    invite ("Hon. Patricia Ng – clerkship phone interview" from her law clerk, round 21)."""
    for draft in ranked_people(found.title, title=True):
        at = found.title.find(draft.name)
        if at > 0 and COURT_RANKS.search(found.title[max(0, at - 24):at + 1]) \
                and not found.names_organisation(draft.name, cued=True):
            found.merge(key_by_name(draft.name, found.drafts), draft)
            found.names.append(draft.name.lower())


def _add_contact_fallback(found: Gathered, description_text: str) -> None:
    """A tool sent the invite and hid the guests: the coordinator the text gives as the
    contact ("Questions? Contact coordinator@x") is the support person to thank."""
    if any(role_for(d.email, d.name, d.title) == "support"
           for d in found.drafts.values() if d.email):
        return
    for email in contact_addresses(description_text, found.me, found.my_domains,
                                   found.declined):
        found.drafts.setdefault(email, PersonDraft(email=email, name=""))


# Mailboxes of a service, not of whom the candidate meets ("For accommodations email
# accommodations@x", "privacy@x"): never thanked on the strength of appearing in the text.
_SERVICE_MAILBOX = re.compile(
    r"(?:support|help|helpdesk|info|privacy|gdpr|dpo|datenschutz|accommodations?|accessibility"
    r"|access|ada|legal|billing|security|press|media|sales|marketing|webmaster|admin|it"
    r"|facilities|reception|compliance|abuse)@", re.IGNORECASE)


def _add_any_address(found: Gathered, description_text: str) -> None:
    """Nobody found at all (the user's own copy, a tool's no-reply invite): a person's address
    in the text ("Ask for Nadia Karimi – nadia.karimi@x", a signature) is whom to thank."""
    if any(draft.email for draft in found.drafts.values()):
        return
    named = {key: draft for key, draft in found.drafts.items() if not draft.email}
    for match in EMAIL_RE.finditer(description_text[:20_000]):
        email = match.group(0).lower().strip(".")
        if found.unwanted(email) or email in found.drafts:
            continue
        # "Ask for Jenna Brooks ...; her email is jenna.brooks@x": the address is hers (the
        # one name its mailbox spells, the same rule as ``_name_key``'s).
        owners = [k for k, d in named.items() if spells_person(email.partition("@")[0], d.name)
                  or name_from_address(email).lower() == d.name.lower()]
        key = owners[0] if len(owners) == 1 else ""
        if key and key in found.drafts:
            draft = found.drafts.pop(key)
            found.drafts[email] = draft._replace(email=email)
        elif not named and len(found.drafts) < 3 and not _SERVICE_MAILBOX.match(email):
            found.drafts[email] = PersonDraft(email=email, name="")
    if not found.drafts:
        # "Looking forward to speaking with you, Maria Santos, Office Manager": the one who
        # signs a tool's invite is whom the candidate meets.
        signed = signer(description_text)
        if signed is not None and not found.names_organisation(signed.name):
            found.drafts[_name_key(signed.name, found.drafts)] = signed
