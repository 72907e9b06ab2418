"""Theme-specific files, part B: cattle-genetics, emc-lab, ham-radio-club, fishing-fleet, patent-office."""

import kit21 as K
import prov21
import vals21 as V

Q = '"\\'
YAML_BAD = "\"'\\#:{}[],&*?|<>=!%@` "
CALL = {"IS": "TF3", "HR": "9A3", "ID": "YB1"}


# ---------------------------------------------------------------- cattle-genetics
def cg_ln2(cx):
    d = cx.doc("cryo/ln2-gateway.cfg", crlf=True)
    a = cx.pw(forbid=" =#;")
    name, tok = cx.vendor_token(2)
    d.l("# LN2 dewar level gateway (cellular)", "APN=iot.%s" % cx.v["country"].lower(), "APN_USER=iot")
    d.s("APN_PASS=%s" % a, a, "password-apn")
    d.s("CLOUD_TOKEN=%s" % tok, tok, "vendor-token-fictional")
    K.neg(d, "IMEI={v}", cx.imei(), "id-imei")
    K.neg(d, "ICCID={v}", cx.iccid(), "id-iccid")
    d.l("REPORT_INTERVAL=600")


def cg_herdbook(cx):
    d = cx.doc("integrations/herdbook-client.yaml")
    cid, cs = "%s-genetics" % cx.v["short"], cx.rs(48, V.B64URL)
    d.l("herdbook:", "  base_url: https://api.herdbook.%s.example/v2" % cx.v["country"].lower(), "  oauth:")
    d.pair([("    client_id: %s" % cid, cid, "id"), ("    client_secret: %s" % cs, cs, "secret")],
           "pair-oauth-client", "generic")
    K.neg(d, "  organisation_number: '{v}'", V.rs(cx.rng, 9, V.DIG), "id-organisation")
    d.l("  scopes: [sires.read, inseminations.write]")


def cg_casa(cx):
    d = cx.doc("lab/casa-station.ini", crlf=True)
    p = cx.pw(forbid=" ;")
    lic = "-".join(V.rs(cx.rng, 4, V.UP + V.DIG) for _ in range(4))
    cx.reg.take(lic)
    d.l("[Database]", "Driver={ODBC Driver 18 for SQL Server}")
    d.s("ConnectionString=Server=%s;Database=CASA;Uid=casa;Pwd=%s;Encrypt=yes" % (cx.host("sql1"), p), p, "password-mssql")
    d.l("", "[License]")
    d.s("Key=%s" % lic, lic, "licence-key")
    d.l("", "[Microscope]")
    K.serial(d, cx, "Serial={v}", "CA")


# ---------------------------------------------------------------- emc-lab
def emc_automation(cx):
    d = cx.doc("automation/emc-suite.ini", crlf=True)
    p = cx.pw(forbid=" ;")
    name, tok = cx.vendor_token(1)
    d.l("[Instruments]", "Receiver=TCPIP0::%s::inst0::INSTR" % cx.host("er01"), "SigGen=GPIB0::19::INSTR")
    K.serial(d, cx, "ReceiverSerial={v}", "ER")
    d.l("", "[Database]", "Server=%s" % cx.host("sql1"), "User=emc_suite")
    d.s("Password=%s" % p, p, "password-mssql")
    d.l("", "[ReportServer]", "Url=https://reports.%s" % cx.v["domain"])
    d.s("ApiKey=%s" % tok, tok, "vendor-token-fictional")


def emc_chamber(cx):
    d = cx.doc("chambers/chamber2-controller.json")
    a, b = cx.pw(forbid=Q), cx.pw(forbid=Q)
    d.l("{", '  "controller": {', '    "host": "%s",' % cx.host("chamber2"))
    d.s('    "admin_password": "%s",' % a, a, "password-controller-admin")
    K.dig(d, cx, '    "firmware_sha256": "{v}"', "sha256")
    d.l("  },", '  "notified_body_portal": {', '    "user": "%s-lab",' % cx.v["short"])
    d.s('    "password": "%s"' % b, b, "password-portal")
    d.l("  }", "}")


