"""Provider token shapes (from secrets-anchors.md and providers' public docs), key-ID + secret pairs,
public-by-design values, documented examples and masking."""

import base64
import json

from core31 import (ALNUM, B32, B64, B64URL, HEX, LOWER, UPPER, DIGITS, b64, b64u, bech32_encode, crc_token,
                    jwt, rbytes, rhex, rstr, ruuid)

A62 = ALNUM


def _pypi(r):
    # macaroon v2: 0x02 0x01 0x08 "pypi.org" ... -> base64 starts with AgEIcHlwaS5vcmc
    ident = ruuid(r).encode()
    raw = b"\x02\x01\x08pypi.org\x02\x01" + bytes([len(ident)]) + ident + b"\x00\x02\x06" + rbytes(r, 60)
    return "pypi-" + b64u(raw)


def _sentry_org(r):
    payload = {"iat": 1700000000 + r.randrange(10 ** 7), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": rstr(r, 8, LOWER)}
    return "sntrys_" + b64u(json.dumps(payload, separators=(",", ":")).encode()) + "_" + rstr(r, 43, B64URL.replace("-", "").replace("_", ""))


def _ops(r):
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64u(rbytes(r, 16))}, "email": rstr(r, 12, LOWER) + "@1passwordserviceaccounts.com",
               "srpX": rhex(r, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(r, 32)), "kty": "oct"},
               "secretKey": "A3-" + rstr(r, 6, UPPER + DIGITS) + "-" + rstr(r, 11, UPPER + DIGITS), "deviceUuid": rstr(r, 26, LOWER + DIGITS)}
    return "ops_" + b64u(json.dumps(payload, separators=(",", ":")).encode())


def _grafana_cloud(r):
    payload = {"o": str(r.randrange(10 ** 5, 10 ** 6)), "n": "stack-%d-ingest" % r.randrange(100, 999),
               "k": rstr(r, 24, A62), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + b64(json.dumps(payload, separators=(",", ":")).encode())


def _discord(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 2))
    return b64u(uid.encode()) + "." + rstr(r, 6, B64URL) + "." + rstr(r, 38, B64URL)


def _telegram(r):
    return "%d:AA%s" % (r.randrange(10 ** 9, 8 * 10 ** 9), rstr(r, 33, B64URL))


def _mapbox(r):
    payload = {"u": rstr(r, 8, LOWER), "a": rstr(r, 25, B64URL)}
    return "sk." + b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + rstr(r, 22, B64URL)


def _age(r):
    return bech32_encode("age-secret-key-", list(rbytes(r, 32))).upper()


def _jfrog(r):
    return b64u(b"reftkn:01:" + str(2000000000 + r.randrange(10 ** 8)).encode() + b":" + rstr(r, 31, A62).encode())


def _bedrock(r):
    raw = b"BedrockAPIKey-" + rstr(r, 4, LOWER + DIGITS).encode() + b"-at-" + str(r.randrange(10 ** 11, 10 ** 12)).encode() + b":" + b64(rbytes(r, 42)).encode()
    return "ABSK" + b64(raw)


