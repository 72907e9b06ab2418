"""EV charge-point operator: OCPP central system, charger provisioning sheet and per-model config, OCPI
roaming credentials, eMobility hub keystore, payment terminals, firmware signing, fleet portal, field notes."""

import nkeys as K
from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "ev-cpo"
ORGS = [("Voltway Charging", "voltway", "voltway.energy"),
        ("Amperia Networks", "amperia", "amperia-networks.com"),
        ("ChargeLine Mobility", "chargeline", "chargeline.eu")]


def build(T):
    T.setup(*T.pick(ORGS))
    T.services = ["csms", "ocpi-hub", "payments", "roaming-sync", "fleet-portal"]
    T.hosts = ["csms01", "ocpi01", "mq01", "db-ev01", "ota01"]
    T.words = ["Volt", "Ampere", "Charger", "Kilowatt", "Plugin", "Ccs", "Wallbox", "Tesla"]
    v = T.v
    cps = ["%s-%s-%03d" % (T.slug[:3].upper(), T.pick(["DE", "NL", "FR", "BE"]), T.r.randrange(1, 999)) for _ in range(5)]
    auth = [v.hex(40) for _ in cps]
    party = T.slug[:3].upper()

    d = T.doc("csms/ocpp-server.yaml")
    d.put("""# central system (OCPP 1.6J + 2.0.1)
listen: 0.0.0.0:9443
security_profile: 2          # TLS + basic auth per charge point
database_url: "postgres://csms:{db}@db-ev01:5432/csms"
broker:
  url: amqps://mq01:5671
  user: csms
  password: "{mq}"
heartbeat_interval: 300
""".format(db=d.S(v.pw_uri(), "db-uri"), mq=d.S(v.pw(), "password-yaml")))

    d = T.doc("chargers/provisioning.csv", prose=True)
    rows = [["charge_point_id", "model", "serial", "firmware", "site", "AuthorizationKey"]]
    for i, cp in enumerate(cps):
        cell = d.S(auth[i], "ocpp-authorization-key") if i < 3 else d.N("set by installer on site", "secret-reference") if i == 3 else ""
        rows.append([cp, T.pick(["Terra AC", "Supernova 60", "Pulsar Plus", "Raption 50"]), v.HEX(12), "%d.%d.%d" % (
            T.r.randrange(1, 6), T.r.randrange(0, 20), T.r.randrange(0, 9)), T.pick(["retail park", "depot", "hotel", "motorway"]), cell])
    d.put(sheet(rows))

    d = T.doc("chargers/models/supernova-60.json")
    d.put("""{{
  "ChargePointId": "{cp}",
  "CentralSystemUrl": "wss://csms.{dom}:9443/ocpp/{cp}",
  "SecurityProfile": 2,
  "AuthorizationKey": "{ak}",
  "Network": {{ "mode": "wifi", "ssid": "{s}-depot", "psk": "{psk}" }},
  "WebUi": {{ "user": "installer", "password": "{fd}" }}
}}
""".format(cp=cps[4], dom=T.domain, ak=d.S(auth[4], "ocpp-authorization-key"), s=T.slug,
           psk=d.S(v.pw_human(T.words), "wifi-psk"), fd=d.N("admin123", "well-known-default")))

    d = T.doc("ocpi/credentials.json")
    d.put("""{{
  "party_id": "{p}",
  "country_code": "NL",
  "versions_url": "https://ocpi.{dom}/ocpi/versions",
  "token_a_for_partner": "{ta}",
  "token_c_from_partner": "{tc}",
  "partner": "eroaming-hub"
}}
""".format(p=party, dom=T.domain, ta=d.S(v.uuid(), "ocpi-token"), tc=d.S(v.b64u(48), "ocpi-token")))

    d = T.doc("roaming/hub.properties")
    d.put("""# eMobility hub (OICP) client
oicp.operator-id=NL*{p}
oicp.endpoint=https://service.emobility-hub.net/api/oicp
oicp.keystore.path=/etc/roaming/{s}-client.p12
oicp.keystore.password={kp}
oicp.truststore.password={ts}
""".format(p=party, s=T.slug, kp=d.S(v.pw(), "keystore-password"), ts=d.N("changeit", "well-known-default")))

    d = T.doc("payments/terminal.ini", crlf=True)
    d.put("""[Terminal]
Vendor=unattended-pay
MerchantKey={mk}
[Admin]
User=cpoadmin
Password={pw}
""".format(mk=T.named(d, v.b62(32), "payment-terminal-merchant-key"), pw=d.S(v.pw(), "password-ini")))

    d = T.doc("payments/stripe.env")
    e1, s1 = T.P(d, "stripe")
    e2, s2 = T.P(d, "stripe-whsec")
    d.put("%s=%s\n%s=%s\nSTRIPE_PUBLISHABLE_KEY=%s\n" % (e1, s1, e2, s2, d.N("pk_live_51" + v.b62(97), "publishable-key")))

    k = T.ec()
    d = T.doc("ota/keys/fw-signing.pem")
    d.put(d.S(k.trad_pem(), "private-key-pem", "pem") + "\n")
    d = T.doc("ota/keys/fw-signing.pub.pem")
    d.put(d.N(K.spki_pem(k), "public-key") + "\n")
    d = T.doc("ota/sign-firmware.sh")
    d.put("""#!/bin/sh
# sign a charger firmware image before upload to ota01
set -eu
IMG="$1"
openssl dgst -sha256 -sign keys/fw-signing.pem -out "$IMG.sig" "$IMG"
sha256sum "$IMG" > "$IMG.sha256"
scp "$IMG" "$IMG.sig" ota@ota01:/srv/ota/
""")

    d = T.doc("fleet-portal/appsettings.json")
    env, es = T.P(d, "entra")
    d.put("""{{
  "ConnectionStrings": {{ "Fleet": "{cs}" }},
  "AzureAd": {{
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "{tid}",
    "ClientId": "{cid}",
    "ClientSecret": "{es}"
  }}
}}
""".format(cs=d.S("Host=db-ev01;Database=fleet;Username=fleet_app;Password=%s" % v.pw(), "npgsql-connection-string"),
           tid=d.N(v.uuid(), "uuid"), cid=d.N(v.uuid(), "oauth-client-id"), es=es))
    d = T.doc("fleet-portal/appsettings.Development.json")
    d.put('{\n  "ConnectionStrings": { "Fleet": "%s" },\n  "AzureAd": { "ClientSecret": "%s" }\n}\n' % (
        d.N("Host=localhost;Database=fleet;Username=fleet;Password=fleet", "dev-default"),
        d.N("<from dotnet user-secrets>", "placeholder")))

    fmt = T.pick(WIKIS)
    d = T.doc("field/wiki/commissioning%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "Commissioning a charger", [
        ("p", "Installers connect to the charger web UI, set the CSMS URL and the AuthorizationKey from the provisioning sheet."),
        ("ul", ["web UI default login is installer / %s -- change it" % d.N("admin123", "well-known-default"),
                "test charger in the lab uses AuthorizationKey %s" % d.S(auth[0], "ocpp-authorization-key-wiki"),
                "site installer account on the jump host: fieldeng / %s" % d.S(v.pw_human(T.words), "password-wiki")])]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    d = T.doc("field/chat/field-eng%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "field-eng", [
        (3, "%s rejects the BootNotification, 401" % cps[1]),
        (1, "key in the sheet is %s, check for a typo" % d.S(auth[1], "ocpp-authorization-key-chat")),
        (3, "typo, it's up. what's the depot wifi again?"),
        (1, "%s" % d.S(v.pw_human(T.words), "wifi-psk-chat"))]))

    d = T.doc("roaming/mail/partner-token.eml", prose=True)
    d.put(email("Roaming Onboarding <onboarding@eroaming-hub.net>", "%s <%s>" % (T.people[1], T.email(1)),
                "OCPI credentials for %s" % party, "Tue, %d May 2025 10:12:00 +0200" % T.r.randrange(1, 28), """Hello,

your registration token (Token A) for the production hub is:

    {ta}

Use it once to call our credentials endpoint; we will then send you Token C.

Roaming Onboarding
""".format(ta=d.S(v.uuid(), "ocpi-token-email"))))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(5)
    d = T.doc("support/tickets/EV-%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "EV-%s" % n, "Driver charged twice, cannot log into app",
                 "Driver was charged twice at %s. They sent their app login to speed things up: %s" % (
                     cps[2], d.S(v.pw_human(T.words), "password-ticket")),
                 [(1, "Both sessions were started by RFID card %s. Refunded the second one." % d.N(v.HEX(14), "device-id")),
                  (2, "Double charge came from a StopTransaction retry.")]))
