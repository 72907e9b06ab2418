"""Private-key files and wrappings. Every key is a real, parseable key; public halves and certificates are negatives."""
import json

import crypto18
import keys18


def make_key(c, kind=None):
    kind = kind or c.choice(["rsa", "rsa", "ec", "ec", "ed25519", "ed25519"])
    if kind == "rsa":
        return crypto18.rsa_key(c.r, 2048)
    if kind == "ec":
        return crypto18.ec_key(c.r)
    return crypto18.ed_key(c.r)


def encode(c, k, fmt, comment="key"):
    if fmt == "pkcs1":
        return keys18.pem_pkcs1(k)
    if fmt == "sec1":
        return keys18.pem_sec1(k)
    if fmt == "pkcs8":
        return keys18.pem_pkcs8(k)
    if fmt == "openssh":
        return keys18.openssh_private(k, comment, c.r)
    if fmt == "ppk2":
        return keys18.ppk_v2(k, comment)
    if fmt == "jwk":
        return json.dumps(keys18.jwk_private(k, comment), separators=(",", ":"))
    raise ValueError(fmt)


def default_fmt(c, k):
    if k["type"] == "rsa":
        return c.choice(["pkcs1", "pkcs8", "openssh"])
    if k["type"] == "ec":
        return c.choice(["sec1", "pkcs8", "openssh"])
    return c.choice(["pkcs8", "openssh"])


def cat_of(fmt, k):
    return "private-key-%s-%s" % (fmt, k["type"])


def S_key(d, c, k, fmt, shown_fn=None, comment="key", free=None):
    raw = encode(c, k, fmt, comment)
    body = raw.rstrip("\n")
    shown = shown_fn(body) if shown_fn else body
    return d.S(shown, cat_of(fmt, k), "key", check={"format": fmt}, raw=raw, free=free)


def indent(ind):
    return lambda body: body.replace("\n", "\n" + ind)


def escaped(body):
    return body.replace("\n", "\\n") + "\\n"


def cert_for(c, k, cn):
    issuer = crypto18.ec_key(c.r)
    return keys18.certificate(k, issuer, cn, c.org, c.country, c.r, issuer_cn="%s Internal CA" % c.org).rstrip("\n")


# ------------------------------------------------------------------ wrappers
def w_ssh_pair(c):
    k = make_key(c, c.choice(["ed25519", "ed25519", "rsa", "ec"]))
    u = c.person()
    name = {"rsa": "id_rsa", "ec": "id_ecdsa", "ed25519": "id_ed25519"}[k["type"]]
    sub = c.choice(["deploy", "backup", "ci", u.short])
    d = c.doc("home/%s/.ssh/%s" % (sub, name))
    d.set(S_key(d, c, k, "openssh", comment="%s@%s" % (sub, c.short)) + "\n")
    d2 = c.doc("home/%s/.ssh/%s.pub" % (sub, name))
    d2.set(d2.N(keys18.ssh_public_line(k, "%s@%s" % (sub, c.short)), "ssh-public-key") + "\n")


def w_tls_pair(c):
    k = make_key(c, c.choice(["rsa", "ec"]))
    s = c.system()[0]
    cn = "%s.%s" % (s, c.domain)
    fmt = c.choice(["pkcs8", "pkcs1"] if k["type"] == "rsa" else ["pkcs8", "sec1"])
    d = c.doc("tls/%s.key" % cn)
    d.set(S_key(d, c, k, fmt) + "\n")
    d2 = c.doc("tls/%s.crt" % cn)
    d2.set(d2.N(cert_for(c, k, cn), "certificate") + "\n")


def w_ppk(c):
    k = make_key(c, "rsa")
    u = c.person()
    d = c.doc("ops/putty/%s-%s.ppk" % (c.system()[0], u.short), crlf=True)
    d.set(S_key(d, c, k, "ppk2", comment="rsa-key-%s-%s" % (c.short, u.short)) + "\n")


