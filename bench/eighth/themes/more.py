"""The second layer every theme gets: integrations (+ .example), manifest, keys in varied wrappings,
legacy ops files, startup log, scanner-regression fixtures, ID inventory, hashes, i18n, hand-over prose,
chat export and a shell history."""

import base64
import json

from themes.common import (ekeys, PROVIDER_BY_CAT, SYNTAXES, EXT, render_kv, chat, chat_ext, email, ticket, wiki,
                           history, I18N, PLACEHOLDERS, b64)
from evals import PROVIDERS

PROSE_TOKEN_CATS = ["github-pat", "gitlab-pat", "slack-bot-token", "openai-key", "anthropic-key", "sendgrid-key",
                    "stripe-restricted-key", "npm-token", "huggingface-token", "digitalocean-token", "vault-token",
                    "doppler-token", "shopify-token", "linear-key", "grafana-sa-token", "dockerhub-pat", "figma-token",
                    "postman-key", "newrelic-user-key", "groq-key", "pulumi-token", "databricks-token", "atlassian-token"]

NAMED = {"zendesk-token", "cohere-key", "mistral-key", "deepgram-key", "alibaba-access-key", "tencent-secret-key",
         "railway-token", "snyk-token", "codecov-token", "plaid-secret", "twitch-client-secret", "autodesk-client-secret",
         "salesforce-consumer-secret", "onfleet-key", "azure-devops-pat"}


def new_key(ctx, kind=None):
    r = ctx.r
    kind = kind or r.choice(["rsa", "rsa", "ec", "ed"])
    if kind == "rsa":
        return ekeys.RSAKey(r, r.choice([2048, 2048, 1024]))
    if kind == "ec":
        return ekeys.ECKey(r)
    return ekeys.EdKey(r)


def ca(ctx):
    if not hasattr(ctx, "_ca"):
        ctx._ca = ekeys.ECKey(ctx.r)
    return ctx._ca


def pem_of(ctx, key):
    if key.kind == "rsa":
        return ctx.r.choice([key.pem_pkcs1, key.pem_pkcs8])()
    if key.kind == "ec":
        return ctx.r.choice([key.pem_sec1, key.pem_pkcs8])()
    return key.pem_pkcs8()


def indent(text, n):
    return "\n".join(" " * n + l for l in text.split("\n"))


# ------------------------------------------------------------------ key wrappings
def kw_openssh(ctx, base, name):
    key = new_key(ctx, ctx.r.choice(["ed", "rsa", "ec"]))
    d = ctx.doc("%s/keys/%s" % (base, name))
    d.close(d.S(ekeys.openssh_private(key, "%s@%s" % (ctx.user(), ctx.domain), ctx.r), "private-key-openssh", "pem") + "\n")
    p = ctx.doc("%s/keys/%s.pub" % (base, name))
    p.close(p.N(ekeys.openssh_public(key, "%s@%s" % (ctx.user(), ctx.domain)), "ssh-public-key") + "\n")


def kw_tls_secret(ctx, base, name):
    key = new_key(ctx, ctx.r.choice(["rsa", "ec"]))
    cert = ekeys.certificate(key, "%s.%s" % (name, ctx.domain), ctx.org, ca(ctx), ctx.r)
    d = ctx.doc("%s/deploy/%s-tls.yaml" % (base, name))
    d.close("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-tls\n  namespace: %s\ntype: kubernetes.io/tls\ndata:\n"
            "  tls.crt: %s\n  tls.key: %s\n" % (name, ctx.t, d.N(b64(cert + "\n"), "certificate-b64"),
                                                d.S(b64(pem_of(ctx, key) + "\n"), "private-key-k8s-secret", "b64pem")))


def kw_yaml_block(ctx, base, name):
    key = new_key(ctx)
    cert = ekeys.certificate(key, "%s.%s" % (name, ctx.domain), ctx.org, ca(ctx), ctx.r)
    d = ctx.doc("%s/config/%s-mtls.yaml" % (base, name))
    body = indent(pem_of(ctx, key), 4).split("\n")
    rg = d.R("secret", "private-key-yaml-block")
    rg.A(body[1].strip())
    c = indent(cert, 4)
    d.close("%s:\n  endpoint: https://%s.%s:8443\n  client_cert: |\n%s\n  %sclient_key: |\n%s%s\n  verify: true\n"
            % (name, name, ctx.domain, d.N(c, "certificate"), rg.b, "\n".join(body), rg.e))


def kw_json_escaped(ctx, base, name):
    key = new_key(ctx, ctx.r.choice(["rsa", "ec"]))
    d = ctx.doc("%s/config/%s.json" % (base, name))
    esc = pem_of(ctx, key).replace("\n", "\\n") + "\\n"
    pub = key.pem_public().replace("\n", "\\n") + "\\n"
    d.close('{\n  "issuer": "%s",\n  "kid": "%s",\n  "signing_key": "%s",\n  "verify_key": "%s"\n}\n'
            % (name, ctx.v.hex(16), d.S(esc, "private-key-json-escaped", "pem"), d.N(pub, "public-key")))


