"""Private keys in varied wrappings, each with its public half or certificate as a negative where it would exist."""

import json

import keys20 as K
import neg20 as N
import vals20 as V

KIND = {"rsa": "rsa", "ec": "ec", "ed25519": "ed25519"}


def pem_fmt(ctx, key):
    if key.kind == "rsa":
        return ctx.choice(["pkcs8", "pkcs1", "pkcs1"])
    if key.kind == "ec":
        return ctx.choice(["pkcs8", "sec1"])
    return "pkcs8"


def raw_text(key, fmt, comment="", ctx=None):
    if fmt in ("pkcs8", "pkcs1", "sec1"):
        return K.pem_private(key, fmt)
    if fmt == "openssh":
        return K.openssh_private(key, comment, ctx.rng.getrandbits(32))
    if fmt in ("ppk2", "ppk3"):
        return K.ppk(key, comment, int(fmt[-1]))
    if fmt == "jwk":
        return json.dumps(K.jwk_private(key, kid=comment or None, extra={"alg": K.jwk_alg(key), "use": "sig"}), indent=2)
    raise ValueError(fmt)


def item(ctx, key, fmt, raw, shown=None, **wrap):
    check = {"format": "%s-%s" % (fmt, key.kind)}
    check.update(wrap)
    ctx.corpus.used.add(raw)
    return ctx.S(shown if shown is not None else raw, "private-key-%s-%s" % (fmt, key.kind), "key", check, raw)


def indent(text, pad):
    return "\n".join(pad + l if l else l for l in text.split("\n"))


def cert(ctx, key, cn, pad="", issuer=None, issuer_cn=None, ca=False):
    y = ctx.randint(24, 25)
    nb = "%02d%02d%02d080000Z" % (y, ctx.randint(1, 12), ctx.randint(1, 28))
    na = "%02d%s" % (y + ctx.choice([1, 2, 3]), nb[2:])
    der = K.certificate(key, cn, ctx.randint(10 ** 15, 10 ** 18), nb, na, org=ctx.v["org"], sans=[] if ca else [cn],
                        issuer_key=issuer, issuer_cn=issuer_cn, ca=ca)
    return ctx.N(indent(K.cert_pem(der), pad), "certificate")


def spki(ctx, key, pad=""):
    return ctx.N(indent(K.pem_public(key), pad), "public-key-spki")


def sshpub(ctx, key, comment):
    return ctx.N(K.ssh_pub_line(key, comment), "public-key-ssh")


def host(ctx):
    return ctx.host(ctx.choice(ctx.theme["apps"]))


# ---------------------------------------------------------------- wrappings

def ssh_pair(ctx):
    key = ctx.key(ctx.choice(["ed25519", "ed25519", "rsa", "ec"]))
    u = ctx.person()
    comment = "%s@%s" % (u.handle, ctx.choice(ctx.theme["apps"]))
    raw = raw_text(key, "openssh", comment, ctx)
    name = {"rsa": "id_rsa", "ec": "id_ecdsa", "ed25519": "id_ed25519"}[key.kind]
    base = "home/%s/.ssh/%s" % (u.handle, name)
    if ctx.has(base):
        base = "home/%s/.ssh/%s_deploy" % (u.handle, name)
    ctx.add(base, item(ctx, key, "openssh", raw) + "\n")
    ctx.add(base + ".pub", sshpub(ctx, key, comment) + "\n")


def ppk(ctx):
    key = ctx.key()
    ver = ctx.deck("ppk-version", [2, 3]).one()
    u = ctx.person()
    comment = ctx.choice(["%s-key-2024%02d%02d" % (key.kind if key.kind != "ed25519" else "eddsa", ctx.randint(1, 12), ctx.randint(1, 28)),
                          "%s@%s" % (u.handle, ctx.choice(ctx.theme["apps"]))])
    raw = raw_text(key, "ppk%d" % ver, comment)
    ctx.add("users/%s/putty/%s.ppk" % (u.handle, ctx.choice(ctx.theme["apps"])), item(ctx, key, "ppk%d" % ver, raw) + "\n", crlf=True)
    ctx.add("users/%s/putty/authorized_keys.txt" % u.handle, "# paste into ~/.ssh/authorized_keys on the jump host\n"
            + sshpub(ctx, key, comment) + "\n", crlf=True)


