"""Common files, integration code in ten languages, stack kinds and private-key wrappings."""

import json

from core33 import N, PID, S, b64, esc_json
from keys33 import Key, selfsigned_cert
import prov33


def _pair(value, category, pid, **extra):
    s = S(value, category, **extra)
    s.pid = pid
    return s


MAIL_TOKENS = ["sendgrid", "mailgun", "mailchimp", "mailersend"]


# ---------------------------------------------------------------- common files
def app_env(c, r):
    d = c.doc("app/.env")
    d("APP_NAME=\"%s\"" % c.org)
    d("APP_ENV=production")
    d("APP_URL=https://%s" % c.domain)
    d("DATABASE_URL=postgres://app:", S(c.pw(r, safe=True), "database-password"), "@%s:5432/app" % c.host("db"))
    name = r.pick(MAIL_TOKENS)
    d("%s_API_KEY=" % name.upper(), c.tok(r, name))
    if r.chance(0.35):
        d("SESSION_SECRET=", S(c.hexsecret(r, 64), "session-secret"))
    ex = r.pick(["turnstile", "recaptcha"])
    v, cat, cite = prov33.doc_example(ex)
    d("%s_SECRET=" % ex.upper(), N(v, cat, cite=cite), "   # test key until the domain is verified")
    if r.chance(0.6):
        pv, pcat = prov33.public_value(r, r.pick(["stripe-pk", "posthog", "sentry-dsn", "recaptcha-site"]))
        d("PUBLIC_%s=" % pcat.upper().replace("-", "_"), N(pv, pcat))
    d("REDIS_URL=", N("${REDIS_URL}", "env-reference"))
    return [d]


def compose(c, r):
    d = c.doc("deploy/compose.yaml")
    d("services:")
    d("  db:")
    d("    image: postgres:16@", N(prov33.image_digest(r), "image-digest"))
    d("    environment:")
    d("      POSTGRES_USER: app")
    d("      POSTGRES_PASSWORD: '", S(c.pw(r), "database-password"), "'")
    d("    volumes:")
    d("      - pgdata:/var/lib/postgresql/data")
    d("  cache:")
    d("    image: redis:7-alpine")
    if r.chance(0.5):
        d("    command: [\"redis-server\", \"--requirepass\", \"", S(c.pw(r, safe=True), "redis-password"), "\"]")
    else:
        d("    command: [\"redis-server\", \"--requirepass\", \"", N("${REDIS_PASSWORD}", "env-reference"), "\"]")
    d("  app:")
    d("    image: registry.%s/%s/app:%s" % (c.domain, c.slug, r.hex(7)))
    d("    environment:")
    d("      SMTP_PASSWORD: ", N("${SMTP_PASSWORD:?set SMTP_PASSWORD}", "env-reference"))
    d("      TZ: Asia/Taipei" if c.key.startswith("oil") else "      TZ: UTC")
    d("volumes:")
    d("  pgdata: {}")
    return [d]


def ci_file(c, r):
    kind = r.pick(["github", "gitlab", "bitbucket"])
    if kind == "github":
        d = c.doc(".github/workflows/deploy.yml")
        d("name: deploy")
        d("on:")
        d("  push:")
        d("    branches: [main]")
        d("jobs:")
        d("  deploy:")
        d("    runs-on: ubuntu-latest")
        d("    steps:")
        d("      - uses: actions/checkout@", N(r.hex(40), "git-commit-sha"), " # v4")
        d("      - run: ./deploy.sh")
        d("        env:")
        d("          DEPLOY_TOKEN: ", N("${{ secrets.DEPLOY_TOKEN }}", "ci-secret-reference"))
        d("      - name: notify")
        d("        run: |")
        d("          curl -sS -H 'Content-Type: application/json' -d '{\"content\":\"deployed\"}' \\")
        d("            ", c.tok(r, r.pick(["discord-webhook", "slack-webhook"])))
        return [d]
    if kind == "gitlab":
        d = c.doc(".gitlab-ci.yml")
        d("stages: [build, deploy]")
        d("variables:")
        d("  DOCKER_DRIVER: overlay2")
        d("  REGISTRY_TOKEN: ", c.tok(r, "gitlab-deploy"))
        d("build:")
        d("  stage: build")
        d("  script:")
        d("    - echo \"", N("$CI_REGISTRY_PASSWORD", "env-reference"), "\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin $CI_REGISTRY")
        d("    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .")
        d("deploy:")
        d("  stage: deploy")
        d("  script:")
        d("    - curl -X POST -F token=", c.tok(r, "gitlab-trigger"), " -F ref=main https://gitlab.%s/api/v4/projects/%d/trigger/pipeline" % (c.domain, r.randrange(10, 900)))
        return [d]
    d = c.doc("bitbucket-pipelines.yml")
    d("image: node:22")
    d("pipelines:")
    d("  branches:")
    d("    main:")
    d("      - step:")
    d("          name: Build and publish")
    d("          script:")
    d("            - npm ci")
    d("            - npm config set //registry.npmjs.org/:_authToken ", c.tok(r, "npm"))
    d("            - npm publish")
    d("            - pipe: atlassian/ssh-run:0.8.1")
    d("              variables:")
    d("                SSH_USER: deploy")
    d("                SSH_KEY: ", N("$DEPLOY_SSH_KEY", "env-reference"))
    return [d]


