"""Casino floor (card room and slots): slot management, TITO cage, player tracking, surveillance, shufflers."""
from themes import kit

ORGS = [("Silver Mesa Casino", "silvermesa", "Laughlin"), ("Riverboat Queen Gaming", "rbqueen", "Bettendorf"),
        ("Cedar Ridge Card Room", "cedarridge", "Tacoma"), ("Lucky Pines Casino", "luckypines", "Black Hawk")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + "casino.com"


def run(ctx):
    v, o = ctx.v, ctx.short
    sas_pw = v.an(12)
    vms_pw = v.pw("human")
    shuffler_pw = v.an(10)
    kiosk_pw = v.an(8)
    ncams = v.randint(2, 4)

    d = ctx.doc("sms/SlotHost.ini", crlf=True)
    d.write(f"""[Database]
Server=SMS01\\SLOTS
Password={d.S(v.pw(), 'slot-db-password')}

[SAS]
; SAS host-to-machine link, polling every 200 ms
HostPassword={d.S(sas_pw, 'sas-host-password')}
AssetRange=1000-1480

[Progressive]
ControllerSerial={d.N(v.serial('PRG'), 'device-id')}
""")

    d = ctx.doc("cage/TitoRedemption.config", crlf=True)
    d.write(f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Validation.HmacKey" value="{d.S(v.HX(32), 'tito-validation-key')}" />
    <add key="Kiosk.ExitPassword" value="{d.S(kiosk_pw, 'kiosk-exit-password')}" />
    <add key="Printer.Model" value="FutureLogic GEN5" />
  </appSettings>
</configuration>
""")

    d = ctx.doc("surveillance/vms.yaml")
    cams = "".join(f"""  - name: {name}
    stream: rtsp://surv:{d.S(vms_pw, 'rtsp-password')}@10.20.4.{30 + i}/profile1
""" for i, name in enumerate(["cage-window", "count-room", "pit-2", "slot-bank-C"][:ncams]))
    d.write(f"""# surveillance VMS: retention 7 days (regulation), cage/count room 30 days
retention_days: 7
cameras:
{cams}""")

    d = ctx.doc("tables/shuffler-fleet.json")
    d.write(f"""{{
  "model": "card shuffler (6-deck continuous)",
  "tables": ["BJ-1", "BJ-2", "UTH-1"],
  "technicianMenu": {{"password": "{d.S(shuffler_pw, 'shuffler-tech-password')}"}},
  "serials": [
    "{d.N(v.serial('SHF'), 'device-id')}",
    "{d.N(v.serial('SHF'), 'device-id')}"
  ]
}}
""")

    d = ctx.doc("loyalty/.env.production")
    d.write(f"""DATABASE_URL={d.S('postgres://loyalty:%s@db.%s/loyalty' % (v.urisafe(), ctx.dom), 'database-url')}
COMPLINK_API_KEY={d.P('clk_live_' + v.an(32), 'complink-api-key')}
SESSION_SECRET={d.S(v.hx(64), 'session-secret')}
GA_MEASUREMENT_ID={d.N('G-' + v.updg(10), 'analytics-id')}
""")
    d = ctx.doc("loyalty/.env.example")
    r, c = kit.example_ref(ctx, "COMPLINK_API_KEY")
    d.write(f"""DATABASE_URL={d.N(kit.dev_default_dsn(ctx), 'dev-default')}
COMPLINK_API_KEY={d.N(r, c)}
SESSION_SECRET=
""")

    d = ctx.doc("compliance/exclusion-list-sync.sh")
    d.write(f"""#!/bin/bash
# pull the state self-exclusion list every night (regulator SFTP)
sshpass -p '{d.S(v.pw(), 'sshpass-password')}' sftp -oBatchMode=no {o}@sftp.gaming-commission.example:/exclusions/latest.csv /srv/exclusions/
psql "$LOYALTY_DB_URL" -c "\\copy exclusions from '/srv/exclusions/latest.csv' csv header"
""")

    d = ctx.doc("slot-floor/slot-tech-sheet.csv", free=True)
    d.write(kit.sheet([
        ["system", "location", "user", "password", "notes"],
        ["SAS host", "SMS01", "host", d.S(sas_pw, "sas-host-password"), "don't change during business hours"],
        ["shufflers", "pit", "tech", d.S(shuffler_pw, "shuffler-tech-password"), ""],
        ["bill validator tool", "slot shop", "admin", d.N("admin", "well-known-default"), "vendor default"],
        ["SMS console", "slot shop", "domain", d.N("CyberArk: SLOTS/SMS console", "secret-reference"), ""],
    ]))

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/surveillance-room")
    kit.wiki(ctx, d, "Surveillance room: systems", [
        ("p", "Only surveillance staff; the gaming agent may ask for exports."),
        ("h", "Exports"),
        ("p", "If the VMS client can't connect, the stream account is surv / %s." % d.S(vms_pw, "rtsp-password")),
        ("h", "Cage kiosk"),
        ("li", ["Ticket redemption kiosk exit: %s" % d.S(kiosk_pw, "kiosk-exit-password"), "Log every exit in the kiosk book"]),
    ])

    d = kit.fdoc(ctx, "chat/slot-techs")
    kit.chat(ctx, d, "slot-techs", [
        (a, "bank C machines went offline on the SMS"),
        (b, "SAS host password was reset in the upgrade, it's %s now" % d.S(sas_pw, "sas-host-password")),
        (c, "BJ-2 shuffler wants the tech password"),
        (b, "%s, same for all three" % d.S(shuffler_pw, "shuffler-tech-password")),
        (a, "bank C is polling again"),
    ])

    def body(d):
        return f"""Dear {ctx.person()},

As requested for the annual audit, a read-only account on our compliance portal:

  https://compliance.{ctx.dom}
  user: agent-{v.lodg(4)}
  temporary password: {d.S(v.pw('human'), 'temporary-password')}

The surveillance export you asked for is at this link (valid 72 hours):
https://compliance.{ctx.dom}/x/{d.S(v.b64url(24), 'private-share-link')}

{a}, Compliance Officer
"""
    kit.email(ctx, "mail/gaming-agent-access.eml", kit.addr(ctx, a), "agent@gaming-commission.example", "Audit access", body)

    d = kit.fdoc(ctx, "tickets/player-app")
    kit.ticket(ctx, d, "CAS-%d" % v.randint(100, 999), "Player can't see comp points in the app", c, [
        (c, "Guest at the players club desk; he told me his app password: %s" % d.S(v.pw('human'), 'end-user-password')),
        (a, "Card was reissued and the app still points at the old card %s. Relinked." % d.N("****" + v.dg(4), "masked")),
    ])
