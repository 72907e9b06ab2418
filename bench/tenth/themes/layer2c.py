"""Second layer, part 3: legacy ops files, host directories, a startup log, scanner-regression fixtures,
an ID inventory, a hash file and i18n files."""

import base64

from tvals import DOC_AWS_ID, DOC_AWS_SECRET, DOC_JWT, DOC_STRIPE, mask


# ---------------------------------------------------------------- legacy ops files (2-3 of 20)
def l_netrc(C, d0):
    r = C.r
    d = C.doc(d0 + "/.netrc")
    d.w("machine files.%s\n  login %s\n  password %s\n" % (C.dom, C.app[:8], d.S(C.pw(), "netrc-password")))
    d.w("machine ftp.partner-%s.example.net login %s password %s\n" % (r.lo(4), r.lo(6), d.S(C.spw(), "netrc-password")))


def l_pgpass(C, d0):
    d = C.doc(d0 + "/.pgpass")
    for h in ("pg-primary", "pg-replica"):
        d.w("%s.%s:5432:*:%s:%s\n" % (h, C.dom, C.app.replace("-", "_"), d.S(C.spw(), "pgpass-password")))
    d.w("localhost:5432:*:postgres:*\n")


def l_fetchmail(C, d0):
    d = C.doc(d0 + "/.fetchmailrc")
    d.w("set daemon 300\npoll imap.%s protocol IMAP\n  user \"%s@%s\" there with password \"%s\" is %s here\n  ssl\n" % (
        C.dom, C.app[:10], C.dom, d.S(C.pw(), "fetchmail-password"), C.app[:10]))


def l_msmtp(C, d0):
    d = C.doc(d0 + "/.msmtprc")
    d.w("defaults\nauth on\ntls on\n\naccount relay\nhost smtp.%s\nport 587\nfrom noreply@%s\nuser noreply@%s\n" % (
        C.dom, C.dom, C.dom))
    d.w("password %s\n\naccount default : relay\n" % d.S(C.pw(), "msmtp-password"))


def l_wpa(C, d0):
    r = C.r
    d = C.doc(d0 + "/wpa_supplicant.conf")
    d.w("ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=GB\n\nnetwork={\n")
    d.w('    ssid="%s-ops"\n    psk="%s"\n    key_mgmt=WPA-PSK\n}\n' % (C.name.split("-")[0].upper(),
                                                                       d.S(C.hpw(), "wifi-psk")))
    d.w('network={\n    ssid="%s-iot"\n    psk=%s\n}\n' % (C.name.split("-")[0].upper(), d.S(r.hx(64), "wifi-psk")))


def l_ipsec(C, d0):
    r = C.r
    d = C.doc(d0 + "/ipsec.secrets")
    d.w("# /etc/ipsec.secrets - strongSwan IPsec secrets file\n")
    d.w('%s %s : PSK "%s"\n' % (r.ip("203.0"), r.ip("198.51"), d.S(C.spw(28), "ipsec-psk")))
    d.w(": RSA /etc/ipsec.d/private/gateway.key\n")


def l_tomcat(C, d0):
    d = C.doc(d0 + "/tomcat-users.xml")
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">\n'
        '  <role rolename="manager-gui"/>\n  <role rolename="manager-script"/>\n')
    d.w('  <user username="deployer" password="%s" roles="manager-script"/>\n' % d.S(C.spw(), "tomcat-password"))
    d.w('  <user username="ops" password="%s" roles="manager-gui"/>\n</tomcat-users>\n' % d.S(C.hpw(), "tomcat-password"))


def l_mycnf(C, d0):
    d = C.doc(d0 + "/.my.cnf")
    d.w("[client]\nuser=%s\npassword=\"%s\"\nhost=mysql.%s\n\n[mysqldump]\nsingle-transaction\n" % (
        C.app[:10].replace("-", "_"), d.S(C.spw(), "mysql-password"), C.dom))


def l_odbc(C, d0):
    d = C.doc(d0 + "/odbc.ini")
    d.w("[%s_reporting]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:sql.%s,1433\nDatabase=reporting\n" % (
        C.app.replace("-", "_"), C.dom))
    d.w("UID=rpt_reader\nPWD=%s\nEncrypt=yes\n" % d.S(C.pw(), "odbc-password"))


