"""Second layer, part 2: private keys in many wrappings (always an OpenSSH file and a stand-alone PEM,
plus 5-7 of 14 others), with public keys and certificates next to them as hard negatives."""

import base64
import json

import tkeys as K


def _kind(r, allowed=("rsa2048", "rsa1024", "ec", "ed")):
    w = {"rsa2048": 3, "rsa1024": 2, "ec": 4, "ed": 4}
    pool = [k for k in allowed for _ in range(w[k])]
    return r.choice(pool)


def _b64(s):
    return base64.b64encode(s.encode()).decode()


def _esc(s):
    return s.replace("\n", "\\n")


def _indent(s, n):
    return "\n".join(" " * n + l for l in s.rstrip("\n").split("\n"))


def _cert(C, key, cn):
    return K.certificate(key, cn, C.org, C.ca, C.org + " Internal CA", C.r, san=[cn]).rstrip("\n")


def _pem(key, r):
    return K.private_pem(key, r.choice(["trad", "pkcs8"])).rstrip("\n")


def openssh_file(C, base):
    r = C.r
    key = K.new_key(r, _kind(r, ("rsa2048", "ec", "ed", "ed")))
    user = r.choice(["deploy", "backup", "sftp-sync", "ansible", "svc-" + C.app[:8]])
    fname = {"rsa": "id_rsa", "ec": "id_ecdsa", "ed": "id_ed25519"}[key.kind]
    path = r.choice(["%s/keys/%s_%s" % (base, user, fname), "%s/home/%s/.ssh/%s" % (base, user, fname)])
    d = C.doc(path)
    d.w(d.S(K.openssh_private(key, "%s@%s" % (user, C.dom), r).rstrip("\n"), "private-key-openssh", "openssh") + "\n")
    if r.random() < .7:
        p = C.doc(path + ".pub")
        p.w(p.N(K.openssh_public(key, "%s@%s" % (user, C.dom)), "ssh-public-key") + "\n")


def standalone_pem(C, base):
    r = C.r
    key = K.new_key(r, _kind(r, ("rsa2048", "rsa1024", "ec", "ed")))
    host = "%s.%s" % (r.choice(["api", "sftp", "portal", "edge", "mq"]), C.dom)
    fmt = r.choice(["trad", "pkcs8"])
    d = C.doc("%s/tls/%s.key" % (base, host))
    d.w(d.S(K.private_pem(key, fmt).rstrip("\n"), "private-key-pem", "pem") + "\n")
    if r.random() < .7:
        c = C.doc("%s/tls/%s.crt" % (base, host))
        c.w(c.N(_cert(C, key, host), "certificate") + "\n")


def k8s_tls(C, base):
    r = C.r
    key = K.new_key(r, _kind(r, ("rsa2048", "ec")))
    host = "%s.%s" % (C.app, C.dom)
    d = C.doc("%s/k8s/%s-tls-secret.yaml" % (base, C.app))
    d.w("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-tls\n  namespace: %s\ntype: kubernetes.io/tls\ndata:\n"
        % (C.app, C.name))
    d.w("  tls.crt: %s\n" % d.N(_b64(_cert(C, key, host) + "\n"), "certificate-b64"))
    d.w("  tls.key: %s\n" % d.S(_b64(_pem(key, r) + "\n"), "private-key-k8s-tls", "pem-b64"))


def yaml_block(C, base):
    r = C.r
    key = K.new_key(r, _kind(r, ("rsa2048", "rsa1024", "ec")))
    host = "mq.%s" % C.dom
    d = C.doc(r.choice(["%s/ansible/group_vars/%s/tls.yml", "%s/ansible/host_vars/%s.yml"]) % (base, C.app))
    d.w("---\n%s_tls_enabled: true\n%s_tls_server: %s\n" % (C.app.replace("-", "_"), C.app.replace("-", "_"), host))
    rc = d.R("certificate", kind="negative")
    d.w(rc.B + "client_cert: |\n" + rc.A(_indent(_cert(C, key, "client." + host), 2)) + rc.E + "\n")
    rk = d.R("private-key-yaml-block")
    d.w(rk.B + "client_key: |\n" + rk.A(_indent(_pem(key, r), 2), "pem") + rk.E + "\n")
    d.w("client_verify_peer: true\n")


