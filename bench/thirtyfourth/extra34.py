"""Payment gateways, device INIs, logs, histories, rotation diffs and negative-only files."""

import base64
import json

import prov34
from core34 import (B62, B64URL, DIGITS, HEX, LOWER, UPPER, N, PID, S, b64, crc_token, dt, json_esc, rbytes, rhex,
                    rs, xml_esc)
from keys34 import Key


# ---------------------------------------------------------------- payment / donation gateways, one per theme
def gateway(c, r):
    g = c.T["gateway"]
    if g == "rmapg":
        d = c.doc("payments/rma-pg.env")
        d.add("# RMA payment gateway (Bhutan Financial Switch) - merchant settings")
        d.add("RMA_PG_MERCHANT_ID=", N(c.neg("BE1%07d" % r.randint(0, 10 ** 7 - 1)), "merchant-id"))
        d.add("RMA_PG_BENEFICIARY_ID=BE%d" % r.randint(10 ** 6, 10 ** 7))
        d.add("RMA_PG_API_SECRET=", S(c.hexs(r, 32), "rmapg-api-secret"))
        d.add("RMA_PG_KEY_PATH=/etc/rma-pg/merchant.key")
    elif g == "orangemoney":
        d = c.doc("payments/orange_money.py")
        cid, sec = rs(r, 32), c.rnd(r, 16, B62)
        d.add("# Orange Money Web Payment (Orange Developer API, Guinea)")
        d.add('CLIENT_ID = "', PID(cid), '"')
        d.add('CLIENT_SECRET = "', S(sec, "orange-money-client-secret", pair=True), '"')
        basic = base64.b64encode(("%s:%s" % (cid, sec)).encode()).decode()
        c.reg.add(basic)
        d.add('TOKEN_AUTH = "Basic ', S(basic, "orange-money-basic-auth", decoded="%s:%s" % (cid, sec)), '"')
        d.add('MERCHANT_KEY = "', S(c.hexs(r, 8), "orange-money-merchant-key"), '"')
        d.add('NOTIF_URL = "https://%s/pay/orange/notify"' % c.domain)
    elif g == "toss":
        d = c.doc("payments/toss.env")
        d.add("# Toss Payments: the client key is used in the browser, the secret key only on the server")
        d.add("TOSS_CLIENT_KEY=", N(c.neg("live_ck_" + rs(r, 20)), "public-client-key"))
        d.add("TOSS_SECRET_KEY=", S(c.uniq(lambda: "live_sk_" + rs(r, 20)), "toss-secret-key"))
        d.add("# docs sample, for the sandbox page only:")
        d.add("TOSS_TEST_SECRET_KEY=", N(c.neg("test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R"), "documented-example",
                                          cite="Toss Payments developer docs sample secret key (from memory)"))
    elif g == "payjp":
        d = c.doc("payments/payjp.rb")
        d.add("require 'payjp'")
        d.add("")
        d.add("Payjp.api_key = '", S(c.uniq(lambda: "sk_live_" + rhex(r, 24)), "payjp-secret-key"), "'")
        d.add("PAYJP_PUBLIC_KEY = '", N(c.neg("pk_live_" + rhex(r, 24)), "public-payjp-key"), "'")
        d.add("# the key in the PAY.JP API reference examples: ", N(c.neg("sk_test_c62fade9d045b54cd76d7036"),
                                                                     "documented-example",
                                                                     cite="PAY.JP API reference example key (from memory)"))
    elif g == "alipay":
        k = Key("rsa", r, "alipay")
        d = c.doc("payments/alipay.properties")
        d.add("# Alipay open platform (RSA2)")
        d.add("alipay.app_id=", N(c.neg("2021%012d" % r.randint(0, 10 ** 12 - 1)), "app-id"))
        d.add("alipay.app_private_key=", S(k.raw_b64_pkcs8(), "alipay-app-private-key", key_check="rsa/pkcs8-raw"))
        d.add("alipay.app_public_key=", N(k.raw_b64_spki(), "public-key-raw", key_check="spki-raw"))
        d.add("alipay.gateway=https://openapi.alipay.com/gateway.do")
        d.add("alipay.sign_type=RSA2")
    elif g == "donorbox":
        d = c.doc("fundraising/donorbox_export.sh")
        d.add("#!/bin/sh")
        d.add("# nightly export of donations to the donor database")
        d.add('curl -s -u "finance@%s:' % c.domain, S(c.rnd(r, 40, B62), "donorbox-api-key"),
              '" "https://donorbox.org/api/v1/donations?campaign_id=%d" > /srv/donors/in/donations.json'
              % r.randint(10 ** 5, 10 ** 6))
    elif g == "paytoday":
        d = c.doc("payments/paytoday.json")
        d.add("{")
        d.add('  "business_id": "', N(c.neg(str(r.randint(10 ** 4, 10 ** 5))), "merchant-id"), '",')
        d.add('  "business_name": "%s",' % c.org)
        d.add('  "private_key": "', S(c.rnd(r, 40, B62), "paytoday-private-key"), '",')
        d.add('  "return_url": "https://%s/pay/done"' % c.domain)
        d.add("}")
    elif g == "cloudpayments":
        d = c.doc("payments/cloudpayments.env")
        pid = "pk_" + rhex(r, 32)
        sec = c.hexs(r, 32)
        d.add("CP_PUBLIC_ID=", N(c.neg(pid), "public-client-key"))
        d.add("CP_API_SECRET=", S(sec, "cloudpayments-api-secret"))
        d2 = c.doc("payments/cloudpayments-check.txt")
        user, pw = "pk_" + rhex(r, 32), c.hexs(r, 32)
        basic = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
        c.reg.add(basic)
        d2.add("# second site (concert tickets), checked with:")
        d2.add("curl -X POST https://api.cloudpayments.ru/test -H 'Authorization: Basic ",
               S(basic, "cloudpayments-basic-auth", decoded="%s:%s" % (user, pw)), "'")
    elif g == "monime":
        d = c.doc("payments/monime.env")
        d.add("MONIME_SPACE_ID=", N(c.neg("spc-" + rs(r, 24, LOWER + DIGITS)), "object-id"))
        d.add("MONIME_ACCESS_TOKEN=", S(c.uniq(lambda: "mon_" + rs(r, 48)), "monime-access-token"))
        d.add("MONIME_WEBHOOK_SECRET=", S(c.uniq(lambda: "whsec_" + rs(r, 32)), "monime-webhook-secret"))
    elif g == "ipaymu":
        d = c.doc("payments/ipaymu.php")
        d.add("<?php")
        d.add("// iPaymu v2")
        d.add("$va     = '", N(c.neg("11790008%08d" % r.randint(0, 10 ** 8 - 1)), "virtual-account"), "';")
        d.add("$apiKey = '", S(c.uniq(lambda: "%s-%s-%s-%s-%s" % (rs(r, 8, UPPER + DIGITS), rs(r, 4, UPPER + DIGITS),
                                                                   rs(r, 4, UPPER + DIGITS), rs(r, 4, UPPER + DIGITS),
                                                                   rs(r, 12, UPPER + DIGITS))), "ipaymu-api-key"),
              "';")
        d.add("$url    = 'https://my.ipaymu.com/api/v2/payment';")