def l_maven(C, d0):
    r = C.r
    d = C.doc(d0 + "/.m2/settings.xml")
    d.w("<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>ci-%s</username>\n" % C.app[:8])
    d.w("      <password>%s</password>\n    </server>\n" % d.S(C.spw(), "maven-password"))
    d.w("    <server>\n      <id>snapshots</id>\n      <username>ci</username>\n")
    d.w("      <password>%s</password>\n    </server>\n  </servers>\n</settings>\n" % d.N(
        "{" + base64.b64encode(r.bytes_(32)).decode() + "}", "encrypted-blob"))


def l_s3cfg(C, d0):
    r = C.r
    d = C.doc(d0 + "/.s3cfg")
    rr = d.R("aws-access-key")
    d.w("[default]\n" + rr.B + "access_key = %s\n" % rr.A("AKIA" + r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), None, True))
    d.w("secret_key = %s" % rr.A(r.b64(40)) + rr.E + "\n")
    d.w("host_base = s3.eu-west-1.amazonaws.com\nuse_https = True\n")


def l_upsd(C, d0):
    d = C.doc(d0 + "/nut/upsd.users")
    d.w("[upsmon]\n  password = %s\n  upsmon primary\n\n[admin]\n  password = %s\n  actions = SET FSD\n  instcmds = ALL\n" % (
        d.S(C.pw(), "nut-password"), d.S(C.spw(), "nut-password")))


def l_exim(C, d0):
    d = C.doc(d0 + "/exim4/passwd.client")
    d.w("# password file used when the local exim is authenticating to a remote host as a client.\n")
    d.w("smtp.%s:relay-%s:%s\n" % (C.dom, C.app[:6], d.S(C.spw(), "exim-relay-password")))


def l_cntlm(C, d0):
    r = C.r
    d = C.doc(d0 + "/cntlm.conf")
    d.w("Username    svc-proxy\nDomain      %s\n" % C.name.split("-")[0].upper())
    d.w("Password    %s\n" % d.S(C.hpw(), "cntlm-password"))
    d.w("PassNTLMv2  %s\nProxy       proxy.%s:8080\nListen      3128\n" % (d.N(r.HX(32), "password-hash"), C.dom))


def l_squid(C, d0):
    d = C.doc(d0 + "/squid/peers.conf")
    d.w("cache_peer upstream.%s parent 3128 0 no-query default login=%s:%s\n" % (
        C.dom, C.app[:6], d.S(C.upw(), "squid-peer-password")))
    d.w("never_direct allow all\n")


def l_rsyncd(C, d0):
    d = C.doc(d0 + "/rsyncd.secrets")
    d.w("backup:%s\nmirror:%s\n" % (d.S(C.spw(), "rsync-secret"), d.S(C.pw(), "rsync-secret")))


def l_pypirc(C, d0):
    d = C.doc(d0 + "/.pypirc")
    d.w("[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.%s/simple/\nusername = ci\n" % C.dom)
    d.w("password = %s\n" % d.S(C.spw(), "pypirc-password"))


def l_ldap(C, d0):
    d = C.doc(d0 + "/ldap.conf")
    d.w("URI ldaps://ldap.%s\nBASE dc=%s,dc=internal\nBINDDN cn=svc-%s,ou=services,dc=%s,dc=internal\n" % (
        C.dom, C.name.split("-")[0], C.app[:8], C.name.split("-")[0]))
    d.w("BINDPW %s\nTLS_REQCERT demand\n" % d.S(C.spw(), "ldap-bind-password"))


def l_crontab(C, d0):
    d = C.doc(d0 + "/crontab.txt")
    d.w("MAILTO=ops@%s\n# m h dom mon dow command\n" % C.dom)
    d.w("15 2 * * * mysqldump -u backup -p'%s' --all-databases | gzip > /srv/backup/db-$(date +\\%%F).sql.gz\n" % d.S(
        C.spw(), "mysql-password"))
    d.w("*/10 * * * * /usr/local/bin/healthcheck.sh >/dev/null 2>&1\n")


def l_pgbouncer(C, d0):
    r = C.r
    d = C.doc(d0 + "/pgbouncer/userlist.txt")
    d.w('"%s" "%s"\n' % (C.app.replace("-", "_"), d.S(C.spw(), "pgbouncer-password")))
    d.w('"reporting" "%s"\n' % d.N("md5" + r.hx(32), "password-hash"))
    d.w('"monitor" "%s"\n' % d.N("SCRAM-SHA-256$4096:%s$%s:%s" % (r.b64bytes(16), r.b64bytes(32), r.b64bytes(32)),
                                 "password-hash"))


