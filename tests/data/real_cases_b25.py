"""Blind batch 25 of the real-material corpus (issue #15, round 25): calendar events only.

Built and labelled by hand on 2026-12-08, before any code ran on it, by two corpus helpers in turn (a
first built 59 events and ran out of time; a second read them and their conventions and added 43),
neither of whom read the detection code, the timeline code or their documentation, or ran the detector,
the detection bench, the weight fit or any test on these cases (only an import check and ruff, plus
``datetime``/``zoneinfo`` and the ``holidays`` package to check offsets, weekdays and public
holidays). Same conventions as ``real_cases.py`` and the b2 to b24 files: each case re-creates, as
Google Calendar would hold it (title, plain description, organiser, guests with display names and
response status, location, conference text), a wording, a process or a situation documented on the
public page cited in its source; names, companies and addresses are invented (company domains look
like real ones; none under a reserved name); the wording is paraphrased, not copied. Public bodies
that cannot be invented keep their real names where the process is theirs (Tonga's Prime Minister's
Office, Lesotho's National Reforms Authority, the Banque de la République d'Haïti, the City of
Windhoek, Nepal's Lok Sewa Aayog, Bizkaia's provincial council and the Basque IVAP; in the second helper's cases Tanzania's
National Museum and RUWASA, Nairobi County, the University of Nairobi's career services and the AGH career centre
in Kraków; their e-mail domains are invented). Every source is
new to the corpus: no URL and no host name cited by an earlier data file in tests/data (checked with
a grep over tests/data/*.py, *.json and *.jsonl for each host before it was used, and again over the
whole list at the end: no collision). Hosts found and left out because already cited include
psc.gov.gh, psc.go.ug, mywage.org, tipshrd, kompasiana, liputan6, fijilive, mmegi, neweralive,
op.gov.gy, govlk, gyanpark, serviciofilipino, marhgil, darwinstheoryrocks, gmanetwork, netwerk24,
nwu.ac.za, sinergija, sputnjik1, lessentiel, fundza, isolezwelesixhosa, joblers, swissinfo, africa24newspaper, sierraloaded and recruitmentmatters. Event ids are
prefixed "b25-" so they stay unique across the corpus.

What it holds: a smaller batch than the ~160 events aimed at (both helpers had well under an hour):
102 events, 56 job interviews (or hiring steps) the owner attends as the candidate and 46
non-interviews; 50 in English (29 interviews; Tonga, Malawi, Lesotho, Botswana, Namibia, Nigeria,
Guyana, Barbados, St Kitts, Nepal, Mauritius, Malaysia, Luxembourg, the United States (Texas), Canada
(Montreal), Tanzania, India (Bengaluru), Ireland (Cork, Limerick) and Kenya) and 52 in eighteen other
languages: Indonesian 4 (3 interviews; Jakarta and Bali), French 4 (2; Haiti), Italian 4 (2; Ticino),
Portuguese 4 (2; Mozambique), Japanese 4 (2; Tokyo), Tagalog 3 (2; Filipinos job hunting in Japan, a
Manila recruiter), Spanish 3 (3; Honduras), Basque 3 (1; Bizkaia), Dutch 3 (2; Flanders), Swedish 3
(1), Czech 3 (2; Prague and Kladno), Korean 3 (2; Seoul area), Shona 2 (1; Harare), Bosnian 2 (1), Arabic 2 (1;
Riyadh), and, as look-alikes only, Polish 3 (Kraków job fairs), German 1 (Luxembourg) and Nepali 1. Scripts other than Latin:
Devanagari (Nepali), Japanese, Hangul, Arabic. 72 cited sources on 71 hosts: a Tongan job seeker's
blog and a Tongan newspaper's vacancy adverts, Malawian, Botswanan and Guyanese job seekers' and
interviewers' blogs (and a Shona job seeker's story, an NGO manager's blog from Nigeria) and letters,
newspapers and news sites (Malawi, Lesotho, Namibia, Guyana, St Kitts, Haiti, Honduras, Luxembourg,
Nepal, a Bosnian town's portal, an Irish business page, a Korean dental trade paper), a Malawian and a
Botswanan youth site, careers advice pages (Botswana, Mauritius, Luxembourg, Indonesia, Bali, Haiti,
the Philippines, Nepal's public service exams, Switzerland, a Swiss telecom's careers blog, a
Caribbean job board, Barbados's labour ministry, a Honduran job board and a psychometric test vendor,
Mozambican job boards, a Flemish career centre and job seekers' site, Japanese career-change sites,
an Irish recruiter's advice, a Polish student magazine), a Filipino community paper in Japan, a Malaysian civil servant's memoir
blog, Basque public employment pages (the Basque Government's youth portal, Bizkaia's provincial
council, Bilbao's employment offer), a Tanzanian page relaying the public service recruitment
secretariat's interview calls, and ATS and HR-system help pages (Workday job aids of a US university
system and a Quebec fund's Workday FAQ, a Swedish bank's Teamtailor guide, a Czech medical careers
site's advice, an Indian ATS's interview scheduling guide, a Saudi HR system's wiki), and job fair and training pages (Nairobi County, a Nairobi VTC
story, the University of Nairobi's career services, a Kraków university's job fair rules, Kraków's
labour and entrepreneurship fair). The owner's own typed
entries are 60 of 102 (59 %, above the 40 % aimed at: the first helper's pages mostly described what a
job seeker notes down, 41 of its 59; the second helper's 43 are 24 invitations and 19 own entries, 20 interviews and 23 not);
the rest are invitations from a ministry's HR office, a city council's HR office, a town council's
HR mailbox, an executive search consultancy, a hotel recruitment consultant with the client's
manager, firms' recruitment mailboxes and HR officers, a fund firm's HR manager, a Ticino firm's
talent team, a Honduran bank's selection team, a Barbados hotel's HR office, an education ministry's
personnel office, an employer's supervisor after an agency referral, a labour agency's regional
office, a university faculty, an NGO's career session, a university's Workday recruiting coordinator,
a fund's talent acquisition mailbox, a public-service recruitment portal's no-reply address, an Indian
firm's talent team (face-to-face and self-booked online rounds, and a panel notice), an Irish agency
consultant with the client's manager, a Mozambican telecom's recruitment team, a Flemish firm's HR
mailbox and a career coach, a Japanese firm's HR and a job site's career adviser, a Swedish bank's
recruiter (Teamtailor) and HR support, a Prague hospital's HR office, a Korean dental
clinic, a Saudi firm's HR, a county's youth office, a training centre, a university's career services,
a university career centre's fair desk and a fair's workshop desk.
Dates fall between Thursday 5 April and Wednesday 16 May 2029, clear of each country's public
holidays as the ``holidays`` package lists them (Tonga's ANZAC Day, Malawi's Labour Day and Kamuzu
Day, Lesotho's and Botswana's Ascension and Labour Day, Namibia's Cassinga Day, Zimbabwe's Independence Day, Indonesia's estimated
Eid al-Adha, Ascension and Islamic New Year, Haiti's Flag Day, Japan's Golden Week, Nepal's
estimated Eid al-Adha on 25 April and new year, Mauritius's Labour Day, Bosnia's Orthodox Easter and
Kurban Bayram, the Basque Country's Easter Monday, Luxembourg's Europe Day, Ticino's Labour Day and Ascension, Barbados's
National Heroes Day, St Kitts's Labour Day, Honduras's Americas Day and Labour Day; and for the second helper's cases Texas's San Jacinto Day,
Tanzania's estimated Eid al-Adha, Union Day and Workers' Day, India's Ambedkar Jayanti, estimated Eid al-Adha,
Mahavir Jayanti and May Day, Ireland's May bank holiday, Mozambique's Workers' Day, Belgium's and Sweden's
Ascension and May Day, Czechia's Labour and Victory Days, Korea's Labour Day and Children's Day substitute,
Saudi Arabia's Eid al-Adha days, Japan's Golden Week, Kenya's Labour Day, Poland's 1 and 3 May). Offsets come from
``zoneinfo`` through ``zat`` (in ``real_cases_b25_intl.py``): Tonga +13:00, Malawi, Lesotho,
Botswana, Namibia and Zimbabwe +02:00, Nigeria +01:00, Jakarta +07:00, Bali and Manila +08:00, Tokyo +09:00, Kathmandu +05:45,
Mauritius +04:00, Guyana, Barbados, St Kitts and Haiti -04:00, Honduras -06:00, Texas -05:00, Montreal
-04:00, Dar es Salaam, Nairobi and Riyadh +03:00, Bengaluru +05:30, Maputo +02:00, Seoul +09:00, Europe on summer
time. Two events fall on a Saturday:
a central bank's written competitive exam and a job fair, both as the pages put them. One event is an all-day block over two days (a
pre-service training for teachers).

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to 24's
docstrings): ``None`` unless the event is a job interview (or a hiring step) that the calendar's
owner attends as the candidate; otherwise the accepted company spellings and exactly the people a
thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or team mailbox
(organiser or guest) are in; the candidate's own addresses, rooms, group addresses, no-reply and
tool mailboxes, declined guests and bots are out; people named without an address are listed by name
as the text gives it (a surname alone stays so), without courtesy or job titles; an executive search
consultant is thanked with the client's panel and the company is the client; the employer's own
written exam is a hiring step; fairs, courses, mock interviews, media interviews, application
deadlines and the owner on a panel are not. Decisions this batch had to make where the earlier files
were silent carry a one-line comment on the case; in short:
- handing in a public service application folder in person before a deadline, checking a provisional
  list of admitted applicants, and updating a spreadsheet of applications are errands around an
  application, not hiring steps (no), like earlier rounds' deadlines;
- a public body's chief executive interview run by an outside consultancy for an authority: the
  authority is the company, the consultancy's recruiter and the panel chair are thanked (yes);
- a labour agency's referral of a registered job seeker to an employer's interview: the employer is
  the company and its sender is thanked (yes); the agency's job-readiness seminar is a course (no);
- an internal promotion interview before a panel is an interview for a post the owner attends as the
  candidate (yes; the owner's own department is the company);
- a Basque language-profile accreditation exam (IVAP) is a certification exam, even though public
  posts require the profile (no); the provincial council's own written "oposizio" test is a hiring
  step (yes);
- a union observer on a council's shortlisting committee, a recruiter screening applicants, and a
  school owner's friend chairing a panel are the hiring side (no); a sit-in demanding stalled
  interviews and a court hearing about a shortlist are not the interview (no);
- a checklist block the evening before an interview and asking former employers for reference letters
  are preparation and errands, not the interview (no);
- a reporter owner's interview of a public service commission's chair is a media interview the owner
  conducts (no).
Decided by the second helper (each commented on its case):
- a public-service recruitment secretariat's interview call sent from its portal's no-reply address: the
  company is the public body the call names (the employer), nobody is thanked (the portal's mailbox is a
  tool address) (yes); the written interview of such a call is a hiring step (yes);
- a candidate's second round booked through the employer's scheduling link arrives from the employer's
  talent mailbox: that mailbox and the panel member are thanked (yes);
- creating an ATS candidate account to follow an application, withdrawing an application, replying with
  possible dates, and collecting originals or experience letters are errands (no);
- a job site's or agency's career-adviser meeting about the owner's wishes, for no named post, is career
  counselling, not an interview for a post (no); the interview it later arranges is (yes);
- an agency consultant's client interview: the client is the company; consultant and client manager are
  thanked (yes, as round 24 labels executive search);
- ATS notices to the owner as interviewer or panel member, the owner's screening or feedback tasks, an
  ATS training for hiring managers, and a recruiter owner phoning applicants to agree dates are the
  hiring side (no).
The English cases are here; the cases in other languages (and ``zat``) are in
``real_cases_b25_intl.py``, split out as round 24's were; ``BLIND25`` holds both.

Still blind: to be scored once, at the end of round 25.
"""

