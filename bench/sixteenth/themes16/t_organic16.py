"""organic-certifier: an organic-farming certification body (auditor mobile app, certificate
registry, residue lab, EU trade-certificate bridge, inspection scheduling, public verify page)."""

import prose16
from themes16.common16 import cfg

NAME = "organic-certifier"
ORGS = [("Certibio Sud", "certibio-sud.fr", "Montpellier", ["fr", "en"]),
        ("Verde Control Organico SL", "verdecontrol.es", "Murcia", ["es", "en"]),
        ("Green Leaf Certification Ltd", "greenleaf-cert.ie", "Cork", ["en"])]
PEOPLE = ["Claire Moreau", "Lucia Zapata", "Ciaran Keane", "Ines Ibarra", "Amaury Falk", "Nuria Reyes", "Ronan Quist",
          "Elodie Weber", "Pablo Castell", "Siobhan Dahl", "Jules Balogun", "Marta Lopes"]


def _idgen(v):
    return v.choice([("operator-code", "FR-BIO-%02d-OP-%s" % (v.randint(1, 99), v.digits(5))),
                     ("certificate-number", "CERT-%d-%s" % (v.choice([2024, 2025]), v.digits(6))),
                     ("lab-sample-id", "LS%s%s" % (v.digits(6), v.upper_alnum(2)))])


