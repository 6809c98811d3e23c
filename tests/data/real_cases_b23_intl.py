"""Blind batch 23 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b23.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: ``zat``,
which places a slot in a named IANA zone and takes the UTC offset from ``zoneinfo`` (so the
offsets of 4 December 2028 to 19 January 2029 are right: the southern hemisphere on summer time,
New South Wales and Victoria at +11:00, New Zealand at +13:00, Queensland at +10:00, Europe and
North America on winter time, the Faroe Islands on +00:00, Ethiopia, Kenya and Tanzania on +03:00,
India on +05:30, Mongolia on +08:00), the zone names and the conference texts pasted into
descriptions.

Scored once, at the end of round 23, for docs/detection.md and the README; tuning data since round 24.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from detect_cases import SELF, Case, event, guest, org, yes


def zat(day: str, hhmm: str, minutes: int, tz: str) -> dict[str, str]:
    """start/end/tz keyword arguments for event(), the offset taken from the zone on that day."""
    start = datetime.fromisoformat(f"{day}T{hhmm}:00").replace(tzinfo=ZoneInfo(tz))
    end = start + timedelta(minutes=minutes)
    return {"start": start.isoformat(), "end": end.isoformat(), "tz": tz}


# Zones (IANA names) of the cases in other languages.
ADD = "Africa/Addis_Ababa"
MEL = "Australia/Melbourne"
KOL = "Asia/Kolkata"
CMB = "Asia/Colombo"
DAR = "Africa/Dar_es_Salaam"
TLL = "Europe/Tallinn"
FAE = "Atlantic/Faroe"
LUX = "Europe/Luxembourg"
DUB = "Europe/Dublin"
KGL = "Africa/Kigali"
ULN = "Asia/Ulaanbaatar"
RGN = "Asia/Yangon"

# Conference texts as the tools paste them into a description.
TEAMS23 = ("\n________________________________________________________________________________\n"
           "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Rt8Lq2\nMeeting ID: 447 120 385 96\n"
           "Passcode: 9fKw2T\n________________________________________________________________________________")
ZOOM23 = "\n\nJoin Zoom Meeting\nhttps://us05web.zoom.us/j/83310472256?pwd=Kd7v\nMeeting ID: 833 1047 2256\nPasscode: 508214"
MEET23 = "\n\nJoin with Google Meet: https://meet.google.com/pqr-hxtz-wmd\nOr dial: (US) +1 352-668-0214 PIN: 402 118 775#"

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data for the URL and the host before each was used).
AM_AMECO = "https://www.ameco.et/28011"
AM_DEMHIT = "http://demhitonline.blogspot.com/2014/02/blog-post_3089.html"
AM_PRESS = "https://press.et/?p=1020"
PA_SBS = "https://www.sbs.com.au/language/punjabi/audio/settlement-guide-how-to-prepare-for-a-job-interview"
PA_PNUSA = ("https://punjabnewsusa.com/articles/10687/%E0%A8%B8%E0%A8%B0%E0%A8%95%E0%A8%BE%E0%A8%B0%E0%A9%80-"
            "%E0%A8%A8%E0%A9%8C%E0%A8%95%E0%A8%B0%E0%A9%80-%E0%A8%A6%E0%A9%87-%E0%A8%87%E0%A9%B0%E0%A8%9F%E0%A8%B0"
            "%E0%A8%B5%E0%A8%BF%E0%A8%8A-%E0%A8%A6/")
GU_EW = "https://english-welsh.net/gujarati/english-to-gujarati-meaning-job-interview"
TE_AYUR = "https://ayurvedam365.com/lifestyle/do-not-make-these-mistakes-in-interviews.html"
ML_ONEINDIA = ("https://malayalam.oneindia.com/offbeat/if-you-can-answer-this-question-you-will-definitely-get-the-job-"
               "social-media-post-goes-viral-361216.html")
ML_ROSE = ("http://rosemalayalam.com/%e0%b4%86%e0%b4%b0%e0%b5%8d%e2%80%8d%e0%b4%b8%e0%b4%bf%e0%b4%8e%e0%b4%b8%e0%b5%8d"
           "%e2%80%8c%e0%b4%90-%e0%b4%86%e0%b4%aa%e0%b5%8d%e0%b4%b1%e0%b5%8d%e0%b4%b1%e0%b4%bf%e0%b4%b1%e0%b5%8d%e0%b4"
           "%b1%e0%b4%bf/")
KN_CHALIZED = ("https://kn.chalized.com/%E0%B2%A8%E0%B3%87%E0%B2%AE%E0%B2%95-%E0%B2%B5%E0%B3%8D%E0%B2%AF%E0%B2%B5"
               "%E0%B2%B8%E0%B3%8D%E0%B2%A5%E0%B2%BE%E0%B2%AA%E0%B2%95%E0%B2%B0%E0%B3%81-%E0%B2%AE%E0%B2%A4%E0%B3%8D"
               "%E0%B2%A4%E0%B3%81/")
SI_WEDABIMA = "https://wedabima.lk/union-news/immigrants/2022-02-24-18-06-04"
SW_CLICKHABARI = "https://clickhabari.com/wasio-na-kazi-wapewa-kipaumbele-ajira-za-sensa"
SW_AJIRA = "https://ajiraportal.net/tangazo-la-nafasi-za-kazi-halmashauri-ya-wilaya-ya-hai"
SW_ZOOMTZ = "https://www.zoomtanzania.com/blog/sw/mwongozo-kuu-wa-kuajiri-wafanyakazi-bora/"
ET_TAMMISTE = "https://tammistepersonal.ee/mis-on-toointervjuu-eesmark/"
FO_LMS = "https://lms.fo/fo/kunning/tidindi/starvslesandi-til-sendistovur-og-stjornarrad"
FO_TVK = "https://tvk.fo/content.asp?sid=6368&id="
FO_MFS = "https://www.mfs.fo/job-hunting-is-like-an-audition"
LB_RTL = "https://www.rtl.lu/news/national/emmer-mei-heich-qualifizeiert-leit-op-aarbechtssich-1880501899"
GA_BEO = "http://beo.ie/alt-agallamh-eisiach-le-hian-mor.aspx"
GD_CONFESSIONS = "http://gaidhligconfessions.blogspot.com/2016/01/beag-air-bheag-39-interview.html"
RW_INTYOZA = "https://www.intyoza.com/kamonyi-kubahiriza-igihe-kwabiyamamaza-ni-ingorabahizi/?share=twitter"
MN_ONTSLOKH = "http://ontslokh.mn/110579.html"
OR_SAMBAD = "https://sambad.in/business/interview-program-for-oas-2023-at-aptiplus-9757795"
OR_SAMBADUPSC = "https://sambad.in/special/during-upsc-interview-the-board-members-mainly-ask-about-these-6-topics-10776763"
MY_MLN = ("https://myanmarlabournews.com/posts/%E1%80%99%E1%80%AD%E1%80%AF%E1%80%94%E1%80%AC%E1%80%9C%E1%80%AE%E1%80%86"
          "%E1%80%AC-%E1%80%A1%E1%80%9B%E1%80%B1%E1%80%AC%E1%80%84%E1%80%BA%E1%80%B8%E1%80%9D%E1%80%94%E1%80%BA%E1%80%91"
          "%E1%80%99%E1%80%BA%E1%80%B8%E1%80%99%E1%80%BB%E1%80%AC%E1%80%B8-%E1%80%A1%E1%80%9C%E1%80%AF%E1%80%95%E1%80%BA"
          "%E1%80%81%E1%80%BB%E1%80%AD%E1%80%94%E1%80%BA%E1%80%94%E1%80%BE%E1%80%84%E1%80%B7%E1%80%BA-%E1%80%9C%E1%80%AF"
          "%E1%80%95%E1%80%BA%E1%80%A1%E1%80%AC%E1%80%B8%E1%80%81-%E1%80%81%E1%80%B1%E1%80%AB%E1%80%84%E1%80%BA%E1%80%B8"
          "%E1%80%95%E1%80%AF%E1%80%B6%E1%80%96%E1%80%BC%E1%80%90%E1%80%BA%E1%80%81%E1%80%B6%E1%80%94%E1%80%B1%E1%80%9B")
MY_TVP = "https://mycanvas.tvpcareer.com/2022sep13/"

_AFRICA_ASIA: list[Case] = [
    # ============================================================ Amharic (Ethiopia)
    # ameco: an app that connects employers and job seekers in construction; the employer's HR books the
    # interview through it (yes; the HR mailbox and the site engineer who interviews)
    (event("ቃለ መጠይቅ – የሳይት መሐንዲስ ቦታ፣ ጣና ኮንስትራክሽን (በሚታ መተግበሪያ የተያዘ)",
           organizer=org("hr@tanaconstruction.et", "ጣና ኮንስትራክሽን – የሰው ሀብት"),
           guests=[guest("hr@tanaconstruction.et", "ጣና ኮንስትራክሽን – የሰው ሀብት"),
                   guest("yonas.b@tanaconstruction.et", "ዮናስ በላይ", "needsAction")],
           description="ሰላም! ማመልከቻዎ በሚታ መተግበሪያ በኩል ደርሶናል። ቃለ መጠይቁን የሚያደርጉት ዋና መሐንዲሱ አቶ ዮናስ በላይ ናቸው። "
                       "የትምህርት ማስረጃዎን ይዘው ይምጡ።",
           location="ጣና ኮንስትራክሽን ቢሮ፣ ባሕር ዳር", **zat("2028-12-12", "09:30", 45, ADD)),
     yes(["ጣና ኮንስትራክሽን", "Tana Construction"], ["hr@tanaconstruction.et", "yonas.b@tanaconstruction.et"]), "am",
     AM_AMECO),
    # demhitonline: a microfinance institution's written test for its advertised posts, sat by every
    # applicant before anyone is hired (the employer's own test: yes, nobody to thank)
    (event("የጽሑፍ ፈተና – ሰላም ብድርና ቁጠባ ተቋም (የሂሳብ ሠራተኛ ክፍት ቦታ)", organizer=SELF,
           description="መታወቂያና የማመልከቻ ቁጥር ይዤ መሄድ። ፈተናው 2 ሰዓት ነው።",
           location="ሽሬ ቅርንጫፍ አዳራሽ", **zat("2028-12-14", "08:30", 120, ADD)),
     yes(["ሰላም ብድርና ቁጠባ ተቋም", "ሰላም ብድርና ቁጠባ"], []), "am", AM_DEMHIT),
    # press.et: a public-relations director meets his own office's head about pay (work life, no)
    (event("ከኃላፊው ጋር ስብሰባ – የደመወዝ ደረጃ ጥያቄ", organizer=SELF,
           **zat("2029-01-10", "14:00", 30, ADD)),
     None, "am", AM_PRESS),
    # demhitonline: applicants who pass the written test are called to an oral interview (yes; nobody named)
    (event("የቃል ቃለ መጠይቅ – ሰላም ብድርና ቁጠባ ተቋም (የጽሑፍ ፈተናውን ካለፉ በኋላ)", organizer=SELF,
           location="ሽሬ ቅርንጫፍ", **zat("2029-01-16", "10:00", 30, ADD)),
     yes(["ሰላም ብድርና ቁጠባ ተቋም", "ሰላም ብድርና ቁጠባ"], []), "am", AM_DEMHIT),
    # ameco: setting up a profile in the job-matching app (the owner's errand, no)
    (event("ሚታ መተግበሪያ – መገለጫ ማዘጋጀትና የሥራ ፈቃድ መጫን", organizer=SELF, **zat("2028-12-09", "18:00", 30, ADD)),
     None, "am", AM_AMECO),
    # ============================================================ Punjabi (Australia, India)
    # sbs punjabi: a newcomer in Melbourne notes an interview the employer phoned to arrange (yes; no one named)
    (event("ਇੰਟਰਵਿਊ – ਵੇਅਰਹਾਊਸ ਸੁਪਰਵਾਈਜ਼ਰ, Southbank Freight (ਡੈਂਡਨੌਂਗ)", organizer=SELF,
           description="ਨੌਕਰੀ ਦਾ ਵੇਰਵਾ ਦੁਬਾਰਾ ਪੜ੍ਹਨਾ। ਕੰਪਨੀ ਬਾਰੇ ਜਾਣਕਾਰੀ। ਰਿਜ਼ਿਊਮੇ ਦੀਆਂ 2 ਕਾਪੀਆਂ।",
           location="14 Abbotts Rd, Dandenong South VIC", **zat("2028-12-06", "10:00", 45, MEL)),
     yes(["Southbank Freight"], []), "pa", PA_SBS),
    # sbs punjabi: a settlement service's careers officer helps with the CV before interviews (coaching, no)
    (event("ਕਰੀਅਰ ਸਲਾਹਕਾਰ ਨਾਲ ਮੁਲਾਕਾਤ – ਰਿਜ਼ਿਊਮੇ ਤੇ ਇੰਟਰਵਿਊ ਦੀ ਤਿਆਰੀ", organizer=SELF,
           location="Footscray", **zat("2028-12-04", "13:30", 60, MEL)),
     None, "pa", PA_SBS),
    # sbs punjabi: a video interview for a delivery driver's job, sent by the employer (yes)
    (event("ਵੀਡੀਓ ਇੰਟਰਵਿਊ – ਡਿਲਿਵਰੀ ਡਰਾਈਵਰ, Yarra Valley Produce",
           organizer=org("people@yarravalleyproduce.com.au", "Yarra Valley Produce – People Team"),
           guests=[guest("people@yarravalleyproduce.com.au", "Yarra Valley Produce – People Team")],
           description="ਸਤ ਸ੍ਰੀ ਅਕਾਲ! ਇੰਟਰਵਿਊ ਲਗਭਗ 20 ਮਿੰਟ ਦੀ ਹੋਵੇਗੀ।" + TEAMS23,
           **zat("2029-01-11", "15:00", 20, MEL)),
     yes(["Yarra Valley Produce"], ["people@yarravalleyproduce.com.au"]), "pa", PA_SBS),
    # punjabnewsusa: after the written exam, the interview for a clerk's post at a cooperative bank (yes;
    # the recruitment cell's mailbox invites)
    (event("ਇੰਟਰਵਿਊ – ਕਲਰਕ ਭਰਤੀ (ਲਿਖਤੀ ਪ੍ਰੀਖਿਆ ਤੋਂ ਬਾਅਦ), ਮਾਲਵਾ ਸਹਿਕਾਰੀ ਬੈਂਕ",
           organizer=org("bharti@malwacoopbank.in", "ਭਰਤੀ ਸੈੱਲ – ਮਾਲਵਾ ਸਹਿਕਾਰੀ ਬੈਂਕ"),
           description="ਅਸਲ ਸਰਟੀਫਿਕੇਟ, ਫੋਟੋ ਪਛਾਣ ਪੱਤਰ ਅਤੇ ਕਾਲ ਲੈਟਰ ਨਾਲ ਲਿਆਓ। ਰਿਪੋਰਟਿੰਗ ਸਮਾਂ ਸਵੇਰੇ 9:30।",
           location="ਮੁੱਖ ਦਫ਼ਤਰ, ਫਿਰੋਜ਼ਪੁਰ ਰੋਡ, ਲੁਧਿਆਣਾ", **zat("2029-01-09", "09:30", 120, KOL)),
     yes(["ਮਾਲਵਾ ਸਹਿਕਾਰੀ ਬੈਂਕ", "Malwa Cooperative Bank"], ["bharti@malwacoopbank.in"]), "pa", PA_PNUSA),
    # ============================================================ Gujarati (India)
    # english-welsh: an interview that includes a skills test (yes; HR mailbox and the accounts head)
    (event("ઇન્ટરવ્યુ + કૌશલ્ય પરીક્ષણ – એકાઉન્ટ્સ આસિસ્ટન્ટ, શ્રીજી ટેક્સટાઇલ્સ",
           organizer=org("hr@shreejitextiles.in", "શ્રીજી ટેક્સટાઇલ્સ HR"),
           guests=[guest("hr@shreejitextiles.in", "શ્રીજી ટેક્સટાઇલ્સ HR"),
                   guest("mehul.shah@shreejitextiles.in", "મેહુલ શાહ")],
           description="પ્રથમ 30 મિનિટ Tally અને Excel પરીક્ષણ, પછી એકાઉન્ટ્સ હેડ શ્રી મેહુલ શાહ સાથે વાતચીત.",
           location="નારોલ, અમદાવાદ", **zat("2028-12-07", "11:00", 90, KOL)),
     yes(["શ્રીજી ટેક્સટાઇલ્સ", "Shreeji Textiles"], ["hr@shreejitextiles.in", "mehul.shah@shreejitextiles.in"]), "gu",
     GU_EW),
    # english-welsh: the college placement cell's mock interview with a personality questionnaire (practice, no)
    (event("મોક ઇન્ટરવ્યુ – કોલેજ પ્લેસમેન્ટ સેલ (વ્યક્તિત્વ પ્રશ્નાવલી)", organizer=SELF,
           **zat("2028-12-05", "15:00", 60, KOL)),
     None, "gu", GU_EW),
    # english-welsh: a personality test from an assessment platform before the interview (the employer's test: yes,
    # nobody to thank)
    (event("વ્યક્તિત્વ પરીક્ષણ (ઓનલાઇન) – સુરત ડાયમંડ એક્સપોર્ટ્સ",
           organizer=org("noreply@talentcheck-assess.in", "TalentCheck"),
           description="સુરત ડાયમંડ એક્સપોર્ટ્સ વતી: 35 મિનિટનું મૂલ્યાંકન 48 કલાકમાં પૂર્ણ કરો. આ ઇમેઇલનો જવાબ ન આપશો.",
           **zat("2029-01-09", "19:00", 35, KOL)),
     yes(["સુરત ડાયમંડ એક્સપોર્ટ્સ", "Surat Diamond Exports"], []), "gu", GU_EW),
    # ============================================================ Telugu (India)
    # ayurvedam365: an interview invitation for a junior developer in Hyderabad; be honest, do not bluff (yes)
    (event("ఇంటర్వ్యూ – జూనియర్ డెవలపర్, నల్లమల సాఫ్ట్‌టెక్",
           organizer=org("careers@nallamalasofttech.com", "నల్లమల సాఫ్ట్‌టెక్ Careers"),
           guests=[guest("careers@nallamalasofttech.com", "నల్లమల సాఫ్ట్‌టెక్ Careers"),
                   guest("k.srinivas@nallamalasofttech.com", "కె. శ్రీనివాస్")],
           description="సాంకేతిక రౌండ్ (45 ని.) – ఇంటర్వ్యూయర్: కె. శ్రీనివాస్." + MEET23,
           **zat("2028-12-13", "14:30", 45, KOL)),
     yes(["నల్లమల సాఫ్ట్‌టెక్", "Nallamala Softtech"], ["careers@nallamalasofttech.com", "k.srinivas@nallamalasofttech.com"]),
     "te", TE_AYUR),
    # ayurvedam365: a coaching centre's mock interview for job seekers (practice, no)
    (event("మాక్ ఇంటర్వ్యూ – అమీర్‌పేట్ కోచింగ్ సెంటర్", organizer=SELF,
           location="అమీర్‌పేట్, హైదరాబాద్", **zat("2028-12-09", "10:00", 60, KOL)),
     None, "te", TE_AYUR),
    # ayurvedam365: the HR round after the technical round (yes; HR mailbox)
    (event("HR రౌండ్ – నల్లమల సాఫ్ట్‌టెక్",
           organizer=org("careers@nallamalasofttech.com", "నల్లమల సాఫ్ట్‌టెక్ Careers"),
           description="జీతం అంచనాలు, నోటీస్ పీరియడ్ గురించి చర్చ." + MEET23,
           **zat("2028-12-15", "11:00", 30, KOL)),
     yes(["నల్లమల సాఫ్ట్‌టెక్", "Nallamala Softtech"], ["careers@nallamalasofttech.com"]), "te", TE_AYUR),
    # ============================================================ Malayalam (India, Ireland)
    # oneindia: an interview board for an accountant's post in Kochi (yes; the managing partner invites)
    (event("ഇന്റർവ്യൂ – അക്കൗണ്ടന്റ്, പെരിയാർ ട്രേഡേഴ്സ്",
           organizer=org("anil@periyartraders.in", "അനിൽ കുമാർ"),
           guests=[guest("anil@periyartraders.in", "അനിൽ കുമാർ"), guest("office@periyartraders.in", "Periyar Traders Office")],
           description="ഇന്റർവ്യൂ ബോർഡ്: അനിൽ കുമാർ (മാനേജിംഗ് പാർട്ണർ), സൂസൻ ജോർജ് (ഓഡിറ്റർ).",
           location="എം.ജി. റോഡ്, കൊച്ചി", **zat("2029-01-10", "11:00", 45, KOL)),
     yes(["പെരിയാർ ട്രേഡേഴ്സ്", "Periyar Traders"], ["anil@periyartraders.in", "office@periyartraders.in", "സൂസൻ ജോർജ്"]),
     "ml", ML_ONEINDIA),
    # rosemalayalam: a nurse's aptitude test for registration in Ireland instead of the adaptation course
    # (a registration test, not an employer's step: no)
    (event("RCSI അഭിരുചി പരീക്ഷ (OSCE) – രജിസ്ട്രേഷൻ", organizer=SELF,
           location="RCSI, St Stephen's Green, Dublin", **zat("2028-12-15", "08:00", 240, DUB)),
     None, "ml", ML_ROSE),
    # rosemalayalam: a Malayali nurse's video interview with an Irish hospital's nurse recruitment team (yes)
    (event("വീഡിയോ ഇന്റർവ്യൂ – സ്റ്റാഫ് നഴ്സ്, St Finbarr's University Hospital (Cork)",
           organizer=org("nurserecruitment@stfinbarrs.ie", "St Finbarr's Nurse Recruitment"),
           guests=[guest("nurserecruitment@stfinbarrs.ie", "St Finbarr's Nurse Recruitment"),
                   guest("m.oconnell@stfinbarrs.ie", "Mary O'Connell")],
           description="പാനൽ: Mary O'Connell (Director of Nursing) – 30 മിനിറ്റ്." + TEAMS23,
           **zat("2029-01-17", "14:30", 30, KOL)),
     yes(["St Finbarr's University Hospital", "St Finbarr's"], ["nurserecruitment@stfinbarrs.ie", "m.oconnell@stfinbarrs.ie"]),
     "ml", ML_ROSE),
    # ============================================================ Kannada (India)
    # chalized: the hiring manager, who will supervise the hire, interviews after HR screening (yes)
    (event("ಸಂದರ್ಶನ – ನೇಮಕ ವ್ಯವಸ್ಥಾಪಕರೊಂದಿಗೆ (ಗೋದಾಮು ಮೇಲ್ವಿಚಾರಕ), ಕಾವೇರಿ ಲಾಜಿಸ್ಟಿಕ್ಸ್",
           organizer=org("talent@kaverilogistics.in", "ಕಾವೇರಿ ಲಾಜಿಸ್ಟಿಕ್ಸ್ ನೇಮಕಾತಿ"),
           guests=[guest("talent@kaverilogistics.in", "ಕಾವೇರಿ ಲಾಜಿಸ್ಟಿಕ್ಸ್ ನೇಮಕಾತಿ"),
                   guest("ravi.hegde@kaverilogistics.in", "ರವಿ ಹೆಗ್ಡೆ")],
           location="ಹೊಸಕೋಟೆ ಗೋದಾಮು, ಬೆಂಗಳೂರು", **zat("2029-01-11", "10:30", 60, KOL)),
     yes(["ಕಾವೇರಿ ಲಾಜಿಸ್ಟಿಕ್ಸ್", "Kaveri Logistics"], ["talent@kaverilogistics.in", "ravi.hegde@kaverilogistics.in"]), "kn",
     KN_CHALIZED),
    # chalized: the owner sits on a college's search committee for a principal (hiring side, no)
    (event("ಹುಡುಕಾಟ ಸಮಿತಿ ಸಭೆ – ಪ್ರಾಂಶುಪಾಲರ ಹುದ್ದೆ ಅರ್ಜಿಗಳ ಪರಿಶೀಲನೆ",
           organizer=org("secretary@vidyanidhicollege.in", "ಕಾರ್ಯದರ್ಶಿ"),
           **zat("2028-12-08", "15:00", 90, KOL)),
     None, "kn", KN_CHALIZED),
    # chalized: HR's screening call before the hiring manager (yes; the recruiter)
    (event("ಎಚ್‌ಆರ್ ಸ್ಕ್ರೀನಿಂಗ್ ಕರೆ – ಕಾವೇರಿ ಲಾಜಿಸ್ಟಿಕ್ಸ್",
           organizer=org("divya.rao@kaverilogistics.in", "ದಿವ್ಯಾ ರಾವ್"),
           guests=[guest("divya.rao@kaverilogistics.in", "ದಿವ್ಯಾ ರಾವ್")],
           **zat("2028-12-19", "16:00", 20, KOL)),
     yes(["ಕಾವೇರಿ ಲಾಜಿಸ್ಟಿಕ್ಸ್", "Kaveri Logistics"], ["divya.rao@kaverilogistics.in"]), "kn", KN_CHALIZED),
    # ============================================================ Sinhala (Sri Lanka)
    # wedabima: a ministry's discussion on applying for foreign jobs (information, no)
    (event("විදේශ රැකියා අයදුම් කිරීම පිළිබඳ දැනුවත් කිරීම – කොරියා/ජපන් රැකියා", organizer=SELF,
           location="කොළඹ", **zat("2028-12-11", "09:00", 120, CMB)),
     None, "si", SI_WEDABIMA),
    # ============================================================ Swahili (Tanzania)
    # clickhabari: census clerks are interviewed at district level by a committee; the owner's own note
    # (a hiring step for a temporary post: yes; the statistics office is the public body whose process it is)
    (event("Usaili – Karani wa Sensa, ngazi ya wilaya (Magharibi B)", organizer=SELF,
           description="Beba cheti cha kidato cha nne na kitambulisho. Hakuna malipo yoyote kwa usaili.",
           location="Ofisi ya Wilaya, Mwanakwerekwe", **zat("2028-12-06", "08:00", 120, DAR)),
     yes(["Ofisi ya Mtakwimu Mkuu wa Serikali Zanzibar", "OCGS"], []), "sw", SW_CLICKHABARI),
    # ajiraportal: a district council's driver posts; the practical driving test is part of the interview (yes)
    (event("Usaili wa vitendo – Dereva Daraja la II, Halmashauri ya Wilaya ya Hai",
           organizer=org("ajira@haidc.go.tz", "Halmashauri ya Wilaya ya Hai – Utumishi"),
           description="Fika na leseni daraja E/C na cheti cha mafunzo ya udereva (VETA).",
           location="Uwanja wa Halmashauri, Bomang'ombe", **zat("2029-01-16", "08:30", 180, DAR)),
     yes(["Halmashauri ya Wilaya ya Hai"], ["ajira@haidc.go.tz"]), "sw", SW_AJIRA),
    # zoomtanzania: the owner, a shop owner, drafts a job description before hiring (hiring side, no)
    (event("Kuandika maelezo ya kazi – mhasibu mpya wa duka", organizer=SELF,
           **zat("2028-12-05", "17:00", 45, DAR)),
     None, "sw", SW_ZOOMTZ),
    # clickhabari: census clerks' training once selected (training, no)
    (event("Mafunzo ya makarani wa sensa – siku ya 1", organizer=SELF,
           location="Skuli ya Lumumba, Unguja", **zat("2029-01-15", "08:00", 480, DAR)),
     None, "sw", SW_CLICKHABARI),
    # ajiraportal: the application deadline for the council's posts (a reminder, no)
    (event("Mwisho wa kutuma maombi – Halmashauri ya Wilaya ya Hai", organizer=SELF,
           **zat("2028-12-13", "09:00", 15, DAR)),
     None, "sw", SW_AJIRA),
    # ============================================================ Kinyarwanda (Rwanda)
    # intyoza: candidates for a district council address voters within five minutes each (election, no)
    (event("Kwiyamamaza kw'abakandida – Umurenge wa Nyarubaka", organizer=SELF,
           location="Kamonyi", **zat("2029-01-12", "10:00", 180, KGL)),
     None, "rw", RW_INTYOZA),
    # ============================================================ Mongolian (Mongolia)
    # ontslokh: the youth labour exchange's "part time" orientation training for job seekers (training, no)
    (event("“Part time” чиглүүлэх сургалт – Залуучуудын Хөдөлмөрийн төв бирж", organizer=SELF,
           **zat("2028-12-07", "14:00", 90, ULN)),
     None, "mn", MN_ONTSLOKH),
    # ontslokh: the exchange places a student with a firm as a sales agent; the firm's interview (yes)
    (event("Ажлын ярилцлага – борлуулагч (цагийн ажил), Хангай Трейд ХХК",
           organizer=org("hr@khangaitrade.mn", "Хангай Трейд ХХК"),
           guests=[guest("hr@khangaitrade.mn", "Хангай Трейд ХХК"), guest("b.saruul@khangaitrade.mn", "Б.Саруул")],
           location="Сүхбаатар дүүрэг, Улаанбаатар", **zat("2028-12-13", "11:00", 30, ULN)),
     yes(["Хангай Трейд ХХК", "Хангай Трейд", "Khangai Trade"], ["hr@khangaitrade.mn", "b.saruul@khangaitrade.mn"]), "mn",
     MN_ONTSLOKH),
    # ontslokh: signing the part-time contract after the offer (onboarding, no)
    (event("Хөдөлмөрийн гэрээ байгуулах – Хангай Трейд ХХК", organizer=SELF,
           **zat("2028-12-18", "10:00", 30, ULN)),
     None, "mn", MN_ONTSLOKH),
    # ============================================================ Odia (India)
    # sambad: the Odisha Public Service Commission's interview after the main exam, which fills administrative
    # posts (a commission that fills posts: yes, nobody to thank; the public body keeps its name)
    (event("OAS ସାକ୍ଷାତକାର – ଓଡ଼ିଶା ଲୋକସେବା ଆୟୋଗ", organizer=SELF,
           description="ସକାଳ 9ଟାରେ ରିପୋର୍ଟିଂ। ମୂଳ ପ୍ରମାଣପତ୍ର, ଫଟୋ ଓ କଲ୍ ଲେଟର ନେବା।",
           location="OPSC, କଟକ", **zat("2029-01-09", "09:00", 180, KOL)),
     yes(["ଓଡ଼ିଶା ଲୋକସେବା ଆୟୋଗ", "OPSC", "Odisha Public Service Commission"], []), "or", OR_SAMBADUPSC),
    # sambad: a coaching institute's mock interview with former board members on the panel (practice, no)
    (event("ମକ୍ ସାକ୍ଷାତକାର – ଆପ୍ଟିପ୍ଲସ୍ (ୱାନ୍ ଟୁ ୱାନ୍)", organizer=SELF,
           location="ଭୁବନେଶ୍ୱର", **zat("2028-12-16", "11:00", 45, KOL)),
     None, "or", OR_SAMBAD),
    # sambadupsc: document verification by the commission after the interview (a check, no)
    (event("ଦଲିଲ ଯାଞ୍ଚ – OPSC (ମୂଳ ପ୍ରମାଣପତ୍ର)", organizer=SELF,
           location="OPSC, କଟକ", **zat("2029-01-18", "10:00", 60, KOL)),
     None, "or", OR_SAMBADUPSC),
    # ============================================================ Burmese (Myanmar)
    # myanmarlabournews: door-to-door sales staff take their pay and hours to the labour office (work life, no)
    (event("အလုပ်သမားရုံး – လုပ်အားခ တိုင်ကြားရန်", organizer=SELF,
           location="လှိုင်သာယာမြို့နယ် အလုပ်သမားရုံး", **zat("2028-12-08", "10:00", 60, RGN)),
     None, "my", MY_MLN),
    # tvpcareer: a careers site's office job; the firm's interview for an accounts clerk (yes; HR invites)
    (event("အလုပ်အင်တာဗျူး – စာရင်းကိုင်၊ ရွှေမြစ် ကုန်သွယ်ရေး ကုမ္ပဏီ",
           organizer=org("hr@shwemyit-trading.com.mm", "ရွှေမြစ် ကုန်သွယ်ရေး HR"),
           guests=[guest("hr@shwemyit-trading.com.mm", "ရွှေမြစ် ကုန်သွယ်ရေး HR")],
           location="ကမာရွတ်မြို့နယ်၊ ရန်ကုန်", **zat("2028-12-12", "10:30", 45, RGN)),
     yes(["ရွှေမြစ် ကုန်သွယ်ရေး ကုမ္ပဏီ", "ရွှေမြစ် ကုန်သွယ်ရေး", "Shwe Myit Trading"], ["hr@shwemyit-trading.com.mm"]), "my", MY_TVP),
    # tvpcareer: the second interview with the finance manager (yes; typed by the owner, the manager named)
    (event("ဒုတိယအဆင့် အင်တာဗျူး – ရွှေမြစ် (ဘဏ္ဍာရေးမန်နေဂျာ ဒေါ်ခင်မာဝင်းနှင့်)", organizer=SELF,
           **zat("2028-12-19", "14:00", 45, RGN)),
     yes(["ရွှေမြစ် ကုန်သွယ်ရေး ကုမ္ပဏီ", "ရွှေမြစ် ကုန်သွယ်ရေး", "Shwe Myit Trading"], ["ခင်မာဝင်း"]), "my", MY_TVP),
]

_EUROPE: list[Case] = [
    # ============================================================ Estonian (Estonia)
    # tammistepersonal: a recruitment agency's hour-and-a-half interview for a client's post (yes; the agency's
    # recruiter is thanked and the company is the client)
    (event("Tööintervjuu – laojuhataja (klient: Viru Logistika AS)",
           organizer=org("kadi@pohjarannapersonal.ee", "Kadi Mets"),
           guests=[guest("kadi@pohjarannapersonal.ee", "Kadi Mets")],
           description="Tere! Kohtume meie kontoris. Vestlus kestab umbes poolteist tundi; räägime ka sellest, millist tööd "
                       "sa tegelikult otsid.",
           location="Põhjaranna Personal, Narva mnt 7, Tallinn", **zat("2028-12-12", "10:00", 90, TLL)),
     yes(["Viru Logistika", "Viru Logistika AS"], ["kadi@pohjarannapersonal.ee"]), "et", ET_TAMMISTE),
    # tammistepersonal: the second round with the client's logistics director, arranged by the recruiter (yes; the
    # recruiter and the client's director)
    (event("2. voor – kohtumine kliendiga (Viru Logistika AS, logistikadirektor)",
           organizer=org("kadi@pohjarannapersonal.ee", "Kadi Mets"),
           guests=[guest("kadi@pohjarannapersonal.ee", "Kadi Mets"), guest("toomas.kask@virulogistika.ee", "Toomas Kask")],
           location="Viru Logistika AS, Maardu", **zat("2029-01-10", "13:00", 60, TLL)),
     yes(["Viru Logistika", "Viru Logistika AS"], ["kadi@pohjarannapersonal.ee", "toomas.kask@virulogistika.ee"]), "et",
     ET_TAMMISTE),
    # ============================================================ Faroese (Faroe Islands)
    # lms.fo: ministries take student trainees each half-year; an interview at the foreign ministry, noted by the
    # owner with the interviewer's name (yes; a public body keeps its name; the note declines her name, Jóhonnu, and
    # the label gives it in the nominative)
    (event("Samrøða – starvslesandi, Uttanríkis- og mentamálaráðið", organizer=SELF,
           description="Samrøða við Jóhonnu Joensen. Hava umsóknarblað og lívsrensl við.",
           location="Tórshavn", **zat("2029-01-11", "10:00", 45, FAE)),
     yes(["Uttanríkis- og mentamálaráðið"], ["Jóhanna Joensen"]), "fo", FO_LMS),
    # tvk.fo: a newcomer hands in work-permit papers after the offer (immigration, no)
    (event("Arbeiðsloyvi – lata skjøl inn á løgreglustøðina", organizer=SELF,
           location="Løgreglustøðin, Tórshavn", **zat("2028-12-14", "09:00", 30, FAE)),
     None, "fo", FO_TVK),
    # mfs.fo: a bookkeeper's job interview in Klaksvík (yes; the firm's director invites)
    (event("Starvssamrøða – bókhaldari, Norðlýsi Sp/f",
           organizer=org("sigrid@nordlysi.fo", "Sigrið Hansen"),
           guests=[guest("sigrid@nordlysi.fo", "Sigrið Hansen")],
           location="Norðlýsi, Klaksvík", **zat("2028-12-06", "13:00", 60, FAE)),
     yes(["Norðlýsi", "Norðlýsi Sp/f"], ["sigrid@nordlysi.fo"]), "fo", FO_MFS),
    # mfs.fo: a second interview with the firm's two owners (yes; typed by the owner)
    (event("Seinna samrøða – Norðlýsi (báðir eigararnir)", organizer=SELF,
           description="Sigrið og Rókur. Spyrja um arbeiðstíð og lønarviðurskifti.",
           location="Klaksvík", **zat("2028-12-13", "15:00", 45, FAE)),
     yes(["Norðlýsi", "Norðlýsi Sp/f"], ["Sigrið", "Rókur"]), "fo", FO_MFS),
    # ============================================================ Luxembourgish (Luxembourg)
    # rtl.lu: a job day where firms meet job seekers who bring a CV (a fair, no)
    (event("Jobdag – City Concorde (CV matbréngen)", organizer=SELF,
           location="City Concorde, Bartreng", **zat("2029-01-11", "10:00", 240, LUX)),
     None, "lb", LB_RTL),
    # rtl.lu: a meeting with the job centre's adviser about the search (an adviser, no)
    (event("ADEM – Rendez-vous mam Beroder (Aarbechtssich)", organizer=SELF,
           location="ADEM, Esch-Uelzecht", **zat("2028-12-07", "09:30", 30, LUX)),
     None, "lb", LB_RTL),
    # rtl.lu: an architects' office that met the owner at the job day invites to an interview (yes)
    (event("Virstellungsgespréich – Zeechner/in, Atelier Mëllerdall Architekten",
           organizer=org("jobs@ateliermellerdall.lu", "Atelier Mëllerdall"),
           guests=[guest("jobs@ateliermellerdall.lu", "Atelier Mëllerdall"),
                   guest("l.weber@ateliermellerdall.lu", "Lionel Weber")],
           description="Moien! Mir freeën eis, Iech no eisem Gespréich um Jobdag erëmzegesinn. Bréngt w.e.g. Äre Portfolio mat.",
           location="Ettelbréck", **zat("2029-01-17", "14:00", 60, LUX)),
     yes(["Atelier Mëllerdall Architekten", "Atelier Mëllerdall"], ["jobs@ateliermellerdall.lu", "l.weber@ateliermellerdall.lu"]),
     "lb", LB_RTL),
    # ============================================================ Irish (Ireland)
    # beo.ie: an exclusive interview for an Irish-language magazine (media, no)
    (event("Agallamh don iris – Beo! (ceisteanna faoin leabhar nua)", organizer=SELF,
           **zat("2028-12-13", "16:00", 45, DUB)),
     None, "ga", GA_BEO),
    # ============================================================ Scottish Gaelic (Scotland)
    # gaidhligconfessions: a learner interviewed on a Gaelic radio programme for learners (media, no)
    (event("Agallamh air an rèidio – Beag air Bheag (còmhradh le Iain)", organizer=SELF,
           location="Stiùideo, Inbhir Nis", **zat("2028-12-18", "11:00", 30, "Europe/London")),
     None, "gd", GD_CONFESSIONS),
]

INTL23: list[Case] = [*_AFRICA_ASIA, *_EUROPE]
