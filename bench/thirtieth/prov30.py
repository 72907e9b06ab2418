"""Provider token shapes (from secrets-anchors.md and providers' public docs), key-ID + secret pairs,
public-by-design values, documented examples and masking."""

import base64
import json

from core30 import B62, ALNUM, B64URL, LOWER_ALNUM, gh_checksummed, bech32_encode, jwt, b64u


def _pypi(r):
    # macaroon v2 header bytes: version 2, location "pypi.org", identifier, then caveats; base64url of the binary
    ident = json.dumps({"nonce": r.hex(32), "version": 1}).encode()
    body = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02\x06\x00\x00\x06\x20"
            + r.raw(32))
    return "pypi-" + base64.urlsafe_b64encode(body).decode().rstrip("=")


def _discord(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 2))
    return "%s.%s.%s" % (b64u(uid.encode()), r.b64url(4)[:6], r.b64url(30)[:38])


def _ops(r):
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": r.b64url(16)}, "email": r.lower(12) + "@1passwordserviceaccounts.com",
               "srpX": r.hex(64), "muk": {"alg": "A256GCM", "ext": True, "k": r.b64url(32), "key_ops": ["encrypt", "decrypt"],
               "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + r.chars("ABCDEFGHJKLMNPQRSTVWXYZ23456789", 6),
               "throttleSecret": {"seed": r.hex(64), "uuid": r.uuid()}, "deviceUuid": r.lower(26)}
    return "ops_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def _sentry_org(r):
    payload = {"iat": r.randrange(1700000000, 1760000000), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": r.lower(10)}
    return "sntrys_" + b64u(json.dumps(payload, separators=(",", ":")).encode()) + "_" + r.b64url(32)[:43]


def _glc(r):
    payload = {"o": str(r.randrange(100000, 999999)), "n": "stack-" + r.lower(6) + "-token",
               "k": r.alnum(24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def _jfrog_ref(r):
    return "cmVmdGtuOjAxOjE3" + r.alnum(48)


def _sk_openai(r):
    return "sk-proj-" + r.b64url(60)[:74] + "T3BlbkFJ" + r.b64url(60)[:74]


def _age(r):
    return bech32_encode("age-secret-key-", r.raw(32)).upper()


# name -> (generator, category, conventional variable name)
TOKENS = {
    "github-pat": (lambda r: gh_checksummed("ghp_", r), "github-classic-pat", "GITHUB_TOKEN"),
    "github-oauth": (lambda r: gh_checksummed("gho_", r), "github-oauth-token", "GH_OAUTH_TOKEN"),
    "github-app": (lambda r: gh_checksummed("ghs_", r), "github-app-token", "GH_APP_TOKEN"),
    "github-fine": (lambda r: "github_pat_11" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20) + "_" + r.alnum(59),
                    "github-fine-grained-pat", "GITHUB_PAT"),
    "npm": (lambda r: gh_checksummed("npm_", r), "npm-token", "NPM_TOKEN"),
    "gitlab-pat": (lambda r: "glpat-" + r.chars(B64URL, 20), "gitlab-pat", "GITLAB_TOKEN"),
    "gitlab-deploy": (lambda r: "gldt-" + r.chars(B64URL, 20), "gitlab-deploy-token", "GITLAB_DEPLOY_TOKEN"),
    "gitlab-trigger": (lambda r: "glptt-" + r.hex(40), "gitlab-trigger-token", "GITLAB_TRIGGER_TOKEN"),
    "google-api": (lambda r: "AIza" + r.chars(B64URL, 35), "google-api-key", "GOOGLE_API_KEY"),
    "google-oauth-secret": (lambda r: "GOCSPX-" + r.chars(B64URL, 28), "google-oauth-client-secret", "GOOGLE_CLIENT_SECRET"),
    "slack-bot": (lambda r: "xoxb-%s-%s-%s" % (r.digits(12), r.digits(13), r.alnum(24)), "slack-bot-token", "SLACK_BOT_TOKEN"),
    "slack-webhook": (lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10),
                      r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), r.alnum(24)), "slack-webhook", "SLACK_WEBHOOK_URL"),
    "stripe-live": (lambda r: "sk_live_51" + r.alnum(97), "stripe-secret-key", "STRIPE_SECRET_KEY"),
    "stripe-restricted": (lambda r: "rk_live_51" + r.alnum(97), "stripe-restricted-key", "STRIPE_RESTRICTED_KEY"),
    "stripe-webhook": (lambda r: "whsec_" + r.alnum(32), "stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET"),
    "sendgrid": (lambda r: "SG.%s.%s" % (r.chars(B64URL, 22), r.chars(B64URL, 43)), "sendgrid-api-key", "SENDGRID_API_KEY"),
    "mailgun": (lambda r: "key-" + r.hex(32), "mailgun-api-key", "MAILGUN_API_KEY"),
    "mailchimp": (lambda r: r.hex(32) + "-us" + str(r.randrange(2, 21)), "mailchimp-api-key", "MAILCHIMP_API_KEY"),
    "pypi": (_pypi, "pypi-token", "PYPI_TOKEN"),
    "rubygems": (lambda r: "rubygems_" + r.hex(48), "rubygems-api-key", "GEM_HOST_API_KEY"),
    "nuget": (lambda r: "oy2" + r.lower(43), "nuget-api-key", "NUGET_API_KEY"),
    "dockerhub": (lambda r: "dckr_pat_" + r.chars(B64URL, 27), "dockerhub-pat", "DOCKERHUB_TOKEN"),
    "vault": (lambda r: "hvs." + r.chars(B64URL, 92), "vault-service-token", "VAULT_TOKEN"),
    "tfc": (lambda r: r.alnum(14) + ".atlasv1." + r.alnum(67), "terraform-cloud-token", "TF_TOKEN_app_terraform_io"),
    "doppler": (lambda r: "dp.st.prd." + r.alnum(43), "doppler-service-token", "DOPPLER_TOKEN"),
    "pulumi": (lambda r: "pul-" + r.hex(40), "pulumi-token", "PULUMI_ACCESS_TOKEN"),
    "databricks": (lambda r: "dapi" + r.hex(32), "databricks-pat", "DATABRICKS_TOKEN"),
    "digitalocean": (lambda r: "dop_v1_" + r.hex(64), "digitalocean-pat", "DIGITALOCEAN_TOKEN"),
    "heroku": (lambda r: "HRKU-AA" + r.chars(B64URL, 58), "heroku-api-key", "HEROKU_API_KEY"),
    "vercel": (lambda r: "vcp_" + r.alnum(56), "vercel-token", "VERCEL_TOKEN"),
    "supabase": (lambda r: "sbp_" + r.hex(40), "supabase-management-token", "SUPABASE_ACCESS_TOKEN"),
    "supabase-secret": (lambda r: "sb_secret_" + r.chars(B62, 31), "supabase-secret-key", "SUPABASE_SECRET_KEY"),
    "cloudflare-origin": (lambda r: "v1.0-" + r.hex(24) + "-" + r.hex(146), "cloudflare-origin-ca-key", "CF_ORIGIN_CA_KEY"),
    "shopify": (lambda r: "shpat_" + r.hex(32), "shopify-admin-token", "SHOPIFY_ACCESS_TOKEN"),
    "square": (lambda r: "EAAA" + r.chars(B64URL, 60), "square-access-token", "SQUARE_ACCESS_TOKEN"),
    "braintree": (lambda r: "access_token$production$%s$%s" % (r.lower(16), r.hex(32)), "braintree-access-token", "BRAINTREE_TOKEN"),
    "openai": (_sk_openai, "openai-api-key", "OPENAI_API_KEY"),
    "anthropic": (lambda r: "sk-ant-api03-" + r.chars(B64URL, 93) + "AA", "anthropic-api-key", "ANTHROPIC_API_KEY"),
    "huggingface": (lambda r: "hf_" + r.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 34), "huggingface-token", "HF_TOKEN"),
    "groq": (lambda r: "gsk_" + r.alnum(52), "groq-api-key", "GROQ_API_KEY"),
    "replicate": (lambda r: "r8_" + r.alnum(37), "replicate-token", "REPLICATE_API_TOKEN"),
    "openrouter": (lambda r: "sk-or-v1-" + r.hex(64), "openrouter-key", "OPENROUTER_API_KEY"),
    "langsmith": (lambda r: "lsv2_pt_%s_%s" % (r.hex(32), r.hex(10)), "langsmith-key", "LANGSMITH_API_KEY"),
    "atlassian": (lambda r: "ATATT3xFfGF0" + r.chars(B64URL, 170) + "=" + r.hex(8).upper(), "atlassian-api-token", "JIRA_API_TOKEN"),
    "linear": (lambda r: "lin_api_" + r.alnum(40), "linear-api-key", "LINEAR_API_KEY"),
    "notion": (lambda r: "ntn_" + r.digits(11) + r.alnum(35), "notion-token", "NOTION_TOKEN"),
    "figma": (lambda r: "figd_" + r.chars(B64URL, 40), "figma-token", "FIGMA_TOKEN"),
    "postman": (lambda r: "PMAK-%s-%s" % (r.hex(24), r.hex(34)), "postman-api-key", "POSTMAN_API_KEY"),
    "grafana-sa": (lambda r: "glsa_%s_%s" % (r.alnum(32), r.hex(8)), "grafana-service-account-token", "GRAFANA_TOKEN"),
    "grafana-cloud": (_glc, "grafana-cloud-token", "GRAFANA_CLOUD_TOKEN"),
    "sentry-org": (_sentry_org, "sentry-org-token", "SENTRY_AUTH_TOKEN"),
    "sentry-user": (lambda r: "sntryu_" + r.hex(64), "sentry-user-token", "SENTRY_AUTH_TOKEN"),
    "newrelic": (lambda r: "NRAK-" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27), "newrelic-user-key", "NEW_RELIC_API_KEY"),
    "dynatrace": (lambda r: "dt0c01.%s.%s" % (r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 24), r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 64)),
                  "dynatrace-token", "DT_API_TOKEN"),
    "okta": (lambda r: "00" + r.chars(B64URL, 40), "okta-api-token", "OKTA_API_TOKEN"),
    "telegram": (lambda r: "%s:AA%s" % (r.digits(10), r.chars(B64URL, 33)), "telegram-bot-token", "TELEGRAM_BOT_TOKEN"),
    "discord": (_discord, "discord-bot-token", "DISCORD_TOKEN"),
    "age": (_age, "age-secret-key", "SOPS_AGE_KEY"),
    "onepassword-sa": (_ops, "1password-service-account-token", "OP_SERVICE_ACCOUNT_TOKEN"),
    "circleci": (lambda r: "CCIPAT_%s_%s" % (r.alnum(22), r.hex(40)), "circleci-pat", "CIRCLECI_TOKEN"),
    "buildkite": (lambda r: "bkua_" + r.hex(40), "buildkite-token", "BUILDKITE_API_TOKEN"),
    "bitbucket-dc": (lambda r: "BBDC-" + r.chars(B64URL, 44), "bitbucket-dc-token", "BITBUCKET_TOKEN"),
    "swarm": (lambda r: "SWMTKN-1-%s-%s" % (r.lower(50), r.lower(25)), "docker-swarm-join-token", "SWARM_TOKEN"),
    "render": (lambda r: "rnd_" + r.alnum(32), "render-api-key", "RENDER_API_KEY"),
    "planetscale": (lambda r: "pscale_tkn_" + r.chars(B64URL, 43), "planetscale-token", "PLANETSCALE_TOKEN"),
    "prefect": (lambda r: "pnu_" + r.alnum(36), "prefect-api-key", "PREFECT_API_KEY"),
    "octopus": (lambda r: "API-" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 26), "octopus-api-key", "OCTOPUS_API_KEY"),
    "jfrog": (_jfrog_ref, "jfrog-reference-token", "JFROG_ACCESS_TOKEN"),
    "entra": (lambda r: r.alnum(3) + r.digits(1, False) + "Q~" + r.chars(ALNUM + "_~.-", 34), "azure-entra-client-secret", "AZURE_CLIENT_SECRET"),
    "azure-devops": (lambda r: r.chars("abcdefghijklmnopqrstuvwxyz234567", 52), "azure-devops-pat", "AZURE_DEVOPS_EXT_PAT"),
    "mapbox-secret": (lambda r: "sk.eyJ1Ijoi%s.%s" % (r.b64url(24), r.b64url(16)[:22]), "mapbox-secret-token", "MAPBOX_DOWNLOAD_TOKEN"),
    "bedrock": (lambda r: "ABSKQmVkcm9ja0FQSUtleS" + r.chars(B64URL + "+/", 110), "aws-bedrock-api-key", "AWS_BEARER_TOKEN_BEDROCK"),
    "infracost": (lambda r: "ico-" + r.alnum(32), "infracost-key", "INFRACOST_API_KEY"),
    "perplexity": (lambda r: "pplx-" + r.alnum(48), "perplexity-key", "PERPLEXITY_API_KEY"),
    "xai": (lambda r: "xai-" + r.alnum(80), "xai-key", "XAI_API_KEY"),
    "cloudflare-user": (lambda r: "cfut_" + r.alnum(40) + r.hex(8), "cloudflare-user-token", "CLOUDFLARE_API_TOKEN"),
}

