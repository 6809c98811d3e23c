"""Who is hiring: the employer an interview event names.

Owns ``company_of``: where a company's name sits in a title, a description, a location and the
invite's display names (structural rules, strongest first), how a stated name is trimmed to its
name, and how it is weighed against the employer-looking domains (a stated name that spells the
domain's name is the best evidence of all; an agency's own name never beats its client's; a
name in its own script, ``native``'s, beats the domain's romanisation; a client stated as such
beats every other name). The address vocabulary is ``addresses``'s, the spelling rules
``spelling``'s, the invite's labels (a stated client, a sender's display name, a civic
building) ``company_clues``'s. Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
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
    stated_clients,
    team_display_name,
    via_display_name,
)
from interview_sync.core.detect.company_names import (
    COMPANY_WORD as _COMPANY_WORD,
)
from interview_sync.core.detect.company_names import (
    LEGAL_FORM as _LEGAL_FORM,
)
from interview_sync.core.detect.company_names import (
    NAME as _NAME,
)
from interview_sync.core.detect.company_names import (
    NOT_A_NAME as _NOT_A_NAME,
)
from interview_sync.core.detect.company_names import (
    ORGANISATION_TAIL as _ORGANISATION_TAIL,
)
from interview_sync.core.detect.company_names import (
    acceptable as _acceptable,
)
from interview_sync.core.detect.company_names import (
    is_field_word,
    with_possessive,
    without_site,
)
from interview_sync.core.detect.company_names import (
    trim as _trim,
)
from interview_sync.core.detect.guests import via_names
from interview_sync.core.detect.interview_tools import INTERVIEW_TOOL, TOOL_NEEDLES
from interview_sync.core.detect.jobs import (
    ROLE_WORD_RE,
    ROLE_WORDS,
    STOP_TOKENS,
    is_stage_token,
)
from interview_sync.core.detect.native import native_names
from interview_sync.core.detect.spelling import (
    complete_name,
    spelled_phrases,
    spells_parts,
    spells_stem,
    squash,
    stem_core,
)
from interview_sync.core.literals import Stems

__all__ = ["company_of"]

_squash = squash  # the one squashing rule, shared with ``spelling``


# ----------------------------------------------------------------------- names stated in text

# A name immediately before a suffix ("Northwind Traders| recruiting team"): searching for the
# suffix first and then reading the name backwards from it is far cheaper than letting the
# engine try a name at every position of a long description.
_NAME_BEFORE = re.compile(r"(" + _NAME + r")\s*$")
_BACK = 80  # characters before a suffix worth reading for the name


@dataclass(frozen=True, slots=True)
class _Rule:
    """One place a company name sits: ``pattern`` captures it (or, if ``before``, follows it)."""

    pattern: re.Pattern[str]
    score: int
    # Without one of these literals in the lower-cased text, skip the rule (empty: always try).
    needles: frozenset[str] = frozenset()
    before: bool = False


def _rule(pattern: str, score: int, needles: str = "", *, before: bool = False) -> _Rule:
    """``needles`` are separated by spaces; "_" in one stands for a space."""
    return _Rule(re.compile(pattern), score, frozenset(n.replace("_", " ")
                                                       for n in needles.split()), before)


def _gate(rules: tuple[_Rule, ...]) -> Stems:  # every needle found in one pass (not 30 searches)
    return Stems(n for rule in rules for n in rule.needles)


_STAGE_SUFFIX = (
    r"(?i:interview|phone\s+screen|onsite|on-site|final\s+round|technical|coding|system"
    r"|behavioral|panel|intro|informational|hm\b|hiring"
    # the word in the corpus's other languages: "Intervju: Nordkust Bygg – Sommarjobb"
    r"|intervju|entrevista|entretien|colloquio|vorstellungsgespr[äa]ch|sollicitatiegesprek"
    r"|haastattelu|rozmowa|pohovor|m[üu]lakat)"
)
# Structural positions in a title, strongest first.
# "chez notre client Laiterie des Combes", "bei unserem Kunden Hagemann GmbH", "our client,
# Harrowgate Foods": the client an agency names is the employer.
_CLIENT_NAME = (r"(?i:\b(?:client[e]?|kunden?|klant|kund|kunde|klienta?)\b)[\s,:]+"
                r"(?:(?i:la|le|les|l'|der|die|das|den|el|il|de|the)\s+)?(" + _NAME + r")")
_TITLE_RULES: tuple[_Rule, ...] = (
    _rule(_CLIENT_NAME, 4, "client kunde klant kund klient"),
    _rule(r"^\W*\[(" + _NAME + r")\]", 4, "["),
    _rule(r"\((?:at\s+|@\s*)?(" + _NAME + r")\)\s*$", 2, ")"),
    _rule(r"(?:\s|^)(?:at|@|bei|chez|presso|bij)\s+(" + _NAME + r")", 4,
          "at_ @ bei_ chez_ presso_ bij_"),
    _rule(r"<>\s*(" + _NAME + r")", 3, "<>"),
    # "Állásinterjú – Dunamenti Ipari Szerelő Nyrt. – karbantartó mérnök": a name with its
    # legal form is the employer wherever it sits in the title
    _rule(r"(?:^|[–—|:(]\s*)(" + _NAME + r"\s+(?:GmbH|AG|Kft|Zrt|Nyrt|Ltd|Inc|LLC|plc|Oy|AB|BV|SpA"
          r"|Srl|S\.A|A\.Ş|Tbk)\.?)(?=\s*(?:[–—|:),]|$))", 3,
          "gmbh ag kft zrt nyrt ltd inc llc plc oy ab bv spa srl s.a a.ş tbk"),
    _rule(r"\s+<>", 3, "<>", before=True),
    _rule(r"^\W*(" + _NAME + r")\s*(?:\||:|::|–|—|-|/)\s", 3, "| : – — - /"),
    # "Interview: Litware (Kim)": after a leading stage and a colon comes the employer.
    _rule(r"^\W*(?:[A-Za-z]+\s+){0,2}?" + _STAGE_SUFFIX + r"\s*:\s*(" + _NAME + r")", 3, ":"),
    _rule(r"(?:\||–|—|-|/)\s*(" + _NAME + r")\s*(?:\([^()]*\)\s*)?$", 2, "| – — - /"),
    _rule(r"\s(?:x|X|×)\s+(" + _NAME + r")", 2, "_x_ _×"),
    # "Willo one-way interview – Harbor & Lane (Ops Coordinator)", "Codility test – Apexa
    # screening": the segment after the one naming the tool holds the employer (round 14)
    _rule(r"(?i:" + INTERVIEW_TOOL.pattern.pattern + r")[^–—|:\n]{0,40}?\s[–—|:-]\s*("
          + _NAME + r")", 3, TOOL_NEEDLES),
    _rule(r"\s+(?i:recruit\w*|talent|hiring\s+team|hr|people\s+team)", 4,
          "recruit talent hiring_team hr people_team", before=True),
    _rule(r"\s+" + _STAGE_SUFFIX, 2, before=True),
    _rule(r"(?:\b(?i:with)|\b(?i:w)/)\s*(" + _NAME + r")", 1, "with w/"),
    _rule(r"(?i:\bfrom\s+)(" + _NAME + r")", 2, "from_"),
    _rule(r"(?i:\bfor\s+)(" + _NAME + r")", 2, "for_"),
)
_DESC_RULES: tuple[_Rule, ...] = (
    _rule(_CLIENT_NAME, 4, "client kunde klant kund klient"),
    _rule(r"\s+(?i:recruit\w*|talent(?:\s+acquisition)?|hiring|people|hr)"
          r"\s+(?i:team|department|partner)", 4, "team department partner", before=True),
    _rule(r"\s+(?i:talent\s+acquisition|careers|recruiting)", 4,
          "talent_acquisition careers recruiting", before=True),
    _rule(r"(?i:company|employer|organi[sz]ation|client)\s*:\s*(" + _NAME + r")", 4,
          "company employer organi client"),
    _rule(r"(?i:interest\s+in\s+(?:joining\s+|working\s+(?:at|for)\s+)?|on\s+behalf\s+of\s+"
          r"|interview(?:ing)?\s+(?:with|at)\s+|(?:position|role|opportunity|opening|job)\s+at\s+"
          # ... "das zweite Interview bei der Orthosan Medical AG", "entretien chez Valmont"
          r"|(?:interview|gespr[äa]ch|entretien|colloquio|gesprek|intervju|samtale)\s+(?:bei|chez"
          r"|presso|bij|hos)\s+(?:(?:der|dem|la|le|il)\s+)?"
          r"|welcome\s+to\s+|applying\s+(?:to|at)\s+|team\s+at\s+|joining\s+|behalf\s+of\s+)"
          r"(" + _NAME + r")", 4, "interest behalf interview at_ welcome applying joining gespr"
          " entretien colloquio gesprek intervju samtale"),
    _rule(r"\s+(?i:is\s+(?:hiring|excited|looking|growing)|offices?\b|hq\b)", 2,
          "is_hiring is_excited is_looking is_growing office hq", before=True),
    # "Copperleaf Coffee has scheduled a video interview with you": the inviter is the subject
    _rule(r"\s+(?i:has\s+(?:scheduled|invited|booked)|would\s+like\s+to\s+invite\s+you"
          r"|invites\s+you|is\s+(?:pleased|delighted)\s+to\s+invite)", 3,
          "has_scheduled has_invited has_booked would_like_to_invite invites_you pleased_to_invite"
          " delighted_to_invite", before=True),
    # ... in the corpus's other languages, where a video tool mails for the employer (round 13):
    # "Ferrovie Alpine Servizi ti invita", "Die Stadtwerke Kelbach laden Sie ein", "X vous
    # invite", "X te invita", "X convida você", "X nodigt je uit"
    _rule(r"\s+(?i:t[ei]\s+invita|l[ae]\s+invita|vi\s+invita|vous\s+invite|t['’]invite"
          r"|l(?:ä|a)dt\s+(?:Sie|dich)\s+ein|laden\s+(?:Sie|dich)\s+ein|convida\s+(?:voc[êe]|o\s+candidato)"
          r"|te\s+convida|nodigt\s+(?:je|u)\s+uit)", 3,
          "invita invite dt_sie dt_dich laden_sie laden_dich convida nodigt", before=True),
    # "You picked this slot from Sable & Finch's self-schedule page", "Acme's hiring team"
    _rule(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?i:page|site|portal|careers?|hiring|recruiting"
          r"|recruitment|talent)\b", 3, "'s_ ’s_", before=True),
    # "Interviewer: Ruth Abara, Director of Finance Operations (Marlowe Freight)": the employer
    # in brackets after an interviewer's job
    _rule(r"\b(?:" + ROLE_WORDS + r"|Head|Chief|Dean|Principal)\b[^()\n]{0,40}?\((" + _NAME
          + r")\)", 2,
          "("),
    _rule(r"\b(?i:at|with)\s+(" + _NAME + r")", 1, "at_ with_"),
    # ... in the corpus's other languages: "das Interview bei der Orthosan Medical AG"
    _rule(r"\b(?i:bei|chez|presso|bij|hos)\s+(?:(?i:der|dem|den|la|le|l'|il)\s+)?(" + _NAME
          + r")", 1, "bei_ chez_ presso_ bij_ hos_"),
)
_LOCATION_RULES: tuple[_Rule, ...] = (
    _rule(r"^\W*(" + _NAME + r")\s*(?:HQ|Office|Offices|Headquarters|Campus|[-–,(])", 3),
)
_MATCHES_DOMAIN = 10  # added to a stated name that agrees with an employer domain
_GATES = {id(rules): _gate(rules) for rules in (_TITLE_RULES, _DESC_RULES, _LOCATION_RULES)}


_SEGMENT_SPLIT = re.compile(r"\s+[-–—|/x×]\s+|\s*(?:[|–—:()\[\]]|::|<>|//)\s*|,\s+")


def _segments(title: str, stems: list[str], *, lines: bool = False) -> Iterable[Any]:
    """Title segments spelling a domain's name: "Entrevista - Wingtip Toys - Analista" with
    guests at wingtiptoys.example gives "Wingtip Toys", spelled as the title spells it. With
    ``lines``, the names only (one per line of display names: "Orbital Freight Talent")."""
    whole = _squash(title)
    cores = [c for c in (stem_core(stem) for stem in stems) if c]
    if not any(stem in whole for stem in stems) and not any(c in whole for c in cores):
        return
    parts = (part for line in title.split("\n") for part in _SEGMENT_SPLIT.split(line)) \
        if lines else _SEGMENT_SPLIT.split(title)
    for segment in parts:
        squashed = _squash(segment)
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
                stated.append(list(_candidates(head, _DESC_RULES, people)))
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


def _candidates(
    text: str, rules: Iterable[_Rule], people: Collection[str]
) -> Iterable[tuple[str, int]]:
    if rules is _LOCATION_RULES and civic_building(text.split(",", 1)[0].strip()):
        return
    gate = _GATES.get(id(rules)) or _gate(tuple(rules))  # (always one of the three tables)
    held = gate.held(text.lower())
    for rule in rules:
        if rule.needles and held.isdisjoint(rule.needles):
            continue
        for match in rule.pattern.finditer(text):
            if rule.before:
                found = _NAME_BEFORE.search(text, max(0, match.start() - _BACK), match.start())
                if found is None:
                    continue
                raw = found.group(1)
            else:
                raw = match.group(1)
            # "Product Manager" is the job, not the employer; "Specialist Hospital" is one
            if ROLE_WORD_RE.search(raw) and not _ORGANISATION_TAIL.search(_trim(raw)):
                # "(Halcyon Biotech QA Director)": the employer, then the job at the end
                raw = _before_job(raw)
                if not raw:
                    continue
            name = _trim(raw)
            if _acceptable(name, people):
                yield name, rule.score


_ACRONYM = re.compile(r"[A-Z]{2,4}|[A-Z]&[A-Z]")


def _before_job(raw: str) -> str:
    """The name before a job that ends the phrase: "Halcyon Biotech QA Director" → "Halcyon
    Biotech"; "" when the job does not end it or nothing named is left before it."""
    match = ROLE_WORD_RE.search(raw)
    if match is None or raw[match.end():].strip(" .,"):
        return ""
    head = raw[: match.start()].split()
    while head and (_ACRONYM.fullmatch(head[-1]) or head[-1].lower() in {"of", "de", "&", "and"}):
        head.pop()  # the job's field ("QA", "HR") or a connector before it
    # a job's field is no employer ("Finance Systems Lead", "Field Engineering Intern")
    if len(head) < 2 or ROLE_WORD_RE.search(" ".join(head)) \
            or any(is_field_word(word) for word in head):
        return ""
    return " ".join(head)


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
    # "hronov-mesto.sk": the parts of a hyphenated employer domain, which a name may hold in
    # another order ("Mesto Hronov")
    hyphened = [tuple(_squash(p) for p in registrable_label(d).split("-") if _squash(p))
                for d in domains if "-" in registrable_label(d)
                and _squash(registrable_label(d)) in stems]
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
            else _candidates(text, rules, people)
        if rules is _TITLE_RULES:
            found = chain(_after_stage(title, people), found)
        if rules is _TITLE_RULES and stems:
            found = chain(_segments(title, stems),
                          _repeated(title, description, stems, people, stated), found)
        elif not rules:
            if best is not None and best[0] > _MATCHES_DOMAIN:
                break  # the title or text already spells the domain's name exactly
            found = ((name, 1) for name in _segments(text, stems, lines=True))
        if stems:
            # "Grupo Ortiz Valverde" at grupoortizvalverde.es, "Landkreis Wendelstein" at
            # lk-wendelstein.de: the words a glued or shortened domain spells, as written.
            found = chain(((name, weight) for name in spelled_phrases(text, stems)), found)
        for name, score in found:
            if weight == _LOCATION_WEIGHT and civic_building(name):
                continue  # "Gemeentehuis De Waardsmeer" spells the domain but names a building
            name = with_possessive(without_site(name, stems), text, stems)
            squashed = _squash(_LEGAL_FORM.sub("", name) or name)
            if squashed in agencies or _names_agency(squashed, agencies):
                continue
            if own and _names_agency(squashed, own):
                fallback = fallback or (score, name, f"{why} '{name}'")
                continue
            if len(squashed) >= 3 and stems:
                spelled = squashed in stems or (" " in name and (
                    spells_stem(name, stems) or any(spells_parts(name, p) for p in hyphened)))
                if spelled or any(squashed.startswith(stem) or stem.startswith(squashed)
                                  for stem in stems):
                    # The exact spelling of the domain's name beats a longer or shorter phrase.
                    score += _MATCHES_DOMAIN + spelled
            if name in clients:
                score += STATED_CLIENT_BONUS
            if best is None or score > best[0]:
                best = (score, name, f"{why} '{name}'")
    best = _beyond_latin_rules(best, title, description, spellings, people,
                               stems=bool(stems)) or fallback
    return _settle(best, domains, sender_domains, spellings)


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
        if best is None or _MATCHES_DOMAIN + weight > best[0]:
            best = (_MATCHES_DOMAIN + weight, name, f"{_NATIVE_WHY[weight]} '{name}'")
        break
    return best


_NATIVE_WHY = {3: "title names", 2: "a display name names", 1: "description names"}


_LOCATION_WEIGHT = 2  # a location's spelling of the domain's name


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
        pretty = spelled[0] if spelled else prettify_domain(domains[0])
        if pretty:
            return pretty, f"organiser or guests are at {domains[0]}"
    return None, ""


