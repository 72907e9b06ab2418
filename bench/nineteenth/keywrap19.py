"""Private keys in 23 wrappings. Every key is generated here (RSA 2048, P-256, Ed25519) and parses back."""
import base64
import json
import urllib.parse

import keys19 as K
import vals19 as V

FAMILY_TYPES = {"pkcs8": ("rsa", "ec", "ed25519"), "pkcs1": ("rsa",), "sec1": ("ec",),
                "openssh": ("rsa", "ec", "ed25519"), "ppk2": ("rsa", "ec", "ed25519"),
                "ppk3": ("rsa", "ec", "ed25519"), "jwk": ("rsa", "ec", "ed25519")}
# RSA is slow to generate, so it is used for about 40 % of the keys
TYPE_WEIGHTS = {"rsa": 4, "ec": 3, "ed25519": 3}


def _ca(c):
    if not hasattr(c, "ca_key"):
        c.ca_key = K.gen_key(c.rng, "ec")
        c.ca_cn = "%s Internal CA" % c.org.split()[0]
    return c.ca_key, c.ca_cn


def new_key(c, families):
    fam = c.choice(families)
    types = FAMILY_TYPES[fam]
    pool = [t for t in types for _ in range(TYPE_WEIGHTS[t])]
    kt = c.choice(pool)
    k = K.gen_key(c.rng, kt)
    return fam, kt, k


def raw_text(c, fam, k, comment=None):
    if fam == "pkcs8":
        return K.pkcs8_pem(k)
    if fam == "pkcs1":
        return K.pkcs1_pem(k)
    if fam == "sec1":
        return K.sec1_pem(k)
    if fam == "openssh":
        return K.openssh_pem(k, comment or "%s@%s" % (c.person()["handle"], c.slug), c.rng)
    if fam in ("ppk2", "ppk3"):
        return K.ppk(k, comment or "%s-key-%d" % (k["type"], c.randint(20230101, 20251231)), int(fam[3]))
    if fam == "jwk":
        return json.dumps(K.jwk(k, kid=comment), indent=None, separators=(",", ":"))
    raise ValueError(fam)


def cat(fam, kt):
    return "private-key-%s-%s" % (fam, kt)


def indent(text, prefix):
    """Indent every line after the first (the first line's prefix comes from the template)."""
    lines = text.split("\n")
    return "\n".join([lines[0]] + [prefix + l for l in lines[1:]])


def prefixed(text, prefix):
    return "\n".join(prefix + l for l in text.split("\n"))


def cert(c, k, cn):
    ca, ca_cn = _ca(c)
    return K.x509_pem(c.rng, k, cn, c.org, ca, ca_cn)


def _fmt(fam, kt):
    return "%s-%s" % (fam, kt)


# ------------------------------------------------------------------ wrappings
def ssh_id(c):
    fam, kt, k = new_key(c, ["openssh"])
    p = c.person()
    comment = "%s@%s" % (p["handle"], c.host("ws").split(".")[0])
    raw = raw_text(c, fam, k, comment)
    name = {"rsa": "id_rsa", "ec": "id_ecdsa", "ed25519": "id_ed25519"}[kt]
    c.file("home/%s/.ssh/%s" % (p["handle"], name), c.K(cat(fam, kt), raw, _fmt(fam, kt), raw) + "\n")
    c.file("home/%s/.ssh/%s.pub" % (p["handle"], name), c.N("public-key-ssh", K.ssh_pub_line(k, comment)) + "\n")


def ppk_file(c):
    fam, kt, k = new_key(c, ["ppk2", "ppk3"])
    raw = raw_text(c, fam, k)
    c.file("keys/putty/%s.ppk" % c.host("jump").split(".")[0], c.K(cat(fam, kt), raw, _fmt(fam, kt), raw) + "\n",
           crlf=True)


def jwks_private(c):
    fam, kt, k = new_key(c, ["jwk"])
    kid = "%s-%d" % (c.slug.split("-")[0], c.randint(2023, 2026))
    d = K.jwk(k, kid=kid)
    raw = json.dumps(d, separators=(",", ":"))
    shown = indent(json.dumps(d, indent=2), "    ")
    c.file("auth/signing/jwks.private.json", "{\n  \"keys\": [\n    " + c.K(cat(fam, kt), shown, _fmt(fam, kt), raw)
           + "\n  ]\n}\n")
    pub = indent(json.dumps(K.jwk(k, kid=kid, private=False), indent=2), "    ")
    c.file("auth/signing/jwks.json", "{\n  \"keys\": [\n    " + c.N("public-key-jwk", pub) + "\n  ]\n}\n")


