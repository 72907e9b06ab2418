"""Device configs, logs, shell histories, rotation patches, notebooks, negative-only files."""
import base64

import prov39 as P
from core39 import jdump


def device(c):
    """CRLF device INI (NVR / gateway): admin password or Wi-Fi PSK; firmware SHA-256, serial."""
    kind = c.r.choice(["nvr", "gateway", "scale"])
    sec = c.S(c.pw(), "device-admin-password") if kind != "gateway" else c.S(c.wifi(), "wifi-psk")
    key = "admin_password" if kind != "gateway" else "wpa_psk"
    t = f"""[device]
model={kind.upper()}-{c.r.randint(100, 999)}
serial={c.N(c.rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 14), "serial-number")}
location={c.places[0]}

[security]
{key}={sec}
firmware_sha256={c.N(c.H(64), "firmware-sha256")}
"""
    return c.doc("devices/%s.ini" % kind, t, crlf=True, bom=c.r.random() < 0.4, comment=";")


LOGS = ["jsonlines", "nginx", "postgres", "curl", "ci", "syslog", "mysql", "dockerbuild"]


def log(c, kind):
    ts = "2025-%02d-%02dT%02d:%02d:%02d" % (c.r.randint(1, 12), c.r.randint(1, 28), c.r.randint(0, 23),
                                           c.r.randint(0, 59), c.r.randint(0, 59))
    sys_ = c.r.choice(c.systems)
    if kind == "jsonlines":
        tok = c.S(c.tokf("slack-bot-token"), "slack-bot-token")
        t = "\n".join([
            '{"ts":"%s","level":"info","svc":"%s","msg":"started","req":"%s"}' % (ts, sys_, c.N(P.uuid4(c.r), "request-id")),
            '{"ts":"%s","level":"debug","svc":"%s","msg":"posting alert","headers":{"Authorization":"Bearer %s"}}' % (ts, sys_, tok),
            '{"ts":"%s","level":"info","svc":"%s","msg":"done"}' % (ts, sys_)]) + "\n"
        return c.doc("logs/%s.jsonl" % sys_, t, comment=None)
    if kind == "nginx":
        t = (f'10.0.4.{c.r.randint(2, 250)} - - [12/Mar/2025:08:1{c.r.randint(0, 9)}:02 +0000] "GET /api/export?api_key={c.S(c.A(32), "api-key-in-url")} HTTP/1.1" 200 5121 "-" "curl/8.5.0"\n'
             f'10.0.4.{c.r.randint(2, 250)} - - [12/Mar/2025:08:20:44 +0000] "GET /static/app.js?v={c.N(c.H(20), "cache-buster")} HTTP/1.1" 200 91233 "-" "Mozilla/5.0"\n')
        return c.doc("logs/nginx/access.log", t, comment=None)
    if kind == "postgres":
        t = (f"{ts}.120 UTC [2211] LOG:  statement: ALTER ROLE reporting WITH PASSWORD '{c.S(c.pw(), 'postgres-password')}';\n"
             f"{ts}.340 UTC [2211] LOG:  statement: ALTER ROLE app PASSWORD '{c.N(P.scram(c.r), 'scram-verifier')}';\n")
        return c.doc("logs/postgresql-2025-03-12.log", t, comment=None)
    if kind == "curl":
        up = "ops:" + c.pw()
        enc = base64.b64encode(up.encode()).decode()
        t = f"""* Connected to {sys_}.{c.domain} (10.0.3.7) port 443
> GET /api/v1/status HTTP/1.1
> Host: {sys_}.{c.domain}
> Authorization: Basic {c.S(enc, "basic-auth-header", decoded=up)}
> User-Agent: curl/8.5.0
< HTTP/1.1 200 OK
< ETag: {c.N('"' + c.H(32) + '"', "etag")}
"""
        return c.doc("logs/curl-trace.txt", t, comment=None)
    if kind == "ci":
        t = f"""$ printenv | sort
CI=true
DEPLOY_TOKEN={c.N("[MASKED]", "masked")}
HOME=/root
$ echo "using $REGISTRY_PASSWORD"
using {c.S(c.pw(), "registry-password")}
$ ./deploy.sh
deploy finished in 41s
"""
        return c.doc("logs/ci-job-%d.log" % c.r.randint(1000, 9999), t, comment=None)
    if kind == "syslog":
        t = (f"Mar 12 04:10:01 backup CRON[3120]: (root) CMD (sshpass -p '{c.S(c.pw(), 'ssh-password')}' rsync -a /srv/ backup@nas:/vol1/)\n"
             f"Mar 12 04:10:09 backup sshd[3131]: Accepted publickey for backup from 10.0.0.8 port 52110 ssh2: ED25519 {c.N(P.ssh_fp(c.r), 'ssh-fingerprint')}\n")
        return c.doc("logs/syslog", t, comment=None)
    if kind == "mysql":
        t = (f"{ts}.000000Z\t   14 Query\tSET PASSWORD FOR 'shop'@'%' = '{c.S(c.pw(), 'mysql-password')}'\n"
             f"{ts}.000100Z\t   14 Query\tSELECT authentication_string FROM mysql.user -- {c.N('*' + c.H(40).upper(), 'mysql-native-hash')}\n")
        return c.doc("logs/mysql-general.log", t, comment=None)
    t = f"""#7 [build 3/6] RUN --mount=type=secret,id=npmrc npm ci
#7 DONE 21.4s
#8 [build 4/6] RUN echo "//registry.npmjs.org/:_authToken={c.S(c.tokf("npm-token"), "npm-token")}" > .npmrc
#8 DONE 0.1s
#9 exporting manifest {c.N("sha256:" + c.H(64), "image-digest")}
"""
    return c.doc("logs/docker-build.log", t, comment=None)