from __future__ import annotations

from typing import Any

from detect_cases import SELF, Case, days, event, guest, org, yes
from real_cases_b25_intl import INTL25, zat

# Zones (IANA names) of the English half.
TBU = "Pacific/Tongatapu"
LLW = "Africa/Blantyre"
MSU = "Africa/Maseru"
GBE = "Africa/Gaborone"
WDH = "Africa/Windhoek"
LUX = "Europe/Luxembourg"
GEO = "America/Guyana"
KTM = "Asia/Kathmandu"
MRU = "Indian/Mauritius"
KUL = "Asia/Kuala_Lumpur"
BGI = "America/Barbados"
SKB = "America/St_Kitts"

ZOOM25 = "\n\nJoin Zoom Meeting\nhttps://us05web.zoom.us/j/87310246655?pwd=Vb7k\nMeeting ID: 873 1024 6655\nPasscode: 510293"

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data file,
# checked with a grep over tests/data for the URL and the host before each was used).
HAFEKASI = "https://www.hafekasiwrites.com/post/you-wanna-live-fancy-you-better-work-bitch-britney-spears-part-i"
MATANGI = "https://matangitonga.to/simpleads/redirect/38646"
NTHAMBAZALE = "http://nthambazale.com/2008/01/on-the-interviewing-pannel-for-the-first-time/"
MWNATION = "https://mwnation.com/ace-them-interviews/"
YESIMALAWI = "https://yesimalawi.wordpress.com/2022/12/16/preparing-and-finding-your-feet-in-the-job-market/"
MENAFN = "https://menafn.com/1100842711/Lesotho-Fight-over-reforms-top-job-The-Post"
INFORMATIVELS = "https://informativenews.co.ls/2023/06/07/former-minister-appointed-chairperson-of-psc/"
MASEGO = "https://masegobw.com/experience-stole-my-dream-job/"
BWYOUTH = "https://www.botswanayouth.com/5-tips-to-land-your-first-job-in-botswna/"
PREMIEREBW = "https://premiere.co.bw/mastering-job-interviews-in-botswana-essential-tips-for-success"
AFROLUTION = "https://afrolutionist.com/2017/06/21/botswana-youth-jobs-fair-2017-review-day-1/"
WINDHOEKCEO = "https://www.we.com.na/news/city-announces-shortlisted-candidates2021-09-16/"
LUXTODAY = "https://luxtoday.lu/en/guide/knowledge/job/how-to-pass-an-interview-for-a"
KAIETEUR = "https://kaieteurnewsonline.com/2011/02/19/inequity-in-employment-within-the-public-sector"
INEWSGY = "https://www.inewsguyana.com/many-job-seekers-fail-at-interviews-labour-ministry/"
BACCHUS = "https://rosalienebacchus.blog/2012/04/01/job-interview-seeking-a-position-in-guyanas-civil-service/"
LOKSEWAAPP = "https://loksewatayariapp.com/blog/appointment-timeline-after-loksewa-aayog-exams-in-nepal"
MAURITIANS = "https://mauritians.com/jobs/how-to-ace-your-job-interview-in-mauritius"
LATESTNEWSBAY = "https://latestnewsbay.com/recruiting-employees-in-mauritius/3394/"
GANA = "https://mynameisgana.blogspot.com/2025/09/promotion-interviews.html"
BBLABOUR = "https://labour.gov.bb/guidance_counseling_interview"
CARIBJOBS = "http://www.caribbeanjobs.com/careers/page/Working-and-Living-in-Barbados.aspx"
NEVISPAGES = ("https://nevispages.com/amp/"
              "prospective-teaching-candidates-participate-in-the-final-phase-of-recruitment-process")
