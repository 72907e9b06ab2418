"""Private keys in 18 wrappings, each next to the public half (certificate, public key, JWKS or
.pub) where that is realistic.  The public halves are labelled negative."""

import base64
import json


def _ind(text, n):
    return "\n".join(" " * n + ln for ln in text.split("\n"))


def _b64(s):
    return base64.b64encode(s.encode()).decode()


def wrap(ctx, which, base, kind=None):
    v = ctx.v
    host = v.choice(ctx.vocab["apps"])
    cn = "%s.%s" % (host, ctx.domain)
    who = ctx.person().split()[0].lower()
    if which == "openssh":
        k = ctx.key(kind or v.choice(["ed25519", "rsa", "ec"]))
        name = {"ed25519": "id_ed25519", "rsa": "id_rsa", "ec": "id_ecdsa"}[k.kind]
        d = ctx.doc("%s/deploy/%s" % (base, name))
        d.w(d.K(k.openssh("%s@%s" % (who, host), v.r), "private-key-openssh", {"format": "openssh"}))
        p = ctx.doc("%s/deploy/%s.pub" % (base, name))
        p.w(p.N(k.ssh_public("%s@%s" % (who, host)), "ssh-public-key"))
    elif which in ("rsa-pem", "ec-pem"):
        k = ctx.key("rsa" if which == "rsa-pem" else "ec")
        sfx = "" if which == "rsa-pem" else "-ecdsa"
        d = ctx.doc("%s/tls/%s%s.key" % (base, host, sfx))
        d.w(d.K(k.pem_traditional(), "private-key-" + which, {"format": "pem"}))
        c = ctx.doc("%s/tls/%s%s.crt" % (base, host, sfx))
        c.w(c.N(ctx.cert(k, cn), "x509-certificate"))
    elif which == "pkcs8":
        k = ctx.key()
        d = ctx.doc("%s/keys/%s-signing.pem" % (base, host))
        d.w(d.K(k.pem_pkcs8(), "private-key-pkcs8", {"format": "pem"}))
        c = ctx.doc("%s/keys/%s-signing.pub.pem" % (base, host))
        c.w(c.N(k.pem_public(), "public-key-pem"))
    elif which == "yaml-block":
        k = ctx.key(v.choice(["rsa", "ec"]))
        d = ctx.doc("%s/helm/%s/values-prod.yaml" % (base, host))
        d.w("ingress:", "  host: %s" % cn, "  tls:", "    enabled: true", "    certificate: |")
        d.w(d.N(_ind(ctx.cert(k, cn), 6), "x509-certificate"))
        d.w("    privateKey: |")
        d.w(d.K(_ind(k.pem_pkcs8(), 6), "private-key-pkcs8-yaml-block", {"format": "pem"}))
        d.w("replicaCount: 2")
    elif which == "gcp-sa":
        k = ctx.key("rsa")
        d = ctx.doc("%s/gcp/%s-%s.json" % (base, ctx.short, v.hex(12)))
        proj = "%s-%s" % (ctx.short, v.choice(["prod", "data", "ops"]))
        esc = k.pem_pkcs8().replace("\n", "\\n") + "\\n"
        d.w("{", '  "type": "service_account",', '  "project_id": "%s",' % proj,
            '  "private_key_id": "%s",' % d.N(v.hex(40), "gcp-private-key-id"),
            '  "private_key": "%s",' % d.K(esc, "private-key-gcp-service-account", {"format": "escaped"}),
            '  "client_email": "%s@%s.iam.gserviceaccount.com",' % (host, proj),
            '  "client_id": "%s",' % d.N(v.digits(21), "gcp-client-id"),
            '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token"', "}")
    elif which == "apns-p8":
        k = ctx.key("ec")
        kid = v.upper_alnum(10)
        d = ctx.doc("%s/mobile/AuthKey_%s.p8" % (base, kid))
        d.w(d.K(k.pem_pkcs8(), "private-key-apns-p8", {"format": "pem"}))
        c = ctx.doc("%s/mobile/push.env" % base)
        c.w("APNS_KEY_ID=" + c.N(kid, "apns-key-id"), "APNS_TEAM_ID=" + c.N(v.upper_alnum(10), "apple-team-id"),
            "APNS_KEY_PATH=./AuthKey_%s.p8" % kid)
    elif which == "ppk":
        k = ctx.key(v.choice(["rsa", "ed25519"]))
        d = ctx.doc("%s/putty/%s-admin.ppk" % (base, host), crlf=True)
        d.w(d.K(k.ppk("%s-admin" % host), "private-key-putty-ppk", {"format": "ppk"}))
    elif which == "jwk":
        k = ctx.key(v.choice(["rsa", "ec", "ed25519"]))
        kid = v.hex(16)
        d = ctx.doc("%s/auth/signing-key.jwk.json" % base)
        d.w(d.K(k.jwk(kid), "private-key-jwk", {"format": "jwk"}))
        p = ctx.doc("%s/auth/.well-known/jwks.json" % base)
        p.w('{"keys": [', p.N(k.jwk(kid, private=False), "jwks-public-key"), "]}")
    elif which == "enc-pkcs8":
        k = ctx.key()
        pp = ctx.phrase(v.choice(["-", " ", "."]))
        d = ctx.doc("%s/keys/%s.enc.pem" % (base, host))
        d.w(d.K(k.pem_pkcs8_encrypted(pp, v.r), "private-key-encrypted-pkcs8", {"format": "pem", "passphrase": pp}))
        e = ctx.doc("%s/keys/README.txt" % base, free=True)
        e.w("%s.enc.pem is the %s signing key (PKCS#8, AES-256)." % (host, host),
            "passphrase: " + e.S(pp, "key-passphrase"), "Do not commit the decrypted copy.")
    elif which == "enc-legacy":
        k = ctx.key(v.choice(["rsa", "ec"]))
        pw = ctx.pw("strong")
        d = ctx.doc("%s/nginx/ssl/%s.key" % (base, host))
        d.w(d.K(k.pem_legacy_encrypted(pw, v.r), "private-key-encrypted-legacy-pem", {"format": "pem", "passphrase": pw}))
        e = ctx.doc("%s/nginx/ssl/%s.pass" % (base, host))
        e.w(e.S(pw, "ssl-password-file"))
        c = ctx.doc("%s/nginx/ssl/%s.crt" % (base, host))
        c.w(c.N(ctx.cert(k, cn), "x509-certificate"))
    elif which == "k8s-data":
        k = ctx.key(v.choice(["rsa", "ec"]))
        d = ctx.doc("%s/k8s/%s-tls.yaml" % (base, host))
        d.w("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-tls" % host, "type: kubernetes.io/tls", "data:")
        d.w("  tls.crt: " + d.N(_b64(ctx.cert(k, cn) + "\n"), "x509-certificate-base64"))
        d.w("  tls.key: " + d.K(_b64(k.pem_traditional() + "\n"), "private-key-base64-pem", {"format": "base64-pem"}))
    elif which == "terraform":
        k = ctx.key("rsa")
        d = ctx.doc("%s/terraform/%s-bastion.tf" % (base, host))
        d.w('resource "local_sensitive_file" "bastion_key" {', '  filename = "${path.module}/out/bastion"', "  content  = <<-EOT")
        d.w(d.K(_ind(k.pem_traditional(), 4), "private-key-terraform-heredoc", {"format": "pem"}))
        d.w("  EOT", "}")
    elif which == "python":
        k = ctx.key(v.choice(["ec", "rsa"]))
        d = ctx.doc("%s/tools/sign_manifest.py" % base)
        d.w('"""Signs the nightly export manifest."""', "from cryptography.hazmat.primitives import serialization", "",
            'SIGNING_KEY = b"""\\')
        d.w(d.K(k.pem_pkcs8(), "private-key-python-literal", {"format": "pem"}))
        d.w('"""', "", "KEY = serialization.load_pem_private_key(SIGNING_KEY, password=None)")
    elif which == "env-escaped":
        k = ctx.key(v.choice(["rsa", "ec"]))
        d = ctx.doc("%s/%s/.env.production" % (base, host))
        d.w("NODE_ENV=production", "JWT_ISSUER=https://auth.%s" % ctx.domain)
        d.w('JWT_PRIVATE_KEY="%s"' % d.K(k.pem_pkcs8().replace("\n", "\\n"), "private-key-env-escaped", {"format": "escaped"}))
        d.w('JWT_PUBLIC_KEY="%s"' % d.N(k.pem_public().replace("\n", "\\n"), "public-key-escaped"))
    elif which == "xml":
        k = ctx.key("rsa")
        d = ctx.doc("%s/sso/saml-sp.xml" % base)
        d.w('<?xml version="1.0"?>', '<ServiceProvider entityId="https://%s/saml">' % cn, "  <SigningCertificate>")
        d.w(d.N(_ind(ctx.cert(k, cn), 4), "x509-certificate"))
        d.w("  </SigningCertificate>", "  <PrivateKey>")
        d.w(d.K(_ind(k.pem_traditional(), 4), "private-key-xml-element", {"format": "pem"}))
        d.w("  </PrivateKey>", "</ServiceProvider>")
    elif which == "bare-der":
        k = ctx.key("rsa")
        der = base64.b64encode(k.pkcs8()).decode()
        crt = "".join(ctx.cert(k, cn).split("\n")[1:-1])
        d = ctx.doc("%s/sso/settings.php" % base)
        d.w("<?php", "$settings = [", "    'sp' => [", "        'entityId' => 'https://%s/metadata'," % cn)
        d.w("        'x509cert' => '%s'," % d.N(crt, "x509-certificate-bare"))
        d.w("        'privateKey' => '%s'," % d.K(der, "private-key-bare-der", {"format": "base64-der"}))
        d.w("    ],", "];")
    else:  # kubeconfig
        k = ctx.key("ec")
        d = ctx.doc("%s/kube/%s.kubeconfig" % (base, host))
        d.w("apiVersion: v1", "kind: Config", "clusters:", "- cluster:",
            "    certificate-authority-data: " + d.N(_b64(ctx.cert(ctx.ca, "kube-ca") + "\n"), "x509-certificate-base64"),
            "    server: https://k8s.%s:6443" % ctx.domain, "  name: %s" % ctx.short, "users:", "- name: %s-admin" % who, "  user:",
            "    client-certificate-data: " + d.N(_b64(ctx.cert(k, who) + "\n"), "x509-certificate-base64"))
        d.w("    client-key-data: " + d.K(_b64(k.pem_traditional() + "\n"), "private-key-kubeconfig", {"format": "base64-pem"}))
        d.w("contexts:", "- context: {cluster: %s, user: %s-admin}" % (ctx.short, who), "  name: prod", "current-context: prod")


WRAPS = ["openssh", "rsa-pem", "ec-pem", "pkcs8", "yaml-block", "gcp-sa", "apns-p8", "ppk", "jwk", "enc-pkcs8",
         "enc-legacy", "k8s-data", "terraform", "python", "env-escaped", "xml", "bare-der", "kubeconfig"]
