"""Weekdays, weeks and holidays read from the days a text names around them.

Owns the day-relative rules ``extract`` applies to each time expression (its docstring, point 3,
says what each is for): "the following week" after a named week, a deadline weekday after another
day of the sentence, a bare weekday after "next week", a weekday with a week number ("fredag
vecka 10"), "the Friday after" / "de vrijdag daarna" in every language, "after the long weekend"
as the holiday named before, and ``last_day_named``
(the last day or window named before a point of the text), which ``context`` reads too.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from interview_sync.core.timeline import scan
from interview_sync.core.timeline.businessdays import (
    is_business_day,
    working_week,
)
from interview_sync.core.timeline.dates import Span, resolve
from interview_sync.core.timeline.factor import by_first_char
from interview_sync.core.timeline.grammar import (
    HOLIDAY_NAMES,
    kind_of,
    weekday_of,
)
from interview_sync.core.timeline.holiday_days import last_day_off
from interview_sync.core.timeline.month_weekdays import nth_weekday_of_month
from interview_sync.core.timeline.span import next_weekday

__all__ = ["FOLLOWING_BEFORE_RE", "REFERRING", "WEEKDAY_AFTER_RE", "WEEK_AFTER_BEFORE_RE",
           "after_the_day_named", "after_the_holiday_named", "after_the_week_named",
           "day_named", "holiday_name_at", "in_the_next_week_told_after", "in_the_week_named",
           "in_the_week_numbered", "last_day_named", "last_day_off",
           "names_a_holiday", "the_week_after_a_holiday", "the_weekday_after",
           "the_weekday_after_a_holiday", "the_weekday_of_the_week_after"]

# Time words that mean something only from a day named before them ("the week after").
REFERRING = frozenset({"weekafter", "thatweek", "backref", "wday", "nextday", "thatday",
                       "thatmonth"})
_FOLLOWING_WEEK_KINDS = frozenset({"nweek", "nweekx", "nwearly", "nwmid", "nwlate"})
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


def after_the_week_named(lower: str, at: int, match: re.Match[str], span: Span, *, ref: date,
                          country: str | None, subdivision: str | None) -> Span:
    """ "An offsite next week; we'll be in touch the following week", "reviewing candidates
    through June 19, a decision the following week": the week after the day or week just
    named, not next week again."""
    if kind_of(match) not in _FOLLOWING_WEEK_KINDS or "following" not in match.group(0):
        return span
    anchor = last_day_named(lower, at, ref=ref, country=country, subdivision=subdivision,
                            specificity=2)
    if anchor is None:
        return span
    monday = anchor.latest + timedelta(days=7 - anchor.latest.weekday())
    shift = monday - (ref + timedelta(days=7 - ref.weekday()))
    if shift <= timedelta(0):
        return span
    earliest = span.earliest + shift if span.earliest else None
    latest = span.latest + shift
    if kind_of(match) in ("nweek", "nweekx") and earliest is not None and latest.weekday() < 4:
        latest = earliest + timedelta(days=4)  # the week moved is a whole week again (its
        # Friday was left out of next week only for a holiday on that Friday)
    # counted from the day named, as precise as it (it beats that day: round 9's rule)
    return Span(earliest=earliest, latest=latest,
                specificity=max(span.specificity, anchor.specificity))


def after_the_day_named(match: re.Match[str], span: Span, previous: date | None) -> Span:
    """ "We'll wrap up interviews on Tuesday and make a decision by Friday" (said on a Thursday):
    a plain weekday told after another day in the same sentence comes after it, the Friday
    after that Tuesday rather than tomorrow."""
    if (previous is None or kind_of(match) != "wday" or match.group("wday_mod")
            or match.group("wday_pre")
            or match.group("wday_nw") or match.group("wday_after") or span.latest >= previous):
        return span
    shift = timedelta(days=7 * ((previous - span.latest).days // 7 + 1))
    return Span(earliest=span.earliest + shift if span.earliest else None,
                latest=span.latest + shift, specificity=span.specificity)


def in_the_week_of_the_day_named(match: re.Match[str], span: Span, previous: date | None) -> Span:
    """ "Po rozmowie z dyrektorem w przyszły wtorek damy znać do końca tygodnia", "we meet the
    director next Tuesday and will let you know by the end of the week" (round 12): the end of
    the week told after a day of a later week the sentence named is that week's end, not this
    one's, which would come before the day it follows."""
    if previous is None or kind_of(match) not in {"tweek", "tweekx"} or previous <= span.latest:
        return span
    friday = previous + timedelta(days=4 - previous.weekday())
    return Span(earliest=None, latest=max(friday, previous), specificity=span.specificity)


