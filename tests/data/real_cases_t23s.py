"""A check set for events that are not the user's own hiring step (issue #15, round 23).

Written and labelled by hand in round 23, before the code ran on it and before the side rules
changed; scored once on round 23's starting code (r23start), then after the change
(docs/detection.md, "The decision in round 23: the user leading the interview, recruitment
software demos, proficiency for a post, rooms called workshop"). Tuning data from the start
(round "tune-23-check-s").

Aimed at classes, not at cases, each with both sides: (a) the user's own seat as the one who
leads, runs, hosts or moderates an interview ("I'm leading the case interview", "Je mène
l'entretien", "Ich führe das Gespräch", "Dirijo la entrevista", "Я веду собеседование"), against
a candidate's invitation where someone else leads it, or where the candidate leads the *case*
(a candidate-led case interview); (b) demos of recruitment software, an applicant tracking
system or an interview platform, in English, Persian, Arabic, Russian and Spanish, against the
job interview of a salesperson or engineer at such a vendor that includes a demo; (c) a
proficiency interview that rates the user's own skill (a licence renewal, a teaching licence),
against one that is a step of a trainee or a job's selection (an air-traffic-control trainee
intake, a cadet pilot programme, a bilingual officer post); (d) a workshop about interviews,
against an interview held in a room or venue called "Workshop".

Each case cites the public page its wording or process was paraphrased from (found with the
project's search tool, pages corpus; no host is cited by an earlier file in tests/data, checked
with a grep over tests/data/*.py for each host before use). Names, companies and addresses are
invented; the wording is paraphrased. Labels follow ``real_cases_b15.py``'s docstring: ``None``
unless the event is a job interview or hiring step the calendar's owner attends as the
candidate; else the accepted company spellings and exactly the people a thank-you goes to.
Decisions where earlier files were silent:
- the user leading, running, hosting or moderating the interview is the hiring side, no; a
  candidate "leading the case" in a candidate-led case interview is the candidate, yes;
- a demo of recruitment software to a buyer is no (a sales meeting); a candidate's job interview
  at the vendor that includes a demo is yes;
- a proficiency interview that is a named stage of a trainee intake or a job's selection is yes;
  one that renews or certifies the user's own licence or rating is no (round 22's rule).
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, org, yes

NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
LON = ("+00:00", "Europe/London")
PAR = ("+01:00", "Europe/Paris")
BER = ("+01:00", "Europe/Berlin")
ZRH = ("+01:00", "Europe/Zurich")
MAD = ("+01:00", "Europe/Madrid")
MOW = ("+03:00", "Europe/Moscow")
RUH = ("+03:00", "Asia/Riyadh")
THR = ("+03:30", "Asia/Tehran")
MEX = ("-06:00", "America/Mexico_City")
BOG = ("-05:00", "America/Bogota")

# Sources (found with the project's search tool, pages corpus; no host cited by an earlier file).
PREPLOUNGE = "https://www.preplounge.com/en/case-interview-basics/case-leadership"
CASECOACH = "https://casecoach.com/b/how-to-become-a-great-case-interviewer/"
MCONSULTED = ("https://managementconsulted.com/advanced-case-tactics-interviewer-led-vs-interviewee-"
              "led-case-interviews/")
GENILEM = "https://ressources.genilem.ch/ressource/mener-un-entretien-de-recrutement/"
PLACE_EMPLOI = ("https://place-emploi-public.gouv.fr/espace-recruteurs/conseils-recruteurs/mener-un-"
                "entretien-de-recrutement/")
JOBS_DE = "https://blog.jobs.de/blog/das-erste-vorstellungsgespraech-fuehren?hs_amp=true"
WEKA = ("https://weka.ch/themen/personal/personalplanung-und-rekrutierung/vorstellungsgespraech/article/"
        "vorstellungsgespraech-professionelle-vorbereitung-und-fuehrung")
HUMANIZARTE = "https://www.humanizarteconsultores.com/?p=4020"
SPAINBS = "https://blog.spainbs.com/2019/04/560/entrevista-de-trabajo-como-debe-prepararla-el-entrevistador"
RU_GUIDE = "https://xn--80aalwjbieb2o.xn--p1ai/blog/stati/job-interview"
VC_RU = "https://vc.ru/hr/2072077-kak-provodit-intervyu-sovety-dlya-novichkov-v-rekrutmente"
COMPLYGATE = "https://complygate.co.uk/hr-terminology/applicant-tracking-system"
SEGTECH = "http://segtechnocrats.com/products-ats.html"
SOFTY = "https://www.softy.es/como-funciona-un-ats/"
FACTORIAL = "https://factorial.mx/blog/software-reclutamiento-guia"
IDTALENTO = "https://idtalento.com/software-ats-2"
OPENHR = "https://www.openhr.cloud/blog/ats"
POTOK = ("https://potok.io/blog/hr-howto/kak-integrirovat-sistemu-podbora-personala-v-it-landshaft-"
         "krupnogo-holdinga-api-bezopasnost-masshtabirovanie-na-desyatki-yurlicz")
TAKPROSTO = "https://takprosto.ai/blog/kak-sozdat-veb-prilozhenie-dlya-hr-voronka-naima-i-intervyu"
JISR = "https://hrglossary.jisr.net/applicants-tracking-system"
MINTHR = "https://minthr.com/ar/glossary/نظام-تتبع-المتقدمين-ats"
KICKCAREER = ("https://kickcareer.com/ats-%D9%86%D8%B8%D8%A7%D9%85-%D8%AA%D8%AA%D8%A8%D8%B9-%D9%85%D9%82"
              "%D8%AF%D9%85%D9%8A-%D8%B7%D9%84%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D9%88%D8%B8%D9%8A%D9%81")
TAMASCO = "https://tamasco.ir/%da%86%d8%b1%d8%ae%d9%87-%da%a9%d8%a7%d9%85%d9%84-%d8%a7%d8%b3%d8%aa%d8%ae%d8%af%d8%a7%d9%85-%d9%88-%d8%ac%d8%b0%d8%a8-%d9%86%db%8c%d8%b1%d9%88"
AGAHI = "https://agahi.city/blog/recruiting-and-hiring-process/"
AVIATION_OPI = ("https://1library.net/article/case-studies-aviation-language-testing-proficiency-interview-"
                "testing.ynn1jdky")
TELLCAP = "https://tellcap.ru/index.php/ru/demo/for-pilots"
THESAINT = "http://www.thesaint.scot/2015/04/career-centre-hosts-interview-skills-session/"
HEARTOFHOVE = "https://theheartofhove.co.uk/t-cs"

TUNE23_CHECK_S: list[Case] = [
    # ====================================== (a) the user leads, runs, hosts or moderates the interview
    # casecoach: the interviewer chooses the case and delivers it; the user leads the interview
    (event("I'm leading the case interview – Associate, round 1 (Tomás Ferreira)",
           organizer=SELF,
           description="Use the airline pricing case. Scorecard due same day.",
           id="t23s-01", **at("2028-11-06", "10:00", 45, *NY)),
     None, "en", CASECOACH),
    # managementconsulted: in an interviewer-led case, the interviewer walks the candidate through
    (event("Hosting the final-round interview – Product Designer",
           organizer=SELF,
           description="I run the portfolio review; Dee joins for the last 15 minutes.",
           id="t23s-02", **at("2028-11-06", "14:00", 60, *CHI)),
     None, "en", MCONSULTED),
    # casecoach: the interviewer moderates a panel of colleagues
    (event("I'm moderating the panel interview – Operations Manager",
           organizer=SELF,
           description="Three panellists; I keep time and open with the intro.",
           id="t23s-03", **at("2028-11-07", "09:00", 60, *LON)),
     None, "en", CASECOACH),
    # genilem: "Menez l'entretien": the recruiter leads it (French)
    (event("Je mène l'entretien – Chargée de communication (2e tour)",
           organizer=SELF,
           description="Relire le CV avant. Grille d'évaluation à remplir.",
           id="t23s-04", **at("2028-11-07", "11:00", 45, *ZRH)),
     None, "fr", GENILEM),
    # place-emploi-public: the recruiting manager conducts the interview (French, "je conduis")
    (event("Entretien de recrutement : je conduis l'entretien, Mme Roux prend les notes",
           organizer=SELF,
           description="Poste d'adjoint administratif. Salle 204.",
           id="t23s-05", **at("2028-11-08", "14:30", 45, *PAR)),
     None, "fr", PLACE_EMPLOI),
    # jobs.de: everyone must know who leads the conversation; the user does (German)
    (event("Ich führe das Gespräch: Bewerberin Sachbearbeitung Buchhaltung",
           organizer=SELF,
           description="Protokoll: Herr Brandt. Raum vorher lüften.",
           id="t23s-06", **at("2028-11-08", "10:00", 60, *BER)),
     None, "de", JOBS_DE),
    # weka: a first talk led by HR, a second by the line manager; the user's own entry says so
    (event("Vorstellungsgespräch Frau Yilmaz (Projektassistenz)",
           organizer=SELF,
           description="Ich leite das Gespräch, Herr Keller protokolliert. Fragenkatalog Teil B.",
           id="t23s-07", **at("2028-11-09", "13:00", 60, *ZRH)),
     None, "de", WEKA),
    # humanizarte: how to run an interview as the interviewer (Spanish)
    (event("Dirijo la entrevista – candidato a técnico de soporte",
           organizer=SELF,
           description="Preguntas por competencias. Llevar la guía.",
           id="t23s-08", **at("2028-11-09", "16:00", 45, *MAD)),
     None, "es", HUMANIZARTE),
    # ru guide: how to conduct an interview; the user leads it (Russian)
    (event("Я веду собеседование – кандидат на позицию аналитика",
           organizer=SELF,
           description="Подготовить вопросы по SQL. Обратная связь в тот же день.",
           id="t23s-09", **at("2028-11-10", "12:00", 60, *MOW)),
     None, "ru", RU_GUIDE),
    # vc.ru: interviews for newcomers in recruiting; the user hosts a screening (Russian)
    (event("Провожу интервью: кандидат в поддержку, первый этап",
           organizer=SELF,
           description="Скрининг 20 минут по чек-листу.",
           id="t23s-10", **at("2028-11-10", "15:00", 30, *MOW)),
     None, "ru", VC_RU),
    # ---- the same words on the candidate's side
    # preplounge: in a candidate-led case interview the candidate leads the case
    (event("Candidate-led case interview – you lead the case (Associate)",
           organizer=org("recruiting@harlowfinch-example.com", "Harlow & Finch Recruiting"),
           description="Hi Sam, Tom Reyes (Principal) will present the case; you will lead the structure "
                       "and the analysis. 45 minutes, video.",
           id="t23s-11", **at("2028-11-06", "11:00", 45, *NY)),
     yes(["Harlow & Finch", "Harlow and Finch"], ["recruiting@harlowfinch-example.com"]), "en", PREPLOUNGE),
    # managementconsulted: an interviewer-led case, led by the firm's partner
    (event("Final interview – Consultant (case led by Ana Brooks, Partner)",
           organizer=org("careers@brookline-advisory-example.com", "Brookline Advisory Careers"),
           description="Interviewer-led case followed by a fit conversation.",
           id="t23s-12", **at("2028-11-07", "15:00", 60, *CHI)),
     yes(["Brookline Advisory"], ["careers@brookline-advisory-example.com"]), "en", MCONSULTED),
    # genilem: the recruiter leads the interview; the invitation tells the candidate (French)
    (event("Entretien de recrutement – Consultant junior (mené par Mme Favre, associée)",
           organizer=org("rh@favre-conseil-exemple.ch", "Favre Conseil RH"),
           description="Bonjour, l'entretien sera mené par Mme Favre. Vous présenterez une courte étude "
                       "de cas.",
           id="t23s-13", **at("2028-11-08", "09:30", 60, *ZRH)),
     yes(["Favre Conseil"], ["rh@favre-conseil-exemple.ch"]), "fr", GENILEM),
    # jobs.de: the invitation names who leads the talk (German)
    (event("Vorstellungsgespräch – Herr Brandt führt das Gespräch (Sachbearbeiter/in Buchhaltung)",
           organizer=org("personal@brandt-logistik-beispiel.de", "Brandt Logistik Personal"),
           description="Bitte bringen Sie Ihre Zeugnisse mit. Dauer etwa 45 Minuten.",
           id="t23s-14", **at("2028-11-09", "10:00", 45, *BER)),
     yes(["Brandt Logistik"], ["personal@brandt-logistik-beispiel.de"]), "de", JOBS_DE),
    # spainbs: two interviews, one led by HR and one by the future supervisor (Spanish)
    (event("Entrevista de trabajo – Técnico de soporte (la dirige Marta Gil, supervisora)",
           organizer=org("seleccion@soportenova-ejemplo.es", "Soportenova Selección"),
           description="Segunda entrevista, dirigida por la futura supervisora. Unos 40 minutos.",
           id="t23s-15", **at("2028-11-10", "11:00", 40, *MAD)),
     yes(["Soportenova"], ["seleccion@soportenova-ejemplo.es"]), "es", SPAINBS),
    # ru guide: the interview is led by the head of the department (Russian)
    (event("Собеседование – аналитик данных (ведёт руководитель отдела Ирина Котова)",
           organizer=org("hr@datapoint-primer.ru", "ДатаПоинт, HR"),
           description="Здравствуйте! Собеседование проведёт руководитель отдела. Около часа.",
           id="t23s-16", **at("2028-11-11", "14:00", 60, *MOW)),
     yes(["ДатаПоинт", "DataPoint"], ["hr@datapoint-primer.ru"]), "ru", RU_GUIDE),
    # ====================================== (b) demos of recruitment software
    # complygate: an ATS manages the hiring process; a vendor demos one to the user's HR team
    (event("Demo: applicant tracking system (Greenline ATS) – product walkthrough",
           organizer=org("sales@greenline-ats-example.com", "Greenline ATS Sales"),
           description="We'll show job posting, candidate pipeline and interview scheduling. 30 min.",
           id="t23s-17", **at("2028-11-13", "10:00", 30, *NY)),
     None, "en", COMPLYGATE),
    # segtechnocrats: an ATS product page; the user compares recruiting software vendors
    (event("Recruitment software demo – TalentDesk",
           organizer=SELF,
           description="Comparing ATS vendors for our HR team; ask about pricing per seat.",
           id="t23s-18", **at("2028-11-13", "14:00", 45, *CHI)),
     None, "en", SEGTECH),
    # softy: an ATS with video interviews built in; the vendor demos the interview platform
    (event("Interview platform demo (video interviewing) – HireLens",
           organizer=org("demo@hirelens-example.io", "HireLens"),
           description="Live demo of one-way video interviews and scorecards for your recruiters.",
           id="t23s-19", **at("2028-11-14", "16:00", 30, *LON)),
     None, "en", SOFTY),
    # tamasco: recruiting tools for HR teams; a Persian vendor's demo of its hiring software
    (event("دموی نرم‌افزار جذب و استخدام – شرکت رایان‌افزار",
           organizer=org("sales@rayanafzar-nemoone.ir", "فروش رایان‌افزار"),
           description="نمایش ماژول ثبت آگهی، غربالگری رزومه و زمان‌بندی مصاحبه برای تیم منابع انسانی.",
           id="t23s-20", **at("2028-11-15", "10:00", 45, *THR)),
     None, "fa", TAMASCO),
    # agahi: the hiring process step by step; the user's own entry for a system presentation
    (event("جلسه نمایش سامانه استخدام (ATS) – ارائه فروشنده",
           organizer=SELF,
           description="مقایسه با دو سامانه دیگر؛ قیمت و پشتیبانی بپرسم.",
           id="t23s-21", **at("2028-11-15", "14:00", 60, *THR)),
     None, "fa", AGAHI),
    # jisr: an applicant tracking system explained; a vendor's demo (Arabic)
    (event("عرض توضيحي لنظام تتبع المتقدمين (ATS) – منصة توظيف",
           organizer=org("sales@tawzeef-platform-example.sa", "منصة توظيف – المبيعات"),
           description="عرض مباشر لخصائص فرز السير الذاتية وجدولة المقابلات لفريق الموارد البشرية.",
           id="t23s-22", **at("2028-11-16", "11:00", 45, *RUH)),
     None, "ar", JISR),
    # minthr: the same, a demo the user books (Arabic, "ديمو")
    (event("ديمو برنامج التوظيف – شركة مواهب",
           organizer=SELF,
           description="مقارنة العروض قبل نهاية الربع.",
           id="t23s-23", **at("2028-11-16", "15:00", 30, *RUH)),
     None, "ar", MINTHR),
    # potok: a recruiting system in a holding's IT landscape; its vendor demos it (Russian)
    (event("Демо ATS-системы для рекрутинга – «Поток Найма»",
           organizer=org("sales@potok-naima-primer.ru", "Поток Найма, продажи"),
           description="Покажем воронку кандидатов, интеграции и отчёты для ваших рекрутеров.",
           id="t23s-24", **at("2028-11-17", "11:00", 45, *MOW)),
     None, "ru", POTOK),
    # takprosto: an HR web app with a hiring funnel and interviews (Russian)
    (event("Демонстрация платформы для видеоинтервью",
           organizer=SELF,
           description="Вендор покажет запись интервью и оценку кандидатов. Решение до конца месяца.",
           id="t23s-25", **at("2028-11-17", "16:00", 30, *MOW)),
     None, "ru", TAKPROSTO),
    # factorial: recruitment software explained; a vendor demo (Spanish)
    (event("Demo del software de reclutamiento (ATS) – TalentPro",
           organizer=org("ventas@talentpro-ejemplo.mx", "TalentPro Ventas"),
           description="Le mostraremos publicación de vacantes, filtros y agenda de entrevistas.",
           id="t23s-26", **at("2028-11-20", "10:00", 45, *MEX)),
     None, "es", FACTORIAL),
    # openhr: choosing an ATS; the user's own entry for an interview-platform demonstration
    (event("Demostración plataforma de entrevistas por vídeo – proveedor",
           organizer=SELF,
           description="Ver si integra con nuestro ATS actual.",
           id="t23s-27", **at("2028-11-20", "15:00", 30, *MAD)),
     None, "es", OPENHR),
    # ---- the same words on the candidate's side
    # segtechnocrats: an ATS vendor hires a salesperson who demos the product in the interview
    (event("Interview – Account Executive, Greenline ATS (incl. 20-min demo presentation)",
           organizer=org("recruiting@greenline-ats-example.com", "Greenline ATS Recruiting"),
           description="Hi Sam, you'll present a short demo of our applicant tracking product to Lena "
                       "Ortiz (VP Sales), then Q&A.",
           id="t23s-28", **at("2028-11-13", "13:00", 60, *NY)),
     yes(["Greenline ATS", "Greenline"], ["recruiting@greenline-ats-example.com"]), "en", SEGTECH),
    # complygate: a recruiting-software company's solutions engineer interview with a demo round
    (event("Solutions Engineer interview – product demo round (recruiting software)",
           organizer=org("talent@hirewell-suite-example.com", "HireWell Suite Talent"),
           description="Demo our ATS to a mock customer panel. Final stage of the process.",
           id="t23s-29", **at("2028-11-14", "11:00", 60, *CHI)),
     yes(["HireWell Suite", "HireWell"], ["talent@hirewell-suite-example.com"]), "en", COMPLYGATE),
    # agahi: a job interview at a Persian hiring-software vendor, with a demo (Persian)
    (event("مصاحبه شغلی – کارشناس فروش نرم‌افزار استخدام (ارائه دمو)",
           organizer=org("jobs@rayanafzar-nemoone.ir", "منابع انسانی رایان‌افزار"),
           description="لطفاً یک دموی ۱۰ دقیقه‌ای از محصول برای مدیر فروش آماده کنید.",
           id="t23s-30", **at("2028-11-15", "11:30", 60, *THR)),
     yes(["رایان‌افزار"], ["jobs@rayanafzar-nemoone.ir"]), "fa", AGAHI),
    # kickcareer: the ATS explained; a job interview at a vendor (Arabic)
    (event("مقابلة عمل – مندوب مبيعات نظام توظيف (مع عرض توضيحي)",
           organizer=org("hr@tawzeef-platform-example.sa", "منصة توظيف – الموارد البشرية"),
           description="المقابلة مع مدير المبيعات، وستقدم عرضاً توضيحياً قصيراً للنظام.",
           id="t23s-31", **at("2028-11-16", "13:00", 60, *RUH)),
     yes(["منصة توظيف"], ["hr@tawzeef-platform-example.sa"]), "ar", KICKCAREER),
    # potok: a sales job at an ATS vendor, the demo as the task (Russian)
    (event("Собеседование: менеджер по продажам ATS (демо продукта как задание)",
           organizer=org("hr@potok-naima-primer.ru", "Поток Найма, HR"),
           description="Финальный этап: демо на 15 минут руководителю продаж.",
           id="t23s-32", **at("2028-11-18", "12:00", 60, *MOW)),
     yes(["Поток Найма"], ["hr@potok-naima-primer.ru"]), "ru", POTOK),
    # idtalento: an ATS implementation consultant's interview with a demo (Spanish)
    (event("Entrevista – Consultor de implementación ATS (incluye demo del producto)",
           organizer=org("talento@idsoft-ejemplo.co", "IDSoft Talento"),
           description="Entrevista con la gerente de proyectos y demo de 15 minutos.",
           id="t23s-33", **at("2028-11-21", "09:00", 60, *BOG)),
     yes(["IDSoft"], ["talento@idsoft-ejemplo.co"]), "es", IDTALENTO),
    # ====================================== (c) proficiency: the user's own rating vs a post's step
    # 1library (aviation language testing): the OPI rates a controller's English for the licence
    (event("ICAO English proficiency interview – Level 4 renewal",
           organizer=SELF,
           description="Licence endorsement expires in March. Bring ID and licence.",
           id="t23s-34", **at("2028-11-22", "09:00", 45, *LON)),
     None, "en", AVIATION_OPI),
    # tellcap: an ICAO English test for pilots (interview and role-play), for the user's licence
    (event("English language proficiency interview (ELP) – pilot licence endorsement",
           organizer=org("tests@aero-english-example.com", "AeroEnglish Testing"),
           description="Interview, radiotelephony role-play, picture description. 30 minutes.",
           id="t23s-35", **at("2028-11-22", "14:00", 30, *LON)),
     None, "en", TELLCAP),
    # 1library: an oral proficiency rating for the user's teaching licence
    (event("Oral proficiency interview – Spanish, teaching licence (need Advanced Low)",
           organizer=SELF,
           description="Phone OPI with a certified tester. Score goes to the state board.",
           id="t23s-36", **at("2028-11-23", "10:00", 30, *CHI)),
     None, "en", AVIATION_OPI),
    # ---- the same words as a step of a post's selection
    # 1library: controllers' language testing; an ANSP's trainee intake includes the interview
    (event("English language proficiency interview – Trainee Air Traffic Controller intake",
           organizer=org("recruitment@skyways-ansp-example.co.uk", "Skyways ANSP Recruitment"),
           description="Stage 3 of the trainee selection. Successful candidates go on to the "
                       "competency interview.",
           id="t23s-37", **at("2028-11-23", "13:00", 40, *LON)),
     yes(["Skyways ANSP", "Skyways"], ["recruitment@skyways-ansp-example.co.uk"]), "en", AVIATION_OPI),
    # tellcap: an airline's cadet programme tests the applicants' English by interview
    (event("Language proficiency interview – Cadet Pilot Programme, stage 2",
           organizer=org("cadets@northwind-air-example.com", "Northwind Air Cadet Recruitment"),
           description="30-minute interview with an assessor. Stage 3 is the simulator.",
           id="t23s-38", **at("2028-11-24", "10:00", 30, *LON)),
     yes(["Northwind Air", "Northwind"], ["cadets@northwind-air-example.com"]), "en", TELLCAP),
    # 1library: the OPI scale used by employers; a police service hires a bilingual officer
    (event("Oral proficiency interview (French) – Bilingual Police Constable recruitment",
           organizer=org("recruiting@lakeshore-police-example.ca", "Lakeshore Police Recruiting"),
           description="Part of the selection for the bilingual designated post. 25 minutes.",
           id="t23s-39", **at("2028-11-24", "15:00", 30, *NY)),
     yes(["Lakeshore Police", "Lakeshore Police Service"], ["recruiting@lakeshore-police-example.ca"]),
     "en", AVIATION_OPI),
    # ====================================== (d) workshops about interviews vs rooms called workshop
    # thesaint: a careers centre's interview skills session
    (event("Interview skills workshop – Careers Centre",
           organizer=org("careers@standrews-uni-example.ac.uk", "Careers Centre"),
           description="How to prepare, rapport building, typical questions. Book a place online.",
           id="t23s-40", **at("2028-11-27", "16:00", 60, *LON)),
     None, "en", THESAINT),
    # thesaint: the same session in the user's own entry
    (event("Workshop: acing the panel interview",
           organizer=SELF,
           description="Careers adviser session, room 1.07.",
           id="t23s-41", **at("2028-11-28", "13:00", 60, *LON)),
     None, "en", THESAINT),
    # heartofhove: meeting rooms hired by the hour; an employer interviews in its "Board Room Workshop"
    (event("Interview – Operations Coordinator (Board Room Workshop, 2nd floor)",
           organizer=org("hr@kestrel-events-example.co.uk", "Kestrel Events HR"),
           description="You'll meet Jo Pym (Ops Lead). Sign in at reception.",
           id="t23s-42", **at("2028-11-27", "10:00", 45, *LON)),
     yes(["Kestrel Events"], ["hr@kestrel-events-example.co.uk"]), "en", HEARTOFHOVE),
    # heartofhove: a hired room named workshop as the location
    (event("Second interview – Junior Designer",
           organizer=org("studio@marrow-design-example.co.uk", "Marrow Design Studio"),
           description="Bring your portfolio. 45 minutes with the creative director.",
           location="The Workshop Room, Canal Street Studios, Brighton",
           id="t23s-43", **at("2028-11-28", "11:00", 45, *LON)),
     yes(["Marrow Design", "Marrow Design Studio"], ["studio@marrow-design-example.co.uk"]), "en", HEARTOFHOVE),
    # heartofhove: a numbered workshop room at a hub
    (event("Panel interview – Project Officer @ Workshop 3, Innovation Hub",
           organizer=org("jobs@greenway-trust-example.org.uk", "Greenway Trust Recruitment"),
           description="Panel of three; a 10-minute presentation first.",
           id="t23s-44", **at("2028-11-29", "14:00", 60, *LON)),
     yes(["Greenway Trust"], ["jobs@greenway-trust-example.org.uk"]), "en", HEARTOFHOVE),
]
