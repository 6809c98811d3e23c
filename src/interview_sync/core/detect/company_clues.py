"""Where an invite's labels say who the employer is, beside its title and text.

Owns the clues ``company`` weighs that are neither a title's nor a text's structural position:
the client an invite states as such ("Client: Orrin Logistics Corp", "our client Halvorsen
Foods"), a sending tool's display name for the employer ("<name> Careers", "<name> via
<tool>"), a civic building that names where rather than who ("Rathaus", "Gemeentehuis De
Waardsmeer"), a display name that spells an employer domain's name (the employer's mailbox,
not a person), and (round 17) a crewing agent's principal and a hyphenated domain's name
without its glued hiring word; and (round 20) a household that hires ("the Hendry family",
"família O'Brien"), named by its family name rather than by the suburb it lives in; (round 21)
a judge a title names, whose chambers hire when no court is named. Split
from ``company`` in round 12 (the module was past the size guideline). Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from itertools import chain

from interview_sync.core.detect.addresses import PLACEHOLDER_WORDS, registrable_label
from interview_sync.core.detect.company_names import NAME as _NAME
from interview_sync.core.detect.company_names import acceptable as _acceptable
from interview_sync.core.detect.company_names import trim as _trim
from interview_sync.core.detect.people_ranks import NOT_A_JUDGE
from interview_sync.core.detect.spelling import squash as _squash

__all__ = ["STATED_CLIENT_BONUS", "VIA_WEIGHT", "civic_building", "hiring_free_label",
           "judge_named", "names_domain",
           "stated_clients", "team_display_name", "via_display_name"]

# Round 12: the client stated as such, on a labelled line ("Client: Orrin Logistics Corp",
# "Kunde: Nordkamp Werkzeuge GmbH", "Cliente: Metalúrgica Ipiranga") or as "our client X": a
# managed-service programme's, a VMS's or an agency's invitation names the employer there, and
# no other name on the invite (the supplier's, the agency's, the platform's) beats it.
_CLIENT_STATED = re.compile(
    r"(?:^|\n|[.;]\s)[ \t]*(?:(?i:client[e]?|kunden?|klant|kund|klient)[ \t]*:"
    r"|(?i:our|notre|unserem|unseres|nuestro|nosso|onze|v[åa]r)[ \t]+"
    r"(?i:client[e]?|kunden?|klant|kund))"
    r"[ \t]+(?:(?i:la|le|les|l'|der|die|das|den|el|il|de|the)\s+)?(" + _NAME + r")")
# Round 17: "our client" and its noun in apposition, in the languages agencies write in: "Our
# client, Westmoor Private Hospital, is ...", "namens onze opdrachtgever Kroeze ...", "w imieniu
# naszego Klienta, firmy Mazowieckie ...", "u nášho klienta, spoločnosti Slovmetal s.r.o.",
# "našemu klientovi, společnosti Strojírny ...", "im Auftrag unseres Mandanten, der Brenner ...".
_CLIENT_APPOSED = re.compile(
    r"(?<!\w)(?i:our|notre|nos|unser(?:em|es|en|er)?|nuestro|nuestra|nosso|nossa|onze|v[åa]r"
    r"|vores|naszego|naszym|nasz|n[áa][šs](?:ho|mu|eho|emu|im)|nostro|nostra)[ \t]+"
    r"(?i:client[ea]?|kunden?|kund|klant|klient(?:a|ovi|om|em)?|mandant(?:en)?|opdrachtgever"
    r"|zleceniodawc[yaę])(?!\w)[ \t]*[,:–—-]?[ \t]*"
    r"(?:(?i:the\s+company|company|firmy|firma|spółki|spoločnosti|společnosti|der|die|das|dem|den"
    r"|la|le|l'|el|il|het\s+bedrijf|the|empresa|société|societe|azienda|società)[ \t]+)?"
    r"(" + _NAME + r")")
# ... and a crewing agent's principal, the shipowner it mans the ship for: "the shipowner Seaway
# Tankers", "our principal, Meridian Bulk", "Hollandia Shipping, the vessel's owner".
_PRINCIPAL = re.compile(
    r"(?<!\w)(?i:our|the)[ \t]+(?i:principal|ship-?owner|owner)(?!\w)[ \t]*[,:]?[ \t]*"
    r"(" + _NAME + r")"
    r"|(" + _NAME + r"),[ \t]+(?i:the[ \t]+(?:vessel|ship)['’]?s?[ \t]+owner|our[ \t]+principal)")
# Round 18: the one a firm acts for, in the words agencies and assessment providers use: "on
# behalf of Meridian Water", "im Auftrag des Alpenhof Resort", "pour le compte de Transports
# Mirabeau", "conduz este processo seletivo para a Rede Farmavida".
_ON_BEHALF = re.compile(
    r"(?<!\w)(?i:on[ \t]+behalf[ \t]+of|im[ \t]+auftrag[ \t]+(?:des|der|von)(?=[ \t]+(?!Kunden"
    r"|Mandanten|Unternehmens|Arbeitgebers|Auftraggebers|Gesch[äa]ftsf[üu]hrung|Personal))"
    r"|pour[ \t]+le[ \t]+compte[ \t]+d(?:e|u|es)|(?:processo[ \t]+seletivo|sele[çc][ãa]o"
    r"|recrutamento)[ \t]+(?:para|da|do)(?:[ \t]+(?:a|o))?|en[ \t]+nombre[ \t]+de)"
    r"[ \t]+(?:(?i:la|le|l'|el|the)[ \t]+)?(" + _NAME + r")")
STATED_CLIENT_BONUS = 18  # beats a name that spells a domain, or is repeated
# A full stop after a word of three letters or more, or after a dotted legal form ("S.L."),
# ends a sentence; after an initial or "St" it does not.
_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_]{3}\.)|(?<=[A-Z]\.[A-Z]\.))[ \t]+(?=\S)")
# A location that starts with a civic building names where, not who: "Kommunhuset, Storgatan
# 5", "Rathaus, Marktplatz 1", "Town Hall"; the title's municipality is the employer.
_BUILDING = re.compile(
    r"^(?:(?:the\s+)?(?:town|city|county|village|guild)\s*hall|civic\s+cent(?:re|er)"
    r"|municipal\s+(?:building|offices?)|rathaus|landratsamt|kreishaus|stadthaus|gemeindeamt"
    r"|gemeindehaus|rathaus\w*|r[åa]dhus(?:et)?|kommun(?:e)?hus(?:et)?|stadshus(?:et)?"
    r"|raadhuis|gemeentehuis|stadhuis|provinciehuis|mairie|h[ôo]tel\s+de\s+ville|casa"
    r"\s+consistorial|palazzo\s+comunale|pa[çc]os\s+do\s+concelho)$"
    # ... and so does a public building a council runs: "Eastmere Central Library", "Northgate
    # Leisure Centre" (the organiser, "Eastmere Borough Council Recruitment", is the employer)
    r"|^.*\b(?:library|libraries|bibliothek|bibliotek(?:et)?|biblioteca|biblioth[èe]que"
    r"|bibliotheek|kirjasto|(?:leisure|community|sports|civic|youth)\s+cent(?:re|er)|depot)$",
    re.IGNORECASE)


def civic_building(place: str) -> bool:
    """"Rathaus", "Town Hall", and (round 12) the building before its town's name: "Gemeentehuis
    De Waardsmeer", "Rathaus Bad Waldheim", "Town Hall Little Ashby" name where, not who."""
    words = place.split()
    return any(_BUILDING.match(" ".join(words[:n])) for n in range(1, min(len(words), 3) + 1))


