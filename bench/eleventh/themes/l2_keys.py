"""Second layer: private keys in many wrappings, next to their public halves and certificates."""

import base64
import json

import keys11 as K

KCAT = {"rsa": "rsa", "ec": "ec", "ed25519": "ed25519"}


def _kind(t, allowed):
    r = t.r
    k = r.pick(allowed)
    if k == "rsa":
        return "rsa2048" if r.chance(0.45) else "rsa1024"
    return k


class KeyBox:
    def __init__(self, t):
        self.t = t
        self.ca = K.ECKey(t.r)

    def key(self, allowed=("rsa", "ec", "ed25519")):
        return K.make_key(self.t.r, _kind(self.t, allowed))

    def cert(self, key, cn):
        der, tbs, sig = K.certificate(key, self.ca, cn, self.t.org, self.t.r, ca_cn="%s Internal CA" % self.t.org)
        if not K.ecdsa_verify(self.ca.Q, tbs, sig):
            raise RuntimeError("certificate signature does not verify")
        return der


def _b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def _esc(s):
    return s.replace("\n", "\\n")


def _indent(s, n):
    return "\n".join(" " * n + ln for ln in s.split("\n"))


def _pem_of(key, r):
    if key.kind == "rsa":
        fmt = r.pick(["pkcs1", "pkcs8"])
    elif key.kind == "ec":
        fmt = r.pick(["sec1", "pkcs8"])
    else:
        fmt = "pkcs8"
    return key.pem_private(fmt), fmt


def w_openssh(t, kb, base):
    r = t.r
    key = kb.key()
    user = t.handle(r.randint(0, 8))
    name = {"rsa": "id_rsa", "ec": "id_ecdsa", "ed25519": "id_ed25519"}[key.kind]
    if r.chance(0.5):
        name = r.pick(["deploy_key", "backup_%s" % t.slug[:8], "git-mirror", "sftp_upload"])
    d = t.doc("%s/ssh/%s" % (base, name))
    d.write(d.S(K.openssh_private(key, r, "%s@%s" % (user, t.domain)), "private-key-openssh") + "\n")
    if r.chance(0.7):
        p = t.doc("%s/ssh/%s.pub" % (base, name))
        p.write(p.N(K.openssh_public(key, "%s@%s" % (user, t.domain)), "ssh-public-key") + "\n")


def w_standalone(t, kb, base):
    r = t.r
    key = kb.key()
    pem, fmt = _pem_of(key, r)
    stem = r.pick(["server", "api", "portal", "gateway", "sso", t.slug[:10]])
    d = t.doc("%s/tls/%s.key" % (base, stem))
    d.write(d.S(pem, "private-key-" + fmt) + "\n")
    if r.chance(0.7):
        c = t.doc("%s/tls/%s.crt" % (base, stem))
        c.write(c.N(K.cert_pem(kb.cert(key, "%s.%s" % (stem, t.domain))), "certificate") + "\n")


def w_k8s_tls(t, kb, base):
    r = t.r
    key = kb.key(("rsa", "ec"))
    pem, _ = _pem_of(key, r)
    d = t.doc("%s/k8s/tls-%s.yaml" % (base, t.slug[:10]))
    d.write("""apiVersion: v1
kind: Secret
metadata:
  name: %s-tls
  namespace: %s
type: kubernetes.io/tls
data:
  tls.crt: %s
  tls.key: %s
""" % (t.slug, t.slug[:12], d.N(_b64(K.cert_pem(kb.cert(key, "ingress." + t.domain)) + "\n"), "certificate-b64"),
       d.S(_b64(pem + "\n"), "private-key-b64-pem")))


def w_ansible(t, kb, base):
    r = t.r
    key = kb.key()
    pem, _ = _pem_of(key, r)
    d = t.doc("%s/ansible/group_vars/%s.yml" % (base, r.pick(["edge", "appservers", "mqtt", "proxies"])))
    reg = d.R("private-key-yaml-block")
    cert = K.cert_pem(kb.cert(key, "client." + t.domain))
    d.write("""---
ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
mtls_enabled: true
mtls_client_cert: |
%s
mtls_client_key: |%s
%s%s
mtls_ca_path: /etc/pki/%s/ca.pem
""" % (d.N(_indent(cert, 2), "certificate"), reg.B, reg.A(_indent(pem, 2)), reg.E, t.slug))