def json_escaped(C, base):
    r = C.r
    key = K.new_key(r, _kind(r))
    ctx = r.choice(["service", "tfstate", "vault"])
    priv = _esc(_pem(key, r) + "\n")
    pub = _esc(K.public_pem(key))
    if ctx == "service":
        d = C.doc("%s/%s/signing.json" % (base, C.app))
        d.w('{\n  "issuer": "https://auth.%s",\n  "kid": "%s",\n' % (C.dom, r.hx(16)))
        d.w('  "public_key": "%s",\n' % d.N(pub, "public-key", "pub-pem"))
        d.w('  "private_key": "%s",\n' % d.S(priv, "private-key-json-escaped", "pem-json"))
        d.w('  "alg": "%s"\n}\n' % {"rsa": "RS256", "ec": "ES256", "ed": "EdDSA"}[key.kind])
    elif ctx == "tfstate":
        d = C.doc("%s/terraform/state/%s.tfstate.backup" % (base, C.app))
        d.w('{\n  "version": 4,\n  "terraform_version": "1.9.5",\n  "serial": %d,\n  "lineage": "%s",\n  "resources": [\n'
            % (r.randint(5, 90), d.N(r.uuid(), "uuid")))
        d.w('    {\n      "mode": "managed",\n      "type": "tls_private_key",\n      "name": "%s",\n      "instances": [\n'
            '        {\n          "attributes": {\n' % C.app.replace("-", "_"))
        d.w('            "algorithm": "%s",\n' % {"rsa": "RSA", "ec": "ECDSA", "ed": "ED25519"}[key.kind])
        d.w('            "private_key_pem": "%s",\n' % d.S(priv, "private-key-tfstate", "pem-json"))
        d.w('            "public_key_pem": "%s"\n' % d.N(pub, "public-key", "pub-pem"))
        d.w('          }\n        }\n      ]\n    }\n  ]\n}\n')
    else:
        d = C.doc("%s/runbooks/vault-read-%s.json" % (base, C.app))
        d.w('{\n  "request_id": "%s",\n  "lease_id": "",\n  "renewable": false,\n  "data": {\n    "data": {\n'
            % d.N(r.uuid(), "uuid"))
        d.w('      "certificate_pub": "%s",\n' % d.N(pub, "public-key", "pub-pem"))
        d.w('      "private_key": "%s"\n' % d.S(priv, "private-key-json-escaped", "pem-json"))
        d.w('    },\n    "metadata": {\n      "version": %d\n    }\n  }\n}\n' % r.randint(2, 14))


def jwk_files(C, base):
    r = C.r
    key = K.new_key(r, _kind(r, ("rsa1024", "rsa2048", "ec", "ed")))
    kid = r.hx(16)
    priv = dict(key.jwk_priv(), kid=kid, use="sig")
    pub = dict(key.jwk_pub(), kid=kid, use="sig")
    d = C.doc("%s/auth/keys/signing-%s.jwk.json" % (base, kid[:6]))
    d.w(d.S(json.dumps(priv, indent=2), "private-key-jwk", "jwk") + "\n")
    p = C.doc("%s/auth/keys/jwks.json" % base)
    p.w(p.N(json.dumps({"keys": [pub]}, indent=2), "public-jwks") + "\n")


def b64_der_props(C, base):
    r = C.r
    key = K.new_key(r, _kind(r))
    d = C.doc("%s/%s/signing.properties" % (base, C.app))
    d.w("# request signing for %s partners\nsigning.algorithm=%s\nsigning.key.id=%s\n" % (
        C.app, {"rsa": "SHA256withRSA", "ec": "SHA256withECDSA", "ed": "Ed25519"}[key.kind], r.hx(12)))
    d.w("signing.private.pkcs8=%s\n" % d.S(base64.b64encode(key.pkcs8()).decode(), "private-key-b64-der", "der-b64"))
    d.w("signing.public.spki=%s\n" % d.N(base64.b64encode(key.spki()).decode(), "public-key-b64"))


