"""What an invite's description adds to a visible guest list: titles, a panel, a linked
coordinator, a hiring mailbox.

Owns the readers ``people.people_of`` runs when the guest list shows the interviewers:
``annotate_from_schedule`` (titles and the hiring manager for the guests),
``add_panel_named_with_guests`` (the others a sentence naming a guest names),
``add_met_through_sender`` (whom the only guest, the sender, says the candidate meets),
``add_linked_coordinator`` (the coordinator an ATS body links; also read for a hidden list) and
``add_team_mailbox`` (the employer's hiring mailbox at a guest's domain). Why apart: a visible
list is kept up to date and a description often is not, so each reader adds only what the list
itself vouches for. Split from ``people`` (round 21); the people found so far are
``people_found.Gathered``. Pure; no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping

from interview_sync.core.detect.addresses import domain_of
from interview_sync.core.detect.jobs import ROLE_WORD_RE
from interview_sync.core.detect.mentions import mentioned_people
from interview_sync.core.detect.names import (
    is_instruction,
    spells_person,
    strip_courtesy_titles,
    strip_possessive,
)
from interview_sync.core.detect.people_found import Gathered, plausible_address
from interview_sync.core.detect.people_honorifics import honorific_names
from interview_sync.core.detect.people_lines import (
    is_street,
    lines_naming,
    meet_sentences,
    panel_lines,
    signs_as_interviewer,
)
from interview_sync.core.detect.people_names import (
    display_name as _display_name,
)
from interview_sync.core.detect.people_names import (
    name_from_address,
)
from interview_sync.core.detect.people_names import (
    name_key as _name_key,
)
from interview_sync.core.detect.people_patronymics import nominative_patronymic, patronymic_people
from interview_sync.core.detect.people_ranks import panel_bracket_people, ranked_people
from interview_sync.core.detect.people_scripts import script_interviewers
from interview_sync.core.detect.roles import SUPPORT_RE
from interview_sync.core.detect.schedule import (
    EMAIL_RE,
    PersonDraft,
    mailto_names,
    schedule_people,
)
from interview_sync.core.text import text_of

__all__ = ["add_linked_coordinator", "add_met_through_sender", "add_panel_named_with_guests",
           "add_team_mailbox", "annotate_from_schedule"]

# dict first: JSON gives dicts, and an ABC isinstance check is slow on the hot path.
_MAP = (dict, Mapping)


def annotate_from_schedule(found: Gathered, description_text: str) -> None:
    """A visible guest list can still carry titles and the hiring manager in the description.
    People the text names who are not guests stay out: a visible list is kept up to date, a
    description often is not (an interviewer swapped out stays named in it)."""
    for draft in schedule_people(description_text):
        key = draft.email or _name_key(draft.name, found.drafts)
        known = found.drafts.get(key)
        if known is not None and "@" in key:
            found.drafts[key] = PersonDraft(
                email=known.email, name=known.name or draft.name,
                title=known.title or draft.title,
                hiring_manager=known.hiring_manager or draft.hiring_manager,
            )


def add_panel_named_with_guests(found: Gathered, description_text: str,
                                 raw_description: str) -> None:
    """"You'll be chatting with Ines Kaur (Design Director) and Theo Blanc" with only Ines on
    the guest list: a sentence that names a listed interviewer describes the current panel, so
    the others it names with them are on it too (a colleague invited by forwarding, or not
    added as a guest). A description that names none of the guests may be stale (an
    interviewer swapped out stays named in it): its people stay out, as before."""
    listed = {name_from_address(d.email).lower() for d in found.drafts.values() if d.email}
    listed |= {_display_name(d.name)[0].lower() for d in found.drafts.values() if d.name}
    # ... and as the text writes them: "Margaret Liu, CNO" is Margaret Liu, "Dr Yann Le Bihan"
    # is Yann Le Bihan (round 14: both were thanked twice)
    listed |= {strip_courtesy_titles(_display_name(d.name)[0]).split(",")[0].strip().lower()
               for d in found.drafts.values() if d.name}
    listed.discard("")
    # only the lines that name a guest (the rule is about them; the others are not read), and
    # the labelled list such a line sits in ("Your panel:" and its bullets, round 13)
    lines = lines_naming(description_text[:20_000].split("\n"), listed)
    if not lines:
        return
    text = "\n".join(lines).lower()
    # in prose ("chatting with Ines Kaur and Theo Blanc") or a list ("Your panel: Lucia Ortiz
    # (VP Marketing), Ben Adler (Brand Lead)")
    named = "\n".join(lines)
    drafts = [d for d in mentioned_people(named) + schedule_people(named) if not d.email]
    if len(drafts) < 2 or not any(d.name.lower() in listed for d in drafts):
        return
    _merge_panel(found, drafts, listed, text)


def add_met_through_sender(found: Gathered, description_text: str, organizer: object) -> None:
    """"In this round you will meet Gareth Lowe ... Best, Maria" from maria@, the only guest: the
    sender invites from her own address and names whom the candidate meets; no interviewer of
    the guest list can have been swapped out, so the people the text says the candidate meets
    are thanked with her (round 14; a list with other guests keeps its text out)."""
    sender = text_of(organizer.get("email")).lower() if isinstance(organizer, _MAP) else ""
    if not sender or set(found.drafts) != {sender} or signs_as_interviewer(
            description_text, found.drafts[sender].name):
        return
    # only the sentences that say whom the candidate meets ("Hiring manager: Ellen Shaw" is the
    # role's manager, who may not sit in this round)
    meets = meet_sentences(description_text[:5_000])
    labelled = panel_lines(description_text[:5_000])  # "Panel: ...", "Interviewer: ..." (round 17)
    meets = f"{meets}\n{labelled}" if meets and labelled else meets or labelled
    # ... and the Greek and Hebrew names a courtesy title or "an interview with" marks (round 18)
    # ... and the names a rank or a courtesy title marks ("Bi. Neema Mushi", round 21)
    for draft in [*(mentioned_people(meets) if meets else ()),
                  *script_interviewers(description_text), *honorific_names(description_text),
                  *ranked_people(description_text), *patronymic_people(description_text),
                  *panel_bracket_people(description_text)]:
        # ... and the names a patronymic marks ("Вас встретит Ольга Викторовна Глебова") and the
        # members a bracket after "panel" lists (round 23)
        draft = draft._replace(name=nominative_patronymic(strip_possessive(draft.name)))
        low = draft.name.lower()
        if draft.email or low in found.names or is_street(draft.name) \
                or found.names_organisation(draft.name, job=draft.title) \
                or ROLE_WORD_RE.match(draft.name) or is_instruction(draft.name) \
                or spells_person(sender.partition("@")[0], draft.name):
            continue  # ("meeting you at O'Brien's, Main Street": a place, not a person)
        found.merge(_name_key(draft.name, found.drafts), draft)
        found.names.append(low)


def _merge_panel(found: Gathered, drafts: list[PersonDraft], listed: set[str], text: str) -> None:
    for draft in drafts:
        low = draft.name.lower()
        if low in listed or found.names_organisation(draft.name) \
                or ROLE_WORD_RE.search(draft.name) or is_instruction(draft.name):
            continue
        # "Kevin Huang, Pharmacy Operations Supervisor": what follows a guest's name after a
        # comma is their title, not another person
        if any(f"{name}, {low}" in text for name in listed):
            continue
        found.merge(_name_key(draft.name, found.drafts), draft)
        found.names.append(low)


def add_linked_coordinator(found: Gathered, raw_description: str,
                            described: frozenset[str]) -> None:
    """"Questions? <a href="mailto:noah.bright@x">Noah Bright</a>, Recruiting Coordinator": the
    coordinator an ATS body links, at a guest's domain, is the support person to thank even
    when the guest list shows the interviewers (ATS templates put the coordinator there, not
    on the invite). A linked name the text gives no recruiting job is left out."""
    if not described:
        return
    guest_domains = {domain_of(d.email) for d in found.drafts.values() if d.email}
    for name, email in mailto_names(raw_description).items():
        if name in described and email not in found.drafts and domain_of(email) in guest_domains \
                and plausible_address(email) and not found.unwanted(email):
            found.drafts[email] = PersonDraft(email=email, name=name.title())


def add_team_mailbox(found: Gathered, description_text: str) -> None:
    """"Frågor? rekrytering@norrviken.se" beside a visible list of interviewers at the same
    domain: the employer's hiring mailbox the text gives is thanked too (a coordinator reads
    it), as it would be on the guest list. Only a hiring mailbox (the ``SUPPORT_RE`` words:
    recruiting@, rekrytering@, saiyo@, ...), only at a guest's domain, never a service
    mailbox (privacy@, support@: no ``SUPPORT_RE`` word)."""
    if "@" not in description_text:
        return
    guest_domains = {domain_of(d.email) for d in found.drafts.values() if d.email}
    for seen, match in enumerate(EMAIL_RE.finditer(description_text[:20_000])):
        if seen >= _TEAM_MAILBOX_LIMIT:
            break  # a text packed with addresses: the contact comes early or not at all
        email = match.group(0).lower().strip(".")
        local, _, domain = email.partition("@")
        if domain in guest_domains and email not in found.drafts and SUPPORT_RE.search(local) \
                and not found.unwanted(email) and plausible_address(email):
            found.drafts[email] = PersonDraft(email=email, name="")


_TEAM_MAILBOX_LIMIT = 20  # addresses of a description read for a hiring mailbox
