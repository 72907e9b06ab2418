"""Names, password words and phrasing in the ten theme languages plus English (twentyfourth corpus)."""


class Lang:
    def __init__(self, code, name, given_m, given_f, surnames, words, phr, fem=None, order="gs"):
        self.code, self.name = code, name
        sp = lambda s: [tuple(x.split("|")) if "|" in x else (x, x) for x in s.split(",")]
        self.given_m, self.given_f, self.surnames = sp(given_m), sp(given_f), sp(surnames)
        self.words = words.split()
        self.P = phr
        self.fem_surname = fem
        self.order = order

    def fullname(self, g, s):
        return g + " " + s


def _p(*blocks):
    keys = ["pw", "tok", "ask", "temp", "wifi", "revoked", "vault", "nopost", "policy", "masked", "sha", "reqid",
            "chatter", "subj", "greet", "signoff"]
    return {k: [x.strip() for x in b.split(" ;; ")] for k, b in zip(keys, blocks)}


TH = Lang("th", "Thai",
          "สมชาย|Somchai,ประเสริฐ|Prasert,วีระ|Weera,ธนากร|Thanakorn,อนุชา|Anucha,กิตติ|Kitti",
          "สุดา|Suda,มาลี|Malee,ปราณี|Pranee,วรรณา|Wanna,นภา|Napha,ศิริพร|Siriporn",
          "ศรีสุข|Srisuk,วงศ์ไทย|Wongthai,แสงทอง|Saengthong,บุญมา|Boonma,จันทร์เพ็ญ|Chanpen,ทองดี|Thongdee",
          "sawasdee chiangmai khonkaen surin mali chang sabai krathong songkran mamuang korat mudmee phrae lampang",
          _p("รหัสผ่าน {sys} คือ {pw} นะครับ ;; {sys} ใช้ user {user} รหัส {pw} ;; เปลี่ยนรหัส {sys} แล้ว เป็น {pw} ค่ะ ;; ลองใช้ {pw} ดูครับ ({sys}) ;; pass ของ {sys}: {pw} ;; รหัสใหม่ของเครื่อง {sys} = {pw}",
             "token ของ {svc} ครับ {tok} ;; API key ของ {svc}: {tok} ;; ใช้ key นี้ไปก่อนนะคะ {tok}",
             "ใครมีรหัสผ่าน {sys} บ้างครับ ;; ขอรหัส {sys} หน่อยค่ะ",
             "รหัสผ่านชั่วคราวของคุณคือ {pw} กรุณาเปลี่ยนเมื่อเข้าระบบครั้งแรก",
             "Wi-Fi {ssid} รหัส {pw}", "key เก่า (ยกเลิกแล้ว) {tok}", "รหัสอยู่ใน Vault ที่ {ref} นะครับ",
             "อย่าโพสต์รหัสผ่านในกลุ่มนี้นะครับ ส่งทาง 1Password แทน",
             "รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร และต้องเปลี่ยนทุก 90 วัน",
             "key ที่ใช้อยู่ลงท้ายด้วย {masked}", "deploy build {sha} เรียบร้อยแล้ว",
             "request id {rid} ครับ ช่วยดู log ให้หน่อย",
             "โอเคครับ ;; ขอบคุณค่ะ ;; เดี๋ยวเช็คให้นะครับ ;; {sys} ล่มอีกแล้ว ;; พรุ่งนี้ประชุม 9 โมงนะคะ ;; ได้แล้วครับ ขอบคุณมาก",
             "เข้าระบบ {sys} ไม่ได้ ;; ขอสิทธิ์ใช้งาน {sys} ;; {sys} แจ้งเตือนผิดปกติ",
             "สวัสดีครับ คุณ{name}", "ขอบคุณครับ"))

