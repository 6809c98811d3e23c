"""Blind batch 16 of the real-material timeline corpus (issue #15, round 16).

Being written on its own branch by a corpus helper who never reads the timeline code; docstring
completed when the batch is.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
# English-language pages: United States (a job-seeker's blog, a suburban fire department's
# recruitment calendar, a Kansas fire department's selection steps, teacher hiring timelines,
# interview-update and follow-up templates, an open internship call)
MARGARITAS = "http://decisionsonmargaritas.blogspot.com/2009/10/interview.html"
BROOKLYNCTR = "http://www.cityofbrooklyncenter.org/index.aspx?NID=1231"
LAWRENCEKS = "https://lawrenceks.org/fire-medical/selection_process"
MAGVECTOR = "https://magazinevector.com/?p=2553"
ELLENZEIGER = ("https://ellenzeiger.com/2025/01/09/effective-interview-update-email-crafting-the-per"
               "fect-follow-up-to-secure-your-next-opportunity")
JOBSEARCHADV = "https://jobsearchadvice.io/interview-follow-up-email"
HUGGINGFACE = "https://huggingface.co/spaces/internships/internships-2023/discussions/22"
# English-language pages: United Kingdom (a job-seeker's blog, follow-up advice, a graduate
# engineer's assessment centres, video-interview guidance, interview-result templates)
UNWORKING = "http://unworkinggirl.blogspot.com/2009/07/waiting-by-phone.html"
CAREERGOALS = "https://careergoals.search.co.uk/following-up-after-an-interview"
GRADENGINEER = "https://thegraduateengineer.com/how-to-pass-an-assessment-centre/"
GRADGREENHOUSE = "https://gradgreenhouse.com/articles/interview-guidance-for-applicants/"
SELLYOURMOBILE = "https://sellyourmobile.info/thu-thong-bao-ket-qua-phong-van-bang-tieng-anh"
BUYINGESSAYS = ("https://buyingessaysonline.com/crafting-the-perfect-interview-status-update-email-"
                "tips-and-best-practices")
# English-language pages: Ireland (county council recruitment), Australia (New South Wales
# councils, Canberra public service), New Zealand (student internship schemes)
ASKABOUTMONEY = "https://askaboutmoney.com/threads/the-public-sector-why-is-it-so-bad.75033/page-7"
LOUTHCOCO = "https://careers.louthcoco.ie/CMS/CMSPage/7"
JOBIJOBA = "https://www.jobijoba.ie/job/16/e5f5367d52dc8170f2e84d49017c62e0"
FINANCEDOCBOX = ("https://financedocbox.com/amp/91881291-Retirement_Planning/Senior-enterprise-dev"
                 "elopment-officer-local-enterprise-office-grade-vii-permanent-post-qualification"
                 "s.html")
RYDE = "https://www.ryde.nsw.gov.au/Council/Careers/Guide-for-Job-Applicants/Job-Interview"
WYONG = "https://www.wyong.nsw.gov.au/about-council/human-resources-and-careers/selection-process"
CENTRALCOAST = ("https://www.centralcoast.nsw.gov.au/council/about-council/careers-and-volunteerin"
                "g/selection-process")
GOSFORD = "http://www.gosford.nsw.gov.au/about-council/working-at-council/selection-process"
BRISBANETIMES = ("https://www.brisbanetimes.com.au/national/public-service-jobs-advertised-during-c"
                 "hristmas-shutdown-spark-complaints-20160105-glzo5u.html")
TEPUNAHA = "https://www.tepunahamatatini.ac.nz/about-us/student-internships/information-for-students/"
SUMMEROFTECH = "https://summeroftech.co.nz/students/faq"
SUMMEROFBIZ = "https://summerofbiz.co.nz/students/faq/"
UCCAREERHUB = "https://careerhub.canterbury.ac.nz/Employers/Guidelines_and_Policy.chpx"
VENDUCO = "https://www.venduco.net/post/world-competitive-nz-internships-direct-value-to-business"
# English-language pages: Kenya, Nigeria, India, Singapore, Hong Kong, Canada
ENERGYZED = "https://energyzedworld.com/advisory/interview-communication-a-dilemma-for-engineers/"
YOUTHCAFE = "https://theyouthcafe.com/intern-host-company-matching"
RATIOMAG = ("http://www.ratio-magazine.com/index2.php?option=com_content&task=view&id=3820&pop=1&pag"
            "e=98&Itemid=111")
SHORTLISTKE = "https://shortlist.net/futures/category/job-search-tips/"
GLASSDOORUK = "https://www.glassdoor.co.uk/Interview/Arit-Interview-E2127864-RVW31889501.htm"
OPPASIAN = "https://www.opportunityforasian.com/2018/02/how-to-apply-for-and-secure-internship.html"
MYSELFSPEAKING = "http://myselfspeaking.blogspot.com/2006/02/job-interview-backdrop.html"
PIVOTALSG = "https://pivotalsg.com/career-guide/interview-preparation/"
SBRSG = ("https://sbr.com.sg/hr-education/commentary/what-singapore-fresh-grads-need-know-about-job"
         "-interviews")
HEYSUCCESS = "https://www.heysuccess.com/countries/singapore-country-guide/interview"
ISELETTER = "https://insights.ise.org.uk/policy/a-letter-from-singapore/"
BNPAPAC = "https://careers.apac.bnpparibas/student-graduates-how-to-apply"
ASIAGLOBAL = "https://www.asiaglobalfellows.hku.hk/FrequentlyAskedQuestions.aspx"
WORKNZ = "https://www.worknewzealand.co.nz/faq-work-canada-summer-jobs/"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND16: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    # United States: Thanksgiving is Thursday 22 November; the Monday after it is the 26th.
    ("We're interviewing right through Thanksgiving week and will have a decision for you the "
     "Monday after the holiday.",
     "2029-11-14T10:00:00-05:00", ("2029-11-26", "2029-11-26"), "US", "en", MARGARITAS),
    ("This was only the first conversation; the team is meeting several more people over the "
     "coming month.",
     "2029-11-14T10:10:00-05:00", None, "US", "en", MARGARITAS),
    ("He said they'd pick between the three finalists by the end of next week.",
     "2029-10-03T17:00:00-04:00", ("2029-10-12", "2029-10-12"), "US", "en", MARGARITAS),
    # "The week of October 8": its Monday is Columbus Day, a holiday most employers work, so
    # both readings (Monday or Tuesday to Friday).
    ("Interviews run September 26 to 29, and conditional offers go out the week of October 8.",
     "2029-09-12T18:00:00-05:00", ("2029-10-08", "2029-10-12"), "US", "en", BROOKLYNCTR),
    ("All dates in the recruitment schedule are subject to change.",
     "2029-09-12T18:10:00-05:00", None, "US", "en", BROOKLYNCTR),
    # Five business days from Thursday 14 June over Juneteenth (Tue 19 June), which many
    # city employers work: both readings.
    ("The interview board meets Thursday; candidates moving on to background checks will be "
     "called within five business days of that meeting.",
     "2029-06-12T09:00:00-05:00", ("2029-06-21", "2029-06-22"), "US", "en", LAWRENCEKS),
    ("Chief's interviews are by appointment only, so please don't drop by the station.",
     "2029-06-12T09:10:00-05:00", None, "US", "en", LAWRENCEKS),
    # Two weeks after 18 May.
    ("Principals send their recommendations to HR by May 18, and offers are extended within two "
     "weeks after that.",
     "2029-05-02T15:00:00-04:00", ("2029-06-01", "2029-06-01"), "US", "en", MAGVECTOR),
    # What districts usually do: no promise.
    ("Districts that start early usually have their hiring wrapped up by April.",
     "2029-05-02T15:10:00-04:00", None, "US", "en", MAGVECTOR),
    ("Thanks for your patience. The panel needs a few more days, and you'll have an update from "
     "me no later than Wednesday, March 7.",
     "2029-02-28T11:00:00-05:00", ("2029-03-07", "2029-03-07"), "US", "en", ELLENZEIGER),
    ("We apologize for the delay in getting back to you about the coordinator role.",
     "2029-02-28T11:10:00-05:00", None, "US", "en", ELLENZEIGER),
    # The final round moved a week: the new Friday is 13 July.
    ("We've had to push the final interviews back a week, so expect our decision on Friday the "
     "13th rather than the 6th.",
     "2029-06-29T14:00:00-04:00", ("2029-07-13", "2029-07-13"), "US", "en", ELLENZEIGER),
    # The candidate's own follow-up.
    ("If you haven't heard back by the date we gave you, feel free to send a short follow-up.",
     "2029-11-19T09:00:00-05:00", None, "US", "en", JOBSEARCHADV),
    # Thursday is Thanksgiving (22 November): also the next working day.
    ("The recruiter says the client will give feedback by close of business Thursday.",
     "2029-11-19T09:10:00-05:00", ("2029-11-22", "2029-11-23"), "US", "en", JOBSEARCHADV),
    ("Emails saying whether you've been picked for an intro call will go out in the coming "
     "weeks, possibly not until January.",
     "2029-11-27T12:00:00-05:00", None, "US", "en", HUGGINGFACE),
    # United Kingdom (England)
    ("We need someone to start on Monday, so we'll ring you either way by tomorrow lunchtime.",
     "2029-07-12T16:00:00+01:00", ("2029-07-13", "2029-07-13"), "GB", "en", UNWORKING),
    ("The job is a brand-new position, so the brief may change as it beds in.",
     "2029-07-12T16:10:00+01:00", None, "GB", "en", UNWORKING),
    ("We'll be in touch.",
     "2029-07-12T16:20:00+01:00", None, "GB", "en", UNWORKING),
    # The Spring bank holiday is Monday 28 May; the Tuesday is the 29th.
    ("Thanks for coming in. We're seeing two more people and will let you know after the bank "
     "holiday weekend, on the Tuesday.",
     "2029-05-23T15:00:00+01:00", ("2029-05-29", "2029-05-29"), "GB", "en", CAREERGOALS),
    ("Feel free to email if you think of anything you didn't get to ask.",
     "2029-05-23T15:10:00+01:00", None, "GB", "en", CAREERGOALS),
    # The end of September is a Sunday: also Monday 1 October.
    ("The panel meets on the 27th and we'll let you know by the end of the month.",
     "2029-09-12T10:00:00+01:00", ("2029-09-30", "2029-10-01"), "GB", "en", CAREERGOALS),
    # Ten working days from Friday 14 December over Christmas and New Year's Day: 2 January;
    # with the office closure the text names (27, 28 and 31 December) as well: 7 January.
    ("Assessment centre results come out within ten working days. Please note our office is "
     "closed between Christmas and New Year.",
     "2029-12-14T13:00:00+00:00", ("2030-01-02", "2030-01-07"), "GB", "en", GRADENGINEER),
    ("Your travel expenses, train ticket included, will be reimbursed.",
     "2029-12-14T13:10:00+00:00", None, "GB", "en", GRADENGINEER),
    # "The week after Easter" (1 April): Easter Monday is a bank holiday, so Tuesday to Friday.
    ("We'll confirm whether you're through to the final round the week after Easter.",
     "2029-03-21T12:00:00+00:00", ("2029-04-03", "2029-04-06"), "GB", "en", GRADENGINEER),
    # The candidate's own deadline.
    ("Please record and submit your video interview within five days of receiving this link.",
     "2029-03-12T09:00:00+00:00", None, "GB", "en", GRADGREENHOUSE),
    # Counted from a submission the text does not date.
    ("Once you submit, the employer reviews recordings within 14 days and you'll be notified by "
     "email.",
     "2029-03-12T09:10:00+00:00", None, "GB", "en", GRADGREENHOUSE),
    ("Your application is still under review. We're scheduling second interviews now and you'll "
     "be notified soon.",
     "2029-04-13T10:00:00+01:00", None, "GB", "en", BUYINGESSAYS),
    ("Thank you for interviewing with us. We will contact you about the status of your "
     "application by Friday 20 April.",
     "2029-04-13T10:10:00+01:00", ("2029-04-20", "2029-04-20"), "GB", "en", SELLYOURMOBILE),
    # Ireland: ten working days from Tuesday 30 October (the October bank holiday, Monday 29,
    # falls before it).
    ("You'll be advised of the result by letter within ten working days of the interview on 30 "
     "October.",
     "2029-10-24T11:00:00+01:00", ("2029-11-13", "2029-11-13"), "IE", "en", LOUTHCOCO),
    ("We aim to give you seven days' notice of your interview date.",
     "2029-10-24T11:10:00+01:00", None, "IE", "en", LOUTHCOCO),
    # An acceptance window for the candidate.
    ("Successful candidates have one week from the written offer to accept or decline it.",
     "2029-10-24T11:20:00+01:00", None, "IE", "en", LOUTHCOCO),
    # St Patrick's Day is Saturday 17 March: "before <weekend>" is Friday 16 March.
    ("Shortlisted candidates will hear from us before the St Patrick's Day weekend.",
     "2029-03-06T10:00:00+00:00", ("2029-03-16", "2029-03-16"), "IE", "en", JOBIJOBA),
    ("Canvassing any member of the council will disqualify you.",
     "2029-03-06T10:10:00+00:00", None, "IE", "en", JOBIJOBA),
    # The June bank holiday is Monday 4 June; the Tuesday after it is the 5th.
    ("The board ranks everyone by the end of the month, and we'll post out the results on the "
     "Tuesday after the June bank holiday.",
     "2029-05-15T14:00:00+01:00", ("2029-06-05", "2029-06-05"), "IE", "en", ASKABOUTMONEY),
    ("A panel may be formed, from which future vacancies will be filled for up to two years.",
     "2029-05-15T14:10:00+01:00", None, "IE", "en", FINANCEDOCBOX),
    # Australia (New South Wales): King's Birthday is Monday 11 June.
    ("Interviews finish on Friday 8 June; the panel will ring the preferred applicant after the "
     "King's Birthday long weekend, on Tuesday 12 June.",
     "2029-06-01T10:00:00+10:00", ("2029-06-12", "2029-06-12"), "AU", "en", RYDE),
    ("If you're not picked for interview you'll be told by email, usually within two weeks of "
     "the closing date.",
     "2029-06-01T10:10:00+10:00", None, "AU", "en", RYDE),
    # Four weeks from the closing date, 19 January.
    ("We'll phone you within four weeks of the advertised closing date of 19 January to arrange "
     "an interview.",
     "2029-01-10T09:00:00+11:00", ("2029-02-16", "2029-02-16"), "AU", "en", WYONG),
    ("Bring originals and photocopies of your licences and proof of your right to work.",
     "2029-01-10T09:10:00+11:00", None, "AU", "en", WYONG),
    # Good Friday to Easter Monday (30 March to 2 April); the offices reopen on the 3rd.
    ("Council offices close from Good Friday and reopen on Tuesday 3 April; we'll call every "
     "interviewee that morning.",
     "2029-03-27T15:00:00+11:00", ("2029-04-03", "2029-04-03"), "AU", "en", CENTRALCOAST),
    ("The panel usually includes the team leader, someone from People and Culture and a "
     "technical expert.",
     "2029-03-27T15:10:00+11:00", None, "AU", "en", CENTRALCOAST),
    # Five working days over ANZAC Day (Wed 25 April).
    ("You'll be told the outcome within five working days of your interview.",
     "2029-04-23T10:00:00+10:00", ("2029-05-01", "2029-05-01"), "AU", "en", GOSFORD),
    ("Reference checks are only done once the panel has chosen a preferred candidate.",
     "2029-04-23T10:10:00+10:00", None, "AU", "en", GOSFORD),
    # Australian Capital Territory: the second week of January, Monday 8 to Friday 12.
    ("Applications close on 4 January; the office is shut over the break, and shortlisted "
     "applicants will be contacted in the second week of January.",
     "2029-01-02T10:00:00+11:00", ("2029-01-08", "2029-01-12"), "AU", "en", BRISBANETIMES),
    # New Zealand: Labour Day is Monday 22 October; also the next working day.
    ("Interviews are this week, and we'll tell you which placement you've got by Labour Day.",
     "2029-10-09T13:00:00+13:00", ("2029-10-22", "2029-10-23"), "NZ", "en", TEPUNAHA),
    ("You must be available for training on 19 and 20 November; the internship starts on 26 "
     "November.",
     "2029-10-09T13:10:00+13:00", None, "NZ", "en", TEPUNAHA),
    ("The employer has five working days after your interview to make you an offer or release "
     "you.",
     "2029-09-28T16:00:00+12:00", ("2029-10-05", "2029-10-05"), "NZ", "en", SUMMEROFTECH),
    ("Employers can make offers any time from September; once you accept one you're off the "
     "market.",
     "2029-09-28T16:10:00+12:00", None, "NZ", "en", SUMMEROFTECH),
    ("Expect to hear within 48 hours whether you've been matched.",
     "2029-08-15T14:00:00+12:00", ("2029-08-17", "2029-08-17"), "NZ", "en", SUMMEROFBIZ),
    ("The careers centre is closed over the Christmas and New Year period.",
     "2029-12-11T10:00:00+13:00", None, "NZ", "en", UCCAREERHUB),
    # Waitangi Day is Tuesday 6 February; Thursday the 8th is named.
    ("We'll make the hiring call after Waitangi Day, on Thursday the 8th.",
     "2029-01-31T11:00:00+13:00", ("2029-02-08", "2029-02-08"), "NZ", "en", VENDUCO),
    # Kenya: seven days after Friday 23 March is Good Friday; the next working day is Tuesday
    # 3 April (Easter Monday is a holiday too).
    ("The panel finishes the technical interviews on Friday and will notify the successful "
     "intern within seven days of that.",
     "2029-03-20T10:00:00+03:00", ("2029-03-30", "2029-04-03"), "KE", "en", ENERGYZED),
    ("We received 233 applications for one internship, so only shortlisted candidates will be "
     "contacted.",
     "2029-03-20T10:10:00+03:00", None, "KE", "en", ENERGYZED),
    # The committee meets Thursday 11 October (the day after Mazingira Day); the end of that
    # week is Friday the 12th.
    ("Matching results go to you and the host company after the Screening Committee meets on 11 "
     "October, by the end of that week.",
     "2029-10-01T09:00:00+03:00", ("2029-10-12", "2029-10-12"), "KE", "en", YOUTHCAFE),
    ("Once a match is confirmed it can't be cancelled for the company's or the intern's "
     "convenience.",
     "2029-10-01T09:10:00+03:00", None, "KE", "en", YOUTHCAFE),
    ("Internships usually begin after the July graduations.",
     "2029-05-08T12:00:00+03:00", None, "KE", "en", RATIOMAG),
    # Three working days over Madaraka Day (Fri 1 June).
    ("You'll get feedback on the screening call within three working days.",
     "2029-05-30T15:00:00+03:00", ("2029-06-05", "2029-06-05"), "KE", "en", SHORTLISTKE),
    # Nigeria: Democracy Day is Tuesday 12 June; the following Monday is the 18th.
    ("Because of the Democracy Day holiday the oral session moves to Wednesday the 13th, and "
     "results come out the following Monday.",
     "2029-06-07T10:00:00+01:00", ("2029-06-18", "2029-06-18"), "NG", "en", GLASSDOORUK),
    ("Only candidates who pass the written test go on to the oral session.",
     "2029-06-07T10:10:00+01:00", None, "NG", "en", GLASSDOORUK),
    ("International organisations open their internship windows at different times of the year.",
     "2029-04-24T11:00:00+01:00", None, "NG", "en", OPPASIAN),
    # Two weeks after Workers' Day (Tue 1 May).
    ("Offer letters go out two weeks after the Workers' Day holiday.",
     "2029-04-24T11:10:00+01:00", ("2029-05-15", "2029-05-15"), "NG", "en", OPPASIAN),
    # India
    ("The interviewer asked us not to discuss the questions with the students still waiting.",
     "2029-08-14T11:00:00+05:30", None, "IN", "en", MYSELFSPEAKING),
    ("The company will hand the final list of selects to the placement cell by 8 pm today.",
     "2029-08-14T11:10:00+05:30", ("2029-08-14", "2029-08-14"), "IN", "en", MYSELFSPEAKING),
    # Three working days over Diwali (Mon 5 November), which some employers work: both readings.
    ("Offer letters will be emailed within three working days.",
     "2029-11-01T16:00:00+05:30", ("2029-11-06", "2029-11-07"), "IN", "en", MYSELFSPEAKING),
    # Singapore: two working days after National Day (Thu 9 August).
    ("Our consultant will send your feedback within two working days after the National Day "
     "holiday.",
     "2029-08-07T10:00:00+08:00", ("2029-08-13", "2029-08-13"), "SG", "en", PIVOTALSG),
    # The candidate's own reply.
    ("If you're offered the job on the spot and need time, tell them when you'll reply.",
     "2029-08-07T10:10:00+08:00", None, "SG", "en", PIVOTALSG),
    # Five working days from Friday 2 November over Deepavali (Mon 5 November).
    ("The assessment centre is on Friday 2 November, and you'll get the outcome within five "
     "working days of it.",
     "2029-10-29T09:00:00+08:00", ("2029-11-12", "2029-11-12"), "SG", "en", SBRSG),
    # A lower bound.
    ("Internship offers for next summer go out in batches from October.",
     "2029-10-29T09:10:00+08:00", None, "SG", "en", SBRSG),
    ("Please arrive ten minutes early and bring printed copies of your CV.",
     "2029-07-03T14:00:00+08:00", None, "SG", "en", HEYSUCCESS),
    # 2 June is a Saturday: also Monday 4 June.
    ("Given the restrictions, we'll confirm whether the internship goes ahead by 2 June.",
     "2029-05-21T10:00:00+08:00", ("2029-06-02", "2029-06-04"), "SG", "en", ISELETTER),
    # Hong Kong: five business days over the Lunar New Year (13 to 15 February).
    ("That was the final round; we'll revert within five business days.",
     "2029-02-09T17:00:00+08:00", ("2029-02-21", "2029-02-21"), "HK", "en", BNPAPAC),
    ("Shortlisted candidates will be told as soon as decisions are made, normally before the "
     "middle of April.",
     "2029-02-20T10:00:00+08:00", None, "HK", "en", ASIAGLOBAL),
    ("We're unable to give updates on individual applications.",
     "2029-02-20T10:10:00+08:00", None, "HK", "en", ASIAGLOBAL),
    # Canada (British Columbia)
    ("Resorts interview over video through February and send job offers within a week of the "
     "interview.",
     "2029-02-14T16:00:00-08:00", ("2029-02-21", "2029-02-21"), "CA", "en", WORKNZ),
    ("Jobs last five to six months, so you must be able to leave by June.",
     "2029-02-14T16:10:00-08:00", None, "CA", "en", WORKNZ),
]