def settings(c, r):
    if r.chance(0.5):
        d = c.doc("config/app.toml")
        d("[server]")
        d("host = \"0.0.0.0\"")
        d("port = 8080")
        d("")
        d("[database]")
        d("url = \"mysql://app:", S(c.pw(r, safe=True), "database-password"), "@%s:3306/app\"" % c.host("db"))
        d("")
        d("[smtp]")
        d("host = \"smtp.%s\"" % c.domain)
        d("user = \"noreply@%s\"" % c.domain)
        if r.chance(0.5):
            d("password = \"", S(c.pw(r), "smtp-password"), "\"")
        d("")
        d("[integrations]")
        tk = r.pick(prov33.CHAT_TOKENS)
        d("%s_token = \"" % tk.replace("-", "_"), c.tok(r, tk), "\"")
        v, cat = c.ref(r, "app")
        d("backup_password = \"", N(v, cat), "\"")
        return [d]
    d = c.doc("config/settings.yaml")
    d("server:")
    d("  listen: 0.0.0.0:8080")
    d("database:")
    d("  dsn: 'postgres://app:", S(c.pw(r, safe=True), "database-password"), "@%s/app?sslmode=require'" % c.host("db"))
    d("mail:")
    d("  host: smtp.%s" % c.domain)
    if r.chance(0.5):
        d("  password: '", S(c.pw(r), "smtp-password"), "'")
    d("integrations:")
    tk = r.pick(prov33.CHAT_TOKENS)
    d("  %s: '" % tk, c.tok(r, tk), "'")
    v, cat = c.ref(r, "app")
    d("  backup_password: '", N(v, cat), "'")
    return [d]


def aws_credentials(c, r):
    d = c.doc("ops/aws/credentials")
    i, s, cat = c.pair(r, "aws")
    d("[default]")
    d("aws_access_key_id = ", PID(i, "aws"))
    d("aws_secret_access_key = ", _pair(s, cat, "aws"))
    d("")
    d("[docs-example]")
    v1, c1, cite1 = prov33.doc_example("aws-id")
    v2, c2, cite2 = prov33.doc_example("aws-secret")
    d("aws_access_key_id = ", N(v1, c1, cite=cite1))
    d("aws_secret_access_key = ", N(v2, c2, cite=cite2))
    d("")
    d("[sso-admin]")
    d("credential_process = ", N("aws-vault export --format=json %s-admin" % c.slug, "credential-process"))
    return [d]


def common_files(c, r):
    out = app_env(c, c.rng("common", "env")) + compose(c, c.rng("common", "compose")) + \
        ci_file(c, c.rng("common", "ci")) + settings(c, c.rng("common", "settings"))
    if r.chance(0.5):
        out += aws_credentials(c, c.rng("common", "aws"))
    return out


# ---------------------------------------------------------------- integration code in ten languages
def _toks(c, r):
    a = r.pick(prov33.CHAT_TOKENS)
    b = r.pick([t for t in prov33.CHAT_TOKENS if t != a])
    return a, b


