"""Device INIs, logs, shell histories, rotation patches, notebooks and negative-only files."""

import base64

from core40 import ALNUM, B62, DIGITS, UPPER, crc_tail, hexs, jdump, jstr, rs, uuid4, xesc
from prov40 import EXAMPLES, PAIRS, PLACEHOLDERS, TOKENS, argon2, mysql_native, pw_strong, reference, scram, ssh_fp, wifi_key
from script40 import render

LOGS = ["jsonl", "nginx", "postgres", "curl", "airflow", "syslog", "mysql", "buildkit"]
HISTORIES = ["bash", "zsh", "fish", "powershell", "psql", "python"]
LOCKS = ["npm", "gosum", "cargo", "fixture"]
I18N = ["po", "json", "properties", "android", "arb"]


def device(T):
    r = T.r("device")
    kind = r.choice(["nvr", "gateway", "scale", "router"])
    d = T.doc("devices/%s-%s.ini" % (T.places[0].lower().replace(" ", "-"), kind), crlf=True, bom=r.random() < 0.4)
    if r.random() < 0.5:
        cred = "[admin]\nuser=admin\npassword=%s" % d.s(T.u(lambda: pw_strong(r, 12)), "device-admin-password")
    else:
        cred = "[wifi]\nssid=%s\npsk=%s" % (T.ssids[0], d.s(T.u(lambda: wifi_key(r)), "wifi-psk"))
    ident = (d.n("SN%s%s" % (rs(r, 4, UPPER), rs(r, 10, DIGITS)), "device-serial") if r.random() < 0.5
             else "SN%s%s" % (rs(r, 4, UPPER), rs(r, 10, DIGITS)))
    fw = d.n(hexs(r, 64), "firmware-sha256") if "\ue000" not in ident else hexs(r, 64)
    d.set("""[device]
model=%s-%d
serial=%s
firmware_sha256=%s

%s
""" % (kind.upper(), r.randint(100, 9999), ident, fw, cred))