def in_the_week_named(match: re.Match[str], span: Span, week: date | None) -> Span:
    """ "Sometime next week, probably Wednesday": a bare weekday told after a week the sentence
    named ("next week", "early next week", "la semaine prochaine") is that week's day, not the
    coming one. ``week`` is that week's Monday, or None."""
    kind = kind_of(match)
    if week is None or kind not in {"wday", "wdayx"}:
        return span
    if kind == "wday":
        g = match.group
        if g("wday_mod") or g("wday_nw") or g("wday_pre") or g("wday_after"):
            return span
        name = g("wday_b") or g("wday_a")
    else:
        name = match.group("wdayx_a")
    if _THE_WEEK_AFTER_RE.match(match.string, match.end()):  # "fredagen veckan därpå"
        week += timedelta(days=7)
    return Span(earliest=None, latest=week + timedelta(days=weekday_of(name)), specificity=3)


# round 16 ("tl16i"): a weekday told before "next week" in the languages whose weekday is
# ``wdayx`` ("senast onsdag nästa vecka", "fredag i næste uge", "w piątek w przyszłym tygodniu",
# "venerdì della prossima settimana", "sexta-feira da próxima semana"): that week's day
_NEXT_WEEK_AFTER_RE = re.compile(
    r"[\s,]+(?:(?:i|p(?:å|a)|w|v|della|da|de|van)\s+)?(?:de\s+)?"
    r"(?:n(?:ä|a)sta\s+vecka|n(?:æ|ae)ste\s+uge|neste\s+uke|przysz(?:ł|l)ym\s+tygodniu"
    r"|p(?:ř|r)(?:í|i)(?:š|s)t(?:í|i)(?:ho|m)?\s+t(?:ý|y)(?:den|dne|dnu)|(?:la\s+)?prossima\s+settimana"
    r"|settimana\s+prossima|pr(?:ó|o)xima\s+semana|volgende\s+week|ensi\s+viikolla"
    r"|j(?:ä|a)rgmisel\s+n(?:ä|a)dalal|(?:την\s+)?επ(?:ό|ο)μενη\s+εβδομ(?:ά|α)δα|j(?:ö|o)v(?:ő|o)\s+h(?:é|e)ten"
    r"|(?:gelecek|(?:ö|o)n(?:ü|u)m(?:ü|u)zdeki)\s+hafta|s(?:ă|a)pt(?:ă|a)m(?:â|a)na\s+viitoare)\b")


def in_the_next_week_told_after(match: re.Match[str], span: Span, ref: date) -> Span:
    """ "Vi återkopplar senast onsdag nästa vecka": a weekday followed by "next week" is that
    week's day, not the coming one (English, German, French and Spanish say so in ``wday``)."""
    if kind_of(match) != "wdayx" or not _NEXT_WEEK_AFTER_RE.match(match.string, match.end()):
        return span
    monday = ref + timedelta(days=7 - ref.weekday())
    return Span(earliest=None, latest=monday + timedelta(days=weekday_of(match.group("wdayx_a"))),
                specificity=3)


# "Vi tar referenser nästa vecka och ger besked senast fredagen veckan därpå", "le vendredi de
# la semaine suivante", "Friday the week after": the weekday of the week after the one named
_THE_WEEK_AFTER_RE = re.compile(
    r"[\s,]+(?:(?:i|in|della|da|na|w|v)\s+)?(?:(?:of\s+)?the\s+(?:following\s+week|week\s+after)|veckan\s+(?:efter|d(?:ä|a)rp(?:å|a))"
    r"|ugen\s+efter|uka\s+etter|uken\s+etter|de\s+la\s+semaine\s+(?:suivante|d'apr(?:è|e)s)"
    r"|der\s+(?:woche\s+danach|folgewoche|darauffolgenden\s+woche)|de\s+la\s+semana\s+siguiente"
    r"|(?:van\s+)?de\s+week\s+(?:erna|daarna|daarop))\b")


