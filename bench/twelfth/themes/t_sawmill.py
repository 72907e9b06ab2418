"""Sawmill: log scanners and optimisers, dry kilns, grading vision, dust collection, log buying."""
from themes import kit

ORGS = [("Tamarack Lumber Co.", "tamarack", "Prince George"), ("Silver Creek Sawmill", "silvercreek", "Roseburg"),
        ("Old Fork Hardwoods", "oldfork", "Elkins"), ("Norrland Timber", "norrland", "Sundsvall")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + "lumber.com"


def run(ctx):
    v, o = ctx.v, ctx.short
    scan_pw = v.pw("human")
    kiln_pw = v.an(10)
    grade_pw = v.urisafe(12)
    dust_pw = v.an(8)
    nkilns = v.randint(3, 5)

    d = ctx.doc("kilns/KilnMaster.ini", crlf=True)
    kl = "".join(f"Kiln{i + 1}Serial={d.N(v.serial('DK'), 'device-id')}\n" for i in range(nkilns))
    d.write(f"""[Database]
DSN=KilnMaster
UID=kiln_app
PWD={d.S(kiln_pw, 'kiln-db-password')}

[Cloud]
; moisture and schedule data to the kiln vendor's dashboard
Vendor=KilnSight
ApiToken={d.P('ksg_' + v.an(36), 'kilnsight-token')}

[Kilns]
{kl}""")

    d = ctx.doc("optimizer/log-scanners.yaml")
    d.write(f"""# 3D log scanning and bucking/edging optimisation
scanners:
  - line: merchandiser
    ip: 10.80.1.10
    serial: {d.N(v.serial('LS3D'), 'device-id')}
    web_password: "{d.S(scan_pw, 'log-scanner-password')}"
  - line: edger
    ip: 10.80.1.20
    serial: {d.N(v.serial('LS3D'), 'device-id')}
    web_password: "{d.S(scan_pw, 'log-scanner-password')}"
optimizer:
  licence: {d.N('OPT-XXXXXX-XXXXXX-' + v.updg(4), 'masked')}
  remote_support_key: {d.P('rsk_' + v.hx(32), 'optimizer-remote-support-key')}
""")

    d = ctx.doc("grading/vision-grader.toml")
    d.write(f"""# automatic lumber grading (camera + AI grade mark)
[cameras]
user = "grader"
password = "{d.S(grade_pw, 'grading-camera-password')}"

[model_updates]
url = "https://models.gradevision.ai/v2"
token = "{d.P('gv_' + v.an(40), 'gradevision-token')}"
""")

    d = ctx.doc("dust/baghouse-plc.json")
    d.write(f"""{{
  "collector": "baghouse 2",
  "plc": {{"ip": "10.80.5.3", "protocol": "EtherNet/IP", "webPassword": "{d.S(dust_pw, 'baghouse-plc-password')}"}},
  "sparkDetection": {{"serial": "{d.N(v.serial('SPK'), 'device-id')}"}}
}}
""")

    d = ctx.doc("log-buying/.env.production")
    d.write(f"""LOGBUY_DB={d.S('postgres://logbuy:%s@db.%s/logbuy' % (v.urisafe(), ctx.dom), 'database-url')}
TIMBERTRACK_KEY={d.P('ttk_' + v.an(32), 'timbertrack-api-key')}
SESSION_SECRET={d.S(v.hx(64), 'session-secret')}
MAPBOX_PUBLIC_TOKEN={d.N('pk.eyJ1Ijoi' + v.an(20) + '.' + v.b64url(16)[:22], 'publishable-key')}
""")
    d = ctx.doc("log-buying/.env.example")
    r, c = kit.example_ref(ctx, "TIMBERTRACK_KEY")
    d.write(f"""LOGBUY_DB={d.N(kit.dev_default_dsn(ctx), 'dev-default')}
TIMBERTRACK_KEY={d.N(r, c)}
SESSION_SECRET={d.N('changeme', 'placeholder')}
""")

    d = ctx.doc("scripts/scaling-import.pl")
    d.write(f"""#!/usr/bin/perl
# import third-party log scaling tickets from the scaling bureau's FTP
use strict;
use Net::FTP;
my $ftp = Net::FTP->new("ftp.scalingbureau.example") or die;
$ftp->login("{o}", '{d.S(v.pw(), 'ftp-password')}') or die $ftp->message;
$ftp->get("tickets-latest.csv", "/srv/scaling/in/tickets.csv");
my $db_pass = $ENV{{SCALING_DB_PASSWORD}};
""")

    d = ctx.doc("office/mill-devices.csv", free=True)
    d.write(kit.sheet([
        ["device", "area", "ip", "user", "password"],
        ["log scanner (merchandiser)", "log deck", "10.80.1.10", "admin", d.S(scan_pw, "log-scanner-password")],
        ["baghouse PLC", "dust", "10.80.5.3", "", d.S(dust_pw, "baghouse-plc-password")],
        ["kiln PC", "kilns", "10.80.4.2", "operator", d.N("stored in LAPS", "secret-reference")],
        ["planer mill camera", "planer", "10.80.6.9", "admin", d.N("12345", "well-known-default")],
    ]))

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/kiln-operator-notes")
    kit.wiki(ctx, d, "Kiln operator notes", [
        ("p", "Schedules are in KilnMaster; charges over 4/4 red oak need the slow schedule."),
        ("h", "KilnMaster won't start"),
        ("p", "The database login is kiln_app; if the ODBC test fails re-enter the password %s in the DSN." % d.S(kiln_pw, "kiln-db-password")),
        ("h", "Grading cameras"),
        ("li", ["Lens cleaning every shift", "Camera web login: grader / %s" % d.S(grade_pw, "grading-camera-password")]),
    ])

    d = kit.fdoc(ctx, "chat/millwrights")
    kit.chat(ctx, d, "millwrights", [
        (a, "merchandiser scanner dropped off the network after the power bump"),
        (b, "log in on the web page and re-apply the config, pw %s" % d.S(scan_pw, "log-scanner-password")),
        (c, "baghouse PLC asking for a password too"),
        (b, "that one is %s — yes it's short, the vendor won't let us change it" % d.S(dust_pw, "baghouse-plc-password")),
        (a, "all running"),
    ])

    def body(d):
        return f"""Hi {ctx.person()},

Thanks for signing up as a log supplier. You can see your load tickets, scale results and payments online:

  https://logs.{ctx.dom}
  supplier number: {v.randint(1000, 9999)}
  password for the first login: {d.S(v.pw('human'), 'temporary-password')}

We use your settlement statements link below for the monthly summary; keep it private:
https://logs.{ctx.dom}/statements/{d.S(v.hx(40), 'private-statement-token')}

{a}
Log procurement, {ctx.org}
"""
    kit.email(ctx, "mail/log-supplier-welcome.eml", kit.addr(ctx, a), "contractor@logging.example", "Your supplier portal", body)

    d = kit.fdoc(ctx, "tickets/supplier-portal")
    kit.ticket(ctx, d, "SAW-%d" % v.randint(100, 999), "Supplier sees someone else's load tickets", c, [
        (c, "A logging contractor says he sees another supplier's tickets. He sent his login so we can check: %s" % d.S(v.pw('human'), 'end-user-password')),
        (a, "Two suppliers shared one account. Split them; bank account %s updated." % d.N("****" + v.dg(4), "masked")),
    ])
