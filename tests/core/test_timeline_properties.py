"""Properties of the timeline reader: total on any text, and its answers are always sane."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.timeline import extract as timeline
from interview_sync.core.timeline.clauses import away
from interview_sync.core.timeline.extract import (
    add_business_days,
    extract_timeline,
    is_business_day,
)

_WORDS = st.sampled_from([
    "we'll", "get back to you", "within", "by", "a", "2-3", "ten", "business", "days", "weeks",
    "next", "week", "Friday", "Monday or Tuesday", "EOD", "COB", "tomorrow", "decision",
    "12/15", "Dec. 15th", "2026-12-11", "the 31st", "end of the month", "early", "mid", "late",
    "July", "February 30", "13/45", "0/0", "feedback:", "\n- ", "<b>", "</li>", "hear back",
    "in", "or", "and a half", "1.5", "999 weeks", "week of", "fortnight", "ago", "start date",
    "after the holidays", "after Easter", "before the Easter bank holiday", "27. März",
    "le 15 décembre", "Mitte nächster Woche", "Friday week", "of that", "out until", "8/1",
    "the following week", "takes", "between Christmas and New Year", "first of the month",
    "48 business hours", "heures", "we don't hear from", "w/c",
    # round 3's words: feasts, month parts, process durations, the candidate's confirmations
    "nach Ostern", "vor Pfingsten", "après les fêtes", "après le 14 juillet", "Semana Santa",
    "después de", "à la rentrée", "Diwali", "Chinese New Year", "antes de que acabe el mes",
    "Anfang nächsten Monats", "Mitte des Monats", "a principios del mes que viene", "courant",
    "avril", "Monatsende", "une dizaine de", "jours", "This process can take", "review process",
    "please allow", "shortly after", "right after", "Bitte bestätigen Sie", "Confirmez-nous",
    "rogamos", "maximal", "spätestens", "etwa", "Für die Auswahl", "benötigen wir", "l'", "den",
])
_ZONES = st.sampled_from([UTC, timezone(timedelta(hours=-11)), timezone(timedelta(hours=14)),
                          timezone(timedelta(hours=5, minutes=45))])
_REFERENCES = st.builds(
    lambda day, minutes, tz: datetime.combine(day, datetime.min.time(), tz)
    + timedelta(minutes=minutes),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 1)),
    st.integers(min_value=0, max_value=1439), _ZONES)
_TEXTS = st.one_of(st.text(max_size=400), st.lists(_WORDS, max_size=30).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS, reference=_REFERENCES, country=st.sampled_from(["US", "GB", "DE", None]),
       assume_promise=st.booleans())
def test_never_raises_and_answers_are_sane(text: str, reference: datetime, country: str | None,
                                           assume_promise: bool) -> None:
    found = extract_timeline(text, reference, country=country, assume_promise=assume_promise)
    if found is not None:
        assert found.respond_by >= reference.date()
        assert found.earliest is None or reference.date() <= found.earliest <= found.respond_by
        assert isinstance(found.phrase, str) and found.phrase


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS, reference=_REFERENCES)
def test_the_reader_itself_never_raises(text: str, reference: datetime) -> None:
    """``extract_timeline`` swallows bugs as "no promise"; the reader under it must have none."""
    timeline._extract(text, reference, "US", None)
    timeline._extract(text, reference, None, None, assume_promise=True)
    timeline._extract(text, reference, "GB", None)


@settings(max_examples=200, deadline=None)
@given(text=st.lists(_WORDS, max_size=30).map(" ".join), reference=_REFERENCES)
def test_deterministic(text: str, reference: datetime) -> None:
    assert extract_timeline(text, reference) == extract_timeline(text, reference)


@settings(max_examples=60, deadline=None)
@given(word=_WORDS, times=st.integers(min_value=200, max_value=3000),
       glue=st.sampled_from([" ", "", "  ", "\n", "-", " de ", " the "]))
def test_a_word_repeated_thousands_of_times_is_read(word: str, times: int, glue: str) -> None:
    """No pattern backtracks without bound on repetitions of its own words (each such call
    finishes in milliseconds; a catastrophic pattern would not finish at all)."""
    reference = datetime(2026, 3, 10, 15, tzinfo=UTC)
    found = extract_timeline("We'll get back to you " + glue.join([word] * times), reference,
                             country="DE")
    assert found is None or found.respond_by >= reference.date()


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
       n=st.integers(min_value=0, max_value=60),
       country=st.sampled_from([None, "US", "GB", "DE", "ZZ", "", "united states"]))
def test_business_days_land_on_business_days_and_count_right(day: date, n: int,
                                                             country: str | None) -> None:
    result = add_business_days(day, n, country=country)
    if n == 0:
        assert result == day
        return
    assert result > day
    assert is_business_day(result, country=country)
    between = sum(is_business_day(day + timedelta(days=i), country=country)
                  for i in range(1, (result - day).days + 1))
    assert between == n


_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_PLAIN_REFS = st.builds(
    lambda day, hour: datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=hour),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=0, max_value=23))


@settings(max_examples=150, deadline=None)
@given(reference=_PLAIN_REFS, n=st.integers(min_value=1, max_value=60))
def test_n_calendar_days_is_n_days_later(reference: datetime, n: int) -> None:
    found = extract_timeline(f"We'll get back to you within {n} days.", reference)
    assert found is not None and found.respond_by == reference.date() + timedelta(days=n)


@settings(max_examples=150, deadline=None)
@given(reference=_PLAIN_REFS, n=st.integers(min_value=1, max_value=30),
       country=st.sampled_from([None, "US", "GB", "FR"]))
def test_n_business_days_matches_the_arithmetic(reference: datetime, n: int,
                                                country: str | None) -> None:
    found = extract_timeline(f"Feedback within {n} business days.", reference, country=country)
    # GB is read as England, whose calendar keeps Easter Monday and the August bank holiday
    expected = add_business_days(reference.date(), n, country=country,
                                 subdivision="ENG" if country == "GB" else None)
    assert found is not None and found.respond_by == expected


@settings(max_examples=150, deadline=None)
@given(reference=_PLAIN_REFS, weekday=st.integers(min_value=0, max_value=6))
def test_by_a_weekday_is_that_weekday_within_the_next_seven_days(reference: datetime,
                                                                 weekday: int) -> None:
    found = extract_timeline(f"You'll hear from us by {_WEEKDAY_NAMES[weekday]}.", reference)
    assert found is not None
    assert found.respond_by.weekday() == weekday
    assert 1 <= (found.respond_by - reference.date()).days <= 7


@settings(max_examples=150, deadline=None)
@given(reference=_PLAIN_REFS, ahead=st.integers(min_value=0, max_value=300),
       style=st.sampled_from(["{m:%B} {d}", "{m:%b}. {d}", "{d} {m:%B}", "{mo}/{d}", "{iso}"]))
def test_a_future_date_written_any_way_is_read_back(reference: datetime, ahead: int,
                                                    style: str) -> None:
    target = reference.date() + timedelta(days=ahead)
    written = style.format(m=target, d=target.day, mo=target.month, iso=target.isoformat())
    found = extract_timeline(f"We expect to make a decision by {written}.", reference)
    assert found is not None and found.respond_by == target, written


_AWAY_WORDS = st.sampled_from(["out", "away", "off", "sick", "on leave", "vacation", "holiday",
                               "pto", "traveling", "ooo", "offsite", "until", "til", "through",
                               "is", "i'm", "we're", "'s", "reach", "the", "hm", "monday", " "])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_AWAY_WORDS, max_size=12), text=st.text(max_size=40))
def test_the_absence_gate_never_changes_an_answer(words: list[str], text: str) -> None:
    from interview_sync.core.timeline.cues import ABSENCE_RE

    for sentence in (" ".join(words), text.lower(), " ".join(words) + text.lower()):
        assert away(sentence, 0, len(sentence)) == bool(ABSENCE_RE.search(sentence))
