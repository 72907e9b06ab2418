"""Private keys in fourteen wrappings, each with its public companion where one exists (negatives)."""

import base64
import json

import keys26
from core26 import Doc


def _raw(lines):
    return "\n".join(lines) + "\n"


def _chk(fmt, wrap, key, raw, **extra):
    c = {"format": fmt, "wrap": wrap, "type": key.type, "raw": raw}
    c.update(extra)
    return c


def _pub_doc(ctx, path, key, comment):
    d = Doc(path, role="key")
    line = key.ssh_public(comment)
    d.neg(line, line, "ssh-public-key")
    ctx.claim(line)
    return d


def pem_file(ctx, key):
    host = ctx.host(ctx.r.choice(["gw", "api", "portal", "mqtt"])).split(".")[0]
    lines = key.pem_traditional()
    d = Doc("certs/%s.key" % host, role="key")
    d.block(lines, "\n".join(lines), "private-key-pem", check=_chk("pem", "pem-file", key, _raw(lines)))
    if key.type == "ed25519":
        cert = keys26.self_signed_cert(key, ctx.r, "%s.%s" % (host, ctx.internal), ctx.org_latin, ctx.theme["cc"], 2024)
        c = Doc("certs/%s.crt" % host, role="key")
        c.block(cert, "\n".join(cert), "certificate", kind="negative", check={"format": "x509", "raw": _raw(cert)})
    else:
        pub = key.pem_public()
        c = Doc("certs/%s.pub.pem" % host, role="key")
        c.block(pub, "\n".join(pub), "public-key-pem", kind="negative", check={"format": "spki", "raw": _raw(pub)})
    ctx.claim("\n".join(lines))
    return [d, c]


def openssh_file(ctx, key):
    who = ctx.r.choice(["deploy", "backup", "ansible", "git-mirror"])
    lines = key.openssh_private("%s@%s" % (who, ctx.host("ci").split(".")[0]), ctx.r.getrandbits(32))
    d = Doc("ssh/%s_%s" % (who, {"ed25519": "id_ed25519", "p256": "id_ecdsa", "rsa": "id_rsa"}[key.type]), role="key")
    d.block(lines, "\n".join(lines), "private-key-openssh", check=_chk("openssh", "openssh-file", key, _raw(lines)))
    ctx.claim("\n".join(lines))
    return [d, _pub_doc(ctx, d.path + ".pub", key, "%s@%s" % (who, ctx.domain))]


def json_escaped(ctx, key):
    lines = key.pem_pkcs8()
    esc = "\\n".join(lines) + "\\n"
    d = Doc("config/signing-service.json", fmt="json", role="key")
    d.add("{")
    d.add('  "issuer": "https://auth.%s",' % ctx.domain)
    d.add('  "key_id": "%s",' % ctx.hexs(16))
    d.sec('  "private_key": "%s",' % esc, esc, "private-key-json-escaped", "key",
          check=_chk("pem", "json-escaped", key, _raw(lines)))
    d.add('  "algorithm": "%s"' % {"ed25519": "EdDSA", "p256": "ES256", "rsa": "RS256"}[key.type])
    d.add("}")
    ctx.claim(esc)
    return [d]


def yaml_block(ctx, key):
    lines = key.pem_traditional()
    d = Doc("deploy/helm/values-prod.yaml", role="key")
    d.add("ingress:")
    d.add("  host: portal.%s" % ctx.domain)
    d.add("  tls:")
    d.add("    enabled: true")
    d.add("    crt: |")
    d.add("      # issued by the internal CA, see certs/")
    d.add("    key: |")
    d.block(["      " + l for l in lines], "\n".join("      " + l for l in lines), "private-key-yaml-block",
            check=_chk("pem", "yaml-block", key, _raw(lines)))
    d.add("replicaCount: 2")
    ctx.claim("\n".join("      " + l for l in lines))
    return [d]


def env_escaped(ctx, key):
    lines = key.pem_pkcs8()
    esc = "\\n".join(lines)
    d = Doc("api/.env.production", role="key")
    d.add("NODE_ENV=production")
    d.add("PORT=8080")
    d.sec('JWT_PRIVATE_KEY="%s"' % esc, esc, "private-key-env-escaped", "key",
          check=_chk("pem", "env-escaped", key, _raw(lines)))
    d.add("JWT_ISSUER=https://api.%s" % ctx.domain)
    ctx.claim(esc)
    return [d]


def k8s_base64(ctx, key):
    lines = key.pem_traditional()
    b = base64.b64encode(_raw(lines).encode()).decode()
    d = Doc("k8s/tls-portal-secret.yaml", role="key")
    d.extend(["apiVersion: v1", "kind: Secret", "metadata:", "  name: portal-tls", "  namespace: web",
              "type: kubernetes.io/tls", "data:"])
    d.add("  tls.crt: \"\"")
    d.sec("  tls.key: %s" % b, b, "private-key-base64-pem", "key", check=_chk("pem", "base64", key, _raw(lines)))
    ctx.claim(b)
    return [d]


