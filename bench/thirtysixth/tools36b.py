"""Tool kinds 16-34: home automation / energy devices, regional payments, SaaS APIs."""
import base64
import hashlib
import hmac

import prov36
from cfg36 import AN, basic, comment, doc, envq, eq, ip
from core36 import DIGITS, HEX, LOWER, UPPER, b64, rbytes, rhex, rs, ruuid


# ---------------------------------------------------------------- devices
def fibaro(ctx, r):
    user = r.choice(["admin", "api", ctx.user(r)])
    pw = ctx.password(r)
    hdr = basic(user, pw)
    ctx.reg.add(hdr)
    name = r.choice(ctx.th["systems"])
    d = doc(ctx, "fibaro/quickapps/%s.lua" % name)
    d.add("-- QuickApp: %s relay bridge (HC3)" % name, "-- polls the controller every 30 s", "",
          'local BASE_URL = "http://%s"' % ip(r))
    d.sl('local AUTH = "Basic %s"' % hdr, hdr, "basic-auth", decoded="%s:%s" % (user, pw))
    d.add("", "function QuickApp:onInit()", '    self:debug("onInit", self.name)', "    self.http = net.HTTPClient({timeout = 3000})")
    ref = 'self:getVariable("telegramToken")'
    d.nl("    self.tg = %s  -- set in the QuickApp variables, not here" % ref, ref, "reference")
    d.add("    self:poll()", "end", "", "function QuickApp:poll()", '    self.http:request(BASE_URL .. "/api/status", {',
          '        options = {method = "GET", headers = {Authorization = AUTH}},',
          '        success = function(resp) self:updateView("lbl", "text", resp.data) end,',
          '        error = function(err) self:warning("poll failed: " .. err) end', "    })",
          "    fibaro.setTimeout(30000, function() self:poll() end)", "end")
    return [d]


def opensprinkler(ctx, r):
    pw = ctx.password(r)
    md5 = hashlib.md5(pw.encode()).hexdigest()
    d = doc(ctx, "opensprinkler/water.py")
    d.add("#!/usr/bin/env python3", '"""Run station 3 for N minutes when the dryer yard is dusty."""', "import hashlib", "import sys",
          "import urllib.request", "", 'OS_HOST = "http://%s"' % ip(r))
    d.nl("# factory default device password is 'opendoor' -- changed on install", "opendoor", "documented-default",
         cite="OpenSprinkler factory default password")
    d.sl('OS_PASS = "%s"' % pw, pw, "password")
    d.add("", "def run(station, minutes):", "    pw = hashlib.md5(OS_PASS.encode()).hexdigest()",
          '    url = "%s/cm?pw=%s&sid=%d&en=1&t=%d" % (OS_HOST, pw, station, minutes * 60)',
          "    return urllib.request.urlopen(url, timeout=5).read()", "", 'if __name__ == "__main__":',
          "    print(run(3, int(sys.argv[1]) if len(sys.argv) > 1 else 10))")
    l = doc(ctx, "opensprinkler/water.log")
    l.add("2024-06-%02d 05:59:58 starting station 3 for 10 min" % r.randint(1, 28))
    l.nl("2024-06-%02d 05:59:58 GET /cm?pw=%s&sid=3&en=1&t=600 -> {\"result\":1}" % (r.randint(1, 28), md5), md5, "password-hash")
    return [d, l]


def soliscloud(ctx, r):
    kid = "".join(r.choice(DIGITS) for _ in range(19))
    sec = ctx.strong(r, 32, HEX)
    sn = "1031" + "".join(r.choice(DIGITS + "ABCDEF") for _ in range(12))
    d = doc(ctx, "solar/soliscloud.env")
    d.add("# SolisCloud platform API (Basic settings -> API management)", "SOLIS_API_URL=https://www.soliscloud.com:13333")
    d.add("SOLIS_KEY_ID=%s" % kid, "SOLIS_KEY_SECRET=%s" % sec)
    d.pair(kid, sec, "soliscloud-key-secret")
    d.nl("SOLIS_INVERTER_SN=%s" % sn, sn, "serial-number")
    return [d]


