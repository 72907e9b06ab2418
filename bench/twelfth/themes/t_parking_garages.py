"""Parking operator: PARCS gates, pay-on-foot stations, LPR, merchant validation, monthly permits."""
from themes import kit

ORGS = [("Keystone Parking Group", "keystonepark", "Pittsburgh"), ("Civic Garage Partners", "civicgarage", "Sacramento"),
        ("Meridian Parking", "meridianpark", "Columbus"), ("Harbourfront Parkades", "hfparkades", "Halifax")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + ".com"


def run(ctx):
    v, o = ctx.v, ctx.short
    cam_pw = v.urisafe(14)
    pof_pw = v.an(10)
    intercom_pw = v.pw("human")
    valid_secret = v.hx(32)
    nlevels = v.randint(2, 4)

    d = ctx.doc("parcs/GateFlowServer.ini", crlf=True)
    d.write(f"""[Server]
Facility={ctx.org} - {ctx.city} Center
Lanes={2 * nlevels}

[SQL]
ConnectionString={d.S('Server=PARCS01;Database=GateFlow;User Id=gf_svc;Password=%s;' % v.pw('urisafe'), 'sql-connection-string')}

[Acquirer]
; card-in/card-out EMV readers at entry and exit
Processor=ParkPay
MerchantId={v.dg(12)}
ApiKey={d.P('ppk_live_' + v.an(32), 'parkpay-api-key')}

[Licence]
Serial={d.N(v.serial('GFS-'), 'device-id')}
""")

    d = ctx.doc("lpr/cameras.yaml")
    cams = "".join(f"""  - lane: {kind}-{i + 1}
    serial: {d.N(v.serial('LPR'), 'device-id')}
    rtsp: rtsp://lpr:{d.S(cam_pw, 'rtsp-password')}@10.61.{i}.{20 + j}/ch1
""" for i in range(min(nlevels, 2)) for j, kind in enumerate(["entry", "exit"]))
    d.write(f"""# licence-plate recognition for ticketless entry and permit holders
recognizer:
  service: platescan
  token: {d.P('psn_' + v.hx(40), 'platescan-token')}
cameras:
{cams}""")

    d = ctx.doc("pay-stations/pof-station-config.json")
    d.write(f"""{{
  "model": "PayPoint POF-7",
  "stations": [
    {{"id": "L1-lobby", "serial": "{d.N(v.serial('POF'), 'device-id')}"}},
    {{"id": "L2-elevator", "serial": "{d.N(v.serial('POF'), 'device-id')}"}}
  ],
  "serviceMenu": {{"user": "tech", "password": "{d.S(pof_pw, 'pay-station-service-password')}"}},
  "coinVaultAudit": true,
  "receiptFooter": "Thank you for parking with {ctx.org}"
}}
""")

    d = ctx.doc("validation/merchant-validation.properties")
    d.write(f"""# merchants (restaurants, cinema) validate tickets through this service
validation.hmac.secret={d.S(valid_secret, 'validation-hmac-secret')}
validation.code.length=8
merchant.portal.url=https://validate.{ctx.dom}
smtp.password={d.N('${SMTP_PASSWORD}', 'env-reference')}
""")

    d = ctx.doc("permits/.env.production")
    d.write(f"""APP_ENV=production
DATABASE_URL={d.S('mysql://permits:%s@db-permits.%s:3306/permits' % (v.urisafe(), ctx.dom), 'database-url')}
APP_KEY=base64:{d.S(v.b64(32), 'laravel-app-key')}
SPOTHERO_PARTNER_KEY={d.P('shp_part_' + v.an(32), 'spothero-partner-key')}
STRIPE_PUBLISHABLE_KEY={d.N('pk_live_51' + v.an(97), 'publishable-key')}
SENTRY_DSN={d.N('https://%s@o%d.ingest.sentry.io/%d' % (v.hx(32), v.randint(100000, 999999), v.randint(1000000, 9999999)), 'sentry-dsn')}
""")
    d = ctx.doc("permits/.env.example")
    r, c = kit.example_ref(ctx, "APP_KEY")
    d.write(f"""APP_ENV=local
DATABASE_URL={d.N(kit.dev_default_dsn(ctx, 'mysql'), 'dev-default')}
APP_KEY={d.N(r, c)}
SPOTHERO_PARTNER_KEY={d.N('shp_part_' + 'X' * 32, 'placeholder')}
STRIPE_PUBLISHABLE_KEY=
""")

    d = ctx.doc("scripts/export-citations.sh")
    d.write(f"""#!/bin/bash
# push yesterday's parking citations to the city's collections vendor
set -euo pipefail
curl -sf -u "{o}:{d.S(v.pw(), 'citation-upload-password')}" \\
  -F "file=@/var/export/citations-$(date -d yesterday +%F).csv" \\
  https://upload.citecollect.example/api/batches
""")

    d = ctx.doc("sql/parcs_logins.sql", crlf=True)
    d.write(f"""-- SQL Server logins for the revenue reports
CREATE LOGIN revenue_ro WITH PASSWORD = '{d.S(v.pw('strong'), 'sqlserver-login-password')}';
CREATE LOGIN parcs_old WITH PASSWORD = {d.N('0x0200' + v.HX(136), 'password-hash')} HASHED;
""")

    d = ctx.doc("ops/garage-devices.csv", free=True)
    d.write(kit.sheet([
        ["device", "level", "ip", "user", "password", "comment"],
        ["2N intercom (exit lane)", "P1", "10.61.0.40", "admin", d.S(intercom_pw, "intercom-admin-password"), "rings the remote centre"],
        ["POF station L1", "P1", "10.61.0.51", "tech", d.S(pof_pw, "pay-station-service-password"), ""],
        ["occupancy sign controller", "street", "10.61.0.60", "admin", d.N("admin", "well-known-default"), "vendor never changed it"],
        ["gate arm controller", "P1", "10.61.0.31", "service", d.N("see Keeper: Garages/Gate arms", "secret-reference"), ""],
    ]))

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/night-attendant-runbook")
    kit.wiki(ctx, d, "Night attendant runbook", [
        ("p", "Between 23:00 and 06:00 the booth is unmanned; calls go to the remote centre."),
        ("h", "Intercom"),
        ("p", "If the exit intercom stops ringing through, log in to it (admin / %s) and check the SIP registration." % d.S(intercom_pw, "intercom-admin-password")),
        ("h", "Pay stations"),
        ("li", ["Bill jam: open the service menu with tech and %s" % d.S(pof_pw, "pay-station-service-password"),
                "Never empty the coin vault alone"]),
        ("h", "Merchant validations"),
        ("p", "The validation service signs codes with a shared secret; if a merchant's codes all fail, the secret on their tablet is stale. Current secret: %s" % d.S(valid_secret, "validation-hmac-secret")),
    ])

    d = kit.fdoc(ctx, "chat/attendants")
    kit.chat(ctx, d, "garage-ops", [
        (a, "exit lane 2 camera is showing a black image"),
        (b, "the stream login changed last week, it's lpr / %s" % d.S(cam_pw, "rtsp-password")),
        (c, "permit portal down? monthly parkers can't print their hang tags"),
        (a, "the vendor says restart the worker. also they need the partner key to re-sync, it is"),
        (a, d.P("shp_part_" + v.an(32), "spothero-partner-key")),
        (b, "ok restarting"),
    ])

    def body(d):
        return f"""Hello {ctx.person()},

Welcome to ticket validation at the {ctx.city} Center garage. Your restaurant can now validate guests' tickets online.

Portal: https://validate.{ctx.dom}
Username: {v.word()}-bistro
One-time password (you'll be asked to change it): {d.S(v.pw('human'), 'temporary-password')}

Your monthly invoice and validation report live here (bookmark it, the link itself is the key):
https://validate.{ctx.dom}/r/{d.S(v.b64url(24), 'private-report-token')}

Best,
{a}, Merchant Services
"""
    kit.email(ctx, "mail/merchant-welcome.eml", kit.addr(ctx, a), "owner@bistro.example", "Validation portal access", body)

    d = kit.fdoc(ctx, "tickets/monthly-parker-app")
    kit.ticket(ctx, d, "PRK-%d" % v.randint(100, 999), "Monthly parker cannot log in to the app", c, [
        (c, "Customer (permit #%d) says the app rejects her password. She included it: %s" % (v.randint(10000, 99999), d.S(v.pw('human'), 'end-user-password'))),
        (a, "Reset link sent. Her plate is stored as %s; card on file %s." % (v.updg(7), d.N("XXXX-XXXX-XXXX-" + v.updg(4), "masked"))),
    ])
