"""Common files, integration code, stack files and key wrappings (thirty-eighth corpus)."""
import base64
import json

import prov38 as P
from core38 import ALNUM, B64URL, LOWER_ALNUM, UPPER_ALNUM, b64, b64u, rbytes, rhex, rs, ruuid


def app_env(c):
    d = c.D("app/.env")
    pw = c.pw(uri=True)
    mail = c.r.choice([("SENDGRID_API_KEY", P.sendgrid), ("MAILGUN_API_KEY", P.mailgun)])
    ex = P.DOC_EXAMPLES[c.r.choice([4, 5])]
    d.text = c.jit("hash") + ("APP_ENV=production\nDATABASE_URL=%s\n%s=%s\nSESSION_SECRET=%s\nCAPTCHA_SECRET=%s\nREDIS_URL=%s\n") % (
        d.s("postgresql://%s_app:%s@db.%s:5432/%s" % (c.slug, pw, c.dom, c.slug), "postgres-uri", secret_part=pw),
        mail[0], d.s(c.f(mail[1]), mail[0].lower().replace("_", "-")), d.s(c.f(P.session_secret), "session-secret"),
        d.neg(ex[1], ex[0], cite=ex[2]), d.neg("${REDIS_URL}", "env-reference"))
    return [d]


def compose(c):
    d = c.D("deploy/compose.yaml")
    dig = "sha256:" + rhex(c.r, 64)
    d.text = c.jit("hash") + ("services:\n  db:\n    image: postgres:16@%s\n    environment:\n      POSTGRES_USER: %s\n"
                              "      POSTGRES_PASSWORD: \"%s\"\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n"
                              "  cache:\n    image: redis:7\n    command: [\"redis-server\", \"--requirepass\", \"%s\"]\nvolumes:\n  pgdata: {}\n") % (
        d.neg(dig, "image-digest"), c.slug, d.s(c.pw(), "postgres-password"), d.s(c.pw("strong"), "redis-password"))
    return [d]


def ci(c, kind):
    if kind == "github":
        d = c.D(".github/workflows/deploy.yml")
        d.text = c.jit("hash") + ("name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
                                  "      - uses: actions/checkout@%s\n      - run: ./deploy.sh\n        env:\n"
                                  "          DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}\n      - name: notify\n"
                                  "        run: curl -X POST -d '{\"text\":\"deployed\"}' %s\n") % (
            d.neg(rhex(c.r, 40), "action-pin-sha"), d.s(c.f(P.slack_webhook), "slack-webhook"))
    elif kind == "gitlab":
        d = c.D(".gitlab-ci.yml")
        d.text = c.jit("hash") + ("deploy:\n  stage: deploy\n  variables:\n    DEPLOY_TOKEN: \"%s\"\n  script:\n"
                                  "    - docker login -u gitlab-ci-token -p %s $CI_REGISTRY\n    - ./deploy.sh\n") % (
            d.s(c.f(lambda r: "gldt-" + rs(r, ALNUM + "_-", 20)), "gitlab-deploy-token"), d.neg("$CI_JOB_TOKEN", "env-reference"))
    elif kind == "bitbucket":
        d = c.D("bitbucket-pipelines.yml")
        d.text = c.jit("hash") + ("pipelines:\n  default:\n    - step:\n        script:\n"
                                  "          - echo \"//registry.npmjs.org/:_authToken=%s\" > .npmrc\n"
                                  "          - npm publish\n          - curl -u ci:%s https://api.bitbucket.org/2.0/user\n") % (
            d.s(c.f(P.npm), "npm-token"), d.neg("$BB_APP_PASSWORD", "env-reference"))
    else:
        d = c.D("azure-pipelines.yml")
        d.text = c.jit("hash") + ("trigger: [main]\npool:\n  vmImage: ubuntu-latest\nvariables:\n  GH_TOKEN: '%s'\nsteps:\n"
                                  "  - script: ./upload.sh --sas \"%s\"\n") % (
            d.s(c.f(P.github_pat), "github-fine-grained-pat"), d.neg("$(STORAGE_SAS)", "ci-secret-reference"))
    return [d]


