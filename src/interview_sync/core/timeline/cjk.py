"""Japanese and Korean promises: the reader for texts that do not put spaces between words.

Owns ``holds_cjk`` (whether a text holds kana or Hangul; a test that costs almost nothing on the
ASCII texts that are most of a calendar) and ``cjk_timeline`` (such a text → ``Timeline`` or
None), and the sentence walk and expression matching the Chinese reader (``zh``) shares with it
(``read_promise``, ``first_matches``). Why a reader of its own: the main reader's grammar finds
words by their boundaries and its cues by English-like stems; Japanese writes
"結果は1週間以内にご連絡します" as one word, and Korean glues its particles to the noun
("5영업일 이내에", "다음 주 수요일에"). The vocabulary
(numbers, units, relative words, weekdays, holidays, promise verbs and what promises nothing) is
``cjk_words``; this module reads a sentence with it:

1. The text is cut into sentences (。！？, a full stop before a space, a line break). A sentence
   counts when it holds a promise word (ご連絡, お知らせ, 通知, 結果, 연락드리, 안내드리, 통보,
   발표, ...) and none of the words that make it no promise: an average or a usual length
   (一般的, 平均, 目安, 보통, 평균), a request to the candidate (ください, お願いいたします, 주시기
   바랍니다, 제출), retention (破棄, 保管).
2. Every time expression in it is read (``cjk_words.EXPRESSIONS``, in order; overlaps go to the
   first): dates (3月10日, 12월 4일), month parts (8月中旬, 이달 말), durations with their
   relative word (5営業日以内に, 二週間以内, 1ヶ月以内, 3영업일 이내에, 열흘 이내에, 일주일),
   weeks (来週中, 今週金曜日, 차주 내로, 다음 주 수요일), weekdays, days (翌営業日, 明日, 내일) and
   holidays (GW明け, 年末年始明け, 추석 연휴가 끝나면).
3. A duration after a date of the same sentence and a word for "after" (その後, 後, から, 후,
   이후, 부터) counts from that date ("最終面接は5月18日に実施し、その後1週間以内に"), and the
   date is then no promise of its own.
4. The most specific wins (date > named day > duration or week), then the latest.

Business days skip the country's public holidays (``businessdays``); with no country given, a
text in kana is read in Japan's calendar and one in Hangul in Korea's. "Next week" is its
business days (来週中 in Golden Week: what is left of it).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from interview_sync.core.bounds import MAX_TIMELINE_DATES, MAX_TIMELINE_SCAN
from interview_sync.core.model import Timeline
from interview_sync.core.timeline.businessdays import (
    add_business_days,
    holiday_named,
    holidays_in,
    is_business_day,
)
from interview_sync.core.timeline.cjk_words import (
    AFTER_WORDS_RE,
    CARRIED_AFTER_RE,
    CUE_RE,
    EXPRESSIONS,
    HANGUL_RE,
    LOWER_BOUND_RE,
    NATIVE,
    NO_PROMISE_RE,
    SENTENCE_END_RE,
    UNDATED_AFTER_RE,
    WIDTH,
    WINDOW_RE,
    number,
    unit_of,
    weekday_index,
)
from interview_sync.core.timeline.span import (
    Span,
    add_months,
    dated,
    friday_of,
    last_day,
    next_weekday,
)

__all__ = ["cjk_timeline", "duration_after", "first_matches", "holds_cjk", "holds_japanese_kanji",
           "read_promise"]

_CJK_RE = re.compile(r"[\u3040-\u30ff\uac00-\ud7a3]")
# dates (3月10日, 12월 4일), carried into the sentences after
_DATE_RE = next(pattern for kind, pattern in EXPRESSIONS if kind == "date")
_NOTHING = Span(earliest=None, latest=date.min, specificity=0)  # a date read but not promised
_PHRASE_MAX = 160
_WINDOW = 4 * MAX_TIMELINE_SCAN  # characters of a text this reader reads
_ONE = timedelta(days=1)
# Holidays the ``holidays`` library names, by the English name of their first day; the break is
# the run of days off around it
_HOLIDAY_NAMES = {"추석": ("the day preceding chuseok", "chuseok"),
                  "설": ("the day preceding korean new year", "korean new year"),
                  "gw": ("constitution day",), "ゴールデンウィーク": ("constitution day",)}
# Closures most Japanese employers keep that are no public holiday: (month, first day, last day)
_CLOSURES = {"年末年始": (12, 29, 34), "お盆": (8, 13, 16), "盆休み": (8, 13, 16)}


def holds_cjk(lower: str) -> bool:
    """Whether ``lower`` holds kana or Hangul (an ASCII text is answered at C speed)."""
    return not lower.isascii() and _CJK_RE.search(lower) is not None


# Words in kanji only Japanese writes this way (Chinese: 营 / 營, 周, 联络 / 聯絡, 面试, 选拔):
# a line in kanji alone ("合否連絡：面接後一週間以内") is Japanese all the same (round 16)
_JAPANESE_KANJI_RE = re.compile(r"営|週間|連絡|合否|面接|選考|採否|内定")


def holds_japanese_kanji(lower: str) -> bool:
    """Whether a text without kana still writes words only Japanese writes in kanji."""
    return _JAPANESE_KANJI_RE.search(lower) is not None


def cjk_timeline(plain: str, lower: str, ref: date, country: str | None,
                 subdivision: str | None) -> Timeline | None:
    """The promise a Japanese or Korean text makes, seen from ``ref``; None if none is read."""
    # the main reader's bounds (core.bounds): a promise sits near the top, and a hostile text
    # packed with sentences or dates costs no more than a plain one
    lower = lower[:_WINDOW].translate(WIDTH)
    if country is None:
        country = "KR" if HANGUL_RE.search(lower) else "JP"
    carried: date | None = None  # the last date a sentence before gave

    def spans(sentence: str) -> list[Span]:
        return _spans(sentence, ref, country, subdivision, carried)

    def seen(sentence: str) -> None:
        nonlocal carried
        for m in itertools.islice(_DATE_RE.finditer(sentence), 4):
            day = _resolve("date", m, ref, ref, country=country, subdivision=subdivision)
            carried = carried if day is None else day.latest

    return read_promise(plain, lower, ref, cue=CUE_RE, no_promise=NO_PROMISE_RE, spans=spans,
                        seen=seen)


def read_promise(plain: str, lower: str, ref: date, *, cue: re.Pattern[str],
                 no_promise: re.Pattern[str], spans: Callable[[str], list[Span]],
                 seen: Callable[[str], None] | None = None,
                 trailing: str = "。.,、") -> Timeline | None:
    """The sentence walk the Japanese/Korean and the Chinese readers share: ``lower`` (already
    cut to the window and folded) cut into sentences; a sentence with a ``cue`` and no
    ``no_promise`` word gives its ``spans``; the most specific, then the latest, not before
    ``ref``, wins. ``seen`` hears every sentence walked (the Japanese/Korean reader carries a
    date into the next); the main reader's bounds cap the sentences and the dates read."""
    best: tuple[int, date] | None = None
    found: tuple[Span, int, int] | None = None
    start = 0
    unread, budget = MAX_TIMELINE_SCAN, MAX_TIMELINE_DATES
    for stop in [m.end() for m in SENTENCE_END_RE.finditer(lower)] + [len(lower)]:
        if unread <= 0 or budget <= 0:
            break
        stop = min(stop, start + unread)
        sentence = lower[start:stop]
        if cue.search(sentence) and not no_promise.search(sentence):
            unread -= len(sentence)
            read = spans(sentence)[:budget]
            budget -= max(1, len(read))
            for span in read:
                rank = (span.specificity, span.latest)
                if span.latest >= ref and (best is None or rank > best):
                    best, found = rank, (span, start, stop)
        if seen is not None:
            seen(sentence)
        start = stop
    if found is None:
        return None
    span, lo, hi = found
    phrase = " ".join(plain[lo:hi].split())[:_PHRASE_MAX].rstrip(trailing)
    earliest = None if span.earliest is None else min(max(span.earliest, ref), span.latest)
    return Timeline(respond_by=span.latest, phrase=phrase, earliest=earliest)


