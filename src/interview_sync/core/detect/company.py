"""Who is hiring: the employer an interview event names.

Owns ``company_of``: where a company's name sits in a title, a description, a location and the
invite's display names (structural rules, strongest first), how a stated name is trimmed to its
name, and how it is weighed against the employer-looking domains (a stated name that spells the
domain's name is the best evidence of all; an agency's own name never beats its client's; a
name in its own script, ``native``'s, beats the domain's romanisation; a client stated as such
beats every other name). The address vocabulary is ``addresses``'s, the spelling rules
``spelling``'s, the invite's labels (a stated client, a sender's display name, a civic
building) ``company_clues``'s, the rule tables (where in a title, a text or a location a name
sits) ``company_rules``'s. Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from itertools import chain
from typing import Any

from interview_sync.core.detect.addresses import (
    is_agency_domain,
    name_label_words,
    prettify_domain,
    registrable_label,
)
from interview_sync.core.detect.company_clues import (
    STATED_CLIENT_BONUS,
    VIA_WEIGHT,
    civic_building,
    hiring_free_label,
    household,
    judge_named,
    stated_clients,
    team_display_name,
    via_display_name,
)
from interview_sync.core.detect.company_heads import (
    before_place,
    boosted,
    kind_segment,
    letterhead,
    not_organisations,
    through_head,
)
from interview_sync.core.detect.company_names import COMPANY_WORD as _COMPANY_WORD
from interview_sync.core.detect.company_names import LEGAL_FORM as _LEGAL_FORM
from interview_sync.core.detect.company_names import NOT_A_NAME as _NOT_A_NAME
from interview_sync.core.detect.company_names import ORGANISATION_TAIL as _ORGANISATION_TAIL
from interview_sync.core.detect.company_names import acceptable as _acceptable
from interview_sync.core.detect.company_names import trim as _trim
from interview_sync.core.detect.company_names import with_possessive, without_site
from interview_sync.core.detect.company_places import is_street_address, is_venue
from interview_sync.core.detect.company_public import (
    is_step_name,
    public_candidate,
    public_core,
    public_domain_name,
)
from interview_sync.core.detect.company_rules import DESC_RULES as _DESC_RULES
from interview_sync.core.detect.company_rules import LOCATION_RULES as _LOCATION_RULES
from interview_sync.core.detect.company_rules import TITLE_RULES as _TITLE_RULES
from interview_sync.core.detect.company_rules import Rule as _Rule
from interview_sync.core.detect.company_rules import candidates
from interview_sync.core.detect.company_transliterated import own_script_spelling
from interview_sync.core.detect.everyday_jobs import EVERYDAY_JOB
from interview_sync.core.detect.guests import via_names
from interview_sync.core.detect.jobs import ROLE_WORD_RE, STOP_TOKENS, is_stage_token
from interview_sync.core.detect.native import native_names
from interview_sync.core.detect.spelling import (
    complete_name,
    initialled_phrases,
    initials_spell,
    spelled_phrases,
    spells_parts,
    spells_stem,
    squash,
    stem_core,
)

__all__ = ["company_of"]

_squash = squash  # the one squashing rule, shared with ``spelling``

_MATCHES_DOMAIN = 10  # added to a stated name that agrees with an employer domain
_PLACE_PENALTY = 3  # taken from a venue's name: any organisation's name elsewhere beats it

_SEGMENT_SPLIT = re.compile(r"\s+[-–—|/x×]\s+|\s*(?:[|–—:()\[\]]|::|<>|//)\s*|,\s+")


def _segments(title: str, stems: list[str], *, lines: bool = False) -> Iterable[Any]:
    """Title segments spelling a domain's name: "Entrevista - Wingtip Toys - Analista" with
    guests at wingtiptoys.example gives "Wingtip Toys", spelled as the title spells it. With
    ``lines``, the names only (one per line of display names: "Orbital Freight Talent")."""
    # "Salt & Ember Kitchen" at saltandember.com: the domain spells the ampersand
    spell_and = "&" in title and any("and" in stem for stem in stems)
    whole = _squash(title.replace("&", " and ") if spell_and else title)
    cores = [c for c in (stem_core(stem) for stem in stems) if c]
    if not any(stem in whole for stem in stems) and not any(c in whole for c in cores):
        return
    parts = (part for line in title.split("\n") for part in _SEGMENT_SPLIT.split(line)) \
        if lines else _SEGMENT_SPLIT.split(title)
    for segment in parts:
        squashed = _squash(segment.replace("&", " and ") if spell_and else segment)
        if not any(stem in squashed for stem in stems) \
                and not any(c in squashed for c in cores):  # cheap test before trimming
            continue
        name = complete_name(segment, _trim(segment).lstrip("@#*~ "), stems, STOP_TOKENS)
        if name and spells_stem(name, stems):
            yield name if lines else (name, 4)


def _repeated(title: str, description: str, stems: list[str], people: Collection[str],
              stated: list[list[tuple[str, int]]]) -> Iterable[tuple[str, int]]:
    """"Interview - Pat Lee - Ravensworth Insurance - 1st Stage" from an agency's consultant,
    whose text says "your interview with Ravensworth Insurance": an organisation the title
    names and the description repeats, when the title never spells the sender's domain, is
    the one the sender writes for (a search firm's client, an assessor's customer); it beats
    the domain's name, however often the sender's signature spells that. ``stated`` caches
    the names the description's rules give (the description source reuses them)."""
    whole = _squash(title)
    if not description or any(stem in whole for stem in stems):
        return
    head = description[:20_000]
    for segment in _SEGMENT_SPLIT.split(title):
        if not any(len(word) >= 4 and word in head for word in segment.split()):
            continue  # cheap: no word of it is in the text
        name = _trim(segment.strip())
        if len(name) < 4 or name not in head or not name[:1].isupper() \
                or _NOT_A_NAME.search(name) or ROLE_WORD_RE.search(name) \
                or not _acceptable(name, people):
            continue
        if not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", head):
            continue
        # ... and it reads as an organisation: a company's word in it ("Revontuli Group"), or
        # the text states it where an employer goes ("your interview with Ravensworth ...").
        if not _COMPANY_WORD.search(name):
            if not stated:
                stated.append(list(candidates(head, _DESC_RULES, people)))
            if all(found != name for found, _ in stated[0]):
                continue
        yield name, _MATCHES_DOMAIN + 6


