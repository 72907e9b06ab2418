"""Common files, integration code in ten programming languages, infrastructure/stack files, key wrappings."""
import base64

import keys32
import prov32
from core32 import ALNUM, Doc, b64, jstr, rhex, rstr, sha256hex, sha1hex, uuid4, bcrypt_like, when
from prose32 import PROV_NAMES

# ------------------------------------------------------------------ common files
def env_file(ctx, r):
    d = Doc("app/.env")
    pw = ctx.password(r, style=r.choice(["strong", "human", "phrase"]))
    mailn = r.choice(["sendgrid", "mailgun", "mailchimp"])
    mk, mcat, menv = ctx.token(r, mailn)
    sess = ctx.randkey(r, 48)
    d.add("# %s — production" % ctx.org, "APP_NAME=%s" % ctx.short, "APP_URL=https://%s" % ctx.domain)
    d.s("DATABASE_URL=postgres://%s_app:%s@%s:5432/%s" % (ctx.short, pw, ctx.host(r, "db"), ctx.short), pw, "password-in-uri")
    d.s("%s=%s" % (menv, mk), mk, mcat)
    if r.random() < 0.5:
        d.s("SESSION_SECRET=%s" % sess, sess, "session-secret")
    else:
        d.add("SESSION_SECRET=")
    ex = r.choice(["turnstile", "recaptcha"])
    v, c, cite = prov32.EXAMPLES[ex]
    d.n("CAPTCHA_SECRET_KEY=%s" % v, v, c, cite=cite)
    if r.random() < 0.6:
        pk = r.choice(["posthog", "stripe-pk", "sentry-dsn", "recaptcha-site"])
        pv, pc = prov32.public_value(r, pk)
        name = {"posthog": "PUBLIC_POSTHOG_KEY", "stripe-pk": "STRIPE_PUBLISHABLE_KEY", "sentry-dsn": "SENTRY_DSN",
                "recaptcha-site": "RECAPTCHA_SITE_KEY"}[pk]
        d.n("%s=%s" % (name, pv), pv, pc)
    ref = "${REDIS_PASSWORD}"
    d.n("REDIS_URL=redis://:%s@%s:6379/0" % (ref, ctx.host(r, "cache")), ref, "env-reference")
    return d


def compose(ctx, r):
    d = Doc("deploy/compose.yaml")
    pg = ctx.password(r, style="strong")
    rd = ctx.password(r)
    dig = "sha256:" + sha256hex(r)
    d.add("services:", "  db:", "    image: postgres:16-alpine", "    environment:", "      POSTGRES_USER: %s" % ctx.short)
    d.s("      POSTGRES_PASSWORD: %s" % pg, pg, "password")
    d.add("    volumes: [pgdata:/var/lib/postgresql/data]", "  cache:", "    image: redis:7-alpine")
    d.s('    command: ["redis-server", "--requirepass", "%s"]' % rd, rd, "password")
    d.add("  app:")
    d.n("    image: ghcr.io/%s/%s@%s" % (ctx.short, ctx.sysname(r), dig), dig, "image-digest")
    d.add("    depends_on: [db, cache]", "    environment:")
    ref = "${BACKUP_S3_SECRET:?set it in .env}"
    d.n("      BACKUP_S3_SECRET: %s" % ref, ref, "env-reference")
    d.add("volumes:", "  pgdata: {}")
    return d


