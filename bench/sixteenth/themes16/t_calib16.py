"""calibration-lab: an accredited metrology laboratory (instrument calibration procedures,
certificate generation and signing, asset tracking, environmental monitoring, customer portal,
pickup routing)."""

import prose16
from themes16.common16 import cfg

NAME = "calibration-lab"
ORGS = [("Precisa Metrologia Lda", "precisa-metrologia.pt", "Aveiro", ["pt", "en"]),
        ("Kalibrierdienst Rhein GmbH", "kd-rhein.de", "Mannheim", ["de", "en"]),
        ("Traceable Cal Services LLC", "traceablecal.com", "Dayton", ["en"])]
PEOPLE = ["Joao Cardoso", "Marta Lopes", "Klaus Weber", "Ute Schaller", "Dwayne Reyes", "Rita Abara", "Nils Olsen",
          "Paulo Ibarra", "Greta Falk", "Omar Rahman", "Lena Sorensen", "Tiago Castell"]


def _idgen(v):
    return v.choice([("calibration-certificate-number", "CAL-%d-%s" % (v.choice([2024, 2025]), v.digits(6))),
                     ("asset-tag", "AT-%s" % v.digits(6)), ("instrument-serial", "%s%s" % (v.upper_alnum(2), v.digits(7)))])


