"""Provider token shapes built from documented formats, pair kinds, public-by-design values (twentyfourth)."""
import base64
import hashlib
import hmac
import json
import string

from core24 import ALNUM, B62, HEXD, LOWER_ALNUM, b64, b64url, cjson, crc32_b62

B32 = string.ascii_uppercase + "234567"
URLSAFE = ALNUM + "-_"
UPPER_ALNUM = string.ascii_uppercase + string.digits


def gh(ctx, prefix):
    body = ctx.chars(B62, 30)
    return prefix + body + crc32_b62(body)


def gh_bad(ctx, prefix):
    body = ctx.chars(B62, 30)
    good = crc32_b62(body)
    bad = good[:-1] + B62[(B62.index(good[-1]) + 1 + ctx.r(0, 60)) % 62]
    return prefix + body + bad


def crc_ok(tok):
    for p in ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"):
        if tok.startswith(p) and len(tok) == 40:
            return crc32_b62(tok[4:34]) == tok[34:]
    return None


def _varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def _field(t, data):
    return bytes([t]) + _varint(len(data)) + data


def pypi(ctx):
    ident = ctx.uuid().encode()
    caveats = [json.dumps({"version": 1, "permissions": "user"}).encode()]
    if ctx.chance(0.5):
        caveats.append(json.dumps({"version": 1, "permissions": {"projects": [ctx.theme.key.replace("-", "_")]}}).encode())
    key = ctx.rbytes(32)
    sig = hmac.new(key, ident, hashlib.sha256).digest()
    body = b"\x02" + _field(1, b"pypi.org") + _field(2, ident) + b"\x00"
    for c in caveats:
        sig = hmac.new(sig, c, hashlib.sha256).digest()
        body += _field(2, c) + b"\x00"
    body += b"\x00" + _field(6, sig)
    return "pypi-" + b64url(body)


def pypi_ok(tok):
    raw = base64.urlsafe_b64decode(tok[5:] + "=" * (-len(tok[5:]) % 4))
    return raw[:1] == b"\x02" and raw[1:11] == b"\x01\x08pypi.org" and raw[-34:-32] == b"\x06\x20"


