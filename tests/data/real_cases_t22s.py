"""A check set for interviews that are not the user's own hiring step (issue #15, round 22).

Written and labelled by hand in round 22, before the code ran on it and before the side rules
changed; scored once on round 22's starting code (r22start), then after the change
(docs/detection.md, "Round 22: ratings, seats beside a candidate, candidacies and workshops").
Tuning data from the start (round "tune-22-check-s").

Aimed at classes, not at cases: (a) an interview that rates or certifies the user's own skill
(a sign-language proficiency interview, an oral proficiency interview for a licence or a course,
a certification oral, a pilot's oral exam); (b) the user's seat beside someone else's interview
as a sign-language interpreter, a support worker, a job coach or a note-taker, in English,
Spanish, German, French and Hindi; (c) nominations and candidacies for office (a party's
selection or pre-selection interview, a ticket claimant's interview in Hindi, Tamil and Marathi);
(d) workshops, webinars, courses and master classes about interviews in the languages the lexicon
learned last (Galician, Persian, Welsh, Afrikaans, Maltese, Mongolian, Armenian, Khmer,
Amharic), and an interview letter's document chore. On the other side, true hiring steps
carrying the same words: job interviews with a language or signing test, an interpreter's and a
note-taker's own job interview, a party office's staff job interview, an interview held in a
"workshop" room, a trainer's interview that includes delivering a short session.

Each case cites the public page its wording or process was paraphrased from (found with the
project's search tool, pages corpus; no URL or host is cited by an earlier file in tests/data,
checked with a grep over tests/data/*.py for each host before use). Where no page in the
language itself was found, the case cites the page whose process it follows (a regional
employment service's workshops on the interview). Names, companies and addresses are invented;
the wording is paraphrased. Labels follow ``real_cases_b15.py``'s docstring: ``None`` unless the
event is a job interview or hiring step the calendar's owner attends as the candidate; else the
accepted company spellings and exactly the people a thank-you goes to. Decisions where earlier
files were silent:
- a proficiency or certification interview that rates the user's own skill is no, even when an
  employer needs the rating (a condition of employment, a teaching licence); an employer's job
  interview that includes a language or signing test is yes;
- interpreting, note-taking or supporting at someone else's interview is no; the interpreter's
  or note-taker's own job interview is yes;
- a party's candidate selection for office is no (rounds 10, 11 and 20 call nominations,
  scholarships and awards no); a party office's paid staff post is a job, yes.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, org, yes

NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
LON = ("+01:00", "Europe/London")
MAD = ("+02:00", "Europe/Madrid")
BER = ("+02:00", "Europe/Berlin")
PAR = ("+02:00", "Europe/Paris")
WAW = ("+02:00", "Europe/Warsaw")
MLA = ("+02:00", "Europe/Malta")
JNB = ("+02:00", "Africa/Johannesburg")
ADD = ("+03:00", "Africa/Addis_Ababa")
THR = ("+03:30", "Asia/Tehran")
EVN = ("+04:00", "Asia/Yerevan")
DEL = ("+05:30", "Asia/Kolkata")
PNH = ("+07:00", "Asia/Phnom_Penh")
ULN = ("+08:00", "Asia/Ulaanbaatar")
AKL = ("+13:00", "Pacific/Auckland")

# Sources (found with the project's search tool, pages corpus; no host cited by an earlier file).
RIT_SLPI = "https://www.rit.edu/ntid/slpi"
SIGNLANG = "http://www.signlang-assessment.info/sign-language-proficiency-interview.html"
DEPAUL = "https://education.depaul.edu/student-resources/licensure/Pages/oral-proficiency-exam.aspx"
FIVECOLLEGES = "https://www.langmedia.fivecolleges.edu/tracking-your-progress/what-oral-proficiency-interview"
GLOBALCOACH = "https://thegloballanguagecoach.org/opi-en/"
HILLS = "https://www.hillslearning.com/articles/category/language-assessment"
PILOT_ORAL = "http://www.geocities.ws/mike_shiflett/freq_asked_quest.htm"
TERPTREE = "https://terptree.co.uk/communication-professionals/how-to-interview-a-deaf-person/"
CHANGEYOUR = "https://www.changeyourperception.org/the-interview/"
RNID = ("https://developer.rnid.org.uk/information-and-support/work-job-employment/making-recruitment-"
        "accessible/making-interview-accessible/")
MTA = "https://www.mtapractice.com/2018/04/02/job-interview-between-deaf-and-hearing/"
CLEARTALENTS = "https://help.cleartalents.com/help-pages/networkrail/support-workers/"
EMPLOYERDIS = ("http://www.employerdisabilityinfo.ie/advice-and-information/inclusive-recruitment-and-"
               "management/inclusive-recruitment/interviewing")
SUSE = "https://www.suse.org.uk/employers/good-practice-guide/selection-and-interviews/"
LABOUR = "https://labour.org.uk/members/councillor-applications/"
LABOURLIST = "https://labourlist.org/2023/12/labour-candidate-selection-interview-tips-alice-perry/"
HOMEPADDOCK = "https://homepaddock.wordpress.com/2014/04/06/choosing-those-to-be-chosen-from/"
IND24 = "https://www.ind24.tv/chhattisgarh/278981fe-d2fa-4890-be73-3bdf07d44bf5"
MITHLA = "https://www.mithlahindinews.com/2025/08/blog-post_10.html"
PUTHIYA = ("https://www.puthiyathalaimurai.com/trending/custom-petition-in-the-name-of-rahul-gandhi-at-"
           "kanyakumari-constituency")
UCNNEWS = ("https://www.ucnnews.live/politics/interviews-of-candidates-willing-to-contest-assembly-elections-"
           "from-congress-party-will-be-held-between-october-1-and-8-1727767972150")
XUNTA = "https://emprego.xunta.gal/portal/index.php/gl/?option=com_content&view=article&id=326"
CONSUMER_GL = "https://revista.consumer.es/gl/portada-gl/economia-domestica-gl/seguinte-pregunta.html"
JAHAD_QOM = "https://jahad-uni-qom.ir/"
IRIB = "https://www.iribnews.ir/fa/news/5631788/"
WGSB = "https://wgsb.wales/3406?lang=cy-gb"
NWU = "https://services.nwu.ac.za/af/career-centre/wenke-vir-jou-soektog-na-werk"
OTGONTENGER = "http://otgontenger.edu.mn/mn/news/show/259"
LANGTESTING = ("https://www.languagetesting.com/blog/the-pitfalls-of-relying-on-interviews-to-evaluate-"
               "bilingual-candidates-language-skills/")
ADEX = "http://www.adex.com.pl/our_services/language_recruitment.html"
PICKED = "https://www.picked.ai/magazine/recruiters-guide-for-assessing-bilingual-language-skills/"
HRID = "https://hrid.com/en/how-to-determine-if-a-job-candidate-is-really-bilingual/"

TUNE22_CHECK_S: list[Case] = [
    # ====================================== (a) an interview that rates the user's own skill
    # rit.edu: the SLPI is a recorded conversation rated by three raters; faculty need a rating
    (event("SLPI:ASL interview – annual signing rating",
           organizer=org("slpi-team@ntid-example.edu", "ASL Evaluation Team"),
           description="Your Sign Language Proficiency Interview is recorded and rated independently by "
                       "three raters. Interviewers cannot discuss results. Room 2140, arrive 10 min early.",
           id="t22s-01", **at("2028-10-02", "10:00", 30, *NY)),
     None, "en", RIT_SLPI),
    # depaul: language teacher candidates take an OPI by phone with a certified tester before licensure
    (event("ACTFL OPI (Spanish) – phone with certified tester, need Intermediate High",
           organizer=SELF,
           description="Licensure requirement before student teaching. Confirmation code 88-KQ-204. "
                       "Quiet room, phone charged.",
           id="t22s-02", **at("2028-10-02", "14:00", 30, *CHI)),
     None, "en", DEPAUL),
    # fivecolleges: an end-of-course oral proficiency interview by the testing service
    (event("Oral Proficiency Interview – Swahili (end of course)",
           organizer=org("languages@fivecampus-center-example.org", "Center for World Languages"),
           description="20-40 minutes by phone. Conversation and possibly a role play; the rating is sent "
                       "to the Center and a certificate to you.",
           id="t22s-03", **at("2028-10-03", "11:00", 40, *NY)),
     None, "en", FIVECOLLEGES),
    # thegloballanguagecoach: the OPI certifies fluency; the user books one for a translator registry
    (event("Entrevista de Proficiencia Oral (OPI) – certificación de inglés",
           organizer=org("citas@evaluacion-lenguas-ejemplo.es", "Centro de Evaluación de Lenguas"),
           description="Conversación telefónica de 15-30 minutos con un evaluador certificado. La nota se "
                       "expresa en la escala ACTFL y se emite certificado.",
           id="t22s-04", **at("2028-10-03", "17:00", 30, *MAD)),
     None, "es", GLOBALCOACH),
    # signlang-assessment: the SLPI is used in New Zealand (NZSL); a teacher aide's rating
    (event("NZSL proficiency interview (SLPI) – rating for my PD plan",
           organizer=SELF,
           description="Recorded, 15-25 min, rated by three raters. Topics: work, hobbies, family.",
           id="t22s-05", **at("2028-10-04", "09:30", 30, *AKL)),
     None, "en", SIGNLANG),
    # hillslearning: an OPI ranks one's oral ability; here a French sign-language rating for a course
    (event("Entretien d'évaluation en LSF – niveau de langue des signes (certification)",
           organizer=org("certification@institut-lsf-exemple.fr", "Institut LSF – Certification"),
           description="Entretien filmé avec un évaluateur sourd, noté ensuite par un jury. Résultat sous "
                       "quatre semaines.",
           id="t22s-06", **at("2028-10-04", "14:00", 30, *PAR)),
     None, "fr", HILLS),
    # geocities (a DPE's FAQ): the oral exam precedes the checkride for a pilot certificate
    (event("Private pilot checkride – oral exam with DPE, then flight",
           organizer=SELF,
           description="Bring logbook, POH, FAR/AIM, IACRA login. Examiner fee $700.",
           location="Hangar 4, Bayview Municipal Airport",
           id="t22s-07", **at("2028-10-05", "08:00", 240, *CHI)),
     None, "en", PILOT_ORAL),
    # ====================================== (b) the user's seat beside someone else's interview
    # terptree: the employer books a BSL interpreter for a deaf candidate's interview
    (event("BSL interpreting – job interview for Deaf candidate (Booking #4471)",
           organizer=org("bookings@signlink-agency-example.co.uk", "SignLink Bookings"),
           description="Client: Harrow Vale Council, HR panel of 3. Deaf candidate applying for admin "
                       "officer. Please arrive 15 min early to agree seating with the panel chair.",
           location="Civic Centre, Room 3.12",
           id="t22s-08", **at("2028-10-05", "10:30", 90, *LON)),
     None, "en", TERPTREE),
    # changeyourperception: a licensed interpreter sits beside the interviewer for a deaf candidate
    (event("ASL interp: Deaf applicant's interview @ Larkfield Logistics",
           organizer=SELF,
           description="Prep: job description + question list emailed by HR. Position next to interviewer. "
                       "Invoice to Larkfield HR.",
           id="t22s-09", **at("2028-10-06", "13:00", 60, *CHI)),
     None, "en", CHANGEYOUR),
    # cleartalents: a support worker reads and takes notes for a candidate at interview
    (event("Support worker – accompany client to interview + note-taking",
           organizer=org("rota@ablecare-support-example.co.uk", "AbleCare Rota"),
           description="Client: Mr D. Okoye, interview at Northgate Rail depot 11:00. Meet at station 10:15. "
                       "Access to Work funded.",
           id="t22s-10", **at("2028-10-06", "10:15", 150, *LON)),
     None, "en", CLEARTALENTS),
    # employerdisabilityinfo: a candidate may be accompanied by a job coach at the interview
    (event("Job coach: attend Ciarán's interview with him (reasonable accommodation)",
           organizer=SELF,
           description="Supermarket night-fill role. Remind panel I don't answer for him.",
           id="t22s-11", **at("2028-10-09", "09:30", 90, *LON)),
     None, "en", EMPLOYERDIS),
    # rnid: a registered sign-language interpreter booked for a deaf applicant; Spanish service
    (event("Interpretación LSE – entrevista de trabajo de usuaria sorda",
           organizer=org("servicio@interpretes-lse-ejemplo.es", "Servicio de Intérpretes LSE"),
           description="Usuaria: Marta R., candidata a auxiliar de biblioteca. Entrevista con el tribunal "
                       "a las 10:00; llegar 15 minutos antes.",
           location="Biblioteca Municipal, Getafe",
           id="t22s-12", **at("2028-10-09", "09:45", 75, *MAD)),
     None, "es", RNID),
    # mtapractice: the deaf job seeker asks the company to book an interpreter from an agency
    (event("Gebärdensprachdolmetschen: Vorstellungsgespräch von Herrn Kaya (gehörlos)",
           organizer=org("einsatz@gebaerden-dolmetsch-beispiel.de", "Dolmetschzentrale"),
           description="Auftraggeber: Stadtwerke Talheim, Personalabteilung. Einsatz 60 Minuten, "
                       "Vorgespräch 10 Minuten.",
           id="t22s-13", **at("2028-10-10", "11:00", 70, *BER)),
     None, "de", MTA),
    # rnid: the same, in Hindi (an interpreter's duty roster)
    (event("दुभाषिया ड्यूटी – बधिर उम्मीदवार का साक्षात्कार (सांकेतिक भाषा)",
           organizer=org("duty@sanket-seva-udaharan.in", "संकेत सेवा"),
           description="उम्मीदवार: श्री अमन वर्मा, लिपिक पद। पैनल के साथ 15 मिनट पहले बैठना है।",
           id="t22s-14", **at("2028-10-10", "10:00", 90, *DEL)),
     None, "hi", RNID),
    # suse: the panel takes notes; the user is the panel's note-taker at a council's interviews
    (event("Note-taker for interview panel – Policy Officer (Grade 7), 5 candidates",
           organizer=org("recruitment@eastmere-council-example.gov.uk", "Eastmere Recruitment"),
           description="Record answers on the scoring sheets; no questions from the note-taker.",
           id="t22s-15", **at("2028-10-11", "09:00", 360, *LON)),
     None, "en", SUSE),
    # ====================================== (c) nominations and candidacies for office
    # labour.org.uk: a nominee for councillor attends an assessment centre interview
    (event("Council candidate assessment interview – Local Campaign Forum",
           organizer=org("lcf.secretary@westbrook-labour-example.org.uk", "Westbrook LCF Secretary"),
           description="Assessment centre interview and exercise for the panel of candidates. "
                       "Bring your nomination form.",
           id="t22s-16", **at("2028-10-11", "18:30", 60, *LON)),
     None, "en", LABOUR),
    # labourlist: selection interviews for parliamentary candidates test local knowledge and policy
    (event("PPC selection interview – shortlisting panel",
           organizer=SELF,
           description="Prep: local issues, campaigning record, why I'm standing.",
           id="t22s-17", **at("2028-10-12", "19:00", 45, *LON)),
     None, "en", LABOURLIST),
    # homepaddock: the pre-selection committee interviews nominees and cuts them to five
    (event("Pre-selection interview – electorate committee (candidate nomination)",
           organizer=org("electorate.chair@party-example.org.nz", "Electorate Chair"),
           id="t22s-18", **at("2028-10-13", "10:00", 30, *AKL)),
     None, "en", HOMEPADDOCK),
    # ind24: a party interviews assembly ticket claimants
    (event("टिकट दावेदार इंटरव्यू – विधानसभा चुनाव, संभाग प्रभारी",
           organizer=SELF,
           description="प्रदेश कार्यालय, भोपाल। बायोडाटा और क्षेत्र की रिपोर्ट साथ ले जाना।",
           id="t22s-19", **at("2028-10-13", "11:00", 60, *DEL)),
     None, "hi", IND24),
    # mithlahindinews: the screening committee interviews claimants district by district
    (event("साक्षात्कार – विधानसभा टिकट दावेदार, स्क्रीनिंग कमेटी",
           organizer=org("karyalay@pradesh-party-udaharan.in", "प्रदेश कार्यालय"),
           description="निर्धारित तिथि और समय पर ही पहुँचें। सांगठनिक जिला: दरभंगा।",
           id="t22s-20", **at("2028-10-16", "10:00", 30, *DEL)),
     None, "hi", MITHLA),
    # puthiyathalaimurai: parties interview those who filed a wish petition to contest
    (event("விருப்ப மனு நேர்காணல் – சட்டமன்றத் தேர்தல் (கட்சி தலைமை அலுவலகம்)",
           organizer=SELF,
           description="தொகுதி: திருவாடானை. விருப்ப மனு ரசீது கொண்டு செல்லவும்.",
           id="t22s-21", **at("2028-10-16", "09:30", 60, *DEL)),
     None, "ta", PUTHIYA),
    # ucnnews: interviews of those willing to contest the assembly election for a party
    (event("इच्छुक उमेदवार मुलाखत – विधानसभा निवडणूक, पक्ष निरीक्षक",
           organizer=SELF,
           description="जिल्हा कार्यालय, चंद्रपूर. अर्जाची प्रत सोबत.",
           id="t22s-22", **at("2028-10-17", "12:00", 30, *DEL)),
     None, "mr", UCNNEWS),
    # ====================================== (d) workshops, webinars, courses, master classes; chores
    # emprego.xunta: the employment service's guidance on the interview's phases; its workshops
    (event("Obradoiro de emprego: a entrevista de traballo (fases e preguntas)",
           organizer=org("orientacion@concello-exemplo.gal", "Orientación Laboral"),
           description="Sesión práctica en grupo. Prazas limitadas, inscrición previa.",
           location="Centro Cívico, aula 2",
           id="t22s-23", **at("2028-10-17", "10:00", 120, *MAD)),
     None, "gl", XUNTA),
    # revista.consumer (gl): employment offices run courses and workshops on the interview
    (event("Curso: superar a entrevista de selección – sesión 2",
           organizer=org("formacion@ett-exemplo.gal", "Formación ETT"),
           id="t22s-24", **at("2028-10-18", "16:00", 90, *MAD)),
     None, "gl", CONSUMER_GL),
    # jahad-uni-qom: a university's sessions acquainting students with the job market; a webinar
    (event("وبینار آمادگی برای مصاحبه فنی – ویژه برنامه‌نویسان",
           organizer=org("career@daneshgah-nemoone.ir", "مرکز کارآفرینی دانشگاه"),
           description="لینک اسکای‌روم یک روز قبل ارسال می‌شود. شرکت رایگان است.",
           id="t22s-25", **at("2028-10-18", "17:00", 90, *THR)),
     None, "fa", JAHAD_QOM),
    # jahad-uni-qom: the same centre's workshop on job interview skills
    (event("کارگاه مهارت‌های مصاحبه شغلی",
           organizer=org("career@daneshgah-nemoone.ir", "مرکز کارآفرینی دانشگاه"),
           location="سالن اجتماعات، دانشکده فنی",
           id="t22s-26", **at("2028-10-21", "10:00", 120, *THR)),
     None, "fa", JAHAD_QOM),
    # wgsb.wales: kinds of interview and how to answer them; a workshop on them
    (event("Gweithdy: paratoi ar gyfer cyfweliad swydd",
           organizer=org("gyrfaoedd@coleg-enghraifft.ac.uk", "Gwasanaeth Gyrfaoedd"),
           description="Cyfweliadau panel, cwestiynau ymddygiadol a'r dechneg STAR.",
           id="t22s-27", **at("2028-10-19", "13:00", 90, *LON)),
     None, "cy", WGSB),
    # nwu: a career centre's tips for the job search; a workshop on the interview
    (event("Werkswinkel: hoe om 'n werksonderhoud te hanteer",
           organizer=org("loopbaan@universiteit-voorbeeld.ac.za", "Loopbaansentrum"),
           location="Lesingsaal G12",
           id="t22s-28", **at("2028-10-19", "14:00", 90, *JNB)),
     None, "af", NWU),
    # revista.consumer: courses and workshops on the interview (Maltese, Jobsplus-style session)
    (event("Workshop: kif tipprepara għal intervista tax-xogħol",
           organizer=org("tahrig@impjiegi-ezempju.mt", "Taqsima Taħriġ"),
           id="t22s-29", **at("2028-10-20", "09:30", 120, *MLA)),
     None, "mt", CONSUMER_GL),
    # otgontenger: a university's capacity-building trainings; one on preparing for the job interview
    (event("Сургалт: ажлын ярилцлагад бэлтгэх нь",
           organizer=org("career@ih-surguuli-jishee.edu.mn", "Карьер хөгжлийн төв"),
           id="t22s-30", **at("2028-10-20", "15:00", 120, *ULN)),
     None, "mn", OTGONTENGER),
    # revista.consumer: a master class on the interview (Armenian)
    (event("Վարպետաց դաս. ինչպես հաջողել աշխատանքային հարցազրույցում",
           organizer=org("career@hamalsaran-orinak.am", "Կարիերայի կենտրոն"),
           id="t22s-31", **at("2028-10-23", "16:00", 90, *EVN)),
     None, "hy", CONSUMER_GL),
    # revista.consumer: a training on preparing for the interview (Khmer)
    (event("វគ្គបណ្តុះបណ្តាល៖ ការត្រៀមខ្លួនសម្រាប់សម្ភាសន៍ការងារ",
           organizer=org("career@sakalvityealay-ompeak.edu.kh", "មជ្ឈមណ្ឌលអាជីព"),
           id="t22s-32", **at("2028-10-23", "14:00", 120, *PNH)),
     None, "km", CONSUMER_GL),
    # revista.consumer: a training on the job interview (Amharic)
    (event("ስልጠና፡ ለሥራ ቃለ መጠይቅ ዝግጅት",
           organizer=org("career@yunivesiti-mesalie.edu.et", "የሙያ ማዕከል"),
           id="t22s-33", **at("2028-10-24", "09:00", 120, *ADD)),
     None, "am", CONSUMER_GL),
    # ucnnews (mr): an interview letter's chore, getting certificates attested before the interview
    (event("मुलाखतीसाठी कागदपत्रे साक्षांकित करून घेणे (तहसील कार्यालय)",
           organizer=SELF,
           description="गुणपत्रिका, जात प्रमाणपत्र, रहिवासी दाखला – प्रत्येकी ३ प्रती.",
           id="t22s-34", **at("2028-10-24", "11:00", 60, *DEL)),
     None, "mr", UCNNEWS),
    # ====================================== true hiring steps carrying the same words
    # languagetesting: an interview in the target language for a bilingual role, with a test
    (event("Interview + Spanish language assessment – Bilingual Customer Care Rep",
           organizer=org("talent@brightharbor-example.com", "BrightHarbor Talent"),
           description="Hi Sam, 30 min with Dana Cole (Care Manager), then a 15-min Spanish proficiency "
                       "check with our language assessor.",
           id="t22s-35", **at("2028-10-02", "15:00", 45, *NY)),
     yes(["BrightHarbor"], ["talent@brightharbor-example.com"]), "en", LANGTESTING),
    # adex: the agency conducts part of the job interview in a foreign language
    (event("Rozmowa kwalifikacyjna + test językowy (angielski) – Specjalista ds. obsługi klienta",
           organizer=org("rekrutacja@nordica-serwis-przyklad.pl", "Nordica Serwis – Rekrutacja"),
           description="Część rozmowy odbędzie się po angielsku. Prosimy o dokument tożsamości.",
           id="t22s-36", **at("2028-10-03", "10:00", 60, *WAW)),
     yes(["Nordica Serwis", "Nordica"], ["rekrutacja@nordica-serwis-przyklad.pl"]), "pl", ADEX),
    # rit.edu: staff applicants take an SLPI as part of hiring for a signing post; here the
    # employer's interview for an interpreter post includes a signing assessment
    (event("Interview – Staff Interpreter (ASL) incl. signing assessment",
           organizer=org("hr@northfield-deaf-school-example.org", "Northfield School HR"),
           description="Panel interview (45 min) followed by a 20-min interpreting sample with our "
                       "Deaf staff. Parking in lot C.",
           id="t22s-37", **at("2028-10-05", "13:00", 75, *NY)),
     yes(["Northfield School", "Northfield School for the Deaf"], ["hr@northfield-deaf-school-example.org"]),
     "en", RIT_SLPI),
    # rnid: a council's job interview for its own sign-language interpreter post (Spanish)
    (event("Entrevista de trabajo – Intérprete de lengua de signos (Ayuntamiento de Alcorcón)",
           organizer=org("personal@ayto-alcorcon-ejemplo.es", "Departamento de Personal"),
           description="Entrevista con el tribunal y prueba práctica de interpretación.",
           id="t22s-38", **at("2028-10-10", "12:00", 60, *MAD)),
     yes(["Ayuntamiento de Alcorcón", "Alcorcón"], ["personal@ayto-alcorcon-ejemplo.es"]), "es", RNID),
    # labour.org.uk: a party's regional office hires paid staff (a job, not a candidacy)
    (event("Interview – Campaign Organiser (staff post), Regional Office",
           organizer=org("jobs@party-regional-example.org.uk", "Regional Office – Staff Recruitment"),
           description="Competency interview with the Regional Director and an HR adviser. Salaried, "
                       "full time.",
           id="t22s-39", **at("2028-10-12", "11:00", 45, *LON)),
     yes(["Regional Office"], ["jobs@party-regional-example.org.uk"]), "en", LABOUR),
    # ind24: a party office's own employee, a paid accountant (Hindi)
    (event("साक्षात्कार – लेखाकार पद (वेतनभोगी), प्रदेश कार्यालय",
           organizer=org("hr@pradesh-karyalay-udaharan.in", "प्रशासन विभाग"),
           description="मूल प्रमाण पत्र साथ लाएँ। पद: लेखाकार, पूर्णकालिक।",
           id="t22s-40", **at("2028-10-13", "15:00", 30, *DEL)),
     yes(["प्रदेश कार्यालय"], ["hr@pradesh-karyalay-udaharan.in"]), "hi", IND24),
    # picked.ai: a bilingual hire's interview held in the "Workshop" room of the office
    (event("Final interview – Data Analyst (Workshop Room B)",
           organizer=org("recruiting@hollins-analytics-example.com", "Hollins Analytics Recruiting"),
           description="You'll meet Priya Nair (Head of Data). Room B is the workshop room on floor 2.",
           id="t22s-41", **at("2028-10-16", "14:00", 60, *CHI)),
     yes(["Hollins Analytics"], ["recruiting@hollins-analytics-example.com"]), "en", PICKED),
    # xunta: a town council's job interview (Galician)
    (event("Entrevista de traballo – auxiliar administrativo, Concello de Lalín",
           organizer=org("persoal@concello-lalin-exemplo.gal", "Persoal – Concello de Lalín"),
           description="Entrevista persoal co tribunal. Traer DNI.",
           id="t22s-42", **at("2028-10-18", "10:00", 30, *MAD)),
     yes(["Concello de Lalín", "Lalín"], ["persoal@concello-lalin-exemplo.gal"]), "gl", XUNTA),
    # irib: employers recruit graduates; a technical interview for a developer post (Persian)
    (event("مصاحبه فنی – برنامه‌نویس بک‌اند، شرکت داده‌پردازان آرین",
           organizer=org("hr@dadepardazan-nemoone.ir", "منابع انسانی داده‌پردازان آرین"),
           description="مصاحبه با مدیر فنی، حدود یک ساعت.",
           id="t22s-43", **at("2028-10-21", "14:00", 60, *THR)),
     yes(["داده‌پردازان آرین"], ["hr@dadepardazan-nemoone.ir"]), "fa", IRIB),
    # wgsb.wales: a panel interview; the post needs Welsh, so a Welsh language test follows
    (event("Cyfweliad – Swyddog Cyfathrebu (gyda phrawf iaith Gymraeg)",
           organizer=org("adnoddaudynol@cyngor-enghraifft.gov.wales", "Adnoddau Dynol"),
           description="Cyfweliad panel 40 munud, yna prawf iaith 20 munud.",
           id="t22s-44", **at("2028-10-19", "10:00", 60, *LON)),
     yes(["Cyngor"], ["adnoddaudynol@cyngor-enghraifft.gov.wales"]), "cy", WGSB),
    # nwu: a job interview with a bilingual (Afrikaans/English) test
    (event("Onderhoud – Kliëntediensagent (tweetalige toets), Karoo Versekering",
           organizer=org("werwing@karoo-versekering-voorbeeld.co.za", "Karoo Versekering Werwing"),
           id="t22s-45", **at("2028-10-20", "11:00", 60, *JNB)),
     yes(["Karoo Versekering"], ["werwing@karoo-versekering-voorbeeld.co.za"]), "af", NWU),
    # suse: a selection interview for a trainer that includes delivering a short training session
    (event("Interview: Training Coordinator – includes 10-min training session delivery",
           organizer=org("hr@meadowvale-housing-example.org.uk", "Meadowvale Housing HR"),
           description="Please prepare a 10-minute training session on a topic of your choice, then a "
                       "panel interview.",
           id="t22s-46", **at("2028-10-24", "10:00", 60, *LON)),
     yes(["Meadowvale Housing"], ["hr@meadowvale-housing-example.org.uk"]), "en", SUSE),
    # suse: the user's own interview for a council's minute-taker post
    (event("Interview – Committee Minute-taker / Note-taker (Democratic Services)",
           organizer=org("recruitment@eastmere-council-example.gov.uk", "Eastmere Recruitment"),
           description="Includes a short note-taking exercise from a recorded meeting.",
           id="t22s-47", **at("2028-10-25", "14:00", 60, *LON)),
     yes(["Eastmere Council", "Eastmere"], ["recruitment@eastmere-council-example.gov.uk"]), "en", SUSE),
    # hrid: a bilingual candidate's interview with a language assessment (German)
    (event("Vorstellungsgespräch inkl. Sprachtest Französisch – Sachbearbeitung Export",
           organizer=org("bewerbung@rheinhafen-logistik-beispiel.de", "Rheinhafen Logistik Personal"),
           description="Gespräch mit Frau Berger (Teamleitung), danach 15 Minuten auf Französisch.",
           id="t22s-48", **at("2028-10-26", "09:30", 60, *BER)),
     yes(["Rheinhafen Logistik"], ["bewerbung@rheinhafen-logistik-beispiel.de"]), "de", HRID),
]