def kw_jwk(ctx, base, name):
    key = new_key(ctx)
    kid = ctx.v.uuid()
    j = key.jwk(kid)
    d = ctx.doc("%s/keys/%s.jwk.json" % (base, name))
    rg = d.R("secret", "private-key-jwk")
    lines = json.dumps(j, indent=2).split("\n")
    rg.A('"d": "%s"' % j["d"], "jwk")
    d.close(rg.b + "\n".join(lines) + rg.e + "\n")
    p = ctx.doc("%s/public/%s-jwks.json" % (base, name))
    p.close('{"keys": [%s]}\n' % p.N(json.dumps(key.jwk(kid, private=False)), "public-jwks"))


def kw_der_props(ctx, base, name):
    key = new_key(ctx, ctx.r.choice(["rsa", "ec"]))
    der = key.pkcs8()
    d = ctx.doc("%s/config/%s-signing.properties" % (base, name))
    d.close("# %s request signing\nsigning.alg=%s\nsigning.key.id=%s\nsigning.key=%s\nsigning.cert.sha256=%s\n"
            % (name, "RS256" if key.kind == "rsa" else "ES256", ctx.v.hex(12),
               d.S(base64.b64encode(der).decode(), "private-key-der-b64", "b64der"),
               d.N(ctx.v.sha256(), "fingerprint")))


def kw_literal(ctx, base, name):
    key = new_key(ctx)
    lang = ctx.r.choice(["py", "go", "java", "cs"])
    pemtxt = pem_of(ctx, key)
    d = ctx.doc("%s/src/%s_signer.%s" % (base, name, lang))
    m = d.S(pemtxt, "private-key-literal", "pem")
    if lang == "py":
        t = 'import jwt\n\nPRIVATE_KEY = """%s\n"""\n\n\ndef sign(claims):\n    return jwt.encode(claims, PRIVATE_KEY, algorithm="RS256")\n' % m
    elif lang == "go":
        t = 'package signer\n\n// TODO move to vault\nconst privateKeyPEM = `%s\n`\n' % m
    elif lang == "java":
        t = 'package com.%s.signer;\n\npublic final class Keys {\n    static final String PRIVATE_KEY = """\n%s\n        """;\n}\n' % (ctx.t.replace("-", ""), m)
    else:
        t = 'namespace Signer\n{\n    public static class Keys\n    {\n        public const string PrivateKey = @"%s";\n    }\n}\n' % m
    d.close(t)


def kw_heredoc(ctx, base, name):
    key = new_key(ctx)
    style = ctx.r.choice(["tf", "sh"])
    body = pem_of(ctx, key).split("\n")
    if style == "tf":
        d = ctx.doc("%s/infra/%s.tf" % (base, name))
        rg = d.R("secret", "private-key-heredoc")
        rg.A(body[1])
        d.close('resource "vault_generic_secret" "%s" {\n  path = "secret/%s"\n  data_json = jsonencode({\n'
                '    %sprivate_key = <<-EOT\n%s\n    EOT%s\n  })\n}\n' % (name, name, rg.b, "\n".join(body), rg.e))
    else:
        d = ctx.doc("%s/bootstrap/install-%s-key.sh" % (base, name))
        rg = d.R("secret", "private-key-heredoc")
        rg.A(body[1])
        d.close("#!/bin/sh\nset -eu\ninstall -d -m 700 /etc/%s\n%scat > /etc/%s/client.key <<'EOF'\n%s\nEOF%s\nchmod 600 /etc/%s/client.key\n"
                % (name, rg.b, name, "\n".join(body), rg.e, name))


def kw_b64_env(ctx, base, name):
    key = new_key(ctx)
    d = ctx.doc("%s/deploy/%s.env" % (base, name))
    d.close("%s_ISSUER=https://%s/\n%s_PRIVATE_KEY_B64=%s\n%s_PUBLIC_KEY_B64=%s\n"
            % (name.upper(), ctx.domain, name.upper(), d.S(b64(pem_of(ctx, key) + "\n"), "private-key-b64-env", "b64pem"),
               name.upper(), d.N(b64(key.pem_public() + "\n"), "public-key-b64")))


def kw_pem(ctx, base, name):
    key = new_key(ctx)
    d = ctx.doc("%s/pki/%s.key" % (base, name))
    d.close(d.S(pem_of(ctx, key), "private-key-pem", "pem") + "\n")
    if ctx.r.random() < 0.7:
        c = ctx.doc("%s/pki/%s.crt" % (base, name))
        c.close(c.N(ekeys.certificate(key, "%s.%s" % (name, ctx.domain), ctx.org, ca(ctx), ctx.r), "certificate") + "\n")


def kw_sa_json(ctx, base, name):
    key = ekeys.RSAKey(ctx.r, 2048)
    d = ctx.doc("%s/config/%s-sa.json" % (base, name))
    esc = key.pem_pkcs8().replace("\n", "\\n") + "\\n"
    proj = "%s-%s" % (ctx.t.split("-")[0], ctx.v.digits(6))
    d.close('{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n'
            '  "client_email": "%s@%s.iam.gserviceaccount.com",\n  "client_id": "%s",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n'
            % (proj, ctx.v.hex(40), d.S(esc, "private-key-sa-json", "pem"), name, proj, ctx.v.digits(21)))


