"""The second layer, run for every theme: integrations files and twins, manifest, private keys in varied
wrappings, legacy ops files, host directories, startup log, scanner-regression fixtures, ID inventory, hash
file, i18n files and second-layer free text."""
import base64
import json

import keys12 as K
from vals12 import AWS_EXAMPLE_ID, AWS_EXAMPLE_SECRET, JWT_IO, STRIPE_DOC_TEST
from themes.common import (SYN, GENERIC_CAT, GENERIC_KEYS, generic_value, keyname, prefix_placeholder, reference,
                           twin_suffix)
from themes import prose

L2_DIRS = ["platform", "infra", "shared", "it-ops", "devops", "integration", "ops-config", "sysadmin", "backoffice-it",
           "systems"]


def run(ctx, syntaxes):
    v = ctx.v
    ctx.l2 = v.choice(L2_DIRS)
    integrations(ctx, syntaxes[0], 8 + v.randint(0, 1), True, 2)
    integrations(ctx, syntaxes[1], 6 + v.randint(0, 1), v.chance(0.5), 1)
    manifest(ctx)
    keys(ctx)
    legacy(ctx)
    hostdirs(ctx)
    startup_log(ctx)
    fixtures(ctx)
    if v.chance(0.45):
        id_inventory(ctx)
    hash_file(ctx)
    i18n(ctx)
    text_l2(ctx)


# ---------------------------------------------------------------------------------- integrations
def integrations(ctx, synname, nprov, with_pair, ngen):
    v, syn = ctx.v, SYN[synname]
    items = []                                   # (key, value, cat, group) or ("PAIR", ...)
    for _ in range(nprov):
        cat, setting, val = ctx.prov(avoid=syn.avoid + ('"\\' if syn.q is not None else ""))
        items.append((setting, val, cat, "provider"))
    gens = v.sample(GENERIC_KEYS, ngen)
    for g in gens:
        val = generic_value(g, ctx)
        while any(c in val for c in syn.avoid):
            val = generic_value(g, ctx)
        items.insert(v.randint(0, len(items)), (g, val, GENERIC_CAT[g], "generic"))
    pair = None
    if with_pair and ctx.pairs:
        pair = ctx.pair()
        if any(c in pair[2] + pair[4] for c in syn.avoid):
            pair = None
    base = "%s/%s" % (ctx.l2, syn.fname)
    if ctx.corpus_has(base):
        base = "%s/%s" % (ctx.l2, syn.fname.replace("integrations", "vendors", 1) if "integrations" in syn.fname else "alt-" + syn.fname)
    cm = syn.comment
    for twin in (False, True):
        path = base + (twin_suffix(v) if twin else "")
        d = ctx.corpus.doc("%s/%s" % (ctx.name, path), crlf=syn.crlf)
        lines = []
        if cm:
            lines.append("%s %s — third-party integrations for %s%s" % (
                cm, "TEMPLATE: copy and fill in at deploy time" if twin else "managed by ops, do not commit", ctx.org,
                "" if twin else " (" + ctx.base_day + ")"))
        if twin and cm and v.chance(0.4):
            lines.append("%s local dev: postgres://%s:%s@localhost:5432/%s_dev" % (cm, ctx.short, ctx.short, ctx.short))
        for j, (k, val, cat, grp) in enumerate(items):
            key = keyname(k, syn.style)
            if twin:
                lines.append(_twin_line(d, ctx, syn, k, key, val))
            else:
                mk = (d.P if grp == "provider" else d.S)(syn.esc(val), cat)
                lines.append(syn.kv(key, syn.q(mk)))
            if pair and j == len(items) // 2:
                pcat, idn, idv, secn, secv = pair
                if twin:
                    lines.append(_twin_line(d, ctx, syn, idn, keyname(idn, syn.style), idv, ident=True))
                    lines.append(_twin_line(d, ctx, syn, secn, keyname(secn, syn.style), secv))
                else:
                    r = d.R(pcat)
                    lines.append(r.B + syn.kv(keyname(idn, syn.style), syn.q(r.A(idv, ident=True))))
                    lines.append(syn.kv(keyname(secn, syn.style), syn.q(r.A(syn.esc(secv)))) + r.E)
        body = syn.head + "\n".join(lines) + "\n" + syn.foot
        if syn.name == "json":
            body = body.replace(",\n  \"_schema\"", ",\n  \"_schema\"")
        d.write(body)


def _twin_line(d, ctx, syn, k, key, val, ident=False):
    v = ctx.v
    roll = v.randint(0, 9)
    if ident:
        return syn.kv(key, syn.q(d.N(prefix_placeholder(val, v) if roll < 5 else "<%s>" % k.lower(), "placeholder")))
    if roll <= 2:
        ph = prefix_placeholder(val, v)
        if any(c in ph for c in syn.avoid):
            ph = "REPLACE_ME"
        return syn.kv(key, syn.q(d.N(ph, "placeholder")))
    if roll == 3:
        return syn.kv(key, syn.q(""))
    text, cat, quoted = reference(k, syn, v, ctx.short)
    if quoted:
        return syn.kv(key, syn.q(d.N(syn.esc(text), cat)))
    return syn.kv(key, d.N(text, cat))