# "de vrijdag daarna", "den Freitag danach", "le vendredi suivant", "el viernes siguiente", "il
# venerdì successivo", "a sexta-feira seguinte", "fredagen efter": the weekday after the day named
# before (English "the Friday after" is ``grammar``'s ``wday_after``)
WEEKDAY_AFTER_RE = re.compile(
    r"\s+(?:danach|darauf|suivante?|d'apr(?:è|e)s|siguiente|successivo|dopo|seguinte|daarna|erna"
    r"|efter|etter|derefter|deretter|d(?:ä|a)refter|pot(?:é|e)m?)(?=\s*(?:[.,;:!?)]|$))")


# "le vendredi de la même semaine", "Friday of that week", "den Freitag derselben Woche", "el
# viernes de esa misma semana": the weekday of the week of the day named before (round 9)
SAME_WEEK_RE = re.compile(
    r"[\s,]+(?:(?:of\s+)?(?:that|the\s+same)\s+week|de\s+(?:la\s+m(?:ê|e)me|cette)\s+semaine"
    r"|(?:in\s+)?(?:derselben|der\s+gleichen|dieser)\s+woche|de\s+(?:esa|la\s+misma)(?:\s+misma)?\s+semana"
    r"|della\s+stessa\s+settimana|da\s+mesma\s+semana|(?:van\s+)?dezelfde\s+week"
    r"|(?:i\s+)?samma\s+vecka|(?:i\s+)?samme\s+uge|(?:i\s+)?samme\s+uke)\b")


def _anchor_and_weekday(lower: str, at: int, match: re.Match[str], *, ref: date,
                        country: str | None, subdivision: str | None) -> tuple[Span, int] | None:
    """The last day the text names before ``at`` and the weekday (0 = Monday) ``match`` names."""
    anchor = last_day_named(lower, at, ref=ref, country=country, subdivision=subdivision,
                            specificity=3)
    if anchor is None:
        return None
    name = (match.group("wday_b") or match.group("wday_a") if kind_of(match) == "wday"
            else match.group("wdayx_a"))
    return anchor, weekday_of(name)


def in_the_same_week(lower: str, at: int, match: re.Match[str], span: Span | None, *,
                     ref: date, country: str | None, subdivision: str | None) -> Span | None:
    """ "Le comité se réunit le mardi 8 septembre ; nous reviendrons vers vous au plus tard le
    vendredi de la même semaine": that weekday of the week of the day named before."""
    found = _anchor_and_weekday(lower, at, match, ref=ref, country=country,
                                subdivision=subdivision)
    if found is None or span is None:
        return span
    anchor, weekday = found
    monday = anchor.latest - timedelta(days=anchor.latest.weekday())
    day = monday + timedelta(days=weekday)
    return span if day < ref else Span(earliest=None, latest=day,
                                       specificity=max(3, anchor.specificity))


def the_weekday_after(lower: str, at: int, match: re.Match[str], span: Span | None, *,
                      ref: date, country: str | None, subdivision: str | None) -> Span | None:
    """ "De tweede gesprekken zijn op dinsdag 9 juni; de uitslag hoor je uiterlijk de vrijdag
    daarna": the first such weekday after the day named before (else the coming one)."""
    found = _anchor_and_weekday(lower, at, match, ref=ref, country=country,
                                subdivision=subdivision)
    if found is None or span is None:
        return span
    anchor, weekday = found
    # as precise as the day it is counted from, which is no promise by itself (round 9)
    return Span(earliest=None, latest=next_weekday(anchor.latest, weekday),
                specificity=max(3, anchor.specificity))


