"""Tool / product kinds, part B (25): Bangladesh, Russia, Spain, France, payments, shipping, feature flags, commerce."""

from core40 import ALNUM, B64URL, DIGITS, LOWER, UPPER, hexs, jdump, rs, uuid4, xesc
from prov40 import jwt, pw_strong


def shurjopay(T):
    r = T.r("tool:shurjopay")
    d = T.doc("config/shurjopay.yml")
    idm, sm = d.pair(T.slug + "_live", T.u(lambda: pw_strong(r, 16)), "shurjopay-password")
    pre = rs(r, 3, UPPER)
    d.set(T.jit(r, "#") + """shurjopay:
  api_base: https://engine.shurjopayment.com
  username: %s
  password: "%s"
  prefix: %s
  # sp_order_id of the test payment
  last_order: %s
""" % (idm, sm, pre, d.n(pre + hexs(r, 13), "order-id")))


def selectel(T):
    r = T.r("tool:selectel")
    d = T.doc("infra/selectel/main.tf")
    d.set(T.jit(r, "#") + """provider "selectel" {
  token = "%s"
}

resource "selectel_vpc_project_v2" "shop" {
  name = "%s"
}

# project id in the control panel: %s
""" % (d.s(T.u(lambda: "%s_%d" % (rs(r, 32), r.randint(100000, 999999))), "selectel-token"), T.slug,
       d.n(hexs(r, 32), "project-id")))


def timeweb(T):
    r = T.r("tool:timeweb")
    d = T.doc("ops/.twcrc")
    tok = T.u(lambda: jwt(r, {"login": "ab%06d" % r.randint(0, 999999), "is_api": True,
                              "api_key_id": uuid4(r), "iat": r.randint(1700000000, 1760000000)}, "RS512"))
    d.set(T.jit(r, "#") + """default_profile = "default"

[default]
token = "%s"

[archive]
token = "%s"
""" % (d.s(tok, "timeweb-token"), d.n("eyJhbGciOi" + "*" * 24, "masked-token")))


def dadata(T):
    r = T.r("tool:dadata")
    d = T.doc("integrations/dadata_client.py")
    idm, sm = d.pair(T.u(lambda: hexs(r, 40)), T.u(lambda: hexs(r, 40)), "dadata-secret-key")
    d.set(T.jit(r, "#") + """from dadata import Dadata

DADATA_TOKEN = "%s"
DADATA_SECRET = "%s"
# FIAS id of the depot address: %s

client = Dadata(DADATA_TOKEN, DADATA_SECRET)
""" % (idm, sm, d.n(uuid4(r), "fias-id")))


def cdek(T):
    r = T.r("tool:cdek")
    d = T.doc("src/Delivery/cdek.php")
    idm, sm = d.pair(T.u(lambda: rs(r, 32)), T.u(lambda: rs(r, 32)), "cdek-client-secret")
    d.set("<?php\n" + T.jit(r, "//") + """return [
    'base_url' => 'https://api.cdek.ru/v2',
    'account'  => '%s',
    'secure'   => '%s',
    // uuid of the test shipment
    'debug_order' => '%s',
];
""" % (idm, sm, d.n(uuid4(r), "order-uuid")))


def boxberry(T):
    r = T.r("tool:boxberry")
    d = T.doc("config/boxberry.ini")
    d.set(T.jit(r, ";") + """[boxberry]
api_url = https://api.boxberry.ru/json.php
token = %s
; track number of the test parcel
test_parcel = %s
""" % (d.s(T.u(lambda: hexs(r, 32)), "boxberry-token"), d.n("BB%010d" % r.randint(0, 10 ** 10 - 1), "tracking-number")))


def avito(T):
    r = T.r("tool:avito")
    d = T.doc("internal/avito/client.go")
    idm, sm = d.pair(rs(r, 20), T.u(lambda: rs(r, 40)), "avito-client-secret")
    d.set(T.jit(r, "//") + """package avito

import "golang.org/x/oauth2/clientcredentials"

var cfg = clientcredentials.Config{
	ClientID:     "%s",
	ClientSecret: "%s",
	TokenURL:     "https://api.avito.ru/token",
}

// listing we test against: %s
""" % (idm, sm, d.n(str(r.randint(10 ** 9, 10 ** 10 - 1)), "item-id")))


def paycomet(T):
    r = T.r("tool:paycomet")
    d = T.doc("config/paycomet.php")
    d.set("<?php\n" + T.jit(r, "//") + """return [
    'api_token' => '%s',
    'terminal'  => %d,
    // JET ID: used by the card form in the browser
    'jet_id'    => '%s',
];
""" % (d.s(T.u(lambda: hexs(r, 40)), "paycomet-api-token"), r.randint(10000, 99999), d.n(rs(r, 32), "paycomet-jet-id")))


