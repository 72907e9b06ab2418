"""Phrasing for Dogri, Tai Lue, Chavacano, Atayal and Maasai (thirty-eighth corpus).

Frames are "type|template" lines. {v} is the value, {id} a pair's identifier; {sys} {to} {place} {ssid} {prov}
come from the theme. Text is romanised here; ⟦…⟧ is copied as it is (code-switching), the rest goes through the
language's script renderer.
"""

DGO = dict(
    code="dgo", name="Dogri", script="devanagari", rom_share=0.3, alt_script="takri", alt_share=0.15,
    digits="devanagari", quotes=("\u201c", "\u201d"),
    words=dict(pw="paasvar_D", door="darvaaze daa kooD", wifi="vaaii-faaii chaabii", alarm="alaarm pin",
               backup="baikap gup_t vaak_y", temp="aarzii paasvar_D"),
    thanks=["shuk_riyaa jii", "bahut shuk_riyaa", "dhanvaad"],
    small=["aj_j raajmaaM dii graiDiMg chaldii ai", "trak kal_l aaug_g", "chaah piige aaunde aaM", "meeMh pevaa kardaa ai",
           "mein mandii ch aaM", "Theek ai jii", "haaM jii", "Theek, dekhde aaM"],
    placeholder="<paasvar_D-ithe-likho>",
    policy="kir_paa karii ithe paasvar_D neiiM paaio",
    i18n=dict(pw="paasvar_D", pin="pin kooD", door="darvaaze daa kooD", wifi="vaaii-faaii paasvar_D",
              forgot="paasvar_D bhul_l gaa?", user="yuuzar naaM", login="loggin karo"),
    frames="""
pw|{sys} daa paasvar_D: {v}
pw|{to} jii, {sys} daa paasvar_D “{v}” ai
pw|paasvar_D {v} ai, kisee gii neiiM dassyo
pw|{sys} (paasvar_D {v})
pw|{sys} — {v}
pw|{v} ai {sys} daa navaaM paasvar_D, kisee kan_ne neiiM jaanaa chaahidaa
pw|{sys} leii {v} varto
pw|⟦login⟧ {sys}, ⟦pass⟧ {v}
pw|paasvar_D hai {v}, yaad rakh_naa
below|{sys} daa paasvar_D heThaa ai:
ask|{sys} daa paasvar_D kii ai?
ask|koii {sys} daa paasvar_D dassii sakdaa?
wifi|vaaii-faaii {ssid}: {v}
wifi|{ssid} dii chaabii {v} ai
wifi|vaaii-faaii daa paasvar_D “{v}”
door|{place} de darvaaze daa kooD {v} ai
door|{place} daa kooD: {v}
door|darvaazaa {v} naal khuldaa ai
alarm|alaarm pin {v}, baahar jaande veleM laaii deyo
alarm|alaarm daa kooD: {v}
backup|baikap daa gup_t vaak_y: {v}
backup|baikap leii ehe shabad: {v}
temp|{to} aas_te aarzii paasvar_D: {v} (pahle loggin par badlo)
temp|{to}, tuMdaa aarzii paasvar_D {v} ai
token|{prov} ⟦token⟧: {v}
token|{prov} ⟦API key⟧ ehe ai {v}
token|{sys} aas_te ⟦token⟧ — {v}
revoked|ehe ⟦token⟧ band karii ditaa gayaa: {v}
revoked|puraanaa ⟦key⟧ {v} hun neiiM chaldaa
rotated|puraanaa paasvar_D {v} haa, navaaM vaal_T ch ai
rotated|{sys} daa paasvar_D badlii ditaa, puraanaa {v} haa
uri|{sys} kanekshan: {v}
uri|ehe ⟦URL⟧ varto: {v}
cmd|ehe kamaanD chalaao: {v}
pair|⟦ID⟧: {id}|⟦secret⟧: {v}
masked|⟦token⟧ de aakhrii ak_khar: {v}
ref|paasvar_D ithe ai: {v}
placeholder|phaaram ch {v} likho
hash|ehe sirf chaiksam ai: {v}
uuid|⟦ticket⟧ nambar {v}
public|ehe khullii chaabii ai, gup_t neiiM: {v}
""")