def l_redis(C, d0):
    d = C.doc(d0 + "/redis/redis.conf")
    d.w("bind 0.0.0.0\nport 6379\nprotected-mode yes\n")
    d.w("requirepass %s\n" % d.S(C.upw(24), "redis-password"))
    d.w("maxmemory 2gb\nmaxmemory-policy allkeys-lru\n")


def l_sasl(C, d0):
    d = C.doc(d0 + "/postfix/sasl_passwd")
    d.w("[smtp.%s]:587 relay@%s:%s\n" % (C.dom, C.dom, d.S(C.pw(), "postfix-sasl-password")))


LEGACY = [l_netrc, l_pgpass, l_fetchmail, l_msmtp, l_wpa, l_ipsec, l_tomcat, l_mycnf, l_odbc, l_maven, l_s3cfg, l_upsd,
          l_exim, l_cntlm, l_squid, l_rsyncd, l_pypirc, l_ldap, l_crontab, l_pgbouncer, l_redis, l_sasl]


def legacy(C, base):
    for f in C.r.sample(LEGACY, C.r.randint(2, 3)):
        f(C, "%s/legacy" % base)


# ---------------------------------------------------------------- host directories
def h_chrony(C, d0):
    d = C.doc(d0 + "/etc/chrony/chrony.keys")
    d.w("%d SHA256 HEX:%s\n" % (C.r.randint(1, 20), d.S(C.r.HX(64), "ntp-key")))


def h_telegraf(C, d0):
    d = C.doc(d0 + "/etc/telegraf/telegraf.d/outputs.conf")
    d.w('[[outputs.influxdb_v2]]\n  urls = ["https://influx.%s:8086"]\n' % C.dom)
    d.w('  token = "%s"\n  organization = "%s"\n  bucket = "hosts"\n' % (
        d.S(C.r.b64u(86) + "==", C.named("influxdb-token")), C.name))


def h_promtail(C, d0):
    d = C.doc(d0 + "/etc/promtail/config.yml")
    d.w("server:\n  http_listen_port: 9080\nclients:\n  - url: https://logs.%s/loki/api/v1/push\n    basic_auth:\n"
        "      username: %d\n" % (C.dom, C.r.randint(100000, 999999)))
    d.w("      password: %s\n" % d.S(C.spw(), "promtail-password"))
    d.w("scrape_configs:\n  - job_name: system\n    static_configs:\n      - targets: [localhost]\n        labels:\n"
        "          __path__: /var/log/*.log\n")


def h_nodeexp(C, d0):
    d = C.doc(d0 + "/etc/node_exporter/web-config.yml")
    d.w("tls_server_config:\n  cert_file: /etc/node_exporter/node.crt\n  key_file: /etc/node_exporter/node.key\n"
        "basic_auth_users:\n")
    d.w("  prometheus: %s\n" % d.N(C.r.bcrypt(), "password-hash"))


def h_borg(C, d0):
    d = C.doc(d0 + "/etc/borgmatic/config.yaml")
    d.w("source_directories:\n  - /etc\n  - /srv\nrepositories:\n  - path: ssh://borg@backup.%s/./%s\n" % (C.dom, C.app))
    d.w("encryption_passphrase: \"%s\"\n" % d.S(C.phrase(), "borg-passphrase"))
    d.w("keep_daily: 7\nkeep_weekly: 4\n")


def h_snmpd(C, d0):
    d = C.doc(d0 + "/etc/snmp/snmpd.conf")
    d.w("sysLocation %s\nsysContact ops@%s\n" % (C.site, C.dom))
    d.w("rocommunity %s 10.0.0.0/8\n" % d.N("public", "well-known-default"))
    d.w("rwcommunity %s 10.20.0.5\n" % d.S(C.r.al(14), "snmp-write-community"))


def h_zabbix(C, d0):
    d = C.doc(d0 + "/etc/zabbix/zabbix_agent2.psk")
    d.w(d.S(C.r.hx(64), "zabbix-psk") + "\n")