def w_json_escaped(t, kb, base):
    r = t.r
    key = kb.key()
    pem, _ = _pem_of(key, r)
    style = r.pick(["tfstate", "vault", "service"])
    if style == "tfstate":
        d = t.doc("%s/terraform/terraform.tfstate.backup" % base)
        d.write("""{
  "version": 4,
  "terraform_version": "1.9.%d",
  "serial": %d,
  "lineage": "%s",
  "resources": [
    {
      "mode": "managed",
      "type": "tls_private_key",
      "name": "%s",
      "instances": [
        {
          "attributes": {
            "algorithm": "%s",
            "private_key_pem": "%s",
            "public_key_pem": "%s",
            "public_key_fingerprint_sha256": "%s"
          }
        }
      ]
    }
  ]
}
""" % (r.randint(0, 8), r.randint(3, 90), d.N(r.uuid(), "uuid"), t.slug[:10].replace("-", "_"),
       {"rsa": "RSA", "ec": "ECDSA", "ed25519": "ED25519"}[key.kind], d.S(_esc(pem + "\n"), "private-key-json-pem"),
       d.N(_esc(K.public_pem(key) + "\n"), "public-key"), d.N("SHA256:" + r.b64(43), "fingerprint")))
    elif style == "vault":
        d = t.doc("%s/pki/vault-issue-%s.json" % (base, r.pick(["api", "mqtt", "sync"])))
        d.write("""{
  "request_id": "%s",
  "lease_id": "",
  "data": {
    "certificate": "%s",
    "private_key": "%s",
    "private_key_type": "%s",
    "serial_number": "%s"
  }
}
""" % (d.N(r.uuid(), "uuid"), d.N(_esc(K.cert_pem(kb.cert(key, "svc." + t.domain))), "certificate"),
       d.S(_esc(pem), "private-key-json-pem"), key.kind, ":".join(r.hex(2) for _ in range(16))))
    else:
        d = t.doc("%s/config/signing-service.json" % base)
        d.write("""{
  "issuer": "https://auth.%s",
  "algorithm": "%s",
  "signingKey": "%s",
  "verificationKey": "%s",
  "tokenTtlSeconds": 900
}
""" % (t.domain, {"rsa": "RS256", "ec": "ES256", "ed25519": "EdDSA"}[key.kind], d.S(_esc(pem), "private-key-json-pem"),
       d.N(_esc(K.public_pem(key)), "public-key")))


def w_jwk(t, kb, base):
    r = t.r
    key = kb.key()
    kid = "%s-%s" % (t.slug[:8], r.hex(8))
    d = t.doc("%s/keys/signing.jwk.json" % base)
    d.write(d.S(json.dumps(key.jwk(kid), indent=2), "private-key-jwk") + "\n")
    p = t.doc("%s/public/.well-known/jwks.json" % base)
    p.write(p.N(json.dumps({"keys": [key.public_jwk(kid)]}, indent=2), "public-jwks") + "\n")


def w_der_props(t, kb, base):
    r = t.r
    key = kb.key(("rsa", "ec"))
    d = t.doc("%s/config/token-signing.properties" % base)
    d.write("""# token signing for the partner API
signing.algorithm=%s
signing.key.id=%s
signing.private-key=%s
signing.public-key=%s
signing.ttl=PT15M
""" % ("RS256" if key.kind == "rsa" else "ES256", r.hex(12), d.S(_b64(key.pkcs8()), "private-key-b64-der"),
       d.N(_b64(key.spki()), "public-key-b64")))


