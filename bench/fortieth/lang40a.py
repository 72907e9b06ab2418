"""Words and sentence frames: English, Tai Nüa, Ho, Makassarese, Magahi, Tagbanwa.

Frames for the new-script languages are ASCII romanisations rendered by script40.render; <native|roman> marks
code-switching that is kept as written; {v} is the value, {s} a system, {p} a place, {w} an SSID, {n} a person,
{id} the key ID of a pair.  'pair' frames are two lines separated by ' ¶ '."""

KEYS = ("pw_colon pw_quote pw_is pw_paren pw_dash pw_trail pw_use pw_cs1 pw_cs2 pw_below q_pw q_door wifi1 wifi2 "
        "door1 door2 alarm1 alarm2 backup1 backup2 temp1 temp2 token1 token2 revoked1 revoked2 rotated1 rotated2 "
        "conn cmd pair").split()
NEG_KEYS = "neg_masked neg_ref neg_placeholder neg_hash neg_ticket neg_public".split()


def parse(block):
    out = {}
    for ln in block.strip().splitlines():
        k, _, v = ln.strip().partition("|")
        out[k] = tuple(v.split(" ¶ ")) if k == "pair" else v
    missing = [k for k in KEYS + NEG_KEYS if k not in out]
    if missing:
        raise ValueError("frames missing: %s" % missing)
    return out


EN = dict(code="en", name="English", script="latin", roman=0.0, fold=0.0, digits=None,
          words=dict(password="password", door="door code", wifi="Wi-Fi key", alarm="alarm PIN",
                     backup="backup passphrase", temp="temporary password"),
          native=["lantern", "harbour", "thistle", "meadow", "granite"],
          frames=parse("""
pw_colon|{s} password: {v}
pw_quote|the {s} login is "{v}"
pw_is|password for {s} is {v}
pw_paren|logged into {s} (password {v}) and restarted the service
pw_dash|{s} – {v}
pw_trail|{s} password {v} until Friday, then I'll change it
pw_use|use {v} for {s}
pw_cs1|pw for {s}: {v} btw
pw_cs2|creds for {s} → {v}, don't forward this
pw_below|password for {s} below:
q_pw|what's the {s} password again?
q_door|door code for {p}?
wifi1|wifi {w}, key {v}
wifi2|the {w} password is {v}
door1|door code at {p} is {v}
door2|{p} keypad: {v}
alarm1|alarm PIN {v}
alarm2|to disarm the alarm at {p} type {v}
backup1|backup passphrase: {v}
backup2|the backup phrase for {s} is "{v}"
temp1|temporary password for {n}: {v}
temp2|I reset {n}'s login, temp password {v}, change it on first login
token1|{s} token: {v}
token2|new API key for {s} is {v}
revoked1|this key is revoked now: {v}
revoked2|old {s} token {v} – revoked this morning
rotated1|rotated the {s} password, the old one was {v}
rotated2|changed {s} again; previous password {v}
conn|connect with {v}
cmd|run this: {v}
pair|{s} key id: {id} ¶ secret: {v}
neg_masked|the {s} token is {v}, full value is in the vault
neg_ref|the password is in {v}
neg_placeholder|in the template put {v} where the password goes
neg_hash|stored hash: {v}
neg_ticket|see ticket {v}
neg_public|this one is public, fine to share: {v}
"""),
          talk=["morning all", "running ten minutes late, start without me", "did the courier come yet?",
                "I'll be at {p} after lunch"],
          thanks=["thanks!", "cheers, got it"],
          policy="Never paste passwords or keys into chat or tickets; use the team vault.")

