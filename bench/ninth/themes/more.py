"""Second layer, part 1 (every theme): integrations files + .example twins, a manifest, private keys in many
wrappings. Part 2 (legacy ops, hosts, logs, fixtures, IDs, hashes, i18n, free text) is in more2.py."""

import base64
import json

import nkeys as K
import nprov
from themes.common import CRLF, EXT, SYNTAXES, kv

CODE_SYNTAX = {"python", "go", "js", "php", "csharp", "elixir", "ps1"}


def _twin_value(T, syntax, name, key):
    """A non-secret stand-in for the .example twin -> (text, category) or (None, None) for empty."""
    low = name.lower()
    opts = ["ph", "ph", "empty"]
    if syntax not in CODE_SYNTAX:
        opts += ["env", "env", "ci", "vault", "op"]
    else:
        opts += ["op", "vault"]
    k = T.pick(opts)
    if k == "empty":
        return None, None
    if k == "env":
        return "${%s}" % name, "env-reference"
    if k == "ci":
        return T.pick([("${{ secrets.%s }}" % name, "ci-reference"), ("$(%s)" % name, "ci-reference"),
                       ("{{ .Env.%s }}" % name, "template-reference")])
    if k == "vault":
        return "vault:secret/data/%s/%s#%s" % (T.slug, T.services[0], low), "vault-reference"
    if k == "op":
        return "op://%s-infra/%s/credential" % (T.slug, low.replace("_", "-")), "secret-reference"
    tok = nprov.P[key][2](T.v, T.slug) if key in nprov.P else ""
    pre = ""
    for sep in ("_", "-", "."):
        i = tok.find(sep)
        if 0 < i < 12:
            pre = tok[:i + 1]
            break
    return T.pick(["<%s>" % low.replace("_", "-"), "REPLACE_ME", "your-%s-here" % low.replace("_", "-"),
                   pre + "x" * 24, "changeme-in-vault", "TODO-%s" % low]), "placeholder"


def _pair_ids():
    import random

    from nvals import V
    v = V(random.Random(0))
    return {n for k in nprov.PAIRS for n, _, ident in nprov.PAIRS[k][1](v, "x") if ident}


PAIR_NAMES = _pair_ids()


def _generic(T):
    v, h = T.v, T.pick(T.hosts)
    db = T.services[0].replace("-", "_")
    return [("DATABASE_URL", "postgresql://%s:%s@%s:5432/%s" % (db, v.pw_uri(), h, db), "db-uri"),
            ("REDIS_URL", "rediss://:%s@%s:6380/0" % (v.pw_alnum(), h), "redis-uri"),
            ("SESSION_SECRET", v.hex(64), "session-secret"),
            ("SMTP_PASSWORD", v.pw(), "password-smtp"),
            ("JWT_SECRET", v.b64(48), "jwt-signing-secret"),
            ("ENCRYPTION_KEY", v.hex(64), "encryption-key"),
            ("AMQP_URL", "amqps://%s:%s@%s:5671/%%2F" % (db, v.pw_uri(), h), "amqp-uri"),
            ("ADMIN_PASSWORD", v.pw_human(T.words), "password-config")]