# name -> (category, generator)
TOKENS = {
    "github-classic": ("github-pat", lambda r: crc_token("ghp_", rstr(r, 30, A62))),
    "github-oauth": ("github-oauth-token", lambda r: crc_token("gho_", rstr(r, 30, A62))),
    "github-app": ("github-app-token", lambda r: crc_token("ghs_", rstr(r, 30, A62))),
    "github-fine": ("github-fine-grained-pat", lambda r: "github_pat_11" + rstr(r, 20, UPPER + DIGITS) + "_" + rstr(r, 59, A62)),
    "gitlab-pat": ("gitlab-pat", lambda r: "glpat-" + rstr(r, 20, A62 + "-_")),
    "gitlab-deploy": ("gitlab-deploy-token", lambda r: "gldt-" + rstr(r, 20, A62 + "-_")),
    "gitlab-trigger": ("gitlab-pipeline-trigger", lambda r: "glptt-" + rhex(r, 40)),
    "google-api": ("google-api-key", lambda r: "AIza" + rstr(r, 35, A62 + "-_")),
    "google-oauth-secret": ("google-oauth-client-secret", lambda r: "GOCSPX-" + rstr(r, 28, A62 + "-_")),
    "slack-bot": ("slack-bot-token", lambda r: "xoxb-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), rstr(r, 24, A62))),
    "slack-webhook": ("slack-webhook", lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(r, 10, UPPER + DIGITS), rstr(r, 10, UPPER + DIGITS), rstr(r, 24, A62))),
    "stripe-secret": ("stripe-secret-key", lambda r: "sk_live_51" + rstr(r, 97, A62)),
    "stripe-restricted": ("stripe-restricted-key", lambda r: "rk_live_51" + rstr(r, 97, A62)),
    "stripe-webhook": ("stripe-webhook-secret", lambda r: "whsec_" + rstr(r, 32, A62)),
    "sendgrid": ("sendgrid-api-key", lambda r: "SG." + rstr(r, 22, B64URL) + "." + rstr(r, 43, B64URL)),
    "mailgun": ("mailgun-api-key", lambda r: "key-" + rhex(r, 32)),
    "mailchimp": ("mailchimp-api-key", lambda r: rhex(r, 32) + "-us%d" % r.randrange(2, 21)),
    "npm": ("npm-token", lambda r: crc_token("npm_", rstr(r, 30, A62))),
    "pypi": ("pypi-token", _pypi),
    "rubygems": ("rubygems-api-key", lambda r: "rubygems_" + rhex(r, 48)),
    "nuget": ("nuget-api-key", lambda r: "oy2" + rstr(r, 43, LOWER + DIGITS)),
    "dockerhub": ("dockerhub-pat", lambda r: "dckr_pat_" + rstr(r, 27, B64URL)),
    "jfrog": ("jfrog-reference-token", _jfrog),
    "vault": ("vault-token", lambda r: "hvs." + rstr(r, 24, A62) + rstr(r, 70, B64URL)),
    "tfc": ("terraform-cloud-token", lambda r: rstr(r, 14, A62) + ".atlasv1." + rstr(r, 67, A62)),
    "doppler": ("doppler-token", lambda r: "dp.st.prd." + rstr(r, 43, A62)),
    "pulumi": ("pulumi-token", lambda r: "pul-" + rhex(r, 40)),
    "databricks": ("databricks-pat", lambda r: "dapi" + rhex(r, 32)),
    "digitalocean": ("digitalocean-pat", lambda r: "dop_v1_" + rhex(r, 64)),
    "heroku": ("heroku-api-key", lambda r: "HRKU-AA" + rstr(r, 58, B64URL)),
    "vercel": ("vercel-token", lambda r: "vcp_" + rstr(r, 56, A62)),
    "supabase": ("supabase-management-token", lambda r: "sbp_" + rhex(r, 40)),
    "supabase-secret": ("supabase-secret-key", lambda r: "sb_secret_" + rstr(r, 31, A62 + "-_")),
    "cloudflare": ("cloudflare-api-token", lambda r: "cfut_" + rstr(r, 40, A62) + rhex(r, 8)),
    "cloudflare-ca": ("cloudflare-origin-ca-key", lambda r: "v1.0-" + rhex(r, 24) + "-" + rhex(r, 146)),
    "shopify": ("shopify-access-token", lambda r: "shpat_" + rhex(r, 32)),
    "square": ("square-access-token", lambda r: "EAAA" + rstr(r, 60, B64URL)),
    "braintree": ("braintree-access-token", lambda r: "access_token$production$" + rstr(r, 16, LOWER + DIGITS) + "$" + rhex(r, 32)),
    "openai": ("openai-api-key", lambda r: "sk-proj-" + rstr(r, 74, B64URL) + "T3BlbkFJ" + rstr(r, 74, B64URL)),
    "anthropic": ("anthropic-api-key", lambda r: "sk-ant-api03-" + rstr(r, 93, B64URL) + "AA"),
    "huggingface": ("huggingface-token", lambda r: "hf_" + rstr(r, 34, UPPER + LOWER)),
    "groq": ("groq-api-key", lambda r: "gsk_" + rstr(r, 52, A62)),
    "perplexity": ("perplexity-api-key", lambda r: "pplx-" + rstr(r, 48, A62)),
    "replicate": ("replicate-token", lambda r: "r8_" + rstr(r, 37, A62)),
    "openrouter": ("openrouter-key", lambda r: "sk-or-v1-" + rhex(r, 64)),
    "xai": ("xai-api-key", lambda r: "xai-" + rstr(r, 80, A62)),
    "langsmith": ("langsmith-key", lambda r: "lsv2_pt_" + rhex(r, 32) + "_" + rhex(r, 10)),
    "atlassian": ("atlassian-api-token", lambda r: "ATATT3xFfGF0" + rstr(r, 170, B64URL) + "=" + rhex(r, 8).upper()),
    "linear": ("linear-api-key", lambda r: "lin_api_" + rstr(r, 40, A62)),
    "notion": ("notion-token", lambda r: "ntn_" + rstr(r, 46, A62)),
    "figma": ("figma-token", lambda r: "figd_" + rstr(r, 40, B64URL)),
    "postman": ("postman-api-key", lambda r: "PMAK-" + rhex(r, 24) + "-" + rhex(r, 34)),
    "grafana-sa": ("grafana-service-account-token", lambda r: "glsa_" + rstr(r, 32, A62) + "_" + rhex(r, 8)),
    "grafana-cloud": ("grafana-cloud-token", _grafana_cloud),
    "sentry-user": ("sentry-user-token", lambda r: "sntryu_" + rhex(r, 64)),
    "sentry-org": ("sentry-org-token", _sentry_org),
    "newrelic": ("newrelic-user-key", lambda r: "NRAK-" + rstr(r, 27, UPPER + DIGITS)),
    "dynatrace": ("dynatrace-token", lambda r: "dt0c01." + rstr(r, 24, UPPER + DIGITS) + "." + rstr(r, 64, UPPER + DIGITS)),
    "okta": ("okta-api-token", lambda r: "00" + rstr(r, 40, B64URL)),
    "telegram": ("telegram-bot-token", _telegram),
    "discord": ("discord-bot-token", _discord),
    "age": ("age-secret-key", _age),
    "onepassword": ("1password-service-account-token", _ops),
    "circleci": ("circleci-pat", lambda r: "CCIPAT_" + rstr(r, 22, A62) + "_" + rhex(r, 40)),
    "buildkite": ("buildkite-token", lambda r: "bkua_" + rhex(r, 40)),
    "bitbucket-dc": ("bitbucket-dc-token", lambda r: "BBDC-" + rstr(r, 44, A62 + "+")),
    "swarm": ("docker-swarm-join-token", lambda r: "SWMTKN-1-" + rstr(r, 50, LOWER + DIGITS) + "-" + rstr(r, 25, LOWER + DIGITS)),
    "render": ("render-api-key", lambda r: "rnd_" + rstr(r, 32, A62)),
    "planetscale": ("planetscale-token", lambda r: "pscale_tkn_" + rstr(r, 43, A62 + "_")),
    "prefect": ("prefect-api-key", lambda r: "pnu_" + rstr(r, 36, A62)),
    "octopus": ("octopus-api-key", lambda r: "API-" + rstr(r, 26, UPPER + DIGITS)),
    "infracost": ("infracost-api-key", lambda r: "ico-" + rstr(r, 32, A62)),
    "entra": ("entra-client-secret", lambda r: rstr(r, 3, A62) + str(r.randrange(10)) + "Q~" + rstr(r, 34, A62 + "_~.-")),
    "azure-devops": ("azure-devops-pat", lambda r: rstr(r, 52, LOWER + "234567")),
    "mapbox": ("mapbox-secret-token", _mapbox),
    "bedrock": ("aws-bedrock-api-key", _bedrock),
    "azure-storage": ("azure-storage-key", lambda r: b64(rbytes(r, 64))),
    "twilio-auth": ("twilio-auth-token", lambda r: rhex(r, 32)),
    "hcloud": ("hetzner-cloud-token", lambda r: rstr(r, 64, A62)),
}

