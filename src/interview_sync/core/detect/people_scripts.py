"""People named in Greek and Hebrew prose, by what marks a name there.

Owns round 18's readers for two scripts ``mentions`` (cased Latin and Cyrillic prose) and
``uncased`` (Thai, Devanagari, Japanese, Chinese, Korean, Arabic) do not read: Greek names after
a courtesy title ("ο Executive Chef κ. Νίκος Σταυρόπουλος", "την κα Ελένη Κωστοπούλου", "με τον
κ. Στέλιο Δρακόπουλο", a masculine accusative after the article returned to the nominative a
thank-you uses), and Hebrew names after "an interview with" and the job that may stand between
("ראיון עם מנהלת המחלקה, דנה כהן", and round 20: the name before the job, "ראיון עם דנה כהן,
מנהלת משאבי אנוש"); and round 20's readers for Tamil, Persian and Bengali, where a name is one
only with evidence: a courtesy title before it (Tamil "திரு.", Persian "آقای"/"خانم") or a job
before it and "with" after it (Bengali "ম্যানেজার তানভীর হাসানের সাথে", the genitive returned to
the name); and round 22's for Amharic and Khmer courtesy titles and the posts before a name in
Armenian, Georgian and Mongolian. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.schedule import PersonDraft

__all__ = ["script_interviewers"]

_LIMIT = 20  # people one description can name this way
_HEAD = 5_000

_GREEK_WORD = r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+"
# an article before the courtesy title says the case: "τον κ." (accusative, masculine), "ο κ.",
# "η κα", "την κα"
_GREEK_NAME = re.compile(
    r"(?:(?<![^\W\d_])(τον|ο|η|την|του|της)\s+)?(?<![^\W\d_])(?:κ\.|κα\.?|κος\.?|κύριος|κυρία|κύριο)"
    r"\s+(" + _GREEK_WORD + r")\s+(" + _GREEK_WORD + r")")
# "Αγαπητέ κ. ...", "Προς την κα ...": the candidate greeted, not an interviewer
_GREEK_GREETING = re.compile(r"(?:Αγαπητ\S*|Προς|Κύριε|Κυρία)\s*(?:τον|την)?\s*$")

_HEBREW_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea'\"\u05be-]+"
_HEBREW_NAME = re.compile(
    r"(?:ראיון|שיחה|פגישה|ראיונות)\s+(?:אישי\s+|מקצועי\s+|עבודה\s+)?עם\s+(?:([^,\n.]{2,40}),\s*)?"
    r"(" + _HEBREW_WORD + r"\s+" + _HEBREW_WORD + r")")
_HEBREW_PAIR = re.compile(_HEBREW_WORD + r"\s+" + _HEBREW_WORD)
# what follows "with" that is a team or an office, not a person ("עם צוות הגיוס", "עם מחלקת ...")
_HEBREW_NOT_NAME = re.compile(r"^(?:צוות|מחלקת|הנהלת|ועדת|נציג|נציגי|מנהל|מנהלת|ראש|סמנכ|מכון)")


_TAMIL_WORD = r"[\u0b80-\u0bff]{2,}"
_TAMIL_NAME = re.compile(
    r"(?<![\u0b80-\u0bff])(?:திருமதி|திரு|செல்வி|டாக்டர்)(?:\.\s*|\s+)"
    # round 22: an initial before the given name ("திரு. க. பாலசுப்பிரமணியன்")
    r"([\u0b80-\u0bff]{1,3}\.\s?" + _TAMIL_WORD + r"|" + _TAMIL_WORD + r"\s+" + _TAMIL_WORD + ")")
# Round 22: Amharic's courtesy titles ("ወ/ሮ ሰላማዊት ታደሰ", "አቶ ዳዊት በቀለ"; the Ethiopic full stop
# and comma end the name) and Khmer's ("លោក សុខ វណ្ណា"), each before a given name and a father's
# or family name; an Armenian, Georgian or Mongolian post before a name ("Բաժնի պետ՝ Լիլիթ
# Հովհաննիսյան", "HR მენეჯერი ნინო ბერიძე", "менежер Б.Сарантуяа": a Mongolian initial and name).
_ETHIOPIC_WORD = r"[\u1200-\u135a]{2,}"
_AMHARIC_NAME = re.compile(
    r"(?<![\u1200-\u135a/])(?:ወ/ሮ|ወ/ሪት|አቶ|ዶ/ር|ኢንጂነር)\s*("
    + _ETHIOPIC_WORD + r"\s+" + _ETHIOPIC_WORD + ")")
_KHMER_WORD = r"[\u1780-\u17d3]{2,}"
_KHMER_NAME = re.compile(
    r"(?<![\u1780-\u17d3])(?:លោកស្រី|អ្នកស្រី|លោក|កញ្ញា|បណ្ឌិត)\s+("
    + _KHMER_WORD + r"\s+" + _KHMER_WORD + ")")
_ARMENIAN_NAME = re.compile(
    r"(?:տնօրեն|պետ|ղեկավար|մենեջեր|մասնագետ|տեսուչ)[՝:,]?\s+"
    r"([\u0531-\u0556][\u0561-\u0587]+\s+[\u0531-\u0556][\u0561-\u0587]+)")
_GEORGIAN_WORD = r"[\u10d0-\u10ff]{2,}"
_GEORGIAN_NAME = re.compile(
    r"(?:მენეჯერი|დირექტორი|ხელმძღვანელი|უფროსი|სპეციალისტი|ოფიცერი)[,:]?\s+"
    r"(" + _GEORGIAN_WORD + r"\s+" + _GEORGIAN_WORD + ")")
_GEORGIAN_NOT_NAME = re.compile(r"ის(?:\s|$)|თანამდებობ|ვაკანსი|სპეციალისტ|მენეჯერ")
_MONGOLIAN_NAME = re.compile(
    r"(?:менежер|дарга|захирал|мэргэжилтэн|ажилтан|нягтлан\s+бодогч)\s+"
    r"([А-ЯЁӨҮ]\.\s?[А-ЯЁӨҮ][а-яёөү]+)")
_PERSIAN_WORD = r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{2,}"
_PERSIAN_NAME = re.compile(
    r"(?:آقای|خانم|جناب)\s+(?:دکتر\s+|مهندس\s+)?(" + _PERSIAN_WORD + r"\s+" + _PERSIAN_WORD + ")")
_BENGALI_WORD = r"[\u0980-\u09ff]{2,}"
_BENGALI_NAME = re.compile(
    r"(?:ম্যানেজার|ব্যবস্থাপক|পরিচালক|অধ্যক্ষ|প্রধান\s+শিক্ষক|জনাব|শ্রী|শ্রীমতী|মিস্টার|মিসেস|ডাঃ|ড\.)\s+"
    r"(" + _BENGALI_WORD + r"\s+" + _BENGALI_WORD + r"?)(?:ের|এর|র)?\s+(?:সাথে|সঙ্গে)")
# a salutation greets the candidate ("সালাম", "سلام", "வணக்கம்") just before a courtesy title
_GREETING = re.compile(r"(?:سلام|درود|گرامی|வணக்கம்|அன்புள்ள|প্রিয়)\W*$")


def _nominative(word: str, article: str | None) -> str:
    """A masculine accusative after "τον" returned to the nominative: Νίκο → Νίκος, Γιάννη →
    Γιάννης, Λουκά → Λουκάς, Σταυρόπουλο → Σταυρόπουλος."""
    if article != "τον" or word.endswith("ς"):
        return word
    return word + "ς" if word[-1] in "οόηήαά" else word


def script_interviewers(text: str) -> list[PersonDraft]:
    """The people a Greek, Hebrew, Tamil, Persian or Bengali text names as above, in the
    nominative."""
    head = text[:_HEAD]
    if head.isascii():
        return []
    found: list[PersonDraft] = []
    if "κ" in head:
        for match in _GREEK_NAME.finditer(head):
            article, first, last = match.groups()
            if _GREEK_GREETING.search(head, max(0, match.start() - 16), match.start()):
                continue
            found.append(PersonDraft(email="", name=f"{_nominative(first, article)} "
                                                    f"{_nominative(last, article)}"))
    if "עם" in head:
        for match in _HEBREW_NAME.finditer(head):
            name, before = match.group(2), (match.group(1) or "").strip()
            if _HEBREW_NOT_NAME.match(name) and _HEBREW_PAIR.fullmatch(before) \
                    and not _HEBREW_NOT_NAME.match(before):
                name = before  # "עם דנה כהן, מנהלת משאבי אנוש": the name, then the job
            if not _HEBREW_NOT_NAME.match(name):
                found.append(PersonDraft(email="", name=name))
    for pattern in (_TAMIL_NAME, _PERSIAN_NAME, _BENGALI_NAME, _AMHARIC_NAME, _KHMER_NAME,
                    _ARMENIAN_NAME, _GEORGIAN_NAME, _MONGOLIAN_NAME):
        for match in pattern.finditer(head):
            if pattern is _GEORGIAN_NAME and _GEORGIAN_NOT_NAME.search(match.group(1)):
                continue  # "უფროსი სპეციალისტის თანამდებობა": a post in the genitive, no one
            if not _GREETING.search(head, max(0, match.start() - 12), match.start()):
                found.append(PersonDraft(email="", name=match.group(1)))
    return found[:_LIMIT]
