"""Common files, integration code in ten languages, stack kinds, key wrappings."""
import base64
import json

import keys39 as K
import prov39 as P
from core39 import b64url, jdump, rbytes, uuid4


# ------------------------------------------------------------------ common files
def env_file(c):
    u = c.pw()
    mail = c.r.choice(["sendgrid-api-key", "mailgun-api-key", "brevo-api-key"])
    ex = c.r.choice([P.EXAMPLES[3], P.EXAMPLES[4]])
    t = f"""APP_ENV=production
APP_URL=https://{c.domain}
DATABASE_URL={c.S(f"postgres://app:{u}@db.{c.domain}:5432/{c.slug.replace('-', '_')}", "postgres-uri", secret_part=u)}
MAIL_KEY={c.S(c.tokf(mail), mail)}
SESSION_SECRET={c.S(c.H(64), "session-secret")}
CAPTCHA_SECRET={c.N(ex[0], ex[1], cite=ex[2])}
REDIS_URL={c.N("${REDIS_URL}", "env-reference")}
"""
    return c.doc("app/.env", t)


def compose(c):
    t = f"""services:
  db:
    image: postgres:16@{c.N("sha256:" + c.H(64), "image-digest")}
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {c.S(c.pw(), "postgres-password")}
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "{c.S(c.A(24), "redis-password")}"]
  web:
    build: .
    environment:
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
"""
    return c.doc("deploy/docker-compose.yml", t)


def ci_file(c, kind):
    if kind == "github":
        t = f"""name: deploy
on: {{ push: {{ branches: [main] }} }}
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      NPM_TOKEN: {c.N("${{ secrets.NPM_TOKEN }}", "ci-secret-reference")}
      SLACK_WEBHOOK: {c.S(c.tokf("slack-webhook"), "slack-webhook")}
    steps:
      - uses: actions/checkout@{c.N(c.H(40), "commit-sha")}
      - run: ./deploy.sh
"""
        return c.doc(".github/workflows/deploy.yml", t)
    if kind == "gitlab":
        t = f"""stages: [build, deploy]
variables:
  REGISTRY_USER: deploy
  DEPLOY_TOKEN: {c.S(c.tokf("gitlab-deploy-token"), "gitlab-deploy-token")}
deploy:
  stage: deploy
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin
    - ./deploy.sh {c.N("$DEPLOY_KEY", "env-reference")}
"""
        return c.doc(".gitlab-ci.yml", t)
    if kind == "bitbucket":
        t = f"""pipelines:
  branches:
    main:
      - step:
          name: publish
          script:
            - export NPM_TOKEN={c.S(c.tokf("npm-token"), "npm-token")}
            - npm publish
            - pipe: atlassian/ssh-run:0.8.0
              variables:
                SSH_KEY: {c.N("$SSH_KEY_B64", "env-reference")}
"""
        return c.doc("bitbucket-pipelines.yml", t)
    t = f"""trigger: [main]
pool: {{ vmImage: ubuntu-latest }}
variables:
  GH_TOKEN: {c.S(c.tokf("github-fine-grained-pat"), "github-fine-grained-pat")}
  ARM_CLIENT_SECRET: {c.N("$(armClientSecret)", "pipeline-variable-reference")}
steps:
  - script: ./release.sh
"""
    return c.doc("azure-pipelines.yml", t)


def aws_credentials(c):
    a, b = c.P(P.aws_id(c.r), c.tokf("aws-secret"), "aws-key-pair")
    t = f"""[default]
aws_access_key_id = {a}
aws_secret_access_key = {b}
region = eu-central-1

[docs]
aws_access_key_id = {c.N(P.EXAMPLES[0][0], "aws-docs-example", cite=P.EXAMPLES[0][2])}
credential_process = {c.N("/usr/local/bin/aws-vault export --format=json ops", "credential-process")}
"""
    return c.doc("ops/aws/credentials", t)


