"""Common files, integration code in 12 languages, 20 stack kinds and 10 private-key wrappings."""

import base64
import json

import prov34
from core34 import B62, B64URL, DIGITS, LOWER, N, PID, S, b64, json_esc, rbytes, rhex, rs
from keys34 import Key, ed25519_cert
from tools34a import ys


# ---------------------------------------------------------------- common files
def common_env(c, r):
    d = c.doc("app/.env")
    d.add("APP_ENV=production")
    d.add("APP_URL=https://%s" % c.domain)
    d.add("DATABASE_URL=postgres://app:", S(c.pw(r, safe="uri"), "database-url-password"),
          "@db.int.%s:5432/%s" % (c.domain, c.slug))
    d.add("REDIS_URL=", N(c.neg("${REDIS_URL}"), "env-reference"))
    mk = r.choice(["sendgrid", "mailgun", "mailchimp"])
    d.add("%s_API_KEY=" % mk.upper(), S(c.token(r, mk), "prov-" + mk))
    if r.random() < 0.4:
        d.add("SESSION_SECRET=", S(c.rnd(r, 48, B62), "session-secret"))
    ex = r.choice(["turnstile-test", "recaptcha-test"])
    val, cite = prov34.DOC_EXAMPLES[ex]
    d.add("%s_SECRET_KEY=" % ("TURNSTILE" if ex.startswith("turn") else "RECAPTCHA"),
          N(c.neg(val), "documented-example", cite=cite))
    if r.random() < 0.5:
        d.add("STRIPE_PUBLISHABLE_KEY=", N(c.neg(prov34.public_value(r, "stripe-pk")), "public-stripe-key"))
    d.add("LOG_LEVEL=info")


def common_compose(c, r):
    d = c.doc("deploy/compose.yaml")
    d.add("services:")
    d.add("  db:")
    d.add("    image: postgres:16-alpine@", N(c.neg(prov34.digest(r)), "image-digest"))
    d.add("    environment:")
    d.add("      POSTGRES_USER: app")
    d.add("      POSTGRES_PASSWORD: ", *ys(c.pw(r, safe="std"), "compose-postgres-password"))
    d.add("    volumes:")
    d.add("      - pgdata:/var/lib/postgresql/data")
    if r.random() < 0.5:
        d.add("  cache:")
        d.add("    image: redis:7-alpine")
        d.add("    command: redis-server --requirepass ", S(c.pw(r, safe="alnum"), "compose-redis-password"))
    d.add("  app:")
    d.add("    image: registry.%s/%s/app:2025.6" % (c.domain, c.slug))
    d.add("    env_file: ../app/.env")
    d.add("    environment:")
    d.add("      APP_SECRET: ${APP_SECRET:?set APP_SECRET}")
    d.add("volumes:")
    d.add("  pgdata: {}")