def _after_stage(title: str, people: Collection[str]) -> Iterable[tuple[str, int]]:
    """"Tweede gesprek Van Dalen Installatietechniek", "Second round Fenwick & Rowe – call",
    "Telefoninterview Brunnhuber Bau – ...": the name after the words that say which
    interview, at the head of the title's first part."""
    head = _SEGMENT_SPLIT.split(title[:300], maxsplit=1)[0]
    tokens = head.split()
    cut = 0
    while cut < min(3, len(tokens) - 1) and is_stage_token(tokens[cut]):
        cut += 1
    if cut and tokens[cut][:1].isupper():
        name = _trim(" ".join(tokens[cut:]))
        if _acceptable(name, people):
            yield name, 3



def company_of(
    title: str,
    description: str,
    location: str,
    domains: list[str],
    people: Collection[str],
    *,
    spellings: Iterable[str] = (),
    sender_domains: Collection[str] = (),
    agency_domains: Collection[str] = (),
) -> tuple[str | None, str]:
    """The employer's name and a short reason, or (None, "").

    ``domains`` are the employer-looking domains, best first (the organiser's, then attendees'
    by frequency); ``people`` the lower-cased full and first names of everyone on the invite,
    so that "Interview with Kim" does not make "Kim" the company; ``spellings`` the display
    names on the invite ("Orbital Freight Talent"), which may spell the domain's name;
    ``sender_domains`` those of ``domains`` known only from a machine sender (a no-reply or
    notification address), often a sending platform's, so any stated name beats them;
    ``agency_domains`` those the invite shows to be an agency's writing for its client
    (``guests.agency_domains``), whose name is then never the employer's.
    """
    spellings = list(spellings)
    people = not_organisations(people)
    agencies = _agency_names(title)
    # an agency's own name answers only when the invite names no one else (its own screen,
    # "the VP Finance role with our client")
    fallback: tuple[int, str, str] | None = None
    own = {_squash(registrable_label(d)) for d in domains
           if d in agency_domains or is_agency_domain(d)} - agencies
    # An agency's own name is no employer's: its domain is the answer only when nothing is named.
    # ... nor is a sending platform's (GovAssess at govassess.com sends for a city).
    stems = [stem for stem in (_squash(registrable_label(d)) for d in domains
                               if not is_agency_domain(d) and d not in sender_domains)
             if len(stem) >= 3 and stem not in agencies]
    # "recrutement-azurciel.fr", "careers-halden.com": the hiring word glued on is no part of
    # the employer's name, which a title spells without it ("Azur Ciel", round 17)
    stems += [stem for stem in (hiring_free_label(d) for d in domains if d not in agency_domains)
              if stem and stem not in stems and stem not in agencies]
    # "hronov-mesto.sk": the parts of a hyphenated employer domain, which a name may hold in
    # another order ("Mesto Hronov")
    hyphened = [tuple(_squash(p) for p in registrable_label(d).split("-") if _squash(p))
                for d in domains if "-" in registrable_label(d)
                and _squash(registrable_label(d)) in stems]
    # "ghmi-jobs.com", "sat-mro.eu", "llog.ee": a short label (or a hyphenated label's part)
    # that may be the initials of the name the title or text spells out (round 21)
    # (the label's first part only: "airnav" in "coralsea-airnav" is no initials)
    initials = sorted({_squash(part) for d in domains
                       if d not in agency_domains and not is_agency_domain(d)
                       and d not in sender_domains
                       for part in (registrable_label(d), registrable_label(d).split("-")[0])
                       if 3 <= len(_squash(part)) <= 6} - agencies)
    if agencies:
        domains = [d for d in domains if _squash(registrable_label(d)) not in agencies]
    if hyphened:
        # "Trattoria Al Gallo d'Oro" as the organiser's display name at gallodoro-trattoria.it
        # is the business, not a person to keep out (round 14)
        people = {p for p in people
                  if " " not in p or not any(spells_parts(p, h) for h in hyphened)}
    best: tuple[int, str, str] | None = None
    stated: list[list[tuple[str, int]]] = []  # the description's stated names, once read
    clients = stated_clients(title, description, people)
    for text, rules, why, weight in _sources(title, description, location, stems, spellings):
        found = iter(stated[0]) if rules is _DESC_RULES and stated \
            else candidates(text, rules, people)
        if rules is _TITLE_RULES:
            # "Trattoria Da Nino, Trastevere": the name before a place after a comma (round 19)
            found = chain(_after_stage(title, people), before_place(title, people),
                          kind_segment(title, people),
                          ((name, boosted(name, score, title)) for name, score in found))
        elif rules is _DESC_RULES:
            # "Penrose & Sons Funeral Directors, 22 Mill Road": the name a text opens with
            found = chain(found, letterhead(description, people))
            if clients:
                # "dla naszego klienta – firmy Termoplast Polska": the client stated as such is
                # a candidate even where no other rule reads it (round 17)
                found = chain(((name, 3) for name in sorted(clients)), found)
        if rules is _TITLE_RULES and stems:
            found = chain(_segments(title, stems),
                          _repeated(title, description, stems, people, stated), found)
        elif not rules:
            if best is not None and best[0] > _MATCHES_DOMAIN:
                break  # the title or text already spells the domain's name exactly
            if best is not None and best[0] >= 4 and best[2].startswith("title names"):
                # "Video interview: Store Supervisor at Pellworth Retail" from "RecordRound": a
                # sender's display name that only repeats its own domain's name says who sends,
                # and the title's stated employer beats it (round 17)
                break
            found = ((name, 1) for name in _segments(text, stems, lines=True))
        if stems:
            # "Grupo Ortiz Valverde" at grupoortizvalverde.es, "Landkreis Wendelstein" at
            # lk-wendelstein.de: the words a glued or shortened domain spells, as written.
            found = chain(((name, weight) for name in spelled_phrases(text, stems)), found)
        if initials:
            found = chain(((name, weight) for name in initialled_phrases(text, initials, stems)),
                          found)
        for name, score in found:
            if weight == _LOCATION_WEIGHT and civic_building(name):
                continue  # "Gemeentehuis De Waardsmeer" spells the domain but names a building
            if weight == _LOCATION_WEIGHT and _VENUE.search(name) \
                    and not any(stem in _squash(name) for stem in stems):
                continue  # "Grand Meridian Hotel": where an airline assesses, not who (round 17)
            if is_street_address(name) and not any(stem in _squash(name) for stem in stems):
                continue  # "4410 Elm Ave Suite 200": where the step is held, never who (round 24)
            if is_step_name(name) or _defined_as_step(name, title):
                continue  # "Teste de Aptidão Física": what is held, never who holds it
            if _opens_with_job(name):
                continue  # "Socorrista Arenales: 400 m swim ...": the job applied for (round 18)
            name = with_possessive(without_site(name, stems), text, stems)
            squashed = _squash(_LEGAL_FORM.sub("", name) or name)
            if "&" in name and squashed not in stems:
                # "Wattle & Fern" at wattleandfern.com.au: the domain spells the ampersand
                spelled_and = _squash(name.replace("&", " and "))
                squashed = spelled_and if spelled_and in stems else squashed
            if squashed in agencies or _names_agency(squashed, agencies):
                continue
            if _AGENCY_NAME.search(name):
                # "Cabinet Oriel RH", "Selecta RH", "Cia Talentum": a firm named for recruiting
                # answers only when the invite names no one else (round 18)
                fallback = fallback or (score, name, f"{why} '{name}'")
                continue
            if own and _names_agency(squashed, own):
                fallback = fallback or (score, name, f"{why} '{name}'")
                continue
            if len(squashed) >= 3 and stems:
                spelled = squashed in stems or (" " in name and (
                    spells_stem(name, stems) or any(spells_parts(name, p) for p in hyphened)))
                if spelled or any(squashed.startswith(stem) or stem.startswith(squashed)
                                  for stem in stems):
                    # The exact spelling of the domain's name beats a longer or shorter phrase,
                    # save the name it begins with its head word ("Ridgefield City Library" at
                    # ridgefieldcity.gov, round 19)
                    score += _MATCHES_DOMAIN + spelled + 4 * through_head(name, stems)
                elif initials and " " in name.strip() \
                        and any(initials_spell(name, short, stems) for short in initials):
                    # the name the domain abbreviates beats the abbreviation itself
                    score += _MATCHES_DOMAIN + 1
            if is_venue(name) and not _spells_a_stem_word(name, stems):
                # "@ Hotel Indigo lobby", "@ Cafe Luma": a venue that lends its rooms loses to any
                # organisation named elsewhere, and answers only when none is (round 24)
                score -= _PLACE_PENALTY
            if name in clients:
                score += STATED_CLIENT_BONUS
            if best is None or score > best[0]:
                best = (score, name, f"{why} '{name}'")
    if best is None or best[0] < _MATCHES_DOMAIN + 6:
        # Round 16: a public employer names itself in a fixed shape ("City of X", "X Fire and
        # Rescue Service", "Ayuntamiento de X") wherever the invite signs
        cores = [c for c in (public_core(registrable_label(d), d) for d in domains) if c]
        public = public_candidate(
            [(title, "title names", 4), *((s, "a display name names", 4) for s in spellings[:5]),
             (description[:5_000], "description names", 4 if not stems else 3),
             (location[:300], "location names", 4 if not stems else 2)], stems, cores,
            _MATCHES_DOMAIN, unspelled=best is None or best[0] < _MATCHES_DOMAIN)
        if public is not None and (best is None or public[0] > best[0] or (
                public[0] == best[0] and _squash(best[1]) in _squash(public[1]))):
            best = public
    best = _beyond_latin_rules(best, title, description, spellings, people,
                               stems=bool(stems)) or fallback
    judge = judge_named(title)
    if judge and (best is None or not _COURT_NAMED.search(best[1])):
        # a judge's chambers hire for the court the text names, or else the judge's (round 21)
        best = (_MATCHES_DOMAIN + 6, judge, f"the title names the judge '{judge}'")
    family = household(title, description)
    if family and (best is None or best[0] < _MATCHES_DOMAIN):
        # a household names itself by its family name; the suburb or street is where (round 20)
        best = (_MATCHES_DOMAIN, family, f"a household names itself '{family}'")
    settled = _settle(best, domains, sender_domains, spellings)
    # a romanised name the text spells in Cyrillic or Greek is the spelled one's (round 23)
    in_script = own_script_spelling(settled[0], title, description)
    if in_script:
        return in_script, f"the text spells '{settled[0]}' as '{in_script}'"
    if stems and settled[0] and not settled[0].isascii():
        # ... and a name read in its own script that is not the one spelling the employer's domain
        # ("सर्विस एडवाइज़र", the job, beside "गंगा मोटर्स" at gangamotors.co.in) gives way to the
        # one that does (round 24)
        domain_spelled = own_script_spelling(stems[0], title, description)
        if domain_spelled and domain_spelled not in settled[0] \
                and settled[0] not in domain_spelled:
            return domain_spelled, f"the text spells '{stems[0]}' as '{domain_spelled}'"
    return settled