TDD = dict(code="tdd", name="Tai Nüa", script="taile", roman=0.3, fold=0.0, digits=None,
           words=dict(password="kam2 lap4", door="lek2 pak4 tu1", wifi="kam2 lap4 wifi", alarm="lek2 alarm",
                      backup="kam2 lap4 kep4", temp="kam2 lap4 tsua6"),
           native=["hom", "tsang", "mak", "lueng", "hong"],
           frames=parse("""
pw_colon|kam2 lap4 {s}: {v}
pw_quote|kam2 lap4 {s} pen2 “{v}”
pw_is|kam2 lap4 khaue3 {s} pen2 {v}
pw_paren|kau2 khaue3 {s} leo4 (kam2 lap4 {v}) leo4 het4 mai5
pw_dash|{s} — {v}
pw_trail|kam2 lap4 {s} {v} tsai3 taue2 van2 suk4, lang2 kau2 lian2
pw_use|tsai3 {v} haue2 {s}
pw_cs1|<{s}的密码是|{s} de mima shi> {v}
pw_cs2|kam2 lap4 {s} <是|shi> {v}, <别告诉别人|bie gaosu bieren>
pw_below|kam2 lap4 {s} yoo4 taue3 ni4:
q_pw|kam2 lap4 {s} pen2 sang2 yaue?
q_door|lek2 pak4 tu1 {p} pen2 sang2?
wifi1|wifi {w}, kam2 lap4: {v}
wifi2|<无线密码|wuxian mima> {w}: {v}
door1|lek2 pak4 tu1 {p} pen2 {v}
door2|pak4 tu1 {p}: nep4 {v}
alarm1|lek2 alarm: {v}
alarm2|pit4 alarm {p}, nep4 {v}
backup1|kam2 lap4 kep4: {v}
backup2|kam2 lap4 kep4 khaue3 {s} pen2 “{v}”
temp1|kam2 lap4 tsua6 haue2 {n}: {v}
temp2|kau2 het4 login {n} mai5 leo4, <临时密码|linshi mima> {v}, khaue3 thi1 nueng4 lian2 leo4
token1|token {s}: {v}
token2|API key mai5 {s} pen2 {v}
revoked1|token ni4 <作废了|zuofei le>: {v}
revoked2|token kau4 {s} {v} — yok4 leo4
rotated1|kau2 lian2 kam2 lap4 {s} leo4, an1 kau4 pen2 {v}
rotated2|{s} lian2 ik4; kam2 lap4 kau4 {v}
conn|<连接串|lianjie chuan>: {v}
cmd|het4 an1 ni4: {v}
pair|{s} key id: {id} ¶ secret: {v}
neg_masked|token {s} pen2 {v}, an1 tem2 yoo4 vault
neg_ref|kam2 lap4 yoo4 {v}
neg_placeholder|template tsai3 {v}, yaa4 sai2 kam2 lap4 tae2
neg_hash|hash: {v}
neg_ticket|ticket {v}
neg_public|an1 ni4 pen2 public key, pok4 kon2 ko4 dai3: {v}
"""),
           talk=["mai1 su1! van2 ni4 tat4 ya4 hom lai2", "fon1 tok3 mua1 ni4, yaa4 pai1 {p}",
                 "nam2 man2 hom tem2 thang2 leo4", "<明天{p}有集市|mingtian {p} you jishi>"],
           thanks=["<谢谢|xiexie>!", "yin2 li4 lai2"],
           policy="yaa4 sai2 kam2 lap4 nai2 chat, tsai3 vault.")