def ecoflow(ctx, r):
    ak = ctx.strong(r, 32, AN)
    sk = ctx.strong(r, 32, AN)
    sn = "R33" + "".join(r.choice(UPPER + DIGITS) for _ in range(13))
    d = doc(ctx, "power/ecoflow.yaml")
    d.add("# EcoFlow developer platform (open API), used by the backup-power dashboard", "api:", "  host: https://api-e.ecoflow.com")
    d.add("  access_key: %s" % ak)
    d.add("  secret_key: %s" % sk)
    d.pair(ak, sk, "ecoflow-secret-key")
    d.add("devices:")
    d.nl("  - sn: %s" % sn, sn, "serial-number")
    d.add("    name: %s" % r.choice(ctx.th["systems"]), "    poll_seconds: 60")
    return [d]


def miio(ctx, r):
    d = doc(ctx, "miio/devices.yaml")
    d.add("# python-miio device list for the fans and purifiers", "devices:")
    for model in r.sample(["zhimi.airpurifier.mb4", "dmaker.fan.p11", "zhimi.humidifier.ca4", "chuangmi.plug.v3", "yeelink.light.color5"], 2):
        tok = ctx.strong(r, 32, HEX)
        d.add("  - name: %s" % r.choice(ctx.th["systems"]), "    ip: %s" % ip(r))
        d.sl("    token: %s" % tok, tok, "miio-token")
        d.add("    model: %s" % model)
    did = str(r.randrange(10 ** 8, 10 ** 9))
    d.nl("    did: '%s'" % did, did, "device-id")
    return [d]


def tvheadend(ctx, r):
    pw = ctx.password(r)
    p2 = b64(("TVHeadend-Hide-" + pw).encode())
    ctx.reg.add(p2)
    code = ctx.strong(r, 20, AN)
    uid = rhex(r, 32)
    d = doc(ctx, "tvheadend/passwd/%s" % uid)
    d.add("{", '\t"enabled": true,', '\t"username": "%s",' % r.choice(["kodi", "tv", ctx.user(r)]))
    d.sl('\t"password2": "%s",' % p2, p2, "password", decoded="TVHeadend-Hide-" + pw)
    d.sl('\t"authcode": "%s",' % code, code, "auth-code")
    d.add('\t"auth": [', '\t\t"enable"', '\t],', '\t"comment": "%s"' % r.choice(["living room", "office tv", "kiosk"]), "}")
    return [d]


def tedee(ctx, r):
    tok = ctx.strong(r, r.choice([16, 20, 24]), AN)
    ts = str(r.randint(1700000000000, 1730000000000))
    hashed = hashlib.sha256((tok + ts).encode()).hexdigest()
    d = doc(ctx, "tedee/unlock.sh")
    d.add("#!/bin/bash", "# Tedee bridge local API v1.0: unlock the %s door lock" % r.choice(ctx.th["places"]).split()[0],
          'BRIDGE="http://%s/v1.0"' % ip(r), "LOCK_ID=%d" % r.randint(10000, 99999))
    d.sl('API_TOKEN="%s"' % tok, tok, "api-token")
    d.add("TS=$(date +%s%3N)", 'HASH=$(printf "%s%s" "$API_TOKEN" "$TS" | sha256sum | cut -d" " -f1)',
          'curl -s -X POST -H "api_token: ${HASH}${TS}" "$BRIDGE/lock/$LOCK_ID/unlock"')
    d.nl("# last call: api_token: %s%s" % (hashed, ts), hashed + ts, "token-hash")
    return [d]


# ---------------------------------------------------------------- payments
def aamarpay(ctx, r):
    store = ctx.key.split("-")[0][:8]
    sig = ctx.strong(r, 32, HEX)
    d = doc(ctx, "payments/aamarpay/.env")
    d.add("# aamarPay payment gateway", "AAMARPAY_MODE=live", "AAMARPAY_STORE_ID=%s" % store)
    d.sl("AAMARPAY_SIGNATURE_KEY=%s" % sig, sig, "aamarpay-signature-key")
    d.add("", "# sandbox (from the aamarPay developer docs)", "#AAMARPAY_SANDBOX_STORE_ID=aamarpaytest")
    ex = "dbb74894e82415a2f7ff0ec3a97e4183"
    d.nl("#AAMARPAY_SANDBOX_SIGNATURE_KEY=%s" % ex, ex, "documented-example", cite="aamarPay sandbox signature key")
    return [d]


def fonepay(ctx, r):
    sk = ctx.strong(r, 32, HEX)
    code = "".join(r.choice(UPPER) for _ in range(4))
    dv = hmac.new(rbytes(r, 16), b"x", hashlib.sha512).hexdigest().upper()
    d = doc(ctx, "payments/fonepay/settings.py")
    d.add("# Fonepay merchant QR / web payment", 'FONEPAY_URL = "https://clientapi.fonepay.com/api/merchantRequest"',
          'FONEPAY_MERCHANT_CODE = "%s"' % code)
    d.sl('FONEPAY_SECRET_KEY = "%s"' % sk, sk, "fonepay-secret-key")
    d.add("", "# DV = HMAC_SHA512(secret, PID,MD,PRN,AMT,CRN,DT,R1,R2,RU)")
    d.nl('# example DV from the 2024-03 test payment: "%s"' % dv, dv, "hmac-digest")
    return [d]


