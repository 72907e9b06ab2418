"""Golf and country club: irrigation central, tee sheet, GPS carts, pro-shop POS, range bays, members."""

from themes import prose as P

DIRNAME = "golf-club"


def identity(r):
    place = r.pick(["Pinehurst Ridge", "Heron Lakes", "Old Quarry", "Windmill Downs", "Cedar Bluff", "Lochside",
                    "Saltmarsh", "Kingsbarn Hill"])
    org = r.pick(["%s Golf Club", "%s Country Club", "%s Golf & Tennis"]) % place
    slug = place.lower().replace(" ", "-")
    return org, slug, slug.replace("-", "") + r.pick(["gc.com", "cc.org", "golf.co.uk"]), place


def build(t):
    r = t.r
    pos_pw = r.human()
    teebook = "tb_live_" + r.an(32)
    shed_psk = r.phrase(3)
    # 1. irrigation central
    d = t.doc("irrigation/CentralControl.ini", crlf=True)
    sats = "\n".join("Satellite%d=%s" % (i + 1, d.N(r.serial("SAT"), "device-id")) for i in range(3))
    d.write("""[Database]
Server=%s\\IRRIGATION
User=irr_app
Password=%s

[Weather]
Provider=WeatherLink
ApiSecret=%s
StationId=%s

[Satellites]
%s
""" % (t.host("sql"), d.S(r.pw("strong"), "sql-password"), d.P(r.lan(32), "weatherlink-api-secret"), r.dig(6), sats))
    # 2. tee sheet env + example
    d = t.doc("teesheet/.env.production")
    d.write("""TEEBOOK_API_KEY=%s
CLUBPAY_SECRET_KEY=%s
SESSION_SECRET=%s
GA_MEASUREMENT_ID=%s
""" % (d.P(teebook, "teebook-api-key"), d.P("cp_sk_live_" + r.an(40), "clubpay-secret-key"),
       d.S(r.b64(44), "session-secret"), d.N(r.ga4(), "analytics-id")))
    d = t.doc("teesheet/.env.example")
    d.write("TEEBOOK_API_KEY=%s\nCLUBPAY_SECRET_KEY=%s\nSESSION_SECRET=\nGA_MEASUREMENT_ID=\n" % (
        d.N("tb_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"), d.N("${CLUBPAY_SECRET_KEY}", "env-reference")))
    # 3. GPS carts
    d = t.doc("carts/gps-fleet.json")
    carts = ",\n".join('    {"cart": %d, "tablet": "%s"}' % (i, d.N(r.serial("GC"), "device-id")) for i in range(1, 4))
    d.write("""{
  "fleetlink": {"url": "https://api.fleetlink.example", "token": "%s"},
  "tabletAdminPassword": "%s",
  "geofence": "course-v3.geojson",
  "carts": [
%s
  ]
}
""" % (d.P("flk_" + r.b64u(40), "fleetlink-token"), d.S(r.pw(), "tablet-admin-password"), carts))
    # 4. pro shop POS
    d = t.doc("pos/ProShopPOS.ini", crlf=True)
    d.write("""[Store]
Name=%s Pro Shop
ManagerLogin=proshop
ManagerPassword=%s

[MemberBilling]
ExportHost=sftp.%s
ExportUser=pos-export
ExportPassword=%s
""" % (t.org, d.S(pos_pw, "pos-manager-password"), t.domain, d.S(r.pw(), "sftp-password")))
    # 5. member billing export
    d = t.doc("members/billing_export.py")
    d.write('''"""Monthly dues export to the accounting system (Intuit)."""
import os

INTUIT_CLIENT_ID = "%s"
INTUIT_CLIENT_SECRET = "%s"
REALM_ID = os.getenv("INTUIT_REALM_ID")
''' % (d.N("AB" + r.an(48), "oauth-client-id"), d.P(r.an(40), "intuit-client-secret")))
    # 6. range bays
    d = t.doc("range/bays.yaml")
    bays = "\n".join("  - bay: %d\n    pc_user: bay\n    pc_password: %s\n    licence: %s" % (
        i, d.S(r.pw(), "bay-pc-password"), d.N("TM-****-****-" + r.uan(4), "masked")) for i in range(1, 3))
    d.write("# launch-monitor bays on the range\nbays:\n%s\n" % bays)
    # 7. handicap sync
    d = t.doc("members/handicap-sync.sh")
    d.write("""#!/bin/sh
# pushes posted scores to the handicap service every evening
curl -sf -u %s:%s -X POST https://api.handicaps.example/v2/scores -d @/var/spool/scores/today.json
""" % (t.slug[:8], d.S(r.an(20), "basic-auth-password")))
    # 8. clubhouse device sheet
    d = t.doc("clubhouse/device-logins.csv", prose=True)
    d.write(P.sheet(["device", "where", "user", "password"], [
        ["AV controller", "ballroom", "av", d.S(r.human(), "av-controller-password")],
        ["Locker tablets", "men's locker room", "kiosk", d.S(r.human(), "tablet-admin-password")],
        ["Office NAS", "GM office", "admin", d.N("1Password: Clubhouse / NAS", "secret-reference")]]))
    # 9. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/grounds-crew.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "Grounds crew: irrigation", [
        ("Night cycle", ["Check the central's run log before 05:30 mowing."]),
        ("Field pairing", ["Handheld radio pairing password for the field controllers: %s" % d.S(r.an(10), "irrigation-radio-password")]),
        ("Shed", ["Maintenance shed Wi-Fi: %s" % d.S(shed_psk, "wifi-psk")])]))
    # 10. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/proshop-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (0, "pos asking for manager login again"),
        (1, "proshop / %s" % d.S(pos_pw, "pos-manager-password")),
        (0, "and the tee sheet sync is broken"),
        (2, "key changed yesterday, it's %s now" % d.S(teebook, "teebook-api-key", "provider")),
        (0, "working")], room="proshop"))
    # 11. e-mail
    d = t.doc("email/new-member-welcome.eml", prose=True)
    d.write(P.eml(t, "Membership Office <members@%s>" % t.domain, "j.whitmore@example.net", "Welcome to %s" % t.org, [
        "Dear Mr Whitmore,", "Welcome to the club. You can now book tee times online.",
        "Member number: %s\nTemporary password: %s" % (r.dig(5), d.S(r.human(), "temporary-password")),
        "Please change it at first login.", "The Membership Office"]))
    # 12. ticket
    fmt = r.pick(P.TICKETS)
    key = "GC-%d" % r.randint(100, 9999)
    d = t.doc("tickets/%s.%s" % (key, P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, key, "Member can't log in to the locker app", 3,
                     "Member says the app rejects the password she set herself: %s" % d.S(r.human(), "end-user-password"),
                     [(4, "Account was locked after failed attempts; unlocked."),
                      (3, "Card ending %s charged for the locker fee." % d.N("**** " + r.dig(4), "masked"))]))
