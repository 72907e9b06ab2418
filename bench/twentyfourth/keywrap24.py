"""Sixteen private-key wrappings and their public companions (twentyfourth corpus)."""
import base64
import json
import re

import keys24 as K
from core24 import Doc, path

# wrap name -> key types it may use
WRAPS = {
    "openssh": ["ed25519", "ed25519", "p256"], "pkcs8-pem": ["p256", "ed25519", "rsa"], "pkcs1-pem": ["rsa"],
    "sec1-params": ["p256"], "ppk3": ["p256"], "ppk2": ["p256", "rsa"], "jwk": ["p256", "ed25519"],
    "env-escaped": ["p256", "ed25519"], "json-escaped": ["p256", "rsa"], "k8s-base64": ["p256", "ed25519"],
    "minisign": ["ed25519"], "signify": ["ed25519"], "rsa-xml": ["rsa"], "helm-block": ["p256", "ed25519"],
    "go-raw-string": ["p256", "ed25519"], "ps-here-string": ["p256", "ed25519"],
}
WRAP_NAMES = list(WRAPS)


def make_key(ctx, kind):
    return {"rsa": K.RSAKey, "p256": K.ECKey, "ed25519": K.EdKey}[kind](ctx.rng)


def _pem8(key):
    return K.pem("PRIVATE KEY", key.pkcs8())