def emc_portal(cx):
    d = cx.doc("portal/.env")
    s = cx.mixed(50)
    u = cx.upw()
    d.l("DJANGO_SETTINGS_MODULE=portal.settings.production")
    d.s("DJANGO_SECRET_KEY=%s" % s, s, "framework-secret-key")
    d.s("DATABASE_URL=postgres://portal:%s@%s:5432/portal" % (u, cx.host("db1")), u, "password-url")
    key = K.shape(cx, ok=lambda k: k in ("sendgrid", "mailgun", "mailchimp", "stripe-secret", "mollie", "xendit", "midtrans"))
    K.prov(d, cx, key, "%s={v}" % K.var_of(key))
    K.pub(d, cx, "stripe-publishable", "STRIPE_PUBLISHABLE_KEY={v}")


# ---------------------------------------------------------------- ham-radio-club
def ham_svxlink(cx):
    call = CALL[cx.v["country"]] + V.rs(cx.rng, 2, V.UP)
    d = cx.doc("repeater/svxlink.conf")
    k = cx.pw(forbid=Q + " ")
    d.l("[GLOBAL]", "LOGICS=RepeaterLogic,ReflectorLogic", "CFG_DIR=svxlink.d", "", "[RepeaterLogic]", "TYPE=Repeater",
        "CALLSIGN=%s" % call, "", "[ReflectorLogic]", "TYPE=Reflector", "HOSTS=reflector.%s" % cx.v["domain"], "HOST_PORT=5300",
        "CALLSIGN=\"%s\"" % call)
    d.s('AUTH_KEY="%s"' % k, k, "svxreflector-auth-key")
    d.l("JITTER_BUFFER_DELAY=0", "DEFAULT_TG=%d" % cx.rng.randint(200, 9999))


def ham_cloudlog(cx):
    d = cx.doc("clublog/application/config/database.php")
    p = cx.pw(forbid="'\\")
    d.l("<?php", "defined('BASEPATH') OR exit('No direct script access allowed');", "", "$active_group = 'default';",
        "$query_builder = TRUE;", "", "$db['default'] = array(", "\t'dsn'\t=> '',", "\t'hostname' => 'localhost',",
        "\t'username' => 'cloudlog',")
    d.s("\t'password' => '%s'," % p, p, "password-mysql")
    d.l("\t'database' => 'cloudlog',", "\t'dbdriver' => 'mysqli',", ");")


def ham_aprx(cx):
    call = CALL[cx.v["country"]] + V.rs(cx.rng, 2, V.UP)
    d = cx.doc("igate/aprx.conf")
    d.l("mycall  %s-10" % call, "myloc lat 6409.12N lon 02156.40W", "", "<aprsis>",
        "        passcode %d" % cx.rng.randint(10000, 32767), "        server    rotate.aprs2.net", "</aprsis>", "",
        "<interface>", "        serial-device /dev/ttyUSB0  19200 8n1    KISS", "        tx-ok         false", "</interface>")


def ham_bot(cx):
    d = cx.doc("bots/clubbot.toml")
    q = cx.pw(forbid=Q)
    d.l("[telegram]")
    K.prov(d, cx, "telegram-bot", 'token = "{v}"')
    chat = "-100%d" % cx.rng.randint(10 ** 9, 10 ** 10)
    d.n("chat_id = %s" % chat, chat, "id-telegram-chat")
    d.l("", "[qrz]", 'username = "%s"' % (CALL[cx.v["country"]] + V.rs(cx.rng, 2, V.UP)))
    d.s('password = "%s"' % q, q, "password-qrz")


# ---------------------------------------------------------------- fishing-fleet
def fish_vms(cx):
    d = cx.doc("vessels/vms-terminal.cfg", crlf=True)
    p = cx.pw(forbid=" =;#")
    d.l("[Terminal]", "Type=Iridium SBD", "ReportInterval=3600")
    K.neg(d, "IMEI={v}", cx.imei(), "id-imei")
    d.l("", "[FMC]", "Host=fmc.fisheries.%s.example" % cx.v["country"].lower(), "User=%s-vms" % cx.v["short"])
    d.s("Password=%s" % p, p, "password-fmc")
    K.neg(d, "DNID={v}", V.rs(cx.rng, 5, V.DIG), "id-dnid")


