"""School-photography company: tethered capture stations, parent order site, print-lab hot folder,
roster import from school information systems, yearbook exports, retouching vendor, online proof galleries."""

from themes import prose

NAME = "school-photo"
WORDS = ("smile", "portrait", "backdrop", "yearbook", "shutter", "flash", "tripod", "mascot", "cheese", "lens")
ORGS = [("Bright Day School Portraits", "brightdayportraits.com", "Omaha"),
        ("Lumen School Photography", "lumenschoolphoto.co.uk", "Reading"),
        ("Picture Day Partners", "picturedaypartners.com", "Raleigh")]


def setup(C):
    C.org, C.dom, C.site = C.r.choice(ORGS)
    C.app = "picday-orders"
    C.svcs = ["picday-orders", "roster-sync"]


def _code(r):
    return "-".join(r.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) for _ in range(3))


def build(C):
    r = C.r
    psk = C.hpw()
    lab_pw = C.spw()
    schools = r.sample(["Maple Grove Elementary", "Lincoln Middle", "St. Brigid's Primary", "Westfield High",
                        "Cedar Ridge Academy", "Harbor View Elementary"], 4)
    codes = [_code(r) for _ in schools]

    # ---- capture stations
    d = C.doc("capture/tether-stations.yaml")
    d.w("# field capture laptops; each syncs finished sessions to the order platform\nsync:\n"
        "  endpoint: https://ingest.%s/v1/sessions\n" % C.dom)
    d.w("  token: %s\n" % d.S("cs_" + r.al(40), "capture-sync-token"))
    d.w("hotspot:\n  ssid: PICDAY-FIELD\n  psk: \"%s\"\nstations:\n" % d.S(psk, "wifi-psk"))
    for i in range(r.randint(2, 3)):
        d.w("  - name: kit-%02d\n    camera: %s\n    body_serial: \"%s\"\n" % (
            i + 1, r.choice(["Nikon Z6 II", "Canon R6", "Sony A7 IV"]), d.N(r.dig(9), "device-id")))

    # ---- parent order site
    d = C.doc("orders/.env.production")
    d.w("APP_URL=https://orders.%s\n" % C.dom)
    d.w("DATABASE_URL=%s\n" % d.S("postgres://orders:%s@orders-db.%s:5432/orders" % (C.upw(), C.dom), "database-url"))
    d.w("STRIPE_SECRET_KEY=%s\n" % d.S(C.tok("stripe-secret-key"), "stripe-secret-key"))
    d.w("STRIPE_PUBLISHABLE_KEY=%s\n" % d.N("pk_live_51" + r.al(96), "publishable-key"))
    d.w("CLOUDINARY_URL=%s\n" % d.S(C.tok("cloudinary-url"), "cloudinary-url"))
    d.w("SENDGRID_API_KEY=%s\n" % d.S(C.tok("sendgrid-key"), "sendgrid-key"))
    d.w("PROOF_WATERMARK=1\n")
    d = C.doc("orders/.env.example")
    d.w("APP_URL=http://localhost:3000\nDATABASE_URL=%s\n" % d.N("postgres://orders:orders@localhost:5432/orders",
                                                                   "dev-default"))
    d.w("STRIPE_SECRET_KEY=%s\nSTRIPE_PUBLISHABLE_KEY=\nCLOUDINARY_URL=%s\n" % (
        d.N("sk_live_...", "placeholder"), d.N("cloudinary://<api_key>:<api_secret>@<cloud_name>", "placeholder")))
    d.w("SENDGRID_API_KEY=\nPROOF_WATERMARK=1\n")

    # ---- print lab hot folder (Windows)
    d = C.doc("lab/PrintLabHotfolder.ini", crlf=True)
    d.w("[Lab]\nName=Pro Lab %s\nAccount=%s\n\n[Upload]\nHost=ftps.prolab.example\nUser=acct%s\n" % (
        C.site, r.dig(6), r.dig(5)))
    d.w("Password=%s\n" % d.S(lab_pw, "lab-ftp-password"))
    d.w("HotFolder=D:\\LabOut\\Queue\n\n[API]\n")
    d.w("ApiKey=%s\nOrderStatusPoll=300\n" % d.S(r.hx(40), C.named("printlab-api-key")))

    # ---- roster import
    d = C.doc("sis/roster_import.py")
    d.w('"""Pull class rosters (OneRoster 1.2) before picture day."""\nimport os\n\nimport requests\n\n')
    d.w('DISTRICTS = {\n    "%s": {\n' % r.choice(["unified-12", "county-schools", "metro-isd"]))
    d.w('        "base": "https://oneroster.sis-vendor.example/ims/oneroster/rostering/v1p2",\n')
    d.w('        "client_id": "%s",\n' % d.N(r.al(24), "oauth-client-id"))
    d.w('        "client_secret": "%s",\n    },\n}\n' % d.S(r.al(48), C.named("oneroster-client-secret")))
    d.w("SFTP_PASSWORD = %s\n" % d.N('os.environ.get("DISTRICT_SFTP_PASSWORD")', "env-reference"))
    d.w("\n\ndef token(d):\n    return requests.post(d[\"base\"] + \"/token\", auth=(d[\"client_id\"], d[\"client_secret\"]),\n"
        "                         data={\"grant_type\": \"client_credentials\"}).json()[\"access_token\"]\n")

    # ---- yearbook partner export
    d = C.doc("yearbook/partner-export.json")
    d.w('{\n  "partner": "yearbook-publisher",\n  "endpoint": "https://api.yearbook-partner.example/v3/images",\n')
    d.w('  "api_key": "%s",\n  "schools": [\n' % d.S("ybk_" + r.al(36), C.named("yearbook-partner-key")))
    for i, s in enumerate(schools[:3]):
        d.w('    {"name": "%s", "job": "%s"}%s\n' % (s, "YB" + r.dig(6), "," if i < 2 else ""))
    d.w('  ],\n  "image_size": "1200x1500"\n}\n')

    # ---- retouching vendor
    d = C.doc("retouch/retouch-vendor.toml")
    d.w("[vendor]\nname = \"retouch cloud\"\nbase_url = \"https://api.retouch.example/v2\"\n")
    d.w("api_token = \"%s\"\n" % d.S("rt_" + r.b64u(44), C.named("retouch-api-token")))
    d.w("\n[webhook]\nurl = \"https://orders.%s/hooks/retouch\"\nsecret = \"%s\"\n" % (
        C.dom, d.S(r.hx(40), "webhook-secret")))
    d.w("\n[presets]\nblemish = true\nglasses_glare = true\n")

    # ---- ID-card printing (Windows)
    d = C.doc("idcards/badge-print.ps1", crlf=True)
    d.w("# prints student ID cards from the picture-day export on the school's card printer\n")
    d.w("net use P: \\\\idcards.%s\\export /user:PICDAY\\cardprint %s\n" % (C.dom, d.S(C.pw(), "net-use-password")))
    d.w("Import-Csv P:\\students.csv | ForEach-Object {\n  & 'C:\\Program Files\\CardStudio\\print.exe' "
        "--template student --id $_.StudentId --photo $_.Photo\n}\n")

    # ---- free text
    def rows(d):
        out = []
        for i, (s, c) in enumerate(zip(schools, codes)):
            if i == 3:
                out.append([s, "https://proofs.%s/%s" % (C.dom, r.lo(6)), "(expired, new code after retakes)", r.date()])
            else:
                out.append([s, "https://proofs.%s/%s" % (C.dom, r.lo(6)), d.S(c, "gallery-access-code"), r.date()])
        return out
    prose.sheet(C, "gallery/proof-access-codes.csv", ["school", "gallery", "access_code", "expires"], rows)

    def blocks(d):
        return [("p", "Checklist for every picture day. Print it, bring it."),
                ("ul", ["Charge both camera batteries and the hotspot",
                        "Hotspot SSID PICDAY-FIELD, key %s" % d.S(psk, "wifi-psk"),
                        "Capture laptop login: photographer / %s" % d.S(C.hpw(), "workstation-password"),
                        "Demo gallery code for the office: %s (shows sample images only)" % d.N(
                            "DEMO-0000-0000", "placeholder")]),
                ("h", "After the shoot"),
                ("p", "Sessions sync automatically. If the lab upload stalls, call the lab; do not re-upload.")]
    prose.wiki(C, "wiki/picture-day-checklist", "Picture day checklist", blocks)

    def msgs(d):
        p = C.people
        return [(p[0], "at %s, hotspot won't take the key" % schools[0]),
                (p[1], "it changed on monday: %s" % d.S(psk, "wifi-psk")),
                (p[2], "lab hot folder is rejecting uploads too"),
                (p[1], "lab FTP pw is %s, the ini on kit-02 was old" % d.S(lab_pw, "lab-ftp-password")),
                (p[0], "all good now, 412 kids done")]
    prose.chat(C, "chat", "field-team", msgs)

    acct = C.people[4]

    def body(d):
        return ["Dear school office,", "", "Thank you for picture day at %s." % schools[0], "",
                "Your school admin account for approving the yearbook images:",
                "  https://schools.%s/login" % C.dom,
                "  user: office@%s.example" % schools[0].split()[0].lower().strip("'."),
                "  temporary password: %s" % d.S(C.hpw(), "portal-temp-password"), "",
                "Parents can view proofs with the code %s on the gallery page." % d.S(codes[0], "gallery-access-code"), "",
                "Best wishes,", acct, C.org]
    prose.email(C, "mail/school-admin-account.eml", "%s <%s@%s>" % (acct, r.handle(acct), C.dom),
                "office@%s.example" % schools[0].split()[0].lower().strip("'."), "Picture day: your admin account", body)

    def entries(d):
        return [(C.people[5], "Parent writes: I can't log in to order prints, my password is %s and it says wrong "
                              "password." % d.S(C.hpw(), "end-user-password")),
                (C.people[2], "Account was created with a typo in the e-mail. Fixed, order went through, paid with %s." % d.N(
                    "**** **** **** " + r.dig(4), "masked"))]
    prose.ticket(C, "tickets", "SUP-%d" % r.randint(1000, 9999), "Parent cannot log in to order", entries)
