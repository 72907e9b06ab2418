"""Plant genebank: cold-vault monitoring, accession database, germination-test imaging, material-transfer
agreement reporting, herbarium collections DB, public catalogue portal, off-site backups, drying room."""

from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("Highland Seed Conservatory", "highlandseeds.org", "Aberdeen"),
        ("Cordillera Genebank", "cordillera-genebank.org", "Quito"),
        ("Boreal Plant Genetic Resources Centre", "borealpgr.ca", "Saskatoon")]


def build(t):
    r = t.r
    apn_pw = r.pw_human()
    # ---- cold vault
    t.w("vault/coldroom-monitor.yaml", "monitor:\n  rooms:\n    - {name: vault-minus18, setpoint: -18, probe: %s}\n"
        "    - {name: vault-plus4, setpoint: 4, probe: %s}\n  sms_gateway:\n    provider: textlocal\n"
        "    api_key: %s\n  modem:\n    apn: m2m.carrier\n    apn_user: genebank\n    apn_password: \"%s\"\n"
        "    iccid: %s\n" % (t.N(r.serial("PR"), "device-serial"), r.serial("PR"),
                            t.S(r.s(40), "sms-gateway-api-key"), t.S(apn_pw, "apn-password"),
                            t.N("89" + r.digits(17), "sim-iccid")))

    # ---- accessions (Java properties)
    t.w("accessions/grin.properties", "# accession database connection\ndatasource.url=jdbc:sqlserver://%s:1433;"
        "databaseName=gringlobal\ndatasource.user=gg_app\ndatasource.password=%s\nweb.service.user=curator_sync\n"
        "web.service.password=%s\nsearch.public.key=%s\n" % (
            t.host("sql"), t.S(t.pw(), "jdbc-password"), t.S(t.pw(), "service-account-password"),
            t.N(r.hex(32), "public-algolia-search-key")))

    # ---- germination imaging
    up_tok = t.vendor_key("gim_", 32)
    t.w("germination/imaging.json", '{\n  "cameras": [\n    {"name": "cab-1", "mac": "%s"},\n'
        '    {"name": "cab-2", "mac": "%s"}\n  ],\n  "ftp": {\n    "host": "%s",\n    "user": "germ",\n'
        '    "password": "%s"\n  },\n  "cloud": {\n    "uploadToken": "%s"\n  }\n}\n' % (
            t.N(r.mac(), "mac-address"), r.mac(), t.host("nas"), t.S(t.pw(), "ftp-password"),
            t.S(up_tok, "vendor-api-token")))

    # ---- SMTA reporting
    t.w("exchange/smta_report.py", 'import os\n\nimport requests\n\nPORTAL = "https://mls.plant-treaty.example/api"\n'
        'PROVIDER_PID = "%s"\nUSERNAME = "%s"\nPASSWORD = "%s"\nBACKUP_PASSWORD = %s\n\n\ndef report(smtas):\n'
        '    return requests.post(PORTAL + "/smta", json=smtas, auth=(USERNAME, PASSWORD))\n' % (
            t.N("00A%s" % r.digits(5), "treaty-provider-id"), t.key + "-curator", t.S(t.pw(), "portal-password"),
            t.N('os.environ.get("SMTA_BACKUP_PASSWORD")', "env-reference")))

    # ---- herbarium
    t.w("herbarium/specify.ini", "[database]\nserver = %s\nmaster_user = specify_master\nmaster_password = %s\n"
        "it_user = root\nit_password = %s\n\n[images]\nserver = https://images.%s\n" % (
            t.host("db"), t.S(t.pw(), "db-password"), t.N("<set by the installer>", "placeholder"), t.domain))

    # ---- public catalogue portal
    env_twins(t, "catalogue-portal", [
        ("RAILS_ENV", "-", None, "production"),
        ("SECRET_KEY_BASE", "S", "rails-secret-key-base", r.hex(128)),
        ("DATABASE_PASSWORD", "S", "db-password", t.pw()),
        ("MAPBOX_SECRET_TOKEN", "P", "mapbox-secret-token", t.tok("mapbox-secret-token")),
        ("MAPBOX_PUBLIC_TOKEN", "N", "public-mapbox-token", "pk.eyJ1IjoiZ2VuZWJhbmsiLCJhIjoiY2wi" + r.s(20) +
         "." + r.s(22)),
        ("ALGOLIA_ADMIN_API_KEY", "P", "algolia-admin-key", t.tok("algolia-admin-key")),
        ("ALGOLIA_SEARCH_KEY", "N", "public-algolia-search-key", r.hex(32)),
    ])

    # ---- backups and drying room
    pr = t.R("backblaze-b2-key")
    t.w("backup/rclone.conf", "[offsite]\ntype = b2\naccount = %s\nkey = %s\nhard_delete = false\n" % (
        pr.I("005" + r.hex(22)), pr.A("K005" + r.s(27))))
    t.w("drying-room/plc-gateway.toml", '[mqtt]\nurl = "mqtts://dryroom:%s@%s:8883"\ntopic = "dryroom/+/rh"\n\n'
        '[plc]\naddress = "10.60.0.%d"\nrack = 0\nslot = 1\n' % (
            t.S(t.pw(uri=True), "mqtt-url-password"), t.host("mqtt"), r.randint(10, 99)))
    sql_logins(t, "ops/sql/roles.sql", "postgres", [("specify", True), ("portal", True), ("analytics", False)])
    device_sheet(t, "ops/vault-sheet.csv", [
        ("vault logger", "10.60.0.5", r.serial("VL"), "admin", cred_cell(t, "device-password"), "-18C"),
        ("germination cabinet", "10.60.0.31", r.serial("GC"), "operator", cred_cell(t, "device-password"), "cab-1"),
        ("x-ray seed imager", "10.60.0.40", r.serial("XR"), "service", cred_cell(t, "device-password"), "viability"),
        ("dehumidifier PLC", "10.60.0.12", r.serial("PL"), "-", t.N("no login", "prose-no-value"), "S7"),
    ])

    # ---- free text
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    t.chat("curators/vault-alerts", [
        (a, "-18 vault alarm was a door left ajar, back to -18.4"),
        (b, "the SMS modem lost its APN login, it is genebank / %s" % t.S(apn_pw, "apn-password")),
        (c, "imaging upload token for the new cabinet: %s" % t.S(up_tok, "vendor-api-token")),
        (d, "accession %s is out of stock for distribution" % t.N("%s-%05d" % (r.choice(["HSC", "CGB", "BPG"]),
                                                                               r.randint(1, 99999)),
                                                                   "accession-number")),
        (a, "the Specify master password is %s" % t.N("in the safe, not here", "prose-no-value")),
    ], "vault-alerts", fmt=r.choice(["element", "mattermost", "teams"]))
    t.wiki("wiki/vault-procedures", "Vault procedures", [
        ("h", "Power failure"),
        ("p", "The generator starts automatically; check the logger within 30 minutes."),
        ("h", "Drying room"),
        ("code", ["mosquitto_sub -h %s -p 8883 -u dryroom -P '%s' -t 'dryroom/+/rh'" % (
            t.host("mqtt"), t.S(t.pw(), "mqtt-cli-password"))]),
        ("h", "Duplicates"),
        ("p", "Safety duplicates go to the partner vault twice a year."),
    ])
    t.ticket("tickets", "REQ-%d" % r.randint(100, 999),
             "Researcher cannot sign the material transfer agreement online", [
                 (t.p(4), "A researcher reports the click-wrap SMTA page rejects her login."),
                 (t.p(5), "Account re-enabled; temporary password %s" % t.S(t.pw(), "temporary-password")),
                 (t.p(4), "Signed and shipped.")])
    t.mail("mail/partner-genebank", ("Greta", "Curation", "curation@partner-genebank.example"),
           (a[0], a[1], t.mail_of(0)), "Safety duplicate shipment", [
               "Dear %s," % a[0],
               "Please upload the inventory list to our SFTP as %s with password %s before shipping." % (
                   t.key, t.S(t.pw(), "sftp-password")),
               "The shipment reference is %s." % t.N(r.uuid(), "uuid"),
               "Best regards,"])
    t.voicemail("voicemail/refrigeration", t.p(6), a, [
        "Hi, it's the refrigeration contractor.",
        "We replaced the controller on the minus eighteen room; its web password is now %s." % t.S(
            r.pw_human(), "device-password"),
        "Invoice to follow."])
    t.notes("notes/collections-committee", "Collections committee", [
        "142 new accessions this year; 9 regenerations overdue.",
        "The germination FTP password was in the imaging repo, %s." % t.N("to be rotated", "prose-no-value"),
        "Off-site backup verified by a test restore.",
        "APN password after the carrier migration: %s" % t.S(r.pw_human(), "apn-password")])
