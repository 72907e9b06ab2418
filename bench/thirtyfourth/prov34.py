"""Provider token shapes, pairs, public-by-design values, documented examples, masks, placeholders,
references, hashes and identifiers.  Shapes follow /work/shared/research/secrets-anchors.md where it
documents them; everything here is synthetic."""

import base64
import hashlib

from core34 import (B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, bech32_encode, crc_token, jwt_hs256,
                    rbytes, rhex, rs)

LETTERS = UPPER + LOWER


def _pypi(r):
    body = b"\x02\x01\x08pypi.org\x02\x25" + rs(r, 37, HEX).encode() + b"\x00\x02\x06" + rbytes(r, 40) + \
        b"\x00\x00\x06\x20" + rbytes(r, 32)
    return "pypi-" + b64(body, url=True, pad=False)


def _discord(r):
    snow = str(r.randint(10 ** 17, 10 ** 18 - 1))
    return b64(snow.encode(), url=True, pad=False) + "." + rs(r, 6, B64URL) + "." + rs(r, 38, B64URL)


def _jwt(r):
    key = rbytes(r, 32)
    return jwt_hs256({"alg": "HS256", "typ": "JWT"},
                     {"sub": rhex(r, 12), "role": "service", "iat": 1735700000 + r.randint(0, 9 ** 6)}, key)


