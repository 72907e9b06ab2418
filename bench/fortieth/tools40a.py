"""Tool / product kinds, part A (25): China, India, Indonesia, Philippines, Iran, Bangladesh, plus four AI / SMS."""

import base64

from core40 import ALNUM, B64URL, DIGITS, HEX, LOWER, UPPER, hexs, jdump, rs, uuid4
from keys40 import RSA
from prov40 import jwt, pw_strong


def volcengine(T):
    r = T.r("tool:volcengine")
    ak = T.u(lambda: "AKLT" + base64.b64encode(rs(r, 30, HEX).encode()).decode().rstrip("=")[:40])
    sk = T.u(lambda: base64.b64encode(rs(r, 42, ALNUM).encode()).decode())
    d = T.doc("services/asr/volc_client.go")
    idm, skm = d.pair(ak, sk, "volcengine-secret-key")
    d.set(T.jit(r, "//") + """package asr

// Volcengine speech recognition for the %s voice notes
const (
	volcRegion    = "cn-beijing"
	volcAccessKey = "%s"
	volcSecretKey = "%s"
)

// X-Tt-Logid of the last failed call, for the support ticket: %s
""" % (T.sys(r), idm, skm, d.n("2024%02d%02d%02d%02d%02d%s" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                r.randint(0, 59), r.randint(0, 59), rs(r, 18, "0123456789ABCDEF")), "request-id")))


def iflytek(T):
    r = T.r("tool:iflytek")
    d = T.doc("config/xfyun.json")
    idm, sm = d.pair(T.u(lambda: hexs(r, 32)), T.u(lambda: base64.b64encode(rs(r, 24, HEX).encode()).decode()),
                     "iflytek-api-secret")
    d.set(jdump({"appid": d.n(hexs(r, 8), "iflytek-app-id"), "api_key": idm, "api_secret": sm,
                 "host": "iat-api.xfyun.cn", "language": "zh_cn"}))


def youzan(T):
    r = T.r("tool:youzan")
    d = T.doc("config/youzan.php")
    idm, sm = d.pair(T.u(lambda: hexs(r, 18)), T.u(lambda: hexs(r, 32)), "youzan-client-secret")
    d.set("<?php\n" + T.jit(r, "//") + """// Youzan Cloud shop sync (%s)
return [
    'client_id'     => '%s',
    'client_secret' => '%s',
    'grant_id'      => '%s',
];
""" % (T.org, idm, sm, d.n(str(r.randint(10000000, 99999999)), "youzan-shop-id")))


def amap(T):
    r = T.r("tool:amap")
    d = T.doc("web/src/amap.config.ts")
    d.set(T.jit(r, "//") + """// Gaode (AMap). The JS API key is bound to our domains and ships to the browser.
export const AMAP_JS_KEY = "%s";
// Web-service key: server side only (geocoding the delivery addresses).
export const AMAP_WEB_SERVICE_KEY = "%s";
export const AMAP_SECURITY_JS_CODE = process.env.AMAP_SECURITY_JS_CODE ?? "";
""" % (d.n(hexs(r, 32), "amap-js-key"), d.s(T.u(lambda: hexs(r, 32)), "amap-web-service-key")))


def upstox(T):
    r = T.r("tool:upstox")
    d = T.doc("treasury/upstox.toml")
    idm, sm = d.pair(uuid4(r), T.u(lambda: rs(r, 10, LOWER + DIGITS)), "upstox-api-secret")
    d.set(T.jit(r, "#") + """[upstox]
client_id = "%s"
client_secret = "%s"
redirect_uri = "https://%s/upstox/callback"

[instruments]
watch = ["%s"]
""" % (idm, sm, T.domain, d.n("NSE_EQ|INE%03dA0%04d" % (r.randint(0, 999), r.randint(1000, 9999)), "instrument-key")))


def delhivery(T):
    r = T.r("tool:delhivery")
    d = T.doc("lib/couriers/delhivery.rb")
    d.set(T.jit(r, "#") + """module Couriers
  class Delhivery
    TOKEN = "%s"

    def track(waybill = "%s")
      get("https://track.delhivery.com/api/v1/packages/json/", waybill: waybill, token: TOKEN)
    end
  end
end
""" % (d.s(T.u(lambda: hexs(r, 40)), "delhivery-token"), d.n(str(r.randint(10 ** 12, 10 ** 13 - 1)), "waybill-number")))


