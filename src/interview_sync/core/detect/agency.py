"""An agency presenting the user to its client, and an agency presenting someone to the user.

Owns round 12's agency meetings. A staffing agency, an IT consultancy (a French ESN, a Dutch
"detacheerder") or a recruiter sends the candidate to meet the client who would hire or host
them, and names the meeting after the client, not after an interview: "Rencontre client –
mission Data Engineer", "Vorstellung beim Kunden – Finanzbuchhalter (m/w/d)", "Kennismaking bij
opdrachtgever", "Spotkanie z klientem", "Kundeninterview". It is the user's interview when the
agency organises it, someone at another organisation (the client) is invited, and the title
names a job or the description says the agency presents the user (``presented_to_client``). The
same meeting seen from the client's side names who is presented: "présentation de notre
consultant Hugo Marchal", "Vorstellung Kandidat Herr Öztürk" (``PRESENTS_OTHER``, a title veto).
Pure data and small functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from interview_sync.core.detect.addresses import domain_of, is_free_mail
from interview_sync.core.detect.gate import LiteralGated, SplitPattern, fold_lower
from interview_sync.core.detect.lexicon import table_rows
from interview_sync.core.literals import Stems
from interview_sync.core.text import text_of

__all__ = ["CLIENT_MEETING", "CLIENT_WORDS", "PRESENTS_OTHER", "client_meeting",
           "presented_to_client"]

Cells = dict[str, tuple[str, ...]]

# A meeting named after the agency's client (the ``lexicon`` cell rules: lower-case stems at a
# word start). Not every language of ``lexicon.LANGS``: the ones whose agencies and
# consultancies the round's check set and tuning data show.
CLIENT_MEETING: Cells = {
    "en": ("client interview", "client meeting", "meeting with the client", "meet the client",
           "interview with the client", "client introduction", "client intro",
           # round 13: the client named in brackets after the job ("Videocall – Planner
           # (opdrachtgever: Vermeulen Transport)"), in every language below
           "(client:", "(client :"),
    "fr": ("rencontre client", "entretien client", "rendez-vous client", "rencontre avec le client",
           "entretien avec le client", "présentation au client", "entretien chez le client"),
    "de": ("kundeninterview", "kundengespräch", "vorstellung beim kunden",
           "vorstellungsgespräch beim kunden", "gespräch beim kunden", "termin beim kunden",
           "interview beim kunden", "(kunde:"),
    "nl": ("kennismaking bij opdrachtgever", "kennismaking bij de opdrachtgever",
           "kennismaking met de opdrachtgever", "kennismaking met opdrachtgever",
           "gesprek bij opdrachtgever", "gesprek bij de opdrachtgever", "klantgesprek",
           "kennismaking bij de klant", "gesprek met de opdrachtgever", "(klant:",
           "(opdrachtgever:"),
    "pl": ("spotkanie z klientem", "rozmowa z klientem", "spotkanie u klienta",
           "rozmowa u klienta", "(klient:"),
    "es": ("entrevista con el cliente", "entrevista con cliente", "entrevista cliente",
           "reunión con el cliente", "(cliente:"),
    "pt": ("entrevista com o cliente", "entrevista com cliente", "entrevista no cliente",
           "reunião com o cliente"),
    "it": ("colloquio con il cliente", "colloquio cliente", "incontro con il cliente",
           "colloquio presso il cliente"),
}
_ROWS = table_rows(CLIENT_MEETING)
_GATE = Stems(sorted({literal for _, literal in _ROWS}))
_SPLIT = SplitPattern(_ROWS)

# The description says the agency presents the user ("je vous présente au client", "stelle ich
# Sie unserem Kunden vor", "wil je graag leren kennen", "chce z Tobą porozmawiać").
_PRESENTS_YOU = re.compile(
    r"\b(?:present(?:ing)?\s+you|introduce\s+you|je\s+vous\s+pr[ée]sente|vous\s+pr[ée]senter"
    r"|stelle\s+ich\s+sie|ihnen\s+vorstellen|sie\s+\w+\s+kunden\s+vor|wil\s+je\s+(?:graag\s+)?"
    r"(?:leren\s+)?kennen|stel\s+je\s+voor|z\s+tob[ąa]|ci[ęe]\s+przedstawi|te\s+presento"
    r"|te\s+presentar|vou\s+te\s+apresentar|ti\s+presento|wants?\s+to\s+meet\s+you"
    r"|(?:our|unser\w*|notre|onze|nuestro|nosso|nostro)\s+(?:client|kunde\w*|klant|cliente))\b",
    re.IGNORECASE,
)

# The client's side: the title names who the agency presents, with a possessive ("our
# consultant") or a courtesy title or a capitalised name after the word.
PRESENTS_OTHER = LiteralGated(re.compile(
    r"\b(?:pr[ée]sentation|presentation|pr[äa]sentation|vorstellung|voorstelling|prezentacja"
    r"|presentaci[óo]n|apresenta[çc][ãa]o|presentazione)\s+(?:(?:de|du|des|of|van|von|del|do|da"
    r"|della)\s+)?(?:(?:notre|nos|our|unser\w*|onze|nuestr[oa]|noss[oa]|nostr[oa])\s+)"
    r"(?:consultants?|candidat\w*|kandida\w*|kandydat\w*|bewerber\w*|consultor\w*|consulente"
    r"|profil\w*|sollicitant)"
    r"|\b(?:pr[ée]sentation|presentation|pr[äa]sentation|vorstellung|voorstelling|prezentacja"
    r"|presentaci[óo]n|apresenta[çc][ãa]o|presentazione)\s+(?:(?:de|du|des|of|van|von|del|do|da"
    r"|della)\s+)?(?:consultants?|candidat\w*|kandida\w*|kandydat\w*|bewerber\w*|consultor\w*"
    r"|consulente)\s+(?:herr|frau|m\.|mme|mr\.?|mrs\.?|ms\.?|de\s+heer|mevrouw|pan|pani|sr\.?"
    r"|sra\.?|sig\.?|sig\.ra)\s",
    re.IGNORECASE,
))

_MAP = (dict, Mapping)


# Every CLIENT_MEETING stem holds one of these: most titles leave after five substring tests
# (``rules.prefilter_title`` asks this of every title, an everyday one included).
# (one pass of an automaton: five ``in`` tests in a generator cost ~1 µs on every title;
# ``rules.prefilter_title`` tests them in its own pass over a title)
CLIENT_WORDS = frozenset({"client", "kunde", "klant", "klient", "opdrachtgever"})
_CLIENT_GATE = Stems(CLIENT_WORDS)


def client_meeting(title: str) -> re.Match[str] | None:
    """The client-meeting phrase a title holds (``CLIENT_MEETING``), or None."""
    low = title.lower()
    if not _CLIENT_GATE.found_in(low):
        return None
    return _SPLIT.search(_GATE.held(fold_lower(title)), title)


def presented_to_client(title: str, description: str, *, organizer_domain: str,
                        attendees: list[Any], me: str, names_job: bool) -> str | None:
    """Why the event is the user's interview with an agency's client, or None: the title names a
    client meeting, the organiser writes from an organisation's address (the agency), a guest
    writes from another one (the client), and the title names a job or the description says
    the agency presents the user."""
    found = client_meeting(title)
    if found is None or not organizer_domain or is_free_mail(organizer_domain):
        return None
    client = ""
    for entry in attendees:
        if not isinstance(entry, _MAP) or entry.get("self") is True or entry.get("resource"):
            continue
        email = text_of(entry.get("email")).strip().lower()
        domain = domain_of(email)
        if email and email != me and domain and domain != organizer_domain \
                and not is_free_mail(domain) and not domain.endswith(".calendar.google.com"):
            client = domain
            break
    if not client or not (names_job or _PRESENTS_YOU.search(description[:1_500])):
        return None
    return f"title says '{found.group(0).strip()}', an agency's client ({client}) is invited"
