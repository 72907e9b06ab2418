"""Provider token shapes (from the documented formats), key-ID + secret pairs, public-by-design values
and documented example values. Every function takes a seeded random.Random."""

import json
import string

from core28 import (B62, B64URL, B64STD, HEXL, B32, rstr, crc_token, b62_encode, b64, b64u, rbytes,
                    uuid4, jwt, bech32_encode)
import zlib

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits


def _pypi(r):
    ident = json.dumps({"nonce": rstr(r, HEXL, 32), "version": 1}, separators=(",", ":")).encode()
    body = b"\x02" + b"\x01\x08pypi.org" + b"\x02" + bytes([len(ident)]) + ident + b"\x00"
    cav = json.dumps({"version": 1, "permissions": "user"}, separators=(",", ":")).encode()
    body += b"\x02" + bytes([len(cav)]) + cav + b"\x00\x00" + b"\x06\x20" + rbytes(r, 32)
    return "pypi-" + b64u(body)


def _grafana_sa(r):
    body = rstr(r, B62, 32)
    return "glsa_" + body + "_" + "%08x" % zlib.crc32(body.encode())


def _sentry_org(r):
    payload = {"iat": 1700000000 + r.randrange(10 ** 8), "url": "https://sentry.io",
               "region_url": "https://us.sentry.io", "org": rstr(r, LOW, 8)}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + rstr(r, B62, 43)


def _ops(r):
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096",
               "alg": "PBES2g-HS256", "iterations": 650000, "salt": rstr(r, B64URL, 22)},
               "email": rstr(r, LOW, 12) + "@1passwordserviceaccounts.com", "srpX": rstr(r, HEXL, 64),
               "muk": {"alg": "A256GCM", "ext": True, "k": rstr(r, B64URL, 43), "key_ops": ["encrypt", "decrypt"],
                       "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rstr(r, UP + DIG, 6) + "-" + rstr(r, UP + DIG, 26),
               "throttleSecret": {"seed": rstr(r, HEXL, 64), "uuid": rstr(r, UP + DIG, 26)},
               "deviceUuid": rstr(r, LOW + DIG, 26)}
    return "ops_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=")


def _discord(r):
    uid = str(r.randrange(10 ** 17, 10 ** 19))
    return b64(uid.encode()).rstrip("=") + "." + rstr(r, B64URL, 6) + "." + rstr(r, B64URL, 38)


def _supabase_jwt(r):
    ref = rstr(r, LOW, 20)
    return jwt({"alg": "HS256", "typ": "JWT"},
               {"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1712000000 + r.randrange(10 ** 7),
                "exp": 2027000000 + r.randrange(10 ** 7)}, rbytes(r, 32))


def _age(r):
    return bech32_encode("age-secret-key-", rbytes(r, 32)).upper()


def _mapbox_sk(r):
    return "sk." + b64u(json.dumps({"u": rstr(r, LOW, 8), "a": rstr(r, LOW + DIG, 25)},
                                   separators=(",", ":")).encode()) + "." + rstr(r, B64URL, 22)


def _jfrog_ref(r):
    return b64(b"reftkn:01:" + str(2000000000 + r.randrange(10 ** 8)).encode() + b":" +
               rstr(r, B62, 32).encode()).rstrip("=")


def _telegram(r):
    return str(r.randrange(10 ** 9, 8 * 10 ** 9)) + ":AA" + rstr(r, B64URL, 33)


def _azure_storage(r):
    return b64(rbytes(r, 64))