def integrations(T, sub):
    n1, n2 = T.r.randrange(7, 10), T.r.randrange(5, 7)
    chosen = T.sample(list(nprov.P), n1 + n2)
    pairs = T.sample(list(nprov.PAIRS), 2)
    syn = T.sample(SYNTAXES, 2)
    files = [(chosen[:n1], pairs[0], syn[0], "integrations", "%s/config" % sub),
             (chosen[n1:], pairs[1] if T.chance(0.45) else None, syn[1], T.services[1].replace("-", "_"),
              "%s/%s" % (sub, T.services[1]))]
    for provs, pk, syntax, name, folder in files:
        fname = "%s/%s%s" % (folder, "secrets" if syntax == "k8s" else name, EXT[syntax])
        crlf = syntax in CRLF
        d = T.doc(fname, crlf=crlf)
        items, twin_src = [], []
        where = T.r.randrange(0, len(provs) + 1)
        for i, key in enumerate(provs):
            if i == where and pk:
                for nm, mk in T.pair(d, pk):
                    items.append((nm, mk))
                    twin_src.append((nm, pk))
            env, mk = T.P(d, key)
            if any(env == n for n, _ in items):
                env = env + "_" + str(i)
            items.append((env, mk))
            twin_src.append((env, key))
        if where == len(provs) and pk:
            for nm, mk in T.pair(d, pk):
                items.append((nm, mk))
                twin_src.append((nm, pk))
        for gname, gval, gcat in T.sample(_generic(T), T.pick([1, 2, 2])):
            i = T.r.randrange(0, len(items) + 1)
            while 0 < i < len(items) and items[i - 1][0] in PAIR_NAMES:
                i -= 1
            items.insert(i, (gname, d.S(gval, gcat)))
            twin_src.insert(i, (gname, None))
        d.put(kv(syntax, items, name.replace("-", "_"), "%s -- %s (%s)" % (T.org, name.replace("_", "-"), T.date())))
        tw = T.doc(fname + T.pick([".example", ".example", ".sample", ".dist"]), crlf=crlf)
        titems = []
        for nm, key in twin_src:
            val, cat = _twin_value(T, syntax, nm, key)
            titems.append((nm, tw.N(val, cat) if val else ""))
        tw.put(kv(syntax, titems, name.replace("-", "_"), "copy to %s and fill in from the vault" % fname.rsplit("/", 1)[1]))


