"""A craft brewery: brewery ERP, Node-RED cellar automation, LoRaWAN fermentation sensors, Mosquitto,
taproom POS, Untappd, web shop, distributor EDI."""

import json

from themes.common7 import Ctx, K, S, N, put_key, b64, slack_export, email, ticket, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "brewery-erp"


def build(corpus, rng):
    org, dom = rng.choice([("Copper Kettle Brewing", "copperkettle.beer"), ("Tidewater Ales", "tidewaterales.com"),
                           ("Bryggeriet Nordlys", "nordlys-bryggeri.dk")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    brewer, ops = v.person(), v.person()
    tanks = ["FV%d" % i for i in range(1, c.r.randint(5, 9))]

    # --- ERP export script
    f = c.f("erp/export_batches.py")
    f.t("import csv, requests", "")
    f.s('ERP_API_KEY = "@@"', v.alnum(40), "generic.api-key-named")
    f.t('BASE = "https://api.brewery-erp.example/v1"', "", "def batches():",
        '    return requests.get(BASE + "/batches", headers={"Authorization": "Token " + ERP_API_KEY}).json()')
    f = c.f("erp/production-planning.env")
    f.s("PLANNING_DB_URL=mysql://planner:@@@%s:3306/planning" % v.host(dom), c.pw("word"), "generic.uri-password")
    f.t("PLANNING_SMTP_PASSWORD=")

    # --- Node-RED cellar automation: settings.js + flows_cred.json (unencrypted)
    f = c.f("cellar/node-red/settings.js")
    f.t("module.exports = {", "    uiPort: process.env.PORT || 1880,", "    flowFile: 'flows.json',")
    f.s('    credentialSecret: "@@",', v.alnum(24), "generic.node-red-credential-secret")
    f.t("    adminAuth: {", '        type: "credentials",', '        users: [{', '            username: "admin",')
    f.n('            password: "@@",', v.bcrypt(), "neg.password-hash")
    f.t('            permissions: "*"', "        }]", "    },", "};")
    f = c.f("cellar/node-red/flows_cred.json")
    f.t("{")
    nid1, nid2 = v.hex(16), v.hex(16)
    f.t('    "%s": {' % nid1, '        "user": "cellar"')
    f.t("    },")
    f.t('    "%s": {' % nid2)
    f.s('        "password": "@@"', c.pw(), "generic.node-red-credential")
    f.t("    }", "}")

    # --- Mosquitto: passwd (hashes) + bridge
    f = c.f("iot/mosquitto/passwd")
    for u in ("cellar", "tilt-bridge", "glycol"):
        f.n("%s:@@" % u, "$7$101$" + v.b64(12) + "$" + v.b64(64), "neg.password-hash")
    f = c.f("iot/mosquitto/conf.d/bridge.conf")
    f.t("connection cloud-bridge", "address mqtt.%s:8883" % dom, "remote_username brewery-edge")
    f.s("remote_password @@", c.pw("strong"), "generic.password-mosquitto")
    f.t("topic cellar/# out 1")

    # --- LoRaWAN sensors (TTN)
    f = c.f("iot/ttn/sensors.yaml")
    f.t("application: %s-cellar" % c.name.split("-")[0])
    f.s("api_key: @@", c.tok("ttn"), "provider.ttn")
    f.t("devices:")
    for t in tanks[:3]:
        f.t("  - id: %s-gravity" % t.lower())
        f.n("    dev_eui: @@", v.HEX(16), "neg.resource-id")
        f.s("    app_key: @@", v.HEX(32), "generic.lorawan-appkey")

    # --- Plaato-style / Ubidots dashboards
    f = c.f("iot/dashboards.env")
    f.s("UBIDOTS_TOKEN=@@", c.tok("ubidots"), "provider.ubidots")
    f.s("ADAFRUIT_IO_KEY=@@", c.tok("adafruit-io"), "provider.adafruit-io")
    f.t("ADAFRUIT_IO_USERNAME=%s" % v.first())

    # --- glycol chiller controller (Modbus gateway) + tank list
    f = c.f("cellar/glycol/gateway.ini")
    f.t("[modbus]", "unit_id = 3", "[web]", "user = admin")
    f.s("password = @@", c.pw(), "generic.password-ini")
    f = c.f("cellar/tanks.csv")
    f.t("tank,volume_hl,sensor_serial")
    for t in tanks:
        f.n("%s,%d,@@" % (t, c.pick([20, 30, 40, 60])), "SN" + v.upper(10), "neg.resource-id")

    # --- taproom POS (Square) and Untappd
    f = c.f("taproom/pos/square.env")
    f.s("SQUARE_ACCESS_TOKEN=@@", c.tok("square"), "provider.square")
    f.n("SQUARE_APPLICATION_ID=@@", "sq0idp-" + v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 22), "neg.public-id")
    f.n("SQUARE_LOCATION_ID=@@", "L" + v.upper(12), "neg.resource-id")
    f = c.f("taproom/untappd/untappd.yml")
    uid, usec = c.pair("untappd")
    f.t("untappd:")
    f.begin("secret", "provider.untappd-pair")
    f.a("  client_id: @@", uid, ident=True)
    f.a("  client_secret: @@", usec)
    f.end()
    f.t("  venue_id: %s" % v.digits(6))

    # --- web shop (Shopify app)
    f = c.f("webshop/shopify.app.toml")
    f.n('client_id = "@@"', v.hex(32), "neg.public-id")
    f.t('name = "%s shop sync"' % org, 'application_url = "https://shop.%s"' % dom)
    f = c.f("webshop/.env")
    f.s("SHOPIFY_ADMIN_TOKEN=@@", c.tok("shopify-admin"), "provider.shopify-admin")
    f.s("SHOPIFY_API_SECRET=@@", c.tok("shopify-secret"), "provider.shopify-secret")
    f.s("BRAINTREE_ACCESS_TOKEN='@@'", c.tok("braintree"), "provider.braintree")
    f.n("AGE_GATE_SITE_KEY=@@", c.pub("recaptcha-site"), "neg.publishable-key")

    # --- distributor EDI (SFTP) and label printer
    f = c.f("distribution/edi/sftp-upload.sh")
    f.t("#!/bin/sh", "# nightly depletion files to the distributor")
    f.s("sshpass -p '@@' sftp -oBatchMode=no edi_%s@sftp.distributor.example <<EOF" % c.name.split("-")[0], c.pw(), "generic.password-sshpass")
    f.t("put /var/edi/out/*.csv /inbound/", "EOF")
    key = c.ed()
    f = c.f("distribution/edi/id_ed25519")
    put_key(f, K.openssh_private(key, c.r, "edi@%s" % dom), "key.openssh-ed25519")

    # --- compliance (negatives)
    f = c.f("compliance/excise-returns.csv")
    f.t("period,permit,return_id,sha256")
    for i in range(2):
        f.n("2025-Q%d,BR-%s-%s,%s,@@" % (i + 1, v.upper(2), v.digits(5), v.digits(9)), v.sha256(), "neg.digest")

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    slack_export(c, "comms/slack-brewhouse/2025-%02d-%02d.json" % (c.r.randint(1, 12), c.r.randint(1, 28)), [
        (a, "%s is at 1.012, crashing tomorrow" % tanks[0]),
        (b, S("node-red locked me out, what's the admin pw again? I tried @@", c.pw("word"), "generic.password-chat")),
        (d, S("it's @@ - and please don't paste it in here", c.pw(), "generic.password-chat")),
        (b, S("lol. also the ubidots token for the taproom screen: @@", c.tok("ubidots"), "provider.ubidots")),
        (a, N("glycol setpoint changed, log at @@", "https://grafana.%s/d/%s" % (dom, v.alnum(9)), "neg.url")),
    ])
    email(c, "comms/mail/distributor-edi.eml", "edi-support@distributor.example", "%s <ops@%s>" % (ops, dom), "EDI SFTP credentials",
          ["Hi %s," % ops.split()[0], "", "Your EDI mailbox is ready.", "Host: sftp.distributor.example", "User: edi_%s" % c.name.split("-")[0],
           S("Password: @@", c.pw(), "generic.password-email"), "", "Files must be uploaded before 04:00."])
    ticket(c, "comms/tickets/", "IT-%d" % c.r.randint(100, 999), "Shopify app token leaked in screenshot", ops, [
        (ops, ["Screenshot in the marketing deck shows the admin token.", S("Visible token: @@", c.tok("shopify-admin"), "provider.shopify-admin")]),
        (brewer, ["Rotated. Revoked the old one in the Shopify admin."]),
    ])
    wiki(c, "docs/brewhouse-it.org", "org", "Brewhouse IT", [
        ("Cellar automation", ["Node-RED on the cellar Pi, port 1880.", S("Pi login: brewer / @@", c.pw("word"), "generic.password-wiki")]),
        ("Taproom", ["POS is Square; tablets use the Square app.", N("Guest wifi password is printed on the menu (@@ for 'password' on the Danish menu)", "adgangskode", "neg.i18n")]),
    ])
    sheet(c, "docs/retailer-portals.csv", ["retailer", "portal", "user", "password"], [
        ["Grocer A", "supplier portal", "sales@%s" % dom, S("@@", c.pw(), "generic.password-spreadsheet")],
        ["Bottle shop chain", "EDI web", "copper", S("@@", c.pw("company"), "generic.password-spreadsheet")],
        ["Festival", "vendor portal", "events@%s" % dom, S("@@", c.pw("season"), "generic.password-spreadsheet")],
    ], sep=";")
    history(c, "home/%s/.zsh_history" % brewer.split()[0].lower(), "zsh", [
        "ssh pi@cellar-pi.local",
        S("mosquitto_pub -h localhost -u cellar -P '@@' -t cellar/%s/setpoint -m 2" % tanks[0].lower(), c.pw(), "generic.password-cli"),
        "sudo systemctl restart nodered",
        S("curl -H 'Authorization: Token @@' https://api.brewery-erp.example/v1/batches", v.alnum(40), "generic.api-key-cli"),
    ])
    i18n_file(c, "webshop/locales/da.yml", "yaml")

    layer2.build(c, "platform", "shop-sync", (a, b))
