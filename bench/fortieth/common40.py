"""Common files, integration code, stack files and private-key wrappings."""

import base64

import keys40 as K
from core40 import ALNUM, B64, DIGITS, LOWER, UPPER, hexs, jdump, jstr, rs, uuid4
from prov40 import EXAMPLES, PAIRS, TOKENS, jwt, pw_strong

CI_KINDS = ["github", "gitlab", "jenkins", "circleci"]
CODE_LANGS = ["elixir", "clojure", "ocaml", "rust", "swift", "r", "erlang", "zig", "powershell", "kotlin"]
STACKS = ["npmrc", "netrc", "gitcred", "dockercfg", "pgpass", "nuget", "gem", "cargo", "terraformrc", "ghhosts"]
WRAPS = ["p256-pkcs8-cert", "ed25519-openssh", "rsa-pkcs1-spki", "ed25519-pkcs8-cert", "p256-jwk", "rsa-sa-json",
         "p256-sec1-yaml", "rsa-openssh"]


def uri(T, r, scheme, user, host, port, db):
    pw = T.u(lambda: pw_strong(r, r.randint(14, 22)).replace("@", "").replace("/", "").replace("?", "").replace("#", "")
             .replace("%", ""))
    return "%s://%s:%s@%s:%d/%s" % (scheme, user, pw, host, port, db), pw


def env_file(T):
    r = T.r("common:env")
    d = T.doc("%s/.env" % T.sys(r))
    u, pw = uri(T, r, "postgres", T.slug.replace("-", "_"), "db.internal", 5432, "app")
    mail = r.choice(["sendgrid", "mailgun", "mailchimp"])
    ex = EXAMPLES[4] if r.random() < 0.5 else EXAMPLES[5]
    d.set(T.jit(r, "#") + """APP_ENV=production
DATABASE_URL=%s
MAIL_PROVIDER=%s
MAIL_API_KEY=%s
SESSION_SECRET=%s
# captcha: the provider's documented test secret until the real one is approved
CAPTCHA_SECRET=%s
REDIS_URL=%s
""" % (d.s(u, "postgres-uri", secret_part=pw), mail, d.s(T.tok(r, mail), TOKENS[mail][0]),
       d.s(T.u(lambda: hexs(r, 64)), "session-secret"), d.n(ex[0], ex[1], cite=ex[2]),
       d.n("${REDIS_URL}", "env-reference")))


def compose(T):
    r = T.r("common:compose")
    d = T.doc("deploy/docker-compose.yml")
    d.set(T.jit(r, "#") + """services:
  db:
    image: postgres:16@sha256:%s
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: "%s"
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "%s"]
  web:
    build: .
    depends_on: [db, cache]
""" % (d.n(hexs(r, 64), "image-digest"), d.s(T.u(lambda: pw_strong(r)), "postgres-password"),
       d.s(T.u(lambda: rs(r, 24)), "redis-password")))


def ci(T, kind):
    r = T.r("common:ci:" + kind)
    if kind == "github":
        d = T.doc(".github/workflows/deploy.yml")
        d.set("""name: deploy
on: {push: {branches: [main]}}
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SLACK_WEBHOOK: %s
    steps:
      - uses: actions/checkout@%s
      - run: ./deploy.sh
        env:
          DEPLOY_KEY: %s
""" % (d.s(T.tok(r, "slack_hook"), "slack-webhook"), d.n(hexs(r, 40), "commit-sha"),
       d.n("${{ secrets.DEPLOY_KEY }}", "ci-secret-reference")))
    elif kind == "gitlab":
        d = T.doc(".gitlab-ci.yml")
        d.set(T.jit(r, "#") + """stages: [build, trigger]
variables:
  DOWNSTREAM_TRIGGER: "%s"
trigger-docs:
  stage: trigger
  script:
    - curl -X POST -F token=$DOWNSTREAM_TRIGGER -F ref=main https://gitlab.com/api/v4/projects/%d/trigger/pipeline
    - echo "job token is $CI_JOB_TOKEN"
  variables:
    REGISTRY_PASSWORD: %s
""" % (d.s(T.tok(r, "glptt"), "gitlab-trigger-token"), r.randint(10 ** 7, 10 ** 8), d.n("$CI_REGISTRY_PASSWORD", "env-reference")))
    elif kind == "jenkins":
        d = T.doc("Jenkinsfile")
        d.set(T.jit(r, "//") + """pipeline {
  agent any
  environment {
    NEXUS = credentials('%s')
  }
  stages {
    stage('publish') {
      steps {
        withEnv(["DOCKER_PASSWORD=%s"]) {
          sh 'echo "$DOCKER_PASSWORD" | docker login -u ci --password-stdin registry.%s'
        }
      }
    }
  }
}
""" % (d.n("nexus-%s-creds" % T.slug, "jenkins-credentials-id"), d.s(T.u(lambda: pw_strong(r)), "docker-password"), T.domain))
    else:
        d = T.doc(".circleci/config.yml")
        d.set(T.jit(r, "#") + """version: 2.1
jobs:
  publish:
    docker: [{image: cimg/node:20.11}]
    environment:
      NPM_TOKEN: %s
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
      - run: curl -H "Circle-Token: %s" https://circleci.com/api/v2/me
""" % (d.s(T.tok(r, "npm"), "npm-token"), d.n("$CIRCLE_TOKEN", "env-reference")))


