"""Chinese promises: the reader for texts in Han characters without kana or Hangul.

Owns ``holds_han`` (whether a text holds Han characters; an ASCII text is answered at C speed and a
Latin one pays one character-class search) and ``zh_timeline`` (such a text → ``Timeline`` or
None). Why a reader of its own: Chinese writes "我们会在三个工作日内给你答复" without spaces, so
the main reader's word boundaries find nothing, and the Japanese and Korean reader (``cjk``) runs
only on kana or Hangul. The words are ``zh_words``; the sentence walk is ``cjk.read_promise``,
shared with the Japanese and Korean reader; this module reads a sentence with the words:

1. The text is cut into sentences (。！？, a full stop before a space, a line break). A sentence
   counts when it holds a promise word (通知, 答复, 回复, 反馈, 联系, 结果, 公布, 录用, ...) and
   none of the words that make it no promise: an average or a usual length (一般, 通常, 平均), the
   candidate's own step (请 ... 回复 / 提交, 逾期, 须于), a publicity, probation or validity period
   (公示期, 试用期, 有效期), retention (保存, 销毁).
2. Every time expression in it is read (``zh_words.EXPRESSIONS``; overlaps go to the first).
3. A duration after a date of the same sentence and a word for "after" (后, 起) counts from that
   date ("笔试定于5月16日举行，面试名单在笔试结束后10个工作日内公布"), and the date is then no
   promise of its own; a duration after a step the text never dates (体检合格后, 收到 ... 后)
   promises nothing.
4. The most specific wins (date > named day > duration or week), then the latest.

Business days skip the country's public holidays and keep its make-up working days
(``businessdays``: China's 调休 Saturdays and Sundays); with no country given, China's calendar.
A holiday's break is its days off with the weekends and holidays that touch them; "after" it is
its first working day to that week's Friday, "后第一个工作日" that first working day, "before" it
the working day before its first day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from interview_sync.core.bounds import MAX_TIMELINE_SCAN
from interview_sync.core.model import Timeline
from interview_sync.core.timeline.businessdays import (
    add_business_days,
    holiday_named,
    is_business_day,
)
from interview_sync.core.timeline.cjk import duration_after, first_matches, read_promise
from interview_sync.core.timeline.cjk_words import WIDTH
from interview_sync.core.timeline.span import (
    Span,
    add_months,
    dated,
    friday_of,
    last_day,
    next_weekday,
)
from interview_sync.core.timeline.zh_words import (
    AFTER_WORDS_RE,
    CUE_RE,
    EXPRESSIONS,
    FIRST_DAY_RE,
    HOLIDAYS,
    NO_PROMISE_RE,
    UNDATED_AFTER_RE,
    number,
    weekday_index,
)

__all__ = ["holds_han", "zh_timeline"]

_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_NOTHING = Span(earliest=None, latest=date.min, specificity=0)  # a date read but not promised
_WINDOW = 4 * MAX_TIMELINE_SCAN  # characters of a text this reader reads
_ONE = timedelta(days=1)
_DURATIONS = {"dur"}
_BREAK_MAX = 21  # days a break can stretch either way: a loop that always ends


def holds_han(lower: str) -> bool:
    """Whether ``lower`` holds Han characters (an ASCII text is answered at C speed)."""
    return not lower.isascii() and _HAN_RE.search(lower) is not None


def zh_timeline(plain: str, lower: str, ref: date, country: str | None,
                subdivision: str | None) -> Timeline | None:
    """The promise a Chinese text makes, seen from ``ref``; None if none is read."""
    # the main reader's bounds (core.bounds): a promise sits near the top, and a hostile text
    # packed with sentences or dates costs no more than a plain one
    lower = lower[:_WINDOW].translate(WIDTH)
    country = country or "CN"
    return read_promise(plain, lower, ref, cue=CUE_RE, no_promise=NO_PROMISE_RE,
                        spans=lambda sentence: _spans(sentence, ref, country, subdivision),
                        trailing="。.,，、")


def _spans(sentence: str, ref: date, country: str, subdivision: str | None) -> list[Span]:
    """Each time expression of ``sentence`` read, a duration counted from a date before it."""
    out: list[Span] = []
    last_date: tuple[int, date, int] | None = None  # where the last date ends, it, its index
    for start, end, kind, m in first_matches(sentence, EXPRESSIONS):
        base = ref
        if kind in _DURATIONS and last_date is not None and AFTER_WORDS_RE.search(
                sentence, last_date[0], start):
            base = last_date[1]
            out[last_date[2]] = _NOTHING  # the date counted from: no promise of its own
        elif kind in _DURATIONS and UNDATED_AFTER_RE.search(sentence, 0, start):
            continue  # counted from a step the text never dates
        span = _resolve(kind, m, base, ref, sentence=sentence, country=country,
                        subdivision=subdivision)
        if span is None:
            continue
        if kind == "date":
            last_date = (end, span.latest, len(out))
        out.append(span)
    return out


def _resolve(kind: str, m: re.Match[str], base: date, ref: date, *, sentence: str,
             country: str, subdivision: str | None) -> Span | None:
    groups = m.groupdict()
    if kind == "date":
        year = int(groups["y"]) if groups.get("y") else None
        day = dated(ref, year, int(groups["mo"]), int(groups["d"]))
        return None if day is None else Span(earliest=None, latest=day, specificity=4)
    if kind == "month":
        return _month_part(groups, ref)
    if kind == "dur":
        return _duration(groups, base, country, subdivision)
    if kind == "week":
        return _week(groups, ref, country, subdivision)
    if kind == "wday":
        return Span(earliest=None, latest=next_weekday(ref, weekday_index(groups["wd"] or "")),
                    specificity=3)
    if kind == "day":
        return _day(groups["dw"] or "", ref, country, subdivision)
    if kind == "holiday":
        first_day = FIRST_DAY_RE.match(sentence, m.end()) is not None
        return _holiday(groups, ref, country, subdivision, first_day)
    return None


def _duration(groups: dict[str, str | None], base: date, country: str,
              subdivision: str | None) -> Span | None:
    count = number(groups.get("b") or groups.get("a") or "") or 0
    unit = ("bday" if groups.get("bday") else "week" if groups.get("wk")
            else "month" if groups.get("mon") else "day")
    return duration_after(base, count, unit, country=country, subdivision=subdivision)


def _week(groups: dict[str, str | None], ref: date, country: str,
          subdivision: str | None) -> Span:
    which = groups.get("w") or ""
    part = groups.get("part") or ""
    monday = ref - timedelta(days=ref.weekday())
    if which.startswith("下下"):
        monday += timedelta(weeks=2)
    elif which.startswith("下"):
        monday += timedelta(weeks=1)
    if part and part in "一二三四五六日天":
        day = monday + timedelta(days=weekday_index(part))
        return Span(earliest=None, latest=max(day, ref), specificity=3)
    first = ref + _ONE if monday <= ref else monday
    days = [monday + timedelta(days=i) for i in range(5)]
    days = [d for d in days if d >= first and is_business_day(d, country=country,
                                                              subdivision=subdivision)]
    if part == "初":
        days = days[:2]
    if not days:  # a week of holidays: its Friday
        return Span(earliest=None, latest=max(ref, monday + timedelta(days=4)), specificity=2)
    return Span(earliest=days[0], latest=days[-1], specificity=2)


def _month_part(groups: dict[str, str | None], ref: date) -> Span | None:
    which = groups.get("which") or ""
    if which in {"年底", "年末", "年内", "年內", "今年内", "今年內"}:
        return Span(earliest=None, latest=date(ref.year, 12, 31), specificity=2)
    if groups.get("mo"):
        month = int(groups["mo"] or 0)
        first = dated(ref, None, month, 1)
        if first is None and month == ref.month:  # this month, named by its number
            first = date(ref.year, month, 1)
        if first is None:
            return None
    else:
        first = ref.replace(day=1)
        if which.startswith("下"):
            first = add_months(first, 1)
    end = last_day(first.year, first.month)
    lo, hi = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20),
              "下旬": (21, end)}.get(groups.get("part") or "", (end, end))
    return Span(earliest=first.replace(day=lo), latest=first.replace(day=hi), specificity=2)


def _day(word: str, ref: date, country: str, subdivision: str | None) -> Span:
    if word.endswith("工作日"):
        return Span(earliest=None, latest=add_business_days(ref, 1, country=country,
                                                            subdivision=subdivision),
                    specificity=3)
    ahead = {"明天": 1, "明日": 1, "次日": 1, "第二天": 1, "后天": 2, "後天": 2}.get(word, 0)
    return Span(earliest=None, latest=ref + timedelta(days=ahead), specificity=3)


def _holiday(groups: dict[str, str | None], ref: date, country: str, subdivision: str | None,
             first_day: bool) -> Span | None:
    needles = HOLIDAYS.get(groups.get("h") or "")
    if needles is None:
        return None
    relation = groups.get("rel") or ""
    for year in (ref.year, ref.year + 1):
        day = holiday_named(country, subdivision, year, needles)
        if day is None:
            continue
        first = last = day
        # the break: the days off around it, make-up working days excluded
        for _ in range(_BREAK_MAX):
            if is_business_day(last + _ONE, country=country, subdivision=subdivision):
                break
            last += _ONE
        for _ in range(_BREAK_MAX):
            if is_business_day(first - _ONE, country=country, subdivision=subdivision):
                break
            first -= _ONE
        if last < ref:
            continue
        if relation.endswith("前"):
            before = first - _ONE
            return Span(earliest=None, latest=max(before, ref), specificity=3)
        after = last + _ONE
        if first_day:
            return Span(earliest=None, latest=after, specificity=3)
        return Span(earliest=after, latest=max(after, friday_of(after)), specificity=2)
    return None
