"""The members of a selection board an invite names by their seat on it.

Owns ``seated_people``: a public body's board is written as its seats, each followed by who holds
it, in every language of the corpus: a Spanish tribunal ("Presidenta: Dña. Marta Lozano;
Vocales: D. Enrique Salas y Dña. Pilar Romero; Secretario: D. Luis Gómez"), a Portuguese júri
("Presidente – Enf.ª Helena Matos; 1.º Vogal efetivo – Enf. Rui Antunes"), a French jury
("Présidente du jury : Mme ..."), an Italian commissione ("Presidente: dott. ...; Componenti:
..."), an English board ("Chair: ...; Members: ... and ..."), a German Kommission ("Vorsitz:
..."), a Dutch commissie ("Voorzitter: ..."). Everyone seated sits at the interview and is
thanked; a substitute ("suplente", "substituto", "supplente") sits only when a member is missing
and is not. A seat is read only where the text names a board (tribunal, júri, jury, panel,
committee, ...) or seats two people, so that a lone "Chair:" of a furniture list names nobody.
Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.names import COURTESY, strip_courtesy_titles
from interview_sync.core.detect.schedule import PersonDraft, people_in

__all__ = ["seated_people"]

_SEAT_WORDS = (
    r"president[ea]?|présidente?|presidenta|vice-?president[ea]?|vicepresident[ea]|vice-?présidente?"
    r"|chair(?:person|woman|man)?|vice-?chair|vocal(?:es)?|vogal|vogais|secretari[oa]|secret[áa]ri[oa]"
    r"|secr[ée]taire|segretari[oa]|component[ei]|membr[oe]s?|members?|miembros?|assessor[ae]?s?"
    r"|vorsitz(?:ende[rn]?)?|beisitzer(?:in|innen)?|voorzitter|commissieleden|leden|lid"
)
# A seat: an ordinal ("1.º", "2.ª", "1er"), the seat's word, the board it belongs to ("do júri",
# "du jury", "del tribunal"), "efetivo" or "titular", then a colon or a dash, or straight on to a
# courtesy title ("Presidenta Dña. Carmen Olmedo").
_SEAT = re.compile(
    r"(?<![\w.])(?:\d{1,2}\s*\.?\s*[ºª°]?\.?\s*|\d(?:er|re|e|st|nd|rd|th)\s+)?"
    r"(?i:(" + _SEAT_WORDS + r"))"
    r"(?:\s+(?i:do|da|du|de\s+la|del|de|della|of\s+the|des)\s+(?i:j[úu]ri|jury|tribunal|comit[ée]"
    r"|commissione|comisi[óo]n|board|panel|committee|commission|commissie|kommission))?"
    r"(?:\s+(?i:(efetiv[oa]s?|efectiv[oa]s?|titular(?:es)?|effettiv[oi]|suplentes?|substitut[oa]s?"
    r"|supplent[ei]|suppl[ée]ants?|substitutes?|alternates?|stellvertret\w*)))?"
    r"(?:\s*[:：–—-]\s*|\s+(?=" + COURTESY.pattern + r"))",
)
_SUBSTITUTE = re.compile(r"(?i:suplente|substitut|supplent|suppl[ée]ant|alternate|stellvertret)")
# A board's own word: a seat in a text that names one is a seat on it.
_BOARD = re.compile(
    r"(?i:\b(?:tribunal|j[úu]ri|jury|panel|committee|commission[ea]?|comisi[óo]n|comit[ée]"
    r"|kommission|commissie|board|selection|selecci[óo]n|sele[cç][ãa]o|s[ée]lection|auswahl))")
# where one seat's holders end: the next seat, a semicolon, a line or a sentence's end
_HOLDER_END = re.compile(r";|\n|(?<=[a-zà-ÿ)])\.(?:\s|$)")
_LIMIT = 5_000  # characters of a description read for seats
_SEATS_LIMIT = 12  # seats a board can have (a hostile text repeats them)


def seated_people(text: str) -> list[PersonDraft]:
    """The people a board's seats name, in the order written, substitutes left out."""
    head = text[:_LIMIT]
    seats = list(_SEAT.finditer(head))[:_SEATS_LIMIT]
    if not seats or (len(seats) < 2 and not _BOARD.search(head)):
        return []
    found: list[PersonDraft] = []
    for i, seat in enumerate(seats):
        stop = seats[i + 1].start() if i + 1 < len(seats) else len(head)
        # courtesy titles first: "Dña." is no sentence's end
        holders = strip_courtesy_titles(head[seat.end(): stop])
        if (end := _HOLDER_END.search(holders)) is not None:
            holders = holders[: end.start()]
        if (seat.group(2) and _SUBSTITUTE.match(seat.group(2))) \
                or _SUBSTITUTE.search(head, max(0, seat.start() - 14), seat.start()):
            continue  # "Vogal suplente", "Substitute member"
        named = [d for d in people_in(holders.strip(" ,.–—-"))
                 if len(d.name.split()) >= 2 and all(d.name != known.name for known in found)]
        found += named
    return found
