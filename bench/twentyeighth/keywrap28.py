"""Twelve ways a private key ends up in a repository, with their public companions (negatives).

Every wrapping records a `check` dict: format, wrap, type, raw (canonical PEM text or JWK JSON) and,
where it applies, the public companion."""

import base64
import json

from core28 import Doc, rstr, HEXL
import keys28 as K

# wrap name -> key type used
WRAPS = {
    "pem-with-cert": "ed25519",
    "openssh-with-pub": "ed25519",
    "sec1-yaml-block": "p256",
    "pkcs1-pem": "rsa",
    "k8s-tls-secret": "ed25519",
    "gcp-service-account": "rsa",
    "lua-long-string": "p256",
    "powershell-here-string": "ed25519",
    "c-string-concat": "p256",
    "rust-raw-string": "p256",
    "env-escaped": "p256",
    "jwk-private": "p256",
}
WRAP_NAMES = list(WRAPS)


def P(c, *parts):
    return "/".join((c.dir,) + parts)


def _cert(c, r, key, cn):
    y = 24 + r.randrange(0, 2)
    der = K.self_signed_cert(key, cn, c.org, c.t["country"], r.randrange(10 ** 15, 10 ** 18),
                             "%02d%02d%02d000000Z" % (y, r.randrange(1, 13), r.randrange(1, 28)),
                             "%02d%02d%02d000000Z" % (y + 10, r.randrange(1, 13), r.randrange(1, 28)))
    return der


