"""Timeline check set of round 23 (issue #15, helper "tl23e"): English, written and labelled first.

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any of
it; the only code used while labelling was Python's ``calendar`` and the ``holidays`` package, to
check weekdays and each country's public holidays in 2044 (its Islamic holidays are the package's
estimates). Each text paraphrases wording, a process or a situation documented on the public page
cited in its source (found with the project's search tool, pages corpus; every host was grepped in
``tests/data/*.py`` and ``real_timeline.jsonl`` and none is cited by an earlier file): American
career pages on how long employers take; British recruiters on slow decisions, a CV writer's
follow-up advice, background-check and DBS-check guides; Jamaican newspaper columns and a job
site; holiday pages on Zimbabwe's Heroes' Day (a calendar site, an encyclopedia list, a day
guide); a Nigerian guide to recruitment; Kenyan recruiters' pages; an Indian HR forum on offer
and joining letters; Canadian security-clearance pages and the public service commission's "what
happens next"; Australian and New Zealand recruiters on feedback; a South African skills portal
on government interviews; a Pakistani letter on a commission's results; Malaysian HR news and a
survey of response times; a Ghanaian news story on a civil-service intake; a Filipino blog on
National Heroes' Day; a Ugandan job site's follow-up guide; Singaporean news and a recruiter's
survey on waiting times. Names, dates, offices and organisations are invented and the wording is
not copied.

Written around *classes*, not one batch's wordings: round 23's convention (docs/timelines.md
"Round 23: label conventions"): the employer's usual time for its own answer to this candidate
is a promise however hedged ("usually", "normally", "generally", "typically", "as a rule", "on
average", a recruiter's usual time for the client's answer, "candidates usually hear from us"),
and what is not: the usual length of something else (background, DBS and reference checks, a
security clearance, shortlisting, notice periods, the interview's own length, medical
screening), of employers or a sector in general ("most employers", "recruiters in Australia",
"in Singapore, candidates often wait", government departments), counted from an undated event
("after the advert closes", "of the closing date" with no date), a lower bound ("a week or
more", "longer than two weeks", "more than a week"), and a usual length the speaker disowns
("it varies from role to role, so I can't commit"); a usual length overridden by this case's
own date ("we normally decide within a week, but this time ..."). Then "after <holiday>" with
heroes' days named in English in several countries (Zimbabwe's Heroes' Day and Defence Forces
Day, Jamaica's and the Philippines' National Heroes Day, Uganda's Heroes Day, Kenya's Mashujaa
Day, South Africa's Freedom Day), and counts after a dated closing date.

65 texts, all English: US 6, GB 7, JM 5, ZW 4, NG 3, KE 5, IN 4, CA 4, AU 6, NZ 3, ZA 4, PK 2,
MY 3, SG 3, GH 3, PH 2, UG 1 (country codes as the reader takes them); 22 promise nothing.
Reference dates in 2044, a year no earlier file uses as a reference (1 January is a Friday; it is
a leap year; Easter is 17 April). Labels follow the conventions of ``real_timeline_t22e.py`` (its
docstring) and docs/timelines.md "Round 20/22/23: label conventions": a plain "after <holiday>" is
the rest of that working week (from the first working day after the holiday, and the holidays
joined to it, to the last working day of that week; a first day that is itself the week's last
working day, a Friday, also accepts the next week's Friday); "before <holiday>" is read as a
deadline, from the last working day before it to the holiday's date; "in two to three weeks" is
days 14-21; "a week to ten days" days 7-10; a promise made only to the successful or the
unsuccessful is a promise; "if you have not heard within N of <date>" is dated at its end; a
calendar-day deadline on a weekend also accepts the next working day; a count "within N ..."
after a dated step counts from that step; the reference is the interview the text speaks of.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# United States
STATUSNET = "https://status.net/articles/long-take-hear-back-interview/"
# United Kingdom
CHESTERTON = "http://www.chestertongray.com/blog/candidates-want-quick-decisions.html"
FULLERCV = ("https://www.thefullercv.com/Information/Blog/202-/"
            "TOP-TIPS-TRILOGY-FOR-INTERVIEW-SUCCESS-Part-3")
BGCHECKS = ("https://www.background-checks.co.uk/"
            "how-long-does-it-take-to-complete-a-uk-background-check")
SECWATCH = ("https://www.securitywatchdog.org.uk/latest-news/"
            "most-commonly-asked-hr-questions-about-employment-screening/")
# Jamaica
GLEANERJM = ("http://cmslocal.gleanerjm.com/article/business/20180527/"
             "glenford-smith-when-call-back-about-your-job-interview")
JAMGLEANER = ("https://images.jamaica-gleaner.com/article/lead-stories/20250426/"
              "applied-and-ignored?qt-article_image_video=1")
EJAMJOBS = ("https://ejamjobs.com/site-map/articles/94-blog/job-hunt/"
            "169-tips-for-job-seekers-before-during-an-interview.html")
# Zimbabwe
HOLIDAYSCAL = "https://holidayscalendar.com/event/heroes-day-in-zimbabwe"
WIKIZW = "https://en.wikipedia.org/wiki/Public_holidays_in_Zimbabwe"
ANYDAY = "https://anydayguide.com/calendar/2336"
# Nigeria
MYEDU = ("https://myeduproject.info/"
         "how-job-recruitment-works-in-nigeria-from-application-to-interview")
# Kenya
CORPSTAFF = "http://www.corporatestaffing.co.ke/how-do-i-find-a-job-in-kenya/"
FUZU = ("https://www.fuzu.com/forum/article/"
        "kaya-talent-recruiter-dan-ndolo-reveals-4-things-you-should-know-about-the-interview-process")
# India
CITEHR = "https://www.citehr.com/amp.php?t=474286"
# Canada
SOMOS = "http://www.somos.ca/consultants/career-resources/getting-a-security-clearance/"
VIAOTTAWA = "https://viaottawa.pages.dev/ottawa-security-clearance-guide"
CANADAPSC = ("https://www.canada.ca/en/public-service-commission/jobs/services/gc-jobs/"
             "applying-government-canada-jobs-what-happens-next.html")
# Australia and New Zealand
SEEK = ("https://www.seek.co.nz:443/employer/hiring-advice/"
        "recruiter-feedback-why-it-matters-to-unsuccessful-candidates")
RUSHER = "https://www.rusherrogers.com.au/candidate-care-weekly-wrap-up/"
STOPGAP = ("https://www.stopgap.com.au/blog/2025/07/"
           "the-power-of-feedback-in-interviews-a-win-win-for-candidates-and-clients")
# South Africa
SKILLSPORTAL = "https://www.skillsportal.co.za/content/what-expect-your-government-job-interview?page=1"
# Pakistan
NATIONPK = "https://nation.com.pk/09-Sep-2012/bureaucratic-behaviour"
# Malaysia
HRONLINE = "https://www.humanresourcesonline.net/60-of-malaysian-job-seekers-unhappy-with-hiring-experience/"
REERACOEN = ("https://www.prnewswire.com/apac/news-releases/reeracoen-report-reveals-9-in-10-malaysians-"
             "are-open-to-new-jobs-amid-slow-hiring-low-bonuses-and-rising-pay-pressures-302628437.html")
# Singapore
RHSG = ("https://www.roberthalf.com.sg/press/"
        "singaporean-jobseekers-turning-down-dream-jobs-after-hiring-managers-leave-them-hanging")
CNASG = ("https://www.channelnewsasia.com/news/singapore/"
         "how-long-recruiter-hiring-manager-gets-back-job-interview-10670690")
# Ghana
MYJOY = "https://myjoyonline.com/record-graduates-seek-civil-service-jobs"
# Philippines
FILSCRIBE = "https://filipinoscribe.com/2012/08/19/august-27-2012-philippine-holiday-national-heroes-day"
# Uganda
UGJOBS = "https://theugandajobs.com/blog/how-to-follow-up-after-job-interview-uganda"

TL_TUNE23_CHECK_E: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ===================== the employer's usual time for its own answer: a promise
    # Within a week of the final interview (today): Tuesday 15 March.
    ("We usually get back to candidates within a week of the final interview.",
     "2044-03-08T15:00:00-05:00", ("2044-03-15", "2044-03-15"), "US", "en", STATUSNET),
    # A recruiter's usual time for the client's answer: five working days, Wednesday 22 June.
    ("My client normally gives us a decision within five working days, and I'll ring you as soon "
     "as I have it.",
     "2044-06-15T11:00:00+01:00", ("2044-06-22", "2044-06-22"), "GB", "en", CHESTERTON),
    # As a rule, two weeks of the interview: Thursday 26 May.
    ("As a rule, the panel's decision reaches candidates within two weeks of the interview.",
     "2044-05-12T10:00:00-05:00", ("2044-05-26", "2044-05-26"), "JM", "en", GLEANERJM),
    # Ten working days after the final interview (today): Monday 21 March.
    ("It typically takes us about ten working days to communicate the outcome after the final "
     "interview.",
     "2044-03-07T13:00:00+01:00", ("2044-03-21", "2044-03-21"), "NG", "en", MYEDU),
    # The employer's own hiring managers, a week: Wednesday 24 February.
    ("Our hiring managers generally make their decision within a week of the last interview, and "
     "HR calls the successful candidate the same day.",
     "2044-02-17T10:00:00+03:00", ("2044-02-24", "2044-02-24"), "KE", "en", CORPSTAFF),
    # On average, ten days of the final round (today): Monday 18 July.
    ("On average, our HR team releases offer letters within 10 days of the final round.",
     "2044-07-08T16:00:00+05:30", ("2044-07-18", "2044-07-18"), "IN", "en", CITEHR),
    # Two to three weeks: days 14-21, Tuesday 18 to Tuesday 25 October.
    ("We normally let candidates know the outcome within two to three weeks of the interview.",
     "2044-10-04T10:00:00-04:00", ("2044-10-18", "2044-10-25"), "CA", "en", SOMOS),
    # A recruiter's usual time for the client's feedback: two business days, Wednesday 17 August.
    ("Typically our client comes back to us with feedback within two business days of the "
     "interview.",
     "2044-08-15T14:00:00+10:00", ("2044-08-17", "2044-08-17"), "AU", "en", SEEK),
    # Within a week either way: Thursday 8 September.
    ("We generally let all interviewees know within a week either way.",
     "2044-09-01T11:00:00+12:00", ("2044-09-08", "2044-09-08"), "NZ", "en", SEEK),
    # Three weeks: Wednesday 25 May.
    ("The department usually informs interviewed candidates of the outcome within three weeks.",
     "2044-05-04T10:00:00+02:00", ("2044-05-25", "2044-05-25"), "ZA", "en", SKILLSPORTAL),
    # Three to five working days: Thursday 17 to Monday 21 March.
    ("Normally our HR team replies to interviewees within three to five working days.",
     "2044-03-14T10:00:00+08:00", ("2044-03-17", "2044-03-21"), "MY", "en", HRONLINE),
    # Candidates hear from *us*: ten working days past Good Friday (15 April), Wednesday 20 April.
    ("Candidates usually hear from us within ten working days of the final interview.",
     "2044-04-05T15:00:00+08:00", ("2044-04-20", "2044-04-20"), "SG", "en", RHSG),
    # It usually takes us two weeks: Tuesday 29 November.
    ("It usually takes us two weeks after the interviews to send out the results.",
     "2044-11-15T10:00:00+00:00", ("2044-11-29", "2044-11-29"), "GH", "en", MYJOY),
    # Results normally posted within a week: Monday 15 February.
    ("Results of the interview are normally posted on our website within a week.",
     "2044-02-08T11:00:00+05:00", ("2044-02-15", "2044-02-15"), "PK", "en", NATIONPK),
    # Three to five business days after the onsite (today): Wednesday 19 to Friday 21 October.
    ("Typically, you'll hear back from our recruiting team within three to five business days "
     "after the onsite.",
     "2044-10-14T16:00:00-04:00", ("2044-10-19", "2044-10-21"), "US", "en", STATUSNET),
    # Final decisions generally take a fortnight after the last interview: Thursday 6 October.
    ("Final decisions generally take about a fortnight after the last interview, sometimes a "
     "little longer.",
     "2044-09-22T14:00:00+01:00", ("2044-10-06", "2044-10-06"), "GB", "en", FULLERCV),
    # Only to the successful, a week to ten days: Monday 27 to Thursday 30 June.
    ("Successful applicants are usually contacted within a week to ten days.",
     "2044-06-20T10:00:00-05:00", ("2044-06-27", "2044-06-30"), "JM", "en", EJAMJOBS),
    # A recruiter's usual, a day or two: Wednesday 9 to Thursday 10 November.
    ("I'll usually have the client's feedback to you within a day or two of the interview.",
     "2044-11-08T12:00:00+11:00", ("2044-11-09", "2044-11-10"), "AU", "en", RUSHER),
    # Board results four to six weeks after your interview: days 28-42, 17 February to 2 March.
    ("Board results normally go out four to six weeks after your interview.",
     "2044-01-20T10:00:00-05:00", ("2044-02-17", "2044-03-02"), "CA", "en", VIAOTTAWA),
    # Within 14 days: Friday 5 August.
    ("We usually revert to all interviewed candidates within 14 days.",
     "2044-07-22T15:00:00+03:00", ("2044-08-05", "2044-08-05"), "KE", "en", FUZU),
    # Interview results usually take two to three weeks: Tuesday 25 October to 1 November.
    ("Interview results usually take two to three weeks.",
     "2044-10-11T10:00:00+08:00", ("2044-10-25", "2044-11-01"), "MY", "en", HRONLINE),
    # Usually the same day or the next: Thursday 3 to Friday 4 March.
    ("After the final interview we usually send the job offer the same day or the next day.",
     "2044-03-03T14:00:00+08:00", ("2044-03-03", "2044-03-04"), "PH", "en", FILSCRIBE),
    # Only to the unsuccessful, within a month: Thursday 16 June.
    ("Unsuccessful candidates are normally informed by letter within a month of the interview.",
     "2044-05-16T10:00:00+00:00", ("2044-06-16", "2044-06-16"), "GH", "en", MYJOY),
    # Others' habit set against the employer's own: seven days, Wednesday 20 January.
    ("Most applicants here never get feedback; we, though, always reply within seven days.",
     "2044-01-13T10:00:00+01:00", ("2044-01-20", "2044-01-20"), "NG", "en", MYEDU),
    # Decisions usually take a week, hedged: Tuesday 20 December.
    ("Decisions usually take a week, though it can be longer over the holidays.",
     "2044-12-13T11:00:00+11:00", ("2044-12-20", "2044-12-20"), "AU", "en", RUSHER),
    # The usual length overridden by this case's own date: the end of the month, Thursday 30 June.
    ("We normally decide within a week, but with two panel members away this time it will be the "
     "end of the month.",
     "2044-06-06T10:00:00+01:00", ("2044-06-30", "2044-06-30"), "GB", "en", CHESTERTON),
    # A usual length, then this case's own weekday: Wednesday 27 April.
    ("It usually takes us about a week, but I'll have an answer for you by Wednesday.",
     "2044-04-22T15:00:00-04:00", ("2044-04-27", "2044-04-27"), "US", "en", STATUSNET),
    # ===================== usual lengths that promise nothing
    # Employers in general.
    ("Most employers take one to two weeks to get back to candidates after an interview.",
     "2044-05-17T10:00:00-04:00", None, "US", "en", STATUSNET),
    # A background check, not the answer.
    ("Background checks usually take three to five working days once you've accepted the offer.",
     "2044-07-12T10:00:00+01:00", None, "GB", "en", BGCHECKS),
    # A DBS check and the start date.
    ("The DBS check normally takes up to six weeks, so your start date will depend on it.",
     "2044-09-06T10:00:00+01:00", None, "GB", "en", SECWATCH),
    # A security clearance.
    ("Reliability status clearance generally takes two to four weeks to process.",
     "2044-06-08T10:00:00-04:00", None, "CA", "en", SOMOS),
    # A sector in general, from posting to offer.
    ("In the federal public service, appointment processes usually take several months from "
     "posting to offer.",
     "2044-03-22T10:00:00-04:00", None, "CA", "en", CANADAPSC),
    # Recruiters in a country in general.
    ("Recruiters in Australia typically take about a week to pass on interview feedback.",
     "2044-02-23T10:00:00+11:00", None, "AU", "en", STOPGAP),
    # Government departments in general, "up to".
    ("It can take up to two or three weeks for the hiring process to be completed in government "
     "departments.",
     "2044-08-23T10:00:00+02:00", None, "ZA", "en", SKILLSPORTAL),
    # A stage, from an undated event.
    ("Shortlisting usually takes two to three weeks after applications close.",
     "2044-04-26T10:00:00+01:00", None, "NG", "en", MYEDU),
    # The usual answer counted from an undated event.
    ("Candidates usually hear back about three weeks after the advert closes.",
     "2044-03-29T10:00:00+03:00", None, "KE", "en", CORPSTAFF),
    # A notice period and joining dates.
    ("Notice periods usually run one to three months, so we plan joining dates accordingly.",
     "2044-09-14T11:00:00+05:30", None, "IN", "en", CITEHR),
    # Companies in general, a lower bound, another stage.
    ("Companies here usually take more than a week to schedule a second interview.",
     "2044-06-21T10:00:00+08:00", None, "MY", "en", REERACOEN),
    # What candidates in a country in general go through.
    ("In Singapore, candidates often wait longer than a month to hear back after an interview.",
     "2044-07-19T10:00:00+08:00", None, "SG", "en", CNASG),
    # A lower bound.
    ("It normally takes a week or more for the panel to agree on a preferred candidate.",
     "2044-10-18T10:00:00+01:00", None, "GB", "en", CHESTERTON),
    # A usual length the speaker disowns.
    ("The timing varies from role to role, so I can't commit to a date, though a week is common.",
     "2044-05-10T10:00:00+12:00", None, "NZ", "en", SEEK),
    # The interview's own length.
    ("The interview itself usually lasts about forty-five minutes.",
     "2044-02-02T09:00:00-05:00", None, "JM", "en", JAMGLEANER),
    # Medical screening, not the answer.
    ("Medical screening for new hires typically takes five working days.",
     "2044-08-09T10:00:00+00:00", None, "GH", "en", MYJOY),
    # A lower bound said of the process.
    ("Usually the process takes longer than two weeks for roles at this level.",
     "2044-11-29T10:00:00-05:00", None, "US", "en", STATUSNET),
    # A character verification.
    ("The commission generally takes two months to clear a candidate's character verification.",
     "2044-04-12T10:00:00+05:00", None, "PK", "en", NATIONPK),
    # Reference checks.
    ("Reference checks usually take a couple of days, depending on how quickly your referees "
     "respond.",
     "2044-03-15T10:00:00+11:00", None, "AU", "en", RUSHER),
    # Disowned.
    ("It varies from role to role; some teams take a week, others a month, so I can't give you a "
     "firm timeline.",
     "2044-10-26T11:00:00+05:30", None, "IN", "en", CITEHR),
    # Employers in a country in general.
    ("Employers in Jamaica rarely acknowledge applications, and when they do it usually takes "
     "weeks.",
     "2044-09-27T10:00:00-05:00", None, "JM", "en", JAMGLEANER),
    # Counted from an undated closing date.
    ("Shortlisted applicants are normally contacted within two weeks of the closing date.",
     "2044-02-10T10:00:00-05:00", None, "US", "en", STATUSNET),
    # ===================== after a heroes' day (and others), several countries
    # Zimbabwe: Heroes' Day Monday 8 and Defence Forces Day Tuesday 9 August: 10 to 12 August.
    ("Thanks for attending the interview. We will get back to you after Heroes Day.",
     "2044-08-03T14:00:00+02:00", ("2044-08-10", "2044-08-12"), "ZW", "en", HOLIDAYSCAL),
    ("The board sits again after the Heroes and Defence Forces holidays, and we'll communicate "
     "the outcome then.",
     "2044-08-04T11:00:00+02:00", ("2044-08-10", "2044-08-12"), "ZW", "en", WIKIZW),
    ("You will hear from us after Heroes' Day.",
     "2044-07-29T15:00:00+02:00", ("2044-08-10", "2044-08-12"), "ZW", "en", ANYDAY),
    # Before Heroes Day (Monday 8 August): from Friday 5 to Monday 8 August.
    ("We will advise you of the outcome before Heroes Day.",
     "2044-08-01T10:00:00+02:00", ("2044-08-05", "2044-08-08"), "ZW", "en", HOLIDAYSCAL),
    # Jamaica: National Heroes Day Monday 17 October: Tuesday 18 to Friday 21.
    ("We'll let you know after National Heroes Day.",
     "2044-10-12T10:00:00-05:00", ("2044-10-18", "2044-10-21"), "JM", "en", GLEANERJM),
    # Philippines: National Heroes Day Monday 29 August: Tuesday 30 August to Friday 2 September.
    ("Our HR will send the job offer after National Heroes Day.",
     "2044-08-24T10:00:00+08:00", ("2044-08-30", "2044-09-02"), "PH", "en", FILSCRIBE),
    # Kenya: Mashujaa Day Thursday 20 October: Friday 21, or the next Friday 28.
    ("We'll get back to you after Mashujaa Day.",
     "2044-10-17T10:00:00+03:00", ("2044-10-21", "2044-10-28"), "KE", "en", FUZU),
    # Uganda: Heroes Day Thursday 9 June: Friday 10, or the next Friday 17.
    ("The panel will announce the results after Heroes Day.",
     "2044-06-06T10:00:00+03:00", ("2044-06-10", "2044-06-17"), "UG", "en", UGJOBS),
    # South Africa: Freedom Day Wednesday 27 April: Thursday 28 to Friday 29.
    ("We'll call the successful candidate after Freedom Day.",
     "2044-04-21T10:00:00+02:00", ("2044-04-28", "2044-04-29"), "ZA", "en", SKILLSPORTAL),
    # ===================== counts after a dated closing date
    # Two weeks of Friday 11 March: Friday 25 March.
    ("Applications close on Friday 11 March, and shortlisted applicants will be contacted within "
     "two weeks of the closing date.",
     "2044-03-07T10:00:00+11:00", ("2044-03-25", "2044-03-25"), "AU", "en", STOPGAP),
    # If you have not heard within four weeks of 29 April: Friday 27 May.
    ("If you have not heard from us within four weeks of the closing date (29 April), please "
     "assume your application has not been successful.",
     "2044-04-19T10:00:00+01:00", ("2044-05-27", "2044-05-27"), "GB", "en", FULLERCV),
    # 21 days after 30 September: Friday 21 October.
    ("Only shortlisted candidates will be contacted within 21 days after the closing date of "
     "30 September.",
     "2044-09-26T10:00:00+03:00", ("2044-10-21", "2044-10-21"), "KE", "en", CORPSTAFF),
    # Three months of 12 August: Saturday 12 November, so Monday 14 too.
    ("If you do not hear from the department within three months of the closing date, 12 August, "
     "please consider your application unsuccessful.",
     "2044-08-05T10:00:00+02:00", ("2044-11-12", "2044-11-14"), "ZA", "en", SKILLSPORTAL),
    # Ten days after 20 June: Thursday 30 June.
    ("Results will be announced within ten days after the last date of application, 20 June.",
     "2044-06-14T10:00:00+05:30", ("2044-06-30", "2044-06-30"), "IN", "en", CITEHR),
    # Four weeks of 8 April: Friday 6 May.
    ("All applicants will be notified within four weeks of the closing date, which is 8 April.",
     "2044-04-01T10:00:00+08:00", ("2044-05-06", "2044-05-06"), "SG", "en", RHSG),
    # Ten working days of Monday 14 November: Monday 28 November.
    ("Applications close Monday 14 November; we'll let everyone know whether they've been "
     "shortlisted within ten working days of closing.",
     "2044-11-08T10:00:00+13:00", ("2044-11-28", "2044-11-28"), "NZ", "en", SEEK),
]
