"""Common files (.env, compose, Kubernetes Secret, CI workflow, AWS credentials), integration code in
12 languages, and private keys in 8 wrappings."""

import base64
import json

import prov30
from core30 import MARK as M, b64s, sha256_hex
from keys30 import Key, ed25519_cert


def dotenv(c, r):
    d = c.doc(".env")
    d.t("# %s - production settings" % c.org, "APP_ENV=production", "APP_URL=https://%s" % c.domain)
    d.s("DATABASE_URL=postgres://app:%s@%s:5432/app" % (M, c.host("db")), c.pw(r, uri=True), "postgres-uri-password")
    name = r.pick(["sendgrid", "mailgun", "mailchimp"])
    v, cat, var = c.tok(r, name)
    d.s("%s=%s" % (var, M), v, cat)
    d.s("SESSION_SECRET=%s" % M, c.hexs(r, 64), "session-secret")
    pv, pcat = prov30.public_value(r, r.pick(["posthog", "sentry-dsn", "recaptcha-site"]))
    d.n("PUBLIC_ANALYTICS_KEY=%s" % M, pv, "public-by-design:" + pcat)
    d.n("REDIS_PASSWORD=%s" % M, "${REDIS_PASSWORD}", "env-reference")


def compose(c, r):
    d = c.doc("deploy/docker-compose.yml")
    d.t("services:", "  db:", "    image: postgres:16", "    environment:", "      POSTGRES_USER: app")
    d.s("      POSTGRES_PASSWORD: %s" % M, c.pw(r), "postgres-password")
    d.t("  cache:", "    image: redis:7")
    d.s("    command: redis-server --requirepass %s" % M, c.pw(r, "strong"), "redis-password")
    d.t("  app:")
    d.n("    image: ghcr.io/%s/app@sha256:%s" % (c.key, M), r.hex(64), "image-digest")
    d.t("    environment:")
    d.n("      SMTP_PASSWORD: %s" % M, "${SMTP_PASSWORD:?set in .env}", "env-reference")


def k8s_secret(c, r):
    d = c.doc("deploy/k8s/app-secret.yaml")
    d.t("apiVersion: v1", "kind: Secret", "metadata:", "  name: app-credentials", "  namespace: %s" % c.key, "type: Opaque", "data:")
    raw1, raw2 = c.pw(r), c.pw(r)
    d.s("  db-password: %s" % M, b64s(raw1), "kubernetes-secret-base64", decoded=raw1)
    d.s("  api-token: %s" % M, b64s(raw2), "kubernetes-secret-base64", decoded=raw2)
    d.t("stringData:")
    d.n("  vault-path: %s" % M, "secret/data/%s/app" % c.key, "vault-path")


def workflow(c, r):
    d = c.doc(".github/workflows/deploy.yml")
    d.t("name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:")
    d.n("      - uses: actions/checkout@%s  # v4" % M, r.hex(40), "git-commit-sha")
    d.t("      - name: notify", "        env:")
    v, cat, _ = c.tok(r, "slack-webhook")
    d.s("          SLACK_WEBHOOK: %s" % M, v, cat)
    d.n("          DEPLOY_KEY: %s" % M, "${{ secrets.DEPLOY_KEY }}", "ci-secret-reference")
    d.t('        run: curl -X POST -d \'{"text":"deployed"}\' "$SLACK_WEBHOOK"')


