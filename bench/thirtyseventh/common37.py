"""Common files (app/.env, compose, CI), integration code in 12 languages, 20 stack kinds, 8 key wrappings."""

import json
import string

import core37 as C
import keys37 as K
import prov37 as P
from core37 import ALNUM, b64, draw, hexs
from tools37a import J


# ------------------------------------------------------------------ common files
def app_env(t):
    r = t.rng("common", "env")
    uri, pw = _pg_uri(t, r)
    mail = r.choice([("SENDGRID_API_KEY", "sendgrid-key", P.sendgrid), ("MAILGUN_API_KEY", "mailgun-key", P.mailgun),
                     ("MAILCHIMP_API_KEY", "mailchimp-key", P.mailchimp)])
    ex = r.choice([e for e in P.EXAMPLES if e[1] in ("turnstile-test-secret", "recaptcha-test-secret")])
    pub, pcat, pcite = P.public_value(r, r.choice(["posthog", "sentry_dsn", "turnstile_site"]))
    t.add("app/.env", J(t, r, "#") + f"""APP_NAME="{t.org}"
APP_ENV=production
DATABASE_URL={t.S(uri, "connection-uri", secret_part=pw)}
REDIS_URL={t.N("${REDIS_URL}", "env-reference")}
{mail[0]}={t.S(t.tok(r, mail[2]), mail[1])}
SESSION_SECRET={t.S(t.alnum(r, 64), "session-secret")}
# captcha: the documented test secret until the real site goes live
CAPTCHA_SECRET={t.N(ex[0], ex[1], cite=ex[2])}
PUBLIC_ANALYTICS_KEY={t.N(pub, pcat, cite=pcite)}
""")


def _pg_uri(t, r):
    pw = t.pw(r, uri=True)
    return "postgresql://app:%s@%s:5432/%s" % (pw, t.host("db"), t.dbname()), pw


def compose(t):
    r = t.rng("common", "compose")
    pg = t.pw(r, uri=True)
    redis = ""
    if r.random() < 0.5:
        redis = f"""  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "{t.S(t.pw(r, "strong"), "redis-password")}"]
"""
    t.add("deploy/compose.yaml", J(t, r, "#") + f"""services:
  db:
    image: postgres:16@sha256:{t.N(t.sha256(r), "image-digest")}
    environment:
      POSTGRES_USER: app
      POSTGRES_DB: {t.dbname()}
      POSTGRES_PASSWORD: "{t.S(pg, "postgres-password")}"
    volumes:
      - pgdata:/var/lib/postgresql/data
{redis}  app:
    image: ghcr.io/{t.dir}/app:1.{r.randint(0, 9)}.{r.randint(0, 30)}
    env_file: ../app/.env
    depends_on: [db]
volumes:
  pgdata: {{}}
""")


def ci_file(t, kind):
    r = t.rng("common", "ci", kind)
    if kind == "github":
        t.add(".github/workflows/deploy.yml", f"""name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{t.N(hexs(r, 40), "action-pin-sha")}
      - run: ./scripts/deploy.sh
        env:
          DEPLOY_KEY: {t.N("${{ secrets.DEPLOY_KEY }}", "ci-secret-reference")}
      - name: notify
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' --data '{{"text":"deployed"}}' \\
            {t.S(t.tok(r, P.slack_webhook), "slack-webhook")}
""")
    elif kind == "gitlab":
        t.add(".gitlab-ci.yml", J(t, r, "#") + f"""stages: [build, deploy]
build:
  stage: build
  script:
    - docker login -u "$CI_REGISTRY_USER" -p {t.N("$CI_REGISTRY_PASSWORD", "env-reference")} $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
deploy:
  stage: deploy
  variables:
    GIT_DEPLOY_TOKEN: "{t.S(t.tok(r, P.gldt), "gitlab-deploy-token")}"
  script:
    - git clone https://deploy:$GIT_DEPLOY_TOKEN@gitlab.com/{t.dir}/infra.git
""")
    elif kind == "bitbucket":
        t.add("bitbucket-pipelines.yml", J(t, r, "#") + f"""image: node:20
pipelines:
  branches:
    main:
      - step:
          name: publish
          script:
            - echo "//registry.npmjs.org/:_authToken={t.S(t.tok(r, P.npm), "npm-token")}" > .npmrc
            - npm publish
            - curl -u "$BB_USER:{t.N("$BB_APP_PASSWORD", "env-reference")}" https://api.bitbucket.org/2.0/user
""")
    else:
        t.add("azure-pipelines.yml", J(t, r, "#") + f"""trigger: [main]
pool:
  vmImage: ubuntu-latest
variables:
  GH_TOKEN: {t.S(t.tok(r, P.github_pat), "github-fine-grained-pat")}
steps:
  - script: gh release download --repo {t.dir}/firmware --pattern '*.bin'
  - script: az storage blob upload-batch -d fw -s . --sas-token "{t.N("$(STORAGE_SAS)", "ci-secret-reference")}"
""")