def h_keepalived(C, d0):
    d = C.doc(d0 + "/etc/keepalived/keepalived.conf")
    d.w("vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id %d\n    priority 150\n"
        "    authentication {\n        auth_type PASS\n" % C.r.randint(10, 250))
    d.w("        auth_pass %s\n    }\n    virtual_ipaddress {\n        %s/24\n    }\n}\n" % (
        d.S(C.r.al(8), "vrrp-auth-pass"), C.r.ip()))


def h_datadog(C, d0):
    d = C.doc(d0 + "/etc/datadog-agent/datadog.yaml")
    d.w("api_key: %s\nsite: datadoghq.eu\nhostname: %s\nlogs_enabled: true\n" % (
        d.S(C.r.hx(32), "datadog-api-key"), d0.split("/")[-1]))


def h_filebeat(C, d0):
    d = C.doc(d0 + "/etc/filebeat/filebeat.yml")
    d.w("output.elasticsearch:\n  hosts: [\"https://es.%s:9200\"]\n  username: \"beats_writer\"\n" % C.dom)
    d.w("  password: \"%s\"\n" % d.S(C.spw(), "elasticsearch-password"))


def h_restic(C, d0):
    d = C.doc(d0 + "/etc/restic/restic.env")
    d.w("RESTIC_REPOSITORY=s3:https://s3.%s/backups/%s\n" % (C.dom, d0.split("/")[-1]))
    d.w("RESTIC_PASSWORD=%s\n" % d.S(C.phrase(), "restic-password"))


def h_fstab(C, d0):
    d = C.doc(d0 + "/etc/fstab")
    d.w("UUID=%s / ext4 errors=remount-ro 0 1\n" % C.r.uuid())
    d.w("//nas.%s/scans /mnt/scans cifs username=svc-scan,password=%s,uid=1000,vers=3.0 0 0\n" % (
        C.dom, d.S(C.upw(), "cifs-password")))


HOSTS = [h_chrony, h_telegraf, h_promtail, h_nodeexp, h_borg, h_snmpd, h_zabbix, h_keepalived, h_datadog, h_filebeat,
         h_restic, h_fstab]


def hosts(C, base):
    r = C.r
    names = r.sample(["app01", "app02", "db01", "mon01", "edge01", "bastion", "files01", "gw01"], r.randint(2, 3))
    for h, f in zip(names, r.sample(HOSTS, len(names))):
        f(C, "%s/hosts/%s.%s" % (base, h, C.dom))


# ---------------------------------------------------------------- startup log
def startup_log(C, base):
    r = C.r
    d = C.doc("%s/logs/%s-startup.log" % (base, C.app))
    ts = r.ts(2025)[:11]
    t = "%s%02d:%02d:" % (ts, r.randint(0, 23), r.randint(0, 59))
    lines = [
        "INFO  [main] Starting %s 4.%d.%d" % (C.app, r.randint(0, 9), r.randint(0, 20)),
        "INFO  [main] trace_id=%s" % d.N(r.trace_id(), "trace-id"),
        "INFO  [config] DB_PASSWORD=%s" % d.N("********", "masked"),
        "INFO  [config] API_TOKEN=%s" % d.N(r.choice(["sk_l", "ghp_", "xoxb"]) + "****" + r.al(4), "masked"),
        "INFO  [config] SMTP_PASSWORD=%s (from vault)" % d.N("[REDACTED]", "masked"),
        "WARN  [legacy-connector] connecting with %s" % d.S("Server=sql.%s;Database=%s;User Id=%s;Password=%s;" % (
            C.dom, C.app.replace("-", "_"), r.lo(6), C.spw()), "logged-connection-string"),
        "INFO  [http] listening on :8080",
        "INFO  [main] build %s" % d.N(r.git_sha(), "git-sha"),
    ]
    for i, l in enumerate(lines):
        d.w("%s%02d.%03dZ %s\n" % (t, i * 3, r.randint(0, 999), l))


