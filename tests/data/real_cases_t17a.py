"""Check cases added in round 17 for hiring steps that are asked about by their structure (issue #15).

Built from public pages found with the project's search tool (pages corpus), none of which any
earlier data file cites (each URL and host was grepped over tests/data/*.py first); each case
cites its page; names, companies, addresses and domains are invented and the wording paraphrased.
Labelled and committed before any code ran on them; scored once on r17start's code, then after
round 17's structural rule (docs/detection.md, "The decision in round 17: a selection step's
structure"); tuning data from the start.

Aimed at the blind batches' largest class, as a structure rather than as its sectors' words:
(1) selection steps an outside organisation puts an applicant through, in sectors and countries
no earlier data file holds (a train operator's trainee-driver psychometrics, a border agency's
assessment day, a beach lifeguard tryout, a translation agency's test, a Japanese employer's
aptitude test, a Korean group's aptitude test, a welding shop's weld test, the Polish border
guard's fitness test, a German customs office's written selection, a Brazilian municipality's
practical test, Indonesian psychological and civil-service tests, a Spanish town's physical tests
for local police, a French rail operator's psychotechnical tests), several written as the
employer's logistics (what to bring, when to arrive, results later) without an interview word;
(2) look-alikes with the same logistics and no hiring: a driving test, a school-leaving exam, a
choir's audition, a new starter's first day and onboarding form (after the hire), a food bank's
volunteer orientation, a parents' evening, a lifeguard course's pre-test, a university's
admission psychological test, a workshop's coded welding re-test of its own staff, a sports badge
test, a university open day, a new patient's appointment. They may be asked about, never drafted.

Labels follow real_cases_b15.py's conventions: ``None`` unless the event is a job interview or a
hiring step the calendar's owner attends as the candidate; otherwise the accepted company
spellings and exactly the people a thank-you should go to (interviewers and the hiring side's
recruiter or team mailbox with an address). Ids are "t17a-" and a number.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, org, yes

# Offsets for October 2027 (northern summer time still on; Brazil without it).
LON = ("+01:00", "Europe/London")
NY = ("-04:00", "America/New_York")
LA = ("-07:00", "America/Los_Angeles")
STO = ("+02:00", "Europe/Stockholm")
TYO = ("+09:00", "Asia/Tokyo")
SEL = ("+09:00", "Asia/Seoul")
WAW = ("+02:00", "Europe/Warsaw")
BER = ("+02:00", "Europe/Berlin")
SAO = ("-03:00", "America/Sao_Paulo")
JKT = ("+07:00", "Asia/Jakarta")
MAD = ("+02:00", "Europe/Madrid")
PAR = ("+02:00", "Europe/Paris")
CHI = ("-05:00", "America/Chicago")

# Sources (pages corpus; none cited by an earlier data file, URL and host grepped first).
RAILFORUMS = "https://railforums.co.uk/threads/assessment-on-friday-wish-me-luck.50445/post-771199"
TDA = "https://thetraindriveracademy.com/assessment-and-interview/"
BORDER = "https://homeofficejobs-sscl.co.uk/bf-application-process.html"
WATERSAFETY = "http://www.watersafetyguy.org/lifeguarding/tryout/"
MILESTONE = "https://www.milestoneloc.com/translators-test-instruction/"
SEMANTIX = "https://www3.semantix.eu/jobs/translators/our-recruitment-process/"
KOTORA = "https://www.kotora.jp/c/127436-2"
BSCHR = "https://bschr.tistory.com/m/196"
WELDERSLAB = "https://welderslab.com/what-should-you-wear-to-a-welding-interview"
STRAZ = ("https://strazgraniczna.pl/pl/straz-graniczna/brak/warunki-przyjecia-do-sl/procedura-kwalifikacyjn/"
         "3206,II-etap-procedury-kwalifikacyjnej.html")
ZOLL = "https://zollkarriere.de/zoll-auswahlverfahren"
CONVOCACAO = "https://cursoagoraeupasso.com.br/glossario/o-que-esperar-de-informacao-sobre-convocacoes-para-concursos/"
BAWASLU = ("https://mesuji.bawaslu.go.id/berita/pengumuman-jadwal-tes-psikologi-dan-ketentuan-pelaksanaan-tes-"
           "psikologi-calon-anggota")
DETAK = "https://detakjateng.com/peserta-tes-pppk-kudus-tak-perlu-bawa-jimat-cukup-ini-saja/?amp=1"
REQUISITOS = "https://www.requisitosnecesarios.com/oposiciones-guardia-urbana-requisitos"
PAT = "https://practiceaptitudetests.com/industry/train-driver"
FAHRSCHULE = "https://fahrschulekremer.de/die-praktische-pruefung/"
BOURSORAMA = ("https://www.boursorama.com/actualite-economique/actualites/bac-2025-ce-qui-est-obligatoire-autorise-"
              "interdit-5043f74ce67af59170e0a272f7e1767d")
SHEFFPHIL = "http://sheffieldphil.org/membership-join/new-members/auditions/"
OXFORD_POD = "https://pod.web.ox.ac.uk/starting-your-new-job"
WISE = "https://wiseup.wisegroup.co.nz/hc/en-us/articles/4970455445903-Wise-Group-onboarding-requirements"
FOODBANK = "https://www.thefoodbank.org/volunteer-requirements/"
PES = ("https://support.parentseveningsystem.co.uk/article/509-how-to-set-a-different-appointment-length-"
       "for-particular-teachers")
PRETEST = "https://hannahclaudia.blogspot.com/2014/03/american-red-cross-lifeguard-pretest.html"
CAMABA = "https://vdokumen.com/amp/tata-cara-psikotes-seleksi-camaba-2021-ruangan-tenang-tidak-ada-suara-bising.html"
MIGWELD = "https://www.mig-welding.co.uk/forum/goto/post?id=1814317"
TESTHELDEN = "https://testhelden.com/zoll-einstellungstest/"
OPENDAYS = "http://www.opendays.co.uk/university-open-days/preparing-your-visit/"
NEIGHBORCARE = "https://neighborcare.org/patients/faq/"


def _id(n: int) -> dict[str, str]:
    return {"id": f"t17a-{n:02d}"}


TUNE17_CHECK_A: list[Case] = [
    # ============================================================ selection steps, many sectors
    # railforums / traindriveracademy: a train operator's stage-1 psychometric tests for trainees
    (event("Trainee Driver – Stage 1 assessments (Harrowmere depot)",
           organizer=org("driver.resourcing@northvalerail.co.uk", "Northvale Rail Driver Resourcing"),
           description="Following your application for Trainee Train Driver, you are booked onto the stage 1 "
                       "assessments: group Bourdon, trainability for rules and procedures. Please bring photo ID "
                       "and your glasses if you wear them. Allow four hours. Candidates who pass are invited to "
                       "stage 2; results by email within five working days.",
           location="Northvale Rail Training Centre, 2 Station Approach, Derby",
           **at("2027-10-05", "09:00", 240, *LON), **_id(1)),
     yes(["Northvale Rail"], ["driver.resourcing@northvalerail.co.uk"]), "en", RAILFORUMS),
    # traindriveracademy: the stage 2 computerised tests, the user's own copy of the booking
    (event("Stage 2 computer tests – Northvale trainee driver", organizer=SELF,
           description="Reaction test + vigilance. Candidate no. TD-4471. Bring passport.",
           location="Pearson test centre, Nottingham", **at("2027-10-19", "13:30", 180, *LON), **_id(2)),
     yes(["Northvale"], []), "en", TDA),
    # homeofficejobs: a border agency's assessment day after the online suitability test
    (event("Assessment day – Assistant Border Officer (Gatwick)",
           organizer=org("frontier.resourcing@ukfrontier-recruit.co.uk", "UK Frontier Service Resourcing"),
           description="Congratulations on passing the online suitability assessment. You are invited to the "
                       "final stage of the selection process. Bring original ID documents (passport or birth "
                       "certificate) for pre-employment checks. If you need a reasonable adjustment, reply to "
                       "this invitation before the day.",
           location="Frontier House, 4 Gatwick Road, Crawley", **at("2027-10-06", "10:30", 180, *LON), **_id(3)),
     yes(["UK Frontier Service"], ["frontier.resourcing@ukfrontier-recruit.co.uk"]), "en", BORDER),
    # watersafetyguy: a city beach's lifeguard tryout, the top finishers go on to oral boards
    (event("Ocean lifeguard tryout – 1000 yd swim / run-swim-run",
           organizer=org("aquatics.hiring@sandportca.gov", "City of Sandport Aquatics"),
           description="Applicants for the 2028 seasonal Ocean Lifeguard position: check in at Tower 4 by 7:30 "
                       "with photo ID and your application number. Top finishers advance to oral interviews and "
                       "pre-employment training. Bring swimsuit, towel, water.",
           location="Tower 4, Sandport Main Beach", **at("2027-10-09", "07:30", 180, *LA), **_id(4)),
     yes(["City of Sandport"], ["aquatics.hiring@sandportca.gov"]), "en", WATERSAFETY),
    # semantix / milestone: a Swedish translation agency's test translation for a new freelancer
    (event("Testöversättning EN>SV – Lingvaro",
           organizer=org("leverantorer@lingvaro.se", "Lingvaro Leverantörsteam"),
           description="Tack för din intresseanmälan. Du har valts ut att göra en testöversättning på ca 250 ord "
                       "(medicinsk text). Testet görs i ett svep i vår portal; granskningen tar 15–30 arbetsdagar "
                       "och vi meddelar dig resultatet.",
           **at("2027-10-07", "10:00", 120, *STO), **_id(5)),
     yes(["Lingvaro"], ["leverantorer@lingvaro.se"]), "sv", SEMANTIX),
    # kotora: a Japanese employer's aptitude test at its own office as part of the selection
    (event("適性検査のご案内(株式会社ミナト精機 2028年度採用)",
           organizer=org("saiyo@minato-seiki.co.jp", "ミナト精機 採用担当"),
           description="選考の一環として適性検査を実施いたします。受検票と顔写真付きの本人確認書類(学生証、運転免許証など)を"
                       "お持ちください。筆記用具は貸し出します。所要時間は約60分です。",
           location="ミナト精機 本社 5階会議室", **at("2027-10-08", "14:00", 60, *TYO), **_id(6)),
     yes(["ミナト精機", "Minato Seiki"], ["saiyo@minato-seiki.co.jp"]), "ja", KOTORA),
    # bschr: a Korean group's aptitude test for new hires, the ID rules of the written stage
    (event("[한빛에너지] 2028 신입사원 인적성검사",
           organizer=org("recruit@hanbit-energy.co.kr", "한빛에너지 채용팀"),
           description="서류전형 합격을 축하드립니다. 인적성검사는 09:00까지 입실해야 하며, 실물 신분증(주민등록증, "
                       "운전면허증, 여권)을 반드시 지참하십시오. 사진 촬영본은 인정되지 않습니다.",
           location="서울 한빛고등학교 (고사장)", **at("2027-10-10", "09:00", 150, *SEL), **_id(7)),
     yes(["한빛에너지", "Hanbit Energy"], ["recruit@hanbit-energy.co.kr"]), "ko", BSCHR),
    # welderslab: a fabrication shop's weld test for a welder's job, from the shop foreman
    (event("Weld test – Fabricator/Welder (2nd shift)",
           organizer=org("dale.prewitt@ridgelinefab.com", "Dale Prewitt"),
           description="Thanks for coming by with your application. Come in Thursday for a 3G/4G plate test on "
                       "3/8 plate; we bend test the coupons the same day. Bring your hood, gloves, leathers and "
                       "steel-toe boots. Ask for me at the shop door.",
           location="Ridgeline Fabrication, 1180 Industrial Pkwy, Tulsa OK", **at("2027-10-07", "07:00", 120, *CHI),
           **_id(8)),
     yes(["Ridgeline Fabrication"], ["dale.prewitt@ridgelinefab.com"]), "en", WELDERSLAB),
    # strazgraniczna: the second stage of a border guard's qualification procedure, fitness test first
    (event("II etap postępowania kwalifikacyjnego – test sprawności fizycznej",
           organizer=org("kadry@osg-lubawa.pl", "Ośrodek Szkolenia SG – Sekcja Kadr"),
           description="Pani/Pan został(a) zakwalifikowany(a) do II etapu. W jednym dniu: test wiedzy ogólnej, test "
                       "językowy, test sprawności fizycznej i rozmowa kwalifikacyjna. Proszę zabrać dowód osobisty "
                       "i strój sportowy. Dojazd na koszt kandydata.",
           location="Ośrodek Szkolenia, ul. Koszarowa 3, Lubawa", **at("2027-10-12", "08:00", 480, *WAW), **_id(9)),
     yes(["Straż Graniczna", "Ośrodek Szkolenia SG"], ["kadry@osg-lubawa.pl"]), "pl", STRAZ),
    # zollkarriere: a German customs office's written selection test for the middle service
    (event("Schriftliches Auswahlverfahren – Ausbildung mittlerer Zolldienst",
           organizer=org("ausbildung@hza-wendhausen.de", "Hauptzollamt Wendhausen – Ausbildung"),
           description="Sehr geehrte Bewerberin, sehr geehrter Bewerber, wir laden Sie zum schriftlichen Teil ein "
                       "(Zahlenverständnis, Sprachverständnis, Arbeitsprobe; Dauer ca. 3,5 Stunden). Bitte bringen "
                       "Sie Ihren Personalausweis und einen Taschenrechner mit.",
           location="Hauptzollamt Wendhausen, Raum E.12", **at("2027-10-13", "08:30", 210, *BER), **_id(10)),
     yes(["Hauptzollamt Wendhausen", "Zoll"], ["ausbildung@hza-wendhausen.de"]), "de", ZOLL),
    # cursoagoraeupasso: a Brazilian municipality's call to a driver's practical test
    (event("Convocação – Prova prática Motorista (Processo Seletivo 04/2027)",
           organizer=org("selecao@itaverde.sp.gov.br", "Prefeitura de Itaverde – Seleção"),
           description="O candidato convocado deverá comparecer com 1 hora de antecedência, munido de documento "
                       "oficial com foto e CNH categoria D. O não comparecimento elimina o candidato do processo.",
           location="Garagem Municipal, Av. dos Trabalhadores 900, Itaverde", **at("2027-10-14", "08:00", 240, *SAO),
           **_id(11)),
     yes(["Prefeitura de Itaverde"], ["selecao@itaverde.sp.gov.br"]), "pt", CONVOCACAO),
    # bawaslu: an Indonesian employer's psychological test for shortlisted applicants
    (event("Tes Psikologi – Seleksi Calon Karyawan PT Sinar Kalbar Utama",
           organizer=org("rekrutmen@sinarkalbar.co.id", "Rekrutmen PT Sinar Kalbar Utama"),
           description="Peserta seleksi wajib hadir 60 menit sebelum tes dimulai untuk registrasi dan membawa kartu "
                       "peserta serta KTP asli. Hasil tes akan diumumkan melalui email.",
           location="Hotel Borneo Raya, Jl. Gajah Mada 18, Pontianak", **at("2027-10-15", "08:00", 240, *JKT),
           **_id(12)),
     yes(["PT Sinar Kalbar Utama", "Sinar Kalbar"], ["rekrutmen@sinarkalbar.co.id"]), "id", BAWASLU),
    # detakjateng: a regency's computer test for contract civil servants (PPPK), the user's own copy
    (event("Tes CAT PPPK Pemkab (formasi teknis)", organizer=SELF,
           description="Kemeja putih, celana hitam, sepatu pantofel. Bawa kartu peserta + KTP asli. Datang 60 menit "
                       "sebelum.", location="UNS Surakarta, Gedung CBT", **at("2027-10-18", "07:30", 130, *JKT),
           **_id(13)),
     yes(["Pemkab"], []), "id", DETAK),
    # requisitosnecesarios: a Spanish town's physical tests for local police applicants
    (event("Pruebas de aptitud física – Agente de Policía Local (Ayto. de Valdemora)",
           organizer=org("rrhh@valdemora.es", "Ayuntamiento de Valdemora – Recursos Humanos"),
           description="Se convoca a los aspirantes admitidos a las pruebas físicas (carrera de obstáculos y salto de "
                       "longitud). Deberán presentarse con DNI y ropa deportiva. Los resultados se publicarán en el "
                       "tablón de anuncios.",
           location="Polideportivo Municipal de Valdemora", **at("2027-10-16", "09:00", 240, *MAD), **_id(14)),
     yes(["Ayuntamiento de Valdemora", "Ayto. de Valdemora"], ["rrhh@valdemora.es"]), "es", REQUISITOS),
    # practiceaptitudetests: a French rail operator's psychotechnical tests for a driver's job
    (event("Tests psychotechniques – recrutement Conducteur de train",
           organizer=org("recrutement@ferlys-rail.fr", "Ferlys Rail – Recrutement"),
           description="Suite à votre candidature, vous êtes convoqué(e) aux tests psychotechniques (attention, "
                       "réactivité, mémoire). Merci de vous munir d'une pièce d'identité. Durée : une demi-journée.",
           location="Centre d'évaluation Ferlys, 12 rue de la Gare, Lyon", **at("2027-10-11", "08:30", 240, *PAR),
           **_id(15)),
     yes(["Ferlys Rail"], ["recrutement@ferlys-rail.fr"]), "fr", PAT),
    # ============================================================ the same logistics, no hiring
    # fahrschulekremer: the driving school books the practical driving test
    (event("Praktische Fahrprüfung Klasse B (TÜV)", organizer=org("termine@fahrschule-lindner.de",
                                                                    "Fahrschule Lindner"),
           description="Dein Prüftermin ist verbindlich. Bitte gültigen Personalausweis oder Reisepass mitbringen. "
                       "Treffpunkt 15 Minuten vorher an der Fahrschule.",
           location="Fahrschule Lindner, Bahnhofstr. 7", **at("2027-10-05", "10:15", 60, *BER), **_id(16)),
     None, "de", FAHRSCHULE),
    # boursorama: a school-leaving exam, the candidate's own entry from the convocation
    (event("Bac – épreuve de philosophie", organizer=SELF,
           description="Convocation + carte d'identité obligatoires. Arriver 30 min avant. Candidat n° 0412-1187.",
           location="Lycée Jean-Moulin, salle B204", **at("2027-10-06", "08:00", 240, *PAR), **_id(17)),
     None, "fr", BOURSORAMA),
    # sheffieldphil: an amateur chorus's audition for new members
    (event("Chorus audition – new members", organizer=org("membership@caldervalleychorus.org.uk",
                                                          "Calder Valley Chorus Membership"),
           description="Your audition is with our Music Director, accompanist and voice coach. Sing a piece of your "
                       "choice (up to 3 minutes) and bring the music for the accompanist. You'll hear the outcome "
                       "within 24 hours.",
           location="St Paul's Church Hall, Halifax", **at("2027-10-07", "19:00", 20, *LON), **_id(18)),
     None, "en", SHEFFPHIL),
    # oxford pod: a new starter's first day (after the offer was accepted)
    (event("First day – induction with your line manager",
           organizer=org("hr.services@brackenfield.ac.uk", "Brackenfield HR Services"),
           description="Welcome to the team! Please arrive at 9:00 at main reception and ask for Helen Moyo. Bring "
                       "your passport for the right-to-work check and your bank details for payroll. Dress code is "
                       "smart casual.",
           location="Brackenfield College, Main Reception", **at("2027-10-04", "09:00", 240, *LON), **_id(19)),
     None, "en", OXFORD_POD),
    # wisegroup: an onboarding form to complete before the start date
    (event("Onboarding: complete your new starter form", organizer=org("people@harakeke-group.co.nz",
                                                                       "Harakeke Group People Team"),
           description="Congratulations on accepting your offer. Please complete the online onboarding form: bank "
                       "account proof, IRD number, tax code declaration and proof of eligibility to work.",
           **at("2027-10-08", "12:00", 30, "+13:00", "Pacific/Auckland"), **_id(20)),
     None, "en", WISE),
    # thefoodbank: a food bank's orientation for new warehouse volunteers
    (event("New volunteer orientation – warehouse", organizer=org("volunteer@coastalfoodbank.org",
                                                                  "Coastal Food Bank Volunteers"),
           description="Welcome! Please sign in at the front desk and wear your name tag. Closed-toe shoes are "
                       "required; you will be given a safety vest at orientation. Minimum age 13 with a signed "
                       "waiver.",
           location="Coastal Food Bank, 353 Westridge Dr, Watsonville", **at("2027-10-09", "09:00", 90, *LA),
           **_id(21)),
     None, "en", FOODBANK),
    # parentseveningsystem: a parents' evening appointment
    (event("Parents' Evening – Year 9: Mr Okafor (Maths)", organizer=org("noreply@schoolcloud-booking.co.uk",
                                                                          "Ashgrove Academy"),
           description="Your appointment: 17:40-17:45 with Mr D Okafor. Please allow travel time between "
                       "appointments. Video calls open 5 minutes before.",
           location="Ashgrove Academy Sports Hall", **at("2027-10-12", "17:40", 5, *LON), **_id(22)),
     None, "en", PES),
    # hannahclaudia: a lifeguarding course's prerequisite swim test (a course, not a job)
    (event("Lifeguarding course – prerequisite swim test", organizer=org("aquatics@eastlakeymca.org",
                                                                        "Eastlake YMCA Aquatics"),
           description="Before the course you must pass the pretest: 300 yd swim, 2 min tread with legs only, "
                       "brick retrieval. Bring goggles for the swim only. If you do not pass, you may retry at the "
                       "next pretest date.",
           location="Eastlake YMCA pool", **at("2027-10-10", "17:00", 60, *NY), **_id(23)),
     None, "en", PRETEST),
    # vdokumen: a medical faculty's psychological test for prospective students (admission)
    (event("Psikotes Seleksi Calon Mahasiswa Baru FK", organizer=org("pmb@univ-tirtanusa.ac.id",
                                                                   "PMB Universitas Tirtanusa"),
           description="Peserta masuk ke link tes 15 menit sebelum tes dimulai, kamera menyala, pensil HB dan 2 "
                       "lembar kertas HVS A4. Tulis nama dan nomor formulir di kanan atas.",
           **at("2027-10-11", "08:00", 120, *JKT), **_id(24)),
     None, "id", CAMABA),
    # mig-welding: a workshop's coded welding tests of its own staff, set by health and safety
    (event("Coded weld test – all workshop fitters (H&S requirement)",
           organizer=org("hs.manager@ferncroftpoultry.co.uk", "Ferncroft H&S"),
           description="All staff and contractors who weld on site machinery must be tested. The instructor will "
                       "set fillet, vertical butt and horizontal butt tests; coupons go away for testing.",
           location="Ferncroft main workshop", **at("2027-10-13", "08:00", 300, *LON), **_id(25)),
     None, "en", MIGWELD),
    # testhelden: the German sports badge, taken at a club (a requirement some applicants bring along)
    (event("Sportabzeichen-Abnahme: Laufen + Schwimmen", organizer=org("sportabzeichen@tsv-elmshagen.de",
                                                                      "TSV Elmshagen"),
           description="Bitte Personalausweis und Schwimmnachweis mitbringen. Ergebnisse werden in die Prüfkarte "
                       "eingetragen.",
           location="Sportplatz am Elmsee", **at("2027-10-16", "10:00", 120, *BER), **_id(26)),
     None, "de", TESTHELDEN),
    # opendays: a university open day booked by a prospective student
    (event("Open Day – Geography & Environmental Science", organizer=org("opendays@kestrelhill.ac.uk",
                                                                        "Kestrel Hill University"),
           description="Your place is booked. Register at the Students' Union from 9:00; your subject talk is at "
                       "10:30, then campus and accommodation tours. Wear comfortable shoes.",
           location="Kestrel Hill University, Main Campus", **at("2027-10-16", "09:00", 360, *LON), **_id(27)),
     None, "en", OPENDAYS),
    # neighborcare: a new patient's first appointment at a clinic
    (event("New patient appointment – Dr. Amara Singh", organizer=org("appointments@harborviewclinic.org",
                                                                     "Harborview Family Clinic"),
           description="Please arrive 30 minutes before your first appointment with photo ID and your insurance "
                       "card. If you are late we may need to reschedule.",
           location="Harborview Family Clinic, 1200 Pine St", **at("2027-10-14", "15:00", 40, *LA), **_id(28)),
     None, "en", NEIGHBORCARE),
    # strazgraniczna: the optional practice fitness test a week before the real one (a candidate's,
    # but a practice run: not a selection step itself)
    (event("Próbny test sprawności fizycznej (nieobowiązkowy)", organizer=org("kadry@osg-lubawa.pl",
                                                                            "Ośrodek Szkolenia SG – Sekcja Kadr"),
           description="Próbny test przeprowadzamy co najmniej 7 dni przed II etapem; udział nie jest obowiązkowy. "
                       "Warunek: pozytywna opinia lekarska w dniu testu.",
           location="Hala sportowa OSG, Lubawa", **at("2027-10-04", "16:00", 90, *WAW), **_id(29)),
     None, "pl", STRAZ),
    # kotora: a student's own booking of a language test at a test centre (not an employer's)
    (event("TOEIC L&R 公開テスト", organizer=SELF,
           description="受験票(写真貼付)と本人確認書類を持参。12:20までに受付。",
           location="東京テストセンター 新宿会場", **at("2027-10-17", "12:20", 180, *TYO), **_id(30)),
     None, "ja", KOTORA),
]
