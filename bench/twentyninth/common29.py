"""Common files in every theme, integration code in 12 languages, and 12 private-key wrappings."""

import base64
import json

import prov29
from core29 import HEX, Tpl, b64, rchars, render, stream
from keys29 import Key, self_signed_cert


# ---------------------------------------------------------------- keys
class KeyPool:
    def __init__(self, info):
        self.r = stream(info.seed, info.dir, "keys")

    def take(self, kind):
        return Key(kind, self.r)

    def check(self, k, wrap):
        return {"key_type": k.kind, "wrap": wrap, "pem": k.pem_pkcs8()}


def _kcat(k):
    return {"ed25519": "private-key-ed25519", "p256": "private-key-ec", "rsa": "private-key-rsa"}[k.kind]


def w_pkcs8_cert(c, keys):
    k = keys.take("ed25519")
    sys = c.sysname()
    t = Tpl()
    d = c.doc("tls/%s.key" % sys)
    render(d, t.s(k.pem_pkcs8(), _kcat(k), key_check=keys.check(k, "pkcs8-pem")), t)
    t2 = Tpl()
    nb = c.when().strftime("%y%m%d%H%M%SZ")
    cert = self_signed_cert(k, "%s.%s" % (sys, c.i.lan), c.i.org.encode("ascii", "ignore").decode() or c.i.slug,
                            c.r.randrange(10 ** 8, 10 ** 12), nb, "3" + nb[1:])
    d2 = c.doc("tls/%s.crt" % sys)
    render(d2, t2.n(c.neg(cert), "certificate"), t2)
    return [d, d2]


def w_openssh(c, keys):
    k = keys.take(c.r.choice(["ed25519", "ed25519", "rsa", "p256"]))
    who = "deploy@%s" % c.host()
    t = Tpl()
    name = {"ed25519": "id_ed25519", "rsa": "id_rsa", "p256": "id_ecdsa"}[k.kind]
    d = c.doc("deploy/keys/%s" % name)
    render(d, t.s(k.openssh_private(who), _kcat(k), key_check=keys.check(k, "openssh")), t)
    t2 = Tpl()
    d2 = c.doc("deploy/keys/%s.pub" % name)
    render(d2, t2.n(c.neg(k.openssh_public(who)), "ssh-public-key"), t2)
    return [d, d2]


def w_ansible_yaml(c, keys):
    k = keys.take("p256")
    sys = c.sysname()
    block = "\n".join("  " + ln for ln in k.pem_traditional().split("\n"))
    t = Tpl()
    text = "\n".join([
        "---",
        "nginx_server_name: %s.%s" % (sys, c.i.domain),
        "nginx_tls_cert_path: /etc/ssl/certs/%s.crt" % sys,
        "nginx_tls_key: |",
        t.s(block, _kcat(k), key_check=keys.check(k, "sec1-yaml-block")),
        "nginx_hsts: true",
    ])
    d = c.doc("ansible/host_vars/%s.yml" % sys)
    return [render(d, text, t)]


def w_pkcs1_spki(c, keys):
    k = keys.take("rsa")
    sys = c.sysname()
    t = Tpl()
    d = c.doc("keys/%s-signing.pem" % sys)
    render(d, t.s(k.pem_traditional(), _kcat(k), key_check=keys.check(k, "pkcs1-pem")), t)
    t2 = Tpl()
    d2 = c.doc("keys/%s-signing.pub.pem" % sys)
    render(d2, t2.n(c.neg(k.pem_public()), "public-key-spki"), t2)
    return [d, d2]


def w_json_escaped(c, keys):
    k = keys.take(c.r.choice(["p256", "ed25519"]))
    esc = k.pem_pkcs8().replace("\n", "\\n") + "\\n"
    t = Tpl()
    text = "{\n  \"kid\": \"%s\",\n  \"alg\": \"%s\",\n  \"private_key_pem\": \"%s\",\n  \"issuer\": \"https://auth.%s\"\n}" % (
        rchars(c.r, HEX, 16), "ES256" if k.kind == "p256" else "EdDSA",
        t.s(esc, _kcat(k), key_check=keys.check(k, "pkcs8-json-escaped")), c.i.domain)
    d = c.doc("config/jwt-signing.json", fmt="json")
    return [render(d, text, t)]


