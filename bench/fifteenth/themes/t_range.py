"""Indoor shooting range and training centre: lane target-carrier controllers, electronic scoring, lead-air
ventilation monitoring, background-check vendor, range-safety video, waiver kiosks, pro shop POS."""

from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("Granite Ridge Range", "graniteridgerange.com", "Boise"),
        ("Iron Sights Training Centre", "ironsights.training", "Calgary"),
        ("Lakeside Indoor Range", "lakesiderange.com", "Tampa")]


def build(t):
    r = t.r
    carrier_pw = r.pw_human()
    # ---- lane controllers (CRLF)
    banks = r.randint(2, 3)
    for i in range(banks):
        t.w("lanes/bank%d-carriers.ini" % (i + 1), "[Bank]\nLanes=%d-%d\nController=TC-400\nSerial=%s\n\n[Web]\n"
            "AdminUser=rangemaster\nAdminPassword=%s\n\n[Safety]\nMaxDistanceFt=75\nCeaseFireInput=DI3\n" % (
                i * 8 + 1, i * 8 + 8, t.N(r.serial("TC"), "device-serial") if i == 0 else r.serial("TC"),
                t.S(carrier_pw, "device-password") if i < 2 else t.N("%CARRIER_ADMIN_PW%", "env-reference")),
            crlf=True)
    score_tok = t.vendor_key("est_", 32)
    t.w("scoring/electronic-targets.yaml", "scoring:\n  system: acoustic-x\n  lanes: %d\n  league_db: "
        "mysql://league:%s@%s:3306/league\n  results_upload:\n    url: https://results.%s/api/v1/matches\n"
        "    token: %s\n" % (banks * 8, t.S(t.pw(uri=True), "mysql-url-password"), t.host("db"), t.domain,
                             t.S(score_tok, "vendor-api-token")))

    # ---- ventilation
    t.w("ventilation/bms.json", '{\n  "bacnet": {\n    "deviceInstance": %s,\n    "network": 1\n  },\n'
        '  "web": {\n    "url": "https://bms.%s",\n    "user": "facilities",\n    "password": "%s"\n  },\n'
        '  "leadAirAlarmUgM3": 30,\n  "sensorSerials": ["%s", "%s"]\n}\n' % (
            t.N(str(r.randint(100000, 999999)), "bacnet-device-id"), t.domain, t.S(t.pw(), "bms-password"),
            t.N(r.serial("LA"), "device-serial"), r.serial("LA")))

    # ---- background checks
    t.w("compliance/background_check.py", 'import os\n\nimport httpx\n\nVENDOR = "https://api.checkpoint-screening.'
        'example/v1"\nCLIENT_ID = "%s"\nAPI_KEY = "%s"\nWEBHOOK_SECRET = %s\n\n\ndef submit(member):\n'
        '    return httpx.post(VENDOR + "/checks", json=member, headers={"X-Client": CLIENT_ID, "X-Key": API_KEY})\n' % (
            t.N(r.uuid(), "uuid"), t.S(r.hex(40), "vendor-api-key"),
            t.N('os.environ["SCREENING_WEBHOOK_SECRET"]', "env-reference")))

    # ---- booking app
    env_twins(t, "booking-api", [
        ("NODE_ENV", "-", None, "production"),
        ("DATABASE_PASSWORD", "S", "db-password", t.pw()),
        ("SQUARE_ACCESS_TOKEN", "P", "square-access-token", t.tok("square-access-token")),
        ("SQUARE_APPLICATION_ID", "N", "public-square-app-id", "sq0idp-" + r.s(22)),
        ("TWILIO_AUTH_TOKEN", "P", "twilio-auth-token", t.tok("twilio-auth-token")),
        ("JWT_SECRET", "S", "jwt-secret", r.b64u(48)),
    ])

    # ---- range-safety video
    cams = ["lane-%d" % (i * 4 + 1) for i in range(2)]
    t.w("video/nvr.toml", '[nvr]\nhost = "%s"\nretention_days = 30\n\n[[camera]]\nname = "%s"\n'
        'url = "rtsp://viewer:%s@10.50.1.11:554/stream1"\n\n[[camera]]\nname = "%s"\n'
        'url = "rtsp://viewer:%s@10.50.1.12:554/stream1"\n\n[[camera]]\nname = "lobby"\n'
        'url = "rtsp://viewer:%s@10.50.1.13:554/stream1"\n' % (
            t.host("nvr"), cams[0], t.S(t.pw(uri=True), "rtsp-url-password"), cams[1],
            t.S(t.pw(uri=True), "rtsp-url-password"), t.N("{{ nvr_viewer_password }}", "template-reference")))

    # ---- waiver kiosks
    t.w("waivers/kiosk.properties", "kiosk.id=WAIVER-%d\ndb.url=jdbc:postgresql://%s:5432/waivers\ndb.user=kiosk\n"
        "db.password=%s\nkiosk.exit.password=%s\nkiosk.idle.seconds=120\n" % (
            r.randint(1, 3), t.host("db"), t.S(t.pw(), "jdbc-password"), t.S(r.pw_human(), "kiosk-exit-password")))

    # ---- pro shop (PowerShell, CRLF)
    t.w("proshop/Export-Sales.ps1", "# nightly export of pro-shop sales to the accountant\n$user = 'proshop'\n"
        "$pass = ConvertTo-SecureString '%s' -AsPlainText -Force\n$cred = New-Object System.Management.Automation."
        "PSCredential($user, $pass)\n$ftpKey = Get-Secret -Name %s -AsPlainText\n"
        "Invoke-RestMethod -Uri 'https://acct.%s/upload' -Credential $cred -Method Post -InFile sales.csv\n" % (
            t.S(t.pw(), "powershell-securestring"), t.N("AccountantFtp", "secret-manager-reference"), t.domain),
        crlf=True)
    sql_logins(t, "ops/sql/roles.sql", "postgres", [("waivers", True), ("booking", True), ("bi", False)])
    device_sheet(t, "ops/range-sheet.md", [
        ("bank 1 controller", "10.50.0.21", r.serial("TC"), "rangemaster", cred_cell(t, "device-password"), "TC-400"),
        ("scoring server", "10.50.0.30", r.serial("SC"), "score", cred_cell(t, "device-password"), "acoustic"),
        ("NVR", "10.50.1.2", r.serial("NV"), "admin", cred_cell(t, "device-password"), "16 ch"),
        ("front desk PC", "10.50.0.5", r.serial("PC"), "desk", cred_cell(t, "device-password"), "POS"),
    ], fmt="md")

    # ---- free text
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    t.chat("staff/range-safety-officers", [
        (a, "lane 7 carrier is sticking again, logged it"),
        (b, "carrier web admin is rangemaster / %s if you need to reset the travel limits" % t.S(
            carrier_pw, "device-password")),
        (c, "league night results did not upload, the scoring token is %s" % t.S(score_tok, "vendor-api-token")),
        (d, "member %s asked to be removed from the newsletter" % t.N("M-%06d" % r.randint(1, 999999), "member-id")),
        (a, "lead-air reading was 12, fine. %s" % t.N("BMS password is on the facilities sheet", "prose-no-value")),
    ], "range-safety-officers", fmt=r.choice(["teams", "slack", "whatsapp"]))
    t.wiki("wiki/opening-checklist", "Opening checklist", [
        ("h", "Ventilation"),
        ("p", "Start the supply fans before the exhaust; log in to the BMS as facilities (%s)." % t.N(
            "password in the facilities binder", "prose-no-value")),
        ("h", "Scoring"),
        ("code", ["ssh score@%s" % t.host("scoring"), "sudo systemctl restart acoustic-x",
                  "mysql -u league -p'%s' league -e 'select count(*) from shots'" % t.S(t.pw(), "mysql-cli-password")]),
        ("h", "Cameras"),
        ("p", "Lobby camera viewer password: %s" % t.S(t.pw(), "rtsp-password")),
    ])
    t.ticket("tickets", "APP-%d" % r.randint(100, 999),
             "Member app login fails after waiver renewal", [
                 (t.p(4), "Member renewed the waiver at the kiosk and now cannot book lanes in the app."),
                 (t.p(5), "Account relinked; temporary password %s sent by SMS." % t.S(t.pw(), "temporary-password")),
                 (t.p(4), "Booked fine.")])
    t.mail("mail/target-vendor", ("Kofi", "Support", "support@acoustic-x.example"), (a[0], a[1], t.mail_of(0)),
           "Firmware update for your scoring system", [
               "Hi %s," % a[0],
               "Use the service account tech / %s for the update portal; it expires in 7 days." % t.S(
                   t.pw(), "vendor-portal-password"),
               "Your site licence number is %s." % t.N(r.digits(10), "licence-number"),
               "Thanks,"])
    t.voicemail("voicemail/alarm-company", t.p(6), a, [
        "This is the alarm company about last night's ventilation alarm.",
        "We reset the panel; the new installer code for the web portal is %s." % t.S(r.pw_human(), "alarm-portal-password"),
        "Call us if it trips again."])
    t.notes("notes/safety-meeting", "Safety meeting", [
        "Lead-air sampling passed; next in six months.",
        "Waiver kiosk exit password was written on a sticky note, %s." % t.N("removed", "prose-no-value"),
        "New kiosk exit password: %s" % t.S(r.pw_human(), "kiosk-exit-password"),
        "Bank 2 carrier motors due for service."])
