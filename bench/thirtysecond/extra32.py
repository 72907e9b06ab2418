"""Logs and captures, the themes' own files (device controller, payment gateway), negative-only files,
shell / database histories, and pasted-key drafts."""
import datetime

import prov32
from core32 import ALNUM, UPPER_ALNUM, Doc, b64, crc_token, jstr, rhex, rstr, sha256hex, sha1hex, uuid4, when, xesc, base62
from prose32 import PROV_NAMES

# ------------------------------------------------------------------ logs
def lg_nginx(ctx, r):
    d = Doc("logs/nginx/access.log")
    tok, cat, _ = ctx.token(r, r.choice(["google", "mapbox", "openai", "groq"]))
    t = when(r)
    for i in range(7):
        t += datetime.timedelta(seconds=r.randrange(1, 300))
        ip = ctx.ip(r)
        ts = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if i == 2:
            d.s('%s - - [%s] "GET /api/geo?q=depot&api_key=%s HTTP/1.1" 200 512 "-" "python-requests/2.32"' % (ip, ts, tok), tok, cat)
        elif i == 4:
            rid = rhex(r, 32)
            d.n('%s - - [%s] "POST /api/orders HTTP/1.1" 201 88 "-" "okhttp/4.12" rid=%s' % (ip, ts, rid), rid, "request-id")
        elif i == 5:
            m = "***"
            d.n('%s - - [%s] "GET /api/export?token=%s HTTP/1.1" 403 0 "-" "curl/8.5"' % (ip, ts, m), "token=***", "masked")
        else:
            d.add('%s - - [%s] "GET /%s HTTP/1.1" 200 %d "-" "Mozilla/5.0"' % (ip, ts, r.choice(["", "status", "static/app.css", "favicon.ico"]), r.randrange(100, 9000)))
    return d


def lg_jenkins(ctx, r):
    d = Doc("logs/jenkins/%s-deploy-%d.log" % (ctx.sysname(r), r.randrange(100, 999)))
    pw = ctx.password(r)
    d.add("Started by user %s" % ctx.people[0][0], "[Pipeline] Start of Pipeline", "[Pipeline] withCredentials",
          "Masking supported pattern matches of $REGISTRY_PASSWORD")
    d.n("+ docker login -u ci -p **** registry.%s" % ctx.domain, "****", "masked")
    d.add("Login Succeeded", "[Pipeline] sh")
    d.s("+ mysql -h %s -u migrate -p%s -e 'SOURCE migrations/latest.sql'" % (ctx.host(r, "db"), pw), pw, "password-in-cli")
    d.add("mysql: [Warning] Using a password on the command line interface can be insecure.", "[Pipeline] End of Pipeline",
          "Finished: SUCCESS")
    return d


def lg_dockerbuild(ctx, r):
    d = Doc("logs/build/docker-build.txt")
    pw = ctx.password(r)
    dg = "sha256:" + sha256hex(r)
    d.add("#0 building with \"default\" instance using docker driver", "", "#1 [internal] load build definition from Dockerfile")
    d.n("#4 [base 1/5] FROM docker.io/library/python:3.12-slim@%s" % dg, dg, "image-digest")
    d.s("#7 [app 3/5] RUN --network=host DB_PASSWORD=%s python manage.py migrate --noinput" % pw, pw, "password-in-cli")
    d.add("#7 0.912 Operations to perform:", "#7 1.404   Apply all migrations: admin, auth, stock", "#7 DONE 3.1s")
    d.n("#9 writing image sha256:%s done" % (dg[7:][::-1]), dg[7:][::-1], "sha256")
    return d


def lg_ansible(ctx, r):
    d = Doc("logs/ansible/site-vvv.log")
    pw = ctx.password(r)
    d.add("<%s> ESTABLISHED SSH CONNECTION FOR USER: ansible" % ctx.ip(r),
          "TASK [db : create application user] ********************************************")
    d.s('ok: [db1] => {"changed": false, "invocation": {"module_args": {"login_host": "localhost", "login_password": "%s", "name": "%s_app"}}}'
        % (pw, ctx.short), pw, "password")
    d.n('ok: [db2] => {"changed": false, "invocation": {"module_args": {"password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", "name": "report"}}}',
        "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", "masked")
    d.add("PLAY RECAP *********************************************************************",
          "db1 : ok=12 changed=1 unreachable=0 failed=0 skipped=2")
    return d


