"""The user's seat in someone else's selection said as "as <role>", by structure (round 21).

Owns ``seat_as_role``, taken in by ``seat_scripts.seat_in_script`` (so by the hiring-side veto):
a title that puts its writer on the selecting side with the language's "as" / "in the capacity
of" construction around a role that is not the candidate's, or with a first-person "I lead /
I observe / I sit in":

* postpositions and case endings: Hindi "<role> के रूप में / की हैसियत से", Nepali "<role>को
  रूपमा / हैसियतमा", Marathi "<role> म्हणून", Bengali "<role> হিসেবে", Sinhala "<role>යෙකු
  ලෙස", Tamil "<role>ராக" (உறுப்பினராக), Estonian's essive ("vaatlejana", "eksperdina"),
  Georgian "-ად", Azerbaijani "<role> kimi / qismində", Kazakh "<role> ретінде", Turkish
  "<role> olarak";
* prepositions: Serbian, Croatian, Bosnian "kao / као", Latvian "kā", Lithuanian "kaip",
  Russian "в качестве", Ukrainian "як / в якості", Polish and Czech "jako", Malay and
  Indonesian "sebagai", Greek "ως", Romanian "în calitate de", Spanish "en calidad de",
  Portuguese "na qualidade de", Italian "in qualità di", Swahili "kama",
  English "as (a|an|the)";
* the first person leading or observing the round ("Vodim drugi krug", "Водим интервјуе",
  "stebiu pokalbius", "vadu intervijas", "I'm sitting in"), and (round 23) leading, running,
  hosting or moderating the interview itself ("I'm leading the case interview", "Hosting the
  final-round interview", "Je mène l'entretien", "Ich führe das Gespräch", "Dirijo la
  entrevista", "Я веду собеседование"); the object is the interview, never "the case" (a
  candidate leads the case in a candidate-led case interview), and the second person ("you lead
  the case") is the candidate's invitation.

The role nouns are those of a selecting body (member, expert, chair, observer, interviewer,
examiner, assessor, secretary, representative), never the candidate's ("as a candidate",
"उम्मेदवारको रूपमा", "अभ्यर्थी के रूप में" name the user as the candidate and are not read). An
appointment word beside the role ("interview for appointment as Member", "सदस्य के रूप में
नियुक्ति", "jawatan sebagai") makes the role the post applied for, and the title is left alone.

Why by structure: round 20's blind batch drafted for a Nepali committee the user sits on "as
subject expert" and asked about a Serbian round the user leads; round 20's seat reader knew "I"
beside a seat word only. Pure; no I/O.
"""

from __future__ import annotations

import re

__all__ = ["seat_as_role"]

# Role stems per script (a selecting body's seats; never the candidate's).
_DEVA_ROLE = (r"(?:विषय\s+)?(?:विशेषज्ञ|विज्ञ|तज्ज्ञ|तज्ञ|सदस्य|अध्यक्ष|पर्यवेक्षक|प्रेक्षक|निरीक्षक"
              r"|साक्षात्कारकर्ता|मुलाखतकार|परीक्षक|पैनलिस्ट|प्रतिनिधि|प्रतिनिधी|सचिव|निर्णायक|सल्लागार)")
_LATIN_ROLE = (
    # South Slavic
    r"(?:član\w*|clan\w*|predsjedni\w*|predsedni\w*|posmatrač\w*|promatrač\w*|ispitivač\w*"
    r"|stručnja\w*|ekspert\w*|intervjuer\w*|ocjenjivač\w*|ocenjivač\w*|zapisničar\w*"
    # Latvian, Lithuanian
    r"|novērotāj\w*|eksperte?s?|komisijas\s+locek\w*|priekšsēdētāj\w*|intervētāj\w*|vērtētāj\w*"
    r"|stebėtoj\w*|ekspert\w*|komisijos\s+nar\w*|pirminink\w*|vertintoj\w*"
    # Polish, Czech
    r"|obserwator\w*|członk\w*\s+komisji|przewodnicząc\w*|pozorovatel\w*|člen\w*\s+komise"
    # Malay, Indonesian
    r"|(?:ahli|anggota|ketua|pengerusi)\s+panel|panel\s+penemuduga|penemuduga|pewawancara"
    r"|pemerhati|pengamat|narasumber|penguji|juri"
    # Romance, Swahili
    r"|observador\w*|observateur|observatrice|osservat(?:ore|rice)|experto|especialista|perito"
    r"|miembro|membro|vocal|presidente|esperto|commissari\w*|observator|expert|membru"
    r"|mwangalizi|mtaalamu|mjumbe"
    # English (with its article)
    r"|(?:an?\s+|the\s+)?(?:subject[\s-](?:matter\s+)?expert|observer|panel\s+member|panell?ist"
    r"|external\s+(?:examiner|assessor|member)|independent\s+(?:member|assessor)|note[\s-]?taker"
    r"|shadow(?:\s+interviewer)?|second\s+interviewer|chair(?:person)?\s+of\s+the\s+panel))")