_COURT_NAMED = re.compile(r"\bCourt\b")
# A firm named for recruiting (round 18): "Cabinet X", "X RH", "X HR", "X Recrutamento".
_AGENCY_NAME = re.compile(
    r"[ \t](?:RH|HR)$|^(?i:cabinet)[ \t]|(?i:\b(?:recrutement|recrutamento|consultoria\s+de\s+rh"
    r"|personalberatung|placements?|headhunt\w*|talentum)\b)")
# "Fast Track Assessment Centre (FSAC)": an acronym the title defines as a step's name.
_STEP_HEAD = re.compile(r"(?i:assessment|selection|centre|center|board|exam\w*|test\w*|day"
                        r"|interview\w*|auswahl\w*|sélection|selección|selectie)\b")


def _spells_a_stem_word(name: str, stems: list[str]) -> bool:
    """Whether a word of ``name`` of four letters or more is in the employer's domain, in any
    order ("Café Lindqvist" at lindqvistcafe.se): then the venue is the employer's own."""
    return any(len(word) >= 4 and any(word in stem for stem in stems)
               for word in (_squash(part) for part in name.split()))


def _opens_with_job(name: str) -> bool:
    """Whether ``name`` opens with an everyday job's head noun and names no organisation:
    a user's own title that begins with the job and its place ("Lifeguard Westbrook Pool:",
    "Camarero Extra Banquetes:") says what is applied for, not who hires; "Carers Trust" or
    "Dealer Direct Ltd" still answer by their organisation's word."""
    match = EVERYDAY_JOB.match(name)
    return match is not None and not _COMPANY_WORD.search(name) \
        and not _ORGANISATION_TAIL.search(name)