TOKENS = {
    "github-pat": (lambda r: crc_token("ghp_", r), "GitHub"),
    "github-oauth": (lambda r: crc_token("gho_", r), "GitHub"),
    "github-app": (lambda r: crc_token("ghs_", r), "GitHub"),
    "github-fine": (lambda r: "github_pat_" + rs(r, 22) + "_" + rs(r, 59), "GitHub"),
    "gitlab-pat": (lambda r: "glpat-" + rs(r, 20, B62 + "-_"), "GitLab"),
    "gitlab-deploy": (lambda r: "gldt-" + rs(r, 20, B62 + "-_"), "GitLab"),
    "gitlab-trigger": (lambda r: "glptt-" + rhex(r, 40), "GitLab"),
    "npm": (lambda r: crc_token("npm_", r), "npm"),
    "google-api": (lambda r: "AIza" + rs(r, 35, B64URL), "Google"),
    "slack-bot": (lambda r: "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 11), r.randint(10 ** 12, 10 ** 13),
                                              rs(r, 24)), "Slack"),
    "stripe-secret": (lambda r: "sk_live_51" + rs(r, 97), "Stripe"),
    "stripe-restricted": (lambda r: "rk_live_51" + rs(r, 97), "Stripe"),
    "stripe-webhook": (lambda r: "whsec_" + rs(r, 32), "Stripe"),
    "sendgrid": (lambda r: "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL), "SendGrid"),
    "mailgun": (lambda r: "key-" + rhex(r, 32), "Mailgun"),
    "mailchimp": (lambda r: rhex(r, 32) + "-us" + str(r.randint(2, 21)), "Mailchimp"),
    "pypi": (_pypi, "PyPI"),
    "rubygems": (lambda r: "rubygems_" + rhex(r, 48), "RubyGems"),
    "dockerhub": (lambda r: "dckr_pat_" + rs(r, 27, B64URL), "Docker Hub"),
    "vault": (lambda r: "hvs." + rs(r, 91, B62 + "-_"), "Vault"),
    "tfcloud": (lambda r: rs(r, 14) + ".atlasv1." + rs(r, 67), "Terraform Cloud"),
    "doppler": (lambda r: "dp.st.prd." + rs(r, 43), "Doppler"),
    "pulumi": (lambda r: "pul-" + rhex(r, 40), "Pulumi"),
    "databricks": (lambda r: "dapi" + rhex(r, 32), "Databricks"),
    "digitalocean": (lambda r: "dop_v1_" + rhex(r, 64), "DigitalOcean"),
    "heroku": (lambda r: "HRKU-AA" + rs(r, 58, B64URL), "Heroku"),
    "vercel": (lambda r: "vcp_" + rs(r, 56), "Vercel"),
    "supabase": (lambda r: "sbp_" + rhex(r, 40), "Supabase"),
    "supabase-secret": (lambda r: "sb_secret_" + rs(r, 31, B62 + "-_"), "Supabase"),
    "cloudflare": (lambda r: "cfut_" + rs(r, 40) + rhex(r, 8), "Cloudflare"),
    "shopify": (lambda r: "shpat_" + rhex(r, 32), "Shopify"),
    "square": (lambda r: "EAAA" + rs(r, 60, B64URL), "Square"),
    "openai": (lambda r: "sk-proj-" + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL), "OpenAI"),
    "anthropic": (lambda r: "sk-ant-api03-" + rs(r, 93, B64URL) + "AA", "Anthropic"),
    "huggingface": (lambda r: "hf_" + rs(r, 34, LETTERS), "Hugging Face"),
    "groq": (lambda r: "gsk_" + rs(r, 52), "Groq"),
    "perplexity": (lambda r: "pplx-" + rs(r, 48), "Perplexity"),
    "replicate": (lambda r: "r8_" + rs(r, 37), "Replicate"),
    "openrouter": (lambda r: "sk-or-v1-" + rhex(r, 64), "OpenRouter"),
    "xai": (lambda r: "xai-" + rs(r, 80), "xAI"),
    "langsmith": (lambda r: "lsv2_pt_" + rhex(r, 32) + "_" + rhex(r, 10), "LangSmith"),
    "linear": (lambda r: "lin_api_" + rs(r, 40), "Linear"),
    "notion": (lambda r: "ntn_" + rs(r, 46), "Notion"),
    "figma": (lambda r: "figd_" + rs(r, 40, B64URL), "Figma"),
    "postman": (lambda r: "PMAK-" + rhex(r, 24) + "-" + rhex(r, 34), "Postman"),
    "grafana": (lambda r: "glsa_" + rs(r, 32) + "_" + rhex(r, 8), "Grafana"),
    "sentry": (lambda r: "sntryu_" + rhex(r, 64), "Sentry"),
    "newrelic": (lambda r: "NRAK-" + rs(r, 27, UPPER + DIGITS), "New Relic"),
    "okta": (lambda r: "00" + rs(r, 40, B64URL), "Okta"),
    "telegram": (lambda r: "%d:AA%s" % (r.randint(10 ** 8, 10 ** 10 - 1), rs(r, 33, B64URL)), "Telegram"),
    "discord": (_discord, "Discord"),
    "age": (lambda r: bech32_encode("age-secret-key-", rbytes(r, 32)).upper(), "age"),
    "atlassian": (lambda r: "ATATT3xFfGF0" + rs(r, 170, B64URL) + "=" + rhex(r, 8, upper=True), "Atlassian"),
    "azure-storage": (lambda r: b64(rbytes(r, 64)), "Azure Storage"),
    "entra": (lambda r: rs(r, 3) + str(r.randint(0, 9)) + "Q~" + rs(r, 34, B62 + "_~.-"), "Entra ID"),
    "circleci": (lambda r: "CCIPAT_" + rs(r, 22) + "_" + rhex(r, 40), "CircleCI"),
    "buildkite": (lambda r: "bkua_" + rhex(r, 40), "Buildkite"),
    "render": (lambda r: "rnd_" + rs(r, 32), "Render"),
    "planetscale": (lambda r: "pscale_tkn_" + rs(r, 43, B62 + "_-"), "PlanetScale"),
    "prefect": (lambda r: "pnu_" + rs(r, 36), "Prefect"),
    "docker-swarm": (lambda r: "SWMTKN-1-" + rs(r, 50, LOWER + DIGITS) + "-" + rs(r, 25, LOWER + DIGITS),
                     "Docker Swarm"),
    "infracost": (lambda r: "ico-" + rs(r, 32), "Infracost"),
    "jwt": (_jwt, "JWT"),
}