HI = Lang("hi", "Hindi",
          "राजेश|Rajesh,अमित|Amit,सुरेश|Suresh,विकास|Vikas,अनिल|Anil,मनोज|Manoj",
          "प्रिया|Priya,सुनीता|Sunita,अंजलि|Anjali,कविता|Kavita,नेहा|Neha,पूजा|Pooja",
          "शर्मा|Sharma,पटेल|Patel,वर्मा|Verma,यादव|Yadav,चौहान|Chauhan,जोशी|Joshi,देसाई|Desai",
          "bharat rajkot kapas gujarat ganesh diwali chai shakti kisan sona mitra saurashtra amreli narmada",
          _p("{sys} का पासवर्ड {pw} है ;; {sys} लॉगिन: {user} / {pw} ;; नया पासवर्ड {pw} सेट कर दिया है ({sys}) ;; {pw} से कोशिश करो, {sys} पर चल जाएगा ;; पासवर्ड बदल दिया: {pw} ;; {sys} के लिए पासवर्ड — {pw}",
             "{svc} का टोकन: {tok} ;; {svc} API key यह है {tok} ;; अभी के लिए यह key इस्तेमाल करो {tok}",
             "{sys} का पासवर्ड किसके पास है? ;; क्या कोई {sys} का लॉगिन भेज सकता है?",
             "आपका अस्थायी पासवर्ड {pw} है, पहली बार लॉगिन करते समय बदल दें",
             "वाई-फाई {ssid} का पासवर्ड {pw}", "पुरानी key (रद्द कर दी गई): {tok}", "पासवर्ड Vault में है: {ref}",
             "कृपया इस ग्रुप में पासवर्ड मत डालिए, 1Password से भेजिए",
             "पासवर्ड कम से कम 12 अक्षरों का होना चाहिए और हर 90 दिन में बदलना होगा",
             "चालू key का आखिरी हिस्सा {masked} है", "बिल्ड {sha} डिप्लॉय हो गया", "request id {rid} है, लॉग देख लीजिए",
             "ठीक है ;; धन्यवाद ;; मैं चेक करता हूँ ;; {sys} फिर से बंद हो गया ;; कल सुबह 10 बजे मीटिंग है ;; हो गया, शुक्रिया",
             "{sys} में लॉगिन नहीं हो रहा ;; {sys} के लिए एक्सेस चाहिए ;; {sys} अलर्ट",
             "नमस्ते {name} जी,", "धन्यवाद,"))

KA = Lang("ka", "Georgian",
          "გიორგი|Giorgi,დავით|Davit,ლევან|Levan,ნიკა|Nika,ირაკლი|Irakli,ზურაბ|Zurab",
          "ნინო|Nino,თამარ|Tamar,მარიამ|Mariam,ეკა|Eka,ანა|Ana,ქეთევან|Ketevan",
          "ბერიძე|Beridze,კაპანაძე|Kapanadze,გელაშვილი|Gelashvili,მაისურაძე|Maisuradze,ლომიძე|Lomidze,ჯაფარიძე|Japaridze",
          "tbilisi samegrelo zugdidi tkhili gamarjoba sakartvelo batumi enguri mtatsminda khachapuri rustaveli kutaisi senaki",
          _p("{sys}-ის პაროლი: {pw} ;; {sys} — მომხმარებელი {user}, პაროლი {pw} ;; პაროლი შევცვალე, ახალია {pw} ;; სცადე {pw}, {sys}-ზე უნდა იმუშაოს ;; {sys}-ზე შესასვლელად {pw} ;; ახალი პაროლი {sys}-სთვის: {pw}",
             "{svc}-ის ტოკენი: {tok} ;; {svc} API გასაღები {tok} ;; ჯერჯერობით ეს გასაღები გამოიყენე {tok}",
             "ვინმემ იცის {sys}-ის პაროლი? ;; {sys}-ის პაროლს ვინმე გამომიგზავნის?",
             "თქვენი დროებითი პაროლია {pw}, პირველი შესვლისას შეცვალეთ",
             "Wi-Fi {ssid}, პაროლი {pw}", "ძველი გასაღები (გაუქმებულია): {tok}", "პაროლი Vault-შია: {ref}",
             "გთხოვთ, პაროლებს აქ ნუ წერთ, გამოიყენეთ 1Password",
             "პაროლი უნდა იყოს მინიმუმ 12 სიმბოლო და უნდა შეიცვალოს ყოველ 90 დღეში",
             "მიმდინარე გასაღები მთავრდება {masked}-ით", "ბილდი {sha} დაინსტალირდა", "request id {rid}, ლოგებს შეხედე",
             "კარგი ;; მადლობა ;; ახლავე შევამოწმებ ;; {sys} ისევ გაითიშა ;; ხვალ 10-ზე შეხვედრაა ;; მუშაობს, დიდი მადლობა",
             "{sys}-ში ვერ შევდივარ ;; {sys}-ზე წვდომა მჭირდება ;; {sys} — გაფრთხილება",
             "გამარჯობა, {name},", "პატივისცემით,"))

