"""Phrasing for Lezgi, Brahui, Kayah, Plautdietsch, Garo and English (thirty-eighth corpus)."""

LEZ = dict(
    code="lez", name="Lezgi", script="cyrillic", rom_share=0.2, digits="ascii", quotes=("\u00ab", "\u00bb"),
    words=dict(pw="sirdin ghaf", door="rakunin kod", wifi="wifi-din sirdin ghaf", alarm="signalizaciadin PIN",
               backup="backup-din sirdin ibara", temp="vaxtundin sirdin ghaf"),
    thanks=["Chuxsaghul", "Chuxsaghul vun", "Gzaf chuxsaghul"],
    small=["Salam alejkum", "Ihtiin urbech hazur ja", "Pakama kurjer atuda", "Ek'ra, ja", "Vun gjikh ava?",
           "Xa, ja", "Zun rekhe awa", "⟦Хорошо⟧"],
    placeholder="<sirdin-ghaf-inag>",
    policy="Tavaqqun, ina sirdin ghafar ttumir",
    i18n=dict(pw="Sirdin ghaf", pin="PIN-kod", door="Rakunin kod", wifi="Wi-Fi-din sirdin ghaf",
              forgot="Sirdin ghaf rikhej fenani?", user="Tvar", login="Ahaj"),
    frames="""
pw|{sys}-din sirdin ghaf: {v}
pw|{to}, {sys}-din sirdin ghaf «{v}» ja
pw|sirdin ghaf {v} ja, sadazni lugumir
pw|{sys} (sirdin ghaf {v})
pw|{sys} — {v}
pw|{v} — ham {sys}-din c'ijiji sirdin ghaf ja, masa gumir
pw|{sys}-daj {v} ishletmish
pw|⟦логин⟧ {sys}, ⟦пароль⟧ {v}
pw|⟦пароль от⟧ {sys} — {v}, ⟦не теряй⟧
below|{sys}-din sirdin ghaf agaqh:
ask|{sys}-din sirdin ghaf vuch ja?
ask|sa vuzajni {sys}-din sirdin ghaf chida?
wifi|Wi-Fi {ssid}: {v}
wifi|{ssid}-din sirdin ghaf {v} ja
wifi|Wi-Fi-din sirdin ghaf «{v}»
door|{place}-din rakunin kod {v} ja
door|{place} kod: {v}
door|rak {v}-daldi aqhajda
alarm|signalizaciadin PIN {v}, ekechdaldi ecigun
alarm|signalizacia: {v}
backup|backup-din sirdin ibara: {v}
backup|backup patal gafar: {v}
temp|{to}-z vaxtundin sirdin ghaf: {v}
temp|{to}, vi vaxtundin sirdin ghaf {v} ja
token|{prov} ⟦токен⟧: {v}
token|{prov} ⟦API-ключ⟧ {v} ja
token|{sys} patal ⟦токен⟧ — {v}
revoked|i ⟦токен⟧ ⟦отозван⟧: {v}
revoked|k\u00fcgjne ⟦ключ⟧ {v} ishlemizh tush
rotated|k\u00fcgjne sirdin ghaf {v} tir, c'ijidi ⟦vault⟧-da ava
rotated|{sys}-din sirdin ghaf daqisharuna, k\u00fcgjnedi {v} tir
uri|{sys} ⟦подключение⟧: {v}
uri|i ⟦URL⟧ ishletmish: {v}
cmd|i ⟦команда⟧ kutug: {v}
pair|⟦ID⟧: {id}|⟦secret⟧: {v}
masked|⟦токен⟧, exirimdi herfer: {v}
ref|sirdin ghaf ina ava: {v}
placeholder|formada {v} kxe
hash|ham anzhax ⟦checksum⟧ ja: {v}
uuid|⟦заявка⟧ {v}
public|ham ⟦публичный ключ⟧ ja, sir tush: {v}
""")

