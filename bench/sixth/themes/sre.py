"""SRE platform team: Crossplane, Flux + SOPS/age, Argo Workflows/notifications, Backstage,
External Secrets, Vault Agent, cert-manager, Kyverno/cosign, kubeconfigs, on-call."""
import json

import skeys
from themes.common import (jq, indent, slack_json, zsh_history, b64)
from themes import more


def build(t):
    r, v = t.r, t.v
    co = r.choice(["Lumenstack", "Fernhill Systems", "Quartzline", "Orbitra", "Copperleaf Cloud"])
    dom = co.lower().replace(" ", "") + ".dev"

    # ------------------------------------------------------------ Crossplane
    ak, asec = v.aws()
    d = t.f("crossplane/providers/aws-creds-secret.yaml")
    d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: aws-creds
  namespace: crossplane-system
type: Opaque
stringData:
  credentials: |
    [default]
{d.B("secret", "aws-access-key")}    aws_access_key_id = {d.A(ak, ident=True)}
    aws_secret_access_key = {d.A(asec)}{d.E()}
""")
    d = t.f("crossplane/providers/aws-providerconfig.yaml")
    d.done(f"""apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: default
spec:
  credentials:
    source: Secret
    secretRef:
      namespace: crossplane-system
      name: aws-creds
      key: credentials
  assumeRoleChain:
    - roleARN: {d.N("arn:aws:iam::%s:role/crossplane-provisioner" % v.digits(12), "resource-identifier")}
""")

    gk = t.rsa()
    proj = "platform-%s" % v.lan(6)
    sa_json = json.dumps({"type": "service_account", "project_id": proj, "private_key_id": v.hex(40),
                          "private_key": gk.pem_pkcs8() + "\n", "client_email": "crossplane@%s.iam.gserviceaccount.com" % proj,
                          "client_id": v.digits(21), "token_uri": "https://oauth2.googleapis.com/token"}, indent=2)
    d = t.f("crossplane/providers/gcp-creds-secret.yaml")
    d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: gcp-creds
  namespace: crossplane-system
type: Opaque
data:
  credentials: {d.S(b64(sa_json), "gcp-service-account", "b64json-sa")}
""")

    # ------------------------------------------------------------ Flux
    ghp = v.gh("ghp")
    d = t.f("flux/clusters/prod/flux-system/git-credentials.yaml")
    d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: flux-system
  namespace: flux-system
stringData:
  username: git
  password: {d.S(ghp, "github-pat", "crc")}
""")

    age = skeys.AgeKey(r)
    d = t.f("flux/age/keys.txt")
    d.done(f"""# created: 2025-02-03T10:12:44Z
# public key: {d.N(age.public, "public-key")}
{d.S(age.secret, "age-secret-key", "age")}
""")
    d = t.f("flux/.sops.yaml")
    d.done(f"""creation_rules:
  - path_regex: clusters/prod/.*\\.enc\\.yaml$
    encrypted_regex: ^(data|stringData)$
    age: {d.N(age.public, "public-key")}
""")
    d = t.f("flux/clusters/prod/apps/db-credentials.enc.yaml")
    d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
  namespace: apps
type: Opaque
stringData:
  username: {d.N(v.sops(), "encrypted-blob")}
  password: {d.N(v.sops(), "encrypted-blob")}
sops:
  age:
    - recipient: {age.public}
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        {d.N(v.b64(45)[:60], "encrypted-blob")}
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2025-02-03T10:15:02Z"
  mac: {d.N(v.sops(), "encrypted-blob")}
  version: 3.9.4
""")

    dk = t.ed()
    d = t.f("flux/deploy-keys/identity")
    d.done(str(d.S(dk.openssh("flux@%s" % dom, r), "private-key-openssh")))
    d = t.f("flux/deploy-keys/identity.pub")
    d.done(str(d.N(dk.ssh_public("flux@%s" % dom), "public-key")))

    # ------------------------------------------------------------ Argo
    sl = v.slack_bot()
    d = t.f("argo/notifications-secret.yaml")
    d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: argocd-notifications-secret
  namespace: argocd
stringData:
  slack-token: {d.S(sl, "slack-bot-token")}
  pagerduty-key: {d.S(v.hex(32), "pagerduty-token")}