def k8s_secret(T):
    r = T.r("common:k8s")
    d = T.doc("k8s/%s-secret.yaml" % T.sys(r))
    tok = T.tok(r, "openrouter")
    b64 = base64.b64encode(tok.encode()).decode()
    d.set(T.jit(r, "#") + """apiVersion: v1
kind: Secret
metadata:
  name: app-credentials
  annotations:
    checksum/config: %s
type: Opaque
stringData:
  SMTP_PASSWORD: "%s"
data:
  LLM_API_KEY: %s
""" % (d.n(hexs(r, 64), "sha256-digest"), d.s(T.u(lambda: pw_strong(r)), "smtp-password"),
       d.s(b64, "k8s-secret-base64", decoded=tok)))


def terraform(T):
    r = T.r("common:terraform")
    d = T.doc("infra/azure.tf")
    d.set(T.jit(r, "#") + """provider "azurerm" {
  features {}
  subscription_id = "%s"
  tenant_id       = "%s"
  client_id       = "%s"
  client_secret   = "%s"
}
""" % (uuid4(r), d.n(uuid4(r), "tenant-id"), uuid4(r), d.s(T.tok(r, "azure_q"), "azure-client-secret")))


def aws_creds(T):
    r = T.r("common:aws")
    d = T.doc("ops/aws/credentials")
    cat, idf, sname = PAIRS["aws"]
    idm, sm = d.pair(T.u(lambda: idf(r)), T.tok(r, sname), cat)
    d.set("""# the AWS docs use %s in their examples; ours is below
[default]
aws_access_key_id = %s
aws_secret_access_key = %s

[sso-admin]
credential_process = %s
""" % (d.n(EXAMPLES[0][0], EXAMPLES[0][1], cite=EXAMPLES[0][2]), idm, sm,
       d.n("aws-vault exec %s-admin --json" % T.slug, "credential-process")))


# ---------------------------------------------------------------- integration code
CODE = {  # lang: (path, comment, template(var, literal, lookup), env lookup expression)
    "elixir": ("lib/%s/client.ex", "#", 'defmodule Client do\n  @fallback %s\n  def token, do: %s || @fallback\nend\n',
               'System.get_env("%s")'),
    "clojure": ("src/%s/client.clj", ";", '(ns client)\n(def fallback-token\n  %s)\n(defn token [] (or %s fallback-token))\n',
                '(System/getenv "%s")'),
    "ocaml": ("bin/%s_client.ml", None, 'let fallback =\n  %s\nlet token () = Option.value (%s) ~default:fallback\n',
              'Sys.getenv_opt "%s"'),
    "rust": ("src/%s_client.rs", "//", 'const FALLBACK: &str =\n    %s;\n\npub fn token() -> String {\n    %s.unwrap_or_else(|_| FALLBACK.to_string())\n}\n',
             'std::env::var("%s")'),
    "swift": ("Sources/%s/Client.swift", "//", 'import Foundation\nlet fallbackToken =\n    %s\nlet token = %s ?? fallbackToken\n',
              'ProcessInfo.processInfo.environment["%s"]'),
    "r": ("R/%s_client.R", "#", 'fallback_token <-\n  %s\ntoken <- %s\nif (token == "") token <- fallback_token\n',
          'Sys.getenv("%s")'),
    "erlang": ("src/%s_client.erl", "%", '-module(client).\n-export([token/0]).\n-define(FALLBACK,\n    %s).\ntoken() ->\n    case %s of false -> ?FALLBACK; T -> T end.\n',
               'os:getenv("%s")'),
    "zig": ("src/%s_client.zig", "//", 'const std = @import("std");\nconst fallback =\n    %s;\npub fn token(alloc: std.mem.Allocator) ![]const u8 {\n    return %s catch fallback;\n}\n',
            'std.process.getEnvVarOwned(alloc, "%s")'),
    "powershell": ("scripts/%s-client.ps1", "#", '$Fallback =\n    %s\n$Token = %s\nif (-not $Token) { $Token = $Fallback }\n',
                   '$env:%s'),
    "kotlin": ("scripts/%s-client.main.kts", "//", 'val fallback =\n    %s\nval token = %s ?: fallback\n',
               'System.getenv("%s")'),
}
CODE_TOKENS = ["ghp", "openai", "anthropic", "groq", "xai", "pplx", "r8", "langsmith", "figma", "linear", "notion",
               "postman", "glsa", "sntryu", "nrak", "dynatrace", "hvs", "tfc", "dapi", "do", "vercel", "sbp",
               "shpat", "square", "stripe_rk", "whsec", "dckr", "rubygems", "nuget", "pulumi", "bkua", "octopus",
               "infracost", "pscale_tkn", "xoxp", "xapp", "cf_origin", "okta", "jfrog", "telegram"]


