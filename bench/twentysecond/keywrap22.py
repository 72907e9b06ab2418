"""Private-key wrappings: key files with public companions and PEM text embedded in code and config."""
import base64
import json

import keys22 as K
from core22 import Doc


def make_key(th, ktype):
    r = th.v.r
    return {"rsa": K.rsa_key, "ec": K.ec_key, "ed25519": K.ed_key}[ktype](r)


def pem_of(th, key, allow_openssh=True):
    r = th.v.r
    opts = ["pkcs8"] + (["pkcs1"] if key["type"] == "rsa" else ["sec1"] if key["type"] == "ec" else []) \
        + (["openssh"] if allow_openssh else [])
    fmt = r.choice(opts)
    if fmt == "pkcs8":
        return fmt, K.pkcs8(key)
    if fmt == "pkcs1":
        return fmt, K.pkcs1(key)
    if fmt == "sec1":
        return fmt, K.sec1(key)
    return fmt, K.openssh(key, th.user() + "@" + th.slug, r)


def _cat(fmt, key):
    return "private-key-%s-%s" % (fmt, key["type"])


def _indented(pem, indent):
    return "\n".join(indent + ln for ln in pem.split("\n"))[len(indent):]


def wrap(th, name, key):
    r, s = th.v.r, th.slug
    sys_slug = th.sys_slug()
    if name == "openssh-file":
        kt = {"rsa": "rsa", "ec": "ecdsa", "ed25519": "ed25519"}[key["type"]]
        user = th.user()
        pem = K.openssh(key, user + "@" + s, r)
        d = Doc("home/%s/.ssh/id_%s" % (user, kt))
        d.block(pem, pem, _cat("openssh", key), extra={"check": {"format": "openssh-" + key["type"], "wrap": name}, "raw": pem})
        p = Doc("home/%s/.ssh/id_%s.pub" % (user, kt))
        line = K.ssh_pub_line(key, user + "@" + s)
        p.neg(line, line, "public-key-ssh")
        return [d, p]
    if name == "ppk":
        ver = r.choice([2, 3])
        user = th.user()
        txt = K.ppk(key, "%s@%s" % (user, s), ver)
        d = Doc("keys/putty/%s-%s.ppk" % (user, sys_slug), crlf=True)
        d.block(txt, txt, "private-key-ppk%d-%s" % (ver, key["type"]), extra={"check": {"format": "ppk%d-%s" % (ver, key["type"]), "wrap": name}, "raw": txt})
        a = Doc("keys/putty/authorized_keys")
        line = K.ssh_pub_line(key, "%s@%s" % (user, s))
        a.neg(line, line, "public-key-ssh")
        return [d, a]
    if name == "jwk":
        kid = th.v.hex(16)
        j = K.jwk(key, kid)
        txt = json.dumps(j, indent=2)
        d = Doc("auth/%s/signing-key.jwk.json" % sys_slug)
        d.block(txt, txt, "private-key-jwk-" + key["type"], extra={"check": {"format": "jwk-" + key["type"], "wrap": name}, "raw": txt})
        pub = json.dumps({"keys": [K.jwk(key, kid, private=False)]}, indent=2)
        p = Doc("auth/%s/jwks.json" % sys_slug)
        p.block(pub, pub, "public-jwks", kind="negative")
        return [d, p]
    if name == "pem-file":
        fmt, pem = pem_of(th, key, allow_openssh=False)
        d = Doc("pki/%s/%s.key" % (sys_slug, th.h1s()))
        d.block(pem, pem, _cat(fmt, key), extra={"check": {"format": fmt + "-" + key["type"], "wrap": name}, "raw": pem})
        spki = K.spki(key)
        p = Doc("pki/%s/%s.pub.pem" % (sys_slug, th.h1s()))
        p.block(spki, spki, "public-key-spki", kind="negative")
        return [d, p]
    fmt, pem = pem_of(th, key, allow_openssh=name in ("bash-heredoc", "yaml-block", "terraform-heredoc"))
    chk = {"check": {"format": fmt + "-" + key["type"], "wrap": name}, "raw": pem}
    cat = _cat(fmt, key)
    if name == "json-escaped":
        d = Doc("integrations/%s/service-account.json" % sys_slug)
        esc = pem.replace("\n", "\\n") + "\\n"
        d.t("{", '  "type": "service_account",', '  "project_id": "%s-prod",' % s,
            '  "private_key_id": "%s",' % th.v.hex(40))
        d.s('  "private_key": "%s",' % esc, esc, cat, "key")
        d.labels[-1][1].update(chk)
        d.t('  "client_email": "sync@%s-prod.iam.gserviceaccount.com",' % s, '  "token_uri": "https://oauth2.googleapis.com/token"', "}")
        return [d]
    if name == "dotenv-escaped":
        d = Doc("apps/%s/.env.production" % sys_slug)
        esc = pem.replace("\n", "\\n")
        d.t("NODE_ENV=production", "LOG_LEVEL=info")
        d.s('SIGNING_PRIVATE_KEY="%s"' % esc, esc, cat, "key")
        d.labels[-1][1].update(chk)
        d.t("SIGNING_KEY_ID=%s" % th.v.hex(16))
        return [d]
    if name == "k8s-secret-b64":
        d = Doc("k8s/%s/tls-secret.yaml" % sys_slug)
        b = base64.b64encode((pem + "\n").encode()).decode()
        d.t("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-signing" % sys_slug, "  namespace: %s" % s,
            "type: Opaque", "data:")
        d.s("  signing.key: " + b, b, cat + "-base64", "key")
        d.labels[-1][1].update(chk)
        return [d]
    wraps = {
        "yaml-block": ("helm/%s/values-prod.yaml" % sys_slug, ["replicaCount: 2", "signing:", "  enabled: true", "  privateKey: |"], ["  keyId: %s" % th.v.hex(12)], "    ", False),
        "bash-heredoc": ("ops/install-%s-key.sh" % sys_slug, ["#!/bin/sh", "set -eu", "install -d -m 700 /etc/%s" % sys_slug, "cat > /etc/%s/client.key <<'EOF'" % sys_slug], ["EOF", "chmod 600 /etc/%s/client.key" % sys_slug], "", False),
        "powershell-herestring": ("ops/Install-%sKey.ps1" % th.pascal(), ["$ErrorActionPreference = 'Stop'", "$keyPath = 'C:\\ProgramData\\%s\\client.key'" % th.pascal(), "$key = @'"], ["'@", "Set-Content -Path $keyPath -Value $key -Encoding ascii"], "", True),
        "rust-raw": ("integrations/%s/src/signing.rs" % sys_slug, ["// signing key for the %s uploader" % th.sys(), 'pub const SIGNING_KEY_PEM: &str = r#"' + "\x00"], ['"#;'], "", False),
        "go-raw": ("integrations/%s/keys.go" % sys_slug, ["package integrations", "", "// clientKey authenticates the %s gateway" % th.sys(), "const clientKey = `" + "\x00"], ["`"], "", False),
        "kotlin-trim": ("integrations/%s/src/main/kotlin/Key.kt" % sys_slug, ["package com.%s.keys" % th.slug_us(), "", 'val PRIVATE_KEY = """'], ['""".trimIndent()'], "    ", False),
        "ruby-heredoc": ("integrations/%s/lib/signing_key.rb" % sys_slug, ["# frozen_string_literal: true", "SIGNING_KEY = <<~PEM"], ["PEM"], "  ", False),
        "lua-long": ("integrations/%s/key.lua" % sys_slug, ["-- device key for the %s" % th.sys(), "local key = [["], ["]]", "return key"], "", False),
        "terraform-heredoc": ("infra/%s/keys.tf" % sys_slug, ['resource "local_sensitive_file" "client_key" {', '  filename = "${path.module}/client.key"', "  content  = <<-EOT"], ["  EOT", "}"], "    ", False),
        "python-triple": ("integrations/%s/signing.py" % sys_slug, ['"""Signing key for the %s export."""' % th.sys(), "", 'PRIVATE_KEY = """' + "\x00"], ['"""'], "", False),
    }
    path, before, after, indent, crlf = wraps[name]
    d = Doc(path, crlf=crlf)
    if before[-1].endswith("\x00"):      # key starts on the opening line
        head = before[-1][:-1]
        for ln in before[:-1]:
            d.t(ln)
        lines = pem.split("\n")
        text = head + lines[0] + "\n" + "\n".join(lines[1:])
        d.block(text, pem, cat, extra=chk)
    else:
        for ln in before:
            d.t(ln)
        value = _indented(pem, indent)
        d.block(indent + value, value, cat, extra=chk)
    for ln in after:
        d.t(ln)
    return [d]


WRAPS = ["openssh-file", "ppk", "jwk", "pem-file", "json-escaped", "dotenv-escaped", "k8s-secret-b64", "yaml-block",
         "bash-heredoc", "powershell-herestring", "rust-raw", "go-raw", "kotlin-trim", "ruby-heredoc", "lua-long",
         "terraform-heredoc", "python-triple"]