def code_py(c, r):
    d = c.doc("integrations/notify.py")
    a, b = _toks(c, r)
    d("\"\"\"Push order events to %s and %s.\"\"\"" % (prov33.PROVIDER_NAMES.get(a, a), prov33.PROVIDER_NAMES.get(b, b)))
    d("import os")
    d("")
    d("import requests")
    d("")
    d("%s_TOKEN = \"" % a.upper().replace("-", "_"), c.tok(r, a), "\"")
    d("%s_TOKEN = " % b.upper().replace("-", "_"), N("os.environ.get(\"%s_TOKEN\", \"\")" % b.upper().replace("-", "_"),
                                                      "env-reference"))
    d("")
    d("def send(event):")
    d("    return requests.post(\"https://hooks.%s/events\", json=event, timeout=10," % c.domain)
    d("                         headers={\"Authorization\": \"Bearer \" + %s_TOKEN})" % a.upper().replace("-", "_"))
    return [d]


def code_js(c, r):
    d = c.doc("web/src/lib/payments.js")
    pv, pcat = prov33.public_value(r, "stripe-pk")
    d("// payments + storage helpers")
    d("export const STRIPE_PUBLISHABLE = \"", N(pv, pcat), "\";")
    d("const STRIPE_SECRET = \"", c.tok(r, r.pick(["stripe-secret", "stripe-restricted"])), "\";")
    d("const WEBHOOK_SECRET = ", N("process.env.STRIPE_WEBHOOK_SECRET", "env-reference"), ";")
    d("")
    d("export function stripeHeaders() {")
    d("  return { Authorization: `Bearer ${STRIPE_SECRET}` };")
    d("}")
    return [d]


def code_ts(c, r):
    d = c.doc("web/src/server/sync.ts")
    i, s, cat = c.pair(r, r.pick(["s3", "b2", "gcs-hmac", "alibaba", "tencent"]))
    d("import { S3Client } from \"@aws-sdk/client-s3\";")
    d("")
    d("export const s3 = new S3Client({")
    d("  region: \"auto\",")
    d("  endpoint: \"https://s3.%s\"," % c.idom)
    d("  credentials: {")
    d("    accessKeyId: \"", PID(i, "ts"), "\",")
    d("    secretAccessKey: \"", _pair(s, cat, "ts"), "\",")
    d("  },")
    d("});")
    d("export const backupKey = ", N("process.env.BACKUP_KEY ?? \"\"", "env-reference"), ";")
    return [d]


def code_go(c, r):
    d = c.doc("cmd/sync/main.go")
    a, b = _toks(c, r)
    d("package main")
    d("")
    d("import (")
    d("\t\"log\"")
    d("\t\"os\"")
    d(")")
    d("")
    d("const apiToken = \"", c.tok(r, a), "\"")
    d("")
    d("func main() {")
    d("\tother := ", N("os.Getenv(\"%s_TOKEN\")" % b.upper().replace("-", "_"), "env-reference"))
    d("\tlog.Printf(\"sync starting (%d, %d)\", len(apiToken), len(other))")
    d("}")
    return [d]


def code_java(c, r):
    pkg = c.slug.replace("-", "")
    d = c.doc("src/main/java/%s/integration/Config.java" % pkg)
    a, b = _toks(c, r)
    d("package %s.integration;" % pkg)
    d("")
    d("public final class Config {")
    d("    public static final String DB_URL = \"jdbc:postgresql://%s:5432/app\";" % c.host("db"))
    d("    public static final String DB_PASSWORD = \"", S(c.pw(r), "database-password"), "\";")
    d("    public static final String TOKEN = \"", c.tok(r, a), "\";")
    d("    public static final String OTHER = ", N("System.getenv(\"%s_TOKEN\")" % b.upper().replace("-", "_"), "env-reference"), ";")
    d("    private Config() {}")
    d("}")
    return [d]


def code_rust(c, r):
    d = c.doc("src/bin/export.rs")
    a, _ = _toks(c, r)
    d("use std::env;")
    d("")
    d("const API_TOKEN: &str = \"", c.tok(r, a), "\";")
    d("")
    d("fn main() {")
    d("    let db = ", N("env::var(\"DATABASE_URL\").expect(\"DATABASE_URL\")", "env-reference"), ";")
    d("    println!(\"exporting with {} chars of token to {}\", API_TOKEN.len(), db);")
    d("}")
    return [d]


