"""Device INIs, logs (10 kinds), large debug logs, shell/REPL histories (10 kinds), rotation patches."""

import core37 as C
import prov37 as P
from core37 import b64, hexs

LOGS = ["journalctl", "compose-up", "nginx", "postgres", "har", "curl", "printenv", "supervisord", "logcat", "syslog"]
HISTORIES = ["bash", "zsh", "fish", "powershell", "psql", "mysql", "redis", "node", "irb", "sqlite"]


def device_ini(t):
    r = t.rng("device")
    name, slug = t.th["device"]
    if r.random() < 0.6:
        admin = "password=" + t.S(t.pw(r), "device-admin-password")
    else:
        admin = "password=" + t.N("admin", "vendor-default", cite="factory default on the %s web UI" % name)
    t.add("devices/%s/%s.ini" % (slug, slug), f"""; {name} -- exported from the web UI
[device]
name={slug}-{r.randint(1, 9):02d}
serial={t.N("%s-%s" % (slug.upper()[:4], hexs(r, 10).upper()), "device-serial")}
firmware=2.{r.randint(0, 9)}.{r.randint(0, 30)}
firmware_sha256={t.N(t.sha256(r), "sha256-digest")}

[wifi]
ssid={r.choice(t.th["ssids"])}
psk={t.S(t.wifi(r), "wifi-psk")}

[upload]
url=https://ingest.{t.domain}/api/v1/readings
key={t.S(t.hexsec(r, 32), "device-upload-key")}
interval=60

[admin]
user=admin
{admin}
""", crlf=True, bom=r.random() < 0.4)


def _ip(r):
    return "%d.%d.%d.%d" % (r.choice([41, 102, 103, 110, 177, 196]), r.randrange(256), r.randrange(256),
                            r.randint(1, 254))


def _filler(r, t, n, style):
    out = []
    for i in range(n):
        s = t.system(r)
        if style == "journal":
            out.append("%s %02d %02d:%02d:%02d %s %s[%d]: %s" % (
                "Mar", r.randint(1, 28), r.randint(0, 23), r.randrange(60), r.randrange(60), s, s,
                r.randint(300, 9000), r.choice(["started worker", "heartbeat ok", "queue depth %d" % r.randrange(50),
                                                "synced %d rows" % r.randrange(900), "GET /health 200"])))
        elif style == "nginx":
            out.append('%s - - [12/Mar/2025:%02d:%02d:%02d +0000] "GET /%s HTTP/1.1" 200 %d "-" "Mozilla/5.0"' % (
                _ip(r), r.randint(0, 23), r.randrange(60), r.randrange(60),
                r.choice(["", "api/v1/orders", "static/app.css", "health", "api/v1/batches?page=%d" % r.randint(1, 9)]),
                r.randint(200, 90000)))
        else:
            out.append("2025-03-12T%02d:%02d:%02d.%03dZ DEBUG %s: %s" % (
                r.randint(0, 23), r.randrange(60), r.randrange(60), r.randrange(1000), s,
                r.choice(["poll cycle done", "cache hit ratio 0.%02d" % r.randrange(100), "retrying in 5s",
                          "mqtt publish site/%s qos=1" % s, "gc pause %dms" % r.randint(1, 40)])))
    return out