def ci_file(ctx, r):
    kind = r.choice(["github", "gitlab", "jenkins"])
    if kind == "github":
        d = Doc(".github/workflows/deploy.yml")
        hook = ctx.uniq(lambda r: "https://discord.com/api/webhooks/%d/%s" % (r.randrange(10 ** 17, 10 ** 18), rstr(r, 68, ALNUM + "_-")), r)
        sha = rhex(r, 40)
        d.add("name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
              "    steps:")
        d.n("      - uses: actions/checkout@%s # v4" % sha, sha, "git-sha")
        d.add("      - name: Deploy", "        env:")
        ref = "${{ secrets.DEPLOY_SSH_KEY }}"
        d.n("          SSH_KEY: %s" % ref, ref, "env-reference")
        d.add("        run: ./scripts/deploy.sh", "      - name: Tell the team")
        d.s("        run: curl -sf -H 'Content-Type: application/json' -d '{\"content\":\"deployed\"}' %s" % hook, hook, "discord-webhook")
        return d
    if kind == "gitlab":
        d = Doc(".gitlab-ci.yml")
        tok, cat, _ = ctx.token(r, r.choice(["gitlab-deploy", "npm", "dockerhub"]))
        d.add("stages: [build, deploy]", "variables:", "  DOCKER_DRIVER: overlay2")
        d.s("  REGISTRY_TOKEN: \"%s\"" % tok, tok, cat)
        ref = "$CI_REGISTRY_PASSWORD"
        d.n("  REGISTRY_PASSWORD: %s" % ref, ref, "env-reference")
        d.add("build:", "  stage: build", "  script:", "    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .",
              "deploy:", "  stage: deploy", "  script:", "    - ./scripts/deploy.sh", "  only: [main]")
        return d
    d = Doc("Jenkinsfile")
    pw = ctx.password(r)
    d.add("pipeline {", "  agent any", "  environment {")
    ref = "credentials('%s-registry')" % ctx.short
    d.n("    REGISTRY = %s" % ref, ref, "credentials-reference")
    d.s("    NEXUS_PASSWORD = '%s'" % pw, pw, "password")
    d.add("  }", "  stages {", "    stage('Build') { steps { sh './gradlew build' } }",
          "    stage('Publish') { steps { sh './gradlew publish -PnexusUser=ci -PnexusPassword=$NEXUS_PASSWORD' } }", "  }", "}")
    return d


def aws_credentials(ctx, r):
    d = Doc("deploy/aws/credentials")
    kid, sec, cat, _, _ = ctx.pair(r, "aws")
    d.add("[default]")
    d.pair("aws_access_key_id = %s" % kid, "aws_secret_access_key = %s" % sec, kid, sec, cat)
    d.add("region = eu-central-1", "", "[docs-example]")
    v, c, cite = prov32.EXAMPLES["aws-id"]
    d.n("aws_access_key_id = %s" % v, v, c, cite=cite)
    v, c, cite = prov32.EXAMPLES["aws-secret"]
    d.n("aws_secret_access_key = %s" % v, v, c, cite=cite)
    d.add("", "[sso]")
    ref = "aws-vault export --format=json %s-prod" % ctx.short
    d.n("credential_process = %s" % ref, ref, "credential-process")
    return d


def app_config(ctx, r):
    toml = r.random() < 0.5
    d = Doc("config/app.toml" if toml else "config/settings.yaml")
    pw = ctx.password(r)
    smtp = ctx.password(r, style=r.choice(["human", "strong"]))
    name = r.choice(["telegram", "slack", "openai", "stripe", "shopify", "square", "hetzner", "sentry"])
    tok, cat, _ = ctx.token(r, name)
    vref, vc = ctx.vault(r)
    if toml:
        d.add("[server]", 'bind = "0.0.0.0:8080"', "", "[database]")
        d.s('url = "mysql://%s:%s@%s/%s"' % (ctx.short, pw, ctx.host(r, "db"), ctx.short), pw, "password-in-uri")
        d.add("", "[smtp]", 'host = "smtp.%s"' % ctx.domain, 'user = "noreply@%s"' % ctx.domain)
        if r.random() < 0.5:
            d.s('password = "%s"' % smtp, smtp, "smtp-password")
        d.add("", "[integrations.%s]" % name)
        d.s('token = "%s"' % tok, tok, cat)
        d.n('backup_token = "%s"' % vref, vref, vc)
    else:
        d.add("server:", "  bind: 0.0.0.0:8080", "database:")
        d.s("  url: mysql://%s:%s@%s/%s" % (ctx.short, pw, ctx.host(r, "db"), ctx.short), pw, "password-in-uri")
        d.add("smtp:", "  host: smtp.%s" % ctx.domain, "  user: noreply@%s" % ctx.domain)
        if r.random() < 0.5:
            d.s("  password: '%s'" % smtp, smtp, "smtp-password")
        d.add("integrations:", "  %s:" % name)
        d.s("    token: %s" % tok, tok, cat)
        d.n("    backup_token: '%s'" % vref, vref, vc)
    return d


