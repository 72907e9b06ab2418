"""Family entertainment centre: bowling scoring, arcade card system, laser tag, parties, redemption."""

from themes import prose as P

DIRNAME = "fun-center"


def identity(r):
    city = r.pick(["Pigeon Forge", "Branson", "Wisconsin Dells", "Blackpool", "Myrtle Beach", "Rotterdam", "Dayton",
                   "Gold Coast"])
    org = r.pick(["%s FunPlex", "Strike Zone %s", "%s Family Fun Center", "Galaxy Lanes %s"]) % city
    slug = city.lower().replace(" ", "") + r.pick(["-funplex", "-lanes", "-fun"])
    return org, slug, slug.replace("-", "") + r.pick([".com", ".fun", ".co.uk"]), city


def build(t):
    r = t.r
    svc_pw = r.an(12)
    party_key = "pd_live_" + r.an(32)
    card_admin = r.human()
    staff_psk = r.phrase(3)
    # 1. bowling scoring server
    d = t.doc("bowling/ScoringServer.ini", crlf=True)
    lanes = "\n".join("Lane%02d=%s" % (i, d.N(r.serial("LC"), "device-id")) for i in range(1, 4))
    d.write("""[Database]
Server=%s\\SCORING
User=scoring
Password=%s

[Service]
; service menu on the front desk console
ServicePassword=%s

[LaneControllers]
%s
""" % (t.host("sql"), d.S(r.pw("strong"), "sql-password"), d.S(svc_pw, "scoring-service-password"), lanes))
    # 2. arcade card system
    d = t.doc("arcade/CardSystem.config.xml", crlf=True)
    d.write("""<?xml version="1.0" encoding="utf-8"?>
<CardSystem>
  <Database connectionString="Server=%s;Database=PlayCard;User Id=playcard;Password=%s" />
  <Readers encryptionKey="%s" count="86" />
  <AdminConsole user="admin" password="%s" />
  <!-- the console password above is the installer default; real admin logins are per-user in the DB -->
  <Manager user="cardadmin" password="%s" />
</CardSystem>
""" % (t.host("sql"), d.S(r.uri_pw(), "connection-string-password"), d.S(r.HEX(32), "card-reader-key"),
       d.N("admin", "well-known-default"), d.S(card_admin, "card-system-admin-password")))
    # 3. laser tag
    d = t.doc("lasertag/arena.yaml")
    d.write("""arena:
  name: Nebula
  vests: 30
  admin_password: %s
leaderboard:
  url: https://api.tagscores.example/v1
  token: %s
""" % (d.S(r.pw(), "lasertag-admin-password"), d.P("ts_" + r.b64u(40), "tagscores-token")))
    # 4. party booking env + example
    d = t.doc("parties/.env.production")
    d.write("""PARTYDESK_API_KEY=%s
DATABASE_URL=%s
STRIPE_PUBLISHABLE_KEY=%s
SESSION_SECRET=%s
""" % (d.P(party_key, "partydesk-api-key"),
       d.S("mysql://parties:%s@%s:3306/parties" % (r.uri_pw(), t.host("db")), "database-url"),
       d.N(r.pk_live(), "publishable-key"), d.S(r.hex(64), "session-secret")))
    d = t.doc("parties/.env.example")
    d.write("PARTYDESK_API_KEY=%s\nDATABASE_URL=%s\nSTRIPE_PUBLISHABLE_KEY=\nSESSION_SECRET=%s\n" % (
        d.N("pd_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"), d.N("mysql://parties:parties@localhost:3306/parties", "dev-default"),
        d.N("%SESSION_SECRET%", "env-reference")))
    # 5. redemption kiosks
    d = t.doc("redemption/kiosks.json")
    ks = ",\n".join('    {"kiosk": %d, "serial": "%s"}' % (i, d.N(r.serial("RK"), "device-id")) for i in range(1, 3))
    d.write("""{
  "inventoryApi": {"url": "https://api.prizestock.example", "key": "%s"},
  "kioskAdminPassword": "%s",
  "kiosks": [
%s
  ]
}
""" % (d.P("psk_" + r.hex(36), "prizestock-api-key"), d.S(r.pw(), "kiosk-admin-password"), ks))
    # 6. background music
    d = t.doc("music/bgm-player.toml")
    d.write("""[service]
provider = "CrowdTunes"
token = "%s"

[zones]
lanes = "10.70.0.31"
arcade = "10.70.0.32"
party_rooms = "10.70.0.33"
""" % d.P("ctn_" + r.an(40), "crowdtunes-token"))
    # 7. nightly close
    d = t.doc("scripts/Nightly-Close.ps1", crlf=True)
    d.write("""# end-of-day: close the card system business day and back up the scoring DB
sqlcmd -S %s -U closeout -P "%s" -Q "EXEC dbo.CloseBusinessDay"
Copy-Item D:\\Backups\\scoring.bak \\\\nas01\\backups\\ -Force
""" % (t.host("sql"), d.S(r.pw("strong"), "sql-password")))
    # 8. device sheet
    d = t.doc("it/front-desk-devices.csv", prose=True)
    d.write(P.sheet(["device", "location", "user", "password"], [
        ["Lane DVR", "office", "admin", d.S(r.human(), "dvr-password")],
        ["Redemption POS", "prize counter", "manager", d.S(r.human(), "pos-manager-password")],
        ["Party room TV", "party room 2", "admin", d.N("12345", "well-known-default")]]))
    # 9. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/opening-checklist.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "Opening checklist", [
        ("Lanes", ["Start the scoring server; if a lane hangs use the service menu (password %s)." % d.S(svc_pw, "scoring-service-password")]),
        ("Arcade", [("list", ["Swipe a test card on every row", "Fill the redemption kiosks"])]),
        ("Network", ["Staff Wi-Fi (not the guest one): %s" % d.S(staff_psk, "wifi-psk")])]))
    # 10. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/managers-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (0, "party bookings not showing on the front desk screen"),
        (1, "partydesk key expired, new one %s" % d.S(party_key, "partydesk-api-key", "provider")),
        (2, "card system asking for manager login"),
        (1, "cardadmin / %s" % d.S(card_admin, "card-system-admin-password")),
        (2, "thx")], room="managers"))
    # 11. e-mail
    d = t.doc("email/performer-agency.eml", prose=True)
    d.write(P.eml(t, "Bookings <bookings@starcharacters.example>", t.mail(3), "Your booking portal", [
        "Hi %s," % t.first(3), "Thanks for booking characters for your birthday parties.",
        "Portal: https://book.starcharacters.example\nUser: %s\nPassword: %s" % (t.slug[:10], d.S(r.human(), "vendor-portal-password")),
        "See you Saturday!"]))
    # 12. ticket
    fmt = r.pick(P.TICKETS)
    key = "FUN-%d" % r.randint(100, 9999)
    d = t.doc("tickets/%s.%s" % (key, P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, key, "Loyalty app: points missing and login fails", 4,
                     "Guest says login fails with his password %s" % d.S(r.human(), "end-user-password"), [
                         (5, "Account had a typo in the e-mail; fixed. Points restored."),
                         (4, "Card used at the desk was %s." % d.N("**** **** **** " + r.dig(4), "masked"))]))