def first_matches(sentence: str, expressions: Iterable[tuple[str, re.Pattern[str]]]
                  ) -> list[tuple[int, int, str, re.Match[str]]]:
    """Every time expression of ``sentence`` (each pattern's first ``MAX_TIMELINE_DATES``),
    an overlap going to the pattern listed first; in the order they stand."""
    taken: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in expressions:
        for m in itertools.islice(pattern.finditer(sentence), MAX_TIMELINE_DATES):
            if not any(m.start() < end and start < m.end() for start, end, _, _ in taken):
                taken.append((m.start(), m.end(), kind, m))
    taken.sort(key=lambda item: item[0])
    return taken


def _spans(sentence: str, ref: date, country: str, subdivision: str | None,
           carried: date | None = None) -> list[Span]:
    """Each time expression of ``sentence`` read, a duration counted from a date before it
    (or from ``carried``, a date an earlier sentence gave, after その後 / 면접 후); a date that
    is a lower bound (以降, 이후) is no promise of its own."""
    taken = first_matches(sentence, EXPRESSIONS)
    out: list[Span] = []
    last_date: tuple[int, date, int] | None = None  # where the last date ends, it, its index
    last_break: tuple[date, int] | None = None  # the day before a break's first working day after
    window_end = -1  # where a window a date opens ends ("3月2日から9日まで"): no duration in it
    for start, end, kind, m in taken:
        base = ref
        if start < window_end:
            continue
        if kind in {"dur", "native"} and last_date is not None and AFTER_WORDS_RE.search(
                sentence, last_date[0], start):
            base = last_date[1]
            out[last_date[2]] = _NOTHING  # the date counted from: no promise of its own
        elif (kind in {"dur", "native"} and last_date is None and carried is not None
              and carried > ref and CARRIED_AFTER_RE.search(sentence, 0, start)):
            base = carried
        elif kind in {"dur", "native"} and UNDATED_AFTER_RE.search(sentence, 0, start):
            continue  # counted from a closing date or an arrival the text never dates
        elif kind in {"dur", "native"} and last_break is not None:
            # "설 연휴가 끝난 뒤 3영업일 이내에": counted from the break's last day (round 12)
            base = last_break[0]
            out[last_break[1]] = _NOTHING
        span = _resolve(kind, m, base, ref, country=country, subdivision=subdivision)
        if span is None:
            continue
        if kind in {"holiday", "closure"} and span.earliest is not None:
            last_break = (span.earliest - _ONE, len(out))  # its first working day after, less one
        if kind == "date":
            last_date = (end, span.latest, len(out))
            window = WINDOW_RE.match(sentence, end)
            if window is not None:
                window_end = window.end()
            elif LOWER_BOUND_RE.match(sentence, end):
                span = _NOTHING  # "6月20日以降": from then on, no day promised
        out.append(span)
    return out