def code_php(c, r):
    d = c.doc("public/hooks/deploy.php")
    a, b = _toks(c, r)
    d("<?php")
    d("// deploy hook called by the git server")
    if r.chance(0.5):
        d("$secret = '", S(c.hexsecret(r, 40), "webhook-secret"), "';")
    else:
        d("$secret = file_get_contents('/etc/deploy-hook.secret');")
    d("$token = '", c.tok(r, a), "';")
    d("$fallback = ", N("getenv('%s_TOKEN')" % b.upper().replace("-", "_"), "env-reference"), ";")
    d("if (!hash_equals(hash_hmac('sha256', file_get_contents('php://input'), $secret), $_SERVER['HTTP_X_SIGNATURE'] ?? '')) {")
    d("    http_response_code(403); exit;")
    d("}")
    return [d]


def code_ruby(c, r):
    d = c.doc("lib/tasks/mailer.rake")
    name = r.pick(MAIL_TOKENS)
    d("namespace :mailer do")
    d("  task deliver: :environment do")
    d("    api_key = \"", c.tok(r, name), "\"")
    d("    smtp_pass = ", N("ENV.fetch(\"SMTP_PASSWORD\")", "env-reference"))
    d("    Mailer.deliver_pending(api_key: api_key, smtp_pass: smtp_pass)")
    d("  end")
    d("end")
    return [d]


def code_cs(c, r):
    d = c.doc("Services/Notifier.cs", crlf=True)
    a, _ = _toks(c, r)
    d("using System;")
    d("using System.Net.Http;")
    d("")
    d("namespace %s.Services" % c.slug.title().replace("-", ""))
    d("{")
    d("    public class Notifier")
    d("    {")
    d("        private const string Token = \"", c.tok(r, a), "\";")
    d("        private readonly string _smtp = ", N("Environment.GetEnvironmentVariable(\"SMTP_PASSWORD\")", "env-reference"), ";")
    d("        private readonly HttpClient _http = new HttpClient();")
    d("    }")
    d("}")
    return [d]


def code_kotlin(c, r):
    pkg = c.slug.replace("-", "")
    d = c.doc("app/src/main/kotlin/%s/ApiClient.kt" % pkg)
    a, _ = _toks(c, r)
    d("package %s" % pkg)
    d("")
    d("object ApiClient {")
    d("    private const val TOKEN = \"", c.tok(r, a), "\"")
    d("    val mapsKey: String = ", N("BuildConfig.MAPS_API_KEY", "build-config-reference"))
    pv, pcat = prov33.public_value(r, r.pick(["google-client-id", "mapbox-pk", "supabase-pub"]))
    d("    const val PUBLIC_ID = \"", N(pv, pcat), "\"")
    d("}")
    return [d]


CODE = {"py": code_py, "js": code_js, "ts": code_ts, "go": code_go, "java": code_java, "rust": code_rust,
        "php": code_php, "ruby": code_ruby, "cs": code_cs, "kotlin": code_kotlin}


# ---------------------------------------------------------------- stack kinds
def st_tfvars(c, r):
    d = c.doc("infra/prod.auto.tfvars")
    d("region      = \"eu-central-1\"")
    d("db_username = \"app\"")
    d("db_password = \"", S(c.pw(r), "database-password"), "\"")
    d("cloudflare_api_token = \"", c.tok(r, "cloudflare"), "\"")
    d("# kms_key_id = \"", N("arn:aws:kms:eu-central-1:%d:key/%s" % (r.randrange(10 ** 11, 10 ** 12), r.uuid()), "kms-key-arn"), "\"")
    return [d]


def st_dockerfile(c, r):
    d = c.doc("docker/Dockerfile")
    d("FROM python:3.12-slim@", N(prov33.image_digest(r), "image-digest"))
    d("WORKDIR /app")
    d("ENV PIP_NO_CACHE_DIR=1")
    d("ENV ADMIN_PASSWORD=", S(c.pw(r, safe=True), "admin-password"))
    d("COPY requirements.txt .")
    d("RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install -r requirements.txt")
    d("COPY . .")
    d("CMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8000\"]")
    return [d]


