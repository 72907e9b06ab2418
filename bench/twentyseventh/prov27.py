"""Provider token shapes (from secrets-anchors.md and providers' public docs), pairs, public values, examples."""

import base64
import hashlib
import hmac
import json
import zlib

from core27 import (ALNUM, B32, B62, B64, B64U, DIG, HEX, LOWER, UPPER, b64u, bech32_encode, crc_b62, jwt, rs,
                    uuid4)

AN_LOWER = LOWER + DIG


def _gh(prefix):
    def f(r):
        body = rs(r, B62, 30)
        return prefix + body + crc_b62(body)
    return f


def _pypi(r):
    ident = json.dumps({"version": 1, "permissions": "user", "nonce": rs(r, HEX, 32)}, separators=(",", ":"))
    key = bytes(r.randrange(256) for _ in range(32))
    caveat = json.dumps([1, rs(r, HEX, 32)], separators=(",", ":")) if r.random() < 0.5 else \
        json.dumps({"version": 1, "permissions": {"projects": [rs(r, LOWER, 8)]}}, separators=(",", ":"))

    def field(t, b):
        out, n = bytes([t]), len(b)
        while True:
            byte = n & 0x7F
            n >>= 7
            out += bytes([byte | (0x80 if n else 0)])
            if not n:
                break
        return out + b
    sig = hmac.new(key, ident.encode(), hashlib.sha256).digest()
    sig = hmac.new(sig, caveat.encode(), hashlib.sha256).digest()
    blob = b"\x02" + field(1, b"pypi.org") + field(2, ident.encode()) + b"\x00" + field(2, caveat.encode()) + \
        b"\x00\x00" + field(6, sig)
    return "pypi-" + b64u(blob)


def _jfrog_ref(r):
    return base64.b64encode(("reftkn:01:%d:%s" % (1700000000 + r.randrange(10 ** 8),
                                                   rs(r, ALNUM, 31))).encode()).decode().rstrip("=")


def _glc(r):
    j = {"o": str(r.randrange(100000, 999999)), "n": "stack-%d-token" % r.randrange(100000, 999999),
         "k": rs(r, ALNUM, 24), "m": {"r": r.choice(["prod-eu-west-2", "prod-ap-southeast-1", "prod-us-east-0"])}}
    return "glc_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode()


def _sntrys(r):
    j = {"iat": 1710000000 + r.randrange(10 ** 7), "url": "https://sentry.io",
         "region_url": "https://de.sentry.io", "org": rs(r, LOWER, 7)}
    return "sntrys_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode().rstrip("=") + \
        "_" + rs(r, ALNUM, 43)


def _ops(r):
    j = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
         "iterations": 650000, "salt": b64u(bytes(r.randrange(256) for _ in range(16)))},
         "email": rs(r, AN_LOWER, 13) + "@1passwordserviceaccounts.com", "srpX": rs(r, HEX, 64),
         "muk": {"alg": "A256GCM", "ext": True, "k": b64u(bytes(r.randrange(256) for _ in range(32))),
                 "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
         "secretKey": "A3-" + rs(r, UPPER + DIG, 6) + "-" + rs(r, UPPER + DIG, 26), "deviceUuid": rs(r, AN_LOWER, 26)}
    return "ops_" + b64u(json.dumps(j, separators=(",", ":")).encode())


def _discord(r):
    snow = str(r.randrange(10 ** 17, 2 * 10 ** 18))
    return b64u(snow.encode()) + "." + rs(r, B64U, 6) + "." + rs(r, B64U, 38)


def _age(r):
    return bech32_encode("age-secret-key-", bytes(r.randrange(256) for _ in range(32))).upper()


def _mapbox_sk(r):
    j = {"u": rs(r, LOWER, 8), "a": rs(r, AN_LOWER, 25)}
    return "sk." + b64u(json.dumps(j, separators=(",", ":")).encode()) + "." + rs(r, B64U, 22)


def _supabase_service(r):
    ref = rs(r, LOWER, 20)
    return jwt(r, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1700000000 + r.randrange(10 ** 7),
                   "exp": 2000000000 + r.randrange(10 ** 7)})


def _azure_key(r):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()


def _glsa(r):
    body = rs(r, ALNUM, 32)
    return "glsa_" + body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF)


