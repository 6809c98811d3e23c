"""Concept × language tables about people: courtesy titles, "with", interviewer labels and
"meet" words, and the user's own tasks.

Owns the concepts of ``lexicon``'s tables, split from it in round 7 (the module reached the
size guideline): ``COURTESY``, the titles written before a name ("Frau Demir", "M. Haddad",
"Pan Zieliński") that a hiring side names its candidate with (``sides.courtesy_candidate``);
``WITH``, the words that make such a name the interviewer instead ("mit Frau Demir"); and
``CHORES``/``CHORES_LATER``, the user's own tasks around an interview (``chores.is_chore``);
``INTERVIEWERS`` (round 9), the labels an invitation puts before the people the candidate
meets ("Interviewers:", "Gesprächspartner:", "Entrevistadores:", "Intervenants :", "面试官：",
``schedule`` reads the list after them) and ``MEET`` (round 9), the sentence words that say
whom the candidate meets or talks with ("te reunirás con", "du skal tale med", ``mentions``
reads the names after them); ``HIRING_SELF`` (round 8), the user saying in their own
entry that they interview or recruit ("ik zit in de commissie", "én toborzok", "ja
intervjuiram": ``sides.user_hires``).
``COURTESY_AFTER``/``WITH_AFTER`` (round 8) are the Hungarian and Turkish titles written after a
name ("Kovács Péter úr", "Ahmet Bey") and the "with" after them ("Ahmet Bey ile"), for those
two languages only (why not others: see ``COURTESY_AFTER``). Otherwise the same rules as
``lexicon``: a cell per language of ``lexicon.LANGS``, lower-case, an empty cell explained in
``lexicon.GAPS``; tests/core/test_detect_lexicon.py checks every cell against its rule. Pure
data; no I/O.
"""

from __future__ import annotations

__all__ = ["ARRIVAL", "CHORES", "CHORES_LATER", "COURTESY", "COURTESY_AFTER", "HIRING_SELF",
           "INTERVIEWERS", "MEET", "WITH", "WITH_AFTER"]

Cells = dict[str, tuple[str, ...]]

# Courtesy titles written before a name ("Frau Demir", "M. Haddad", "Sra. Ortega", "Pan
# Zieliński", "dhr. Bakker"): a hiring side names its candidate with them.
COURTESY: Cells = {
    "en": ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"),
    "de": ("herr", "herrn", "frau"),
    "fr": ("m.", "mme", "mme.", "mlle", "monsieur", "madame"),
    "es": ("sr.", "sra.", "srta.", "señor", "señora", "don", "doña"),
    "it": ("sig.", "sig.ra", "sig.na", "signor", "signora"),
    "pt": ("sr.", "sra.", "senhor", "senhora", "dona"),
    "nl": ("dhr.", "dhr", "mevr.", "mevr", "mw.", "mevrouw", "de heer"),
    "pl": ("pan", "pani", "pana", "panem", "panią"),
    "cs": ("pan", "paní", "pana", "panem"),
    "sk": ("pán", "pani", "pána"),
    "ro": ("domnul", "doamna", "dl.", "dna."),
    "hu": (),
    "fi": ("herra", "rouva"),
    "sv": ("herr", "fru"),
    "no": ("herr", "fru"),
    "da": ("hr.", "fru"),
    "tr": (),
    "el": ("κ.", "κα", "κος", "κυρία", "κύριος", "κου"),
    "ru": ("г-н", "г-жа", "господин", "госпожа"),
    "uk": ("пан", "пані", "пана"),
    "he": ("מר", "גב'", "גברת", "ד\"ר"),
    "ar": ("السيد", "السيدة", "الأستاذ", "الأستاذة", "الدكتور", "الدكتورة", "د."),
    "hi": ("श्री", "श्रीमती", "सुश्री"),
    "th": ("นาย", "นาง", "นางสาว"),
    "vi": ("ông", "bà"),
    "id": ("bapak", "bpk.", "pak", "ibu", "bu", "sdr.", "sdri.", "saudara", "saudari"),
    "ms": ("encik", "puan", "cik"),
    "ja": (),
    "zh": (),
    "ko": (),
    "fa": ("آقای", "خانم"),
    "hr": ("g.", "gđa", "gospodin", "gospođa"),
    "sr": ("g.", "gđa", "gospodin", "gospođa", "г.", "господин", "госпођа"),
    "bg": ("г-н", "г-жа"),
    # round 10
    "lt": ("ponas", "ponia", "poną", "ponią"),
    "lv": (),
    "et": ("härra", "proua"),
    "sl": ("g.", "ga.", "gospod", "gospa"),
    "ca": ("sr.", "sra.", "senyor", "senyora"),
}

