"""fish-farm: a salmon aquaculture company - sea sites with feed barges, pen cameras, oxygen sensors,
sea-lice reporting, a recirculating smolt unit, wellboats, harvest sales portal, site connectivity."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def build(ctx):
    v = ctx.v
    ctx.org = v.choice(["Nordvik Seafarms", "Loch Arden Salmon", "Kelpie Aquaculture"])
    ctx.domain = v.choice(["nordvikseafarms.no", "locharden-salmon.co.uk", "kelpieaqua.com"])
    ctx.words = ["smolt", "wellboat", "fjord", "netpen", "feedbarge", "salmon", "skerry", "tide", "kelp",
                 "harvest", "trout", "cage"]
    ctx.set_people(9)
    ppl = ctx.people
    sites = v.sample(["Storholmen", "Eilean Mor", "Raudberget", "Skarvik", "Camas Bay", "Vesterfjord"], 3)

    # ---- feed barges (CRLF ini) per site
    for i, s in enumerate(sites):
        d = ctx.doc("sites/%s/feed-barge.ini" % s.lower().replace(" ", "-"), crlf=True)
        d.w("[Barge]", "Site=%s" % s, "Controller=FeedMaster 7", "Serial=%s" % d.N(v.serial("FM7-"), "serial-number"),
            "", "[RemoteAccess]", "VNCPassword=%s" % d.S(v.alnum(8), "vnc-password"),
            "", "[Modem]", "APN=%s" % v.choice(["iot.telenor", "m2m.vodafone", "fleet.starlink"]),
            "APNUser=barge", "APNPassword=%s" % (d.S(ctx.pw(), "ini-password") if i == 0 else
                                                d.N("%(APN_PASSWORD)s", "template-expression")),
            "", "[Silos]", "Count=%d" % v.randint(4, 8), "PelletSize=9mm")

    # ---- pen cameras
    d = ctx.doc("sites/pen-cameras.yaml")
    d.w("# underwater and surface cameras (biomass estimation)", "cameras:")
    for s in sites[:2]:
        for pen in v.sample(range(1, 12), 2):
            d.w("  - site: %s" % s, "    pen: %d" % pen)
            if v.random() < 0.5:
                d.w("    rtsp: %s" % d.S("rtsp://viewer:%s@10.%d.%d.20:554/stream1" % (
                    ctx.pw(), v.randint(30, 60), pen), "rtsp-url-password"))
            else:
                d.w("    rtsp: rtsp://10.%d.%d.20:554/stream1" % (v.randint(30, 60), pen),
                    "    mac: %s" % d.N(v.mac(), "mac-address"))

    # ---- oxygen sensors
    d = ctx.doc("monitoring/aquasense.json")
    d.w("{", '  "cloud": "https://api.aquasense.example/v2",',
        '  "token": "%s",' % d.P("aqs_" + v.b64url(40), "vendor-aquasense-token"),
        '  "sensors": [')
    for i in range(3):
        d.w('    {"id": "%s", "type": "%s", "depth_m": %d}%s' % (d.N(v.serial("OX-"), "serial-number"),
                                                                 v.choice(["O2", "temp", "salinity"]),
                                                                 v.choice([3, 5, 10]), "," if i < 2 else ""))
    d.w("  ],", '  "alarmSms": "+47%s"' % v.digits(8), "}")

    # ---- sea lice reporting
    d = ctx.doc("reporting/lice_report.py")
    d.w('"""Weekly sea-lice counts to the regulator portal."""', "import requests", "",
        'PORTAL = "https://lusedata.example.gov/api/report"', "",
        "def submit(rows):", "    s = requests.Session()",
        '    org = "%s"' % d.N(v.digits(9), "org-number"),
        '    s.post(PORTAL + "/login", data={"org": org, "password": "%s"})' % d.S(ctx.pw(), "python-password"),
        '    return s.post(PORTAL, json=rows).status_code')

    # ---- RAS smolt unit PLC gateway
    d = ctx.doc("ras/plc-gateway.toml")
    d.w("[modbus]", 'host = "10.60.1.5"', "port = 502", "", "[gateway]",
        'admin_password = "%s"' % d.S(ctx.pw(), "toml-password"),
        'mqtt_url = "%s"' % d.S("mqtts://ras:%s@mqtt.%s:8883" % (ctx.pw(), ctx.domain), "url-password"),
        "", "[alarms]", "oxygen_low_mgl = 7.5", "co2_high_mgl = 15")

    # ---- wellboat scheduling (XML)
    d = ctx.doc("vessels/wellboat-booking.xml")
    d.w('<?xml version="1.0"?>', "<Booking>", "  <Operator>Havbris Wellboats</Operator>",
        "  <ApiKey>%s</ApiKey>" % d.P("hwb_" + v.hex(36), "vendor-wellboat-key"),
        "  <Vessel imo=\"%s\" name=\"%s\"/>" % (d.N("IMO%s" % v.digits(7), "imo-number"),
                                               v.choice(["Ronja Viking", "Aqua Tern", "Havbris III"])),
        "</Booking>")

    # ---- site connectivity
    d = ctx.doc("network/site-router.conf")
    d.w("# site router (4G/Starlink failover) - %s" % sites[0], "system hostname rtr-%s" % sites[0].lower()[:6],
        "user admin password %s" % d.S(ctx.pw(), "router-password"),
        "crypto ipsec peer 185.40.%d.%d psk %s" % (v.randint(0, 255), v.randint(1, 254), d.S(v.alnum(24),
                                                                                              "ipsec-psk")),
        "snmp community %s ro" % d.N("public", "well-known-default"), "ntp server 0.pool.ntp.org")

    # ---- harvest sales portal
    env_pair(ctx, "sales-portal/.env.production", [
        ("DJANGO_SECRET_KEY", "S", "django-secret-key", v.s(prov14.ALNUM + "!@#%^&*(-_=+)", 50)),
        ("DATABASE_URL", "S", "db-url-password", "postgres://sales:%s@db.%s/sales" % (ctx.pw(), ctx.domain)),
        ("GOOGLE_MAPS_SERVER_KEY", "P", "google-api-key", "AIza" + v.b64url(35)),
        ("AUTH0_CLIENT_SECRET", "P", "auth0-client-secret", prov14.single(v, "auth0-client-secret")),
        ("AUTH0_CLIENT_ID", "N", "oauth-client-id", v.alnum(32)),
        ("SENDGRID_API_KEY", "P", "sendgrid-key", prov14.single(v, "sendgrid-key")),
    ])
    sql_std(ctx, "db/roles.sql", "postgres", ["sales_app", "biomass_ro", "lice_report", "grafana"])

    device_sheet(ctx, "network/site-devices.tsv", "tsv", v.sample([
        ("barge-pc", "IPC-610"), ("starlink", "Gen3"), ("4g-router", "RUT955"), ("nvr", "DS-7616NI"),
        ("ptz-cam", "DS-2DE4A425"), ("radio-link", "airFiber 60"), ("ups", "SMT1500")], 5), subnet="10.40.0")

    # ---- free text
    def chat(d):
        return [
            (ppl[0], "%s barge pc won't take VNC since the storm" % sites[0]),
            (ppl[1], "vnc pw is %s, make sure they didn't reset it" % d.S(v.alnum(8), "chat-password")),
            (ppl[2], "Starlink on %s: admin pw %s" % (sites[1], d.S(ctx.pw(), "chat-password"))),
            (ppl[3], "crew wifi on the barge is %s" % d.S(ctx.pw(), "wifi-psk")),
            (ppl[4], "aquasense token leaked in a screenshot, new one %s" % d.P("aqs_" + v.b64url(40),
                                                                                  "vendor-aquasense-token")),
            (ppl[1], "old one revoked, it shows as %s now" % d.N("aqs_" + "*" * 36 + v.alnum(4), "masked")),
            (ppl[5], "lice portal password is in %s" % d.N("Bitwarden > Regulatory", "secret-manager-note")),
        ]
    P.chat(ctx, "comms", v.choice(P.CHAT_FORMATS), chat, v.choice(["site-managers", "farm-it", "ops"]))

    def wiki(d):
        return [
            ("p", "Connectivity and systems at the sea sites. Print this page for the barge folder."),
            ("table", ["Site", "Barge Wi-Fi", "Router admin"],
             [[s, d.S(ctx.pw(), "wifi-psk") if j != 1 else "same as last season", "see Bitwarden"]
              for j, s in enumerate(sites)]),
            ("h", "Camera viewer"),
            ("code", ["ffplay rtsp://viewer:%s@10.%d.1.20:554/stream1" % (d.S(ctx.pw(), "wiki-password"),
                                                                        v.randint(30, 60))]),
            ("p", "FeedMaster support can dial in via TeamViewer ID %s (ID only, no password here)." % d.N(
                v.digits(10), "teamviewer-id")),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Sea site systems", wiki)

    def ticket(d):
        return [
            (ppl[6], "Harvest buyer can't log into the sales portal."),
            (ppl[2], "Reset; temporary password %s sent by SMS." % d.S(ctx.pw(), "ticket-password")),
        ]
    P.ticket(ctx, "support/tickets", v.choice(P.TICKET_FORMATS), "FARM-%d" % v.randint(100, 999),
             "Buyer portal access", ppl[6], ticket)

    def mail(d):
        return [
            "Hi,", "Following today's service visit at %s: the new FeedMaster service account is" % sites[2],
            "user: service   password: %s" % d.S(ctx.pw(), "email-password"),
            "Remote-support portal key for your company: %s" % d.P("fmk_" + v.alnum(32), "vendor-feedmaster-key"),
            "Kind regards, FeedMaster Field Service"]
    P.email(ctx, "mail/feedmaster-service.eml", "service@feedmaster.example", ctx.mail(ppl[0]),
            "Service visit report", mail)

    def vm(d):
        return ["Hello, skipper on the wellboat here, we're alongside at %s." % sites[1],
                "Your barge hotspot is asking for a password, the one on the sticker is %s," % d.S(
                    ctx.pw(), "voicemail-password"),
                "but it doesn't work. Call the bridge please."]
    P.voicemail(ctx, "mail/voicemail-wellboat.txt", "+47 9%s" % v.digits(7), ppl[1], vm)

    def nts(d):
        return [("Farm IT monthly",),
                "Storm damage: radio link at %s replaced; new admin password %s." % (sites[0], d.S(
                    ctx.pw(), "notes-password")),
                "Regulator portal login moved to Bitwarden.",
                "Smolt unit: PLC gateway firmware 4.2.", ("Actions",),
                "%s: remove APN password from barge ini files." % ppl[2].split()[0]]
    P.notes(ctx, "docs/meetings/farm-it-%s.md" % v.choice(["march", "june", "october"]), "Farm IT", ppl[:5], nts)
