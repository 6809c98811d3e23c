"""People an invite's prose names as the ones the candidate will meet, in the languages it uses.

Owns the cue phrases that introduce interviewers in running text, beyond the schedules and
"Interviewers:" lists ``schedule`` reads: "you'll meet with X (Head of Y)", "Panel chair: X",
"ask for X on arrival", "your interview ... with X, Store Manager", "Ihre Gesprächspartner sind
Frau X und Herr Y", "Sie sprechen mit", "vous serez reçu par", "vous rencontrerez", "te
entrevistará", "a entrevista será conduzida por", "il colloquio sarà condotto da", "het gesprek
wordt gevoerd door", "Intervjuare:", "gjennomføres av", "til stede", a panel's chair, Russian,
Bulgarian, Indonesian and Vietnamese cues, a contact person, a Slavic "with" (its instrumental
returned to the nominative); and the courtesy titles that precede names in them (Frau, Herr, Mme,
M., Dr., dott.ssa, Sra., Bapak, Ông). Each cue reads one
sentence. ``titled_people`` reads, without a cue, the names a job or a courtesy title marks
("klinikchef Mette Dahl", "Johan Ek (butikschef)", "Frau Dr. Petra Hollmann"). Whether a
name read this way is a person or the employer is for ``people`` to judge (it knows the
invite's domains). The labels of Japanese, Chinese and Korean invitations and Arabic names
after an honorific are ``uncased``'s, the one who signs ``signature``'s. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.jobs import ROLE_WORD_RE, ROLE_WORDS
from interview_sync.core.detect.lexicon_people import ARRIVAL, MEET
from interview_sync.core.detect.names import COURTESY, strip_courtesy_titles
from interview_sync.core.detect.schedule import PersonDraft, people_in
from interview_sync.core.literals import Stems

__all__ = ["DEPARTMENT", "job_before", "mentioned_people", "strip_job", "titled_people"]

# A cue that a list of the people the candidate meets follows, in a label ("Interviewers:",
# "Gesprächspartner:", "Intervjuare:") or in a sentence ("Vous serez reçu par ...").
_CUE = re.compile(
    r"\b(?:"
    # English
    r"you(?:'ll|\s+will)\s+(?:be\s+)?(?:meet(?:ing)?|speak(?:ing)?|chat(?:ting)?|talk(?:ing)?)"
    r"(?:\s+with)?|you(?:'ll|\s+will)\s+be\s+interviewed(?:\s+\w+){0,2}?\s+by"
    # "your assessor will be Captain Rhys Morgan", "Your second round will be with A and B"
    r"|(?:the|your)\s+(?:\w+\s+)?(?:interview(?:er)?s?|assessors?|examiners?|round|call|session"
    r"|meeting|conversation)(?:\s+panel)?"
    r"\s+will\s+(?:be\s+conducted\s+by|be\s+with|consist\s+of|be)|(?:please\s+)?ask\s+for"
    r"|(?:interview\s+)?panel\s+(?:chair|members?)|hiring\s+manager|interviewing\s+with"
    # "a 45-minute panel interview (Mrs K. Doyle, Headteacher; Mr R. Patel, ...)"
    r"|panel\s+interview(?=\s*\()"
    # German
    r"|(?:ihre?\s+)?gespr[äa]chspartner(?:in|innen)?(?:\s+(?:sind|ist|werden\s+sein))?"
    r"|(?:ihre?\s+)?interviewpartner(?:in|innen)?(?:\s+(?:sind|ist))?"
    r"|sie\s+(?:sprechen|treffen)(?:\s+(?:mit|auf))?|das\s+gespr[äa]ch\s+f[üu]hr(?:en|t)"
    # French
    r"|vous\s+serez\s+re[çc]ue?s?\s+par|vous\s+rencontrerez|l'entretien\s+sera\s+(?:men[ée]|conduit"
    r"|anim[ée])\s+par|en\s+pr[ée]sence\s+de"
    # Spanish and Portuguese
    r"|(?:te|le|les|os)\s+entrevistar[áa]n?|la\s+entrevista\s+(?:ser[áa]\s+con|la\s+realizar[áa]n?)"
    r"|(?:a\s+)?entrevista\s+ser[áa]\s+(?:conduzida|realizada|feita)\s+por"
    # Italian
    r"|il\s+colloquio\s+sar[àa]\s+(?:condotto|tenuto|svolto)\s+da"
    # Dutch
    r"|het\s+gesprek\s+wordt\s+gevoerd\s+door|(?:bij\s+het\s+gesprek\s+zijn\s+)?aanwezig(?:\s+zijn)?"
    # Norwegian, Swedish, Danish
    r"|intervju(?:et)?\s+(?:gjennomf[øo]res|holdes|ledes|genomf[öo]rs)\s+av|til\s+stede"
    r"|n[äa]rvarande|du\s+(?:m[øo]ter|tr[äa]ffar|m[øo]der)|samtalen\s+f[øo]res\s+av"
    # Finnish ("Haastattelijoina HR-asiantuntija Leena Koski ja ...", "tapaat"), Polish,
    # Czech, Italian, Portuguese and Dutch sentence cues
    r"|haastattelij(?:a|at|oina)(?:\s+(?:ovat|on|toimivat|toimii))?|tapaat"
    r"|rozmow[ęe]\s+(?:kwalifikacyjn[ąa]\s+)?przeprowadz[iąa]|spotkasz\s+si[ęe]\s+z"
    r"|pohovor\s+pov(?:ede|edou|edie|edú)|setk[áa]te\s+se\s+s|incontrer(?:ai|à|a)"
    # "Za společnost budou přítomni ...", "budú prítomní", "obecni będą" (round 17)
    r"|(?:budou\s+|bud[úu]\s+|b[ęe]d[ąa]\s+)?(?:p[řr][íi]tomn[iíy]|pr[íi]tomn[íi]|obecn[iy])"
    r"|(?:voc[êe]\s+)?(?:vai|ir[áa])\s+conversar\s+com|(?:je|u)\s+(?:spreekt|maakt\s+kennis)\s+met"
    # "our recruiter Jordan Wells will call you", "your coordinator, Sam Ode"
    r"|(?:our|your)\s+(?:recruiters?|(?:recruiting\s+|interview\s+)?coordinators?|talent\s+partners?)"
    # "Your recruiter for this role is Renee Abbott": the role's noun, then the copula
    r"(?:\s+(?:for|on)\s+(?:this|the|your)\s+(?:role|position|job|search|opening))?"
    r"(?:\s+(?:is|will\s+be))?"
    # a panel's chair in any language ("presidido por la Dra. Elena Saravia", "chaired by")
    r"|presidid[oa]\s+por|chaired\s+by|pr[ée]sid[ée]e?\s+par|presieduto\s+da|unter\s+(?:dem\s+)?vorsitz\s+von"
    # Russian and Bulgarian: "Собеседование проведёт ...", "Интервюто ще проведе ..."
    r"|(?:собеседование|интервью|встречу)\s+провед(?:[её]т|ут)|(?:интервюто\s+)?ще\s+(?:се\s+)?проведе(?:\s+от)?"
    # "С вами встретится главный инженер ...", Nordic "deltager / deltar", "skal møte",
    # "hålls av" (a committee's members are read by ``titled_people``)
    r"|(?:с\s+вами\s+)?встрет(?:ится|ятся)(?:\s+с\s+вами)?|(?:fra\s+\w+\s+)?delta(?:ger|r)"
    r"|(?:du\s+)?skal\s+m[øo]te|intervjun\s+(?:h[åa]lls|genomf[öo]rs|leds)\s+av"
    r")\b\s*(?:(?:the|de|la|el|die|der|den)?\s*(?:selection\s+committee|selectiecommissie"
    r"|commission|comit[ée]|kommission|panel)\s*)?[:\-–]?\s*(.+)$",
    re.IGNORECASE,
)
# A label alone: the interviewer(s), in each language ("Entrevistadores:", "Intervjuare:").
_LABEL = re.compile(
    r"(?:^|[.!?]\s+)\W{0,3}(?:entrevistador(?:es|as|a)?|intervieweurs?|intervistator[ei]"
    r"|selezionator[ei]|intervjuare|intervjuere|interviewer(?:in|innen)?|gesprekspartners?"
    r"|pewawancara|ng(?:ư|u)(?:ờ|o)i\s+ph(?:ỏ|o)ng\s+v(?:ấ|a)n|интервьюер|интервюиращ"
    # a contact person is the recruiter or coordinator to thank ("Контактное лицо: Анна ...")
    r"|contact\s+person|kontaktperson|ansprechpartner(?:in)?|persona\s+de\s+contacto"
    r"|osoba\s+kontaktowa|kontaktn[áaíi]\s+osoba|contactpersoon|assessors?|examiners?|(?:interview\s+)?panel|narahubung|ng(?:ư|u)(?:ờ|o)i\s+li(?:ê|e)n\s+h(?:ệ|e)"
    r"|контактное\s+лицо|контакт|лице\s+за\s+контакт)"
    r"\s*:\s*(.+)$",
    re.IGNORECASE,
)
# "your interview ... with Marcus Bell, Store Manager": a meeting word, then "with" and a name
# within the sentence.
_WITH_NAME = re.compile(
    r"\b(?:interview|call|chat|conversation|meeting|screen|entretien|entrevista|colloquio"
    r"|gespr[äa]ch|gesprek|intervju|pohovor|rozhovor|rozmow\w*|spotkani\w*|собеседовани\w*"
    r"|интервю\w*|интервью|встреч\w*|wawancara|ph(?:ỏ|o)ng\s+v(?:ấ|a)n)\b[^.!?\n]{0,90}?"
    # "Colloquio con: dott.ssa Giulia Romano": the "with" may open a label
    r"\b(?:with|mit|avec|con|com|met|med|s|se|z|ze|с|со|dengan|bersama|v(?:ớ|o)i)(?:\s*:\s*|\s+)"
    r"(?=\w)(.+)$",
    re.IGNORECASE,
)
# "s regionálním manažerem Petrem Dvořákem", "z Anną Nowak", "с Анной Ершовой": a Slavic
# "with" takes the instrumental; the name is thanked in the nominative.
_SLAVIC_WITH = re.compile(r"(?:^|\s)(?:s|se|z|ze|с|со)\s+$", re.IGNORECASE)
_INSTRUMENTAL = (("ovou", "ová"), ("ským", "ský"), ("ckým", "cký"), ("kiem", "k"), ("giem", "g"),
                 ("ским", "ский"), ("ой", "а"), ("ей", "я"), ("ом", ""), ("ым", ""), ("ím", "í"),
                 ("ým", "ý"), ("im", "i"), ("em", ""), ("om", ""), ("ą", "a"), ("ou", "a"))


# "... spolu s vedúcim skladu Jánom Kováčom": a Slavic "with", a job in lower case, then the name
# in the instrumental, inside a cue's sentence (round 17).
_SLAVIC_WITH_JOB = re.compile(
    r"(?:^|\s)(?:s|se|so|z|ze|с|со)(?:\s+[a-záäčďéěíĺľňóôŕřšťúůýžąćęłńśźżа-яё]+){0,3}\s+$")


def _after_slavic_with(draft: PersonDraft, sentence: str) -> PersonDraft:
    """The draft in the nominative when its sentence puts it after a Slavic "with"."""
    at = sentence.find(draft.name)
    if at > 0 and _SLAVIC_WITH_JOB.search(sentence[max(0, at - 60):at]):
        return draft._replace(name=_nominative(draft.name))
    return draft


def _nominative(name: str) -> str:
    """"Petrem Dvořákem" → "Petr Dvořák", "Anną Nowak" → "Anna Nowak", "Анной Ершовой" →
    "Анна Ершова": the common instrumental endings of Czech, Polish and Russian names."""
    words = []
    for word in name.split():
        stripped = ""
        for ending, base in _INSTRUMENTAL:
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                word, stripped = word[: len(word) - len(ending)] + base, ending
                break
        # the vowel a nominative drops before its case ending: "Karlem" → "Karel", "Pawłem"
        # → "Paweł", "Markem" → "Marek" (not "Petrem" → "Petr", "Novákem" → "Novák"); Slovak
        # "-om" keeps its stem ("Benkom" is Benko's, "Kováčom" Kováč's: no vowel to restore)
        if stripped != "om" and _FLEETING_E.search(word):
            word = word[:-1] + "e" + word[-1]
        words.append(word)
    return " ".join(words)


_FLEETING_E = re.compile(r"(?<=[^\W\daeiouyáéěíóúůý])[lłk]$", re.IGNORECASE)
# ... but not after an initial: "Mrs K. Doyle, Headteacher" is one sentence
_SENTENCE_END = re.compile(r"(?<=[\w)])(?<!\b[A-Z])[.!?](?:\s+|$)")


_SENTENCE_LIMIT = 300  # characters of a cue's sentence worth reading for names
_MENTIONS_LIMIT = 40  # people a description can name this way (a hostile one repeats cues)


def _first_sentence(rest: str) -> str:
    """The sentence a cue starts, courtesy titles gone ("Frau Dr." is no sentence end)."""
    rest = strip_courtesy_titles(rest[:_SENTENCE_LIMIT])
    return _SENTENCE_END.split(rest, maxsplit=1)[0]


# Cheap substring tests in front of the cues: a line with none of them names nobody this way
# (the cue patterns, tried at every position of a long line, cost far more).
_CUE_WORDS = (
    "you'll", "you will", "interview", "ask for", "panel", "hiring manager", "gespr",
    "sprechen", "treffen", "reçu", "recu", "rencontrer", "présence", "presence", "entrevist",
    "colloquio", "intervist", "selezionat", "gesprek", "aanwezig", "intervju", "til stede",
    "rvarande", "träffar", "traffar", "møter", "moter", "møder", "samtalen", " call", " chat",
    "conversation", "meeting", "screen", "haastattel", "tapaat", "rozmow", "spotkasz",
    "pohovor", "setkáte", "setkate", "incontrer", "conversar", "spreekt", "kennis",
    "presidid", "chaired", "présid", "presid", "presieduto", "vorsitz", "провед", "pewawancara",
    "phỏng vấn", "phong van", "интервю", "собеседовани", "встреч", "rozhovor", "spotkani",
    "wawancara", "contact", "kontakt", "ansprechpartner", "narahubung", "liên hệ", "lien he",
    "контакт", "recruiter", "coordinator", "talent partner", "entretien", "встрет",
    "deltag", "deltar", "møte", "mote", "hålls", "halls", "assessor", "examiner", "round",
    "session", "přítomn", "pritomn", "prítomn", "obecn",
)
# The sentence words of ``lexicon_people.MEET``, in every language of the lexicon: the names
# after them are whom the candidate meets ("te reunirás con Andrés Molina, encargado ...").
# ... and, since round 19, the phrases that say whom to ask for on arrival (``ARRIVAL``)
_MEET_WORDS = sorted({w for table in (MEET, ARRIVAL) for cell in table.values() for w in cell},
                     key=len, reverse=True)
_MEET = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _MEET_WORDS)) + r")(?!\w)\s*:?\s*(.+)$",
                   re.IGNORECASE)
_CUE_GATE = Stems(_CUE_WORDS)  # all of them in one pass over a line
_MEET_GATE = Stems(_MEET_WORDS)  # the long alternation runs only on a line holding one
_LINE_LIMIT = 5_000  # characters of one line read for cues (a sentence of names is short)


def mentioned_people(text: str) -> list[PersonDraft]:
    """People the prose says the candidate will meet, each cue reading its own sentence:
    "Vous serez reçu par Mme Claire Dubois, responsable RH, et M. Hugo Martin." → Claire Dubois,
    Hugo Martin. Names the cue's sentence gives without a capitalised full name are skipped."""
    found: list[PersonDraft] = []
    for raw_line in text[:20_000].split("\n"):
        line = raw_line.strip()[:_LINE_LIMIT]
        if len(line) < 6:
            continue
        low = line.lower()
        found += _will_meet(line)
        patterns: tuple[re.Pattern[str], ...] = (_CUE, _LABEL, _WITH_NAME) \
            if _CUE_GATE.found_in(low) else ()
        if _MEET_GATE.found_in(low):
            patterns += (_MEET,)
        for pattern in patterns:
            at = 0
            while (match := pattern.search(line, at)) is not None:
                # one sentence a cue: "... interview with Bracken Health. Your interview is
                # with Anya Ivanova" reads both sentences
                sentence = _first_sentence(match.group(1))
                named = people_in(sentence)
                if not named and pattern is _CUE:
                    named = _first_name_with_title(sentence)
                if named and _SLAVIC_WITH.search(line, max(0, match.start(1) - 4), match.start(1)):
                    named = [d._replace(name=_nominative(d.name)) for d in named]
                elif named and not line.isascii():
                    named = [_after_slavic_with(d, sentence) for d in named]
                found += map(_strip_job, named)
                if len(found) >= _MENTIONS_LIMIT:
                    return found[:_MENTIONS_LIMIT]
                at = max(match.start(1) + len(sentence), match.start(1) + 1)
    return found