# "With" (and "at", "by"): a courtesy-titled name after it is the interviewer, not a candidate.
WITH: Cells = {
    "en": ("with", "at", "by"), "de": ("mit", "bei"), "fr": ("avec", "chez", "par"),
    "es": ("con", "con la", "con el"), "it": ("con", "con la", "con il"),
    "pt": ("com", "com a", "com o"),
    "nl": ("met", "bij"), "pl": ("z", "ze", "u"), "cs": ("s", "se", "u"), "sk": ("s", "so", "u"),
    "ro": ("cu",), "hu": (), "fi": ("kanssa",), "sv": ("med", "hos"),
    "no": ("med", "hos"), "da": ("med", "hos"), "tr": ("ile",), "el": ("με", "με τον", "με την"),
    "ru": ("с", "со", "у"), "uk": ("з", "із", "у"), "he": ("עם",), "ar": ("مع",),
    "hi": ("के साथ",), "th": ("กับ",), "vi": ("với",), "id": ("dengan", "bersama"),
    "ms": ("dengan", "bersama"), "ja": ("と",), "zh": ("与", "和", "跟"), "ko": ("와", "과"),
    "fa": ("با",), "hr": ("s", "sa", "kod"), "sr": ("s", "sa", "kod", "са", "код"),
    "bg": ("с", "със", "при"),
    # round 10
    "lt": ("su",),
    "lv": ("ar",),
    "et": (),
    "sl": ("z", "s", "pri"),
    "ca": ("amb",),
}