def w_literal(t, kb, base):
    r = t.r
    key = kb.key()
    pem, _ = _pem_of(key, r)
    lang = r.pick(["python", "go", "csharp", "js", "ruby", "rust", "java", "php"])
    if lang == "python":
        d = t.doc("%s/src/license_signer.py" % base)
        d.write('"""Signs offline licence files for on-prem installs."""\n\nLICENSE_KEY_PEM = """%s\n"""\n\n'
                'def sign(blob):\n    return _sign(LICENSE_KEY_PEM, blob)\n' % d.S(pem, "private-key-code-literal"))
    elif lang == "go":
        d = t.doc("%s/internal/sign/key.go" % base)
        d.write("package sign\n\n// webhookSigningKey signs outbound webhooks.\nconst webhookSigningKey = `%s\n`\n"
                % d.S(pem, "private-key-code-literal"))
    elif lang == "csharp":
        d = t.doc("%s/Signing/EmbeddedKey.cs" % base, crlf=True)
        d.write("namespace %s.Signing\n{\n    internal static class EmbeddedKey\n    {\n        internal const string Pem = @\"%s\";\n    }\n}\n"
                % (t.slug.replace("-", "_").capitalize(), d.S(pem, "private-key-code-literal")))
    elif lang == "js":
        d = t.doc("%s/lib/jwtKey.js" % base)
        d.write("// used by the kiosk token service\nexport const PRIVATE_KEY = `%s`;\n" % d.S(pem, "private-key-code-literal"))
    elif lang == "ruby":
        d = t.doc("%s/lib/sso_key.rb" % base)
        reg = d.R("private-key-code-literal")
        d.write("module SsoKey\n  PEM = <<~KEY%s\n%s%s\n  KEY\nend\n" % (reg.B, reg.A(_indent(pem, 4)), reg.E))
    elif lang == "rust":
        d = t.doc("%s/src/keys.rs" % base)
        d.write("// firmware manifest signing\npub const SIGNING_KEY: &str = r#\"%s\"#;\n" % d.S(pem, "private-key-code-literal"))
    elif lang == "java":
        d = t.doc("%s/src/main/java/com/%s/KeyMaterial.java" % (base, t.slug.replace("-", "")))
        reg = d.R("private-key-code-literal")
        d.write('package com.%s;\n\nfinal class KeyMaterial {\n    static final String PRIVATE_PEM = """%s\n%s%s\n        """;\n}\n'
                % (t.slug.replace("-", ""), reg.B, reg.A(_indent(pem, 8)), reg.E))
    else:
        d = t.doc("%s/app/Support/ReceiptSigner.php" % base)
        d.write("<?php\n\nnamespace App\\Support;\n\nclass ReceiptSigner\n{\n    private const KEY = '%s';\n}\n"
                % d.S(pem, "private-key-code-literal"))


def w_heredoc(t, kb, base):
    r = t.r
    key = kb.key()
    priv = K.openssh_private(key, r, "provision@" + t.domain)
    if r.chance(0.5):
        d = t.doc("%s/terraform/bastion.tf" % base)
        reg = d.R("private-key-heredoc")
        d.write("""resource "local_sensitive_file" "bastion_key" {
  filename        = "${path.module}/out/bastion"
  file_permission = "0600"
  content         = <<-EOT%s
    %s%s
  EOT
}
""" % (reg.B, reg.A(priv.replace("\n", "\n    ")), reg.E))
    else:
        d = t.doc("%s/scripts/bootstrap-runner.sh" % base)
        reg = d.R("private-key-heredoc")
        d.write("""#!/bin/sh
set -eu
install -d -m 700 /home/runner/.ssh
cat > /home/runner/.ssh/id_deploy <<'EOF'%s
%s%s
EOF
chmod 600 /home/runner/.ssh/id_deploy
ssh-keyscan git.%s >> /home/runner/.ssh/known_hosts
""" % (reg.B, reg.A(priv), reg.E, t.domain))


def w_env_b64(t, kb, base):
    r = t.r
    key = kb.key(("rsa", "ec"))
    pem, _ = _pem_of(key, r)
    d = t.doc("%s/env/saml.env" % base)
    d.write("SAML_SP_ENTITY_ID=https://%s/saml/metadata\nSAML_SP_CERT_B64=%s\nSAML_SP_KEY_B64=%s\n" % (
        t.domain, d.N(_b64(K.cert_pem(kb.cert(key, "sp." + t.domain))), "certificate-b64"),
        d.S(_b64(pem), "private-key-b64-pem")))


def w_gcp(t, kb, base):
    r = t.r
    key = K.RSAKey(r, 2048 if r.chance(0.5) else 1024)
    proj = "%s-%s" % (t.slug[:14], r.dig(6))
    d = t.doc("%s/gcp/%s-sa.json" % (base, r.pick(["bigquery", "storage", "pubsub", "sheets"])))
    reg = d.R("private-key-gcp-sa")
    email = "%s@%s.iam.gserviceaccount.com" % (r.pick(["etl", "exporter", "sync"]), proj)
    d.write("""{
  "type": "service_account",
  "project_id": "%s",
  "private_key_id": "%s%s",
  "private_key": "%s%s",
  "client_email": "%s",
  "client_id": "%s",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
""" % (proj, reg.B, reg.A(r.hex(40), None, True), reg.A(_esc(key.pem_private("pkcs8") + "\n")), reg.E, email,
       r.dig(21)))


