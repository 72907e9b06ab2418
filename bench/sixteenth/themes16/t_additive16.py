"""additive-bureau: an industrial 3D-printing service bureau (print farm, build prep, powder
traceability, CT inspection, customer quote and upload portal)."""

import prose16
from themes16.common16 import cfg, pair_entries, rows_to_entries
import syntax16

NAME = "additive-bureau"
ORGS = [("Layerform Additive BV", "layerform.nl", "Eindhoven", ["nl", "en"]),
        ("Printwerk Additive GmbH", "printwerk-am.de", "Augsburg", ["de", "en"]),
        ("Fathom Layer Works Inc", "fathomlayer.com", "Raleigh", ["en"])]
PEOPLE = ["Sanne Bakker", "Pia Jensen", "Kai Nilsen", "Mateo Reyes", "Femi Okafor", "Lior Haddad", "Anders Dahl",
          "Mei Takahashi", "Quinn Olsen", "Esra Kaya", "Oskar Quist", "Nadia Rahman"]


def _idgen(v):
    return v.choice([("build-job-id", "BJ-%s-%s" % (v.digits(5), v.upper_alnum(2))),
                     ("powder-lot", "LOT %s-%s" % (v.choice(["Ti64", "AlSi10Mg", "316L", "PA12"]), v.digits(6))),
                     ("stl-sha256", v.sha256())])


