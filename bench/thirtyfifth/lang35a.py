"""Phrasing for English, Balinese, Tamasheq (Tifinagh), Lakota, Mohawk and Central Yup'ik.
Templates use {v} for the labelled value; other fields: {sys} {ssid} {place} {who} {prov} {ref}."""

TIF = {"a": "ⴰ", "b": "ⴱ", "d": "ⴷ", "e": "ⴻ", "f": "ⴼ", "g": "ⴳ", "ɣ": "ⵖ", "h": "ⵀ", "i": "ⵉ", "j": "ⵊ", "k": "ⴽ",
       "l": "ⵍ", "m": "ⵎ", "n": "ⵏ", "q": "ⵇ", "r": "ⵔ", "s": "ⵙ", "š": "ⵛ", "t": "ⵜ", "u": "ⵓ", "o": "ⵓ", "w": "ⵡ",
       "x": "ⵅ", "y": "ⵢ", "z": "ⵣ", "ḍ": "ⴹ", "ə": "ⴻ", "ṭ": "ⵟ", "ẓ": "ⵥ", "ṣ": "ⵚ", "c": "ⵛ"}


def tif(text):
    """Mechanical Latin-Tamasheq -> Tifinagh.  Words in [brackets] and {fields} stay Latin."""
    out, keep = [], 0
    for ch in text:
        if ch in "[{":
            keep += 1
            if ch == "{":
                out.append(ch)
            continue
        if ch in "]}":
            keep -= 1
            if ch == "}":
                out.append(ch)
            continue
        low = ch.lower()
        out.append(ch if keep else TIF.get(low, ch))
    return "".join(out)


EN = {
    "name": "English", "q": ("\u201c", "\u201d"),
    "hello": ["morning all", "thanks, that worked", "I'll be on site after lunch", "can someone check the pump log?",
              "ok, done", "back in ten"],
    "pw": ["the {sys} password is {v}", "{sys} login: admin / {v}", "use {v} for {sys}, it changes Friday",
           "password for {sys} \u2192 {v}"],
    "below": "password for {sys} is below:", "ask": "what's the password for {sys} again?",
    "wifi": "wifi {ssid}, key {v}", "door": "door code for {place}: {v}", "alarm": "alarm PIN is {v}",
    "backup": "backup passphrase: {v}", "temp": "temporary password for {who}: {v} (change it at first login)",
    "token": "{prov} token for the deploy job: {v}", "revoked": "I revoked this {prov} token already, but for the record: {v}",
    "rot_old": "old password was {v}, rotated this morning", "rot_new": "new one is in {ref}",
    "uri": "connection string: {v}", "cli": "run this: {v}", "pair": "key id and secret:",
    "nopaste": "please don't paste passwords in here, use the vault",
    "policy": "Passwords, tokens and private keys never go into this wiki; store them in the vault.",
    "masked": "the log only shows {v}", "ref": "the DB password lives in {v}", "ph": "replace {v} with your own password",
    "checksum": "sha256 of the firmware: {v}", "commit": "fixed in {v}", "ticket": "support ticket id {v}",
    "hash": "stored hash: {v}", "example": "the docs use {v} as an example", "nph": "<your-password>",
    "i18n": ["Password", "Show password", "Forgot your password?", "Enter PIN", "Door code"],
}

BAN = {
    "name": "Balinese", "q": ("\u201c", "\u201d"),
    "hello": ["Om Swastiastu semeton!", "ᬲᬸᬓ᭄ᬲ᭄ᬫ, sampun mamargi.", "Tiang kari ring carik, wusan niki tiang cek.",
              "Napi kabar pompa ring subak kaja?", "Rapat benjang jam 9 ring bale banjar.", "Becik, suksma pisan nggih."],
    "pw": ["Kata sandi {sys}: {v}", "Niki kata sandi {sys} nggih: {v}", "Durusang anggen \u201c{v}\u201d anggen ngranjing {sys}.",
           "Sandi anyar {sys} \u2192 {v} (sampunang kaicen ke anak lian)"],
    "below": "Kata sandi {sys} wenten ring beten:", "ask": "Napi kata sandi {sys} malih?",
    "wifi": "Wi-Fi {ssid}, sandi ne {v}", "door": "Kode lawang {place}: {v}", "alarm": "PIN alarm gudang: {v}",
    "backup": "Frasa sandi backup: {v}", "temp": "Sandi sementara antuk {who}: {v} \u2014 gentosin sesampun login",
    "token": "Token {prov} anggen deploy: {v}", "revoked": "Token {prov} puniki sampun kacabut, nanging niki ipun: {v}",
    "rot_old": "Sandi lami {v} sampun ten kaanggen malih.", "rot_new": "Sane anyar sampun kasimpen ring {ref}",
    "uri": "String koneksi database: {v}", "cli": "Jalanang puniki: {v}", "pair": "Key ID lan secret-nyane:",
    "nopaste": "Sampunang tempel kata sandi ring grup niki nggih \U0001F64F anggen vault.",
    "policy": "Kata sandi, token miwah kunci pribadi sampunang katulis ring wiki puniki; simpen ring vault.",
    "masked": "Ring log token-e sampun kasamarang: {v}", "ref": "Kata sandi database wenten ring {v}",
    "ph": "Ring file conto, gentos {v} antuk sandi ragane.", "checksum": "Checksum SHA-256 firmware: {v}",
    "commit": "Sampun kaperbaiki ring commit {v}", "ticket": "Nomer tiket support: {v}",
    "hash": "Hash sane kasimpen ring database: {v}", "example": "Niki wantah conto saking dokumentasi: {v}",
    "nph": "<kata-sandi-ragane>",
    "i18n": ["Kata sandi", "Cingakin kata sandi", "Engsap kata sandi?", "Ketik PIN", "Kode lawang"],
}

