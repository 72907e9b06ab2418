"""Tool / config kinds, part 3: SaaS APIs (7 kinds) and regional services (8 kinds)."""

import base64

import prov34
from core34 import B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, N, PID, S, b64, rbytes, rhex, rs


def k_pubnub(c, r):
    d = c.doc("web/src/realtime.js")
    d.add("import PubNub from 'pubnub';")
    d.add("")
    d.add("// publish / subscribe keys ship in the browser bundle; the secret key stays on the server")
    d.add("export const pubnub = new PubNub({")
    d.add("  publishKey: '", N(c.neg("pub-c-" + prov34.uuid(r)), "public-pubnub-key"), "',")
    d.add("  subscribeKey: '", N(c.neg("sub-c-" + prov34.uuid(r)), "public-pubnub-key"), "',")
    d.add("  userId: 'counter-' + window.location.hostname,")
    d.add("});")
    d2 = c.doc("server/pubnub_admin.py")
    d2.add("import os")
    d2.add("from pubnub.pnconfiguration import PNConfiguration")
    d2.add("")
    d2.add("cfg = PNConfiguration()")
    d2.add("cfg.publish_key = os.environ['PUBNUB_PUBLISH_KEY']")
    d2.add("cfg.subscribe_key = os.environ['PUBNUB_SUBSCRIBE_KEY']")
    sec = c.uniq(lambda: "sec-c-" + b64(prov34.uuid(r).encode(), pad=False))
    d2.add("cfg.secret_key = '", S(sec, "pubnub-secret-key"), "'  # TODO move to env before release")
    d2.add("cfg.user_id = 'grant-service'")


def k_porkbun(c, r):
    d = c.doc("certbot/porkbun.ini")
    d.add("# certbot-dns-porkbun credentials (chmod 600), used as")
    d.add("#   certbot renew --authenticator dns-porkbun --dns-porkbun-credentials ",
          N(c.neg("/etc/letsencrypt/porkbun.ini"), "secret-file-path"))
    d.add("dns_porkbun_key=", PID("pk1_" + rhex(r, 64)))
    d.add("dns_porkbun_secret=", S(c.uniq(lambda: "sk1_" + rhex(r, 64)), "porkbun-secret-api-key", pair=True))


def k_clevercloud(c, r):
    d = c.doc("deploy/clever-tools.json")
    d.add("{")
    d.add('  "token": "', PID(rhex(r, 32)), '",')
    d.add('  "secret": "', S(c.hexs(r, 32), "clever-cloud-oauth-secret", pair=True), '"')
    d.add("}")
    d2 = c.doc("deploy/.gitlab-ci.yml")
    d2.add("deploy:")
    d2.add("  stage: deploy")
    d2.add("  image: clevercloud/clever-tools:latest")
    d2.add("  variables:")
    d2.add("    CLEVER_TOKEN: ", N(c.neg("$CLEVER_TOKEN"), "env-reference"))
    d2.add('    CLEVER_SECRET: "$CLEVER_SECRET"')
    d2.add("  script:")
    d2.add("    - clever link %s" % ("app_" + prov34.uuid(r)))
    d2.add("    - clever deploy --force")


def k_toggl(c, r):
    tok = c.hexs(r, 32)
    d = c.doc("timesheets/toggl_export.py")
    d.add("import requests")
    d.add("from requests.auth import HTTPBasicAuth")
    d.add("")
    d.add("# Toggl Track: the API token is the user name, the literal 'api_token' the password")
    d.add("AUTH = HTTPBasicAuth('", S(tok, "toggl-api-token"), "', 'api_token')")
    d.add("WORKSPACE_ID = %d" % r.randint(10 ** 6, 10 ** 7))
    d.add("")
    d.add("def entries(since):")
    d.add("    url = f'https://api.track.toggl.com/api/v9/me/time_entries?start_date={since}'")
    d.add("    return requests.get(url, auth=AUTH, timeout=30).json()")
    d2 = c.doc("timesheets/curl-check.txt")
    tok2 = c.hexs(r, 32)
    basic = base64.b64encode((tok2 + ":api_token").encode()).decode()
    d2.add("$ curl -s https://api.track.toggl.com/api/v9/me -H 'Authorization: Basic ",
           S(basic, "toggl-basic-auth", decoded=tok2 + ":api_token"), "'")
    c.reg.add(basic)
    d2.add('{"id":%d,"email":"%s","fullname":"%s","timezone":"%s"}' %
           (r.randint(10 ** 6, 10 ** 7), c.people[3].email, c.people[3].latin, c.T["tz"]))


