"""Second layer that every theme gets: an integrations file with provider tokens (and its example
counterpart), a manifest full of references/digests/IDs, private keys in assorted wrappings, a
startup log with masked values, scanner-regression fixtures and an ID inventory."""
import json

import skeys
from svals import AWS_DOC_ID, AWS_DOC_SECRET, STRIPE_DOC, JWT_IO, SLACK_DOC
from themes.common import jq, indent, b64, esc_nl

# (setting name, generator(v, t), category, check)
SINGLE = [
    ("GITHUB_TOKEN", lambda v, t: v.gh("ghp"), "github-pat", "crc"),
    ("GH_APP_INSTALLATION_TOKEN", lambda v, t: v.gh("ghs"), "github-app-token", "crc"),
    ("GITHUB_OAUTH_TOKEN", lambda v, t: v.gh("gho"), "github-oauth-token", "crc"),
    ("GH_RELEASE_PAT", lambda v, t: v.gh_fine(), "github-fine-grained-pat", None),
    ("GITLAB_TOKEN", lambda v, t: v.glpat(), "gitlab-pat", None),
    ("GITLAB_DEPLOY_TOKEN", lambda v, t: v.gldt(), "gitlab-deploy-token", None),
    ("GITLAB_TRIGGER_TOKEN", lambda v, t: v.glptt(), "gitlab-trigger-token", None),
    ("NPM_TOKEN", lambda v, t: v.npm(), "npm-token", "crc"),
    ("PYPI_API_TOKEN", lambda v, t: v.pypi(), "pypi-token", "pypi"),
    ("GEM_HOST_API_KEY", lambda v, t: v.rubygems(), "rubygems-api-key", None),
    ("NUGET_API_KEY", lambda v, t: v.nuget(), "nuget-api-key", None),
    ("DOCKERHUB_TOKEN", lambda v, t: v.dockerhub(), "dockerhub-token", None),
    ("JFROG_ACCESS_TOKEN", lambda v, t: v.jfrog_ref(), "jfrog-reference-token", "jfrog"),
    ("VAULT_TOKEN", lambda v, t: v.vault(), "vault-token", None),
    ("TFE_TOKEN", lambda v, t: v.tfc(), "terraform-cloud-token", None),
    ("DOPPLER_TOKEN", lambda v, t: v.doppler(), "doppler-token", None),
    ("PULUMI_ACCESS_TOKEN", lambda v, t: v.pulumi(), "pulumi-token", None),
    ("DATABRICKS_TOKEN", lambda v, t: v.databricks(), "databricks-token", None),
    ("DIGITALOCEAN_TOKEN", lambda v, t: v.digitalocean(), "digitalocean-token", None),
    ("HEROKU_API_KEY", lambda v, t: v.heroku(), "heroku-api-key", None),
    ("VERCEL_TOKEN", lambda v, t: v.vercel(), "vercel-token", None),
    ("SUPABASE_ACCESS_TOKEN", lambda v, t: v.supabase_sbp(), "supabase-management-token", None),
    ("SUPABASE_SECRET_KEY", lambda v, t: v.supabase_secret(), "supabase-secret-key", None),
    ("CF_ORIGIN_CA_KEY", lambda v, t: v.cf_origin_ca(), "cloudflare-origin-ca-key", None),
    ("OPENAI_API_KEY", lambda v, t: v.openai(), "openai-api-key", "openai"),
    ("OPENAI_SVC_KEY", lambda v, t: v.openai("svcacct"), "openai-api-key", "openai"),
    ("ANTHROPIC_API_KEY", lambda v, t: v.anthropic(), "anthropic-api-key", None),
    ("HF_TOKEN", lambda v, t: v.hf(), "huggingface-token", None),
    ("GROQ_API_KEY", lambda v, t: v.groq(), "groq-api-key", None),
    ("PERPLEXITY_API_KEY", lambda v, t: v.perplexity(), "perplexity-api-key", None),
    ("REPLICATE_API_TOKEN", lambda v, t: v.replicate(), "replicate-api-token", None),
    ("OPENROUTER_API_KEY", lambda v, t: v.openrouter(), "openrouter-api-key", None),
    ("LANGSMITH_API_KEY", lambda v, t: v.langsmith(), "langsmith-api-key", None),
    ("JIRA_API_TOKEN", lambda v, t: v.atlassian(), "atlassian-api-token", None),
    ("LINEAR_API_KEY", lambda v, t: v.linear(), "linear-api-key", None),
    ("NOTION_TOKEN", lambda v, t: v.notion(), "notion-token", None),
    ("FIGMA_TOKEN", lambda v, t: v.figma(), "figma-token", None),
    ("POSTMAN_API_KEY", lambda v, t: v.postman(), "postman-api-key", None),
    ("GRAFANA_SA_TOKEN", lambda v, t: v.grafana_sa(), "grafana-service-account-token", None),
    ("SENTRY_AUTH_TOKEN", lambda v, t: v.sentry_org(t.name), "sentry-org-token", "sentry"),
    ("SENTRY_USER_TOKEN", lambda v, t: v.sentry_user(), "sentry-user-token", None),
    ("NEW_RELIC_API_KEY", lambda v, t: v.newrelic(), "newrelic-user-key", None),
    ("DT_API_TOKEN", lambda v, t: v.dynatrace(), "dynatrace-token", None),
    ("OKTA_API_TOKEN", lambda v, t: v.okta(), "okta-api-token", None),
    ("TELEGRAM_BOT_TOKEN", lambda v, t: v.telegram(), "telegram-bot-token", None),
    ("DISCORD_BOT_TOKEN", lambda v, t: v.discord(), "discord-bot-token", "discord"),
    ("OP_SERVICE_ACCOUNT_TOKEN", lambda v, t: v.onepassword(), "1password-service-account-token", "ops"),
    ("CIRCLE_TOKEN", lambda v, t: v.circleci(), "circleci-token", None),
    ("BUILDKITE_API_TOKEN", lambda v, t: v.buildkite(), "buildkite-token", None),
    ("OCTOPUS_API_KEY", lambda v, t: v.octopus(), "octopus-api-key", None),
    ("PREFECT_API_KEY", lambda v, t: v.prefect(), "prefect-api-key", None),
    ("RENDER_API_KEY", lambda v, t: v.render(), "render-api-key", None),
    ("PLANETSCALE_SERVICE_TOKEN", lambda v, t: v.pscale(), "planetscale-token", None),
    ("CONTENTFUL_MANAGEMENT_TOKEN", lambda v, t: v.contentful(), "contentful-token", None),
    ("NETLIFY_AUTH_TOKEN", lambda v, t: v.netlify(), "netlify-token", None),
    ("AIRTABLE_TOKEN", lambda v, t: v.airtable(), "airtable-token", None),
    ("ASANA_PAT", lambda v, t: v.asana(), "asana-token", None),
    ("SONAR_TOKEN", lambda v, t: v.sonar(), "sonarqube-token", None),
    ("SHIPPO_API_KEY", lambda v, t: v.shippo(), "shippo-api-key", None),
    ("MOLLIE_API_KEY", lambda v, t: v.mollie(), "mollie-api-key", None),
    ("BREVO_API_KEY", lambda v, t: v.brevo(), "brevo-api-key", None),
    ("SLACK_BOT_TOKEN", lambda v, t: v.slack_bot(), "slack-bot-token", None),
    ("SLACK_WEBHOOK_URL", lambda v, t: v.slack_webhook(), "slack-webhook", None),
    ("STRIPE_SECRET_KEY", lambda v, t: v.stripe_sk(), "stripe-secret-key", None),
    ("STRIPE_WEBHOOK_SECRET", lambda v, t: v.whsec(), "stripe-webhook-secret", None),
    ("SENDGRID_API_KEY", lambda v, t: v.sendgrid(), "sendgrid-api-key", None),
    ("MAILGUN_API_KEY", lambda v, t: v.mailgun(), "mailgun-api-key", None),
    ("SQUARE_ACCESS_TOKEN", lambda v, t: v.square(), "square-access-token", None),
    ("SHOPIFY_ADMIN_TOKEN", lambda v, t: v.shopify(), "shopify-access-token", None),
    ("AZURE_DEVOPS_PAT", lambda v, t: v.azdo_pat(), "azure-devops-pat", None),
    ("GOOGLE_MAPS_SERVER_KEY", lambda v, t: v.google_key(), "google-api-key", None),
    ("XAI_API_KEY", lambda v, t: "xai-" + v.an(80), "xai-api-key", None),
    ("DATADOG_API_KEY", lambda v, t: v.hex(32), "datadog-api-key", None),
    ("PAGERDUTY_TOKEN", lambda v, t: "u+" + v.b64u(18), "pagerduty-token", None),
    ("CLOUDFLARE_API_TOKEN", lambda v, t: v.cf_token(), "cloudflare-api-token", None),
    ("DROPBOX_ACCESS_TOKEN", lambda v, t: v.dropbox(), "dropbox-token", None),
    ("TRELLO_TOKEN", lambda v, t: v.trello(), "trello-token", None),
    ("PAYSTACK_SECRET_KEY", lambda v, t: v.paystack(), "paystack-secret-key", None),
    ("FLW_SECRET_KEY", lambda v, t: v.flutterwave(), "flutterwave-secret-key", None),
]

