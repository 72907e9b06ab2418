"""Logs and captures (12 kinds), negative-only files, and each theme's own files (device controller, gateway)."""

import base64
import json
import urllib.parse

import prov30
from core30 import MARK as M, b64s, bech32_encode, gh_checksummed, sha256_hex, base62
from lang30 import L


def _ts(r, day=None):
    return "2025-%02d-%02dT%02d:%02d:%02d" % (r.randrange(1, 13), day or r.randrange(1, 28), r.randrange(0, 24), r.randrange(60), r.randrange(60))


# ---------------------------------------------------------------- logs
def ansible_vvvv(c, r):
    d = c.doc("logs/ansible-deploy-vvvv.log")
    d.t("ansible-playbook 2.16.3", "PLAYBOOK: site.yml ****************************************************************",
        "TASK [db : create application user] *********************************************")
    pw = c.pw(r)
    d.s('<%s> ESTABLISH SSH CONNECTION ... module_args={"name": "app", "password": "%s", "login_user": "postgres"}' % (c.host("db"), M),
        pw, "ansible-module-arg-password")
    d.n('ok: [%s] => {"changed": false, "invocation": {"module_args": {"password": "%s"}}}' % (c.host("db-replica"), M),
        "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", "masked-value")
    d.t("PLAY RECAP *********************************************************************")


def docker_build(c, r):
    d = c.doc("logs/docker-build-plain.txt")
    v, cat, _ = c.tok(r, r.pick(["github-pat", "npm", "gitlab-pat"]))
    d.t("#1 [internal] load build definition from Dockerfile", "#1 DONE 0.0s")
    d.n("#4 [base 1/1] FROM docker.io/library/node:20-alpine@sha256:%s" % M, r.hex(64), "image-digest")
    d.s('#7 [deps 2/4] RUN echo "//registry.npmjs.org/:_authToken=%s" > ~/.npmrc && npm ci' % M, v, cat)
    d.t("#7 DONE 41.2s", "#9 exporting to image", "#9 DONE 3.1s")


def gha_log(c, r):
    d = c.doc("logs/github-actions-job.log")
    raw = c.pw(r)
    enc = urllib.parse.quote(raw, safe="")
    d.t("2025-03-04T10:01:02.1234567Z ##[group]Run ./deploy.sh")
    d.n("2025-03-04T10:01:02.2234567Z DB_PASSWORD: %s" % M, "***", "masked-value")
    d.s("2025-03-04T10:01:03.0034567Z + curl -s https://api.%s/login?pw=%s" % (c.domain, M), enc, "url-encoded-password",
        decoded=raw)
    d.t("2025-03-04T10:01:04.5634567Z ##[endgroup]")


def gitlab_trace(c, r):
    d = c.doc("logs/gitlab-job-trace.log")
    v, cat, _ = c.tok(r, "gitlab-pat")
    d.t("Running with gitlab-runner 17.2.0 (6428c288)", "$ set -x")
    d.s('+ curl --header "PRIVATE-TOKEN: %s" "https://gitlab.%s/api/v4/projects/12/packages"' % (M, c.domain), v, cat)
    d.n("$ echo $DEPLOY_TOKEN  # prints %s" % M, "[MASKED]", "masked-value")
    d.t("Job succeeded")


def jenkins_console(c, r):
    d = c.doc("logs/jenkins-console.txt")
    d.t("Started by timer", "[Pipeline] withCredentials", "Masking supported pattern matches of $PASS")
    d.n("+ curl -u deploy:%s https://repo.%s/upload" % (M, c.domain), "****", "masked-value")
    pw = c.pw(r)
    d.t("[Pipeline] echo")
    d.s("fallback password for the old repo is %s" % M, pw, "jenkins-echoed-password")
    d.t("[Pipeline] End of Pipeline", "Finished: SUCCESS")


