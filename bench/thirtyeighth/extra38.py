"""Device INIs, logs, shell histories, rotation patches and negative-only files (thirty-eighth corpus)."""
import binascii

import prov38 as P
from core38 import ALNUM, B62, B64, LOWER_ALNUM, UPPER_ALNUM, b64, base62, rbytes, rhex, rs, ruuid


def device(c):
    d = c.D("devices/%s.ini" % c.t["device"].replace(" ", "-"), crlf=True, bom=c.r.random() < 0.4)
    admin = d.neg("admin", "vendor-default", cite="factory default admin password in the device manual") if c.r.random() < 0.4 \
        else d.s(c.pw("human"), "device-admin-password")
    d.text = ("; %s, exported from the web UI\n[network]\nssid=%s\npsk=%s\n\n[upload]\nurl=https://ingest.%s/v1/readings\n"
              "key=%s\n\n[admin]\nuser=admin\npassword=%s\n\n[info]\nserial=%s\nfirmware_sha256=%s\n") % (
        c.t["device"], c.t["ssids"][0], d.s(c.f(lambda r: P.wifi_key(r, c.t)), "wifi-psk"), c.dom,
        d.s(c.f(lambda r: rs(r, ALNUM, 32)), "device-upload-key"), admin,
        d.neg("SN-" + rs(c.r, UPPER_ALNUM, 12), "device-serial"), d.neg(P.sha256(c.r), "sha256-digest"))
    return [d]


def _pad_log(c, lines, n):
    out = []
    for i in range(n):
        out.append("2024-05-%02d %02d:%02d:%02d INFO worker[%d] processed batch %d in %dms" % (
            c.r.randrange(1, 29), c.r.randrange(24), c.r.randrange(60), c.r.randrange(60), c.r.randrange(4),
            c.r.randrange(10 ** 5), c.r.randrange(5, 900)))
    return out