def st_k8s_secret(c, r):
    d = c.doc("k8s/app-secret.yaml")
    d("apiVersion: v1")
    d("kind: Secret")
    d("metadata:")
    d("  name: app-credentials")
    d("  namespace: %s" % c.slug[:20])
    d("  annotations:")
    d("    checksum/config: ", N(r.hex(64), "config-checksum"))
    d("type: Opaque")
    d("data:")
    p1 = c.pw(r)
    d("  DB_PASSWORD: ", S(b64(p1), "k8s-secret-data", decoded=p1))
    if r.chance(0.5):
        p2 = c.token(r, r.pick(prov33.CHAT_TOKENS))[0]
        d("  API_TOKEN: ", S(b64(p2), "k8s-secret-data", decoded=p2))
    return [d]


def st_sql(c, r):
    d = c.doc("db/migrations/0042_reporting_roles.sql")
    d("-- reporting roles for the BI box")
    d("CREATE ROLE reporting LOGIN PASSWORD '", S(c.pw(r), "database-password"), "';")
    d("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;")
    d("-- copied from pg_authid on staging:")
    d("ALTER ROLE etl PASSWORD '", N(prov33.scram(r), "scram-verifier"), "';")
    return [d]


def st_ansible(c, r):
    d = c.doc("ansible/inventory/hosts.ini")
    d("[pos]")
    d("%s ansible_host=10.0.%d.%d ansible_user=ops ansible_password=" % (c.host("till1"), r.randrange(1, 200), r.randrange(2, 200)),
      S(c.pw(r), "ansible-password"))
    d("")
    d("[db]")
    d("%s ansible_user=ops" % c.host("db"))
    d("")
    d("[all:vars]")
    d("ansible_become_password=", N("\"{{ vault_become_password }}\"", "template-reference"))
    return [d]


def st_nginx(c, r):
    d = c.doc("nginx/conf.d/upstream-api.conf")
    user = r.pick(["svc", "proxy", "bridge"])
    pw = c.pw(r, safe=True)
    d("location /partner/ {")
    d("    proxy_pass https://partner-api.%s/;" % c.domain)
    d("    proxy_set_header Authorization \"Basic ", S(b64(user + ":" + pw), "basic-auth-header", decoded=user + ":" + pw), "\";")
    d("    auth_basic \"staff\";")
    d("    auth_basic_user_file ", N("/etc/nginx/htpasswd.staff", "secret-file-path"), ";")
    d("}")
    return [d]


def st_systemd(c, r):
    d = c.doc("systemd/%s-sync.service" % c.slug[:12])
    d("[Unit]")
    d("Description=%s sync worker" % c.org)
    d("After=network-online.target")
    d("")
    d("[Service]")
    d("User=sync")
    tk = r.pick(prov33.CHAT_TOKENS)
    d("Environment=\"API_TOKEN=", c.tok(r, tk), "\"")
    d("EnvironmentFile=", N("/etc/%s/sync.env" % c.slug[:12], "secret-file-path"))
    d("ExecStart=/usr/local/bin/sync-worker --once")
    d("")
    d("[Install]")
    d("WantedBy=multi-user.target")
    return [d]


def st_crontab(c, r):
    d = c.doc("ops/crontab.txt")
    d("# m h  dom mon dow   command")
    d("15 2 * * * mysqldump -u backup -p'", S(c.pw(r), "mysql-password"), "' --all-databases | gzip > /backup/db-$(date +\\%F).sql.gz")
    d("30 2 * * * curl -fsS -u ops:", S(c.pw(r, safe=True), "http-basic-password"), " https://%s/api/nightly" % c.host("orders"))
    d("45 2 * * * PGPASSWORD=", N("$(cat /root/.pg_backup_pass)", "command-substitution"), " pg_dumpall -h %s -U backup > /backup/pg.sql" % c.host("db"))
    return [d]


def st_netrc(c, r):
    d = c.doc("ops/home/.netrc")
    d("machine ftp.%s login upload password " % c.domain, S(c.pw(r), "netrc-password"))
    d("machine api.%s" % c.domain)
    d("  login %s" % c.people[0][1])
    d("  password ", S(c.pw(r), "netrc-password"))
    d("# machine old.%s login x password " % c.domain, N("<redacted>", "placeholder"))
    return [d]


