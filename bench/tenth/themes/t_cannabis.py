"""Licensed cannabis cultivator and dispensaries: seed-to-sale compliance sync, dispensary POS, grow-room
climate controllers, state-mandated camera DVRs, online menus, testing-lab COA portal, delivery."""

from themes import prose

NAME = "cannabis-ops"
WORDS = ("kush", "terpene", "sativa", "indica", "trichome", "clone", "harvest", "canopy", "cultivar", "greenhouse")
ORGS = [("Green Meridian Cultivation", "greenmeridian.co", "Denver"),
        ("Cascade Leaf Collective", "cascadeleaf.com", "Portland"),
        ("Northern Bloom Cannabis", "northernbloom.ca", "Kelowna")]


def setup(C):
    C.org, C.dom, C.site = C.r.choice(ORGS)
    C.app = "menu-sync"
    C.svcs = ["menu-sync", "compliance-bridge"]


def _tag(r):
    return "1A4" + r.up(21)


def build(C):
    r = C.r
    user_key = r.b64u(48)
    dvr_pw = C.spw()
    stores = r.sample(["Colfax", "Uptown", "Southgate", "Riverfront", "Hawthorne", "Old Town"], 3)

    # ---- seed-to-sale compliance
    d = C.doc("compliance/metrc-sync.yaml")
    d.w("# state track-and-trace sync (plants, packages, sales receipts)\nstate: %s\n" % r.choice(["CO", "OR", "MI"]))
    d.w("api_base: https://api-co.metrc.com\n")
    d.w("vendor_api_key: \"%s\"\n" % d.S(r.b64u(48), C.named("metrc-vendor-key")))
    d.w("user_api_key: \"%s\"\nlicenses:\n" % d.S(user_key, C.named("metrc-user-key")))
    for i, s in enumerate(stores):
        d.w("  - store: %s\n    license: \"%s\"\n" % (s, "%d-%05d" % (r.choice([402, 403, 404]), r.randint(1, 99999))))
    d.w("sync_minutes: 15\n")

    # ---- dispensary POS
    d = C.doc("pos/.env.production")
    d.w("POS_BASE_URL=https://api.dispensary-pos.example/v1\n")
    d.w("POS_API_KEY=%s\n" % d.S("dpk_" + r.al(40), C.named("dispensary-pos-key")))
    d.w("PAYMENTS_SECRET=%s\n" % d.S("cpay_live_" + r.hx(32), C.named("cannabis-payments-secret")))
    d.w("TWILIO_AUTH_TOKEN=%s\n" % d.S(C.tok("twilio-auth-token"), "twilio-auth-token"))
    d.w("LOYALTY_POINTS_PER_DOLLAR=1\n")
    d = C.doc("pos/.env.example")
    d.w("POS_BASE_URL=https://sandbox.dispensary-pos.example/v1\nPOS_API_KEY=%s\nPAYMENTS_SECRET=%s\nTWILIO_AUTH_TOKEN=\n" % (
        d.N("dpk_test_xxxxxxxxxxxxxxxx", "placeholder"), d.N("vault:secret/data/pos#payments_secret", "vault-reference")))
    d.w("LOYALTY_POINTS_PER_DOLLAR=1\n")

    # ---- grow-room climate
    d = C.doc("grow/climate-controllers.json")
    d.w('{\n  "mqtt": {"host": "grow-mqtt.%s", "user": "climate", "password": "%s"},\n' % (
        C.dom, d.S(C.spw(), "mqtt-password")))
    d.w('  "cloud": {"url": "https://api.growcloud.example", "token": "%s"},\n  "rooms": [\n' % d.S(
        "gc_" + r.al(40), C.named("growroom-cloud-token")))
    for i in range(2):
        d.w('    {"room": "Flower %d", "controller_serial": "%s", "vpd_target": %.1f}%s\n' % (
            i + 1, d.N("GC" + r.HX(10), "device-id"), r.uniform(1.0, 1.4), "," if i == 0 else ""))
    d.w("  ]\n}\n")

    # ---- camera DVRs (Windows)
    d = C.doc("security/DvrSites.ini", crlf=True)
    d.w("; state rules: 90 days retention, regulator remote access on request\n[Defaults]\nRetentionDays=90\n\n")
    for i, s in enumerate(stores[:2]):
        d.w("[%s]\nHost=%s\nAdminUser=admin\n" % (s, r.ip("10.12")))
        d.w("AdminPassword=%s\n" % (d.S(dvr_pw, "dvr-password") if i == 0 else d.S(C.spw(), "dvr-password")))
        d.w("RegulatorUser=state-viewer\nRegulatorPassword=%s\n\n" % (d.S(C.hpw(), "dvr-regulator-password") if i == 0
                                                                     else d.N("admin123", "well-known-default")))

    # ---- online menu
    d = C.doc("ecommerce/menu_sync.py")
    d.w('"""Push live inventory to the online menu marketplaces."""\nimport os\n\n')
    d.w('MENU_API_KEY = "%s"\n' % d.S("mk_" + r.hx(40), C.named("menu-marketplace-key")))
    d.w("WEBHOOK_SECRET = %s\n" % d.N('os.environ["MENU_WEBHOOK_SECRET"]', "env-reference"))
    d.w("\n\ndef listing(pkg):\n    return {\"sku\": pkg[\"sku\"], \"thc\": pkg[\"thc\"], \"qty\": pkg[\"qty\"]}\n")

    # ---- testing-lab COA portal
    d = C.doc("lab/coa-portal.properties")
    d.w("coa.portal.url=https://coa.testlab.example\ncoa.portal.user=qa@%s\n" % C.dom)
    d.w("coa.portal.password=%s\n" % d.S(C.pw(), "coa-portal-password"))
    d.w("coa.api.key=%s\n" % d.S(r.hx(40), C.named("coa-lab-key")))
    d.w("coa.download.dir=/srv/qa/coa\n")

    # ---- delivery
    d = C.doc("delivery/drivers.toml")
    d.w("[routing]\nprovider = \"here\"\napi_key = \"%s\"\n\n" % d.S(C.tok("here-api-key"), "here-api-key"))
    d.w("[driver_app]\nadmin_user = \"dispatch\"\nadmin_password = \"%s\"\nmax_cash_on_hand = 1000\n" % d.S(
        C.hpw(), "driver-app-password"))

    # ---- package tags sample (identifiers only)
    d = C.doc("compliance/package-tags-sample.csv")
    d.w("package_tag,item,batch,qty_g\n")
    for i in range(3):
        t = d.N(_tag(r), "package-tag") if i < 2 else _tag(r)
        d.w("%s,%s,B%s,%d\n" % (t, r.choice(["Pre-roll 1g", "Flower 3.5g", "Vape 0.5g"]), r.dig(6), r.randint(100, 5000)))

    # ---- free text
    def rows(d):
        out = []
        for i, s in enumerate(stores):
            out.append([s, "manager.%s" % s.lower().replace(" ", ""), d.S(C.hpw(), "pos-login-password")])
        out.append([stores[0], "budtenders", "badge login (no password)"])
        return out
    prose.sheet(C, "stores/pos-manager-logins.csv", ["store", "pos_user", "password"], rows)

    def blocks(d):
        return [("p", "Compliance runbook for inventory managers."),
                ("h", "Track and trace"),
                ("p", "If the sync stops, check the user API key in the sync config; current key %s." % d.S(
                    user_key, C.named("metrc-user-key"))),
                ("h", "Cameras"),
                ("p", "Inspectors get live view only. %s admin DVR login is admin / %s." % (stores[0], d.S(
                    dvr_pw, "dvr-password")))]
    prose.wiki(C, "wiki/compliance-runbook", "Compliance runbook", blocks)

    def msgs(d):
        p = C.people
        return [(p[0], "state inspector at %s tomorrow 9am" % stores[0]),
                (p[1], "they'll want to see the DVR, admin pw is %s" % d.S(dvr_pw, "dvr-password")),
                (p[2], "and the regulator remote account is ready"),
                (p[0], "ok, printing the retention report")]
    prose.chat(C, "chat", "store-managers", msgs)

    qa = C.people[3]

    def body(d):
        return ["Hi team,", "", "New QA lead starts Monday; please give her access to the lab portal.",
                "Our shared QA login for now: qa@%s" % C.dom,
                "Password: %s" % d.S(C.spw(), "coa-portal-password"), "",
                "Batches to test this week: B%s, B%s." % (r.dig(6), r.dig(6)), "", "Thanks,", qa, C.org]
    prose.email(C, "mail/lab-portal-access.eml", "%s <%s@%s>" % (qa, r.handle(qa), C.dom),
                "clientservices@testlab.example", "COA portal access", body)

    def entries(d):
        return [(C.people[5], "Loyalty customer can't log in to pre-order; gave password %s at the counter." % d.S(
                    C.hpw(), "end-user-password")),
                (C.people[1], "Customer record was merged twice; fixed. Reminded staff not to write down passwords.")]
    prose.ticket(C, "tickets", "RET-%d" % r.randint(100, 9999), "Loyalty login problem", entries)