def holded(T):
    r = T.r("tool:holded")
    d = T.doc("scripts/holded-sync.mjs")
    d.set(T.jit(r, "//") + """const HOLDED_KEY = "%s";
// invoice that failed to sync: %s
const res = await fetch("https://api.holded.com/api/invoicing/v1/documents/invoice", {
  headers: { key: HOLDED_KEY, accept: "application/json" },
});
console.log((await res.json()).length);
""" % (d.s(T.u(lambda: hexs(r, 32)), "holded-key"), d.n(hexs(r, 24), "invoice-id")))


def stancer(T):
    r = T.r("tool:stancer")
    d = T.doc("shop/.env.stancer")
    d.set(T.jit(r, "#") + """STANCER_PUBLIC_KEY=%s
STANCER_SECRET_KEY=%s
STANCER_MODE=live
""" % (d.n("pprod_" + rs(r, 24), "stancer-public-key"), d.s(T.u(lambda: "sprod_" + rs(r, 24)), "stancer-secret-key")))


def mangopay(T):
    r = T.r("tool:mangopay")
    d = T.doc("config/initializers/mangopay.rb")
    idm, sm = d.pair(T.slug, T.u(lambda: rs(r, 50)), "mangopay-api-key")
    d.set(T.jit(r, "#") + """MangoPay.configure do |c|
  c.preproduction = false
  c.client_id = '%s'
  c.client_apiKey = '%s'
end
# platform wallet: %s
""" % (idm, sm, d.n(str(r.randint(10 ** 8, 10 ** 9 - 1)), "wallet-id")))


def lemonway(T):
    r = T.r("tool:lemonway")
    d = T.doc("src/Payments/appsettings.Lemonway.json", crlf=True, bom=r.random() < 0.4)
    idm, sm = d.pair(T.slug + "-api", T.u(lambda: pw_strong(r, 18)), "lemonway-password")
    d.set(jdump({"Lemonway": {"Endpoint": "https://ws.lemonway.fr/mb/%s/prod/directkitjson2/service.asmx" % T.slug,
                              "WlLogin": idm, "WlPass": sm, "NotificationId": d.n(uuid4(r), "notification-id")}}))


def lydia(T):
    r = T.r("tool:lydia")
    d = T.doc("lib/lydia.php")
    d.set("<?php\n" + T.jit(r, "//") + """// vendor token is public (it is in the payment button); the private token is not
define('LYDIA_VENDOR_TOKEN', '%s');
define('LYDIA_PRIVATE_TOKEN', '%s');
""" % (d.n(hexs(r, 23), "lydia-vendor-token"), d.s(T.u(lambda: hexs(r, 23)), "lydia-private-token")))


def colissimo(T):
    r = T.r("tool:colissimo")
    d = T.doc("shipping/colissimo.xml")
    idm, sm = d.pair(str(r.randint(800000, 899999)), xesc(T.u(lambda: pw_strong(r, 12))), "colissimo-password")
    d.set('<?xml version="1.0" encoding="UTF-8"?>\n' + T.jit(r, "xml") + """<colissimo>
  <contractNumber>%s</contractNumber>
  <password>%s</password>
  <lastParcel>%s</lastParcel>
</colissimo>
""" % (idm, sm, d.n("6A%011d" % r.randint(0, 10 ** 11 - 1), "parcel-number")))


def mondialrelay(T):
    r = T.r("tool:mondialrelay")
    d = T.doc("shipping/mondial_relay.py")
    idm, sm = d.pair("CC%s" % rs(r, 6, UPPER + DIGITS), T.u(lambda: rs(r, 8)), "mondialrelay-private-key")
    d.set(T.jit(r, "#") + """import hashlib

ENSEIGNE = "%s"
PRIVATE_KEY = "%s"
# Security value sent with the last WSI4 call: %s


def security(*fields):
    return hashlib.md5(("".join(fields) + PRIVATE_KEY).encode()).hexdigest().upper()
""" % (idm, sm, d.n(hexs(r, 32).upper(), "md5-digest")))


def gandi(T):
    r = T.r("tool:gandi")
    d = T.doc("letsencrypt/gandi.ini")
    d.set(T.jit(r, "#") + """# LiveDNS personal access token for the DNS-01 challenge on %s
dns_gandi_token=%s
# sharing_id of the organisation: %s
""" % (T.domain, d.s(T.u(lambda: hexs(r, 40)), "gandi-pat"), d.n(uuid4(r), "sharing-id")))


def qonto(T):
    r = T.r("tool:qonto")
    d = T.doc("finance/.env.qonto")
    idm, sm = d.pair("%s-%04d" % (T.slug, r.randint(0, 9999)), T.u(lambda: hexs(r, 32)), "qonto-secret-key")
    d.set(T.jit(r, "#") + """QONTO_ORGANIZATION_SLUG=%s
QONTO_SECRET_KEY=%s
QONTO_IBAN=%s
""" % (idm, sm, d.n("FR76%023d" % r.randint(0, 10 ** 23 - 1), "iban")))


def afterpay(T):
    r = T.r("tool:afterpay")
    d = T.doc("config/afterpay.yml")
    idm, sm = d.pair(str(r.randint(10000, 99999)), T.u(lambda: hexs(r, 128)), "afterpay-secret-key")
    d.set(T.jit(r, "#") + """afterpay:
  region: EU
  merchant_id: "%s"
  secret_key: "%s"
  last_order_token: "%s"
""" % (idm, sm, d.n("002." + rs(r, 40, LOWER + DIGITS), "order-token")))