""")

    mk, ms = v.uan(20), v.an(40)
    d = t.f("argo/workflows/artifact-repo-secret.yaml")
    d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: minio-artifacts
  namespace: argo
stringData:
{d.B("secret", "api-secret")}  accesskey: {d.A(mk, ident=True)}
  secretkey: {d.A(ms)}{d.E()}
""")

    # ------------------------------------------------------------ Backstage
    bk = v.b64(24)
    gl = v.glpat()
    tak, tas = v.aws()
    ghcs = v.hex(40)
    d = t.f("backstage/app-config.production.yaml")
    d.done(f"""app:
  baseUrl: https://backstage.{dom}
backend:
  baseUrl: https://backstage.{dom}
  auth:
    keys:
      - secret: {d.S(bk, "app-secret-key")}
  database:
    client: pg
    connection:
      host: backstage-db.{dom}
      user: backstage
      password: {d.N("${POSTGRES_PASSWORD}", "env-reference")}
integrations:
  github:
    - host: github.com
      token: {d.N("${GITHUB_TOKEN}", "env-reference")}
  gitlab:
    - host: gitlab.{dom}
      token: {d.S(gl, "gitlab-pat")}
techdocs:
  publisher:
    type: awsS3
    awsS3:
      bucketName: {co.lower().replace(" ", "")}-techdocs
      credentials:
{d.B("secret", "aws-access-key")}        accessKeyId: {d.A(tak, ident=True)}
        secretAccessKey: {d.A(tas)}{d.E()}
auth:
  providers:
    github:
      production:
        clientId: {d.N("Iv1." + v.hex(16), "public-client-id")}
        clientSecret: {d.S(ghcs, "oauth-client-secret")}
""")

    d = t.f("backstage/app-config.local.yaml")
    d.done(f"""backend:
  auth:
    keys:
      - secret: {d.N("local-dev-secret", "placeholder")}
integrations:
  gitlab:
    - host: gitlab.{dom}
      token: {d.N("glpat-xxxxxxxxxxxxxxxxxxxx", "placeholder")}
""")

    # ------------------------------------------------------------ External Secrets / Vault
    vt = v.vault()
    d = t.f("external-secrets/vault-token.yaml")
    d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: vault-token
  namespace: external-secrets
stringData:
  token: {d.S(vt, "vault-token")}
""")
    d = t.f("external-secrets/cluster-secret-store.yaml")
    d.done(f"""apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: vault-backend
spec:
  provider:
    vault:
      server: https://vault.{dom}
      path: kv
      version: v2
      auth:
        tokenSecretRef:
          name: vault-token
          namespace: external-secrets
          key: token
""")
    for app in r.sample(["payments", "search", "ledger", "notifications", "identity"], 3):
        d = t.f("external-secrets/apps/%s-externalsecret.yaml" % app)
        d.done(f"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: {app}-env
  namespace: {app}
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-backend
  target:
    name: {app}-env
  dataFrom:
    - extract:
        key: {d.N("kv/data/prod/%s" % app, "secret-manager-reference")}
""")

    d = t.f("vault/agent/agent.hcl")
    d.done(f"""pid_file = "/run/vault-agent.pid"
auto_auth {{
  method "approle" {{
    config = {{
      role_id_file_path   = "/etc/vault-agent/role-id"
      secret_id_file_path = "/etc/vault-agent/secret-id"
      remove_secret_id_file_after_reading = false
    }}
  }}
}}
template {{
  source      = "/etc/vault-agent/templates/db.ctmpl"
  destination = "/run/secrets/db.env"
}}
""")
    d = t.f("vault/agent/role-id")
    d.done(str(d.N(v.uuid(), "uuid")))
    d = t.f("vault/agent/secret-id")
    d.done(str(d.S(v.uuid(), "vault-secret-id", "uuid")))
    d = t.f("vault/agent/templates/db.ctmpl")
    d.done(f"""{{{{ with secret "database/creds/ledger-rw" }}}}
DB_USER={{{{ .Data.username }}}}
DB_PASSWORD={d.N("{{ .Data.password }}", "template-reference")}
{{{{ end }}}}
""")

    # ------------------------------------------------------------ cert-manager
    cak = t.ec()
    ca_der = skeys.make_cert("%s Platform CA" % co, cak.spki(), cak, "%s Platform CA" % co, r.getrandbits(63), r, org=co, ca=True)
    d = t.f("cert-manager/ca-issuer-secret.yaml")
    d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: platform-ca
  namespace: cert-manager
type: kubernetes.io/tls
data:
  tls.crt: {d.N(b64(skeys.cert_pem(ca_der) + chr(10)), "certificate-base64")}
  tls.key: {d.S(b64(cak.pem_sec1() + chr(10)), "private-key-pem-base64", "b64pem")}
""")
    cft = v.cf_token()
    d = t.f("cert-manager/cloudflare-api-token.yaml")
    d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: cloudflare-api-token
  namespace: cert-manager
stringData:
  api-token: {d.S(cft, "cloudflare-api-token")}
""")
    acme = t.ec()
    d = t.f("cert-manager/letsencrypt-account-key.yaml")
    d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: letsencrypt-prod-account-key
  namespace: cert-manager
stringData:
{more.yaml_key(d, "tls.key", acme.pem_sec1(), 2)}
""")

    # ------------------------------------------------------------ Kyverno / cosign
    cos = t.ec()
    d = t.f("kyverno/policies/verify-images.yaml")
    d.done(f"""apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: verify-images
spec:
  validationFailureAction: Enforce
  rules:
    - name: cosign
      match:
        any:
          - resources:
              kinds: [Pod]
      verifyImages:
        - imageReferences: ["ghcr.io/{co.lower().replace(" ", "")}/*"]
          attestors:
            - entries:
                - keys:
                    publicKeys: |-
{d.N(indent(cos.pem_public(), 22), "public-key")}
""")
    d = t.f("kyverno/cosign.pub")
    d.done(str(d.N(cos.pem_public(), "public-key")))
    d = t.f("kyverno/policies/allowed-digests.yaml")
    d.done(f"""apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: pin-base-images
