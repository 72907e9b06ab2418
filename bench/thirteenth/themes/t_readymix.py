"""ready-mix-concrete/: a ready-mix concrete producer (batch plants, truck drum sensors, dispatch, truck scale,
QC cylinder lab, contractor ordering portal, DOT e-ticketing)."""
from themes import prose
from themes.common import env_files, sql_users, device_sheet, chat_file, wiki_file, ticket_file

SLUG = "ready-mix-concrete"
VARIANTS = [("Granite Falls Ready-Mix", "granitefallsrm.com", "Spokane"),
            ("Keystone Concrete Supply", "keystoneconcrete.net", "Harrisburg"),
            ("Red Mesa Ready Mix", "redmesareadymix.com", "Albuquerque")]
WORDS = ["slump", "cement", "aggregate", "granite", "keystone", "mesa", "batch", "mixer", "rebar", "culvert",
         "gravel", "hopper"]


def build(t):
    v = t.v
    batch_pw = t.pw("strong")
    scale_pw = t.v.pw_device()
    modem_pw = t.v.pw_device()
    plant = v.choice(["North plant", "River plant", "Quarry Road plant"])
    trucks = ["%d" % n for n in v.sample(range(101, 160), v.randint(3, 4))]

    d = t.f("batch-plant/batchcontrol.ini", crlf=True)
    d.w("; batch controller - %s" % plant, "[Database]", "Server=BATCH01\\SQLEXPRESS", "Database=BatchData",
        "User=batch_app")
    d.w("Password=" + d.S(batch_pw, "batch-controller-db-password"))
    d.w("", "[Admixture]", "Dispenser=ADX-4", "DispenserSerial=" + d.N(v.serial("ADX4-", 8), "device-id"))
    d.w("ServicePassword=" + d.S(v.pw_device(), "admixture-service-password"))
    d.w("", "[Dispatch]", "TicketExport=\\\\DISPATCH01\\tickets", "Moisture=auto")

    d = t.f("trucks/drum-sensors.yaml")
    d.w("# drum rotation / water-add sensors on the mixer fleet", "platform:",
        "  url: https://api.drumwatch.example.com/v2")
    d.w("  token: %s" % d.P("dwt_" + v.alnum(40), "drumwatch-token"))
    d.w("trucks:")
    for n in trucks:
        d.w("  - unit: \"%s\"" % n, "    vin: %s" % d.N(v.vin(), "vin"))
        d.w("    modem_admin_password: \"%s\"" % d.S(modem_pw, "truck-modem-password"))

    d = t.f("dispatch/appsettings.Production.json")
    d.w("{", '  "ConnectionStrings": {')
    d.w('    "Dispatch": "Data Source=sql01.%s;Initial Catalog=Dispatch;User ID=dispatch_svc;Password=%s"'
        % (t.domain, d.S(t.pw("uri"), "sqlserver-connection-password")))
    d.w("  },", '  "ETicket": {', '    "Provider": "StateDOT e-Ticketing",')
    d.w('    "ApiKey": "%s",' % d.P("etk_" + v.hex(40), "dot-eticket-key"))
    d.w('    "AgencyId": "%s"' % d.N(v.uuid4(), "uuid"))
    d.w("  },", '  "Maps": {')
    d.w('    "TomTomKey": "%s"' % d.P(t.tok("tomtom-key"), "tomtom-key"))
    d.w("  }", "}")

    d = t.f("qc-lab/cylinder-tester.toml")
    d.w("# compression machine -> LIMS upload", "[machine]", 'model = "CT-500"')
    d.w('serial = "%s"' % d.N(v.serial("CT5", 9), "device-id"))
    d.w("[upload]", 'url = "https://lims.%s/api/breaks"' % t.domain)
    d.w('token = "%s"' % d.S(v.b64ubytes(32), "lims-upload-token"))
    d.w('sample_prefix = "%s"' % d.N("CYL-%s" % v.upper(6), "identifier"))

    d = t.f("scale-house/truck-scale.json")
    d.w("{", '  "indicator": "IND780",')
    d.w('  "serial": "%s",' % d.N(v.serial("B", 9), "device-id"))
    d.w('  "web_user": "admin",')
    d.w('  "web_password": "%s",' % d.S(scale_pw, "scale-indicator-password"))
    d.w('  "ticket_printer": "COM3",', '  "tare_db": "\\\\\\\\DISPATCH01\\\\tare.mdb"', "}")

    env_files(t, "portal/.env.production", [
        ("T", "APP_NAME", "contractor-orders"),
        ("S", "DATABASE_URL", v.pw_uri(), "db-url-password", "generic",
         "postgres://orders:{PW}@pg.%s:5432/orders" % t.domain),
        ("S", "SESSION_SECRET", v.hex(64), "session-secret"),
        ("S", "SENDGRID_API_KEY", t.tok("sendgrid-key"), "sendgrid-key", "provider"),
        ("S", "SQUARE_ACCESS_TOKEN", t.tok("square-access"), "square-access", "provider"),
        ("N", "SQUARE_APPLICATION_ID", "sq0idp-" + v.b64u(22), "oauth-client-id"),
    ], title="contractor ordering portal")

    d = t.f("scripts/eticket-export.sh")
    d.w("#!/usr/bin/env bash", "# push yesterday's delivery tickets to the DOT portal", "set -euo pipefail",
        'DAY=$(date -d yesterday +%F)')
    d.w('curl -sf -u "%s_export:%s" -F "file=@/srv/tickets/$DAY.xml" https://eticket.example.gov/upload'
        % (t.short[:8], d.S(t.pw("uri"), "curl-basic-password")))
    d.w('curl -sf -H "X-Api-Key: %s" https://api.%s/tickets/ack' % (d.N("${ETICKET_ACK_KEY}", "env-reference"),
                                                                    t.domain))

    d = t.f("ingest/drumwatch.go")
    d.w("package ingest", "", 'import "net/http"', "",
        "// drum-sensor webhook receiver; signature secret shared with the vendor")
    d.w('const webhookSecret = "%s"' % d.S(v.hex(40), "webhook-hmac-secret"))
    d.w("", "func verify(r *http.Request) bool {", '\treturn r.Header.Get("X-Drum-Signature") != ""', "}")

    d = t.f("sql/dispatch-logins.sql")
    d.w("-- SQL Server logins for dispatch")
    sql_users(t, d, "mssql", [("dispatch_svc_ro", None), ("ticket_export", t.pw()), ("bi_reader", None)])

    device_sheet(t, "plant/plant-devices.csv", [
        ("Batch PC", plant, "operator", ("S", t.human(), "batch-pc-password"), v.serial("OPT", 7), ""),
        ("Moisture probe gateway", plant, "admin", ("S", v.pw_device(), "probe-gateway-password"),
         v.serial("HYD", 8), "sand bin"),
        ("Truck scale indicator", "scale house", "admin", ("S", scale_pw, "scale-indicator-password"),
         v.serial("B", 9), ""),
        ("Yard camera 2", "yard", "admin", ("N", "12345", "well-known-default"), v.serial("IPC", 8),
         "default, isolated VLAN"),
        ("Plant PLC", plant, "", None, v.serial("1769-", 6), "no web UI"),
    ], crlf=True)

    # ---------------------------------------------------------------- free text
    d, fmt = wiki_file(t, "wiki/batch-operator")
    prose.wiki(d, fmt, "Batch operator notes - %s" % plant, [
        ("h", "Logging in"),
        ("p", ["Batch PC: operator account, password %s (changed each spring)." % d.S(t.human(),
                                                                                     "batch-pc-password"),
               "SQL behind the batch software: batch_app / %s" % d.S(batch_pw, "batch-controller-db-password")]),
        ("h", "Scale house"),
        ("code", ["# if the indicator web page asks for a login", "user: admin",
                  "pass: %s" % d.S(scale_pw, "scale-indicator-password")]),
        ("h", "Trucks"),
        ("p", ["Modem web UI on every mixer uses %s; do not change it on one truck only." % d.S(
            modem_pw, "truck-modem-password")]),
    ])

    d, fmt = chat_file(t, "chat/dispatch", fmt=v.choice(["teams", "teams", "slack", "whatsapp"]))
    prose.chat(d, t, fmt, "dispatch", [
        (t.who(0), "truck %s modem keeps dropping, can someone log in?" % trucks[0]),
        (t.who(1), "pw is %s" % d.S(modem_pw, "truck-modem-password")),
        (t.who(2), "DOT portal password expired, new one: %s" % d.S(t.pw(), "dot-portal-password")),
        (t.who(3), "slump complaints on the bridge job, QC is on the way"),
        (t.who(4), "drumwatch token is in %s if you need it for the report" % d.N(
            "vault:secret/data/%s/drumwatch" % t.short, "vault-reference")),
        (t.who(2), "ticket portal test user for the GC: %s / %s" % ("gc-test", d.S(t.human(),
                                                                                    "portal-test-password"))),
    ])

    d = t.f("email/dot-inspector.eml", free=True)
    prose.email(d, t, "%s <%s>" % (t.who(5), t.mail(5)), "materials.inspector@example.gov",
                "Plant certification - read-only batch records",
                ["Good morning,", "", "For the annual plant certification you can review the batch records here:",
                 "https://records.%s/review" % t.domain,
                 "user: dot_review   password: %s" % d.S(t.pw("strong"), "inspector-review-password"),
                 "The account is read-only and expires after the visit.", "", t.who(5)])

    d, fmt = ticket_file(t, "tickets/contractor-portal")
    prose.ticket(d, t, fmt, "ORD-%d" % v.randint(100, 999), "Contractor can't place orders", "GC project manager",
                 ["Portal says my account is locked. Password I use: %s" % d.S(t.human(), "end-user-password"),
                  "We need 40 yards for Monday's pour."],
                 [(t.who(6), ["Unlocked and reset, temporary password %s" % d.S(t.pw("human"),
                                                                               "portal-temporary-password"),
                              "Your credit account %s is fine." % d.N("****-%s" % v.digits(4), "masked")])])

    d = t.f("voicemail/batch-support.txt", free=True)
    prose.voicemail(d, t, "batch controller support", "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hi, calling back about the admixture dispenser at your %s." % plant,
        "I reset the service login remotely, the new service password is %s." % d.S(
            v.pw_device(), "admixture-service-password"),
        "Give us a call if it throws the flow error again."])

    d = t.f("notes/safety-it-meeting.md", free=True)
    d.w("# Safety + IT monthly", "", "- Yard cameras: two still on factory login (12345), isolated VLAN for now.")
    d.w("- LIMS upload token rotated; new one pasted here until the vault is set up: %s" % d.S(
        v.b64ubytes(32), "lims-upload-token"))
    d.w("- Dispatch SQL password stays in %s." % d.N("op://%s/dispatch-sql/password" % t.short.capitalize(),
                                                     "secret-reference"))
    d.w("- Truck %s driver reported the in-cab tablet PIN; PINs are not tracked here." % trucks[-1])
