"""Vending and micro-market operator: telemetry, DEX, kiosks, route handhelds, warehouse."""

from themes import prose as P

DIRNAME = "vending-ops"


def identity(r):
    city = r.pick(["Omaha", "Lyon", "Fresno", "Utrecht", "Raleigh", "Graz", "Boise", "Derby"])
    org = r.pick(["%s Refreshment Services", "QuickBite Vending %s", "%s Micro Markets", "Snackline %s"]) % city
    slug = r.pick(["vend-", "snack-", "mm-"]) + city.lower()
    return org, slug, slug.replace("-", "") + r.pick([".com", ".net", ".eu"]), city


def build(t):
    r = t.r
    dex_pw = r.pw()
    kiosk_pw = r.human()
    depot_psk = r.phrase(3)
    # 1. telemetry
    d = t.doc("telemetry/vendtrack.yaml")
    machines = "\n".join("  - serial: %s\n    site: %s\n    model: %s" % (
        d.N(r.serial("VT"), "device-id"), r.pick(["Hospital lobby", "Depot canteen", "Campus library", "Gym",
                                                  "Bus station"]), r.pick(["Crane 187", "AMS 39", "Royal 660"]))
                         for _ in range(3))
    d.write("""# telemetry: machines report DEX every 4 hours
vendtrack:
  api: https://api.vendtrack.example/v4
  api_key: %s
dex_upload:
  host: ftp.%s
  user: dexdrop
  password: %s
machines:
%s
""" % (d.P("vtk_live_" + r.an(32), "vendtrack-api-key"), t.domain, d.S(dex_pw, "ftp-password"), machines))
    # 2. micro-market kiosk
    d = t.doc("kiosks/MicroMarketKiosk.ini", crlf=True)
    d.write("""[Kiosk]
StoreId=%s
Location=%s office park
AdminUser=mmadmin
AdminPassword=%s

[Payments]
Processor=PayFlex
TerminalKey=%s
Currency=EUR
""" % (r.dig(5), t.city, d.S(kiosk_pw, "kiosk-admin-password"), d.P("pfx_" + r.hex(40), "payflex-terminal-key")))
    # 3. handheld sync
    d = t.doc("route/handheld-sync.json")
    d.write("""{
  "vms": {
    "baseUrl": "https://vms.%s/api",
    "clientId": "%s",
    "clientSecret": "%s"
  },
  "routes": ["R01", "R02", "R07"],
  "syncMinutes": 30
}
""" % (t.domain, d.N(r.uuid(), "oauth-client-id"), d.P(r.b64u(43), "vms-client-secret")))
    # 4. DEX sample (no secrets)
    d = t.doc("dex/sample-%s.dex" % r.dig(6))
    d.write("""DXS*9252131001*VA*V1/1*1
ST*001*0001
ID1*%s*AMS39*0203**0
CA1*%s*MEI CF7000*1041
PA1*010*125
PA2*42*5250*0*0
VA1*87750*702*0*0
SE*7*0001
DXE*1*1
""" % (d.N(r.serial("VM"), "device-id"), r.uan(10)))
    # 5. VMS env + example
    d = t.doc("vms/.env.production")
    d.write("""DATABASE_URL=%s
REDIS_URL=%s
NAYAX_API_TOKEN=%s
SENTRY_DSN=%s
""" % (d.S("postgresql://vms:%s@%s:5432/vms" % (r.uri_pw(), t.host("pg")), "database-url"),
       d.S("redis://:%s@%s:6379/1" % (r.uri_pw(), t.host("redis")), "redis-url"),
       d.P(r.b64u(64), "nayax-api-token"), d.N(r.sentry_dsn(), "sentry-dsn")))
    d = t.doc("vms/.env.example")
    d.write("DATABASE_URL=%s\nREDIS_URL=redis://localhost:6379/1\nNAYAX_API_TOKEN=%s\nSENTRY_DSN=\n" % (
        d.N("postgresql://vms:vms@localhost:5432/vms", "dev-default"), d.N("<nayax token>", "placeholder")))
    # 6. sales pull
    d = t.doc("scripts/pull_sales.py")
    d.write('''"""Pull yesterday's cashless sales and load them into the warehouse."""
import os
import psycopg2

API_TOKEN = os.getenv("NAYAX_API_TOKEN")
conn = psycopg2.connect(host="%s", dbname="warehouse", user="loader", password="%s")
''' % (t.host("dw"), d.S(r.pw("strong"), "postgres-password")))
    # 7. reader portal logins (sheet)
    d = t.doc("cashless/reader-portal-logins.csv", prose=True)
    d.write(P.sheet(["portal", "url", "user", "password", "owner"], [
        ["Reader fleet", "https://fleet.readers.example", "ops@%s" % t.domain, d.S(r.human(), "reader-portal-password"), t.first(0)],
        ["Settlement", "https://settle.readers.example", "finance", d.S(r.pw(), "reader-portal-password"), t.first(1)],
        ["Telemetry", "https://portal.vendtrack.example", "ops", d.N("SSO (Entra)", "secret-reference"), t.first(0)]]))
    # 8. warehouse SQL
    d = t.doc("warehouse/roles.sql")
    d.write("""-- warehouse roles, applied by hand after restores
CREATE ROLE loader LOGIN;
CREATE ROLE wms LOGIN PASSWORD '%s';
ALTER ROLE report PASSWORD '%s';
GRANT SELECT ON ALL TABLES IN SCHEMA sales TO report;
""" % (d.S(r.pw(), "postgres-password"), d.N(r.pg_md5(), "password-hash")))
    # 9. cashless reader XML
    d = t.doc("cashless/reader-config.xml")
    d.write("""<?xml version="1.0"?>
<ReaderConfig>
  <Server>https://gw.readers.example:8443</Server>
  <OperatorId>%s</OperatorId>
  <DeviceKey>%s</DeviceKey>
  <Firmware sha256="%s">4.2.11</Firmware>
</ReaderConfig>
""" % (r.dig(6), d.S(r.HEX(32), "reader-device-key"), d.N(r.sha256(), "digest")))
    # 10. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/new-route-setup.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "Setting up a new route", [
        ("Handheld", ["Enrol the handheld in the VMS, then pair the printer."]),
        ("Telemetry", ["DEX files land on ftp.%s as dexdrop; password %s" % (t.domain, d.S(dex_pw, "ftp-password")),
                       "If a machine is silent for 8 h, check the modem first."]),
        ("Depot", ["Handhelds sync over the depot Wi-Fi: %s" % d.S(depot_psk, "wifi-psk")])]))
    # 11. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/drivers-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (3, "kiosk at the office park stuck on the admin screen"),
        (0, "mmadmin / %s" % d.S(kiosk_pw, "kiosk-admin-password")),
        (3, "in, restarted the payment service"),
        (1, "depot wifi changed btw, new one is %s" % d.S(depot_psk, "wifi-psk")),
        (3, "ok")], room="drivers"))
    # 12. e-mail from client site
    d = t.doc("email/client-site-wifi.eml", prose=True)
    d.write(P.eml(t, "Facilities <facilities@harbourview-offices.example>", t.mail(2), "Wi-Fi for the micro market", [
        "Hello %s," % t.first(2), "As requested, the kiosk can join our guest network for card payments.",
        "SSID: HV-Guest\nPassword: %s" % d.S(r.phrase(3), "wifi-psk"),
        "It is rotated every quarter; I'll send the new one.", "Regards,\nHarbourview Facilities"]))
    # 13. ticket
    fmt = r.pick(P.TICKETS)
    key = "VEND-%d" % r.randint(100, 9999)
    d = t.doc("tickets/%s.%s" % (key, P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, key, "Refund portal login for customer", 4,
                     "Customer can't log in to request a refund for a failed vend.", [
                         (5, "Reset the account; temporary password %s sent by SMS too." % d.S(r.human(), "temporary-password")),
                         (4, "Refund issued to card %s." % d.N("**** **** **** " + r.dig(4), "masked")),
                         (5, "Closing.")]))
