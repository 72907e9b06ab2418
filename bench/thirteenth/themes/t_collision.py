"""collision-repair/: a collision-repair (body shop) network (estimating bridge, insurer DRP portals, paint
mixing scales, ADAS calibration, frame measuring, parts procurement, customer status texts)."""
from themes import prose
from themes.common import env_files, sql_users, device_sheet, chat_file, wiki_file, ticket_file

SLUG = "collision-repair"
VARIANTS = [("Northline Collision Centers", "northlinecollision.com", "Minneapolis"),
            ("Crestview Auto Body", "crestviewautobody.com", "Sacramento"),
            ("Ironbridge Collision Group", "ironbridgecollision.net", "Pittsburgh")]
WORDS = ["bumper", "fender", "primer", "clearcoat", "northline", "crestview", "ironbridge", "chassis", "torque",
         "quarter", "bondo", "spray"]


def build(t):
    v = t.v
    paint_pw = t.v.pw_device()
    adas_pw = t.pw("strong")
    booth_wifi = t.human()
    insurers = v.sample(["Granite Mutual", "Beacon Insurance", "Summit Casualty", "Prairie Auto Insurance"], 3)

    d = t.f("estimating/bridge.ini", crlf=True)
    d.w("; estimating system -> shop management bridge", "[Estimating]", "ExportFolder=C:\\EMS\\Out",
        "Format=EMS 2.6", "[ShopAPI]", "Url=https://shop.%s/api/v1" % t.domain)
    d.w("ClientId=" + d.N(v.uuid4(), "oauth-client-id"))
    d.w("ClientSecret=" + d.S(v.b64ubytes(32), "shop-api-client-secret"))
    d.w("[Logging]", "Level=Info")

    d = t.f("paint/mixing-scale.json")
    d.w("{", '  "system": "ColorMix Pro",', '  "scales": [')
    n = v.randint(2, 3)
    for i in range(n):
        d.w("    {", '      "booth": "mix room %d",' % (i + 1))
        d.w('      "serial": "%s",' % d.N(v.serial("CMX", 8), "device-id"))
        d.w('      "service_password": "%s"' % d.S(paint_pw, "paint-scale-password"))
        d.w("    }" + ("," if i < n - 1 else ""))
    d.w("  ],")
    d.w('  "cloud_token": "%s"' % d.P("cmx_" + v.alnum(40), "colormix-cloud-token"))
    d.w("}")

    d = t.f("adas/calibration-tool.yaml")
    d.w("# ADAS calibration frame + scan tool", "tool:", "  model: CalibraPro 7")
    d.w("  serial: %s" % d.N(v.serial("CP7", 9), "device-id"))
    d.w("oem_portals:")
    for oem in v.sample(["toyota", "honda", "subaru", "gm", "ford"], 2):
        d.w("  - oem: %s" % oem, "    user: %s_%s" % (t.short[:8], oem))
        d.w("    password: \"%s\"" % d.S(adas_pw, "oem-portal-password"))
    d.w("recent_vins:")
    for _ in range(2):
        d.w("  - %s" % d.N(v.vin(), "vin"))

    d = t.f("drp/insurer-portals.toml")
    d.w("# direct-repair programme connections")
    for ins in insurers[:2]:
        key = ins.split()[0].lower()
        d.w("", "[%s]" % key, 'sftp_host = "sftp.%s.example-ins.com"' % key, 'sftp_user = "%s"' % t.short[:10])
        d.w('sftp_password = "%s"' % d.S(t.pw(), "insurer-sftp-password"))
    d.w("", "[%s]" % insurers[2].split()[0].lower(), 'api_url = "https://drp.example-ins.com/v2"')
    d.w('api_key = "%s"' % d.P("drp_" + v.hex(40), "drp-api-key"))

    d = t.f("parts/procurement.properties")
    d.w("# parts procurement", "parts.api.url=https://api.partsnet.example.com",
        "parts.jdbc.url=jdbc:postgresql://pg.%s:5432/parts" % t.domain, "parts.jdbc.user=parts")
    d.w("parts.jdbc.password=" + d.S(v.pw_uri(), "jdbc-password"))
    d.w("parts.api.key=" + d.P("pnk_" + v.alnum(32), "partsnet-api-key"))
    d.w("parts.api.timeout=30")

    env_files(t, "shop-mgmt/.env.production", [
        ("T", "RAILS_ENV", "production"),
        ("S", "DATABASE_URL", v.pw_uri(), "db-url-password", "generic",
         "postgres://shop:{PW}@db.%s/shop_production" % t.domain),
        ("S", "SECRET_KEY_BASE", v.hex(128), "rails-secret-key-base"),
        ("S", "TWILIO_API_KEY_SECRET", v.alnum(32), "twilio-api-secret-named", "provider"),
        ("S", "CARFAX_API_KEY", "cfx_" + v.hex(32), "carfax-api-key", "provider"),
        ("N", "TWILIO_MESSAGING_SERVICE_SID", "MG" + v.hex(32), "identifier"),
    ], title="shop management")

    d = t.f("scripts/photo_upload.rb")
    d.w("# uploads estimate photos to the insurer claim portal", "require 'net/http'", "",
        "PORTAL = URI('https://claims.%s.example-ins.com/photos')" % insurers[0].split()[0].lower())
    d.w("USER = '%s_photos'" % t.short[:8])
    d.w("PASS = '%s'" % d.S(t.pw(), "claim-portal-password"))
    d.w("TOKEN = " + d.N("ENV.fetch('CLAIM_API_TOKEN')", "env-reference"), "",
        "def upload(path)", "  req = Net::HTTP::Post.new(PORTAL)", "  req.basic_auth(USER, PASS)", "end")

    d = t.f("frame/measuring-station.xml", crlf=True)
    d.w('<?xml version="1.0" encoding="utf-8"?>', "<MeasuringStation>", "  <Model>Vector 3D</Model>")
    d.w("  <Serial>%s</Serial>" % d.N(v.serial("V3D", 8), "device-id"))
    d.w("  <AdminPassword>%s</AdminPassword>" % d.S(v.pw_device(), "frame-station-password"))
    d.w("  <DataDirectory>D:\\Measurements</DataDirectory>", "</MeasuringStation>")

    d = t.f("sql/shop-users.sql")
    d.w("-- shop management DB roles")
    sql_users(t, d, "postgres", [("shop_app", v.pw_uri()), ("estimator_ro", None), ("dashboards", t.pw())])

    device_sheet(t, "shop/device-sheet.csv", [
        ("Paint booth controller", "booth 1", "service", ("S", v.pw_device(), "paint-booth-password"),
         v.serial("PBX", 8), ""),
        ("Shop Wi-Fi", "floor", "", ("S", booth_wifi, "wifi-psk"), "-", "techs only"),
        ("Scan tool", "bay 4", "admin", ("S", adas_pw, "oem-portal-password"), v.serial("CP7", 9), "same as OEM"),
        ("Front-desk PC", "office", "Administrator", ("N", "see Keeper", "secret-reference"), v.serial("MXL", 7), ""),
        ("Spot welder", "bay 2", "", None, v.serial("SW", 9), "no login"),
    ])

    # ---------------------------------------------------------------- free text
    d, fmt = chat_file(t, "chat/estimators")
    prose.chat(d, t, fmt, "estimators", [
        (t.who(0), "%s portal locked me out again" % insurers[0]),
        (t.who(1), "shop login is %s / %s, don't change it" % (t.short[:8], d.S(t.human(),
                                                                                 "insurer-portal-password"))),
        (t.who(2), "paint scale in mix room 2 wants the service pw"),
        (t.who(3), d.S(paint_pw, "paint-scale-password")),
        (t.who(4), "customer paid by card %s, receipt in the RO" % d.N("**** **** **** %s" % v.digits(4), "masked")),
        (t.who(1), "OEM portal pw changed after the audit: %s" % d.S(adas_pw, "oem-portal-password")),
    ])

    d, fmt = wiki_file(t, "wiki/shop-floor")
    prose.wiki(d, fmt, "Shop floor systems", [
        ("h", "ADAS calibrations"),
        ("p", ["OEM position statements require a scan before and after. Portal logins are on the scan tool;",
               "the shared password is %s." % d.S(adas_pw, "oem-portal-password")]),
        ("h", "Wi-Fi"),
        ("p", ["Shop floor: %s" % d.S(booth_wifi, "wifi-psk"), "Customer lounge: open, captive portal."]),
        ("h", "Things that are NOT passwords"),
        ("ul", ["paint formula codes like %s" % d.N("%s-%s" % (v.upper(3), v.digits(4)), "identifier"),
                "VINs on the RO", "the estimating export licence %s" % d.N("EMS-****-****-%s" % v.upper(4),
                                                                            "masked")]),
    ])

    d = t.f("email/insurer-drp-welcome.eml", free=True)
    ins = insurers[1]
    prose.email(d, t, "DRP Network <drp@%s.example-ins.com>" % ins.split()[0].lower(), "%s <%s>" % (t.who(5),
                                                                                                   t.mail(5)),
                "Welcome to the %s DRP network" % ins,
                ["Your shop is now active in our direct-repair programme.", "",
                 "Claim portal: https://claims.%s.example-ins.com" % ins.split()[0].lower(),
                 "User: %s_admin" % t.short[:8],
                 "Temporary password: %s" % d.S(t.pw("strong"), "insurer-portal-temporary-password"),
                 "Programme guide (private link): %s" % d.S(
                     "https://files.example-ins.com/s/%s" % v.b64ubytes(18), "private-share-link"),
                 "", "Regards, DRP Network Team"])

    d, fmt = ticket_file(t, "tickets/status-texts")
    prose.ticket(d, t, fmt, "SHOP-%d" % v.randint(100, 999), "Repair-status texts stopped", t.who(6),
                 ["Customers haven't received status texts since Monday.",
                  "Twilio console shows auth failures."],
                 [(t.who(2), ["Someone rotated the API key secret. New one: %s" % d.P(v.alnum(32),
                                                                                      "twilio-api-secret-named"),
                              "Updated the env file; texts are flowing again."])])

    d = t.f("voicemail/paint-rep.txt", free=True)
    prose.voicemail(d, t, "paint supplier rep", "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hi, it's your paint rep, I updated the formula software on the mixing PC.",
        "The cloud account login is the shop e-mail and the password is %s." % d.S(
            t.pw("human"), "colormix-account-password"),
        "Formulas should sync overnight. Thanks!"])

    d = t.f("notes/managers-meeting.md", free=True)
    d.w("# Managers meeting", "", "- Cycle time target 9.5 days; %s leads the DRP scorecard review." % t.first(7))
    d.w("- Parts API key moved to the vault: %s" % d.N("vault:secret/data/%s/partsnet#key" % t.short,
                                                       "vault-reference"))
    d.w("- Frame station admin password reset by the vendor to %s" % d.S(v.pw_device(),
                                                                        "frame-station-password"))
