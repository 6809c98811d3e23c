"""How public employers name themselves, and how their domains shorten those names.

Owns round 16's rules for the employers of public-sector hiring steps (a police written exam, a
fire service's fitness test, a council's "prova orale"), where the invite names the body in a
fixed shape rather than where ``company_rules`` looks for a company:

- ``public_bodies``: the bodies a text states, in the shapes public employers use in the corpus's
  languages: the kind of body before the place ("City of Harlan Mill", "County of San Aurelio",
  "Ayuntamiento de Riofrío", "Comune di Roccabella", "Câmara Municipal de Vilarinho", "Ville de
  Montbrun", "Ministère de l'Aménagement du territoire", "Gemeente Laakdonk", "Stadt Kellheim"),
  or the service after it ("Oak Crest Police Department", "Wyredale Fire and Rescue Service",
  "Belmont Fire-EMS", "Southford Ambulance Service NHS Trust", "Kingsmoor Royal Hospital NHS
  Foundation Trust", "Lidaviks kommun", "Bereitschaftspolizei"); each with its place (the core a
  domain spells). An abbreviated kind is written out ("Ayto. Riofrío" is the Ayuntamiento de
  Riofrío) and an honorific dropped ("Excmo. Ayuntamiento de ...").
- ``public_core``: the place a public body's domain spells once its kind and its state's letters
  are taken off ("cityofharlanmilltx" → "harlanmill", "aytoriofrio" → "riofrio", "belmontva" →
  "belmont" at a .gov domain).
- ``public_domain_name``: a readable name for such a domain when the invite states none
  ("ayto-alcantarilla.es" → "Ayuntamiento de Alcantarilla").
- ``is_step_name``: a selection step's own name ("Teste de Aptidão Física", "Pruebas físicas",
  "Prova orale"), which names what is held and never who holds it (``lexicon_selection``'s and
  ``lexicon_steps``' tests, and the nouns they are made of).

Pure data and small functions; no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from interview_sync.core.detect.lexicon_selection import SELECTION_TEST
from interview_sync.core.detect.lexicon_steps import SKILLS_TEST
from interview_sync.core.detect.rules import PREFILTER
from interview_sync.core.detect.spelling import US_STATES, squash
from interview_sync.core.literals import Stems

__all__ = ["is_step_name", "public_bodies", "public_candidate", "public_core",
           "public_domain_name"]

# A word of a place's name: capitalised, an elided article before it ("l'Aménagement").
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|(?:l|d)['’][A-ZÀ-ÖØ-Þ][\w'’-]*)"
_PLACE = _WORD + r"(?:[ \t]+(?:(?:de|del|de la|di|da|do|du|des|of|upon|on|am|an|der)[ \t]+)?" \
    + _WORD + r"){0,3}"

# The kind of body before its place. An abbreviation is written out (``_SPELLED_OUT``).
_LEAD_KIND = (
    r"(?:City|County|Town|Township|Village|Borough|District|Municipality|Commonwealth|State"
    r"|Port|Parish)[ \t]+of"
    r"|(?:Ayuntamiento|Ayto\.?|Ajuntament|Concello|Comune|Citt[àa]|C[âa]mara[ \t]+Municipal"
    r"|Munic[íi]pio|Municipio|Prefeitura(?:[ \t]+Municipal)?|Ville|Commune|Mairie|Diputaci[óo]n"
    r"|Provincia|Regione|Junta)(?:[ \t]+(?:de|di|da|do|del|des|du|d['’]))?"
    r"|Gemeente|Stadt|Gemeinde|Landkreis|Markt|Provincie|Mesto|M[ěe]sto|Gmina|Miasto|Kommune")
# A ministry's name is lower case after its first word: the rest of its line is the name.
_MINISTRY = (r"(?:Minist[èe]re|Ministerio|Ministero|Minist[ée]rio|Ministry|Department)[ \t]+"
             r"(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|della|dell['’]|do|da|of(?:[ \t]+the)?)[ \t]*"
             r"[\w'’ \t-]{3,60}?(?=[ \t]*(?:[-–—|,:;()\n]|$))")
# The service after its place.
_TAIL_KIND = (
    r"(?:County|City|Town|Borough|District|Parish|Shire|Metropolitan[ \t]+Borough|Regional)?"
    r"[ \t]*Council"
    r"|Fire[ \t]+(?:and|&)[ \t]+Rescue(?:[ \t]+Service)?|Fire(?:-EMS|[ \t]+EMS|[ \t]+Rescue)"
    r"|Fire[ \t]+(?:Department|Service|District|Authority|Brigade)"
    r"|Police(?:[ \t]+(?:Department|Service|Force))?|Sheriff['’]s[ \t]+Office|PD|FD"
    r"|Ambulance[ \t]+Service(?:[ \t]+NHS(?:[ \t]+Foundation)?[ \t]+Trust)?"
    r"|NHS(?:[ \t]+Foundation)?[ \t]+(?:Trust|FT)|Health[ \t]+Board"
    r"|kommun|kommune|kunta|kaupunki")
# A court by its level and its seat (round 21: a judge's chambers hires for its court, never the
# courthouse it sits in): "U.S. District Court for the District of New Jersey", "Superior Court
# of Delaware", "U.S. Court of Appeals for the Ninth Circuit"; a court needs its seat after it,
# or its nation and its level before it.
_COURT = (r"(?P<nation>(?:U\.S\.|United[ \t]+States|State)[ \t]+)?"
          r"(?:(?P<level>Superior|Supreme|District|Circuit|Family|Probate|Appellate|Bankruptcy"
          r"|Federal|High|Crown|County|Municipal|Juvenile)[ \t]+)?Court\b"
          r"(?P<bench>[ \t]+of[ \t]+(?:Appeals?|Criminal[ \t]+Appeals|Chancery|Justice"
          r"|Federal[ \t]+Claims|International[ \t]+Trade))?"
          r"(?P<seat>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:(?:District|Circuit|State|Commonwealth"
          r"|County)[ \t]+of[ \t]+)?" + _PLACE + r")?")
_BODY = re.compile(
    r"(?<![\w@./-])(?:(?:Excmo|Excma|Ilmo|Ilma)\.?[ \t]+)?"
    r"(?:(?P<court>" + _COURT + r")"
    r"|(?P<lead>" + _LEAD_KIND + r")[ \t]+(?P<place>" + _PLACE + r")"
    r"|(?P<ministry>" + _MINISTRY + r")"
    r"|(?P<head>" + _PLACE + r")[ \t]+(?P<tail>" + _TAIL_KIND + r")\b"
    # a national or state force named without a place
    r"|(?P<force>Pol[íi]cia[ \t]+Militar|Pol[íi]cia[ \t]+Civil|Guardia[ \t]+Civil"
    r"|Polic[íi]a[ \t]+Nacional|[A-ZÄÖÜ][a-zäöüß]+polizei|Polizei))")

# The institution a department belongs to, after a comma.
_PARENT = re.compile(
    r"[ \t]*,[ \t]*((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[ \t]+){0,4}(?:University|College|Institute|Hospital"
    r"|Polytechnic)(?:[ \t]+of(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3})?|(?:University|College)[ \t]+of"
    r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3})")


# A department's or a team's words after the place ("County of San Aurelio Human Resources"):
# the body's name stops before them.
_DEPARTMENT_WORDS = frozenset({
    "human", "resources", "hr", "recruitment", "recruiting", "personnel", "careers", "jobs",
    "civil", "team", "office", "dotation", "personal", "recursos", "humanos", "rrhh", "ufficio",
    "servizio", "settore", "afdeling", "dienst", "amt", "abteilung", "service", "services",
    "department", "division", "unit", "testing", "exams", "examinations"})
_HONORIFIC = re.compile(r"^(?:Excmo|Excma|Ilmo|Ilma)\.?\s+")
# A place that is only a kind of body: "City Council" names no city
_KIND_WORDS = frozenset({"city", "county", "town", "village", "borough", "district", "state",
                         "the", "metropolitan", "regional", "parish", "shire", "municipal"})


# Every shape above holds one of these (case folded): a text without any leaves after one scan
# instead of a name tried at each of its capitals (most invites are no public body's).
_GATE = Stems((
    "city", "county", "town", "village", "borough", "district", "municipal", "commonwealth",
    "state of", "port of", "parish", "ayunt", "ayto", "ajunt", "concello", "comune", "citt",
    "câmara", "camara", "munic", "prefeit", "ville", "commune", "mairie", "diputaci", "provinc",
    "regione", "junta", "minist", "department", "gemeente", "stadt", "gemeinde", "landkreis",
    "markt", "mesto", "město", "gmina", "miasto", "kommun", "council", "fire", "polic", "polí",
    "sheriff", "ambulance", "nhs", "health board", "kunta", "kaupunki", "polizei", "guardia",
    "pd", "fd", "court"))


def public_bodies(text: str) -> list[tuple[str, str]]:
    """The public bodies ``text`` names, as (name, place): ("City of Harlan Mill", "Harlan
    Mill"), ("Oak Crest Police Department", "Oak Crest"), ("Ayuntamiento de Riofrío",
    "Riofrío") for "Ayto. Riofrío"; a ministry's place is its name."""
    if not text or not _GATE.found_in(text[:5_000].lower()):
        return []
    found: list[tuple[str, str]] = []
    for match in _BODY.finditer(text[:5_000]):
        if match.group("court") is not None:
            # (a bare "Court of Appeals" or "County Court" names no court: whose?)
            if match.group("seat") or (match.group("nation") and (
                    match.group("level") or match.group("bench"))):
                name = _cut_department(" ".join(match.group("court").split()))
                found.append((name, name))
        elif match.group("lead"):
            kind = match.group("lead")
            place = _cut_department(match.group("place"))
            if not place:
                continue
            if kind.lower().startswith("ayto"):
                kind = "Ayuntamiento de"  # "Ayto. de Valdemora", "Ayto. Riofrío"
            joiner = "" if kind.endswith(("'", "’")) else " "
            found.append((f"{kind}{joiner}{place}", place))
        elif match.group("ministry"):
            name = " ".join(match.group("ministry").split())
            parent = _PARENT.match(text, match.end()) if name.startswith("Department") else None
            if parent is not None:
                # "Department of Chemistry, Northfjord University": the department's
                # institution hires (round 21)
                name = " ".join(parent.group(1).split())
            found.append((name, name))
        elif match.group("head"):
            place = match.group("head")
            if "." in place[:-1] or squash(place.split()[0]) in _DEPARTMENT_WORDS \
                    or all(squash(word) in _KIND_WORDS for word in place.split()):
                continue  # a sentence's end or a team's word inside: not one name
            found.append((f"{place} {' '.join(match.group('tail').split())}", place))
        else:
            force = match.group("force")
            found.append((force, force))
    return [(_HONORIFIC.sub("", name), place) for name, place in found]


