"""Passwords, provider token shapes (with age bech32), documented examples, hashes, masks, references."""

import base64
import hashlib
import json

from core40 import ALNUM, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b62, crc_tail, hexs, rs, uuid4

SYM = "!#%*+-.=?@^_~"
WORDS = ["amber", "basalt", "cedar", "delta", "ember", "falcon", "garnet", "harbor", "indigo", "juniper", "kestrel",
         "lantern", "meadow", "nickel", "orchid", "pepper", "quartz", "raven", "saffron", "timber", "umber", "violet",
         "walnut", "yarrow", "zephyr", "copper", "thistle", "marble", "willow", "cobalt", "lotus", "granite"]


# ---------------------------------------------------------------- passwords
def pw_strong(rng, n=None):
    n = n or rng.randint(14, 20)
    sym = SYM + ("&,;" if rng.random() < 0.25 else "")
    while True:
        s = rs(rng, n, ALNUM + sym * 2)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c in sym for c in s):
            return s


def pw_word_year(rng, word=None):
    w = (word or rng.choice(WORDS)).capitalize()
    return "%s%d%s" % (w, rng.randint(1961, 2025), rng.choice("!#$%*?@"))


def pw_leet(rng, word=None):
    w = word or rng.choice(WORDS)
    tr = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"})
    w = "".join(c.translate(tr) if rng.random() < 0.6 else c for c in w)
    return w[0].upper() + w[1:] + rng.choice(["_", "!", "#", "@"]) + str(rng.randint(10, 99))


def pw_phrase(rng, extra=None):
    ws = rng.sample(WORDS, 3) + ([extra] if extra else [])
    rng.shuffle(ws)
    return rng.choice("-._") .join(ws) + str(rng.randint(2, 99))


def pw_weak(rng, word=None):
    return (word or rng.choice(WORDS)) + rng.choice(["1234", "123", "2024", "2025", "007", "4321", "12345"])


def pw_any(rng, word=None):
    f = rng.choice([pw_strong, pw_strong, pw_word_year, pw_leet, pw_phrase, pw_weak])
    return f(rng) if f in (pw_strong, pw_phrase) else f(rng, word)


def wifi_key(rng, word=None):
    if rng.random() < 0.5:
        return rs(rng, rng.randint(10, 16), ALNUM)
    return "%s-%s-%d" % ((word or rng.choice(WORDS)), rng.choice(WORDS), rng.randint(10, 999))


def door_code(rng):
    c = "".join(rng.choice(DIGITS) for _ in range(rng.choice([4, 4, 5, 6])))
    return c + ("#" if rng.random() < 0.2 else "")


def alarm_pin(rng):
    return "".join(rng.choice(DIGITS) for _ in range(rng.choice([4, 5, 6])))


def backup_phrase(rng, native):
    ws = rng.sample(WORDS, 3) + [native]
    rng.shuffle(ws)
    return " ".join(ws) + " " + str(rng.randint(10, 99)) if rng.random() < 0.5 else "-".join(ws)


def temp_pw(rng):
    return rng.choice(["Temp-%s-%s" % (rs(rng, 4, DIGITS), rs(rng, 3, LOWER)),
                       "Welcome%d%s%s" % (rng.randint(2024, 2026), rng.choice("!#"), rs(rng, 3, ALNUM)),
                       "Chg%s%s" % (rng.choice("!#%"), rs(rng, 8, ALNUM)),
                       "tmp.%s.%s" % (rs(rng, 5, LOWER), rs(rng, 4, DIGITS))])


# ---------------------------------------------------------------- provider tokens
def _gh(prefix):
    def f(rng):
        body = rs(rng, 30, ALNUM)
        return prefix + body + crc_tail(body)
    return f


def jwt(rng, claims, alg="HS256"):
    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (enc({"alg": alg, "typ": "JWT"}), enc(claims), rs(rng, 43 if alg == "HS256" else 86, B64URL))


def _b64json(o):
    return base64.b64encode(json.dumps(o, separators=(",", ":")).encode()).decode()


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def bech32_ok(s):
    hrp, _, data = s.lower().rpartition("1")
    vals = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [BECH.index(c) for c in data]
    return _bech32_polymod(vals) == 1