PAIRS = [
    (("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"), lambda v: v.aws(), "aws-access-key"),
    (("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"), lambda v: v.twilio(), "twilio-credentials"),
    (("TWILIO_API_KEY_SID", "TWILIO_API_KEY_SECRET"), lambda v: v.twilio_key(), "twilio-api-key"),
    (("AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"), lambda v: (v.uuid(), v.entra_secret()), "azure-client-secret"),
]

SYNTAXES = ["env", "yaml", "json", "toml", "properties", "python", "go", "tfvars", "k8s", "ps1", "ini", "js"]


def _fmt(syn, key, val, last=False):
    lk = key.lower()
    if syn == "env":
        return "%s=%s" % (key, val)
    if syn == "yaml":
        return "  %s: \"%s\"" % (lk, val)
    if syn == "json":
        return "  %s: %s%s" % (jq(lk), jq(val), "" if last else ",")
    if syn in ("toml", "tfvars"):
        return "%s = \"%s\"" % (lk, val)
    if syn == "properties":
        return "integrations.%s=%s" % (lk.replace("_", "."), val)
    if syn == "python":
        return "%s = \"%s\"" % (key, val)
    if syn == "go":
        return "\t%s = \"%s\"" % ("".join(p.capitalize() for p in lk.split("_")), val)
    if syn == "k8s":
        return "  %s: \"%s\"" % (key, val)
    if syn == "ps1":
        return "$env:%s = '%s'" % (key, val)
    if syn == "ini":
        return "%s = %s" % (lk, val)
    if syn == "js":
        return "  %s: '%s'," % ("".join([lk.split("_")[0]] + [p.capitalize() for p in lk.split("_")[1:]]), val)
    raise ValueError(syn)


_HEAD = {
    "env": ("integrations.env", "# integrations for {svc} - loaded by systemd EnvironmentFile=\n", ""),
    "yaml": ("config/integrations.yaml", "# {svc} third-party integrations\nintegrations:\n", ""),
    "json": ("config/integrations.json", "{{\n", "}}\n"),
    "toml": ("config/integrations.toml", "# {svc}\n[integrations]\n", ""),
    "properties": ("src/main/resources/integrations.properties", "# {svc} integrations\n", ""),
    "python": ("settings/integrations.py", "\"\"\"Third-party credentials for {svc}.\"\"\"\n\n", ""),
    "go": ("internal/config/integrations.go", "package config\n\n// credentials used by {svc}\nconst (\n", ")\n"),
    "tfvars": ("deploy/integrations.auto.tfvars", "# {svc}\n", ""),
    "k8s": ("deploy/integrations-secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc}-integrations\ntype: Opaque\nstringData:\n", ""),
    "ps1": ("scripts/Set-IntegrationEnv.ps1", "# dot-source before running {svc} jobs\n", ""),
    "ini": ("conf/integrations.ini", "; {svc}\n[integrations]\n", ""),
    "js": ("config/integrations.js", "// {svc}\nmodule.exports = {{\n", "}};\n"),
}


