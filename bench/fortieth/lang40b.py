"""Words and sentence frames: Neo-Mandaic, Chittagonian, Khakas, Aragonese, Picard (see lang40a for the notation)."""

from lang40a import parse

MID = dict(code="mid", name="Neo-Mandaic", script="mandaic", roman=0.4, fold=0.0, digits="persian",
           words=dict(password="mela kasya", door="kod tara", wifi="mela kasya wifi", alarm="PIN alarm",
                      backup="mela kasya backup", temp="mela kasya zubnaya"),
           native=["yardna", "zahba", "dehwa", "kaspa", "nahra"],
           frames=parse("""
pw_colon|mela kasya d{s}: {v}
pw_quote|mela kasya d{s} «{v}» hu
pw_is|mela kasya d{s} hu {v}
pw_paren|ana {s} ptaxit (mela kasya {v}) u tub shreit
pw_dash|{s} — {v}
pw_trail|mela kasya d{s} {v} ad <جمعه|jome>, batar hazin shanena
pw_use|{v} shqol l{s}
pw_cs1|<رمز {s}|ramz-e {s}> {v}
pw_cs2|mela kasya d{s} {v}, <به کسی نگو|be kasi nagu>
pw_below|mela kasya d{s} ltata:
q_pw|mahu mela kasya d{s}?
q_door|mahu kod tara b{p}?
wifi1|wifi {w}, mela kasya: {v}
wifi2|<رمز وای‌فای|ramz-e wifi> {w}: {v}
door1|kod tara b{p} hu {v}
door2|tara d{p}: {v} dhoq
alarm1|PIN alarm: {v}
alarm2|alarm d{p} lmishtaq, {v} dhoq
backup1|mela kasya backup: {v}
backup2|mela kasya backup d{s} «{v}»
temp1|mela kasya zubnaya l{n}: {v}
temp2|login d{n} hdata abdit, <رمز موقت|ramz-e movaghat> {v}, b login qadmaya shanni
token1|token d{s}: {v}
token2|API key hdata d{s} hu {v}
revoked1|hazin token batel hwa: {v}
revoked2|token atiqa d{s} {v} — <باطل شد|batel shod>
rotated1|mela kasya d{s} shanit, atiqa hwa {v}
rotated2|{s} tub shanit; mela kasya atiqa {v}
conn|connection string: {v}
cmd|hazin shreh: {v}
pair|key id d{s}: {id} ¶ secret: {v}
neg_masked|token d{s} {v}, kulleh b vault
neg_ref|mela kasya eth b {v}
neg_placeholder|b template {v} ktob, la mela kasya sharira
neg_hash|hash: {v}
neg_ticket|ticket {v}
neg_public|hazin public key hu, kulhon nehzon: {v}
"""),
           talk=["zahba yoma ad yoma yaqir", "nahra d Karun ha yoma tahma", "dehwa qarib, orders sagiyi",
                 "<سلام، صبح بخیر|salam, sobh bekheir>"],
           thanks=["<مرسی|mersi>!", "<ممنون|mamnun>, basimta"],
           policy="mela kasya b chat la tektob; vault shqol.")