def w_terraform(c, keys):
    k = keys.take("ed25519")
    block = "\n".join("    " + ln for ln in k.openssh_private("sftp@%s" % c.i.domain).split("\n"))
    t = Tpl()
    text = "\n".join([
        'variable "sftp_host_key" {',
        "  type      = string",
        "  sensitive = true",
        "  default   = <<-EOT",
        t.s(block, _kcat(k), key_check=keys.check(k, "openssh-terraform-heredoc")),
        "    EOT",
        "}",
    ])
    d = c.doc("terraform/sftp.tf")
    return [render(d, text, t)]


def w_go_raw(c, keys):
    k = keys.take(c.r.choice(["p256", "rsa"]))
    pem = k.pem_traditional()
    lines = pem.split("\n")
    t = Tpl()
    text = "\n".join([
        "package %s" % c.sysname().replace("-", ""),
        "",
        "// signingKey signs the nightly export manifests.",
        "const signingKey = `" + lines[0],
        t.s("\n".join(lines[1:-1]), _kcat(k), key_check=keys.check(k, "go-raw-string")),
        lines[-1] + "`",
    ])
    d = c.doc("internal/%s/signing_key.go" % c.sysname().replace("-", ""))
    return [render(d, text, t)]


def w_python_triple(c, keys):
    k = keys.take(c.r.choice(["ed25519", "p256"]))
    t = Tpl()
    text = "\n".join([
        '"""Sign delivery notes before they are e-mailed."""',
        "import base64",
        "",
        'PRIVATE_KEY = """' + t.s(k.pem_pkcs8(), _kcat(k), key_check=keys.check(k, "python-triple-quoted")) + '"""',
        "",
        "",
        "def sign(doc: bytes) -> str:",
        "    from cryptography.hazmat.primitives.serialization import load_pem_private_key",
        "    key = load_pem_private_key(PRIVATE_KEY.encode(), password=None)",
        "    return base64.b64encode(key.sign(doc)).decode()",
    ])
    d = c.doc("tools/sign_notes.py")
    return [render(d, text, t)]


def w_jwk(c, keys):
    k = keys.take(c.r.choice(["p256", "ed25519"]))
    kid = rchars(c.r, HEX, 12)
    priv = json.dumps(k.jwk(kid, True), separators=(", ", ": "))
    pub = json.dumps(k.jwk(kid, False), separators=(", ", ": "))
    t = Tpl()
    d = c.doc("auth/jwks-private.json", fmt="json")
    render(d, '{"keys": [\n  %s\n]}' % t.s(priv, "private-jwk", key_check=keys.check(k, "jwk")), t)
    t2 = Tpl()
    d2 = c.doc("public/.well-known/jwks.json", fmt="json")
    render(d2, '{"keys": [\n  %s\n]}' % t2.n(c.neg(pub), "public-jwk"), t2)
    return [d, d2]


def w_nix(c, keys):
    k = keys.take("ed25519")
    block = "\n".join("    " + ln for ln in k.pem_pkcs8().split("\n"))
    t = Tpl()
    text = "\n".join([
        "{ config, pkgs, ... }:",
        "{",
        "  environment.etc.\"%s/signing.key\".text = ''" % c.sysname(),
        t.s(block, _kcat(k), key_check=keys.check(k, "nix-indented-string")),
        "  '';",
        "  environment.etc.\"%s/signing.key\".mode = \"0400\";" % c.sysname(),
        "}",
    ])
    d = c.doc("nix/%s-signing.nix" % c.sysname())
    return [render(d, text, t)]


def w_xml(c, keys):
    k = keys.take("rsa")
    t = Tpl()
    text = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<ServiceProvider entityID=\"https://%s/saml\">" % c.i.domain,
        "  <AssertionConsumerService>https://%s/saml/acs</AssertionConsumerService>" % c.i.domain,
        "  <SigningKey>",
        t.s(k.pem_traditional(), _kcat(k), key_check=keys.check(k, "xml-element")),
        "  </SigningKey>",
        "</ServiceProvider>",
    ])
    d = c.doc("saml/sp-settings.xml", fmt="xml")
    return [render(d, text, t)]