def lg_traceback(ctx, r):
    d = Doc("logs/app/error.log")
    pw = ctx.password(r)
    rid = uuid4(r)
    t = when(r)
    d.n("%s ERROR request_id=%s unhandled exception" % (t.strftime("%Y-%m-%d %H:%M:%S,%f")[:23], rid), rid, "uuid")
    d.add("Traceback (most recent call last):", '  File "/srv/app/%s/db.py", line 41, in connect' % ctx.sysname(r))
    d.s('    engine = create_engine("postgresql+psycopg://%s:%s@%s/%s")' % (ctx.short, pw, ctx.host(r, "db"), ctx.short), pw, "password-in-uri")
    d.add("sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection timeout expired")
    return d


def lg_postgres(ctx, r):
    d = Doc("logs/postgresql/postgresql-%s.log" % when(r).strftime("%Y-%m-%d"))
    pw = ctx.password(r)
    d.add("2025-04-02 03:10:11.120 UTC [4182] LOG:  checkpoint starting: time")
    d.s("2025-04-02 03:12:44.902 UTC [5120] %s@%s LOG:  statement: ALTER ROLE %s_batch WITH PASSWORD '%s';" % (ctx.short, ctx.short, ctx.short, pw), pw, "password")
    sc = "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(bytes(r.getrandbits(8) for _ in range(16))), b64(bytes(r.getrandbits(8) for _ in range(32))), b64(bytes(r.getrandbits(8) for _ in range(32))))
    d.n("2025-04-02 03:12:45.001 UTC [5120] %s@%s LOG:  statement: ALTER ROLE report PASSWORD '%s';" % (ctx.short, ctx.short, sc), sc, "password-hash")
    d.add("2025-04-02 03:13:00.000 UTC [4182] LOG:  checkpoint complete: wrote 211 buffers")
    return d


def lg_curl(ctx, r):
    d = Doc("logs/support/curl-verbose.txt")
    tok, cat, _ = ctx.token(r, r.choice(["github", "gitlab", "linear", "notion", "vercel", "hetzner", "digitalocean"]))
    rid = uuid4(r)
    d.add("*   Trying %s:443..." % ctx.ip(r), "* Connected to api.%s port 443" % ctx.domain, "> GET /v1/items HTTP/2",
          "> Host: api.%s" % ctx.domain, "> User-Agent: curl/8.5.0")
    d.s("> Authorization: Bearer %s" % tok, tok, cat)
    d.add("> Accept: */*", ">", "< HTTP/2 200", "< content-type: application/json")
    d.n("< x-request-id: %s" % rid, rid, "uuid")
    return d


def lg_gitlab(ctx, r):
    d = Doc("logs/ci/job-%d.log" % r.randrange(10 ** 6, 10 ** 7))
    pw = ctx.password(r)
    d.add("Running with gitlab-runner 17.6.0", "Fetching changes with git depth set to 20...")
    d.n("Cloning https://gitlab-ci-token:[MASKED]@git.%s/%s/%s.git" % (ctx.domain, ctx.short, ctx.sysname(r)), "[MASKED]", "masked")
    d.add("$ ./scripts/smoke.sh", "+ echo \"using deploy user with $DEPLOY_PASSWORD\"")
    d.s("using deploy user with %s" % pw, pw, "password")
    d.add("Job succeeded")
    return d


def lg_pip(ctx, r):
    d = Doc("logs/build/pip-install.log")
    tok, cat, _ = ctx.token(r, r.choice(["gitlab", "jfrog", "github"]))
    d.s("Looking in indexes: https://__token__:%s@pkgs.%s/simple" % (tok, ctx.domain), tok, cat)
    sha = sha256hex(r)
    d.add("Collecting %s-common==2.4.1" % ctx.short)
    d.n("  Downloading %s_common-2.4.1-py3-none-any.whl (38 kB) sha256=%s" % (ctx.short, sha), sha, "sha256")
    d.add("Successfully installed %s-common-2.4.1" % ctx.short)
    return d