def terraform_heredoc(ctx, key):
    lines = key.pem_traditional()
    d = Doc("infra/tls.tf", role="key")
    d.add('resource "aws_iam_server_certificate" "portal" {')
    d.add('  name             = "portal-%s"' % ctx.ds(2025))
    d.add('  certificate_body = file("${path.module}/portal.crt")')
    d.add("  private_key      = <<EOT")
    d.block(lines, "\n".join(lines), "private-key-terraform-heredoc", check=_chk("pem", "heredoc", key, _raw(lines)))
    d.add("EOT")
    d.add("}")
    ctx.claim("\n".join(lines))
    return [d]


def python_triple(ctx, key):
    lines = key.pem_pkcs8()
    d = Doc("tools/sign_manifest.py", role="key")
    d.add('"""Sign the nightly export manifest."""')
    d.add("from cryptography.hazmat.primitives import serialization")
    d.add("")
    d.add('SIGNING_KEY = b"""%s' % lines[0])
    body = lines[1:]
    body[-1] = body[-1] + '"""'
    start = len(d.lines)
    d.extend(body)
    it = d._item("secret", start, len(d.lines), "\n".join([lines[0]] + lines[1:]), "private-key-python-string",
                 group="key", role="key", free_text=False, check=_chk("pem", "python-bytes", key, _raw(lines)))
    it["value"] = "\n".join(d.lines[start - 1:])
    d.add("")
    d.add("KEY = serialization.load_pem_private_key(SIGNING_KEY, password=None)")
    ctx.claim(it["value"])
    return [d]


def jwk_private(ctx, key):
    kid = ctx.uniq(lambda: ctx.hexs(12))
    jwk = key.jwk_private(kid)
    line = "    " + json.dumps(jwk, separators=(", ", ": "))
    pub = "    " + json.dumps(key.jwk_public(kid + "-pub"), separators=(", ", ": "))
    d = Doc("auth/jwks-private.json", fmt="json", role="key")
    d.add("{")
    d.add('  "keys": [')
    d.sec(line + ",", line.strip(), "private-key-jwk", "key",
          check={"format": "jwk", "wrap": "jwk", "type": key.type, "raw": _raw(key.pem_pkcs8())})
    d.add(pub)
    d.add("  ]")
    d.add("}")
    ctx.claim(line.strip())
    return [d]


def arduino_progmem(ctx, key):
    lines = key.pem_traditional()
    d = Doc("firmware/src/secrets.h", role="key")
    d.add("#pragma once")
    d.add("#include <pgmspace.h>")
    d.add("")
    d.add('#define THINGNAME "%s"' % ctx.host("node").split(".")[0])
    d.add('const char WIFI_SSID[] = "%s";' % ctx.r.choice(ctx.theme["ssids"]))
    d.add("")
    d.add('static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(')
    d.block(lines, "\n".join(lines), "private-key-c-raw-string", check=_chk("pem", "c-raw-string", key, _raw(lines)))
    d.add(')KEY";')
    ctx.claim("\n".join(lines))
    return [d]


def properties_continuation(ctx, key):
    lines = key.pem_pkcs8()
    d = Doc("sso/saml-sp.properties", role="key")
    d.add("saml.sp.entity-id=https://portal.%s/saml/metadata" % ctx.domain)
    d.add("saml.sp.acs=https://portal.%s/saml/acs" % ctx.domain)
    shown = ["saml.sp.private-key=" + lines[0] + "\\n\\"] + ["    " + l + "\\n\\" for l in lines[1:-1]] + \
            ["    " + lines[-1]]
    d.block(shown, "\n".join(shown), "private-key-properties", check=_chk("pem", "properties", key, _raw(lines)))
    d.add("saml.idp.metadata-url=https://idp.%s/metadata" % ctx.domain)
    ctx.claim("\n".join(shown))
    return [d]


def csv_cell(ctx, key):
    lines = key.pem_traditional()
    d = Doc("inventory/device_keys_export.csv", role="key")
    d.add("device,owner,key_type,private_key,updated")
    d.add('%s,%s,%s,,%s' % (ctx.host("cam").split(".")[0], ctx.person().handle, "none", ctx.ds()))
    shown = ['%s,%s,%s,"%s' % (ctx.host("gw").split(".")[0], ctx.person().handle, key.type, lines[0])] + \
            lines[1:-1] + ['%s",%s' % (lines[-1], ctx.ds())]
    d.block(shown, "\n".join(shown), "private-key-csv-cell", check=_chk("pem", "csv-cell", key, _raw(lines)))
    ctx.claim("\n".join(shown))
    return [d]