def sezzle(T):
    r = T.r("tool:sezzle")
    d = T.doc("checkout/sezzle.json")
    d.set(jdump({"environment": "production", "publicKey": d.n("sz_pub_" + rs(r, 32), "sezzle-public-key"),
                 "privateKey": d.s(T.u(lambda: "sz_pr_" + rs(r, 32)), "sezzle-private-key"),
                 "returnUrl": "https://%s/checkout/done" % T.domain}))


def nowpayments(T):
    r = T.r("tool:nowpayments")
    d = T.doc("payments/nowpayments.py")
    key = T.u(lambda: "-".join(rs(r, 7, UPPER + DIGITS) for _ in range(4)))
    d.set(T.jit(r, "#") + """NOWPAYMENTS_API_KEY = "%s"
IPN_SECRET = "%s"
# payment_id of the test invoice: %s
""" % (d.s(key, "nowpayments-key"), d.s(T.u(lambda: rs(r, 32)), "nowpayments-ipn-secret"),
       d.n(str(r.randint(10 ** 9, 10 ** 10 - 1)), "payment-id")))


def sendcloud(T):
    r = T.r("tool:sendcloud")
    d = T.doc("shipping/sendcloud.rb")
    idm, sm = d.pair(T.u(lambda: hexs(r, 32)), T.u(lambda: hexs(r, 32)), "sendcloud-secret-key")
    d.set(T.jit(r, "#") + """SENDCLOUD_PUBLIC_KEY = "%s"
SENDCLOUD_SECRET_KEY = "%s"
# parcel that bounced: %s
""" % (idm, sm, d.n(str(r.randint(10 ** 8, 10 ** 9 - 1)), "parcel-id")))


def aftership(T):
    r = T.r("tool:aftership")
    d = T.doc("tracking/aftership.go")
    d.set(T.jit(r, "//") + """package tracking

const aftershipKey = "%s"

// tracking id of the stuck parcel: %s
""" % (d.s(T.u(lambda: "asat_" + hexs(r, 32)), "aftership-key"), d.n(hexs(r, 32), "tracking-id")))


def flagsmith(T):
    r = T.r("tool:flagsmith")
    d = T.doc("web/src/flags.ts")
    d.set(T.jit(r, "//") + """// client-side environment key: public, shipped in the bundle
export const FLAGSMITH_ENV_KEY = "%s";
// server-side key, used by the worker only
export const FLAGSMITH_SERVER_KEY = "%s";
""" % (d.n(rs(r, 22), "flagsmith-client-key"), d.s(T.u(lambda: "ser." + rs(r, 22)), "flagsmith-server-key")))


def unleash(T):
    r = T.r("tool:unleash")
    d = T.doc("deploy/unleash-edge.yaml")
    d.set(T.jit(r, "#") + """apiVersion: apps/v1
kind: Deployment
metadata:
  name: unleash-edge
spec:
  template:
    spec:
      containers:
        - name: edge
          image: unleashorg/unleash-edge:19.6.2
          env:
            - name: UPSTREAM_URL
              value: https://unleash.%s
            - name: TOKENS
              value: "%s"
            # frontend token: public, it is in the web bundle
            - name: FRONTEND_TOKEN
              value: "%s"
""" % (T.domain, d.s(T.u(lambda: "*:production." + hexs(r, 64)), "unleash-client-token"),
       d.n("default:production." + hexs(r, 64), "unleash-frontend-token")))


def vtex(T):
    r = T.r("tool:vtex")
    d = T.doc("http/vtex.http")
    store = T.slug.replace("-", "")
    idm, sm = d.pair("vtexappkey-%s-%s" % (store, rs(r, 6, UPPER)), T.u(lambda: rs(r, 128, UPPER)), "vtex-app-token")
    d.set(T.jit(r, "#") + """### orders feed
GET https://%s.vtexcommercestable.com.br/api/orders/feed
X-VTEX-API-AppKey: %s
X-VTEX-API-AppToken: %s
Accept: application/json

### the order that failed: %s
""" % (store, idm, sm, d.n("%013d-01" % r.randint(0, 10 ** 13 - 1), "order-id")))


KINDS_B = {"shurjopay": shurjopay, "selectel": selectel, "timeweb": timeweb, "dadata": dadata, "cdek": cdek,
           "boxberry": boxberry, "avito": avito, "paycomet": paycomet, "holded": holded, "stancer": stancer,
           "mangopay": mangopay, "lemonway": lemonway, "lydia": lydia, "colissimo": colissimo,
           "mondialrelay": mondialrelay, "gandi": gandi, "qonto": qonto, "afterpay": afterpay, "sezzle": sezzle,
           "nowpayments": nowpayments, "sendcloud": sendcloud, "aftership": aftership, "flagsmith": flagsmith,
           "unleash": unleash, "vtex": vtex}
