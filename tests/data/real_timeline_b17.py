"""Blind batch 17 of the real-material timeline corpus (issue #15, round 17).

Built and labelled by hand on 2026-12-07 by a corpus helper who has never read the timeline code
(``core/timeline/``, ``core/detect/``, ``docs/timelines.md``, ``docs/detection.md`` or ``bench/``),
before the timeline reader, any bench or any test ran on any of it; the only code used while
labelling was Python's ``datetime`` (and ``zoneinfo`` for the offsets) and the ``holidays`` package
(0.109), to check weekdays, ISO weeks and public holidays (regional ones included). Each text
paraphrases wording, a process or a situation documented on the public page cited in its source
(found with the project's search tool, pages corpus; no page or host cited by an earlier data file:
every host was grepped in ``tests/data/*.py``; a few share a platform with earlier hosts: the
blogspot and wordpress.com platforms, and neogov, whose address appears in an earlier event but was
never cited as a source); names, companies, dates and office closures are invented, the wording is
not copied. Reference dates are in 2030, a year no earlier file uses as a reference, so that
holidays fall on new weekdays (Easter is 21 April, Orthodox Easter 28 April, Chinese New Year 3
February, Eid al-Fitr about 4 February and Eid al-Adha about 13 April).

176 texts: English 75, Hebrew 6, Indonesian 6, Vietnamese 6, German 6, French 6, Arabic 5, Slovak
5, Spanish 5, Italian 5, Dutch 5, Polish 5, Swedish 5, Korean 5, Chinese 5, Ukrainian 4, Estonian
4, Portuguese 4, Japanese 4, Turkish 4, Croatian 3, Serbian 3 (22 languages; Hebrew, Arabic,
Indonesian, Vietnamese, Ukrainian and Serbian new to the timeline corpus); 80 promise nothing (36
of the English ones). 131 sources on 131 hosts (US job-search advice, a class handout, job-seekers'
blogs, an HR blog on the holiday slowdown, internship key dates, a Hawaii university's internship
deadlines, a Maryland county's candidate support page; UK public-sector recruitment stages,
recruiters' blogs on December hiring, a district council's and a Welsh national park's processes,
English and Scottish job-seekers' blogs; an Irish blogger; Singapore follow-up advice; New Zealand
and Australian students' and graduates' blogs; Nigerian recruitment stories; an Indian engineer's
post; a Greek university's results page; Israeli job-search columns; Saudi, Algerian and Jordanian
recruitment news; Indonesian interview-wait guides and an election-body recruitment story;
Vietnamese HR and recruitment-letter pages; a Ukrainian ghosting column, job-site advice and a town
council's selection rules; the Slovak civil service act and selection notices; Estonian public
competitions and youth work brigades; Croatian and Serbian job columns; German council minutes and
a Swiss municipality's notice; French internship blogs and a forum; Argentine, Chilean and Mexican
pages; Brazilian internship selections; an Italian forum in Ireland and Italian local news; Dutch
regional news on summer work; Polish university internship pages; Swedish municipal summer jobs;
Japanese result guides; Korean part-time job stories; Taiwanese and Hong Kong blogs; Turkish
recruitment guides and oral-exam news) in 36 countries: US 24 (Hawaii, Colorado, Maryland), GB 24
(England, Scotland, Wales), AU 9 (New South Wales, Western Australia, Queensland), NG 6, IL 6, ID
6, VN 6, FR 6, SK 5, DE 5 (Rhineland-Palatinate, Bavaria, Baden-Württemberg), NL 5, PL 5, SE 5,
KR 5, NZ 4, UA 4, EE 4, BR 4, IT 4, JP 4, TW 4, TR 4, IE 3 (one in Italian), SA 3, HR 3, RS 3, CL
3, SG 2, IN 2, GR 2, DZ 1, JO 1, CH 1, AR 1, MX 1, HK 1. New to the timeline corpus: the year
2030; Israel, Indonesia, Vietnam, Ukraine, Serbia and Jordan; Thanksgiving, Prince Kuhio Day
(Hawaii) and Memorial Day in US counts; St Andrew's Day (observed) and the October bank holiday
as named days; Matariki and Waitangi Day; Western Australia Day; Anzac Day inside a New South
Wales count; Nigeria's Democracy Day; Greek Orthodox Easter and 1 May inside one working-day
count; Passover; Eid al-Adha in Algeria and Kurban Bayramı in Turkey; Ascension in Indonesia,
Germany, France, the Netherlands and Sweden; Tet inside a Vietnamese count; Slovakia's Cyril and
Methodius Day and National Uprising Day; Estonia's Midsummer Day; Croatian Statehood Day and
Corpus Christi; Serbian Orthodox Easter and the two-day Labour Day; Chile's Fiestas Patrias;
Argentina's Malvinas Day; Brazil's Black Awareness Day next to Republic Day; Polish majówka and 11
November; Golden Week; Chuseok and Korea's local election day; Taiwan's Lunar New Year,
Children's Day and Tomb-Sweeping Day; Hong Kong's 1 July.

Each case is (text, reference, expect, country, lang, source): the reference is the interview's
(or the message's) local date and time; ``expect`` is the (first, last) day accepted for the day
the employer promised to get back, or None when the text promises nothing from the employer.
Labels follow the conventions of ``real_timeline_b3.py`` to ``real_timeline_b16.py`` (exact day
for "within N days/weeks", counted from the reference or the anchor the text dates; business
days skip weekends and the country's public holidays, both readings accepted where a holiday is
regional or one most employers work; "Werktage" / "días hábiles" / "giorni lavorativi" /
"営業日" skip Saturdays; "next week" Monday to Friday; "by the end of the (next) week" its
Friday; "by end of month" its last day, also the next working day when it is a weekend day; "KW
n" / "week n" / "semaine n" / "vecka n" ISO week n; "before <date>" the day before and the day; a
calendar-day deadline or a named day on a public holiday or a weekend also accepts the next
working day; a week-long span whose Monday is a public holiday starts on the Tuesday; "the week
after <long weekend>" the week the holiday Monday opens, Tuesday to Friday; "the first working
day after <holiday>" that day only; a promise counted from an event whose date the text does not
give promises no day; vague wording, usual lengths, aims, lower bounds ("after the holidays",
"frühestens", "vanaf"), conditional contact, the candidate's own deadlines, logistics, interview
invitations, start dates and things promised to others promise nothing). Conventions decided
here, where the earlier rounds are silent, are commented on their case; the general ones:
- a week-long span whose Friday is a public holiday ends on the Thursday (Matariki, Good Friday),
  the mirror of the Monday rule;
- in Israel, Saudi Arabia, Algeria and Jordan the working week is Sunday to Thursday, so "the
  week after Passover" is Sunday to Thursday; no Hebrew or Arabic text counts working days;
- Ukraine keeps no public holidays under martial law (the holidays package lists none for 2030),
  so working days there are Monday to Friday;
- "two to three weeks" is a span from the day two weeks on to the day three weeks on; "about one
  or two weeks" ("sekitar") is vague and promises nothing;
- "bis Ende KW n" is the Friday of ISO week n; "avant le pont de l'Ascension" the last working day
  before the bridge (the Wednesday);
- "quinze jours" is two weeks; "dans huit jours" for a second meeting is an invitation, not an
  answer.

Scored once, at the end of round 17, for docs/detection.md and the README; tuning data since round 18.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
# English-language pages: United States (job-search advice, a class handout on following up,
# job-seekers' blogs, an HR blog on the holiday slowdown, internship key dates and timelines, a
# Hawaii university's internship deadlines, a county government's candidate support page)
HIRATION = "https://www.hiration.com/blog/how-to-follow-up-after-interview/"
SLIDEGUR = "http://slidegur.com/doc/110797/follow-up-on-an-interview"
TRIPAWAY = "http://tripaway2day.blogspot.com/2005/11/why-no-news-is-hopefully-good-news.html"
DOINGROWNUP = "https://dointhegrownup.com/2011/04/28/5017467786/"
PEOPLEVIEW = "http://www.peopleview.com/tag/hoidays/"
MIRIK = "https://mirik.diaryland.com/howironic.html"
LIBRA = "https://www.librainternship.com/application/key-dates/"
BYUH = "https://career.byuh.edu/dates-and-deadlines"
PLAYBOOK = "https://internship-playbook.com/app/modules/calendar-overview"
JKCP = "https://help.jkcp.com/knowledge/internshipadmissionsoverview"
UCCS = "https://www.uccs.edu/career/resources/students/internship-timeline"
MONTGOMERY = "https://montgomerycountymd.attract.neogov.com/p/support"
# English-language pages: United Kingdom and Ireland (public-sector recruitment stages, recruiters'
# blogs on December hiring, a district council's and a Welsh national park's recruitment processes,
# job-seekers' blogs from England and Scotland, an Irish blogger's wait)
SOURCERECRUIT = ("https://www.source-recruit.uk/post/key-stages-of-the-public-sector-recruitment-pr"
                 "ocess")
RECRUITECH = "https://recruitech.uk/hiring-in-christmas-is-it-worth-it/"
ANDREWJAMES = "https://andrewjamesrecruitment.co.uk/2023/11/"
KILLERCV = "https://thekillercvqueen.com/2016/12/21/the-wind-down-for-christmas/"
CHICHESTER = "https://chichester.gov.uk/recruitmentprocess"
PEMBROKESHIRE = "https://www.arfordirpenfro.cymru/default.asp?PID=270"
TANVIR = "https://tanvirbush.com/2008/05/unknown-knowns/"
GERMANLASS = "https://germanlass.com/2013/02/19/the-interview/"
HEALTHYMIND = "http://ahealthymindandhealthybody.blogspot.com/2016/08/interview-and-stuff.html"
MAGICALSUMMER = "http://magicalsummer2010.blogspot.com/2009/10/here-we-go-again.html"
DAGGERSDUCK = "http://daggersduck.blogspot.com/2005/12/job-interview.html"
LUVLYMISH = "https://www.luvlymish.com/2008/08/nerves/"
SPAILPIN = ("https://spailpinfanac.com/2018/10/17/its-going-to-be-a-long-four-days/?shared=email&ms"
            "g=fail")
# English-language pages: Singapore, New Zealand, Australia, Nigeria, India, Greece (follow-up
# advice, job-seekers' and students' blogs from Auckland, Wellington, Newcastle, Sydney, Fremantle
# and Brisbane, Nigerian recruitment stories, an Indian engineer's post, a Greek university's
# announcement of results)
WORKCLASS = "https://workclass.co/singapore/blogs/how-to-follow-up-after-interview"
MISSIONARYANNA = "http://missionaryanna.blogspot.com/2007/09/in-lap-of-gods.html"
BAGEND = "http://blog.bagendbabe.co.uk/?p=723"
PUDDLE = "https://puddle.wordpress.com/2007/12/10/newcastle-interview/"
IZMS = "http://izms.blogspot.com/2002/05/unexpected-upward-swings-currently.html"
DPJEJ = "http://dpjej.blogspot.com/2007/10/waiting.html"
KINGLEONARD = "http://kingleonard.blogspot.com/2004/11/just-back-from-my-interview.html"
ALEKS = "https://aleksinljubljana.blogspot.com/2011/04/unexpected-call.html"
NIYITABITI = ("https://niyitabiti.net/2021/11/most-nigerian-recruiters-dont-get-back-to-interviewee"
              "s/")
OODUARERE = "https://ooduarere.com/naija-gist/metro-life/my-sad-interview-experience/"
RAPPORTNAIJA = "https://www.rapportnaija.com/2017/07/job-recruitment-process-my-most-recent.html"
INFORMATIONNG = ("https://www.informationng.com/2018/03/read-the-dramatic-reason-why-this-lady-aban"
                 "doned-a-job-interview.html")
ABHIJKA = "https://www.abhijka.com/post/2017/07/21/heights-of-interview"
UTHACCAUD = "http://accaud.uth.gr/en/announcement-of-results/"
# Hebrew and Arabic pages (Israeli job-search columns and a recruiter's blog, Saudi, Algerian and
# Jordanian recruitment news, an Arabic interview-wait guide)
STUFFSTORE = ("https://stuffstore.co.il/%d7%92%d7%9c%d7%94-%d7%9b%d7%9e%d7%94-%d7%96%d7%9e%d7%9f-%d"
              "7%90%d7%97%d7%a8%d7%99-%d7%a8%d7%90%d7%99%d7%95%d7%9f-%d7%a2%d7%91%d7%95%d7%93%d7%94"
              "-%d7%9e%d7%a7%d7%91%d7%9c%d7%99%d7%9d-%d7%aa%d7%a9%d7%95")
TIGBUR = ("https://tigbur.co.il/%d7%96%d7%9e%d7%9f-%d7%94%d7%9e%d7%aa%d7%a0%d7%94-%d7%9c%d7%aa%d7%a"
          "9%d7%95%d7%91%d7%94-%d7%90%d7%97%d7%a8%d7%99-%d7%a8%d7%90%d7%99%d7%95%d7%9f-%d7%a2%d7%91"
          "%d7%95%d7%93%d7%94")
YNET = "https://ynet.co.il/articles/0,7340,L-4201894,00.html"
GLOBES = "https://www.globes.co.il/news/article.aspx?did=1000474501"
KALKALA = "https://kalkala.co.il/איך-לדעת-שלא-התקבלתי-לעבודה-הסימנים-שש"
GIYUS = "http://giyus-isky.blogspot.com/2011/11/blog-post_17.html"
ALMOWATEN = ("https://www.almowaten.net/2026/01/%D8%A7%D9%84%D8%AC%D8%A7%D9%85%D8%B9%D8%A9-%D8%A7%D"
             "9%84%D8%A5%D8%B3%D9%84%D8%A7%D9%85%D9%8A%D8%A9-%D8%AA%D9%8F%D8%B9%D9%84%D9%86-%D9%85%"
             "D9%88%D8%A7%D8%B9%D9%8A%D8%AF-%D9%85%D9%82%D8%A7%D8%A8%D9%84/")
ENNAHAR = ("https://www.ennaharonline.com/%D8%AA%D8%A3%D8%AC%D9%8A%D9%84-%D9%85%D9%82%D8%A7%D8%A8%D"
           "9%84%D8%A9-%D9%85%D8%B3%D8%A7%D8%A8%D9%82%D8%A9-%D8%AA%D9%88%D8%B8%D9%8A%D9%81-%D8%A7%D"
           "9%84%D8%A3%D8%B3%D8%A7%D8%AA%D8%B0%D8%A9-%D8%A5%D9%84/")
ALWAKEEL = ("https://www.alwakeelnews.com/Section_24/%D8%AE%D8%A7%D8%B5-%D8%A8%D8%A7%D9%84%D9%88%D9"
            "%83%D9%8A%D9%84/1000-%D9%85%D8%AA%D9%82%D8%AF%D9%85-%D9%8A%D9%86%D8%AA%D8%B8%D8%B1%D9%"
            "88%D9%86-%D8%A7%D9%84%D8%A7%D9%85%D8%AA%D8%AD%D8%A7%D9%86-%D8%A7%D9%84%D8%AA%D9%86%D8%"
            "A7%D9%81%D8%B3%D9%8A-%D9%84%D8%B4%D9%88%D8%A7%D8%BA%D8%B1-%D8%A7%D9%84%D8%A5%D8%AF%D8%"
            "A7%D8%B1%D8%A9-%D8%A7%D9%84%D9%85%D8%AD%D9%84%D9%8A%D8%A9-%D9%85%D9%86%D8%B0-%D8%A3%D8"
            "%B4%D9%87%D8%B1_762506")
KSALIM = "https://ksalim.com/2022/08/interview-reply.html"
ONEOK3 = "http://1ok3.blogspot.com/2014/10/blog-post_799.html"
# Indonesian and Vietnamese pages (interview-wait guides and a job-seeker's blog, a Sumatran
# election-body recruitment story; Vietnamese HR software, careers and recruitment-letter pages,
# news columns)
KARRIERZ = "https://karrierz.id/berapa-lama-menunggu-panggilan-kerja-setelah-interview"
GLINTS = ("https://glints.com/id/en/komunitas/qna/berapa-lama-menunggu-panggilan-kerja-setelah-inte"
          "rview-user/rwK5yKVv")
PUJIHARTONO = "https://www.pujihartono.id/2019/07/setelah-interview-disuruh-menunggu-hasilnya.html"
WASPADA = ("https://waspada.id/sumut/jelang-pengumuman-kpud-labura-tak-juga-umumkan-hasil-tes-wawan"
           "cara")
FUTURESKILLS = "https://futureskills.id/?p=2712"
MEDIANASIONAL = ("https://media-nasional.com/bisnis/berapa-lama-kita-harus-menunggu-panggilan-kerja"
                 "-setelah-interview/")
MISA = "https://amis.misa.vn/155959/hoi-dong-tuyen-dung-gom-nhung-ai"
HBRVN = "https://careers.hbr.edu.vn/interview-la-gi"
DVTKW = "https://dichvuthietkeweb.com/cach-viet-mau-thu-thong-bao-ket-qua-phong-van-chuyen-nghiep/"
BAOMOI = "https://m.baomoi.com/4-dieu-nha-tuyen-dung-noi-doi-ung-vien/c/13238542.epi"
ANIDAY = ("https://aniday.com/vi/blog/meo-phong-van-7-dau-hieu-giup-ban-du-doan-ket-qua-phong-van-2"
          "598")
VNEXPRESS = "https://vnexpress.net/toi-khong-tuyen-ung-vien-gioi-chuyen-mon-nhat-4938631.html"
# Ukrainian, Slovak, Estonian, Croatian and Serbian pages (a recruiting-ghosting column, job-site
# advice, a selection commission's deadline, a town council's selection rules; the Slovak civil
# service act, a ministry's personnel office, village and Bratislava borough selection notices;
# Estonian public-service competitions, youth work brigades and local news; Croatian job news and a
# municipal regulation; Serbian job-interview columns and slang dictionary)
LESSONER = ("https://lessoner.net/gostyng-u-rekrutyngu-chomu-hr-znykayut-pislya-spivbesidy-i-yak-pe"
            "restaty-shukaty-problemu-v-sobi")
FINANCEUA = "https://news.finance.ua/ua/shho-robyty-yakshho-robotodavec-movchyt-pislya-spivbesidy"
SUDUA = ("https://sud.ua/uk/news/ukraine/351290-konkurs-na-dolzhnost-glavy-arma-komissiya-prodlila-"
         "srok-podachi-dokumentov")
VUGLEDAR = ("https://www.vugledar-rada.gov.ua/index.php/dokumenti/rishennya-miskoji-radi/473-arkhiv"
            "-rishen-miskoi-rady-2019-2020/11893-02-10-2020-7-60-42-pro-zatverdzhennya-polozhennya-"
            "pro-provedennya-konkursnogo-vidboru-ta-poryadok-priznachennya-na-posadi-kerivnikiv-zak"
            "ladiv-zagalnoji-serednoji-osviti-komunalnoji-formi-vlasnosti-vugledarskoji-miskoji-ob-"
            "ednanoji-teritorialnoji-gromadi")
PROFESIA = "https://www.profesia.sk/kariera-v-kocke/legislativa/400-2009/23-vyber/"
MINEDU = "https://www.minedu.sk/osobny-urad-ministerstva-skolstva-vyskumu-vyvoja-a-mladeze-sr/"
GANOVCE = ("https://ganovce.sk/vyhlasenie-starostu-obce-k-bliziacemu-sa-vyberovemu-konaniu-na-cleno"
           "v-miestnej-obcianskej-a-preventivnej-sluzby/")
TERAZ = "http://www.teraz.sk/regiony/stare-mesto-hlada-veducich-oddeleni/372494-clanok.html"
AVALIKTEENISTUS = "http://www.avalikteenistus.ee/index.php?id=11170"
SONUMITOOJA = ("http://sonumitooja.ee/kuu%C2%ADsa%C2%ADlu-koo%C2%ADlis-koh%C2%ADtu%C2%ADsid-mes%C2%"
               "ADsil-ida-har%C2%ADju-et%C2%ADte%C2%ADvot%C2%ADjad-ja-opi%C2%ADla%C2%ADsed/")
VIIMSI = "https://viimsinoortekeskus.ee/noorele/"
VOOREMAA = "https://www.vooremaa.ee/noored-said-malevas-oma-esimese-tookogemuse/"
HR24SATA = ("https://www.24sata.hr/news/nasi-poslodavci-bi-da-radis-za-minimalac-u-svim-smjenama-57"
            "1414")
PERUSIC = ("https://perusic.hr/wpfd_file/pravilnik-o-ocjenjivanju-sluzbenika-i-namjestenika-29-12-2"
           "017-2/")
VUKAJLIJA = "https://vukajlija.com/javicemo-vam-se"
PINKRS = ("https://www.pink.rs/extra/397647/'hobi-mi-je-zavrsavanje-faksa'-smesna-iskustva-sa-razgo"
          "vora-za-posao-poslodavac-ponudio-radniku-zaposlenje-odgovor-sve-zacudio")
JAKALOUNGE = "https://jakalounge.com/sr/category/u-potrazi-za-poslom"
# German, French, Spanish, Portuguese and Italian pages (council minutes from Rhineland-Palatinate,
# Bavaria and Baden-Württemberg, a Swiss municipality's succession notice; French internship blogs,
# a forum and parliamentary debate; Argentine, Chilean and Mexican internship and job pages and
# blogs; Brazilian internship selection news; an Italian forum in Ireland, an Italian blog and local
# news)
VGEISENBERG = "https://vgeisenberg.ris.itebo.de/bi/to0050.asp?__ktonr=15763"
RINCHNACH = "https://buergerinfo-rinchnach.livingdata.de/to0050.asp?__ktonr=739"
ALFDORF = "https://ris.komuna.net/alfdorf/Meeting.mvc/ps/6373225"
BUEHLERAR = ("https://www.buehlerar.ch/news/detailsansicht/news_a/detail/news_c/News/news/pensionie"
             "rung-von-gemeindeschreiber-und-finanzverwalter.html")
MASTERIEC = "http://www.masteriec.fr/comment-bien-finir-un-stage/"
MEILLEURSTAGE = "https://meilleur-stage.com/?p=13306"
FADOSI = "https://fadosicontinue.blogspot.com/2016/03/defi-n161-version-longue-jeudi-25.html"
PZELDA = "https://forums.puissance-zelda.com/index.php/topic,52.msg473264.html"
NOSDEPUTES = "https://2012-2017.nosdeputes.fr/14/intervention/782994"
TNAR = ("https://tn.com.ar/tecno/redes-sociales/2025/09/05/fue-a-una-entrevista-laboral-y-quedo-en-"
        "shock-con-las-preguntas/")
DERECHOUC = ("http://derecho.uc.cl/es/noticias/derecho-uc-en-los-medios/15265-profesor-claudio-vald"
             "ivia-atreverse-a-preguntar-y-trabajar-en-grupo-ayudan-a-sacar-provecho-a-la-practica-"
             "profesional")
ANID = ("https://ayuda.anid.cl/hc/es/articles/360027736372--Qu%C3%A9-requisitos-m%C3%ADnimos-debo-c"
        "umplir-para-postular-al-concurso-de-Beca-de-Mag%C3%ADster-para-Personas-en-Situaci%C3%B3n-"
        "de-Discapacidad-Incluye-Audio-")
FORMIMPULSAT = ("https://formacionimpulsat.com/estudiar-en/america-del-sur/como-funcionan-las-pract"
                "icas-y-pasantias-en-chile")
DEJARSELO = "http://dejarseloalasuerte.blogspot.com/2011/01/sin-uno-y-sin-otro.html"
ENQUANTOISSO = "https://enquantoissoemgoias.com/noticia/1002/centraldocliente/cadastro"
VETORBRASIL = ("https://atendimento.trainee.vetorbrasil.org/support/solutions/articles/44001756270-"
               "as-entrevistas-com-os-governos-s%C3%A3o-online-ou-somente-presenciais-")
STARTUPI = "https://startupi.com.br/tags/programa-de-estagio/"
CAMPOGRANDE = ("https://campograndenews.com.br/cidades/empregos/concorrencia-por-estagios-no-govern"
               "o-de-ms-e-de-11-candidatos-por-vaga")
ALTRAIRLANDA = ("https://altrairlanda.freeforumzone.com/mobile/d/2563438/-G-Segnalazioni-di-Offerte"
                "-di-Lavoro-a-Cork-G-/discussione.aspx?idm1=33655352&p=1&pl=19")
FANTI = "http://www.fanti1959.com/le-faremo-sapere-poi-il-nulla-870.html"
LAPROVCOMO = ("https://laprovinciadicomo.it/stories/Economia/un-posto-esselunga-fa-gola-ai-giovanis"
              "simi-o_1143622_11")
# Dutch, Polish and Swedish pages (regional news on summer work and the building-trade holiday, a
# job-centre interview; Polish university internship and Erasmus pages and a lecturer's notes;
# Swedish municipal summer jobs and local news)
OMROEPZEELAND = ("https://www.omroepzeeland.nl/nieuws/107350/Bouwvakker-werkt-door-in-de-zomer-Ik-s"
                 "tuur-ze-wel-een-foto-als-ik-aan-het-zwembad-lig")
RTVDRENTHE = "https://www.rtvdrenthe.nl/nieuws/150718/Deze-studenten-werken-de-hele-zomer-door"
BNDESTEM = "http://www.bndestem.nl/binnenland/strijd-om-de-vakantiewerker-barst-los~a821bef2/"
RTVNOORD = "http://www.rtvnoord.nl/nieuws/180555/Bedrijven-vechten-om-vakantiewerkers"
UWV = "https://inspiratie.uwv.nl/loopbaan/wout-over-seizoenswerk"
PKEDU = "http://waerasmus.pk.edu.pl/2020/01/13/web-design-trends-for-2020/"
DSW = "https://dsw.edu.pl/strefa-studenta/biuro-karier-i-praktyk/praktyki-zasady-i-dokumenty"
UEKAT = "http://ps.ue.katowice.pl/niezbednik/praktyki/"
TREJDEROWSKI = "https://trejderowski.pl/2023/06/30/praktyki-studenckie-informacje/"
PWEDU = "https://erasmus.pw.edu.pl/Strefa-studenta/Wyjazdy-na-praktyki/Rekrutacja"
NYNASHAMN = ("https://nynashamn.se/service/organisation--styrning/jobba-pa-nynashamns-kommun/sommar"
             "jobb-for-ungdomar")
NSD = ("https://nsd.se/nyheter/arbetsmarknad/artikel/lista-sa-manga-sommarjobb-finns-i-din-kommun/r"
       "m67552j")
PERSTORP = ("https://perstorp.se/naringslivarbete/sommarjobbforungdomar.4.6ee8abfe17bedf7491a2f6f.h"
            "tml")
JNYTT = "https://www.jnytt.se/artikel/inte-sakert-alla-jobben-behovs"
BORAS = ("https://www.boras.se/arbete/jobbaiborasstad/jobbaiborasstad/sokajobb/ansokningsprocessen."
         "4.5ccd944918bf09c393988a64.html")
# Japanese, Korean, Chinese and Turkish pages (interview-result guides; part-time job stories, a Q&A
# site, a news story and a recruiting column; Taiwanese and Hong Kong job-seekers' blogs; Turkish
# recruitment guides, a law firm's and news pages on oral exams)
TECHSTARS = "https://media.techstars.jp/archives/532"
ENCOURAGE = "https://app.en-courage.com/articles/2019-10-30/48"
INTERNSHIPGUIDE = "https://internshipguide.jp/columns/view/solution-for-late-result"
RULIWEB = "https://mypi.ruliweb.com/mypi.htm?nid=10952&num=8217"
AHA = "https://www.a-ha.io/questions/43f6d1c27adc912e82f0a7b86349ec55"
INSIGHTKR = "https://www.insight.co.kr/news/292954"
KSDJZ = "https://ksdjz.com/humanresources/hladvrfhrv.html"
TAOYUTSUN = ("https://taoyutsun.blogspot.com/2025/09/no-response-is-a-response-job-interview-truth."
             "html")
NEWLIFEINTW = "https://newlifeintw.blogspot.com/2010/04/20100422.html?showComment=1272036007067"
PCHOME = "https://mypaper.m.pchome.com.tw/670528/post/1251284973"
FULLMAYA = "http://fullmaya.blogspot.com/2005/09/blog-post_02.html"
LAUGHFORGET = "https://laughforgetsoul.blogspot.com/2008/07/blog-post_4.html"
TESTINVITE = ("https://www.testinvite.com/lang/tr/kisisel-gelisim-merkezi/en-iyi-elemanlari-ise-alm"
              "a-rehberi/ise-alim-sureci/mulakat.html")
FORSETI = "https://www.forseti.com.tr/?p=12523"
SAGLIKPERSONELI = "https://www.saglikpersoneli.com.tr/ombudsmana-mulakat-isyani"
BIRGUN = "https://www.birgun.net/haber/ombudsmana-mulakat-isyani-684832"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND17: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # --------------------------------------------------------------- English
    # Ten business days from Thursday 21 November over Thanksgiving (Thursday 28th): Friday 6
    # December.
    ("Thanks for coming in on Thursday. Whatever we decide, you'll hear from us within ten "
     "business days.",
     "2030-11-21T10:00:00-05:00", ("2030-12-06", "2030-12-06"), "US", "en", HIRATION),
    ("Most recruiters come back within a week or so, though it really depends on the role.",
     "2030-11-21T10:10:00-05:00", None, "US", "en", HIRATION),
    # A rule of thumb about silence, not a promise of contact.
    ("If three or four weeks pass with no word, assume the position went to someone else.",
     "2030-01-14T09:00:00-06:00", None, "US", "en", SLIDEGUR),
    ("Mr. Alvarez will post the internship placements two weeks from today.",
     "2030-01-14T09:10:00-06:00", ("2030-01-28", "2030-01-28"), "US", "en", SLIDEGUR),
    ("No decision has been made on the coordinator position yet; we expect to need two more weeks "
     "before we can tell you anything.",
     "2030-10-30T08:45:00-04:00", ("2030-11-13", "2030-11-13"), "US", "en", TRIPAWAY),
    ("Sorry for the radio silence. The committee is still meeting candidates.",
     "2030-10-30T08:50:00-04:00", None, "US", "en", TRIPAWAY),
    ("Finalists will be told the outcome by April 29.",
     "2030-04-15T14:00:00-04:00", ("2030-04-29", "2030-04-29"), "US", "en", DOINGROWNUP),
    # The candidate's own follow-ups.
    ("I've sent two polite emails asking whether their timeline has changed.",
     "2030-05-06T19:00:00-04:00", None, "US", "en", DOINGROWNUP),
    # A lower bound with no end.
    ("We're pausing interviews over the holidays, and hiring decisions will be made after New "
     "Year's.",
     "2030-12-16T11:00:00-06:00", None, "US", "en", PEOPLEVIEW),
    # The office reopens on Thursday 2 January 2031, the day promised.
    ("Our office is closed December 24 through January 1. You'll hear from us on the first "
     "business day after we reopen.",
     "2030-12-19T15:00:00-06:00", ("2031-01-02", "2031-01-02"), "US", "en", PEOPLEVIEW),
    ("The new VP starts in early October and will want a couple of weeks to find her feet before "
     "we hire for the team.",
     "2030-09-18T16:00:00-04:00", None, "US", "en", MIRIK),
    # Counted from the start date the text gives: Monday 21 October.
    ("The new director starts on Monday, October 7, and we'll make the hire within two weeks of "
     "her first day.",
     "2030-09-18T16:10:00-04:00", ("2030-10-21", "2030-10-21"), "US", "en", MIRIK),
    # Logistics.
    ("Mandatory orientation runs June 3 to 7, so please keep that whole week free.",
     "2030-03-20T12:00:00-04:00", None, "US", "en", LIBRA),
    # Six weeks after Monday 15 April is Memorial Day (27 May): also the next working day.
    ("Applications close at 5 p.m. on April 15, and every applicant hears from us within six "
     "weeks of the deadline.",
     "2030-03-20T12:10:00-04:00", ("2030-05-27", "2030-05-28"), "US", "en", LIBRA),
    # The student's own deadline.
    ("Students must have their offer letter in hand no later than 25 business days before the "
     "semester ends.",
     "2030-03-22T09:00:00-10:00", None, "US", "en", BYUH),
    # Hawaii: Prince Kuhio Day (Tuesday 26 March) is a state holiday, so both readings: Friday 29
    # March or Monday 1 April.
    ("We received your learning objectives today; the internship office reviews them within five "
     "business days.",
     "2030-03-22T09:10:00-10:00", ("2030-03-29", "2030-04-01"), "US", "en", BYUH),
    ("The most competitive internships usually wrap up interviews by the end of October.",
     "2030-09-10T10:00:00-04:00", None, "US", "en", PLAYBOOK),
    ("We finish interviewing this week and will send every candidate an answer by the end of next "
     "week.",
     "2030-10-08T17:00:00-04:00", ("2030-10-18", "2030-10-18"), "US", "en", PLAYBOOK),
    ("Because each placement involves several steps, there's no fixed timeline we can give every "
     "applicant.",
     "2030-11-20T13:00:00-06:00", None, "US", "en", JKCP),
    # Three weeks after the dated interview (Tuesday 3 December).
    ("Your interview is on December 3, and the admission decision follows within three weeks of "
     "it.",
     "2030-11-20T13:10:00-06:00", ("2030-12-24", "2030-12-24"), "US", "en", JKCP),
    ("Plan on the whole internship search taking several weeks, or even months.",
     "2030-03-04T10:00:00-07:00", None, "US", "en", UCCS),
    ("Spring break begins March 18; the career center confirms placements by the Friday before it.",
     "2030-03-04T10:10:00-07:00", ("2030-03-15", "2030-03-15"), "US", "en", UCCS),
    # Memorial Day opens the week: Tuesday to Friday.
    ("Conditional offers for this recruitment will be extended the week of May 27.",
     "2030-05-08T11:00:00-04:00", ("2030-05-28", "2030-05-31"), "US", "en", MONTGOMERY),
    ("Background and reference checks follow the conditional offer and can take a few weeks.",
     "2030-05-08T11:10:00-04:00", None, "US", "en", MONTGOMERY),
    ("The advert closes on Friday 8 March, and shortlisted candidates will be contacted within "
     "three weeks of the closing date.",
     "2030-02-25T10:00:00+00:00", ("2030-03-29", "2030-03-29"), "GB", "en", SOURCERECRUIT),
    # A usual length.
    ("Shortlisting can take anywhere from one to three weeks after an advert closes.",
     "2030-02-25T10:10:00+00:00", None, "GB", "en", SOURCERECRUIT),
    ("If we can't wrap this up before Christmas we'll say so, but the plan is to make an offer by "
     "Friday 20 December.",
     "2030-12-09T14:00:00+00:00", ("2030-12-20", "2030-12-20"), "GB", "en", RECRUITECH),
    ("People only really work three of the four weeks in December, so please bear with us.",
     "2030-12-09T14:10:00+00:00", None, "GB", "en", RECRUITECH),
    # Over the early May bank holiday (Monday 6 May): Wednesday 8 May.
    ("The client has promised feedback within three working days.",
     "2030-05-02T16:00:00+01:00", ("2030-05-08", "2030-05-08"), "GB", "en", ANDREWJAMES),
    ("We'll keep your CV on file in case something similar comes up.",
     "2030-05-02T16:10:00+01:00", None, "GB", "en", ANDREWJAMES),
    ("It's business as usual here over Christmas, so I'll have the client's answer for you on "
     "Monday.",
     "2030-12-20T12:00:00+00:00", ("2030-12-23", "2030-12-23"), "GB", "en", KILLERCV),
    ("Have a lovely break, and let's catch up about your search in the new year.",
     "2030-12-20T12:10:00+00:00", None, "GB", "en", KILLERCV),
    # Ten working days from 12 April over Good Friday and Easter Monday: Tuesday 30 April.
    ("If you haven't been shortlisted, you'll get an email within ten working days of the closing "
     "date, Friday 12 April.",
     "2030-04-01T09:00:00+01:00", ("2030-04-30", "2030-04-30"), "GB", "en", CHICHESTER),
    ("Unfortunately the council can't reimburse interview expenses.",
     "2030-04-01T09:10:00+01:00", None, "GB", "en", CHICHESTER),
    # An aim.
    ("We aim to invite candidates to interview within two weeks of the closing date.",
     "2030-06-11T10:00:00+01:00", None, "GB", "en", PEMBROKESHIRE),
    ("Interviews will be held on Tuesday 25 June, and we'll write to every candidate by the end "
     "of that week.",
     "2030-06-11T10:10:00+01:00", ("2030-06-28", "2030-06-28"), "GB", "en", PEMBROKESHIRE),
    # Spring bank holiday is Monday 27 May; the Tuesday is the 28th.
    ("The panel will decide after the bank holiday weekend and ring you on the Tuesday.",
     "2030-05-24T17:00:00+01:00", ("2030-05-28", "2030-05-28"), "GB", "en", TANVIR),
    ("If you're unsuccessful, a letter will follow in the post.",
     "2030-05-24T17:10:00+01:00", None, "GB", "en", TANVIR),
    # Scotland: Monday 2 December is the St Andrew's Day holiday, so also Tuesday.
    ("The director will get back to you by next Monday.",
     "2030-11-27T15:00:00+00:00", ("2030-12-02", "2030-12-03"), "GB", "en", GERMANLASS),
    # About other candidates.
    ("She's interviewing two more people on Monday.",
     "2030-11-27T15:10:00+00:00", None, "GB", "en", GERMANLASS),
    # Monday 26 August is the late summer bank holiday: also Tuesday.
    ("You should hear on Monday whether the contract is yours.",
     "2030-08-23T13:00:00+01:00", ("2030-08-26", "2030-08-27"), "GB", "en", HEALTHYMIND),
    ("It's a short contract: three months, with a possible extension.",
     "2030-08-23T13:10:00+01:00", None, "GB", "en", HEALTHYMIND),
    # An interview invitation.
    ("Hannah will call you for the telephone interview at 2 pm on Thursday.",
     "2030-10-14T11:00:00+01:00", None, "GB", "en", MAGICALSUMMER),
    # 48 hours from Thursday is Saturday 19 October: also Monday.
    ("Results of the phone interviews are emailed within 48 hours.",
     "2030-10-17T16:30:00+01:00", ("2030-10-19", "2030-10-21"), "GB", "en", MAGICALSUMMER),
    ("Thank you for your continued patience; we hope to be in a position to update you soon.",
     "2030-11-27T10:00:00+00:00", None, "GB", "en", DAGGERSDUCK),
    ("We will write to you with the outcome in the week commencing 9 December.",
     "2030-11-27T10:10:00+00:00", ("2030-12-09", "2030-12-13"), "GB", "en", DAGGERSDUCK),
    ("We've decided to open the post to external applicants as well.",
     "2030-08-05T09:00:00+01:00", None, "GB", "en", LUVLYMISH),
    ("The panel meets on the 12th, and you'll know the result the following day.",
     "2030-08-05T09:10:00+01:00", ("2030-08-13", "2030-08-13"), "GB", "en", LUVLYMISH),
    # Monday 28 October is the October bank holiday: also Tuesday.
    ("Due to unforeseen circumstances the panel can't decide until Monday; we'll phone you then.",
     "2030-10-24T11:00:00+01:00", ("2030-10-28", "2030-10-29"), "IE", "en", SPAILPIN),
    ("The panel really liked your presentation.",
     "2030-10-24T11:10:00+01:00", None, "IE", "en", SPAILPIN),
    # Over the Chinese New Year holidays (Monday 4 and Tuesday 5 February): Tuesday 12 February.
    ("We'll get back to you within five business days of the interview.",
     "2030-02-01T15:00:00+08:00", ("2030-02-12", "2030-02-12"), "SG", "en", WORKCLASS),
    # Advice to the candidate.
    ("Do send a thank-you note within a day of the interview.",
     "2030-02-01T15:10:00+08:00", None, "SG", "en", WORKCLASS),
    # Next week ends with Matariki (Friday 21 June): Monday to Thursday.
    ("The International Office should have a decision for you sometime next week.",
     "2030-06-11T10:00:00+12:00", ("2030-06-17", "2030-06-20"), "NZ", "en", MISSIONARYANNA),
    ("How soon you hear depends on the International Office, which has been slow with everything "
     "so far.",
     "2030-06-11T10:10:00+12:00", None, "NZ", "en", MISSIONARYANNA),
    ("We'll let you know after Waitangi Day, Thursday at the latest.",
     "2030-02-04T14:00:00+13:00", ("2030-02-07", "2030-02-07"), "NZ", "en", BAGEND),
    ("It's more of a getting-to-know-you chat over your CV.",
     "2030-02-04T14:10:00+13:00", None, "NZ", "en", BAGEND),
    # New South Wales: Labour Day is Monday 7 October, so Tuesday 8 to Friday 11 October.
    ("Offers for the graduate-entry program go out in the week after the Labour Day long weekend.",
     "2030-09-20T10:00:00+10:00", ("2030-10-08", "2030-10-11"), "AU", "en", PUDDLE),
    ("They only take about seven grads a year, so it's a long shot.",
     "2030-04-12T09:00:00+10:00", None, "AU", "en", IZMS),
    # New South Wales: over Good Friday, Easter Monday and Anzac Day (Thursday 25 April).
    ("HR will confirm the outcome within 10 business days.",
     "2030-04-12T09:10:00+10:00", ("2030-05-01", "2030-05-01"), "AU", "en", IZMS),
    # Western Australia Day opens that week (Monday 3 June): Tuesday to Friday.
    ("Interviews in Fremantle finish on Friday 31 May, and letters go out the week after.",
     "2030-05-22T12:00:00+08:00", ("2030-06-04", "2030-06-07"), "AU", "en", DPJEJ),
    ("I honestly have no idea what they were looking for.",
     "2030-05-22T12:10:00+08:00", None, "AU", "en", DPJEJ),
    # A span: two to three weeks on.
    ("The decision should be back in two to three weeks.",
     "2030-08-07T15:00:00+10:00", ("2030-08-21", "2030-08-28"), "AU", "en", KINGLEONARD),
    ("There's a whole heap of applicants, so don't celebrate yet.",
     "2030-08-07T15:10:00+10:00", None, "AU", "en", KINGLEONARD),
    # The candidate's own deadline.
    ("Please get the application forms in by the end of the week for final approval.",
     "2030-04-15T10:00:00+10:00", None, "AU", "en", ALEKS),
    ("The exchange office rings successful applicants on the Tuesday after Anzac Day.",
     "2030-04-15T10:10:00+10:00", ("2030-04-30", "2030-04-30"), "AU", "en", ALEKS),
    ("Due to the volume of applications, only shortlisted candidates will be contacted.",
     "2030-06-06T10:00:00+01:00", None, "NG", "en", NIYITABITI),
    # Over Democracy Day (Wednesday 12 June): Friday 14 June.
    ("Successful candidates will be contacted within five working days.",
     "2030-06-06T10:10:00+01:00", ("2030-06-14", "2030-06-14"), "NG", "en", NIYITABITI),
    ("We'll call you next week to talk about salary.",
     "2030-09-25T13:00:00+01:00", ("2030-09-30", "2030-10-04"), "NG", "en", OODUARERE),
    # Logistics.
    ("Kindly write the aptitude test while you wait for the MD.",
     "2030-09-25T13:10:00+01:00", None, "NG", "en", OODUARERE),
    ("Results of the oral interview will be released after the Sallah break, on Thursday, April "
     "18.",
     "2030-04-08T12:00:00+01:00", ("2030-04-18", "2030-04-18"), "NG", "en", RAPPORTNAIJA),
    # 30 November is a Saturday: also Monday 2 December.
    ("We will brief the twenty shortlisted candidates by the end of the month.",
     "2030-11-12T11:00:00+01:00", ("2030-11-30", "2030-12-02"), "NG", "en", INFORMATIONNG),
    ("We'll get back to you within a week.",
     "2030-10-24T17:00:00+05:30", ("2030-10-31", "2030-10-31"), "IN", "en", ABHIJKA),
    ("Thanks for your time today; we'll be in touch.",
     "2030-10-24T17:10:00+05:30", None, "IN", "en", ABHIJKA),
    # Greece: over Orthodox Good Friday (26 April), Easter Monday (29 April) and 1 May.
    ("Results are announced within 7 working days of the end of the interviews on Wednesday 24 "
     "April.",
     "2030-04-10T10:00:00+03:00", ("2030-05-08", "2030-05-08"), "GR", "en", UTHACCAUD),
    # The candidate's own deadline.
    ("Selected candidates must accept in writing within 15 working days.",
     "2030-04-10T10:10:00+03:00", None, "GR", "en", UTHACCAUD),
    # ---------------------------------------------------------------- Hebrew
    # Two weeks from Sunday 10 March.
    ("נחזור אלייך עם תשובה תוך שבועיים מיום הראיון.",
     "2030-03-10T11:00:00+02:00", ("2030-03-24", "2030-03-24"), "IL", "he", STUFFSTORE),
    # Conditional and undated.
    ("אם המשרה תהיה רלוונטית עבורך, ניצור איתך קשר.",
     "2030-03-10T11:10:00+02:00", None, "IL", "he", TIGBUR),
    # After the autumn holidays: a lower bound.
    ("אנחנו מראיינים עוד מועמדים ונחזיר לך תשובה אחרי החגים.",
     "2030-09-16T12:00:00+03:00", None, "IL", "he", YNET),
    ("התשובה הסופית תישלח אלייך עד יום חמישי, 2 במאי.",
     "2030-04-22T10:00:00+03:00", ("2030-05-02", "2030-05-02"), "IL", "he", GLOBES),
    # Passover ends on Wednesday 24 April; the next Israeli working week is Sunday 28 April to
    # Thursday 2 May.
    ("ההחלטה תתקבל בשבוע שאחרי פסח.",
     "2030-04-09T16:00:00+03:00", ("2030-04-28", "2030-05-02"), "IL", "he", KALKALA),
    # An interview invitation.
    ("הראיון המקצועי מול ראש הצוות ייקבע ליום ראשון בשעה 10:00.",
     "2030-04-09T16:10:00+03:00", None, "IL", "he", GIYUS),
    # ---------------------------------------------------------------- Arabic
    # Two weeks after the dated end of interviews (Thursday 21 March).
    ("تستمر المقابلات حتى نهاية دوام يوم الخميس 21 مارس، وتُعلن النتائج خلال أسبوعين من انتهائها.",
     "2030-03-10T09:00:00+03:00", ("2030-04-04", "2030-04-04"), "SA", "ar", ALMOWATEN),
    ("سنتصل بالمقبولين بعد عطلة عيد الأضحى، يوم الأحد 21 أبريل.",
     "2030-04-03T10:00:00+01:00", ("2030-04-21", "2030-04-21"), "DZ", "ar", ENNAHAR),
    ("لم يُحدَّد موعد الامتحان التنافسي حتى الآن.",
     "2030-04-03T10:10:00+03:00", None, "JO", "ar", ALWAKEEL),
    # A usual length.
    ("عادةً ما يستغرق الرد على المرشحين من أسبوع إلى أسبوعين.",
     "2030-05-14T11:00:00+03:00", None, "SA", "ar", KSALIM),
    ("ستُعلن نتائج المتقدمين للمرحلة الأولى يوم الأربعاء 29 مايو.",
     "2030-05-14T11:10:00+03:00", ("2030-05-29", "2030-05-29"), "SA", "ar", ONEOK3),
    # ------------------------------------------------------------ Indonesian
    # Over Ascension Day (Thursday 30 May): Thursday 6 June.
    ("Hasil interview akan kami kabarkan paling lambat 5 hari kerja setelah wawancara.",
     "2030-05-29T10:00:00+07:00", ("2030-06-06", "2030-06-06"), "ID", "id", KARRIERZ),
    # A usual length.
    ("Umumnya kandidat perlu menunggu satu sampai dua minggu setelah interview.",
     "2030-05-29T10:10:00+07:00", None, "ID", "id", GLINTS),
    # "About one or two weeks": vague, no day promised.
    ("Pengumumannya nanti dikabari sekitar satu atau dua minggu lagi, ditunggu saja ya.",
     "2030-07-03T14:00:00+07:00", None, "ID", "id", PUJIHARTONO),
    ("Hasil tes wawancara diumumkan paling lambat tanggal 16 Desember pukul 23.59 WIB.",
     "2030-12-13T09:00:00+07:00", ("2030-12-16", "2030-12-16"), "ID", "id", WASPADA),
    ("Mohon tidak menanyakan hasil interview di luar jam kerja.",
     "2030-12-13T09:10:00+07:00", None, "ID", "id", FUTURESKILLS),
    ("Kami akan mengabari Anda setelah libur Lebaran, paling lambat Jumat, 15 Februari.",
     "2030-01-28T13:00:00+07:00", ("2030-02-15", "2030-02-15"), "ID", "id", MEDIANASIONAL),
    # ------------------------------------------------------------ Vietnamese
    # Over the Tet holidays (31 January to 6 February): Thursday 14 February.
    ("Kết quả phỏng vấn sẽ được thông báo trong vòng 7 ngày làm việc.",
     "2030-01-29T10:00:00+07:00", ("2030-02-14", "2030-02-14"), "VN", "vi", MISA),
    # Logistics.
    ("Buổi phỏng vấn diễn ra trực tiếp tại văn phòng, bạn vui lòng mang theo CV bản in.",
     "2030-01-29T10:10:00+07:00", None, "VN", "vi", HBRVN),
    # "Before 30/4": the day before and the day.
    ("Chúng tôi sẽ gửi thư thông báo kết quả trước ngày 30/4.",
     "2030-04-17T15:00:00+07:00", ("2030-04-29", "2030-04-30"), "VN", "vi", DVTKW),
    ("Chúng tôi sẽ trả lời bạn trong 2 tuần nữa.",
     "2030-08-22T16:00:00+07:00", ("2030-09-05", "2030-09-05"), "VN", "vi", BAOMOI),
    ("Nếu hồ sơ phù hợp, chúng tôi sẽ liên hệ lại với bạn.",
     "2030-08-22T16:10:00+07:00", None, "VN", "vi", ANIDAY),
    ("Vòng hai là phỏng vấn chuyên môn trực tiếp với trưởng phòng.",
     "2030-08-22T16:20:00+07:00", None, "VN", "vi", VNEXPRESS),
    # ------------------------------------------------------------- Ukrainian
    ("Ми повернемося до вас зі зворотним зв'язком до кінця тижня.",
     "2030-03-12T12:00:00+02:00", ("2030-03-15", "2030-03-15"), "UA", "uk", LESSONER),
    ("Наприкінці року рішення щодо кандидатів зазвичай ухвалюють уже після свят.",
     "2030-12-18T12:00:00+02:00", None, "UA", "uk", FINANCEUA),
    # The candidates' deadline.
    ("Термін подачі документів продовжено на три тижні — до 9 лютого включно.",
     "2030-01-21T10:00:00+02:00", None, "UA", "uk", SUDUA),
    ("Результати конкурсного відбору оприлюднюються не пізніше ніж через п'ять робочих днів після "
     "співбесіди.",
     "2030-06-20T11:00:00+03:00", ("2030-06-27", "2030-06-27"), "UA", "uk", VUGLEDAR),
    # ---------------------------------------------------------------- Slovak
    # Ten days from Tuesday 25 June is Saints Cyril and Methodius Day (Friday 5 July): also Monday.
    ("Výsledok výberu vám písomne oznámime do desiatich dní od jeho skončenia.",
     "2030-06-25T14:00:00+02:00", ("2030-07-05", "2030-07-08"), "SK", "sk", PROFESIA),
    ("Výberové konania zverejňujeme na portáli najmenej 15 pracovných dní vopred.",
     "2030-06-25T14:10:00+02:00", None, "SK", "sk", MINEDU),
    # Logistics.
    ("Žiadosti prijímame do 11. marca do 15:00, výberové konanie bude v utorok 12. marca od 17:30.",
     "2030-03-04T09:00:00+01:00", None, "SK", "sk", GANOVCE),
    # Over the Slovak National Uprising holiday (Thursday 29 August): Friday 30 August.
    ("Výsledky oznámime uchádzačom do piatich pracovných dní.",
     "2030-08-22T10:00:00+02:00", ("2030-08-30", "2030-08-30"), "SK", "sk", TERAZ),
    # The week Easter Monday (22 April) opens: Tuesday to Friday.
    ("Rozhodnutie vám oznámime v týždni po Veľkej noci.",
     "2030-04-08T13:00:00+02:00", ("2030-04-23", "2030-04-26"), "SK", "sk", TERAZ),
    # -------------------------------------------------------------- Estonian
    # Over Midsummer Day (Monday 24 June): Monday 1 July.
    ("Konkursi tulemustest teavitame kõiki kandidaate kümne tööpäeva jooksul pärast vestlust.",
     "2030-06-14T10:00:00+03:00", ("2030-07-01", "2030-07-01"), "EE", "et", AVALIKTEENISTUS),
    ("Suvetöömess toimub 6. aprillil Kuusalu koolis.",
     "2030-03-20T12:00:00+02:00", None, "EE", "et", SONUMITOOJA),
    ("Malevasse valituid teavitame e-kirjaga hiljemalt 24. mail.",
     "2030-05-08T15:00:00+03:00", ("2030-05-24", "2030-05-24"), "EE", "et", VIIMSI),
    ("Tööandjad pelgavad alaealisi palgata, nii et töökohtade leidmine võib venida.",
     "2030-05-08T15:10:00+03:00", None, "EE", "et", VOOREMAA),
    # -------------------------------------------------------------- Croatian
    # After Statehood Day (Thursday 30 May): Tuesday 4 June.
    ("Javit ćemo vam se do utorka.",
     "2030-05-29T17:00:00+02:00", ("2030-06-04", "2030-06-04"), "HR", "hr", HR24SATA),
    # Counted from a decision the text does not date.
    ("Kandidati će o rezultatima biti obaviješteni u roku od osam dana od donošenja odluke.",
     "2030-05-29T17:10:00+02:00", None, "HR", "hr", PERUSIC),
    # Over Corpus Christi (Thursday 20 June): Monday 24 June.
    ("Rezultate ćemo vam javiti u roku od pet radnih dana.",
     "2030-06-14T12:00:00+02:00", ("2030-06-24", "2030-06-24"), "HR", "hr", HR24SATA),
    # --------------------------------------------------------------- Serbian
    ("Javićemo Vam se.",
     "2030-04-23T11:00:00+02:00", None, "RS", "sr", VUKAJLIJA),
    # Orthodox Easter holidays end on Monday 29 April; Wednesday 1 May is Labour Day (1 and 2 May),
    # so also Friday 3 May.
    ("Odgovor ćete dobiti posle uskršnjih praznika, najkasnije u sredu.",
     "2030-04-23T11:10:00+02:00", ("2030-05-01", "2030-05-03"), "RS", "sr", PINKRS),
    ("Sledeći korak je razgovor sa direktorom, a termin ćemo dogovoriti telefonom.",
     "2030-04-23T11:20:00+02:00", None, "RS", "sr", JAKALOUNGE),
    # ---------------------------------------------------------------- German
    # Rhineland-Palatinate: the end of ISO week 24 is Friday 14 June.
    ("Wir geben allen Bewerberinnen und Bewerbern bis Ende KW 24 Bescheid.",
     "2030-05-27T10:00:00+02:00", ("2030-06-14", "2030-06-14"), "DE", "de", VGEISENBERG),
    ("Die Stelle wurde auf der Homepage, in den sozialen Medien und im Rathaus ausgeschrieben.",
     "2030-05-27T10:10:00+02:00", None, "DE", "de", RINCHNACH),
    # Baden-Württemberg: Werktage without Saturdays, over Ascension (Thursday 30 May).
    ("Nach dem Gespräch melden wir uns innerhalb von zehn Werktagen.",
     "2030-05-22T14:00:00+02:00", ("2030-06-06", "2030-06-06"), "DE", "de", ALFDORF),
    # "Frühestens": a lower bound.
    ("Frühestens nach der Gemeinderatssitzung am 18. März können wir Ihnen zusagen.",
     "2030-03-05T11:00:00+01:00", None, "DE", "de", ALFDORF),
    ("Die Gespräche finden diesen Monat statt; den Entscheid teilen wir Ihnen bis spätestens 15. "
     "November mit.",
     "2030-11-04T09:00:00+01:00", ("2030-11-15", "2030-11-15"), "CH", "de", BUEHLERAR),
    # Rhineland-Palatinate: Corpus Christi is Thursday 20 June.
    ("Ihre Rückmeldung erhalten Sie am ersten Arbeitstag nach Fronleichnam.",
     "2030-06-12T15:00:00+02:00", ("2030-06-21", "2030-06-21"), "DE", "de", VGEISENBERG),
    # ---------------------------------------------------------------- French
    # Ascension is Thursday 30 May; the last working day before the bridge is Wednesday 29 May.
    ("Nous vous donnerons notre réponse avant le pont de l'Ascension.",
     "2030-05-20T10:00:00+02:00", ("2030-05-29", "2030-05-29"), "FR", "fr", MASTERIEC),
    ("Préparez une courte présentation de votre parcours pour l'entretien.",
     "2030-05-20T10:10:00+02:00", None, "FR", "fr", MEILLEURSTAGE),
    # A second interview, not an answer.
    ("Revoyons-nous dans huit jours, même endroit, même heure.",
     "2030-03-14T16:00:00+01:00", None, "FR", "fr", FADOSI),
    # "Quinze jours": two weeks.
    ("Le jury rendra sa décision sous quinze jours.",
     "2030-07-03T11:00:00+02:00", ("2030-07-17", "2030-07-17"), "FR", "fr", PZELDA),
    ("Les stagiaires de fin de cycle restent souvent dans l'entreprise après leur stage.",
     "2030-07-03T11:10:00+02:00", None, "FR", "fr", NOSDEPUTES),
    # ISO week 46 opens with Armistice Day (Monday 11 November): Tuesday to Friday.
    ("Vous aurez notre retour en semaine 46.",
     "2030-10-28T14:00:00+01:00", ("2030-11-12", "2030-11-15"), "FR", "fr", MASTERIEC),
    # --------------------------------------------------------------- Spanish
    # Over the Malvinas holiday (Tuesday 2 April): Friday 12 April.
    ("Te damos una respuesta en diez días hábiles.",
     "2030-03-28T12:00:00-03:00", ("2030-04-12", "2030-04-12"), "AR", "es", TNAR),
    ("Las prácticas suelen hacerse en los meses de verano.",
     "2030-09-04T10:00:00-04:00", None, "CL", "es", DERECHOUC),
    # Fiestas Patrias run Wednesday 18 to Friday 20 September; the next week is 23 to 27 September.
    ("Los resultados del concurso se publicarán la semana siguiente a Fiestas Patrias.",
     "2030-09-04T10:10:00-04:00", ("2030-09-23", "2030-09-27"), "CL", "es", ANID),
    ("Te avisaremos a más tardar el viernes 29 de noviembre.",
     "2030-11-18T16:00:00-03:00", ("2030-11-29", "2030-11-29"), "CL", "es", FORMIMPULSAT),
    # A start date for whoever is chosen.
    ("El gerente dice que la persona elegida entraría el 1 de febrero.",
     "2030-01-22T18:00:00-06:00", None, "MX", "es", DEJARSELO),
    # ------------------------------------------------------------ Portuguese
    # Over Republic Day (Friday 15 November) and Black Awareness Day (Wednesday 20 November).
    ("O resultado será divulgado no portal em até cinco dias úteis após a prova.",
     "2030-11-13T09:00:00-03:00", ("2030-11-22", "2030-11-22"), "BR", "pt", ENQUANTOISSO),
    ("As entrevistas são online, por vídeo ou por telefone.",
     "2030-11-13T09:10:00-03:00", None, "BR", "pt", VETORBRASIL),
    ("Fique de olho no nosso portal para acompanhar as novidades do programa.",
     "2030-08-20T14:00:00-03:00", None, "BR", "pt", STARTUPI),
    # 31 August is a Saturday: also Monday 2 September.
    ("Damos retorno a todos os candidatos até o fim do mês.",
     "2030-08-20T14:10:00-04:00", ("2030-08-31", "2030-09-02"), "BR", "pt", CAMPOGRANDE),
    # --------------------------------------------------------------- Italian
    # An Italian-language forum about jobs in Cork.
    ("Ti faremo sapere entro venerdì.",
     "2030-02-25T15:00:00+00:00", ("2030-03-01", "2030-03-01"), "IE", "it", ALTRAIRLANDA),
    ("Grazie, la richiameremo noi.",
     "2030-02-25T15:10:00+01:00", None, "IT", "it", FANTI),
    ("I candidati selezionati saranno ricontattati entro la fine di maggio.",
     "2030-05-09T11:00:00+02:00", ("2030-05-31", "2030-05-31"), "IT", "it", LAPROVCOMO),
    ("Al colloquio ci hanno chiesto soprattutto la disponibilità oraria.",
     "2030-05-09T11:10:00+02:00", None, "IT", "it", LAPROVCOMO),
    # Over Easter Monday, Liberation Day (Thursday 25 April) and 1 May: Friday 3 May.
    ("L'esito del colloquio le sarà comunicato entro dieci giorni lavorativi.",
     "2030-04-16T10:00:00+02:00", ("2030-05-03", "2030-05-03"), "IT", "it", FANTI),
    # ----------------------------------------------------------------- Dutch
    # "Vanaf": a lower bound.
    ("Na de bouwvak, vanaf 12 augustus, hoor je of je kunt beginnen.",
     "2030-07-10T13:00:00+02:00", None, "NL", "nl", OMROEPZEELAND),
    # A week on is Ascension Day (Thursday 30 May): also Friday.
    ("Binnen een week na je gesprek hoor je of je deze zomer bij ons aan de slag kunt.",
     "2030-05-23T10:00:00+02:00", ("2030-05-30", "2030-05-31"), "NL", "nl", RTVDRENTHE),
    ("Jongeren zijn tegenwoordig kritischer dan een paar jaar geleden.",
     "2030-05-23T10:10:00+02:00", None, "NL", "nl", BNDESTEM),
    ("We laten je uiterlijk vrijdag 28 juni weten of je bent aangenomen.",
     "2030-06-17T15:00:00+02:00", ("2030-06-28", "2030-06-28"), "NL", "nl", RTVNOORD),
    # ISO week 19.
    ("In week 19 bellen we de kandidaten die door zijn naar de tweede ronde.",
     "2030-04-24T12:00:00+02:00", ("2030-05-06", "2030-05-10"), "NL", "nl", UWV),
    # ---------------------------------------------------------------- Polish
    ("Wyniki rekrutacji ogłosimy w zespole na Teams do 15 marca.",
     "2030-03-07T12:00:00+01:00", ("2030-03-15", "2030-03-15"), "PL", "pl", PKEDU),
    ("Wszystkie dokumenty należy złożyć w oryginale w Biurze Karier.",
     "2030-03-07T12:10:00+01:00", None, "PL", "pl", DSW),
    ("Praktyka trwa nie krócej niż cztery tygodnie.",
     "2030-04-30T09:00:00+02:00", None, "PL", "pl", UEKAT),
    # Over 1 May and 3 May: Thursday 9 May.
    ("Odpowiemy w ciągu pięciu dni roboczych.",
     "2030-04-30T09:10:00+02:00", ("2030-05-09", "2030-05-09"), "PL", "pl", TREJDEROWSKI),
    ("Decyzję przekażemy po długim weekendzie listopadowym, w środę 13 listopada.",
     "2030-11-04T14:00:00+01:00", ("2030-11-13", "2030-11-13"), "PL", "pl", PWEDU),
    # --------------------------------------------------------------- Swedish
    # ISO week 16 ends with Good Friday (19 April): Monday to Thursday.
    ("Du som har sökt sommarjobb får besked via mejl senast under vecka 16.",
     "2030-02-26T10:00:00+01:00", ("2030-04-15", "2030-04-18"), "SE", "sv", NYNASHAMN),
    ("Förra året försvann många platser inom vården.",
     "2030-02-26T10:10:00+01:00", None, "SE", "sv", NSD),
    ("Du som inte får jobb blir automatiskt reserv och kan erbjudas plats med kort varsel.",
     "2030-05-06T09:00:00+02:00", None, "SE", "sv", PERSTORP),
    # Over Ascension (30 May) and National Day (Thursday 6 June): Tuesday 11 June.
    ("Vi meddelar alla sökande inom tio arbetsdagar efter sista ansökningsdag, fredag 24 maj.",
     "2030-05-06T09:10:00+02:00", ("2030-06-11", "2030-06-11"), "SE", "sv", JNYTT),
    ("Efter intervjun får du besked inom två veckor, oavsett hur det går.",
     "2030-12-17T13:00:00+01:00", ("2030-12-31", "2030-12-31"), "SE", "sv", BORAS),
    # -------------------------------------------------------------- Japanese
    # A week on is Constitution Day (Friday 3 May, Golden Week to Monday 6 May): also Tuesday 7 May.
    ("選考結果は面接後1週間以内にメールでご連絡いたします。",
     "2030-04-26T14:00:00+09:00", ("2030-05-03", "2030-05-07"), "JP", "ja", TECHSTARS),
    ("合否にかかわらず、全員に結果をご連絡します。",
     "2030-04-26T14:10:00+09:00", None, "JP", "ja", ENCOURAGE),
    ("合格者の方にのみご連絡いたします。",
     "2030-09-13T11:00:00+09:00", None, "JP", "ja", INTERNSHIPGUIDE),
    # Over Respect for the Aged Day (Monday 16 September).
    ("結果は3営業日以内にお知らせします。",
     "2030-09-13T11:10:00+09:00", ("2030-09-19", "2030-09-19"), "JP", "ja", TECHSTARS),
    # ---------------------------------------------------------------- Korean
    # An interview invitation.
    ("내일 오후 2시까지 이력서 가지고 가게로 오세요.",
     "2030-09-05T22:00:00+09:00", None, "KR", "ko", RULIWEB),
    # Chuseok runs Wednesday 11 to Friday 13 September; the first working day after is Monday 16.
    ("추석 연휴 끝나고 첫 출근일에 합격 여부 알려 드릴게요.",
     "2030-09-05T22:10:00+09:00", ("2030-09-16", "2030-09-16"), "KR", "ko", AHA),
    ("다시 연락드리겠습니다.",
     "2030-06-05T15:00:00+09:00", None, "KR", "ko", INSIGHTKR),
    # Over Memorial Day (Thursday 6 June) and the local election day (Wednesday 12 June).
    ("면접 결과는 5영업일 이내에 개별 통보됩니다.",
     "2030-06-05T15:10:00+09:00", ("2030-06-14", "2030-06-14"), "KR", "ko", KSDJZ),
    # A start date.
    ("레시피 외워 오시고 다음 주 월요일부터 출근하시면 돼요.",
     "2030-06-05T15:20:00+09:00", None, "KR", "ko", AHA),
    # --------------------------------------------------------------- Chinese
    ("無論結果如何,我們都會在兩週內通知您。",
     "2030-09-04T15:00:00+08:00", ("2030-09-18", "2030-09-18"), "TW", "zh", TAOYUTSUN),
    # Logistics.
    ("面試不用預約,星期一至五下午三點到五點直接過來就可以。",
     "2030-09-04T15:10:00+08:00", None, "TW", "zh", NEWLIFEINTW),
    # The Lunar New Year holidays run Friday 1 to Thursday 7 February.
    ("我們會在春節連假後的第一個上班日通知結果。",
     "2030-01-24T11:00:00+08:00", ("2030-02-08", "2030-02-08"), "TW", "zh", PCHOME),
    # Over Children's Day and Tomb-Sweeping Day (4 and 5 April): Friday 19 April.
    ("面試結果將於十個工作天內以電子郵件通知。",
     "2030-04-03T10:00:00+08:00", ("2030-04-19", "2030-04-19"), "TW", "zh", FULLMAYA),
    # The week the 1 July holiday (Monday) opens: Tuesday to Friday.
    ("面試結果會在七一假期後的那個星期內通知。",
     "2030-06-20T16:00:00+08:00", ("2030-07-02", "2030-07-05"), "HK", "zh", LAUGHFORGET),
    # --------------------------------------------------------------- Turkish
    # Over Kurban Bayramı (Monday 15 and Tuesday 16 April on working days): Monday 22 April.
    ("Mülakat sonucunu beş iş günü içinde e-postayla bildireceğiz.",
     "2030-04-11T15:00:00+03:00", ("2030-04-22", "2030-04-22"), "TR", "tr", TESTINVITE),
    # "Before 29 October": the day before and the day.
    ("Sözlü sınav sonuçları 29 Ekim'den önce ilan edilecek.",
     "2030-10-14T10:00:00+03:00", ("2030-10-28", "2030-10-29"), "TR", "tr", FORSETI),
    ("İtirazınız değerlendirilip size yazılı olarak bildirilecektir.",
     "2030-10-14T10:10:00+03:00", None, "TR", "tr", SAGLIKPERSONELI),
    # Kurban Bayramı runs Saturday 13 to Tuesday 16 April; the next week is 22 to 26 April.
    ("Sınav sonuçları Kurban Bayramı'ndan sonraki hafta açıklanacak.",
     "2030-04-02T11:00:00+03:00", ("2030-04-22", "2030-04-26"), "TR", "tr", BIRGUN),
]
