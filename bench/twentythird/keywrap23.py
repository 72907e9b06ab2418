"""Private-key wrappings. Each returns a list of Docs (the key file and sometimes a public companion).
The key's label carries check={"format", "wrap", "type"} and raw (the canonical key text) so verify.py can
unwrap what is shown and parse it."""

import base64
import json

import keys23
from core23 import Doc


def _key(c, types):
    """RSA only now and then: pure-Python RSA-2048 generation dominates the run time."""
    others = [t for t in types if t != "rsa"]
    if "rsa" in types and (not others or c.rng.random() < 0.11):
        kind = "rsa"
    else:
        kind = c.rng.choice(others)
    return kind, keys23.make_key(c.rng, kind)


def _comment(c):
    return "%s@%s" % (c.handle(), c.rng.choice(c.theme["hosts"]))


def pem_of(key, fmt):
    if fmt == "pkcs8":
        return keys23.pem("PRIVATE KEY", key.pkcs8())
    if fmt == "pkcs1":
        return keys23.pem("RSA PRIVATE KEY", key.pkcs1())
    if fmt == "sec1":
        return keys23.pem("EC PRIVATE KEY", key.sec1())
    raise ValueError(fmt)


def _pem_fmt(c, kind):
    if kind == "rsa":
        return c.rng.choice(["pkcs8", "pkcs1"])
    if kind == "p256":
        return c.rng.choice(["pkcs8", "sec1"])
    return "pkcs8"


CAT = {"pkcs8": "pem-private-key-pkcs8", "pkcs1": "pem-rsa-private-key", "sec1": "pem-ec-private-key",
       "openssh": "openssh-private-key", "ppk": "putty-private-key", "jwk": "jwk-private-key",
       "nebula": "nebula-private-key", "rustdesk": "rustdesk-private-key"}


def w_ssh_dir(c, types=("ed25519", "p256", "rsa")):
    kind, key = _key(c, types)
    name = {"ed25519": "id_ed25519", "p256": "id_ecdsa", "rsa": "id_rsa"}[kind]
    who = c.handle()
    cm = _comment(c)
    raw = keys23.openssh_private(key, cm, c.rng)
    d = Doc("home/%s/.ssh/%s" % (who, name))
    d.block(raw, CAT["openssh"], check={"format": "openssh", "wrap": "plain", "type": kind}, raw=raw)
    p = Doc("home/%s/.ssh/%s.pub" % (who, name))
    pub = keys23.openssh_public(key, cm)
    p.n(pub, pub, "ssh-public-key")
    return [d, p]


def w_ppk(c, types=("ed25519", "p256", "rsa")):
    kind, key = _key(c, types)
    ver = c.rng.choice([2, 3])
    cm = "%s-%s" % (c.rng.choice(c.theme["hosts"]), c.date().replace("-", ""))
    raw = keys23.ppk(key, cm, ver)
    d = Doc("support/putty/%s-%s.ppk" % (c.handle(), c.rng.choice(c.theme["hosts"])), crlf=True)
    d.block(raw, CAT["ppk"], check={"format": "ppk%d" % ver, "wrap": "plain", "type": kind}, raw=raw)
    return [d]


def w_pem_pair(c, types=("ed25519", "p256", "rsa")):
    kind, key = _key(c, types)
    fmt = _pem_fmt(c, kind)
    raw = pem_of(key, fmt)
    base = c.rng.choice(c.theme["hosts"])
    d = Doc("pki/%s/%s.key" % (base, base))
    d.block(raw, CAT[fmt], check={"format": fmt, "wrap": "plain", "type": kind}, raw=raw)
    p = Doc("pki/%s/%s.pub.pem" % (base, base))
    p.block(keys23.pem("PUBLIC KEY", key.spki()), "spki-public-key", kind="negative")
    return [d, p]


def w_ec_params(c, types=("p256",)):
    kind, key = _key(c, types)
    raw = pem_of(key, "sec1")
    d = Doc("pki/mqtt/%s-client.key" % c.rng.choice(c.theme["hosts"]))
    d.t("-----BEGIN EC PARAMETERS-----", "BggqhkjOPQMBBw==", "-----END EC PARAMETERS-----")
    d.block(raw, CAT["sec1"], check={"format": "sec1", "wrap": "plain", "type": kind}, raw=raw)
    return [d]