CTG = dict(code="ctg", name="Chittagonian", script="bengali", roman=0.0, fold=0.0, digits="bengali",
           words=dict(password="গুপন হতা", door="দুয়ারর কোড", wifi="ওয়াইফাইর পাসওয়ার্ড", alarm="এলার্মর পিন",
                      backup="ব্যাকআপর গুপন হতা", temp="কাঁচা পাসওয়ার্ড"),
           native=["মেজবান", "কালাভুনা", "কর্ণফুলী", "দরিয়া", "পাহাড়"],
           frames=parse("""
pw_colon|{s}র গুপন হতা: {v}
pw_quote|{s}র গুপন হতা “{v}”
pw_is|{s}র গুপন হতা অইল {v}
pw_paren|আঁই {s} খুলি ফেলাইয়ি (গুপন হতা {v}) আর আবার চালু গইজ্জি
pw_dash|{s} — {v}
pw_trail|{s}র গুপন হতা {v} শুক্কুরবার পইর্যন্ত চইলবো, পরে বদলাইয়ুম
pw_use|{s}র লাই {v} দিয়ো
pw_cs1|{s}র পাসওয়ার্ড হলো {v}
pw_cs2|{s}র গুপন হতা {v}, কাউকে বলবেন না
pw_below|{s}র গুপন হতা নিচে দিলাম:
q_pw|{s}র গুপন হতা কি?
q_door|{p}র দুয়ারর কোড কি?
wifi1|ওয়াইফাই {w}, পাসওয়ার্ড: {v}
wifi2|{w}র ওয়াইফাই পাসওয়ার্ড {v}
door1|{p}র দুয়ারর কোড {v}
door2|{p}র দুয়ার: {v} টিপো
alarm1|এলার্মর পিন: {v}
alarm2|{p}র এলার্ম বন্ধ গইরতো {v} টিপো
backup1|ব্যাকআপর গুপন হতা: {v}
backup2|{s}র ব্যাকআপ হতা “{v}”
temp1|{n}র লাই কাঁচা পাসওয়ার্ড: {v}
temp2|{n}র লগইন নয়া গরি দিলাম, টেম্প পাসওয়ার্ড {v}, পইলা লগইনত বদলাই লইয়ো
token1|{s}র টোকেন: {v}
token2|{s}র নয়া API key {v}
revoked1|ইয়ান টোকেন বাতিল অইয়ে: {v}
revoked2|{s}র পুরান টোকেন {v} — বাতিল করা হয়েছে
rotated1|{s}র গুপন হতা বদলাই দিলাম, পুরানুয়া আছিল {v}
rotated2|{s} আবার বদলাইলাম; আগর পাসওয়ার্ড {v}
conn|কানেকশন স্ট্রিং: {v}
cmd|ইয়ান চালাও: {v}
pair|{s}র key id: {id} ¶ secret: {v}
neg_masked|{s}র টোকেন {v}, পুরাডা vault-ত আছে
neg_ref|গুপন হতা {v}-ত রাখা আছে
neg_placeholder|টেমপ্লেটত {v} লেখো, আসল পাসওয়ার্ড ন
neg_hash|হ্যাশ: {v}
neg_ticket|টিকেট {v}
neg_public|ইবা পাবলিক কী, বেগ্গুনে দেখিত পারে: {v}
"""),
           talk=["কাইল্যা {p}ত বড় মেজবান আছে", "গরুর গোস্ত কম আইস্যে, আরো লাইবো", "ডেগ ধোয়া শেষ নি?",
                 "বৃষ্টি অইলে ভ্যান দেরি অইবো"],
           thanks=["ধন্যবাদ!", "বউত ধন্যবাদ ভাই"],
           policy="চ্যাটত গুপন হতা ন লেইখ্যো; vault ব্যবহার গরো।")