# name -> (generator, short description used in prose)
SHAPES = {
    "github-pat": (lambda r: crc_token(r, "ghp_"), "GitHub"),
    "github-oauth": (lambda r: crc_token(r, "gho_"), "GitHub OAuth"),
    "github-app": (lambda r: crc_token(r, "ghs_"), "GitHub App"),
    "github-fine-grained": (lambda r: "github_pat_11" + rstr(r, UP + DIG, 20) + "_" + rstr(r, B62, 59), "GitHub"),
    "npm": (lambda r: crc_token(r, "npm_"), "npm"),
    "gitlab-pat": (lambda r: "glpat-" + rstr(r, B64URL.replace("-", "").replace("_", ""), 20), "GitLab"),
    "gitlab-trigger": (lambda r: "glptt-" + rstr(r, HEXL, 40), "GitLab"),
    "gitlab-deploy": (lambda r: "gldt-" + rstr(r, B62, 20), "GitLab"),
    "google-api": (lambda r: "AIza" + rstr(r, B64URL, 35), "Google"),
    "google-oauth-secret": (lambda r: "GOCSPX-" + rstr(r, B64URL, 28), "Google OAuth"),
    "entra-secret": (lambda r: rstr(r, B62, 3) + r.choice(DIG) + "Q~" + rstr(r, B62 + "_~.-", 34), "Entra ID"),
    "slack-bot": (lambda r: "xoxb-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13),
                                                rstr(r, B62, 24)), "Slack"),
    "slack-webhook": (lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rstr(r, UP + DIG, 10), rstr(r, UP + DIG, 10), rstr(r, B62, 24)), "Slack"),
    "stripe-secret": (lambda r: "sk_live_51" + rstr(r, B62, 97), "Stripe"),
    "stripe-restricted": (lambda r: "rk_live_51" + rstr(r, B62, 97), "Stripe"),
    "stripe-webhook": (lambda r: "whsec_" + rstr(r, B62, 32), "Stripe"),
    "sendgrid": (lambda r: "SG." + rstr(r, B64URL, 22) + "." + rstr(r, B64URL, 43), "SendGrid"),
    "mailgun": (lambda r: "key-" + rstr(r, HEXL, 32), "Mailgun"),
    "mailchimp": (lambda r: rstr(r, HEXL, 32) + "-us" + str(r.randrange(2, 21)), "Mailchimp"),
    "pypi": (_pypi, "PyPI"),
    "rubygems": (lambda r: "rubygems_" + rstr(r, HEXL, 48), "RubyGems"),
    "nuget": (lambda r: "oy2" + rstr(r, LOW + DIG, 43), "NuGet"),
    "dockerhub": (lambda r: "dckr_pat_" + rstr(r, B64URL, 27), "Docker Hub"),
    "vault": (lambda r: "hvs." + rstr(r, B64URL, 90), "Vault"),
    "terraform-cloud": (lambda r: rstr(r, B62, 14) + ".atlasv1." + rstr(r, B62, 67), "Terraform Cloud"),
    "doppler": (lambda r: "dp.st.prd." + rstr(r, B62, 40), "Doppler"),
    "pulumi": (lambda r: "pul-" + rstr(r, HEXL, 40), "Pulumi"),
    "databricks": (lambda r: "dapi" + rstr(r, HEXL, 32), "Databricks"),
    "digitalocean": (lambda r: "dop_v1_" + rstr(r, HEXL, 64), "DigitalOcean"),
    "heroku": (lambda r: "HRKU-AA" + rstr(r, B64URL, 58), "Heroku"),
    "vercel": (lambda r: "vcp_" + rstr(r, B62, 56), "Vercel"),
    "supabase-mgmt": (lambda r: "sbp_" + rstr(r, HEXL, 40), "Supabase"),
    "supabase-secret": (lambda r: "sb_secret_" + rstr(r, B64URL, 31), "Supabase"),
    "supabase-service-jwt": (_supabase_jwt, "Supabase"),
    "shopify": (lambda r: "shpat_" + rstr(r, HEXL, 32), "Shopify"),
    "square": (lambda r: "EAAA" + rstr(r, B64URL, 60), "Square"),
    "openai": (lambda r: "sk-proj-" + rstr(r, B64URL, 74) + "T3BlbkFJ" + rstr(r, B64URL, 74), "OpenAI"),
    "anthropic": (lambda r: "sk-ant-api03-" + rstr(r, B64URL, 93) + "AA", "Anthropic"),
    "huggingface": (lambda r: "hf_" + rstr(r, string.ascii_letters, 34), "Hugging Face"),
    "groq": (lambda r: "gsk_" + rstr(r, B62, 52), "Groq"),
    "replicate": (lambda r: "r8_" + rstr(r, B62, 37), "Replicate"),
    "openrouter": (lambda r: "sk-or-v1-" + rstr(r, HEXL, 64), "OpenRouter"),
    "perplexity": (lambda r: "pplx-" + rstr(r, B62, 48), "Perplexity"),
    "xai": (lambda r: "xai-" + rstr(r, B62, 80), "xAI"),
    "langsmith": (lambda r: "lsv2_pt_" + rstr(r, HEXL, 32) + "_" + rstr(r, HEXL, 10), "LangSmith"),
    "linear": (lambda r: "lin_api_" + rstr(r, B62, 40), "Linear"),
    "notion": (lambda r: "ntn_" + rstr(r, DIG, 11) + rstr(r, B62, 35), "Notion"),
    "figma": (lambda r: "figd_" + rstr(r, B64URL, 40), "Figma"),
    "postman": (lambda r: "PMAK-" + rstr(r, HEXL, 24) + "-" + rstr(r, HEXL, 34), "Postman"),
    "grafana-sa": (_grafana_sa, "Grafana"),
    "sentry-user": (lambda r: "sntryu_" + rstr(r, HEXL, 64), "Sentry"),
    "sentry-org": (_sentry_org, "Sentry"),
    "newrelic": (lambda r: "NRAK-" + rstr(r, UP + DIG, 27), "New Relic"),
    "dynatrace": (lambda r: "dt0c01." + rstr(r, UP + DIG, 24) + "." + rstr(r, UP + DIG, 64), "Dynatrace"),
    "okta": (lambda r: "00" + rstr(r, B64URL, 40), "Okta"),
    "telegram": (_telegram, "Telegram"),
    "discord": (_discord, "Discord"),
    "age": (_age, "age"),
    "atlassian": (lambda r: "ATATT3xFfGF0" + rstr(r, B64URL, 170) + "=" + rstr(r, HEXL.upper(), 8), "Atlassian"),
    "circleci": (lambda r: "CCIPAT_" + rstr(r, B62, 22) + "_" + rstr(r, HEXL, 40), "CircleCI"),
    "buildkite": (lambda r: "bkua_" + rstr(r, HEXL, 40), "Buildkite"),
    "render": (lambda r: "rnd_" + rstr(r, B62, 32), "Render"),
    "planetscale": (lambda r: "pscale_tkn_" + rstr(r, B64URL, 43), "PlanetScale"),
    "docker-swarm": (lambda r: "SWMTKN-1-" + rstr(r, LOW + DIG, 50) + "-" + rstr(r, LOW + DIG, 25), "Docker Swarm"),
    "mapbox-secret": (_mapbox_sk, "Mapbox"),
    "ops-service-account": (_ops, "1Password"),
    "octopus": (lambda r: "API-" + rstr(r, UP + DIG, 26), "Octopus"),
    "infracost": (lambda r: "ico-" + rstr(r, B62, 32), "Infracost"),
    "prefect": (lambda r: "pnu_" + rstr(r, B62, 36), "Prefect"),
    "jfrog-reference": (_jfrog_ref, "JFrog"),
    "bitbucket-dc": (lambda r: "BBDC-" + rstr(r, B62 + "+/", 44), "Bitbucket"),
    "azure-storage": (_azure_storage, "Azure Storage"),
    "chromatic": (lambda r: "chpt_" + rstr(r, HEXL, 14), "Chromatic"),
}