def jwk_oidc(ctx):
    key = ctx.key()
    kid = V.rstr(ctx.rng, V.URLSAFE, 12)
    raw = raw_text(key, "jwk", kid)
    pub = json.dumps({"keys": [K.jwk_public(key, kid, {"alg": K.jwk_alg(key), "use": "sig"})]}, indent=2)
    ctx.add("sso/oidc-provider/config.js", f"""import {{ Provider }} from 'oidc-provider';

const configuration = {{
  clients: [{{
    client_id: '{ctx.N(V.rstr(ctx.rng, V.ALNUM, 20), "id-oidc-client")}',
    redirect_uris: ['https://{host(ctx)}/callback'],
    token_endpoint_auth_method: 'private_key_jwt',
  }}],
  jwks: {{
    keys: [
{item(ctx, key, "jwk", raw, indent(raw, "      "), wrap="indent")},
    ],
  }},
  features: {{ devInteractions: {{ enabled: false }} }},
}};

export const oidc = new Provider('https://id.{ctx.domain}', configuration);
""")
    ctx.add("sso/oidc-provider/public/jwks.json", N.prose(ctx, pub, "public-key-jwk") + "\n")


def envoy_sds(ctx):
    key = ctx.key(ctx.choice(["rsa", "ec"]))
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    cn = host(ctx)
    ctx.add("edge/envoy/sds/%s.yaml" % cn.split(".")[0], f"""resources:
- "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret
  name: {cn.split(".")[0]}_cert
  tls_certificate:
    certificate_chain:
      inline_string: |
{cert(ctx, key, cn, "        ")}
    private_key:
      inline_string: |
{item(ctx, key, fmt, raw, indent(raw, "        "), wrap="indent")}
""")


def adguard(ctx):
    key = ctx.key(ctx.choice(["rsa", "ec"]))
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    cn = "dns." + ctx.domain
    ctx.add("network/adguard/AdGuardHome.yaml", f"""http:
  address: 0.0.0.0:3000
users:
  - name: admin
    password: {N.hash_(ctx, "bcrypt")}
dns:
  bind_hosts: [0.0.0.0]
  port: 53
  upstream_dns:
    - https://dns.quad9.net/dns-query
tls:
  enabled: true
  server_name: {cn}
  force_https: true
  port_https: 443
  port_dns_over_tls: 853
  certificate_chain: |
{cert(ctx, key, cn, "    ")}
  private_key: |
{item(ctx, key, fmt, raw, indent(raw, "    "), wrap="indent")}
  certificate_path: ""
  private_key_path: ""
schema_version: 28
""")


def vault_pki_json(ctx):
    key = ctx.key(ctx.choice(["rsa", "ec"]))
    fmt = "pkcs1" if key.kind == "rsa" else "sec1"
    raw = raw_text(key, fmt)
    cn = host(ctx)
    ca_key = ctx.key("ec")
    ca_cn = "%s Issuing CA" % ctx.v["org"]
    certv = cert(ctx, key, cn, issuer=ca_key, issuer_cn=ca_cn)
    esc = lambda s: json.dumps(s, ensure_ascii=False)[1:-1]
    ctx.add("ops/pki/issued/%s.json" % cn.split(".")[0], f"""{{
  "request_id": "{ctx.N(V.uuid4(ctx.rng), "id-uuid")}",
  "lease_id": "",
  "renewable": false,
  "data": {{
    "certificate": "{ctx.esc(certv, esc)}",
    "expiration": {ctx.randint(1780000000, 1830000000)},
    "issuing_ca": "{ctx.esc(cert(ctx, ca_key, ca_cn, ca=True), esc)}",
    "private_key": "{item(ctx, key, fmt, raw, esc(raw), wrap="json")}",
    "private_key_type": "{key.kind}",
    "serial_number": "{ctx.N(":".join(V.hexs(ctx.rng, 2) for _ in range(20)), "id-certificate-serial")}"
  }},
  "warnings": null
}}
""")