HOC = dict(code="hoc", name="Ho", script="warang", roman=0.4, fold=0.0, digits="warang",
           words=dict(password="uku kaji", door="duar nambar", wifi="wifi uku kaji", alarm="alarm nambar",
                      backup="backup uku kaji", temp="tising-ak uku kaji"),
           native=["matkom", "sarjom", "buru", "hatu", "sirma"],
           frames=parse("""
pw_colon|{s} uku kaji: {v}
pw_quote|{s} reak uku kaji “{v}” tana
pw_is|{s} reak uku kaji do {v}
pw_paren|{s} ing laga keda (uku kaji {v}) ar nawa chalu keda
pw_dash|{s} — {v}
pw_trail|{s} uku kaji {v} sukurar hapae, ente ing bodolea
pw_use|{s} lagit {v} beborme
pw_cs1|<{s} ପାସୱାର୍ଡ|{s} password> {v}
pw_cs2|{s} uku kaji {v}, <କାହାକୁ କୁହନ୍ତୁ ନାହିଁ|kahaku kuhantu nahin>
pw_below|{s} reak uku kaji latar re:
q_pw|{s} reak uku kaji chikana?
q_door|{p} duar nambar chikana?
wifi1|wifi {w} uku kaji: {v}
wifi2|{w} <ୱାଇଫାଇ ପାସୱାର୍ଡ|wifi password> {v}
door1|{p} duar nambar do {v}
door2|{p} duar: {v} tipi me
alarm1|alarm nambar: {v}
alarm2|{p} alarm bandim lagit {v} tipi me
backup1|backup uku kaji: {v}
backup2|{s} backup uku kaji “{v}”
temp1|{n} lagit tising-ak uku kaji: {v}
temp2|{n} reak login nawa keda, tising-ak uku kaji {v}, sida login re bodolme
token1|{s} token: {v}
token2|{s} reak nawa API key do {v}
revoked1|nea token do bando keda: {v}
revoked2|{s} reak maraa token {v} — <ବନ୍ଦ କରାଗଲା|band karagala>
rotated1|{s} uku kaji bodol keda, maraa do {v} tai kena
rotated2|{s} maraa uku kaji {v}, nawa do vault re
conn|connection string: {v}
cmd|nea chalao me: {v}
pair|{s} key id: {id} ¶ secret: {v}
neg_masked|{s} token {v}, sanam do vault re menaa
neg_ref|uku kaji {v} re menaa
neg_placeholder|template re {v} olme, sari uku kaji alom
neg_hash|hash do {v}
neg_ticket|ticket {v}
neg_public|nea public key kana, sanam hoko nela dayea: {v}
"""),
           talk=["johar sanam hoko!", "tising matkom sanging hoba", "gapa {p} re mit hoba",
                 "dah ka hijuk tana, gari late"],
           thanks=["<ଧନ୍ୟବାଦ|dhanyabad>!", "sarhao, ing nam keda"],
           policy="chat re uku kaji alom olea, vault beborme.")

MAK = dict(code="mak", name="Makassarese", script="makasar", roman=0.45, fold=0.0, digits=None,
           words=dict(password="kana rahasia", door="kode pakkebu", wifi="kana rahasia wifi", alarm="PIN alaram",
                      backup="kana rahasia cadangan", temp="kana rahasia sementara"),
           native=["lopi", "tamparang", "bulang", "bintoeng", "juku"],
           frames=parse("""
pw_colon|kana rahasia {s}: {v}
pw_quote|kana rahasiana {s} iamintu “{v}”
pw_is|kana rahasiana {s} iami {v}
pw_paren|le'baki kubuka {s} (kana rahasia {v}) nampa kupammula poleang
pw_dash|{s} — {v}
pw_trail|kana rahasia {s} {v} sa'genna Jumaka, nampa kugantii
pw_use|pakei {v} untu' {s}
pw_cs1|<password {s} adalah> {v}
pw_cs2|kana rahasia {s} {v}, <jangan kasih tahu siapa-siapa>
pw_below|kana rahasiana {s} ri rawa:
q_pw|apa kana rahasiana {s}?
q_door|apa kode pakkebu ri {p}?
wifi1|wifi {w}, kana rahasiana: {v}
wifi2|<kata sandi wifi> {w}: {v}
door1|kode pakkebu ri {p} iami {v}
door2|pakkebu {p}: tekang {v}
alarm1|PIN alaram: {v}
alarm2|untu' amatei alaram ri {p}, tekang {v}
backup1|kana rahasia cadangan: {v}
backup2|kana rahasia cadangan {s} iamintu “{v}”
temp1|kana rahasia sementara untu' {n}: {v}
temp2|kureset login {n}, <password sementara> {v}, gantii ri login uru
token1|token {s}: {v}
token2|API key beru {s} iami {v}
revoked1|anne token le'baki <dicabut>: {v}
revoked2|token toana {s} {v} — le'baki nicabut
rotated1|kugantimi kana rahasiana {s}, toana iamintu {v}
rotated2|{s} nigantimi poleang; kana rahasia toana {v}
conn|<string koneksi>: {v}
cmd|pajalangi anne: {v}
pair|key id {s}: {id} ¶ secret: {v}
neg_masked|token {s} {v}, lengkapna niaki ri vault
neg_ref|kana rahasiana niaki ri {v}
neg_placeholder|ri template pakei {v}, teako pantamai kana rahasia asli
neg_hash|hash: {v}
neg_ticket|tiket {v}
neg_public|anne public key, baji ji nipakasingara: {v}
"""),
           talk=["tabe', la'busuki bagang ri bangngi?", "je'ne' tamparang teai baji kamma anne",
                 "juku'na jai ri bangngi ri {p}", "sallang kibattu ri pasara' lelang"],
           thanks=["tarima kasi'!", "<makasih banyak>"],
           policy="teako pasangi kana rahasia ri chat; pakei vault.")