def log(T, kind):
    r = T.r("log:" + kind)
    ts = "2025-%02d-%02dT%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    if kind == "jsonl":
        d = T.doc("logs/%s.jsonl" % T.sys(r))
        rows = ['{"ts":"%s:0%d","level":"info","msg":"sync started","req":"%s"}' % (ts, i, uuid4(r)) for i in range(3)]
        rows.insert(1, '{"ts":"%s:11","level":"debug","msg":"outgoing","headers":{"authorization":%s}}'
                    % (ts, jstr("Bearer " + d.s(T.tok(r, "xoxp"), "slack-user-token"))))
        rows.append('{"ts":"%s:19","level":"warn","msg":"retry","token":%s}' % (ts, jstr(d.n("[REDACTED]", "masked"))))
        d.set("\n".join(rows))
    elif kind == "nginx":
        d = T.doc("logs/nginx/access.log")
        ip = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        d.set("""%s - - [13/May/2025:10:21:07 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
%s - - [13/May/2025:10:21:09 +0000] "GET /api/geo?q=depot&key=%s HTTP/1.1" 200 512 "-" "okhttp/4.12"
%s - - [13/May/2025:10:21:12 +0000] "GET /track?session=%s HTTP/1.1" 302 0 "-" "Mozilla/5.0"
""" % (ip, ip, d.s(T.tok(r, "google"), "google-api-key"), ip, d.n(uuid4(r), "session-id")))
    elif kind == "postgres":
        d = T.doc("logs/postgresql-%s.log" % ts[:10])
        d.set("""%s:01.120 UTC [812] LOG:  statement: ALTER ROLE report WITH LOGIN PASSWORD '%s';
%s:01.123 UTC [812] LOG:  duration: 1.204 ms
%s:02.900 UTC [812] DETAIL:  stored verifier %s
""" % (ts, d.s(T.u(lambda: pw_strong(r).replace("'", "")), "postgres-password"), ts, ts, d.n(scram(r), "scram-verifier")))
    elif kind == "curl":
        d = T.doc("logs/curl-%s.txt" % T.sys(r))
        pw = T.u(lambda: pw_strong(r))
        basic = base64.b64encode(("api:" + pw).encode()).decode()
        d.set("""*   Trying 10.0.4.17:443...
> GET /v1/export HTTP/1.1
> Host: %s.%s
> Authorization: Basic %s
> User-Agent: curl/8.5.0
>
< HTTP/1.1 200 OK
< ETag: "%s"
< Content-Type: text/csv
""" % (T.sys(r), T.domain, d.s(basic, "basic-auth", decoded="api:" + pw), d.n(hexs(r, 32), "etag")))
    elif kind == "airflow":
        d = T.doc("logs/airflow/%s/attempt=1.log" % T.sys(r).replace("-", "_"))
        pw = T.u(lambda: rs(r, 24))
        d.set("""[%s:00,120] {taskinstance.py:1165} INFO - Dependencies all met
[%s:00,231] {base.py:84} INFO - Using connection ID 'cache' for task execution.
[%s:00,232] {redis.py:61} DEBUG - connecting to %s
[%s:00,240] {logging_mixin.py:188} INFO - password for 'warehouse' is %s
[%s:03,911] {taskinstance.py:1403} INFO - Marking task as SUCCESS.
""" % (ts, ts, ts, d.s("redis://:%s@cache.internal:6379/0" % pw, "redis-uri", secret_part=pw), ts, d.n("***", "masked"), ts))
    elif kind == "syslog":
        d = T.doc("logs/syslog")
        pw = T.u(lambda: pw_strong(r).replace("'", ""))
        d.set("""May 13 10:21:07 %s CRON[2211]: (root) CMD (sshpass -p '%s' rsync -a /srv/backup/ backup@nas:/vol1/)
May 13 10:21:08 %s sshd[2215]: Accepted publickey for backup from 10.0.0.9 port 51122 ssh2: ED25519 %s
""" % (T.sys(r), d.s(pw, "sshpass-password"), T.sys(r), d.n(ssh_fp(r), "ssh-fingerprint")))
    elif kind == "mysql":
        d = T.doc("logs/mysql/general.log")
        d.set("""%sZ	   14 Connect	root@localhost on  using Socket
%sZ	   14 Query	SET PASSWORD FOR 'shop'@'%%' = '%s'
%sZ	   14 Query	SELECT user, authentication_string FROM mysql.user -- shop: %s
""" % (ts, ts, d.s(T.u(lambda: pw_strong(r).replace("'", "")), "mysql-password"), ts, d.n(mysql_native(r), "mysql-native-hash")))
    else:
        d = T.doc("logs/buildkit-%s.log" % T.sys(r))
        d.set("""#5 [internal] load metadata for docker.io/library/node:20-alpine
#5 DONE 0.8s
#7 [build 3/6] RUN npm config set //registry.npmjs.org/:_authToken=%s
#7 DONE 0.4s
#9 exporting to image
#9 writing image sha256:%s done
""" % (d.s(T.tok(r, "npm"), "npm-token"), d.n(hexs(r, 64), "image-digest")))