# ------------------------------------------------------------------ manifest
def manifest(T, sub):
    kind = T.pick(["k8s", "gha", "terraform", "gitlab"])
    svc = T.services[0]
    acct = T.v.digits(12)
    if kind == "k8s":
        d = T.doc("%s/deploy/%s-deployment.yaml" % (sub, svc))
        d.put("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {svc}
  labels:
    app.kubernetes.io/name: {svc}
  annotations:
    checksum/config: {cs}
    vault.hashicorp.com/agent-inject: "true"
    vault.hashicorp.com/agent-inject-secret-db: {vr}
    eks.amazonaws.com/role-arn: {arn}
spec:
  replicas: 3
  template:
    spec:
      serviceAccountName: {svc}
      containers:
        - name: {svc}
          image: {img}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {svc}-db
                  key: password
            - name: INSTANCE_ID
              value: {uid}
            - name: LOG_LEVEL
              value: info
""".format(svc=svc, cs=d.N(T.v.sha256(), "digest"), vr=d.N('"secret/data/%s/%s/db"' % (T.slug, svc), "vault-reference"),
           arn=d.N("arn:aws:iam::%s:role/%s-irsa" % (acct, svc), "resource-id"),
           img=d.N("registry.%s/%s@%s" % (T.domain, svc, T.v.image_digest()), "image-digest"),
           uid=d.N('"%s"' % T.v.uuid(), "uuid")))
    elif kind == "gha":
        d = T.doc("%s/.github/workflows/deploy-%s.yml" % (sub, svc))
        d.put("""name: deploy-{svc}
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{sha1}
      - uses: aws-actions/configure-aws-credentials@{sha2}
        with:
          role-to-assume: {arn}
          aws-region: eu-west-1
      - name: Build
        run: docker build -t {svc}:${{{{ github.sha }}}} .
      - name: Push
        env:
          REGISTRY_TOKEN: {ci}
          SENTRY_AUTH_TOKEN: {ci2}
        run: ./scripts/push.sh
""".format(svc=svc, sha1=d.N(T.v.git_sha(), "git-sha"), sha2=d.N(T.v.git_sha(), "git-sha"),
           arn=d.N("arn:aws:iam::%s:role/gha-%s-deploy" % (acct, svc), "resource-id"),
           ci=d.N("${{ secrets.REGISTRY_TOKEN }}", "ci-reference"), ci2=d.N("${{ secrets.SENTRY_AUTH_TOKEN }}", "ci-reference")))
    elif kind == "terraform":
        d = T.doc("%s/terraform/%s.tf" % (sub, svc))
        d.put("""resource "aws_secretsmanager_secret" "{u}_db" {{
  name       = "{slug}/{svc}/db"
  kms_key_id = {kms}
}}

data "aws_secretsmanager_secret_version" "{u}_db" {{
  secret_id = aws_secretsmanager_secret.{u}_db.id
}}

resource "aws_db_instance" "{u}" {{
  identifier        = "{svc}-prod"
  engine            = "postgres"
  username          = "{u}_admin"
  password          = jsondecode(data.aws_secretsmanager_secret_version.{u}_db.secret_string)["password"]
  kms_key_id        = {kms2}
  snapshot_identifier = {snap}
}}

variable "api_token" {{
  type      = string
  sensitive = true
  default   = {ph}
}}
""".format(u=svc.replace("-", "_"), slug=T.slug, svc=svc,
           kms=d.N('"arn:aws:kms:eu-west-1:%s:key/%s"' % (acct, T.v.uuid()), "resource-id"),
           kms2=d.N('"arn:aws:kms:eu-west-1:%s:key/%s"' % (acct, T.v.uuid()), "resource-id"),
           snap=d.N('"arn:aws:rds:eu-west-1:%s:snapshot:%s-%s"' % (acct, svc, T.v.hex(8)), "resource-id"),
           ph=d.N('"REPLACE_ME"', "placeholder")))
    else:
        d = T.doc("%s/.gitlab-ci.yml" % sub)
        d.put("""stages: [build, deploy]
variables:
  IMAGE: {img}
  VAULT_SERVER_URL: https://vault.{dom}
build:
  stage: build
  image: docker:27
  script:
    - echo "{ref}" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY
    - docker build -t $IMAGE .
deploy:
  stage: deploy
  id_tokens:
    VAULT_ID_TOKEN:
      aud: https://vault.{dom}
  secrets:
    DATABASE_PASSWORD:
      vault: {vr}
  script:
    - helm upgrade --install {svc} ./chart --set image.digest={dg}
""".format(img=d.N("$CI_REGISTRY_IMAGE@%s" % T.v.image_digest(), "image-digest"), dom=T.domain,
           ref=d.N("$CI_JOB_TOKEN", "env-reference"), vr=d.N("%s/db/password@secret" % svc, "vault-reference"),
           svc=svc, dg=d.N(T.v.image_digest(), "image-digest")))


# ------------------------------------------------------------------ private keys
def _ind(text, pre):
    return "\n".join(pre + l for l in text.split("\n"))


def _b64(s):
    return base64.b64encode(s.encode()).decode()


def k_openssh(T, sub):
    k = T.pick([T.ed, T.ed, T.rsa, T.ec])()
    kt = {"ssh-ed25519": "ed25519", "ssh-rsa": "rsa", "ecdsa-sha2-nistp256": "ecdsa"}[k.ssh_type]
    who = "%s@%s" % (T.pick(["deploy", "backup", "ansible", "svc-sync"]), T.pick(T.hosts))
    base = "%s/keys/%s/id_%s" % (sub, who.split("@")[0], kt)
    d = T.doc(base)
    d.put(d.S(K.openssh_priv(k, T.kr, who), "private-key-openssh", "pem") + "\n")
    if T.chance(0.7):
        p = T.doc(base + ".pub")
        p.put(p.N(K.openssh_pub(k, who), "ssh-public-key") + "\n")


def k_tls_secret(T, sub):
    k = T.pick([T.rsa, T.ec])()
    cn = "%s.%s" % (T.services[0], T.domain)
    d = T.doc("%s/k8s/%s-tls.yaml" % (sub, T.services[0]))
    keypem = K.pkcs8_pem(k) if T.chance(0.5) else k.trad_pem()
    d.put("""apiVersion: v1
kind: Secret
metadata:
  name: {n}-tls
  namespace: prod
type: kubernetes.io/tls
data:
  tls.crt: {c}
  tls.key: {k}
""".format(n=T.services[0], c=d.N(_b64(T.cert(k, cn)), "certificate-b64"), k=d.S(_b64(keypem), "private-key-b64-pem", "b64-pem")))


def k_yaml_block(T, sub):
    k = T.pick([T.rsa, T.ec, T.ed])()
    keypem = K.pkcs8_pem(k) if k.kty == "OKP" or T.chance(0.5) else k.trad_pem()
    svc = T.pick(T.services)
    ans = T.chance(0.5)
    path = "%s/ansible/group_vars/%s.yml" % (sub, svc.replace("-", "_")) if ans else "%s/%s/mtls.yaml" % (sub, svc)
    d = T.doc(path)
    d.put("""# mTLS material for {svc} ({dt})
{svc_}_client:
  endpoint: https://{svc}.{dom}:8443
  client_cert: {c}
  client_key: {k}
  verify: true
""".format(svc=svc, svc_=svc.replace("-", "_"), dt=T.date(), dom=T.domain,
           c=d.N("|\n" + _ind(T.cert(k, svc), "    "), "certificate"),
           k=d.S("|\n" + _ind(keypem, "    "), "private-key-yaml-block", "pem")))


def k_json_escaped(T, sub):
    k = T.pick([T.rsa, T.ec])()
    pk = K.pkcs8_pem(k).replace("\n", "\\n")
    pub = K.spki_pem(k).replace("\n", "\\n")
    d = T.doc("%s/%s/signing.json" % (sub, T.pick(T.services)))
    d.put("""{{
  "issuer": "https://auth.{dom}",
  "kid": "{kid}",
  "alg": "{alg}",
  "private_key": "{k}",
  "public_key": "{p}",
  "rotate_after_days": 180
}}
""".format(dom=T.domain, kid=T.v.hex(16), alg="RS256" if k.kty == "RSA" else "ES256",
           k=d.S(pk, "private-key-escaped-pem", "escaped-pem"), p=d.N(pub, "public-key")))


def k_jwk(T, sub):
    k = T.pick([T.rsa, T.ec, T.ed])()
    kid = "%s-%s" % (T.slug, T.v.hex(8))
    d = T.doc("%s/auth/jwk-private.json" % sub)
    d.put(d.S(json.dumps(k.jwk(kid), indent=2), "private-key-jwk", "jwk") + "\n")
    p = T.doc("%s/auth/.well-known/jwks.json" % sub)
    p.put("{\n  \"keys\": [\n    %s\n  ]\n}\n" % p.N(json.dumps(k.jwk_pub(kid)), "public-jwks"))


def k_b64_der(T, sub):
    k = T.pick([T.rsa, T.ec, T.ed])()
    svc = T.pick(T.services)
    d = T.doc("%s/%s/src/main/resources/signing.properties" % (sub, svc))
    d.put("""# {svc} token signing
signing.algorithm={alg}
signing.key.id={kid}
signing.private-key={k}
signing.public-key={p}
""".format(svc=svc, alg={"RSA": "RS256", "EC": "ES256", "OKP": "EdDSA"}[k.kty], kid=T.v.hex(12),
           k=d.S(base64.b64encode(k.pkcs8_der()).decode(), "private-key-b64-der", "b64-der"),
           p=d.N(base64.b64encode(k.spki_der()).decode(), "public-key-b64")))


def k_literal(T, sub):
    k = T.pick([T.rsa, T.ec, T.ed])()
    pemk = K.pkcs8_pem(k) if T.chance(0.6) else (k.trad_pem() if k.kty != "OKP" else K.pkcs8_pem(k))
    lang = T.pick(["py", "go", "cs", "js", "rb", "rs"])
    svc = T.pick(T.services).replace("-", "_")
    d = T.doc("%s/%s/%s" % (sub, svc, {"py": "keys.py", "go": "keys.go", "cs": "Keys.cs", "js": "keys.js",
                                        "rb": "keys.rb", "rs": "keys.rs"}[lang]), crlf=lang == "cs")
    cat = "private-key-literal"
    if lang == "py":
        d.put('"""Signing key for %s (temporary, see ticket)."""\n\nSIGNING_KEY = %s\n"""\n\nALGORITHM = "RS256"\n'
              % (svc, d.S('"""' + pemk, cat, "pem")))
    elif lang == "go":
        d.put('package %s\n\n// signingKey is used until the HSM integration lands.\nvar signingKey = []byte(%s\n`)\n'
              % (svc, d.S("`" + pemk, cat, "pem")))
    elif lang == "cs":
        d.put('namespace Ops.%s\n{\n    internal static class Keys\n    {\n        internal const string Signing = %s\n";\n    }\n}\n'
              % (svc.title().replace("_", ""), d.S('@"' + pemk, cat, "pem")))
    elif lang == "js":
        d.put("// signing key for %s webhooks\nconst SIGNING_KEY = %s\n`;\n\nmodule.exports = { SIGNING_KEY };\n"
              % (svc, d.S("`" + pemk, cat, "pem")))
    elif lang == "rb":
        d.put("module %s\n  SIGNING_KEY = %s\n  PEM\nend\n" % (svc.title().replace("_", ""), d.S("<<~PEM\n" + _ind(pemk, "    "), cat, "pem")))
    else:
        d.put('pub const SIGNING_KEY: &str = %s\n"#;\n' % d.S('r#"' + pemk, cat, "pem"))