# Round 9: the labels before the people the candidate meets, as invitations write them (ATS
# templates, public-sector notices, recruiters' mails): "Interviewers: ...", "Panel: ...",
# "Ihre Gesprächspartner: ...", "Intervenants : ...", "Rozmowę przeprowadzą: ...". Read only
# with a colon after them (``schedule``), so the word in running prose names nobody.
INTERVIEWERS: Cells = {
    "en": ("interviewer", "interviewers", "interviewer(s)", "interview panel", "panel",
           "panel members", "panelists", "your interviewers", "your panel"),
    "de": ("interviewer", "interviewerin", "gesprächspartner", "gesprächspartnerin",
           "ihre gesprächspartner", "ihr gesprächspartner", "ihre gesprächspartnerin",
           "interviewpartner", "auswahlkommission"),
    "fr": ("intervieweur", "intervieweurs", "intervenant", "intervenants", "interlocuteur",
           "interlocuteurs", "vos interlocuteurs", "jury", "membres du jury"),
    "es": ("entrevistador", "entrevistadora", "entrevistadores", "entrevistador(es)",
           "tribunal", "comité de selección", "interlocutores"),
    "it": ("intervistatore", "intervistatori", "selezionatore", "selezionatori", "commissione"),
    "pt": ("entrevistador", "entrevistadora", "entrevistadores", "entrevistador(es)", "banca",
           "banca examinadora"),
    "nl": ("interviewer", "interviewers", "gesprekspartner", "gesprekspartners",
           "sollicitatiecommissie", "commissie"),
    "pl": ("rekruter", "rekruterka", "osoba prowadząca", "osoby prowadzące",
           "rozmowę przeprowadzi", "rozmowę przeprowadzą", "komisja", "skład komisji"),
    "cs": ("tazatel", "tazatelé", "pohovor povede", "pohovor povedou", "komise"),
    "sk": ("pohovor povedie", "pohovor povedú", "komisia"),
    "ro": ("intervievator", "intervievatori", "comisia", "comisia de interviu"),
    "hu": ("interjúztató", "interjúztatók", "kérdező", "bizottság"),
    "fi": ("haastattelija", "haastattelijat", "haastattelijoina"),
    "sv": ("intervjuare", "intervjuarna", "rekryteringsgrupp"),
    "no": ("intervjuer", "intervjuere", "intervjupanel"),
    "da": ("interviewer", "interviewere", "ansættelsesudvalg", "deltagere"),
    "tr": ("mülakatçı", "mülakatçılar", "görüşmeci", "görüşmeciler", "mülakat heyeti"),
    "el": ("συνεντευκτής", "συνεντευκτές", "επιτροπή"),
    "ru": ("интервьюер", "интервьюеры", "комиссия"),
    "uk": ("інтерв'юер", "інтерв'юери", "комісія"),
    "he": ("מראיין", "מראיינת", "מראיינים"),
    "ar": ("المحاور", "المحاورون", "لجنة المقابلة", "اللجنة", "أعضاء اللجنة"),
    "hi": ("साक्षात्कारकर्ता", "साक्षात्कार पैनल"),
    "th": ("ผู้สัมภาษณ์", "กรรมการสัมภาษณ์"),
    "vi": ("người phỏng vấn", "hội đồng phỏng vấn"),
    "id": ("pewawancara", "panel wawancara", "tim pewawancara"),
    "ms": ("penemuduga", "panel temu duga"),
    "ja": ("面接官", "面接担当", "面接担当者"),
    "zh": ("面试官", "复试官", "面试小组", "考官"),
    "ko": ("면접관", "면접위원"),
    "fa": ("مصاحبه‌کننده", "هیئت مصاحبه"),
    "hr": ("intervjuer", "intervjueri", "povjerenstvo"),
    "sr": ("intervjuer", "komisija", "интервјуер", "комисија"),
    "bg": ("интервюиращ", "интервюиращи", "комисия"),
    # round 10
    "lt": ("komisija", "pašnekovai", "pokalbį ves"),
    "lv": ("intervētāji", "intervētājs", "komisija"),
    "et": ("intervjueerija", "intervjueerijad", "komisjon"),
    "sl": ("komisija", "izpraševalci", "razgovor vodi"),
    "ca": ("entrevistador", "entrevistadora", "entrevistadors", "tribunal"),
}