def aws_credentials(c):
    d = c.D("ops/aws/credentials", jit="ini")
    kid, sec = P.aws_pair(c.r)
    c.reg.add(sec)
    d.text = ("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = ap-south-1\n\n"
              "[docs-sample]\naws_access_key_id = %s\n\n[sso]\ncredential_process = %s\n") % (
        d.pid(kid, "aws"), d.s(sec, "aws-secret-access-key", pair="aws"),
        d.neg("AKIAIOSFODNN7EXAMPLE", "aws-docs-example-key-id", cite=P.DOC_EXAMPLES[0][2]),
        d.neg("aws-vault export --format=json %s" % c.slug, "credential-process"))
    return [d]


# ---------------------------------------------------------------- integration code, 10 languages
def code(c, lang, n):
    tok_maker = c.r.choice(P.PROSE_TOKENS)
    name = "%s_TOKEN" % tok_maker[0].upper().replace(" ", "_")
    tok = c.f(tok_maker[1])
    cat = tok_maker[0].lower().replace(" ", "-") + "-token"
    if lang == "python":
        d = c.D("integrations/client_%d.py" % n)
        d.text = c.jit("hash") + 'import os\n\nTOKEN = (\n    %s\n    or "%s"\n)\n' % (
            d.neg('os.environ.get("%s")' % name, "env-lookup"), d.s(tok, cat))
    elif lang == "typescript":
        d = c.D("integrations/client%d.ts" % n)
        d.text = c.jit("slash") + "export const token: string =\n  %s ??\n  '%s';\n" % (
            d.neg("process.env.%s" % name, "env-lookup"), d.s(tok, cat))
    elif lang == "go":
        d = c.D("integrations/client%d.go" % n)
        d.text = c.jit("slash") + 'package integrations\n\nimport "os"\n\nfunc Token() string {\n\tif t := %s; t != "" {\n\t\treturn t\n\t}\n\treturn "%s"\n}\n' % (
            d.neg('os.Getenv("%s")' % name, "env-lookup"), d.s(tok, cat))
    elif lang == "java":
        d = c.D("integrations/src/main/java/Client%d.java" % n)
        d.text = c.jit("slash") + 'public final class Client%d {\n    static String token() {\n        String t = %s;\n        return t != null ? t : "%s";\n    }\n}\n' % (
            n, d.neg('System.getenv("%s")' % name, "env-lookup"), d.s(tok, cat))
    elif lang == "csharp":
        d = c.D("Integrations/Client%d.cs" % n, crlf=True, bom=c.r.random() < 0.7)
        d.text = 'namespace Integrations;\n\npublic static class Client%d\n{\n    public static string Token =>\n        %s\n        ?? "%s";\n}\n' % (
            n, d.neg('Environment.GetEnvironmentVariable("%s")' % name, "env-lookup"), d.s(tok, cat))
    elif lang == "kotlin":
        d = c.D("integrations/Client%d.kt" % n)
        d.text = c.jit("slash") + 'object Client%d {\n    val token: String =\n        %s\n            ?: "%s"\n}\n' % (
            n, d.neg('System.getenv("%s")' % name, "env-lookup"), d.s(tok, cat))
    elif lang == "ruby":
        d = c.D("integrations/client_%d.rb" % n)
        d.text = c.jit("hash") + "TOKEN = %s ||\n  '%s'\n" % (d.neg("ENV['%s']" % name, "env-lookup"), d.s(tok, cat))
    elif lang == "php":
        d = c.D("integrations/client_%d.php" % n)
        d.text = "<?php\n" + c.jit("slash") + "$token = %s\n    ?: '%s';\n" % (d.neg("getenv('%s')" % name, "env-lookup"), d.s(tok, cat))
    elif lang == "rust":
        d = c.D("integrations/src/client%d.rs" % n)
        d.text = c.jit("slash") + 'pub fn token() -> String {\n    %s\n        .unwrap_or_else(|_| "%s".to_string())\n}\n' % (
            d.neg('std::env::var("%s")' % name, "env-lookup"), d.s(tok, cat))
    else:
        d = c.D("integrations/lib/client%d.ex" % n)
        d.text = c.jit("hash") + 'defmodule Integrations.Client%d do\n  def token,\n    do:\n      %s ||\n        "%s"\nend\n' % (
            n, d.neg('System.get_env("%s")' % name, "env-lookup"), d.s(tok, cat))
    return [d]