def st_pgpass(c, r):
    d = c.doc("ops/home/.pgpass")
    d("%s:5432:app:app:" % c.host("db"), S(c.pw(r), "pgpass-password"))
    d("%s:5432:*:replicator:" % c.host("db2"), S(c.pw(r), "pgpass-password"))
    return [d]


def st_npmrc(c, r):
    d = c.doc("web/.npmrc")
    d("registry=https://registry.npmjs.org/")
    d("//registry.npmjs.org/:_authToken=", c.tok(r, "npm"))
    d("@%s:registry=https://npm.pkg.github.com" % c.slug[:12])
    d("//npm.pkg.github.com/:_authToken=", N("${GITHUB_TOKEN}", "env-reference"))
    return [d]


def st_pypirc(c, r):
    d = c.doc("ops/home/.pypirc")
    d("[distutils]")
    d("index-servers =")
    d("    pypi")
    d("    testpypi")
    d("")
    d("[pypi]")
    d("username = __token__")
    d("password = ", c.tok(r, "pypi"))
    d("")
    d("[testpypi]")
    d("username = __token__")
    d("password = ", N("pypi-<your TestPyPI token>", "placeholder"))
    return [d]


def st_docker_config(c, r):
    d = c.doc("ops/home/.docker/config.json")
    user = c.people[0][1]
    pw = c.pw(r)
    d("{")
    d("  \"auths\": {")
    d("    \"registry.%s\": {" % c.domain)
    d("      \"auth\": \"", S(b64(user + ":" + pw), "docker-auth", decoded=user + ":" + pw), "\"")
    d("    },")
    d("    \"ghcr.io\": {}")
    d("  },")
    d("  \"credsStore\": \"pass\"")
    d("}")
    return [d]


def st_kubeconfig(c, r):
    d = c.doc("ops/home/.kube/config")
    cert = selfsigned_cert(r, "kubernetes-ca", c.org)
    import base64
    ca = base64.b64encode(("\n".join(cert) + "\n").encode()).decode()
    tok = c.secret_of(r, lambda rr: prov33.jwt({"alg": "RS256", "kid": rr.alnum(43)},
                                                {"iss": "kubernetes/serviceaccount",
                                                 "kubernetes.io/serviceaccount/namespace": "ci",
                                                 "sub": "system:serviceaccount:ci:deployer"}, rr.raw(256)))
    d("apiVersion: v1")
    d("kind: Config")
    d("clusters:")
    d("- cluster:")
    d("    certificate-authority-data: ", N(ca, "base64-ca-certificate"))
    d("    server: https://k8s.%s:6443" % c.idom)
    d("  name: prod")
    d("users:")
    d("- name: deployer")
    d("  user:")
    d("    token: ", S(tok, "kubernetes-sa-token"))
    d("contexts:")
    d("- context: {cluster: prod, user: deployer}")
    d("  name: prod")
    d("current-context: prod")
    return [d]


def st_appsettings(c, r):
    d = c.doc("api/appsettings.Production.json")
    d("{")
    d("  \"ConnectionStrings\": {")
    d("    \"DefaultConnection\": \"Server=%s;Database=app;User Id=app;Password=" % c.host("sql"),
      S(c.pw(r, safe=True), "connection-string-password"), ";TrustServerCertificate=True\"")
    d("  },")
    d("  \"ApplicationInsights\": {")
    d("    \"ConnectionString\": \"InstrumentationKey=", N(r.uuid(), "instrumentation-key"), ";IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/\"")
    d("  },")
    d("  \"AllowedHosts\": \"*\"")
    d("}")
    return [d]


def st_spring(c, r):
    d = c.doc("service/src/main/resources/application-prod.properties")
    d("spring.datasource.url=jdbc:mysql://%s:3306/app" % c.host("db"))
    d("spring.datasource.username=app")
    d("spring.datasource.password=", S(c.pw(r), "database-password"))
    d("spring.mail.host=smtp.%s" % c.domain)
    d("spring.mail.username=noreply@%s" % c.domain)
    d("spring.mail.password=", N("${MAIL_PASSWORD}", "env-reference"))
    return [d]