# Round 9: the words of a sentence after which the people the candidate meets are named ("you
# will be interviewed by", "te reunirás con", "você vai conversar com", "du skal tale med"),
# in the second person and the future or present an invitation uses, ending where the
# names begin.
MEET: Cells = {
    "en": ("you'll meet with", "you will meet with", "you'll be meeting with",
           "you will be interviewed by", "you'll be interviewed by", "you'll be speaking with",
           "your interview will be with", "your interview is with", "will interview you"),
    "de": ("sie treffen", "sie sprechen mit", "sie lernen", "das gespräch führt",
           "das gespräch führen", "ihr gespräch führen"),
    "fr": ("vous rencontrerez", "vous serez reçu par", "vous serez reçue par",
           "vous échangerez avec", "l'entretien sera mené par", "vous allez rencontrer"),
    "es": ("te reunirás con", "se reunirá con", "te entrevistará", "le entrevistará",
           "la entrevista será con", "hablarás con", "conocerás a"),
    "it": ("incontrerai", "incontrerà", "il colloquio sarà condotto da", "parlerai con"),
    "pt": ("vai conversar com", "irá conversar com", "você vai conhecer",
           "a entrevista será com", "será entrevistado por", "será entrevistada por"),
    "nl": ("je spreekt met", "u spreekt met", "je maakt kennis met", "u maakt kennis met",
           "het gesprek wordt gevoerd door"),
    "pl": ("spotkasz się z", "spotka się pan z", "spotka się pani z", "porozmawiasz z"),
    "cs": ("setkáte se s", "budete mluvit s", "pohovor povede"),
    "sk": ("stretnete sa s", "budete hovoriť s", "pohovor povedie"),
    "ro": ("vă veți întâlni cu", "te vei întâlni cu", "interviul va fi susținut de",
           "veți discuta cu"),
    "hu": ("találkozni fog", "beszélgetni fog", "az interjút vezeti"),
    "fi": ("tapaat", "haastattelijana toimii", "keskustelet"),
    "sv": ("du träffar", "du kommer att träffa", "du pratar med", "intervjun hålls av"),
    "no": ("du møter", "du skal møte", "du skal snakke med", "intervjuet gjennomføres av"),
    "da": ("du skal tale med", "du møder", "du skal møde", "samtalen føres af"),
    "tr": ("görüşeceğiniz kişi", "görüşmeyi yapacak kişi", "mülakatı yapacak"),
    "el": ("θα συναντήσετε", "θα μιλήσετε με"),
    "ru": ("вы встретитесь с", "с вами встретится", "собеседование проведёт",
           "собеседование проведет"),
    "uk": ("ви зустрінетеся з", "співбесіду проведе"),
    "he": ("תיפגש עם", "תיפגשי עם", "הראיון יתקיים עם"),
    "ar": ("ستلتقي مع", "ستجري المقابلة مع"),
    "hi": ("आपकी मुलाकात", "साक्षात्कार लेंगे"),
    "th": ("คุณจะได้พบกับ", "สัมภาษณ์โดย"),
    "vi": ("bạn sẽ gặp", "anh/chị sẽ gặp", "phỏng vấn bởi"),
    "id": ("anda akan bertemu dengan", "wawancara akan dilakukan oleh", "akan diwawancarai oleh"),
    "ms": ("anda akan berjumpa dengan", "temu duga akan dijalankan oleh"),
    "ja": ("面接を担当するのは", "面接担当は"),
    "zh": ("与您面谈的是", "面试将由"),
    "ko": ("면접은", "면접관은"),
    "fa": ("ملاقات خواهید کرد با", "مصاحبه توسط"),
    "hr": ("razgovarat ćete s", "susrest ćete se s", "razgovor vodi"),
    "sr": ("razgovaraćete sa", "razgovor vodi", "разговараћете са"),
    "bg": ("ще се срещнете с", "интервюто ще проведе"),
    # round 10
    "lt": ("susitiksite su", "kalbėsitės su", "pokalbį ves"),
    "lv": ("tiksieties ar", "intervijā piedalīsies", "runāsiet ar"),
    "et": ("kohtute", "vestlust viib läbi", "vestlust viivad läbi"),
    "sl": ("srečali se boste z", "razgovor bo vodil", "razgovor bo vodila"),
    "ca": ("us atendrà", "et reuniràs amb", "l'entrevista la farà"),
}

# Round 19: the phrases that tell a candidate whom to ask for on arrival ("ask for Denise Marlow
# at the front desk", "report to Sgt. Mike Alvarez", "chiedere di Nino Ferri", "preguntar por la
# Dra. Elena Ruiz", "demander Madame Estelle Cabrol", "melden Sie sich bei Frau Korte"): the
# person named after one is whom the candidate meets, a thank-you's recipient.
ARRIVAL: Cells = {
    "en": ("ask for", "report to", "check in with", "ask at reception for", "ask at the desk for"),
    "de": ("melden sie sich bei", "wenden sie sich an", "fragen sie nach", "melde dich bei",
           "am empfang bei", "an der pforte bei", "an der rezeption bei"),
    "fr": ("demander", "demandez", "adressez-vous à", "s'adresser à", "présentez-vous à"),
    "es": ("preguntar por", "pregunte por", "pregunta por", "preguntad por", "dirigirse a",
           "diríjase a"),
    "it": ("chiedere di", "chiedere del", "chiedere della", "chiedere dello", "chiedi di",
           "chiedete di", "rivolgersi a", "rivolgersi al", "rivolgersi alla", "chiedere per"),
    "pt": ("procurar por", "perguntar por", "procure por", "pergunte por", "dirija-se a"),
    "nl": ("vragen naar", "vraag naar", "meld je bij", "meldt u zich bij", "melden bij"),
    "sv": ("fråga efter", "anmäl dig till", "anmäl dig hos"),
    "no": ("spør etter", "meld deg hos", "meld deg til"),
    "da": ("spørg efter", "henvend dig til", "meld dig hos"),
}

