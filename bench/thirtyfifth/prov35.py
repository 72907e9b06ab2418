"""Provider token shapes (from secrets-anchors.md), pairs, public-by-design values, documented examples,
masks, placeholders, references and hashes.  Every function takes a random.Random."""
import hashlib
import json
import struct
import uuid

from core35 import (ALNUM, B64, B64URL, HEX, LOWER_ALNUM, b64, b64u, bech32, crc_token, jwt, rbytes, rs)
import string

UP32 = string.ascii_uppercase + "234567"


def _pypi(r):
    ident = json.dumps({"nonce": rs(r, 22, HEX), "version": 1}, separators=(",", ":")).encode()
    body = b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02\x06" + b" " + rbytes(r, 32)
    body += b"\x06\x20" + rbytes(r, 32)
    return "pypi-" + b64u(body)


def _discord(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 2))
    return b64u(uid.encode()) + "." + rs(r, 6, B64URL) + "." + rs(r, 38, B64URL)


def _openai(r):
    return "sk-proj-" + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL)


# name -> (generator, env var name, human label)
TOKENS = {
    "github-pat": (lambda r: crc_token("ghp_", r), "GITHUB_TOKEN", "GitHub"),
    "github-oauth": (lambda r: crc_token("gho_", r), "GH_OAUTH_TOKEN", "GitHub OAuth"),
    "github-app": (lambda r: crc_token("ghs_", r), "GH_APP_TOKEN", "GitHub App"),
    "github-fine": (lambda r: "github_pat_" + rs(r, 22, ALNUM) + "_" + rs(r, 59, ALNUM), "GH_PAT", "GitHub"),
    "gitlab-pat": (lambda r: "glpat-" + rs(r, 20, ALNUM + "_-"), "GITLAB_TOKEN", "GitLab"),
    "gitlab-deploy": (lambda r: "gldt-" + rs(r, 20, ALNUM + "_-"), "GITLAB_DEPLOY_TOKEN", "GitLab"),
    "npm": (lambda r: crc_token("npm_", r), "NPM_TOKEN", "npm"),
    "pypi": (_pypi, "PYPI_TOKEN", "PyPI"),
    "rubygems": (lambda r: "rubygems_" + rs(r, 48, HEX), "GEM_HOST_API_KEY", "RubyGems"),
    "dockerhub": (lambda r: "dckr_pat_" + rs(r, 27, B64URL), "DOCKERHUB_TOKEN", "Docker Hub"),
    "google-api": (lambda r: "AIza" + rs(r, 35, B64URL), "GOOGLE_API_KEY", "Google"),
    "google-oauth-secret": (lambda r: "GOCSPX-" + rs(r, 28, B64URL), "GOOGLE_CLIENT_SECRET", "Google OAuth"),
    "slack-bot": (lambda r: "xoxb-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13),
                                                rs(r, 24, ALNUM)), "SLACK_BOT_TOKEN", "Slack"),
    "slack-webhook": (lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 10, UP32[:26] + "0123456789"),
                      rs(r, 10, UP32[:26] + "0123456789"), rs(r, 24, ALNUM)), "SLACK_WEBHOOK_URL", "Slack"),
    "stripe-secret": (lambda r: "sk_live_" + rs(r, 99, ALNUM), "STRIPE_SECRET_KEY", "Stripe"),
    "stripe-restricted": (lambda r: "rk_live_" + rs(r, 99, ALNUM), "STRIPE_RESTRICTED_KEY", "Stripe"),
    "stripe-webhook": (lambda r: "whsec_" + rs(r, 32, ALNUM), "STRIPE_WEBHOOK_SECRET", "Stripe"),
    "sendgrid": (lambda r: "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL), "SENDGRID_API_KEY", "SendGrid"),
    "mailgun": (lambda r: "key-" + rs(r, 32, HEX), "MAILGUN_API_KEY", "Mailgun"),
    "mailchimp": (lambda r: rs(r, 32, HEX) + "-us" + str(r.randrange(2, 21)), "MAILCHIMP_API_KEY", "Mailchimp"),
    "vault": (lambda r: "hvs." + rs(r, 92, B64URL), "VAULT_TOKEN", "Vault"),
    "tfc": (lambda r: rs(r, 14, ALNUM) + ".atlasv1." + rs(r, 67, ALNUM), "TFE_TOKEN", "Terraform Cloud"),
    "doppler": (lambda r: "dp.st.prd." + rs(r, 43, ALNUM), "DOPPLER_TOKEN", "Doppler"),
    "pulumi": (lambda r: "pul-" + rs(r, 40, HEX), "PULUMI_ACCESS_TOKEN", "Pulumi"),
    "databricks": (lambda r: "dapi" + rs(r, 32, HEX), "DATABRICKS_TOKEN", "Databricks"),
    "digitalocean": (lambda r: "dop_v1_" + rs(r, 64, HEX), "DIGITALOCEAN_TOKEN", "DigitalOcean"),
    "heroku": (lambda r: "HRKU-AA" + rs(r, 58, B64URL), "HEROKU_API_KEY", "Heroku"),
    "vercel": (lambda r: "vcp_" + rs(r, 56, ALNUM), "VERCEL_TOKEN", "Vercel"),
    "supabase": (lambda r: "sbp_" + rs(r, 40, HEX), "SUPABASE_ACCESS_TOKEN", "Supabase"),
    "cloudflare": (lambda r: "cfut_" + rs(r, 40, ALNUM) + rs(r, 8, HEX), "CLOUDFLARE_API_TOKEN", "Cloudflare"),
    "shopify": (lambda r: "shpat_" + rs(r, 32, HEX), "SHOPIFY_ACCESS_TOKEN", "Shopify"),
    "square": (lambda r: "EAAA" + rs(r, 60, B64URL), "SQUARE_ACCESS_TOKEN", "Square"),
    "openai": (_openai, "OPENAI_API_KEY", "OpenAI"),
    "anthropic": (lambda r: "sk-ant-api03-" + rs(r, 93, B64URL) + "AA", "ANTHROPIC_API_KEY", "Anthropic"),
    "huggingface": (lambda r: "hf_" + rs(r, 34, string.ascii_letters), "HF_TOKEN", "Hugging Face"),
    "groq": (lambda r: "gsk_" + rs(r, 52, ALNUM), "GROQ_API_KEY", "Groq"),
    "perplexity": (lambda r: "pplx-" + rs(r, 48, ALNUM), "PPLX_API_KEY", "Perplexity"),
    "replicate": (lambda r: "r8_" + rs(r, 37, ALNUM), "REPLICATE_API_TOKEN", "Replicate"),
    "openrouter": (lambda r: "sk-or-v1-" + rs(r, 64, HEX), "OPENROUTER_API_KEY", "OpenRouter"),
    "xai": (lambda r: "xai-" + rs(r, 80, ALNUM), "XAI_API_KEY", "xAI"),
    "langsmith": (lambda r: "lsv2_pt_" + rs(r, 32, HEX) + "_" + rs(r, 10, HEX), "LANGSMITH_API_KEY", "LangSmith"),
    "linear": (lambda r: "lin_api_" + rs(r, 40, ALNUM), "LINEAR_API_KEY", "Linear"),
    "notion": (lambda r: "ntn_" + rs(r, 46, ALNUM), "NOTION_TOKEN", "Notion"),
    "figma": (lambda r: "figd_" + rs(r, 40, B64URL), "FIGMA_TOKEN", "Figma"),
    "postman": (lambda r: "PMAK-" + rs(r, 24, HEX) + "-" + rs(r, 34, HEX), "POSTMAN_API_KEY", "Postman"),
    "grafana": (lambda r: "glsa_" + rs(r, 32, ALNUM) + "_" + rs(r, 8, HEX), "GRAFANA_TOKEN", "Grafana"),
    "sentry": (lambda r: "sntryu_" + rs(r, 64, HEX), "SENTRY_AUTH_TOKEN", "Sentry"),
    "newrelic": (lambda r: "NRAK-" + rs(r, 27, UP32[:26] + "0123456789"), "NEW_RELIC_API_KEY", "New Relic"),
    "telegram": (lambda r: "%d:AA%s" % (r.randrange(10 ** 8, 10 ** 10), rs(r, 33, B64URL)), "TELEGRAM_BOT_TOKEN",
                 "Telegram"),
    "discord": (_discord, "DISCORD_BOT_TOKEN", "Discord"),
    "age": (lambda r: bech32("age-secret-key-", rbytes(r, 32)).upper(), "SOPS_AGE_KEY", "age"),
    "atlassian": (lambda r: "ATATT3xFfGF0" + rs(r, 170, B64URL) + "=" + rs(r, 8, HEX).upper(), "JIRA_API_TOKEN",
                  "Atlassian"),
    "azure-storage": (lambda r: b64(rbytes(r, 64)), "AZURE_STORAGE_KEY", "Azure Storage"),
    "entra": (lambda r: rs(r, 3, ALNUM) + str(r.randrange(10)) + "Q~" + rs(r, 34, ALNUM + "_~.-"),
              "AZURE_CLIENT_SECRET", "Entra ID"),
    "circleci": (lambda r: "CCIPAT_" + rs(r, 22, ALNUM) + "_" + rs(r, 40, HEX), "CIRCLE_TOKEN", "CircleCI"),
    "buildkite": (lambda r: "bkua_" + rs(r, 40, HEX), "BUILDKITE_API_TOKEN", "Buildkite"),
    "render": (lambda r: "rnd_" + rs(r, 32, ALNUM), "RENDER_API_KEY", "Render"),
    "planetscale": (lambda r: "pscale_tkn_" + rs(r, 43, ALNUM + "_-"), "PLANETSCALE_TOKEN", "PlanetScale"),
    "prefect": (lambda r: "pnu_" + rs(r, 36, ALNUM), "PREFECT_API_KEY", "Prefect"),
    "okta": (lambda r: "00" + rs(r, 40, B64URL), "OKTA_API_TOKEN", "Okta"),
}
TOKEN_NAMES = list(TOKENS)


