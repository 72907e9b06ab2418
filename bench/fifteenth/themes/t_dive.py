"""Scuba dive centre: compressor and gas-blending fill station, dive-computer download kiosk, certification
agency API, day-boat manifests and trackers, rental POS, booking site."""

from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("Blue Reef Divers", "bluereefdivers.com", "Dahab"),
        ("Kelp Line Dive Centre", "kelpline.co.za", "Cape Town"),
        ("Coral Shelf Scuba", "coralshelf.com.au", "Cairns")]


def build(t):
    r = t.r
    comp_pw = r.pw_human()
    # ---- fill station
    t.w("fillstation/compressor.ini", "[Controller]\nModel=BAUER B-CONTROL MICRO\nSerial=%s\nHoursMeter=%d\n\n"
        "[Web]\nEnabled=1\nAdminUser=fillmaster\nAdminPassword=%s\n\n[Logging]\nFtpHost=%s\nFtpUser=fills\n"
        "FtpPassword=%s\n" % (t.N(r.serial("BC"), "device-serial"), r.randint(1000, 9000), t.S(comp_pw, "device-password"),
                              t.host("nas"), t.S(t.pw(), "ftp-password")), crlf=True)
    gas_tok = t.vendor_key("glg_", 36)
    t.w("fillstation/blender.yaml", "blender:\n  mode: continuous-nitrox\n  analysers:\n    - {gas: O2, serial: %s}\n"
        "    - {gas: He, serial: %s}\n  max_ppo2: 1.4\n  cloud_log:\n    endpoint: https://api.gaslog.example/v1\n"
        "    token: %s\n" % (t.N(r.serial("OX"), "device-serial"), r.serial("HE"), t.S(gas_tok, "vendor-api-token")))

    # ---- dive computers
    t.w("divecomputers/kiosk.json", '{\n  "kiosk": "dc-download-1",\n  "kioskExitPassword": "%s",\n'
        '  "cloud": {\n    "apiKey": "%s",\n    "region": "eu"\n  },\n  "pairedDevices": [\n    "%s",\n    "%s"\n'
        '  ]\n}\n' % (t.S(r.pw_human(), "kiosk-exit-password"), t.S(r.hex(40), "vendor-api-key"),
                      t.N(r.mac(), "mac-address"), r.mac()))

    # ---- certification agency
    t.w("certs/agency_api.py", 'import os\n\nimport requests\n\nAGENCY = "https://api.oceancert.example/v3"\n'
        'CLIENT_ID = "%s"\nCLIENT_SECRET = "%s"\nINSTRUCTOR_PASSWORD = %s\n\n\ndef token():\n'
        '    r = requests.post(AGENCY + "/oauth/token", data={"grant_type": "client_credentials"},\n'
        '                      auth=(CLIENT_ID, CLIENT_SECRET))\n    return r.json()["access_token"]\n' % (
            t.N("dc-" + r.digits(5), "oauth-client-id"), t.S(r.b64u(32), "oauth-client-secret"),
            t.N('os.getenv("OCEANCERT_PASSWORD")', "env-reference")))

    # ---- boats
    t.w("boats/manifest-service/src/main/resources/application.properties",
        "spring.datasource.url=jdbc:postgresql://%s:5432/manifests\nspring.datasource.username=manifest\n"
        "spring.datasource.password=%s\nspring.mail.host=smtp.%s\nspring.mail.password=%s\nais.api.key=%s\n"
        "boats.mmsi=%s\n" % (t.host("db"), t.S(t.pw(), "jdbc-password"), t.domain,
                             t.N("${SMTP_PASSWORD}", "env-reference"), t.S(r.hex(32), "ais-api-key"),
                             t.N(",".join(str(r.randint(200000000, 799999999)) for _ in range(2)), "mmsi-number")))
    mapshare = r.pw_human()
    t.w("boats/trackers.toml", '[tracking]\nprovider = "inreach"\nmapshare_url = "https://share.garmin.com/%s"\n'
        'mapshare_password = "%s"\n\n[boat.%s]\nmmsi = %d\nimei = "%s"\n' % (
            t.key, t.S(mapshare, "mapshare-password"), r.choice(["manta", "dugong", "wahoo"]),
            r.randint(200000000, 799999999), t.N(r.imei(), "imei")))

    # ---- rental POS (.NET, CRLF)
    t.w("rental/DiveShop.Pos.exe.config", '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n'
        '  <connectionStrings>\n    <add name="Pos" connectionString="Server=%s;Database=DivePos;User Id=pos;'
        'Password=%s;" />\n    <add name="Reports" connectionString="Server=%s;Database=DivePos;'
        'Integrated Security=SSPI;" />\n  </connectionStrings>\n  <appSettings>\n'
        '    <add key="TerminalKey" value="%s" />\n    <add key="TerminalId" value="%s" />\n  </appSettings>\n'
        '</configuration>\n' % (t.host("sql"), t.S(t.pw(), "connection-string-password"), t.host("sql"),
                                t.S(r.hex(48).upper(), "payment-terminal-key"), t.N(r.digits(8), "terminal-id")),
        crlf=True)

    # ---- booking site
    env_twins(t, "booking", [
        ("DJANGO_SETTINGS_MODULE", "-", None, "booking.settings.prod"),
        ("SECRET_KEY", "S", "django-secret-key", r.s(50, "abcdefghijklmnopqrstuvwxyz0123456789!@*-_=+")),
        ("DB_PASSWORD", "S", "db-password", t.pw()),
        ("STRIPE_SECRET_KEY", "P", "stripe-secret-key", t.tok("stripe-secret-key")),
        ("TWILIO_ACCOUNT_SID", "N", "public-twilio-account-sid", "AC" + r.hex(32)),
        ("TWILIO_AUTH_TOKEN", "P", "twilio-auth-token", t.tok("twilio-auth-token")),
        ("MAILGUN_API_KEY", "P", "mailgun-key", t.tok("mailgun-key")),
        ("TIDES_API_KEY", "S", "vendor-api-key", r.hex(32)),
    ])
    sql_logins(t, "ops/sql/logins.sql", "mssql", [("pos", True), ("reports", False), ("manifest", True)])
    device_sheet(t, "ops/kit.csv", [
        ("compressor", "10.1.0.20", r.serial("BC"), "fillmaster", cred_cell(t, "device-password"), "B-Control"),
        ("boat router manta", "10.1.5.1", r.serial("TP"), "admin", cred_cell(t, "device-password"), "4G"),
        ("DC kiosk", "10.1.0.33", r.serial("KI"), "kiosk", cred_cell(t, "device-password"), "Windows"),
        ("front desk NVR", "10.1.0.9", r.serial("HK"), "admin", cred_cell(t, "device-password"), "8 cams"),
    ])

    # ---- free text
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    boat_wifi = r.pw_phrase()
    t.chat("crew/divemasters", [
        (a, "two boats tomorrow, 07:30 and 10:00, nitrox 32 for the second one"),
        (b, "boat Wi-Fi on Manta is %s" % t.S(boat_wifi, "wifi-passphrase")),
        (c, "compressor web login is fillmaster / %s if the fill log stops again" % t.S(comp_pw, "device-password")),
        (a, "guests keep asking for the tracking page, the MapShare password is %s" % t.S(mapshare,
                                                                                         "mapshare-password")),
        (d, "tide API key expired yesterday, %s" % t.N("I requested a new one", "prose-no-value")),
    ], "divemasters", fmt=r.choice(["whatsapp", "telegram", "slack"]))
    t.wiki("wiki/fill-station-sop", "Fill station SOP", [
        ("h", "Analysers"),
        ("p", "Both analysers ship with the service login admin / %s; leave it, the vendor needs it." % t.N(
            "1234", "well-known-default")),
        ("h", "Fill log upload"),
        ("code", ["curl -H 'Authorization: Bearer %s' -F log=@fills.csv https://api.gaslog.example/v1/fills" %
                  t.S(gas_tok, "vendor-api-token")]),
        ("h", "Cylinder testing"),
        ("p", "Hydro test dates are in the cylinder register; visual inspection yearly."),
    ])
    t.ticket("tickets", "BK-%d" % r.randint(100, 999),
             "Guest cannot see the booking for the liveaboard weekend", [
                 (t.p(4), "Guest says the portal shows no bookings after she changed her e-mail."),
                 (t.p(5), "Merged the two accounts; set a temporary password %s and sent it by SMS." % t.S(
                     t.pw(), "temporary-password")),
                 (t.p(4), "She can see it now.")])
    t.mail("mail/agency-onboarding", ("Rafael", "Members", "members@oceancert.example"),
           (a[0], a[1], t.mail_of(0)), "Dive centre API access", [
               "Dear %s," % a[0],
               "Your instructor portal password is %s; please change it after the first login." % t.S(
                   t.pw(), "vendor-portal-password"),
               "The API client secret for your booking system is %s" % t.S(r.b64u(32), "oauth-client-secret"),
               "Safe diving,"])
    t.voicemail("voicemail/captain", t.p(6), a, [
        "Hey, it's the skipper. The router on the boat reset itself after the storm.",
        "I put it back to the password on the sticker, %s, so you will need to re-add the tablets." % t.S(
            r.pw_human(), "device-password"),
        "See you at the dock."])
    t.notes("notes/season-review", "Season review", [
        "Fill station ran 4,200 fills; two analyser cells replaced.",
        "Kiosk exit password leaked on a guest photo, %s." % t.N("changed the same day", "prose-no-value"),
        "New boat Wi-Fi from next season: %s" % t.S(r.pw_phrase(), "wifi-passphrase"),
        "Move the manifest service to the new VM."])
