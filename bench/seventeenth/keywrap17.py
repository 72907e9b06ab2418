"""Second layer, part 2: private keys in 20 wrappings (files, configs, code, escaped JSON, base64)."""
import base64
import json

import keys17 as K
import vals17 as V

WRAPS = ["openssh-pub", "pkcs1-crt", "pkcs8-pub", "pkcs8-enc-readme", "legacy-enc-passfile", "ppk3", "jwk-jwks",
         "gcp-sa-json", "helm-block", "k8s-tls-b64", "tf-heredoc", "py-literal", "env-escaped", "xml-element",
         "go-raw", "notebook-cell", "properties-cont", "vault-json", "kotlin-raw", "csharp-verbatim"]


def _indent(txt, pre):
    return "\n".join(pre + x for x in txt.split("\n"))


def wrap(t, w, idx):
    r = t.r
    L = t.V["layer"]
    svc = t.V["integrations"][idx % len(t.V["integrations"])]
    host = t.V["hosts"][idx % len(t.V["hosts"])]
    kty = {"openssh-pub": r.choice(["RSA", "OKP", "EC"]), "ppk3": r.choice(["RSA", "OKP"]), "legacy-enc-passfile": r.choice(["RSA", "EC"]),
           "pkcs1-crt": r.choice(["RSA", "EC"]), "gcp-sa-json": "RSA"}.get(w, r.choice(["RSA", "EC", "OKP"]) if w not in (
           "k8s-tls-b64", "xml-element", "properties-cont", "csharp-verbatim") else r.choice(["RSA", "EC"]))
    k = t.key(kty)
    fmt = {"openssh-pub": "openssh", "pkcs1-crt": "pkcs1", "pkcs8-enc-readme": "pkcs8-enc", "legacy-enc-passfile": "legacy-enc",
           "ppk3": "ppk3", "jwk-jwks": "jwk"}.get(w, "pkcs1" if (kty != "OKP" and r.random() < 0.4 and w not in ("gcp-sa-json",)) else "pkcs8")
    pp = t.pw("phrase") if fmt in ("pkcs8-enc", "legacy-enc") else None
    raw, chk = t.keytext(k, fmt, comment="%s@%s" % (svc, host), passphrase=pp)
    cat = "private-key-%s-%s" % ({"RSA": "rsa", "EC": "ec", "OKP": "ed25519"}[kty], fmt)

    def S(shown, suffix=""):
        return t.S(shown, cat + suffix, "key", check=chk, raw=raw)

    if w == "openssh-pub":
        name = "id_" + {"RSA": "rsa", "EC": "ecdsa", "OKP": "ed25519"}[kty]
        t.f("%s/deploy/%s/%s" % (L, svc, name), S(raw))
        t.f("%s/deploy/%s/%s.pub" % (L, svc, name), t.N(K.ssh_pub_line(k, "%s@%s" % (svc, host)), "ssh-public-key"))
    elif w == "pkcs1-crt":
        t.f("%s/tls/%s.key" % (L, host), S(raw))
        t.f("%s/tls/%s.crt" % (L, host), t.N(t.cert(k, t.host(host)), "certificate"))
    elif w == "pkcs8-pub":
        t.f("%s/keys/%s-signing.pem" % (L, svc), S(raw))
        t.f("%s/keys/%s-signing.pub.pem" % (L, svc), t.N(K.public_pem(k), "public-key-pem"))
    elif w == "pkcs8-enc-readme":
        t.f("%s/keys/%s.p8" % (L, svc), S(raw))
        t.f("%s/keys/README.md" % L, "# %s signing key\n\nThe key in `%s.p8` is encrypted (PKCS#8, AES-256).\n\nPassphrase: %s\n\n"
            "Rotate yearly; the public half is registered with the partner.\n" % (svc, svc, t.S(pp, "key-passphrase")), free=True)
    elif w == "legacy-enc-passfile":
        t.f("%s/keys/%s-legacy.key" % (L, host), S(raw))
        t.f("%s/keys/%s-legacy.key.pass" % (L, host), t.S(pp, "key-passphrase"))
    elif w == "ppk3":
        t.f("%s/putty/%s.ppk" % (L, host), S(raw), crlf=True)
    elif w == "jwk-jwks":
        t.f("%s/jwt/%s-private.jwk.json" % (L, svc), S(raw))
        pub = json.dumps(K.jwk(k, raw and json.loads(raw)["kid"], private=False), separators=(", ", ": "))
        t.f("%s/jwt/jwks.json" % L, '{"keys": [\n  %s\n]}' % t.N(pub, "public-jwk"))
    elif w == "gcp-sa-json":
        proj = "%s-%d" % (svc.replace("_", "-")[:18], r.randint(100000, 999999))
        esc = raw.replace("\n", "\\n") + "\\n"
        t.f("%s/gcp/%s-sa.json" % (L, proj), "{\n  \"type\": \"service_account\",\n  \"project_id\": \"%s\",\n"
            "  \"private_key_id\": \"%s\",\n  \"private_key\": \"%s\",\n  \"client_email\": \"%s@%s.iam.gserviceaccount.com\",\n"
            "  \"client_id\": \"%s\",\n  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
            "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}" % (
                proj, t.N(V.hexs(r, 40), "gcp-private-key-id"), S(esc, "-escaped"), svc.replace("_", "-")[:20], proj,
                t.N(str(r.randint(10 ** 20, 10 ** 21)), "gcp-client-id")))
    elif w == "helm-block":
        crt = t.cert(k, t.host(host))
        t.f("%s/helm/%s/values-prod.yaml" % (L, svc), "replicaCount: 2\ningress:\n  host: %s\ntls:\n  enabled: true\n  cert: |\n%s\n"
            "  key: |\n%s\nresources:\n  limits:\n    memory: 512Mi" % (t.host(svc), t.N(_indent(crt, "    "), "certificate"), S(_indent(raw, "    "), "-yaml")))
    elif w == "k8s-tls-b64":
        crt = t.cert(k, t.host(host))
        t.f("%s/k8s/%s-tls.yaml" % (L, svc), "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-tls\n  namespace: %s\ntype: kubernetes.io/tls\n"
            "data:\n  tls.crt: %s\n  tls.key: %s" % (svc, t.V["db"], t.N(base64.b64encode((crt + "\n").encode()).decode(), "certificate-b64"),
                                                     S(base64.b64encode((raw + "\n").encode()).decode(), "-b64")))
    elif w == "tf-heredoc":
        t.f("%s/terraform/%s_tls.tf" % (L, svc), "resource \"kubernetes_secret\" \"%s_signing\" {\n  metadata {\n    name = \"%s-signing\"\n  }\n"
            "  data = {\n    \"key.pem\" = <<-EOT\n%s\n    EOT\n  }\n}" % (svc, svc, S(_indent(raw, "      "), "-heredoc")))
    elif w == "py-literal":
        t.f("%s/scripts/%s_sign.py" % (L, svc), "import jwt\n\n# TODO move to the secret store before go-live\nPRIVATE_KEY = \"\"\"%s\n\"\"\"\n\n\n"
            "def token(sub):\n    return jwt.encode({\"sub\": sub}, PRIVATE_KEY, algorithm=\"%s\")" % (S(raw, "-py"), {"RSA": "RS256", "EC": "ES256", "OKP": "EdDSA"}[kty]))
    elif w == "env-escaped":
        t.f("%s/%s/.env.local" % (L, svc), "NODE_ENV=production\nPORT=8080\n%s_PRIVATE_KEY=\"%s\"\nLOG_LEVEL=info" % (
            svc.upper().replace("-", "_"), S(raw.replace("\n", "\\n"), "-escaped")))
    elif w == "xml-element":
        t.f("%s/saml/%s-sp.xml" % (L, svc), "<?xml version=\"1.0\"?>\n<ServiceProvider entityID=\"https://%s/saml\">\n  <SigningKey>\n%s\n"
            "  </SigningKey>\n  <AssertionConsumerService Location=\"https://%s/saml/acs\"/>\n</ServiceProvider>" % (
                t.host(svc), S(_indent(raw, "    "), "-xml"), t.host(svc)))
    elif w == "go-raw":
        t.f("%s/%s/internal/auth/key.go" % (L, svc), "package auth\n\n// signingKey is used for service-to-service tokens.\nconst signingKey = `%s\n`" % S(raw, "-go"))
    elif w == "notebook-cell":
        lines = raw.split("\n")
        cell = "\n".join('    "%s\\n",' % x for x in lines[:-1]) + '\n    "%s"' % lines[-1]
        t.f("%s/notebooks/%s-debug.ipynb" % (L, svc), "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n"
            "   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n    \"key_pem = '''\\n\",\n%s\n   ]\n  }\n ],\n \"metadata\": {\"kernelspec\": "
            "{\"name\": \"python3\"}},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}" % S(cell, "-notebook"))
    elif w == "properties-cont":
        lines = raw.split("\n")
        body = "\\n\\\n    ".join(lines)
        t.f("%s/%s/src/main/resources/jwt.properties" % (L, svc), "jwt.issuer=https://%s\njwt.ttl=PT15M\njwt.private-key=%s\njwt.algorithm=%s" % (
            t.host(svc), S(body, "-properties"), "RS256" if kty == "RSA" else "ES256"))
    elif w == "vault-json":
        esc = raw.replace("\n", "\\n")
        t.f("%s/dumps/vault-kv-%s.json" % (L, svc), "{\n  \"request_id\": \"%s\",\n  \"lease_duration\": 0,\n  \"data\": {\n    \"data\": {\n"
            "      \"private_key\": \"%s\",\n      \"owner\": \"%s\"\n    },\n    \"metadata\": {\"version\": %d}\n  }\n}" % (
                t.N(V.uuid4(r), "id-request"), S(esc, "-escaped"), t.person().email, r.randint(2, 9)))
    elif w == "kotlin-raw":
        t.f("%s/%s/app/src/main/kotlin/Signing.kt" % (L, svc), "package com.%s.signing\n\nobject Signing {\n    val PRIVATE_PEM = \"\"\"\n%s\n    \"\"\".trimIndent()\n}" % (
            t.domain.split(".")[0], S(_indent(raw, "        "), "-kotlin")))
    elif w == "csharp-verbatim":
        t.f("%s/%s/Signing/KeyMaterial.cs" % (L, svc), "namespace Signing\n{\n    internal static class KeyMaterial\n    {\n        internal const string Pem = @\"%s\";\n    }\n}" % S(raw, "-csharp"), crlf=True)
    else:
        raise ValueError(w)