def integrations(t, base, svc, n_single=None, n_pairs=None):
    r = t.r
    syn = r.choice(SYNTAXES)
    singles = r.sample(SINGLE, n_single or r.randrange(9, 12))
    pairs = r.sample(PAIRS, n_pairs if n_pairs is not None else r.randrange(1, 3))
    rel, head, tail = _HEAD[syn]
    d = t.f(base + "/" + rel)
    ex = t.f(base + "/" + rel + ".example")
    items = []
    for key, gen, cat, chk in singles:
        items.append(("s", key, gen(t.v, t), cat, chk))
    for keys, gen, cat in pairs:
        items.append(("p", keys, gen(t.v), cat, None))
    r.shuffle(items)
    lines, exl = [], []
    for i, it in enumerate(items):
        last = i == len(items) - 1
        if it[0] == "s":
            _, key, val, cat, chk = it
            lines.append(_fmt(syn, key, str(d.S(val, cat, chk)), last))
            if r.random() < 0.5:
                ph = r.choice(["<%s>" % key.lower().replace("_", "-"), "CHANGE_ME", "your-%s-here" % key.split("_")[0].lower(),
                               "${%s}" % key, "xxxxxxxxxxxxxxxx"])
                pcat = "env-reference" if ph.startswith("${") else "placeholder"
                exl.append(_fmt(syn, key, str(ex.N(ph, pcat)), last))
            else:
                exl.append(_fmt(syn, key, "", last))
        else:
            _, keys, (kid, sec), cat, _c = it
            l1 = _fmt(syn, keys[0], str(d.A(kid, ident=True)), False)
            l2 = _fmt(syn, keys[1], str(d.A(sec)), last)
            lines.append(str(d.B("secret", cat)) + l1 + "\n" + l2 + str(d.E()))
            exl.append(_fmt(syn, keys[0], "", False))
            exl.append(_fmt(syn, keys[1], str(ex.N("<%s>" % keys[1].lower(), "placeholder")), last))
    d.done(head.format(svc=svc) + "\n".join(lines) + "\n" + tail.format())
    ex.done(head.format(svc=svc).replace("credentials", "placeholder credentials") + "\n".join(exl) + "\n" + tail.format())