# "Ask for Travis, our Kitchen Manager": a first name alone, made a person by the title the
# sentence gives them ("our", "the", "your" and a capitalised job); a first name without one
# ("ask for Reception") is not trusted.
_TITLED_FIRST_NAME = re.compile(
    r"\(?([A-ZÀ-Þ][a-zà-ÿ'’-]{1,20}),\s+(?:our|the|your)\s+((?:[A-Z][\w&-]*\s*){1,4})")


def _first_name_with_title(sentence: str) -> list[PersonDraft]:
    match = _TITLED_FIRST_NAME.match(sentence)
    if match is None:
        return []
    return [PersonDraft(email="", name=match.group(1), title=match.group(2).strip())]


# A person the text marks as one by a job or a courtesy title, whatever the sentence's verb:
# a job's head word before the name, alone or compounded, in the cased languages of the corpus
# ("klinikchef Mette Dahl", "driftsleder Ola Haugen", "главный инженер Сергей Волков",
# "Geschäftsführer Rainer Hollmann"), a courtesy title ("Frau Dr. Petra Hollmann", "Mme Hélène
# Vidal"), or a job after the name in brackets or after a comma ("Johan Ek (butikschef)",
# "Holly Grant, Early Careers Advisor", "Erik Sjöberg, HR-partner"). The sentence from that
# person on is read as a list, so the others it joins to them are read too ("... og teamleder
# Anne Friis", "... and Jonas Weber").
_JOB_HEAD = (
    r"chef|chefin|leder|ledare|leiter|leiterin|leitung|f[üu]hrer|f[üu]hrerin|direkt[øo]r"
    r"|direktorin|sjef|ansvarlig|ansvarig|partner|referent|referentin|r[åa]dgiver|r[åa]dgivare"
    r"|konsulent|specialist|spesialist|koordinator|assistent|sekret[æä]r|sekreterare|dezernent"
    r"|dezernentin|beauftragter?|vorstand|inhaber|inhaberin|manager|managerin|leider|hoofd"
    r"|directeur|directrice|adviseur|ingeni[øo]r|ingenj[öo]r|ingenieur|ingenieurin|ředitel"
    r"|ředitelka|vedouc[íi]|kierownik|kierowniczka|dyrektor|specjalista|инженер|директор"
    r"|менеджер|руководитель|начальник|специалист|gerente|director|directora|jefe|jefa"
    r"|responsable|responsabile|direttore|direttrice|esimies|johtaja|p[äa][äa]llikk[öo]"
    r"|asiantuntija|overl[æa]ge|overlege|rektor|officer|recruiter|advisor|adviser|coordinator"
    r"|supervisor|owner|founder|ceo|cfo|coo|cto|chro"
    # round 12: a head, a school's principal, a mayor, and the job in Turkish, Slovak and
    # Latvian ("Head Chef Marco Bellini", "Oberbürgermeisterin Katrin Wolff", "Bölge Müdürü
    # Kaan Aydın", "personalistka Jana Vargová", "speciāliste Līga Ozola")
    r"|head|principal|dean|mayor|superintendent|b[üu]rgermeister(?:in)?|m[üu]d[üu]r[üu]?"
    r"|personalist(?:ka)?|speci[āa]list(?:e|s)?"
    # round 14: a German physician's post, alone or compounded ("Chefarzt", "Oberärztin",
    # "Assistenzarzt", "Zahnärztin")
    r"|arzt|[äa]rztin|aerztin"
    # round 22: an engineer, a board's or a club's officers, an owner's representative, a
    # farm's partners, a Hungarian managing director ("Chief engineer Paul Nyberg", "Board
    # president Mae Thornton", "Kiss Gábor ügyvezető")
    r"|engineer|president|treasurer|chair(?:man|woman|person)?|commodore|representative"
    r"|associ[ée]e?s?|socio|socia|[üu]gyvezet[őo]|igazgat[óo]|vezet[őo]"
    # ... and a household's parents, who hire its nanny ("Dad (Erik Lindqvist) works from home")
    r"|dad|mum|mom|father|mother|husband|wife"
)
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+"
_FULL_NAME = (_NAME_WORD + r"(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le|ter|ten)\s+)*"
              + _NAME_WORD + r"){1,2}")
