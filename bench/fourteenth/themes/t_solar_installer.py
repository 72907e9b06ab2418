"""solar-installer: a residential/commercial solar and battery installer - inverter monitoring fleet,
drone roof surveys, city permit and utility interconnection portals, loan partner, battery commissioning,
CRM, van tablets."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def build(ctx):
    v = ctx.v
    ctx.org = v.choice(["Brightfield Solar", "Sunreach Energy", "Heliotrope Installers"])
    ctx.domain = v.choice(["brightfieldsolar.com", "sunreach-energy.net", "heliotrope.solar"])
    ctx.words = ["inverter", "kilowatt", "rooftop", "panel", "sunbeam", "photon", "microgrid", "battery",
                 "racking", "netmeter", "helios", "string"]
    ctx.set_people(9)
    ppl = ctx.people

    d = ctx.doc("monitoring/fleet.yaml")
    d.w("# inverter and battery monitoring", "sunledger:", "  api_key: %s" % d.P("slg_" + v.alnum(40),
                                                                                   "vendor-sunledger-key"),
        "  installer_id: %s" % d.N(v.digits(6), "installer-id"), "enlighten:",
        "  api_key: %s" % d.S(v.hex(32), "yaml-api-key"), "  user: monitoring@%s" % ctx.domain,
        "  password: %s" % d.S(ctx.pw(), "yaml-password"), "sites:")
    for _ in range(3):
        d.w("  - system_id: %s" % d.N(v.digits(7), "system-id"), "    gateway_serial: %s" % v.digits(12))

    d = ctx.doc("design/drone-survey.json")
    d.w("{", '  "platform": "SkyPlan",', '  "token": "%s",' % d.P("skp_" + v.b64url(48), "vendor-skyplan-token"),
        '  "aircraft": [{"model": "M3E", "serial": "%s"}],' % d.N(v.serial("1581F"), "serial-number"),
        '  "exportFormat": "dxf"', "}")

    d = ctx.doc("permits/permit_portal.py")
    d.w('"""Submit electrical permits to the city portal (no API, so we drive the form)."""', "import requests",
        "", 'LOGIN = {"username": "permits@%s", "password": "%s"}' % (ctx.domain, d.S(ctx.pw(), "python-password")),
        'LICENSE_NO = "%s"' % d.N("C-10 %s" % v.digits(6), "license-number"), "",
        "def login(s):", '    s.post("https://permits.example-city.gov/login", data=LOGIN)')

    d = ctx.doc("interconnection/utility.ini", crlf=True)
    d.w("[UtilityPortal]", "Url=https://interconnect.example-utility.com", "User=%s" % ctx.org.split()[0].lower(),
        "Password=%s" % d.S(ctx.pw(), "ini-password"), "", "[Defaults]", "Tariff=NEM3", "MeterType=bidirectional")

    d = ctx.doc("finance/lender.properties")
    d.w("lender.base=https://api.greenloan.example", "lender.client.id=%s" % d.N(v.uuid(), "uuid"),
        "lender.client.secret=%s" % d.P("glo_cs_" + v.alnum(40), "vendor-greenloan-secret"),
        "lender.webhook.secret=%s" % d.S(v.hex(48), "webhook-signing-secret"), "lender.dealer.fee=0.18")

    env_pair(ctx, "crm/.env.production", [
        ("HUBSPOT_ACCESS_TOKEN", "P", "hubspot-private-app", prov14.single(v, "hubspot-private-app")),
        ("GOOGLE_MAPS_API_KEY", "P", "google-api-key", "AIza" + v.b64url(35)),
        ("TWILIO_AUTH_TOKEN", "P", "twilio-auth-token", v.hex(32)),
        ("DATABASE_URL", "S", "db-url-password", "postgres://crm:%s@db.%s/crm" % (ctx.pw(), ctx.domain)),
        ("POSTHOG_KEY", "N", "public-posthog-project-key", prov14.public_value(v, "posthog-project-key")[1]),
    ])

    d = ctx.doc("battery/Commission-Gateway.ps1", crlf=True)
    d.w("param([string]$Site)", "# commission a battery gateway on the installer laptop",
        "$installerPw = '%s'" % d.S(ctx.pw(), "powershell-password"),
        "$wifiKey = Read-Host -Prompt 'Homeowner Wi-Fi key'",
        "Invoke-RestMethod -Uri \"http://192.168.91.1/api/login/Basic\" -Method Post -Body (@{username='installer';"
        " password=$installerPw} | ConvertTo-Json)")

    d = ctx.doc("warehouse/scanner.xml")
    d.w('<?xml version="1.0"?>', "<ScannerProfile>", "  <Wms url=\"https://wms.%s\"/>" % ctx.domain,
        "  <Credentials user=\"scanner\" password=\"%s\"/>" % d.S(ctx.pw(), "xml-password"),
        "  <Wifi ssid=\"WH-SCAN\" psk=\"%s\"/>" % d.N("${WH_SCAN_PSK}", "env-reference"), "</ScannerProfile>")

    d = ctx.doc("docs/installer-defaults.md")
    d.w("# Vendor default logins (public, from the install manuals)", "",
        "| device | default user | default password |", "|---|---|---|",
        "| gateway | installer | %s |" % d.N("installer", "well-known-default"),
        "| meter | admin | %s |" % d.N("admin", "well-known-default"),
        "| EV charger | service | %s |" % d.N("12345", "well-known-default"), "",
        "Change all of these at commissioning.")

    sql_std(ctx, "db/logins.sql", "mssql", ["crm_sync", "reporting_ro", "dispatch_app"])
    device_sheet(ctx, "it/van-tablets.csv", "csv", v.sample([
        ("van-01-tablet", "Galaxy Tab Active5"), ("van-02-tablet", "Galaxy Tab Active5"),
        ("van-03-tablet", "iPad 10"), ("office-fw", "FortiGate 40F"), ("plotter", "DesignJet T650"),
        ("warehouse-ap", "U6-Pro")], 5), subnet="10.33.0")

    def chat(d):
        return [
            (ppl[0], "sunledger installer login for the new crew? %s / %s" % ("crew3@" + ctx.domain, d.S(
                ctx.pw(), "chat-password"))),
            (ppl[1], "homeowner at the Maple St job gave their wifi: %s" % d.S(ctx.pw(), "wifi-psk")),
            (ppl[2], "utility portal password expired again, new: %s" % d.S(ctx.pw(), "chat-password")),
            (ppl[3], "gateway default is %s, change it on site!" % d.N("installer", "well-known-default")),
            (ppl[4], "skyplan token for the drone app %s" % d.P("skp_" + v.b64url(48), "vendor-skyplan-token")),
            (ppl[5], "lender secret rotated, it's in %s" % d.N("1Password > Finance", "secret-manager-note")),
        ]
    P.chat(ctx, "comms", v.choice(P.CHAT_FORMATS), chat, v.choice(["installers", "ops", "commissioning"]))

    def wiki(d):
        return [
            ("p", "Commissioning checklist for residential battery jobs."),
            ("li", ["Connect to the gateway AP (password on the label)",
                    "Log in as installer with the company password %s" % d.S(ctx.pw(), "wiki-password"),
                    "Add the system to SunLedger using installer ID (not secret)",
                    "Take photos of the meter and the main panel"]),
            ("h", "Permit uploads"),
            ("code", ["python permits/permit_portal.py --job 4411 --user permits@%s --password '%s'" % (
                ctx.domain, d.S(ctx.pw(), "wiki-password"))]),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Battery commissioning", wiki)

    def ticket(d):
        return [
            (ppl[7], "Homeowner can't see production in the app."),
            (ppl[2], "Re-invited them, temporary password %s." % d.S(ctx.pw(), "ticket-password")),
            (ppl[7], "Homeowner wrote back: their new password is %s, please don't change it again." % d.S(
                ctx.pw(), "ticket-password")),
        ]
    P.ticket(ctx, "support/tickets", v.choice(P.TICKET_FORMATS), "SOL-%d" % v.randint(1000, 9999),
             "Homeowner app access", ppl[7], ticket)

    def mail(d):
        return [
            "Hello installer partner,", "Your installer portal account is active.",
            "Login: %s   Temporary password: %s" % ("ops@" + ctx.domain, d.S(ctx.pw(), "email-password")),
            "Partner API key (production): %s" % d.P("slg_" + v.alnum(40), "vendor-sunledger-key"),
            "Sandbox key (safe to share): %s" % d.N("slg_test_00000000000000000000", "placeholder-prefixed"),
            "SunLedger Partner Team"]
    P.email(ctx, "mail/sunledger-partner.eml", "partners@sunledger.example", ctx.mail(ppl[0]),
            "Installer portal access", mail)

    def vm(d):
        return ["Hi, this is the homeowner on Birch Lane, about tomorrow's battery install.",
                "The wifi name is BirchHouse and the password is %s, all lower case," % d.S(
                    ctx.pw(2), "voicemail-password"),
                "the garage will be open."]
    P.voicemail(ctx, "mail/voicemail-homeowner.txt", "+1 555 01%02d" % v.randint(0, 99), ppl[3], vm)

    def nts(d):
        return [("Ops meeting",),
                "Crew tablets: MDM enrolment done.",
                "Utility portal shared login changed to %s after a crew lead left." % d.S(ctx.pw(),
                                                                                       "notes-password"),
                ("Actions",), "%s: per-user logins for the permit portal." % ppl[1].split()[0]]
    P.notes(ctx, "docs/meetings/ops-%d.md" % v.randint(1, 52), "Ops", ppl[:5], nts)
