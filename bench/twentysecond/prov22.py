"""Provider token shapes from documented formats, key-ID + secret pairs, public-by-design values,
documented examples and vendor-shaped placeholders (twenty-second corpus)."""
import base64
import json
import zlib

from vals22 import ALNUM, B32, HEX, LOWER_ALNUM

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
URL = ALNUM + "-_"


def b62(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix, body):
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def crc_ok(tok):
    pre, rest = tok.split("_", 1)
    body, chk = rest[:-6], rest[-6:]
    return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF) == chk and len(rest) == 36


def _b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _pypi(v):
    ident = v.uuid().encode()
    cav = json.dumps({"version": 1, "permissions": "user"}).encode()
    body = (b"\x02\x01\x08pypi.org" + b"\x02" + bytes([len(ident)]) + ident + b"\x00"
            + b"\x02" + bytes([len(cav)]) + cav + b"\x00\x00\x06\x20" + v.rbytes(32))
    return "pypi-" + _b64u(body)


def _sentry_org(v):
    payload = json.dumps({"iat": 1718000000 + v.r.randint(0, 9999999), "url": "https://sentry.io",
                          "region_url": "https://de.sentry.io", "org": v.s("abcdefghijklmnopqrstuvwxyz", 8)},
                         separators=(",", ":")).encode()
    return "sntrys_" + _b64u(payload) + "_" + v.s(URL, 43)


