"""The region a text names, for the holiday calendar: "in unserer Münchner Zentrale" is Bavaria.

Owns ``region_named`` (the ``holidays`` subdivision code of the one region of ``country`` a text
names, by the region's own name, its capital or its largest cities, or None). Why: public
holidays differ by region where the reader counts working days (Corpus Christi is kept in
Bavaria and not in Hamburg, the Diada in Catalonia only), and an invitation names the office it
is sent from far more often than the caller knows the user's region. Only countries whose
regional holidays the ``holidays`` package knows and the corpus counts in are listed (Germany,
Spain, Austria, Switzerland); a text naming regions of two different subdivisions names none
(a reader cannot tell which office answers), and a name that is also a common word ("Halle",
"Essen") is left out. Pure: no I/O.
"""

from __future__ import annotations

import functools
import re

from interview_sync.core.timeline.factor import by_first_char

__all__ = ["region_named"]

# country → subdivision → the names a text gives it (lower case; adjectives where a city's
# takes one: "Münchner", "Hamburger", "Kölner")
_REGIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "DE": {
        "BY": ("bayern", "bavaria", "münchen", "münchner", "munich", "nürnberg", "nürnberger",
               "augsburg", "augsburger", "regensburg", "regensburger", "würzburg", "würzburger",
               "ingolstadt"),
        "BW": ("baden-württemberg", "stuttgart", "stuttgarter", "karlsruhe", "karlsruher",
               "mannheim", "mannheimer", "freiburg", "freiburger", "heidelberg", "heidelberger",
               "ulm", "ulmer"),
        "HE": ("hessen", "frankfurt", "frankfurter", "wiesbaden", "wiesbadener", "darmstadt",
               "darmstädter", "kassel", "kasseler"),
        "NW": ("nordrhein-westfalen", "nrw", "köln", "kölner", "cologne", "düsseldorf",
               "düsseldorfer", "dortmund", "dortmunder", "bonn", "bonner", "bochum", "bochumer",
               "duisburg", "duisburger", "aachen", "aachener", "bielefeld", "bielefelder"),
        "RP": ("rheinland-pfalz", "mainz", "mainzer", "trier", "trierer", "koblenz", "koblenzer"),
        "SL": ("saarland", "saarbrücken", "saarbrücker"),
        "SN": ("sachsen", "dresden", "dresdner", "leipzig", "leipziger", "chemnitz", "chemnitzer"),
        "TH": ("thüringen", "erfurt", "erfurter", "jena", "jenaer"),
        "ST": ("sachsen-anhalt", "magdeburg", "magdeburger"),
        "BB": ("brandenburg", "potsdam", "potsdamer"),
        "BE": ("berlin", "berliner"),
        "HH": ("hamburg", "hamburger"),
        "HB": ("bremen", "bremer"),
        "NI": ("niedersachsen", "hannover", "hannoveraner", "braunschweig", "braunschweiger",
               "göttingen", "göttinger", "osnabrück", "osnabrücker", "oldenburg", "oldenburger"),
        "SH": ("schleswig-holstein", "kiel", "kieler", "lübeck", "lübecker", "flensburg"),
        "MV": ("mecklenburg-vorpommern", "rostock", "rostocker", "schwerin", "schweriner"),
    },
    "ES": {
        "CT": ("cataluña", "catalunya", "barcelona", "tarragona", "girona", "lleida"),
        "MD": ("madrid",),
        "AN": ("andalucía", "sevilla", "málaga", "granada", "cádiz", "almería", "huelva", "jaén"),
        "VC": ("comunitat valenciana", "comunidad valenciana", "valència", "alicante",
               "castellón"),
        "PV": ("euskadi", "país vasco", "bilbao", "vitoria", "donostia"),
        "GA": ("galicia", "a coruña", "vigo", "santiago de compostela"),
        "IB": ("illes balears", "islas baleares", "mallorca", "palma de mallorca", "ibiza"),
        "CN": ("canarias", "tenerife", "las palmas"),
    },
    "AT": {
        "9": ("wien", "wiener", "vienna"),
        "6": ("steiermark", "graz", "grazer"),
        "5": ("salzburg", "salzburger"),
        "7": ("tirol", "tiroler", "innsbruck", "innsbrucker"),
        "4": ("oberösterreich", "linz", "linzer"),
    },
    "CH": {
        "ZH": ("zürich", "zürcher", "zurich"),
        "GE": ("genève", "genf", "geneva"),
        "BE": ("bern", "berner"),
        "BS": ("basel", "basler"),
        "VD": ("lausanne", "vaud"),
    },
}


@functools.lru_cache(maxsize=8)
def _pattern(country: str) -> re.Pattern[str] | None:
    regions = _REGIONS.get(country)
    if not regions:
        return None
    names = sorted({name for names in regions.values() for name in names}, key=len, reverse=True)
    # grouped by first letter: the pass costs one test per word, not one per name
    return re.compile(r"(?<![\w-])(?:" + by_first_char("|".join(re.escape(n) for n in names))
                      + r")(?![\w-])")


@functools.lru_cache(maxsize=64)
def _subdivision_of(country: str, name: str) -> str:
    return next(sub for sub, names in _REGIONS[country].items() if name in names)


def region_named(text: str, country: str | None) -> str | None:
    """The subdivision of ``country`` the one region ``text`` names stands for ("Sie hören
    nach dem Gespräch in unserer Münchner Zentrale", "DE" → "BY"); None when it names none, or
    regions of two subdivisions, or ``country`` has no regions listed."""
    if not isinstance(country, str) or not isinstance(text, str):
        return None
    pattern = _pattern(country.strip().upper())
    if pattern is None:
        return None
    lower = text.lower()
    found = {_subdivision_of(country.strip().upper(), m.group(0))
             for m in pattern.finditer(lower)}
    if not found and country.strip().upper() == "ES" and _CATALAN_RE.search(lower):
        return "CT"  # round 21: a text in Catalan naming no region is from Catalonia
    return found.pop() if len(found) == 1 else None


# round 21 ("tl21i"): words only Catalan writes ("deu dies hàbils", "la setmana vinent",
# "rebreu", "us comunicarem", "demà"): a Spanish text in Catalan that names no region counts in
# Catalonia's calendar (Sant Joan, La Diada), where most who write Catalan live (Valencia's and
# the Balearics' texts name their region, or count as Catalonia's: a known approximation)
_CATALAN_RE = re.compile(r"(?<!\w)(?:h(?:à|a)bils|setmana|rebreu|rebr(?:à|a)s|comunicarem"
                         r"|us\s+(?:truquem|escriurem|direm|farem\s+saber)|dem(?:à)"
                         r"|l'ajuntament|dilluns|dimarts|dimecres|dijous|divendres)(?!\w)")
