"""Tool kinds 32-50: regional payment providers and niche SaaS APIs."""
from core35 import ALNUM, HEX, V, Doc, b64, jwt, rs
import prov35

LOWN = "abcdefghijklmnopqrstuvwxyz0123456789"


def conekta(c, r):
    d = Doc("pay/conekta.env")
    d.sec(V("CONEKTA_PRIVATE_KEY=key_"), c.alnum(r, 27), "conekta-private-key")
    d.neg(V("CONEKTA_PUBLIC_KEY=key_"), rs(r, 27, ALNUM), "public-conekta-key")
    d.neg(V("CONEKTA_WEBHOOK_KEY_PATH=", ""), "/etc/pay/conekta_webhook.pub", "reference-file")
    return [d]


def mercadopago(c, r):
    d = Doc("pay/mercadopago.py")
    tok = "APP_USR-%d-%s-%s-%d" % (r.randrange(10 ** 15, 10 ** 16), rs(r, 6, "0123456789"), rs(r, 32, HEX),
                                   r.randrange(10 ** 8, 10 ** 9))
    c.wrap_uniq(tok)
    d.add("import mercadopago", "")
    d.sec(V("sdk = mercadopago.SDK(\"", "\")"), tok, "mercadopago-access-token")
    d.neg(V("PUBLIC_KEY = \"APP_USR-", "\"  # checkout bricks, public"), prov35.hashval(r, "uuid")[1],
          "public-mercadopago-key")
    d.add("pref = sdk.preference().create({\"items\": [{\"title\": \"order\", \"quantity\": 1, \"unit_price\": 10}]})")
    return [d]


def culqi(c, r):
    d = Doc("pay/culqi/config.php")
    d.add("<?php", "return [")
    d.neg(V("    'public_key' => 'pk_live_", "',"), rs(r, 16, ALNUM), "public-culqi-key")
    d.sec(V("    'secret_key' => 'sk_live_", "',"), c.alnum(r, 16), "culqi-secret-key")
    d.neg(V("    'rsa_id' => '", "',"), prov35.hashval(r, "uuid")[1], "resource-id")
    d.add("];")
    return [d]


def wompi(c, r):
    d = Doc("pay/wompi.env")
    d.neg(V("WOMPI_PUBLIC_KEY=pub_prod_"), rs(r, 32, ALNUM), "public-wompi-key")
    d.sec(V("WOMPI_PRIVATE_KEY=prv_prod_"), c.alnum(r, 32), "wompi-private-key")
    d.sec(V("WOMPI_EVENTS_SECRET=prod_events_"), c.alnum(r, 32), "wompi-events-secret")
    d.sec(V("WOMPI_INTEGRITY_SECRET=prod_integrity_"), c.alnum(r, 32), "wompi-integrity-secret")
    d.neg(V("# sandbox: WOMPI_PRIVATE_KEY=", ""), "prv_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")
    return [d]


def moyasar(c, r):
    d = Doc("pay/moyasar.ts")
    d.add("import axios from \"axios\";", "")
    d.sec(V("const MOYASAR_SECRET = \"sk_live_", "\";"), c.alnum(r, 40), "moyasar-secret-key")
    d.neg(V("export const MOYASAR_PUBLISHABLE = \"pk_live_", "\";"), rs(r, 40, ALNUM), "public-moyasar-key")
    d.add("export const pay = (body: object) =>",
          "  axios.post(\"https://api.moyasar.com/v1/payments\", body, { auth: { username: MOYASAR_SECRET, password: \"\" } });")
    return [d]


def bkash(c, r):
    d = Doc("pay/bkash/tokenized.json")
    d.add("{", "  \"base_url\": \"https://tokenized.pay.bka.sh/v1.2.0-beta\",")
    d.sec(V("  \"app_key\": \"", "\","), c.alnum(r, 25), "bkash-app-key")
    d.sec(V("  \"app_secret\": \"", "\","), c.alnum(r, 50), "bkash-app-secret")
    d.add("  \"username\": \"0%d\"," % r.randrange(10 ** 9, 2 * 10 ** 9))
    d.sec(V("  \"password\": \"", "\""), c.password(r), "password-json")
    d.add("}")
    return [d]