def tls_pair(c):
    fam, kt, k = new_key(c, ["pkcs8", "pkcs1", "sec1"])
    raw = raw_text(c, fam, k)
    host = c.host(c.choice(["portal", "api", "mqtt", "vpn", "hmi"]))
    c.file("tls/%s.key" % host, c.K(cat(fam, kt), raw, _fmt(fam, kt), raw) + "\n")
    c.file("tls/%s.crt" % host, c.N("certificate", cert(c, k, host)) + "\n")


def streamlit_toml(c):
    fam, kt, k = new_key(c, ["pkcs8"])
    raw = raw_text(c, fam, k)
    c.file("analytics/.streamlit/secrets.toml", f"""[connections.snowflake]
account = "{c.slug.replace('-', '')}-eu{c.randint(100, 999)}"
user = "STREAMLIT_SVC"
authenticator = "SNOWFLAKE_JWT"
private_key = \"\"\"{c.K(cat(fam, kt), raw, _fmt(fam, kt), raw)}\"\"\"
role = "REPORTING"
warehouse = "REPORTING_WH"
""")


def snowflake_p8(c):
    fam, kt, k = new_key(c, ["pkcs8"])
    raw = raw_text(c, fam, k)
    c.file("keys/snowflake/rsa_key.p8", c.K(cat(fam, kt), raw, _fmt(fam, kt), raw) + "\n")
    c.file("keys/snowflake/rsa_key.pub", c.N("public-key-pem", K.spki_pem(k)) + "\n")


def cloud_init(c):
    fam, kt, k = new_key(c, ["openssh"])
    raw = raw_text(c, fam, k, "root@" + c.host("gw").split(".")[0])
    name = {"rsa": "rsa", "ec": "ecdsa", "ed25519": "ed25519"}[kt]
    c.file("provisioning/cloud-init/user-data.yaml", f"""#cloud-config
hostname: {c.host('gw').split('.')[0]}
ssh_pwauth: false
ssh_deletekeys: true
ssh_keys:
  {name}_private: |
    {c.K(cat(fam, kt), indent(raw, '    '), _fmt(fam, kt), raw)}
  {name}_public: {c.N('public-key-ssh', K.ssh_pub_line(k, 'root@gw'))}
package_update: true
packages: [chrony, wireguard-tools]
""")


def ignition(c):
    fam, kt, k = new_key(c, ["sec1", "pkcs8"])
    raw = raw_text(c, fam, k)
    enc = urllib.parse.quote(raw + "\n", safe="")
    c.file("provisioning/ignition/edge.ign", f"""{{
  "ignition": {{ "version": "3.4.0" }},
  "storage": {{
    "files": [
      {{
        "path": "/etc/pki/edge/device.key",
        "mode": 384,
        "contents": {{
          "source": "data:,{c.K(cat(fam, kt), enc, _fmt(fam, kt), raw, wrap='urlenc')}"
        }}
      }}
    ]
  }},
  "passwd": {{
    "users": [{{ "name": "core", "passwordHash": {c.N('password-hash-yescrypt', V.yescrypt(c.rng), 'json')} }}]
  }}
}}
""")


def nix_text(c):
    fam, kt, k = new_key(c, ["sec1", "pkcs8", "pkcs1"])
    raw = raw_text(c, fam, k)
    c.file("nixos/hosts/edge/tls.nix", f"""{{ config, pkgs, ... }}:
{{
  # TODO: agenix -- this ends up world-readable in the nix store
  environment.etc."ssl/private/edge.key" = {{
    mode = "0400";
    text = ''
      {c.K(cat(fam, kt), indent(raw, '      '), _fmt(fam, kt), raw)}
    '';
  }};
  services.nginx.virtualHosts."edge.{c.domain}".sslCertificateKey = "/etc/ssl/private/edge.key";
}}
""")


def powershell_here(c):
    fam, kt, k = new_key(c, ["pkcs1", "pkcs8"])
    raw = raw_text(c, fam, k)
    host = c.host("rds")
    c.file("ops/Install-GatewayCert.ps1", f"""# Installs the RD gateway certificate and key on {host}
$ErrorActionPreference = 'Stop'
$keyPem = @"
{c.K(cat(fam, kt), raw, _fmt(fam, kt), raw)}
"@
$certPem = @"
{c.N('certificate', cert(c, k, host))}
"@
$cert = [System.Security.Cryptography.X509Certificates.X509Certificate2]::CreateFromPem($certPem, $keyPem)
Import-PfxCertificate -CertStoreLocation Cert:\\LocalMachine\\My -FilePath (Export-PfxCertificate -Cert $cert -FilePath C:\\Temp\\gw.pfx -Password (ConvertTo-SecureString -String $env:PFX_PASS -AsPlainText -Force)).FullName
""", crlf=True)


