"""Funeral-home group: arrangements (case management) API, service webcasts, obituary syndication,
crematory retort HMI, pre-need trust reporting, state electronic death registration, florist shop."""

from themes import prose

NAME = "funeral-homes"
WORDS = ("lily", "chapel", "willow", "harmony", "cypress", "serenity", "orchid", "meadow", "candle", "heritage")
ORGS = [("Hollis & Crane Funeral Homes", "hollis-crane.com", "Dayton"),
        ("Evergreen Memorial Group", "evergreenmemorial.net", "Tacoma"),
        ("Whitlock Family Funeral Services", "whitlockfuneral.co.uk", "Norwich")]


def setup(C):
    C.org, C.dom, C.site = C.r.choice(ORGS)
    C.app = "arrangements"
    C.svcs = ["arrangements", "tribute-sync"]


def build(C):
    r = C.r
    locs = r.sample(["Northside Chapel", "Riverside", "Oak Hill", "Main Street", "Lakeview", "St. Anne's"], 3)
    yt_key = "-".join(r.lo(4) for _ in range(5))
    view_pw = [C.hpw() for _ in locs[:2]]
    edrs_pw = C.spw()

    # ---- arrangements API (.NET)
    d = C.doc("casemgmt/Arrangements.Api/appsettings.json", crlf=True)
    d.w('{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {\n')
    d.w('    "Arrangements": "%s"\n  },\n' % d.S("Server=tcp:sql-arr.%s,1433;Database=Arrangements;User Id=arr_app;"
                                                 "Password=%s;Encrypt=True;" % (C.dom, C.spw()), "sql-connection-string"))
    d.w('  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n')
    d.w('    "TenantId": "%s",\n' % d.N(r.uuid(), "uuid"))
    d.w('    "ClientId": "%s",\n' % d.N(r.uuid(), "oauth-client-id"))
    d.w('    "ClientSecret": "%s"\n  },\n' % d.S(C.tok("entra-client-secret"), "entra-client-secret"))
    d.w('  "ESign": {\n    "BaseUrl": "https://na4.docusign.net/restapi",\n')
    d.w('    "IntegrationKey": "%s",\n' % d.N(r.uuid(), "oauth-client-id"))
    d.w('    "SecretKey": "%s"\n  },\n' % d.S(r.uuid(), C.named("esign-secret-key"), "uuid"))
    d.w('  "ContractTemplates": "\\\\\\\\files01\\\\Templates\\\\Contracts"\n}\n')
    d = C.doc("casemgmt/Arrangements.Api/appsettings.Development.json", crlf=True)
    d.w('{\n  "ConnectionStrings": {\n    "Arrangements": "Server=(localdb)\\\\MSSQLLocalDB;Database=Arrangements;'
        'Trusted_Connection=True"\n  },\n  "AzureAd": {\n')
    d.w('    "ClientSecret": "%s"\n  },\n' % d.N("<from dotnet user-secrets>", "placeholder"))
    d.w('  "ESign": {\n    "BaseUrl": "https://demo.docusign.net/restapi",\n    "SecretKey": ""\n  }\n}\n')

    # ---- service webcasts
    d = C.doc("webcast/services.yaml")
    d.w("# livestreams for services; viewing pages are password protected on request of the family\n")
    d.w("encoder:\n  model: Epiphan Pearl Nano\n  rtmp_url: rtmp://a.rtmp.youtube.com/live2\n")
    d.w("  stream_key: %s\n" % d.S(yt_key, C.named("youtube-stream-key")))
    d.w("vimeo:\n  access_token: %s\n  folder: memorial-services\nservices:\n" % d.S(r.hx(32), C.named("vimeo-access-token")))
    for i, loc in enumerate(locs):
        d.w("  - location: %s\n    date: %s\n    page: https://%s/live/%s\n" % (loc, r.date(2026), C.dom, r.lo(8)))
        if i < 2:
            d.w("    viewing_password: \"%s\"\n" % d.S(view_pw[i], "webcast-viewing-password"))
        else:
            d.w("    viewing_password: \"\"   # family asked for a public page\n")

    # ---- obituary syndication
    d = C.doc("obituaries/tribute_sync.py")
    d.w('"""Push new obituaries to the tribute site and the newspaper FTP drop."""\nimport ftplib\nimport os\n\n'
        'import requests\n\n')
    d.w('TRIBUTE_API = "https://api.tributeplatform.example/v2"\n')
    d.w('TRIBUTE_KEY = "%s"\n' % d.S("tp_live_" + r.al(32), C.named("tribute-platform-key")))
    d.w("LEGACY_PARTNER_KEY = %s\n" % d.N('os.getenv("LEGACY_PARTNER_KEY")', "env-reference"))
    d.w('NEWSPAPER_FTP = ("ftp.%s-gazette.example", "obits_%s", "%s")\n\n' % (
        C.site.lower(), C.dom.split(".")[0][:8], d.S(C.pw(), "ftp-password")))
    d.w("\ndef publish(obit):\n    requests.post(f\"{TRIBUTE_API}/obituaries\", json=obit,\n"
        "                  headers={\"Authorization\": f\"Bearer {TRIBUTE_KEY}\"}, timeout=20)\n"
        "    host, user, pw = NEWSPAPER_FTP\n    with ftplib.FTP_TLS(host, user, pw) as ftp:\n"
        "        ftp.storlines(f\"STOR {obit['slug']}.txt\", obit['text'])\n")

    # ---- crematory retort HMI
    d = C.doc("crematory/retort-hmi.ini", crlf=True)
    d.w("[Controller]\nModel=Retort HMI v7\nModbusHost=%s\nModbusUnit=1\nChamberTempTag=40011\n\n" % r.ip("10.60"))
    d.w("[Access]\nOperatorUser=operator\nSupervisorUser=supervisor\n")
    d.w("SupervisorPassword=%s\n" % d.S(C.hpw(), "hmi-password"))
    d.w("ServicePassword=%s\n\n" % d.N("admin", "well-known-default"))
    d.w("[Emissions]\nUploadHost=ftps.air-quality.example.gov\nUploadUser=permit-%s\n" % r.dig(5))
    d.w("UploadPassword=%s\nSchedule=daily 02:00\n" % d.S(C.spw(), "ftp-password"))

    # ---- pre-need trust reporting
    d = C.doc("preneed/trust-reporting.properties")
    d.w("# monthly pre-need trust reconciliation\ntrust.bank.sftp.host=sftp.trustbank.example\n")
    d.w("trust.bank.sftp.user=%s\n" % ("fh" + r.dig(6)))
    d.w("trust.bank.sftp.password=%s\n" % d.S(C.spw(), "sftp-password"))
    d.w("trust.account.number=%s\n" % d.N("******" + r.dig(4), "masked"))
    d.w("insurer.api.url=https://api.preneed-insurer.example/v1\n")
    d.w("insurer.api.key=%s\n" % d.S("pni_" + r.hx(40), C.named("preneed-insurer-key")))
    d.w("report.recipients=controller@%s\n" % C.dom)

    # ---- state EDRS
    d = C.doc("vitals/edrs-client.xml")
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<EdrsClient>\n  <Endpoint>https://edrs.health.example.gov/ws/v3</Endpoint>\n')
    d.w("  <FuneralHomeLicense>FH-%s</FuneralHomeLicense>\n  <UserName>%s</UserName>\n" % (r.dig(5), r.handle(C.people[0])))
    d.w("  <Password>%s</Password>\n" % d.S(edrs_pw, "edrs-password"))
    d.w("  <CertificateThumbprint>%s</CertificateThumbprint>\n</EdrsClient>\n" % d.N(r.HX(40), "fingerprint"))

    # ---- florist shop
    d = C.doc("flowers/.env.production")
    d.w("SHOP_DOMAIN=flowers.%s\n" % C.dom)
    d.w("SHOPIFY_ADMIN_TOKEN=%s\n" % d.S(C.tok("shopify-admin-token"), "shopify-admin-token"))
    d.w("FLORIST_WIRE_API_KEY=%s\n" % d.S("fw-" + r.up(8) + "-" + r.hx(24), C.named("florist-wire-key")))
    d.w("ORDER_NOTIFY=orders@%s\n" % C.dom)
    d = C.doc("flowers/.env.example")
    d.w("SHOP_DOMAIN=flowers.example.test\nSHOPIFY_ADMIN_TOKEN=%s\n" % d.N("shpat_" + "x" * 32, "placeholder"))
    d.w("FLORIST_WIRE_API_KEY=%s\nORDER_NOTIFY=\n" % d.N("<florist-wire-key>", "placeholder"))

    # ---- free text
    def rows(d):
        out = []
        for i, loc in enumerate(locs):
            out.append([loc, "arrangements", "director.%s" % loc.split()[0].lower().strip("'."),
                        d.S(C.hpw(), "location-login-password") if i != 1 else d.N("LAPS", "secret-reference")])
            out.append([loc, "webcast dashboard", "av.%s" % loc.split()[0].lower().strip("'."),
                        d.S(C.pw(), "location-login-password") if i == 0 else ""])
        return out
    prose.sheet(C, "admin/location-logins.csv", ["location", "system", "user", "password"], rows)

    enc_pw = C.hpw()

    def blocks(d):
        return [("p", "How to set up a webcast for a service (%s)." % C.org),
                ("h", "Encoder"),
                ("ul", ["Web UI of the encoder: admin / %s" % d.S(enc_pw, "encoder-password"),
                        "Stream key (YouTube, unlisted): %s" % d.S(yt_key, C.named("youtube-stream-key")),
                        "PTZ camera still has its factory login admin / %s, it is on the AV VLAN only" % d.N(
                            "12345", "well-known-default")]),
                ("h", "Viewing page"),
                ("p", "If the family wants a password, set it in webcast/services.yaml and tell the director.")]
    prose.wiki(C, "wiki/webcast-setup", "Service webcasts", blocks)

    def msgs(d):
        p = C.people
        return [(p[0], "the %s family asked again for the webcast password" % r.choice(["Adler", "Brennan", "Costa"])),
                (p[1], "it's %s" % d.S(view_pw[0], "webcast-viewing-password")),
                (p[2], "EDRS locked me out after the update"),
                (p[0], "I reset the shared account, new password %s" % d.S(edrs_pw, "edrs-password")),
                (p[3], "retort 1 is back in service, the supervisor login still works")]
    prose.chat(C, "chat", "directors", msgs)

    fd = C.people[4]

    def body(d):
        return ["Dear family,", "",
                "The service for your mother will be streamed live on %s." % r.date(2026),
                "  Page:     https://%s/live/%s" % (C.dom, r.lo(8)),
                "  Password: %s" % d.S(view_pw[1], "webcast-viewing-password"), "",
                "The recording stays online for 90 days. Please share the password only with family and friends.", "",
                "With sympathy,", fd, C.org]
    prose.email(C, "mail/webcast-details.eml", "%s <%s@%s>" % (fd, r.handle(fd), C.dom),
                "family.%s@example.com" % r.lo(6), "Webcast details for the service", body)

    def entries(d):
        return [(C.people[5], "EDRS keeps saying invalid credentials for our home. I tried user %s with password %s" % (
                    r.handle(C.people[5]), d.S(C.pw(), "end-user-password"))),
                (C.people[2], "State portal reset the account. Use the shared login from the IT vault (%s)." % d.N(
                    "vault:secret/data/edrs#password", "vault-reference"))]
    prose.ticket(C, "tickets", "FH-%d" % r.randint(100, 999), "EDRS login fails", entries)
