"""motorsport-team: a GT/endurance racing team - car data loggers, pit-wall telemetry, series timing feed,
driver-in-the-loop simulator, CFD submissions, team radio, parts lifing, hospitality site, freight."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def build(ctx):
    v = ctx.v
    ctx.org = v.choice(["Halden Racing", "Vireo Motorsport", "Kestrel GT Racing"])
    ctx.domain = v.choice(["haldenracing.com", "vireo-motorsport.net", "kestrelgt.co.uk"])
    ctx.words = ["apex", "chicane", "pitlane", "slipstream", "paddock", "parcferme", "hairpin", "kerb", "stint",
                 "monza", "spa", "lemans", "sebring"]
    ctx.set_people(9)
    cars = ["%d" % n for n in v.sample(range(2, 99), v.randint(2, 3))]
    T = ctx.theme

    # ---- car data logger (CRLF ini) - one per car
    for ci, car in enumerate(cars):
        d = ctx.doc("telemetry/loggers/car%s-logger.ini" % car, crlf=True)
        ftp = d.S(ctx.pw(), "ini-password") if ci == 0 else d.N("${LOGGER_FTP_PASSWORD}", "env-reference")
        d.w("[Logger]", "Model=DL-9 Pro", "Serial=%s" % d.N(v.serial("DL9-"), "serial-number"),
            "Car=%s" % car, "", "[WiFi]", "Mode=AccessPoint", "SSID=CAR%s-DL" % car,
            "Passphrase=%s" % d.S(ctx.pw(), "wifi-psk"), "Channel=%d" % v.choice([1, 6, 11]), "",
            "[Upload]", "Host=ftp.%s" % ctx.domain, "User=car%s" % car,
            "Password=%s" % ftp, "Path=/incoming/car%s" % car, "",
            "[CAN]", "Bitrate=1000000", "DashID=0x%s" % v.HEX(3))

    # ---- pit wall telemetry server
    mqtt_pw = ctx.pw()
    d = ctx.doc("telemetry/pitwall/pitwall.yaml")
    d.w("# pit-wall telemetry relay", "mqtt:", "  broker: tcp://10.77.0.2:1883", "  username: pitwall",
        '  password: "%s"' % d.S(mqtt_pw, "yaml-password"), "timing:", "  provider: TimingHub",
        "  api_key: %s" % d.P("thk_live_" + v.alnum(32), "vendor-timinghub-key"),
        "influx:", "  url: %s" % d.S("http://telemetry:%s@10.77.0.3:8086/race" % ctx.pw(), "url-password"),
        "cars:")
    for car in cars:
        d.w("  - number: %s" % car, "    transponder: %s" % d.N(str(v.randint(1000000, 9999999)),
                                                                "transponder-id"),
            "    chassis: %s" % d.N("GT3-%s-%03d" % (v.upper(2), v.randint(1, 400)), "chassis-number"))

    # ---- series timing feed client
    d = ctx.doc("timing/feed-client.toml")
    d.w("[series]", 'name = "%s"' % v.choice(["GT World Sprint", "Endurance Cup", "Euro GT Open"]),
        'team_id = "%s"' % d.N(v.upper(6), "team-id"), "", "[feed]",
        'websocket = "%s"' % d.S("wss://live.timing-feed.example.org/v3/stream?team=%s&token=%s" % (
            v.lower(6), v.b64url(40)), "url-token"),
        'username = "%s"' % T.split("-")[0], 'password = "%s"' % d.S(ctx.pw(), "toml-password"),
        "", "[archive]", 'bucket = "s3://%s-timing-archive"' % T, 'region = "eu-west-2"')

    # ---- simulator rig
    d = ctx.doc("sim/rig-config.json")
    d.w("{", '  "rig": "DIL-1",', '  "licenseServer": {', '    "host": "lic.%s",' % ctx.domain,
        '    "hostId": "%s",' % d.N(v.HEX(12), "license-host-id"),
        '    "password": "%s"' % d.S(ctx.pw(), "json-password"), "  },", '  "remote": {',
        '    "vncPassword": "%s",' % d.S(v.alnum(8), "vnc-password"),
        '    "mac": "%s"' % d.N(v.mac(), "mac-address"), "  },",
        '  "trackModels": ["spa-2025", "monza-2025", "paul-ricard"]', "}")

    # ---- CFD submit script
    d = ctx.doc("cfd/submit-run.sh")
    d.w("#!/usr/bin/env bash", "# submit an aero run to the rented cluster", "set -euo pipefail",
        'RUN="${1:?run name}"',
        'CORESOLVE_TOKEN="%s"' % d.P("csv_pat_" + v.alnum(40), "vendor-coresolve-token"),
        'LICENSE="${CFD_LICENSE_SERVER:-27000@lic.%s}"' % ctx.domain,
        'curl -fsS -H "Authorization: Bearer $CORESOLVE_TOKEN" -F "case=@cases/$RUN.tgz" \\',
        "  https://api.coresolve.example/v1/jobs")

    # ---- hospitality booking site
    env_pair(ctx, "hospitality/.env.production", [
        ("APP_ENV", "lit", None, "production"),
        ("DATABASE_URL", "S", "db-url-password", "postgres://hosp:%s@db.%s:5432/hospitality" % (ctx.pw(),
                                                                                                ctx.domain)),
        ("STRIPE_SECRET_KEY", "P", "stripe-secret-key", prov14.single(v, "stripe-secret-key")),
        ("STRIPE_WEBHOOK_SECRET", "P", "stripe-webhook-secret", prov14.single(v, "stripe-webhook-secret")),
        ("STRIPE_PUBLISHABLE_KEY", "N", "public-stripe-publishable", prov14.public_value(v, "stripe-publishable")[1]),
        ("SENDGRID_API_KEY", "P", "sendgrid-key", prov14.single(v, "sendgrid-key")),
        ("SESSION_SECRET", "S", "session-secret", v.hex(64)),
        ("MAPBOX_TOKEN", "N", "public-mapbox-public", prov14.public_value(v, "mapbox-public")[1]),
    ])

    # ---- parts lifing
    d = ctx.doc("parts/parts-tracker.properties")
    d.w("# lifed parts tracking", "db.url=%s" % d.S("jdbc:postgresql://db.%s:5432/parts?user=parts&password=%s" % (
        ctx.domain, ctx.pw()), "jdbc-password"),
        "supplier.portal.url=https://portal.gearbox-supplier.example",
        "supplier.portal.key=%s" % d.P("ppk_" + v.hex(40), "vendor-partsportal-key"),
        "gearbox.serial.prefix=GBX", "gearbox.life.km=%d" % v.choice([5000, 7000, 8000]),
        "report.cron=0 6 * * MON")

    # ---- team radio (CRLF XML)
    d = ctx.doc("radio/team-radio.xml", crlf=True)
    d.w('<?xml version="1.0" encoding="utf-8"?>', "<RadioSystem>",
        '  <Network name="%s" encryption="AES256">' % T,
        "    <Key slot=\"1\">%s</Key>" % d.S(v.HEX(64), "radio-encryption-key"),
        "    <Key slot=\"2\">%s</Key>" % d.N("0" * 64, "placeholder"),
        "  </Network>", "  <Admin user=\"radioadmin\" passwordRef=\"%s\" />" % d.N("vault:radio/admin",
                                                                                      "vault-reference"),
        "  <Channel id=\"1\" name=\"Pit\" />", "  <Channel id=\"2\" name=\"Engineers\" />", "</RadioSystem>")

    # ---- ECU calibration upload
    d = ctx.doc("ecu/upload_calibration.py")
    oem_user = "%s-calib" % T.split("-")[0]
    d.w('"""Upload a calibration to the homologation portal."""', "import sys", "", "import requests", "",
        'PORTAL = "https://homologation.example-series.org/api"',
        "AUTH = (\"%s\", \"%s\")" % (oem_user, d.S(ctx.pw(), "python-password")), "",
        "def main(path):", "    with open(path, \"rb\") as fh:",
        "        r = requests.post(PORTAL + \"/calibrations\", auth=AUTH, files={\"file\": fh})",
        "    r.raise_for_status()", "", 'if __name__ == "__main__":', "    main(sys.argv[1])")

    # ---- freight
    d = ctx.doc("logistics/freight.yaml")
    d.w("forwarder: MotorFreight", "api:", "  base: https://api.motorfreight.example/v2",
        "  key: %s" % d.P("mfx_" + v.b64url(36), "vendor-motorfreight-key"),
        "  account: %s" % d.N(v.upper(8), "account-number"), "shipments:")
    for i in range(v.randint(2, 3)):
        d.w("  - carnet: %s" % d.N("GB%s/%s" % (v.digits(6), v.upper(2)), "carnet-number"),
            "    awb: %s" % d.N("%03d-%s" % (v.randint(100, 999), v.digits(8)), "airway-bill"))

    # ---- onboard video
    d = ctx.doc("media/onboard-stream.json")
    d.w("{", '  "platform": "youtube",', '  "ingest": "rtmp://a.rtmp.youtube.com/live2",',
        '  "streamKey": "%s",' % d.S("-".join(v.lower(4) for _ in range(5)), "stream-key"),
        '  "backupKey": "%s",' % d.N("xxxx-xxxx-xxxx-xxxx-xxxx", "placeholder"), '  "bitrateKbps": 6000', "}")

    # ---- pit wall nginx
    d = ctx.doc("telemetry/pitwall/nginx.conf")
    d.w("server {", "    listen 443 ssl;", "    server_name pitwall.%s;" % ctx.domain, "    location /influx/ {",
        "        proxy_pass http://10.77.0.3:8086/;",
        '        proxy_set_header Authorization "Token %s";' % d.P(v.b64url(86) + "==", "influxdb-token"),
        "    }", "    location /grafana/ {", "        proxy_pass http://10.77.0.4:3000/;", "    }", "}")

    # ---- weather
    d = ctx.doc("strategy/weather.go")
    d.w("package strategy", "", "// radar nowcast for the circuit", "const (",
        '\tweatherEndpoint = "https://api.trackweather.example/v1/nowcast"',
        '\tweatherKey      = "%s"' % d.P("wxr_" + v.hex(32), "vendor-trackweather-key"),
        '\tcircuitID       = "%s"' % d.N(v.uuid(), "uuid"), ")")

    # ---- DB roles
    sql_std(ctx, "db/roles.sql", "postgres", ["telemetry_rw", "strategy_ro", "parts_app", "grafana_ro"])

    # ---- trackside kit sheet
    device_sheet(ctx, "it/trackside-kit.csv", "csv", v.sample([
        ("router", "RUTX50"), ("nas", "DS923+"), ("switch", "GS724T"), ("ap", "U6-Pro"), ("pitwall-pc1", "NUC13"),
        ("timing-pc", "NUC12"), ("radio-base", "DM4600")], 5), subnet="10.77.0")

    # ---- free text
    wifi = ctx.pw()
    chat_fmt = v.choice(P.CHAT_FORMATS)
    eng = ctx.people

    def chat(d):
        tok = v.gh("ghp_")
        return [
            (eng[0], "logger on car %s won't offload, anyone changed the AP?" % cars[0]),
            (eng[1], "yes, new passphrase since Spa: %s" % d.S(wifi, "wifi-psk")),
            (eng[0], "thanks. and the ftp user for car %s?" % cars[0]),
            (eng[1], "car%s / %s" % (cars[0], d.S(ctx.pw(), "chat-password"))),
            (eng[2], "please stop pasting these, use the vault entry %s" % d.N("op://race-ops/logger-ftp/password",
                                                                               "secret-manager-reference")),
            (eng[3], "timing feed login for this weekend is %s, password %s" % (ctx.org.split()[0].lower(), d.S(
                ctx.pw(), "chat-password"))),
            (eng[4], "CI token for the strategy repo expired, new one: %s" % d.P(tok, "github-pat", "gh-crc")),
            (eng[2], "revoked the old one, the logs only show %s now" % d.N("ghp_****" + tok[-4:], "masked")),
            (eng[5], "mqtt on the pit wall still wants %s right?" % d.S(mqtt_pw, "chat-password")),
            (eng[1], "yep"),
            (eng[6], "hospitality bookings are failing, stripe says webhook signature mismatch"),
            (eng[0], "test key in the docs is %s, do not use that in prod" % d.N(
                "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "doc-example-stripe")),
        ]
    P.chat(ctx, "comms", chat_fmt, chat, v.choice(["race-engineering", "trackside-it", "pitwall"]))

    def wiki(d):
        return [
            ("p", "Everything the trackside IT engineer needs at the circuit. Truck arrives Wednesday."),
            ("h", "Networks"),
            ("table", ["SSID", "Use", "Key"], [
                ["%s-PIT" % T.split("-")[0].upper(), "pit wall + engineers", d.S(ctx.pw(), "wifi-psk")],
                ["%s-GUEST" % T.split("-")[0].upper(), "hospitality guests", d.S(ctx.pw(), "wifi-psk")],
                ["CAR-xx-DL", "car loggers", "see logger ini (per car)"],
            ]),
            ("h", "Timing archive"),
            ("code", ["aws s3 sync s3://%s-timing-archive ./timing" % T,
                      "curl -u timing:%s https://timing.%s/export.csv -o export.csv" % (
                          d.S(ctx.pw(), "wiki-password"), ctx.domain)]),
            ("p", "The router admin password is kept in 1Password, never in this page (%s)." % d.N(
                "op://trackside/router/password", "secret-manager-reference")),
            ("h", "Simulator"),
            ("p", "Remote support for the DIL rig uses TeamViewer; the unattended password is %s." % d.S(
                ctx.pw(), "wiki-password")),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Trackside IT setup", wiki)

    def ticket(d):
        return [
            (eng[6], "Driver %s cannot log into the driver portal for the sim schedule." % eng[7].split()[0]),
            (eng[2], "Reset done. Temporary password: %s (must change at first login)." % d.S(
                ctx.pw(), "ticket-password")),
            (eng[7], "In, thanks. Changed it."),
        ]
    P.ticket(ctx, "support/tickets", v.choice(P.TICKET_FORMATS), "IT-%d" % v.randint(100, 999),
             "Driver portal login", eng[7], ticket)

    def mail(d):
        return [
            "Dear team managers,",
            "Please find below the credentials for the live timing feed for the coming round.",
            "Username: %s-%s" % (T.split("-")[0], v.randint(10, 99)),
            "Password: %s" % d.S(ctx.pw(), "email-password"),
            "The paddock Wi-Fi password is %s and changes every event." % d.S(ctx.pw(), "wifi-psk"),
            "Your API key for the results service: %s" % d.P("rsk_" + v.hex(40), "vendor-results-key"),
            "Regards,", "Series Timing & Scoring",
        ]
    P.email(ctx, "mail/timing-credentials.eml", "timing@series.example.org", ctx.mail(eng[3]),
            "Timing feed credentials - Round %d" % v.randint(2, 9), mail)

    def vm(d):
        return [
            "Hi it's %s from MotorFreight, about the sea freight to the flyaway round." % v.choice(FIRSTS),
            "I've set up your portal login, user name is your email, and the password is %s," % d.S(
                ctx.pw(3), "voicemail-password"),
            "that's capital first letter. Call me back if it doesn't work. Thanks, bye.",
        ]
    P.voicemail(ctx, "mail/voicemail-freight.txt", "+44 20 7946 %04d" % v.randint(0, 9999), eng[5], vm)

    def nts(d):
        return [
            ("Post-event debrief", ),
            "Telemetry dropped twice in the night stint - relay ran out of disk.",
            "Sim license server password was shared in the group chat; changed to %s afterwards (%s)." % (
                d.S(ctx.pw(), "notes-password"), eng[2]),
            "Grafana on the pit wall: use the service account token %s until SSO is done." % d.P(
                prov14.single(v, "grafana-sa-token"), "grafana-sa-token"),
            "Old weather key %s is masked in the strategy logs, fine." % d.N("wxr_" + "*" * 28 + v.hex(4), "masked"),
            ("Actions", ),
            "%s: move logger FTP to SFTP before the next round." % eng[0],
        ]
    P.notes(ctx, "docs/meetings/debrief-round%d.md" % v.randint(2, 9), "Debrief", eng[:5], nts)


FIRSTS = ["Gemma", "Raj", "Tom", "Lucy", "Marco"]

