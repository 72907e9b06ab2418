"""statistics-office: a regional official-statistics agency (CAPI field interviewing, Blaise
survey server, sampling frame, secure research data centre, SDMX dissemination, embargoed releases)."""

import prose16
from themes16.common16 import cfg

NAME = "statistics-office"
ORGS = [("Instituto Regional de Estadistica", "ire-estadistica.es", "Valladolid", ["es", "en"]),
        ("Regional Statistics Office", "rso-stats.org.uk", "Newport", ["en"]),
        ("Landesamt fuer Statistik Sued", "lstat-sued.de", "Fuerth", ["de", "en"])]
PEOPLE = ["Rosa Ibarra", "Mateo Garcia", "Ines Castell", "Rhys Keane", "Hana Sato", "Jana Vogel", "Vera Petrov", "Tariq Uddin",
          "Ama Ekwueme", "Dara Quist", "Bea Zapata", "Sven Halvorsen"]


def _idgen(v):
    return v.choice([("survey-case-id", "CASE-%s-%s" % (v.choice(["LFS", "HBS", "SILC", "ICT"]), v.digits(7))),
                     ("nuts-region-code", "ES%d%d" % (v.randint(1, 7), v.randint(1, 9))),
                     ("dataset-table-id", "T%s_%s" % (v.digits(4), v.upper_alnum(3)))])