# ------------------------------------------------------------------ integration code
CODE = {
    "python": ("integrations/%s_sync.py", '"""%s"""', lambda n, v: '%s = "%s"' % (n, v), lambda e: 'os.environ["%s"]' % e,
               lambda n, e: "%s = %s" % (n, e), ["import os", "", "import requests"], ["", "def run():", "    pass"]),
    "javascript": ("integrations/%s.js", "// %s", lambda n, v: 'const %s = "%s";' % (n, v), lambda e: "process.env.%s" % e,
                   lambda n, e: "const %s = %s;" % (n, e), ["'use strict';", "const axios = require('axios');"],
                   ["", "module.exports = { run: async () => {} };"]),
    "typescript": ("integrations/%s.ts", "// %s", lambda n, v: 'export const %s: string = "%s";' % (n, v),
                   lambda e: 'process.env.%s ?? ""' % e, lambda n, e: "export const %s = %s;" % (n, e),
                   ["import { fetch } from 'undici';"], ["", "export async function run(): Promise<void> {}"]),
    "go": ("integrations/%s/client.go", "// %s", lambda n, v: 'const %s = "%s"' % (n, v), lambda e: 'os.Getenv("%s")' % e,
           lambda n, e: "var %s = %s" % (n, e), ["package client", "", 'import "os"'], ["", "func Run() error { return nil }"]),
    "java": ("integrations/src/main/java/ops/%sClient.java", "// %s", lambda n, v: '    private static final String %s = "%s";' % (n, v),
             lambda e: 'System.getenv("%s")' % e, lambda n, e: "    private static final String %s = %s;" % (n, e),
             ["package ops;", "", "public final class Client {"], ["", "    public void run() {}", "}"]),
    "rust": ("integrations/src/%s.rs", "// %s", lambda n, v: 'const %s: &str = "%s";' % (n, v),
             lambda e: 'std::env::var("%s").unwrap_or_default()' % e, lambda n, e: "fn %s() -> String { %s }" % (n.lower(), e),
             ["use std::time::Duration;"], ["", "pub fn run() {", "    let _t = Duration::from_secs(5);", "}"]),
    "php": ("integrations/%s.php", "// %s", lambda n, v: "define('%s', '%s');" % (n, v), lambda e: "getenv('%s')" % e,
            lambda n, e: "$%s = %s;" % (n.lower(), e), ["<?php", "declare(strict_types=1);"], ["", "function run(): void {}"]),
    "ruby": ("integrations/%s.rb", "# %s", lambda n, v: '%s = "%s".freeze' % (n, v), lambda e: 'ENV.fetch("%s")' % e,
             lambda n, e: "%s = %s" % (n, e), ["require 'net/http'", "require 'json'"], ["", "def run; end"]),
    "csharp": ("integrations/%sClient.cs", "// %s", lambda n, v: '    private const string %s = "%s";' % (n, v),
               lambda e: 'Environment.GetEnvironmentVariable("%s")' % e,
               lambda n, e: "    private static readonly string? %s = %s;" % (n, e),
               ["using System;", "", "namespace Ops;", "", "public static class Client", "{"], ["", "    public static void Run() { }", "}"]),
    "kotlin": ("integrations/src/main/kotlin/%sClient.kt", "// %s", lambda n, v: 'const val %s = "%s"' % (n, v),
               lambda e: 'System.getenv("%s")' % e, lambda n, e: "val %s: String? = %s" % (n, e), ["package ops", ""],
               ["", "fun run() {}"]),
}
CODE_LANGS = list(CODE)
CODE_TOKENS = ["slack", "sendgrid", "github", "npm", "stripe", "stripe-webhook", "openai", "anthropic", "telegram",
               "discord", "shopify", "square", "braintree", "mailgun", "twilio", "sentry", "newrelic", "dynatrace",
               "okta", "linear", "notion", "figma", "postman", "grafana", "huggingface", "groq", "replicate",
               "openrouter", "digitalocean", "heroku", "vercel", "supabase-secret", "cloudflare-ca", "doppler", "pulumi",
               "databricks", "terraform", "atlassian", "circleci", "buildkite", "planetscale", "prefect", "octopus",
               "infracost", "azure-devops", "mapbox", "bedrock", "azure-storage", "entra", "hetzner", "github-app",
               "google", "google-oauth", "slack-webhook", "age", "grafana-cloud", "sentry-org", "onepassword", "swarm",
               "render", "rubygems", "nuget", "pypi", "jfrog", "vault", "gitlab", "gitlab-trigger"]