# "am Freitag nach Auffahrt", "the Friday after Easter", "le vendredi après la Toussaint": the
# weekday, then a holiday it comes after (round 11)
_AFTER_HOLIDAY_GAP_RE = re.compile(r",?\s+(?=(?:after|following|nach|apr(?:è|e)s|despu(?:é|e)s"
                                   r"|tras|dopo|na|efter|etter|po)\s)")


def the_weekday_after_a_holiday(lower: str, end: int, match: re.Match[str], *, ref: date,
                                country: str | None, subdivision: str | None) -> Span | None:
    """ "Den Entscheid teilen wir dir am Freitag nach Auffahrt mit": the first such weekday
    after the holiday (after the last day of its break) that the words after ``end`` name; None
    when they name none."""
    gap = _AFTER_HOLIDAY_GAP_RE.match(lower, end)
    if gap is None:
        return None
    holiday = scan.match(lower, gap.end())
    if holiday is None or kind_of(holiday) != "hafter":
        return None
    after = resolve(holiday, ref, country=country, subdivision=subdivision)
    # round 16: "the Wednesday after the long weekend" is the holiday the text named before
    after = after_the_holiday_named(lower, gap.end(), holiday, after, ref=ref, country=country,
                                    subdivision=subdivision)
    if after is None or after.earliest is None:
        return None
    last_off = after.earliest - timedelta(days=1)  # the break's last day
    while last_off > ref and not is_business_day(last_off, country=country,
                                                 subdivision=subdivision) and \
            last_off.weekday() >= 5:
        last_off -= timedelta(days=1)  # a weekend after it is no part of the holiday
    name = (match.group("wday_b") or match.group("wday_a") if kind_of(match) == "wday"
            else match.group("wdayx_a"))
    return Span(earliest=None, latest=next_weekday(last_off, weekday_of(name)), specificity=3)


# "in the week after Canada Day", "in der Woche nach dem Nationalfeiertag": the week before
# "after <holiday>" (round 11)
_THE_WEEK_BEFORE_RE = re.compile(
    r"(?:(?:the|der|la|de|die)\s+(?:week|woche|semaine|semana|settimana)"
    # round 17 ("tl17i"): the languages without an article say "in" ("v týždni po Veľkej noci",
    # "w tygodniu po Wielkanocy", "u tjednu nakon Uskrsa", "în săptămâna de după Paști", "την
    # εβδομάδα μετά το Πάσχα", "na semana depois do Carnaval", "veckan efter påsk")
    r"|(?:na|a)\s+semana|v\s+t(?:ý|y)(?:ž|z)dni|v\s+t(?:ý|y)dnu|w\s+tygodniu|u\s+tjednu"
    r"|(?:în\s+|in\s+)?s(?:ă|a)pt(?:ă|a)m(?:â|a)na(?:\s+de)?|(?:την|στην)\s+εβδομ(?:ά|α)δα"
    r"|veckan|uken|uka|ugen"
    # round 18 ("tl18i"): Hebrew "בשבוע שאחרי פסח", Arabic "في الأسبوع الذي يلي" is not read
    r"|ב?שבוע)\s+\Z")


# Feasts on a Sunday with a Monday off after them: "the week after Easter / Pfingsten" is the
# week that Monday starts, the week after the feast's own day
# round 17: a long weekend or a bridge, which ends on its Monday ("the King's Birthday long
# weekend", "el puente de la Asunción", "le pont de l'Ascension", "das lange Wochenende")
_LONG_WEEKEND_RE = re.compile(
    r"long\s+week-?end|bank\s+holiday\s+week-?end|puente|ponte|\bpont\b|br(?:ü|u)cke"
    r"|langes?\s+wochenende|lange\s+weekend")
_SUNDAY_FEASTS = ("easter", "oster", "pfingst", "pentec", "whitsun", "pâques", "paques",
                  "pascua", "pasen", "pinkster", "pasqua", "páscoa", "pascoa",
                  # round 17: the other languages' Easter and Pentecost
                  "veľk", "velk", "velikono", "wielkanoc", "uskrs", "duhov", "paște", "paşte",
                  "paste", "paști", "rusalii", "πάσχα", "πασχα", "påsk", "påske", "paske", "pinse",
                  "pingst", "zielon", "turic", "letnic")