def _ops(v):
    payload = json.dumps({"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                          "iterations": 650000, "salt": v.b64(16, url=True)}, "email": v.s(LOWER_ALNUM, 12) + "@1passwordserviceaccounts.eu",
                          "srpX": v.hex(64), "muk": {"alg": "A256GCM", "ext": True, "k": v.b64(32, url=True),
                          "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + v.s(B32, 6) + "-" + v.s(B32, 11),
                          "deviceUuid": v.s(LOWER_ALNUM, 26)}, separators=(",", ":")).encode()
    return "ops_" + _b64u(payload)


def _discord(v):
    bot_id = str(v.r.randint(10**17, 10**18 - 1))
    return _b64u(bot_id.encode()) + "." + v.s(URL, 6) + "." + v.s(URL, 38)


def _jfrog_ref(v):
    return _b64u(b"reftkn:01:" + str(v.r.randint(2000000000, 2099999999)).encode() + b":" + v.s(ALNUM, 27).encode())[:64]


# name -> generator(v) ; category is "provider-" + name
SHAPES = {
    "github-pat": lambda v: crc_token("ghp_", v.s(ALNUM, 30)),
    "github-oauth": lambda v: crc_token("gho_", v.s(ALNUM, 30)),
    "github-app-user": lambda v: crc_token("ghu_", v.s(ALNUM, 30)),
    "github-app-install": lambda v: crc_token("ghs_", v.s(ALNUM, 30)),
    "github-fine-grained": lambda v: "github_pat_" + v.s(ALNUM, 22) + "_" + v.s(ALNUM + "_", 59),
    "gitlab-pat": lambda v: "glpat-" + v.s(URL, 20),
    "gitlab-deploy": lambda v: "gldt-" + v.s(URL, 20),
    "gitlab-trigger": lambda v: "glptt-" + v.hex(40),
    "npm": lambda v: crc_token("npm_", v.s(ALNUM, 30)),
    "pypi": _pypi,
    "rubygems": lambda v: "rubygems_" + v.hex(48),
    "nuget": lambda v: "oy2" + v.s(LOWER_ALNUM, 43),
    "dockerhub-pat": lambda v: "dckr_pat_" + v.s(URL, 27),
    "dockerhub-oat": lambda v: "dckr_oat_" + v.s(URL, 32),
    "jfrog-ref": _jfrog_ref,
    "vault-service": lambda v: "hvs." + v.s(URL, 90),
    "hcp-terraform": lambda v: v.s(ALNUM, 14) + ".atlasv1." + v.s(ALNUM, 67),
    "doppler": lambda v: "dp.st." + v.s("prd", 1) + "_" + v.s(ALNUM, 43),
    "pulumi": lambda v: "pul-" + v.hex(40),
    "databricks": lambda v: "dapi" + v.hex(32),
    "digitalocean": lambda v: "dop_v1_" + v.hex(64),
    "heroku": lambda v: "HRKU-AA" + v.s(URL, 58),
    "vercel": lambda v: "vcp_" + v.s(ALNUM, 56),
    "supabase-secret": lambda v: "sb_secret_" + v.s(ALNUM, 31),
    "cloudflare-origin-ca": lambda v: "v1.0-" + v.hex(24) + "-" + v.hex(146),
    "shopify-admin": lambda v: "shpat_" + v.hex(32),
    "shopify-shared": lambda v: "shpss_" + v.hex(32),
    "square": lambda v: "EAAA" + v.s(URL, 60),
    "braintree": lambda v: "access_token$production$" + v.s(LOWER_ALNUM, 16) + "$" + v.hex(32),
    "openai": lambda v: "sk-proj-" + v.s(URL, 74) + "T3BlbkFJ" + v.s(URL, 74),
    "anthropic": lambda v: "sk-ant-api03-" + v.s(URL, 93) + "AA",
    "huggingface": lambda v: "hf_" + v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 34),
    "groq": lambda v: "gsk_" + v.s(ALNUM, 52),
    "openrouter": lambda v: "sk-or-v1-" + v.hex(64),
    "langsmith": lambda v: "lsv2_pt_" + v.hex(32) + "_" + v.hex(10),
    "linear": lambda v: "lin_api_" + v.s(ALNUM, 40),
    "notion": lambda v: "ntn_" + v.s(ALNUM, 46),
    "figma": lambda v: "figd_" + v.s(URL, 40),
    "postman": lambda v: "PMAK-" + v.hex(24) + "-" + v.hex(34),
    "grafana-sa": lambda v: "glsa_" + v.s(ALNUM, 32) + "_" + v.hex(8),
    "sentry-org": _sentry_org,
    "sentry-user": lambda v: "sntryu_" + v.hex(64),
    "newrelic-user": lambda v: "NRAK-" + v.s(B32[:26] + "0123456789", 27),
    "dynatrace": lambda v: "dt0c01." + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 24) + "." + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 64),
    "okta": lambda v: "00" + v.s(URL, 40),
    "telegram-bot": lambda v: str(v.r.randint(10**9, 8 * 10**9)) + ":AA" + v.s(URL, 33),
    "discord-bot": _discord,
    "slack-bot": lambda v: "xoxb-" + v.digits(12) + "-" + v.digits(13) + "-" + v.s(ALNUM, 24),
    "slack-webhook": lambda v: "https://hooks.slack.com/services/T" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10) + "/B" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10) + "/" + v.s(ALNUM, 24),
    "stripe-secret": lambda v: "sk_live_51" + v.s(ALNUM, 97),
    "stripe-restricted": lambda v: "rk_live_51" + v.s(ALNUM, 97),
    "stripe-webhook": lambda v: "whsec_" + v.s(ALNUM, 32),
    "sendgrid": lambda v: "SG." + v.s(URL, 22) + "." + v.s(URL, 43),
    "mailgun": lambda v: "key-" + v.hex(32),
    "mailchimp": lambda v: v.hex(32) + "-us" + str(v.r.randint(2, 21)),
    "google-api": lambda v: "AIza" + v.s(URL, 35),
    "google-refresh": lambda v: "1//0" + v.s(URL, 99),
    "azure-storage": lambda v: v.b64(64),
    "age": None,   # filled in by keys22 (needs bech32)
    "onepassword-sa": _ops,
    "atlassian": lambda v: "ATATT3xFfGF0" + v.s(URL, 170) + "=" + v.hex(8).upper(),
    "circleci": lambda v: "CCIPAT_" + v.s(ALNUM, 22) + "_" + v.hex(40),
    "buildkite": lambda v: "bkua_" + v.hex(40),
    "octopus": lambda v: "API-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 26),
    "prefect": lambda v: "pnu_" + v.s(ALNUM, 36),
    "render": lambda v: "rnd_" + v.s(ALNUM, 32),
    "planetscale": lambda v: "pscale_tkn_" + v.s(URL, 43),
    "infracost": lambda v: "ico-" + v.s(ALNUM, 32),
    "replicate": lambda v: "r8_" + v.s(ALNUM, 37),
    "perplexity": lambda v: "pplx-" + v.s(ALNUM, 48),
    "xai": lambda v: "xai-" + v.s(ALNUM, 80),
}
PROVIDER_NAMES = sorted(k for k, f in SHAPES.items() if f is not None)

