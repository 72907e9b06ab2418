"""Logs, payment / booking gateways, device controllers, negative-only files, histories and diffs."""

import json

from core33 import N, PID, S, b64, crc_tail, esc_xml, B62
import prov33

BASE_TS = 1740000000  # fixed origin; timestamps are offsets from it


def _pair(value, category, pid, **extra):
    s = S(value, category, **extra)
    s.pid = pid
    return s


def ts(r, fmt="%Y-%m-%d %H:%M:%S"):
    import time
    return time.strftime(fmt, time.gmtime(BASE_TS + r.randrange(0, 86400 * 300)))


# ---------------------------------------------------------------- logs
def log_gunicorn(c, r):
    d = c.doc("logs/gunicorn-error.log")
    t = ts(r)
    rid = r.uuid()
    d("[%s +0000] [812] [INFO] Booting worker with pid: 812" % t)
    d("[%s +0000] [812] [INFO] request_id=" % t, N(rid, "request-id"))
    d("[%s +0000] [812] [ERROR] startup config DATABASE_URL=postgresql://app:" % t,
      S(c.pw(r, safe=True), "database-password"), "@%s:5432/app" % c.host("db"))
    d("Traceback (most recent call last):")
    d("  File \"/srv/app/db.py\", line 41, in connect")
    d("    engine.connect()")
    d("sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"%s\" (10.0.3.4), port 5432 failed: timeout expired" % c.host("db"))
    d("(Background on this error at: https://sqlalche.me/e/20/e3q8)")
    return [d]


def log_ps(c, r):
    d = c.doc("logs/ps-auxww.txt")
    d("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND")
    d("root           1  0.0  0.1 167744 11884 ?        Ss   Mar03   0:04 /sbin/init")
    d("sync        1422  0.3  1.2 402112 98312 ?        Sl   Mar03   2:11 /usr/bin/python3 /opt/sync/worker.py --db-host %s --db-password " % c.host("db"),
      S(c.pw(r, "strong"), "database-password"))
    d("sync        1437  0.0  0.4 102344 33120 ?        S    Mar03   0:00 /usr/bin/python3 /opt/sync/uploader.py --token-file ",
      N("/run/secrets/uploader_token", "secret-file-path"))
    return [d]


def log_auth(c, r):
    d = c.doc("logs/auth.log")
    host = c.systems[0]
    t = ts(r, "%b %d %H:%M:%S")
    d("%s %s sshd[2212]: Failed password for invalid user " % (t, host), S(c.pw(r, r.pick(["human", "leet", "year"])),
      "password-in-username-field"), " from 10.0.%d.%d port %d ssh2" % (r.randrange(1, 250), r.randrange(2, 250), r.randrange(40000, 65000)))
    d("%s %s sshd[2212]: Connection closed by invalid user 10.0.0.5 port 51234 [preauth]" % (t, host))
    d("%s %s sshd[2230]: Accepted publickey for %s from 10.0.0.5 port 51240 ssh2: ED25519 " % (t, host, c.people[0][1]),
      N("SHA256:" + r.b64bytes(32).rstrip("="), "ssh-key-fingerprint"))
    d("%s %s sshd[2230]: pam_unix(sshd:session): session opened for user %s(uid=1000) by (uid=0)" % (t, host, c.people[0][1]))
    return [d]


def log_ci_trace(c, r):
    d = c.doc("logs/ci-job-%d.log" % r.randrange(1000, 9999))
    d("$ set -x")
    d("+ export DB_PASSWORD=", N("'[MASKED]'", "masked-value"))
    tk = r.pick(["github-pat", "gitlab-pat", "digitalocean", "vercel", "render", "heroku"])
    d("+ curl -fsS -H 'Authorization: Bearer ", c.tok(r, tk), "' https://api.%s/v1/deploy" % c.domain)
    d("{\"status\":\"queued\"}")
    d("+ exit 0")
    return [d]


