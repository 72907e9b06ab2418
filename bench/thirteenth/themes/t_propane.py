"""propane-distributor/: a propane and heating-fuel distributor (cellular tank monitors, delivery-truck meter
registers, route optimiser, bulk-plant tank levels, cylinder-exchange cages, customer portal)."""
from themes import prose
from themes.common import env_files, sql_users, device_sheet, chat_file, wiki_file, ticket_file

SLUG = "propane-distributor"
VARIANTS = [("Ridgeway Propane & Fuel", "ridgewaypropane.com", "Bangor"),
            ("Tri-County Propane", "tricountypropane.net", "Lancaster"),
            ("Blue Flame Energy Co-op", "blueflamecoop.org", "Duluth")]
WORDS = ["propane", "furnace", "ridgeway", "blueflame", "cylinder", "thermostat", "winter", "degree", "tank",
         "delivery", "valve", "pilot"]


def build(t):
    v = t.v
    reg_pw = t.v.pw_device()
    truck_psk = t.human()
    cage_pw = v.digits(3) + v.alnum(5)
    plant = v.choice(["Route 9 bulk plant", "Mill Street bulk plant", "Harbor Road bulk plant"])

    d = t.f("tank-monitors/platform.yaml")
    d.w("# cellular tank monitors (residential + commercial)", "platform:", "  vendor: TankPulse",
        "  api: https://api.tankpulse.example.com/v3")
    d.w("  api_key: %s" % d.P("tpk_live_" + v.alnum(32), "tankpulse-api-key"))
    d.w("  webhook_secret: %s" % d.S(v.hex(48), "webhook-hmac-secret"))
    d.w("monitors:")
    for _ in range(v.randint(3, 4)):
        d.w("  - account: %s" % v.digits(7))
        d.w("    imei: \"%s\"" % d.N(v.imei(), "device-id"))
        d.w("    tank_gallons: %d" % v.choice([120, 250, 500, 1000]))

    d = t.f("trucks/meter-registers.ini", crlf=True)
    d.w("; electronic meter registers on bobtails (handheld sync)", "[Sync]", "Server=dispatch.%s" % t.domain,
        "Port=8443")
    d.w("RegisterPassword=" + d.S(reg_pw, "meter-register-password"))
    d.w("", "[WiFi]", "SSID=RP-TRUCKS")
    d.w("PSK=" + d.S(truck_psk, "wifi-psk"))
    d.w("", "[Units]")
    for n in v.sample(range(10, 40), 3):
        d.w("Truck%d=%s" % (n, d.N(v.serial("LC", 10), "device-id")))

    d = t.f("dispatch/route-optimizer.toml")
    d.w("# degree-day based will-call + keep-full routing", "[optimizer]", 'vendor = "RouteFuel"')
    d.w('api_key = "%s"' % d.P("rfo_" + v.alnum(36), "routefuel-api-key"))
    d.w("[weather]", 'provider = "openweather"')
    d.w('api_key = "%s"' % d.P(t.tok("openweather-key"), "openweather-key"))
    d.w("[depot]", 'lat = %.4f' % (40 + v.random() * 6), 'lon = %.4f' % (-(70 + v.random() * 20)))

    env_files(t, "portal/.env.production", [
        ("T", "APP_ENV", "production"),
        ("S", "DATABASE_URL", v.pw_uri(), "db-url-password", "generic",
         "mysql://portal:{PW}@db.%s:3306/portal" % t.domain),
        ("S", "APP_KEY", "base64:" + v.b64bytes(32), "laravel-app-key"),
        ("S", "AUTHNET_TRANSACTION_KEY", v.alnum(16), "authorize-net-transaction-key", "provider"),
        ("S", "POSTMARK_SERVER_TOKEN", t.tok("postmark-token"), "postmark-token", "provider"),
        ("N", "RECAPTCHA_SITE_KEY", "6L" + v.b64u(38), "public-site-key"),
    ], title="customer portal (autopay, will-call)")

    d = t.f("cylinder-exchange/cage-kiosk.json")
    d.w("{", '  "locations": [')
    n = v.randint(2, 3)
    for i in range(n):
        d.w("    {", '      "store": "%s %d",' % (v.choice(["Hardware", "Market", "Gas & Go"]), i + 1))
        d.w('      "lock_serial": "%s",' % d.N(v.serial("CG", 9), "device-id"))
        d.w('      "admin_code": "%s"' % d.S(cage_pw, "cage-kiosk-password"))
        d.w("    }" + ("," if i < n - 1 else ""))
    d.w("  ]", "}")

    d = t.f("bulk-plant/tank-levels.properties")
    d.w("# %s SCADA historian export" % plant, "historian.url=jdbc:sqlserver://hist01:1433;databaseName=Levels",
        "historian.user=levels_ro")
    d.w("historian.password=" + d.S(t.pw("strong"), "historian-password"))
    d.w("alarm.sms.apikey=" + d.N("${ALARM_SMS_KEY}", "env-reference"))
    d.w("poll.seconds=60")

    d = t.f("scripts/degree_day_pull.py")
    d.w('"""Pulls heating degree days for the keep-full forecast."""', "import requests", "",
        "STATIONS = ['KBGR', 'KPWM', 'KAUG']")
    d.w("API_KEY = '%s'" % d.P(t.tok("openweather-key"), "openweather-key"))
    d.w("", "def hdd(temp_f):", "    return max(0, 65 - temp_f)")

    d = t.f("deploy/tank-ingest.service")
    d.w("[Unit]", "Description=tank monitor webhook ingest", "", "[Service]", "User=ingest",
        "ExecStart=/opt/ingest/bin/ingest --listen :8080")
    d.w("Environment=INGEST_DB_PASSWORD=" + d.S(v.pw_uri(), "ingest-db-password"))
    d.w("EnvironmentFile=/etc/ingest/secrets.env")
    d.w("", "[Install]", "WantedBy=multi-user.target")

    d = t.f("sql/billing-users.sql")
    d.w("-- billing DB users (MySQL)")
    sql_users(t, d, "mysql", [("billing_app", v.pw_uri()), ("bi_ro", None), ("autopay_job", t.pw())])

    device_sheet(t, "office/office-devices.csv", [
        ("Dispatch PC", "dispatch", "dispatch", ("S", t.human(), "dispatch-pc-password"), v.serial("PF", 8), ""),
        ("Bulk plant HMI", plant, "operator", ("S", v.pw_device(), "hmi-password"), v.serial("PV8", 8), ""),
        ("Gate camera", plant, "admin", ("N", "admin", "well-known-default"), v.serial("IPC", 8), "isolated"),
        ("Truck Wi-Fi", "yard", "", ("S", truck_psk, "wifi-psk"), "-", "bobtails"),
        ("Postage meter", "office", "", None, v.serial("PM", 8), ""),
    ])

    # ---------------------------------------------------------------- free text
    d, fmt = chat_file(t, "chat/drivers", fmt=v.choice(["whatsapp", "whatsapp", "telegram", "teams"]))
    prose.chat(d, t, fmt, "drivers", [
        (t.who(0), "register on 27 won't sync, asks for a password"),
        (t.who(1), "%s" % d.S(reg_pw, "meter-register-password")),
        (t.who(2), "cage at the hardware store is jammed, admin code?"),
        (t.who(1), "admin code is %s, tell the clerk not to watch" % d.S(cage_pw, "cage-kiosk-password")),
        (t.who(3), "customer on Birch Rd says tank monitor shows 0%, it's the battery"),
        (t.who(4), "new truck wifi key %s" % d.S(truck_psk, "wifi-psk")),
    ])

    d, fmt = wiki_file(t, "wiki/dispatcher-guide")
    prose.wiki(d, fmt, "Dispatcher guide", [
        ("h", "Tank monitors"),
        ("p", ["TankPulse dashboard: dispatch@%s / %s" % (t.domain, d.S(t.pw("strong"), "tankpulse-dashboard-password")),
               "Alerts below 25% create a will-call automatically."]),
        ("h", "Winter readiness"),
        ("ul", ["check the HMI at the %s (operator password %s)" % (plant, d.S(v.pw_device(), "hmi-password")),
                "degree-day job runs at 05:00",
                "API keys: %s" % d.N("op://%s/routefuel/api-key" % t.short.capitalize(), "secret-reference")]),
    ])

    d = t.f("email/tank-monitor-vendor.eml", free=True)
    prose.email(d, t, "TankPulse Onboarding <onboarding@tankpulse.example.com>", "%s <%s>" % (t.who(5), t.mail(5)),
                "Your TankPulse API access",
                ["Hi %s," % t.first(5), "", "API access is enabled for %s." % t.org,
                 "Sandbox key (production key is in the dashboard): %s" % d.N(
                     "tpk_test_" + "0" * 24 + "EXAMPLE", "placeholder"),
                 "Dashboard temporary password: %s" % d.S(t.pw("strong"), "tankpulse-temporary-password"),
                 "", "TankPulse"])

    d, fmt = ticket_file(t, "tickets/autopay")
    prose.ticket(d, t, fmt, "CS-%d" % v.randint(1000, 9999), "Autopay enrolment error", "customer (portal)",
                 ["Trying to enrol in autopay, it keeps logging me out.",
                  "My login password is %s in case you need to test." % d.S(t.human(), "end-user-password"),
                  "Card ends %s." % d.N("**** %s" % v.digits(4), "masked")],
                 [(t.who(6), ["Please never send your password; I've forced a reset on your account.",
                              "Autopay is enrolled from our side."])])

    d = t.f("voicemail/driver-after-hours.txt", free=True)
    prose.voicemail(d, t, t.who(7), "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hey it's %s, I'm at the %s, the HMI locked me out after the update." % (t.first(7), plant),
        "The tech told me the new operator password is %s," % d.S(t.pw("uri"), "hmi-password"),
        "but it's not taking it. Call me back, I've got a load waiting."])

    d = t.f("notes/winter-readiness.md", free=True)
    d.w("# Winter readiness meeting", "")
    d.w("- Historian read-only password rotated to %s (update the SCADA export)." % d.S(t.pw("strong"),
                                                                                      "historian-password"))
    d.w("- Route optimiser contract renewed; key unchanged.")
    d.w("- The sample TankPulse key in their PDF (%s) is a test value." % d.N("tpk_test_" + "x" * 24,
                                                                              "placeholder"))