def gbprimepay(ctx, r):
    tok = ctx.token(r, lambda rr: b64(rbytes(rr, r.choice([96, 120]))))
    pub = rs(r, 32, AN)
    sec = ctx.strong(r, 32, AN)
    d = doc(ctx, "payments/gbprimepay/config.php")
    d.add("<?php", "// GB Prime Pay (Thailand) - QR cash / credit card", "return [", "    'environment' => 'production',")
    d.sl("    'token' => '%s'," % tok, tok, "gbprimepay-token")
    d.nl("    'public_key' => '%s'," % pub, pub, "public-by-design", cite="GB Prime Pay public key")
    d.sl("    'secret_key' => '%s'," % sec, sec, "gbprimepay-secret-key")
    d.add("    'background_url' => 'https://%s/gbp/callback'," % ctx.domain, "];")
    return [d]


def moneris(ctx, r):
    sid = "monca%05d" % r.randint(0, 99999)
    tok = ctx.strong(r, 20, AN)
    d = doc(ctx, "payments/moneris/moneris.properties")
    d.add("# Moneris Gateway (Canada)", "moneris.environment=PROD", "moneris.country=CA")
    d.add("moneris.store_id=%s" % sid)
    d.add("moneris.api_token=%s" % tok)
    d.pair(sid, tok, "moneris-api-token")
    d.add("", "# QA store from the Moneris developer docs, kept for the integration tests")
    d.add("moneris.qa.store_id=store5")
    d.nl("moneris.qa.api_token=yesguy", "yesguy", "documented-example", cite="Moneris QA test store credentials")
    return [d]


def epayco(ctx, r):
    cust = str(r.randint(100000, 999999))
    pkey = ctx.strong(r, 40, HEX)
    pub = rhex(r, 32)
    priv = ctx.strong(r, 32, HEX)
    d = doc(ctx, "payments/epayco/.env")
    d.add("# ePayco (Colombia)", "EPAYCO_TEST=false", "EPAYCO_P_CUST_ID_CLIENTE=%s" % cust)
    d.sl("EPAYCO_P_KEY=%s" % pkey, pkey, "epayco-p-key")
    d.nl("EPAYCO_PUBLIC_KEY=%s" % pub, pub, "public-by-design", cite="ePayco public key")
    d.sl("EPAYCO_PRIVATE_KEY=%s" % priv, priv, "epayco-private-key")
    return [d]


def billplz(ctx, r):
    api = ruuid(r)
    ctx.reg.add(api)
    xs = "S-" + ctx.strong(r, 22, AN + "-_")
    d = doc(ctx, "payments/billplz/billplz.yml")
    d.add("billplz:", "  endpoint: https://www.billplz.com/api/v3")
    d.sl("  api_key: %s" % envq(r, api, "nsd"), api, "billplz-api-key")
    d.sl("  x_signature_key: %s" % envq(r, xs, "nd"), xs, "billplz-x-signature")
    d.add("  collection_id: %s" % rs(r, 8, LOWER + DIGITS), "  callback_url: https://%s/billplz/callback" % ctx.domain,
          "  redirect_url: https://%s/thanks" % ctx.domain)
    return [d]


# ---------------------------------------------------------------- SaaS
def weblate(ctx, r):
    tok = "wlu_" + ctx.strong(r, 40, AN)
    d = doc(ctx, "i18n/weblate.ini")
    d.add("[weblate]", "url = https://translate.%s/api/" % ctx.domain, "translation = %s/app" % ctx.key.split("-")[0], "", "[keys]")
    d.sl("https://translate.%s/api/ = %s" % (ctx.domain, tok), tok, "weblate-token")
    ref = "$WLC_KEY"
    s = doc(ctx, "i18n/pull-translations.sh")
    s.add("#!/bin/sh", "set -e")
    s.nl('wlc --key "%s" --url https://hosted.weblate.org/api/ pull' % ref, ref, "reference")
    s.add("git add locale && git commit -m 'Update translations' || true")
    return [d, s]