VOCAB = {
    "apps": ["auditor-app", "cert-registry", "residue-lab", "traceweb", "inspection-scheduler", "trade-bridge"],
    "systems": [("certificate registry DB", "certdb", "pg", "registry"), ("residue LIMS", "lims", "mssql", "lims_export"),
                ("scheduler DB", "sched", "mysql", "scheduler"), ("photo evidence store", "evidence", "mongo", "auditor"),
                ("public verify cache", "verifycache", "redis", "verify")],
    "devices": [("auditor tablet", "Tab S9 FE"), ("GC-MS workstation", "8890/5977"), ("label printer", "ZD421"),
                ("field GPS", "eTrex 32x"), ("sample fridge", "Liebherr SRFvg")],
    "chatter": ["three unannounced visits planned in the valley next week", "residue results for the apricot lot came back clean",
                "operator disputes the non-conformity on buffer zones", "TRACES export failed again at 02:00",
                "new inspector starts Monday, needs a tablet", "certificate PDFs missing the QR code"],
    "channels": ["inspections", "certification", "labo", "it", "qualite"],
    "topics": ["Auditor app crashes when attaching photos", "Public verify page shows expired certificates",
               "Residue results not imported into the registry", "Trade certificate bridge rejected by EU system",
               "Scheduler double-books inspectors"],
    "langs": ["fr", "es", "en"],
    "wifi": ["Bureau", "Labo", "Terrain", "Invites"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    gm = ctx.prov("google-api")
    # Android resource file with the backend key and a Maps key
    d = ctx.doc("auditor-app/android/app/src/main/res/values/secrets.xml")
    d.w('<?xml version="1.0" encoding="utf-8"?>', "<resources>",
        '    <string name="backend_api_key">%s</string>' % d.S(ctx.api("b62"), "mobile-app-api-key"),
        '    <string name="google_maps_key">%s</string>' % d.P(gm[2], gm[0]),
        '    <string name="app_name">Audit Terrain</string>', "</resources>")
    # iOS xcconfig
    d = ctx.doc("auditor-app/ios/Config/Release.xcconfig")
    d.w("PRODUCT_BUNDLE_IDENTIFIER = eu.%s.audit" % ctx.short.replace("-", ""), "API_BASE = https:/$()/api.%s" % ctx.domain,
        "API_SIGNING_SECRET = " + d.S(v.hex(40), "mobile-app-signing-secret"), "SENTRY_DSN = $(SENTRY_DSN)")
    # Rails database.yml: production literal, development default
    d = ctx.doc("cert-registry/config/database.yml")
    d.w("default: &default", "  adapter: postgresql", "  pool: 5", "", "development:", "  <<: *default", "  database: registry_dev",
        "  password: " + d.N("password", "well-known-default"), "", "production:", "  <<: *default", "  database: registry",
        "  host: %s" % ctx.host("pg01"), "  username: registry", "  password: " + d.S(ctx.pw(), "rails-database-password"))
    # residue LIMS export
    d = ctx.doc("residue-lab/lims/lims-export.ini", crlf=True)
    d.w("[lims]", "server=%s" % ctx.host("lims01"), "database=LIMS", "user=lims_export", "password=" + d.S(ctx.pw(), "lims-db-password"),
        "", "[sftp]", "host=sftp.lab-partner.example", "user=%s" % ctx.short, "password=" + d.S(ctx.pw("uri"), "sftp-password"),
        "known_host=" + d.N("SHA256:" + v.b64(32).rstrip("="), "ssh-host-key-fingerprint"))
    # EU trade-certificate bridge
    d = ctx.doc("trade-bridge/config/bridge.properties")
    d.w("ws.endpoint=https://webgate.ec.europa.example/tracesnt/ws", "ws.username=%s_ws" % ctx.short,
        "ws.password=" + d.S(ctx.pw("strong"), "soap-ws-password"), "keystore.path=/etc/bridge/client.p12",
        "keystore.password=" + d.S(ctx.pw(), "keystore-password"), "keystore.alias=" + d.N("tracesnt-client-%s" % v.digits(4), "keystore-alias"))
    # Rust scheduler constants
    d = ctx.doc("inspection-scheduler/src/mail.rs")
    d.w("pub const SMTP_HOST: &str = \"smtp.%s\";" % ctx.domain, "pub const SMTP_USER: &str = \"planning\";",
        'pub const SMTP_PASS: &str = "%s";' % d.S(ctx.pw(), "smtp-password"),
        'pub const ICS_FEED_KEY: &str = env!("ICS_FEED_KEY");')
    # WordPress site: DB password and two salts; the placeholder salts stay in the sample
    d = ctx.doc("traceweb/wp-config.php")
    d.w("<?php", "define( 'DB_NAME', 'traceweb' );", "define( 'DB_USER', 'traceweb' );",
        "define( 'DB_PASSWORD', '%s' );" % d.S(ctx.pw(), "wordpress-db-password"), "define( 'DB_HOST', '%s' );" % ctx.host("mysql01"),
        "define( 'AUTH_KEY',         '%s' );" % d.S(v.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@%^*()-_=+[]{}|:,.?~", 64), "wordpress-salt"),
        "define( 'SECURE_AUTH_KEY',  '%s' );" % d.S(v.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@%^*()-_=+[]{}|:,.?~", 64), "wordpress-salt"),
        "$table_prefix = 'wp_';")
    d = ctx.doc("traceweb/wp-config-sample.php")
    d.w("<?php", "define( 'DB_PASSWORD', '%s' );" % d.N("password_here", "placeholder-fill"),
        "define( 'AUTH_KEY',         '%s' );" % d.N("put your unique phrase here", "wordpress-placeholder-salt"))
    # public verify page: public-by-design keys
    rc = ctx.public("recaptcha-site")
    d = ctx.doc("cert-registry/public/verify.js")
    d.w("// public certificate lookup", "const SEARCH_KEY = '%s'; // read-only, rate limited" % d.N(v.hex(32), "public-search-key"),
        "const RECAPTCHA_SITE_KEY = '%s';" % d.N(rc[2], rc[0]), "export async function verify(code) {",
        "  return fetch(`/api/verify/${code}?k=${SEARCH_KEY}`);", "}")
    # certificate signing key
    k = ctx.key("rsa")
    d = ctx.doc("cert-registry/signing/certificate-signer.key")
    d.w(d.K(k.pem_traditional(), "private-key-rsa-certificate-signing", {"format": "pem"}))
    # inspector e-mail to an operator (free text)
    d = ctx.doc("inspections/mail/operator-portal-%s.eml" % v.digits(4), free=True)
    body = ["Bonjour," if ctx.langs[0] == "fr" else ("Hola," if ctx.langs[0] == "es" else "Hello,"), "",
            "Operator code: " + d.N("FR-BIO-%02d-OP-%s" % (v.randint(1, 99), v.digits(5)), "operator-code"),
            "Portal login: your e-mail address", "Temporary password: " + d.S(ctx.weak(), "temporary-password-email"),
            "Please upload the input purchase invoices before the visit.", "", p[0]]
    prose16.email(d, v, p[0], "contact@ferme.example", "Acces portail / portal access", body, domain=ctx.domain)
    # audit checklist notes (free text)
    day = v.date()
    d = ctx.doc("inspections/notes/audit-%s.txt" % day, free=True)
    d.w("Audit checklist - %s" % day, "[x] buffer zone measured (GPS)", "[x] input register checked",
        "[ ] farm office Wi-Fi for the upload: " + d.S(ctx.phrase(""), "wifi-passphrase-notes"),
        "[x] samples taken: " + d.N("LS%s%s" % (v.digits(6), v.upper_alnum(2)), "lab-sample-id"),
        "note: operator's accounting software login written on the whiteboard - told them to change it, not copied here")