def aws_credentials(t):
    r = t.rng("common", "aws")
    kid, sec = t.take(lambda: "|".join(P.aws_pair(r))).split("|")
    t.reg.values.add(kid)
    a, b = t.pair(kid, sec, "aws-key-pair")
    t.add("ops/aws/credentials", f"""[default]
aws_access_key_id = {a}
aws_secret_access_key = {b}
region = eu-west-1

[docs-example]
aws_access_key_id = {t.N("AKIAIOSFODNN7EXAMPLE", "aws-docs-example-key-id", cite=P.EXAMPLES[0][2])}

[sso]
credential_process = {t.N("/usr/local/bin/aws-vault export --format=json " + t.dir, "credential-process")}
""")


def gcp_sa(t):
    r = t.rng("common", "gcp")
    k = K.Key("rsa", t.rng("common", "gcp", "key"))
    pem = k.pem_private("pkcs8").replace("\n", "\\n") + "\\n"
    proj = "%s-%d" % (t.dir, r.randint(100000, 999999))
    email = "ingest@%s.iam.gserviceaccount.com" % proj
    t.add("ops/gcp/service-account.json", f"""{{
  "type": "service_account",
  "project_id": "{proj}",
  "private_key_id": "{t.N(hexs(r, 40), "gcp-private-key-id")}",
  "private_key": "{t.S(pem, "gcp-service-account-key", key_check="rsa:pkcs8:escaped")}",
  "client_email": "{email}",
  "client_id": "{r.randint(10 ** 20, 10 ** 21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/{email.replace("@", "%40")}",
  "universe_domain": "googleapis.com"
}}
""")


def app_toml(t):
    r = t.rng("common", "apptoml")
    name, cat, gen = r.choice([p for p in P.PROVIDERS if p[1] in ("openai-key", "anthropic-key", "groq-key",
                                                                  "openrouter-key", "huggingface-token",
                                                                  "replicate-token")])
    t.add("config/app.toml", J(t, r, "#") + f"""[server]
bind = "0.0.0.0:8080"
workers = 4

[ai]
provider = "{name.lower().replace(" ", "")}"
api_key = "{t.S(t.tok(r, gen), cat)}"
model = "small"
max_tokens = 512
""")


def js_bundle(t):
    r = t.rng("common", "bundle")
    g = t.tok(r, P.google_api)
    pub, pcat, pcite = P.public_value(r, "pk_live")
    filler = ";".join("function %s(%s){return %s.%s(%d)}" % (draw(r, "abcdefgh", 2), draw(r, "xyz", 1),
                                                            draw(r, "xyz", 1), draw(r, "abcdef", 3),
                                                            r.randint(1, 99)) for _ in range(r.randint(120, 260)))
    t.add("web/dist/assets/index-%s.js" % hexs(r, 8),
          '!function(){"use strict";%s;var Q={maps:"%s"};' % (filler, t.S(g, "google-api-key"))
          + "\n" + 'var Z={stripe:"%s"};%s}();\n' % (t.N(pub, pcat, cite=pcite), filler[:400]))