# pair kind -> (id generator, secret generator)
PAIRS = {
    "aws": (lambda v: "AKIA" + v.s(B32, 16), lambda v: v.s(ALNUM + "/+", 40)),
    "alibaba": (lambda v: "LTAI" + v.s(ALNUM, 20), lambda v: v.s(ALNUM, 30)),
    "tencent": (lambda v: "AKID" + v.s(ALNUM, 32), lambda v: v.s(ALNUM, 32)),
    "twilio-apikey": (lambda v: "SK" + v.hex(32), lambda v: v.s(ALNUM, 32)),
    "entra-client": (lambda v: v.uuid(), lambda v: v.s(ALNUM, 3) + str(v.r.randint(0, 9)) + "Q~" + v.s(ALNUM + "_~.-", 34)),
    "google-oauth": (lambda v: v.digits(12) + "-" + v.s(LOWER_ALNUM, 32) + ".apps.googleusercontent.com", lambda v: "GOCSPX-" + v.s(URL, 28)),
    "algolia-admin": (lambda v: v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), lambda v: v.hex(32)),
    "cloudflare-r2": (lambda v: v.hex(32), lambda v: v.hex(64)),
    "scaleway": (lambda v: "SCW" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 17), lambda v: v.uuid()),
    "backblaze-b2": (lambda v: "005" + v.hex(22), lambda v: "K005" + v.s(ALNUM + "/+", 27)),
    "lastfm": (lambda v: v.hex(32), lambda v: v.hex(32)),
    "livekit": (lambda v: "API" + v.s(ALNUM, 12), lambda v: v.s(ALNUM, 43)),
}
PAIR_NAMES = sorted(PAIRS)

# public-by-design values: name -> generator
PUBLIC = {
    "stripe-publishable": lambda v: "pk_live_51" + v.s(ALNUM, 97),
    "mapbox-public": lambda v: "pk.eyJ1Ijoi" + v.s(ALNUM, 20) + "." + v.s(URL, 22),
    "sentry-dsn": lambda v: "https://" + v.hex(32) + "@o" + v.digits(6) + ".ingest.de.sentry.io/" + v.digits(7),
    "ga4-id": lambda v: "G-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10),
    "recaptcha-site": lambda v: "6L" + v.s(URL, 38),
    "google-client-id": lambda v: v.digits(12) + "-" + v.s(LOWER_ALNUM, 32) + ".apps.googleusercontent.com",
    "twilio-account-sid": lambda v: "AC" + v.hex(32),
    "supabase-publishable": lambda v: "sb_publishable_" + v.s(URL, 31),
    "posthog-project": lambda v: "phc_" + v.s(ALNUM, 43),
    "algolia-search-only-app": lambda v: v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10),
    "paypal-client-id": lambda v: "A" + v.s(URL, 79),
    "plausible-domain": lambda v: "data-domain",
}
PUBLIC_NAMES = sorted(k for k in PUBLIC if k != "plausible-domain")

# documented examples (always negatives)
EXAMPLES = [
    ("aws-doc-key-id", "AKIAIOSFODNN7EXAMPLE"),
    ("aws-doc-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("stripe-doc-test", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("jwt-io-example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
]

# vendor-shaped placeholders
PLACEHOLDERS = ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "xoxb-your-bot-token-here",
                "glpat-REPLACE_ME_TOKEN_VALUE", "hvs.PLACEHOLDER_VAULT_TOKEN", "dop_v1_<your-token>", "SG.<sendgrid-api-key>",
                "AIzaSy-your-google-api-key", "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]


def mask(tok):
    return tok[:6] + "*" * 12 + tok[-4:]