def lg_journal(ctx, r):
    d = Doc("logs/journal/%s-worker.txt" % ctx.sysname(r))
    pw = ctx.password(r)
    sid = uuid4(r)
    d.add("-- Journal begins at Mon 2025-03-03 08:00:00 UTC. --")
    d.s("Apr 02 06:01:12 %s %s-worker[812]: connecting to mqtt://%s as worker password=%s" % (ctx.sysname(r), ctx.short, ctx.host(r, "mqtt"), pw), pw, "mqtt-password")
    d.n("Apr 02 06:01:12 %s %s-worker[812]: session %s established" % (ctx.sysname(r), ctx.short, sid), sid, "uuid")
    return d


LOGS = ["nginx", "jenkins", "dockerbuild", "ansible", "traceback", "postgres", "curl", "gitlab", "pip", "journal"]
LOG_FUNCS = {k: globals()["lg_" + k] for k in LOGS}


# ------------------------------------------------------------------ own files
def device_ini(ctx, r):
    dev = ctx.t["device"]
    d = Doc("devices/%s-%02d.ini" % (dev, r.randrange(1, 20)), crlf=True)
    psk = ctx.wifi(r)
    key = ctx.randkey(r, 32)
    fw = sha256hex(r)
    d.add("[device]", "model=%s-controller" % dev, "serial=%s-%s" % (ctx.short.upper()[:4], rstr(r, 8, UPPER_ALNUM)),
          "firmware=3.%d.%d" % (r.randrange(10), r.randrange(30)))
    d.n("firmware_sha256=%s" % fw, fw, "sha256")
    d.add("", "[wifi]", "ssid=%s" % ctx.t["ssids"][0])
    d.s("psk=%s" % psk, psk, "wifi-psk")
    d.add("", "[upload]", "url=https://%s/api/readings" % ctx.host(r))
    d.s("api_key=%s" % key, key, "api-key")
    d.add("", "[admin]", "user=admin")
    if r.random() < 0.5:
        pw = ctx.password(r)
        d.s("password=%s" % pw, pw, "admin-password")
    else:
        d.n("password=admin", "admin", "documented-default", cite="vendor factory default admin/admin")
    return d