EU = Lang("eu", "Basque",
          "Iñaki|Inaki,Jon|Jon,Mikel|Mikel,Asier|Asier,Unai|Unai,Gorka|Gorka",
          "Ane|Ane,Maite|Maite,Nerea|Nerea,Amaia|Amaia,Leire|Leire,Itziar|Itziar",
          "Etxeberria|Etxeberria,Agirre|Agirre,Goikoetxea|Goikoetxea,Zubizarreta|Zubizarreta,Arrieta|Arrieta,Uriarte|Uriarte,Larrañaga|Larranaga",
          "bilbo donostia mendia itsasoa txakoli euskadi pelota gernika elgoibar eibar urdaibai sagardoa txoko anboto",
          _p("{sys}-ko pasahitza: {pw} ;; {sys}: erabiltzailea {user}, pasahitza {pw} ;; Pasahitza aldatu dut, berria {pw} da ;; Probatu {pw}, {sys}-n ibili beharko luke ;; {sys}-n sartzeko: {pw} ;; Pasahitz berria {sys}-rako: {pw}",
             "{svc}-ko tokena: {tok} ;; {svc} API gakoa: {tok} ;; Oraingoz erabili gako hau: {tok}",
             "Norbaitek badaki {sys}-ko pasahitza? ;; Bidaliko didazue {sys}-ko pasahitza?",
             "Zure aldi baterako pasahitza {pw} da; lehen saioan aldatu",
             "Wi-Fi sarea {ssid}, pasahitza {pw}", "Gako zaharra (baliogabetuta): {tok}", "Pasahitza Vault-en dago: {ref}",
             "Mesedez, ez jarri pasahitzik hemen; erabili 1Password",
             "Pasahitzak gutxienez 12 karaktere izan behar ditu eta 90 egunean behin aldatu behar da",
             "Uneko gakoa {masked} amaitzen da", "{sha} builda hedatuta", "Eskaeraren IDa {rid} da, begiratu logak",
             "Ados ;; Eskerrik asko ;; Orain begiratuko dut ;; {sys} berriro erori da ;; Bihar 10etan bilera ;; Badabil, mila esker",
             "Ezin naiz {sys}-n sartu ;; {sys}-rako sarbidea behar dut ;; {sys} alerta",
             "Kaixo {name},", "Agur bero bat,"))

MT = Lang("mt", "Maltese",
          "Ġużeppi|Guzeppi,Pawlu|Pawlu,Kurt|Kurt,Ryan|Ryan,Mattew|Mattew,Ġorġ|Gorg",
          "Marija|Marija,Roberta|Roberta,Claire|Claire,Rebekka|Rebekka,Nicole|Nicole,Graziella|Graziella",
          "Borg|Borg,Camilleri|Camilleri,Vella|Vella,Farrugia|Farrugia,Zammit|Zammit,Galea|Galea,Grech|Grech,Micallef|Micallef",
          "malta valletta gozo mdina marsaxlokk festa pastizzi luzzu birgu qormi hamrun sliema kinnie mellieha",
          _p("Il-password ta' {sys} hija {pw} ;; {sys}: user {user}, password {pw} ;; Biddilt il-password, il-ġdida hi {pw} ;; Ipprova {pw}, għandha taħdem fuq {sys} ;; Biex tidħol f'{sys}: {pw} ;; Password ġdida għal {sys}: {pw}",
             "It-token ta' {svc}: {tok} ;; Il-API key ta' {svc} hija {tok} ;; Għalissa uża din il-key: {tok}",
             "Xi ħadd jaf il-password ta' {sys}? ;; Tista' tibgħatli l-password ta' {sys}?",
             "Il-password temporanja tiegħek hija {pw}; biddilha l-ewwel darba li tidħol",
             "Wi-Fi {ssid}, password {pw}", "Il-key l-antika (revokata): {tok}", "Il-password qiegħda fil-Vault: {ref}",
             "Jekk jogħġbok tpoġġix passwords hawn, uża 1Password",
             "Il-password trid tkun ta' mill-inqas 12-il karattru u tinbidel kull 90 jum",
             "Il-key attwali tispiċċa b'{masked}", "Il-build {sha} ġie deployed", "Ir-request ID huwa {rid}, ara l-logs",
             "Ok ;; Grazzi ;; Ħa niċċekkja issa ;; {sys} waqa' mill-ġdid ;; Għada laqgħa fl-10 ;; Jaħdem, grazzi ħafna",
             "Ma nistax nidħol f'{sys} ;; Għandi bżonn aċċess għal {sys} ;; Twissija minn {sys}",
             "Hi {name},", "Grazzi,"))