KHB = dict(
    code="khb", name="Tai Lue", script="taile", rom_share=0.3, digits="taile", quotes=("\u300c", "\u300d"),
    words=dict(pw="la-hat", door="la-hat pak-tu", wifi="la-hat wai-fai", alarm="la-hat tsueng-hot",
               backup="kham-lap kep-wai", temp="la-hat suea-khao"),
    thanks=["yin-dii2 naa", "yin-dii2 laai", "⟦谢谢⟧"],
    small=["mue-nii tsaa-khaao dii", "hoen-tsaa fon tok", "paai-laeng tsa pai muang", "⟦好的⟧", "tsao", "⟦收到⟧",
           "kin khao yang", "baw pen-nyang"],
    placeholder="<la-hat-sai-nii>",
    policy="ka-lu-naa yaa sai la-hat nai kum nii",
    i18n=dict(pw="la-hat", pin="la-hat pin", door="la-hat pak-tu", wifi="la-hat wai-fai",
              forgot="luem la-hat", user="tsue", login="khao la-bop"),
    frames="""
pw|{sys} la-hat: {v}
pw|{to}, la-hat {sys} pen 「{v}」
pw|la-hat pen {v}, yaa baok phai
pw|{sys} (la-hat {v})
pw|{sys} — {v}
pw|{v} pen la-hat mai {sys}, tsa baok phai baw dai
pw|sai {v} khao {sys}
pw|{sys} ⟦密码⟧ {v}
pw|⟦账号⟧ {sys} ⟦密码⟧：{v}
below|la-hat {sys} yu tai nii:
ask|la-hat {sys} pen nyang?
ask|phai hu la-hat {sys}?
wifi|wai-fai {ssid}: {v}
wifi|{ssid} ⟦密码⟧ {v}
wifi|la-hat wai-fai 「{v}」
door|la-hat pak-tu {place}: {v}
door|{place} ⟦门禁密码⟧ {v}
door|pak-tu poed duai {v}
alarm|la-hat tsueng-hot {v}, ok pai tsa pit
alarm|⟦报警密码⟧：{v}
backup|kham-lap kep-wai: {v}
backup|⟦备份密码⟧ {v}
temp|{to} la-hat suea-khao: {v}
temp|{to}, ⟦临时密码⟧ {v}
token|{prov} ⟦token⟧: {v}
token|{prov} ⟦API key⟧ pen {v}
token|{sys} ⟦token⟧ — {v}
revoked|⟦token⟧ nii pit laeo: {v}
revoked|⟦key⟧ kao {v} sai baw dai laeo
rotated|la-hat kao {v}, la-hat mai yu nai ⟦vault⟧
rotated|{sys} pian la-hat laeo, kao pen {v}
uri|{sys} ⟦连接⟧: {v}
uri|sai ⟦URL⟧ nii: {v}
cmd|⟦命令⟧: {v}
pair|⟦ID⟧: {id}|⟦secret⟧: {v}
masked|⟦token⟧ tsuea laang: {v}
ref|la-hat yu tii nii: {v}
placeholder|taem {v} nai faom
hash|nii pen ⟦checksum⟧ thao-nan: {v}
uuid|⟦工单⟧ {v}
public|nii pen ⟦public key⟧, baw pen kham-lap: {v}
""")

