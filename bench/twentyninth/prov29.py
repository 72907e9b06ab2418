"""Provider token shapes (from secrets-anchors.md), public-by-design values, documented examples, masking."""

import json
import string

from core29 import (ALNUM, B32, B62, B64, B64URL, HEX, b64, b64u, bech32_encode, crc_b62_token, jwt, rbytes,
                    rchars, uuid4)

UP = string.ascii_uppercase
LOW = string.ascii_lowercase
LOWNUM = LOW + string.digits
UPNUM = UP + string.digits


def _pypi(r):
    ident = json.dumps({"version": 1, "permissions": "user"}, separators=(",", ":")).encode()
    cav = json.dumps([1, r.randrange(10 ** 8, 10 ** 9)], separators=(",", ":")).encode()
    mac = (b"\x02" + b"\x01\x08pypi.org" + b"\x02" + bytes([len(ident)]) + ident + b"\x00"
           + b"\x02" + bytes([len(cav)]) + cav + b"\x00\x00" + b"\x06\x20" + rbytes(r, 32))
    return "pypi-" + b64u(mac)


def _slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), rchars(r, ALNUM, 24))


def _slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rchars(r, UPNUM, 10), rchars(r, UPNUM, 10),
                                                             rchars(r, ALNUM, 24))


def _telegram(r):
    return "%d:AA%s" % (r.randrange(10 ** 9, 7 * 10 ** 9), rchars(r, B64URL, 33))


def _discord(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 2)).encode()
    return "%s.%s.%s" % (b64u(uid), rchars(r, B64URL, 6), rchars(r, B64URL, 38))


def _sentry_org(r, org):
    payload = {"iat": r.randrange(1700000000, 1760000000) + 0.5, "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": org}
    return "sntrys_" + b64u(json.dumps(payload, separators=(",", ":")).encode()) + "_" + rchars(r, B64URL, 43)


def _ops(r):
    payload = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64u(rbytes(r, 16))}, "email": rchars(r, LOW, 12) + "@1passwordserviceaccounts.eu",
               "srpX": rchars(r, HEX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(r, 32)),
               "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rchars(r, UPNUM, 6)
               + "-" + rchars(r, UPNUM, 6) + "-" + "-".join(rchars(r, UPNUM, 5) for _ in range(3)),
               "throttleSecret": {"seed": rchars(r, HEX, 64), "uuid": rchars(r, UPNUM, 26)}, "deviceUuid": rchars(r, LOWNUM, 26)}
    return "ops_" + b64u(json.dumps(payload, separators=(",", ":")).encode())


def _age(r):
    return bech32_encode("age-secret-key-", list(rbytes(r, 32))).upper()


def _supabase_service(r, ref):
    return jwt(r, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1717000000 + r.randrange(10 ** 7),
                   "exp": 2032000000 + r.randrange(10 ** 7)})