def w_jwk(c, types=("ed25519", "p256", "rsa")):
    kind, key = _key(c, types)
    kid = "%s-%s" % (c.slug, c.date().replace("-", ""))
    priv = json.dumps(key.jwk(kid), indent=2)
    d = Doc("auth/jwks/signing-key.json", fmt="json")
    d.block(priv, CAT["jwk"], check={"format": "jwk", "wrap": "plain", "type": kind}, raw=priv)
    p = Doc("auth/jwks/jwks.json", fmt="json")
    pubs = json.dumps({"keys": [key.jwk_public(kid)]}, indent=2).split("\n")
    p.t(pubs[0], pubs[1])
    p.block("\n".join(pubs[2:-2]), "jwk-public-key", kind="negative")
    p.t(pubs[-2], pubs[-1])
    return [p, d]


def w_dotenv_escaped(c, types=("ed25519", "p256", "rsa")):
    kind, key = _key(c, types)
    fmt = _pem_fmt(c, kind)
    raw = pem_of(key, fmt)
    shown = raw.replace("\n", "\\n")
    d = Doc("deploy/%s/.env.production" % c.rng.choice(c.theme["hosts"]))
    d.t("NODE_ENV=production", "PORT=8080")
    d.block('JWT_PRIVATE_KEY="%s"' % shown, CAT[fmt], check={"format": fmt, "wrap": "escaped", "type": kind}, raw=raw,
            value=shown)
    d.t("JWT_PUBLIC_KEY_PATH=/etc/app/jwt.pub.pem")
    arn = "arn:aws:secretsmanager:eu-west-1:%d:secret:%s/jwt-%s" % (
        c.rng.randint(10 ** 11, 10 ** 12 - 1), c.slug, "".join(c.rng.choice("abcdefABCDEF") for _ in range(6)))
    d.n("JWT_ISSUER_SECRET_REF=" + arn, arn, "secret-manager-arn")
    return [d]


def w_json_escaped(c, types=("ed25519", "p256", "rsa")):
    kind, key = _key(c, types)
    raw = pem_of(key, "pkcs8")
    shown = raw.replace("\n", "\\n")
    d = Doc("integrations/signing/%s-signer.json" % c.slug, fmt="json")
    d.t("{", '  "type": "signing_client",', '  "client_email": "signer@%s",' % c.domain,
        '  "key_id": "%s%d",' % (c.rng.choice(["k", "key-"]), c.rng.randint(100, 999)))
    d.block('  "private_key": "%s\\n",' % shown, CAT["pkcs8"], check={"format": "pkcs8", "wrap": "escaped", "type": kind},
            raw=raw, value=shown)
    d.t('  "token_uri": "https://auth.%s/oauth2/token"' % c.domain, "}")
    return [d]


def w_k8s_secret(c, types=("ed25519", "p256", "rsa")):
    kind, key = _key(c, types)
    fmt = _pem_fmt(c, kind)
    raw = pem_of(key, fmt)
    b = base64.b64encode((raw + "\n").encode()).decode()
    d = Doc("k8s/%s/signing-secret.yaml" % c.rng.choice(c.theme["hosts"]))
    d.t("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-signing" % c.slug, "  namespace: %s" % c.slug,
        "type: Opaque", "data:")
    d.block("  signing.key: %s" % b, CAT[fmt], check={"format": fmt, "wrap": "base64", "type": kind}, raw=raw, value=b)
    d.t("  key-id: %s" % base64.b64encode(("%s-%s" % (c.slug, c.date())).encode()).decode())
    return [d]


def w_nebula(c, types=("x25519",)):
    seed = bytes(c.rng.randrange(256) for _ in range(32))
    pub = bytes(c.rng.randrange(256) for _ in range(32))
    raw = "-----BEGIN NEBULA X25519 PRIVATE KEY-----\n%s\n-----END NEBULA X25519 PRIVATE KEY-----" % base64.b64encode(
        seed).decode()
    d = Doc("overlay/nebula/config.yml")
    d.t("pki:", "  ca: /etc/nebula/ca.crt", "  cert: /etc/nebula/host.crt", "  key: |")
    shown = "\n".join("    " + l for l in raw.split("\n"))
    d.block(shown, CAT["nebula"], check={"format": "nebula", "wrap": "indent4", "type": "x25519"}, raw=raw)
    d.t("static_host_map:", '  "192.168.100.1": ["%s:4242"]' % c.host(), "lighthouse:", "  am_lighthouse: false",
        "  hosts:", '    - "192.168.100.1"')
    d.t("# the lighthouse's public key (not secret):")
    d.n("# %s" % base64.b64encode(pub).decode(), base64.b64encode(pub).decode(), "x25519-public-key")
    return [d]