CBK = dict(
    code="cbk", name="Chavacano", script="latin", rom_share=0.0, digits="ascii", quotes=("\u201c", "\u201d"),
    fold_share=0.25,
    words=dict(pw="el password", door="el code del puerta", wifi="el clave del wifi", alarm="el PIN del alarma",
               backup="el frase secreto del backup", temp="el password temporario"),
    thanks=["Gracias gayot", "Muchas gracias", "Salamat, gracias"],
    small=["Buenas dias kamo todo", "Ya llega ya el pescado na muelle", "Ta ulan ulan aqui na Recodo",
           "Ay come anay kame", "Si, ta trabaja ya", "Okey, ay mira yo", "Cosa man?", "Ya mira ya yo"],
    placeholder="<pone-aqui-el-password>",
    policy="Favor no pone password aqui na grupo",
    i18n=dict(pw="Contraseña", pin="Numero PIN", door="Code del puerta", wifi="Clave del wifi",
              forgot="Ya olvida tu el contraseña?", user="Nombre de usuario", login="Entra"),
    frames="""
pw|password del {sys}: {v}
pw|{to}, el password del {sys} es “{v}”
pw|el password {v}, no habla con ningunos
pw|{sys} (password {v})
pw|{sys} — {v}
pw|{v} el nuevo password del {sys}, no dale con otro gente
pw|usa {v} para el {sys}
pw|login na {sys}, ta cambia ya el contraseña: {v}
pw|password nito na {sys} {v} ha, ya cambia ya yo
below|el password del {sys} abajo:
ask|cosa el password del {sys}?
ask|quien sabe el password del {sys}?
wifi|wifi {ssid}: {v}
wifi|el clave del {ssid} es {v}
wifi|wifi password “{v}”
door|el code del puerta na {place} es {v}
door|code del {place}: {v}
door|ta abri el puerta con {v}
alarm|PIN del alarma {v}, pone antes de sali
alarm|alarma: {v}
backup|frase secreto del backup: {v}
backup|el frase para el backup: {v}
temp|password temporario para {to}: {v} (cambia despues del primero login)
temp|{to}, tu password temporario {v}
token|token del {prov}: {v}
token|el API key del {prov} es {v}
token|token para el {sys} — {v}
revoked|este token ya revoca ya: {v}
revoked|el viejo key {v} no sirve ya
rotated|el viejo password {v}, el nuevo ta na vault ya
rotated|ya cambia ya el password del {sys}, el viejo {v}
uri|conexion del {sys}: {v}
uri|usa este URL: {v}
cmd|corre este comando: {v}
pair|ID: {id}|secret: {v}
masked|el ultimo letra del token: {v}
ref|el password ta aqui: {v}
placeholder|pone {v} na formulario
hash|checksum lang este: {v}
uuid|ticket {v}
public|public key lang este, no secreto: {v}
""")

TAY = dict(
    code="tay", name="Atayal", script="latin", rom_share=0.0, digits="ascii", quotes=("\u300c", "\u300d"),
    fold_share=0.0,
    words=dict(pw="⟦密碼⟧", door="⟦門禁碼⟧", wifi="⟦Wi-Fi密碼⟧", alarm="⟦警報密碼⟧",
               backup="kinbahan na ⟦備份⟧", temp="⟦臨時密碼⟧"),
    thanks=["Mhuway su", "Mhuway simu balay", "Mhuway su balay"],
    small=["Lokah su", "Lokah simu", "ungat qwalax soni", "⟦好喔⟧", "ini ku baq", "aw, baq maku", "Nanu?",
           "musa ku cyux sa rgyax"],
    placeholder="<⟦密碼⟧-qani>",
    policy="Iyat pkyalun ⟦密碼⟧ sa qani",
    i18n=dict(pw="⟦密碼⟧", pin="⟦PIN碼⟧", door="⟦門禁碼⟧", wifi="⟦Wi-Fi密碼⟧", forgot="⟦忘記密碼⟧?",
              user="⟦帳號⟧", login="⟦登入⟧"),
    frames="""
pw|⟦密碼⟧ na {sys}: {v}
pw|{to}, ⟦密碼⟧ na {sys} ga 「{v}」
pw|⟦密碼⟧ ga {v}, iyat kyalun squ ru
pw|{sys} (⟦密碼⟧ {v})
pw|{sys} — {v}
pw|{v} ga ⟦新密碼⟧ na {sys}, iyat pkbaq squliq
pw|puqu {v} sa {sys}
pw|{sys} ⟦帳號密碼⟧ {v}
pw|⟦登入⟧ {sys} ⟦用⟧ {v}
below|⟦密碼⟧ na {sys} sa babaw:
ask|nanu ⟦密碼⟧ na {sys}?
ask|ima baq ⟦密碼⟧ na {sys}?
wifi|⟦Wi-Fi⟧ {ssid}: {v}
wifi|{ssid} ⟦密碼⟧ {v}
wifi|⟦Wi-Fi密碼⟧ 「{v}」
door|⟦門禁碼⟧ na {place}: {v}
door|{place} ⟦門禁⟧ {v}
door|pqasan ⟦開門⟧ {v}
alarm|⟦警報密碼⟧ {v}, musa su la ga pkyalu
alarm|⟦警報⟧: {v}
backup|kinbahan na ⟦備份⟧: {v}
backup|⟦備份密語⟧ {v}
temp|⟦臨時密碼⟧ na {to}: {v}
temp|{to}, ⟦臨時密碼⟧ {v}
token|{prov} ⟦token⟧: {v}
token|{prov} ⟦API key⟧ ga {v}
token|⟦token⟧ na {sys} — {v}
revoked|⟦token⟧ qani ⟦已撤銷⟧: {v}
revoked|⟦舊key⟧ {v} iyat ⟦能用⟧
rotated|⟦舊密碼⟧ {v}, ⟦新的在 vault⟧
rotated|{sys} ⟦密碼換了⟧, ⟦舊的⟧ {v}
uri|⟦連線⟧ na {sys}: {v}
uri|puqu ⟦URL⟧ qani: {v}
cmd|⟦指令⟧: {v}
pair|⟦ID⟧: {id}|⟦secret⟧: {v}
masked|⟦token末碼⟧: {v}
ref|⟦密碼⟧ sa qani: {v}
placeholder|⟦表單填⟧ {v}
hash|⟦只是 checksum⟧: {v}
uuid|⟦工單⟧ {v}
public|⟦公開金鑰⟧, iyat kinbahan: {v}
""")