PROVIDERS = {
    # name: (category, generator(r, ctx-free))
    "github-pat": ("github-pat", lambda r: crc_b62_token(r, "ghp_")),
    "github-oauth": ("github-oauth", lambda r: crc_b62_token(r, "gho_")),
    "github-app": ("github-app-token", lambda r: crc_b62_token(r, "ghs_")),
    "github-user2srv": ("github-app-user-token", lambda r: crc_b62_token(r, "ghu_")),
    "github-fine": ("github-fine-grained-pat", lambda r: "github_pat_" + rchars(r, UPNUM, 22) + "_" + rchars(r, ALNUM + "_", 59)),
    "npm": ("npm-token", lambda r: crc_b62_token(r, "npm_")),
    "gitlab-pat": ("gitlab-pat", lambda r: "glpat-" + rchars(r, ALNUM + "_-", 20)),
    "gitlab-deploy": ("gitlab-deploy-token", lambda r: "gldt-" + rchars(r, ALNUM + "_-", 20)),
    "gitlab-runner": ("gitlab-runner-token", lambda r: "glrt-" + rchars(r, ALNUM + "_-", 20)),
    "google-api": ("google-api-key", lambda r: "AIza" + rchars(r, ALNUM + "_-", 35)),
    "google-oauth-secret": ("google-oauth-client-secret", lambda r: "GOCSPX-" + rchars(r, ALNUM + "_-", 28)),
    "slack-bot": ("slack-bot-token", _slack_bot),
    "slack-webhook": ("slack-webhook", _slack_hook),
    "stripe-live": ("stripe-secret-key", lambda r: "sk_live_" + rchars(r, ALNUM, 99)),
    "stripe-restricted": ("stripe-restricted-key", lambda r: "rk_live_" + rchars(r, ALNUM, 99)),
    "stripe-whsec": ("stripe-webhook-secret", lambda r: "whsec_" + rchars(r, ALNUM, 32)),
    "sendgrid": ("sendgrid-api-key", lambda r: "SG." + rchars(r, ALNUM + "_-", 22) + "." + rchars(r, ALNUM + "_-", 43)),
    "mailgun": ("mailgun-api-key", lambda r: "key-" + rchars(r, HEX, 32)),
    "mailchimp": ("mailchimp-api-key", lambda r: rchars(r, HEX, 32) + "-us" + str(r.randrange(2, 22))),
    "pypi": ("pypi-token", _pypi),
    "rubygems": ("rubygems-api-key", lambda r: "rubygems_" + rchars(r, HEX, 48)),
    "nuget": ("nuget-api-key", lambda r: "oy2" + rchars(r, LOWNUM, 43)),
    "dockerhub": ("dockerhub-pat", lambda r: "dckr_pat_" + rchars(r, ALNUM + "_-", 27)),
    "vault": ("vault-token", lambda r: "hvs." + rchars(r, ALNUM + "_-", 91)),
    "tfc": ("terraform-cloud-token", lambda r: rchars(r, ALNUM, 14) + ".atlasv1." + rchars(r, ALNUM, 67)),
    "doppler": ("doppler-token", lambda r: "dp.st.prd." + rchars(r, ALNUM, 43)),
    "pulumi": ("pulumi-token", lambda r: "pul-" + rchars(r, HEX, 40)),
    "databricks": ("databricks-token", lambda r: "dapi" + rchars(r, HEX, 32)),
    "digitalocean": ("digitalocean-token", lambda r: "dop_v1_" + rchars(r, HEX, 64)),
    "heroku": ("heroku-api-key", lambda r: "HRKU-AA" + rchars(r, ALNUM + "_-", 58)),
    "vercel": ("vercel-token", lambda r: "vcp_" + rchars(r, ALNUM, 56)),
    "supabase-mgmt": ("supabase-management-token", lambda r: "sbp_" + rchars(r, HEX, 40)),
    "supabase-secret": ("supabase-secret-key", lambda r: "sb_secret_" + rchars(r, ALNUM + "_-", 31)),
    "shopify": ("shopify-access-token", lambda r: "shpat_" + rchars(r, HEX, 32)),
    "square": ("square-access-token", lambda r: "EAAA" + rchars(r, ALNUM + "_-", 60)),
    "braintree": ("braintree-access-token", lambda r: "access_token$production$" + rchars(r, LOWNUM, 16) + "$" + rchars(r, HEX, 32)),
    "openai": ("openai-api-key", lambda r: "sk-proj-" + rchars(r, ALNUM + "_-", 58) + "T3BlbkFJ" + rchars(r, ALNUM + "_-", 58)),
    "anthropic": ("anthropic-api-key", lambda r: "sk-ant-api03-" + rchars(r, ALNUM + "_-", 93) + "AA"),
    "huggingface": ("huggingface-token", lambda r: "hf_" + rchars(r, string.ascii_letters, 34)),
    "groq": ("groq-api-key", lambda r: "gsk_" + rchars(r, ALNUM, 52)),
    "perplexity": ("perplexity-api-key", lambda r: "pplx-" + rchars(r, ALNUM, 48)),
    "replicate": ("replicate-token", lambda r: "r8_" + rchars(r, ALNUM, 37)),
    "openrouter": ("openrouter-api-key", lambda r: "sk-or-v1-" + rchars(r, HEX, 64)),
    "xai": ("xai-api-key", lambda r: "xai-" + rchars(r, ALNUM, 80)),
    "langsmith": ("langsmith-api-key", lambda r: "lsv2_pt_" + rchars(r, HEX, 32) + "_" + rchars(r, HEX, 10)),
    "atlassian": ("atlassian-api-token", lambda r: "ATATT3xFfGF0" + rchars(r, ALNUM + "_-", 170) + "=" + rchars(r, UPNUM, 8)),
    "linear": ("linear-api-key", lambda r: "lin_api_" + rchars(r, ALNUM, 40)),
    "notion": ("notion-token", lambda r: "ntn_" + rchars(r, string.digits, 11) + rchars(r, ALNUM, 35)),
    "figma": ("figma-token", lambda r: "figd_" + rchars(r, ALNUM + "_-", 40)),
    "postman": ("postman-api-key", lambda r: "PMAK-" + rchars(r, HEX, 24) + "-" + rchars(r, HEX, 34)),
    "sentry-user": ("sentry-user-token", lambda r: "sntryu_" + rchars(r, HEX, 64)),
    "newrelic": ("newrelic-user-key", lambda r: "NRAK-" + rchars(r, UPNUM, 27)),
    "dynatrace": ("dynatrace-token", lambda r: "dt0c01." + rchars(r, UPNUM, 24) + "." + rchars(r, UPNUM, 64)),
    "telegram": ("telegram-bot-token", _telegram),
    "discord": ("discord-bot-token", _discord),
    "age": ("age-secret-key", _age),
    "onepassword-sa": ("1password-service-account-token", _ops),
    "circleci": ("circleci-token", lambda r: "CCIPAT_" + rchars(r, ALNUM, 22) + "_" + rchars(r, HEX, 40)),
    "buildkite": ("buildkite-token", lambda r: "bkua_" + rchars(r, HEX, 40)),
    "bitbucket-dc": ("bitbucket-dc-token", lambda r: "BBDC-" + rchars(r, ALNUM + "+", 44)),
    "swarm": ("docker-swarm-join-token", lambda r: "SWMTKN-1-" + rchars(r, LOWNUM, 50) + "-" + rchars(r, LOWNUM, 25)),
    "render": ("render-api-key", lambda r: "rnd_" + rchars(r, ALNUM, 32)),
    "planetscale": ("planetscale-password", lambda r: "pscale_pw_" + rchars(r, ALNUM + "_-", 43)),
    "prefect": ("prefect-api-key", lambda r: "pnu_" + rchars(r, ALNUM, 36)),
    "octopus": ("octopus-api-key", lambda r: "API-" + rchars(r, UPNUM, 26)),
    "jfrog-ref": ("jfrog-reference-token", lambda r: "cmVmdGtuOjAxOjE3" + rchars(r, ALNUM, 48)),
    "cloudflare-origin": ("cloudflare-origin-ca-key", lambda r: "v1.0-" + rchars(r, HEX, 24) + "-" + rchars(r, HEX, 146)),
    "azure-entra": ("azure-client-secret", lambda r: rchars(r, ALNUM, 3) + r.choice("0123456789") + "Q~" + rchars(r, ALNUM + "_~.-", 34)),
    "okta": ("okta-api-token", lambda r: "00" + rchars(r, ALNUM + "_-", 40)),
    "mapbox-secret": ("mapbox-secret-token", lambda r: "sk.eyJ1Ijoi" + rchars(r, ALNUM, 40) + "." + rchars(r, ALNUM + "_-", 22)),
}