def code_file(ctx, r, lang, with_pair):
    path, com, const, env, envdecl, head, tail = CODE[lang]
    name = ctx.sysname(r)
    d = Doc(path % (name.title() if lang in ("java", "csharp", "kotlin") else name))
    if lang == "java":
        head = [h.replace("class Client", "class %sClient" % name.title()) for h in head]
    if lang == "csharp":
        head = [h.replace("class Client", "class %sClient" % name.title()) for h in head]
    d.add(com % ("%s integration for %s" % (name, ctx.org)), *head)
    picks = r.sample(CODE_TOKENS, 2)
    for p in picks[: 1 if with_pair else 2]:
        tok, cat, envname = ctx.token(r, p)
        d.s(const(envname, tok), tok, cat)
    if with_pair:
        pn = r.choice(["aws", "gcs-hmac", "alibaba", "tencent", "twilio-key", "b2", "datadog", "s3compat"])
        kid, sec, cat, eid, esec = ctx.pair(r, pn)
        d.pair(const(eid, kid), const(esec, sec), kid, sec, cat)
    evar = r.choice(["DB_PASSWORD", "WEBHOOK_SECRET", "SMTP_PASSWORD", "API_SIGNING_KEY"])
    e = env(evar)
    d.n(envdecl(evar.title().replace("_", "") if lang == "csharp" else evar, e), e, "env-reference")
    if r.random() < 0.4:
        pv, pc = prov32.public_value(r, r.choice(["stripe-pk", "google-client-id", "twilio-sid", "mapbox-pk", "firebase-web"]))
        d.n(const("PUBLIC_CLIENT_ID", pv), pv, pc)
    d.add(*tail)
    return d


# ------------------------------------------------------------------ stack / infrastructure files
def st_terraform(ctx, r):
    d = Doc("infra/main.tf")
    tok, cat, _ = ctx.token(r, r.choice(["hetzner", "digitalocean", "cloudflare-ca"]))
    d.add('terraform {', '  required_version = ">= 1.6"', '}', '', 'provider "hcloud" {')
    d.s('  token = "%s"' % tok, tok, cat)
    d.add('}', '', 'resource "random_password" "db" { length = 24 }', '', 'module "db" {', '  source = "./modules/db"')
    d.n('  password = var.db_password', "var.db_password", "terraform-variable")
    d.add('}')
    return d


def st_tfvars(ctx, r):
    d = Doc("infra/prod.auto.tfvars")
    pw = ctx.password(r, style="strong")
    d.add('project = "%s"' % ctx.short, 'region  = "fsn1"')
    d.s('db_password = "%s"' % pw, pw, "password")
    sha = sha256hex(r)
    d.n('image_checksum = "sha256:%s"' % sha, sha, "sha256")
    return d


def st_dockerfile(ctx, r):
    d = Doc("Dockerfile")
    tok, cat, env = ctx.token(r, r.choice(["npm", "github", "gitlab", "jfrog"]))
    dig = "sha256:" + sha256hex(r)
    d.n("FROM node:22-alpine@%s AS build" % dig, dig, "image-digest")
    d.add("WORKDIR /src", "ARG NPM_TOKEN")
    d.s("ENV %s=%s" % (env, tok), tok, cat)
    d.add("COPY package*.json ./", "RUN npm ci", "COPY . .", "RUN npm run build", "", "FROM node:22-alpine",
          "COPY --from=build /src/dist /app", 'CMD ["node", "/app/server.js"]')
    return d