VOCAB = {
    "apps": ["certgen", "assetwatch", "metcal-bridge", "customer-portal", "environ-log", "pickup-routing"],
    "systems": [("MET/CAL database", "metcaldb", "mssql", "metcal"), ("asset database", "assetdb", "pg", "assetwatch"),
                ("certificate archive", "certarch", "mysql", "certgen"), ("portal sessions", "portalcache", "redis", "portal"),
                ("environment log store", "envlog", "mongo", "environ")],
    "devices": [("multifunction calibrator", "5730A"), ("temperature bath", "7080"), ("pressure controller", "PPC4"),
                ("environment logger", "DT-172"), ("torque analyser", "TTA-500")],
    "chatter": ["5730A is back from the cal at the national lab", "lab temp drifted 0.6 K overnight, check the HVAC",
                "customer wants the as-found data on the certificate", "three pickups in the north route tomorrow",
                "uncertainty budget for the 100 bar range needs review", "auditor is here on the 14th"],
    "channels": ["lab", "certificates", "logistics", "quality", "it"],
    "topics": ["Certificate PDF missing the signature", "Customer portal download link expired", "MET/CAL procedure fails to connect to 5730A",
               "Environment logger alarm not e-mailed", "Asset labels print with the wrong due date"],
    "langs": ["en", "pt", "de"],
    "wifi": ["Lab", "Office", "Van", "Guest"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    # MET/CAL procedure station
    d = ctx.doc("metcal/stations/bench-3.ini", crlf=True)
    d.w("[station]", "name=BENCH-3", "calibrator=5730A", "calibrator_serial=" + d.N("%s%s" % (v.upper_alnum(2), v.digits(7)), "instrument-serial"),
        "lan_password=" + d.S(ctx.weak("bench"), "instrument-lan-password"), "", "[database]",
        "connection=Provider=MSOLEDBSQL;Data Source=%s;Initial Catalog=METCAL;User ID=metcal;Password=%s" % (
            ctx.host("sql01"), d.S(ctx.pw(), "oledb-connection-password")))
    # certificate signing: PKCS#12 password in the config, key on disk
    d = ctx.doc("certgen/config/sign.conf")
    d.w("# PDF signing for calibration certificates", "keystore=/etc/certgen/signer.p12",
        "keystore_password=" + d.S(ctx.pw("strong"), "pkcs12-password"), "tsa_url=http://timestamp.example.org",
        "reason=Calibration certificate", "signer_thumbprint=" + d.N(v.HEXU(40), "certificate-thumbprint"))
    k = ctx.key("rsa")
    d = ctx.doc("certgen/signing/cert-signer.key")
    d.w(d.K(k.pem_pkcs8(), "private-key-pdf-signing", {"format": "pem"}))
    # environment loggers: SNMP write community vs public
    d = ctx.doc("environ-log/loggers.yaml")
    d.w("loggers:", "  - room: lab-1", "    ip: 10.80.1.21", "    snmp_read: " + d.N("public", "snmp-default-community"),
        "    snmp_write: " + d.S(ctx.tok("cal_rw_", 10), "snmp-write-community"), "  - room: lab-2", "    ip: 10.80.1.22",
        "    cloud_token: " + d.S(ctx.api("b64u"), "logger-cloud-token"))
    # customer portal (Node config JSON)
    mg = ctx.prov("sendgrid")
    d = ctx.doc("customer-portal/config/production.json")
    d.w("{", '  "session": {"secret": "%s", "maxAgeHours": 8},' % d.S(ctx.uniq(lambda: v.b64(32)), "session-secret"),
        '  "db": {"url": "mysql://portal:%s@%s:3306/portal"},' % (d.S(ctx.pw("uri"), "mysql-uri-password"), ctx.host("mysql01")),
        '  "mail": {"provider": "sendgrid", "apiKey": "%s"},' % d.P(mg[2], mg[0]),
        '  "downloads": {"signedUrlTtl": 900}', "}")
    # Kotlin asset tracker with an RFID reader key
    d = ctx.doc("assetwatch/src/main/kotlin/AssetWatchConfig.kt")
    d.w("package lab.assetwatch", "", "object AssetWatchConfig {", '    const val READER_HOST = "10.80.2.40"',
        '    const val READER_API_KEY = "%s"' % d.S(ctx.api("upper"), "rfid-reader-api-key"),
        '    val dbPassword: String = System.getenv("ASSET_DB_PASSWORD") ?: error("missing")', "}")
    # pickup routing with a Twilio API key pair and Google key
    d = ctx.doc("pickup-routing/routes.py")
    cat, idn, secn, idv, secv = ctx.pair("twilio-key")
    mi, ma = d.pair(cat, idv, secv)
    gk = ctx.prov("google-api")
    sid = ctx.public("twilio-sid")
    d.w("from twilio.rest import Client", "", 'ACCOUNT_SID = "%s"' % d.N(sid[2], sid[0]), 'API_KEY_SID = "%s"' % mi,
        'API_KEY_SECRET = "%s"' % ma, 'GMAPS_KEY = "%s"' % d.P(gk[2], gk[0]), "",
        "client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)")
    # nightly backup batch
    d = ctx.doc("lab/scripts/backup-certs.cmd", crlf=True)
    d.w("@echo off", "net use Z: \\\\%s\\certs /user:LAB\\backup %s /persistent:no" % (ctx.host("nas01"), d.S(ctx.pw(), "net-use-password")),
        "robocopy D:\\Certificates Z:\\ /MIR /R:2", "net use Z: /delete")
    # certificate register CSV: identifiers only
    d = ctx.doc("certificates/register-%s.csv" % v.date()[:7])
    d.w("certificate,asset,serial,issued,sha256_pdf")
    for _ in range(3):
        d.w("CAL-2025-%s,AT-%s,%s,%s,%s" % (v.digits(6), v.digits(6), v.upper_alnum(8), v.date(), d.N(v.sha256(), "sha256-digest")))
    # customer e-mail with a certificate download password (free text)
    d = ctx.doc("customer-service/mail/ready-%s.eml" % v.digits(5), free=True)
    body = ["Hello %s," % p[6].split()[0], "", "your instruments have been calibrated; certificate " + d.N("CAL-2025-%s" % v.digits(6), "calibration-certificate-number") + " is attached.",
            "The PDF is password protected, the password is " + d.S(ctx.uri(10), "pdf-open-password") + ".",
            "Portal account for your quality team: quality@customer.example / " + d.S(ctx.weak(), "temporary-password-email"), "", p[0]]
    prose16.email(d, v, p[0], "%s <quality@customer.example>" % p[6], "Calibration completed", body, domain=ctx.domain)
    # DokuWiki page for the reference-standard lab (free text)
    d = ctx.doc("lab/wiki/reference-standards.txt", free=True)
    prose16.wiki(d, "dokuwiki", "Reference standards", [
        ("p", "Standards go to the national lab every 12 months."),
        ("table", [["standard", "due", "portal login", "password"],
                   ["10 V reference", v.date(), "lab-%s" % ctx.short, d.S(ctx.pw(), "portal-password-wiki")],
                   ["PRT set", v.date(), "lab-%s" % ctx.short, d.N("(same as above)", "same-as-above-pointer")]]),
        ("p", "Shipping insurance number " + d.N("INS-%s" % v.digits(8), "insurance-number"))])
