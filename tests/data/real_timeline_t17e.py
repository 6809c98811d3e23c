"""Timeline check set of round 17 (issue #15, helper "tl17e"): English, written and labelled first.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file (every host grepped in ``tests/data/*.py``; the round 17 blind files left
alone): US city and fire-department selection steps (California, Washington, Wisconsin), job
seekers' blogs and a recruiting platform's help page; English councils' recruitment toolkits, a
housing partnership's Christmas opening times, apprenticeship FAQs, recruitment agencies' feedback
pages and a Scottish council's vacancy rules; an Irish nursing college's interview page and an
Irish farming paper's graduate-season column; a Western Australian health recruiter and an
Australian job-application guide; three New Zealand councils and a New Zealand search firm; a
Canadian hiring-manager blog, a Toronto campus's summer-jobs page, an internship guide and an
advice column; Indian news on Diwali shutdowns, a Diwali-closure notice, walk-in-interview news,
central recruitment rules and a research centre's walk-in notice; a Singapore university's
internship dates and a Singapore agency's internship FAQ; a South African provincial vacancy
post. Names, dates and offices are invented and the wording is not copied.

Written around *classes*, not one batch's wordings (round 16's misses, docs/timelines.md): a
promise counted from a holiday or a day a holiday names (the week after Labor Day or Labour Day,
the first working day after a bank holiday, the day after the bank holiday or Heritage Day,
before the June bank holiday or the Easter break, after the King's Birthday long weekend, after
Deepavali; Memorial Day, the Fourth of July, Anzac Day, Waitangi Day, Matariki, Thanksgiving
Monday and May Day inside counts), from a step the text dates (an oral exam, a written exam, a
board meeting, interviews, an assessment day, a closing date, a recess week), office closures
(Christmas, a Diwali week), plain wording ("this week", "by Monday", "the following Wednesday",
"by the end of the next working day"), and texts that promise nothing: usual lengths, the
candidate's own deadlines, logistics, rules, promises made to others (an advert going live),
promises with no day, the candidate's own waiting.

64 texts, all English: US 16, GB 12, IN 7, IE 6, AU 6, CA 6, NZ 5, SG 4, ZA 2 (Scotland's page
is read with England's calendar: its case names no holiday); 30 promise nothing. Reference dates
in 2031, a year no earlier file uses, so holidays fall on new weekdays (no estimated holiday is
relied on). Labelled with only ``datetime`` and the ``holidays`` library (0.109; weekdays and
public holidays, regional ones included) before the reader ran on them, with the conventions of
``real_timeline_b16.py`` (its docstring): the exact day for "within N days/weeks", counted from
the reference or the anchor the text dates; business days skip weekends and the country's public
holidays (GB read as England, CA as Ontario, AU as New South Wales; the Western Australian case
uses a national holiday only); "N working days after <holiday>" counted from the holiday; "the
first working day after <holiday>" that day only; "before <long weekend>" the last working day
before it; a calendar-day deadline on a weekend also the next working day; an office closure the
text announces, a count "of reopening" read from the reopening day (both it and the next day
accepted); usual lengths, aims, the candidate's own deadlines, logistics, rules, promises to
others and promises with no day promise nothing. Conventions decided here are commented on their
case; the general one: "the week after <Monday holiday>" and "the week after the <Monday
holiday> long weekend" are the week that holiday opens, Tuesday to Friday (as b16's "la semana
después del puente"), so "the Friday of that week" is its Friday.

Scored once on r17start's code before any rule changed (docs/timelines.md, "Round 17: English");
tuned on after that, so it is no longer unseen material.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# United States: city and fire-department selection steps, job seekers' blogs, a recruiting
# platform's help page
CHINO = ("http://city-of-chino.org/government-services/human-resources/employment-opportunities/th"
         "e-recruitment-process")
PIERCEFIRE = "http://piercefire14.org/?page_id=5177"
WAUKESHA = "https://www.waukesha-wi.gov/311/Employment-Testing-Process"
ASHLEYT = "http://ashleyt12.blogspot.com/2009/08/hurry-up-and-wait.html"
MARKANDJIE = "http://markandjie.blogspot.com/2005/03/celebration.html"
BNORMAL = "http://bnormal.blogspot.com/2009/03/interview-completed-and-now-we-wait.html"
LITFAN = "https://blogs.litfan.com/archives/42"
MAMABRIS = "http://mamabris5armybrats.blogspot.com/2008/09/waiting-game.html"
COPIOUS = "http://copiouschatter.blogspot.com/2006/03/waiting-is-hardest-part-yeah-tom-petty.html"
LIZERK = "https://lizerk.livejournal.com/5791.html"
GRATREX = "https://gratuitousrex.com/2015/05/28/its-only-wednesday/"
RECRUITIFI = ("http://help.recruitifi.com/en/articles/3041204-do-i-have-to-provide-prompt-candidate-f"
              "eedback")
YESICHOSE = "https://yesichosehim.blogspot.com/2013/06/open-and-close.html"
# United Kingdom: council recruitment toolkits, Christmas opening times, apprenticeships,
# recruitment agencies, a Scottish council's vacancy rules
WYCOMBE = ("https://www.wycombe.gov.uk/Intranet/pages/Managers-toolkits/Recruitment-toolkit/Recruit"
           "ment-process.aspx")
CUMBERLAND = ("https://intranet.cumberland.gov.uk/jobs-and-recruitment/step-by-step/recruitment-pro"
              "cess-step-step/shortlisting")
WILTSHIRE = "https://www.homes4wiltshire.co.uk/HouseholdLogin"
DONCASTER = "https://doncastercounciljobs.co.uk/GenText.aspx?page=page8"
EMPLOYAPPR = "https://www.employinganapprentice.com/applying-for-an-apprenticeship/"
BWRECRUIT = "https://bwrecruitment.co.uk/our-approach-to-feedback"
DUTTONGREGORY = ("http://administration.duttongregory.co.uk/post/102d3mi/the-candidates-recruitment"
                 "-experience-is-key")
WESTLOTHIAN = "https://westlothian.gov.uk/article/33234/Recruitment-and-Selection"
# Ireland: a nursing college's interviews, a farming paper's graduate-season column
SNMCI = "http://www.snmci.ie/category/entryreq-schoolleavers/"
FARMERSJOURNAL = ("https://www.farmersjournal.ie/career-news-graduate-programmes-cao-deadline-and-co"
                  "urt-ruling-407789")
# Australia: a Western Australian health recruiter, a job-application guide
MEDCAREERSWA = "https://medcareerswa.health.wa.gov.au/applicants-notified-of-panel-assessment-outcome"
COOEE = "https://cooeeads.com.au/getting-the-job/"
# New Zealand: three councils and a search firm
TARARUA = "https://www.tararuadc.govt.nz/Your-Council/Working-for-Council"
NORTHLANDRC = "https://www.nrc.govt.nz/Your-Council/Work-for-us/Application-guidelines"
WELLINGTON = ("https://wcccd.prod-sitecore.wellingtoncity.cloud/your-council/careers/application-pro"
              "cess")
GILLESPIE = "https://www.gillespieps.com/resources/blog/2024/06/candidate-feedback-why-its-important!/"
# Canada: a hiring-manager blog, a campus summer-jobs page, an internship guide, an advice column
CAREEREDGE = "https://www.careeredge.ca/blog/page/3"
UTM = "http://www.erin.utoronto.ca/careers/canada-summer-jobs"
INTERNCANADA = "https://interncanada.ca/2024/12/when-and-how-to-apply-for-summer-internships-in-canada"
LEARNINGCURVES = "https://learningcurves.org/dear-elcee/summer-suzie"
# India: Diwali shutdowns and closures, walk-in interviews, central recruitment rules
INDIATODAY = ("https://www.indiatoday.in/trending-news/story/employees-at-these-delhi-ncr-firms-get-"
              "a-week-long-diwali-break-internet-reacts-2803424-2025-10-15")
SAKSHI = ("https://www.sakshipost.com/news/education/october-31-holiday-schools-colleges-and-offices-"
          "diwali-345347")
LIVECHENNAI = "https://www.livechennai.com/detailnews.asp?newsid=23523&catid=7"
NUPE = "http://nupepostmenp4.blogspot.com/2016/01/entire-recruitment-process-to-be.html"
RMRC = "https://rmrcbbsr.gov.in/en/walk-in-interview-for-project-post-31"
# Singapore: a university's internship dates, an agency's internship FAQ
NTUADM = "https://blogs.ntu.edu.sg/adminternship/important-dates/"
ENTERPRISESG = "https://www.enterprisesg.gov.sg/resources/all-faqs/global-ready-talent-programme"
# South Africa: a provincial department's vacancy post
CAREEREXIBS = ("https://careerexibssa.co.za/post/admin-officers-x12-posts-at-limpopo-dept-of-public-"
               "works-for-skilled-graduates")

TL_TUNE17_CHECK_E: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ United States
    # Ten business days from Tuesday 20 May over Memorial Day (Monday 26 May): Wednesday 4 June.
    ("Oral exams are on Tuesday, May 20. Every candidate will be told their result, pass or fail, "
     "within ten business days of the oral exam.",
     "2031-05-08T10:00:00-07:00", ("2031-06-04", "2031-06-04"), "US", "en", CHINO),
    ("Final interviews are done by the hiring department from among the names on the "
     "eligibility list.",
     "2031-05-08T10:10:00-07:00", None, "US", "en", CHINO),
    # Labor Day is Monday 1 September; "the week after the holiday" is Tuesday 2 to Friday 5.
    ("Oral boards wrap up the Friday before Labor Day, and conditional offers go out the week "
     "after the holiday.",
     "2031-08-20T09:00:00-07:00", ("2031-09-02", "2031-09-05"), "US", "en", PIERCEFIRE),
    # Two weeks after Saturday 8 March is Saturday 22 March: also Monday 24 March.
    ("The written exam is Saturday, March 8. Applicants who score 70% or better on every section "
     "will hear from us within two weeks of the exam about the physical ability test.",
     "2031-02-26T14:00:00-06:00", ("2031-03-22", "2031-03-24"), "US", "en", WAUKESHA),
    ("The written test takes about two hours, so plan your morning accordingly.",
     "2031-02-26T14:10:00-06:00", None, "US", "en", WAUKESHA),
    # "This week": the rest of the week, to Friday 15 August.
    ("At the end of the second interview they told me I'd hear from them this week with an "
     "answer one way or the other.",
     "2031-08-11T17:00:00-05:00", ("2031-08-11", "2031-08-15"), "US", "en", ASHLEYT),
    ("The firm said they would get back to me within a week of the second-round interview.",
     "2031-03-04T11:00:00-06:00", ("2031-03-11", "2031-03-11"), "US", "en", MARKANDJIE),
    # A promise with no day.
    ("My contact said he didn't know what was holding things up, but he'd find out and call me "
     "back.",
     "2031-03-04T11:10:00-06:00", None, "US", "en", MARKANDJIE),
    ("She said she'd make up her mind by Monday and would call all the successful applicants.",
     "2031-03-20T15:00:00-04:00", ("2031-03-24", "2031-03-24"), "US", "en", BNORMAL),
    ("They told him they would contact him soon.",
     "2031-05-15T18:00:00-05:00", None, "US", "en", LITFAN),
    # Calls start Monday 22 September; "if you haven't heard by Friday" bounds it at the 26th.
    ("He told me he'd start calling people back on Monday, and if I hadn't heard by Friday I "
     "should ring him the week after.",
     "2031-09-17T13:00:00-04:00", ("2031-09-22", "2031-09-26"), "US", "en", MAMABRIS),
    # The candidate's own waiting.
    ("I've now been waiting more than 48 hours to hear who got the job.",
     "2031-03-26T16:00:00-05:00", None, "US", "en", COPIOUS),
    ("The recruiter says they're calling your references today and Monday, and you'll have an "
     "answer from me by Wednesday.",
     "2031-06-13T16:00:00-04:00", ("2031-06-18", "2031-06-18"), "US", "en", LIZERK),
    ("Next steps are a review by internal recruiting and, if all goes well, an in-person "
     "interview.",
     "2031-05-28T12:00:00-04:00", None, "US", "en", GRATREX),
    # Two business days from Thursday 3 July over the Fourth (Friday): Tuesday 8 July.
    ("Thanks for interviewing today. We'll pass on the client's feedback within two business days.",
     "2031-07-03T11:00:00-04:00", ("2031-07-08", "2031-07-08"), "US", "en", RECRUITIFI),
    # Three days after the board meeting on Monday 9 June.
    ("The school board meets Monday, June 9, and principals will call the candidates they want "
     "within three days of the board meeting.",
     "2031-06-04T15:00:00-05:00", ("2031-06-12", "2031-06-12"), "US", "en", YESICHOSE),
    # ------------------------------------------------------------------ United Kingdom
    # Five working days from Thursday 22 May over the Spring bank holiday (26 May): Friday 30 May.
    ("Interviews take place on Thursday 22 May, and the panel will tell every candidate the "
     "outcome within five working days of the interviews.",
     "2031-05-12T10:00:00+01:00", ("2031-05-30", "2031-05-30"), "GB", "en", WYCOMBE),
    ("Temporary appointments of less than three months need a head of service's sign-off.",
     "2031-05-12T10:10:00+01:00", None, "GB", "en", WYCOMBE),
    # The Summer bank holiday is Monday 25 August; the first working day after it is the 26th.
    ("We'll be in touch on the first working day after the August bank holiday to let you know "
     "whether you've been shortlisted.",
     "2031-08-14T11:00:00+01:00", ("2031-08-26", "2031-08-26"), "GB", "en", CUMBERLAND),
    ("Applicants on the alternative employment programme must be offered an informal meeting "
     "before any other shortlisting.",
     "2031-08-14T11:10:00+01:00", None, "GB", "en", CUMBERLAND),
    # Reopening Friday 2 January 2032; three working days of it: Wednesday 7 January (Tuesday 6
    # if the reopening day counts).
    ("Our offices close at 1pm on Christmas Eve and reopen on Friday 2 January; we'll confirm the "
     "outcome of your interview within three working days of reopening.",
     "2031-12-17T14:00:00+00:00", ("2032-01-06", "2032-01-07"), "GB", "en", WILTSHIRE),
    ("On Christmas Eve the reception desks are open from 9am to 1pm only.",
     "2031-12-17T14:10:00+00:00", None, "GB", "en", WILTSHIRE),
    # Good Friday is 11 April: "before the Easter break" is Thursday 10 April.
    ("Craft apprentice assessment days run from 7 to 9 April, and offers will be made before the "
     "Easter break.",
     "2031-03-27T10:00:00+00:00", ("2031-04-10", "2031-04-10"), "GB", "en", DONCASTER),
    ("Apprentices receive a training allowance, paid monthly.",
     "2031-03-27T10:10:00+00:00", None, "GB", "en", DONCASTER),
    ("Most apprenticeship closing dates fall between late October and early May.",
     "2031-01-15T10:00:00+00:00", None, "GB", "en", EMPLOYAPPR),
    # Friday 2 May; Monday 5 May is the early May bank holiday: the next working day is the 6th.
    ("Ring us as soon as you leave the interview; we'll chase the employer and come back to you "
     "with their feedback by the end of the next working day.",
     "2031-05-02T14:00:00+01:00", ("2031-05-06", "2031-05-06"), "GB", "en", BWRECRUIT),
    ("We acknowledge every application by email as soon as we can.",
     "2031-06-10T09:00:00+01:00", None, "GB", "en", DUTTONGREGORY),
    # A promise about the advert, not to the candidate.
    ("Once HR has a complete vacancy request, the advert goes live within five working days.",
     "2031-02-11T09:00:00+00:00", None, "GB", "en", WESTLOTHIAN),
    # ------------------------------------------------------------------ Ireland
    ("Interviews are held on Thursday 29 May, and all applicants are told the outcome within two "
     "weeks of the interview.",
     "2031-05-15T12:00:00+01:00", ("2031-06-12", "2031-06-12"), "IE", "en", SNMCI),
    ("Please bring your completed Garda vetting form and your transcripts to the interview.",
     "2031-05-15T12:10:00+01:00", None, "IE", "en", SNMCI),
    # The October bank holiday is Monday 27 October; the day after it is Tuesday 28.
    ("Our graduate assessment day is Friday 24 October; with the bank holiday on the Monday, "
     "offers will be emailed the day after the bank holiday.",
     "2031-10-10T10:00:00+01:00", ("2031-10-28", "2031-10-28"), "IE", "en", FARMERSJOURNAL),
    ("Most companies set their application deadlines for mid to late October.",
     "2031-10-10T10:10:00+01:00", None, "IE", "en", FARMERSJOURNAL),
    # The June bank holiday is Monday 2 June: the Friday before the weekend is 30 May.
    ("We'll let you know before the June bank holiday weekend.",
     "2031-05-20T16:00:00+01:00", ("2031-05-30", "2031-05-30"), "IE", "en", FARMERSJOURNAL),
    ("You will be informed in writing of the outcome of the interview process.",
     "2031-05-20T16:10:00+01:00", None, "IE", "en", SNMCI),
    # ------------------------------------------------------------------ Australia
    # Five working days from Thursday 24 April over Anzac Day (Friday 25): Friday 2 May.
    ("The panel finishes its assessments on Thursday 24 April; with Anzac Day the next day, "
     "applicants will be emailed the outcome within five working days.",
     "2031-04-16T10:00:00+08:00", ("2031-05-02", "2031-05-02"), "AU", "en", MEDCAREERSWA),
    ("All recruitments are subject to a breach period, and your letter explains how to lodge a "
     "claim.",
     "2031-04-16T10:10:00+08:00", None, "AU", "en", MEDCAREERSWA),
    # King's Birthday (NSW) is Monday 9 June; the week after the long weekend is 10-13 June.
    ("Referee checks start the week after the King's Birthday long weekend, and the job offer will "
     "follow by the Friday of that week.",
     "2031-05-29T11:00:00+10:00", ("2031-06-13", "2031-06-13"), "AU", "en", COOEE),
    ("For government positions you must be an Australian citizen or a permanent resident.",
     "2031-05-29T11:10:00+10:00", None, "AU", "en", COOEE),
    # NSW Labour Day is Monday 6 October; two working days after it: Wednesday 8 October.
    ("Interviews close on Friday 3 October; after Labour Day we'll call the preferred applicant "
     "within two working days.",
     "2031-09-24T11:00:00+10:00", ("2031-10-08", "2031-10-08"), "AU", "en", COOEE),
    # A usual length.
    ("Reference checks usually take a week or so.",
     "2031-09-24T11:10:00+10:00", None, "AU", "en", COOEE),
    # ------------------------------------------------------------------ New Zealand
    # Matariki is Friday 11 July; "the following Wednesday" after Wednesday 9 July is the 16th.
    ("Shortlisted applicants are interviewed on Wednesday 9 July; with Matariki that Friday, we'll "
     "phone the successful applicant the following Wednesday.",
     "2031-07-01T10:00:00+12:00", ("2031-07-16", "2031-07-16"), "NZ", "en", TARARUA),
    ("Please include at least two people who can give work references.",
     "2031-07-01T10:10:00+12:00", None, "NZ", "en", TARARUA),
    # NZ Labour Day is Monday 27 October; the week after it is 28-31 October.
    ("Applications close on Friday 24 October. We shortlist in the week after Labour Day, and "
     "everyone who applied will hear from us by the Friday of that week.",
     "2031-10-15T10:00:00+13:00", ("2031-10-31", "2031-10-31"), "NZ", "en", NORTHLANDRC),
    # Ten working days from Monday 3 February over Waitangi Day (Thursday 6): Tuesday 18 February.
    ("If you're shortlisted, we'll contact you within 10 working days of the closing date, Monday "
     "3 February.",
     "2031-01-27T10:00:00+13:00", ("2031-02-18", "2031-02-18"), "NZ", "en", WELLINGTON),
    ("Timely feedback is the cornerstone of a respectful recruitment process.",
     "2031-06-02T10:00:00+12:00", None, "NZ", "en", GILLESPIE),
    # ------------------------------------------------------------------ Canada
    ("Thank you for meeting the panel. We're wrapping up interviews this week, and with Canada "
     "Day on Tuesday, expect our decision by Friday, July 4.",
     "2031-06-27T15:00:00-04:00", ("2031-07-04", "2031-07-04"), "CA", "en", CAREEREDGE),
    # Three business days from Friday 10 October over Thanksgiving (Monday 13): Thursday 16.
    ("Second interviews are on Friday, October 10. Offers will be made within three business "
     "days of the second interviews.",
     "2031-10-02T15:00:00-04:00", ("2031-10-16", "2031-10-16"), "CA", "en", CAREEREDGE),
    ("The assessment phase wraps up in April, and the students we select will hear from us by "
     "May 1.",
     "2031-04-08T10:00:00-04:00", ("2031-05-01", "2031-05-01"), "CA", "en", UTM),
    ("Late applications can't be processed because of the government's deadlines.",
     "2031-01-20T10:00:00-05:00", None, "CA", "en", UTM),
    ("Many summer internship postings go up between late fall and early spring, so apply early.",
     "2031-01-20T10:10:00-05:00", None, "CA", "en", INTERNCANADA),
    # Advice to the candidate about when to apply: no promise.
    ("The time to start looking for summer work is now; employers start advertising in February.",
     "2031-01-20T10:20:00-05:00", None, "CA", "en", LEARNINGCURVES),
    # ------------------------------------------------------------------ India
    # Office shut 10-16 November for Diwali (Friday 14); reopening Monday 17: three working days
    # of it is Thursday 20 (Wednesday 19 if the reopening day counts).
    ("Our office is shut for a week for Diwali, from 10 to 16 November; interview results will be "
     "mailed within three working days of our reopening on Monday 17 November.",
     "2031-11-05T12:00:00+05:30", ("2031-11-19", "2031-11-20"), "IN", "en", INDIATODAY),
    # Gandhi Jayanti is Thursday 2 October; "the following Monday" after Friday 3 is 6 October.
    ("Because of the Gandhi Jayanti holiday on Thursday, the second round will be on Friday 3 "
     "October and results announced the following Monday.",
     "2031-09-26T12:00:00+05:30", ("2031-10-06", "2031-10-06"), "IN", "en", SAKSHI),
    ("Candidates must carry their original certificates and a set of photocopies to the walk-in "
     "interview.",
     "2031-09-26T12:10:00+05:30", None, "IN", "en", LIVECHENNAI),
    # An aim for the whole process, not a day promised to this candidate.
    ("The entire recruitment process, from advertisement to interview, is to be completed within "
     "six months.",
     "2031-03-10T12:00:00+05:30", None, "IN", "en", NUPE),
    ("Final interviews are on Wednesday 13 August; with Independence Day on Friday, the selection "
     "list will go up on the notice board on Monday 18 August.",
     "2031-08-06T12:00:00+05:30", ("2031-08-18", "2031-08-18"), "IN", "en", RMRC),
    ("The engagement is purely temporary and ends with the project.",
     "2031-08-06T12:10:00+05:30", None, "IN", "en", RMRC),
    # Seven days after the interview on Tuesday 16 December.
    ("We will intimate the result to selected candidates within seven days of the interview on "
     "16 December.",
     "2031-12-08T12:00:00+05:30", ("2031-12-23", "2031-12-23"), "IN", "en", LIVECHENNAI),
    # ------------------------------------------------------------------ Singapore
    # One week after recess week ends (Friday 7 March): Friday 14 March.
    ("Companies shortlist during recess week, 3 to 7 March, and will tell students within one "
     "week after recess week ends.",
     "2031-02-20T10:00:00+08:00", ("2031-03-14", "2031-03-14"), "SG", "en", NTUADM),
    # The candidate's own deadline.
    ("The self-sourcing deadline is 31 March, so please submit your form by then.",
     "2031-02-20T10:10:00+08:00", None, "SG", "en", NTUADM),
    # Deepavali is Friday 14 November; five working days after it: Friday 21 November.
    ("We'll get back to you on your internship application within five working days after "
     "Deepavali.",
     "2031-11-07T10:00:00+08:00", ("2031-11-21", "2031-11-21"), "SG", "en", ENTERPRISESG),
    ("The minimum support period is four weeks for local internships.",
     "2031-11-07T10:10:00+08:00", None, "SG", "en", ENTERPRISESG),
    # ------------------------------------------------------------------ South Africa
    # Heritage Day is Wednesday 24 September; the day after it is Thursday 25.
    ("Interviews are on Tuesday 23 September; the day after Heritage Day the panel will phone the "
     "recommended candidates.",
     "2031-09-12T10:00:00+02:00", ("2031-09-25", "2031-09-25"), "ZA", "en", CAREEREXIBS),
    ("Applications without the new Z83 form and a comprehensive CV will be disqualified.",
     "2031-09-12T10:10:00+02:00", None, "ZA", "en", CAREEREXIBS),
]
