"""Passwords, provider token shapes, documented examples, hashes, masks, references."""
import hashlib
import json

from core39 import (ALNUM, B64, B64URL, HEX, b64, b64url, crc_token, rbytes, rs, uuid4)

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
B32 = UP + "234567"
WORDS = ["harbor", "copper", "lantern", "maple", "quartz", "saffron", "thistle", "walrus", "cobalt", "juniper",
         "marble", "otter", "pepper", "raven", "tundra", "violet", "willow", "zephyr", "falcon", "garnet", "hollow",
         "ember", "lagoon", "meadow", "nutmeg", "orchid", "pebble", "ridge", "summit", "timber", "umber", "velvet"]


# ------------------------------------------------------------------ passwords
def pw_strong(rng):
    return rs(rng, ALNUM, 4) + rng.choice("!#%*+-=?@^_") + rs(rng, ALNUM + "!#%*+-=?@^_", rng.randint(10, 16))


def pw_word_year(rng, words=WORDS):
    w = rng.choice(words)
    return w[0].upper() + w[1:] + str(rng.randint(1961, 2019)) + rng.choice("!#$%&*?")


def pw_leet(rng):
    w = rng.choice(WORDS)
    t = w.translate(str.maketrans("aeios", "43105"))
    return t[0].upper() + t[1:] + rng.choice("@#!") + str(rng.randint(10, 99)) + rs(rng, UP, 2)


def pw_phrase(rng):
    ws = rng.sample(WORDS, 3)
    return rng.choice("-._").join(ws) + "-" + str(rng.randint(10, 999))


def pw_weak(rng):
    return rng.choice(WORDS) + str(rng.randint(1000, 9999))


def pw_any(rng):
    return rng.choice([pw_strong, pw_strong, pw_word_year, pw_leet, pw_phrase, pw_weak])(rng)


def pw_native(rng, word, digits):
    n = str(rng.randint(1000, 99999))
    return word + "".join(digits[int(c)] for c in n) + rng.choice("!#*@")


def digits_code(rng, n):
    return str(rng.randint(1, 9)) + rs(rng, DIG, n - 1)


def wifi_key(rng):
    return rng.choice([lambda: pw_phrase(rng), lambda: rs(rng, ALNUM, rng.randint(12, 20)),
                       lambda: pw_word_year(rng) + rs(rng, DIG, 2)])()


def temp_pw(rng):
    return rng.choice(["Tmp", "Temp", "Init", "Start"]) + "-" + rs(rng, ALNUM, 6) + "-" + rs(rng, DIG, 2)


# ------------------------------------------------------------------ provider tokens (secrets)
def _h(rng, n):
    return rs(rng, HEX, n)


def _a(rng, n):
    return rs(rng, ALNUM, n)


def _u(rng, n):
    return rs(rng, B64URL, n)


def aws_id(rng):
    return "AKIA" + rs(rng, B32, 16)


def aws_secret(rng):
    return rs(rng, ALNUM + "/+", 40)


def jwt(rng, claims=None):
    hdr = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    c = claims or {"sub": _a(rng, 10), "iat": 1735700000 + rng.randint(0, 9999999), "role": "service"}
    body = b64url(json.dumps(c, separators=(",", ":")).encode())
    return hdr + "." + body + "." + b64url(rbytes(rng, 32))


def age_key(rng):
    """Bech32 with HRP age-secret-key-, 32 random bytes, upper case (checksum correct)."""
    CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    hrp = "age-secret-key-"
    data, acc, bits = [], 0, 0
    for b in rbytes(rng, 32):
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)

    def polymod(vals):
        gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
        chk = 1
        for v in vals:
            top = chk >> 25
            chk = (chk & 0x1ffffff) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if ((top >> i) & 1) else 0
        return chk
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return (hrp + "1" + "".join(CH[d] for d in data + chk)).upper()