# ---------------------------------------------------------------- the theme's own device (CRLF INI)
def device(c, r):
    path, label, model = c.T["device"]
    d = c.doc("devices/" + path, crlf=True)
    d.add("; %s - exported settings" % label)
    d.add("[device]")
    d.add("model=%s-%d" % (model, r.randint(100, 900)))
    d.add("serial=", N(c.neg("%s%d" % (model[:3], r.randint(10 ** 7, 10 ** 8))), "device-serial"))
    d.add("firmware=%d.%d.%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 20)))
    d.add("firmware_sha256=", N(c.neg(rhex(r, 64)), "checksum-sha256"))
    d.add("")
    d.add("[network]")
    d.add("wifi_ssid=%s" % c.T["ssids"][r.randrange(2)])
    d.add("wifi_psk=", S(c.pw(r, style=r.choice(["phrase", "human", "strong"])), "device-wifi-psk"))
    d.add("dhcp=1")
    d.add("")
    d.add("[admin]")
    d.add("user=admin")
    if r.random() < 0.6:
        d.add("password=", S(c.pw(r, safe="std"), "device-admin-password"))
    else:
        d.add("password=", N(c.neg("admin"), "documented-default", cite="vendor factory default"))
    d.add("")
    d.add("[upload]")
    d.add("endpoint=https://telemetry.%s/ingest" % c.domain)
    d.add("upload_key=", S(c.rnd(r, 32, B62), "device-upload-key"))


# ---------------------------------------------------------------- logs (10 kinds)
LOGS = ["journal", "compose", "nginx", "postgres", "har", "curl", "ci-env", "supervisord", "logcat", "pppd"]


def log(c, r, kind):
    s = c.systems[r.randrange(6)]
    t = dt(r.randint(86400 * 30, 86400 * 200))
    stamp = t.strftime("%b %d %H:%M:%S")
    host = "%s-%d" % (s, r.randint(1, 3))
    if kind == "journal":
        d = c.doc("logs/journal-%s.txt" % s)
        d.add("%s %s %s[%d]: starting %s 2.4.1" % (stamp, host, s, r.randint(300, 9000), s))
        d.add("%s %s %s[%d]: config: database=postgres://app:" % (stamp, host, s, r.randint(300, 9000)),
              S(c.pw(r, safe="uri"), "log-dsn-password"), "@db.int.%s:5432/%s" % (c.domain, c.slug))
        d.add("%s %s %s[%d]: listening on :8080 request_id=" % (stamp, host, s, r.randint(300, 9000)),
              N(c.neg(prov34.uuid(r)), "request-id"))
    elif kind == "compose":
        d = c.doc("logs/compose-up.log")
        d.add("%s-1  | INFO  boot: loading settings" % s)
        d.add("%s-1  | DEBUG settings={'SMTP_HOST': 'smtp.%s', 'SMTP_PASSWORD': '" % (s, c.domain),
              S(c.pw(r), "log-settings-password"), "'}")
        d.add("db-1   | LOG:  database system is ready to accept connections")
        d.add("%s-1  | INFO  image " % s, N(c.neg(prov34.digest(r)), "image-digest"))
    elif kind == "nginx":
        d = c.doc("logs/nginx-access.log")
        ip = "41.%d.%d.%d" % (r.randint(0, 250), r.randint(0, 250), r.randint(1, 250))
        d.add('%s - - [%s +0000] "GET /api/export?format=csv&token=' % (ip, t.strftime("%d/%b/%Y:%H:%M:%S")),
              S(c.rnd(r, 40, B62), "log-url-token"), ' HTTP/1.1" 200 18342 "-" "curl/8.5.0"')
        d.add('%s - - [%s +0000] "GET /img/banner.webp?w=800&s=' % (ip, t.strftime("%d/%b/%Y:%H:%M:%S")),
              N(c.neg(rhex(r, 32)), "url-signature"), ' HTTP/1.1" 200 40211 "-" "Mozilla/5.0"')
    elif kind == "postgres":
        d = c.doc("logs/postgresql-%s.log" % t.strftime("%Y-%m-%d"))
        d.add("%s UTC [%d] LOG:  statement: ALTER ROLE %s_rw WITH PASSWORD '" % (t.strftime("%Y-%m-%d %H:%M:%S"),
                                                                                 r.randint(1000, 9999), s),
              S(c.pw(r), "log-alter-role-password"), "';")
        d.add("%s UTC [%d] LOG:  checkpoint complete: wrote %d buffers" % (t.strftime("%Y-%m-%d %H:%M:%S"),
                                                                         r.randint(1000, 9999), r.randint(10, 900)))
        d.add("%s UTC [%d] DETAIL:  stored verifier " % (t.strftime("%Y-%m-%d %H:%M:%S"), r.randint(1000, 9999)),
              N(c.neg(prov34.hash_value(r, "scram")), "hash-scram"))
    elif kind == "har":
        d = c.doc("logs/checkout.har")
        tk = r.choice(["stripe-secret", "square", "shopify"])
        d.add("{")
        d.add('  "log": {')
        d.add('    "version": "1.2",')
        d.add('    "creator": {"name": "Firefox", "version": "128.0"},')
        d.add('    "entries": [')
        d.add("      {")
        d.add('        "request": {')
        d.add('          "method": "POST",')
        d.add('          "url": "https://api.%s/checkout",' % c.domain)
        d.add('          "headers": [')
        d.add('            {"name": "Authorization", "value": "Bearer ', S(c.token(r, tk), "prov-" + tk), '"},')
        d.add('            {"name": "x-request-id", "value": "', N(c.neg(prov34.uuid(r)), "request-id"), '"}')
        d.add("          ]")
        d.add("        },")
        d.add('        "response": {"status": 201}')
        d.add("      }")
        d.add("    ]")
        d.add("  }")
        d.add("}")
    elif kind == "curl":
        d = c.doc("logs/curl-verbose.txt")
        user, pw = "ops", c.pw(r, safe="std")
        basic = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
        c.reg.add(basic)
        d.add("* Connected to %s.%s (10.0.%d.%d) port 443" % (s, c.domain, r.randint(0, 9), r.randint(2, 250)))
        d.add("> GET /admin/status HTTP/2")
        d.add("> Host: %s.%s" % (s, c.domain))
        d.add("> Authorization: Basic ", S(basic, "log-basic-auth", decoded="%s:%s" % (user, pw)))
        d.add("> User-Agent: curl/8.5.0")
        d.add("< HTTP/2 200")
        d.add("< x-request-id: ", N(c.neg(prov34.uuid(r)), "request-id"))
    elif kind == "ci-env":
        d = c.doc("logs/ci-job-%d.log" % r.randint(1000, 9999))
        d.add("$ printenv | sort")
        d.add("CI=true")
        d.add("CI_JOB_TOKEN=", N("[MASKED]", "masked"))
        d.add("DEPLOY_HOST=%s.%s" % (s, c.domain))
        d.add("DEPLOY_PASSWORD=", S(c.pw(r, safe="shell"), "log-ci-env-password"))
        d.add("HOME=/root")
    elif kind == "supervisord":
        d = c.doc("logs/supervisord.log")
        ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % r.randint(0, 999)
        d.add("%s INFO spawned: '%s-worker' with pid %d" % (ts, s, r.randint(300, 9000)))
        d.add("%s INFO %s-worker: command=/srv/%s/bin/worker --queue default --api-key " % (ts, s, s),
              S(c.rnd(r, 32, B62), "log-cli-api-key"))
        d.add("%s INFO success: %s-worker entered RUNNING state" % (ts, s))
        d.add("%s INFO config md5 " % ts, N(c.neg(rhex(r, 32)), "checksum-md5"))
    elif kind == "logcat":
        d = c.doc("logs/logcat-%s.txt" % s)
        tk = r.choice(["google-api"])
        d.add("%s  %d  %d I ActivityManager: Start proc %s" % (t.strftime("%m-%d %H:%M:%S.") + "%03d" % r.randint(0, 999),
                                                              r.randint(900, 9999), r.randint(900, 9999), c.slug))
        d.add("%s  %d  %d D OkHttp  : --> GET https://maps.googleapis.com/maps/api/geocode/json?address=%s&key=" % (
            t.strftime("%m-%d %H:%M:%S.") + "%03d" % r.randint(0, 999), r.randint(900, 9999), r.randint(900, 9999),
            c.T["words"][0]), S(c.token(r, tk), "prov-" + tk))
        d.add("%s  %d  %d I Build   : fingerprint " % (t.strftime("%m-%d %H:%M:%S.") + "%03d" % r.randint(0, 999),
                                                      r.randint(900, 9999), r.randint(900, 9999)),
              N(c.neg("google/%s/%s:14/AP2A.%d.001/%d:user/release-keys" % ("tablet", "tablet", r.randint(10 ** 5, 10 ** 6),
                                                                          r.randint(10 ** 6, 10 ** 7))), "build-id"))
    else:  # pppd
        d = c.doc("logs/router-syslog.txt")
        d.add("%s gw pppd[%d]: Plugin rp-pppoe.so loaded." % (stamp, r.randint(300, 3000)))
        d.add('%s gw pppd[%d]: sent [PAP AuthReq id=0x1 user="%s@isp" password="' % (stamp, r.randint(300, 3000), c.slug),
              S(c.pw(r, safe="alnum"), "log-pppd-password"), '"]')
        d.add("%s gw pppd[%d]: PAP authentication succeeded" % (stamp, r.randint(300, 3000)))
        d.add("%s gw sysupgrade: image sha256 " % stamp, N(c.neg(rhex(r, 64)), "checksum-sha256"))


# ---------------------------------------------------------------- shell histories (10 kinds)
HISTORIES = ["bash", "zsh", "fish", "powershell", "psql", "mysql", "redis", "node", "irb", "sqlite"]


def history(c, r, kind):
    s = c.systems[r.randrange(6)]
    t0 = 1735689600 + r.randint(86400 * 20, 86400 * 180)
    if kind == "bash":
        d = c.doc("ops/home/.bash_history")
        for cmd in [["cd /srv/%s" % s], ["mysql -u root -p'", S(c.pw(r, safe="uri"), "history-mysql-password"), "' %s" % s],
                    ["export API_TOKEN=", S(c.token(r, r.choice(["github-pat", "npm", "dockerhub"])), "history-exported-token")],
                    ["git checkout ", N(c.neg(prov34.git_sha(r)), "git-commit-sha")], ["systemctl restart %s" % s]]:
            t0 += r.randint(5, 400)
            d.add("#%d" % t0)
            d.add(*cmd)
    elif kind == "zsh":
        d = c.doc("ops/home/.zsh_history")
        for cmd in [["ls -la"], ["sshpass -p '", S(c.pw(r, safe="uri"), "history-sshpass-password"), "' ssh ops@%s.%s" % (s, c.domain)],
                    ["redis-cli -h cache.int.%s -a " % c.domain, S(c.pw(r, safe="alnum"), "history-redis-password"), " ping"],
                    ["ssh-keygen -lf ~/.ssh/id_ed25519.pub # ", N(c.neg(prov34.ssh_fp(r)), "ssh-fingerprint")]]:
            t0 += r.randint(5, 400)
            d.add(": %d:0;" % t0, *cmd)
    elif kind == "fish":
        d = c.doc("ops/home/.local/share/fish/fish_history")
        for cmd in [["set -x PGPASSWORD ", S(c.pw(r, safe="alnum"), "history-pgpassword")],
                    ["psql -h db.int.%s -U app %s" % (c.domain, c.slug)],
                    ["curl -u admin:", S(c.pw(r, safe="uri"), "history-curl-password"), " https://%s.%s/health" % (s, c.domain)],
                    ["docker pull registry.%s/app@" % c.domain, N(c.neg(prov34.digest(r)), "image-digest")]]:
            t0 += r.randint(5, 400)
            d.add("- cmd: ", *cmd)
            d.add("  when: %d" % t0)
    elif kind == "powershell":
        d = c.doc("ops/home/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", crlf=True)
        d.add("$pw = ConvertTo-SecureString '", S(c.pw(r, safe="uri"), "history-securestring-password"), "' -AsPlainText -Force")
        d.add("New-LocalUser -Name kiosk -Password $pw")
        d.add("$tok = ", N(c.neg("Get-Secret -Name %s-api -AsPlainText" % s), "secret-store-reference"))
        d.add("Invoke-RestMethod https://%s.%s/api/ping -Headers @{Authorization = \"Bearer $tok\"}" % (s, c.domain))
        d.add("net use Z: \\\\files.int.%s\\share /user:ops " % c.domain, S(c.pw(r, safe="alnum"), "history-net-use-password"))
    elif kind == "psql":
        d = c.doc("ops/home/.psql_history")
        d.add("\\dt")
        d.add("ALTER USER %s_rw PASSWORD '" % s, S(c.pw(r), "history-psql-alter-password"), "';")
        d.add("SELECT id, token_sha256 FROM api_tokens WHERE token_sha256 = '", N(c.neg(rhex(r, 64)), "hash-sha256"), "';")
        d.add("CREATE USER readonly PASSWORD '", S(c.pw(r), "history-psql-create-password"), "';")
    elif kind == "mysql":
        d = c.doc("ops/home/.mysql_history")
        d.add("_HiStOrY_V2_")
        d.add("show\\040databases;")
        d.add("CREATE\\040USER\\040'rep'@'%'\\040IDENTIFIED\\040BY\\040'", S(c.pw(r, safe="alnum"), "history-mysql-create-password"), "';")
        d.add("SELECT\\040authentication_string\\040FROM\\040mysql.user;\\040--\\040", N(c.neg(prov34.hash_value(r, "mysql")), "hash-mysql"))
    elif kind == "redis":
        d = c.doc("ops/home/.rediscli_history")
        d.add("AUTH ", S(c.pw(r, safe="alnum"), "history-redis-auth"))
        d.add("CONFIG SET requirepass ", S(c.pw(r, safe="alnum"), "history-redis-requirepass"))
        d.add("GET session:", N(c.neg(prov34.uuid(r)), "uuid"))
        d.add("INFO keyspace")
    elif kind == "node":
        d = c.doc("ops/home/.node_repl_history")
        d.add("process.env.%s_API_KEY = '" % s.upper(), S(c.token(r, r.choice(["openai", "groq", "sentry"])), "history-node-token"), "'")
        d.add("require('crypto').createHash('sha256').update(body).digest('hex') // ", N(c.neg(rhex(r, 64)), "hash-sha256"))
        d.add("const db = require('./db')")
    elif kind == "irb":
        d = c.doc("ops/home/.irb_history")
        d.add("require 'stripe'")
        d.add("Stripe.api_key = \"", S(c.token(r, "stripe-restricted"), "history-irb-token"), "\"")
        d.add("Stripe::Balance.retrieve")
        d.add("ENV.fetch(", N(c.neg("\"%s_WEBHOOK_SECRET\"" % s.upper()), "env-lookup"), ")")
    else:
        d = c.doc("ops/home/.sqlite_history")
        d.add("PRAGMA key = '", S(c.pw(r, safe="alnum"), "history-sqlcipher-key"), "';")
        d.add("ATTACH DATABASE 'archive.db' AS archive KEY '", S(c.pw(r, safe="alnum"), "history-sqlcipher-attach-key"), "';")
        d.add("SELECT count(*) FROM orders;")
        d.add("-- export checksum ", N(c.neg(rhex(r, 64)), "checksum-sha256"))


# ---------------------------------------------------------------- rotation diff
def rotation_diff(c, r):
    s = c.systems[r.randrange(6)]
    d = c.doc("ops/changes/rotate-%s-%d.diff" % (s, r.randint(100, 999)))
    d.add("diff --git a/config/%s.env b/config/%s.env" % (s, s))
    d.add("index ", N(c.neg("%s..%s" % (rhex(r, 7), rhex(r, 7))), "git-blob-id"), " 100644")
    d.add("--- a/config/%s.env" % s)
    d.add("+++ b/config/%s.env" % s)
    d.add("@@ -3,7 +3,7 @@ DB_HOST=db.int.%s" % c.domain)
    d.add(" DB_USER=%s" % s)
    d.add(" DB_NAME=%s" % c.slug)
    d.add("-DB_PASSWORD=", S(c.pw(r, safe="shell"), "diff-db-password", note="rotated"))
    d.add("+DB_PASSWORD=", S(c.pw(r, safe="shell"), "diff-db-password"))
    d.add(" DB_PORT=5432")
    if r.random() < 0.5:
        tk = r.choice(["sendgrid", "mailgun", "postman", "linear"])
        d.add("-MAIL_TOKEN=", S(c.token(r, tk), "diff-token", note="rotated"))
        d.add("+MAIL_TOKEN=", N(c.neg("${MAIL_TOKEN}"), "env-reference"))


# ---------------------------------------------------------------- negative-only files
def env_example(c, r):
    d = c.doc(".env.example")
    d.add("# copy to .env and fill in")
    opts = [("DB_PASSWORD", "changeme"), ("STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
            ("GITHUB_TOKEN", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("SESSION_SECRET", "<generate with: openssl rand -hex 32>"),
            ("OPENAI_API_KEY", "sk-proj-..."), ("WEBHOOK_SECRET", "whsec_<from the dashboard>"),
            ("SMTP_PASSWORD", c.L["ph_native"]), ("ADMIN_PASSWORD", "${ADMIN_PASSWORD}")]
    for k, v in r.sample(opts, r.randint(3, 4)):
        d.add("%s=" % k, N(c.neg(v), "placeholder"))
    d.add("LOG_LEVEL=info")


I18N = ["po", "android", "arb", "i18next", "rails", "properties", "qt-ts", "ios-strings", "xliff", "resx"]


def i18n(c, r, fmt):
    L = c.L
    code = L["code"]
    items = L["i18n"]
    labelled = set(r.sample(range(5), 3))

    def lab(i, shown):
        return N(shown, "i18n-string") if i in labelled else shown
    d = None
    if fmt == "po":
        d = c.doc("locale/%s/LC_MESSAGES/app.po" % code, lang=code)
        d.add('msgid ""')
        d.add('msgstr ""')
        d.add('"Language: %s\\n"' % code)
        d.add('"Content-Type: text/plain; charset=UTF-8\\n"')
        for i, (k, v) in enumerate(items):
            d.add("")
            d.add("#: templates/%s.html" % k.split(".")[0])
            d.add('msgid "%s"' % c.EN["i18n"][i][1])
            d.add('msgstr "', lab(i, v), '"')
    elif fmt == "android":
        d = c.doc("android/app/src/main/res/values-%s/strings.xml" % code, lang=code)
        d.add('<?xml version="1.0" encoding="utf-8"?>')
        d.add("<resources>")
        for i, (k, v) in enumerate(items):
            d.add('    <string name="%s">' % k.replace(".", "_"), lab(i, xml_esc(v)), "</string>")
        d.add("</resources>")
    elif fmt == "arb":
        d = c.doc("mobile/lib/l10n/app_%s.arb" % code, lang=code)
        d.add("{")
        d.add('  "@@locale": "%s",' % code)
        for i, (k, v) in enumerate(items):
            d.add('  "%s": "' % k.replace(".", "_"), lab(i, json_esc(v)), '"' + ("," if i < 4 else ""))
        d.add("}")
    elif fmt == "i18next":
        d = c.doc("web/public/locales/%s/translation.json" % code, lang=code)
        d.add("{")
        for i, (k, v) in enumerate(items):
            d.add('  "%s": "' % k, lab(i, json_esc(v)), '"' + ("," if i < 4 else ""))
        d.add("}")
    elif fmt == "rails":
        d = c.doc("config/locales/%s.yml" % code, lang=code)
        d.add("%s:" % code)
        for i, (k, v) in enumerate(items):
            d.add('  %s: "' % k.replace(".", "_"), lab(i, json_esc(v)), '"')
    elif fmt == "properties":
        d = c.doc("src/main/resources/messages_%s.properties" % code, lang=code)
        for i, (k, v) in enumerate(items):
            d.add("%s=" % k, lab(i, "".join(ch if ord(ch) < 128 else "\\u%04x" % ord(ch) for ch in v)))
    elif fmt == "qt-ts":
        d = c.doc("desktop/translations/app_%s.ts" % code, lang=code)
        d.add('<?xml version="1.0" encoding="utf-8"?>')
        d.add("<!DOCTYPE TS>")
        d.add('<TS version="2.1" language="%s">' % code)
        d.add("<context>")
        d.add("    <name>LoginDialog</name>")
        for i, (k, v) in enumerate(items):
            d.add("    <message>")
            d.add("        <source>%s</source>" % xml_esc(c.EN["i18n"][i][1]))
            d.add("        <translation>", lab(i, xml_esc(v)), "</translation>")
            d.add("    </message>")
        d.add("</context>")
        d.add("</TS>")
    elif fmt == "ios-strings":
        d = c.doc("ios/%s.lproj/Localizable.strings" % code, lang=code)
        for i, (k, v) in enumerate(items):
            d.add('"%s" = "' % k, lab(i, json_esc(v)), '";')
    elif fmt == "xliff":
        d = c.doc("web/locale/messages.%s.xlf" % code, lang=code)
        d.add('<?xml version="1.0" encoding="UTF-8"?>')
        d.add('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">')
        d.add('  <file source-language="en" target-language="%s" datatype="plaintext" original="ng2.template">' % code)
        d.add("    <body>")
        for i, (k, v) in enumerate(items):
            d.add('      <trans-unit id="%s">' % k)
            d.add("        <source>%s</source>" % xml_esc(c.EN["i18n"][i][1]))
            d.add("        <target>", lab(i, xml_esc(v)), "</target>")
            d.add("      </trans-unit>")
        d.add("    </body>")
        d.add("  </file>")
        d.add("</xliff>")
    else:
        d = c.doc("src/Api/Resources/Strings.%s.resx" % code, lang=code, crlf=True)
        d.add('<?xml version="1.0" encoding="utf-8"?>')
        d.add("<root>")
        for i, (k, v) in enumerate(items):
            d.add('  <data name="%s" xml:space="preserve">' % k.replace(".", "_"))
            d.add("    <value>", lab(i, xml_esc(v)), "</value>")
            d.add("  </data>")
        d.add("</root>")


def policy_page(c, r):
    L = c.L
    d = c.doc("docs/credentials-policy.md", lang=L["code"], free=True, fmt="policy-page")
    d.add("# " + L["heads"]["access"])
    d.add("")
    d.add("- ", N(L["policy"], "policy-sentence"))
    d.add("- ", L["nopaste"])
    ex = r.choice(prov34.DOC_EXAMPLE_KINDS)
    val, cite = prov34.DOC_EXAMPLES[ex]
    d.add("")
    d.add("```")
    d.add(N(c.neg(val), "documented-example", cite=cite))
    d.add("```")
    d.add("")
    d.add(L["example"].replace("{v}", "`" + ex + "`"))


EXTRAS = ["pnpm-lock", "poetry-lock", "flake-lock", "gradle-verification", "package-resolved", "sops", "fixtures"]


def neg_extra(c, r, kind):
    if kind == "pnpm-lock":
        d = c.doc("web/pnpm-lock.yaml")
        d.add("lockfileVersion: '9.0'")
        d.add("packages:")
        for name, ver in [("zod", "3.23.8"), ("dayjs", "1.11.13")]:
            d.add("  %s@%s:" % (name, ver))
            d.add("    resolution: {integrity: ", N(c.neg(prov34.integrity(r)), "lockfile-integrity"), "}")
    elif kind == "poetry-lock":
        d = c.doc("poetry.lock")
        d.add("[[package]]")
        d.add('name = "requests"')
        d.add('version = "2.32.3"')
        d.add("files = [")
        d.add('    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:', N(c.neg(rhex(r, 64)), "lockfile-hash"), '"},')
        d.add('    {file = "requests-2.32.3.tar.gz", hash = "sha256:', N(c.neg(rhex(r, 64)), "lockfile-hash"), '"},')
        d.add("]")
    elif kind == "flake-lock":
        d = c.doc("flake.lock")
        d.add("{")
        d.add('  "nodes": {')
        d.add('    "nixpkgs": {')
        d.add('      "locked": {')
        d.add('        "lastModified": %d,' % (1730000000 + r.randint(0, 10 ** 7)))
        d.add('        "narHash": "', N(c.neg("sha256-" + b64(rbytes(r, 32))), "lockfile-hash"), '",')
        d.add('        "rev": "', N(c.neg(prov34.git_sha(r)), "git-commit-sha"), '",')
        d.add('        "type": "github"')
        d.add("      }")
        d.add("    }")
        d.add("  },")
        d.add('  "version": 7')
        d.add("}")
    elif kind == "gradle-verification":
        d = c.doc("android/gradle/verification-metadata.xml")
        d.add('<?xml version="1.0" encoding="UTF-8"?>')
        d.add('<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">')
        d.add("   <components>")
        d.add('      <component group="com.squareup.okhttp3" name="okhttp" version="4.12.0">')
        d.add('         <artifact name="okhttp-4.12.0.jar">')
        d.add('            <sha256 value="', N(c.neg(rhex(r, 64)), "lockfile-hash"), '" origin="Generated by Gradle"/>')
        d.add("         </artifact>")
        d.add("      </component>")
        d.add("   </components>")
        d.add("</verification-metadata>")
    elif kind == "package-resolved":
        d = c.doc("ios/Package.resolved")
        d.add("{")
        d.add('  "originHash" : "', N(c.neg(rhex(r, 64)), "lockfile-hash"), '",')
        d.add('  "pins" : [')
        d.add("    {")
        d.add('      "identity" : "swift-collections",')
        d.add('      "kind" : "remoteSourceControl",')
        d.add('      "location" : "https://github.com/apple/swift-collections.git",')
        d.add('      "state" : {')
        d.add('        "revision" : "', N(c.neg(prov34.git_sha(r)), "git-commit-sha"), '",')
        d.add('        "version" : "1.1.4"')
        d.add("      }")
        d.add("    }")
        d.add("  ],")
        d.add('  "version" : 3')
        d.add("}")
    elif kind == "sops":
        d = c.doc("secrets/prod.enc.yaml")
        d.add("db_password: ", N(c.neg(prov34.reference(r, c.domain, "db", "sops")), "sops-encrypted"))
        d.add("sops:")
        d.add("    age:")
        rec = "age1" + __import__("core34").bech32_encode("age", rbytes(r, 32))[4:]
        d.add("        - recipient: ", N(c.neg(rec), "age-recipient"))
        d.add("    lastmodified: \"2025-05-%02dT10:00:00Z\"" % r.randint(1, 28))
        d.add("    version: 3.9.1")
    else:
        d = c.doc("tests/fixtures/scanner_selftest.txt")
        d.add("# deliberately invalid tokens for the pre-commit hook self-test")
        good = crc_token("ghp_", r)
        bad = good[:-6] + ("000000" if good[-6:] != "000000" else "111111")
        d.add("github_token = ", N(c.neg(bad), "fixture-bad-checksum", fixture_crc_wrong=True))
        v, cite = prov34.DOC_EXAMPLES["rfc8032"]
        d.add("ed25519_seed = ", N(c.neg(v), "documented-example", cite=cite))
