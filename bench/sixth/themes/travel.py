"""Online travel agency: GDS (Sabre, Amadeus, Travelport), airline NDC (Duffel), payments
(Adyen, Braintree, Worldpay, Apple Pay), hotel channel managers, booking site, BSP, ops."""
import skeys
from themes.common import (jq, indent, slack_json, eml, zsh_history, i18n_json, b64)
from themes import more


def build(t):
    r, v = t.r, t.v
    ota = r.choice(["Wayfarer Trips", "Compass & Co Travel", "Bluewing Journeys", "Atlas Getaways", "Nimbus Fares"])
    dom = ota.split()[0].lower() + "travel.com"

    # ------------------------------------------------------------ GDS
    epr, pcc = v.digits(6), v.uan(4)
    sab_pw = v.pw("upper8").replace("#", "").replace("@", "").replace("$", "") + str(r.randrange(10))
    d = t.f("gds/sabre/sabre.properties")
    d.done(f"""# Sabre Dev Studio - REST + SOAP
sabre.environment=https://api.platform.sabre.com
sabre.epr={epr}
sabre.pcc={d.N(pcc, "account-identifier")}
sabre.domain=AA
sabre.password={d.S(sab_pw, "sabre-credentials")}
# base64(base64("V1:epr:pcc:AA") + ":" + base64(password)) for /v2/auth/token
sabre.client.credentials={d.S(v.sabre(epr, pcc, sab_pw), "sabre-credentials", "sabre")}
""")

    am_key, am_sec = v.an(32), v.an(16)
    wsap_pw = v.pw()
    d = t.f("gds/amadeus/amadeus.yml")
    d.done(f"""self_service:
  hostname: production
{d.B("secret", "amadeus-credentials")}  client_id: {d.A(am_key, ident=True)}
  client_secret: {d.A(am_sec)}{d.E()}
enterprise:
  wsap: {d.N("1ASIWTRV" + v.uan(4), "account-identifier")}
  office_id: {d.N(v.uan(3) + "1S" + v.digits(4), "account-identifier")}
  user_id: WSTRV{v.uan(3)}
  password: {d.S(wsap_pw, "amadeus-credentials")}
""")

    tp_pw = v.pw("strong", specials="")
    d = t.f("gds/travelport/uapi.json")
    d.done("""{
  "endpoint": "https://americas.universal-api.travelport.com/B2BGateway/connect/uAPI",
  "username": "Universal API/uAPI%s",
  "password": %s,
  "targetBranch": %s,
  "provider": "1G"
}
""" % (v.digits(10) + "-" + v.hex(8), jq(str(d.S(tp_pw, "travelport-credentials"))), jq(str(d.N("P" + v.digits(7), "account-identifier")))))

    # ------------------------------------------------------------ airline NDC
    df = v.duffel()
    d = t.f("air/ndc/duffel.env")
    d.done(f"""DUFFEL_ACCESS_TOKEN={d.S(df, "duffel-access-token")}
DUFFEL_API_VERSION=v2
DUFFEL_WEBHOOK_ID={d.N("sev_" + v.an(22), "resource-identifier")}
""")

    lh = v.an(32)
    d = t.f("air/ndc/airlines.yaml")
    d.done(f"""# direct NDC connections (OAuth2 client credentials)
carriers:
  - code: LH
    token_url: https://api.airline-group.example.com/oauth/token
    client_id: {d.N(v.lan(24), "public-client-id")}
    client_secret: {d.S(lh, "ndc-client-secret")}
  - code: BA
    token_url: https://ndc.ba.example.com/oauth2/token
    client_id: {d.N(v.lan(24), "public-client-id")}
    client_secret: {d.S(v.an(40), "ndc-client-secret")}
""")

    # ------------------------------------------------------------ payments
    ad = v.adyen_key()
    hm = v.HEX(64)
    d = t.f("payments/adyen/adyen.env")
    d.done(f"""ADYEN_ENVIRONMENT=LIVE
ADYEN_MERCHANT_ACCOUNT={ota.replace(" ", "").replace("&", "")}ECOM
ADYEN_API_KEY={d.S(ad, "adyen-api-key")}
ADYEN_HMAC_KEY={d.S(hm, "adyen-hmac-key")}
ADYEN_CLIENT_KEY={d.N(v.adyen_client(), "public-sdk-key")}
ADYEN_LIVE_URL_PREFIX={v.hex(16)}-{ota.split()[0]}
""")

    d = t.f("payments/adyen/test-notification.json")
    d.done("""{
  "live": "false",
  "notificationItems": [
    {
      "NotificationRequestItem": {
        "additionalData": { "hmacSignature": %s },
        "amount": { "currency": "EUR", "value": 21400 },
        "eventCode": "AUTHORISATION",
        "merchantReference": "BK-%s",
        "pspReference": %s,
        "success": "true"
      }
    }
  ]
}
""" % (jq(str(d.N(v.b64(32), "webhook-signature"))), v.digits(8), jq(str(d.N(v.uan(16), "resource-identifier")))))

    bt = v.braintree()
    d = t.f("payments/braintree/gateway.rb")
    d.done(f"""# PayPal/Braintree gateway for the US storefront
GATEWAY = Braintree::Gateway.new(
  access_token: "{d.S(bt, "braintree-access-token")}",
)
""")

    wp = v.pw("strong", specials="")
    d = t.f("payments/worldpay/worldpay.xml")
    d.done(f"""<?xml version="1.0" encoding="UTF-8"?>
<worldpayConfig>
  <merchantCode>{ota.split()[0].upper()}ECOM</merchantCode>
  <xmlUsername>{ota.split()[0].upper()}ECOM</xmlUsername>
  <xmlPassword>{d.S(wp, "worldpay-xml-password")}</xmlPassword>
  <installationId>{d.N(v.digits(7), "account-identifier")}</installationId>
  <endpoint>https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp</endpoint>
</worldpayConfig>
""")

    ap = t.rsa()
    ca_k, ca_der = t.ca("Apple Worldwide Developer Relations CA (mirror)", "Apple Inc.")
    crt = t.cert_for(ap, "merchant.com.%s" % dom.split(".")[0], ca_k, "Apple Worldwide Developer Relations CA (mirror)", "Apple Inc.")
    d = t.f("payments/applepay/merchant_id.key")
    d.done(str(d.S(ap.pem_pkcs8(), "private-key-pem")))
    d = t.f("payments/applepay/merchant_id.pem")
    d.done(str(d.N(skeys.cert_pem(crt), "certificate")))

    d = t.f("payments/pci/tokenization-samples.md")
    d.done(f"""# Card data in logs: what is allowed

Only masked PANs and network tokens may appear in logs:

* masked PAN: `{d.N("411111******1111", "masked-card-number")}`
* masked PAN: `{d.N("5500 00** **** 0004", "masked-card-number")}`
* Adyen recurring detail reference: `{d.N(v.digits(16), "resource-identifier")}`
* Vault token: `{d.N("tok_" + v.an(24), "resource-identifier")}`
""")

    # ------------------------------------------------------------ hotels
    sm = v.pw()
    d = t.f("hotels/channel-manager/siteminder.properties")
    d.done(f"""pmsxchange.endpoint=https://api.siteminder.example.com/pmsxchangev2/services/{ota.split()[0].upper()}
pmsxchange.requestor.id={d.N(v.uan(10), "account-identifier")}
pmsxchange.username={ota.split()[0].lower()}_pms
pmsxchange.password={d.S(sm, "siteminder-password")}
""")

    oc = v.an(40)
    d = t.f("hotels/opera-cloud/ohip.env")
    d.done(f"""OHIP_GATEWAY=https://ohip.oracle-hospitality.example.com
OHIP_APP_KEY={d.N(v.uuid(), "public-client-id")}
OHIP_CLIENT_ID={ota.split()[0].upper()}_Client
OHIP_CLIENT_SECRET={d.S(oc, "opera-client-secret")}
OHIP_HOTEL_ID={d.N(v.uan(6), "account-identifier")}
""")

    eq = v.pw()
    d = t.f("hotels/expedia/eqc.ini")
    d.done(f"""[quickconnect]
endpoint=https://services.expediapartnercentral.com/eqc/ar
username=EQC_{ota.split()[0]}_{v.digits(4)}
password={d.S(eq, "expedia-quickconnect-password")}
hotel_ids=1840{v.digits(4)},1840{v.digits(4)}
""")

    # ------------------------------------------------------------ booking site
    na = v.b64(32)
    dbpw = v.pw(specials="-_.!*")
    alg_admin = v.hex(32)
    d = t.f("web/booking-site/.env.production")
    d.done(f"""NEXTAUTH_URL=https://www.{dom}
NEXTAUTH_SECRET={d.S(na, "session-secret")}
DATABASE_URL={d.S("postgresql://booking:%s@booking-db.%s:5432/booking?sslmode=require" % (dbpw, dom), "credential-uri")}
NEXT_PUBLIC_ALGOLIA_APP_ID={d.N(v.uan(10), "public-client-id")}
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY={d.N(v.hex(32), "public-sdk-key")}
ALGOLIA_ADMIN_KEY={d.S(alg_admin, "api-key")}
NEXT_PUBLIC_ADYEN_CLIENT_KEY={d.N(v.adyen_client(), "public-sdk-key")}
""")

    d = t.f("web/booking-site/.env.example")
    d.done(f"""NEXTAUTH_SECRET={d.N("generate-with-openssl-rand-base64-32", "placeholder")}
DATABASE_URL=postgresql://booking:{d.N("password", "placeholder")}@localhost:5432/booking
ALGOLIA_ADMIN_KEY={d.N("<algolia-admin-key>", "placeholder")}
""")

    # ------------------------------------------------------------ finance
    d = t.f("finance/bsp/bsplink-accounts.csv", prose=True)
    rows = ["country,iata_number,bsplink_user,password,notes"]
    for cc in r.sample(["US", "GB", "DE", "ES", "FR", "IT", "NL", "AU"], 4):
        if r.random() < 0.7:
            cell = str(d.S(v.pw(specials="!-_."), "service-account-password"))
        else:
            cell = str(d.N("reset pending", "placeholder"))
        rows.append("%s,%s,%s,%s," % (cc, v.digits(8), "bsp_" + cc.lower(), cell))
    d.done("\n".join(rows) + "\n")

    # ------------------------------------------------------------ prose
    bk_epr_pw = v.pw("upper8").replace("#", "7").replace("@", "2").replace("$", "5")
    d = t.f("ops/runbooks/gds-failover.md", prose=True)
    d.done(f"""# GDS failover runbook

If Sabre shopping latency > 4 s for 10 minutes:

1. Flip `shopping.primary` to `amadeus` in the feature flag service.
2. Ticketing stays on Sabre. If the primary EPR is locked, use the backup EPR
   `{v.digits(6)}` in PCC `{pcc}`, password `{d.S(bk_epr_pw, "sabre-credentials")}`.
3. Post in #reservations that fares may differ for 30 minutes.

The Amadeus office ID for failover is `{d.N(v.uan(3) + "1S" + v.digits(4), "account-identifier")}`.
""")

    cust = v.pw("human", specials="!")
    tmp = v.pw("season")
    d = t.f("ops/tickets/TRV-4471.txt", prose=True)
    d.done(f"""TRV-4471  Customer cannot log in to manage booking
Customer wrote: "I tried my password {d.S(cust, "generic-password")} five times and now it says locked"
Agent {v.person()}: unlocked, sent reset link. Customer insisted on a phone reset; set temporary
password {d.S(tmp, "temporary-password")} and asked them to change it after login.
Booking ref: {d.N(v.uan(6), "account-identifier")}
""")

    ad2 = v.adyen_key()
    d = t.f("ops/chat/slack-export/reservations/2025-05-02.json", prose=True)
    ndc_pw = v.pw()
    d.done(slack_json(t, [
        (v.person(), "payments are failing with 401 from Adyen since the key rotation"),
        (v.person(), "old key was revoked, new web service key: {}".format(d.S(ad2, "adyen-api-key"))),
        (v.person(), "deployed, auth rate back to normal"),
        (v.person(), "also the BA NDC portal login is ndc-ops / {} if anyone needs the fare filings".format(d.S(ndc_pw, "service-account-password"))),
        (v.person(), "pspReference of the first good one: {}".format(d.N(v.uan(16), "resource-identifier"))),
    ]))

    nd1 = v.an(40)
    d = t.f("ops/email/airline-ndc-credentials.eml", prose=True)
    d.done(eml("NDC Onboarding <ndc-onboarding@airline.example.com>", "partners@" + dom, "Production NDC credentials",
               f"""Dear partner,

Your production credentials for the NDC API are:

  Client ID:     {d.N(v.lan(24), "public-client-id")}
  Client secret: {d.S(nd1, "ndc-client-secret")}

Please store them securely; we cannot resend the secret.

NDC Onboarding""", r=r))

    dfh = v.duffel()
    sm2 = v.pw()
    curl_pw = v.pw()
    d = t.f("ops/history/devops.zsh_history", prose=True)
    d.done(zsh_history(t, [
        "curl -s https://api.duffel.com/air/airlines -H 'Duffel-Version: v2' -H 'Authorization: Bearer %s' | jq '.data | length'" % d.S(dfh, "duffel-access-token"),
        "kubectl -n booking rollout restart deploy/search",
        "curl -u %s_pms:%s https://api.siteminder.example.com/pmsxchangev2/ping" % (ota.split()[0].lower(), d.S(sm2, "siteminder-password")),
        "psql \"postgresql://booking:%s@booking-db.%s:5432/booking\" -c 'select count(*) from bookings'" % (d.S(curl_pw, "database-password"), dom),
        "git pull --rebase",
    ]))

    i18n_json(t, "web/booking-site/locales/ja.json", "ja")
    i18n_json(t, "web/booking-site/locales/nl.json", "nl")

    t.text("README.md", f"# {ota}\n\nBooking platform: GDS connectors, NDC, payments, hotel distribution.\n")

    more.layer(t, "services", "fare-engine", "%s.azurecr.io" % dom.split(".")[0])
