"""tower-company/: a wireless-tower owner (site access control, obstruction-light monitoring, generator
controllers, drone inspections, tenant/lease portal, NOC SNMP)."""
from themes import prose
from themes.common import env_files, sql_users, device_sheet, chat_file, wiki_file, ticket_file

SLUG = "tower-company"
VARIANTS = [("Summit Vertical Infrastructure", "summitvertical.com", "Knoxville"),
            ("Highline Tower Partners", "highlinetowers.net", "Boise"),
            ("Ironpeak Sites", "ironpeaksites.com", "Little Rock")]
WORDS = ["antenna", "monopole", "summit", "highline", "ironpeak", "guywire", "beacon", "climber", "azimuth",
         "lattice", "feedline", "ground"]


def build(t):
    v = t.v
    gen_pw = t.v.pw_device()
    light_comm = "%s%s" % (v.choice(["tl", "obs", "lite"]), v.alnum(10))
    climber_psk = t.human()
    v3pw = v.pw_phrase("-")
    sites = ["%s-%03d" % (v.upper(2), v.randint(1, 999)) for _ in range(v.randint(3, 4))]

    d = t.f("sites/site-access.yaml")
    d.w("# smart lockboxes / site access", "access_platform:", "  url: https://api.siteguard.example.com/v1")
    d.w("  api_token: \"%s\"" % d.P("sgd_" + v.alnum(40), "siteguard-token"))
    d.w("sites:")
    for s in sites:
        d.w("  - id: %s" % s)
        d.w("    asr: \"%s\"" % d.N("1%s" % v.digits(6), "identifier"))
        d.w("    lockbox_serial: \"%s\"" % d.N(v.serial("LBX", 8), "device-id"))

    d = t.f("lighting/obstruction-lights.ini", crlf=True)
    d.w("; tower obstruction-light monitors (NOTAM on outage)", "[Monitor]", "Model=FTS 370d", "WebUser=admin")
    d.w("WebPassword=" + d.S(t.pw("strong"), "light-monitor-password"))
    d.w("[SNMP]", "Version=2c")
    d.w("Community=" + d.S(light_comm, "snmp-community"))
    d.w("TrapHost=noc.%s" % t.domain, "[Alarms]", "NotamAfterMinutes=30")

    d = t.f("generators/genset-controllers.json")
    d.w("{", '  "controllers": [')
    for i, s in enumerate(sites[:3]):
        d.w("    {", '      "site": "%s",' % s, '      "model": "DSE8610",')
        d.w('      "web_password": "%s"' % d.S(gen_pw, "genset-controller-password"))
        d.w("    }" + ("," if i < min(3, len(sites)) - 1 else ""))
    d.w("  ],", '  "fuel_alert_pct": 25', "}")

    d = t.f("drone/inspection.toml")
    d.w("[platform]", 'name = "SkyAudit"')
    d.w('api_key = "%s"' % d.P("sky_" + v.hex(40), "skyaudit-api-key"))
    d.w("[storage]", 'bucket = "%s-inspections"' % t.short)
    r = d.R("aws-access-key")
    d.w(r.B + 'aws_access_key_id = "%s"' % r.A("AKIA" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), ident=True))
    d.w('aws_secret_access_key = "%s"' % r.A(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40))
        + r.E)

    env_files(t, "tenant-portal/.env.production", [
        ("T", "APP_ENV", "production"),
        ("S", "DATABASE_URL", v.pw_uri(), "db-url-password", "generic",
         "postgres://leases:{PW}@db.%s:5432/leases" % t.domain),
        ("S", "DJANGO_SECRET_KEY", v.s("abcdefghijklmnopqrstuvwxyz0123456789!@^*-_=+", 50), "django-secret-key"),
        ("S", "DOCUSIGN_SECRET_KEY", v.uuid4(), "docusign-secret-key", "provider"),
        ("S", "MAPBOX_SECRET_TOKEN", t.tok("mapbox-secret"), "mapbox-secret", "provider"),
        ("N", "MAPBOX_PUBLIC_TOKEN", "pk." + v.b64u(60) + "." + v.b64u(22), "publishable-key"),
    ], title="tenant / lease portal")

    d = t.f("noc/snmptrapd.conf")
    d.w("# NOC trap receiver", "authCommunity log,execute %s" % d.S(light_comm, "snmp-community"))
    d.w('createUser -e 0x8000000001020304 nocv3 SHA "%s" AES' % d.S(v3pw, "snmpv3-auth-passphrase"))
    d.w("traphandle default /usr/local/bin/notam-check")

    d = t.f("ansible/inventory/towers.ini")
    d.w("[site_routers]")
    for s in sites[:2]:
        d.w("%s-rtr ansible_host=%s ansible_user=admin" % (s.lower(), v.ip10()))
    d.w("", "[site_routers:vars]")
    d.w("ansible_password=" + d.S(t.pw("strong"), "ansible-password"))
    d.w("ansible_become_password=" + d.N("{{ vault_become_password }}", "template-reference"))

    d = t.f("scripts/asr_sync.py")
    d.w('"""Nightly sync of structure registrations and lighting status."""', "import os", "import requests", "",
        "REG_API = 'https://registry.example.gov/api/asr'")
    d.w("REG_TOKEN = " + d.N('os.environ["ASR_TOKEN"]', "env-reference"))
    d.w("SLACK_HOOK = '%s'" % d.P(t.tok("slack-webhook"), "slack-webhook"))

    d = t.f("sql/portal-users.sql")
    d.w("-- lease portal logins")
    sql_users(t, d, "mysql", [("lease_app", v.pw_uri()), ("finance_ro", None), ("gis_sync", t.pw())])

    device_sheet(t, "field/site-devices.csv", [
        ("Site router %s" % sites[0], sites[0], "admin", ("N", "see Ansible vault", "secret-reference"),
         v.serial("RB", 10), ""),
        ("Genset %s" % sites[1], sites[1], "admin", ("S", gen_pw, "genset-controller-password"), v.serial("DSE", 8), ""),
        ("Shelter camera", sites[0], "admin", ("S", t.pw("uri"), "camera-password"), v.serial("IPC", 8), ""),
        ("Climber hotspot", "trucks", "", ("S", climber_psk, "wifi-psk"), "-", ""),
        ("Light controller", sites[-1], "", None, v.serial("FTS", 9), "SNMP only"),
    ])

    # ---------------------------------------------------------------- free text
    d, fmt = chat_file(t, "chat/field-techs")
    prose.chat(d, t, fmt, "field techs", [
        (t.who(0), "at %s, genset controller wants a login" % sites[1]),
        (t.who(1), "admin / %s (same on every DSE)" % d.S(gen_pw, "genset-controller-password")),
        (t.who(2), "lights alarm at %s is a false positive, monitor rebooted" % sites[0]),
        (t.who(3), "snmp community for the new light monitor? %s right?" % d.S(light_comm, "snmp-community")),
        (t.who(1), "yes"),
        (t.who(4), "hotspot pw in the new truck: %s" % d.S(climber_psk, "wifi-psk")),
    ])

    d, fmt = wiki_file(t, "wiki/noc-runbook", fmt=v.choice(["mediawiki", "mediawiki", "confluence", "rst"]))
    prose.wiki(d, fmt, "NOC runbook", [
        ("h", "Obstruction lights"),
        ("p", ["A light outage over 30 minutes needs a NOTAM. Monitor web UI password: %s" % d.S(
            t.pw("strong"), "light-monitor-password")]),
        ("h", "SNMPv3"),
        ("code", ["snmpwalk -v3 -l authPriv -u nocv3 -a SHA -A '%s' -x AES %s"
                  % (d.S(v3pw, "snmpv3-auth-passphrase"), v.ip10())]),
        ("h", "References"),
        ("ul", ["router passwords: %s" % d.N("vault:secret/data/%s/routers" % t.short, "vault-reference"),
                "ASR numbers are public records"]),
    ])

    d = t.f("email/carrier-tenant.eml", free=True)
    prose.email(d, t, "%s <%s>" % (t.who(5), t.mail(5)), "site.acquisition@example-carrier.com",
                "Lease portal access for your site engineers",
                ["Hello,", "", "Your engineers can now submit modification applications online.",
                 "Portal: https://leases.%s" % t.domain, "User: carrier-eng",
                 "Temporary password: %s" % d.S(t.pw("strong"), "portal-temporary-password"),
                 "Structural reports for %s (private link): %s" % (sites[0], d.S(
                     "https://files.%s/share/%s" % (t.domain, v.b64ubytes(20)), "private-share-link")),
                 "", t.who(5)])

    d, fmt = ticket_file(t, "tickets/drone-upload")
    prose.ticket(d, t, fmt, "INS-%d" % v.randint(100, 999), "Drone inspection upload failing", t.who(6),
                 ["SkyAudit upload returns 403 after the contractor changed accounts."],
                 [(t.who(2), ["Contractor regenerated the key: %s" % d.P("sky_" + v.hex(40), "skyaudit-api-key"),
                              "Updated drone/inspection.toml; uploads resumed."])])

    d = t.f("voicemail/climb-crew.txt", free=True)
    prose.voicemail(d, t, "climb crew lead", "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hey, it's the climb crew at %s, the lockbox won't open with the app." % sites[-1],
        "Your NOC guy reset the shelter camera, he said the password is %s now." % d.S(
            t.pw("uri"), "camera-password"),
        "We're waiting at the gate, call us back."])

    d = t.f("notes/ops-meeting.md", free=True)
    d.w("# Tower ops meeting", "", "- Generator fuel contract renewed.")
    d.w("- SiteGuard token stays in the YAML until the vault migration (%s)." % d.N(
        "op://%s/siteguard/token" % t.short.capitalize(), "secret-reference"))
    d.w("- Lease portal DB password rotated: %s" % d.S(v.pw_uri(), "db-password"))
