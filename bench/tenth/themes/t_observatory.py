"""Astronomical observatory: telescope control system, dome PLC, CCD spectrograph, FITS archive, alert
broker consumer, night planner, all-sky camera, planetarium ticketing, remote observing."""

from themes import prose

NAME = "observatory"
WORDS = ("nebula", "quasar", "pulsar", "orion", "vega", "andromeda", "perseid", "zenith", "aurora", "cassini")
ORGS = [("Mount Aldric Observatory", "aldric-observatory.org", "Flagstaff"),
        ("Kestrel Ridge Observatory", "kestrelridge-obs.ac.uk", "Powys"),
        ("Observatorio Sierra Alta", "sierraalta-obs.org", "Granada")]


def setup(C):
    C.org, C.dom, C.site = C.r.choice(ORGS)
    C.app = "obs-archive"
    C.svcs = ["obs-archive", "alert-relay"]


def _fits_checksum(r):
    return r.s("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 16)


def build(C):
    r = C.r
    dome_pw = C.spw()
    vnc = [r.al(8) for _ in range(3)]

    # ---- telescope control system
    d = C.doc("tcs/tcs.ini")
    d.w("[telescope]\nname = %s 2.1m\nlatitude = %.4f\nlongitude = %.4f\n\n" % (
        C.org.split()[1], r.uniform(28, 52), r.uniform(-112, 4)))
    d.w("[database]\nhost = tcsdb.%s\nuser = tcs\npassword = %s\n\n" % (C.dom, d.S(C.spw(), "tcs-db-password")))
    d.w("[dome]\nplc = %s:502\nuser = domeops\npassword = %s\n\n" % (r.ip("10.90"), d.S(dome_pw, "dome-plc-password")))
    d.w("[weather]\nstation = https://wx.%s/api\napi_key = %s\n" % (C.dom, d.S(r.hx(32), C.named("weather-station-key"))))

    # ---- spectrograph detector controller
    d = C.doc("instruments/spectrograph-ccd.xml")
    d.w('<?xml version="1.0"?>\n<DetectorController model="CCD-4k" serial="%s">\n' % d.N("DC" + r.dig(7), "device-id"))
    d.w("  <Readout speed=\"slow\" gain=\"1.2\" binning=\"1x1\"/>\n  <ArchiveCopy protocol=\"scp\" host=\"archive.%s\">\n" % C.dom)
    d.w("    <User>ccdcopy</User>\n    <Password>%s</Password>\n  </ArchiveCopy>\n" % d.S(C.pw(), "archive-copy-password"))
    d.w("  <FirmwareChecksum>%s</FirmwareChecksum>\n</DetectorController>\n" % d.N(r.md5(), "digest"))

    # ---- FITS archive
    d = C.doc("archive/fits-archive.yaml")
    d.w("archive:\n  ingest_dir: /data/incoming\n  database: \"%s\"\n" % d.S(
        "postgresql://archive:%s@archive-db.%s:5432/fits" % (C.upw(), C.dom), "database-url"))
    d.w("  object_store:\n    endpoint: https://s3.us-west-002.backblazeb2.com\n    bucket: %s-raw\n" % C.name)
    pair = C.pair("backblaze-b2-key")
    rr = d.R("backblaze-b2-key")
    d.w(rr.B + "    key_id: \"%s\"\n" % rr.A(pair[2][0][1], None, True))
    d.w("    application_key: \"%s\"" % rr.A(pair[2][1][1]) + rr.E + "\n")
    d.w("  proprietary_period_months: 12\n")

    # ---- alert broker consumer
    d = C.doc("alerts/broker-consumer.toml")
    d.w("[kafka]\nbootstrap = \"alerts.broker.example:9092\"\nsecurity_protocol = \"SASL_SSL\"\nsasl_mechanism = \"SCRAM-SHA-512\"\n")
    d.w("username = \"%s\"\npassword = \"%s\"\n" % (C.name[:8] + "-consumer", d.S(C.spw(), "kafka-sasl-password")))
    d.w("topics = [\"transients\", \"neutrino\"]\n\n[gcn]\n")
    d.w("client_id = \"%s\"\n" % d.N(r.lo(26), "oauth-client-id"))
    d.w("client_secret = \"%s\"\n" % d.S(r.lo(52), C.named("gcn-client-secret")))

    # ---- night planner
    d = C.doc("scheduler/obsplanner.py")
    d.w('"""Plan the night: targets, moon, clouds; alerts the night assistant on Telegram."""\nimport os\n\n')
    d.w("WEATHER_KEY = %s\n" % d.N('os.environ["OPENWEATHER_KEY"]', "env-reference"))
    d.w('CLOUD_API_KEY = "%s"\n' % d.S(r.al(32), C.named("cloud-cover-api-key")))
    d.w('TELEGRAM_TOKEN = "%s"\n' % d.S(C.tok("telegram-bot-token"), "telegram-bot-token"))
    d.w("CHAT_ID = %d\n\n\ndef airmass(alt_deg):\n    import math\n    return 1 / math.sin(math.radians(alt_deg))\n"
        % -r.randint(10 ** 9, 10 ** 10))

    # ---- all-sky camera
    d = C.doc("allsky/allsky.json")
    d.w('{\n  "camera": {"model": "ZWO ASI178MC", "serial": "%s"},\n' % d.N(r.HX(16), "device-id"))
    d.w('  "exposure_night_s": 30,\n  "upload": {\n    "protocol": "ftps",\n    "host": "web.%s",\n' % C.dom)
    d.w('    "user": "allsky",\n    "password": "%s"\n  }\n}\n' % d.S(C.pw(), "ftp-password"))

    # ---- FITS header dump (identifiers and checksums only)
    d = C.doc("data/headers/night-%s.hdr" % r.date().replace("-", ""))
    d.w("SIMPLE  =                    T / conforms to FITS standard\nBITPIX  =                   16\n"
        "NAXIS   =                    2\nOBJECT  = 'NGC %d'\nOBSERVER= '%s'\nRA      = '%02d:%02d:%04.1f'\n" % (
            r.randint(100, 7000), C.people[1], r.randint(0, 23), r.randint(0, 59), r.uniform(0, 59)))
    d.w("EXPTIME =               %6.1f\nPROPID  = '%dB-%03d'\n" % (r.uniform(30, 1200), 2025, r.randint(1, 99)))
    d.w("CHECKSUM= '%s'   / HDU checksum\n" % d.N(_fits_checksum(r), "fits-checksum"))
    d.w("DATASUM = '%d'          / data unit checksum\nEND\n" % r.randint(10 ** 8, 4 * 10 ** 9))

    # ---- planetarium ticketing
    d = C.doc("visitor/.env.production")
    d.w("SITE=https://visit.%s\nSQUARE_ACCESS_TOKEN=%s\n" % (C.dom, d.S(C.tok("square-token"), "square-token")))
    d.w("SQUARE_APPLICATION_ID=%s\n" % d.N("sq0idp-" + r.b64u(22), "public-api-key"))
    d.w("MAILCHIMP_API_KEY=%s\n" % d.S(C.tok("mailchimp-key"), "mailchimp-key"))
    d = C.doc("visitor/.env.example")
    d.w("SITE=http://localhost:8000\nSQUARE_ACCESS_TOKEN=%s\nSQUARE_APPLICATION_ID=\nMAILCHIMP_API_KEY=%s\n" % (
        d.N("EAAA-your-sandbox-token", "placeholder"), d.N("${MAILCHIMP_API_KEY}", "env-reference")))

    # ---- free text
    def rows(d):
        out = []
        for i, inst in enumerate(r.sample(["U. of Tarn", "Westmoor College", "Instituto Cerro", "Lakeshore Univ."], 4)):
            if i < 3:
                out.append([inst, "2025B-%03d" % r.randint(1, 99), "vnc://remote%d.%s:59%02d" % (i + 1, C.dom, i + 1),
                            d.S(vnc[i], "vnc-password")])
            else:
                out.append([inst, "2025B-%03d" % r.randint(1, 99), "(not scheduled this semester)", ""])
        return out
    prose.sheet(C, "remote/remote-observers.csv", ["institution", "proposal", "desktop", "vnc_password"], rows)

    psk = C.spw(24)

    def blocks(d):
        return [("p", "Runbook for the night assistant. Safety first: close the dome above 80% humidity."),
                ("h", "Dome"),
                ("p", "If the dome PLC needs a manual reset, log in as domeops / %s on the HMI." % d.S(
                    dome_pw, "dome-plc-password")),
                ("h", "Remote observers"),
                ("p", "They connect through the IPsec VPN; the pre-shared key is %s." % d.S(psk, "vpn-psk")),
                ("p", "VNC passwords are in the remote-observers sheet; do not send them by e-mail.")]
    prose.wiki(C, "wiki/observing-night-runbook", "Night assistant runbook", blocks)

    def msgs(d):
        p = C.people
        return [(p[0], "seeing 0.8\" tonight, nice"),
                (p[1], "the Tarn group can't get into remote1"),
                (p[2], "their VNC password is %s, they probably have the old one" % d.S(vnc[0], "vnc-password")),
                (p[0], "dome stuck at 212 deg again"),
                (p[2], "reset via HMI, domeops / %s" % d.S(dome_pw, "dome-plc-password"))]
    prose.chat(C, "chat", "night-ops", msgs)

    sa = C.people[3]

    def body(d):
        return ["Dear colleague,", "", "Welcome to %s. For your remote nights:" % C.org, "",
                "  VPN user:      visitor-%s" % r.lo(5),
                "  VPN password:  %s" % d.S(C.hpw(), "vpn-password"),
                "  Archive login: https://archive.%s (same user)" % C.dom,
                "  Archive password: %s" % d.S(C.spw(), "archive-password"), "",
                "Your data are proprietary for 12 months.", "", "Clear skies,", sa, "Support astronomer, %s" % C.org]
    prose.email(C, "mail/visitor-welcome.eml", "%s <%s@%s>" % (sa, r.handle(sa), C.dom),
                "pi@university-example.edu", "Remote observing access", body)

    def entries(d):
        return [(C.people[5], "Archive login fails for our student. We tried the password %s from the welcome mail." % d.S(
                    C.pw(), "end-user-password")),
                (C.people[3], "Account had expired with the semester; extended (account id %s)." % d.N(
                    r.uuid(), "uuid"))]
    prose.ticket(C, "tickets", "OBS-%d" % r.randint(100, 999), "Archive login fails", entries)