_TAQ = {
    "hello": ["Azul, mani eɣef-nnawen?", "Alxer ɣas, tanemmert.", "Nak ɣur ehan, ad-d-aseɣ tufat.",
              "Alɣamen ewaḍen-d [Agadez] ašikel-a.", "Tamazzagt n [GPS] tella tufat.", "Tanemmert ijjen."],
    "pw": ["awal uffir n [{sys}]: {v}", "Awal uffir wa: {v}", "Ag [login] s \u00ab{v}\u00bb ɣur [{sys}].",
           "Awal uffir amaynu n [{sys}] \u2192 {v}"],
    "below": "Awal uffir n [{sys}] daw-as:", "ask": "Ma d awal uffir n [{sys}]?",
    "wifi": "[Wi-Fi {ssid}], awal uffir {v}", "door": "[code] n imi n {place}: {v}", "alarm": "[PIN] n [alarm]: {v}",
    "backup": "[passphrase] n [backup]: {v}", "temp": "Awal uffir n tallit i {who}: {v}",
    "token": "[token {prov}] i [deploy]: {v}", "revoked": "[token {prov}] wa [revoked], mišan ɣas: {v}",
    "rot_old": "Awal uffir aqdim {v} ur t-illa.", "rot_new": "Amaynu ɣur {ref}",
    "uri": "[connection string]: {v}", "cli": "Ag wa: {v}", "pair": "[key ID] d [secret]:",
    "nopaste": "Wər d-tagim awal uffir dax-as, ag [vault].",
    "policy": "Awal uffir d [token] d tasarut ur ttili dax [wiki] wa; ag-tan dax [vault].",
    "masked": "[log] isakna ɣas {v}", "ref": "Awal uffir n [database] ɣur {v}", "ph": "Semmet {v} s awal uffir-nnek.",
    "checksum": "[checksum SHA-256]: {v}", "commit": "Iṣṣewaɣ dax [commit] {v}", "ticket": "[ticket] n [support]: {v}",
    "hash": "[hash] wa: {v}", "example": "Wa [example] n [docs]: {v}",
    "i18n": ["awal uffir", "sekn awal uffir", "tettud awal uffir?", "[PIN]", "[code] n imi"],
}
TAQ = {k: (tif(v) if isinstance(v, str) else [tif(x) for x in v]) for k, v in _TAQ.items()}
TAQ.update({"name": "Tamasheq", "q": ("\u00ab", "\u00bb"), "nph": "<ⴰⵡⴰⵍ-ⵓⴼⴼⵉⵔ>"})

LKT = {
    "name": "Lakota", "q": ("\u201e", "\u201c"),
    "hello": ["Háu kȟolá!", "Philámayaye.", "Tókheškhe yaúŋ he?", "Waŋží líla wašté.", "Ápȟetu kiŋ lé líla osní.",
              "Toksʼá akhé waŋčhíŋyaŋkiŋ kte."],
    "pw": ["{sys} password kiŋ lé: {v}", "Password kiŋ hé \u201e{v}\u201c, {sys} étaŋ.", "{sys} login: admin / {v}",
           "Password téča {sys} \u2192 {v}"],
    "below": "{sys} password kiŋ ektá khúta:", "ask": "{sys} password kiŋ táku he?",
    "wifi": "Wi-Fi {ssid}, password kiŋ {v}", "door": "Thiyópa code kiŋ ({place}): {v}", "alarm": "Alarm PIN kiŋ: {v}",
    "backup": "Backup passphrase kiŋ: {v}", "temp": "{who} tȟawá password aŋpétu lé: {v}",
    "token": "{prov} token kiŋ deploy étaŋ: {v}", "revoked": "{prov} token lé wičháwakȟuŋ (revoked), éyaš lé: {v}",
    "rot_old": "Password ehánni kiŋ {v} — waŋnú úŋpi šni.", "rot_new": "Téča kiŋ {ref} ektá yaŋké.",
    "uri": "Connection string kiŋ: {v}", "cli": "Lé ečhúŋ: {v}", "pair": "Key ID na secret kiŋ:",
    "nopaste": "Password etáŋ lé él ayústaŋ po — vault úŋpo.",
    "policy": "Password, token na private key kiŋ wiki lé él owápi šni; vault ektá yuhápi.",
    "masked": "Log kiŋ {v} ečéla wíyaye.", "ref": "Database password kiŋ {v} ektá yaŋké.",
    "ph": "{v} kiŋ nitȟáwa password ú.", "checksum": "Firmware SHA-256 kiŋ: {v}", "commit": "Commit {v} ektá yuécetu.",
    "ticket": "Support ticket kiŋ: {v}", "hash": "Hash kiŋ: {v}", "example": "Docs kiŋ lé example úŋpi: {v}",
    "nph": "<nitȟáwa-password>",
    "i18n": ["Password", "Password wíyaye", "Password kiŋ akíktuŋža he?", "PIN ówa", "Thiyópa code"],
}