# Round 8: the courtesy titles written after a name ("Kovács Péter úr", "Ahmet Bey", "Ayşe
# Hanım"), only where a hiring side names its candidate that way: Hungarian and Turkish.
# (様, さん, 先生, 女士, 님, 씨 follow the name too but honour the candidate and the
# interviewer alike, in the candidate's own invitation as much as in the panel's: no sign of
# either side, as ``lexicon.GAPS`` says.)
COURTESY_AFTER: Cells = {
    "hu": ("úr", "asszony"),
    "tr": ("bey", "hanım", "beyefendi", "hanımefendi"),
}
# The word after such a title that makes the name the interviewer's ("Ahmet Bey ile").
WITH_AFTER: Cells = {"hu": (), "tr": ("ile",)}

# The user's own tasks around an interview: replying, confirming, preparing, moving it
# (``chores.is_chore`` must recognise each, leading a title the user put on their calendar).
CHORES: Cells = {
    "en": ("reply", "confirm", "prepare", "reschedule", "claim"),
    "de": ("antworten", "bestätigen", "vorbereiten", "verschieben"),
    "fr": ("répondre", "confirmer", "préparer", "reporter"),
    "es": ("responder", "confirmar", "preparar", "reprogramar"),
    "it": ("rispondere", "confermare", "preparare", "spostare"),
    "pt": ("responder", "confirmar", "preparar", "remarcar"),
    "nl": ("beantwoorden", "bevestigen", "voorbereiden", "verzetten"),
    "pl": ("odpowiedzieć", "potwierdzić", "przygotować", "przełożyć"),
    "cs": ("odpovědět", "potvrdit", "připravit", "zrušit"),
    "sk": ("odpovedať", "potvrdiť", "pripraviť", "zrušiť"),
    "ro": ("răspunde", "confirmă", "pregătire", "anula"),
    "hu": ("válaszolni", "visszaigazolni", "felkészülés", "lemondani"),
    "fi": ("vastaa", "vahvista", "valmistaudu", "peru"),
    "sv": ("svara", "bekräfta", "förbereda", "avboka"),
    "no": ("svare", "bekrefte", "forberede", "avlyse"),
    "da": ("svare", "bekræfte", "forberede", "aflyse"),
    "tr": ("yanıtla", "onayla", "hazırlık", "iptal et"),
    "el": ("απάντηση", "επιβεβαίωση", "προετοιμασία", "ετοιμασία", "ακύρωση", "αναβολή"),
    "ru": ("ответить", "подтвердить", "подготовка", "перенести"),
    "uk": ("відповісти", "підтвердити", "підготовка", "скасувати"),
    "he": ("להשיב", "לאשר", "הכנה", "לבטל"),
    "ar": ("الرد على", "تأكيد", "التحضير"),
    "hi": ("जवाब", "पुष्टि", "तैयारी"),
    "th": ("ตอบกลับ", "ยืนยัน", "เตรียม"),
    "vi": ("trả lời", "xác nhận", "chuẩn bị"),
    "id": ("balas", "konfirmasi", "persiapan"),
    "ms": ("balas", "sahkan", "persediaan"),
    "ja": ("返信", "準備", "日程調整", "変更のお願い"),
    "zh": ("回复", "准备", "改期"),
    "ko": ("답장", "회신", "준비", "일정 변경"),
    "fa": ("پاسخ", "تأیید", "آمادگی"),
    "hr": ("odgovoriti", "potvrditi", "pripremiti", "priprema"),
    "sr": ("odgovoriti", "potvrditi", "одговорити", "потврдити", "припрема"),
    "bg": ("отговори", "потвърди", "подготовка"),
    # round 10
    "lt": ("atsakyti", "patvirtinti", "pasiruošti", "perkelti"),
    "lv": ("atbildēt", "apstiprināt", "sagatavoties", "pārcelt"),
    "et": ("vasta", "kinnita", "valmistu", "tühista"),
    "sl": ("odgovoriti", "potrditi", "pripraviti", "priprava"),
    "ca": ("respondre", "confirmar", "preparar", "ajornar"),
}
# Calling back about it, and a task set "before the interview" (round 6: "Richiamare HR ...
# per spostare il colloquio", "Selvitä ... ennen haastattelua").
CHORES_LATER: Cells = {
    "en": ("call back", "before the interview"), "de": ("zurückrufen", "vor dem gespräch"),
    "fr": ("rappeler", "avant l'entretien"), "es": ("devolver la llamada",
           "antes de la entrevista"),
    "it": ("richiamare", "prima del colloquio"), "pt": ("retornar a ligação",
           "antes da entrevista"),
    "nl": ("terugbellen", "voor het sollicitatiegesprek"), "pl": ("oddzwonić", "przed rozmową"),
    "cs": ("zavolat zpět", "před pohovorem"), "sk": ("zavolať späť", "pred pohovorom"),
    "ro": ("sună înapoi", "înainte de interviu"), "hu": ("visszahívni", "interjú előtt"),
    "fi": ("soita takaisin", "ennen haastattelua"), "sv": ("ring tillbaka", "inför intervjun"),
    "no": ("ring tilbake", "før intervjuet"), "da": ("ring tilbage", "før samtalen"),
    "tr": ("geri ara", "mülakattan önce"), "el": ("να καλέσω πίσω", "πριν τη συνέντευξη"),
    "ru": ("перезвонить", "перед собеседованием"), "uk": ("передзвонити", "перед співбесідою"),
    "he": ("לחזור ל", "לפני הראיון"), "ar": ("معاودة الاتصال", "قبل المقابلة"),
    "hi": ("वापस कॉल", "इंटरव्यू से पहले"), "th": ("โทรกลับ", "ก่อนสัมภาษณ์"),
    "vi": ("gọi lại", "trước buổi phỏng vấn"), "id": ("telepon balik", "sebelum wawancara"),
    "ms": ("hubungi semula", "sebelum temu duga"), "ja": ("折り返し", "面接前に"),
    "zh": ("回电", "面试前"), "ko": ("회신 전화", "면접 전"), "fa": ("تماس مجدد", "قبل از مصاحبه"),
    "hr": ("nazvati natrag", "prije razgovora"), "sr": ("pozvati nazad", "pre razgovora"),
    "bg": ("да върна обаждане", "преди интервюто"),
    # round 10
    "lt": ("perskambinti", "prieš pokalbį"),
    "lv": ("atzvanīt", "pirms intervijas"),
    "et": ("helista tagasi", "enne intervjuud"),
    "sl": ("poklicati nazaj", "pred razgovorom"),
    "ca": ("trucar de nou", "abans de l'entrevista"),
}

