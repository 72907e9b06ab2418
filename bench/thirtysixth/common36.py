"""Common files, integration code in twelve languages, stack files and private-key wrappings."""
import base64
import hashlib
import json

import keys36
import prov36
from cfg36 import AN, basic, comment, doc, envq, eq, ip, key_pem_lines, new_key
from core36 import B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64u, esc_json, jwt, rbytes, rhex, rs, ruuid
from prose36 import make_uri, uri_password


def _tok(ctx, r, name):
    fn, cat, label = prov36.TOKENS[name]
    return ctx.token(r, fn), cat, label


# ---------------------------------------------------------------- common files
def app_env(ctx, r):
    d = doc(ctx, "app/.env")
    pw = uri_password(ctx, r)
    uri = make_uri(ctx, r, pw, r.choice(["postgresql", "mysql", "postgres"]))
    d.add(comment(r), "APP_ENV=production", "APP_URL=https://%s" % ctx.domain, "LOG_LEVEL=info", "")
    d.sl("DATABASE_URL=%s" % envq(r, uri, "nd"), uri, "connection-string", secret_part=pw)
    d.nl("REDIS_URL=${REDIS_URL}", "${REDIS_URL}", "reference")
    mail = r.choice(["sendgrid", "mailgun", "mailchimp"])
    tok, cat, _ = _tok(ctx, r, mail)
    key = {"sendgrid": "SENDGRID_API_KEY", "mailgun": "MAILGUN_API_KEY", "mailchimp": "MAILCHIMP_API_KEY"}[mail]
    d.sl("%s=%s" % (key, envq(r, tok, "nd")), tok, cat)
    ss = ctx.strong(r, 48, HEX)
    d.sl("SESSION_SECRET=%s" % ss, ss, "session-secret")
    if r.random() < 0.35:
        ak = ctx.token(r, prov36.azure_key)
        d.sl("AZURE_STORAGE_CONNECTION_STRING=%s" % envq(r, "DefaultEndpointsProtocol=https;AccountName=%sfiles;AccountKey=%s;EndpointSuffix=core.windows.net" % (
            ctx.key.split("-")[0][:12], ak), "nd"), ak, "azure-storage-key")
    ex = r.choice([prov36.DOC_EXAMPLES[4], prov36.DOC_EXAMPLES[5]])
    kname = "TURNSTILE_SECRET_KEY" if ex[0].startswith("1x") else "RECAPTCHA_SECRET_KEY"
    d.nl("%s=%s  # test key from the docs; prod value comes from the vault" % (kname, ex[0]), ex[0], ex[1], cite=ex[2])
    pub, what = prov36.public_value(r, r.choice(["posthog", "sentry-dsn", "turnstile-site"]))
    d.nl("PUBLIC_ANALYTICS_KEY=%s" % pub, pub, "public-by-design", cite=what)
    return [d]


def compose(ctx, r):
    pw = ctx.password(r, r.choice(["random", "human"]))
    d = doc(ctx, "deploy/compose.yaml")
    dig = prov36.image_digest(r)
    d.add("name: %s" % ctx.key, "services:", "  db:")
    d.nl("    image: postgres:16@%s" % dig, dig, "image-digest")
    d.add("    restart: unless-stopped", "    environment:", "      POSTGRES_USER: %s" % ctx.key.split("-")[0], "      POSTGRES_DB: app")
    d.sl("      POSTGRES_PASSWORD: %s" % envq(r, pw, "nsd"), pw, "db-password")
    d.add("    volumes:", "      - pgdata:/var/lib/postgresql/data", "  cache:", "    image: redis:7-alpine")
    if r.random() < 0.6:
        rp = ctx.strong(r, 24, AN)
        d.sl('    command: ["redis-server", "--requirepass", "%s"]' % rp, rp, "redis-password")
    d.add("  app:", "    image: ghcr.io/%s/app:latest" % ctx.key, "    env_file: ../app/.env", "    depends_on: [db, cache]",
          "volumes:", "  pgdata: {}")
    return [d]