TOKENS = {
    # anchors file formats
    "github-pat": lambda r: crc_token(r, "ghp_"),
    "github-oauth": lambda r: crc_token(r, "gho_"),
    "github-app-token": lambda r: crc_token(r, "ghs_"),
    "github-fine-grained-pat": lambda r: "github_pat_" + _a(r, 22) + "_" + _a(r, 59),
    "gitlab-pat": lambda r: "glpat-" + rs(r, ALNUM + "_-", 20),
    "gitlab-deploy-token": lambda r: "gldt-" + _a(r, 20),
    "google-api-key": lambda r: "AIza" + _u(r, 35),
    "google-oauth-secret": lambda r: "GOCSPX-" + _u(r, 28),
    "slack-bot-token": lambda r: "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 11), r.randint(10 ** 12, 10 ** 13), _a(r, 24)),
    "slack-webhook": lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DIG, 9), rs(r, UP + DIG, 10), _a(r, 24)),
    "stripe-secret-key": lambda r: "sk_live_" + _a(r, 99),
    "stripe-restricted-key": lambda r: "rk_live_" + _a(r, 99),
    "stripe-webhook-secret": lambda r: "whsec_" + _a(r, 32),
    "sendgrid-api-key": lambda r: "SG." + _u(r, 22) + "." + _u(r, 43),
    "mailgun-api-key": lambda r: _h(r, 32) + "-" + _h(r, 8) + "-" + _h(r, 8),
    "mailchimp-api-key": lambda r: _h(r, 32) + "-us" + str(r.randint(2, 21)),
    "npm-token": lambda r: crc_token(r, "npm_"),
    "pypi-token": lambda r: "pypi-AgEIcHlwaS5vcmc" + _u(r, 150),
    "dockerhub-pat": lambda r: "dckr_pat_" + _u(r, 27),
    "vault-token": lambda r: "hvs." + _u(r, 90),
    "terraform-cloud-token": lambda r: _a(r, 14) + ".atlasv1." + _a(r, 67),
    "doppler-token": lambda r: "dp.st.prd." + _a(r, 43),
    "databricks-pat": lambda r: "dapi" + _h(r, 32),
    "digitalocean-pat": lambda r: "dop_v1_" + _h(r, 64),
    "heroku-api-key": lambda r: "HRKU-AA" + _u(r, 58),
    "supabase-secret": lambda r: "sb_secret_" + _a(r, 31),
    "shopify-access-token": lambda r: "shpat_" + _h(r, 32),
    "square-access-token": lambda r: "EAAA" + _u(r, 60),
    "openai-api-key": lambda r: "sk-proj-" + _u(r, 74) + "T3BlbkFJ" + _u(r, 74),
    "anthropic-api-key": lambda r: "sk-ant-api03-" + _u(r, 93) + "AA",
    "huggingface-token": lambda r: "hf_" + rs(r, UP + LO, 34),
    "groq-api-key": lambda r: "gsk_" + _a(r, 52),
    "atlassian-api-token": lambda r: "ATATT3xFfGF0" + _u(r, 170) + "=" + rs(r, UP + DIG, 8),
    "linear-api-key": lambda r: "lin_api_" + _a(r, 40),
    "notion-token": lambda r: "ntn_" + _a(r, 46),
    "postman-api-key": lambda r: "PMAK-" + _h(r, 24) + "-" + _h(r, 34),
    "grafana-sa-token": lambda r: "glsa_" + _a(r, 32) + "_" + _h(r, 8),
    "sentry-user-token": lambda r: "sntryu_" + _h(r, 64),
    "newrelic-user-key": lambda r: "NRAK-" + rs(r, UP + DIG, 27),
    "okta-api-token": lambda r: "00" + _u(r, 40),
    "telegram-bot-token": lambda r: "%d:AA%s" % (r.randint(10 ** 9, 8 * 10 ** 9), _u(r, 33)),
    "age-secret-key": age_key,
    "alibaba-access-key": lambda r: "LTAI5t" + _a(r, 18),
    "azure-storage-key": lambda r: b64(rbytes(r, 64)),
    "azure-client-secret": lambda r: _a(r, 3) + str(r.randint(0, 9)) + "Q~" + rs(r, ALNUM + "_~.-", 34),
    "buildkite-token": lambda r: "bkua_" + _h(r, 40),
    "planetscale-password": lambda r: "pscale_pw_" + _u(r, 43),
    "render-api-key": lambda r: "rnd_" + _a(r, 32),
    "prefect-api-key": lambda r: "pnu_" + _a(r, 36),
    "circleci-token": lambda r: "CCIPAT_" + _a(r, 22) + "_" + _h(r, 40),
    # formats from providers' public docs that the anchors file does not list
    "mapbox-secret-token": lambda r: "sk.eyJ1IjoiZ3JvdmVzIiwiYSI6I" + _u(r, 30) + "." + _u(r, 22),
    "tailscale-auth-key": lambda r: "tskey-auth-k" + _a(r, 16) + "-" + _a(r, 33),
    "pinecone-api-key": lambda r: "pcsk_" + _a(r, 6) + "_" + _a(r, 63),
    "brevo-api-key": lambda r: "xkeysib-" + _h(r, 64) + "-" + _a(r, 16),
    "flutterwave-secret-key": lambda r: "FLWSECK-" + _h(r, 32) + "-X",
    "mollie-api-key": lambda r: "live_" + _a(r, 30),
    "shippo-token": lambda r: "shippo_live_" + _h(r, 40),
    "easypost-api-key": lambda r: "EZAK" + _h(r, 54),
    "contentful-pat": lambda r: "CFPAT-" + _u(r, 43),
    "netlify-pat": lambda r: "nfp_" + _a(r, 36),
    "dropbox-token": lambda r: "sl.B" + _u(r, 134),
    "typeform-token": lambda r: "tfp_" + _a(r, 44) + "_" + _a(r, 14),
    "airtable-pat": lambda r: "pat" + _a(r, 14) + "." + _h(r, 64),
    "fly-token": lambda r: "FlyV1 fm2_" + _u(r, 120),
}