def age_key(rng):
    data = [rng.randrange(32) for _ in range(52)]
    hrp = "age-secret-key-"
    vals = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data
    pm = _bech32_polymod(vals + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return ("AGE-SECRET-KEY-1" + "".join(BECH[d] for d in data + chk)).upper()


def discord(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    return "%s.%s.%s" % (base64.b64encode(uid.encode()).decode().rstrip("="), rs(rng, 6, B64URL), rs(rng, 38, B64URL))


def sntrys(rng, org):
    head = _b64json({"iat": rng.randint(1700000000, 1760000000), "url": "https://sentry.io",
                     "region_url": "https://de.sentry.io", "org": org}).rstrip("=")
    return "sntrys_%s_%s" % (head, rs(rng, 43, B64URL))


def glc(rng, org):
    return "glc_" + _b64json({"o": str(rng.randint(100000, 999999)), "n": "stack-%d-%s" % (rng.randint(100000, 999999), org),
                              "k": rs(rng, 24, ALNUM), "m": {"r": "prod-eu-west-2"}})


TOKENS = {   # name -> (category, generator(rng))
    "ghp": ("github-pat", _gh("ghp_")), "gho": ("github-oauth", _gh("gho_")), "ghu": ("github-user-token", _gh("ghu_")),
    "ghs": ("github-app-token", _gh("ghs_")), "npm": ("npm-token", _gh("npm_")),
    "github_pat": ("github-fine-grained-pat", lambda r: "github_pat_%s_%s" % (rs(r, 22), rs(r, 59))),
    "glpat": ("gitlab-pat", lambda r: "glpat-" + rs(r, 20, B64URL)),
    "glptt": ("gitlab-trigger-token", lambda r: "glptt-" + hexs(r, 40)),
    "glrt": ("gitlab-runner-token", lambda r: "glrt-" + rs(r, 20, B64URL)),
    "aws_secret": ("aws-secret-key", lambda r: rs(r, 40, B64)),
    "google": ("google-api-key", lambda r: "AIza" + rs(r, 35, B64URL)),
    "gocspx": ("google-oauth-secret", lambda r: "GOCSPX-" + rs(r, 28, B64URL)),
    "azure_q": ("azure-client-secret", lambda r: rs(r, 3) + r.choice(DIGITS) + "Q~" + rs(r, 34, ALNUM + "_~.-")),
    "azure_storage": ("azure-storage-key", lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()),
    "xoxb": ("slack-bot-token", lambda r: "xoxb-%s-%s-%s" % (rs(r, 11, DIGITS), rs(r, 13, DIGITS), rs(r, 24))),
    "xoxp": ("slack-user-token", lambda r: "xoxp-%s-%s-%s-%s" % (rs(r, 11, DIGITS), rs(r, 11, DIGITS),
                                                                 rs(r, 13, DIGITS), hexs(r, 32))),
    "xapp": ("slack-app-token", lambda r: "xapp-1-A%s-%s-%s" % (rs(r, 10, UPPER + DIGITS), rs(r, 13, DIGITS), hexs(r, 64))),
    "slack_hook": ("slack-webhook", lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, 10, UPPER + DIGITS), rs(r, 10, UPPER + DIGITS), rs(r, 24))),
    "stripe": ("stripe-secret-key", lambda r: "sk_live_51" + rs(r, 97)),
    "stripe_rk": ("stripe-restricted-key", lambda r: "rk_live_51" + rs(r, 97)),
    "whsec": ("stripe-webhook-secret", lambda r: "whsec_" + rs(r, 32)),
    "sendgrid": ("sendgrid-key", lambda r: "SG.%s.%s" % (rs(r, 22, B64URL), rs(r, 43, B64URL))),
    "mailgun": ("mailgun-key", lambda r: "%s-%s-%s" % (hexs(r, 32), hexs(r, 8), hexs(r, 8))),
    "mailchimp": ("mailchimp-key", lambda r: hexs(r, 32) + "-us" + str(r.randint(2, 21))),
    "twilio_secret": ("twilio-api-secret", lambda r: rs(r, 32)),
    "pypi": ("pypi-token", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, 160, B64URL)),
    "rubygems": ("rubygems-key", lambda r: "rubygems_" + hexs(r, 48)),
    "nuget": ("nuget-key", lambda r: "oy2" + rs(r, 43, LOWER + DIGITS)),
    "dckr": ("docker-hub-pat", lambda r: "dckr_pat_" + rs(r, 27, B64URL)),
    "jfrog": ("jfrog-api-key", lambda r: "AKCp" + rs(r, 69)),
    "hvs": ("vault-token", lambda r: "hvs." + rs(r, 90, B64URL)),
    "tfc": ("terraform-cloud-token", lambda r: rs(r, 14) + ".atlasv1." + rs(r, 67)),
    "doppler": ("doppler-token", lambda r: "dp.st.%s.%s" % (r.choice(["prd", "stg", "dev"]), rs(r, 40))),
    "pulumi": ("pulumi-token", lambda r: "pul-" + hexs(r, 40)),
    "dapi": ("databricks-token", lambda r: "dapi" + hexs(r, 32)),
    "do": ("digitalocean-token", lambda r: "dop_v1_" + hexs(r, 64)),
    "heroku": ("heroku-key", lambda r: "HRKU-AA" + rs(r, 58, B64URL)),
    "vercel": ("vercel-token", lambda r: "vcp_" + rs(r, 56)),
    "sbp": ("supabase-management-token", lambda r: "sbp_" + hexs(r, 40)),
    "sb_secret": ("supabase-secret-key", lambda r: "sb_secret_" + rs(r, 31, B64URL)),
    "cf_origin": ("cloudflare-origin-ca-key", lambda r: "v1.0-%s-%s" % (hexs(r, 24), hexs(r, 146))),
    "shpat": ("shopify-token", lambda r: "shpat_" + hexs(r, 32)),
    "shpss": ("shopify-shared-secret", lambda r: "shpss_" + hexs(r, 32)),
    "square": ("square-token", lambda r: "EAAA" + rs(r, 60, B64URL)),
    "braintree": ("braintree-token", lambda r: "access_token$production$%s$%s" % (rs(r, 16, LOWER + DIGITS), hexs(r, 32))),
    "openai": ("openai-key", lambda r: "sk-proj-%sT3BlbkFJ%s" % (rs(r, 74, B64URL), rs(r, 74, B64URL))),
    "openai_sa": ("openai-key", lambda r: "sk-svcacct-%sT3BlbkFJ%s" % (rs(r, 74, B64URL), rs(r, 74, B64URL))),
    "anthropic": ("anthropic-key", lambda r: "sk-ant-api03-%sAA" % rs(r, 93, B64URL)),
    "hf": ("huggingface-token", lambda r: "hf_" + rs(r, 34, UPPER + LOWER)),
    "groq": ("groq-key", lambda r: "gsk_" + rs(r, 52)),
    "pplx": ("perplexity-key", lambda r: "pplx-" + rs(r, 48)),
    "r8": ("replicate-token", lambda r: "r8_" + rs(r, 37)),
    "openrouter": ("openrouter-key", lambda r: "sk-or-v1-" + hexs(r, 64)),
    "xai": ("xai-key", lambda r: "xai-" + rs(r, 80)),
    "langsmith": ("langsmith-key", lambda r: "lsv2_pt_%s_%s" % (hexs(r, 32), hexs(r, 10))),
    "atlassian": ("atlassian-token", lambda r: "ATATT3xFfGF0%s=%s" % (rs(r, 170, B64URL), rs(r, 8, "0123456789ABCDEF"))),
    "linear": ("linear-key", lambda r: "lin_api_" + rs(r, 40)),
    "notion": ("notion-token", lambda r: "ntn_%s%s" % (rs(r, 11, DIGITS), rs(r, 35))),
    "figma": ("figma-token", lambda r: "figd_" + rs(r, 40, B64URL)),
    "postman": ("postman-key", lambda r: "PMAK-%s-%s" % (hexs(r, 24), hexs(r, 34))),
    "glsa": ("grafana-sa-token", lambda r: "glsa_%s_%s" % (rs(r, 32), hexs(r, 8))),
    "sntryu": ("sentry-user-token", lambda r: "sntryu_" + hexs(r, 64)),
    "nrak": ("newrelic-user-key", lambda r: "NRAK-" + rs(r, 27, UPPER + DIGITS)),
    "dynatrace": ("dynatrace-token", lambda r: "dt0c01.%s.%s" % (rs(r, 24, UPPER + DIGITS), rs(r, 64, UPPER + DIGITS))),
    "okta": ("okta-token", lambda r: "00" + rs(r, 40, B64URL)),
    "telegram": ("telegram-bot-token", lambda r: "%d:AA%s" % (r.randint(10 ** 9, 8 * 10 ** 9), rs(r, 33, B64URL))),
    "discord": ("discord-bot-token", discord),
    "age": ("age-secret-key", age_key),
    "ltai_secret": ("alibaba-secret", lambda r: rs(r, 30)),
    "tencent_secret": ("tencent-secret", lambda r: rs(r, 32)),
    "bkua": ("buildkite-token", lambda r: "bkua_" + hexs(r, 40)),
    "swarm": ("docker-swarm-token", lambda r: "SWMTKN-1-%s-%s" % (rs(r, 50, LOWER + DIGITS), rs(r, 25, LOWER + DIGITS))),
    "octopus": ("octopus-api-key", lambda r: "API-" + rs(r, 26, UPPER + DIGITS)),
    "infracost": ("infracost-key", lambda r: "ico-" + rs(r, 32)),
    "pscale_tkn": ("planetscale-token", lambda r: "pscale_tkn_" + rs(r, 43, B64URL)),
    "prefect": ("prefect-key", lambda r: "pnu_" + rs(r, 36)),
    "render": ("render-key", lambda r: "rnd_" + rs(r, 32)),
    "circleci": ("circleci-token", lambda r: "CCIPAT_%s_%s" % (rs(r, 22), hexs(r, 40))),
}