def fish_ers(cx):
    d = cx.doc("logbook/ers-client.properties")
    p, k = cx.pw(forbid=" \\"), cx.pw(forbid=" \\")
    cc = {"IS": "ISL", "EE": "EST", "ID": "IDN"}[cx.v["country"]]
    d.l("# electronic logbook (ERS) FLUX client", "flux.endpoint=https://flux.fisheries.%s.example/ws" % cx.v["country"].lower(),
        "flux.username=%s-ers" % cx.v["short"])
    d.s("flux.password=%s" % p, p, "password-flux")
    d.l("keystore.file=/opt/ers/conf/vessel.p12")
    d.s("keystore.password=%s" % k, k, "keystore-password")
    K.neg(d, "vessel.cfr={v}", cc + V.rs(cx.rng, 9, V.DIG), "id-vessel-cfr")


def fish_auction(cx):
    d = cx.doc("auction/auction-client.yaml")
    name, tok = cx.vendor_token(1)
    s = cx.pw(forbid=YAML_BAD)
    d.l("auction:", "  url: https://clock.%s/api" % cx.v["domain"])
    K.neg(d, "  buyer_number: '{v}'", V.rs(cx.rng, 6, V.DIG), "id-buyer")
    d.l("quota_exchange:", "  provider: %s" % name)
    d.s("  api_key: %s" % tok, tok, "vendor-token-fictional")
    d.l("smtp:", "  user: auction@%s" % cx.v["domain"])
    d.s("  password: %s" % s, s, "password-smtp")


# ---------------------------------------------------------------- patent-office
def pat_efiling(cx):
    d = cx.doc("efiling/gateway.properties")
    p, k = cx.pw(forbid=" \\"), cx.pw(forbid=" \\")
    d.l("# e-filing gateway", "wipo.pct.ftp.host=ftp.wipo.example", "wipo.pct.ftp.user=%s" % cx.v["short"].upper())
    d.s("wipo.pct.ftp.password=%s" % p, p, "password-ftp")
    d.l("signing.keystore=/opt/efiling/conf/signing.p12")
    d.s("signing.keystore.password=%s" % k, k, "keystore-password")
    K.neg(d, "signing.cert.serial={v}", V.rhex(cx.rng, 32).upper(), "id-cert-serial")


def pat_search(cx):
    d = cx.doc("search/indexer.yml")
    p = cx.pw(forbid=YAML_BAD)
    ck, cs = cx.rs(32), cx.rs(16)
    d.l("elastic:", "  hosts: [https://%s:9200]" % cx.host("es1"), "  user: indexer")
    d.s("  password: %s" % p, p, "password-elasticsearch")
    d.l("epo_ops:")
    d.pair([("  consumer_key: %s" % ck, ck, "id"), ("  consumer_secret: %s" % cs, cs, "secret")], "pair-epo-ops", "generic")
    K.uuid(d, cx, "index_uuid: {v}", "id-index")


def pat_fees(cx):
    d = cx.doc("fees/.env.production")
    key, pk = cx.pick([("stripe-secret", "stripe-publishable"), ("nets-easy", "nets-checkout"), ("mollie", "mollie-profile")])
    d.l("APP_ENV=production")
    K.prov(d, cx, key, "PAYMENT_SECRET_KEY={v}")
    K.pub(d, cx, pk, "PAYMENT_PUBLIC_KEY={v}")
    K.neg(d, "PAYMENT_MERCHANT_ID={v}", V.rs(cx.rng, 9, V.DIG), "id-merchant")
    s = cx.mixed(32)
    d.s("SESSION_SECRET=%s" % s, s, "session-secret")


BESPOKE = {
    "cattle-genetics": [cg_ln2, cg_herdbook, cg_casa],
    "emc-lab": [emc_automation, emc_chamber, emc_portal],
    "ham-radio-club": [ham_svxlink, ham_cloudlog, ham_aprx, ham_bot],
    "fishing-fleet": [fish_vms, fish_ers, fish_auction],
    "patent-office": [pat_efiling, pat_search, pat_fees],
}