IANADAIR = "http://ianadair.blogspot.com/2010/01/interview.html"
WALVISBAY = "https://www.observer24.com.na/union-accuses-walvis-bay-council-of-tampering-with-job-shortlist"

_TONGA_MALAWI_LESOTHO: list[Case] = [
    # ============================================================ Tonga
    # hafekasiwrites: a Tongan civil servant applied for a private-sector HR post paying more and was
    # interviewed by the firm; the owner's own entry (yes; nobody named)
    (event("Interview – HR Officer @ Vaka Freight & Shipping", organizer=SELF,
           description="Panel of 3? Bring certified transcripts + 2 reference letters.",
           location="Vaka Freight office, Taufa'ahau Rd, Nuku'alofa", **zat("2029-04-17", "10:00", 60, TBU)),
     yes(["Vaka Freight & Shipping", "Vaka Freight"], []), "en", HAFEKASI),
    # hafekasiwrites: public service applications go in as certified hard copies, handed to the ministry's
    # reception before the deadline (an errand around an application, no)
    (event("Hand in PSC application folder (cover letter, CV, certified transcripts, police record)",
           organizer=SELF, location="Ministry reception, Nuku'alofa", **zat("2029-04-19", "15:30", 30, TBU)),
     None, "en", HAFEKASI),
    # matangitonga: the Prime Minister's Office advertises corporate services posts; its HR office invites a
    # shortlisted applicant, the chief secretary's delegate and an HR officer are guests (yes; a public
    # body keeps its name)
    (event("Interview: Executive Officer, Corporate Services Department",
           organizer=org("hr@pmo.gov.to", "PMO Human Resources"),
           guests=[guest("hr@pmo.gov.to", "PMO Human Resources"),
                   guest("losana.taufa@pmo.gov.to", "Losana Taufa"),
                   guest("sione.kupu@pmo.gov.to", "Sione Kupu", "needsAction")],
           description="Malo e lelei. You are shortlisted for the above post. Please come to the St. George "
                       "Government Building, level 2, 15 minutes early with your original documents.",
           location="St. George Government Building, Nuku'alofa", **zat("2029-05-08", "09:30", 45, TBU)),
     yes(["Prime Minister's Office", "Government of Tonga", "PMO"],
         ["hr@pmo.gov.to", "losana.taufa@pmo.gov.to", "sione.kupu@pmo.gov.to"]), "en", MATANGI),
    # ============================================================ Malawi
    # nthambazale: a friend running a private secondary school in Blantyre asks the blogger to chair his
    # teacher interview panel (the owner interviewing, no)
    (event("Chair interview panel – Mtendere Private Secondary (12 teacher applicants)", organizer=SELF,
           location="Mtendere Secondary, Chilomoni, Blantyre", **zat("2029-04-11", "08:30", 420, LLW)),
     None, "en", NTHAMBAZALE),
    # mwnation: an engineer who chairs graduate panels advises to know the employer; a graduate engineer's
    # invitation from an invented Blantyre firm's HR officer, the chair as guest (yes)
    (event("Graduate Engineer Trainee – interview",
           organizer=org("chikondi.banda@shirevalleyelectrical.mw", "Chikondi Banda"),
           guests=[guest("mphatso.gondwe@shirevalleyelectrical.mw", "Eng. Mphatso Gondwe")],
           description="Dear candidate, following your application you have been shortlisted. The panel will "
                       "ask about our company, its projects and the role. Interview lasts about 30 minutes.",
           location="Shire Valley Electrical Ltd, Ginnery Corner, Blantyre", **zat("2029-04-19", "11:00", 30, LLW)),
     yes(["Shire Valley Electrical Ltd", "Shire Valley Electrical"],
         ["chikondi.banda@shirevalleyelectrical.mw", "mphatso.gondwe@shirevalleyelectrical.mw"]), "en", MWNATION),
    # yesimalawi: a youth NGO hosts an online career information session with three panelists on the job
    # market (a webinar, no)
    (event("Mentors Engage: career info session – finding your feet in the job market",
           organizer=org("yesinitiative.mw@gmail.com", "YES Initiative Malawi"),
           guests=[guest("yesinitiative.mw@gmail.com", "YES Initiative Malawi")],
           description="Panelists share tips for students and graduates. Questions to the moderator by DM." + ZOOM25,
           **zat("2029-05-16", "19:00", 90, LLW)),
     None, "en", YESIMALAWI),
    # ============================================================ Lesotho
    # menafn: a reforms authority hired a management institute to run its chief executive recruitment and
    # interviewed candidates; the consultancy's recruiter invites, the panel chair is a guest (yes; the
    # authority is the company, the consultancy's recruiter is thanked with the panel)
    (event("Interview – Chief Executive, National Reforms Authority",
           organizer=org("lineo.mokoena@malotitalent.co.ls", "Lineo Mokoena (Maloti Talent Partners)"),
           guests=[guest("lineo.mokoena@malotitalent.co.ls", "Lineo Mokoena (Maloti Talent Partners)"),
                   guest("ps.secretary@reforms.org.ls", "Thabo Lerotholi")],
           description="Shortlisted candidates will present a 10-minute vision statement, followed by questions "
                       "from the panel.",
           location="Thaba Bosiu Conference Lodge, Maseru, Room 2", **zat("2029-04-18", "14:00", 60, MSU)),
     yes(["National Reforms Authority", "NRA"],
         ["lineo.mokoena@malotitalent.co.ls", "ps.secretary@reforms.org.ls"]), "en", MENAFN),
    # menafn: a candidate left off the shortlist files an urgent court application to stop the recruitment
    # (a court matter, no)
    (event("High Court – urgent application re NRA shortlist (with adv. Nthako)", organizer=SELF,
           location="High Court, Maseru", **zat("2029-04-24", "09:30", 120, MSU)),
     None, "en", MENAFN),
    # informativenews: the public service commission's new chairperson; a reporter owner sets up an interview
    # with her (a media interview the owner gives, no)
    (event("Interview PSC chairperson for feature (recorder, questions)", organizer=SELF,
           location="Moposo House, Kingsway, Maseru", **zat("2029-04-24", "14:00", 45, MSU)),
     None, "en", INFORMATIVELS),
    # hafekasiwrites: the private-sector HR post's second round, the general manager meets the candidate
    # (yes; a first name only, as written)
    (event("2nd interview Vaka Freight – GM Tevita", organizer=SELF,
           location="Vaka Freight office, Nuku'alofa", **zat("2029-05-08", "14:00", 45, TBU)),
     yes(["Vaka Freight & Shipping", "Vaka Freight"], ["Tevita"]), "en", HAFEKASI),
]