def payment(ctx, r):
    g = ctx.t["pay"]
    d = Doc("payments/%s.env" % g)
    up = g.upper()
    d.add("# %s payment gateway — production" % g)
    if g == "payplug":
        sk = ctx.uniq(lambda r: "sk_live_" + rstr(r, 24), r)
        d.s("PAYPLUG_SECRET_KEY=%s" % sk, sk, "payplug-secret-key")
        pk = "pk_live_" + rstr(r, 24)
        d.n("PAYPLUG_PUBLISHABLE_KEY=%s" % pk, pk, "public-publishable-key")
    elif g == "datatrans":
        d.add("DATATRANS_MERCHANT_ID=11000%05d" % r.randrange(10 ** 5))
        pw = ctx.randkey(r, 16)
        d.s("DATATRANS_API_PASSWORD=%s" % pw, pw, "api-password")
        h = ctx.hexkey(r, 128)
        d.s("DATATRANS_HMAC_KEY=%s" % h, h, "hmac-key")
        d.n("DATATRANS_SANDBOX_PASSWORD=<from the sandbox admin>", "<from the sandbox admin>", "placeholder")
    elif g == "opayo":
        k = ctx.randkey(r, 50)
        p = ctx.randkey(r, 64)
        d.add("OPAYO_VENDOR=%s" % ctx.short)
        d.pair("OPAYO_INTEGRATION_KEY=%s" % k, "OPAYO_INTEGRATION_PASSWORD=%s" % p, k, p, "opayo-integration-key")
        d.n("OPAYO_TEST_INTEGRATION_PASSWORD=${OPAYO_SANDBOX_PASSWORD}", "${OPAYO_SANDBOX_PASSWORD}", "env-reference")
    elif g == "robokassa":
        d.add("ROBOKASSA_LOGIN=%s" % ctx.short)
        for n in (1, 2):
            p = ctx.randkey(r, 20)
            d.s("ROBOKASSA_PASSWORD%d=%s" % (n, p), p, "robokassa-password")
        d.n("ROBOKASSA_TEST_PASSWORD1=<test password 1>", "<test password 1>", "placeholder")
    elif g == "billdesk":
        d.add("BILLDESK_MERCHANT_ID=%s" % rstr(r, 8, UPPER_ALNUM), "BILLDESK_CLIENT_ID=%s" % rstr(r, 10, "abcdefghijklmnopqrstuvwxyz"))
        s = ctx.randkey(r, 32)
        d.s("BILLDESK_SECRET_KEY=%s" % s, s, "billdesk-secret-key")
        sha = sha256hex(r)
        d.n("BILLDESK_LAST_RESPONSE_CHECKSUM=%s" % sha, sha, "sha256")
    elif g == "paymob":
        sk = ctx.uniq(lambda r: "pak_sk_live_" + rstr(r, 40), r)
        d.s("PAYMOB_SECRET_KEY=%s" % sk, sk, "paymob-secret-key")
        pk = "pak_pk_live_" + rstr(r, 32)
        d.n("PAYMOB_PUBLIC_KEY=%s" % pk, pk, "public-publishable-key")
        h = ctx.randkey(r, 32, UPPER_ALNUM)
        d.s("PAYMOB_HMAC_SECRET=%s" % h, h, "hmac-key")
    elif g == "ecpay":
        d.add("ECPAY_MERCHANT_ID=3%06d" % r.randrange(10 ** 6))
        k, iv = ctx.randkey(r, 16), ctx.randkey(r, 16)
        d.pair("ECPAY_HASH_KEY=%s" % k, "ECPAY_HASH_IV=%s" % iv, k, iv, "ecpay-hash-key")
        d.add("# stage merchant 2000132 (public test credentials)")
        v, c, cite = prov32.EXAMPLES["ecpay-key"]
        d.n("ECPAY_STAGE_HASH_KEY=%s" % v, v, c, cite=cite)
        v, c, cite = prov32.EXAMPLES["ecpay-iv"]
        d.n("ECPAY_STAGE_HASH_IV=%s" % v, v, c, cite=cite)
        d.add("LINEPAY_CHANNEL_ID=16%08d" % r.randrange(10 ** 8))
        s = ctx.hexkey(r, 32)
        d.s("LINEPAY_CHANNEL_SECRET=%s" % s, s, "linepay-channel-secret")
    elif g == "sentoo":
        d.add("SENTOO_MERCHANT_ID=%s" % ctx.short)
        s = ctx.randkey(r, 40)
        d.s("SENTOO_MERCHANT_SECRET=%s" % s, s, "sentoo-merchant-secret")
        d.n("SENTOO_SANDBOX_SECRET=your-sandbox-secret", "your-sandbox-secret", "placeholder")
    elif g == "santimpay":
        mid = uuid4(r)
        d.n("SANTIMPAY_MERCHANT_ID=%s" % mid, mid, "uuid")
        import keys32
        key = keys32.Key("p256", ctx.rng("key", "santimpay"))
        pem = key.traditional_pem()
        d.block(['SANTIMPAY_PRIVATE_KEY="' + pem[0]] + pem[1:-1] + [pem[-1] + '"'], "\n".join(pem), "private-key-p256",
                key_check={"type": "p256", "wrap": "dotenv"})
        a = ctx.randkey(r, 32)
        d.s("ARIFPAY_API_KEY=%s" % a, a, "arifpay-api-key")
    elif g == "tripay":
        d.add("TRIPAY_MERCHANT_CODE=T%05d" % r.randrange(10 ** 5))
        a = ctx.randkey(r, 40)
        d.s("TRIPAY_API_KEY=%s" % a, a, "tripay-api-key")
        p = ctx.uniq(lambda r: "-".join(rstr(r, 5) for _ in range(5)), r)
        d.s("TRIPAY_PRIVATE_KEY=%s" % p, p, "tripay-private-key")
        d.n("TRIPAY_SANDBOX_API_KEY=DEV-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DEV-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")
    else:
        raise ValueError(g)
    return d