def history(T, kind):
    r = T.r("history:" + kind)
    if kind == "bash":
        d = T.doc("ops/home/%s/.bash_history" % T.handle(r))
        cat, idf, sname = PAIRS[r.choice(["aws", "alibaba", "tencent"])]
        idm, sm = d.pair(T.u(lambda: idf(r)), T.tok(r, sname), cat)
        d.set("""cd /srv/%s
export CLOUD_KEY_ID=%s
export CLOUD_KEY_SECRET=%s
./sync.sh --dry-run
export PGPASSWORD=%s
psql -h db.internal -U report app
""" % (T.sys(r), idm, sm, d.n("$(pass show %s/pg-report)" % T.slug, "pass-reference")))
    elif kind == "zsh":
        d = T.doc("ops/home/%s/.zsh_history" % T.handle(r))
        d.set(""": 1715590001:0;cd ~/work/%s
: 1715590044:0;mysql -u root -p'%s' shop
: 1715590102:0;git pull --rebase
""" % (T.sys(r), d.s(T.u(lambda: pw_strong(r).replace("'", "")), "mysql-password")))
    elif kind == "fish":
        d = T.doc("ops/home/%s/.local/share/fish/fish_history" % T.handle(r))
        d.set("""- cmd: set -x PGPASSWORD %s
  when: 1715590311
- cmd: pg_dump -h db.internal -U report app > dump.sql
  when: 1715590340
""" % d.s(T.u(lambda: rs(r, 18)), "postgres-password"))
    elif kind == "powershell":
        d = T.doc("ops/ConsoleHost_history.txt", crlf=True)
        d.set("""Connect-AzAccount
$pw = ConvertTo-SecureString '%s' -AsPlainText -Force
$vaultPw = %s
New-LocalUser -Name kiosk -Password $pw
""" % (d.s(T.u(lambda: pw_strong(r).replace("'", "")), "powershell-password"),
       d.n("Get-Secret -Name %s-kiosk -AsPlainText" % T.slug, "secret-reference")))
    elif kind == "psql":
        d = T.doc("ops/home/%s/.psql_history" % T.handle(r))
        d.set("""\\dt
ALTER USER report WITH PASSWORD '%s';
\\q
""" % d.s(T.u(lambda: pw_strong(r).replace("'", "")), "postgres-password"))
    else:
        d = T.doc("ops/home/%s/.python_history" % T.handle(r))
        d.set("""import requests
r = requests.get("https://api.%s/v2/stock", headers={"X-Api-Key": "%s"})
r.status_code
""" % (T.domain, d.s(T.u(lambda: rs(r, 40)), "api-key")))


def diff(T):
    r = T.r("diff")
    sysn = T.sys(r)
    who = r.choice(T.people)
    d = T.doc("patches/0001-rotate-%s-password.patch" % sysn)
    d.set("""From %s Mon Sep 17 00:00:00 2001
From: %s <%s@%s>
Date: Tue, 13 May 2025 10:21:07 +0200
Subject: [PATCH] rotate %s database password

---
 %s/config.ini | 2 +-
 1 file changed, 1 insertion(+), 1 deletion(-)

diff --git a/%s/config.ini b/%s/config.ini
index %s..%s 100644
--- a/%s/config.ini
+++ b/%s/config.ini
@@ -3,3 +3,3 @@ host = db.internal
 user = %s
-password = %s
+password = %s
 pool = 8
""" % (hexs(r, 40), who[0], who[1], T.domain, sysn, sysn, sysn, sysn, hexs(r, 7), hexs(r, 7), sysn, sysn,
       sysn.replace("-", "_"), d.s(T.u(lambda: pw_strong(r)), "config-password", note="rotated"),
       d.s(T.u(lambda: pw_strong(r)), "config-password")))


def notebook(T):
    r = T.r("notebook")
    d = T.doc("notebooks/%s-analysis.ipynb" % T.sys(r))
    name = r.choice(["openai", "anthropic", "hf", "groq", "pplx"])
    tok = T.tok(r, name)
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s weekly numbers\n" % T.sys(r)]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os\n", "API_KEY = \"%s\"\n" % d.s(tok, TOKENS[name][0]), "client = make_client(API_KEY)\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["key in use: %s\n" % d.n(tok[:6] + "…" + "*" * 10, "masked")]}],
         "source": ["print('key in use:', mask(API_KEY))\n"]}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}
    d.set(jdump(nb, 1))


# ---------------------------------------------------------------- negative-only files
def env_example(T):
    r = T.r("negonly:env-example")
    d = T.doc("%s/.env.example" % T.sys(r))
    ph = r.sample(PLACEHOLDERS, 3)
    native = "<%s>" % render(T.L["words"]["password"], T.L["script"])
    d.set("DATABASE_URL=postgres://app:%s@localhost:5432/app\nMAIL_API_KEY=%s\nSESSION_SECRET=%s\nADMIN_PASSWORD=%s\n" % (
        d.n(ph[0], "placeholder"), d.n(ph[1], "placeholder"), d.n(ph[2], "placeholder"),
        d.n(native, "placeholder-native", lang=T.lang)))