def ci_file(ctx, r, kind):
    if kind == "github":
        hook = ctx.token(r, prov36.slack_webhook)
        sha = rhex(r, 40)
        d = doc(ctx, ".github/workflows/deploy.yml")
        d.add("name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:")
        d.nl("      - uses: actions/checkout@%s # v4" % sha, sha, "commit-sha")
        d.add("      - name: deploy", "        run: ./scripts/deploy.sh", "        env:")
        d.nl("          DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}", "${{ secrets.DEPLOY_KEY }}", "reference")
        d.add("      - name: notify", "        if: always()", "        run: |")
        d.sl("          curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deployed\"}' %s" % hook, hook, "slack-webhook")
        return [d]
    if kind == "gitlab":
        tok = "gldt-" + ctx.strong(r, 20, AN + "-_")
        d = doc(ctx, ".gitlab-ci.yml")
        d.add("stages: [build, deploy]", "variables:", "  DOCKER_DRIVER: overlay2", "build:", "  stage: build", "  script:")
        d.nl('    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" $CI_REGISTRY', "$CI_REGISTRY_PASSWORD", "reference")
        d.add("    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .", "deploy:", "  stage: deploy", "  script:")
        d.sl("    - git clone https://gitlab+deploy-token-%d:%s@gitlab.%s/ops/config.git" % (r.randint(10, 999), tok, ctx.domain), tok, "gitlab-deploy-token")
        d.add("    - ./config/apply.sh")
        return [d]
    if kind == "bitbucket":
        tok = ctx.token(r, prov36.npm)
        d = doc(ctx, "bitbucket-pipelines.yml")
        d.add("image: node:20", "pipelines:", "  branches:", "    main:", "      - step:", "          name: publish", "          script:")
        d.sl("            - echo '//registry.npmjs.org/:_authToken=%s' > ~/.npmrc" % tok, tok, "npm-token")
        d.add("            - npm ci", "            - npm publish --access restricted")
        d.nl("            - echo \"$NPM_TOKEN_BACKUP\" > /dev/null", "$NPM_TOKEN_BACKUP", "reference")
        return [d]
    tok = ctx.token(r, prov36.github_fine)
    d = doc(ctx, "azure-pipelines.yml")
    d.add("trigger:", "  - main", "pool:", "  vmImage: ubuntu-latest", "steps:", "  - script: |")
    d.sl("      git clone https://x-access-token:%s@github.com/%s/infra.git" % (tok, ctx.key), tok, "github-fine-grained-pat")
    d.add("    displayName: fetch infra", "  - script: az storage blob upload-batch -d backups -s ./out --sas-token \"$(STORAGE_SAS)\"")
    d.n("$(STORAGE_SAS)", "reference", line=d.here() - 1)
    return [d]


def aws_credentials(ctx, r):
    kid, sec = prov36.aws_pair(r)
    ctx.reg.add(sec)
    d = doc(ctx, "ops/aws/credentials")
    d.add("[default]", "aws_access_key_id = %s" % kid, "aws_secret_access_key = %s" % sec)
    d.pair(kid, sec, "aws-access-key")
    d.add("region = eu-central-1", "", "[docs-example]")
    d.nl("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", "documented-example", cite="AWS IAM docs example access key ID")
    d.add("", "[sso]")
    d.nl("credential_process = aws-vault export --format=json %s" % ctx.key, "aws-vault export --format=json %s" % ctx.key, "reference")
    return [d]


def gcp_sa(ctx, r):
    k = new_key(ctx, r, "rsa")
    lines, kid, pk = prov36.gcp_sa_json(r, k.pkcs8_pem(), "%s-%d" % (ctx.key.split("-")[0], r.randint(100000, 999999)), "uploader")
    ctx.reg.add(pk)
    d = doc(ctx, "ops/gcp/uploader-sa.json")
    d.add(*lines[:3])
    d.nl(lines[3], kid, "key-id")
    d.sl(lines[4], pk, "gcp-service-account-key", key_check="rsa:pkcs8:escaped")
    d.add(*lines[5:])
    return [d]