KJH = dict(code="kjh", name="Khakas", script="cyrillic", roman=0.0, fold=0.2, digits=None,
           words=dict(password="чазыт сӧс", door="эзік коды", wifi="Wi-Fi чазыт сӧзі", alarm="сигнализация PIN-і",
                      backup="резерв чазыт сӧзі", temp="ӧӧнчі чазыт сӧс"),
           native=["чылғы", "тайға", "Ағбан", "кӱн", "хызыл"],
           frames=parse("""
pw_colon|{s} чазыт сӧзі: {v}
pw_quote|{s} чазыт сӧзі «{v}»
pw_is|{s} чазыт сӧзі {v} полча
pw_paren|мин {s} асхам (чазыт сӧс {v}) паза ойлатхам
pw_dash|{s} — {v}
pw_trail|{s} чазыт сӧзі {v} пятницаға теере, аннаң мин тӧлеп саларбын
pw_use|{s} ӱчӱн {v} тузалан
pw_cs1|<пароль от {s}> {v}
pw_cs2|{s} чазыт сӧзі {v}, <никому не говори>
pw_below|{s} чазыт сӧзі алында:
q_pw|{s} чазыт сӧзі ниме?
q_door|{p} эзік коды ниме?
wifi1|Wi-Fi {w}, чазыт сӧс: {v}
wifi2|<пароль от вайфая> {w}: {v}
door1|{p} эзік коды {v}
door2|{p} эзік: {v} пас
alarm1|сигнализация PIN-і: {v}
alarm2|{p} сигнализацияны ӱзерге {v} пас
backup1|резерв чазыт сӧзі: {v}
backup2|{s} резерв сӧзі «{v}»
temp1|{n} ӱчӱн ӧӧнчі чазыт сӧс: {v}
temp2|{n} логинін наа ит салдым, <временный пароль> {v}, пастағы кіргенде тӧлеп сал
token1|{s} токены: {v}
token2|{s} наа API key: {v}
revoked1|пу токен <отозван>: {v}
revoked2|{s} иргі токены {v} — пӧгдеен
rotated1|{s} чазыт сӧзін тӧлеп салдым, иргізі {v} полған
rotated2|{s} кӧдір тӧлеен; иргі чазыт сӧс {v}
conn|<строка подключения>: {v}
cmd|пуны сал: {v}
pair|{s} key id: {id} ¶ secret: {v}
neg_masked|{s} токены {v}, толдызы vault-та
neg_ref|чазыт сӧс {v} ішінде
neg_placeholder|шаблонда {v} пас, сын чазыт сӧс нимес
neg_hash|хэш: {v}
neg_ticket|тикет {v}
neg_public|пу public key, кемге дее кӧзідерге чарир: {v}
"""),
           talk=["изеннер! чылғы ам хыстағ чирде", "{p} чирінде хар тӱскен", "кумыс заказтары кӧп",
                 "малчылар иртен тағға парчалар"],
           thanks=["алғыс!", "<спасибо большое>"],
           policy="чатта чазыт сӧс пазыба, vault тузалан.")

ARG = dict(code="arg", name="Aragonese", script="latin", roman=0.0, fold=0.2, digits=None,
           words=dict(password="clau", door="codigo d'a puerta", wifi="clau d'o wifi", alarm="PIN de l'alarma",
                      backup="frase de seguranza", temp="clau temporal"),
           native=["ibón", "tuca", "borda", "chinebro", "abetar"],
           frames=parse("""
pw_colon|clau de {s}: {v}
pw_quote|a clau de {s} ye “{v}”
pw_is|a clau ta {s} ye {v}
pw_paren|he dentrau en {s} (clau {v}) y lo he reiniciau
pw_dash|{s} – {v}
pw_trail|clau de {s} {v} dica o biernes, dimpués la cambio
pw_use|fe servir {v} ta {s}
pw_cs1|<la contraseña de {s} es> {v}
pw_cs2|clau de {s} {v}, <no se lo digas a nadie>
pw_below|a clau de {s} aquí baixo:
q_pw|quala ye a clau de {s}?
q_door|quál ye o codigo d'a puerta en {p}?
wifi1|wifi {w}, clau: {v}
wifi2|<la clave del wifi> {w}: {v}
door1|o codigo d'a puerta en {p} ye {v}
door2|puerta de {p}: tecleya {v}
alarm1|PIN de l'alarma: {v}
alarm2|ta desactivar l'alarma en {p} mete {v}
backup1|frase de seguranza: {v}
backup2|a frase de seguranza de {s} ye “{v}”
temp1|clau temporal ta {n}: {v}
temp2|he reiniciau o login de {n}, clau temporal {v}, que la cambee en o primer login
token1|token de {s}: {v}
token2|a nueva API key de {s} ye {v}
revoked1|iste token ya ye revocau: {v}
revoked2|o token viello de {s} {v} – <revocado esta mañana>
rotated1|he cambiau a clau de {s}, a vieja yera {v}
rotated2|{s} cambiau de nuevo; clau anterior {v}
conn|cadena de connexión: {v}
cmd|executa isto: {v}
pair|key id de {s}: {id} ¶ secret: {v}
neg_masked|o token de {s} ye {v}, o completo ye en o vault
neg_ref|a clau ye en {v}
neg_placeholder|en a plantilla pon {v}, no a clau de verdat
neg_hash|hash: {v}
neg_ticket|tiquet {v}
neg_public|ista ye a clau publica, se puede compartir: {v}
"""),
           talk=["bonas! ha nevau muito en a tuca", "o helicoptero puyará o chueves con as provisions",
                 "l'ibón ye chelau encara", "<¿cuántas reservas hay para el sábado en {p}?>"],
           thanks=["grazias!", "<muchas gracias>"],
           policy="no metaz claus en o chat; faz servir o vault.")

