"""Inside someone else's selection: the user's role in it, steps that hire nobody, and preparation.

Owns three readings that the rules' vetoes take in (round 19), each in the corpus's languages:

* ``seat_in_process`` (read by ``other_side.hiring_seat``, so the hiring-side veto): the user
  holds a role in a selection that is not theirs: a role-player or actor playing the customer,
  an assessor or observer, a jury, tribunal, commission or committee member, an examiner or
  marker, a writer of the questions, a volunteer mock interviewer. Said as a label of the title
  ("Role-player – ...", "Jury – épreuves orales", "... (vocal suplente)", "Einsatz
  Rollenspieler – AC ..."), in the first person ("I'm role-play customer", "soy vocal", "ik zit
  in de commissie", "sou examinadora"), or to the user as that role ("thanks for volunteering as
  an assessor", "en votre qualité de membre du jury", "Sie sind als Beobachterin eingeteilt",
  "Gentile componente", "grazie per far parte della commissione"). The same nouns name the
  candidate's judges in a candidate's invitation ("entretien avec le jury", "an actor plays a
  customer", "colloquio con la commissione", "Interview – Examiner", "面接官3名"), so a noun
  alone is never read: only the user's holding of it.
* ``hires_nobody`` (read by ``documents.nonjob_setting``, the non-job veto): the step decides a
  licence, a professional registration or a clearance, not a hire: a registration's or a
  licence's interview ("Experience Review Interview – P.Eng registration", "기술사 면접시험"), a
  security vetting of a person already chosen ("Säkerhetsprövningsintervju", "security
  clearance subject interview", "Sicherheitsgespräch"), and a French territorial competitive
  exam, whose winners go on a list and must then find an employer ("concours ... territorial",
  "liste d'aptitude ... il vous appartiendra de postuler"). A job interview for a post that
  needs a clearance or a licence says so beside its own interview word ("Vorstellungsgespräch –
  ... Sicherheitsüberprüfung", "최종 면접 – ... (기술사 우대)") and is not touched.
* ``prep_chore`` (read by ``chores.is_chore``, the user's own to-dos): a rehearsal of the route
  ("Test drive route to ...", "Trial run: drive to ...", "Practice commute") and a download or
  printout of the summons ("Download + print RRB e-call letter", "ई-समन लेटर डाउनलोड").

Why: round 18's blind batch drafted for a role-player in someone else's assessment centre, a
firefighters' competitive exam's oral and a Swedish security vetting, and asked about an
orchestra jury, a licence oral, a route rehearsal, a summons download and the writing of
interview questions: kinds no earlier batch held, each named in a handful of words per language.
Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.seat_scripts import roster_step, seat_in_script
from interview_sync.core.literals import Stems

__all__ = ["hires_nobody", "prep_chore", "seat_in_process"]

# The roles a person holds in a selection who is not its candidate (the candidate may meet them;
# only the user's holding of one is read below).
_ROLE = (
    r"(?:role[\s-]?players?|role[\s-]?play\s+(?:customer|client|caller|partner)|rollenspieler(?:in)?"
    r"|rollenspielpartner(?:in)?|role\s+actor|mock\s+(?:customer|client|caller|candidate|patient)"
    r"|figurant(?:e|in)?|assessors?|assesseur|beobachter(?:in)?|observers?|observat(?:eur|rice)"
    r"|observador(?:a)?|osservat(?:ore|rice)|observat[öo]r|waarnemer|[ée]valuat(?:eur|rice)"
    r"|evaluador(?:a)?|avaliador(?:a)?|valutat(?:ore|rice)|beoordelaar|bed[öo]mare"
    r"|beurteiler(?:in)?|examiners?|examinat(?:eur|rice)|examinador(?:a)?|esaminat(?:ore|rice)"
    r"|pr[üu]fer(?:in)?|markers?|correct(?:eur|rice)|corrector(?:a)?|corrett(?:ore|rice)"
    r"|korrektor(?:in)?|concept(?:eur|rice)(?:\s+de\s+sujets)?|question\s+writer|invigilator"
    r"|jury(?:\s+member)?|jur[ée]e?|jurado|j[úu]ri|giuria|giurato|jurymitglied|jurylid|jurors?"
    r"|interviewer|vocal(?:es)?\s+(?:titular|suplente)"
    r"|componente\s+(?:espert[oa]|aggregat[oa])|commissari[oa])"
)
# Words that may stand before a role in a title's part ("Einsatz Rollenspieler", "volunteer
# interviewer", "membre du jury"), and after it ("Assessor briefing", "vocal suplente").
_BEFORE = (r"(?:einsatz(?:\s+als)?|als|as|lead|head|guest|external|second|co-?|deputy|volunteer"
           r"|mock|practice|alumni"
           r"|pr[ée]sident(?:e)?\s+(?:du|de\s+la|del(?:la)?)|membre\s+(?:du|de\s+la)"
           r"|member\s+of\s+the|miembro\s+del|componente\s+della|membro\s+d[ao]|lid\s+van\s+de"
           r"|mitglied\s+(?:der|des))\s+")
_AFTER = (r"\s+(?:briefing|training|calibration|session|duty|shift|einsatz|seat|suplente|titular"
          r"|espert[oa]|expert|member|day)")
_PART = re.compile(r"^(" + _BEFORE + r")?" + _ROLE + r"(" + _AFTER + r")?$", re.IGNORECASE)
_SPLIT = re.compile(r"\s*[–—|:;+(),/\[\]]\s*|\s+-\s+")
# An interview word in the title: a bare role is then more likely the job applied for
# ("Interview – Examiner", "Assessor – interview"); a role with a qualifier is the user's either
# way ("volunteer interviewer", "vocal suplente").
_INTERVIEW_WORD = re.compile(
    r"interview|entretien|entrevista|colloquio|gespr[äa]ch|sollicitatie|intervju|haastattel"
    r"|rozmow|pohovor|m[üu]lakat|собеседован|面接|面试|면접|audition|vorspiel", re.IGNORECASE)
# The first person holding a role or sitting on a selecting body, in any of the languages; the
# user addressed as holding one; the user's own scoring.
_BODY = (r"(?:jury|giuria|jurado|j[úu]ri|tribunal|commissione|commission|comisi[óo]n|comiss[ãa]o"
         r"|(?:sollicitatie|selectie|benoemings)?commissie|(?:auswahl)?kommission|banca|panel|board"
         r"|committee|ausschuss|n[äa]mnd|rekryteringsgrupp)")
_ART = (r"(?:(?:the|a|an|de|het|een|le|la|l['’]|un|une|el|los|las|o|a|il|lo|der|die|das|dem|den"
        r"|ein|eine|einer|en|ett)\s+)?")
SEAT_TEXT = re.compile(
    # "I'm role-play customer", "soy vocal", "sou examinadora", "ik ben beoordelaar"
    r"\b(?:i['’]m|i\s+am|i['’]ll\s+be|je\s+suis|soy|sou|sono|ich\s+bin|ik\s+ben|jag\s+[äa]r"
    r"|jeg\s+er)\s+" + _ART + r"(?:(?:second|lead|main|co-?)\s+)?" + _ROLE + r"\b"
    r"|\b(?:soy|sou|sono)\s+(?:vocal|componente|examinador(?:a)?|membro|miembro)\b"
    # sitting on or being part of the body ("ik zit in de commissie", "far parte della commissione")
    r"|\b(?:i|ik|je|ich|jag|you|u|jij)\s+(?:sit|sits|sitting|zit|zitten|si[èe]ge|si[èe]gez|sitze"
    r"|sitzt|sitter)\s+"
    r"(?:on|in|au|im|i)\s+" + _ART + _BODY + r"\b"
    r"|\b(?:far|fa|faccio|faire|fais|fait|formar|formo|fazer|fa[çc]o|deel\s+uit\s+van|teil)\s+"
    r"(?:parte\s+d(?:el|ella|ello|a|o)\s+|partie\s+du\s+|partie\s+de\s+la\s+|der\s+|de\s+)"
    + _BODY + r"\b"
    # the user addressed as the role ("volunteering as an assessor", "als Beobachterin eingeteilt",
    # "en votre qualité de membre du jury", "your booking as role-player")
    r"|\b(?:(?:you|your|u|jij|sie|du|ihr|volunteer\w*|booking|booked|serv\w*|act|acting|sit\w*"
    r"|participat\w*|eingeteilt|eingesetzt|deltar|joining\s+us)\s+"
    # (not the job applied for: "your application as Assessor", "Sie bewerben sich als Prüfer")
    r"(?:(?!appl|bewerb|candid|postul|solicit|sollicit|interview|position|job|stelle|role\b)\w+\s+)"
    r"{0,2}?(?:as|als|som)"
    r"|en\s+tant\s+que|en\s+(?:votre|ta|sa)\s+qualit[ée]\s+de|in\s+qualit[àa]\s+di"
    r"|in\s+veste\s+di|na\s+qualidade\s+de)\s+" + _ART
    + r"(?:(?:second|lead|main|independent|external)\s+)?(?:" + _ROLE
    + r"|(?:membre|member|miembro|componente|membro|lid|mitglied)\s+(?:du|of\s+the|del|della"
    r"|da|do|van\s+de|der|des)\s+" + _BODY + r")\b"
    r"|\b(?:thank\s+you|thanks)\s+for\s+(?:volunteering|conducting|agreeing\s+to\s+(?:conduct"
    r"|sit|serve|assess|observe|judge))\b"
    r"|(?:^|\n|[.!]\s)\s*(?:dear|gentile|gentili|car[oa]|cari|liebe[r]?|beste|estimad[oa]s?"
    r"|prezad[oa]s?|ch[èe]re?s?)\s+(?:assessors?|observers?|panel(?:l)?ists|componente|componenti"
    r"|commissari|membres?\s+du\s+jury|miembros?\s+del\s+tribunal|vocales|jurors?|examiners?"
    r"|role-?players?|beobachter\w*|rollenspieler\w*|membros?\s+da\s+banca|commissieleden"
    r"|juryleden)\b"
    r"|\bconvoca\w*\s+a\s+los\s+miembros\s+del\s+tribunal",
    re.IGNORECASE)
# Writing the questions or the scoring for interviews the user holds, and the user scoring the
# candidates ("I score Q4-Q6"): a title only (a description's "I" is often the sender's).
QUESTION_WRITING = re.compile(
    r"\bi\s+(?:score|assess|observe|mark|evaluate|rate)\b"
    r"|\b(?:write|draft|finali[sz]e|rédiger|redactar|escribir|schreiben|erstellen|opstellen)\s+"
    r"(?:the\s+|les\s+|las\s+|die\s+)?(?:\w+\s+){0,2}?(?:interview\s+)?(?:questions|rubric|scorecard"
    r"|questions\s+d['’]entretien|preguntas|fragen|vragen)\b"
    r"|\bscoring\s+(?:rubric|guide|sheet|grid)\b|\binterview(?:fragen|leitfaden|vragen)\b"
    r"|\bgespr[äa]chsleitfaden\b|\bfragenkatalog\b|\bgrille\s+d['’](?:entretien|[ée]valuation)\b"
    r"|\bconception\s+des\s+sujets\b|(?:صياغة|إعداد|كتابة)\s+أسئلة",
    re.IGNORECASE)
_TITLE_HEAD = 600


# What a text must hold for each pattern above to match (lower case), found in one pass first:
# these alternations are too nested for ``gate.LiteralGated`` to find their literals, and trying
# them at every position of every hinted event's text would cost tens of microseconds.
_ROLE_WORDS = ("role", "rollen", "mock", "figurant", "assess", "beobacht", "observ", "valuat",
               "evaluad", "avaliad", "beoordel", "bedöm", "bedom", "beurteil", "examin", "esamin",
               "prüf", "pruf", "marker", "correct", "corrett", "korrekt", "concept", "question",
               "invigil", "jur", "giur", "júri", "interviewer", "vocal", "componente", "commissar")
_SEAT_WORDS = (*_ROLE_WORDS, "tribunal", "commission", "comisi", "comiss", "commissie",
                             "kommission", "banca", "panel", "board", "committee", "ausschuss",
                             "nämnd", "namnd", "rekryteringsgrupp", "volunteering", "conducting",
                             "agreeing", "membro", "miembro", "membre", "lid van", "mitglied")
_WRITING_WORDS = ("questions", "rubric", "scorecard", "preguntas", "fragen", "vragen", "scoring",
                  "leitfaden", "grille", "conception", "أسئلة", "i score", "i assess",
                  "i observe", "i mark", "i evaluate", "i rate")
_NO_HIRE_WORDS = ("registration", "licen", "chartership", "membership", "review", "eng",
                  "certification", "기술사", "자격", "면허", "資格", "口述", "esame",
                  "habilitation",
                  "sachkunde", "säkerhet", "sakerhet", "sicherheit", "clearance", "subject",
                  "investigat", "vetting", "dv ", "sikkerhet", "turvallisuus", "veiligheid",
                  "concours")
_PREP_WORDS = ("run", "drive", "commute", "journey", "trip", "rehears", "route", "probefahrt",
               "trajet", "download", "herunterladen", "charger", "descargar", "baixar", "scaricare",
               "letter", "admit", "hall ticket", "summon", "डाउनलोड", "प्रिंट", "प्रिन्ट", "ডাউনলোড",
               "প্রিন্ট", "பதிவிறக்க", "அச்சி", "බාගත", "මුද්‍රණ", "muat turun", "unduh", "cetak")


# (a description must also hold one of SEAT_TEXT's structures: the first person, "as", a
# greeting, "part of", "thanks for", a convocation)
_STRUCTURE_WORDS = (" as ", " als ", " som ", "qualit", "veste", "tant que", "thank", "sit", "zit",
                    "siège", "siege", "parte", "partie", "deel uit", "teil der", "dear", "gentil",
                    "car", "liebe", "beste", "estimad", "prezad", "cher", "chèr", "convoca", "i'm",
                    "i’m", "i am", "je suis", "soy ", "sou ", "sono ", "ich bin", "ik ben",
                    "jag är", "jeg er")
_ROLE_GATE, _SEAT_GATE, _WRITING_GATE, _NO_HIRE_GATE, _PREP_GATE, _STRUCTURE_GATE = (
    Stems(words) for words in (_ROLE_WORDS, _SEAT_WORDS, _WRITING_WORDS, _NO_HIRE_WORDS,
                               _PREP_WORDS, _STRUCTURE_WORDS))


def _role_part(title: str) -> bool:
    """Whether a part of the title is a role (``_PART``): qualified, or in a title without an
    interview word (a bare role beside one is more likely the job: "Assessor – interview")."""
    parts = [p.strip() for p in _SPLIT.split(title) if p and p.strip()]
    interview_word = _INTERVIEW_WORD.search(title) is not None
    for part in parts[:8]:
        found = _PART.match(part)
        if found is None:
            continue
        if found.group(1) or found.group(2):
            return True
        # a bare role in brackets after a name labels that person ("w/ Stuart (assessor)")
        if not interview_word and re.search(
                r"[A-Z][\w'’.-]*\s*\(\s*" + re.escape(part) + r"\s*\)", title) is None:
            return True
    return False


def seat_in_process(title: str, description: str) -> bool:
    """Whether the user holds a role in a selection that is not theirs (see the module's
    docstring): a role as a part of the title, the first person or the user addressed as the
    role (title or the description's head), or the writing of the questions (title)."""
    if title:
        low = title.lower()
        if _SEAT_GATE.found_in(low) and (
                (_ROLE_GATE.found_in(low) and _role_part(title))
                or SEAT_TEXT.search(title) is not None):
            return True
        if _WRITING_GATE.found_in(low) and QUESTION_WRITING.search(title) is not None:
            return True
    head = description[:_TITLE_HEAD] if description else ""
    if head:
        low_head = head.lower()
        if _SEAT_GATE.found_in(low_head) and _STRUCTURE_GATE.found_in(low_head) \
                and SEAT_TEXT.search(head) is not None:
            return True
    # round 20: the first person, an appointment or a named candidate in many scripts
    return seat_in_script(title, description)


# Steps that decide a licence, a registration or a clearance (the title).
NO_HIRE_TITLE = re.compile(
    # a registration's or a licence's interview or review
    # (not a "registration interview" alone: a staffing agency's is the candidate's hiring step)
    r"\b(?:licen[cs]ure|licen[cs]ing|chartership|professional\s+review|experience\s+review"
    r"|competence\s+review|professional\s+registration)\s+interview"
    r"|\binterview\s+for\s+(?:professional\s+registration|licen[cs]ure|chartership)\b"
    r"|\b(?:p\.?\s?eng|ceng|ieng|engtech)\b\s*(?:registration|licen[cs]\w*|application|review)"
    r"|\b(?:licen[cs]e|licensing|certification|board\s+certification)\s+(?:oral|interview|exam)"
    r"|기술사\s*(?:\d\s*차\s*)?면접|기술사\s*\d\s*차|(?:자격|면허)\s*(?:시험)?\s*면접"
    r"|面接\s*試験.{0,10}資格|資格\s*(?:試験)?\s*面接|口述試験"
    r"|\besame\s+di\s+stato\b|\bexamen\s+d['’]habilitation\b|\bsachkundepr[üu]fung\b"
    # a security vetting
    r"|s[äa]kerhetspr[öo]vning\w*|s[äa]kerhets(?:samtal|intervju)\w*|sicherheits[üu]berpr[üu]fung"
    r"|sicherheits(?:gespr[äa]ch|befragung)|\bsecurity\s+clearance\s+(?:subject\s+)?interview"
    r"|\b(?:personal|enhanced|security)\s+subject\s+interview\b|\bbackground\s+investigat(?:or|ion)\s+interview"
    r"|\bvetting\s+interview\b|\bdv\s+interview\b|\bentretien\s+d['’]habilitation\b"
    r"|\bsikkerhetsklarering\w*|\bturvallisuusselvity\w*|\bveiligheidsonderzoek\w*"
    # a French territorial competitive exam (its winners then look for an employer)
    r"|\bconcours\b.{0,80}?\b(?:territoria(?:l|le|ux)|spp|sapeurs?[\s-]pompiers?\s+professionnels?)\b",
    re.IGNORECASE)
# An employer's interview word beside it: the post needs a licence or a clearance.
_HIRING_INTERVIEW = re.compile(
    r"vorstellungsgespr|bewerbungsgespr|job\s+interview|anst[äa]llningsintervju"
    r"|rekryteringsintervju|entretien\s+(?:d['’]embauche|de\s+recrutement)|colloquio\s+di\s+lavoro"
    r"|sollicitatiegesprek|entrevista\s+de\s+(?:trabajo|emprego)|\((?:m|w|f|h|d)/(?:m|w|f|h|d)"
    r"(?:/(?:m|w|f|h|d))?\)",
    re.IGNORECASE)
# A list of the laureates from which they must then find an employer (the description's head).
NO_HIRE_LIST = re.compile(
    r"liste\s+d['’]aptitude.{0,200}?(?:il\s+(?:vous|leur|lui)\s+appartiendra|rechercher?\s+un"
    r"\s+(?:poste|emploi)|postuler\s+aupr[èe]s)",
    re.IGNORECASE | re.DOTALL)


def hires_nobody(title: str, description_head: str) -> bool:
    """Whether the step decides a licence, a registration or a clearance, or is a competitive
    exam whose winners then look for an employer (see the module's docstring)."""
    listed = bool(description_head) and "aptitude" in description_head \
        and NO_HIRE_LIST.search(description_head) is not None
    if not listed and not (_NO_HIRE_GATE.found_in(title.lower())
                           and NO_HIRE_TITLE.search(title) is not None):
        # round 20: a roster's or a reserve list's step (seat_scripts)
        return roster_step(title, description_head)
    return _HIRING_INTERVIEW.search(title) is None


# The user's own rehearsal of the route, and the summons to download or print (a title).
PREP_TITLE = re.compile(
    r"\b(?:test|trial|practice|dry)[\s-]+(?:run|drive|commute|journey|trip)\b"
    r"(?=.{0,40}?\b(?:route|to|parking|commute|journey|bus|train|drive)\b)"
    r"|\b(?:practice|test|trial)\s+(?:commute|journey)\b"
    r"|\brehears\w*\s+(?:the\s+)?(?:route|journey|commute|drive)\b"
    r"|\b(?:drive|walk|ride)\s+the\s+route\b|\bprobefahrt\b.{0,30}?\b(?:zum|zur|weg)\b"
    r"|\b(?:rep[ée]rage|reconnaissance)\s+(?:du\s+)?trajet\b"
    r"|\b(?:download|herunterladen|t[ée]l[ée]charger|descargar|baixar|scaricare)\b.{0,40}?"
    r"(?:call\s+letter|admit\s+card|hall\s+ticket|e-?summons?|summons|convocation|convocatoria"
    r"|convoca[çc][ãa]o|convocazione|einladung)"
    r"|(?:call\s+letter|admit\s+card|hall\s+ticket|e-?summons?)\b.{0,40}?\b(?:download|print)"
    r"|(?:समन|एडमिट\s+कार्ड|प्रवेश\s+पत्र|कॉल\s+लेटर).{0,40}?डाउनलोड"
    r"|डाउनलोड.{0,40}?(?:समन|एडमिट\s+कार्ड|प्रवेश\s+पत्र|कॉल\s+लेटर)"
    # round 21: the interview letter or admit card in Bengali, Devanagari, Tamil, Sinhala, Malay
    r"|(?:সাক্ষাৎকার\s*পত্র|প্রবেশপত্র|প্রবেশ\s+পত্র|এডমিট\s*কার্ড|কল\s*লেটার|প্রবেশপত্রের"
    r"|प्रवेशपत्र|प्रवेश\s*पत्र|मुलाखत\s*पत्र|अन्तर्वार्ता\s*पत्र|साक्षात्कार\s*पत्र|कल\s*लेटर"
    r"|நுழைவுச்\s*சீட்டு|அழைப்புக்?\s*கடிதம்|ඇතුළත්වීමේ\s*පත්‍රය|කැඳවීම්\s*ලිපිය"
    r"|surat\s+panggilan|kartu\s+(?:ujian|peserta)|slip\s+(?:temuduga|peperiksaan))"
    r".{0,40}?(?:ডাউনলোড|প্রিন্ট|डाउनलोड|प्रिंट|प्रिन्ट|பதிவிறக்க|அச்சி|බාගත|මුද්‍රණ|muat\s+turun"
    r"|unduh|cetak|print|download)"
    r"|(?:ডাউনলোড|प्रिंट|प्रिन्ट|muat\s+turun|unduh|cetak)\s.{0,40}?(?:পত্র|কার্ড|पत्र|surat"
    r"\s+panggilan|kartu|slip)",
    re.IGNORECASE)


def prep_chore(title: str) -> bool:
    """Whether the user's own title rehearses the route or fetches the summons."""
    return bool(title) and _PREP_GATE.found_in(title.lower()) \
        and PREP_TITLE.search(title) is not None