def tolgee(ctx, r):
    tok = "tgpak_" + ctx.strong(r, 38, LOWER + DIGITS)
    d = doc(ctx, "web/.tolgeerc.json")
    d.add("{", '  "$schema": "https://docs.tolgee.io/cli-schema.json",', '  "projectId": %d,' % r.randint(100, 20000),
          '  "apiUrl": "https://app.tolgee.io",', '  "format": "JSON_TOLGEE",')
    d.sl('  "apiKey": "%s",' % tok, tok, "tolgee-api-key")
    d.add('  "push": { "files": [{ "path": "./i18n/en.json", "language": "en" }] },', '  "pull": { "path": "./i18n" }', "}")
    e = doc(ctx, "web/.env.example")
    e.nl("TOLGEE_API_KEY=tgpak_xxxxxxxxxxxxxxxxxxxx", "tgpak_xxxxxxxxxxxxxxxxxxxx", "placeholder")
    e.add("TOLGEE_API_URL=https://app.tolgee.io")
    return [d, e]


def imagekit(ctx, r):
    pub = "public_" + rs(r, 28, AN + "+/=")
    priv = "private_" + ctx.strong(r, 28, AN + "+/=")
    d = doc(ctx, "web/src/imagekit.js")
    d.add('import ImageKit from "imagekit";', "", "// server side only -- never ship this file to the browser", "export const ik = new ImageKit({")
    d.nl('  publicKey: "%s",' % pub, pub, "public-by-design", cite="ImageKit public key")
    d.sl('  privateKey: "%s",' % priv, priv, "imagekit-private-key")
    d.add('  urlEndpoint: "https://ik.imagekit.io/%s"' % rs(r, 10, LOWER + DIGITS), "});")
    return [d]


def uploadcare(ctx, r):
    pub = rhex(r, 20)
    sec = ctx.strong(r, 20, HEX)
    d = doc(ctx, "web/settings/uploads.py")
    d.add("# Uploadcare (pyuploadcare / Django)", "UPLOADCARE = {")
    d.nl("    'pub_key': '%s'," % pub, pub, "public-by-design", cite="Uploadcare public key")
    d.sl("    'secret': '%s'," % sec, sec, "uploadcare-secret-key")
    d.add("    'widget_version': '3.x',", "    'cdn_base': 'https://ucarecdn.com/',", "}")
    return [d]


def pirsch(ctx, r):
    d = doc(ctx, "web/pirsch.env")
    d.add("# Pirsch Analytics API (server-side hits)")
    if r.random() < 0.5:
        cid = rs(r, 32, AN)
        cs = ctx.strong(r, 64, AN)
        d.add("PIRSCH_CLIENT_ID=%s" % cid)
        d.add("PIRSCH_CLIENT_SECRET=%s" % cs)
        d.pair(cid, cs, "pirsch-client-secret")
    else:
        ak = "pa_" + ctx.strong(r, 45, AN)
        d.sl("PIRSCH_ACCESS_KEY=%s" % ak, ak, "pirsch-access-key")
    d.add("PIRSCH_HOSTNAME=%s" % ctx.domain)
    return [d]


def desec(ctx, r):
    tok = ctx.strong(r, 28, AN + "-_.~")
    ds = hashlib.sha256(rbytes(r, 32)).hexdigest().upper()
    d = doc(ctx, "certs/desec.ini")
    d.add("# certbot --authenticator dns-desec --dns-desec-credentials /etc/letsencrypt/desec.ini", "dns_desec_endpoint = https://desec.io/api/v1/")
    d.sl("dns_desec_token = %s" % tok, tok, "desec-token")
    n = doc(ctx, "certs/DS.txt")
    n.add("; DS record to give to the registrar for %s" % ctx.domain)
    n.nl("%s. 3600 IN DS %d 13 2 %s" % (ctx.domain, r.randint(10000, 65000), ds), ds, "dnssec-digest")
    return [d, n]


KINDS = {
    "Fibaro Home Center": fibaro, "OpenSprinkler": opensprinkler, "SolisCloud": soliscloud, "EcoFlow": ecoflow,
    "Xiaomi miio": miio, "Tvheadend": tvheadend, "Tedee": tedee,
    "aamarPay": aamarpay, "Fonepay": fonepay, "GB Prime Pay": gbprimepay, "Moneris": moneris, "ePayco": epayco, "Billplz": billplz,
    "Weblate": weblate, "Tolgee": tolgee, "ImageKit": imagekit, "Uploadcare": uploadcare, "Pirsch": pirsch, "deSEC": desec,
}