_BOTSWANA_NAMIBIA: list[Case] = [
    # ============================================================ Botswana
    # masegobw: a graduate is phoned on a Tuesday evening and scheduled for a Thursday 15:00 interview at her
    # dream company in Gaborone, a panel of four; the owner's own entry (yes; nobody named)
    (event("INTERVIEW!!! Kgalagadi Telecoms – 3pm (leave house 1pm)", organizer=SELF,
           description="Panel interview. Journal, certified copies, ID. Mentor's tips: STAR answers.",
           location="Kgalagadi Telecoms HQ, Plot 50361, Gaborone", **zat("2029-04-26", "15:00", 60, GBE)),
     yes(["Kgalagadi Telecoms"], []), "en", MASEGO),
    # botswanayouth: keep a spreadsheet of where you applied and follow up with HR departments (an errand
    # around applications, no)
    (event("Update job applications spreadsheet + call HR depts to follow up", organizer=SELF,
           **zat("2029-05-03", "09:00", 60, GBE)),
     None, "en", BWYOUTH),
    # premiere.co.bw: tips for Botswana interviews (research the company, ask questions); an HR coordinator's
    # invitation to a mining services firm's panel, two panel members as guests, one declined (yes; the
    # declined guest is left out)
    (event("Interview – Junior Mine Surveyor",
           organizer=org("recruitment@tsodilomining.co.bw", "Tsodilo Mining Services – Recruitment"),
           guests=[guest("recruitment@tsodilomining.co.bw", "Tsodilo Mining Services – Recruitment"),
                   guest("onalenna.seretse@tsodilomining.co.bw", "Onalenna Seretse"),
                   guest("kagiso.molefe@tsodilomining.co.bw", "Kagiso Molefe", "declined")],
           description="Dumela. Thank you for your application. Your interview will be with the Survey Manager. "
                       "Please bring certified copies of your certificates and Omang.",
           location="Tsodilo Mining Services, Unit 4, Plot 127, Gaborone West", **zat("2029-04-25", "10:30", 45, GBE)),
     yes(["Tsodilo Mining Services", "Tsodilo Mining"],
         ["recruitment@tsodilomining.co.bw", "onalenna.seretse@tsodilomining.co.bw"]), "en", PREMIEREBW),
    # afrolutionist: a youth jobs fair with CV writing and interview skills sessions (a fair, no)
    (event("Botswana Youth Jobs Fair – day 1 (CV clinic, interview skills)", organizer=SELF,
           location="Fairgrounds Conference Hall, Gaborone", **zat("2029-05-03", "08:30", 480, GBE)),
     None, "en", AFROLUTION),
    # ============================================================ Namibia
    # we.com.na: a city council shortlists at most five candidates for its chief executive post; the
    # interviews include a public presentation, followed by psychometric tests; the council's HR office
    # invites (yes; a public body keeps its name)
    (event("City of Windhoek – CEO interview and presentation",
           organizer=org("recruitment@windhoekcc.gov.na", "CoW Human Resources"),
           guests=[guest("recruitment@windhoekcc.gov.na", "CoW Human Resources")],
           description="You have been shortlisted. Please prepare a 20-minute presentation on your strategic vision "
                       "for the city. Psychometric assessments follow on a date to be confirmed.",
           location="Council Chambers, Independence Avenue, Windhoek", **zat("2029-04-12", "09:00", 90, WDH)),
     yes(["City of Windhoek", "Municipal Council of Windhoek", "CoW"], ["recruitment@windhoekcc.gov.na"]),
     "en", WINDHOEKCEO),
    # we.com.na: the psychometric tests that follow the interviews are the employer's own tests (yes;
    # nobody to thank: a one-way test the owner blocked time for)
    (event("CoW psychometric tests (online, 2 hrs)", organizer=SELF, **zat("2029-05-09", "09:00", 120, WDH)),
     yes(["City of Windhoek", "Municipal Council of Windhoek", "CoW"], []), "en", WINDHOEKCEO),
    # observer24: a union's observers sit on a town council's shortlisting committee; the owner is one of them
    # (the hiring side, no)
    (event("Shortlisting committee – GM HR post (NAPWU observer)",
           organizer=org("hr@walvisbaytc.gov.na", "Walvis Bay TC – HR"),
           guests=[guest("hr@walvisbaytc.gov.na", "Walvis Bay TC – HR")],
           location="Civic Centre, Walvis Bay", **zat("2029-04-13", "10:00", 180, WDH)),
     None, "en", WALVISBAY),
    # ianadair: an NGO's outgoing finance coordinator shortlists four applicants for a finance admin assistant
    # and interviews them with her successor (the owner interviewing, no)
    (event("Interviews: Finance Admin Assistant shortlist (4) – with Lene", organizer=SELF,
           guests=[guest("lene.h@medaidnigeria.org", "Lene Holm")],
           location="Abuja office, meeting room", **zat("2029-05-09", "10:00", 240, "Africa/Lagos")),
     None, "en", IANADAIR),
    # ============================================================ Luxembourg
    # luxtoday: the first of four or five rounds is a phone interview of about 20 minutes with the company's
    # HR manager, to filter candidates; her invitation (yes; she is thanked)
    (event("Phone interview – Fund Accountant (Moselle Fund Services)",
           organizer=org("claire.weber@mosellefunds.lu", "Claire Weber"),
           description="Dear candidate, thank you for your application. I will call you on the number in your CV "
                       "for a first conversation of about 20 minutes.",
           **zat("2029-05-15", "11:00", 20, LUX)),
     yes(["Moselle Fund Services"], ["claire.weber@mosellefunds.lu"]), "en", LUXTODAY),
]