def st_k8s_secret(ctx, r):
    d = Doc("k8s/%s-secret.yaml" % ctx.sysname(r))
    pw = ctx.password(r)
    tok, cat, _ = ctx.token(r, r.choice(["slack", "telegram", "sendgrid"]))
    enc = b64(tok.encode())
    ctx.reg.add(enc)
    d.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-app" % ctx.short, "  annotations:")
    sha = sha256hex(r)
    d.n("    checksum/config: %s" % sha, sha, "sha256")
    d.add("type: Opaque", "stringData:")
    d.s("  DB_PASSWORD: '%s'" % pw, pw, "password")
    d.add("data:")
    d.s("  NOTIFY_TOKEN: %s" % enc, enc, cat + "-base64", decoded=tok)
    return d


def st_sql(ctx, r):
    d = Doc("db/migrations/0%d_roles.sql" % r.randrange(10, 99))
    pw = ctx.password(r)
    md5 = "md5" + rhex(r, 32)
    d.add("-- roles for the %s app" % ctx.sysname(r), "BEGIN;")
    d.s("CREATE ROLE %s_app LOGIN PASSWORD '%s';" % (ctx.short, pw), pw, "password")
    d.n("ALTER ROLE %s_report PASSWORD '%s';" % (ctx.short, md5), md5, "password-hash")
    d.add("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %s_report;" % ctx.short, "COMMIT;")
    return d


def st_ansible(ctx, r):
    d = Doc("ansible/inventory.ini")
    pw = ctx.password(r)
    d.add("[shop]", "pos1 ansible_host=%s" % ctx.ip(r))
    d.s("pos2 ansible_host=%s ansible_user=admin ansible_password=%s" % (ctx.ip(r), pw), pw, "password")
    d.add("", "[office]")
    ref = "{{ vault_office_password }}"
    d.n("office1 ansible_host=%s ansible_password='%s'" % (ctx.ip(r), ref), ref, "template-variable")
    return d


def st_nginx(ctx, r):
    d = Doc("nginx/conf.d/%s.conf" % ctx.sysname(r))
    u, pw = ctx.user(r), ctx.password(r, style="strong")
    basic = b64(("%s:%s" % (u, pw)).encode())
    ctx.reg.add(basic)
    d.add("server {", "    listen 443 ssl;", "    server_name %s.%s;" % (ctx.sysname(r), ctx.domain), "    location /upstream/ {",
          "        proxy_pass https://partner.example.net/;")
    d.s('        proxy_set_header Authorization "Basic %s";' % basic, basic, "basic-auth-header", decoded="%s:%s" % (u, pw))
    d.add("    }", "    location /admin/ {", '        auth_basic "staff";')
    d.n("        auth_basic_user_file /etc/nginx/.htpasswd-%s;" % ctx.short, "/etc/nginx/.htpasswd-%s" % ctx.short, "secret-file-reference")
    d.add("    }", "}")
    return d


def st_systemd(ctx, r):
    d = Doc("systemd/%s-worker.service" % ctx.sysname(r))
    pw = ctx.password(r)
    d.add("[Unit]", "Description=%s worker" % ctx.sysname(r), "", "[Service]")
    d.s("Environment=MQTT_PASSWORD=%s" % pw, pw, "mqtt-password")
    d.n("EnvironmentFile=-/etc/%s/worker.env" % ctx.short, "/etc/%s/worker.env" % ctx.short, "secret-file-reference")
    d.add("ExecStart=/usr/local/bin/%s-worker" % ctx.short, "", "[Install]", "WantedBy=multi-user.target")
    return d


def st_crontab(ctx, r):
    d = Doc("cron/crontab")
    pw = ctx.password(r)
    d.add("SHELL=/bin/sh", "MAILTO=it@%s" % ctx.domain)
    d.s("15 2 * * * curl -fsS -u backup:%s https://%s/api/export > /srv/export/$(date +\\%%F).json" % (pw, ctx.host(r)), pw, "password-in-cli")
    d.n("30 2 * * * /usr/local/bin/sync --password-file /etc/%s/sync.pass" % ctx.short, "/etc/%s/sync.pass" % ctx.short, "secret-file-reference")
    return d


