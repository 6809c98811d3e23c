"""Round 24's non-English timeline classes ("tl24i"): Kannada, Malayalam, Odia, Sinhala,
Assamese, Kyrgyz, Tajik, Burmese and Kinyarwanda words (``newest_words``), the employer's habit
in Italian and Polish ("rispondiamo", "odpowiadamy"), a usual length disowned at once ("ma
dipende"), and German "erfahrungsgemäß" of employers in general. The sentences are not the
check set's."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline

# (text, reference, country, the day promised or None); Tuesday 13 March 2046
CASES: list[tuple[str, str, str, date | None]] = [
    # Kannada: three days (a unit with its case ending glued on)
    ("ನಾವು ಮೂರು ದಿನಗಳಲ್ಲಿ ನಿರ್ಧಾರ ತಿಳಿಸುತ್ತೇವೆ.", "2046-03-13T10:00", "IN", date(2046, 3, 16)),
    # Malayalam: a week
    ("ഒരു ആഴ്ചയ്ക്കുള്ളിൽ ഞങ്ങൾ മറുപടി അറിയിക്കും.", "2046-03-13T10:00", "IN", date(2046, 3, 20)),
    # Odia: two weeks
    ("ଦୁଇ ସପ୍ତାହ ମଧ୍ୟରେ ଫଳାଫଳ ଜଣାଇଦିଆଯିବ।", "2046-03-13T10:00", "IN", date(2046, 3, 27)),
    # Sinhala: the unit before its count ("දින තුනක්": three days)
    ("දින තුනක් ඇතුළත ප්‍රතිඵල දැනුම් දෙනවා.", "2046-03-13T10:00", "LK", date(2046, 3, 16)),
    # Assamese: on Friday (the locative's sign after the weekday)
    ("শুক্ৰবাৰে ফলাফল ঘোষণা কৰা হ'ব।", "2046-03-13T10:00", "IN", date(2046, 3, 16)),
    # Kyrgyz: five working days
    ("Жыйынтыгын беш жумушчу күндүн ичинде билдиребиз.", "2046-03-13T10:00", "KG",
     date(2046, 3, 20)),
    # Tajik: next week (from Tuesday 10 April: Monday 16 to Friday 20 April); "Душанбе", the
    # capital, is no Monday
    ("Натиҷаро ҳафтаи оянда эълон мекунем.", "2046-04-10T10:00", "TJ", date(2046, 4, 20)),
    ("Мусоҳиба дар Душанбе мегузарад; натиҷаро баъдтар эълон мекунем.", "2046-03-13T10:00", "TJ",
     None),
    # Burmese: five days, written without a space before the unit
    ("ငါးရက်အတွင်း ရလဒ်ကို အကြောင်းကြားပါမယ်။", "2046-03-13T10:00", "MM", date(2046, 3, 18)),
    # Kinyarwanda: three days; "ejo" before a past verb is yesterday, no promise
    ("Tuzabamenyesha ibisubizo mu minsi itatu.", "2046-03-13T10:00", "RW", date(2046, 3, 16)),
    ("Ejo twagiranye ikiganiro cyiza, tuzabamenyesha ibisubizo.", "2046-03-13T10:00", "RW", None),
    # the employer's habit, a promise (round 23's convention); disowned at once, none
    ("Zwykle odpowiadamy w ciągu tygodnia.", "2046-03-13T10:00", "PL", date(2046, 3, 20)),
    ("Di norma rispondiamo entro dieci giorni, ma dipende dal numero di candidati.",
     "2046-03-13T10:00", "IT", None),
    # employers in general, "as experience shows"
    ("Die meisten Arbeitgeber melden sich erfahrungsgemäß nach drei Wochen.", "2046-03-13T10:00",
     "DE", None),
]


@pytest.mark.parametrize(("text", "reference", "country", "expected"), CASES)
def test_round_24_classes(text: str, reference: str, country: str,
                          expected: date | None) -> None:
    found = extract_timeline(text, datetime.fromisoformat(reference), country=country)
    if expected is None:
        assert found is None
    else:
        assert found is not None and found.respond_by == expected