def rust_raw(ctx):
    key = ctx.key()
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    ctx.add("services/%s-signer/src/keys.rs" % ctx.choice(ctx.theme["apps"]), f"""//! Signing material for the callback tokens.
//! FIXME: load from the secret store instead of compiling it in.

pub const KEY_ID: &str = "{ctx.N(V.rstr(ctx.rng, V.LOWER + V.DIGITS, 10), "id-key")}";

pub const SIGNING_KEY_PEM: &str = r#"{item(ctx, key, fmt, raw)}
"#;

pub const VERIFY_KEY_PEM: &str = r#"{spki(ctx, key)}
"#;
""")


def lua_bracket(ctx):
    key = ctx.key(ctx.choice(["rsa", "ec"]))
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    ctx.add("edge/openresty/lua/upstream_tls.lua", f"""local ssl = require "ngx.ssl"

-- client certificate presented to the vendor API
local cert_pem = [[
{cert(ctx, key, host(ctx))}
]]

local key_pem = [[
{item(ctx, key, fmt, raw)}
]]

local _M = {{}}

function _M.load()
  local cert = assert(ssl.parse_pem_cert(cert_pem))
  local key = assert(ssl.parse_pem_priv_key(key_pem))
  return cert, key
end

return _M
""")


def perl_heredoc(ctx):
    key = ctx.key()
    fmt = ctx.choice([pem_fmt(ctx, key), "openssh"])
    raw = raw_text(key, fmt, "deploy@%s" % ctx.choice(ctx.theme["apps"]), ctx)
    ctx.add("scripts/push_reports.pl", f"""#!/usr/bin/perl
use strict;
use warnings;
use Net::SFTP::Foreign;
use File::Temp qw(tempfile);

my $host = 'sftp.{ctx.domain}';
my $key = <<'EOK';
{item(ctx, key, fmt, raw)}
EOK

my ($fh, $keyfile) = tempfile(UNLINK => 1);
print $fh $key;
close $fh;
my $sftp = Net::SFTP::Foreign->new($host, user => 'reports', key_path => $keyfile);
$sftp->put($_, "/incoming/$_") for glob('out/*.csv');
""")


def ruby_squiggly(ctx):
    key = ctx.key()
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    ctx.add("app/lib/%s/signer.rb" % ctx.choice(ctx.theme["apps"]).replace("-", "_"), f"""# frozen_string_literal: true

require "openssl"

module Signer
  PRIVATE_KEY = <<~PEM
{item(ctx, key, fmt, raw, indent(raw, "    "), wrap="indent")}
  PEM

  PUBLIC_KEY = <<~PEM
{spki(ctx, key, "    ")}
  PEM

  def self.sign(payload)
    key = OpenSSL::PKey.read(PRIVATE_KEY)
    key.sign(OpenSSL::Digest.new("SHA256"), payload)
  end
end
""")


def elixir_sigil(ctx):
    key = ctx.key()
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    a = ctx.choice(ctx.theme["apps"]).replace("-", "_")
    ctx.add("%s/config/runtime.exs" % a, f"""import Config

if config_env() == :prod do
  config :{a}, {a.title().replace("_", "")}.Repo,
    url: System.fetch_env!("DATABASE_URL"),
    pool_size: 10

  config :{a}, :jwt_signing_key, ~S\"\"\"
{item(ctx, key, fmt, raw)}
\"\"\"

  config :{a}, :jwt_verify_key, ~S\"\"\"
{spki(ctx, key)}
\"\"\"
end
""")