def _resolve(kind: str, m: re.Match[str], base: date, ref: date, *, country: str,
             subdivision: str | None) -> Span | None:
    groups = m.groupdict()
    if kind == "date":
        year = int(groups["y"]) if groups.get("y") else None
        if groups.get("mo"):
            month = int(groups["mo"])
        else:  # this month's or next month's day
            ahead = (groups.get("relmo") or "") in {"来月", "다음 달", "다음달", "내달"}
            month = (ref.month % 12) + 1 if ahead else ref.month
            year = ref.year + 1 if ahead and ref.month == 12 else ref.year
        day = dated(ref, year, month, int(groups["d"]))
        return None if day is None else Span(earliest=None, latest=day, specificity=4)
    if kind == "month":
        return _month_part(groups, ref)
    if kind in {"dur", "native"}:
        return _duration(groups, base, country, subdivision)
    if kind == "week":
        return _week(groups, ref, country, subdivision)
    if kind == "wday":
        return Span(earliest=None, latest=next_weekday(ref, weekday_index(groups["wd"])),
                    specificity=3)
    if kind == "day":
        return _day(groups["dw"], ref, country, subdivision)
    if kind == "holiday":
        return _holiday(groups, ref, country, subdivision)
    if kind == "closure":
        return _closure(groups, ref, country, subdivision)
    return None