def the_week_after_a_holiday(lower: str, at: int, match: re.Match[str], span: Span | None, *,
                             ref: date, country: str | None,
                             subdivision: str | None) -> Span | None:
    """ "You will hear from us in the week after Canada Day": the working days of the week
    after the holiday's own week; None when no week is named before it."""
    if span is None or span.earliest is None or not _THE_WEEK_BEFORE_RE.search(
            lower, max(0, at - 20), at):
        return None
    last_off = span.earliest - timedelta(days=1)  # the break's last day
    while last_off.weekday() >= 5 and last_off > ref:
        last_off -= timedelta(days=1)  # a weekend after it is no part of it
    monday = last_off + timedelta(days=7 - last_off.weekday())
    if last_off.weekday() == 0 and (any(feast in match.group(0) for feast in _SUNDAY_FEASTS)
                                    or _LONG_WEEKEND_RE.search(match.group(0))):
        # Easter Monday's week: the one after Easter Sunday; and a long weekend or bridge that
        # ends on a Monday leaves the rest of its own week ("the week after the King's Birthday
        # long weekend", "la semana después del puente": Tuesday to Friday; round 17). A bare
        # Monday holiday keeps the week after its own ("the week after Thanksgiving", b10).
        monday = last_off
    # (Sunday to Thursday where the week runs so: "בשבוע שאחרי פסח", round 18)
    days = working_week(monday, country=country, subdivision=subdivision)
    if not days:
        return None
    return Span(earliest=days[0], latest=days[-1], specificity=2)


# "Thanksgiving Monday", "Easter Monday", "Good Friday": a weekday that names a holiday's own day
# is no day of its own (round 11: "we'll get back to you after Thanksgiving Monday")
_HOLIDAY_HEAD_RE = re.compile(
    r"(?<!\w)(?:thanksgiving|easter|whit|good|holy|maundy|black|cyber|boxing\s+day|labou?r\s+day"
    r"|memorial\s+day|bank\s+holiday|ascension|pentecost|carnival|shrove|ash)\s+\Z")


def names_a_holiday(lower: str, at: int) -> bool:
    """Whether the weekday at ``at`` is part of a holiday's name ("Thanksgiving Monday")."""
    return _HOLIDAY_HEAD_RE.search(lower, max(0, at - 24), at) is not None


# "fredag vecka 10", "Freitag, KW 10", "vendredi de la semaine 10": the gap between the two
_WEEK_NUMBER_GAP_RE = re.compile(
    r"[\s,]*(?:(?:i|in|der|de\s+la|de|la|w|v|ve|of|the|en|di|della|na)\s+)?"
    r"(?=(?:kw|kalenderwoche|uge|uke|veke|vecka|veckan|(?:calendar\s+)?week|semaine|semana|settimana"
    r"|t(?:ý|y)dnu|t(?:ý|y)den|tygodniu|viikolla|viikon|viikko)\s*(?:nr\.?\s*)?\d)")


def in_the_week_numbered(sentence: str, match: re.Match[str], span: Span, *,
                         ref: date) -> Span:
    """ "Senast fredag vecka 10", "bis Freitag KW 10": a weekday told with a week number is
    that weekday of that ISO week, not the coming one."""
    kind = kind_of(match)
    if kind not in {"wday", "wdayx"}:
        return span
    gap = _WEEK_NUMBER_GAP_RE.match(sentence, match.end())
    week = None if gap is None else scan.match(sentence, gap.end())
    if week is None or kind_of(week) != "kw":
        return span
    numbered = resolve(week, ref)
    if numbered is None or numbered.earliest is None:
        return span
    name = (match.group("wday_b") or match.group("wday_a") if kind == "wday"
            else match.group("wdayx_a"))
    return Span(earliest=None, specificity=3,
                latest=numbered.earliest + timedelta(days=weekday_of(name)))


@functools.cache
def _holiday_name_re() -> re.Pattern[str]:
    # grouped by first character: ~600 names tried at each of 300 positions cost ~120 µs a text
    return re.compile(r"(?<!\w)" + by_first_char(HOLIDAY_NAMES) + r"\b")