def i18n(T, kind):
    r = T.r("negonly:i18n")
    words = [(k, render(T.L["words"][k], T.L["script"])) for k in ("password", "door", "temp")]
    lang = T.lang
    if kind == "po":
        d = T.doc("locale/%s/LC_MESSAGES/app.po" % lang)
        d.set('msgid ""\nmsgstr ""\n"Language: %s\\n"\n\n' % lang + "\n".join(
            'msgid "%s"\nmsgstr "%s"\n' % (en, d.n(w, "i18n-string", lang=lang))
            for en, (_, w) in zip(["Password", "Door code", "Temporary password"], words)))
    elif kind == "json":
        d = T.doc("web/src/i18n/%s.json" % lang)
        d.set("{\n" + ",\n".join('  "auth.%s": %s' % (k, jstr(d.n(w, "i18n-string", lang=lang))) for k, w in words) + "\n}\n")
    elif kind == "properties":
        d = T.doc("src/main/resources/messages_%s.properties" % lang)
        d.set("\n".join("label.%s=%s" % (k, d.n(w, "i18n-string", lang=lang)) for k, w in words))
    elif kind == "android":
        d = T.doc("app/src/main/res/values-%s/strings.xml" % lang)
        d.set('<?xml version="1.0" encoding="utf-8"?>\n<resources>\n' + "".join(
            '    <string name="label_%s">%s</string>\n' % (k, d.n(xesc(w, False), "i18n-string", lang=lang)) for k, w in words)
            + "</resources>\n")
    else:
        d = T.doc("app/lib/l10n/app_%s.arb" % lang)
        d.set('{\n  "@@locale": "%s",\n' % lang + ",\n".join(
            '  "%sLabel": %s' % (k, jstr(d.n(w, "i18n-string", lang=lang))) for k, w in words) + "\n}\n")


def lockfile(T, kind):
    r = T.r("negonly:lock")
    if kind == "npm":
        d = T.doc("web/package-lock.json")
        sri = "sha512-" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
        d.set(jdump({"name": T.slug, "lockfileVersion": 3, "packages": {"node_modules/left-pad": {
            "version": "1.3.0", "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",
            "integrity": d.n(sri, "lockfile-integrity")}}}))
    elif kind == "gosum":
        d = T.doc("go.sum")
        h = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
        d.set("golang.org/x/oauth2 v0.21.0 h1:%s\ngolang.org/x/oauth2 v0.21.0/go.mod h1:%s\n" % (
            d.n(h, "go-sum-hash"), base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()))
    elif kind == "cargo":
        d = T.doc("Cargo.lock")
        d.set('version = 3\n\n[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"\n'
              % d.n(hexs(r, 64), "cargo-checksum"))
    else:
        body = rs(r, 30, ALNUM)
        good = crc_tail(body)
        bad = good[:-1] + B62[(B62.index(good[-1]) + 7) % 62]
        d = T.doc("tests/fixtures/fake_tokens.txt")
        d.set("# scanner self-test: the checksum of this token is wrong on purpose\n%s\n" % d.n(
            "ghp_" + body + bad, "github-pat-bad-checksum", fixture_crc_wrong=True))


def integrations_doc(T):
    r = T.r("negonly:docs")
    d = T.doc("docs/integrations.md")
    ex = r.sample(EXAMPLES[2:], 1)
    body = rs(r, 30, ALNUM)
    d.set("# Integrations\n\nExamples below are copied from the vendors' documentation.\n\n" + "".join(
        "* %s: `%s`\n" % (e[2], d.n(e[0], e[1], cite=e[2])) for e in ex) +
        "\nThe CI token looks like `%s` (truncated on purpose).\n\nProduction values live in `%s`.\n" % (
            d.n("ghp_" + body[:18], "truncated-token"), d.n(reference(r, "integrations", T.slug), "reference")))