# a handful of tokens that make sense for a generic "some provider token" slot
COMMON_TOKENS = ["github-pat", "gitlab-pat", "slack-bot", "stripe-live", "sendgrid", "openai", "anthropic",
                 "huggingface", "digitalocean", "npm", "telegram", "vault", "linear", "notion", "postman",
                 "sentry-user", "groq", "doppler", "shopify", "mailgun", "dockerhub", "pulumi", "databricks",
                 "vercel", "google-api", "replicate", "newrelic", "figma", "openrouter", "github-fine"]


def provider(r, name):
    cat, gen = PROVIDERS[name]
    return gen(r), cat


def aws_pair(r):
    return "AKIA" + rchars(r, B32, 16), rchars(r, ALNUM + "+/", 40)


def twilio_pair(r):
    return "SK" + rchars(r, HEX, 32), rchars(r, ALNUM, 32)


def azure_storage_key(r):
    return b64(rbytes(r, 64))


def b2_pair(r):
    return "00" + rchars(r, HEX, 13) + "0000000" + str(r.randrange(1, 10)) + rchars(r, "0123456789", 2), \
        "K00" + str(r.randrange(1, 6)) + rchars(r, ALNUM, 27)


def alibaba_pair(r):
    return "LTAI" + rchars(r, ALNUM, 20), rchars(r, ALNUM, 30)


# ---------------------------------------------------------------- public-by-design and documented values (negatives)
def public_values(r):
    """(value, category) items that look like keys but are public by design."""
    return [
        ("pk_live_" + rchars(r, ALNUM, 99), "public-stripe-publishable"),
        ("pk.eyJ1Ijoi" + rchars(r, ALNUM, 40) + "." + rchars(r, ALNUM + "_-", 22), "public-mapbox-token"),
        ("AC" + rchars(r, HEX, 32), "identifier-twilio-account-sid"),
        ("%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), rchars(r, LOWNUM, 32)), "identifier-google-client-id"),
        ("phc_" + rchars(r, ALNUM, 43), "public-posthog-key"),
        ("sb_publishable_" + rchars(r, ALNUM + "_-", 31), "public-supabase-publishable"),
        ("6L" + rchars(r, ALNUM + "_-", 38), "public-recaptcha-site-key"),
        ("G-" + rchars(r, UPNUM, 10), "identifier-ga4"),
        ("https://%s@o%d.ingest.sentry.io/%d" % (rchars(r, HEX, 32), r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 6, 10 ** 7)), "public-sentry-dsn"),
        ("BK" + rchars(r, B64URL, 85), "public-vapid-key"),
    ]


DOC_EXAMPLES = [
    ("AKIAIOSFODNN7EXAMPLE", "doc-example-aws-key-id"),
    ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "doc-example-aws-secret"),
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "doc-example-stripe-test"),
    ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "doc-example-azurite-key"),
    ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "doc-example-jwt"),
    ("xoxb-not-a-real-token-this-will-not-work", "doc-example-slack"),
    ("4242424242424242", "test-card-number"),
]


def mask(value, style):
    if style == "stars":
        return "*" * max(8, min(len(value), 16))
    if style == "first4last4":
        return value[:4] + "*" * 8 + value[-4:]
    if style == "ellipsis":
        return value[:7] + "…" + value[-4:]
    if style == "dots":
        return value[:6] + "..." + value[-3:]
    if style == "redacted":
        return value[:4] + "[REDACTED]"
    raise ValueError(style)
