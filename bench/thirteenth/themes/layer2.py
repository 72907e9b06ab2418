"""The second layer every theme gets: integrations files and twins, keys, manifest, legacy and host files,
startup log, scanner-regression fixtures, hash file, i18n, ID inventory and lock file."""
import base64
import json

import keys13
import prov13
from vals13 import DOC
from themes.syntax import BY_KEY

L2_DIRS = ["platform", "infra", "it-ops", "devops", "integration", "sysadmin", "shared", "backoffice-it"]

GENERIC = ["DATABASE_URL", "REDIS_URL", "AMQP_URL", "SESSION_SECRET", "JWT_SECRET", "ENCRYPTION_KEY",
           "WEBHOOK_SIGNING_SECRET", "SMTP_PASSWORD", "SFTP_PASSWORD", "LDAP_BIND_PASSWORD", "MQTT_PASSWORD",
           "ADMIN_PASSWORD", "MINIO_SECRET_KEY", "KAFKA_SASL_PASSWORD", "INFLUX_TOKEN", "ELASTIC_PASSWORD"]


def generic_value(t, name):
    v = t.v
    if name == "DATABASE_URL":
        kind = v.choice(["postgresql", "mysql", "mongodb+srv"])
        host = {"postgresql": "pg-main.%s:5432" % t.domain, "mysql": "mysql-01.%s:3306" % t.domain,
                "mongodb+srv": "cluster0.%s.mongodb.net" % v.lower(5)}[kind]
        return "%s://%s_app:{PW}@%s/%s" % (kind, t.short[:8], host, t.short[:10]), t.v.pw_uri(), "db-url-password"
    if name == "REDIS_URL":
        return "rediss://default:{PW}@redis.%s:6380/0" % t.domain, v.pw_uri(), "redis-url-password"
    if name == "AMQP_URL":
        return "amqps://worker:{PW}@mq.%s:5671/%%2F" % t.domain, v.pw_uri(), "amqp-url-password"
    if name == "INFLUX_TOKEN":
        return "{PW}", v.b64bytes(64), "influxdb-token"
    if name in ("SESSION_SECRET", "WEBHOOK_SIGNING_SECRET"):
        return "{PW}", v.hex(64), name.lower().replace("_", "-")
    if name in ("JWT_SECRET", "ENCRYPTION_KEY"):
        return "{PW}", v.b64bytes(32), name.lower().replace("_", "-")
    if name == "MINIO_SECRET_KEY":
        return "{PW}", v.s(prov13.ALNUM + "+/", 40), "minio-secret-key"
    return "{PW}", t.pw(v.choice(["strong", "strong", "uri", "phrase"])), name.lower().replace("_", "-")


def _fits(syn, value):
    return not any(c in value for c in syn.bad)