def names_domain(name: str, domains: Iterable[str]) -> bool:
    """A display name that spells an employer domain's name ("Mesto Hronov – personálne
    oddelenie" at hronov-mesto.sk, "Privathospitalet Skovly Job" at skovly-hospital.dk) is the
    employer's mailbox, not a person: its words must not keep the company's name out (round 12)."""
    squashed = _squash(name)
    for domain in domains:
        label = registrable_label(domain)
        parts = [p for p in (_squash(part) for part in label.split("-")) if len(p) >= 2]
        whole = _squash(label)
        if len(whole) >= 4 and (whole in squashed
                                or (len(parts) >= 2 and all(p in squashed for p in parts))):
            return True
    return False


def stated_clients(title: str, description: str, people: Collection[str]) -> set[str]:
    """The names the title or the text states as the client ("Client: Orrin Logistics Corp",
    "our client Halvorsen Foods"), trimmed as candidates are."""
    low = (title + "\n" + description[:5_000]).lower()
    if not any(word in low for word in ("clien", "kund", "klant", "klient", "opdrachtgever",
                                        "mandant", "zleceniodawc", "owner", "principal",
                                        "behalf", "auftrag", "compte", "seletivo", "seleção",
                                        "seleçao", "recrutamento", "nombre")):
        return set()
    found = set()
    for text in (title, description[:5_000]):
        for match in chain(_CLIENT_STATED.finditer(text), _CLIENT_APPOSED.finditer(text),
                           _PRINCIPAL.finditer(text), _ON_BEHALF.finditer(text)):
            # "Cliente: Conservas del Cabo S.L. La entrevista …": the name ends with its sentence
            stated = next(group for group in match.groups() if group)
            head, of, tail = stated.rpartition(" of ")
            if of and match.re is _PRINCIPAL and " " in tail and " " in head:
                # "Chief Engineer Pavel Novak of Hollandia Shipping, the vessel's owner"
                stated = tail
            name = _trim(_SENTENCE_END.split(stated, maxsplit=1)[0])
            if name and _acceptable(name, people):
                found.add(name)
    return found


