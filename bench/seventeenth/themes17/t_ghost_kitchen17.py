"""Delivery-only (ghost) kitchens: aggregator order middleware for virtual brands, kitchen display tablets, HACCP
probes, rider dispatch (Go), Square POS, menu sync with LLM copy, loyalty, opening checklists."""
import base64

import vals17 as V

DIR = "ghost-kitchen"
VARIANTS = [
    {"org": "Cucina Fantasma S.r.l.", "domain": "cucinafantasma.it", "city": "Milano", "langs": ["it", "en"]},
    {"org": "DarkPan Kitchens Ltd", "domain": "darkpan.co.uk", "city": "Manchester", "langs": ["en"]},
    {"org": "Keukenlab Delivery B.V.", "domain": "keukenlab.nl", "city": "Rotterdam", "langs": ["nl", "en"]},
]
BRANDS = ["Smash Club", "Bao Bao", "Verde Bowl", "Nonna's Oven", "Wing Theory"]


def vocab(t):
    return {
        "systems": ["order middleware", "KDS", "rider dispatch", "menu sync", "HACCP cloud", "loyalty"],
        "devices": [("KDS tablet", "kitchen"), ("aggregator tablet", "manager"), ("HACCP probe gateway", "admin"),
                    ("label printer", "admin"), ("walk-in cooler controller", "service"), ("POS terminal", "manager")],
        "vendor": "ProbeSafe", "hosts": ["orders", "kds-hub", "dispatch", "menu"], "channel": "kitchen-ops",
        "db": "orders", "ssid": "Kitchen-Staff", "ticket_prefix": "KIT",
        "integrations": ["order-hub", "rider-dispatch", "menu-sync"],
        "topics": ["Orders from one aggregator not reaching the KDS", "Walk-in cooler alarm every night", "Menu prices out of sync"],
        "chatter": ["86 the bao buns", "grill station is slammed", "rider waiting 10 min at pickup", "cooler at 6°C again",
                    "new menu goes live monday", "who closed last night? fryer left on"],
    }


