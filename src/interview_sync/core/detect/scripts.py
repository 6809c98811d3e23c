"""The Unicode ranges of the non-Latin scripts the name readers tell apart, for character classes.

Owns ``GREEK``, ``ARABIC``, ``HEBREW`` (its letters), ``CYRILLIC``, ``THAI``, ``DEVANAGARI`` and
``HANGUL`` (its syllables), (round 20) ``TAMIL``, ``BENGALI`` and ``CJK`` (kana and the
unified ideographs), (round 21) ``SINHALA`` with the zero-width joiners its conjuncts use, and
(round 22) ``ARMENIAN``, ``GEORGIAN``, ``ETHIOPIC`` and ``KHMER``:
range strings to put inside ``[...]``, written once for the readers of names in those scripts
(``native``, ``native_titles``, ``people_honorifics``). Pure data.
"""

from __future__ import annotations

__all__ = ["ARABIC", "ARMENIAN", "BENGALI", "CJK", "CYRILLIC", "DEVANAGARI", "ETHIOPIC", "GEORGIAN",
           "GREEK", "HANGUL", "HEBREW", "KHMER", "SINHALA", "TAMIL", "THAI"]

GREEK = r"\u0370-\u03ff\u1f00-\u1fff"
ARABIC = r"\u0600-\u06ff"
HEBREW = r"\u05d0-\u05ea"
CYRILLIC = r"\u0400-\u04ff"
THAI = r"\u0e00-\u0e7f"
DEVANAGARI = r"\u0900-\u097f"
HANGUL = r"\uac00-\ud7af"
TAMIL = r"\u0b80-\u0bff"
BENGALI = r"\u0980-\u09ff"
SINHALA = r"\u0d80-\u0dff\u200c\u200d"
CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
# round 22: Armenian, Georgian (Mkhedruli and Mtavruli), Ethiopic (Amharic) and Khmer
ARMENIAN = r"\u0531-\u0587"
GEORGIAN = r"\u10a0-\u10ff\u1c90-\u1cbf"
ETHIOPIC = r"\u1200-\u137f"
KHMER = r"\u1780-\u17ff\u19e0-\u19ff"