# ------------------------------------------------------------------ integration code in 12 languages
ENVS = {
    "python": 'os.environ.get("%s")', "typescript": "process.env.%s", "go": 'os.Getenv("%s")',
    "java": 'System.getenv("%s")', "csharp": 'Environment.GetEnvironmentVariable("%s")',
    "swift": 'ProcessInfo.processInfo.environment["%s"]', "dart": "Platform.environment['%s']",
    "scala": 'sys.env.get("%s")', "julia": 'get(ENV, "%s", "")', "r": 'Sys.getenv("%s")', "nim": 'getEnv("%s")',
    "ocaml": 'Sys.getenv_opt "%s"',
}
CODE_LANGS = sorted(ENVS)


def code_file(t, lang, n):
    r = t.rng("code", lang, n)
    name, cat, gen = r.choice(P.PROVIDERS)
    var = name.upper().replace(" ", "_").replace(".", "") + "_TOKEN"
    tok = t.S(t.tok(r, gen), cat)
    env = t.N(ENVS[lang] % var, "env-lookup")
    host = "https://api.%s/v1/%s" % (t.domain, t.system(r))
    sysn = t.system(r).replace("-", "_")
    pub = ""
    if r.random() < 0.3:
        v, c, ci = P.public_value(r)
        pub = t.N(v, c, cite=ci)
    if lang == "python" and r.random() < 0.4:
        sid, tokv = t.take(lambda: "|".join(P.twilio_pair(r))).split("|")
        t.reg.values.add(sid)
        a, b = t.pair(sid, tokv, "twilio-sid-token")
        body = f"""import os

from twilio.rest import Client

ACCOUNT_SID = "{a}"
AUTH_TOKEN = "{b}"
FALLBACK = {env}
client = Client(ACCOUNT_SID, AUTH_TOKEN)
# {name} token for the same job
{var} = "{tok}"
""" + (f"# public: {pub}\n" if pub else "")
        t.add("integrations/%s_sms.py" % sysn, J(t, r, "#") + body)
        return
    bodies = {
        "python": ("%s_client.py", "#", f"""import os

import requests

BASE = "{host}"
TOKEN = {env}
if not TOKEN:
    TOKEN = "{tok}"  # local fallback


def status():
    return requests.get(BASE + "/status", headers={{"Authorization": "Bearer " + TOKEN}}, timeout=10).json()
"""),
        "typescript": ("%sClient.ts", "//", f"""const BASE = "{host}";
const fromEnv = {env};
const TOKEN: string = fromEnv ?? "{tok}";

export async function status(): Promise<unknown> {{
  const res = await fetch(`${{BASE}}/status`, {{ headers: {{ Authorization: `Bearer ${{TOKEN}}` }} }});
  return res.json();
}}
"""),
        "go": ("%s_client.go", "//", f"""package integrations

import (
\t"net/http"
\t"os"
)

const base = "{host}"

func token() string {{
\tif v := {env}; v != "" {{
\t\treturn v
\t}}
\treturn "{tok}"
}}

func Status() (*http.Response, error) {{
\treq, _ := http.NewRequest("GET", base+"/status", nil)
\treq.Header.Set("Authorization", "Bearer "+token())
\treturn http.DefaultClient.Do(req)
}}
"""),
        "java": ("%sClient.java", "//", f"""package integrations;

public final class StatusClient {{
    private static final String BASE = "{host}";
    private static final String FROM_ENV = {env};
    private static final String TOKEN =
        FROM_ENV != null ? FROM_ENV : "{tok}";

    public static String authHeader() {{
        return "Bearer " + TOKEN;
    }}
}}
"""),
        "csharp": ("%sClient.cs", "//", f"""using System;
using System.Net.Http;

namespace Integrations
{{
    public static class StatusClient
    {{
        private const string Base = "{host}";
        private static readonly string FromEnv = {env};
        private static readonly string Token = FromEnv ?? "{tok}";

        public static HttpRequestMessage Build()
        {{
            var req = new HttpRequestMessage(HttpMethod.Get, Base + "/status");
            req.Headers.Add("Authorization", "Bearer " + Token);
            return req;
        }}
    }}
}}
"""),
        "swift": ("%sClient.swift", "//", f"""import Foundation

let base = URL(string: "{host}")!
let fromEnv = {env}
let token = fromEnv ?? "{tok}"

func statusRequest() -> URLRequest {{
    var req = URLRequest(url: base.appendingPathComponent("status"))
    req.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
    return req
}}
"""),
        "dart": ("%s_client.dart", "//", f"""import 'dart:io';

const base = '{host}';
final fromEnv = {env};
final token = fromEnv ?? '{tok}';

Future<HttpClientRequest> status(HttpClient c) async {{
  final req = await c.getUrl(Uri.parse('$base/status'));
  req.headers.set('Authorization', 'Bearer $token');
  return req;
}}
"""),
        "scala": ("%sClient.scala", "//", f"""package integrations

object StatusClient {{
  val Base = "{host}"
  private val fromEnv = {env}
  val Token: String = fromEnv.getOrElse("{tok}")

  def authHeader: (String, String) = "Authorization" -> s"Bearer $Token"
}}
"""),
        "julia": ("%s_client.jl", "#", f"""using HTTP

const BASE = "{host}"
fromenv = {env}
const TOKEN = isempty(fromenv) ? "{tok}" : fromenv

status() = HTTP.get(BASE * "/status", ["Authorization" => "Bearer " * TOKEN])
"""),
        "r": ("%s_client.R", "#", f"""library(httr)

base <- "{host}"
token <- {env}
if (token == "") token <- "{tok}"

status <- function() GET(paste0(base, "/status"), add_headers(Authorization = paste("Bearer", token)))
"""),
        "nim": ("%s_client.nim", "#", f"""import std/[httpclient, os]

const base = "{host}"
let fromEnv = {env}
let token = if fromEnv.len > 0: fromEnv else: "{tok}"

proc status*(): string =
  let c = newHttpClient()
  c.headers = newHttpHeaders({{"Authorization": "Bearer " & token}})
  c.getContent(base & "/status")
"""),
        "ocaml": ("%s_client.ml", "(*", f"""let base = "{host}"

let from_env = {env}

let token =
  match from_env with
  | Some v -> v
  | None -> "{tok}"

let auth_header = ("Authorization", "Bearer " ^ token)
"""),
    }
    fname, cm, body = bodies[lang]
    if pub:
        line = {"#": "# public: %s\n", "//": "// public: %s\n", "(*": "(* public: %s *)\n"}[cm] % pub
        body = body + line
    head = J(t, r, "#" if cm == "#" else "//") if cm != "(*" else ""
    opts = {}
    if lang == "csharp":
        opts = {"crlf": True, "bom": r.random() < 0.7}
    t.add("integrations/" + fname % sysn, head + body, **opts)