CODE_LANGS = ["python", "typescript", "go", "java", "csharp", "kotlin", "ruby", "php", "rust", "elixir"]


# ---------------------------------------------------------------- stack files, 10 kinds
def stack(c, kind):
    pw = c.pw()
    if kind == "netrc":
        d = c.D("ops/.netrc")
        d.text = "machine git.%s\n  login %s\n  password %s\n" % (c.dom, c.who(), d.s(pw, "netrc-password"))
    elif kind == "pgpass":
        d = c.D("ops/.pgpass")
        d.text = "db.%s:5432:%s:%s_report:%s\n" % (c.dom, c.slug, c.slug, d.s(pw.replace(":", "").replace("\\", ""), "pgpass-password"))
    elif kind == "k8s-secret":
        d = c.D("k8s/db-secret.yaml")
        enc = b64(pw.encode())
        d.text = c.jit("hash") + "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: %s\n  password: %s\n" % (
            b64(c.slug.encode()), d.s(enc, "k8s-secret-data", decoded=pw))
        c.reg.add(enc)
    elif kind == "docker-config":
        d = c.D("ops/docker/config.json")
        enc = b64(("%s:%s" % (c.who(), pw)).encode())
        d.text = '{\n  "auths": {\n    "registry.%s": {\n      "auth": "%s"\n    }\n  }\n}\n' % (c.dom, d.s(enc, "docker-auth", decoded=pw))
        c.reg.add(enc)
    elif kind == "git-credentials":
        d = c.D("ops/.git-credentials")
        d.text = "%s\n" % d.s("https://%s:%s@git.%s" % (c.who(), pw.replace("@", "%40").replace("#", "%23"), c.dom), "git-credentials",
                              secret_part=pw.replace("@", "%40").replace("#", "%23"))
    elif kind == "spring":
        d = c.D("services/api/application-prod.yml")
        d.text = c.jit("hash") + "spring:\n  datasource:\n    url: jdbc:postgresql://db.%s:5432/%s\n    username: api\n    password: '%s'\n  mail:\n    password: %s\n" % (
            c.dom, c.slug, d.s(pw.replace("'", ""), "spring-datasource-password"), d.neg("${MAIL_PASSWORD}", "env-reference"))
    elif kind == "sql":
        d = c.D("db/roles.sql")
        scram = "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(rbytes(c.r, 16)), b64(rbytes(c.r, 32)), b64(rbytes(c.r, 32)))
        d.text = c.jit("dash") + "CREATE ROLE report LOGIN PASSWORD '%s';\n-- copied from pg_authid on the old server\nALTER ROLE ingest PASSWORD '%s';\n" % (
            d.s(pw.replace("'", "''"), "sql-role-password"), d.neg(scram, "scram-verifier"))
    elif kind == "tfvars":
        d = c.D("terraform/prod.auto.tfvars")
        d.text = c.jit("hash") + 'db_password      = "%s"\nalert_email      = "ops@%s"\nsmtp_password    = "%s"\n' % (
            d.s(pw, "terraform-variable-password"), c.dom, d.neg("REPLACE_ME", "placeholder"))
    elif kind == "npmrc":
        d = c.D("web/.npmrc")
        d.text = "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n//npm.pkg.github.com/:_authToken=%s\n" % (
            d.s(c.f(P.npm), "npm-token"), d.neg("${GITHUB_PACKAGES_TOKEN}", "env-reference"))
    else:
        d = c.D("ops/systemd/ingest.service.d/override.conf")
        d.text = "[Service]\nEnvironment=INGEST_DB_PASSWORD=%s\nLoadCredential=mqtt-password:%s\n" % (
            d.s(pw.replace(" ", ""), "systemd-environment-password"), d.neg("/etc/credstore/%s-mqtt" % c.slug, "secret-file-reference"))
    return [d]