def log_kubectl(c, r):
    d = c.doc("logs/kubectl-describe-pod.txt")
    d("Name:             app-%s-%s" % (r.hex(10), r.s("abcdefghijklmnopqrstuvwxyz", 5)))
    d("Namespace:        %s" % c.slug[:20])
    d("Containers:")
    d("  app:")
    d("    Image:          registry.%s/app:1.%d.%d" % (c.domain, r.randrange(9), r.randrange(30)))
    d("    Image ID:       registry.%s/app@" % c.domain, N(prov33.image_digest(r), "image-digest"))
    d("    Environment:")
    d("      DB_HOST:      %s" % c.host("db"))
    d("      DB_PASSWORD:  ", S(c.pw(r), "database-password"))
    d("      API_KEY:      <set to the key 'api-key' in secret 'app-secrets'>  Optional: false")
    return [d]


def log_buildkit(c, r):
    d = c.doc("logs/docker-build.txt")
    d("#1 [internal] load build definition from Dockerfile")
    d("#5 [2/6] WORKDIR /app")
    d("#7 [4/6] RUN npm config set //registry.npmjs.org/:_authToken ", c.tok(r, "npm"), " && npm ci")
    d("#7 DONE 41.2s")
    d("#12 writing image ", N(prov33.image_digest(r), "image-digest"), " done")
    return [d]


def log_pm2(c, r):
    d = c.doc("logs/pm2-app-out.log")
    t = ts(r, "%Y-%m-%dT%H:%M:%S")
    d("%s: {\"level\":\"info\",\"msg\":\"server listening\",\"port\":3000}" % t)
    d("%s: {\"level\":\"debug\",\"msg\":\"db config\",\"config\":{\"host\":\"%s\",\"user\":\"app\",\"password\":\"" % (t, c.host("db")),
      S(c.pw(r), "database-password"), "\"}}")
    d("%s: {\"level\":\"info\",\"msg\":\"request done\",\"reqId\":\"" % t, N(r.uuid(), "request-id"), "\",\"ms\":12}")
    return [d]


def log_tfapply(c, r):
    d = c.doc("logs/terraform-apply.txt")
    d("  # aws_db_instance.main will be created")
    d("  + resource \"aws_db_instance\" \"main\" {")
    d("      + allocated_storage = 20")
    d("      + engine            = \"postgres\"")
    d("      + password          = ", N("(sensitive value)", "masked-value"))
    d("      + username          = \"app\"")
    d("    }")
    d("  + resource \"aws_mq_broker\" \"events\" {")
    d("      + user {")
    d("          + password = \"", S(c.pw(r), "broker-password"), "\"")
    d("          + username = \"events\"")
    d("        }")
    d("    }")
    return [d]


def log_mysql(c, r):
    d = c.doc("logs/mysql-general.log")
    t = ts(r, "%Y-%m-%dT%H:%M:%S.000000Z")
    d("%s\t   14 Connect\troot@localhost on  using Socket" % t)
    d("%s\t   14 Query\tSET PASSWORD FOR 'app'@'%%' = '" % t, S(c.pw(r), "mysql-password"), "'")
    d("%s\t   14 Query\tCREATE USER 'ro'@'%%' IDENTIFIED WITH mysql_native_password AS '" % t,
      N(prov33.mysql_hash(r), "mysql-password-hash"), "'")
    d("%s\t   14 Quit" % t)
    return [d]


def log_curl(c, r):
    d = c.doc("logs/curl-trace.txt")
    user = "api"
    pw = c.pw(r, safe=True)
    d("== Info: Connected to partner.%s (203.0.113.%d) port 443" % (c.domain, r.randrange(2, 250)))
    d("=> Send header, 162 bytes (0xa2)")
    d("0000: GET /v2/orders HTTP/1.1")
    d("0019: Host: partner.%s" % c.domain)
    d("0038: Authorization: Basic ", S(b64(user + ":" + pw), "basic-auth-header", decoded=user + ":" + pw))
    d("<= Recv header, 52 bytes (0x34)")
    d("0000: x-request-id: ", N(r.hex(32), "request-id"))
    return [d]


LOGS = {"gunicorn": log_gunicorn, "ps": log_ps, "auth": log_auth, "ci-trace": log_ci_trace, "kubectl": log_kubectl,
        "buildkit": log_buildkit, "pm2": log_pm2, "terraform": log_tfapply, "mysql": log_mysql, "curl": log_curl}


