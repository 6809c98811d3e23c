"""Structure added in round 24 ("tl24e", English; tuning on round 23's blind misses and this
round's check set ``real_timeline_t24e.py``): times that promise this candidate nothing (a lower
bound, employers or a sector in general, an answer handed to someone else, the candidate's own
window: ``no_promise``), beside promises of the same shapes that stay promises; and "before St
Andrew's Day" and Nigeria's "before Independence Day" read in their own calendars. Each class
is tested in wording of its own, not the check set's. References in 2046 (1 January is a
Monday); weekdays and holidays checked with the ``holidays`` package.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline


def _by(text: str, ref: str, country: str | None) -> date | None:
    found = extract_timeline(text, datetime.fromisoformat(ref), country=country)
    return found.respond_by if found else None


PROMISES = [
    # an upper bound: a week, Monday 12 March
    ("We'll ring you with the outcome in no more than a week.",
     "2046-03-05T10:00:00+00:00", "GB", "2046-03-12"),
    # the employer's own time set against agencies': three working days, Thursday 7 June
    ("Unlike most agencies, we reply to every applicant within three working days.",
     "2046-06-04T10:00:00+10:00", "AU", "2046-06-07"),
    # handed to the hiring manager today, but the candidate hears by Friday: Friday 13 April
    ("We'll pass your CV to the hiring manager today and you'll hear their verdict by Friday.",
     "2046-04-10T10:00:00+01:00", "GB", "2046-04-13"),
    # St Andrew's Day is Friday 30 November 2046: Thursday 29 November
    ("Our Dundee office will get back to you before St. Andrew's Day.",
     "2046-11-20T10:00:00+00:00", "GB", "2046-11-29"),
    # Nigeria's Independence Day, Monday 1 October 2046: Friday 28 September
    ("The committee will contact successful applicants before Independence Day.",
     "2046-09-18T10:00:00+01:00", "NG", "2046-09-28"),
    # Malaysia's Merdeka Day, Friday 31 August 2046: Thursday 30 August
    ("Offer letters go out before Hari Merdeka.",
     "2046-08-20T10:00:00+08:00", "MY", "2046-08-30"),
    # Zambia's Heroes' (Monday 2 July 2046) and Unity Days, one break: "immediately after" is
    # its first two working days, Wednesday 4 to Thursday 5 July (round 23's blind label)
    ("We will phone you immediately after the Heroes' and Unity holidays.",
     "2046-06-25T10:00:00+02:00", "ZM", "2046-07-05"),
]


@pytest.mark.parametrize(("text", "ref", "country", "due"), PROMISES)
def test_still_a_promise(text: str, ref: str, country: str, due: str) -> None:
    assert _by(text, ref, country) == date.fromisoformat(due)


NONE = [
    # lower bounds
    ("Expect our review of the finalists to take ten working days or longer.", "GB"),
    ("The panel needs a minimum of three weeks to reach a decision.", "AU"),
    ("The results will come out not less than two weeks after the panel sits.", "KE"),
    ("Don't expect our call before Thursday at the earliest.", "US"),
    ("Nothing will be decided until the end of the month at the earliest.", "AU"),
    # employers or a sector in general
    ("Many large law firms typically respond to candidates within a week.", "US"),
    ("Local councils can take six weeks to confirm an appointment after interview.", "GB"),
    ("In the banking sector it typically takes a month to hear back.", "ZA"),
    # handed to someone else
    ("We will submit the panel's report to the appointing authority within seven days.", "KE"),
    ("I'll present your profile to my client on Thursday.", "GB"),
    ("Our team will give the hiring manager a recommendation by Wednesday.", "SG"),
    # the candidate's own window
    ("You need to confirm your acceptance within two days of the offer.", "IN"),
    ("Kindly return the signed contract by Monday.", "NG"),
    ("Appeals should be lodged with the registrar within seven days of the result.", "GH"),
]


@pytest.mark.parametrize(("text", "country"), NONE)
def test_promises_nothing(text: str, country: str) -> None:
    assert _by(text, "2046-05-08T10:00:00+00:00", country) is None
