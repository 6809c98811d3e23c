"""Check cases added in round 22 for silent hiring steps: sector steps named by their format (auditions, voice tests, working interviews and trial days, apprenticeship portfolio reviews), and interviews, tests and selection committees in languages the corpus lacks or knows thinly (issue #15).

Built from public pages found with the project's search tool (pages corpus), none of which any
earlier data file cites (each URL's host was grepped over tests/data/*.py first); each case cites
its page; names, companies, addresses and domains are invented and the wording paraphrased (a
Tajik town's administration keeps its real name, the process being its own). Labelled and
committed before any code ran on them; scored once on r22start's code, then after round 22's
rules (docs/detection.md); tuning data from the start.

Aimed at round 21's silent classes as structures, not as its cases' words: (a) English steps a
sector names by its format (a radio studio or on-air audition, a newsroom's voice test, a nanny's
working interview or paid trial day, a tattoo shop's portfolio review and trial week), one of them
with a rehearsal word naming a part of the real step ("two mock links" inside an audition); (b)
interviews, psychometric and written tests, pre-hire internships and selection committees in
Welsh, Afrikaans, Galician, Tajik, Zulu, Slovenian, Croatian, Russian, Ukrainian and Hebrew.
Look-alikes in the same languages with nobody hired: mock and practice interviews, a workshop's
simulated interview, a press or radio interview, a car's service ("onderhoud" is also
maintenance), a child's psychological test and school exam, a university's psychometric entrance
exam, the owner mentoring a new colleague's internship, the owner hiring a sitter or a nanny, a
tattoo session bought as a client. They may be asked about, never drafted.

Labels follow real_cases_b15.py's conventions: ``None`` unless the event is a job interview or a
hiring step the calendar's owner attends as the candidate; otherwise the accepted company
spellings and exactly the people a thank-you should go to (interviewers and the hiring side's
recruiter or team mailbox with an address). Ids are "t22a-" and a number.
"""

from __future__ import annotations

from typing import Any

from detect_cases import SELF, Case, at, event, org, yes

# Offsets for January 2029 (standard time in the north, summer time in South Africa's none).
CHI = ("-06:00", "America/Chicago")
NYC = ("-05:00", "America/New_York")
LON = ("+00:00", "Europe/London")
NBO = ("+03:00", "Africa/Nairobi")
MNL = ("+08:00", "Asia/Manila")
JNB = ("+02:00", "Africa/Johannesburg")
MAD = ("+01:00", "Europe/Madrid")
DYU = ("+05:00", "Asia/Dushanbe")
MLA = ("+01:00", "Europe/Malta")
LJU = ("+01:00", "Europe/Ljubljana")
ZAG = ("+01:00", "Europe/Zagreb")
MSK = ("+03:00", "Europe/Moscow")
KBP = ("+02:00", "Europe/Kyiv")
JRS = ("+02:00", "Asia/Jerusalem")

# Sources (pages corpus; none cited by an earlier data file, URL and host grepped first).
HELLONANNY = "https://hellonanny.com/what-families-can-expect-from-nanny-trial"
SITTERCITY = "https://sittercity.com/sitters/child-care-job-trial-days"
NASHNANNY = "https://www.nashvillenannyagency.com/all-blog/working-interviews"
DCURBANMOM = "https://www.dcurbanmom.com/nanny-forum/posts/list/373797.page"
RJAAMIR = "http://www.rjaamir.com/career-radio/prepare-for-radio-show-host-auditions/"
KANYINDO = "http://kanyindo.blogspot.com/2013/05/voice-tests-and-ear-bleeds.html"
JODIEYOUNG = "https://jodieyoungtattoos.com/2018/10/22/advice-on-looking-for-an-apprenticeship/"
SWANSEA = "https://myuni.swansea.ac.uk/cy/cyfadrannau/cdgc/cyflogadwyedd/gyrfaoedd/cyfweliadau-swydd/"
WGSB = "https://wgsb.wales/3406?lang=cy-gb"
CARDIFF = ("https://sites.cardiff.ac.uk/studentfuturesplus/cy/cv-ceisiadau-a-chyfweliadau-cv-applications-"
           "and-interviews/cyfweliadau")