def kw_ansible(ctx, base, name):
    key = new_key(ctx, ctx.r.choice(["ed", "rsa"]))
    body = ekeys.openssh_private(key, "deploy@" + ctx.domain, ctx.r).split("\n")
    d = ctx.doc("%s/ansible/group_vars/%s.yml" % (base, name))
    rg = d.R("secret", "private-key-yaml-block")
    rg.A(body[1].strip())
    d.close("---\ndeploy_user: deploy\ndeploy_become_pass: \"{{ vault_deploy_become_pass }}\"\n%sdeploy_ssh_key: |\n%s%s\n"
            "deploy_known_hosts: \"{{ lookup('file', 'known_hosts') }}\"\n" % (rg.b, indent("\n".join(body), 2), rg.e))


KEY_WRAPPERS = [kw_openssh, kw_tls_secret, kw_yaml_block, kw_json_escaped, kw_jwk, kw_der_props, kw_literal,
                kw_heredoc, kw_b64_env, kw_pem, kw_sa_json, kw_ansible]


# ------------------------------------------------------------------ legacy ops files (generic credentials)
def legacy_files(ctx, base):
    v, r = ctx.v, ctx.r
    db = r.choice(["postgres", "mysql", "mssql"])
    out = []

    def f_pgpass(d):
        return ".pgpass", "\n".join("%s.%s:5432:%s:%s:%s" % (h, ctx.domain, n, u, d.S(ctx.pw(), "pgpass-password"))
                                    for h, n, u in [("db1", "ops", "ops_rw"), ("replica", "*", "report")]) + "\n"

    def f_odbc(d):
        return "odbc.ini", "[%s]\nDriver=FreeTDS\nServer=sql01.%s\nPort=1433\nDatabase=ops\nUID=svc_ops\nPassword=%s\n" % (
            ctx.t, ctx.domain, d.S(ctx.pw("strong"), "odbc-password"))

    def f_msmtp(d):
        return ".msmtprc", "account default\nhost smtp.%s\nport 587\nauth on\ntls on\nuser alerts@%s\npassword %s\n" % (
            ctx.domain, ctx.domain, d.S(ctx.pw(), "smtp-password"))

    def f_s3cfg(d):
        return ".s3cfg", "[default]\naccess_key = %s\nhost_base = s3.%s\nsecret_key = %s\nuse_https = True\n" % (
            "AKIA" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), ctx.domain, d.S(v.s(AWS_SECRET_ALPHA, 40), "s3-secret-key"))

    def f_flyway(d):
        return "flyway.conf", "flyway.url=jdbc:postgresql://db1.%s:5432/ops\nflyway.user=flyway\nflyway.password=%s\nflyway.locations=filesystem:sql\n" % (
            ctx.domain, d.S(ctx.pw(), "flyway-password"))

    def f_chap(d):
        return "chap-secrets", "# client\tserver\tsecret\t\tIP addresses\n%s\t*\t%s\t*\n" % (ctx.user(), d.S(ctx.pw("word"), "ppp-chap-secret"))

    def f_wpa(d):
        return "wpa_supplicant.conf", 'ctrl_interface=/var/run/wpa_supplicant\nnetwork={\n    ssid="%s-ops"\n    psk="%s"\n    key_mgmt=WPA-PSK\n}\n' % (
            ctx.t.split("-")[0].upper(), d.S(ctx.pw("word"), "wifi-psk"))

    def f_ldap(d):
        return "ldap.conf", "URI ldaps://ldap.%s\nBASE dc=%s\nBINDDN cn=svc-%s,ou=svc,dc=%s\nBINDPW %s\n" % (
            ctx.domain, ctx.domain.split(".")[0], ctx.t, ctx.domain.split(".")[0], d.S(ctx.pw("strong"), "ldap-bind-password"))

    def f_cron(d):
        p = ctx.pw()
        return "crontab", "MAILTO=ops@%s\n15 2 * * * mysqldump -u backup -p'%s' --all-databases | gzip > /srv/backup/db.sql.gz\n" % (
            ctx.domain, d.S(p, "cli-password"))

    def f_compose(d):
        return "docker-compose.legacy.yml", "services:\n  db:\n    image: %s\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: %s\n  cache:\n    image: redis:6\n    command: redis-server --requirepass %s\n" % (
            "postgres:13", d.S(ctx.pw(), "compose-password"), d.S(ctx.pw("strong"), "redis-password"))

    def f_npmrc(d):
        u, p = ctx.user(), ctx.pw()
        return ".npmrc", "registry=https://npm.%s/\n//npm.%s/:_auth=%s\nalways-auth=true\n" % (
            ctx.domain, ctx.domain, d.S(b64("%s:%s" % (u, p)), "npmrc-auth", "basic"))

    def f_settings(d):
        return "settings.xml", "<settings>\n  <servers>\n    <server>\n      <id>internal</id>\n      <username>deployer</username>\n      <password>%s</password>\n    </server>\n    <server>\n      <id>mirror</id>\n      <username>ci</username>\n      <password>%s</password>\n    </server>\n  </servers>\n</settings>\n" % (
            d.S(ctx.pw(), "maven-password"), d.N("{" + v.b64(32) + "}", "maven-encrypted"))

    def f_snmpd(d):
        return "snmpd.conf", "createUser opsmon SHA %s AES %s\nrouser opsmon priv\nrocommunity %s 10.0.0.0/8\n" % (
            d.S(ctx.pw("strong"), "snmpv3-auth-pass"), "$(cat /etc/snmp/privpass)", "public")

    def f_hibernate(d):
        return "hibernate.cfg.xml", '<hibernate-configuration>\n <session-factory>\n  <property name="connection.url">jdbc:%s://db1.%s/ops</property>\n  <property name="connection.username">ops</property>\n  <property name="connection.password">%s</property>\n </session-factory>\n</hibernate-configuration>\n' % (
            db if db != "mssql" else "sqlserver", ctx.domain, d.S(ctx.pw(), "hibernate-password"))

    def f_gitcred(d):
        return ".git-credentials", "https://%s:%s@git.%s\n" % (ctx.user(), d.S(ctx.pw(), "git-credentials-password"), ctx.domain)

    def f_fetchmail(d):
        return ".fetchmailrc", 'poll imap.%s protocol IMAP\n  user "reports@%s" there with password "%s" is reports here\n  ssl\n' % (
            ctx.domain, ctx.domain, d.S(ctx.pw(), "imap-password"))

    def f_nut(d):
        return "upsd.users", "[monuser]\n  password = %s\n  upsmon primary\n" % d.S(ctx.pw("word"), "ups-password")

    def f_rsyncd(d):
        return "rsyncd.secrets", "backup:%s\n" % d.S(ctx.pw("strong"), "rsync-secret")

    fs = [f_pgpass, f_odbc, f_msmtp, f_s3cfg, f_flyway, f_chap, f_wpa, f_ldap, f_cron, f_compose, f_npmrc, f_settings,
          f_snmpd, f_hibernate, f_gitcred, f_fetchmail, f_nut, f_rsyncd]
    r.shuffle(fs)
    return fs[:r.randint(2, 3)]


