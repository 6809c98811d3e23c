"""Blind batch 21 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b21.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (offsets for 1 August to 15 September 2028: North America, Europe and Israel on
summer time; Australia on standard time and New Zealand before its change on 24 September; Kabul
at +04:30 and Tehran at +03:30, Iran without summer time since 2022; East Africa, the Gulf, South
and South-East Asia, Mongolia and Korea without summer time) and the conference texts pasted into descriptions.

Scored once, at the end of round 21, for docs/detection.md and the README; tuning data since round 22.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
CY_TYHAFAN = "https://www.tyhafan.org/cy/faqs/beth-ywr-broses-gyfweld/"
CY_CAREERSWALES = "https://www.careerswales.com/cy/article/5311"
CY_SIRGAR = ("https://einpobl.sirgar.llyw.cymru/ein-pobl/canllawiau-recriwtio-oleoo/rheoli-a-llunio-rhestr-fer-o-"
             "geisiadau")
CY_GYRFACYMRU = ("https://gyrfacymru.llyw.cymru/fy-nyfodol/chwilio-am-waith/paratoi-ar-gyfer-cyfweliad/beth-yw-"
                 "cyfweliad")
AF_NETWERK24 = ("https://www.netwerk24.com/huisgenoot/Jou-lewe/Wenke/so-kry-jy-werk-deel-3-my-gedrag-tydens-"
                "onderhoud-20180817")
AF_PITKOS = "http://www.pitkos.co.za/artikels/artikel2011_43.html"
AF_JOUBERT = "https://joubertassociates.co.za/waarna-om-te-kyk-met-werwing-en-keuring/"
GL_SALNES = "https://mancomunidadedosalnes.com/emprega-o-salnes-orientacion/"
GL_VILALBA = "http://vilalba.org/servizos/formacion-e-emprego/entrevista-de-traballo/"
GL_COGAMI = "https://cogamilugo.org/ferramentas-1"
GL_XUNTA = "http://www.edu.xunta.gal/centros/ieslamasabade/node/391"
MT_LAIKOS = "https://laikosblog.org/2014/08/31/"
MT_JESUSANDMARY = "https://jesusandmary.yolasite.com/qatra-gherf-arkivju-2019-apprezzament.php"
BS_OIS = "https://ois.unsa.ba/index.php/bs/aktuelnosti/146-higijenicar"
SL_ESVET = "https://esvetovanje.ess.gov.si/KakoKandidiramNaDelovnaMesta/NacinIzboraKandidatov/"
SL_EUROPASS = "https://europass.si/aktualno/mnenja/alenka-kraljic-univ-dipl-psih-prof/"
BG_WORKS = "https://blog.works.bg/5-razlichni-tipa-inteview-za-rabota/"
HY_ANAU = "https://career.anau.am/harcazruyc/"
HY_BENEFIT = ("https://thebenefit.am/2-%d5%b0%d5%a1%d6%80%d6%81%d5%a1%d5%a6%d6%80%d5%b8%d6%82%d6%81%d5%a1%d5%be"
              "%d5%a1%d6%80-1-%d5%b0%d5%a1%d6%80%d6%81%d5%a1%d5%a6%d6%80%d5%b8%d6%82%d5%b5%d6%81%d5%b8%d6%82%d5%b4-"
              "12-%d5%b4%d5%a1%d5%b6")
MN_CHONO = "https://chono.mn/p/24"
MN_MONCEMENT = ("http://moncement.mn/%D0%B0%D0%B6%D0%B8%D0%BB%D1%82%D0%B0%D0%BD-%D1%81%D0%BE%D0%BD%D0%B3%D0%BE%D0%BD-"
                "%D1%88%D0%B0%D0%BB%D0%B3%D0%B0%D1%80%D1%83%D1%83%D0%BB%D0%B0%D0%BB%D1%82/")
MN_MGLBAR = "https://www.mglbar.mn/a/2424"
AM_ETHIOWORKS = ("https://ethioworks.com/job-interview-questions-and-answers-%e1%8b%a8%e1%88%b5%e1%88%ab-%e1%89%83"
                 "%e1%88%88-%e1%88%98%e1%8c%a0%e1%8b%ad%e1%89%85-%e1%8c%a5%e1%8b%ab%e1%89%84%e1%8b%8e%e1%89%bd%e1%8a%93")
KM_TROLLREAD = ("http://trollread.com/%E1%9E%9F%E1%9F%86%E1%9E%8E%E1%9E%BD%E1%9E%9A%E1%9E%8A%E1%9F%82%E1%9E%9B%E1%9E"
                "%96%E1%9E%B7%E1%9E%94%E1%9E%B6%E1%9E%80%E1%9E%86%E1%9F%92%E1%9E%9B%E1%9E%BE%E1%9E%99%E1%9E%94%E1%9F%86"
                "%E1%9E%95%E1%9E%BB/")
PS_ZALAAND = "http://zalaand.com/?p=2449"
FA_KONJKAR = ("https://konjkar.ir/%D8%AA%D8%AC%D8%B1%D8%A8%D9%87-%D9%85%D8%B5%D8%A7%D8%AD%D8%A8%D9%87-%D9%85%D9%86-"
              "%D8%A8%D8%A7-%DA%86%D9%86%D8%AF-%D8%B4%D8%B1%DA%A9%D8%AA-%D8%B4%D9%86%D8%A7%D8%AE%D8%AA%D9%87-%D8%B4%D8"
              "%AF/")
FA_VIRGOOL = ("https://virgool.io/Quera-Mag/%DA%86%D8%B7%D9%88%D8%B1-%D8%AF%D8%B1-%D9%85%D8%B5%D8%A7%D8%AD%D8%A8%D9"
              "%87%D9%87%D8%A7%DB%8C-%D9%81%D9%86%DB%8C-%D9%87%D9%88%D8%B4%D9%85%D9%86%D8%AF%D8%A7%D9%86%D9%87-%D8%A8"
              "%D9%87-%D8%B3%D9%88%D8%A7%D9%84%D8%A7%D8%AA-%D8%AC%D9%88%D8%A7%D8%A8-%D8%AF%D9%87%DB%8C%D9%85-"
              "tjkzh0blutli")
UR_DUNYANEWS = "https://urdu.dunyanews.tv/index.php/ur/Pakistan/552835"
UR_DUNYA = "https://dunya.com.pk/index.php/pakistan/2025-03-20/2490259"
SW_JAMIIFORUMS = ("https://www.jamiiforums.com/threads/utaratibu-wa-kuita-watu-wengi-kwenye-usaili-kuwania-nafasi-"
                  "moja-ya-ajira.1036935/")
SW_PESATU = "https://pesatu.com/ajira/maswali-yanayoulizwa-zaidi-kwenye-interview"
SW_UDAKU = "https://udakuspecially.com/2017/05/usithubutu-kwenda-kwenye-usaili-wa-kazi.html"
TL_BUHAYSEAMAN = "https://buhayseaman.blogspot.com/2021/03"
TL_MARLONSITE = "https://marlonsite.blogspot.com/2011/11/my-cruise-ship-experience.html"
ZH_HB2B = "https://en.hb2b.com/ask/191819.html"
ZH_TENGTV = "https://www.tengtv.com/csiwd/202509/416623.html"
ZH_WODEYUANXIAO = "https://wodeyuanxiao.com/Resume/onejeqpats.html"
KO_GEXXGE = "https://gexxge.tistory.com/45"
KO_KNINFO = "http://kninfo-h.gne.go.kr/kninfo-h/na/ntt/selectNttInfo.do?nttSn=84328577"
RU_VODATULA = ("https://vodatula.ru/en/health/chem-otlichaetsya-stazhirovka-ot-raboty-stazhirovka-na-rabochem-meste-"
               "kak-pravilno")
AR_AFIFNP = "https://afifnp.com/?p=222201"
AR_NQATT = "https://nqatt.com/?p=5355"
TA_IBCTAMIL = "https://ibctamilnadu.com/article/interview-aiadmk-candidates-1614710674"
TA_CTR24 = ("https://ctr24.com/2021/03/02/%E0%AE%A4%E0%AF%87%E0%AE%B0%E0%AF%8D%E0%AE%A4%E0%AE%B2%E0%AE%BF%E0%AE%B2"
            "%E0%AF%8D-%E0%AE%AA%E0%AF%8B%E0%AE%9F%E0%AF%8D%E0%AE%9F%E0%AE%BF%E0%AE%AF%E0%AE%BF%E0%AE%9F-%E0%AE%B5"
            "%E0%AE%BF%E0%AE%B0%E0%AF%81/")
EL_OPENGOV = "http://www.opengov.gr/ypes/?p=7378"
EL_KLIMAKA = ("https://edu.klimaka.gr/ekpaideytikoi/prokhryxeis-thesewn/3089-diadikasies-epilogis-proistamenwn-"
              "kedasy")
HE_NEVO = "https://www.nevo.co.il/law_html/law01/P182_048.htm"
HE_MISHPATI = "https://www.mishpati.co.il/forum/1/8747"
IT_NARKIVE = ("https://ristorazione.finanza.narkive.it/ZqTerUT2/fare-la-cameriera-in-un-pub-e-difficile-ho-combinato-"
              "un-disastro-e-mi-sento-demoralizzata")
MR_TIMESNOW = ("https://www.timesnowmarathi.com/maharashtra-news/mumbai-news/article/mpsc-interview-maharashtra-civil-"
               "engineering-service-main-exam-interview-timetable-announced/403022")
MR_PNIC = ("https://pnic.in/%E0%A4%AE%E0%A5%81%E0%A4%B2%E0%A4%BE%E0%A4%96%E0%A4%A4%E0%A5%80%E0%A4%9A%E0%A5%80-%E0%A4"
           "%A4%E0%A4%AF%E0%A4%BE%E0%A4%B0%E0%A5%80/")
PHARMASALES = "http://www.pharmasalescareer.com/sample-pharma-rep-interview-questions/"

# Offsets for 1 August to 15 September 2028.
NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
DEN = ("-06:00", "America/Denver")
LA = ("-07:00", "America/Los_Angeles")
TOR = ("-04:00", "America/Toronto")
VAN = ("-07:00", "America/Vancouver")
WPG = ("-05:00", "America/Winnipeg")
REG = ("-06:00", "America/Regina")
LON = ("+01:00", "Europe/London")
DUB = ("+01:00", "Europe/Dublin")
SYD = ("+10:00", "Australia/Sydney")
BNE = ("+10:00", "Australia/Brisbane")
PER = ("+08:00", "Australia/Perth")
MEL = ("+10:00", "Australia/Melbourne")
AKL = ("+12:00", "Pacific/Auckland")
CHC = ("+12:00", "Pacific/Auckland")
JNB = ("+02:00", "Africa/Johannesburg")
NBO = ("+03:00", "Africa/Nairobi")
LOS = ("+01:00", "Africa/Lagos")
KOL = ("+05:30", "Asia/Kolkata")
SIN = ("+08:00", "Asia/Singapore")
MNL = ("+08:00", "Asia/Manila")
MLA = ("+02:00", "Europe/Malta")
NCE = ("+02:00", "Europe/Paris")
SJJ = ("+02:00", "Europe/Sarajevo")
LJU = ("+02:00", "Europe/Ljubljana")
SOF = ("+03:00", "Europe/Sofia")
SCQ = ("+02:00", "Europe/Madrid")
EVN = ("+04:00", "Asia/Yerevan")
ULN = ("+08:00", "Asia/Ulaanbaatar")
ADD = ("+03:00", "Africa/Addis_Ababa")
PNH = ("+07:00", "Asia/Phnom_Penh")
KBL = ("+04:30", "Asia/Kabul")
THR = ("+03:30", "Asia/Tehran")
KHI = ("+05:00", "Asia/Karachi")
DAR = ("+03:00", "Africa/Dar_es_Salaam")
SHA = ("+08:00", "Asia/Shanghai")
SEL = ("+09:00", "Asia/Seoul")
MOW = ("+03:00", "Europe/Moscow")
RUH = ("+03:00", "Asia/Riyadh")
ATH = ("+03:00", "Europe/Athens")
TLV = ("+03:00", "Asia/Jerusalem")
ROM = ("+02:00", "Europe/Rome")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 271 604 918 33\nPasscode: Qm4tZ8\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/81730556214?pwd=Wq2c\nMeeting ID: 817 3055 6214\nPasscode: 550913"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/xpa-rqvm-tud\nOr dial: (US) +1 484-555-0141 PIN: 902 117 465#"
WEBEX = "\n\nJoin Webex meeting: https://meetings.webex.com/join/selection-room-7\nMeeting number: 2581 902 4471"
MEET_FA = "\n\nپیوستن با Google Meet: https://meet.google.com/bne-wfkd-qxr"
TEAMS_BG = ("\n________________________________________________________________________________\n"
            "Събрание в Microsoft Teams\nПрисъединете се от компютъра, мобилното приложение или устройство в стаята\n"
            "Щракнете тук, за да се присъедините към събранието\nИД на събранието: 318 227 640 51\nПарола: Tr8Hs2\n"
            "________________________________________________________________________________")
ZOOM_ZH = "\n\n加入 Zoom 会议\nhttps://zoom.us/j/93340617728?pwd=Kv7e\n会议号:933 4061 7728\n密码:418820"


INTL21: list[Case] = [
    # ============================================================ Welsh (new to the corpus)
    # tyhafan: every candidate has at least one competency-based interview; the details come by email from the
    # charity's recruitment system (a children's hospice; the team mailbox and the panel are the hiring side)
    (event("Cyfweliad: Gweithiwr Cymorth Gofal (Nyrsio) – Hosbis Plant Bryn Glas",
           organizer=org("recriwtio@hosbisbrynglas.org.uk", "Tîm Recriwtio Hosbis Bryn Glas"),
           guests=[guest("recriwtio@hosbisbrynglas.org.uk", "Tîm Recriwtio Hosbis Bryn Glas"),
                   guest("eleri.morgan@hosbisbrynglas.org.uk", "Eleri Morgan"),
                   guest("dafydd.price@hosbisbrynglas.org.uk", "Dafydd Price", "tentative")],
           description="<p>Annwyl ymgeisydd,</p><p>Diolch am eich cais. Hoffem eich gwahodd i <b>gyfweliad sy'n "
                       "seiliedig ar gymhwysedd</b> gyda'r Rheolwr Gofal Eleri Morgan a'r Nyrs Arweiniol Dafydd Price. "
                       "Bydd y cyfweliad yn para tua 45 munud. Dewch â'ch pasbort a thystiolaeth o'ch cymwysterau.</p>",
           location="Hosbis Plant Bryn Glas, Heol y Felin, Abertawe", **at("2028-08-15", "10:30", 45, *LON)),
     yes(["Hosbis Plant Bryn Glas", "Bryn Glas"],
         ["recriwtio@hosbisbrynglas.org.uk", "eleri.morgan@hosbisbrynglas.org.uk", "dafydd.price@hosbisbrynglas.org.uk"]),
     "cy", CY_TYHAFAN),
    # careerswales: a panel interview, two or three people asking in turn; the owner's own entry
    (event("Cyfweliad panel – Swyddog Datblygu'r Gymraeg, Menter Iaith Dyffryn Teifi",
           organizer=org("sian@menteriaithteifi.cymru", "Siân Evans"),
           guests=[guest("sian@menteriaithteifi.cymru", "Siân Evans"), guest("gwion@menteriaithteifi.cymru", "Gwion Rees")],
           description="Bydd y panel (Siân, Gwion ac aelod o'r bwrdd) yn gofyn cwestiynau yn eu tro. Paratowch "
                       "gyflwyniad 10 munud ar 'ddefnydd y Gymraeg ymysg pobl ifanc'.",
           location="Swyddfa'r Fenter, Stryd Fawr, Aberteifi", **at("2028-08-22", "14:00", 60, *LON)),
     yes(["Menter Iaith Dyffryn Teifi", "Menter Iaith"], ["sian@menteriaithteifi.cymru", "gwion@menteriaithteifi.cymru"]), "cy", CY_CAREERSWALES),
    # sirgar: the council's recruiting managers shortlist applications in the candidate centre (hiring side, no)
    (event("Llunio rhestr fer – Cynorthwyydd Gweinyddol (Canolfan Geisiadau)", organizer=SELF,
           description="Sgorio'r ceisiadau yn erbyn y proffil swydd; anfon y rhestr at AD erbyn 3yh.",
           **at("2028-09-06", "09:30", 90, *LON)),
     None, "cy", CY_SIRGAR),
    # gyrfacymru: a careers adviser's session on what an interview is (a workshop, no)
    (event("Gweithdy: Paratoi ar gyfer cyfweliad (Gyrfa Cymru)",
           organizer=org("digwyddiadau@gyrfa-cymru-gogledd.org.uk", "Gyrfa Cymru – Gogledd"),
           location="Canolfan Byd Gwaith, Bangor", **at("2028-09-12", "10:00", 120, *LON)),
     None, "cy", CY_GYRFACYMRU),
    # ============================================================ Afrikaans (new to the corpus)
    # netwerk24: a Cape Town recruitment agency's interview for a client; the agency's consultant invites (yes: the
    # client is the company, the consultant thanked with the client's interviewer)
    (event("Onderhoud: Boekhouer – kliënt Weskus Vrugte (Bergrivier Werwing)",
           organizer=org("lorette@bergrivierwerwing.co.za", "Lorette du Toit"),
           guests=[guest("lorette@bergrivierwerwing.co.za", "Lorette du Toit"),
                   guest("finansies@weskusvrugte.co.za", "Johan Visagie")],
           description="Goeiemôre, soos bespreek: onderhoud met Johan Visagie (finansiële bestuurder) by Weskus Vrugte. "
                       "Neem afskrifte van die dokumente wat u ingedien het.",
           location="Weskus Vrugte, Voortrekkerweg 14, Piketberg", **at("2028-08-16", "09:00", 60, *JNB)),
     yes(["Weskus Vrugte"], ["lorette@bergrivierwerwing.co.za", "finansies@weskusvrugte.co.za"]), "af", AF_NETWERK24),
    # pitkos: the owner's own note for a farm manager's interview
    (event("Werksonderhoud – plaasbestuurder, Rooiberg Boerdery (neem CV + sertifikate)", organizer=SELF,
           description="Mnr. Hennie Cloete. Trek netjies aan, ken die roete (grondpad na die opstal).",
           location="Rooiberg Boerdery, Robertson", **at("2028-08-24", "11:00", 60, *JNB)),
     yes(["Rooiberg Boerdery", "Rooiberg"], ["Hennie Cloete"]), "af", AF_PITKOS),
    # joubertassociates: the owner, a shop manager, holds structured interviews (hiring side, no)
    (event("Onderhoude met kandidate – verkoopsassistent (gestruktureerde vrae, telkaart)", organizer=SELF,
           description="Drie kandidate: 10:00, 11:00, 12:00. Vra almal dieselfde vrae; geen vrae oor huwelikstaat.",
           location="Kantoor agter die winkel", **at("2028-08-30", "10:00", 180, *JNB)),
     None, "af", AF_JOUBERT),
    # netwerk24: practising answers with a friend on a Saturday (no)
    (event("Oefen onderhoudvrae saam met Marlene ('vertel ons van jouself')", organizer=SELF,
           **at("2028-08-12", "15:00", 60, *JNB)),
     None, "af", AF_NETWERK24),
    # ============================================================ Galician (new to the corpus)
    # salnes: the employment service's orientation workshop on the selection interview (no)
    (event("Obradoiro: a entrevista de selección (Emprega O Salnés)",
           organizer=org("emprego@mancomunidade-salnes.gal", "Emprega O Salnés"),
           location="Centro Cívico, Vilanova de Arousa", **at("2028-08-31", "10:00", 120, *SCQ)),
     None, "gl", GL_SALNES),
    # vilalba: a selection interview at a canning company, invited by its HR department (yes)
    (event("Entrevista de selección – operaria de liña, Conservas Ría de Arousa",
           organizer=org("rrhh@conservasriadearousa.gal", "Recursos Humanos – Conservas Ría de Arousa"),
           guests=[guest("rrhh@conservasriadearousa.gal", "Recursos Humanos – Conservas Ría de Arousa"),
                   guest("uxia.otero@conservasriadearousa.gal", "Uxía Otero")],
           description="Boas tardes. Convocámoste a unha entrevista persoal coa responsable de produción, Uxía Otero. "
                       "Trae o DNI e o curriculum actualizado.",
           location="Polígono do Pousadoiro, nave 7, Vilagarcía", **at("2028-09-05", "12:00", 40, *SCQ)),
     yes(["Conservas Ría de Arousa", "Ría de Arousa"],
         ["rrhh@conservasriadearousa.gal", "uxia.otero@conservasriadearousa.gal"]), "gl", GL_VILALBA),
    # cogamilugo: after a consultancy's first interview, a second one with the company's HR director (yes)
    (event("Segunda entrevista – Dirección de RR.HH., Lácteos Terra Chá",
           organizer=org("xose.lamas@lacteosterracha.gal", "Xosé Lamas"),
           guests=[guest("xose.lamas@lacteosterracha.gal", "Xosé Lamas")],
           description="Tras a entrevista coa consultora, gustaríanos coñecerte en persoa. Un saúdo, Xosé Lamas (RR.HH.)",
           location="Lácteos Terra Chá, Castro de Rei", **at("2028-09-14", "09:30", 60, *SCQ)),
     yes(["Lácteos Terra Chá", "Terra Chá"], ["xose.lamas@lacteosterracha.gal"]), "gl", GL_COGAMI),
    # xunta: a secondary school's mock interviews in the careers module (no)
    (event("Simulacro de entrevista de traballo – FOL 2º ciclo (aula 14)", organizer=SELF,
           location="IES, aula 14", **at("2028-09-12", "11:15", 50, *SCQ)),
     None, "gl", GL_XUNTA),
    # ============================================================ Maltese (new to the corpus)
    # jesusandmary: after a first interview, a second one with the director, who decides (yes)
    (event("It-tieni intervista mad-direttur – Uffiċjal tal-Kontijiet, Borg & Vella Shipping",
           organizer=org("hr@borgvellashipping.com.mt", "Borg & Vella HR"),
           guests=[guest("hr@borgvellashipping.com.mt", "Borg & Vella HR"),
                   guest("m.borg@borgvellashipping.com.mt", "Mario Borg")],
           description="Grazzi talli għaddejt mill-ewwel intervista. Id-direttur, is-Sur Mario Borg, jixtieq jiltaqa' "
                       "miegħek qabel tittieħed deċiżjoni.",
           location="Triq il-Marina, il-Marsa", **at("2028-08-22", "15:00", 45, *MLA)),
     yes(["Borg & Vella Shipping", "Borg & Vella"], ["hr@borgvellashipping.com.mt", "m.borg@borgvellashipping.com.mt"]),
     "mt", MT_JESUSANDMARY),
    # laikosblog: a young graduate going from interview to interview; the owner's own entry for a hotel's front office
    (event("intervista – front office, Lukanda Xlendi Bay (bil-Malti u bl-Ingliż)", organizer=SELF,
           description="Iġġib il-kwalifiki u referenza. Staqsi għal Ms Camilleri fir-reception.",
           location="Xlendi, Għawdex", **at("2028-09-12", "10:00", 45, *MLA)),
     yes(["Lukanda Xlendi Bay", "Xlendi Bay Hotel"], ["Camilleri"]), "mt", MT_LAIKOS),
    # ============================================================ Bosnian (thin)
    # ois.unsa: a public institute's commission checks the candidates' working abilities, first in writing (yes)
    (event("Pismena provjera radnih sposobnosti – higijeničar-kurir, Institut za orijentalne rukopise",
           organizer=org("sekretarijat@ior-sarajevo.ba", "Sekretarijat Instituta"),
           guests=[guest("sekretarijat@ior-sarajevo.ba", "Sekretarijat Instituta")],
           description="Kandidati koji ispunjavaju uslove javnog oglasa pozivaju se na pismenu provjeru. Ponijeti ličnu kartu.",
           location="Institut, Zmaja od Bosne 8, Sarajevo", **at("2028-08-23", "09:00", 60, *SJJ)),
     yes(["Institut za orijentalne rukopise"], ["sekretarijat@ior-sarajevo.ba"]), "bs", BS_OIS),
    # ois.unsa: then the oral interview before the same commission (yes, nobody named)
    (event("Usmeni intervju pred komisijom – higijeničar-kurir",
           organizer=org("sekretarijat@ior-sarajevo.ba", "Sekretarijat Instituta"),
           guests=[guest("sekretarijat@ior-sarajevo.ba", "Sekretarijat Instituta")],
           description="Obavještavamo Vas da ste zadovoljili na pismenoj provjeri i pozivate se na usmeni intervju.",
           location="Institut, sala za sastanke", **at("2028-08-29", "11:30", 20, *SJJ)),
     yes(["Institut za orijentalne rukopise"], ["sekretarijat@ior-sarajevo.ba"]), "bs", BS_OIS),
    # ois.unsa: the owner sits on another institute's commission (hiring side, no)
    (event("Sjednica komisije za provođenje javnog oglasa – bodovanje kandidata",
           organizer=org("sekretarijat@ior-sarajevo.ba", "Sekretarijat Instituta"),
           guests=[guest("a.hodzic@ior-sarajevo.ba", "Amra Hodžić")],
           location="Institut, sala za sastanke", **at("2028-08-21", "10:00", 90, *SJJ)),
     None, "bs", BS_OIS),
    # ============================================================ Slovenian (thin)
    # europass.si: an agency's structured personal interview, then the client; the agency invites for its client (yes)
    (event("Strukturiran osebni razgovor – vodja izmene (naročnik: Lesnina Kočevje d.d.)",
           organizer=org("spela.kranjc@kadrovik-partner.si", "Špela Kranjc"),
           guests=[guest("spela.kranjc@kadrovik-partner.si", "Špela Kranjc")],
           description="Pozdravljeni, kot dogovorjeno vas vabimo na osebni razgovor v naši pisarni. Po razgovoru bomo "
                       "vašo kandidaturo predstavili naročniku.",
           location="Kadrovik Partner, Dunajska 22, Ljubljana", **at("2028-08-17", "13:00", 60, *LJU)),
     yes(["Lesnina Kočevje", "Lesnina Kočevje d.d.", "Kadrovik Partner"], ["spela.kranjc@kadrovik-partner.si"]),
     "sl", SL_EUROPASS),
    # esvetovanje: the personnel questionnaire to fill in and return before the interview (a chore, no)
    (event("Izpolniti kadrovski vprašalnik in ga poslati pred razgovorom (Elektro Savinja)", organizer=SELF,
           **at("2028-08-24", "20:00", 30, *LJU)),
     None, "sl", SL_ESVET),
    # esvetovanje: psychometric testing at the employer's premises (the employer's own test, yes)
    (event("Psihometrično testiranje – Elektro Savinja d.d.",
           organizer=org("zaposlovanje@elektro-savinja.si", "Kadrovska služba Elektro Savinja"),
           guests=[guest("zaposlovanje@elektro-savinja.si", "Kadrovska služba Elektro Savinja"), room(
               "c_5530e19a@resource.calendar.google.com", "Celje-Uprava-Sejna soba 2 (12)")],
           description="Testiranje traja približno dve uri. Vprašalnika ne prejmete domov; rešite ga pri nas.",
           location="Elektro Savinja, Celje", **at("2028-09-05", "08:30", 120, *LJU)),
     yes(["Elektro Savinja", "Elektro Savinja d.d."], ["zaposlovanje@elektro-savinja.si"]), "sl", SL_ESVET),
    # ============================================================ Bulgarian (thin)
    # works.bg: a telephone interview comes first, then the panel (yes)
    (event("Телефонно интервю – счетоводител, Родопа Логистик ЕООД",
           organizer=org("hr@rodopalogistik.bg", "Гергана Петкова"),
           guests=[guest("hr@rodopalogistik.bg", "Гергана Петкова")],
           description="Здравейте! Ще ви се обадя в уговорения час за кратък разговор (около 20 минути).",
           **at("2028-08-10", "11:00", 20, *SOF)),
     yes(["Родопа Логистик", "Родопа Логистик ЕООД", "Rodopa Logistik"], ["hr@rodopalogistik.bg"]), "bg", BG_WORKS),
    # works.bg: a panel interview with a case to present (yes)
    (event("Панелно интервю + казус (презентация 10 мин.) – Родопа Логистик",
           organizer=org("hr@rodopalogistik.bg", "Гергана Петкова"),
           guests=[guest("hr@rodopalogistik.bg", "Гергана Петкова"), guest("i.dimitrov@rodopalogistik.bg", "Иван Димитров"),
                   guest("finance@rodopalogistik.bg", "Финанси", "declined")],
           description="Панел: Иван Димитров (финансов директор) и Гергана Петкова (ЧР)." + TEAMS_BG,
           **at("2028-08-18", "14:00", 60, *SOF)),
     yes(["Родопа Логистик", "Родопа Логистик ЕООД", "Rodopa Logistik"],
         ["hr@rodopalogistik.bg", "i.dimitrov@rodopalogistik.bg"]), "bg", BG_WORKS),
    # works.bg: the owner interviews interns (hiring side, no)
    (event("Интервюта със стажанти – маркетинг (3 кандидати)", organizer=SELF,
           guests=[guest("n.ivanova@pirinsoft.bg", "Надя Иванова")], **at("2028-09-13", "10:00", 150, *SOF)),
     None, "bg", BG_WORKS),
    # ============================================================ Armenian (new to the corpus)
    # career.anau: a state body's commission of three asks every candidate the same questions (yes)
    (event("Հարցազրույց – առաջատար մասնագետ, Ջրային կոմիտեի մրցութային հանձնաժողով", organizer=SELF,
           description="Հանձնաժողովը՝ երեք անդամ։ Վերցնել անձնագիրը և դիպլոմի պատճենը։",
           location="Երևան, Կոմիտասի 40", **at("2028-08-08", "11:00", 40, *EVN)),
     yes(["Ջրային կոմիտե", "Water Committee"], []), "hy", HY_ANAU),
    # thebenefit.am: an HR specialist and a technical specialist interview together (yes)
    (event("Հարցազրույց – Backend ծրագրավորող, Արարատ Թեք (HR + տեխնիկական)",
           organizer=org("careers@ararattech.am", "Արարատ Թեք HR"),
           guests=[guest("careers@ararattech.am", "Արարատ Թեք HR"), guest("armen.s@ararattech.am", "Արմեն Սարգսյան")],
           description="Հարցազրույցը կանցկացնեն ՄՌԿ մասնագետը և թիմի ղեկավար Արմեն Սարգսյանը։" + MEET,
           **at("2028-08-17", "16:00", 60, *EVN)),
     yes(["Արարատ Թեք", "Ararat Tech"], ["careers@ararattech.am", "armen.s@ararattech.am"]), "hy", HY_BENEFIT),
    # thebenefit.am: the owner is the second interviewer (hiring side, no)
    (event("Երկրորդ հարցազրուցավար – QA թեկնածու (ՄՌԿ-ի հետ)", organizer=org("careers@ararattech.am", "Արարատ Թեք HR"),
           guests=[guest("lilit.h@ararattech.am", "Լիլիթ Հակոբյան")], **at("2028-09-07", "12:00", 45, *EVN)),
     None, "hy", HY_BENEFIT),
    # ============================================================ Mongolian (new to the corpus)
    # chono.mn: candidates who pass the form review are invited to a first-round interview (yes)
    (event("Анхан шатны ярилцлага – Борлуулалтын менежер, Хан Тэнгэр ХХК",
           organizer=org("hr@khantenger.mn", "Хүний нөөцийн алба"),
           guests=[guest("hr@khantenger.mn", "Хүний нөөцийн алба")],
           description="Таныг анхан шатны ярилцлагад урьж байна. Иргэний үнэмлэхээ авч ирнэ үү.",
           location="Улаанбаатар, Сүхбаатар дүүрэг, Оргил төв 5 давхар", **at("2028-08-09", "10:00", 30, *ULN)),
     yes(["Хан Тэнгэр", "Хан Тэнгэр ХХК", "Khan Tenger"], ["hr@khantenger.mn"]), "mn", MN_CHONO),
    # moncement: the detailed professional interview after the first one (the owner's own entry)
    (event("Мэргэжлийн шатны ярилцлага – цахилгааны инженер, Дархан Цемент",
           organizer=org("hr@darkhancement.mn", "Саруул"),
           guests=[guest("hr@darkhancement.mn", "Саруул"), guest("batbold@darkhancement.mn", "Батболд")],
           description="Ерөнхий инженер Батболд болон хүний нөөцийн менежер Саруул ярилцлага хийнэ.", location="Дархан Цемент үйлдвэр",
           **at("2028-08-16", "14:00", 60, *ULN)),
     yes(["Дархан Цемент", "Darkhan Cement"], ["hr@darkhancement.mn", "batbold@darkhancement.mn"]), "mn", MN_MONCEMENT),
    # mglbar: a bar association's secretariat selects staff at 10:00 in room 301 (a selection step, yes)
    (event("Тамгын газрын ажилтны сонгон шалгаруулалт – Сэлэнгэ аймгийн Хуульчдын зөвлөл, 301 тоот", organizer=SELF,
           description="Хоцролгүй ирэх. Удирдамжтай танилцсан.", location="301 тоот өрөө",
           **at("2028-09-01", "10:00", 120, *ULN)),
     yes(["Сэлэнгэ аймгийн Хуульчдын зөвлөл", "Хуульчдын зөвлөл"], []), "mn", MN_MGLBAR),
    # ============================================================ Amharic (new to the corpus)
    # ethioworks: interview season after graduation; the owner's note for a bank's interview (yes)
    (event("የሥራ ቃለ መጠይቅ – ጁኒየር ኦፊሰር፣ አባይ ቁጠባ ባንክ (ዋና መሥሪያ ቤት)", organizer=SELF,
           description="የትምህርት ማስረጃ ኦሪጅናል እና ኮፒ ይዞ መሄድ። ራስን ማስተዋወቅ በሥራ ላይ ያተኮረ።",
           location="አዲስ አበባ፣ ቦሌ", **at("2028-08-22", "09:30", 45, *ADD)),
     yes(["አባይ ቁጠባ ባንክ", "Abay Savings Bank"], []), "am", AM_ETHIOWORKS),
    # ethioworks: a students' union practice session on common interview questions (no)
    (event("የቃለ መጠይቅ ልምምድ – ተመራቂ ተማሪዎች", organizer=SELF, location="ዩኒቨርሲቲ፣ አዳራሽ 2",
           **at("2028-09-02", "14:00", 90, *ADD)),
     None, "am", AM_ETHIOWORKS),
    # ============================================================ Khmer (new to the corpus)
    # trollread: a scholarship's shortlisted candidates are called to an oral interview (admissions, no)
    (event("សម្ភាសន៍អាហារូបករណ៍ – បេក្ខជនជាប់បញ្ជីឈ្មោះខ្លី (Shortlisted)",
           organizer=org("scholarship@mekongfutures.org.kh", "Mekong Futures Scholarship"),
           description="សូមអញ្ជើញមកធ្វើសម្ភាសន៍ផ្ទាល់មាត់ នៅការិយាល័យរបស់យើង។", location="ភ្នំពេញ",
           **at("2028-08-25", "09:00", 30, *PNH)),
     None, "km", KM_TROLLREAD),
    # ============================================================ Pashto (new to the corpus)
    # zalaand: graduates' interviews, where the key questions are the weakness and "why should we hire you" (yes)
    (event("د دندې انټرويو – مالي مرستيال، د هلمند سيند سوداګريز شرکت", organizer=SELF,
           description="ولې موږ تاسې ته دنده درکړو؟ لنډ او ښه ځواب چمتو کړئ. اسناد ورسره واخلئ.",
           location="کابل، شهر نو", **at("2028-08-13", "10:00", 45, *KBL)),
     yes(["د هلمند سيند سوداګريز شرکت", "Helmand Sind Trading"], []), "ps", PS_ZALAAND),
    # ============================================================ Persian
    # konjkar: a back-end developer's technical interview at a large Iranian company, invited by HR with a Meet link
    (event("مصاحبه فنی – توسعه‌دهنده بک‌اند، شرکت داده‌پردازان سپهر",
           organizer=org("jobs@sepehrdp.ir", "واحد جذب داده‌پردازان سپهر"),
           guests=[guest("jobs@sepehrdp.ir", "واحد جذب داده‌پردازان سپهر"), guest("m.rahimi@sepehrdp.ir", "مهدی رحیمی")],
           description="سلام، جلسه مصاحبه فنی با آقای رحیمی (سرپرست تیم بک‌اند) هماهنگ شد." + MEET_FA,
           **at("2028-08-05", "10:30", 75, *THR)),
     yes(["داده‌پردازان سپهر", "Sepehr Data Processing"], ["jobs@sepehrdp.ir", "m.rahimi@sepehrdp.ir"]), "fa",
     FA_KONJKAR),
    # konjkar: the second stage, a meeting with HR and the unit manager (yes)
    (event("مرحله دوم مصاحبه (منابع انسانی + مدیر واحد) – داده‌پردازان سپهر",
           organizer=org("jobs@sepehrdp.ir", "واحد جذب داده‌پردازان سپهر"),
           guests=[guest("jobs@sepehrdp.ir", "واحد جذب داده‌پردازان سپهر"), guest("s.karimi@sepehrdp.ir", "سارا کریمی"),
                   guest("m.rahimi@sepehrdp.ir", "مهدی رحیمی")],
           description="جلسه حضوری با خانم کریمی (منابع انسانی) و آقای رحیمی.", location="تهران، خیابان ولیعصر، ساختمان سپهر",
           **at("2028-08-12", "11:00", 60, *THR)),
     yes(["داده‌پردازان سپهر", "Sepehr Data Processing"], ["jobs@sepehrdp.ir", "s.karimi@sepehrdp.ir", "m.rahimi@sepehrdp.ir"]), "fa", FA_KONJKAR),
    # virgool (Quera mag): a live talk on technical interviews (no)
    (event("وبینار: مصاحبه فنی موفق و پرسش‌های رایج", organizer=org("events@quera-mag.ir", "Quera Mag"),
           description="پخش زنده برای برنامه‌نویسان جویای کار.", **at("2028-08-16", "18:00", 90, *THR)),
     None, "fa", FA_VIRGOOL),
    # ============================================================ Urdu (thin)
    # dunyanews: the Punjab Public Service Commission interviews candidates who passed its written exam for posts
    # (a commission that fills posts, yes; a public body keeps its name; nobody to thank)
    (event("پنجاب پبلک سروس کمیشن – انٹرویو، اسسٹنٹ انجینئر (سول)", organizer=SELF,
           description="صبح 10 بجے والا گروپ۔ اصل اسناد، شناختی کارڈ، ماسک۔", location="پی پی ایس سی، لاہور",
           **at("2028-08-22", "10:00", 60, *KHI)),
     yes(["پنجاب پبلک سروس کمیشن", "Punjab Public Service Commission", "PPSC"], []), "ur", UR_DUNYANEWS),
    # dunya: a postal service's fresh written test and interview for posts whose earlier hiring was cancelled (yes)
    (event("پاکستان پوسٹ – دوبارہ تحریری ٹیسٹ اور انٹرویو (پوسٹل اسسٹنٹ)", organizer=SELF,
           description="سرکل آفس پشاور۔ پرانا رول نمبر ساتھ لے جائیں۔", location="جی پی او، پشاور",
           **at("2028-09-06", "09:00", 180, *KHI)),
     yes(["پاکستان پوسٹ", "Pakistan Post"], []), "ur", UR_DUNYA),
    # ============================================================ Swahili (thin)
    # jamiiforums: the public service's recruitment secretariat calls many candidates to an interview in another
    # region; the owner notes travel (yes: it fills posts; nobody to thank)
    (event("Usaili wa mdomo – Afisa Ugavi II, Sekretarieti ya Ajira (Arusha)", organizer=SELF,
           description="Safari ya basi Mwanza–Arusha jana yake. Vyeti halisi vyote + kitambulisho.",
           location="Chuo cha Uhasibu Arusha", **at("2028-08-23", "08:00", 240, *DAR)),
     yes(["Sekretarieti ya Ajira katika Utumishi wa Umma", "Sekretarieti ya Ajira", "PSRS"], []), "sw", SW_JAMIIFORUMS),
    # pesatu: a private firm's interview, the usual questions (yes)
    (event("Usaili – Afisa Mauzo, Kilimanjaro Beverages Ltd",
           organizer=org("ajira@kilibeverages.co.tz", "Idara ya Rasilimali Watu"),
           guests=[guest("ajira@kilibeverages.co.tz", "Idara ya Rasilimali Watu"),
                   guest("neema.mushi@kilibeverages.co.tz", "Neema Mushi")],
           description="Karibu kwenye usaili na Meneja wa Mauzo, Bi. Neema Mushi. Tafadhali fika dakika 15 mapema.",
           location="Kilimanjaro Beverages, Barabara ya Nyerere, Dar es Salaam", **at("2028-08-29", "10:00", 45, *DAR)),
     yes(["Kilimanjaro Beverages", "Kilimanjaro Beverages Ltd"],
         ["ajira@kilibeverages.co.tz", "neema.mushi@kilibeverages.co.tz"]), "sw", SW_PESATU),
    # udakuspecially: a youth seminar on preparing for interviews (no)
    (event("Semina ya vijana: maandalizi ya usaili wa kazi", organizer=SELF, location="Ukumbi wa Karimjee",
           **at("2028-08-26", "09:00", 180, *DAR)),
     None, "sw", SW_UDAKU),
    # ============================================================ Tagalog (thin)
    # buhayseaman: an initial interview for ship security at a cruise manning agency in Manila (yes: the agency is
    # the only company known)
    (event("Initial interview – Ship Security, Bayshore Crew Manning (UN Ave)", organizer=SELF,
           description="Dalhin: passport, X-ray screener cert, CV. Maaga umalis, ang daming applicants daw.",
           location="Bayshore Crew Manning, UN Avenue, Ermita, Manila", **at("2028-08-15", "08:00", 240, *MNL)),
     yes(["Bayshore Crew Manning", "Bayshore"], []), "tl", TL_BUHAYSEAMAN),
    # marlonsite: called back for the hotel department's final interview before line-up (yes)
    (event("Final interview (hotel dept – bar waiter) sa Bayshore, para sa line-up",
           organizer=org("recruitment@bayshorecrew.com.ph", "Bayshore Crew Manning Recruitment"),
           guests=[guest("recruitment@bayshorecrew.com.ph", "Bayshore Crew Manning Recruitment")],
           description="Magandang araw! Pumasa po kayo sa initial interview. Final interview kasama ang principal's "
                       "F&B manager via video. Long sleeves at itim na slacks.",
           location="Bayshore Crew Manning, UN Avenue, Manila", **at("2028-08-24", "13:00", 60, *MNL)),
     yes(["Bayshore Crew Manning", "Bayshore"], ["recruitment@bayshorecrew.com.ph"]), "tl", TL_MARLONSITE),
    # ============================================================ Chinese
    # hb2b: the HR first interview after the phone appointment and the written invitation (yes)
    (event("面试通知:HR初面 – 供应链专员(上海联拓物流)",
           organizer=org("zhaopin@liantuo-logistics.cn", "联拓物流 招聘组"),
           guests=[guest("zhaopin@liantuo-logistics.cn", "联拓物流 招聘组"), guest("chenjing@liantuo-logistics.cn", "陈静")],
           description="您好!请携带身份证、学历证原件及复印件,提前15分钟到前台签到并填写求职登记表。",
           location="上海市闵行区申长路 988 号 3 楼", **at("2028-08-10", "14:00", 45, *SHA)),
     yes(["联拓物流", "上海联拓物流", "Liantuo Logistics"], ["zhaopin@liantuo-logistics.cn", "chenjing@liantuo-logistics.cn"]),
     "zh", ZH_HB2B),
    # tengtv: the second round (复试) with the department head, then the final (yes)
    (event("复试通知 – 联拓物流 供应链部", organizer=org("zhaopin@liantuo-logistics.cn", "联拓物流 招聘组"),
           guests=[guest("zhaopin@liantuo-logistics.cn", "联拓物流 招聘组"), guest("wangwei@liantuo-logistics.cn", "王伟")],
           description="复试由部门负责人王伟主持,含案例分析与专业面试。" + ZOOM_ZH, **at("2028-08-17", "10:00", 60, *SHA)),
     yes(["联拓物流", "上海联拓物流", "Liantuo Logistics"], ["zhaopin@liantuo-logistics.cn", "wangwei@liantuo-logistics.cn"]), "zh", ZH_TENGTV),
    # wodeyuanxiao: the owner scores candidates after interviews (hiring side, no)
    (event("填写面试评估表 – 本周候选人(3人)", organizer=SELF, **at("2028-08-24", "16:00", 45, *SHA)),
     None, "zh", ZH_WODEYUANXIAO),
    # ============================================================ Korean
    # gexxge: after the aptitude test, the first interview is the personality interview (yes)
    (event("1차 면접(인성면접) – 한빛정밀 생산관리직", organizer=org("recruit@hanbitprecision.co.kr", "한빛정밀 인사팀"),
           guests=[guest("recruit@hanbitprecision.co.kr", "한빛정밀 인사팀")],
           description="면접 대기실에 10분 전까지 도착 바랍니다. 신분증 지참.", location="한빛정밀 창원공장 본관 2층",
           **at("2028-08-22", "13:30", 40, *SEL)),
     yes(["한빛정밀", "Hanbit Precision"], ["recruit@hanbitprecision.co.kr"]), "ko", KO_GEXXGE),
    # kninfo: a vocational school's mock interview training (no)
    (event("모의면접 훈련 – 3학년 취업반", organizer=SELF, location="본관 3층 진로상담실",
           **at("2028-09-13", "14:00", 100, *SEL)),
     None, "ko", KO_KNINFO),
    # ============================================================ Russian
    # vodatula: a trial internship before the employer decides on hiring (a hiring step; the mentor named)
    (event("Стажировка перед приёмом – кладовщик, ООО «Северный склад»",
           organizer=org("ok@severny-sklad.ru", "Отдел кадров"),
           guests=[guest("ok@severny-sklad.ru", "Отдел кадров"), guest("gromov@severny-sklad.ru", "Павел Громов")],
           description="Один день с наставником П. Громовым. По итогам стажировки примем решение о трудоустройстве.", location="Склад №3, Химки",
           **at("2028-08-14", "09:00", 480, *MOW)),
     yes(["Северный склад", "ООО «Северный склад»"], ["ok@severny-sklad.ru", "gromov@severny-sklad.ru"]), "ru", RU_VODATULA),
    # vodatula: after the hiring order, the safety briefing and the mentor's internship (onboarding, no)
    (event("Вводный инструктаж по охране труда (после приказа о приёме)",
           organizer=org("ok@severny-sklad.ru", "Отдел кадров"), location="Склад №3, Химки",
           **at("2028-09-04", "09:00", 120, *MOW)),
     None, "ru", RU_VODATULA),
    # ============================================================ Arabic
    # afifnp: an airline's cabin crew programme sets the dates of its admission tests by email after reviewing the
    # application (the employer's own tests, yes)
    (event("اختبارات القبول – برنامج المضيفين الجويين، طيران الواحة",
           organizer=org("recruitment@alwahaair.sa", "طيران الواحة – التوظيف"),
           guests=[guest("recruitment@alwahaair.sa", "طيران الواحة – التوظيف")],
           description="تم قبول طلبكم مبدئياً. يرجى الحضور لاختبار اللغة الإنجليزية والمقابلة الشخصية.",
           location="مركز التدريب، جدة", **at("2028-08-20", "08:00", 300, *RUH)),
     yes(["طيران الواحة", "Al Waha Air"], ["recruitment@alwahaair.sa"]), "ar", AR_AFIFNP),
    # nqatt: a webinar on the conditions for flight attendants (no)
    (event("ندوة عبر الإنترنت: شروط مضيفة الطيران", organizer=org("info@nqatt-academy.sa", "أكاديمية نقاط"),
           **at("2028-08-23", "20:00", 60, *RUH)),
     None, "ar", AR_NQATT),
    # ============================================================ Tamil
    # ibctamilnadu: a party interviews its aspiring candidates district by district (a nomination, no)
    (event("விருப்ப மனு நேர்காணல் – சட்டமன்ற வேட்பாளர் (கட்சி தலைமை அலுவலகம்)", organizer=SELF,
           location="தலைமை அலுவலகம், சென்னை", **at("2028-08-18", "10:00", 30, *KOL)),
     None, "ta", TA_IBCTAMIL),
    # ctr24: the owner, a party office-bearer, helps run those interviews (no)
    (event("நேர்காணல் ஏற்பாடு – மாவட்ட வாரியாக விருப்ப மனுதாரர்கள் (தொண்டர் பணி)", organizer=SELF,
           location="அறிவகம், சென்னை", **at("2028-09-09", "08:00", 480, *KOL)),
     None, "ta", TA_CTR24),
    # pharmasalescareer: a medical representative's interview with the district manager, typed in Tamil (yes)
    (event("நேர்முகத் தேர்வு – மருத்துவ பிரதிநிதி, சூர்யா ஃபார்மா (மாவட்ட மேலாளர் திரு. ரமேஷ்)", organizer=SELF,
           description="Brag book, விற்பனை எண்ணிக்கைகள் கொண்டு செல்லவும்.", location="ஹோட்டல் லாபி, கோவை",
           **at("2028-08-29", "11:00", 45, *KOL)),
     yes(["சூர்யா ஃபார்மா", "Surya Pharma"], ["ரமேஷ்"]), "ta", PHARMASALES),
    # ============================================================ Greek
    # opengov: a committee scores the individual interview for special scientific staff (a hiring step, yes)
    (event("Ατομική συνέντευξη – Ειδικό Επιστημονικό Προσωπικό, Περιφέρεια Νοτίου Αιγαίου", organizer=SELF,
           description="Επιτροπή τριών μελών, βαθμολογία 1-100. Ταυτότητα και πτυχία.", location="Ερμούπολη, Σύρος",
           **at("2028-08-24", "12:00", 30, *ATH)),
     yes(["Περιφέρεια Νοτίου Αιγαίου", "Region of South Aegean"], []), "el", EL_OPENGOV),
    # klimaka: the selection of heads of diagnostic and support centres includes an interview (yes)
    (event("Συνέντευξη επιλογής Προϊσταμένου ΚΕΔΑΣΥ – Συμβούλιο Επιλογής",
           organizer=org("kedasy@dipe-kykladon.gr", "Γραμματεία Συμβουλίου Επιλογής"),
           guests=[guest("kedasy@dipe-kykladon.gr", "Γραμματεία Συμβουλίου Επιλογής")],
           description="Σας ενημερώνουμε για την ημερομηνία της συνέντευξής σας ενώπιον του Συμβουλίου." + WEBEX,
           **at("2028-09-05", "11:00", 30, *ATH)),
     yes(["ΚΕΔΑΣΥ Κυκλάδων", "Διεύθυνση Πρωτοβάθμιας Εκπαίδευσης Κυκλάδων"], ["kedasy@dipe-kykladon.gr"]), "el",
     EL_KLIMAKA),
    # ============================================================ Hebrew
    # nevo: a municipality invites candidates to an interview before its examining committee (yes)
    (event("זימון לראיון בפני ועדת בוחנים – מכרז פומבי 14/2028, מהנדס/ת תנועה, עיריית קריית גת",
           organizer=org("michrazim@kiryat-gat-muni.org.il", "מדור מכרזים – משאבי אנוש"),
           guests=[guest("michrazim@kiryat-gat-muni.org.il", "מדור מכרזים – משאבי אנוש")],
           description="הנך מוזמן/ת להופיע בפני ועדת הבחינה. יש להביא תעודת זהות ותעודות השכלה מקוריות.",
           location="בניין העירייה, קומה 4, חדר ישיבות", **at("2028-08-15", "09:30", 30, *TLV)),
     yes(["עיריית קריית גת", "Kiryat Gat Municipality"], ["michrazim@kiryat-gat-muni.org.il"]), "he", HE_NEVO),
    # mishpati: the owner, a municipal employee, is summoned to a selection committee in an internal tender (yes)
    (event("ועדת מיון – מכרז פנימי, מנהל/ת מחלקת גבייה",
           organizer=org("michrazim@kiryat-gat-muni.org.il", "מדור מכרזים – משאבי אנוש"),
           guests=[guest("michrazim@kiryat-gat-muni.org.il", "מדור מכרזים – משאבי אנוש")],
           description="הנך מוזמן/ת לוועדת המיון במסגרת המכרז הפנימי. ההרכב: ראש האגף, נציג ועד העובדים והמנכ\"ל.", location="עירייה, חדר 210",
           **at("2028-09-07", "12:00", 45, *TLV)),
     yes(["עיריית קריית גת", "Kiryat Gat Municipality"], ["michrazim@kiryat-gat-muni.org.il"]), "he", HE_MISHPATI),
    # ============================================================ Italian
    # narkive: a trial evening at a pub on a busy weekend, told by the waitress (a paid trial, yes)
    (event("Prova serale – cameriera, The Old Anchor Pub (chiedere di Davide)", organizer=SELF,
           description="Camicia nera. Imparare la numerazione dei tavoli.", location="The Old Anchor, Via Po 18, Torino",
           **at("2028-09-08", "19:00", 240, *ROM)),
     yes(["The Old Anchor Pub", "The Old Anchor"], ["Davide"]), "it", IT_NARKIVE),
    # ============================================================ Marathi (thin)
    # timesnowmarathi: the state commission's interview after the main exam (a commission filling posts, yes)
    (event("एमपीएससी मुलाखत – महाराष्ट्र स्थापत्य अभियांत्रिकी सेवा (मुख्य परीक्षा 2027)", organizer=SELF,
           description="सर्व मूळ कागदपत्रे व साक्षांकित प्रती. सकाळी 9 वाजता हजर.", location="एमपीएससी कार्यालय, नवी मुंबई",
           **at("2028-09-12", "10:00", 45, *KOL)),
     yes(["महाराष्ट्र लोकसेवा आयोग", "MPSC", "Maharashtra Public Service Commission"], []), "mr", MR_TIMESNOW),
    # pnic: attesting copies and arranging documents a few days before the interview (a chore, no)
    (event("मुलाखतीसाठी कागदपत्रे साक्षांकित करून घेणे + फोटो", organizer=SELF, location="तहसील कार्यालय",
           **at("2028-09-09", "11:00", 90, *KOL)),
     None, "mr", MR_PNIC),
]