HUISGENOOT = "http://www.pressreader.com/south-africa/huisgenoot/20180823/284301070766845"
XUNTA = "https://emprego.xunta.gal/portal/index.php/gl/?option=com_content&view=article&id=326"
AHD_TJ = ("https://ahd.tj/tj/konkursy-v-gosudarstvennykh-organakh/4684-ma-omoti-i-roiyai-okimiyati-davlatii-"
          "isfara-baroi-ish-oli-mansab-oi-kholii-ma-murii-khizmati-davlat-ozmun-e-lon-menamoyad")
AZDA = "https://azda.tv/poyoni-dur-o-fosh-ast"
INEWSMALTA = "https://www.inewsmalta.com/article.php?ID1=86470"
FUNDZA = "https://live.fundza.mobi/home/unfiltered/essays/siyahlonishwa-isandla-esikuphakelayo/?recommend=1"
PSIHDELA = "https://psihologijadela.com/2020/07/24/strukturiran-selekcijski-intervju-dobra-praksa-ali-nadloga/"
SKILLSEL = "https://www.skill-select.eu/način-izvedbe"
EHC = "https://ehcpartners.si/FAQ/"
PSIDRA = "http://www.psidra-psiholoskapraksa.hr/home/selekcija/proces-selekcije/intervju---za-i-protiv"
MURMANZAN = "https://murman-zan.ru/content/%D1%81%D1%82%D0%B0%D0%B6%D0%B8%D1%80%D0%BE%D0%B2%D0%BA%D0%B0"
STAFFUA = "https://www.staff.ua/uk/hlosarii/stazhuvannia"
NOAM = ("https://www.machon-noam.co.il/%D7%9E%D7%91%D7%97%D7%9F-%D7%A0%D7%A6%D7%99%D7%91%D7%95%D7%AA-"
        "%D7%A9%D7%99%D7%A8%D7%95%D7%AA-%D7%94%D7%9E%D7%93%D7%99%D7%A0%D7%94-%D7%9C%D7%93%D7%95%D7%92%D7%9E%D7%90")


def _id(n: int) -> dict[str, str]:
    return {"id": f"t22a-{n:02d}"}


def _guest(email: str, name: str, status: str = "needsAction") -> dict[str, Any]:
    return {"email": email, "displayName": name, "responseStatus": status}