def aws_credentials(c, r):
    d = c.doc("ops/aws/credentials")
    i, s, cat, _, _ = c.pair(r, "aws")
    d.t("[default]")
    d.pair("aws_access_key_id = %s" % M, i, "aws_secret_access_key = %s" % M, s, cat)
    d.t("region = eu-west-1", "", "[docs-example]")
    d.n("aws_access_key_id = %s" % M, "AKIAIOSFODNN7EXAMPLE", "aws-docs-example-key-id")
    d.n("aws_secret_access_key = %s" % M, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws-docs-example-secret")
    d.t("", "[sso]")
    d.n("credential_process = %s" % M, "aws-vault export --format=json sso-admin", "credential-process")


COMMON = [dotenv, compose, k8s_secret, workflow]

# ---------------------------------------------------------------- integration code in 12 languages
# (file extension, comment, string-assign template, env lookup expression)
LANGS = {
    "v": ("integrations/%s.v", "//", "const %s = '%s'", "os.getenv('%s')"),
    "d": ("integrations/%s.d", "//", 'enum %s = "%s";', 'environment.get("%s")'),
    "pony": ("integrations/%s.pony", "//", 'let %s: String = "%s"', 'EnvVars(env.vars).get_or_else("%s", "")'),
    "chapel": ("integrations/%s.chpl", "//", 'const %s = "%s";', 'getenv("%s")'),
    "sml": ("integrations/%s.sml", "(*", 'val %s = "%s"', 'OS.Process.getEnv "%s"'),
    "idris": ("integrations/%s.idr", "--", '%s = "%s"', 'getEnv "%s"'),
    "inko": ("integrations/%s.inko", "#", "let %s = '%s'", "env.get('%s')"),
    "koka": ("integrations/%s.kk", "//", 'val %s = "%s"', 'get-env("%s")'),
    "nelua": ("integrations/%s.nelua", "--", "local %s: string = '%s'", "os.getenv('%s')"),
    "euphoria": ("integrations/%s.ex", "--", 'constant %s = "%s"', 'getenv("%s")'),
    "mercury": ("integrations/%s.m", "%", '%s = "%s".', 'io.get_environment_var("%s", Val, !IO)'),
    "ceylon": ("integrations/%s.ceylon", "//", 'shared String %s = "%s";', 'process.environmentVariableValue("%s")'),
}
CODE_LANGS = list(LANGS)
LOOKUP = {"v": "smtp_password := %s" % M, "d": "auto smtpPassword = %s;" % M, "pony": "let smtp_password = %s" % M,
          "chapel": "const smtpPassword = %s;" % M, "sml": "val smtpPassword = %s" % M, "idris": "smtpPassword <- %s" % M,
          "inko": "let smtp_password = %s" % M, "koka": "val smtp-password = %s" % M, "nelua": "local smtp_password = %s" % M,
          "euphoria": "object smtp_password = %s" % M, "mercury": "    %s," % M, "ceylon": "value smtpPassword = %s;" % M}


def integration(c, r, lang):
    path, com, assign, envx = LANGS[lang]
    sysname = r.pick(c.systems).replace("-", "_")
    d = c.doc(path % sysname)
    close = " *)" if com == "(*" else ""
    d.t("%s %s integration for %s%s" % (com, sysname, c.org, close))
    names = r.sample_list([n for n in prov30.TOKEN_NAMES if n not in ("slack-webhook", "cloudflare-origin", "age")], 2)
    for n in names:
        v, cat, var = c.tok(r, n)
        d.s(assign % (var.lower(), M), v, cat)
    if r.chance(0.6):
        pname = r.pick(prov30.PAIR_NAMES)
        i, s, cat, iv, sv = c.pair(r, pname)
        d.pair(assign % (iv.lower(), M), i, assign % (sv.lower(), M), s, cat)
    else:
        d.s(assign % ("db_password", M), c.pw(r), "database-password")
    d.n(LOOKUP[lang], envx % "SMTP_PASSWORD", "env-lookup")
    if r.chance(0.5):
        pv, pcat = prov30.public_value(r, r.pick(prov30.PUBLIC_NAMES))
        d.n(assign % ("public_key", M), pv, "public-by-design:" + pcat)


# ---------------------------------------------------------------- private keys in 8 wrappings
WRAPS = ["pkcs8-pem", "openssh", "sec1-yaml", "pkcs1-spki", "json-escaped", "terraform-heredoc", "python-string", "xml-element"]
KIND_FOR = {"pkcs8-pem": ["ed25519", "p256", "rsa"], "openssh": ["ed25519", "p256", "rsa"], "sec1-yaml": ["p256"],
            "pkcs1-spki": ["rsa"], "json-escaped": ["ed25519", "p256", "rsa"], "terraform-heredoc": ["ed25519", "rsa"],
            "python-string": ["ed25519", "p256", "rsa"], "xml-element": ["p256", "rsa"]}


def private_key(c, r, wrap, idx):
    kind = r.pick(KIND_FOR[wrap])
    key = Key(kind, c.r("key:%s:%d" % (wrap, idx)))
    who = c.people[idx % len(c.people)]
    cat = "private-key:%s" % kind
    chk = {"type": kind, "wrap": wrap}
    if wrap == "pkcs8-pem":
        d = c.doc("pki/%s-signing.key" % c.systems[idx % 6])
        lines = key.pem_pkcs8()
        d.block("secret", lines, "\n".join(lines), cat, key_check=chk)
        if kind == "ed25519":
            crt = c.doc("pki/%s-signing.crt" % c.systems[idx % 6])
            cl = ed25519_cert(key, c.host(c.systems[idx % 6]), r.randrange(1, 2 ** 60))
            crt.block("negative", cl, "\n".join(cl), "certificate")
        else:
            pub = c.doc("pki/%s-signing.pub.pem" % c.systems[idx % 6])
            pl = key.pem_public()
            pub.block("negative", pl, "\n".join(pl), "public-key-spki")
    elif wrap == "openssh":
        name = {"ed25519": "id_ed25519", "p256": "id_ecdsa", "rsa": "id_rsa"}[kind]
        d = c.doc("home/%s/.ssh/%s" % (who["handle"], name))
        lines = key.ssh_private("%s@%s" % (who["handle"], c.domain), r.getrandbits(32))
        d.block("secret", lines, "\n".join(lines), cat, key_check=chk)
        p = c.doc("home/%s/.ssh/%s.pub" % (who["handle"], name))
        pl = key.ssh_public("%s@%s" % (who["handle"], c.domain))
        p.n(M, pl, "ssh-public-key")
    elif wrap == "sec1-yaml":
        d = c.doc("ansible/group_vars/%s.yml" % c.systems[idx % 6].replace("-", "_"))
        d.t("---", "tls_cert_path: /etc/ssl/%s.crt" % c.systems[idx % 6], "tls_key_pem: |")
        lines = key.pem_native()
        d.block("secret", ["  " + ln for ln in lines], "\n".join(lines), cat, key_check=chk)
        d.n("tls_key_vault_ref: %s" % M, "{{ vault_tls_key }}", "template-reference")
    elif wrap == "pkcs1-spki":
        d = c.doc("legacy/%s.pem" % c.systems[idx % 6])
        lines = key.pem_native()
        d.block("secret", lines, "\n".join(lines), cat, key_check=chk)
        d.t("")
        pl = key.pem_public()
        d.block("negative", pl, "\n".join(pl), "public-key-spki")
    elif wrap == "json-escaped":
        d = c.doc("config/%s-service-account.json" % c.systems[idx % 6])
        esc = "\\n".join(key.pem_pkcs8()) + "\\n"
        d.t("{", '  "type": "service_account",', '  "project_id": "%s-prod",' % c.key)
        d.n('  "private_key_id": "%s",' % M, r.hex(40), "key-identifier")
        d.s('  "private_key": "%s",' % M, esc, cat, key_check=chk)
        d.t('  "client_email": "deployer@%s-prod.iam.gserviceaccount.com"' % c.key, "}")
    elif wrap == "terraform-heredoc":
        d = c.doc("infra/bastion.tf")
        d.t('resource "tls_private_key" "unused" { algorithm = "ED25519" }', "", "locals {", "  bastion_key = <<-EOT")
        lines = key.ssh_private("terraform@bastion", r.getrandbits(32)) if kind == "ed25519" else key.pem_pkcs8()
        d.block("secret", ["    " + ln for ln in lines], "\n".join(lines), cat, key_check=chk)
        d.t("  EOT", "}")
    elif wrap == "python-string":
        d = c.doc("services/signer/keys.py")
        lines = key.pem_pkcs8()
        d.t('"""Signing key for %s webhooks."""' % c.org, "")
        d.block("secret", ['SIGNING_KEY = """' + lines[0]] + lines[1:-1] + [lines[-1] + '"""'], "\n".join(lines), cat, key_check=chk)
        d.n('KEY_FINGERPRINT = "%s"' % M, "SHA256:" + base64.b64encode(r.raw(32)).decode().rstrip("="), "key-fingerprint")
    else:
        d = c.doc("config/%s-keystore.xml" % c.systems[idx % 6])
        lines = key.pem_native()
        d.t('<?xml version="1.0" encoding="UTF-8"?>', "<keystore>", '  <entry alias="%s">' % c.systems[idx % 6])
        d.block("secret", ["    <privateKey>" + lines[0]] + lines[1:-1] + [lines[-1] + "</privateKey>"], "\n".join(lines), cat,
                key_check=chk)
        d.n("    <thumbprint>%s</thumbprint>" % M, r.hex(40).upper(), "certificate-thumbprint")
        d.t("  </entry>", "</keystore>")
    return kind