STACKS = ["netrc", "pgpass", "k8s-secret", "docker-config", "git-credentials", "spring", "sql", "tfvars", "npmrc", "systemd"]


# ---------------------------------------------------------------- private-key wrappings
def wrap(c, kind):
    if kind == "pkcs8-cert":
        k = c.key(c.r.choice(["ed25519", "ed25519", "p256"]))
        a = c.D("certs/%s-signing.key" % c.slug)
        a.text = a.s(k.pem_pkcs8(), "private-key", key_check="%s:pkcs8" % k.kind)
        b = c.D("certs/%s-signing.crt" % c.slug)
        b.text = b.neg(c.cert(k, "%s signing" % c.slug), "certificate", key_check="x509")
        return [a, b]
    if kind == "openssh":
        k = c.key("ed25519")
        who = "%s@%s" % (c.who(), c.slug)
        a = c.D("ops/ssh/id_ed25519_deploy")
        a.text = a.s(k.openssh_private(who, c.r.getrandbits(32)), "private-key", key_check="ed25519:openssh")
        b = c.D("ops/ssh/id_ed25519_deploy.pub")
        b.text = b.neg(k.ssh_pub(who), "ssh-public-key", key_check="openssh-pub")
        return [a, b]
    if kind == "sec1":
        k = c.key("p256")
        a = c.D("iot/device-ec.pem")
        a.text = a.s(k.pem_sec1(), "private-key", key_check="p256:sec1")
        b = c.D("iot/device-ec.pub.pem")
        b.text = b.neg(k.pem_spki(), "public-key", key_check="spki")
        return [a, b]
    if kind == "pkcs1":
        k = c.key("rsa")
        a = c.D("ops/tls/legacy-api.key")
        a.text = a.s(k.pem_pkcs1(), "private-key", key_check="rsa:pkcs1")
        b = c.D("ops/tls/legacy-api.pub")
        b.text = b.neg(k.pem_spki(), "public-key", key_check="spki")
        return [a, b]
    if kind == "jwk":
        k = c.key("p256")
        kid = rs(c.r, LOWER_ALNUM, 10)
        j = k.jwk(kid)
        a = c.D("auth/jwks.private.json")
        a.text = '{\n  "keys": [\n    {\n      "kty": "EC",\n      "crv": "P-256",\n      "kid": "%s",\n      "use": "sig",\n      "x": "%s",\n      "y": "%s",\n      "d": "%s"\n    }\n  ]\n}\n' % (
            kid, j["x"], j["y"], a.s(j["d"], "jwk-private-d", key_check="p256:jwk", jwk_x=j["x"], jwk_y=j["y"]))
        c.reg.add(j["d"])
        b = c.D("web/.well-known/jwks.json")
        b.text = '{"keys":[{"kty":"EC","crv":"P-256","kid":"%s","use":"sig",\n"x":"%s",\n"y":"%s"}]}\n' % (
            kid, b.neg(j["x"], "jwk-public-x"), j["y"])
        return [a, b]
    # one-line escaped PKCS#8 inside a JSON service credential
    k = c.key("rsa")
    kid = rhex(c.r, 40)
    esc = k.pem_pkcs8().replace("\n", "\\n") + "\\n"
    a = c.D("ops/gcp/%s-sa.json" % c.slug)
    a.text = ('{\n  "type": "service_account",\n  "project_id": "%s-prod",\n  "private_key_id": "%s",\n  "private_key": "%s",\n'
              '  "client_email": "uploader@%s-prod.iam.gserviceaccount.com",\n  "client_id": "%d"\n}\n') % (
        c.slug, a.neg(kid, "gcp-private-key-id"), a.s(esc, "private-key", key_check="rsa:pkcs8:escaped"), c.slug,
        c.r.randrange(10 ** 20, 10 ** 21))
    return [a]


WRAPS = ["pkcs8-cert", "openssh", "sec1", "pkcs1", "jwk", "gcp-json"]