PROSE_TOKENS = ["github-classic", "github-fine", "gitlab-pat", "slack-bot", "stripe-secret", "sendgrid", "npm",
                "openai", "anthropic", "huggingface", "digitalocean", "vercel", "cloudflare", "shopify", "linear",
                "grafana-sa", "sentry-user", "telegram", "dockerhub", "postman", "groq", "notion", "doppler",
                "databricks", "okta", "pulumi", "newrelic", "figma", "perplexity", "replicate", "openrouter",
                "render", "prefect", "infracost", "buildkite", "heroku", "rubygems", "nuget", "gitlab-deploy"]

LABELS = {"github-classic": "GitHub", "github-oauth": "GitHub OAuth", "github-app": "GitHub App",
          "github-fine": "GitHub", "gitlab-pat": "GitLab", "gitlab-deploy": "GitLab deploy",
          "gitlab-trigger": "GitLab trigger", "slack-bot": "Slack", "stripe-secret": "Stripe",
          "sendgrid": "SendGrid", "npm": "npm", "openai": "OpenAI", "anthropic": "Anthropic",
          "huggingface": "Hugging Face", "digitalocean": "DigitalOcean", "vercel": "Vercel",
          "cloudflare": "Cloudflare", "shopify": "Shopify", "linear": "Linear", "grafana-sa": "Grafana",
          "sentry-user": "Sentry", "telegram": "Telegram bot", "dockerhub": "Docker Hub", "postman": "Postman",
          "groq": "Groq", "notion": "Notion", "doppler": "Doppler", "databricks": "Databricks", "okta": "Okta",
          "pulumi": "Pulumi", "newrelic": "New Relic", "figma": "Figma", "perplexity": "Perplexity",
          "replicate": "Replicate", "openrouter": "OpenRouter", "render": "Render", "prefect": "Prefect",
          "infracost": "Infracost", "buildkite": "Buildkite", "heroku": "Heroku", "rubygems": "RubyGems",
          "nuget": "NuGet"}