HISTS = ["bash", "zsh", "fish", "powershell", "psql", "python"]


def history(c, kind):
    if kind == "bash":
        a, b = c.P(P.aws_id(c.r), c.tokf("aws-secret"), "aws-key-pair")
        t = f"""cd /srv/{c.slug}
export AWS_ACCESS_KEY_ID={a}
export AWS_SECRET_ACCESS_KEY={b}
aws s3 ls
export DB_PASS="$({c.N("pass show ops/db", "pass-reference")})"
"""
        return c.doc("ops/home/.bash_history", t, comment=None)
    if kind == "zsh":
        t = (f": 1741766400:0;mysql -h db -u root -p'{c.S(c.pw(), 'mysql-password')}' shop\n"
             f": 1741766460:0;git log -1 --format=%H  # {c.N(c.H(40), 'commit-sha')}\n")
        return c.doc("ops/home/.zsh_history", t, comment=None)
    if kind == "fish":
        t = (f"- cmd: set -x RESTIC_PASSWORD '{c.S(c.pw(), 'restic-password')}'\n  when: 1741766400\n"
             f"- cmd: set -x RESTIC_REPOSITORY {c.N('s3:s3.amazonaws.com/' + c.slug + '-backup', 'repository-url')}\n  when: 1741766410\n")
        return c.doc("ops/home/.local/share/fish/fish_history", t, comment=None)
    if kind == "powershell":
        t = (f"$cred = New-Object PSCredential('svc-sync', (ConvertTo-SecureString '{c.S(c.pw(), 'windows-password')}' -AsPlainText -Force))\n"
             f"$token = Get-Secret -Name {c.N('SyncToken', 'secret-store-reference')}\n")
        return c.doc("ops/win/ConsoleHost_history.txt", t, crlf=True, comment=None)
    if kind == "psql":
        t = (f"\\password reporting\nALTER USER app WITH PASSWORD '{c.S(c.pw(), 'postgres-password')}';\n"
             f"SELECT rolpassword FROM pg_authid; -- {c.N(P.scram(c.r), 'scram-verifier')}\n")
        return c.doc("ops/home/.psql_history", t, comment=None)
    t = (f"import requests\nrequests.get('https://api.{c.domain}/v1', headers={{'X-Api-Key': '{c.S(c.A(40), 'api-key')}'}})\n"
         f"import hashlib; hashlib.sha256(b'x').hexdigest()  # {c.N(P.sha256(c.r), 'sha256')}\n")
    return c.doc("ops/home/.python_history", t, comment=None)


def rotation_patch(c):
    old, new = c.pw(), None
    o = c.S(old, "password", note="rotated")
    n = c.S(c.pw(), "password")
    sysn = c.r.choice(c.systems)
    t = f"""From {c.H(40)} Mon Sep 17 00:00:00 2001
From: {c.people[1]} <{c.people[1]}@{c.domain}>
Date: Wed, 12 Mar 2025 09:14:00 +0000
Subject: [PATCH] Rotate the {sysn} service password

---
 config/{sysn}.ini | 2 +-
 1 file changed, 1 insertion(+), 1 deletion(-)

diff --git a/config/{sysn}.ini b/config/{sysn}.ini
index {c.H(7)}..{c.H(7)} 100644
--- a/config/{sysn}.ini
+++ b/config/{sysn}.ini
@@ -3,3 +3,3 @@
 user = svc
-password = {o}
+password = {n}
 timeout = 30
--
2.43.0
"""
    _ = new
    return c.doc("patches/0001-rotate-%s-password.patch" % sysn, t, comment=None)


