"""A second layer added to every theme: the team's SaaS integrations file (provider tokens in a
random syntax), private keys in many wrappings, an example/template counterpart full of
placeholders, deployment manifests full of references, digests and identifiers, masked values in
a log and scanner-regression fixtures. Which providers, syntaxes and wrappings a theme gets
depends on the seed."""

import base64

import nkeys
from nframe import jdump, kv, esc_json_pem, indent


def providers(g):
    """(setting name, value factory, category, offline check)"""
    org = g.word()
    return [
        ("DOPPLER_TOKEN", lambda: g.doppler("st"), "doppler-token", None),
        ("FLY_API_TOKEN", g.fly, "flyio-token", None),
        ("RENDER_API_KEY", g.render, "render-api-key", None),
        ("RAILWAY_TOKEN", g.uuid, "railway-token", None),
        ("NETLIFY_AUTH_TOKEN", g.netlify, "netlify-token", None),
        ("VERCEL_TOKEN", g.vercel, "vercel-token", None),
        ("CLOUDFLARE_API_TOKEN", g.cloudflare_token, "cloudflare-api-token", None),
        ("CLOUDFLARE_API_KEY", g.cloudflare_global, "cloudflare-global-api-key", None),
        ("CF_ORIGIN_CA_KEY", g.cloudflare_origin_ca, "cloudflare-origin-ca-key", None),
        ("DIGITALOCEAN_TOKEN", g.digitalocean, "digitalocean-token", None),
        ("HEROKU_API_KEY", g.heroku, "heroku-api-key", None),
        ("OKTA_API_TOKEN", g.okta, "okta-api-token", None),
        ("ZENDESK_API_TOKEN", g.zendesk, "zendesk-api-token", None),
        ("FRESHDESK_API_KEY", g.freshdesk, "freshdesk-api-key", None),
        ("INTERCOM_ACCESS_TOKEN", g.intercom, "intercom-access-token", "intercom"),
        ("ATLASSIAN_API_TOKEN", g.atlassian, "atlassian-api-token", None),
        ("SENTRY_AUTH_TOKEN", g.sentry_user, "sentry-auth-token", None),
        ("NEW_RELIC_API_KEY", g.newrelic_user, "newrelic-user-key", None),
        ("NEW_RELIC_LICENSE_KEY", g.newrelic_license, "newrelic-license-key", None),
        ("DT_API_TOKEN", g.dynatrace, "dynatrace-token", None),
        ("GRAFANA_SA_TOKEN", g.grafana_sa, "grafana-service-account-token", None),
        ("GRAFANA_CLOUD_TOKEN", lambda: g.grafana_cloud(org), "grafana-cloud-token", "glc"),
        ("TS_API_KEY", lambda: g.tailscale("api"), "tailscale-auth-key", None),
        ("OP_SERVICE_ACCOUNT_TOKEN", g.onepassword_sa, "onepassword-service-account-token", "ops"),
        ("SRC_ACCESS_TOKEN", g.sourcegraph, "sourcegraph-token", None),
        ("REPLICATE_API_TOKEN", g.replicate, "replicate-api-token", None),
        ("GROQ_API_KEY", g.groq, "groq-api-key", None),
        ("MISTRAL_API_KEY", g.mistral, "mistral-api-key", None),
        ("COHERE_API_KEY", g.cohere, "cohere-api-key", None),
        ("ANTHROPIC_API_KEY", g.anthropic, "anthropic-api-key", None),
        ("OPENAI_API_KEY", g.openai, "openai-api-key", None),
        ("HF_TOKEN", g.hf, "huggingface-token", None),
        ("PINECONE_API_KEY", g.pinecone, "pinecone-api-key", None),
        ("MAPBOX_SECRET_TOKEN", lambda: g.mapbox_sk(org), "mapbox-secret-token", "mapbox"),
        ("DD_API_KEY", g.datadog_api, "datadog-api-key", None),
        ("VAULT_TOKEN", g.vault_token, "vault-token", None),
        ("TFE_TOKEN", g.tfc, "terraform-cloud-token", None),
        ("DOCKERHUB_TOKEN", g.dockerhub, "dockerhub-token", None),
        ("PULUMI_ACCESS_TOKEN", g.pulumi, "pulumi-token", None),
        ("PAGERDUTY_TOKEN", g.pagerduty, "pagerduty-token", None),
        ("PAGERDUTY_ROUTING_KEY", lambda: g.hexs(32), "pagerduty-integration-key", None),
        ("SLACK_USER_TOKEN", lambda: g.slack("xoxp"), "slack-user-token", None),
        ("SLACK_WEBHOOK_URL", g.slack_webhook, "slack-webhook", None),
        ("GITHUB_TOKEN", lambda: g.github("ghp_"), "github-pat", "gh"),
        ("GH_FINE_GRAINED_TOKEN", g.github_fine, "github-fine-grained-pat", None),
        ("GITHUB_APP_INSTALLATION_TOKEN", lambda: g.github("ghs_"), "github-app-installation-token", "gh"),
        ("NPM_TOKEN", g.npm, "npm-token", "gh"),
        ("GITLAB_TOKEN", g.gitlab, "gitlab-pat", None),
        ("STRIPE_SECRET_KEY", g.stripe, "stripe-secret-key", None),
        ("STRIPE_WEBHOOK_SECRET", g.whsec, "stripe-webhook-secret", None),
        ("SHOPIFY_ADMIN_TOKEN", g.shopify, "shopify-access-token", None),
        ("SQUARE_ACCESS_TOKEN", g.square, "square-access-token", None),
        ("SENDGRID_API_KEY", g.sendgrid, "sendgrid-api-key", None),
        ("GOOGLE_MAPS_SERVER_KEY", g.gcp_api_key, "gcp-api-key", None),
        ("GOOGLE_CLIENT_SECRET", g.google_client_secret, "google-oauth-client-secret", None),
        ("SMARTSHEET_ACCESS_TOKEN", lambda: g.s(37), "smartsheet-token", None),
        ("HUBSPOT_PRIVATE_APP_TOKEN", lambda: "pat-eu1-" + g.uuid(), "hubspot-token", None),
        ("LAUNCHDARKLY_SDK_KEY", lambda: "sdk-" + g.uuid(), "launchdarkly-sdk-key", None),
        ("BUILDKITE_AGENT_TOKEN", lambda: g.s(50, "abcdef0123456789"), "buildkite-agent-token", None),
        ("CIRCLECI_TOKEN", lambda: "CCIPAT_" + g.s(22) + "_" + g.hexs(40), "circleci-token", None),
        ("LINEAR_API_KEY", g.linear, "linear-api-key", None),
        ("NOTION_TOKEN", g.notion, "notion-token", None),
        ("FIGMA_TOKEN", g.figma, "figma-token", None),
        ("ASANA_TOKEN", g.asana, "asana-pat", None),
    ]