def integrations(t, base):
    """Two integrations files in two syntaxes, each with an .example twin."""
    v = t.v
    toks = list(t.deal)
    split = v.randint(7, 8)
    groups = [(toks[:split], t.pairs[:1], 1), (toks[split:], t.pairs[1:2], 1)]
    for n, ((tcats, pairs, ngen), skey) in enumerate(zip(groups, t.syn)):
        syn = BY_KEY[skey]
        stem = v.choice(["integrations", "vendors", "external-apis", "partner-keys", "connectors", "providers"])
        stem = stem if n == 0 else stem + "-" + v.choice(["extra", "legacy", "batch", "reporting"])
        fname = syn.fname.replace("{base}", stem)
        path = "%s/%s" % (base, fname)
        twin_suffix = v.choice([".example", ".sample", ".dist", ".template", ".tmpl"])
        d = t.f(path, crlf=syn.crlf)
        has_twin = n == 0 or v.random() < 0.5
        tw = t.f(path + twin_suffix, crlf=syn.crlf) if has_twin else None

        def want():
            return has_twin and v.random() < 0.6
        gens = v.sample(GENERIC, ngen)
        ents, tents = [], []
        for cat in tcats:
            _, env, human, gen, check = prov13.BY_CAT[cat]
            val = gen(v)
            for _ in range(5):
                if _fits(syn, val):
                    break
                val = gen(v)
            if not _fits(syn, val):
                continue
            if v.random() < 0.25:
                ents.append(("comment", human))
            ents.append(("kv", env, d.P(val, cat, check)))
            t.l2vals.append((cat, human, val, check))
            if want():
                tents.append(("kv", env) + _twin_value(t, tw, syn, env, val))
        for pcat, idenv, idgen, senv, sgen, human in pairs:
            r = d.R(pcat)
            idv, sv = idgen(v), sgen(v)
            while not _fits(syn, sv):
                sv = sgen(v)
            ents.append(("comment", "%s credentials" % human))
            ents.append(("pair", r, idenv, r.A(idv, ident=True), senv, r.A(sv)))
            if not has_twin:
                pass
            elif pcat == "aws-access-key" and v.random() < 0.7:
                rn = tw.R("documented-example", kind="negative")
                tents.append(("pair", rn, idenv, rn.A(DOC["aws_id"]), senv, rn.A(DOC["aws_secret"])))
            else:
                tents.append(("kv", idenv, tw.N(prov13.placeholder_for(idv, v), "placeholder")))
                tents.append(("kv", senv) + _twin_value(t, tw, syn, senv, sv))
        for g in gens:
            fmt, val, cat = generic_value(t, g)
            while not _fits(syn, val):
                fmt, val, cat = generic_value(t, g)
            ents.append(("kv", g, fmt.replace("{PW}", d.S(val, cat))))
            if not want():
                pass
            elif g in DEV and v.random() < 0.5:
                tents.append(("kv", g, tw.N(DEV[g], "dev-default")))
            else:
                tents.append(("kv", g) + _twin_value(t, tw, syn, g, val))
        title = "%s - %s (owner: %s)" % (t.org, stem.replace("-", " "), t.first(n + 2))
        syn.render(d, ents, title)
        if has_twin:
            syn.render(tw, tents, title + " - example, real values live in the secret store")


DEV = {"DATABASE_URL": "postgresql://postgres:postgres@localhost:5432/app_dev",
       "REDIS_URL": "redis://:devpassword@localhost:6379/0",
       "AMQP_URL": "amqp://guest:guest@localhost:5672/%2F",
       "SESSION_SECRET": "dev-session-secret-not-for-prod",
       "JWT_SECRET": "dev-jwt-secret"}


def _twin_value(t, tw, syn, env, val):
    """(marker, raw) for the twin: a native env reference, a placeholder or a secret-store reference."""
    v = t.v
    r = v.random()
    ref = syn.ref(env)
    if ref and r < 0.4:
        return (tw.N(ref, syn.refcat), True)
    if r < 0.8:
        return (tw.N(prov13.placeholder_for(val, v), "placeholder"), False)
    text, cat = t.ref(env, ["vault", "op", "ci", "sm", "kv", "tmpl", "doppler"])
    return (tw.N(text, cat), False)


# ------------------------------------------------------------------ private keys
KEY_WRAPS = ["openssh", "gcp", "k8s-tls", "yaml-block", "json-escaped", "jwk", "py-literal", "tf-heredoc",
             "b64-env", "standalone", "p8", "b64-der", "kubeconfig"]


def keys(t, base, n, force=()):
    v = t.v
    wraps = list(force) + v.sample([w for w in KEY_WRAPS if w not in force], n - len(force))
    for w in wraps:
        globals()["_key_" + w.replace("-", "_")](t, base)


def _key_openssh(t, base):
    k = t.v.choice([t.ed, t.ec, lambda: t.rsa(2048)])()
    name = {"ed25519": "id_ed25519", "ec": "id_ecdsa", "rsa": "id_rsa"}[k.kind]
    who = "deploy@%s" % t.host("build01")
    d = t.f("%s/deploy-keys/%s" % (base, name))
    d.w(d.K(keys13.openssh_private(k, who, t.keyrng()), "private-key-openssh", "pem"))
    p = t.f("%s/deploy-keys/%s.pub" % (base, name))
    p.w(p.N(keys13.openssh_public(k, who), "ssh-public-key"))