def mappls(T):
    r = T.r("tool:mappls")
    d = T.doc("src/main/resources/mappls.properties")
    idm, sm = d.pair(rs(r, 88, B64URL), T.u(lambda: rs(r, 96, B64URL)), "mappls-client-secret")
    d.set(T.jit(r, "#") + """mappls.rest.key=%s
mappls.client.id=%s
mappls.client.secret=%s
mappls.fallback.key=%s
""" % (d.s(T.u(lambda: hexs(r, 32)), "mappls-rest-key"), idm, sm, d.n("${MAPPLS_REST_KEY}", "env-reference")))


def decentro(T):
    r = T.r("tool:decentro")
    d = T.doc("config/decentro.yml")
    d.set(T.jit(r, "#") + """decentro:
  base_url: https://in.decentro.tech
  client_id: %s_prod
  client_secret: %s
  module_secret: %s
  provider_secret: %s
""" % (T.slug, d.s(T.u(lambda: rs(r, 32)), "decentro-client-secret"), d.s(T.u(lambda: rs(r, 32)), "decentro-module-secret"),
       d.n("${DECENTRO_PROVIDER_SECRET}", "env-reference")))


def kaleyra(T):
    r = T.r("tool:kaleyra")
    d = T.doc("notify/kaleyra.js")
    d.set(T.jit(r, "//") + """const KALEYRA = {
  sid: "%s",
  apiKey: "%s",
  sender: "%s",
};
module.exports = (to, body) => fetch(`https://api.kaleyra.io/v1/${KALEYRA.sid}/messages`, {
  method: "POST", headers: { "api-key": KALEYRA.apiKey },
  body: new URLSearchParams({ to, body, sender: KALEYRA.sender, type: "TXN" }),
});
""" % (d.n("HXIN%010dIN" % r.randint(10 ** 9, 10 ** 10 - 1), "kaleyra-sid"), d.s(T.u(lambda: "A" + hexs(r, 32)), "kaleyra-api-key"),
       rs(r, 6, UPPER)))


def faspay(T):
    r = T.r("tool:faspay")
    d = T.doc("payments/faspay.env")
    mid = r.randint(30000, 39999)
    idm, sm = d.pair("bot%d" % mid, T.u(lambda: pw_strong(r, 12)), "faspay-password")
    d.set(T.jit(r, "#") + """FASPAY_MERCHANT_ID=%d
FASPAY_USER_ID=%s
FASPAY_PASSWORD=%s
# signature of the last inquiry, pasted for the support ticket
FASPAY_LAST_SIGNATURE=%s
""" % (mid, idm, sm, d.n(hexs(r, 40), "sha1-signature")))


def rajaongkir(T):
    r = T.r("tool:rajaongkir")
    d = T.doc("ongkir/client.py")
    d.set(T.jit(r, "#") + """import requests

API_KEY = "%s"
# cache entry for the Takalar -> Makassar quote (md5 of the request, not a key): %s


def cost(origin, destination, weight, courier="jne"):
    return requests.post("https://pro.rajaongkir.com/api/cost", headers={"key": API_KEY},
                         data=dict(origin=origin, destination=destination, weight=weight, courier=courier)).json()
""" % (d.s(T.u(lambda: hexs(r, 32)), "rajaongkir-key"), d.n(hexs(r, 32), "md5-digest")))


def biteship(T):
    r = T.r("tool:biteship")
    d = T.doc("src/shipping/biteship.ts")
    key = T.u(lambda: "biteship_live." + jwt(r, {"name": T.slug, "userId": hexs(r, 24), "iat": r.randint(1700000000, 1760000000)}))
    d.set(T.jit(r, "//") + """const BITESHIP_KEY = "%s";
// order id from the failed pickup: %s
export const createOrder = (body: unknown) => fetch("https://api.biteship.com/v1/orders", {
  method: "POST", headers: { authorization: BITESHIP_KEY, "content-type": "application/json" },
  body: JSON.stringify(body),
});
""" % (d.s(key, "biteship-api-key"), d.n(hexs(r, 24), "order-id")))


