"""Timeline check set of round 25 (issue #15, helper "tl25e"): English, written and labelled first.

Written and labelled by hand on 2026-12-08, before any timeline code, bench or test ran on any of
it; the only code used while labelling was Python's ``calendar`` and the ``holidays`` package, to
check weekdays and each country's public holidays in 2050. Each text paraphrases wording, a
process or a situation documented on the public page cited in its source (found with the
project's search tool, pages corpus; every host was grepped in ``tests/data/*.py`` and
``real_timeline.jsonl`` and none is cited by an earlier file): recruiters' pages on client
feedback (two Australian agencies, an Australian consultancy, a US recruiter's blog and a US
recruiting firm, an Irish agency, a Ukrainian IT recruiter's blog), Singapore news on slow hiring
decisions (two HR news sites), office-closure pages (a UK employment-law firm, a UK HR blog, a
New Zealand firm, a page of closure messages), US career advice on the wait after an interview
(three), an Australian and a Malaysian graduate-recruitment blog, South African, Philippine,
Jamaican, Nigerian and Ghanaian pages on public and private recruitment (news, a schools
division's procedure, an HR help desk, a youth paper). Names, dates, offices and organisations
are invented and the wording is not copied.

Written around *classes*, not one batch's wordings (round 24's blind misses, generalised):

- a recruiter's or agency's usual time for the client's answer, a promise (round 23's
  convention), beside a recruiter's generalisation about employers or agencies in general, a
  request to the client, and an answer or a shortlist promised to someone else (none);
- "by the end of next week", "early next week", "later this week", "the middle of next week",
  "the week after next" with no response cue in their sentence, the cue or the decision-maker in
  the sentence before, the subject or the heading (promises), beside logistics, closures and the
  candidate's own tasks in the same words (none);
- round 24's blind classes: an exam's or a screening's date and a report promised to others
  (none); appointment or offer letters, a final list, silence as the answer by a date (promises);
- the whole selection procedure's usual length (none), beside a wait the text counts from a
  point it dates (promises; round 12's rule).

65 texts, all English: AU 13, US 9, GB 7, IE 6, SG 5, ZA 5, NG 5, NZ 4, PH 4, GH 3, JM 3,
MY 1 (country codes as the reader takes them); 28 promise nothing. Reference dates in 2050, a
year no earlier file uses as a reference (1 January is a Saturday; Easter is 10 April). Labels
follow ``real_timeline_t24e.py``'s conventions and docs/timelines.md "Round 20/22/23: label
conventions": "within N days/weeks" is the exact day, counted from the reference or the dated
step; "48 hours" is two days; business days skip weekends and the country's holidays; "next
week" Monday to Friday; "early next week" Monday to Wednesday; "the middle of next week" Tuesday
to Thursday; "by the end of (next) week" its Friday; "by the end of the month" its last day;
"mid-<month>" the 13th to the 17th. Decided here, where earlier rounds are silent: "later this
week" runs from the day after the reference to that week's Friday.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# Recruiters and client feedback
SPRINT = ("https://www.sprintpeople.com.au/"
          "the-biggest-mistakes-made-after-interview-by-clients-and-candidates/")
GENESIS = "https://genesisit.com.au/how-to-get-the-most-out-your-recruiter/"
MERCURAS = "https://www.mercurasconsulting.com/interview-follow-up/"
CERSNOW = "https://cersnow.com/blog/employer/importance-of-giving-feedback/"
SHIFT = ("https://www.shiftthework.com/blog/"
         "how-to-provide-constructive-feedback-after-an-interview")
EFRONTIERS = "https://e-frontiers.ie/category/recruitment-news/"
CNAIT = "https://cna-it.com/blog/four-reasons-not-leave-candidate-without-feedback/"
HCAMAG = ("https://www.hcamag.com/asia/news/general/"
          "singapore-firms-losing-top-talent-over-hr-mistake/152799")
HRINASIA = ("https://www.hrinasia.com/recruitment/"
            "3-in-4-singaporeans-accept-second-choice-job-offers-due-to-slow-hiring-decision/")
# Office closures
EMPLAW = ("https://employmentlawservices.com/"
          "preparing-for-the-festive-period-closure-check-out-our-top-ten-tips/")
MODERNHR = "https://www.modernhr.com/blog/2017/11/15/closing-your-office-for-the-holidays/"
EBP = "https://www.ebp.co.nz/10-things-to-remember-before-you-close-for-the-holidays/"
DOXHUB = "https://www.doxhub.org/office-closure-messages/"
# The wait after an interview
CAREERPATH = "https://www.careerpathservices.org/news/an-interview-then-silence-whats-next/"
CAREERCAST = "https://www.careercast.com/career-news/playing-waiting-game-after-interview"
LIVECAREER = "https://www.livecareer.com/interview-tips/follow-up/timing/after-the-interview"
BIGGAME = ("https://blog.thebiggamehunter.us/tag/"
           "they-told-me-i-did-well-but-i-havent-heard-back-from-them/")
# Graduate and public recruitment
TGA = "http://blog.tgagraduate.com/blog/graduate-recruitment-culling-process/"
BIZCORNER = "https://businesscorner.club/introduction-to-graduate-recruitment-exercise/"
CITIZEN = "https://citizen.co.za/review-online/?p=472950"
DEPED = "https://depedcaloocan.com/elementskit-content/dynamic-content-widget-d7490e7-6/"
HOIT = "https://hoithr.freshdesk.com/support/solutions/articles/63000264043-recruitment"
TIPFINDS = "https://tipfinds.com/how-to-prepare-for-a-job-interview-in-the-philippines/"
YOUTHLINK = "http://www.youthlinkjamaica.com/surviving-summer-job-interview"
JAMINQ = "https://jamaicainquirer.com/nail-the-job-hunt-essential-dos-and-donts-for-applicants"
CHANNELS = ("https://www.channelstv.com/2020/01/13/"
            "recruitment-customs-shortlist-162399-candidates-for-screening/")
THECABLE = "https://www.thecable.ng/know-nothing-secret-recruitment-says-npa/amp"
DAYBREAK = "https://daybreak.ng/dtac-holds-its-15th-recruitment-evaluation-exercise"
AFRIPUB = "https://africapublicity.com/ghana-begins-recruitment-of-thousands-of-nurses-and-midwives"

TL_TUNE25_CHECK_E: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ===================== a recruiter's usual time for the client's answer: a promise
    # 48 hours from Wednesday 9 March: Friday 11 March.
    ("Our clients usually come back to us within 48 hours of an interview, and I'll ring you as "
     "soon as they do.",
     "2050-03-09T14:00:00+11:00", ("2050-03-11", "2050-03-11"), "AU", "en", SPRINT),
    # Three working days from Monday 21 March: Thursday 24 March.
    ("Clients generally give me their feedback within three working days of the interview.",
     "2050-03-21T16:00:00+00:00", ("2050-03-24", "2050-03-24"), "IE", "en", EFRONTIERS),
    # A week from the final interview, Thursday 7 April: Thursday 14 April.
    ("The hiring company normally gets back to me within a week of the final interview, and I "
     "pass the answer straight on to you.",
     "2050-04-07T15:00:00-04:00", ("2050-04-14", "2050-04-14"), "US", "en", CERSNOW),
    # Five working days from Monday 11 July: Monday 18 July.
    ("My clients typically confirm their decision within five working days of interview, so "
     "expect my call by then.",
     "2050-07-11T11:00:00+08:00", ("2050-07-18", "2050-07-18"), "SG", "en", HCAMAG),
    # Two days from Tuesday 17 May: Thursday 19 May.
    ("In my experience this client usually gives feedback within two days of an interview.",
     "2050-05-17T13:00:00+10:00", ("2050-05-19", "2050-05-19"), "AU", "en", GENESIS),
    # A fortnight from Wednesday 8 June: Wednesday 22 June.
    ("The hiring managers at the bank tend to come back to us within a fortnight of the second "
     "interview.",
     "2050-06-08T12:00:00+10:00", ("2050-06-22", "2050-06-22"), "AU", "en", MERCURAS),
    # A week from Monday 12 September: Monday 19 September.
    ("The client typically responds to us within a week of interviews, sometimes sooner, and "
     "I'll update you the moment I hear.",
     "2050-09-12T10:00:00-04:00", ("2050-09-19", "2050-09-19"), "US", "en", SHIFT),
    # About ten days from Tuesday 4 October: Friday 14 October.
    ("Normally the client gets back to us in about ten days.",
     "2050-10-04T15:00:00+01:00", ("2050-10-14", "2050-10-14"), "IE", "en", EFRONTIERS),
    # A week from Wednesday 2 November: Wednesday 9 November.
    ("The hiring manager usually decides within a week of the last interview; I'll let you know "
     "the same day.",
     "2050-11-02T17:00:00+08:00", ("2050-11-09", "2050-11-09"), "SG", "en", HRINASIA),
    # 48 hours from Tuesday 15 February: Thursday 17 February.
    ("Clients normally come back to us within 48 hours after an interview.",
     "2050-02-15T12:00:00+11:00", ("2050-02-17", "2050-02-17"), "AU", "en", SPRINT),
    # Two working days from Wednesday 6 April: Friday 8 April.
    ("The hiring firm tends to give us an answer within two working days; I'll pass it on "
     "straight away.",
     "2050-04-06T14:00:00+01:00", ("2050-04-08", "2050-04-08"), "IE", "en", EFRONTIERS),
    # ===================== employers or agencies in general, answers to others: no promise
    ("Most employers come back to their recruiters within a week of an interview, but every "
     "business is different.",
     "2050-03-15T10:00:00+11:00", None, "AU", "en", GENESIS),
    ("In general, companies take one to two weeks to give an agency feedback after an interview.",
     "2050-05-10T10:00:00-04:00", None, "US", "en", CERSNOW),
    ("Singapore employers typically take a month or longer to decide after interviews.",
     "2050-08-16T10:00:00+08:00", None, "SG", "en", HCAMAG),
    ("We ask our clients to give us their feedback within 24 hours of every interview.",
     "2050-06-14T10:00:00+10:00", None, "AU", "en", SPRINT),
    ("I'll send your CV to the hiring manager by Friday.",
     "2050-09-05T10:00:00+01:00", None, "IE", "en", EFRONTIERS),
    ("I'll have my shortlist with the client within two days.",
     "2050-10-18T10:00:00-04:00", None, "US", "en", SHIFT),
    ("Agencies in Sydney usually hear back from their clients within a week.",
     "2050-11-08T10:00:00+11:00", None, "AU", "en", MERCURAS),
    ("The client has promised the board an answer by Friday.",
     "2050-02-22T10:00:00+02:00", None, "ZA", "en", CNAIT),
    # ===================== week windows with the cue elsewhere: a promise
    # By the end of next week, from Wednesday 9 February: Friday 18 February.
    ("Thanks for attending the final interview. The panel is still deliberating and hopes to "
     "have finished by the end of next week.",
     "2050-02-09T16:00:00+00:00", ("2050-02-18", "2050-02-18"), "GB", "en", MODERNHR),
    # Early next week, from Thursday 3 March: Monday 7 to Wednesday 9 March.
    ("Interview outcome\nWe expect this early next week.",
     "2050-03-03T11:00:00+11:00", ("2050-03-07", "2050-03-09"), "AU", "en", TGA),
    # Later this week, from Tuesday 15 March: Wednesday 16 to Friday 18 March.
    ("We've seen all the candidates now. The panel should be in a position to make an offer "
     "later this week.",
     "2050-03-15T15:00:00+13:00", ("2050-03-16", "2050-03-18"), "NZ", "en", EBP),
    # By the end of next week, from Monday 14 March: Friday 25 March.
    ("Regarding the Operations Analyst role: the hiring team is finalizing things and will wrap "
     "up by the end of next week.",
     "2050-03-14T10:00:00-04:00", ("2050-03-25", "2050-03-25"), "US", "en", CAREERCAST),
    # By the end of next week, from Wednesday 11 May: Friday 20 May.
    ("Thank you for attending the interview on Monday. We will be finalising the appointment by "
     "the end of next week.",
     "2050-05-11T10:00:00+02:00", ("2050-05-20", "2050-05-20"), "ZA", "en", CITIZEN),
    # The heading holds the cue; by the end of next week from Monday 18 July: Friday 29 July.
    ("Results of the final interview\nTo be released by the end of next week.",
     "2050-07-18T10:00:00+08:00", ("2050-07-29", "2050-07-29"), "PH", "en", DEPED),
    # Later this week, from Monday 10 October: Tuesday 11 to Friday 14 October.
    ("The management has interviewed all shortlisted applicants. The board will settle the "
     "matter later this week.",
     "2050-10-10T10:00:00+00:00", ("2050-10-11", "2050-10-14"), "GH", "en", AFRIPUB),
    # The middle of next week, from Thursday 20 January: Tuesday 25 to Thursday 27 January.
    ("We are at the final stage of selection. Our team expects to finalise its choice by the "
     "middle of next week.",
     "2050-01-20T10:00:00-05:00", ("2050-01-25", "2050-01-27"), "JM", "en", JAMINQ),
    # Early next week, from Friday 21 January: Monday 24 to Wednesday 26 January.
    ("Next steps: we're aiming for early next week.",
     "2050-01-21T15:00:00+00:00", ("2050-01-24", "2050-01-26"), "IE", "en", EFRONTIERS),
    # By the end of the week, from Tuesday 12 April: Friday 15 April.
    ("Your interview went well. The panel is meeting tomorrow and we should have something for "
     "you by the end of the week.",
     "2050-04-12T14:00:00+08:00", ("2050-04-15", "2050-04-15"), "SG", "en", HRINASIA),
    # By the end of next week, from Thursday 8 September: Friday 16 September.
    ("The interview exercise ended today. Successful candidates should expect their letters by "
     "the end of next week.",
     "2050-09-08T16:00:00+01:00", ("2050-09-16", "2050-09-16"), "NG", "en", DAYBREAK),
    # Later this week, from Monday 19 September: Tuesday 20 to Friday 23 September.
    ("Thank you for attending the assessment centre. The selection committee will finalise the "
     "list later this week.",
     "2050-09-19T10:00:00+08:00", ("2050-09-20", "2050-09-23"), "MY", "en", BIZCORNER),
    # The week after next, from Wednesday 12 October: Monday 24 to Friday 28 October.
    ("We've completed our interviews. We plan to extend an offer the week after next.",
     "2050-10-12T15:00:00-04:00", ("2050-10-24", "2050-10-28"), "US", "en", LIVECAREER),
    # Early next week, from Friday 22 July: Monday 25 to Wednesday 27 July.
    ("Thanks again for your time. We'll be making our final selection early next week.",
     "2050-07-22T16:00:00+10:00", ("2050-07-25", "2050-07-27"), "AU", "en", TGA),
    # Plain promises of the same windows.
    # By the end of next week, from Monday 21 February: Friday 4 March.
    ("We'll let you know by the end of next week.",
     "2050-02-21T15:00:00-05:00", ("2050-03-04", "2050-03-04"), "US", "en", CAREERPATH),
    # Early next week, from Thursday 19 May: Monday 23 to Wednesday 25 May.
    ("You'll hear from us early next week.",
     "2050-05-19T15:00:00+01:00", ("2050-05-23", "2050-05-25"), "GB", "en", MODERNHR),
    # Later this week, from Tuesday 23 August: Wednesday 24 to Friday 26 August.
    ("We'll get back to you later this week.",
     "2050-08-23T15:00:00+12:00", ("2050-08-24", "2050-08-26"), "NZ", "en", EBP),
    # ===================== logistics, closures, the candidate's own tasks: no promise
    ("Thanks for your interview. Please note our office is closed until the end of next week for "
     "the refurbishment.",
     "2050-06-15T10:00:00+01:00", None, "GB", "en", EMPLAW),
    ("Our office closes for the holidays later this week and reopens on 4 January.",
     "2050-12-19T10:00:00+13:00", None, "NZ", "en", EBP),
    ("Before the next round, please complete the case study and send it to us by the end of next "
     "week.",
     "2050-08-03T10:00:00-04:00", None, "US", "en", CAREERPATH),
    ("The online tests need to be finished early next week so that we can plan the assessment "
     "centre.",
     "2050-08-10T10:00:00+10:00", None, "AU", "en", TGA),
    ("The council will hold a special meeting early next week to appoint a selection panel.",
     "2050-08-18T10:00:00+02:00", None, "ZA", "en", CITIZEN),
    ("Interview schedules for shortlisted applicants will be posted later this week.",
     "2050-09-27T10:00:00+08:00", None, "PH", "en", DEPED),
    ("We're moving offices at the end of next week, so your second interview will be at the new "
     "address.",
     "2050-10-05T10:00:00+01:00", None, "GB", "en", MODERNHR),
    ("Reference checks will be done by the end of next week.",
     "2050-11-16T10:00:00+11:00", None, "AU", "en", GENESIS),
    # ===================== round 24's blind classes
    # An exam's or a screening's date: no promise.
    ("The aptitude test holds on Saturday 19 March at all six zonal centres; candidates should "
     "arrive by 8 a.m.",
     "2050-03-01T10:00:00+01:00", None, "NG", "en", THECABLE),
    ("The screening exercise for nurses starts on Monday 7 March in all regional capitals.",
     "2050-02-24T10:00:00+00:00", None, "GH", "en", AFRIPUB),
    # A report promised to others: no promise.
    ("We will give the committee a full report on the exercise within two weeks.",
     "2050-05-25T10:00:00+01:00", None, "NG", "en", CHANNELS),
    ("Give us a week to verify the documents and we'll update the minister then.",
     "2050-06-08T10:00:00+01:00", None, "NG", "en", THECABLE),
    ("Give us until the end of next week to compile the interview scores for the auditors.",
     "2050-07-06T10:00:00+02:00", None, "ZA", "en", CITIZEN),
    # Letters and lists with no response cue: promises.
    # By the end of the month, from Monday 14 November: Wednesday 30 November.
    ("Appointment letters will be issued to successful applicants by the end of the month.",
     "2050-11-14T10:00:00+01:00", ("2050-11-30", "2050-11-30"), "NG", "en", DAYBREAK),
    # By the end of next week, from Tuesday 15 November: Friday 25 November.
    ("The final list of successful applicants will be published by the end of next week.",
     "2050-11-15T10:00:00+00:00", ("2050-11-25", "2050-11-25"), "GH", "en", AFRIPUB),
    # On Friday, from Monday 14 February: Friday 18 February.
    ("Offer letters go out on Friday.",
     "2050-02-14T10:00:00-05:00", ("2050-02-18", "2050-02-18"), "JM", "en", YOUTHLINK),
    # By the end of next week, from Wednesday 6 April: Friday 15 April.
    ("Placements will be confirmed by the end of next week.",
     "2050-04-06T10:00:00+10:00", ("2050-04-15", "2050-04-15"), "AU", "en", SPRINT),
    # Silence as the answer by a date (round 24's blind label): Thursday 30 June.
    ("Applicants who have not been contacted by 30 June should consider their applications "
     "unsuccessful.",
     "2050-06-01T10:00:00+02:00", ("2050-06-30", "2050-06-30"), "ZA", "en", CITIZEN),
    # Two weeks from the interview, Thursday 10 March: Thursday 24 March.
    ("If you have not heard from us within two weeks of the interview, please assume you were "
     "not selected.",
     "2050-03-10T10:00:00-05:00", ("2050-03-24", "2050-03-24"), "JM", "en", YOUTHLINK),
    # ===================== the whole procedure's usual length: no promise
    ("The recruitment process usually takes six to eight weeks from the closing date.",
     "2050-04-20T10:00:00+01:00", None, "GB", "en", EMPLAW),
    ("Our graduate selection process normally runs for about two months.",
     "2050-03-23T10:00:00+11:00", None, "AU", "en", TGA),
    ("The whole hiring process takes around three weeks, depending on the position.",
     "2050-05-04T10:00:00+08:00", None, "PH", "en", HOIT),
    ("Hiring for this role typically takes four to six weeks end to end.",
     "2050-06-22T10:00:00+08:00", None, "SG", "en", HRINASIA),
    ("The recruitment process can take up to three months.",
     "2050-07-13T10:00:00+08:00", None, "PH", "en", TIPFINDS),
    ("Public sector recruitment generally takes longer than private sector hiring, often eight "
     "weeks or more.",
     "2050-09-14T10:00:00+12:00", None, "NZ", "en", DOXHUB),
    ("From advert to offer, the process usually takes six to eight weeks.",
     "2050-10-26T10:00:00-05:00", None, "US", "en", BIGGAME),
    # ===================== ... counted from a point the text dates: a promise
    # Three weeks from the interview (today), Tuesday 7 June: Tuesday 28 June.
    ("The whole process usually takes three weeks from the interview, so you should know by "
     "then.",
     "2050-06-07T15:00:00+01:00", ("2050-06-28", "2050-06-28"), "GB", "en", EMPLAW),
    # Stated explicitly, mid-March: 13 to 17 March.
    ("Applications closed on 4 February and the process takes about six weeks from the closing "
     "date, so we expect to make appointments by mid-March.",
     "2050-02-16T10:00:00+00:00", ("2050-03-13", "2050-03-17"), "IE", "en", EFRONTIERS),
    # Four weeks from the final interview, which was today (Wednesday 9 November): Wednesday 7
    # December.
    ("Our selection process takes about four weeks from the final interview, which was today.",
     "2050-11-09T16:00:00+00:00", ("2050-12-07", "2050-12-07"), "GB", "en", MODERNHR),
]