# ---------------------------------------------------------------- fixtures
def fixtures(C, base):
    r = C.r
    lang = r.choice(["pytest", "jest", "go", "rspec", "rust"])
    bad = [(p, r.crc_token_bad(p)) for p in ("ghp_", "npm_", "gho_")]
    path = {"pytest": "%s/tests/test_redaction.py", "jest": "%s/test/redaction.test.js", "go": "%s/redact/redact_test.go",
            "rspec": "%s/spec/redactor_spec.rb", "rust": "%s/tests/redact.rs"}[lang] % base
    d = C.doc(path)
    q = '"'
    if lang == "pytest":
        d.w("from redact import scrub\n\n# tokens below have broken checksums on purpose\n")
        for i, (p, t) in enumerate(bad):
            d.w("FAKE_%d = %s%s%s\n" % (i, q, d.N(t, "bad-checksum-token"), q))
        ra = d.R("documented-example", kind="negative")
        d.w(rA(ra, 'AWS_ID = "%s"\n', DOC_AWS_ID, True) + rA(ra, 'AWS_SECRET = "%s"', DOC_AWS_SECRET) + ra.E + "\n")
        d.w('STRIPE_DOC = "%s"\nJWT_IO = "%s"\n\n' % (d.N(DOC_STRIPE, "documented-example"), d.N(DOC_JWT, "documented-example")))
        d.w("def test_scrub():\n    for v in (FAKE_0, FAKE_1, FAKE_2, AWS_SECRET, STRIPE_DOC, JWT_IO):\n"
            "        assert v not in scrub(f\"value={v}\")\n")
        return
    pre, end, com = {"jest": ("const %s = '%s';", "", "//"), "go": ("\t%s = \"%s\"", "", "//"),
                     "rspec": ("  %s = '%s'", "", "#"), "rust": ("const %s: &str = \"%s\";", "", "//")}[lang]
    head = {"jest": "const { scrub } = require('../src/redact');\n\n", "go": "package redact\n\nimport \"testing\"\n\nconst (\n",
            "rspec": "RSpec.describe Redactor do\n", "rust": "use redact::scrub;\n\n"}[lang]
    d.w(head + "%s fixtures: checksums intentionally invalid, documented examples only\n" % com)
    names = ["FAKE_GH", "FAKE_NPM", "FAKE_GHO"]
    for n, (p, t) in zip(names, bad):
        d.w(pre % (n, d.N(t, "bad-checksum-token")) + "\n")
    ra = d.R("documented-example", kind="negative")
    d.w(ra.B + pre % ("AWS_ID", ra.A(DOC_AWS_ID, None, True)) + "\n" + pre % ("AWS_SECRET", ra.A(DOC_AWS_SECRET)) + ra.E + "\n")
    d.w(pre % ("STRIPE_DOC", d.N(DOC_STRIPE, "documented-example")) + "\n")
    d.w(pre % ("JWT_IO", d.N(DOC_JWT, "documented-example")) + "\n")
    tail = {"jest": "\ntest('scrubs', () => {\n  for (const v of [FAKE_GH, FAKE_NPM, AWS_SECRET]) expect(scrub(v)).not.toContain(v);\n});\n",
            "go": ")\n\nfunc TestScrub(t *testing.T) {\n\tfor _, v := range []string{FAKE_GH, FAKE_NPM, AWS_SECRET} {\n"
                  "\t\tif Scrub(v) == v {\n\t\t\tt.Fatal(v)\n\t\t}\n\t}\n}\n",
            "rspec": "  it 'scrubs' do\n    [FAKE_GH, AWS_SECRET].each { |v| expect(described_class.scrub(v)).not_to include(v) }\n  end\nend\n",
            "rust": "\n#[test]\nfn scrubs() {\n    for v in [FAKE_GH, FAKE_NPM, AWS_SECRET] {\n        assert!(!scrub(v).contains(v));\n    }\n}\n"}[lang]
    d.w(tail)


def rA(region, fmt, v, ident=False):
    return (region.B if ident else "") + (fmt % region.A(v, None, ident))


# ---------------------------------------------------------------- ID inventory, hashes, i18n
def id_inventory(C, base):
    r = C.r
    d = C.doc("%s/docs/public-identifiers.md" % base)
    d.w("# Public identifiers (safe to share)\n\nNone of these are secrets; they are published in apps or docs.\n\n")
    rows = [("Google OAuth client", "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), r.lo(32)),
             "oauth-client-id"),
            ("Stripe publishable key", "pk_live_51" + r.al(96), "publishable-key"),
            ("Sentry DSN", "https://%s@o%d.ingest.sentry.io/%d" % (r.hx(32), r.randint(10 ** 5, 10 ** 6),
                                                                    r.randint(10 ** 6, 10 ** 7)), "sentry-dsn"),
            ("Artifacts bucket", "arn:aws:s3:::%s-artifacts-%d" % (C.app, r.randint(100, 999)), "resource-id"),
            ("Azure subscription", r.uuid(), "uuid"),
            ("GA4 measurement ID", "G-" + r.up(10), "analytics-id"),
            ("Current release", r.git_sha(), "git-sha"),
            ("CDN bundle SRI", r.sri(), "sri")]
    d.w("| what | value |\n|---|---|\n")
    for what, v, cat in r.sample(rows, r.randint(5, 7)):
        d.w("| %s | `%s` |\n" % (what, d.N(v, cat)))