# "Halcyon Mutual Careers" sending from a tool's no-reply address: the name before the hiring
# team's word is the employer's.
_TEAM_SUFFIX = re.compile(
    r"^(" + _NAME + r")\s+(?i:careers|recruiting|recruitment|talent(?:\s+acquisition)?"
    r"|hiring(?:\s+team)?|jobs|hr|people(?:\s+team)?)$")

# "Fenwick Analytics via InterviewBot": a sending tool's display name for the employer (round 12).
_VIA_TOOL = re.compile(r"^(" + _NAME + r")\s+(?i:via|through|par|über|mittels|v[íi]a)\s+\S")


def team_display_name(spellings: Iterable[str],
                      people: Collection[str]) -> tuple[int, str, str] | None:
    """A display name "<name> Careers" (or Recruiting, Talent, HR ...) when no employer domain
    is known: the name, weighed as a title's trailing name."""
    for spelled in spellings:
        team = _TEAM_SUFFIX.match(spelled.strip()[:100])
        name = _trim(team.group(1)) if team else ""
        if name and _acceptable(name, people):
            return 2, name, f"a display name names '{name}'"
    return None


VIA_WEIGHT = 4  # a sender's "<employer> via <tool>", as strong as a title's "at <employer>"


def via_display_name(spellings: Iterable[str],
                     people: Collection[str]) -> tuple[int, str, str] | None:
    """A sending tool's display name "<name> via <tool>" (round 12): the name."""
    for spelled in spellings:
        team = _VIA_TOOL.match(spelled.strip()[:100])
        name = _trim(team.group(1)) if team else ""
        if name and _acceptable(name, people):
            return VIA_WEIGHT, name, f"a display name names '{name}'"
    return None


# Round 17: the hiring words a sender glues to the employer's name in a hyphenated domain
# ("recrutement-azurciel.fr", "careers-halden.com", "jobs-brenner.de", "werkenbij-lingeland.nl").
_HIRING_PART = frozenset({
    "recrutement", "recrutements", "recruitment", "recruiting", "recruit", "careers", "career",
    "jobs", "job", "karriere", "karriera", "kariera", "werkenbij", "werving", "vacatures",
    "empleo", "emploi", "emplois", "lavora", "lavoraconnoi", "rekrutacja", "hiring", "talent",
    "stellen", "jobb", "jobba", "rekry", "nabor", "trabalheconosco", "trabajaconnosotros"})