def write_legacy(ctx, base):
    funcs = legacy_files(ctx, base)
    for f in funcs:
        # peek at the file name by running the function against a throwaway doc
        tmp = _Probe()
        name, _ = f(tmp)
        d = ctx.doc("%s/legacy/%s" % (base, name))
        ctx.v.used -= tmp.vals
        name2, text = f(d)
        d.close(text)


class _Probe:
    def __init__(self):
        self.vals = set()

    def S(self, v, c, k=None):
        return "x"

    def N(self, v, c, k=None):
        return "x"


# ------------------------------------------------------------------ the layer
AWS_SECRET_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
PAIRS = ["aws", "twilio", "algolia", "azure-storage", "alibaba", "cloudinary"]


def pair_lines(ctx, d, syntax_kv):
    kind = ctx.r.choice(PAIRS)
    v = ctx.v
    rg = d.R("secret", kind + "-keypair")
    if kind == "aws":
        a = ("AWS_ACCESS_KEY_ID", rg.A("AKIA" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), ident=True))
        b = ("AWS_SECRET_ACCESS_KEY", rg.A(v.s(AWS_SECRET_ALPHA, 40)))
    elif kind == "twilio":
        a = ("TWILIO_ACCOUNT_SID", rg.A("AC" + v.hex(32), ident=True))
        b = ("TWILIO_AUTH_TOKEN", rg.A(v.hex(32)))
    elif kind == "algolia":
        a = ("ALGOLIA_APP_ID", rg.A(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), ident=True))
        b = ("ALGOLIA_ADMIN_KEY", rg.A(v.hex(32)))
    elif kind == "azure-storage":
        a = ("AZURE_STORAGE_ACCOUNT", rg.A("st" + v.s("abcdefghijklmnopqrstuvwxyz0123456789", 12), ident=True))
        b = ("AZURE_STORAGE_KEY", rg.A(v.b64(64)))
    elif kind == "alibaba":
        a = ("ALIBABA_CLOUD_ACCESS_KEY_ID", rg.A("LTAI" + v.an(20), ident=True))
        b = ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", rg.A(v.an(30)))
    else:
        a = ("CLOUDINARY_API_KEY", rg.A(v.digits(15), ident=True))
        b = ("CLOUDINARY_API_SECRET", rg.A(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 27)))
    return rg, a, b