BRH = dict(
    code="brh", name="Brahui", script="arabic", rom_share=0.35, digits="urdu", quotes=("\u201c", "\u201d"),
    words=dict(pw="paasvarD", door="darwaaze naa kooD", wifi="waaifaai naa paasvarD", alarm="alaarm naa pin",
               backup="baikap naa raazii gaal", temp="aarzii paasvarD"),
    thanks=["mihrbaanii", "bhalo mihrbaanii", "shukriya"],
    small=["salaam", "dun e", "ant haal e?", "Truk pagaah bareek", "taza ae", "haw", "khayr e", "daa hadaa e"],
    placeholder="<paasvarD-daa-nivis>",
    policy="mihrbaanii kar paasvarD daa granp aT mafish",
    i18n=dict(pw="paasvarD", pin="pin kooD", door="darwaaze naa kooD", wifi="waaifaai paasvarD",
              forgot="paasvarD bhul kare?", user="yuuzar naam", login="laag in"),
    frames="""
pw|{sys} naa paasvarD: {v}
pw|{to}, {sys} naa paasvarD “{v}” e
pw|paasvarD {v} e, okae paa mafa
pw|{sys} (paasvarD {v})
pw|{sys} — {v}
pw|{v} e {sys} naa puskun paasvarD, okae paa mafa
pw|{sys} kin {v} istimaal kar
pw|⟦login⟧ {sys}, ⟦pass⟧ {v}
pw|{sys} kaa paasvarD {v} hai, sambhaal ke rakhnaa
below|{sys} naa paasvarD chiirgaa e:
ask|{sys} naa paasvarD ant e?
ask|daraa {sys} naa paasvarD charee?
wifi|waaifaai {ssid}: {v}
wifi|{ssid} naa paasvarD {v} e
wifi|waaifaai naa paasvarD “{v}”
door|{place} naa darwaaze naa kooD {v} e
door|{place} kooD: {v}
door|darwaaza {v} aan mallinglaa
alarm|alaarm naa pin {v}, paaT kaning naa munaa lag
alarm|alaarm kooD: {v}
backup|baikap naa raazii gaal: {v}
backup|baikap kin gaal: {v}
temp|{to} kin aarzii paasvarD: {v} (avval laag in aT badal kar)
temp|{to}, nii aarzii paasvarD {v} e
token|{prov} ⟦token⟧: {v}
token|{prov} ⟦API key⟧ {v} e
token|{sys} kin ⟦token⟧ — {v}
revoked|daa ⟦token⟧ band kanaa: {v}
revoked|pinDaa ⟦key⟧ {v} daa kaar paa
rotated|pinDaa paasvarD {v} as, puskun ⟦vault⟧ aT e
rotated|{sys} naa paasvarD badal kare, pinDaa {v} as
uri|{sys} naa kanekshan: {v}
uri|daa ⟦URL⟧ istimaal kar: {v}
cmd|daa kamaanD chalaa: {v}
pair|⟦ID⟧: {id}|⟦secret⟧: {v}
masked|⟦token⟧ naa aakhrii harf: {v}
ref|paasvarD daa e: {v}
placeholder|faarm aT {v} nivis
hash|daa faqat ⟦checksum⟧ e: {v}
uuid|⟦ticket⟧ nambar {v}
public|daa ⟦public key⟧ e, raaz af: {v}
""")

EKY = dict(
    code="eky", name="Kayah", script="kayahli", rom_share=0.35, digits="kayahli", quotes=("\u201c", "\u201d"),
    words=dict(pw="⟦password⟧", door="ta khu kod", wifi="⟦wifi password⟧", alarm="⟦alarm⟧ pin",
               backup="ta lu ta cho ⟦backup⟧", temp="⟦password⟧ ta ne"),
    thanks=["ta bu le", "ta bu le po", "⟦ကျေးဇူးပါ⟧"],
    small=["⟦မင်္ဂလာပါ⟧", "o ne", "me", "ta kha ne", "ye le po", "⟦ဟုတ်ကဲ့⟧", "ka le", "pe ne"],
    placeholder="<⟦password⟧-to-ne>",
    policy="ta lu ⟦password⟧ to ne ma lo",
    i18n=dict(pw="⟦password⟧", pin="pin", door="ta khu kod", wifi="⟦wifi password⟧", forgot="⟦password⟧ ma no?",
              user="mi", login="⟦login⟧"),
    frames="""
pw|{sys} ⟦password⟧: {v}
pw|{to}, {sys} ⟦password⟧ me “{v}”
pw|⟦password⟧ me {v}, ta do ma lo
pw|{sys} (⟦password⟧ {v})
pw|{sys} — {v}
pw|{v} me {sys} ⟦password⟧ ta thi, ta do ma lo
pw|ye {v} ⟦for⟧ {sys}
pw|{sys} ⟦စကားဝှက်⟧ {v}
pw|⟦login⟧ {sys} ⟦pass⟧ {v}
below|{sys} ⟦password⟧ lo khu:
ask|{sys} ⟦password⟧ me ba?
ask|pe so {sys} ⟦password⟧?
wifi|⟦wifi⟧ {ssid}: {v}
wifi|{ssid} ⟦password⟧ {v}
wifi|⟦wifi password⟧ “{v}”
door|{place} ta khu kod me {v}
door|{place} ⟦code⟧: {v}
door|ta khu pho {v}
alarm|⟦alarm⟧ pin {v}, ke ta le
alarm|⟦alarm⟧: {v}
backup|⟦backup⟧ ta lu: {v}
backup|⟦backup passphrase⟧ {v}
temp|{to} ⟦password⟧ ta ne: {v}
temp|{to}, ⟦temporary password⟧ {v}
token|{prov} ⟦token⟧: {v}
token|{prov} ⟦API key⟧ me {v}
token|{sys} ⟦token⟧ — {v}
revoked|⟦token⟧ ne ⟦revoked⟧: {v}
revoked|⟦old key⟧ {v} ma ye
rotated|⟦old password⟧ {v}, ⟦new one in vault⟧
rotated|{sys} ⟦password⟧ le, ⟦old⟧ {v}
uri|{sys} ⟦connection⟧: {v}
uri|⟦URL⟧ ne: {v}
cmd|⟦command⟧: {v}
pair|⟦ID⟧: {id}|⟦secret⟧: {v}
masked|⟦token⟧ ⟦last letters⟧: {v}
ref|⟦password⟧ o ne: {v}
placeholder|⟦form⟧ {v}
hash|⟦checksum⟧ ne: {v}
uuid|⟦ticket⟧ {v}
public|⟦public key⟧ ne, ma me ta lu: {v}
""")

