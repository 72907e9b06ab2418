"""Textile mill: Jacquard looms, dye-house colour kitchen, ERP and EDI with retailers, boiler SCADA,
fabric inspection, wholesale portal."""

from themes import prose

NAME = "textile-mill"
WORDS = ("jacquard", "warp", "weft", "bobbin", "tweed", "selvedge", "indigo", "twill", "merino", "shuttle")
ORGS = [("Calder Valley Weaving Co.", "caldervalley-weaving.co.uk", "Halifax"),
        ("Piedmont Textile Mills", "piedmonttextile.com", "Gastonia"),
        ("Lanificio Serravalle", "serravalle-tessuti.it", "Biella")]


def setup(C):
    C.org, C.dom, C.site = C.r.choice(ORGS)
    C.app = "order-portal"
    C.svcs = ["order-portal", "edi-gateway"]


def build(C):
    r = C.r
    loom_pw = C.hpw()
    scada_pw = C.spw()

    # ---- Jacquard loom controllers
    d = C.doc("jacquard/loom-controllers.yaml")
    d.w("# pattern upload targets (JC7 controllers), used by the CAD export job\ndefaults:\n  protocol: ftp\n"
        "  pattern_dir: /patterns\n  user: cadupload\n")
    d.w("  password: \"%s\"\nhalls:\n" % d.S(loom_pw, "loom-ftp-password"))
    for h in ("A", "B"):
        d.w("  - hall: %s\n    looms:\n" % h)
        for i in range(r.randint(2, 3)):
            d.w("      - {name: L%s%02d, ip: %s, hooks: %d}\n" % (h, i + 1, r.ip("10.70"), r.choice([2688, 5376, 10752])))
    d.w("  - hall: C\n    user: cad-hallc\n    password: \"%s\"\n    looms: []\n" % d.S(C.pw(), "loom-ftp-password"))
    d.w("controller_firmware_sha256: %s\n" % d.N(r.sha256(), "digest"))

    # ---- dye-house colour kitchen (Windows)
    d = C.doc("dyehouse/ColorKitchen.ini", crlf=True)
    d.w("[Dispenser]\nModel=Dosing Station 3\nComPort=COM4\nTanks=48\n\n[Database]\nServer=dye-sql01\nDatabase=Recipes\n"
        "User=ck_app\n")
    d.w("Password=%s\n\n" % d.S(C.spw(), "dyehouse-db-password"))
    d.w("[ColorQC]\nUrl=https://qc.colorcloud.example/api\n")
    d.w("Token=%s\n" % d.S("cqc_" + r.b64u(40), C.named("colorqc-cloud-token")))
    d.w("LicenseKey=%s\n\n[Export]\nRecipeDir=\\\\dye-nas\\recipes\\out\n" % d.N("****-****-****-" + r.HX(4), "masked"))

    # ---- ERP
    d = C.doc("erp/erp-server.properties")
    d.w("# mill ERP application server\nerp.site=%s\n" % C.site)
    d.w("erp.db.url=%s\n" % d.S("jdbc:oracle:thin:erpapp/%s@//ora-erp.%s:1521/ERPPRD" % (C.upw(), C.dom), "jdbc-url"))
    d.w("erp.edi.van.host=edi.van-provider.example\nerp.edi.van.mailbox=%s\n" % r.up(8))
    d.w("erp.edi.van.password=%s\n" % d.S(C.spw(), "edi-van-password"))
    d.w("erp.gs1.company.prefix=50%s\n" % r.dig(7))
    d.w("erp.reports.smtp.password=%s\n" % d.N("${ERP_SMTP_PASSWORD}", "env-reference"))

    # ---- design studio sync
    d = C.doc("cad/design-sync.sh")
    d.w("#!/bin/sh\n# nightly copy of approved designs from the studio NAS to the mill CAD server\nset -eu\n")
    d.w("SRC=designsync@studio-nas.%s:/volume1/approved/\nDST=/srv/cad/incoming/\n" % C.dom)
    d.w("sshpass -p '%s' rsync -az --delete \"$SRC\" \"$DST\"\n" % d.S(C.pw(), "sshpass-password"))
    d.w("curl -fsS -H \"Authorization: Bearer %s\" https://cad.%s/api/reindex\n" % (
        d.N("$DESIGN_INDEX_TOKEN", "env-reference"), C.dom))

    # ---- boiler SCADA
    d = C.doc("energy/boiler-scada.json")
    d.w('{\n  "opcua": {\n    "endpoint": "opc.tcp://%s:4840",\n    "security": "Basic256Sha256",\n' % r.ip("10.80"))
    d.w('    "user": "scada",\n    "password": "%s"\n  },\n' % d.S(scada_pw, "opcua-password"))
    d.w('  "snmp": {\n    "targets": ["%s", "%s"],\n    "community": "%s"\n  },\n' % (
        r.ip("10.80"), r.ip("10.80"), d.N("public", "well-known-default")))
    d.w('  "historian": {\n    "url": "https://historian.%s/api/write",\n' % C.dom)
    d.w('    "write_key": "%s"\n  }\n}\n' % d.S(r.hx(48), "historian-write-key"))

    # ---- fabric inspection
    d = C.doc("qc/fabric-inspection.toml")
    d.w("[vision]\nline_speed_mpm = 40\ndefect_classes = [\"slub\", \"broken-end\", \"oil-stain\", \"float\"]\n\n")
    d.w("[cloud]\nendpoint = \"https://api.inspectcloud.example/v1\"\n")
    d.w("token = \"%s\"\n\n" % d.S("ic_" + r.al(48), C.named("inspection-cloud-token")))
    for i in range(2):
        d.w("[[camera]]\nid = \"cam%d\"\nserial = \"%s\"\n\n" % (i + 1, d.N("LS" + r.dig(10), "device-id")))

    # ---- compliance portal
    d = C.doc("compliance/certification_portal.py")
    d.w('"""Upload chemical inventories and test reports to the certification portals."""\nimport os\n\n')
    d.w('PORTAL_USER = os.environ["CERT_PORTAL_USER"]\n')
    d.w("PORTAL_PASSWORD = %s\n" % d.N('os.environ["CERT_PORTAL_PASSWORD"]', "env-reference"))
    d.w('CHEM_API_KEY = "%s"  # screening service\n' % d.S("csk_" + r.hx(40), C.named("chem-screening-key")))
    d.w("\n\ndef upload(path):\n    print('uploading', path, 'as', PORTAL_USER)\n")

    # ---- wholesale portal
    d = C.doc("b2b/.env.production")
    d.w("NODE_ENV=production\nPUBLIC_SHOP=wholesale.%s\n" % C.dom)
    d.w("SHOPIFY_STOREFRONT_TOKEN=%s\n" % d.N(r.hx(32), "public-api-key"))
    d.w("KLAVIYO_PRIVATE_KEY=%s\n" % d.S(C.tok("klaviyo-key"), "klaviyo-key"))
    d.w("SESSION_SECRET=%s\n" % d.S(r.hx(64), "session-secret"))
    d.w("STRIPE_PUBLISHABLE_KEY=%s\n" % d.N("pk_live_51" + r.al(96), "publishable-key"))
    d = C.doc("b2b/.env.example")
    d.w("NODE_ENV=development\nPUBLIC_SHOP=localhost:3000\nSHOPIFY_STOREFRONT_TOKEN=\n")
    d.w("KLAVIYO_PRIVATE_KEY=%s\nSESSION_SECRET=%s\n" % (d.N("pk_your_private_key", "placeholder"),
                                                         d.N("dev-session-secret", "dev-default")))

    # ---- free text
    def rows(d):
        out = []
        for i, ret in enumerate(r.sample(["Harrow & Finch", "Northbridge Stores", "Maison Lys", "Kestrel Outdoor",
                                          "Urbanite Home"], 4)):
            if i == 2:
                out.append([ret, "vendor portal", "sso (Okta)", "", "uses our Okta tile"])
            else:
                out.append([ret, "vendor portal", "supplier.%s" % C.dom.split(".")[0][:10],
                            d.S(C.hpw(), "retailer-portal-password"), "shared with sales ops"])
        return out
    prose.sheet(C, "sales/retailer-portals.csv", ["retailer", "system", "login", "password", "notes"], rows)

    ck_pw = C.hpw()

    def blocks(d):
        return [("p", "Night shift notes for the dye house. Keep it short, keep it current."),
                ("h", "Colour kitchen PC"),
                ("p", "Windows login dyehouse / %s (local account, not domain)." % d.S(ck_pw, "workstation-password")),
                ("h", "Boiler"),
                ("p", "If the SCADA client asks again, user scada, password %s." % d.S(scada_pw, "opcua-password")),
                ("p", "The spectrophotometer web page still has its default login admin / %s." % d.N(
                    "admin", "well-known-default"))]
    prose.wiki(C, "wiki/dyehouse-night-shift", "Dye house: night shift", blocks)

    def msgs(d):
        p = C.people
        return [(p[0], "CAD export to hall A fails since this morning"),
                (p[1], "loom FTP password was changed during the controller update"),
                (p[1], "new one is %s" % d.S(loom_pw, "loom-ftp-password")),
                (p[2], "hall C looms still on the old firmware, don't touch"),
                (p[0], "ok, re-running the export for %s now" % r.choice(["LA01", "LA02", "LB01"]))]
    prose.chat(C, "chat", "production", msgs)

    sm = C.people[3]

    def body(d):
        return ["Hi,", "",
                "For the EDI onboarding we set up a test mailbox on our side:",
                "  sftp://edi-test.%s  user: %s" % (C.dom, "tp-" + r.lo(6)),
                "  password: %s" % d.S(C.spw(), "sftp-password"), "",
                "Test GTINs for the first ASN: %s and %s." % (d.N("05" + r.dig(12), "gtin"), "05" + r.dig(12)), "",
                "Regards,", sm, "%s - EDI & customer service" % C.org]
    prose.email(C, "mail/edi-onboarding.eml", "%s <%s@%s>" % (sm, r.handle(sm), C.dom),
                "edi@retailer-example.com", "EDI onboarding: test credentials", body)

    def entries(d):
        return [(C.people[4], "ERP says my account is locked. My password is %s, I typed it right." % d.S(
                    C.hpw(), "end-user-password")),
                (C.people[1], "Unlocked. Please change it, it has been in this ticket now.")]
    prose.ticket(C, "tickets", "IT-%d" % r.randint(1000, 9999), "ERP account locked", entries)
