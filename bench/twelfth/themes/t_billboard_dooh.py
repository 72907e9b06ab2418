"""Digital out-of-home operator: LED billboards, media players, LTE routers, CMS, programmatic ad sales."""
from themes import kit

ORGS = [("Skyline Outdoor Media", "skylineooh", "Phoenix"), ("Corridor Digital Boards", "corridordb", "Nashville"),
        ("Brightway Signs", "brightway", "Calgary"), ("Motorway Screens", "motorwayscr", "Birmingham")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + ".com"


def run(ctx):
    v, o = ctx.v, ctx.short
    player_pw = v.pw("human")
    led_pw = v.an(10)
    modem_pw = v.urisafe(14)
    nboards = v.randint(3, 5)

    d = ctx.doc("players/boards.yaml")
    boards = "".join(f"""  - face: {v.choice(['I-17', 'US-60', 'Loop 101', 'SR-51'])} mile {v.randint(100, 999) / 10}
    player_serial: {d.N(v.serial('BSP'), 'device-id')}
    player_admin_password: "{d.S(player_pw, 'media-player-password')}"
""" for _ in range(nboards))
    d.write(f"""# media players behind each LED face; slots are 8 seconds, 6 advertisers per loop
cms: https://cms.{ctx.dom}
boards:
{boards}""")

    d = ctx.doc("led/NovaController.ini", crlf=True)
    d.write(f"""[Sending Card]
Model=MSD600
Brightness=AutoByAmbient

[Remote]
; cloud brightness/health monitoring
CloudUser={o}-ops
CloudPassword={d.S(led_pw, 'led-controller-password')}

[Receivers]
Count=48
FirstSerial={d.N(v.serial('RCV'), 'device-id')}
""")

    d = ctx.doc("network/lte-router-backup.ini")
    d.write(f"""# RUT LTE router config export, roadside cabinet
[system]
hostname={o}-cab-{v.randint(10, 99)}
[users]
admin_password={d.S(modem_pw, 'lte-router-password')}
[mobile]
apn=iot.carrier.example
apn_password={d.S(v.an(10), 'apn-password')}
[rms]
connection_code={d.N('RMS-' + v.updg(8), 'device-id')}
""")

    d = ctx.doc("programmatic/ssp.json")
    d.write(f"""{{
  "exchange": "ProgrammaticX",
  "seatId": "{d.N(v.uuid(), 'uuid')}",
  "seatToken": "{d.P('pgx_' + v.an(40), 'programmaticx-seat-token')}",
  "floorCpm": 6.5,
  "proofOfPlayWebhookSecret": "{d.S(v.hx(40), 'webhook-signing-secret')}"
}}
""")

    d = ctx.doc("cms/.env.production")
    d.write(f"""DATABASE_URL={d.S('postgres://cms:%s@db.%s:5432/cms' % (v.urisafe(), ctx.dom), 'database-url')}
BOARDSYNC_API_KEY={d.P('bsk_live_' + v.an(32), 'boardsync-api-key')}
SECRET_KEY={d.S(v.b64(40), 'django-secret-key')}
GA_MEASUREMENT_ID={d.N('G-' + v.updg(10), 'analytics-id')}
""")
    d = ctx.doc("cms/.env.example")
    r, c = kit.example_ref(ctx, "BOARDSYNC_API_KEY")
    d.write(f"""DATABASE_URL={d.N(kit.dev_default_dsn(ctx), 'dev-default')}
BOARDSYNC_API_KEY={d.N(r, c)}
SECRET_KEY={d.N('django-insecure-dev-only', 'dev-default')}
""")

    d = ctx.doc("scripts/upload-proof-of-play.sh")
    d.write(f"""#!/bin/sh
# nightly proof-of-play logs to the agency
for f in /var/pop/*.csv; do
  curl -s --user "pop-{o}:{d.S(v.pw('urisafe'), 'pop-upload-password')}" -T "$f" "ftps://pop.agencyhub.example/in/"
done
""")

    d = ctx.doc("fieldtech/sign-inventory.csv", free=True)
    d.write(kit.sheet([
        ["board", "lat", "lon", "player", "LTE router", "router admin"],
        ["I-17 mile 214.2", "33.7%d" % v.randint(100, 999), "-112.1%d" % v.randint(100, 999), v.serial("BSP"), "RUT955", d.S(modem_pw, "lte-router-password")],
        ["US-60 mile 178.9", "33.4%d" % v.randint(100, 999), "-111.8%d" % v.randint(100, 999), v.serial("BSP"), "RUT955", d.N("same as above", "placeholder")],
        ["Loop 101 mile 41.0", "33.6%d" % v.randint(100, 999), "-111.9%d" % v.randint(100, 999), v.serial("BSP"), "RUT241", d.N("admin01", "well-known-default")],
    ]))

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/field-tech-guide")
    kit.wiki(ctx, d, "Field tech guide: dark board", [
        ("p", "A dark face costs us make-goods; escalate after 30 minutes."),
        ("h", "Player"),
        ("p", "Local web UI on port 8080, admin / %s. Reboot from there before climbing." % d.S(player_pw, "media-player-password")),
        ("h", "LED controller"),
        ("li", ["check the sending card LEDs", "cloud login %s-ops, password %s" % (o, d.S(led_pw, "led-controller-password"))]),
    ])

    d = kit.fdoc(ctx, "chat/field-ops")
    kit.chat(ctx, d, "field-ops", [
        (a, "US-60 face is black, player pings though"),
        (b, "log into the player, it's the standard one: %s" % d.S(player_pw, "media-player-password")),
        (c, "cabinet router is on the old firmware, anyone have its admin?"),
        (b, "%s, rotate it once the firmware is done" % d.S(modem_pw, "lte-router-password")),
        (a, "back up. 47 min dark, logging make-good"),
    ])

    def body(d):
        return f"""Hi {ctx.person()},

Your campaign starts Monday on 4 faces. Please upload the creatives (1400x400, JPG or MP4 ≤ 8 s) here —
the link works without a login, so don't share it outside your team:
https://cms.{ctx.dom}/upload/{d.S(v.b64url(18), 'private-upload-token')}

If you'd rather use the advertiser portal: user {v.word()}-agency, first-time password {d.S(v.pw('human'), 'temporary-password')}

{a}, Ad Operations
"""
    kit.email(ctx, "mail/creative-upload.eml", kit.addr(ctx, a), "traffic@agency.example", "Creative upload for your campaign", body)

    d = kit.fdoc(ctx, "tickets/advertiser-portal")
    kit.ticket(ctx, d, "OOH-%d" % v.randint(100, 999), "Advertiser portal rejects login", c, [
        (c, "Agency trafficker can't log in; pasted her password so we can reproduce: %s" % d.S(v.pw('human'), 'end-user-password')),
        (a, "Her account was tied to the old agency domain. Fixed. Card %s on file unchanged." % d.N("**** **** **** " + v.dg(4), "masked")),
    ])