def java_text_block(c):
    fam, kt, k = new_key(c, ["pkcs8"])
    raw = raw_text(c, fam, k)
    pkg = c.slug.replace("-", "")
    c.file("service/src/main/java/com/%s/auth/SigningKeys.java" % pkg, f"""package com.{pkg}.auth;

final class SigningKeys {{
    private SigningKeys() {{}}

    // FIXME load from the keystore instead
    static final String PRIVATE_KEY_PEM = \"\"\"
            {c.K(cat(fam, kt), indent(raw, '            '), _fmt(fam, kt), raw)}
            \"\"\";

    static final String KEY_ID = "{c.N('key-id', V.hexs(c.rng, 16))}";
}}
""")


def php_nowdoc(c):
    fam, kt, k = new_key(c, ["pkcs1", "pkcs8", "sec1"])
    raw = raw_text(c, fam, k)
    c.file("web/config/jwt.php", f"""<?php
// lcobucci/jwt signer configuration
return [
    'algo' => '{'RS256' if kt == 'rsa' else 'ES256' if kt == 'ec' else 'EdDSA'}',
    'ttl' => 3600,
    'private_key' => <<<'PEM'
{c.K(cat(fam, kt), raw, _fmt(fam, kt), raw)}
PEM,
    'passphrase' => null,
];
""")


def sql_insert(c):
    fam, kt, k = new_key(c, ["sec1", "pkcs8", "pkcs1"])
    raw = raw_text(c, fam, k)
    esc = raw.replace("\n", "\\n")
    c.file("db/seeds/signing_keys.sql", f"""-- seed for the staging copy (copied from prod on {c.randint(1, 28)}.{c.randint(1, 12)}.)
BEGIN;
INSERT INTO signing_keys (kid, algorithm, created_at) VALUES ('{c.N('key-id', 'k-' + V.hexs(c.rng, 12))}', 'ES256', now());
UPDATE signing_keys SET pem = E'{c.K(cat(fam, kt), esc, _fmt(fam, kt), raw)}\\n' WHERE kid = 'k-current';
COMMIT;
""")


def csv_cell(c):
    fam, kt, k = new_key(c, ["openssh"])
    raw = raw_text(c, fam, k, "svc@" + c.host("gw").split(".")[0])
    c.file("exports/device-access.csv", f"""device,login,private_key,notes
{c.host('gw').split('.')[0]},svc,"{c.K(cat(fam, kt), raw, _fmt(fam, kt), raw)}",exported from the old password manager
{c.host('gw').split('.')[0]},admin,,see vault
""")


def puppet_heredoc(c):
    fam, kt, k = new_key(c, ["pkcs8", "pkcs1"])
    raw = raw_text(c, fam, k)
    c.file("puppet/site/profile/manifests/tls.pp", f"""class profile::tls {{
  file {{ '/etc/pki/tls/private/app.key':
    ensure  => file,
    owner   => 'root',
    mode    => '0400',
    content => @(KEY),
      {c.K(cat(fam, kt), indent(raw, '      '), _fmt(fam, kt), raw)}
      | KEY
  }}
}}
""")


def systemd_env(c):
    fam, kt, k = new_key(c, ["pkcs8"])
    raw = raw_text(c, fam, k)
    esc = raw.replace("\n", "\\n")
    c.file("systemd/%s-signer.service" % c.slug, f"""[Unit]
Description=Document signer
After=network-online.target

[Service]
User=signer
Environment="SIGNER_PRIVATE_KEY={c.K(cat(fam, kt), esc, _fmt(fam, kt), raw)}"
Environment="SIGNER_KEY_ID={c.N('key-id', V.uuid4(c.rng))}"
ExecStart=/usr/local/bin/signer serve --listen 127.0.0.1:9443

[Install]
WantedBy=multi-user.target
""")


def env_b64(c):
    fam, kt, k = new_key(c, ["pkcs8", "pkcs1", "sec1"])
    raw = raw_text(c, fam, k)
    b = base64.b64encode((raw + "\n").encode()).decode()
    c.file("webhooks/.env.production", f"""NODE_ENV=production
PORT=8080
GITHUB_APP_ID={c.N('app-id', str(c.randint(100000, 999999)))}
GITHUB_APP_PRIVATE_KEY_B64={c.K(cat(fam, kt), b, _fmt(fam, kt), raw, wrap='b64')}
WEBHOOK_PROXY_URL={c.N('placeholder', 'https://smee.io/<channel>')}
""")


