"""radio-trunking: a P25 land-mobile-radio network operator (key management facility, RF site
controllers, dispatch console gateways, subscriber database, codeplug programming, site alarms)."""

import prose16
from themes16.common16 import cfg

NAME = "radio-trunking"
ORGS = [("Tri-County Radio Authority", "tcra-radio.org", "Harrisburg", ["en"]),
        ("Nordfunk Betriebsgesellschaft mbH", "nordfunk-betrieb.de", "Kiel", ["de", "en"]),
        ("Pacific Shore LMR Cooperative", "psl-coop.net", "Eureka", ["en"])]
PEOPLE = ["Dale Okafor", "Brenda Keane", "Mike Halvorsen", "Ana Reyes", "Torsten Vogel", "Keisha Abara", "Pat Lindqvist",
          "Sam Wachira", "Gerd Schaller", "Lupe Castell", "Rob Tan", "Ilse Jensen"]


def _idgen(v):
    return v.choice([("radio-unit-id", str(v.randint(1000000, 9999999))), ("talkgroup-id", "TG %d" % v.randint(1000, 65000)),
                     ("p25-wacn-system", "WACN %s / SYS %s" % (v.HEXU(5), v.HEXU(3)))])


VOCAB = {
    "apps": ["kmf-server", "console-gw", "site-monitor", "subscriber-db", "cps-vault", "alarm-relay"],
    "systems": [("subscriber database", "subdb", "pg", "subscriber"), ("KMF database", "kmfdb", "mssql", "kmf_svc"),
                ("alarm relay queue", "alarmq", "redis", "relay"), ("console logging recorder", "recorder", "mysql", "rec_ro"),
                ("site telemetry store", "telemetry", "mongo", "sitemon")],
    "devices": [("site controller", "GTR 8000"), ("shelter alarm panel", "NetGuardian 832A"), ("console gateway", "MCC 7500 CIE"),
                ("microwave radio", "Eclipse IRU600"), ("generator controller", "DSE 7320")],
    "chatter": ["Hilltop site on failsoft since 03:10, generator running", "rekey of the fire dispatch talkgroups is tonight",
                "two portables in the sheriff fleet missing from the subscriber DB", "tower climber on site 4 tomorrow 08:00",
                "microwave hop to the ridge is fading again", "console 3 in dispatch lost the patch"],
    "channels": ["noc", "rf-engineering", "dispatch-support", "field-techs", "it-lmr"],
    "topics": ["Subscriber unit not affiliating on site 2", "KMF rekey job failed for 12 radios", "Site alarm e-mails not delivered",
               "Console gateway drops audio", "Codeplug archive permissions"],
    "langs": ["en", "de"],
    "wifi": ["NOC", "Shop", "Shelter", "Visitor"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    # KMF traffic keys: key ID + AES-256 key as one pair label each
    d = ctx.doc("kmf/keysets/fire-dispatch.csv")
    d.w("# keyset FIRE-2025 (AES-256). KID,algorithm,key")
    for _ in range(2):
        kid = "0x%s" % v.HEXU(4)
        key = v.HEXU(64)
        mi, ma = d.pair("p25-kid-traffic-key-pair", kid, key, group="generic")
        d.w("%s,AES-256,%s" % (mi, ma))
    d.w("# SLN bindings live in the KMF DB, not here")
    # per-site controller configs with SNMPv3 pass phrases
    for s in range(1, 3):
        d = ctx.doc("sites/site-%02d/rfss.conf" % s)
        d.w("site_id=" + d.N("%03d" % v.randint(1, 254), "p25-site-id"), "rfss_id=1", "snmp_user=nms",
            "snmp_auth=SHA:" + d.S(ctx.phrase("-"), "snmpv3-auth-passphrase"), "snmp_priv=AES:" + d.S(ctx.phrase("-"), "snmpv3-priv-passphrase"),
            "controller_serial=" + d.N("%s%s" % (v.digits(3), v.upper_alnum(6)), "device-serial"))
    # console gateway
    d = ctx.doc("console-gw/console.ini", crlf=True)
    d.w("[cssi]", "peer=%s" % ctx.host("cssi01"), "user=console", "password=" + d.S(ctx.pw("strong"), "cssi-gateway-password"),
        "[licence]", "key=" + d.S("-".join(v.upper_alnum(6) for _ in range(4)), "software-licence-key"),
        "[logging]", "recorder_dsn=" + d.N("%RECORDER_DSN%", "windows-env-reference"))
    # subscriber DB settings with the codeplug programming password
    d = ctx.doc("subscriber-db/settings.toml")
    d.w("[database]", 'url = "postgresql://subscriber:%s@%s/subscribers"' % (d.S(ctx.pw("uri"), "postgres-uri-password"), ctx.host("pg01")),
        "", "[cps]", "# radio programming password written into every codeplug", 'programming_password = "%s"' % d.S(ctx.uniq(lambda: v.upper_alnum(8)), "radio-programming-password"),
        'default_wacn = "%s"' % d.N(v.HEXU(5), "p25-wacn"))
    # alarm relay in Go
    d = ctx.doc("alarm-relay/relay.go")
    d.w("package main", "", "const (", '\troutingKey = "%s" // PagerDuty Events v2' % d.S(v.hex(32), "pagerduty-routing-key"),
        '\tsmsFrom    = "+1555%s"' % v.digits(7), ")", "", "var twilioToken = " + d.N('os.Getenv("TWILIO_AUTH_TOKEN")', "env-reference"))
    # Prometheus scrape config
    d = ctx.doc("site-monitor/prometheus.yml")
    d.w("scrape_configs:", "  - job_name: snmp-shelters", "    basic_auth:", "      username: prom",
        "      password: " + d.S(ctx.pw(), "prometheus-basic-auth-password"), "    static_configs:", "      - targets: [10.90.1.10, 10.90.2.10]",
        "  - job_name: kmf", "    bearer_token_file: " + d.N("/etc/prometheus/kmf.token", "token-file-reference"))
    # KMF server TLS key
    k = ctx.key("rsa")
    d = ctx.doc("kmf/tls/kmf-server.key")
    d.w(d.K(k.pem_traditional(), "private-key-rsa-kmf-tls", {"format": "pem"}))
    d = ctx.doc("kmf/tls/kmf-server.crt")
    d.w(d.N(ctx.cert(k, "kmf." + ctx.domain), "x509-certificate"))
    # codeplug README (free text)
    d = ctx.doc("cps-vault/codeplugs/README.md", free=True)
    d.w("# Codeplug archive", "", "Templates per fleet. Programming passwords:", "",
        "| fleet | model | CPS password |", "|---|---|---|",
        "| sheriff | APX 6000 | %s |" % d.S(ctx.uniq(lambda: v.upper_alnum(8)), "radio-programming-password"),
        "| fire | XL-200P | %s |" % d.S(ctx.uniq(lambda: v.upper_alnum(8)), "radio-programming-password"),
        "| public works | APX 900 | %s |" % d.N("(none - legacy fleet)", "no-password-note"), "",
        "Unit IDs for the sheriff fleet start at " + d.N(str(v.randint(1000000, 9999999)), "radio-unit-id") + ".")
    # maintenance e-mail (free text)
    day = v.date()
    d = ctx.doc("noc/mail/site-maintenance-%s.eml" % day, free=True)
    body = ["All,", "", "tower climbers will be at the Hilltop site on %s." % day,
            "Shelter alarm panel web login: admin / " + d.S(ctx.weak(), "alarm-panel-password-email"),
            "Generator controller: PIN stays with the field supervisor.",
            "Site on failsoft expected 08:00-10:00; talkgroup " + d.N("TG %d" % v.randint(1000, 65000), "talkgroup-id") + " patched to the VHF backup.",
            "", p[3]]
    prose16.email(d, v, p[3], "noc@%s" % ctx.domain, "Hilltop maintenance window", body, domain=ctx.domain)