# ---------------------------------------------------------------- gateways
def gw_newebpay(c, r):
    d = c.doc("shop/payments/newebpay.php")
    d("<?php")
    d("// NewebPay MPG settings for %s" % c.org)
    d("$MerchantID = '", N("MS" + str(r.randrange(10 ** 8, 10 ** 9)), "merchant-id"), "';")
    d("$HashKey = '", PID(c.alnum(r, 32), "nw"), "';")
    d("$HashIV = '", _pair(c.alnum(r, 16), "newebpay-hashkey-hashiv-pair", "nw"), "';")
    d("$Endpoint = 'https://core.newebpay.com/MPG/mpg_gateway';")
    return [d]


def gw_fastpay(c, r):
    d = c.doc("shop/payments/fastpay_settings.py")
    d("FASTPAY_BASE_URL = \"https://apigw-merchant.fast-pay.iq\"")
    d("FASTPAY_STORE_ID = \"", PID("%s_%d" % (c.slug[:8], r.randrange(100, 999)), "fp"), "\"")
    d("FASTPAY_STORE_PASSWORD = \"", _pair(c.pw(r, "strong"), "fastpay-store-credentials", "fp"), "\"")
    d("FASTPAY_CALLBACK_SECRET = ", N("os.environ[\"FASTPAY_CALLBACK_SECRET\"]", "env-reference"))
    return [d]


def gw_juspay(c, r):
    d = c.doc("booking/.env.juspay")
    d("JUSPAY_MERCHANT_ID=", N(c.slug.replace("-", "_")[:16], "merchant-id"))
    d("JUSPAY_API_KEY=", S(c.secret_of(r, lambda rr: rr.s("0123456789ABCDEF", 30)), "juspay-api-key"))
    d("JUSPAY_ENV=production")
    return [d]


def gw_iyzico(c, r):
    d = c.doc("tickets/src/main/resources/iyzico.properties")
    d("iyzico.baseUrl=https://api.iyzipay.com")
    d("iyzico.apiKey=", PID(c.alnum(r, 32), "iy"))
    d("iyzico.secretKey=", _pair(c.alnum(r, 32), "iyzico-api-key-pair", "iy"))
    d("# sandbox: iyzico.apiKey=", N("sandbox-" + "x" * 24, "placeholder"))
    return [d]


def gw_etsy(c, r):
    d = c.doc("shop/.env.etsy")
    i, s, cat = c.pair(r, "etsy")
    d("ETSY_SHOP_ID=", N(str(r.randrange(10 ** 7, 10 ** 8)), "shop-id"))
    d("ETSY_KEYSTRING=", PID(i, "et"))
    d("ETSY_SHARED_SECRET=", _pair(s, cat, "et"))
    return [d]


def gw_pesapal(c, r):
    d = c.doc("payments/pesapal.json")
    d("{")
    d("  \"environment\": \"live\",")
    d("  \"consumer_key\": \"", PID(c.secret_of(r, lambda rr: rr.s(prov33.ALNUM + "/+", 28)), "pp"), "\",")
    d("  \"consumer_secret\": \"", _pair(c.secret_of(r, lambda rr: rr.s(prov33.ALNUM + "/+", 28)), "pesapal-consumer-pair", "pp"), "\",")
    d("  \"ipn_id\": \"", N(r.uuid(), "uuid"), "\"")
    d("}")
    e = c.doc("payments/.env.sms")
    e("AT_USERNAME=%s" % c.slug[:12])
    e("AT_API_KEY=", c.tok(r, "africastalking"))
    e("# sandbox: AT_USERNAME=sandbox AT_API_KEY=", N("<sandbox key>", "placeholder"))
    return [d, e]


def gw_bokun(c, r):
    d = c.doc("bookings/bokun_client.py")
    d("import hashlib, hmac, datetime")
    d("")
    d("BOKUN_ACCESS_KEY = \"", PID(c.hexsecret(r, 32), "bk"), "\"")
    d("BOKUN_SECRET_KEY = \"", _pair(c.hexsecret(r, 32), "bokun-access-secret-pair", "bk"), "\"")
    d("VENDOR_ID = ", N(str(r.randrange(1000, 99999)), "vendor-id"))
    d("")
    d("def sign(method, path):")
    d("    date = datetime.datetime.utcnow().strftime(\"%Y-%m-%d %H:%M:%S\")")
    d("    msg = date + BOKUN_ACCESS_KEY + method + path")
    d("    return hmac.new(BOKUN_SECRET_KEY.encode(), msg.encode(), hashlib.sha1).hexdigest()")
    return [d]


