"""Blind batch 4 of the real-material timeline corpus (issue #15, round 4).

Being written; see ``real_timeline_b3.py`` for the conventions. Scored once, at the end of round 4.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
TPL_PAGES = "https://interview-email-templates.pages.dev/recruiter-follow-up-email-template/"
EXPERTS = "https://experts123.com/q/how-long-does-the-process-take-before-a-decision-has-been-made.html"
RWALTERS = ("https://www.robertwalters.co.za/ca-roadshow/career-advice/Finding-your-next-career/"
            "great-jobs-may-come-to-those-who-wait.html")
STANDREWS = ("https://cgi.st-andrews.ac.uk/hr/recruitment/academic-education-research-recruitment/"
             "timetables-interviewing")
FLOWCOEF = "https://flowcoef.wordpress.com/2016/02/29/the-tiresome-waiting-game/"
AIMEE = "http://randomaimee.blogspot.com/2008/04/waiting-waiting-waiting.html"
LYRIC = "http://lyricandariasmom.blogspot.com/2008/09/waiting-game.html"
DIAPER = ("http://thedirtydiaper.blogspot.com/2008/09/please-dont-call-i-dont-want-to-talk-to.html"
          "?showComment=1221945960000")
SBTRIBUNE = ("https://www.southbendtribune.com/story/business/2014/08/17/"
             "waiting-on-job-recruiter-is-painful-game/118424288/")
ALLNURSES = "https://allnurses.com/possible-job-t297049"
MEGBURTON = "https://megburtoncoach.co.uk/why-can-it-take-so-long-to-hear-back-after-a-job-interview/"
PROJPRACT = ("https://www.projectpractical.com/"
             "best-practices-for-successful-job-interviews-the-follow-up-email/")
CHICAGO = "http://chicagochronicles.blogspot.com/2009/11/deja-vu.html"
COMMBANK = "https://commercialbankingservices.com/careers/recruitment-process.php"
CANGOV = "https://canadiangovernmentjobs.ca/government-of-canada-interview-assessment"
VICGOV = "https://careers.vic.gov.au/how-to-apply/what-happens-after-you-apply"
APSC = "https://legacy.apsc.gov.au/7-interview-and-other-assessment-cracking-code"
PUSD = ("https://www.pusd.us/site/default.aspx?PageType=3&ModuleInstanceID=323&ViewID="
        "9fc4dc78-f943-4224-8465-6c780e58f4df&RenderLoc=0&FlexDataID=380&PageID=258")
ETIMES = "https://economictimes.indiatimes.com/jobs/workplace-queries/articleshow/6355106.cms"
PHUB = "https://www.theperspectivehub.com/post/the-wait-s-over-maa-i-am-placed"
SQLIQ = ("https://www.sqlinterviewsquestions.com/2021/07/when-will-infosys-give-offer-letter-for.html"
         "?showComment=1630994168450")
FISTCOCK = "https://fistcock.com/Understanding-the-Approval-from-Infosys-HR-and-the-Path-to-an-Offer-Letter"
PROFLIVE = "https://profession.live/graduate-jobs-timeline"
BIOMED = "https://www.biomed.pl/en/career/recruitment-process/"
ACADSEARCH = "https://academicsearch.se/en/this-is-how-the-process-works"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND4: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    ("Thanks again for interviewing for the Data Analyst role. The panel is still collecting feedback, "
     "which is taking a little longer than planned. We expect to have the next update for you by "
     "Thursday, October 15; if any questions come up before then, just reply here.",
     "2026-10-09T15:00:00-04:00", ("2026-10-15", "2026-10-15"), "US", "en", TPL_PAGES),
    ("Quick update on your interview process: the role is still active, but our final decision is "
     "taking longer than planned. I don't want to over-promise, so I'll simply reach out as soon as "
     "there is news.",
     "2026-10-09T15:00:00-04:00", None, "US", "en", TPL_PAGES),
    # Two conditional promises (48 hours if unsuccessful, a couple of weeks if through): decided
    # here as any day from the earlier to the later one.
    ("If you have been unsuccessful at interview, your recruiter will usually tell you by phone "
     "within 48 hours. If you are through, decisions on a preferred candidate are normally made "
     "within a couple of weeks of the interview.",
     "2026-03-16T09:30:00+00:00", ("2026-03-18", "2026-03-30"), "GB", "en", EXPERTS),
    # Freedom Day (Mon Apr 27) skipped: Apr 23, 24, 28, 29.
    ("We pride ourselves on quick feedback: every candidate we interview hears back from us within "
     "four working days.",
     "2026-04-22T10:00:00+02:00", ("2026-04-29", "2026-04-29"), "ZA", "en", RWALTERS),
    ("Interviews for this post are held today. HR will email every candidate with the outcome within "
     "five working days of the interviews, including those placed on the reserve list.",
     "2026-11-24T09:00:00+00:00", ("2026-12-01", "2026-12-01"), "GB", "en", STANDREWS),
    ("Please allow seven working days between receiving this invitation and your interview, so that "
     "you can arrange travel and childcare and prepare your ten-minute presentation.",
     "2026-11-10T14:00:00+00:00", None, "GB", "en", STANDREWS),
    ("If you haven't heard from us by the 24th, please contact the head of HR directly.",
     "2026-02-10T11:00:00-05:00", ("2026-02-24", "2026-02-24"), "US", "en", FLOWCOEF),
    ("We'll make a decision soon. We'll let you know by Friday either way.",
     "2026-04-15T13:00:00-04:00", ("2026-04-17", "2026-04-17"), "US", "en", AIMEE),
    # "the middle of next week": decided as Tuesday to Thursday of next week.
    ("Sorry for the silence. We've narrowed the field to three and you're one of them, but the hiring "
     "manager has to fly to our European headquarters this week. I'll let you know by the middle of "
     "next week.",
     "2026-04-28T10:00:00-04:00", ("2026-05-05", "2026-05-07"), "US", "en", AIMEE),
    ("We hope to know more on Thursday, and I'll give you a call then.",
     "2026-09-14T16:00:00-04:00", ("2026-09-17", "2026-09-17"), "US", "en", LYRIC),
    ("The vice president you spoke with will be in Ohio within the next several weeks and would like "
     "to meet you in person while he's here.",
     "2026-09-14T16:00:00-04:00", None, "US", "en", LYRIC),
    # The recruiter names the day to follow up, after a meeting the day before: both accepted,
    # like "after our hiring committee meets on Thursday" in round 2.
    ("I'm meeting with the hiring manager on Tuesday and will bring your resume to the discussion. "
     "Please call me Wednesday to follow up; we don't operate a don't-call-us-we'll-call-you "
     "system here.",
     "2026-09-17T15:00:00-04:00", ("2026-09-22", "2026-09-23"), "US", "en", DIAPER),
    ("Thanks for your interest in the role. Could you do a phone interview on Monday at 10 or Tuesday "
     "at 2? Please reply by tomorrow so I can lock in the slot.",
     "2026-08-17T09:00:00-04:00", None, "US", "en", SBTRIBUNE),
    ("I'm out of the office for the rest of the week, but please don't worry: you are still very much "
     "being considered, and I'll call you when I'm back on Monday.",
     "2026-07-08T12:00:00-05:00", ("2026-07-13", "2026-07-13"), "US", "en", ALLNURSES),
    ("Interviews run on 26 and 27 January, the panel meets on 2 February, and we expect to make an "
     "offer by Friday 6 February. Unsuccessful candidates will be told after the offer is accepted.",
     "2026-01-26T10:00:00+00:00", ("2026-02-06", "2026-02-06"), "GB", "en", MEGBURTON),
    # Christmas Eve is not a US public holiday: Dec 18, 21, 22, 23, 24 (as round 1's GB case).
    ("Thank you for meeting the team today. We'll respond to you within five business days.",
     "2026-12-17T11:00:00-05:00", ("2026-12-24", "2026-12-24"), "US", "en", PROJPRACT),
    ("The managing partner called to say you're still in the running; they just need to sort a few "
     "things out at the Lake Forest office first.",
     "2026-11-18T10:00:00-06:00", None, "US", "en", CHICAGO),
    ("Applications close on Friday 20 March. The hiring manager will let you know whether you are "
     "invited to interview within approximately one week of the closing date.",
     "2026-03-16T10:00:00+01:00", ("2026-03-27", "2026-03-27"), "DK", "en", COMMBANK),
    # A contract promised only once an offer is made is not a promise about the interview.
    ("Before we offer you employment we will ask for references from one or two former employers. If "
     "we offer you the job over the phone, you will receive your contract about five days later.",
     "2026-03-30T13:00:00+02:00", None, "DK", "en", COMMBANK),
    # A span before an anchor ("two to three weeks before March 9"): both ends accepted.
    ("Congratulations, you passed the written exam. Oral interviews are planned for March 9, and most "
     "candidates are invited two to three weeks before that date.",
     "2026-02-04T13:00:00-05:00", ("2026-02-16", "2026-02-23"), "CA", "en", CANGOV),
    ("When you receive a job offer, you usually have 24 hours to accept it in writing.",
     "2026-05-13T10:00:00+10:00", None, "AU", "en", VICGOV),
    ("A merit list may be established from this process and used to fill similar jobs for 12 months "
     "following the advertisement in the Public Service Gazette.",
     "2026-05-13T10:00:00+10:00", None, "AU", "en", APSC),
    # "a month or longer" is a lower bound, not a promise (decided here).
    ("Please be patient: sometimes it may be a month or longer between steps in the process, for "
     "example from your test to the final notice.",
     "2026-10-06T09:00:00-07:00", None, "US", "en", PUSD),
    ("I asked whether I could expect to know by next week, and the HR manager said they would call me "
     "by the end of next week either way.",
     "2026-10-15T15:00:00+05:30", ("2026-10-23", "2026-10-23"), "IN", "en", ETIMES),
    ("The results of the aptitude round will be declared tomorrow, and the interviews for those who "
     "clear it start the same afternoon.",
     "2026-08-12T14:00:00+05:30", ("2026-08-13", "2026-08-13"), "IN", "en", PHUB),
    ("After the HR round, the offer letter is usually released the same day, the next day or within a "
     "week.",
     "2026-11-02T16:00:00+05:30", ("2026-11-09", "2026-11-09"), "IN", "en", SQLIQ),
    ("You did well today. I'll get back to you once I have the approval from the business head.",
     "2026-11-02T16:00:00+05:30", None, "IN", "en", FISTCOCK),
    ("Thanks for completing your video interview before the 30 November deadline. You'll hear whether "
     "you've been invited to an assessment centre in early January.",
     "2026-11-24T12:00:00+00:00", ("2027-01-01", "2027-01-10"), "GB", "en", PROFLIVE),
    ("The last interview for this position is scheduled for Friday 13 November; decisions are made "
     "about two weeks after the recruitment process closes.",
     "2026-11-10T10:00:00+01:00", ("2026-11-27", "2026-11-27"), "PL", "en", BIOMED),
    ("Our consultants need up to about 2-3 weeks to go through all applications; those who are "
     "relevant are called for a personal interview after about three weeks.",
     "2026-06-01T10:00:00+02:00", ("2026-06-22", "2026-06-22"), "SE", "en", ACADSEARCH),
]