def k_bigcommerce(c, r):
    d = c.doc("shop/bigcommerce.env")
    d.add("BC_STORE_HASH=", N(c.neg(rs(r, 10, LOWER + DIGITS)), "object-id"))
    d.add("BC_CLIENT_ID=%s" % rs(r, 31, LOWER + DIGITS))
    d.add("BC_ACCESS_TOKEN=", S(c.rnd(r, 31, LOWER + DIGITS), "bigcommerce-access-token"))
    d.add("BC_CLIENT_SECRET=", S(c.hexs(r, 64), "bigcommerce-client-secret"))
    d.add("BC_CHANNEL_ID=1")


def k_strava(c, r):
    d = c.doc("club/strava.toml")
    d.add("[strava]")
    d.add("client_id = %d" % r.randint(10 ** 5, 2 * 10 ** 5))
    d.add('client_secret = "', S(c.hexs(r, 40), "strava-client-secret"), '"')
    d.add('refresh_token = "', S(c.hexs(r, 40), "strava-refresh-token"), '"')
    d.add("club_id = %d" % r.randint(10 ** 5, 10 ** 6))
    d.add("")
    d.add("[log]")
    d.add('# last access token seen in the log: ', N(c.neg(prov34.masked(r, rhex(r, 40))), "masked"))


def k_locationiq(c, r):
    d = c.doc("web/src/map.ts")
    d.add("import maplibregl from 'maplibre-gl';")
    d.add("")
    d.add("// LocationIQ tokens start with pk. but are secret: they are billed per request")
    d.add("const LOCATIONIQ_KEY = '", S(c.uniq(lambda: "pk." + rhex(r, 32)), "locationiq-access-token"), "';")
    d.add("// the Mapbox pk. token below is a public token, scoped to our URLs")
    d.add("const MAPBOX_PUBLIC = '", N(c.neg(prov34.public_value(r, "mapbox-pk")), "public-mapbox-token"), "';")
    d.add("")
    d.add("export function geocode(q: string) {")
    d.add("  return fetch(`https://eu1.locationiq.com/v1/search?key=${LOCATIONIQ_KEY}&q=${encodeURIComponent(q)}&format=json`);")
    d.add("}")


def k_line(c, r):
    d = c.doc("line-bot/.env")
    d.add("LINE_CHANNEL_ID=%d" % r.randint(1600000000, 2099999999))
    d.add("LINE_CHANNEL_SECRET=", S(c.hexs(r, 32), "line-channel-secret"))
    tok = c.uniq(lambda: rs(r, 170, B62 + "+/") + "=")
    d.add("LINE_CHANNEL_ACCESS_TOKEN=", S(tok, "line-channel-access-token"))
    d.add("LIFF_ID=", N(c.neg("%d-%s" % (r.randint(1600000000, 2099999999), rs(r, 8))), "public-liff-id"))


def k_kintone(c, r):
    sub = c.slug[:12]
    d = c.doc("kintone/sync.sh")
    d.add("#!/bin/sh")
    d.add("# copy orders from kintone app %d" % r.randint(10, 300))
    d.add("KINTONE_BASE_URL=https://%s.cybozu.com" % sub)
    d.add("KINTONE_API_TOKEN=", S(c.rnd(r, 40, B62), "kintone-api-token"))
    d.add('curl -s "$KINTONE_BASE_URL/k/v1/records.json?app=42" -H ', N(c.neg('"X-Cybozu-API-Token: $KINTONE_API_TOKEN"'),
                                                                        "env-reference"))
    user = c.people[1].handle
    pw = c.pw(r, safe="std")
    basic = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    c.reg.add(basic)
    d.add("# admin fallback used once during the migration:")
    d.add('# curl -s "$KINTONE_BASE_URL/k/v1/app.json?id=42" -H "X-Cybozu-Authorization: ',
          S(basic, "kintone-password-auth", decoded="%s:%s" % (user, pw)), '"')


def k_sakura(c, r):
    d = c.doc("infra/usacloud/config.json")
    d.add("{")
    d.add('  "AccessToken": "', PID(prov34.uuid(r)), '",')
    d.add('  "AccessTokenSecret": "', S(c.rnd(r, 50, B62), "sakura-cloud-token-secret", pair=True), '",')
    d.add('  "Zone": "is1a",')
    d.add('  "DefaultOutputType": "table"')
    d.add("}")
    d2 = c.doc("infra/sakura.tf")
    d2.add('provider "sakuracloud" {')
    d2.add("  token  = var.sakura_token")
    d2.add("  secret = ", N(c.neg("var.sakura_secret"), "terraform-variable"))
    d2.add('  zone   = "is1a"')
    d2.add("}")