# ------------------------------------------------------------------ integration code
def code_file(c, lang, n):
    kind = c.r.choice(["github-pat", "openai-api-key", "stripe-secret-key", "digitalocean-pat", "huggingface-token",
                       "telegram-bot-token", "anthropic-api-key", "pinecone-api-key", "tailscale-auth-key",
                       "sentry-user-token", "notion-token", "mollie-api-key", "contentful-pat", "airtable-pat"])
    tok = c.S(c.tokf(kind), kind)
    env = kind.upper().replace("-", "_")
    envref = {"dart": f'Platform.environment["{env}"]', "scala": f'sys.env("{env}")',
              "lua": f'os.getenv("{env}")', "perl": f'$ENV{{{env}}}', "julia": f'ENV["{env}"]',
              "haskell": f'lookupEnv "{env}"', "nim": f'getEnv("{env}")', "crystal": f'ENV["{env}"]',
              "fsharp": f'Environment.GetEnvironmentVariable("{env}")', "groovy": f'System.getenv("{env}")'}[lang]
    neg = c.N(envref, "env-lookup")
    name = f"{c.slug.split('-')[0]}_{n}"
    bodies = {
        "dart": (f"lib/{name}.dart", f"import 'dart:io';\n\nfinal fromEnv = {neg};\nconst fallbackToken =\n    '{tok}';\n\nString token() => fromEnv ?? fallbackToken;\n"),
        "scala": (f"src/main/scala/{name}.scala", f"object Creds {{\n  val fromEnv = {neg}\n  val fallback =\n    \"{tok}\"\n}}\n"),
        "lua": (f"scripts/{name}.lua", f"local from_env = {neg}\nlocal fallback =\n  \"{tok}\"\nreturn from_env or fallback\n"),
        "perl": (f"scripts/{name}.pl", f"use strict;\nmy $from_env = {neg};\nmy $fallback =\n  '{tok}';\nprint($from_env // $fallback);\n"),
        "julia": (f"src/{name}.jl", f"const FROM_ENV = get(ENV, \"{env}\", nothing)\n# lookup: {neg}\nconst FALLBACK =\n    \"{tok}\"\n"),
        "haskell": (f"src/{name.capitalize()}.hs", f"module Creds where\nimport System.Environment (lookupEnv)\n\nfromEnv = {neg}\nfallback =\n  \"{tok}\"\n"),
        "nim": (f"src/{name}.nim", f"import os\nlet fromEnv = {neg}\nconst fallback =\n  \"{tok}\"\n"),
        "crystal": (f"src/{name}.cr", f"FROM_ENV = {neg}?\nFALLBACK =\n  \"{tok}\"\n"),
        "fsharp": (f"src/{name.capitalize()}.fs", f"module Creds\nopen System\n\nlet fromEnv = {neg}\nlet fallback =\n    \"{tok}\"\n"),
        "groovy": (f"jobs/{name}.groovy", f"def fromEnv = {neg}\ndef fallback =\n    '{tok}'\nreturn fromEnv ?: fallback\n"),
    }
    path, text = bodies[lang]
    style = {"lua": "--", "haskell": "--", "perl": "#", "julia": "#", "nim": "#", "crystal": "#"}.get(lang, "//")
    if lang == "fsharp":
        return c.doc(path, text, crlf=True, bom=c.r.random() < 0.5, comment=style)
    return c.doc(path, text, comment=style)


# ------------------------------------------------------------------ stacks
def stack(c, kind):
    if kind == "pypirc":
        t = f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {c.S(c.tokf('pypi-token'), 'pypi-token')}\n"
        return c.doc("lib/.pypirc", t)
    if kind == "pipconf":
        p = c.A(20)
        t = f"[global]\nindex-url = {c.S(f'https://build:{p}@pypi.{c.domain}/simple/', 'pip-index-credentials', secret_part=p)}\ntimeout = 30\n"
        return c.doc("lib/pip.conf", t)
    if kind == "maven":
        t = f"""<settings>
  <servers>
    <server>
      <id>releases</id>
      <username>deploy</username>
      <password>{c.S(c.pw(), "maven-server-password")}</password>
    </server>
    <server>
      <id>snapshots</id>
      <password>{c.N("${env.SNAPSHOT_PASSWORD}", "env-reference")}</password>
    </server>
  </servers>
</settings>
"""
        return c.doc("build/settings.xml", t, comment=None)
    if kind == "gradle":
        t = f"signing.keyId={c.N(c.H(8).upper(), 'gpg-key-id')}\nsigning.password={c.S(c.pw(), 'gradle-signing-password')}\nossrhUsername={c.slug}\n"
        return c.doc("android/gradle.properties", t)
    if kind == "yarnrc":
        t = f"nodeLinker: node-modules\nnpmScopes:\n  {c.slug.split('-')[0]}:\n    npmRegistryServer: https://npm.pkg.github.com\n    npmAuthToken: {c.S(c.tokf('github-pat'), 'github-pat')}\n"
        return c.doc("web/.yarnrc.yml", t)
    if kind == "composer":
        t = jdump({"github-oauth": {"github.com": c.S(c.tokf("github-oauth"), "github-oauth")},
                   "http-basic": {"repo.packagist.com": {"username": "token", "password": c.N("%env(PACKAGIST_TOKEN)%", "env-reference")}}})
        return c.doc("shop/auth.json", t, comment=None)
    if kind == "kubeconfig":
        t = f"""apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster:
    server: https://k8s.{c.domain}:6443
users:
- name: deployer
  user:
    token: {c.S(c.jwt({"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:ci:deployer"}), "kubernetes-sa-token")}
contexts:
- name: prod
  context: {{cluster: prod, user: deployer}}
current-context: prod
"""
        return c.doc("ops/kubeconfig.yaml", t)
    if kind == "s3cfg":
        a, b = c.P(P.aws_id(c.r), c.tokf("aws-secret"), "aws-key-pair")
        t = f"[default]\naccess_key = {a}\nsecret_key = {b}\nhost_base = s3.amazonaws.com\ngpg_passphrase = {c.N(c.ref('GPG_PASSPHRASE'), 'env-reference')}\n"
        return c.doc("ops/.s3cfg", t)
    if kind == "mycnf":
        t = f"[client]\nuser = backup\npassword = \"{c.S(c.pw(), 'mysql-password')}\"\nhost = db.{c.domain}\n"
        return c.doc("ops/.my.cnf", t)
    t = f"""ctrl_interface=/run/wpa_supplicant
network={{
    ssid="{c.ssids[0]}"
    psk="{c.S(c.wifi(), "wifi-psk")}"
}}
network={{
    ssid="{c.ssids[1]}"
    psk={c.N(c.H(64), "wpa-derived-psk-hash")}
}}
"""
    return c.doc("devices/wpa_supplicant.conf", t)


