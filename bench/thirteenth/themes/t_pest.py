"""pest-control/: a pest-control operator (smart bait stations, route handhelds, fumigation gas monitors,
termite moisture sensors, state pesticide-use reporting, customer portal)."""
from themes import prose
from themes.common import env_files, sql_users, device_sheet, chat_file, wiki_file, ticket_file

SLUG = "pest-control"
VARIANTS = [("Briarwood Pest Solutions", "briarwoodpest.com", "Fresno"),
            ("Sentinel Pest & Termite", "sentinelpest.net", "Orlando"),
            ("Greenway Pest Services", "greenwaypest.com", "Raleigh")]
WORDS = ["termite", "rodent", "bait", "sentinel", "greenway", "briarwood", "station", "route", "cricket",
         "hornet", "beetle", "fumigate"]


def build(t):
    v = t.v
    gw_pw = t.v.pw_device()
    kiosk_pw = v.digits(4) + t.v.s("ABCDEFGHJKLMNPQRSTUVWXYZ", 2) + v.digits(2)
    mon_pw = t.pw(v.choice(["strong", "human"]))
    branch_wifi = t.human()
    vendor = v.choice(["TrapSense", "BaitLink", "RodentIQ"])

    d = t.f("iot/bait-gateways.yaml")
    d.w("# %s bait-station gateways (LoRaWAN)" % vendor, "network:", "  region: US915")
    d.w("  join_eui: \"%s\"" % d.N(v.HEX(16), "device-id"))
    d.w("  app_key: \"%s\"" % d.S(v.HEX(32), "lorawan-appkey"))
    d.w("gateways:")
    for i in range(v.randint(3, 4)):
        d.w("  - site: %s" % v.choice(["Warehouse %d" % (i + 1), "Food plant %d" % (i + 1), "Hospital %d" % (i + 1)]))
        d.w("    serial: \"%s\"" % d.N(v.serial("GW", 10), "device-id"))
        d.w("    admin_user: admin")
        d.w("    admin_password: \"%s\"" % d.S(gw_pw, "bait-gateway-password"))
    d.w("cloud:", "  endpoint: https://api.%s.example-iot.com/v1" % vendor.lower())
    d.w("  api_token: \"%s\"" % d.P("bsk_" + v.alnum(36), "bait-cloud-token"))

    d = t.f("routes/handheld-mdm.json")
    d.w("{", '  "profile": "route-tech-2025",', '  "kiosk": {', '    "allowlist": ["com.fieldroutes.tech", "com.google.android.apps.maps"],')
    d.w('    "exit_password": "%s"' % d.S(kiosk_pw, "kiosk-exit-password"))
    d.w("  },")
    d.w('  "enrollment_token": "%s",' % d.S("mdm_" + v.b64u(40), "mdm-enrollment-token"))
    d.w('  "devices": [')
    n = v.randint(2, 3)
    for i in range(n):
        d.w('    {"tech": "%s", "imei": "%s"}%s' % (t.user(i), d.N(v.imei(), "device-id"), "," if i < n - 1 else ""))
    d.w("  ]", "}")

    d = t.f("fumigation/gas-monitor.ini", crlf=True)
    d.w("; sulfuryl fluoride monitor - tarp jobs", "[Device]", "Model=FumiScope 3")
    d.w("Serial=" + d.N(v.serial("FS3-", 8), "device-id"))
    d.w("AdminPassword=" + d.S(mon_pw, "gas-monitor-password"))
    d.w("", "[Cloud]", "Endpoint=https://cloud.fumiscope.example.com/upload")
    d.w("UploadToken=" + d.P("fsc_" + v.hex(40), "fumiscope-token"))
    d.w("", "[Alarms]", "WarnPPM=1", "EvacuatePPM=5")

    d = t.f("compliance/pur_upload.py")
    d.w('"""Uploads the monthly pesticide-use report (PUR) to the state portal."""', "import os", "import requests", "",
        "PORTAL = 'https://pur.agriculture.example.gov/api/reports'", "USER = '%s_pur'" % t.short[:8])
    d.w("PASSWORD = '%s'  # portal account, shared by the office" % d.S(t.pw(), "state-portal-password"))
    d.w("PROXY = " + d.N('os.environ["PUR_PROXY"]', "env-reference"), "",
        "def upload(path):", "    with open(path, 'rb') as fh:",
        "        r = requests.post(PORTAL, files={'report': fh}, auth=(USER, PASSWORD), proxies={'https': PROXY})",
        "    r.raise_for_status()", "    return r.json()['receipt']")

    env_files(t, "crm/.env.production", [
        ("T", "APP_ENV", "production"),
        ("S", "DATABASE_URL", v.pw_uri(), "db-url-password", "generic",
         "mysql://crm:{PW}@mysql-crm.%s:3306/crm" % t.domain),
        ("S", "FIELDROUTE_API_KEY", "frt_" + v.alnum(40), "fieldroute-api-key", "provider"),
        ("S", "SAMSARA_API_TOKEN", t.tok("samsara-token"), "samsara-token", "provider"),
        ("S", "GOOGLE_GEOCODING_KEY", t.tok("google-api-key"), "google-api-key", "provider"),
        ("S", "APP_KEY", "base64:" + v.b64bytes(32), "laravel-app-key"),
        ("N", "MAPBOX_PUBLIC_TOKEN", "pk." + v.b64u(60) + "." + v.b64u(22), "publishable-key"),
    ], title="customer CRM (Laravel)")

    d = t.f("termite/moisture-sensors.toml")
    d.w("# wireless termite moisture sensors", "[cloud]", 'url = "https://api.termisense.example.com"')
    d.w('token = "%s"' % d.P("tms_" + v.alnum(32), "termisense-token"))
    d.w("", "[mqtt]", 'host = "mqtt.%s"' % t.domain, "port = 8883", 'user = "sensors"')
    d.w('password = "%s"' % d.S(v.pw_uri(), "mqtt-password"))
    d.w("", "[thresholds]", "wood_moisture_pct = 19")

    d = t.f("fleet/docker-compose.yml")
    d.w("services:", "  db:", "    image: postgres:16@" + d.N(v.image_digest(), "image-digest"), "    environment:",
        "      POSTGRES_USER: fleet")
    d.w("      POSTGRES_PASSWORD: %s" % d.S(t.pw("uri"), "postgres-password"))
    d.w("  grafana:", "    image: grafana/grafana:11.2.0", "    environment:")
    d.w("      GF_SECURITY_ADMIN_PASSWORD: \"%s\"" % d.S(t.pw("strong"), "grafana-admin-password"))
    d.w("      GF_SMTP_PASSWORD: %s" % d.N("${SMTP_PASSWORD}", "env-reference"))
    d.w("    ports: [\"3000:3000\"]")

    d = t.f("sql/technician-logins.sql")
    d.w("-- route-tech handheld sync accounts (MySQL 8)")
    sql_users(t, d, "mysql", [("sync_tech", v.pw_uri()), ("report_ro", None), ("pur_export", t.pw()),
                              ("old_handheld", None)])

    d = t.f("chemicals/sds-sync.php")
    d.w("<?php", "// nightly SDS download for the label library", "define('SDS_API_BASE', 'https://api.sdsvault.example.com');")
    d.w("define('SDS_API_SECRET', '%s');" % d.P("sdsv_" + v.hex(32), "sdsvault-secret"))
    d.w("define('SMTP_PASS', %s);" % d.N("getenv('SMTP_PASS')", "env-reference"))

    d = t.f("crm/Dockerfile")
    d.w("FROM php:8.3-fpm@" + d.N(v.image_digest(), "image-digest"), "ARG COMPOSER_AUTH",
        "WORKDIR /var/www", "COPY . .")
    d.w("RUN echo \"//registry.npmjs.org/:_authToken=%s\" > .npmrc && npm ci && rm .npmrc"
        % d.N("${NPM_TOKEN}", "env-reference"))
    d.w('CMD ["php-fpm"]')

    device_sheet(t, "office/branch-devices.csv", [
        ("DVR", "yard", "admin", ("S", t.pw("human"), "dvr-password"), v.serial("DS7", 9), "4 cams"),
        ("Chemical room door", "warehouse", "installer", ("S", v.pw_device(), "door-controller-password"),
         v.serial("ACU", 8), ""),
        ("Branch Wi-Fi", "office", "", ("S", branch_wifi, "wifi-psk"), "-", ""),
        ("Route laptop pool", "office", "localadmin", ("N", "see Bitwarden 'route laptops'", "secret-reference"),
         v.serial("5CG", 7), ""),
        ("IP phone 101", "front desk", "", None, v.mac(), "no admin"),
        ("Label printer", "chem room", "admin", ("N", "1234", "well-known-default"), v.serial("ZT4", 8),
         "factory PIN, USB only"),
    ], sep=";")

    # ---------------------------------------------------------------- free text
    d, fmt = chat_file(t, "chat/route-techs", "route techs")
    prose.chat(d, t, fmt, "route techs", [
        (t.who(0), "gateway at the food plant is offline again, what's the admin pw?"),
        (t.who(1), "same as all of them: %s" % d.S(gw_pw, "bait-gateway-password")),
        (t.who(2), "my handheld is stuck in kiosk mode, exit code?"),
        (t.who(1), d.S(kiosk_pw, "kiosk-exit-password")),
        (t.who(3), "branch wifi changed btw: %s" % d.S(branch_wifi, "wifi-psk")),
        (t.who(4), "customer card on the ticket shows %s, don't ask them for the rest" % d.N(
            "**** **** **** %s" % v.digits(4), "masked")),
    ])

    d, fmt = wiki_file(t, "wiki/branch-manager-guide")
    mdm_pw = t.pw("strong")
    prose.wiki(d, fmt, "Branch manager guide", [
        ("h", "Route handhelds"),
        ("p", ["MDM console: https://mdm.%s, login branchadmin / %s" % (t.domain, d.S(mdm_pw, "mdm-console-password")),
               "Kiosk exit is in the MDM profile, not here."]),
        ("h", "Fumigation"),
        ("p", ["The FumiScope monitors all share the admin password %s." % d.S(mon_pw, "gas-monitor-password"),
               "Cloud upload token: see %s." % d.N("op://%s/fumiscope/token" % t.short.capitalize(),
                                                    "secret-reference")]),
        ("h", "Vehicles"),
        ("ul", ["truck hotspot key (all trucks): %s" % d.S(t.human(), "vehicle-hotspot-psk"),
                "Samsara: use your own login, the API token lives in the CRM env file"]),
    ])

    d, fmt = ticket_file(t, "tickets/portal-password")
    prose.ticket(d, t, fmt, "SUP-%d" % v.randint(1000, 9999), "Customer portal login fails", "homeowner (portal form)",
                 ["I want to pay my quarterly service but the portal says wrong password.",
                  "I'm typing %s, which is what I set in March." % d.S(t.human(), "end-user-password")],
                 [(t.who(5), ["Reset done. Temporary password: %s" % d.S(t.pw("human"), "portal-temporary-password"),
                              "Card on file: %s" % d.N("**** %s" % v.digits(4), "masked")])])

    d = t.f("email/vendor-welcome.eml", free=True)
    prose.email(d, t, "%s Support <support@%s.example-iot.com>" % (vendor, vendor.lower()),
                "%s <%s>" % (t.who(6), t.mail(6)), "Your %s dashboard account" % vendor,
                ["Hello %s," % t.first(6), "",
                 "Your dashboard account is ready. Sign in with your e-mail and this temporary password:",
                 d.S(t.pw("strong"), "vendor-dashboard-temporary-password"), "",
                 "Shared device report (no login needed): %s" % d.S(
                     "https://dash.%s.example-iot.com/share/%s" % (vendor.lower(), v.b64ubytes(18)),
                     "private-share-link"),
                 "", "The %s team" % vendor])

    d = t.f("voicemail/fumigation-crew.txt", free=True)
    prose.voicemail(d, t, t.who(7), "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hey it's %s from the tarp crew, we're at the Elm Street job." % t.first(7),
        "The new monitor won't take the old admin password.",
        "I set it to %s so we can start clearing, write that down." % d.S(t.pw("uri"), "gas-monitor-password"),
        "Call me if the office needs it changed back."])

    d = t.f("notes/ops-meeting.md", free=True)
    d.w("# Ops meeting", "", "- New state reporting year; PUR portal password rotated to %s" % d.S(
        t.pw(), "state-portal-password"))
    d.w("- Termite sensor vendor replaced the MQTT broker; creds in %s" % d.N(
        "vault:secret/data/%s/termite-mqtt" % t.short, "vault-reference"))
    d.w("- Training deck example token %s is not real (broken checksum on purpose)." % d.N(
        v.gh_bad("ghp_"), "bad-checksum-token"))
    d.w("- %s to order 40 more bait stations for the hospital contract." % t.first(2))