# ------------------------------------------------------------------ negative-only files
def env_example(ctx, r):
    d = Doc("app/.env.example")
    d.add("# copy to .env and fill in")
    vals = [("DATABASE_PASSWORD", "changeme", "placeholder"), ("SMTP_PASSWORD", "your-smtp-password-here", "placeholder"),
            ("STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"),
            ("GITHUB_TOKEN", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder"),
            ("SESSION_SECRET", "<generate with: openssl rand -hex 32>", "placeholder"),
            ("OPENAI_API_KEY", "sk-proj-...", "placeholder"), ("WEBHOOK_SECRET", "whsec_<your-secret>", "placeholder"),
            ("API_TOKEN", "{{ api_token }}", "template-variable"), ("REDIS_PASSWORD", "${REDIS_PASSWORD}", "env-reference")]
    for k, v, c in r.sample(vals, r.randrange(3, 5)):
        d.n("%s=%s" % (k, v), v, c)
    d.add("DEBUG=false")
    return d


def i18n(ctx, r):
    L = ctx.L
    kind = r.choice(["po", "android", "arb", "i18next", "rails", "properties"])
    keys = ["password_label", "password_wrong", "password_forgot", "password_confirm", "password_show"]
    strs = L["i18n"]
    lab = set(r.sample(range(5), 3))
    code = ctx.lang
    if kind == "po":
        d = Doc("app/locale/%s/LC_MESSAGES/messages.po" % code)
        d.add('msgid ""', 'msgstr ""', '"Language: %s\\n"' % code, '"Content-Type: text/plain; charset=UTF-8\\n"', "")
        en = ["Enter your password", "Incorrect password", "Forgot your password?", "Confirm the new password", "Show password"]
        for i in range(5):
            d.add('msgid "%s"' % en[i])
            line = 'msgstr "%s"' % strs[i]
            (d.n(line, strs[i], "i18n-string") if i in lab else d.add(line))
            d.add("")
    elif kind == "android":
        d = Doc("android/app/src/main/res/values-%s/strings.xml" % code)
        d.add('<?xml version="1.0" encoding="utf-8"?>', "<resources>")
        for i in range(5):
            line = '    <string name="%s">%s</string>' % (keys[i], xesc(strs[i]))
            (d.n(line, xesc(strs[i]), "i18n-string") if i in lab else d.add(line))
        d.add("</resources>")
    elif kind == "arb":
        d = Doc("lib/l10n/app_%s.arb" % code)
        d.add("{", '  "@@locale": "%s",' % code)
        for i in range(5):
            line = '  "%s": %s%s' % (keys[i].replace("_", ""), jstr(strs[i]), "," if i < 4 else "")
            (d.n(line, jstr(strs[i])[1:-1], "i18n-string") if i in lab else d.add(line))
        d.add("}")
    elif kind == "i18next":
        d = Doc("web/public/locales/%s/auth.json" % code)
        d.add("{")
        for i in range(5):
            line = '  "%s": %s%s' % (keys[i], jstr(strs[i]), "," if i < 4 else "")
            (d.n(line, jstr(strs[i])[1:-1], "i18n-string") if i in lab else d.add(line))
        d.add("}")
    elif kind == "rails":
        d = Doc("config/locales/%s.yml" % code)
        d.add("%s:" % code, "  auth:")
        for i in range(5):
            line = '    %s: "%s"' % (keys[i], strs[i])
            (d.n(line, strs[i], "i18n-string") if i in lab else d.add(line))
    else:
        d = Doc("src/main/resources/messages_%s.properties" % code)
        for i in range(5):
            line = "auth.%s=%s" % (keys[i], strs[i])
            (d.n(line, strs[i], "i18n-string") if i in lab else d.add(line))
    return d


def policy(ctx, r):
    L = ctx.L
    d = Doc("docs/credentials-policy.md")
    d.add("# %s — %s" % (ctx.org, L["headings"][0]), "")
    d.n("- " + L["policy"][0], L["policy"][0], "policy-sentence")
    d.add("- " + L["policy"][1], "")
    key = r.choice(["aws-id", "jwt-io", "stripe-test", "azurite"])
    v, c, cite = prov32.EXAMPLES[key]
    d.n("`%s`" % v, v, c, cite=cite)
    return d


def lockfile(ctx, r):
    kind = r.choice(["npm", "gosum", "cargo"])
    if kind == "npm":
        d = Doc("web/package-lock.json")
        d.add("{", '  "name": "%s-web",' % ctx.short, '  "lockfileVersion": 3,', '  "packages": {')
        for i, p in enumerate(["axios", "dayjs"]):
            integ = "sha512-" + b64(bytes(r.getrandbits(8) for _ in range(64)))
            d.add('    "node_modules/%s": {' % p, '      "version": "1.%d.%d",' % (r.randrange(9), r.randrange(9)))
            d.n('      "integrity": "%s"' % integ, integ, "lockfile-integrity")
            d.add("    }" + ("," if i == 0 else ""))
        d.add("  }", "}")
        return d
    if kind == "gosum":
        d = Doc("integrations/go.sum")
        for m in ["github.com/google/uuid v1.6.0", "golang.org/x/crypto v0.31.0"]:
            h = b64(bytes(r.getrandbits(8) for _ in range(32)))
            d.n("%s h1:%s" % (m, h), "h1:" + h, "go-sum-hash")
        return d
    d = Doc("integrations/Cargo.lock")
    d.add("version = 3", "")
    for p in ["base64", "ring"]:
        c = sha256hex(r)
        d.add("[[package]]", 'name = "%s"' % p, 'version = "0.%d.%d"' % (r.randrange(30), r.randrange(9)),
              'source = "registry+https://github.com/rust-lang/crates.io-index"')
        d.n('checksum = "%s"' % c, c, "sha256")
        d.add("")
    return d


def sops_file(ctx, r):
    d = Doc("deploy/secrets.enc.yaml")
    enc = "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(bytes(r.getrandbits(8) for _ in range(18))),
                                                              b64(bytes(r.getrandbits(8) for _ in range(32))), b64(bytes(r.getrandbits(8) for _ in range(16))))
    from core32 import bech32_encode
    rec = bech32_encode("age", bytes(r.getrandbits(8) for _ in range(32)))
    d.n("db_password: %s" % enc, enc, "sops-encrypted")
    d.add("sops:", "    age:")
    d.n("        - recipient: %s" % rec, rec, "public-age-recipient")
    d.add("    lastmodified: \"2025-03-30T09:12:00Z\"", "    version: 3.9.1")
    return d


