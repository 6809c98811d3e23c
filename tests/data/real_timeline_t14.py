"""Timeline check set of round 14 (issue #15, helper "tl14"): English, written and labelled first.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file (every host grepped in ``tests/data/*.py``; the round 14 blind files left
alone): doctoral-school and postgraduate-admissions pages (England), pupillage and law-careers
pages, a schools magazine, an English recruitment consultancy's timescale guide and a trainer's
candidate-feedback page, an Australian software firm's blog and an Australian recruiter's
feedback article, a Saudi employer's candidate page, Indian engineering colleges' placement
policies, a US residency programme's interview FAQ and a medical school's note on post-interview
contact, an English advice charity's and a UK cricket charity's volunteer pages, a US volunteer
organisation's next-steps page, a Canadian city's non-profit resource directory, a US sales
recruiter's blog and a Chinese headhunter's English process page. Names, dates and offices are
invented and the wording is not copied. Written around *classes*, not one batch's wordings:
promise families (ranges, "within", "no later than", "by the end of", "in the coming days",
"over the next", turnaround, business vs calendar days, months, quarters and mid-month, "after
the closing date", "once interviews finish on X"), anchors (closing dates, holidays, events,
"when we're back") and the employer's promise told apart from the candidate's deadlines,
logistics, usual lengths and past events.

55 texts, all English: GB 28, US 6, AU 6, IN 6, SA 3, CA 2, CN 1, ZA 1, NZ 1, IE 1; 23 promise
nothing. Labelled with only ``datetime`` and the ``holidays`` library (weekdays, public
holidays), before the reader ran on them, with the conventions of ``real_timeline_b13.py`` (its
docstring): exact day for "within N days/weeks" from the reference or the dated anchor; a span's
upper end; business days skip weekends and public holidays; "in the coming days" / "a few days"
2 to 7 days; "mid-<month>" the 13th to the 17th; "early next week" Monday to Wednesday; "the
week after <date>" Monday to Friday of the next week; a calendar-day deadline on a weekend or
public holiday also the next working day; "before <date>" the day before and the day; "if you
have not heard by ..." is a promise; an aim ("we strive to", "we aim to") is one in English, as
the earlier English sets label it. Conventions decided here: "the end of the quarter" is its
last day; a turnaround the employer states as its own ("our turnaround on feedback is 48 hours")
is a promise, a market's usual wait is not; in Saudi Arabia the weekend is Friday and Saturday.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
FANCYTEXT = "http://www.fancytextcat.com/research/research-degrees/applying-for-a-phd/"
CAMCHEM = "https://www.ch.cam.ac.uk/pgapp/frequently-asked-questions"
BROOKES = "https://www.brookes.ac.uk/english-languages/courses/research-degrees/step-4/"
UCLSTAR = "http://www.ucl.ac.uk/star/phd/interviewsandoffers/"
IMPERIAL = ("https://t4awstest.cc.ic.ac.uk/study/help-centre/postgraduate-admissions/when-will-i-"
            "receive-a-decision-on-my-application.php")
L2B = ("https://l2b.thelawyer.com/issues/l2b-autumn-2010/the-longest-day-waiting-for-pupillage-"
       "offers/")
KEATING = ("https://www.keatingchambers.com/recruitment/pupillage/assessment-process/first-"
           "interview/")
INNERTEMPLE = "https://innertemplelibrary.com/2012/08/pupillage-a-right-or-a-privilege-legal-week"
LAWCAREERS = ("https://www.lawcareers.net/Explore/BlogPost/Blessing-Mukosha-Park/How-to-avoid-the-"
              "panic-and-prepare-effectively-for-your-pupillage-interviews")
SECED = "https://www.sec-ed.co.uk/best-practice/the-job-interview-tips-for-schools/"
REBUS = "https://www.rebusrecruitment.co.uk/planning-of-timescales/"
HADRON = "http://hadronacademy.com/process/candidate-management/candidate-feedback/"
TOWER = "https://blog.towersystems.com.au/2011/01/18/delay-in-candidate-interviews-in-queensland/"
MORGAN = ("https://www.morganconsulting.com.au/news/how-long-would-you-wait-to-hear-about-a-job-"
          "application-the-candidate-experience-examined-/51880")
ELM = "https://career.elm.sa/elm/content/Decide/?locale=en_GB"
BVU = "https://www.bvuniversity.edu.in/coepune/training-placement/placement-policy"
IIITDMJ = "https://placement.iiitdmj.ac.in/placement-procedure.php"
SGSITS = "http://sgsitsujjain.in/?page_id=233"
UFLOBGYN = ("https://obgyn.ufl.edu/education/obgyn-residency-program/application-process/frequently-"
            "asked-questions-interviews/")
YALEIM = ("https://medicine.yale.edu/internal-medicine/news-article/on-match-integrity-and-post-"
          "interview-communications/")
SNSCAB = "http://www.snscab.org.uk/how-you-can-help-us/volunteer-with-us/what-happens-next/"
CWB = "https://cricketwithoutboundaries.com/index.php/news/125-assessment-day"
NILMDTS = "https://www.nowilaymedowntosleep.org/volunteer/roles/photographers/apply/what-next/"
SPRUCE = ("https://www.sprucegrove.org/community/community-group-resources/community-recreation-non-"
          "profit-resource-directory/program-management/interviews/")
MEDPHARM = "http://blog.medpharmsales.com/medpharmblog/tag/follow-up/"
NATHAN = "http://www.nathan.net.cn/English/En_BusProcedure.aspx"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE14_CHECK: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------ doctoral and postgraduate
    ("The doctoral school will tell you the outcome no later than one week after your interview.",
     "2027-02-10T10:00:00+00:00", ("2027-02-17", "2027-02-17"), "GB", "en", FANCYTEXT),
    ("The interview is online and lasts no longer than an hour, starting with a ten-minute "
     "presentation.",
     "2027-02-10T10:10:00+00:00", None, "GB", "en", FANCYTEXT),
    ("Scholarship candidates will hear by mid-February whether they have been entered into the "
     "competition.",
     "2027-01-20T11:00:00+00:00", ("2027-02-13", "2027-02-17"), "GB", "en", CAMCHEM),
    # "If you have not heard by ..." is a promise (b13).
    ("If you haven't heard from us by mid-April, please get in touch with the admissions office.",
     "2027-01-20T11:10:00+00:00", ("2027-04-13", "2027-04-17"), "GB", "en", CAMCHEM),
    # A usual length ("can be as late as"): no promise.
    ("Applications on hold may wait until the scholarship results are known, which can be as "
     "late as the end of June.",
     "2027-01-20T11:20:00+00:00", None, "GB", "en", CAMCHEM),
    # An aim, counted from today; 12 June is a Saturday: also Monday 14 June.
    ("Your file is complete as of today, and we strive to make a decision within one month.",
     "2027-05-12T09:00:00+01:00", ("2027-06-12", "2027-06-14"), "GB", "en", BROOKES),
    # "A few days" after the last interview day (Friday 12 March): 2 to 7 days.
    ("Interviews run on the 10th, 11th and 12th of March, and we plan to make the first round of "
     "offers a few days after the last one.",
     "2027-02-20T10:00:00+00:00", ("2027-03-14", "2027-03-19"), "GB", "en", UCLSTAR),
    ("If you hold more than one offer, please decide within two weeks so that places are not "
     "blocked.",
     "2027-02-20T10:10:00+00:00", None, "GB", "en", UCLSTAR),
    # "The end of the quarter": its last day; "before" it: the day before and the day.
    ("Decisions for this intake will go out before the end of the quarter.",
     "2027-02-10T15:00:00+00:00", ("2027-03-30", "2027-03-31"), "GB", "en", IMPERIAL),
    # A promise counted from an event the text does not date.
    ("We make decisions within eight weeks of receiving a complete application, references "
     "included.",
     "2027-02-10T15:10:00+00:00", None, "GB", "en", IMPERIAL),
    # ------------------------------------------------------------ the bar and the law
    ("Offers come by phone on offer day; we can't tell you anything before then.",
     "2027-07-05T12:00:00+01:00", None, "GB", "en", L2B),
    ("Chambers will make their offers on Gateway offer day, Monday 9 August.",
     "2027-06-01T12:00:00+01:00", ("2027-08-09", "2027-08-09"), "GB", "en", INNERTEMPLE),
    ("You'll be given the topic ten minutes before your slot, with a quiet room to prepare in.",
     "2027-04-12T09:00:00+01:00", None, "GB", "en", KEATING),
    # Ten working days after Friday 23 April; the May Day bank holiday (3 May) skipped.
    ("Results of the first round will be emailed to every candidate within ten working days of "
     "the last first-round interview on Friday 23 April.",
     "2027-04-12T09:10:00+01:00", ("2027-05-10", "2027-05-10"), "GB", "en", KEATING),
    ("A lot of time passes between application and offer, so tell chambers if your plans change.",
     "2027-03-01T10:00:00+00:00", None, "GB", "en", LAWCAREERS),
    # ------------------------------------------------------------ schools
    ("The head will ring the successful candidate this evening, once the panel has seen everyone.",
     "2027-02-24T13:00:00+00:00", ("2027-02-24", "2027-02-24"), "GB", "en", SECED),
    ("Please bring a plan for the thirty-minute observed lesson with Year 9.",
     "2027-02-24T13:10:00+00:00", None, "GB", "en", SECED),
    # Half term: "the week we're back", dated.
    ("The head is away over half term, so you'll hear from us the week we're back, from "
     "1 November.",
     "2027-10-20T16:00:00+01:00", ("2027-11-01", "2027-11-05"), "GB", "en", SECED),
    # ------------------------------------------------------------ consultancies
    ("We'll contact shortlisted candidates no later than a week after shortlisting, which "
     "finishes on Friday 14 May.",
     "2027-05-05T10:00:00+01:00", ("2027-05-21", "2027-05-21"), "GB", "en", REBUS),
    ("Managers usually take one to three weeks to shortlist after the deadline.",
     "2027-05-05T10:10:00+01:00", None, "GB", "en", REBUS),
    # A closing date the text dates, then a week.
    ("The advert stays live until 30 April, and shortlisted candidates will be contacted within "
     "a week of it closing.",
     "2027-04-16T10:00:00+01:00", ("2027-05-07", "2027-05-07"), "GB", "en", REBUS),
    ("Call me as soon as you leave the building, even for two minutes on the way to the train.",
     "2027-09-16T11:00:00+01:00", None, "GB", "en", HADRON),
    ("I'm speaking to the client straight after your interview and will have their feedback to "
     "you by close of business tomorrow.",
     "2027-09-16T11:10:00+01:00", ("2027-09-17", "2027-09-17"), "GB", "en", HADRON),
    # ------------------------------------------------------------ Australia
    # "Later this week or early next week": the later, Monday to Wednesday (Australia Day inside).
    ("The floods have held things up, but we should be able to confirm your interview time later "
     "this week or early next week.",
     "2027-01-18T09:00:00+10:00", ("2027-01-25", "2027-01-27"), "AU", "en", TOWER),
    ("Once the roads reopen we'll finish the interviews, and a decision should follow by the end "
     "of next week.",
     "2027-01-20T09:00:00+10:00", ("2027-01-29", "2027-01-29"), "AU", "en", TOWER),
    ("The client has promised feedback within 48 hours of your interview, so I'll call you by "
     "Thursday afternoon.",
     "2027-08-10T10:00:00+10:00", ("2027-08-12", "2027-08-12"), "AU", "en", MORGAN),
    ("Would you be happy to wait a week for feedback, or would three days feel more reasonable?",
     "2027-08-10T10:10:00+10:00", None, "AU", "en", MORGAN),
    ("Our usual turnaround on feedback is three working days, so expect to hear from me by next "
     "Wednesday.",
     "2027-08-13T15:00:00+10:00", ("2027-08-18", "2027-08-18"), "AU", "en", MORGAN),
    # A turnaround the employer states as its own: a promise (decided here).
    ("Our turnaround on interview feedback is 48 hours.",
     "2027-08-16T09:00:00+10:00", ("2027-08-18", "2027-08-18"), "AU", "en", MORGAN),
    # ------------------------------------------------------------ Saudi Arabia (Fri-Sat weekend)
    ("You will always be told the outcome once it has been decided; a follow-up email won't "
     "speed it up.",
     "2027-04-11T10:00:00+03:00", None, "SA", "en", ELM),
    ("You'll receive the outcome by email no later than Thursday.",
     "2027-04-11T10:10:00+03:00", ("2027-04-15", "2027-04-15"), "SA", "en", ELM),
    ("The panel meets on Sunday, and we'll email you the outcome within three days of that "
     "meeting.",
     "2027-05-05T10:00:00+03:00", ("2027-05-12", "2027-05-12"), "SA", "en", ELM),
    # ------------------------------------------------------------ India (campus placements)
    ("The company hands its final list to the placement office at the end of its slot, and we'll "
     "tell the selected students tonight.",
     "2027-09-14T10:00:00+05:30", ("2027-09-14", "2027-09-14"), "IN", "en", BVU),
    ("Selected students must sign and return their offer letters within three days.",
     "2027-09-14T10:10:00+05:30", None, "IN", "en", IIITDMJ),
    ("Offer letters will be emailed between 20 and 24 September.",
     "2027-09-14T10:20:00+05:30", ("2027-09-24", "2027-09-24"), "IN", "en", IIITDMJ),
    # Two to three days: the upper end, a Sunday: also Monday.
    ("If the company can't finalise on the day, the list of selected students will be announced "
     "within two to three days.",
     "2027-08-19T17:00:00+05:30", ("2027-08-22", "2027-08-23"), "IN", "en", SGSITS),
    # Five working days after Monday 25 October; Diwali (Friday 29 October) skipped.
    ("The selection list will be announced within five working days of the drive on 25 October.",
     "2027-10-18T11:00:00+05:30", ("2027-11-02", "2027-11-02"), "IN", "en", SGSITS),
    ("Accommodation for the company's team is booked at the campus guest house a week before the "
     "visit.",
     "2027-10-18T11:10:00+05:30", None, "IN", "en", SGSITS),
    # ------------------------------------------------------------ US medicine
    ("We don't contact applicants after the interview day; your result comes from the Match.",
     "2026-11-18T16:00:00-05:00", None, "US", "en", UFLOBGYN),
    ("Thank-you notes are welcome but won't change your ranking.",
     "2026-11-18T16:10:00-05:00", None, "US", "en", UFLOBGYN),
    # "In the week after" a dated last interview (Thursday 28 January): Monday to Friday.
    ("Our program sends one update to every interviewee in the week after the last interview "
     "date, 28 January.",
     "2027-01-12T12:00:00-05:00", ("2027-02-01", "2027-02-05"), "US", "en", YALEIM),
    # ------------------------------------------------------------ volunteers
    # "Once all the interviews ... are done on <date>": a fortnight after it.
    ("Once all the interviews for the spring course are done on 19 February, we'll decide who "
     "gets a place and let everyone know within a fortnight.",
     "2027-02-08T10:00:00+00:00", ("2027-03-05", "2027-03-05"), "GB", "en", SNSCAB),
    ("If we don't think you're suitable at this time, we'll tell you as soon as possible after "
     "your interview.",
     "2027-02-08T10:10:00+00:00", None, "GB", "en", SNSCAB),
    ("We'll phone your referees and let you know in the coming days whether we can invite you to "
     "an interview.",
     "2027-06-09T10:00:00+01:00", ("2027-06-11", "2027-06-16"), "GB", "en", SNSCAB),
    # The month's last day a Sunday: also Monday.
    ("We still have a few people to interview who couldn't make Saturday; everyone will hear about "
     "autumn placements by the end of the month.",
     "2027-10-05T10:00:00+01:00", ("2027-10-31", "2027-11-01"), "GB", "en", CWB),
    # "Over the next two weeks": its end, a Saturday: also Monday.
    ("We'll go through the assessment-day notes over the next two weeks and write to every "
     "applicant at the end of that.",
     "2027-10-02T17:00:00+01:00", ("2027-10-16", "2027-10-18"), "GB", "en", CWB),
    # Four weeks from Monday 7 June: 5 July, Independence Day observed: also 6 July.
    ("The committee will review your application within four weeks and email you the result.",
     "2027-06-07T12:00:00-04:00", ("2027-07-05", "2027-07-06"), "US", "en", NILMDTS),
    ("Approved volunteers must complete the online training within a month of acceptance.",
     "2027-06-07T12:10:00-04:00", None, "US", "en", NILMDTS),
    ("Police information checks and references can take a few weeks, so please be patient.",
     "2027-04-14T10:00:00-06:00", None, "CA", "en", SPRUCE),
    ("After your taster shift on Saturday, the coordinator will call you by the following "
     "Wednesday about a permanent role.",
     "2027-04-14T10:10:00-06:00", ("2027-04-21", "2027-04-21"), "CA", "en", SPRUCE),
    # ------------------------------------------------------------ recruiters elsewhere
    # Back on Monday 11 October (Columbus Day, which most employers work), then two business days.
    ("The hiring manager is out the rest of this week; once she's back on Monday we'll have an "
     "answer for you within two business days.",
     "2027-10-06T14:00:00-04:00", ("2027-10-13", "2027-10-13"), "US", "en", MEDPHARM),
    ("We ask clients to answer within 48 hours of each interview and pass their decision on the "
     "day it arrives.",
     "2027-03-02T10:00:00+08:00", None, "CN", "en", NATHAN),
    # A past event and logistics.
    ("We saw the other two candidates last Tuesday, and your interview is confirmed for Monday "
     "at 10am in room 4.",
     "2027-05-05T09:00:00+02:00", None, "ZA", "en", MEDPHARM),
    ("If the board approves the post, we'll make an offer within a week of that meeting.",
     "2027-05-05T09:00:00+12:00", None, "NZ", "en", MORGAN),
    ("Please confirm your attendance within 48 hours of this email and bring photo ID on the day.",
     "2027-05-05T09:00:00+01:00", None, "IE", "en", REBUS),
]
