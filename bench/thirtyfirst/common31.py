"""Common files (.env, compose, CI workflow, AWS credentials), integration code in 12 languages and the
private-key wrappings."""

import prov31
from core31 import ALNUM, B64URL, IdMark, Doc, N, S, chance, pick, rhex, rstr
from keys31 import Key, ed_certificate


def dotenv(c, r):
    d = Doc("app/.env")
    pw = c.pw(r, cs="uri")
    mail, mcat = c.tok(r, pick(r, ["sendgrid", "mailgun", "mailchimp"]))
    sess = c.hexs(r, 64)
    d.add("APP_NAME=%s" % c.slug)
    d.add("APP_ENV=production")
    d.add("DATABASE_URL=postgresql://app:%s@db.%s:5432/%s" % (pw, c.intra, c.slug), S(pw, "dotenv-database-url-password"))
    d.add("MAIL_API_KEY=%s" % mail, S(mail, mcat))
    d.add("SESSION_SECRET=%s" % sess, S(sess, "session-secret"))
    pub, pcat = prov31.public_value(r, pick(r, ["posthog", "sentry-dsn", "stripe-pk", "mapbox-pk"]))
    d.add("PUBLIC_ANALYTICS_KEY=%s" % pub, N(pub, pcat))
    if chance(r, .5):
        d.add("REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0", N("${REDIS_PASSWORD}", "env-reference"))
    if chance(r, .5):
        d.add("CAPTCHA_SITE_KEY=1x00000000000000000000AA")
        d.add("CAPTCHA_SECRET_KEY=1x0000000000000000000000000000000AA  # Turnstile test secret until go-live",
              N("1x0000000000000000000000000000000AA", "doc-example-turnstile-secret", cite="Cloudflare Turnstile testing docs"))
    else:
        d.add("RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI")
        d.add("RECAPTCHA_SECRET_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe  # Google test keys, staging only",
              N("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "doc-example-recaptcha-secret", cite="Google reCAPTCHA FAQ test keys"))
    return [d]


def compose(c, r):
    d = Doc("deploy/compose.yaml")
    p1, p2 = c.pw(r, cs="xml"), c.pw(r, cs="shell")
    dig = "sha256:" + c.sha256(r)
    d.add("services:")
    d.add("  db:")
    d.add("    image: postgres:16@%s" % dig, N(dig, "image-digest"))
    d.add("    environment:")
    d.add("      POSTGRES_USER: %s" % c.slug[:10])
    d.add("      POSTGRES_PASSWORD: '%s'" % p1, S(p1, "compose-postgres-password"))
    d.add("  cache:")
    d.add("    image: redis:7-alpine")
    d.add('    command: ["redis-server", "--requirepass", "%s"]' % p2, S(p2, "compose-redis-password"))
    d.add("  app:")
    d.add("    image: registry.%s/%s:latest" % (c.domain, c.slug))
    d.add("    environment:")
    d.add("      DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}", N("${DB_PASSWORD:?set DB_PASSWORD}", "env-reference"))
    return [d]


def workflow(c, r):
    d = Doc(".github/workflows/deploy.yml")
    hid = str(r.randrange(10 ** 17, 10 ** 19))
    tok = c.rand(r, 68, B64URL)
    sha = rhex(r, 40)
    d.text("name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:")
    d.add("      - uses: actions/checkout@%s # v4" % sha, N(sha, "pinned-action-sha"))
    d.add("      - run: ./deploy.sh")
    d.add("        env:")
    d.add("          DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}", N("${{ secrets.DEPLOY_KEY }}", "ci-secret-reference"))
    d.add("      - if: failure()")
    d.add("        run: >-")
    d.add("          curl -fsS -H 'Content-Type: application/json' -d '{\"content\": \"deploy failed\"}'")
    d.add("          https://discord.com/api/webhooks/%s/%s" % (hid, tok), S(tok, "discord-webhook-token"))
    return [d]


def aws_credentials(c, r):
    p = c.person(r)
    d = Doc("home/%s/.aws/credentials" % p.handle)
    kid, ks, cat = c.pairv(r, "aws")
    it = S(ks, cat, id_value=kid)
    d.add("[default]")
    d.add("aws_access_key_id = %s" % kid, IdMark(it))
    d.add("aws_secret_access_key = %s" % ks, it)
    d.add("region = eu-west-1")
    d.add("")
    d.add("[docs-example]")
    d.add("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", N("AKIAIOSFODNN7EXAMPLE", "doc-example-aws-key-id", cite="AWS IAM user guide"))
    d.add("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          N("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "doc-example-aws-secret", cite="AWS IAM user guide"))
    d.add("")
    d.add("[sso-shop]")
    d.add("credential_process = aws-vault exec shop --json", N("aws-vault exec shop --json", "credential-process"))
    return [d]


COMMON = [dotenv, compose, workflow]

# ---------------------------------------------------------------- integration code in 12 languages
# name: (extension, header, const(name, value), env(name) -> expression, line wrapping the expression, footer)
LANGS = {
    "hare": ("ha", ["use os;", "use fmt;", ""], lambda n, v: 'def %s: str = "%s";' % (n, v),
             lambda n: 'os::getenv("%s")' % n, "\tconst db_password = match (%s) { case let s: str => yield s; case void => yield \"\"; };",
             ["export fn main() void = {", "}"]),
    "roc": ("roc", ['app [main!] { pf: platform "https://github.com/roc-lang/basic-cli/releases/download/0.19.0/%s.tar.br" }' ,
                    "", "import pf.Env", "import pf.Stdout", ""],
            lambda n, v: '%s = "%s"' % (n[0].lower() + n.title().replace("_", "")[1:], v),
            lambda n: 'Env.var! "%s"' % n, "    dbPassword = %s ?? \"\"", ["main! = \\_args ->", "    Stdout.line! \"sync started\""]),
    "rebol": ("reb", ['Rebol [Title: "shop sync" Date: 4-Mar-2025]', ""], lambda n, v: '%s: "%s"' % (n.lower().replace("_", "-"), v),
              lambda n: 'get-env "%s"' % n, "db-password: %s", ['print "sync started"']),
    "lfe": ("lfe", ["(defmodule shop-sync", "  (export (run 0)))", ""],
            lambda n, v: '(defun %s () "%s")' % (n.lower().replace("_", "-"), v),
            lambda n: '(os:getenv "%s")' % n, "(defun db-password () %s)", ["(defun run () (io:format \"sync started~n\"))"]),
    "reason": ("re", ["open Printf;", ""], lambda n, v: 'let %s = "%s";' % (n[0].lower() + n.title().replace("_", "")[1:], v),
               lambda n: 'Sys.getenv("%s")' % n, "let dbPassword = %s;", ['print_endline("sync started");']),
    "genie": ("gs", ["[indent=4]", "init"], lambda n, v: '    var %s = "%s"' % (n.lower(), v),
              lambda n: 'Environment.get_variable("%s")' % n, "    var db_password = %s", ['    print "sync started"']),
    "boo": ("boo", ["import System", ""], lambda n, v: '%s = "%s"' % (n[0].lower() + n.title().replace("_", "")[1:], v),
            lambda n: 'Environment.GetEnvironmentVariable("%s")' % n, "dbPassword = %s", ['print "sync started"']),
    "moonscript": ("moon", ["http = require \"socket.http\"", ""], lambda n, v: '%s = "%s"' % (n.lower(), v),
                   lambda n: 'os.getenv "%s"' % n, "db_password = %s", ['print "sync started"']),
    "pike": ("pike", ["#!/usr/bin/env pike", ""], lambda n, v: 'constant %s = "%s";' % (n, v),
             lambda n: 'getenv("%s")' % n, "  string db_password = %s;", ["int main() {", "  write(\"sync started\\n\");", "  return 0;", "}"]),
    "purebasic": ("pb", ["EnableExplicit", ""], lambda n, v: '#%s$ = "%s"' % (n, v),
                  lambda n: 'GetEnvironmentVariable("%s")' % n, "Define DBPassword$ = %s", ['Debug "sync started"']),
    "freebasic": ("bas", ["' shop sync", ""], lambda n, v: 'Const %s = "%s"' % (n, v),
                  lambda n: 'Environ("%s")' % n, "Dim dbPassword As String = %s", ['Print "sync started"']),
    "chicken": ("scm", ["(import (chicken process-context))", ""], lambda n, v: '(define %s "%s")' % (n.lower().replace("_", "-"), v),
                lambda n: '(get-environment-variable "%s")' % n, "(define db-password %s)", ['(print "sync started")']),
}
CODE_TOKENS = ["github-classic", "stripe-secret", "openai", "anthropic", "slack-bot", "sendgrid", "shopify", "square",
               "twilio-auth", "hcloud", "datadog-api", "vercel", "doppler", "telegram", "notion", "linear", "pypi",
               "npm", "gitlab-pat", "postman", "age", "onepassword", "bedrock", "azure-devops", "entra",
               "cloudflare-ca", "braintree", "dynatrace", "sentry-org", "grafana-cloud", "jfrog", "mapbox",
               "discord", "swarm", "xai", "atlassian", "tfc", "vault", "dockerhub", "github-fine"]


def code(c, r, lang):
    ext, header, const, env, envline, footer = LANGS[lang]
    d = Doc("integrations/%s/shop_sync.%s" % (lang, ext))
    for i, h in enumerate(header):
        if "%s.tar.br" in h:
            hh = rstr(r, 43, B64URL)
            d.add(h % hh, N(hh, "package-url-hash"))
        else:
            d.add(h)
    names = [n for n in CODE_TOKENS if n in prov31.TOKENS]
    for name in r.sample(names, 2):
        v, cat = c.tok(r, name)
        d.add(const(name.upper().replace("-", "_") + "_TOKEN", v), S(v, cat))
    if chance(r, .6):
        kid, ks, cat = c.pairv(r, pick(r, list(prov31.PAIRS)))
        it = S(ks, cat, id_value=kid)
        d.add(const("ACCESS_KEY_ID", kid), IdMark(it))
        d.add(const("SECRET_ACCESS_KEY", ks), it)
    else:
        pw = c.pw(r, cs="xml")
        d.add(const("DB_PASSWORD", pw), S(pw, "code-db-password"))
    if chance(r, .3):
        pub, pcat = prov31.public_value(r, pick(r, prov31.PUBLIC_KINDS))
        d.add(const("PUBLIC_KEY", pub), N(pub, pcat))
    d.add("")
    d.add(footer[0])
    expr = env("DB_PASSWORD")
    d.add(envline % expr, N(expr, "env-lookup"))
    for f in footer[1:]:
        d.add(f)
    return [d]


# ---------------------------------------------------------------- private-key wrappings
WRAPPINGS = ["pem-file", "openssh", "sql-insert", "crystal-heredoc", "csv-cell", "mongosh-escaped", "lua-long-string",
             "email-paste"]


def _key_item(k, lines, wrapping, shown=None):
    return S("\n".join(lines), "private-key-%s" % k.kind, key_check={"type": k.kind, "wrapping": wrapping},
             **({"shown": shown} if shown else {}))


def wrap_key(c, r, wrapping, kind):
    k = Key(kind, c.r("key", wrapping, kind, r.randrange(10 ** 6)))
    host = c.host(r)
    comment = "%s@%s" % (c.person(r).handle, c.slug)
    if wrapping == "pem-file":
        d = Doc("deploy/tls/%s.key" % host.split(".")[0])
        lines = k.pkcs8_pem()
        d.block(lines, _key_item(k, lines, wrapping))
        d2 = Doc("deploy/tls/%s.%s" % (host.split(".")[0], "crt" if kind == "ed25519" else "pub.pem"))
        pub = ed_certificate(k, host, c.org, r) if kind == "ed25519" else k.spki_pem()
        d2.block(pub, N("\n".join(pub), "x509-certificate" if kind == "ed25519" else "spki-public-key",
                        key_check={"type": kind, "wrapping": "public"}))
        return [d, d2]
    if wrapping == "openssh":
        name = {"ed25519": "id_ed25519", "p256": "id_ecdsa", "rsa": "id_rsa"}[kind]
        p = c.person(r)
        d = Doc("home/%s/.ssh/%s" % (p.handle, name))
        lines = k.openssh_private(comment, r)
        d.block(lines, _key_item(k, lines, wrapping))
        d2 = Doc("home/%s/.ssh/%s.pub" % (p.handle, name))
        line = k.ssh_pub_line(comment)
        d2.add(line, N(line, "ssh-public-key"))
        return [d, d2]
    if wrapping == "sql-insert":
        d = Doc("db/seeds/030_signing_keys.sql")
        lines = k.trad_pem()
        d.add("-- webhook signing key, rotated yearly")
        d.add("INSERT INTO signing_keys (kid, algorithm, private_pem, created_at) VALUES (")
        d.add("  'kid-%s'," % rhex(r, 8))
        d.add("  '%s'," % {"rsa": "RS256", "p256": "ES256", "ed25519": "EdDSA"}[kind])
        shown = ["  '" + lines[0]] + lines[1:-1] + [lines[-1] + "',"]
        d.block(shown, _key_item(k, lines, wrapping))
        d.add("  now()")
        d.add(");")
        return [d]
    if wrapping == "crystal-heredoc":
        d = Doc("src/%s/signer.cr" % c.slug)
        lines = k.trad_pem()
        d.add("module Signer")
        d.add("  KEY_PEM = <<-PEM")
        d.block(["    " + ln for ln in lines], _key_item(k, lines, wrapping))
        d.add("    PEM")
        d.add("end")
        return [d]
    if wrapping == "csv-cell":
        d = Doc("exports/device-key-inventory.csv")
        lines = k.pkcs8_pem()
        d.add("host,purpose,private_key,rotated")
        shown = ["%s,mqtt-client,\"%s" % (host.split(".")[0], lines[0])] + lines[1:-1] + [lines[-1] + "\",2025-0%d-01" % r.randrange(1, 9)]
        d.block(shown, _key_item(k, lines, wrapping))
        d.add("%s,mqtt-client,,pending" % c.host(r).split(".")[0])
        return [d]
    if wrapping == "mongosh-escaped":
        d = Doc("db/mongo-seed.js")
        lines = k.pkcs8_pem()
        esc = "\\n".join(lines) + "\\n"
        d.add("// run with: mongosh \"$MONGO_URL\" db/mongo-seed.js")
        d.add("db.signers.insertOne({ _id: \"webhook-%s\", alg: \"%s\", pem: \"%s\" })" % (rhex(r, 4), kind, esc),
              _key_item(k, lines, wrapping, shown=esc))
        return [d]
    if wrapping == "lua-long-string":
        d = Doc("firmware/lua/device_key.lua")
        lines = k.pkcs8_pem()
        d.add("-- TLS client key for the %s (flashed with the firmware)" % c.t["device"])
        d.add("return [[")
        d.block(lines, _key_item(k, lines, wrapping))
        d.add("]]")
        return [d]
    # email-paste: free text
    d = Doc("Mail/drafts/%d" % r.randrange(1, 90), free_text=True, lang=c.lang)
    a, b = c.person(r), c.person(r)
    lines = k.trad_pem() if kind != "ed25519" else k.pkcs8_pem()
    d.add("From: %s <%s>" % (a.latin, a.email))
    d.add("To: %s <%s>" % (b.latin, b.email))
    d.add("Subject: %s" % pick(r, c.L["subjects"]).format(sys=c.system(r)[1]))
    d.add("X-Mailer: Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)")
    d.add("Content-Type: text/plain; charset=UTF-8")
    d.add("")
    d.add(pick(r, c.L["chatter"]))
    d.add("")
    d.block(lines, _key_item(k, lines, wrapping))
    d.add("")
    d.add(pick(r, c.L["dont"]))
    d.add("-- ")
    d.add(a.native)
    return [d]