VOCAB = {
    "apps": ["quote-engine", "buildprep", "powdertrack", "ctscan-hub", "printfarm", "partportal"],
    "systems": [("powder traceability DB", "powderdb", "mssql", "powdertrack"), ("quote engine DB", "quotedb", "pg", "quotes"),
                ("CT archive", "ctarchive", "mysql", "ct_ingest"), ("job queue", "jobq", "redis", "printfarm"),
                ("portal document store", "docstore", "mongo", "partportal")],
    "devices": [("SLM machine HMI", "M 290"), ("SLS printer", "P 396"), ("FDM farm node", "X1C"), ("CT scanner PC", "v|tome|x"),
                ("sieving station", "PSM 100")],
    "chatter": ["build 2231 finished, 3 parts with warp on the left edge", "Ti64 lot is at 9 reuse cycles, retire after this build",
                "customer wants the CT report by Friday", "argon pressure dropped overnight on machine 2",
                "support removal queue is 40 parts deep", "new quote template is live, please test"],
    "channels": ["printfarm", "quotes", "qa-ct", "buildprep", "it"],
    "topics": ["Upload portal rejects STEP files over 200 MB", "Quote PDF shows wrong VAT", "Powder lot scan fails at sieving station",
               "CT hub cannot reach the archive share", "Printer farm dashboard offline"],
    "langs": ["en", "nl", "de"],
    "wifi": ["Farm", "Hall-B", "QA", "Guest"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    # OctoPrint instances, one API key per printer
    for n in range(1, 4):
        d = ctx.doc("printfarm/octoprint/printer-%02d/config.yaml" % n)
        d.w("api:", "  key: " + d.S(ctx.uniq(lambda: v.HEXU(32)), "octoprint-api-key"), "appearance:", "  name: farm-%02d" % n,
            "printerProfiles:", "  default: _default", "serial:", "  port: /dev/ttyACM0", "  baudrate: 250000",
            "plugins:", "  softwareupdate:", "    check_providers: {}", "# printer serial: " + d.N("01S00C%s" % v.digits(9), "device-serial"))
    # Magics licence server
    d = ctx.doc("buildprep/licensing/license-server.cfg", crlf=True)
    d.w("[server]", "port=27000", "hostid=" + d.N(v.mac().replace(":", ""), "licence-host-id"),
        "activation_code=" + d.S("-".join(v.upper_alnum(5) for _ in range(5)), "software-licence-key"),
        "[proxy]", "user=licsvc", "password=" + d.S(ctx.pw(), "proxy-password"))
    # Django settings for the part portal with an S3 pair
    d = ctx.doc("partportal/partportal/settings/production.py")
    cat, idn, secn, idv, secv = ctx.pair("aws")
    mi, ma = d.pair(cat, idv, secv)
    pk = ctx.public("stripe-pk")
    d.w("from .base import *  # noqa", "import os", "", "DEBUG = False",
        'SECRET_KEY = "%s"' % d.S(ctx.uniq(lambda: "django-" + v.chars("abcdefghijklmnopqrstuvwxyz0123456789!@%^*(-_=+)", 50)), "django-secret-key"),
        "DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",', '        "NAME": "partportal",',
        '        "USER": "partportal",', '        "PASSWORD": "%s",' % d.S(ctx.pw(), "django-db-password"),
        '        "HOST": "%s",' % ctx.host("pg01"), "    }", "}", "", "# STL uploads",
        'AWS_ACCESS_KEY_ID = "%s"' % mi, 'AWS_SECRET_ACCESS_KEY = "%s"' % ma, 'AWS_STORAGE_BUCKET_NAME = "%s-uploads"' % ctx.short,
        'STRIPE_PUBLISHABLE_KEY = "%s"' % d.N(pk[2], pk[0]),
        "EMAIL_HOST_PASSWORD = " + d.N('os.environ["EMAIL_HOST_PASSWORD"]', "env-reference"))
    # powder traceability .NET settings
    d = ctx.doc("powdertrack/appsettings.Production.json", crlf=True)
    d.w("{", '  "ConnectionStrings": {',
        '    "Powder": "Server=%s;Database=PowderTrack;User Id=powdertrack;Password=%s;TrustServerCertificate=True"' % (
            ctx.host("sql01"), d.S(ctx.pw("strong"), "ado-connection-password")), "  },",
        '  "PowderVendor": { "BaseUrl": "https://api.powder-vendor.example", "ApiKey": "%s" },' % d.S(ctx.api("b64"), "generic-api-key"),
        '  "ApplicationInsights": { "ConnectionString": "%s" },' % d.N(
            "InstrumentationKey=%s;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" % v.uuid(), "appinsights-connection-string"),
        '  "Logging": { "LogLevel": { "Default": "Information" } }', "}")
    # CT hub compose
    d = ctx.doc("ctscan-hub/docker-compose.yml")
    d.w("services:", "  minio:", "    image: minio/minio@sha256:" + d.N(v.sha256(), "docker-image-digest"), "    environment:",
        "      MINIO_ROOT_USER: ctadmin", "      MINIO_ROOT_PASSWORD: " + d.S(ctx.pw("uri"), "minio-root-password"), "  db:",
        "    image: postgres:16", "    environment:", "      POSTGRES_PASSWORD: " + d.S(ctx.pw(), "postgres-env-password"),
        "      POSTGRES_INITDB_ARGS: --auth-host=scram-sha-256", "  viewer:", "    image: registry.%s/ct-viewer:3.2" % ctx.domain,
        "    environment:", "      VIEWER_SECRET: " + d.N("${VIEWER_SECRET:?set in .env}", "env-reference"))
    # Bambu-style LAN farm: access codes
    d = ctx.doc("printfarm/slicer/lan_farm.json")
    d.w("{", '  "printers": [')
    for n in range(2):
        d.w('    {"name": "x1c-%02d", "ip": "%s", "serial": "%s",' % (n + 1, v.ip(), v.upper_alnum(15)),
            '     "access_code": "%s"}%s' % (d.S(ctx.uniq(lambda: v.digits(8)), "printer-lan-access-code"), "," if n == 0 else ""))
    d.w("  ]", "}")
    # quote engine TS: HubSpot private-app token and Shopify admin token
    shp = ctx.prov("shopify-admin")
    d = ctx.doc("quote-engine/src/integrations.ts")
    d.w("import { Client } from '@hubspot/api-client';", "",
        "const hubspot = new Client({ accessToken: '%s' });" % d.S("pat-eu1-" + v.uuid(), "hubspot-private-app-token"),
        "export const shopifyAdmin = '%s';" % d.P(shp[2], shp[0]),
        "export const quoteBucket = process.env.QUOTE_BUCKET ?? 'quotes-dev';")
    # MySQL users
    d = ctx.doc("ctscan-hub/sql/users.sql")
    d.w("CREATE USER 'ct_ingest'@'10.%%' IDENTIFIED BY '%s';" % d.S(ctx.pw(), "mysql-identified-by-password"),
        "CREATE USER 'ct_read'@'%%' IDENTIFIED WITH mysql_native_password AS '%s';" % d.N(v.mysql_hash(), "mysql-native-hash"),
        "GRANT SELECT ON ct.* TO 'ct_read'@'%';")
    # nginx proxy in front of OctoPrint
    d = ctx.doc("printfarm/nginx/octoprint.conf")
    d.w("server {", "    listen 443 ssl;", "    server_name farm.%s;" % ctx.domain, "    location /printer01/ {",
        "        proxy_pass http://10.20.0.11:5000/;", '        proxy_set_header X-Api-Key "%s";' % d.S(ctx.uniq(lambda: v.HEXU(32)), "proxy-injected-api-key"),
        "    }", "}")
    # JWT signing key for the portal
    k = ctx.key("ec")
    d = ctx.doc("partportal/keys/jwt-es256.pem")
    d.w(d.K(k.pem_traditional(), "private-key-ec-jwt-signing", {"format": "pem"}))
    # jobs CSV: identifiers only
    d = ctx.doc("printfarm/reports/jobs-week.csv")
    d.w("job,machine,material,stl_sha256,operator")
    for _ in range(3):
        c, x = ("stl-sha256", v.sha256())
        d.w("%s,M%d,%s,%s,%s" % ("BJ-" + v.digits(5), v.randint(1, 4), v.choice(["Ti64", "PA12", "316L"]), d.N(x, c), v.choice(p).split()[0]))
    # customer e-mail: portal password and a private download link
    d = ctx.doc("quotes/mail/order-%s-ready.eml" % v.digits(5), free=True)
    link = "https://files.%s/s/%s" % (ctx.domain, v.alnum(15))
    body = ["Hello,", "", "your parts and the CT report for order %s are ready." % d.N("Q-%s" % v.digits(6), "order-number"), "",
            "Report download (valid 14 days): %s?k=%s" % (link, d.S(ctx.uniq(lambda: v.b64url(24)), "private-share-link-key")),
            "Portal password for your colleague: " + d.S(ctx.weak(), "temporary-password-email"), "",
            "Best regards,", p[0]]
    prose16.email(d, v, p[0], "purchasing@customer.example", "Your order is ready", body, domain=ctx.domain)
    # farm shift notes (free text)
    d = ctx.doc("printfarm/notes/nightshift.md", free=True)
    d.w("# Night shift notes", "", "- M2 argon alarm at 01:20, refilled", "- x1c-03 access code reset by the firmware update,"
        " new code " + d.S(ctx.uniq(lambda: v.digits(8)), "printer-lan-access-code"),
        "- sieving station HMI: login `operator`, wachtwoord " + d.S(ctx.weak("sieve"), "hmi-password-notes"),
        "- powder lot " + d.N("LOT Ti64-%s" % v.digits(6), "powder-lot") + " quarantined (moisture)")