def sslcommerz(c, r):
    d = Doc("pay/sslcommerz.ini")
    d.add("[sslcommerz]", "store_id = %s%dlive" % (c.domain.split(".")[0][:6], r.randrange(100, 999)))
    d.sec(V("store_passwd = "), c.uniq(lambda r: rs(r, 16, LOWN) + "@ssl", r), "sslcommerz-store-password")
    d.add("api_domain = https://securepay.sslcommerz.com")
    d.neg(V("; verify_sign example from the IPN: "), prov35.hashval(r, "md5")[1], "hash-md5")
    return [d]


def omise(c, r):
    d = Doc("pay/omise.rb")
    d.add("require \"omise\"", "")
    d.sec(V("Omise.secret_api_key = \"skey_", "\""), c.alnum(r, 27, LOWN), "omise-secret-key")
    d.neg(V("Omise.public_api_key = \"pkey_", "\""), rs(r, 27, LOWN), "public-omise-key")
    d.neg(V("# charge id from the test: chrg_test_"), rs(r, 19, LOWN), "request-id")
    return [d]


def cielo(c, r):
    d = Doc("pay/cielo/appsettings.json", crlf=True)
    d.add("{", "  \"Cielo\": {")
    d.pair(V("    \"MerchantId\": \"", "\","), prov35.hashval(r, "uuid")[1], V("    \"MerchantKey\": \"", "\","),
           c.alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "cielo-merchant-pair")
    d.add("    \"Environment\": \"Production\"", "  }", "}")
    return [d]


def klarna(c, r):
    d = Doc("pay/klarna.properties")
    uid = "K%d_%s" % (r.randrange(10 ** 5, 10 ** 6), rs(r, 12, HEX))
    d.add("klarna.api.base=https://api.klarna.com")
    d.pair(V("klarna.api.username="), uid, V("klarna.api.password=klarna_live_api_"), c.alnum(r, 40, ALNUM + "_"),
           "klarna-api-pair")
    d.neg(V("klarna.client.id="), prov35.hashval(r, "uuid")[1], "public-client-id")
    return [d]


# ---------------------------------------------------------------- SaaS
def cronitor(c, r):
    d = Doc("monitoring/cronitor.yaml")
    key = c.hexs(r, 32)
    d.add("# cronitor sync cronitor.yaml")
    d.sec(V("api_key: ", ""), key, "cronitor-api-key")
    d.add("jobs:", "  nightly-backup:", "    schedule: \"0 2 * * *\"")
    d.sec(V("    # ping: https://cronitor.link/p/", "/nightly-backup"), c.alnum(r, 32, HEX), "cronitor-ping-key")
    return [d]


def logtail(c, r):
    d = Doc("monitoring/vector.toml")
    d.add("[sinks.better_stack]", "type = \"http\"", "inputs = [\"app_logs\"]",
          "uri = \"https://in.logs.betterstack.com/\"", "encoding.codec = \"json\"", "auth.strategy = \"bearer\"")
    d.sec(V("auth.token = \"", "\""), c.alnum(r, 24), "logtail-source-token")
    return [d]


def mailerlite(c, r):
    d = Doc("newsletter/mailerlite.js")
    tok = jwt(r, {"aud": "4", "jti": rs(r, 64, HEX), "iat": 1735689600, "sub": str(r.randrange(10 ** 5, 10 ** 6)),
                  "scopes": []})
    c.wrap_uniq(tok)
    d.add("import MailerLite from '@mailerlite/mailerlite-nodejs';", "")
    d.sec(V("const mailerlite = new MailerLite({ api_key: '", "' });"), tok, "mailerlite-api-token")
    d.neg(V("const groupId = '", "';"), str(r.randrange(10 ** 17, 10 ** 18)), "resource-id")
    return [d]