def integrations(ctx, base, name="integrations", n=(9, 11), avoid=None):
    r = ctx.r
    syntax = r.choice([s for s in SYNTAXES if s != avoid])
    cats = [c for c, _, _ in PROVIDERS if c != "age-secret-key"]
    r.shuffle(cats)
    chosen = cats[:r.randint(*n)]
    d = ctx.doc("%s/config/%s%s" % (base, name, EXT[syntax]), crlf=syntax in ("ps1", "ini") and r.random() < 0.5)
    pairs = [(ctx.envname(c), ctx.tok(d, c)) for c in chosen]
    rg, a, b = pair_lines(ctx, d, syntax)
    # region markers wrap the two pair lines
    pairs.insert(r.randrange(len(pairs)), (a[0], rg.b + a[1]))
    idx = [i for i, p in enumerate(pairs) if p[0] == a[0]][0]
    pairs.insert(idx + 1, (b[0], b[1] + rg.e))
    d.close(render_kv(syntax, pairs, name, "third-party services for %s (%s)" % (ctx.org, ctx.t)))
    # .example counterpart
    e = ctx.doc("%s/config/%s%s.example" % (base, name, EXT[syntax]))
    ep = []
    for k in [ctx.envname(c) for c in chosen] + [a[0], b[0]]:
        roll = r.random()
        if roll < 0.4:
            ep.append((k, e.N(r.choice(PLACEHOLDERS), "placeholder")))
        elif roll < 0.75:
            ref = r.choice(["${%s}" % k, "${{ secrets.%s }}" % k, "{{ .Env.%s }}" % k, "%%(%s)s" % k.lower(),
                            "vault:secret/data/%s#%s" % (ctx.t, k.lower()), "op://%s/%s/credential" % (ctx.t, k.lower())])
            ep.append((k, e.N(ref, "env-reference")))
        else:
            ep.append((k, ""))
    e.close(render_kv(syntax, ep, name, "copy to %s and fill in" % name))
    return syntax


def manifest(ctx, base):
    r, v = ctx.r, ctx.v
    style = r.choice(["k8s", "gha", "tf"])
    if style == "k8s":
        d = ctx.doc("%s/deploy/deployment.yaml" % base)
        app = ctx.t
        d.close(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  annotations:\n    checksum/config: %s\n"
            "    vault.hashicorp.com/agent-inject-secret-db: %s\nspec:\n  template:\n    spec:\n      containers:\n"
            "        - name: %s\n          image: %s\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n"
            "                secretKeyRef: {name: %s-db, key: password}\n            - name: API_TOKEN\n              value: %s\n"
            "            - name: BUILD_SHA\n              value: %s\n            - name: TENANT_ID\n              value: %s\n"
            % (app, d.N(v.sha256(), "digest"), d.N('"secret/data/%s/db"' % app, "vault-reference"), app,
               d.N("registry.%s/%s@%s" % (ctx.domain, app, v.digest()), "image-digest"), app,
               d.N('"$(API_TOKEN_FROM_CSI)"', "env-reference"), d.N(v.gitsha(), "git-sha"), d.N(v.uuid(), "uuid")))
    elif style == "gha":
        d = ctx.doc("%s/.github/workflows/deploy.yml" % base)
        d.close(
            "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@%s # v4\n      - uses: docker/login-action@%s\n        with:\n          username: ci\n"
            "          password: %s\n      - run: ./deploy.sh\n        env:\n          API_TOKEN: %s\n          IMAGE_DIGEST: %s\n"
            "          SUBSCRIPTION_ID: %s\n"
            % (d.N(v.gitsha(), "git-sha"), d.N(v.gitsha(), "git-sha"), d.N("${{ secrets.REGISTRY_PASSWORD }}", "ci-reference"),
               d.N("${{ secrets.API_TOKEN }}", "ci-reference"), d.N(v.digest(), "image-digest"), d.N(v.uuid(), "uuid")))
    else:
        d = ctx.doc("%s/infra/main.tf" % base)
        d.close(
            'data "aws_secretsmanager_secret_version" "db" {\n  secret_id = %s\n}\n\nresource "aws_db_instance" "ops" {\n'
            '  username   = "ops"\n  password   = %s\n  kms_key_id = %s\n}\n\nresource "aws_lambda_function" "hook" {\n'
            '  source_code_hash = %s\n  environment {\n    variables = { TOKEN = %s }\n  }\n}\n'
            % (d.N('"arn:aws:secretsmanager:eu-west-1:%s:secret:%s/db-%s"' % (v.digits(12), ctx.t, v.an(6)), "resource-id"),
               d.N("data.aws_secretsmanager_secret_version.db.secret_string", "secret-reference"),
               d.N('"arn:aws:kms:eu-west-1:%s:key/%s"' % (v.digits(12), v.uuid()), "resource-id"),
               d.N('"%s"' % v.b64(32), "digest"), d.N("var.hook_token", "secret-reference")))


