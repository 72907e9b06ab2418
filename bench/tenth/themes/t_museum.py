"""Art museum: collections-management connector, IIIF image server, digital-asset sync, timed-entry
admissions, gallery climate (BMS), media players, exhibition loans and couriers, audio-guide app."""

from themes import prose

NAME = "museum"
WORDS = ("gallery", "sculpture", "fresco", "canvas", "curator", "gilded", "baroque", "mosaic", "plinth", "vermeer")
ORGS = [("Harlow Museum of Art", "harlowmuseum.org", "Cincinnati"),
        ("Galerie Neumark", "galerie-neumark.de", "Leipzig"),
        ("Thornbury Gallery & Collections", "thornburygallery.org.uk", "Exeter")]


def setup(C):
    C.org, C.dom, C.site = C.r.choice(ORGS)
    C.app = "collections-api"
    C.svcs = ["collections-api", "admissions"]


def build(C):
    r = C.r
    bms_pw = C.hpw()
    sftp_pw = C.spw()

    # ---- collections connector (.NET, Windows)
    d = C.doc("collections/TmsConnector.exe.config", crlf=True)
    d.w('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>\n')
    d.w('    <add name="Collections" providerName="System.Data.SqlClient" connectionString="%s" />\n' % d.S(
        "Data Source=cms-sql01;Initial Catalog=TMS;User ID=tms_reader;Password=%s;" % C.spw(), "sql-connection-string"))
    d.w('  </connectionStrings>\n  <appSettings>\n    <add key="ImageServerBase" value="https://iiif.%s/iiif/3/" />\n' % C.dom)
    d.w('    <add key="DamApiKey" value="%s" />\n' % d.S("dam_" + r.al(40), C.named("dam-api-key")))
    d.w('    <add key="PublishOnlyRightsCleared" value="true" />\n  </appSettings>\n</configuration>\n')

    # ---- IIIF image server
    d = C.doc("iiif/cantaloupe.properties")
    d.w("# Cantaloupe image server\nhttp.port = 8182\nsource.static = S3Source\n")
    d.w("S3Source.endpoint = https://s3.eu-central-1.amazonaws.com\nS3Source.BasicLookupStrategy.bucket.name = %s-masters\n"
        % C.name)
    pair = C.pair("aws-access-key")
    rr = d.R("aws-access-key")
    d.w(rr.B + "S3Source.access_key_id = %s\n" % rr.A(pair[2][0][1], None, True))
    d.w("S3Source.secret_key = %s" % rr.A(pair[2][1][1]) + rr.E + "\n")
    d.w("endpoint.admin.enabled = true\nendpoint.admin.username = admin\n")
    d.w("endpoint.admin.secret = %s\n" % d.S(C.spw(), "iiif-admin-secret"))
    d.w("cache.server.derivative = FilesystemCache\n")

    # ---- DAM sync
    d = C.doc("dam/asset_sync.py")
    d.w('"""Copy rights-cleared images from the DAM to the IIIF masters bucket."""\nimport os\n\n')
    d.w('DAM_URL = "https://dam.%s/api/v2"\n' % C.dom)
    d.w('DAM_KEY = "%s"\n' % d.S("dam_" + r.al(40), C.named("dam-api-key")))
    d.w("RIGHTS_DB_PASSWORD = %s\n" % d.N('os.getenv("RIGHTS_DB_PASSWORD", "")', "env-reference"))
    d.w("\n\ndef cleared(asset):\n    return asset.get(\"rights\") in (\"public-domain\", \"cc0\", \"cleared\")\n")

    # ---- admissions
    d = C.doc("admissions/.env.production")
    d.w("PUBLIC_URL=https://tickets.%s\nTIMED_ENTRY_SLOT_MINUTES=15\n" % C.dom)
    d.w("STRIPE_RESTRICTED_KEY=%s\n" % d.S(C.tok("stripe-restricted-key"), "stripe-restricted-key"))
    d.w("MEMBERSHIP_CRM_API_KEY=%s\n" % d.S("mcrm_" + r.hx(36), C.named("membership-crm-key")))
    d.w("MAILGUN_API_KEY=%s\n" % d.S(C.tok("mailgun-key"), "mailgun-key"))
    d.w("GA4_ID=%s\n" % d.N("G-" + r.up(10), "analytics-id"))
    d = C.doc("admissions/.env.example")
    d.w("PUBLIC_URL=http://localhost:5173\nTIMED_ENTRY_SLOT_MINUTES=15\nSTRIPE_RESTRICTED_KEY=%s\n" % d.N(
        "rk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"))
    d.w("MEMBERSHIP_CRM_API_KEY=%s\nMAILGUN_API_KEY=\nGA4_ID=\n" % d.N("${{ secrets.MEMBERSHIP_CRM_API_KEY }}",
                                                                       "ci-reference"))

    # ---- gallery climate
    d = C.doc("climate/bms-galleries.ini")
    d.w("[gateway]\nbacnet_ip = %s\nweb_user = conservation\n" % r.ip("10.50"))
    d.w("web_password = %s\n\n" % d.S(bms_pw, "bms-password"))
    d.w("[snmp]\ncommunity = %s\n\n" % d.N("public", "well-known-default"))
    d.w("[dataloggers]\ncloud = https://api.loggercloud.example\ntoken = %s\n\n" % d.S(
        r.b64u(48), C.named("datalogger-cloud-token")))
    for g in r.sample(["Gallery 3", "Gallery 7", "Print Room", "Loan Store"], 3):
        d.w("[%s]\nrh_setpoint = %d\ntemp_setpoint = %d\n\n" % (g, r.choice([45, 50, 55]), r.choice([19, 20, 21])))

    # ---- media players
    d = C.doc("av/media-players.json")
    d.w('{\n  "cms": {"url": "https://signage.%s", "token": "%s"},\n  "players": [\n' % (
        C.dom, d.S(r.al(44), C.named("signage-cms-token"))))
    n = r.randint(2, 3)
    for i in range(n):
        d.w('    {\n      "room": "%s",\n' % r.choice(["Atrium", "Gallery 2", "Gallery 5", "Auditorium", "Learning Centre"]))
        d.w('      "admin_password": "%s"\n    }%s\n' % (
            d.N("admin", "well-known-default") if i == 0 else d.S(C.pw(), "media-player-password"),
            "," if i < n - 1 else ""))
    d.w("  ]\n}\n")

    # ---- loans and couriers
    d = C.doc("loans/courier-transfer.properties")
    d.w("# exchange of condition reports and crate lists with the fine-art shipping agent\n")
    d.w("agent.sftp.host=sftp.fineart-shipping.example\nagent.sftp.user=%s\n" % C.dom.split(".")[0][:10])
    d.w("agent.sftp.password=%s\n" % d.S(sftp_pw, "sftp-password"))
    d.w("conditionreport.api.key=%s\n" % d.S("crp_" + r.al(32), C.named("condition-report-key")))
    d.w("crate.label.prefix=%s-LN\n" % C.dom.split(".")[0][:4].upper())

    # ---- audio guide app (public configuration only)
    d = C.doc("audio-guide/app-config.json")
    d.w('{\n  "mapbox_token": "%s",\n' % d.N("pk." + r.b64u(60) + "." + r.b64u(22), "public-api-key"))
    d.w('  "sentry_dsn": "%s",\n' % d.N("https://%s@o%d.ingest.sentry.io/%d" % (r.hx(32), r.randint(10 ** 5, 10 ** 6),
                                                                                 r.randint(10 ** 6, 10 ** 7)), "sentry-dsn"))
    d.w('  "content_base": "https://guide.%s/v1/",\n  "languages": ["en", "de", "fr", "es"]\n}\n' % C.dom)

    # ---- accession sample (identifiers only)
    d = C.doc("objects/accessions-sample.csv")
    d.w("accession,title,iiif_manifest\n")
    for _ in range(3):
        acc = "%d.%d.%d" % (r.randint(1950, 2024), r.randint(1, 300), r.randint(1, 20))
        d.w("%s,%s,https://iiif.%s/manifests/%s\n" % (acc, r.choice(["Still life with lemons", "Harbour at dusk",
                                                                       "Study of hands", "Untitled (blue)"]), C.dom, acc))

    # ---- free text
    def rows(d):
        out = []
        for i, k in enumerate(r.sample(["Atrium kiosk", "Membership desk", "Gift shop till", "Cloakroom tablet"], 4)):
            out.append([k, "kiosk%02d" % (i + 1), d.S(C.hpw(), "kiosk-password") if i != 2 else "autologon via GPO"])
        return out
    prose.sheet(C, "it/kiosk-accounts.csv", ["device", "account", "password"], rows)

    def blocks(d):
        return [("p", "AV and climate checklist for a new exhibition opening."),
                ("h", "Media players"),
                ("p", "New players ship with admin/admin. Change it on day one; the gallery standard is %s." % d.S(
                    C.pw(), "media-player-password")),
                ("h", "Climate"),
                ("p", "Conservation can check RH on the BMS web page, user conservation, password %s." % d.S(
                    bms_pw, "bms-password"))]
    prose.wiki(C, "wiki/exhibition-opening", "Exhibition opening: AV and climate", blocks)

    def msgs(d):
        p = C.people
        return [(p[0], "the condition reports for the %s loan didn't arrive at the agent" % r.choice(["Rotterdam", "Lyon", "Boston"])),
                (p[1], "our SFTP login expired, they reset it"),
                (p[1], "new password: %s" % d.S(sftp_pw, "sftp-password")),
                (p[2], "crates leave Tuesday 06:00, courier is on the manifest"),
                (p[0], "👍 uploading now")]
    prose.chat(C, "chat", "registrars", msgs)

    reg = C.people[3]

    def body(d):
        return ["Dear colleagues,", "",
                "For the incoming loan you can upload condition reports to our portal:",
                "  https://loans.%s" % C.dom,
                "  login: lender-%s" % r.lo(5),
                "  password: %s" % d.S(C.hpw(), "loan-portal-password"), "",
                "Crate numbers will follow with the packing list.", "", "Best regards,", reg, "Registrar, %s" % C.org]
    prose.email(C, "mail/loan-portal-access.eml", "%s <%s@%s>" % (reg, r.handle(reg), C.dom),
                "registrar@lending-museum.example", "Incoming loan: condition report portal", body)

    def entries(d):
        return [(C.people[5], "Member can't log in to book a free slot, says her password is %s." % d.S(
                    C.hpw(), "end-user-password")),
                (C.people[2], "Membership had lapsed; renewed, card %s." % d.N("**** " + r.dig(4), "masked"))]
    prose.ticket(C, "tickets", "VS-%d" % r.randint(1000, 9999), "Member cannot book a slot", entries)