def _cut_department(place: str) -> str:
    """The place without the department after it or the sentence that follows it ("Torremolar.
    Lugar: ..." is Torremolar)."""
    words = place.split()
    for i, word in enumerate(words):
        if squash(word) in _DEPARTMENT_WORDS:
            words = words[:i]
            break
        if word.endswith(".") and len(word) > 3 and not word[:-1].isupper():
            words = [*words[:i], word[:-1]]
            break
    while words and words[-1].lower() in {"de", "del", "di", "da", "do", "du", "des", "of"}:
        words.pop()
    return " ".join(words)


# A public body's kind glued before its place in a domain: "cityofharlanmill", "aytoriofrio",
# "gemeentelaakdonk", "cm-vilarinho", "comune.valmorino" (the label before the suffix).
_GLUED_LEAD = re.compile(
    r"^(?:cityof|countyof|townof|townshipof|villageof|boroughof|ayto|ayuntamiento|ajuntament"
    r"|concello|comunedi|comune|gemeente|stadt|gemeinde|ville|mairie|municipio|cm|camara)-?")


@lru_cache(maxsize=1024)
def public_core(label: str, domain: str = "") -> str:
    """The place a public body's domain label spells, or "": "cityofharlanmilltx" →
    "harlanmill", "aytoriofrio" → "riofrio", "belmontva" (at a .gov domain) → "belmont"."""
    low = label.lower()
    lead = _GLUED_LEAD.match(low)
    core = low[lead.end():] if lead else low
    government = domain.endswith((".gov", ".us")) or ".gov." in domain
    # a US state's letters follow a US body's place only ("villaseca" keeps its "ca")
    american = government or (lead is not None and lead.group(0).endswith("of"))
    if american and len(core) >= 6 and core[-2:] in US_STATES:
        core = core[:-2]
    core = squash(core)
    if not (lead or government) or len(core) < 4 or core == squash(low):
        return ""
    return core