# Read outwards from each capitalised full name (cheap to find) rather than trying the job
# and courtesy patterns at every position of a line.
_NAME_RE = re.compile(_FULL_NAME)
_JOB_AFTER = re.compile(
    r"\s*(?:\(\s*[^()\n]{0,40}?|,\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:[\w-]*(?i:" + _JOB_HEAD + r")|(?:" + ROLE_WORDS + r"|Head|Talent\s+Acquisition)\b)")
_LOOK_BACK = 40  # characters before a name read for its job or courtesy title


def _marked_from(line: str, match: re.Match[str]) -> int | None:
    """Where the job or courtesy title that marks this name as a person's begins, or None."""
    start = match.start()
    first, *rest = match.group(0).split()
    # "Bölge Müdürü Kaan Aydın": the job's own head word second
    if _JOB_WORD.fullmatch(first) or _JOB_AFTER.match(line, match.end()) \
            or (len(rest) >= 2 and _JOB_WORD.fullmatch(rest[0])):
        return start  # "Geschäftsführer Rainer Hollmann", "Johan Ek (butikschef)"
    before = line[max(0, start - _LOOK_BACK): start]
    # the job's word, or it and a word or two of its field in lower case ("начальник отдела")
    words = before.split()[-3:]
    for back in range(len(words) - 1, -1, -1):
        if _JOB_WORD.fullmatch(words[back].strip("(,;:")):
            # (a bracket alone between a parent's word and the name is the name's: "Dad (Erik
            # Lindqvist)", round 22; after a job it holds the employer, "Manager (Lumen Cask)")
            if all(w[:1].islower() or (not w.strip("(,;:") and _PARENT.fullmatch(
                    words[back].strip("(,;:"))) for w in words[back + 1:]):
                if before.rstrip().endswith("("):
                    return start  # the name in the bracket is read from its own start
                return start - len(before) + before.rfind(words[back])
            break
    if COURTESY.match(line, start):
        return start  # "Frau Yvonne Lenz": the courtesy title read as the name's first word
    # the title that ends where the name begins ("Prof. Dr. Lorenz Brandt": "Dr.", not "Prof.")
    courtesy = next((c for c in COURTESY.finditer(line, max(0, start - 12), start + 1)
                     if c.end() == start), None)
    if courtesy:
        # "Frau Dr. Petra Hollmann": the first of the titles
        while (earlier := COURTESY.search(line, max(0, courtesy.start() - 12),
                                          courtesy.start() + 1)) \
                and earlier.end() == courtesy.start():
            courtesy = earlier
        return courtesy.start()
    return None