def token(r, name):
    cat, fn = TOKENS[name]
    return fn(r), cat


# ---------------------------------------------------------------- key-ID + secret pairs
def _aws(r):
    return "AKIA" + rstr(r, 16, B32), rstr(r, 40, A62 + "/+")


PAIRS = {
    "aws": ("pair-aws", _aws),
    "gcs-hmac": ("pair-gcs-hmac", lambda r: ("GOOG1E" + rstr(r, 55, UPPER + DIGITS), rstr(r, 40, A62 + "/+"))),
    "alibaba": ("pair-alibaba", lambda r: ("LTAI5t" + rstr(r, 18, A62), rstr(r, 30, A62))),
    "tencent": ("pair-tencent", lambda r: ("AKID" + rstr(r, 32, A62), rstr(r, 32, A62))),
    "twilio": ("pair-twilio", lambda r: ("SK" + rhex(r, 32), rstr(r, 32, A62))),
    "b2": ("pair-backblaze-b2", lambda r: ("005" + rhex(r, 22), "K005" + rstr(r, 27, A62 + "/+"))),
    "datadog": ("pair-datadog", lambda r: (rhex(r, 32), rhex(r, 40))),
    "s3-compat": ("pair-s3-compatible", lambda r: (rstr(r, 20, UPPER + DIGITS), rstr(r, 40, A62))),
}


def key_pair(r, name):
    cat, fn = PAIRS[name]
    i, s = fn(r)
    return i, s, cat