def k_heredoc(T, sub):
    k = T.pick([T.rsa, T.ec, T.ed])()
    if T.chance(0.5):
        d = T.doc("%s/terraform/bastion.tf" % sub)
        d.put("""resource "local_sensitive_file" "bastion_key" {{
  filename = "${{path.module}}/out/bastion.pem"
  content  = {k}
EOT
}}

resource "aws_key_pair" "bastion" {{
  key_name   = "{s}-bastion"
  public_key = {p}
}}
""".format(k=d.S("<<-EOT\n" + _ind(K.openssh_priv(k, T.kr, "bastion"), "    "), "private-key-heredoc", "pem"), s=T.slug,
           p=d.N('"%s"' % K.openssh_pub(k, "bastion"), "ssh-public-key")))
    else:
        d = T.doc("%s/bootstrap/install-agent.sh" % sub)
        kp = K.openssh_priv(k, T.kr, "agent@" + T.pick(T.hosts))
        d.put("""#!/bin/sh
set -eu
install -d -m 700 /home/agent/.ssh
cat > /home/agent/.ssh/id_agent {k}
EOF
chmod 600 /home/agent/.ssh/id_agent
ssh-keyscan -H git.{dom} >> /home/agent/.ssh/known_hosts
""".format(k=d.S("<<'EOF'\n" + kp, "private-key-heredoc", "pem"), dom=T.domain))