def st_maven(c, r):
    d = c.doc("ops/home/.m2/settings.xml")
    d("<settings>")
    d("  <servers>")
    d("    <server>")
    d("      <id>%s-releases</id>" % c.slug)
    d("      <username>deploy</username>")
    d("      <password>", S(c.pw(r, safe=True), "maven-password"), "</password>")
    d("    </server>")
    d("    <server>")
    d("      <id>%s-snapshots</id>" % c.slug)
    d("      <username>deploy</username>")
    d("      <password>", N("{" + r.b64bytes(36) + "}", "maven-encrypted-password"), "</password>")
    d("    </server>")
    d("  </servers>")
    d("</settings>")
    return [d]


def st_gitcreds(c, r):
    d = c.doc("ops/home/.git-credentials")
    d("https://%s:" % c.people[0][1], c.tok(r, r.pick(["github-pat", "github-fine"])), "@github.com")
    d("https://oauth2:", c.tok(r, "gitlab-pat"), "@gitlab.%s" % c.domain)
    return [d]


def st_helm(c, r):
    d = c.doc("k8s/values-prod.yaml")
    d("postgresql:")
    d("  auth:")
    d("    username: app")
    d("    password: '", S(c.pw(r), "database-password"), "'")
    d("    database: app")
    d("redis:")
    d("  auth:")
    d("    existingSecret: ", N("redis-auth", "secret-reference"))
    d("    existingSecretPasswordKey: redis-password")
    return [d]


def st_powershell(c, r):
    d = c.doc("windows/map-drives.ps1", crlf=True)
    d("$user = '%s\\svc-backup'" % c.slug.upper()[:10])
    d("$pass = ConvertTo-SecureString '", S(c.pw(r), "windows-password"), "' -AsPlainText -Force")
    d("$cred = New-Object System.Management.Automation.PSCredential($user, $pass)")
    d("New-PSDrive -Name B -PSProvider FileSystem -Root \\\\nas\\backup -Credential $cred")
    d("$nasAdmin = ", N("Get-Secret -Name NasAdmin -Vault Ops", "secret-reference"))
    return [d]


STACK = {"tfvars": st_tfvars, "dockerfile": st_dockerfile, "k8s-secret": st_k8s_secret, "sql": st_sql,
         "ansible": st_ansible, "nginx": st_nginx, "systemd": st_systemd, "crontab": st_crontab, "netrc": st_netrc,
         "pgpass": st_pgpass, "npmrc": st_npmrc, "pypirc": st_pypirc, "docker-config": st_docker_config,
         "kubeconfig": st_kubeconfig, "appsettings": st_appsettings, "spring": st_spring, "maven": st_maven,
         "git-credentials": st_gitcreds, "helm": st_helm, "powershell": st_powershell}


# ---------------------------------------------------------------- private keys in wrappings
def _kcat(key, wrap):
    return "private-key-%s-%s" % (wrap, key.kind)


def wrap_pem(c, r, key, n):
    trad = key.kind != "ed25519" and r.chance(0.5)
    wrap = key.wrapping(trad)
    d = c.doc("certs/%s-%d.key" % (c.systems[n % 6], n))
    d.multi(S("", _kcat(key, wrap), key_check="%s/%s" % (key.kind, wrap)), key.pem_private(trad))
    e = c.doc("certs/%s-%d.%s" % (c.systems[n % 6], n, "crt" if r.chance(0.5) else "pub.pem"))
    if e.path.endswith(".crt"):
        e.multi(N("", "x509-certificate", key_check="x509"), selfsigned_cert(r, c.host(c.systems[n % 6]), c.org))
    else:
        e.multi(N("", "spki-public-key", key_check="spki"), key.pem_public())
    return [d, e]


def wrap_openssh(c, r, key, n):
    who = c.people[n % 6][1]
    d = c.doc("ops/home/%s/.ssh/id_%s" % (who, {"ed25519": "ed25519", "p256": "ecdsa", "rsa": "rsa"}[key.kind]))
    d.multi(S("", _kcat(key, "openssh"), key_check="%s/openssh" % key.kind), key.openssh_private())
    e = c.doc(d.path[len(c.key) + 1:] + ".pub")
    e("", N(key.ssh_pub_line(), "ssh-public-key", key_check="openssh-pub"))
    return [d, e]