MAG = dict(code="mag", name="Magahi", script="kaithi", roman=0.35, fold=0.0, digits="devanagari",
           words=dict(password="gupt shabd", door="kewaaRii kod", wifi="wifi ke gupt shabd", alarm="alarm pin",
                      backup="backup ke gupt vaakya", temp="kachcha gupt shabd"),
           native=["tilkut", "khaaja", "anarsa", "suruj", "phalgu"],
           frames=parse("""
pw_colon|{s} ke gupt shabd: {v}
pw_quote|{s} ke gupt shabd “{v}” hau
pw_is|{s} ke gupt shabd hau {v}
pw_paren|ham {s} khol deliyau (gupt shabd {v}) aa phin chaalu kaile
pw_dash|{s} — {v}
pw_trail|{s} ke gupt shabd {v} shukra tak chalatau, oke baad badal dem
pw_use|{s} laagi {v} lagaawa
pw_cs1|<{s} का पासवर्ड|{s} ka password> {v}
pw_cs2|{s} ke gupt shabd {v} hau, <किसी को मत बताना|kisi ko mat batana>
pw_below|{s} ke gupt shabd niiche hau:
q_pw|{s} ke gupt shabd ka hau?
q_door|{p} ke kewaaRii kod ka hau?
wifi1|wifi {w} ke gupt shabd: {v}
wifi2|<वाईफाई पासवर्ड|wifi password> {w}: {v}
door1|{p} ke kewaaRii kod {v} hau
door2|{p} kewaaRii: {v} dabaawa
alarm1|alarm pin: {v}
alarm2|{p} ke alarm band kare laagi {v} dabaawa
backup1|backup ke gupt vaakya: {v}
backup2|{s} ke backup vaakya “{v}” hau
temp1|{n} laagi kachcha gupt shabd: {v}
temp2|{n} ke login nayaa kar deliyau, kachcha gupt shabd {v}, pahile login mein badal lihaa
token1|{s} token: {v}
token2|{s} ke nayaa API key {v} hau
revoked1|ii token band ho gelau: {v}
revoked2|{s} ke puraanaa token {v} — <रद्द कर दिया|radd kar diya>
rotated1|{s} ke gupt shabd badal deliyau, puraanaa {v} halau
rotated2|{s} phin badlal; pichhlaa gupt shabd {v}
conn|connection string: {v}
cmd|ii chalaawa: {v}
pair|{s} key id: {id} ¶ secret: {v}
neg_masked|{s} token {v} hau, puuraa vault mein
neg_ref|gupt shabd {v} mein rakhal hau
neg_placeholder|template mein {v} likhaa, asli gupt shabd nai
neg_hash|hash: {v}
neg_ticket|ticket {v}
neg_public|ii public key hau, sab dekh sakau hai: {v}
"""),
           talk=["aaj bhaTThii mein til bhuunal jaa rahal hau", "sankraanti ke order bahut aayal hau",
                 "gur ke daam phin baRh gelau", "saanjh ke {p} waalaa dukaan jaldii band hotau"],
           thanks=["<धन्यवाद|dhanyavaad>!", "bahut badhiyaa, sukriyaa"],
           policy="chat mein gupt shabd mat likhaa, vault ke istemaal karaa.")