# Round 8: the user, in an entry of their own, saying they are the one interviewing or
# recruiting (first person: an employer's invite may well say "I'm hiring for my team", so
# ``sides.user_hires`` reads only the user's own entries). Matched at a word start, anywhere
# in Chinese, Japanese and Thai.
HIRING_SELF: Cells = {
    "en": ("i interview", "i'm interviewing", "i am interviewing", "i'm recruiting",
           "i am recruiting", "i'm hiring", "i am hiring", "i chair the", "i'm on the panel",
           "i am on the panel", "i sit on the", "i run the interviews",
           # round 23: leading or moderating the interview
           "i'm leading the interview", "i lead the interview", "i'm moderating the"),
    "de": ("ich führe die", "ich interviewe", "ich stelle ein", "ich sitze in der",
           "ich bin in der auswahlkommission", "meine kandidaten", "ich leite das gespräch",
           "ich führe das gespräch"),
    "fr": ("je fais passer", "je recrute", "je mène les entretiens", "je suis dans le jury",
           "je mène l'entretien", "je conduis l'entretien",
           "mes candidats"),
    "es": ("yo entrevisto", "entrevisto a", "estoy contratando", "estoy reclutando",
           "formo parte del tribunal", "mis candidatos", "dirijo la entrevista"),
    "it": ("faccio i colloqui", "conduco i colloqui", "sto assumendo", "sono in commissione",
           "i miei candidati"),
    "pt": ("eu entrevisto", "estou contratando", "estou recrutando", "faço parte da banca",
           "meus candidatos"),
    "nl": ("ik zit in de", "ik voer de gesprekken", "ik neem de gesprekken", "ik interview",
           "ik werf", "mijn kandidaten"),
    "pl": ("prowadzę rozmowy", "rekrutuję", "jestem w komisji", "moi kandydaci"),
    "cs": ("vedu pohovory", "dělám pohovory", "jsem v komisi", "moji uchazeči"),
    "sk": ("vediem pohovory", "robím pohovory", "som v komisii", "moji uchádzači"),
    "ro": ("intervievez", "recrutez", "sunt în comisie", "candidații mei"),
    "hu": ("interjúztatok", "toborzok", "én toborzok", "bizottságban ülök", "jelöltjeim"),
    "fi": ("haastattelen", "rekrytoin", "olen raadissa", "hakijani"),
    "sv": ("jag intervjuar", "jag rekryterar", "jag sitter i", "mina kandidater"),
    "no": ("jeg intervjuer", "jeg rekrutterer", "jeg sitter i", "mine kandidater"),
    "da": ("jeg interviewer", "jeg rekrutterer", "jeg sidder i", "mine kandidater"),
    "tr": ("mülakat yapıyorum", "işe alım yapıyorum", "komisyondayım", "adaylarım"),
    "el": ("παίρνω συνέντευξη", "κάνω συνεντεύξεις", "προσλαμβάνω", "είμαι στην επιτροπή"),
    "ru": ("я провожу собеседовани", "провожу собеседовани", "я нанимаю", "я в комиссии",
           "я веду собеседовани",
           "мои кандидаты"),
    "uk": ("я проводжу співбесід", "проводжу співбесід", "я наймаю", "мої кандидати"),
    "he": ("אני מראיין", "אני מראיינת", "אני מגייס", "אני מגייסת"),
    "ar": ("أجري مقابلات", "أقوم بالتوظيف", "أنا في لجنة"),
    "hi": ("मैं इंटरव्यू ले", "मैं भर्ती कर"),
    "th": ("ฉันสัมภาษณ์", "ผมสัมภาษณ์", "สัมภาษณ์ผู้สมัคร"),
    "vi": ("tôi phỏng vấn", "tôi tuyển", "ứng viên của tôi"),
    "id": ("saya mewawancarai", "saya merekrut", "kandidat saya"),
    "ms": ("saya menemu duga", "saya merekrut", "calon saya"),
    "ja": ("面接官を務め", "私が面接", "面接担当"),
    "zh": ("我面试", "我当面试官", "我负责面试", "我招人"),
    "ko": ("내가 면접", "제가 면접", "면접관으로 참여"),
    "fa": ("مصاحبه می‌کنم", "مصاحبه می کنم", "استخدام می کنم"),
    "hr": ("ja intervjuiram", "intervjuiram", "ja vodim intervjue", "vodim razgovore",
           "zapošljavam", "moji kandidati"),
    "sr": ("intervjuišem", "vodim razgovore", "zapošljavam", "интервјуишем"),
    "bg": ("интервюирам", "провеждам интервюта", "наемам"),
    # round 10
    "lt": ("aš vedu pokalbius", "esu komisijoje", "atrenku kandidatus", "mano kandidatai"),
    "lv": ("es intervēju", "esmu komisijā", "mani kandidāti"),
    "et": ("ma intervjueerin", "olen komisjonis", "minu kandidaadid"),
    "sl": ("intervjuvam", "sem v komisiji", "moji kandidati"),
    "ca": ("entrevisto", "sóc al tribunal", "els meus candidats"),
}