spec:
  rules:
    - name: pinned
      validate:
        pattern:
          spec:
            containers:
              - image: "*@{d.N(v.digest(), "image-digest")} | *@{v.digest()}"
""")

    # ------------------------------------------------------------ terraform / kubeconfig
    dd_api, dd_app = v.hex(32), v.hex(40)
    d = t.f("terraform/live/prod/observability.auto.tfvars")
    d.done(f"""datadog_api_key = "{d.S(dd_api, "datadog-api-key")}"
datadog_app_key = "{d.S(dd_app, "api-key")}"
pagerduty_token = "{d.S("u+" + v.b64u(18), "pagerduty-token")}"
datadog_site    = "datadoghq.eu"
""")

    kk = t.ec()
    kca_k, kca_der = t.ca("kubernetes", "kubernetes")
    kcrt = t.cert_for(kk, "platform-admin", kca_k, "kubernetes", "system:masters")
    d = t.f("kubeconfigs/staging.yaml")
    d.done(f"""apiVersion: v1
kind: Config
clusters:
  - name: staging
    cluster:
      server: https://k8s-staging.{dom}:6443
      certificate-authority-data: {d.N(b64(skeys.cert_pem(kca_der) + chr(10)), "certificate-base64")}
users:
  - name: platform-admin
    user:
      client-certificate-data: {d.N(b64(skeys.cert_pem(kcrt) + chr(10)), "certificate-base64")}
      client-key-data: {d.S(b64(kk.pem_sec1() + chr(10)), "kubeconfig-client-key", "b64pem")}
contexts:
  - name: staging
    context: {{ cluster: staging, user: platform-admin }}
current-context: staging
""")

    # ------------------------------------------------------------ prose
    sat = v.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "kube-system",
                 "kubernetes.io/serviceaccount/service-account.name": "break-glass", "sub": "system:serviceaccount:kube-system:break-glass"},
                alg="RS256", sig_bytes=256)
    d = t.f("runbooks/break-glass.md", prose=True)
    d.done(f"""# Break-glass access to prod

Use only when SSO is down. Log the use in #incidents.

```bash
kubectl --server https://k8s-prod.{dom}:6443 \\
  --token {d.S(sat, "kubernetes-sa-token", "jwt")} \\
  --insecure-skip-tls-verify get nodes
```

The token belongs to `kube-system/break-glass` and is rotated quarterly (next: 2025-07-01).
""")

    leaked = v.gh("ghp")
    d = t.f("oncall/incidents/INC-2207.md", prose=True)
    d.done(f"""# INC-2207: GitHub token in a public gist

* 09:12 GitGuardian alert: `{d.S(leaked, "github-pat", "crc")}` found in a public gist
* 09:15 token revoked by the owner; audit log shows no use from unknown IPs
* 09:40 all Flux sources confirmed to use the deploy key instead
* Follow-up: pre-commit hook for the dotfiles repo
""")

    vt2 = v.vault()
    sl2 = v.slack_webhook()
    d = t.f("oncall/chat/slack-export/platform/2025-08-19.json", prose=True)
    d.done(slack_json(t, [
        (v.person(), "vault agent on ledger pods can't auth, secret-id expired"),
        (v.person(), "I minted a temp token, use it for the next hour: {}".format(d.S(vt2, "vault-token"))),
        (v.person(), "also the alert webhook moved to {}".format(d.S(sl2, "slack-webhook"))),
        (v.person(), "ack. image digest of the fixed build: {}".format(d.N(v.digest(), "image-digest"))),
    ]))

    vt3 = v.vault()
    dbp = v.pw()
    hp = v.pw()
    d = t.f("oncall/history/sre.zsh_history", prose=True)
    d.done(zsh_history(t, [
        "vault login %s" % d.S(vt3, "vault-token"),
        "vault kv get -field=password kv/prod/ledger",
        "kubectl -n ledger create secret generic ledger-db --from-literal=password='%s' --dry-run=client -o yaml | kubeseal > sealed.yaml" % d.S(dbp, "database-password"),
        "helm upgrade grafana grafana/grafana -n monitoring --set adminPassword='%s'" % d.S(hp, "service-account-password"),
        "flux reconcile kustomization apps --with-source",
        "kubectl get externalsecrets -A",
    ]))

    d = t.f(".github/workflows/platform-ci.yml")
    d.done(f"""name: platform-ci
on: [pull_request]
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{d.N(v.sha1(), "git-sha")}
      - uses: fluxcd/flux2/action@{d.N(v.sha1(), "git-sha")}
      - run: kustomize build clusters/prod | kubeconform -strict
      - run: ./scripts/sops-check.sh
        env:
          SOPS_AGE_KEY: {d.N("${{ secrets.SOPS_AGE_KEY }}", "ci-secret-reference")}
""")

    t.text("README.md", f"# {co} platform\n\nGitOps repo for the internal developer platform. Secrets belong in Vault or SOPS; see docs/secrets.md.\n")

    more.layer(t, "golden-path", "service-template", "ghcr.io/%s" % co.lower().replace(" ", ""))