def _closure(groups: dict[str, str | None], ref: date, country: str,
             subdivision: str | None) -> Span | None:
    """A closure dated in brackets, and the weekends and holidays that touch its end: before it,
    the working day before its first day; after it, its first working day to that week's
    Friday (as after a named break)."""
    first = dated(ref, None, int(groups["m1"] or 0), int(groups["d1"] or 0))
    last = dated(ref, None, int(groups["m2"] or groups["m1"] or 0), int(groups["d2"] or 0))
    if first is None or last is None:
        return None
    if last < first:  # 12月29日〜1月3日: into the next year
        last = dated(first, first.year + 1, last.month, last.day)
        if last is None or (last - first).days > 40:
            return None
    return _around(first, last, groups.get("rel") or "", ref, country=country,
                   subdivision=subdivision, specificity=3)


def _duration(groups: dict[str, str | None], base: date, country: str,
              subdivision: str | None) -> Span | None:
    if groups.get("nat"):
        count, unit = NATIVE.get((groups["nat"] or "").replace(" ", ""), (0, "day"))
    else:
        count, unit = number(groups.get("b") or groups.get("a") or "") or 0, unit_of(groups)
    return duration_after(base, count, unit, country=country, subdivision=subdivision)


def duration_after(base: date, count: int, unit: str, *, country: str,
                   subdivision: str | None) -> Span | None:
    """The day ``count`` ``unit``s ("day", "bday", "week", "month") after ``base``, as a
    duration's span; None for a count no employer states (zero, or over 400). Shared by the
    Japanese and Korean reader and the Chinese one (``zh``)."""
    if not 0 < count <= 400:
        return None
    if unit == "bday":
        latest = add_business_days(base, count, country=country, subdivision=subdivision)
    elif unit == "week":
        latest = base + timedelta(weeks=count)
    elif unit == "month":
        latest = add_months(base, count)
    else:
        latest = base + timedelta(days=count)
    return Span(earliest=None, latest=latest, specificity=2)


def _week(groups: dict[str, str | None], ref: date, country: str,
          subdivision: str | None) -> Span:
    which = (groups.get("w") or "").replace(" ", "")
    part = (groups.get("part") or "").strip()
    monday = ref - timedelta(days=ref.weekday())
    if which in {"来週", "翌週", "次週", "週明け", "다음주", "차주", "내주"}:
        monday += timedelta(weeks=1)
    elif which in {"再来週", "다다음주"}:
        monday += timedelta(weeks=2)
    if which == "週明け":
        part = "明け"
    if part[:1] in "月火水木金土日월화수목금토일" and part[:1]:
        day = monday + timedelta(days=weekday_index(part[:1]))
        return Span(earliest=None, latest=max(day, ref), specificity=3)
    first = ref + _ONE if monday <= ref else monday
    days = [monday + timedelta(days=i) for i in range(5)]
    days = [d for d in days if d >= first and is_business_day(d, country=country,
                                                              subdivision=subdivision)]
    if part in {"前半", "初め", "초", "明け"}:
        days = days[:2]
    if not days:  # a week of holidays: its Friday
        return Span(earliest=None, latest=monday + timedelta(days=4), specificity=2)
    return Span(earliest=days[0], latest=days[-1], specificity=2)


def _month_part(groups: dict[str, str | None], ref: date) -> Span | None:
    which = groups.get("which") or ""
    if groups.get("mo"):
        first = dated(ref, None, int(groups["mo"] or 0), 1)
        if first is None:  # this month, named by its number
            first = date(ref.year, int(groups["mo"] or 0), 1) if int(groups["mo"] or 0) == \
                ref.month else None
        if first is None:
            return None
    else:
        which = which.replace(" ", "")
        if which in {"年内", "연내", "올해안"}:
            return Span(earliest=None, latest=date(ref.year, 12, 31), specificity=2)
        first = ref.replace(day=1)
        if which in {"来月", "다음달", "내달"}:
            first = add_months(first, 1)
    part = (groups.get("part") or "").strip()
    end = last_day(first.year, first.month)
    lo, hi = {"上旬": (1, 10), "初旬": (1, 10), "初め": (1, 10), "초": (1, 10), "상순": (1, 10),
              "中旬": (11, 15), "중순": (11, 15), "下旬": (21, end), "하순": (21, end)}.get(
        part, (1, end))
    return Span(earliest=first.replace(day=lo), latest=first.replace(day=hi), specificity=2)