PDT = dict(
    code="pdt", name="Plautdietsch", script="latin", rom_share=0.0, digits="ascii", quotes=("\u201e", "\u201c"),
    fold_share=0.25,
    words=dict(pw="Passwuat", door="Däakood", wifi="Wifi-Passwuat", alarm="Aularm-PIN", backup="Backup-Satz",
               temp="Tiedwies Passwuat"),
    thanks=["Dankscheen", "Dank uk", "Gracias, dankscheen"],
    small=["Goondach", "Goondach aule", "De Molkj es aul enjeschwenkt", "Morjen brinj wie de Kjees no Cuauhtémoc",
           "Jo", "Nä", "Wua jeit et?", "Daut es goot"],
    placeholder="<Passwuat-hia-enjäwen>",
    policy="Bitte kjeene Passweada hia enn dise Grupp schekjen",
    i18n=dict(pw="Passwuat", pin="PIN", door="Däakood", wifi="Wifi-Passwuat", forgot="Passwuat fejäten?",
              user="Bruckanaum", login="Enlogen"),
    frames="""
pw|Passwuat fa {sys}: {v}
pw|{to}, daut Passwuat fa {sys} es „{v}“
pw|daut Passwuat es {v}, saj daut kjeenem
pw|{sys} (Passwuat {v})
pw|{sys} — {v}
pw|{v} es daut niee Passwuat fa {sys}, nich wieda jäwen
pw|bruck {v} fa {sys}
pw|la contraseña del {sys} es {v}
pw|Login {sys}, Passwort {v}
below|daut Passwuat fa {sys} kjemmt hia unja:
ask|waut es daut Passwuat fa {sys}?
ask|weet wäa daut Passwuat fa {sys}?
wifi|Wifi {ssid}: {v}
wifi|daut {ssid} Passwuat es {v}
wifi|Wifi-Passwuat „{v}“
door|de Däakood fa {place} es {v}
door|{place} Kood: {v}
door|de Däa jeit op met {v}
alarm|Aularm-PIN {v}, aunmoaken ea du rutgeist
alarm|Aularm: {v}
backup|Backup-Satz: {v}
backup|de Wead fa daut Backup: {v}
temp|tiedwies Passwuat fa {to}: {v} (no däm easchten Login endren)
temp|{to}, dien tiedwies Passwuat es {v}
token|{prov} Token: {v}
token|de {prov} API-Schlätel es {v}
token|Token fa {sys} — {v}
revoked|dis Token es aufjestalt: {v}
revoked|de ole Schlätel {v} jeit nich mea
rotated|daut ole Passwuat wea {v}, daut niee es em Vault
rotated|daut Passwuat fa {sys} es jeendat, daut ole wea {v}
uri|Fabinjunk fa {sys}: {v}
uri|bruck dise URL: {v}
cmd|loot dit Kommando lopen: {v}
pair|ID: {id}|Secret: {v}
masked|de latste Bookstowe vom Token: {v}
ref|daut Passwuat es hia: {v}
placeholder|schriew {v} em Formular
hash|daut es bloos ne Checksum: {v}
uuid|Ticket {v}
public|daut es en openen Schlätel, kjeen Jeheemnis: {v}
""")

