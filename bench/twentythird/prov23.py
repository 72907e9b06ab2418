"""Provider-format secrets (built from documented shapes, CRC32 where a format has one), pairs,
public-by-design values, documented example keys, placeholders and masking."""

import base64
import binascii
import json
import string

from vals23 import ALNUM, B64URL, HEX, b64_bytes, hexs, rs, uuid4

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B32 = string.ascii_uppercase + "234567"


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix):
    body = rs(rng, 30)
    return prefix + body + base62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_ok(tok):
    for p in ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"):
        if tok.startswith(p):
            body, chk = tok[len(p):len(p) + 30], tok[len(p) + 30:len(p) + 36]
            return base62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6) == chk
    return True


# ---------------------------------------------------------------- bech32 (age secret keys)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc, bits, ret, maxv = 0, 0, [], (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data8):
    data = _convertbits(data8, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_ok(s):
    s = s.lower()
    hrp, _, rest = s.rpartition("1")
    try:
        data = [BECH.index(c) for c in rest]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + data) == 1


def age_secret(rng):
    return bech32_encode("age-secret-key-", bytes(rng.randrange(256) for _ in range(32))).upper()


def age_recipient(rng):
    return bech32_encode("age", bytes(rng.randrange(256) for _ in range(32)))


def _b64j(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt_hs(rng, claims):
    head = _b64j({"alg": "HS256", "typ": "JWT"})
    return "%s.%s.%s" % (head, _b64j(claims), b64_bytes(rng, 32, url=True, pad=False))


def pypi(rng):
    raw = b"\x02\x01\x08pypi.org\x02\x24" + uuid4(rng).encode() + b"\x00\x02\x06" + bytes(
        rng.randrange(256) for _ in range(70))
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def sentry_org(rng, org):
    payload = base64.b64encode(json.dumps(
        {"iat": 1700000000 + rng.randrange(50000000), "url": "https://sentry.io", "region_url": "https://de.sentry.io",
         "org": org}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_%s_%s" % (payload, rs(rng, 43, ALNUM + "+/"))


def op_sa(rng):
    body = base64.b64encode(json.dumps({"signInAddress": "my.1password.eu", "userAuth": {
        "method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64_bytes(rng, 16, url=True, pad=False)},
        "email": rs(rng, 13).lower() + "@1passwordserviceaccounts.eu", "srpX": hexs(rng, 64),
        "muk": {"alg": "A256GCM", "ext": True, "k": b64_bytes(rng, 32, url=True, pad=False), "key_ops": ["encrypt", "decrypt"],
                "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(rng, 6, B32[:26] + "23456789"),
        "throttleSecret": {"seed": hexs(rng, 64), "uuid": rs(rng, 26, B32)}, "deviceUuid": rs(rng, 26, B32)},
        separators=(",", ":")).encode()).decode().rstrip("=")
    return "ops_" + body


def discord(rng):
    snow = str(rng.randint(700000000000000000, 1300000000000000000))
    return "%s.%s.%s" % (base64.b64encode(snow.encode()).decode().rstrip("="), rs(rng, 6, B64URL), rs(rng, 38, B64URL))


def telegram(rng):
    return "%d:AA%s" % (rng.randint(5000000000, 7999999999), rs(rng, 33, B64URL))


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, 10, string.ascii_uppercase + string.digits), rs(rng, 10, string.ascii_uppercase + string.digits), rs(rng, 24))


def azure_entra(rng):
    return rs(rng, 3) + str(rng.randrange(10)) + "Q~" + rs(rng, 34, ALNUM + "_~.-")


def azure_conn(rng, acct):
    return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (
        acct, b64_bytes(rng, 64))


def glsa(rng):
    body = rs(rng, 32)
    return "glsa_%s_%08x" % (body, binascii.crc32(body.encode()) & 0xFFFFFFFF)


def openai(rng):
    if rng.random() < 0.6:
        return "sk-proj-" + rs(rng, 74, B64URL) + "T3BlbkFJ" + rs(rng, 74, B64URL)
    return "sk-" + rs(rng, 20) + "T3BlbkFJ" + rs(rng, 20)


# name -> (category, generator(rng, c)) ; c is the theme context (org slug etc.)
SHAPES = {
    "github-classic": ("github-pat", lambda r, c: crc_token(r, "ghp_")),
    "github-oauth": ("github-oauth-token", lambda r, c: crc_token(r, "gho_")),
    "github-app": ("github-app-token", lambda r, c: crc_token(r, "ghs_")),
    "github-user2srv": ("github-user-token", lambda r, c: crc_token(r, "ghu_")),
    "github-fine": ("github-fine-grained-pat", lambda r, c: "github_pat_" + rs(r, 22) + "_" + rs(r, 59)),
    "gitlab-pat": ("gitlab-pat", lambda r, c: "glpat-" + rs(r, 20, ALNUM + "-_")),
    "gitlab-trigger": ("gitlab-trigger-token", lambda r, c: "glptt-" + hexs(r, 40)),
    "npm": ("npm-token", lambda r, c: crc_token(r, "npm_")),
    "pypi": ("pypi-token", lambda r, c: pypi(r)),
    "rubygems": ("rubygems-key", lambda r, c: "rubygems_" + hexs(r, 48)),
    "nuget": ("nuget-key", lambda r, c: "oy2" + rs(r, 43, string.ascii_lowercase + string.digits)),
    "dockerhub": ("dockerhub-pat", lambda r, c: "dckr_pat_" + rs(r, 27, B64URL)),
    "jfrog": ("jfrog-api-key", lambda r, c: "AKCp" + rs(r, 69)),
    "vault": ("vault-token", lambda r, c: "hvs." + rs(r, 24) + rs(r, 70, B64URL)),
    "tfc": ("terraform-cloud-token", lambda r, c: rs(r, 14) + ".atlasv1." + rs(r, 67)),
    "doppler": ("doppler-token", lambda r, c: "dp.st." + rs(r, 43)),
    "pulumi": ("pulumi-token", lambda r, c: "pul-" + hexs(r, 40)),
    "databricks": ("databricks-token", lambda r, c: "dapi" + hexs(r, 32)),
    "digitalocean": ("digitalocean-token", lambda r, c: "dop_v1_" + hexs(r, 64)),
    "heroku": ("heroku-key", lambda r, c: "HRKU-AA" + rs(r, 58, B64URL)),
    "vercel": ("vercel-token", lambda r, c: "vcp_" + rs(r, 56)),
    "supabase-mgmt": ("supabase-token", lambda r, c: "sbp_" + hexs(r, 40)),
    "supabase-secret": ("supabase-secret-key", lambda r, c: "sb_secret_" + rs(r, 31, B64URL)),
    "cloudflare": ("cloudflare-token", lambda r, c: "cfut_" + rs(r, 40) + hexs(r, 8)),
    "shopify": ("shopify-token", lambda r, c: "shpat_" + hexs(r, 32)),
    "shopify-secret": ("shopify-shared-secret", lambda r, c: "shpss_" + hexs(r, 32)),
    "square": ("square-token", lambda r, c: "EAAA" + rs(r, 60, B64URL)),
    "braintree": ("braintree-token", lambda r, c: "access_token$production$%s$%s" % (rs(r, 16, string.ascii_lowercase + string.digits), hexs(r, 32))),
    "stripe-sk": ("stripe-secret-key", lambda r, c: "sk_live_" + rs(r, 99)),
    "stripe-rk": ("stripe-restricted-key", lambda r, c: "rk_live_" + rs(r, 99)),
    "stripe-whsec": ("stripe-webhook-secret", lambda r, c: "whsec_" + rs(r, 32)),
    "sendgrid": ("sendgrid-key", lambda r, c: "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)),
    "mailgun": ("mailgun-key", lambda r, c: "key-" + hexs(r, 32)),
    "mailchimp": ("mailchimp-key", lambda r, c: hexs(r, 32) + "-us" + str(r.randint(2, 21))),
    "openai": ("openai-key", lambda r, c: openai(r)),
    "anthropic": ("anthropic-key", lambda r, c: "sk-ant-api03-" + rs(r, 93, B64URL) + "AA"),
    "huggingface": ("huggingface-token", lambda r, c: "hf_" + rs(r, 34, string.ascii_letters)),
    "groq": ("groq-key", lambda r, c: "gsk_" + rs(r, 52)),
    "replicate": ("replicate-token", lambda r, c: "r8_" + rs(r, 37)),
    "openrouter": ("openrouter-key", lambda r, c: "sk-or-v1-" + hexs(r, 64)),
    "langsmith": ("langsmith-key", lambda r, c: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10)),
    "perplexity": ("perplexity-key", lambda r, c: "pplx-" + rs(r, 48)),
    "atlassian": ("atlassian-token", lambda r, c: "ATATT3xFfGF0" + rs(r, 170, B64URL) + "=" + hexs(r, 8).upper()),
    "linear": ("linear-key", lambda r, c: "lin_api_" + rs(r, 40)),
    "notion": ("notion-token", lambda r, c: "ntn_" + str(r.randint(10 ** 10, 10 ** 11 - 1)) + rs(r, 35)),
    "figma": ("figma-token", lambda r, c: "figd_" + rs(r, 40, B64URL)),
    "postman": ("postman-key", lambda r, c: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34)),
    "grafana-sa": ("grafana-service-account-token", lambda r, c: glsa(r)),
    "sentry-user": ("sentry-user-token", lambda r, c: "sntryu_" + hexs(r, 64)),
    "sentry-org": ("sentry-org-token", lambda r, c: sentry_org(r, c.slug)),
    "newrelic": ("newrelic-user-key", lambda r, c: "NRAK-" + rs(r, 27, string.ascii_uppercase + string.digits)),
    "dynatrace": ("dynatrace-token", lambda r, c: "dt0c01." + rs(r, 24, string.ascii_uppercase + string.digits) + "." + rs(r, 64, string.ascii_uppercase + string.digits)),
    "okta": ("okta-token", lambda r, c: "00" + rs(r, 40, B64URL)),
    "telegram": ("telegram-bot-token", lambda r, c: telegram(r)),
    "discord": ("discord-bot-token", lambda r, c: discord(r)),
    "slack-bot": ("slack-bot-token", lambda r, c: "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13), rs(r, 24))),
    "slack-user": ("slack-user-token", lambda r, c: "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13), hexs(r, 32))),
    "slack-webhook": ("slack-webhook", lambda r, c: slack_webhook(r)),
    "age": ("age-secret-key", lambda r, c: age_secret(r)),
    "onepassword-sa": ("1password-service-account-token", lambda r, c: op_sa(r)),
    "azure-entra": ("azure-client-secret", lambda r, c: azure_entra(r)),
    "azure-devops": ("azure-devops-pat", lambda r, c: rs(r, 52, string.ascii_lowercase + "234567")),
    "google-api": ("google-api-key", lambda r, c: "AIza" + rs(r, 35, B64URL)),
    "google-oauth-secret": ("google-oauth-client-secret", lambda r, c: "GOCSPX-" + rs(r, 28, B64URL)),
    "circleci": ("circleci-token", lambda r, c: "CCIPAT_" + rs(r, 22) + "_" + hexs(r, 40)),
    "buildkite": ("buildkite-token", lambda r, c: "bkua_" + hexs(r, 40)),
    "bitbucket-dc": ("bitbucket-dc-token", lambda r, c: "BBDC-" + rs(r, 44)),
    "render": ("render-key", lambda r, c: "rnd_" + rs(r, 32)),
    "planetscale": ("planetscale-token", lambda r, c: "pscale_tkn_" + rs(r, 43, B64URL)),
    "prefect": ("prefect-key", lambda r, c: "pnu_" + rs(r, 36)),
    "mapbox-secret": ("mapbox-secret-token", lambda r, c: "sk.eyJ1Ijoi" + rs(r, 40, B64URL) + "." + rs(r, 22, B64URL)),
    "africastalking": ("africastalking-key", lambda r, c: "atsk_" + hexs(r, 64)),
    "flutterwave": ("flutterwave-secret-key", lambda r, c: "FLWSECK-" + hexs(r, 32) + "-X"),
    "paystack": ("paystack-secret-key", lambda r, c: "sk_live_" + hexs(r, 40)),
    "paymongo": ("paymongo-secret-key", lambda r, c: "sk_live_" + rs(r, 24)),
    "hcloud": ("hetzner-cloud-token", lambda r, c: rs(r, 64)),
    "vultr": ("vultr-api-key", lambda r, c: rs(r, 36, string.ascii_uppercase + string.digits)),
    "ibmcloud": ("ibm-cloud-api-key", lambda r, c: rs(r, 44, B64URL)),
    "jwt-service": ("jwt-service-token", lambda r, c: jwt_hs(r, {"iss": c.domain, "sub": "svc-" + rs(r, 6).lower(), "role": "service", "iat": 1710000000 + r.randrange(10 ** 7)})),
}

# shapes that make sense as bearer tokens pasted into chat or tickets
CHAT_SHAPES = ["github-classic", "github-fine", "gitlab-pat", "npm", "slack-bot", "openai", "anthropic", "huggingface",
               "sendgrid", "stripe-rk", "telegram", "digitalocean", "vercel", "linear", "notion", "grafana-sa",
               "dockerhub", "atlassian", "figma", "postman", "okta", "doppler", "sentry-user", "pulumi", "dynatrace",
               "cloudflare", "replicate", "groq", "databricks", "age", "vault", "newrelic", "buildkite", "render"]


# ---------------------------------------------------------------- pairs: (category, idname, secretname, gen)
def _pair_aws(r, c):
    return "AKIA" + rs(r, 16, B32), rs(r, 40, ALNUM + "/+")


PAIRS = {
    "aws": ("aws-access-key", "aws_access_key_id", "aws_secret_access_key", _pair_aws),
    "alibaba": ("alibaba-access-key", "access_key_id", "access_key_secret",
                lambda r, c: ("LTAI" + rs(r, 20), rs(r, 30))),
    "tencent": ("tencent-secret-key", "secret_id", "secret_key",
                lambda r, c: ("AKID" + rs(r, 32), rs(r, 32))),
    "exoscale": ("exoscale-api-key", "key", "secret",
                 lambda r, c: ("EXO" + hexs(r, 24), rs(r, 43, B64URL))),
    "scaleway": ("scaleway-secret-key", "access_key", "secret_key",
                 lambda r, c: ("SCW" + rs(r, 17, string.ascii_uppercase + string.digits), uuid4(r))),
    "twilio-apikey": ("twilio-api-key", "api_key_sid", "api_key_secret",
                      lambda r, c: ("SK" + hexs(r, 32), rs(r, 32))),
    "mpesa": ("mpesa-daraja-consumer", "consumer_key", "consumer_secret",
              lambda r, c: (rs(r, 48), rs(r, 64))),
    "naver": ("naver-client-secret", "client_id", "client_secret",
              lambda r, c: (rs(r, 20), rs(r, 10))),
    "datadog": ("datadog-keys", "api_key", "app_key",
                lambda r, c: (hexs(r, 32), hexs(r, 40))),
    "algolia": ("algolia-admin-key", "app_id", "admin_api_key",
                lambda r, c: (rs(r, 10, string.ascii_uppercase + string.digits), hexs(r, 32))),
    "b2": ("backblaze-b2-key", "key_id", "application_key",
           lambda r, c: ("005" + hexs(r, 22), "K005" + rs(r, 27, ALNUM + "/+"))),
}


# ---------------------------------------------------------------- public-by-design and documented examples
def public_value(r, c, kind):
    if kind == "stripe-pk":
        return "pk_live_" + rs(r, 99)
    if kind == "paystack-pk":
        return "pk_live_" + hexs(r, 40)
    if kind == "flutterwave-pk":
        return "FLWPUBK-" + hexs(r, 32) + "-X"
    if kind == "mapbox-pk":
        return "pk.eyJ1Ijoi" + rs(r, 40, B64URL) + "." + rs(r, 22, B64URL)
    if kind == "twilio-sid":
        return "AC" + hexs(r, 32)
    if kind == "sentry-dsn":
        return "https://%s@o%d.ingest.de.sentry.io/%d" % (hexs(r, 32), r.randint(100000, 999999), r.randint(1000000, 9999999))
    if kind == "ga4":
        return "G-" + rs(r, 10, string.ascii_uppercase + string.digits)
    if kind == "recaptcha-site":
        return "6L" + rs(r, 38, B64URL)
    if kind == "google-client-id":
        return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, 32, string.ascii_lowercase + string.digits))
    if kind == "supabase-pub":
        return "sb_publishable_" + rs(r, 31, B64URL)
    if kind == "posthog":
        return "phc_" + rs(r, 43)
    if kind == "algolia-search":
        return hexs(r, 32)
    raise ValueError(kind)


PUBLIC_KINDS = ["stripe-pk", "mapbox-pk", "twilio-sid", "sentry-dsn", "ga4", "recaptcha-site", "google-client-id",
                "supabase-pub", "posthog", "paystack-pk", "flutterwave-pk"]

DOC_EXAMPLES = [
    ("aws-docs-example", "AKIAIOSFODNN7EXAMPLE"),
    ("aws-docs-example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("stripe-docs-example", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("jwt-io-example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
]

PLACEHOLDERS = ["changeme", "CHANGE_ME", "<password>", "<your-api-key>", "your-api-key-here", "xxxxxxxxxxxxxxxx",
                "********", "REPLACE_ME", "TODO", "dummy", "secret", "password", "<TOKEN>", "__SET_ME__",
                "example-password", "insert-key-here", "XXXX-XXXX-XXXX"]


def mask(value):
    if len(value) <= 8:
        return "****"
    return value[:4] + "*" * 8 + value[-4:]
