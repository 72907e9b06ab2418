"""Locksmith and master-key systems installer: plan exports, mechatronic cylinder programmer (site keys),
access-control panels at clients (installer passwords, OSDP keys), key-cutting cloud, call-out PBX, shop."""
import vals17 as V

DIR = "locksmith"
VARIANTS = [
    {"org": "Brandt Schließtechnik GmbH", "domain": "brandt-schliesstechnik.de", "city": "Hannover", "langs": ["de", "en"]},
    {"org": "Serrurerie Lemaire & Fils", "domain": "lemaire-serrurerie.fr", "city": "Lille", "langs": ["fr", "en"]},
    {"org": "Cerrajería Ortega", "domain": "cerrajeria-ortega.es", "city": "Valencia", "langs": ["es", "en"]},
]
CLIENTS = ["grundschule-nord", "klinik-am-park", "stadtwerke", "hotel-central", "logistik-sued", "rathaus"]


def vocab(t):
    return {
        "systems": ["master-key planner", "cylinder programmer", "key-cutting cloud", "call-out line", "van tracker", "web shop"],
        "devices": [("key-cutting machine", "service"), ("cylinder programming device", "admin"), ("client access panel", "installer"),
                    ("van tracker portal", "fleet"), ("office router", "root")],
        "vendor": "KeyCloud", "hosts": ["planner", "pbx", "shop", "office-nas"], "channel": "werkstatt-funk",
        "db": "locks", "ssid": "Werkstatt", "ticket_prefix": "SLS",
        "integrations": ["shop-sync", "callout-bot", "planner-export"],
        "topics": ["Cylinder programmer can't read the site card", "After-hours line drops calls", "Shop orders missing key numbers"],
        "chatter": ["van 3 needs new blanks", "call-out in the old town, 20 min", "customer lost the master key again",
                    "safe opening job tomorrow 8am", "cutting machine needs calibration", "who took the long pick set?"],
    }


def build(t):
    r = t.r
    cl = r.sample(CLIENTS, 3)
    t.f("masterkey/plans/%s.mkp.xml" % cl[0], """<?xml version="1.0" encoding="UTF-8"?>
<MasterKeyPlan system="%s" client="%s">
  <PlanProtection enabled="true" password="%s"/>
  <Key id="GHS" label="Grand master" quantity="2"/>
  <Key id="HS-1" label="Building A" quantity="4"/>
  <Cylinder door="A.0.12" keys="GHS HS-1"/>
</MasterKeyPlan>
""" % (t.N("SYS-" + V.rs(r, 6, V.DIG), "id-key-system"), cl[0], t.S(t.pw(), "file-protection-password")))
    t.f("mechatronic/programmer.ini", """[device]
serial=%s
port=COM4

[system]
site_key=%s
programmer_password=%s
audit_trail=on
""" % (t.N("MP" + V.rs(r, 10, V.DIG), "device-serial"), t.S(V.hexs(r, 32).upper(), "site-key-aes"), t.S(t.pw(), "device-admin-password")), crlf=True)
    inst = t.pw("weak")
    for c in cl[1:]:
        t.f("access-control/clients/%s/panel.yaml" % c, """panel:
  model: AC-8000
  mac: %s
  web:
    user: installer
    password: "%s"
  osdp:
    secure_channel: true
    scbk: %s
  readers: 6
""" % (t.N(V.mac_addr(r), "id-mac"), t.S(inst, "device-installer-password"), t.S(V.hexs(r, 32).upper(), "osdp-scbk")))
    t.f("keycutting/cloud-sync.json", '{\n  "machineSerial": "%s",\n  "apiKey": "%s",\n  "syncIntervalMin": 15\n}' % (
        t.N("KC-" + V.rs(r, 8, V.DIG), "device-serial"), t.S(t.rtok(36, V.ALNUM + "-"), "api-key-vendor")))
    t.f("callout/pjsip.conf", """[trunk-auth]
type=auth
auth_type=userpass
username=%d
password=%s

[trunk]
type=endpoint
outbound_auth=trunk-auth
context=from-trunk
""" % (r.randint(40000000, 49999999), t.S(t.pw("uri"), "sip-trunk-password")))
    t.f("callout/alert_bot.py", """import telegram

BOT = telegram.Bot("%s")
CHAT_ID = %d


def notify(job):
    BOT.send_message(CHAT_ID, "Call-out: %%s (%%s)" %% (job["address"], job["reason"]))
""" % (t.P("telegram-bot"), -r.randint(10 ** 12, 10 ** 13)))
    alarm_pw = t.pw()
    t.f("callout/voicemail-transcripts.txt", """--- 2025-02-17 22:41, +49 511 ... (transcribed) ---
Hi, this is the night porter from %s. The alarm company said your engineer
needs their engineer password to set the panel after the lock change. It's %s.
Please call back.

--- 2025-02-18 07:03 (transcribed) ---
Hello, I locked myself out of the flat on the third floor, please call me.
""" % (cl[1].replace("-", " ").title(), t.S(alarm_pw, "password-voicemail")), free=True)
    t.f("shop/app/config/parameters.yml", """parameters:
    database_host: %s
    database_name: shop
    database_user: shop
    database_password: %s
    mailer_transport: smtp
    mailer_password: %s
    secret: %s
    mailchimp_api_key: %s
""" % (t.host("shop"), t.S(t.pw(), "db-password"), t.S(t.pw(), "smtp-password"), t.S(V.hexs(r, 40), "symfony-app-secret"), t.P("mailchimp")))
    t.f("shop/deploy.sh", """#!/usr/bin/env bash
set -e
export DIGITALOCEAN_ACCESS_TOKEN=%s
doctl apps create-deployment %s
""" % (t.P("digitalocean"), t.N(V.uuid4(r), "id-app")))
    t.f("vans/tracker.env", "TRACKER_API=https://api.fleettrack.example/v1\nTRACKER_ACCOUNT=%d\nTRACKER_API_KEY=%s\nROUTING_GOOGLE_KEY=%s\n" % (
        r.randint(1000, 9999), t.S(t.rtok(32, V.HEX), "api-key-vendor"), t.P("google-api-key")))
    t.f("office/router/uci-export.txt", """package wireless
config wifi-iface 'office'
\toption ssid 'Werkstatt'
\toption encryption 'psk2'
\toption key '%s'

package network
config interface 'wan'
\toption proto 'pppoe'
\toption username '%s@provider.example'
\toption password '%s'
""" % (t.S(t.pw("phrase"), "wifi-psk"), V.rs(r, 10, V.DIG), t.S(t.pw(), "pppoe-password")))
    adm = t.pw()
    p = t.person(0)
    t.f("docs/install-handover-%s.md" % cl[1], """# Handover: access control at %s

Installed by %s on 2025-03-07.

* Controller: AC-8000, 6 readers, OSDP secure channel enabled
* Master key system number: %s
* Web interface: https://10.20.0.5 — user **admin**, password **%s** (please change on first login)
* Installer account stays with us for service visits.
""" % (cl[1], p.name, t.N("SYS-" + V.rs(r, 6, V.DIG), "id-key-system"), t.S(adm, "device-admin-password")), free=True)
    k = t.key("OKP")
    raw, chk = t.keytext(k, "pkcs8")
    t.f("mobile-keys/signing/credential-signing.pem", t.S(raw, "private-key-ed25519-pkcs8", "key", check=chk, raw=raw))
    t.f("mobile-keys/signing/credential-signing.pub", t.N(__import__("keys17").public_pem(k), "public-key-pem"))