def _defined_as_step(name: str, title: str) -> bool:
    """Whether ``name`` is an acronym the title spells out as a step ("Fast Track Assessment
    Centre (FSAC)"): where one is held, never who holds it (round 17)."""
    if not (2 <= len(name) <= 8 and name.isupper() and name.isalpha()) or f"({name})" not in title:
        return False
    expansion = title[: title.index(f"({name})")][-60:]
    return _STEP_HEAD.search(expansion) is not None


def _agency_names(title: str) -> set[str]:
    """Squashed names of the firms the title says send or interview for the employer ("via
    Hirewell", "arranged by V2 Overseas", "(Dover Interviewer)"): never the employer."""
    agencies = {spelled for name in via_names(title)
                for spelled in (_squash(_trim(name)), _squash(name))}
    agencies.discard("")
    return agencies


def _names_agency(squashed: str, agencies: Collection[str]) -> bool:
    """"Pinnacle" or "Pinnacle Recruitment" for pinnaclerecruitment.co.uk: the start of an
    agency's name is the agency's."""
    return len(squashed) >= 4 and any(a.startswith(squashed) for a in agencies if len(a) >= 4)


def _beyond_latin_rules(best: tuple[int, str, str] | None, title: str, description: str,
                        spellings: list[str], people: Collection[str], *,
                        stems: bool) -> tuple[int, str, str] | None:
    """What the Latin-script rules leave: a tool sender's "<name> Careers" when no domain is
    known, and a name in its own script, which beats the domain's romanisation ("株式会社ひば
    り電機" at hibari-denki.co.jp) and any stated name that does not spell the domain."""
    if best is None and not stems:
        best = team_display_name(spellings, people)
    if not stems and (best is None or best[0] < VIA_WEIGHT):
        # "Quarry Lane Foods via AskBot": the sender says whom it writes for, beating a title's
        # leading word ("AI interview – ...")
        best = via_display_name(spellings, people) or best
    for name, weight in native_names(title, description, spellings):
        # a client stated as such in its own script beats the agency's name (round 18)
        score = _MATCHES_DOMAIN + weight + (STATED_CLIENT_BONUS if weight == 4 else 0)
        # (a display name's romanisation of the domain, "Sepahan Coop HR", is the domain's
        # spelling too, however its head word scores, round 22)
        if best is None or score > best[0] or best[2].startswith("a display name spells"):
            best = (score, name, f"{_NATIVE_WHY[weight]} '{name}'")
        break
    return best