def startup_log(ctx, base):
    v = ctx.v
    d = ctx.doc("%s/logs/startup.log" % base)
    pw = ctx.pw()
    L = ["2025-04-02T06:00:01Z INFO  booting %s" % ctx.t,
         "2025-04-02T06:00:01Z INFO  config DATABASE_URL=%s" % d.N("postgres://app:****@db1.%s:5432/app" % ctx.domain, "masked"),
         "2025-04-02T06:00:01Z INFO  config STRIPE_SECRET_KEY=%s" % d.N("sk_live_" + "*" * 20 + v.an(4), "masked"),
         "2025-04-02T06:00:02Z INFO  config SLACK_BOT_TOKEN=%s" % d.N("xoxb-***-***-" + "*" * 12, "masked"),
         "2025-04-02T06:00:02Z INFO  config SMTP_PASSWORD=%s" % d.N(v.r.choice(["[REDACTED]", "<hidden>", "********"]), "masked"),
         "2025-04-02T06:00:02Z DEBUG request id=%s" % d.N(v.uuid(), "uuid"),
         "2025-04-02T06:00:03Z WARN  legacy connector logged its DSN: mysql://report:%s@db2.%s/report" % (d.S(pw, "log-leaked-password"), ctx.domain),
         "2025-04-02T06:00:03Z INFO  build %s" % d.N(v.gitsha(), "git-sha"),
         "2025-04-02T06:00:04Z INFO  listening on :8080"]
    d.close("\n".join(L) + "\n")


def fixtures(ctx, base):
    v, r = ctx.v, ctx.r
    style = r.choice(["pytest", "jest", "go"])
    items = [("ghp_", "bad-checksum-token"), ("npm_", "bad-checksum-token"), ("gho_", "bad-checksum-token")]
    bad = [(v.gh(p, valid=False), c) for p, c in items]
    docs = [("AKIAIOSFODNN7EXAMPLE", "documented-example"), ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "documented-example"),
            ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "documented-example"),
            ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "documented-example")]
    ext = {"pytest": "test_redaction.py", "jest": "redaction.test.js", "go": "redaction_test.go"}[style]
    d = ctx.doc("%s/tests/%s" % (base, ext))
    ms = [(d.N(t, c, "gh-bad"), c) for t, c in bad] + [(d.N(t, c), c) for t, c in docs]
    if style == "pytest":
        body = "import pytest\nfrom app.redact import redact\n\nCASES = [\n" + "".join("    \"%s\",\n" % m for m, _ in ms) + \
               "]\n\n\n@pytest.mark.parametrize(\"s\", CASES)\ndef test_redacts(s):\n    assert s not in redact(s)\n"
    elif style == "jest":
        body = "const { redact } = require('../src/redact');\n\nconst cases = [\n" + "".join("  '%s',\n" % m for m, _ in ms) + \
               "];\n\ntest.each(cases)('redacts %s', (s) => {\n  expect(redact(s)).not.toContain(s);\n});\n"
    else:
        body = "package redact\n\nimport \"testing\"\n\n// checksum-invalid and documented example values only\nvar cases = []string{\n" + \
               "".join("\t\"%s\",\n" % m for m, _ in ms) + "}\n\nfunc TestRedact(t *testing.T) {\n\tfor _, c := range cases {\n\t\t_ = Redact(c)\n\t}\n}\n"
    d.close(body)


def inventory(ctx, base):
    v = ctx.v
    d = ctx.doc("%s/docs/ids.csv" % base)
    rows = ["system,identifier,kind"]
    rows.append("google-oauth,%s,client id" % d.N("%s-%s.apps.googleusercontent.com" % (v.digits(12), v.s("abcdefghijklmnopqrstuvwxyz0123456789", 32)), "oauth-client-id"))
    rows.append("stripe,%s,publishable key" % d.N("pk_live_" + v.an(99), "publishable-key"))
    rows.append("sentry,%s,dsn" % d.N("https://%s@o%s.ingest.sentry.io/%s" % (v.hex(32), v.digits(6), v.digits(7)), "sentry-dsn"))
    rows.append("azure,%s,tenant" % d.N(v.uuid(), "uuid"))
    rows.append("aws,%s,role" % d.N("arn:aws:iam::%s:role/%s-deploy" % (v.digits(12), ctx.t), "resource-id"))
    rows.append("release,%s,commit" % d.N(v.gitsha(), "git-sha"))
    rows.append("cdn,%s,sri" % d.N(v.sri(), "sri"))
    d.close("\n".join(rows) + "\n")


def hashes(ctx, base):
    v = ctx.v
    style = ctx.r.choice(["htpasswd", "shadow", "users.json"])
    if style == "htpasswd":
        d = ctx.doc("%s/legacy/.htpasswd" % base)
        d.close("\n".join("%s:%s" % (ctx.user(i), d.N(v.bcrypt(), "password-hash")) for i in range(3)) + "\n")
    elif style == "shadow":
        d = ctx.doc("%s/legacy/shadow.bak" % base)
        d.close("root:%s:19800:0:99999:7:::\n%s:%s:19850:0:99999:7:::\nnobody:*:19000:0:99999:7:::\n"
                % (d.N(v.sha512crypt(), "password-hash"), ctx.user(1), d.N(v.sha512crypt(), "password-hash")))
    else:
        d = ctx.doc("%s/legacy/users.json" % base)
        d.close("[\n" + ",\n".join('  {"user": "%s", "hash": "%s"}' % (ctx.user(i), d.N(v.argon2(), "password-hash")) for i in range(3)) + "\n]\n")