_GUYANA_NEPAL_MAURITIUS_MALAYSIA: list[Case] = [
    # ============================================================ Guyana
    # kaieteurnews: a former management trainee is told by the programme's coordinator of an assistant hospital
    # administrator opening at a regional hospital, applies and is interviewed; the owner's entry (yes; nobody
    # named)
    (event("Interview – Asst. Hospital Administrator, Region 5 RHA", organizer=SELF,
           description="Bring UG transcript, trainee programme certificate, 2 refs.",
           location="Regional Health Authority office, Fort Wellington, West Coast Berbice",
           **zat("2029-04-10", "10:00", 45, GEO)),
     yes(["Regional Health Authority, Region Five", "Region 5 RHA", "RHA"], []), "en", KAIETEUR),
    # inewsguyana: the labour ministry's recruitment agency runs job-readiness seminars before referring
    # registered job seekers to employers (a course, no)
    (event("CRMA job readiness seminar (how to answer interview questions)",
           organizer=org("crma.region5@labour.gov.gy", "CRMA Region 5"),
           guests=[guest("crma.region5@labour.gov.gy", "CRMA Region 5")],
           location="Regional Democratic Council boardroom, Fort Wellington", **zat("2029-04-19", "09:00", 180, GEO)),
     None, "en", INEWSGY),
    # inewsguyana: once a registered job seeker matches an employer's request, the agency refers her for an
    # interview; the employer's supervisor sends the invitation (yes; the employer is the company, its
    # supervisor is thanked; the agency is not on the invitation)
    (event("Interview (CRMA referral) – Stores Clerk",
           organizer=org("supervisor@berbicerice.gy", "Devika Ramsaroop"),
           description="Referred by CRMA. Please bring your CRMA referral slip and ID card.",
           location="Berbice Rice Millers Inc., No. 19 Village, Corentyne", **zat("2029-05-02", "13:00", 30, GEO)),
     yes(["Berbice Rice Millers Inc.", "Berbice Rice Millers"], ["supervisor@berbicerice.gy"]), "en", INEWSGY),
    # rosalienebacchus: a university head of department recommends a graduate to a new planning commission and
    # arranges the interview, before four interviewers; the owner's entry (yes; the professor who arranged it
    # is not an interviewer and is left out)
    (event("Job interview – National Planning Commission (arranged by Prof. Narine)", organizer=SELF,
           location="National Planning Commission, Main Street, Georgetown", **zat("2029-04-10", "14:00", 60, GEO)),
     yes(["National Planning Commission", "NPC"], []), "en", BACCHUS),
    # ============================================================ Nepal
    # loksewatayariapp: after the written exam, non-gazetted candidates sit a computer skill test and then an
    # interview before the commission's merit list; the owner's entries for both (a public service
    # commission's steps that fill posts, yes; nobody named)
    (event("Lok Sewa – Nayab Subba computer skill test", organizer=SELF,
           description="Admit card + citizenship. Typing speed (Nepali + English), MS Office.",
           location="Lok Sewa Aayog, Anamnagar, Kathmandu", **zat("2029-04-17", "10:00", 60, KTM)),
     yes(["Lok Sewa Aayog", "Public Service Commission", "PSC Nepal"], []), "en", LOKSEWAAPP),
    (event("Lok Sewa interview – Nayab Subba (final stage)", organizer=SELF,
           location="Lok Sewa Aayog, Anamnagar, Kathmandu", **zat("2029-05-03", "11:00", 30, KTM)),
     yes(["Lok Sewa Aayog", "Public Service Commission", "PSC Nepal"], []), "en", LOKSEWAAPP),
    # ============================================================ Mauritius
    # mauritians.com: interviews in the ICT sector, where bilingual candidates stand out; an HR manager invites
    # to a face-to-face interview with the team lead as guest (yes)
    (event("Interview – Junior .NET Developer | Lagon Digital",
           organizer=org("talent@lagondigital.mu", "Lagon Digital Talent"),
           guests=[guest("talent@lagondigital.mu", "Lagon Digital Talent"),
                   guest("kevin.ramdin@lagondigital.mu", "Kevin Ramdin")],
           description="Bonjour, we are pleased to invite you to an interview in English and French, with a short "
                       "technical discussion with our team lead.",
           location="Lagon Digital, Ebène Cybercity, Tower 2, 5th floor", **zat("2029-04-26", "14:30", 60, MRU)),
     yes(["Lagon Digital"], ["talent@lagondigital.mu", "kevin.ramdin@lagondigital.mu"]), "en", MAURITIANS),
    # latestnewsbay: a recruitment consultant screens profiles for an employer's vacancy and arranges the
    # interview; the consultant's invitation names the client (yes; the client is the company, the consultant
    # is thanked with the client's manager)
    (event("Client interview: Front Office Supervisor – Baie Bleue Resort",
           organizer=org("anouchka@ilerecruit.mu", "Anouchka Lamarque – Île Recruit"),
           guests=[guest("anouchka@ilerecruit.mu", "Anouchka Lamarque – Île Recruit"),
                   guest("rooms.division@baiebleueresort.mu", "Yannick Perrine")],
           description="Following our call, the hotel would like to meet you. Interview with the Rooms Division "
                       "Manager. Please confirm by return.",
           location="Baie Bleue Resort, Bel Ombre", **zat("2029-05-08", "10:00", 45, MRU)),
     yes(["Baie Bleue Resort", "Baie Bleue"],
         ["anouchka@ilerecruit.mu", "rooms.division@baiebleueresort.mu"]), "en", LATESTNEWSBAY),
    # ============================================================ Malaysia
    # mynameisgana: promotion interviews in government agencies, with a Public Services Department
    # representative on the panel; an internal promotion interview is an interview for a post that the owner
    # attends as the candidate (yes; the owner's own department is the company; nobody named)
    (event("Promotion interview Gred 3 -> 2 (tie will do)", organizer=SELF,
           description="Panel incl. JPA rep. Revise the department's 5-year plan.",
           location="Jabatan Saliran Negeri, Shah Alam, bilik mesyuarat 2", **zat("2029-05-02", "10:00", 30, KUL)),
     yes(["Jabatan Saliran Negeri"], []), "en", GANA),
]