# shapes dealt to free text and code (the long fixed-context ones are kept for configs)
DEALABLE = [k for k in SHAPES if k not in ("azure-storage", "chromatic", "slack-webhook")]


def make(name, r):
    return SHAPES[name][0](r)


# ------------------------------------------------------------------ key-ID + secret pairs
def pair_aws(r):
    return "AKIA" + rstr(r, B32, 16), rstr(r, B64STD, 40)


def pair_twilio(r):
    return "SK" + rstr(r, HEXL, 32), rstr(r, B62, 32)


def pair_alibaba(r):
    return "LTAI5t" + rstr(r, B62, 18), rstr(r, B62, 30)


def pair_tencent(r):
    return "AKID" + rstr(r, B62, 32), rstr(r, B62, 32)


def pair_scaleway(r):
    return "SCW" + rstr(r, B32, 17), uuid4(r)


PAIRS = {"aws": pair_aws, "twilio": pair_twilio, "alibaba": pair_alibaba, "tencent": pair_tencent}


# ------------------------------------------------------------------ public by design (negatives)
def public_value(kind, r):
    if kind == "stripe-publishable":
        return "pk_live_51" + rstr(r, B62, 97)
    if kind == "mapbox-public":
        return "pk." + b64u(json.dumps({"u": rstr(r, LOW, 8), "a": rstr(r, LOW + DIG, 25)},
                                       separators=(",", ":")).encode()) + "." + rstr(r, B64URL, 22)
    if kind == "twilio-account-sid":
        return "AC" + rstr(r, HEXL, 32)
    if kind == "google-client-id":
        return "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), rstr(r, LOW + DIG, 32))
    if kind == "posthog-project":
        return "phc_" + rstr(r, B62, 43)
    if kind == "supabase-publishable":
        return "sb_publishable_" + rstr(r, B64URL, 31)
    if kind == "recaptcha-site":
        return "6L" + rstr(r, B64URL, 38)
    if kind == "ga4":
        return "G-" + rstr(r, UP + DIG, 10)
    if kind == "sentry-dsn":
        return "https://%s@o%d.ingest.sentry.io/%d" % (rstr(r, HEXL, 32), r.randrange(10 ** 5, 10 ** 7),
                                                       r.randrange(10 ** 6, 10 ** 7))
    raise ValueError(kind)


