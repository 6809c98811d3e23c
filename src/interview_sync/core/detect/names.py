"""How one person's name is read out of a list or a sentence of an invite.

Owns what surrounds a name and is not part of it: courtesy titles ("Frau Dr.", "Mme", "Bapak",
"Ông"), a job written before it in lower case ("butikschef Sara Nyberg") or capitalised ("Shift
Supervisor Andre Collins", "Head of Communities Sean Duffy"), and the lower-case particles that
stay inside one ("Joost van Leeuwen"). ``schedule`` and ``mentions`` read lists and prose with
these. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.jobs import ROLE_WORDS
from interview_sync.core.detect.lexicon_people import COURTESY as COURTESY_CELLS
from interview_sync.core.detect.spelling import squash

__all__ = ["COURTESY", "PARTICLES", "has_courtesy_title", "name_words", "spells_person",
           "strip_capitalised_job",
           "strip_courtesy_titles", "strip_leading_job", "strip_possessive"]

# Courtesy titles before a name: "Frau Dr. Anna Keller", "Mme Claire Dubois", "M. Hugo Martin",
# "dott.ssa Elena Conti", "Sra. Ruiz", "Dhr. De Vries". Only before a capitalised word.
COURTESY = re.compile(
    # an Italian or French article elided onto the title ("e l'ing. Marco Villa", round 13)
    r"(?:\b[lL]['’](?=[a-zA-Z]))?"
    r"\b(?:(?:Mr|Mrs|Ms|Mx|Dr|Dra|Prof|Mme|Mlle|Mmes|MM|Frau|Herrn?|Sr|Sra|Srta|Dña|Dott|dott"
    r"|Ing|Dhr|Mevr|Mw|Sig|Sig\.ra|Dott\.ssa|dott\.ssa|Cllr|Revd|Rev|Hr|Hrn|Fr"
    # Italian and Spanish write them in lower case too ("sig. Marco Bellini", "sra. Ruiz")
    r"|sig|sig\.ra|sig\.na|avv|ing|arch|prof|sr|sra|srta|dra"
    # a French lawyer's or notary's title ("Maître Agnès Lefort"), an engineer's ("Ing.")
    r"|Ma[îi]tre|Madame|Monsieur|Mademoiselle"
    # ranks and offices a public body's panel is named with ("Lt. Marcus Webb", "Captain Dana
    # Whitfield", "Councilmember Tasha Reed", round 12)
    r"|Lt|Sgt|Capt|Cpt|Captain|Lieutenant|Sergeant|Detective|Det|Cmdr|Commander|Col|Colonel"
    # ... and the police's and fire services' others ("Insp. Rachel Dunmore", "Supt. Kevin
    # Hale", "Cdr. Aaron Whitby", "Battalion Chief Dana Cole", round 19)
    r"|Cdr|Insp|Supt|Inspector|Superintendent|Chief[ \t]+Inspector|Ch\.?[ \t]?Insp"
    r"|Battalion[ \t]+Chief|Deputy[ \t]+Chief|Fire[ \t]+Chief|Station[ \t]+Officer|Stn[ \t]+Off"
    r"|Cpl|Corporal|Maj|Constable"
    r"|Councilmember|Councillor|Councilor|Alderman|Alderwoman|Hon|Judge|Investigator|Sir|Dame"
    # Spanish "don" and "doña" written short ("D.ª Pilar Maestre", "D. Álvaro Ruiz"); "D." only
    # before two capitalised words, so that an initial ("D. Smith") stays (round 12)
    r"|D\.?ª|D\.(?=[ \t]+[A-ZÀ-Ý][\w'’-]+[ \t]+[A-ZÀ-Ý])"
    # Indonesian, Malay and Vietnamese: "Bapak Agus Santoso", "Ibu Dewi", "Ông Nguyễn Văn Hùng"
    r"|Bapak|Bpk|Pak|Ibu|Bu|Sdr|Sdri|Ông|Bà"
    # Russian and Bulgarian abbreviations: "г-жа", "г-н"
    r"|г-н|г-жа|гн|гжа"
    # Round 13: Latin American academic titles ("Lic. Mariana Soto", "Mtro. Saúl Ibarra", "C.P.
    # Ana Ruiz", "Arq."), Portuguese feminine ones ("Eng.ª Marta Simões", "Dr.ª"), and Malay
    # ("Encik Hafiz Rahman", "Puan Noraini Ismail", "Cik", "Tuan", "Datuk")
    r"|Lic|Licda|Lcda|Lcdo|Mtro|Mtra|Arq|C\.P|Eng\.?ª|Enga|Eng|Dr\.?ª"
    # Round 14: a Portuguese nurse's title ("Enf.ª Helena Matos", "Enf.º Jorge Dias", "Enf. Rui")
    r"|Enf\.?[ªº]|Enf"
    # ... and a German doctor's degree after the title ("Dr. med. Rainer Vogt", "Dr. rer. nat.")
    r"|Dr\.[ \t]*(?:med|rer|phil|jur|dent|vet|oec|habil)\.(?:[ \t]*(?:dent|vet|nat|pol|soc)\.)?"
    r"|Encik|Puan|Cik|Tuan|Datuk|Dato['’]?"
    # Round 17: Central European degrees written before the name ("Mgr. Zuzana Hrušková", "Ing.
    # Peter Baláž", "PhDr.", "mgr inż. Anna Nowak", "Dipl.-Ing. Jörg Sauer")
    r"|Mgr|mgr|Bc|PhDr|MUDr|JUDr|RNDr|MVDr|PaedDr|PharmDr|Doc|doc|in[żz]|Dipl\.-(?:Ing|Kfm|Inf)"
    r")\.?|M\.)[ \t]+(?=[A-ZÀ-ÝА-ЯЁ])")


# Round 10: the courtesy cells of ``lexicon_people.COURTESY`` for the languages whose titles are
# no common first name ("Pani Agnieszka Wróbel", "η κα Ελένη Γεωργίου", "श्री राजेश वर्मा",
# "الأستاذ خالد المنصوري"), before a word that is not lower case (scripts without case have no
# capital to wait for). English, Romance and Germanic titles stay in ``COURTESY`` above ("Don",
# "Dona" are first names too).
_TABLE_LANGS = ("pl", "cs", "sk", "ro", "el", "uk", "he", "ar", "hi", "fa", "hr", "sr", "bg")
_TABLE_COURTESY = re.compile(
    r"(?<![^\W\d_])(?i:" + "|".join(map(re.escape, sorted(
        {t for lang in _TABLE_LANGS for t in COURTESY_CELLS[lang]}, key=len, reverse=True)))
    + r")[ \t]+(?=[^\W\d_])(?![a-zß-ÿ])")
# Thai writes its titles joined to the name: "คุณสมชาย ใจดี", "นางสาวสุดา".
_THAI_COURTESY = re.compile(r"(?<![\u0e00-\u0e7f])(?:คุณ|นางสาว|นาย|นาง)(?=[\u0e00-\u0e7f])")


def has_courtesy_title(text: str) -> bool:
    """Whether ``strip_courtesy_titles`` would take anything out of ``text``."""
    return bool(COURTESY.search(text) or _TABLE_COURTESY.search(text)
                or _THAI_COURTESY.search(text))


def strip_courtesy_titles(text: str) -> str:
    """"Frau Dr. Anna Keller und Herr Jonas Weber" → "Anna Keller und Jonas Weber"."""
    previous = None
    while previous != text:  # "Frau Dr." is two titles
        previous, text = text, COURTESY.sub("", text)
    text = _TABLE_COURTESY.sub("", text)
    return _THAI_COURTESY.sub("", text) if not text.isascii() else text


# Lower-case words inside a name ("Joost van Leeuwen", "Ana de la Cruz"); any other lower-case
# word ends it ("Nadia Karimi at reception" → "Nadia Karimi").
PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la",
                        "le", "ter", "ten", "y", "bin", "al", "el", "dos", "das", "do", "zu"})


# A job written before the name in lower case, as the Nordic, Slavic and Romance languages
# and Finnish write it ("butikschef Sara Nyberg", "ředitel Petr Dvořák", "la responsabile HR
# Giulia Russo", "HR-asiantuntija Leena Koski"): up to four words, each in lower case, in
# capitals ("HR") or a capitalised abbreviation joined to a lower-case word ("HR-asiantuntija"),
# when a capitalised full name follows. Never past a verb, a pronoun or a preposition: "please
# bring your Photo ID" and "uns über Ihre Erfahrung" name nobody.
_NOT_A_JOB_WORD = frozenset({
    "please", "bring", "ask", "at", "to", "for", "in", "on", "from", "by", "call", "contact",
    "visit", "use", "see", "your", "our", "with", "bitte", "bei", "mit", "zu", "für", "för",
    "til", "med", "på", "hos", "uns", "über", "ueber", "ihre", "ihr", "sie", "wir", "you", "we",
    "us", "his", "her", "their", "about", "over", "und", "and", "et", "og", "och", "y", "e", "ou",
    "vous", "nous", "votre", "notre", "su", "sus",
})
_JOB_WORD = re.compile(r"[A-Z]{2,4}|[A-Z]{2,5}-[^\W\d_][\w-]*")


def strip_leading_job(name: str) -> str:
    words = name.split()
    cut = 0
    while cut < min(4, len(words) - 2):
        word = words[cut]
        if word.lower() in _NOT_A_JOB_WORD or not (word[:1].islower()
                                                   or _JOB_WORD.fullmatch(word)):
            break
        cut += 1
    if cut and words[cut][:1].isupper() and words[cut + 1][:1].isupper():
        return " ".join(words[cut:])
    return name


# A capitalised job before a name: "Shift Supervisor Andre Collins", "General Manager Dana
# Whitfield", "Head of Communities Sean Duffy", "Dean Mark Olsen". The job ends at its head word
# (or, after "of", two words before the end); a capitalised full name must follow it.
_JOB_HEAD = re.compile(
    r"(?:" + ROLE_WORDS + r"|Head|Dean|Chair|Chairman|Chairperson|Headteacher|Principal|President"
    r"|Provost|CEO|CFO|COO|CTO|CIO|CHRO|Founder|Superintendent|Commissioner|Captain|Chef"
    # a public body's offices (round 12): "Mayor Ellen Brandt", "Chief Ron Galloway"
    r"|Mayor|Chief|Clerk|Treasurer|Sheriff|Marshal)")
_OF = frozenset({"of", "for", "de", "du", "des", "del", "di"})


def strip_capitalised_job(name: str) -> tuple[str, str | None]:
    """"Shift Supervisor Andre Collins" → ("Andre Collins", "Shift Supervisor"); a name without
    such a job comes back whole, with None."""
    words = name.split()
    if len(words) < 3 or not any(_JOB_HEAD.fullmatch(w) for w in words[:-2]):
        return name, None
    last = max(i for i, w in enumerate(words[:-2]) if _JOB_HEAD.fullmatch(w))
    rest = words[last + 1:]
    if rest[0].lower() in _OF:
        if len(rest) < 4:  # "Director of Finance Operations" is a job, not a name
            return name, None
        rest = rest[-2:]
    if len(rest) < 2 or any(_JOB_HEAD.fullmatch(w) or not (w[:1].isupper() or w in PARTICLES)
                            for w in rest):
        return name, None
    return " ".join(rest), " ".join(words[: len(words) - len(rest)])


_POSSESSIVE = re.compile(r"['’]s$")


def strip_possessive(name: str) -> str:
    """"Omar Haddad's" (a team, a practice, a panel) names Omar Haddad."""
    return _POSSESSIVE.sub("", name) if name.endswith(("s", "S")) else name


def name_words(name: str) -> str:
    words: list[str] = []
    for word in name.split():
        if word[:1].islower() and word not in PARTICLES:
            break
        words.append(word)
    while words and words[-1] in PARTICLES:
        words.pop()
    return " ".join(words)


def spells_person(local: str, name: str) -> bool:
    """Whether a mailbox's local part spells a person's name the ways addresses do: "rosa"
    (the first name), "delgado", "rosa.delgado", "rdelgado", "r.delgado", "delgado.r",
    "rosad" for Rosa Delgado. Needs a first and a last name; a team mailbox spells nobody."""
    words = [squash(w) for w in name.split()]
    words = [w for w in words if w]
    box = squash(local.split("+", 1)[0])
    if len(words) < 2 or len(box) < 3:
        return False
    first, last = words[0], words[-1]
    return box in {first, last, first + last, last + first, first[0] + last, last + first[0],
                   first + last[0]}


# An instruction to the candidate is capitalised like a name where it opens a sentence ("Bitte
# Personalausweis mitbringen", "Please Bring ID", "Traiga DNI"): a polite word or an imperative
# of bringing or presenting, in the languages of the corpus, opens no one's name; nor does a
# document the candidate is told to bring stand in one (round 10 thanked "Bitte Personalausweis").
_INSTRUCTION_WORD = frozenset({
    "please", "kindly", "bring", "bitte", "bringen", "mitbringen", "beachten", "danke",
    "veuillez", "merci", "munissez", "apportez", "présentez", "presentez", "por", "favor",
    "traiga", "traer", "traed", "presente", "lleve", "traga", "trazer", "favore", "portare",
    "porti", "graag", "gelieve", "breng", "vänligen", "vanligen", "venligst", "vennligst",
    "proszę", "prosze", "prosimy", "prosím", "prosim", "lütfen", "lutfen",
})
_DOCUMENT_WORD = frozenset({
    "personalausweis", "ausweis", "reisepass", "lebenslauf", "zeugnisse", "unterlagen",
    "passport", "pasaporte", "passaporte", "passaporto", "paspoort", "legitimatiebewijs",
    "identiteitsbewijs", "identidade", "identità", "identificación", "identification",
    "dni", "nie", "cni", "curriculum", "currículum",
})


def is_instruction(name: str) -> bool:
    """A "name" that is an instruction to bring or do something, not a person's."""
    words = [w.strip(".,:;!").lower() for w in name.split()]
    return bool(words) and (words[0] in _INSTRUCTION_WORD
                            or any(w in _DOCUMENT_WORD for w in words))
