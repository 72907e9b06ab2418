"""Country grain elevator: bin monitoring, truck probes, aeration, grain accounting, rail loadout, grower portal."""
from themes import kit

ORGS = [("Prairie Gold Cooperative", "prairiegold", "Salina"), ("Three Rivers Grain", "threerivers", "Mankato"),
        ("Big Sky Elevator Co.", "bigskyelev", "Great Falls"), ("Red River Grain Terminal", "redrivergt", "Fargo")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + ".coop"


def run(ctx):
    v, o = ctx.v, ctx.short
    probe_pw = v.an(10)
    fan_pw = v.pw("human")
    acct_pw = v.pw()
    nbins = v.randint(4, 6)

    d = ctx.doc("bins/bin-monitoring.yaml")
    bins = "".join(f"""  - bin: {i + 1}
    capacity_bu: {v.randint(20, 90) * 1000}
    cable_hub_serial: {d.N(v.serial('BSH'), 'device-id')}
""" for i in range(nbins))
    d.write(f"""# temperature / moisture cables in every bin
cloud:
  vendor: BinSense
  api_token: {d.P('bns_' + v.an(36), 'binsense-token')}
bins:
{bins}""")

    d = ctx.doc("probe/TruckProbe.ini", crlf=True)
    d.write(f"""[Probe]
Model=Hydraulic truck probe, 2 booms
ControllerIP=10.90.1.8
ServicePassword={d.S(probe_pw, 'truck-probe-password')}

[Grading]
; protein / moisture analyser next to the probe
AnalyzerSerial={d.N(v.serial('NIR'), 'device-id')}
""")

    d = ctx.doc("aeration/fan-controllers.json")
    d.write(f"""{{
  "controllers": [
    {{"site": "north yard", "ip": "10.90.2.11", "adminPassword": "{d.S(fan_pw, 'aeration-controller-password')}"}},
    {{"site": "south yard", "ip": "10.90.2.12", "adminPassword": "{d.S(fan_pw, 'aeration-controller-password')}"}}
  ],
  "weather": {{"provider": "openweather", "key": "{d.N('${OWM_KEY}', 'env-reference')}"}}
}}
""")

    d = ctx.doc("accounting/GrainAcct.exe.config", crlf=True)
    d.write(f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Grain" connectionString="{d.S('Data Source=ACCT01;Initial Catalog=GrainAcct;User ID=grain;Password=%s' % acct_pw, 'sql-connection-string')}" />
  </connectionStrings>
  <appSettings>
    <add key="MarketFeed.Provider" value="DTN" />
    <add key="MarketFeed.ApiKey" value="{d.P(v.an(32), 'dtn-api-key')}" />
    <add key="Checks.PrinterName" value="MICR-01" />
  </appSettings>
</configuration>
""")

    d = ctx.doc("rail/loadout-plc.toml")
    d.write(f"""# shuttle-train loadout: 110 cars in 15 hours
[plc]
address = "10.90.5.2"
password = "{d.S(v.an(12), 'loadout-plc-password')}"

[railcar_tracking]
provider = "RailSight"
token = "{d.P('rsg_' + v.hx(40), 'railsight-token')}"
""")

    d = ctx.doc("grower-portal/.env.production")
    d.write(f"""DATABASE_URL={d.S('postgres://growers:%s@db.%s/growers' % (v.urisafe(), ctx.dom), 'database-url')}
HEDGE_BROKER_API_SECRET={d.P('hbs_' + v.an(40), 'hedge-broker-api-secret')}
SESSION_SECRET={d.S(v.hx(64), 'session-secret')}
""")
    d = ctx.doc("grower-portal/.env.example")
    d.write(f"""DATABASE_URL={d.N(kit.dev_default_dsn(ctx), 'dev-default')}
HEDGE_BROKER_API_SECRET={d.N('hbs_' + '0' * 40, 'placeholder')}
SESSION_SECRET={d.N('${{ secrets.SESSION_SECRET }}', 'ci-reference')}
""")

    d = ctx.doc("scripts/settlement-export.py")
    d.write(f"""import os
import pymssql

conn = pymssql.connect(server="ACCT01", user="grain", password="{d.S(acct_pw, 'sql-password')}", database="GrainAcct")
SFTP_PASSWORD = os.getenv("SETTLEMENT_SFTP_PASSWORD")
""")

    d = ctx.doc("office/elevator-devices.csv", free=True)
    d.write(kit.sheet([
        ["device", "where", "ip", "login", "password"],
        ["truck probe controller", "scale house", "10.90.1.8", "service", d.S(probe_pw, "truck-probe-password")],
        ["aeration controllers", "yards", "10.90.2.11-12", "admin", d.S(fan_pw, "aeration-controller-password")],
        ["dryer touchscreen", "dryer", "10.90.3.4", "operator", d.N("operator", "well-known-default")],
        ["office PCs", "office", "-", "local admin", d.N("LAPS", "secret-reference")],
    ]))

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/harvest-season")
    kit.wiki(ctx, d, "Harvest season checklist", [
        ("p", "From mid-September the scale house runs 6am-midnight."),
        ("h", "Probe"),
        ("p", "If the probe won't lower, reset from the controller web page (service / %s)." % d.S(probe_pw, "truck-probe-password")),
        ("h", "Aeration"),
        ("li", ["Fans on when outside air is 10F below grain temp",
                "controller login admin, password %s" % d.S(fan_pw, "aeration-controller-password")]),
    ])

    d = kit.fdoc(ctx, "chat/scale-house")
    kit.chat(ctx, d, "scale-house", [
        (a, "probe stuck halfway again, line of 9 trucks"),
        (b, "service login on the probe page, pw %s" % d.S(probe_pw, "truck-probe-password")),
        (c, "grain accounting won't open settlement screen"),
        (b, "DB password got changed by IT: %s" % d.S(acct_pw, "sql-password")),
        (a, "probe's back"),
    ])

    def body(d):
        return f"""Hello {ctx.person()},

Your grower portal account is ready. Scale tickets, contracts and settlement statements are all online now.

  https://growers.{ctx.dom}
  Patron number: {v.randint(10000, 99999)}
  First-time password: {d.S(v.pw('human'), 'temporary-password')}

{a}
Grain Department, {ctx.org}
"""
    kit.email(ctx, "mail/grower-portal-welcome.eml", kit.addr(ctx, a), "farm@grower.example", "Grower portal account", body)

    d = kit.fdoc(ctx, "tickets/grower-portal")
    kit.ticket(ctx, d, "GRN-%d" % v.randint(100, 999), "Grower sees no contracts in the portal", c, [
        (c, "Grower called; says login works but contracts are empty. He gave me his password to check: %s" % d.S(v.pw('human'), 'end-user-password')),
        (a, "Contracts were filed under his son's patron number. Merged. Bank account %s." % d.N("******" + v.dg(4), "masked")),
    ])
