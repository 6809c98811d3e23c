"""Time counted from the reference day: durations, the weeks around it, named days.

Owns the resolvers of "in ten days", "within 2-3 business weeks", "sous huitaine", "in the
coming days", "next week" and its early/mid/late parts, "the week after next", "this week",
"over the weekend", "today", "tomorrow", "Friday", "Monday or Tuesday", "EOD" (see ``dates`` for
the conventions they follow).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, timedelta

from interview_sync.core.timeline import far_words
from interview_sync.core.timeline.businessdays import (
    SATURDAY_WEEK,
    SUNDAY_WEEK,
    add_business_days,
    is_business_day,
    working_week,
)
from interview_sync.core.timeline.grammar import number_of, weekday_of
from interview_sync.core.timeline.span import (
    Resolver,
    Span,
    add_months,
    dated,
    friday_of,
    monday_next_week,
    weekday_span,
)

__all__ = ["RESOLVERS"]


# Days after next Monday that "early/mid/late/-" next week span (Monday = 0).
_NEXT_WEEK_WINDOWS = {"nwearly": (0, 1), "nwmid": (1, 2), "nwlate": (3, 4), "nweek": (0, 4),
                      "nweekx": (0, 4)}


# How each unit's word starts (or what it holds), in every language ``grammar`` reads.
_BUSINESS_UNITS = ("business", "working", "work", "biz", "bday", "weekday", "werk", "arbeits",
                   "arbets", "arbejds", "arbeids", "virke", "hverdag", "pracovn",
                   # round 10: Slovenian, Lithuanian, Estonian, Greek
                   "delovn", "darbo", "tööp", "toop", "työp", "tyop", "εργάσ", "εργασ")
# "dias úteis", "lavorativi", "zile lucrătoare", "arkipäivän"
_BUSINESS_WORDS = ("ouvr", "bil", "labor", "teis", "lavor", "robocz", "lucr", "arki")
_HOUR_UNITS = ("h", "stund", "godzin", "timm", "timer", "ore")
_WEEK_UNITS = ("w", "sem", "sett", "tyg", "tydz", "týd", "tyd", "veck", "uge", "uke", "săpt",
               "sapt", "viik", "tjed", "setm",
               # round 10: Slovak, Slovenian, Lithuanian, Estonian, Greek
               "týž", "tyz", "tedn", "teden", "savait", "nädal", "nadal", "εβδομ")
# Round 7's languages, whose units start like another class's ("hét" and "hafta" are weeks,
# "hónap" a month, not hours; "ay" a month, "munkanap" and "iş günü" business days): read first.
_MORE_UNITS = (("munkanap", "business"), ("işgün", "business"), ("isgun", "business"),
               ("radn", "business"), ("hét", "week"), ("het", "week"), ("hafta", "week"),
               ("hónap", "month"), ("honap", "month"), ("ay", "month"), ("mjesec", "month"),
               ("nap", "day"), ("gün", "day"), ("gun", "day"), ("dan", "day"))
_MORE_STEMS = tuple(stem for stem, _ in _MORE_UNITS)


# round 17 ("tl17i"): "a few / several / some weeks" in any language ("inom några veckor", "en
# algunas semanas", "einige Wochen", "kilka tygodni") is too wide to name a day (the corpus's
# convention since round 13: "within a few weeks" promises nothing; "a couple of weeks" does)
_VAGUE_RE = re.compile(
    r"(?:a\s+)?few|several|some|quelques|plusieurs|einige[nr]?|mehrere|algun[oa]s|unas|unos"
    r"|vari[oa]s|alcun[ei]|qualche|diverse|alguns|algumas|v(?:á|a)rias|enkele|n(?:å|a)gra|flera"
    r"|noen|nogle|flere|kilka|kilku|kilkana(?:ś|s)cie|n(?:ě|e)kolik|niekoľko|niekolko|nekoliko"
    r"|muutam\w*|useita|n(?:é|e)h(?:á|a)ny|t(?:ö|o)bb|birka(?:ç|c)|c(?:â|a)teva|mai\s+multe\Z")


def _vague(word: str | None, unit_word: str) -> bool:
    """Whether ``word`` is a vague quantity of weeks or months ("a few weeks")."""
    unit = unit_word.replace(" ", "")
    return bool(word) and _VAGUE_RE.fullmatch(" ".join((word or "").split())) is not None and (
        unit.startswith(_WEEK_UNITS) or unit.startswith(("m", "kuuk", "μήν", "μην", "hónap",
                                                         "honap", "ay")))


def _duration(ref: date, m: re.Match[str], country: str | None,
              subdivision: str | None) -> date | None:
    if not m.group("dur_n2") and _vague(m.group("dur_n1"), m.group("dur_u")):
        return None
    n = max(number_of(m.group("dur_n1")), number_of(m.group("dur_n2")))
    if m.group("dur_half"):
        n += 0.5
    tail = m.group("dur_or")
    if tail and "so" not in tail:
        n = max(n, number_of(tail.split()[-1]))
    return _count(ref, n, m.group("dur_u"), bool(m.group("dur_bd")), country=country,
                  subdivision=subdivision)


def _count(ref: date, n: float, unit_word: str, business: bool, *, country: str | None,
           subdivision: str | None) -> date | None:
    """``ref`` plus ``n`` of the unit ``unit_word`` names (in any language ``grammar`` reads)."""
    if n <= 0 or n > 400:
        return None
    unit = unit_word.replace(" ", "").replace("-", "")
    if unit.startswith(_MORE_STEMS):  # one C-level test; the loop only for those units
        unit = next(cls for stem, cls in _MORE_UNITS if unit.startswith(stem))
    if (unit.endswith(("hour", "hours")) and unit.startswith(("business", "working"))) or (
            unit.startswith(_HOUR_UNITS) and any(w in unit for w in _BUSINESS_WORDS)):
        # "48 working hours", "48 heures ouvrées", "24 horas hábiles": whole working days
        return add_business_days(ref, math.ceil(n / 24), country=country, subdivision=subdivision)
    if unit.startswith("werkwe"):  # "binnen twee werkweken": ten working days
        return add_business_days(ref, math.ceil(5 * n), country=country, subdivision=subdivision)
    if business or unit.startswith(_BUSINESS_UNITS) or any(
            w in unit for w in _BUSINESS_WORDS):
        return add_business_days(ref, math.ceil(n), country=country, subdivision=subdivision)
    if unit.startswith(_HOUR_UNITS):
        return ref + timedelta(days=math.ceil(n / 24))
    if unit.startswith("f"):
        return ref + timedelta(days=math.ceil(14 * n))
    if unit.startswith(_WEEK_UNITS):
        return ref + timedelta(days=math.ceil(7 * n))
    if unit.startswith(("m", "kuuk", "μήν", "μην")) or unit == "kuu":
        whole = math.floor(n)
        extra = round((n - whole) * 30)
        return add_months(ref, whole) + timedelta(days=extra)
    return ref + timedelta(days=math.ceil(n))


def _today_named(m: re.Match[str], ref: date, kind: str, country: str | None,
                 subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref, specificity=3)  # a day named before: ``context``


def _sameday(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    g = m.group
    return Span(earliest=ref, latest=ref + timedelta(days=1 if g("sameday_next") else 0),
                specificity=3)


def _wafter(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    monday = monday_next_week(ref) + timedelta(days=7)
    return Span(earliest=monday, latest=monday + timedelta(days=4), specificity=2)


def _sunday_week(country: str | None) -> bool:
    return isinstance(country, str) and country.strip().upper() in SUNDAY_WEEK


def _saturday_week(country: str | None) -> bool:
    return isinstance(country, str) and country.strip().upper() in SATURDAY_WEEK


def _next_week_window(m: re.Match[str], ref: date, kind: str, country: str | None,
                      subdivision: str | None) -> Span | None:
    monday = monday_next_week(ref)
    if _saturday_week(country):  # round 20: the week after the one ``ref`` is in, Saturday-based
        monday = ref + timedelta(days=(5 - ref.weekday()) % 7 or 7) + timedelta(days=2)
    lo_day, hi_day = _NEXT_WEEK_WINDOWS[kind]
    if kind in ("nweek", "nweekx") and hi_day > lo_day and (
            _sunday_week(country) or _saturday_week(country)):
        # round 18: next week where it runs Sunday to Thursday ("בשבוע הבא", "الأسبوع القادم");
        # round 20: Saturday to Wednesday ("هفته آینده" in Iran)
        days = working_week(monday, country=country, subdivision=subdivision)
        if days:
            return Span(earliest=days[0], latest=days[-1], specificity=2)
    if kind == "nwlate" and _saturday_week(country):  # round 20: its last two working days
        days = working_week(monday, country=country, subdivision=subdivision)
        if days:
            return Span(earliest=days[-2] if len(days) > 1 else days[0], latest=days[-1],
                        specificity=2)
    latest = monday + timedelta(days=hi_day)
    # "next week" when its Friday is a public holiday (Hungary's 23 October) ends the day before
    while (kind in ("nweek", "nweekx") and hi_day > lo_day and country
           and not is_business_day(latest, country=country, subdivision=subdivision)):
        latest -= timedelta(days=1)
        hi_day -= 1
    return Span(earliest=monday + timedelta(days=lo_day), latest=latest, specificity=2)


def _inweek(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    g = m.group
    unit = g("inweek_u") or ("month" if g("inweek_cs").startswith("m") else "week")
    n = 2 if g("inweek_or") and "so" not in g("inweek_or") else 1
    days = {"day": 1, "week": 7, "fortnight": 14, "month": 0}[unit] * n
    within = add_months(ref, n) if unit == "month" else ref + timedelta(days=days)
    return Span(earliest=None, latest=within, specificity=2)


def _tweek(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    if _sunday_week(country):  # round 18: its Thursday where the week runs Sunday to Thursday
        thursday = ref + timedelta(days=(3 - ref.weekday()) % 7)
        return Span(earliest=None, latest=thursday, specificity=2)
    friday = friday_of(ref) if ref.weekday() < 5 else friday_of(monday_next_week(ref))
    return Span(earliest=None, latest=friday, specificity=2)


def _aweekend(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=monday_next_week(ref), specificity=2)


def _coming(m: re.Match[str], ref: date, kind: str, country: str | None,
            subdivision: str | None) -> Span | None:
    days = 21 if any(w in m.group(0) for w in ("week", "woch", "semain", "seman")) else 5
    return Span(earliest=None, latest=ref + timedelta(days=days), specificity=1)


def _dur(m: re.Match[str], ref: date, kind: str, country: str | None,
         subdivision: str | None) -> Span | None:
    g = m.group
    anchor, specificity = ref, 2
    if g("dur_from"):  # "two weeks from Friday": count from that day
        word = g("dur_from").split()[-1].removesuffix("'s")
        if word == "tomorrow":
            anchor = ref + timedelta(days=1)
        elif word not in {"today", "now"}:
            modifier = "next" if "next" in g("dur_from") else None
            anchor, specificity = weekday_span(ref, modifier, word, None).latest, 3
    after = _duration(anchor, m, country, subdivision)
    return Span(earliest=None, latest=after, specificity=specificity) if after else None


def _counted(prefix: str) -> Callable[..., Span | None]:
    """A reader for "w ciągu dwóch tygodni", "inom två veckor" (``durx``) or "két héten belül",
    "tri radna dana" (``durm``, round 7's languages): as ``_dur``, with each kind's own words
    in groups named ``<prefix>_n1``, ``<prefix>_n2`` and ``<prefix>_u``."""

    def read(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
        g = m.group
        if not g(f"{prefix}_n2") and _vague(g(f"{prefix}_n1"), g(f"{prefix}_u")):
            return None
        n = max(number_of(g(f"{prefix}_n1")), number_of(g(f"{prefix}_n2")))
        after = _count(ref, n, g(f"{prefix}_u"), False, country=country, subdivision=subdivision)
        return Span(earliest=None, latest=after, specificity=2) if after else None

    return read


def _durf(m: re.Match[str], ref: date, kind: str, country: str | None,
          subdivision: str | None) -> Span | None:
    """Round 17's languages ("lima hari kerja", "2 tuần", "трьох робочих днів", "תוך שבוע",
    "أسبوعين"): ``far_words`` reads the count and the unit."""
    n, unit = far_words.far_count(m)
    after = _count(ref, n, unit, False, country=country, subdivision=subdivision)
    return Span(earliest=None, latest=after, specificity=2) if after else None


def _vnday(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    """Vietnamese "ngày 3 tháng 2": that day (this year's, else next year's)."""
    year = int(m.group("vnday_y")) if m.group("vnday_y") else None
    day = dated(ref, year, int(m.group("vnday_m")), int(m.group("vnday_d")))
    return Span(earliest=None, latest=day, specificity=3) if day else None


def _weekend(m: re.Match[str], ref: date, kind: str, country: str | None,
             subdivision: str | None) -> Span | None:
    sunday = ref + timedelta(days=6 - ref.weekday())
    return Span(earliest=sunday - timedelta(days=1), latest=sunday, specificity=2)


def _fortnight(m: re.Match[str], ref: date, kind: str, country: str | None,
               subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref + timedelta(days=14), specificity=2)


def _dayafter(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref + timedelta(days=2), specificity=3)


def _tomorrow(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    if kind == "nextday" and m.group(0).endswith(("working day", "business day")):
        return Span(earliest=None, specificity=3,  # "the next working day" (round 14)
                    latest=add_business_days(ref, 1, country=country, subdivision=subdivision))
    return Span(earliest=None, latest=ref + timedelta(days=1), specificity=3)


def _today(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref, specificity=3)


# German, French and Spanish words before a weekday, as the English the rules read ("el próximo
# martes" and "am kommenden Freitag" are the coming one, not the one of next week).
_MODIFIERS = {"próximo": None, "proximo": None, "kommenden": None, "este": "this", "ce": "this",
              "diesen": "this"}


def _wday(m: re.Match[str], ref: date, kind: str, country: str | None,
          subdivision: str | None) -> Span | None:
    g = m.group
    modifier = "next" if g("wday_nw") or g("wday_pre") else _MODIFIERS.get(
        g("wday_mod") or "", g("wday_mod"))
    if g("wday_after") and g("wday_after").endswith("next"):  # "the Monday after next"
        day = monday_next_week(ref) + timedelta(days=7 + weekday_of(g("wday_a")))
        return Span(earliest=None, latest=day, specificity=3)
    return weekday_span(ref, modifier, g("wday_a"), g("wday_b"))


def _wdayx(m: re.Match[str], ref: date, kind: str, country: str | None,
           subdivision: str | None) -> Span | None:
    """ "entro venerdì", "do piątku", "senast på fredag": the next such day."""
    return weekday_span(ref, None, m.group("wdayx_a"), None)


def _end_of_day(m: re.Match[str], ref: date, kind: str, country: str | None,
                subdivision: str | None) -> Span | None:
    return Span(earliest=None, latest=ref, specificity=1)


def _huitaine(m: re.Match[str], ref: date, kind: str, country: str | None,
              subdivision: str | None) -> Span | None:
    """ "sous huitaine": within a week; "sous quinzaine": within two."""
    days = 7 if m.group("huitaine_n") == "huitaine" else 14
    return Span(earliest=None, latest=ref + timedelta(days=days), specificity=2)


RESOLVERS: dict[str, Resolver] = {
    "huitaine": _huitaine,
    "sameday": _sameday,
    "wafter": _wafter,
    "nwearly": _next_week_window,
    "nwmid": _next_week_window,
    "nwlate": _next_week_window,
    "nweek": _next_week_window,
    "nweekx": _next_week_window,
    "inweek": _inweek,
    "tweek": _tweek,
    "tweekx": _tweek,
    "aweekend": _aweekend,
    "coming": _coming,
    "dur": _dur,
    "durx": _counted("durx"),
    "durf": _durf,
    "vnday": _vnday,
    "durm": _counted("durm"),
    "weekend": _weekend,
    "fortnight": _fortnight,
    "dayafter": _dayafter,
    "tomorrow": _tomorrow,
    "nextday": _tomorrow,
    "thatday": _today_named,  # from the reference unless a day is named before (``context``)
    "today": _today,
    "wday": _wday,
    "wdayx": _wdayx,
    "eod": _end_of_day,
    "clock": _end_of_day,
}