_ABBREVIATED_KIND = {"ayto": "Ayuntamiento de", "cm": "Câmara Municipal de",
                     "cityof": "City of", "countyof": "County of", "townof": "Town of"}


def public_domain_name(label: str) -> str:
    """A readable name for a public body's domain label that abbreviates its kind:
    "ayto-alcantarilla" → "Ayuntamiento de Alcantarilla", "cm-vilarinho" → "Câmara Municipal de
    Vilarinho"; "" otherwise (the domain's own prettifying applies)."""
    low = label.lower()
    for short, kind in _ABBREVIATED_KIND.items():
        if low.startswith(short + "-") and len(low) > len(short) + 3:
            words = [w for w in low[len(short) + 1:].split("-") if w]
            return kind + " " + " ".join(w.capitalize() for w in words)
    return ""


# The nouns a selection step is named by, in the corpus's languages ("Teste de Aptidão Física",
# "Prova orale", "Pruebas físicas", "Examen écrit", "Bleep test"): a name that starts with one,
# or holds one of the steps' own phrases, names a step.
_STEP_NOUNS = frozenset({
    "test", "tests", "teste", "testes", "exam", "exams", "examination", "examen", "examens",
    "exame", "exames", "prueba", "pruebas", "prova", "prove", "provas", "ejercicio", "epreuve",
    "epreuves", "concours", "concurso", "concorso", "oposicion", "oposiciones", "proef",
    "toets", "pruefung", "prufung", "auswahltest", "einstellungstest", "sporttest", "fystest",
    "bleep", "agility", "written", "oral", "selectieproef", "convocation", "convocazione",
    "convocatoria", "convocacao"})