_NATIVE_WHY = {4: "the client is named", 3: "title names", 2: "a display name names",
               1: "description names"}


_LOCATION_WEIGHT = 2  # a location's spelling of the domain's name
# A hired venue's word: a hotel, a stadium, a conference or training centre, an airport. In the
# location it names where a day is held; it is the employer only when the domain spells it.
_VENUE = re.compile(
    r"(?i:\b(?:h[oô]tel{1,2}s?|hostal|inn|lodge|resort|stadium|stadion|stadio|estadio|arena"
    r"|conference|congress|convention|kongress|congr[eè]s|tagungs\w*|airport|flughafen"
    r"|a[ée]roport\w*|aeropuerto|aeroporto|training\s+cent(?:re|er)|schulungszentrum"
    r"|courthouse)\b)")


def _sources(title: str, description: str, location: str, stems: list[str],
             spellings: Iterable[str]) -> list[tuple[str, Iterable[_Rule], str, int]]:
    """Where a company name may be read, in the order tried: title, description, location,
    and (when there is a domain to agree with) the display names on the invite; each with the
    score of a phrase there that spells the domain's name."""
    sources: list[tuple[str, Iterable[_Rule], str, int]] = [
        (title, _TITLE_RULES, "title names", 4),
        (description[:20_000], _DESC_RULES, "description names", 3),
    ]
    if location:
        sources.append((location[:300], _LOCATION_RULES, "location names", _LOCATION_WEIGHT))
    if stems:
        spelled = "\n".join(spellings)
        if spelled:
            sources.append((spelled, (), "a display name spells", 1))
    return sources


