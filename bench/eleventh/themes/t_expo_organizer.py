"""Trade-show and conference organiser: registration, badge printing, lead retrieval, show Wi-Fi, streaming."""

from themes import prose as P

DIRNAME = "expo-organizer"


def identity(r):
    city = r.pick(["Las Vegas", "Frankfurt", "Orlando", "Birmingham", "Barcelona", "Anaheim", "Hanover", "Melbourne"])
    org = r.pick(["%s Expo Partners", "Summit Events %s", "%s Trade Fairs", "Convene %s"]) % city
    slug = city.lower().replace(" ", "") + r.pick(["-expo", "-events", "-fairs"])
    return org, slug, slug.replace("-", "") + r.pick([".com", ".events", ".de"]), city


def build(t):
    r = t.r
    ps_pw = r.pw()
    hall_psk = r.phrase(3)
    stream_key = "sc-%s-%s" % (r.lan(8), r.lan(12))
    lead_code = "LR-%s-%s-%s" % (r.uan(4), r.uan(4), r.uan(4))
    # 1. registration
    d = t.doc("registration/regpoint.yaml")
    d.write("""regpoint:
  api_base: https://api.regpoint.example/v2
  api_key: %s
  webhook_secret: %s
events:
  - id: "%s"
    name: %s %s
  - id: "%s"
    name: %s Summit
""" % (d.P("rp_live_" + r.an(32), "regpoint-api-key"), d.S(r.hex(40), "webhook-signing-secret"),
       d.N(r.uuid(), "uuid"), t.city, r.randint(2025, 2027), d.N(r.uuid(), "uuid"), t.city))
    # 2. badge printing
    d = t.doc("onsite/BadgeStations.ini", crlf=True)
    d.write("""[PrintServer]
Host=%s
User=badgeprint
Password=%s

[Printers]
Count=12
WebUser=admin
WebPassword=%s
; printers keep the factory login, they sit on the isolated show-office VLAN
""" % (t.host("print"), d.S(ps_pw, "print-server-password"), d.N("admin", "well-known-default")))
    # 3. lead retrieval
    d = t.doc("leads/lead-retrieval.json")
    d.write("""{
  "api": {"url": "https://api.leadscan.example", "key": "%s"},
  "exhibitorLicences": [
    {"booth": "%s", "activationCode": "%s"},
    {"booth": "%s", "activationCode": "%s"}
  ]
}
""" % (d.P("ls_" + r.hex(40), "leadscan-api-key"), r.pick("ABCD") + r.dig(3), d.S(lead_code, "lead-app-activation-code"),
       r.pick("EFGH") + r.dig(3), d.S("LR-%s-%s-%s" % (r.uan(4), r.uan(4), r.uan(4)), "lead-app-activation-code")))
    # 4. show floor SSIDs
    d = t.doc("wifi/show-floor-ssids.csv", prose=True)
    d.write(P.sheet(["hall", "ssid", "psk", "vlan"], [
        ["Hall A", "EXPO-A-Exhibitors", d.S(hall_psk, "wifi-psk"), "110"],
        ["Hall B", "EXPO-B-Exhibitors", d.S(r.phrase(3), "wifi-psk"), "120"],
        ["Press room", "EXPO-Press", d.S(r.human(), "wifi-psk"), "130"],
        ["Lobby", "EXPO-Free", "(open, captive portal)", "200"]]))
    # 5. streaming
    d = t.doc("streaming/hybrid-stream.toml")
    d.write("""[encoder]
host = "10.50.0.10"
admin_password = "%s"

[output.stagecast]
url = "rtmps://ingest.stagecast.example:443/live"
stream_key = "%s"
""" % (d.S(r.pw(), "encoder-password"), d.P(stream_key, "stagecast-stream-key")))
    # 6. housing sync
    d = t.doc("housing/hotel_block_sync.py")
    d.write('''"""Syncs the hotel room block from the housing bureau and drops rooming lists on SFTP."""
import paramiko

HOUSING_API_KEY = "%s"
SFTP_HOST = "sftp.%s"
SFTP_USER = "rooming"
SFTP_PASSWORD = "%s"
''' % (d.P("hb_" + r.an(36), "housing-bureau-api-key"), t.domain, d.S(r.pw(), "sftp-password")))
    # 7. exhibitor portal env + example
    d = t.doc("exhibitor-portal/.env.production")
    d.write("""DATABASE_URL=%s
JWT_SECRET=%s
POSTFLOW_API_KEY=%s
STRIPE_PUBLISHABLE_KEY=%s
""" % (d.S("postgres://exhibitors:%s@%s:5432/portal" % (r.uri_pw(), t.host("pg")), "database-url"),
       d.S(r.an(48), "jwt-secret"), d.P("pf_" + r.an(40), "postflow-api-key"), d.N(r.pk_live(), "publishable-key")))
    d = t.doc("exhibitor-portal/.env.example")
    d.write("DATABASE_URL=%s\nJWT_SECRET=%s\nPOSTFLOW_API_KEY=%s\nSTRIPE_PUBLISHABLE_KEY=\n" % (
        d.N("postgres://exhibitors:exhibitors@localhost:5432/portal", "dev-default"),
        d.N("${{ secrets.JWT_SECRET }}", "ci-reference"), d.N("pf_xxxxxxxxxxxxxxxx", "placeholder")))
    # 8. scan export
    d = t.doc("scripts/export_scans.sh")
    d.write("""#!/bin/sh
# nightly export of session-room scans from the scanning vendor
curl -sf -u %s-ops:%s "https://scans.vendor.example/export?event=$1" -o scans-$1.csv
""" % (t.slug[:8], d.S(r.an(20), "basic-auth-password")))
    # 9. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/show-day-runbook.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "Show-day runbook", [
        ("Registration counters open 07:00", ["Print server login badgeprint / %s" % d.S(ps_pw, "print-server-password"),
                                              ("list", ["Test print one badge per station", "Check ribbon stock"])]),
        ("Exhibitor Wi-Fi", ["Hall A key: %s" % d.S(hall_psk, "wifi-psk")]),
        ("Keynote stream", ["Start the encoder 30 minutes before doors."])]))
    # 10. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/show-ops-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (0, "keynote stream not showing on stagecast"),
        (1, "check the key, it should be %s" % d.S(stream_key, "stagecast-stream-key", "provider")),
        (2, "booth B211 lost their lead app licence"),
        (1, "their code was %s, re-enter it" % d.S(lead_code, "lead-app-activation-code")),
        (0, "both sorted")], room="show-ops"))
    # 11. e-mail
    d = t.doc("email/exhibitor-welcome.eml", prose=True)
    d.write(P.eml(t, "Exhibitor Services <exhibitors@%s>" % t.domain, "marketing@acme-booths.example", "Your exhibitor portal", [
        "Dear exhibitor,", "Your exhibitor manual, orders and badge allocation are in the portal.",
        "Login: marketing@acme-booths.example\nTemporary password: %s" % d.S(r.human(), "temporary-password"),
        "The final floor plan (not yet public) is here:\n%s" % d.S("https://files.%s/d/%s" % (t.domain, r.b64u(26)),
                                                                   "private-share-link"),
        "Exhibitor Services"]))
    # 12. ticket
    fmt = r.pick(P.TICKETS)
    key = "REG-%d" % r.randint(100, 9999)
    d = t.doc("tickets/%s.%s" % (key, P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, key, "Attendee cannot log in to the event app", 3,
                     "Attendee wrote in with their login details so we could check.", [
                         (4, "Password they sent: %s" % d.S(r.human(), "end-user-password")),
                         (3, "Account was a duplicate; merged. Card %s refunded." % d.N("XXXX-XXXX-XXXX-" + r.dig(4), "masked"))]))