def manifest(t, base, svc, registry):
    v, r = t.v, t.r
    kind = r.choice(["k8s", "gha", "tf"])
    if kind == "k8s":
        d = t.f(base + "/deploy/%s-deployment.yaml" % svc)
        d.done(f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {svc}
  labels:
    app.kubernetes.io/name: {svc}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: {svc}
  template:
    metadata:
      labels:
        app: {svc}
      annotations:
        checksum/config: {d.N(v.sha256(), "file-checksum")}
        vault.hashicorp.com/agent-inject: "true"
        vault.hashicorp.com/agent-inject-template-db: {d.N('{{- with secret "database/creds/%s" -}}{{ .Data.password }}{{- end }}' % svc, "template-reference")}
        eks.amazonaws.com/role-arn: {d.N("arn:aws:iam::%s:role/%s-irsa" % (v.digits(12), svc), "resource-identifier")}
    spec:
      serviceAccountName: {svc}
      containers:
        - name: app
          image: {d.N("%s/%s@%s" % (registry, svc, v.digest()), "image-digest")}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {svc}-db
                  key: password
            - name: API_TOKEN
              value: {d.N("$(API_TOKEN_FROM_VAULT)", "env-reference")}
            - name: TENANT_ID
              value: {d.N(v.uuid(), "uuid")}
          resources:
            limits:
              memory: 512Mi
      initContainers:
        - name: migrate
          image: {d.N("%s/%s-migrate@%s" % (registry, svc, v.digest()), "image-digest")}
""")
    elif kind == "gha":
        d = t.f(base + "/.github/workflows/deploy.yml")
        d.done(f"""name: deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@{d.N(v.sha1(), "git-sha")} # v4.2.2
      - uses: aws-actions/configure-aws-credentials@{d.N(v.sha1(), "git-sha")} # v4
        with:
          role-to-assume: {d.N("arn:aws:iam::%s:role/gha-%s-deploy" % (v.digits(12), svc), "resource-identifier")}
          aws-region: us-east-1
      - name: Build
        run: make build
        env:
          NPM_TOKEN: {d.N("${{ secrets.NPM_TOKEN }}", "ci-secret-reference")}
      - name: Deploy
        run: ./scripts/deploy.sh
        env:
          DEPLOY_KEY: {d.N("${{ secrets.DEPLOY_KEY }}", "ci-secret-reference")}
          SENTRY_RELEASE: ${{{{ github.sha }}}}
      - name: Verify artifact
        run: echo "{d.N(v.sha256(), "file-checksum")}  dist/{svc}.tar.gz" | sha256sum -c -
""")
    else:
        d = t.f(base + "/terraform/main.tf")
        d.done(f"""terraform {{
  required_version = ">= 1.6"
  backend "s3" {{
    bucket         = "{svc}-tfstate"
    key            = "prod/terraform.tfstate"
    region         = "us-east-1"
    kms_key_id     = "{d.N("arn:aws:kms:us-east-1:%s:key/%s" % (v.digits(12), v.uuid()), "resource-identifier")}"
  }}
}}

data "aws_secretsmanager_secret_version" "db" {{
  secret_id = "{d.N("arn:aws:secretsmanager:us-east-1:%s:secret:%s/db-%s" % (v.digits(12), svc, v.an(6)), "secret-manager-reference")}"
}}

resource "aws_db_instance" "main" {{
  identifier          = "{svc}-prod"
  engine              = "postgres"
  username            = "{svc}_admin"
  password            = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
  storage_encrypted   = true
}}

resource "aws_instance" "bastion" {{
  ami           = "{d.N("ami-0" + v.hex(16), "resource-identifier")}"
  instance_type = "t3.micro"
  user_data_replace_on_change = true
  tags = {{ Name = "{svc}-bastion" }}
}}

variable "db_password" {{
  type      = string
  sensitive = true
  default   = "{d.N("CHANGE_ME", "placeholder")}"
}}
""")


def keys(t, base, svc, n=None):
    """3-4 private keys in different wrappings."""
    r, v = t.r, t.v
    kinds = ["openssh", "k8s-tls", "yaml-block", "json-escaped", "jwk", "b64der", "code-literal", "heredoc", "env-b64",
             "pem-file", "ssh-ecdsa"]
    chosen = r.sample(kinds, n or r.randrange(6, 8))
    for k in chosen:
        if k == "openssh":
            key = t.ed() if r.random() < 0.6 else t.rsa()
            who = v.user()
            d = t.f(base + "/ops/keys/%s_deploy_%s" % (svc, "ed25519" if key.kind == "ed25519" else "rsa"))
            d.done(str(d.S(key.openssh("%s@%s" % (who, svc), r), "private-key-openssh")))
            if r.random() < 0.5:
                p = t.f(base + "/ops/keys/%s_deploy_%s.pub" % (svc, "ed25519" if key.kind == "ed25519" else "rsa"))
                p.done(str(p.N(key.ssh_public("%s@%s" % (who, svc)), "public-key")))
        elif k == "k8s-tls":
            key = t.ec() if r.random() < 0.5 else t.rsa()
            ca, _ = t.ca("%s internal CA" % svc, svc)
            crt = t.cert_for(key, "%s.internal" % svc, ca, "%s internal CA" % svc, svc)
            pem = key.pem_pkcs8() if r.random() < 0.5 else (key.pem_pkcs1() if key.kind == "rsa" else key.pem_sec1())
            d = t.f(base + "/deploy/%s-tls.yaml" % svc)
            d.done(f"""apiVersion: v1
kind: Secret
metadata:
  name: {svc}-tls
  namespace: {svc}
type: kubernetes.io/tls
data:
  tls.crt: {d.N(b64(skeys.cert_pem(crt) + chr(10)), "certificate-base64")}
  tls.key: {d.S(b64(pem + chr(10)), "private-key-pem-base64", "b64pem")}
""")
        elif k == "yaml-block":
            key = t.rsa() if r.random() < 0.5 else t.ec()
            ca, _ = t.ca("%s mTLS CA" % svc, svc)
            crt = t.cert_for(key, "%s-client" % svc, ca, "%s mTLS CA" % svc, svc)
            d = t.f(base + "/config/mtls.yaml")
            body = (f"mtls:\n  enabled: true\n  server_name: {svc}.internal\n"
                    f"  client_certificate: |\n{d.N(indent(skeys.cert_pem(crt), 4), 'certificate')}\n"
                    + yaml_key(d, "client_key", key.pem_pkcs8(), 2) + "\n")
            d.done(body)
        elif k == "json-escaped":
            key = t.rsa()
            d = t.f(base + "/config/signing.json")
            d.done("{\n  \"issuer\": \"https://%s.internal\",\n  \"kid\": \"%s\",\n  \"public_key\": \"%s\",\n  \"private_key\": \"%s\",\n  \"alg\": \"RS256\"\n}\n" % (
                svc, v.hex(16), d.N(esc_nl(key.pem_public()) + "\\n", "public-key"),
                d.S(esc_nl(key.pem_pkcs8()) + "\\n", "private-key-pem-escaped")))
        elif k == "jwk":
            key = t.ec() if r.random() < 0.5 else t.ed()
            kid = v.hex(12)
            d = t.f(base + "/config/jwt-signing.jwk.json")
            d.done(d.S(json.dumps(key.jwk(kid=kid), indent=2), "private-key-jwk", "jwk") + "\n")
            if r.random() < 0.5:
                p = t.f(base + "/public/.well-known/jwks.json")
                p.done(p.N(json.dumps({"keys": [key.jwk(kid=kid, private=False)]}, indent=2), "jwks-public") + "\n")
        elif k == "b64der":
            key = t.rsa() if r.random() < 0.4 else t.ec()
            d = t.f(base + "/conf/signer.properties")
            d.done("# request signer\nsigner.algorithm=%s\nsigner.key.format=pkcs8-der-base64\nsigner.key=%s\nsigner.key.id=%s\n" % (
                "RS256" if key.kind == "rsa" else "ES256", d.S(skeys.b64(key.pkcs8()), "private-key-der-base64", "b64der"),
                v.uuid()))
        elif k == "code-literal":
            key = t.ec() if r.random() < 0.5 else t.rsa()
            lang = r.choice(["py", "go", "java", "cs"])
            pemv = key.pem_pkcs8() if r.random() < 0.5 else (key.pem_sec1() if key.kind == "ec" else key.pem_pkcs1())
            if lang == "py":
                d = t.f(base + "/tools/sign_payload.py")
                d.done('import jwt\n\n# TODO move to vault before go-live\nPRIVATE_KEY = """%s"""\n\n\ndef sign(claims):\n    return jwt.encode(claims, PRIVATE_KEY, algorithm="%s")\n' % (
                    d.S(pemv, "private-key-pem"), "ES256" if key.kind == "ec" else "RS256"))
            elif lang == "go":
                d = t.f(base + "/internal/sign/key.go")
                d.done("package sign\n\n// fixture key for the staging signer\nvar signingKey = []byte(`%s`)\n" % d.S(pemv, "private-key-pem"))
            elif lang == "java":
                d = t.f(base + "/src/main/java/com/%s/auth/Keys.java" % svc.replace("-", ""))
                d.done("package com.%s.auth;\n\nfinal class Keys {\n    static final String SIGNING_KEY = \"\"\"\n%s\n        \"\"\";\n\n    private Keys() {}\n}\n" % (
                    svc.replace("-", ""), d.S(indent(pemv, 8), "private-key-pem")))
            else:
                d = t.f(base + "/src/Auth/SigningKey.cs")
                d.done("namespace Auth\n{\n    internal static class SigningKey\n    {\n        internal const string Pem = @\"%s\";\n    }\n}\n" % d.S(pemv, "private-key-pem"))
        elif k == "heredoc":
            key = t.rsa() if r.random() < 0.5 else t.ec()
            d = t.f(base + "/terraform/acm-import.tf")
            d.done('resource "aws_acm_certificate" "imported" {\n  certificate_body = file("${path.module}/certs/%s.crt")\n%s  private_key      = <<-EOT\n%s\n  EOT%s\n}\n' % (
                svc, d.B("secret", "private-key-pem"), d.A(indent(key.pem_pkcs8() if r.random() < 0.5 else (key.pem_pkcs1() if key.kind == "rsa" else key.pem_sec1()), 4)), d.E()))
        elif k == "pem-file":
            key = t.ec() if r.random() < 0.6 else t.rsa()
            fmt = r.choice(["pkcs8", "native"])
            pemv = key.pem_pkcs8() if fmt == "pkcs8" else (key.pem_sec1() if key.kind == "ec" else key.pem_pkcs1())
            ca, _ = t.ca("%s services CA" % svc, svc)
            crt = t.cert_for(key, "api.%s.internal" % svc, ca, "%s services CA" % svc, svc)
            d = t.f(base + "/deploy/tls/api.key")
            d.done(str(d.S(pemv, "private-key-pem")))
            if r.random() < 0.5:
                p = t.f(base + "/deploy/tls/api.crt")
                p.done(str(p.N(skeys.cert_pem(crt), "certificate")))
        elif k == "ssh-ecdsa":
            key = t.ec()
            who = v.user()
            d = t.f(base + "/ops/bastion/id_ecdsa")
            d.done(str(d.S(key.openssh("%s@bastion" % who, r), "private-key-openssh")))
            p = t.f(base + "/ops/bastion/authorized_keys")
            p.done("%s\n%s\n" % (p.N(key.ssh_public("%s@bastion" % who), "public-key"),
                                 p.N(t.ed().ssh_public("%s@laptop" % v.user()), "public-key")))
        elif k == "env-b64":
            key = t.ec() if r.random() < 0.5 else t.rsa()
            d = t.f(base + "/.env.signing")
            d.done("# base64 -w0 of the PEM, decoded at boot\nSIGNING_KEY_B64=%s\nSIGNING_KEY_ID=%s\n" % (
                d.S(b64((key.pem_pkcs8() if r.random() < 0.5 else (key.pem_sec1() if key.kind == "ec" else key.pem_pkcs1())) + "\n"), "private-key-pem-base64", "b64pem"),
                v.hex(16)))


def yaml_key(d, name, pem_text, ind):
    return "%s%s%s: |\n%s%s" % (" " * ind, d.B("secret", "private-key-pem"), name, d.A(indent(pem_text, ind + 2)), d.E())


def masked_log(t, base, svc):
    v, r = t.v, t.r
    d = t.f(base + "/logs/%s-startup.log" % svc)
    day = "2025-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 28))
    tok = v.an(4)
    d.done(f"""{day}T06:00:01.113Z INFO  {svc} starting (build {v.hex(7)})
{day}T06:00:01.150Z INFO  loading configuration from /etc/{svc}/config.yaml
{day}T06:00:01.152Z DEBUG db.url=postgresql://{svc}:{d.N("********", "masked-value")}@db.internal:5432/{svc}
{day}T06:00:01.153Z DEBUG api.token={d.N("sk-proj-" + tok + "…[masked]", "masked-value")}
{day}T06:00:01.154Z DEBUG outbound headers: Authorization: Bearer {d.N("[REDACTED]", "masked-value")}
{day}T06:00:01.160Z DEBUG aws credentials: aws_access_key_id={d.N("AKIA************" + v.uan(4), "masked-value")} source=instance-profile
{day}T06:00:01.201Z INFO  request id {d.N(v.uuid(), "uuid")} served in 12ms
{day}T06:00:02.004Z WARN  smtp password not set, falling back to relay without auth
{day}T06:00:02.010Z INFO  ready on :8080
""")


def fixtures(t, base, svc):
    v, r = t.v, t.r
    lang = r.choice(["py", "js", "go"])
    g1, g2, n1 = v.gh_bad("ghp"), v.gh_bad(r.choice(["gho", "ghs"])), v.gh_bad("npm")
    if lang == "py":
        d = t.f(base + "/tests/test_redaction.py")
        d.done(f'''"""The log redactor must mask token-shaped strings. None of these are live credentials."""
import pytest

from {svc.replace("-", "_")}.logging import redact

# checksum deliberately broken so push protection does not flag the fixture
BAD_CHECKSUM_PAT = "{d.N(g1, "bad-checksum-token")}"
BAD_CHECKSUM_APP = "{d.N(g2, "bad-checksum-token")}"
BAD_CHECKSUM_NPM = "{d.N(n1, "bad-checksum-token")}"
{d.B("negative", "documentation-example")}AWS_DOC_KEY_ID = "{d.A(AWS_DOC_ID)}"
AWS_DOC_SECRET = "{d.A(AWS_DOC_SECRET)}"{d.E()}
STRIPE_DOC_KEY = "{d.N(STRIPE_DOC, "documentation-example")}"
JWT_SAMPLE = "{d.N(JWT_IO, "documentation-example", "jwt")}"


@pytest.mark.parametrize("raw", [BAD_CHECKSUM_PAT, BAD_CHECKSUM_APP, BAD_CHECKSUM_NPM, AWS_DOC_SECRET, STRIPE_DOC_KEY, JWT_SAMPLE])
def test_redacts(raw):
    assert raw not in redact("token=" + raw)


def test_password_field():
    assert redact("password=hunter2") == "password=****"
''')
    elif lang == "js":
        d = t.f(base + "/test/redact.test.js")
        d.done(f"""// fixtures for the log scrubber; values are documentation examples or fail their checksum
const {{ scrub }} = require('../src/scrub');

const cases = {{
  githubBadCrc: '{d.N(g1, "bad-checksum-token")}',
  appBadCrc: '{d.N(g2, "bad-checksum-token")}',
  npmBadCrc: '{d.N(n1, "bad-checksum-token")}',
  slackDocs: '{d.N(SLACK_DOC, "documentation-example")}',
  stripeDocs: '{d.N(STRIPE_DOC, "documentation-example")}',
{d.B("negative", "documentation-example")}  awsDocsId: '{d.A(AWS_DOC_ID)}',
  awsDocsSecret: '{d.A(AWS_DOC_SECRET)}',{d.E()}
  placeholder: '{d.N("sk_live_" + "x" * 24, "placeholder")}',
}};

for (const [name, raw] of Object.entries(cases)) {{
  test(`scrubs ${{name}}`, () => expect(scrub(`key=${{raw}}`)).not.toContain(raw));
}}
""")
    else:
        d = t.f(base + "/internal/scrub/scrub_test.go")
        d.done(f"""package scrub

import "testing"

// Token-shaped fixtures: checksums are wrong on purpose, the rest are documented examples.
var fixtures = []string{{
	"{d.N(g1, "bad-checksum-token")}",
	"{d.N(g2, "bad-checksum-token")}",
	"{d.N(n1, "bad-checksum-token")}",
	"{d.N(JWT_IO, "documentation-example", "jwt")}",
	"{d.N(STRIPE_DOC, "documentation-example")}",
	"{d.N("AKIA" + "X" * 16, "placeholder")}",
}}

func TestScrub(t *testing.T) {{
	for _, f := range fixtures {{
		if got := Scrub("token=" + f); got == "token="+f {{
			t.Fatalf("not scrubbed: %s", f)
		}}
	}}
}}
""")


def inventory(t, base, svc):
    v, r = t.v, t.r
    d = t.f(base + "/docs/inventory.csv")
    rows = ["resource,kind,identifier,owner,notes"]
    rows.append("%s-prod,aws-account,%s,platform,production payer" % (svc, d.N(v.digits(12), "account-identifier")))
    rows.append("%s-kv,azure-key-vault,%s,platform,secrets live here" % (svc, d.N("/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.KeyVault/vaults/kv-%s" % (v.uuid(), svc, svc), "resource-identifier")))
    rows.append("%s-tenant,entra-tenant,%s,identity," % (svc, d.N(v.uuid(), "uuid")))
    rows.append("%s-sa,gcp-service-account,%s@%s-prod.iam.gserviceaccount.com,data,key id %s" % (svc, svc, svc, d.N(v.hex(40), "resource-identifier")))
    rows.append("%s-bucket,s3,arn:aws:s3:::%s-artifacts,platform,versioned" % (svc, svc))
    d.done("\n".join(rows) + "\n")


def legacy(t, base, svc):
    """3-5 small ops files with generic credentials in assorted syntaxes."""
    r, v = t.r, t.v
    host = "%s-db.internal" % svc
    pool = ["compose", "redis", "pgpass", "maven", "npmrc", "pip", "gitcred", "rabbit", "cron", "smbcred", "sssd",
            "jvm", "spring", "dockerfile", "ansible", "mycnf", "makefile", "laravel"]
    for k in r.sample(pool, r.randrange(2, 5)):
        if k == "compose":
            d = t.f(base + "/docker-compose.yml")
            d.done(f"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: {svc.replace("-", "_")}
      POSTGRES_PASSWORD: {d.S(v.pw(specials="-_.!"), "database-password")}
  minio:
    image: minio/minio
    environment:
      MINIO_ROOT_USER: admin
      MINIO_ROOT_PASSWORD: {d.S(v.pw("strong", specials=""), "service-account-password")}
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "{d.S(v.an(24), "database-password")}"]
  app:
    build: .
    environment:
      DB_PASSWORD: {d.N("${{POSTGRES_PASSWORD}}", "env-reference")}
""")
        elif k == "redis":
            d = t.f(base + "/conf/redis.conf")
            d.done(f"""bind 0.0.0.0
port 6379
protected-mode yes
requirepass {d.S(v.an(32), "database-password")}
masterauth {d.S(v.an(32), "database-password")}
maxmemory 2gb
""")
        elif k == "pgpass":
            d = t.f(base + "/ops/.pgpass")
            d.done("%s:5432:%s:%s:%s\n%s:5432:*:replicator:%s\n" % (
                host, svc.replace("-", "_"), svc.replace("-", "_"), d.S(v.pw(specials="-_.!*"), "database-password"),
                host, d.S(v.pw("strong", specials=""), "database-password")))
        elif k == "maven":
            d = t.f(base + "/.mvn/settings.xml")
            d.done(f"""<settings>
  <servers>
    <server>
      <id>internal-releases</id>
      <username>deployer</username>
      <password>{d.S(v.pw(specials="!-_."), "generic-password")}</password>
    </server>
    <server>
      <id>internal-snapshots</id>
      <username>deployer</username>
      <password>{d.N("{" + v.b64(32) + "}", "encrypted-blob")}</password>
    </server>
  </servers>
</settings>
""")
        elif k == "npmrc":
            u, p = "ci-" + svc, v.pw("strong", specials="")
            d = t.f(base + "/.npmrc")
            d.done(f"""@{svc}:registry=https://npm.internal.example.com/
//npm.internal.example.com/:_auth={d.S(v.basic(u, p), "basic-auth-header", "basic")}
//registry.npmjs.org/:_authToken={d.N("${{NPM_TOKEN}}", "env-reference")}
always-auth=true
""")
        elif k == "pip":
            d = t.f(base + "/pip.conf")
            d.done(f"""[global]
index-url = {d.S("https://pypi-reader:%s@pypi.internal.example.com/simple/" % v.pw(specials="-_.!*"), "credential-uri")}
trusted-host = pypi.internal.example.com
timeout = 60
""")
        elif k == "gitcred":
            d = t.f(base + "/ops/.git-credentials")
            d.done("%s\n" % d.S("https://build-bot:%s@git.internal.example.com" % v.pw(specials="-_.!*"), "credential-uri"))
        elif k == "rabbit":
            d = t.f(base + "/conf/rabbitmq-definitions.json")
            d.done("""{
  "users": [
    {"name": "%s", "password": %s, "tags": "management"},
    {"name": "monitoring", "password_hash": %s, "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": "monitoring"}
  ],
  "vhosts": [{"name": "/"}]
}
""" % (svc, jq(str(d.S(v.pw(specials="-_.!"), "service-account-password"))), jq(str(d.N(v.b64(36), "password-hash")))))
        elif k == "cron":
            d = t.f(base + "/ops/crontab.txt")
            d.done(f"""# m h dom mon dow command
15 2 * * * mysqldump -h {host} -u backup -p'{d.S(v.pw(specials="-_.!"), "database-password")}' --all-databases | gzip > /backup/all-$(date +\\%F).sql.gz
0 4 * * 0 find /backup -mtime +30 -delete
""")
        elif k == "smbcred":
            d = t.f(base + "/ops/smb-credentials")
            d.done(f"""username=svc_{svc.replace("-", "")[:12]}
password={d.S(v.pw(), "service-account-password")}
domain=CORP
""")
        elif k == "sssd":
            d = t.f(base + "/ops/sssd.conf")
            d.done(f"""[domain/corp]
id_provider = ldap
ldap_uri = ldaps://ldap.internal.example.com
ldap_search_base = dc=corp,dc=example,dc=com
ldap_default_bind_dn = cn=svc-{svc},ou=service,dc=corp,dc=example,dc=com
ldap_default_authtok_type = password
ldap_default_authtok = {d.S(v.pw(), "ldap-bind-password")}
""")
        elif k == "jvm":
            d = t.f(base + "/conf/jvm.options")
            d.done(f"""-Xms512m
-Xmx2g
-Djavax.net.ssl.keyStore=/etc/{svc}/keystore.p12
-Djavax.net.ssl.keyStorePassword={d.S(v.pw("strong", specials=""), "generic-password")}
-Djavax.net.ssl.trustStorePassword={d.N("changeit", "well-known-default")}
""")
        elif k == "spring":
            d = t.f(base + "/src/main/resources/application-prod.yml")
            d.done(f"""spring:
  mail:
    host: smtp.internal.example.com
    username: noreply
    password: {d.S(v.pw(), "smtp-password")}
  datasource:
    url: jdbc:postgresql://{host}:5432/{svc.replace("-", "_")}
    username: app
    password: {d.N("${{DB_PASSWORD}}", "env-reference")}
""")
        elif k == "dockerfile":
            d = t.f(base + "/Dockerfile.legacy")
            d.done(f"""FROM eclipse-temurin:17-jre@{d.N(v.digest(), "image-digest")}
ENV APP_HOME=/opt/{svc}
ENV REPORTS_DB_PASSWORD={d.S(v.pw(specials="-_.!"), "database-password")}
COPY target/{svc}.jar $APP_HOME/app.jar
ENTRYPOINT ["java", "-jar", "/opt/{svc}/app.jar"]
""")
        elif k == "ansible":
            d = t.f(base + "/ops/inventory.ini")
            d.done(f"""[app]
app01.internal ansible_user=deploy ansible_password={d.S(v.pw(specials="-_.!*"), "service-account-password")}
app02.internal ansible_user=deploy ansible_ssh_private_key_file=~/.ssh/deploy_ed25519

[app:vars]
ansible_become_password={d.N("{{{{ vault_become_password }}}}", "template-reference")}
""")
        elif k == "mycnf":
            d = t.f(base + "/ops/.my.cnf")
            d.done(f"""[client]
host={host}
user=report
password={d.S(v.pw(specials="-_.!*"), "database-password")}
""")
        elif k == "makefile":
            d = t.f(base + "/Makefile")
            d.done(f""".PHONY: build publish
build:
\tdocker build -t {svc} .

publish:
\tcurl -fsS -u admin:{d.S(v.pw(specials="-_.!"), "generic-password")} -T dist/{svc}.tgz https://artifacts.internal.example.com/repository/releases/
""")
        elif k == "laravel":
            d = t.f(base + "/admin-panel/.env")
            d.done(f"""APP_NAME=AdminPanel
APP_ENV=production
APP_KEY={d.S("base64:" + v.b64(32), "app-secret-key")}
DB_CONNECTION=mysql
DB_HOST={host}
DB_USERNAME=admin_panel
DB_PASSWORD={d.S(v.pw(specials="-_.!*"), "database-password")}
MAIL_PASSWORD={d.N("null", "placeholder")}
""")


