"""Round 21's side readings: the seat said "as <role>", rehearsals, talks, going along.

Each class has its true-interview counterparts carrying the same words: the candidate "as a
candidate", a post applied for "as Member", a real interview whose agenda holds a simulation or
a mock client call, a viva whose letter asks for the admit card.
"""

from __future__ import annotations

import pytest

from interview_sync.core.detect.lookalikes import title_is_lookalike
from interview_sync.core.detect.other_side import hiring_seat
from interview_sync.core.detect.process_roles import prep_chore
from interview_sync.core.detect.seat_as import seat_as_role

SEATS = [
    "अन्तर्वार्ता – लेखापाल पद, विज्ञ सदस्यको हैसियतमा",
    "अन्तर्वार्ता समिति – सहायक इन्जिनियर (म पर्यवेक्षकको रूपमा)",
    "साक्षात्कार – प्रवक्ता भर्ती, बाह्य विशेषज्ञ के रूप में",
    "मुलाखत – शिक्षक भरती, निरीक्षक म्हणून",
    "ভাইভা বোর্ড – হিসাবরক্ষক নিয়োগ, বিশেষজ্ঞ সদস্য হিসেবে",
    "සම්මුඛ පරීක්ෂණය – ලිපිකරු බඳවා ගැනීම, නිරීක්ෂකයෙකු ලෙස",
    "நேர்காணல் – ஓட்டுநர் பணி, நான் நிபுணராக",
    "Razgovori s kandidatima – sudjelujem kao promatrač",
    "Интервјуи са кандидатима – као члан комисије",
    "Darba intervijas – kā komisijas loceklis",
    "Darbo pokalbiai – dalyvauju kaip vertintoja",
    "Tööintervjuud – osalen vaatlejana",
    "Mülakat – personel alımı, gözlemci olarak",
    "Müsahibə – mühasib vəzifəsi, müşahidəçi kimi",
    "Сұхбат – бухгалтер лауазымы, сарапшы ретінде",
    "Собеседования с кандидатами – в качестве наблюдателя",
    "Temuduga Pembantu Tadbir – hadir sebagai pemerhati",
    "Interviews for the analyst role – attending as an observer",
    "Applicant interviews – I'm sitting in (note-taker)",
    "Vodim treći krug razgovora – kandidati za magacionera",
]

NOT_SEATS = [
    "अन्तर्वार्ता – खरिदार, उम्मेदवारको रूपमा",
    "साक्षात्कार – कनिष्ठ लिपिक, अभ्यर्थी के रूप में",
    "सदस्य के रूप में नियुक्ति हेतु साक्षात्कार",
    "Interview for appointment as Member, Water Tribunal",
    "Interview: Careers Adviser post – panel (as a candidate)",
    "Intervju – kandidat kao senior developer",
    "Interview – Observer Research Ltd (Data Analyst)",
    "Mülakat – Uzman Yardımcısı, aday olarak",
    "Rozmowa kwalifikacyjna – praca jako ekspert ds. sprzedaży",
    "Interviu – consultant si expert vanzari",
    "Wawancara – bekerja sebagai penguji perangkat lunak",
]


@pytest.mark.parametrize("title", SEATS)
def test_the_users_seat_said_as_a_role_is_the_hiring_side(title: str) -> None:
    assert seat_as_role(title)
    assert hiring_seat(title, "")


@pytest.mark.parametrize("title", NOT_SEATS)
def test_the_candidate_or_the_post_applied_for_is_no_seat(title: str) -> None:
    assert not seat_as_role(title)


REHEARSALS = [
    "अभिरूप मुलाखत – स्पर्धा परीक्षा केंद्र",
    "मॉक साक्षात्कार – कोचिंग संस्थान",
    "अन्तर्वार्ता तयारी कक्षा – लोक सेवा",
    "মক ভাইভা – বিসিএস প্রস্তুতি",
    "ආදර්ශ සම්මුඛ පරීක්ෂණය – රැකියා මධ්‍යස්ථානය",
    "ஒத்திகை நேர்காணல் – கல்லூரி வேலைவாய்ப்பு பிரிவு",
    "Temu duga olok-olok – Unit Kerjaya",
    "Ceramah kerjaya: pentingnya temuduga",
    "Wawancara simulasi – Career Day SMK",
    "Probni razgovor za posao – studentski centar",
    "Пробни интервју – центар за развој каријере",
    "Lomu spēle: darba intervija (8.a)",
    "Bandomasis darbo pokalbis – karjeros centras",
    "Töövestluse simulatsioon – karjäärinõustaja",
    "Harjoitustyöhaastattelu – TE-palvelut",
    "Paneelihaastatteluharjoitus – urapalvelut",
    "Próbna rozmowa kwalifikacyjna – biuro karier",
    "Mülakat provası – kariyer merkezi",
    "Sınaq müsahibəsi – karyera mərkəzi",
    "Сынақ сұхбат – мансап орталығы",
    "საცდელი გასაუბრება – კარიერის ცენტრი",
    "Interview role play – Year 11 careers lesson",
    "Why interviews matter – careers talk for sixth form",
    "Drive Sam to his interview at the depot",
    "Temani adik ke temuduga SPA",
    "ওর ইন্টারভিউতে সাথে যাওয়া",
    "শাকিলের ইন্টারভিউ – সঙ্গে যাব",
    "Coffee w/ ex-associate: what's the final interview like?",
    "Analyst interviews – sit in on two (learning the loop)",
    "Intervētāju instruktāža – atlases intervijas",
    "Intervjueerijate koolitus – struktureeritud intervjuu",
]

REAL = [
    "Interview user + simulasi kerja – Admin Gudang, PT Contoh Jaya",
    "Final interview – Consultant, Ridgeway Partners (includes mock client call)",
    "मुलाखत – कनिष्ठ लिपिक, जिल्हा सहकारी बँक",
    "মৌখিক পরীক্ষা – সহকারী শিক্ষক পদ (প্রবেশপত্র সঙ্গে আনুন)",
    "Temuduga Pegawai Tadbir – Majlis Perbandaran Contoh",
    "Intervju za posao – praktični zadatak, Sava Soft",
    "Tööintervjuu + proovitöö – laotööline, Näide OÜ",
    "Panel interview – Finance Officer, Harbor County",
    "On-campus interview – Kestrel Labs (Career Center)",
    "Interview – please sit in the waiting area until called",
]


CHORES = [
    "সাক্ষাৎকারপত্র ডাউনলোড ও প্রিন্ট",
    "ভাইভার এডমিট কার্ড প্রিন্ট করা",
    "अन्तर्वार्ता पत्र डाउनलोड गर्ने",
    "Muat turun surat panggilan temuduga",
    "Cetak kartu peserta wawancara",
]


@pytest.mark.parametrize("title", CHORES)
def test_fetching_the_interview_letter_is_a_chore(title: str) -> None:
    assert prep_chore(title)


def test_a_viva_that_asks_for_the_admit_card_is_no_chore() -> None:
    assert not prep_chore("মৌখিক পরীক্ষা – সহকারী শিক্ষক পদ (প্রবেশপত্র সঙ্গে আনুন)")


@pytest.mark.parametrize("title", REHEARSALS)
def test_rehearsals_talks_and_going_along_are_lookalikes(title: str) -> None:
    assert title_is_lookalike(title)


@pytest.mark.parametrize("title", REAL)
def test_real_steps_with_the_same_words_are_no_lookalikes(title: str) -> None:
    assert not title_is_lookalike(title)
    assert not seat_as_role(title)