GL = Lang("gl", "Galician",
          "Xosé|Xose,Brais|Brais,Anxo|Anxo,Uxío|Uxio,Manuel|Manuel,Iago|Iago",
          "Uxía|Uxia,Antía|Antia,Sabela|Sabela,Iria|Iria,Noa|Noa,Carme|Carme",
          "Castro|Castro,Otero|Otero,Lema|Lema,Vázquez|Vazquez,Seoane|Seoane,Rial|Rial,Pazos|Pazos,Figueroa|Figueroa",
          "vigo coruna ria arousa mexillon polbo santiago galiza morrina lonxa bateas xoubas berberecho cambados",
          _p("O contrasinal de {sys} é {pw} ;; {sys}: usuario {user}, contrasinal {pw} ;; Cambiei o contrasinal, o novo é {pw} ;; Proba con {pw}, debería funcionar en {sys} ;; Para entrar en {sys}: {pw} ;; Contrasinal novo para {sys}: {pw}",
             "O token de {svc}: {tok} ;; A chave API de {svc} é {tok} ;; Polo de agora usa esta chave: {tok}",
             "Alguén sabe o contrasinal de {sys}? ;; Podedes mandarme o contrasinal de {sys}?",
             "O teu contrasinal temporal é {pw}; cámbiao no primeiro acceso",
             "Wi-Fi {ssid}, contrasinal {pw}", "Chave vella (revogada): {tok}", "O contrasinal está no Vault: {ref}",
             "Por favor, non poñades contrasinais aquí; usade 1Password",
             "O contrasinal debe ter polo menos 12 caracteres e cambiarse cada 90 días",
             "A chave actual remata en {masked}", "Despregada a build {sha}", "O ID da petición é {rid}, mira os logs",
             "Vale ;; Grazas ;; Agora o miro ;; {sys} caeu outra vez ;; Mañá reunión ás 10 ;; Xa funciona, moitas grazas",
             "Non podo entrar en {sys} ;; Necesito acceso a {sys} ;; Alerta de {sys}",
             "Ola {name},", "Un saúdo,"))

AZ = Lang("az", "Azerbaijani",
          "Elvin|Elvin,Rəşad|Rashad,Orxan|Orkhan,Tural|Tural,Kamran|Kamran,Elçin|Elchin",
          "Aynur|Aynur,Günel|Gunel,Leyla|Leyla,Nigar|Nigar,Səbinə|Sabina,Ülviyyə|Ulviyya",
          "Məmmədov|Mammadov,Əliyev|Aliyev,Hüseynov|Huseynov,Həsənov|Hasanov,Quliyev|Guliyev,İsmayılov|Ismayilov",
          "baku qarabag xezer sumqayit neft icheri sheki ganja lenkoran gobustan odlar narbagi abseron sangachal",
          _p("{sys} parolu: {pw} ;; {sys}: istifadəçi {user}, parol {pw} ;; Parolu dəyişdim, yenisi {pw} ;; {pw} ilə yoxla, {sys}-də işləməlidir ;; {sys} sisteminə girmək üçün: {pw} ;; {sys} üçün yeni parol: {pw}",
             "{svc} tokeni: {tok} ;; {svc} API açarı: {tok} ;; Hələlik bu açardan istifadə et: {tok}",
             "{sys} parolunu bilən var? ;; Kimsə {sys} parolunu göndərə bilər?",
             "Müvəqqəti parolunuz {pw}; ilk girişdə dəyişin",
             "Wi-Fi {ssid}, parol {pw}", "Köhnə açar (ləğv edilib): {tok}", "Parol Vault-dadır: {ref}",
             "Xahiş edirəm, parolları bura yazmayın, 1Password istifadə edin",
             "Parol ən azı 12 simvoldan ibarət olmalı və hər 90 gündən bir dəyişdirilməlidir",
             "Cari açar {masked} ilə bitir", "{sha} build-i yerləşdirildi", "Sorğu ID-si {rid}, loglara baxın",
             "Oldu ;; Təşəkkürlər ;; İndi yoxlayıram ;; {sys} yenə düşdü ;; Sabah saat 10-da görüş var ;; İşləyir, çox sağ ol",
             "{sys} sisteminə daxil ola bilmirəm ;; {sys} üçün giriş lazımdır ;; {sys} xəbərdarlığı",
             "Salam {name},", "Hörmətlə,"),
          fem=lambda s: (s[0] + "a", s[1] + "a"))