STACKS = ["pypirc", "pipconf", "maven", "gradle", "yarnrc", "composer", "kubeconfig", "s3cfg", "mycnf", "wpa"]


# ------------------------------------------------------------------ key wrappings
def wrap(c, kind):
    org = c.org
    if kind == "ed25519-pkcs8":
        seed = rbytes(c.r, 32)
        t = (c.S(K.pem("PRIVATE KEY", K.ed_pkcs8(seed)), "ed25519-private-key", key_check="ed25519:pkcs8") + "\n" +
             c.N(K.self_signed("ed25519", seed, "webhook." + c.domain, org, c.r, c.r.randint(2, 2 ** 60)), "x509-certificate", key_check="x509") + "\n")
        return [c.doc("certs/webhook-signing.pem", t, comment=None)]
    if kind == "openssh":
        seed = rbytes(c.r, 32)
        priv, pub = K.openssh_ed25519(seed, c.people[0] + "@" + c.slug, c.r)
        return [c.doc("ops/ssh/id_ed25519", c.S(priv, "openssh-private-key", key_check="ed25519:openssh") + "\n", comment=None),
                c.doc("ops/ssh/id_ed25519.pub", c.N(pub, "ssh-public-key", key_check="openssh-pub") + "\n", comment=None)]
    if kind == "p256-sec1":
        d, pub = K.p256_key(c.r)
        return [c.doc("certs/device-ca.key", c.S(K.pem("EC PRIVATE KEY", K.ec_sec1(d, pub)), "ec-private-key", key_check="p256:sec1") + "\n", comment=None),
                c.doc("certs/device-ca.pub.pem", c.N(K.pem("PUBLIC KEY", K.ec_spki(pub)), "public-key", key_check="spki") + "\n", comment=None)]
    if kind == "rsa-pkcs1":
        k = c.rsa()
        return [c.doc("certs/internal-ca.key", c.S(K.pem("RSA PRIVATE KEY", K.rsa_pkcs1(k)), "rsa-private-key", key_check="rsa:pkcs1") + "\n", comment=None),
                c.doc("certs/internal-ca.crt", c.N(K.self_signed("rsa", k, "Internal CA " + org, org, c.r, c.r.randint(2, 2 ** 60)), "x509-certificate", key_check="x509") + "\n", comment=None)]
    if kind == "p256-jwk":
        d, pub = K.p256_key(c.r)
        kid = c.A(12)
        j = K.jwk_p256(d, pub, kid)
        priv = ('{\n  "keys": [\n    {\n      "kty": "EC",\n      "crv": "P-256",\n      "kid": "%s",\n      "x": "%s",\n'
                '      "y": "%s",\n      "d": "%s"\n    }\n  ]\n}\n') % (kid, j["x"], j["y"], c.S(j["d"], "jwk-private-key", key_check="p256:jwk", jwk_x=j["x"], jwk_y=j["y"]))
        pubj = ('{\n  "keys": [\n    {\n      "kty": "EC",\n      "crv": "P-256",\n      "kid": "%s",\n      "x": "%s",\n'
                '      "y": "%s",\n      "use": "sig"\n    }\n  ]\n}\n') % (kid, c.N(j["x"], "jwk-public-x", key_check="jwk-x"), j["y"])
        return [c.doc("auth/signing-jwks.private.json", priv, comment=None),
                c.doc("auth/jwks.json", pubj, comment=None)]
    if kind == "rsa-escaped":
        k = c.rsa()
        esc = K.pem("PRIVATE KEY", K.rsa_pkcs8(k)).replace("\n", "\\n") + "\\n"
        t = ('{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n'
             '  "client_email": "exporter@%s.iam.gserviceaccount.com",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n') % (
            c.slug, c.N(c.H(40), "private-key-id"), c.S(esc, "gcp-service-account-key", key_check="rsa:pkcs8:escaped"), c.slug)
        return [c.doc("ops/gcp/exporter-sa.json", t, comment=None)]
    d, pub = K.p256_key(c.r)
    kid = c.rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)
    return [c.doc("mobile/AuthKey_%s.p8" % kid, c.S(K.pem("PRIVATE KEY", K.ec_pkcs8(d, pub)), "p8-private-key", key_check="p256:pkcs8") + "\n", comment=None)]


WRAPS = ["ed25519-pkcs8", "openssh", "p256-sec1", "rsa-pkcs1", "p256-jwk", "rsa-escaped", "p256-p8"]
CODE_LANGS = ["dart", "scala", "lua", "perl", "julia", "haskell", "nim", "crystal", "fsharp", "groovy"]
CI_KINDS = ["github", "gitlab", "bitbucket", "azure"]

_unused = (base64, json, b64url, uuid4)