def hash_file(C, base):
    r = C.r
    kind = r.choice(["htpasswd", "shadow", "argon2"])
    users = r.sample(["admin", "ops", "deploy", "reports", "monitor", "support", "audit"], 3)
    if kind == "htpasswd":
        d = C.doc("%s/web/.htpasswd" % base)
        for u in users:
            d.w("%s:%s\n" % (u, d.N(r.bcrypt(), "password-hash")))
    elif kind == "shadow":
        d = C.doc("%s/legacy/shadow.bak" % base)
        d.w("root:*:19800:0:99999:7:::\ndaemon:*:19800:0:99999:7:::\n")
        for u in users:
            d.w("%s:%s:%d:0:99999:7:::\n" % (u, d.N(r.sha512crypt(), "password-hash"), r.randint(19000, 20400)))
    else:
        d = C.doc("%s/%s/users.json" % (base, C.app))
        d.w("[\n")
        for i, u in enumerate(users):
            d.w('  {"user": "%s", "password_hash": "%s", "role": "%s"}%s\n' % (
                u, d.N(r.argon2(), "password-hash"), r.choice(["admin", "viewer", "editor"]), "," if i < 2 else ""))
        d.w("]\n")


PWWORDS = {"de": "Passwort", "fr": "Mot de passe", "es": "Contraseña", "it": "Password dimenticata?", "nl": "Wachtwoord",
           "pt": "Senha", "sv": "Lösenord", "pl": "Hasło", "tr": "Şifre", "ja": "パスワード", "zh": "密码", "ko": "비밀번호",
           "ru": "Пароль", "fi": "Salasana", "cs": "Heslo", "da": "Adgangskode", "uk": "Пароль користувача"}


def i18n(C, base):
    r = C.r
    fmt = r.choice(["json", "po", "properties", "strings", "arb", "resx"])
    langs = r.sample(sorted(PWWORDS), r.randint(1, 2))
    for lg in langs:
        w = PWWORDS[lg]
        if fmt == "json":
            d = C.doc("%s/%s/locales/%s.json" % (base, C.app, lg))
            d.w('{\n  "login.title": "%s",\n  "login.password": "%s",\n  "login.submit": "OK"\n}\n' % (C.org, d.N(w, "i18n-password")))
        elif fmt == "po":
            d = C.doc("%s/%s/locale/%s/LC_MESSAGES/django.po" % (base, C.app, lg))
            d.w('msgid ""\nmsgstr ""\n"Language: %s\\n"\n\nmsgid "Password"\nmsgstr "%s"\n' % (lg, d.N(w, "i18n-password")))
        elif fmt == "properties":
            d = C.doc("%s/%s/i18n/messages_%s.properties" % (base, C.app, lg))
            d.w("login.user=%s\nlogin.password=%s\n" % ("Login", d.N(w, "i18n-password")))
        elif fmt == "strings":
            d = C.doc("%s/%s/ios/%s.lproj/Localizable.strings" % (base, C.app, lg))
            d.w('"login.password" = "%s";\n"login.forgot" = "?";\n' % d.N(w, "i18n-password"))
        elif fmt == "arb":
            d = C.doc("%s/%s/lib/l10n/app_%s.arb" % (base, C.app, lg))
            d.w('{\n  "@@locale": "%s",\n  "passwordLabel": "%s",\n  "signIn": "OK"\n}\n' % (lg, d.N(w, "i18n-password")))
        else:
            d = C.doc("%s/%s/Resources/Strings.%s.resx" % (base, C.app, lg), crlf=True)
            d.w('<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <data name="PasswordLabel" xml:space="preserve">\n'
                '    <value>%s</value>\n  </data>\n</root>\n' % d.N(w, "i18n-password"))


def misc(C, base):
    legacy(C, base)
    hosts(C, base)
    startup_log(C, base)
    fixtures(C, base)
    if C.r.random() < .4:
        id_inventory(C, base)
    hash_file(C, base)
    i18n(C, base)