def _telegram(r):
    return "%d:AA%s" % (r.randrange(10 ** 9, 8 * 10 ** 9), rs(r, B64U, 33))


# name: (function, service name, typical env var)
SHAPES = {
    "github-pat": (_gh("ghp_"), "GitHub", "GITHUB_TOKEN"),
    "github-oauth": (_gh("gho_"), "GitHub OAuth", "GH_OAUTH_TOKEN"),
    "github-app-user": (_gh("ghu_"), "GitHub App", "GH_APP_USER_TOKEN"),
    "github-app-install": (_gh("ghs_"), "GitHub App", "GH_INSTALL_TOKEN"),
    "github-fine-grained": (lambda r: "github_pat_11" + rs(r, UPPER + DIG, 20) + "_" + rs(r, ALNUM, 59), "GitHub",
                            "GH_PAT"),
    "npm": (_gh("npm_"), "npm", "NPM_TOKEN"),
    "gitlab-pat": (lambda r: "glpat-" + rs(r, ALNUM + "_-", 20), "GitLab", "GITLAB_TOKEN"),
    "gitlab-trigger": (lambda r: "glptt-" + rs(r, HEX, 40), "GitLab", "GITLAB_TRIGGER_TOKEN"),
    "gitlab-deploy": (lambda r: "gldt-" + rs(r, ALNUM + "_-", 20), "GitLab", "GITLAB_DEPLOY_TOKEN"),
    "google-api": (lambda r: "AIza" + rs(r, B64U, 35), "Google Maps", "GOOGLE_MAPS_API_KEY"),
    "google-oauth-secret": (lambda r: "GOCSPX-" + rs(r, B64U, 28), "Google OAuth", "GOOGLE_CLIENT_SECRET"),
    "azure-entra-secret": (lambda r: rs(r, ALNUM, 3) + r.choice(DIG) + "Q~" + rs(r, ALNUM + "_~.-", 34),
                           "Microsoft Entra", "AZURE_CLIENT_SECRET"),
    "slack-bot": (lambda r: "xoxb-%d-%d-%s" % (r.randrange(10 ** 10, 10 ** 12), r.randrange(10 ** 12, 10 ** 13),
                                                rs(r, ALNUM, 24)), "Slack", "SLACK_BOT_TOKEN"),
    "slack-user": (lambda r: "xoxp-%d-%d-%d-%s" % (r.randrange(10 ** 10, 10 ** 12), r.randrange(10 ** 10, 10 ** 12),
                                                   r.randrange(10 ** 12, 10 ** 13), rs(r, HEX, 32)), "Slack",
                   "SLACK_USER_TOKEN"),
    "slack-app": (lambda r: "xapp-1-A%s-%d-%s" % (rs(r, UPPER + DIG, 10), r.randrange(10 ** 12, 10 ** 13),
                                                  rs(r, HEX, 64)), "Slack", "SLACK_APP_TOKEN"),
    "slack-webhook": (lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPPER + DIG, 10), rs(r, UPPER + DIG, 10), rs(r, ALNUM, 24)), "Slack", "SLACK_WEBHOOK_URL"),
    "stripe-secret": (lambda r: "sk_live_51" + rs(r, ALNUM, 97), "Stripe", "STRIPE_SECRET_KEY"),
    "stripe-restricted": (lambda r: "rk_live_51" + rs(r, ALNUM, 97), "Stripe", "STRIPE_RESTRICTED_KEY"),
    "stripe-webhook": (lambda r: "whsec_" + rs(r, ALNUM, 32), "Stripe", "STRIPE_WEBHOOK_SECRET"),
    "sendgrid": (lambda r: "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43), "SendGrid", "SENDGRID_API_KEY"),
    "mailgun": (lambda r: "key-" + rs(r, HEX, 32) if r.random() < 0.5 else
                "%s-%s-%s" % (rs(r, HEX, 32), rs(r, HEX, 8), rs(r, HEX, 8)), "Mailgun", "MAILGUN_API_KEY"),
    "mailchimp": (lambda r: rs(r, HEX, 32) + "-us%d" % r.randrange(1, 22), "Mailchimp", "MAILCHIMP_API_KEY"),
    "pypi": (_pypi, "PyPI", "TWINE_PASSWORD"),
    "rubygems": (lambda r: "rubygems_" + rs(r, HEX, 48), "RubyGems", "GEM_HOST_API_KEY"),
    "nuget": (lambda r: "oy2" + rs(r, AN_LOWER, 43), "NuGet", "NUGET_API_KEY"),
    "dockerhub": (lambda r: "dckr_pat_" + rs(r, B64U, 27), "Docker Hub", "DOCKERHUB_TOKEN"),
    "jfrog-reference": (_jfrog_ref, "JFrog", "JFROG_ACCESS_TOKEN"),
    "vault": (lambda r: "hvs.CAESI" + rs(r, B64U, 86), "Vault", "VAULT_TOKEN"),
    "terraform-cloud": (lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67), "Terraform Cloud", "TF_TOKEN"),
    "doppler": (lambda r: "dp.st.prd." + rs(r, ALNUM, 43), "Doppler", "DOPPLER_TOKEN"),
    "pulumi": (lambda r: "pul-" + rs(r, HEX, 40), "Pulumi", "PULUMI_ACCESS_TOKEN"),
    "databricks": (lambda r: "dapi" + rs(r, HEX, 32), "Databricks", "DATABRICKS_TOKEN"),
    "digitalocean": (lambda r: "dop_v1_" + rs(r, HEX, 64), "DigitalOcean", "DIGITALOCEAN_TOKEN"),
    "heroku": (lambda r: "HRKU-AA" + rs(r, B64U, 58), "Heroku", "HEROKU_API_KEY"),
    "vercel": (lambda r: "vcp_" + rs(r, ALNUM, 56), "Vercel", "VERCEL_TOKEN"),
    "supabase-mgmt": (lambda r: "sbp_" + rs(r, HEX, 40), "Supabase", "SUPABASE_ACCESS_TOKEN"),
    "supabase-secret": (lambda r: "sb_secret_" + rs(r, B64U, 31), "Supabase", "SUPABASE_SECRET_KEY"),
    "supabase-service-jwt": (_supabase_service, "Supabase", "SUPABASE_SERVICE_ROLE_KEY"),
    "shopify": (lambda r: "shpat_" + rs(r, HEX, 32), "Shopify", "SHOPIFY_ACCESS_TOKEN"),
    "shopify-secret": (lambda r: "shpss_" + rs(r, HEX, 32), "Shopify", "SHOPIFY_API_SECRET"),
    "square": (lambda r: "EAAA" + rs(r, B64U, 60), "Square", "SQUARE_ACCESS_TOKEN"),
    "braintree": (lambda r: "access_token$production$%s$%s" % (rs(r, AN_LOWER, 16), rs(r, HEX, 32)), "Braintree",
                  "BRAINTREE_ACCESS_TOKEN"),
    "openai": (lambda r: "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74), "OpenAI", "OPENAI_API_KEY"),
    "anthropic": (lambda r: "sk-ant-api03-" + rs(r, B64U, 93) + "AA", "Anthropic", "ANTHROPIC_API_KEY"),
    "huggingface": (lambda r: "hf_" + rs(r, UPPER + LOWER, 34), "Hugging Face", "HF_TOKEN"),
    "groq": (lambda r: "gsk_" + rs(r, ALNUM, 52), "Groq", "GROQ_API_KEY"),
    "perplexity": (lambda r: "pplx-" + rs(r, ALNUM, 48), "Perplexity", "PPLX_API_KEY"),
    "replicate": (lambda r: "r8_" + rs(r, ALNUM, 37), "Replicate", "REPLICATE_API_TOKEN"),
    "openrouter": (lambda r: "sk-or-v1-" + rs(r, HEX, 64), "OpenRouter", "OPENROUTER_API_KEY"),
    "xai": (lambda r: "xai-" + rs(r, ALNUM, 80), "xAI", "XAI_API_KEY"),
    "langsmith": (lambda r: "lsv2_pt_%s_%s" % (rs(r, HEX, 32), rs(r, HEX, 10)), "LangSmith", "LANGSMITH_API_KEY"),
    "atlassian": (lambda r: "ATATT3xFfGF0" + rs(r, B64U, 171) + "=" + rs(r, "0123456789ABCDEF", 8), "Atlassian",
                  "JIRA_API_TOKEN"),
    "linear": (lambda r: "lin_api_" + rs(r, ALNUM, 40), "Linear", "LINEAR_API_KEY"),
    "notion": (lambda r: "ntn_" + rs(r, ALNUM, 46), "Notion", "NOTION_TOKEN"),
    "figma": (lambda r: "figd_" + rs(r, B64U, 40), "Figma", "FIGMA_TOKEN"),
    "postman": (lambda r: "PMAK-%s-%s" % (rs(r, HEX, 24), rs(r, HEX, 34)), "Postman", "POSTMAN_API_KEY"),
    "grafana-sa": (_glsa, "Grafana", "GRAFANA_TOKEN"),
    "grafana-cloud": (_glc, "Grafana Cloud", "GRAFANA_CLOUD_TOKEN"),
    "sentry-user": (lambda r: "sntryu_" + rs(r, HEX, 64), "Sentry", "SENTRY_AUTH_TOKEN"),
    "sentry-org": (_sntrys, "Sentry", "SENTRY_ORG_TOKEN"),
    "newrelic": (lambda r: "NRAK-" + rs(r, UPPER + DIG, 27), "New Relic", "NEW_RELIC_API_KEY"),
    "dynatrace": (lambda r: "dt0c01.%s.%s" % (rs(r, UPPER + DIG, 24), rs(r, UPPER + DIG, 64)), "Dynatrace",
                  "DT_API_TOKEN"),
    "okta": (lambda r: "00" + rs(r, B64U, 40), "Okta", "OKTA_API_TOKEN"),
    "telegram": (_telegram, "Telegram", "TELEGRAM_BOT_TOKEN"),
    "discord": (_discord, "Discord", "DISCORD_BOT_TOKEN"),
    "age": (_age, "age", "SOPS_AGE_KEY"),
    "onepassword": (_ops, "1Password", "OP_SERVICE_ACCOUNT_TOKEN"),
    "circleci": (lambda r: "CCIPAT_%s_%s" % (rs(r, ALNUM, 22), rs(r, HEX, 40)), "CircleCI", "CIRCLE_TOKEN"),
    "buildkite": (lambda r: "bkua_" + rs(r, HEX, 40), "Buildkite", "BUILDKITE_API_TOKEN"),
    "bitbucket-dc": (lambda r: "BBDC-" + rs(r, B64.replace("/", "").replace("+", ""), 44), "Bitbucket",
                     "BITBUCKET_TOKEN"),
    "octopus": (lambda r: "API-" + rs(r, UPPER + DIG, 26), "Octopus Deploy", "OCTOPUS_API_KEY"),
    "infracost": (lambda r: "ico-" + rs(r, ALNUM, 32), "Infracost", "INFRACOST_API_KEY"),
    "prefect": (lambda r: "pnu_" + rs(r, ALNUM, 36), "Prefect", "PREFECT_API_KEY"),
    "render": (lambda r: "rnd_" + rs(r, ALNUM, 32), "Render", "RENDER_API_KEY"),
    "planetscale": (lambda r: "pscale_tkn_" + rs(r, B64U, 43), "PlanetScale", "PLANETSCALE_SERVICE_TOKEN"),
    "mapbox-secret": (_mapbox_sk, "Mapbox", "MAPBOX_SECRET_TOKEN"),
    "azure-storage-key": (_azure_key, "Azure Storage", "AZURE_STORAGE_KEY"),
}

