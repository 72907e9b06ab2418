"""Recreational marina and boatyard: slips, shore power, fuel dock, travel lift, dock gates, harbour cams."""
from themes import kit

ORGS = [("Gull Point Marina", "gullpoint", "Port Orchard"), ("Saltmarsh Yacht Basin", "saltmarsh", "Beaufort"),
        ("Kettle Cove Harbor", "kettlecove", "Bar Harbor"), ("Redfish Bay Marina", "redfish", "Rockport")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + "-marina.com"


def run(ctx):
    v, o = ctx.v, ctx.short
    ndocks = v.randint(3, 5)
    gw_pw = v.pw("human")                        # pedestal-gateway web password, same on every dock
    fuel_pw = v.urisafe(12)
    nvr_pw = v.pw("human")
    pump_pw = v.an(12)
    wifi = v.pw("phrase")
    cam_pw = v.urisafe(14)

    d = ctx.doc("dockmaster/DockWise.ini", crlf=True)
    d.write(f"""; DockWise Marina Manager 9.4 — office server
[Database]
Server=DOCKOFFICE01\\SQLEXPRESS
Database=DockWise
User=dw_app
Password={d.S(v.pw(), 'dockwise-sql-password')}

[BerthBook]
; online slip reservations feed
Endpoint=https://api.berthbook.io/v2
ApiKey={d.P('bbk_live_' + v.an(32), 'berthbook-api-key')}

[Licence]
Key={d.N('DW9-XXXX-XXXX-' + v.updg(4), 'masked')}
Seats=4

[Pedestals]
GatewaySerial={d.N(v.serial('PPG-'), 'device-id')}
""")

    d = ctx.doc("shore-power/pedestals.yaml")
    rows = []
    for i in range(ndocks):
        rows.append(f"""  - dock: {chr(65 + i)}
    gateway: 10.30.{10 + i}.2
    serial: {d.N(v.serial('PP4-'), 'device-id')}
    web_user: dockadmin
    web_password: "{d.S(gw_pw, 'pedestal-gateway-password')}"
""")
    d.write(f"""# PowerPost smart pedestals — kWh metering and breaker control per slip
broker:
  host: mqtt.{ctx.dom}
  port: 8883
  username: pedestals
  password: "{d.S(v.pw('urisafe'), 'mqtt-password')}"
billing_rate_kwh: 0.38
docks:
""" + "".join(rows))

    d = ctx.doc("fuel-dock/pos-terminal.json")
    d.write(f"""{{
  "station": "fuel-dock",
  "pumpController": {{"host": "10.30.50.4", "user": "fuelmgr", "password": "{d.S(fuel_pw, 'fuel-pump-controller-password')}"}},
  "payments": {{
    "provider": "HarborPay",
    "clientId": "{d.N('hp_cli_' + v.lodg(16), 'oauth-client-id')}",
    "secretKey": "{d.P('hp_live_sk_' + v.an(40), 'harborpay-secret-key')}"
  }},
  "receiptPrinter": "EPSON TM-T88VI"
}}
""")

    d = ctx.doc("travel-lift/lift-telemetry.toml")
    d.write(f"""# 75-ton travel lift load monitor
[device]
serial = "{d.N(v.serial('TL75-'), 'device-id')}"
sling_capacity_kg = 68000

[cloud]
endpoint = "https://ingest.liftlog.net"
token = "{d.P('llg_' + v.an(36), 'liftlog-token')}"
""")

    d = ctx.doc("web/.env.production")
    d.write(f"""NODE_ENV=production
DATABASE_URL={d.S('postgres://slips:%s@db.%s:5432/slips' % (v.urisafe(), ctx.dom), 'database-url')}
SESSION_SECRET={d.S(v.hx(64), 'session-secret')}
SLIPSTREAM_API_KEY={d.P('ss_' + v.hx(40), 'slipstream-api-key')}
NEXT_PUBLIC_MAPBOX_TOKEN={d.N('pk.eyJ1IjoiJXMiLCJhIjoi' + v.an(20) + '.' + v.b64url(16)[:22], 'publishable-key')}
NEXT_PUBLIC_GA_ID={d.N('G-' + v.updg(10), 'analytics-id')}
""")
    d = ctx.doc("web/.env.example")
    r1, c1 = kit.example_ref(ctx, "SESSION_SECRET")
    d.write(f"""NODE_ENV=development
DATABASE_URL={d.N(kit.dev_default_dsn(ctx), 'dev-default')}
SESSION_SECRET={d.N(r1, c1)}
SLIPSTREAM_API_KEY={d.N('ss_' + 'x' * 40, 'placeholder')}
NEXT_PUBLIC_MAPBOX_TOKEN=
""")

    d = ctx.doc("gate/access-control.xml", crlf=True)
    readers = "".join(f'    <Reader name="Dock {chr(65 + i)} gate" serial="{d.N(v.serial("GR-"), "device-id")}" />\r\n'.replace("\r", "")
                      for i in range(min(ndocks, 3)))
    d.write(f"""<?xml version="1.0" encoding="utf-8"?>
<AccessController model="KeyLink 3000" site="{ctx.org}">
  <Admin user="install" password="{d.S(v.an(12), 'gate-controller-password')}" />
  <Readers>
{readers}  </Readers>
  <Sync url="https://dockwise.local/api/tenants" interval="300" />
</AccessController>
""")

    d = ctx.doc("scripts/nightly_tide_sync.py")
    d.write(f"""#!/usr/bin/env python3
\"\"\"Fetch tomorrow's tide table (public NOAA data) and push it to the boater portal.\"\"\"
import os
import paramiko
import requests

STATION = "94{v.randint(10000, 99999)}"
SFTP_HOST = "files.{ctx.dom}"


def main():
    tides = requests.get("https://api.tidesandcurrents.noaa.gov/api/prod/datagetter",
                         params={{"station": STATION, "product": "predictions", "datum": "MLLW"}}).json()
    t = paramiko.Transport((SFTP_HOST, 22))
    t.connect(username="tides", password="{d.S(v.pw(), 'sftp-password')}")
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.putfo(io.BytesIO(json.dumps(tides).encode()), "/portal/tides.json")
    notify(os.environ["PORTAL_WEBHOOK_URL"])
""")

    d = ctx.doc("sql/boater_portal_roles.sql")
    d.write(f"""-- boater portal: read-only role for the accounting export
CREATE ROLE export_ro LOGIN PASSWORD '{d.S(v.pw('urisafe'), 'postgres-role-password')}';
GRANT SELECT ON slips, invoices TO export_ro;
-- legacy role, hash copied from the old server
CREATE ROLE portal_legacy LOGIN PASSWORD '{d.N('md5' + v.hx(32), 'password-hash')}';
""")

    d = ctx.doc("office/dock-devices.csv", free=True)
    d.write(kit.sheet([
        ["device", "location", "address", "login", "password", "notes"],
        ["NVR (16ch)", "harbour office", "10.30.60.2", "admin", d.S(nvr_pw, "nvr-password"), "cams on docks A-D"],
        ["pump-out station modem", "fuel dock", "10.30.50.9", "root", d.S(pump_pw, "pump-out-modem-password"), "LTE, reboots itself"],
        ["VHF radio gateway", "tower", "10.30.60.8", "admin", d.N("in 1Password: Harbour/VHF gateway", "secret-reference"), ""],
        ["spare fish-finder display", "shop", "10.30.61.4", "admin", d.N("admin", "well-known-default"), "loaner, factory reset"],
        ["fuel pump controller", "fuel dock", "10.30.50.4", "fuelmgr", d.S(fuel_pw, "fuel-pump-controller-password"), ""],
    ]))

    d = ctx.doc("cameras/harbour-cams.yaml")
    d.write(f"""cameras:
  - name: fuel-dock
    url: rtsp://viewer:{d.S(cam_pw, 'rtsp-password')}@10.30.60.21:554/Streaming/Channels/101
  - name: launch-ramp
    url: rtsp://viewer:{d.S(cam_pw, 'rtsp-password')}@10.30.60.22:554/Streaming/Channels/101
live_stream:
  # public "harbour today" stream on the website
  ingest: rtmp://a.rtmp.youtube.com/live2
  stream_key: {d.S('-'.join(v.lodg(4) for _ in range(5)), 'youtube-stream-key')}
""")

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/harbour-master-handbook")
    kit.wiki(ctx, d, "Harbour master handbook: after-hours", [
        ("p", "Read this before your first solo night shift."),
        ("h", "Cameras"),
        ("p", "The NVR in the office is admin / %s. Export clips to the USB stick in the drawer." % d.S(nvr_pw, "nvr-password")),
        ("h", "Wi-Fi"),
        ("p", "Boaters get MARINA-GUEST (open, captive portal). Staff laptops use MARINA-OPS, key %s." % d.S(wifi, "wifi-psk")),
        ("h", "Pedestals"),
        ("li", ["Breaker trips: reset from the PowerPost gateway web page",
                "gateway login is dockadmin with the usual dock password: %s" % d.S(gw_pw, "pedestal-gateway-password"),
                "never reset the gateway to factory, the meter pairing is lost"]),
    ])

    d = kit.fdoc(ctx, "chat/dockhands")
    kit.chat(ctx, d, "dockhands", [
        (a, "pump-out modem is offline again at the fuel dock"),
        (b, "power cycle it, then log in root / %s and check the APN" % d.S(pump_pw, "pump-out-modem-password")),
        (c, "fuel pumps also locked after the outage, what's the controller login?"),
        (b, "fuelmgr, password %s (same as on the sheet)" % d.S(fuel_pw, "fuel-pump-controller-password")),
        (a, "boater on B-14 asked for wifi, gave them the guest one"),
        (c, "good, never the ops key"),
    ])

    def mail_body(d):
        return f"""Dear {ctx.person()},

Ahead of your survey of the lift slings on Thursday, we opened an account for you on our document portal:

  https://docs.{ctx.dom}/login
  user: surveyor-{v.lodg(4)}
  temporary password: {d.S(v.pw('human'), 'temporary-password')}

The lift's load-test certificates are also in this folder (no login needed, please don't forward):
{d.S('https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&dl=0' % (v.lodg(21), v.an(18), v.lodg(25)), 'private-share-link')}

Kind regards,
{a}
Yard manager, {ctx.org}
"""
    kit.email(ctx, "mail/lift-survey-access.eml", kit.addr(ctx, a), "surveys@marinesurvey.example", "Portal access for the travel-lift survey", mail_body)

    d = kit.fdoc(ctx, "tickets/boater-app-login")
    kit.ticket(ctx, d, "MAR-%d" % v.randint(100, 999), "Boater app says wrong password", c, [
        (c, "Slip holder on C-dock can't log into the app. She wrote her password in the form so we could test: %s" % d.S(v.pw("human"), "end-user-password")),
        (a, "Account was locked after 5 tries. Unlocked; card on file %s is unaffected." % d.N("**** **** **** " + str(v.randint(1000, 9999)), "masked")),
        (c, "Told her to change it anyway since it's now in a ticket."),
    ])

    d = ctx.doc("yard/haul-out-schedule.csv")
    d.write(kit.sheet([["date", "vessel", "HIN", "slip", "lift"]] + [
        [ctx.base_day, v.word().capitalize() + " " + v.word().capitalize(), d.N("US-%s%s" % (v.updg(3), v.updg(9)), "device-id"),
         "%s-%d" % (v.choice("ABCD"), v.randint(1, 40)), "TL75"] for _ in range(3)]))