def build(t):
    r = t.r
    br = r.sample(BRANDS, 3)
    blocks = []
    for b in br:
        blocks.append("  - brand: \"%s\"\n    deliveroo:\n      site_id: \"%s\"\n      webhook_secret: \"%s\"\n    ubereats:\n      store_id: %s\n      client_secret: %s" % (
            b, t.N(str(r.randint(100000, 999999)), "id-store"), t.S(t.rtok(40), "webhook-secret"), t.N(V.uuid4(r), "id-store-uuid"),
            t.S(t.rtok(40, V.B64U), "oauth-client-secret")))
    t.f("middleware/brands.yaml", "brands:\n" + "\n".join(blocks) + "\n")
    t.f("middleware/src/integrations/square.ts", """import { Client, Environment } from "square";

// production location for the %s hub
export const LOCATION_ID = "%s";

export const square = new Client({
  environment: Environment.Production,
  accessToken: "%s",
});
""" % (t.city, t.N("L" + V.rs(r, 12, V.UP + V.DIG), "id-square-location"), t.P("square-access")))
    kds_pw = t.pw("weak")
    for st in ("grill", "cold"):
        t.f("kds/stations/%s.json" % st, '{\n  "station": "%s",\n  "device_id": "%s",\n  "kiosk_exit_password": "%s",\n  "bump_bar": true,\n  "font_scale": 1.3\n}' % (
            st, t.N(V.hexs(r, 16), "id-device"), t.S(kds_pw, "kiosk-exit-password")))
    t.f("haccp/probes.ini", """[cloud]
url=https://api.probesafe.example/v2
token=%s

[alerts]
smtp_host=smtp.%s
smtp_user=haccp@%s
smtp_pass=%s

[probes]
walkin_1=%s
walkin_2=%s
""" % (t.S(t.rtok(32), "api-token-vendor-cloud"), t.domain, t.domain, t.S(t.pw(), "smtp-password"),
       t.N("PS-" + V.rs(r, 10, V.DIG), "device-serial"), t.N("PS-" + V.rs(r, 10, V.DIG), "device-serial")), crlf=True)
    t.f("dispatch/server/internal/config/config.go", """package config

// Prod holds the dispatch settings baked in for the first pilot.
var Prod = Settings{
	TwilioAccountSID:  "%s",
	TwilioAuthToken:   "%s",
	DirectionsAPIKey:  "%s",
	RiderJWTSecret:    "%s",
	MaxRiderDistanceM: 4500,
}
""" % (t.public("twilio-account-sid"), t.P("twilio-auth-token"), t.P("google-api-key"), t.S(t.b64key(32), "jwt-signing-secret")))
    t.f("menu-sync/sync.py", """import anthropic
from notion_client import Client

notion = Client(auth="%s")
llm = anthropic.Anthropic(api_key="%s")
RECIPES_DB = "%s"


def describe(dish):
    msg = llm.messages.create(model="claude-sonnet-4-5", max_tokens=200,
                              messages=[{"role": "user", "content": "Menu blurb for " + dish}])
    return msg.content[0].text
""" % (t.P("notion"), t.P("anthropic"), t.N(V.hexs(r, 32), "id-notion-database")))
    rows = []
    for i, b in enumerate(br):
        cell = t.S(t.pw("weak"), "pos-manager-password") if i < 2 else t.N("same as %s" % br[0], "reference-prose")
        rows.append("%s,%s,%s,%s" % ("SQ-T2-" + V.rs(r, 8, V.UP + V.DIG), b, "manager", cell))
    t.f("pos/terminals.csv", "serial,brand,user,password\n" + "\n".join(rows))
    t.f("loyalty/src/main/resources/loyalty.properties", """loyalty.points.per.euro=10
loyalty.card.vault=braintree
braintree.access.token=%s
loyalty.qr.hmac.key=%s
loyalty.api.base=https://api.%s/loyalty
""" % (t.P("braintree"), t.S(t.hexkey(64), "hmac-secret"), t.domain))
    t.f("middleware/docker-compose.yml", """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: orders
      POSTGRES_PASSWORD: "%s"
  cache:
    image: redis:7
    command: redis-server --requirepass "%s"
  hub:
    image: registry.%s/order-hub:1.9
    depends_on: [db, cache]
""" % (t.S(t.pw(), "db-password"), t.S(t.pw("uri"), "redis-requirepass"), t.domain))
    cooler = t.pw()
    if t.lang == "it":
        ck = "# Apertura cucina\n\n1. Controllare le temperature (cella ≤ 4 °C)\n2. Centralina cella frigo: utente service, password `%s`\n3. Tablet aggregatori: accedere con manager / %s\n4. Stampare le etichette allergeni\n"
    elif t.lang == "nl":
        ck = "# Opening keuken\n\n1. Temperaturen checken (koelcel ≤ 4 °C)\n2. Koelcel-regelaar: gebruiker service, wachtwoord `%s`\n3. Aggregator-tablets: inloggen met manager / %s\n4. Allergenenlabels printen\n"
    else:
        ck = "# Kitchen opening checklist\n\n1. Check temps (walk-in <= 4 C)\n2. Walk-in controller: user service, password `%s`\n3. Aggregator tablets: log in as manager / %s\n4. Print allergen labels\n"
    tab = t.pw("weak")
    t.f("ops/opening-checklist.md", ck % (t.S(cooler, "device-password"), t.S(tab, "device-password")), free=True)
    a, b = t.person(0), t.person(1)
    t.f("ops/whatsapp-kitchen-managers.txt", """%s
12/03/2025, 06:41 - %s: morning, tablet for %s logged itself out
12/03/2025, 06:42 - %s: pw?
12/03/2025, 06:44 - %s: %s
12/03/2025, 06:44 - %s: capital first letter
12/03/2025, 06:50 - %s: sorted thx
12/03/2025, 07:15 - %s: cooler controller was reset by the engineer, password is back to
%s
12/03/2025, 07:16 - %s: 🙄
""" % ("12/03/2025, 06:40 - Messages and calls are end-to-end encrypted.", a.name, br[0], a.name, b.name, t.S(tab, "device-password"),
       b.name, a.name, b.name, t.S(cooler, "device-password"), a.name), free=True)
    k = t.key("EC")
    raw, chk = t.keytext(k, "pkcs8")
    t.f("middleware/certs/aggregator-mtls.key", t.S(raw, "private-key-ec-pkcs8", "key", check=chk, raw=raw))
    t.f("middleware/certs/aggregator-mtls.crt", t.N(t.cert(k, "order-hub.%s" % t.domain), "certificate"))
    up = base64.b64encode(("hub:" + t.pw("uri")).encode()).decode()
    t.f("middleware/nginx/orders.conf", """upstream legacy_pos {
    server %s:8080;
}
server {
    listen 443 ssl;
    server_name orders.%s;
    location /pos/ {
        proxy_pass http://legacy_pos/;
        proxy_set_header Authorization "Basic %s";
    }
    location /admin/ {
        auth_basic "kitchen admin";
        auth_basic_user_file /etc/nginx/.htpasswd;
    }
}
""" % (t.host("kds-hub"), t.domain, t.S(up, "basic-auth-header")))
    t.f("middleware/helm/values-prod.yaml", """image:
  repository: registry.%s/order-hub
  tag: "1.9.4"
postgresql:
  auth:
    username: orders
    password: "%s"
    existingSecret: ""
redis:
  auth:
    existingSecret: %s
    existingSecretPasswordKey: redis-password
""" % (t.domain, t.S(t.pw(), "helm-values-password"), t.N("order-hub-redis", "ref-k8s-secret-name")))