# "Dear Ms. Lee", "Sehr geehrte Frau Lee", "Hej Pat": the greeting names the candidate
_GREETING = re.compile(
    r"(?i:dear|hi|hello|hey|sehr\s+geehrte[rn]?|liebe[rn]?|hallo|guten\s+tag|k[æa]re|hej|hei"
    r"|bonjour|madame|monsieur|estimad[oa]|hola|gentile|egregi[oa]|caro|cara|beste|geachte"
    r"|beste|szanown[ay]|vážen[ýá]|здравствуйте|уважаем\w+|добрый\s+день)\W{0,3}\s*$")
# ... and a greeting read as the first word of a name ("Sayın Pat Lee, görüşmeniz Finans
# Müdürü ...": the candidate, addressed, before a sentence that names a job)
_GREETING_WORD = re.compile(r"(?i:say[ıi]n|dear|hi|hello|hey|liebe[rn]?|hallo|hej|hei|bonjour"
                            r"|hola|beste|geachte|estimad[oa]|gentile|caro|cara|k[æa]re)")
# the literals a titled name cannot be read without (the pattern, tried at every position of a
# long line, costs far more): a bracket or comma, a courtesy title, a job's head word
_TITLED_GATE = Stems(("(", ",", "frau", "herr", "hr", "fr.", "mr", "ms", "dr", "mme", "sra", " m. ",
                      "führer", "fuhrer", "direkt", "ingeni", "ingenj", "rådgiv", "radgiv",
                      "sekret", "overl", "vedouc", "päällikk", "paallikk",
                      *(w for w in _JOB_HEAD.split("|") if w.isalpha()),
                      # round 12's job words written with a class ("b[üu]rgermeister")
                      "rgermeister", "müdür", "mudur", "personalist", "speciālist", "ärztin",
                      # round 19: ranks ("Supt. Dawn Achebe") and French courtesy in full
                      "sgt", "capt", "insp", "supt", "cdr", "cmdr", "lt.", "sergeant",
                      "captain", "inspector", "superintendent", "commander", "chief",
                      "constable", "madame", "monsieur"))