def w_gcp_sa(c):
    k = make_key(c, "rsa")
    s = c.system()[0]
    proj = "%s-%s-%d" % (c.short, s, c.r.randint(100000, 999999))
    d = c.doc("secrets/gcp/%s-sa.json" % s)
    email = "%s@%s.iam.gserviceaccount.com" % (s, proj)
    d.set('''{
  "type": "service_account",
  "project_id": "%s",
  "private_key_id": "%s",
  "private_key": "%s",
  "client_email": "%s",
  "client_id": "%s",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
''' % (proj, d.N(c.v.hexs(40), "gcp-private-key-id"), S_key(d, c, k, "pkcs8", escaped), email,
       d.N(c.v.digits(21), "gcp-client-id")))


def w_k8s_tls(c):
    k = make_key(c, c.choice(["rsa", "ec"]))
    s = c.system()[0]
    cn = "%s.%s" % (s, c.domain)
    d = c.doc("deploy/k8s/%s/tls-secret.yaml" % s)
    d.set('''apiVersion: v1
kind: Secret
metadata:
  name: %s-tls
type: kubernetes.io/tls
stringData:
  tls.crt: |
    %s
  tls.key: |
    %s
''' % (s, d.N(cert_for(c, k, cn).replace("\n", "\n    "), "certificate"), S_key(d, c, k, "pkcs8", indent("    "))))


def w_ansible_vars(c):
    k = make_key(c)
    s = c.system()[0]
    d = c.doc("ansible/host_vars/%s01.yml" % s)
    fmt = default_fmt(c, k)
    d.set('''---
%s_user: deploy
%s_port: 22
%s_ssh_private_key: |
  %s
%s_known_host: "%s01.%s %s"
''' % (s, s, s, S_key(d, c, k, fmt, indent("  ")), s, s, c.internal,
       d.N(keys18.ssh_public_line(make_key(c, "ed25519"), "").strip(), "ssh-host-public-key")))


def w_terraform_heredoc(c):
    k = make_key(c)
    s = c.system()[0]
    fmt = "openssh" if k["type"] != "rsa" else c.choice(["openssh", "pkcs1"])
    d = c.doc("infra/terraform/modules/%s/provision.tf" % s)
    d.set('''resource "null_resource" "%s_bootstrap" {
  connection {
    type        = "ssh"
    host        = var.%s_ip
    user        = "provision"
    private_key = <<-EOT
      %s
    EOT
  }

  provisioner "remote-exec" {
    inline = ["sudo systemctl restart %s"]
  }
}
''' % (s, s, S_key(d, c, k, fmt, indent("      ")), s))


def w_env_escaped(c):
    k = make_key(c, c.choice(["rsa", "ec"]))
    s = c.system()[0]
    d = c.doc("%s/.env.signing" % s)
    d.set('''JWT_ISSUER=https://auth.%s
JWT_KID=%s
JWT_PRIVATE_KEY="%s"
''' % (c.domain, d.N(c.uuid(), "key-id"), S_key(d, c, k, "pkcs8", lambda b: b.replace("\n", "\\n"))))


def w_jwks(c):
    k = make_key(c)
    kid = c.fresh(c.v.s, 16)
    d = c.doc("auth/keys/signing-jwk.json")
    pub = keys18.jwk_public(make_key(c, "ec"), c.fresh(c.v.s, 16))
    d.set('''{
  "active_kid": "%s",
  "signing_key": %s,
  "previous_public": %s
}
''' % (kid, S_key(d, c, k, "jwk", comment=kid), d.N(json.dumps(pub, separators=(",", ":")), "jwk-public-key")))


def w_github_app(c):
    k = make_key(c, "rsa")
    d = c.doc("bots/%s-release-bot/private-key.pem" % c.short)
    d.set(S_key(d, c, k, "pkcs1") + "\n")
    d2 = c.doc("bots/%s-release-bot/app.yml" % c.short)
    d2.set('''app_id: %d
installation_id: %d
private_key_path: ./private-key.pem
webhook_secret: %s
''' % (c.r.randint(100000, 999999), c.r.randint(10 ** 7, 10 ** 8), d2.N("${WEBHOOK_SECRET}", "env-reference")))