def _day(word: str | None, ref: date, country: str, subdivision: str | None) -> Span | None:
    word = (word or "").replace(" ", "")
    if word in {"翌営業日", "다음영업일", "익영업일"}:
        return Span(earliest=None, latest=add_business_days(ref, 1, country=country,
                                                            subdivision=subdivision),
                    specificity=3)
    if word == "翌々営業日":
        return Span(earliest=None, latest=add_business_days(ref, 2, country=country,
                                                            subdivision=subdivision),
                    specificity=3)
    ahead = {"明日": 1, "翌日": 1, "내일": 1, "익일": 1, "다음날": 1, "明後日": 2,
             "모레": 2}.get(word, 0)
    return Span(earliest=None, latest=ref + timedelta(days=ahead), specificity=3)


def _holiday(groups: dict[str, str | None], ref: date, country: str,
             subdivision: str | None) -> Span | None:
    name = (groups.get("h") or "").strip()
    relation = groups.get("rel") or ""
    run = _break(name, ref, country, subdivision)
    if run is None:
        return None
    first, last = run
    if groups.get("first") and relation not in {"前", "まで", "전", "이전", "까지"}:
        after = add_business_days(last, 1, country=country, subdivision=subdivision)
        return Span(earliest=after, latest=after, specificity=3)  # "첫 영업일": that day only
    return _around(first, last, relation, ref, country=country, subdivision=subdivision,
                   specificity=2)


def _around(first: date, last: date, relation: str, ref: date, *, country: str,
            subdivision: str | None, specificity: int) -> Span:
    """Before a closure or a break (first to last day): the working day before its first day;
    after it: its first working day to that week's Friday. A dated closure is more specific
    than a break found by its name."""
    if relation in {"前", "まで", "전", "이전", "까지"}:
        day = first - _ONE
        while not is_business_day(day, country=country, subdivision=subdivision) and day > ref:
            day -= _ONE
        return Span(earliest=None, latest=day, specificity=3)
    after = add_business_days(last, 1, country=country, subdivision=subdivision)
    return Span(earliest=after, latest=max(after, friday_of(after)), specificity=specificity)


def _break(name: str, ref: date, country: str, subdivision: str | None
           ) -> tuple[date, date] | None:
    """The first and last day off of the break ``name`` names, the next one not over by ``ref``:
    the holiday's days with the weekends and holidays that touch them."""
    for year in (ref.year, ref.year + 1):
        if name in _CLOSURES:
            month, lo, hi = _CLOSURES[name]
            first = date(year, month, lo)
            last = first + timedelta(days=hi - lo)
        elif name in _HOLIDAY_NAMES:
            found = holiday_named(country, subdivision, year, _HOLIDAY_NAMES[name])
            if found is None:
                continue
            first = last = found
        else:  # 連休 / 연휴: the next run of three days or more off
            return _next_run(ref, country, subdivision)
        off = holidays_in(country, subdivision, first.year) | holidays_in(
            country, subdivision, last.year + (1 if last.month == 12 else 0))
        while (last + _ONE).weekday() >= 5 or last + _ONE in off:
            last += _ONE
        while (first - _ONE).weekday() >= 5 or first - _ONE in off:
            first -= _ONE
        if last >= ref:
            return first, last
    return None


def _next_run(ref: date, country: str, subdivision: str | None) -> tuple[date, date] | None:
    day = ref + _ONE
    for _ in range(90):
        if not is_business_day(day, country=country, subdivision=subdivision):
            last = day
            while not is_business_day(last + _ONE, country=country, subdivision=subdivision):
                last += _ONE
            if (last - day).days >= 2:
                return day, last
            day = last
        day += _ONE
    return None
