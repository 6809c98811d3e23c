"""Write core/timeline/holiday_names.py: the ``holidays`` package's holiday names, by country.

Run: .venv/bin/python bench/gen_holiday_names.py   (then ruff and the timeline tests)

For each country below, the names its calendar gives its holidays in its own default language
and in English (``language="en_US"``), over a few years (movable feasts, observed days), each
as a pattern (lower case, spaces as ``\\s+``, an inflected ending allowed on the last word of a
name in the country's own language: "itsenäisyyspäivän", "jaanipäeva", "Kurban Bayramı'ndan")
and the English name of the same day, which ``holiday_anchors`` looks up in the country's
calendar. Names the project's own tables (``holiday_words``) already read are left out, so their
readings do not change; "(observed)" and "(estimated)" notes are dropped, as are names of
fewer than five letters and those that only say which day of a feast it is when the feast's
own name is there too. Why generated: the reader needs the names as data, pure, without the
~50 ms import of ``holidays`` on the path of every text; the package is still asked for the
days themselves (``businessdays``), lazily, when a text names one.
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path

import holidays

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from interview_sync.core.timeline.businessdays import holiday_named  # noqa: E402
from interview_sync.core.timeline.holiday_words import (  # noqa: E402
    COUNTRY_DAYS,
    HOLIDAYS,
    POSTPOSED,
)

# The project's own tables (not the generated file, which this script rewrites).
_OWN = [re.compile(words) for table in (*HOLIDAYS.values(), *POSTPOSED.values(),
                                        *COUNTRY_DAYS.values()) for words, _ in table]


def english_name(name: str) -> bool:
    return any(pattern.match(name) for pattern in _OWN)

OUT = ROOT / "src" / "interview_sync" / "core" / "timeline" / "holiday_names.py"
# The countries of the languages the reader knows, the English-speaking ones, and those whose
# holidays earlier rounds' texts named.
COUNTRIES = ("GB", "US", "CA", "IE", "AU", "NZ", "ZA", "IN", "SG", "JM", "TT", "KE", "NG", "PH",
             "DE", "AT", "CH", "FR", "BE", "LU", "ES", "MX", "AR", "CL", "CO", "PT", "BR", "IT",
             "NL", "PL", "CZ", "SK", "SE", "DK", "NO", "FI", "RO", "HU", "TR", "HR", "SI", "GR",
             "EE", "LT", "LV",
             # round 22 ("tl22e"): more countries whose texts name their holidays in English
             # (Ghana, Uganda, Zimbabwe, Tanzania, Zambia, Botswana, Namibia, Malawi, Pakistan,
             # Bangladesh, Sri Lanka, Malaysia, Hong Kong)
             "GH", "UG", "ZW", "TZ", "ZM", "BW", "NA", "MW", "PK", "BD", "LK", "MY", "HK")
# ... whose names are read in English only (their own languages are the other readers' to add)
ENGLISH_ONLY = frozenset({"GH", "UG", "ZW", "TZ", "ZM", "BW", "NA", "MW", "PK", "BD", "LK", "MY",
                          "HK"})
YEARS = (2025, 2026, 2027, 2028)
# one-off or non-holiday days some calendars list (elections, a state funeral, Mother's Day, a
# trade fair): a text "after the general elections" names no break (round 22)
_NOT_A_BREAK = re.compile(r"election|burial|funeral|mourning|mother's|father's|trade\s+fair")
_NOTE = re.compile(r"\s*\((?:observed|estimated|[^)]*)\)|\s*\*")


def _names(code: str, language: str) -> dict[tuple[int, int, int], list[str]]:
    try:
        calendar = holidays.country_holidays(code, years=YEARS, language=language)
    except Exception:
        return {}
    out: dict[tuple[int, int, int], list[str]] = {}
    for day, joined in calendar.items():
        for name in joined.split(";"):
            plain = " ".join(_NOTE.sub("", name).lower().split())
            if plain:
                out.setdefault((day.year, day.month, day.day), []).append(plain)
    return out


def _pattern(name: str, inflected: bool) -> str:
    words = [re.escape(w) for w in name.split()]
    tail = r"(?:'?[^\W\d_]{1,4})?" if inflected else ""
    return r"\s+".join(words) + tail


def _found(code: str, name: str) -> object:
    return next((day for year in YEARS
                 if (day := holiday_named(code, None, year, (name,))) is not None), None)


def rows_for(code: str) -> list[tuple[str, str]]:
    english = _names(code, "en_US")
    default = holidays.country_holidays(code, years=YEARS[0]).default_language or "en_US"
    local = (_names(code, default) if not default.startswith("en") and code not in ENGLISH_ONLY
             else {})
    rows: dict[str, str] = {}
    for day, names in english.items():
        for name in names:
            candidates = [(name, False)]
            # a day's own-language name, when the day has one holiday (two names joined in
            # each language need not come in the same order)
            if len(names) == 1 and len(local.get(day, ())) == 1:
                candidates.append((local[day][0], True))
            if _found(code, name) is None:  # a name the calendar gives in no year of ours
                continue
            for written, inflected in candidates:
                # (not a "... holiday": the grammar reads "after the bank holiday" itself, as
                # the country's next public holiday)
                if (len(written.replace(" ", "")) < 5 or english_name(written)
                        or "holiday" in written or _NOT_A_BREAK.search(written)):
                    continue
                rows.setdefault(_pattern(written, inflected), name)
    return sorted(rows.items(), key=lambda row: (-len(row[0]), row[0]))


def main() -> None:
    lines = ["# ruff: noqa: E501",
             '"""Generated by bench/gen_holiday_names.py from the ``holidays`` package',
             f'(version {version("holidays")}): do not edit.',
             "",
             "``LOCAL_DAYS``: country → (the words of one of its holidays as a pattern, in its own",
             "default language or in English, → the English name of that day in its calendar).",
             '``holiday_words`` reads them after its own tables; see the script for what is left out.',
             '"""',
             "",
             "from __future__ import annotations",
             "",
             '__all__ = ["HOLIDAYS_VERSION", "LOCAL_DAYS"]',
             "",
             "# the release the names were read from: another may rename a day (the tests compare",
             "# the table with the package only on this release)",
             f'HOLIDAYS_VERSION = "{version("holidays")}"',
             "",
             "LOCAL_DAYS: dict[str, tuple[tuple[str, str], ...]] = {"]
    for code in COUNTRIES:
        rows = rows_for(code)
        if not rows:
            continue
        lines.append(f'    "{code}": (')
        for words, name in rows:
            lines.append(f"        ({words!r}, {name!r}),")
        lines.append("    ),")
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {sum(len(rows_for(c)) for c in COUNTRIES)} names")


if __name__ == "__main__":
    main()