# the id half of a pair: (category of the pair, id generator, token name of the secret)
PAIRS = {
    "aws": ("aws-access-key", lambda r: "AKIA" + rs(r, 16, UPPER + "234567"), "aws_secret"),
    "twilio": ("twilio-api-key", lambda r: "SK" + hexs(r, 32), "twilio_secret"),
    "alibaba": ("alibaba-access-key", lambda r: "LTAI5t" + rs(r, 18), "ltai_secret"),
    "tencent": ("tencent-secret-id", lambda r: "AKID" + rs(r, 32), "tencent_secret"),
}

# ---------------------------------------------------------------- documented examples (negatives with a cite)
EXAMPLES = [
    ("AKIAIOSFODNN7EXAMPLE", "aws-docs-example-key-id", "AWS IAM user guide"),
    ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws-docs-example-secret", "AWS IAM user guide"),
    ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIy"
     "fQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt-io-example", "jwt.io debugger"),
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "stripe-docs-test-key", "Stripe API reference"),
    ("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "recaptcha-test-secret", "reCAPTCHA FAQ"),
    ("1x0000000000000000000000000000000AA", "turnstile-test-secret", "Cloudflare Turnstile testing"),
    ("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "slack-docs-webhook",
     "Slack incoming webhooks docs"),
    ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "azurite-key",
     "Azurite docs"),
]


