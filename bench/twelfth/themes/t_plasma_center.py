"""Plasma donation centre network: donor management, apheresis devices, freezers, donor pay cards, testing lab."""
from themes import kit

ORGS = [("Lifestream Plasma", "lifestream", "Tucson"), ("Amberleaf Plasma Centers", "amberleaf", "Lubbock"),
        ("Riverbend Biologics Donor Centers", "riverbendbio", "Toledo"), ("Northwind Plasma", "northwindp", "Duluth")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + ".com"


def run(ctx):
    v, o = ctx.v, ctx.short
    device_pw = v.an(10)
    kiosk_pw = v.an(8)
    freezer_tok = "fzm_" + v.an(32)
    lab_pw = v.pw()
    ndev = v.randint(3, 5)

    d = ctx.doc("dms/donorlink.properties")
    d.write(f"""# DonorLink donor management system (center {v.randint(100, 999)})
db.url={d.S('jdbc:sqlserver://dms01.%s:1433;databaseName=DonorLink;user=dl_app;password=%s' % (ctx.dom, v.pw('urisafe')), 'jdbc-url')}
ldap.bind.password={d.N('${LDAP_BIND_PASSWORD}', 'env-reference')}
nddr.upload.user={o}
nddr.upload.password={d.S(v.pw(), 'nddr-upload-password')}
""")

    d = ctx.doc("apheresis/device-gateway.yaml")
    devs = "".join(f"""  - bed: {i + 1}
    serial: {d.N(v.serial('PCS'), 'device-id')}
    service_password: "{d.S(device_pw, 'apheresis-service-password')}"
""" for i in range(ndev))
    d.write(f"""# plasmapheresis machines report procedure data to DonorLink
gateway: 10.50.2.5
devices:
{devs}""")

    d = ctx.doc("freezers/monitoring.toml")
    d.write(f"""# -30C freezers: alarm if above -25C for 10 minutes
[cloud]
provider = "FreezeWatch"
token = "{d.P(freezer_tok, 'freezewatch-token')}"

[[freezer]]
name = "walk-in A"
probe = "{d.N(v.serial('TP'), 'device-id')}"
""")

    d = ctx.doc("donor-pay/cardgrid.json")
    d.write(f"""{{
  "program": "donor compensation",
  "issuer": "CardGrid",
  "programId": "{d.N(v.uuid(), 'uuid')}",
  "apiSecret": "{d.P('cg_sk_' + v.an(40), 'cardgrid-api-secret')}",
  "fundingAccount": "{d.N('XXXXXX' + v.dg(4), 'masked')}"
}}
""")

    d = ctx.doc("lab/TestingLabLink.ini", crlf=True)
    d.write(f"""[SFTP]
; viral marker results come back as HL7 ORU files
Host=results.testinglab.example
User={o}-ctr
Password={d.S(lab_pw, 'lab-sftp-password')}

[Kiosk]
; donor check-in kiosk exit password
ExitPassword={d.S(kiosk_pw, 'kiosk-exit-password')}
""")

    d = ctx.doc("donor-app/.env.production")
    d.write(f"""DATABASE_URL={d.S('postgres://donorapp:%s@db.%s/donorapp' % (v.urisafe(), ctx.dom), 'database-url')}
JWT_SECRET={d.S(v.b64url(48), 'jwt-secret')}
APPTREE_KEY={d.P('apt_' + v.an(32), 'apptree-scheduling-key')}
FIREBASE_WEB_API_KEY_REF={d.N('vault:secret/data/%s/app#firebase' % o, 'vault-reference')}
""")
    d = ctx.doc("donor-app/.env.example")
    d.write(f"""DATABASE_URL={d.N(kit.dev_default_dsn(ctx), 'dev-default')}
JWT_SECRET={d.N('${{ secrets.JWT_SECRET }}', 'ci-reference')}
APPTREE_KEY={d.N('apt_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'placeholder')}
""")

    d = ctx.doc("sql/reporting-logins.sql", crlf=True)
    d.write(f"""CREATE LOGIN qa_reports WITH PASSWORD = '{d.S(v.pw('strong'), 'sqlserver-login-password')}', CHECK_POLICY = ON;
CREATE LOGIN audit_ro WITH PASSWORD = {d.N('0x0200' + v.HX(136), 'password-hash')} HASHED;
""")

    d = ctx.doc("center/center-devices.csv", free=True)
    d.write(kit.sheet([
        ["device", "room", "login", "password", "note"],
        ["apheresis machines", "donor floor", "service", d.S(device_pw, "apheresis-service-password"), "all beds same"],
        ["check-in kiosk", "lobby", "exit", d.S(kiosk_pw, "kiosk-exit-password"), ""],
        ["label printer", "processing", "admin", d.N("1234", "well-known-default"), ""],
        ["freezer dashboard", "office", "sso", d.N("Okta", "secret-reference"), ""],
    ]))

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/center-opening")
    kit.wiki(ctx, d, "Center opening procedure", [
        ("p", "First phlebotomist in opens the center at 06:30."),
        ("h", "Kiosk"),
        ("p", "If the check-in kiosk shows Windows instead of the app, exit kiosk mode with %s and restart the app." % d.S(kiosk_pw, "kiosk-exit-password")),
        ("h", "Machines"),
        ("li", ["Run the daily self-test on every bed", "service menu password: %s" % d.S(device_pw, "apheresis-service-password")]),
    ])

    d = kit.fdoc(ctx, "chat/center-staff")
    kit.chat(ctx, d, "center-staff", [
        (a, "freezer alarm texts stopped coming"),
        (b, "the FreezeWatch token expired, I put the new one in: %s" % d.P(freezer_tok, "freezewatch-token")),
        (c, "lab results not importing since yesterday"),
        (b, "their SFTP password changed, new one %s" % d.S(lab_pw, "lab-sftp-password")),
        (a, "alarms are back"),
    ])

    def body(d):
        return f"""Hi {ctx.person()},

Following the QA audit, here is read-only access to our deviation reports:

  https://qa.{ctx.dom}
  user: auditor-{v.lodg(4)}
  password (change on first login): {d.S(v.pw('human'), 'temporary-password')}

The signed audit response is here (link-only access, expires in 14 days):
https://qa.{ctx.dom}/shared/{d.S(v.b64url(24), 'private-share-link')}

{a}, Quality Assurance
"""
    kit.email(ctx, "mail/qa-auditor-access.eml", kit.addr(ctx, a), "auditor@fractionator.example", "Access to deviation reports", body)

    d = kit.fdoc(ctx, "tickets/donor-app")
    kit.ticket(ctx, d, "PLS-%d" % v.randint(100, 999), "Donor can't book appointments in the app", c, [
        (c, "Donor at the front desk says the app logs her out. She wrote down her password for us: %s" % d.S(v.pw('human'), 'end-user-password')),
        (a, "Duplicate donor record. Merged; pay card %s moved to the surviving record." % d.N("**** **** **** " + v.dg(4), "masked")),
    ])