VOCAB = {
    "apps": ["capi-sync", "blaise-server", "sdmx-api", "rdc-gateway", "sample-frame", "release-calendar"],
    "systems": [("sampling frame DB", "framedb", "pg", "frame_loader"), ("Blaise data store", "blaisedb", "mssql", "blaise_app"),
                ("dissemination warehouse", "dwh", "pg", "sdmx_ro"), ("paradata store", "paradata", "mongo", "capi"),
                ("release cache", "relcache", "redis", "calendar")],
    "devices": [("interviewer tablet", "Galaxy Tab Active"), ("CATI softphone", "Yealink"), ("secure-room thin client", "IGEL UD3"),
                ("scanning station", "Kodak i3400"), ("archive NAS", "DS1821+")],
    "chatter": ["LFS wave 3 response rate is at 61 %, two points down", "embargo for the CPI flash is 11:00 sharp",
                "the SDMX endpoint returned 502 during the release", "interviewers in the north report sync failures",
                "disclosure check flagged two cells in table 4", "new weighting script is on the share"],
    "channels": ["fieldwork", "dissemination", "rdc-support", "methods", "it-stats"],
    "topics": ["CAPI tablets fail to sync paradata", "Researcher cannot log in to the secure room",
               "SDMX API times out for large queries", "Release calendar shows the wrong embargo time",
               "Sampling frame load stuck at 80 %"],
    "langs": ["en", "es", "de"],
    "wifi": ["Campo", "Office", "Secure", "Guest"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    exit_pw = ctx.weak("campo")
    # MDM profile for interviewer tablets
    d = ctx.doc("fieldwork/capi/tablet-profile.json")
    d.w("{", '  "profileName": "CAPI interviewer 2025",', '  "kioskMode": {', '    "apps": ["org.blaise.capi", "com.android.settings"],',
        '    "exitPassword": "%s"' % d.S(exit_pw, "kiosk-exit-password"), "  },",
        '  "enrolment": {"token": "%s", "server": "https://mdm.%s"},' % (d.S(ctx.tok("ENR", 24, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "mdm-enrolment-token"), ctx.domain),
        '  "devices": [')
    for i in range(3):
        d.w('    {"imei": "%s", "interviewer": "INT-%s"}%s' % (d.N(v.imei(), "imei"), v.digits(4), "," if i < 2 else ""))
    d.w("  ]", "}")
    # Blaise server ini
    d = ctx.doc("survey/blaise/ServerManager.ini", crlf=True)
    d.w("[Server]", "Name=%s" % ctx.host("blaise01"), "Port=8031", "AdminUser=blaiseadmin",
        "AdminPassword=" + d.S(ctx.pw("strong"), "blaise-admin-password"), "", "[DataStore]",
        "Connection=Data Source=%s;Initial Catalog=Blaise;User ID=blaise_app;Password=%s" % (ctx.host("sql02"), d.S(ctx.pw(), "ado-connection-password")),
        "", "[Audit]", "AuditKey=" + d.N("%(AUDIT_KEY)s", "ini-interpolation-reference"))
    # SDMX API (Spring YAML)
    d = ctx.doc("dissemination/sdmx-api/src/main/resources/application-prod.yml")
    d.w("spring:", "  datasource:", "    url: jdbc:postgresql://%s:5432/dwh" % ctx.host("dwh01"), "    username: sdmx_ro",
        "    password: " + d.S(ctx.pw(), "spring-datasource-password"), "embargo:",
        "  preview-hmac-key: " + d.S(v.b64(32), "embargo-preview-hmac-key"), "  release-zone: Europe/Madrid", "cache:",
        "  redis-password: " + d.N("${REDIS_PASSWORD}", "env-reference"))
    # Guacamole user mapping for the research data centre
    d = ctx.doc("rdc/guacamole/user-mapping.xml")
    r1, r2 = "r.%s" % p[8].split()[-1].lower(), "r.%s" % p[9].split()[-1].lower()
    d.w("<user-mapping>", '    <authorize username="%s" password="%s">' % (r1, d.S(ctx.pw(), "guacamole-user-password")),
        '        <connection name="secure-desktop">', "            <protocol>rdp</protocol>",
        "            <param name=\"hostname\">%s</param>" % ctx.host("rdc-vdi01"), "            <param name=\"username\">rdc_%s</param>" % r1[2:],
        '            <param name="password">%s</param>' % d.S(ctx.pw("strong"), "rdp-connection-password"), "        </connection>",
        "    </authorize>", '    <authorize username="%s" password="%s" encoding="sha256">' % (r2, d.N(v.sha256(), "sha256-password-hash")),
        '        <connection name="secure-desktop"><protocol>rdp</protocol></connection>', "    </authorize>", "</user-mapping>")
    # R loader for the sampling frame
    d = ctx.doc("sample-frame/etl/load_frame.R")
    d.w("library(DBI)", "", "con <- dbConnect(RPostgres::Postgres(),", '  host = "%s", dbname = "frame",' % ctx.host("framedb"),
        '  user = "frame_loader",', '  password = "%s")' % d.S(ctx.pw(), "r-dbconnect-password"),
        "ons <- dbConnect(RPostgres::Postgres(), password = " + d.N('Sys.getenv("ONS_PW")', "env-reference") + ")",
        'frame <- dbReadTable(con, "addresses")')
    # release calendar env
    mc, sw = ctx.prov("mailchimp"), ctx.prov("slack-webhook")
    cfg(ctx, "dissemination/release-calendar/.env", "env", [
        ("mailchimp_api_key", mc[2], "P", mc[0]), ("release_slack_webhook", sw[2], "P", sw[0]),
        ("embargo_preview_token", ctx.uri(40), "S", "embargo-preview-token"), ("timezone", "Europe/Madrid", None, None)])
    # geocoder TOML with Mapbox secret vs public token
    mb, mp = ctx.prov("mapbox-secret"), ctx.public("mapbox-pk")
    d = ctx.doc("fieldwork/maps/geocoder.toml")
    d.w("[tiles]", 'public_token = "%s"' % d.N(mp[2], mp[0]), "", "[batch]",
        'secret_token = "%s"  # downloads:read, needed for offline packs' % d.P(mb[2], mb[0]))
    # Ansible: become password in plain text, the rest vaulted
    d = ctx.doc("infra/ansible/group_vars/capi_sync.yml")
    d.w("capi_sync_user: capi", "ansible_become_password: " + d.S(ctx.pw(), "ansible-become-password"),
        "capi_db_password: !vault |")
    d.w(d.N("\n".join("  " + x for x in ["$ANSIBLE_VAULT;1.1;AES256"] + [v.hex(80) for _ in range(4)]), "ansible-vault-ciphertext"))
    # release signing key (signs the published CSV bundles)
    k = ctx.key("ec")
    d = ctx.doc("dissemination/signing/release-bundle.key")
    d.w(d.K(k.pem_traditional(), "private-key-ec-release-signing", {"format": "pem"}))
    # disclosure-control notes: negatives only
    d = ctx.doc("methods/disclosure/table-checks.md")
    d.w("# Disclosure checks", "", "| table | cells suppressed | checksum |", "|---|---|---|")
    for _ in range(3):
        d.w("| %s | %d | %s |" % ("T%s_%s" % (v.digits(4), v.upper_alnum(3)), v.randint(0, 9), d.N(v.sha1(), "sha1-digest")))
    d.w("", "No secrets belong in this repository; the frame DB password lives in Vault.")
    # interviewer hand-out (free text)
    d = ctx.doc("fieldwork/handouts/interviewer-quickstart.md", free=True)
    ssid = "%s-Campo" % ctx.short.upper()
    d.w("# Interviewer quick start", "", "1. Switch on the tablet and wait for the blue CAPI screen.",
        "2. To leave kiosk mode (only when IT asks you): long-press the logo and enter `%s`." % d.S(exit_pw, "kiosk-exit-password"),
        "3. Regional office Wi-Fi `%s`, key: %s" % (ssid, d.S(ctx.phrase(" "), "wifi-passphrase-handout")),
        "4. Never write respondent names on the case sheet; use the case number (e.g. %s)." % d.N(_idgen(v)[1], "survey-case-id"))
    # RDC approval e-mail (free text)
    d = ctx.doc("rdc/mail/approval-%s.eml" % v.digits(4), free=True)
    body = ["Dear Dr %s," % p[8].split()[-1], "", "your project %s has been approved for the secure research environment." % d.N("RDC-%s/%s" % (v.date()[:4], v.digits(3)), "project-number"),
            "", "Username: %s" % r1, "Initial password: %s" % d.S(ctx.weak(), "temporary-password-email"),
            "Please change it at first login; outputs leave the environment only after disclosure checking.", "", p[3]]
    prose16.email(d, v, p[3], "%s <%s@uni.example>" % (p[8], r1[2:]), "Secure environment access", body, domain=ctx.domain)