def _key_gcp(t, base):
    k = t.rsa(2048)
    proj = "%s-%s-%d" % (t.short[:12], t.v.choice(["ops", "data", "prod"]), t.v.randint(100, 999))
    sa = "%s@%s.iam.gserviceaccount.com" % (t.v.choice(["exporter", "sheets-sync", "backup-writer"]), proj)
    d = t.f("%s/gcp/%s-sa.json" % (base, proj))
    r = d.R("gcp-service-account", group="key")
    esc = k.pem_pkcs8().replace("\n", "\\n") + "\\n"
    d.w(r.B + "{", '  "type": "service_account",', '  "project_id": "%s",' % proj,
        '  "private_key_id": "%s",' % r.A(t.v.hex(40), ident=True),
        '  "private_key": "%s",' % r.A(esc, check="pem-escaped"), '  "client_email": "%s",' % sa,
        '  "client_id": "%s",' % t.v.digits(21), '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '  "token_uri": "https://oauth2.googleapis.com/token",',
        '  "universe_domain": "googleapis.com"', "}" + r.E)


def _cert(t, k, cn):
    return keys13.certificate(k, k, cn, t.org, t.v.randint(10 ** 8, 10 ** 12), dns=[cn])


def _key_k8s_tls(t, base):
    k = t.ec() if t.v.random() < 0.5 else t.rsa(2048)
    cn = t.host(t.v.choice(["portal", "api", "edge", "intranet"]))
    d = t.f("%s/k8s/tls-%s.yaml" % (base, cn.split(".")[0]))
    keypem = k.pem_pkcs8() if k.kind != "ec" else k.pem_sec1()
    d.w("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-tls" % cn.split(".")[0], "  namespace: web",
        "type: kubernetes.io/tls", "data:")
    d.w("  tls.crt: " + d.N(base64.b64encode(_cert(t, k, cn).encode()).decode(), "certificate-b64"))
    d.w("  tls.key: " + d.K(base64.b64encode(keypem.encode()).decode(), "private-key-b64", "b64pem"))


def _key_yaml_block(t, base):
    k = t.rsa(2048) if t.v.random() < 0.5 else t.ec()
    cn = t.host("mqtt")
    d = t.f("%s/ansible/group_vars/%s.yml" % (base, t.v.choice(["gateways", "brokers", "edge"])))
    d.w("---", "mqtt_broker: %s" % cn, "mqtt_port: 8883", "client_cert: |")
    d.w("  " + d.N(_cert(t, k, cn).replace("\n", "\n  "), "certificate"))
    r = d.R("private-key-yaml-block", group="key")
    pemtxt = k.pem_pkcs1() if k.kind == "rsa" else k.pem_sec1()
    d.w(r.B + "client_key: |")
    d.w("  " + r.A(pemtxt.replace("\n", "\n  "), check="pem-indented") + r.E)
    d.w("mqtt_tls_version: tlsv1.2")


def _key_json_escaped(t, base):
    k = t.rsa(2048)
    d = t.f("%s/signing/%s.json" % (base, t.v.choice(["webhook-signer", "token-service", "sso-sp"])))
    d.w("{", '  "issuer": "https://%s",' % t.host("auth"), '  "kid": "%s",' % t.v.hex(16),
        '  "private_key": "%s",' % d.K(k.pem_pkcs8().replace("\n", "\\n"), "private-key-json", "pem-escaped"),
        '  "public_key": "%s"' % d.N(k.pem_public().replace("\n", "\\n"), "public-key"), "}")


def _key_jwk(t, base):
    k = t.ec() if t.v.random() < 0.6 else t.ed()
    kid = t.v.hex(12)
    d = t.f("%s/auth/signing-key.env" % base)
    d.w("# signing key for the session service (JWK)", "JWT_ISSUER=https://%s" % t.host("auth"))
    d.w("JWT_SIGNING_JWK='%s'" % d.K(json.dumps(k.jwk(kid), separators=(",", ":")), "private-key-jwk", "jwk"))
    p = t.f("%s/auth/jwks.json" % base)
    pub = k.jwk(kid, private=False)
    p.w("{", '  "keys": [', "    {")
    for i, (a, b) in enumerate(pub.items()):
        line = '      "%s": "%s"%s' % (a, b, "," if i < len(pub) - 1 else "")
        if a == "x":
            line = '      "%s": "%s"%s' % (a, p.N(b, "public-jwks"), "," if i < len(pub) - 1 else "")
        p.w(line)
    p.w("    }", "  ]", "}")