def code_literal(C, base):
    r = C.r
    key = K.new_key(r, _kind(r))
    pem = _pem(key, r)
    lang = r.choice(["python", "go", "csharp", "js", "ruby", "rust"])
    crlf = lang == "csharp"
    path = {"python": "%s/%s/signing_keys.py", "go": "%s/%s/internal/sign/key.go", "csharp": "%s/%s/Signing/KeyMaterial.cs",
            "js": "%s/%s/src/signingKey.js", "ruby": "%s/%s/lib/signing_key.rb", "rust": "%s/%s/src/key.rs"}[lang] % (
        base, C.app)
    d = C.doc(path, crlf=crlf)
    rk = d.R("private-key-code-literal")
    if lang == "python":
        d.w('"""Partner request signing."""\n\nKEY_ID = "%s"\n' % r.hx(10))
        d.w(rk.B + 'PRIVATE_KEY_PEM = """' + rk.A(pem, "pem") + '\n"""' + rk.E + "\n")
    elif lang == "go":
        d.w("package sign\n\n// KeyID of the partner signing key.\nconst KeyID = \"%s\"\n\n" % r.hx(10))
        d.w(rk.B + "const privateKeyPEM = `" + rk.A(pem, "pem") + "\n`" + rk.E + "\n")
    elif lang == "csharp":
        d.w("namespace Signing\n{\n    internal static class KeyMaterial\n    {\n")
        d.w(rk.B + '        internal const string PrivateKeyPem = @"' + rk.A(pem, "pem") + '";' + rk.E + "\n    }\n}\n")
    elif lang == "js":
        d.w("'use strict';\n\n")
        d.w(rk.B + "const PRIVATE_KEY = `" + rk.A(pem, "pem") + "`;" + rk.E + "\n\nmodule.exports = { PRIVATE_KEY };\n")
    elif lang == "ruby":
        d.w("module SigningKey\n")
        d.w(rk.B + "  PEM = <<~KEY\n" + rk.A(_indent(pem, 4), "pem") + rk.E + "\n  KEY\nend\n")
    else:
        d.w("// partner signing key\n")
        d.w(rk.B + 'pub const PRIVATE_KEY_PEM: &str = r#"' + rk.A(pem, "pem") + '"#;' + rk.E + "\n")


def heredoc(C, base):
    r = C.r
    key = K.new_key(r, _kind(r, ("ec", "ed", "rsa1024")))
    body = K.openssh_private(key, "ci@%s" % C.dom, r).rstrip("\n")
    if r.random() < .5:
        d = C.doc("%s/terraform/%s/bastion.tf" % (base, C.app))
        d.w('resource "local_sensitive_file" "bastion_key" {\n  filename        = "${path.module}/.keys/bastion"\n'
            '  file_permission = "0600"\n')
        rk = d.R("private-key-heredoc")
        d.w(rk.B + "  content         = <<-EOT\n" + rk.A(_indent(body, 4), "openssh") + rk.E + "\n    EOT\n}\n")
    else:
        d = C.doc("%s/scripts/bootstrap-runner.sh" % base)
        d.w("#!/usr/bin/env bash\nset -euo pipefail\ninstall -d -m 700 /home/runner/.ssh\n")
        rk = d.R("private-key-heredoc")
        d.w(rk.B + "cat > /home/runner/.ssh/id_deploy <<'EOF'\n" + rk.A(body, "openssh") + rk.E + "\nEOF\n")
        d.w("chmod 600 /home/runner/.ssh/id_deploy\nssh-keyscan git.%s >> /home/runner/.ssh/known_hosts\n" % C.dom)


def b64_pem_env(C, base):
    r = C.r
    key = K.new_key(r, _kind(r, ("rsa2048", "ec")))
    d = C.doc("%s/%s/mtls.env" % (base, C.app))
    d.w("MTLS_ENABLED=true\nMTLS_UPSTREAM=https://partner-gw.%s:8443\n" % C.dom)
    d.w("MTLS_CLIENT_CERT_B64=%s\n" % d.N(_b64(_cert(C, key, "client." + C.dom) + "\n"), "certificate-b64"))
    d.w("MTLS_CLIENT_KEY_B64=%s\n" % d.S(_b64(_pem(key, r) + "\n"), "private-key-b64-pem", "pem-b64"))


def gcp_sa(C, base):
    r = C.r
    key = K.RSAKey(r, 2048)
    proj = "%s-%s-%d" % (C.name.split("-")[0], r.choice(["prod", "data", "ops"]), r.randint(100, 999))
    sa = "%s-sync" % C.app[:12]
    d = C.doc("%s/%s/gcp-service-account.json" % (base, C.app))
    rk = d.R("private-key-gcp-sa")
    d.w('{\n  "type": "service_account",\n  "project_id": "%s",\n' % proj)
    d.w(rk.B + '  "private_key_id": "%s",\n' % rk.A(r.hx(40), None, True))
    d.w('  "private_key": "%s",' % rk.A(_esc(K.private_pem(key, "pkcs8")), "pem-json") + rk.E + "\n")
    d.w('  "client_email": "%s@%s.iam.gserviceaccount.com",\n  "client_id": "%d",\n' % (sa, proj, r.randint(10 ** 20, 10 ** 21)))
    d.w('  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token",\n'
        '  "universe_domain": "googleapis.com"\n}\n')


