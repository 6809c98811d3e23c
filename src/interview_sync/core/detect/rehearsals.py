"""Rehearsals of an interview, talks about interviews, and going along to someone else's (round 21).

Owns ``TITLE_TABLE_21``, rows ``practice.TITLE_TABLE_6`` appends (so ``lookalikes`` gates and
searches them with its own; tests/core/test_detect_lookalikes.py checks each row against its
literals). A veto whatever else the title says:

* a mock, practice, model, simulated or role-played interview, a rehearsal, a prep class, a
  training of interviewers, in every language whose interview word the lexicon knows (and in
  Georgian, Azerbaijani and Kazakh, whose words are coming): the rehearsal word must stand
  beside the interview word ("सराव मुलाखत", "temuduga olok-olok", "மாதிரி நேர்முகத் தேர்வு",
  "darba intervijas lomu spēle", "töövestluse simulatsioon"), so a real interview whose agenda
  holds "simulasi kerja" or a "mock client call" is left alone;
* a talk about why interviews matter or how to face them ("kenapa interview penting",
  "why the interview matters");
* going along to someone else's interview: a third-person possessive or a companion beside
  the interview word ("ওর ভাইভায়", "Go with Priya to her interview", "Hantar anak saudara ke
  temuduga").

Why: round 20's blind batch drafted for a Marathi mock interview and a Malay career talk, and
asked about an Estonian lesson's role play, a Sinhala answer practice and a Bengali friend's
viva: a language that can find an interview found its rehearsals too. Pure data; no I/O.
"""

from __future__ import annotations

__all__ = ["TITLE_TABLE_21"]

_DEVA_IW = r"(?:मुलाखत\w*|साक्षात्कार\w*|अन्तर्वार्ता|अंतर्वार्ता|इंटरव्यू|इन्टरभ्यु|अन्तरवार्ता)"
_BENG_IW = r"(?:ভাইভা\w*|সাক্ষাৎকার\w*|ইন্টারভিউ\w*|মৌখিক\s+পরীক্ষা\w*)"

