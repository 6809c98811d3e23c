"""The first two characters each kind of time expression can start with: ``scan``'s table.

Owns ``STARTS`` (kind → space-separated starts). "0" is a digit; "a_" is "a" followed by no
letter; after "the " (the commonest word, which ~25 alternatives can start with) "the+" and the
next word's first character ("the+w": "the week of", "the+0": "the 15th"). ``scan`` tries at each
word only the alternatives that can start there. tests/core/test_timeline_scan.py derives the
table from ``grammar``'s patterns with Python's regex parser and says when it drifts (the
message holds the line to write). ``grammar`` re-exports it.
"""

from __future__ import annotations

__all__ = ["STARTS"]

STARTS: dict[str, str] = {
    "iso": "0",
    "mdy": (
        "ab ag ao ap au av aw ba bi ch de dh di do dé eb en fe fr fé ge gi go gr gu hu hy io iy "
        "iý ja je ju já jä jú ko la li lu ma me mi mo má mä no në nó oc og ok ot ou pe pr qe rh "
        "ru sa se sh sp su sz ta te th the+t the+w tu va ve vi we ya ág áp ýa ġu ав ап ақ бе ве "
        "гр де же жо ию кв ли лю ма на но ок се сі сә та тр фе че ші юл юн ян ја ју қа қы או אפ "
        "בא בד בי במ בנ בס בפ דצ יו ינ מא מר נו ספ פב آب آذ أب أغ أك أي إب اب اذ اغ اك اي تش تم "
        "حز دج دي سب شب شت غش فب كا ما نو ني ين يو अक अग अप ज_ जन द_ नव फर म_ मई स_ அக ஆக ஏப ச_ "
        "ஜ_ ஜன ட_ நவ ப_ ம_ ก_ กร ต_ ธ_ พ_ พฤ ม_ มก ส_ เม აგ აპ დე თე ია ივ მა ნო ოქ სე"),
    "dmy": "0 di do fr je ju lu ma me mi mo sa su th the+0 the+t the+w tu ve vi we",
    "dot": "0",
    "hafter": (
        "a_ af ap ar de do du dè ef et fo in na ná on pa po pä pē sa se si su ti tr un wa wh à_ "
        "με по сл אח וא וו וש לא שא שו שש بع หล បន"),
    "hpost": (
        "a_ as at az co cu da de ei em es go he hi hu hú in is it ja jo ju jõ ka ke ku la li lo "
        "mi na ne no ny pa pi pu py pä pü ra se st su sy sz ta te to uj ul uu va vi ví võ ya ye "
        "yi yı za új ül şe на"),
    "named": "ab ah an ar av be bi by en fy fö fø hi in pi pr př se sp tr un vo vó до قب",
    "xmasweek": "be",
    "hbefore": "ah an av be pr",
    "monthfirst": "0 be fi st the+0 the+b the+f the+s the+t",
    "xmas": "ah an av be bi by d_ pr vo",
    "newyear": "am at be de ea ee el er fi il in le o_ pr st the+f the+t",
    "num": "0 di do fr je ju lu ma me mi mo sa su th tu ve vi we",
    "nth": "be by on the+0 the+t un",
    "nthx": "at el en il no to vo vó",
    "kw": "0 ca ka kw se ty tý ug uk v_ ve vi we",
    "dewoche": "er in zw",
    "mpart": (
        "a_ an be de dé ea en er fi la me mi pr se st te th the+a the+b the+d the+e the+f the+l "
        "the+m the+p the+s the+t the+u the+v the+z the+ú tr ul ve zw úl"),
    "mbare": "a_ an at av be bi by co da du em en im in so te th un vo",
    "mpartx": (
        "a_ ad al an ao at be bo bö de ee ei em en fo fö fø ha in ko la mi na ne no ob po pr se "
        "si sl sr st te tw ud ul ut v_ ve w_ za úl αρ μέ με στ τέ τε ко кр на се ср"),
    "mpartpost": (
        "ag ap ar au ağ de ek el ey fe ha he hu ja jo ju jú ka ke lo ma má ni no oc ok su sy sz "
        "ta te to áp şu"),
    "nmonth": (
        "a_ an be de dé ea en er fi la me mi ne pr se st te th the+a the+b the+c the+d the+e "
        "the+f the+l the+m the+n the+p the+s the+t the+u the+v the+z the+ú tr ul ve zw úl"),
    "fmonth": (
        "a_ an be ce co da de di dé ea en er es fi im ko la me mi mo na nä pr se st te th the+a "
        "the+b the+d the+e the+f the+l the+m the+p the+s the+t the+u the+v the+z the+ú tr ul ve "
        "zw úl"),
    "fmonthx": (
        "a_ ad al ao at be bo bö ei em en fi ha il in ko la me mi mê na ne no nä næ o_ po pr př "
        "sl st ud ut v_ vo w_ za"),
    "monthend": (
        "a_ an aý di ei en eo fi hu ko kr la mo o_ sl tm ud ut ко кр кі са סו مہ می ম_ ମ_ ம_ ತ_ "
        "മ_ ส_ በበ በወ ወሩ ច_"),
    "quarter": "be by en ne q_ qu th the+e the+n the+q the+t un",
    "yearend": "en eo the+e the+t ye",
    "wafter": "ei en he ov the+e the+t the+w ub we üb",
    "nwearly": (
        "a_ ad al an au aw be bo bö de dé ea fi ge in jö na no nā po pr si st the+b the+s ti za "
        "în ön на"),
    "nwmid": "a_ au ge ha jö me mi no sr the+m v_ w_ ön",
    "nwlate": "a_ ao ei en fi ge jö ko kr la lī nā o_ po se sf sl the+e à_ ön ко кр кі پا",
    "inweek": "do du in ov w_ wi za",
    "nweek": "ko la na ne nä pr se th the+c the+f",
    "nweekx": (
        "an at be bu cy da en ge gə ic id ii il in iz ja jä jö ke ki ko l_ la ma mi mu na ne nä "
        "næ nö nā nɛ pe pr př sa se sl su sv să ts tu v_ va vh vo w_ wi wy yr í_ în ön επ ερ τη "
        "бу в_ др ид ир ке ки на сл ҳа հա בב בו בש וב וו וש שב أس ال اگ را في هف अग अर प_ অহ আগ "
        "ਅਗ આવ ଆଗ ଆସ அட వచ ಮ_ അട ලබ ส_ န_ მო შე ሚቀ በሚ በበ សប ọ_"),
    "tweek": "an be by ce cl da di en eo es fi im la th the+c the+e the+t we wi",
    "tweekx": (
        "ac ak an ba cu de do ei en fi ko kr mi o_ pe pr qu sa sf sl să te w_ wi šo μέ τέ το ως "
        "до ко кр кі на та ць בב בה בו הש וב וה וו סו עד اس بب بف بق بن في قب نه هذ इस ภา ส_"),
    "weekafter": "de in kö la na the+w ug uk ve w_",
    "backref": "a_ af as bi by cu da de di dè in na on ri sh so st the+w ti un we wh à_",
    "nextday": "al am da de el er il l_ le má na no ná sl the+a the+d the+f the+m the+n",
    "thatday": "am an ce di es la le ne qu sa te th té",
    "thatweek": "da de el es fi o_ ou th the+f the+s",
    "thatmonth": "en the+e the+t",
    "weekend": "at by du on ov th",
    "aweekend": "af fo",
    "coming": "a_ da de en in la lä na ne no on ov u_ v_ w_ wi în ön επ τι",
    "dur": (
        "0 a_ ac al an ca ci co cu de di do dr du ee ei el en fe fi fo fü hu ne ni nu oc oi on "
        "ot pa qu se si te th ti tr tw um un ve vi ze zw éé"),
    "durx": (
        "at ci ct cz do dv dw dz ei en et fe fi fj fy få je ka ke ki ko ku ky kü na ne no nå ně "
        "o_ os ot oś pa pe pi pá pä pě se si sj sy sz ti to tr tv tř uh ur vi yh ze åt ôs üh čt "
        "še ši št έν έξ δέ δε δυ δύ εν εξ επ λί λι μί μι οκ πέ πε τέ τε τρ"),
    "durm": (
        "al be bi ce ci de do du dv dö eg ha he hu há hé hú ik je ke ki ké ne no ny né on os ot "
        "pe qu se si ti tr tí uc un uç vi vu ye yi öt üc üç če še"),
    "vnday": "ng",
    "durf": (
        "0 ag al am an ao ap as ba be bi bo bä bả bố ce ch co cy cú da de dh di dr du dw dy dá dö "
        "em en er et fa fi fj fo gj għ ha hi ib ic ik im is iy iz ju ka kg kw la li lu ma me mi "
        "mw mư mộ ne nj nä nă o_ oc ol on oṣ pe pi pu py sa se sh si sj sá sé sə sɛ ta te th ti "
        "tl tm to tr tu tv tw tá tí tɛ uc uk ve vh vi vy wa wi wy xa ye za át üç ýe þr če ġi ħa "
        "ħm że ал ар бе би бі в_ во гу да дв де до дө ед ек же жи нэ од он ос от п_ пʼ па пе по "
        "пя се со сі та тр тө хо че чо ша ше ші эк як үч үш ҳа եր հի մե յո ու չո վե տա אר בע בת "
        "חו חמ יו עש שב שי של שש תו أر أس ات ار اس ای تل تی ثل خل خم در دس ده دو سا سب ست سه شه "
        "عش في لس هف يو پا پن څل چا یک आठ एक च_ छ_ छa छb छd छe छg छh छi छj छk छl छm छn छp छs छt "
        "छv छw छx छġ छа छд छж छк छм छн छр छс छт छх छч छҳ छө छա छշ छօ छח छי छש छأ छا छد छر छس छش "
        "छم छه छو छگ छہ छی छआ छक छघ छद छम छस छह छক छঘ छদ छম छস छਕ छਦ छਮ छਹ छઅ छક छદ छમ छକ छଦ छମ "
        "छସ छந छம छவ छన छప छర छవ छಕ छತ छದ छವ छആ छദ छപ छമ छช छว छส छเ छပ छရ छလ छအ छდ छთ छკ छს छሳ "
        "छቀ छወ छየ छខ छថ छស त_ द_ दश दस दह प_ पन स_ सह এক এম এস চ_ ছয ত_ দ_ দশ দহ প_ স_ ਇ_ ਚ_ ਛ_ "
        "ਤ_ ਦ_ ਦਸ ਪ_ ਸ_ એક ચ_ છ_ છa છb છd છe છg છh છi છj છk છl છm છn છp છs છt છv છw છx છġ છа છд "
        "છж છк છм છн છр છс છт છх છч છҳ છө છա છշ છօ છח છי છש છأ છا છد છر છس છش છم છه છو છگ છہ છی "
        "છआ છक છघ છद છम છस છह છক છঘ છদ છম છস છਕ છਦ છਮ છਹ છઅ છક છદ છમ છକ છଦ છମ છସ છந છம છவ છన છప "
        "છర છవ છಕ છತ છದ છವ છആ છദ છപ છമ છช છว છส છเ છပ છရ છလ છအ છდ છთ છკ છს છሳ છቀ છወ છየ છខ છថ છស "
        "ત_ દસ પ_ બ_ સ_ ଏକ ଚ_ ଛଅ ତ_ ଦ_ ଦଶ ପ_ ପନ ସ_ இர ஏழ ஐந ஒர பத ம_ ఆర ఏడ ఐద ఒక న_ పద మ_ ర_ ಆರ "
        "ಎರ ಏಳ ಐದ ಒ_ ನ_ ಮ_ ಹತ ಹದ അഞ ആറ ഏഴ ഒര ന_ പത മ_ രണ ද_ ම_ ව_ සත ส_ สอ สา ห_ หน เจ ခ_ င_ ဆယ "
        "တစ န_ လ_ သ_ ათ ერ ექ თო თხ ოთ ორ ოც რვ სა შვ ხუ ሁለ ሦስ ሰባ ስም ስድ ሶስ በሁ በሦ በሰ በስ በሶ በአ አም "
        "አሥ አራ አስ አን ដប ប_ ព_ ម_ ọ_ ọj ọn ụb"),
    "fortnight": "fo in the+f the+t wi",
    "huitaine": "d_ da so",
    "sameday": "sa the+s the+t",
    "dayafter": "the+d",
    "tomorrow": (
        "am be bi bu de do ec ej er es go għ ho im ju ka ke lọ ma mo mô ne ng ní ry rī sa su ta "
        "tm to tu yf za zi zí á_ αυ αύ ер за ма ут фа эр վա מח سب غد فر کل उद कल भ_ আগ ক_ ਕ_ આવ "
        "ଆସ ந_ ర_ ನ_ ന_ හ_ พร မန ხვ ነገ ថ_ ọ_"),
    "today": (
        "au av bu ce dn dz es ha he ho hô i_ id ik il la le ng og pa so st ta th to tä va wi şu "
        "ši šo σή ση дн се сь өн הי آج ال ام في يو आज আজ இன ว_ ថ_"),
    "wday": "ce co di do es fr je ju ko lu ma me mi mo na ne nä pr sa su th the+f tu ve vi we",
    "wdayx": (
        "al an as ba bi ca ce ch cs ct cu cz cü di do du dy en es fi fr fö gi he hu hé hë ij il "
        "is it jo ju ka ke kh ko ku l_ la li lu ma me mi má må mé më ne on os pa pe pi po pr pá "
        "pé qu ra re sa se si sr st sz ta te ti to tr ut ve vi vr wo wt xo ça çə út þr če čt śr "
        "št δε πέ πα πε τε τρ ба бе вт ві да дү жу жұ лх мя п_ пʼ па пе по пя пү рӯ се ср сә че "
        "чо ша ше ҷу եր հի ու չո בי יו ال بد جم دو سه من پن پی چه आइ ग_ ब_ म_ रव श_ स_ ব_ মঙ রব "
        "শ_ স_ ਬ_ ਮ_ ਵ_ ਸ਼_ ਸ_ ગ_ બ_ મ_ શ_ સ_ ଗ_ ବ_ ମଙ ଶ_ ସ_ ச_ த_ ப_ வ_ గ_ బ_ మ_ శ_ స_ ಗ_ ಬ_ ಮ_ "
        "ಶ_ ಸ_ ച_ ത_ ബ_ വ_ ว_ ოთ ორ პა სა ხუ ሐሙ ማክ ረቡ ሰኞ አር ዓር ថ_ ọj"),
    "eod": "cl co en eo",
    "clock": "be by un",
}
