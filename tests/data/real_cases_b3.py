"""Blind batch 3 of the real-material corpus (issue #15, round 3): calendar events only.

Built and labelled on 2026-12-05 before the detector ran on any of it, after round 2's blind
batch (``real_cases_b2.py``) had been scored and moved to tuning. Same conventions as
``real_cases.py`` and ``real_cases_b2.py``: each case re-creates, as Google Calendar would hold
it (title, plain or HTML description, organiser, guests with display names, room resources,
hidden guest lists, location, conference text), wording documented on the public page cited in
its source; names, companies and addresses are invented; the wording is paraphrased, not copied.

Labels say what a careful user would want: ``None`` unless the event is a job interview (or a
hiring step such as an assessment day) that the calendar's owner attends as the candidate;
otherwise the accepted company spellings and exactly the people a thank-you should go to. As in
the earlier batches: interviewers and the hiring side's recruiter, coordinator or team mailbox
(organiser or guest) are in; the candidate's own address, rooms and other resources, group
calendars, no-reply and tool mailboxes (scheduling@, Bookings, ATS notification senders),
declined guests and chat bots are out; people a schedule names without an address are listed by
name; addresses that appear only in the description count; an agency's recruiter is thanked
with the client's interviewers and the company is the client (unless the role is not named, then
the agency). Cases where the earlier files were silent carry a one-line comment.

Scored once, at the end of round 3, for docs/detection.md and the README.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, room, yes

# Sources (found with the project's search tool, pages and docs corpora).
WORKABLE = "https://help.workable.com/hc/en-us/articles/115013135088-Scheduling-events-overview"
WORKABLE_SELF = "https://help.workable.com/hc/en-us/articles/360007483594-Self-scheduled-events"
WORKABLE_AVAIL = "https://help.workable.com/hc/en-us/articles/9005411652503-Setting-your-interview-availability"
TEAMTAILOR = "https://support.teamtailor.com/en/articles/8355597-book-a-meeting"
HACKERRANK = "https://support.hackerrank.com/hc/en-us/articles/115005852347-Scheduling-an-interview"
CODESIGNAL = "https://support.codesignal.com/hc/en-us/articles/360045426814-Inviting-interviewers-and-candidates-to-interview-sessions"
CODESIGNAL_PREP = "https://support.codesignal.com/hc/en-us/articles/360045984353-CodeSignal-Interview-requirements-best-practices"
PARADOX = "https://asynchronousinterview.com/paradox-olivia-candidate-guide"
INDEED = "https://www.indeed.com/hire/resources/howtohub/screening-and-scheduling-automation"
ORACLE = "https://hcmblog.insightful-bytes.com/blog/hiring_team_managed_interviews1"
TALEO = "https://docs.oracle.com/en/cloud/saas/taleo-enterprise/23d/otfru/t-scheduleinterview.html"
SAP_SF = "https://userapps.support.sap.com/sap/support/knowledge/en/2293442"
SAGE = ("https://help-people.sage.com/Content/SP_Talent_Acq/Interview%20Scheduler/"
        "SP_TalaentAcq_InterviewScheduler_Overview.htm")
SNOW_TPL = ("https://raw.githubusercontent.com/ServiceNow/ServiceNowDocs/australia/markdown/"
            "employee-service-management/interview-management/create-interview-email-template.md")
SNOW_ER = ("https://raw.githubusercontent.com/ServiceNow/ServiceNowDocs/australia/markdown/"
           "employee-service-management/hr-service-delivery/using-interview-management.md")
DOVER = "https://help.dover.com/en/articles/6383835-dover-scheduling-candidate-experience"
DOVER_SENDS = "https://help.dover.com/en/articles/6336177-what-does-dover-send-to-approved-candidates"
JSQ = "https://sites.google.com/junipersquare.com/interviewingatjsq/how-to-prepare"
HANDSHAKE_OCI = ("https://support.joinhandshake.com/hc/en-gb/articles/"
                 "1500012016081-On-Campus-Interviews-Selecting-Changing-A-Time")
UK_CS = "https://www.civil-service-careers.gov.uk/a-guide-to-civil-service-success-profiles/"
TARGETJOBS = ("https://targetjobs.co.uk/careers-advice/interviews-and-assessment-centres/"
              "graduates-guide-assessment-centres")
BACHRACH = "https://bachrachgroup.com/2018/10/16/how-to-prep-candidates/"
TAPTALENT = "https://taptalent.ai/hr-email-templates/interview-reminder"
RADANCY = ("https://screeningandscheduling.support.radancy.net/hc/en-us/articles/"
           "45175089071891-Scheduling-Guide-For-Hiring-Managers")
PRELUDE = "https://www.prelude.co/library/use-this-template-for-your-next-interview-confirmation-email"
CALCOM = "https://cal.com/cri.works/interview.md"
WEBFX_INFO = "https://pastebin.com/tFVjF9rY"
SF_ICS = "https://pastebin.com/Q1PejWP8"
TEZLOM = ("https://www.tezlomacademy.com/courses/candidate-client-interview/lessons/"
          "check-in-with-the-candidate-and-keeping-the-client-up-to-date")
PRESCREEN = "https://prescreen.io/en/templates/email-templates-confirming-interview/"
RAKUNA = "https://help.rakuna.co/en/articles/2487779-invite-candidates"
DE_PERSONIO_ICS = ("https://support.personio.de/hc/de/articles/"
                   "360000883057-Interview-Termine-ohne-Kalenderintegration-planen")
DE_PERSONIO_LINK = "https://support.personio.de/hc/de/articles/4486092226973-Smarte-Interviewplanung"
DE_LKWF = "https://www.lkwf.de/Verwaltung/Karriere/Bewerbungsprozess/?La=1&NavID=175.247"
AT_HEARING = "http://www.stadthalle.villach.at/stadt-service/unternehmen/personalauswahlverfahren"
DE_JOBCENTER = "https://buergergeld-hilfe.org/ratgeber/behoerdenkommunikation/erster-termin"
DE_SAMMEL = ("https://www.gegen-hartz.de/news/"
             "wie-bei-hartz-iv-jobcenter-laden-wieder-brgergeld-bezieher-zu-sammelveranstaltungen-ein")
DE_BESICHT = "https://besichtigungstermine.com/de/wohnung/wohnungsbesichtigung-durchfuehren"
FR_TALENTVIEW = "https://intercom.help/talentview-help/fr/articles/5952039-invitation-a-un-evenement-par-mail"
FR_PERSONIO = ("https://support.personio.de/hc/fr/articles/"
               "4407808203409-Envoyer-une-invitation-%C3%A0-un-entretien-aux-candidats")
FR_TECH = "https://blog-recruteur.com/5-exemples-de-mails-pour-inviter-un-candidat-a-une-entrevue-technique"
FR_JOIN = "https://join.stonly.com/kb/guide/fr/email-messaging-pQWNWWszw1/Steps/4316057"
FR_EP = "https://javelo.io/fr/blog/convocation-entretien-professionnel"
ES_FACTORIAL = "https://factorial.helpjuice.com/es_MX/how-to-schedule-interviews"
ES_TALIVO = "https://www.talivo.mx/help/automatizacion/acciones-calendario"
ES_EURES = "https://eures.europa.eu/how-organise-successful-online-job-interview-2021-07-15_es"
PT_GEEK = ("https://geekhunter.freshdesk.com/support/solutions/articles/"
           "9000152949-como-agendar-entrevistas-atrav%C3%A9s-da-geekhunter-")
PT_ALURA = ("https://cursos.alura.com.br/forum/"
            "topico-automatizando-entrevistas-no-rh-com-pensamento-computacional-530246")
PT_MED = "https://blog.apolo.app/mensagem-para-confirmar-consulta-no-whatsapp-guia-pratico-para-clinicas"
PT_PSY = ("https://s3.ca-east-006.backblazeb2.com/navega-mais/saude-mental/"
          "lembrete-consulta-psicologos-reduza-faltas-e-garanta-lgpd.html")
NL_HUNZE = "https://www.hunzeenaas.nl/werkenbij/Paginas/Procedure.aspx"
NL_FUNC = ("https://www.hetfunctioneringsgesprek.nl/"
           "een-functioneringsgesprek-voorbereiden-gespreksuitnodiging-werknemers/")
IT_CONV = "https://lavoro.farmaciavirtuale.it/2017/03/29/assunzioni-in-azienda-come-convocare-i-candidati/"
IT_AI = ("https://skillplanet.com/it/perche-skillplanet/"
         "modelli-di-email-con-le-migliori-pratiche-per-invitare-i-candidati")
IT_SCUOLA = "https://iscsolecanta.edu.it/comunicazioni/"
JA_SCHEDULE = "https://saiyo-salon.jp/knowhow/interview-schedule-mail"
JA_WANTEDLY = "https://wantedly.com/hiringeek/recruit/guidance_mail"
JA_CASUAL = "https://hr.clickloop-co.com/?p=808"
JA_SANSHA = "https://meryteacher.com/mendanschedule/"
PL_ERECRUITER = "https://pomoc.erecruiter.pl/pl/articles/3810257-jak-wyslac-zaproszenie-na-spotkanie-online-w-erecruiter"
SV_VARBI = "https://varbi.zammad.com/help/en-gb/44-interview-booking/129-how-do-i-send-out-an-interview-request"
IRCC = "https://stepstojustice.ca/steps/immigration/go-your-appointment-ircc/"
UI_STUDY = "https://www.userinterviews.com/support/public-participant-experience"
LOOKBACK = "http://help.lookback.io/en/articles/6070393-email-template-interview-on-ios"
JUNEUX = "https://juneux.com/blog/2016/08/usability-toolkit-participant-scheduling/"
PODCAST = "https://help.captivate.fm/en/articles/5613450-guest-booking-faqs"
MEDIA = "https://www.workmate.com/blog/scheduling-etiquette-playbook-for-assistants-best-practices"
EXIT = "https://hrtemplates.co.uk/template.cfm/item/205/exit-interview-meeting-invitation-letter-template"
CAREER_ADVISOR = "https://colorado.edu/career/node/211"
COACHING = "https://interviewcoachuk.com/blog/civil-service-success-profiles-interview/"
VFAIR = "https://www.uwrf.edu/CareerFair/Employers/Employer-FAQs.cfm"
INFO_SESSION = "https://southeastern.edu/?p=10413"
ALUMNI = "https://careerservices.princeton.edu/undergraduate-students/graduate-school/business-school/mba-admissions-interview"
HUBSPOT = "https://knowledge.hubspot.com/meetings-tool/create-a-team-meetings-link"
MBA_HBS = "http://www.hbs.edu/mba/admissions/application-process/Pages/interview-tell-us-more.aspx"
MBA_ALUMNI = ("https://theredpenmba.com/"
              "mba-interview-preparation-part-3-admissions-committee-and-alumni-interviews/")
DISCIPLINARY = ("https://app.yogahr.co.uk/armdocuments/"
                "letter-to-employee-request-to-attend-disciplinary-or-poor-performance-hearing/")
ES_TUTORIA = "https://eugeniaandino.es/2015/11/05/las-tutorias-con-las-familias-en-educacion/"
ES_KOALENDAR = "https://koalendar.com/es/blog/tutorias-con-padres"
FACTORIAL_FAQ = "https://factorial.helpjuice.com/en_US/applicant-tracking-system/faq-about-the-applicant-tracking-system"

NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
LA = ("-07:00", "America/Los_Angeles")
TOR = ("-04:00", "America/Toronto")
LON = ("+01:00", "Europe/London")
LON_W = ("+00:00", "Europe/London")
BER = ("+02:00", "Europe/Berlin")
BER_W = ("+01:00", "Europe/Berlin")
PAR = ("+02:00", "Europe/Paris")
MAD = ("+02:00", "Europe/Madrid")
AMS = ("+02:00", "Europe/Amsterdam")
ROM = ("+02:00", "Europe/Rome")
VIE = ("+02:00", "Europe/Vienna")
WAW = ("+02:00", "Europe/Warsaw")
STO = ("+02:00", "Europe/Stockholm")
OSL = ("+02:00", "Europe/Oslo")
SAO = ("-03:00", "America/Sao_Paulo")
MEX = ("-06:00", "America/Mexico_City")
TYO = ("+09:00", "Asia/Tokyo")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 291 604 118 37\nPasscode: Qx7bT2\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84412093377?pwd=kY2\nMeeting ID: 844 1209 3377"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/qrv-hbnw-tzk"

BLIND3: list[Case] = [
    # ============================================================ interviews, English
    (event("Call with Harlow & Finch",
           organizer=org("nina.reyes@harlowfinch.com", "Nina Reyes"),
           guests=[guest("nina.reyes@harlowfinch.com", "Nina Reyes")],
           description="Hi Pat, thanks for applying for the Account Executive role. This is a short phone "
                       "screening; Nina will call you on the number in your application.\n\nEvent page: "
                       "https://apply.workable.com/harlow-finch/events/8c21f",
           **at("2026-06-16", "10:30", 30, *NY)),
     yes(["Harlow & Finch", "Harlow and Finch", "Harlowfinch"], ["nina.reyes@harlowfinch.com"]), "en", WORKABLE),
    (event("Interview: Customer Support Specialist – Bluepeak Outdoors",
           organizer=org("g.hartmann@bluepeakoutdoors.com", "Greta Hartmann"),
           guests=[guest("g.hartmann@bluepeakoutdoors.com", "Greta Hartmann"),
                   guest("l.baptiste@bluepeakoutdoors.com", "Luc Baptiste", "needsAction")],
           description="You booked this interview through the link we sent you. Greta (Support Team Lead) "
                       "and Luc (Senior Support Agent) will talk you through the role." + MEET,
           **at("2026-06-18", "14:00", 45, *CHI)),
     yes(["Bluepeak Outdoors", "Bluepeak"], ["g.hartmann@bluepeakoutdoors.com", "l.baptiste@bluepeakoutdoors.com"]),
     "en", WORKABLE_SELF),
    (event("Interview for Backend Developer at Nordvik Energy",
           organizer=org("ingrid.holm@nordvikenergy.no", "Ingrid Holm"),
           guests=[guest("ingrid.holm@nordvikenergy.no", "Ingrid Holm"),
                   guest("sindre.aas@nordvikenergy.no", "Sindre Aas"),
                   room("c_3f9e01@resource.calendar.google.com", "Oslo HQ – Fjord room (6)")],
           description="Hi Pat!\n\nThank you for your application. We would love to meet you at our office in "
                       "Oslo to talk about the Backend Developer position.\n\nBest regards,\nIngrid, Talent "
                       "Acquisition, Nordvik Energy",
           location="Nordvik Energy, Dronning Eufemias gate 40, Oslo",
           **at("2026-06-09", "09:00", 60, *OSL)),
     yes(["Nordvik Energy", "Nordvik", "Nordvikenergy"], ["ingrid.holm@nordvikenergy.no", "sindre.aas@nordvikenergy.no"]),
     "en", TEAMTAILOR),
    (event("Second interview – Brand Designer – Oyster & Pearl Studio",
           organizer=org("hiring@oysterpearl.studio", "Oyster & Pearl Hiring Team"),
           guests=[guest("hiring@oysterpearl.studio", "Oyster & Pearl Hiring Team"),
                   guest("remi@oysterpearl.studio", "Rémi Castel")],
           description="<p>Hi Pat,</p><p>Great news: we'd like to invite you to a second interview with our "
                       "Creative Director, R&eacute;mi. Please bring two portfolio pieces you're proud of.</p>",
           **at("2026-06-23", "15:00", 60, *LON)),
     yes(["Oyster & Pearl Studio", "Oyster & Pearl", "Oyster and Pearl", "Oysterpearl"],
         ["hiring@oysterpearl.studio", "remi@oysterpearl.studio"]), "en", TEAMTAILOR),
    (event("CodePair Interview: Tern Robotics – Software Engineer II",
           organizer=org("no-reply@hackerrank.com", "HackerRank"),
           guests=[guest("v.iyer@ternrobotics.com", "Vikram Iyer")],
           description="Tern Robotics has invited you to a live coding interview on HackerRank.\nInterviewer: "
                       "Vikram Iyer\nJoin the interview: https://www.hackerrank.com/work/codepair/tr-7q3k",
           **at("2026-06-11", "13:00", 60, *LA)),
     yes(["Tern Robotics", "Tern", "Ternrobotics"], ["v.iyer@ternrobotics.com"]), "en", HACKERRANK),
    (event("Technical interview – Pat Lee – Data Engineer (CodeSignal)",
           organizer=org("recruiting@pikeandrow.com", "Pike & Row Recruiting"),
           guests=[guest("amara.obi@pikeandrow.com", "Amara Obi")],
           description="Please use the same link at the time of the interview; your interviewer will pick a "
                       "task.\nInterview link: https://app.codesignal.com/live-interview/b81c0e\nIf the video "
                       "call does not start, click JOIN VIDEO CALL inside the pad.",
           **at("2026-06-17", "11:00", 60, *NY)),
     yes(["Pike & Row", "Pike and Row", "Pikeandrow"], ["recruiting@pikeandrow.com", "amara.obi@pikeandrow.com"]),
     "en", CODESIGNAL),
    # the recruiting assistant is a chat bot sending from a no-reply address: not thanked
    (event("In-person interview – Sunbelt Grocers Store #214",
           organizer=org("noreply@paradox.ai", "Olivia | Sunbelt Grocers Careers"),
           description="Hi Pat! You're all set for an in-person interview for Deli Team Member with Marcus "
                       "Bell, Store Manager. Text R to reschedule. – Olivia, Sunbelt Grocers' recruiting assistant",
           location="Sunbelt Grocers #214, 880 Palmetto Ave, Tampa, FL",
           **at("2026-06-12", "16:00", 30, *NY)),
     yes(["Sunbelt Grocers", "Sunbelt"], ["Marcus Bell"]), "en", PARADOX),
    (event("Introductory call: Warehouse Associate at Keystone Freight",
           organizer=org("noreply@indeed.com", "Indeed"),
           guests=[guest("d.ramos@keystonefreight.com", "Dana Ramos")],
           description="Your call with Keystone Freight was scheduled automatically because your application "
                       "matched the employer's criteria. Dana Ramos will call you. Reschedule on Indeed.",
           **at("2026-06-15", "09:15", 15, *CHI)),
     yes(["Keystone Freight", "Keystone", "Keystonefreight"], ["d.ramos@keystonefreight.com"]), "en", INDEED),
    (event("Interview - Senior Financial Analyst - Round 1",
           organizer=org("no-reply@ledgerstone.fa.ocs.oraclecloud.com", "Ledgerstone Bank Careers"),
           guests=[guest("h.mbeki@ledgerstonebank.com", "Hugo Mbeki"), guest("c.nunez@ledgerstonebank.com", "Carla Nuñez")],
           description="<div>Dear Pat Lee,</div><div>Your interview for <b>Senior Financial Analyst</b> has been "
                       "scheduled.</div><div>Format: Web conference (Microsoft Teams)</div><div>Interviewers: Hugo "
                       "Mbeki, Carla Nu&ntilde;ez</div><div>Notes: please have your ID ready.</div>",
           **at("2026-06-19", "10:00", 60, *NY)),
     yes(["Ledgerstone Bank", "Ledgerstone", "Ledgerstonebank"], ["h.mbeki@ledgerstonebank.com", "c.nunez@ledgerstonebank.com"]),
     "en", ORACLE),
    (event("Interview Request: Project Coordinator (Req 26-0412)",
           organizer=org("r.okonkwo@bellhavenhealth.org", "Ruth Okonkwo"),
           guests=[guest("r.okonkwo@bellhavenhealth.org", "Ruth Okonkwo"),
                   guest("talent@bellhavenhealth.org", "Bellhaven Health Talent Acquisition"),
                   room("BH-Admin-2East@bellhavenhealth.org", "Admin Building 2 East Conference")],
           description="Candidate: Pat Lee\nRequisition: Project Coordinator\nLocation: Administration Building, "
                       "2nd floor",
           **at("2026-06-24", "13:30", 60, *CHI)),
     yes(["Bellhaven Health", "Bellhaven"], ["r.okonkwo@bellhavenhealth.org", "talent@bellhavenhealth.org"]),
     "en", TALEO),
    # interviewers get their own Outlook invites; the candidate's copy names them in the body only
    (event("Interview Confirmation – Maintenance Planner – Brightwater Utilities",
           organizer=org("noreply@successfactors.com", "Brightwater Utilities Careers"),
           description="You have confirmed your interview time.\nInterviewers: Gail Porter (Maintenance "
                       "Manager), Sam Oduya (Planning Supervisor)\nLocation: Operations Center, Room 104\n"
                       "Questions? Contact your recruiter, Tess Moran (tess.moran@brightwaterutilities.com).\n"
                       "Interviews can't be rescheduled within 24 hours of the start time.",
           **at("2026-06-25", "08:30", 60, *CHI)),
     yes(["Brightwater Utilities", "Brightwater"], ["Gail Porter", "Sam Oduya", "tess.moran@brightwaterutilities.com"]),
     "en", SAP_SF),
    (event("Interview – Pat Lee – Payroll Specialist",
           organizer=org("m.fielding@orchidtextiles.co.uk", "Martha Fielding"),
           guests=[guest("k.shah@orchidtextiles.co.uk", "Kiran Shah")],
           description="Dear Pat,\n\nThank you for applying for the Payroll Specialist role at Orchid Textiles. "
                       "Your interview with Kiran Shah (Payroll Manager) will take place on Teams." + TEAMS,
           **at("2026-06-10", "11:00", 45, *LON)),
     yes(["Orchid Textiles", "Orchid", "Orchidtextiles"], ["m.fielding@orchidtextiles.co.uk", "k.shah@orchidtextiles.co.uk"]),
     "en", SAGE),
    (event("Managerial interview: Pat Lee for IT Service Desk Lead",
           organizer=org("ta@halcyonmutual.com", "Halcyon Mutual Talent Acquisition"),
           guests=[guest("d.osullivan@halcyonmutual.com", "Declan O'Sullivan")],
           description="Interview type: Managerial\nDuration: 60 minutes\nChannel: Video\nInterviewer: Declan "
                       "O'Sullivan, Head of IT Operations",
           **at("2026-06-22", "15:00", 60, *NY)),
     yes(["Halcyon Mutual", "Halcyon", "Halcyonmutual"], ["ta@halcyonmutual.com", "d.osullivan@halcyonmutual.com"]),
     "en", SNOW_TPL),
    (event("Pat Lee <> Quillon (Engineering Manager interview)",
           organizer=org("sofia@quillon.ai", "Sofia Brandt"),
           guests=[guest("sofia@quillon.ai", "Sofia Brandt")],
           description="Interview with Sofia Brandt, Engineering Manager at Quillon.\n\nNeed to make a change?\n"
                       "Reschedule: https://app.dover.com/reschedule/5b7e\nCancel: https://app.dover.com/cancel/5b7e"
                       + MEET,
           **at("2026-06-30", "12:00", 45, *LA)),
     yes(["Quillon"], ["sofia@quillon.ai"]), "en", DOVER),
    # the screen is run by the hiring platform's own interviewer on the client's behalf: thanked, company = client
    (event("Phone screen for Tidepool Analytics (Dover Interviewer)",
           organizer=org("priya.k@dover.com", "Priya Kapoor"),
           guests=[guest("priya.k@dover.com", "Priya Kapoor")],
           description="Hi Pat, you'll be speaking with Priya, who interviews on behalf of the Tidepool "
                       "Analytics team, about the Senior Analytics Engineer role. She will call you.",
           **at("2026-07-01", "10:00", 30, *NY)),
     yes(["Tidepool Analytics", "Tidepool"], ["priya.k@dover.com"]), "en", DOVER_SENDS),
    (event("Virtual Onsite – Pat Lee – Senior Data Engineer",
           organizer=org("recruiting.coordinator@harborviewfs.com", "Jess Tan (Recruiting Coordinator)"),
           guestsCanSeeOtherGuests=False,
           description="Hi Pat, here is your virtual onsite. Use the Zoom link in this invite for every "
                       "session.\n1:00-1:45 PM ET  Technical deep dive – Omar Reyes (Staff Engineer)\n"
                       "1:45-2:30 PM ET  System design – Lucia Brandt (Principal Engineer)\n2:30-2:45 PM ET  Break\n"
                       "2:45-3:30 PM ET  Hiring manager – Ken Watanabe (Director, Data Platform)\nReach out to "
                       "me with any questions. – Jess" + ZOOM,
           **at("2026-06-26", "13:00", 150, *NY)),
     yes(["Harborview Fund Services", "Harborview", "Harborviewfs"],
         ["recruiting.coordinator@harborviewfs.com", "Omar Reyes", "Lucia Brandt", "Ken Watanabe"]), "en", JSQ),
    # the school's career office hosts the room; the employer's interviewer is the one to thank
    (event("On-Campus Interview: Lakeshore Engineering – Co-op, Mechanical",
           organizer=org("careerservices@gcsu.edu", "GCSU Career Services"),
           description="You have taken the 10:30 slot.\nEmployer: Lakeshore Engineering\nInterviewer: Raj Patel "
                       "(rpatel@lakeshoreeng.com)\nLocation: Career Services, Student Services Building 2088",
           **at("2026-09-29", "10:30", 30, *NY)),
     yes(["Lakeshore Engineering", "Lakeshore", "Lakeshoreeng"], ["rpatel@lakeshoreeng.com"]), "en", HANDSHAKE_OCI),
    (event("Interview – Higher Executive Officer, Policy (Ref 412233)",
           organizer=org("recruitment@northernwaterways.gov.uk", "Ministry of Northern Waterways Recruitment"),
           guests=[guest("a.pritchard@northernwaterways.gov.uk", "Alun Pritchard (Panel Chair)"),
                   guest("f.iqbal@northernwaterways.gov.uk", "Farah Iqbal")],
           description="Dear Pat Lee,\n\nYou have been invited to interview. The panel will assess the behaviours "
                       "Seeing the Big Picture, Delivering at Pace and Communicating and Influencing, and ask "
                       "strength-based questions. The interview lasts 45 minutes." + TEAMS,
           **at("2026-10-06", "14:00", 45, *LON)),
     yes(["Ministry of Northern Waterways", "Northern Waterways", "Northernwaterways"],
         ["recruitment@northernwaterways.gov.uk", "a.pritchard@northernwaterways.gov.uk", "f.iqbal@northernwaterways.gov.uk"]),
     "en", UK_CS),
    (event("Assessment Centre – 2027 Graduate Programme – Calloway Insurance",
           organizer=org("graduates@callowayinsurance.co.uk", "Calloway Graduate Recruitment"),
           guestsCanSeeOtherGuests=False,
           description="Agenda\n09:00 Welcome and company presentation\n09:45 Group exercise\n11:15 E-tray "
                       "exercise\n13:00 Competency interview with a senior manager\n14:30 Individual "
                       "presentation\nPlease bring photo ID.",
           location="Calloway House, 14 Corn Street, Bristol",
           **at("2027-02-03", "09:00", 390, *LON_W)),
     yes(["Calloway Insurance", "Calloway", "Callowayinsurance"], ["graduates@callowayinsurance.co.uk"]), "en", TARGETJOBS),
    (event("Interview with Dunmore Pharmaceuticals – QA Associate",
           organizer=org("kelly.ng@bachmanstaffing.com", "Kelly Ng | Bachman Staffing"),
           guests=[guest("kelly.ng@bachmanstaffing.com", "Kelly Ng | Bachman Staffing")],
           description="Hi Pat, you're confirmed! Hiring manager: Ellen Shaw (QA Manager). Address: 2200 "
                       "Research Pkwy, Building C. Bring 3 copies of your resume and call me right after so we "
                       "can debrief.",
           location="Dunmore Pharmaceuticals, 2200 Research Pkwy, Durham, NC",
           **at("2026-06-29", "10:00", 60, *NY)),
     yes(["Dunmore Pharmaceuticals", "Dunmore"], ["kelly.ng@bachmanstaffing.com", "Ellen Shaw"]), "en", BACHRACH),
    (event("Interview @ Brookline Dental Group – front desk coordinator", organizer=SELF,
           description="Ask for Nadia Karimi (practice manager) at reception – nadia.karimi@brooklinedentalgroup.com. "
                       "Arrive 15 min early for check-in.",
           location="Brookline Dental Group, 1290 Beacon St, Brookline, MA",
           **at("2026-07-07", "09:30", 45, *NY)),
     yes(["Brookline Dental Group", "Brookline Dental"], ["nadia.karimi@brooklinedentalgroup.com"]), "en", TAPTALENT),
    (event("Interview: Pat Lee – Store Operations Manager",
           organizer=org("t.alvarez@greenmilemarkets.com", "Tomas Alvarez"),
           guests=[guest("t.alvarez@greenmilemarkets.com", "Tomas Alvarez")],
           description="Booked through our interview scheduling assistant." + TEAMS,
           **at("2026-07-08", "15:30", 30, *CHI)),
     yes(["Greenmile Markets", "Greenmile"], ["t.alvarez@greenmilemarkets.com"]), "en", RADANCY),
    (event("Pat Lee – Onsite Interview – Product Marketing Manager",
           organizer=org("recruiting@cinderandpine.com", "Cinder & Pine Recruiting"),
           guestsCanSeeOtherGuests=False,
           description="<p>Hi Pat,</p><p>We're excited to host you at our office (3rd floor, suite 300; visitor "
                       "parking in the Elm St garage, we validate).</p><p>Your interviewers: Maya Fenn (Director "
                       "of Product Marketing) and Oliver Tran (Senior PMM). Total time: 90 minutes.</p>",
           location="Cinder & Pine, 500 Elm St, Suite 300, Denver, CO",
           **at("2026-07-09", "10:00", 90, "-06:00", "America/Denver")),
     yes(["Cinder & Pine", "Cinder and Pine", "Cinderandpine"], ["recruiting@cinderandpine.com", "Maya Fenn", "Oliver Tran"]),
     "en", PRELUDE),
    # booked on the user's own booking page by an agency recruiter about a client's unnamed role
    (event("Job Interview between Pat Lee and Morgan Hale", organizer=SELF,
           guests=[guest("morgan@finchvaletalent.com", "Morgan Hale")],
           description="Additional notes: I'm a recruiter at Finch & Vale Talent and would love to tell you about "
                       "a full-time Staff Engineer opportunity with one of our clients.\n\nBooked via cal.com",
           **at("2026-07-13", "11:00", 30, *LA)),
     yes(["Finch & Vale Talent", "Finch & Vale", "Finch and Vale", "Finchvaletalent"], ["morgan@finchvaletalent.com"]),
     "en", CALCOM),
    (event("Info call: Pat Lee + Cat Moreno (Northlight Digital)",
           organizer=org("cat.moreno@northlightdigital.com", "Cat Moreno"),
           guests=[guest("cat.moreno@northlightdigital.com", "Cat Moreno")],
           description="Thanks for applying to the Content Strategist role! The hiring team had a few follow-up "
                       "questions, so this call is to learn a bit more about you.",
           **at("2026-07-14", "13:00", 20, *NY)),
     yes(["Northlight Digital", "Northlight", "Northlightdigital"], ["cat.moreno@northlightdigital.com"]), "en", WEBFX_INFO),
    (event("Interview - INT-00482",
           organizer=org("t.rowe@orchardlanehousing.org", "Tamsin Rowe"),
           guests=[guest("t.rowe@orchardlanehousing.org", "Tamsin Rowe")],
           description="Interview with Tamsin Rowe",
           **at("2026-07-15", "14:00", 60, "+00:00", "Etc/GMT")),
     yes(["Orchard Lane Housing", "Orchard Lane", "Orchardlanehousing"], ["t.rowe@orchardlanehousing.org"]), "en", SF_ICS),
    (event("Pat Lee – 2nd stage – Fleet Coordinator",
           organizer=org("j.whitaker@ashgrovehaulage.co.uk", "James Whitaker"),
           guests=[guest("j.whitaker@ashgrovehaulage.co.uk", "James Whitaker"),
                   guest("sophie@redbridgerecruitment.co.uk", "Sophie Lane (Redbridge Recruitment)", "tentative")],
           description="Candidate put forward by Redbridge Recruitment.",
           location="Ashgrove Haulage depot, Unit 4 Riverside Park, Leeds",
           **at("2026-07-16", "10:00", 60, *LON)),
     yes(["Ashgrove Haulage", "Ashgrove"], ["j.whitaker@ashgrovehaulage.co.uk", "sophie@redbridgerecruitment.co.uk"]),
     "en", TEZLOM),
    (event("Interview – Pat Lee",
           organizer=org("people@kestrelworks.io", "Kestrel Works People Team"), attendeesOmitted=True,
           description="Dear Pat Lee,\nWe are writing to confirm your interview for the position of Operations "
                       "Analyst with Hana Ito. We look forward to meeting you!\nKestrel Works People Team",
           **at("2026-07-20", "16:00", 45, *NY)),
     yes(["Kestrel Works", "Kestrel", "Kestrelworks"], ["people@kestrelworks.io", "Hana Ito"]), "en", PRESCREEN),
    (event("Interview: Summer 2027 Software Engineering Intern – Brightfield Systems",
           organizer=org("no-reply@rakuna.co", "Rakuna"),
           guests=[guest("l.osei@brightfieldsys.com", "Linda Osei")],
           description="Your interview time slot is confirmed. You will receive a reminder before the "
                       "interview.\nInterviewer: Linda Osei",
           **at("2026-10-14", "15:00", 30, *CHI)),
     yes(["Brightfield Systems", "Brightfield", "Brightfieldsys"], ["l.osei@brightfieldsys.com"]), "en", RAKUNA),
    # ============================================================ interviews, other languages
    # .ics from Personio without calendar integration: times in UTC
    (event("Interview: Junior Projektmanager (m/w/d) – Falkenried Logistik",
           organizer=org("recruiting@falkenried-logistik.de", "Falkenried Logistik Recruiting"),
           guests=[guest("a.kessler@falkenried-logistik.de", "Anja Keßler")],
           description="Sehr geehrte Frau Lee,\n\nvielen Dank für Ihre Bewerbung. Gerne möchten wir Sie "
                       "persönlich kennenlernen. Ihre Gesprächspartnerin ist Anja Keßler (Teamleitung PMO).",
           location="Falkenried Logistik, Am Hafen 12, Bremen",
           **at("2026-03-12", "09:00", 60, "+00:00", "UTC")),
     yes(["Falkenried Logistik", "Falkenried"], ["recruiting@falkenried-logistik.de", "a.kessler@falkenried-logistik.de"]),
     "de", DE_PERSONIO_ICS),
    (event("Kennenlernen: Pat Lee / Teamleitung Buchhaltung",
           organizer=org("m.engel@lindenhof-versicherungen.de", "Markus Engel"),
           guests=[guest("m.engel@lindenhof-versicherungen.de", "Markus Engel")],
           description="Sie haben diesen Termin über unseren Link zur Interviewplanung gebucht. Wir freuen uns "
                       "auf das Gespräch!\nLindenhof Versicherungen – Recruiting" + TEAMS,
           **at("2026-03-17", "14:00", 45, *BER_W)),
     yes(["Lindenhof Versicherungen", "Lindenhof"], ["m.engel@lindenhof-versicherungen.de"]), "de", DE_PERSONIO_LINK),
    (event("Auswahlgespräch – Sachbearbeitung Bauordnung (EG 9b)",
           organizer=org("personal@lk-wendelstein.de", "Landkreis Wendelstein – Personal"),
           guests=[guest("t.moser@lk-wendelstein.de", "Tobias Moser (Bauordnungsamt)"),
                   guest("h.sommer@lk-wendelstein.de", "Heike Sommer (Gleichstellungsbeauftragte)"),
                   guest("u.brandl@lk-wendelstein.de", "Uwe Brandl (Personalrat)"),
                   room("sitzungssaal-201@lk-wendelstein.de", "Landratsamt Sitzungssaal 2.01")],
           description="Das strukturierte Auswahlgespräch führt unser Auswahlgremium. Dauer ca. 45 Minuten.",
           location="Landratsamt, Schlossplatz 1, Raum 2.01",
           **at("2026-06-16", "10:30", 45, *BER)),
     yes(["Landkreis Wendelstein", "Wendelstein", "Lk-Wendelstein"],
         ["personal@lk-wendelstein.de", "t.moser@lk-wendelstein.de", "h.sommer@lk-wendelstein.de", "u.brandl@lk-wendelstein.de"]),
     "de", DE_LKWF),
    # Austrian public employers call the panel interview a "Hearing"
    (event("Hearing – Referent*in Stadtmarketing",
           organizer=org("personal@seeberg.gv.at", "Stadt Seeberg – Personalabteilung"), attendeesOmitted=True,
           description="Sie werden zu einem Hearing eingeladen. Es erwartet Sie eine Kommission aus "
                       "Personalabteilung, Fachbereich, Personalvertretung und Gleichbehandlungsbeauftragter. Das "
                       "Gespräch dauert 30 bis 45 Minuten.",
           location="Rathaus Seeberg, 1. Stock, Zimmer 112",
           **at("2026-06-18", "09:00", 45, *VIE)),
     yes(["Stadt Seeberg", "Seeberg"], ["personal@seeberg.gv.at"]), "de", AT_HEARING),
    (event("Entretien – Chargé(e) d'affaires – Atelier Brunel",
           organizer=org("claire.vidal@atelierbrunel.fr", "Claire Vidal"),
           guestsCanSeeOtherGuests=False,
           description="Bonjour Pat,\n\nJe vous confirme notre rendez-vous pour échanger sur le poste de "
                       "Chargé(e) d'affaires. Vous rencontrerez également un manager de l'équipe.\n\nClaire Vidal, "
                       "Responsable recrutement",
           location="Atelier Brunel, 18 rue des Tanneurs, Lyon",
           **at("2026-06-11", "10:00", 60, *PAR)),
     yes(["Atelier Brunel", "Brunel", "Atelierbrunel"], ["claire.vidal@atelierbrunel.fr"]), "fr", FR_TALENTVIEW),
    (event("Invitation à un entretien – Développeur(se) Full Stack",
           organizer=org("jobs@lumenpay.fr", "LumenPay Recrutement"),
           guests=[guest("t.garnier@lumenpay.fr", "Thomas Garnier")],
           description="<p>Bonjour Pat,</p><p>Nous avons le plaisir de vous inviter &agrave; un entretien avec "
                       "Thomas Garnier, CTO, pour le poste de D&eacute;veloppeur(se) Full Stack.</p><p>Merci "
                       "d'accepter l'invitation pour confirmer votre pr&eacute;sence.</p>",
           **at("2026-06-15", "14:30", 45, *PAR)),
     yes(["LumenPay", "Lumenpay"], ["jobs@lumenpay.fr", "t.garnier@lumenpay.fr"]), "fr", FR_PERSONIO),
    (event("Entretien technique – Ingénieur DevOps – Sésame Cloud",
           organizer=org("recrutement@sesamecloud.fr", "Recrutement Sésame Cloud"),
           guests=[guest("n.faure@sesamecloud.fr", "Nicolas Faure")],
           description="Durée : environ 1 h 30 (exercice pratique puis questions).\nIntervieweur : Nicolas Faure, "
                       "Lead SRE – linkedin.com/in/nicolasfaure\nVisioconférence : https://meet.sesamecloud.fr/dev-ops-42",
           **at("2026-06-17", "09:30", 90, *PAR)),
     yes(["Sésame Cloud", "Sesame Cloud", "Sesamecloud"], ["recrutement@sesamecloud.fr", "n.faure@sesamecloud.fr"]),
     "fr", FR_TECH),
    (event("Entretien visio – Assistant(e) commercial(e)",
           organizer=org("helene@maison-flechard.fr", "Hélène Fléchard"),
           guests=[guest("helene@maison-flechard.fr", "Hélène Fléchard"), guest("bastien@maison-flechard.fr", "Bastien Roux")],
           description="Bonjour Pat, suite à votre candidature reçue via JOIN, voici le lien pour notre échange en "
                       "visio. À bientôt, Hélène – Maison Fléchard" + MEET,
           **at("2026-06-19", "11:00", 30, *PAR)),
     yes(["Maison Fléchard", "Maison Flechard", "Flechard"], ["helene@maison-flechard.fr", "bastien@maison-flechard.fr"]),
     "fr", FR_JOIN),
    (event("Entrevista – Responsable de Compras",
           organizer=org("marta.gil@grupoortizvalverde.es", "Marta Gil"),
           guests=[guest("marta.gil@grupoortizvalverde.es", "Marta Gil"),
                   guest("j.valverde@grupoortizvalverde.es", "Javier Valverde")],
           description="Hola Pat:\n\nGracias por tu interés en el puesto de Responsable de Compras de Grupo Ortiz "
                       "Valverde. Te esperamos en esta videollamada con Javier Valverde, director de operaciones."
                       + MEET,
           **at("2026-06-10", "12:00", 45, *MAD)),
     yes(["Grupo Ortiz Valverde", "Ortiz Valverde", "Grupoortizvalverde"],
         ["marta.gil@grupoortizvalverde.es", "j.valverde@grupoortizvalverde.es"]), "es", ES_FACTORIAL),
    # the ATS puts the candidate's own name, address and CV link in the event the candidate receives
    (event("Entrevista: Pat Lee - Analista de Datos",
           organizer=org("reclutamiento@cervecerialaloma.mx", "Reclutamiento"),
           guests=[guest("e.sandoval@cervecerialaloma.mx", "Esteban Sandoval")],
           description="Entrevista inicial para posición de Analista de Datos\n\nCandidato: Pat Lee\nEmail: "
                       "pat.lee@gmail.com\nCV: https://files.talivo.mx/cv/8812.pdf" + ZOOM,
           **at("2026-06-12", "10:00", 60, *MEX)),
     yes(["Cervecería La Loma", "Cerveceria La Loma", "La Loma", "Cervecerialaloma"],
         ["reclutamiento@cervecerialaloma.mx", "e.sandoval@cervecerialaloma.mx"]), "es", ES_TALIVO),
    (event("Entrevista en línea – Técnico/a de Laboratorio",
           organizer=org("rrhh@biolablevante.es", "RR. HH. Biolab Levante"),
           guests=[guest("i.ferrer@biolablevante.es", "Inés Ferrer")],
           description="Instrucciones paso a paso:\n1. Pruebe su cámara y micrófono con antelación.\n2. Conéctese "
                       "5 minutos antes con el enlace de Teams.\n3. Le entrevistará Inés Ferrer, jefa de "
                       "laboratorio." + TEAMS,
           **at("2026-06-23", "17:00", 40, *MAD)),
     yes(["Biolab Levante", "Biolab", "Biolablevante"], ["rrhh@biolablevante.es", "i.ferrer@biolablevante.es"]),
     "es", ES_EURES),
    (event("Entrevista agendada – Dev Backend Pleno – Jabuti Tech",
           organizer=org("noreply@geekhunter.com.br", "GeekHunter"),
           guests=[guest("caio.mendes@jabutitech.com.br", "Caio Mendes")],
           description="A empresa Jabuti Tech agendou uma entrevista com você. O link da videochamada será "
                       "enviado pelas mensagens da plataforma.",
           **at("2026-06-16", "15:00", 60, *SAO)),
     yes(["Jabuti Tech", "Jabuti", "Jabutitech"], ["caio.mendes@jabutitech.com.br"]), "pt", PT_GEEK),
    (event("Entrevista técnica – Analista de Dados – Ipê Seguros",
           organizer=org("recrutamento@ipeseguros.com.br", "Recrutamento Ipê Seguros"),
           guests=[guest("r.tavares@ipeseguros.com.br", "Renata Tavares"), guest("l.prado@ipeseguros.com.br", "Lucas Prado")],
           description="Olá, Pat! Sua entrevista técnica está confirmada. Participantes: Renata Tavares e Lucas "
                       "Prado. Você receberá lembretes 24 h e 1 h antes.\nLink: https://meet.google.com/ipe-tec-0912",
           **at("2026-06-18", "10:00", 60, *SAO)),
     yes(["Ipê Seguros", "Ipe Seguros", "Ipeseguros"],
         ["recrutamento@ipeseguros.com.br", "r.tavares@ipeseguros.com.br", "l.prado@ipeseguros.com.br"]), "pt", PT_ALURA),
    (event("Uitnodiging eerste sollicitatiegesprek – Beleidsmedewerker Water",
           organizer=org("werkenbij@waterschaplingedal.nl", "Waterschap Lingedal – Werken bij"),
           description="Beste Pat,\n\nGraag nodigen wij je uit voor een eerste sollicitatiegesprek. Bij het gesprek "
                       "zijn aanwezig: Marieke Dekker (afdelingshoofd), Joost van Leeuwen (adviseur P&O).",
           location="Waterschap Lingedal, Dijkweg 3, Gorinchem",
           **at("2026-06-09", "13:30", 60, *AMS)),
     yes(["Waterschap Lingedal", "Lingedal", "Waterschaplingedal"],
         ["werkenbij@waterschaplingedal.nl", "Marieke Dekker", "Joost van Leeuwen"]), "nl", NL_HUNZE),
    (event("Vervolggesprek – Teamleider Klantcontact",
           organizer=org("hr@zuiderlichtenergie.nl", "HR Zuiderlicht Energie"),
           guests=[guest("s.bos@zuiderlichtenergie.nl", "Sanne Bos")],
           description="Na het eerste gesprek nodigen we je graag uit voor het vervolggesprek met Sanne Bos, "
                       "manager Klantenservice.",
           **at("2026-06-22", "16:00", 60, *AMS)),
     yes(["Zuiderlicht Energie", "Zuiderlicht", "Zuiderlichtenergie"], ["hr@zuiderlichtenergie.nl", "s.bos@zuiderlichtenergie.nl"]),
     "nl", NL_HUNZE),
    (event("Colloquio di selezione – Farmacista collaboratore",
           organizer=org("dott.ricci@farmaciasanmarcoverona.it", "Dott.ssa Elena Ricci"),
           guests=[guest("dott.ricci@farmaciasanmarcoverona.it", "Dott.ssa Elena Ricci")],
           description="Gentile Pat Lee,\nla convochiamo per un colloquio presso la Farmacia San Marco. Durata "
                       "prevista: 60 minuti. Selezionatrice: dott.ssa Elena Ricci. Porti con sé il certificato di "
                       "iscrizione all'Albo. La preghiamo di confermare.",
           location="Farmacia San Marco, Corso Porta Nuova 21, Verona",
           **at("2026-06-24", "15:00", 60, *ROM)),
     yes(["Farmacia San Marco", "San Marco", "Farmaciasanmarcoverona"], ["dott.ricci@farmaciasanmarcoverona.it"]),
     "it", IT_CONV),
    (event("Colloquio con IA – Customer Care Specialist – Veltra Assicurazioni",
           organizer=org("no-reply@skillplanet.com", "Veltra Assicurazioni via SkillPlanet"),
           description="Ciao Pat, ti invitiamo a un colloquio con il nostro assistente di intelligenza "
                       "artificiale. Dura circa 20 minuti; puoi iniziarlo dal link entro la data indicata.",
           **at("2026-06-25", "18:00", 20, *ROM)),
     yes(["Veltra Assicurazioni", "Veltra"], []), "it", IT_AI),
    (event("面接日程のご案内【株式会社みなと精機】一次面接",
           organizer=org("saiyo@minato-seiki.co.jp", "株式会社みなと精機 人事部 採用担当"),
           guests=[guest("k.yamada@minato-seiki.co.jp", "山田 健太")],
           description="パット・リー様\n\nこの度は弊社求人にご応募いただき、誠にありがとうございます。一次面接を下記の通り"
                       "ご案内いたします。\n面接官：製造技術部 山田\n持ち物：履歴書、職務経歴書",
           location="株式会社みなと精機 本社 3階 会議室",
           **at("2026-06-10", "14:00", 60, *TYO)),
     yes(["株式会社みなと精機", "みなと精機", "Minato Seiki", "Minato-Seiki"],
         ["saiyo@minato-seiki.co.jp", "k.yamada@minato-seiki.co.jp"]), "ja", JA_SCHEDULE),
    (event("6月19日最終面接のご案内【株式会社ソラノ】",
           organizer=org("recruit@sorano.co.jp", "株式会社ソラノ 採用チーム"),
           guests=[guest("t.hayashi@sorano.co.jp", "林 拓也")],
           description="最終面接はオンラインで実施いたします。面接官は代表取締役の林です。当日は下記URLよりご参加ください。"
                       + MEET,
           **at("2026-06-19", "11:00", 45, *TYO)),
     yes(["株式会社ソラノ", "ソラノ", "Sorano"], ["recruit@sorano.co.jp", "t.hayashi@sorano.co.jp"]), "ja", JA_WANTEDLY),
    # a "casual meeting" is officially not a selection step, but it is the hiring side meeting a candidate
    (event("カジュアル面談（選考ではありません）- 株式会社コトハ",
           organizer=org("m.ishikawa@kotoha.jp", "石川 美咲"),
           guests=[guest("m.ishikawa@kotoha.jp", "石川 美咲")],
           description="本面談は選考ではなく、相互理解のための情報交換の場です。所要時間30分、参加者：石川（エンジニアリングマネージャー）。"
                       "服装自由、事前準備は不要です。" + MEET,
           **at("2026-06-26", "19:00", 30, *TYO)),
     yes(["株式会社コトハ", "コトハ", "Kotoha"], ["m.ishikawa@kotoha.jp"]), "ja", JA_CASUAL),
    (event("Spotkanie rekrutacyjne online – Specjalista ds. Płac",
           organizer=org("rekrutacja@wisloka-energia.pl", "Rekrutacja Wisłoka Energia"),
           guests=[guest("a.nowicka@wisloka-energia.pl", "Agnieszka Nowicka")],
           description="Dzień dobry, zapraszamy na rozmowę rekrutacyjną online. O umówionej godzinie wejdź do "
                       "wirtualnego pokoju przez poniższy link.\nhttps://spotkania.erecruiter.pl/r/7k2m9",
           **at("2026-06-15", "10:00", 45, *WAW)),
     yes(["Wisłoka Energia", "Wisloka Energia", "Wisloka-Energia"], ["rekrutacja@wisloka-energia.pl", "a.nowicka@wisloka-energia.pl"]),
     "pl", PL_ERECRUITER),
    (event("Intervju – Handläggare, socialtjänsten – Fjällby kommun",
           organizer=org("noreply@varbi.com", "Fjällby kommun via Varbi"), guestsCanSeeOtherGuests=False,
           description="Hej Pat! Tack för din ansökan. Du har bokat en intervjutid. Intervjuare: Karin Lund "
                       "(enhetschef) och Johan Ek (HR-partner).",
           location="Kommunhuset, Storgatan 5, Fjällby",
           **at("2026-06-17", "13:00", 60, *STO)),
     yes(["Fjällby kommun", "Fjallby kommun", "Fjällby"], ["Karin Lund", "Johan Ek"]), "sv", SV_VARBI),
    # ============================================================ look-alikes
    (event("ER Case HRC0048121 – Interview",
           organizer=org("er.team@mycurrentjob.com", "Employee Relations"),
           guests=[guest("er.team@mycurrentjob.com", "Employee Relations")],
           description="As part of an employee relations investigation you are asked to attend an interview. "
                       "Please keep the matter confidential." + TEAMS,
           **at("2026-06-10", "15:00", 60, *NY)),
     None, "en", SNOW_ER),
    (event("Citizenship interview – IRCC", organizer=SELF,
           description="Notice to appear. Bring PR card, all passports, two pieces of ID and originals of the "
                       "documents sent with the application.",
           location="IRCC, 25 St Clair Ave E, Toronto",
           **at("2026-08-05", "09:15", 60, *TOR)),
     None, "en", IRCC),
    (event("Citizenship hearing with citizenship judge", organizer=SELF,
           description="Residency questions. Bring travel history, lease, tax returns.",
           location="IRCC Citizenship Office, Mississauga",
           **at("2026-09-14", "13:00", 90, *TOR)),
     None, "en", IRCC),
    (event("Jobcenter – Gespräch zur beruflichen Situation", organizer=SELF,
           description="Erstgespräch bei Frau Wolters, Zimmer 3.12. Mitbringen: Ausweis, Lebenslauf, "
                       "Zeugnisse, Einladungsschreiben.",
           location="Jobcenter Mitte, Schillerstr. 40",
           **at("2026-03-19", "08:30", 45, *BER_W)),
     None, "de", DE_JOBCENTER),
    (event("Sammelinformationsveranstaltung mit Zeitarbeitsfirmen", organizer=SELF,
           description="Einladung vom Jobcenter. Mehrere Personaldienstleister stellen sich vor; Lebensläufe "
                       "mitbringen. Rechtsfolgenbelehrung beachten.",
           location="Bürgerhaus Nord, Saal 1",
           **at("2026-04-08", "10:00", 120, *BER)),
     None, "de", DE_SAMMEL),
    (event("Research session: 60-min interview with the Lumen Bank design team",
           organizer=org("projects@userinterviews.com", "User Interviews"),
           guests=[guest("researcher.jo@lumenbank.com", "Jo Carter (UX Research)")],
           description="Thanks for taking part! You'll share feedback on a budgeting app. Your $120 incentive is "
                       "sent after the researcher marks the session completed." + ZOOM,
           **at("2026-06-18", "16:00", 60, *NY)),
     None, "en", UI_STUDY),
    (event("Research study – remote interview (iOS)",
           organizer=org("research@pantrypal.app", "PantryPal Research"),
           description="Call time: 2:00–2:45 PM. Compensation: $75 gift card. Close apps with sensitive "
                       "information and open the LiveShare link 5 minutes before.",
           **at("2026-06-24", "14:00", 45, *CHI)),
     None, "en", LOOKBACK),
    (event("Intro Call between Pat Lee and June Park",
           organizer=org("june@juneparkux.com", "June Park"),
           guests=[guest("june@juneparkux.com", "June Park")],
           description="Event Name: Study intro call (10 min)\n\nWe'll confirm your details and explain the "
                       "usability study, then schedule the session itself.\n\nPowered by Calendly.com",
           **at("2026-06-29", "12:00", 10, *CHI)),
     None, "en", JUNEUX),
    (event("Interview: Pat Lee on The Ops Room",
           organizer=org("bookings@theopsroom.fm", "The Ops Room Podcast"),
           description="Thanks for booking your guest interview! We record on SquadCast; the studio link is "
                       "below. Please use headphones.\nhttps://app.squadcast.fm/studio/opsroom-114",
           **at("2026-07-02", "11:00", 60, *NY)),
     None, "en", PODCAST),
    (event("Recording: interview with Dr. Kim Osei (ep. 37)", organizer=SELF,
           guests=[guest("kim.osei@ridgelineuniversity.edu", "Dr. Kim Osei")],
           description="My podcast. Send questions in advance; SquadCast link.",
           **at("2026-07-06", "15:00", 60, *NY)),
     None, "en", PODCAST),
    (event("Interview with Pat Lee – Harbor Times profile",
           organizer=org("r.chen@harbortimes.com", "Rosa Chen"),
           guests=[guest("r.chen@harbortimes.com", "Rosa Chen")],
           description="20-minute phone interview for our 'Founders to watch' column. Photographer to follow up.",
           **at("2026-07-10", "10:00", 20, *NY)),
     None, "en", MEDIA),
    (event("Offboarding: exit conversation with People Partner",
           organizer=org("people@oldemployer.com", "Dana Whitfield"),
           guests=[guest("people@oldemployer.com", "Dana Whitfield")],
           description="Before your last day, we'd value your honest feedback about your time here. Everything "
                       "you share is confidential.",
           **at("2026-05-28", "16:00", 30, *NY)),
     None, "en", EXIT),
    (event("Functioneringsgesprek Pat Lee",
           organizer=org("e.jansen@mijnwerkgever.nl", "Eva Jansen"),
           guests=[guest("e.jansen@mijnwerkgever.nl", "Eva Jansen")],
           description="Beste Pat, hierbij nodig ik je uit voor je functioneringsgesprek. Bereid het formulier "
                       "voor; je mag zelf agendapunten aandragen.",
           **at("2026-06-11", "10:00", 60, *AMS)),
     None, "nl", NL_FUNC),
    (event("Convocation à votre entretien professionnel 2026",
           organizer=org("rh@monemployeur.fr", "Service RH"),
           guests=[guest("m.lambert@monemployeur.fr", "Mathieu Lambert")],
           description="Conformément à la loi, nous vous proposons un entretien professionnel pour échanger sur "
                       "vos perspectives d'évolution et vos besoins de formation. Merci de compléter la "
                       "préparation en amont.",
           **at("2026-06-16", "14:00", 60, *PAR)),
     None, "fr", FR_EP),
    (event("CodeSignal practice: mock interview session with Dana (new interviewer)",
           organizer=org("dana.w@mycurrentjob.com", "Dana Wu"),
           guests=[guest("dana.w@mycurrentjob.com", "Dana Wu")],
           description="Before you run your first live candidate interview, let's do a mock session so you "
                       "know the IDE. Log in as the interviewer.",
           **at("2026-06-12", "11:00", 30, *LA)),
     None, "en", CODESIGNAL_PREP),
    (event("CodePair Interview: Jordan Reyes – Backend Engineer",
           organizer=org("recruiting@mycurrentjob.com", "Recruiting"),
           guests=[guest("jordan.reyes.dev@gmail.com", "Jordan Reyes")],
           description="You are the interviewer. Candidate report available in HackerRank for Work.\nJoin: "
                       "https://www.hackerrank.com/work/codepair/jr-22x",
           **at("2026-06-17", "14:00", 60, *LA)),
     None, "en", HACKERRANK),
    (event("Internal meeting: discuss candidate Alex Moreno",
           organizer=org("recruiting@mycurrentjob.com", "Recruiting"),
           guests=[guest("lee.w@mycurrentjob.com", "Lee Wong")],
           description="Internal Workable meeting – the candidate is not notified.",
           **at("2026-06-18", "16:30", 30, *LA)),
     None, "en", WORKABLE),
    (event("Approve interview availability – Store Ops Manager requisition",
           organizer=org("talent@mycurrentjob.com", "Talent Acquisition"),
           description="Select the times you can host interviews this week so candidates can book them.",
           **at("2026-06-19", "09:00", 15, *CHI)),
     None, "en", RADANCY),
    (event("Interview mit Bewerber Jonas Albrecht – Werkstudent Marketing",
           organizer=org("personal@meinarbeitgeber.de", "Personalabteilung"),
           guests=[guest("jonas.albrecht@web.de", "Jonas Albrecht")],
           description="Sie sind als interviewende Person eingetragen. Bitte füllen Sie den Evaluationsbogen "
                       "nach dem Gespräch aus.",
           **at("2026-03-24", "11:00", 45, *BER_W)),
     None, "de", DE_PERSONIO_ICS),
    (event("Mock interview with career advisor",
           organizer=org("career.advising@colorado-state-u.edu", "Career Services"),
           description="Practice interview for your on-campus interviews; bring a job description you're "
                       "targeting.",
           location="Career Services, Center for Community S355",
           **at("2026-09-22", "13:00", 45, "-06:00", "America/Denver")),
     None, "en", CAREER_ADVISOR),
    (event("Civil Service interview coaching – Success Profiles (session 2)",
           organizer=org("bookings@interviewcoachuk.com", "Interview Coach UK"),
           description="1-to-1 coaching: STAR answers for Delivering at Pace and Seeing the Big Picture; strengths "
                       "questions practice.",
           **at("2026-10-01", "18:00", 60, *LON)),
     None, "en", COACHING),
    # a ten-minute slot at a virtual career fair is the fair, not an interview
    (event("Virtual Career Fair: 1:1 session with Brightfield Systems (10 min)",
           organizer=org("no-reply@joinhandshake.com", "Handshake"),
           description="You signed up for a 1:1 session at the Fall Virtual Career Fair. Join from Handshake at "
                       "your session time.",
           **at("2026-09-24", "14:20", 10, *CHI)),
     None, "en", VFAIR),
    (event("Information Session: Calloway Insurance Graduate Programme",
           organizer=org("careers@univ-south.edu", "Career Services"),
           description="Learn about job opportunities, requirements and how to apply. Open to all students and "
                       "alumni.",
           location="Student Union, Ballroom B",
           **at("2026-10-08", "17:30", 60, *CHI)),
     None, "en", INFO_SESSION),
    (event("Webinar: How to succeed at graduate assessment centres",
           organizer=org("events@gradcareershub.co.uk", "GradCareers Hub"),
           description="Live webinar with recruiters on group exercises, e-trays and competency interviews. "
                       "Recording available afterwards.",
           **at("2026-11-10", "18:30", 60, *LON_W)),
     None, "en", TARGETJOBS),
    (event("Coffee chat w/ Priya (alum, Nordvik Energy)", organizer=SELF,
           guests=[guest("priya.natarajan@nordvikenergy.no", "Priya Natarajan")],
           description="Alumni network. Ask about her path into energy analytics.",
           location="Tim Wendelboe, Grüners gate 1, Oslo",
           **at("2026-05-27", "08:30", 45, *OSL)),
     None, "en", ALUMNI),
    (event("Fieldnote CRM demo for Pat",
           organizer=org("sales@fieldnotecrm.com", "Fieldnote Sales"),
           guests=[guest("a.kaur@fieldnotecrm.com", "Aman Kaur, Account Executive")],
           description="Thanks for booking a demo! Your meeting was assigned by round robin to the next available "
                       "rep." + ZOOM,
           **at("2026-06-23", "11:30", 30, *NY)),
     None, "en", HUBSPOT),
    (event("Kickoff call: Fieldnote CRM onboarding",
           organizer=org("a.kaur@fieldnotecrm.com", "Aman Kaur"),
           guests=[guest("a.kaur@fieldnotecrm.com", "Aman Kaur"), guest("cs@fieldnotecrm.com", "Fieldnote Customer Success")],
           **at("2026-07-08", "11:00", 45, *NY)),
     None, "en", HUBSPOT),
    (event("MBA Admissions Interview", organizer=SELF,
           description="30 minutes with an Admissions Board member; written reflection due within 24 hours.",
           location="Dillon House, Boston",
           **at("2026-11-12", "10:00", 30, "-05:00", "America/New_York")),
     None, "en", MBA_HBS),
    (event("Alumni interview – MBA application (Round 1)",
           organizer=org("d.ferreira@gmail.com", "Daniel Ferreira"),
           guests=[guest("d.ferreira@gmail.com", "Daniel Ferreira")],
           description="Hi Pat, I was assigned to interview you for the MBA programme. Could you bring your "
                       "resume? Coffee is on me.",
           location="Blue Bottle Coffee, Bryant Park",
           **at("2026-11-04", "08:00", 60, "-05:00", "America/New_York")),
     None, "en", MBA_ALUMNI),
    (event("Colloqui scuola-famiglia – prof.ssa Conti (matematica)",
           organizer=org("noreply@registroelettronico.it", "Registro elettronico"),
           description="Prenotazione confermata: posizione n. 4. Ricevimento in aula magna, 10 minuti per "
                       "genitore.",
           **at("2026-11-20", "16:40", 10, "+01:00", "Europe/Rome")),
     None, "it", IT_SCUOLA),
    (event("Entrevista con la familia – tutora de 2º ESO B",
           organizer=org("r.molina@iesguadalquivir.es", "Rocío Molina"),
           guests=[guest("r.molina@iesguadalquivir.es", "Rocío Molina")],
           description="Estimada familia: le cito para una entrevista sobre la evolución de Lucía este "
                       "trimestre. Traeré la información del resto del profesorado.",
           location="IES Guadalquivir, Departamento de Orientación",
           **at("2026-11-05", "17:00", 30, "+01:00", "Europe/Madrid")),
     None, "es", ES_TUTORIA),
    (event("Tutoría con padres – reserva confirmada",
           organizer=org("maestra.nuria@colegiolosalamos.es", "Nuria Ferrer"),
           guests=[guest("maestra.nuria@colegiolosalamos.es", "Nuria Ferrer")],
           description="Tu cita de tutoría (15 min) está confirmada. Si no puedes asistir, cancela desde el enlace "
                       "para liberar el hueco.\nReservado con Koalendar",
           **at("2026-10-20", "16:30", 15, *MAD)),
     None, "es", ES_KOALENDAR),
    (event("三者面談（2年1組 担任：佐藤先生）", organizer=SELF,
           description="子どもと一緒に学校へ。15分。スリッパ持参。",
           **at("2026-12-14", "15:30", 15, *TYO)),
     None, "ja", JA_SANSHA),
    (event("Wohnungsbesichtigung – 3 Zimmer, Lindenallee 8",
           organizer=org("vermietung@lindenallee-immo.de", "Hausverwaltung Lindenallee"),
           description="Bitte Mieterselbstauskunft, Gehaltsnachweise und Schufa-Auskunft mitbringen.",
           location="Lindenallee 8, 3. OG",
           **at("2026-04-11", "11:00", 30, *BER)),
     None, "de", DE_BESICHT),
    (event("Disciplinary hearing", organizer=org("hr@mycurrentjob.co.uk", "HR"),
           guests=[guest("hr@mycurrentjob.co.uk", "HR"), guest("g.pratt@mycurrentjob.co.uk", "Graham Pratt")],
           description="You are required to attend a disciplinary hearing regarding the concerns discussed. You "
                       "may be accompanied by a trade union representative or a colleague.",
           **at("2026-06-30", "10:00", 60, *LON)),
     None, "en", DISCIPLINARY),
    (event("Consulta – Dra. Beatriz Lopes (clínica geral)",
           organizer=org("agenda@clinicavidaplena.com.br", "Clínica Vida Plena"),
           description="Olá! Lembrete da sua consulta. Responda 1 para confirmar ou 2 para remarcar. Chegue 15 "
                       "minutos antes com documento e carteirinha do convênio.",
           **at("2026-06-08", "08:00", 30, *SAO)),
     None, "pt", PT_MED),
    (event("Primeira consulta (entrevista inicial) – Psicóloga Ana Ribeiro",
           organizer=org("ana.ribeiro.psi@gmail.com", "Ana Ribeiro"),
           guests=[guest("ana.ribeiro.psi@gmail.com", "Ana Ribeiro")],
           description="Sessão online de 50 minutos. Escolha um ambiente reservado e teste a conexão antes.",
           **at("2026-06-10", "19:00", 50, *SAO)),
     None, "pt", PT_PSY),
    (event("Welcome Space: your first day at Nordvik Energy",
           organizer=org("people@nordvikenergy.no", "Nordvik People Team"),
           description="Welcome aboard! Upload your personal documents in the Welcome Space before your first "
                       "day and meet your onboarding buddy at reception.",
           **at("2026-08-03", "09:00", 120, *OSL)),
     None, "en", FACTORIAL_FAQ),
    (event("Prep: Ipê Seguros technical interview (SQL drills)", organizer=SELF,
           **at("2026-06-17", "19:00", 90, *SAO)),
     None, "en", TAPTALENT),
    (event("Campus interview slots – Brightfield Systems (you are interviewing)",
           organizer=org("no-reply@rakuna.co", "Rakuna"),
           description="You are listed as an interviewer for 6 time slots. Candidates book via the interview "
                       "schedule link.",
           **at("2026-10-14", "13:00", 180, *CHI)),
     None, "en", RAKUNA),
    (event("Group session: Meet the Brightfield Systems recruiting team",
           organizer=org("no-reply@joinhandshake.com", "Handshake"),
           description="30-minute group session at the virtual fair (up to 50 participants).",
           **at("2026-09-24", "15:00", 30, *CHI)),
     None, "en", VFAIR),
    # ============================================================ ordinary events
    (event("Flight LH 2043 MUC→HAM", organizer=SELF, **at("2026-03-20", "07:05", 75, *BER_W)),
     None, "en", WORKABLE_AVAIL),
    (event("Sprint retro", organizer=org("eng@mycurrentjob.com", "Engineering"),
           guests=[guest("eng@mycurrentjob.com", "Engineering")], **at("2026-06-12", "15:00", 60, *LA)),
     None, "en", WORKABLE_AVAIL),
    (event("Pay quarterly estimated taxes", organizer=SELF, **at("2026-06-15", "09:00", 15, *NY)),
     None, "en", WORKABLE_AVAIL),
    (event("Dinner at Nonna's", organizer=SELF, location="Nonna's Trattoria, Arthur Ave",
           **at("2026-06-20", "19:30", 120, *NY)),
     None, "en", WORKABLE_AVAIL),
    (event("Swim lessons (Mia)", organizer=SELF, recurringEventId="swim2026",
           **at("2026-06-13", "10:00", 45, *NY)),
     None, "en", WORKABLE_AVAIL),
    (event("Food bank volunteer shift", organizer=org("volunteer@cityharvest.org", "City Harvest Volunteers"),
           description="Thanks for signing up! Closed-toe shoes required.", **at("2026-06-27", "09:00", 180, *NY)),
     None, "en", WORKABLE_AVAIL),
    (event("Car service – 30k mile", organizer=SELF, location="Westside Toyota Service",
           **at("2026-07-01", "07:30", 120, *CHI)),
     None, "en", WORKABLE_AVAIL),
    (event("Omas 80. Geburtstag", organizer=SELF, location="Gasthaus Zur Linde",
           **at("2026-04-25", "12:00", 240, *BER)),
     None, "de", WORKABLE_AVAIL),
    (event("Assemblée générale de copropriété", organizer=org("syndic@cabinet-morel.fr", "Cabinet Morel Syndic"),
           description="Ordre du jour : budget, ravalement de façade.", **at("2026-06-04", "18:30", 120, *PAR)),
     None, "fr", WORKABLE_AVAIL),
    (event("Cena con Marta", organizer=SELF, location="Casa Lucio", **at("2026-06-06", "21:30", 120, *MAD)),
     None, "es", WORKABLE_AVAIL),
    (event("歯医者（定期検診）", organizer=SELF, **at("2026-06-13", "10:00", 30, *TYO)),
     None, "ja", WORKABLE_AVAIL),
    (event("Team offsite planning", organizer=org("ops@mycurrentjob.com", "Ops"),
           guests=[guest("ops@mycurrentjob.com", "Ops"), guest("lee.w@mycurrentjob.com", "Lee Wong")],
           **at("2026-06-25", "13:00", 60, *LA)),
     None, "en", WORKABLE_AVAIL),
    (event("Quarterly business review – Acadia Freight (client)",
           organizer=SELF, guests=[guest("m.doyle@acadiafreight.com", "Martin Doyle")],
           description="QBR deck in the shared drive. Renewal discussion.", **at("2026-07-09", "14:00", 60, *NY)),
     None, "en", WORKABLE_AVAIL),
    (event("Yoga – vinyasa flow", organizer=org("studio@flowhouse.yoga", "Flow House"),
           **at("2026-06-16", "07:00", 60, *CHI)),
     None, "en", WORKABLE_AVAIL),
]

_ids = [case[0]["id"] for case in BLIND3]
assert len(_ids) == len(set(_ids)), "two cases share an id"