def st_netrc(ctx, r):
    d = Doc("dotfiles/.netrc")
    pw = ctx.password(r)
    d.s("machine ftp.%s login %s password %s" % (ctx.domain, ctx.user(r), pw), pw, "password")
    d.add("machine api.github.com login %s" % ctx.handle(r))
    ph = "<personal-access-token>"
    d.n("  password %s" % ph, ph, "placeholder")
    return d


def st_pgpass(ctx, r):
    d = Doc("dotfiles/.pgpass")
    pw = ctx.password(r)
    d.s("%s:5432:%s:%s:%s" % (ctx.host(r, "db"), ctx.short, ctx.user(r), pw), pw, "password")
    d.add("%s:5432:*:readonly:*" % ctx.host(r, "db-replica"))
    return d


def st_npmrc(ctx, r):
    d = Doc(".npmrc")
    tok, cat, _ = ctx.token(r, "npm")
    d.add("registry=https://registry.npmjs.org/")
    d.s("//registry.npmjs.org/:_authToken=%s" % tok, tok, cat)
    ref = "${GITHUB_PACKAGES_TOKEN}"
    d.n("//npm.pkg.github.com/:_authToken=%s" % ref, ref, "env-reference")
    return d


def st_pypirc(ctx, r):
    d = Doc(".pypirc")
    tok, cat, _ = ctx.token(r, "pypi")
    d.add("[distutils]", "index-servers =", "    pypi", "    internal", "", "[pypi]", "username = __token__")
    d.s("password = %s" % tok, tok, cat)
    d.add("", "[internal]", "repository = https://pypi.%s/simple/" % ctx.domain, "username = ci")
    d.n("password = %s" % "changeme", "changeme", "placeholder")
    return d


def st_dockercfg(ctx, r):
    d = Doc("dotfiles/.docker/config.json")
    u, pw = ctx.user(r), ctx.password(r)
    auth = b64(("%s:%s" % (u, pw)).encode())
    ctx.reg.add(auth)
    d.add("{", '  "auths": {', '    "registry.%s": {' % ctx.domain)
    d.s('      "auth": "%s"' % auth, auth, "docker-auth", decoded="%s:%s" % (u, pw))
    d.add("    },", '    "ghcr.io": {}', "  },")
    d.n('  "credsStore": "desktop"', "desktop", "credential-helper")
    d.add("}")
    return d