SR = Lang("sr", "Serbian",
          "Marko|Marko,Nikola|Nikola,Stefan|Stefan,Miloš|Milos,Dragan|Dragan,Nemanja|Nemanja",
          "Jelena|Jelena,Milica|Milica,Ana|Ana,Ivana|Ivana,Marija|Marija,Jovana|Jovana",
          "Jovanović|Jovanovic,Petrović|Petrovic,Nikolić|Nikolic,Marković|Markovic,Đorđević|Djordjevic,Stojanović|Stojanovic,Ilić|Ilic",
          "beograd sumadija morava kragujevac rakija zvezda partizan kafana sljiva vojvodina puz avala kajmak fruska",
          _p("Lozinka za {sys} je {pw} ;; {sys}: korisnik {user}, lozinka {pw} ;; Promenio sam lozinku, nova je {pw} ;; Probaj {pw}, trebalo bi da radi na {sys} ;; Za ulaz na {sys}: {pw} ;; Nova lozinka za {sys}: {pw}",
             "Token za {svc}: {tok} ;; {svc} API ključ je {tok} ;; Za sada koristi ovaj ključ: {tok}",
             "Da li neko zna lozinku za {sys}? ;; Može li neko da mi pošalje lozinku za {sys}?",
             "Vaša privremena lozinka je {pw}; promenite je pri prvoj prijavi",
             "Wi-Fi {ssid}, lozinka {pw}", "Stari ključ (opozvan): {tok}", "Lozinka je u Vault-u: {ref}",
             "Molim vas, ne kačite lozinke ovde, koristite 1Password",
             "Lozinka mora imati najmanje 12 znakova i menja se na svakih 90 dana",
             "Trenutni ključ se završava na {masked}", "Build {sha} je deployovan", "ID zahteva je {rid}, pogledaj logove",
             "Važi ;; Hvala ;; Odmah proveravam ;; {sys} je opet pao ;; Sutra sastanak u 10 ;; Radi, hvala puno",
             "Ne mogu da se prijavim na {sys} ;; Potreban mi je pristup za {sys} ;; Upozorenje sa {sys}",
             "Zdravo {name},", "Pozdrav,"))

CY = Lang("cy", "Welsh",
          "Dafydd|Dafydd,Rhys|Rhys,Gareth|Gareth,Owain|Owain,Huw|Huw,Iwan|Iwan",
          "Siân|Sian,Cerys|Cerys,Ffion|Ffion,Eleri|Eleri,Nia|Nia,Mererid|Mererid",
          "Jones|Jones,Williams|Williams,Evans|Evans,Roberts|Roberts,Hughes|Hughes,Pritchard|Pritchard,Llywelyn|Llywelyn",
          "cymru draig eryri aberystwyth bala cwtch hiraeth defaid gwlan llanelli tregaron bara brith caerdydd",
          _p("Cyfrinair {sys} yw {pw} ;; {sys}: defnyddiwr {user}, cyfrinair {pw} ;; Dw i wedi newid y cyfrinair, yr un newydd yw {pw} ;; Tria {pw}, dylai weithio ar {sys} ;; I fewngofnodi i {sys}: {pw} ;; Cyfrinair newydd ar gyfer {sys}: {pw}",
             "Tocyn {svc}: {tok} ;; Allwedd API {svc} yw {tok} ;; Defnyddia'r allwedd hon am y tro: {tok}",
             "Oes rhywun yn gwybod cyfrinair {sys}? ;; All rhywun anfon cyfrinair {sys} ata i?",
             "Eich cyfrinair dros dro yw {pw}; newidiwch e wrth fewngofnodi am y tro cyntaf",
             "Wi-Fi {ssid}, cyfrinair {pw}", "Hen allwedd (wedi'i dirymu): {tok}", "Mae'r cyfrinair yn y Vault: {ref}",
             "Peidiwch â rhoi cyfrineiriau yma os gwelwch yn dda; defnyddiwch 1Password",
             "Rhaid i gyfrinair fod o leiaf 12 nod a chael ei newid bob 90 diwrnod",
             "Mae'r allwedd bresennol yn gorffen gyda {masked}", "Mae build {sha} wedi'i osod", "ID y cais yw {rid}, edrycha ar y logiau",
             "Iawn ;; Diolch ;; Bydda i'n edrych nawr ;; Mae {sys} i lawr eto ;; Cyfarfod fory am 10 ;; Mae'n gweithio, diolch yn fawr",
             "Methu mewngofnodi i {sys} ;; Angen mynediad i {sys} ;; Rhybudd {sys}",
             "Helo {name},", "Cofion,"))