def token(r, name=None):
    name = name or r.choice(TOKEN_NAMES)
    return name, TOKENS[name][0](r)


# pairs: (id, secret, id var, secret var, label)
def pair(r, kind=None):
    kind = kind or r.choice(["aws", "twilio", "alibaba", "tencent", "b2", "gcs-hmac"])
    if kind == "aws":
        return kind, "AKIA" + rs(r, 16, UP32), rs(r, 40, ALNUM + "/+"), "aws_access_key_id", "aws_secret_access_key"
    if kind == "twilio":
        return kind, "SK" + rs(r, 32, HEX), rs(r, 32, ALNUM), "TWILIO_API_KEY", "TWILIO_API_SECRET"
    if kind == "alibaba":
        return kind, "LTAI" + rs(r, 20, ALNUM), rs(r, 30, ALNUM), "ALIBABA_CLOUD_ACCESS_KEY_ID", \
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
    if kind == "tencent":
        return kind, "AKID" + rs(r, 32, ALNUM), rs(r, 32, ALNUM), "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"
    if kind == "b2":
        return kind, "005" + rs(r, 22, HEX), "K005" + rs(r, 27, ALNUM), "B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY"
    return kind, "GOOG1E" + rs(r, 55, UP32[:26] + "0123456789"), rs(r, 40, ALNUM + "/+"), "GCS_HMAC_ACCESS_ID", \
        "GCS_HMAC_SECRET"