def jsonnet_block(ctx):
    key = ctx.key()
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    a = ctx.choice(ctx.theme["apps"])
    ctx.add("deploy/jsonnet/%s-secret.jsonnet" % a, f"""local k = import 'k.libsonnet';

{{
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: {{ name: '{a}-signing', namespace: '{a}' }},
  type: 'Opaque',
  stringData: {{
    'signing.pem': |||
{item(ctx, key, fmt, raw, indent(raw, "      "), wrap="indent")}
    |||,
  }},
}}
""")


def swift_multiline(ctx):
    key = ctx.key(ctx.choice(["ec", "ec", "rsa"]))
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    ctx.add("ios/Sources/Config/PushSigning.swift", f"""import Foundation

enum PushSigning {{
    static let teamID = "{ctx.N(V.rstr(ctx.rng, V.UPPER + V.DIGITS, 10), "id-apple-team")}"
    static let privateKeyPEM = \"\"\"
        {item(ctx, key, fmt, raw, indent(raw, "        ")[8:], wrap="indent")}
        \"\"\"
}}
""")


def dockerfile_heredoc(ctx):
    key = ctx.key()
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    a = ctx.choice(ctx.theme["apps"])
    ctx.add("%s/Dockerfile" % a, f"""# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv/{a}
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY <<EOF /etc/{a}/mtls/client.key
{item(ctx, key, fmt, raw)}
EOF
COPY . .
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
""")


def toml_literal(ctx):
    key = ctx.key()
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    ctx.add("services/%s/config/production.toml" % ctx.choice(ctx.theme["apps"]), f"""[server]
bind = "0.0.0.0:8443"
workers = 4

[tls]
client_auth = "optional"
key_pem = '''
{item(ctx, key, fmt, raw)}
'''

[database]
url_env = "DATABASE_URL"
""")


def makefile_define(ctx):
    key = ctx.key()
    fmt = ctx.choice([pem_fmt(ctx, key), "openssh"])
    raw = raw_text(key, fmt, "ci@%s" % ctx.domain, ctx)
    ctx.add("Makefile.deploy", f"""SHELL := /bin/bash
HOST ?= deploy.{ctx.suffix}

define DEPLOY_KEY
{item(ctx, key, fmt, raw)}
endef
export DEPLOY_KEY

deploy:
\t@umask 077; echo "$$DEPLOY_KEY" > .deploy_key
\trsync -az -e "ssh -i .deploy_key" dist/ deploy@$(HOST):/srv/www/
\t@rm -f .deploy_key
""")


def printf_args(ctx):
    key = ctx.key(ctx.choice(["ec", "ed25519", "rsa"]))
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    shown = "\n".join("  '%s' \\" % l for l in raw.split("\n"))
    ctx.add("provision/install-mtls.sh", f"""#!/usr/bin/env bash
set -euo pipefail
install -d -m 0700 /etc/collector/tls
printf '%s\\n' \\
{item(ctx, key, fmt, raw, shown, wrap="re", re="'([^']*)'")}
  > /etc/collector/tls/client.key
chmod 0600 /etc/collector/tls/client.key
systemctl restart collector
""")


def bat_echo(ctx):
    key = ctx.key(ctx.choice(["rsa", "ec"]))
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    shown = "\n".join("echo %s>> %%KEYFILE%%" % l for l in raw.split("\n"))
    ctx.add("install/windows/write-client-key.cmd", f"""@echo off
rem writes the station client key for the upload agent
set KEYFILE=C:\\ProgramData\\UploadAgent\\client.key
if exist %KEYFILE% del %KEYFILE%
{item(ctx, key, fmt, raw, shown, wrap="re", re=r"^echo (.*)>> %KEYFILE%$")}
icacls %KEYFILE% /inheritance:r /grant:r SYSTEM:F
net stop UploadAgent & net start UploadAgent
""", crlf=True)


