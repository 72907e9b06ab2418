"""Commercial laundry and linen service: RFID tunnels, tunnel washers, chemical dosing, routes, hospital contracts."""
from themes import kit

ORGS = [("Crestline Linen Services", "crestline", "Spokane"), ("Bluewater Textile Care", "bluewatertc", "Tampa"),
        ("Northgate Healthcare Laundry", "northgatehl", "Hamilton"), ("Ironbridge Linen", "ironbridge", "Leeds")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + "-linen.com"


def run(ctx):
    v, o = ctx.v, ctx.short
    rfid_pw = v.pw("human")
    plc_pw = v.an(10)
    vnc_pw = v.an(8)
    edi_pw = v.pw()
    nportals = v.randint(2, 4)

    d = ctx.doc("rfid/soil-sort-portals.yaml")
    ports = "".join(f"""  - name: {where}
    reader: 10.70.1.{10 + i}
    serial: {d.N(v.serial('UHF-'), 'device-id')}
    admin_password: "{d.S(rfid_pw, 'rfid-reader-password')}"
""" for i, where in enumerate(["soil-dock", "sort-line", "clean-pack", "dispatch"][:nportals]))
    d.write(f"""# UHF RFID portals count every sheet and scrub in and out
tag_encoding: SGTIN-96
portals:
{ports}""")

    d = ctx.doc("washroom/TunnelCtl.ini", crlf=True)
    d.write(f"""[Tunnel]
Model=16-module batch tunnel
PLCAddress=10.70.2.5
PLCPassword={d.S(plc_pw, 'tunnel-plc-password')}

[Chemicals]
; dosing pumps report usage to the chemical supplier's cloud
Vendor=ChemTrack
Token={d.P('ctk_' + v.hx(40), 'chemtrack-token')}

[Historian]
Connection={d.S('Data Source=WASH01;Initial Catalog=Historian;User ID=hist;Password=%s' % v.pw('urisafe'), 'sql-connection-string')}
""")

    d = ctx.doc("finishing/ironer-hmi.json")
    d.write(f"""{{
  "line": "flatwork ironer 2",
  "hmi": {{"ip": "10.70.3.12", "vncPassword": "{d.S(vnc_pw, 'hmi-vnc-password')}"}},
  "folder": {{"serial": "{d.N(v.serial('FLD'), 'device-id')}", "programs": 24}},
  "oeeUpload": {{"url": "https://oee.{ctx.dom}/ingest", "auth": "{d.N('${OEE_TOKEN}', 'env-reference')}"}}
}}
""")

    d = ctx.doc("routes/.env.production")
    d.write(f"""ROUTE_DB_URL={d.S('postgres://routes:%s@db.%s/routes' % (v.urisafe(), ctx.dom), 'database-url')}
ROUTELINQ_API_KEY={d.P('rlq_' + v.an(32), 'routelinq-api-key')}
JWT_SECRET={d.S(v.b64url(48), 'jwt-secret')}
GOOGLE_MAPS_BROWSER_KEY_REF={d.N('op://%s/routes/maps-key' % o, 'secret-reference')}
""")
    d = ctx.doc("routes/.env.example")
    d.write(f"""ROUTE_DB_URL={d.N(kit.dev_default_dsn(ctx), 'dev-default')}
ROUTELINQ_API_KEY={d.N('rlq_' + 'x' * 32, 'placeholder')}
JWT_SECRET={d.N('dev-jwt-secret', 'dev-default')}
""")

    d = ctx.doc("edi/hospital-par-levels.properties")
    d.write(f"""# par-level orders from hospital customers (X12 850 over SFTP)
sftp.host=edi.{ctx.dom}
sftp.user=stmarys
sftp.password={d.S(edi_pw, 'edi-sftp-password')}
sftp.known_hosts=/etc/linen/known_hosts
as2.partner.id=STMARYSHOSP
""")

    d = ctx.doc("handhelds/driver-mdm.json")
    d.write(f"""{{
  "profile": "route-driver",
  "enrollment": {{"server": "https://mdm.{ctx.dom}", "token": "{d.P('mdm_' + v.an(36), 'mdm-enrollment-token')}"}},
  "kiosk": {{"exitPassword": "{d.S(v.an(10), 'kiosk-exit-password')}"}},
  "devices": [
    "{d.N(v.serial('ZBR'), 'device-id')}",
    "{d.N(v.serial('ZBR'), 'device-id')}"
  ]
}}
""")

    d = ctx.doc("sql/customer-portal.sql")
    d.write(f"""CREATE USER 'portal_ro'@'%' IDENTIFIED BY '{d.S(v.pw('urisafe'), 'mysql-user-password')}';
GRANT SELECT ON linen.invoices TO 'portal_ro'@'%';
-- old account, hash only
CREATE USER 'legacy'@'%' IDENTIFIED WITH mysql_native_password AS '{d.N('*' + v.HX(40), 'password-hash')}';
""")

    d = ctx.doc("plant/plant-devices.csv", free=True)
    d.write(kit.sheet([
        ["asset", "area", "ip", "login", "password", "owner"],
        ["tunnel PLC", "washroom", "10.70.2.5", "maint", d.S(plc_pw, "tunnel-plc-password"), "maintenance"],
        ["ironer HMI (VNC)", "finishing", "10.70.3.12", "", d.S(vnc_pw, "hmi-vnc-password"), "maintenance"],
        ["boiler controller", "boiler room", "10.70.9.2", "admin", d.N("admin", "well-known-default"), "contractor"],
        ["RFID portals", "all", "10.70.1.0/24", "admin", d.S(rfid_pw, "rfid-reader-password"), "IT"],
    ]))

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/night-shift-plant")
    kit.wiki(ctx, d, "Night shift: plant systems", [
        ("p", "Washroom runs 22:00-06:00 with one maintenance tech on call."),
        ("h", "Tunnel stops with a PLC fault"),
        ("code", "# from the maintenance laptop\nplc-cli --host 10.70.2.5 --user maint --password '%s' reset-faults" % d.S(plc_pw, "tunnel-plc-password")),
        ("h", "RFID counts look wrong"),
        ("p", "Usually a portal lost its antenna config. Web UI admin password: %s" % d.S(rfid_pw, "rfid-reader-password")),
    ])

    d = kit.fdoc(ctx, "chat/route-drivers")
    kit.chat(ctx, d, "routes", [
        (a, "St Mary's loading dock says our SFTP order file didn't arrive"),
        (b, "their IT changed something. Our side still uses stmarys / %s" % d.S(edi_pw, "edi-sftp-password")),
        (c, "handheld on truck 7 is stuck in kiosk mode after the update"),
        (b, "the exit password is in the MDM profile; don't post it here, call me"),
        (a, "ok and the ironer HMI asks for VNC again"),
        (b, "VNC one is %s" % d.S(vnc_pw, "hmi-vnc-password")),
    ])

    def body(d):
        return f"""Hi {ctx.person()},

As part of the new linen contract your environmental services team gets access to our customer portal
(par levels, soil weights, rewash rates).

  https://portal.{ctx.dom}
  user: evs-{v.lodg(5)}
  first-login password: {d.S(v.pw('human'), 'temporary-password')}

The signed contract and the infection-control audit are here (anyone with the link can open it):
{d.S('https://%s.sharepoint.com/:b:/s/contracts/%s?e=%s' % (o, v.s(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), v.an(6)), 'private-share-link')}

{a}
Account manager, {ctx.org}
"""
    kit.email(ctx, "mail/new-hospital-customer.eml", kit.addr(ctx, a), "evs.director@hospital.example", "Customer portal access", body)

    d = kit.fdoc(ctx, "tickets/portal-login")
    kit.ticket(ctx, d, "LIN-%d" % v.randint(100, 999), "Customer can't log into the portal", c, [
        (c, "Nursing home buyer says password rejected; she typed it here: %s" % d.S(v.pw('human'), 'end-user-password')),
        (a, "Account was disabled by the annual review. Re-enabled; account no. %s." % d.N("***-**-" + str(v.randint(1000, 9999)), "masked")),
    ])