def log(c, kind):
    if kind == "journal":
        d = c.D("logs/journal-ingest.log")
        pw = c.pw(uri=True)
        inv = rhex(c.r, 32)
        body = _pad_log(c, [], c.r.randrange(20, 60))
        body.insert(c.r.randrange(len(body)), "May 14 03:12:09 ingest systemd[1]: Started ingest.service (invocation %s)." % d.neg(inv, "systemd-invocation-id"))
        body.insert(c.r.randrange(len(body)), "May 14 03:12:11 ingest app[812]: FATAL could not connect to %s" % d.s(
            "postgres://ingest:%s@db.%s/%s" % (pw, c.dom, c.slug), "postgres-uri", secret_part=pw))
    elif kind == "nginx":
        d = c.D("logs/nginx-access.log")
        body = []
        for i in range(c.r.randrange(20, 50)):
            body.append('10.0.%d.%d - - [14/May/2024:10:%02d:%02d +0000] "GET /static/app.%s.js HTTP/1.1" 200 %d "-" "Mozilla/5.0"' % (
                c.r.randrange(255), c.r.randrange(255), c.r.randrange(60), c.r.randrange(60), rhex(c.r, 8), c.r.randrange(1000, 90000)))
        body.insert(c.r.randrange(len(body)), '10.0.3.7 - - [14/May/2024:10:41:02 +0000] "GET /api/export?token=%s HTTP/1.1" 200 512 "-" "curl/8.5"' % d.s(
            c.f(lambda r: rs(r, ALNUM, 40)), "url-token"))
        body.insert(c.r.randrange(len(body)), '10.0.3.9 - - [14/May/2024:10:44:19 +0000] "GET /media/a.jpg?X-Amz-Signature=%s HTTP/1.1" 200 88120 "-" "Mozilla/5.0"' % d.neg(
            rhex(c.r, 64), "url-signature"))
    elif kind == "postgres":
        d = c.D("logs/postgresql.log")
        body = ["2024-05-14 09:00:%02d UTC [%d] LOG:  checkpoint complete" % (i, 4000 + i) for i in range(c.r.randrange(10, 30))]
        body.insert(c.r.randrange(len(body)), "2024-05-14 09:01:13 UTC [4121] LOG:  statement: ALTER ROLE app PASSWORD '%s'" % d.s(c.pw().replace("'", ""), "sql-role-password"))
        body.insert(c.r.randrange(len(body)), "2024-05-14 09:01:14 UTC [4121] DETAIL:  stored verifier SCRAM-SHA-256$4096:%s" % d.neg(
            b64(rbytes(c.r, 16)) + "$" + b64(rbytes(c.r, 32)) + ":" + b64(rbytes(c.r, 32)), "scram-verifier"))
    elif kind == "curl":
        d = c.D("logs/curl-debug.txt")
        pw = c.pw()
        enc = b64(("%s:%s" % (c.who(), pw)).encode())
        c.reg.add(enc)
        body = ["*   Trying 10.1.2.3:443...", "* Connected to api.%s (10.1.2.3) port 443" % c.dom, "> GET /v1/stock HTTP/1.1",
                "> Host: api.%s" % c.dom, "> Authorization: Basic %s" % d.s(enc, "basic-auth", decoded=pw),
                "> User-Agent: curl/8.5.0", "< HTTP/1.1 200 OK", '< ETag: "%s"' % d.neg(rhex(c.r, 32), "etag"), "< Content-Type: application/json"]
    elif kind == "printenv":
        d = c.D("logs/ci-job-printenv.txt")
        body = ["HOME=/root", "CI=true", "CI_JOB_ID=%d" % c.r.randrange(10 ** 6, 10 ** 7),
                "DB_PASSWORD=%s" % d.s(c.pw(), "ci-env-password"), "REGISTRY_PASSWORD=%s" % d.neg("[MASKED]", "masked-token"),
                "PATH=/usr/local/bin:/usr/bin:/bin"]
    elif kind == "supervisor":
        d = c.D("logs/supervisord.log")
        body = ["2024-05-14 08:00:0%d,112 INFO spawned: 'worker_%02d' with pid %d" % (i % 10, i, 3000 + i) for i in range(c.r.randrange(8, 20))]
        body.insert(c.r.randrange(len(body)), "2024-05-14 08:00:03,550 DEBG 'notifier' stdout: starting with --bot-token %s" % d.s(c.f(P.telegram), "telegram-bot-token"))
        body.insert(c.r.randrange(len(body)), "2024-05-14 08:00:04,001 INFO config sha1 %s" % d.neg(P.sha1(c.r), "sha1-digest"))
    elif kind == "logcat":
        d = c.D("logs/logcat.txt")
        body = ["05-14 10:%02d:%02d.%03d  %d  %d I ActivityManager: Start proc" % (c.r.randrange(60), c.r.randrange(60), c.r.randrange(1000), 1200, 1300) for _ in range(c.r.randrange(10, 30))]
        body.insert(c.r.randrange(len(body)), "05-14 10:12:40.311  4412  4412 D MapsInit: key=%s" % d.s(c.f(P.google_key), "google-api-key"))
        body.insert(c.r.randrange(len(body)), "05-14 10:12:40.020  4412  4412 I Build: fingerprint=%s" % d.neg(
            "google/sdk_gphone64_x86_64/emu64xa:14/UE1A.%d.%03d/%d:user/release-keys" % (c.r.randrange(230000, 240000), c.r.randrange(1000), c.r.randrange(10 ** 7, 10 ** 8)), "build-fingerprint"))
    else:
        d = c.D("logs/router-syslog.log")
        body = ["May 14 06:0%d:%02d gw pppd[%d]: LCP echo" % (i % 10, c.r.randrange(60), 900 + i) for i in range(c.r.randrange(10, 25))]
        body.insert(c.r.randrange(len(body)), "May 14 06:11:02 gw pppd[911]: sent [PAP AuthReq id=0x1 user=\"%s@isp\" password=\"%s\"]" % (c.slug, d.s(c.pw().replace('"', ""), "pap-password")))
        body.insert(c.r.randrange(len(body)), "May 14 06:11:05 gw dnsmasq-dhcp[700]: DHCPACK(br0) 192.168.1.23 %s" % d.neg(
            ":".join(rhex(c.r, 2) for _ in range(6)), "mac-address"))
    d.text = "\n".join(body) + "\n"
    return [d]