PROSE_TOKENS = ["github-pat", "github-fine-grained-pat", "gitlab-pat", "slack-bot-token", "stripe-secret-key",
                "sendgrid-api-key", "npm-token", "openai-api-key", "anthropic-api-key", "huggingface-token",
                "telegram-bot-token", "digitalocean-pat", "doppler-token", "google-api-key", "mapbox-secret-token",
                "tailscale-auth-key", "brevo-api-key", "groq-api-key", "linear-api-key", "age-secret-key",
                "notion-token", "grafana-sa-token", "pinecone-api-key", "netlify-pat", "airtable-pat"]


def token(rng, kind):
    return TOKENS[kind](rng)


# ------------------------------------------------------------------ documented examples (negatives, with cite)
EXAMPLES = [
    ("AKIAIOSFODNN7EXAMPLE", "aws-docs-example", "AWS IAM documentation example key ID"),
    ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws-docs-example", "AWS documentation example secret"),
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "stripe-docs-example", "Stripe API reference test key"),
    ("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "recaptcha-test-secret", "Google reCAPTCHA FAQ test secret"),
    ("1x0000000000000000000000000000000AA", "turnstile-test-secret", "Cloudflare Turnstile testing secret"),
    ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
     "azurite-key", "Azurite well-known development account key"),
    ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
     "jwt-io-example", "jwt.io debugger example token"),
    ("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "slack-docs-webhook",
     "Slack incoming-webhook documentation example"),
]


def example(rng):
    return rng.choice(EXAMPLES)


# ------------------------------------------------------------------ negatives
def sha256(rng):
    return hashlib.sha256(rbytes(rng, 16)).hexdigest()


def sha1(rng):
    return hashlib.sha1(rbytes(rng, 16)).hexdigest()


def bcrypt(rng):
    return "$2b$12$" + rs(rng, "./" + ALNUM, 53)


def sha512crypt(rng):
    return "$6$" + rs(rng, "./" + ALNUM, 16) + "$" + rs(rng, "./" + ALNUM, 86)