_CARIBBEAN: list[Case] = [
    # labour.gov.bb: the labour ministry's advice once called to a face-to-face interview: know the location and
    # exactly who you are to meet; the owner's entry names her (yes; a surname alone stays so)
    (event("Face-to-face interview – Accounts Clerk, Harbour Freight Ltd (ask for Ms. Greaves)", organizer=SELF,
           description="Route: ZR van to Bridgetown, 40 min. Park at Cheapside if driving.",
           location="Harbour Freight Ltd, Princess Alice Highway, Bridgetown", **zat("2029-04-24", "10:00", 45, BGI)),
     yes(["Harbour Freight Ltd", "Harbour Freight"], ["Greaves"]), "en", BBLABOUR),
    # caribbeanjobs: most hospitality jobs are on the south and west coasts and hinge on face-to-face interviews;
    # a west coast hotel's HR coordinator invites (yes)
    (event("Interview: Guest Services Agent – Sandy Cove Hotel",
           organizer=org("hr@sandycovehotel.bb", "Sandy Cove Hotel HR"),
           guests=[guest("hr@sandycovehotel.bb", "Sandy Cove Hotel HR"),
                   guest("fom@sandycovehotel.bb", "Front Office Manager", "tentative")],
           description="Please report to the front desk and ask for Human Resources.",
           location="Sandy Cove Hotel, Highway 1, St. James", **zat("2029-05-09", "14:00", 45, BGI)),
     yes(["Sandy Cove Hotel"], ["hr@sandycovehotel.bb", "fom@sandycovehotel.bb"]), "en", CARIBJOBS),
    # nevispages: prospective teachers invited to the education ministry's pre-service training, then to
    # interviews with a panel of retired and current educators, the final step before selection; the
    # ministry's personnel office invites (yes; a public body keeps its name)
    (event("Prospective Teachers Interview – Ministry of Education",
           organizer=org("personnel.moe@gov.kn", "MOE Personnel Office"),
           guests=[guest("personnel.moe@gov.kn", "MOE Personnel Office")],
           description="Interview session for participants of the pre-service programme. Panel of educators. "
                       "Bring your certificates and national ID.",
           location="Ministry of Education conference room, Church Street, Basseterre", **zat("2029-05-03", "10:30", 30, SKB)),
     yes(["Ministry of Education", "St. Kitts and Nevis Ministry of Education"], ["personnel.moe@gov.kn"]),
     "en", NEVISPAGES),
    # nevispages: the pre-service ceremony and training before the interviews (a course, no)
    (days(event("Pre-service training for prospective teachers (MOE)", organizer=SELF,
                location="Basseterre High School auditorium"), "2029-04-30", "2029-05-02"),
     None, "en", NEVISPAGES),
]

# ---------------------------------------------------------------- second helper's additions
# (US, Canada, Tanzania, India, Ireland, Kenya: ATS, agency invitations from Workday and a public-service recruitment portal)
CHI = "America/Chicago"
YUL = "America/Toronto"
DAR = "Africa/Dar_es_Salaam"
BLR = "Asia/Kolkata"
DUB = "Europe/Dublin"
NBO = "Africa/Nairobi"

TAMUSWD = "https://it.tamus.edu/workdayservices/training/job_aid/Job-Application-Process/"
TAMUSMGR = "https://it.tamus.edu/workdayservices/training/job_aid/job-application-process-manager/"
FONDSFTQ = "https://www.fondsftq.com/en/carriere/faq/navigation-plateforme-de-recrutement.aspx"
WORKWISELY = "https://helpdesk.workwisely.ai/portal/en/kb/articles/how-to-schedule-interviews"
IRISHEXAMINER = "https://www.irishexaminer.com/business/arid-30971233.html"
LACREME = "https://www.lacreme.ie/article/are-you-new-interviewing-process"
NAIROBICOUNTY = ("https://nairobi.go.ke/"
                 "nairobi-county-hosts-2nd-mega-job-fair-to-enhance-skills-development-and-job-market-linkages")
WRITEAFRICA = "https://writeafrica.siasaplace.com/connecting-youths-to-jobs-in-nairobi/"
UONCAREERS = "http://careerservices.uonbi.ac.ke/2023/06/23/uon-university-of-kent-collaboration"
MAVUSU = "https://www.mavusu.com/2026/01/names-called-for-interview-09012026.html"

