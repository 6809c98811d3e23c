"""Timeline check set of round 24 (issue #15, helper "tl24e"): English, written and labelled first.

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any of
it; the only code used while labelling was Python's ``calendar`` and the ``holidays`` package, to
check weekdays and each country's public holidays in 2047. Each text paraphrases wording, a
process or a situation documented on the public page cited in its source (found with the
project's search tool, pages corpus; every host was grepped in ``tests/data/*.py`` and
``real_timeline.jsonl`` and none is cited by an earlier file): an Australian recruiter's and a
New Zealand graduate site's follow-up guides, an Australian tech recruiter's interview guide, a
US bank recruiter's blog, a university's advice on offer deadlines and a blog on them, a UK
university's complaints page, Kenyan pages on the Public Service Commission's appointments and
charter, a South African course page on appeal periods, a recruitment CRM's page on client
shortlists, British Columbia's applicant feedback page, Fiji's procedural-review form, Indian
pages on offer letters and joining documents; holiday pages on St Andrew's Day (a Scottish local
paper, the 2007 Act, a Glasgow paper), Bonifacio Day and National Heroes Day (Philippine news and
a city page), Madaraka and Mashujaa Days (a holiday list, a Nairobi paper), South Africa's
holidays (a law explainer, a news site), Ghana's Founders' and Republic Days (news), Malaysia's
National and Malaysia Days (news), Ireland's holidays (a holiday table, a tour site), Singapore's
and New Zealand's (an embassy list, an ESL news site), Nigeria's Independence Day (news). Names,
dates, offices and organisations are invented and the wording is not copied.

Written around *classes*, not one batch's wordings (round 23's blind misses, generalised): no
promise where the wording gives a lower bound ("a week or more", "at least", "no sooner than",
"at the earliest", "a minimum of", "no less than"), a generalisation about employers or a sector
("most banks", "big accounting firms", "government agencies", "recruitment agencies", "in the
civil service", "graduate employers", "tech companies"), an answer or a shortlist promised to
someone else (the client, the hiring manager, the board, the President), or the candidate's own
window (an appeal, a request for feedback, accepting an offer, sending documents, an
assessment); beside each, promises of the same shape that stay promises (an upper bound "no later
than", "at most", "at the latest"; the employer's own usual time set against a sector's; the
client's answer passed on to the candidate; the employer's answer before the candidate's own
window). Then "before <holiday>" where the day before the holiday is a weekend (the last working
day before it) in seven countries, with plain ones beside them.

62 texts, all English: AU 10, GB 9, KE 7, ZA 7, NZ 5, US 5, IN 4, SG 3, MY 3, PH 2, GH 2, IE 2,
FJ 1, CA 1, NG 1 (country codes as the reader takes them); 30 promise nothing. Reference dates in
2047, a year no earlier file uses as a reference (1 January is a Tuesday; Easter is 14 April).
Labels follow ``real_timeline_t23e.py``'s conventions and docs/timelines.md "Round 20/22/23:
label conventions": "before <holiday>" is read as a deadline, from the last working day before it
(weekends and the country's holidays skipped) to the holiday's date; the employer's usual time
for its own answer is a promise; a usual length of employers or a sector in general, a lower
bound, an answer promised to someone else and the candidate's own window are none; "48 hours" is
two days; a count "within N ..." after a dated step counts from that step.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# Follow-up and hiring guides
STARHUNT = "https://www.starhunt.com.au/following-up-after-job-interviews-australia.html"
JOBSPARROW = ("https://jobsparrow.ai/blog/"
              "what-to-do-after-a-job-interview-the-complete-au-nz-follow-up-guide")
CAREERSTARTER = "https://careerstarter.nz/applying/post-interview-behaviour"
EMANATE = "https://www.emanatetechnology.com.au/complete-interview-process-guide"
AGCAREERS = "https://m.agcareers.com/newsletters/Should_I_follow_up_after_an_interview.htm"
ANDERSON = ("http://www.andersonsearch.com/blog/what-does-your-interview-process-say-about-your-"
            "bank-to-commercial-banking-top-performers/")
OSUECS = ("https://ecs.osu.edu/blog/2008/11/"
          "job-offer-acceptance-deadlines-why-theyre-there-and-how-manage-them")
DFARQ = "https://dfarq.homeip.net/job-offer-acceptance-deadline-proceed-with-caution/"
ULSTER = "https://www.ulster.ac.uk/peopleandculture/recruitment/recruitment-complaints"
KOPACASH = "https://kopacash.com/blog/how-long-does-psc-take-to-appoint-after-interview-in-kenya"
TENGELE = ("https://tengele.com/news/a398aed8-b172-4c99-a56a-20182a0b7503/"
           "psc-outlines-recruitment-process-and-deadlines")
PERITUM = "https://peritumagri.com/stride/mod/page/view.php?id=1839"
ATZCRM = "https://atzcrm.com/workflow/client-shortlist-management/"
BCGOV = ("https://www2.gov.bc.ca./gov/content/careers-myhr/job-seekers/application-process/"
         "applicant-feedback")
FIJIMCS = "https://www.mcs.gov.fj/proceduralreview.php"
NYAAYA = "https://nyaaya.redstart.dev/legal-explainer/accepting-your-job-offer-in-writing"
CHANNELPLAY = "http://help.channelplay.in/support/solutions/articles/5000638104-introduction"
CLEARTAX = "https://cleartax.in/s/employee-offer-letter-format-download"
# Holidays
BLANTYRE = "https://theblantyretelegraph.com/2018/11/30/happy-st-andrews-day/"
LEGISLATION = "https://www.legislation.gov.uk/asp/2007/2/section/1/data.xht?view=snippet&wrap=true"
GLASGOWTIMES = "https://glasgowtimes.co.uk/news/23143531.st-andrews-day-bank-holiday-will-get-day-off"
MBPH = "https://mb.com.ph/2024/11/27/no-movement-of-nov30-holiday"
ZAMBOANGA = "https://zamboangacity.gov.ph/bonifacio-day-moved-to-nov-27"
LISTHOLIDAYS = "https://listholidays.com/holidays/ke/madaraka-day-substitute-day"
NAIROBINEWS = "https://nairobinews.nation.africa/where-uhuru-will-say-goodbye-to-kenyans/"
LAW101 = "https://law101.org.za/heritage-day-public-holiday-24-september/"
SOUTHAFRICAN = ("https://www.thesouthafrican.com/news/offbeat/calendar-south-africa-next-public-"
                "holiday-is-this-month-heritage-day-24-september-2024-breaking/")
PULSEGH = "https://www.pulse.com.gh/news/local/september-21-declared-a-public-holiday-id8873457.html"
CDRAFRICA = ("https://cdrafrica.com/president-mahama-declares-monday-22nd-september-2025-a-public-"
             "holiday-as-founders-day-falls-on-sunday/")
LEHLEO = "https://lehleo.com/31-august-is-national-day-which-is-a-public-holiday-in-malaysia"
THESUNMY = "https://thesun.my/local-news/no-automatic-replacement-holiday-on-sept-17-GI12832774"
QPPSTUDIO = "https://www.qppstudio.net/public-holidays/ireland.htm"
FREETOUR = "https://www.freetour.com/dublin/travel-features/useful-information/national-holidays"
EMBJAPANSG = "https://www.sg.emb-japan.go.jp/currentyearholidays-2015.htm"
ESLNEWS = "http://eslnews.org.nz/?p=2524"
PUNCHNG = "https://punchng.com/fg-declares-october-1-public-holiday/?utm_source=rss.punchng.com&utm_medium=web"

TL_TUNE24_CHECK_E: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ===================== lower bounds: no promise
    ("Feedback from the panel will take a week or more, as three managers still have to score "
     "the written exercise.",
     "2047-03-05T15:00:00+11:00", None, "AU", "en", STARHUNT),
    ("Please allow at least ten working days before you hear anything from us.",
     "2047-06-10T11:00:00+01:00", None, "GB", "en", ULSTER),
    ("We won't be able to give you an answer any sooner than three weeks from today.",
     "2047-04-09T10:00:00+12:00", None, "NZ", "en", CAREERSTARTER),
    ("The outcome will not be known before the end of next month at the earliest.",
     "2047-07-01T10:00:00+03:00", None, "KE", "en", KOPACASH),
    ("Results will take a minimum of 15 working days to be released to candidates.",
     "2047-02-12T10:00:00+02:00", None, "ZA", "en", PERITUM),
    ("You should expect to wait no less than four weeks for the board's decision.",
     "2047-10-22T10:00:00+03:00", None, "KE", "en", TENGELE),
    ("It will be two weeks at least before HR can confirm anything, I'm afraid.",
     "2047-01-15T14:00:00+10:00", None, "AU", "en", AGCAREERS),
    ("A decision is unlikely in less than a fortnight, given the number of applicants.",
     "2047-08-14T10:00:00+12:00", None, "NZ", "en", JOBSPARROW),
    # An upper bound is a promise: Friday 15 March.
    ("We'll let you know our decision no later than Friday 15 March.",
     "2047-03-11T16:00:00-05:00", ("2047-03-15", "2047-03-15"), "US", "en", OSUECS),
    # No more than ten days: Thursday 2 May.
    ("It should take no more than ten days for us to get back to you.",
     "2047-04-22T12:00:00+10:00", ("2047-05-02", "2047-05-02"), "AU", "en", STARHUNT),
    # Two weeks at most: Wednesday 19 June.
    ("We'll come back to you with an answer in two weeks at most.",
     "2047-06-05T10:00:00+01:00", ("2047-06-19", "2047-06-19"), "GB", "en", ULSTER),
    # Ten days at the latest: Thursday 18 July.
    ("We'll make our decision within ten days at the latest and call you either way.",
     "2047-07-08T10:00:00+12:00", ("2047-07-18", "2047-07-18"), "NZ", "en", CAREERSTARTER),
    # ===================== employers or a sector in general: no promise
    ("Most banks take three to four weeks to come back after a final round, so don't read "
     "anything into the silence.",
     "2047-03-05T17:00:00-05:00", None, "US", "en", ANDERSON),
    ("Big accounting firms generally reply within a fortnight of the assessment day.",
     "2047-10-03T15:00:00+01:00", None, "GB", "en", ULSTER),
    ("Government agencies in Kenya can take up to three months to appoint after interviews.",
     "2047-05-14T10:00:00+03:00", None, "KE", "en", KOPACASH),
    ("Recruitment agencies typically get back to candidates within 48 hours of an interview.",
     "2047-09-10T10:00:00+10:00", None, "AU", "en", STARHUNT),
    ("In the public service it normally takes six to eight weeks to hear the outcome of a panel "
     "interview.",
     "2047-02-19T10:00:00+02:00", None, "ZA", "en", PERITUM),
    ("Tech companies in Australia usually wrap up their decision within a week or two.",
     "2047-11-20T10:00:00+11:00", None, "AU", "en", EMANATE),
    ("Most graduate employers let applicants know within two weeks of the assessment centre.",
     "2047-05-22T10:00:00+12:00", None, "NZ", "en", CAREERSTARTER),
    ("Smaller firms tend to move faster, often deciding within a few days of the interview.",
     "2047-08-20T10:00:00+10:00", None, "AU", "en", EMANATE),
    # The employer's own usual time is a promise: 48 hours, Thursday 16 May.
    ("As an agency, we usually get back to all our candidates within 48 hours.",
     "2047-05-14T12:00:00+10:00", ("2047-05-16", "2047-05-16"), "AU", "en", STARHUNT),
    # Set against most banks', its own: five working days, Monday 16 September.
    ("Unlike most banks, we give every finalist an answer within five working days.",
     "2047-09-09T17:00:00-04:00", ("2047-09-16", "2047-09-16"), "US", "en", ANDERSON),
    # Our firm's usual time: two weeks of the final interview (today), Thursday 17 October.
    ("Our firm typically decides within two weeks of the final interview.",
     "2047-10-03T16:00:00+01:00", ("2047-10-17", "2047-10-17"), "GB", "en", ULSTER),
    # ===================== an answer promised to someone else: no promise
    ("I'll send my shortlist to the client by Friday.",
     "2047-02-12T15:00:00+00:00", None, "GB", "en", ATZCRM),
    ("We'll present the three strongest candidates to the hiring manager next week.",
     "2047-03-07T14:00:00+11:00", None, "AU", "en", ATZCRM),
    ("The panel will submit its recommendation to the board within ten days.",
     "2047-06-19T10:00:00+03:00", None, "KE", "en", KOPACASH),
    ("The selection panel will forward the names of the successful candidates to the President "
     "within two weeks.",
     "2047-01-22T10:00:00+03:00", None, "KE", "en", TENGELE),
    ("Our consultant will give the client feedback on all the interviewees on Monday.",
     "2047-04-17T15:00:00+10:00", None, "AU", "en", ATZCRM),
    ("HR will send the interview scores to the department head by Thursday for sign-off.",
     "2047-07-30T11:00:00+05:30", None, "IN", "en", CLEARTAX),
    # The client's decision passed on to the candidate: Friday 22 February.
    ("I'll have the client's decision to you by Friday.",
     "2047-02-19T15:00:00+00:00", ("2047-02-22", "2047-02-22"), "GB", "en", ATZCRM),
    # Put forward on Monday, the candidate told by Wednesday: Wednesday 13 March.
    ("We'll put your name forward to the hiring manager on Monday and let you know their answer "
     "by Wednesday.",
     "2047-03-07T15:00:00+11:00", ("2047-03-13", "2047-03-13"), "AU", "en", ATZCRM),
    # The recruiter tells the candidate within a week: Wednesday 29 May.
    ("The recruiter will tell you within a week whether the client wants a second interview.",
     "2047-05-22T15:00:00+08:00", ("2047-05-29", "2047-05-29"), "SG", "en", ATZCRM),
    # ===================== the candidate's own window: no promise
    ("If you wish to appeal the decision, you must do so within five working days of being "
     "notified.",
     "2047-03-06T10:00:00+12:00", None, "FJ", "en", FIJIMCS),
    ("Should you be unsuccessful, you may request feedback within 5 calendar days of the notice.",
     "2047-09-12T10:00:00-07:00", None, "CA", "en", BCGOV),
    ("Please accept or decline the offer within three days of receiving it.",
     "2047-04-09T15:00:00-04:00", None, "US", "en", OSUECS),
    ("Kindly upload your certificates and ID copies by Friday so that we can complete your file.",
     "2047-01-29T11:00:00+05:30", None, "IN", "en", CHANNELPLAY),
    ("You have until 10 June to accept the offer in writing.",
     "2047-05-23T11:00:00+05:30", None, "IN", "en", NYAAYA),
    ("Complete the online assessment within 48 hours of this email, please.",
     "2047-08-20T10:00:00+08:00", None, "SG", "en", JOBSPARROW),
    ("Any appeal must be lodged within seven days after the results are published.",
     "2047-10-09T10:00:00+02:00", None, "ZA", "en", PERITUM),
    ("The offer will lapse if we don't hear from you by Wednesday.",
     "2047-06-10T16:00:00-04:00", None, "US", "en", DFARQ),
    # The employer's answer before the candidate's window: five working days past Independence
    # Day (Thursday 15 August), Tuesday 20 August.
    ("You'll hear from us within five working days; after that you have three days to accept "
     "any offer.",
     "2047-08-12T11:00:00+05:30", ("2047-08-20", "2047-08-20"), "IN", "en", CLEARTAX),
    # Contacted by 20 September (a Friday), then a week to accept: Friday 20 September.
    ("Successful candidates will be contacted by 20 September and must accept within a week.",
     "2047-09-03T10:00:00+08:00", ("2047-09-20", "2047-09-20"), "MY", "en", THESUNMY),
    # ===================== "before <holiday>": the last working day before it, to the day
    # St Andrew's Day, Saturday 30 November (Scotland): Friday 29 to Saturday 30 November.
    ("Our Edinburgh panel will let everyone know the outcome before St Andrew's Day.",
     "2047-11-18T15:00:00+00:00", ("2047-11-29", "2047-11-30"), "GB", "en", BLANTYRE),
    ("We're a small team in Aberdeen and will have a decision for you before St Andrew's Day.",
     "2047-11-25T11:00:00+00:00", ("2047-11-29", "2047-11-30"), "GB", "en", LEGISLATION),
    # Ahead of, Glasgow: the same.
    ("The hiring manager in Glasgow hopes to confirm the offer ahead of St Andrew's Day.",
     "2047-11-20T14:00:00+00:00", ("2047-11-29", "2047-11-30"), "GB", "en", GLASGOWTIMES),
    # Bonifacio Day, Saturday 30 November: Friday 29 to Saturday 30 November.
    ("We will announce the successful applicants before Bonifacio Day.",
     "2047-11-20T10:00:00+08:00", ("2047-11-29", "2047-11-30"), "PH", "en", MBPH),
    # National Heroes Day, Monday 26 August: Friday 23 to Monday 26 August.
    ("HR will call you with the result before National Heroes Day.",
     "2047-08-14T10:00:00+08:00", ("2047-08-23", "2047-08-26"), "PH", "en", ZAMBOANGA),
    # Madaraka Day, Saturday 1 June: Friday 31 May to Saturday 1 June.
    ("You'll get our feedback before Madaraka Day.",
     "2047-05-23T10:00:00+03:00", ("2047-05-31", "2047-06-01"), "KE", "en", LISTHOLIDAYS),
    # Mashujaa Day, Sunday 20 October: Friday 18 to Sunday 20 October.
    ("We should be able to share the panel's decision before Mashujaa Day.",
     "2047-10-09T10:00:00+03:00", ("2047-10-18", "2047-10-20"), "KE", "en", NAIROBINEWS),
    # Freedom Day, Saturday 27 April: Friday 26 to Saturday 27 April.
    ("We'll let you know before Freedom Day whether you're through to the next round.",
     "2047-04-17T10:00:00+02:00", ("2047-04-26", "2047-04-27"), "ZA", "en", SOUTHAFRICAN),
    # Youth Day, Sunday 16 June (kept on Monday 17): Friday 14 to Sunday 16 June.
    ("The outcome will be communicated to all candidates before Youth Day.",
     "2047-06-05T10:00:00+02:00", ("2047-06-14", "2047-06-16"), "ZA", "en", LAW101),
    # Day of Reconciliation, Monday 16 December: Friday 13 to Monday 16 December.
    ("We aim to make offers before the Day of Reconciliation.",
     "2047-12-04T10:00:00+02:00", ("2047-12-13", "2047-12-16"), "ZA", "en", SOUTHAFRICAN),
    # Heritage Day, Tuesday 24 September (the day before is a working Monday): 23 to 24 September.
    ("You'll hear from us before Heritage Day.",
     "2047-09-12T10:00:00+02:00", ("2047-09-23", "2047-09-24"), "ZA", "en", LAW101),
    # Founders' Day, Saturday 21 September: Friday 20 to Saturday 21 September.
    ("We will contact the successful candidate before Founders' Day.",
     "2047-09-10T10:00:00+00:00", ("2047-09-20", "2047-09-21"), "GH", "en", PULSEGH),
    # Republic Day, Monday 1 July: Friday 28 June to Monday 1 July.
    ("The management will communicate its decision before Republic Day.",
     "2047-06-19T10:00:00+00:00", ("2047-06-28", "2047-07-01"), "GH", "en", CDRAFRICA),
    # National Day, Saturday 31 August (Malaysia): Friday 30 to Saturday 31 August.
    ("We hope to send out the offer letters before National Day.",
     "2047-08-20T10:00:00+08:00", ("2047-08-30", "2047-08-31"), "MY", "en", LEHLEO),
    # Malaysia Day, Monday 16 September: Friday 13 to Monday 16 September.
    ("You can expect our answer before Malaysia Day.",
     "2047-09-04T10:00:00+08:00", ("2047-09-13", "2047-09-16"), "MY", "en", THESUNMY),
    # St Patrick's Day, Sunday 17 March: Friday 15 to Sunday 17 March.
    ("We'll be in touch with everyone before St Patrick's Day.",
     "2047-03-06T10:00:00+00:00", ("2047-03-15", "2047-03-17"), "IE", "en", QPPSTUDIO),
    # St Brigid's Day, Friday 1 February (the day before is a working Thursday): 31 January to 1
    # February.
    ("We'll have the final decision for you before St Brigid's Day.",
     "2047-01-22T10:00:00+00:00", ("2047-01-31", "2047-02-01"), "IE", "en", FREETOUR),
    # National Day, Friday 9 August (Singapore): Thursday 8 to Friday 9 August.
    ("We will inform you of the outcome before National Day.",
     "2047-07-30T10:00:00+08:00", ("2047-08-08", "2047-08-09"), "SG", "en", EMBJAPANSG),
    # Waitangi Day, Wednesday 6 February: Tuesday 5 to Wednesday 6 February.
    ("We'll let you know before Waitangi Day.",
     "2047-01-29T10:00:00+13:00", ("2047-02-05", "2047-02-06"), "NZ", "en", ESLNEWS),
    # Independence Day, Tuesday 1 October (Nigeria): Monday 30 September to Tuesday 1 October.
    ("We will get back to all shortlisted candidates before Independence Day.",
     "2047-09-20T10:00:00+01:00", ("2047-09-30", "2047-10-01"), "NG", "en", PUNCHNG),
]