MOH = {
    "name": "Mohawk", "q": ("\u201c", "\u201d"),
    "hello": ["Shé:kon sewakwé:kon!", "Niá:wen kowá.", "Oh naho'tèn:'a?", "Hen, wakatshennón:ni.", "Ó:nen ki' wáhi.",
              "Ó:nen tentsitewatkáhtho."],
    "pw": ["Ne {sys} password: {v}", "Niá:wen! Ne password \u201c{v}\u201d ne {sys}.", "{sys} login: admin / {v}",
           "Ne áse password {sys} \u2192 {v}"],
    "below": "Ne {sys} password ne ohén:ton:", "ask": "Oh nahò:ten ne {sys} password?",
    "wifi": "Wi-Fi {ssid}, ne password {v}", "door": "Kanhó:hon code ({place}): {v}", "alarm": "Alarm PIN: {v}",
    "backup": "Backup passphrase: {v}", "temp": "Ne {who} áhsen nikahwístake password: {v}",
    "token": "Ne {prov} token tsi deploy: {v}", "revoked": "Ne {prov} token revoked ó:nen, nek tsi ne: {v}",
    "rot_old": "Ne tsi rón:ne password {v} iah teiotòn:'on.", "rot_new": "Ne áse {ref} nón:we.",
    "uri": "Connection string: {v}", "cli": "Sátshiahre: {v}", "pair": "Key ID tánon secret:",
    "nopaste": "Tóhsa passwords ne kén:tho, vault sahthén:ti.",
    "policy": "Passwords, tokens tánon private keys iah nowén:ton wiki kén:tho; vault nón:we.",
    "masked": "Ne log ronká:ronte {v}", "ref": "Ne database password {v} nón:we.", "ph": "Sasténhsa {v} ne sa'password.",
    "checksum": "Firmware SHA-256: {v}", "commit": "Commit {v} tsi wa'thón:ni.", "ticket": "Support ticket: {v}",
    "hash": "Hash: {v}", "example": "Ne docs example: {v}", "nph": "<sa'password>",
    "i18n": ["Password", "Satkáhtho password", "Sanehiá:ron ne password?", "PIN sará:tat", "Kanhó:hon code"],
}

ESU = {
    "name": "Central Yup'ik", "q": ("\u201c", "\u201d"),
    "hello": ["Waqaa!", "Quyana cakneq.", "Cangacit?", "Assirtua, quyana.", "Unuaqu kennel-aami ellivkarciqua.",
              "Tua-i-ngunrituq."],
    "pw": ["Una {sys} password-aq: {v}", "{sys} password-aa \u201c{v}\u201d.", "{sys} login: admin / {v}",
           "Password nutaraq {sys}-mun \u2192 {v}"],
    "below": "{sys} password-aa ketmi:", "ask": "Ca {sys} password-aa?",
    "wifi": "Wi-Fi {ssid}, password-aa {v}", "door": "Amiim code-aa ({place}): {v}", "alarm": "Alarm PIN-aa: {v}",
    "backup": "Backup passphrase-aa: {v}", "temp": "{who}-mun password caqerpak: {v}",
    "token": "{prov} token deploy-mun: {v}", "revoked": "{prov} token una revoked-aarpuq, taugaam una: {v}",
    "rot_old": "Password ak'allaq {v} atuqenrituq.", "rot_new": "Nutaraq {ref}-mi et'uq.",
    "uri": "Connection string: {v}", "cli": "Una pikiu: {v}", "pair": "Key ID-aa secret-aa-llu:",
    "nopaste": "Password-anek maavet igausnguq, vault atuqiu.",
    "policy": "Password-at, token-at private key-at-llu wiki-mi igaucimaituut; vault-mi elliluki.",
    "masked": "Log-aam tangvagaa {v}", "ref": "Database password-aa {v}-mi et'uq.", "ph": "{v} cimirru password-evnek.",
    "checksum": "Firmware SHA-256: {v}", "commit": "Commit {v}-mi assiriutaa.", "ticket": "Support ticket: {v}",
    "hash": "Hash: {v}", "example": "Docs-aam example-aa: {v}", "nph": "<password-en>",
    "i18n": ["Password", "Password tangerru", "Password-en nalluyagucan?", "PIN igausgu", "Amiim code-aa"],
}