# Round 22: an organisation's kind a domain glues to its name ("valdesevre-coop.fr",
# "mbingacoop.or.tz", "kovacs-kft.hu"), which a title writes in full ("Coopérative agricole Val de
# Sèvre") or leaves off; the name is what the title spells.
_KIND_PART = frozenset({
    "coop", "cooperative", "cooperativa", "cooperatief", "genossenschaft", "eg", "group", "gruppe",
    "groupe", "grupo", "club", "services", "trust", "society", "union", "kft", "zrt", "nyrt", "bt"})
_GLUED_KIND = re.compile(r"^([a-z0-9]{4,}?)-?(?:coop|cooperative|genossenschaft)$")


def hiring_free_label(domain: str) -> str:
    """The squashed name of a domain without the hiring word or the organisation's kind glued to
    it ("recrutement-azurciel.fr" → "azurciel", "valdesevre-coop.fr" → "valdesevre",
    "mbingacoop.or.tz" → "mbinga"), or "" when it has none."""
    label = registrable_label(domain)
    if "-" not in label:
        glued = _GLUED_KIND.match(label)
        return glued.group(1) if glued else ""
    whole = [part for part in label.split("-") if part]
    # "quarry-lane-example": a sample invitation's closing word is never the name's (round 24)
    parts = whole[:-1] if len(whole) > 1 and whole[-1] in PLACEHOLDER_WORDS else whole
    kept = [part for part in parts if _squash(part) not in _HIRING_PART
            and _squash(part) not in _KIND_PART]
    if len(kept) == len(whole) or not kept:
        return ""
    stem = _squash("".join(kept))
    return stem if len(stem) >= 3 else ""


# Round 20: a household hiring a nanny, a childminder or a housekeeper names itself by its
# family name ("Nanny interview – the Hendry family (Harpenden)", "Trial day with the Okafor
# family", "Entrevista – família O'Brien"); the family, not the suburb or street it lives on, is
# the employer. "family" in lower case after a capitalised name, or the word for a family before
# it in the Romance and Germanic languages; "Family Dollar" or "Johnson Family Dental" (a
# capitalised word after it) is a business's own name, which the other rules read.
_SURNAME = r"[A-Z][\w'’-]*[a-z][\w'’-]*"
_HOUSEHOLD = re.compile(
    r"(?<![\w'’-])(?:(?:the|The)\s+)?(" + _SURNAME + r")\s+family(?:'s)?\b(?!\s+[A-Z])"
    r"|(?<![\w-])((?i:fam[ií]lia|famille|familie|famiglia|gezin|familjen|famili)\s+"
    + _SURNAME + r")")
_NOT_SURNAME = frozenset({"host", "my", "our", "your", "the", "a", "new", "whole", "nanny", "au"})


def household(title: str, description: str) -> str | None:
    """The family a title (else the description's first lines) says hires, as a thank-you names
    it ("Hendry family", "família O'Brien"), or None."""
    for text in (title[:300], description[:500]):
        for match in _HOUSEHOLD.finditer(text):
            if match.group(1):
                if match.group(1).lower() in _NOT_SURNAME:
                    continue
                return f"{match.group(1)} family"
            return match.group(2)
    return None


# Round 21: "Clerkship interview – Judge Harriet Okonjo (chambers)", "Justice Marisol Vega, Court
# of Appeals": a judge's chambers hire, so with no court named by its seat the judge, as the
# title writes them, is the employer (never the courthouse the interview is held in); "Department of
# Justice Canada" names no judge.
_JUDGE = re.compile(r"(?<!of )\b(?:Judge|Justice|Magistrate(?:[ \t]+Judge)?)[ \t]+"
                    r"([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})")


def judge_named(title: str) -> str | None:
    """The judge a title names, as written ("Judge Feld", "Justice Marisol Vega"), or None."""
    if "Judge" not in title and "Justice" not in title and "Magistrate" not in title:
        return None
    match = _JUDGE.search(title[:300])
    if match is None or match.group(1).split()[0].lower() in NOT_A_JUDGE:
        return None
    return match.group(0).strip()