TUNE22_CHECK_A: list[Case] = [
    # ============================================================ (a) English sector steps
    # hellonanny: a family invites a nanny candidate to a paid working trial at home
    (event("Working trial – nanny position (Halloran family)",
           organizer=org("meg.halloran@gmail.com", "Meg Halloran"),
           description="Hi! As discussed after our interview, we'd love you to join us for a paid working "
                       "trial. You'll have both kids from 8:30; I'll be working from home upstairs. $28/hr.",
           location="1418 Elm Ridge Dr, Evanston", **at("2029-01-09", "08:30", 420, *CHI), **_id(1)),
     yes(["Halloran family", "The Hallorans", "Halloran"], ["meg.halloran@gmail.com"]), "en", HELLONANNY),
    # sittercity: a nanny's own entry for a trial day with a family
    (event("Trial day w/ the Okafors (nanny job, 2 kids)", organizer=SELF,
           description="Second step after the zoom interview. Bring CPR card. Ask about pay for the day.",
           location="Okafor home, Maple Ave", **at("2029-01-10", "09:00", 360, *NYC), **_id(2)),
     yes(["Okafor family", "The Okafors", "Okafor"], []), "en", SITTERCITY),
    # nashvillenannyagency: an agency books a working interview with a family for its candidate
    (event("Working interview: Bauer family (nanny) – 2nd step",
           organizer=org("placements@musiccitynannies.com", "Music City Nannies – Placements"),
           description="The Bauers would like to see you in action with Ellie (3) and Max (1). Parents stay home "
                       "but step back. Please confirm the hours with Katie Bauer the day before.",
           guests=[_guest("katie.bauer@gmail.com", "Katie Bauer", "accepted")],
           location="Bauer residence, Belle Meade", **at("2029-01-11", "09:00", 240, *CHI), **_id(3)),
     yes(["Bauer family", "The Bauers", "Bauer"], ["placements@musiccitynannies.com", "katie.bauer@gmail.com"]),
     "en", NASHNANNY),
    # rjaamir: a station's studio audition for a breakfast co-host, with demo links to record
    (event("Studio audition – Coast 98.4 breakfast co-host (record 3 demo links)",
           organizer=org("programming@coast984.co.uk", "Coast 98.4 Programming"),
           description="You'll get the topics on the day and 20 minutes to script, then record three links in "
                       "Studio B. A short chat with Dan Pryce (programme director) follows.",
           location="Coast 98.4, Harbour Rd, Poole", **at("2029-01-15", "14:00", 90, *LON), **_id(4)),
     yes(["Coast 98.4", "Coast 98.4 FM"], ["programming@coast984.co.uk"]), "en", RJAAMIR),
    # rjaamir: an own entry for an audition where a part of it is called "mock" (two mock links)
    (event("Audition @ Mix 103 – drive time: 2 mock links + interview w/ station head", organizer=SELF,
           description="They give the topic there. Links max 60 sec. Interview after if the links land.",
           location="Mix 103, Westlands", **at("2029-01-16", "11:00", 120, *NBO), **_id(5)),
     yes(["Mix 103", "Mix 103 FM"], []), "en", RJAAMIR),
    # kanyindo: a newsroom producer books a voice test for a presenter applicant
    (event("Voice test – Radio Kiboko newsroom (news presenter applicants)",
           organizer=org("news.producer@radiokiboko.co.ke", "Radio Kiboko Newsroom"),
           description="Read the two bulletins attached, then a 2-minute ad-lib on a topic of your choice. "
                       "Amina Were (news editor) will listen in.",
           location="Radio Kiboko, Production Studio 2", **at("2029-01-17", "10:00", 45, *NBO), **_id(6)),
     yes(["Radio Kiboko"], ["news.producer@radiokiboko.co.ke"]), "en", KANYINDO),
    # jodieyoungtattoos: a shop owner meets an apprentice applicant to review the portfolio
    (event("Portfolio review – apprenticeship (Ironclad Tattoo)",
           organizer=org("ironcladtattoo.mnl@gmail.com", "Ironclad Tattoo"),
           description="Bring the physical book: line work, shading, colour, flash sheets. Rico (owner) "
                       "will go through it with you and talk about how the apprenticeship works.",
           location="Ironclad Tattoo, Poblacion, Makati", **at("2029-01-18", "15:00", 60, *MNL), **_id(7)),
     yes(["Ironclad Tattoo"], ["ironcladtattoo.mnl@gmail.com"]), "en", JODIEYOUNG),
    # jodieyoungtattoos: an own entry for the shop's trial week as an apprentice candidate
    (event("Trial week – Black Lotus Tattoo (apprentice spot)", organizer=SELF,
           description="Day 1 of the two-week trial they offered after the portfolio chat. Be there when "
                       "Sam is, don't be late, clean stations.",
           location="Black Lotus Tattoo, Ancoats", **at("2029-01-22", "10:00", 480, *LON), **_id(8)),
     yes(["Black Lotus Tattoo"], []), "en", JODIEYOUNG),
    # ---- English look-alikes
    # rjaamir: a course's practice session recording mock links (nobody hires)
    (event("Radio presenting course – week 4: record mock links", organizer=SELF,
           description="Bring headphones. Tutor feedback on the links in the last half hour.",
           location="City Lit, room 3.2", **at("2029-01-13", "10:00", 180, *LON), **_id(9)),
     None, "en", RJAAMIR),
    # jodieyoungtattoos: a tattoo session the owner books as a client
    (event("Tattoo session – forearm piece w/ Dana @ Ink Republic", organizer=SELF,
           description="Deposit paid. Eat before, no alcohol the night before.",
           location="Ink Republic, Deansgate", **at("2029-01-20", "12:00", 240, *LON), **_id(10)),
     None, "en", JODIEYOUNG),
    # sittercity: the owner trials a sitter for their own kids
    (event("Trial evening – new sitter Maya (kids' bedtime)", organizer=SELF,
           description="Show her the bedtime routine; pay $22/hr cash; see how the kids take to her.",
           location="Home", **at("2029-01-12", "17:30", 180, *NYC), **_id(11)),
     None, "en", SITTERCITY),
    # dcurbanmom: the owner runs a working interview for a nanny candidate at home
    (event("Working interview – nanny candidate Priya (at ours)", organizer=SELF,
           description="Paid trial day at $30/hr. Watch with the baby, leave the room after lunch.",
           guests=[_guest("priya.nanny@gmail.com", "Priya Raman", "accepted")],
           location="Home", **at("2029-01-19", "09:00", 360, *NYC), **_id(12)),
     None, "en", DCURBANMOM),
    # kanyindo: the owner, a producer, runs voice tests for applicants
    (event("Voice tests – walk-in presenter applicants (I run the desk)", organizer=SELF,
           description="Production studio. Score sheet in the shared drive; send the good ones to the PD.",
           location="Production studio", **at("2029-01-23", "14:00", 120, *NBO), **_id(13)),
     None, "en", KANYINDO),
    # ============================================================ (b) other languages
    # swansea: a county council's interview for a communications officer, from its HR mailbox
    (event("Cyfweliad – Swyddog Cyfathrebu (Cyngor Sir Ddyfnant)",
           organizer=org("adnoddaudynol@ddyfnant.gov.wales", "Cyngor Sir Ddyfnant – Adnoddau Dynol"),
           description="Diolch am eich cais. Hoffem eich gwahodd i gyfweliad panel. Bydd y panel yn cynnwys "
                       "Elin Rees, Pennaeth Cyfathrebu. Dewch â'ch pasbort.",
           location="Neuadd y Sir, Aberaeron", **at("2029-01-09", "10:30", 45, *LON), **_id(14)),
     yes(["Cyngor Sir Ddyfnant", "Ddyfnant"], ["adnoddaudynol@ddyfnant.gov.wales"]), "cy", SWANSEA),
    # wgsb.wales: an own entry for a housing association's panel interview
    (event("Cyfweliad panel: Cymdeithas Tai Glannau (swyddog tai)", organizer=SELF,
           description="Tri ar y panel. Paratoi cyflwyniad 5 munud. Cofio'r cwestiynau ymddygiadol.",
           location="Swyddfa Tai Glannau, Caernarfon", **at("2029-01-10", "14:00", 60, *LON), **_id(15)),
     yes(["Cymdeithas Tai Glannau", "Tai Glannau"], []), "cy", WGSB),
    # cardiff: a bookshop invites an applicant to an interview
    (event("Gwahoddiad i gyfweliad – Siop Lyfrau'r Bont",
           organizer=org("swyddi@siopybont.cymru", "Siop Lyfrau'r Bont"),
           description="Sgwrs anffurfiol am y swydd cynorthwyydd siop gyda Gwenno, y rheolwr. Tua hanner awr.",
           location="Siop Lyfrau'r Bont, Stryd Fawr, Llandeilo", **at("2029-01-12", "11:00", 30, *LON),
           **_id(16)),
     yes(["Siop Lyfrau'r Bont", "Siop y Bont"], ["swyddi@siopybont.cymru"]), "cy", CARDIFF),
    # cardiff: a careers service's mock interview (nobody hires)
    (event("Cyfweliad ffug – Dyfodol Myfyrwyr (ymarfer)", organizer=SELF,
           description="Ymarfer cyfweliad gyda chynghorydd gyrfaoedd; adborth ar y diwedd.",
           location="Canolfan Gyrfaoedd, Plas y Parc", **at("2029-01-08", "13:00", 45, *LON), **_id(17)),
     None, "cy", CARDIFF),
    # swansea: a radio interview about the owner's book (the press's sense)
    (event("Cyfweliad ar Radio Cymru – am y llyfr newydd", organizer=SELF,
           description="Byw ar y rhaglen fore. Cyrraedd y stiwdio 15 munud yn gynnar.",
           location="BBC Cymru, Sgwâr Canolog", **at("2029-01-24", "08:40", 20, *LON), **_id(18)),
     None, "cy", SWANSEA),
    # huisgenoot: a fruit exporter's job interview for an accountant, from its HR mailbox
    (event("Werksonderhoud – Boland Vrugte (Edms) Bpk, rekenmeester",
           organizer=org("mensehulpbronne@bolandvrugte.co.za", "Boland Vrugte – Menslike Hulpbronne"),
           description="Baie dankie vir u aansoek. Die onderhoud word gevoer deur me. Annelie Botha "
                       "(finansiële bestuurder). Bring asseblief afskrifte van u kwalifikasies.",
           location="Boland Vrugte, Paarl", **at("2029-01-15", "10:00", 60, *JNB), **_id(19)),
     yes(["Boland Vrugte", "Boland Vrugte (Edms) Bpk"], ["mensehulpbronne@bolandvrugte.co.za"]), "af", HUISGENOOT),
    # huisgenoot: an own entry for a law firm's interview
    (event("Onderhoud – Malan & Seuns Prokureurs (regsekretaresse)", organizer=SELF,
           description="Vroeg ry, parkering is moeilik. Vra na mnr. Malan by ontvangs.",
           location="Kerkstraat 12, Stellenbosch", **at("2029-01-16", "14:30", 45, *JNB), **_id(20)),
     yes(["Malan & Seuns Prokureurs", "Malan & Seuns"], []), "af", HUISGENOOT),
    # huisgenoot: a practice interview with a careers counsellor (nobody hires)
    (event("Oefenonderhoud met loopbaanberader", organizer=SELF,
           description="Oefen antwoorde op 'vertel ons meer oor jouself'.",
           location="Loopbaansentrum", **at("2029-01-11", "15:00", 45, *JNB), **_id(21)),
     None, "af", HUISGENOOT),
    # huisgenoot: the car's service ("onderhoud" is also maintenance)
    (event("Motor onderhoud – 60 000 km diens", organizer=SELF,
           description="Los die motor voor 08:00 by die agentskap.",
           location="Toyota Bellville", **at("2029-01-17", "07:45", 30, *JNB), **_id(22)),
     None, "af", HUISGENOOT),
    # xunta: a cannery's job interview, from its selection mailbox
    (event("Entrevista de traballo – Conservas Illa de Arousa (operario/a de liña)",
           organizer=org("seleccion@conservasilla.gal", "Conservas Illa de Arousa – Selección"),
           description="Convocámoste a unha entrevista persoal coa responsable de produción, Uxía Lema. "
                       "Trae o DNI e o currículo.",
           location="Polígono da Pasaxe, Vilagarcía", **at("2029-01-18", "09:30", 45, *MAD), **_id(23)),
     yes(["Conservas Illa de Arousa"], ["seleccion@conservasilla.gal"]), "gl", XUNTA),
    # xunta: an own entry for a town hall's psychotechnical tests and interview
    (event("Probas psicotécnicas e entrevista – Concello de Lalín (auxiliar administrativo)",
           organizer=SELF, description="Levar bolígrafo e DNI. Primeiro o test, despois entrevista.",
           location="Casa do Concello, Lalín", **at("2029-01-19", "10:00", 150, *MAD), **_id(24)),
     yes(["Concello de Lalín"], []), "gl", XUNTA),
    # xunta: a workshop's simulated interview (nobody hires)
    (event("Simulacro de entrevista de emprego – obradoiro de orientación", organizer=SELF,
           description="Obradoiro do servizo de emprego; cada persoa fai unha entrevista simulada.",
           location="Centro Cívico, Vigo", **at("2029-01-22", "17:00", 120, *MAD), **_id(25)),
     None, "gl", XUNTA),
    # ahd.tj: the town administration's competition, the interview with the commission, own copy
    (event("Суҳбат бо комиссияи озмун – Дастгоҳи раиси шаҳри Исфара", organizer=SELF,
           description="Мансаби мутахассиси пешбари шуъбаи кадрҳо. Шиноснома ва дипломро гирифтан.",
           location="Шаҳри Исфара, бинои ҳукумат", **at("2029-01-15", "10:00", 45, *DYU), **_id(26)),
     yes(["Дастгоҳи раиси шаҳри Исфара", "Isfara"], []), "tg", AHD_TJ),
    # ahd.tj: a telecom's job interview, from its HR mailbox
    (event("Мусоҳибаи корӣ – ҶДММ «Суғд Телеком» (муҳандиси шабака)",
           organizer=org("kadrho@sughdtelecom.tj", "Суғд Телеком – Шуъбаи кадрҳо"),
           description="Шуморо ба мусоҳиба даъват менамоем. Мусоҳибаро сардори шуъба Фирдавс Раҳимов мегузаронад.",
           location="Хуҷанд, кӯчаи Ленин 20", **at("2029-01-16", "14:00", 60, *DYU), **_id(27)),
     yes(["Суғд Телеком", "ҶДММ «Суғд Телеком»", "Sughd Telecom"], ["kadrho@sughdtelecom.tj"]), "tg", AHD_TJ),
    # azda.tv: a TV interview about a book (the press's "мусоҳиба")
    (event("Мусоҳиба бо телевизион дар бораи китоби нав", organizer=SELF,
           description="Сабт дар студия, 20 дақиқа.",
           location="Студияи ТВ, Душанбе", **at("2029-01-17", "16:00", 30, *DYU), **_id(28)),
     None, "tg", AZDA),
    # inewsmalta: a news site's interview with the owner (the press's "intervista")
    (event("Intervista ma' portal tal-aħbarijiet dwar il-proġett", organizer=SELF,
           description="Mistoqsijiet dwar il-proġett tal-komunità; ritratt wara.",
           location="Kafè fil-Belt", **at("2029-01-18", "11:00", 45, *MLA), **_id(29)),
     None, "mt", INEWSMALTA),
    # fundza: a logistics firm's job interview for drivers, own copy
    (event("Inhlolokhono yomsebenzi – Thekwini Logistics (umshayeli)", organizer=SELF,
           description="Phatha ilayisensi nencwadi kamazisi. Fika ngo-7:45.",
           location="Thekwini Logistics, Pinetown", **at("2029-01-23", "08:00", 60, *JNB), **_id(30)),
     yes(["Thekwini Logistics"], []), "zu", FUNDZA),
    # psihologijadela: a metalworks' structured interview, from its HR mailbox
    (event("Strukturiran intervju – Kovinar d.o.o. (vodja nabave)",
           organizer=org("kadrovska@kovinar.si", "Kovinar d.o.o. – Kadrovska služba"),
           description="Vabimo vas na strukturiran selekcijski intervju s komisijo (direktor Marko Zupan in "
                       "kadrovnica Petra Kos). Trajanje približno 60 minut.",
           location="Kovinar, Industrijska 4, Celje", **at("2029-01-09", "09:00", 60, *LJU), **_id(31)),
     yes(["Kovinar", "Kovinar d.o.o."], ["kadrovska@kovinar.si"]), "sl", PSIHDELA),
    # skill-select: a testing platform invites a candidate to psychometric testing for a client
    (event("Psihometrično testiranje – kandidatura Elektro Posavje (PsyTest)",
           organizer=org("noreply@psytest-select.eu", "PsyTest Select"),
           description="Spoštovani kandidat, v okviru izbora za delovno mesto projektni inženir vas vabimo na "
                       "nadzorovano psihometrično testiranje na daljavo. Povezava sledi po e-pošti.",
           **at("2029-01-10", "13:00", 90, *LJU), **_id(32)),
     yes(["Elektro Posavje"], []), "sl", SKILLSEL),
    # ehcpartners: a child's psychological testing at a counselling centre (nobody hires)
    (event("Psihološko testiranje – Lana (svetovalni center)", organizer=SELF,
           description="Testiranje za šolo; starši počakamo zunaj.",
           location="Svetovalni center, Ljubljana", **at("2029-01-12", "15:00", 90, *LJU), **_id(33)),
     None, "sl", EHC),
    # psidra: an insurer's candidate testing and interview, own copy (Croatian)
    (event("Testiranje kandidata i intervju – Jadran Osiguranje d.d.", organizer=SELF,
           description="Prvo psihološki testovi, zatim intervju s voditeljicom prodaje. Ponijeti osobnu.",
           location="Jadran Osiguranje, Vukovarska 58, Zagreb", **at("2029-01-11", "09:00", 180, *ZAG), **_id(34)),
     yes(["Jadran Osiguranje", "Jadran Osiguranje d.d."], []), "hr", PSIDRA),
    # psidra: a child's school maths test (nobody hires)
    (event("Pismeni ispit iz matematike – Ivan (7. razred)", organizer=SELF,
           description="Ponoviti razlomke s njim večer prije.",
           location="OŠ Trnjanska", **at("2029-01-24", "08:00", 45, *ZAG), **_id(35)),
     None, "hr", PSIDRA),
    # murman-zan: a transport firm's pre-hire internship for a dispatcher, from its HR mailbox
    (event("Стажировка перед трудоустройством – ООО «СеверТранс» (диспетчер)",
           organizer=org("hr@severtrans.ru", "СеверТранс – отдел персонала"),
           description="По итогам собеседования приглашаем вас на стажировку (3 дня) в диспетчерской. "
                       "Наставник — старший диспетчер Ольга Смирнова. По итогам — решение о приёме.",
           location="Мурманск, ул. Траловая 8", **at("2029-01-15", "09:00", 480, *MSK), **_id(36)),
     yes(["СеверТранс", "ООО «СеверТранс»", "SeverTrans"], ["hr@severtrans.ru"]), "ru", MURMANZAN),
    # murman-zan: the owner mentors a new hire's internship (nobody hires the owner)
    (event("Стажировка нового сотрудника – я наставник (Петров)", organizer=SELF,
           description="Показать склад и программу учёта; подписать лист стажировки.",
           location="Склад №2", **at("2029-01-16", "10:00", 240, *MSK), **_id(37)),
     None, "ru", MURMANZAN),
    # staff.ua: an agri firm's pre-hire internship, own copy (Ukrainian)
    (event("Стажування перед працевлаштуванням – ТОВ «Дніпро Агро» (агроном)", organizer=SELF,
           description="Два дні на полі з головним агрономом, потім рішення щодо прийому.",
           location="ТОВ «Дніпро Агро», Магдалинівка", **at("2029-01-17", "08:00", 480, *KBP), **_id(38)),
     yes(["Дніпро Агро", "ТОВ «Дніпро Агро»"], []), "uk", STAFFUA),
    # machon-noam: a ministry's examiners' committee, the last stage of a civil-service tender, own copy
    (event("ועדת בוחנים – משרד החקלאות, רכז/ת פרויקטים (מכרז פנימי-פומבי)", organizer=SELF,
           description="שלב אחרון אחרי המבחנים הממוחשבים. להביא תעודות ותעודת זהות.",
           location="בית דגן, בניין ההנהלה", **at("2029-01-14", "10:00", 45, *JRS), **_id(39)),
     yes(["משרד החקלאות", "Ministry of Agriculture"], []), "he", NOAM),
    # machon-noam: a selection day at an assessment institute for an employer, from the institute
    (event("יום מיון – מבחנים פסיכוטכניים וראיון (עבור נתיבי הצפון בע\"מ)",
           organizer=org("zimun@machon-ofek.co.il", "מכון אופק – זימונים"),
           description="שלום, זומנת ליום מיון למשרת מפקח/ת תנועה. המבחנים ממוחשבים; משך כ-5 שעות.",
           location="מכון אופק, חיפה", **at("2029-01-15", "08:30", 300, *JRS), **_id(40)),
     yes(["נתיבי הצפון", "נתיבי הצפון בע\"מ"], ["zimun@machon-ofek.co.il"]), "he", NOAM),
    # machon-noam: a university's psychometric entrance exam (nobody hires)
    (event("מבחן פסיכומטרי – מועד חורף", organizer=SELF,
           description="להביא תעודת זהות ועיפרון. ההרשמה לאוניברסיטה אחרי הציון.",
           location="מרכז בחינות, תל אביב", **at("2029-01-21", "08:30", 210, *JRS), **_id(41)),
     None, "he", NOAM),
]