# ------------------------------------------------------------------ stack kinds
STACKS = ["tfvars", "dockerfile", "k8s-secret", "sql-user", "ansible", "systemd", "crontab", "netrc", "pgpass",
          "composer", "gradle", "cargo", "pypirc", "yarnrc", "docker-config", "kubeconfig", "appsettings", "spring",
          "git-credentials", "s3cfg"]


def stack(t, kind):
    r = t.rng("stack", kind)
    h = t.host(t.system(r))
    if kind == "tfvars":
        t.add("infra/terraform/prod.auto.tfvars", J(t, r, "#") + f"""region      = "eu-west-1"
db_username = "app"
db_password = "{t.S(t.pw(r), "terraform-db-password")}"
do_token    = "{t.S(t.tok(r, P.digitalocean), "digitalocean-token")}"
""")
    elif kind == "dockerfile":
        pw = t.pw(r, uri=True)
        url = "https://ci:%s@pypi.%s/simple/" % (pw, t.domain)
        t.add("app/Dockerfile", f"""FROM python:3.12-slim@sha256:{t.N(t.sha256(r), "image-digest")}
ARG PIP_INDEX_URL={t.S(url, "connection-uri", secret_part=pw)}
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "-m", "app"]
""")
    elif kind == "k8s-secret":
        pw = t.pw(r)
        tok = t.tok(r, P.stripe_sk)
        t.add("k8s/app-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: app
  namespace: {t.dir}
type: Opaque
data:
  DB_PASSWORD: {t.S(b64(pw), "k8s-secret-data", decoded=pw)}
  STRIPE_KEY: {t.S(b64(tok), "k8s-secret-data", decoded=tok)}
""")
    elif kind == "sql-user":
        scram = "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(C.rbytes(r, 16)), b64(C.rbytes(r, 32)), b64(C.rbytes(r, 32)))
        t.add("db/roles.sql", J(t, r, "--") + f"""CREATE USER reporting WITH PASSWORD {C.sql_str(t.S(t.pw(r), "sql-user-password"))};
GRANT pg_read_all_data TO reporting;
-- copied from pg_authid on the old server
ALTER ROLE etl PASSWORD '{t.N(scram, "scram-verifier")}';
""")
    elif kind == "ansible":
        t.add("ansible/host_vars/%s.yml" % h, f"""---
mqtt_user: {t.th["device"][1]}
mqtt_password: "{t.S(t.pw(r), "ansible-password")}"
db_password: "{t.N("{{ vault_db_password }}", "vault-reference")}"
""")
    elif kind == "systemd":
        t.add("systemd/%s.service.d/override.conf" % t.system(r), f"""[Service]
Environment="API_TOKEN={t.S(t.tok(r, P.sentry_user), "sentry-user-token")}"
Environment="LOG_LEVEL=info"
LoadCredential=db:{t.N("/etc/credstore/db-password", "secret-file-reference")}
""")
    elif kind == "crontab":
        pw = t.pw(r, uri=True)
        t.add("ops/crontab", f"""# m h dom mon dow command
15 2 * * * pg_dump "postgresql://backup:{t.S(pw, "cron-password")}@{h}/{t.dbname()}" | gzip > /backup/db.sql.gz
*/5 * * * * /usr/local/bin/healthcheck --url https://{h}/health
""")
    elif kind == "netrc":
        t.add("ops/netrc", f"""machine git.{t.domain}
  login deploy
  password {t.S(t.pw(r), "netrc-password")}
machine api.github.com
  login {t.people[0][1]}
  password {t.S(t.tok(r, P.ghp), "github-pat")}
""")
    elif kind == "pgpass":
        t.add("ops/pgpass", f"""{h}:5432:{t.dbname()}:app:{t.S(t.pw(r, uri=True), "pgpass-password")}
localhost:5432:*:postgres:{t.S(t.pw(r, uri=True), "pgpass-password")}
""")
    elif kind == "composer":
        t.add("web/auth.json", f"""{{
    "http-basic": {{
        "repo.packagist.com": {{
            "username": "token",
            "password": "{t.S(t.hexsec(r, 40), "packagist-token")}"
        }}
    }},
    "github-oauth": {{
        "github.com": "{t.S(t.tok(r, P.gho), "github-oauth")}"
    }}
}}
""")
    elif kind == "gradle":
        t.add("android/gradle.properties", f"""org.gradle.jvmargs=-Xmx2g
signingStorePassword={t.S(t.pw(r), "gradle-signing-password")}
mavenCentralPassword={t.S(t.pw(r, "strong"), "maven-password")}
""")
    elif kind == "cargo":
        t.add("tools/cargo/credentials.toml", f"""[registry]
token = "{t.S(t.take(lambda: "cio" + draw(r, ALNUM, 32)), "crates-io-token")}"
""")
    elif kind == "pypirc":
        t.add("tools/pypirc", f"""[distutils]
index-servers = pypi

[pypi]
username = __token__
password = {t.S(t.tok(r, P.pypi), "pypi-token")}
""")
    elif kind == "yarnrc":
        t.add("web/.yarnrc.yml", f"""nodeLinker: node-modules
npmScopes:
  {t.dir.split("-")[0]}:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: "{t.S(t.tok(r, P.ghp), "github-pat")}"
""")
    elif kind == "docker-config":
        user = t.people[0][1]
        pw = t.pw(r)
        t.add("ops/docker/config.json", f"""{{
  "auths": {{
    "registry.{t.domain}": {{
      "auth": "{t.S(b64(user + ":" + pw), "docker-auth", decoded=user + ":" + pw)}"
    }}
  }},
  "credsStore": "pass"
}}
""")
    elif kind == "kubeconfig":
        jwt = t.take(lambda: C.jwt_hs256({"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:%s:ci" %
                                           t.dir, "iat": r.randint(1700000000, 1750000000)}, C.rbytes(r, 32)))
        t.add("ops/kubeconfig", f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {t.N(b64(C.rbytes(r, 300)), "kube-ca-data")}
    server: https://k8s.{t.domain}:6443
  name: prod
users:
- name: ci
  user:
    token: {t.S(jwt, "kubernetes-token")}
contexts:
- context: {{cluster: prod, user: ci}}
  name: prod
current-context: prod
""")
    elif kind == "appsettings":
        acct = t.dir.replace("-", "")[:20]
        key = t.tok(r, P.azure_storage)
        t.add("dotnet/appsettings.Production.json", f"""{{
  "ConnectionStrings": {{
    "Default": "Server=sql.{t.domain};Database={t.dbname()};User Id=app;Password={t.S(t.pw(r), "sqlserver-password")};",
    "Blob": "DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={t.S(key, "azure-storage-key")};EndpointSuffix=core.windows.net"
  }},
  "Logging": {{ "LogLevel": {{ "Default": "Warning" }} }}
}}
""", crlf=True, bom=r.random() < 0.6)
    elif kind == "spring":
        t.add("java/src/main/resources/application-prod.yml", f"""spring:
  datasource:
    url: jdbc:postgresql://{h}:5432/{t.dbname()}
    username: app
    password: {t.S(t.pw(r), "spring-datasource-password")}
  mail:
    password: {t.N("${MAIL_PASSWORD}", "env-reference")}
""")
    elif kind == "git-credentials":
        pw = t.tok(r, P.glpat)
        t.add("ops/git-credentials", f"https://{t.people[1][1]}:{t.S(pw, 'gitlab-pat')}@gitlab.com\n")
    elif kind == "s3cfg":
        kid, sec = t.take(lambda: "|".join(P.minio_pair(r))).split("|")
        t.reg.values.add(kid)
        a, b = t.pair(kid, sec, "minio-key-pair")
        t.add("ops/s3cfg", f"""[default]
access_key = {a}
secret_key = {b}
host_base = minio.{t.domain}
host_bucket = minio.{t.domain}
use_https = True
signature_v2 = False
""")