def tf_heredoc(c):
    fam, kt, k = new_key(c, ["pkcs8", "pkcs1", "sec1"])
    raw = raw_text(c, fam, k)
    c.file("infra/modules/edge/tls.tf", f"""resource "kubernetes_secret" "edge_tls" {{
  metadata {{
    name      = "edge-tls"
    namespace = "ingress"
  }}
  type = "kubernetes.io/tls"
  data = {{
    "tls.crt" = file("${{path.module}}/edge.crt")
    "tls.key" = <<-EOT
    {c.K(cat(fam, kt), indent(raw, '    '), _fmt(fam, kt), raw)}
    EOT
  }}
}}
""")


def yaml_dq(c):
    fam, kt, k = new_key(c, ["sec1", "pkcs8"])
    raw = raw_text(c, fam, k)
    esc = raw.replace("\n", "\\n")
    c.file("config/notifier.yaml", f"""apns:
  team_id: {c.N('team-id', V.rs(c.rng, V.UP + V.DIG, 10))}
  key_id: {c.N('key-id', V.rs(c.rng, V.UP + V.DIG, 10))}
  signing_key: "{c.K(cat(fam, kt), esc, _fmt(fam, kt), raw)}\\n"
  topic: com.{c.slug.replace('-', '')}.app
""")


def yaml_block(c):
    fam, kt, k = new_key(c, ["pkcs1", "pkcs8"])
    raw = raw_text(c, fam, k)
    c.file("bots/release-bot/app.yml", f"""# GitHub App settings for the release bot
app_id: {c.N('app-id', str(c.randint(100000, 999999)))}
webhook_secret: {c.N('env-reference', '${WEBHOOK_SECRET}')}
private_key: |
  {c.K(cat(fam, kt), indent(raw, '  '), _fmt(fam, kt), raw)}
default_events:
  - pull_request
  - push
""")


def gcp_sa(c):
    fam, kt, k = "pkcs8", "rsa", K.gen_key(c.rng, "rsa")
    raw = K.pkcs8_pem(k)
    esc = raw.replace("\n", "\\n") + "\\n"
    proj = c.slug + "-" + str(c.randint(100, 999))
    c.file("gcp/%s-sa.json" % proj, f"""{{
  "type": "service_account",
  "project_id": "{proj}",
  "private_key_id": {c.N('gcp-private-key-id', V.hexs(c.rng, 40), 'json')},
  "private_key": "{c.K(cat(fam, kt), esc, _fmt(fam, kt), raw)}",
  "client_email": "exporter@{proj}.iam.gserviceaccount.com",
  "client_id": {c.N('gcp-client-id', str(c.randint(10 ** 20, 10 ** 21 - 1)), 'json')},
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}}
""")


def ini_continuation(c):
    fam, kt, k = new_key(c, ["pkcs8", "sec1"])
    raw = raw_text(c, fam, k)
    c.file("config/signer.ini", f"""[signer]
algorithm = {'ES256' if kt == 'ec' else 'RS256' if kt == 'rsa' else 'EdDSA'}
key = {c.K(cat(fam, kt), indent(raw, '    '), _fmt(fam, kt), raw)}
issuer = https://sign.{c.domain}

[audit]
enabled = true
""")


def jwk_env(c):
    fam, kt, k = new_key(c, ["jwk"])
    raw = json.dumps(K.jwk(k, kid="sess-1"), separators=(",", ":"))
    c.file("edge-worker/.dev.vars", f"""# wrangler dev secrets (copied from the prod dashboard to debug)
SESSION_JWK='{c.K(cat(fam, kt), raw, _fmt(fam, kt), raw)}'
ALLOWED_ORIGIN=https://{c.domain}
""")


WRAPS = [("ssh-id-file", ssh_id), ("putty-ppk", ppk_file), ("jwks-private", jwks_private), ("tls-key-crt", tls_pair),
         ("streamlit-toml-multiline", streamlit_toml), ("snowflake-p8", snowflake_p8),
         ("cloud-init-host-keys", cloud_init), ("ignition-data-url", ignition), ("nix-multiline", nix_text),
         ("powershell-herestring", powershell_here), ("java-text-block", java_text_block),
         ("php-nowdoc", php_nowdoc), ("sql-escaped", sql_insert), ("csv-multiline-cell", csv_cell),
         ("puppet-heredoc", puppet_heredoc), ("systemd-environment", systemd_env), ("env-base64-pem", env_b64),
         ("terraform-heredoc", tf_heredoc), ("yaml-double-quoted", yaml_dq), ("yaml-block-scalar", yaml_block),
         ("gcp-service-account", gcp_sa), ("ini-continuation", ini_continuation), ("jwk-dev-vars", jwk_env)]