# Tokens that a chat message can name by provider
CHAT_TOKENS = ["github-pat", "github-fine", "gitlab-pat", "npm", "google-api", "slack-bot", "stripe-secret",
               "sendgrid", "mailgun", "pypi", "dockerhub", "vault", "tfcloud", "doppler", "digitalocean",
               "heroku", "vercel", "cloudflare", "openai", "anthropic", "huggingface", "groq", "linear",
               "figma", "postman", "grafana", "sentry", "newrelic", "telegram", "discord", "okta", "shopify",
               "square", "pulumi", "databricks", "replicate", "openrouter", "langsmith", "buildkite", "render",
               "age", "atlassian", "azure-storage", "entra", "circleci", "planetscale", "prefect", "docker-swarm",
               "infracost", "github-app", "supabase", "supabase-secret", "stripe-webhook", "notion", "xai",
               "perplexity", "rubygems", "mailchimp", "gitlab-pat"]


# ---------------------------------------------------------------- pairs (id, secret)
def pair(r, kind):
    if kind == "aws":
        return "AKIA" + rs(r, 16, B32), rs(r, 40, B62 + "+/"), "AWS"
    if kind == "twilio":
        return "SK" + rhex(r, 32), rs(r, 32), "Twilio"
    if kind == "alibaba":
        return "LTAI" + rs(r, 20), rs(r, 30), "Alibaba Cloud"
    if kind == "tencent":
        return "AKID" + rs(r, 32), rs(r, 32), "Tencent Cloud"
    if kind == "gcs-hmac":
        return "GOOG1E" + rs(r, 55, UPPER + DIGITS), rs(r, 40, B62 + "+/"), "GCS HMAC"
    if kind == "b2":
        return "005" + rhex(r, 22), "K005" + rs(r, 27, B62 + "/+"), "Backblaze B2"
    raise ValueError(kind)


PAIR_KINDS = ["aws", "twilio", "alibaba", "tencent", "gcs-hmac", "b2"]


# ---------------------------------------------------------------- public-by-design values (negatives)
def public_value(r, kind):
    if kind == "stripe-pk":
        return "pk_live_51" + rs(r, 97)
    if kind == "mapbox-pk":
        return "pk.eyJ1Ijoi" + rs(r, 18, B64URL) + "IiwiYSI6Ij" + rs(r, 22, B64URL) + "." + rs(r, 22, B64URL)
    if kind == "google-client-id":
        return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 32, LOWER + DIGITS))
    if kind == "sentry-dsn":
        return "https://%s@o%d.ingest.sentry.io/%d" % (rhex(r, 32), r.randint(10 ** 5, 10 ** 6),
                                                       r.randint(10 ** 6, 10 ** 7))
    if kind == "supabase-pub":
        return "sb_publishable_" + rs(r, 31, B62 + "-_")
    if kind == "recaptcha-site":
        return "6L" + rs(r, 38, B64URL)
    if kind == "posthog":
        return "phc_" + rs(r, 43)
    if kind == "turnstile-site":
        return "0x4AAAAAAA" + rs(r, 12, B62 + "-_")
    raise ValueError(kind)


PUBLIC_KINDS = ["stripe-pk", "mapbox-pk", "google-client-id", "sentry-dsn", "supabase-pub", "recaptcha-site",
                "posthog", "turnstile-site"]

# ---------------------------------------------------------------- documented examples (negatives, with a cite)
DOC_EXAMPLES = {
    "aws-docs-id": ("AKIAIOSFODNN7EXAMPLE", "AWS IAM documentation example access key ID"),
    "aws-docs-secret": ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS IAM documentation example secret key"),
    "stripe-docs": ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "Stripe API reference example test key"),
    "jwt-io": ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0Ijox"
               "NTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt.io debugger sample token"),
    "azurite": ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
                "Azurite emulator well-known account key"),
    "recaptcha-test": ("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "Google reCAPTCHA v2 test secret key"),
    "turnstile-test": ("1x0000000000000000000000000000000AA", "Cloudflare Turnstile always-passes test secret"),
    "slack-docs": ("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                   "Slack incoming-webhook documentation example"),
    "rfc8032": ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "RFC 8032 test 1 secret key"),
}
DOC_EXAMPLE_KINDS = ["aws-docs-id", "stripe-docs", "jwt-io", "azurite", "recaptcha-test", "turnstile-test",
                     "slack-docs", "rfc8032"]