def app_toml(ctx, r):
    d = doc(ctx, "config/app.toml")
    tok, cat, label = _tok(ctx, r, r.choice(["openai", "anthropic", "groq", "openrouter", "hf"]))
    d.add("[server]", 'bind = "0.0.0.0:8080"', 'public_url = "https://%s"' % ctx.domain, "", "[llm]", 'provider = "%s"' % label.lower())
    d.sl('api_key = "%s"' % tok, tok, cat)
    d.add('model = "%s"' % r.choice(["gpt-4o-mini", "claude-3-5-haiku", "llama-3.1-8b", "mixtral"]), "", "[storage]")
    d.nl('secret = { env = "STORAGE_SECRET" }', 'env = "STORAGE_SECRET"', "reference")
    return [d]


# ---------------------------------------------------------------- integration code
CODE = ["python", "typescript", "go", "java", "rust", "php", "ruby", "csharp", "kotlin", "lua", "elixir", "perl"]
CODE_TOKENS = ["stripe", "slack-bot", "telegram", "github", "sendgrid", "openai", "twilio", "shopify", "square", "linear",
               "notion", "discord", "dockerhub", "do", "doppler", "vault", "google", "databricks", "supabase", "figma"]


def code_file(ctx, r, lang):
    name = r.choice(CODE_TOKENS)
    if name == "twilio":
        sid, tokv = prov36.twilio_pair(r)
        ctx.reg.add(tokv)
        cat = "twilio-auth-token"
    else:
        tokv, cat, _ = _tok(ctx, r, name)
        sid = None
    var = {"stripe": "STRIPE_KEY", "slack-bot": "SLACK_TOKEN", "telegram": "BOT_TOKEN", "github": "GH_TOKEN", "sendgrid": "SENDGRID_KEY",
           "openai": "OPENAI_API_KEY", "twilio": "TWILIO_AUTH_TOKEN", "shopify": "SHOPIFY_TOKEN", "square": "SQUARE_TOKEN",
           "linear": "LINEAR_KEY", "notion": "NOTION_TOKEN", "discord": "DISCORD_TOKEN", "dockerhub": "DOCKERHUB_TOKEN",
           "do": "DO_TOKEN", "doppler": "DOPPLER_TOKEN", "vault": "VAULT_TOKEN", "google": "MAPS_KEY",
           "databricks": "DATABRICKS_TOKEN", "supabase": "SUPABASE_SECRET", "figma": "FIGMA_TOKEN"}[name]
    fb = "FALLBACK_" + var
    sysn = r.choice(ctx.th["systems"]).replace("-", "_")
    ext = {"python": "py", "typescript": "ts", "go": "go", "java": "java", "rust": "rs", "php": "php", "ruby": "rb", "csharp": "cs",
           "kotlin": "kt", "lua": "lua", "elixir": "ex", "perl": "pl"}[lang]
    camel = "".join(x.title() for x in sysn.split("_"))
    cls = camel + "Client"
    path = "src/%s/%s_client.%s" % (lang, sysn, ext) if lang not in ("java", "csharp", "kotlin") else "src/%s/%s.%s" % (lang, cls, ext)
    d = doc(ctx, path, crlf=(lang == "csharp"), bom=(lang == "csharp" and r.random() < 0.7))
    host = "api.%s" % ctx.domain
    T = CODE_TEMPLATES[lang]
    look = T["look"] % var
    ns = ctx.key.replace("-", ".")
    for part in T["tpl"].split("\n"):
        line = part.format(fb=fb, var=var, tok=tokv, cls=cls, host=host, ns=ns, sysn=sysn, camel=camel, look=look,
                           fbl=fb.lower(), mod="".join(x.title() for x in ctx.key.split("-")))
        if "{tok}" in part:
            if sid and lang == "python":
                d.add('ACCOUNT_SID = "%s"' % sid)
                d.add(line)
                d.pair(sid, tokv, cat)
            else:
                d.sl(line, tokv, cat)
        elif "{look}" in part:
            d.nl(line, look, "env-lookup")
        else:
            d.add(line)
    if r.random() < 0.4:
        pub, what = prov36.public_value(r, r.choice(["stripe-pk", "google-client-id", "sentry-dsn"]))
        c = {"python": "#", "ruby": "#", "elixir": "#", "perl": "#", "lua": "--"}.get(lang, "//")
        d.nl("%s public, safe to ship: %s" % (c, pub), pub, "public-by-design", cite=what)
    return [d]