# ---------------------------------------------------------------- negatives
def public_value(r):
    """(category, value, variable) for values that are public by design."""
    c = r.randrange(7)
    if c == 0:
        return "public-stripe-publishable", "pk_live_" + rs(r, 99, ALNUM), "STRIPE_PUBLISHABLE_KEY"
    if c == 1:
        return "public-mapbox", "pk.eyJ1Ijoi" + rs(r, 40, B64URL) + "." + rs(r, 22, B64URL), "MAPBOX_PUBLIC_TOKEN"
    if c == 2:
        return "public-sentry-dsn", "https://%s@o%d.ingest.sentry.io/%d" % (rs(r, 32, HEX), r.randrange(10 ** 5, 10 ** 6),
                                                                           r.randrange(10 ** 6, 10 ** 7)), "SENTRY_DSN"
    if c == 3:
        return "public-google-client-id", "%d-%s.apps.googleusercontent.com" % (
            r.randrange(10 ** 11, 10 ** 12), rs(r, 32, LOWER_ALNUM)), "GOOGLE_CLIENT_ID"
    if c == 4:
        return "public-supabase-publishable", "sb_publishable_" + rs(r, 31, ALNUM), "SUPABASE_PUBLISHABLE_KEY"
    if c == 5:
        return "public-posthog", "phc_" + rs(r, 43, ALNUM), "POSTHOG_KEY"
    return "public-turnstile-sitekey", "0x4AAAAAAA" + rs(r, 12, ALNUM + "_-"), "TURNSTILE_SITE_KEY"


