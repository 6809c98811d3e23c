"""A check set for the other side of someone's selection, rehearsals and chores (issue #15, round 21).

Written and labelled by hand in round 21, before the code ran on it and before the side rules
changed; scored once on round 21's starting code (r21start), then after the change
(docs/detection.md, "Round 21: seats, rehearsals and chores by structure"). Tuning data from the
start (round "tune-21-check-s").

Aimed at classes, not at cases: (a) the user's seat in someone else's selection said as "as
<role>" / "in the capacity of" / "sitting in" / "observer" / "leading the round" in Nepali,
Hindi, Marathi, Sinhala, Tamil, Serbian, Latvian, Lithuanian and English; (b) mock and practice
interviews, role plays, simulations, talks and lessons about interviews, in the languages whose
interview word the lexicon knows (Marathi, Hindi, Malay, Indonesian, Bengali, Sinhala, Tamil,
Croatian, Latvian, Estonian, English); (c) going with someone else to their interview and the
chores of an interview letter or admit card. On the other side, true hiring steps carrying the
same words: "as a candidate", a panel or a committee the candidate faces, a practical test, a
mock client call inside a real final interview, a real interview held at a university careers
office, a viva whose invitation asks for the admit card.

Each case cites the public page its wording or process was paraphrased from (found with the
project's search tool, pages corpus; no URL or host is cited by an earlier file in tests/data,
checked with a grep over tests/data/*.py for each host before use). Names, companies and
addresses are invented; the wording is paraphrased. Labels follow ``real_cases_b15.py``'s
docstring: ``None`` unless the event is a job interview or hiring step the calendar's owner
attends as the candidate; else the accepted company spellings and exactly the people a thank-you
goes to. Decisions where earlier files were silent:
- an employer's interview held in a university careers office (an on-campus interview) is yes;
  a careers office's mock interview is no;
- a real final interview whose agenda holds a "mock client call" or a role play is yes: the
  exercise is part of the employer's selection;
- accompanying someone else (a nephew, a friend) to their interview is no.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, yes

NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
LON = ("+00:00", "Europe/London")
ZAG = ("+01:00", "Europe/Zagreb")
BEG = ("+01:00", "Europe/Belgrade")
RIX = ("+02:00", "Europe/Riga")
VNO = ("+02:00", "Europe/Vilnius")
TLL = ("+02:00", "Europe/Tallinn")
DEL = ("+05:30", "Asia/Kolkata")
CMB = ("+05:30", "Asia/Colombo")
KTM = ("+05:45", "Asia/Kathmandu")
DAC = ("+06:00", "Asia/Dhaka")
JKT = ("+07:00", "Asia/Jakarta")
KUL = ("+08:00", "Asia/Kuala_Lumpur")

# Sources (found with the project's search tool, pages corpus; no host cited by an earlier file).
LAWCOMM_NP = "http://www.lawcommission.gov.np/np/archives/40534"
KHULASA = ("https://khulasaindia.com/uttar-pradesh-public-service-commission-made-a-big-change-in-the-"
           "interview-board-of-pcs-recruitment/")
SWARVIDROH = "https://www.swarvidrohtimes.com/9792/"
VIBHALIKA = "https://vibhalikaias.co.in/mock-interview/"
RELIABLE = "https://reliableacademy.com/home/मुलाखत/content/राज्यसेवा-मुलाखत"
HASNULADIN = "https://hasnuladin.blogspot.com/2015/03/mock-interview-aku-tak-gentar.html"
PUTRARAHMAN = "http://putrarahman.blogspot.com/2007/08/temuduga.html?m=1"
ADARAIN = "https://www.adarain.com/search/label/experience?max-results=8"
NEXTGEN = "https://nextgen.web.id/mock-interview/"
TANGSEL = ("https://tangselxpress.com/2026/01/07/tingkatkan-daya-saing-lulusan-mahasiswa-unpam-gelar-"
           "simulasi-wawancara-kerja-di-sma-pgri-22-serpong")
ITSNEWS = "https://www.its.ac.id/news/2011/03/07/seminar-interpersonal-ulas-interview-dunia-kerja"
BOLEHBELAJAR = "https://cms.bolehbelajar.com/blog/kenapa-mock-interview-penting-sebelum-kamu-masuk-dunia-kerja"
CINULU = "https://cinulu.id/?p=4352"
CHOLOMAN = "https://cholomanbd.com/প্রাইমারী-শিক্ষক-নিয়োগ"
CITESCHOOL = "https://citeschool.org/bn/2023-saale-inttaarbhiu-kliyaar-kraar-jny-20tti-nirbaacnii-qa-inttaarbhiu-prshn"
JOBHOUSE = "http://jobhouse.lk/more.php?id=16"
WARBLETON = "https://si.warbletoncouncil.org/tipos-de-entrevista-trabajo-caracteristicas-873"
POPULARAUTHORS = "https://www.popularauthors.in/books/personal-development/books-personal-development-nermugam-kavanam/"
V1NEWS = "https://v1newstamilnadu.in/how-to-face-interview"
TREBADAZNAS = "https://trebadaznas.com/sr/?p=6189"
ZONAZNANJA = "https://www.zona-znanja.hr/upis-na-studij/intervju/"
VIENIBAS = "https://vienibaspsk.lv/index.php/par-skolu/personals/atbalsta-personals/karjeras-konsultants/"
EKLASE = "https://www.e-klase.lv/aktualitates/zinas/absolvejot-skolu-tikai-retais-skaidri-zina-savu-nakotnes-celu?id=10036"
OPPEKAVA = "https://oppekava.ee/toovestluse-simulatsioon/"
TALGO = "https://talgo.io/blog/helping-new-interviewers-thrive-part-1"
JACOBIAN = "https://jacobian.org/2020/sep/8/training-interviewers/"
NOOTA = "https://www.noota.io/en/interviewer-training-guide"
CONNECTIVITY = "https://connectivityproject.eu/interview-role-play/"
KITABMAHAL = "https://kitabmahalpublishers.blogspot.com/2018/01/how-do-i-prepare-for-mock-interview.html"
ANYTOPIA = "https://anytopia.com/building-a-strong-interview-panel-your-blueprint-for-exceptional-hires"
LUMEN = "https://courses.lumenlearning.com/esc-businesscomskills/chapter/whos-in-an-interview"
JGIFFORD = "https://jeffreygifford.wordpress.com/tag/interviewing/"
PERTAMINA = ("https://digilib.universitaspertamina.ac.id/ebook/Boost%20Your%20Hiring%20IQ/files/basic-html/"
             "page160.html")

TUNE21_CHECK_S: list[Case] = [
    # ====================================== (a) the user's seat: "as <role>", sitting in, leading
    # lawcommission.gov.np: a selection committee with chair and members; the user sits as an expert member
    (event("अन्तर्वार्ता – शाखा अधिकृत (प्रशासन) पदपूर्ति, विषय विज्ञको हैसियतमा",
           organizer=org("chhanot@pradesh-sewa-udaharan.gov.np", "छनौट शाखा"),
           description="उम्मेदवार १८ जना। अंकपत्र गोप्य राखी अध्यक्षलाई बुझाउने। बिहान ९:४५ भित्र उपस्थित हुने।",
           location="आयोग कार्यालय, बैठक कक्ष ३, पोखरा", id="t21s-01", **at("2028-06-05", "10:00", 360, *KTM)),
     None, "ne", LAWCOMM_NP),
    # khulasaindia: subject experts and professors sit on the interview board; the user is invited as one
    (event("साक्षात्कार बोर्ड – सहायक प्राध्यापक (रसायन), विषय विशेषज्ञ के रूप में",
           organizer=org("chayan@vishwavidyalaya-udaharan.ac.in", "चयन समिति प्रकोष्ठ"),
           description="कुल 11 अभ्यर्थी। अंक तालिका पर हस्ताक्षर कर के समिति सचिव को सौंपें।",
           location="प्रशासनिक भवन, कक्ष 14, प्रयागराज", id="t21s-02", **at("2028-06-06", "10:30", 300, *DEL)),
     None, "hi", KHULASA),
    # reliableacademy: the state service interview panel; the user sits on a bank's panel as an expert member
    (event("मुलाखत समिती – लिपिक भरती, मी तज्ज्ञ सदस्य म्हणून",
           organizer=org("bharti@sahakari-bank-udaharan.in", "भरती विभाग"),
           description="१५ उमेदवार. गुणपत्रक मुलाखतीनंतर अध्यक्षांकडे द्यावे.",
           location="मुख्य शाखा, सभागृह, कोल्हापूर", id="t21s-03", **at("2028-06-07", "11:00", 300, *DEL)),
     None, "mr", RELIABLE),
    # warbletoncouncil: a committee interview (several interviewers); the user sits on it as a member
    (event("සම්මුඛ පරීක්ෂණ මණ්ඩලය – කළමනාකරණ සහකාර බඳවා ගැනීම (මම සාමාජිකයෙකු ලෙස)",
           organizer=org("hr@pradeshiya-sabha-udaharana.lk", "මානව සම්පත් අංශය"),
           description="අපේක්ෂකයින් 12 යි. ලකුණු පත්‍රය සම්මුඛ පරීක්ෂණයෙන් පසු භාර දෙන්න.",
           id="t21s-04", **at("2028-06-08", "09:00", 300, *CMB)),
     None, "si", WARBLETON),
    # v1newstamilnadu: the interviewers watch how candidates answer; the user is on the board as a member
    (event("நேர்முகத் தேர்வு குழு – இளநிலை உதவியாளர் பணி (நான் உறுப்பினராக)",
           organizer=org("hr@kootturavu-vangi-example.in", "மனிதவளத் துறை"),
           description="விண்ணப்பதாரர்கள் 10 பேர். மதிப்பெண் தாளை நேர்காணல் முடிந்ததும் ஒப்படைக்கவும்.",
           id="t21s-05", **at("2028-06-09", "10:00", 300, *DEL)),
     None, "ta", V1NEWS),
    # trebadaznas: the interviewer gathers what papers cannot show; the user leads the round
    (event("Водим други круг интервјуа – кандидати за рачуновођу",
           organizer=SELF,
           description="Четири кандидата по 45 минута. Упитник за оцену послати HR-у до петка.",
           id="t21s-06", **at("2028-06-12", "09:00", 240, *BEG)),
     None, "sr", TREBADAZNAS),
    # trebadaznas: the same in Latin script; the user is the interviewer on the commission
    (event("Intervjui sa kandidatima – ja u komisiji kao predsednik",
           organizer=org("kadrovska@opstina-primer.rs", "Kadrovska služba"),
           description="Sedam kandidata za radno mesto referenta. Bodovne liste predati posle poslednjeg razgovora.",
           id="t21s-07", **at("2028-06-13", "10:00", 300, *BEG)),
     None, "sr", TREBADAZNAS),
    # jacobian: a new interviewer observes a senior's interview before running one
    (event("Darba intervijas – piedalos kā novērotājs (kandidāti uz grāmatveža amatu)",
           organizer=org("personals@sia-piemers.lv", "Personāla daļa"),
           description="Novērotājs nejautā, tikai pieraksta. Pārrunas pēc pēdējās intervijas.",
           id="t21s-08", **at("2028-06-14", "13:00", 180, *RIX)),
     None, "lv", JACOBIAN),
    # talgo: shadowing, the trainee sits in as note-taker
    (event("Stebiu darbo pokalbius kaip stebėtoja – kandidatai į pardavimų vadybininko pareigas",
           organizer=org("personalas@uab-pavyzdys.lt", "Personalo skyrius"),
           description="Stebėtoja neklausinėja, tik užsirašo. Aptarimas po paskutinio pokalbio.",
           id="t21s-09", **at("2028-06-15", "10:00", 180, *VNO)),
     None, "lt", TALGO),
    # jacobian: observation before practice; a law clerk sits in on the judge's applicant interviews
    (event("Sit in on clerkship applicant interviews (Judge Okafor's chambers)",
           organizer=org("chambers.okafor@courts-example.gov", "Chambers of Judge Okafor"),
           description="Three applicants. You'll take notes; the Judge will ask you for impressions after.",
           location="Chambers, 7th floor", id="t21s-10", **at("2028-06-16", "09:30", 180, *CHI)),
     None, "en", JACOBIAN),
    # talgo: reverse shadowing; a senior interviewer watches the user's first interview
    (event("Reverse shadow: I lead the SWE phone screen, Marcus observes",
           organizer=org("recruiting@tallpine-example.com", "Tallpine Recruiting"),
           guests=[guest("marcus.b@tallpine-example.com", "Marcus Bell")],
           description="Candidate: Jordan Vale. Submit scorecard within 24h; debrief with Marcus after.",
           id="t21s-11", **at("2028-06-19", "15:00", 45, *NY)),
     None, "en", TALGO),
    # ====================================== (b) rehearsals, role plays, talks and lessons
    # vibhalikaias: a mock interview that simulates the personality test
    (event("मॉक इंटरव्यू – व्यक्तित्व परीक्षण अभ्यास सत्र (पैनल: पूर्व अधिकारी)",
           organizer=org("mock@disha-academy-example.in", "दिशा अकादमी"),
           description="अपना DAF साथ लाएँ। 25 मिनट का साक्षात्कार, फिर 15 मिनट प्रतिक्रिया।",
           location="दिशा अकादमी, मुखर्जी नगर, दिल्ली", id="t21s-12", **at("2028-06-20", "11:00", 60, *DEL)),
     None, "hi", VIBHALIKA),
    # reliableacademy: a Marathi academy's rehearsal of the state service interview
    (event("राज्यसेवा सराव मुलाखत – अकादमी पॅनल",
           organizer=org("office@yashoda-academy-example.in", "यशोदा अकादमी"),
           description="मुलाखतीनंतर पॅनल अभिप्राय देईल. औपचारिक पोशाख आवश्यक.",
           location="यशोदा अकादमी, सदाशिव पेठ, पुणे", id="t21s-13", **at("2028-06-21", "16:00", 45, *DEL)),
     None, "mr", RELIABLE),
    # hasnuladin: an English class's mock interview for coursework marks
    (event("Temuduga olok-olok kelas BI (markah PB)",
           organizer=org("pensyarah.bi@ipg-contoh.edu.my", "Pn. Rohana"),
           description="Pakai pakaian temuduga penuh. Pensyarah akan bertindak sebagai penemuduga.",
           location="Bilik Kuliah 2, IPG Kampus Contoh", id="t21s-14", **at("2028-06-22", "10:00", 120, *KUL)),
     None, "ms", HASNULADIN),
    # nextgen.web.id: the co-op office's mock interview before internship interviews
    (event("Latihan wawancara (mock interview) dengan Kantor Co-op",
           organizer=org("coop@kampus-contoh.ac.id", "Kantor Co-op"),
           description="Simulasi interview magang + feedback. Bawa CV terbaru.",
           id="t21s-15", **at("2028-06-23", "13:00", 60, *JKT)),
     None, "id", NEXTGEN),
    # tangselxpress: university students run an interview simulation for a high-school class
    (event("PKM: Simulasi & pelatihan wawancara kerja untuk siswa kelas X",
           organizer=SELF,
           description="Materi metode STAR, lalu simulasi wawancara per kelompok. Bawa lembar penilaian.",
           location="SMA Harapan Bangsa, Serpong", id="t21s-16", **at("2028-06-26", "08:00", 240, *JKT)),
     None, "id", TANGSEL),
    # its.ac.id: a student union's seminar on interviews for fresh graduates
    (event("Seminar: menghadapi interview kerja (pra-interview & saat interview)",
           organizer=org("kesma@bem-contoh.ac.id", "BEM Kementerian Kesma"),
           description="Pembicara dari konsultan SDM dan alumni. Terbuka untuk fresh graduate.",
           location="Auditorium Rektorat", id="t21s-17", **at("2028-06-27", "09:00", 180, *JKT)),
     None, "id", ITSNEWS),
    # bolehbelajar: a webinar on why interviews and their rehearsal matter
    (event("Webinar: Kenapa interview penting & tips lolos wawancara kerja",
           organizer=org("event@bolehkerja-contoh.id", "BolehKerja Academy"),
           description="Gratis. Link Zoom dikirim H-1.",
           id="t21s-18", **at("2028-06-28", "19:00", 90, *JKT)),
     None, "id", BOLEHBELAJAR),
    # jobhouse.lk: types of interviews and how to face each; the user rehearses answers
    (event("සම්මුඛ පරීක්ෂණ ප්‍රශ්න සඳහා පිළිතුරු පුහුණු වීම",
           organizer=SELF,
           description="Tell me about yourself, ශක්තීන් සහ දුර්වලතා – කැමරාවට පටිගත කරන්න.",
           id="t21s-19", **at("2028-06-29", "19:30", 60, *CMB)),
     None, "si", JOBHOUSE),
    # popularauthors: a book on the techniques of the interview; a coaching centre's mock interview
    (event("மாதிரி நேர்முகத் தேர்வு – குரூப் 2 பயிற்சி மையம்",
           organizer=org("admin@vetri-coaching-example.in", "வெற்றி பயிற்சி மையம்"),
           description="ஒவ்வொருவருக்கும் 20 நிமிடம், பின்னர் கருத்து. சுயவிவரப் படிவம் கொண்டு வரவும்.",
           location="வெற்றி பயிற்சி மையம், மதுரை", id="t21s-20", **at("2028-07-03", "10:00", 60, *DEL)),
     None, "ta", POPULARAUTHORS),
    # zona-znanja: preparing for an interview; a careers centre's practice interview
    (event("Probni intervju za posao – Centar za karijere",
           organizer=org("karijere@sveuciliste-primjer.hr", "Centar za karijere"),
           description="Simulacija razgovora 30 min + povratna informacija. Ponesite životopis.",
           id="t21s-21", **at("2028-07-04", "12:00", 60, *ZAG)),
     None, "hr", ZONAZNANJA),
    # vienibaspsk: a school career counsellor's role plays
    (event("Karjeras stunda 9.b: darba intervijas lomu spēle",
           organizer=org("karjera@pamatskola-piemers.lv", "Karjeras konsultante"),
           description="Skolēni pārī: viens intervētājs, otrs kandidāts. Pēc tam pārrunas.",
           id="t21s-22", **at("2028-07-05", "10:00", 40, *RIX)),
     None, "lv", VIENIBAS),
    # e-klase: schools' career support (group lessons); a session preparing new interviewers
    (event("Intervētāju apmācība: kā vadīt darba interviju (praktiskais seminārs)",
           organizer=org("macibas@valsts-iestade-piemers.lv", "Mācību centrs"),
           description="Strukturēta intervija, vērtēšanas skala, lomu spēles pāros.",
           id="t21s-23", **at("2028-07-06", "09:00", 240, *RIX)),
     None, "lv", EKLASE),
    # oppekava.ee: a careers lesson's job-interview simulation
    (event("Karjääriõpetuse tund: töövestluse simulatsioon (10. klass)",
           organizer=org("karjaar@gymnaasium-naide.ee", "Karjäärikoordinaator"),
           description="Õpilased esitavad CV ja kaaskirja, seejärel mängutöövestlus klassi ees.",
           id="t21s-24", **at("2028-07-07", "11:00", 45, *TLL)),
     None, "et", OPPEKAVA),
    # noota: role play and mock interviews train hiring managers
    (event("Interviewer training for new hiring managers – mock interviews & role play",
           organizer=org("talent@quarrystone-example.com", "Quarrystone Talent Team"),
           description="Bring a job description. We'll practise structured questions in pairs.",
           id="t21s-25", **at("2028-07-10", "14:00", 120, *LON)),
     None, "en", NOOTA),
    # connectivityproject: an interview role play in a youth exchange
    (event("Interview role play workshop (youth exchange, day 3)",
           organizer=org("team@bridges-exchange-example.eu", "Bridges Youth Exchange"),
           description="Pairs: one employer, one applicant, 8 minutes each, then feedback.",
           location="Park pavilion", id="t21s-26", **at("2028-07-11", "10:00", 40, *LON)),
     None, "en", CONNECTIVITY),
    # kitabmahal: how to prepare for an interview; an alumni careers talk
    (event("Careers talk: why the interview matters and how to prepare (alumni panel)",
           organizer=org("careers@westbrook-example.ac.uk", "Westbrook University Careers"),
           description="Open to all final-year students. Q&A with recent graduates.",
           location="Lecture Theatre B", id="t21s-27", **at("2028-07-12", "17:00", 60, *LON)),
     None, "en", KITABMAHAL),
    # ====================================== (c) going along, letter and admit-card chores
    # putrarahman: driving a nephew to his interview in Putrajaya
    (event("Hantar anak saudara ke temuduga JPA, Putrajaya",
           organizer=SELF,
           description="Bertolak 6.40 pagi. Dia masuk pukul 9; tunggu di kafe.",
           id="t21s-28", **at("2028-07-13", "06:40", 240, *KUL)),
     None, "ms", PUTRARAHMAN),
    # cholomanbd: an admit card to download and print before the exam day
    (event("ভাইভার প্রবেশপত্র ডাউনলোড করে প্রিন্ট করা",
           organizer=SELF,
           description="টেলিটকের সাইট থেকে নামাবে, দুই কপি রঙিন প্রিন্ট।",
           id="t21s-29", **at("2028-07-14", "20:00", 30, *DAC)),
     None, "bn", CHOLOMAN),
    # cholomanbd: the exam day; the user goes along with a friend to his viva
    (event("তানভীরের সাথে ওর ভাইভায় যাওয়া (সাথে থাকব)",
           organizer=SELF,
           description="সকাল ৮টায় বাসস্ট্যান্ডে দেখা। ও ভেতরে গেলে বাইরে অপেক্ষা।",
           id="t21s-30", **at("2028-07-15", "08:00", 240, *DAC)),
     None, "bn", CHOLOMAN),
    # jeffreygifford: an interview team; the user's friend asks for help, the user goes along
    (event("Go with Priya to her interview (moral support, wait in lobby)",
           organizer=SELF,
           description="Pick her up 8:15. Interview is 9-10 at the Fairmont office.",
           id="t21s-31", **at("2028-07-17", "08:15", 150, *NY)),
     None, "en", JGIFFORD),
    # ====================================== true hiring steps carrying the same words
    # swarvidrohtimes: the interview board of a public recruitment; the candidate appears
    (event("साक्षात्कार – कनिष्ठ अभियंता (सिविल), अभ्यर्थी के रूप में उपस्थित होना है",
           organizer=org("bharti@jal-vibhag-udaharan.in", "भर्ती अनुभाग, जल विभाग"),
           description="मूल प्रमाण पत्र एवं फोटो पहचान पत्र साथ लाएँ। समय से 30 मिनट पहले पहुँचें।",
           location="जल विभाग मुख्यालय, लखनऊ", id="t21s-32", **at("2028-07-18", "10:00", 60, *DEL)),
     yes(["जल विभाग"], ["bharti@jal-vibhag-udaharan.in"]), "hi", SWARVIDROH),
    # lawcommission.gov.np: the committee interviews the candidate
    (event("अन्तर्वार्ता – खरिदार पद, उम्मेदवारको रूपमा (रोल नं. ४१२)",
           organizer=org("karmachari@nagarpalika-udaharan.gov.np", "कर्मचारी प्रशासन शाखा, नगरपालिका"),
           description="प्रवेशपत्र र शैक्षिक योग्यताका सक्कल प्रमाणपत्र साथ ल्याउनुहोला।",
           location="नगरपालिका कार्यालय, बुटवल", id="t21s-33", **at("2028-07-19", "11:00", 30, *KTM)),
     yes(["नगरपालिका"], ["karmachari@nagarpalika-udaharan.gov.np"]), "ne", LAWCOMM_NP),
    # reliableacademy: the panel interviews the candidate (a bank clerk post)
    (event("मुलाखत – लिपिक पद, सह्याद्री सहकारी बँक",
           organizer=org("hr@sahyadri-bank-example.in", "सह्याद्री सहकारी बँक – मनुष्यबळ विभाग"),
           description="मूळ कागदपत्रे व मुलाखत पत्र सोबत आणावे.",
           location="मुख्य कार्यालय, सातारा", id="t21s-34", **at("2028-07-20", "11:30", 30, *DEL)),
     yes(["सह्याद्री सहकारी बँक", "सह्याद्री"], ["hr@sahyadri-bank-example.in"]), "mr", RELIABLE),
    # adarain: a candidate's first civil-service interview (written test, then the panel)
    (event("Temuduga Pembantu Tadbir – Majlis Daerah Kluang (ujian bertulis + panel)",
           organizer=org("temuduga@mdkluang-contoh.gov.my", "Urus Setia Temuduga MDK"),
           description="Sila bawa IC, sijil asal dan surat panggilan temuduga.",
           location="Dewan Majlis, Kluang", id="t21s-35", **at("2028-07-21", "08:30", 180, *KUL)),
     yes(["Majlis Daerah Kluang", "MDK"], ["temuduga@mdkluang-contoh.gov.my"]), "ms", ADARAIN),
    # cinulu: a student's internship interview with the user (line manager), with a work simulation
    (event("Interview user + simulasi kerja – Magang Marketing, PT Sinar Cemerlang",
           organizer=org("rekrutmen@sinarcemerlang-contoh.co.id", "Rekrutmen PT Sinar Cemerlang"),
           description="Halo Pat, interview dengan Bu Ratna (Marketing Manager) dilanjut studi kasus 30 menit.",
           id="t21s-36", **at("2028-07-24", "10:00", 90, *JKT)),
     yes(["PT Sinar Cemerlang", "Sinar Cemerlang"], ["rekrutmen@sinarcemerlang-contoh.co.id"]), "id", CINULU),
    # citeschool: a QA engineer interview; the viva letter asks for the admit card
    (event("মৌখিক পরীক্ষা (ভাইভা) – সহকারী প্রোগ্রামার, নদীবন্দর সফটওয়্যার লিমিটেড",
           organizer=org("hr@nodibondor-soft.com.bd", "মানবসম্পদ বিভাগ, নদীবন্দর সফটওয়্যার"),
           description="প্রবেশপত্রের প্রিন্ট কপি ও মূল সনদপত্র সঙ্গে আনবেন।",
           location="নদীবন্দর সফটওয়্যার, মতিঝিল, ঢাকা", id="t21s-37", **at("2028-07-25", "10:30", 30, *DAC)),
     yes(["নদীবন্দর সফটওয়্যার লিমিটেড", "নদীবন্দর সফটওয়্যার"], ["hr@nodibondor-soft.com.bd"]), "bn", CITESCHOOL),
    # jobhouse.lk: a panel interview at a company
    (event("සම්මුඛ පරීක්ෂණය – ගිණුම් සහකාර, ලංකා ග්‍රීන් ඇග්‍රෝ (පුද්ගලික) සමාගම",
           organizer=org("hr@lankagreenagro-example.lk", "Lanka Green Agro HR"),
           description="කරුණාකර මුල් සහතික සහ CV පිටපතක් රැගෙන එන්න.",
           location="Lanka Green Agro, Kandy Road, Kadawatha", id="t21s-38", **at("2028-07-26", "10:00", 45, *CMB)),
     yes(["ලංකා ග්‍රීන් ඇග්‍රෝ", "Lanka Green Agro"], ["hr@lankagreenagro-example.lk"]), "si", JOBHOUSE),
    # trebadaznas: the candidate's second-round interview in Serbian
    (event("Intervju za posao – drugi krug, Dunav Soft d.o.o.",
           organizer=org("hr@dunavsoft-primer.rs", "Dunav Soft HR"),
           guests=[guest("m.ilic@dunavsoft-primer.rs", "Marko Ilić")],
           description="Poštovani, razgovor sa vođom tima Markom Ilićem i HR-om. Praktični zadatak 30 min.",
           location="Dunav Soft, Bulevar oslobođenja 12, Novi Sad", id="t21s-39", **at("2028-07-27", "11:00", 90, *BEG)),
     yes(["Dunav Soft d.o.o.", "Dunav Soft"], ["hr@dunavsoft-primer.rs", "Marko Ilić"]), "sr", TREBADAZNAS),
    # oppekava.ee: the documents a real application needs; the candidate's interview with a test task
    (event("Tööintervjuu + proovitöö – klienditeenindaja, Saaremaa Kaubandus OÜ",
           organizer=org("personal@saarekaubandus-naide.ee", "Saaremaa Kaubandus OÜ personal"),
           description="Tere, Pat! Vestlus poejuhiga ja 20-minutiline proovitöö kassas.",
           location="Kuressaare, Tallinna 5", id="t21s-40", **at("2028-07-28", "13:00", 60, *TLL)),
     yes(["Saaremaa Kaubandus OÜ", "Saaremaa Kaubandus"], ["personal@saarekaubandus-naide.ee"]), "et", OPPEKAVA),
    # anytopia: a panel the candidate faces; the final round includes a mock client call
    (event("Final interview – Analyst, Brightwater Advisory (panel of 3 + mock client call)",
           organizer=org("recruiting@brightwater-example.com", "Brightwater Advisory Recruiting"),
           guests=[guest("l.chen@brightwater-example.com", "Lena Chen")],
           description="Hi Pat, you'll meet a panel led by Lena Chen, then a 20-minute mock client call "
                       "with a partner playing the client.",
           location="Brightwater Advisory, 200 State St, Chicago", id="t21s-41",
           **at("2028-07-31", "13:00", 120, *CHI)),
     yes(["Brightwater Advisory", "Brightwater"], ["recruiting@brightwater-example.com", "Lena Chen"]), "en", ANYTOPIA),
    # lumen: a series and panel of interviewers; an employer's interview held at the careers office
    (event("On-campus interview – Kestrel Labs (Career Center, Interview Room 4)",
           organizer=org("campus@kestrellabs-example.com", "Kestrel Labs Campus Recruiting"),
           description="Your 30-minute first-round interview with a Kestrel Labs engineer. Bring a copy of your "
                       "resume.",
           location="University Career Center, Room 4", id="t21s-42", **at("2028-08-01", "10:30", 30, *NY)),
     yes(["Kestrel Labs"], ["campus@kestrellabs-example.com"]), "en", LUMEN),
    # pertamina: team and panel interviewing; the candidate's committee interview for a careers adviser post
    (event("Interview: Careers Adviser post – selection committee (as a candidate)",
           organizer=org("hr@northgate-example.ac.uk", "Northgate University HR"),
           description="Dear Pat, the committee will ask you to give a 10-minute presentation on student "
                       "employability, followed by questions.",
           location="Northgate University, Careers Service, Room 1.12", id="t21s-43",
           **at("2028-08-02", "14:00", 60, *LON)),
     yes(["Northgate University", "Northgate"], ["hr@northgate-example.ac.uk"]), "en", PERTAMINA),
]