def json_lines(ctx):
    key = ctx.key()
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    shown = ",\n".join('    "%s"' % l for l in raw.split("\n"))
    ctx.add("config/%s.signing.json" % ctx.choice(ctx.theme["apps"]), f"""{{
  "issuer": "https://{host(ctx)}",
  "algorithm": "{K.jwk_alg(key)}",
  "key_id": "{ctx.N(V.uuid4(ctx.rng), "id-uuid")}",
  "private_key_lines": [
{item(ctx, key, fmt, raw, shown, wrap="re", re=r'"([^"]*)"')}
  ],
  "token_ttl_seconds": 900
}}
""")


def properties_der(ctx):
    key = ctx.key()
    raw = raw_text(key, "pkcs8")
    body = "".join(l for l in raw.split("\n") if not l.startswith("-----"))
    a = ctx.choice(ctx.theme["apps"])
    ctx.add("%s/src/main/resources/application-prod.properties" % a, f"""spring.application.name={a}
server.port=8443
spring.datasource.url=jdbc:postgresql://pg.{ctx.suffix}:5432/{a.replace("-", "_")}
spring.datasource.username={a.replace("-", "_")}
spring.datasource.password={ctx.N("${DB_PASSWORD}", "reference-spring-placeholder")}
security.jwt.issuer=https://{host(ctx)}
security.jwt.private-key={item(ctx, key, "pkcs8", raw, body, wrap="der-b64")}
security.jwt.public-key-location=classpath:keys/jwt.pub.pem
""")
    ctx.add("%s/src/main/resources/keys/jwt.pub.pem" % a, spki(ctx, key) + "\n")


def tls_pair(ctx):
    key = ctx.key()
    fmt = pem_fmt(ctx, key)
    raw = raw_text(key, fmt)
    cn = host(ctx)
    d = "tls/%s" % cn.split(".")[0]
    ctx.add("%s/server.key" % d, item(ctx, key, fmt, raw) + "\n")
    ctx.add("%s/server.crt" % d, cert(ctx, key, cn) + "\n")


def ansible_copy(ctx):
    key = ctx.key()
    fmt = ctx.choice([pem_fmt(ctx, key), "openssh"])
    raw = raw_text(key, fmt, "backup@%s" % ctx.domain, ctx)
    pubtask = ""
    if fmt == "openssh":
        pubtask = """
- name: Authorise the push key on the backup target
  ansible.posix.authorized_key:
    user: backup
    key: "%s"
  delegate_to: backup.%s
""" % (sshpub(ctx, key, "backup@%s" % ctx.domain), ctx.suffix)
    ctx.add("ansible/roles/backup_client/tasks/main.yml", f"""---
- name: Create backup user
  ansible.builtin.user:
    name: backup
    shell: /bin/bash

- name: Install backup push key
  ansible.builtin.copy:
    dest: /home/backup/.ssh/id_backup
    owner: backup
    mode: "0600"
    content: |
{item(ctx, key, fmt, raw, indent(raw, "      "), wrap="indent")}
{pubtask}
- name: Schedule nightly push
  ansible.builtin.cron:
    name: backup push
    hour: "2"
    job: /usr/local/bin/backup-push
""")


WRAPS = {
    "ssh-pair": ssh_pair, "ppk": ppk, "jwk-oidc-provider": jwk_oidc, "envoy-sds": envoy_sds, "adguard-tls": adguard,
    "vault-pki-json": vault_pki_json, "rust-raw-string": rust_raw, "lua-long-bracket": lua_bracket,
    "perl-heredoc": perl_heredoc, "ruby-squiggly-heredoc": ruby_squiggly, "elixir-sigil": elixir_sigil,
    "jsonnet-text-block": jsonnet_block, "swift-multiline": swift_multiline, "dockerfile-heredoc": dockerfile_heredoc,
    "toml-literal": toml_literal, "makefile-define": makefile_define, "printf-args": printf_args,
    "bat-echo": bat_echo, "json-array-lines": json_lines, "properties-der-b64": properties_der, "tls-pair": tls_pair,
    "ansible-copy-content": ansible_copy,
}