def w_toml(c, keys):
    k = keys.take(c.r.choice(["p256", "ed25519"]))
    t = Tpl()
    text = "\n".join([
        "[webhook]",
        'url = "https://hooks.%s/in"' % c.i.domain,
        "",
        "[signing]",
        'algorithm = "%s"' % ("ES256" if k.kind == "p256" else "EdDSA"),
        'private_key = """' + t.s(k.pem_pkcs8(), _kcat(k), key_check=keys.check(k, "toml-multiline")) + '"""',
    ])
    d = c.doc("config/webhook-signing.toml", fmt="toml")
    return [render(d, text, t)]


WRAPS = {"pkcs8-cert": w_pkcs8_cert, "openssh": w_openssh, "ansible-yaml": w_ansible_yaml, "pkcs1-spki": w_pkcs1_spki,
         "json-escaped": w_json_escaped, "terraform": w_terraform, "go-raw": w_go_raw, "python-triple": w_python_triple,
         "jwk": w_jwk, "nix": w_nix, "xml": w_xml, "toml": w_toml}


# ---------------------------------------------------------------- common files
def c_env(c):
    t = Tpl()
    tok, cat = c.any_tok()
    pub, pcat = c.r.choice(prov29.public_values(c.r)[:7])
    dsn, dcat = prov29.public_values(c.r)[8]
    text = "\n".join([
        "APP_ENV=production",
        "APP_URL=https://%s.%s" % (c.sysname(), c.i.domain),
        "DB_HOST=%s" % c.host("db"),
        "DB_USER=app",
        "DB_PASSWORD=%s" % t.s(c.pw(), "database-password"),
        "SMTP_HOST=smtp.%s" % c.i.domain,
        "SMTP_USER=noreply@%s" % c.i.domain,
        "SMTP_PASSWORD=%s" % (t.s(c.pw(), "smtp-password") if c.r.random() < 0.5 else t.n(c.envref("SMTP_PASSWORD"), "env-reference")),
        "%s=%s" % (cat.upper().replace("-", "_"), t.s(tok, cat)),
        "PUBLIC_KEY=%s" % t.n(c.neg(pub), pcat),
    ] + (["SENTRY_DSN=%s" % t.n(c.neg(dsn), dcat)] if c.r.random() < 0.5 else []))
    return [render(c.doc(".env"), text, t)]


def c_compose(c):
    t = Tpl()
    text = "\n".join([
        "services:",
        "  db:",
        "    image: postgres:16",
        "    environment:",
        "      POSTGRES_USER: app",
        "      POSTGRES_PASSWORD: %s" % t.s(c.pw(safe=True), "database-password"),
        "  redis:",
        "    image: redis:7-alpine",
        "    command: redis-server --requirepass %s" % t.s(c.pw("strong", safe=True), "redis-password"),
        "  app:",
        "    image: ghcr.io/%s/%s:latest" % (c.i.slug, c.sysname()),
        "    environment:",
        "      DATABASE_URL: postgres://app:%s@db:5432/app" % t.n(c.neg("${POSTGRES_PASSWORD:?set in .env}"), "env-reference"),
        "    depends_on: [db, redis]",
    ])
    return [render(c.doc("docker-compose.yml"), text, t)]


def c_k8s_secret(c):
    t = Tpl()
    pw = c.pw()
    tok, cat = c.any_tok()
    e1 = base64.b64encode(pw.encode()).decode()
    e2 = base64.b64encode(tok.encode()).decode()
    c.reg.secrets.update([e1, e2])
    text = "\n".join([
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: %s-credentials" % c.sysname(),
        "  namespace: %s" % c.i.slug[:12],
        "  annotations:",
        "    checksum/config: %s" % t.n(c.sha256(), "sha256"),
        "type: Opaque",
        "data:",
        "  db-password: %s" % t.s(e1, "k8s-secret-base64", decoded=pw),
    ] + (["  api-token: %s" % t.s(e2, "k8s-secret-base64", decoded=tok, decoded_category=cat)] if c.r.random() < 0.5 else []))
    return [render(c.doc("k8s/%s-secret.yaml" % c.sysname()), text, t)]