def i18n(ctx, base):
    r = ctx.r
    langs = r.sample(sorted(I18N), 3)
    style = r.choice(["json", "po", "properties", "strings"])
    for lang in langs[:2]:
        w = I18N[lang]
        if style == "json":
            d = ctx.doc("%s/locales/%s.json" % (base, lang))
            d.close('{\n  "login.title": "%s",\n  "login.password": "%s",\n  "login.submit": "OK"\n}\n' % (ctx.org, d.N(w, "i18n-password")))
        elif style == "po":
            d = ctx.doc("%s/locales/%s/messages.po" % (base, lang))
            d.close('msgid ""\nmsgstr ""\n"Language: %s\\n"\n\nmsgid "Password"\nmsgstr "%s"\n' % (lang, d.N(w, "i18n-password")))
        elif style == "properties":
            d = ctx.doc("%s/i18n/messages_%s.properties" % (base, lang))
            d.close("login.user=User\nlogin.password=%s\n" % d.N(w, "i18n-password"))
        else:
            d = ctx.doc("%s/%s.lproj/Localizable.strings" % (base, lang))
            d.close('"password_label" = "%s";\n' % d.N(w, "i18n-password"))


def prose_bits(ctx, d):
    """Returns (token marker text, password marker) for prose."""
    cat = ctx.r.choice(PROSE_TOKEN_CATS)
    return ctx.tok(d, cat), d.S(ctx.pw(), "prose-password"), cat


def handover(ctx, base, svc):
    r = ctx.r
    fmt = r.choice(["email", "wiki", "notes"])
    if fmt == "email":
        d = ctx.doc("%s/handover/handover-%s.eml" % (base, ctx.user(2)), prose=True)
        tok, pw, cat = prose_bits(ctx, d)
        d.close(email(ctx, "Handover: %s" % svc, [
            "Hi %s," % ctx.person(1).split()[0], "", "I'm off from Friday, so here is what you need for %s." % svc, "",
            "The admin console login is admin / %s (shared, please rotate after the cut-over)." % pw,
            "The automation uses this token: %s" % tok,
            "Everything else is in the vault under %s/%s." % (ctx.t, svc), "", "Thanks!"], 2, 1))
    elif fmt == "wiki":
        d = ctx.doc("%s/handover/%s" % (base, svc), prose=True)
        tok, pw, cat = prose_bits(ctx, d)
        ext, text = wiki(ctx, "%s hand-over" % svc, [
            ("p", "Owner moves to %s on the 1st. Outstanding items below." % ctx.person(3)),
            ("p", "Service login for the appliance: svc_%s, password %s" % (svc.replace("-", "_"), pw)),
            ("code", ["export %s=%s" % (ctx.envname(cat), tok), "./sync.sh --full"]),
            ("p", "Rotation is tracked in the change calendar.")])
        d.path += ext
        d.close(text)
    else:
        d = ctx.doc("%s/handover/notes-%s.txt" % (base, svc), prose=True)
        tok, pw, cat = prose_bits(ctx, d)
        d.close("Meeting notes %s\n\n- %s walks %s through %s\n- creds: user ops, pw %s\n- API token (do not paste in Jira): %s\n- next: move both into the vault\n"
                % (ctx.ts(), ctx.person(0), ctx.person(4), svc, pw, tok))


def chatlog(ctx, base):
    r = ctx.r
    fmt = r.choice(["slack", "teams", "irc", "mattermost", "discord-csv", "matrix"])
    d = ctx.doc("%s/exports/chat-ops%s" % (base, chat_ext(fmt)), prose=True)
    tok, pw, cat = prose_bits(ctx, d)
    cat2 = r.choice([c for c in PROSE_TOKEN_CATS if c != cat])
    pw2 = ctx.pw("word")
    msgs = [(0, "anyone have the staging db creds?"), (1, "user is ops_ro, password is %s" % pw),
            (0, "thx. and the %s token for the deploy bot?" % cat.split("-")[0]),
            (1, "%s (scoped to the ops repo)" % tok), (2, "please don't paste secrets here :("),
            (1, "fine, I'll rotate the db one"), (2, "fwiw the old %s key in the wiki still works: %s" % (cat2.split("-")[0], ctx.tok(d, cat2))), (0, "the vault path is secret/%s/staging" % ctx.t),
            (3, "wifi in the new office is %s-Guest / %s" % (ctx.org.split()[0], d.S(pw2, "prose-wifi-psk")))]
    d.close(chat(ctx, d, msgs, fmt))