TOKEN_NAMES = list(TOKENS)


def token(r, name):
    fn, cat, var = TOKENS[name]
    return fn(r), cat, var


# ---------------------------------------------------------------- pairs: (id, secret, category, id var, secret var)
def aws_pair(r, prefix="AKIA"):
    return prefix + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), r.chars(ALNUM + "/+", 40)


def pair(r, name):
    if name == "aws":
        i, s = aws_pair(r)
        return i, s, "aws-access-key-pair", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"
    if name == "gcs-hmac":
        return ("GOOG1E" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 55), r.chars(ALNUM + "/+", 40),
                "gcs-hmac-pair", "GCS_ACCESS_KEY_ID", "GCS_SECRET_ACCESS_KEY")
    if name == "alibaba":
        return ("LTAI" + r.alnum(20), r.alnum(30), "alibaba-access-key-pair", "ALIBABA_CLOUD_ACCESS_KEY_ID",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
    if name == "tencent":
        return ("AKID" + r.alnum(32), r.alnum(32), "tencent-secret-pair", "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY")
    if name == "twilio":
        return ("SK" + r.hex(32), r.alnum(32), "twilio-api-key-pair", "TWILIO_API_KEY", "TWILIO_API_SECRET")
    if name == "b2":
        return ("005" + r.hex(22), "K005" + r.chars(ALNUM + "/+", 27), "backblaze-b2-pair", "B2_ACCOUNT_ID", "B2_ACCOUNT_KEY")
    if name == "minio":
        return (r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20), r.chars(ALNUM + "/+", 40), "s3-compatible-pair",
                "S3_ACCESS_KEY", "S3_SECRET_KEY")
    if name == "datadog":
        return (r.hex(32), r.hex(40), "datadog-api-app-pair", "DD_API_KEY", "DD_APP_KEY")
    raise KeyError(name)