def sparkle_key(ctx, key):
    """Sparkle's exported EdDSA private key: one line of base64 (the 32-byte seed)."""
    seed_b64 = base64.b64encode(key.priv).decode()
    pub_b64 = base64.b64encode(key.pub).decode()
    d = Doc("release/sparkle_private_key", role="key")
    d.sec(seed_b64, seed_b64, "private-key-sparkle-ed25519", "key",
          check={"format": "ed25519-seed-b64", "wrap": "sparkle", "type": "ed25519",
                 "raw": _raw(key.pem_pkcs8()), "public_b64": pub_b64})
    p = Doc("release/Info.plist.fragment", fmt=None, role="key")
    p.add("<key>SUFeedURL</key>")
    p.add("<string>https://downloads.%s/appcast.xml</string>" % ctx.domain)
    p.add("<key>SUPublicEDKey</key>")
    p.neg("<string>%s</string>" % pub_b64, pub_b64, "public-key-b64")
    ctx.claim(seed_b64)
    ctx.claim(pub_b64)
    return [d, p]


def signal_cli(ctx, key):
    """signal-cli account data: a Curve25519 identity key pair (private 32 bytes, public 0x05 + 32 bytes)."""
    priv = bytearray(bytes(ctx.r.getrandbits(8) for _ in range(32)))
    priv[0] &= 248
    priv[31] &= 127
    priv[31] |= 64
    priv = bytes(priv)
    pub = b"\x05" + keys26.x25519_public(priv)
    pb, qb = base64.b64encode(priv).decode(), base64.b64encode(pub).decode()
    number = "+%d%d" % (ctx.theme["dial"], ctx.r.randrange(10 ** 7, 10 ** 9))
    d = Doc("notify/signal-cli/data/%s.d/account.json" % number.lstrip("+"), fmt="json", role="key")
    d.add("{")
    d.add('  "version": 8,')
    d.add('  "username": "%s",' % number)
    d.add('  "serviceEnvironment": "LIVE",')
    d.add('  "registered": true,')
    d.add('  "aciAccountData": {')
    d.add('    "serviceId": "%s",' % ctx.uuid())
    d.sec('    "identityPrivateKey": "%s",' % pb, pb, "private-key-curve25519-b64", "key",
          check={"format": "x25519-b64", "wrap": "signal-cli", "type": "x25519", "raw": pb, "public_b64": qb})
    d.neg('    "identityPublicKey": "%s"' % qb, qb, "public-key-b64")
    d.add("  },")
    d.sec('  "password": "%s",' % (p := ctx.uniq(lambda: ctx.rs(24))), p, "password", "generic", role="config")
    d.add('  "registrationLockPin": null')
    d.add("}")
    ctx.claim(pb)
    ctx.claim(qb)
    return [d]


def go_raw_string(ctx, key):
    lines = key.pem_pkcs8()
    d = Doc("internal/webhook/testdata_key.go", role="key")
    d.add("package webhook")
    d.add("")
    d.add("// signingKey signs outgoing webhook payloads (production).")
    d.add("const signingKey = `" + lines[0])
    d.block(lines[1:-1] + [lines[-1] + "`"], "", "private-key-go-raw-string",
            check=_chk("pem", "go-raw-string", key, _raw(lines)))
    d.items[-1]["line"] = len(d.lines) - len(lines) + 1
    d.items[-1]["value"] = "\n".join(d.lines[-len(lines):])
    ctx.claim(d.items[-1]["value"])
    return [d]


# (name, function, key types it can take)
WRAPS = [
    ("pem-file", pem_file, ["ed25519", "p256", "rsa"]),
    ("openssh-file", openssh_file, ["ed25519", "p256", "rsa"]),
    ("json-escaped", json_escaped, ["p256", "rsa", "ed25519"]),
    ("yaml-block", yaml_block, ["p256", "rsa", "ed25519"]),
    ("env-escaped", env_escaped, ["p256", "ed25519", "rsa"]),
    ("k8s-base64", k8s_base64, ["p256", "rsa", "ed25519"]),
    ("terraform-heredoc", terraform_heredoc, ["rsa", "p256"]),
    ("python-bytes", python_triple, ["ed25519", "p256"]),
    ("jwk", jwk_private, ["p256", "ed25519", "rsa"]),
    ("c-raw-string", arduino_progmem, ["p256", "rsa"]),
    ("properties", properties_continuation, ["rsa", "p256"]),
    ("csv-cell", csv_cell, ["ed25519", "p256"]),
    ("sparkle", sparkle_key, ["ed25519"]),
    ("signal-cli", signal_cli, ["x25519"]),
    ("go-raw-string", go_raw_string, ["p256", "ed25519"]),
]