SQ = Lang("sq", "Albanian",
          "Arben|Arben,Ilir|Ilir,Besnik|Besnik,Gëzim|Gezim,Erion|Erion,Dritan|Dritan",
          "Elira|Elira,Arta|Arta,Drita|Drita,Mimoza|Mimoza,Blerta|Blerta,Anisa|Anisa",
          "Hoxha|Hoxha,Shehu|Shehu,Leka|Leka,Krasniqi|Krasniqi,Gashi|Gashi,Dervishi|Dervishi,Kola|Kola,Basha|Basha",
          "tirana shqiperia korca durres vlora shkodra berat shqiponja byrek sherebele lulja dajti gjirokastra permet",
          _p("Fjalëkalimi për {sys} është {pw} ;; {sys}: përdoruesi {user}, fjalëkalimi {pw} ;; E ndryshova fjalëkalimin, i riu është {pw} ;; Provo {pw}, duhet të funksionojë në {sys} ;; Për të hyrë në {sys}: {pw} ;; Fjalëkalim i ri për {sys}: {pw}",
             "Tokeni i {svc}: {tok} ;; Çelësi API i {svc} është {tok} ;; Për momentin përdor këtë çelës: {tok}",
             "A e di dikush fjalëkalimin e {sys}? ;; Mund të ma dërgojë dikush fjalëkalimin e {sys}?",
             "Fjalëkalimi juaj i përkohshëm është {pw}; ndryshojeni në hyrjen e parë",
             "Wi-Fi {ssid}, fjalëkalimi {pw}", "Çelësi i vjetër (i revokuar): {tok}", "Fjalëkalimi është në Vault: {ref}",
             "Ju lutem mos vendosni fjalëkalime këtu, përdorni 1Password",
             "Fjalëkalimi duhet të ketë të paktën 12 karaktere dhe të ndryshohet çdo 90 ditë",
             "Çelësi aktual mbaron me {masked}", "Build-i {sha} u vendos", "ID e kërkesës është {rid}, shiko log-et",
             "Në rregull ;; Faleminderit ;; Po e kontrolloj tani ;; {sys} ra përsëri ;; Nesër takim në orën 10 ;; Funksionon, faleminderit shumë",
             "Nuk mund të hyj në {sys} ;; Më duhet qasje në {sys} ;; Alarm nga {sys}",
             "Përshëndetje {name},", "Me respekt,"))

EN = Lang("en", "English", "John|John", "Mary|Mary", "Smith|Smith", "harbour river stone",
          _p("The {sys} password is {pw} ;; {sys}: user {user}, password {pw} ;; Changed the password, the new one is {pw} ;; Try {pw}, it should work on {sys} ;; To log in to {sys}: {pw} ;; New password for {sys}: {pw}",
             "{svc} token: {tok} ;; Here's the {svc} API key {tok} ;; Use this key for now: {tok}",
             "Does anyone have the {sys} password? ;; Can someone send me the {sys} login?",
             "Your temporary password is {pw}; please change it at first login",
             "Wi-Fi {ssid}, password {pw}", "old key (revoked): {tok}", "The password is in Vault: {ref}",
             "Please don't post passwords in this channel, use 1Password",
             "Passwords must be at least 12 characters and are rotated every 90 days",
             "The current key ends in {masked}", "Deployed build {sha}", "Request ID is {rid}, please check the logs",
             "ok ;; thanks ;; checking now ;; {sys} is down again ;; meeting tomorrow at 10 ;; works now, thanks a lot",
             "Cannot log in to {sys} ;; Need access to {sys} ;; Alert from {sys}",
             "Hi {name},", "Thanks,"))

ALL = {l.code: l for l in (TH, HI, KA, EU, MT, GL, AZ, SR, CY, SQ, EN)}
