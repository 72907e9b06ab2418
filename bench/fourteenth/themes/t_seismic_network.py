"""seismic-network: a regional seismic and GNSS monitoring network run by a university/state survey -
field stations with digitisers and solar controllers, SeedLink acquisition, FDSN web services, earthquake early
warning alerts, public ShakeMap site, data archive."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def build(ctx):
    v = ctx.v
    ctx.org = v.choice(["Cascadia Regional Seismic Network", "Southern Alps Seismic Array",
                        "Great Basin Seismograph Network"])
    ctx.domain = v.choice(["crsn.example.edu", "sasa-seismic.org", "gbsn.example.edu"])
    ctx.words = ["tremor", "rupture", "fault", "epicenter", "richter", "aftershock", "magma", "tectonic",
                 "subduction", "seismo", "caldera", "moho"]
    ctx.set_people(9)
    ppl = ctx.people
    net = v.choice(["UW", "NZ", "NN", "CC"])
    stations = ["%s%02d" % (v.choice(["BRK", "LON", "RAIN", "MTH", "TOL", "ELK"]), i) for i in v.sample(range(1, 40), 3)]

    for i, st in enumerate(stations):
        d = ctx.doc("stations/%s/digitizer.conf" % st)
        d.w("# %s.%s digitiser (Centaur-class)" % (net, st), "station=%s" % st, "network=%s" % net,
            "serial=%s" % d.N(v.serial("CTR"), "serial-number"),
            "web.admin.password=%s" % (d.S(ctx.pw(), "conf-password") if i < 2 else d.N("${DIGI_ADMIN_PW}",
                                                                                        "env-reference")),
            "seedlink.port=18000", "gnss.antenna=TRM59800.00")

    d = ctx.doc("stations/solar-controllers.csv")
    d.w("station,controller,modbus_id,web_password")
    for i, st in enumerate(stations):
        if i == 1:
            d.w("%s,TriStar MPPT,%d,%s" % (st, v.randint(1, 9), d.N("admin", "well-known-default")))
        else:
            d.w("%s,TriStar MPPT,%d,%s" % (st, v.randint(1, 9), d.S(ctx.pw(), "sheet-password")))

    d = ctx.doc("acquisition/ringserver.conf")
    d.w("# SeedLink/DataLink ring", "RingDirectory /data/ring", "ListenPort 18000",
        "WriteIP 10.50.0.0/16", "MSeedArchive /data/archive/%n/%s/%Y/%j",
        "AdminUser ringadmin %s" % d.S(ctx.pw(), "conf-password"))

    d = ctx.doc("processing/scmaster.cfg")
    d.w("# SeisComP messaging + database", "plugins = dbpostgresql",
        "queues.production.processors.messages.dbstore.read = %s" % d.S(
            "sysop:%s@db.%s/seiscomp" % (ctx.pw(), ctx.domain), "db-url-password"),
        "queues.production.groups = AMPLITUDE, PICK, LOCATION, MAGNITUDE, EVENT",
        "connection.server = localhost/production")

    d = ctx.doc("web/fdsnws.properties")
    d.w("fdsnws.db.url=jdbc:postgresql://db.%s:5432/fdsn" % ctx.domain, "fdsnws.db.user=fdsn",
        "fdsnws.db.password=%s" % d.S(ctx.pw(), "properties-password"),
        "fdsnws.restricted.token.secret=%s" % d.S(v.b64bytes(32), "hmac-secret"),
        "fdsnws.contact=seismo@%s" % ctx.domain)

    d = ctx.doc("alerts/eew-publisher.yaml")
    d.w("# early-warning alert fan-out", "fcm:", "  project: %s-eew" % ctx.theme.split("-")[0],
        "  server_key: %s" % d.P("AAAA" + v.alnum(7) + ":APA91b" + v.b64url(134), "fcm-server-key"),
        "slack:", "  webhook: %s" % d.P("https://hooks.slack.com/services/T%s/B%s/%s" % (
            v.upper(8), v.upper(10), v.alnum(24)), "slack-webhook"),
        "sms:", "  provider: twilio", "  auth_token: %s" % d.N("${TWILIO_AUTH_TOKEN}", "env-reference"),
        "thresholds:", "  mmi_alert: 4", "  magnitude_min: 4.5")

    d = ctx.doc("archive/rclone.conf")
    idn, sn, idv, sv = prov14.pair(v, "aws")
    r = d.R("aws-key-pair", "provider")
    d.w("[archive]", "type = s3", "provider = AWS", "access_key_id = %s" % r.I(idv),
        "secret_access_key = %s" % r.A(sv), "region = us-west-2", "", "[openData]", "type = s3",
        "provider = AWS", "env_auth = true")

    d = ctx.doc("gnss/rinex_upload.py")
    d.w('"""Push daily RINEX files to the partner geodesy archive."""', "from ftplib import FTP_TLS", "",
        'ftp = FTP_TLS("ftp.geodesy-archive.example")',
        'ftp.login("%s", "%s")' % (ctx.theme.split("-")[0], d.S(ctx.pw(), "python-password")), "ftp.prot_p()")

    env_pair(ctx, "web/shakemap-site/.env.production", [
        ("SECRET_KEY_BASE", "S", "rails-secret-key-base", v.hex(128)),
        ("DATABASE_URL", "S", "db-url-password", "postgis://shake:%s@db.%s/shake" % (ctx.pw(), ctx.domain)),
        ("MAPBOX_SECRET_TOKEN", "P", "mapbox-secret-token", prov14.single(v, "mapbox-secret-token")),
        ("MAPBOX_PUBLIC_TOKEN", "N", "public-mapbox-public", prov14.public_value(v, "mapbox-public")[1]),
        ("GA_MEASUREMENT_ID", "N", "public-ga4", prov14.public_value(v, "ga4")[1]),
    ])
    sql_std(ctx, "db/roles.sql", "postgres", ["sysop", "fdsn_ro", "shake_app", "qc_ro"])
    device_sheet(ctx, "network/vault-devices.md", "md", v.sample([
        ("cell-modem-%s" % stations[0], "RV50X"), ("radio-%s" % stations[1], "FreeWave FGR3"),
        ("hub-router", "EdgeRouter 6P"), ("timing-gps", "Meinberg M600"), ("nas", "TS-873A"),
        ("acq-server", "PowerEdge R450")], 5), subnet="10.50.0")

    d = ctx.doc("stations/imei-list.txt")
    d.w("# cell modem IMEIs (registration only, not confidential)")
    for st in stations:
        d.w("%s %s" % (st, d.N(v.imei(), "imei")))

    def chat(d):
        return [
            (ppl[0], "%s is flatlined, digitiser web UI asks for a password I don't have" % stations[0]),
            (ppl[1], "try %s, it's the one from the 2023 service run" % d.S(ctx.pw(), "chat-password")),
            (ppl[2], "cell modem at %s: ACEmanager user user / %s" % (stations[1], d.S(ctx.pw(), "chat-password"))),
            (ppl[3], "EEW slack webhook got posted in a public repo, rotated: %s" % d.P(
                "https://hooks.slack.com/services/T%s/B%s/%s" % (v.upper(8), v.upper(10), v.alnum(24)),
                "slack-webhook")),
            (ppl[4], "ringserver admin is in %s" % d.N("vault kv/seismo/ringserver", "vault-reference")),
            (ppl[5], "field laptop wifi hotspot: %s" % d.S(ctx.pw(), "wifi-psk")),
            (ppl[1], "and the archive key? AKIA... no, I'll put it in the vault"),
        ]
    P.chat(ctx, "comms", v.choice(P.CHAT_FORMATS), chat, v.choice(["field-ops", "seismo-ops", "network"]))

    def wiki(d):
        return [
            ("p", "Servicing checklist for remote stations. Bring the Toughbook and a spare digitiser."),
            ("h", "Access"),
            ("li", ["Vault lock combination: ask the field coordinator (never written down)",
                    "Digitiser web UI: admin / %s (changed each service run)" % d.S(ctx.pw(), "wiki-password"),
                    "Solar controller: see stations/solar-controllers.csv",
                    "Landowner gate at %s: call ahead" % stations[2]]),
            ("h", "After the visit"),
            ("code", ["curl -u seismo:%s -X POST https://fdsn.%s/admin/reload" % (
                d.S(ctx.pw(), "wiki-password"), ctx.domain)]),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Station servicing", wiki)

    def ticket(d):
        pem = ctx.key("ed25519")
        import keys14
        return [
            (ppl[6], "Partner network needs SSH access to our SeedLink relay for the exchange."),
            (ppl[2], "Created user exchange. Key pair generated here for them, private part for the record:\n" +
             d.K(keys14.openssh_private(pem, "exchange@partner", v), "private-key-openssh")),
            (ppl[6], "Sent them the public key only? no - they need the private one. ok."),
        ]
    P.ticket(ctx, "support/tickets", v.choice(["jira", "github", "freshdesk"]), "SEIS-%d" % v.randint(100, 999),
             "SeedLink exchange access", ppl[6], ticket)

    def mail(d):
        return [
            "Dear colleagues,", "As agreed, restricted-data access to our real-time feed:",
            "SeedLink host: slink.partner-net.example:18000", "User: %s  Password: %s" % (
                ctx.theme.split("-")[0], d.S(ctx.pw(), "email-password")),
            "FDSN token for restricted stations (expires in a year): %s" % d.S(v.b64url(48), "api-token-email"),
            "Best regards, Partner Network Operations"]
    P.email(ctx, "mail/partner-data-exchange.eml", "ops@partner-net.example", ctx.mail(ppl[0]),
            "Real-time data exchange", mail)

    def vm(d):
        return ["Hi, it's the landowner out at the %s site." % stations[2],
                "My grandson set up the wifi in the barn for your box, password is %s" % d.S(
                    ctx.pw(8), "voicemail-password"),
                "call me if your people need the gate opened."]
    P.voicemail(ctx, "mail/voicemail-landowner.txt", "+1 509 555 %04d" % v.randint(0, 9999), ppl[1], vm)

    def nts(d):
        return [("Network ops weekly",),
                "%s back online after modem swap; modem admin now %s." % (stations[0], d.S(ctx.pw(),
                                                                                          "notes-password")),
                "Slack webhook rotation done; old one 404s.",
                "Latency to EEW server p95 2.1 s.", ("Actions",),
                "%s: move digitiser passwords into the vault." % ppl[3].split()[0]]
    P.notes(ctx, "docs/meetings/netops-%d.md" % v.randint(10, 52), "Network ops", ppl[:5], nts)
