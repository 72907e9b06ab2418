"""Self-storage operator: gate access controllers, facility-management bridge, smart locks, rental
kiosks, site NVRs, rental website, call centre IVR, online lien auctions, tenant insurance."""

from themes import prose

NAME = "self-storage"
WORDS = ("padlock", "unit", "climate", "boxes", "forklift", "dolly", "storage", "locker", "keypad", "moving")
ORGS = [("StoreRight Self Storage", "storeright-storage.com", "Phoenix"),
        ("Haven Box Storage", "havenbox.co.uk", "Manchester"),
        ("Keystone Lock & Store", "keystonelockstore.com", "Tulsa")]


def setup(C):
    C.org, C.dom, C.site = C.r.choice(ORGS)
    C.app = "rental-site"
    C.svcs = ["rental-site", "gate-bridge"]


def build(C):
    r = C.r
    link_pw = C.spw()
    comm_key = r.HX(32)
    kiosk_pw = C.hpw()
    sites = r.sample(["Airport Rd", "Northgate", "Riverside", "Eastfield", "Mill Lane", "Canal St"], 3)

    # ---- gate access controller (Windows)
    d = C.doc("gate/AccessController.ini", crlf=True)
    d.w("[Site]\nName=%s\nGates=2\nKeypads=3\n\n[FacilityLink]\nServer=fms-bridge.%s\nPort=8443\nUser=gatelink\n" % (
        sites[0], C.dom))
    d.w("Password=%s\n\n" % d.S(link_pw, "facility-link-password"))
    d.w("[Controllers]\nCommKey=%s\nPoll=2\n" % d.S(comm_key, "gate-comm-key"))
    for i in range(2):
        d.w("Gate%d=%s\n" % (i + 1, r.ip("192.168")))
    d.w("\n[Audit]\nExportDir=C:\\GateAudit\n")

    # ---- facility management bridge
    d = C.doc("facility-mgmt/fms-bridge.json")
    d.w('{\n  "fms": {\n    "endpoint": "https://api.fms-vendor.example/CallCenterWs",\n    "corpCode": "C%s",\n' % r.up(3))
    d.w('    "corpUser": "api_%s",\n' % C.dom.split(".")[0][:10])
    d.w('    "corpPassword": "%s"\n  },\n  "locations": [\n' % d.S(C.spw(), "fms-api-password"))
    for i, s in enumerate(sites):
        d.w('    {"code": "L%03d", "name": "%s"}%s\n' % (r.randint(1, 400), s, "," if i < 2 else ""))
    d.w('  ],\n  "syncMinutes": 5\n}\n')

    # ---- smart locks
    d = C.doc("smartlocks/lock-cloud.yaml")
    d.w("vendor: smartlock-cloud\napi:\n  base: https://api.smartlock.example/v1\n")
    d.w("  key: %s\n" % d.S("slk_live_" + r.al(32), C.named("smartlock-api-key")))
    d.w("webhooks:\n  url: https://gate-bridge.%s/hooks/locks\n  signing_secret: \"%s\"\nunits:\n" % (
        C.dom, d.S(r.b64u(32), "webhook-secret")))
    for _ in range(2):
        d.w("  - unit: %s%d\n    lock_serial: %s\n" % (r.choice("ABCD"), r.randint(100, 450), d.N("NK" + r.HX(10), "device-id")))

    # ---- rental kiosk (Windows)
    d = C.doc("kiosk/RentalKiosk.exe.config", crlf=True)
    d.w('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n')
    d.w('    <add key="PaymentGatewayKey" value="%s" />\n' % d.S(r.al(32), C.named("payment-gateway-key")))
    d.w('    <add key="KioskAdminPassword" value="%s" />\n' % d.S(kiosk_pw, "kiosk-admin-password"))
    d.w('    <add key="ReceiptPrinter" value="EPSON TM-T88VI" />\n  </appSettings>\n</configuration>\n')

    # ---- rental website
    d = C.doc("web/.env.production")
    d.w("SITE_URL=https://www.%s\n" % C.dom)
    d.w("STRIPE_SECRET_KEY=%s\n" % d.S(C.tok("stripe-secret-key"), "stripe-secret-key"))
    d.w("GOOGLE_PLACES_SERVER_KEY=%s\n" % d.S(C.tok("google-api-key"), "google-api-key"))
    pair = C.pair("twilio-api-key")
    rr = d.R("twilio-api-key")
    d.w(rr.B + "TWILIO_API_KEY=%s\n" % rr.A(pair[2][0][1], None, True))
    d.w("TWILIO_API_SECRET=%s" % rr.A(pair[2][1][1]) + rr.E + "\n")
    d.w("RESERVATION_HOLD_HOURS=48\n")
    d = C.doc("web/.env.example")
    d.w("SITE_URL=http://localhost:3000\nSTRIPE_SECRET_KEY=%s\nGOOGLE_PLACES_SERVER_KEY=\nTWILIO_API_KEY=\n" % d.N(
        "sk_live_replace_me", "placeholder"))
    d.w("TWILIO_API_SECRET=%s\nRESERVATION_HOLD_HOURS=48\n" % d.N("op://Web/twilio/api-secret", "secret-reference"))

    # ---- call centre
    d = C.doc("callcenter/ivr_transfer.py")
    d.w('"""Route after-hours calls to the call centre and log the source."""\nimport os\n\n')
    d.w("TWILIO_AUTH_TOKEN = %s\n" % d.N('os.environ["TWILIO_AUTH_TOKEN"]', "env-reference"))
    d.w('CALLTRACKING_KEY = "%s"\n' % d.S(r.hx(32), C.named("calltracking-api-key")))
    d.w("\n\ndef route(call):\n    return \"callcenter\" if call[\"hour\"] >= 18 else call[\"site\"]\n")

    # ---- lien auctions
    d = C.doc("auctions/lien-auction-sync.sh")
    d.w("#!/bin/bash\n# publish delinquent units to the online lien auction site\nset -euo pipefail\n")
    d.w("AUCTION_API=https://api.lienauctions.example/v2\n")
    d.w("curl -fsS -H 'X-Api-Token: %s' \"$AUCTION_API/units\" -d @units.json\n" % d.S(
        "la_" + r.hx(40), C.named("lien-auction-token")))
    d.w("curl -fsS -u %s:%s https://legal-notices.example/upload -F file=@notices.pdf\n" % (
        "storage" + r.dig(3), d.S(C.upw(), "curl-basic-password")))

    # ---- tenant insurance
    d = C.doc("insurance/tenant-protection.properties")
    d.w("partner.api.base=https://api.tenant-protect.example\npartner.client.id=%s\n" % r.lo(20))
    d.w("partner.client.secret=%s\n" % d.S(r.b64u(40), C.named("tenant-insurance-secret")))
    d.w("bordereau.sftp.password=%s\n" % d.S(C.pw(), "sftp-password"))
    d.w("bordereau.schedule=monthly\n")

    # ---- free text
    def rows(d):
        out = []
        for i, s in enumerate(sites):
            pw = d.N("admin", "well-known-default") if i == 0 else d.S(C.hpw(), "nvr-password")
            out.append([s, "http://%s" % r.ip("192.168"), "admin", pw, "16 cams" if i else "default pw, site opens May"])
        return out
    prose.sheet(C, "cameras/nvr-sites.csv", ["site", "nvr", "user", "password", "notes"], rows)

    psk = C.hpw()

    def blocks(d):
        return [("p", "Checklist for opening a new site (%s)." % C.org),
                ("h", "Gate"),
                ("ul", ["Controllers must share the site comm key %s" % d.S(comm_key, "gate-comm-key"),
                        "Gate link to the FMS bridge uses the gatelink account (see the ini on the gate PC)."]),
                ("h", "Office network"),
                ("p", "Office Wi-Fi SSID STORE-OFFICE, passphrase %s; tenant Wi-Fi is open." % d.S(psk, "wifi-psk"))]
    prose.wiki(C, "wiki/new-site-opening", "New site opening", blocks)

    def msgs(d):
        p = C.people
        return [(p[0], "%s gate offline since 7am, tenants stuck outside" % sites[0]),
                (p[1], "link password was rotated last night, gate PC still has the old one"),
                (p[1], "use %s" % d.S(link_pw, "facility-link-password")),
                (p[2], "also the kiosk there wants the admin pw for the printer fix"),
                (p[1], "kiosk admin is %s" % d.S(kiosk_pw, "kiosk-admin-password"))]
    prose.chat(C, "chat", "district-managers", msgs)

    mgr = C.people[3]

    def body(d):
        return ["Hi,", "", "Thanks for renting unit %s%d at our %s site." % (r.choice("ABC"), r.randint(100, 400), sites[1]),
                "You can pay and manage your unit online:",
                "  https://my.%s" % C.dom,
                "  temporary password: %s" % d.S(C.hpw(), "portal-temp-password"), "",
                "Your gate code will be sent to you by text message.", "", "Kind regards,", mgr, C.org]
    prose.email(C, "mail/welcome-tenant.eml", "%s <%s@%s>" % (mgr, r.handle(mgr), C.dom),
                "tenant.%s@example.net" % r.lo(6), "Welcome to %s" % C.org, body)

    def entries(d):
        return [(C.people[5], "Site manager at %s cannot log in to the FMS, password is %s per her note." % (
                    sites[2], d.S(C.hpw(), "end-user-password"))),
                (C.people[1], "Caps lock. Resolved; asked her to rotate it since it is in the ticket now.")]
    prose.ticket(C, "tickets", "OPS-%d" % r.randint(1000, 9999), "Site manager cannot log in to FMS", entries)