LOGS = ["journal", "nginx", "postgres", "curl", "printenv", "supervisor", "logcat", "router"]


def history(c, kind):
    who = c.who()
    filler = ["ls -la", "git status", "cd ~/%s" % c.slug, "docker ps", "htop", "git pull", "make test", "df -h", "tail -f /var/log/syslog"]
    if kind == "bash":
        d = c.D("home/%s/.bash_history" % who)
        items = ["echo %s | gh auth login --with-token" % d.s(c.f(P.ghp), "github-pat"),
                 "export PGPASSWORD=%s" % d.neg("$(pass show db/%s)" % c.slug, "pass-reference")]
    elif kind == "zsh":
        d = c.D("home/%s/.zsh_history" % who)
        pw = c.pw().replace("'", "")
        items = [": 1715670000:0;mysql -u root -p'%s' %s" % (d.s(pw, "mysql-cli-password"), c.slug),
                 ": 1715670100:0;export API_TOKEN=%s" % d.neg("op://ops/%s/token" % c.slug, "secret-reference")]
        filler = [": 17156%05d:0;%s" % (c.r.randrange(10 ** 5), f) for f in filler]
    elif kind == "fish":
        d = c.D("home/%s/.local/share/fish/fish_history" % who)
        items = ["- cmd: set -x BORG_PASSPHRASE '%s'\n  when: 1715671111" % d.s(P.backup_phrase(c.r, c.t), "borg-passphrase"),
                 "- cmd: borg list ssh://backup@nas.%s/./repo\n  when: 1715671200" % c.dom]
        filler = ["- cmd: %s\n  when: 17156%05d" % (f, c.r.randrange(10 ** 5)) for f in filler]
    elif kind == "powershell":
        d = c.D("home/%s/ConsoleHost_history.txt" % who, crlf=True)
        items = ["$cred = New-Object PSCredential('svc', (ConvertTo-SecureString '%s' -AsPlainText -Force))" % d.s(c.pw().replace("'", ""), "powershell-password"),
                 "$token = %s" % d.neg("Get-Secret -Name %sApiToken -AsPlainText" % c.slug, "secret-reference")]
        filler = ["Get-Process", "Set-Location C:\\%s" % c.slug, "Get-ChildItem", "Test-NetConnection db -Port 5432"]
    elif kind == "psql":
        d = c.D("home/%s/.psql_history" % who)
        items = ["ALTER USER report WITH PASSWORD '%s';" % d.s(c.pw().replace("'", ""), "sql-role-password"),
                 "SELECT usename, passwd FROM pg_shadow; -- %s" % d.neg(P.sha256(c.r), "sha256-digest")]
        filler = ["\\dt", "SELECT count(*) FROM readings;", "\\q", "SELECT now();"]
    elif kind == "redis":
        d = c.D("home/%s/.rediscli_history" % who)
        items = ["AUTH %s" % d.s(c.pw("strong"), "redis-password"),
                 "ACL SETUSER reader on #%s ~cache:* +get" % d.neg(P.sha256(c.r), "sha256-digest")]
        filler = ["KEYS cache:*", "INFO memory", "DBSIZE", "TTL cache:rates"]
    elif kind == "node":
        d = c.D("home/%s/.node_repl_history" % who)
        items = ["const stripe = require('stripe')('%s')" % d.s(c.f(P.stripe_sk), "stripe-secret-key"),
                 "process.env.STRIPE_WEBHOOK_SECRET"]
        filler = ["1 + 1", "require('os').hostname()", ".exit", "Date.now()"]
    else:
        d = c.D("home/%s/.sqlite_history" % who)
        items = ["PRAGMA key = '%s';" % d.s(c.pw().replace("'", ""), "sqlcipher-key"),
                 "SELECT * FROM users WHERE hash = '%s';" % d.neg(P.bcrypt_hash(c.r), "bcrypt-hash")]
        filler = [".tables", ".schema readings", "SELECT count(*) FROM readings;", ".quit"]
    lines = [c.r.choice(filler) for _ in range(c.r.randrange(6, 20))]
    for it in items:
        lines.insert(c.r.randrange(len(lines) + 1), it)
    d.text = "\n".join(lines) + "\n"
    return [d]