PLACEHOLDER_FOR = ["", "changeme", "<your-token>", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "${%s}", "TODO", "<%s>", "your_%s_here"]


def build(t, idx):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E
    team = t.name.split("-")[0]
    provs = providers(g)
    g.r.shuffle(provs)
    chosen = provs[:g.r.randint(11, 13)]

    # ---------------------------------------------------------------- integrations file (tokens)
    fmt = g.pick(["env", "yaml", "json", "toml", "properties", "export", "env-quoted"])
    pairs = []
    for name, fn, cat, chk in chosen:
        v = fn()
        key = name.lower() if fmt in ("yaml", "json", "toml", "properties") else name
        pairs.append((key, S(v, cat, chk)))
    ext = {"env": ".env", "env-quoted": ".env", "export": "sh", "yaml": "yaml", "json": "json", "toml": "toml", "properties": "properties"}[fmt]
    path = "ops/integrations/%s%s" % ("secrets" if ext == ".env" else "integrations.", ext)
    body = kv(fmt, pairs, section="integrations" if fmt in ("toml",) else None)
    t.add(path, ("# integrations used by the %s team\n" % team if fmt not in ("json",) else "") + body + "\n")

    # ---------------------------------------------------------------- example counterpart (placeholders)
    ex = []
    for name, fn, cat, chk in chosen:
        p = g.pick(PLACEHOLDER_FOR)
        if "%s" in p:
            p = p % name.lower() if "your_" in p or "<" in p else p % name
        if not p:
            ex.append("%s=" % name)
            continue
        cat_n = "env-reference" if p.startswith("${") else "placeholder"
        ex.append("%s=%s" % (name, N(p, cat_n) if g.chance(0.6) else p))
    t.add("ops/integrations/secrets.example", "\n".join(ex) + "\n")

    # ---------------------------------------------------------------- deployment manifest (references, digests)
    svc = "%s-%s" % (team, g.word())
    t.add("deploy/k8s/%s.yaml" % svc, f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {svc}
  annotations:
    checksum/config: {N(g.sha256(), 'hash-sha256')}
spec:
  template:
    spec:
      containers:
        - name: app
          image: registry.internal/{svc}@sha256:{N(g.sha256(), 'integrity-hash')}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {{name: {svc}-db, key: {N('password', 'secret-manager-reference')}}}
            - name: API_TOKEN
              value: {N('$(API_TOKEN_FROM_VAULT)', 'template-reference')}
            - name: REQUEST_ID_SALT
              value: {N('{{ .Values.salt }}', 'template-reference')}
            - name: BUILD_SHA
              value: "{N(g.git_sha(), 'git-sha')}"
            - name: INSTANCE_ID
              value: "{N(g.uuid(), 'uuid')}"
""")
    if idx % 2 == 0:
        t.add("deploy/ci/.gitlab-ci.yml", f"""deploy:
  stage: deploy
  image: alpine:3.19@sha256:{N(g.sha256(), 'integrity-hash')}
  script:
    - echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin registry.internal
    - helm upgrade --install {svc} ./chart --set db.password={N('"$DB_PASSWORD"', 'ci-secret-reference')}
    - curl -H "PRIVATE-TOKEN: {N('${CI_JOB_TOKEN}', 'ci-secret-reference')}" https://gitlab.internal/api/v4/projects
  variables:
    VAULT_ADDR: https://vault.internal
    VAULT_ROLE: {N('vault:secret/data/' + svc + '#token', 'vault-reference')}
""")
    if idx % 2 == 1:
        t.add("deploy/terraform/secrets.tf", f"""data "aws_secretsmanager_secret_version" "db" {{
  secret_id = "{N('arn:aws:secretsmanager:eu-west-1:' + g.num(12) + ':secret:' + svc + '/db-' + g.s(6), 'secret-manager-reference')}"
}}

resource "random_password" "app" {{
  length  = 32
  special = true
}}

locals {{
  db_password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
  kms_key     = "{N('arn:aws:kms:eu-west-1:' + g.num(12) + ':key/' + g.uuid(), 'resource-identifier')}"
}}
""")

    # ---------------------------------------------------------------- private keys in many wrappings
    wraps = ["openssh", "yaml", "b64env", "jsonesc", "jwk", "der", "code", "heredoc"]
    g.r.shuffle(wraps)
    for k, w in enumerate(wraps[:g.r.randint(5, 7)]):
        user = g.user()
        if w == "openssh":
            key = g.pick([K.ed, K.ec])()
            t.add(f"home/{user}/.ssh/id_{'ed25519' if isinstance(key, nkeys.EdKey) else 'ecdsa'}", S(K.openssh(key, user + "@" + team), 'private-key-openssh') + "\n")
            t.add(f"home/{user}/.ssh/id_{'ed25519' if isinstance(key, nkeys.EdKey) else 'ecdsa'}.pub", N(nkeys.openssh_public(key, user + "@" + team), 'public-key') + "\n")
        elif w == "yaml":
            pem_, key = (K.rsa().pem1(), None) if idx % 3 == 0 else (K.ec().pem_sec1(), None)
            ca_k = K.ec()
            leaf_cert = nkeys.cert_pem(ca_k, svc + ".internal", ca_k, svc + ".internal", g.r, org=team)
            t.add(f"deploy/k8s/{svc}-tls.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: {svc}-tls
type: kubernetes.io/tls
stringData:
  tls.crt: |
{N(indent(leaf_cert, '    '), 'certificate')}
  {B('s', 'private-key-yaml-block')}tls.key: |
{A(indent(pem_, '    '))}{E()}
""")
        elif w == "b64env":
            key = K.ec()
            v = base64.b64encode((key.pem8() + "\n").encode()).decode()
            t.add(f"deploy/env/{svc}.env", f"APP_ENV=production\nSIGNING_KEY_B64={S(v, 'private-key-b64-pem', 'pem-b64')}\nSIGNING_KEY_ID={g.s(8)}\n")
        elif w == "jsonesc":
            key = K.ec()
            t.add(f"config/{svc}-signing.json", jdump({"issuer": "https://%s.internal" % svc, "kid": g.s(10),
                                                       "private_key": S(esc_json_pem(key.pem8()), 'private-key-json-escaped', 'pem-json'),
                                                       "public_key_pem": N(key.pub_pem().replace("\n", "\\n"), 'public-key')}))
        elif w == "jwk":
            key = g.pick([K.ec, K.ed])()
            t.add(f"config/{svc}-jwk.json", S(jdump(key.jwk(g.s(12))).rstrip("\n"), 'private-key-jwk', 'jwk') + "\n")
        elif w == "der":
            key = K.ec()
            t.add(f"config/{svc}-saml.properties", f"saml.sp.entityId=https://{svc}.internal/saml\nsaml.sp.privateKey={S(base64.b64encode(key.pkcs8()).decode(), 'private-key-der-b64', 'der-b64')}\nsaml.sp.x509cert={N(base64.b64encode(nkeys.certificate(key, svc, key, svc, g.r, org=team)).decode(), 'certificate')}\n")
        elif w == "code":
            key = K.ec()
            t.add(f"tools/{svc}-signer.py", f'''"""Signs export manifests."""
SIGNING_KEY = """{S(key.pem_sec1(), 'private-key-in-code')}
"""


def sign(data):
    from cryptography.hazmat.primitives import serialization
    return serialization.load_pem_private_key(SIGNING_KEY.encode(), None)
''')
        else:
            key = K.ed()
            t.add(f"deploy/terraform/{svc}-keys.tf", f"""resource "tls_locally_signed_cert" "x" {{
  ca_key_algorithm = "ED25519"
  {B('s', 'private-key-pem')}ca_private_key_pem = <<-EOT
{A(indent(key.pem8(), '    '))}
  EOT{E()}
  allowed_uses = ["digital_signature"]
}}
""")

    # ---------------------------------------------------------------- masked values in a log, fixtures, ids
    log = []
    for k in range(4):
        name, fn, cat, chk = g.pick(provs)
        v = fn()
        masked = v[:6] + "*" * 12 if k % 2 == 0 else "[REDACTED]"
        log.append("%s INFO config loaded %s=%s" % (g.date(), name, N(masked, 'masked-value')))
    log.append("%s INFO request_id=%s trace=%s" % (g.date(), N(g.uuid(), 'uuid'), g.hexs(32)))
    log.append("%s WARN password for user %s will expire in 5 days" % (g.date(), g.user()))
    t.add("logs/%s-startup.log" % svc, "\n".join(log) + "\n")
    t.add("tests/fixtures/%s_tokens.py" % team.replace("-", "_"), f'''# regression fixtures for the secret filter - not real credentials
BAD_CRC_PAT = "{N(g.github('ghp_', bad=True), 'bad-checksum-token', 'gh-bad')}"
DOC_AWS_KEY = "{N('AKIAIOSFODNN7EXAMPLE', 'documentation-example')}"
FAKE_PASSWORD = "{N(g.pick(['test', 'password123', 'hunter2', 'letmein', 'secret']), 'test-fixture')}"
ZERO_UUID = "{N('00000000-0000-0000-0000-000000000000', 'placeholder')}"
''')
    if idx % 3 != 0:
        return
    ids = ["# resource inventory (%s)" % team]
    for k in range(6):
        kind = g.pick(["uuid", "git", "sha256", "acct"])
        if kind == "uuid":
            ids.append("object_id: %s" % N(g.uuid(), 'uuid'))
        elif kind == "git":
            ids.append("pinned_commit: %s" % N(g.git_sha(), 'git-sha'))
        elif kind == "sha256":
            ids.append("artifact_sha256: %s" % N(g.sha256(), 'hash-sha256'))
        else:
            ids.append("aws_account: %s" % N(g.num(12), 'account-identifier'))
    t.add("ops/inventory.yaml", "\n".join(ids) + "\n")
