"""Interviews that are not the user's own hiring step, named by what they are (round 22).

Owns ``TITLE_TABLE_22``, rows ``lookalikes.NONJOB_TITLE_4`` searches with round 4's to 21's
(each row a (pattern, literals) pair; tests/core/test_detect_lookalikes.py checks each row
against its literals), and ``INDIC_CHORE``, a task for an interview in the Indic languages
``chores.is_chore`` reads in the user's own entries. Four classes, a veto whatever else the
title says:

* a rating of the user's own skill: a language, signing or oral proficiency interview (the
  SLPI, the ACTFL OPI, "Entrevista de Proficiencia Oral"), a language-level placement talk
  ("Sprachstandsgespräch", "Einstufungsgespräch"), a pilot's checkride; an employer's interview
  that *includes* a language test names its job and a test, not a proficiency interview, and is
  left alone ("Interview + Spanish language assessment – Bilingual Customer Care Rep");
* the user's seat beside someone else's interview: interpreting it (the activity, "BSL
  interpreting", "Interpretación LSE", "Gebärdensprachdolmetschen", "interprétariat",
  "दुभाषिया ड्यूटी", or a deaf candidate named as the client), supporting or coaching a client
  at it, taking the panel's notes. The interpreter's own job interview names the role
  ("Interview – Staff Interpreter (ASL)", "Intérprete de lengua de signos"), not the activity;
  a "Support Worker" job names no client beside it;
* a candidacy for office: a party's selection or pre-selection of candidates, a council or
  parliamentary candidate's assessment, a ticket claimant's interview (Hindi "टिकट दावेदार",
  Marathi "इच्छुक उमेदवार", Tamil "விருप்ப மனு"), an assembly election named in the title. The
  corpus calls nominations, scholarships and awards no (rounds 10, 11, 20); a party office's
  paid staff post names a job and is left alone;
* a workshop, webinar, course, training or master class in the languages whose interview word
  came last (Galician "obradoiro", Persian "وبینار"/"دوره آموزشی", Welsh "gweithdy", Afrikaans
  "werkswinkel", Maltese "taħriġ", Mongolian "сургалт", Armenian "վարպետաց դաս"/"դասընթաց", Khmer
  "វគ្គបណ្តុះបណ្តាល"/"សិក្ខាសាលា", Amharic "ስልጠና", Pashto and Urdu "ورکشاپ") and the same words in
  the languages round 21 had no general word for (Hindi, Marathi, Bengali, Tamil, Swahili,
  Hebrew, Arabic, Russian, Turkish, Tagalog).

Why: round 21's blind batch drafted for a sign-language proficiency interview, a Galician
workshop and a Persian webinar, and asked about an interpreter's assignment, two Tamil party
nominations and a Marathi document chore: an interview word found each, and nothing said whose
step it was. Pure data; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import LiteralGated

__all__ = ["INDIC_CHORE", "PROFICIENCY_TABLE", "TITLE_TABLE_22", "proficiency_for_post"]

TITLE_TABLE_22: tuple[tuple[str, str], ...] = (
    # (b) interpreting, supporting or taking notes at someone else's interview
    (r"\b(?:bsl|asl|isl|auslan|nzsl|sign(?:\s+language)?)\s+interpreting\b|\binterp(?:reting)?\s*:"
     r"|\b(?:interp|terp)\b|\bdeaf\s+(?:candidate|applicant|client|jobseeker)"
     r"|\binterpreting\s+(?:assignment|booking)|\binterpret\s+(?:a\s+|the\s+)?(?:job\s+)?interview\b",
     "bsl|asl|isl|auslan|nzsl|sign|interp|terp|deaf"),
    (r"\baccompany(?:ing)?\s+(?:a\s+|the\s+|my\s+|our\s+)?(?:client|service\s+user|candidate|applicant"
     r"|jobseeker|participant|customer|student)s?\b"
     r"|\b(?:support\s+worker|job\s+coach)\b[^\n]{0,30}?\b(?:attend|accompan|client|with\s+(?:him|her|them))"
     r"|\bnote[\s-]?tak(?:er|ing)\s+(?:for|at|on)\s+(?:the\s+|an?\s+)?(?:interview\s+)?panel\b"
     r"|\bpanel\s+note[\s-]?taker\b",
     "accompany|support|coach|note|panel"),
    (r"\binterpretaci[óo]n\s+(?:en\s+)?(?:lse|lsc|lengua\s+de\s+signos)\b|\b(?:usuari|candidat)[oa]\s+sord[oa]\b"
     r"|\bgeb[äa]rdensprach(?:dolmetsch(?:en|ung|einsatz|auftrag)|verdolmetschung)\b|\bdolmetsch(?:einsatz|auftrag)"
     r"|\binterpr[ée]tariat\b|\binterpr[ée]tation\s+(?:en\s+)?(?:lsf|langue\s+des\s+signes)"
     r"|\bcandidate?\s+sourde?\b"
     r"|दुभाषि\S*\s*(?:ड्यूटी|सेवा|कार्य)|बधिर\s+(?:उम्मीदवार|अभ्यर्थी|आवेदक|उमेदवार)",
     "interpretaci|usuari|candidat|gebärdensprach|gebardensprach|dolmetsch|interprétariat"
     "|interpretariat|interprétation|interpretation|दुभाषि|बधिर"),
    # (c) a candidacy for office
    (r"\b(?:ppc|parliamentary|council(?:lor)?|mayoral|ward|electorate|constituency|party)\s+candidate"
     r"\s+(?:selection|assessment|shortlist\w*|nomination)|\b(?:ppc|parliamentary|mayoral|councill?or)"
     r"\s+(?:selection|nomination|shortlisting)\b|\bcandidate\s+selection\s+(?:panel|meeting)\b"
     r"|\bpre[\s-]?selection\b[^\n]{0,50}?\b(?:electorate|party|nomination|constituency|branch|ward)"
     r"|\blocal\s+campaign\s+forum\b",
     "ppc|parliamentary|council|mayoral|ward|electorate|constituency|party|candidate|selection"
     "|forum"),
    (r"टिकट\s*(?:के\s+)?(?:दावेदार|चाहने|प्रत्याशी)|दावेदार\w*\s+(?:का\s+|के\s+|की\s+)?(?:इंटरव्यू|साक्षात्कार)"
     r"|(?:विधानसभा|लोकसभा|विधान\s+सभा)\s+(?:चुनाव|निवडणूक|निवडणुकी\w*|टिकट)|इच्छुक\s+उमेदवार|उमेदवारी\s+मुलाखत"
     r"|விருப்ப\s*மனு|(?:சட்டமன்றத்?|நாடாளுமன்றத்?|உள்ளாட்சித்?)\s*(?:தேர்தல்|வேட்பாளர்)",
     "टिकट|दावेदार|विधानसभा|लोकसभा|विधान|इच्छुक|उमेदवारी|விருப்ப|சட்டமன்ற|நாடாளுமன்ற|உள்ளாட்சி"),
    # (d) workshops, webinars, courses, trainings and master classes in the newest languages
    # (a word that also names a shop floor or a training post, "Obradoiro de Emprego" hiring its
    # trainees, a Turkish "Atölye Şefi", a railway "कार्यशाला", only as the event's kind: first,
    # or before a colon)
    (r"^\W*(?:obradoiro|atölye|कार्यशाला|कार्यशाळा)|(?:obradoiro|atölye|कार्यशाला|कार्यशाळा)\S*\s*:"
     r"|\bgweithdy\b|\bgweminar\w*|\bwerkswinkel\w*|\bwebinaar\w*|\bopleidingsessie\b"
     r"|(?<![-\w])ta[ħh]ri[ġg]\b|\bсургалт(?:ад|анд)?\b|\bвебинар\w*|\bмастер[\s-]?класс?\w*"
     r"|\bворкшоп\w*|\bпрактикум\w*"
     r"|վարպետաց\s+դաս|(?<![\u0530-\u058F])դասընթաց|սեմինար|աշխատաժողով"
     r"|វគ្គបណ្តុះបណ្តាល|សិក្ខាសាលា|ស្ដីពីការត្រៀម"
     r"|(?<![\u1200-\u137F])ስልጠና|ሴሚናር|ወርክሾፕ|አውደ\s*ጥናት",
     "obradoiro|atölye|atolye|कार्यशाला|कार्यशाळा|gweithdy|gweminar|werkswinkel|webinaar"
     "|opleidingsessie|tahrig|taħriġ|taħrig|tahriġ|сургалт|вебинар|мастер|воркшоп|практикум"
     "|վարպետաց|դասընթաց|սեմինար|աշխատաժողով|វគ្គបណ្តុះបណ្តាល|សិក្ខាសាលា|ស្ដីពីការត្រៀម|ስልጠና|ሴሚናር"
     "|ወርክሾፕ|አውደ"),
    (r"وبینار|ویبینار|دوره\s*(?:ی\s*)?آموزشی|کارگاه\s*(?:آموزشی|مهارت|آمادگی|آنلاین)|سمینار|همایش|ورکشاپ"
     r"|ورشة\s+(?:عمل|تدريبية)|دورة\s+تدريبية|ندوة|ويبينار"
     r"|סדנ[הת]|וובינר|הרצאה"
     r"|वेबिनार|प्रशिक्षण\s+(?:शिबिर|सत्र|वर्ग)"
     r"|কর্মশালা|ওয়েবিনার|সেমিনার|பயிற்சிப்\s*பட்டறை|கருத்தரங்க\w*|வெபினார்"
     r"|\bwarsha\b|\bsemina\s+ya\b|\bpalihan\b|\bseminer\w*",
     "وبینار|ویبینار|دوره|کارگاه|سمینار|همایش|ورکشاپ|ورشة|دورة|ندوة|ويبينار|סדנ|וובינר|הרצאה"
     "|वेबिनार|प्रशिक्षण|কর্মশালা|ওয়েবিনার|সেমিনার|பயிற்சிப்|கருத்தரங்க|வெபினார்"
     "|warsha|semina|palihan|seminer"),
)

# (a) a rating of the user's own skill, apart since round 23: ``lookalikes.title_is_lookalike``
# vetoes it unless the title names the post it is a step for (``proficiency_for_post``)
PROFICIENCY_TABLE: tuple[tuple[str, str], ...] = (
    (r"\bproficiency\s+(?:interview|rating)|\bslpi\b|\bactfl\b|\bcheck[\s-]?ride\b"
     r"|\bentrevista\s+(?:de\s+)?(?:proficiencia|competencia|dominio)\s+oral"
     r"|\bentretien\s+d['’][ée]valuation\s+en\s+(?:lsf|langue)"
     r"|\bsprachstands?(?:pr[üu]fung|gespr[äa]ch|feststellung)|\beinstufungs(?:gespr[äa]ch|test)",
     "proficiency|slpi|actfl|check|entrevista|entretien|sprachstand|einstufungs"),
)

# Round 23: a proficiency interview that is a stage of a post's selection names the post: a
# trainee, cadet or apprentice intake, a recruitment, a vacancy ("English language proficiency
# interview – Trainee Air Traffic Controller intake", "... – Bilingual Police Constable
# recruitment"). A rating that certifies the user's own skill names a licence, a certificate, a
# renewal or an endorsement instead, and stays vetoed even beside a job word ("teaching licence",
# "pilot licence endorsement").
_FOR_POST = re.compile(
    r"\b(?:trainee|cadet|apprentice\w*|intake|recruit(?:ment|ing)?|vacanc\w*|job\s+(?:offer|application)"
    r"|selection|hiring|stelle|poste|puesto|plaza|convocatoria)\b",
    re.IGNORECASE)
_OWN_RATING = re.compile(
    r"licen[cs]\w*|certif\w*|renewal|endorsement|recertif\w*|rating|credential|registry|\bcourse\b"
    r"|\bpd\b|zertifi\w*|licencia|certificaci",
    re.IGNORECASE)


def proficiency_for_post(title: str, names_post: bool) -> bool:
    """Whether a proficiency interview's title names the post it is a selection step for: a
    trainee, cadet or recruitment word, or a job (``names_post``, the caller's job reader) with no
    licence or certificate beside it."""
    if _FOR_POST.search(title):
        return True
    return names_post and _OWN_RATING.search(title) is None


# A task for an interview in the Indic languages (the user's own entries only, ``chores``):
# the interview word with its purpose postposition ("मुलाखतीसाठी", "साक्षात्कार के लिए",
# "ভাইভার জন্য", "அன்றைய நேர்காணலுக்கான"), then within a few words a thing to get ready: papers,
# attested copies, photos, clothes, a printout, preparation. "Interview for the ticket" puts the
# interview word last and is not read; "मुलाखतीसाठी कॉल" (the call itself) names no thing.
INDIC_CHORE = LiteralGated(re.compile(
    r"(?:(?:मुलाखती|मुलाखत|साक्षात्कार|इंटरव्यू|अन्तर्वार्ता|अंतर्वार्ता)\s*(?:साठी|करिता|के\s+लिए|हेतु|को\s+लागि)"
    r"|(?:ভাইভা|সাক্ষাৎকার|ইন্টারভিউ)\S*\s+জন্য|நேர்காணலுக்கான|நேர்முகத்\s*தேர்வுக்கான"
    r")[^\n]{0,30}?(?:कागद|दस्तावेज|प्रमाणपत्र|प्रमाण\s+पत्र|साक्षांकित|सत्यापित|अटेस्ट|फोटो|प्रती|प्रत\b"
    r"|प्रिंट|झेरॉक्स|फोटोकॉपी|कपडे|कपड़े|तयारी|कागज़|কাগজ|সনদ|ছবি|ফটোকপি|প্রিন্ট|প্রস্তুতি"
    r"|ஆவண|சான்றித|புகைப்பட|நகல்|தயாரிப்பு)",
))