def shell_history(ctx, base):
    r, v = ctx.r, ctx.v
    fmt = r.choice(["bash", "zsh", "fish", "ps"])
    name, _, _ = history(ctx, ["x"], fmt)
    d = ctx.doc("%s/home/%s/%s" % (base, ctx.user(3), name), prose=True, crlf=(fmt == "ps"))
    tok, pw, cat = prose_bits(ctx, d)
    cat2 = r.choice([c for c in PROSE_TOKEN_CATS if c != cat])
    pw2 = ctx.pw("strong")
    if fmt == "ps":
        cmds = ["Get-Service | Where Status -eq Running", "$pw = ConvertTo-SecureString '%s' -AsPlainText -Force" % pw,
                "$env:%s = '%s'" % (ctx.envname(cat), tok), "Invoke-Sqlcmd -ServerInstance sql01 -Username sa -Password '%s' -Query 'select 1'" % d.S(pw2, "cli-password"),
                "Get-Content $env:USERPROFILE\\notes.txt", "$env:%s = '%s'" % (ctx.envname(cat2), ctx.tok(d, cat2)), "exit"]
    else:
        cmds = ["cd /srv/%s" % ctx.t, "export %s=%s" % (ctx.envname(cat), tok), "psql \"postgresql://ops:%s@db1.%s/ops\" -c '\\dt'" % (pw, ctx.domain),
                "mysql -h db2.%s -u report -p%s report" % (ctx.domain, d.S(pw2, "cli-password")), "export DB_PASSWORD=$(vault kv get -field=password secret/%s/db)" % ctx.t,
                "curl -H \"Authorization: Bearer %s\" https://api.%s/v1/ping" % (ctx.tok(d, cat2), ctx.domain), "history | tail", "exit"]
    _, text, _ = history(ctx, cmds, fmt)
    d.close(text)


def ops_ticket(ctx, base, svc):
    r = ctx.r
    d = ctx.doc("%s/tickets/%s-access" % (base, svc), prose=True)
    cat = r.choice(PROSE_TOKEN_CATS)
    ext, text = ticket(ctx, "%s-%d" % (svc.upper()[:4], r.randint(100, 9999)), "Access problems after %s migration" % svc, [
        (0, "Since the migration I can't log in. My password is %s, please check the account." % d.S(ctx.pw("word"), "end-user-password")),
        (1, "Your account was locked. Also found this token in the old cron job, revoked it: %s" % ctx.tok(d, cat)),
        (2, "Vault reference for the new one: %s" % d.N("vault kv get secret/%s/%s" % (ctx.t, svc), "vault-reference"))])
    d.path += ext
    d.close(text)


def node_configs(ctx, base, svc):
    r, v = ctx.r, ctx.v
    hosts = ["%s-%s%02d" % (svc, r.choice(["app", "db", "edge", "gw", "mon"]), i) for i in range(1, r.randint(3, 5) + 1)]
    for h in hosts:
        kind = r.choice(["zabbix", "telegraf", "datadog", "restic", "nodeexp", "keepalived"])
        if kind == "zabbix":
            d = ctx.doc("%s/hosts/%s/zabbix_agent2.psk" % (base, h))
            d.close(d.S(v.hex(64), "zabbix-psk") + "\n")
        elif kind == "telegraf":
            d = ctx.doc("%s/hosts/%s/telegraf.conf" % (base, h))
            d.close('[[outputs.influxdb_v2]]\n  urls = ["https://influx.%s"]\n  token = "%s"\n  organization = "ops"\n  bucket = "%s"\n'
                    % (ctx.domain, d.S(v.b64(64).replace("+", "-").replace("/", "_"), "influxdb-token"), h))
        elif kind == "datadog":
            d = ctx.doc("%s/hosts/%s/datadog.yaml" % (base, h))
            d.close("api_key: %s\nsite: datadoghq.eu\nhostname: %s\nlogs_enabled: true\n" % (d.S(v.hex(32), "datadog-api-key"), h))
        elif kind == "restic":
            d = ctx.doc("%s/hosts/%s/restic.env" % (base, h))
            d.close("RESTIC_REPOSITORY=s3:https://s3.%s/backups/%s\nRESTIC_PASSWORD=%s\n" % (ctx.domain, h, d.S(ctx.pw("strong"), "restic-password")))
        elif kind == "nodeexp":
            d = ctx.doc("%s/hosts/%s/web-config.yml" % (base, h))
            d.close("basic_auth_users:\n  prometheus: %s\n" % d.N(v.bcrypt(), "password-hash"))
        else:
            d = ctx.doc("%s/hosts/%s/keepalived.conf" % (base, h))
            d.close("vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    authentication {\n        auth_type PASS\n        auth_pass %s\n    }\n}\n"
                    % d.S(v.an(8), "vrrp-auth-pass"))


def second_layer(ctx, base, svc):
    syn = integrations(ctx, base)
    integrations(ctx, base, ctx.r.choice(["ci_secrets", "automation", "notifier", "sync_jobs"]), (6, 7), syn)
    manifest(ctx, base)
    wr = list(KEY_WRAPPERS)
    ctx.r.shuffle(wr)
    for i, f in enumerate(wr[:ctx.r.randint(8, 9)]):
        f(ctx, base, "%s%d" % (svc.split("-")[0], i + 1))
    write_legacy(ctx, base)
    startup_log(ctx, base)
    fixtures(ctx, base)
    if ctx.r.random() < 0.6:
        inventory(ctx, base)
    hashes(ctx, base)
    i18n(ctx, base)
    handover(ctx, base, svc)
    chatlog(ctx, base)
    shell_history(ctx, base)
    ops_ticket(ctx, base, svc)
    node_configs(ctx, base, svc)