# ---------------------------------------------------------------------------------- manifest
def manifest(ctx):
    v, o = ctx.v, ctx.short
    kind = v.choice(["k8s", "gha", "terraform", "gitlab", "argocd", "nomad", "bitbucket", "circleci", "tekton", "azure-pipelines"])
    dig = "sha256:" + v.hx(64)
    sha = v.hx(40)
    acct = "%012d" % v.randint(10 ** 11, 10 ** 12 - 1)
    arn = "arn:aws:secretsmanager:us-east-2:%s:secret:%s/connector-%s" % (acct, o, v.an(6))
    sub = v.uuid()
    kvid = "/subscriptions/%s/resourceGroups/rg-%s-prod/providers/Microsoft.KeyVault/vaults/kv-%s" % (sub, o, o)
    if kind == "k8s":
        d = ctx.corpus.doc("%s/%s/deploy/connector-deployment.yaml" % (ctx.name, ctx.l2))
        d.write(f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: connector
  namespace: {o}
  annotations:
    git.commit: "{d.N(sha, 'git-sha')}"
    iam.amazonaws.com/role: "{d.N('arn:aws:iam::%s:role/%s-connector' % (acct, o), 'resource-id')}"
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: connector
          image: registry.{ctx.dom}/connector@{d.N(dig, 'image-digest')}
          env:
            - name: TENANT_ID
              value: "{d.N(v.uuid(), 'uuid')}"
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {{name: connector-db, key: url}}
            - name: VENDOR_TOKEN_ARN
              value: "{d.N(arn, 'resource-id')}"
            - name: DB_PASSWORD
              value: "{d.N('{{ .Values.db.password }}', 'template-reference')}"
""")
    elif kind == "gha":
        d = ctx.corpus.doc("%s/.github/workflows/deploy-connector.yml" % ctx.name)
        d.write(f"""name: deploy-connector
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-24.04
    environment: production
    steps:
      - uses: actions/checkout@{d.N(v.hx(40), 'git-sha')}
      - uses: aws-actions/configure-aws-credentials@{d.N(v.hx(40), 'git-sha')}
        with:
          role-to-assume: {d.N('arn:aws:iam::%s:role/gha-%s-deploy' % (acct, o), 'resource-id')}
          aws-region: us-east-2
      - name: Deploy
        env:
          VENDOR_API_KEY: {d.N('${{ secrets.VENDOR_API_KEY }}', 'ci-reference')}
          DB_PASSWORD: {d.N('${{ secrets.DB_PASSWORD }}', 'ci-reference')}
          IMAGE: ghcr.io/{o}/connector@{d.N(dig, 'image-digest')}
        run: ./deploy.sh "$IMAGE"
""")
    elif kind == "terraform":
        d = ctx.corpus.doc("%s/%s/terraform/secrets.tf" % (ctx.name, ctx.l2))
        d.write(f"""data "aws_secretsmanager_secret_version" "connector" {{
  secret_id = "{d.N(arn, 'resource-id')}"
}}

data "azurerm_key_vault" "ops" {{
  name                = "kv-{o}"
  resource_group_name = "rg-{o}-prod"
}}

locals {{
  key_vault_id = "{d.N(kvid, 'resource-id')}"
  tenant_id    = "{d.N(v.uuid(), 'uuid')}"
}}

resource "aws_ssm_parameter" "db_password" {{
  name  = "/{o}/prod/db_password"
  type  = "SecureString"
  value = {d.N('var.db_password', 'template-reference')}
}}
""")
    elif kind == "gitlab":
        d = ctx.corpus.doc("%s/.gitlab-ci.yml" % ctx.name)
        d.write(f"""stages: [build, deploy]
variables:
  IMAGE_DIGEST: "{d.N(dig, 'image-digest')}"
build:
  stage: build
  script:
    - echo "{d.N('$CI_JOB_TOKEN', 'ci-reference')}" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
deploy:
  stage: deploy
  secrets:
    DB_PASSWORD:
      vault: {d.N('%s/prod/db/password@kv' % o, 'vault-reference')}
  script:
    - ./deploy.sh --commit {d.N(sha, 'git-sha')}
""")
    elif kind == "argocd":
        d = ctx.corpus.doc("%s/%s/argocd/connector-app.yaml" % (ctx.name, ctx.l2))
        d.write(f"""apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: connector
  namespace: argocd
spec:
  source:
    repoURL: https://git.{ctx.dom}/ops/deploy.git
    targetRevision: {d.N(sha, 'git-sha')}
    helm:
      parameters:
        - name: image.digest
          value: {d.N(dig, 'image-digest')}
        - name: db.passwordRef
          value: {d.N('vault:secret/data/%s/connector#db_password' % o, 'vault-reference')}
  destination:
    server: https://kubernetes.default.svc
    namespace: {o}
""")
    elif kind == "nomad":
        d = ctx.corpus.doc("%s/%s/nomad/connector.nomad.hcl" % (ctx.name, ctx.l2))
        d.write(f"""job "connector" {{
  datacenters = ["{o}-dc1"]
  group "app" {{
    task "connector" {{
      driver = "docker"
      config {{
        image = "registry.{ctx.dom}/connector@{d.N(dig, 'image-digest')}"
      }}
      vault {{
        policies = ["connector"]
      }}
      template {{
        destination = "secrets/app.env"
        env         = true
        data        = <<EOT
DB_PASSWORD={d.N('{{ with secret "kv/data/%s/connector" }}{{ .Data.data.db_password }}{{ end }}' % o, 'vault-reference')}
EOT
      }}
      meta {{
        commit = "{d.N(sha, 'git-sha')}"
      }}
    }}
  }}
}}
""")
    elif kind == "bitbucket":
        d = ctx.corpus.doc("%s/bitbucket-pipelines.yml" % ctx.name)
        d.write(f"""image: atlassian/default-image:4
pipelines:
  branches:
    main:
      - step:
          name: Deploy
          deployment: production
          script:
            - pipe: atlassian/aws-ecs-deploy:1.12.1
              variables:
                AWS_OIDC_ROLE_ARN: "{d.N('arn:aws:iam::%s:role/bb-%s' % (acct, o), 'resource-id')}"
                DB_PASSWORD: {d.N('$DB_PASSWORD', 'ci-reference')}
            - echo "deployed {d.N(sha, 'git-sha')}"
""")
    elif kind == "circleci":
        d = ctx.corpus.doc("%s/.circleci/config.yml" % ctx.name)
        d.write(f"""version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/base@{d.N(dig, 'image-digest')}
    steps:
      - checkout
      - run:
          name: deploy
          command: ./deploy.sh
          environment:
            VENDOR_KEY_REF: {d.N('op://%s-ops/vendor/credential' % o, 'secret-reference')}
            TENANT: {d.N(v.uuid(), 'uuid')}
workflows:
  main:
    jobs: [{{deploy: {{context: {o}-prod}}}}]
""")
    elif kind == "tekton":
        d = ctx.corpus.doc("%s/%s/tekton/deploy-pipelinerun.yaml" % (ctx.name, ctx.l2))
        d.write(f"""apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  generateName: connector-deploy-
spec:
  pipelineRef:
    name: deploy
  params:
    - name: revision
      value: {d.N(sha, 'git-sha')}
    - name: image
      value: registry.{ctx.dom}/connector@{d.N(dig, 'image-digest')}
  workspaces:
    - name: creds
      secret:
        secretName: connector-creds
  taskRunTemplate:
    serviceAccountName: deployer
    podTemplate:
      env:
        - name: SUBSCRIPTION
          value: "{d.N(sub, 'uuid')}"
""")
    else:
        d = ctx.corpus.doc("%s/azure-pipelines.yml" % ctx.name)
        d.write(f"""trigger:
  branches:
    include: [main]
variables:
  - group: {o}-prod-secrets
  - name: keyVaultId
    value: {d.N(kvid, 'resource-id')}
steps:
  - task: AzureKeyVault@2
    inputs:
      azureSubscription: {o}-prod
      KeyVaultName: kv-{o}
      SecretsFilter: 'db-password,vendor-key'
  - script: ./deploy.sh --db-password "{d.N('$(db-password)', 'ci-reference')}"
    displayName: deploy {d.N(sha, 'git-sha')}
""")


# ---------------------------------------------------------------------------------- keys
def _newkey(ctx, kinds=("rsa", "rsa1024", "ec", "ec", "ed", "ed", "rsa")):
    k = ctx.v.choice(kinds)
    r = ctx.v.r
    if k == "rsa":
        return K.RSAKey(r, 2048)
    if k == "rsa1024":
        return K.RSAKey(r, 1024)
    if k == "ec":
        return K.ECKey(r)
    return K.EdKey(r)


KCAT = {"rsa": "private-key-rsa", "ec": "private-key-ec", "ed25519": "private-key-ed25519"}


def _priv_pem(key, v):
    if key.kind == "rsa":
        return key.pem_private(v.choice(["pkcs1", "pkcs8"]))
    if key.kind == "ec":
        return key.pem_private(v.choice(["sec1", "pkcs8"]))
    return key.pem_private()


def _cert(ctx, key, cn):
    if not hasattr(ctx, "ca"):
        ctx.ca = K.ECKey(ctx.v.r)
    der, _, _ = K.certificate(key, cn, ctx.org, ctx.ca, "%s Internal CA" % ctx.org, ctx.v.r)
    return der


def _indent(text, n):
    return "\n".join(" " * n + l for l in text.split("\n"))


def keys(ctx):
    v, o, base = ctx.v, ctx.short, ctx.l2
    cdoc = lambda p, crlf=False: ctx.corpus.doc("%s/%s/%s" % (ctx.name, base, p), crlf=crlf)
    # always: an OpenSSH key (+ .pub) and a standalone PEM (+ certificate)
    key = _newkey(ctx, ("ed", "ed", "rsa", "ec"))
    who = v.choice(["deploy", "backup", "sftp-drop", "ansible", "git-mirror"])
    d = cdoc("keys/id_%s_%s" % ({"rsa": "rsa", "ec": "ecdsa", "ed25519": "ed25519"}[key.kind], who))
    d.write(d.K(K.openssh_private(key, "%s@%s" % (who, ctx.dom), v.r), "private-key-openssh") + "\n")
    if v.chance(0.7):
        d = cdoc("keys/id_%s_%s.pub" % ({"rsa": "rsa", "ec": "ecdsa", "ed25519": "ed25519"}[key.kind], who))
        d.write(d.N(K.openssh_public(key, "%s@%s" % (who, ctx.dom)), "ssh-public-key") + "\n")
    key = _newkey(ctx)
    cn = "%s.%s" % (v.choice(["portal", "api", "vpn", "gateway", "intranet"]), ctx.dom)
    d = cdoc("tls/%s.key" % cn)
    d.write(d.K(_priv_pem(key, v), KCAT[key.kind]) + "\n")
    if v.chance(0.7):
        d = cdoc("tls/%s.crt" % cn)
        d.write(d.N(K.pem("CERTIFICATE", _cert(ctx, key, cn)), "certificate") + "\n")
    wraps = v.sample(list(WRAPS), 7 if v.chance(0.5) else 6)
    for w in wraps:
        WRAPS[w](ctx, cdoc)


def w_k8s_tls(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("rsa", "ec", "ec"))
    cn = "hooks.%s" % ctx.dom
    d = cdoc("k8s/%s-tls.yaml" % ctx.short)
    r = d.R(KCAT[key.kind])
    d.write(f"""apiVersion: v1
kind: Secret
metadata:
  name: {ctx.short}-hooks-tls
type: kubernetes.io/tls
stringData:
  tls.crt: |
{d.N(_indent(K.pem('CERTIFICATE', _cert(ctx, key, cn)), 4), 'certificate')}
  {r.B}tls.key: |
{r.A(_indent(_priv_pem(key, v), 4))}{r.E}
""")


def w_ansible(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("rsa", "ec", "ed"))
    cn = "mgmt.%s" % ctx.dom
    d = cdoc("ansible/group_vars/%s_web.yml" % ctx.short)
    r = d.R(KCAT[key.kind])
    d.write(f"""---
nginx_server_name: {cn}
nginx_tls_certificate: |
{d.N(_indent(K.pem('CERTIFICATE', _cert(ctx, key, cn)), 2), 'certificate')}
{r.B}nginx_tls_private_key: |
{r.A(_indent(_priv_pem(key, v), 2))}{r.E}
nginx_db_password: "{d.N('{{ vault_nginx_db_password }}', 'template-reference')}"
""")


def w_tfstate(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("rsa", "ec", "ed"))
    alg = {"rsa": "RSA", "ec": "ECDSA", "ed25519": "ED25519"}[key.kind]
    d = cdoc("terraform/terraform.tfstate.backup")
    esc = lambda s: s.replace("\n", "\\n") + "\\n"
    priv = key.pem_private("pkcs1" if key.kind == "rsa" else ("sec1" if key.kind == "ec" else "pkcs8"))
    d.write(f"""{{
  "version": 4,
  "terraform_version": "1.9.5",
  "serial": {v.randint(10, 300)},
  "lineage": "{d.N(v.uuid(), 'uuid')}",
  "resources": [
    {{
      "mode": "managed",
      "type": "tls_private_key",
      "name": "bastion",
      "instances": [
        {{
          "attributes": {{
            "algorithm": "{alg}",
            "id": "{d.N(v.sha1(), 'digest')}",
            "private_key_pem": "{d.K(esc(priv), KCAT[key.kind], check='pem-esc')}",
            "public_key_fingerprint_sha256": "{d.N(K.ssh_fingerprint(key), 'fingerprint')}",
            "public_key_pem": "{d.N(esc(key.pem_public()), 'public-key')}"
          }}
        }}
      ]
    }}
  ]
}}
""")


def w_vault_pki(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("rsa", "ec"))
    cn = "mq.%s" % ctx.dom
    esc = lambda s: s.replace("\n", "\\n")
    d = cdoc("pki/issue-%s.json" % cn)
    d.write(f"""{{
  "request_id": "{d.N(v.uuid(), 'uuid')}",
  "lease_duration": 0,
  "data": {{
    "certificate": "{d.N(esc(K.pem('CERTIFICATE', _cert(ctx, key, cn))), 'certificate')}",
    "private_key": "{d.K(esc(_priv_pem(key, v)), KCAT[key.kind], check='pem-esc')}",
    "private_key_type": "{'rsa' if key.kind == 'rsa' else 'ec'}",
    "serial_number": "{':'.join(v.hx(2) for _ in range(16))}"
  }}
}}
""")


def w_jwk(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("rsa", "ec", "ed"))
    kid = v.hx(16)
    d = cdoc("oidc/signing-key.jwk.json")
    d.write(d.K(json.dumps(key.jwk(kid), indent=2), "private-key-jwk", check="jwk") + "\n")
    d = cdoc("oidc/jwks.json")
    d.write(d.N(json.dumps({"keys": [key.jwk(kid, private=False)]}, indent=2), "public-jwks") + "\n")


def w_b64der(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("rsa", "ec", "ed"))
    d = cdoc("signing/token-signer.properties")
    d.write(f"""# token signer for the partner API (PKCS#8 DER, base64)
signer.algorithm={'RS256' if key.kind == 'rsa' else ('ES256' if key.kind == 'ec' else 'EdDSA')}
signer.key.id={v.hx(12)}
signer.private.key={d.K(base64.b64encode(key.pkcs8()).decode(), 'private-key-b64', check='b64der')}
signer.public.key={d.N(base64.b64encode(key.spki()).decode(), 'public-key-b64')}
""")


def w_heredoc_code(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("rsa", "ec", "ed"))
    pem = _priv_pem(key, v)
    lang = v.choice(["python", "go", "js", "ruby", "rust", "java", "php", "csharp"])
    d = cdoc({"python": "tools/sign_manifest.py", "go": "tools/signer/key.go", "js": "tools/sign.js", "ruby": "tools/signer.rb",
              "rust": "tools/signer/src/key.rs", "java": "tools/Signer.java", "php": "tools/signer.php", "csharp": "tools/Signer.cs"}[lang],
             crlf=lang == "csharp")
    r = d.R(KCAT[key.kind])
    if lang == "python":
        body = f'# TODO move to the HSM\n{r.B}SIGNING_KEY = """{r.A(pem)}\n"""{r.E}\n\n\ndef sign(payload):\n    return _sign(SIGNING_KEY, payload)\n'
    elif lang == "go":
        body = f'package signer\n\n{r.B}const signingKey = `{r.A(pem)}\n`{r.E}\n'
    elif lang == "js":
        body = f'// temporary until KMS lands\n{r.B}const SIGNING_KEY = `{r.A(pem)}\n`;{r.E}\nmodule.exports = {{ SIGNING_KEY }};\n'
    elif lang == "ruby":
        body = f'module Signer\n  {r.B}KEY = <<~PEM\n{r.A(_indent(pem, 4))}\n  PEM{r.E}\nend\n'
    elif lang == "rust":
        body = f'{r.B}pub const SIGNING_KEY: &str = r#"{r.A(pem)}\n"#;{r.E}\n'
    elif lang == "java":
        body = f'public final class Signer {{\n    {r.B}static final String KEY = """\n{r.A(_indent(pem, 8))}\n        """;{r.E}\n}}\n'
    elif lang == "php":
        body = f"<?php\n{r.B}$signingKey = <<<'PEM'\n{r.A(pem)}\nPEM;{r.E}\n"
    else:
        body = f'namespace Tools\n{{\n    static class Signer\n    {{\n        {r.B}internal const string Key = @"{r.A(pem)}\n";{r.E}\n    }}\n}}\n'
    d.write(body)


def w_shell_heredoc(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("ed", "ec", "rsa1024"))
    if v.chance(0.5):
        d = cdoc("bootstrap/install-deploy-key.sh")
        r = d.R("private-key-openssh")
        d.write(f"""#!/bin/sh
set -eu
install -d -m 700 /home/deploy/.ssh
{r.B}cat > /home/deploy/.ssh/id_deploy <<'EOF'
{r.A(K.openssh_private(key, 'deploy@' + ctx.dom, v.r))}
EOF{r.E}
chmod 600 /home/deploy/.ssh/id_deploy
""")
    else:
        d = cdoc("terraform/bastion-userdata.tf")
        r = d.R("private-key-openssh")
        d.write(f"""resource "aws_instance" "bastion" {{
  ami           = "ami-{v.hx(17)}"
  instance_type = "t3.small"
  {r.B}user_data     = <<-EOT
    #!/bin/bash
    cat > /root/.ssh/id_mirror <<'KEY'
{r.A(_indent(K.openssh_private(key, 'mirror@' + ctx.dom, v.r), 4))}
    KEY
  EOT{r.E}
}}
""")


def w_saml_env(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("rsa",))
    d = cdoc("sso/saml.env")
    d.write(f"""SAML_ENTITY_ID=https://sso.{ctx.dom}/saml/metadata
SAML_SP_CERT_B64={d.N(base64.b64encode(K.pem('CERTIFICATE', _cert(ctx, key, 'sso.' + ctx.dom)).encode()).decode(), 'certificate-b64')}
SAML_SP_KEY_B64={d.K(base64.b64encode((key.pem_private('pkcs8') + chr(10)).encode()).decode(), 'private-key-b64', check='b64pem')}
""")


def w_gcp(ctx, cdoc):
    v = ctx.v
    key = K.RSAKey(v.r, 2048)
    d = cdoc("gcp/%s-exporter-sa.json" % ctx.short)
    proj = "%s-ops-%d" % (ctx.short, v.randint(100000, 999999))
    r = d.R("private-key-gcp-service-account")
    esc = key.pem_private("pkcs8").replace("\n", "\\n") + "\\n"
    d.write(f"""{{
  "type": "service_account",
  "project_id": "{proj}",
  {r.B}"private_key_id": "{r.A(v.hx(40), ident=True)}",
  "private_key": "{r.A(esc, check='pem-esc')}",{r.E}
  "client_email": "exporter@{proj}.iam.gserviceaccount.com",
  "client_id": "{d.N(str(v.randint(10 ** 20, 10 ** 21 - 1)), 'oauth-client-id')}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}}
""")


def w_saml_xml(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("rsa",))
    d = cdoc("sso/sp-signing.xml")
    r = d.R("private-key-rsa")
    d.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<sp:Config xmlns:sp="urn:{ctx.short}:sso">
  <sp:EntityId>https://intranet.{ctx.dom}/shibboleth</sp:EntityId>
  <sp:Certificate><![CDATA[{d.N(K.pem('CERTIFICATE', _cert(ctx, key, 'intranet.' + ctx.dom)), 'certificate')}]]></sp:Certificate>
  {r.B}<sp:PrivateKey><![CDATA[{r.A(key.pem_private('pkcs8'))}]]></sp:PrivateKey>{r.E}
</sp:Config>
""")


def w_kubeconfig(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("ec", "rsa"))
    d = cdoc("k8s/kubeconfig-ops-admin")
    d.write(f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {d.N(base64.b64encode(K.pem('CERTIFICATE', _cert(ctx, ctx.ca if hasattr(ctx, 'ca') else key, 'k8s-ca.' + ctx.dom)).encode()).decode(), 'certificate-b64')}
    server: https://k8s.{ctx.dom}:6443
  name: {ctx.short}-prod
users:
- name: ops-admin
  user:
    client-key-data: {d.K(base64.b64encode((_priv_pem(key, v) + chr(10)).encode()).decode(), 'private-key-b64', check='b64pem')}
contexts:
- context: {{cluster: {ctx.short}-prod, user: ops-admin}}
  name: prod
current-context: prod
""")


def w_jwk_env(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("ec", "ed"))
    d = cdoc("auth/.env.signing")
    d.write(f"""# issuer for the partner portal
ISSUER=https://auth.{ctx.dom}
JWT_PRIVATE_JWK={d.K(json.dumps(key.jwk(v.hx(8)), separators=(',', ':')), 'private-key-jwk', check='jwk')}
JWT_ALG={'ES256' if key.kind == 'ec' else 'EdDSA'}
""")


def w_rsakv(ctx, cdoc):
    v = ctx.v
    key = K.RSAKey(v.r, 1024 if v.chance(0.5) else 2048)
    d = cdoc("legacy/licence-signing.xml", crlf=True)
    d.write(d.K(key.rsakeyvalue(), "private-key-rsakeyvalue", check="rsakv") + "\n")


def w_haproxy(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("rsa", "ec"))
    cn = "lb.%s" % ctx.dom
    d = cdoc("haproxy/certs/%s.pem" % cn)
    d.write(d.N(K.pem("CERTIFICATE", _cert(ctx, key, cn)), "certificate") + "\n" + d.K(_priv_pem(key, v), KCAT[key.kind]) + "\n")


def w_jenkins(ctx, cdoc):
    v = ctx.v
    key = _newkey(ctx, ("ed", "rsa"))
    d = cdoc("jenkins/credentials.xml")
    r = d.R("private-key-openssh")
    d.write(f"""<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
        <id>{d.N(v.uuid(), 'uuid')}</id>
        <username>git</username>
        <privateKeySource class="com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource">
          {r.B}<privateKey>{r.A(K.openssh_private(key, 'jenkins@' + ctx.dom, v.r))}</privateKey>{r.E}
        </privateKeySource>
      </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""")


def w_ghapp(ctx, cdoc):
    v = ctx.v
    key = K.RSAKey(v.r, 2048)
    d = cdoc("github-app/.env")
    d.write(f"""GITHUB_APP_ID={v.randint(100000, 999999)}
GITHUB_APP_PRIVATE_KEY="{d.K(key.pem_private('pkcs1').replace(chr(10), chr(92) + 'n'), 'private-key-rsa', check='pem-esc')}"
GITHUB_WEBHOOK_SECRET={d.S(v.hx(40), 'github-webhook-secret')}
""")


def w_putty(ctx, cdoc):
    """PuTTY-style wrapping is not used (needs a MAC); instead a Helm values file with the PEM under a key."""
    v = ctx.v
    key = _newkey(ctx, ("ec", "rsa", "ed"))
    d = cdoc("helm/sftp-gateway-values.yaml")
    r = d.R(KCAT[key.kind])
    d.write(f"""sftp:
  hostKeys:
    {r.B}ed25519: |
{r.A(_indent(_priv_pem(key, v), 6))}{r.E}
  users:
    - name: partner
      passwordRef: {d.N('vault:secret/data/%s/sftp#partner' % ctx.short, 'vault-reference')}
""")


WRAPS = {"k8s_tls": w_k8s_tls, "ansible": w_ansible, "tfstate": w_tfstate, "vault_pki": w_vault_pki, "jwk": w_jwk,
         "b64der": w_b64der, "heredoc_code": w_heredoc_code, "shell_heredoc": w_shell_heredoc, "saml_env": w_saml_env,
         "gcp": w_gcp, "saml_xml": w_saml_xml, "kubeconfig": w_kubeconfig, "jwk_env": w_jwk_env, "rsakv": w_rsakv,
         "haproxy": w_haproxy, "jenkins": w_jenkins, "ghapp": w_ghapp, "helm_hostkey": w_putty}


# ---------------------------------------------------------------------------------- legacy ops files
def legacy(ctx):
    v = ctx.v
    for name in v.sample(list(LEGACY), v.choice([2, 3])):
        LEGACY[name](ctx)


def _ldoc(ctx, p, crlf=False):
    return ctx.corpus.doc("%s/%s/legacy/%s" % (ctx.name, ctx.l2, p), crlf=crlf)


def lg_fetchmail(ctx):
    v = ctx.v
    d = _ldoc(ctx, "fetchmailrc")
    d.write(f"""set daemon 300
set logfile /var/log/fetchmail.log
poll imap.{ctx.dom} protocol IMAP
  user "scans@{ctx.dom}" there with password "{d.S(v.pw(), 'fetchmail-password')}" is "scans" here
  ssl sslcertck
""")


def lg_msmtp(ctx):
    v = ctx.v
    d = _ldoc(ctx, "msmtprc")
    d.write(f"""defaults
auth on
tls on
account relay
host smtp.{ctx.dom}
port 587
from alerts@{ctx.dom}
user alerts@{ctx.dom}
password {d.S(v.pw('urisafe'), 'msmtp-password')}
account default : relay
""")


def lg_offlineimap(ctx):
    v = ctx.v
    d = _ldoc(ctx, "offlineimaprc")
    d.write(f"""[general]
accounts = Archive

[Account Archive]
localrepository = Local
remoterepository = Remote

[Repository Remote]
type = IMAP
remotehost = mail.{ctx.dom}
remoteuser = archive
remotepass = {d.S(v.pw(), 'offlineimap-password')}
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
""")


def lg_mbsync(ctx):
    v = ctx.v
    d = _ldoc(ctx, "mbsyncrc")
    d.write(f"""IMAPAccount ops
Host outlook.office365.com
User ops@{ctx.dom}
Pass {d.S(v.pw('urisafe'), 'mbsync-password')}
SSLType IMAPS

IMAPStore ops-remote
Account ops
""")


def lg_wpa(ctx):
    v = ctx.v
    d = _ldoc(ctx, "wpa_supplicant.conf")
    d.write(f"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={{
    ssid="{ctx.short.upper()}-OPS"
    psk="{d.S(v.pw('phrase'), 'wifi-psk')}"
    key_mgmt=WPA-PSK
}}
""")


def lg_openvpn(ctx):
    v = ctx.v
    d = _ldoc(ctx, "openvpn/auth.txt")
    d.write(f"svc-vpn-{ctx.short}\n{d.S(v.pw(), 'openvpn-auth-password')}\n")


def lg_davfs(ctx):
    v = ctx.v
    d = _ldoc(ctx, "davfs2/secrets")
    d.write(f"""# davfs2 secrets file
https://files.{ctx.dom}/remote.php/dav/files/scanner scanner {d.S(v.pw('urisafe'), 'webdav-password')}
""")


def lg_cifs(ctx):
    v = ctx.v
    d = _ldoc(ctx, "cifs-credentials")
    d.write(f"username=svc_scan\npassword={d.S(v.pw(), 'smb-password')}\ndomain={ctx.short.upper()}\n")


def lg_s3cfg(ctx):
    v = ctx.v
    d = _ldoc(ctx, ".s3cfg")
    r = d.R("aws-access-key")
    d.write(f"""[default]
{r.B}access_key = {r.A('AKIA' + v.s(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), ident=True)}
secret_key = {r.A(v.b64(30))}{r.E}
host_base = s3.amazonaws.com
use_https = True
""")


def lg_boto(ctx):
    v = ctx.v
    d = _ldoc(ctx, ".boto")
    r = d.R("gcs-hmac-key")
    d.write(f"""[Credentials]
{r.B}gs_access_key_id = {r.A('GOOG1E' + v.s(55, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), ident=True)}
gs_secret_access_key = {r.A(v.b64(30))}{r.E}

[Boto]
https_validate_certificates = True
""")


def lg_pgpass(ctx):
    v = ctx.v
    d = _ldoc(ctx, ".pgpass")
    d.write(f"db-report.{ctx.dom}:5432:reporting:report_ro:{d.S(v.pw('urisafe'), 'pgpass-password')}\n")


def lg_mycnf(ctx):
    v = ctx.v
    d = _ldoc(ctx, ".my.cnf")
    d.write(f"[client]\nuser=backup\npassword=\"{d.S(v.pw(), 'mysql-client-password')}\"\nhost=db-legacy.{ctx.dom}\n")


def lg_sssd(ctx):
    v = ctx.v
    d = _ldoc(ctx, "sssd.conf")
    d.write(f"""[sssd]
services = nss, pam
domains = {ctx.dom}

[domain/{ctx.dom}]
id_provider = ldap
ldap_uri = ldaps://ldap.{ctx.dom}
ldap_default_bind_dn = cn=sssd,ou=svc,dc={ctx.short},dc=local
ldap_default_authtok_type = password
ldap_default_authtok = {d.S(v.pw(), 'ldap-bind-password')}
""")


def lg_keepalived(ctx):
    v = ctx.v
    d = _ldoc(ctx, "keepalived.conf")
    d.write(f"""vrrp_instance VI_1 {{
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 150
    authentication {{
        auth_type PASS
        auth_pass {d.S(v.an(8), 'vrrp-auth-pass')}
    }}
    virtual_ipaddress {{
        10.40.0.10/24
    }}
}}
""")


def lg_wgetrc(ctx):
    v = ctx.v
    d = _ldoc(ctx, ".wgetrc")
    d.write(f"user = mirror\npassword = {d.S(v.pw('urisafe'), 'wget-password')}\ntries = 3\n")


def lg_curlrc(ctx):
    v = ctx.v
    d = _ldoc(ctx, ".curlrc")
    d.write(f"silent\nshow-error\nuser = \"reports:{d.S(v.pw('urisafe'), 'curlrc-password')}\"\n")


def lg_haproxy_users(ctx):
    v = ctx.v
    d = _ldoc(ctx, "haproxy-stats.cfg")
    d.write(f"""userlist stats_users
    user ops password {d.N(v.sha512crypt(), 'password-hash')}
    user noc insecure-password {d.S(v.pw('urisafe'), 'haproxy-userlist-password')}

listen stats
    bind :8404
    stats enable
    acl auth_ok http_auth(stats_users)
""")


def lg_redis(ctx):
    v = ctx.v
    d = _ldoc(ctx, "redis.conf")
    d.write(f"""bind 10.40.0.21
port 6379
requirepass {d.S(v.an(32), 'redis-requirepass')}
maxmemory 2gb
maxmemory-policy allkeys-lru
""")


def lg_chrony(ctx):
    v = ctx.v
    d = _ldoc(ctx, "chrony.keys")
    d.write(f"# chronyd symmetric keys\n1 SHA256 HEX:{d.S(v.HX(64), 'ntp-symmetric-key')}\n")


def lg_rndc(ctx):
    v = ctx.v
    d = _ldoc(ctx, "rndc.key")
    d.write(f"""key "rndc-key" {{
\talgorithm hmac-sha256;
\tsecret "{d.S(v.b64(32), 'tsig-secret')}";
}};
""")


def lg_exim(ctx):
    v = ctx.v
    d = _ldoc(ctx, "passwd.client")
    d.write(f"# exim smarthost credentials\nsmtp.{ctx.dom}:relay@{ctx.dom}:{d.S(v.pw('urisafe'), 'exim-client-password')}\n")


def lg_lftp(ctx):
    v = ctx.v
    d = _ldoc(ctx, "lftp/bookmarks")
    d.write(f"archive sftp://archive:{d.S(v.pw('urisafe'), 'sftp-url-password')}@files.{ctx.dom}/incoming\n")


LEGACY = {"fetchmail": lg_fetchmail, "msmtp": lg_msmtp, "offlineimap": lg_offlineimap, "mbsync": lg_mbsync, "wpa": lg_wpa,
          "openvpn": lg_openvpn, "davfs": lg_davfs, "cifs": lg_cifs, "s3cfg": lg_s3cfg, "boto": lg_boto, "pgpass": lg_pgpass,
          "mycnf": lg_mycnf, "sssd": lg_sssd, "keepalived": lg_keepalived, "wgetrc": lg_wgetrc, "curlrc": lg_curlrc,
          "haproxy_users": lg_haproxy_users, "redis": lg_redis, "chrony": lg_chrony, "rndc": lg_rndc, "exim": lg_exim,
          "lftp": lg_lftp}


# ---------------------------------------------------------------------------------- host directories
def hostdirs(ctx):
    v = ctx.v
    for name in v.sample(list(HOSTS), v.choice([2, 3])):
        host = "%s-%s%02d" % (ctx.short, name.split("_")[0][:5], v.randint(1, 9))
        HOSTS[name](ctx, lambda p: ctx.corpus.doc("%s/%s/hosts/%s/%s" % (ctx.name, ctx.l2, host, p)))


def h_telegraf(ctx, doc):
    d = doc("etc/telegraf/telegraf.conf")
    d.write(f"""[agent]
  interval = "30s"

[[outputs.influxdb]]
  urls = ["https://metrics.{ctx.dom}:8086"]
  database = "ops"
  username = "telegraf"
  password = "{d.S(ctx.v.pw('urisafe'), 'telegraf-influx-password')}"
""")


def h_filebeat(ctx, doc):
    d = doc("etc/filebeat/filebeat.yml")
    d.write(f"""filebeat.inputs:
  - type: filestream
    paths: [/var/log/*.log]
output.elasticsearch:
  hosts: ["https://logs.{ctx.dom}:9200"]
  username: "beats_writer"
  password: "{d.S(ctx.v.pw(), 'filebeat-es-password')}"
""")


def h_restic(ctx, doc):
    v = ctx.v
    d = doc("etc/restic/env")
    d.write(f"""RESTIC_REPOSITORY=sftp:backup@vault.{ctx.dom}:/srv/restic/{ctx.short}
RESTIC_PASSWORD={d.S(v.pw('phrase'), 'restic-password')}
""")


def h_rsyncd(ctx, doc):
    d = doc("etc/rsyncd.secrets")
    d.write(f"mirror:{d.S(ctx.v.pw('urisafe'), 'rsyncd-secret')}\n")


def h_zabbix(ctx, doc):
    d = doc("etc/zabbix/zabbix_agentd.psk")
    d.write(d.S(ctx.v.hx(64), "zabbix-tls-psk") + "\n")


def h_icinga(ctx, doc):
    d = doc("etc/icinga2/conf.d/api-users.conf")
    d.write(f"""object ApiUser "director" {{
  password = "{d.S(ctx.v.an(20), 'icinga-api-password')}"
  permissions = [ "*" ]
}}
""")


def h_slapd(ctx, doc):
    v = ctx.v
    d = doc("etc/openldap/slapd.conf")
    d.write(f"""database mdb
suffix "dc={ctx.short},dc=local"
rootdn "cn=admin,dc={ctx.short},dc=local"
# rootpw {d.N('{SSHA}' + v.b64(24), 'password-hash')}
rootpw {d.S(v.pw(), 'ldap-rootpw')}
""")


def h_netdata(ctx, doc):
    d = doc("etc/netdata/stream.conf")
    d.write(f"""[stream]
    enabled = yes
    destination = parent.{ctx.dom}:19999
    api key = {d.S(ctx.v.uuid(), 'netdata-stream-api-key')}
""")


def h_promtail(ctx, doc):
    d = doc("etc/promtail/config.yml")
    d.write(f"""clients:
  - url: https://loki.{ctx.dom}/loki/api/v1/push
    basic_auth:
      username: {ctx.v.randint(100000, 999999)}
      password: {d.S(ctx.v.an(32), 'promtail-basic-auth')}
""")


def h_ipsec(ctx, doc):
    d = doc("etc/ipsec.secrets")
    d.write(f"# site-to-site to the depot\n10.40.0.1 198.51.100.{ctx.v.randint(2, 250)} : PSK \"{d.S(ctx.v.pw('strong'), 'ipsec-psk')}\"\n")


def h_bacula(ctx, doc):
    d = doc("etc/bacula/bacula-fd.conf")
    d.write(f"""Director {{
  Name = {ctx.short}-dir
  Password = "{d.S(ctx.v.b64(33), 'bacula-director-password')}"
}}
FileDaemon {{
  Name = {ctx.short}-fd
  FDport = 9102
}}
""")


HOSTS = {"telegraf": h_telegraf, "filebeat": h_filebeat, "restic": h_restic, "rsyncd": h_rsyncd, "zabbix": h_zabbix,
         "icinga_api": h_icinga, "slapd": h_slapd, "netdata": h_netdata, "promtail": h_promtail, "ipsec": h_ipsec,
         "bacula": h_bacula}


# ---------------------------------------------------------------------------------- startup log
def startup_log(ctx):
    v, o = ctx.v, ctx.short
    js = v.chance(0.5)
    d = ctx.corpus.doc("%s/%s/logs/connector-startup.log" % (ctx.name, ctx.l2))
    pw = v.pw("urisafe")
    cs = v.choice(["Server=sql01.%s;Database=%s_ops;User Id=connector;Password=%s;Encrypt=True" % (ctx.dom, o, pw),
                   "jdbc:postgresql://pg01.%s:5432/%s?user=connector&password=%s" % (ctx.dom, o, pw),
                   "mysql://connector:%s@db01.%s:3306/%s" % (pw, ctx.dom, o)])
    t = ctx.base_day + "T06:0%d:%02d.%03dZ"
    rows = [("INFO", "starting connector 4.2.%d (build %s)" % (v.randint(0, 20), d.N(v.hx(40), "git-sha"))),
            ("INFO", "config: db.password=%s vendor.key=%s" % (d.N("********", "masked"), "[REDACTED]")),
            ("DEBUG", "trace_id=%s span=%s" % (d.N(v.trace(), "trace-id"), v.hx(16))),
            ("WARN", "legacy ODBC bridge enabled; connection: %s" % d.S(cs, "connection-string-logged")),
            ("INFO", "api key loaded: %s" % d.N("sk_live_****************" + v.an(4), "masked")),
            ("INFO", "ready in %d ms" % v.randint(300, 4000))]
    lines = []
    for i, (lvl, msg) in enumerate(rows):
        ts = t % (i // 3, (i * 7) % 60, v.randint(0, 999))
        if js:
            lines.append('{"ts": "%s", "level": "%s", "logger": "connector", "msg": "%s"}' % (ts, lvl.lower(), msg))
        else:
            lines.append("%s %-5s [main] connector - %s" % (ts, lvl, msg))
    d.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------- fixtures
def fixtures(ctx):
    v = ctx.v
    lang = v.choice(["pytest", "jest", "go", "rspec", "rust", "phpunit", "junit", "exunit", "xunit", "kotest"])
    bad = [v.gh(p, valid=False) for p in v.sample(["ghp_", "gho_", "ghs_", "npm_", "ghu_"], 3)]
    fn = {"pytest": "tests/test_redaction.py", "jest": "test/redaction.test.js", "go": "redact/redact_test.go",
          "rspec": "spec/redaction_spec.rb", "rust": "tests/redaction.rs", "phpunit": "tests/RedactionTest.php",
          "junit": "src/test/java/ops/RedactionTest.java", "exunit": "test/redaction_test.exs",
          "xunit": "tests/RedactionTests.cs", "kotest": "src/test/kotlin/RedactionSpec.kt"}[lang]
    d = ctx.corpus.doc("%s/%s/connector/%s" % (ctx.name, ctx.l2, fn), crlf=lang == "xunit")
    r = d.R("documented-example", kind="negative")
    B = [d.N(b, "bad-checksum-token") for b in bad]
    aid, asec = r.A(AWS_EXAMPLE_ID, ident=True), r.A(AWS_EXAMPLE_SECRET)
    st, jw = d.N(STRIPE_DOC_TEST, "documented-example-stripe"), d.N(JWT_IO, "documented-example-jwt")
    q = "'" if lang in ("pytest", "jest", "rspec", "phpunit") else '"'
    c = "#" if lang in ("pytest", "rspec", "exunit") else "//"
    lines = ["%s Regression fixtures for the log redactor: none of these are live credentials." % c,
             "%s The checksums below are deliberately wrong; AWS/Stripe/jwt.io values are the documented examples." % c]
    names = ["BAD_CRC_1", "BAD_CRC_2", "BAD_CRC_3"]
    for n, b in zip(names, B):
        lines.append(_const(lang, n, q + b + q))
    lines.append(r.B + _const(lang, "AWS_DOC_KEY_ID", q + aid + q))
    lines.append(_const(lang, "AWS_DOC_SECRET", q + asec + q) + r.E)
    lines.append(_const(lang, "STRIPE_DOC_KEY", q + st + q))
    lines.append(_const(lang, "JWT_IO_SAMPLE", q + jw + q))
    d.write("\n".join(lines) + "\n")


def _const(lang, n, e):
    return {"pytest": "%s = %s", "jest": "const %s = %s;", "go": "const %s = %s", "rspec": "%s = %s",
            "rust": "const %s: &str = %s;", "phpunit": "const %s = %s;", "junit": "static final String %s = %s;",
            "exunit": "@%s %s", "xunit": "private const string %s = %s;", "kotest": "const val %s = %s"}[lang] % (
        n.lower() if lang == "exunit" else n, e)


# ---------------------------------------------------------------------------------- ID inventory
def id_inventory(ctx):
    v, o = ctx.v, ctx.short
    d = ctx.corpus.doc("%s/%s/inventory/public-identifiers.md" % (ctx.name, ctx.l2))
    d.write(f"""# Public identifiers ({ctx.org})

Nothing on this page is secret; it is what the web and mobile clients ship with.

| what | value |
|---|---|
| Google OAuth client ID | {d.N('%d-%s.apps.googleusercontent.com' % (v.randint(10 ** 11, 10 ** 12 - 1), v.lodg(32)), 'oauth-client-id')} |
| Stripe publishable key | {d.N('pk_live_51' + v.an(97), 'publishable-key')} |
| Sentry DSN (browser) | {d.N('https://%s@o%d.ingest.us.sentry.io/%d' % (v.hx(32), v.randint(100000, 999999), v.randint(1000000, 9999999)), 'sentry-dsn')} |
| GA4 measurement ID | {d.N('G-' + v.updg(10), 'analytics-id')} |
| S3 bucket ARN | {d.N('arn:aws:s3:::%s-public-assets' % o, 'resource-id')} |
| Azure subscription | {d.N(v.uuid(), 'uuid')} |
| release commit | {d.N(v.hx(40), 'git-sha')} |
| widget.js SRI | {d.N(v.sri(), 'sri')} |
""")


# ---------------------------------------------------------------------------------- hash file
def hash_file(ctx):
    v = ctx.v
    kind = v.choice(["htpasswd", "shadow", "argon2", "smbpasswd", "sqlseed"])
    users = ctx.people(3)
    if kind == "htpasswd":
        d = ctx.corpus.doc("%s/%s/web/.htpasswd" % (ctx.name, ctx.l2))
        d.write("".join("%s:%s\n" % (u.lower(), d.N(v.bcrypt(), "password-hash")) for u in users))
    elif kind == "shadow":
        d = ctx.corpus.doc("%s/%s/backup/shadow.bak" % (ctx.name, ctx.l2))
        d.write("root:*:19700:0:99999:7:::\n" + "".join("%s:%s:19%d:0:99999:7:::\n" % (u.lower(), d.N(v.sha512crypt(), "password-hash"), v.randint(700, 999)) for u in users))
    elif kind == "argon2":
        d = ctx.corpus.doc("%s/%s/auth/users.json" % (ctx.name, ctx.l2))
        d.write("[\n" + ",\n".join('  {"user": "%s", "hash": "%s"}' % (u.lower(), d.N(v.argon2(), "password-hash")) for u in users) + "\n]\n")
    elif kind == "smbpasswd":
        d = ctx.corpus.doc("%s/%s/samba/smbpasswd" % (ctx.name, ctx.l2))
        d.write("".join("%s:%d:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:%s:[U          ]:LCT-%s:\n" % (
            u.lower(), 1001 + i, d.N(v.nt(), "password-hash"), v.HX(8)) for i, u in enumerate(users)))
    else:
        d = ctx.corpus.doc("%s/%s/db/seed_users.sql" % (ctx.name, ctx.l2))
        d.write("INSERT INTO users (login, password_hash) VALUES\n" + ",\n".join(
            "  ('%s', '%s')" % (u.lower(), d.N(v.bcrypt(), "password-hash")) for u in users) + ";\n")


# ---------------------------------------------------------------------------------- i18n
I18N = {"de": "Passwort", "fr": "Mot de passe", "es": "Contraseña", "it": "Password dimenticata?", "nl": "Wachtwoord",
        "pt": "Senha", "pl": "Hasło", "sv": "Lösenord", "fi": "Salasana", "da": "Adgangskode", "cs": "Heslo",
        "tr": "Şifre", "ru": "Пароль", "uk": "Пароль доступу", "el": "Κωδικός πρόσβασης", "ja": "パスワード", "ko": "비밀번호",
        "zh": "密码", "ar": "كلمة المرور", "he": "סיסמה", "hi": "पासवर्ड", "vi": "Mật khẩu", "id": "Kata sandi", "hu": "Jelszó",
        "ro": "Parolă", "no": "Passord"}


def i18n(ctx):
    v = ctx.v
    fmt = v.choice(["json", "po", "properties", "strings", "arb", "resx", "xliff", "rails", "ftl", "qt-ts"])
    for lang in v.sample(list(I18N), 2):
        w = I18N[lang]
        p = "%s/%s/i18n/" % (ctx.name, ctx.l2)
        if fmt == "json":
            d = ctx.corpus.doc(p + "%s.json" % lang)
            d.write('{\n  "login.title": "%s",\n  "login.password": "%s"\n}\n' % (ctx.org, d.N(w, "i18n-password")))
        elif fmt == "po":
            d = ctx.corpus.doc(p + "%s/LC_MESSAGES/portal.po" % lang)
            d.write('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Password"\nmsgstr "%s"\n' % d.N(w, "i18n-password"))
        elif fmt == "properties":
            d = ctx.corpus.doc(p + "messages_%s.properties" % lang)
            d.write("login.password=%s\nlogin.submit=OK\n" % d.N(w, "i18n-password"))
        elif fmt == "strings":
            d = ctx.corpus.doc(p + "%s.lproj/Localizable.strings" % lang)
            d.write('"password_label" = "%s";\n' % d.N(w, "i18n-password"))
        elif fmt == "arb":
            d = ctx.corpus.doc(p + "app_%s.arb" % lang)
            d.write('{\n  "@@locale": "%s",\n  "passwordLabel": "%s"\n}\n' % (lang, d.N(w, "i18n-password")))
        elif fmt == "resx":
            d = ctx.corpus.doc(p + "Strings.%s.resx" % lang, crlf=True)
            d.write('<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <data name="PasswordLabel" xml:space="preserve">\n    <value>%s</value>\n  </data>\n</root>\n' % d.N(w, "i18n-password"))
        elif fmt == "xliff":
            d = ctx.corpus.doc(p + "messages.%s.xlf" % lang)
            d.write('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="en" target-language="%s"><body>\n<trans-unit id="password"><source>Password</source>\n<target>%s</target></trans-unit>\n</body></file></xliff>\n' % (lang, d.N(w, "i18n-password")))
        elif fmt == "rails":
            d = ctx.corpus.doc(p + "%s.yml" % lang)
            d.write("%s:\n  devise:\n    password: \"%s\"\n" % (lang, d.N(w, "i18n-password")))
        elif fmt == "ftl":
            d = ctx.corpus.doc(p + "%s/main.ftl" % lang)
            d.write("login-password = %s\nlogin-submit = OK\n" % d.N(w, "i18n-password"))
        else:
            d = ctx.corpus.doc(p + "portal_%s.ts" % lang)
            d.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="%s">\n<context><name>Login</name>\n<message><source>Password</source>\n<translation>%s</translation></message>\n</context>\n</TS>\n' % (lang, d.N(w, "i18n-password")))


# ---------------------------------------------------------------------------------- l2 free text
def text_l2(ctx):
    from themes import l2text
    l2text.run(ctx)