PAIR_NAMES = ["aws", "gcs-hmac", "alibaba", "tencent", "twilio", "b2", "minio", "datadog"]


# ---------------------------------------------------------------- public-by-design (negatives)
def public_value(r, name):
    return {
        "stripe-pk": lambda: ("pk_live_51" + r.alnum(97), "stripe-publishable-key"),
        "recaptcha-site": lambda: ("6L" + r.chars(B64URL, 38), "recaptcha-site-key"),
        "sentry-dsn": lambda: ("https://%s@o%s.ingest.sentry.io/%s" % (r.hex(32), r.digits(6), r.digits(7)), "sentry-dsn"),
        "mapbox-pk": lambda: ("pk.eyJ1Ijoi%s.%s" % (r.b64url(24), r.b64url(16)[:22]), "mapbox-public-token"),
        "google-client-id": lambda: ("%s-%s.apps.googleusercontent.com" % (r.digits(12), r.lower(32)), "google-oauth-client-id"),
        "twilio-sid": lambda: ("AC" + r.hex(32), "twilio-account-sid"),
        "posthog": lambda: ("phc_" + r.alnum(43), "posthog-project-key"),
        "supabase-pub": lambda: ("sb_publishable_" + r.chars(B62, 31), "supabase-publishable-key"),
        "langfuse-pk": lambda: ("pk-lf-" + r.uuid(), "langfuse-public-key"),
        "algolia-search": lambda: (r.hex(32), "algolia-search-only-key"),
    }[name]()