def argon2(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(rng, 16)).rstrip("="), b64(rbytes(rng, 32)).rstrip("="))


def scram(rng):
    return "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(rbytes(rng, 16)), b64(rbytes(rng, 32)), b64(rbytes(rng, 32)))


def sri(rng):
    return "sha512-" + b64(rbytes(rng, 64))


def digest(rng):
    return "sha256:" + sha256(rng)


def ssh_fp(rng):
    return "SHA256:" + b64(rbytes(rng, 32)).rstrip("=")


def masked(rng, secret_like):
    k = rng.choice([4, 6])
    return rng.choice([secret_like[:k] + "*" * 12, secret_like[:k] + "…" + secret_like[-4:], "*" * 16,
                       secret_like[:k] + "xxxxxxxxxxxx", "•" * 10])


def masked_token(rng):
    kind = rng.choice(["github-pat", "openai-api-key", "slack-bot-token", "stripe-secret-key", "npm-token"])
    t = token(rng, kind)
    return masked(rng, t)


HASHERS = [sha256, sha1, bcrypt, sha512crypt, argon2, ssh_fp]


def a_hash(rng):
    f = rng.choice(HASHERS)
    return f(rng), f.__name__


REFS = ["${%s}", "$%s", "{{ .Env.%s }}", "${{ secrets.%s }}", "%%(%s)s", "$(%s)", "${env:%s}", "<%s>"]


def ref(rng, name):
    return rng.choice(REFS) % name


def vault_ref(rng, system):
    s = system.lower().replace(" ", "-")
    return rng.choice(["op://ops/%s/password" % s, "bw://items/%s" % s, "vault:secret/data/%s#password" % s,
                       "arn:aws:secretsmanager:eu-central-1:%d:secret:%s-%s" % (rng.randint(10 ** 11, 10 ** 12 - 1), s, rs(rng, ALNUM, 6)),
                       "pass show ops/%s" % s, "keepassxc://ops/%s" % s])


PLACEHOLDERS = ["changeme", "<your-password-here>", "CHANGE_ME", "xxxxxxxx", "your_api_key", "REPLACE_WITH_TOKEN",
                "<token>", "TODO-set-me", "example-password", "********", "dummy", "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
                "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<insert key>", "none", "password"]


def placeholder(rng):
    return rng.choice(PLACEHOLDERS)


def public_value(rng):
    kind = rng.choice(["pk_live_", "recaptcha-site", "sentry-dsn", "mapbox-public", "sb_publishable_"])
    if kind == "pk_live_":
        return "pk_live_" + _a(rng, 99), "stripe-publishable-key"
    if kind == "recaptcha-site":
        return "6L" + _u(rng, 38), "recaptcha-site-key"
    if kind == "sentry-dsn":
        return "https://%s@o%d.ingest.sentry.io/%d" % (_h(rng, 32), rng.randint(10 ** 5, 10 ** 7), rng.randint(10 ** 6, 10 ** 7)), "sentry-dsn"
    if kind == "mapbox-public":
        return "pk.eyJ1IjoiZ3JvdmVzIiwiYSI6I" + _u(rng, 30) + "." + _u(rng, 22), "mapbox-public-token"
    return "sb_publishable_" + _a(rng, 31), "supabase-publishable-key"


def ident(rng):
    f = rng.choice(["uuid", "req", "commit", "etag", "mac", "order"])
    if f == "uuid":
        return uuid4(rng), "uuid"
    if f == "req":
        return "req_" + _a(rng, 24), "request-id"
    if f == "commit":
        return _h(rng, 40), "commit-sha"
    if f == "etag":
        return '"' + _h(rng, 32) + '"', "etag"
    if f == "mac":
        return ":".join(rs(rng, "0123456789ABCDEF", 2) for _ in range(6)), "mac-address"
    return "ORD-%d-%s" % (rng.randint(2024, 2026), rs(rng, UP + DIG, 8)), "order-id"


__all__ = ["B64", "rs", "uuid4"]