_TITLED_LIMIT = 5_000  # characters of a description read this way
_JOB_WORD = re.compile(r"[\w-]*(?:" + _JOB_HEAD + r")", re.IGNORECASE)
_PARENT = re.compile(r"(?i:dad|mum|mom|father|mother|husband|wife)")


# A preposition capitalised at a sentence's start is no part of the name after it ("Met Joost
# van Dalen (directeur)", "Mit Frau ...").
_LEADING_PREPOSITION = frozenset({"met", "with", "mit", "avec", "con", "com", "med", "bei", "hos",
                                  "chez", "und", "and", "og", "och", "et"})


def job_before(text: str, name: str) -> bool:
    """Whether a job's word ("la gerente", "Head Chef", "Oberbürgermeisterin") stands just before
    the name in the text: it then names a person, never an organisation (a job *after* a name,
    "Harwick Mills, operations coordinator", may follow a company's)."""
    at = text.find(name)
    if at <= 0:
        return False
    words = text[max(0, at - _LOOK_BACK): at].split()[-2:]
    return any(_JOB_WORD.fullmatch(w.strip("(,;:")) for w in words)


def _strip_job(draft: PersonDraft) -> PersonDraft:
    """"Dezernentin Petra Hollmann" → Petra Hollmann (German capitalises the job too), "Met
    Joost van Dalen" → Joost van Dalen."""
    words = draft.name.split()
    cut = 0
    # "Head Chef Marco Bellini", "Bölge Müdürü Kaan Aydın": a job may take two words
    while len(words) - cut >= 3 and words[cut + 1][:1].isupper() and (
            _JOB_WORD.fullmatch(words[cut]) or words[cut].lower() in _LEADING_PREPOSITION
            or (cut == 0 and _JOB_WORD.fullmatch(words[1]) is not None)):
        cut += 1
    return draft._replace(name=" ".join(words[cut:])) if cut else draft


