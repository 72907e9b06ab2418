"""Device INIs, logs, shell and REPL histories, rotation diffs and negative-only files."""
import base64
import datetime as dt
import hashlib
import json

import prov36
import script36
from cfg36 import AN, basic, comment, doc, envq, ip
from core36 import (B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64u, esc_json, esc_xml, jwt, rbytes, rhex, rs, ruuid)
from prose36 import make_uri, uri_password


def _t0(r):
    return dt.datetime(2024, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


# ---------------------------------------------------------------- device INI
def device_ini(ctx, r):
    name, model = ctx.th["device"]
    d = doc(ctx, "device/%s.ini" % model.lower(), crlf=True)
    sn = "%s-%s" % (model.replace("-", ""), rs(r, 8, UPPER + DIGITS))
    fw = hashlib.sha256(rbytes(r, 16)).hexdigest()
    d.add("; %s configuration export" % name, "[device]", "model=%s" % model)
    d.nl("serial=%s" % sn, sn, "serial-number")
    d.add("firmware=%d.%d.%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 20)))
    d.nl("firmware_sha256=%s" % fw, fw, "checksum")
    d.add("", "[wifi]", "ssid=%s" % r.choice(ctx.th["ssids"]))
    psk = ctx.wifi(r)
    d.sl("psk=%s" % psk, psk, "wifi-key")
    d.add("", "[cloud]", "upload_url=https://telemetry.%s/ingest" % ctx.domain)
    uk = ctx.strong(r, 32, AN)
    d.sl("upload_key=%s" % uk, uk, "api-key")
    d.add("", "[admin]", "user=admin")
    if r.random() < 0.4:
        d.nl("password=admin", "admin", "documented-default", cite="factory default admin password")
    else:
        pw = ctx.password(r)
        d.sl("password=%s" % pw, pw, "password")
    return [d]


# ---------------------------------------------------------------- logs
LOGS = ["journalctl", "compose-up", "nginx", "postgres", "har", "curl", "printenv", "supervisord", "logcat", "syslog"]


def _noise_journal(r, t, host, n):
    svc = ["systemd[1]", "kernel", "sshd[%d]" % r.randint(300, 9000), "cron[%d]" % r.randint(300, 9000), "dhclient[812]"]
    msgs = ["Started Session %d of user deploy." % r.randint(1, 999), "Accepted publickey for deploy from %s port %d ssh2" % (ip(r), r.randint(30000, 60000)),
            "(root) CMD (/usr/local/bin/healthcheck.sh)", "DHCPACK of %s from 10.0.0.1" % ip(r), "Finished Daily apt upgrade and clean activities.",
            "pam_unix(sshd:session): session closed for user deploy", "Reloading.", "eth0: Link is Up - 1Gbps/Full"]
    out = []
    for _ in range(n):
        t += dt.timedelta(seconds=r.randint(1, 90))
        out.append("%s %s %s: %s" % (t.strftime("%b %d %H:%M:%S"), host, r.choice(svc), r.choice(msgs)))
    return out, t


def log_file(ctx, r, kind, big=False):
    t = _t0(r)
    host = r.choice(ctx.th["systems"])
    if kind == "journalctl":
        d = doc(ctx, "logs/journal-%s.txt" % host)
        n1 = r.randint(1500, 3000) if big else r.randint(8, 20)
        lines, t = _noise_journal(r, t, host, n1)
        d.add(*lines)
        pw = uri_password(ctx, r)
        uri = make_uri(ctx, r, pw, "postgresql")
        d.sl("%s %s %s[%d]: FATAL could not connect to %s: connection refused" % (t.strftime("%b %d %H:%M:%S"), host, host, r.randint(900, 9000), uri),
             uri, "connection-string", secret_part=pw)
        sid = ruuid(r)
        d.nl("%s %s %s[%d]: retrying, session=%s" % (t.strftime("%b %d %H:%M:%S"), host, host, r.randint(900, 9000), sid), sid, "uuid")
        lines, t = _noise_journal(r, t, host, r.randint(300, 900) if big else r.randint(4, 10))
        d.add(*lines)
        return [d]
    if kind == "compose-up":
        d = doc(ctx, "logs/compose-up.log")
        dig = prov36.image_digest(r)
        d.add(" Network %s_default  Created" % ctx.key, " Container %s-db-1  Created" % ctx.key)
        d.nl(" Image ghcr.io/%s/worker@%s  Pulled" % (ctx.key, dig), dig, "image-digest")
        d.add("Attaching to app-1, db-1, worker-1", "db-1      | PostgreSQL init process complete; ready for start up.",
              "app-1     | [INFO] listening on :8080")
        pw = ctx.password(r, "random")
        d.sl("worker-1  | [DEBUG] mqtt connect user=%s password=%s host=%s" % (ctx.user(r), pw, ctx.host(r)), pw, "password")
        d.add("worker-1  | [INFO] subscribed to sensors/#", "app-1     | [INFO] GET /healthz 200 1ms")
        return [d]
    if kind == "nginx":
        d = doc(ctx, "logs/nginx-access.log")
        n = r.randint(2000, 4000) if big else r.randint(10, 25)
        pos = r.randint(n // 2, n - 1)
        tok = ctx.strong(r, 40, AN)
        sig = rhex(r, 64)
        paths = ["/", "/static/app.css", "/api/v1/items?page=2", "/favicon.ico", "/healthz", "/login", "/api/v1/orders"]
        for i in range(n):
            t += dt.timedelta(seconds=r.randint(0, 20))
            ts = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
            if i == pos:
                d.sl('%s - - [%s] "GET /api/export.csv?token=%s HTTP/1.1" 200 48213 "-" "python-requests/2.31.0"' % (ip(r), ts, tok), tok, "api-token")
            elif i == pos - 1:
                d.nl('%s - - [%s] "GET /files/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300&X-Amz-Signature=%s HTTP/1.1" 200 91022 "-" "Mozilla/5.0"' % (ip(r), ts, sig),
                     sig, "url-signature")
            else:
                d.add('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (X11; Linux x86_64)"' % (ip(r), ts, r.choice(paths), r.choice([200, 200, 304, 404]), r.randint(200, 40000)))
        return [d]
    if kind == "postgres":
        d = doc(ctx, "logs/postgresql-%s.log" % t.strftime("%Y-%m-%d"))
        pw = ctx.password(r)
        sc = prov36.scram(r)
        pre = "%s UTC [%d] postgres@app " % (t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], r.randint(1000, 90000))
        d.add(pre + "LOG:  connection authorized: user=postgres database=app")
        d.sl(pre + "LOG:  statement: ALTER ROLE app_rw WITH PASSWORD '%s';" % pw.replace("'", "''"), pw.replace("'", "''"), "db-password")
        d.nl(pre + "LOG:  statement: ALTER ROLE app_ro PASSWORD '%s';" % sc, sc, "password-hash")
        d.add(pre + "LOG:  disconnection: session time: 0:00:02.113")
        return [d]
    if kind == "har":
        tok, cat, _ = (ctx.token(r, prov36.okta), "okta-token", "") if r.random() < 0.5 else (
            ctx.token(r, lambda rr: jwt(rr, {"sub": ctx.user(r), "aud": ctx.domain, "exp": 1790000000})), "jwt", "")
        rid = ruuid(r)
        scheme = "SSWS" if cat == "okta-token" else "Bearer"
        d = doc(ctx, "logs/%s.har" % ctx.key.split("-")[0])
        d.add("{", '  "log": {', '    "version": "1.2",', '    "creator": {"name": "Firefox", "version": "126.0"},', '    "entries": [', "      {",
              '        "startedDateTime": "%sZ",' % t.isoformat(), '        "request": {', '          "method": "GET",',
              '          "url": "https://api.%s/v1/me",' % ctx.domain, '          "headers": [')
        d.sl('            {"name": "Authorization", "value": "%s %s"},' % (scheme, tok), tok, cat)
        d.nl('            {"name": "X-Request-Id", "value": "%s"}' % rid, rid, "uuid")
        d.add("          ]", "        },", '        "response": {"status": 200, "headers": []}', "      }", "    ]", "  }", "}")
        return [d]
    if kind == "curl":
        u, pw = ctx.user(r), ctx.password(r, "random")
        a = basic(u, pw)
        ctx.reg.add(a)
        et = rhex(r, 32)
        d = doc(ctx, "logs/curl-verbose.txt")
        d.add("*   Trying %s:443..." % ip(r), "* Connected to api.%s port 443" % ctx.domain, "> GET /v2/stock HTTP/1.1",
              "> Host: api.%s" % ctx.domain)
        d.sl("> Authorization: Basic %s" % a, a, "basic-auth", decoded="%s:%s" % (u, pw))
        d.add("> User-Agent: curl/8.5.0", "> Accept: */*", ">", "< HTTP/1.1 200 OK", "< Content-Type: application/json")
        d.nl('< ETag: "%s"' % et, et, "etag")
        d.add("<", '{"items": 42}')
        return [d]
    if kind == "printenv":
        pw = ctx.password(r, "random")
        d = doc(ctx, "logs/ci-job-%d.log" % r.randint(1000, 99999))
        d.add("$ printenv | sort", "CI=true", "CI_COMMIT_BRANCH=main", "CI_JOB_ID=%d" % r.randint(10 ** 6, 10 ** 7))
        d.nl("CI_JOB_TOKEN=[MASKED]", "[MASKED]", "masked")
        d.sl("DB_PASSWORD=%s" % pw, pw, "db-password")
        d.add("HOME=/root", "HOSTNAME=runner-%s" % rs(r, 8, LOWER + DIGITS), "PATH=/usr/local/bin:/usr/bin:/bin")
        return [d]
    if kind == "supervisord":
        tok, cat, _ = prov36.TOKENS["telegram"][0], "telegram-bot-token", ""
        tok = ctx.token(r, prov36.telegram)
        d = doc(ctx, "logs/supervisord.log")
        ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % r.randint(0, 999)
        d.add("%s INFO supervisord started with pid %d" % (ts, r.randint(1, 900)), "%s INFO spawned: 'web' with pid %d" % (ts, r.randint(900, 9000)))
        d.sl("%s INFO spawned: 'notifier' with command '/usr/bin/python3 notify.py --bot-token %s'" % (ts, tok), tok, "telegram-bot-token")
        d.add("%s INFO success: web entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)" % ts)
        return [d]
    if kind == "logcat":
        key = ctx.token(r, prov36.google_api)
        fp = "google/sdk_gphone64_x86_64/emu64xa:14/UE1A.230829.036/%d:userdebug/dev-keys" % r.randint(10 ** 7, 10 ** 8)
        d = doc(ctx, "logs/logcat.txt")
        pid = r.randint(1000, 30000)
        pre = t.strftime("%m-%d %H:%M:%S.") + "%03d" % r.randint(0, 999)
        d.add("%s  %d  %d I ActivityManager: Start proc %d:%s/u0a%d" % (pre, 512, 600, pid, ctx.domain, r.randint(100, 300)))
        d.nl("%s  %d  %d I Build   : fingerprint=%s" % (pre, pid, pid, fp), fp, "build-fingerprint")
        d.sl("%s  %d  %d D MapsInit: using key=%s" % (pre, pid, pid, key), key, "google-api-key")
        d.add("%s  %d  %d W System  : A resource failed to call close." % (pre, pid, pid + 9))
        return [d]
    # router syslog
    pw = ctx.password(r, "random")
    d = doc(ctx, "logs/router-syslog.txt")
    mac = ":".join(rhex(r, 2) for _ in range(6))
    d.add("%s router pppd[%d]: pppd 2.4.9 started by root, uid 0" % (t.strftime("%b %d %H:%M:%S"), r.randint(900, 5000)))
    d.sl('%s router pppd[%d]: sent [PAP AuthReq id=0x1 user="%s@isp" password="%s"]' % (t.strftime("%b %d %H:%M:%S"), r.randint(900, 5000), ctx.user(r), pw),
         pw, "password")
    d.nl("%s router dnsmasq-dhcp[%d]: DHCPACK(br-lan) %s %s" % (t.strftime("%b %d %H:%M:%S"), r.randint(900, 5000), ip(r), mac), mac, "mac-address")
    return [d]


def deep_log(ctx, r):
    """A large application log with one leaked credential deep inside."""
    t = _t0(r)
    app = r.choice(ctx.th["systems"])
    d = doc(ctx, "logs/%s-debug.log" % app)
    n = r.randint(4000, 7000)
    pos = r.randint(int(n * 0.6), n - 50)
    levels = ["DEBUG"] * 6 + ["INFO"] * 3 + ["WARN"]
    msgs = ["cache hit key=item:%d", "poll ok in %d ms", "queue depth %d", "GET /api/v1/items/%d 200", "flushed %d rows",
            "heartbeat seq=%d", "retrying upstream in %d ms", "metrics pushed (%d series)"]
    sec_done = False
    for i in range(n):
        t += dt.timedelta(milliseconds=r.randint(5, 4000))
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
        if i == pos:
            tok, cat, _ = r.choice([("stripe", "stripe-secret-key", 0), ("sendgrid", "sendgrid-key", 0), ("do", "digitalocean-token", 0),
                                    ("grafana", "grafana-token", 0), ("postman", "postman-key", 0)])
            v = ctx.token(r, prov36.TOKENS[tok][0])
            d.sl("%s ERROR [%s] upstream rejected request: {\"auth\": \"Bearer %s\", \"status\": 401}" % (ts, app, v), v, cat)
            sec_done = True
        elif i == pos + 3:
            rid = ruuid(r)
            d.nl("%s INFO  [%s] request_id=%s replayed with fresh token" % (ts, app, rid), rid, "uuid")
        else:
            d.add("%s %-5s [%s] %s" % (ts, r.choice(levels), app, r.choice(msgs) % r.randint(1, 99999)))
    return [d]


# ---------------------------------------------------------------- histories
HIST = ["bash", "zsh", "fish", "powershell", "psql", "mysql", "redis", "node", "irb", "sqlite"]


def history(ctx, r, kind):
    pw = ctx.password(r, r.choice(["random", "human", "phrase"]))
    host = ctx.host(r)
    if kind == "bash":
        d = doc(ctx, "home/%s/.bash_history" % ctx.user(r))
        d.add("cd /srv/app", "git pull", "docker compose ps")
        d.sl("export MQTT_PASS='%s'" % pw, pw, "password")
        d.add("systemctl restart mqtt-bridge", "journalctl -u mqtt-bridge -n 50")
        tok = ctx.token(r, prov36.ghp)
        d.sl("gh auth login --with-token <<< %s" % tok, tok, "github-pat")
        d.nl("export API_TOKEN=$(pass show ops/api)", "$(pass show ops/api)", "reference")
        return [d]
    if kind == "zsh":
        d = doc(ctx, "home/%s/.zsh_history" % ctx.user(r))
        ts = r.randint(1700000000, 1720000000)
        d.add(": %d:0;ls -la" % ts, ": %d:0;kubectl get pods -n %s" % (ts + 40, ctx.key.split("-")[0]))
        d.sl(": %d:0;kubectl create secret generic smtp --from-literal=password='%s'" % (ts + 90, pw), pw, "password")
        d.add(": %d:0;kubectl rollout restart deploy/app" % (ts + 130))
        return [d]
    if kind == "fish":
        d = doc(ctx, "home/%s/.local/share/fish/fish_history" % ctx.user(r))
        ts = r.randint(1700000000, 1720000000)
        d.add("- cmd: cd ~/ops", "  when: %d" % ts)
        d.sl("- cmd: set -x BORG_PASSPHRASE '%s'" % pw, pw, "backup-passphrase")
        d.add("  when: %d" % (ts + 12), "- cmd: borg create ::'{hostname}-{now}' /srv", "  when: %d" % (ts + 30))
        return [d]
    if kind == "powershell":
        d = doc(ctx, "home/%s/ConsoleHost_history.txt" % ctx.user(r), crlf=True)
        d.add("Get-Service | Where-Object Status -eq 'Running'")
        d.sl('$sec = ConvertTo-SecureString "%s" -AsPlainText -Force' % pw, pw, "password")
        d.add("New-LocalUser -Name svc_backup -Password $sec")
        d.nl("$t = Get-Secret -Name ApiToken -AsPlainText", "Get-Secret -Name ApiToken -AsPlainText", "reference")
        return [d]
    if kind == "psql":
        d = doc(ctx, "home/postgres/.psql_history")
        d.add("\\dt", "SELECT count(*) FROM orders;")
        d.sl("ALTER USER reporting WITH PASSWORD '%s';" % pw.replace("'", "''"), pw.replace("'", "''"), "db-password")
        d.add("\\q")
        return [d]
    if kind == "mysql":
        d = doc(ctx, "home/%s/.mysql_history" % ctx.user(r))
        esc = pw.replace(" ", "\\040")
        d.add("_HiStOrY_V2_", "show\\040databases;")
        d.sl("CREATE\\040USER\\040'shop'@'%%'\\040IDENTIFIED\\040BY\\040'%s';" % esc, esc, "db-password", decoded=pw if esc != pw else None)
        d.add("FLUSH\\040PRIVILEGES;")
        return [d]
    if kind == "redis":
        d = doc(ctx, "home/%s/.rediscli_history" % ctx.user(r))
        d.add("PING", "INFO memory")
        d.sl('CONFIG SET requirepass "%s"' % pw, pw, "redis-password")
        d.add("CONFIG REWRITE")
        return [d]
    if kind == "node":
        d = doc(ctx, "home/%s/.node_repl_history" % ctx.user(r))
        tok, cat, _ = (ctx.token(r, prov36.stripe_sk), "stripe-secret-key", "")
        d.add("await stripe.balance.retrieve()")
        d.sl("const stripe = require('stripe')('%s')" % tok, tok, cat)
        d.add(".help")
        return [d]
    if kind == "irb":
        d = doc(ctx, "home/%s/.irb_history" % ctx.user(r))
        d.add("User.count", "u = User.find_by(email: 'ops@%s')" % ctx.domain)
        d.sl("u.update!(password: '%s')" % pw.replace("'", "\\'"), pw.replace("'", "\\'"), "password")
        d.add("exit")
        return [d]
    d = doc(ctx, "home/%s/.sqlite_history" % ctx.user(r))
    d.add(".open ledger.db")
    d.sl("PRAGMA key = '%s';" % pw.replace("'", "''"), pw.replace("'", "''"), "sqlcipher-key")
    d.add(".tables", "SELECT * FROM payments LIMIT 5;")
    return [d]


# ---------------------------------------------------------------- rotation diff
def rotation_diff(ctx, r):
    old = ctx.password(r)
    new = ctx.password(r, "random")
    a, b = rhex(r, 7), rhex(r, 7)
    f = r.choice(["app/config.env", "deploy/.env.prod", "config/mqtt.env"])
    d = doc(ctx, "ops/patches/0001-rotate-credentials.patch")
    d.add("From %s Mon Sep 17 00:00:00 2001" % rhex(r, 40), "From: %s <%s@%s>" % (ctx.people[0][0], ctx.people[0][1], ctx.domain),
          "Subject: [PATCH] Rotate broker and mail credentials", "", "---", " %s | 4 ++--" % f, " 1 file changed, 2 insertions(+), 2 deletions(-)", "",
          "diff --git a/%s b/%s" % (f, f))
    d.nl("index %s..%s 100644" % (a, b), "%s..%s" % (a, b), "blob-id")
    d.add("--- a/%s" % f, "+++ b/%s" % f, "@@ -2,6 +2,6 @@", " APP_ENV=production", " MQTT_USER=%s" % ctx.key.split("-")[0])
    d.sl("-MQTT_PASSWORD=%s" % old, old, "password", note="rotated")
    d.sl("+MQTT_PASSWORD=%s" % new, new, "password")
    if r.random() < 0.5:
        tok = ctx.token(r, prov36.sendgrid)
        d.sl("-MAIL_TOKEN=%s" % tok, tok, "sendgrid-key", note="rotated")
        d.nl("+MAIL_TOKEN=${MAIL_TOKEN}", "${MAIL_TOKEN}", "reference")
    else:
        d.add(" MAIL_FROM=noreply@%s" % ctx.domain, " MAIL_HOST=smtp.%s" % ctx.domain)
    d.add(" LOG_LEVEL=info", "-- ", "2.43.0")
    return [d]


# ---------------------------------------------------------------- negative-only files
def env_example(ctx, r):
    pk = ctx.pack()
    d = doc(ctx, "app/.env.example")
    d.add("# copy to .env and fill in", "APP_ENV=development")
    ph = r.sample(prov36.PLACEHOLDERS, 3)
    d.nl("DB_PASSWORD=%s" % ph[0], ph[0], "placeholder")
    d.nl("STRIPE_SECRET_KEY=%s" % ph[1], ph[1], "placeholder")
    d.nl("SMTP_PASSWORD=%s" % ph[2], ph[2], "placeholder")
    d.nl("ADMIN_PASSWORD=%s" % pk["placeholder"], pk["placeholder"], "placeholder", lang=ctx.lang)
    return [d]


I18N = ["po", "android", "arb", "i18next", "rails", "properties", "qt", "ios", "xliff", "resx"]


def i18n_file(ctx, r, kind):
    pk = ctx.pack()
    s = pk["i18n"]
    keys = [("password", s["password"]), ("pin", s["pin"]), ("door_code", s["door"]), ("wifi_key", s["wifi"]),
            ("sign_in", s["login"]), ("forgot", s["forgot"]), ("show", s["show"]), ("save", s["save"])]
    lab = set(r.sample(["password", "pin", "door_code", "wifi_key", "forgot"], 3))
    loc = ctx.lang
    ext = {"po": "locale/%s/LC_MESSAGES/app.po" % loc, "android": "android/res/values-%s/strings.xml" % loc, "arb": "lib/l10n/app_%s.arb" % loc,
           "i18next": "web/locales/%s/translation.json" % loc, "rails": "config/locales/%s.yml" % loc,
           "properties": "java/src/main/resources/messages_%s.properties" % loc, "qt": "qt/translations/app_%s.ts" % loc,
           "ios": "ios/%s.lproj/Localizable.strings" % loc, "xliff": "web/i18n/messages.%s.xlf" % loc,
           "resx": "dotnet/Resources/Strings.%s.resx" % loc}[kind]
    d = doc(ctx, ext, crlf=(kind == "resx"), bom=(kind == "resx"))

    def put(key, val, shown, fmt):
        line = fmt % shown
        if key in lab:
            d.nl(line, shown, "i18n-string", lang=ctx.lang)
        else:
            d.add(line)
    en = {"password": "Password", "pin": "PIN", "door_code": "Door code", "wifi_key": "Wi-Fi key", "sign_in": "Sign in",
          "forgot": "Forgot password?", "show": "Show", "save": "Save"}
    if kind == "po":
        d.add('msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: %s\\n"' % loc, "")
        for k, v in keys:
            d.add('msgid "%s"' % en[k])
            put(k, v, v.replace('"', '\\"'), 'msgstr "%s"')
            d.add("")
    elif kind == "android":
        d.add('<?xml version="1.0" encoding="utf-8"?>', "<resources>")
        for k, v in keys:
            put(k, v, esc_xml(v).replace("'", "\\'").replace("&apos;", "\\'"), '    <string name="' + k + '">%s</string>')
        d.add("</resources>")
    elif kind == "arb":
        d.add("{", '  "@@locale": "%s",' % loc)
        for i, (k, v) in enumerate(keys):
            put(k, v, esc_json(v), '  "' + k + '": "%s"' + ("," if i < len(keys) - 1 else ""))
        d.add("}")
    elif kind == "i18next":
        d.add("{", '  "auth": {')
        for i, (k, v) in enumerate(keys):
            put(k, v, esc_json(v), '    "' + k + '": "%s"' + ("," if i < len(keys) - 1 else ""))
        d.add("  }", "}")
    elif kind == "rails":
        d.add("%s:" % loc, "  auth:")
        for k, v in keys:
            put(k, v, v.replace('"', '\\"'), '    ' + k + ': "%s"')
    elif kind == "properties":
        d.add("# %s" % ctx.org)
        for k, v in keys:
            shown = "".join(c if ord(c) < 128 else ("\\u%04x" % ord(c) if ord(c) < 0x10000 else
                                                   "".join("\\u%04x" % x for x in _utf16(c))) for c in v)
            put(k, v, shown, "auth." + k + "=%s")
    elif kind == "qt":
        d.add('<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="%s">' % loc, "<context>",
              "    <name>LoginDialog</name>")
        for k, v in keys:
            d.add("    <message>", "        <source>%s</source>" % esc_xml(en[k]))
            put(k, v, esc_xml(v), "        <translation>%s</translation>")
            d.add("    </message>")
        d.add("</context>", "</TS>")
    elif kind == "ios":
        d.add("/* Login screen */")
        for k, v in keys:
            put(k, v, v.replace('"', '\\"'), '"' + en[k] + '" = "%s";')
    elif kind == "xliff":
        d.add('<?xml version="1.0" encoding="UTF-8"?>', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
              '  <file source-language="en" target-language="%s" datatype="plaintext" original="ng2.template">' % loc, "    <body>")
        for k, v in keys:
            d.add('      <trans-unit id="%s" datatype="html">' % k, "        <source>%s</source>" % esc_xml(en[k]))
            put(k, v, esc_xml(v), "        <target>%s</target>")
            d.add("      </trans-unit>")
        d.add("    </body>", "  </file>", "</xliff>")
    else:
        d.add('<?xml version="1.0" encoding="utf-8"?>', "<root>")
        for k, v in keys:
            d.add('  <data name="%s" xml:space="preserve">' % k)
            put(k, v, esc_xml(v), "    <value>%s</value>")
            d.add("  </data>")
        d.add("</root>")
    return [d]


def _utf16(c):
    n = ord(c) - 0x10000
    return [0xD800 + (n >> 10), 0xDC00 + (n & 0x3FF)]


LOCKS = ["pnpm", "poetry", "flake", "gradle-verify", "package-resolved", "sops", "fixture"]


def lock_file(ctx, r, kind):
    if kind == "pnpm":
        d = doc(ctx, "web/pnpm-lock.yaml")
        d.add("lockfileVersion: '9.0'", "", "packages:", "", "  axios@1.7.2:")
        i1 = "sha512-" + b64(rbytes(r, 64))
        d.nl("    resolution: {integrity: %s}" % i1, i1, "integrity-hash")
        d.add("", "  zod@3.23.8:")
        i2 = "sha512-" + b64(rbytes(r, 64))
        d.nl("    resolution: {integrity: %s}" % i2, i2, "integrity-hash")
        return [d]
    if kind == "poetry":
        d = doc(ctx, "python/poetry.lock")
        d.add("[[package]]", 'name = "requests"', 'version = "2.32.3"', "files = [")
        for _ in range(2):
            h = "sha256:" + hashlib.sha256(rbytes(r, 8)).hexdigest()
            d.nl('    {file = "requests-2.32.3-py3-none-any.whl", hash = "%s"},' % h, h, "integrity-hash") if _ == 0 else \
                d.add('    {file = "requests-2.32.3.tar.gz", hash = "%s"},' % h)
        d.add("]")
        return [d]
    if kind == "flake":
        d = doc(ctx, "nix/flake.lock")
        nh = "sha256-" + b64(rbytes(r, 32))
        rev = rhex(r, 40)
        d.add("{", '  "nodes": {', '    "nixpkgs": {', '      "locked": {', '        "lastModified": %d,' % r.randint(1700000000, 1720000000))
        d.nl('        "narHash": "%s",' % nh, nh, "integrity-hash")
        d.add('        "owner": "NixOS",', '        "repo": "nixpkgs",')
        d.nl('        "rev": "%s",' % rev, rev, "commit-sha")
        d.add('        "type": "github"', "      }", "    }", "  },", '  "root": "root",', '  "version": 7', "}")
        return [d]
    if kind == "gradle-verify":
        d = doc(ctx, "android/gradle/verification-metadata.xml")
        h = hashlib.sha256(rbytes(r, 8)).hexdigest()
        d.add('<?xml version="1.0" encoding="UTF-8"?>', '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">',
              "   <components>", '      <component group="com.squareup.okhttp3" name="okhttp" version="4.12.0">',
              '         <artifact name="okhttp-4.12.0.jar">')
        d.nl('            <sha256 value="%s" origin="Generated by Gradle"/>' % h, h, "integrity-hash")
        d.add("         </artifact>", "      </component>", "   </components>", "</verification-metadata>")
        return [d]
    if kind == "package-resolved":
        d = doc(ctx, "ios/Package.resolved")
        rev = rhex(r, 40)
        d.add("{", '  "pins" : [', "    {", '      "identity" : "alamofire",', '      "kind" : "remoteSourceControl",',
              '      "location" : "https://github.com/Alamofire/Alamofire.git",', '      "state" : {')
        d.nl('        "revision" : "%s",' % rev, rev, "commit-sha")
        d.add('        "version" : "5.9.1"', "      }", "    }", "  ],", '  "version" : 2', "}")
        return [d]
    if kind == "sops":
        d = doc(ctx, "deploy/secrets.enc.yaml")
        enc = "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, 18)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
        rec = prov36.age_recipient(r)
        d.nl("db_password: %s" % enc, enc, "sops-encrypted")
        d.add("sops:", "    age:")
        d.nl("        - recipient: %s" % rec, rec, "age-recipient")
        d.add("          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----", "            " + b64(rbytes(r, 48)),
              "            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"2024-05-03T09:14:22Z\"", "    version: 3.8.1")
        return [d]
    d = doc(ctx, "tests/fixtures/scanner-selftest.txt")
    bad = prov36.wrong_crc(r)
    d.add("# Fixtures for the pre-commit secret scanner's self test. Nothing here is live.")
    d.nl("github_token_bad_checksum = %s" % bad, bad, "token-crc-wrong", fixture_crc_wrong=True)
    bad2 = prov36.wrong_crc(r, "npm_")
    d.nl("npm_token_bad_checksum = %s" % bad2, bad2, "token-crc-wrong", fixture_crc_wrong=True)
    rfc = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
    d.nl("ed25519_rfc8032_test1_secret = %s" % rfc, rfc, "documented-example", cite="RFC 8032 section 7.1 TEST 1 secret key")
    return [d]


def docs_examples(ctx, r):
    d = doc(ctx, "docs/integrations.md")
    d.add("# Integrations", "", "Examples below are copied from the vendors' documentation and do not work.", "")
    picks = r.sample(prov36.DOC_EXAMPLES, 3)
    for v, cat, cite in picks:
        d.add("")
        d.nl("    %s" % v, v, cat, cite=cite)
    if r.random() < 0.6:
        d.add("", "A personal access token has this shape (the checksum of this one is deliberately broken):", "")
        bad = prov36.wrong_crc(r, r.choice(["ghp_", "gho_", "npm_"]))
        d.nl("    %s" % bad, bad, "token-crc-wrong", fixture_crc_wrong=True)
    else:
        d.add("", "Tokens are longer than this truncated one from the old wiki page:", "")
        short = "ghp_" + rs(r, r.randint(18, 26), AN)
        d.nl("    %s" % short, short, "token-wrong-length")
    d.add("", "Real values live in the vault:", "")
    ref = prov36.reference(r, "PARTNER_API_KEY")
    d.nl("- partner API key: `%s`" % ref, ref, "reference")
    return [d]