def paymaya(T):
    r = T.r("tool:paymaya")
    d = T.doc("checkout/.env.paymaya")
    d.set(T.jit(r, "#") + """PAYMAYA_ENV=production
PAYMAYA_PUBLIC_KEY=%s
PAYMAYA_SECRET_KEY=%s
PAYMAYA_WEBHOOK_URL=https://%s/hooks/paymaya
""" % (d.n("pk-" + rs(r, 43), "paymaya-public-key"), d.s(T.u(lambda: "sk-" + rs(r, 43)), "paymaya-secret-key"), T.domain))


def idpay(T):
    r = T.r("tool:idpay")
    d = T.doc("config/idpay.php")
    d.set("<?php\n" + T.jit(r, "//") + """return [
    'api_key' => env('IDPAY_API_KEY', '%s'),
    'sandbox' => false,
    // track id of the test payment, for support:
    'debug_track' => '%s',
];
""" % (d.s(T.u(lambda: uuid4(r)), "idpay-api-key"), d.n(hexs(r, 32), "transaction-id")))


def ghasedak(T):
    r = T.r("tool:ghasedak")
    d = T.doc("src/Sms/GhasedakSender.cs", crlf=True, bom=r.random() < 0.5)
    d.set(T.jit(r, "//") + """namespace Shop.Sms
{
    public sealed class GhasedakSender
    {
        private const string ApiKey = "%s";
        private const string LineNumber = "3000%d";
        // sha256 of the last delivery-report body: %s
    }
}
""" % (d.s(T.u(lambda: hexs(r, 64)), "ghasedak-api-key"), r.randint(1000, 9999), d.n(hexs(r, 64), "sha256-digest")))


def arvancloud(T):
    r = T.r("tool:arvancloud")
    d = T.doc("infra/arvan/main.tf")
    d.set(T.jit(r, "#") + """provider "arvan" {
  api_key = "Apikey %s"
}

resource "arvan_cdn_domain" "shop" {
  name = "%s"
}

# domain id in the panel: %s
""" % (d.s(T.u(lambda: uuid4(r)), "arvancloud-api-key"), T.domain, d.n(uuid4(r), "domain-id")))


def nagad(T):
    r = T.r("tool:nagad")
    d = T.doc("config/nagad.properties")
    mine, theirs = RSA(r), RSA(r)
    priv = base64.b64encode(mine.pkcs8()).decode()
    pub = base64.b64encode(theirs.spki()).decode()
    d.set(T.jit(r, "#") + """nagad.base-url=https://api.mynagad.com/api/dfs
nagad.merchant.id=%s
nagad.merchant.private-key=%s
nagad.pg.public-key=%s
nagad.callback=https://%s/pay/nagad/callback
""" % (d.n("6830020%08d" % r.randint(0, 10 ** 8 - 1), "merchant-id"), d.s(priv, "nagad-merchant-private-key",
       key_check="rsa:pkcs8:base64"), d.n(pub, "nagad-public-key", key_check="spki:base64"), T.domain))


def pathao(T):
    r = T.r("tool:pathao")
    d = T.doc("courier/.env.pathao")
    d.set(T.jit(r, "#") + """PATHAO_BASE_URL=https://api-hermes.pathao.com
PATHAO_CLIENT_ID=%s
PATHAO_CLIENT_SECRET=%s
PATHAO_USERNAME=ops@%s
PATHAO_PASSWORD=%s
PATHAO_WEBHOOK_SECRET=%s
""" % (rs(r, 10), d.s(T.u(lambda: rs(r, 40)), "pathao-client-secret"), T.domain,
       d.s(T.u(lambda: pw_strong(r)), "pathao-password"), d.n("${PATHAO_WEBHOOK_SECRET}", "env-reference")))


def steadfast(T):
    r = T.r("tool:steadfast")
    d = T.doc("courier/steadfast.js")
    idm, sm = d.pair(T.u(lambda: rs(r, 32, LOWER + DIGITS)), T.u(lambda: rs(r, 24, LOWER + DIGITS)), "steadfast-secret-key")
    d.set(T.jit(r, "//") + """const headers = {
  "Api-Key": "%s",
  "Secret-Key": "%s",
  "Content-Type": "application/json",
};
// consignment of the test parcel: %s
module.exports = { headers, base: "https://portal.packzy.com/api/v1" };
""" % (idm, sm, d.n("SFR%s%s" % (rs(r, 6, DIGITS), rs(r, 6, UPPER + DIGITS)), "consignment-id")))