def strip_job(draft: PersonDraft) -> PersonDraft:
    """``draft`` without a job's words before its name, as any reader may leave them."""
    return _strip_job(draft)


# A department read as a name ("directora de Recursos Humanos"): a desk, no one (round 22).
DEPARTMENT = re.compile(
    r"(?i:^(?:recursos|ressources|risorse|recursos)\s+(?:humanos|humaines|umane)$"
    r"|^human\s+resources$|^personal(?:abteilung|wesen)$|^talent\s+acquisition$)")


def _without_job(draft: PersonDraft) -> PersonDraft | None:
    """"Dezernentin Petra Hollmann" → Petra Hollmann (German capitalises the job too); a
    "name" that is a job ("Early Careers Advisor") or a department is no one."""
    words = _strip_job(draft).name.split()
    if len(words) < 2 or any(_JOB_WORD.fullmatch(w) for w in words) \
            or ROLE_WORD_RE.search(" ".join(words)) or DEPARTMENT.match(" ".join(words)):
        return None
    return draft._replace(name=" ".join(words))


def titled_people(text: str) -> list[PersonDraft]:
    """People a description marks as such by a job or a courtesy title, in any sentence."""
    found: list[PersonDraft] = []
    head = text[:_TITLED_LIMIT]
    for raw_line in head.split("\n"):
        line = raw_line.strip()
        if len(line) < 6 or not _TITLED_GATE.found_in(line.lower()):
            continue
        at = 0
        while (match := _NAME_RE.search(line, at)) is not None:
            at = match.end()
            begin = _marked_from(line, match)
            if begin is None:
                # "Mitarbeiterin Frau Yvonne Lenz": the capitalised words may begin with a
                # word that is no part of the name; read again from the next one
                at = match.start() + len(match.group(0).split(None, 1)[0])
                continue
            if _GREETING.search(line, max(0, begin - 24), begin) \
                    or _GREETING_WORD.fullmatch(match.group(0).split(None, 1)[0]):
                continue
            sentence = _first_sentence(line[begin:])
            if begin == match.start() and line[match.end():match.end() + 1] == ")":
                sentence = match.group(0)  # "Dad (Erik Lindqvist) works ...": the bracket's name
            # (courtesy titles gone, the sentence is shorter than its text: names read twice
            # are kept once)
            named = people_in(sentence)
            if not line.isascii():
                # "... spolu s vedúcim skladu Jánom Kováčom": the nominative, as a cue's
                named = [_after_slavic_with(d, line[max(0, begin - 60):begin] + sentence)
                         for d in named]
            found += [d for d in map(_without_job, named)
                      if d is not None and all(d.name != known.name for known in found)]
            at = max(at, begin + len(sentence))
            if len(found) >= _MENTIONS_LIMIT:
                return found[:_MENTIONS_LIMIT]
    return found