def after_the_holiday_named(lower: str, at: int, match: re.Match[str], span: Span | None, *,
                            ref: date, country: str | None,
                            subdivision: str | None) -> Span | None:
    """ "Most of the panel is away for the Thanksgiving weekend, so you'll hear from me after
    the long weekend", "Com o Carnaval no meio, o resultado só sai depois do feriado": a holiday
    named only as "the holiday / the long weekend" is the one the text named before it (else
    the country's next public holiday, as before)."""
    g = match.group
    if g("hafter_n") or g("hafter_g") or g("hafter_s") or g("hafter_r"):
        return span
    name = None
    for found in _holiday_name_re().finditer(lower, max(0, at - 300), at):
        name = found.group(0)
    if name is None:
        return span
    again = scan.match("after " + name)
    named = None if again is None else resolve(again, ref, country=country,
                                                subdivision=subdivision)
    return named or span


# round 20 ("tl20e"): a holiday told in apposition right after a date ("on Tuesday 29 May, after
# the bank holiday") says why the date is where it is; a later "that afternoon" means the date
_APPOSED_GAP_RE = re.compile(r"\s*,?\s*")


def last_day_named(lower: str, at: int, *, ref: date, country: str | None,
                   subdivision: str | None, specificity: int) -> Span | None:
    """The last day or window named in the 200 characters before ``at``, if any; a holiday
    named with "after" is its last day off (round 12: "Nach Fronleichnam entscheidet der
    Ausschuss; Sie hören am darauffolgenden Dienstag von uns", "après la Toussaint ... la
    semaine suivante")."""
    anchor: Span | None = None
    anchor_end = -1
    for earlier in scan.finditer(lower, max(0, at - 200), at):
        kind = kind_of(earlier)
        if kind in _AFTER_HOLIDAY_KINDS and anchor is not None and anchor.specificity >= 4 and \
                _APPOSED_GAP_RE.fullmatch(lower, anchor_end, earlier.start()):
            continue  # round 20: "on Tuesday 29 May, after the bank holiday": the date stands
        # a plain weekday is a day named ("the board decides on Monday; we call you the day
        # after", round 12); "the Monday after" is not
        if kind in REFERRING and not _plain_weekday(earlier):
            continue
        named = resolve(earlier, ref, country=country, subdivision=subdivision)
        if kind == "wday":  # round 16: "the first Tuesday of next month"
            named = nth_weekday_of_month(lower, earlier.start(), earlier.end(), earlier.group(
                "wday_b") or earlier.group("wday_a"), ref) or named
        if named is not None and kind in _AFTER_HOLIDAY_KINDS and named.earliest is not None:
            named = _holiday_anchor(lower, earlier, named, ref=ref, country=country,
                                    subdivision=subdivision)
        if kind == "wday" and anchor is not None:
            named = that_weekday(lower, earlier, anchor.latest, ref=ref) or named
        if named is not None and named.specificity >= specificity:
            anchor, anchor_end = named, earlier.end()
    if anchor is None:  # round 14: a holiday named bare ("closed on Victoria Day; ... the day
        anchor = _a_holiday_named(lower, at, ref=ref, country=country,  # after")
                                  subdivision=subdivision)
    return anchor


def _holiday_anchor(lower: str, earlier: re.Match[str], named: Span, *, ref: date,
                    country: str | None, subdivision: str | None) -> Span:
    """The day a holiday named with "after" gives a later word to point back at: the week
    after it when "the week" comes before (round 16: "the panel sits the week after National
    Day; results on the Friday of that week"), the one day "the day / the Wednesday / the
    first working day" names (round 16), else its last day off (round 12)."""
    week = the_week_after_a_holiday(lower, earlier.start(), earlier, named, ref=ref,
                                    country=country, subdivision=subdivision)
    if week is not None:
        return Span(earliest=week.earliest, latest=week.latest, specificity=3)
    # "the day / the Wednesday / the first working day after <holiday>" comes resolved as its
    # one day (``holiday_days``, round 17), with no earliest, and is not asked here
    return Span(earliest=None, specificity=3,
                latest=last_day_off(named.earliest or named.latest, ref, country, subdivision))


