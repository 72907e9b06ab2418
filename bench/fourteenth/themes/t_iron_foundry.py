"""iron-foundry: a grey/ductile iron jobbing foundry - induction melt shop, spectrometer lab, moulding line,
X-ray/NDT, pattern-shop CNC, ERP connector, customer PPAP portal, utility demand response."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def build(ctx):
    v = ctx.v
    ctx.org = v.choice(["Redhill Castings", "Brannock Iron Works", "Ostrava Ductile"])
    ctx.domain = v.choice(["redhillcastings.com", "brannock-iron.co.uk", "ostrava-ductile.eu"])
    ctx.words = ["ladle", "cupola", "sprue", "riser", "core", "pattern", "ductile", "slag", "inoculant",
                 "greensand", "furnace", "pour"]
    ctx.set_people(9)
    ppl = ctx.people

    for i, f in enumerate(v.sample(["furnace-a", "furnace-b", "holder"], 2)):
        d = ctx.doc("melt/%s.ini" % f, crlf=True)
        d.w("[HMI]", "Name=%s" % f, "VNCPassword=%s" % d.S(v.alnum(8), "vnc-password"), "",
            "[Historian]", "DSN=MeltHistorian",
            "ConnectionString=%s" % (d.S("Driver={ODBC Driver 18 for SQL Server};Server=hist01;Database=Melt;"
                                         "Uid=melt_writer;Pwd=%s;" % ctx.pw(), "odbc-connection-password")
                                     if i == 0 else d.N("Server=hist01;Database=Melt;Trusted_Connection=yes;",
                                                        "integrated-auth-connection")),
            "", "[Power]", "MaxKW=%d" % v.choice([2500, 4000, 6000]))

    d = ctx.doc("lab/spectrometer.xml", crlf=True)
    d.w('<?xml version="1.0" encoding="utf-8"?>', "<SpectroExport>",
        "  <Share path=\"\\\\qa-nas\\spectro\" user=\"spectro\" password=\"%s\"/>" % d.S(ctx.pw(), "xml-password"),
        "  <Instrument serial=\"%s\" type=\"OES\"/>" % d.N(v.serial("OES"), "serial-number"),
        "  <Grades>GJS-400-15;GJS-500-7;GJL-250</Grades>", "</SpectroExport>")

    d = ctx.doc("molding/line.yaml")
    d.w("opcua:", "  endpoint: opc.tcp://10.70.2.10:4840", "  security_policy: Basic256Sha256",
        "  username: mes", "  password: \"%s\"" % d.S(ctx.pw(), "yaml-password"),
        "mqtt:", "  url: %s" % d.S("mqtt://line:%s@10.70.2.20:1883" % ctx.pw(), "url-password"),
        "  topic: foundry/molding/#", "cycle_time_target_s: 28")

    d = ctx.doc("ndt/xray-station.json")
    d.w("{", '  "archive": {', '    "ftp": "ftp://ndt-archive.%s",' % ctx.domain,
        '    "user": "xray",', '    "password": "%s"' % d.S(ctx.pw(), "json-password"), "  },",
        '  "vendorSupport": {', '    "remoteKey": "%s"' % d.P("rsk_" + v.upper(24), "vendor-xray-remote-key"),
        "  },", '  "detectorSerial": "%s"' % d.N(v.serial("DX"), "serial-number"), "}")

    d = ctx.doc("pattern/dnc.toml")
    d.w("[dnc]", 'server = "10.70.5.2"', 'share = "programs"', 'user = "cnc"',
        'password = "%s"' % d.S(ctx.pw(), "toml-password"), "", "[machines]", 'mill1 = "Haas VF-4"',
        'mill2 = "DMG DMU 65"')

    d = ctx.doc("erp/ErpConnector.cs", crlf=True)
    d.w("namespace Foundry.Erp", "{", "    public static class Db", "    {",
        "        public const string Conn = \"%s\";" % d.S(
            "Server=erp01;Database=Foundry;User Id=erp_app;Password=%s;TrustServerCertificate=True" % ctx.pw(),
            "csharp-connection-password"),
        "        public const string ReportConn = \"Server=erp01;Database=Foundry;Integrated Security=SSPI\";",
        "    }", "}")

    env_pair(ctx, "portal/.env.production", [
        ("DJANGO_SECRET_KEY", "S", "django-secret-key", v.s(prov14.ALNUM + "!@#%^&*(-_=+)", 50)),
        ("DATABASE_URL", "S", "db-url-password", "postgres://ppap:%s@db.%s/ppap" % (ctx.pw(), ctx.domain)),
        ("AZURE_STORAGE_CONNECTION_STRING", "P", "azure-storage-connection-string",
         "DefaultEndpointsProtocol=https;AccountName=%sppap;AccountKey=%s;EndpointSuffix=core.windows.net" % (
             ctx.theme.split("-")[0], v.b64bytes(64))),
        ("MAILGUN_API_KEY", "P", "mailgun-key", prov14.single(v, "mailgun-key")),
    ])

    d = ctx.doc("energy/demand_response.py")
    d.w('"""Curtail the melt shop when the utility calls a demand-response event."""', "import os", "",
        'DR_API = "https://dr.example-utility.com/v1/events"',
        'DR_KEY = os.getenv("DR_KEY", "%s")' % d.P("dr_live_" + v.hex(32), "vendor-utility-dr-key"),
        'CURTAIL_KW = 1800')

    sql_std(ctx, "db/logins.sql", "mssql", ["melt_writer", "mes_ro", "erp_app", "quality_ro"])
    device_sheet(ctx, "it/plant-network.csv", "csv", v.sample([
        ("plc-molding", "S7-1500"), ("hmi-furnace-a", "TP1500"), ("sw-core", "IE-4000"), ("fw-ot", "ISA-3000"),
        ("cam-pour", "P3265-LVE"), ("nas-qa", "DS1821+"), ("wifi-yard", "AP-575")], 5), crlf=True,
        subnet="10.70.0")

    def chat(d):
        return [
            (ppl[0], "furnace A HMI VNC locked us out again"),
            (ppl[1], "vnc pw %s, don't change it, vendor uses it" % d.S(v.alnum(8), "chat-password")),
            (ppl[2], "spectro share password is %s" % d.S(ctx.pw(), "chat-password")),
            (ppl[3], "yard wifi for the forklift terminals: %s" % d.S(ctx.pw(), "wifi-psk")),
            (ppl[4], "DR key for the utility: %s" % d.P("dr_live_" + v.hex(32), "vendor-utility-dr-key")),
            (ppl[1], "pls put it in %s" % d.N("vault:kv/plant/dr", "vault-reference")),
        ]
    P.chat(ctx, "comms", v.choice(P.CHAT_FORMATS), chat, v.choice(["melt-shop", "plant-it", "maintenance"]))

    def wiki(d):
        return [
            ("p", "Melt shop IT: what to do when the historian stops recording."),
            ("code", ["sqlcmd -S hist01 -U melt_writer -P '%s' -Q \"select top 5 * from Heats\"" % d.S(
                ctx.pw(), "wiki-password")]),
            ("table", ["System", "User", "Password"], [
                ["Molding OPC UA", "mes", "see line.yaml"],
                ["X-ray archive", "xray", d.S(ctx.pw(), "wiki-password")],
                ["Pattern DNC", "cnc", d.S(ctx.pw(), "wiki-password")]]),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Melt shop IT", wiki, crlf=v.random() < 0.3)

    def ticket(d):
        return [
            (ppl[7], "Customer quality engineer can't upload PPAP docs."),
            (ppl[2], "Account unlocked, temporary password %s." % d.S(ctx.pw(), "ticket-password")),
        ]
    P.ticket(ctx, "support/tickets", v.choice(P.TICKET_FORMATS), "QA-%d" % v.randint(100, 999),
             "PPAP portal upload", ppl[7], ticket)

    def mail(d):
        return [
            "Hello,", "For Thursday's remote session on the induction furnace controller please use",
            "Session code: %s" % d.N(v.digits(9), "session-id"),
            "and the service login service / %s which we set during commissioning." % d.S(ctx.pw(),
                                                                                           "email-password"),
            "Best regards, Furnace Service"]
    P.email(ctx, "mail/furnace-remote-session.eml", "service@inductionvendor.example", ctx.mail(ppl[0]),
            "Remote session", mail)

    def vm(d):
        return ["Night shift here, the pouring camera NVR wants a password after the power cut,",
                "the sticker on it says %s but that's probably the old one." % d.S(ctx.pw(), "voicemail-password"),
                "Call the melt office."]
    P.voicemail(ctx, "mail/voicemail-nightshift.txt", "ext %d" % v.randint(200, 299), ppl[1], vm)

    def nts(d):
        return [("Plant IT review",),
                "OT firewall rules reviewed.",
                "Shared DNC password rotated to %s after the audit." % d.S(ctx.pw(), "notes-password"),
                ("Actions",), "%s: split OT and office Wi-Fi." % ppl[3].split()[0]]
    P.notes(ctx, "docs/meetings/plant-it-q%d.md" % v.randint(1, 4), "Plant IT", ppl[:5], nts)