def xdebug_trace(c, r):
    d = c.doc("logs/trace.1741082231.xt")
    d.t("Version: 3.3.1", "File format: 4", "TRACE START [2025-03-04 10:23:51.110944]")
    d.s("    0.0012     412344   -> PDO->__construct($dsn = 'mysql:host=%s;dbname=shop', $username = 'shop', $password = '%s') /var/www/src/Db.php:14"
        % (c.host("db"), M), c.pw(r), "xdebug-trace-password")
    d.n("    0.0051     419120   -> password_verify($password = '*****', $hash = '%s') /var/www/src/Auth.php:33" % M,
        "$2y$10$" + r.chars("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53), "password-hash-bcrypt")
    d.t("TRACE END   [2025-03-04 10:23:51.214501]")


def werkzeug(c, r):
    d = c.doc("logs/werkzeug-traceback.html")
    d.t("<!doctype html>", "<title>requests.exceptions.HTTPError // Werkzeug Debugger</title>", "<h1>HTTPError</h1>",
        '<div class="traceback"><h3>Traceback (most recent call last):</h3>', '<ul><li><div class="frame">')
    v, cat, _ = c.tok(r, r.pick(["openai", "huggingface", "groq", "replicate"]))
    d.s("<pre>api_key = '%s'</pre>" % M, v, cat)
    d.n("<pre>request_id = '%s'</pre>" % M, r.uuid(), "uuid-identifier")
    d.t("</div></li></ul></div>")


def django_500(c, r):
    d = c.doc("logs/django-500-report.txt")
    d.t("Environment:", "Request Method: POST", "Request URL: https://%s/orders/sync/" % c.domain, "Django Version: 5.0.3", "",
        "Settings:")
    d.n("DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'PASSWORD': '%s'}}" % M, "********************",
        "masked-value")
    d.t("Local vars:")
    d.s("  supplier_token = '%s'" % M, c.alnum(r, 32), "supplier-api-token")
    d.t("Traceback (most recent call last):", '  File "/app/orders/views.py", line 88, in sync')


def symfony_devlog(c, r):
    d = c.doc("logs/dev.log")
    d.t("[2025-03-04T08:12:01.112+00:00] request.INFO: Matched route \"app_dealer\". [] []")
    d.s('[2025-03-04T08:12:01.310+00:00] doctrine.CRITICAL: An exception occurred in the driver: DSN "mysql://dealer:%s@%s:3306/dealers" [] []'
        % (M, c.host("db")), c.pw(r, uri=True), "mysql-uri-password")
    d.n('[2025-03-04T08:12:01.311+00:00] request.CRITICAL: Uncaught PHP Exception {"request_id":"%s"} []' % M, r.hex(16),
        "request-identifier")


def winston(c, r):
    d = c.doc("logs/api-combined.log")
    v = c.fresh(lambda: r.b64url(32))
    d.t('{"level":"info","message":"server listening","port":3000,"timestamp":"%sZ"}' % _ts(r))
    d.s('{"level":"debug","message":"outbound request","headers":{"authorization":"Bearer %s"},"timestamp":"%sZ"}' % (M, _ts(r)),
        v, "bearer-token")
    d.n('{"level":"info","message":"done","traceId":"%s","timestamp":"%sZ"}' % (M, _ts(r)), r.hex(32), "trace-identifier")


def charles(c, r):
    d = c.doc("logs/charles-session.chlsj")
    user, pw = "ops", c.pw(r)
    basic = b64s("%s:%s" % (user, pw))
    d.t("[", "  {", '    "status": "COMPLETE",', '    "method": "GET",', '    "host": "%s",' % c.host("erp"), '    "path": "/api/stock",',
        '    "request": {', '      "header": {', '        "headers": [')
    d.s('          {"name": "Authorization", "value": "Basic %s"},' % M, basic, "basic-auth-header", decoded="%s:%s" % (user, pw))
    d.t('          {"name": "Accept", "value": "application/json"}', "        ]", "      }", "    },", '    "response": {')
    d.n('      "header": {"headers": [{"name": "ETag", "value": "W/\\"%s\\""}]}' % M, r.hex(32), "etag")
    d.t("    }", "  }", "]")


def core_strings(c, r):
    d = c.doc("logs/core.8812.strings.txt")
    d.t("$ strings -n 8 core.8812 | grep -E '=|BUILD'", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", "LANG=C.UTF-8")
    d.s("DB_PASSWORD=%s" % M, c.pw(r), "environment-password")
    d.n("GNU_BUILD_ID=%s" % M, r.hex(40), "build-identifier")
    d.t("HOME=/var/lib/app")


LOGS = {"ansible-vvvv": ansible_vvvv, "docker-build": docker_build, "gha-log": gha_log, "gitlab-trace": gitlab_trace,
        "jenkins-console": jenkins_console, "xdebug-trace": xdebug_trace, "werkzeug": werkzeug, "django-500": django_500,
        "symfony-devlog": symfony_devlog, "winston": winston, "charles": charles, "core-strings": core_strings}


# ---------------------------------------------------------------- negative-only files
def env_example(c, r):
    d = c.doc(".env.example")
    d.t("# copy to .env and fill in")
    d.n("DATABASE_URL=postgres://app:%s@localhost:5432/app" % M, "changeme", "placeholder")
    d.n("STRIPE_SECRET_KEY=%s" % M, "sk_live_" + "x" * 24, "placeholder")
    if r.chance(0.5):
        d.n("OPENAI_API_KEY=%s" % M, "your-api-key-here", "placeholder")
    else:
        d.t("OPENAI_API_KEY=")
    d.n("SESSION_SECRET=%s" % M, "<generate with: openssl rand -hex 32>", "placeholder")
    d.t("SMTP_PASSWORD=")
    if r.chance(0.5):
        d.n("ADMIN_PASSWORD=%s" % M, "{{ admin_password }}", "template-reference")


def i18n(c, r):
    lang = c.lang
    s = L[lang]["i18n"]
    fmt = r.pick(["po", "android", "arb", "json"])
    keys = ["login.password", "login.forgot", "login.show", "settings.api_key", "errors.password_short"]
    if fmt == "po":
        d = c.doc("app/locale/%s/LC_MESSAGES/app.po" % lang)
        d.t('msgid ""', 'msgstr ""', '"Language: %s\\n"' % lang, '"Content-Type: text/plain; charset=UTF-8\\n"')
        en = L["en"]["i18n"]
        for e, v in zip(en, s):
            d.t("", 'msgid "%s"' % e)
            d.n('msgstr "%s"' % M, v, "i18n-string")
    elif fmt == "android":
        d = c.doc("android/app/src/main/res/values-%s/strings.xml" % lang)
        d.t('<?xml version="1.0" encoding="utf-8"?>', "<resources>")
        for k, v in zip(keys, s):
            d.n('    <string name="%s">%s</string>' % (k.replace(".", "_"), M), v, "i18n-string")
        d.t("</resources>")
    elif fmt == "arb":
        d = c.doc("app/lib/l10n/app_%s.arb" % lang)
        d.t("{", '  "@@locale": "%s",' % lang)
        for i, (k, v) in enumerate(zip(keys, s)):
            d.n('  "%s": "%s"%s' % (k.replace(".", "_"), M, "," if i < len(s) - 1 else ""), v, "i18n-string")
        d.t("}")
    else:
        d = c.doc("web/public/locales/%s/translation.json" % lang)
        d.t("{")
        for i, (k, v) in enumerate(zip(keys, s)):
            d.n('  "%s": "%s"%s' % (k, M, "," if i < len(s) - 1 else ""), v, "i18n-string")
        d.t("}")


def policy(c, r):
    d = c.doc("docs/credentials-policy.md")
    d.t("# %s - credentials policy" % c.org, "")
    d.n("%s" % M, L[c.lang]["policy"], "policy-text")
    d.t("", "Examples in vendor documentation are not credentials, for instance:", "")
    ex = r.sample_list(prov30.DOC_EXAMPLES, r.choice([1, 2]))
    for v, cat in ex:
        d.n("* `%s`" % M, v, cat)


def ghp_bad_crc(r):
    t = gh_checksummed("ghp_", r)
    bad = base62((int.from_bytes(t[-6:].encode(), "big") + 7) % (62 ** 6), 6)
    return t[:-6] + (bad if bad != t[-6:] else "000000")


def negonly_extra(c, r, kind):
    if kind == "package-lock":
        d = c.doc("web/package-lock.json")
        d.t("{", '  "name": "%s-web",' % c.key, '  "lockfileVersion": 3,', '  "packages": {', '    "node_modules/left-pad": {',
            '      "version": "1.3.0",')
        d.n('      "integrity": "sha512-%s"' % M, base64.b64encode(r.raw(64)).decode(), "integrity-hash")
        d.t("    },", '    "node_modules/ms": {', '      "version": "2.1.3",')
        d.n('      "integrity": "sha512-%s"' % M, base64.b64encode(r.raw(64)).decode(), "integrity-hash")
        d.t("    }", "  }", "}")
    elif kind == "go-sum":
        d = c.doc("services/gateway/go.sum")
        for mod in ["github.com/google/uuid v1.6.0", "golang.org/x/crypto v0.31.0"]:
            d.n("%s h1:%s" % (mod, M), base64.b64encode(r.raw(32)).decode(), "go-sum-hash")
    elif kind == "known-hosts":
        d = c.doc("ops/ssh/known_hosts")
        for _ in range(2):
            d.n("|1|%s|%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (r.b64(20), r.b64(20), M), r.b64(32)[:43], "ssh-public-key")
    elif kind == "sha256sums":
        d = c.doc("releases/SHA256SUMS")
        for f in ["firmware-2.4.1.bin", "firmware-2.4.1.tar.gz"]:
            d.n("%s  %s" % (M, f), r.hex(64), "file-checksum")
    elif kind == "sops":
        d = c.doc("deploy/secrets.enc.yaml")
        d.n("db_password: %s" % M, "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (r.b64(18), r.b64(32), r.b64(16)), "sops-encrypted")
        d.t("sops:", "    age:")
        d.n("        - recipient: %s" % M, bech32_encode("age", r.raw(32)), "age-recipient")
        d.t("    version: 3.9.0")
    elif kind == "fixtures":
        d = c.doc("tests/fixtures/tokens.py")
        d.t('"""Fixtures for the redaction tests: none of these are live."""')
        d.n('BAD_CHECKSUM = "%s"  # CRC32 tail deliberately wrong' % M, ghp_bad_crc(r), "fake-token-bad-checksum")
        d.n('RFC8032_SECRET = "%s"' % M, "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "rfc8032-test-secret")
        d.n('FAKE_PASSWORD = "%s"' % M, "hunter2", "obviously-fake-test-value")
    elif kind == "openapi":
        d = c.doc("docs/openapi.yaml")
        d.t("openapi: 3.0.3", "components:", "  securitySchemes:", "    bearer:", "      type: http", "      scheme: bearer",
            "paths:", "  /login:", "    post:", "      requestBody:", "        content:", "          application/json:",
            "            example:", "              username: demo")
        d.n("              password: %s" % M, "<password>", "placeholder")
        d.n("              api_key: %s" % M, "YOUR_API_KEY", "placeholder")
    else:
        d = c.doc("services/orders-api/Cargo.lock")
        d.t("version = 3", "", "[[package]]", 'name = "serde"', 'version = "1.0.203"',
            'source = "registry+https://github.com/rust-lang/crates.io-index"')
        d.n('checksum = "%s"' % M, r.hex(64), "cargo-checksum")


NEGONLY_EXTRA = ["package-lock", "go-sum", "known-hosts", "sha256sums", "sops", "fixtures", "openapi", "cargo-lock"]


# ---------------------------------------------------------------- the theme's own files
def device_ini(c, r):
    dev, what = c.th["device"]
    d = c.doc("devices/%s.ini" % dev, crlf=True)
    d.t("; %s - %s" % (what, c.org), "[Device]", "Model=%s-%s" % (dev.upper()[:4], r.digits(3)))
    if r.chance(0.5):
        d.n("Serial=%s" % M, r.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 12), "device-serial")
    else:
        d.n("FirmwareSHA256=%s" % M, r.hex(64), "firmware-checksum")
    d.t("[Network]", "SSID=%s" % r.pick(c.th["ssids"]))
    d.s("PSK=%s" % M, c.pw(r), "wifi-psk")
    d.t("[Upload]", "Endpoint=https://%s/api/ingest" % c.host(c.systems[0]))
    d.s("ApiKey=%s" % M, c.alnum(r, 32), "device-upload-api-key")
    d.t("[Admin]", "User=admin")
    if r.chance(0.4):
        d.n("Password=%s" % M, "admin", "default-password")
    else:
        d.s("Password=%s" % M, c.pw(r, "human"), "device-admin-password")


def gateway(c, r):
    g = c.th["gateway"]
    d = c.doc("payments/%s.env" % g)
    d.t("# %s payment gateway - %s" % (g, c.org))
    if g == "easebuzz":
        d.pair("EASEBUZZ_KEY=%s" % M, r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), "EASEBUZZ_SALT=%s" % M,
               c.fresh(lambda: r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)), "easebuzz-key-salt-pair")
        d.t("EASEBUZZ_ENV=prod")
    elif g == "chargily":
        d.s("CHARGILY_SECRET_KEY=%s" % M, c.fresh(lambda: "live_sk_" + r.alnum(48)), "chargily-secret-key")
        d.n("CHARGILY_PUBLIC_KEY=%s" % M, "live_pk_" + r.alnum(48), "public-by-design:chargily-public-key")
        d.s("CHARGILY_WEBHOOK_SECRET=%s" % M, c.hexs(r, 64), "webhook-signing-secret")
    elif g == "seerbit":
        d.s("SEERBIT_SECRET_KEY=%s" % M, c.fresh(lambda: "SBSECK_" + r.alnum(40)), "seerbit-secret-key")
        d.n("SEERBIT_PUBLIC_KEY=%s" % M, "SBPUBK_" + r.alnum(32), "public-by-design:seerbit-public-key")
        d.s("SEERBIT_WEBHOOK_KEY=%s" % M, c.alnum(r, 32), "webhook-signing-secret")
    elif g == "yoco":
        d.s("YOCO_SECRET_KEY=%s" % M, c.fresh(lambda: "sk_live_" + r.hex(32)), "yoco-secret-key")
        d.n("YOCO_PUBLIC_KEY=%s" % M, "pk_live_" + r.hex(20), "public-by-design:yoco-public-key")
    elif g == "kinabank":
        d.n("KINA_IPG_MERCHANT_ID=%s" % M, r.digits(9), "merchant-identifier")
        d.s("KINA_IPG_API_SECRET=%s" % M, c.b64(r, 30), "kina-ipg-api-secret")
        d.s("KINA_IPG_HMAC_KEY=%s" % M, c.hexs(r, 64), "webhook-signing-secret")
    elif g == "helcim":
        d.s("HELCIM_API_TOKEN=%s" % M, c.fresh(lambda: r.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_", 50)),
            "helcim-api-token")
        d.n("HELCIM_JS_TOKEN=%s" % M, r.hex(30), "public-by-design:helcim-js-token")
    elif g == "tbank":
        d.pair("TBANK_TERMINAL_KEY=%s" % M, r.digits(13), "TBANK_PASSWORD=%s" % M,
               c.fresh(lambda: r.chars("abcdefghijklmnopqrstuvwxyz0123456789", 16)), "tbank-terminal-pair")
        d.n("TBANK_TEST_TERMINAL=%s" % M, "TinkoffBankTest", "documented-test-terminal")
    elif g == "opencollective":
        d.s("OPENCOLLECTIVE_PERSONAL_TOKEN=%s" % M, c.hexs(r, 40), "opencollective-personal-token")
        d.n("OPENCOLLECTIVE_SLUG=%s" % M, c.key, "identifier")
    elif g == "vipps":
        d.t("VIPPS_MSN=%s" % r.digits(6))
        d.pair("VIPPS_CLIENT_ID=%s" % M, r.uuid(), "VIPPS_CLIENT_SECRET=%s" % M, c.fresh(lambda: r.b64url(32)), "vipps-client-pair")
        d.s("VIPPS_SUBSCRIPTION_KEY=%s" % M, c.hexs(r, 32), "vipps-subscription-key")
    else:
        d.pair("DUITKU_MERCHANT_CODE=%s" % M, "D" + r.digits(4), "DUITKU_API_KEY=%s" % M, c.hexs(r, 32), "duitku-merchant-pair")
        d.n("DUITKU_CALLBACK_URL=%s" % M, "https://%s/payments/callback" % c.domain, "callback-url")