_STEP_PHRASES = tuple(sorted({phrase.strip() for table in (SELECTION_TEST, SKILLS_TEST)
                              for cell in table.values() for phrase in cell
                              if len(phrase.strip()) >= 6 and " " in phrase.strip()}))


@lru_cache(maxsize=512)
def is_step_name(name: str) -> bool:
    """Whether ``name`` is a selection step's own name ("Teste de Aptidão Física", "Prova
    orale", "Civil Service Exam"), never an employer's."""
    words = name.split()
    if not words:
        return False
    if squash(words[0]) in _STEP_NOUNS:
        return True
    if len(words) == 1 and PREFILTER.fullmatch(name.lower()) is not None:
        return True  # "Töövestlus", "Usaili": the detection lexicon's step word alone (round 21)
    low = " ".join(words).lower()
    return any(phrase in low for phrase in _STEP_PHRASES)


_CONNECTORS = frozenset({"of", "and", "&", "de", "di", "da", "do", "du", "des", "del", "the"})


def _initials(name: str) -> str:
    """"Kestrel Moor Fire and Rescue" → "kmfr" (connectors left out); "" under three letters."""
    letters = "".join(squash(word)[:1] for word in name.split() if word.lower() not in _CONNECTORS)
    return letters if len(letters) >= 3 else ""


# A court or a ministry: hired for through a judge's chambers or a minister's office, whose
# mailbox's domain names neither (round 21)
_SEATED = re.compile(r"\bCourt\b|^(?:Minist|Department\b)")


def public_candidate(sources: list[tuple[str, str, int]], stems: list[str], cores: list[str],
                     matches_domain: int, *,
                     unspelled: bool = False) -> tuple[int, str, str] | None:
    """The best public body ``sources`` name, scored against the employer domains' ``stems``
    (and their places, ``cores``): one whose place or whole name the domain spells is as good as
    a name spelling the domain, and better than a phrase that only begins it ("Kingsmoor Royal
    Hospital NHS Foundation" cut short); one whose place the domain only begins ("Wyredale ..."
    at wyrefr.org.uk) beats the domain's own spelling; one the domain does not spell is weighed
    as ``sources`` says (the sender's display name signs for the body; a mention in a text does
    not outweigh another domain, save a court or a ministry when nothing on the invite spells the
    domain, ``unspelled``: the chambers' or the office's mailbox). ``sources`` are (text, why,
    score with no domain agreeing)."""
    best: tuple[int, str, str] | None = None
    for text, why, alone in sources:
        for name, place in public_bodies(text):
            whole, core = squash(name), squash(place)
            if len(core) < 3:
                continue
            if core in stems or core in cores or whole in stems or any(
                    len(stem) >= 6 and whole.startswith(stem) for stem in stems):
                score = matches_domain + 6
            elif any(len(core) >= 4 and stem[:4] == core[:4] for stem in stems) \
                    or any(len(stem) >= 3 and _initials(name).startswith(stem)
                           for stem in stems):
                # the domain begins the place ("wyrefr") or spells the body's initials ("kmfr"
                # for Kestrel Moor Fire and Rescue): the body the domain shortens
                score = matches_domain
            elif unspelled and _SEATED.search(name):
                score = max(alone, 4)
            else:
                score = alone if not stems or alone >= 4 else min(alone, 2)
            if best is None or score > best[0] or (
                    score == best[0] and whole.startswith(squash(best[1]))):
                # ... the fuller name of the same body: "Oakridge Police Department" over the
                # display name's "Oakridge Police"
                best = (score, name, f"{why} '{name}'")
    return best