# ---------------------------------------------------------------- masks, placeholders, references
def masked(r, like=None):
    """A masked value (never a full secret)."""
    base = like or ("sk_live_" + rs(r, 30))
    k = r.randrange(6)
    if k == 0:
        return base[:4] + "\u2026" + base[-4:]
    if k == 1:
        return "****" + base[-4:]
    if k == 2:
        return base[:7] + "*" * 12
    if k == 3:
        return base[:6] + "...REDACTED"
    if k == 4:
        return "\u2022" * 10
    return "xxxx-xxxx-" + base[-4:]


PLACEHOLDERS = ["changeme", "<password>", "YOUR_API_KEY", "REPLACE_ME", "xxxxxxxxxxxxxxxx", "<secret>",
                "your-token-here", "CHANGE_ME_BEFORE_DEPLOY", "TODO", "<insert key>", "********", "PASSWORD_HERE"]


def reference(r, org, sysname, style=None):
    styles = ["vault", "op", "bw", "pass", "sm-arn", "gsm", "akv", "keepassxc", "env", "helm", "gha", "sops"]
    s = style or r.choice(styles)
    slug = org.split(".")[0]
    if s == "vault":
        return "vault:secret/data/%s/%s#password" % (slug, sysname)
    if s == "op":
        return "op://%s/%s/password" % (slug.capitalize(), sysname)
    if s == "bw":
        return "bw://%s/%s-login" % (slug, sysname)
    if s == "pass":
        return "pass show %s/%s" % (slug, sysname)
    if s == "sm-arn":
        return "arn:aws:secretsmanager:eu-west-1:%d:secret:%s/%s-%s" % (
            r.randint(10 ** 11, 10 ** 12 - 1), slug, sysname, rs(r, 6))
    if s == "gsm":
        return "projects/%s-prod/secrets/%s-password/versions/latest" % (slug, sysname)
    if s == "akv":
        return "akv://%s-kv/%s-password" % (slug[:12], sysname)
    if s == "keepassxc":
        return "keepassxc://%s.kdbx/%s" % (slug, sysname)
    if s == "env":
        return "${%s_PASSWORD}" % sysname.upper()
    if s == "helm":
        return "{{ .Values.%s.password }}" % sysname
    if s == "gha":
        return "${{ secrets.%s_TOKEN }}" % sysname.upper()
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (rs(r, 24, B64), rs(r, 22, B64) + "==",
                                                             rs(r, 22, B64) + "==")


# ---------------------------------------------------------------- hashes, digests, identifiers (negatives)
_BC = "./" + UPPER + LOWER + DIGITS


def hash_value(r, kind=None):
    kinds = ["bcrypt", "sha512crypt", "argon2", "mysql", "scram", "sha256", "md5", "sha1"]
    k = kind or r.choice(kinds)
    if k == "bcrypt":
        return "$2b$12$" + rs(r, 53, _BC)
    if k == "sha512crypt":
        return "$6$" + rs(r, 16, _BC) + "$" + rs(r, 86, _BC)
    if k == "argon2":
        return "$argon2id$v=19$m=65536,t=3,p=4$" + b64(rbytes(r, 16), pad=False) + "$" + b64(rbytes(r, 32), pad=False)
    if k == "mysql":
        return "*" + rhex(r, 40, upper=True)
    if k == "scram":
        return "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(rbytes(r, 16)), b64(rbytes(r, 32)), b64(rbytes(r, 32)))
    if k == "sha256":
        return rhex(r, 64)
    if k == "md5":
        return rhex(r, 32)
    return rhex(r, 40)


def uuid(r):
    h = rhex(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[r.randrange(4)], h[17:20], h[20:32])


def ssh_fp(r):
    return "SHA256:" + b64(rbytes(r, 32), pad=False)


def git_sha(r):
    return rhex(r, 40)


def integrity(r):
    return "sha512-" + b64(rbytes(r, 64))


def digest(r):
    return "sha256:" + rhex(r, 64)


def decode_basic(v):
    return base64.b64decode(v).decode()


def sha256hex(s):
    return hashlib.sha256(s.encode()).hexdigest()