def log_file(t, kind, big=False):
    r = t.rng("log", kind)
    host = t.host(t.system(r))
    n = r.randint(1800, 4000) if big else r.randint(8, 20)
    if kind == "journalctl":
        uri_pw = t.pw(r, uri=True)
        uri = "postgresql://etl:%s@%s:5432/%s" % (uri_pw, host, t.dbname())
        lines = _filler(r, t, n, "journal")
        pos = r.randint(len(lines) // 3, len(lines) - 1)
        lines.insert(pos, "Mar 12 03:1%d:07 etl etl-sync[%d]: FATAL: could not connect to %s (timeout)" % (
            r.randrange(10), r.randint(300, 9000), t.S(uri, "connection-uri", secret_part=uri_pw)))
        lines.insert(r.randint(0, pos), "Mar 12 03:00:01 etl systemd[1]: Started etl-sync.service (invocation %s)" %
                     t.N(hexs(r, 32), "systemd-invocation-id"))
        t.add("logs/journal-etl-sync.txt", "\n".join(lines) + "\n")
    elif kind == "compose-up":
        mq = t.pw(r)
        t.add("logs/compose-up.log", f"""[+] Running 3/3
 ✔ Container {t.dir}-db-1       Started
 ✔ Container {t.dir}-mqtt-1     Started
 ✔ Container {t.dir}-app-1      Started
db-1    | PostgreSQL init process complete; ready for start up.
app-1   | pulled sha256:{t.N(t.sha256(r), "image-digest")}
app-1   | DEBUG mqtt connect host=mqtt port=1883 user={t.th["device"][1]} password={t.S(mq, "mqtt-password")}
app-1   | INFO listening on :8080
mqtt-1  | 1741749302: New client connected from 172.18.0.4 as app ({t.th["device"][1]}).
""")
    elif kind == "nginx":
        tok = t.alnum(r, 40)
        lines = _filler(r, t, n, "nginx")
        pos = r.randint(len(lines) // 2, len(lines) - 1)
        lines.insert(pos, '%s - - [12/Mar/2025:09:%02d:11 +0000] "GET /export/daily.csv?token=%s HTTP/1.1" 200 4411 '
                     '"-" "curl/8.5.0"' % (_ip(r), r.randrange(60), t.S(tok, "url-token")))
        lines.insert(r.randint(0, pos), '%s - - [12/Mar/2025:08:%02d:40 +0000] "GET /media/p.jpg?X-Amz-Algorithm='
                     'AWS4-HMAC-SHA256&X-Amz-Signature=%s HTTP/1.1" 200 88211 "-" "Mozilla/5.0"' % (
                         _ip(r), r.randrange(60), t.N(hexs(r, 64), "url-signature")))
        t.add("logs/nginx/access.log", "\n".join(lines) + "\n")
    elif kind == "postgres":
        scram = "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(C.rbytes(r, 16)), b64(C.rbytes(r, 32)), b64(C.rbytes(r, 32)))
        t.add("logs/postgresql-Wed.log", f"""2025-03-12 02:00:01.112 UTC [4411] LOG:  checkpoint starting: time
2025-03-12 02:10:44.901 UTC [5120] app@{t.dbname()} LOG:  statement: ALTER ROLE reporting PASSWORD {C.sql_str(t.S(t.pw(r), "sql-user-password"))};
2025-03-12 02:10:45.002 UTC [5120] app@{t.dbname()} LOG:  statement: SELECT rolname FROM pg_roles;
2025-03-12 02:11:02.330 UTC [5133] postgres@postgres LOG:  statement: ALTER ROLE etl PASSWORD '{t.N(scram, "scram-verifier")}';
2025-03-12 02:15:00.000 UTC [4411] LOG:  checkpoint complete: wrote 311 buffers (1.9%)
""")
    elif kind == "har":
        jwt = t.take(lambda: C.jwt_hs256({"sub": t.people[0][1], "role": "ops", "iat": r.randint(1700000000,
                                                                                               1750000000)},
                                         C.rbytes(r, 32)))
        t.add("logs/%s.har" % t.system(r), f"""{{
  "log": {{
    "version": "1.2",
    "creator": {{"name": "Firefox", "version": "128.0"}},
    "entries": [
      {{
        "startedDateTime": "{t.ts(r)}",
        "request": {{
          "method": "GET",
          "url": "https://{host}/api/v1/batches",
          "headers": [
            {{"name": "Authorization", "value": "Bearer {t.S(jwt, "jwt-bearer")}"}},
            {{"name": "Accept", "value": "application/json"}}
          ]
        }},
        "response": {{
          "status": 200,
          "headers": [
            {{"name": "X-Request-Id", "value": "{t.N(t.uuid(r), "uuid")}"}}
          ]
        }},
        "time": {r.randint(40, 900)}
      }}
    ]
  }}
}}
""")
    elif kind == "curl":
        user, pw = t.people[1][1], t.pw(r)
        t.add("logs/curl-verbose.txt", f"""*   Trying 10.0.4.{r.randint(2, 200)}:443...
* Connected to {host} port 443
> GET /api/v1/export HTTP/1.1
> Host: {host}
> Authorization: Basic {t.S(b64(user + ":" + pw), "basic-auth-header", decoded=user + ":" + pw)}
> User-Agent: curl/8.5.0
>
< HTTP/1.1 200 OK
< ETag: "{t.N(hexs(r, 32), "etag")}"
< Content-Type: text/csv
""")
    elif kind == "printenv":
        t.add("logs/ci-job-%d.log" % r.randint(1000, 9999), f"""$ printenv | sort
CI=true
CI_JOB_ID={r.randint(10 ** 6, 10 ** 7)}
DB_HOST={host}
DB_PASSWORD={t.S(t.pw(r), "ci-printenv-password")}
DEPLOY_TOKEN={t.N("[MASKED]", "masked-token")}
HOME=/root
$ ./scripts/migrate.sh
""")
    elif kind == "supervisord":
        t.add("logs/supervisord.log", f"""2025-03-12 04:00:01,221 INFO supervisord started with pid 1
2025-03-12 04:00:02,331 INFO spawned: 'notify' with pid 12 (command: /usr/bin/python3 -m notify --bot-token {t.S(t.tok(r, P.telegram), "telegram-bot-token")} --chat -100{r.randint(10 ** 9, 10 ** 10)})
2025-03-12 04:00:03,402 INFO success: notify entered RUNNING state
2025-03-12 04:20:11,010 INFO exited: sync (exit status 0; expected) config sha1 {t.N(t.sha1(r), "sha1-digest")}
""")
    elif kind == "logcat":
        fp = "google/%s/%s:14/UQ1A.%d.001/%d:user/release-keys" % (r.choice(["panther", "lynx", "bluejay"]),
                                                                    r.choice(["panther", "lynx", "bluejay"]),
                                                                    r.randint(240000, 249999),
                                                                    r.randint(10 ** 7, 10 ** 8))
        t.add("logs/logcat-field-app.txt", f"""03-12 09:14:02.331  4411  4411 I ActivityManager: Start proc 4411:org.{t.dir.replace("-", "")}.field
03-12 09:14:02.560  4411  4411 I Build   : fingerprint {t.N(fp, "build-fingerprint")}
03-12 09:14:03.002  4411  4460 D MapsInit: using key {t.S(t.tok(r, P.google_api), "google-api-key")}
03-12 09:14:03.410  4411  4460 I Sync    : 12 batches uploaded
""")
    else:
        mac = ":".join("%02X" % r.randrange(256) for _ in range(6))
        t.add("logs/router-syslog.txt", f"""Mar 12 05:02:11 gw pppd[811]: Plugin rp-pppoe.so loaded.
Mar 12 05:02:12 gw pppd[811]: PAP authentication: user={t.dir.split("-")[0]}@isp password={t.S(t.pw(r), "pppoe-password")}
Mar 12 05:02:12 gw pppd[811]: PAP authentication succeeded
Mar 12 05:03:40 gw dnsmasq-dhcp[902]: DHCPACK(br-lan) 192.168.8.31 {t.N(mac, "mac-address")} {t.th["device"][1]}
""")


def big_debug_log(t):
    r = t.rng("deep")
    n = r.randint(4000, 7000)
    lines = _filler(r, t, n, "debug")
    name, cat, gen = r.choice(P.PROVIDERS)
    pos = int(n * r.uniform(0.6, 0.99))
    lines.insert(pos, "2025-03-12T11:%02d:%02d.%03dZ DEBUG http: retry with header Authorization: Bearer %s" % (
        r.randrange(60), r.randrange(60), r.randrange(1000), t.S(t.tok(r, gen), cat)))
    t.add("logs/debug/%s-debug.log" % t.system(r), "\n".join(lines) + "\n")


def history(t, kind):
    r = t.rng("history", kind)
    host = t.host(t.system(r))
    if kind == "bash":
        t.add("home/%s/.bash_history" % t.people[0][1], f"""cd /srv/{t.dir}
git pull
gh auth login --with-token <<< {t.S(t.tok(r, P.ghp), "github-pat")}
gh run list --limit 5
export DB_PASSWORD={t.N("$(pass show ops/db)", "pass-reference")}
docker compose up -d
""")
    elif kind == "zsh":
        ts = r.randint(1735000000, 1750000000)
        t.add("home/%s/.zsh_history" % t.people[1][1], f""": {ts}:0;ssh {host}
: {ts + 40}:0;mysql -h {host} -u root -p'{t.S(t.pw(r, uri=True), "cli-password")}' {t.dbname()}
: {ts + 300}:0;export API_TOKEN=$(op read {t.N("op://Ops/" + t.system(r) + "/token", "vault-reference")})
: {ts + 320}:0;make deploy
""")
    elif kind == "fish":
        ts = r.randint(1735000000, 1750000000)
        t.add("home/%s/.local/share/fish/fish_history" % t.people[2][1], f"""- cmd: cd /backup
  when: {ts}
- cmd: set -x BORG_PASSPHRASE '{t.S(t.passphrase(r), "backup-passphrase")}'
  when: {ts + 12}
- cmd: borg create ::{t.dir}-{{now}} /srv
  when: {ts + 30}
- cmd: set -x BORG_REPO {t.N("$BORG_REPO", "env-reference")}
  when: {ts + 45}
""")
    elif kind == "powershell":
        t.add("home/%s/ConsoleHost_history.txt" % t.people[0][1], f"""Import-Module SqlServer
$pw = ConvertTo-SecureString '{t.S(t.pw(r), "powershell-password")}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('svc_{t.dir.split("-")[0]}', $pw)
Invoke-Sqlcmd -ServerInstance sql.{t.domain} -Credential $cred -Query 'SELECT 1'
$token = {t.N("Get-Secret -Name " + t.system(r) + "-token -AsPlainText", "secret-manager-reference")}
""", crlf=True)
    elif kind == "psql":
        t.add("home/%s/.psql_history" % t.people[1][1], f"""\\dt
ALTER USER app WITH PASSWORD {C.sql_str(t.S(t.pw(r), "sql-user-password"))};
SELECT usename, valuntil FROM pg_user;
SELECT '{t.N(P.bcrypt(r), "bcrypt-hash")}' AS old_hash;
\\q
""")
    elif kind == "mysql":
        pw = t.passphrase(r)
        shown = pw.replace(" ", "\\040")
        t.add("home/%s/.mysql_history" % t.people[2][1], "_HiStOrY_V2_\n" + f"""show\\040databases;
CREATE\\040USER\\040'report'@'%'\\040IDENTIFIED\\040BY\\040'{t.S(shown, "sql-user-password", decoded=pw)}';
ALTER\\040USER\\040'legacy'@'%'\\040IDENTIFIED\\040WITH\\040mysql_native_password\\040AS\\040'{t.N("*" + hexs(r, 40).upper(), "mysql-native-hash")}';
FLUSH\\040PRIVILEGES;
""")
    elif kind == "redis":
        t.add("home/%s/.rediscli_history" % t.people[0][1], f"""PING
AUTH default {t.S(t.pw(r, "strong"), "redis-password")}
ACL SETUSER ro on #{t.N(t.sha256(r), "sha256-digest")} ~* +@read
KEYS batch:*
""")
    elif kind == "node":
        t.add("home/%s/.node_repl_history" % t.people[1][1], f"""await stripe.balance.retrieve()
const stripe = require('stripe')('{t.S(t.tok(r, P.stripe_sk), "stripe-secret-key")}')
const fromEnv = {t.N("process.env.STRIPE_SECRET_KEY", "env-lookup")}
""")
    elif kind == "irb":
        t.add("home/%s/.irb_history" % t.people[2][1], f"""require "octokit"
client = Octokit::Client.new(access_token: "{t.S(t.tok(r, P.gho), "github-oauth")}")
client.repos.map(&:name)
other = {t.N('ENV.fetch("GITHUB_TOKEN")', "env-lookup")}
exit
""")
    else:
        t.add("home/%s/.sqlite_history" % t.people[0][1], f"""PRAGMA key = '{t.S(t.passphrase(r), "sqlcipher-key")}';
SELECT count(*) FROM readings;
INSERT INTO users(name, hash) VALUES('kiosk', '{t.N(P.bcrypt(r), "bcrypt-hash")}');
.quit
""")


def rotation_patch(t):
    r = t.rng("diff")
    sysn = t.system(r)
    who = t.people[r.randrange(6)]
    old, new = t.pw(r), t.pw(r)
    sha = hexs(r, 40)
    blob = "%s..%s" % (hexs(r, 7), hexs(r, 7))
    mail = ""
    if r.random() < 0.5:
        mail = ("-MAIL_TOKEN=%s\n+MAIL_TOKEN=%s\n" % (t.S(t.tok(r, P.sendgrid), "sendgrid-key", note="rotated"),
                                                     t.N("${MAIL_TOKEN}", "env-reference")))
    n = 2 + (2 if mail else 0)
    head = t.N(sha, "commit-sha") if r.random() < 0.5 else sha
    t.add("patches/0001-rotate-%s-credentials.patch" % sysn, f"""From {head} Mon Sep 17 00:00:00 2001
From: {who[0]} <{who[1]}@{t.domain}>
Date: {["Mon", "Tue", "Wed", "Thu"][r.randrange(4)]}, {r.randint(1, 28)} Mar 2025 10:{r.randrange(60):02d}:00 +0000
Subject: [PATCH] Rotate {sysn} credentials

---
 config/{sysn}.env | {n} {"+" * (n // 2)}{"-" * (n // 2)}
 1 file changed, {n // 2} insertions(+), {n // 2} deletions(-)

diff --git a/config/{sysn}.env b/config/{sysn}.env
index {t.N(blob, "git-blob-ids")} 100644
--- a/config/{sysn}.env
+++ b/config/{sysn}.env
@@ -1,{3 + n // 2} +1,{3 + n // 2} @@
 HOST={t.host(sysn)}
 USER=app
-PASSWORD={t.S(old, "password", note="rotated")}
+PASSWORD={t.S(new, "password")}
{mail} LOG_LEVEL=info
-- 
2.43.0
""")
