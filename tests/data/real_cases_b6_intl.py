"""Blind batch 6, second half: the cases in languages other than English (see ``real_cases_b6.py``).

Split out of ``real_cases_b6.py`` for length only; same conventions, same labelling rules, same
round (built and labelled on 2026-12-06 before the detector ran on any of it). It also holds the
helpers and the tool-page sources both halves cite, so the English half imports them from here
and this module imports nothing from it. Portuguese from Portugal and from Brazil are both ``"pt"``.
Scored once, at the end of round 6; tuning data since round 7.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, room, yes

# Sources (found with the project's search tool, pages and docs corpora; no URL or domain here is
# cited by an earlier data file).
REXX = "https://www.rexx-systems.com/vorstellungsgespraech-vorbereiten/"
REXX_EXCHANGE = "https://forum.rexx-systems.com/app.php/kb/viewarticle?a=478&lang=de"
DVINCI = ("https://support.dvinci.de/hc/en-us/articles/"
          "22373715876380-How-do-I-invite-to-an-appointment-with-Calendar-Integration-Basic")
PEMUNDO = "https://support.pemundo.com/artikel/interview-vereinbaren-verwalten"
DE_IMPULSE = "https://www.impulse.de/personal/austrittsgespraech/2989524.html"
DE_BWISSEN = "https://www.business-wissen.de/hb/was-muss-beim-austrittsgespraech-mit-mitarbeitern-beachtet-werden/"
DE_PMINFO = "http://www.personalmanagement.info/hr-know-how/glossar/detail/abgangsinterview/"
FR_ECOLES = "https://www.ecoles-commerce.com/concours-entretien-oral-admission-admissibles-selection/"
FR_CAMPUS = ("https://campusmatin.com/vie-campus/experience-etudiante/"
             "immersion-au-coeur-de-l-accueil-des-admissibles-en-ecole-de-commerce.html")
FR_KLUB = "http://klubprepa.fr/prepa-hec/oraux-prepaece/oraux-entretien/oraux-entretien1.aspx"
ES_GOTRAVELS = "https://esp.go-travels.com/invited-interview"
ES_CONQUISTA = ("https://conquistalatino.it/"
                "la-importancia-de-una-entrevista-laboral-en-italia-como-actuar-para-obtener-un-empleo")
IT_CADELNONO = "https://cadelnono.com/come-confermare-la-data-di-un-colloquio"
IT_INFORMALAVORO = "https://www.informalavoro.org/colloquio-la-convocazione"
IT_CIPALF = "https://cipalf.it/?p=6736"
IT_PURPLETUDE = "https://purpletude.com/lavorare/ringraziare-per-il-colloquio/"
NL_ADOC = "https://adoc.pub/hier-vindt-u-een-aantal-handreikingen-voor-het-vinden-en-sel.html"
PT_MAGNETIK = "https://magnetikalchemy.com/?p=23568"
PT_MODELOS = "https://modelos-de-curriculo.com/job-search/como-enviar-curriculo-por-email-exemplo"
RU_VANGOGH = "https://vangoghlife.ru/en/vas-priglasili-na-sobesedovanie-gotovye-i-effektivnye-shablony.html"
RU_ODNADOMA = ("https://odna-doma.ru/en/smells/"
               "pismo-soiskatelyu-s-priglasheniem-na-sobesedovanie-sobesedovanie-po-telefonu.html")
RU_WELLAUTO = "https://wellautospb.ru/en/different/pismo-kandidatu-priglashenie-na-sobesedovanie-kak-pozvat.html"
JA_STANBY = "https://jinji.stanby.co.jp/saiyou-knowhow/230208?hs_amp=true"
JA_MANEGY = "https://www.manegy.com/news/detail/9140"
JA_NEWSBASE = "https://newsbase.co.jp/?p=122605"
JA_YOYAKU = "https://yoyakulab.net/investigation/interview_schedule_adjustment/"
ZH_76HW = ("https://www.76hw.com/news/gao-xiao-shi-yong-de-ren-li-zi-yuan-zhao-pin-mian-shi-an-pai-pai-qi-biao-"
           "mo-ban-yu-you-hua-ji-qiao-f.html")
ZH_SERIDOAT = ("https://www.seridoat.com/article/hr-mian-shi-shi-jian-ru-he-an-pai-zui-gao-xiao-bi-mian-qiu-zhi-"
               "zhe-deng-dai-yu-mian-shi-guan-mang-lu.html")
ZH_QUAN360 = "https://www.quan360s.com/read-90602.html"
KO_WHATTIME = "https://guide.whattime.co.kr/help/interview/template/time"
KO_ILJARI = "https://www.iljarihub.or.kr/wesc/main/contents.do?menuNo=200145"
KO_ROCKETPUNCH = "https://www.rocketpunch.com/help/1018"
HE_HILAN = ("https://www.hilan.co.il/%D7%9E%D7%A8%D7%9B%D7%96-%D7%99%D7%93%D7%A2/%D7%91%D7%A1%D7%99%D7%A1-"
            "%D7%99%D7%93%D7%A2/%D7%9E%D7%99%D7%9C%D7%95%D7%9F-%D7%9C%D7%AA%D7%A0%D7%90%D7%99-%D7%A2%D7%91%D7%95"
            "%D7%93%D7%94/%D7%A8/%D7%A8%D7%90%D7%99%D7%95%D7%9F-%D7%A2%D7%91%D7%95%D7%93%D7%94/")
HE_LEADERSNET = ("http://www.leadersnet.co.il/%D7%94%D7%9E%D7%93%D7%A8%D7%99%D7%9A-%D7%9C%D7%A8%D7%90%D7%99%D7%95%D7%9F-"
                 "%D7%9E%D7%99%D7%95%D7%9F/")
HE_LAWYER = "https://immigration.the-israeli-lawyer.com/articles/article-06"
HE_NETANDWORK = "https://www.netandwork.co.il/single-post/dylmt-hryvn-hmyvtr"
TH_NATIONEJOBS = "http://www.nationejobs.com/content/tiptools/jobtips/template.php?conno=67"
TH_SMEHOW = "https://smehow.net/archives/1354"
ID_CONTOH = "https://contoh-surat.id/cara-mendapatkan-surat-panggilan-kerja-contoh-surat-panggilan-kerja-tipsn"
HI_WRITEATOPIC = "https://writeatopic.com/letter/interview-call-letter"
NO_SAMFUNN = "https://www.samfunnsviterne.no/karriere/soke-jobb/slik-forbereder-du-deg-til-intervjuet"
NO_ESTUDIE = "https://estudie.no/forstegangsintervjuet/"
NO_CHRISTIANIA = "https://christianiakarriere.no/2019/09/30/sli-forbereder-du-deg-til-intervjuet/"
FI_UTU = "https://sites.utu.fi/rekry/tyohakemus/"
FI_MTV = ("https://www.mtvuutiset.fi/artikkeli/tahan-kysymykseen-moni-kompastuu-tyohaastattelussa-ei-ole-tehty-"
          "kotilaksyja/9260594")
CS_DANIELSMID = "https://www.danielsmid.cz/l/jak-poslat-pozvanku-holubi-postou/"
TR_SKILLENHANCE = "https://skillenhance.in/is-gorusmesi-egitimi"
PL_HRAPPKA = "https://hrappka.pl/blog/nowosci-w-systemie/nowosci-w-systemie-hrappka-pl-7-sierpnia-2019"
PL_DOTLINKERS = "https://dotlinkers.pl/jakie-sa-najlepsze-praktyki-aby-uniknac-problemow-podczas-rekrutacji"
SV_JOBYLON = "https://support.jobylon.com/en/articles/327323-jobylon-self-scheduling-individual-connect"
SV_HAPPYR = "https://blog.happyr.com/p/nyheter-i-intervjubokningen/"
SV_REFAPP = "https://support.refapp.com/sv/knowledge/hur-fungerar-integrationen-mellan-refapp-och-jobylon-1"
RO_BRAINS = "https://www.brainsconsulting.ro/cum-decurge-un-interviu-pentru-un-job-in-itc/"
EL_KARIERA = ("https://blog.kariera.gr/%CE%B7-%CF%83%CF%85%CE%BD%CE%AD%CE%BD%CF%84%CE%B5%CF%85%CE%BE%CE%B7-%CE%B5%CF%81"
              "%CE%B3%CE%B1%CF%83%CE%AF%CE%B1%CF%82/%CE%BF-%CE%BC%CE%B1%CE%BA%CF%81%CF%8D%CF%82-%CE%B4%CF%81%CF%8C%CE%BC"
              "%CE%BF%CF%82-%CF%80%CF%81%CE%BF%CF%82-%CF%84%CE%B7-%CF%83%CF%85%CE%BD%CE%AD%CE%BD%CF%84%CE%B5%CF%85%CE%BE"
              "%CE%B7/")
EL_TUC = "https://www.career.tuc.gr/el/symboyleytiki/synenteyxi"
HU_TANULMANYOK = ("https://munkavallalas.tanulmanyokeuropaban.eu/s/3864/76208-Allaskereses/"
                  "4046297-Felkeszules-az-interjura.htm")
VI_GIAIPHAP = "https://giaiphapdonggoi.net/thu-moi-phong-van-la-gi-cac-chi-tiettrong-email-moi-phong-van"
VI_TIENPHONG = "https://svvn.tienphong.vn/can-lam-gi-neu-khong-the-den-phong-van-xin-viec-dung-hen-post1675816.tpo"
DA_LAEGER = ("https://laeger.dk/raad-og-stoette/jobsoegning-laeger/jobsoegningsguide-privat-erhverv-laeger/"
             "jobsoegning-privat-jobsamtalen-laeger")
DA_CVFORUM = "https://cvforum.dk/praktiske-r%C3%A5d-n%C3%A5r-du-skal-afholde-jobsamtaler"
UK_AVTOVSAMARE = "https://avtovsamare.ru/en/pismo-priglashenie-na-rabotu-primer-kak-effektivno-sostavit-tekst-priglasheniya"

# Winter offsets: the batch's dates fall in January to March 2027.
BER = ("+01:00", "Europe/Berlin")
VIE = ("+01:00", "Europe/Vienna")
ZRH = ("+01:00", "Europe/Zurich")
PAR = ("+01:00", "Europe/Paris")
MAD = ("+01:00", "Europe/Madrid")
ROM = ("+01:00", "Europe/Rome")
AMS = ("+01:00", "Europe/Amsterdam")
LIS = ("+00:00", "Europe/Lisbon")
OSL = ("+01:00", "Europe/Oslo")
HEL = ("+02:00", "Europe/Helsinki")
PRG = ("+01:00", "Europe/Prague")
WAW = ("+01:00", "Europe/Warsaw")
STO = ("+01:00", "Europe/Stockholm")
BUH = ("+02:00", "Europe/Bucharest")
ATH = ("+02:00", "Europe/Athens")
BUD = ("+01:00", "Europe/Budapest")
CPH = ("+01:00", "Europe/Copenhagen")
HCM = ("+07:00", "Asia/Ho_Chi_Minh")
IST = ("+03:00", "Europe/Istanbul")
MOW = ("+03:00", "Europe/Moscow")
KYIV = ("+02:00", "Europe/Kyiv")
TLV = ("+02:00", "Asia/Jerusalem")
TYO = ("+09:00", "Asia/Tokyo")
SHA = ("+08:00", "Asia/Shanghai")
SEO = ("+09:00", "Asia/Seoul")
BKK = ("+07:00", "Asia/Bangkok")
JKT = ("+07:00", "Asia/Jakarta")
KOL = ("+05:30", "Asia/Kolkata")
SAO = ("-03:00", "America/Sao_Paulo")
BOG = ("-05:00", "America/Bogota")

TEAMS_DE = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\n"
            "Hier klicken, um an der Besprechung teilzunehmen\nBesprechungs-ID: 318 552 907 14\nKennung: Tq4vB8\n"
            "________________________________________________________________________________")
MEET_ES = "\n\nUnirse con Google Meet: https://meet.google.com/pvx-hrdq-kaz"
MEET_PT = "\n\nParticipar com o Google Meet: https://meet.google.com/tnw-ejzm-qbo"
ZOOM_JA = "\n\nZoomミーティングに参加する\nhttps://us06web.zoom.us/j/86213390471?pwd=Hk2q\nミーティングID: 862 1339 0471"

INTL6: list[Case] = [
    # ============================================================ German
    # rexx Interviewmanagement: Outlook invite from the recruiting team; the works council's group mailbox is
    # a group address, not a person to thank (as round 5's policy-team calendar)
    (event("Vorstellungsgespräch: Sachbearbeitung Lohn und Gehalt (m/w/d)",
           organizer=org("recruiting@stadtwerke-lindenau.de", "Recruiting Stadtwerke Lindenau"),
           guests=[guest("recruiting@stadtwerke-lindenau.de", "Recruiting Stadtwerke Lindenau"),
                   guest("k.brandt@stadtwerke-lindenau.de", "Katrin Brandt"),
                   guest("betriebsrat@stadtwerke-lindenau.de", "Betriebsrat", "tentative"),
                   room("sw-lindenau-besprechung-2@resource.calendar.google.com", "Besprechungsraum 2.14")],
           description="Guten Tag Pat Lee,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem "
                       "persönlichen Gespräch einzuladen. Teilnehmende: Katrin Brandt (Leitung Personalabrechnung), "
                       "eine Vertretung des Betriebsrats und das Recruiting-Team. Bitte melden Sie sich am Empfang.",
           location="Stadtwerke Lindenau GmbH, Hafenstraße 12, 04179 Leipzig",
           **at("2027-01-12", "10:00", 60, *BER)),
     yes(["Stadtwerke Lindenau", "Stadtwerke Lindenau GmbH", "Stadtwerke-Lindenau"],
         ["recruiting@stadtwerke-lindenau.de", "k.brandt@stadtwerke-lindenau.de"]),
     "de", REXX),
    # d.vinci: the appointment lands in the calendar straight from the status change "Erstgespräch"
    (event("Erstgespräch (Telefoninterview) – Junior Controller*in",
           organizer=org("a.weiss@haberl-logistik.at", "Anna Weiss"),
           guests=[guest("a.weiss@haberl-logistik.at", "Anna Weiss")],
           description="Liebe*r Pat Lee, wie besprochen rufen wir Sie zum vereinbarten Termin an. Dauer ca. 30 "
                       "Minuten. Ihre Ansprechpartnerin: Anna Weiss, Talent Acquisition, Haberl Logistik GmbH.",
           **at("2027-01-13", "14:00", 30, *VIE)),
     yes(["Haberl Logistik", "Haberl Logistik GmbH", "Haberl", "Haberl-Logistik"], ["a.weiss@haberl-logistik.at"]),
     "de", DVINCI),
    # the tool sends a private invite without the participant list; interviewers named in the text
    (event("Zweites Interview (via Teams) – Produktmanager*in Medizintechnik",
           organizer=org("noreply@dvinci-mail.de", "d.vinci Termine"),
           guestsCanSeeOtherGuests=False, visibility="private",
           description="Ihr Termin für das zweite Interview bei der Orthosan Medical AG ist bestätigt. "
                       "Gesprächspartner: Dr. Felix Amrein (Head of Product) und Sandra Keller (HR Business "
                       "Partner). Rückfragen bitte an karriere@orthosan.ch." + TEAMS_DE,
           **at("2027-01-19", "09:30", 60, *ZRH)),
     yes(["Orthosan Medical", "Orthosan Medical AG", "Orthosan"],
         ["Felix Amrein", "Sandra Keller", "karriere@orthosan.ch"]), "de", DVINCI),
    # pemundo: HR creates the interview, a Teams invite goes to the candidate and the internal participants
    (event("Interview – Werkstudent*in Data Engineering | Feldmark Energie",
           organizer=org("t.ozturk@feldmark-energie.de", "Tarik Öztürk"),
           guests=[guest("t.ozturk@feldmark-energie.de", "Tarik Öztürk"),
                   guest("j.lang@feldmark-energie.de", "Johanna Lang"),
                   guest("m.roth@feldmark-energie.de", "Moritz Roth", "declined")],
           description="Hallo Pat, wir freuen uns auf das Gespräch! Mit dabei: Johanna Lang (Teamlead Data). "
                       "Moritz muss leider absagen. Bitte halte eine kurze Vorstellung deines Studienprojekts bereit."
                       + TEAMS_DE,
           **at("2027-01-20", "15:00", 45, *BER)),
     yes(["Feldmark Energie", "Feldmark", "Feldmark-Energie"],
         ["t.ozturk@feldmark-energie.de", "j.lang@feldmark-energie.de"]), "de", PEMUNDO),
    # the owner copied a phone appointment into the calendar; the number and name are all there is
    (event("Telefoninterview Brunnhuber Bau – Hr. Markus Gruber ruft an", organizer=SELF,
           description="Stelle: Bauleiter Tiefbau. Herr Gruber (Niederlassungsleiter) ruft auf dem Handy an. "
                       "Unterlagen bereitlegen.",
           **at("2027-01-21", "08:30", 30, *BER)),
     yes(["Brunnhuber Bau", "Brunnhuber"], ["Markus Gruber"]), "de", REXX_EXCHANGE),
    (event("Einladung zum Auswahlgespräch – Referent*in Fördermittel (Kennziffer 2027-04)",
           organizer=org("personal@landkreis-ostheide.de", "Personalamt Landkreis Ostheide"),
           guestsCanSeeOtherGuests=False,
           description="Sehr geehrte Frau Lee, Sie sind in die engere Auswahl gekommen. Die Auswahlkommission "
                       "besteht aus der Dezernentin Frau Dr. Petra Hollmann, einem Mitglied des Personalrats und "
                       "der Gleichstellungsbeauftragten. Bitte bringen Sie einen Lichtbildausweis mit.",
           location="Kreishaus Ostheide, Raum 312, Am Markt 1, 29525 Uelzen",
           **at("2027-02-02", "13:00", 60, *BER)),
     yes(["Landkreis Ostheide", "Ostheide", "Landkreis-Ostheide"], ["personal@landkreis-ostheide.de", "Petra Hollmann"]), "de", REXX),
    # look-alikes, German
    (event("Austrittsgespräch – Pat Lee (letzte Arbeitswoche)",
           organizer=org("hr@kranich-versand.de", "HR Kranich Versand"),
           guests=[guest("hr@kranich-versand.de", "HR Kranich Versand")],
           description="Wir möchten gern verstehen, warum Sie uns verlassen, und Ihr Feedback zu Führung, Team und "
                       "Arbeitsumfeld hören. Das Gespräch ist freiwillig und vertraulich. Ihr Arbeitszeugnis liegt bereit.",
           **at("2027-01-27", "16:00", 45, *BER)),
     None, "de", DE_IMPULSE),
    (event("Abgangsinterview vorbereiten: Feedback-Punkte notieren", organizer=SELF,
           description="Betriebsklima, Vergütung, Einarbeitung. Nichts Persönliches über Frau Berger.",
           **at("2027-01-26", "19:00", 30, *BER)),
     None, "de", DE_PMINFO),
    (event("Interviewtermine koordinieren – 4 Kandidat*innen Lagerleitung",
           organizer=SELF,
           description="Verfügbarkeit über das Exchange-Modul prüfen, Raum 1.02 buchen, Betriebsrat einladen.",
           **at("2027-01-14", "09:00", 60, *BER)),
     None, "de", REXX_EXCHANGE),
    (event("Bewerbungsgespräch Herr Kaya – Sie sind Fachentscheider",
           organizer=org("recruiting@stadtwerke-lindenau.de", "Recruiting Stadtwerke Lindenau"),
           guests=[guest("emre.kaya@web.de", "Emre Kaya"),
                   guest("recruiting@stadtwerke-lindenau.de", "Recruiting Stadtwerke Lindenau")],
           description="Bitte nach dem Gespräch das Interviewergebnis im Workcenter erfassen.",
           **at("2027-01-28", "11:00", 60, *BER)),
     None, "de", REXX),
    (event("Trennungsgespräch Team Süd (Moderation HR)",
           organizer=org("b.vogel@kranich-versand.de", "Birte Vogel"),
           guests=[guest("b.vogel@kranich-versand.de", "Birte Vogel")],
           description="Gesprächsleitfaden und Fragebogen im Anhang. Vertraulich.",
           **at("2027-02-09", "10:00", 60, *BER)),
     None, "de", DE_BWISSEN),
    # ============================================================ French
    (event("Entretien d'embauche – Chargé(e) de clientèle (CDI) – Mutuelle Armorique",
           organizer=org("recrutement@mutuelle-armorique.fr", "Recrutement Mutuelle Armorique"),
           guests=[guest("recrutement@mutuelle-armorique.fr", "Recrutement Mutuelle Armorique"),
                   guest("g.le-bihan@mutuelle-armorique.fr", "Gaëlle Le Bihan")],
           description="Bonjour Pat,\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un "
                       "entretien avec Gaëlle Le Bihan, responsable de l'agence de Quimper. Merci de vous présenter "
                       "à l'accueil dix minutes avant l'heure prévue.",
           location="Mutuelle Armorique, 14 rue de Kerfeunteun, 29000 Quimper",
           **at("2027-01-14", "10:30", 45, *PAR)),
     yes(["Mutuelle Armorique", "Armorique", "Mutuelle-Armorique"],
         ["recrutement@mutuelle-armorique.fr", "g.le-bihan@mutuelle-armorique.fr"]), "fr", DVINCI),
    # the agency's consultant invites, the client's manager is named in the text (company = client)
    (event("Entretien client – Contrôleur de gestion – Verrerie du Jura (via Talents Rhône)",
           organizer=org("s.morel@talents-rhone.fr", "Sophie Morel – Talents Rhône"),
           guests=[guest("s.morel@talents-rhone.fr", "Sophie Morel – Talents Rhône")],
           description="Bonjour Pat, comme convenu au téléphone : entretien chez notre client la Verrerie du Jura "
                       "avec M. Olivier Besson, directeur administratif et financier. Je vous appelle juste après.",
           location="Verrerie du Jura, Zone industrielle, 39100 Dole",
           **at("2027-01-18", "14:00", 60, *PAR)),
     yes(["Verrerie du Jura", "Verrerie Du Jura"], ["s.morel@talents-rhone.fr", "Olivier Besson"]), "fr", PEMUNDO),
    (event("Visio – 2e entretien | Ingénieur(e) QA | Octavie Logiciels",
           organizer=org("talents@octavie.io", "Talents Octavie"),
           guests=[guest("talents@octavie.io", "Talents Octavie"),
                   guest("h.dumas@octavie.io", "Hugo Dumas"), guest("l.nguyen@octavie.io", "Linh Nguyen")],
           description="<p>Bonjour Pat,</p><p>Votre <b>deuxième entretien</b> se fera en visio avec Hugo Dumas "
                       "(CTO) et Linh Nguyen (lead QA). Prévoyez 15 minutes pour vos questions.</p>"
                       "<p>Lien : https://meet.google.com/kbw-txpo-nuj</p>",
           **at("2027-01-22", "11:00", 60, *PAR)),
     yes(["Octavie Logiciels", "Octavie"], ["talents@octavie.io", "h.dumas@octavie.io", "l.nguyen@octavie.io"]),
     "fr", PEMUNDO),
    # look-alikes, French: business-school admission orals and the owner's prep
    (event("Oral d'admission – entretien de personnalité (ESC Bordeaux-Atlantique)", organizer=SELF,
           description="Arriver 30 min avant, accueil par les admisseurs. Entretien individuel 30 min devant "
                       "le jury, puis épreuve d'anglais.",
           location="Campus Bordeaux-Atlantique, amphi B",
           **at("2027-06-22", "09:00", 180, "+02:00", "Europe/Paris")),
     None, "fr", FR_ECOLES),
    (event("Préparer l'entretien de motivation (oraux admissibles) – fiches projet pro", organizer=SELF,
           **at("2027-06-18", "18:00", 90, "+02:00", "Europe/Paris")),
     None, "fr", FR_KLUB),
    (event("Accueil des admissibles – je suis admisseur (équipe navette gare)",
           organizer=org("bde@escba.fr", "BDE ESC Bordeaux-Atlantique"),
           description="Planning des navettes et des visites du campus pour les candidats aux oraux.",
           **at("2027-06-21", "07:30", 600, "+02:00", "Europe/Paris")),
     None, "fr", FR_CAMPUS),
    # ============================================================ Spanish
    (event("Entrevista presencial – Técnico/a de Mantenimiento | Cerámicas del Turia",
           organizer=org("rrhh@ceramicasturia.es", "RR.HH. Cerámicas del Turia"),
           guests=[guest("rrhh@ceramicasturia.es", "RR.HH. Cerámicas del Turia"),
                   guest("v.soler@ceramicasturia.es", "Vicente Soler")],
           description="Hola Pat: te esperamos para la entrevista con Vicente Soler, jefe de mantenimiento. "
                       "Duración aproximada: 45 minutos. Trae tu DNI y el CV impreso.",
           location="Cerámicas del Turia, Polígono Fuente del Jarro, Paterna (Valencia)",
           **at("2027-01-13", "09:00", 45, *MAD)),
     yes(["Cerámicas del Turia", "Ceramicas del Turia", "Ceramicasturia"],
         ["rrhh@ceramicasturia.es", "v.soler@ceramicasturia.es"]), "es", ES_GOTRAVELS),
    (event("Entrevista virtual – Analista de Riesgos – Banco Cafetero",
           organizer=org("seleccion@bancocafetero.com.co", "Selección Banco Cafetero"),
           guestsCanSeeOtherGuests=False,
           description="Apreciado/a candidato/a: su entrevista por competencias será con Carolina Restrepo "
                       "(Gerente de Riesgo de Crédito) y Andrés Mejía (Gestión Humana). Conéctese 5 minutos antes."
                       + MEET_ES,
           **at("2027-01-20", "08:00", 60, *BOG)),
     yes(["Banco Cafetero", "Cafetero", "Bancocafetero"],
         ["seleccion@bancocafetero.com.co", "Carolina Restrepo", "Andrés Mejía"]), "es", ES_GOTRAVELS),
    # a Spanish speaker interviewing with an Italian firm (the page describes interviews in Italy)
    (event("Entrevista de trabajo en Milán – Logística (Ditta Brambilla)", organizer=SELF,
           description="Con la Sra. Elena Brambilla (e.brambilla@brambillatrasporti.it). 20-30 minutos. Llevar CV "
                       "en italiano. Metro M2 Cascina Gobba.",
           location="Brambilla Trasporti S.r.l., Via Padova 300, Milano",
           **at("2027-02-03", "11:00", 30, *ROM)),
     yes(["Brambilla Trasporti", "Brambilla Trasporti S.r.l.", "Ditta Brambilla", "Brambilla", "Brambillatrasporti"],
         ["e.brambilla@brambillatrasporti.it"]), "es", ES_CONQUISTA),
    (event("Confirmar entrevista Cerámicas del Turia + preguntar quién estará", organizer=SELF,
           **at("2027-01-08", "09:00", 15, *MAD)),
     None, "es", ES_GOTRAVELS),
    # ============================================================ Italian
    (event("Colloquio conoscitivo – Addetto/a contabilità | Studio Ferrante & Associati",
           organizer=org("segreteria@studioferrante.it", "Segreteria Studio Ferrante"),
           guests=[guest("segreteria@studioferrante.it", "Segreteria Studio Ferrante"),
                   guest("m.ferrante@studioferrante.it", "Marco Ferrante")],
           description="Gentile Pat, le confermiamo il colloquio con il dott. Marco Ferrante. Citofonare "
                       "\"Studio Ferrante\", secondo piano. Per spostamenti ci chiami in segreteria.",
           location="Studio Ferrante & Associati, Corso Vittorio Emanuele 88, Torino",
           **at("2027-01-15", "15:30", 45, *ROM)),
     yes(["Studio Ferrante & Associati", "Studio Ferrante", "Ferrante", "Studioferrante"],
         ["segreteria@studioferrante.it", "m.ferrante@studioferrante.it"]), "it", IT_CADELNONO),
    (event("Colloquio di selezione (secondo turno, commissione) – Consorzio Irriguo Bassa Friulana",
           organizer=org("personale@consorziobassafriulana.it", "Ufficio Personale"),
           guestsCanSeeOtherGuests=False,
           description="Il secondo turno di colloqui si svolge davanti alla commissione. Presentarsi con documento "
                       "d'identità e patente. Durata circa 90 minuti.",
           location="Sede del Consorzio, Via Roma 12, Cervignano del Friuli",
           **at("2027-02-10", "10:00", 90, *ROM)),
     yes(["Consorzio Irriguo Bassa Friulana", "Consorzio Bassa Friulana", "Consorziobassafriulana"],
         ["personale@consorziobassafriulana.it"]), "it", IT_INFORMALAVORO),
    (event("Richiamare HR Farmacie Lagunari per spostare il colloquio", organizer=SELF,
           description="Scusarsi, proporre due date alternative, ribadire l'interesse.",
           **at("2027-01-11", "09:15", 10, *ROM)),
     None, "it", IT_CIPALF),
    (event("Email di ringraziamento al dott. Ferrante (entro 24 ore)", organizer=SELF,
           **at("2027-01-16", "12:00", 15, *ROM)),
     None, "it", IT_PURPLETUDE),
    # ============================================================ Dutch
    (event("Sollicitatiegesprek – Werkplaatschef | Autobedrijf Van Leeuwen",
           organizer=org("p.vanleeuwen@autovanleeuwen.nl", "Piet van Leeuwen"),
           guests=[guest("p.vanleeuwen@autovanleeuwen.nl", "Piet van Leeuwen"),
                   guest("i.bakker@autovanleeuwen.nl", "Inge Bakker")],
           description="Beste Pat, leuk dat je langskomt. Je spreekt met Piet (eigenaar) en Inge (administratie en "
                       "personeelszaken). Neem je rijbewijs en diploma's mee.",
           location="Autobedrijf Van Leeuwen, Industrieweg 7, Barneveld",
           **at("2027-01-19", "16:00", 60, *AMS)),
     yes(["Autobedrijf Van Leeuwen", "Van Leeuwen", "Autovanleeuwen"],
         ["p.vanleeuwen@autovanleeuwen.nl", "i.bakker@autovanleeuwen.nl"]), "nl", NL_ADOC),
    (event("Vervolggesprek + proefopdracht – Werkplaatschef", organizer=org("p.vanleeuwen@autovanleeuwen.nl",
                                                                              "Piet van Leeuwen"),
           guests=[guest("p.vanleeuwen@autovanleeuwen.nl", "Piet van Leeuwen")],
           description="Tweede ronde: een uur meelopen in de werkplaats en daarna een gesprek over de planning.",
           location="Autobedrijf Van Leeuwen, Industrieweg 7, Barneveld",
           **at("2027-01-28", "08:00", 120, *AMS)),
     yes(["Autobedrijf Van Leeuwen", "Van Leeuwen", "Autovanleeuwen"], ["p.vanleeuwen@autovanleeuwen.nl"]),
     "nl", NL_ADOC),
    (event("Sollicitatiegesprekken voorbereiden: vragen en beoordelingsformulier monteurs", organizer=SELF,
           description="Ik zit in de commissie. Kandidaten om 9, 10 en 11 uur.",
           **at("2027-02-01", "08:00", 45, *AMS)),
     None, "nl", NL_ADOC),
    # ============================================================ Portuguese (pt-PT, pt-BR)
    # pt-PT
    (event("Entrevista – Técnico(a) de Recursos Humanos | Grupo Alvorada (Ref. RH-114)",
           organizer=org("recrutamento@grupoalvorada.pt", "Recrutamento Grupo Alvorada"),
           guests=[guest("recrutamento@grupoalvorada.pt", "Recrutamento Grupo Alvorada"),
                   guest("ines.caldeira@grupoalvorada.pt", "Inês Caldeira")],
           description="Olá Pat, na sequência da sua candidatura (Refª RH-114), convidamo-lo para uma entrevista com "
                       "a Dra. Inês Caldeira, Diretora de Pessoas. Traga o Cartão de Cidadão.",
           location="Grupo Alvorada, Rua do Ouro 140, Lisboa",
           **at("2027-01-21", "10:00", 45, *LIS)),
     yes(["Grupo Alvorada", "Alvorada", "Grupoalvorada"],
         ["recrutamento@grupoalvorada.pt", "ines.caldeira@grupoalvorada.pt"]), "pt", PT_MAGNETIK),
    # pt-BR
    (event("Entrevista online – Analista de Marketing Pleno | Sabor do Cerrado",
           organizer=org("talentos@sabordocerrado.com.br", "Talentos Sabor do Cerrado"),
           guests=[guest("talentos@sabordocerrado.com.br", "Talentos Sabor do Cerrado"),
                   guest("renata.alves@sabordocerrado.com.br", "Renata Alves")],
           description="Oi, Pat! Sua entrevista será com a Renata Alves, gerente de marketing. Teste câmera e "
                       "microfone antes." + MEET_PT,
           **at("2027-01-25", "14:00", 45, *SAO)),
     yes(["Sabor do Cerrado", "Sabordocerrado"], ["talentos@sabordocerrado.com.br", "renata.alves@sabordocerrado.com.br"]),
     "pt", PT_MODELOS),
    # pt-BR
    (event("Enviar currículo atualizado + portfólio para a Renata (pedido na entrevista)", organizer=SELF,
           **at("2027-01-26", "09:00", 20, *SAO)),
     None, "pt", PT_MODELOS),
    # ============================================================ Russian, Ukrainian
    (event("Собеседование: менеджер по закупкам — ООО «Северный Хлеб»",
           organizer=org("hr@severhleb.ru", "Отдел персонала «Северный Хлеб»"),
           guests=[guest("hr@severhleb.ru", "Отдел персонала «Северный Хлеб»"),
                   guest("i.orlova@severhleb.ru", "Ирина Орлова")],
           description="Добрый день! Приглашаем Вас на собеседование на должность менеджера по закупкам. "
                       "С Вами встретится Ирина Орлова, руководитель отдела закупок. Адрес: офис 405. "
                       "При себе иметь паспорт и резюме.",
           location="ООО «Северный Хлеб», ул. Маршала Говорова, 35, Санкт-Петербург",
           **at("2027-01-18", "11:00", 60, *MOW)),
     yes(["Северный Хлеб", "ООО «Северный Хлеб»", "Severhleb"], ["hr@severhleb.ru", "i.orlova@severhleb.ru"]),
     "ru", RU_VANGOGH),
    (event("Телефонное интервью с рекрутером (ТехноПарус)",
           organizer=org("a.smirnova@technoparus.ru", "Анна Смирнова"),
           guests=[guest("a.smirnova@technoparus.ru", "Анна Смирнова")],
           description="Короткий звонок 20 минут: опыт, ожидания по зарплате, сроки выхода. Позиция — "
                       "инженер-сметчик.",
           **at("2027-01-20", "15:00", 20, *MOW)),
     yes(["ТехноПарус", "Technoparus"], ["a.smirnova@technoparus.ru"]), "ru", RU_ODNADOMA),
    (event("Перезвонить рекрутеру: подтвердить время собеседования", organizer=SELF,
           description="Уточнить адрес, этаж и с кем встреча.", **at("2027-01-15", "10:00", 10, *MOW)),
     None, "ru", RU_WELLAUTO),
    (event("Співбесіда — бухгалтер | ТОВ «Дніпро Агро»",
           organizer=org("kadry@dniproagro.ua", "Відділ кадрів «Дніпро Агро»"),
           guests=[guest("kadry@dniproagro.ua", "Відділ кадрів «Дніпро Агро»"),
                   guest("o.kovalenko@dniproagro.ua", "Олена Коваленко")],
           description="Запрошуємо Вас на співбесіду на посаду бухгалтера. Зустріч проведе головний бухгалтер "
                       "Олена Коваленко. Візьміть паспорт і диплом.",
           location="ТОВ «Дніпро Агро», вул. Січеславська, 10, Дніпро",
           **at("2027-01-26", "10:00", 60, *KYIV)),
     yes(["Дніпро Агро", "ТОВ «Дніпро Агро»", "Dniproagro"], ["kadry@dniproagro.ua", "o.kovalenko@dniproagro.ua"]),
     "uk", UK_AVTOVSAMARE),
    # ============================================================ Japanese
    (event("【株式会社ミナトデザイン】一次面接のご案内",
           organizer=org("saiyo@minato-design.co.jp", "株式会社ミナトデザイン 採用担当"),
           guests=[guest("saiyo@minato-design.co.jp", "株式会社ミナトデザイン 採用担当"),
                   guest("k.fujita@minato-design.co.jp", "藤田 健")],
           description="リー様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございます。一次面接を下記の通り"
                       "ご案内いたします。\n面接官：デザイン部 部長 藤田\n持ち物：履歴書・職務経歴書\n"
                       "ご不明点は採用担当までご連絡ください。",
           location="東京都港区芝浦3-4-1 ミナトビル5階",
           **at("2027-01-14", "14:00", 60, *TYO)),
     yes(["株式会社ミナトデザイン", "ミナトデザイン", "Minato Design", "Minato-Design"],
         ["saiyo@minato-design.co.jp", "k.fujita@minato-design.co.jp"]), "ja", JA_STANBY),
    (event("Web面接（最終）― 北斗精機株式会社",
           organizer=org("jinji@hokuto-seiki.co.jp", "北斗精機 人事部"),
           guests=[guest("jinji@hokuto-seiki.co.jp", "北斗精機 人事部")],
           description="最終面接は代表取締役の高橋と人事部長の森が担当いたします。開始5分前までに下記URLから"
                       "ご入室ください。" + ZOOM_JA,
           **at("2027-01-27", "10:00", 45, *TYO)),
     yes(["北斗精機株式会社", "北斗精機", "Hokuto Seiki", "Hokuto-Seiki"], ["jinji@hokuto-seiki.co.jp", "高橋", "森"]),
     "ja", JA_MANEGY),
    (event("面接日程の候補を返信する（北斗精機・二次）", organizer=SELF,
           description="候補日3つのうち第一希望を返信。件名はそのまま。", **at("2027-01-12", "21:00", 15, *TYO)),
     None, "ja", JA_NEWSBASE),
    (event("学生面接（新卒）面接官アサイン – 3枠", organizer=org("saiyo@minato-design.co.jp", "採用担当"),
           guests=[guest("saiyo@minato-design.co.jp", "採用担当")],
           description="面接官として参加してください。評価シートは面接後24時間以内に提出。",
           **at("2027-02-05", "13:00", 180, *TYO)),
     None, "ja", JA_YOYAKU),
    # ============================================================ Chinese
    (event("面试通知：前端开发工程师（二面）— 星河云科技",
           organizer=org("hr@xinghecloud.cn", "星河云科技 招聘组"),
           guests=[guest("hr@xinghecloud.cn", "星河云科技 招聘组"), guest("zhangwei@xinghecloud.cn", "张伟")],
           description="李先生/女士您好：\n您已通过初试，现邀请您参加技术面试（复试）。面试官：张伟（前端负责人）。"
                       "请携带身份证，提前10分钟到达前台。",
           location="杭州市余杭区文一西路998号 星河云大厦8楼",
           **at("2027-01-15", "14:00", 60, *SHA)),
     yes(["星河云科技", "星河云", "Xinghecloud"], ["hr@xinghecloud.cn", "zhangwei@xinghecloud.cn"]), "zh", ZH_76HW),
    (event("终面（线上）— 运营经理 | 青禾食品",
           organizer=org("zhaopin@qinghefood.com", "青禾食品 人力资源部"),
           description="终面由总经理陈静与HRBP刘洋共同面试，时长约45分钟。腾讯会议号：518 224 903。",
           **at("2027-01-22", "10:00", 45, *SHA)),
     yes(["青禾食品", "Qinghefood", "Qinghe Food"], ["zhaopin@qinghefood.com", "陈静", "刘洋"]), "zh", ZH_SERIDOAT),
    (event("入职报到 + 签劳动合同（青禾食品）", organizer=org("zhaopin@qinghefood.com", "青禾食品 人力资源部"),
           description="请携带身份证、学历证书、离职证明和银行卡。报到地点：行政楼3楼人事处。",
           **at("2027-02-22", "09:00", 120, *SHA)),
     None, "zh", ZH_QUAN360),
    (event("面试排期表更新（本周8位候选人）", organizer=SELF,
           description="检查面试官时间冲突，给候选人发确认短信。", **at("2027-01-11", "09:00", 30, *SHA)),
     None, "zh", ZH_76HW),
    # ============================================================ Korean
    (event("[한빛소프트랩] 1차 면접 안내 – 백엔드 개발자",
           organizer=org("recruit@hanbitsoftlab.co.kr", "한빛소프트랩 채용팀"),
           guests=[guest("recruit@hanbitsoftlab.co.kr", "한빛소프트랩 채용팀"),
                   guest("jh.park@hanbitsoftlab.co.kr", "박지훈")],
           description="안녕하세요, 한빛소프트랩 채용팀입니다. 1차 면접(실무진 면접)은 박지훈 팀장님이 진행합니다. "
                       "면접 방법: Google Meet. 시간 변경이 필요하시면 회신 부탁드립니다.\n"
                       "https://meet.google.com/qsk-twrb-mne",
           **at("2027-01-19", "16:00", 60, *SEO)),
     yes(["한빛소프트랩", "Hanbitsoftlab", "Hanbit Soft Lab"], ["recruit@hanbitsoftlab.co.kr", "jh.park@hanbitsoftlab.co.kr"]),
     "ko", KO_WHATTIME),
    (event("온라인 면접 – 여성기업 일자리허브 (주)다온푸드", organizer=SELF,
           description="마이페이지 > 온라인 면접 메뉴에서 30분 전 링크 활성화. 면접관: 김수연 대표.",
           **at("2027-01-21", "11:00", 30, *SEO)),
     yes(["다온푸드", "(주)다온푸드", "Daon Food"], ["김수연"]), "ko", KO_ILJARI),
    (event("지원자 상태 변경: 서류 합격자 인터뷰 제안 보내기", organizer=SELF,
           **at("2027-01-12", "10:00", 30, *SEO)),
     None, "ko", KO_ROCKETPUNCH),
    # ============================================================ Hebrew
    (event("ראיון עבודה – מנהלת חשבונות | נתיב לוגיסטיקה",
           organizer=org("hr@nativlog.co.il", "משאבי אנוש נתיב לוגיסטיקה"),
           guests=[guest("hr@nativlog.co.il", "משאבי אנוש נתיב לוגיסטיקה"),
                   guest("dana.levi@nativlog.co.il", "דנה לוי")],
           description="שלום פט, נשמח לפגוש אותך לראיון עם דנה לוי, סמנכ\"לית כספים. נא להביא תעודות והמלצות. "
                       "חניה בחניון הבניין.",
           location="נתיב לוגיסטיקה, דרך השלום 53, תל אביב",
           **at("2027-01-18", "12:00", 45, *TLV)),
     yes(["נתיב לוגיסטיקה", "Nativ Logistics", "Nativlog"], ["hr@nativlog.co.il", "dana.levi@nativlog.co.il"]),
     "he", HE_HILAN),
    (event("ראיון מקצועי מול ראש הצוות – שלב שני", organizer=org("gal@shikmatech.co.il", "גל כהן"),
           guests=[guest("gal@shikmatech.co.il", "גל כהן"), guest("yossi@shikmatech.co.il", "יוסי אברהם")],
           description="לאחר הראיון עם משאבי אנוש, השלב הבא הוא ראיון מקצועי עם יוסי, ראש צוות הפיתוח. שקמה טק.",
           **at("2027-01-25", "10:00", 60, *TLV)),
     yes(["שקמה טק", "Shikmatech", "Shikma Tech"], ["gal@shikmatech.co.il", "yossi@shikmatech.co.il"]),
     "he", HE_LEADERSNET),
    (event("ראיון כניסה – רשות האוכלוסין (אשרת עבודה לעובד זר)", organizer=SELF,
           description="להביא דרכון, הזמנה, אישור העסקה ופרטי המעסיק. תשובות קצרות ועקביות.",
           **at("2027-02-08", "08:30", 60, *TLV)),
     None, "he", HE_LAWYER),
    (event("לבטל ראיון בשקמה טק? – להתקשר ולהודיע מראש", organizer=SELF,
           **at("2027-01-24", "09:00", 10, *TLV)),
     None, "he", HE_NETANDWORK),
    # ============================================================ Thai, Indonesian, Hindi
    (event("นัดสัมภาษณ์งาน – เจ้าหน้าที่บัญชี บริษัท สยามพัฒนาอาหาร จำกัด",
           organizer=org("hr@siamfooddev.co.th", "ฝ่ายบุคคล สยามพัฒนาอาหาร"),
           guests=[guest("hr@siamfooddev.co.th", "ฝ่ายบุคคล สยามพัฒนาอาหาร")],
           description="ขอเชิญคุณเข้ารับการสัมภาษณ์ ผู้สัมภาษณ์: คุณวิภาวรรณ ศรีสุข ผู้จัดการฝ่ายบัญชี "
                       "กรุณานำบัตรประชาชนและสำเนาวุฒิการศึกษามาด้วย",
           location="บริษัท สยามพัฒนาอาหาร จำกัด ถนนพระราม 9 กรุงเทพฯ",
           **at("2027-01-20", "10:00", 45, *BKK)),
     yes(["สยามพัฒนาอาหาร", "บริษัท สยามพัฒนาอาหาร จำกัด", "Siam Food Development", "Siamfooddev"],
         ["hr@siamfooddev.co.th", "วิภาวรรณ ศรีสุข"]), "th", TH_NATIONEJOBS),
    (event("ซ้อมตอบคำถามสัมภาษณ์ (Screening Interview) กับพี่ที่ชมรม", organizer=SELF,
           **at("2027-01-18", "19:00", 60, *BKK)),
     None, "th", TH_SMEHOW),
    (event("Panggilan Interview – Staf Administrasi Gudang | PT Sinar Bahari Logistik",
           organizer=org("rekrutmen@sinarbahari.co.id", "Rekrutmen PT Sinar Bahari"),
           guests=[guest("rekrutmen@sinarbahari.co.id", "Rekrutmen PT Sinar Bahari")],
           description="Dengan hormat, Saudara/i dipanggil untuk mengikuti wawancara. Pewawancara: Ibu Rina "
                       "Wulandari (HRD). Harap membawa KTP, CV, dan fotokopi ijazah. Berpakaian rapi.",
           location="PT Sinar Bahari Logistik, Jl. Raya Cakung Cilincing Km 3, Jakarta Utara",
           **at("2027-01-21", "09:00", 60, *JKT)),
     yes(["PT Sinar Bahari Logistik", "Sinar Bahari Logistik", "Sinar Bahari", "Sinarbahari"],
         ["rekrutmen@sinarbahari.co.id", "Rina Wulandari"]), "id", ID_CONTOH),
    (event("Interview user (tahap 2) – Sinar Bahari", organizer=org("rekrutmen@sinarbahari.co.id",
                                                                   "Rekrutmen PT Sinar Bahari"),
           guests=[guest("rekrutmen@sinarbahari.co.id", "Rekrutmen PT Sinar Bahari"),
                   guest("budi.santoso@sinarbahari.co.id", "Budi Santoso")],
           description="Wawancara dengan Bapak Budi Santoso, Kepala Gudang. Lokasi sama seperti sebelumnya.",
           **at("2027-01-28", "13:00", 45, *JKT)),
     yes(["PT Sinar Bahari Logistik", "Sinar Bahari Logistik", "Sinar Bahari", "Sinarbahari"],
         ["rekrutmen@sinarbahari.co.id", "budi.santoso@sinarbahari.co.id"]), "id", ID_CONTOH),
    (event("साक्षात्कार – सहायक प्रबंधक (बिक्री) | गंगा टेक्सटाइल्स प्रा. लि.",
           organizer=org("hr@gangatextiles.in", "मानव संसाधन विभाग, गंगा टेक्सटाइल्स"),
           description="आपको आमने-सामने साक्षात्कार के लिए शॉर्टलिस्ट किया गया है। कृपया यह कॉल लेटर, मूल प्रमाणपत्र "
                       "और दो फोटो साथ लाएँ। संपर्क: श्री अनिल वर्मा, एचआर प्रबंधक।",
           location="गंगा टेक्सटाइल्स प्रा. लि., औद्योगिक क्षेत्र, कानपुर",
           **at("2027-01-22", "11:00", 60, *KOL)),
     yes(["गंगा टेक्सटाइल्स", "गंगा टेक्सटाइल्स प्रा. लि.", "Ganga Textiles", "Gangatextiles"],
         ["hr@gangatextiles.in", "अनिल वर्मा"]), "hi", HI_WRITEATOPIC),
    # ============================================================ Nordic, Czech, Turkish
    (event("Jobbintervju – rådgiver økonomi | Fjordkraft Nett AS",
           organizer=org("rekruttering@fjordnett.no", "Rekruttering Fjordnett"),
           guests=[guest("rekruttering@fjordnett.no", "Rekruttering Fjordnett"),
                   guest("ingrid.haugen@fjordnett.no", "Ingrid Haugen"),
                   guest("ola.berg@fjordnett.no", "Ola Berg")],
           description="Hei Pat! Velkommen til intervju. Fra oss møter Ingrid Haugen (økonomisjef) og Ola Berg "
                       "(HR). Ta gjerne med kopi av attester og vitnemål.",
           location="Fjordnett, Strandkaien 4, Bergen",
           **at("2027-01-26", "13:00", 60, *OSL)),
     yes(["Fjordkraft Nett", "Fjordkraft Nett AS", "Fjordnett"],
         ["rekruttering@fjordnett.no", "ingrid.haugen@fjordnett.no", "ola.berg@fjordnett.no"]), "no", NO_ESTUDIE),
    (event("Forberede jobbintervju: spørsmål om svake sider + referanser", organizer=SELF,
           **at("2027-01-25", "18:00", 60, *OSL)),
     None, "no", NO_CHRISTIANIA),
    (event("Karrieresamtale med rådgiver i Samfunnsviterne (medlemstilbud)",
           organizer=org("karriere@samfunnsviterne.no", "Samfunnsviterne Karriere"),
           description="Gjennomgang av CV og forberedelse til intervju. 45 minutter på Teams.",
           **at("2027-01-20", "12:00", 45, *OSL)),
     None, "no", NO_SAMFUNN),
    (event("Työhaastattelu – palvelupäällikkö | Kaarnatalo Oy",
           organizer=org("rekry@kaarnatalo.fi", "Kaarnatalo Rekry"),
           guests=[guest("rekry@kaarnatalo.fi", "Kaarnatalo Rekry"),
                   guest("mikko.laine@kaarnatalo.fi", "Mikko Laine")],
           description="Hei Pat, tervetuloa haastatteluun. Haastattelijana toimii toimitusjohtaja Mikko Laine. "
                       "Kesto noin tunti.",
           location="Kaarnatalo Oy, Hämeenkatu 20, Tampere",
           **at("2027-02-04", "10:00", 60, *HEL)),
     yes(["Kaarnatalo Oy", "Kaarnatalo"], ["rekry@kaarnatalo.fi", "mikko.laine@kaarnatalo.fi"]), "fi", FI_UTU),
    (event("Selvitä Kaarnatalon asiakkaat ja toimiala ennen haastattelua", organizer=SELF,
           **at("2027-02-03", "17:00", 60, *HEL)),
     None, "fi", FI_MTV),
    (event("Pohovor – účetní | Vltavská stavební a.s.",
           organizer=org("personalni@vltavska-stavebni.cz", "Personální oddělení"),
           guests=[guest("personalni@vltavska-stavebni.cz", "Personální oddělení"),
                   guest("j.novotna@vltavska-stavebni.cz", "Jana Novotná")],
           description="Dobrý den, zveme Vás na pohovor s paní Janou Novotnou, hlavní účetní. Hlaste se na "
                       "recepci, 2. patro.",
           location="Vltavská stavební a.s., Na Florenci 15, Praha 1",
           **at("2027-01-27", "09:00", 60, *PRG)),
     yes(["Vltavská stavební", "Vltavská stavební a.s.", "Vltavska-Stavebni"],
         ["personalni@vltavska-stavebni.cz", "j.novotna@vltavska-stavebni.cz"]), "cs", CS_DANIELSMID),
    (event("İş görüşmesi – Satın Alma Uzmanı | Anadolu Kablo A.Ş.",
           organizer=org("ik@anadolukablo.com.tr", "Anadolu Kablo İnsan Kaynakları"),
           guests=[guest("ik@anadolukablo.com.tr", "Anadolu Kablo İnsan Kaynakları"),
                   guest("selin.aydin@anadolukablo.com.tr", "Selin Aydın")],
           description="Merhaba Pat, mülakatınız Satın Alma Müdürü Selin Aydın ile yapılacaktır. Kimlik, diploma "
                       "fotokopisi ve özgeçmişinizi getiriniz.",
           location="Anadolu Kablo A.Ş., Gebze OSB, Kocaeli",
           **at("2027-01-29", "10:00", 60, *IST)),
     yes(["Anadolu Kablo", "Anadolu Kablo A.Ş.", "Anadolukablo"],
         ["ik@anadolukablo.com.tr", "selin.aydin@anadolukablo.com.tr"]), "tr", TR_SKILLENHANCE),
    (event("İş görüşmesi eğitimi (online, 3 saat)", organizer=org("egitim@skillenhance.in", "SkillEnhance"),
           description="Mülakata nasıl hazırlanılır: zihinsel hazırlık, sık sorulan sorular, beden dili.",
           **at("2027-01-16", "10:00", 180, *IST)),
     None, "tr", TR_SKILLENHANCE),
    # ============================================================ Polish, Swedish, Romanian
    (event("Rozmowa rekrutacyjna – Specjalista ds. Płac | Wisła Logistics Sp. z o.o.",
           organizer=org("rekrutacja@wislalogistics.pl", "Rekrutacja Wisła Logistics"),
           guests=[guest("rekrutacja@wislalogistics.pl", "Rekrutacja Wisła Logistics"),
                   guest("m.zielinska@wislalogistics.pl", "Magdalena Zielińska")],
           description="Dzień dobry, zapraszamy na rozmowę kwalifikacyjną na stanowisko Specjalisty ds. Płac. "
                       "Rozmowę poprowadzi Magdalena Zielińska (Kierownik Działu Kadr). Prosimy o zabranie dowodu "
                       "osobistego. Spotkanie potrwa ok. 45 minut.",
           location="Wisła Logistics, ul. Przemysłowa 14, 87-100 Toruń",
           **at("2027-01-19", "10:00", 45, *WAW)),
     yes(["Wisła Logistics", "Wisła Logistics Sp. z o.o.", "Wisla Logistics", "Wislalogistics"],
         ["rekrutacja@wislalogistics.pl", "m.zielinska@wislalogistics.pl"]), "pl", PL_HRAPPKA),
    (event("Rozmowa techniczna (online) – Mid React Developer",
           organizer=org("k.nowak@devgarden.pl", "Kamil Nowak"),
           guests=[guest("k.nowak@devgarden.pl", "Kamil Nowak"), guest("a.wojcik@devgarden.pl", "Anna Wójcik")],
           description="Cześć Pat! Drugi etap: rozmowa techniczna z Anną (Tech Lead) – React + TypeScript + AWS. "
                       "Praca hybrydowa, widełki jak w ogłoszeniu. Link do Google Meet poniżej.\n"
                       "https://meet.google.com/pzq-wmho-rka",
           **at("2027-01-26", "16:00", 60, *WAW)),
     yes(["Devgarden", "DevGarden", "Dev Garden"], ["k.nowak@devgarden.pl", "a.wojcik@devgarden.pl"]),
     "pl", PL_DOTLINKERS),
    (event("Zaplanować rozmowy z kandydatami na magazyniera (3 osoby) – kalendarz rekrutacji", organizer=SELF,
           description="Jestem rekruterem. Wysłać zaproszenia z szablonu etapu, sprawdzić RODO.",
           **at("2027-01-13", "08:00", 30, *WAW)),
     None, "pl", PL_HRAPPKA),
    (event("Intervju – Ekonomiassistent | Norrsken Fastigheter AB",
           organizer=org("jobb@norrskenfastigheter.se", "Norrsken Fastigheter Rekrytering"),
           guests=[guest("jobb@norrskenfastigheter.se", "Norrsken Fastigheter Rekrytering"),
                   guest("elin.holm@norrskenfastigheter.se", "Elin Holm")],
           description="Hej Pat! Tack för att du bokade en tid via vår länk. Du träffar Elin Holm, ekonomichef. "
                       "Intervjun sker på Teams, länken finns i bokningsbekräftelsen.",
           **at("2027-01-20", "13:30", 45, *STO)),
     yes(["Norrsken Fastigheter", "Norrsken Fastigheter AB", "Norrsken", "Norrskenfastigheter"],
         ["jobb@norrskenfastigheter.se", "elin.holm@norrskenfastigheter.se"]), "sv", SV_JOBYLON),
    (event("Gruppintervju – Butikssäljare helg | Kvarnby Bokhandel",
           organizer=org("butik@kvarnbybokhandel.se", "Kvarnby Bokhandel"),
           guestsCanSeeOtherGuests=False,
           description="Välkommen till gruppintervju! Vi är fem sökande och två från butiken: Johan Ek "
                       "(butikschef) och Mira Sandberg. Ca 60 minuter.",
           location="Kvarnby Bokhandel, Storgatan 8, Malmö",
           **at("2027-01-23", "10:00", 60, *STO)),
     yes(["Kvarnby Bokhandel", "Kvarnby", "Kvarnbybokhandel"], ["butik@kvarnbybokhandel.se", "Johan Ek", "Mira Sandberg"]),
     "sv", SV_HAPPYR),
    (event("Referenstagning via Refapp: svara om Sara Lind (jag är referens)",
           organizer=org("no-reply@refapp.se", "Refapp"),
           description="Sara Lind har angett dig som referens. Besvara frågorna via länken i sms:et.",
           **at("2027-01-27", "12:00", 15, *STO)),
     None, "sv", SV_REFAPP),
    (event("Interviu tehnic – Java Developer | Carpați Soft SRL",
           organizer=org("hr@carpatisoft.ro", "HR Carpați Soft"),
           guests=[guest("hr@carpatisoft.ro", "HR Carpați Soft"), guest("andrei.pop@carpatisoft.ro", "Andrei Pop")],
           description="Bună ziua, vă confirmăm interviul tehnic cu Andrei Pop (Team Lead). Vom discuta proiectele "
                       "dumneavoastră și un scurt test practic. Durata: 60 de minute.",
           location="Carpați Soft, Str. Memorandumului 28, Cluj-Napoca",
           **at("2027-01-21", "11:00", 60, *BUH)),
     yes(["Carpați Soft", "Carpați Soft SRL", "Carpati Soft", "Carpatisoft"],
         ["hr@carpatisoft.ro", "andrei.pop@carpatisoft.ro"]), "ro", RO_BRAINS),
    (event("Discuție finală cu managerul de departament – Carpați Soft",
           organizer=org("hr@carpatisoft.ro", "HR Carpați Soft"),
           guests=[guest("hr@carpatisoft.ro", "HR Carpați Soft"),
                   guest("ioana.marin@carpatisoft.ro", "Ioana Marin")],
           description="Etapa 3: discuția cu Ioana Marin (Engineering Manager) despre integrarea în echipă și oferta.",
           **at("2027-02-01", "15:00", 45, *BUH)),
     yes(["Carpați Soft", "Carpați Soft SRL", "Carpati Soft", "Carpatisoft"],
         ["hr@carpatisoft.ro", "ioana.marin@carpatisoft.ro"]), "ro", RO_BRAINS),
    # ============================================================ Greek, Hungarian, Vietnamese, Danish
    (event("Συνέντευξη – Λογιστής/Λογίστρια | Αιγαίον Ναυτιλιακή Α.Ε.",
           organizer=org("hr@aegeon-shipping.gr", "Τμήμα Ανθρώπινου Δυναμικού"),
           guests=[guest("hr@aegeon-shipping.gr", "Τμήμα Ανθρώπινου Δυναμικού"),
                   guest("n.papadaki@aegeon-shipping.gr", "Νίκη Παπαδάκη")],
           description="Καλησπέρα σας, όπως συζητήσαμε τηλεφωνικά, η συνέντευξη θα γίνει με την κα Νίκη Παπαδάκη, "
                       "Οικονομική Διευθύντρια. Διάρκεια περίπου 45 λεπτά. Παρακαλούμε φέρτε αντίγραφο του "
                       "βιογραφικού σας.",
           location="Αιγαίον Ναυτιλιακή Α.Ε., Ακτή Μιαούλη 47, Πειραιάς",
           **at("2027-01-28", "11:00", 45, *ATH)),
     yes(["Αιγαίον Ναυτιλιακή", "Αιγαίον Ναυτιλιακή Α.Ε.", "Aegeon Shipping", "Aegeon-Shipping"],
         ["hr@aegeon-shipping.gr", "n.papadaki@aegeon-shipping.gr"]), "el", EL_KARIERA),
    (event("Συμβουλευτική συνάντηση – προετοιμασία συνέντευξης (Γραφείο Διασύνδεσης)",
           organizer=org("career@polytechnio-kritis.gr", "Γραφείο Διασύνδεσης"),
           description="Ατομική συνάντηση με σύμβουλο σταδιοδρομίας: βιογραφικό και προσομοίωση συνέντευξης.",
           **at("2027-01-25", "12:00", 45, *ATH)),
     None, "el", EL_TUC),
    (event("Állásinterjú – pénzügyi elemző | Duna Kapu Zrt.",
           organizer=org("toborzas@dunakapu.hu", "Duna Kapu Toborzás"),
           guests=[guest("toborzas@dunakapu.hu", "Duna Kapu Toborzás"),
                   guest("kovacs.eszter@dunakapu.hu", "Kovács Eszter"),
                   guest("nagy.peter@dunakapu.hu", "Nagy Péter")],
           description="Kedves Pat! Az interjún Kovács Eszter (pénzügyi igazgató) és Nagy Péter (HR) vesz részt. "
                       "Kérjük, hozza magával a diplomája másolatát. Az interjú után rövid gyakorlati feladat "
                       "következik.",
           location="Duna Kapu Zrt., Váci út 45, Budapest",
           **at("2027-02-03", "09:30", 90, *BUD)),
     yes(["Duna Kapu Zrt.", "Duna Kapu", "Dunakapu"],
         ["toborzas@dunakapu.hu", "kovacs.eszter@dunakapu.hu", "nagy.peter@dunakapu.hu"]), "hu", HU_TANULMANYOK),
    (event("Thư mời phỏng vấn – Nhân viên Kế toán | Công ty TNHH Sao Mai Việt",
           organizer=org("tuyendung@saomaiviet.vn", "Phòng Nhân sự Sao Mai Việt"),
           guests=[guest("tuyendung@saomaiviet.vn", "Phòng Nhân sự Sao Mai Việt")],
           description="Chào bạn, Công ty TNHH Sao Mai Việt trân trọng mời bạn tham dự buổi phỏng vấn. Người phỏng "
                       "vấn: chị Nguyễn Thu Hà, Kế toán trưởng. Vui lòng mang theo thư mời này và CMND/CCCD.",
           location="Công ty TNHH Sao Mai Việt, 25 Nguyễn Thị Minh Khai, Quận 1, TP.HCM",
           **at("2027-01-29", "09:00", 60, *HCM)),
     yes(["Sao Mai Việt", "Công ty TNHH Sao Mai Việt", "Sao Mai Viet", "Saomaiviet"],
         ["tuyendung@saomaiviet.vn", "Nguyễn Thu Hà"]), "vi", VI_GIAIPHAP),
    (event("Gửi email xin dời lịch phỏng vấn (Sao Mai Việt)", organizer=SELF,
           description="Xin lỗi, nêu lý do ngắn gọn, đề xuất hai khung giờ khác.",
           **at("2027-01-27", "08:00", 15, *HCM)),
     None, "vi", VI_TIENPHONG),
    (event("Jobsamtale – afdelingslæge, Medicinsk Klinik Nordhavn",
           organizer=org("hr@klinik-nordhavn.dk", "HR Klinik Nordhavn"),
           guestsCanSeeOtherGuests=False,
           description="Du er indkaldt til samtale med ansættelsesudvalget: klinikchef Mette Dahl, en overlæge og en "
                       "tillidsrepræsentant. Samtalen varer ca. 60 minutter. Bekræft venligst din deltagelse.",
           location="Klinik Nordhavn, Strandvejen 102, København Ø",
           **at("2027-02-04", "14:00", 60, *CPH)),
     yes(["Klinik Nordhavn", "Medicinsk Klinik Nordhavn", "Klinik-Nordhavn"], ["hr@klinik-nordhavn.dk", "Mette Dahl"]),
     "da", DA_LAEGER),
    (event("Afholde jobsamtaler – 3 kandidater til lagerstillingen (jeg interviewer)", organizer=SELF,
           description="Indkald skriftligt, book mødelokale, orienter receptionen, send afslag løbende.",
           **at("2027-02-09", "13:00", 180, *CPH)),
     None, "da", DA_CVFORUM),
]

_ids = [case[0]["id"] for case in INTL6]
assert len(_ids) == len(set(_ids)), "two cases share an id"