def jwt(ctx, payload, key=None):
    h = b64url(cjson({"alg": "HS256", "typ": "JWT"}).encode())
    p = b64url(cjson(payload).encode())
    sig = hmac.new(key or ctx.rbytes(32), (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url(sig)


def _supabase_service(ctx):
    iat = ctx.epoch()
    return jwt(ctx, {"iss": "supabase", "ref": ctx.chars(string.ascii_lowercase, 20), "role": "service_role",
                     "iat": iat, "exp": iat + 315360000})


def _sentry_org(ctx):
    payload = {"iat": ctx.epoch() + 0.123, "url": "https://sentry.io", "region_url": "https://de.sentry.io",
               "org": ctx.theme.key}
    return "sntrys_" + b64(cjson(payload).encode()).rstrip("=") + "_" + ctx.chars(URLSAFE, 43)


def _onepassword(ctx):
    payload = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64url(ctx.rbytes(16))}, "email": ctx.chars(string.ascii_lowercase, 12) + "@1passwordserviceaccounts.eu",
               "srpX": ctx.hexs(64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url(ctx.rbytes(32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-" + ctx.chars(UPPER_ALNUM, 6) + "-" + ctx.chars(UPPER_ALNUM, 6), "throttleSecret": {"seed": ctx.hexs(64), "uuid": ctx.chars(UPPER_ALNUM, 26)}, "deviceUuid": ctx.chars(string.ascii_lowercase + string.digits, 26)}
    return "ops_" + b64url(cjson(payload).encode())


def _grafana_cloud(ctx):
    payload = {"o": str(ctx.r(100000, 999999)), "n": "stack-" + ctx.digits(6) + "-integration-" + ctx.chars(string.ascii_lowercase, 6),
               "k": ctx.chars(ALNUM, 24), "m": {"r": ctx.choice(["prod-eu-west-2", "prod-us-central-0", "prod-ap-south-1"])}}
    return "glc_" + b64(cjson(payload).encode())


def _discord(ctx):
    snow = str(ctx.r(900000000000000000, 1300000000000000000))
    return b64url(snow.encode()) + "." + ctx.chars(URLSAFE, 6) + "." + ctx.chars(URLSAFE, 38)


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _age(ctx):
    data = ctx.rbytes(32)
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    hrp = "age-secret-key-"
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _bech32_polymod(hv + out + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return (hrp + "1" + "".join(BECH32[d] for d in out + chk)).upper()


def age_ok(tok):
    s = tok.lower()
    hrp, data = s[:s.rindex("1")], s[s.rindex("1") + 1:]
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _bech32_polymod(hv + [BECH32.index(c) for c in data]) == 1


def _openai(ctx):
    return "sk-proj-" + ctx.chars(URLSAFE, 74) + "T3BlbkFJ" + ctx.chars(URLSAFE, 74)


def _azure_entra(ctx):
    return ctx.chars(ALNUM, 3) + ctx.digits(1) + "Q~" + ctx.chars(ALNUM + "_~.-", 34)


def _az_conn(ctx):
    acct = ctx.theme.key.replace("-", "")[:14] + ctx.digits(3)
    return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, b64(ctx.rbytes(64)))


def _az_sas(ctx):
    acct = ctx.theme.key.replace("-", "")[:12] + "st"
    sig = b64(ctx.rbytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return "https://%s.blob.core.windows.net/exports?sp=racwl&st=2025-01-02T08:00:00Z&se=2026-06-30T17:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=%s" % (acct, sig)


def _sb_conn(ctx):
    return "Endpoint=sb://%s-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s" % (ctx.theme.key, b64(ctx.rbytes(32)))


def _slack_hook(ctx):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (ctx.chars(UPPER_ALNUM, 8), ctx.chars(UPPER_ALNUM, 10), ctx.chars(ALNUM, 24))


def _xox(ctx, p):
    return "%s-%s-%s-%s" % (p, ctx.digits(12), ctx.digits(13), ctx.chars(ALNUM, 24))


def _telegram(ctx):
    return "%d:AA%s" % (ctx.r(1000000000, 7999999999), ctx.chars(URLSAFE, 33))


def _braintree(ctx):
    return "access_token$production$%s$%s" % (ctx.chars(LOWER_ALNUM, 16), ctx.hexs(32))


def _cf_origin(ctx):
    return "v1.0-%s-%s" % (ctx.hexs(24), ctx.hexs(146))


SHAPES = [
    ("github-pat", lambda c: gh(c, "ghp_")), ("github-oauth", lambda c: gh(c, "gho_")),
    ("github-user-to-server", lambda c: gh(c, "ghu_")), ("github-app-installation", lambda c: gh(c, "ghs_")),
    ("github-refresh", lambda c: gh(c, "ghr_")),
    ("github-fine-grained-pat", lambda c: "github_pat_" + c.chars(ALNUM, 22) + "_" + c.chars(ALNUM, 59)),
    ("gitlab-pat", lambda c: "glpat-" + c.chars(URLSAFE, 20)), ("gitlab-trigger", lambda c: "glptt-" + c.hexs(40)),
    ("gitlab-deploy", lambda c: "gldt-" + c.chars(URLSAFE, 20)), ("npm", lambda c: gh(c, "npm_")),
    ("pypi", pypi), ("rubygems", lambda c: "rubygems_" + c.hexs(48)), ("nuget", lambda c: "oy2" + c.chars(LOWER_ALNUM, 43)),
    ("dockerhub-pat", lambda c: "dckr_pat_" + c.chars(URLSAFE, 27)), ("jfrog-api", lambda c: "AKCp" + c.chars(ALNUM, 69)),
    ("vault-service", lambda c: "hvs." + c.chars(URLSAFE, 24 if c.chance(0.3) else 91)),
    ("terraform-cloud", lambda c: c.chars(ALNUM, 14) + ".atlasv1." + c.chars(ALNUM, 67)),
    ("doppler-service", lambda c: "dp.st." + c.choice(["prd", "stg", "dev"]) + "." + c.chars(ALNUM, 40)),
    ("pulumi", lambda c: "pul-" + c.hexs(40)), ("databricks", lambda c: "dapi" + c.hexs(32)),
    ("digitalocean-pat", lambda c: "dop_v1_" + c.hexs(64)), ("heroku", lambda c: "HRKU-AA" + c.chars(URLSAFE, 58)),
    ("vercel", lambda c: "vcp_" + c.chars(ALNUM, 56)), ("supabase-mgmt", lambda c: "sbp_" + c.hexs(40)),
    ("supabase-secret", lambda c: "sb_secret_" + c.chars(URLSAFE, 31)), ("supabase-service-jwt", _supabase_service),
    ("cloudflare-origin-ca", _cf_origin), ("cloudflare-api", lambda c: c.chars(URLSAFE, 40)),
    ("shopify-access", lambda c: "shpat_" + c.hexs(32)), ("shopify-shared-secret", lambda c: "shpss_" + c.hexs(32)),
    ("square-access", lambda c: "EAAA" + c.chars(URLSAFE, 60)), ("square-app-secret", lambda c: "sq0csp-" + c.chars(URLSAFE, 43)),
    ("braintree", _braintree), ("stripe-secret", lambda c: "sk_live_" + c.chars(ALNUM, 99)),
    ("stripe-restricted", lambda c: "rk_live_" + c.chars(ALNUM, 99)), ("stripe-webhook", lambda c: "whsec_" + c.chars(ALNUM, 32)),
    ("sendgrid", lambda c: "SG." + c.chars(URLSAFE, 22) + "." + c.chars(URLSAFE, 43)),
    ("mailgun", lambda c: "key-" + c.hexs(32)), ("mailchimp", lambda c: c.hexs(32) + "-us" + str(c.r(2, 21))),
    ("openai", _openai), ("anthropic", lambda c: "sk-ant-api03-" + c.chars(URLSAFE, 93) + "AA"),
    ("huggingface", lambda c: "hf_" + c.chars(string.ascii_letters, 34)), ("groq", lambda c: "gsk_" + c.chars(ALNUM, 52)),
    ("perplexity", lambda c: "pplx-" + c.chars(ALNUM, 48)), ("replicate", lambda c: "r8_" + c.chars(ALNUM, 37)),
    ("openrouter", lambda c: "sk-or-v1-" + c.hexs(64)), ("xai", lambda c: "xai-" + c.chars(ALNUM, 80)),
    ("langsmith", lambda c: "lsv2_pt_" + c.hexs(32) + "_" + c.hexs(10)),
    ("atlassian", lambda c: "ATATT3xFfGF0" + c.chars(URLSAFE, 170) + "=" + c.hexs(8).upper()),
    ("linear", lambda c: "lin_api_" + c.chars(ALNUM, 40)), ("notion", lambda c: "ntn_" + c.digits(11) + c.chars(ALNUM, 35)),
    ("figma", lambda c: "figd_" + c.chars(URLSAFE, 40)), ("postman", lambda c: "PMAK-" + c.hexs(24) + "-" + c.hexs(34)),
    ("grafana-sa", lambda c: "glsa_" + c.chars(ALNUM, 32) + "_" + c.hexs(8)), ("grafana-cloud", _grafana_cloud),
    ("sentry-org", _sentry_org), ("sentry-user", lambda c: "sntryu_" + c.hexs(64)),
    ("newrelic-user", lambda c: "NRAK-" + c.chars(UPPER_ALNUM, 27)),
    ("dynatrace", lambda c: "dt0c01." + c.chars(UPPER_ALNUM, 24) + "." + c.chars(UPPER_ALNUM, 64)),
    ("okta", lambda c: "00" + c.chars(URLSAFE, 40)), ("telegram-bot", _telegram), ("discord-bot", _discord),
    ("age-secret-key", _age), ("1password-sa", _onepassword),
    ("slack-bot", lambda c: _xox(c, "xoxb")), ("slack-user", lambda c: _xox(c, "xoxp")),
    ("slack-app", lambda c: "xapp-1-A%s-%s-%s" % (c.chars(UPPER_ALNUM, 10), c.digits(13), c.hexs(64))),
    ("slack-webhook", _slack_hook), ("google-api", lambda c: "AIza" + c.chars(URLSAFE, 35)),
    ("google-oauth-secret", lambda c: "GOCSPX-" + c.chars(URLSAFE, 28)),
    ("google-oauth-access", lambda c: "ya29.a0" + c.chars(URLSAFE, 150)),
    ("azure-entra-secret", _azure_entra), ("azure-storage-conn", _az_conn), ("azure-sas-url", _az_sas),
    ("azure-servicebus-conn", _sb_conn), ("azure-devops-pat", lambda c: c.chars(string.ascii_lowercase + "234567", 52)),
    ("circleci-pat", lambda c: "CCIPAT_" + c.chars(ALNUM, 22) + "_" + c.hexs(40)),
    ("buildkite", lambda c: "bkua_" + c.hexs(40)), ("bitbucket-dc", lambda c: "BBDC-" + c.chars(ALNUM + "+", 44)),
    ("docker-swarm", lambda c: "SWMTKN-1-" + c.chars(LOWER_ALNUM, 50) + "-" + c.chars(LOWER_ALNUM, 25)),
    ("prefect", lambda c: "pnu_" + c.chars(ALNUM, 36)), ("render", lambda c: "rnd_" + c.chars(ALNUM, 32)),
    ("planetscale", lambda c: "pscale_tkn_" + c.chars(URLSAFE, 43)),
    ("mapbox-secret", lambda c: "sk.eyJ1Ijoi" + c.chars(ALNUM, 30) + "." + c.chars(URLSAFE, 22)),
]
SHAPE_NAMES = [s[0] for s in SHAPES]
SHAPE_FN = dict(SHAPES)

# pair kinds: (name, id label, id generator, secret label, secret generator)
PAIRS = [
    ("aws", "aws_access_key_id", lambda c: "AKIA" + c.chars(B32, 16), "aws_secret_access_key", lambda c: c.chars(ALNUM + "/+", 40)),
    ("twilio-apikey", "api_key_sid", lambda c: "SK" + c.hexs(32), "api_key_secret", lambda c: c.chars(ALNUM, 32)),
    ("alibaba", "access_key_id", lambda c: "LTAI5t" + c.chars(ALNUM, 18), "access_key_secret", lambda c: c.chars(ALNUM, 30)),
    ("tencent", "secret_id", lambda c: "AKID" + c.chars(ALNUM, 32), "secret_key", lambda c: c.chars(ALNUM, 32)),
    ("razorpay", "key_id", lambda c: "rzp_live_" + c.chars(ALNUM, 14), "key_secret", lambda c: c.chars(ALNUM, 24)),
    ("paypal", "client_id", lambda c: "A" + c.chars(URLSAFE, 79), "client_secret", lambda c: "E" + c.chars(URLSAFE, 79)),
    ("algolia", "app_id", lambda c: c.chars(string.ascii_uppercase + string.digits, 10), "admin_api_key", lambda c: c.hexs(32)),
    ("datadog", "api_key", lambda c: c.hexs(32), "app_key", lambda c: c.hexs(40)),
    ("backblaze-b2", "key_id", lambda c: "005" + c.hexs(22), "application_key", lambda c: "K005" + c.chars(ALNUM + "/+", 27)),
    ("pusher", "app_key", lambda c: c.hexs(20), "app_secret", lambda c: c.hexs(20)),
    ("cloudinary", "api_key", lambda c: c.digits(15), "api_secret", lambda c: c.chars(URLSAFE, 27)),
]
PAIR_BY = {p[0]: p for p in PAIRS}


# ---------------------------------------------------------------- negatives
def public_values(ctx):
    """(category, value) public-by-design identifiers."""
    return [
        ("stripe-publishable", "pk_live_" + ctx.chars(ALNUM, 99)),
        ("sentry-dsn", "https://%s@o%d.ingest.de.sentry.io/%d" % (ctx.hexs(32), ctx.r(100000, 999999), ctx.r(1000000, 9999999))),
        ("posthog-project-key", "phc_" + ctx.chars(ALNUM, 43)),
        ("recaptcha-site-key", "6L" + ctx.chars(URLSAFE, 38)),
        ("google-oauth-client-id", "%s-%s.apps.googleusercontent.com" % (ctx.digits(12), ctx.chars(LOWER_ALNUM, 32))),
        ("twilio-account-sid", "AC" + ctx.hexs(32)),
        ("mapbox-public-token", "pk.eyJ1Ijoi" + ctx.chars(ALNUM, 30) + "." + ctx.chars(URLSAFE, 22)),
        ("supabase-publishable", "sb_publishable_" + ctx.chars(URLSAFE, 31)),
        ("supabase-anon-jwt", jwt(ctx, {"iss": "supabase", "ref": ctx.chars(string.ascii_lowercase, 20), "role": "anon", "iat": 1700000000, "exp": 2015576000})),
    ]


DOC_EXAMPLES = [
    ("aws-docs-example-key-id", "AKIAIOSFODNN7EXAMPLE"),
    ("aws-docs-example-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("stripe-docs-test-key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("jwt-io-example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
]

PLACEHOLDERS = ["changeme", "<password>", "YOUR_API_KEY_HERE", "xxxxxxxxxxxxxxxx", "<your-token>", "REPLACE_ME",
                "********", "TODO-set-in-vault", "your-secret-here", "!ChangeMe!"]


def mask(tok, keep=4):
    cut = tok.find("_") + 1 if "_" in tok[:12] else (tok.find("-") + 1 if "-" in tok[:12] else 0)
    return tok[:cut] + "*" * 8 + tok[-keep:]