def make(c, r, wrap, key):
    raw_fmt = {"pkcs1-pem": "pkcs1", "sec1-yaml-block": "sec1", "c-string-concat": "sec1",
               "openssh-with-pub": "openssh"}.get(wrap, "pkcs8")
    raw = key.private_pem(raw_fmt)
    chk = {"format": raw_fmt, "wrap": wrap, "type": key.type, "raw": "\n".join(raw)}
    cat = "private-key:" + wrap
    docs = []
    name, sid = c.system(r)
    host = c.host(r, sid[:8])
    if wrap == "pem-with-cert":
        d = Doc(P(c, "tls", host + ".key"), "key")
        d.block(raw, "secret", cat, check=chk)
        crt = Doc(P(c, "tls", host + ".crt"), "key")
        cp = K.cert_pem(_cert(c, r, key, host))
        crt.block(cp, "negative", "certificate", check={"kind": "cert", "pem": "\n".join(cp)})
        docs = [d, crt]
    elif wrap == "openssh-with-pub":
        d = Doc(P(c, "deploy", "keys", "id_ed25519_" + sid), "key")
        d.block(raw, "secret", cat, check=chk)
        pub = Doc(P(c, "deploy", "keys", "id_ed25519_%s.pub" % sid), "key")
        line = key.ssh_pub_line()
        pub.neg(line, line.split(" ")[1], "ssh-public-key")
        chk["pub"] = line
        docs = [d, pub]
    elif wrap == "sec1-yaml-block":
        d = Doc(P(c, "deploy", "helm", "%s-values.yaml" % sid), "key")
        d.add("%s:" % sid, "  enabled: true", "  tls:", "    host: %s" % host, "    key: |")
        ind = ["      " + l for l in raw]
        d.block(ind, "secret", cat, check=dict(chk, indent=6))
        d.add("  replicas: 2")
        docs = [d]
    elif wrap == "pkcs1-pem":
        d = Doc(P(c, "legacy", "sftp", "%s_rsa.pem" % sid), "key")
        d.block(raw, "secret", cat, check=chk)
        pub = Doc(P(c, "legacy", "sftp", "%s_rsa.pub.pem" % sid), "key")
        pp = key.public_pem()
        pub.block(pp, "negative", "public-key-pem", check={"kind": "spki", "pem": "\n".join(pp)})
        docs = [d, pub]
    elif wrap == "k8s-tls-secret":
        d = Doc(P(c, "k8s", "%s-tls.yaml" % sid), "key")
        cp = K.cert_pem(_cert(c, r, key, host))
        bc = base64.b64encode(("\n".join(cp) + "\n").encode()).decode()
        bk = base64.b64encode(("\n".join(raw) + "\n").encode()).decode()
        d.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-tls" % sid, "type: kubernetes.io/tls", "data:")
        d.neg("  tls.crt: " + bc, bc, "certificate-base64", check={"kind": "cert-b64", "pem": "\n".join(cp)})
        d.block(["  tls.key: " + bk], "secret", cat, value=bk, check=chk)
        docs = [d]
    elif wrap == "gcp-service-account":
        d = Doc(P(c, "ops", "gcp", "%s-sa.json" % c.slug[:12]), "key", fmt="json")
        esc = "\\n".join(raw) + "\\n"
        proj = "%s-%d" % (c.slug[:12], r.randrange(100000, 999999))
        kid = rstr(r, HEXL, 40)
        d.add("{", '  "type": "service_account",', '  "project_id": "%s",' % proj)
        d.add('  "private_key_id": "%s",' % kid)
        d.block(['  "private_key": "%s",' % esc], "secret", cat, value=esc, check=chk)
        d.add('  "client_email": "uploader@%s.iam.gserviceaccount.com",' % proj,
              '  "client_id": "%d",' % r.randrange(10 ** 20, 10 ** 21),
              '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
              '  "token_uri": "https://oauth2.googleapis.com/token"', "}")
        docs = [d]
    elif wrap == "lua-long-string":
        d = Doc(P(c, "gateway", "lua", "signing_key.lua"), "key")
        d.add("-- request signing for %s" % name, "local M = {}", "M.key_pem = [[")
        d.block(raw, "secret", cat, check=chk)
        d.add("]]", "return M")
        docs = [d]
    elif wrap == "powershell-here-string":
        d = Doc(P(c, "scripts", "Install-%sCert.ps1" % sid.capitalize()), "key", crlf=True)
        d.add("# installs the %s signing key" % name, "$pem = @'")
        d.block(raw, "secret", cat, check=chk)
        d.add("'@", "Set-Content -Path C:\\ProgramData\\%s\\signing.pem -Value $pem" % c.slug)
        docs = [d]
    elif wrap == "c-string-concat":
        d = Doc(P(c, "firmware", "src", "device_key.h"), "key")
        d.add("/* %s device identity - generated by provisioning */" % name, "#pragma once", "",
              "static const char DEVICE_KEY_PEM[] =")
        lines = ['    "%s\\n"' % l for l in raw]
        lines[-1] += ";"
        d.block(lines, "secret", cat, check=chk)
        docs = [d]
    elif wrap == "rust-raw-string":
        d = Doc(P(c, "services", "signer", "src", "key.rs"), "key")
        d.add("// token signing key for %s" % name, 'pub const SIGNING_KEY_PEM: &str = r#"')
        d.block(raw, "secret", cat, check=chk)
        d.add('"#;')
        docs = [d]
    elif wrap == "env-escaped":
        d = Doc(P(c, "services", "auth", ".env.production"), "key")
        esc = "\\n".join(raw) + "\\n"
        d.add("NODE_ENV=production", "JWT_ISSUER=https://auth.%s" % c.domain)
        d.block(['JWT_PRIVATE_KEY="%s"' % esc], "secret", cat, value=esc, check=chk)
        d.add("JWT_TTL=900")
        docs = [d]
    elif wrap == "jwk-private":
        kid = rstr(r, HEXL, 16)
        jw = key.jwk_private(kid)
        js = json.dumps({"keys": [jw]}, separators=(",", ":"))
        chk = {"format": "jwk", "wrap": wrap, "type": key.type, "raw": json.dumps(jw, separators=(",", ":")),
               "pkcs8": "\n".join(key.private_pem("pkcs8"))}
        d = Doc(P(c, "services", "auth", "jwks-private.json"), "key", fmt="json")
        d.block([js], "secret", cat, check=chk)
        pub = Doc(P(c, "services", "auth", "jwks.json"), "key", fmt="json")
        pj = json.dumps({"keys": [key.jwk_public(kid)]}, separators=(",", ":"))
        pub.neg(pj, pj, "jwk-public", check={"kind": "jwk-public"})
        docs = [d, pub]
    else:
        raise ValueError(wrap)
    return docs


def unwrap(wrap, value):
    """Turn a labelled value back into the canonical raw text (PEM lines joined, or JWK JSON)."""
    if wrap in ("pem-with-cert", "openssh-with-pub", "pkcs1-pem", "lua-long-string", "powershell-here-string",
                "rust-raw-string"):
        return value
    if wrap == "sec1-yaml-block":
        return "\n".join(l[6:] for l in value.split("\n"))
    if wrap == "k8s-tls-secret":
        return base64.b64decode(value).decode().rstrip("\n")
    if wrap in ("gcp-service-account", "env-escaped"):
        return value.replace("\\n", "\n").rstrip("\n")
    if wrap == "c-string-concat":
        out = []
        for l in value.split("\n"):
            l = l.strip().rstrip(";")
            assert l.startswith('"') and l.endswith('\\n"'), l
            out.append(l[1:-3])
        return "\n".join(out)
    if wrap == "jwk-private":
        return json.dumps(json.loads(value)["keys"][0], separators=(",", ":"))
    raise ValueError(wrap)
