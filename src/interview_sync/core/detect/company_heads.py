"""Organisation names read through their head word: what kind of body a name says it is.

Owns round 19's rules for ``company``: ``HEAD_WORD``, the nouns that end an organisation's name
in English ("Harcourt Lane Funeral Home", "Thornbury Maritime Museum", "Ridgefield City Library",
"Sentinel Guard Services", "Kestrel Valley Heritage Trust") or open it in the Romance and German
word order ("Trattoria Da Nino", "Clínica Dental Sonrisa Norte", "Musei Civici di Castelmonte",
"Seniorenzentrum Am Lindenhof", "Bestattungshaus Kranich"); ``headed``, whether a name is one;
``through_head``, a name that is the domain's name and its head word (kept whole, where the
domain's exact spelling would cut "Library" or "Services" off); ``letterhead``, the organisation
a description opens with on a line of its own ("Penrose & Sons Funeral Directors, 22 Mill Road");
``before_place``, the name before a district or town a title adds after a comma ("Trattoria
Da Nino, Trastevere"); and (round 22) ``kind_segment``, a title's last segment that opens with its
kind in the languages that put it first. Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from interview_sync.core.detect.company_names import (
    COMPANY_WORD,
    NAME,
    acceptable,
    is_field_word,
    trim,
)
from interview_sync.core.detect.jobs import ROLE_WORD_RE
from interview_sync.core.detect.rules import PREFILTER
from interview_sync.core.detect.spelling import squash

__all__ = ["HEAD_WORD", "before_place", "boosted", "headed", "kind_segment", "letterhead",
           "not_organisations", "through_head"]

# The last word of an English organisation's name, by the kind of body it is.
_ENDS = (
    r"home|homes|directors|museum|museums|gallery|library|libraries|trust|foundation|society"
    r"|association|charity|hospice|clinic|surgery|practice|pharmacy|hospital|spa|salon"
    r"|centre|center|services|service|constabulary|police|rescue|department|brigade|academy"
    r"|school|college|nursery|zoo|aquarium|theatre|theater|orchestra|opera|choir|church"
    r"|cathedral|parish|council|authority|institute|laboratory|laboratories|lab|labs"
    r"|hotel|resort|restaurant|bistro|brasserie|café|cafe|bakery|brewery|distillery|winery"
    r"|garage|studio|studios|works|farm|estate|kennels|cattery|stables|club|chambers"
    r"|embassy|consulate|ministry|commission|agency|bureau|office|registry|archives?"
    # round 22: a co-operative, a golf course, a union, a board, a secretariat
    r"|co-operative|cooperative|co-op|coop|links|union|board|secretariat"
)
# The first word of a name in the Romance and German order (and German compounds whose head
# ends the word: "Seniorenzentrum", "Bestattungshaus", "Stadtbibliothek").
_OPENS = (
    r"trattoria|osteria|ristorante|pizzeria|enoteca|pasticceria|farmacia|clinica|clínica"
    r"|clinique|cabinet|biblioteca|bibliothèque|museo|musei|musée|musées|museu|fondazione"
    r"|fondation|fundación|fundação|hôtel|hotel|hostal|restaurante|café|panadería|boulangerie"
    r"|pâtisserie|librairie|teatro|théâtre|istituto|institut|instituto|centro|centre|scuola"
    r"|escuela|école|école|residenza|résidence|residencia|studio|estudio|atelier|laboratorio"
    r"|laboratoire|agenzia|agence|agencia|cooperativa|coopérative|associazione|asociación"
    r"|bestattungs\w*|bestattungen|\w+(?:zentrum|haus|heim|bibliothek|klinik|praxis|museum"
    r"|stiftung|schule|hotel|werk|werkstatt|apotheke|bäckerei|kanzlei|verein|amt)"
    # round 22: bodies whose kind opens the name in Swahili, Indonesian, Polish, Czech and the
    # Romance languages ("Chama cha Ushirika cha Wakulima wa Kahawa Mbinga", "Sekretarieti ya
    # Ajira katika Utumishi wa Umma", "Koperasi Serba Usaha Maju", "Spółdzielnia Mleczarska")
    r"|chama|sekretarieti|wizara|halmashauri|mamlaka|shirika|tume|bodi|baraza|benki|kampuni"
    r"|koperasi|yayasan|spółdzielnia|družstvo|zadruga|sociedad|société|syndicat|mutuelle"
)
HEAD_WORD = re.compile(r"(?i:^(?:" + _OPENS + r")\s+\S|\s(?:" + _ENDS + r")$)")


# The whole of a title's last segment that opens with such a kind, after the step's words
# (round 22): a name in these orders runs on in lower-case connectors ("cha", "ya", "wa",
# "katika", "de"), which the capitalised-name rules stop at.
_KIND_OPENS = re.compile(r"(?i:^(?:" + _OPENS + r"))\s+\S")
_SEGMENTS = re.compile(r"\s+[-–—|]\s+")
_PARENTHESES = re.compile(r"\s*\([^()]*\)\s*")


def kind_segment(title: str, people: Collection[str]) -> Iterable[tuple[str, int]]:
    """"Usaili – Afisa Utumishi II – Sekretarieti ya Ajira katika Utumishi wa Umma": the last
    segment, when it opens with an organisation's kind and an earlier one holds the step's
    words."""
    parts = _SEGMENTS.split(title[:300])
    if len(parts) < 2:
        return
    job, comma, after = _PARENTHESES.sub(" ", parts[-1]).rpartition(",")
    after = after.strip(" .,:;")
    if comma and ROLE_WORD_RE.search(job) and HEAD_WORD.search(after) and after[:1].isupper() \
            and acceptable(after, people) \
            and any(PREFILTER.search(part.lower()) for part in parts[:-1]):
        # "Interview – Field Extension Officer, Nyandarua Dairy Farmers' Co-operative": the job,
        # then after a comma a name its kind ends
        yield after, 4
        return
    # "École Sainte-Thérèse, Bourges": the town after a comma is where
    last = _PARENTHESES.sub(" ", parts[-1]).split(",", 1)[0].strip(" .,:;")
    if not _KIND_OPENS.match(last) or not last[:1].isupper() or len(last.split()) > 10:
        return
    if not any(PREFILTER.search(part.lower()) for part in parts[:-1]):
        return
    # (such names run long: "Chama cha Ushirika cha Wafugaji wa Ng'ombe Kagera")
    if acceptable(last, people) or (48 < len(last) <= 90 and last.lower() not in people):
        yield last, 4


def headed(name: str) -> bool:
    """Whether ``name`` (two words at least) says what kind of body it is by a head word at
    its end ("... Funeral Home", "... Museum") or its start ("Trattoria ...", "Museo ...")."""
    return " " in name and HEAD_WORD.search(name) is not None


def not_organisations(people: Collection[str]) -> set[str]:
    """The invite's names without those that are an organisation's by their head word: an
    organiser's display name "Seniorenzentrum Am Lindenhof" names the employer, not a person
    (two-word names ending in a head word stay: "Jessica Hall" is a person's)."""
    return {p for p in people
            if not (headed(p) and (len(p.split()) >= 3 or _OPENING.match(p) is not None))}


_OPENING = re.compile(r"(?i:(?:" + _OPENS + r")\s)")
_TRAILING_HEAD = re.compile(r"(?i:(?:\s+(?:" + _ENDS + r")){1,2})")


def through_head(name: str, stems: Collection[str]) -> bool:
    """"Ridgefield City Library" at ridgefieldcity.gov, "Sentinel Guard Services" at
    sentinelguard.com: the domain's name and the head word after it, one name; the domain's
    exact spelling alone would cut the head word off (round 18's "…Funeral" without "Home")."""
    if not stems or " " not in name:
        return False
    words = name.split()
    for cut in (1, 2):  # "... Library", "... Funeral Home"
        core = " ".join(words[:-cut])
        if len(words) > cut and _TRAILING_HEAD.fullmatch(" " + " ".join(words[-cut:])) \
                and len(squash(core)) >= 4 and squash(core) in stems:
            # ... unless the domain's name ends in a head word itself ("Peppercorn Home" at
            # peppercornhome.com, not "Peppercorn Home Studio")
            return _TRAILING_HEAD.fullmatch(" " + core.split()[-1]) is None
    return False


# The first line of a description, when it is a name and then an address or nothing ("Penrose &
# Sons Funeral Directors, 22 Mill Road, Walthamstow.", "Laboratoire Armor Essais, ZI de Kerlann").
_FIRST_LINE = re.compile(r"^\W*(" + NAME + r")[ \t]*(?:[,–—|(]|\n|$)")


def letterhead(description: str, people: Collection[str]) -> Iterable[tuple[str, int]]:
    """The organisation a description opens with, as a letterhead does: a name with its head
    word or a company's word, alone on the first line or before the address (score 3, a
    description's structural place)."""
    match = _FIRST_LINE.match(description[:300])
    if match is None:
        return
    name = trim(match.group(1))
    if (headed(name) or COMPANY_WORD.search(name)) and _VENUE_HEAD.search(name) is None \
            and acceptable(name, people):
        yield name, 3


# A title's last segment that is a name, a comma and a place ("Trattoria Da Nino, Trastevere",
# "The Copper Kettle, Camden"): up to three capitalised words after the comma.
_NAME_COMMA_PLACE = re.compile(
    r"(?:^|\s[|–—/-]\s|:\s)(" + NAME + r"),[ \t]+[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,2}"
    r"[ \t]*$")


# A title's last segment that is a job, a comma and the employer ("Afisa Ugavi Daraja la II,
# Halmashauri ya Wilaya ya Mlimani", "Mhudumu wa Afya, Halmashauri ya Wilaya ya Kilosa"), round 21.
_JOB_COMMA_NAME = re.compile(r"(?:^|\s[|–—/-]\s|:\s)([^,|–—:]{3,60}),[ \t]+(" + NAME + r")[ \t]*$")


def before_place(title: str, people: Collection[str]) -> Iterable[tuple[str, int]]:
    """The name before the district or town a title's last segment adds after a comma; a
    name with its head word is the employer's own segment (4), any other name of two words or
    more as weak as a last segment (2)."""
    if "," not in title:
        return
    job = _JOB_COMMA_NAME.search(title[:300])
    # (a job by its word, or written in lower case as names never are: "laotöötaja, Viru
    # Logistika")
    if job is not None and (ROLE_WORD_RE.match(job.group(1).strip()) is not None
                            or job.group(1).strip().islower()):
        name = trim(job.group(2))
        # (not a field: "Assistant Professor, Electrical & Computer Engineering" names the post's
        # department)
        if " " in name and acceptable(name, people) and not is_field_word(name.split()[-1]):
            yield name, 4
            return
    match = _NAME_COMMA_PLACE.search(title[:300])
    if match is None:
        return
    name = trim(match.group(1))
    place = title[match.end(1):match.end()].strip(" ,\t")
    if _UNIT_OF.match(name) and _INSTITUTION.search(place) and acceptable(place, people):
        # "Department of Chemistry, Northfjord University": a department hires for the
        # institution after it, which is no place (round 21)
        yield place, 4
        return
    # (one word alone before the comma is as often the job: "– Lagerkonsult, Jönköping")
    if acceptable(name, people) and (" " in name or headed(name)):
        yield name, 4 if headed(name) else 2


# A unit of an institution by its first words ("Department of Chemistry", "Faculty of Law",
# "Chambers of Judge Ng") and the institutions such a unit belongs to.
_UNIT_OF = re.compile(r"(?i:(?:department|dept\.?|faculty|school|division|office|chambers"
                      r"|laboratory|lab|centre|center|institute)\s+(?:of|for)\s)")
_INSTITUTION = re.compile(r"(?i:\b(?:university|college|institute|hospital|ministry|council"
                          r"|authority|trust|court|universit\w+|hochschule|polytechnic)\b)")


# A unit's words at a name's end ("Women's Services", "Department of Social Services"): a
# department of the employer as often as the employer, so they do not strengthen a segment.
_UNIT_END = re.compile(r"(?i:\s(?:services|service|department|office|bureau|registry)$)")
# A venue's words: a letterhead line naming a hall, a hotel or a centre says where, not who.
_VENUE_HEAD = re.compile(r"(?i:\b(?:hall|hotel|h[oô]tel|resort|centre|center|church|cathedral"
                         r"|theatre|theater|club|library|office)\b)")


def boosted(name: str, score: int, title: str) -> int:
    """A title's last segment (score 2) that names an organisation by its head word or a
    company's word is the employer's own segment: as strong as a legal form there (4). A name
    in brackets stays weak ("Spa Therapist (Serenity Palms Spa)": the unit the post is in)."""
    if score == 2 and f"({name}" not in title and _UNIT_END.search(name) is None \
            and (headed(name) or COMPANY_WORD.search(name)):
        return 4
    return score