def st_kubeconfig(ctx, r):
    d = Doc("k8s/kubeconfig-ci.yaml")
    tok = ctx.uniq(lambda r: "eyJhbGciOiJSUzI1NiIsImtpZCI6Ij" + rstr(r, 180, ALNUM + "_-") + "." + rstr(r, 120, ALNUM + "_-"), r)
    ca = b64(("-----BEGIN CERTIFICATE-----\n" + rstr(r, 300, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n").encode())
    d.add("apiVersion: v1", "kind: Config", "clusters:", "- cluster:")
    d.n("    certificate-authority-data: %s" % ca, ca, "certificate-base64")
    d.add("    server: https://k8s.%s:6443" % ctx.domain, "  name: prod", "users:", "- name: ci", "  user:")
    d.s("    token: %s" % tok, tok, "kubernetes-sa-token")
    d.add("contexts:", "- context: {cluster: prod, user: ci}", "  name: ci", "current-context: ci")
    return d


def st_appsettings(ctx, r):
    d = Doc("src/Api/appsettings.Production.json")
    pw = ctx.password(r)
    d.add("{", '  "ConnectionStrings": {')
    d.s('    "Default": "Server=%s;Database=%s;User Id=api;Password=%s;TrustServerCertificate=True"' % (ctx.host(r, "sql"), ctx.short, pw),
        pw, "password-in-connection-string")
    d.add("  },", '  "Jwt": {')
    ref = "#{JwtSigningKey}#"
    d.n('    "SigningKey": "%s"' % ref, ref, "template-variable")
    d.add("  }", "}")
    return d


def st_spring(ctx, r):
    d = Doc("src/main/resources/application-prod.properties")
    pw = ctx.password(r)
    d.add("spring.datasource.url=jdbc:postgresql://%s:5432/%s" % (ctx.host(r, "db"), ctx.short), "spring.datasource.username=%s" % ctx.short)
    d.s("spring.datasource.password=%s" % pw, pw, "password")
    ref = "${MAIL_PASSWORD}"
    d.n("spring.mail.password=%s" % ref, ref, "env-reference")
    return d


def st_maven(ctx, r):
    d = Doc("dotfiles/.m2/settings.xml")
    pw = ctx.password(r)
    enc = "{" + b64(bytes(r.getrandbits(8) for _ in range(32))) + "}"
    d.add("<settings>", "  <servers>", "    <server>", "      <id>%s-releases</id>" % ctx.short, "      <username>deploy</username>")
    d.s("      <password>%s</password>" % pw, pw, "password")
    d.add("    </server>", "    <server>", "      <id>%s-snapshots</id>" % ctx.short, "      <username>deploy</username>")
    d.n("      <password>%s</password>" % enc, enc, "encrypted-password")
    d.add("    </server>", "  </servers>", "</settings>")
    return d


def st_ios(ctx, r):
    d = Doc("network/%s-sw01.cfg" % ctx.short, crlf=True)
    com = ctx.password(r, style=r.choice(["weak", "strong"]))
    h = "$9$" + rstr(r, 14, ALNUM + "./") + "$" + rstr(r, 43, ALNUM + "./")
    d.add("hostname %s-sw01" % ctx.short, "!")
    d.n("username admin privilege 15 secret 9 %s" % h, h, "password-hash")
    d.s("snmp-server community %s RW" % com, com, "snmp-community")
    d.n("snmp-server community public RO", "public", "documented-default", cite="SNMP default read community")
    d.add("!", "end")
    return d


def st_mikrotik(ctx, r):
    d = Doc("network/%s-router.rsc" % ctx.short)
    pw = ctx.password(r)
    psk = ctx.wifi(r)
    d.add("# RouterOS 7 export", "/interface wifi security")
    d.s('add name=staff authentication-types=wpa2-psk,wpa3-psk passphrase="%s"' % psk, psk, "wifi-psk")
    d.add("/user")
    d.s('add name=ops group=full password="%s"' % pw, pw, "password")
    return d


def st_powershell(ctx, r):
    d = Doc("scripts/Map-Share.ps1", crlf=True)
    pw = ctx.password(r)
    d.add("# map the scans share on the office PC", "$user = '%s\\scans'" % ctx.short.upper())
    d.s("$pw = ConvertTo-SecureString '%s' -AsPlainText -Force" % pw, pw, "password")
    d.add("$cred = New-Object System.Management.Automation.PSCredential($user, $pw)",
          "New-PSDrive -Name S -PSProvider FileSystem -Root \\\\%s\\scans -Credential $cred -Persist" % ctx.host(r))
    ref = "Get-Secret -Name %sBackup -AsPlainText" % ctx.short.title()
    d.n("$backup = %s" % ref, ref, "vault-reference")
    return d


STACK = ["terraform", "tfvars", "dockerfile", "k8s_secret", "sql", "ansible", "nginx", "systemd", "crontab", "netrc",
         "pgpass", "npmrc", "pypirc", "dockercfg", "kubeconfig", "appsettings", "spring", "maven", "ios", "mikrotik",
         "powershell"]
STACK_FUNCS = {k: globals()["st_" + k] for k in STACK}


# ------------------------------------------------------------------ private keys
WRAPS = ["pem_file", "openssh", "yaml_block", "json_escaped", "python_triple", "env_multiline", "go_raw", "tf_heredoc"]


def _kc(key, wrap):
    return {"type": key.kind, "wrap": wrap}


def key_docs(ctx, r, wrap, key, n):
    name = "%s-%s" % (ctx.sysname(r), n)
    if wrap == "pem_file":
        pem = key.pkcs8_pem() if r.random() < 0.6 else key.traditional_pem()
        d = Doc("keys/%s.key" % name)
        d.block(pem, "\n".join(pem), "private-key-%s" % key.kind, key_check=_kc(key, "pem"))
        out = [d]
        if key.kind == "ed25519" and r.random() < 0.7:
            t0 = when(r)
            import datetime
            cert = keys32.certificate(key, "%s.%s" % (ctx.sysname(r), ctx.domain), ctx.org, t0, t0 + datetime.timedelta(days=730),
                                      r.randrange(10 ** 8, 10 ** 12))
            c = Doc("keys/%s.crt" % name)
            c.block(cert, "\n".join(cert), "certificate", kind="negative", key_check={"type": "x509"})
            out.append(c)
        else:
            spki = key.spki_pem()
            c = Doc("keys/%s.pub.pem" % name)
            c.block(spki, "\n".join(spki), "public-key-spki", kind="negative", key_check={"type": "spki"})
            out.append(c)
        return out
    if wrap == "openssh":
        fn = {"ed25519": "id_ed25519", "p256": "id_ecdsa", "rsa": "id_rsa"}[key.kind]
        sysn = ctx.sysname(r)
        comment = "%s@%s" % (ctx.handle(r), sysn)
        lines = key.openssh_private(comment)
        d = Doc("ssh/%s/%s" % (sysn, fn))
        d.block(lines, "\n".join(lines), "private-key-openssh", key_check=_kc(key, "openssh"))
        p = Doc("ssh/%s/%s.pub" % (sysn, fn))
        pub = key.openssh_pub(comment)
        p.n(pub, pub.split(" ")[1], "public-key-ssh", key_check={"type": "openssh-pub"})
        return [d, p]
    pem = key.traditional_pem() if r.random() < 0.5 else key.pkcs8_pem()
    body = "\n".join(pem)
    if wrap == "yaml_block":
        d = Doc("k8s/%s-tls.yaml" % name)
        d.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-tls" % ctx.sysname(r), "type: kubernetes.io/tls",
              "stringData:", "  tls.key: |")
        d.block(["    " + x for x in pem], body, "private-key-%s" % key.kind, key_check=_kc(key, "yaml"))
        d.add("  tls.crt: |", "    # issued by the internal CA, see pki/README")
        return [d]
    if wrap == "json_escaped":
        d = Doc("config/%s-signing.json" % name)
        esc = "\\n".join(pem) + "\\n"
        d.add("{", '  "type": "signing_key",', '  "key_id": "%s",' % rhex(r, 40))
        d.s('  "private_key": "%s",' % esc, esc, "private-key-%s" % key.kind, key_check=_kc(key, "json-escaped"))
        d.add('  "client_email": "signer@%s"' % ctx.domain, "}")
        return [d]
    if wrap == "python_triple":
        d = Doc("app/%s_signing.py" % ctx.sysname(r))
        d.add('"""Signs the %s export files."""' % ctx.sysname(r), "")
        d.block(['SIGNING_KEY = """' + pem[0]] + pem[1:-1] + [pem[-1] + '"""'], body, "private-key-%s" % key.kind,
                key_check=_kc(key, "python"))
        d.add("", "def sign(data: bytes) -> bytes:", "    raise NotImplementedError")
        return [d]
    if wrap == "env_multiline":
        d = Doc("app/.env.signing")
        d.add("# loaded by dotenv; multi-line values need double quotes")
        d.block(['JWT_PRIVATE_KEY="' + pem[0]] + pem[1:-1] + [pem[-1] + '"'], body, "private-key-%s" % key.kind,
                key_check=_kc(key, "dotenv"))
        d.add("JWT_ISSUER=https://%s" % ctx.domain)
        return [d]
    if wrap == "go_raw":
        d = Doc("internal/sign/key.go")
        d.add("package sign", "", "// devKey is used when no KMS is configured.")
        d.block(["const devKey = `" + pem[0]] + pem[1:-1] + [pem[-1] + "`"], body, "private-key-%s" % key.kind,
                key_check=_kc(key, "go-raw"))
        return [d]
    if wrap == "tf_heredoc":
        d = Doc("infra/tls.tf")
        sysn = ctx.sysname(r)
        d.add('resource "kubernetes_secret" "%s_tls" {' % sysn, "  metadata { name = \"%s-tls\" }" % sysn,
              "  data = {", "    \"tls.key\" = <<-EOT")
        d.block(["      " + x for x in pem], body, "private-key-%s" % key.kind, key_check=_kc(key, "terraform"))
        d.add("    EOT", "  }", "}")
        return [d]
    raise ValueError(wrap)