_CYR_ROLE = (r"(?:член\w*|члан\w*|председни\w*|посматрач\w*|испитивач\w*|стручња\w*|експерт\w*"
             r"|эксперт\w*"
             r"|наблюдател\w*|спостерігач\w*|интервьюер\w*|інтерв'?юер\w*|председател\w*|голов\w*"
             r"|бақылаушы|сарапшы|мүше\w*|төраға\w*)")

_SEAT_AS = re.compile(
    # Devanagari postpositions
    r"(?<![\u0900-\u097F])" + _DEVA_ROLE + r"\s*(?:के\s+रूप\s+में|को\s+रूपमा|की\s+हैसियत\s+से"
    r"|को\s+हैसियतमा|को\s+हैसियतले|म्हणून)(?![\u0900-\u097F])"
    # Bengali
    r"|(?<![\u0980-\u09FF])(?:বিশেষজ্ঞ|সদস্য|সভাপতি|পর্যবেক্ষক|পরীক্ষক|প্রতিনিধি|সচিব)"
    r"[\u0980-\u09FF]*\s+(?:হিসেবে|হিসাবে)"
    # Sinhala
    r"|(?:සාමාජික|විශේෂඥ|සභාපති|නිරීක්ෂක|පරීක්ෂක|නියෝජිත|ලේකම්)[\u0D80-\u0DFF\u200d]*\s+ලෙස"
    # Tamil (the adverbial -ஆக on the role)
    r"|(?:உறுப்பின|நிபுண|தலைவ|பார்வையாள|தேர்வாள|நடுவ|கண்காணிப்பாள|நேர்காணல்\s*செய்பவ)ராக"
    # Estonian essive
    r"|\b(?:vaatleja|eksperdi|komisjoni\s+liikme|hindaja|intervjueerija|esimehe|vari(?:intervjueerija)?)na\b"
    # Georgian "-ად" and "როგორც"
    r"|(?:დამკვირვებლ|ექსპერტ|წევრ|თავმჯდომარ)ად\b|როგორც\s+(?:დამკვირვებელი|ექსპერტი|წევრი)"
    # Azerbaijani, Turkish
    r"|\b(?:müşahidəçi|ekspert|komissiya\s+üzvü|üzv|sədr|g[öo]zlemci|uzman|j[üu]ri\s+[üu]yesi"
    r"|komisyon\s+[üu]yesi|m[üu]lakat[çc][ıi]|başkan)\s+(?:kimi|qismində|olarak)\b"
    # Cyrillic prepositions and Kazakh postposition
    r"|(?<![\w])(?:као|в\s+качестве|у\s+якості|в\s+якості|як)\s+" + _CYR_ROLE
    + r"|" + _CYR_ROLE + r"\s+ретінде"
    # Greek
    r"|(?<![\w])ως\s+(?:παρατηρητ\w*|μέλος|εμπειρογνώμον\w*|πρόεδρο\w*|αξιολογητ\w*)"
    # Latin-script prepositions
    r"|\b(?:kao|kā|kaip|jako|sebagai|selaku|en\s+calidad\s+de|na\s+qualidade\s+de"
    r"|in\s+qualit[àa]\s+di|[îi]n\s+calitate\s+de|kama|as|in\s+the\s+capacity\s+of)\s+"
    + _LATIN_ROLE + r"\b"
    # the first person leading, observing or sitting in on the round
    r"|\b(?:vodim|vodiću|vadu|vedu|prowadzę|stebiu|vaatlen|observ(?:o|ing)|i['’]?m\s+sitting\s+in"
    r"|i\s+(?:sit|am\s+sitting)\s+in)\b(?=.{0,40}?(?:intervju|razgovor|krug|intervij|pokalb"
    r"|rozmow|vestlus|intervjuu|interview|on\b|note|shadow|\)|$))"
    r"|(?<![\w])(?:водим|проводим|веду)\s+(?:\w+\s+){0,2}?(?:интервју|разговор|круг|собеседован)"
    # round 23: the first person leading, running, hosting or moderating the interview itself (its
    # object is the interview, not "the case": a candidate leads the case in a candidate-led case
    # interview), and an English title opening with the gerund ("Hosting the final-round interview")
    r"|\bi(?:['’]m|\s+am)?\s+(?:lead(?:ing)?|run(?:ning)?|host(?:ing)?|moderat(?:e|ing)|conduct(?:ing)?"
    r"|chair(?:ing)?|facilitat(?:e|ing))\s+(?:the|an?|this|my|our|today['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:interview|screen|panel)"
    r"|^\W*(?:leading|running|hosting|moderating|conducting|chairing|facilitating)\s+(?:the|an?|this|my)\s+"
    r"(?:[\w-]+\s+){0,2}?interview"
    r"|\bje\s+(?:m[èe]ne|conduis|dirige|anime|mod[èe]re)\s+(?:l['’]|les\s+|un\s+|le\s+)(?:\w+\s+)?entretien"
    r"|\bich\s+(?:f[üu]hre|leite|moderiere)\s+(?:das|die|den)\s+(?:\w+\s+)?(?:gespr[äa]ch|interview"
    r"|vorstellungsgespr[äa]ch|bewerbungsgespr[äa]ch|auswahlgespr[äa]ch)"
    r"|\b(?:yo\s+)?(?:dirijo|conduzco|modero)\s+(?:la|una|las)\s+entrevista"
    r"|\b(?:io\s+)?conduco\s+(?:io\s+)?(?:il|i)\s+colloqui|\b(?:eu\s+)?conduzo\s+a\s+entrevista"
    r"|(?<![\w])я\s+(?:веду|модерирую)\s+(?:\w+\s+)?(?:собеседовани|интервью)",
    re.IGNORECASE)