def w_rustdesk(c, types=("ed25519",)):
    key = keys23.EdKey(c.rng)
    raw = base64.b64encode(key.seed + key.pub).decode()
    d = Doc("remote/rustdesk-server/id_ed25519")
    d.block(raw, CAT["rustdesk"], check={"format": "rustdesk", "wrap": "plain", "type": "ed25519"}, raw=raw)
    p = Doc("remote/rustdesk-server/id_ed25519.pub")
    pb = base64.b64encode(key.pub).decode()
    p.n(pb, pb, "rustdesk-public-key")
    return [d, p]


def w_ansible_block(c, types=("ed25519", "p256", "rsa")):
    kind, key = _key(c, types)
    raw = keys23.openssh_private(key, "deploy@%s" % c.slug, c.rng)
    d = Doc("ansible/host_vars/%s.yml" % c.host())
    d.t("---", "ansible_user: deploy", "deploy_ssh_private_key: |")
    d.block("\n".join("  " + l for l in raw.split("\n")), CAT["openssh"],
            check={"format": "openssh", "wrap": "indent2", "type": kind}, raw=raw)
    d.n("become_password: \"{{ vault_become_password }}\"", "{{ vault_become_password }}", "jinja-reference")
    return [d]


def w_c_header(c, types=("p256", "ed25519")):
    kind, key = _key(c, types)
    fmt = "pkcs8" if kind == "ed25519" else c.rng.choice(["pkcs8", "sec1"])
    raw = pem_of(key, fmt)
    d = Doc("firmware/include/device_identity.h")
    d.t("#ifndef DEVICE_IDENTITY_H", "#define DEVICE_IDENTITY_H", "",
        "/* factory identity used for mutual TLS to the fleet broker */", "static const char DEVICE_KEY_PEM[] =")
    ls = raw.split("\n")
    shown = "\n".join('    "%s\\n"' % l + (";" if i == len(ls) - 1 else "") for i, l in enumerate(ls))
    d.block(shown, CAT[fmt], check={"format": fmt, "wrap": "cstr", "type": kind}, raw=raw)
    d.t("", '#define FLEET_BROKER "mqtts://%s:8883"' % c.host(), "", "#endif")
    return [d]


def w_xml_element(c, types=("rsa", "p256")):
    kind, key = _key(c, types)
    fmt = _pem_fmt(c, kind)
    raw = pem_of(key, fmt)
    d = Doc("auth/saml/sp-config.xml", crlf=True, fmt="xml")
    d.t('<?xml version="1.0" encoding="utf-8"?>', '<ServiceProvider entityId="https://portal.%s/saml">' % c.domain,
        "  <SigningKey>")
    d.block(raw, CAT[fmt], check={"format": fmt, "wrap": "plain", "type": kind}, raw=raw)
    d.t("  </SigningKey>", '  <IdP metadata="https://login.%s/federationmetadata.xml"/>' % c.domain,
        "</ServiceProvider>")
    return [d]


def w_toml_multiline(c, types=("ed25519", "p256", "rsa")):
    kind, key = _key(c, types)
    fmt = _pem_fmt(c, kind)
    raw = pem_of(key, fmt)
    d = Doc("services/%s/secrets.toml" % c.rng.choice(c.theme["hosts"]), fmt="toml")
    d.t("[signing]", 'algorithm = "%s"' % {"rsa": "RS256", "p256": "ES256", "ed25519": "EdDSA"}[kind],
        'private_key = """')
    d.block(raw, CAT[fmt], check={"format": fmt, "wrap": "plain", "type": kind}, raw=raw)
    d.t('"""', "", "[upstream]", 'url = "https://%s"' % c.host())
    return [d]


WRAPS = {
    "ssh-dir": w_ssh_dir, "ppk": w_ppk, "pem-pair": w_pem_pair, "ec-params": w_ec_params, "jwk": w_jwk,
    "dotenv-escaped": w_dotenv_escaped, "json-escaped": w_json_escaped, "k8s-secret": w_k8s_secret,
    "nebula": w_nebula, "rustdesk": w_rustdesk, "ansible-block": w_ansible_block, "c-header": w_c_header,
    "xml-element": w_xml_element, "toml-multiline": w_toml_multiline,
}
