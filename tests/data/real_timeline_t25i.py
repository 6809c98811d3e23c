"""Round 25's timeline check set for languages other than English (issue #15, helper "tl25i").

Written and labelled by hand on 2026-12-08, before any timeline code, bench or test ran on any
of it; the only code used while labelling was Python's ``calendar`` and the ``holidays`` package
(0.109; its 2051 tables are computed rules, lunar feasts estimated) to check weekdays and public
holidays for 2051. Each text paraphrases a process, a situation or a wording documented on the
public page cited in its source (found with the project's search tool, pages corpus; no host
cited by an earlier data file: every host was grepped in ``tests/data/*.py`` and
``real_timeline.jsonl``); names, companies and dates are invented, the wording is not copied.
Where the page is about the language or the country rather than about hiring (Igbo, Tok Pisin,
Samoan, Setswana, Shona, Krio), it is cited for the language's usage, and the text is written
around the hiring steps the other pages describe.

It is written around classes, not around earlier misses: the basic classes (within N days or
weeks, N working days, tomorrow, next week) in the seven languages round 24's blind batch
brought (Igbo, Tok Pisin, Samoan, Setswana, Shona, Krio, Irish) and in thin ones (Maltese,
Icelandic, Estonian, Kyrgyz, Kinyarwanda, Basque, Uzbek, Galician, Latvian), each with a text
promising nothing (logistics, the interview's own length, scheduling); and round 23's
convention in Chinese, Japanese, Korean, German and Latvian (the employer's usual time for its
own answer is a promise: "通常", "一般", "보통", "in der Regel", "normalerweise", "parasti"),
with its exclusions (employers in general, other things' lengths).

Reference dates are in 2051, a year no earlier file uses as a reference (1 January is a
Sunday; Saint Patrick's Day on a Friday; Malta's Saint Paul's Shipwreck on Friday 10 February).

Each case is (text, reference, expect, country, lang, source), as in ``real_timeline_t24i.py``,
with docs/timelines.md "Round 20/22/23: label conventions": business days skip weekends and the
country's public holidays; "within N days/weeks" the exact day; "tomorrow" the next calendar
day; "next week" its Monday to Friday; logistics, the interview's own length, usual lengths of
other things and of employers in general promise nothing.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier file.
# Igbo: an Igbo-language weekly's pages on custom and daily life.
KAODITAA = "https://kaoditaa.com/2020/06/25/inya-oku-uguru/"
# Tok Pisin: a story, told in Tok Pisin, of a man looking for work in Port Moresby.
FAMILYPOSITIVE = "http://familypositiveliving.blogspot.com/2021/03/somare-meneja-bilong-bikpela-kampani.html"
# Samoan: a Samoan-language news page.
SAMOANEWS = ("https://www.samoanews.com/lali/finagalo-palemia-samoa-ia-faataunuu-fonotaga-atoa-samoa-se-"
             "taimi-lata-mai")
# Setswana: a Setswana site on custom, with pages on work and government.
TLHALEFANG = "http://tlhalefang.com/setswana/setso.html"
# Shona: a Shona weekly's editorial.
KWAYEDZA = "https://www.kwayedza.co.zw/maonero-edu-musaparadze-nhaka-yezim/"
# Krio: a column on Sierra Leone's Krio and how it marks tense.
VIEWFROMSALONE = "https://viewfromsalone.com/2016/08/"
# Irish: a county council's guide, in Irish, to its online interviews.
SLIGOCOCO = "https://sligococo.ie/jobvacancies/AgallaimharLineTreoirdIarrthoiri/"
# Maltese: an agency's questions and answers on work permits and pending applications.
IDENTITYMALTA = "https://identitymalta.com/mistoqsijiet-single-permit/?lang=mt"
# Icelandic: a town's staff handbook on recruitment and how applicants are treated.
AKUREYRI = "https://www.akureyri.is/starfsmannahandbok/starfsmannahandbok/radningar"
# Estonian: a recruiter's piece on why the candidate's experience matters (slow answers).
TALENTOR = "https://www.talentor.ee/miks-on-positiivne-kandidaadikogemus-oluline/"
# Kyrgyz: a news agency's Kyrgyz pages on competitions announced by the state.
KG24 = ("https://24.kg/kyrgyzcha/348868_VIduynoluk_kochmondor_oyundaryi_sportchulardyin_parad_kiyimderine_"
        "syinak_jaryiyalandyi/")
# Kinyarwanda: thousands of candidates sitting the teachers' recruitment tests.
MILLECOLLINES = "https://millecollinesinfos.com/rwanda-abakandida-babarimu-ibihumbi-35000-ni-bo-bakoze-ibizamini"
# Chinese: whether foreign firms announce interview results on the spot or days later.
SHISHIFANYI = "https://ms.shishifanyi.com/knowledge/?url=6096"
# Japanese: how long interview results take, what to do when they are late.
WOMENSWORKS = "https://womens-works.com/article/8267/"
# Korean: a paper's survey on how fast interviewers decide.
CHOSUNBIZ = "https://biz.chosun.com/site/data/html_dir/2017/10/19/2017101900163.html"
# German: how many weeks companies take to answer an application.
RZSTELLEN = "https://www.rz-stellen.de/beruf-und-karriere/ratgeber/bewerbung-keine-antwort-gutes-zeichen"
# Basque: a town paper's interview with a language service's long-serving officer.
UZTARRIA = ("https://uztarria.eus/azpeitia/1627920446749-pello-elorza-zaindu-egin-behar-dugu-gure-hizkuntza-"
            "aberastu-eta-txukun-erabili")
# Uzbek: an interview in a national paper.
UZHURRIYAT = "https://uzhurriyat.uz/2019/12/21/ibrohim-abdurahmonov-innovaciya-bar/"
# Galician: a council's call for a language technician, its selection steps.
CTNL = "https://www.ctnl.gal/o-concello-de-santiso-convoca-unha-praza-de-tecnico-a-en-normalizacion-linguistica_n_394/"
# Latvian: a town's one-stop service centre and how it answers residents.
BROCENI = "https://broceni.lv/pasvaldiba/brocenu-valsts-un-pasvaldibas-vienotais-klientu-apkalposanas-centrs.html"

TL_TUNE25_CHECK_I: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # Within two weeks: Wednesday 8 February + 14 days is Wednesday 22 February.
    ("Anyị ga-agwa gị nsonaazụ ajụjụ ọnụ n'ime izu abụọ.",
     "2051-02-08T10:00:00+01:00", ("2051-02-22", "2051-02-22"), "NG", "ig", KAODITAA),
    # Tomorrow: Thursday 16 March.
    ('Anyị ga-akpọ gị echi ka anyị kọwaara gị ihe anyị kpebiri.',
     "2051-03-15T10:00:00+01:00", ("2051-03-16", "2051-03-16"), "NG", "ig", KAODITAA),
    # Five working days: 5 working days from Wednesday 5 July, skipping nothing: Wednesday 12 July.
    ("Anyị ga-ezitere gị ozi banyere ọrụ ahụ n'ime ụbọchị ọrụ ise.",
     "2051-07-05T10:00:00+01:00", ("2051-07-12", "2051-07-12"), "NG", "ig", KAODITAA),
    # Scheduling the second interview: no answer promised.
    ("Biko bịa n'ọfịs anyị na Mọnde maka ajụjụ ọnụ nke abụọ.",
     "2051-06-07T10:00:00+01:00", None, "NG", "ig", KAODITAA),
    # Within one week: Wednesday 15 February + 7 days is Wednesday 22 February.
    ('Bai mipela i salim tok long yu insait long wanpela wik.',
     "2051-02-15T10:00:00+10:00", ("2051-02-22", "2051-02-22"), "PG", "tpi", FAMILYPOSITIVE),
    # Next week: Monday 24 April to Friday 28 April.
    ('Mipela bai toktok wantaim yu gen long neks wik.',
     "2051-04-19T10:00:00+10:00", ("2051-04-24", "2051-04-28"), "PG", "tpi", FAMILYPOSITIVE),
    # Tomorrow: Thursday 10 August.
    ('Bai mipela i ringim yu tumora long tokim yu sapos yu kisim wok.',
     "2051-08-09T10:00:00+10:00", ("2051-08-10", "2051-08-10"), "PG", "tpi", FAMILYPOSITIVE),
    # Logistics.
    ('Yu mas bringim olgeta pepa bilong skul long de bilong intaviu.',
     "2051-03-07T10:00:00+10:00", None, "PG", "tpi", FAMILYPOSITIVE),
    # Next week: Monday 17 July to Friday 21 July.
    ('O le a matou faafesootai atu ia te oe i le vaiaso fou.',
     "2051-07-12T10:00:00+13:00", ("2051-07-17", "2051-07-21"), "WS", "sm", SAMOANEWS),
    # Five working days: 5 working days from Tuesday 14 February, skipping nothing: Tuesday 21 February.
    ('O le a matou logo atu le taunuuga i totonu o aso faigaluega e lima.',
     "2051-02-14T10:00:00+13:00", ("2051-02-21", "2051-02-21"), "WS", "sm", SAMOANEWS),
    # Logistics.
    ('E tatau ona e aumaia lau tusi folau i le aso o le faatalanoaga.',
     "2051-09-05T10:00:00+13:00", None, "WS", "sm", SAMOANEWS),
    # Within seven days: Wednesday 8 March + 7 days is Wednesday 15 March.
    ('Re tla go itsise ka dipholo mo malatsing a le supa.',
     "2051-03-08T10:00:00+02:00", ("2051-03-15", "2051-03-15"), "BW", "tn", TLHALEFANG),
    # Tomorrow: Wednesday 14 June.
    ('Re tla go founela kamoso go go bolelela tshwetso ya rona.',
     "2051-06-13T10:00:00+02:00", ("2051-06-14", "2051-06-14"), "BW", "tn", TLHALEFANG),
    # Within two weeks: Tuesday 10 October + 14 days is Tuesday 24 October.
    ('Re tla go araba mo dibekeng di le pedi.',
     "2051-10-10T10:00:00+02:00", ("2051-10-24", "2051-10-24"), "BW", "tn", TLHALEFANG),
    # The interview's own length.
    ('Potsolotso e tla tsaya metsotso e le masome a mararo.',
     "2051-02-21T10:00:00+02:00", None, "BW", "tn", TLHALEFANG),
    # Tomorrow: Wednesday 22 March.
    ('Tichakufonerai mangwana kuti tikuudzei zvatasarudza.',
     "2051-03-21T10:00:00+02:00", ("2051-03-22", "2051-03-22"), "ZW", "sn", KWAYEDZA),
    # Within seven days: Tuesday 16 May + 7 days is Tuesday 23 May.
    ('Tichakuzivisai mhedzisiro mukati memazuva manomwe.',
     "2051-05-16T10:00:00+02:00", ("2051-05-23", "2051-05-23"), "ZW", "sn", KWAYEDZA),
    # Next week: Monday 18 September to Friday 22 September.
    ('Tichakuzivisai mhedzisiro yebvunzurudzo vhiki rinouya.',
     "2051-09-14T10:00:00+02:00", ("2051-09-18", "2051-09-22"), "ZW", "sn", KWAYEDZA),
    # Logistics.
    ('Munofanira kuuya nechitupa chenyu pazuva rebvunzurudzo.',
     "2051-07-11T10:00:00+02:00", None, "ZW", "sn", KWAYEDZA),
    # Tomorrow: Thursday 23 February.
    ('Wi go kɔl yu tumara fɔ tɛl yu wetin wi disayd.',
     "2051-02-22T10:00:00+00:00", ("2051-02-23", "2051-02-23"), "SL", "kri", VIEWFROMSALONE),
    # Five working days: 5 working days from Tuesday 20 June, skipping nothing: Tuesday 27 June.
    ('Wi go tɛl yu di rizɔlt insay fayv wok de.',
     "2051-06-20T10:00:00+00:00", ("2051-06-27", "2051-06-27"), "SL", "kri", VIEWFROMSALONE),
    # Next week: Monday 9 October to Friday 13 October.
    ('Wi go kɔntakt yu nɛks wik.',
     "2051-10-04T10:00:00+00:00", ("2051-10-09", "2051-10-13"), "SL", "kri", VIEWFROMSALONE),
    # The interview's own length.
    ('Di intavyu go tek lɛk wan awa.',
     "2051-03-29T10:00:00+00:00", None, "SL", "kri", VIEWFROMSALONE),
    # Within a fortnight: Wednesday 18 January + 14 days is Wednesday 1 February.
    ('Cuirfimid an toradh chugat laistigh de choicís.',
     "2051-01-18T10:00:00+00:00", ("2051-02-01", "2051-02-01"), "IE", "ga", SLIGOCOCO),
    # Tomorrow: Thursday 9 February.
    ('Cuirfimid glao ort amárach faoin toradh.',
     "2051-02-08T10:00:00+00:00", ("2051-02-09", "2051-02-09"), "IE", "ga", SLIGOCOCO),
    # Next week: Monday 20 November to Friday 24 November.
    ('Beidh scéala agat uainn an tseachtain seo chugainn.',
     "2051-11-15T10:00:00+00:00", ("2051-11-20", "2051-11-24"), "IE", "ga", SLIGOCOCO),
    # Ten working days: 10 working days from Thursday 9 March, skipping Saint Patrick's Day Friday 17 March: Friday 24 March.
    ('Gheobhaidh tú freagra uainn laistigh de dheich lá oibre.',
     "2051-03-09T10:00:00+00:00", ("2051-03-24", "2051-03-24"), "IE", "ga", SLIGOCOCO),
    # The interview's own length.
    ('Mairfidh an t-agallamh timpeall leathuair an chloig.',
     "2051-01-25T10:00:00+00:00", None, "IE", "ga", SLIGOCOCO),
    # Ten working days: 10 working days from Wednesday 1 February, skipping Feast of Saint Paul's Shipwreck Friday 10 February: Thursday 16 February.
    ('Nagħtuk risposta fi żmien għaxart ijiem tax-xogħol.',
     "2051-02-01T10:00:00+01:00", ("2051-02-16", "2051-02-16"), "MT", "mt", IDENTITYMALTA),
    # Tomorrow: Thursday 12 January.
    ('Inċemplulek għada biex ngħidulek ir-riżultat.',
     "2051-01-11T10:00:00+01:00", ("2051-01-12", "2051-01-12"), "MT", "mt", IDENTITYMALTA),
    # Next week: Monday 27 November to Friday 1 December.
    ('Ninfurmawk bid-deċiżjoni l-ġimgħa d-dieħla.',
     "2051-11-22T10:00:00+01:00", ("2051-11-27", "2051-12-01"), "MT", "mt", IDENTITYMALTA),
    # The interview's own length.
    ('L-intervista ddum madwar nofs siegħa.',
     "2051-02-15T10:00:00+01:00", None, "MT", "mt", IDENTITYMALTA),
    # Within two weeks: Tuesday 7 February + 14 days is Tuesday 21 February.
    ('Við höfum samband við þig innan tveggja vikna.',
     "2051-02-07T10:00:00+00:00", ("2051-02-21", "2051-02-21"), "IS", "is", AKUREYRI),
    # Tomorrow: Wednesday 15 March.
    ('Þú færð svar frá okkur á morgun.',
     "2051-03-14T10:00:00+00:00", ("2051-03-15", "2051-03-15"), "IS", "is", AKUREYRI),
    # Next week: Monday 25 September to Friday 29 September.
    ('Við látum þig vita í næstu viku.',
     "2051-09-20T10:00:00+00:00", ("2051-09-25", "2051-09-29"), "IS", "is", AKUREYRI),
    # Five working days: 5 working days from Wednesday 18 October, skipping nothing: Wednesday 25 October.
    ('Við svörum umsækjendum innan fimm virkra daga.',
     "2051-10-18T10:00:00+00:00", ("2051-10-25", "2051-10-25"), "IS", "is", AKUREYRI),
    # The interview's own length.
    ('Viðtalið tekur um fjörutíu mínútur.',
     "2051-01-17T10:00:00+00:00", None, "IS", "is", AKUREYRI),
    # Three working days: 3 working days from Monday 16 January, skipping nothing: Thursday 19 January.
    ('Anname teile vastuse kolme tööpäeva jooksul.',
     "2051-01-16T10:00:00+02:00", ("2051-01-19", "2051-01-19"), "EE", "et", TALENTOR),
    # Tomorrow: Thursday 2 March.
    ('Helistame teile homme ja räägime tulemusest.',
     "2051-03-01T10:00:00+02:00", ("2051-03-02", "2051-03-02"), "EE", "et", TALENTOR),
    # Next week: Monday 13 November to Friday 17 November.
    ('Anname tagasisidet järgmisel nädalal.',
     "2051-11-08T10:00:00+02:00", ("2051-11-13", "2051-11-17"), "EE", "et", TALENTOR),
    # The interview's own length.
    ('Vestlus kestab umbes tund aega.',
     "2051-02-09T10:00:00+02:00", None, "EE", "et", TALENTOR),
    # Five working days: 5 working days from Tuesday 11 April, skipping nothing: Tuesday 18 April.
    ('Маектешүүнүн жыйынтыгын беш жумуш күндүн ичинде билдиребиз.',
     "2051-04-11T10:00:00+06:00", ("2051-04-18", "2051-04-18"), "KG", "ky", KG24),
    # Tomorrow: Wednesday 15 February.
    ('Эртең сизге чалып, чечимибизди айтабыз.',
     "2051-02-14T10:00:00+06:00", ("2051-02-15", "2051-02-15"), "KG", "ky", KG24),
    # Next week: Monday 16 October to Friday 20 October.
    ('Конкурстун жыйынтыгы кийинки жумада жарыяланат.',
     "2051-10-12T10:00:00+06:00", ("2051-10-16", "2051-10-20"), "KG", "ky", KG24),
    # Logistics.
    ('Маекке паспортуңузду алып келиңиз.',
     "2051-05-17T10:00:00+06:00", None, "KG", "ky", KG24),
    # Seven working days (the count between the unit and "of work"): 7 working days from Monday 6 March, skipping nothing: Wednesday 15 March.
    ("Tuzabamenyesha ibisubizo mu minsi irindwi y'akazi.",
     "2051-03-06T10:00:00+02:00", ("2051-03-15", "2051-03-15"), "RW", "rw", MILLECOLLINES),
    # Next week: Monday 28 August to Friday 1 September.
    ('Tuzabahamagara mu cyumweru gitaha.',
     "2051-08-21T10:00:00+02:00", ("2051-08-28", "2051-09-01"), "RW", "rw", MILLECOLLINES),
    # The oral test's own length.
    ('Ikizamini cyo kuvuga kizamara iminota mirongo itatu.',
     "2051-05-09T10:00:00+02:00", None, "RW", "rw", MILLECOLLINES),
    # The employer's usual time for its own answer (round 23): one week: Monday 13 March + 7 days is Monday 20 March.
    ('我们通常会在面试后一周内通知结果。',
     "2051-03-13T10:00:00+08:00", ("2051-03-20", "2051-03-20"), "CN", "zh", SHISHIFANYI),
    # The employer's usual time for its own answer: three working days: 3 working days from Monday 20 March, skipping nothing: Thursday 23 March.
    ('面试结果我们一般在三个工作日内通知您。',
     "2051-03-20T10:00:00+08:00", ("2051-03-23", "2051-03-23"), "CN", "zh", SHISHIFANYI),
    # What most employers take, not this one.
    ('一般来说，大多数企业需要一到两周才会给出面试结果。',
     "2051-09-11T10:00:00+08:00", None, "CN", "zh", SHISHIFANYI),
    # The interview's own length.
    ('面试大约需要四十分钟。',
     "2051-04-10T10:00:00+08:00", None, "CN", "zh", SHISHIFANYI),
    # The employer's usual time for its own answer: one week: Monday 13 February + 7 days is Monday 20 February.
    ('通常、面接から一週間以内に結果をご連絡しております。',
     "2051-02-13T10:00:00+09:00", ("2051-02-20", "2051-02-20"), "JP", "ja", WOMENSWORKS),
    # The employer's usual time for its own answer: five business days: 5 working days from Monday 5 June, skipping nothing: Monday 12 June.
    ('結果は通常5営業日以内にメールでお知らせします。',
     "2051-06-05T10:00:00+09:00", ("2051-06-12", "2051-06-12"), "JP", "ja", WOMENSWORKS),
    # Employers in general.
    ('一般的に、企業からの結果連絡は3日から10日後が目安とされています。',
     "2051-10-16T10:00:00+09:00", None, "JP", "ja", WOMENSWORKS),
    # The employer's usual time for its own answer: one week: Monday 6 March + 7 days is Monday 13 March.
    ('저희는 보통 면접 후 일주일 이내에 결과를 알려드립니다.',
     "2051-03-06T10:00:00+09:00", ("2051-03-13", "2051-03-13"), "KR", "ko", CHOSUNBIZ),
    # The employer's usual time for its own answer: three business days: 3 working days from Monday 10 July, skipping nothing: Thursday 13 July.
    ('결과는 보통 3영업일 이내에 문자로 안내해 드립니다.',
     "2051-07-10T10:00:00+09:00", ("2051-07-13", "2051-07-13"), "KR", "ko", CHOSUNBIZ),
    # Large firms in general.
    ('보통 대기업은 면접 결과 발표까지 2주 정도 걸립니다.',
     "2051-11-13T10:00:00+09:00", None, "KR", "ko", CHOSUNBIZ),
    # The employer's usual time for its own answer: one week: Monday 20 February + 7 days is Monday 27 February.
    ('In der Regel dauert es eine Woche, bis Sie von uns eine Rückmeldung bekommen.',
     "2051-02-20T10:00:00+01:00", ("2051-02-27", "2051-02-27"), "DE", "de", RZSTELLEN),
    # The employer's usual time for its own answer: two weeks: Monday 6 March + 14 days is Monday 20 March.
    ('Normalerweise dauert es bei uns zwei Wochen, bis Sie unsere Entscheidung erhalten.',
     "2051-03-06T10:00:00+01:00", ("2051-03-20", "2051-03-20"), "DE", "de", RZSTELLEN),
    # Most employers, not this one.
    ('In der Regel dauert es bei den meisten Unternehmen drei bis vier Wochen, bis Bewerber eine Antwort bekommen.',
     "2051-01-23T10:00:00+01:00", None, "DE", "de", RZSTELLEN),
    # The length of the reference checks, not of the answer.
    ('In der Regel dauert es zwei Wochen, bis alle Referenzen geprüft sind.',
     "2051-11-20T10:00:00+01:00", None, "DE", "de", RZSTELLEN),
    # Next week: Monday 20 February to Friday 24 February.
    ('Emaitzak datorren astean jakinaraziko dizkizugu.',
     "2051-02-15T10:00:00+01:00", ("2051-02-20", "2051-02-24"), "ES", "eu", UZTARRIA),
    # Tomorrow: Wednesday 8 March.
    ('Bihar deituko dizugu erabakia jakinarazteko.',
     "2051-03-07T10:00:00+01:00", ("2051-03-08", "2051-03-08"), "ES", "eu", UZTARRIA),
    # Within two weeks: Monday 6 November + 14 days is Monday 20 November.
    ('Bi asteko epean erantzungo dizugu.',
     "2051-11-06T10:00:00+01:00", ("2051-11-20", "2051-11-20"), "ES", "eu", UZTARRIA),
    # Within a week: Wednesday 8 February + 7 days is Wednesday 15 February.
    ('Suhbat natijalarini bir hafta ichida xabar qilamiz.',
     "2051-02-08T10:00:00+05:00", ("2051-02-15", "2051-02-15"), "UZ", "uz", UZHURRIYAT),
    # Tomorrow: Thursday 13 April.
    ("Ertaga sizga qo'ng'iroq qilib, qarorimizni aytamiz.",
     "2051-04-12T10:00:00+05:00", ("2051-04-13", "2051-04-13"), "UZ", "uz", UZHURRIYAT),
    # Next week: Monday 16 October to Friday 20 October.
    ('Keyingi haftada sizga javob beramiz.',
     "2051-10-11T10:00:00+05:00", ("2051-10-16", "2051-10-20"), "UZ", "uz", UZHURRIYAT),
    # Next week: Monday 13 February to Friday 17 February.
    ('Comunicarémosche o resultado a próxima semana.',
     "2051-02-08T10:00:00+01:00", ("2051-02-13", "2051-02-17"), "ES", "gl", CTNL),
    # Tomorrow: Wednesday 15 March.
    ('Chamarémoste mañá para dicirche o resultado.',
     "2051-03-14T10:00:00+01:00", ("2051-03-15", "2051-03-15"), "ES", "gl", CTNL),
    # Ten working days: 10 working days from Tuesday 14 November, skipping nothing: Tuesday 28 November.
    ('O tribunal responderá no prazo de dez días hábiles.',
     "2051-11-14T10:00:00+01:00", ("2051-11-28", "2051-11-28"), "ES", "gl", CTNL),
    # Five working days: 5 working days from Tuesday 7 February, skipping nothing: Tuesday 14 February.
    ('Par rezultātiem jums paziņosim piecu darba dienu laikā.',
     "2051-02-07T10:00:00+02:00", ("2051-02-14", "2051-02-14"), "LV", "lv", BROCENI),
    # Tomorrow: Thursday 16 March.
    ('Rīt jums piezvanīsim un pateiksim lēmumu.',
     "2051-03-15T10:00:00+02:00", ("2051-03-16", "2051-03-16"), "LV", "lv", BROCENI),
    # The employer's usual time for its own answer: a week: Monday 9 October + 7 days is Monday 16 October.
    ('Parasti mēs atbildam nedēļas laikā pēc intervijas.',
     "2051-10-09T10:00:00+03:00", ("2051-10-16", "2051-10-16"), "LV", "lv", BROCENI),
]
