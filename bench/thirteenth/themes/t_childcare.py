"""childcare-centers/: a group of early-learning centres (classroom cameras with parent live view, check-in
kiosks, parent app, subsidy attendance uploads, meal-programme claims, door access)."""
from themes import prose
from themes.common import env_files, sql_users, device_sheet, chat_file, wiki_file, ticket_file

SLUG = "childcare-centers"
VARIANTS = [("Little Acorns Early Learning", "littleacorns.org", "Columbus"),
            ("Bright Harbor Child Development", "brightharborkids.com", "Tacoma"),
            ("Maple Grove Learning Centers", "maplegrovelc.com", "Omaha")]
WORDS = ["acorn", "crayon", "sunshine", "puzzle", "rainbow", "toddler", "recess", "storytime", "maple",
         "harbor", "ladybug", "giraffe"]


def build(t):
    v = t.v
    cam_pw = t.v.pw_device()
    kiosk_pw = "Kiosk-" + v.alnum(6)
    door_pw = t.pw(v.choice(["human", "strong"]))
    staff_wifi = t.human()
    rooms = v.sample(["Infants", "Waddlers", "Toddlers", "Twos", "Preschool A", "Preschool B", "Pre-K"], v.randint(3, 4))

    d = t.f("cameras/parent-view.yaml")
    d.w("# classroom cameras -> parent live-view relay", "relay:", "  url: https://live.%s" % t.domain)
    d.w("  stream_key: \"%s\"" % d.P("plv_" + v.alnum(32), "parentview-stream-key"))
    d.w("  viewer_jwt_secret: \"%s\"" % d.S(v.b64bytes(48), "viewer-jwt-secret"))
    d.w("cameras:")
    for i, room in enumerate(rooms):
        d.w("  - room: \"%s\"" % room, "    model: DS-2CD2143")
        d.w("    serial: %s" % d.N(v.serial("DS2CD", 9), "device-id"))
        d.w("    rtsp: \"rtsp://viewer:%s@%s:554/Streaming/Channels/101\"" % (d.S(cam_pw, "camera-rtsp-password"),
                                                                             v.ip10()))
    d.w("retention_days: 14")

    d = t.f("checkin/kiosk-settings.json")
    d.w("{", '  "center": "%s",' % t.city, '  "kiosk_mode": true,')
    d.w('  "exit_password": "%s",' % d.S(kiosk_pw, "kiosk-exit-password"))
    d.w('  "api_base": "https://api.%s/checkin",' % t.domain)
    d.w('  "device_token": "%s",' % d.S(v.jwt({"sub": "kiosk-%s" % v.lower(4), "center": t.city.lower(),
                                                "scope": "checkin:write", "iat": 1735800000}), "kiosk-device-jwt", "jwt"))
    d.w('  "printer_serial": "%s",' % d.N(v.serial("QL8", 8), "device-id"))
    d.w('  "photo_capture": false', "}")

    env_files(t, "parent-app/.env.production", [
        ("T", "NODE_ENV", "production"),
        ("S", "DATABASE_URL", v.pw_uri(), "db-url-password", "generic",
         "postgresql://parentapp:{PW}@db.%s:5432/parentapp" % t.domain),
        ("S", "JWT_SECRET", v.b64bytes(48), "jwt-secret"),
        ("S", "TWILIO_AUTH_TOKEN", v.hex(32), "twilio-auth-token-named", "provider"),
        ("S", "ONESIGNAL_REST_API_KEY", t.tok("onesignal-key"), "onesignal-key", "provider"),
        ("S", "STRIPE_SECRET_KEY", t.tok("stripe-secret"), "stripe-secret", "provider"),
        ("N", "GA_MEASUREMENT_ID", "G-" + v.upper(10), "analytics-id"),
    ], title="parent app API")

    d = t.f("billing/subsidy_attendance.py")
    d.w('"""Weekly attendance upload to the state child-care subsidy portal."""', "import os", "import csv",
        "from zeep import Client", "", "WSDL = 'https://ccap.example.gov/AttendanceService?wsdl'",
        "PROVIDER_ID = '%s'" % v.digits(9))
    d.w("USERNAME = '%s_billing'" % t.short[:8])
    d.w("PASSWORD = '%s'" % d.S(t.pw(), "state-portal-password"))
    d.w("SMTP_PASSWORD = " + d.N('os.getenv("SMTP_PASSWORD", "")', "env-reference"), "",
        "def push(rows):", "    client = Client(WSDL)",
        "    return client.service.SubmitAttendance(USERNAME, PASSWORD, PROVIDER_ID, rows)")

    d = t.f("meals/cacfp-claims.ini", crlf=True)
    d.w("[Sponsor]", "SponsorId=%s" % v.digits(6), "ClaimSystemUrl=https://cnp.example.gov/claims",
        "ClaimUser=%s" % t.user(4))
    d.w("ClaimPassword=" + d.S(t.human(), "claim-system-password"))
    d.w("[Export]", "Path=C:\\Meals\\Exports", "ArchivePassword=" + d.N(t.placeholder(), "placeholder"))

    d = t.f("doors/access-panel.xml", crlf=True)
    d.w('<?xml version="1.0"?>', "<AccessPanel model=\"AC-825\">")
    d.w("  <Serial>%s</Serial>" % d.N(v.serial("AC825-", 8), "device-id"))
    d.w("  <Installer user=\"installer\" password=\"%s\"/>" % d.S(door_pw, "door-controller-password"))
    d.w("  <Doors>", "    <Door id=\"1\" name=\"Front vestibule\" unlock=\"schedule\"/>",
        "    <Door id=\"2\" name=\"Playground gate\" unlock=\"badge\"/>", "  </Doors>", "</AccessPanel>")

    d = t.f("sql/staff-accounts.sql")
    d.w("-- parent-app admin roles (PostgreSQL)")
    sql_users(t, d, "postgres", [("director_app", t.pw()), ("billing_ro", None), ("reports", v.pw_uri())])

    d = t.f("hr/background-checks.properties")
    d.w("# background-check vendor", "bgc.api.url=https://api.clearcheck.example.com/v3",
        "bgc.account=%s" % v.digits(7))
    d.w("bgc.api.secret=" + d.P("cck_sk_" + v.alnum(36), "clearcheck-secret"))
    d.w("bgc.webhook.secret=" + d.N("${BGC_WEBHOOK_SECRET}", "env-reference"))

    d = t.f("music/classroom-speakers.toml")
    d.w("[service]", 'name = "KidTunes Business"')
    d.w('api_token = "%s"' % d.P("ktb_" + v.hex(32), "kidtunes-token"))
    d.w("[zones]", 'rooms = ["%s"]' % '", "'.join(rooms))

    device_sheet(t, "office/center-devices.csv", [
        ("NVR", "director office", "admin", ("S", t.pw("strong"), "nvr-password"), v.serial("NVR", 9), "16 ch"),
        ("Door panel", "front", "installer", ("S", door_pw, "door-controller-password"), v.serial("AC825-", 8), ""),
        ("Staff Wi-Fi", "building", "", ("S", staff_wifi, "wifi-psk"), "-", "not for parents"),
        ("Check-in iPad", "lobby", "", None, v.serial("DMPX", 8), "MDM managed"),
        ("Office PC", "director office", "Administrator", ("N", "LAPS", "secret-reference"), v.serial("MJ0", 7), ""),
    ])

    # ---------------------------------------------------------------- free text
    d, fmt = wiki_file(t, "wiki/director-handbook")
    prose.wiki(d, fmt, "Director handbook - %s" % t.city, [
        ("h", "Cameras and parent live view"),
        ("p", ["If a room's live view drops, log in to the camera with viewer / %s" % d.S(cam_pw,
                                                                                     "camera-rtsp-password"),
               "and reboot it from the maintenance page. Never share this with parents."]),
        ("h", "Check-in kiosk"),
        ("p", ["Exit kiosk mode with %s (changes every August)." % d.S(kiosk_pw, "kiosk-exit-password")]),
        ("h", "Wi-Fi"),
        ("ul", ["Staff: %s" % d.S(staff_wifi, "wifi-psk"), "Parents/visitors: open network, captive portal"]),
        ("h", "Accounts"),
        ("table", ["System", "Login", "Where is the password"],
         [["Subsidy portal", "%s_billing" % t.short[:8], d.N("op://%s/ccap/password" % t.short.capitalize(),
                                                             "secret-reference")],
          ["Meal claims", t.user(4), "ask the billing lead"]]),
    ])

    d, fmt = chat_file(t, "chat/teachers", "teachers")
    prose.chat(d, t, fmt, "teachers", [
        (t.who(0), "kiosk is frozen on the sign-in screen again"),
        (t.who(1), "hold the corner and type the exit pw: %s" % d.S(kiosk_pw, "kiosk-exit-password")),
        (t.who(2), "did the wifi change? my tablet won't connect"),
        (t.who(3), "yes, new one is %s" % d.S(staff_wifi, "wifi-psk")),
        (t.who(4), "reminder: never text photos from the camera app, use the parent app"),
        (t.who(1), "curriculum portal shared login: %s / %s" % ("teachers@" + t.domain,
                                                                 d.S(t.human(), "curriculum-portal-password"))),
    ])

    d = t.f("email/parent-app-invite.eml", free=True)
    prose.email(d, t, "%s <no-reply@%s>" % (t.org, t.domain), "parent@example.net",
                "Welcome to the %s parent app" % t.org,
                ["Hi! Your child's classroom is now on the parent app.", "",
                 "Username: your e-mail", "Temporary password: %s" % d.S(t.pw("human"), "parent-app-temporary-password"),
                 "Or tap this one-time sign-in link: %s" % d.S(
                     "https://app.%s/magic?token=%s" % (t.domain, v.b64ubytes(24)), "private-signin-link"),
                 "", "See you at pick-up!"])

    d = t.f("email/licensing-inspection.eml", free=True)
    prose.email(d, t, "%s <%s>" % (t.who(5), t.mail(5)), "licensing.inspector@example.gov",
                "Camera access for Thursday's inspection",
                ["Hello,", "", "As discussed, read-only access to the classroom recordings for the inspection window:",
                 "https://live.%s/review  user inspector01  password %s" % (t.domain, d.S(
                     t.pw("strong"), "inspector-review-password")),
                 "The account expires Friday at 5pm.", "", t.who(5)])

    d, fmt = ticket_file(t, "tickets/parent-login")
    prose.ticket(d, t, fmt, "PA-%d" % v.randint(100, 999), "Parent can't see live view", "parent (app feedback)",
                 ["Live view says unauthorized. I reset my password to %s yesterday." % d.S(t.human(),
                                                                                              "end-user-password"),
                  "Please fix, I only get 10 minutes at lunch."],
                 [(t.who(6), ["Your account was linked to the wrong room; fixed.",
                              "For your security please change that password now that it was sent in a ticket."])])

    d = t.f("voicemail/camera-installer.txt", free=True)
    prose.voicemail(d, t, "camera installer", "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hi, this is the installer, I finished the two new cameras in the Pre-K room.",
        "They're on the same viewer account, and I set the admin on the NVR to %s." % d.S(
            t.pw("uri"), "nvr-password"),
        "You'll want to change that after we leave. Thanks, bye."])

    d = t.f("notes/staff-meeting.md", free=True)
    d.w("# Staff meeting", "", "## Parent app",
        "- Push notifications moved to OneSignal; key is in the env file, not in this doc.")
    d.w("- Classroom tablet passcode policy: 6 digits, set in MDM; the old shared code %s is retired." % d.N(
        "******", "masked"))
    d.w("## Billing", "- Subsidy portal password reset after the lockout: %s" % d.S(t.pw(), "state-portal-password"))