def c_workflow(c):
    t = Tpl()
    hook, cat = c.tok("slack-webhook")
    text = "\n".join([
        "name: deploy",
        "on:",
        "  push:",
        "    branches: [main]",
        "env:",
        "  SLACK_WEBHOOK_URL: %s" % t.s(hook, cat),
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@%s" % t.n(c.gitsha(), "git-sha"),
        "      - uses: docker/login-action@v3",
        "        with:",
        "          registry: ghcr.io",
        "          username: ${{ github.actor }}",
        "          password: %s" % t.n(c.neg("${{ secrets.GITHUB_TOKEN }}"), "ci-secret-reference"),
        "      - run: make deploy",
    ])
    return [render(c.doc(".github/workflows/deploy.yml"), text, t)]


def c_aws(c):
    t = Tpl()
    kid, sec = c.pair(prov29.aws_pair)
    text = "\n".join([
        "[default]",
        "aws_access_key_id = %s" % t.pid(kid, "aws"),
        "aws_secret_access_key = %s" % t.psec(sec, "aws-secret-access-key", "aws"),
        "region = eu-central-1",
        "",
        "[sso-admin]",
        "credential_process = %s" % t.n(c.neg("aws-vault exec admin --json"), "credential-process"),
    ])
    return [render(c.doc(".aws/credentials", fmt="ini"), text, t)]


COMMON = {"env": c_env, "compose": c_compose, "k8s-secret": c_k8s_secret, "workflow": c_workflow, "aws": c_aws}


# ---------------------------------------------------------------- integration code (12 languages)
def _code_values(c):
    tok, cat = c.any_tok()
    pw = c.pw("strong", safe=True)
    return tok, cat, pw