def storyblok(c, r):
    d = Doc("web/storyblok/.env.local")
    d.neg(V("NUXT_PUBLIC_STORYBLOK_TOKEN="), rs(r, 22, ALNUM) + "tt", "public-storyblok-preview")
    d.sec(V("STORYBLOK_MANAGEMENT_TOKEN="), c.alnum(r, 40, ALNUM + "-") + "-%d-%s" % (r.randrange(10 ** 5, 10 ** 6),
                                                                                  rs(r, 20, ALNUM)),
          "storyblok-management-token")
    d.sec(V("STORYBLOK_WEBHOOK_SECRET="), c.alnum(r, 30), "webhook-secret")
    return [d]


def pushbullet(c, r):
    d = Doc("notify/pushbullet.sh")
    d.add("#!/bin/sh")
    d.sec(V("PB_TOKEN=o.", ""), c.alnum(r, 32), "pushbullet-access-token")
    d.add("curl -s -u \"$PB_TOKEN:\" https://api.pushbullet.com/v2/pushes -d type=note -d title=\"$1\" -d body=\"$2\"")
    return [d]


def netcup(c, r):
    d = Doc("dns/netcup/credentials.ini")
    d.add("# certbot-dns-netcup", "dns_netcup_customer_id = %d" % r.randrange(10 ** 5, 10 ** 6))
    d.sec(V("dns_netcup_api_key = "), c.alnum(r, 30), "netcup-api-key")
    d.sec(V("dns_netcup_api_password = "), c.alnum(r, 40), "netcup-api-password")
    return [d]


def censys(c, r):
    d = Doc("security/censys.cfg")
    d.add("[DEFAULT]")
    d.pair(V("api_id = "), prov35.hashval(r, "uuid")[1], V("api_secret = "), c.alnum(r, 32), "censys-api-pair")
    d.add("asm_api_key = ")
    return [d]


def pinata(c, r):
    d = Doc("web3/pinata.env")
    tok = jwt(r, {"userInformation": {"id": prov35.hashval(r, "uuid")[1], "status": "ACTIVE"},
                  "authenticationType": "scopedKey", "scopedKeyKey": rs(r, 20, HEX), "iat": 1735689600})
    c.wrap_uniq(tok)
    d.sec(V("PINATA_JWT="), tok, "pinata-jwt")
    d.pair(V("PINATA_API_KEY="), rs(r, 20, HEX), V("PINATA_API_SECRET="), c.hexs(r, 64), "pinata-api-pair")
    d.neg(V("PINATA_GATEWAY=", ".mypinata.cloud"), "-".join(rs(r, 5, "abcdefghijklmnopqrstuvwxyz") for _ in range(3)),
          "public-gateway-name")
    return [d]


def chargebee(c, r):
    d = Doc("billing/chargebee.go")
    d.add("package billing", "", "import \"github.com/chargebee/chargebee-go/v3\"", "", "func init() {")
    d.sec(V("\tchargebee.Configure(\"live_", "\", \"%s\")" % c.domain.split(".")[0]), c.alnum(r, 34),
          "chargebee-api-key")
    d.add("}")
    d.neg(V("// webhook basic-auth user set in env: "), "os.Getenv(\"CB_WEBHOOK_PASSWORD\")", "reference-env")
    return [d]


KINDS = [("Conekta", conekta), ("Mercado Pago", mercadopago), ("Culqi", culqi), ("Wompi", wompi),
         ("Moyasar", moyasar), ("bKash", bkash), ("SSLCommerz", sslcommerz), ("Omise", omise), ("Cielo", cielo),
         ("Klarna", klarna), ("Cronitor", cronitor), ("Logtail / Better Stack", logtail), ("MailerLite", mailerlite),
         ("Storyblok", storyblok), ("Pushbullet", pushbullet), ("netcup", netcup), ("Censys", censys),
         ("Pinata", pinata), ("Chargebee", chargebee)]
_ = b64