def layer(t, base, svc, registry):
    legacy(t, base, svc)
    integrations(t, base, svc)
    manifest(t, base, svc, registry)
    keys(t, base, svc)
    masked_log(t, base, svc)
    fixtures(t, base, svc)
    if t.r.random() < 0.5:
        inventory(t, base, svc)
    handover(t, base, svc)


def handover(t, base, svc):
    """One prose file per theme, in a format the theme itself does not use, with pasted credentials."""
    r, v = t.r, t.v
    kind = r.choice(["mattermost", "irc", "fish", "mysql", "confluence", "zendesk", "meeting"])
    key, gen, cat, chk = r.choice(SINGLE)
    tok = gen(v, t)
    pw1 = v.pw()
    who = [v.person() for _ in range(3)]
    paste_key = r.random() < 0.5
    if kind == "mattermost":
        d = t.f(base + "/docs/exports/mattermost-%s-ops.jsonl" % svc, prose=True)
        msgs = [(who[0], "deploy of %s is failing on the %s step" % (svc, key.split("_")[0].lower())),
                (who[1], "the %s in the pipeline expired, new one: %s" % (key, d.S(tok, cat, chk))),
                (who[2], "db still wants the old service password, it's %s" % d.S(pw1, "service-account-password")),
                (who[0], "fixed, build %s green" % d.N(v.sha1(), "git-sha"))]
        lines = ['{"type":"version","version":1}']
        ts = 1715000000000 + r.randrange(10 ** 9)
        for u, m in msgs:
            ts += r.randrange(10000, 900000)
            lines.append('{"type":"post","post":{"team":"ops","channel":"%s","user":%s,"message":%s,"create_at":%d}}' % (
                svc, jq(u.split()[0].lower()), jq(m), ts))
        if paste_key:
            k = t.ec()
            lines.append('{"type":"post","post":{"team":"ops","channel":"%s","user":%s,"message":%s,"create_at":%d}}' % (
                svc, jq(who[1].split()[0].lower()), jq("here's the staging signer key " + str(d.S(esc_nl(k.pem_pkcs8()), "private-key-pem-escaped"))), ts + 5000))
        d.done("\n".join(lines) + "\n")
    elif kind == "irc":
        d = t.f(base + "/docs/irc/#%s-ops.log" % svc, prose=True)
        n = [x.split()[0].lower() for x in who]
        lines = ["--- Log opened Tue Apr 15 09:00:01 2025",
                 "09:02 <%s> anyone have the %s? CI lost it" % (n[0], key),
                 "09:04 <%s> %s" % (n[1], d.S(tok, cat, chk)),
                 "09:05 <%s> thx. and the admin pw for the staging box?" % n[0],
                 "09:06 <%s> %s - rotate after the demo pls" % (n[2], d.S(pw1, "service-account-password")),
                 "09:07 <%s> tag digest for the record %s" % (n[1], d.N(v.digest(), "image-digest"))]
        if paste_key:
            k = t.ed()
            lines.append("09:09 <%s> and the deploy key, one line so it pastes:" % n[2])
            lines.append("09:09 <%s> %s" % (n[2], d.S(esc_nl(k.pem_pkcs8()), "private-key-pem-escaped")))
        lines.append("--- Log closed Tue Apr 15 18:00:00 2025")
        d.done("\n".join(lines) + "\n")
    elif kind == "fish":
        d = t.f(base + "/ops/home/.local/share/fish/fish_history", prose=True)
        ts = 1714000000 + r.randrange(10 ** 7)
        cmds = ["set -x %s %s" % (key, d.S(tok, cat, chk)),
                "sshpass -p '%s' ssh admin@%s-staging" % (d.S(pw1, "service-account-password"), svc),
                "git status"]
        out = []
        for c in cmds:
            ts += r.randrange(10, 500)
            out.append("- cmd: %s\n  when: %d" % (c, ts))
        d.done("\n".join(out) + "\n")
    elif kind == "mysql":
        d = t.f(base + "/ops/home/.mysql_history", prose=True)
        pw2 = v.pw(specials="-_.!")
        d.done("\n".join([
            "show\\040databases;",
            "CREATE\\040USER\\040'%s'@'%%'\\040IDENTIFIED\\040BY\\040'%s';" % (svc.replace("-", "_"), d.S(pw2, "database-password")),
            "ALTER\\040USER\\040'report'@'%%'\\040IDENTIFIED\\040BY\\040'%s';" % d.S(pw1, "database-password"),
            "UPDATE\\040settings\\040SET\\040value='%s'\\040WHERE\\040name='%s';" % (d.S(tok, cat, chk), key.lower()),
            "select\\040count(*)\\040from\\040users;"]) + "\n")
    elif kind == "confluence":
        d = t.f(base + "/docs/confluence-export/%s-runbook.html" % svc, prose=True)
        body = ['<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Owner: %s</p></ac:rich-text-body></ac:structured-macro>' % who[0],
                "<h2>Credentials</h2>",
                "<table><tbody>",
                "<tr><th>System</th><th>User</th><th>Secret</th></tr>",
                "<tr><td>%s admin</td><td>admin</td><td>%s</td></tr>" % (svc, d.S(pw1, "service-account-password")),
                "<tr><td>%s</td><td>-</td><td>%s</td></tr>" % (key, d.S(tok, cat, chk)),
                "<tr><td>Vault path</td><td>-</td><td>%s</td></tr>" % d.N("kv/prod/%s/admin" % svc, "secret-manager-reference"),
                "</tbody></table>"]
        if paste_key:
            k = t.ec()
            body.append('<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[%s]]></ac:plain-text-body></ac:structured-macro>'
                        % d.S(k.pem_sec1(), "private-key-pem"))
        d.done("\n".join(body) + "\n")
    elif kind == "zendesk":
        d = t.f(base + "/docs/exports/zendesk-tickets.csv", prose=True)
        rows = ["id,subject,requester,status,description"]
        rows.append('%s,"%s login",%s,solved,"Reset done, temporary password is %s"' % (v.digits(6), svc, who[0], d.S(pw1, "temporary-password")))
        rows.append('%s,"Integration down",%s,open,"Vendor sent a new %s: %s"' % (v.digits(6), who[1], key.lower().replace("_", " "), d.S(tok, cat, chk)))
        rows.append('%s,"Password reset",%s,solved,"User set a new password (%s)"' % (v.digits(6), who[2], d.N("********", "masked-value")))
        d.done("\n".join(rows) + "\n")
    else:
        d = t.f(base + "/docs/meeting-notes/2025-05-20-%s-cutover.md" % svc, prose=True)
        lines = ["# %s cutover - meeting notes" % svc, "", "Attendees: %s" % ", ".join(who), "",
                 "- Cutover window confirmed for Saturday 02:00.",
                 "- Temporary admin for the new cluster: `admin` / `%s` (rotate Monday)." % d.S(pw1, "temporary-password"),
                 "- %s for the migration job: `%s`" % (key, d.S(tok, cat, chk)),
                 "- Rollback plan: restore snapshot `%s`." % d.N("snap-0" + v.hex(16), "resource-identifier")]
        if paste_key:
            k = t.ed()
            lines += ["", "Migration host key (temporary):", "", "```", str(d.S(k.openssh("migrate@%s" % svc, r), "private-key-openssh")), "```"]
        d.done("\n".join(lines) + "\n")