CODE_TEMPLATES = {
    "python": dict(look='os.environ.get("%s")', tpl="""import os
import requests

# TODO(ops): drop the fallback once the new vault path is live
{fb} = "{tok}"


def session():
    token = {look} or {fb}
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + token
    return s


def status():
    return session().get("https://{host}/v1/status", timeout=10).json()"""),
    "typescript": dict(look="process.env.%s", tpl="""import axios from "axios";

const {fb} = "{tok}"; // remove after migration

export function client() {{
  const token = {look} ?? {fb};
  return axios.create({{
    baseURL: "https://{host}/v1",
    headers: {{ Authorization: `Bearer ${{token}}` }},
    timeout: 10_000,
  }});
}}"""),
    "go": dict(look='os.Getenv("%s")', tpl="""package client

import (
\t"net/http"
\t"os"
\t"time"
)

const {fb} = "{tok}"

func token() string {{
\tif t := {look}; t != "" {{
\t\treturn t
\t}}
\treturn {fb}
}}

func New() *http.Client {{ return &http.Client{{Timeout: 10 * time.Second}} }}"""),
    "java": dict(look='System.getenv("%s")', tpl="""package {ns};

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;

public final class {cls} {{
    private static final String {fb} = "{tok}";

    static String token() {{
        String t = {look};
        return t != null ? t : {fb};
    }}

    static HttpRequest status() {{
        return HttpRequest.newBuilder(URI.create("https://{host}/v1/status"))
                .header("Authorization", "Bearer " + token()).build();
    }}
}}"""),
    "rust": dict(look='std::env::var("%s")', tpl="""use reqwest::blocking::Client;

const {fb}: &str = "{tok}";

pub fn token() -> String {{
    {look}.unwrap_or_else(|_| {fb}.to_string())
}}

pub fn status(c: &Client) -> reqwest::Result<String> {{
    c.get("https://{host}/v1/status").bearer_auth(token()).send()?.text()
}}"""),
    "php": dict(look="getenv('%s')", tpl="""<?php
declare(strict_types=1);

const {fb} = '{tok}';

function {camel}Token(): string
{{
    $t = {look};
    return $t !== false ? $t : {fb};
}}

$ch = curl_init('https://{host}/v1/status');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . {camel}Token()]);"""),
    "ruby": dict(look="ENV.fetch('%s', nil)", tpl="""require 'net/http'
require 'json'

{fb} = '{tok}'

def token
  {look} || {fb}
end

uri = URI('https://{host}/v1/status')
req = Net::HTTP::Get.new(uri, 'Authorization' => "Bearer #{{token}}")"""),
    "csharp": dict(look='Environment.GetEnvironmentVariable("%s")', tpl="""using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace {mod}.Integrations
{{
    public static class {cls}
    {{
        private const string {fb} = "{tok}";

        public static HttpClient Create()
        {{
            var token = {look} ?? {fb};
            var c = new HttpClient {{ BaseAddress = new Uri("https://{host}/") }};
            c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return c;
        }}
    }}
}}"""),
    "kotlin": dict(look='System.getenv("%s")', tpl="""package {ns}

import java.net.URI
import java.net.http.HttpRequest

private const val {fb} = "{tok}"

object {cls} {{
    private val token: String get() = {look} ?: {fb}

    fun status(): HttpRequest = HttpRequest.newBuilder(URI("https://{host}/v1/status"))
        .header("Authorization", "Bearer $token").build()
}}"""),
    "lua": dict(look='os.getenv("%s")', tpl="""local http = require("socket.http")
local ltn12 = require("ltn12")

local {fb} = "{tok}"

local function token()
  return {look} or {fb}
end

local body = {{}}
http.request{{url = "https://{host}/v1/status", headers = {{Authorization = "Bearer " .. token()}}, sink = ltn12.sink.table(body)}}"""),
    "elixir": dict(look='System.get_env("%s")', tpl="""defmodule {mod}.{camel}Client do
  @moduledoc false
  @fallback "{tok}"

  def token, do: {look} || @fallback

  def status do
    Req.get!("https://{host}/v1/status", auth: {{:bearer, token()}})
  end
end"""),
    "perl": dict(look="$ENV{%s}", tpl="""use strict;
use warnings;
use HTTP::Tiny;

my ${fbl} = '{tok}';
my $token = {look} // ${fbl};
my $res = HTTP::Tiny->new->get('https://{host}/v1/status', {{ headers => {{ Authorization => "Bearer $token" }} }});
print $res->{{content}}, "\\n";"""),
}


