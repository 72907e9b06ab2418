"""A container shipping line: per-vessel VSAT/ACU, crew Wi-Fi, ECDIS S-63 permits, VDR uploads;
shore-side EDIFACT (BAPLIE/COPRAR with UNB passwords), terminal operating system, AIS data APIs,
noon-report mailbox parser, port community system."""

from themes.common7 import Ctx, K, S, N, put_key, put_cert, b64, whatsapp_txt, email, ticket, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "maritime-shipping"

ISO6346 = {c: v for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38])}


def container_no(v):
    owner = v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3) + "U"
    serial = v.chars("0123456789", 6)
    s = sum((ISO6346[ch] if ch.isalpha() else int(ch)) * (2 ** i) for i, ch in enumerate(owner + serial))
    return owner + serial + str(s % 11 % 10)


def build(corpus, rng):
    org, dom, code = rng.choice([("Baltic Meridian Lines", "balticmeridian.com", "BML"), ("Coral Sea Container Line", "coralsea-cl.com", "CSL"),
                                 ("Atlantico Feeder Services", "atlantico-feeder.pt", "AFS")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    fleet, edi = v.person(), v.person()
    vessels = [(c.pick(["NORDIC", "CORAL", "ATLANTIC", "BALTIC", "MERIDIAN"]) + " " + c.pick(["STAR", "HARMONY", "DAWN", "SPIRIT", "TIDE", "WAVE"]), "9" + v.digits(6))
               for _ in range(c.r.randint(2, 3))]
    vsat_pws = {}

    for name, imo in vessels:
        vd = "vessels/%s-IMO%s" % (name.lower().replace(" ", "-"), imo)
        pw = c.pw()
        vsat_pws[name] = pw
        f = c.f(vd + "/vsat/acu.ini", crlf=True)
        f.t("[ACU]", "Vessel=%s" % name, "IMO=%s" % imo, "Satellite=%s" % c.pick(["IS-37e", "GX-5", "EU-3"]), "[Web]", "User=admin")
        f.s("Password=@@", pw, "generic.password-ini")
        f.n("Serial=@@", v.upper(10), "neg.resource-id")
        f = c.f(vd + "/crew-wifi/portal.json")
        f.t("{", '  "ssid": "CREW-%s",' % name.split()[0], '  "voucher_validity_hours": 24,')
        f.s('  "voucher_signing_secret": "@@",', v.b64(24), "generic.hmac-key")
        f.t('  "admin_user": "crewadmin"', "}")
        f = c.f(vd + "/ecdis/permits/PERMIT.TXT")
        f.t(":DATE 2025%02d%02d 12:00" % (c.r.randint(1, 12), c.r.randint(1, 28)), ":VERSION 2", ":ENC")
        for i in range(2):
            f.n("@@,0,2,GB,Harbour approaches", v.upper(2) + v.digits(6) + v.HEX(56), "neg.s63-cell-permit")
        f.t(":ECS")
        f = c.f(vd + "/ecdis/userpermit.txt")
        f.n("@@", v.HEX(28), "neg.s63-user-permit")
        f = c.f(vd + "/vdr/upload.cfg")
        f.t("[ftp]", "host = vdr.%s" % dom, "user = vdr_%s" % imo)
        f.s("password = @@", c.pw(), "generic.password-ini")

    # --- shore EDI: SFTP to booking portal, BAPLIE with UNB password
    f = c.f("shore/edi/portal-sftp.yaml")
    f.t("sftp:", "  host: sftp.booking-portal.example", "  port: 22", "  user: %s_edi" % code.lower())
    f.s("  password: \"@@\"", c.pw(), "generic.password-yaml")
    f.t("  inbound: /in/coprar", "  outbound: /out/baplie")
    unb = c.pw("upper8")
    f = c.f("shore/edi/outbound/BAPLIE_%s.edi" % v.digits(8))
    f.s("UNB+UNOA:2+%s+TERMINAL01+250%d%02d:1200+%s++@@'" % (code, c.r.randint(1, 9), c.r.randint(1, 28), v.digits(6)), unb, "generic.edifact-unb-password")
    f.t("UNH+1+BAPLIE:D:95B:UN:SMDG22'", "BGM++%s+9'" % v.digits(6))
    for i in range(3):
        f.t("LOC+147+0%d%02d%02d::5'" % (c.r.randint(1, 9), c.r.randint(1, 40), c.r.randint(1, 12)))
        f.n("EQD+CN+@@+45G1+++5'", container_no(v), "neg.container-number")
    f.t("UNT+12+1'", "UNZ+1+%s'" % v.digits(6))

    # --- terminal operating system API
    f = c.f("shore/tos/tos-client.properties")
    f.t("tos.url=https://n4.terminal.example/apex/services/argoservice", "tos.scope=%s/TERMINAL01" % code, "tos.user=%s_api" % code.lower())
    f.s("tos.password=@@", c.pw(), "generic.password-properties")

    # --- AIS data APIs
    f = c.f("shore/ais/ais.env")
    f.s("SPIRE_MARITIME_TOKEN=@@", v.alnum(32), "provider.spire-maritime")
    f.s("MARINE_TRAFFIC_API_KEY=@@", v.hex(40), "provider.marinetraffic")
    f.s("WEATHER_ROUTING_API_KEY=@@", v.alnum(32), "generic.api-key-named")
    for name, imo in vessels:
        f.n("MMSI_%s=@@" % name.split()[0], str(c.pick([2, 3, 5])) + v.digits(8), "neg.mmsi")

    # --- noon report mailbox parser
    f = c.f("shore/noon-reports/parse_noon.py")
    f.t("import imaplib, email", "")
    f.t('M = imaplib.IMAP4_SSL("outlook.office365.com")')
    f.s('M.login("noon-reports@%s", "@@")' % dom, c.pw(), "generic.password-python")
    f.t('M.select("INBOX")')

    # --- port community system: client cert key
    key = c.ec()
    f = c.f("shore/pcs/client-%s.key" % code.lower())
    put_key(f, key.pem_trad(), "key.ec-pem")
    put_cert(c.f("shore/pcs/client-%s.crt" % code.lower()), c.cert(key, "%s PCS client" % code))
    f = c.f("shore/pcs/pcs.conf")
    f.t("[pcs]", "endpoint = https://api.portcommunity.example/v1", "client_cert = client-%s.crt" % code.lower(), "client_key = client-%s.key" % code.lower())
    f.n("eori = @@", "NL" + v.digits(9), "neg.resource-id")

    # --- bunker procurement (Azure Service Bus)
    f = c.f("shore/bunkers/appsettings.json")
    f.t("{", '  "ServiceBus": {')
    f.s('    "ConnectionString": "Endpoint=sb://%s-bunkers.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=@@"' % code.lower(), v.b64(32), "provider.azure-servicebus")
    f.t("  },", '  "Tenant": {')
    f.n('    "TenantId": "@@"', v.uuid(), "neg.uuid")
    f.t("  }", "}")

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    n0 = vessels[0][0]
    whatsapp_txt(c, "comms/whatsapp-%s-officers.txt" % n0.lower().replace(" ", "-"), [
        (a, "VSAT down since 0200 UTC, on backup L-band"),
        (b, S("shore says log into the ACU with admin / @@", vsat_pws[n0], "generic.password-chat")),
        (a, "done, re-pointed, back up"),
        (d, S("crew wifi admin is @@ if the portal hangs again", c.pw("word"), "generic.password-chat")),
        (b, N("voyage @@ closes tonight", "%s%sW" % (code, v.digits(3)), "neg.resource-id")),
    ])
    email(c, "comms/mail/noon-report-%s.eml" % vessels[-1][1], "master.%s@vessel.%s" % (vessels[-1][0].split()[0].lower(), dom), "fleet@%s" % dom,
          "NOON REPORT %s" % vessels[-1][0], ["POSN 35-12N 014-33E", "SPEED 14.2 KTS", "ROB FO 812.4 MT",
                                              S("NOTE: VDR FTP PASSWORD CHANGED TO @@ AS PER SHORE REQUEST", c.pw(), "generic.password-email"),
                                              "MASTER"])
    ticket(c, "comms/tickets/", "FLT-%d" % c.r.randint(1000, 9999), "EDI partner rejects BAPLIE", edi, [
        (edi, ["Terminal rejects our BAPLIE, UNB password mismatch.", S("We send @@ in UNB, they expect the new one.", unb, "generic.edifact-unb-password-ticket")]),
        (fleet, [S("New UNB password from the terminal: @@", c.pw("upper8"), "generic.edifact-unb-password-ticket")]),
    ])
    wiki(c, "docs/vessel-it.adoc", "asciidoc", "Vessel IT", [
        ("VSAT", ["ACU web UI on 192.168.0.1.", N("Factory password (@@) must be changed at delivery.", "admin", "neg.default-password")]),
        ("ECDIS", ["Permits are emailed by the chart agent; load via the ECDIS menu.", S("ECDIS maintenance login: service / @@", c.pw(), "generic.password-wiki")]),
    ])
    sheet(c, "docs/fleet-systems.csv", ["vessel", "system", "user", "password"], [
        [n, "ACU", "admin", S("@@", vsat_pws[n], "generic.password-spreadsheet")] for n, _ in vessels
    ] + [[vessels[0][0], "ship office PC", "officer", S("@@", c.pw("season"), "generic.password-spreadsheet")]])
    history(c, "home/%s/.bash_history" % edi.split()[0].lower(), "bash", [
        "cd /srv/edi/outbound",
        S("lftp -u %s_edi,@@ sftp://sftp.booking-portal.example" % code.lower(), c.pw(), "generic.password-cli"),
        S("curl -u %s_api:@@ https://n4.terminal.example/apex/api/query?op=vessels" % code.lower(), c.pw(), "generic.password-cli"),
    ])
    i18n_file(c, "shore/crew-portal/locales/pt.json", "json")

    layer2.build(c, "platform", "booking-api", (a, b))
