"""Dates the calendar names: explicit dates, months and their parts, quarters, weeks by number.

Owns the resolvers of "2026-06-02", "June 2nd", "27. März", "8/1" (month first only where the
country writes it so), "the 15th", "early/mid/late April", "Anfang April", "a finales de marzo",
"next month", "end of the month", "Q3", "end of the year", "KW 13" (see ``dates`` for the
conventions they follow).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from interview_sync.core.timeline.businessdays import is_business_day
from interview_sync.core.timeline.grammar import month_of
from interview_sync.core.timeline.span import (
    PAST_GRACE,
    Resolver,
    Span,
    add_months,
    dated,
    friday_of,
    last_day,
    year_of,
)

__all__ = ["RESOLVERS"]


def _month_window(ref: date, part: str, month: int, year: int) -> tuple[date, date]:
    last = last_day(year, month)
    part = " ".join(part.replace("-", " ").split()).removeprefix("the ").removeprefix("very ")
    part = part.removeprefix("la ").removeprefix("a ")
    part = _FOREIGN_PARTS.get(part, part)
    for foreign, english in _FOREIGN_HALVES:
        if part.startswith(foreign):
            part = english
    if part.startswith(("early to mid", "mid to late")):
        lo, hi = (1, 15) if part.startswith("early") else (11, last)
    elif part.startswith("first full week"):  # round 20: its first Monday-to-Friday week
        lo = 1 + (7 - date(year, month, 1).weekday()) % 7
        hi = lo + 4
    elif part.startswith("first week") and date(year, month, 1).weekday() >= 5:
        # "the first week of March" when March starts on a weekend: its first working week
        lo = 8 - date(year, month, 1).weekday()
        hi = lo + 4
    elif part.startswith(("first week", "second week", "third week")):
        # days 1-7, 8-14, 15-21; round 21 ("tl21e"): ending on a weekend, on its Friday before
        # ("the first week of September" 2036, a Monday the 1st, is 1-5; "the second week of
        # August" 2039 is 8-12): the labels' working week, whichever way they count the weeks
        lo = 1 if part.startswith("first") else 8 if part.startswith("second") else 15
        hi = lo + 6
        hi -= max(0, date(year, month, hi).weekday() - 4)
    elif part.startswith(("early", "beginning", "start")):
        lo, hi = 1, 7
    elif part.startswith("first half"):
        lo, hi = 1, 15
    elif part.startswith(("mid", "middle")):
        lo, hi = 11, 15
    elif part.startswith(("late", "second half", "last week")):
        lo, hi = max(1, last - 10) if part.startswith("late") else 16, last
        if part.startswith("last week"):
            lo = last - 6
    else:  # "end of", bare month
        lo, hi = (last - 6, last) if part.startswith("end") else (1, last)
    return date(year, month, lo), date(year, month, hi)


# German, French and Spanish words for the parts of a month, in the English the rules read.
_FOREIGN_PARTS = {
    "anfang": "early", "début": "early", "debut": "early", "principios de": "early",
    "mitte": "mid", "mi": "mid", "mediados de": "mid", "ende": "end of", "fin": "end of",
    "finales de": "end of", "principios del": "early", "mediados del": "mid",
    "finales del": "end of",
}


# "la primera quincena de", "la deuxième quinzaine d'", "la première semaine d'"
_FOREIGN_HALVES = (
    (("primera semana", "première semaine", "premiere semaine"), "first week of"),
    (("segunda semana", "deuxième semaine", "deuxieme semaine", "seconde semaine"),
     "second week of"),
    # round 14 ("tl14i"): the third and the last week
    (("tercera semana", "troisième semaine", "troisieme semaine"), "third week of"),
    (("última semana", "ultima semana", "dernière semaine", "derniere semaine"), "last week of"),
    (("primera quincena", "première quinzaine", "premiere quinzaine", "primera mitad",
      "première moitié", "premiere moitie", "ersten h", "der ersten h"), "first half of"),
    (("segunda quincena", "deuxième quinzaine", "deuxieme quinzaine", "seconde quinzaine",
      "segunda mitad", "deuxième moitié", "deuxieme moitie", "seconde moitié", "seconde moitie",
      "zweiten h", "der zweiten h"), "second half of"),
)


# Portuguese, Italian, Dutch, Polish, Czech and Nordic month parts, by a word they hold.
_MORE_PARTS = (
    # round 14 ("tl14i"): Italian and Portuguese weeks of a month by their ordinal
    (("prima settimana",), "first week of"), (("seconda settimana", "segunda semana"),
                                               "second week of"),
    (("terza settimana", "terceira semana"), "third week of"),
    (("ultima settimana", "última semana", "ultima semana"), "last week of"),
    # round 12 (before "metà", "half": mid-month alone); Hungarian and Turkish parts after the
    # month (``mpartpost``), Greek and Slovenian parts
    (("segunda quinzena", "seconda met", "seconda quindicina", "tweede helft", "második fel",
      "masodik fel", "ikinci yar"), "second half of"),
    (("prima met", "prima quindicina", "eerste helft", "első fel", "elso fel", "ilk yar"),
     "first half of"),
    (("első het", "elso het", "ilk hafta"), "first week of"),
    (("utolsó het", "utolso het", "son hafta"), "last week of"),
    # round 13 ("tlz"): Finnish parts after the month's genitive
    (("loppu",), "end of"), (("alussa", "alkupuol"), "early"), (("puoliv",), "mid"),
    (("αρχές", "αρχες", "začetku", "zacetku", "elején", "elejen", "başında", "basinda",
      "başinda"), "early"),
    (("μέσα", "μεσα", "sredi", "közepén", "kozepen", "ortasında", "ortasinda"), "mid"),
    (("τέλη", "τελη", "koncu", "végé", "vege", "sonun"), "end of"),
    (("første u", "forste u", "första v", "forsta v"), "first week of"),
    (("andre u", "anden u", "andra v"), "second week of"),
    (("siste u", "sidste u", "sista v"), "last week of"),
    (("druhé polovin", "druhe polovin", "drugiej po"), "second half of"),
    (("první polovin", "prvni polovin", "pierwszej po"), "first half of"),
    (("primeira semana",), "first week of"), (("primeira quinzena",), "first half of"),
    (("início", "inicio", "inizio", "begin", "początku", "poczatku", "začátkem", "zacatkem",
      "början", "borjan", "starten", "begynnelsen"), "early"),
    (("meados", "metà", "meta", "half", "medio", "połowie", "polowie", "polovin", "mitten",
      "midten"), "mid"),
    (("final", "fim", "fine", "eind", "koniec", "koncem", "końc", "konc", "slutet", "slutningen",
      "slutten", "udgangen", "utgangen", "utgången"), "end of"),
    # round 20 ("tl20i"): Bulgarian and Russian
    (("края", "конца", "конце"), "end of"), (("началото", "начала", "начале"), "early"),
    (("средата", "середин"), "mid"),
)


# Countries that write 3/4 as March 4; everyone else reads it as 3 April.
_MONTH_FIRST = frozenset({"US", "CA", "PH", "FM", "MH", "PW", "GU", "PR", "AS", "VI", "MP", "UM"})


def _month_span(ref: date, part: str, month: int) -> tuple[date, date] | None:
    year = ref.year
    lo, hi = _month_window(ref, part, month, year)
    if hi < ref:
        if month == ref.month or ref - hi <= PAST_GRACE:
            return None
        lo, hi = _month_window(ref, part, month, year + 1)
    return lo, hi


# One resolver a kind of expression (the kinds are ``grammar.time_re()``'s named alternatives).
# Each takes the match, the reference day, the kind, and the country and subdivision whose
# business days count.
def _iso(m: re.Match[str], ref: date, kind: str, country: str | None,
         subdivision: str | None) -> Span | None:
    g = m.group
    day = dated(ref, int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    return Span(earliest=None, latest=day, specificity=4) if day else None


def _month_day(m: re.Match[str], ref: date, kind: str, country: str | None,
               subdivision: str | None) -> Span | None:
    g = m.group
    month, d = month_of(g(f"{kind}_m")), int(g(f"{kind}_d"))
    day = dated(ref, year_of(g(f"{kind}_y")), month, d)
    if day is None:
        return None
    earliest = None
    if kind == "mdy" and g("mdy_d2") and int(g("mdy_d2")) > d:
        end = dated(day, day.year, month, int(g("mdy_d2")))
        if end is not None:
            earliest, day = day, end
    if g(f"{kind}_wk"):
        earliest, day = day, max(day, friday_of(day))
    return Span(earliest=earliest, latest=day, specificity=4)


def _dot(m: re.Match[str], ref: date, kind: str, country: str | None,
         subdivision: str | None) -> Span | None:
    g = m.group
    day = dated(ref, year_of(g("dot_y")), int(g("dot_m")), int(g("dot_d")))
    return Span(earliest=None, latest=day, specificity=4) if day else None


def _dewoche(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    g = m.group
    first = g("dewoche_n").startswith("erste")
    part = ("first week of" if first else "second week of") if g("dewoche_u") == "woche" else (
        "first half of" if first else "second half of")
    window = _month_span(ref, part, month_of(g("dewoche_m")))
    return Span(earliest=window[0], latest=window[1], specificity=2) if window else None


def _monthfirst(m: re.Match[str], ref: date, kind: str, country: str | None,
                subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=add_months(ref.replace(day=1), 1), specificity=3)


def _num(m: re.Match[str], ref: date, kind: str, country: str | None,
         subdivision: str | None) -> Span | None:
    g = m.group
    a, b = int(g("num_a")), int(g("num_b"))
    day_first = bool(country) and str(country).strip().upper() not in _MONTH_FIRST
    month, d = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
    day = dated(ref, year_of(g("num_y")), month, d)
    return Span(earliest=None, latest=day, specificity=4) if day else None


def _nth(m: re.Match[str], ref: date, kind: str, country: str | None,
         subdivision: str | None) -> Span | None:
    d = int(m.group("nthx_d" if kind == "nthx" else "nth_d"))
    if not 1 <= d <= 31:
        return None
    first = ref.replace(day=1) if d >= ref.day else add_months(ref.replace(day=1), 1)
    if d > last_day(first.year, first.month):
        return None
    return Span(earliest=None, latest=first.replace(day=d), specificity=4)


def _mpart(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    g = m.group
    window = _month_span(ref, g("mpart_p"), month_of(g("mpart_m")))
    return Span(earliest=window[0], latest=window[1], specificity=2) if window else None


def _more_part(m: re.Match[str], ref: date, kind: str) -> Span | None:
    """A month part in the other languages' words, its groups named ``<kind>_p`` and
    ``<kind>_m``: before the month ("mpartx") or after it ("mpartpost": "szeptember közepén",
    "január első hetében", "Eylül ortasında")."""
    said = m.group(kind + "_p")
    part = next((english for words, english in _MORE_PARTS
                 if any(word in said for word in words)), "")
    window = _month_span(ref, part, month_of(m.group(kind + "_m")))
    return Span(earliest=window[0], latest=window[1], specificity=2) if window else None


def _mpartx(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    return _more_part(m, ref, "mpartx")


def _mpartpost(m: re.Match[str], ref: date, kind: str, country: str | None,
               subdivision: str | None) -> Span | None:
    return _more_part(m, ref, "mpartpost")


def _mbare(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    g = m.group
    window = _month_span(ref, "", month_of(g("mbare_m")))
    if window is None:
        return None
    if m.group(0).startswith(("by", "before", "until", "bis", "avant", "antes")):
        return Span(earliest=None, latest=window[0], specificity=2)
    return Span(earliest=window[0], latest=window[1], specificity=2)


def _nmonth(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    g = m.group
    which = g("nmonth_w").split()[-1]
    base = ref.replace(day=1)
    if which in {"next", "following"}:
        base = add_months(base, 1)
    lo, hi = _month_window(ref, g("nmonth_p") or "", base.month, base.year)
    if g("nmonth_p") is None and which in {"this", "the"}:
        lo = ref
    return Span(earliest=max(lo, ref), latest=max(hi, ref), specificity=2)


def _fmonth(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    """ "Anfang nächsten Monats", "début du mois prochain", "a mediados de mes", "courant du
    mois": next month's or this month's part (a bare "des Monats" / "del mes" names nothing)."""
    g = m.group
    part = " ".join((g("fmonth_p") or "").split())
    if g("fmonth_this") is not None and not part:
        return None
    base = ref.replace(day=1) if g("fmonth_this") is not None else add_months(ref.replace(day=1), 1)
    if part in _WHOLE_MONTH:
        part = ""
    lo, hi = _month_window(ref, part, base.month, base.year)
    return Span(earliest=max(lo, ref), latest=max(hi, ref), specificity=2)