_US_CANADA_TANZANIA_INDIA_IRELAND_KENYA: list[Case] = [
    # ============================================================ United States (Texas)
    # tamus job aid: the recruiting coordinator moves a candidate to the Interview stage in Workday and
    # schedules it; the invitation comes from the coordinator with the hiring manager as guest (yes)
    (event("Interview – Research Administrator II (R-0041877)",
           organizer=org("kwalsh@brazosstate-univ.edu", "Kayla Walsh"),
           guests=[guest("kwalsh@brazosstate-univ.edu", "Kayla Walsh"),
                   guest("dmontoya@brazosstate-univ.edu", "Daniel Montoya")],
           description="Hi, thanks for your interest in the Research Administrator II position. This confirms "
                       "your interview with the Office of Sponsored Research. Please check in at the front desk "
                       "of the Engineering Annex, room 214.\n\nRecruiting Coordinator, Human Resources",
           location="Engineering Annex 214, Brazos State University", **zat("2029-04-12", "13:30", 60, CHI)),
     yes(["Brazos State University", "Brazos State"],
         ["kwalsh@brazosstate-univ.edu", "dmontoya@brazosstate-univ.edu"]), "en", TAMUSWD),
    # tamus job aid: a later stage, a second interview with the department head scheduled the same way (yes)
    (event("2nd interview: Research Administrator II – Dr. Ellen Fischer",
           organizer=org("kwalsh@brazosstate-univ.edu", "Kayla Walsh"),
           guests=[guest("efischer@brazosstate-univ.edu", "Ellen Fischer"),
                   guest("dmontoya@brazosstate-univ.edu", "Daniel Montoya", "declined")],
           description="Join with Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Zk3N2\n"
                       "Meeting ID: 245 611 873 09\nPasscode: q7Bn3T",
           **zat("2029-04-24", "09:00", 45, CHI)),
     yes(["Brazos State University", "Brazos State"],
         ["kwalsh@brazosstate-univ.edu", "efischer@brazosstate-univ.edu"]), "en", TAMUSWD),
    # tamus manager job aid: the owner is a hiring manager; the coordinator invites them to interview a
    # candidate (the owner interviewing, no)
    (event("Interview: Marcus Bell – Lab Coordinator (you are the interviewer)",
           organizer=org("kwalsh@brazosstate-univ.edu", "Kayla Walsh"),
           guests=[guest("kwalsh@brazosstate-univ.edu", "Kayla Walsh")],
           description="Candidate resume and interview questions are in your Workday inbox. Please submit "
                       "feedback in Workday right after the interview so we can move the candidate forward.",
           location="Biology Bldg 118", **zat("2029-04-17", "10:00", 45, CHI)),
     None, "en", TAMUSMGR),
    # tamus manager job aid: the manager's own block to screen applicants in the Workday grid (no)
    (event("Screen applicants in Workday grid (Lab Coordinator req)", organizer=SELF,
           **zat("2029-04-10", "15:00", 60, CHI)),
     None, "en", TAMUSMGR),
    # ============================================================ Canada (Montreal)
    # fondsftq: after applying on the fund's Workday platform the candidate creates an account to follow the
    # status of the application (an errand around an application, no)
    (event("Sign in to Workday candidate account – check status of the analyst application", organizer=SELF,
           **zat("2029-04-05", "20:00", 20, YUL)),
     None, "en", FONDSFTQ),
    # fondsftq: an investment fund's talent acquisition advisor invites a shortlisted applicant; a portfolio
    # manager is on the panel (yes)
    (event("Interview – Investment Analyst, Private Equity | Fonds Laurentides",
           organizer=org("talent@fondslaurentides.ca", "Talent Acquisition – Fonds Laurentides"),
           guests=[guest("genevieve.pare@fondslaurentides.ca", "Geneviève Paré"),
                   guest("olivier.nadeau@fondslaurentides.ca", "Olivier Nadeau", "tentative")],
           description="Hello, further to your application submitted through our recruitment platform, we are "
                       "pleased to invite you to a first interview. The meeting may be held partly in French.",
           location="545 boul. Crémazie Est, 12e étage, Montréal", **zat("2029-04-18", "14:00", 60, YUL)),
     yes(["Fonds Laurentides"], ["talent@fondslaurentides.ca", "genevieve.pare@fondslaurentides.ca",
                                 "olivier.nadeau@fondslaurentides.ca"]), "en", FONDSFTQ),
    # fondsftq: withdrawing from another application in the candidate account (an errand, no)
    (event("Withdraw my application for the HR advisor job (Workday > Profile)", organizer=SELF,
           **zat("2029-04-19", "08:15", 15, YUL)),
     None, "en", FONDSFTQ),
    # ============================================================ Tanzania
    # mavusu: the public service recruitment secretariat calls applicants to interviews on behalf of public
    # bodies; the call comes from the portal's no-reply address (yes; the employer is the public body named,
    # nobody to thank: the portal's mailbox is out)
    (event("Interview call: Assistant Curator II – National Museum of Tanzania",
           organizer=org("no-reply@ajira.go.tz", "Ajira Portal"),
           description="You are invited to attend the interview on the date, time and venue indicated. Bring "
                       "original certificates, birth certificate and identification. Testimonials and "
                       "provisional results will not be accepted. Failure to appear is taken as withdrawal.",
           location="National Museum, Shaaban Robert St, Dar es Salaam", **zat("2029-05-08", "08:00", 240, DAR)),
     yes(["National Museum of Tanzania", "National Museums of Tanzania"], []), "en", MAVUSU),
    # mavusu: the owner's own entry for a written interview for a water agency post (yes)
    (event("RUWASA written interview (Technician II) – bring invitation letter + NIDA ID", organizer=SELF,
           location="University of Dodoma, Chimwaga hall", **zat("2029-04-16", "07:30", 180, DAR)),
     yes(["RUWASA", "Rural Water Supply and Sanitation Agency"], []), "en", MAVUSU),
    # mavusu: getting work experience letters stamped before the interview (an errand, no)
    (event("Collect experience letter from former employer (stamped, original)", organizer=SELF,
           location="Kariakoo, Dar es Salaam", **zat("2029-05-04", "10:00", 60, DAR)),
     None, "en", MAVUSU),
    # ============================================================ India (Bengaluru)
    # workwisely: a shortlisted candidate gets a face-to-face interview email with the venue's map link and the
    # panel members; sent from the employer's recruitment address (yes)
    (event("Face to Face Interview – Round 1 | Senior QA Engineer",
           organizer=org("careers@nimbuscart.in", "NimbusCart Talent Team"),
           guests=[guest("careers@nimbuscart.in", "NimbusCart Talent Team"),
                   guest("shruti.rao@nimbuscart.in", "Shruti Rao"),
                   guest("vikram.iyer@nimbuscart.in", "Vikram Iyer")],
           description="Dear Candidate, you have been shortlisted for Round 1. Venue: NimbusCart, 4th floor, "
                       "Prestige Tech Park, Marathahalli. Map: https://maps.app.goo.gl/Vq3pTn8aXc\n"
                       "Please carry a government ID and report at the reception 15 minutes early.",
           location="Prestige Tech Park, Marathahalli, Bengaluru", **zat("2029-04-18", "11:00", 60, BLR)),
     yes(["NimbusCart"], ["careers@nimbuscart.in", "shruti.rao@nimbuscart.in", "vikram.iyer@nimbuscart.in"]),
     "en", WORKWISELY),
    # workwisely: the candidate picks a slot for the online round from the calendar link; the booked event
    # blocks the panel member's calendar (yes)
    (event("Online Interview – Round 2 (Teams) – Senior QA Engineer",
           organizer=org("careers@nimbuscart.in", "NimbusCart Talent Team"),
           guests=[guest("arjun.menon@nimbuscart.in", "Arjun Menon")],
           description="Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nc81\n"
                       "Meeting ID: 418 220 955 117  Passcode: 7hKq2B",
           **zat("2029-05-02", "15:30", 45, BLR)),
     yes(["NimbusCart"], ["careers@nimbuscart.in", "arjun.menon@nimbuscart.in"]), "en", WORKWISELY),
    # workwisely: the panel member's notification of an interview they conduct (the owner interviewing, no)
    (event("Panel: Round 1 interview – Rohan Mehta (Data Analyst)",
           organizer=org("careers@nimbuscart.in", "NimbusCart Talent Team"),
           guests=[guest("careers@nimbuscart.in", "NimbusCart Talent Team")],
           description="You have been assigned as a panel member. Candidate profile and feedback form are in the "
                       "portal.",
           location="Meeting room Kaveri, 4th floor", **zat("2029-05-09", "10:00", 45, BLR)),
     None, "en", WORKWISELY),
    # ============================================================ Ireland (Cork, Limerick)
    # irishexaminer: a Cork recruitment firm fills permanent finance and multilingual shared-services posts;
    # the agency consultant sends the client interview with the client's finance manager (yes; the company is
    # the client, the consultant and the client's manager are thanked)
    (event("Client interview: Accounts Payable Specialist (German speaker) – Corrib Shared Services",
           organizer=org("aoife.lynch@munsterexecutive.ie", "Aoife Lynch"),
           guests=[guest("aoife.lynch@munsterexecutive.ie", "Aoife Lynch"),
                   guest("p.ocallaghan@corribshared.ie", "Paul O'Callaghan")],
           description="Hi, delighted to confirm your interview with Paul (Finance Manager). Part of it will be "
                       "in German. Ring me straight after so I can pass on your feedback.",
           location="Corrib Shared Services, Penrose Dock, Cork", **zat("2029-04-26", "11:30", 60, DUB)),
     yes(["Corrib Shared Services", "Corrib"], ["aoife.lynch@munsterexecutive.ie", "p.ocallaghan@corribshared.ie"]),
     "en", IRISHEXAMINER),
    # lacreme: a recruiter's do's and don'ts for managers new to interviewing; the owner interviews a temp
    # candidate the agency sent (the owner interviewing, no)
    (event("Interview office support temp (from agency) – read CV beforehand, feedback to recruiter same day",
           organizer=SELF, location="Meeting room 2, Dock Road office, Limerick",
           **zat("2029-05-10", "14:00", 45, DUB)),
     None, "en", LACREME),
    # ============================================================ Kenya (Nairobi)
    # nairobi.go.ke: the county hosts a mega job fair at a vocational training centre with employers and
    # showcases; the county's youth office sends the invitation (a fair, no)
    (event("Nairobi County Mega Job Fair – Kiwanja VTC",
           organizer=org("youth.skills@nairobicounty-talent.ke", "Talent & Skills Directorate"),
           guests=[guest("youth.skills@nairobicounty-talent.ke", "Talent & Skills Directorate")],
           description="Bring copies of your CV and certificates. Employers from hospitality, construction and "
                       "health will be on site. Free entry.",
           location="Kiwanja Vocational Training Centre, Nairobi", **zat("2029-04-27", "09:00", 420, NBO)),
     None, "en", NAIROBICOUNTY),
    # writeafrica: VTC job fairs run workshops and seminars on employer expectations (a workshop, no)
    (event("Workshop: what employers expect – VTC job week",
           organizer=org("dandora.vtc@gmail.com", "Dandora Greenlight VTC"),
           guests=[guest("dandora.vtc@gmail.com", "Dandora Greenlight VTC")],
           location="Dandora Greenlight VTC hall", **zat("2029-05-15", "14:00", 120, NBO)),
     None, "en", WRITEAFRICA),
    # careerservices.uonbi: the university's career services run employability skills training (a course, no)
    (event("Employability Skills Training – Career Services",
           organizer=org("careers.office@uon-careers.ac.ke", "Career Services Office"),
           guests=[guest("careers.office@uon-careers.ac.ke", "Career Services Office")],
           description="Sessions on CVs, interviews and workplace skills. Register with your student number.",
           location="Parklands campus, Lecture Theatre 2", **zat("2029-04-19", "10:00", 180, NBO)),
     None, "en", UONCAREERS),
]

ENGLISH25: list[Case] = [*_CARIBBEAN, *_US_CANADA_TANZANIA_INDIA_IRELAND_KENYA, *_TONGA_MALAWI_LESOTHO, *_BOTSWANA_NAMIBIA, *_GUYANA_NEPAL_MAURITIUS_MALAYSIA]


def _tagged(case: Case) -> Case:
    """The case with its event id (and iCalUID) prefixed "b25-", so ids stay unique across the corpus."""
    e = case[0]
    e["id"] = "b25-" + e["id"][:22]
    e["iCalUID"] = e["id"] + "@google.com"
    return case


BLIND25: list[tuple[dict[str, Any], Any, str, str]] = [_tagged(case) for case in (*ENGLISH25, *INTL25)]

_ids = [case[0]["id"] for case in BLIND25]
assert len(_ids) == len(set(_ids)), "two cases share an id"
