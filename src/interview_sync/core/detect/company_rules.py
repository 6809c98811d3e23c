"""Where a company's name sits in an invite's title, text and location: ``company``'s rule tables.

Owns the structural rules (``TITLE_RULES``, ``DESC_RULES``, ``LOCATION_RULES``: a pattern that
captures a name or that a name precedes, its score, and the literals without which it is skipped)
and ``candidates``, which runs a table over a text and trims what each rule captures to a name
(a job at the end of the phrase cut off). Split from ``company`` in round 16 (the module was at
the size guideline). Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from interview_sync.core.detect.company_clues import civic_building
from interview_sync.core.detect.company_names import NAME as _NAME
from interview_sync.core.detect.company_names import ORGANISATION_TAIL as _ORGANISATION_TAIL
from interview_sync.core.detect.company_names import acceptable as _acceptable
from interview_sync.core.detect.company_names import is_field_word
from interview_sync.core.detect.company_names import trim as _trim
from interview_sync.core.detect.interview_tools import INTERVIEW_TOOL, TOOL_NEEDLES
from interview_sync.core.detect.jobs import ROLE_WORD_RE, ROLE_WORDS
from interview_sync.core.literals import Stems

__all__ = ["DESC_RULES", "LOCATION_RULES", "STAGE_SUFFIX", "TITLE_RULES", "Rule", "candidates"]


# A name immediately before a suffix ("Northwind Traders| recruiting team"): searching for the
# suffix first and then reading the name backwards from it is far cheaper than letting the
# engine try a name at every position of a long description.
_NAME_BEFORE = re.compile(r"(" + _NAME + r")\s*$")
_BACK = 80  # characters before a suffix worth reading for the name


@dataclass(frozen=True, slots=True)
class Rule:
    """One place a company name sits: ``pattern`` captures it (or, if ``before``, follows it)."""

    pattern: re.Pattern[str]
    score: int
    # Without one of these literals in the lower-cased text, skip the rule (empty: always try).
    needles: frozenset[str] = frozenset()
    before: bool = False


def _rule(pattern: str, score: int, needles: str = "", *, before: bool = False) -> Rule:
    """``needles`` are separated by spaces; "_" in one stands for a space."""
    return Rule(re.compile(pattern), score, frozenset(n.replace("_", " ")
                                                       for n in needles.split()), before)


def _gate(rules: tuple[Rule, ...]) -> Stems:  # every needle found in one pass (not 30 searches)
    return Stems(n for rule in rules for n in rule.needles)


STAGE_SUFFIX = (
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
TITLE_RULES: tuple[Rule, ...] = (
    _rule(_CLIENT_NAME, 4, "client kunde klant kund klient"),
    _rule(r"^\W*\[(" + _NAME + r")\]", 4, "["),
    _rule(r"\((?:at\s+|@\s*)?(" + _NAME + r")\)\s*$", 2, ")"),
    _rule(r"(?:\s|^)(?:at|@|bei|chez|presso|bij)\s+(" + _NAME + r")", 4,
          "at_ @ bei_ chez_ presso_ bij_"),
    _rule(r"<>\s*(" + _NAME + r")", 3, "<>"),
    # "Interview – Crestview Dental @ 4410 Elm Ave": the segment before a place after "@" is who
    # hires, the place where (round 24)
    _rule(r"[–—|:]\s*(" + _NAME + r")\s+@\s", 3, "@"),
    # "Interview w/ Priya Raman (Hollis & Grange) @ Hotel Indigo": the organisation in brackets
    # after the person met is theirs (round 24)
    _rule(r"(?:\b(?i:with)|\b(?i:w)/)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*\((" + _NAME
          + r")\)", 2, "with_ w/"),
    # "Állásinterjú – Dunamenti Ipari Szerelő Nyrt. – karbantartó mérnök": a name with its
    # legal form is the employer wherever it sits in the title
    _rule(r"(?:^|[–—|:(]\s*)(" + _NAME + r"\s+(?:GmbH|AG|Kft|Zrt|Nyrt|Ltd|Inc|LLC|plc|Oy|AB|BV|SpA"
          r"|Srl|S\.A|A\.Ş|Tbk)\.?)(?=\s*(?:[–—|:),]|$))", 3,
          "gmbh ag kft zrt nyrt ltd inc llc plc oy ab bv spa srl s.a a.ş tbk"),
    _rule(r"\s+<>", 3, "<>", before=True),
    _rule(r"^\W*(" + _NAME + r")\s*(?:\||:|::|–|—|-|/)\s", 3, "| : – — - /"),
    # "Interview: Litware (Kim)": after a leading stage and a colon comes the employer.
    _rule(r"^\W*(?:[A-Za-z]+\s+){0,2}?" + STAGE_SUFFIX + r"\s*:\s*(" + _NAME + r")", 3, ":"),
    _rule(r"(?:\||–|—|-|/)\s*(" + _NAME + r")\s*(?:\([^()]*\)\s*)?$", 2, "| – — - /"),
    _rule(r"\s(?:x|X|×)\s+(" + _NAME + r")", 2, "_x_ _×"),
    # "Willo one-way interview – Harbor & Lane (Ops Coordinator)", "Codility test – Apexa
    # screening": the segment after the one naming the tool holds the employer (round 14)
    _rule(r"(?i:" + INTERVIEW_TOOL.pattern.pattern + r")[^–—|:\n]{0,40}?\s[–—|:-]\s*("
          + _NAME + r")", 3, TOOL_NEEDLES),
    _rule(r"\s+(?i:recruit\w*|talent|hiring\s+team|hr|people\s+team)", 4,
          "recruit talent hiring_team hr people_team", before=True),
    _rule(r"\s+" + STAGE_SUFFIX, 2, before=True),
    _rule(r"(?:\b(?i:with)|\b(?i:w)/)\s*(" + _NAME + r")", 1, "with w/"),
    _rule(r"(?i:\bfrom\s+)(" + _NAME + r")", 2, "from_"),
    _rule(r"(?i:\bfor\s+)(" + _NAME + r")", 2, "for_"),
)
DESC_RULES: tuple[Rule, ...] = (
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
    # "Mark Jensen, design lead at Tessellate Studio": a person's job at an organisation names
    # it, over any place the title gives after "@" (round 24)
    _rule(r"\b(?:" + ROLE_WORDS + r"|(?i:lead|head|manager|director|founder|partner|engineer"
          r"|designer|recruiter))\s+at\s+(" + _NAME + r")", 2, "at_"),
    _rule(r"\b(?i:at|with)\s+(" + _NAME + r")", 1, "at_ with_"),
    # ... in the corpus's other languages: "das Interview bei der Orthosan Medical AG"
    _rule(r"\b(?i:bei|chez|presso|bij|hos)\s+(?:(?i:der|dem|den|la|le|l'|il)\s+)?(" + _NAME
          + r")", 1, "bei_ chez_ presso_ bij_ hos_"),
)
LOCATION_RULES: tuple[Rule, ...] = (
    _rule(r"^\W*(" + _NAME + r")\s*(?:HQ|Office|Offices|Headquarters|Campus|[-–,(])", 3),
)
_GATES = {id(rules): _gate(rules) for rules in (TITLE_RULES, DESC_RULES, LOCATION_RULES)}

def candidates(
    text: str, rules: Iterable[Rule], people: Collection[str]
) -> Iterable[tuple[str, int]]:
    if rules is LOCATION_RULES and civic_building(text.split(",", 1)[0].strip()):
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
            start = match.start(1) if not rule.before and match.lastindex else -1
            if start >= 2 and name[:2] in _VESSEL_KIND and _VESSEL.search(text[start - 3:start]):
                # "M/Y Alcyone", "S/Y Marisol": the capture starts after the slash of a yacht's or
                # ship's prefix, which is its name's (round 22)
                name = text[start - 2:start] + name
            if _acceptable(name, people):
                yield name, rule.score


_ACRONYM = re.compile(r"[A-Z]{2,4}|[A-Z]&[A-Z]")
# The prefix before a vessel's name, which a name capture starts after at its slash.
_VESSEL = re.compile(r"(?<![\w/])[MS]/$")
_VESSEL_KIND = frozenset({"Y ", "V ", "S ", "T "})


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