def _fmonthx(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    """ "eind volgende maand", "i slutet av nästa månad", "w przyszłym miesiącu": next month or
    its part, the parts read as ``mpartx`` reads them."""
    words = m.group("fmonthx_p") or ""
    part = next((english for stems, english in _MORE_PARTS
                 if any(stem in words for stem in stems)), "") if words else ""
    base = add_months(ref.replace(day=1), 1)
    lo, hi = _month_window(ref, part, base.month, base.year)
    return Span(earliest=max(lo, ref), latest=max(hi, ref), specificity=2)


# Lead words that mean "during the month" rather than a part of it.
_WHOLE_MONTH = frozenset({"courant", "dans le courant", "im laufe", "a lo largo"})


def _monthend(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref.replace(day=last_day(ref.year, ref.month)),
                specificity=2)


def _quarter(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    g = m.group
    quarter = int(g("quarter_n")) if g("quarter_n") else (ref.month - 1) // 3 + 1
    year = ref.year if quarter >= (ref.month - 1) // 3 + 1 else ref.year + 1
    if g("quarter_next"):  # round 19: "the end of next quarter"
        quarter, year = (1, year + 1) if quarter == 4 else (quarter + 1, year)
    end = date(year, quarter * 3, last_day(year, quarter * 3))
    return Span(earliest=None, latest=end, specificity=2)


def _yearend(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=date(ref.year, 12, 31), specificity=2)


# "(by the) end of": what makes a numbered week's end its Friday
_END_OF_RE = re.compile(r"\b(?:ende|end|slutet|slutten|utgangen|udgangen|fin|fine|final|finales"
                        r"|koniec|konce|lopussa|loppuun)\b(?:\s+(?:of|der|de|del|della|av|af|la|el))?"
                        r"(?:\s+(?:the|die))?\s*\Z")


def _calendar_week(m: re.Match[str], ref: date, kind: str, country: str | None,
                   subdivision: str | None) -> Span | None:
    """ "KW 13", "13. KW": ISO week 13, Monday to Friday, of this year (or the next once it is
    past); round 18: its working days, a public holiday at either end left out ("senest i uge
    15" when Maundy Thursday and Good Friday close it: Monday to Wednesday)."""
    week = int(m.group("kw_n") or m.group("kw_m"))
    for year in (ref.year, ref.year + 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            return None
        if monday + timedelta(days=4) >= ref:
            days = [day for day in (monday + timedelta(days=i) for i in range(5))
                    if is_business_day(day, country=country, subdivision=subdivision)]
            if not days:  # a week of holidays: the week itself
                return Span(earliest=monday, latest=monday + timedelta(days=4), specificity=2)
            friday = monday + timedelta(days=4)
            # "bis Ende der 12. KW" is its Friday, a holiday or not (the corpus's convention)
            end = friday if _END_OF_RE.search(m.string, max(0, m.start() - 24), m.start()) \
                else days[-1]
            return Span(earliest=days[0], latest=end, specificity=2)
    return None


RESOLVERS: dict[str, Resolver] = {
    "kw": _calendar_week,
    "iso": _iso,
    "mdy": _month_day,
    "dmy": _month_day,
    "dot": _dot,
    "dewoche": _dewoche,
    "monthfirst": _monthfirst,
    "num": _num,
    "nth": _nth,
    "mpart": _mpart,
    "nthx": _nth,
    "mpartx": _mpartx,
    "mpartpost": _mpartpost,
    "mbare": _mbare,
    "nmonth": _nmonth,
    "fmonth": _fmonth,
    "fmonthx": _fmonthx,
    "monthend": _monthend,
    "quarter": _quarter,
    "yearend": _yearend,
}
