"""Semiconductor fab: MES server, SECS/GEM equipment hosts, recipe management, FDC collector, yield ETL,
tool-vendor remote access sheet, cleanroom monitoring, AMHS, and the engineers' chatter."""

from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "fab-mes"
ORGS = [("Cascade Microdevices Fab 3", "cascade-fab", "cascademicro.com"),
        ("Helion Semiconductor", "helion", "helionsemi.com"),
        ("Redwood Wafer Foundry", "redwood-wafer", "redwoodwafer.com")]
TOOLS = [("ETCH", "LamResearch"), ("LITHO", "ASML"), ("CVD", "AppliedMaterials"), ("IMPL", "Axcelis"),
         ("CMP", "Ebara"), ("METRO", "KLA"), ("WET", "Screen")]


def build(T):
    T.setup(*T.pick(ORGS))
    T.services = ["mes-core", "eap-host", "recipe-mgmt", "fdc-collector", "yield-etl"]
    T.hosts = ["mes-app01", "eap01", "rms01", "fdc01", "ydb01", "edr01"]
    T.words = ["Wafer", "Reticle", "Stepper", "Etcher", "Cleanroom", "Dopant", "Anneal", "Photomask"]
    v = T.v
    tools = T.sample(TOOLS, T.r.randrange(4, 7))
    vendor_pw = {t[0]: v.pw() for t in tools[:2]}

    d = T.doc("mes/mes-server.xml", crlf=True)
    d.put("""<?xml version="1.0" encoding="UTF-8"?>
<MesServer site="{s}">
  <DataSource name="MESDB" url="jdbc:oracle:thin:@//mesdb-scan.{dom}:1521/MESPRD" user="MES_APP" password="{db}"/>
  <Directory url="ldaps://ldap.{dom}:636" bindDn="uid=mes-svc,ou=apps,dc=fab" bindPassword="{lb}"/>
  <MessageBus daemon="tcp:7500" service="7522" network=";239.1.1.1" user="mesbus" password="{mb}"/>
  <Reports smtp="smtp.{dom}" from="mes@{dom}"/>
</MesServer>
""".format(s=T.slug, dom=T.domain, db=d.S(v.pw(), "password-xml-attribute"), lb=d.S(v.pw(), "ldap-bind-password"),
           mb=d.S(v.pw_alnum(18), "message-bus-password")))

    d = T.doc("eap/equipment-hosts.yaml")
    body = ""
    for i, (kind, vendor) in enumerate(tools):
        tid = "%s%02d" % (kind, i + 1)
        body += "  - tool_id: %s\n    vendor: %s\n    hsms: {ip: 10.12.%d.%d, port: 5000, device_id: %d, mode: passive}\n" % (
            tid, vendor, 4 + i, 20 + i, i + 1)
        if kind in vendor_pw:
            body += "    vendor_support:\n      user: fse\n      password: \"%s\"\n" % d.S(vendor_pw[kind], "tool-vendor-password")
    d.put("# SECS/GEM HSMS connections, one EAP instance per tool\nrecipe_ftp:\n  host: rms01\n  user: eap\n  password: \"%s\"\ntools:\n%s" % (
        d.S(v.pw(), "password-yaml"), body))

    d = T.doc("recipe/rms.properties")
    aws = T.pair(d, "aws")
    d.put("""# recipe management system
rms.db.url=jdbc:postgresql://rms01:5432/rms?user=rms&password={db}
rms.archive.bucket={s}-recipe-archive
rms.archive.aws.access-key-id={a0}
rms.archive.aws.secret-access-key={a1}
rms.recipe.signing-secret={hs}
rms.approval.required=true
""".format(db=d.S(v.pw_uri(), "jdbc-password"), s=T.slug, a0=aws[0][1], a1=aws[1][1], hs=d.S(v.b64(32), "hmac-signing-secret")))

    d = T.doc("fdc/collector.toml")
    d.put("""# fault detection & classification collector
[store]
url = "postgresql://fdc_writer:{pw}@fdc01:5432/fdc"

[opcua]
endpoint = "opc.tcp://fdc01:4840"
user = "fdc"
password = "{op}"
security_policy = "Basic256Sha256"
""".format(pw=d.S(v.pw_uri(), "db-uri"), op=d.S(v.pw(), "opcua-password")))

    d = T.doc("yield/etl_job.py")
    d.put('''"""Nightly yield ETL: wafer sort + inline metrology -> warehouse."""
import os

import snowflake.connector

conn = snowflake.connector.connect(
    account="{acct}",
    user="YIELD_ETL",
    password="{pw}",
    warehouse="YIELD_WH",
    database="FAB",
)
MES_TOKEN = {ref}
'''.format(acct="%s-%s" % (v.alnum_lower(7), v.alnum_lower(7)), pw=d.S(v.pw(), "password-python"),
           ref=d.N('os.getenv("MES_API_TOKEN")', "env-reference")))
    d = T.doc("yield/.env.example")
    d.put("SNOWFLAKE_ACCOUNT=\nSNOWFLAKE_PASSWORD=%s\nMES_API_TOKEN=%s\n" % (d.N("<ask data-eng>", "placeholder"), d.N("${MES_API_TOKEN}", "env-reference")))

    d = T.doc("tools/vendor-remote-access.csv", prose=True)
    rows = [["tool", "vendor", "access", "account", "password", "expires"]]
    for kind, vendor in tools[:4]:
        tid = kind + "01"
        if kind in vendor_pw:
            cell = d.S(vendor_pw[kind], "tool-vendor-password-sheet")
        elif kind == tools[2][0]:
            cell = d.S(v.pw_human(T.words), "tool-vendor-password-sheet")
        else:
            cell = d.N("via vendor portal (MFA)", "secret-reference")
        rows.append([tid, vendor, "jump host edr01", "fse-%s" % vendor.lower()[:6], cell, T.date()])
    d.put(sheet(rows))

    d = T.doc("cleanroom/fms.ini", crlf=True)
    d.put("""[FMS]
Site={s}
ParticleCounters=48
[Historian]
Dsn=FMSHIST
User=fms
Password={pw}
[Snmp]
Community={pub}
""".format(s=T.slug, pw=d.S(v.pw_human(T.words), "password-ini"), pub=d.N("public", "well-known-default")))

    d = T.doc("automation/amhs-mcs.json")
    d.put("""{{
  "mcs": "https://amhs-mcs.{dom}/api",
  "api_key": "{k}",
  "vehicles": {n},
  "stockers": ["STK01", "STK02", "STK03"]
}}
""".format(dom=T.domain, k=d.S(v.hex(48), "api-key-json"), n=T.r.randrange(80, 240)))

    fmt = T.pick(WIKIS)
    d = T.doc("eng/wiki/eap-deployment%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "Deploying a new EAP", [
        ("p", "Every tool gets its own EAP instance on eap01. The HSMS device ID comes from the tool's GEM manual."),
        ("h", "Steps"),
        ("code", ["ssh eap01", "sudo -u eap ./new-eap.sh TOOL_ID", "# recipe FTP login is eap / see equipment-hosts.yaml"]),
        ("h", "Vendor VPN"),
        ("p", "Vendors use the fab VPN group FSE; shared fallback account fse-fallback / %s (rotate after each PM)." % d.S(
            v.pw(), "password-wiki"))]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    k0 = tools[0][0]
    d = T.doc("eng/chat/yield-eng%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "yield-eng", [
        (3, "%s01 lost HSMS connection after the PM" % k0),
        (2, "vendor FSE is on site, they need the support login"),
        (1, "it's fse / %s, same as in the EAP config" % d.S(vendor_pw[k0], "tool-vendor-password-chat")),
        (3, "ok connected. SVID list looks right")]))

    d = T.doc("eng/mail/fse-visit.eml", prose=True)
    d.put(email("Field Service <field.service@%s-support.com>" % tools[1][1].lower(), "%s <%s>" % (T.people[2], T.email(2)),
                "Planned maintenance %s01 -- remote session" % tools[1][0], "Thu, %d Apr 2025 07:55:10 +0900" % T.r.randrange(1, 28),
                """Dear {n},

for the remote part of the PM our specialist will connect through the tool PC.
Local service account on the tool PC: svcpm / {pw}
File transfer of the log bundle: sftp.{vd}-support.com, user {s}, password {fp}

Best regards,
Field Service
""".format(n=T.first(2), pw=d.S(v.pw(), "password-email"), vd=tools[1][1].lower(), s=T.slug,
           fp=d.S(v.pw(), "password-email"))))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(5)
    d = T.doc("eng/tickets/FAB-%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "FAB-%s" % n, "Operator cannot track lots out at %s" % tools[-1][0],
                 "Operator %s gets 'invalid credentials' in MES. Current password per operator: %s" % (
                     T.user(5), d.S(v.pw_human(T.words), "password-ticket")),
                 [(1, "Account was expired. Re-enabled and forced a change."),
                  (2, "Root cause: password policy job ran early.")]))