def code(c, lang):
    t = Tpl()
    tok, cat, pw = _code_values(c)
    sys = c.sysname()
    host = c.host("db")
    T = lambda v: t.s(v, cat)
    with_pw = c.r.random() < 0.67
    P = lambda v: t.s(v, "database-password") if with_pw else t.n(c.neg("${DB_PASSWORD}"), "env-reference")
    envname = "%s_TOKEN" % sys.upper().replace("-", "_")
    if lang == "dart":
        path = "lib/services/%s_client.dart" % sys.replace("-", "_")
        text = "\n".join([
            "import 'dart:io';",
            "import 'package:http/http.dart' as http;",
            "",
            "const apiToken = '%s';" % T(tok),
            "final fallback = %s;" % t.n(c.neg("Platform.environment['%s']" % envname), "env-reference"),
            "const dbUrl = 'postgres://app:%s@%s:5432/app';" % (P(pw), host),
            "",
            "Future<http.Response> ping() => http.get(Uri.parse('https://api.%s/ping'),"  % c.i.domain,
            "    headers: {'Authorization': 'Bearer $apiToken'});",
        ])
    elif lang == "lua":
        path = "scripts/%s.lua" % sys
        text = "\n".join([
            'local http = require("socket.http")',
            'local TOKEN = "%s"' % T(tok),
            'local DB_PASS = "%s"' % P(pw),
            "local from_env = %s" % t.n(c.neg('os.getenv("%s")' % envname), "env-reference"),
            "",
            "local function call(path)",
            '  return http.request{url = "https://api.%s" .. path, headers = {Authorization = "Bearer " .. TOKEN}}' % c.i.domain,
            "end",
        ])
    elif lang == "perl":
        path = "bin/%s-sync.pl" % sys
        text = "\n".join([
            "#!/usr/bin/perl",
            "use strict; use warnings;",
            "use DBI;",
            "my $token = '%s';" % T(tok),
            "my $dbh = DBI->connect('dbi:Pg:dbname=app;host=%s', 'app', '%s');" % (host, P(pw)),
            "my $smtp = %s;" % t.n(c.neg("$ENV{SMTP_PASSWORD}"), "env-reference"),
        ])
    elif lang == "nim":
        path = "src/%s.nim" % sys.replace("-", "_")
        text = "\n".join([
            "import httpclient, os",
            "",
            'const apiToken = "%s"' % T(tok),
            'const dbPassword = "%s"' % P(pw),
            "let fromEnv = %s" % t.n(c.neg('getEnv("%s")' % envname), "env-reference"),
            "",
            "let client = newHttpClient()",
            'client.headers = newHttpHeaders({"Authorization": "Bearer " & apiToken})',
        ])
    elif lang == "crystal":
        path = "src/%s_client.cr" % sys.replace("-", "_")
        text = "\n".join([
            'require "http/client"',
            "",
            "module %s" % sys.title().replace("-", ""),
            '  TOKEN = "%s"' % T(tok),
            '  DB_URL = "postgres://app:%s@%s/app"' % (P(pw), host),
            "  SMTP = %s" % t.n(c.neg('ENV["SMTP_PASSWORD"]?'), "env-reference"),
            "end",
        ])
    elif lang == "julia":
        path = "analysis/%s_load.jl" % sys.replace("-", "_")
        text = "\n".join([
            "using HTTP, LibPQ",
            "",
            'const API_TOKEN = "%s"' % T(tok),
            'conn = LibPQ.Connection("host=%s dbname=app user=analyst password=%s")' % (host, P(pw)),
            "backup = %s" % t.n(c.neg('ENV["%s"]' % envname), "env-reference"),
            'r = HTTP.get("https://api.%s/v1/export"; headers=["Authorization" => "Bearer $API_TOKEN"])' % c.i.domain,
        ])
    elif lang == "zig":
        path = "src/%s_config.zig" % sys.replace("-", "_")
        text = "\n".join([
            'const std = @import("std");',
            "",
            'pub const api_token = "%s";' % T(tok),
            'pub const db_password = "%s";' % P(pw),
            "",
            "pub fn envToken(alloc: std.mem.Allocator) ![]u8 {",
            "    return %s;" % t.n(c.neg('std.process.getEnvVarOwned(alloc, "%s")' % envname), "env-reference"),
            "}",
        ])
    elif lang == "clojure":
        path = "src/%s/config.clj" % sys.replace("-", "_")
        text = "\n".join([
            "(ns %s.config)" % sys,
            "",
            '(def api-token "%s")' % T(tok),
            "(def db {:dbtype \"postgresql\" :host \"%s\" :user \"app\" :password \"%s\"})" % (host, P(pw)),
            "(def smtp-password %s)" % t.n(c.neg('(System/getenv "SMTP_PASSWORD")'), "env-reference"),
        ])
    elif lang == "fsharp":
        path = "src/%s/Config.fs" % sys.title().replace("-", "")
        text = "\n".join([
            "module Config",
            "",
            "open System",
            "",
            'let apiToken = "%s"' % T(tok),
            'let connectionString = "Host=%s;Database=app;Username=app;Password=%s"' % (host, P(pw)),
            "let fromEnv = %s" % t.n(c.neg('Environment.GetEnvironmentVariable "%s"' % envname), "env-reference"),
        ])
    elif lang == "ocaml":
        path = "bin/%s_config.ml" % sys.replace("-", "_")
        text = "\n".join([
            'let api_token = "%s"' % T(tok),
            'let db_uri = "postgresql://app:%s@%s:5432/app"' % (P(pw), host),
            "let smtp_password = %s" % t.n(c.neg('Sys.getenv_opt "SMTP_PASSWORD"'), "env-reference"),
        ])
    elif lang == "haskell":
        path = "src/%s/Config.hs" % sys.title().replace("-", "")
        text = "\n".join([
            "{-# LANGUAGE OverloadedStrings #-}",
            "module Config where",
            "",
            "import System.Environment (lookupEnv)",
            "",
            "apiToken :: String",
            'apiToken = "%s"' % T(tok),
            "",
            "dbConn :: String",
            'dbConn = "host=%s dbname=app user=app password=%s"' % (host, P(pw)),
            "",
            "smtpPassword :: IO (Maybe String)",
            "smtpPassword = %s" % t.n(c.neg('lookupEnv "SMTP_PASSWORD"'), "env-reference"),
        ])
    else:  # groovy
        path = "jenkins/%s.groovy" % sys
        text = "\n".join([
            "def apiToken = '%s'" % T(tok),
            "def sql = groovy.sql.Sql.newInstance('jdbc:postgresql://%s/app', 'app', '%s', 'org.postgresql.Driver')" % (host, P(pw)),
            "def fromEnv = %s" % t.n(c.neg("System.getenv('%s')" % envname), "env-reference"),
        ])
    return [render(c.doc(path), text, t)]


CODE_LANGS = ["dart", "lua", "perl", "nim", "crystal", "julia", "zig", "clojure", "fsharp", "ocaml", "haskell", "groovy"]