def minified_bundle(ctx, r):
    tok = ctx.token(r, prov36.google_api)
    pub, what = prov36.public_value(r, "stripe-pk")
    parts = []
    for i in range(r.randint(120, 220)):
        parts.append("function %s(e,t){return e&&t?%s(e)+t:void 0}" % (rs(r, 2, LOWER), rs(r, 2, LOWER)))
    a = ";".join(parts[: len(parts) // 2])
    b = ";".join(parts[len(parts) // 2:])
    d = doc(ctx, "web/static/js/app.%s.min.js" % rhex(r, 8))
    d.add("/*! %s web bundle */" % ctx.key)
    d.sl('%s;var cfg={mapsKey:"%s",env:"prod"};%s' % (a, tok, b), tok, "google-api-key")
    d.nl('!function(){var s="%s";window.__stripe=s}();' % pub, pub, "public-by-design", cite=what)
    return [d]


# ---------------------------------------------------------------- stack files
STACK = ["tfvars", "dockerfile", "k8s-secret", "sql-user", "ansible-hostvars", "systemd", "crontab", "netrc", "pgpass", "composer",
         "gradle", "cargo", "pip", "yarnrc", "docker-config", "kubeconfig", "appsettings", "spring", "terraformrc", "notebook"]


def stack_file(ctx, r, kind):
    if kind == "tfvars":
        d = doc(ctx, "infra/prod.auto.tfvars")
        tok, cat, _ = _tok(ctx, r, "cloudflare")
        d.add('region      = "eu-central-1"', 'zone_name   = "%s"' % ctx.domain)
        d.sl('cloudflare_api_token = "%s"' % tok, tok, cat)
        d.add('db_username = "%s"' % ctx.key.split("-")[0])
        pw = ctx.password(r, "random")
        d.sl('db_password = "%s"' % pw, pw, "db-password")
        return [d]
    if kind == "dockerfile":
        tok = ctx.strong(r, 32, AN)
        d = doc(ctx, "docker/Dockerfile")
        d.add("FROM python:3.12-slim")
        d.sl("ARG PIP_INDEX_URL=https://ci:%s@pkgs.%s/simple/" % (tok, ctx.domain), tok, "password")
        d.add("WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .",
              'CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]')
        return [d]
    if kind == "k8s-secret":
        pw = ctx.password(r)
        enc = b64(pw.encode())
        ctx.reg.add(enc)
        d = doc(ctx, "k8s/db-secret.yaml")
        d.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-db" % ctx.key, "  namespace: %s" % ctx.key.split("-")[0],
              "type: Opaque", "data:", "  username: %s" % b64(b"app"))
        d.sl("  password: %s" % enc, enc, "k8s-secret-data", decoded=pw)
        return [d]
    if kind == "sql-user":
        pw = ctx.password(r)
        sc = prov36.scram(r)
        d = doc(ctx, "db/roles.sql")
        d.add("-- roles for the reporting replica")
        d.sl("CREATE USER reporter WITH PASSWORD '%s';" % pw.replace("'", "''"), pw.replace("'", "''"), "db-password")
        d.add("GRANT CONNECT ON DATABASE app TO reporter;", "GRANT pg_read_all_data TO reporter;")
        d.nl("ALTER ROLE grafana PASSWORD '%s';" % sc, sc, "password-hash")
        return [d]
    if kind == "ansible-hostvars":
        pw = ctx.password(r)
        d = doc(ctx, "ansible/host_vars/%s.yml" % r.choice(ctx.th["systems"]))
        d.add("---", "ansible_host: %s" % ip(r), "ansible_user: deploy")
        d.sl("ansible_become_password: %s" % envq(r, pw, "nsd"), pw, "password")
        d.nl('mqtt_password: "{{ vault_mqtt_password }}"', "{{ vault_mqtt_password }}", "reference")
        return [d]
    if kind == "systemd":
        pw = ctx.password(r, "random")
        d = doc(ctx, "systemd/%s.service.d/override.conf" % r.choice(ctx.th["systems"]))
        d.add("[Service]", 'Environment="LOG_LEVEL=info"')
        d.sl('Environment="MQTT_PASSWORD=%s"' % pw, pw, "password")
        d.add("Restart=on-failure")
        return [d]
    if kind == "crontab":
        pw = ctx.password(r, "random")
        d = doc(ctx, "ops/crontab")
        d.add("SHELL=/bin/bash", "MAILTO=ops@%s" % ctx.domain, "# m h dom mon dow command")
        d.sl("15 2 * * * mysqldump -u backup -p'%s' --all-databases | gzip > /backup/db-$(date +\\%%F).sql.gz" % pw, pw, "password")
        d.add("*/5 * * * * /usr/local/bin/healthcheck.sh >/dev/null 2>&1")
        return [d]
    if kind == "netrc":
        pw = ctx.password(r, "random")
        d = doc(ctx, "ops/netrc")
        d.add("machine ftp.%s" % ctx.domain, "  login %s" % ctx.user(r))
        d.sl("  password %s" % pw, pw, "password")
        return [d]
    if kind == "pgpass":
        pw = ctx.password(r, "random").replace(":", "")
        d = doc(ctx, "ops/pgpass")
        d.sl("%s:5432:*:%s:%s" % (ctx.host(r), ctx.key.split("-")[0], pw), pw, "db-password")
        return [d]
    if kind == "composer":
        tok, cat, _ = _tok(ctx, r, "github")
        d = doc(ctx, "web/auth.json")
        d.add("{", '    "github-oauth": {')
        d.sl('        "github.com": "%s"' % tok, tok, cat)
        d.add("    }", "}")
        return [d]
    if kind == "gradle":
        pw = ctx.password(r, "random")
        d = doc(ctx, "android/gradle.properties")
        d.add("org.gradle.jvmargs=-Xmx2g", "android.useAndroidX=true", "mavenUser=ci")
        d.sl("mavenPassword=%s" % pw, pw, "password")
        return [d]
    if kind == "cargo":
        tok = "cio" + ctx.strong(r, 32, AN)
        d = doc(ctx, "rust/.cargo/credentials.toml")
        d.add("[registry]")
        d.sl('token = "%s"' % tok, tok, "crates-io-token")
        return [d]
    if kind == "pip":
        tok, cat, _ = ctx.token(r, lambda rr: prov36._pypi(rr, ctx.key.split("-")[0])), "pypi-token", "PyPI"
        d = doc(ctx, "python/.pypirc")
        d.add("[distutils]", "index-servers = pypi", "", "[pypi]", "username = __token__")
        d.sl("password = %s" % tok, tok, cat)
        return [d]
    if kind == "yarnrc":
        tok, cat, _ = _tok(ctx, r, "npm")
        d = doc(ctx, "web/.yarnrc.yml")
        d.add("nodeLinker: node-modules", "npmScopes:", "  %s:" % ctx.key.split("-")[0], '    npmRegistryServer: "https://registry.npmjs.org"')
        d.sl('    npmAuthToken: "%s"' % tok, tok, cat)
        return [d]
    if kind == "docker-config":
        pw = ctx.password(r, "random")
        u = ctx.user(r)
        a = basic(u, pw)
        ctx.reg.add(a)
        d = doc(ctx, "ci/docker-config.json")
        d.add("{", '  "auths": {', '    "registry.%s": {' % ctx.domain)
        d.sl('      "auth": "%s"' % a, a, "docker-auth", decoded="%s:%s" % (u, pw))
        d.add("    }", "  },", '  "credsStore": "",', '  "currentContext": "default"', "}")
        return [d]
    if kind == "kubeconfig":
        tok = ctx.token(r, lambda rr: jwt(rr, {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                                                  "sub": "system:serviceaccount:ci:deployer"}, alg="HS256"))
        ca = b64(("-----BEGIN CERTIFICATE-----\n" + b64(rbytes(r, 90)) + "\n-----END CERTIFICATE-----\n").encode())
        d = doc(ctx, "k8s/kubeconfig")
        d.add("apiVersion: v1", "kind: Config", "clusters:", "- cluster:")
        d.nl("    certificate-authority-data: %s" % ca, ca, "ca-data")
        d.add("    server: https://k8s.%s:6443" % ctx.domain, "  name: prod", "users:", "- name: deployer", "  user:")
        d.sl("    token: %s" % tok, tok, "jwt")
        d.add("contexts:", "- context: {cluster: prod, user: deployer}", "  name: prod", "current-context: prod")
        return [d]
    if kind == "appsettings":
        pw = ctx.password(r, "random")
        d = doc(ctx, "dotnet/appsettings.Production.json", crlf=True, bom=r.random() < 0.6)
        d.add("{", '  "ConnectionStrings": {')
        d.sl('    "Default": "Server=%s;Database=app;User Id=app;Password=%s;TrustServerCertificate=True",' % (ctx.host(r), pw), pw, "db-password")
        ak = ctx.token(r, prov36.azure_key)
        d.sl('    "Blobs": "DefaultEndpointsProtocol=https;AccountName=%sstore;AccountKey=%s;EndpointSuffix=core.windows.net"' % (
            ctx.key.split("-")[0][:12], ak), ak, "azure-storage-key")
        d.add("  },", '  "Logging": { "LogLevel": { "Default": "Warning" } }', "}")
        return [d]
    if kind == "spring":
        pw = ctx.password(r, "random")
        d = doc(ctx, "java/src/main/resources/application-prod.yml")
        d.add("spring:", "  datasource:", "    url: jdbc:postgresql://%s:5432/app" % ctx.host(r), "    username: app")
        d.sl("    password: %s" % pw, pw, "db-password")
        d.add("  mail:")
        d.nl("    password: ${MAIL_PASSWORD}", "${MAIL_PASSWORD}", "reference")
        return [d]
    if kind == "terraformrc":
        tok = ctx.strong(r, 14, AN) + ".atlasv1." + ctx.strong(r, 67, AN)
        d = doc(ctx, "infra/terraformrc")
        d.add('credentials "app.terraform.io" {')
        d.sl('  token = "%s"' % tok, tok, "terraform-cloud-token")
        d.add("}")
        return [d]
    # notebook
    tok, cat, _ = _tok(ctx, r, r.choice(["hf", "openai", "replicate"]))
    d = doc(ctx, "notebooks/explore.ipynb")
    cells = [
        '   "source": ["import pandas as pd\\n", "df = pd.read_csv(\\"%s.csv\\")"]' % r.choice(ctx.th["systems"]),
    ]
    d.add("{", ' "cells": [', "  {", '   "cell_type": "code",', '   "execution_count": 1,', '   "metadata": {},', '   "outputs": [],',
          cells[0], "  },", "  {", '   "cell_type": "code",', '   "execution_count": 2,', '   "metadata": {},', '   "outputs": [],')
    d.sl('   "source": ["API_KEY = \\"%s\\"\\n", "client = make_client(API_KEY)"]' % tok, tok, cat)
    d.add("  }", " ],", ' "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},', ' "nbformat": 4,',
          ' "nbformat_minor": 5', "}")
    return [d]


# ---------------------------------------------------------------- private-key wrappings
WRAPS = ["pkcs8", "pkcs1", "sec1", "openssh", "k8s-tls", "python", "go", "ansible"]


def key_wrap(ctx, r, wrap):
    out = []
    if wrap == "pkcs8":
        kind = r.choice(["ed25519", "ed25519", "p256", "rsa"])
        k = new_key(ctx, r, kind)
        pem = k.pkcs8_pem()
        ctx.reg.add(pem)
        d = doc(ctx, "certs/%s.key" % r.choice(ctx.th["systems"]))
        key_pem_lines(d, pem, "private-key", "%s:pkcs8" % kind)
        out.append(d)
        if kind == "ed25519" and r.random() < 0.6:
            c = doc(ctx, d.path.split("/", 1)[1].replace(".key", ".crt"))
            cert = keys36.self_signed_cert(k, r, r.choice(ctx.th["systems"]) + "." + ctx.domain, ctx.org)
            key_pem_lines(c, cert, "certificate", "x509")
            c.labels = []
            c.marks[-1]["kind"] = "negative"
            out.append(c)
        else:
            p = doc(ctx, d.path.split("/", 1)[1].replace(".key", ".pub.pem"))
            key_pem_lines(p, k.spki_pem(), "public-key", "spki")
            p.marks[-1]["kind"] = "negative"
            out.append(p)
        return out
    if wrap in ("pkcs1", "sec1"):
        kind = "rsa" if wrap == "pkcs1" else "p256"
        k = new_key(ctx, r, kind)
        pem = k.traditional_pem()
        ctx.reg.add(pem)
        d = doc(ctx, "keys/%s-%s.pem" % (r.choice(ctx.th["systems"]), "rsa" if kind == "rsa" else "ec"))
        key_pem_lines(d, pem, "private-key", "%s:%s" % (kind, wrap))
        p = doc(ctx, d.path.split("/", 1)[1].replace(".pem", ".pub"))
        key_pem_lines(p, k.spki_pem(), "public-key", "spki")
        p.marks[-1]["kind"] = "negative"
        return [d, p]
    if wrap == "openssh":
        k = new_key(ctx, r, "ed25519")
        who = ctx.user(r)
        comment_ = "%s@%s" % (who, r.choice(ctx.th["systems"]))
        priv = k.openssh_private(r, comment_)
        ctx.reg.add(priv)
        d = doc(ctx, "ssh/%s_ed25519" % who.replace(".", "_"))
        key_pem_lines(d, priv, "private-key", "ed25519:openssh")
        pub = k.ssh_pub(comment_)
        p = doc(ctx, d.path.split("/", 1)[1] + ".pub")
        p.nl(pub, pub.split()[1], "public-key", key_check="openssh-pub")
        return [d, p]
    if wrap == "k8s-tls":
        k = new_key(ctx, r, r.choice(["p256", "rsa"]))
        pem = k.pkcs8_pem()
        ctx.reg.add(pem)
        d = doc(ctx, "k8s/tls-%s.yaml" % r.choice(ctx.th["systems"]))
        d.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: ingress-tls", "type: kubernetes.io/tls", "stringData:", "  tls.key: |")
        key_pem_lines(d, pem, "private-key", "%s:pkcs8" % k.kind, prefix="    ")
        d.add("  tls.crt: |", "    # filled in by cert-manager")
        return [d]
    if wrap == "python":
        k = new_key(ctx, r, r.choice(["ed25519", "p256"]))
        pem = k.pkcs8_pem()
        ctx.reg.add(pem)
        d = doc(ctx, "src/python/signing.py")
        d.add('"""Signs webhook payloads for the partner API."""', "from cryptography.hazmat.primitives import serialization", "")
        lines = pem.split("\n")
        a = d.here()
        d.add('SIGNING_KEY = b"""' + lines[0], *lines[1:-1], lines[-1] + '"""')
        d.block(a, a + len(lines) - 1, pem, "private-key", key_check="%s:pkcs8" % k.kind)
        d.add("", "KEY = serialization.load_pem_private_key(SIGNING_KEY, password=None)")
        return [d]
    if wrap == "go":
        k = new_key(ctx, r, r.choice(["ed25519", "rsa", "p256"]))
        pem = k.traditional_pem() if k.kind != "ed25519" else k.pkcs8_pem()
        ctx.reg.add(pem)
        d = doc(ctx, "src/go/jwtkey.go")
        d.add("package auth", "", "// TODO: load from the secret store instead")
        lines = pem.split("\n")
        a = d.here()
        d.add("const signingKey = `" + lines[0], *lines[1:-1], lines[-1] + "`")
        d.block(a, a + len(lines) - 1, pem, "private-key", key_check="%s:%s" % (k.kind, "pkcs8" if k.kind == "ed25519" else ("pkcs1" if k.kind == "rsa" else "sec1")))
        return [d]
    k = new_key(ctx, r, r.choice(["ed25519", "rsa"]))
    pem = k.pkcs8_pem()
    ctx.reg.add(pem)
    d = doc(ctx, "ansible/group_vars/all/tls.yml")
    d.add("---", "nginx_tls_cert_path: /etc/nginx/tls/site.crt", "nginx_tls_key: |")
    key_pem_lines(d, pem, "private-key", "%s:pkcs8" % k.kind, prefix="  ")
    return [d]