def k_qiniu(c, r):
    d = c.doc("media/qiniu_upload.py")
    d.add("from qiniu import Auth, put_file, etag")
    d.add("")
    d.add("access_key = '", PID(rs(r, 40, B64URL)), "'")
    d.add("secret_key = '", S(c.rnd(r, 40, B64URL), "qiniu-secret-key", pair=True), "'")
    d.add("bucket_name = '%s-media'" % c.slug)
    d.add("q = Auth(access_key, secret_key)")
    d.add("")
    d.add("def upload(path, key):")
    d.add("    token = q.upload_token(bucket_name, key, 3600)")
    d.add("    ret, info = put_file(token, key, path, version='v2')")
    d.add("    assert ret['hash'] == etag(path)")
    d.add("# last upload etag: ", N(c.neg("F" + rs(r, 27, B64URL)), "checksum-etag"))


def k_transbank(c, r):
    d = c.doc("payments/transbank.env")
    d.add("# Webpay Plus (production)")
    d.add("TBK_COMMERCE_CODE=5970%08d" % r.randint(0, 10 ** 8 - 1))
    d.add("TBK_API_KEY_SECRET=", S(c.hexs(r, 64, upper=True), "transbank-api-key-secret"))
    d.add("TBK_ENVIRONMENT=production")
    d2 = c.doc("payments/transbank.integration.env")
    d2.add("# integration environment: the public test commerce from the Transbank developer docs")
    d2.add("TBK_COMMERCE_CODE=597055555532")
    d2.add("TBK_API_KEY_SECRET=", N(c.neg("579B532A7440BB0C9079DED94D31EA1615BACEB56610332264630D42D0A36B1C"),
                                     "documented-example", cite="Transbank developer docs integration key (from memory)"))
    d2.add("TBK_ENVIRONMENT=integration")


def k_redsys(c, r):
    d = c.doc("payments/redsys.ini")
    d.add("[redsys]")
    d.add("merchant_code = %d" % r.randint(10 ** 8, 10 ** 9 - 1))
    d.add("terminal = 1")
    d.add("currency = 978")
    d.add("secret_key = ", S(c.uniq(lambda: b64(rbytes(r, 24))), "redsys-secret-key"))
    d.add("environment = live")
    d.add("")
    d.add("[redsys_test]")
    d.add("merchant_code = 999008881")
    d.add("secret_key = ", N(c.neg("sq7HjrUOBfKmC576ILgskD5srU870gJ7"), "documented-example",
                             cite="Redsys test-environment key from the integration guide (from memory)"))
    d.add("environment = test")
    d2 = c.doc("payments/redsys-notification.log")
    d2.add("POST /redsys/notify Ds_SignatureVersion=HMAC_SHA256_V1 Ds_Signature=",
           N(c.neg(b64(rbytes(r, 32), url=True)), "hash-hmac-signature"))


def k_asaas(c, r):
    d = c.doc("billing/asaas.env")
    d.add("ASAAS_API_URL=https://api.asaas.com/v3")
    key = c.uniq(lambda: "$aact_prod_000" + b64(("%s::%s::$aach_%s" % (rhex(r, 32), prov34.uuid(r), prov34.uuid(r)))
                                                  .encode(), pad=False))
    d.add("ASAAS_API_KEY='", S(key, "asaas-api-key"), "'")
    d.add("ASAAS_WEBHOOK_TOKEN=", S(c.rnd(r, 32, B62), "asaas-webhook-token"))
    d.add("ASAAS_WALLET_ID=", N(c.neg(prov34.uuid(r)), "uuid"))


def k_przelewy24(c, r):
    d = c.doc("payments/p24.properties")
    d.add("p24.merchantId=%d" % r.randint(10 ** 5, 10 ** 6 - 1))
    d.add("p24.posId=%d" % r.randint(10 ** 5, 10 ** 6 - 1))
    d.add("p24.crc=", S(c.hexs(r, 16), "przelewy24-crc-key"))
    d.add("p24.reportKey=", S(c.hexs(r, 32), "przelewy24-api-key"))
    d.add("p24.sandbox=false")
    d.add("# sign of the last transaction/register call (sha384): ", N(c.neg(rhex(r, 96)), "hash-sha384"))


KINDS_C = {
    "pubnub": k_pubnub, "porkbun": k_porkbun, "clevercloud": k_clevercloud, "toggl": k_toggl,
    "bigcommerce": k_bigcommerce, "strava": k_strava, "locationiq": k_locationiq,
    "line": k_line, "kintone": k_kintone, "sakura": k_sakura, "qiniu": k_qiniu, "transbank": k_transbank,
    "redsys": k_redsys, "asaas": k_asaas, "przelewy24": k_przelewy24,
}