def code(T, lang, n):
    r = T.r("code:%s:%d" % (lang, n))
    path, com, tpl, look = CODE[lang]
    name = r.choice(CODE_TOKENS)
    var = "%s_TOKEN" % name.upper().replace("_", "")
    d = T.doc(path % T.sys(r).replace("-", "_"), crlf=lang == "powershell", bom=lang == "powershell" and r.random() < 0.5)
    lit = d.s(T.tok(r, name), TOKENS[name][0])
    lit = "'%s'" % lit if lang == "powershell" else '"%s"' % lit
    d.set(T.jit(r, com) + tpl % (lit, d.n(look % var, "env-lookup")))


# ---------------------------------------------------------------- stack files
def stack(T, kind):
    r = T.r("stack:" + kind)
    if kind == "npmrc":
        d = T.doc("web/.npmrc")
        d.set("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true\n"
              % d.s(T.tok(r, "npm"), "npm-token"))
    elif kind == "netrc":
        d = T.doc("ops/.netrc")
        d.set("machine git.%s\n  login deploy\n  password %s\n" % (T.domain, d.s(T.u(lambda: pw_strong(r)), "netrc-password")))
    elif kind == "gitcred":
        d = T.doc("ops/.git-credentials")
        tok = T.tok(r, "gho")
        d.set("https://%s:%s@github.com\n" % (T.handle(r), d.s(tok, "github-oauth")))
    elif kind == "dockercfg":
        d = T.doc("ops/.docker/config.json")
        pw = T.u(lambda: pw_strong(r))
        auth = base64.b64encode(("ci:" + pw).encode()).decode()
        d.set(jdump({"auths": {"registry.%s" % T.domain: {"auth": d.s(auth, "docker-auth-base64", decoded="ci:" + pw)}},
                     "credsStore": "desktop"}))
    elif kind == "pgpass":
        d = T.doc("ops/.pgpass")
        d.set("db.internal:5432:app:report:%s\n*:*:*:replica:%s\n" % (
            d.s(T.u(lambda: pw_strong(r).replace(":", "")), "pgpass-password"), d.n("${PGREPLICA_PASSWORD}", "env-reference")))
    elif kind == "nuget":
        d = T.doc("NuGet.Config", crlf=True, bom=r.random() < 0.5)
        d.set("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSourceCredentials>
    <internal>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="%s" />
    </internal>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://www.nuget.org/api/v2/package" value="%s" />
  </apikeys>
</configuration>
""" % (d.s(T.u(lambda: rs(r, 20)), "nuget-feed-password"), d.s(T.tok(r, "nuget"), "nuget-key")))
    elif kind == "gem":
        d = T.doc("ops/.gem/credentials")
        d.set("---\n:rubygems_api_key: %s\n" % d.s(T.tok(r, "rubygems"), "rubygems-key"))
    elif kind == "cargo":
        d = T.doc("ops/.cargo/credentials.toml")
        d.set('[registry]\ntoken = "%s"\n\n[registries.internal]\ntoken = "%s"\n' % (
            d.s("cio" + rs(r, 32), "crates-io-token"), d.n("${CARGO_REGISTRIES_INTERNAL_TOKEN}", "env-reference")))
    elif kind == "terraformrc":
        d = T.doc("ops/.terraformrc")
        d.set('credentials "app.terraform.io" {\n  token = "%s"\n}\n' % d.s(T.tok(r, "tfc"), "terraform-cloud-token"))
    else:
        d = T.doc("ops/.config/gh/hosts.yml")
        d.set("github.com:\n    user: %s\n    oauth_token: %s\n    git_protocol: https\n" % (
            T.handle(r), d.s(T.tok(r, "gho"), "github-oauth")))


# ---------------------------------------------------------------- private keys
def wrap(T, kind, n):
    r = T.r("wrap:%s:%d" % (kind, n))
    host = "%s.%s" % (T.sys(r), T.domain)
    org, cc = T.org, T.country
    if kind == "p256-pkcs8-cert":
        k = K.P256(r.randrange(1, K.PN))
        d = T.doc("tls/%s.key" % T.sys(r))
        d.set(d.s(K.pem("PRIVATE KEY", k.pkcs8()), "private-key", key_check="p256:pkcs8"))
        c = T.doc("tls/%s.crt" % T.sys(r))
        c.set(c.n(K.pem("CERTIFICATE", K.certificate(k, r, host, org, cc)), "certificate", key_check="x509"))
    elif kind == "ed25519-openssh" or kind == "rsa-openssh":
        k = new_key("ed25519" if kind == "ed25519-openssh" else "rsa", r)
        name = "id_ed25519" if kind == "ed25519-openssh" else "id_rsa"
        d = T.doc("deploy/keys/%s_%s" % (T.sys(r).replace("-", "_"), name))
        d.set(d.s(K.openssh_private(k, "deploy@" + host, r), "private-key",
                  key_check="ed25519:openssh" if kind == "ed25519-openssh" else "rsa:openssh"))
        p = T.doc(d.path[len(T.dir) + 1:] + ".pub")
        p.set(p.n(K.ssh_pub_line(k, "deploy@" + host), "ssh-public-key", key_check="openssh-pub"))
    elif kind == "rsa-pkcs1-spki":
        k = K.RSA(r)
        d = T.doc("legacy/%s-rsa.pem" % T.sys(r))
        d.set(d.s(K.pem("RSA PRIVATE KEY", k.pkcs1()), "private-key", key_check="rsa:pkcs1"))
        p = T.doc("legacy/%s-rsa.pub.pem" % T.sys(r))
        p.set(p.n(K.pem("PUBLIC KEY", k.spki()), "public-key", key_check="spki"))
    elif kind == "ed25519-pkcs8-cert":
        k = K.Ed25519(bytes(r.getrandbits(8) for _ in range(32)))
        d = T.doc("signing/%s-ed25519.pem" % T.sys(r))
        d.set("# signing key and its self-signed certificate\n%s\n\n%s\n" % (
            d.s(K.pem("PRIVATE KEY", k.pkcs8()), "private-key", key_check="ed25519:pkcs8"),
            d.n(K.pem("CERTIFICATE", K.certificate(k, r, host, org, cc)), "certificate", key_check="x509")))
    elif kind == "p256-jwk":
        k = K.P256(r.randrange(1, K.PN))
        x, y, dd = K.jwk_parts(k)
        kid = rs(r, 12, LOWER + DIGITS)
        d = T.doc("auth/jwk-private.json")
        d.set('{\n  "keys": [\n    {\n      "kty": "EC",\n      "crv": "P-256",\n      "kid": "%s",\n      "use": "sig",\n'
              '      "x": "%s",\n      "y": "%s",\n      "d": "%s"\n    }\n  ]\n}\n'
              % (kid, x, y, d.s(dd, "jwk-private-d", key_check="p256:jwk", jwk_x=x, jwk_y=y)))
        p = T.doc("web/public/.well-known/jwks.json")
        p.set('{"keys": [{"kty": "EC", "crv": "P-256", "kid": "%s", "use": "sig",\n  "x": "%s",\n  "y": "%s"}]}\n'
              % (kid, p.n(x, "jwk-public-x", key_check="jwk-x"), y))
    elif kind == "rsa-sa-json":
        k = K.RSA(r)
        d = T.doc("ops/%s-service-account.json" % T.sys(r))
        body = K.pem("PRIVATE KEY", k.pkcs8()) + "\n"
        esc = jstr(body)[1:-1]
        proj = "%s-%d" % (T.slug, r.randint(100000, 999999))
        d.set('{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n'
              '  "client_email": "uploader@%s.iam.gserviceaccount.com",\n  "client_id": "%s",\n'
              '  "token_uri": "https://oauth2.googleapis.com/token"\n}\n'
              % (proj, d.n(hexs(r, 40), "private-key-id"), d.s(esc, "private-key", key_check="rsa:pkcs8:escaped"), proj,
                 rs(r, 21, DIGITS)))
    elif kind == "p256-sec1-yaml":
        k = K.P256(r.randrange(1, K.PN))
        d = T.doc("k8s/%s-tls.yaml" % T.sys(r))
        body = K.pem("EC PRIVATE KEY", k.sec1()).replace("\n", "\n    ")
        d.set("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-signing\ntype: Opaque\nstringData:\n  signing.key: |\n    %s\n"
              % (T.sys(r), d.s(body, "private-key", key_check="p256:sec1")))


def new_key(kind, rng):
    if kind == "ed25519":
        return K.Ed25519(bytes(rng.getrandbits(8) for _ in range(32)))
    return K.P256(rng.randrange(1, K.PN)) if kind == "p256" else K.RSA(rng)