# ------------------------------------------------------------------ key wrappings
WRAPS = ["pkcs8", "pkcs1-rsa", "sec1-p256", "openssh", "ppk", "jwk", "k8s-tls", "ts-literal"]


def wrapping(t, kind):
    r = t.rng("wrap", kind)
    kr = t.rng("wrap", kind, "key")
    tag = t.system(r)
    if kind == "pkcs8":
        kt = "ed25519" if r.random() < 0.7 else "p256"
        k = K.Key(kt, kr)
        cat = "ed25519-private-key" if kt == "ed25519" else "ec-private-key"
        t.add("pki/%s-signing.key" % tag, t.S(k.pem_private(), cat, key_check="%s:pkcs8" % kt) + "\n")
        if kt == "ed25519" and r.random() < 0.6:
            cert = k.self_signed_cert("%s.%s" % (tag, t.domain), t.org, r.randint(10 ** 8, 10 ** 12))
            t.add("pki/%s-signing.crt" % tag, t.N(cert, "certificate", key_check="x509") + "\n")
        else:
            t.add("pki/%s-signing.pub" % tag, t.N(k.pem_public(), "public-key", key_check="spki") + "\n")
    elif kind == "pkcs1-rsa":
        k = K.Key("rsa", kr)
        t.add("pki/%s-rsa.pem" % tag, t.S(k.pem_private("pkcs1"), "rsa-private-key", key_check="rsa:pkcs1") + "\n")
        t.add("pki/%s-rsa.pub.pem" % tag, t.N(k.pem_public(), "public-key", key_check="spki") + "\n")
    elif kind == "sec1-p256":
        k = K.Key("p256", kr)
        t.add("pki/%s-ec.pem" % tag, t.S(k.pem_private("sec1"), "ec-private-key", key_check="p256:sec1") + "\n")
        t.add("pki/%s-ec.pub.pem" % tag, t.N(k.pem_public(), "public-key", key_check="spki") + "\n")
    elif kind == "openssh":
        k = K.Key("ed25519", kr)
        who = t.people[r.randrange(6)][1]
        t.add("ops/ssh/id_ed25519_%s" % tag.replace("-", "_"),
              t.S(k.openssh_private("%s@%s" % (who, tag), r), "openssh-private-key", key_check="ed25519:openssh") + "\n")
        t.add("ops/ssh/id_ed25519_%s.pub" % tag.replace("-", "_"),
              t.N(k.openssh_public("%s@%s" % (who, tag)), "ssh-public-key", key_check="openssh-pub") + "\n")
    elif kind == "ppk":
        k = K.Key("ed25519", kr)
        who = t.people[r.randrange(6)][1]
        t.add("ops/putty/%s.ppk" % who, t.S(k.ppk("%s@%s" % (who, tag)), "putty-private-key", key_check="ed25519:ppk")
              + "\n", crlf=True)
        t.add("ops/ssh/authorized_keys", "# added from %s.ppk\n" % who
              + t.N(k.openssh_public("%s@%s" % (who, tag)), "ssh-public-key", key_check="openssh-pub") + "\n")
    elif kind == "jwk":
        k = K.Key("p256", kr)
        kid = hexs(r, 16)
        priv = k.jwk(kid)
        d = priv.pop("d")
        body = json.dumps({"keys": [dict(priv, d="@@D@@")]}, indent=2)
        body = body.replace("@@D@@", t.S(d, "jwk-private-key", key_check="p256:jwk", jwk_x=priv["x"],
                                         jwk_y=priv["y"]))
        t.add("auth/jwks-private.json", body + "\n")
        pub = json.dumps({"keys": [k.jwk(kid, private=False)]}, indent=2)
        t.add("web/public/.well-known/jwks.json", pub.replace(priv["x"], t.N(priv["x"], "jwk-public-x")) + "\n")
    elif kind == "k8s-tls":
        kt = "rsa" if r.random() < 0.6 else "p256"
        k = K.Key(kt, kr)
        pem = k.pem_private("pkcs8").replace("\n", "\n    ")
        cat = "rsa-private-key" if kt == "rsa" else "ec-private-key"
        t.add("k8s/%s-tls.yaml" % tag, f"""apiVersion: v1
kind: Secret
metadata:
  name: {tag}-tls
  namespace: {t.dir}
type: kubernetes.io/tls
stringData:
  tls.key: |
    {t.S(pem, cat, key_check="%s:pkcs8" % kt)}
""")
    elif kind == "ts-literal":
        kt = "ed25519" if r.random() < 0.5 else "rsa"
        k = K.Key(kt, kr)
        cat = "ed25519-private-key" if kt == "ed25519" else "rsa-private-key"
        t.add("web/src/signing.ts", f"""// used to sign webhook payloads for the {tag} integration
export const signingKey = `{t.S(k.pem_private(), cat, key_check="%s:pkcs8" % kt)}`;
""")


_unused = (string,)
