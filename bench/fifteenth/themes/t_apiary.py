"""Beekeepers' cooperative: cellular hive scales and acoustic sensors, extraction and bottling line, honey
authenticity (NMR) lab submissions, pollination-contract dispatch, batch traceability, web shop, queen
rearing records."""

from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("Heatherbloom Beekeepers Cooperative", "heatherbloom.coop", "Dunedin"),
        ("Linden Valley Apiarists", "lindenvalley-honey.com", "Krakow"),
        ("Sonoran Bee Collective", "sonoranbees.coop", "Tucson")]


def build(t):
    r = t.r
    scale_tok = t.vendor_key("bsc_", 32)
    # ---- hive scales
    yards = r.sample(["north-ridge", "clover-flat", "riverbend", "orchard-row", "manuka-gully", "lavender-hill"],
                     r.randint(3, 4))
    rows = []
    for i, y in enumerate(yards):
        rows.append("  - yard: %s\n    scales: %d\n    sim_iccid: \"%s\"" % (
            y, r.randint(2, 6), t.N("89" + r.digits(17), "sim-iccid") if i == 0 else "89" + r.digits(17)))
    t.w("hives/scales.yaml", "provider: beescale-cloud\napi_token: %s\napiaries:\n%s\n" % (
        t.S(scale_tok, "vendor-api-token"), "\n".join(rows)))
    t.w("hives/acoustic-sensors.json", '{\n  "broker": "mqtts://%s:8883",\n  "mqttUser": "hivesense",\n'
        '  "mqttPassword": "%s",\n  "sensors": ["%s", "%s", "%s"]\n}\n' % (
            t.host("mqtt"), t.S(t.pw(), "mqtt-password"), t.N(r.serial("HS"), "device-serial"), r.serial("HS"),
            r.serial("HS")))

    # ---- extraction plant (CRLF)
    vnc = r.s(8)
    t.w("extraction/bottling-line.ini", "[HMI]\nModel=Panel-12\nSerial=%s\nVncEnabled=1\nVncPassword=%s\n\n"
        "[Historian]\nDsn=Driver={ODBC Driver 18 for SQL Server};Server=%s;Database=Line;Uid=line;Pwd=%s;\n" % (
            t.N(r.serial("HM"), "device-serial"), t.S(vnc, "vnc-password"), t.host("sql"),
            t.S(t.pw(), "odbc-password")), crlf=True)

    # ---- NMR lab
    t.w("lab/nmr_submit.py", 'import os\n\nimport requests\n\nLAB = "https://portal.honey-nmr-lab.example/api"\n'
        'ACCOUNT = "%s"\nAPI_KEY = "%s"\nNOTIFY = %s\n\n\ndef submit(batch):\n'
        '    return requests.post(LAB + "/samples", json=batch, headers={"X-Account": ACCOUNT, "X-Key": API_KEY})\n' % (
            t.N(r.digits(6), "account-number"), t.S(r.hex(32), "lab-api-key"),
            t.N('os.environ.get("NMR_NOTIFY_EMAIL")', "env-reference")))

    # ---- pollination dispatch
    env_twins(t, "pollination-dispatch", [
        ("NODE_ENV", "-", None, "production"),
        ("DATABASE_PASSWORD", "S", "db-password", t.pw()),
        ("GOOGLE_MAPS_API_KEY", "P", "google-api-key", t.tok("google-api-key")),
        ("TWILIO_AUTH_TOKEN", "P", "twilio-auth-token", t.tok("twilio-auth-token")),
        ("MAPBOX_PUBLIC_TOKEN", "N", "public-mapbox-token", "pk.eyJ1IjoiYmVlcyIsImEiOiJjbCJ9." + r.s(22)),
        ("FLEET_API_KEY", "S", "vendor-api-key", t.vendor_key("flt_", 36)),
    ])

    # ---- traceability (HOCON)
    t.w("traceability/application.conf", 'traceability {\n  db {\n    url = "jdbc:postgresql://%s:5432/trace"\n'
        '    user = "trace"\n    password = "%s"\n  }\n  gs1 {\n    company-prefix = "%s"\n    api-key = "%s"\n'
        '  }\n}\n' % (t.host("db"), t.S(t.pw(), "db-password"), t.N(r.digits(9), "gs1-company-prefix"),
                      t.S(r.hex(32), "vendor-api-key")))

    # ---- web shop (WooCommerce REST keys)
    pr = t.R("woocommerce-rest-key")
    t.w("shop/woo-sync.php", "<?php\nrequire __DIR__ . '/vendor/autoload.php';\n\nuse Automattic\\WooCommerce\\Client;\n\n"
        "$woo = new Client(\n    'https://shop.%s',\n    '%s',\n    '%s',\n    ['version' => 'wc/v3']\n);\n" % (
            t.domain, pr.I("ck_" + r.hex(40)), pr.A("cs_" + r.hex(40))))

    # ---- queen rearing
    t.w("queens/export_records.rb", "require 'net/sftp'\n\nNet::SFTP.start('%s', 'queens', password: '%s') do |sftp|\n"
        "  sftp.upload!('breeding.csv', '/inbox/breeding.csv')\nend\n" % (
            t.host("files"), t.S(t.pw(), "sftp-password")))
    sql_logins(t, "ops/sql/users.sql", "mysql", [("shop", True), ("trace", False), ("dispatch", True)])
    device_sheet(t, "ops/extraction-sheet.tsv", [
        ("bottling HMI", "10.90.0.20", r.serial("HM"), "vnc", t.N("see bottling-line.ini", "prose-no-value"), "VNC"),
        ("label printer", "10.90.0.31", r.serial("ZB"), "admin", cred_cell(t, "device-password"), "jars"),
        ("moisture meter", "10.90.0.40", r.serial("RF"), "lab", cred_cell(t, "device-password"), "refractometer"),
        ("plant router", "10.90.0.1", r.serial("RT"), "admin", cred_cell(t, "device-password"), "fibre"),
    ], fmt="tsv")

    # ---- free text
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    t.chat("members/beekeepers", [
        (a, "swarm reported at %s, I'll go after lunch" % yards[0]),
        (b, "hive scale app logged me out, the coop token is %s" % t.S(scale_tok, "vendor-api-token")),
        (c, "bottling line VNC is %s if the HMI freezes again" % t.S(vnc, "vnc-password")),
        (d, "batch %s passed NMR, no syrup" % t.N("HB-%d-%04d" % (r.randint(2023, 2025), r.randint(1, 9999)),
                                                  "batch-number")),
        (a, "new varroa counts are in the shared sheet, %s" % t.N("the link is pinned", "prose-no-value")),
    ], "beekeepers", fmt=r.choice(["whatsapp", "telegram", "discord"]))
    t.wiki("wiki/extraction-plant", "Extraction plant", [
        ("h", "Start of season"),
        ("li", ["Clean the uncapper and spinner.", "Check the warming room holds 35 C."]),
        ("h", "Historian export"),
        ("code", ["sqlcmd -S %s -U line -P '%s' -Q 'select * from line.batches'" % (t.host("sql"), t.S(
            t.pw(), "sqlcmd-password"))]),
        ("h", "Plant Wi-Fi"),
        ("p", "SSID honey-plant, passphrase %s" % t.S(r.pw_phrase(), "wifi-passphrase")),
    ])
    t.ticket("tickets", "MEM-%d" % r.randint(100, 999),
             "Member cannot see pollination payments", [
                 (t.p(4), "A member says the payments tab is empty since the portal update."),
                 (t.p(5), "Relinked his grower ID; temporary password %s" % t.S(t.pw(), "temporary-password")),
                 (t.p(4), "Payments visible.")])
    t.mail("mail/nmr-lab", ("Soren", "Lab", "lab@honey-nmr-lab.example"), (a[0], a[1], t.mail_of(0)),
           "Portal account", [
               "Hello %s," % a[0],
               "Your sample portal login is coop-%s with password %s." % (t.key, t.S(t.pw(), "vendor-portal-password")),
               "Your account number %s must be on every shipment." % t.N(r.digits(6), "account-number"),
               "Regards,"])
    t.voicemail("voicemail/grower", t.p(6), a, [
        "Hi, this is the almond grower about the pollination contract.",
        "The gate code app for the orchard uses the password %s, your drivers will need it at night." % t.S(
            r.pw_human(), "gate-app-password"),
        "Hives in by the 20th please."])
    t.notes("notes/agm", "Annual general meeting", [
        "Crop 38 t, down 9 percent after the wet spring.",
        "Hive-scale token was shared in the members group, %s." % t.N("rotated after the meeting", "prose-no-value"),
        "Hive-scale token from now on: %s" % t.S(t.vendor_key("bsc_", 32), "vendor-api-token"),
        "Queen-rearing course in September."])