TBW = dict(code="tbw", name="Tagbanwa", script="tagbanwa", roman=0.45, fold=0.0, digits=None,
           words=dict(password="pulung lihim", door="kodigo sa pinto", wifi="pulung sa wifi", alarm="PIN sa alarma",
                      backup="pulung lihim sa backup", temp="pulung lihim na temporaryo"),
           native=["almasiga", "bulan", "bukid", "dagat", "tubig"],
           frames=parse("""
pw_colon|pulung lihim sa {s}: {v}
pw_quote|ang pulung lihim sa {s} ay “{v}”
pw_is|pulung lihim sa {s} ya {v}
pw_paren|nabuksan ku ang {s} (pulung lihim {v}) kag gin-restart ku
pw_dash|{s} — {v}
pw_trail|pulung lihim sa {s} {v} hanggang Biyernes pa, dayun ilisan ku
pw_use|gamita ang {v} para sa {s}
pw_cs1|<yung password ng {s} ay> {v}
pw_cs2|pulung lihim sa {s} {v}, <huwag mong ipagsabi>
pw_below|pulung lihim sa {s} sa ubos:
q_pw|unu ang pulung lihim sa {s}?
q_door|unu ang kodigo sa pinto sa {p}?
wifi1|wifi {w}, pulung: {v}
wifi2|<password ng wifi na> {w}: {v}
door1|kodigo sa pinto sa {p} ya {v}
door2|pinto sa {p}: pinduta ang {v}
alarm1|PIN sa alarma: {v}
alarm2|para patayun ang alarma sa {p}, pinduta {v}
backup1|pulung lihim sa backup: {v}
backup2|pulung lihim sa backup sa {s} ay “{v}”
temp1|pulung lihim na temporaryo para kay {n}: {v}
temp2|gin-reset ku ang login ni {n}, <temporary password> {v}, ilisan sa una nga login
token1|token sa {s}: {v}
token2|bag-ung API key sa {s} ya {v}
revoked1|ining token <na-revoke na>: {v}
revoked2|daan nga token sa {s} {v} — ginbawi na
rotated1|ginilisan ku ang pulung lihim sa {s}, ang daan ya {v}
rotated2|{s} ginilisan liwat; daan nga pulung lihim {v}
conn|connection string: {v}
cmd|padalagana ini: {v}
pair|key id sa {s}: {id} ¶ secret: {v}
neg_masked|token sa {s} ya {v}, kumpleto sa vault
neg_ref|ang pulung lihim ara sa {v}
neg_placeholder|sa template ibutang {v}, indi ang tinuud nga pulung
neg_hash|hash: {v}
neg_ticket|ticket {v}
neg_public|ini public key, puwidi ipakita sa tanan: {v}
"""),
           talk=["madamu ang almasiga sa bukid karun", "ulan pa sa {p}, indi makapanaug ang trak",
                 "nagtaas ang presyo sa resin", "mamayang hapon ang bayad sa mga tapper"],
           thanks=["salamat gid!", "<salamat po>"],
           policy="ayaw ibutang ang pulung lihim sa chat; gamita ang vault.")

LANGS_A = {"en": EN, "tdd": TDD, "hoc": HOC, "mak": MAK, "mag": MAG, "tbw": TBW}