# ---------------------------------------------------------------- public by design (negatives)
def public_value(r, kind):
    if kind == "stripe-pk":
        return "pk_live_51" + rstr(r, 97, A62), "stripe-publishable-key"
    if kind == "mapbox-pk":
        return "pk." + b64u(json.dumps({"u": rstr(r, 8, LOWER), "a": rstr(r, 25, B64URL)}, separators=(",", ":")).encode()) + "." + rstr(r, 22, B64URL), "mapbox-public-token"
    if kind == "google-client-id":
        return "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), rstr(r, 32, LOWER + DIGITS)), "google-oauth-client-id"
    if kind == "sentry-dsn":
        return "https://%s@o%d.ingest.de.sentry.io/%d" % (rhex(r, 32), r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 6, 10 ** 7)), "sentry-dsn"
    if kind == "twilio-sid":
        return "AC" + rhex(r, 32), "twilio-account-sid"
    if kind == "posthog":
        return "phc_" + rstr(r, 43, A62), "posthog-project-key"
    if kind == "supabase-pub":
        return "sb_publishable_" + rstr(r, 31, A62 + "-_"), "supabase-publishable-key"
    if kind == "turnstile-site":
        return "0x4AAAAAAA" + rstr(r, 14, A62 + "-_"), "turnstile-site-key"
    if kind == "algolia-search":
        return rhex(r, 32), "algolia-search-only-key"
    raise KeyError(kind)


PUBLIC_KINDS = ["stripe-pk", "mapbox-pk", "google-client-id", "sentry-dsn", "twilio-sid", "posthog",
                "supabase-pub", "turnstile-site", "algolia-search"]

# ---------------------------------------------------------------- documented examples (negatives)
DOC_EXAMPLES = [
    ("AKIAIOSFODNN7EXAMPLE", "doc-example-aws-key-id", "AWS IAM user guide"),
    ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "doc-example-aws-secret", "AWS IAM user guide"),
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "doc-example-stripe", "Stripe API reference (docs.stripe.com)"),
    ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
     "doc-example-jwt", "jwt.io debugger"),
    ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
     "doc-example-azurite", "Azurite README (well-known development key)"),
    ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "doc-example-rfc8032", "RFC 8032, 7.1 test 1"),
    ("5K4MVS-OjfWhK_4yrjOlFe1F6kJXPVf7eQYggo8ebAE", "doc-example-tibber-demo", "developer.tibber.com demo token"),
    ("1x0000000000000000000000000000000AA", "doc-example-turnstile-secret", "Cloudflare Turnstile testing docs"),
    ("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "doc-example-recaptcha-secret", "Google reCAPTCHA FAQ test keys"),
]
TURNSTILE_TEST_SITE = "1x00000000000000000000AA"
RECAPTCHA_TEST_SITE = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"


def doc_example(r):
    return DOC_EXAMPLES[r.randrange(len(DOC_EXAMPLES))]


# ---------------------------------------------------------------- masking and placeholders (negatives)
def masked(r, value):
    style = r.randrange(6)
    if style == 0:
        return value[:4] + "*" * 12 + value[-4:]
    if style == 1:
        return value[:6] + "…" + value[-4:]
    if style == 2:
        return "*" * r.randrange(8, 16)
    if style == 3:
        return value[:3] + "x" * (len(value) - 3) if len(value) < 30 else value[:4] + "x" * 24
    if style == 4:
        return "[REDACTED]"
    return value[:8] + "•" * 10


PLACEHOLDERS = ["<your-token>", "YOUR_API_KEY", "REPLACE_ME", "changeme", "<password>", "xxxxxxxxxxxxxxxx",
                "your-api-key-here", "<insert secret>", "TODO-set-me", "CHANGE_ME", "<redacted>", "*****",
                "dummy-password", "example-token", "<paste key here>", "PLACEHOLDER", "None", "secret-goes-here"]


def placeholder(r):
    return PLACEHOLDERS[r.randrange(len(PLACEHOLDERS))]