# the six that are long or awkward in a chat line are not offered to free text
FREE_TEXT_SHAPES = [k for k in SHAPES if k not in ("openai", "atlassian", "onepassword", "sentry-org",
                                                   "stripe-restricted", "grafana-cloud", "pypi")]


def token(ctx, shape, rng=None):
    r = rng or ctx.r
    fn = SHAPES[shape][0]
    return ctx.uniq(lambda: fn(r))


# ------------------------------------------------------------------ pairs
def _aws(r):
    return "AKIA" + rs(r, B32, 16), rs(r, ALNUM + "/+", 40)


PAIRS = {
    "aws": (_aws, "AWS", ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")),
    "twilio": (lambda r: ("SK" + rs(r, HEX, 32), rs(r, ALNUM, 32)), "Twilio", ("TWILIO_API_KEY", "TWILIO_API_SECRET")),
    "alibaba": (lambda r: ("LTAI" + rs(r, ALNUM, 20), rs(r, ALNUM, 30)), "Alibaba Cloud",
                ("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET")),
    "tencent": (lambda r: ("AKID" + rs(r, ALNUM, 32), rs(r, ALNUM, 32)), "Tencent Cloud",
                ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY")),
}


def pair(ctx, kind, rng=None):
    r = rng or ctx.r
    fn = PAIRS[kind][0]
    while True:
        a, b = fn(r)
        if ctx.reg.claim(a):
            ctx.reg.claim(b)
            return a, b


# ------------------------------------------------------------------ public by design (negatives)
def _sentry_dsn(r):
    return "https://%s@o%d.ingest.sentry.io/%d" % (rs(r, HEX, 32), r.randrange(10 ** 5, 10 ** 6),
                                                   r.randrange(10 ** 6, 10 ** 7))


PUBLIC = {
    "stripe-publishable": (lambda r: "pk_live_51" + rs(r, ALNUM, 97), "STRIPE_PUBLISHABLE_KEY"),
    "mapbox-public": (lambda r: "pk." + b64u(json.dumps({"u": rs(r, LOWER, 8), "a": rs(r, AN_LOWER, 25)},
                                                        separators=(",", ":")).encode()) + "." + rs(r, B64U, 22),
                      "MAPBOX_PUBLIC_TOKEN"),
    "sentry-dsn": (_sentry_dsn, "SENTRY_DSN"),
    "firebase-web-key": (lambda r: "AIza" + rs(r, B64U, 35), "FIREBASE_WEB_API_KEY"),
    "ga4-id": (lambda r: "G-" + rs(r, UPPER + DIG, 10), "GA_MEASUREMENT_ID"),
    "google-client-id": (lambda r: "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12),
                                                                        rs(r, AN_LOWER, 32)), "GOOGLE_CLIENT_ID"),
    "recaptcha-site-key": (lambda r: "6L" + rs(r, B64U, 38), "RECAPTCHA_SITE_KEY"),
    "twilio-account-sid": (lambda r: "AC" + rs(r, HEX, 32), "TWILIO_ACCOUNT_SID"),
    "posthog-project-key": (lambda r: "phc_" + rs(r, ALNUM, 43), "POSTHOG_KEY"),
    "supabase-publishable": (lambda r: "sb_publishable_" + rs(r, B64U, 31), "SUPABASE_PUBLISHABLE_KEY"),
}


def public(ctx, kind, rng=None):
    r = rng or ctx.r
    return ctx.uniq(lambda: PUBLIC[kind][0](r))


# ------------------------------------------------------------------ documented examples (negatives)
DOC_EXAMPLES = {
    "aws-docs-pair": ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    "stripe-docs-secret": ("sk_test_4eC39HqLyjWDarjtT1zdp7dc",),
    "stripe-docs-publishable": ("pk_test_TYooMQauvdEDq54NiTphI7jx",),
    "jwt-io": ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0Ijo"
               "xNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",),
    "azurite-key": ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",),
    "mailgun-docs": ("key-3ax6xnjp29jd6fds4gc373sgvjxteol0",),
    "slack-docs-bot": ("xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",),
    "github-docs-pat": ("ghp_16C7e42F292c6912E7710c838347Ae178B4a",),
    "twilio-test-number": ("+15005550006",),
    "stripe-test-card": ("4242424242424242",),
    "rfc7519-jwt": ("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0"
                    "dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",),
}


def bad_checksum_pat(ctx, rng=None):
    """A ghp_ token with a deliberately wrong CRC32 tail (test fixture, negative)."""
    r = rng or ctx.r

    def f():
        body = rs(r, B62, 30)
        good = crc_b62(body)
        bad = good[:-1] + B62[(B62.index(good[-1]) + 7) % 62]
        return "ghp_" + body + bad
    return ctx.uniq(f)


def random_uuid(ctx, rng=None):
    r = rng or ctx.r
    return ctx.uniq(lambda: uuid4(r))


def short_sha(ctx, rng=None):
    r = rng or ctx.r
    return ctx.uniq(lambda: rs(r, HEX, 40))


ALL_SHAPES = list(SHAPES)