def w_salt_master(c):
    k = make_key(c, "rsa")
    d = c.doc("salt/pki/master/master.pem")
    d.set(S_key(d, c, k, "pkcs1") + "\n")
    d2 = c.doc("salt/pki/master/master.pub")
    d2.set(d2.N(keys18.pem_public(k).rstrip("\n"), "public-key-pem") + "\n")


def w_chef_client(c):
    k = make_key(c, "rsa")
    s = c.system()[0]
    d = c.doc("chef/.chef/%s-validator.pem" % c.short)
    d.set(S_key(d, c, k, "pkcs1") + "\n")


def w_ci_yaml_key(c):
    k = make_key(c, c.choice(["ed25519", "ec", "rsa"]))
    s = c.system()[0]
    d = c.doc("ci/%s-deploy-vars.yml" % s)
    d.set('''deploy-host: %s
deploy-user: deploy
git-deploy-key: |
  %s
known-hosts: |
  %s
''' % (c.host(s), S_key(d, c, k, "openssh", indent("  "), comment="deploy@" + s),
       d.N("git.%s %s" % (c.domain, keys18.ssh_public_line(make_key(c, "ed25519"), "").strip()), "ssh-host-public-key")))


def w_python_pem(c):
    k = make_key(c, c.choice(["ec", "rsa"]))
    d = c.doc("services/notify/push_keys.py")
    fmt = "pkcs8"
    d.set('''"""APNs / web-push signing key for the notify service."""
TEAM_ID = "%s"
KEY_ID = "%s"
SIGNING_KEY = """%s
"""
PUBLIC_VAPID_KEY = "%s"
''' % (c.v.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), d.N(c.v.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "key-id"),
       S_key(d, c, k, fmt), d.N(crypto18.b64u(crypto18.ec_point_bytes(crypto18.ec_key(c.r)["Q"])), "vapid-public-key")))


def w_node_pem(c):
    k = make_key(c)
    fmt = default_fmt(c, k)
    s = c.system()[0]
    d = c.doc("services/%s/src/keys.js" % s)
    d.set('''// TODO: load from KMS
export const signingKey = `%s`;

export const verifyKey = `%s`;
''' % (S_key(d, c, k, fmt), d.N(keys18.pem_public(k).rstrip("\n"), "public-key-pem")))


def w_saml(c):
    k = make_key(c, "rsa")
    cn = "sso.%s" % c.domain
    d = c.doc("sso/saml-sp-config.xml")
    d.set('''<?xml version="1.0" encoding="UTF-8"?>
<ServiceProvider entityId="https://%s/saml/metadata">
  <SigningCertificate>
%s
  </SigningCertificate>
  <SigningKey>
%s
  </SigningKey>
  <IdpMetadataUrl>https://login.microsoftonline.com/%s/federationmetadata/2007-06/federationmetadata.xml</IdpMetadataUrl>
</ServiceProvider>
''' % (cn, d.N(cert_for(c, k, cn), "certificate"), S_key(d, c, k, c.choice(["pkcs8", "pkcs1"])), c.uuid()))


def w_mqtt_client(c):
    k = make_key(c, "ec")
    s = c.system()[0]
    d = c.doc("devices/%s/certs/client.key" % s)
    d.set(S_key(d, c, k, "sec1") + "\n")
    d2 = c.doc("devices/%s/certs/client.crt" % s)
    d2.set(d2.N(cert_for(c, k, "%s-gw-01.%s" % (s, c.internal)), "certificate") + "\n")


WRAPPERS = [w_ssh_pair, w_tls_pair, w_ppk, w_gcp_sa, w_k8s_tls, w_ansible_vars, w_terraform_heredoc, w_env_escaped,
            w_jwks, w_github_app, w_salt_master, w_chef_client, w_ci_yaml_key, w_python_pem, w_node_pem, w_saml,
            w_mqtt_client]