# The role is the post applied for when an appointment word stands right beside it (a
# recruitment word further off names the selection the user sits in, not the user's post).
_POST_NEAR = re.compile(
    r"appoint|\bpost\b|position|vacanc|नियुक्ति|नियुक्त|पदको|पदासाठी|पद\s*हेतु|পদে|পত্කිරීම"
    r"|நியமன|lantikan|jawatan|posisi|lowongan|radno\s+mesto|radno\s+mjesto|stanowisk|должност"
    r"|посаду|vaga\b|puesto|posto\b"
    # work as / a job as: the role is the job ("praca jako ekspert", "bekerja sebagai penguji")
    r"|\b(?:praca|pracy|práce|prace|posao|posla|rad|darbs|darbam|darbas|darbui|kerja|bekerja"
    r"|work|working|job|hired|trabajo|trabalho|lavoro|работа|работу|посао)\b",
    re.IGNORECASE)
_CANDIDATE_ROLE = re.compile(
    r"candidat|kandidat|calon|pelamar|उम्मेदवार|उमेदवार|अभ्यर्थी|प्रत्याशी|প্রার্থী|අපේක්ෂක"
    r"|விண்ணப்பதார|வேட்பாள|aday|кандидат|υποψήφι|applicant|interviewee",
    re.IGNORECASE)

# Cheap literal gate: a title with none of these cannot match.
_LITERALS = ("रूप", "हैसियत", "म्हणून", "হিসেবে", "হিসাবে", "ලෙස", "ராக", "na", "ად", "როგორც",
             "kimi", "qismində", "olarak", "као", "качестве", "якості", "як ", "ретінде", "ως ",
             "kao", "kā", "kaip", "jako", "sebagai", "selaku", "calidad", "qualidade", "qualit",
             "calitate", "kama", "as ", "capacity", "vodim", "vodiću", "vadu", "vedu",
             "prowadzę", "stebiu", "vaatlen", "observ", "sit", "водим", "проводим", "веду",
             # round 23: the first person leading the interview
             "lead", "run", "host", "moderat", "conduct", "chair", "facilitat", "je ", "ich ",
             "dirijo", "conduzco", "modero", "conduco", "conduzo", "модерирую")


def seat_as_role(title: str) -> bool:
    """Whether the title seats its writer on the selecting side by an "as <role>" construction
    or a first-person "I lead / I observe / I sit in" (see the module's docstring)."""
    if not title:
        return False
    low = title.lower()
    if not any(word in low for word in _LITERALS):
        return False
    for found in _SEAT_AS.finditer(title):
        said = found.group(0)
        if _CANDIDATE_ROLE.search(said):
            continue
        near = title[max(0, found.start() - 14):found.end() + 14]
        if _POST_NEAR.search(near):
            continue
        return True
    return False