# ---------------------------------------------------------------- hashes, masks, references, placeholders
def bcrypt(rng):
    return "$2b$12$" + rs(rng, 53, "./" + ALNUM)


def sha512crypt(rng):
    return "$6$%s$%s" % (rs(rng, 16, "./" + ALNUM), rs(rng, 86, "./" + ALNUM))


def argon2(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (rs(rng, 22, B64[:-2] + "+/"), rs(rng, 43, B64[:-2] + "+/"))


def scram(rng):
    return "SCRAM-SHA-256$4096:%s$%s:%s" % (rs(rng, 24, B64), rs(rng, 44, B64), rs(rng, 44, B64))


def mysql_native(rng):
    return "*" + rs(rng, 40, "0123456789ABCDEF")


def ssh_fp(rng):
    return "SHA256:" + rs(rng, 43, B64)


def sha256hex(rng):
    return hashlib.sha256(rs(rng, 24).encode()).hexdigest()


def sha1hex(rng):
    return hashlib.sha1(rs(rng, 24).encode()).hexdigest()


HASHES = {"bcrypt": bcrypt, "sha512crypt": sha512crypt, "argon2id": argon2, "sha256": sha256hex, "sha1": sha1hex,
          "ssh-fingerprint": ssh_fp}


def mask(rng, v=None):
    if v and len(v) > 12 and rng.random() < 0.6:
        return v[:4] + "*" * rng.randint(8, 16) + v[-4:]
    return rng.choice(["********", "••••••••", "[REDACTED]", "[MASKED]", "xxxx-xxxx-xxxx", "<hidden>", "*****"])


def reference(rng, name, app):
    n = name.upper().replace("-", "_")
    return rng.choice(["${%s}" % n, "$%s" % n, "op://%s/%s/credential" % (app, name), "bw://%s/%s" % (app, name),
                       "vault:secret/data/%s#%s" % (app, name), "pass show %s/%s" % (app, name),
                       "keepassxc://%s/%s" % (app, name),
                       "arn:aws:secretsmanager:eu-central-1:%d:secret:%s/%s-%s" % (
                           rng.randint(10 ** 11, 10 ** 12 - 1), app, name, rs(rng, 6))])


PLACEHOLDERS = ["<your-token-here>", "YOUR_API_KEY", "REPLACE_ME", "<password>", "changeme-in-prod", "xxxxxxxxxxxx",
                "<secret>", "TODO-fill-in", "your_password_here", "<paste key>"]


def public_value(rng):
    return rng.choice([
        ("pk_live_51" + rs(rng, 97), "stripe-publishable-key"),
        ("6L" + rs(rng, 38, B64URL), "recaptcha-site-key"),
        ("https://%s@o%d.ingest.sentry.io/%d" % (hexs(rng, 32), rng.randint(100000, 999999), rng.randint(1000000, 9999999)),
         "sentry-dsn"),
        ("sb_publishable_" + rs(rng, 31, B64URL), "supabase-publishable-key"),
        ("G-" + rs(rng, 10, UPPER + DIGITS), "ga4-measurement-id")])