PCD = dict(code="pcd", name="Picard", script="latin", roman=0.0, fold=0.2, digits=None,
           words=dict(password="mot d'passe", door="code d'el porte", wifi="clé d'el wifi", alarm="code d'l'alarme",
                      backup="frase secrète d'el sauvegarde", temp="mot d'passe pour un temps"),
           native=["hortillon", "cabotan", "Lafleur", "ficelle", "macaron"],
           frames=parse("""
pw_colon|mot d'passe pour {s} : {v}
pw_quote|ch'mot d'passe d'{s} ch'est « {v} »
pw_is|ch'mot d'passe pour {s} ch'est {v}
pw_paren|j'ai rintré dins {s} (mot d'passe {v}) pi j'ai relancé
pw_dash|{s} – {v}
pw_trail|mot d'passe {s} {v} jusqu'à vinredi, après j'el cange
pw_use|prinds {v} pour {s}
pw_cs1|<le mot de passe de {s} c'est> {v}
pw_cs2|mot d'passe {s} {v}, <ne le dis à personne>
pw_below|ch'mot d'passe d'{s} in dsous :
q_pw|ch'est quo ch'mot d'passe d'{s} ?
q_door|ch'est quo ch'code d'el porte à {p} ?
wifi1|wifi {w}, clé : {v}
wifi2|<le code du wifi> {w} : {v}
door1|ch'code d'el porte à {p} ch'est {v}
door2|porte d'{p} : tape {v}
alarm1|code d'l'alarme : {v}
alarm2|pour copér l'alarme à {p}, tape {v}
backup1|frase secrète d'el sauvegarde : {v}
backup2|el frase d'sauvegarde d'{s} ch'est « {v} »
temp1|mot d'passe pour un temps pour {n} : {v}
temp2|j'ai rmis à zéro ch'login d'{n}, mot d'passe provisoire {v}, i faut l'canger au prumier login
token1|token d'{s} : {v}
token2|el nouvelle API key d'{s} ch'est {v}
revoked1|ch'token-lo il est révoqué : {v}
revoked2|ch'vieux token d'{s} {v} – <révoqué ce matin>
rotated1|j'ai cangé ch'mot d'passe d'{s}, ch'vieux ch'étoait {v}
rotated2|{s} cangé cor un coup ; ancien mot d'passe {v}
conn|chaîne éd connexion : {v}
cmd|lance cho : {v}
pair|key id d'{s} : {id} ¶ secret : {v}
neg_masked|ch'token d'{s} ch'est {v}, tout intier dins ch'vault
neg_ref|ch'mot d'passe il est dins {v}
neg_placeholder|dins ch'modèle mets {v}, pos ch'vrai mot d'passe
neg_hash|hache : {v}
neg_ticket|ticket {v}
neg_public|cho ch'est ch'clé publique, on put l'montrer : {v}
"""),
           talk=["bojour! l'iau alle est haute dins chés hortillonnages", "ej vas au marché d'sur l'iau sanmedi",
                 "chés poireaux is sont bieaux ch't'énée", "<on se retrouve au quai de {p} à 8h>"],
           thanks=["merci bien !", "<merci beaucoup>"],
           policy="pos d'mots d'passe dins ch'chat ; sers-te d'ech vault.")

LANGS_B = {"mid": MID, "ctg": CTG, "kjh": KJH, "arg": ARG, "pcd": PCD}