def scanner_fixture(ctx, r):
    d = Doc("tests/fixtures/fake_tokens.txt")
    body = rstr(r, 30)
    good = base62(__import__("zlib").crc32(body.encode()) & 0xFFFFFFFF, 6)
    bad = good[::-1] if good[::-1] != good else "000000"
    tok = "ghp_" + body + bad
    d.add("# deliberately invalid tokens for the scanner self-test")
    d.n("github: %s" % tok, tok, "test-fixture-bad-checksum")
    v, c, cite = prov32.EXAMPLES["rfc8032"]
    d.n("ed25519-seed: %s" % v, v, c, cite=cite)
    return d


NEGEXTRA = ["lockfile", "sops_file", "scanner_fixture"]


# ------------------------------------------------------------------ histories
def history(ctx, r, kind):
    t = int((when(r) - datetime.datetime(1970, 1, 1)).total_seconds())
    pw1, pw2 = ctx.password(r), ctx.password(r, style=r.choice(["strong", "human"]))
    tok, cat, _ = ctx.token(r, r.choice(["github", "gitlab", "digitalocean", "hetzner", "vault", "doppler"]))
    host = ctx.host(r, "db")
    items = [("s", "mysql -h %s -u root -p'%s' %s" % (host, pw1, ctx.short), pw1, "password-in-cli"),
             ("p", "ls -la /srv/%s" % ctx.short, None, None),
             ("s", "export API_TOKEN=%s" % tok, tok, cat),
             ("n", 'curl -H "Authorization: Bearer $API_TOKEN" https://api.%s/v1/ping' % ctx.domain, "$API_TOKEN", "env-reference"),
             ("s", "htpasswd -b /etc/nginx/.htpasswd %s '%s'" % (ctx.handle(r).split(".")[0], pw2), pw2, "password-in-cli"),
             ("p", "systemctl restart nginx", None, None)]
    if kind == "psql":
        d = Doc("dotfiles/.psql_history")
        items = [("p", "\\dt", None, None), ("s", "ALTER ROLE %s_app PASSWORD '%s';" % (ctx.short, pw1), pw1, "password"),
                 ("p", "SELECT count(*) FROM orders;", None, None),
                 ("s", "CREATE USER report WITH PASSWORD '%s';" % pw2, pw2, "password"),
                 ("n", "\\password %s_batch" % ctx.short, "\\password", "interactive-prompt")]
        for k, line, v, c in items:
            (d.add(line) if k == "p" else d.lab("secret" if k == "s" else "negative", line, v, c))
        return d
    if kind == "mysql":
        d = Doc("dotfiles/.mysql_history")
        items = [("p", "show\\040databases;", None, None),
                 ("s", "CREATE\\040USER\\040'shop'@'%%'\\040IDENTIFIED\\040BY\\040'%s';" % pw1, pw1, "password"),
                 ("n", "ALTER\\040USER\\040'report'@'%'\\040IDENTIFIED\\040BY\\040PASSWORD\\040'*" + rhex(r, 40).upper() + "';", None, None),
                 ("s", "SET\\040PASSWORD\\040FOR\\040'ops'@'localhost'\\040=\\040'%s';" % pw2, pw2, "password")]
        for k, line, v, c in items:
            if k == "n":
                h = line.split("PASSWORD\\040'")[1][:-2]
                d.n(line, h, "password-hash")
            elif k == "p":
                d.add(line)
            else:
                d.s(line, v, c)
        return d
    if kind == "zsh":
        d = Doc("dotfiles/.zsh_history")
        for i, (k, line, v, c) in enumerate(items):
            full = ": %d:0;%s" % (t + 37 * i, line)
            (d.add(full) if k == "p" else d.lab("secret" if k == "s" else "negative", full, v, c))
        return d
    if kind == "fish":
        d = Doc("dotfiles/.local/share/fish/fish_history")
        for i, (k, line, v, c) in enumerate(items):
            if k == "p":
                d.add("- cmd: " + line)
            else:
                d.lab("secret" if k == "s" else "negative", "- cmd: " + line, v, c)
            d.add("  when: %d" % (t + 41 * i))
        return d
    if kind == "bash":
        d = Doc("dotfiles/.bash_history")
        for i, (k, line, v, c) in enumerate(items):
            d.add("#%d" % (t + 29 * i))
            (d.add(line) if k == "p" else d.lab("secret" if k == "s" else "negative", line, v, c))
        return d
    d = Doc("dotfiles/ConsoleHost_history.txt", crlf=True)
    pitems = [("p", "Get-Service | Where-Object Status -eq Running", None, None),
              ("s", "net use Z: \\\\%s\\scans /user:%s\\scans %s" % (ctx.host(r), ctx.short.upper(), pw1), pw1, "password-in-cli"),
              ("s", "$env:API_TOKEN = '%s'" % tok, tok, cat),
              ("n", "Invoke-RestMethod https://api.%s/v1/ping -Headers @{Authorization = \"Bearer $env:API_TOKEN\"}" % ctx.domain, "$env:API_TOKEN", "env-reference"),
              ("s", "cmdkey /add:%s /user:admin /pass:%s" % (ctx.host(r), pw2), pw2, "password-in-cli")]
    for k, line, v, c in pitems:
        (d.add(line) if k == "p" else d.lab("secret" if k == "s" else "negative", line, v, c))
    return d


HISTORIES = ["zsh", "fish", "bash", "powershell", "psql", "mysql"]


# ------------------------------------------------------------------ pasted key (free text)
def pasted_key(ctx, r, key):
    L = ctx.L
    d = Doc("mail/drafts/%s-key.eml" % ctx.sysname(r), free_text=True, lang=ctx.lang, fmt="draft")
    a, b = ctx.people[0], ctx.people[2]
    t = when(r)
    sys = ctx.sysname(r)
    d.add("From: %s <%s>" % (a[0], ctx.email(a)), "To: %s <%s>" % (b[0], ctx.email(b)),
          "Subject: %s" % L["subjects"][0].format(sys=sys), "Date: %s" % t.strftime("%a, %d %b %Y %H:%M:%S +0000"),
          "X-Mozilla-Draft-Info: internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0", "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=UTF-8", "", L["greet"].format(who=b[0].split()[0]), "",
          L["below"].format(sys=sys, q1="", q2=""), "")
    pem = key.traditional_pem() if key.kind != "ed25519" else key.pkcs8_pem()
    d.block(pem, "\n".join(pem), "private-key-%s" % key.kind, key_check={"type": key.kind, "wrap": "pasted"})
    d.add("", L["close"], a[0])
    return d