DOC_EXAMPLES = [
    ("doc-aws-example", "AKIAIOSFODNN7EXAMPLE", "AWS IAM documentation"),
    ("doc-aws-example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS IAM documentation"),
    ("doc-jwt-io", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0Ijox"
                   "NTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt.io debugger default"),
    ("doc-turnstile-test", "1x0000000000000000000000000000000AA", "Cloudflare Turnstile testing docs"),
    ("doc-recaptcha-test", "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "Google reCAPTCHA FAQ test keys"),
    ("doc-azurite", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
     "Azurite README"),
    ("doc-slack-webhook", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
     "Slack incoming-webhook docs"),
]


def doc_example(r):
    return r.choice(DOC_EXAMPLES)


def mask(r, value):
    """A masked rendering of a secret-shaped value (negative)."""
    c = r.randrange(5)
    if c == 0:
        return value[:4] + "****" + value[-4:]
    if c == 1:
        return "*" * 12 + value[-4:]
    if c == 2:
        return value[:6] + "..." + value[-3:]
    if c == 3:
        return value[:5] + "\u2022" * 10
    return value[:4] + "[REDACTED]"


def masked_token(r):
    _, v = token(r)
    return mask(r, v)


PLACEHOLDERS = ["changeme", "<your-token>", "<password>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxx", "REPLACE_ME",
                "<insert-secret-here>", "TODO-set-me", "your-password-here", "********", "sk_live_xxxxxxxxxxxxxxxxxxxx",
                "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<generate: openssl rand -hex 32>", "dummy", "example",
                "CHANGE_ME_BEFORE_DEPLOY", "{{ secret }}", "%PASSWORD%", "<redacted>", "password123-NOT-REAL"]


def placeholder(r):
    return r.choice(PLACEHOLDERS)


def reference(r, var="DB_PASSWORD"):
    c = r.randrange(12)
    low = var.lower()
    return ["${%s}" % var, "$%s" % var, "{{ .Values.%s }}" % low.replace("_", ""), "${{ secrets.%s }}" % var,
            "vault:secret/data/app#%s" % low, "op://Ops/%s/password" % low, "%%%s%%" % var,
            "{{ vault \"kv/%s\" }}" % low, "$(cat /run/secrets/%s)" % low, "secretKeyRef:%s" % low,
            "bw://ops/%s" % low, "arn:aws:secretsmanager:eu-west-1:%d:secret:%s" % (
                r.randrange(10 ** 11, 10 ** 12), low)][c]


def env_lookup(lang, var):
    return {"python": 'os.environ["%s"]' % var, "js": "process.env.%s" % var, "go": 'os.Getenv("%s")' % var,
            "java": 'System.getenv("%s")' % var, "rust": 'std::env::var("%s")' % var, "php": "getenv('%s')" % var,
            "ruby": 'ENV.fetch("%s")' % var, "cs": 'Environment.GetEnvironmentVariable("%s")' % var,
            "kotlin": 'System.getenv("%s")' % var, "lua": 'os.getenv("%s")' % var, "elixir":
            'System.fetch_env!("%s")' % var, "perl": "$ENV{'%s'}" % var}[lang]


def hashval(r, kind=None):
    kind = kind or r.choice(["sha256", "sha1", "md5", "bcrypt", "sha512crypt", "argon2", "git", "integrity",
                             "digest", "uuid"])
    raw = rbytes(r, 64)
    if kind == "sha256":
        return "hash-sha256", hashlib.sha256(raw).hexdigest()
    if kind == "sha1":
        return "hash-sha1", hashlib.sha1(raw).hexdigest()
    if kind == "md5":
        return "hash-md5", hashlib.md5(raw).hexdigest()
    if kind == "bcrypt":
        return "hash-bcrypt", "$2b$12$" + rs(r, 53, ALNUM + "./")
    if kind == "sha512crypt":
        return "hash-sha512crypt", "$6$" + rs(r, 16, ALNUM + "./") + "$" + rs(r, 86, ALNUM + "./")
    if kind == "argon2":
        return "hash-argon2", "$argon2id$v=19$m=65536,t=3,p=4$" + b64(raw[:16]).rstrip("=") + "$" + \
            b64(raw[16:48]).rstrip("=")
    if kind == "git":
        return "commit-sha", hashlib.sha1(raw).hexdigest()
    if kind == "integrity":
        return "lockfile-integrity", "sha512-" + b64(hashlib.sha512(raw).digest())
    if kind == "digest":
        return "image-digest", "sha256:" + hashlib.sha256(raw).hexdigest()
    return "uuid", str(uuid.UUID(bytes=raw[:16], version=4))


def trace_id(r):
    return r.choice([("trace-id", rs(r, 32, HEX)), ("request-id", "req_" + rs(r, 24, ALNUM)),
                     ("build-id", "build-%d-%s" % (r.randrange(1000, 99999), rs(r, 7, HEX)))])


def ssh_fingerprint(r):
    return "SHA256:" + b64(rbytes(r, 32)).rstrip("=")


def sops_enc(r):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, 18)), b64(rbytes(r, 32)),
                                                             b64(rbytes(r, 16)))


def age_recipient(r):
    return bech32("age", rbytes(r, 32))


_ = struct