def _settle(best: tuple[int, str, str] | None, domains: list[str],
            sender_domains: Collection[str] = (),
            spellings: Iterable[str] = ()) -> tuple[str | None, str]:
    """A stated name that agrees with the domain wins; one that does not (an agency recruiter, a
    client named in the text) must come from an unambiguous place to beat the domain, unless
    the domain is only a machine sender's."""
    agency_only = bool(domains) and all(is_agency_domain(d) for d in domains)
    sender_only = bool(domains) and all(d in sender_domains for d in domains)
    if best is not None and (best[0] >= _MATCHES_DOMAIN or best[0] >= 4 or not domains
                             or (sender_only and best[0] >= 2) or agency_only):
        name = _LEGAL_FORM.sub("", best[1]) or best[1]
        return name, best[2]
    if domains:
        # "Pinecrest Pharmacy Careers" sending from pinecrestpharmacy.onmicrosoft.com: the
        # display name's spelling of the domain beats a guess at its word breaks
        # ... spelled without the channel or the state's letters the domain adds
        # ("marloncounty-wa.gov" and "Marlon County Courthouse", round 13)
        spelled = spelled_phrases("\n".join(spellings), [_squash(registrable_label(domains[0])),
                                                          _squash("".join(name_label_words(
                                                              domains[0])))])
        pretty = spelled[0] if spelled else (public_domain_name(registrable_label(domains[0]))
                                             or prettify_domain(domains[0]))
        if pretty:
            return pretty, f"organiser or guests are at {domains[0]}"
    return None, ""


