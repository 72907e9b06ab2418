"""Fifteen ways a private key sits in a repository, and the public companions beside it (negatives)."""

import base64
import json

from core27 import ALNUM, HEX, Doc, rs
import keys27

WRAPS = ["pem-file", "pkcs8-file", "encrypted-pkcs8", "openssh", "jwks", "env-escaped", "k8s-secret",
         "velociraptor", "java-keyspec", "python3-saml", "sql-insert", "tfstate", "systemd-credential",
         "configparser", "compose-content"]
# wrappings that usually carry an RSA key in the wild
PREFER_RSA = {"velociraptor", "python3-saml"}


def _check(fmt, wrap, key, raw, **extra):
    c = {"format": fmt, "wrap": wrap, "type": key.kind, "raw": "\n".join(raw) + "\n"}
    c.update(extra)
    return c


def _cert(ctx, key, rng, cn):
    y = ctx.day0.year % 100
    return keys27.self_signed(key, cn, ctx.org, ctx.t["tld"][-2:].upper(), rng.randrange(1, 2 ** 63),
                              "%02d0101000000Z" % y, "%02d0101000000Z" % (y + 3), rng)


def wrap(ctx, kind, key, rng):
    host = ctx.host(rng=rng).split(".")[0]
    key.comment = "%s@%s" % (ctx.user(rng), host)
    if kind == "pem-file":
        lines = key.native_pem()
        d = Doc("%s/tls/%s.key" % (ctx.dir, host), "key")
        d.block(lines, "private-key-" + key.kind, check=_check("pem", kind, key, lines))
        if rng.random() < 0.6:
            c = Doc("%s/tls/%s.crt" % (ctx.dir, host), "key")
            cl = _cert(ctx, key, rng, "%s.%s" % (host, ctx.domain))
            c.block(cl, "x509-certificate", kind="negative", check={"format": "cert"})
        else:
            c = Doc("%s/tls/%s.pub.pem" % (ctx.dir, host), "key")
            c.block(key.spki_pem(), "public-key-pem", kind="negative", check={"format": "spki"})
        return [d, c]
    if kind == "pkcs8-file":
        lines = key.pkcs8_pem()
        d = Doc("%s/signing/%s-pkcs8.pem" % (ctx.dir, ctx.t["users"][0]), "key")
        d.block(lines, "private-key-" + key.kind, check=_check("pem", kind, key, lines))
        return [d]
    if kind == "encrypted-pkcs8":
        phrase = ctx.pw(rng=rng)
        lines = keys27.encrypted_pkcs8_pem(key, phrase, rng)
        d = Doc("%s/tls/%s.enc.key" % (ctx.dir, host), "key")
        d.block(lines, "encrypted-private-key-" + key.kind,
                check=_check("encpem", kind, key, key.pkcs8_pem(), passphrase=phrase))
        p = Doc("%s/tls/ssl_passwords.txt" % ctx.dir, "config")
        p.sec(phrase, phrase, "key-passphrase")
        return [d, p]
    if kind == "openssh":
        lines = key.openssh()
        name = {"ed25519": "id_ed25519", "p256": "id_ecdsa", "rsa": "id_rsa"}[key.kind]
        d = Doc("%s/deploy/keys/%s" % (ctx.dir, name), "key")
        d.block(lines, "openssh-private-key-" + key.kind, check=_check("openssh", kind, key, lines,
                                                                       pub=key.openssh_pub()))
        p = Doc("%s/deploy/keys/%s.pub" % (ctx.dir, name), "key")
        pub = key.openssh_pub()
        p.neg(pub, pub.split()[1], "ssh-public-key")
        return [d, p]
    if kind == "jwks":
        kid = rs(rng, HEX, 16)
        priv = json.dumps(key.jwk(kid), separators=(",", ":"))
        pub = json.dumps(key.jwk(kid, private=False), separators=(",", ":"))
        d = Doc("%s/auth/jwks.private.json" % ctx.dir, "key", fmt="json")
        d.add('{"keys": [')
        d.sec(" " + priv, priv, "jwk-private-" + key.kind, group="key",
              check=_check("jwk", kind, key, key.pkcs8_pem(), jwk_public=pub))
        d.add("]}")
        p = Doc("%s/auth/.well-known/jwks.json" % ctx.dir, "key", fmt="json")
        p.add('{"keys": [')
        p.neg(" " + pub, pub, "jwk-public")
        p.add("]}")
        return [d, p]
    if kind == "env-escaped":
        raw = key.pkcs8_pem()
        esc = "\\n".join(raw) + "\\n"
        d = Doc("%s/signer/.env" % ctx.dir, "config")
        d.add("SIGNER_ISSUER=https://auth.%s" % ctx.domain, "SIGNER_KID=%s" % rs(rng, HEX, 12))
        d.sec('SIGNER_PRIVATE_KEY="%s"' % esc, esc, "private-key-" + key.kind, group="key",
              check=_check("escaped", kind, key, raw))
        return [d]
    if kind == "k8s-secret":
        raw = key.native_pem()
        b = base64.b64encode(("\n".join(raw) + "\n").encode()).decode()
        cert = _cert(ctx, key, rng, "%s.%s" % (host, ctx.domain))
        cb = base64.b64encode(("\n".join(cert) + "\n").encode()).decode()
        d = Doc("%s/k8s/%s-tls.yaml" % (ctx.dir, host), "config")
        d.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-tls" % host, "  namespace: prod",
              "type: kubernetes.io/tls", "data:")
        d.neg("  tls.crt: " + cb, cb, "x509-certificate-base64")
        d.sec("  tls.key: " + b, b, "private-key-" + key.kind, group="key", check=_check("b64pem", kind, key, raw))
        return [d]
    if kind == "velociraptor":
        raw = key.native_pem()
        cert = _cert(ctx, key, rng, "Velociraptor CA")
        d = Doc("%s/velociraptor/server.config.yaml" % ctx.dir, "config")
        d.add("version:", "  name: velociraptor", "  version: 0.7.1", "Client:", "  server_urls:",
              "  - https://vr.%s:8000/" % ctx.domain, "  ca_certificate: |")
        d.block(["    " + x for x in cert], "x509-certificate", kind="negative", check={"format": "cert", "indent": 4})
        d.add("  use_self_signed_ssl: true", "CA:", "  private_key: |")
        d.block(["    " + x for x in raw], "private-key-" + key.kind, check=_check("indented", kind, key, raw, indent=4))
        d.add("Frontend:", "  hostname: vr.%s" % ctx.domain, "  bind_address: 0.0.0.0", "  bind_port: 8000")
        return [d]
    if kind == "java-keyspec":
        der = base64.b64encode(key.pkcs8()).decode()
        alg = {"ed25519": "Ed25519", "p256": "EC", "rsa": "RSA"}[key.kind]
        d = Doc("%s/integrations/java/src/main/java/TokenSigner.java" % ctx.dir, "code")
        d.add("import java.security.KeyFactory;", "import java.security.PrivateKey;",
              "import java.security.spec.PKCS8EncodedKeySpec;", "import java.util.Base64;", "",
              "public final class TokenSigner {")
        d.sec('    private static final String KEY_B64 = "%s";' % der, der, "private-key-" + key.kind, group="key",
              check=_check("b64der", kind, key, key.pkcs8_pem()))
        d.add("", "    static PrivateKey load() throws Exception {",
              '        return KeyFactory.getInstance("%s").generatePrivate(' % alg,
              "            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(KEY_B64)));", "    }", "}")
        return [d]
    if kind == "python3-saml":
        der = base64.b64encode(key.pkcs8()).decode()
        cert = "".join(_cert(ctx, key, rng, "portal.%s" % ctx.domain)[1:-1])
        d = Doc("%s/saml/settings.json" % ctx.dir, "config", fmt="json")
        d.add("{", '    "strict": true,', '    "debug": false,', '    "sp": {',
              '        "entityId": "https://portal.%s/saml/metadata/",' % ctx.domain,
              '        "assertionConsumerService": {"url": "https://portal.%s/saml/acs/", '
              '"binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"},' % ctx.domain,
              '        "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",')
        d.neg('        "x509cert": "%s",' % cert, cert, "x509-certificate-base64")
        d.sec('        "privateKey": "%s"' % der, der, "private-key-" + key.kind, group="key",
              check=_check("b64der", kind, key, key.pkcs8_pem()))
        d.add("    },", '    "idp": {', '        "entityId": "https://login.%s/adfs/services/trust",' % ctx.domain,
              '        "singleSignOnService": {"url": "https://login.%s/adfs/ls/"}' % ctx.domain, "    }", "}")
        return [d]
    if kind == "sql-insert":
        raw = key.pkcs8_pem()
        alg = {"ed25519": "EdDSA", "p256": "ES256", "rsa": "RS256"}[key.kind]
        d = Doc("%s/db/seed/020_signing_keys.sql" % ctx.dir, "code")
        d.add("-- signing key for the staging token service (regenerate for production!)",
              "INSERT INTO signing_keys (kid, algorithm, private_pem, created_at) VALUES")
        lines = ["('%s', '%s', '%s" % (rs(rng, HEX, 16), alg, raw[0])] + raw[1:-1] + [raw[-1] + "', now());"]
        d.block(lines, "private-key-" + key.kind, value="\n".join(raw), check=_check("pem", kind, key, raw))
        return [d]
    if kind == "tfstate":
        raw = key.native_pem()
        esc = json.dumps("\n".join(raw) + "\n")[1:-1]
        alg = {"ed25519": "ED25519", "p256": "ECDSA", "rsa": "RSA"}[key.kind]
        d = Doc("%s/infra/terraform.tfstate" % ctx.dir, "config", fmt="json")
        d.add("{", '  "version": 4,', '  "terraform_version": "1.9.8",', '  "serial": %d,' % rng.randrange(3, 90),
              '  "lineage": "%s",' % ctx.uuid(rng=rng), '  "outputs": {},', '  "resources": [', "    {",
              '      "mode": "managed",', '      "type": "tls_private_key",', '      "name": "deploy",',
              '      "provider": "provider[\\"registry.terraform.io/hashicorp/tls\\"]",', '      "instances": [',
              "        {", '          "schema_version": 1,', '          "attributes": {',
              '            "algorithm": "%s",' % alg, '            "ecdsa_curve": "P256",',
              '            "id": "%s",' % rs(rng, HEX, 40))
        d.sec('            "private_key_pem": "%s",' % esc, esc, "private-key-" + key.kind, group="key",
              check=_check("escaped", kind, key, raw))
        pub = key.openssh_pub().rsplit(" ", 1)[0]
        d.neg('            "public_key_openssh": "%s\\n",' % pub, pub.split()[1], "ssh-public-key")
        d.add('            "rsa_bits": 2048', "          },", '          "sensitive_attributes": []', "        }",
              "      ]", "    }", "  ],", '  "check_results": null', "}")
        return [d]
    if kind == "systemd-credential":
        raw = key.pkcs8_pem()
        esc = "\\n".join(raw) + "\\n"
        d = Doc("%s/systemd/token-signer.service.d/credentials.conf" % ctx.dir, "config")
        d.add("[Service]")
        d.sec("SetCredential=signing.key:" + esc, esc, "private-key-" + key.kind, group="key",
              check=_check("escaped", kind, key, raw))
        d.add("LoadCredential=signing.crt:/etc/token-signer/signing.crt")
        return [d]
    if kind == "configparser":
        raw = key.pkcs8_pem()
        d = Doc("%s/signer/signer.ini" % ctx.dir, "config")
        d.add("[signing]", "algorithm = %s" % {"ed25519": "EdDSA", "p256": "ES256", "rsa": "RS256"}[key.kind])
        lines = ["private_key = " + raw[0]] + ["    " + x for x in raw[1:]]
        d.block(lines, "private-key-" + key.kind, value="\n".join(raw), check=_check("pem", kind, key, raw))
        d.add("key_id = %s" % rs(rng, ALNUM, 12), "ttl_seconds = 900")
        return [d]
    # compose-content: a Compose `configs:` entry with inline content
    raw = key.native_pem()
    d = Doc("%s/compose/docker-compose.yml" % ctx.dir, "config")
    d.add("services:", "  signer:", "    image: registry.%s/signer:1.4" % ctx.domain, "    configs:",
          "      - source: signer_key", "        target: /run/keys/signer.pem", "", "configs:", "  signer_key:",
          "    content: |")
    d.block(["      " + x for x in raw], "private-key-" + key.kind, check=_check("indented", kind, key, raw, indent=6))
    return [d]