HISTORIES = ["bash", "zsh", "fish", "powershell", "psql", "redis", "node", "sqlite"]


def patch(c):
    d = c.D("patches/0001-rotate-db-password.patch")
    old, new = c.pw(), c.pw()
    a, b = rhex(c.r, 7), rhex(c.r, 7)
    d.text = ("From %s Mon Sep 17 00:00:00 2001\nFrom: %s <%s@%s>\nDate: Tue, 14 May 2024 10:02:11 +0000\n"
              "Subject: [PATCH] rotate the reporting database password\n\n---\n config/db.ini | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\n"
              "diff --git a/config/db.ini b/config/db.ini\nindex %s..%s 100644\n--- a/config/db.ini\n+++ b/config/db.ini\n"
              "@@ -1,4 +1,4 @@\n [reporting]\n host = db.%s\n-password = %s\n+password = %s\n user = report\n-- \n2.43.0\n") % (
        d.neg(rhex(c.r, 40), "commit-sha"), c.who(), c.who(), c.dom, a, b, c.dom, d.s(old, "ini-password", note="rotated"),
        d.s(new, "ini-password"))
    return [d]


# ---------------------------------------------------------------- negative-only files
def env_example(c, native_ph):
    d = c.D("app/.env.example")
    d.text = "DATABASE_URL=postgresql://app:%s@localhost:5432/app\nSENDGRID_API_KEY=%s\nSESSION_SECRET=%s\nADMIN_PASSWORD=%s\n" % (
        d.neg("<password>", "placeholder"), d.neg("YOUR_API_KEY", "placeholder"), d.neg(c.r.choice(["changeme", "REPLACE_ME", "your-secret-here"]), "placeholder"),
        d.neg(native_ph, "placeholder", lang=c.t["lang"]))
    return [d]


def i18n(c, fmt, strings, lang):
    keys = ["pw", "pin", "door", "wifi", "forgot", "user", "login"]
    lab = set(c.r.sample(["pw", "pin", "door", "wifi", "forgot"], 3))
    def v(d, k):
        return d.neg(strings[k], "i18n-string", lang=lang) if k in lab else strings[k]
    if fmt == "po":
        d = c.D("app/locale/%s/LC_MESSAGES/messages.po" % lang)
        d.text = 'msgid ""\nmsgstr ""\n"Language: %s\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' % lang + "".join(
            'msgid "%s"\nmsgstr "%s"\n\n' % (k, v(d, k)) for k in keys)
    elif fmt == "json":
        d = c.D("web/src/locales/%s.json" % lang)
        d.text = "{\n" + ",\n".join('  "auth.%s": "%s"' % (k, v(d, k)) for k in keys) + "\n}\n"
    elif fmt == "yaml":
        d = c.D("config/locales/%s.yml" % lang)
        d.text = "%s:\n  auth:\n" % lang + "".join('    %s: "%s"\n' % (k, v(d, k)) for k in keys)
    elif fmt == "xliff":
        d = c.D("app/i18n/messages.%s.xlf" % lang)
        d.text = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2">\n  <file source-language="en" target-language="%s" datatype="plaintext">\n    <body>\n' % lang + "".join(
            '      <trans-unit id="%s">\n        <target>%s</target>\n      </trans-unit>\n' % (k, v(d, k)) for k in keys) + "    </body>\n  </file>\n</xliff>\n"
    elif fmt == "resx":
        d = c.D("App/Resources/Strings.%s.resx" % lang, crlf=True)
        d.text = '<?xml version="1.0" encoding="utf-8"?>\n<root>\n' + "".join(
            '  <data name="Auth_%s" xml:space="preserve">\n    <value>%s</value>\n  </data>\n' % (k, v(d, k)) for k in keys) + "</root>\n"
    else:
        d = c.D("app/i18n/%s.ini" % lang)
        d.text = "[auth]\n" + "".join("%s = %s\n" % (k, v(d, k)) for k in keys)
    return [d]