def telesign(T):
    r = T.r("tool:telesign")
    d = T.doc("src/main/java/sms/TelesignConfig.java")
    idm, sm = d.pair(uuid4(r).upper(), T.u(lambda: base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()),
                     "telesign-api-key")
    d.set(T.jit(r, "//") + """package sms;

public final class TelesignConfig {
    public static final String CUSTOMER_ID = "%s";
    public static final String API_KEY = "%s";
    // reference id of the last verify call: %s
    private TelesignConfig() {}
}
""" % (idm, sm, d.n(hexs(r, 32).upper(), "reference-id")))


def tavily(T):
    r = T.r("tool:tavily")
    d = T.doc("agents/research.py")
    d.set(T.jit(r, "#") + """from tavily import TavilyClient

client = TavilyClient(api_key="%s")
# request_id of the search that timed out: %s
search = lambda q: client.search(q, max_results=5)
""" % (d.s(T.u(lambda: "tvly-" + rs(r, 32)), "tavily-key"), d.n(uuid4(r), "request-id")))


def llamacloud(T):
    r = T.r("tool:llamacloud")
    d = T.doc("ingest/.envrc")
    d.set(T.jit(r, "#") + """export LLAMA_CLOUD_BASE_URL=https://api.cloud.llamaindex.ai
export LLAMA_CLOUD_API_KEY=%s
export LLAMA_PIPELINE_ID=%s
""" % (d.s(T.u(lambda: "llx-" + rs(r, 48)), "llamacloud-key"), d.n(uuid4(r), "pipeline-id")))


def cerebras(T):
    r = T.r("tool:cerebras")
    d = T.doc("scripts/cerebras_batch.sh")
    d.set("#!/usr/bin/env bash\n" + T.jit(r, "#") + """set -euo pipefail
curl -sS https://api.cerebras.ai/v1/chat/completions \\
  -H "Authorization: Bearer %s" \\
  -H "Content-Type: application/json" \\
  -d @prompts/daily-summary.json
# x-request-id of the 429 we got: %s
""" % (d.s(T.u(lambda: "csk-" + rs(r, 48, LOWER + DIGITS)), "cerebras-key"), d.n(uuid4(r), "request-id")))


def picovoice(T):
    r = T.r("tool:picovoice")
    d = T.doc("app/src/main/java/voice/WakeWord.kt")
    d.set(T.jit(r, "//") + """package voice

object WakeWord {
    const val ACCESS_KEY = "%s"
    // sha256 of assets/keyword_android.ppn
    const val MODEL_SHA256 = "%s"
}
""" % (d.s(T.u(lambda: base64.b64encode(bytes(r.getrandbits(8) for _ in range(40))).decode()), "picovoice-access-key"),
       d.n(hexs(r, 64), "sha256-digest")))


def coupang(T):
    r = T.r("tool:coupang")
    d = T.doc("marketplace/coupang_wing.py")
    idm, sm = d.pair(uuid4(r), T.u(lambda: hexs(r, 40)), "coupang-secret-key")
    d.set(T.jit(r, "#") + """import hashlib, hmac, time

ACCESS_KEY = "%s"
SECRET_KEY = "%s"
VENDOR_ID = "%s"


def authorization(method, path, query=""):
    dt = time.strftime("%%y%%m%%dT%%H%%M%%SZ", time.gmtime())
    sig = hmac.new(SECRET_KEY.encode(), (dt + method + path + query).encode(), hashlib.sha256).hexdigest()
    return f"CEA algorithm=HmacSHA256, access-key={ACCESS_KEY}, signed-date={dt}, signature={sig}"
""" % (idm, sm, d.n("A00%06d" % r.randint(0, 999999), "vendor-id")))


KINDS_A = {"volcengine": volcengine, "iflytek": iflytek, "youzan": youzan, "amap": amap, "upstox": upstox,
           "delhivery": delhivery, "mappls": mappls, "decentro": decentro, "kaleyra": kaleyra, "faspay": faspay,
           "rajaongkir": rajaongkir, "biteship": biteship, "paymaya": paymaya, "idpay": idpay, "ghasedak": ghasedak,
           "arvancloud": arvancloud, "nagad": nagad, "pathao": pathao, "steadfast": steadfast, "telesign": telesign,
           "tavily": tavily, "llamacloud": llamacloud, "cerebras": cerebras, "picovoice": picovoice,
           "coupang": coupang}
