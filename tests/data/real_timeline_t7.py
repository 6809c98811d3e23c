"""Timeline check set of round 7 (issue #15): written and labelled before any rule changed.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier file; each case cites the page whose process it paraphrases. Names, dates and details
are invented and the wording is not copied; where a page only gives the shape of a process (a
committee that meets, a board that approves, results put on a notice board, an office closed
for the holidays) the sentence carries that shape into a promise with invented dates. Written
in the languages and anchor kinds round 6's blind batch missed: a promise counted from a date or
event named elsewhere in the text, each language's holidays and seasonal closures, public-sector
results on a notice board, and Hungarian, Turkish, Catalan and Croatian wording; about a fifth
promise nothing (the candidate's own deadlines, appeals, results "after approval" with no date).

Labelled with only ``datetime`` and the ``holidays`` library to check days, before the reader ran
on them, with the conventions of ``real_timeline_t4.py`` and ``real_timeline_t6.py``; in short:
"after <holiday>" is the working days of the first week after it ("efter påskeferien" → the
Tuesday to Friday after Easter Monday), "within N (working) days of <event>" counts from the
event's day, "next week" is the whole of next week, "the end of next week" its Thursday-Friday.
Scored once with round 6's code before any fix (docs/timelines.md, round 7).
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool).
PROMENAD = ("https://archiv.promenad24.hu/2020/07/27/"
            "megjelentek-az-idei-utolso-palyazatok-a-magyar-falu-programban-2")
NKFIH = "https://nkfih.gov.hu/palyazoknak/gyakran-ismetelt/palyazatok-ertekelese"
RADIOSITE = "https://forum.radiosite.hu/viewtopic.php?start=2620&t=12"
DOCPLAYER_HU = "https://docplayer.hu/amp/30226944-Palyazati-felhivas-palyazni-az-alabbi-modon-lehet.html"
CREDITICK = "https://www.creditick.com/?p=182"
IYTE = ("https://mfbe.iyte.edu.tr/basvurular/lisansustu-basvurular/"
        "basvurularin-degerlendirilmesi-ve-sonuclarin-ilani/")
DELNICE = ("https://delnice.hr/liste-reda-prvenstva-programa-drustveno-poticane-stanogradnje-pos-"
           "na-podrucju-grada-delnica/")
ICV = ("https://www.icv.hr/2023/01/objavljene-pravovaljano-predlozene-kandidacijske-liste-i-zbirne-"
       "liste-za-izbore-clanova-vijeca-mjesnih-odbora-na-podrucju-grada-slatine/")
GENCAT = ("http://ensenyament.gencat.cat/ca/arees-actuacio/professors/oposicions/"
          "acces-cos-inspectors-educacio/calendari/")
CSIF = "https://www.csif.es/contenido/cataluna/ensenanza/130131"
IVASS = "https://bolsaempleoivass.es/cronograma.php"
SAG = ("https://sag.es/va/treballa-amb-nosaltres/concurs-oposicio-de-3-places-de-personal-fix-"
       "discontinu-de-peo-na-especialista-carnet-bcc1ecap-2/")
UIO = "https://www.uio.no/om/jobb/soknadsprosessen/tekniskadm-rekruttering.html"
STAMI = "https://stami.no/jobb-ledig-stilling/soknadsprosessen-ved-stami/"
ALBERTSLUND = ("https://medarbejdersiden.albertslund.dk/vejledning-og-support/loen-og-personale/"
               "foer-ansaettelsen/fra-rekruttering-til-ansaettelse/emply-arkiv/"
               "behandling-af-ansoegere-gammel/")
BRONDERSLEV = ("http://ansatibronderslev.dk/PersonaleABC/PersonaleAbc-EmneOversigt/"
               "RekrutteringOgAnsaettelse/Samtaler/Ansaettelsessamtaler.aspx")
KTH = ("https://intra.kth.se/abe/skolan-informerar/"
       "se-over-era-rekryteringsbehov-infor-sommaren-och-hosten-1.1253615")
PEOPS = "https://www.peopsrelations.se/inspiration/roda-dagar-2025-hur-ska-du-tanka"
SVENLJUNGA = "https://www.svenljunga.se/ovrigt/nyheter/nyheter/2020-05-07-feriearbete-sommar-2020"
PROAKATEMIA = "https://proakatemia-esseepankki.tuni.fi/soluessee-tyontekijan-palkkaaminen/"
CIMO = "http://home.cimo.fi/kenguru/?sivu=onnistunut_rekrytointi"
DZIENNIK = ("https://dziennikzachodni.pl/rekrutacja-do-wojska-nowe-zasady-formalnosci-zalatwisz-"
            "przez-internet/ar/c15-15158374")
EXPRESS = ("https://expressbydgoski.pl/zmiany-w-wojsku-beda-wzywac-na-cwiczenia-kto-moze-dostac-"
           "wezwanie/gh/c15-15174122/2")
EXPERTS = ("https://experts123.com/q/"
           "how-soon-after-the-final-interview-will-the-person-be-selected-and-notified.html")
ITU = "https://itustudent.itu.dk/Campus-Life/Teaching-Assistants/Application-process/After-the-deadline"
UCDAVIS = "https://hr.ucdavis.edu/departments/recruitment/ucdh/process-requisition/conduct"
KLEINE = ("https://www.kleinezeitung.at/karriere/5758296/"
          "Ungeduldige-Arbeitnehmer_JobBewerber-wollen-Entscheidung-binnen")
JURIBLIO = "https://juriblio.fr/arretes/arrete-du-31-mai-2013/161751587/titre-iv/article-24"
VADEMECUM = ("https://www.vademecumlegal.es/legislacion/articulo-20-reglamento-general-ingreso-"
             "personal-provision-puestos-trabajo-promocion-profesional-funcionarios-civiles-age")
ASI = "http://cesarealbanesi.com/wp/?p=12729"
MVCR = ("https://www.mvcr.cz/sluzba/clanek/informace-pro-sluzebni-urady-vyberova-rizeni.aspx?"
        "q=Y2hudW09Mw%3D%3D")

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE7_CHECK: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ---------------------------------------------------------------------------- Hungarian
    ("Köszönjük a mai beszélgetést. A döntésről legkésőbb tíz munkanapon belül e-mailben "
     "értesítjük.", "2026-09-14T15:00:00+02:00", ("2026-09-28", "2026-09-28"), "HU", "hu",
     PROMENAD),
    ("A bíráló bizottság március 20-án értékeli a pályázatokat; az eredményről ezt követően "
     "8 napon belül tájékoztatjuk a jelölteket.", "2026-03-10T11:00:00+01:00",
     ("2026-03-28", "2026-03-28"), "HU", "hu", NKFIH),
    ("Húsvét után jelentkezünk a második forduló időpontjával.",
     "2026-03-30T14:00:00+02:00", ("2026-04-07", "2026-04-10"), "HU", "hu", RADIOSITE),
    ("Kérjük, hogy a hiányzó dokumentumokat öt napon belül küldje meg részünkre.",
     "2026-06-03T10:00:00+02:00", None, "HU", "hu", DOCPLAYER_HU),
    ("Jövő hét végéig visszajelzünk, hogy továbbjutott-e.",
     "2026-05-13T16:00:00+02:00", ("2026-05-21", "2026-05-22"), "HU", "hu", PROMENAD),
    # ------------------------------------------------------------------------------ Turkish
    ("Görüşmeniz için teşekkür ederiz. Değerlendirme sonucunu en geç 10 iş günü içinde size "
     "bildireceğiz.", "2026-10-19T15:00:00+03:00", ("2026-11-03", "2026-11-03"), "TR", "tr",
     CREDITICK),
    ("İkinci mülakat için önümüzdeki hafta sizi arayacağız.",
     "2026-11-11T11:00:00+03:00", ("2026-11-16", "2026-11-20"), "TR", "tr", CREDITICK),
    ("Başvurular 15 Mayıs'ta kapanıyor; kısa listeye kalan adaylarla kapanıştan sonraki iki "
     "hafta içinde iletişime geçilecektir.", "2026-05-06T10:00:00+03:00",
     ("2026-05-29", "2026-05-29"), "TR", "tr", CREDITICK),
    ("Sonuçlar Kurban Bayramı'ndan sonra açıklanacaktır.",
     "2026-05-20T14:00:00+03:00", ("2026-06-01", "2026-06-05"), "TR", "tr", IYTE),
    ("Lütfen imzalı formu cuma gününe kadar bize gönderin.",
     "2026-03-03T10:00:00+03:00", None, "TR", "tr", CREDITICK),
    ("Mülakat sonuçları Yönetim Kurulu onayından sonra web sayfamızda ilan edilir.",
     "2026-07-01T10:00:00+03:00", None, "TR", "tr", IYTE),
    ("Sonucu size en geç cuma günü bildiririz.",
     "2026-03-03T16:00:00+03:00", ("2026-03-06", "2026-03-06"), "TR", "tr", CREDITICK),
    # ----------------------------------------------------------------------------- Croatian
    ("Rezultati razgovora bit će objavljeni na oglasnoj ploči i mrežnoj stranici Grada u roku "
     "od 8 dana od dana održanog razgovora.", "2026-02-16T12:00:00+01:00",
     ("2026-02-24", "2026-02-24"), "HR", "hr", DELNICE),
    ("Prigovor na rezultate podnosi se Povjerenstvu u roku od 8 dana od objave.",
     "2026-02-24T12:00:00+01:00", None, "HR", "hr", DELNICE),
    ("Odluku o izboru donijet ćemo nakon Uskrsa.",
     "2026-03-31T10:00:00+02:00", ("2026-04-07", "2026-04-10"), "HR", "hr", ICV),
    ("Povjerenstvo se sastaje 14. svibnja, a kandidate ćemo obavijestiti u roku od tri radna "
     "dana nakon sastanka.", "2026-05-05T13:00:00+02:00", ("2026-05-19", "2026-05-19"), "HR",
     "hr", ICV),
    ("Javit ćemo vam se sljedeći tjedan.",
     "2026-09-23T15:00:00+02:00", ("2026-09-28", "2026-10-02"), "HR", "hr", DELNICE),
    # ------------------------------------------------------------------------------ Catalan
    ("El tribunal publicarà la llista d'aprovats al tauler d'anuncis de l'Ajuntament en el "
     "termini de cinc dies hàbils des de l'entrevista.", "2026-10-05T12:00:00+02:00",
     ("2026-10-13", "2026-10-13"), "ES", "ca", SAG),
    ("La comissió es reunirà el 18 de novembre i us direm alguna cosa la setmana següent.",
     "2026-11-09T10:00:00+01:00", ("2026-11-23", "2026-11-27"), "ES", "ca", GENCAT),
    ("Teniu deu dies hàbils per presentar al·legacions a la llista provisional.",
     "2026-05-12T10:00:00+02:00", None, "ES", "ca", CSIF),
    ("Us trucarem abans de divendres amb la resposta.",
     "2026-04-21T17:00:00+02:00", ("2026-04-23", "2026-04-24"), "ES", "ca", IVASS),
    # ---------------------------------------------------------------------------- Norwegian
    ("Innstillingsrådet behandler saken i møtet 9. desember; du får svar innen en uke etter "
     "møtet.", "2026-11-30T13:00:00+01:00", ("2026-12-16", "2026-12-16"), "NO", "no", UIO),
    ("Vi gir deg beskjed etter påske.",
     "2026-03-26T10:00:00+01:00", ("2026-04-07", "2026-04-10"), "NO", "no", STAMI),
    ("Kontoret holder stengt fra 20. juli til 7. august, og du hører fra oss i løpet av den "
     "første uka etter ferien.", "2026-07-14T10:00:00+02:00", ("2026-08-10", "2026-08-14"),
     "NO", "no", UIO),
    # ------------------------------------------------------------------------------- Danish
    ("Vi vender tilbage med svar efter efterårsferien.",
     "2026-10-07T14:00:00+02:00", ("2026-10-19", "2026-10-23"), "DK", "da", ALBERTSLUND),
    ("Ansættelsesudvalget mødes igen den 3. februar, og du får besked dagen efter.",
     "2026-01-26T11:00:00+01:00", ("2026-02-04", "2026-02-04"), "DK", "da", BRONDERSLEV),
    ("Du hører fra os efter jul.",
     "2026-12-14T15:00:00+01:00", ("2026-12-28", "2027-01-08"), "DK", "da", ALBERTSLUND),
    # ------------------------------------------------------------------------------ Swedish
    ("Vi återkommer med besked efter trettondedagen.",
     "2026-12-16T10:00:00+01:00", ("2027-01-07", "2027-01-15"), "SE", "sv", PEOPS),
    ("Intervjuerna avslutas den 22 april och besked lämnas inom en vecka därefter.",
     "2026-04-14T10:00:00+02:00", ("2026-04-29", "2026-04-29"), "SE", "sv", SVENLJUNGA),
    ("Vi hör av oss efter midsommar.",
     "2027-06-14T15:00:00+02:00", ("2027-06-28", "2027-07-02"), "SE", "sv", KTH),
    # ------------------------------------------------------------------------------ Finnish
    ("Ilmoitamme valinnasta vapun jälkeen.",
     "2026-04-22T10:00:00+03:00", ("2026-05-04", "2026-05-08"), "FI", "fi", PROAKATEMIA),
    ("Haastattelut päättyvät 9. lokakuuta, ja päätös tehdään viikon kuluessa siitä.",
     "2026-10-01T13:00:00+03:00", ("2026-10-16", "2026-10-16"), "FI", "fi", CIMO),
    ("Palaamme asiaan loppiaisen jälkeen.",
     "2026-12-18T10:00:00+02:00", ("2027-01-07", "2027-01-15"), "FI", "fi", CIMO),
    # ------------------------------------------------------------------------------- Polish
    ("Odezwiemy się po Wszystkich Świętych.",
     "2026-10-22T14:00:00+02:00", ("2026-11-02", "2026-11-06"), "PL", "pl", EXPRESS),
    ("Kandydat otrzyma informację w ciągu 14 dni od rozmowy kwalifikacyjnej.",
     "2026-09-08T10:00:00+02:00", ("2026-09-22", "2026-09-22"), "PL", "pl", DZIENNIK),
    ("Decyzję podejmiemy po Bożym Ciele.",
     "2026-05-27T12:00:00+02:00", ("2026-06-05", "2026-06-12"), "PL", "pl", EXPRESS),
    # ------------------------------------------------------------------------------ English
    ("The recommended candidate goes on the agenda of the School Board meeting on Tuesday, "
     "March 17; we'll call you the day after the board meets.", "2026-03-09T15:00:00-04:00",
     ("2026-03-18", "2026-03-18"), "US", "en", EXPERTS),
    ("Our offices are closed for the Thanksgiving break until Monday, November 30, and we will "
     "be in touch within the first week back.", "2026-11-20T11:00:00-05:00",
     ("2026-11-30", "2026-12-04"), "US", "en", UCDAVIS),
    ("Once every course manager has shortlisted, which should be done on 3 June, we email all "
     "applicants the decision within a week of that.", "2026-05-20T10:00:00+02:00",
     ("2026-06-10", "2026-06-10"), "DK", "en", ITU),
    ("Please let us know your availability for the week of June 8.",
     "2026-05-28T10:00:00-04:00", None, "US", "en", UCDAVIS),
    # ------------------------------------------------------------------ other languages
    ("Die Auswahlkommission tagt am 24. Juni; eine Rückmeldung erhalten Sie spätestens eine "
     "Woche nach der Sitzung.", "2026-06-15T14:00:00+02:00", ("2026-07-01", "2026-07-01"),
     "AT", "de", KLEINE),
    ("Le jury se réunit le jeudi 8 octobre ; les résultats vous seront communiqués dans les "
     "cinq jours ouvrés suivant la délibération.", "2026-09-30T11:00:00+02:00",
     ("2026-10-15", "2026-10-15"), "FR", "fr", JURIBLIO),
    ("La relación de aprobados se publicará en el tablón de anuncios dentro de los tres días "
     "hábiles siguientes a la entrevista, prevista para el 11 de marzo.",
     "2026-03-02T10:00:00+01:00", ("2026-03-16", "2026-03-16"), "ES", "es", VADEMECUM),
    ("Gli uffici chiudono per ferie e le faremo sapere l'esito dopo Ferragosto.",
     "2026-08-05T10:00:00+02:00", ("2026-08-17", "2026-08-21"), "IT", "it", ASI),
    ("Ozveme se vám po Velikonocích.",
     "2026-03-26T10:00:00+01:00", ("2026-04-07", "2026-04-10"), "CZ", "cs", MVCR),
]