def common_ci(c, r):
    v = r.randrange(4)
    if v == 0:
        d = c.doc(".github/workflows/deploy.yml")
        d.add("name: deploy")
        d.add("on: { push: { branches: [main] } }")
        d.add("jobs:")
        d.add("  deploy:")
        d.add("    runs-on: ubuntu-latest")
        d.add("    steps:")
        d.add("      - uses: actions/checkout@", N(c.neg(prov34.git_sha(r)), "git-commit-sha"), " # v4.2.2")
        d.add("      - run: ./scripts/deploy.sh")
        d.add("        env:")
        d.add("          DEPLOY_TOKEN: ", N(c.neg("${{ secrets.DEPLOY_TOKEN }}"), "ci-secret-reference"))
        d.add("      - name: notify")
        if r.random() < 0.5:
            hook = c.uniq(lambda: "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 18),
                                                                               rs(r, 68, B64URL)))
            d.add("        run: curl -s -H 'Content-Type: application/json' -d '{\"content\":\"deployed\"}' ",
                  S(hook, "discord-webhook"))
        else:
            hook = c.uniq(lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (
                rs(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rs(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                rs(r, 24)))
            d.add("        run: curl -s -X POST -d '{\"text\":\"deployed\"}' ", S(hook, "slack-webhook"))
    elif v == 1:
        d = c.doc(".gitlab-ci.yml")
        d.add("variables:")
        d.add("  DEPLOY_USER: gitlab+deploy-token-%d" % r.randint(100, 999))
        d.add("  DEPLOY_TOKEN: ", S(c.token(r, "gitlab-deploy"), "prov-gitlab-deploy"))
        d.add("build:")
        d.add("  script:")
        d.add("    - docker login -u gitlab-ci-token -p ", N(c.neg("$CI_REGISTRY_PASSWORD"), "env-reference"),
              " $CI_REGISTRY")
        d.add("    - docker build -t $CI_REGISTRY_IMAGE .")
        d.add("trigger-docs:")
        d.add("  script:")
        d.add("    - curl -X POST -F token=", S(c.token(r, "gitlab-trigger"), "prov-gitlab-trigger"),
              " -F ref=main https://gitlab.%s/api/v4/projects/%d/trigger/pipeline" % (c.domain, r.randint(10, 999)))
    elif v == 2:
        d = c.doc("bitbucket-pipelines.yml")
        d.add("image: node:20")
        d.add("pipelines:")
        d.add("  branches:")
        d.add("    main:")
        d.add("      - step:")
        d.add("          name: publish")
        d.add("          script:")
        d.add("            - echo \"//registry.npmjs.org/:_authToken=", S(c.token(r, "npm"), "prov-npm"),
              "\" > .npmrc")
        d.add("            - npm publish --access restricted")
        d.add("            - pipe: atlassian/ssh-run:0.8.1")
        d.add("              variables:")
        d.add("                SSH_KEY: ", N(c.neg("$DEPLOY_SSH_KEY"), "env-reference"))
    else:
        d = c.doc("azure-pipelines.yml")
        d.add("trigger: [main]")
        d.add("pool: { vmImage: ubuntu-latest }")
        d.add("steps:")
        d.add("  - script: dotnet nuget push out/*.nupkg --api-key ", S(c.token(r, "github-fine"), "prov-github-fine"),
              " --source https://nuget.pkg.github.com/%s/index.json" % c.slug)
        d.add("  - script: az storage blob upload-batch -d site -s public --sas-token ",
              N(c.neg("$(STORAGE_SAS)"), "ci-secret-reference"))
        d.add("    env:")
        d.add("      SYSTEM_ACCESSTOKEN: $(System.AccessToken)")


def common_config(c, r):
    if r.random() < 0.5:
        d = c.doc("config/app.toml")
        d.add("[server]")
        d.add('bind = "0.0.0.0:8080"')
        d.add('public_url = "https://%s"' % c.domain)
        d.add("")
        d.add("[database]")
        d.add('url = "mysql://app:', S(c.pw(r, safe="uri"), "config-db-password"), '@db.int.%s/%s"' % (c.domain, c.slug))
        d.add("pool = 10")
        d.add("")
        d.add("[integrations]")
        tk = r.choice(["openai", "anthropic", "groq", "replicate", "huggingface", "perplexity", "xai", "openrouter"])
        d.add('%s_key = "' % tk.replace("-", "_"), S(c.token(r, tk), "prov-" + tk), '"')
        if r.random() < 0.5:
            d.add('smtp_password = "', S(c.pw(r), "config-smtp-password"), '"')
        d.add('backup_password = "', N(c.neg(prov34.reference(r, c.domain, "backup", "vault")), "vault-reference"), '"')
    else:
        d = c.doc("config/settings.yaml")
        d.add("server:")
        d.add("  port: 8080")
        d.add("database:")
        d.add("  dsn: postgresql://app:", S(c.pw(r, safe="uri"), "config-db-password"),
              "@db.int.%s:5432/%s?sslmode=require" % (c.domain, c.slug))
        d.add("integrations:")
        tk = r.choice(["linear", "notion", "figma", "postman", "sentry", "newrelic", "grafana", "langsmith"])
        d.add("  %s_token: " % tk, S(c.token(r, tk), "prov-" + tk))
        d.add("  object_store_password: ", N(c.neg(prov34.reference(r, c.domain, "objects", "op")), "op-reference"))
        if r.random() < 0.5:
            d.add("mail:")
            d.add("  password: ", *ys(c.pw(r), "config-smtp-password"))


def common_aws(c, r):
    d = c.doc("ops/aws/credentials")
    kid, sec, _ = c.pair(r, "aws")
    d.add("[default]")
    d.add("aws_access_key_id = ", PID(kid))
    d.add("aws_secret_access_key = ", S(sec, "aws-access-key-pair", pair=True))
    d.add("")
    d.add("[docs-example]")
    v1, cite = prov34.DOC_EXAMPLES["aws-docs-id"]
    d.add("aws_access_key_id = ", N(c.neg(v1), "documented-example", cite=cite))
    v2, cite2 = prov34.DOC_EXAMPLES["aws-docs-secret"]
    d.add("aws_secret_access_key = ", N(c.neg(v2), "documented-example", cite=cite2))
    d.add("")
    d.add("[sso-readonly]")
    d.add("credential_process = ", N(c.neg("/usr/local/bin/aws-vault exec %s-readonly --json" % c.slug),
                                     "credential-process"))


# ---------------------------------------------------------------- integration code
CODE_LANGS = ["python", "typescript", "go", "java", "rust", "php", "ruby", "csharp", "kotlin", "swift", "dart",
              "elixir"]


def integration(c, r, lang, n):
    tk = r.choice(prov34.CHAT_TOKENS)
    tok = c.token(r, tk)
    env = "%s_%s" % (c.systems[n % 6].upper(), r.choice(["API_KEY", "TOKEN", "SECRET"]))
    pub = r.random() < 0.35
    pubv = c.neg(prov34.public_value(r, r.choice(prov34.PUBLIC_KINDS))) if pub else None
    cat = "prov-" + tk
    sysn = c.systems[n % 6]
    if lang == "python":
        d = c.doc("src/%s/client.py" % sysn)
        d.add("import os")
        d.add("import requests")
        d.add("")
        d.add("TOKEN = \"", S(tok, cat), "\"  # %s" % prov34.TOKENS[tk][1])
        d.add("FALLBACK = ", N("os.environ[\"%s\"]" % env, "env-lookup"))
        if pub:
            d.add("PUBLIC_KEY = \"", N(pubv, "public-by-design"), "\"")
        d.add("")
        d.add("def session():")
        d.add("    s = requests.Session()")
        d.add("    s.headers['Authorization'] = f'Bearer {TOKEN or FALLBACK}'")
        d.add("    return s")
    elif lang == "typescript":
        d = c.doc("src/%s/storage.ts" % sysn)
        kid, sec, name = c.pair(r, r.choice(["aws", "gcs-hmac", "b2"]))
        d.add("import { S3Client } from '@aws-sdk/client-s3';")
        d.add("")
        d.add("export const s3 = new S3Client({")
        d.add("  region: 'auto',")
        d.add("  endpoint: 'https://objects.%s'," % c.domain)
        d.add("  credentials: {")
        d.add("    accessKeyId: '", PID(kid), "',")
        d.add("    secretAccessKey: '", S(sec, "s3-key-pair", pair=True), "',")
        d.add("  },")
        d.add("});")
        d.add("export const apiToken = '", S(tok, cat), "';")
        d.add("export const fallback = ", N("process.env.%s" % env, "env-lookup"), ";")
    elif lang == "go":
        d = c.doc("internal/%s/client.go" % sysn)
        d.add("package %s" % sysn)
        d.add("")
        d.add('import "os"')
        d.add("")
        d.add('const apiToken = "', S(tok, cat), '"')
        d.add("")
        d.add("func token() string {")
        d.add("\tif v := ", N('os.Getenv("%s")' % env, "env-lookup"), '; v != "" {')
        d.add("\t\treturn v")
        d.add("\t}")
        d.add("\treturn apiToken")
        d.add("}")
    elif lang == "java":
        d = c.doc("src/main/java/%s/%s/ApiClient.java" % (c.slug, sysn))
        d.add("package %s.%s;" % (c.slug, sysn))
        d.add("")
        d.add("public final class ApiClient {")
        d.add("    private static final String TOKEN = \"", S(tok, cat), "\";")
        d.add("    private static final String FROM_ENV = ", N('System.getenv("%s")' % env, "env-lookup"), ";")
        d.add("    static String token() { return FROM_ENV != null ? FROM_ENV : TOKEN; }")
        d.add("}")
    elif lang == "rust":
        d = c.doc("crates/%s/src/client.rs" % sysn)
        d.add("const API_TOKEN: &str = \"", S(tok, cat), "\";")
        d.add("")
        d.add("pub fn token() -> String {")
        d.add("    ", N('std::env::var("%s")' % env, "env-lookup"), ".unwrap_or_else(|_| API_TOKEN.to_string())")
        d.add("}")
    elif lang == "php":
        d = c.doc("web/lib/%s.php" % sysn)
        d.add("<?php")
        d.add("define('API_TOKEN', '", S(tok, cat), "');")
        d.add("$fallback = ", N("getenv('%s')" % env, "env-lookup"), ";")
        if pub:
            d.add("$publicKey = '", N(pubv, "public-by-design"), "';")
    elif lang == "ruby":
        d = c.doc("lib/%s/client.rb" % sysn)
        d.add("module %s" % sysn.capitalize())
        d.add("  API_TOKEN = \"", S(tok, cat), "\"")
        d.add("  FALLBACK = ", N('ENV.fetch("%s", nil)' % env, "env-lookup"))
        d.add("end")
    elif lang == "csharp":
        d = c.doc("src/%s/ApiSettings.cs" % sysn.capitalize(), crlf=True)
        d.add("namespace %s.%s;" % (c.slug.capitalize(), sysn.capitalize()))
        d.add("")
        d.add("public static class ApiSettings")
        d.add("{")
        d.add("    public const string Token = \"", S(tok, cat), "\";")
        d.add("    public static string? FromEnv => ", N('Environment.GetEnvironmentVariable("%s")' % env, "env-lookup"), ";")
        d.add("}")
    elif lang == "kotlin":
        d = c.doc("app/src/main/kotlin/%s/Api.kt" % sysn)
        d.add("package %s" % sysn)
        d.add("")
        d.add("object Api {")
        d.add("    const val TOKEN = \"", S(tok, cat), "\"")
        d.add("    val fromEnv: String? = ", N('System.getenv("%s")' % env, "env-lookup"))
        d.add("}")
    elif lang == "swift":
        d = c.doc("ios/%s/Secrets.swift" % sysn.capitalize())
        d.add("import Foundation")
        d.add("")
        d.add("enum Secrets {")
        d.add("    static let apiToken = \"", S(tok, cat), "\"")
        d.add("    static let fromEnv = ", N('ProcessInfo.processInfo.environment["%s"]' % env, "env-lookup"))
        if pub:
            d.add("    static let publicKey = \"", N(pubv, "public-by-design"), "\"")
        d.add("}")
    elif lang == "dart":
        d = c.doc("mobile/lib/%s_config.dart" % sysn)
        d.add("import 'dart:io';")
        d.add("")
        d.add("const apiToken = '", S(tok, cat), "';")
        d.add("final fromEnv = ", N("Platform.environment['%s']" % env, "env-lookup"), ";")
    else:
        d = c.doc("config/%s.exs" % sysn)
        d.add("import Config")
        d.add("")
        d.add("config :%s, %s.Client," % (c.slug.replace("-", "_"), sysn.capitalize()))
        d.add("  token: \"", S(tok, cat), "\",")
        d.add("  fallback: ", N('System.get_env("%s")' % env, "env-lookup"))


# ---------------------------------------------------------------- stack kinds
STACKS = ["tfvars", "dockerfile", "k8s-secret", "sql", "ansible", "systemd", "crontab", "netrc", "pgpass",
          "composer-auth", "gradle", "cargo", "pipconf", "yarnrc", "docker-config", "kubeconfig", "appsettings",
          "spring", "terraformrc", "notebook"]


def stack(c, r, kind):
    s = c.systems[r.randrange(6)]
    if kind == "tfvars":
        d = c.doc("infra/terraform/prod.auto.tfvars")
        d.add('region        = "eu-central-1"')
        d.add('db_password   = "', S(c.pw(r), "tfvars-db-password"), '"')
        d.add('do_token      = "', S(c.token(r, "digitalocean"), "prov-digitalocean"), '"')
        d.add('admin_ssh_key = "', N(c.neg("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, 43, B62 + "+/") + " ops"),
                                    "ssh-public-key"), '"')
    elif kind == "dockerfile":
        d = c.doc("docker/%s/Dockerfile" % s)
        d.add("FROM python:3.12-slim@", N(c.neg(prov34.digest(r)), "image-digest"))
        d.add("ARG PIP_INDEX_URL=https://ci:", S(c.pw(r, safe="uri"), "dockerfile-index-password"),
              "@pypi.int.%s/simple" % c.domain)
        d.add("ENV APP_MODULE=%s.main:app" % s)
        d.add("COPY . /srv/app")
        d.add("RUN pip install --no-cache-dir -r /srv/app/requirements.txt")
        d.add('CMD ["gunicorn", "-b", "0.0.0.0:8000", "%s.main:app"]' % s)
    elif kind == "k8s-secret":
        d = c.doc("k8s/%s-secret.yaml" % s)
        pw = c.pw(r, safe="std")
        enc = base64.b64encode(pw.encode()).decode()
        c.reg.add(enc)
        d.add("apiVersion: v1")
        d.add("kind: Secret")
        d.add("metadata:")
        d.add("  name: %s-db" % s)
        d.add("type: Opaque")
        d.add("data:")
        d.add("  username: %s" % base64.b64encode(b"app").decode())
        d.add("  password: ", S(enc, "k8s-secret-data", decoded=pw))
    elif kind == "sql":
        d = c.doc("db/migrations/0007_%s_roles.sql" % s)
        d.add("-- roles for the %s service" % s)
        d.add("CREATE USER %s_rw WITH PASSWORD '" % s, S(c.pw(r, safe="std"), "sql-create-user-password"), "';")
        d.add("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %s_rw;" % s)
        d.add("-- reporting role, password set out of band (pg_dump shows the stored verifier):")
        d.add("ALTER ROLE report PASSWORD '", N(c.neg(prov34.hash_value(r, "scram")), "hash-scram"), "';")
    elif kind == "ansible":
        d = c.doc("ansible/host_vars/%s.yml" % s)
        d.add("---")
        d.add("app_user: %s" % s)
        d.add("app_db_password: ", *ys(c.pw(r), "ansible-db-password"))
        d.add("app_smtp_password: ", N(c.neg("{{ vault_%s_smtp_password }}" % s), "ansible-vault-reference"))
    elif kind == "systemd":
        d = c.doc("systemd/%s.service.d/override.conf" % s)
        d.add("[Service]")
        d.add("Environment=DB_PASSWORD=", S(c.pw(r, safe="alnum"), "systemd-environment-password"))
        d.add("EnvironmentFile=", N(c.neg("/etc/%s/secrets.env" % s), "secret-file-path"))
        d.add("LoadCredential=tls.key:/etc/%s/tls.key" % s)
    elif kind == "crontab":
        d = c.doc("ops/crontab.txt")
        d.add("# m h dom mon dow command")
        d.add("15 2 * * * mysqldump -u backup -p'", S(c.pw(r, safe="uri"), "crontab-mysqldump-password"),
              "' --all-databases | gzip > /backup/db.sql.gz")
        d.add("30 2 * * * curl -s -u ops:", N(c.neg("$(cat /etc/ops/ping.pw)"), "command-substitution"),
              " https://ping.%s/nightly" % c.domain)
    elif kind == "netrc":
        d = c.doc("ops/home/.netrc")
        d.add("machine git.%s" % c.domain)
        d.add("  login deploy")
        d.add("  password ", S(c.token(r, "gitlab-pat"), "prov-gitlab-pat"))
        d.add("machine files.%s login backup password " % c.domain, S(c.pw(r, safe="alnum"), "netrc-password"))
    elif kind == "pgpass":
        d = c.doc("ops/home/.pgpass")
        d.add("db.int.%s:5432:%s:app:" % (c.domain, c.slug), S(c.pw(r, safe="alnum"), "pgpass-password"))
        d.add("replica.int.%s:5432:*:report:" % c.domain, S(c.pw(r, safe="alnum"), "pgpass-password"))
    elif kind == "composer-auth":
        d = c.doc("web/auth.json")
        d.add("{")
        d.add('    "github-oauth": {')
        d.add('        "github.com": "', S(c.token(r, "github-oauth"), "prov-github-oauth"), '"')
        d.add("    },")
        d.add('    "http-basic": {')
        d.add('        "repo.%s": {' % c.domain)
        d.add('            "username": "composer",')
        d.add('            "password": "', S(c.pw(r), "composer-http-basic-password"), '"')
        d.add("        }")
        d.add("    }")
        d.add("}")
    elif kind == "gradle":
        d = c.doc("android/gradle.properties")
        d.add("org.gradle.jvmargs=-Xmx2048m")
        d.add("signing.keyId=", N(c.neg(rhex(r, 8, upper=True)), "key-id"))
        d.add("signing.password=", S(c.pw(r), "gradle-signing-password"))
        d.add("signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg")
        d.add("ossrhUsername=%s" % c.slug)
        d.add("ossrhPassword=", S(c.pw(r), "gradle-ossrh-password"))
    elif kind == "cargo":
        d = c.doc("ops/home/.cargo/credentials.toml")
        d.add("[registry]")
        d.add('token = "', S(c.uniq(lambda: "cio" + rs(r, 32)), "cargo-registry-token"), '"')
        d.add("")
        d.add("[registries.internal]")
        d.add('token = "', N(c.neg("Bearer ${INTERNAL_CARGO_TOKEN}"), "env-reference"), '"')
    elif kind == "pipconf":
        d = c.doc("ops/home/.config/pip/pip.conf")
        d.add("[global]")
        d.add("index-url = https://ci:", S(c.pw(r, safe="uri"), "pip-index-password"),
              "@pypi.int.%s/simple" % c.domain)
        d.add("extra-index-url = https://pypi.org/simple")
        d.add("timeout = 60")
    elif kind == "yarnrc":
        d = c.doc("web/.yarnrc.yml")
        d.add("nodeLinker: node-modules")
        d.add("npmScopes:")
        d.add("  %s:" % c.slug)
        d.add('    npmRegistryServer: "https://npm.pkg.github.com"')
        d.add('    npmAuthToken: "', S(c.token(r, "github-pat"), "prov-github-pat"), '"')
        d.add("  public:")
        d.add('    npmAuthToken: "', N(c.neg("${NPM_TOKEN}"), "env-reference"), '"')
    elif kind == "docker-config":
        d = c.doc("ops/home/.docker/config.json")
        user = "ci-" + s
        pw = c.pw(r, safe="std")
        enc = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
        c.reg.add(enc)
        d.add("{")
        d.add('  "auths": {')
        d.add('    "registry.%s": {' % c.domain)
        d.add('      "auth": "', S(enc, "docker-config-auth", decoded="%s:%s" % (user, pw)), '"')
        d.add("    },")
        d.add('    "ghcr.io": {}')
        d.add("  },")
        d.add('  "credsStore": "pass"')
        d.add("}")
    elif kind == "kubeconfig":
        d = c.doc("ops/home/.kube/config")
        d.add("apiVersion: v1")
        d.add("kind: Config")
        d.add("clusters:")
        d.add("- name: %s" % c.slug)
        d.add("  cluster:")
        d.add("    server: https://k8s.%s:6443" % c.domain)
        d.add("    certificate-authority-data: ", N(c.neg(b64(rbytes(r, 600))), "base64-ca-data"))
        d.add("users:")
        d.add("- name: ci")
        d.add("  user:")
        d.add("    token: ", S(c.token(r, "jwt"), "kubeconfig-token"))
        d.add("contexts:")
        d.add("- name: prod")
        d.add("  context: {cluster: %s, user: ci}" % c.slug)
        d.add("current-context: prod")
    elif kind == "appsettings":
        d = c.doc("src/Api/appsettings.Production.json", crlf=True)
        d.add("{")
        d.add('  "ConnectionStrings": {')
        d.add('    "Main": "Server=sql.int.%s;Database=%s;User Id=api;Password=' % (c.domain, c.slug),
              S(c.pw(r, safe="uri"), "appsettings-connection-password"), ';TrustServerCertificate=True"')
        d.add("  },")
        d.add('  "ApplicationInsights": {')
        d.add('    "ConnectionString": "InstrumentationKey=', N(c.neg(prov34.uuid(r)), "uuid"),
              ';IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"')
        d.add("  }")
        d.add("}")
    elif kind == "spring":
        d = c.doc("service/src/main/resources/application-prod.yml")
        d.add("spring:")
        d.add("  datasource:")
        d.add("    url: jdbc:postgresql://db.int.%s:5432/%s" % (c.domain, c.slug))
        d.add("    username: app")
        d.add("    password: ", *ys(c.pw(r), "spring-datasource-password"))
        d.add("  mail:")
        d.add("    password: ", N(c.neg("${MAIL_PASSWORD}"), "env-reference"))
    elif kind == "terraformrc":
        d = c.doc("ops/home/.terraformrc")
        d.add('credentials "app.terraform.io" {')
        d.add('  token = "', S(c.token(r, "tfcloud"), "prov-tfcloud"), '"')
        d.add("}")
    elif kind == "notebook":
        d = c.doc("analysis/%s-report.ipynb" % s)
        tk = r.choice(["openai", "huggingface", "databricks", "anthropic"])
        d.add("{")
        d.add(' "cells": [')
        d.add("  {")
        d.add('   "cell_type": "code",')
        d.add('   "execution_count": 1,')
        d.add('   "metadata": {},')
        d.add('   "outputs": [],')
        d.add('   "source": [')
        d.add('    "import os\\n",')
        d.add('    "API_KEY = \\"', S(c.token(r, tk), "prov-" + tk), '\\"\\n",')
        d.add('    "DB = os.environ[\\"%s_DB\\"]"' % s.upper())
        d.add("   ]")
        d.add("  },")
        d.add("  {")
        d.add('   "cell_type": "code",')
        d.add('   "execution_count": 2,')
        d.add('   "metadata": {},')
        d.add('   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["run id ', N(c.neg(prov34.uuid(r)), "uuid"),
              '\\n"]}],')
        d.add('   "source": ["print(\\"run id\\", run_id)"]')
        d.add("  }")
        d.add(" ],")
        d.add(' "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},')
        d.add(' "nbformat": 4,')
        d.add(' "nbformat_minor": 5')
        d.add("}")
    else:
        raise ValueError(kind)


# ---------------------------------------------------------------- private keys in 10 wrappings
WRAPPINGS = ["pem-file", "trad-pem", "openssh", "ppk3", "java-textblock", "csharp-verbatim", "php-nowdoc",
             "rust-raw", "k8s-tls", "jwk"]


def _kc(key, form):
    return "%s/%s" % (key.kind, form)


def key_wrap(c, r, wrap, n):
    host = c.systems[n % 6]
    comment = "%s@%s" % (host, c.domain)
    if wrap == "pem-file":
        kind = r.choice(["ed25519", "p256", "ed25519", "rsa"])
        k = Key(kind, r, comment)
        d = c.doc("certs/%s/%s.key" % (host, host))
        d.block(k.pem_pkcs8(), S("", "private-key-pem", key_check=_kc(k, "pkcs8")))
        if kind == "ed25519" and r.random() < 0.6:
            d2 = c.doc("certs/%s/%s.crt" % (host, host))
            d2.block(ed25519_cert(k, comment, c.org, r.randint(10 ** 8, 10 ** 12)),
                     N("", "certificate", key_check="x509"))
        else:
            d2 = c.doc("certs/%s/%s.pub.pem" % (host, host))
            d2.block(k.pem_spki(), N("", "public-key-spki", key_check="spki"))
    elif wrap == "trad-pem":
        kind = r.choice(["p256", "p256", "rsa"])
        k = Key(kind, r, comment)
        d = c.doc("ops/keys/%s-%s.pem" % (host, "rsa" if kind == "rsa" else "ec"))
        d.block(k.pem_traditional(), S("", "private-key-pem", key_check=_kc(k, "pkcs1" if kind == "rsa" else "sec1")))
    elif wrap == "openssh":
        kind = r.choice(["ed25519", "ed25519", "p256", "rsa"])
        k = Key(kind, r, comment)
        name = {"ed25519": "id_ed25519", "p256": "id_ecdsa", "rsa": "id_rsa"}[kind]
        d = c.doc("ops/deploy-keys/%s_%s" % (host, name))
        d.block(k.openssh(), S("", "private-key-openssh", key_check=_kc(k, "openssh")))
        d2 = c.doc("ops/deploy-keys/%s_%s.pub" % (host, name))
        d2.add(N(c.neg(k.ssh_pub_line()), "ssh-public-key", key_check="openssh-pub"))
    elif wrap == "ppk3":
        k = Key("rsa", r, comment)
        d = c.doc("ops/putty/%s.ppk" % host, crlf=True)
        head, tail = k.ppk3()
        d.block(head + tail, S("", "private-key-ppk", key_check="rsa/ppk3"))
    elif wrap == "java-textblock":
        kind = r.choice(["ed25519", "p256", "p256", "rsa"])
        k = Key(kind, r, comment)
        d = c.doc("src/main/java/%s/signing/SigningKey.java" % c.slug)
        d.add("package %s.signing;" % c.slug)
        d.add("")
        d.add("final class SigningKey {")
        d.add('    static final String PEM = """')
        d.block(k.pem_pkcs8(), S("", "private-key-pem", key_check=_kc(k, "pkcs8")), prefix="        ")
        d.add('        """;')
        d.add("}")
    elif wrap == "csharp-verbatim":
        kind = r.choice(["ed25519", "ed25519", "p256", "rsa"])
        k = Key(kind, r, comment)
        d = c.doc("src/Signing/KeyMaterial.cs", crlf=True)
        d.add("namespace %s.Signing;" % c.slug.capitalize())
        d.add("")
        d.add("internal static class KeyMaterial")
        d.add("{")
        lines = k.pem_pkcs8()
        d.block(lines, S("", "private-key-pem", key_check=_kc(k, "pkcs8")),
                first_prefix='    internal const string Pem = @"', prefix="", last_suffix='";')
        d.add("}")
    elif wrap == "php-nowdoc":
        kind = r.choice(["p256", "p256", "rsa"])
        k = Key(kind, r, comment)
        d = c.doc("web/config/jwt_key.php")
        d.add("<?php")
        d.add("// signing key for the member-card JWTs")
        d.add("return <<<'PEM'")
        d.block(k.pem_traditional(), S("", "private-key-pem", key_check=_kc(k, "pkcs1" if kind == "rsa" else "sec1")))
        d.add("PEM;")
    elif wrap == "rust-raw":
        kind = r.choice(["ed25519", "p256"])
        k = Key(kind, r, comment)
        d = c.doc("crates/signer/src/key.rs")
        d.add("pub const SIGNING_KEY_PEM: &str = r#\"")
        d.block(k.pem_pkcs8(), S("", "private-key-pem", key_check=_kc(k, "pkcs8")))
        d.add("\"#;")
    elif wrap == "k8s-tls":
        k = Key("ed25519", r, comment)
        d = c.doc("k8s/%s-tls.yaml" % host)
        d.add("apiVersion: v1")
        d.add("kind: Secret")
        d.add("metadata:")
        d.add("  name: %s-tls" % host)
        d.add("type: kubernetes.io/tls")
        d.add("stringData:")
        d.add("  tls.crt: |")
        d.block(ed25519_cert(k, "%s.%s" % (host, c.domain), c.org, r.randint(10 ** 8, 10 ** 12)),
                N("", "certificate", key_check="x509"), prefix="    ")
        d.add("  tls.key: |")
        d.block(k.pem_pkcs8(), S("", "private-key-pem", key_check=_kc(k, "pkcs8")), prefix="    ")
    elif wrap == "jwk":
        kind = r.choice(["ed25519", "p256"])
        k = Key(kind, r, comment)
        kid = "%s-%d" % (host, r.randint(2023, 2025))
        j = k.jwk(kid)
        d = c.doc("auth/jwks-private.json")
        d.add("{")
        d.add('  "keys": [')
        d.add("    {")
        for f in [x for x in ("kty", "crv", "kid", "x", "y") if x in j]:
            d.add('      "%s": "%s",' % (f, j[f]))
        c.reg.add(j["d"])
        d.add('      "d": "', S(j["d"], "private-key-jwk", key_check="%s/jwk" % kind,
                                  jwk={x: j[x] for x in ("kty", "crv", "x", "y") if x in j}), '"')
        d.add("    }")
        d.add("  ]")
        d.add("}")
        d2 = c.doc("web/public/.well-known/jwks.json")
        pub = {x: j[x] for x in ("kty", "crv", "kid", "x", "y") if x in j}
        d2.add('{"keys": [')
        d2.add("  ", N(c.neg(json.dumps(pub, separators=(", ", ": "))), "public-jwk"))
        d2.add("]}")
    else:
        raise ValueError(wrap)