def k_b64_env(T, sub):
    k = T.pick([T.rsa, T.ec])()
    d = T.doc("%s/%s/.env.signing" % (sub, T.pick(T.services)))
    d.put("# base64 -w0 of the PEM\nSIGNING_KEY_ID=%s\nSIGNING_KEY_B64=%s\nSIGNING_CERT_B64=%s\n" % (
        T.v.hex(10), d.S(_b64(K.pkcs8_pem(k)), "private-key-b64-pem", "b64-pem"),
        d.N(_b64(T.cert(k, "signing." + T.domain)), "certificate-b64")))


def k_pem_file(T, sub):
    k = T.pick([T.rsa, T.ec, T.ed])()
    host = T.pick(T.hosts)
    pemk = k.trad_pem() if k.kty != "OKP" and T.chance(0.6) else K.pkcs8_pem(k)
    d = T.doc("%s/pki/%s.key" % (sub, host))
    d.put(d.S(pemk, "private-key-pem", "pem") + "\n")
    if T.chance(0.7):
        c = T.doc("%s/pki/%s.crt" % (sub, host))
        c.put(c.N(T.cert(k, "%s.%s" % (host, T.domain)), "certificate") + "\n")


def k_gcp_sa(T, sub):
    k = T.rsa(2048)
    proj = "%s-%s" % (T.slug, T.v.alnum_lower(6))
    d = T.doc("%s/gcp/%s-sa.json" % (sub, T.pick(T.services)))
    r = d.R("secret", "private-key-gcp-sa")
    d.put("""{{
  "type": "service_account",
  "project_id": "{p}",
  "private_key_id": "{kid}",
  "private_key": "{k}",
  "client_email": "exporter@{p}.iam.gserviceaccount.com",
  "client_id": "{cid}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}}
""".format(p=proj, kid=r.A(T.v.hex(40), None, True), cid=T.v.digits(21),
           k=r.A(K.pkcs8_pem(k).replace("\n", "\\n") + "\\n", "escaped-pem")))


