"""Fireworks and drone light-show company: wireless firing panels, drone swarm ground control (RTK caster,
mesh radio), show-design licences, explosives magazine compliance, aviation waivers, booking site."""

from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("Skyburst Pyrotechnics", "skyburst-pyro.com", "Lyon"),
        ("Northlight Displays", "northlightdisplays.co.uk", "Leeds"),
        ("Aurora Fireworks & Drones", "aurorafx.events", "Denver")]


def build(t):
    r = t.r
    arm = r.pw_human()
    # ---- firing panels (CRLF ini), one per crew
    for i in range(r.randint(2, 3)):
        name = "panel-%s" % "abc"[i]
        ref = i == 1
        t.w("firing/%s.ini" % name, "; FireLink FS-64 controller export\n[Controller]\nModel=FS-64\nSerial=%s\n"
            "Firmware=4.%d.%d\n\n[Radio]\nChannel=%d\nPairingKey=%s\n\n[Remote]\nArmUser=crew%d\nArmPassphrase=%s\n"
            "AutoDisarmSeconds=900\n" % (
                t.N(r.serial("FS"), "device-serial") if i == 0 else r.serial("FS"), r.randint(0, 9),
                r.randint(0, 20), r.randint(1, 16), t.S(r.hex(32).upper(), "firing-radio-pairing-key"), i + 1,
                t.N("%FIRELINK_ARM_PASS%", "env-reference") if ref else t.S(arm if i == 0 else r.pw_human(),
                                                                            "firing-arm-passphrase")),
            crlf=True)
    rows = ["module,serial,firmware,cues,battery_pct"]
    for i in range(6):
        s = r.serial("FM")
        rows.append("M%02d,%s,2.%d,%d,%d" % (i + 1, t.N(s, "device-serial") if i in (1, 4) else s, r.randint(0, 9),
                                              r.choice([16, 32]), r.randint(60, 100)))
    t.w("firing/modules.csv", "\n".join(rows) + "\n")

    # ---- drone swarm
    rtk_pw = t.pw(uri=True)
    mesh = r.pw_strong(20)
    drones = "\n".join("    - {id: D%03d, serial: %s}" % (i + 1, t.N(r.serial("SW"), "device-serial") if i == 0 else
                                                           r.serial("SW")) for i in range(r.randint(3, 5)))
    t.w("drones/fleet.yaml", "fleet:\n  controller: gcs-01.%s\n  rtk:\n    caster: ntrip://rtkuser:%s@caster.%s:2101/"
        "SHOW1\n  mesh:\n    ssid: swarm-%d\n    psk: \"%s\"\n  drones:\n%s\n  show_file: finale-v%d.skyc\n"
        "  show_file_sha256: %s\n" % (t.domain, t.S(rtk_pw, "ntrip-caster-password"), t.domain, r.randint(10, 99),
                                      t.S(mesh, "drone-mesh-psk"), drones, r.randint(2, 9),
                                      t.N(r.sha256(), "digest-sha256")))
    sky_tok = t.vendor_key("sks_", 40)
    t.w("drones/skyshow-studio.json", '{\n  "licenseKey": "%s",\n  "cloudSync": {\n    "enabled": true,\n'
        '    "token": "%s"\n  },\n  "machineId": "%s"\n}\n' % (
            t.S("SKY-" + "-".join(r.s(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)), "software-licence-key"),
            t.S(sky_tok, "vendor-api-token"), t.N(r.uuid(), "uuid")))

    # ---- compliance
    t.w("compliance/magazine_sync.py", 'import os\nimport requests\n\nPORTAL = "https://magtrack.example-reg.gov/api"'
        '\nPORTAL_USER = "%s"\nPORTAL_PASSWORD = %s\nMAGTRACK_API_KEY = "%s"\n\n\ndef push(inventory):\n'
        '    s = requests.Session()\n    s.auth = (PORTAL_USER, PORTAL_PASSWORD)\n'
        '    s.headers["X-Api-Key"] = MAGTRACK_API_KEY\n    return s.post(PORTAL + "/magazines/%s/stock", '
        'json=inventory)\n' % (
            "licensee-" + r.digits(6), t.N('os.environ["MAG_PORTAL_PASSWORD"]', "env-reference"),
            t.S(t.vendor_key("mtk_live_", 32), "vendor-api-key"), r.digits(5)))
    t.w("compliance/permits.toml", '[faa]\nwaiver = "%s"\nlaanc_provider = "airspace-link"\nlaanc_api_key = "%s"\n\n'
        '[fire_marshal]\nportal = "https://permits.%s.gov"\nusername = "%s"\npassword = "%s"\n' % (
            t.N("107W-%d-%05d" % (r.randint(2023, 2025), r.randint(1, 99999)), "permit-number"),
            t.S(r.hex(40), "laanc-api-key"), t.city.lower(), r.choice(["skyburst", "displays", "shows"]),
            t.S(t.pw(), "permit-portal-password")))

    # ---- booking site
    db_pw = t.pw(uri=True)
    env_twins(t, "booking", [
        ("APP_ENV", "-", None, "production"),
        ("DB_HOST", "-", None, "db.internal"),
        ("DB_PASSWORD", "S", "db-password", db_pw),
        ("STRIPE_SECRET_KEY", "P", "stripe-secret-key", t.tok("stripe-secret-key")),
        ("STRIPE_WEBHOOK_SECRET", "P", "stripe-webhook-secret", t.tok("stripe-webhook-secret")),
        ("STRIPE_PUBLISHABLE_KEY", "N", "public-stripe-publishable-key", "pk_live_51" + r.s(97)),
        ("SENDGRID_API_KEY", "P", "sendgrid-key", t.tok("sendgrid-key")),
        ("GOOGLE_MAPS_KEY", "P", "google-api-key", t.tok("google-api-key")),
        ("SESSION_SECRET", "S", "session-secret", r.b64u(48)),
    ])
    t.w("timecode/icecast.xml", "<icecast>\n  <location>%s</location>\n  <authentication>\n"
        "    <source-password>%s</source-password>\n    <relay-password>%s</relay-password>\n"
        "    <admin-user>admin</admin-user>\n    <admin-password>%s</admin-password>\n  </authentication>\n"
        "</icecast>\n" % (t.city, t.S(t.pw(), "icecast-source-password"), t.N("hackme", "well-known-default"),
                          t.S(t.pw(), "icecast-admin-password")))
    t.w("weather/windcheck.go", 'package weather\n\nimport "os"\n\nconst windAPIKey = "%s"\n\n'
        'func token() string {\n\tif v := %s; v != "" {\n\t\treturn v\n\t}\n\treturn windAPIKey\n}\n' % (
            t.S(r.hex(32), "weather-api-key"), t.N('os.Getenv("WINDCHECK_TOKEN")', "env-reference")))
    sql_logins(t, "ops/sql/roles.sql", "postgres", [("booking_app", True), ("reports", False), ("shows", True)])
    device_sheet(t, "ops/kit-sheet.md", [
        ("show laptop", "10.4.0.10", r.serial("LT"), "crew", cred_cell(t, "device-password"), "Finale playback"),
        ("firing panel A", "10.4.0.21", r.serial("FS"), "admin", cred_cell(t, "device-password"), "FS-64"),
        ("drone GCS", "10.4.0.30", r.serial("GC"), "operator", cred_cell(t, "device-password"), "swarm control"),
        ("site router", "10.4.0.1", r.serial("RT"), "admin", cred_cell(t, "device-password"), "LTE backup"),
    ], fmt="md")

    # ---- free text
    venue_wifi = r.pw_phrase()
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    t.chat("crew/show-night", [
        (a, "load-in at the stadium from 14:00, trucks at gate C"),
        (b, "venue Wi-Fi for the GCS laptops is %s" % t.S(venue_wifi, "wifi-passphrase")),
        (c, "arming passphrase for panel A is still %s, do not change it before the show" % t.S(arm,
                                                                                                 "firing-arm-passphrase")),
        (a, "client wants the preview: https://preview.%s/s/%s?k=%s" % (t.domain, r.s(8), t.S(r.b64u(18),
                                                                                              "private-share-link"))),
        (d, "drone GCS password is the usual one, %s" % t.N("ask me in person", "prose-no-value")),
        (b, "wind is 6 m/s at 300 ft, we are go"),
    ], "show-night")
    t.wiki("wiki/show-day-runbook", "Show-day runbook", [
        ("h", "RTK base"),
        ("p", "The RTK base logs in to the caster as rtkuser with %s (same as fleet.yaml)." % t.S(
            rtk_pw, "ntrip-caster-password")),
        ("h", "Cloud upload"),
        ("code", ["curl -H 'Authorization: Bearer %s' https://api.skyshow.io/v2/shows/upload -F f=@show.skyc" %
                  t.S(sky_tok, "vendor-api-token")]),
        ("h", "Firing panels"),
        ("p", "Fresh panels ship with admin / %s; change it at first boot." % t.N("admin", "well-known-default")),
    ])
    t.ticket("tickets", "BOOK-%d" % r.randint(100, 999),
             "Client cannot log in to the booking portal", [
                 (t.p(4), "The events manager at %s Council cannot log in to approve the quote." % t.city),
                 (t.p(5), "Reset it. Temporary password for her: %s" % t.S(t.pw(), "temporary-password")),
                 (t.p(4), "Confirmed working, closing.")])
    t.mail("mail/drone-vendor-onboarding", (r.choice(["Mara", "Jonas"]), "Support", "support@swarmworks.example"),
           (a[0], a[1], t.mail_of(0)), "Your SwarmWorks fleet account", [
               "Hello %s," % a[0],
               "Your fleet-management login is %s and the initial password is %s." % (
                   t.mail_of(0), t.S(t.pw(), "vendor-portal-password")),
               "Your show-controller licence key: %s" % t.S(t.vendor_key("SWL-", 24, "ABCDEF0123456789"),
                                                             "software-licence-key"),
               "Regards,"])
    t.voicemail("voicemail/fire-marshal", t.p(6), a, [
        "Hi, this is the fire marshal's office about Saturday's display permit.",
        "The inspection portal account is set up, the login is your company name and the password is %s." % t.S(
            r.pw_human(), "permit-portal-password"),
        "Please upload the site plan before Thursday. Thanks."])
    t.notes("notes/post-show-debrief", "Post-show debrief", [
        "Two drones returned early on low battery; check the pack log.",
        "Mesh PSK was shared with the venue crew by mistake, %s." % t.N("rotate it before the next show",
                                                                         "prose-no-value"),
        "New mesh PSK from tomorrow: %s" % t.S(r.pw_strong(20), "drone-mesh-psk"),
        "Magazine inventory upload failed once; retried manually."])
