"""Metal recycling yard: truck scales, ALPR, theft-reporting compliance, cash kiosks, XRF analysers."""

from themes import prose as P

DIRNAME = "scrap-metal"


def identity(r):
    city = r.pick(["Gary", "Sheffield", "Toledo", "Duisburg", "Stockton", "Wolverhampton", "Erie", "Gdansk"])
    org = r.pick(["%s Metal Recycling", "%s Scrap & Salvage", "Ironside Metals %s", "%s Ferrous Ltd"]) % city
    slug = city.lower() + r.pick(["-metals", "-scrap", "-recycling"])
    return org, slug, slug.replace("-", "") + r.pick([".com", ".co.uk", ".de"]), city


def build(t):
    r = t.r
    scale_pw = r.human()
    alpr_key = r.hex(40)
    cam_pw = r.pw()
    yard_psk = r.phrase(3)
    # 1. scale house
    d = t.doc("scales/ScaleHouse.ini", crlf=True)
    d.write("""[Indicator]
Port=COM3
Serial=%s
CalibrationLockPassword=%s

[TicketDB]
Server=%s\\SCALE
User=scale_app
Password=%s

[Operator]
DefaultUser=scalehouse
DefaultPassword=%s
""" % (d.N(r.serial("IND"), "device-id"), d.S(r.an(10), "scale-calibration-password"), t.host("sql"),
       d.S(r.pw("strong"), "sql-password"), d.S(scale_pw, "scale-pc-password")))
    # 2. ALPR
    d = t.doc("alpr/cameras.yaml")
    d.write("""platerecognizer:
  token: %s
  regions: [us, ca]
cameras:
  - lane: inbound scale
    url: rtsp://alpr:%s@10.12.0.21:554/stream1
  - lane: outbound scale
    url: rtsp://alpr:%s@10.12.0.22:554/stream1
  - lane: yard gate
    user: admin
    password: "%s"   # old camera, only on the isolated VLAN
""" % (d.P(alpr_key, "platerecognizer-token"), d.S(cam_pw, "camera-password"), d.S(cam_pw, "camera-password"),
       d.N("admin", "well-known-default")))
    # 3. compliance upload
    d = t.doc("compliance/theft_report_upload.py")
    d.write('''"""Daily upload of purchase records to the metal-theft reporting portal (state law)."""
import os

PORTAL_URL = "https://upload.metaltheft-portal.example/api"
PORTAL_USER = "%s"
PORTAL_PASSWORD = "%s"
ID_SCANNER_KEY = os.environ["ID_SCANNER_KEY"]
''' % (t.slug[:10], d.S(r.pw("strong"), "compliance-portal-password")))
    # 4. cash kiosk config
    d = t.doc("kiosks/CashKiosk.exe.config", crlf=True)
    d.write("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Tickets" connectionString="Server=%s;Database=Tickets;User ID=kiosk;Password=%s" />
  </connectionStrings>
  <appSettings>
    <add key="Dispenser.Model" value="BCR-400" />
    <add key="Service.Password" value="%s" />
    <add key="Receipt.Footer" value="Thank you for recycling" />
  </appSettings>
</configuration>
""" % (t.host("sql"), d.S(r.uri_pw(), "connection-string-password"), d.S(r.an(12), "kiosk-service-password")))
    # 5. XRF analyser export
    d = t.doc("xrf/analyzer-export.toml")
    d.write("""[device]
serial = "%s"
model = "handheld XRF"

[cloud]
url = "https://api.alloycloud.example"
token = "%s"
""" % (d.N(r.serial("XRF"), "device-id"), d.P("ac_" + r.b64u(40), "alloycloud-token")))
    # 6. price board website env + example
    d = t.doc("website/.env.production")
    d.write("""DATABASE_URL=%s
CMS_MANAGEMENT_TOKEN=%s
GA_MEASUREMENT_ID=%s
""" % (d.S("mysql://prices:%s@%s:3306/prices" % (r.uri_pw(), t.host("db")), "database-url"),
       d.P("CFPAT-" + r.b64u(43), "contentful"), d.N(r.ga4(), "analytics-id")))
    d = t.doc("website/.env.example")
    d.write("DATABASE_URL=%s\nCMS_MANAGEMENT_TOKEN=%s\n" % (
        d.N("mysql://prices:prices@localhost:3306/prices", "dev-default"), d.N("CFPAT-xxxxxxxxxxxxxxxx", "placeholder")))
    # 7. SQL
    d = t.doc("scales/sql/create_logins.sql")
    d.write("""-- scale ticket DB logins (SQL Server)
CREATE LOGIN scaleapp WITH PASSWORD = '%s', CHECK_POLICY = ON;
CREATE LOGIN reporting WITH PASSWORD = %s HASHED;
GO
""" % (d.S(r.pw("strong"), "sql-password"), d.N("0x0200" + r.HEX(136), "password-hash")))
    # 8. yard PCs sheet
    d = t.doc("it/yard-pcs.csv", prose=True)
    d.write(P.sheet(["pc", "location", "user", "password"], [
        ["SCALE-PC1", "scale house", "scalehouse", d.S(scale_pw, "scale-pc-password")],
        ["BUYER-PC", "non-ferrous counter", "buyer", d.S(r.human(), "pc-password")],
        ["OFFICE-01", "office", "admin", d.N("LAPS", "secret-reference")]]))
    # 9. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/scale-house-procedures.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "Scale house procedures", [
        ("Opening", ["Log in to SCALE-PC1 (scalehouse / %s) and zero the indicator." % d.S(scale_pw, "scale-pc-password")]),
        ("Buying non-ferrous", [("list", ["Scan the seller's ID", "Photograph the load", "Thumbprint on the pad"])]),
        ("Network", ["Yard Wi-Fi for the loader tablets: %s" % d.S(yard_psk, "wifi-psk")])]))
    # 10. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/yard-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (0, "plates not reading on the inbound lane"),
        (1, "camera login is alpr / %s" % d.S(cam_pw, "camera-password")),
        (0, "and the recognizer says unauthorized"),
        (2, "new token: %s" % d.S(alpr_key, "platerecognizer-token", "provider")),
        (0, "reading again")], room="yard"))
    # 11. e-mail
    d = t.doc("email/state-portal-account.eml", prose=True)
    d.write(P.eml(t, "Metal Theft Portal <no-reply@metaltheft-portal.example>", t.mail(0), "Your reporting account", [
        "An account has been created for %s." % t.org,
        "Username: %s\nTemporary password: %s" % (t.slug[:10], d.S(r.human(), "temporary-password")),
        "You must change it within 7 days.", "This is an automated message."]))
    # 12. ticket
    fmt = r.pick(P.TICKETS)
    key = "YARD-%d" % r.randint(100, 9999)
    d = t.doc("tickets/%s.%s" % (key, P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, key, "ID scanner vendor remote session", 2, "Vendor needs a remote session to update the ID scanner.", [
        (3, "Session set up; remote-support password for today only: %s" % d.S(r.an(10), "remote-support-password")),
        (2, "Done, scanner updated."), (3, "Closing.")]))
