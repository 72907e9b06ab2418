"""commercial-bakery/: a wholesale bakery plant (tunnel oven HMI, proofers, metal detectors and checkweighers,
allergen label printing, route-sales handhelds, retailer EDI, wholesale ordering portal)."""
from themes import prose
from themes.common import env_files, sql_users, device_sheet, chat_file, wiki_file, ticket_file

SLUG = "commercial-bakery"
VARIANTS = [("Hearthstone Bakeries", "hearthstonebakeries.com", "Grand Rapids"),
            ("Golden Crust Baking Co.", "goldencrustbaking.com", "Fort Wayne"),
            ("Riverside Artisan Bakery", "riversideartisan.net", "Sacramento")]
WORDS = ["sourdough", "brioche", "hearth", "crust", "proofer", "levain", "baguette", "rye", "knead", "dough",
         "oven", "golden"]


def build(t):
    v = t.v
    vnc_pw = v.alnum(8)
    md_pw = t.v.pw_device()
    sup_pw = t.human()
    retailer = v.choice(["FreshMart", "Valley Grocers", "Northway Foods"])

    d = t.f("ovens/tunnel-oven.ini", crlf=True)
    d.w("; tunnel oven line 2 - HMI and historian", "[HMI]", "Panel=PanelView 7", "RemoteAccess=VNC")
    d.w("VncPassword=" + d.S(vnc_pw, "hmi-vnc-password"))
    d.w("", "[Historian]", "ConnectionString=Server=HIST01;Database=OvenData;User Id=hist_writer;Password=%s;" %
        d.S(t.pw("uri"), "historian-connection-password"))
    d.w("", "[Zones]", "Count=6", "Setpoint1=230")

    d = t.f("proofers/climate.yaml")
    d.w("# proofer climate controllers -> MQTT", "mqtt:", "  host: mqtt.%s" % t.domain, "  port: 8883",
        "  username: proofers")
    d.w("  password: \"%s\"" % d.S(v.pw_uri(), "mqtt-password"))
    d.w("controllers:")
    for i in range(v.randint(2, 3)):
        d.w("  - name: proofer-%d" % (i + 1))
        d.w("    serial: %s" % d.N(v.serial("PCX", 8), "device-id"))
        d.w("    setpoint_rh: %d" % v.randint(75, 85))

    d = t.f("qa/metal-detectors.json")
    d.w("{", '  "line": 2,', '  "devices": [')
    for i, kind in enumerate(["metal detector", "checkweigher"]):
        d.w("    {", '      "type": "%s",' % kind)
        d.w('      "serial": "%s",' % d.N(v.serial("MD" if i == 0 else "CW", 9), "device-id"))
        d.w('      "supervisor_password": "%s"' % d.S(md_pw, "qa-device-password"))
        d.w("    }" + ("," if i == 0 else ""))
    d.w("  ]", "}")

    d = t.f("labels/allergen-printing.toml")
    d.w("# allergen label templates + print server", "[printserver]", 'url = "https://labels.%s"' % t.domain)
    d.w('token = "%s"' % d.S(v.b64ubytes(32), "label-server-token"))
    d.w("[templates]", 'contains = "Contains: wheat, milk, eggs"')
    d.w('lot_format = "%s"' % d.N("L%s-%s" % (v.digits(3), v.upper(2)), "identifier"))

    d = t.f("dsd/route-handhelds.properties")
    d.w("# direct-store-delivery handhelds", "dsd.sync.url=https://dsd.%s/sync" % t.domain,
        "dsd.jdbc.url=jdbc:mysql://mysql.%s:3306/dsd" % t.domain, "dsd.jdbc.user=dsd")
    d.w("dsd.jdbc.password=" + d.S(v.pw_uri(), "jdbc-password"))
    d.w("dsd.handheld.unlock=" + d.S(t.human(), "handheld-unlock-password"))
    d.w("dsd.maps.key=" + d.N("${DSD_MAPS_KEY}", "env-reference"))

    env_files(t, "orders/.env.production", [
        ("T", "APP_ENV", "production"),
        ("S", "DATABASE_URL", v.pw_uri(), "db-url-password", "generic",
         "postgres://orders:{PW}@db.%s:5432/orders" % t.domain),
        ("S", "SECRET_KEY", v.s("abcdefghijklmnopqrstuvwxyz0123456789!@^*-_=+", 50), "django-secret-key"),
        ("S", "XERO_CLIENT_SECRET", t.tok("xero-client-secret"), "xero-client-secret", "provider"),
        ("S", "MAILGUN_API_KEY", t.tok("mailgun-key"), "mailgun-key", "provider"),
        ("N", "XERO_CLIENT_ID", v.HEX(32), "oauth-client-id"),
    ], title="wholesale ordering portal")

    d = t.f("edi/retailer_edi.py")
    d.w('"""Sends 856 advance ship notices to %s over SFTP."""' % retailer, "import paramiko", "",
        "HOST = 'edi.%s.example.com'" % retailer.lower().replace(" ", ""), "USER = '%s_edi'" % t.short[:8])
    d.w("PASSWORD = '%s'" % d.S(t.pw(), "edi-sftp-password"))
    d.w("AS2_ID = '%s'" % d.N(v.upper(12), "identifier"), "",
        "def send(path):", "    t = paramiko.Transport((HOST, 22))", "    t.connect(username=USER, password=PASSWORD)")

    d = t.f("sql/mes-logins.sql")
    d.w("-- MES database logins")
    sql_users(t, d, "mssql", [("mes_app", t.pw("strong")), ("qa_reports", None), ("oven_hist", t.pw())])

    d = t.f("ci/.drone.yml")
    d.w("kind: pipeline", "name: orders-portal", "steps:", "  - name: test", "    image: python:3.12", "    environment:")
    d.w("      DJANGO_SECRET_KEY: %s" % d.N("test-secret-key-not-used-in-prod", "dev-default"))
    d.w("      XERO_CLIENT_SECRET:", "        from_secret: xero_client_secret",
        "    commands: [pip install -r requirements.txt, pytest]")

    device_sheet(t, "plant/plant-devices.csv", [
        ("Oven HMI line 2", "line 2", "", ("S", vnc_pw, "hmi-vnc-password"), v.serial("PV7", 8), "VNC"),
        ("Metal detector", "line 2 packing", "supervisor", ("S", md_pw, "qa-device-password"), v.serial("MD", 9), ""),
        ("Sanitation tablet", "wash bay", "", None, v.serial("R9", 9), "kiosk"),
        ("Shift supervisor PC", "office", "supervisor", ("S", sup_pw, "supervisor-pc-password"), v.serial("MJ", 8), ""),
        ("Plant Wi-Fi", "plant", "", ("N", "see network closet binder (LAPS)", "secret-reference"), "-", ""),
    ], crlf=True)

    # ---------------------------------------------------------------- free text
    d, fmt = chat_file(t, "chat/shift-supervisors", fmt=v.choice(["teams", "teams", "slack", "mattermost"]))
    prose.chat(d, t, fmt, "shift supervisors", [
        (t.who(0), "oven HMI froze on line 2, need VNC"),
        (t.who(1), "vnc pw %s" % d.S(vnc_pw, "hmi-vnc-password")),
        (t.who(2), "metal detector rejects every 10th loaf, recalibrating"),
        (t.who(3), "supervisor login on the MD is %s" % d.S(md_pw, "qa-device-password")),
        (t.who(4), "%s EDI password expired, new one from their portal: %s" % (retailer, d.S(
            t.pw(), "edi-sftp-password"))),
    ])

    d, fmt = wiki_file(t, "wiki/sanitation-and-qa")
    prose.wiki(d, fmt, "Sanitation and QA", [
        ("h", "Metal detection"),
        ("p", ["Test wands every 2 hours. Supervisor mode password: %s" % d.S(md_pw, "qa-device-password")]),
        ("h", "Allergen changeovers"),
        ("ul", ["print the changeover label from the label server",
                "label server API token: %s" % d.N("vault:secret/data/%s/labels" % t.short, "vault-reference"),
                "lot codes like %s are printed on every case" % d.N("L%s-%s" % (v.digits(3), v.upper(2)),
                                                                   "identifier")]),
        ("h", "Shift PC"),
        ("p", ["Supervisor PC password (rotates quarterly): %s" % d.S(sup_pw, "supervisor-pc-password")]),
    ])

    d = t.f("email/oven-vendor-remote.eml", free=True)
    prose.email(d, t, "Remote Support <support@ovenvendor.example.com>", "%s <%s>" % (t.who(5), t.mail(5)),
                "Remote session for burner tuning",
                ["Hello,", "", "We'll connect to the line 2 HMI on Tuesday at 6am.",
                 "Session ID %s, password %s" % (d.N(v.digits(9), "identifier"), "(sent separately by SMS)"),
                 "Please make sure VNC is enabled.", "", "Regards"])

    d = t.f("email/retailer-portal.eml", free=True)
    prose.email(d, t, "Supplier Portal <suppliers@%s.example.com>" % retailer.lower().replace(" ", ""),
                "%s <%s>" % (t.who(6), t.mail(6)), "Supplier portal account created",
                ["Welcome to the %s supplier portal." % retailer, "",
                 "Login: %s" % t.mail(6), "Temporary password: %s" % d.S(t.pw("strong"),
                                                                        "supplier-portal-temporary-password"),
                 "Scorecards (private link): %s" % d.S("https://suppliers.%s.example.com/sc/%s" % (
                     retailer.lower().replace(" ", ""), v.b64ubytes(18)), "private-share-link")])

    d, fmt = ticket_file(t, "tickets/orders-portal")
    prose.ticket(d, t, fmt, "WO-%d" % v.randint(100, 999), "Cafe customer can't submit order", "cafe owner",
                 ["Order portal rejects my login since yesterday, password %s" % d.S(t.human(), "end-user-password")],
                 [(t.who(7), ["Your account was merged with the new location; reset done.",
                              "Temporary password: %s" % d.S(t.pw("human"), "portal-temporary-password")])])

    d = t.f("voicemail/night-shift.txt", free=True)
    prose.voicemail(d, t, t.who(8), "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hi, night shift here, the proofer controller on line 1 reset itself.",
        "The integrator said to log in with %s to restore the recipe." % d.S(v.pw_device(),
                                                                            "proofer-controller-password"),
        "It's holding temperature for now."])

    d = t.f("notes/plant-it-meeting.md", free=True)
    d.w("# Plant IT meeting", "", "- Historian disk at 80%; archive 2023 data.")
    d.w("- MES app login changed during the upgrade: mes_app / %s" % d.S(t.pw("strong"), "mes-app-password"))
    d.w("- DSD handheld unlock stays the same this season.")