MAS = dict(
    code="mas", name="Maasai", script="latin", rom_share=0.0, digits="ascii", quotes=("\u201c", "\u201d"),
    fold_share=0.0,
    words=dict(pw="nenosiri", door="namba e enkishomi", wifi="nenosiri e wifi", alarm="PIN e alarm",
               backup="ororei le siri e backup", temp="nenosiri naimin"),
    thanks=["Ashe oleng", "Ashe naleng", "Ashe, asante sana"],
    small=["Supa", "Sopa, iko?", "Ipa", "Enkiteng nairo etii", "Kebaiki, tuko sawa", "Eeh", "Aa, naata enkaji",
           "Ndio, nimeona"],
    placeholder="<nenosiri-ena-oo>",
    policy="Miisho nenosiri ena group, tafadhali",
    i18n=dict(pw="Nenosiri", pin="PIN", door="Namba e enkishomi", wifi="Nenosiri e Wi-Fi",
              forgot="Ilikimaa nenosiri?", user="Enkarna", login="Ingia"),
    frames="""
pw|nenosiri e {sys}: {v}
pw|{to}, nenosiri e {sys} ore “{v}”
pw|nenosiri ore {v}, miikoo ltungana
pw|{sys} (nenosiri {v})
pw|{sys} — {v}
pw|{v} ore nenosiri ai e {sys}, usimwambie mtu
pw|tumia {v} te {sys}
pw|login {sys}, password {v}
pw|nenosiri ya {sys} ni {v}
below|nenosiri e {sys} ena:
ask|kaji nenosiri e {sys}?
ask|nanu oyiolo nenosiri e {sys}?
wifi|wifi {ssid}: {v}
wifi|{ssid} nenosiri {v}
wifi|nenosiri e wifi “{v}”
door|namba e enkishomi te {place} ore {v}
door|{place} code: {v}
door|enkishomi ebolu {v}
alarm|PIN e alarm {v}, weka kabla ya kutoka
alarm|alarm: {v}
backup|ororei le siri e backup: {v}
backup|maneno ya siri ya backup: {v}
temp|nenosiri naimin te {to}: {v} (badilisha baadaye)
temp|{to}, nenosiri lino naimin {v}
token|{prov} token: {v}
token|API key e {prov} ore {v}
token|token te {sys} — {v}
revoked|token ena etaa revoked: {v}
revoked|key ai motonyi {v} mikiata eshomo
rotated|nenosiri motonyi {v}, oleng'ejuk etii vault
rotated|ebaiki nenosiri e {sys}, motonyi ore {v}
uri|connection e {sys}: {v}
uri|tumia URL hii: {v}
cmd|endoki command ena: {v}
pair|ID: {id}|secret: {v}
masked|token, nkiti naaji: {v}
ref|nenosiri etii ena: {v}
placeholder|andika {v} kwenye fomu
hash|checksum openy ena: {v}
uuid|ticket {v}
public|public key openy, mme siri: {v}
""")