PUBLIC_KINDS = ["stripe-publishable", "mapbox-public", "twilio-account-sid", "google-client-id", "posthog-project",
                "supabase-publishable", "recaptcha-site", "ga4", "sentry-dsn"]

# ------------------------------------------------------------------ documented examples (negatives)
DOC_EXAMPLES = [
    ("aws-docs-key-id", "AKIAIOSFODNN7EXAMPLE", "the AWS documentation's example access key ID"),
    ("aws-docs-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "the AWS documentation's example secret key"),
    ("stripe-docs-test-key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "Stripe's documented test key"),
    ("jwt-io-example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
     "the jwt.io sample token"),
    ("azurite-account-key", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
     "the Azurite emulator's published account key"),
    ("stripe-test-card", "4242424242424242", "Stripe's test card number"),
    ("twilio-magic-number", "+15005550006", "Twilio's magic test number"),
]


def bad_crc_token(r):
    """A ghp_ token whose CRC32 tail is wrong on purpose (a fixture, labelled negative)."""
    while True:
        t = crc_token(r, "ghp_")
        tail = list(t[-6:])
        tail[-1] = B62[(B62.index(tail[-1]) + 7) % 62]
        bad = t[:-6] + "".join(tail)
        return bad


def masked(value, r):
    """A masked rendering of a value: a few characters kept, the rest hidden (negative)."""
    style = r.randrange(4)
    if style == 0:
        return value[:4] + "..." + value[-4:]
    if style == 1:
        return value[:3] + "*" * 12 + value[-3:]
    if style == 2:
        return "****************" + value[-4:]
    return value[:6] + "\u2026" + value[-4:]