PUBLIC_NAMES = ["stripe-pk", "recaptcha-site", "sentry-dsn", "mapbox-pk", "google-client-id", "twilio-sid", "posthog",
                "supabase-pub"]

# documented examples and test vectors (negatives)
DOC_EXAMPLES = [
    ("AKIAIOSFODNN7EXAMPLE", "aws-docs-example-key-id"),
    ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws-docs-example-secret"),
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "stripe-docs-test-key"),
    ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
     ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt-io-example"),
    ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "azurite-well-known-key"),
    ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "rfc8032-test-secret"),
    ("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "rfc4231-hmac-test-key"),
]


def mask(r, value, style=None):
    style = style or r.pick(["stars", "ends", "prefix", "redacted", "x"])
    if style == "stars":
        return value[:3] + "*" * 12 if len(value) > 8 else "********"
    if style == "ends":
        return value[:4] + "\u2026" + value[-4:]
    if style == "prefix":
        cut = value.find("_") + 1 if "_" in value[:12] else 3
        return value[:cut] + "\u2026" + value[-4:]
    if style == "redacted":
        return "[REDACTED]"
    return value[:4] + "x" * 16


def jwt_value(r, issuer, sub, exp):
    return jwt(r, {"iss": issuer, "sub": sub, "iat": exp - 3600 * 24 * 30, "exp": exp})