def gw_nexi(c, r):
    d = c.doc("cassa/nexi-xpay.yml")
    d("xpay:")
    d("  alias: ", N("ALIAS_WEB_%08d" % r.randrange(10 ** 7, 10 ** 8), "merchant-alias"))
    d("  mac_key: '", S(c.alnum(r, 40), "nexi-mac-key"), "'")
    d("  url: https://ecommerce.nexi.it/ecomm/ecomm/DispatcherServlet")
    return [d]


def gw_worldline(c, r):
    d = c.doc("export/worldline.json")
    i, s, cat = c.pair(r, "worldline")
    d("{")
    d("  \"merchantId\": \"", N(c.slug.replace("-", "")[:14].upper(), "merchant-id"), "\",")
    d("  \"apiKeyId\": \"", PID(i, "wl"), "\",")
    d("  \"secretApiKey\": \"", _pair(s, cat, "wl"), "\",")
    d("  \"endpoint\": \"https://payment.direct.worldline-solutions.com\"")
    d("}")
    return [d]


def gw_simpaisa(c, r):
    d = c.doc("orders/config/simpaisa.php")
    d("<?php")
    d("return [")
    d("    'merchant_id' => '", N(str(r.randrange(100000, 999999)), "merchant-id"), "',")
    d("    'api_secret' => '", S(c.hexsecret(r, 48), "simpaisa-api-secret"), "',")
    d("    'callback' => 'https://%s/payments/simpaisa/callback'," % c.domain)
    d("];")
    return [d]


GATEWAYS = {"newebpay": gw_newebpay, "fastpay": gw_fastpay, "juspay": gw_juspay, "iyzico": gw_iyzico,
            "etsy": gw_etsy, "pesapal": gw_pesapal, "bokun": gw_bokun, "nexi": gw_nexi, "worldline": gw_worldline,
            "simpaisa": gw_simpaisa}


def device_ini(c, r):
    slug, what = c.t["device"]
    d = c.doc("devices/%s.ini" % slug, crlf=True)
    d("; %s - exported from the web UI" % what)
    d("[device]")
    d("model=%s-%d" % (slug.upper().replace("-", "")[:8], r.randrange(100, 999)))
    d("serial=", N(r.s("0123456789ABCDEF", 16), "device-serial"))
    d("firmware_sha256=", N(r.hex(64), "firmware-checksum"))
    d("")
    d("[wifi]")
    d("ssid=%s" % c.t["ssids"][r.randrange(2)])
    d("psk=", S(c.pw(r), "wifi-psk"))
    d("")
    d("[upload]")
    d("url=https://telemetry.%s/ingest" % c.domain)
    d("api_key=", S(c.alnum(r, 32), "device-upload-key"))
    d("")
    d("[admin]")
    d("user=admin")
    if r.chance(0.4):
        d("password=", S(c.pw(r), "admin-password"))
    else:
        d("password=", N("admin", "vendor-default-password", cite="factory default shown in the device manual"))
    return [d]