def wrap(ctx, name, key):
    """Returns docs. The secret label carries check = {format, wrap, type} and raw = canonical text."""
    p = ctx.person()
    t = key.kind
    chk = lambda fmt: {"format": fmt, "wrap": name, "type": t}
    docs = []
    if name == "openssh":
        fn = "id_ed25519" if t == "ed25519" else "id_ecdsa"
        comment = "%s@%s" % (p["user"], ctx.host("ws").split(".")[0])
        lines = K.openssh_private(key, comment, ctx.rng)
        d = Doc(path(ctx, "home/%s/.ssh/%s" % (p["user"], fn)))
        d.block(lines, "secret", "openssh-private-key", check=chk("openssh"), raw="\n".join(lines))
        pub = Doc(path(ctx, "home/%s/.ssh/%s.pub" % (p["user"], fn)))
        pub.n(K.openssh_public(key, comment), K.openssh_public(key, comment).split()[1], "ssh-public-key")
        docs += [d, pub]
    elif name == "pkcs8-pem":
        h = ctx.host("web").split(".")[0]
        lines = _pem8(key)
        d = Doc(path(ctx, "tls/private/%s.key" % h))
        d.block(lines, "secret", "pkcs8-private-key", check=chk("pkcs8"), raw="\n".join(lines))
        pub = Doc(path(ctx, "tls/public/%s.pub.pem" % h))
        pub.block(K.pem("PUBLIC KEY", key.spki()), "negative", "spki-public-key")
        docs += [d, pub]
    elif name == "pkcs1-pem":
        lines = K.pem("RSA PRIVATE KEY", key.pkcs1())
        d = Doc(path(ctx, "legacy/sftp-gateway/hostkey_rsa.pem"))
        d.block(lines, "secret", "pkcs1-private-key", check=chk("pkcs1"), raw="\n".join(lines))
        docs.append(d)
    elif name == "sec1-params":
        lines = K.pem("EC PRIVATE KEY", key.sec1())
        d = Doc(path(ctx, "pki/device-signing/signer-ec.pem"))
        d.t("\n".join(K.pem("EC PARAMETERS", K.OID_P256)))
        d.block(lines, "secret", "sec1-private-key", check=chk("sec1"), raw="\n".join(lines))
        docs.append(d)
    elif name in ("ppk3", "ppk2"):
        v = 3 if name == "ppk3" else 2
        lines = K.ppk(key, "%s@%s" % (p["user"], ctx.v["domain"]), v)
        d = Doc(path(ctx, "support/putty/%s-%s.ppk" % (p["user"], ctx.choice(["plc", "scada", "jump"]))), crlf=True)
        d.block(lines, "secret", "putty-private-key", check=chk(name), raw="\n".join(lines))
        docs.append(d)
    elif name == "jwk":
        kid = ctx.hexs(16)
        priv = K.jwk(key, kid)
        text = json.dumps(priv, indent=2).split("\n")
        d = Doc(path(ctx, "auth/keys/signing-%s.jwk.json" % kid[:6]), fmt="json")
        d.block(text, "secret", "jwk-private-key", check=chk("jwk"), raw=json.dumps(priv, sort_keys=True))
        pub = Doc(path(ctx, "auth/public/jwks.json"), fmt="json")
        pj = json.dumps({"keys": [K.jwk(key, kid, private=False)]}, indent=2).split("\n")
        pub.block(pj, "negative", "public-jwks")
        docs += [d, pub]
    elif name == "env-escaped":
        raw = "\n".join(_pem8(key))
        esc = raw.replace("\n", "\\n") + "\\n"
        d = Doc(path(ctx, "services/notifier/.env.production"))
        d.t("NODE_ENV=production\nPORT=8080")
        d.s('JWT_PRIVATE_KEY="@@"', esc, "escaped-private-key", group="key", check=chk("pkcs8"), raw=raw)
        d.n("JWT_PUBLIC_KEY_ARN=@@", "arn:aws:secretsmanager:eu-central-1:%s:secret:%s/jwt-public-%s" % (ctx.digits(12), ctx.theme.key, ctx.alnum(6)), "secrets-manager-arn")
        docs.append(d)
    elif name == "json-escaped":
        raw = "\n".join(_pem8(key))
        esc = raw.replace("\n", "\\n") + "\\n"
        d = Doc(path(ctx, "services/reports/signing-client.json"), fmt="json")
        d.t('{\n  "type": "service_account_like",\n  "client_email": "reports@%s",' % ctx.v["domain"])
        d.n('  "private_key_id": "@@",', ctx.hexs(40), "key-id")
        d.s('  "private_key": "@@",', esc, "escaped-private-key", group="key", check=chk("pkcs8"), raw=raw)
        d.t('  "token_uri": "https://auth.%s/oauth2/token"\n}' % ctx.v["domain"])
        docs.append(d)
    elif name == "k8s-base64":
        raw = "\n".join(_pem8(key))
        enc = base64.b64encode((raw + "\n").encode()).decode()
        d = Doc(path(ctx, "k8s/secrets/webhook-signing.yaml"))
        d.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: webhook-signing\n  namespace: %s\ntype: Opaque\ndata:" % ctx.theme.key)
        d.s("  signing.key: @@", enc, "base64-private-key", group="key", check=chk("pkcs8"), raw=raw)
        d.n("  key-id: @@", base64.b64encode(ctx.hexs(16).encode()).decode(), "base64-key-id")
        docs.append(d)
    elif name == "minisign":
        keynum = ctx.rbytes(8)
        sec, publ = K.minisign_pair(key, keynum)
        d = Doc(path(ctx, "release/minisign/minisign.key"))
        d.block(sec, "secret", "minisign-secret-key", check=chk("minisign"), raw="\n".join(sec))
        pub = Doc(path(ctx, "release/minisign/minisign.pub"))
        pub.t(publ[0])
        pub.n(publ[1], publ[1], "minisign-public-key")
        docs += [d, pub]
    elif name == "signify":
        sec, publ = K.signify_pair(key, ctx.rbytes(8), "signify")
        d = Doc(path(ctx, "release/signify/%s.sec" % ctx.theme.key))
        d.block(sec, "secret", "signify-secret-key", check=chk("signify"), raw="\n".join(sec))
        pub = Doc(path(ctx, "release/signify/%s.pub" % ctx.theme.key))
        pub.t(publ[0])
        pub.n(publ[1], publ[1], "signify-public-key")
        docs += [d, pub]
    elif name == "rsa-xml":
        d = Doc(path(ctx, "legacy/licensing/LicenseSigner.xml"), crlf=True, fmt="xml")
        d.t('<?xml version="1.0" encoding="utf-8"?>\n<!-- RSA.ToXmlString(true) export for the licence signer -->')
        lines = ["<RSAKeyValue>"] + ["  <%s>%s</%s>" % (k, v, k) for k, v in key.xml()] + ["</RSAKeyValue>"]
        d.block(lines, "secret", "rsa-xml-private-key", check=chk("rsaxml"), raw="\n".join(_pem8(key)))
        docs.append(d)
    elif name == "helm-block":
        raw = "\n".join(K.pem("EC PRIVATE KEY", key.sec1()) if t == "p256" else _pem8(key))
        d = Doc(path(ctx, "deploy/helm/values-prod.yaml"))
        d.t("replicaCount: 2\nimage:\n  repository: registry.%s/portal\n  tag: \"%s\"\ntls:\n  enabled: true\n  existingSecret: \"\"" % (ctx.v["domain"], ctx.hexs(7)))
        d.t("  key: |")
        d.block(["    " + ln for ln in raw.split("\n")], "secret", "yaml-block-private-key",
                check=chk("sec1" if t == "p256" else "pkcs8"), raw=raw)
        d.t("ingress:\n  host: portal.%s" % ctx.v["domain"])
        docs.append(d)
    elif name == "go-raw-string":
        raw = "\n".join(_pem8(key))
        ls = raw.split("\n")
        d = Doc(path(ctx, "tools/licence-gen/keys.go"))
        d.t("package main\n\n// signingKey signs offline licence files.")
        d.block(["const signingKey = `" + ls[0]] + ls[1:-1] + [ls[-1] + "`"], "secret", "go-string-private-key",
                check=chk("pkcs8"), raw=raw)
        d.t("\nfunc main() {}")
        docs.append(d)
    elif name == "ps-here-string":
        raw = "\n".join(_pem8(key))
        d = Doc(path(ctx, "scripts/windows/Install-AgentKey.ps1"), crlf=True)
        d.t("# Installs the monitoring agent signing key\n$ErrorActionPreference = 'Stop'\n$key = @'")
        d.block(raw.split("\n"), "secret", "powershell-private-key", check=chk("pkcs8"), raw=raw)
        d.t("'@\nSet-Content -Path \"$env:ProgramData\\Agent\\signing.pem\" -Value $key -NoNewline")
        docs.append(d)
    else:
        raise KeyError(name)
    return docs


PEM_RE = re.compile(r"-----BEGIN ([A-Z ]+)-----.*?-----END \1-----", re.S)


def unwrap(wrapname, value):
    """The canonical key text hidden in a shown value (for PEM-ish wraps)."""
    v = value
    if wrapname == "k8s-base64":
        v = base64.b64decode(value).decode()
    elif wrapname in ("env-escaped", "json-escaped"):
        v = value.replace("\\n", "\n")
    elif wrapname == "helm-block":
        v = "\n".join(ln[4:] for ln in value.split("\n"))
    m = PEM_RE.search(v)
    return m.group(0) if m else v