def day_named(lower: str, earlier: re.Match[str], *, ref: date, country: str | None,
              subdivision: str | None) -> Span | None:
    """What ``earlier`` names as a day a later word counts from: as ``resolve`` reads it, but
    "the day / the Wednesday / the first working day after <holiday>" as that one day."""
    return resolve(earlier, ref, country=country, subdivision=subdivision)


def holiday_name_at(lower: str, at: int) -> str | None:
    """The holiday's name that starts at ``at`` ("the October bank holiday"), or None."""
    found = _holiday_name_re().match(lower, at)
    return None if found is None else found.group(0)


def _a_holiday_named(lower: str, at: int, *, ref: date, country: str | None,
                     subdivision: str | None) -> Span | None:
    """The last day off of the last holiday named bare in the 200 characters before ``at``."""
    name = None
    for found in _holiday_name_re().finditer(lower, max(0, at - 200), at):
        name = found.group(0)
    again = None if name is None else scan.match("after " + name)
    named = None if again is None else resolve(again, ref, country=country,
                                                subdivision=subdivision)
    if named is None or named.earliest is None:
        return None
    return Span(earliest=None, latest=last_day_off(named.earliest, ref, country, subdivision),
                specificity=3)


_AFTER_HOLIDAY_KINDS = frozenset({"hafter", "hpost"})


# "hiljemalt jaanipäevale järgneva nädala reedel" (at the latest on the Friday of the week
# following Midsummer): the weekday of the week after the day named before, said in front of it
# (round 12)
WEEK_AFTER_BEFORE_RE = re.compile(r"j(?:ä|a)rgneva\s+n(?:ä|a)dala\s+\Z")


def the_weekday_of_the_week_after(lower: str, at: int, match: re.Match[str], span: Span | None,
                                  *, ref: date, country: str | None,
                                  subdivision: str | None) -> Span | None:
    """That weekday of the week after the one of the day named before ``at``."""
    found = _anchor_and_weekday(lower, at, match, ref=ref, country=country,
                                subdivision=subdivision)
    if found is None or span is None:
        return span
    anchor, weekday = found
    monday = anchor.latest + timedelta(days=7 - anchor.latest.weekday())
    return Span(earliest=None, latest=monday + timedelta(days=weekday),
                specificity=max(3, anchor.specificity))


# "am darauffolgenden Dienstag", "de daaropvolgende dinsdag", "påföljande tisdag", "den
# efterfølgende tirsdag": the weekday after the day named before, said in front of it (round 12)
FOLLOWING_BEFORE_RE = re.compile(
    r"(?:(?:darauf)?folgenden|anschlie(?:ß|ss)enden|daaropvolgende|p(?:å|a)f(?:ö|o)ljande"
    r"|p(?:å|a)f(?:ø|o)lgende|efterf(?:ø|o)lgende)\s+\Z")


# "Interviews are on Wednesday 9 July; with the holiday that Friday, ...": "that <weekday>" is
# that weekday of the week of the day named before (round 17), not the coming one
_THAT_BEFORE_RE = re.compile(r"(?<!\w)that\s+\Z")


def that_weekday(lower: str, match: re.Match[str], before: date, *, ref: date) -> Span | None:
    """The day a plain weekday told after "that" names in the week of ``before`` (the day
    named before it, later than ``ref``); None for any other weekday."""
    if (before <= ref or kind_of(match) != "wday" or match.group("wday_mod")
            or match.group("wday_after") or not _THAT_BEFORE_RE.search(
                lower, max(0, match.start() - 8), match.start())):
        return None
    day = before + timedelta(days=weekday_of(match.group("wday_a") or match.group("wday_b"))
                             - before.weekday())
    return Span(earliest=None, latest=day if day >= before else day + timedelta(days=7),
                specificity=3)


def _plain_weekday(match: re.Match[str]) -> bool:
    return kind_of(match) == "wday" and not match.group("wday_after")
