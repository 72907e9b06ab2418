"""salon-spa/: a salon and day-spa chain with a med-spa room (online booking, POS registers, laser devices,
gift cards, commission payroll export, e-mail marketing, background music)."""
from themes import prose
from themes.common import env_files, sql_users, device_sheet, chat_file, wiki_file, ticket_file

SLUG = "salon-spa"
VARIANTS = [("Velvet & Vine Salon and Spa", "velvetandvine.com", "Charlotte"),
            ("Juniper Lane Salons", "juniperlanesalons.com", "Boulder"),
            ("Silk Road Day Spa", "silkroadspa.net", "Savannah")]
WORDS = ["balayage", "velvet", "juniper", "silk", "pedicure", "facial", "blowout", "lavender", "serum", "gloss",
         "shampoo", "mani"]


def build(t):
    v = t.v
    laser_pw = t.v.pw_device()
    mgr_pw = t.human()
    salon_wifi = t.human()
    booking = v.choice(["GlossBook", "ChairTime", "SalonSync"])

    env_files(t, "booking/.env.production", [
        ("T", "NODE_ENV", "production"), ("T", "BOOKING_VENDOR", booking),
        ("S", "DATABASE_URL", v.pw_uri(), "db-url-password", "generic",
         "postgresql://booking:{PW}@db.%s:5432/booking" % t.domain),
        ("S", "BOOKING_API_KEY", "gbk_live_" + v.alnum(32), "booking-api-key", "provider"),
        ("S", "STRIPE_SECRET_KEY", t.tok("stripe-secret"), "stripe-secret", "provider"),
        ("S", "STRIPE_WEBHOOK_SECRET", t.tok("stripe-webhook"), "stripe-webhook", "provider"),
        ("S", "SESSION_SECRET", v.hex(64), "session-secret"),
        ("N", "STRIPE_PUBLISHABLE_KEY", "pk_live_51" + v.alnum(96), "publishable-key"),
    ], title="online booking")

    d = t.f("pos/register.ini", crlf=True)
    d.w("; front-desk register", "[Register]", "Station=FD1", "ManagerUser=manager")
    d.w("ManagerPassword=" + d.S(mgr_pw, "pos-manager-password"))
    d.w("[PaymentTerminal]", "Model=Lane/3000")
    d.w("TerminalKey=" + d.S(v.HEX(32), "payment-terminal-key"))
    d.w("TerminalSerial=" + d.N(v.serial("275", 8), "device-id"))

    d = t.f("medspa/laser-devices.yaml")
    d.w("# med-spa devices (service mode is password protected)", "devices:")
    for name in v.sample(["diode laser", "IPL", "RF microneedling", "cryo"], 3):
        d.w("  - name: %s" % name)
        d.w("    serial: %s" % d.N(v.serial("MS", 9), "device-id"))
        d.w("    service_password: \"%s\"" % d.S(laser_pw, "laser-service-password"))
    d.w("treatment_log_export: sftp://logs.%s/medspa" % t.domain)

    d = t.f("gift-cards/provider.json")
    d.w("{", '  "provider": "GiftLoop",', '  "merchant_id": "%s",' % v.digits(8))
    d.w('  "api_secret": "%s",' % d.P("glp_sk_" + v.alnum(36), "giftloop-secret"))
    d.w('  "sandbox_secret": "%s",' % d.N("glp_sk_test_" + "x" * 24, "placeholder"))
    d.w('  "card_prefix": "%s"' % d.N(v.digits(6), "identifier"), "}")

    d = t.f("payroll/commission_export.py")
    d.w('"""Exports weekly service + retail commissions to the payroll provider."""', "import requests", "",
        "PAYROLL_API = 'https://api.payroll.example.com/v1'")
    d.w("PAYROLL_TOKEN = '%s'" % d.S(v.b64ubytes(32), "payroll-api-token"))
    d.w("COMPANY_ID = '%s'" % d.N(v.uuid4(), "uuid"), "",
        "def push(rows):", "    return requests.post(PAYROLL_API + '/commissions', json=rows,",
        "                         headers={'Authorization': 'Bearer ' + PAYROLL_TOKEN})")

    d = t.f("music/background-music.toml")
    d.w("[stream]", 'service = "Ambient Business"', 'zones = ["salon floor", "spa rooms", "lobby"]')
    d.w('token = "%s"' % d.P("amb_" + v.hex(32), "ambient-music-token"))

    d = t.f("marketing/email-sync.properties")
    d.w("# client list -> e-mail marketing")
    d.w("klaviyo.public.site.id=" + d.N(v.alnum(6), "public-site-key"))
    d.w("klaviyo.private.api.key=" + d.P(t.tok("klaviyo-private"), "klaviyo-private"))
    d.w("klaviyo.list.vip=" + v.alnum(6), "sync.cron=0 3 * * *")

    d = t.f("booking/nginx.conf")
    d.w("server {", "    listen 443 ssl;", "    server_name book.%s;" % t.domain,
        "    ssl_certificate /etc/ssl/book.crt;", "    ssl_certificate_key /etc/ssl/book.key;", "    location /admin {",
        "        auth_basic \"staff\";", "        auth_basic_user_file /etc/nginx/.htpasswd;", "    }",
        "    location /api/ {", "        proxy_pass http://127.0.0.1:3000;")
    d.w("        proxy_set_header X-Booking-Key %s;" % d.S("gbk_live_" + v.alnum(32), "booking-api-key-proxy"))
    d.w("    }", "}")

    d = t.f("sql/booking-staff.sql")
    d.w("-- booking DB staff roles")
    sql_users(t, d, "postgres", [("booking_app", v.pw_uri()), ("stylist_ro", None), ("marketing_export", t.pw())])

    device_sheet(t, "front-desk/devices.csv", [
        ("Register FD1", "front desk", "manager", ("S", mgr_pw, "pos-manager-password"), v.serial("FD", 7), ""),
        ("Salon Wi-Fi", "floor", "", ("S", salon_wifi, "wifi-psk"), "-", "staff only"),
        ("Laser (diode)", "med-spa room", "service", ("S", laser_pw, "laser-service-password"), v.serial("MS", 9), ""),
        ("Tablet check-in", "lobby", "", None, v.serial("DMQ", 8), "guided access"),
        ("Music player", "back office", "admin", ("N", "admin", "well-known-default"), v.serial("AMB", 6),
         "default, no remote access"),
    ])

    # ---------------------------------------------------------------- free text
    d, fmt = chat_file(t, "chat/stylists", fmt=v.choice(["whatsapp", "whatsapp", "slack", "gchat"]))
    prose.chat(d, t, fmt, "stylists", [
        (t.who(0), "register is asking for manager pw to void a ticket"),
        (t.who(1), d.S(mgr_pw, "pos-manager-password")),
        (t.who(2), "new wifi for the floor: %s" % d.S(salon_wifi, "wifi-psk")),
        (t.who(3), "client wants her gift card balance, number ends %s" % d.N("**** %s" % v.digits(4), "masked")),
        (t.who(4), "%s login for the back bar tablet: frontdesk / %s" % (booking, d.S(t.human(),
                                                                                       "booking-staff-password"))),
    ])

    d, fmt = wiki_file(t, "wiki/salon-manager")
    prose.wiki(d, fmt, "Salon manager handbook", [
        ("h", "Med-spa devices"),
        ("p", ["Service mode on all three devices uses %s - only the vendor tech should need it." % d.S(
            laser_pw, "laser-service-password")]),
        ("h", "Marketing"),
        ("p", ["Klaviyo private key lives in marketing/email-sync.properties; the site ID %s is public." % d.N(
            v.alnum(6), "public-site-key")]),
        ("h", "Accounts"),
        ("ul", ["%s owner login: owner@%s / %s" % (booking, t.domain, d.S(t.pw("strong"), "booking-owner-password")),
                "payroll: %s" % d.N("op://%s/payroll/password" % t.short.capitalize(), "secret-reference")]),
    ])

    d = t.f("email/laser-vendor.eml", free=True)
    prose.email(d, t, "Service <service@laservendor.example.com>", "%s <%s>" % (t.who(5), t.mail(5)),
                "Remote service session scheduled",
                ["Hello,", "", "Our technician will connect Thursday 9am for the firmware update.",
                 "Please have the device in standby. Remote session password: %s" % d.S(
                     v.digits(3) + "-" + v.digits(3) + "-" + v.alnum(4), "remote-support-password"),
                 "Treatment logs upload link (private): %s" % d.S(
                     "https://upload.laservendor.example.com/u/%s" % v.b64ubytes(18), "private-upload-link"),
                 "", "Customer Service"])

    d, fmt = ticket_file(t, "tickets/booking-login")
    prose.ticket(d, t, fmt, "BK-%d" % v.randint(1000, 9999), "Client can't book online", "client (web)",
                 ["I can't log in to book my color appointment.",
                  "Password is %s, I'm sure of it." % d.S(t.human(), "end-user-password")],
                 [(t.who(6), ["Reset link sent. Temporary password if the link fails: %s" % d.S(
                     t.pw("human"), "portal-temporary-password")])])

    d = t.f("voicemail/owner.txt", free=True)
    prose.voicemail(d, t, t.who(7), "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hi it's %s, I changed the payroll login this morning," % t.first(7),
        "the new password is %s, please run the commission export tonight." % d.S(t.pw("human"),
                                                                                  "payroll-portal-password"),
        "Thanks!"])

    d = t.f("notes/managers-meeting.md", free=True)
    d.w("# Managers meeting", "", "- Retail attach rate 31%; new gloss line launches in May.")
    d.w("- Gift card API secret rotated after the POS upgrade: %s" % d.P("glp_sk_" + v.alnum(36), "giftloop-secret"))
    d.w("- Music service token unchanged, see %s" % d.N("vault:secret/data/%s/music" % t.short, "vault-reference"))