def k_cdata(T, sub):
    k = T.pick([T.rsa, T.ec])()
    d = T.doc("%s/%s/saml-sp.xml" % (sub, T.pick(T.services)), crlf=T.chance(0.5))
    d.put("""<?xml version="1.0" encoding="UTF-8"?>
<ServiceProvider entityId="https://{s}.{dom}/saml">
  <Certificate>{c}</Certificate>
  <PrivateKey>{k}
]]></PrivateKey>
  <AssertionConsumerService>https://{s}.{dom}/saml/acs</AssertionConsumerService>
</ServiceProvider>
""".format(s=T.services[0], dom=T.domain, c=d.N(_b64(T.cert(k, T.domain)), "certificate-b64"),
           k=d.S("<![CDATA[\n" + K.pkcs8_pem(k), "private-key-cdata", "pem")))


def k_kubeconfig(T, sub):
    k = T.ec()
    d = T.doc("%s/kube/%s-admin.kubeconfig" % (sub, T.slug))
    d.put("""apiVersion: v1
kind: Config
clusters:
- name: {s}-prod
  cluster:
    server: https://k8s.{dom}:6443
    certificate-authority-data: {ca}
users:
- name: {s}-admin
  user:
    client-certificate-data: {c}
    client-key-data: {k}
contexts:
- name: {s}-prod
  context:
    cluster: {s}-prod
    user: {s}-admin
current-context: {s}-prod
""".format(s=T.slug, dom=T.domain, ca=d.N(_b64(T.cert(T.ec(), "kubernetes-ca")), "certificate-b64"),
           c=d.N(_b64(T.cert(k, "system:admin")), "certificate-b64"), k=d.S(_b64(k.trad_pem()), "private-key-kubeconfig", "b64-pem")))


def k_jwk_env(T, sub):
    k = T.pick([T.ec, T.ed])()
    d = T.doc("%s/%s/.env.jwt" % (sub, T.pick(T.services)))
    d.put("JWT_ISSUER=https://auth.%s\nJWT_PRIVATE_JWK=%s\n" % (
        T.domain, d.S(json.dumps(k.jwk(T.v.hex(8)), separators=(",", ":")), "private-key-jwk-inline", "jwk")))


WRAPPINGS = [k_openssh, k_tls_secret, k_yaml_block, k_json_escaped, k_jwk, k_b64_der, k_literal, k_heredoc,
             k_b64_env, k_pem_file, k_gcp_sa, k_cdata, k_kubeconfig, k_jwk_env]


def keys(T, sub):
    ws = [k_openssh, k_pem_file] + T.sample(WRAPPINGS[1:9] + WRAPPINGS[10:], T.pick([5, 6, 6, 7]))
    for w in ws:
        w(T, sub)