def saml_sp(C, base):
    r = C.r
    key = K.RSAKey(r, r.choice([1024, 2048]))
    cert = _cert(C, key, "sso." + C.dom)
    certb = "".join(cert.split("\n")[1:-1])
    d = C.doc("%s/sso/saml-sp-settings.xml" % base)
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<ServiceProvider entityID="https://%s.%s/saml/metadata">\n' % (C.app, C.dom))
    d.w('  <AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://%s.%s/saml/acs"/>\n'
        % (C.app, C.dom))
    d.w("  <X509Certificate>%s</X509Certificate>\n" % d.N(certb, "certificate-b64"))
    rk = d.R("private-key-saml")
    d.w(rk.B + "  <SigningKey><![CDATA[\n" + rk.A(K.private_pem(key, r.choice(["trad", "pkcs8"])).rstrip("\n"), "pem")
        + rk.E + "\n]]></SigningKey>\n</ServiceProvider>\n")


def kubeconfig(C, base):
    r = C.r
    key = K.new_key(r, _kind(r, ("rsa2048", "ec")))
    cl = "%s-%s" % (C.name.split("-")[0], r.choice(["prod", "edge", "ops"]))
    d = C.doc("%s/kube/%s.kubeconfig" % (base, cl))
    d.w("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n")
    d.w("    certificate-authority-data: %s\n" % d.N(_b64(_cert(C, C.ca, "kube-ca." + C.dom) + "\n"), "certificate-b64"))
    d.w("    server: https://k8s-%s.%s:6443\n  name: %s\ncontexts:\n- context:\n    cluster: %s\n    user: %s-admin\n"
        "  name: %s\ncurrent-context: %s\nusers:\n- name: %s-admin\n  user:\n" % (cl, C.dom, cl, cl, cl, cl, cl, cl))
    d.w("    client-certificate-data: %s\n" % d.N(_b64(_cert(C, key, "admin") + "\n"), "certificate-b64"))
    d.w("    client-key-data: %s\n" % d.S(_b64(_pem(key, r) + "\n"), "private-key-kubeconfig", "pem-b64"))


def jwk_env(C, base):
    r = C.r
    key = K.new_key(r, _kind(r, ("ec", "ed")))
    j = dict(key.jwk_priv(), kid=r.hx(8))
    d = C.doc("%s/%s/token-service.env" % (base, C.app))
    d.w("TOKEN_ISSUER=https://id.%s\nTOKEN_TTL=900\n" % C.dom)
    d.w("TOKEN_SIGNING_JWK='%s'\n" % d.S(json.dumps(j, separators=(",", ":")), "private-key-jwk-env", "jwk"))


def rsa_xml(C, base):
    r = C.r
    key = K.RSAKey(r, 1024)

    def b(v):
        return base64.b64encode(K.ibytes(v)).decode()
    xml = ("<RSAKeyValue>\n  <Modulus>%s</Modulus>\n  <Exponent>%s</Exponent>\n  <P>%s</P>\n  <Q>%s</Q>\n  <DP>%s</DP>\n"
           "  <DQ>%s</DQ>\n  <InverseQ>%s</InverseQ>\n  <D>%s</D>\n</RSAKeyValue>") % (
        b(key.n), b(key.e), b(key.p), b(key.q), b(key.dp), b(key.dq), b(key.qi), b(key.d))
    d = C.doc("%s/%s/licensing/signing-key.xml" % (base, C.app), crlf=True)
    d.w('<?xml version="1.0" encoding="utf-8"?>\n<!-- licence file signing key, used by LicenseTool.exe -->\n')
    d.w(d.S(xml, "private-key-rsa-xml", "rsa-xml") + "\n")


OPTIONAL = [k8s_tls, yaml_block, json_escaped, jwk_files, b64_der_props, code_literal, heredoc, b64_pem_env, gcp_sa,
            saml_sp, kubeconfig, jwk_env, rsa_xml]


def keys(C, base):
    r = C.r
    openssh_file(C, base)
    standalone_pem(C, base)
    for f in r.sample(OPTIONAL, r.randint(6, 7)):
        f(C, base)
