"""Poultry hatchery: setters and hatchers, chick counting and vaccination, candling vision, chick delivery trucks."""
from themes import kit

ORGS = [("Sunrise Hatchery", "sunrisehatch", "Gainesville GA"), ("Blue Ridge Chicks", "blueridge", "Harrisonburg"),
        ("Willow Farm Hatchery", "willowfarm", "Lancaster"), ("Golden Yolk Hatcheries", "goldenyolk", "Fayetteville")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + ".com"


def run(ctx):
    v, o = ctx.v, ctx.short
    setter_pw = v.pw("human")
    vacc_pw = v.an(10)
    truck_tok = "tlg_" + v.an(36)
    barn_pw = v.pw()
    nsetters = v.randint(3, 5)

    d = ctx.doc("incubation/setters.yaml")
    sets = "".join(f"""  - setter: S{i + 1}
    capacity_eggs: 115200
    serial: {d.N(v.serial('SET'), 'device-id')}
    web_password: "{d.S(setter_pw, 'incubator-controller-password')}"
""" for i in range(nsetters))
    d.write(f"""# single-stage setters; day 18 transfer to hatchers
climate_server: 10.12.1.5
setters:
{sets}""")

    d = ctx.doc("incubation/HatcherClimate.ini", crlf=True)
    d.write(f"""[Server]
Database=HatchClimate
DbPassword={d.S(v.pw('urisafe'), 'hatcher-db-password')}

[Alarms]
; SMS when a hatcher leaves 98-99.5F
SmsGateway=https://sms.alertline.example/api
SmsApiKey={d.P('alk_' + v.an(32), 'alertline-sms-key')}
""")

    d = ctx.doc("chick-processing/vaccinator.json")
    d.write(f"""{{
  "line": "chick processing",
  "counter": {{"serial": "{d.N(v.serial('CC'), 'device-id')}"}},
  "sprayVaccinator": {{"ip": "10.12.3.7", "maintenancePassword": "{d.S(vacc_pw, 'vaccinator-maintenance-password')}"}},
  "vaccineLots": "https://lims.{ctx.dom}/lots"
}}
""")

    d = ctx.doc("candling/vision.toml")
    d.write(f"""# egg candling: removes clears and dead germs before transfer
[vision]
model = "candler-v3"
update_token = "{d.P('cdv_' + v.hx(40), 'candlevision-token')}"

[camera]
serial = "{d.N(v.serial('CAM'), 'device-id')}"
""")

    d = ctx.doc("delivery/truck-loggers.yaml")
    d.write(f"""# climate loggers in the chick delivery trucks (temperature, CO2, humidity)
provider: TrackLog
api_token: {d.P(truck_tok, 'tracklog-token')}
trucks: [CT-01, CT-02, CT-03]
""")

    d = ctx.doc("breeder-farms/barn-remote.properties")
    d.write(f"""# remote access to the breeder barn controllers (ventilation, lighting, feed)
barn.controller.user=hatchery
barn.controller.password={d.S(barn_pw, 'barn-controller-password')}
barn.vpn.psk={d.S(v.pw('strong'), 'vpn-psk')}
barn.cloud.url=https://barns.{ctx.dom}
""")

    d = ctx.doc("orders/.env.production")
    d.write(f"""DATABASE_URL={d.S('postgres://orders:%s@db.%s/orders' % (v.urisafe(), ctx.dom), 'database-url')}
SESSION_SECRET={d.S(v.hx(64), 'session-secret')}
FEEDMILL_EDI_KEY={d.P('fme_' + v.an(32), 'feedmill-edi-key')}
""")
    d = ctx.doc("orders/.env.example")
    d.write(f"""DATABASE_URL={d.N(kit.dev_default_dsn(ctx), 'dev-default')}
SESSION_SECRET={d.N('{{ session_secret }}', 'template-reference')}
FEEDMILL_EDI_KEY={d.N('fme_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'placeholder')}
""")

    d = ctx.doc("hatchery/hatchery-devices.csv", free=True)
    d.write(kit.sheet([
        ["device", "room", "login", "password", "notes"],
        ["setter controllers", "setter hall", "admin", d.S(setter_pw, "incubator-controller-password"), "same on all"],
        ["spray vaccinator", "chick room", "maint", d.S(vacc_pw, "vaccinator-maintenance-password"), ""],
        ["egg washer PLC", "egg room", "admin", d.N("admin", "well-known-default"), ""],
        ["climate server", "office", "hatchmgr", d.N("in 1Password: Hatchery/Climate", "secret-reference"), ""],
    ]))

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/hatch-day")
    kit.wiki(ctx, d, "Hatch day procedure", [
        ("p", "Pull chicks at 21 days 6 hours; counter and vaccinator must be checked the evening before."),
        ("h", "Vaccinator"),
        ("p", "Prime and calibrate via the maintenance screen (password %s)." % d.S(vacc_pw, "vaccinator-maintenance-password")),
        ("h", "Setters"),
        ("li", ["Check turning every 2 hours on the setter web page", "login admin / %s" % d.S(setter_pw, "incubator-controller-password")]),
    ])

    d = kit.fdoc(ctx, "chat/hatchery-crew")
    kit.chat(ctx, d, "hatchery", [
        (a, "truck CT-02 logger shows no data since Tuesday"),
        (b, "TrackLog made us re-issue the token; new one is %s" % d.P(truck_tok, "tracklog-token")),
        (c, "barn 4 fans not responding remotely"),
        (b, "log in to the barn controller as hatchery, pw %s" % d.S(barn_pw, "barn-controller-password")),
        (a, "data is coming in again"),
    ])

    def body(d):
        return f"""Hi {ctx.person()},

You can now place chick orders and see delivery ETAs online:

  https://orders.{ctx.dom}
  grower code: {v.randint(1000, 9999)}
  temporary password: {d.S(v.pw('human'), 'temporary-password')}

Your flock's NPIP test certificates (link-only): https://orders.{ctx.dom}/docs/{d.S(v.b64url(24), 'private-share-link')}

{a}, Sales
"""
    kit.email(ctx, "mail/grower-orders.eml", kit.addr(ctx, a), "farm@broilergrower.example", "Online chick orders", body)

    d = kit.fdoc(ctx, "tickets/order-portal")
    kit.ticket(ctx, d, "HAT-%d" % v.randint(100, 999), "Grower order portal login fails", c, [
        (c, "Grower says the portal refuses his password; he typed it here: %s" % d.S(v.pw('human'), 'end-user-password')),
        (a, "His account was on the old grower code. Moved. Bank details %s unchanged." % d.N("****" + v.dg(4), "masked")),
    ])