# Round 13: the person comes first and the verb says they meet the candidate ("Office manager
# Rhonda Tate will meet you at 7:45", "Dr. Helena Vasquez will go over the schedule with you",
# "Mme Claire Dubois vous recevra", "Herr Kehl wird Sie empfangen").
_WILL_MEET = re.compile(
    r"(" + _FULL_NAME + r")(?:\s*\([^()\n]{0,40}\))?,?\s+(?:"
    r"will\s+(?:meet|greet|welcome|interview|join|be\s+(?:interviewing|meeting|joining)|show"
    r"|go\s+over\b[^.!?\n]{0,60}?\bwith)\s+you"
    r"|vous\s+(?:recevr[ao]|accueillera)|(?:le|la|te)\s+recibir[áa]|wird\s+(?:Sie|dich)\s+"
    r"(?:empfangen|begr[üu](?:ß|ss)en)|ti\s+accoglier[àa]|(?:vai|ir[áa])\s+receb[êe]-l[oa]"
    r"|ontvangt\s+(?:je|u))\b")
_WILL_MEET_GATE = Stems(("will", "vous rec", "vous acc", "recibir", "wird sie", "wird dich",
                         "accoglier", "receb", "ontvangt"))


def _will_meet(line: str) -> list[PersonDraft]:
    if not _WILL_MEET_GATE.found_in(line.lower()):
        return []
    return [draft for match in _WILL_MEET.finditer(strip_courtesy_titles(line))
            for draft in people_in(match.group(1))]