def _key_py_literal(t, base):
    k = t.ec()
    d = t.f("%s/tools/sign_manifest.py" % base)
    d.w('"""Signs the nightly export manifest."""', "import hashlib", "", "SIGNING_KEY = \"\"\"" +
        d.K(k.pem_sec1(), "private-key-code-literal", "pem") + "\"\"\"", "",
        "def digest(path):", "    with open(path, 'rb') as fh:", "        return hashlib.sha256(fh.read()).hexdigest()")


def _key_tf_heredoc(t, base):
    k = t.rsa(2048)
    d = t.f("%s/terraform/sftp.tf" % base)
    d.w('resource "aws_transfer_ssh_key" "partner" {', '  server_id = aws_transfer_server.edi.id',
        '  user_name = "partner-upload"', '  body      = file("keys/partner.pub")', "}", "",
        'resource "aws_secretsmanager_secret_version" "sftp_host_key" {',
        '  secret_id     = aws_secretsmanager_secret.sftp_host_key.id')
    r = d.R("private-key-heredoc", group="key")
    d.w(r.B + "  secret_string = <<-EOT")
    d.w("    " + r.A(k.pem_pkcs1().replace("\n", "\n    "), check="pem-indented") + r.E)
    d.w("  EOT", "}")


def _key_b64_env(t, base):
    k = t.rsa(2048)
    d = t.f("%s/saml/sp.env" % base)
    d.w("SAML_SP_ENTITY_ID=https://%s/saml/metadata" % t.host("portal"))
    d.w("SAML_SP_CERT_B64=" + d.N(base64.b64encode(_cert(t, k, t.host("portal")).encode()).decode(),
                                  "certificate-b64"))
    d.w("SAML_SP_KEY_B64=" + d.K(base64.b64encode(k.pem_pkcs8().encode()).decode(), "private-key-b64", "b64pem"))


def _key_standalone(t, base):
    k = t.rsa(2048) if t.v.random() < 0.5 else t.ec()
    cn = t.host(t.v.choice(["vpn", "ldap", "mail", "files"]))
    name = cn.split(".")[0]
    d = t.f("%s/tls/%s.key" % (base, name))
    d.w(d.K(k.pem_pkcs1() if k.kind == "rsa" else k.pem_sec1(), "private-key-pem", "pem"))
    c = t.f("%s/tls/%s.crt" % (base, name))
    c.w(c.N(_cert(t, k, cn), "certificate"))


def _key_p8(t, base):
    k = t.ec()
    kid = t.v.upper(10)
    d = t.f("%s/mobile/AuthKey_%s.p8" % (base, kid))
    d.w(d.K(k.pem_pkcs8(), "private-key-p8", "pem"))


def _key_b64_der(t, base):
    k = t.rsa(2048)
    d = t.f("%s/sso/saml-signing.properties" % base)
    d.w("# SAML signing credential (PKCS#8 DER, base64)", "saml.sp.entityId=urn:%s:portal" % t.short)
    d.w("saml.sp.privateKey=" + d.K(base64.b64encode(k.pkcs8()).decode(), "private-key-b64", "b64der"))
    d.w("saml.sp.publicKey=" + d.N(base64.b64encode(k.spki()).decode(), "public-key-b64"))


def _key_kubeconfig(t, base):
    k = t.ec()
    cn = "k3s-%s" % t.short[:10]
    ca = t.ec()
    d = t.f("%s/kube/%s.kubeconfig" % (base, cn))
    d.w("apiVersion: v1", "kind: Config", "clusters:", "- cluster:")
    d.w("    certificate-authority-data: " + d.N(base64.b64encode(
        keys13.certificate(ca, ca, "k3s-server-ca", t.org, 1).encode()).decode(), "certificate-b64"))
    d.w("    server: https://%s:6443" % t.v.ip10(), "  name: %s" % cn, "users:", "- name: %s-admin" % cn, "  user:")
    d.w("    client-certificate-data: " + d.N(base64.b64encode(
        keys13.certificate(k, ca, "system:admin", t.org, 2, issuer_cn="k3s-client-ca").encode()).decode(),
        "certificate-b64"))
    d.w("    client-key-data: " + d.K(base64.b64encode(k.pem_sec1().encode()).decode(), "private-key-b64", "b64pem"))
    d.w("contexts:", "- context: {cluster: %s, user: %s-admin}" % (cn, cn), "  name: %s" % cn,
        "current-context: %s" % cn)