# ---------------------------------------------------------------- negative-only files
def env_example(c, r):
    d = c.doc("app/.env.example")
    d("# copy to .env and fill in")
    opts = [("DATABASE_URL=postgres://app:", "changeme", "@localhost:5432/app"),
            ("STRIPE_SECRET_KEY=", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", ""),
            ("GITHUB_TOKEN=", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", ""),
            ("SESSION_SECRET=", "<generate with: openssl rand -hex 32>", ""),
            ("OPENAI_API_KEY=", "sk-proj-...", ""),
            ("STRIPE_WEBHOOK_SECRET=", "whsec_<from the Stripe dashboard>", ""),
            ("SMTP_PASSWORD=", "{{ smtp_password }}", ""),
            ("REDIS_PASSWORD=", "${REDIS_PASSWORD}", "")]
    for pre, v, post in r.sample(opts, r.randrange(2, 5)):
        d(pre, N(v, "placeholder"), post)
    d("DEBUG=false")
    return [d]


def i18n_file(c, r):
    L = c.L
    keys = ["password", "password_hint", "wifi", "pin", "token", "door", "passphrase"]
    chosen = r.sample(keys, 5)
    labelled = set(r.sample(chosen, 3))
    kind = r.pick(["po", "android", "arb", "i18next", "rails", "properties"])
    code = L["code"]
    if kind == "po":
        d = c.doc("app/locale/%s/LC_MESSAGES/messages.po" % code)
        d("msgid \"\"")
        d("msgstr \"\"")
        d("\"Language: %s\\n\"" % code)
        d("\"Content-Type: text/plain; charset=UTF-8\\n\"")
        for k in chosen:
            d("")
            d("msgid \"%s\"" % c.EN["i18n"][k])
            v = L["i18n"][k]
            d("msgstr \"", N(v, "i18n-string") if k in labelled else v, "\"")
        return [d]
    if kind == "android":
        d = c.doc("android/app/src/main/res/values-%s/strings.xml" % code)
        d("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        d("<resources>")
        for k in chosen:
            v = esc_xml(L["i18n"][k], quote=False).replace("'", "\\'")
            d("    <string name=\"label_%s\">" % k, N(v, "i18n-string") if k in labelled else v, "</string>")
        d("</resources>")
        return [d]
    if kind == "arb":
        d = c.doc("mobile/lib/l10n/app_%s.arb" % code)
        d("{")
        d("  \"@@locale\": \"%s\"," % code)
        for i, k in enumerate(chosen):
            v = json.dumps(L["i18n"][k], ensure_ascii=False)[1:-1]
            d("  \"%sLabel\": \"" % k, N(v, "i18n-string") if k in labelled else v, "\"" + ("," if i < 4 else ""))
        d("}")
        return [d]
    if kind == "i18next":
        d = c.doc("web/public/locales/%s/auth.json" % code)
        d("{")
        for i, k in enumerate(chosen):
            v = json.dumps(L["i18n"][k], ensure_ascii=False)[1:-1]
            d("  \"%s\": \"" % k, N(v, "i18n-string") if k in labelled else v, "\"" + ("," if i < 4 else ""))
        d("}")
        return [d]
    if kind == "rails":
        d = c.doc("config/locales/%s.yml" % code)
        d("%s:" % code)
        d("  auth:")
        for k in chosen:
            v = L["i18n"][k].replace("'", "''")
            d("    %s: '" % k, N(v, "i18n-string") if k in labelled else v, "'")
        return [d]
    d = c.doc("service/src/main/resources/messages_%s.properties" % code)
    for k in chosen:
        v = L["i18n"][k]
        d("auth.%s=" % k, N(v, "i18n-string") if k in labelled else v)
    return [d]


def policy_page(c, r):
    d = c.doc("docs/credentials-policy.md")
    d("# Credentials policy")
    d("")
    d("", N(c.L["policy"], "policy-sentence"))
    d("")
    d(c.EN["policy"])
    d("")
    d("## What a leaked key looks like")
    d("")
    ex = r.pick(["aws-id", "jwt-io", "stripe-test", "azurite", "slack-example"])
    v, cat, cite = prov33.doc_example(ex)
    d("The example below is from the vendor documentation and is not a real key:")
    d("")
    d("    ", N(v, cat, cite=cite))
    return [d]


def lockfile(c, r):
    kind = r.pick(["npm", "go", "cargo"])
    if kind == "npm":
        d = c.doc("web/package-lock.json")
        d("{")
        d("  \"name\": \"%s-web\"," % c.slug)
        d("  \"lockfileVersion\": 3,")
        d("  \"packages\": {")
        for i, (name, ver) in enumerate([("left-pad", "1.3.0"), ("ms", "2.1.3")]):
            d("    \"node_modules/%s\": {" % name)
            d("      \"version\": \"%s\"," % ver)
            d("      \"resolved\": \"https://registry.npmjs.org/%s/-/%s-%s.tgz\"," % (name, name, ver))
            d("      \"integrity\": \"", N(prov33.npm_integrity(r), "lockfile-integrity"), "\"")
            d("    }" + ("," if i == 0 else ""))
        d("  }")
        d("}")
        return [d]
    if kind == "go":
        d = c.doc("go.sum")
        for mod in ["github.com/google/uuid v1.6.0", "golang.org/x/crypto v0.31.0"]:
            d(mod + " h1:", N(r.b64bytes(32), "go-sum-hash"))
        return [d]
    d = c.doc("Cargo.lock")
    d("version = 4")
    for name in ["base64", "serde"]:
        d("")
        d("[[package]]")
        d("name = \"%s\"" % name)
        d("version = \"1.0.%d\"" % r.randrange(10, 200))
        d("source = \"registry+https://github.com/rust-lang/crates.io-index\"")
        d("checksum = \"", N(r.hex(64), "cargo-checksum"), "\"")
    return [d]


def sops_file(c, r):
    d = c.doc("secrets/prod.enc.yaml")
    d("db_password: ", N("ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (r.b64bytes(18), r.b64bytes(32), r.b64bytes(16)),
                         "sops-encrypted-value"))
    d("api_token: ", N("ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (r.b64bytes(30), r.b64bytes(32), r.b64bytes(16)),
                       "sops-encrypted-value"))
    d("sops:")
    d("    age:")
    from core33 import bech32_encode
    d("        - recipient: ", N(bech32_encode("age", list(r.raw(32))), "age-public-recipient"))
    d("    lastmodified: \"2025-03-04T09:12:44Z\"")
    d("    version: 3.9.4")
    return [d]


def fixtures(c, r):
    d = c.doc("tests/fixtures/scanner_selftest.txt")
    body = r.b62(30)
    good = crc_tail(body)
    bad = good
    while bad == good:
        bad = "".join(r.choice(B62) for _ in range(6))
    d("# fake tokens for the pre-commit hook self-test (invalid on purpose)")
    d("github_pat_fixture=", N("ghp_" + body + bad, "invalid-checksum-fixture", fixture_crc_wrong=True))
    v, cat, cite = prov33.doc_example("rfc8032")
    d("ed25519_test_secret=", N(v, cat, cite=cite))
    return [d]


# ---------------------------------------------------------------- histories
def history(c, r, kind):
    if kind == "bash":
        d = c.doc("ops/home/%s/.bash_history" % c.people[0][1])
        lines = [("mysql -u root -p'", S(c.pw(r), "mysql-password"), "' -h %s" % c.host("db")),
                 ("export GH_TOKEN=", c.tok(r, "github-pat"), ""),
                 ("redis-cli -a '", S(c.pw(r, safe=True), "redis-password"), "' ping"),
                 ("vault kv get ", N("secret/%s/db" % c.slug, "vault-path"), "")]
        for i, (a, v, b) in enumerate(lines):
            d("#%d" % (BASE_TS + 3600 * i + r.randrange(3000)))
            d(a, v, b)
        return [d]
    if kind == "zsh":
        d = c.doc("ops/home/%s/.zsh_history" % c.people[1][1])
        lines = [("sshpass -p '", S(c.pw(r), "ssh-password"), "' ssh ops@%s" % c.host(c.systems[2])),
                 ("PGPASSWORD='", S(c.pw(r), "database-password"), "' psql -h %s -U app app" % c.host("db")),
                 ("docker login -u %s -p " % c.people[1][1], c.tok(r, "dockerhub"), " docker.io"),
                 ("export AWS_PROFILE=", N("%s-admin" % c.slug, "profile-name"), "")]
        for i, (a, v, b) in enumerate(lines):
            d(": %d:0;" % (BASE_TS + 3600 * i), a, v, b)
        return [d]
    if kind == "fish":
        d = c.doc("ops/home/%s/.local/share/fish/fish_history" % c.people[2][1])
        lines = [("curl -u admin:", S(c.pw(r, safe=True), "http-basic-password"), " https://%s/api/reload" % c.host(c.systems[3])),
                 ("set -x OPENAI_API_KEY ", c.tok(r, "openai"), ""),
                 ("smbclient //nas/backup -U backup%", S(c.pw(r, safe=True), "smb-password"), ""),
                 ("op read ", N("op://Ops/%s/password" % c.systems[1], "1password-reference"), "")]
        for i, (a, v, b) in enumerate(lines):
            d("- cmd: " + a, v, b)
            d("  when: %d" % (BASE_TS + 3600 * i))
        return [d]
    if kind == "powershell":
        d = c.doc("windows/ConsoleHost_history.txt", crlf=True)
        d("$pw = ConvertTo-SecureString '", S(c.pw(r), "windows-password"), "' -AsPlainText -Force")
        d("net use Z: \\\\nas\\share /user:%s\\backup " % c.slug.upper()[:10], S(c.pw(r), "windows-password"))
        d("cmdkey /generic:git:https://github.com /user:%s /pass:" % c.people[0][1], c.tok(r, "github-oauth"))
        d("Get-Secret -Name ", N("NasAdmin", "secret-name"))
        return [d]
    if kind == "psql":
        d = c.doc("ops/home/postgres/.psql_history")
        d("ALTER USER app WITH PASSWORD '", S(c.pw(r), "database-password"), "';")
        d("CREATE ROLE grafana LOGIN PASSWORD '", S(c.pw(r), "database-password"), "';")
        d("SELECT rolname, rolpassword FROM pg_authid WHERE rolname = 'etl'; -- ", N(prov33.scram(r), "scram-verifier"))
        return [d]
    if kind == "mysql":
        d = c.doc("ops/home/root/.mysql_history")
        d("_HiStOrY_V2_")
        p1 = c.pw(r, "strong")
        d("CREATE\\040USER\\040'shop'@'%'\\040IDENTIFIED\\040BY\\040'", S(p1, "mysql-password"), "';")
        p2 = c.pw(r, "weak")
        d("ALTER\\040USER\\040'report'@'%'\\040IDENTIFIED\\040BY\\040'", S(p2, "mysql-password"), "';")
        d("SELECT\\040authentication_string\\040FROM\\040mysql.user;\\040--\\040", N(prov33.mysql_hash(r), "mysql-password-hash"))
        return [d]
    if kind == "redis":
        d = c.doc("ops/home/%s/.rediscli_history" % c.people[3][1])
        d("AUTH ", S(c.pw(r), "redis-password"))
        d("AUTH default ", S(c.pw(r), "redis-password"))
        d("CONFIG GET requirepass")
        d("DEBUG DIGEST-VALUE session:", N(r.hex(40), "content-hash"))
        return [d]
    if kind == "python":
        d = c.doc("ops/home/%s/.python_history" % c.people[4][1])
        d("import psycopg")
        d("conn = psycopg.connect(\"host=%s dbname=app user=app password=" % c.host("db"), S(c.pw(r, safe=True), "database-password"), "\")")
        d("stripe.api_key = \"", c.tok(r, "stripe-secret"), "\"")
        d("hashlib.sha256(b'data').hexdigest()  # ", N(r.hex(64), "content-hash"))
        return [d]
    if kind == "mongosh":
        d = c.doc("ops/home/%s/.mongodb/mongosh/mongosh_repl_history" % c.people[5][1])
        d("db.auth(\"admin\", \"", S(c.pw(r), "mongodb-password"), "\")")
        d("db.createUser({user: \"app\", pwd: \"", S(c.pw(r), "mongodb-password"), "\", roles: [\"readWrite\"]})")
        d("db.orders.find({_id: ObjectId(\"", N(r.hex(24), "object-id"), "\")})")
        return [d]
    # sqlite / lftp-like: generic ftp client history
    d = c.doc("ops/home/%s/.lftp/rl_history" % c.people[0][1])
    d("open -u upload,", S(c.pw(r, safe=True), "ftp-password"), " ftp.%s" % c.domain)
    d("mirror -R /srv/export /incoming")
    d("open -u backup,", S(c.pw(r, safe=True), "ftp-password"), " sftp://%s" % c.host("nas"))
    d("set sftp:connect-program \"ssh -a -x -i ", N("~/.ssh/id_ed25519", "secret-file-path"), "\"")
    return [d]


HISTORIES = ["bash", "zsh", "fish", "powershell", "psql", "mysql", "redis", "python", "mongosh", "lftp"]


def rotation_diff(c, r):
    sys = r.pick(c.systems)
    d = c.doc("patches/rotate-%s-credentials.diff" % sys)
    d("diff --git a/config/%s.ini b/config/%s.ini" % (sys, sys))
    d("index ", N("%s..%s" % (r.hex(7), r.hex(7)), "git-blob-ids"), " 100644")
    d("--- a/config/%s.ini" % sys)
    d("+++ b/config/%s.ini" % sys)
    d("@@ -3,7 +3,7 @@ [service]")
    d(" host=%s" % c.host(sys))
    d(" user=svc-%s" % sys)
    d("-password=", S(c.pw(r), "rotated-password", note="rotated"))
    d("+password=", S(c.pw(r), "database-password"))
    d(" timeout=30")
    d(" retries=3")
    return [d]