TITLE_TABLE_21: tuple[tuple[str, str], ...] = (
    # Devanagari (Hindi, Marathi, Nepali): mock/practice before, preparation after
    (r"(?:मॉक|मोक|अभिरूप|सराव|अभ्यास|नमूना|नमुना|प्रैक्टिस|प्रॅक्टिस|रिहर्सल|डमी|कृत्रिम)\s*"
     + _DEVA_IW + r"|" + _DEVA_IW + r"\s+(?:की\s+|को\s+|ची\s+|चा\s+)?(?:तैयारी|तयारी|सराव|अभ्यास"
     r"|प्रैक्टिस|कार्यशाला|कार्यशाळा|मार्गदर्शन|कक्षा|वर्ग|टिप्स)",
     "मॉक|मोक|अभिरूप|सराव|अभ्यास|नमूना|नमुना|प्रैक्टिस|प्रॅक्टिस|रिहर्सल|डमी|कृत्रिम|मुलाखत"
     "|साक्षात्कार|अन्तर्वार्ता|अंतर्वार्ता|इंटरव्यू|इन्टरभ्यु|अन्तरवार्ता"),
    # Bengali
    (r"(?:মক|মডেল|অনুশীলন|প্র্যাকটিস|মহড়া)\s*" + _BENG_IW + r"|" + _BENG_IW
     + r"\s+(?:এর\s+)?(?:প্রস্তুতি|অনুশীলন|প্র্যাকটিস|কর্মশালা|টিপস)",
     "মক|মডেল|অনুশীলন|প্র্যাকটিস|মহড়া|ভাইভা|সাক্ষাৎকার|ইন্টারভিউ|মৌখিক"),
    # Sinhala: a model or mock interview; practising answers for one
    (r"(?:ආදර්ශ|ව්‍යාජ|මොක්|අනුරූපී)\s*සම්මුඛ|සම්මුඛ[^\n]{0,40}?(?:පුහුණු\s*වීම|පුහුණුව|අභ්‍යාස"
     r"|සූදානම|වැඩමුළු)",
     "ආදර්ශ|ව්‍යාජ|මොක්|අනුරූපී|සම්මුඛ"),
    # Tamil: a model interview; interview practice or rehearsal
    (r"(?:மாதிரி|ஒத்திகை|போலி|மாக்)\s*(?:நேர்காணல்|நேர்முக)|(?:நேர்காணல்|நேர்முகத்?\s*தேர்வு)\S*\s+"
     r"(?:பயிற்சி\s*(?:வகுப்பு|முகாம்)?|ஒத்திகை|தயாரிப்பு|பட்டறை)",
     "மாதிரி|ஒத்திகை|போலி|மாக்|நேர்காணல்|நேர்முக"),
    # Malay, Indonesian: mock, practice, talks, tips
    (r"\b(?:temu\s*duga|wawancara|interview)\s+(?:olok[\s-]?olok|tiruan|palsu|simulasi|latihan"
     r"|percubaan|contoh)\b|\b(?:bengkel|kursus|ceramah|persediaan|persiapan|tips|kiat|klinik)\s+"
     r"(?:\w+\s+){0,2}?(?:temu\s*duga|wawancara)\b|\b(?:kenapa|mengapa|pentingnya)\s+(?:\w+\s+)?"
     r"(?:temu\s*duga|wawancara|interview)\b",
     "temu|wawancara|interview|bengkel|kursus|ceramah|persediaan|persiapan|tips|kiat|klinik"
     "|kenapa|mengapa|pentingnya"),
    # Serbian, Croatian, Bosnian (Latin and Cyrillic)
    (r"\b(?:probn|simulacij|vježb|vežb)\w*\s+(?:\w+\s+)?(?:intervju|razgovor)\w*|\b(?:intervju|razgovor)"
     r"\w*\s+(?:za\s+posao\s+)?[–-]?\s*(?:simulacij|vježb|vežb|radionic)\w*"
     r"|(?<![\w])(?:пробн|симулациј|вежб)\w*\s+(?:\w+\s+)?(?:интервју|разговор)\w*"
     r"|\bobuk\w*\s+(?:za\s+)?intervjuer\w*",
     "probn|simulacij|vježb|vežb|intervju|razgovor|пробн|симулациј|вежб|obuk"),
    # Latvian, Lithuanian: role plays, simulations, trial interviews, training interviewers
    (r"\blomu\s+spēl\w*|\bintervij\w*\s+(?:simulācij|izspēl)\w*|\b(?:izmēģinājuma|mēģinājuma|prakses)"
     r"\s+(?:darba\s+)?intervij\w*|\bintervētāju\s+(?:apmācīb|sagatavošan|instruktāž|kalibrēšan)\w*|\bpokalbių\s+vedėjų\s+mokym\w*"
     r"|\bvaidmen\w*\s+žaidim\w*"
     r"|\b(?:bandom|imitacin|parengiam)\w*\s+(?:darbo\s+)?(?:pokalb|interviu)\w*"
     r"|\b(?:pokalbi|interviu)\w*\s+(?:imitacij|simuliacij|repeticij)\w*",
     "lomu|intervij|izmēģinājuma|mēģinājuma|prakses|intervētāju|vaidmen|bandom|imitacin"
     "|parengiam|pokalbi|interviu|vedėjų"),
    # Estonian, Finnish
    (r"\brollimäng\w*|\b(?:töövestlus|tööintervjuu|intervjuu)\w*\s+(?:simulatsioon|harjutus|rollimäng)\w*"
     r"|\b(?:näidis|harjutus|mängu|simulatsiooni)(?:töö)?(?:vestlus|intervjuu)\w*"
     r"|\bharjoitus(?:työ)?haastattelu\w*|haastattelu(?:harjoitus|simulaatio|valmennus)\w*"
     r"|\bsimuloitu\s+(?:työ)?haastattelu\w*|\bintervjueerijate\s+(?:koolitus|ettevalmistus)\w*",
     "rollimäng|töövestlus|tööintervjuu|intervjuu|näidis|harjutus|mängu|simulatsiooni|harjoitus"
     "|haastattelu|simuloitu|intervjueerijate"),
    # Czech, Slovak, Polish, Hungarian, Romanian
    (r"\b(?:cvičn|modelov)\w*\s+pohovor\w*|\bpohovor\w*\s+nanečisto|\bnácvik\w*\s+pohovor\w*"
     r"|\b(?:próbn|symulowan)\w*\s+rozmow\w*|\bćwiczen\w*\s+rozmow\w*"
     r"|\bpróba[\s-]?(?:állás)?interjú\w*|\b(?:állás)?interjú[\s-]?(?:gyakorl|szimuláci|tréning)\w*"
     r"|\binterviu\w*\s+(?:simulat|de\s+prob[aă]|de\s+exersare)\w*|\bsimular\w*\s+(?:unui\s+)?interviu",
     "cvičn|modelov|pohovor|nácvik|próbn|symulowan|ćwiczen|próba|interjú|interviu|simular"),
    # Turkish, Azerbaijani, Kazakh, Georgian
    (r"\bm[üu]lakat\s+(?:provas|sim[üu]lasyon|atölye|hazırlık|kamp)\w*|\bsim[üu]lasyon\s+m[üu]lakat\w*"
     r"|\b(?:sınaq|məşq|simulyasiya)\s+müsahib\w*|\bmüsahibə\w*\s+(?:məşq|simulyasiya|təlim)\w*"
     r"|(?<![\w])(?:сынақ|жаттығу|симуляциялық)\s+сұхбат\w*|(?<![\w])сұхбат\w*\s+(?:жаттығу|симуляция"
     r"|тренинг)\w*|(?:საცდელი|იმიტაციური|სიმულაციური)\s+გასაუბრებ\w*"
     r"|გასაუბრების\s+(?:სიმულაცია|რეპეტიცია|ტრენინგი)",
     "mülakat|mulakat|simülasyon|simulasyon|sınaq|sinaq|məşq|simulyasiya|müsahib|сынақ|жаттығу|симуляциялық|сұхбат"
     "|საცდელი|იმიტაციური|სიმულაციური|გასაუბრების"),
    # Greek, Hebrew, Persian, Urdu, Swahili, Tagalog, Italian, Albanian
    (r"(?:εικονικ|προσομοίωσ)\w*\s+συνέντευξ\w*|συνέντευξ\w*\s+(?:προσομοίωσ|εξάσκησ)\w*"
     r"|ראיון\s+(?:עבודה\s+)?(?:דמה|מדומה)|סימולציית\s+ראיון"
     r"|مصاحبه\s+(?:آزمایشی|ساختگی|تمرینی)|شبیه[\u200c\s]?سازی\s+مصاحبه|تمرین\s+مصاحبه"
     r"|(?:فرضی|موک)\s+انٹرویو"
     r"|\b(?:usaili|mahojiano)\s+(?:ya\s+)?(?:majaribio|mazoezi|kuigiza)\b|\bmazoezi\s+ya\s+(?:usaili"
     r"|mahojiano)\b|\bpagsasanay\s+(?:sa\s+)?(?:panayam|interview)\b"
     r"|\bsimulazione\s+(?:di\s+)?colloqui\w*|\bintervist[ëae]\s+(?:prov[ëe]|simulim)\w*"
     r"|\bsimulim\w*\s+(?:i\s+)?intervist\w*",
     "συνέντευξ|εικονικ|προσομοίωσ|ראיון|סימולציית|مصاحبه|شبیه|تمرین|انٹرویو|usaili|mahojiano"
     "|mazoezi|pagsasanay|simulazione|intervist|simulim"),
    # Indic scripts beyond Devanagari, Thai, CJK
    (r"(?:ਮੌਕ|ਅਭਿਆਸ)\s*ਇੰਟਰਵਿਊ|(?:મોક|પ્રેક્ટિસ)\s*ઇન્ટરવ્યૂ|(?:ಅಣಕು|ಮಾಕ್)\s*ಸಂದರ್ಶನ|మాక్\s*ఇంటర్వ్యూ"
     r"|สัมภาษณ์\s*จำลอง|(?:ฝึก|ซ้อม)\s*(?:การ)?สัมภาษณ์|จำลอง\s*(?:การ)?สัมภาษณ์"
     r"|模拟面试|模擬面接|面接練習|모의\s*면접|면접\s*(?:스터디|연습)",
     "ਮੌਕ|ਅਭਿਆਸ|મોક|પ્રેક્ટિસ|ಅಣಕು|ಮಾಕ್|మాక్|สัมภาษณ์|ฝึก|ซ้อม|จำลอง|模拟面试|模擬面接|面接練習"
     "|모의|면접"),
    # English: role plays of an interview, interviewer training, talks on why interviews matter
    (r"\binterview\s+role[\s-]?play\w*|\brole[\s-]?play\w*\s+(?:an?\s+)?(?:job\s+)?interview"
     r"|\binterviewer\s+(?:training|prep|preparation|calibration)\b|\btraining\s+(?:for\s+)?(?:new\s+)?interviewers\b"
     r"|\bwhat(?:['’]s|\s+is)\s+(?:an?|the|her|his|their)\s+(?:\w+\s+)?interview\s+like\b"
     r"|\bsit(?:ting)?[\s-]+in\b(?=\s*(?:on\b|[:(–—-]|$))"
     r"|\bwhy\s+(?:the\s+)?(?:job\s+)?interviews?\s+(?:matters?|is\s+important)"
     r"|\bcareers?\s+talk\b.{0,40}?\binterview",
     "interview|role|interviewer|training|why|career|what|sit"),
    # going along to someone else's interview
    (r"\b(?:go|going|goes|accompany|accompanying|drive|driving|take|taking|drop|dropping)\s+"
     r"(?:with\s+)?\w+\s+to\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?(?:interview|viva)\b"
     r"|\b(?:hantar|temani|teman|iring|antar|mengantar|menemani)\s+(?:\w+\s+){0,3}?ke\s+"
     r"(?:temu\s*duga|wawancara|interview)\b"
     r"|(?<![\u0980-\u09FF])(?:ওর|তার|তাঁর|ওনার)\s+" + _BENG_IW
     + r"|(?<![\u0900-\u097F])(?:उसके|उनके|उसका|उनका|उसको)\s+" + _DEVA_IW
     + r"|" + _BENG_IW + r"[^\n]{0,30}?(?:সাথে|সঙ্গে)\s+(?:যাওয়া|যাব|যাচ্ছি)"
     + r"|" + _DEVA_IW + r"[^\n]{0,30}?साथ\s+(?:जाना|जाऊँगा|जाउँगा|जाने|जानु)",
     "go|going|goes|accompany|accompanying|drive|driving|take|taking|drop|dropping|hantar"
     "|temani|teman|iring|antar|mengantar|menemani|ওর|তার|তাঁর|ওনার|उसके|उनके|उसका|उनका|उसको|ভাইভা|সাক্ষাৎকার|ইন্টারভিউ|মৌখিক"
     "|मुलाखत|साक्षात्कार|अन्तर्वार्ता|अंतर्वार्ता|इंटरव्यू|इन्टरभ्यु|अन्तरवार्ता"),
)