def w_saml(t, kb, base):
    r = t.r
    key = kb.key(("rsa",))
    d = t.doc("%s/sso/sp-settings.xml" % base, crlf=r.chance(0.5))
    d.write("""<?xml version="1.0" encoding="UTF-8"?>
<ServiceProvider entityID="https://%s/sso">
  <AssertionConsumerService Location="https://%s/sso/acs" />
  <Certificate><![CDATA[%s]]></Certificate>
  <PrivateKey><![CDATA[%s]]></PrivateKey>
</ServiceProvider>
""" % (t.domain, t.domain, d.N(K.cert_pem(kb.cert(key, "sso." + t.domain)), "certificate"),
       d.S(key.pem_private(r.pick(["pkcs1", "pkcs8"])), "private-key-xml-cdata")))


def w_kubeconfig(t, kb, base):
    r = t.r
    key = kb.key(("rsa", "ec"))
    pem, _ = _pem_of(key, r)
    d = t.doc("%s/kube/%s.kubeconfig" % (base, r.pick(["ci", "edge", "ops"])))
    d.write("""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: %s
    server: https://k8s.%s:6443
  name: %s
users:
- name: ci-deployer
  user:
    client-certificate-data: %s
    client-key-data: %s
contexts:
- context: {cluster: %s, user: ci-deployer}
  name: default
current-context: default
""" % (d.N(_b64(K.cert_pem(kb.cert(kb.ca, "%s Internal CA" % t.org))), "certificate-b64"), t.domain, t.slug,
       d.N(_b64(K.cert_pem(kb.cert(key, "ci-deployer"))), "certificate-b64"),
       d.S(_b64(pem + "\n"), "private-key-b64-pem"), t.slug))


def w_jwk_env(t, kb, base):
    key = kb.key(("ec", "ed25519"))
    d = t.doc("%s/env/tokens.env" % base)
    d.write("TOKEN_ISSUER=https://id.%s\nTOKEN_AUDIENCE=%s-apps\nTOKEN_SIGNING_JWK='%s'\n" % (
        t.domain, t.slug, d.S(json.dumps(key.jwk(), separators=(",", ":")), "private-key-jwk")))


def w_rsaxml(t, kb, base):
    key = K.RSAKey(t.r, 1024)
    d = t.doc("%s/licensing/LicenseSigningKey.xml" % base, crlf=True)
    xml = key.rsakeyvalue().replace("><", ">\n  <").replace("\n  </RSAKeyValue>", "\n</RSAKeyValue>")
    d.write('<?xml version="1.0" encoding="utf-8"?>\n<!-- licence signing key for the on-prem kiosk build -->\n%s\n'
            % d.S(xml, "private-key-xml"))


def w_haproxy(t, kb, base):
    r = t.r
    key = kb.key(("rsa", "ec"))
    pem, _ = _pem_of(key, r)
    d = t.doc("%s/haproxy/certs/%s.pem" % (base, t.slug[:12]))
    d.write("%s\n%s\n" % (d.N(K.cert_pem(kb.cert(key, "lb." + t.domain)), "certificate"),
                          d.S(pem, "private-key-combined-pem")))


def w_jenkins(t, kb, base):
    r = t.r
    key = kb.key()
    d = t.doc("%s/jenkins/credentials.xml" % base)
    d.write("""<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
        <scope>GLOBAL</scope>
        <id>%s-deploy</id>
        <username>deploy</username>
        <privateKeySource class="com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource">
          <privateKey>%s</privateKey>
        </privateKeySource>
      </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""" % (t.slug, d.S(K.openssh_private(key, r, "jenkins@" + t.domain) if r.chance(0.5) else _pem_of(key, r)[0],
                   "private-key-jenkins-xml")))


def w_ghapp_env(t, kb, base):
    key = K.RSAKey(t.r, 2048 if t.r.chance(0.4) else 1024)
    d = t.doc("%s/env/github-app.env" % base)
    d.write('GITHUB_APP_ID=%s\nGITHUB_APP_INSTALLATION_ID=%s\nGITHUB_APP_PRIVATE_KEY="%s"\n' % (
        t.r.dig(6), t.r.dig(8), d.S(_esc(key.pem_private("pkcs1")), "private-key-env-escaped")))


EXTRA = [w_k8s_tls, w_ansible, w_json_escaped, w_jwk, w_der_props, w_literal, w_heredoc, w_env_b64, w_gcp, w_saml,
         w_kubeconfig, w_jwk_env, w_rsaxml, w_haproxy, w_jenkins, w_ghapp_env]


def keys(t, base):
    kb = KeyBox(t)
    w_openssh(t, kb, base)
    w_standalone(t, kb, base)
    for w in t.r.sample(EXTRA, t.r.randint(6, 7)):
        w(t, kb, base)
