"""Timeline check set of round 18 (issue #15, helper "tl18e"): English, written and labelled first.

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any of
it; the only code used while labelling was Python's ``datetime`` and the ``holidays`` package
(0.109), to check weekdays and each country's public holidays. Each text paraphrases wording, a
process or a situation documented on the public page cited in its source (found with the
project's search tool, pages corpus; no host cited by an earlier data file: every host was grepped
in ``tests/data/*.py``): US university hiring estimates, an internship programme's timeline, a
law-student fellowship calendar, a PhD programme's admission timetable, a newspaper advice column,
a business school's offer guidelines, a Maryland school district's teacher hiring, a North Carolina
city's application FAQ, a Massachusetts town manager's first week, a Florida police department's
interview FAQ and two job-seekers' blogs; an English adult college's shortlisting page, a school
trust's recruitment process, a Welsh university's admissions handbook and a Yorkshire area
council's staffing update; two Australian recruiters' blogs, a Sydney council's recruitment
update, a New South Wales council's and a Queensland council's vacancy pages; a New Zealand
school's application process; a Toronto career blog and a Nova Scotia municipality's hiring
policy; an Irish university's assessment-centre page; a South African government vacancy post;
a Singapore blog on Deepavali; a Mumbai firm's Diwali closure notice. Names, dates and offices are
invented and the wording is not copied.

Written around *classes*, not one batch's wordings (round 17's misses, docs/timelines.md): a
promise counted from a date the text gives (a closing date, a start date, the last day of an
interview range, an interview day, a dated break, an office closure, a holiday), plain promise
wording ("two weeks from today", "two more weeks", "two weeks from Friday", "the next day", "by
close of play on Wednesday"), and texts that promise nothing: usual lengths stated as general
information, lower bounds ("no sooner than", "at least two weeks", "not before"), anchors with no
date ("within five working days of that meeting"), interview invitations and their logistics,
the candidate's own deadlines and waiting, rules, conditional contact with no day.

59 texts, all English: US 21, GB 14, AU 10, CA 5, NZ 3, IE 2, ZA 2, SG 1, IN 1 (GB read as
England, the Welsh case names no Welsh-only holiday; AU read as New South Wales, the Queensland
case with Queensland's calendar; CA as Nova Scotia or Ontario as its case says); 26 promise
nothing. Reference dates in 2032, a year no earlier file uses as a reference. Labels follow the
conventions of ``real_timeline_b17.py`` (its docstring): the exact day for "within N days/weeks",
counted from the reference or the anchor the text dates; business days skip weekends and the
country's public holidays (both readings where a holiday is one many employers work: Nova
Scotia's Thanksgiving); "the week after <X>" Monday to Friday, after a Monday holiday weekend the
week that holiday opens, Tuesday to Friday; "by the end of next week" its Friday; "before the long
weekend" the last working day before it; a calendar-day deadline on a weekend or a public holiday
also the next working day; an office closure the text announces: "the first working day after"
the day it reopens, a count "of reopening" read from the reopening day (both it and the next day
accepted); usual lengths, aims, lower bounds, anchors with no date, the candidate's own deadlines,
logistics, interview invitations and promises with no day promise nothing.

Scored once on r18start's code before any rule changed (docs/timelines.md, "Round 18: English"):
49/59. One label was then found to break the corpus convention that "if you have not heard within
N ..." is a promise (the South African case, labelled None) and was corrected to the convention's
day; with it the first score reads 50/59. Tuned on after that, so it is no longer unseen material.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# United States
UMW = "http://adminfinance.umw.edu/hr/employment-opportunities/the-recruitment-process/"
OWU = ("https://www.owu.edu/about/offices-services-directory/career-connection/career-resources-opp"
       "ortunities/stap-internship/stap-timeline/")
PDLG = "http://www.pdlg.net/2012/02/18/1l-summer-program-calendar/"
ICRE = "http://www.icre.pitt.edu/phd/admission_timetable.html"
BOSTON = "https://www.boston.com/news/jobs/2010/11/11/how_to_avoid_fouling_up_the_in"
UCONN = "https://career.business.uconn.edu/policies/"
CALVERT = ("https://www.calvertnet.k12.md.us/departments/human-resources/employment-process-for-teac"
           "hers-certificated")
LINCOLNTON = "https://ci.lincolnton.nc.us/FAQ.aspx?QID=107"
TELEGRAM = "https://www.telegram.com/article/20110128/NEWS/101280502"
SEBASTIAN = "https://www.sebastianpd.org/FAQ.aspx?QID=84"
COURTNEY = "http://courtneyalisa6.blogspot.com/2011/09/embarrassed.html"
NORTHWESTERN = "https://internships.northwestern.edu/employer-resources/timeline/"
# United Kingdom
FIRCROFT = "https://www.fircroft.ac.uk/FAQs/what-is-the-short-listing-process"
SCHOLARS = "https://scholarseducationtrust.co.uk/656/recruitment-process"
ABER = "http://www.aber.ac.uk/en/aqro/handbook/pg-admissions/name-208320-en.html"
BARNSLEY = "https://barnsleymbc.moderngov.co.uk/mgAi.aspx?ID=40101"
# Australia
NUCLEI = "https://nuclei.com.au/how-long-does-the-recruitment-process-take/"
STAFFBY = "https://www.staffbydynamic.com.au/what-our-recruitment-process-looks-like/"
ROSEVILLE = "https://roseville.online/2024/05/general-manager-recruitment-update"
BATHURST = "https://www.bathurst.nsw.gov.au/positions-vacant.html"
LIVINGSTONE = "https://www.livingstone.qld.gov.au/career-opportunities"
# New Zealand
STCUTHBERTS = "http://www.stcuthberts.school.nz/employment/application-process/"
# Canada
JVS = "http://jvs.demosites.ca/career-blog/provincial"
RICHMONDNS = "https://govanswers.org/ca/ns/richmond/hr-personnel/text-2a63b25a77ca/"
# Ireland
UL = "https://www.ul.ie/cecd/students/career-services/career-advice/assessment-centres"
# South Africa
SAGOV = "https://sagovjobs.co.za/x-30-public-works-and-infrastructure-jobs"
# Singapore, India
HONGJUN = "http://www.hongjun.sg/2008/04/deepavali-to-be-on-27-oct-in-year-2008.html"
LEGERO = "https://legerogroup.com/holiday-notice-diwali-2024"

TL_TUNE18_CHECK_E: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ United States
    # A usual length, general information.
    ("Overall, you can expect the process of filling a position to take anywhere from four to "
     "eight weeks, from the posting to the offer.",
     "2032-03-02T10:00:00-05:00", None, "US", "en", UMW),
    # Two weeks from the closing date, Friday 12 March: Friday 26 March.
    ("The posting closes on Friday, March 12. Every applicant will hear from Human Resources "
     "within two weeks of the closing date, whether or not they are picked for an interview.",
     "2032-03-02T10:10:00-05:00", ("2032-03-26", "2032-03-26"), "US", "en", UMW),
    ("Supervisors must finish all interviews by Tuesday, April 13, and appointment notices will "
     "be sent to the students on Friday, April 30.",
     "2032-04-06T09:00:00-04:00", ("2032-04-30", "2032-04-30"), "US", "en", OWU),
    # The candidate's own deadline.
    ("Students must apply by 11:59 pm on Friday, April 2; late submissions will not be accepted.",
     "2032-03-24T09:00:00-04:00", None, "US", "en", OWU),
    # Two days after the interview day the text dates (Wednesday 11 February): Friday 13.
    ("The committee interviews everyone on Wednesday, February 11, and candidates will be told "
     "the committee's results two days later.",
     "2032-02-04T12:00:00-05:00", ("2032-02-13", "2032-02-13"), "US", "en", PDLG),
    ("This calendar assumes that first-semester grades are available by the decision dates.",
     "2032-02-04T12:10:00-05:00", None, "US", "en", PDLG),
    # "Typically": general information about the process.
    ("Acceptances are typically offered the week after an interview is held.",
     "2032-04-20T10:00:00-04:00", None, "US", "en", ICRE),
    # The week after Thursday 6 May: Monday 10 to Friday 14 May.
    ("Your in-person interview is on Thursday, May 6. We will make our decision and write to you "
     "the week after your interview.",
     "2032-04-20T10:10:00-04:00", ("2032-05-10", "2032-05-14"), "US", "en", ICRE),
    # The candidate's own step.
    ("If they didn't give you a time frame, two weeks after your last interview it is fine to "
     "call and ask where things stand.",
     "2032-08-17T15:00:00-04:00", None, "US", "en", BOSTON),
    ("Thanks again for coming in. We'll have a decision for you two weeks from today.",
     "2032-08-17T15:10:00-04:00", ("2032-08-31", "2032-08-31"), "US", "en", BOSTON),
    # A lower bound.
    ("Please don't expect to hear anything sooner than ten days after the interview.",
     "2032-08-17T15:20:00-04:00", None, "US", "en", BOSTON),
    # The candidate's time to decide: a lower bound on the candidate's side.
    ("Students should be given at least two to three weeks to decide on an offer.",
     "2032-10-05T11:00:00-04:00", None, "US", "en", UCONN),
    # Within a week of the last interview (Thursday 17 June): Thursday 24 June.
    ("Interviews for the middle school vacancy run Monday, June 14 through Thursday, June 17, and "
     "the principal will call every candidate within a week of the last interview.",
     "2032-06-07T13:00:00-04:00", ("2032-06-24", "2032-06-24"), "US", "en", CALVERT),
    ("After candidates are interviewed, the committee makes its recommendations to the Director "
     "of Human Resources.",
     "2032-06-07T13:10:00-04:00", None, "US", "en", CALVERT),
    # Five working days after the closing day, Monday 2 August: Monday 9 August.
    ("Applications close on Monday, August 2. Human Resources reviews them and lets each "
     "applicant know whether they go forward within five working days after the closing date.",
     "2032-07-26T10:00:00-04:00", ("2032-08-09", "2032-08-09"), "US", "en", LINCOLNTON),
    # Two weeks from Monday 2 February is Monday 16 February, Washington's Birthday: also the 17th.
    ("The new town manager starts on Monday, February 2, and has promised the fire chief "
     "candidates a decision within two weeks of her first day.",
     "2032-01-28T08:00:00-05:00", ("2032-02-16", "2032-02-17"), "US", "en", TELEGRAM),
    # An anchor with no date.
    ("She will decide whether to re-advertise the post once she has met the department heads.",
     "2032-01-28T08:10:00-05:00", None, "US", "en", TELEGRAM),
    # The panel meets Thursday 16 September; "the next day" is Friday 17.
    ("The panel meets on Thursday to compare notes, and I'll call you the next day either way.",
     "2032-09-13T16:00:00-04:00", ("2032-09-17", "2032-09-17"), "US", "en", SEBASTIAN),
    # An interview invitation's own date.
    ("Your phone interview is scheduled for Tuesday the 28th at 2:30 pm Mountain Time; please be "
     "ready at the number you gave us.",
     "2032-09-20T12:00:00-06:00", None, "US", "en", COURTNEY),
    ("We are still interviewing, so you'll hear from us one way or the other in two more weeks.",
     "2032-10-13T17:00:00-05:00", ("2032-10-27", "2032-10-27"), "US", "en", COURTNEY),
    # A usual length.
    ("Resumes go out to employers and interviews are held over a four- to six-week period.",
     "2032-10-01T10:00:00-05:00", None, "US", "en", NORTHWESTERN),
    # ------------------------------------------------------------------ United Kingdom
    ("Shortlisting will usually take place within two weeks of the closing date.",
     "2032-04-12T10:00:00+01:00", None, "GB", "en", FIRCROFT),
    # Ten working days after Monday 19 April over the May Day bank holiday (3 May): Tuesday 4 May.
    ("The post closes at noon on Monday 19 April. Whether or not you are shortlisted, we will "
     "email you within ten working days after the closing date.",
     "2032-04-12T10:10:00+01:00", ("2032-05-04", "2032-05-04"), "GB", "en", FIRCROFT),
    # Reopening Tuesday 4 January 2033 (3 January is the New Year bank holiday); three working
    # days of it: Friday 7 (Thursday 6 if the reopening day counts).
    ("The college closes for Christmas on Thursday 23 December and reopens on Tuesday 4 January. "
     "Interview outcomes will be sent within three working days of reopening.",
     "2032-12-15T14:00:00+00:00", ("2033-01-06", "2033-01-07"), "GB", "en", FIRCROFT),
    # An interview on Friday 9 July ends the range; two weeks: Friday 23 July.
    ("Interviews end on Friday 9 July, and all candidates will hear from us within two weeks of "
     "the last interview.",
     "2032-06-30T11:00:00+01:00", ("2032-07-23", "2032-07-23"), "GB", "en", FIRCROFT),
    # 48 hours after the interview (the reference, Wednesday 9 June): Friday 11 June.
    ("Thank you for coming today. All candidates will be told the interview decision within 48 "
     "hours and offered feedback if they want it.",
     "2032-06-09T16:00:00+01:00", ("2032-06-11", "2032-06-11"), "GB", "en", SCHOLARS),
    ("With your application pack you will receive the child protection statement, the closing "
     "date and the proposed interview date.",
     "2032-05-20T10:00:00+01:00", None, "GB", "en", SCHOLARS),
    # The Friday before a dated break (the school's Easter holidays from Monday 5 April): 2 April.
    ("Interviews are on Tuesday 16 March, and we will phone the successful candidate by the "
     "Friday before the Easter holidays, which begin on Monday 5 April.",
     "2032-03-10T09:00:00+00:00", ("2032-04-02", "2032-04-02"), "GB", "en", SCHOLARS),
    ("We'll let you know by close of play on Wednesday.",
     "2032-05-14T15:00:00+01:00", ("2032-05-19", "2032-05-19"), "GB", "en", SCHOLARS),
    # Ten working days from the interview (the reference, Thursday 11 November): Thursday 25.
    ("Thank you for attending the PGCE interview today. We will email our decision within ten "
     "working days of the interview.",
     "2032-11-11T13:00:00+00:00", ("2032-11-25", "2032-11-25"), "GB", "en", ABER),
    # Two weeks from Monday 6 December: Monday 20 December.
    ("Our new development officer starts on Monday 6 December, and she will get back to everyone "
     "who applied for the assistant post within two weeks of starting.",
     "2032-11-30T10:00:00+00:00", ("2032-12-20", "2032-12-20"), "GB", "en", BARNSLEY),
    ("A new performance monitoring officer is due to start in January, and councillors will be "
     "kept up to date.",
     "2032-11-30T10:10:00+00:00", None, "GB", "en", BARNSLEY),
    # A lower bound.
    ("Please note that we will not be able to give any feedback until at least two weeks after "
     "the interviews.",
     "2032-02-22T10:00:00+00:00", None, "GB", "en", BARNSLEY),
    # An anchor with no date.
    ("The appointment panel meets after the interviews, and candidates will hear within five "
     "working days of that meeting.",
     "2032-02-22T10:10:00+00:00", None, "GB", "en", ABER),
    # A lower bound with a date.
    ("No offers will be made before Monday 7 June.",
     "2032-05-26T10:00:00+01:00", None, "GB", "en", FIRCROFT),
    # ------------------------------------------------------------------ Australia
    # The King's Birthday (Monday 14 June) long weekend: the last working day before is Friday 11.
    ("I'll have an answer from the client for you before the long weekend.",
     "2032-06-08T14:00:00+10:00", ("2032-06-11", "2032-06-11"), "AU", "en", NUCLEI),
    ("On average the interview process takes between four and six weeks, depending on the role "
     "and the skills it needs.",
     "2032-03-08T10:00:00+11:00", None, "AU", "en", STAFFBY),
    # Three business days after Wednesday 10 March: Monday 15 March.
    ("Your interview with the client is on Wednesday 10 March, and we'll come back to you with "
     "their feedback within three business days of it.",
     "2032-03-08T10:10:00+11:00", ("2032-03-15", "2032-03-15"), "AU", "en", STAFFBY),
    # Logistics.
    ("Please arrive fifteen minutes early for your interview on Monday at 10 am so you can read "
     "the questions beforehand.",
     "2032-03-11T10:00:00+11:00", None, "AU", "en", STAFFBY),
    # Vague, and a lower bound.
    ("The final round of interviews is later this week, but we probably won't be able to announce "
     "the new general manager until next week.",
     "2032-05-17T09:00:00+10:00", None, "AU", "en", ROSEVILLE),
    ("Final interviews finish on Thursday 20 May, and council will make its offer within a week "
     "of the final interviews.",
     "2032-05-17T09:10:00+10:00", ("2032-05-27", "2032-05-27"), "AU", "en", ROSEVILLE),
    # Conditional, no day.
    ("If you are not selected for interview, you will be told by email as soon as possible after "
     "shortlisting.",
     "2032-06-01T10:00:00+10:00", None, "AU", "en", BATHURST),
    # Six weeks from Sunday 13 June is Sunday 25 July: also Monday 26 July.
    ("Applications close on Sunday 13 June. Every applicant will be told where they stand within "
     "six weeks of the closing date.",
     "2032-06-01T10:10:00+10:00", ("2032-07-25", "2032-07-26"), "AU", "en", BATHURST),
    ("Short-listed applicants are contacted by phone to arrange an interview.",
     "2032-04-14T10:00:00+10:00", None, "AU", "en", LIVINGSTONE),
    # Anzac Day is Sunday 25 April (observed Monday 26 in Queensland): the Tuesday after is the 27th.
    ("The panel interviews on Friday 23 April, and we'll ring the preferred candidate on the "
     "Tuesday after Anzac Day.",
     "2032-04-14T10:10:00+10:00", ("2032-04-27", "2032-04-27"), "AU", "en", LIVINGSTONE),
    # ------------------------------------------------------------------ New Zealand
    ("If you are shortlisted, we'll phone you to arrange an interview time that suits you both.",
     "2032-02-23T10:00:00+13:00", None, "NZ", "en", STCUTHBERTS),
    # Within a week of the last interview (Wednesday 10 March): Wednesday 17 March.
    ("Interviews run from Monday 8 to Wednesday 10 March. A second interview with a senior staff "
     "member may follow, and we'll let each first-round candidate know within a week of the last "
     "interview whether they go through.",
     "2032-02-23T10:10:00+13:00", ("2032-03-17", "2032-03-17"), "NZ", "en", STCUTHBERTS),
    # Friday 9 July plus two weeks: Friday 23 July.
    ("We'll be in touch two weeks from Friday.",
     "2032-07-06T15:00:00+12:00", ("2032-07-23", "2032-07-23"), "NZ", "en", STCUTHBERTS),
    # ------------------------------------------------------------------ Canada
    ("The summer jobs programme has already closed for this year; check the website again in "
     "August.",
     "2032-02-10T10:00:00-05:00", None, "CA", "en", JVS),
    ("Thanks for coming in. The camp director is interviewing all week and will call everyone "
     "back by the end of next week.",
     "2032-03-03T16:00:00-05:00", ("2032-03-12", "2032-03-12"), "CA", "en", JVS),
    # Next week's Tuesday and Wednesday are 13 and 14 April; "the Friday of that week" is the 16th.
    ("Interviews are on Tuesday and Wednesday next week, and successful candidates will get a "
     "call by the Friday of that week.",
     "2032-04-08T11:00:00-04:00", ("2032-04-16", "2032-04-16"), "CA", "en", JVS),
    ("If no suitable internal applicant is found, the position will be posted as an external "
     "competition.",
     "2032-09-27T10:00:00-03:00", None, "CA", "en", RICHMONDNS),
    # Ten business days after Friday 8 October: Friday 22 October, or Monday 25 if Thanksgiving
    # (11 October, not a Nova Scotia statutory holiday) is skipped.
    ("The competition closes on Friday, October 8. The CAO will notify all applicants within ten "
     "business days of the closing date.",
     "2032-09-27T10:10:00-03:00", ("2032-10-22", "2032-10-25"), "CA", "en", RICHMONDNS),
    # ------------------------------------------------------------------ Ireland
    ("Assessment centres can last anything from one day to a full weekend.",
     "2032-10-13T10:00:00+01:00", None, "IE", "en", UL),
    # The October bank holiday is Monday 25 October: the week after the bank holiday weekend is
    # Tuesday 26 to Friday 29.
    ("Your assessment centre is on Thursday 21 October, and we'll contact you with the outcome the "
     "week after the bank holiday weekend.",
     "2032-10-13T10:10:00+01:00", ("2032-10-26", "2032-10-29"), "IE", "en", UL),
    # ------------------------------------------------------------------ South Africa
    # "If you have not heard within N ..." is a promise (the corpus convention since b10, which
    # this case first broke: labelled None, corrected after the first score; see the docstring).
    # Three months from Friday 20 August is Saturday 20 November: also Monday 22 November.
    ("Applications close on Friday 20 August. Applicants who have not been contacted within three "
     "months of the closing date must accept that their application was unsuccessful.",
     "2032-08-11T10:00:00+02:00", ("2032-11-20", "2032-11-22"), "ZA", "en", SAGOV),
    # Fourteen days from Tuesday 7 September: Tuesday 21 September.
    ("Interviews will take place on Tuesday 7 September, and the department will inform "
     "shortlisted candidates of the outcome within 14 days of the interview.",
     "2032-08-30T10:00:00+02:00", ("2032-09-21", "2032-09-21"), "ZA", "en", SAGOV),
    # ------------------------------------------------------------------ Singapore, India
    # Deepavali is Tuesday 2 November: three working days after it, Friday 5 November.
    ("Deepavali falls on Tuesday 2 November this year; our HR team will revert with your interview "
     "result within three working days after the holiday.",
     "2032-10-28T17:00:00+08:00", ("2032-11-05", "2032-11-05"), "SG", "en", HONGJUN),
    # The closure ends on Wednesday 3 November: the first working day after it is Thursday 4.
    ("Our Mumbai office will be closed from Monday 1 November to Wednesday 3 November for Diwali. "
     "We will revert on your interview on the first working day after the closure.",
     "2032-10-27T12:00:00+05:30", ("2032-11-04", "2032-11-04"), "IN", "en", LEGERO),
]