GRT = dict(
    code="grt", name="Garo", script="latin", rom_share=0.0, digits="ascii", quotes=("\u201c", "\u201d"),
    fold_share=0.3,
    words=dict(pw="password", door="dopang code", wifi="wifi password", alarm="alarm PIN", backup="backup ku·a",
               temp="chel·chel password"),
    thanks=["Mitela", "Mitela bilak", "Mitela, ripeng"],
    small=["Nama gipin", "Nang·a namengama?", "Anga bazar-o re·anggen", "Truck-ara salgini re·bagen", "Ia nama",
           "Oe", "Ong·a", "Ikai"],
    placeholder="<password-ko-ia-o-seato>",
    policy="Bebe password-ko ia group-o seanabo",
    i18n=dict(pw="Password", pin="PIN", door="Dopang code", wifi="Wifi password", forgot="Password-ko pre·angama?",
              user="Bimung", login="Login ka·bo"),
    frames="""
pw|{sys}-ni password: {v}
pw|{to}, {sys}-ni password-ara “{v}”
pw|password-ara {v}, saknabo aganbeea
pw|{sys} (password {v})
pw|{sys} — {v}
pw|{v} ong·a {sys}-ni gital password, saknabo aganbeea
pw|{sys}-na {v}-ko nangbo
pw|{sys} login, pass {v}
pw|{sys}-ni password {v} ong·a, batchi ka·bo
below|{sys}-ni password ia-ni ning·o:
ask|{sys}-ni password maia?
ask|sawa {sys}-ni password-ko u·iaha?
wifi|wifi {ssid}: {v}
wifi|{ssid}-ni password {v}
wifi|wifi password “{v}”
door|{place}-ni dopang code {v}
door|{place} code: {v}
door|dopang {v}-chi ka·donga
alarm|alarm PIN {v}, ong·kangon skang ka·bo
alarm|alarm: {v}
backup|backup ku·a: {v}
backup|backup-na ku·rang: {v}
temp|{to}-na chel·chel password: {v}
temp|{to}, nang·ni chel·chel password {v}
token|{prov} token: {v}
token|{prov}-ni API key {v}
token|{sys}-na token — {v}
revoked|ia token-ko revoke ka·jok: {v}
revoked|gitcham key {v} kam ka·ja
rotated|gitcham password {v}, gital-ara vault-o dong·a
rotated|{sys}-ni password-ko bolaijok, gitcham-ara {v}
uri|{sys} connection: {v}
uri|ia URL-ko nangbo: {v}
cmd|ia command-ko ra·bo: {v}
pair|ID: {id}|secret: {v}
masked|token-ni jamanibisa: {v}
ref|password ia-o dong·a: {v}
placeholder|form-o {v} seabo
hash|ia checksum saksan: {v}
uuid|ticket {v}
public|ia public key, bebe gopon ong·ja: {v}
""")

ENG = dict(
    code="en", name="English", script="latin", rom_share=0.0, digits="ascii", quotes=("\u201c", "\u201d"),
    fold_share=0.0,
    words=dict(pw="password", door="door code", wifi="Wi-Fi key", alarm="alarm PIN", backup="backup passphrase",
               temp="temporary password"),
    thanks=["thanks", "thank you!", "cheers"],
    small=["morning all", "truck is late again", "ok", "on it", "will check after lunch", "yes", "got it",
           "who is on call tonight?"],
    placeholder="<your-password-here>",
    policy="please don't paste passwords in this channel",
    i18n=dict(pw="Password", pin="PIN", door="Door code", wifi="Wi-Fi password", forgot="Forgot your password?",
              user="Username", login="Sign in"),
    frames="""
pw|{sys} password: {v}
pw|{to}, the {sys} password is “{v}”
pw|password is {v}, don't share it
pw|{sys} (password {v})
pw|{sys} — {v}
pw|{v} is the new {sys} password, keep it to yourself
pw|use {v} for {sys}
pw|login for {sys} is admin / {v}
pw|pw for {sys} = {v}
below|{sys} password below:
ask|what's the {sys} password?
ask|anyone have the {sys} password?
wifi|wifi {ssid}: {v}
wifi|the {ssid} key is {v}
wifi|Wi-Fi password “{v}”
door|{place} door code is {v}
door|{place} code: {v}
door|door opens with {v}
alarm|alarm PIN {v}, set it when you leave
alarm|alarm: {v}
backup|backup passphrase: {v}
backup|passphrase for the backups: {v}
temp|temporary password for {to}: {v} (change it at first login)
temp|{to}, your temp password is {v}
token|{prov} token: {v}
token|the {prov} API key is {v}
token|token for {sys} — {v}
revoked|this token was revoked: {v}
revoked|old key {v} no longer works
rotated|old password was {v}, the new one is in the vault
rotated|rotated the {sys} password, old one was {v}
uri|{sys} connection: {v}
uri|use this URL: {v}
cmd|run this: {v}
pair|ID: {id}|secret: {v}
masked|token ends with {v}
ref|password is here: {v}
placeholder|put {v} in the form
hash|that's just the checksum: {v}
uuid|ticket {v}
public|that's the public key, not a secret: {v}
""")