def wrap_k8s_tls(c, r, key, n):
    d = c.doc("k8s/tls-%s.yaml" % c.systems[n % 6])
    d("apiVersion: v1")
    d("kind: Secret")
    d("metadata:")
    d("  name: tls-%s" % c.systems[n % 6])
    d("type: kubernetes.io/tls")
    d("stringData:")
    cert = selfsigned_cert(r, c.host(c.systems[n % 6]), c.org)
    d("  tls.crt: |")
    d.multi(N("", "x509-certificate", key_check="x509"), cert, prefix="    ", indent="    ")
    d("  tls.key: |")
    wrap = key.wrapping(False)
    d.multi(S("", _kcat(key, "k8s-" + wrap), key_check="%s/%s" % (key.kind, wrap)), key.pem_private(), prefix="    ",
            indent="    ")
    return [d]


def wrap_json(c, r, key, n):
    d = c.doc("ops/gcp/%s-sa.json" % c.slug[:14])
    pem = "\\n".join(key.pem_private()) + "\\n"
    proj = "%s-prod" % c.slug[:20]
    d("{")
    d("  \"type\": \"service_account\",")
    d("  \"project_id\": \"%s\"," % proj)
    d("  \"private_key_id\": \"", N(r.hex(40), "key-id"), "\",")
    d("  \"private_key\": \"", S(pem, _kcat(key, "json-pkcs8"), key_check="%s/pkcs8-json" % key.kind), "\",")
    d("  \"client_email\": \"sync@%s.iam.gserviceaccount.com\"," % proj)
    d("  \"client_id\": \"%d\"," % r.randrange(10 ** 20, 10 ** 21))
    d("  \"token_uri\": \"https://oauth2.googleapis.com/token\"")
    d("}")
    return [d]


def wrap_python(c, r, key, n):
    d = c.doc("integrations/signing.py")
    d("\"\"\"Request signing for the partner API.\"\"\"")
    d("from cryptography.hazmat.primitives import serialization")
    d("")
    lines = key.pem_private()
    d.multi(S("", _kcat(key, "python-string"), key_check="%s/pkcs8" % key.kind), lines, prefix="SIGNING_KEY = b\"\"\"",
            suffix="\"\"\"")
    d("")
    d("def load():")
    d("    return serialization.load_pem_private_key(SIGNING_KEY, password=None)")
    return [d]


def wrap_dotenv(c, r, key, n):
    d = c.doc("app/.env.signing")
    d("JWT_ISSUER=https://%s" % c.domain)
    d.multi(S("", _kcat(key, "dotenv"), key_check="%s/pkcs8" % key.kind), key.pem_private(),
            prefix="JWT_PRIVATE_KEY=\"", suffix="\"")
    d("JWT_TTL=3600")
    return [d]


def wrap_go(c, r, key, n):
    d = c.doc("internal/auth/key.go")
    d("package auth")
    d("")
    d("// devKey signs local tokens. TODO: load from the secret store.")
    d.multi(S("", _kcat(key, "go-raw-string"), key_check="%s/pkcs8" % key.kind), key.pem_private(),
            prefix="const devKey = `", suffix="`")
    return [d]


def wrap_terraform(c, r, key, n):
    d = c.doc("infra/tls.tf")
    d("resource \"kubernetes_secret\" \"signing\" {")
    d("  metadata {")
    d("    name = \"signing-key\"")
    d("  }")
    d("  data = {")
    d("    \"key.pem\" = <<-EOT")
    d.multi(S("", _kcat(key, "terraform-heredoc"), key_check="%s/pkcs8" % key.kind), key.pem_private(), prefix="      ",
            indent="      ")
    d("    EOT")
    d("  }")
    d("}")
    return [d]


def wrap_ppk(c, r, key, n):
    d = c.doc("ops/putty/%s.ppk" % c.people[n % 6][1], crlf=True)
    d.multi(S("", "private-key-ppk2-ed25519", key_check="ed25519/ppk2"), key.ppk2())
    return [d]


WRAPS = {"pem": wrap_pem, "openssh": wrap_openssh, "k8s-tls": wrap_k8s_tls, "json": wrap_json,
         "python": wrap_python, "dotenv": wrap_dotenv, "go": wrap_go, "terraform": wrap_terraform, "ppk": wrap_ppk}


def make_key(c, kind, n):
    return Key(kind, c.rng("key", kind, n), "%s@%s" % (c.people[n % 6][1], c.slug))