I18N_FORMATS = ["po", "json", "yaml", "xliff", "resx", "ini"]


def lockfile(c, kind):
    if kind == "fixture":
        d = c.D("tests/fixtures/tokens.txt")
        body = rs(c.r, ALNUM, 30)
        bad = "ghp_" + body + base62((binascii.crc32(body.encode()) + 1) & 0xFFFFFFFF, 6)
        nb = rs(c.r, ALNUM, 30)
        badn = "npm_" + nb + base62((binascii.crc32(nb.encode()) ^ 0x5A5A) & 0xFFFFFFFF, 6)
        d.text = "# scanner self-test: the checksums below are wrong on purpose\n%s\n%s\n" % (
            d.neg(bad, "github-pat-bad-checksum", fixture_crc_wrong=True), d.neg(badn, "npm-token-bad-checksum", fixture_crc_wrong=True))
    elif kind == "gosum":
        d = c.D("tools/go.sum")
        d.text = "".join("%s %s/go.mod h1:%s=\n" % (m, v, d.neg(b64(rbytes(c.r, 32))[:-1], "go-sum-hash") if i < 2 else b64(rbytes(c.r, 32))[:-1])
                         for i, (m, v) in enumerate([("github.com/spf13/cobra", "v1.8.0"), ("golang.org/x/sys", "v0.20.0"), ("gopkg.in/yaml.v3", "v3.0.1")]))
    elif kind == "npmlock":
        d = c.D("web/package-lock.json")
        d.text = '{\n  "name": "%s-web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/axios": {\n      "version": "1.6.8",\n      "integrity": "%s"\n    },\n    "node_modules/zod": {\n      "version": "3.23.8",\n      "integrity": "%s"\n    }\n  }\n}\n' % (
            c.slug, d.neg("sha512-" + b64(rbytes(c.r, 64)), "lockfile-hash"), d.neg("sha512-" + b64(rbytes(c.r, 64)), "lockfile-hash"))
    else:
        d = c.D("ops/secrets.enc.yaml")
        d.text = "db_password: %s\napi_token: %s\nsops:\n    lastmodified: \"2024-05-14T10:00:00Z\"\n    version: 3.8.1\n" % (
            d.neg("ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(c.r, 18)), b64(rbytes(c.r, 32)), b64(rbytes(c.r, 16))), "sops-encrypted"),
            d.neg("ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(c.r, 30)), b64(rbytes(c.r, 32)), b64(rbytes(c.r, 16))), "sops-encrypted"))
    return [d]


LOCKS = ["fixture", "gosum", "npmlock", "sops"]


def integrations_doc(c):
    d = c.D("docs/integrations.md")
    ex = c.r.sample(P.DOC_EXAMPLES, 3)
    lines = ["# Integrations", "", "Examples below come from the vendors' documentation; they are not our keys.", ""]
    for cat, val, cite in ex:
        lines += ["- %s example: `%s`" % (cat.replace("-", " "), d.neg(val, cat, cite=cite)), ""]
    tok = "ghp_" + rs(c.r, ALNUM, 36)
    lines += ["A teammate's token, cut short in the ticket: `%s`" % d.neg(tok[:24], "truncated-token"), "",
              "Production keys live in `%s`." % d.neg("vault:secret/data/%s/integrations" % c.slug, "vault-reference"), ""]
    d.text = "\n".join(lines)
    return [d]