def notebook(c):
    kind = c.r.choice(["openai-api-key", "huggingface-token", "groq-api-key", "pinecone-api-key"])
    tok = c.S(c.tokf(kind), kind)
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Sales forecast\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os\n", "API_KEY = \"%s\"\n" % tok]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["key loaded: %s\n" % c.N(P.masked(c.r, "sk-" + c.A(20)), "masked")]}],
         "source": ["print('key loaded:', API_KEY[:6] + '*' * 12)\n"]}]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return c.doc("analysis/forecast.ipynb", jdump(nb, 1), comment=None)


# ------------------------------------------------------------------ negative-only
def env_example(c, native_ph):
    t = f"""DATABASE_URL=postgres://app:{c.N("<your-password-here>", "placeholder")}@localhost:5432/app
MAIL_KEY={c.N("your_api_key", "placeholder")}
SESSION_SECRET={c.N("changeme", "placeholder")}
ADMIN_PASSWORD={c.N(native_ph, "placeholder")}
"""
    return c.doc("app/.env.example", t)


I18N = ["po", "json", "properties", "android", "arb"]


def i18n(c, kind, strings):
    """Three labelled UI strings (password labels in the theme's language)."""
    code = c.lang["code"]
    a, b, d = (c.N(s, "i18n-string", lang=code) for s in strings)
    if kind == "po":
        t = f'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Password"\nmsgstr "{a}"\n\nmsgid "Door code"\nmsgstr "{b}"\n\nmsgid "Temporary password"\nmsgstr "{d}"\n'
        return c.doc("locale/%s/LC_MESSAGES/app.po" % code, t, comment=None)
    if kind == "json":
        return c.doc("web/i18n/%s.json" % code, '{\n  "login.password": "%s",\n  "door.code": "%s",\n  "login.temp": "%s"\n}\n' % (a, b, d), comment=None)
    if kind == "properties":
        return c.doc("src/main/resources/messages_%s.properties" % code, f"login.password={a}\ndoor.code={b}\nlogin.temp={d}\n", comment=None)
    if kind == "android":
        return c.doc("android/app/src/main/res/values-%s/strings.xml" % code,
                     f'<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="password">{a}</string>\n    <string name="door_code">{b}</string>\n    <string name="temp_password">{d}</string>\n</resources>\n', comment=None)
    return c.doc("mobile/lib/l10n/app_%s.arb" % code, '{\n  "@@locale": "%s",\n  "password": "%s",\n  "doorCode": "%s",\n  "tempPassword": "%s"\n}\n' % (code, a, b, d), comment=None)


LOCKS = ["npm", "gosum", "cargo", "fixture"]


def lock(c, kind):
    if kind == "npm":
        return c.doc("web/package-lock.json", '{\n  "name": "web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/left-pad": {\n      "version": "1.3.0",\n      "integrity": "%s"\n    }\n  }\n}\n' % c.N(P.sri(c.r), "lockfile-integrity"), comment=None)
    if kind == "gosum":
        return c.doc("svc/go.sum", "github.com/pkg/errors v0.9.1 %s\n" % c.N("h1:" + base64.b64encode(bytes.fromhex(c.H(64))).decode(), "go-sum-hash"), comment=None)
    if kind == "cargo":
        return c.doc("tools/Cargo.lock", '[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"\n' % c.N(c.H(64), "cargo-checksum"), comment=None)
    tok = "ghp_" + c.A(36)
    return c.doc("tests/fixtures/tokens.txt", "# scanner self-test: CRC32 tail is wrong on purpose\n%s\n" % c.N(tok, "github-pat-bad-checksum", fixture_crc_wrong=True), comment=None)


def docs_page(c):
    ex = c.r.sample(P.EXAMPLES, 3)
    lines = ["# Integrations", "", "Documented examples from the vendors (do not use):", ""]
    for v, cat, cite in ex:
        lines.append("* `%s`" % c.N(v, cat, cite=cite))
    lines += ["", "A token shortened for the screenshot: `%s`" % c.N("ghp_" + c.A(12), "truncated-token"), "",
              "Real values live in `%s`." % c.N(c.vault(), "vault-reference"), ""]
    return c.doc("docs/integrations.md", "\n".join(lines), comment=None)
